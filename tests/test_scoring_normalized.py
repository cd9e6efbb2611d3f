"""Evaluation item 6 (record-format.md): normalised values of linked entities and correct facts."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from unionie.evaluation.scoring import format_errors, format_report, score
from unionie.record import Record

TEXT = "去年9月，盘州市总工会在盘州市红果街道和妥乐景区发放慰问金38.25万元。上半年，该市总工会新建工会12个。"
ANNOTATED = Path(__file__).resolve().parents[1] / "data" / "annotated"


def span(s: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(s, start + 1)
    return start, start + len(s)


def mention(s: str, nth: int = 0) -> dict[str, Any]:
    a, b = span(s, nth)
    return {"start": a, "end": b, "text": s}


def ent(eid: str, typ: str, *mentions: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"id": eid, "type": typ, "name": mentions[0]["text"], "mentions": list(mentions), **extra}


def fact(fid: str, s: str, value: float, unit: str, time: dict[str, str] | None) -> dict[str, Any]:
    a, b = span(s)
    return {"id": fid, "start": a, "end": b, "text": s, "value": value, "unit": unit, "time": time}


def gold_dict() -> dict[str, Any]:
    return {
        "doc_id": "d",
        "text": TEXT,
        "meta": {"published": "2018-10-12"},
        "entities": [
            ent("D1", "DATE", mention("去年9月"), normalized={"start": "2017-09", "end": "2017-09"}),
            ent("D2", "DATE", mention("上半年"), normalized={"start": "2018-01", "end": "2018-06"}),
            ent("O1", "ORG", mention("盘州市总工会"), mention("市总工会", 1), kind="union",
                normalized={"place": "520281"}),
            ent("P1", "PLACE", mention("盘州市", 1),
                normalized={"province": "贵州省", "city": "六盘水市", "county": "盘州市", "code": "520281"}),
            ent("P2", "PLACE", mention("红果街道"),
                normalized={"province": "贵州省", "city": "六盘水市", "county": "盘州市", "code": "520281",
                            "town": "红果街道"}),
            ent("P3", "PLACE", mention("妥乐景区"), normalized=None),
        ],
        "facts": [
            fact("F1", "38.25万元", 382500, "元", {"start": "2017-09", "end": "2017-09"}),
            fact("F2", "12个", 12, "个", {"start": "2018-01", "end": "2018-06"}),
        ],
    }


GOLD = Record.model_validate(gold_dict())


def edited(**changes: Any) -> Record:
    """The gold record with entity fields changed: changes maps an id to its new fields."""
    data = copy.deepcopy(gold_dict())
    for e in data["entities"] + data["facts"]:
        e.update(changes.get(e["id"], {}))
    return Record.model_validate(data)


def counts(pred: Record, gold: Record = GOLD) -> dict[str, tuple[int, int]]:
    norm = score([(gold, pred)]).as_dict()["normalized"]
    return {k: (v["correct"], v["total"]) for k, v in norm.items()}


def norm_errors(gold: Record, pred: Record) -> list[dict[str, Any]]:
    return [e for e in score([(gold, pred)]).errors if e["layer"] == "normalized"]


def test_perfect_prediction_counts_every_carried_value():
    report = score([(GOLD, GOLD)])
    d = report.as_dict()["normalized"]
    assert {k: (v["correct"], v["total"]) for k, v in d.items()} == {
        "date": (2, 2), "place_code": (2, 2), "org_kind": (1, 1), "org_place": (1, 1), "fact_time": (2, 2)}
    assert all(v["share"] == 1.0 for v in d.values())
    assert not [e for e in report.errors if e["layer"] == "normalized"]
    assert "normalised values: DATE 1.000 (2/2) · PLACE code 1.000 (2/2) · ORG kind 1.000 (1/1)" in format_report(report)


def test_wrong_values_are_counted_and_listed_as_errors():
    pred = edited(D1={"normalized": {"start": "2018-09", "end": "2018-09"}},
                  D2={"normalized": {"start": "2018-01", "end": "2018-12"}},
                  P1={"normalized": {"province": "贵州省", "city": "六盘水市", "code": "520200"}},
                  O1={"kind": "government", "normalized": {"place": "520200"}},
                  F2={"time": {"start": "2018", "end": "2018"}})
    assert counts(pred) == {"date": (0, 2), "place_code": (1, 2), "org_kind": (0, 1), "org_place": (0, 1),
                            "fact_time": (1, 2)}
    errs = {(e["kind"], e["gold"], e["pred"]) for e in norm_errors(GOLD, pred)}
    assert errs == {("date", "2017-09", "2018-09"), ("date", "2018-01..2018-06", "2018-01..2018-12"),
                    ("place_code", "520281", "520200"), ("org_kind", "union", "government"),
                    ("org_place", "520281", "520200"), ("fact_time", "2018-01..2018-06", "2018")}
    date_err = next(e for e in norm_errors(GOLD, pred) if e["gold"] == "2017-09")
    assert date_err["type"] == "DATE" and "[去年9月]" in date_err["context"]
    listed = format_errors(score([(GOLD, pred)]))
    assert "d\tnormalized\tdate\t" in listed and "gold=2017-09" in listed and "pred=2018-09" in listed


def test_missing_predicted_value_is_wrong():
    pred = edited(D1={"normalized": None}, P2={"normalized": None}, O1={"kind": None, "normalized": None},
                  F1={"time": None})
    assert counts(pred) == {"date": (1, 2), "place_code": (1, 2), "org_kind": (0, 1), "org_place": (0, 1),
                            "fact_time": (1, 2)}
    errs = norm_errors(GOLD, pred)
    assert len(errs) == 5 and all(e["pred"] is None for e in errs)


def test_gold_without_value_is_not_counted():
    gold = edited(P1={"normalized": {"province": "贵州省", "city": "六盘水市", "county": "盘州市"}},
                  O1={"normalized": None}, D2={"normalized": None}, F2={"time": None})
    # the prediction carries values where the gold has none (P3 too): none of them is counted
    pred = edited(P3={"normalized": {"province": "贵州省", "code": "520281"}})
    assert counts(pred, gold) == {"date": (1, 1), "place_code": (1, 1), "org_kind": (1, 1), "org_place": (0, 0),
                                  "fact_time": (1, 1)}
    report = score([(gold, pred)])
    assert report.as_dict()["normalized"]["org_place"] == {"correct": 0, "total": 0, "share": None}
    assert "ORG place – (0/0)" in format_report(report)
    assert not norm_errors(gold, pred)


def test_unlinked_entities_are_not_counted():
    data = gold_dict()
    # D1 predicted with another span (no exact mention in common), P2 not predicted at all
    data["entities"][0] = ent("D1", "DATE", mention("9月"), normalized={"start": "2017-09", "end": "2017-09"})
    data["entities"] = [e for e in data["entities"] if e["id"] != "P2"]
    pred = Record.model_validate(data)
    c = counts(pred)
    assert c["date"] == (1, 1) and c["place_code"] == (1, 1)


def test_gold_entity_linked_to_several_counts_once():
    data = gold_dict()
    org = data["entities"][2]
    good = ent("O1a", "ORG", org["mentions"][0], kind="union", normalized={"place": "520281"})
    bad = ent("O1b", "ORG", org["mentions"][1], kind="government", normalized={"place": "520200"})
    data["entities"][2:3] = [good, bad]
    assert counts(Record.model_validate(data))["org_kind"] == (1, 1)
    good.update(kind="party", normalized={"place": "520000"})
    pred = Record.model_validate(data)
    assert counts(pred)["org_kind"] == (0, 1) and counts(pred)["org_place"] == (0, 1)
    errs = [e for e in norm_errors(GOLD, pred) if e["kind"] == "org_kind"]
    assert len(errs) == 1 and errs[0]["pred"] == ["government", "party"]


def test_fact_time_only_among_correct_facts():
    # F1 has the wrong value, so it is not a correct fact and its time is not looked at
    pred = edited(F1={"value": 380000, "time": None})
    assert counts(pred)["fact_time"] == (1, 1)
    pred = edited(F1={"value": 380000}, F2={"time": {"start": "2018-06", "end": "2018-06"}})
    assert counts(pred)["fact_time"] == (0, 1)
    assert [e["kind"] for e in norm_errors(GOLD, pred)] == ["fact_time"]


def test_annotated_records_score_one_against_themselves():
    files = sorted(ANNOTATED.glob("*.json"))
    if not files:
        pytest.skip("no annotated records")
    records = [Record.model_validate_json(f.read_text(encoding="utf-8")) for f in files]
    report = score((r, r) for r in records)
    for name, v in report.as_dict()["normalized"].items():
        assert v["share"] == 1.0, (name, v)
    assert not [e for e in report.errors if e["layer"] == "normalized"]
