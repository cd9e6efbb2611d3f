"""Train the character CRF NER model (``models/ner-crf.crfsuite``) from public corpora.

Usage::

    unionie train configs/ner-crf.json [--set c1=0.05 --set max_iterations=50]

The config (JSON) holds the seed, the datasets, the feature options, c1/c2, max_iterations and
the output path. Relative paths are resolved against the current directory. LAC analyses of the
corpora are cached (``lac_cache_dir``) so retraining is cheap. Progress goes to stderr.
"""

from __future__ import annotations

import json
import pickle
import random
import time
from collections.abc import Sequence
from pathlib import Path

from unionie.ner.crf import (
    DEFAULT_FEATURE_OPTS,
    ENTITY_TYPES,
    META_SUFFIX,
    CrfNer,
    char_features,
    lac_analyze,
    spans_to_bio,
)
from unionie.training.common import (
    cache_path,
    load_config,
    log,
    save_atomic,
    timed_scores,
    write_report,
)
from unionie.training.corpora import Example, data_dir, load_corpus


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


class _Data:
    """The training sentences (repeated as the config says), their LAC analyses, the dev holdout."""

    def __init__(self) -> None:
        self.train: list[Example] = []
        self.train_lac: list = []
        self.dev: list[Example] = []
        self.dev_lac: list = []


def _load_data(cfg: dict, ddir: Path, cache_dir: Path | None, rng: random.Random) -> _Data:
    """Read each training corpus; hold out ``dev_holdout`` sentences of ``dev_from``."""
    data = _Data()
    holdout = int(cfg.get("dev_holdout", 0))
    for name in cfg["train"]:
        ex = load_corpus(name, ddir)
        lac = lac_for(name, [t for t, _ in ex], cache_dir)
        idx = list(range(len(ex)))
        tr_idx = idx
        if name == cfg.get("dev_from", "msra_train") and holdout > 0:
            rng.shuffle(idx)
            dev_idx, tr_idx = sorted(idx[:holdout]), sorted(idx[holdout:])
            data.dev, data.dev_lac = [ex[i] for i in dev_idx], [lac[i] for i in dev_idx]
            if cfg.get("train_on_dev", False):
                tr_idx = sorted(idx)
                log(f"{name}: training on all {len(idx)} sentences (dev holdout also trained on)")
        times = int(cfg.get("repeat", {}).get(name, 1))  # upweight a small in-domain corpus
        data.train.extend(ex[i] for i in tr_idx for _ in range(times))
        data.train_lac.extend(lac[i] for i in tr_idx for _ in range(times))
        log(f"{name}: {len(tr_idx)} training sentences")
    return data


def _logging_trainer():
    """A ``pycrfsuite.Trainer`` whose progress hooks log to stderr (they run with verbose=True)."""
    import pycrfsuite

    class _Trainer(pycrfsuite.Trainer):
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

    return _Trainer(verbose=True)


def _append_features(trainer, data: _Data, feat_opts: dict) -> int:
    """Feed every training sentence's features and tags to ``trainer``; return the characters fed."""
    t0 = time.time()
    n_chars = 0
    for i, ((text, spans), lw) in enumerate(zip(data.train, data.train_lac, strict=True)):
        if not text:
            continue
        trainer.append(char_features(text, lw, feat_opts), spans_to_bio(len(text), spans))
        n_chars += len(text)
        if (i + 1) % 10000 == 0:
            log(f"features {i + 1}/{len(data.train)}")
    log(f"features for {len(data.train)} sentences / {n_chars} chars in {time.time() - t0:.1f}s")
    return n_chars


def _params(cfg: dict) -> dict:
    """crfsuite's L-BFGS parameters from the config."""
    params = {
        "c1": float(cfg.get("c1", 0.1)),
        "c2": float(cfg.get("c2", 0.01)),
        "max_iterations": int(cfg.get("max_iterations", 100)),
        "feature.possible_transitions": True,
        "feature.minfreq": float(cfg.get("feature_minfreq", 1)),
    }
    if cfg.get("epsilon") is not None:
        params["epsilon"] = float(cfg["epsilon"])
    return params


def _evaluate(cfg: dict, ddir: Path, cache_dir: Path | None, out_path: Path, data: _Data) -> dict:
    """Scores of the saved model on the dev holdout (unless trained on) and the ``eval`` corpora."""
    ner = CrfNer(out_path)
    evals: list[tuple[str, list[Example], list]] = []
    if data.dev and not cfg.get("train_on_dev", False):
        evals.append(("msra_dev", data.dev, data.dev_lac))
    for name in cfg.get("eval", []):
        ex = load_corpus(name, ddir)
        evals.append((name, ex, lac_for(name, [t for t, _ in ex], cache_dir)))
    return {name: timed_scores(name, ex, lambda i, ex=ex, lac=lac: ner.predict(ex[i][0], lac[i]))
            for name, ex, lac in evals}


def train(config_path: str | Path, overrides: Sequence[str] = ()) -> dict:
    """Train the CRF as the config says, save it, evaluate it; return the scores."""
    cfg = load_config(config_path, overrides)
    t_start = time.time()
    seed = int(cfg.get("seed", 13))
    ddir = data_dir(cfg)
    cache_dir = Path(cfg["lac_cache_dir"]) if cfg.get("lac_cache_dir") else None
    feat_opts = {**DEFAULT_FEATURE_OPTS, **cfg.get("feature_opts", {})}
    out_path = Path(cfg.get("output", "models/ner-crf.crfsuite"))
    log(f"config {config_path}: {json.dumps(cfg, ensure_ascii=False)}")

    data = _load_data(cfg, ddir, cache_dir, random.Random(seed))
    trainer = _logging_trainer()
    n_chars = _append_features(trainer, data, feat_opts)
    params = _params(cfg)
    trainer.set_params(params)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    log(f"training lbfgs {params} -> {out_path}")
    t1 = time.time()
    trainer.train(str(out_path))
    train_secs = time.time() - t1
    log(f"trained in {train_secs:.1f}s; model {out_path.stat().st_size / 1e6:.1f} MB")

    meta = {
        "feature_opts": feat_opts,
        "labels": ["O"] + [f"{p}-{t}" for t in ENTITY_TYPES for p in "BI"],
        "train": cfg["train"],
        "params": params,
        "seed": seed,
        "dev_holdout": int(cfg.get("dev_holdout", 0)),
        "train_on_dev": bool(cfg.get("train_on_dev", False)),
        "train_sentences": len(data.train),
        "train_chars": n_chars,
    }
    meta_path = Path(str(out_path) + META_SUFFIX)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False))  # CrfNer reads it
    scores = _evaluate(cfg, ddir, cache_dir, out_path, data)
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
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False))
    write_report(cfg, result)
    return result
