"""The HTML view, checked by parsing the pages it writes (and by a headless-Chromium screenshot)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import struct
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from unionie.cli import app
from unionie.integrations.view import render_page

HAS_SPACY = importlib.util.find_spec("spacy") is not None
ANNOTATED = sorted((ROOT / "data" / "annotated").glob("*.json"))
ARTICLE = "苏州市总工会开展送温暖活动\n\n苏州市总工会主席王明带队慰问困难职工三百余户，发放慰问金120万元。\n"


class Page(HTMLParser):
    """Collects the marks (text, label), the rows of each table by class, links and URLs."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self.tables: dict[str, list[list[str]]] = {}
        self.links: list[str] = []
        self.tags: list[str] = []
        self.urls: list[str] = []
        self._mark: list[str] | None = None
        self._label: list[str] | None = None
        self._table: str | None = None
        self._cell: list[str] | None = None
        self._in_body = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.urls += [v for k, v in attrs if k in ("src", "href") and v and "://" in v]
        if tag == "mark":
            self._mark, self._label = [], None
        elif tag == "span" and self._mark is not None:
            self._label = []
        elif tag == "table":
            self._table = a.get("class")
            self.tables[self._table] = []
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._in_body:
            self._cell = []
        elif tag == "a":
            self.links.append(a.get("href", ""))

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append(("".join(self._mark).strip(), "".join(self._label or []).strip()))
            self._mark = self._label = None
        elif tag == "tbody":
            self._in_body = False
        elif tag in ("td", "th") and self._cell is not None:
            self.tables[self._table][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._label is not None:
            self._label.append(data)
        elif self._mark is not None:
            self._mark.append(data)
        if self._cell is not None:
            self._cell.append(data)


def expected_marks(record: dict) -> list[tuple[str, str]]:
    ms = sorted((m["start"], m["end"], e["type"]) for e in record["entities"] for m in e["mentions"])
    return [(record["text"][s:e], t) for s, e, t in ms]


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed(seed_paths) -> dict:
    return load(seed_paths[1])


@pytest.mark.parametrize("renderer", ["builtin", pytest.param("displacy", marks=pytest.mark.skipif(
    not HAS_SPACY, reason="spaCy is not installed"))])
def test_reference_article_page(seed, renderer):
    html = render_page(seed, renderer=renderer)
    page = Page(html)
    assert page.marks == expected_marks(seed)              # every mention, highlighted, with its type
    assert {label for _, label in page.marks} == {"PERSON", "ORG", "PLACE", "INITIATIVE", "DOCUMENT",
                                                 "EVENT", "DATE", "POSITION"}
    facts = page.tables["facts"]
    assert len(facts) == len(seed["facts"])
    f4 = next(r for r in facts if r[0] == "F4")            # 投入帮扶资金2000多万元
    assert f4[1:6] == ["2000多万元", "20,000,000", "元", "more_than", "帮扶资金"]
    subject = next(e["name"] for e in seed["entities"] if e["id"] == seed["facts"][3]["subject"])
    assert f4[6] == subject and f4[7] == "投入"
    names = {e["id"]: e["name"] for e in seed["entities"]}
    assert page.tables["relations"] == [[r["type"], names[r["head"]], names[r["tail"]], r.get("position") or ""]
                                        for r in seed["relations"]]
    meta = dict(page.tables["meta"])
    assert meta["title"] == seed["meta"]["title"] and meta["authors"] == "蹇蛟、李献波"
    assert len(page.tables["entities"]) == len(seed["entities"])
    assert page.urls == [] and "url(" not in html and "@import" not in html and "<script" not in html
    assert '<meta charset="utf-8">' in html and "<style>" in html


@pytest.mark.skipif(not HAS_SPACY, reason="spaCy is not installed")
def test_builtin_renderer_matches_displacy():
    from unionie.integrations.view import builtin_render, displacy_render, flat_mentions

    for path in ANNOTATED[:10]:
        rec = load(path)
        ents, left_out = flat_mentions(rec)
        assert left_out == 0
        a, b = Page(builtin_render(rec["text"], ents)), Page(displacy_render(rec["text"], ents))
        assert a.marks == b.marks == expected_marks(rec)
        assert a.tags.count("br") == b.tags.count("br") == rec["text"].count("\n")


def test_text_is_escaped_and_overlaps_are_reported():
    text = '<script>alert("x")</script>王明&苏州市总工会<b>主席</b>'
    s = text.index("王明")
    rec = {"doc_id": 'x"><img src=x>', "text": text, "meta": {"title": "<i>标题</i> & 'q'"},
           "entities": [
               {"id": "E1", "type": "PERSON", "name": "王明", "mentions": [{"start": s, "end": s + 2, "text": "王明"}]},
               {"id": "E2", "type": "ORG", "name": "苏州市总工会&", "mentions": [
                   {"start": s + 3, "end": s + 9, "text": "苏州市总工会"}]},
               {"id": "E3", "type": "PLACE", "name": "苏州", "mentions": [{"start": s + 3, "end": s + 5, "text": "苏州"}]},
               {"id": "E4", "type": "POSITION", "name": "主席", "mentions": [{"start": s + 12, "end": s + 14, "text": "主席"}]},
           ],
           "facts": [], "relations": [{"type": "HOLDS_POSITION", "head": "E1", "tail": "E2", "position": "<主席>"}]}
    html = render_page(rec, renderer="builtin")
    page = Page(html)
    assert "script" not in page.tags and "img" not in page.tags and "b" not in page.tags and "i" not in page.tags
    assert page.marks == [("王明", "PERSON"), ("苏州市总工会", "ORG"), ("主席", "POSITION")]
    assert "1 mention(s) not highlighted" in html          # 苏州 inside 苏州市总工会
    assert page.tables["relations"] == [["HOLDS_POSITION", "王明", "苏州市总工会&", "<主席>"]]
    assert "&lt;script&gt;" in html and "&lt;i&gt;标题&lt;/i&gt;" in html


def test_cli_view_of_a_text_runs_the_pipeline(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "a.html"
    r = CliRunner().invoke(app, ["view", str(src), "-o", str(out), "--ner", "lac"])
    assert r.exit_code == 0, r.stderr
    page = Page(out.read_text(encoding="utf-8"))
    assert ("苏州市总工会", "ORG") in page.marks and ("王明", "PERSON") in page.marks
    assert [row[2:4] for row in page.tables["facts"]] == [["300", "户"], ["1,200,000", "元"]]
    r = CliRunner().invoke(app, ["view", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert r.exit_code == 2 and "no such file" in r.stderr


def test_cli_view_of_a_batch_folder_writes_an_index(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    records = [load(p) for p in ANNOTATED[:6]]
    records[1]["doc_id"] = "weird/../名字 <x>"                 # unsafe as a file name
    records[2]["doc_id"] = records[0]["doc_id"]                # duplicate id: its own page
    no_text = dict(records[5])
    no_text.pop("text")
    lines = [json.dumps(r, ensure_ascii=False) for r in [*records[:5], no_text]]
    (batch / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "site"
    r = CliRunner().invoke(app, ["view", str(batch), "-o", str(out)])
    assert r.exit_code == 1 and "records.jsonl:6" in r.stderr      # the record without text
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    assert len(index.tables["index"]) == 5 and len(index.links) == 5
    pages = [out / unquote(href) for href in index.links]
    assert all(p.is_file() and p.parent == out for p in pages) and len(set(pages)) == 5
    for rec, path in zip(records[:5], pages, strict=True):
        page = Page(path.read_text(encoding="utf-8"))
        assert page.marks == expected_marks(rec)
        assert len(page.tables.get("facts", [])) == len(rec["facts"])
        assert page.links == ["index.html"]


def test_view_works_without_spacy_and_displacy_says_which_extra(tmp_path, seed_paths):
    code = ("import sys; sys.modules['spacy'] = None\nfrom unionie.cli import app\n"
            f"app(['view', {str(seed_paths[1])!r}, '-o', {str(tmp_path / 'p.html')!r}] + sys.argv[1:])")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert Page((tmp_path / "p.html").read_text(encoding="utf-8")).marks == expected_marks(load(seed_paths[1]))
    r = subprocess.run([sys.executable, "-c", code, "--renderer", "displacy"], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 1 and r.stderr.strip().count("\n") == 0 and "[spacy]" in r.stderr


def _chromium() -> str | None:
    return next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)


@pytest.mark.skipif(_chromium() is None, reason="no headless Chromium on this machine")
def test_screenshot_with_headless_chromium(tmp_path, seed):
    page = tmp_path / "seed.html"
    page.write_text(render_page(seed), encoding="utf-8")
    png = tmp_path / "seed.png"
    r = subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--window-size=1280,1600", f"--screenshot={png}", page.as_uri()],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1280, 1600)
    assert len(data) > 50_000                                 # a rendered page, not a blank image
