"""The HTML view: one unionie record → one self-contained page people can read.

Input: a record dict (the JSON form of ``Record``, with ``text``), or for ``write_view`` a path:
a record ``.json``, a plain article text (the pipeline is run on it), or a batch output folder
holding ``records.jsonl`` (or a folder of ``*.json`` records, or a ``.jsonl`` file). Output: HTML.
A page shows the article with every entity mention highlighted by type (eight colours), the
record's meta, and tables of facts (value, unit, approx, object, subject name, predicate, time),
relations (type, head name, tail name, position) and entities. Several records give a folder with
``index.html`` linking one page per record. Pages are single files: inline CSS, no scripts, no
external URLs; every piece of text is HTML-escaped.

The article is rendered by displaCy (``spacy.displacy.render(..., style="ent", manual=True)``)
when spaCy is installed; without spaCy a built-in renderer writes the same markup (``<mark
class="entity">`` with the label inside), so the view never needs the ``[spacy]`` extra;
``renderer="displacy"`` insists on displaCy and fails with a one-line message when it is missing.
Mentions are flat in unionie records; should two overlap, the longer is highlighted and the page
says how many were not.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from unionie.core.types import EntityType as T

from .records_io import RecordError, check_record, is_record_file, iter_records

TYPES = tuple(T)
COLORS = {
    T.PERSON: "#aa9cfc", T.ORG: "#7aecec", T.PLACE: "#feca74", T.INITIATIVE: "#bfeeb7",
    T.DOCUMENT: "#ffeb80", T.EVENT: "#ff9561", T.DATE: "#bfe1d9", T.POSITION: "#e4e7d2",
}
DEFAULT_COLOR = "#dddddd"

# the markup of displaCy's entity renderer (spacy/displacy/templates.py), for the built-in renderer
_ENT = (
    '\n<mark class="entity" style="background: {bg}; padding: 0.45em 0.6em; margin: 0 0.25em; '
    'line-height: 1; border-radius: 0.35em;">\n    {text}\n    <span style="font-size: 0.8em; '
    "font-weight: bold; line-height: 1; border-radius: 0.35em; vertical-align: middle; "
    'margin-left: 0.5rem">{label}</span>\n</mark>\n'
)
_ENTS = '\n<div class="entities" style="line-height: 2.5; direction: ltr">{content}</div>\n'

CSS = """
body{font-family:-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:0;padding:1.5rem 2rem;color:#222;background:#fafafa;font-size:15px}
h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
.sub{color:#666;margin:0 0 1rem}.legend span{display:inline-block;padding:.15em .6em;margin:0 .4em .4em 0;
border-radius:.35em;font-size:.85em}
.layout{display:grid;grid-template-columns:minmax(0,1.3fr) minmax(0,1fr);gap:2rem;align-items:start}
mark.entity{-webkit-box-decoration-break:clone;box-decoration-break:clone}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
.article{background:#fff;padding:1rem 1.5rem;border:1px solid #ddd;border-radius:.4rem}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9em}
th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.note{color:#a60;font-size:.9em}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def flat_mentions(data: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
    """All valid mentions as ``{start, end, label}``, non-overlapping (longer first); and how many
    were left out because they overlapped or their offsets did not match the text."""
    text = data.get("text") or ""
    cands = [
        (m["start"], m["end"], e["type"])
        for e in data.get("entities", [])
        for m in e.get("mentions", [])
        if 0 <= m["start"] < m["end"] <= len(text) and text[m["start"]:m["end"]] == m.get("text")
    ]
    total = sum(len(e.get("mentions", [])) for e in data.get("entities", []))
    kept: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for s, e, t in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):
        if not taken.intersection(range(s, e)):
            kept.append((s, e, t))
            taken.update(range(s, e))
    ents = [{"start": s, "end": e, "label": t} for s, e, t in sorted(kept)]
    return ents, total - len(ents)


def builtin_render(text: str, ents: list[dict[str, Any]]) -> str:
    """displaCy's ``ent`` markup without spaCy: escaped text, ``<br>`` for newlines, marks."""
    def plain(fragment: str) -> str:
        return "<br>".join(_e(part) for part in fragment.split("\n"))

    out, offset = [], 0
    for ent in ents:
        out.append(plain(text[offset:ent["start"]]))
        color = COLORS.get(ent["label"], DEFAULT_COLOR)
        out.append(_ENT.format(bg=color, text=_e(text[ent["start"]:ent["end"]]), label=_e(ent["label"])))
        offset = ent["end"]
    out.append(plain(text[offset:]))
    return _ENTS.format(content="".join(out))


def displacy_render(text: str, ents: list[dict[str, Any]]) -> str:
    """The same markup from spaCy's displaCy (raises ``SpacyMissing`` without spaCy)."""
    from . import require_spacy

    require_spacy()
    from spacy import displacy

    return displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True,
                           page=False, jupyter=False, options={"ents": list(TYPES), "colors": COLORS})


def get_renderer(name: str = "auto") -> Callable[[str, list[dict[str, Any]]], str]:
    """``auto``: displaCy when spaCy is installed, else built-in; ``displacy``; ``builtin``."""
    if name == "builtin":
        return builtin_render
    if name == "displacy":
        from . import require_spacy

        require_spacy()
        return displacy_render
    if name != "auto":
        raise ValueError(f"unknown renderer {name!r} (auto, displacy or builtin)")
    try:
        import spacy.displacy  # noqa: F401
    except ImportError:
        return builtin_render
    return displacy_render


def _number(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return f"{int(x):,}"
    return f"{x:,}" if isinstance(x, int | float) else _e(x)


def _period(value: Any) -> str:
    if isinstance(value, dict):
        start, end = value.get("start"), value.get("end")
        return _e(start if start == end else f"{start} – {end}")
    return _e(value)


def _table(cls: str, headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f'<p class="{cls} empty">{_e(empty)}</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _td(value: Any, cls: str = "") -> str:
    return f'<td class="{cls}">{value}</td>' if cls else f"<td>{value}</td>"


def facts_table(data: dict[str, Any], names: dict[str, str]) -> str:
    rows = []
    for f in data.get("facts", []):
        value = _number(f.get("value"))
        if f.get("value_max") is not None:
            value += " – " + _number(f["value_max"])
        subject = f.get("subject")
        rows.append([
            _td(_e(f.get("id"))), _td(_e(f.get("text"))), _td(value, "num"), _td(_e(f.get("unit"))),
            _td(_e(f.get("approx"))), _td(_e(f.get("object"))),
            _td(_e(names.get(subject, subject)) if subject else ""), _td(_e(f.get("predicate"))),
            _td(_period(f.get("time"))),
        ])
    return _table("facts", ["id", "text", "value", "unit", "approx", "object", "subject", "predicate",
                            "time"], rows, "No facts.")


def relations_table(data: dict[str, Any], names: dict[str, str]) -> str:
    rows = [
        [_td(_e(r.get("type"))), _td(_e(names.get(r.get("head"), r.get("head")))),
         _td(_e(names.get(r.get("tail"), r.get("tail")))), _td(_e(r.get("position")))]
        for r in data.get("relations", [])
    ]
    return _table("relations", ["type", "head", "tail", "position"], rows, "No relations.")


def entities_table(data: dict[str, Any]) -> str:
    rows = []
    for ent in data.get("entities", []):
        norm = ent.get("normalized")
        norm_text = " ".join(f"{k}={v}" for k, v in norm.items() if v) if isinstance(norm, dict) else ""
        rows.append([_td(_e(ent.get("id"))), _td(_e(ent.get("type"))), _td(_e(ent.get("name"))),
                     _td(str(len(ent.get("mentions", []))), "num"), _td(_e(norm_text or ent.get("kind")))])
    return _table("entities", ["id", "type", "name", "mentions", "normalized"], rows, "No entities.")


def meta_table(data: dict[str, Any]) -> str:
    meta = dict(data.get("meta") or {})
    items = {"doc_id": data.get("doc_id"), "schema_version": data.get("schema_version"), **meta}
    rows = []
    for key, value in items.items():
        if isinstance(value, list):
            value = "、".join(map(str, value))
        elif isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        rows.append([f"<th>{_e(key)}</th>", _td(_e(value))])
    return _table("meta", ["field", "value"], rows, "No meta.")


def _legend(data: dict[str, Any]) -> str:
    counts = {t: 0 for t in TYPES}
    for ent in data.get("entities", []):
        counts[ent["type"]] = counts.get(ent["type"], 0) + len(ent.get("mentions", []))
    return "".join(
        f'<span style="background: {COLORS.get(t, DEFAULT_COLOR)}">{_e(t)} {n}</span>'
        for t, n in counts.items()
    )


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def render_page(data: dict[str, Any], renderer: str = "auto", index_href: str | None = None) -> str:
    """One record (with text) → a complete, self-contained HTML page."""
    check_record(data)
    names = {e["id"]: e.get("name", e["id"]) for e in data.get("entities", []) if "id" in e}
    ents, left_out = flat_mentions(data)
    article = get_renderer(renderer)(data["text"], ents)
    title = (data.get("meta") or {}).get("title") or data["doc_id"]
    note = (f'<p class="note">{left_out} mention(s) not highlighted (overlapping or offsets not '
            f"matching the text).</p>" if left_out else "")
    back = f'<p><a href="{_e(index_href)}">← index</a></p>' if index_href else ""
    body = (
        f"{back}<h1>{_e(title)}</h1>\n<p class=\"sub\">{_e(data['doc_id'])} · "
        f"{len(data.get('entities', []))} entities · {len(data.get('facts', []))} facts · "
        f"{len(data.get('relations', []))} relations</p>\n<div class=\"legend\">{_legend(data)}</div>\n"
        f'<div class="layout">\n<section class="article">{note}{article}</section>\n<aside>\n'
        f"<h2>Facts</h2>\n{facts_table(data, names)}\n<h2>Relations</h2>\n{relations_table(data, names)}\n"
        f"<h2>Meta</h2>\n{meta_table(data)}\n<h2>Entities</h2>\n{entities_table(data)}\n</aside>\n</div>"
    )
    return _page(str(title), body)


def render_index(entries: list[tuple[str, dict[str, Any]]], errors: list[str]) -> str:
    """``(href, record)`` pairs → the index page (one row per record, links to their pages)."""
    rows = []
    for href, data in entries:
        meta = data.get("meta") or {}
        rows.append([
            _td(f'<a href="{_e(quote(href))}">{_e(data["doc_id"])}</a>'), _td(_e(meta.get("title"))),
            _td(_e(meta.get("published"))), _td(_e(meta.get("source"))),
            *(_td(str(len(data.get(k, []))), "num") for k in ("entities", "facts", "relations")),
        ])
    table = _table("index", ["doc_id", "title", "published", "source", "entities", "facts",
                             "relations"], rows, "No records.")
    errs = "".join(f"<li>{_e(e)}</li>" for e in errors)
    body = (f"<h1>unionie records</h1>\n<p class=\"sub\">{len(entries)} record(s)</p>\n{table}\n"
            + (f'<h2>Not shown</h2>\n<ul class="errors">{errs}</ul>' if errs else ""))
    return _page("unionie records", body)


def page_name(doc_id: str, used: set[str]) -> str:
    """A safe, unique file name for a record's page (letters, digits, CJK, ``._-`` kept)."""
    stem = re.sub(r"[^\w.-]+", "_", doc_id).strip("._")[:100] or "doc"
    name, n = f"{stem}.html", 1
    while name.lower() in used or name.lower() == "index.html":
        n += 1
        name = f"{stem}-{n}.html"
    used.add(name.lower())
    return name


@dataclass
class ViewResult:
    """What ``write_view`` wrote, the records it could not show, and reader warnings."""

    written: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def write_index(records: Iterable[tuple[str, dict[str, Any] | RecordError]], out_dir: Path,
                renderer: str = "auto") -> ViewResult:
    """Several records → ``out_dir/index.html`` plus one page per record (records without text
    are listed on the index as not shown)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    result, used, entries = ViewResult(), set(), []
    for label, item in records:
        try:
            if isinstance(item, RecordError):
                raise item
            page = render_page(item, renderer, index_href="index.html")
        except RecordError as exc:
            result.errors.append(str(exc) if str(exc).startswith(label) else f"{label}: {exc}")
            continue
        name = page_name(item["doc_id"], used)
        (out_dir / name).write_text(page, encoding="utf-8")
        entries.append((name, item))
        result.written.append(out_dir / name)
    index = out_dir / "index.html"
    index.write_text(render_index(entries, result.errors), encoding="utf-8")
    result.written.append(index)
    return result


def write_view(source: Path, output: Path, renderer: str = "auto",
               pipeline: Callable[[], Any] | None = None) -> ViewResult:
    """``unionie view``: a record, an article text or a batch folder → HTML under ``output``.

    One record or text: ``output`` is the page (or a folder to put ``<doc_id>.html`` in); several
    records (a folder, ``.jsonl``, a JSON list): ``output`` is a folder with ``index.html``.
    ``pipeline`` builds the ``Pipeline`` for a text input (default: ``Pipeline()``); a text that
    cannot be read raises ``unionie.text.reader.InputError``, a record without text ``RecordError``.
    """
    get_renderer(renderer)  # fail before any work when the asked-for renderer is missing
    if source.is_dir() or source.suffix == ".jsonl":
        return write_index(iter_records([source]), output, renderer)
    result = ViewResult()
    if is_record_file(source):
        items = list(iter_records([source]))
        if len(items) != 1:
            return write_index(items, output, renderer)
        item = items[0][1]
        if isinstance(item, RecordError):
            raise item
        data = item
    else:
        if pipeline is None:
            from ..pipeline import Pipeline

            pipeline = Pipeline
        record, result.warnings = pipeline().extract_file(source)
        data = record.model_dump(mode="json")
    if output.is_dir():
        output = output / page_name(data["doc_id"], set())
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_page(data, renderer), encoding="utf-8")
    result.written.append(output)
    return result
