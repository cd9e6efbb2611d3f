"""Training the CRF end to end on a small corpus (our annotated dev split; a few iterations)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pycrfsuite")

from unionie.ner.crf import CrfNer  # noqa: E402
from unionie.training.common import load_config, score_spans  # noqa: E402
from unionie.training.corpora import load_corpus  # noqa: E402
from unionie.training.crf import train  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def union_data(monkeypatch):
    monkeypatch.setenv("UNIONIE_UNION_DATA", str(ROOT / "data"))


def _config(tmp_path: Path, **over) -> Path:
    cfg = json.loads((ROOT / "configs" / "ner-crf.json").read_text(encoding="utf-8"))
    cfg.update({"train": ["union_dev"], "dev_from": "union_dev", "dev_holdout": 60, "repeat": {},
                "train_on_dev": False, "max_iterations": 5, "eval": ["union_test"],
                "lac_cache_dir": str(tmp_path / "cache"), "output": str(tmp_path / "crf.crfsuite"),
                "report": str(tmp_path / "report.json")}, **over)
    path = tmp_path / "cfg.json"
    path.write_text(json.dumps(cfg), encoding="utf-8")
    return path


def test_training_writes_a_model_the_runtime_loads(tmp_path, union_data):
    result = train(_config(tmp_path))
    meta = json.loads((tmp_path / "crf.crfsuite.meta.json").read_text(encoding="utf-8"))
    assert meta["train_sentences"] > 100 and meta["dev_holdout"] == 60
    assert set(result["scores"]) == {"msra_dev", "union_test"}  # the holdout, then the eval corpora
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["scores"] == result["scores"]
    spans = CrfNer(tmp_path / "crf.crfsuite").predict("杭州市总工会主席王明走访困难职工。")
    assert all(t in {"PERSON", "ORG", "PLACE"} for _s, _e, t in spans)
    assert list((tmp_path / "cache").glob("lac_union_dev_*.pkl"))  # the LAC cache was written


def test_retraining_from_the_cache_gives_the_same_model(tmp_path, union_data):
    train(_config(tmp_path))
    first = (tmp_path / "crf.crfsuite").read_bytes()
    train(_config(tmp_path))  # LAC analyses now come from the cache
    assert (tmp_path / "crf.crfsuite").read_bytes() == first


def test_overrides_and_corpora(tmp_path, union_data):
    cfg = load_config(_config(tmp_path), ["c1=0.3", "feature_opts.window=1"])
    assert cfg["c1"] == 0.3 and cfg["feature_opts"]["window"] == 1
    dev = load_corpus("union_dev_a", Path("unused"))
    assert dev and all(0 <= s < e <= len(t) for t, spans in dev for s, e, _ in spans)
    perfect = score_spans([spans for _, spans in dev], [spans for _, spans in dev])
    assert perfect["micro"]["f1"] == 1.0
