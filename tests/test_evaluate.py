from unionie.evaluation.scoring import score
from unionie.record import Record

TEXT = "刘静任六盘水市总工会主席，建设温暖帮扶超市，发展会员12500余名。"


def rec(entities, facts=(), relations=()):
    return Record.model_validate({"doc_id": "d", "text": TEXT, "entities": list(entities),
                                  "facts": list(facts), "relations": list(relations)})


def ent(eid, typ, s, e):
    return {"id": eid, "type": typ, "name": TEXT[s:e], "mentions": [{"start": s, "end": e, "text": TEXT[s:e]}]}


GOLD = rec(
    [ent("E1", "PERSON", 0, 2), ent("E2", "ORG", 3, 10), ent("E3", "POSITION", 10, 12), ent("E4", "INITIATIVE", 15, 21)],
    [{"id": "F1", "start": 26, "end": 33, "text": "12500余名", "value": 12500, "unit": "名", "approx": "more_than",
      "object": "会员", "subject": "E2"}],
    [{"type": "HOLDS_POSITION", "head": "E1", "tail": "E2", "position": "主席"}, {"type": "RUNS", "head": "E2", "tail": "E4"}],
)


def test_perfect_prediction_scores_one():
    d = score([(GOLD, GOLD)]).as_dict()
    assert d["mentions_strict"]["core_micro"]["f1"] == 1.0
    assert d["facts"]["f1"] == 1.0 and d["facts"]["subject_correct"] == 1.0
    assert d["relations"]["RUNS"]["f1"] == 1.0 and d["relations"]["HOLDS_POSITION+position"]["f1"] == 1.0


def test_strict_versus_partial_and_linking():
    pred = rec([ent("E1", "PERSON", 0, 2), ent("E2", "ORG", 5, 10), ent("E4", "INITIATIVE", 15, 21)],
               relations=[{"type": "RUNS", "head": "E2", "tail": "E4"}])
    d = score([(GOLD, pred)]).as_dict()
    assert d["mentions_strict"]["ORG"]["tp"] == 0 and d["mentions_partial"]["ORG"]["tp"] == 1
    assert d["mentions_strict"]["core_micro"]["tp"] == 2
    # ORG not linked (no exact span in common), so RUNS cannot be correct
    assert d["relations"]["RUNS"]["tp"] == 0 and d["relations"]["RUNS"]["fn"] == 1
    assert d["entities"]["precision"] == round(2 / 3, 4) and d["entities"]["recall"] == 0.5


def test_fact_needs_overlap_value_and_unit():
    def fact(value, unit, s=26, e=33, obj="工会会员", approx="exact"):
        return {"id": "F1", "start": s, "end": e, "text": TEXT[s:e], "value": value, "unit": unit,
                "approx": approx, "object": obj}

    ok = score([(GOLD, rec(GOLD.model_dump()["entities"], [fact(12500.00000001, "名")]))]).as_dict()["facts"]
    assert ok["tp"] == 1 and ok["object_correct"] == 1.0 and ok["approx_correct"] == 0.0
    assert ok["subject_correct"] == 0.0
    for bad in (fact(12000, "名"), fact(12500, "人"), fact(12500, "名", 0, 2)):
        assert score([(GOLD, rec(GOLD.model_dump()["entities"], [bad]))]).as_dict()["facts"]["tp"] == 0
