"""The reference article (../shared/examples): the whole pipeline against its gold record."""

import json

from unionie.evaluation.scoring import score
from unionie.record import Record


def test_reference_article_scores_as_its_gold_record(seed_paths, pipeline):
    txt, gold_path = seed_paths
    gold = Record.model_validate_json(gold_path.read_text(encoding="utf-8"))
    pred, warnings = pipeline.extract_file(txt)
    assert warnings == [] and pred.doc_id == "seed-liupanshui"
    assert pred.meta.model_dump(include={"title", "published", "source", "authors", "editor"}) == \
        gold.meta.model_dump(include={"title", "published", "source", "authors", "editor"})
    Record.model_validate_json(pred.to_json())  # what is written validates
    d = score([(gold, pred)]).as_dict()
    # the whole record is held by tests/test_snapshots.py; here, its score against the gold one
    assert d["mentions_strict"]["core_micro"]["f1"] == 1.0
    assert d["facts"]["f1"] == 1.0 and d["facts"]["object_correct"] == 1.0
    assert d["relations"]["HOLDS_POSITION+position"]["tp"] == 3
    assert d["relations"]["RUNS"]["f1"] == 1.0
    # no mention or fact comes from the dateline, byline or footer
    text = pred.text
    footer = text.index("编辑:RW001")
    assert all(m.end <= footer for e in pred.entities for m in e.mentions)
    assert all(f.end <= footer for f in pred.facts)
    assert "李献波" not in {e.name for e in pred.entities}
    json.loads(pred.to_json())
