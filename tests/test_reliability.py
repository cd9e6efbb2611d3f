"""Issue 10's cases: every input gives a correct record or a one-line error, never a traceback
and never a quietly worse record."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import unionie
from unionie.record import Record

ROOT = Path(__file__).resolve().parents[1]
A01 = ROOT / "data" / "raw" / "a01-quanzong-dagongjiang.txt"
CLI = [sys.executable, "-m", "unionie.cli"]


def run_cli(*args: str, stdin: bytes | None = None, stdout=None, cwd: Path | None = None):
    return subprocess.run([*CLI, *args], input=stdin, stdout=stdout or subprocess.PIPE,
                          stderr=subprocess.PIPE, cwd=cwd, timeout=120)


def no_traceback(proc) -> None:
    assert b"Traceback" not in proc.stderr, proc.stderr.decode()


# --- install: data and models ship with the package --------------------------------------------


def test_gazetteer_is_package_data_and_needs_no_cache(tmp_path, monkeypatch):
    import importlib.util

    from unionie.entities import gazetteer as places

    assert importlib.util.find_spec("jionlp") is None or True  # not needed either way
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    places._rows.cache_clear()
    places.gazetteer.cache_clear()
    g = places.gazetteer()
    assert g.lookup("六盘水")[0].name == "六盘水市"
    assert g.lookup("钟山区")[0].city == "六盘水市"
    assert not any(tmp_path.iterdir())  # nothing was cached on the side


def test_missing_gazetteer_is_an_error_not_an_empty_list(monkeypatch):
    from unionie.entities import gazetteer as places

    monkeypatch.setattr(places, "DIVISIONS_FILE", "no-such-table.tsv.gz")
    places._rows.cache_clear()
    try:
        with pytest.raises(places.GazetteerMissing, match="no-such-table"):
            places._rows()
    finally:
        monkeypatch.undo()
        places._rows.cache_clear()
        places.gazetteer.cache_clear()


def test_model_ships_in_the_package_and_the_record_says_what_produced_it(pipeline):
    from unionie.ner.crf import model_dir

    model = model_dir() / "ner-head.onnx"
    assert model.is_file() and Path(unionie.__file__).parent in model.parents
    record = pipeline.extract("市总工会发展会员120名。")
    produced = record.meta.produced_by
    assert produced is not None and produced.ner == "neural" and produced.unionie == unionie.__version__
    assert produced.model_sha256 == hashlib.sha256(model.read_bytes()).hexdigest()


def test_missing_or_broken_model_is_an_error_never_a_fallback(tmp_path):
    from unionie.ner import BackendUnavailable
    from unionie.pipeline import Pipeline

    with pytest.raises(BackendUnavailable, match="none.onnx"):
        Pipeline(model_path=str(tmp_path / "none.onnx"))
    broken = tmp_path / "ner-head.onnx"
    broken.write_bytes(b"not a model")
    (tmp_path / "ner-head.onnx.json").write_text("{}", encoding="utf-8")
    with pytest.raises(BackendUnavailable, match="unreadable"):
        Pipeline(model_path=str(broken))
    env = {**os.environ, "UNIONIE_MODEL_DIR": str(tmp_path / "empty")}
    proc = subprocess.run([*CLI, "extract", str(A01)], capture_output=True, env=env, timeout=120)
    assert proc.returncode == 1 and proc.stdout == b""
    assert b"ner-head.onnx" in proc.stderr and b"not found" in proc.stderr
    no_traceback(proc)


# --- reader: noise never ends the body ------------------------------------------------------------

ARTICLE = ("某市总工会开展送温暖活动\n2024-01-20 09:00 来源：某市工会\n\n"
           "　　1月18日，某市总工会党组书记、主席王立新带队走访困难职工家庭。\n"
           "{noise}"
           "　　此次活动共慰问困难职工320户，发放慰问金96万元。\n"
           "　　市总工会副主席刘红梅说，将持续做好帮扶工作。\n")


@pytest.mark.parametrize("noise", [
    "相关阅读：\n某区工会举办职工运动会\n某县工会开展技能培训\n",
    "责任编辑：张三\n",
    "分享到：微信 微博\n",
    "王伟 摄\n",
    "版权所有 某市总工会 ICP备12345678号\n地址：某路1号\n",
])
def test_noise_in_mid_article_does_not_end_the_body(noise, pipeline):
    record = pipeline.extract(ARTICLE.format(noise=noise))
    assert {f.text for f in record.facts} == {"320户", "96万元"}
    names = {e.name for e in record.entities}
    assert {"王立新", "刘红梅"} <= names
    for line in noise.splitlines():  # nothing in the noise is annotated
        start = record.text.index(line)
        assert not any(start <= m.start < start + len(line) for e in record.entities for m in e.mentions)


def test_concatenated_articles_are_read_to_the_end(pipeline):
    from unionie.text.reader import make_document

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("[a-d]0*.txt"))]
    doc = make_document("\n".join(texts))
    covered = sum(r.end - r.start for r in doc.regions)
    assert doc.regions[-1].end > len(doc.text) * 0.95
    assert covered > 0.7 * len(doc.text)


# --- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "text", "value", "value_max"), [
    ("投入资金三点五亿元。", "三点五亿元", 350_000_000, None),
    ("发展会员一点二万名。", "一点二万名", 12_000, None),
    ("新增会员零点五万名。", "零点五万名", 5_000, None),
    ("发放补贴5至3万元。", "5至3万元", 5, 30_000),
    ("每人补助3000至5000元。", "3000至5000元", 3_000, 5_000),
    ("职工流失率增长-5%。", "-5%", -5, None),
    ("新增会员两万名。", "两万名", 20_000, None),
])
def test_numbers(sentence, text, value, value_max, pipeline):
    facts = pipeline.extract("某市总工会\n" + sentence).facts
    assert [(f.text, f.value, f.value_max) for f in facts] == [(text, value, value_max)]


def test_huge_figures_are_dropped_with_a_warning_and_json_stays_valid(pipeline):
    record = pipeline.extract("某市总工会\n共有" + "9" * 305 + "万名会员，另有职工120名。")
    assert [f.text for f in record.facts] == ["120名"]
    assert any("out of range" in w for w in record.warnings)
    json.loads(record.to_json())
    assert "Infinity" not in record.to_json() and "NaN" not in record.to_json()


def test_records_refuse_nan_and_infinity():
    fact = {"id": "F1", "start": 0, "end": 1, "text": "x", "value": float("inf"), "unit": "名"}
    with pytest.raises(ValueError):
        Record.model_validate({"doc_id": "d", "facts": [fact]})


def test_lone_surrogate_is_replaced_with_a_warning(pipeline):
    record = pipeline.extract("某市总工会\n工会\ud800主席刘静发展会员100名。")
    assert "\ud800" not in record.text and record.text[8] == "\ufffd"
    assert any("surrogate" in w for w in record.warnings)
    record.to_json().encode("utf-8")


# --- command line -------------------------------------------------------------------------------


def test_write_errors_are_one_line_and_the_other_files_go_on(tmp_path):
    b = tmp_path / "b.txt"
    b.write_text(A01.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    (out / "a01-quanzong-dagongjiang.json").mkdir(parents=True)  # the target cannot be written
    proc = run_cli("extract", str(A01), str(b), "-o", str(out), "-q")
    assert proc.returncode == 1
    assert b"cannot write" in proc.stderr and len(proc.stderr.decode().splitlines()) == 2
    assert Record.model_validate_json((out / "b.json").read_text(encoding="utf-8")).entities
    no_traceback(proc)
    proc = run_cli("extract", str(A01), "-o", str(A01 / "sub"))
    assert proc.returncode == 2 and b"-o" in proc.stderr
    no_traceback(proc)


def test_full_disk_on_stdout_is_an_error_per_file():
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        proc = run_cli("extract", str(A01), str(A01.with_name("a02-zhejiang-laomo.txt")), "-q",
                       stdout=full)
    assert proc.returncode == 1 and proc.stderr.count(b"cannot write standard output") == 2
    no_traceback(proc)


def test_equal_stems_are_refused_before_any_work(tmp_path):
    other = tmp_path / A01.name
    other.write_text("某市总工会\n会员120名。", encoding="utf-8")
    proc = run_cli("extract", str(A01), str(other), "-o", str(tmp_path / "out"))
    assert proc.returncode == 2 and b"both be written" in proc.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_stdin_and_devices():
    proc = run_cli("extract", "-", stdin="某市总工会\n市总工会发展会员120名。".encode())
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["facts"][0]["value"] == 120
    proc = run_cli("extract", "/dev/zero")
    assert proc.returncode == 1 and b"not a regular file" in proc.stderr
    no_traceback(proc)


def test_one_bad_byte_is_replaced_not_a_rejection(tmp_path):
    data = A01.read_bytes()
    p = tmp_path / "bad.txt"
    p.write_bytes(data[:200] + b"\xff" + data[200:])
    cut = tmp_path / "cut.txt"
    cut.write_bytes(data[: len(data) // 2 + 1])  # cut in the middle of a character, most likely
    proc = run_cli("extract", str(p), str(cut), "-q")
    assert proc.returncode == 0
    first = json.loads(proc.stdout.splitlines()[0])
    assert first["entities"] and any("byte 200" in w for w in first["warnings"])
    assert b"undecodable" in proc.stderr


# --- HTML and traditional characters --------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_某工会网</title>
<style>.nav{{color:red}}</style><script>var x = "脚本里的文字";</script></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">工会要闻</a></div>
<div class="article"><h1>{title}</h1>{paras}</div>
<div class="footer">版权所有 某市总工会 ICP备12345678号</div></body></html>"""


