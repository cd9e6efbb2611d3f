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


def test_hanlp_backend_maps_types_and_offsets(monkeypatch):
    """HanLP cannot be downloaded here, so a stand-in module plays its part: it answers the way
    HanLP's NER does (``(text, label, start, end)`` per piece) and checks the piece length."""
    import sys
    import types

    from unionie.ner import HanlpBackend
    from unionie.pipeline import Pipeline

    calls = []

    def tagger(batch):
        calls.append(batch)
        out = []
        for chars in batch:
            assert isinstance(chars, list) and len(chars) <= HanlpBackend.MAX_PIECE
            text = "".join(chars)
            found = []
            for name, label in (("杨志刚", "NR"), ("泉州市总工会", "NT"), ("晋江", "NS"), ("晋江", "QUANTITY")):
                i = text.find(name)
                while i >= 0:
                    found.append((name, label, i, i + len(name)))
                    i = text.find(name, i + 1)
            out.append(found)
        return out

    fake = types.ModuleType("hanlp")
    fake.pretrained = types.SimpleNamespace(ner=types.SimpleNamespace(MSRA_NER_ELECTRA_SMALL_ZH="msra-url"))
    fake.load = lambda url: tagger
    monkeypatch.setitem(sys.modules, "hanlp", fake)

    long_sentence = "，".join(["晋江各镇街工会走访企业"] * 20) + "。"
    text = "泉州市总工会慰问一线职工\n泉州市总工会副主席杨志刚带队到晋江走访。" + long_sentence + "\n"
    pipe = Pipeline(ner="hanlp")
    from unionie.text.analysis import Analysis
    from unionie.text.reader import make_document

    doc = Analysis()(make_document(text))
    found = pipe.backend(doc)
    assert all(doc.text[m.start : m.end] == m.text and m.source == "hanlp" for m in found)
    assert sorted({(m.text, m.type) for m in found}) == [("晋江", "PLACE"), ("杨志刚", "PERSON"), ("泉州市总工会", "ORG")]
    assert [m.text for m in found].count("晋江") == 21  # QUANTITY, not a type of ours, is dropped
    rec = pipe.extract(text)
    assert max(len(piece) for batch in calls for piece in batch) <= HanlpBackend.MAX_PIECE
    by_text = {(m.text, e.type, m.source) for e in rec.entities for m in e.mentions}
    assert ("杨志刚", "PERSON", "hanlp") in by_text
    assert any(t == "泉州市总工会" and ty == "ORG" for t, ty, _ in by_text)
    places = [m for e in rec.entities if e.type == "PLACE" for m in e.mentions]
    assert len(places) == 21 and all(text[m.start : m.end] == "晋江" for m in places)


def test_hanlp_backend_without_its_model(monkeypatch):
    import sys
    import types

    import pytest

    from unionie.ner import BackendUnavailable, HanlpBackend

    def refuse(url):
        raise ConnectionError("no network")

    fake = types.ModuleType("hanlp")
    fake.pretrained = types.SimpleNamespace(ner=types.SimpleNamespace(MSRA_NER_ELECTRA_SMALL_ZH="msra-url"))
    fake.load = refuse
    monkeypatch.setitem(sys.modules, "hanlp", fake)
    with pytest.raises(BackendUnavailable, match="cannot load model MSRA_NER_ELECTRA_SMALL_ZH.*ConnectionError"):
        HanlpBackend()
