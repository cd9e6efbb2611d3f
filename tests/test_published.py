"""A publication date given from outside the text (``published=``, ``extract --published``,
``batch --published-field``): parsed strictly, made ``meta.published``, used to resolve the
article's dates, a conflicting dateline named in a warning, a bad value refused or set aside."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from unionie.errors import InputError
from unionie.text.reader import given_published

# a brief without any year: the dates can only be resolved from a date given from outside
BRIEF = ("本报讯（记者 周岚）7月3日，宁远县总工会为一线职工送去防暑降温物品。\n"
         "今年4月，宁远县总工会启动职工医疗互助活动，已有1200余名职工参加。")


@pytest.mark.parametrize("given, iso", [
    ("2025-07-15", "2025-07-15"), ("2025/7/5", "2025-07-05"), ("2025.07.15", "2025-07-15"),
    ("2025年7月15日", "2025-07-15"), (" 2025-07-15T08:30 ", "2025-07-15T08:30"),
    ("2025-07-15 08:30:05+08:00", "2025-07-15T08:30:05"), ("2025-07-15T08:30:05.123Z", "2025-07-15T08:30:05"),
])
def test_given_dates_in_common_forms_become_iso(given, iso):
    assert given_published(given) == iso


@pytest.mark.parametrize("bad", ["2025-02-30", "15/07/2025", "2025-07", "昨天", "2025-07-15T25:00", "2025-7/15", ""])
def test_anything_else_is_an_input_error(bad):
    with pytest.raises(InputError, match="not a date"):
        given_published(bad)


def _dates(rec) -> dict[str, object]:
    return {e.name: e.normalized.model_dump() if e.normalized else None for e in rec.entities if e.type == "DATE"}


def test_given_date_resolves_dates_written_without_a_year(pipeline):
    alone = pipeline.extract(BRIEF, doc_id="b")
    assert alone.meta.published is None and all(v is None for v in _dates(alone).values())
    rec = pipeline.extract(BRIEF, doc_id="b", published="2025-07-15")
    assert rec.meta.published == "2025-07-15"
    dates = _dates(rec)
    assert dates["7月3日"] == {"start": "2025-07-03", "end": "2025-07-03"}
    assert dates["今年4月"] == {"start": "2025-04", "end": "2025-04"}
    assert not any("published" in w for w in rec.warnings)
    # everything else is the record of the same text
    assert [(e.type, e.name) for e in rec.entities] == [(e.type, e.name) for e in alone.entities]


def test_a_different_dateline_is_named_in_a_warning(pipeline):
    text = "宁远县总工会开展送清凉活动\n2025-07-14 10:20 来源：宁远工会\n" + BRIEF
    own = pipeline.extract(text, doc_id="c")
    assert own.meta.published.startswith("2025-07-14")
    rec = pipeline.extract(text, doc_id="c", published="2025-07-15")
    assert rec.meta.published == "2025-07-15"
    assert any("2025-07-15" in w and "2025-07-14" in w for w in rec.warnings)
    same = pipeline.extract(text, doc_id="c", published="2025-07-14")
    assert not any(w.startswith("published") for w in same.warnings)


def test_library_checks_the_date_before_any_work():
    import unionie

    with pytest.raises(InputError):
        unionie.extract(BRIEF, published="July 15")


def run(*args):
    return subprocess.run([sys.executable, "-m", "unionie.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=600)


def test_cli_extract_published(tmp_path):
    f = tmp_path / "brief.txt"
    f.write_text(BRIEF, encoding="utf-8")
    r = run("extract", f, "--published", "2025/7/15")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["meta"]["published"] == "2025-07-15"
    assert {"start": "2025-07-03", "end": "2025-07-03"} in [e.get("normalized") for e in rec["entities"]]
    bad = run("extract", f, "--published", "2025-13-01")
    assert bad.returncode == 2 and bad.stdout == "" and "usage error: --published" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_batch_reads_each_rows_date_and_sets_a_bad_one_aside(tmp_path):
    pytest.importorskip("pandas")
    pytest.importorskip("tqdm")
    rows = [{"id": "a", "text": BRIEF, "date": "2025-07-15"},
            {"id": "b", "text": BRIEF, "date": "not a date"},
            {"id": "c", "text": BRIEF}]
    src = tmp_path / "rows.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = run("batch", src, "-o", out, "--published-field", "date", "-q")
    assert r.returncode == 0, r.stderr
    recs = {x["doc_id"]: x for x in map(json.loads, (out / "records.jsonl").read_text(encoding="utf-8").splitlines())}
    assert [recs[k]["meta"]["published"] for k in "abc"] == ["2025-07-15", None, None]
    warnings = [json.loads(x) for x in (out / "warnings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [w["id"] for w in warnings if "published field left aside" in w["warning"]] == ["b"]
    import pandas as pd

    pd.DataFrame(rows[:1]).to_csv(tmp_path / "rows.csv", index=False)
    r = run("batch", tmp_path / "rows.csv", "-o", tmp_path / "out2", "--published-field", "date", "-q")
    assert r.returncode == 0, r.stderr
    rec = json.loads((tmp_path / "out2" / "records.jsonl").read_text(encoding="utf-8"))
    assert rec["meta"]["published"] == "2025-07-15"
    # a folder made without the field is not resumed with it: the records would differ
    r = run("batch", src, "-o", out, "-q")
    assert r.returncode == 2 and "other options" in r.stderr


def test_lead_year_is_read_from_the_lead_not_from_a_label_line(pipeline):
    """No publication date: the year the lead gives stands in for it, and the lead is the first
    paragraph of the body, also when a page label line (正文) stands between title and lead."""
    text = ("区总工会慰问组走访困难职工\n\n\n正文\n\n"
            "寒冬时节，1月19日上午，区总工会副主席赵平带队开展2022年春节送温暖活动，走访困难职工12户。")
    rec = pipeline.extract(text, doc_id="lead")
    assert rec.meta.published is None
    date = next(e for e in rec.entities if e.type == "DATE" and e.name.startswith("1月19日"))
    assert date.normalized.model_dump() == {"start": "2022-01-19", "end": "2022-01-19"}


@pytest.mark.parametrize("sentence, period", [
    ("车间工会从2月20日开始赶制慰问包，花3天时间装好慰问包1200个。", ("2016-02-20", "2016-02-22")),
    ("2月20日起，为期十天的职工技能比武在车间举行，共有120名职工参赛。", ("2016-02-20", "2016-02-29")),
    ("2月20日，车间工会赶制慰问包，当天装好慰问包1200个。", ("2016-02-20", "2016-02-20")),
])
def test_a_day_that_opens_a_span_of_days_dates_the_figures_after_it(pipeline, sentence, period):
    rec = pipeline.extract(f"车务段工会开展送温暖活动\n2016年2月26日\n{sentence}\n", doc_id="span")
    fact = next(f for f in rec.facts if f.unit != "天")
    assert (fact.time.start, fact.time.end) == period