def test_html_page_goes_through_the_main_text_extractor(pipeline, tmp_path):
    lines = [x.strip() for x in A01.read_text(encoding="utf-8").splitlines() if x.strip()]
    page = PAGE.format(title=lines[0], paras="".join(f"<p>{x}</p>" for x in lines[2:]))
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    record, warnings = pipeline.extract_file(p)
    assert record.meta.title == lines[0]
    assert "<" not in record.text and "脚本" not in record.text
    names = " ".join(e.name for e in record.entities)
    assert "style" not in names and "script" not in names
    plain, _ = pipeline.extract_file(A01)
    assert len(record.facts) >= len(plain.facts) - 1
    assert any("HTML" in w for w in warnings)


def test_traditional_article_extracts_as_well_as_simplified(pipeline, tmp_path):
    import opencc

    simplified = A01.read_text(encoding="utf-8")
    trad = opencc.OpenCC("s2t").convert(simplified)
    p = tmp_path / "trad.txt"
    p.write_bytes(trad.encode("big5", errors="replace"))
    record, _ = pipeline.extract_file(p)
    plain, _ = pipeline.extract_file(A01)
    assert record.text == p.read_bytes().decode("big5")  # recorded as written
    for e in record.entities:
        for m in e.mentions:
            assert record.text[m.start : m.end] == m.text
    assert len(record.facts) >= 0.9 * len(plain.facts)
    assert len(record.relations) >= 0.8 * len(plain.relations)
    assert record.meta.authors == [opencc.OpenCC("s2t").convert(a) for a in plain.meta.authors]
    assert any(ch in "會組織" for e in record.entities for ch in e.name)  # names as written



