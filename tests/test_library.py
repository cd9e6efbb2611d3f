"""`import unionie` as a library: the one-call API and a reusable pipeline."""

import unionie
from unionie.record import Record

TEXT = "杭州市总工会开展金秋助学活动\n杭州市总工会主席李明介绍，今年共资助困难职工子女1200余名，发放助学金600万元。"


def test_extract_returns_a_validated_record():
    rec = unionie.extract(TEXT, doc_id="lib-1")
    assert isinstance(rec, Record) and rec.doc_id == "lib-1"
    names = {(e.type, e.name) for e in rec.entities}
    assert ("ORG", "杭州市总工会") in names and ("PERSON", "李明") in names
    assert [(f.value, f.unit, f.approx) for f in rec.facts] == [(1200.0, "名", "more_than"), (6000000.0, "元", "exact")]
    rel = {(r.type, r.position) for r in rec.relations}
    assert ("HOLDS_POSITION", "主席") in rel


def test_pipeline_is_reusable_and_deterministic():
    pipe = unionie.Pipeline()
    a = pipe.extract(TEXT, doc_id="x")
    b = pipe.extract(TEXT, doc_id="x")
    assert a == b
