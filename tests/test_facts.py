"""Numeric facts: golden cases as data (tests/data/fact_cases.json) and the seed's subjects."""

import json
from pathlib import Path

import pytest
from conftest import run_doc

CASES = json.loads((Path(__file__).parent / "data" / "fact_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:12] for c in CASES])
def test_fact_cases(case, pipeline):
    doc = run_doc("标题\n" + case["text"], pipeline)
    got = [(f.text, f.value, f.unit, f.approx) for f in doc.facts]
    want = [(f["text"], float(f["value"]), f["unit"], f["approx"]) for f in case["facts"]]
    assert got == want
    for f, w in zip(doc.facts, case["facts"], strict=True):
        assert doc.text[f.start : f.end] == f.text
        if "value_max" in w:
            assert f.value_max == w["value_max"]
        if "object" in w:
            assert f.object and (w["object"] in f.object or f.object in w["object"])


def test_subject_is_the_clause_opening_org(pipeline):
    doc = run_doc("标题\n目前，盘州市总工会已招考工会社会化工作者32名，已分配至各乡镇。", pipeline)
    (fact,) = doc.facts
    assert doc.entities[fact.subject].name == "盘州市总工会"
    assert fact.predicate == "招考"


def test_counted_thing_as_subject_has_no_subject(pipeline):
    doc = run_doc("标题\n六盘水市总工会说，97个乡级工会全部通过验收。", pipeline)
    (fact,) = doc.facts
    assert fact.object == "乡级工会" and fact.subject is None