def _layers(record):
    """What a record says, by offsets: mentions, facts and relations (names left aside)."""
    first = {e.id: min(m.start for m in e.mentions) for e in record.entities}
    return ({(e.type, m.start, m.end) for e in record.entities for m in e.mentions},
            {(f.start, f.end, f.value, f.unit, f.approx, first.get(f.subject)) for f in record.facts},
            {(r.type, first[r.head], first[r.tail]) for r in record.relations})


def test_the_same_article_typed_otherwise_says_the_same(pipeline):
    """Traditional characters (also in Hong Kong's forms), ASCII spaces for paragraph indents and
    single line breaks between paragraphs (same length) change none of the mentions, facts or
    relations."""
    import opencc

    text = A01.read_text(encoding="utf-8")
    base = _layers(pipeline.extract(text, doc_id="a"))
    trad, hong_kong = (opencc.OpenCC(c).convert(text) for c in ("s2t", "s2hk"))  # 環衛 / 環衞
    assert len(trad) == len(hong_kong) == len(text) and trad != hong_kong
    for typed in (trad, hong_kong, text.replace("\u3000", " "), text.replace("\n\n", "\n ")):
        assert _layers(pipeline.extract(typed, doc_id="a")) == base

# --- evaluate -----------------------------------------------------------------------------------


def test_evaluate_reports_text_mismatch_invalid_gold_and_bad_offsets(tmp_path):
    gold = json.loads((ROOT / "data" / "annotated" / "a01-quanzong-dagongjiang.json").read_text(encoding="utf-8"))
    gdir, pdir = tmp_path / "gold", tmp_path / "pred"
    gdir.mkdir()
    pdir.mkdir()
    (gdir / "a01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    crlf = dict(gold, text=gold["text"].replace("\n", "\r\n"), entities=[], facts=[], relations=[])
    (pdir / "a01-quanzong-dagongjiang.json").write_text(json.dumps(crlf, ensure_ascii=False), encoding="utf-8")
    proc = run_cli("evaluate", str(gdir), "--pred", str(pdir))
    assert proc.returncode == 1 and b"text differs" in proc.stderr
    no_traceback(proc)

    (gdir / "broken.json").write_text('{"doc_id": "x", "entities": [', encoding="utf-8")
    shifted = json.loads(json.dumps(gold))
    shifted["entities"][0]["mentions"][0]["start"] += 1
    (gdir / "shifted.json").write_text(json.dumps(shifted, ensure_ascii=False), encoding="utf-8")
    (pdir / "a01-quanzong-dagongjiang.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    proc = run_cli("evaluate", str(gdir), "--pred", str(pdir))
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert "broken.json: not a valid record" in err and "line 1" in err or "EOF" in err
    assert "shifted.json" in err and "does not match text" in err
    assert "documents: 1" in proc.stdout.decode()


# --- library -------------------------------------------------------------------------------------


def test_library_checks_types_before_loading_models():
    code = ("import unionie, sys\n"
            "for bad in (None, 42, 3.5):\n"
            "    try:\n        unionie.extract(bad)\n"
            "    except TypeError as e:\n        print(type(bad).__name__ in str(e))\n"
            "try:\n    unionie.extract('市总工会', doc_id=7)\n"
            "except TypeError as e:\n    print('int' in str(e))\n"
            "print(unionie._default is None, 'unionie.pipeline' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.split() == ["True"] * 4 + ["True", "False"], proc.stderr


def test_library_takes_bytes_and_exports_its_errors():
    record = unionie.extract("某市总工会\n发展会员120名。".encode("gb18030"))
    assert record.facts[0].value == 120
    assert issubclass(unionie.InputError, Exception)
    with pytest.raises(unionie.InputError):
        unionie.extract("only ascii")
    assert unionie.BackendUnavailable.__name__ == "BackendUnavailable"
