"""Reading: bytes to text, HTML to its main text, and text to a ``Document``.

Input: a file path, ``-`` for standard input, bytes or a string. Output: a ``Document`` with
``text`` (decoded exactly as read; every offset refers to it), ``meta`` and ``regions`` from
``layout.parse_layout``, and ``warnings`` for anything the reader had to repair. Every input has
a size limit; undecodable bytes are replaced (with a warning giving their count and position),
never a reason to drop the file; an HTML page is reduced to its main text with trafilatura and
the record keeps that text; a page in traditional characters is analysed through a simplified
view of the same length (``script.py``) and recorded as written.
"""

from __future__ import annotations

import codecs
import re
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from unionie.core.chars import HAN_EXT
from unionie.core.document import Document, Region
from unionie.errors import InputError
from unionie.text.layout import parse_layout
from unionie.text.punctuation import fullwidth_view
from unionie.text.script import simplified_view, without_glosses

MAX_BYTES = 5 * 1024 * 1024  # a 5 MB article takes about 0.85 GB to analyse
MAX_REPLACED_SHARE = 0.05  # more undecodable bytes than this: not text
HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml", ".asp", ".aspx", ".php", ".jsp"})




_HAN = re.compile(f"[{HAN_EXT}]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)


# --- bytes -----------------------------------------------------------------------------------


def read_limited(fh: BinaryIO, limit: int = MAX_BYTES) -> bytes:
    """At most ``limit`` bytes; more is an InputError (works for pipes and devices too)."""
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"input too large (over {limit // (1024 * 1024)} MB, the limit per article)")
    return data


