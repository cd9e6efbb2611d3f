"""What both trainers share: configs, progress lines, corpus caches, strict span scoring, reports.

Input: a config file (JSON) with ``--set key=value`` overrides; gold and predicted spans.
Output: the config dict; per-type and micro P/R/F1; a report file. Nothing here trains.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from unionie.ner.crf import ENTITY_TYPES, Span
from unionie.training.corpora import Example


def log(msg: str) -> None:
    print(f"[train {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _set_key(cfg: dict, key: str, value: str) -> None:
    try:
        val = json.loads(value)
    except json.JSONDecodeError:
        val = value
    node = cfg
    parts = key.split(".")
    for p in parts[:-1]:
        node = node.setdefault(p, {})
    node[parts[-1]] = val


def load_config(config_path: str | Path, overrides: Sequence[str] = ()) -> dict:
    cfg = json.loads(Path(config_path).read_text(encoding="utf-8"))
    for ov in overrides:
        k, _, v = ov.partition("=")
        _set_key(cfg, k.strip(), v.strip())
    return cfg


def cache_path(cache_dir: Path | None, kind: str, name: str, texts: list[str], suffix: str) -> Path | None:
    """Where a per-corpus cache of ``kind`` lives: keyed by a hash of the texts (None: no cache)."""
    if cache_dir is None:
        return None
    digest = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    return cache_dir / f"{kind}_{name}_{digest}{suffix}"


def save_atomic(path: Path, tmp_suffix: str, write: Callable[[Path], object]) -> None:
    """``write`` a temporary file next to ``path``, then rename it: a killed run leaves no half cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(tmp_suffix)
    write(tmp)
    tmp.replace(path)


def score_spans(
    gold: Sequence[Iterable[Span]],
    pred: Sequence[Iterable[Span]],
    types: Sequence[str] = ENTITY_TYPES,
) -> dict:
    """Strict span P/R/F1 per type and micro over ``types``."""
    counts = {t: [0, 0, 0] for t in types}  # tp, n_pred, n_gold
    for g, p in zip(gold, pred, strict=True):
        gs = {s for s in g if s[2] in counts}
        ps = {s for s in p if s[2] in counts}
        for s in gs:
            counts[s[2]][2] += 1
        for s in ps:
            counts[s[2]][1] += 1
            if s in gs:
                counts[s[2]][0] += 1

    def prf(tp, npred, ngold):
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "support": ngold}

    out = {t: prf(*c) for t, c in counts.items()}
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    out["micro"] = prf(*tot)
    return out


def timed_scores(name: str, examples: list[Example], predict, types: Sequence[str] = ENTITY_TYPES) -> dict:
    """Score ``predict(i)`` (spans for ``examples[i]``) over a corpus; add chars/s; log it."""
    t0 = time.time()
    pred = [predict(i) for i in range(len(examples))]
    secs = time.time() - t0
    sc = score_spans([g for _, g in examples], pred, types)
    sc["chars_per_s_without_lac"] = round(sum(len(t) for t, _ in examples) / max(secs, 1e-9))
    log(f"{name}: {format_scores({k: v for k, v in sc.items() if isinstance(v, dict)})}")
    return sc


def format_scores(sc: dict) -> str:
    return "  ".join(f"{k} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}" for k, v in sc.items())


def write_report(cfg: dict, result: dict) -> None:
    """Write ``result`` to the config's ``report`` file (if any) and log the total time."""
    if cfg.get("report"):
        Path(cfg["report"]).parent.mkdir(parents=True, exist_ok=True)
        Path(cfg["report"]).write_text(json.dumps(result, indent=2, ensure_ascii=False))
    log(f"done in {result['total_seconds']:.0f}s")
