"""Every gold record in data/annotated/ is valid and consistent with its text."""

import json
import re
from pathlib import Path

import pytest

from unionie.facts.numbers import value_of
from unionie.record import Record

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "data" / "annotated").glob("*.json"))
SPLITS = json.loads((ROOT / "data" / "splits.json").read_text(encoding="utf-8"))


def test_set_size_and_splits():
    ids = {p.stem for p in FILES}
    assert len(ids) >= 40
    parts = [set(SPLITS[k]) for k in ("dev", "test", "test2", "test3", "test4")]
    assert set.union(*parts) == ids
    assert sum(map(len, parts)) == len(ids)  # no article in two splits
    assert len(SPLITS["test"]) >= 15
    for doc_id in ids:
        assert (ROOT / "data" / "raw" / f"{doc_id}.txt").exists()


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_gold_record_is_consistent(path):
    rec = Record.model_validate_json(path.read_text(encoding="utf-8"))  # schema, offsets, ids
    raw = (ROOT / "data" / "raw" / f"{rec.doc_id}.txt").read_text(encoding="utf-8")
    assert rec.text == raw
    spans = sorted((m.start, m.end) for e in rec.entities for m in e.mentions)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:], strict=False):
        assert e1 <= s2, f"overlapping mentions {raw[s1:e1]!r} / {raw[s2:e2]!r}"
    fspans = sorted((f.start, f.end) for f in rec.facts)
    for (_, e1), (s2, _) in zip(fspans, fspans[1:], strict=False):
        assert e1 <= s2
    for f in rec.facts:
        digits = re.findall(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", f.text)
        if digits and "%" not in f.unit and "百分" not in f.text:
            v = value_of(digits[0])
            scales = (1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8)
            assert any(f.value == pytest.approx(v * k) for k in scales), f.text
        assert f.value_max is None or f.value_max >= f.value
