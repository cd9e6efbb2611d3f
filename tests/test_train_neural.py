"""Training the neural head end to end on a small corpus (needs the ``[train]`` extra)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("onnx")

from unionie.ner.neural import NeuralNer  # noqa: E402
from unionie.training.neural import build_model, train  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _config(tmp_path: Path, **over) -> Path:
    cfg = json.loads((ROOT / "configs" / "ner-head.json").read_text(encoding="utf-8"))
    cfg.update({"train": ["union_dev"], "dev_from": "union_dev", "dev_holdout": 60, "repeat": {},
                "epochs": 1, "eval": ["union_test"], "threads": 1, "state_cache_dir": None,
                "output": str(tmp_path / "head.onnx"), "report": str(tmp_path / "report.json")}, **over)
    path = tmp_path / "cfg.json"
    path.write_text(json.dumps(cfg), encoding="utf-8")
    return path


@pytest.mark.parametrize("recurrent", ["lstm", "lac_gru2"])
def test_training_writes_a_model_the_runtime_loads(tmp_path, recurrent):
    result = train(_config(tmp_path, recurrent=recurrent))
    assert (tmp_path / "head.onnx").is_file() and (tmp_path / "head.onnx.json").is_file()
    assert result["history"][0]["epoch"] == 1 and "dev_f1" in result["history"][0]
    assert 0.0 <= result["scores"]["union_test"]["micro"]["f1"] <= 1.0
    ner = NeuralNer(tmp_path / "head.onnx")
    spans = ner.predict("杭州市总工会主席王明走访困难职工。")
    assert all(t in {"PERSON", "ORG", "PLACE"} for _s, _e, t in spans)


def test_resume_from_checkpoint_skips_finished_epochs(tmp_path):
    cfg = _config(tmp_path)
    train(cfg)
    again = train(cfg)  # the checkpoint says epoch 1 of 1 is done: nothing is retrained
    assert [h["epoch"] for h in again["history"]] == [1]


def test_lac_gru2_starts_as_lacs_own_second_layer():
    """Before training, the fine-tuned copy reproduces LAC's second BiGRU layer exactly."""
    from unionie.ner.lac_tagger import shared_lac

    model = build_model({"recurrent": "lac_gru2", "char_dim": 16, "bigram_dim": 8}, 10, 10).eval()
    _words, states = shared_lac().encode("六盘水市总工会主席刘静在钟山区调研。")
    x = torch.from_numpy(states[None])
    ids = torch.zeros(1, len(states), dtype=torch.int64)
    parts = [x[..., 128:384], model.char_emb(ids), model.bigram_emb(ids), model.bigram_emb(ids)]
    out, _ = model.lstm(torch.cat(parts, dim=-1))
    assert np.abs(out[0].detach().numpy() - states[:, 384:]).max() < 1e-4


def test_fine_tuning_with_name_lists_keeps_the_vocabulary(tmp_path):
    train(_config(tmp_path))
    first = json.loads((tmp_path / "head.onnx.json").read_text(encoding="utf-8"))
    out = tmp_path / "tuned"
    result = train(_config(out.parent, init_from=str(tmp_path / "head.onnx"), name_lists=30,
                           output=str(out / "head.onnx"), report=str(out / "report.json")))
    tuned = json.loads((out / "head.onnx.json").read_text(encoding="utf-8"))
    assert tuned["chars"] == first["chars"] and tuned["bigrams"] == first["bigrams"]
    assert "name_lists_dev_f1" in result["history"][0]
    assert tuned["train_sentences"] > first["train_sentences"]  # the synthetic lists were added
    assert NeuralNer(out / "head.onnx").predict("委员：王建国李梅张伟")  # it loads and tags
