"""Train the character CRF NER model (``models/ner-crf.crfsuite``) from public corpora.

Usage::

    unionie train configs/ner-crf.json [--set c1=0.05 --set max_iterations=50]

The config (JSON) holds the seed, the datasets, the feature options, c1/c2, max_iterations and
the output path. Relative paths are resolved against the current directory. LAC analyses of the
corpora are cached (``lac_cache_dir``) so retraining is cheap. Progress goes to stderr.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from unionie.core.types import EntityType as T
from unionie.ner.crf import (
    DEFAULT_FEATURE_OPTS,
    ENTITY_TYPES,
    META_SUFFIX,
    CrfNer,
    Span,
    bio_to_spans,
    char_features,
    lac_analyze,
    spans_to_bio,
)

Example = tuple[str, list[Span]]

DEFAULT_DATA_DIR = "../shared/datasets"  # relative to the current folder (the repository root)
MSRA_MAP = {"PER": T.PERSON, "ORG": T.ORG, "LOC": T.PLACE}
CLUENER_MAP = {
    "name": T.PERSON,
    "organization": T.ORG,
    "government": T.ORG,
    "company": T.ORG,
    "address": T.PLACE,
}
RESUME_MAP = {"NAME": T.PERSON, "ORG": T.ORG, "LOC": T.PLACE}
WEIBO_MAP = {"PER.NAM": T.PERSON, "ORG.NAM": T.ORG, "LOC.NAM": T.PLACE, "GPE.NAM": T.PLACE}


def log(msg: str) -> None:
    print(f"[train {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Corpus readers -> (text, [(start, end, TYPE)])
# --------------------------------------------------------------------------------------------


def _read_char_columns(path: Path, sep: str | None) -> list[tuple[list[str], list[str]]]:
    """Blank-line separated ``char<sep>tag`` files. An empty tag is read as ``O``."""
    sents: list[tuple[list[str], list[str]]] = []
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if chars:
                    sents.append((chars, tags))
                chars, tags = [], []
                continue
            if sep is None:
                parts = line.rsplit(" ", 1)
            else:
                parts = line.split(sep)
            ch = parts[0]
            tag = parts[1].strip() if len(parts) > 1 else ""
            chars.append(ch)
            tags.append(tag or "O")
    if chars:
        sents.append((chars, tags))
    return sents


def _tags_to_spans(tags: Sequence[str], mapping: dict[str, str]) -> list[Span]:
    """BIO or BMES tags -> spans of mapped types (unmapped types dropped)."""
    bio = []
    for t in tags:
        if t == "O" or "-" not in t:
            bio.append("O")
            continue
        prefix, typ = t.split("-", 1)
        prefix = {"S": "B", "M": "I", "E": "I"}.get(prefix, prefix)
        bio.append(prefix + "-" + typ)
    out = []
    for s, e, typ in bio_to_spans(bio):
        if typ in mapping:
            out.append((s, e, mapping[typ]))
    return out


def read_msra(path: Path) -> list[Example]:
    out = []
    for chars, tags in _read_char_columns(path, "\t"):
        out.append(("".join(chars), _tags_to_spans(tags, MSRA_MAP)))
    return out


def read_resume(path: Path) -> list[Example]:
    out = []
    for chars, tags in _read_char_columns(path, None):
        out.append(("".join(chars), _tags_to_spans(tags, RESUME_MAP)))
    return out


def read_weibo(path: Path) -> list[Example]:
    out = []
    for chars, tags in _read_char_columns(path, "\t"):
        # first column is the character followed by a word-position digit
        text = "".join(c[:-1] if len(c) > 1 and c[-1].isdigit() else c for c in chars)
        if len(text) != len(tags):
            continue
        out.append((text, _tags_to_spans(tags, WEIBO_MAP)))
    return out


def read_cluener(path: Path) -> list[Example]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["text"]
            spans = []
            for typ, ents in rec.get("label", {}).items():
                if typ not in CLUENER_MAP:
                    continue
                for _ent, positions in ents.items():
                    for s, e in positions:
                        spans.append((s, e + 1, CLUENER_MAP[typ]))  # inclusive end -> exclusive
            # drop spans overlapping an earlier one (rare nesting)
            spans.sort()
            flat: list[Span] = []
            for sp in spans:
                if flat and sp[0] < flat[-1][1]:
                    continue
                flat.append(sp)
            out.append((text, flat))
    return out


CORPORA = {
    "msra_train": ("msra_ner/msra_train_bio", read_msra),
    "msra_test": ("msra_ner/msra_test_bio", read_msra),
    "cluener_train": ("cluener2020/train.json", read_cluener),
    "cluener_dev": ("cluener2020/dev.json", read_cluener),
    "resume_train": ("resume_ner/train.char.bmes", read_resume),
    "resume_dev": ("resume_ner/dev.char.bmes", read_resume),
    "resume_test": ("resume_ner/test.char.bmes", read_resume),
    "weibo_train": ("weibo_ner/weiboNER_2nd_conll.train", read_weibo),
    "weibo_dev": ("weibo_ner/weiboNER_2nd_conll.dev", read_weibo),
    "weibo_test": ("weibo_ner/weiboNER_2nd_conll.test", read_weibo),
}


# the annotated union-news set: $UNIONIE_UNION_DATA, else data/ under the current folder (the
# repository root); library code holds no path into the repository
def union_data() -> Path:
    return Path(os.environ.get("UNIONIE_UNION_DATA", "data"))
UNION_TYPES = {T.PERSON, T.ORG, T.PLACE}


def read_union(split: str, types: Iterable[str] = UNION_TYPES) -> list[Example]:
    """Sentences of the annotated union-news set (data/annotated), spans of ``types``.

    ``split`` is ``dev``, ``test`` or ``test2`` from data/splits.json, or a split with ``_a``/``_b``
    (alternate halves, for cross-validating the choice to train on it: ``dev_a``, ``test2_b``).
    """
    from unionie.text.reader import make_document
    from unionie.text.segment import split_sentences

    splits = json.loads((union_data() / "splits.json").read_text(encoding="utf-8"))
    base, _, half = split.partition("_")
    ids = splits[base]
    if half:
        ids = ids[0::2] if half == "a" else ids[1::2]
    out: list[Example] = []
    for doc_id in ids:
        rec = json.loads((union_data() / "annotated" / f"{doc_id}.json").read_text(encoding="utf-8"))
        text = rec["text"]
        spans = sorted((m["start"], m["end"], e["type"]) for e in rec["entities"] if e["type"] in types
                       for m in e["mentions"])
        doc = make_document(text, doc_id)
        for region in doc.regions:
            for sent in split_sentences(text, region.start, region.end):
                inside = [(a - sent.start, b - sent.start, t) for a, b, t in spans
                          if sent.start <= a and b <= sent.end]
                out.append((text[sent.start : sent.end], inside))
    return out


def data_dir(cfg: dict | None = None) -> Path:
    return Path(
        os.environ.get("UNIONIE_DATA_DIR") or (cfg or {}).get("data_dir") or DEFAULT_DATA_DIR
    )


def load_corpus(name: str, ddir: Path, union_types: Iterable[str] = UNION_TYPES) -> list[Example]:
    if name.startswith("union_"):  # our own annotated set, read from the repository
        return read_union(name.removeprefix("union_"), set(union_types))
    rel, reader = CORPORA[name]
    return reader(ddir / rel)


# --------------------------------------------------------------------------------------------
# LAC cache
# --------------------------------------------------------------------------------------------


def cache_path(cache_dir: Path | None, kind: str, name: str, texts: list[str], suffix: str) -> Path | None:
    """Where a per-corpus cache of ``kind`` lives: keyed by a hash of the texts (None: no cache)."""
    if cache_dir is None:
        return None
    digest = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    return cache_dir / f"{kind}_{name}_{digest}{suffix}"


def lac_for(
    name: str, texts: list[str], cache_dir: Path | None
) -> list[list[tuple[int, int, str]]]:
    """LAC analyses of ``texts``; cached per corpus (keyed by a hash of the texts)."""
    path = cache_path(cache_dir, "lac", name, texts, ".pkl")
    if path is not None and path.is_file():
        with open(path, "rb") as fh:
            return pickle.load(fh)
    log(f"LAC on {name}: {len(texts)} texts, {sum(map(len, texts))} chars")
    t0 = time.time()
    out = []
    for i, t in enumerate(texts):
        out.append(lac_analyze(t))
        if (i + 1) % 10000 == 0:
            log(f"  LAC {name} {i + 1}/{len(texts)}")
    log(f"LAC on {name} done in {time.time() - t0:.1f}s")
    if path is not None:
        save_atomic(path, ".tmp", lambda tmp: tmp.write_bytes(pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)))
    return out


def save_atomic(path: Path, tmp_suffix: str, write: Callable[[Path], object]) -> None:
    """``write`` a temporary file next to ``path``, then rename it: a killed run leaves no half cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(tmp_suffix)
    write(tmp)
    tmp.replace(path)


