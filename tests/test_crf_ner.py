"""Behaviour tests for the trained CRF NER model (skipped when the model file is missing)."""

from __future__ import annotations

import pytest

from unionie.ner.crf import (
    CrfNer,
    bio_to_spans,
    char_features,
    find_model,
    lac_analyze,
    spans_to_bio,
)


@pytest.fixture(scope="module")
def ner() -> CrfNer:
    try:
        path = find_model()
    except FileNotFoundError as exc:
        pytest.skip(f"CRF model missing: {exc}")
    return CrfNer(path)


def _typed(text, spans):
    return {(text[s:e], t) for s, e, t in spans}


def test_person_union_city(ner):
    text = "中华全国总工会主席王东明昨天在北京会见了美国劳联－产联代表团。"
    spans = ner.predict(text)
    got = _typed(text, spans)
    assert ("中华全国总工会", "ORG") in got
    assert ("王东明", "PERSON") in got
    assert ("北京", "PLACE") in got


def test_local_union_and_person(ner):
    text = "上海市总工会副主席李明在浦东新区调研职工服务工作。"
    got = _typed(text, ner.predict(text))
    assert ("上海市总工会", "ORG") in got
    assert ("李明", "PERSON") in got
    assert ("浦东新区", "PLACE") in got


def test_offsets_index_input_and_types(ner):
    text = "  新华社北京３月５日电　国务院总理李强今天在人民大会堂作政府工作报告。\n"
    spans = ner.predict(text)
    assert spans
    for s, e, t in spans:
        assert 0 <= s < e <= len(text)
        assert t in {"PERSON", "ORG", "PLACE"}
        assert text[s:e].strip() == text[s:e]  # spans do not start/end on whitespace
    got = _typed(text, spans)
    assert ("李强", "PERSON") in got
    assert ("国务院", "ORG") in got


def test_empty_and_trivial(ner):
    assert ner.predict("") == []
    assert ner.predict("。") == []
    assert ner.predict_many(["", "今天天气很好。"]) == [[], []]


def test_given_lac_words_equals_default(ner):
    text = "广东省总工会与深圳市人力资源和社会保障局签署合作协议，张伟出席仪式。"
    lw = lac_analyze(text)
    assert ner.predict(text, lw) == ner.predict(text)
    assert ner.predict_many([text, text]) == [ner.predict(text)] * 2


def test_long_text_split_for_lac(ner):
    sent = "全国总工会在北京召开会议，王东明出席并讲话。"
    text = sent * 30  # > 300 chars: LAC runs piece by piece, offsets stay global
    lw = lac_analyze(text)
    assert lw[0][0] == 0 and lw[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(lw, lw[1:], strict=False))
    spans = ner.predict(text)
    persons = [s for s in spans if s[2] == "PERSON" and text[s[0] : s[1]] == "王东明"]
    assert len(persons) >= 25


def test_bio_roundtrip_and_features():
    spans = [(0, 2, "PLACE"), (2, 5, "ORG"), (7, 9, "PERSON")]
    labels = spans_to_bio(10, spans)
    assert bio_to_spans(labels) == spans
    text = "北京大学的张三"
    feats = char_features(text, lac_analyze(text))
    assert len(feats) == len(text)
    assert all(isinstance(f, str) for row in feats for f in row)