def read_bytes(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a file, or of standard input for ``-``; one-line InputErrors otherwise."""
    if str(path) == "-":
        return read_limited(sys.stdin.buffer, limit)
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        if re.match(r"(?:https?|ftp):/", str(path), re.IGNORECASE):  # a URL (a Path keeps one slash)
            raise InputError("a web address, not a file: unionie reads saved pages and text files "
                             "(save the page first, e.g. curl -o page.html ADDRESS)") from None
        raise InputError("no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a directory, not a file")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise InputError("not a regular file (a device or socket)")
    if stat.S_ISREG(st.st_mode) and st.st_size > limit:
        raise InputError(f"file too large ({st.st_size / (1024 * 1024):.1f} MB; the limit is "
                         f"{limit // (1024 * 1024)} MB)")
    try:
        with open(p, "rb") as fh:
            return read_limited(fh, limit)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes as UTF-8, GB18030/GBK or Big5: (text, encoding, warnings).

    Strict decoding first; when no codec decodes every byte, the codec with the fewest bad bytes
    is used and they are replaced with U+FFFD, with a warning giving their count and the first
    byte offset. Mostly undecodable data (or NUL bytes) is not text: an InputError.
    """
    if not data:
        raise InputError("empty file")
    if b"\x00" in data[:65536]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError:
        pass
    strict: list[tuple[float, str, str]] = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        strict.append((_plausibility(text), enc, text))
    if strict:
        _, enc, text = max(strict)
        return text, enc, [f"decoded as {enc.upper()} (not UTF-8)"]
    return _decode_lenient(data)


def _decode_lenient(data: bytes) -> tuple[str, str, list[str]]:
    best: tuple[int, float, str, str, int] | None = None
    for enc in ("utf-8", "gb18030", "big5"):
        bad, first = _bad_bytes(data, enc)
        text = data.decode(enc, errors="replace")
        key = (bad, -_plausibility(text))
        if best is None or key < (best[0], -best[1]):
            best = (bad, _plausibility(text), enc, text, first)
    assert best is not None
    bad, _, enc, text, first = best
    if bad > MAX_REPLACED_SHARE * len(data):
        raise InputError("not valid UTF-8, GB18030/GBK or Big5 text (binary file?)")
    warnings = [] if enc == "utf-8" else [f"decoded as {enc.upper()} (not UTF-8)"]
    warnings.append(f"{bad} undecodable byte(s) replaced with U+FFFD, the first at byte {first}")
    return text, enc, warnings


def _bad_bytes(data: bytes, enc: str) -> tuple[int, int]:
    """Count of undecodable bytes in ``data`` for ``enc`` and the offset of the first one."""
    spans: list[tuple[int, int]] = []

    def record(exc: UnicodeError) -> tuple[str, int]:
        assert isinstance(exc, UnicodeDecodeError)
        spans.append((exc.start, exc.end))
        return "\ufffd", exc.end

    codecs.register_error("unionie-count", record)
    data.decode(enc, errors="unionie-count")
    return sum(e - s for s, e in spans), (spans[0][0] if spans else -1)


def _plausibility(text: str) -> float:
    """Share of characters that are common CJK, ASCII or CJK punctuation.

    Text decoded with the wrong codec turns into rare ideographs, private-use and compatibility
    characters; the right codec mostly yields the common CJK block and punctuation.
    """
    sample = text[:20000]
    if not sample:
        return 0.0
    good = 0
    for ch in sample:
        o = ord(ch)
        if o < 0x80 or 0x4E00 <= o <= 0x9FA5 or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:
            good += 1
    return good / len(sample)


# --- HTML ------------------------------------------------------------------------------------


def looks_like_html(data: bytes | str, name: str = "") -> bool:
    """By extension, or by content (a document that opens with an HTML tag)."""
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return True
    head = data[:2048] if isinstance(data, bytes) else data[:2048].encode("utf-8", "replace")
    return bool(_HTML_START.match(head))


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text of an HTML page (title line first) and the page's date, via trafilatura."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError("HTML input needs trafilatura: pip install trafilatura") from None
    doc = trafilatura.bare_extraction(html, favor_recall=True, with_metadata=True,
                                      include_comments=False, include_tables=True)
    if doc is None:
        raise InputError("HTML page without any main text")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (data.get("text") or "").strip()
    title = (data.get("title") or "").strip()
    if not body:
        raise InputError("HTML page without any main text")
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    return text + "\n", data.get("date")


# --- documents -------------------------------------------------------------------------------


def check_input(text: object, doc_id: object) -> None:
    """Type checks that need no model: a TypeError naming the wrong type."""
    if not isinstance(text, str | bytes):
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    if not isinstance(doc_id, str):
        raise TypeError(f"doc_id must be str, not {type(doc_id).__name__}")


_GIVEN_DATE = re.compile(
    r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|(?P<cy>\d{4})年(?P<cm>\d{1,2})月(?P<cd>\d{1,2})日")


def given_published(value: str) -> str:
    """A publication date given from outside the text (an archive's metadata) as ISO 8601:
    ``2025-07-15``, ``2025/7/15``, ``2025.07.15``, ``2025年7月15日``, or a date-time
    (``2025-07-15T08:30``, ``2025-07-15 08:30:00+08:00``: the local date and time are kept, the
    offset dropped). Raises InputError (one line) for anything else or a day the calendar lacks."""
    import datetime

    m = _GIVEN_DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    if m is None:
        raise InputError(f"published date {value!r} is not a date (use YYYY-MM-DD, optionally with a time)")
    y, mo, d = (int(m[k] or m["c" + k]) for k in ("y", "m", "d"))
    try:
        datetime.date(y, mo, d)
        if m["H"]:
            datetime.time(int(m["H"]), int(m["M"]), int(m["S"] or 0))
    except ValueError as exc:
        raise InputError(f"published date {value!r} is not a date ({exc})") from None
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"]:
        out += f"T{int(m['H']):02d}:{m['M']}" + (f":{m['S']}" if m["S"] else "")
    return out


def set_published(doc: Document, date: str | None) -> None:
    """Make ``date`` (an ISO date as :func:`given_published` returns it) the document's publication
    date; a different date in the article's own dateline is named in a warning. None: nothing changes."""
    if date is None:
        return
    own = doc.meta.get("published")
    if own and own[:10] != date[:10]:
        doc.warnings.append(f"published: the given date {date} is used; the article's dateline reads {own}")
    doc.meta["published"] = date


def read_file(path: str | Path, doc_id: str | None = None) -> tuple[Document, list[str]]:
    """Read a file (``-``: standard input) into a Document. Raises InputError with a one-line
    reason; returns the document and the reader's warnings (also in ``doc.warnings``)."""
    data = read_bytes(path)
    text, _enc, warnings = decode(data)
    name = "stdin" if str(path) == "-" else Path(path).name
    return _document(text, doc_id or Path(name).stem, warnings, html=looks_like_html(data, name))


def read_bytes_as_document(data: bytes, doc_id: str = "doc") -> Document:
    """A Document from the bytes of an article (any supported encoding, text or HTML)."""
    if len(data) > MAX_BYTES:
        raise InputError(f"input too large (over {MAX_BYTES // (1024 * 1024)} MB, the limit per article)")
    text, _enc, warnings = decode(data)
    return _document(text, doc_id, warnings, html=looks_like_html(data))[0]


def make_document(text: str, doc_id: str = "doc") -> Document:
    """A Document from an article's text: checks it, finds metadata and the annotatable regions.
    HTML text is reduced to its main text; lone surrogates are replaced (with a warning)."""
    if len(text) > MAX_BYTES:
        raise InputError(f"input too large (over {MAX_BYTES // (1024 * 1024)} M characters, the limit per article)")
    return _document(text, doc_id, [], html=looks_like_html(text))[0]


def _document(text: str, doc_id: str, warnings: list[str], html: bool) -> tuple[Document, list[str]]:
    warnings = list(warnings)
    html_date = None
    if html:
        text, html_date = html_to_text(text)
        warnings.append("HTML page: the record's text is its main text, extracted with trafilatura")
    bad = _SURROGATE.search(text)
    if bad:
        count = len(_SURROGATE.findall(text))
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append(f"{count} lone surrogate(s) replaced with U+FFFD, the first at character {bad.start()}")
    if not text.strip():
        raise InputError("empty text")
    if not _HAN.search(text):
        raise InputError("no Chinese text found")
    view = simplified_view(text)
    analysed = view if view is not None else text
    stripped = without_glosses(analysed)
    analysed = stripped[0] if stripped else analysed
    marks = fullwidth_view(analysed)  # 县总工会,慰问: rules read 县总工会，慰问 (same length) …
    doc = Document(text=marks if marks is not None else analysed, doc_id=doc_id)
    if marks is not None:
        doc.model_text = analysed  # … the statistical models the marks as written
    if view is not None or stripped or marks is not None:
        doc.original_text = text
    if view is not None:
        warnings.append("traditional characters: analysed through a simplified view, recorded as written")
    if stripped:
        doc.original_offsets = stripped[1]
        warnings.append(f"{len(text) - len(stripped[0])} characters of pinyin glosses (會(huì)) left out of "
                        "the analysis; spans are given in the text as written")
    parse_layout(doc)
    if not doc.regions:  # every line read as page chrome: analyse them all rather than lose the article
        doc.regions = [Region(m.start(), m.end(), "body") for m in re.finditer(r"\S(?:[^\n]*\S)?", doc.text)]
        warnings.append("no article text told apart from page chrome: every line is analysed as body")
    if html_date and not doc.meta.get("published"):
        doc.meta["published"] = html_date
    doc.warnings.extend(warnings)
    return doc, warnings