# --------------------------------------------------------------------------------------------
# Scoring (strict span match)
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------------------------


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


def train(config_path: str | Path, overrides: Sequence[str] = ()) -> dict:
    """Train the CRF as the config says, save it, evaluate it; return the scores."""
    import pycrfsuite

    cfg = load_config(config_path, overrides)
    t_start = time.time()
    seed = int(cfg.get("seed", 13))
    rng = random.Random(seed)
    ddir = data_dir(cfg)
    cache_dir = Path(cfg["lac_cache_dir"]) if cfg.get("lac_cache_dir") else None
    feat_opts = {**DEFAULT_FEATURE_OPTS, **cfg.get("feature_opts", {})}
    out_path = Path(cfg.get("output", "models/ner-crf.crfsuite"))
    log(f"config {config_path}: {json.dumps({k: v for k, v in cfg.items()}, ensure_ascii=False)}")

    # ---- data
    train_sets: list[tuple[str, list[Example]]] = []
    dev: list[Example] = []
    dev_lac: list = []
    train_lac: list = []
    train_ex: list[Example] = []
    holdout = int(cfg.get("dev_holdout", 0))
    for name in cfg["train"]:
        ex = load_corpus(name, ddir)
        lac = lac_for(name, [t for t, _ in ex], cache_dir)
        idx = list(range(len(ex)))
        if name == cfg.get("dev_from", "msra_train") and holdout > 0:
            rng.shuffle(idx)
            dev_idx, tr_idx = idx[:holdout], sorted(idx[holdout:])
            dev = [ex[i] for i in sorted(dev_idx)]
            dev_lac = [lac[i] for i in sorted(dev_idx)]
            if cfg.get("train_on_dev", False):
                tr_idx = sorted(idx)
                log(f"{name}: training on all {len(idx)} sentences (dev holdout also trained on)")
        else:
            tr_idx = idx
        times = int(cfg.get("repeat", {}).get(name, 1))  # upweight a small in-domain corpus
        train_ex.extend(ex[i] for i in tr_idx for _ in range(times))
        train_lac.extend(lac[i] for i in tr_idx for _ in range(times))
        train_sets.append((name, ex))
        log(f"{name}: {len(tr_idx)} training sentences")

    # ---- features + trainer
    class _Trainer(pycrfsuite.Trainer):
        """pycrfsuite calls these hooks only when verbose=True; they log to stderr."""

        def on_start(self, log_str):
            log("crfsuite: start")

        def on_featgen_progress(self, log_str, percent):
            if percent % 20 == 0:
                log(f"crfsuite: feature generation {percent}%")

        def on_featgen_end(self, log_str):
            log("crfsuite: feature generation done")

        def on_prepared(self, log_str):
            for line in log_str.splitlines():
                if "features" in line.lower() or "labels" in line.lower():
                    log("crfsuite: " + line.strip())

        def on_prepare_error(self, log_str):
            log("crfsuite: prepare error: " + log_str.strip())

        def on_iteration(self, log_str, info):
            it = info.get("num", 0)
            if it <= 3 or it % 10 == 0:
                log(
                    f"iter {it}: loss={info.get('loss', 0):.1f} "
                    f"active_feats={info.get('active_features', 0)} t={info.get('time', 0):.2f}s"
                )

        def on_optimization_end(self, log_str):
            log("crfsuite: optimization finished")

        def on_end(self, log_str):
            log("crfsuite: model written")

    trainer = _Trainer(verbose=True)
    t0 = time.time()
    n_chars = 0
    for i, ((text, spans), lw) in enumerate(zip(train_ex, train_lac, strict=True)):
        if not text:
            continue
        trainer.append(char_features(text, lw, feat_opts), spans_to_bio(len(text), spans))
        n_chars += len(text)
        if (i + 1) % 10000 == 0:
            log(f"features {i + 1}/{len(train_ex)}")
    log(f"features for {len(train_ex)} sentences / {n_chars} chars in {time.time() - t0:.1f}s")

    params = {
        "c1": float(cfg.get("c1", 0.1)),
        "c2": float(cfg.get("c2", 0.01)),
        "max_iterations": int(cfg.get("max_iterations", 100)),
        "feature.possible_transitions": True,
        "feature.minfreq": float(cfg.get("feature_minfreq", 1)),
    }
    if cfg.get("epsilon") is not None:
        params["epsilon"] = float(cfg["epsilon"])
    trainer.set_params(params)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    log(f"training lbfgs {params} -> {out_path}")
    t1 = time.time()
    trainer.train(str(out_path))
    train_secs = time.time() - t1
    log(f"trained in {train_secs:.1f}s; model {out_path.stat().st_size / 1e6:.1f} MB")

    # ---- evaluation
    meta = {
        "feature_opts": feat_opts,
        "labels": ["O"] + [f"{p}-{t}" for t in ENTITY_TYPES for p in "BI"],
        "train": cfg["train"],
        "params": params,
        "seed": seed,
        "dev_holdout": holdout,
        "train_on_dev": bool(cfg.get("train_on_dev", False)),
        "train_sentences": len(train_ex),
        "train_chars": n_chars,
    }
    Path(str(out_path) + META_SUFFIX).write_text(json.dumps(meta, indent=2, ensure_ascii=False))
    ner = CrfNer(out_path)
    scores: dict = {}
    evals: list[tuple[str, list[Example], list]] = []
    if dev and not cfg.get("train_on_dev", False):
        evals.append(("msra_dev", dev, dev_lac))
    for name in cfg.get("eval", []):
        ex = load_corpus(name, ddir)
        evals.append((name, ex, lac_for(name, [t for t, _ in ex], cache_dir)))
    for name, ex, lac in evals:
        scores[name] = timed_scores(name, ex, lambda i, ex=ex, lac=lac: ner.predict(ex[i][0], lac[i]))
    result = {
        "scores": scores,
        "train_seconds": round(train_secs, 1),
        "total_seconds": round(time.time() - t_start, 1),
        "model_bytes": out_path.stat().st_size,
        "params": params,
        "feature_opts": feat_opts,
        "train": cfg["train"],
    }
    meta["scores"] = scores
    meta["train_seconds"] = result["train_seconds"]
    Path(str(out_path) + META_SUFFIX).write_text(json.dumps(meta, indent=2, ensure_ascii=False))
    write_report(cfg, result)
    return result


def write_report(cfg: dict, result: dict) -> None:
    """Write ``result`` to the config's ``report`` file (if any) and log the total time."""
    if cfg.get("report"):
        Path(cfg["report"]).parent.mkdir(parents=True, exist_ok=True)
        Path(cfg["report"]).write_text(json.dumps(result, indent=2, ensure_ascii=False))
    log(f"done in {result['total_seconds']:.0f}s")
