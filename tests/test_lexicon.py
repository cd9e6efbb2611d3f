"""User lexicons (--lexicon, Pipeline(lexicon=…)): entries found as entities that win overlaps,
with source lexicon:user, their kind/place/division and canonical names in the record, user titles
in title chains, user measure words in facts, and one-line errors for bad files."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_doc

from unionie.entities.lexicon import UserLexicon, parse
from unionie.errors import InputError, LexiconError

ROOT = Path(__file__).resolve().parents[1]
LEXICON = """\
# test lexicon: invented names around the fictional city 澄岭 (written for these tests)
surface\ttype\tkind\tplace\tcanonical
澄岭市\tPLACE\t\t360781
澄岭\tPLACE\t\t360781\t澄岭市
澄岭市总工会\tORG\tunion\t360781
澄岭总工会\tORG\tunion\t360781\t澄岭市总工会
云杉精密机械有限公司\tORG\tenterprise\t360781

首席联络官\tPOSITION
澄岭暖心驿站\tINITIATIVE
罐\tUNIT\t罐\t\tcount
"""


@pytest.fixture(scope="module")
def lexicon_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("lex") / "user.tsv"
    path.write_text(LEXICON, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def lex_pipeline(lexicon_file):
    from unionie.pipeline import Pipeline

    return Pipeline(lexicon=lexicon_file)


def _entity(record, name):
    return next(e for e in record.entities if e.name == name)


def test_org_entry_wins_over_an_overlapping_model_mention(lex_pipeline):
    text = "澄岭市云杉精密机械有限公司今年新增工会会员120名。"
    doc = run_doc(text, lex_pipeline)
    model = [m for m in doc.spans["model"] if m.type == "ORG" and m.start < text.index("有限公司")]
    entry = next(m for m in doc.mentions if m.text == "云杉精密机械有限公司")
    assert entry.source == "lexicon:user" and entry.type == "ORG"
    assert any(m.start < entry.end and entry.start < m.end and (m.start, m.end) != (entry.start, entry.end)
               for m in model), "the model should propose an overlapping, longer ORG here"
    assert not any(m.source == "neural" and m.start < entry.end and entry.start < m.end for m in doc.mentions)
    record = lex_pipeline.extract(text)
    org = _entity(record, "云杉精密机械有限公司")
    assert org.kind == "enterprise" and org.normalized.place == "360781"
    assert [m.source for m in org.mentions] == ["lexicon:user"]


def test_place_code_and_canonical_join_two_surfaces(lex_pipeline):
    record = lex_pipeline.extract("澄岭是一座山城。澄岭市总工会和澄岭总工会是一个单位，澄岭市职工点赞。")
    places = [e for e in record.entities if e.type == "PLACE"]
    assert [(p.name, [m.text for m in p.mentions]) for p in places] == [("澄岭市", ["澄岭", "澄岭市"])]
    norm = places[0].normalized
    assert (norm.province, norm.city, norm.county, norm.code) == ("江西省", "赣州市", "瑞金市", "360781")
    orgs = [e for e in record.entities if e.type == "ORG"]
    assert [(o.name, [m.text for m in o.mentions]) for o in orgs] == [("澄岭市总工会", ["澄岭市总工会", "澄岭总工会"])]
    assert orgs[0].kind == "union" and orgs[0].normalized.place == "360781"
    assert all(m.source == "lexicon:user" for e in places + orgs for m in e.mentions)


def test_user_position_makes_a_title_chain(lex_pipeline, pipeline):
    text = "澄岭市总工会首席联络官王晓东出席会议。"
    rels = [(r.type, r.position) for r in pipeline.extract(text).relations]
    assert ("HOLDS_POSITION", "首席联络官") not in rels  # not a title without the lexicon
    record = lex_pipeline.extract(text)
    ids = {e.id: e.name for e in record.entities}
    held = [(ids[r.head], r.position, ids[r.tail]) for r in record.relations if r.type == "HOLDS_POSITION"]
    assert held == [("王晓东", "首席联络官", "澄岭市总工会")]
    pos = next(e for e in record.entities if e.type == "POSITION")
    assert pos.mentions[0].source == "lexicon:user"


def test_user_position_without_a_holder_is_not_a_mention(lex_pipeline):
    record = lex_pipeline.extract("首席联络官制度在澄岭市推行，澄岭暖心驿站同步开放。")
    assert not [e for e in record.entities if e.type == "POSITION"]
    assert _entity(record, "澄岭暖心驿站").type == "INITIATIVE"


def test_user_unit_makes_a_fact(lex_pipeline, pipeline):
    text = "澄岭市总工会向职工发放爱心药品300罐。"
    assert not [f for f in pipeline.extract(text).facts if f.unit == "罐"]  # 罐 is not a shipped unit
    facts = lex_pipeline.extract(text).facts
    assert [(f.value, f.unit, f.object) for f in facts] == [(300.0, "罐", "爱心药品")]


def test_record_names_the_lexicon_and_stays_unchanged_without_one(lex_pipeline, pipeline, lexicon_file):
    produced = lex_pipeline.extract("澄岭市总工会开展活动。").meta.produced_by
    assert produced.lexicon_sha256 == hashlib.sha256(lexicon_file.read_bytes()).hexdigest()
    data = json.loads(pipeline.extract("澄岭市总工会开展活动。").to_json())
    assert "lexicon_sha256" not in data["meta"]["produced_by"]


def test_library_extract_builds_one_pipeline_per_lexicon(lexicon_file):
    import unionie

    record = unionie.extract("澄岭总工会开展活动。", lexicon=lexicon_file)
    assert [e.name for e in record.entities if e.type == "ORG"] == ["澄岭市总工会"]
    first = unionie._with_lexicon[str(lexicon_file.resolve())]
    unionie.extract("澄岭总工会开展活动。", lexicon=str(lexicon_file))
    assert unionie._with_lexicon[str(lexicon_file.resolve())] is first


@pytest.mark.parametrize(("line", "says"), [
    ("澄岭市\tCITY", "unknown type 'CITY'"),
    ("澄岭市总工会\tORG\tguild", "unknown ORG kind 'guild'"),
    ("澄岭市\tPLACE\t\t3607", "not a 6-digit division code"),
    ("澄岭市\tPLACE\t\t999999", "not a division of the gazetteer"),
    ("澄岭市", "expected 2 to 5 tab-separated columns"),
    ("澄岭市\tPLACE\t\t360781\t澄岭\textra", "found 6"),
    ("韩澄溪\tPERSON\tunion", "the kind column is for ORG and UNIT"),
    ("韩澄溪\tPERSON\t\t360781", "the place column is for ORG and PLACE"),
    ("罐\tUNIT\t罐\t\tvolume", "what it measures"),
    ("澄\tPLACE", "too short"),
    ("\tORG", "empty surface"),
    ("澄岭市总工会\tORG", "already an entry (line 3)"),
    ("surface\ttype", "unknown type 'type'"),  # a column-name row after the first entry
    ("市总工会\tORG\tparty\t\t澄岭市总工会", "on line 3"),  # one entity, two kinds
])
def test_malformed_lines_are_one_line_errors_with_the_line_number(tmp_path, line, says):
    path = tmp_path / "bad.tsv"
    path.write_text(f"# header\n\n澄岭市总工会\tORG\tunion\n{line}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        UserLexicon.load(path)
    msg = str(exc.value)
    assert msg.startswith(f"lexicon {path}, line 4: ") and says in msg and "\n" not in msg
    assert isinstance(exc.value, InputError)


def test_missing_and_undecodable_files(tmp_path):
    with pytest.raises(LexiconError, match="no such file"):
        UserLexicon.load(tmp_path / "none.tsv")
    (tmp_path / "gbk.tsv").write_bytes("澄岭市\tPLACE\n".encode("gb18030"))
    with pytest.raises(LexiconError, match="line 1: not UTF-8"):
        UserLexicon.load(tmp_path / "gbk.tsv")


def test_columns_map_onto_entries():
    entries = parse("\ufeff# c\nsurface\ttype\n罐装\tUNIT\t罐\n澄岭市总工会\tORG\t\t\t\n", "x")
    assert [(e.surface, e.type, e.kind, e.place, e.canonical, e.line) for e in entries] == [
        ("罐装", "UNIT", "罐", None, None, 3), ("澄岭市总工会", "ORG", None, None, None, 4)]
    lex = UserLexicon(entries)
    assert lex.units == {"罐装": {"unit": "罐", "kind": "count"}}


def test_shipped_example_loads():
    lex = UserLexicon.load(ROOT / "examples" / "user-lexicon.tsv")
    assert {e.type for e in lex.entries} >= {"ORG", "PLACE", "POSITION", "UNIT", "PERSON"}


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "unionie.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=600)


def test_cli_extract_with_a_lexicon(tmp_path, lexicon_file):
    article = tmp_path / "a.txt"
    article.write_text("澄岭总工会首席联络官王晓东向职工发放爱心药品300罐。\n", encoding="utf-8")
    r = _cli("extract", article, "--lexicon", lexicon_file)
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    org = next(e for e in rec["entities"] if e["type"] == "ORG")
    assert org["name"] == "澄岭市总工会" and org["mentions"][0]["source"] == "lexicon:user"
    assert any(f["unit"] == "罐" for f in rec["facts"])
    assert rec["meta"]["produced_by"]["lexicon_sha256"]


def test_cli_bad_lexicon_exits_2_with_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("澄岭市总工会开展活动。\n", encoding="utf-8")
    r = _cli("extract", article, "--lexicon", tmp_path / "missing.tsv")
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "missing.tsv: no such file" in r.stderr
    (tmp_path / "bad.tsv").write_text("澄岭市\tTOWN\n", encoding="utf-8")
    r = _cli("extract", article, "--lexicon", tmp_path / "bad.tsv")
    assert r.returncode == 2 and "bad.tsv, line 1: unknown type 'TOWN'" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_batch_with_a_lexicon_and_resume_with_another(tmp_path, lexicon_file):
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    pytest.importorskip("tqdm")
    docs = tmp_path / "in.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": "澄岭总工会向职工发放爱心药品300罐。"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    r = _cli("batch", docs, "-o", out, "--lexicon", lexicon_file, "-q")
    assert r.returncode == 0, r.stderr
    rec = json.loads((out / "records.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert any(m["source"] == "lexicon:user" for e in rec["entities"] for m in e["mentions"])
    assert any(f["unit"] == "罐" for f in rec["facts"])
    other = tmp_path / "other.tsv"
    other.write_text("澄岭市\tPLACE\n", encoding="utf-8")
    r = _cli("batch", docs, "-o", out, "--lexicon", other, "-q")
    assert r.returncode == 2 and "lexicon_sha256" in r.stderr
    r = _cli("batch", docs, "-o", tmp_path / "o2", "--lexicon", tmp_path / "none.tsv")
    assert r.returncode == 2 and "none.tsv: no such file" in r.stderr and len(r.stderr.strip().splitlines()) == 1
