"""spaCy integration: the ``unionie`` component, ``to_spacy``, the DocBin export, the optional extra."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

HAS_SPACY = importlib.util.find_spec("spacy") is not None
needs_spacy = pytest.mark.skipif(not HAS_SPACY, reason="spaCy is not installed (the [spacy] extra)")
ANNOTATED = sorted((ROOT / "data" / "annotated").glob("*.json"))
CORE = {"PERSON", "ORG", "PLACE", "INITIATIVE"}
ARTICLE = "六盘水市总工会主席刘静在贵州省六盘水市调研，发展会员12500余名，投入帮扶资金2000多万元。"


def python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          cwd=ROOT)


def mentions(record: dict, types: set[str] | None = None) -> set[tuple[int, int, str, str, str]]:
    return {(m["start"], m["end"], e["type"], e["id"], e["name"]) for e in record["entities"]
            for m in e["mentions"] if types is None or e["type"] in types}


def doc_spans(spans) -> set[tuple[int, int, str, str, str]]:
    return {(s.start_char, s.end_char, s.label_, s.id_, s.kb_id_) for s in spans}


@pytest.fixture(scope="module")
def seed(seed_paths) -> dict:
    return json.loads(seed_paths[1].read_text(encoding="utf-8"))


def test_importing_unionie_never_imports_spacy():
    r = python("import sys, unionie, unionie.cli, unionie.integrations, unionie.integrations.view\n"
               "unionie.Pipeline; unionie.to_spacy\n"
               "assert 'spacy' not in sys.modules, 'spacy imported'\n"
               "assert 'to_spacy' in unionie.__all__")
    assert r.returncode == 0, r.stderr


def test_without_spacy_one_line_message_naming_the_extra(tmp_path, seed_paths):
    block = "import sys; sys.modules['spacy'] = None\n"
    r = python(block + "import unionie\n"
               f"try:\n    unionie.to_spacy(open({str(seed_paths[1])!r}, encoding='utf-8').read())\n"
               "except ImportError as exc:\n    print(exc)\nelse:\n    raise SystemExit('no error')")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.strip().splitlines()) == 1 and "unionie[spacy]" in r.stdout
    r = python(block + "from unionie.cli import app\n"
               f"app(['export-spacy', {str(seed_paths[1])!r}, '-o', {str(tmp_path / 'x.spacy')!r}])")
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "[spacy]" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.spacy").exists()


@needs_spacy
def test_to_spacy_on_the_reference_article(seed):
    import unionie

    doc = unionie.to_spacy(seed)
    assert doc.text == seed["text"]
    assert doc_spans(doc.ents) == mentions(seed, CORE)            # every core mention, nothing else
    assert doc_spans(doc.spans["unionie"]) == mentions(seed)       # all eight types
    assert {s.label_ for s in doc.spans["unionie"]} - CORE == {"DOCUMENT", "EVENT", "DATE", "POSITION"}
    assert any(s.text == "市总工会" and s.kb_id_ == "六盘水市总工会" for s in doc.ents)
    assert [s.text for s in doc.spans["unionie_facts"]] == [f["text"] for f in seed["facts"]]
    assert doc._.unionie_facts == seed["facts"] and doc._.unionie_relations == seed["relations"]
    assert doc._.unionie_record["doc_id"] == "seed-liupanshui"
    assert doc.user_data["unionie_alignment"] == {"expanded": 0, "lost": 0, "mismatched": 0, "not_in_ents": 0}
    assert doc.user_data["title"] == seed["meta"]["title"]
    from unionie.record import Record

    same = unionie.to_spacy(Record.model_validate(seed))             # a Record model works too
    assert doc_spans(same.ents) == doc_spans(doc.ents)


@needs_spacy
def test_docbin_round_trip_keeps_ents_spans_and_attributes(seed):
    import spacy
    from spacy.tokens import DocBin

    from unionie.integrations.spacy_component import records_to_docbin

    records = [seed] + [json.loads(p.read_text(encoding="utf-8")) for p in ANNOTATED[:8]]
    data = records_to_docbin(records).to_bytes()
    docs = list(DocBin().from_bytes(data).get_docs(spacy.blank("zh").vocab))
    assert len(docs) == len(records)
    for rec, doc in zip(records, docs, strict=True):
        assert doc.text == rec["text"]
        assert doc_spans(doc.ents) == mentions(rec, CORE)
        assert doc_spans(doc.spans["unionie"]) == mentions(rec)
        assert doc._.unionie_facts == rec["facts"] and doc._.unionie_relations == rec["relations"]
        assert doc._.unionie_record["entities"] == rec["entities"]


@needs_spacy
def test_export_spacy_cli_folder_and_jsonl(tmp_path, seed_paths):
    import spacy
    from spacy.tokens import DocBin
    from typer.testing import CliRunner

    from unionie.cli import app

    batch = tmp_path / "batch"
    batch.mkdir()
    lines = [json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False) for p in ANNOTATED[:5]]
    no_text = json.loads(ANNOTATED[5].read_text(encoding="utf-8"))
    no_text.pop("text")
    (batch / "records.jsonl").write_text("\n".join([*lines, json.dumps(no_text)]) + "\n", encoding="utf-8")
    out = tmp_path / "out.spacy"
    r = CliRunner().invoke(app, ["export-spacy", str(batch), str(seed_paths[1]), "-o", str(out)])
    assert r.exit_code == 1                                    # the record without text failed …
    assert "records.jsonl:6" in r.stderr and "no text" in r.stderr
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("zh").vocab))
    assert len(docs) == 6                                      # … and the other six were written
    assert docs[-1].user_data["doc_id"] == "seed-liupanshui"
    r = CliRunner().invoke(app, ["export-spacy", str(ROOT / "data" / "annotated"), "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert len(DocBin().from_disk(out)) == len(ANNOTATED)


@needs_spacy
def test_misaligned_tokenizer_widens_counts_and_warns(seed):
    import spacy

    from unionie.integrations.spacy_component import UnionieAlignmentWarning, to_spacy

    nlp = spacy.blank("xx")                # whitespace/punctuation tokenizer: whole Chinese runs
    with pytest.warns(UnionieAlignmentWarning, match="widened"):
        doc = to_spacy(seed, nlp)
    counts = doc.user_data["unionie_alignment"]
    n_mentions = len(mentions(seed))
    assert counts["expanded"] > 0 and counts["lost"] == 0
    assert len(doc.spans["unionie"]) == n_mentions             # nothing lost from the span group
    n_core = len(mentions(seed, CORE))
    assert len(doc.ents) + counts["not_in_ents"] == n_core     # the rest counted, not silently gone
    for ent in doc.ents:                                        # each widened ent covers a mention
        assert any(ent.start_char <= s and e <= ent.end_char for s, e, t, _, _ in mentions(seed, CORE)
                   if t == ent.label_)


@needs_spacy
def test_component_runs_the_pipeline(tmp_path, pipeline):
    import spacy

    nlp = spacy.blank("zh")
    nlp.add_pipe("unionie")
    record = pipeline.extract(ARTICLE).model_dump(mode="json")
    docs = list(nlp.pipe([ARTICLE, "", "no Chinese here"]))
    doc = docs[0]
    assert doc_spans(doc.ents) == mentions(record, CORE)
    assert {("刘静", "PERSON"), ("六盘水市总工会", "ORG")} <= {(e.text, e.label_) for e in doc.ents}
    assert ("主席", "POSITION") in {(s.text, s.label_) for s in doc.spans["unionie"]}
    assert [(f["value"], f["unit"]) for f in doc._.unionie_facts] == [(12500.0, "名"), (20000000.0, "元")]
    assert any(r["type"] == "HOLDS_POSITION" and r["position"] == "主席" for r in doc._.unionie_relations)
    assert all(len(d.ents) == 0 and d._.unionie_facts == [] for d in docs[1:])   # no crash, nothing found
    nlp.to_disk(tmp_path / "nlp")
    again = spacy.load(tmp_path / "nlp")
    assert again.pipe_names == ["unionie"] and again.get_pipe("unionie").pipeline is nlp.get_pipe("unionie").pipeline


@needs_spacy
def test_factory_is_found_through_the_entry_point():
    r = python("import spacy, sys\n"
               "nlp = spacy.blank('zh')\n"
               "nlp.add_pipe('unionie', config={'ner': 'lac'})\n"
               f"doc = nlp({ARTICLE!r})\n"
               "print(sorted((e.text, e.label_) for e in doc.ents))")
    if "E002" in r.stderr and "unionie" in r.stderr:
        pytest.skip("the package is installed without its entry points (reinstall: pip install -e .)")
    assert r.returncode == 0, r.stderr
    assert "('刘静', 'PERSON')" in r.stdout and "('六盘水市总工会', 'ORG')" in r.stdout


def test_record_inputs_are_read_robustly(tmp_path: Path):
    from unionie.integrations.records_io import RecordError, iter_records

    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"doc_id": "a", "text": "甲"}, {"x": 1}]), encoding="utf-8")
    got = list(iter_records([tmp_path / "bad.json", tmp_path / "list.json", tmp_path / "missing.json",
                             ROOT / "data" / "annotated" / ANNOTATED[0].name]))
    kinds = [isinstance(item, RecordError) for _, item in got]
    assert kinds == [True, False, True, True, False]
    assert got[-1][1]["doc_id"] == ANNOTATED[0].stem
    assert "no doc_id" in str(got[2][1]) and "list.json[1]" in str(got[2][1])
