"""Reading: bytes to text, and the article's layout (metadata versus annotatable regions).

Input: a file path, bytes or a string. Output: a ``Document`` with ``text`` (decoded exactly as
read; offsets refer to it), ``meta`` (title, published, source, authors, editor) and ``regions``
(the title and body spans that later stages annotate). Datelines, source lines, bylines, editor
lines and footers become metadata and are left out of the regions.
"""

from __future__ import annotations

import re
from pathlib import Path

from .document import Document, Region

MAX_BYTES = 50 * 1024 * 1024


class InputError(Exception):
    """Input that cannot be turned into a document; the message is one line for the user."""


_HAN = re.compile(r"[\u3400-\u9fff]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode UTF-8, GB18030/GBK or Big5 bytes. Returns (text, encoding name)."""
    if not data:
        raise InputError("empty file")
    if b"\x00" in data[:65536]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str, str]] = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), enc, text))
    if not candidates:
        raise InputError("not valid UTF-8, GB18030/GBK or Big5 text (binary file?)")
    candidates.sort(reverse=True)
    _, enc, text = candidates[0]
    return text, enc


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


def read_file(path: str | Path) -> tuple[Document, list[str]]:
    """Read and decode a file into a Document. Raises InputError with a one-line reason."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file")
    if p.is_dir():
        raise InputError("is a directory, not a file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"file too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    text, enc = decode_bytes(data)
    warnings = []
    if enc != "utf-8":
        warnings.append(f"decoded as {enc.upper()} (not UTF-8)")
    doc = make_document(text, doc_id=p.stem)
    doc.warnings.extend(warnings)
    return doc, warnings


def make_document(text: str, doc_id: str = "doc") -> Document:
    """Build a Document from text: checks it, finds metadata and the annotatable regions."""
    if not text.strip():
        raise InputError("empty text")
    if not _HAN.search(text):
        raise InputError("no Chinese text found")
    doc = Document(text=text, doc_id=doc_id)
    parse_layout(doc)
    return doc


# --- layout -------------------------------------------------------------------------------

_DATE_TIME = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
_SOURCE = re.compile(r"(?:来源|来自|稿源|出处)\s*[:：]\s*(?P<src>[^\s|丨｜]+)")
_AUTHOR_FIELD = re.compile(r"(?:作者|记者|通讯员|撰稿)\s*[:：]\s*(?P<who>[^|丨｜\n]+?)(?=\s{2,}|\s*(?:来源|编辑|发布|$))")
_HEADER_HINT = re.compile(
    r"(来源\s*[:：]|发布时间|发布日期|时间\s*[:：]|分享到|字号|浏览[量次]|阅读[量数]|作者\s*[:：]|打印|"
    r"^\s*(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2})"
)
_FOOTER_START = re.compile(
    r"^\s*(?:[【\[（(]?\s*(?:责任编辑|责编|编辑|审核|校对|终审|编审|发布时间|发布日期)\s*[:：]|相关新闻|相关阅读|相关链接|"
    r"延伸阅读|推荐阅读|版权所有|版权声明|Copyright|©|.*ICP\s*[备证]?\s*\d|分享到|扫一扫|"
    r"(?:本文)?来源\s*[:：])",
    re.IGNORECASE,
)
_EDITOR = re.compile(r"(?:责任编辑|责编|编辑)\s*[:：]\s*(?P<ed>[^\s\]】）)|丨｜]+)")
# role words that may be glued to the name after them (记者张三); the single-character roles (文, 图,
# 摄) count only as whole tokens, since they also occur inside names (罗文, 郜文斌)
_GLUED_ROLES = r"本报记者|特约记者|见习记者|实习记者|记者|通讯员|实习生|摄影"
_ROLE = rf"(?:{_GLUED_ROLES}|摄|文/图|文\s*/\s*图|图/文|文|图)"
_ROLE_RE = re.compile(_ROLE)
_ROLE_PREFIX = re.compile(rf"^(?:{_GLUED_ROLES})")
_OUTLET_ROLE = re.compile(r"^\S{2,12}?(?:记者|通讯员)$")  # 重庆日报记者, 新华社记者: an outlet, not a name
_BYLINE_END = re.compile(r"[（(]\s*(?P<inner>[^（）()\n]{1,60}?)\s*[)）]\s*$")
_BYLINE_START = re.compile(
    r"^\s*(?P<lead>本报讯|本报[^\s，。（(]{0,10}电|[^\s，。（(]{2,10}讯|新华社[^\s，。（(]{0,16}电)?\s*"
    r"[（(]\s*(?P<inner>[^（）()\n]{1,60}?)\s*[)）]"
)
_BYLINE_START_BARE = re.compile(r"^\s*(?P<lead>本报讯|[^\s，。（(]{2,10}讯)\s*")
_BYLINE_LINE = re.compile(
    rf"^\s*[□■●◆▲★]?\s*(?P<open>[（(])?\s*(?:{_ROLE}\s*[:：]?\s*[\u4e00-\u9fff·]{{2,4}}(?:\s+|、|，|(?=[)）])|$))+"
    r"\s*(?(open)[)）])\s*$")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")


def _byline_names(inner: str, role_implied: bool = False) -> list[str] | None:
    """Names in a byline such as '蹇蛟 记者 李献波' or '记者 张三 通讯员 李四'; None if not a byline."""
    tokens = [p for p in re.split(r"[\s、，,/:：□■●◆▲★()（）]+", inner) if p]
    has_role = role_implied
    parts = []
    for tok in tokens:
        if _ROLE_RE.fullmatch(tok) or _OUTLET_ROLE.match(tok):
            has_role = True
            continue
        m = _ROLE_PREFIX.match(tok)
        if m:
            has_role = True
            tok = tok[m.end() :]
        parts.append(tok)
    if not parts or not all(_NAME.match(p) for p in parts):
        return None
    if not has_role and len(parts) < 2:
        return None
    return parts


def _iso(m: re.Match[str]) -> str:
    out = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
    if m["H"]:
        out += f"T{int(m['H']):02d}:{m['M']}"
        if m["S"]:
            out += f":{m['S']}"
    return out


def parse_layout(doc: Document) -> None:
    """Fill ``doc.meta`` and ``doc.regions`` from the text's lines."""
    text = doc.text
    lines: list[tuple[int, int]] = []  # (start, end) of each line without its newline
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.rstrip("\r\n")
        lines.append((pos, pos + len(stripped)))
        pos += len(raw)
    meta: dict = {"title": None, "published": None, "source": None, "authors": [], "editor": None}
    nonblank = [i for i, (s, e) in enumerate(lines) if text[s:e].strip()]
    if not nonblank:
        doc.meta = meta
        return

    # title: the first non-blank line, when it looks like a headline (short, no sentence end)
    first = nonblank[0]
    s, e = lines[first]
    first_text = text[s:e]
    body_from = 0
    if len(first_text.strip()) <= 60 and not _HEADER_HINT.search(first_text):
        ls = s + len(first_text) - len(first_text.lstrip())
        le = s + len(first_text.rstrip())
        meta["title"] = text[ls:le]
        doc.regions.append(Region(ls, le, "title"))
        body_from = nonblank.index(first) + 1

    # header lines: dateline / source / author lines right after the title
    k = body_from
    while k < len(nonblank) and k < body_from + 4:
        s, e = lines[nonblank[k]]
        line = text[s:e]
        header = (bool(_HEADER_HINT.search(line)) and len(line.strip()) <= 120) or (
            bool(_DATE_TIME.search(line)) and len(line.strip()) <= 40 and "。" not in line)
        byl = _BYLINE_LINE.match(line)
        if not (header or byl):
            break
        _collect_header(line, meta)
        if byl:
            meta["authors"].extend(_byline_names(line) or [])
        k += 1
    body_lines = nonblank[k:]

    # footer: from the first footer-looking line to the end
    footer_at = len(body_lines)
    for j, li in enumerate(body_lines):
        s, e = lines[li]
        if _FOOTER_START.match(text[s:e]):
            footer_at = j
            break
    for li in body_lines[footer_at:]:
        s, e = lines[li]
        line = text[s:e]
        # a footer's date is the publication date only when it says so (发布时间：…)
        _collect_header(line, meta, published=bool(_PUBLISHED_LABEL.search(line)))
    body_lines = body_lines[:footer_at]
    # a byline-only line at the end of the body
    while body_lines:
        s, e = lines[body_lines[-1]]
        if _BYLINE_LINE.match(text[s:e]):
            meta["authors"].extend(_byline_names(text[s:e]) or [])
            body_lines = body_lines[:-1]
        else:
            break

    for n, li in enumerate(body_lines):
        s, e = lines[li]
        line = text[s:e]
        cut_start, cut_end = s, e
        if n == 0:
            m = _BYLINE_START.match(line)
            names = _byline_names(m["inner"]) if m else None
            if m and names:
                meta["authors"].extend(names)
                cut_start = s + m.end()
            else:
                m2 = _BYLINE_START_BARE.match(line)
                if m2 and m2["lead"]:
                    cut_start = s + m2.end()
        m = _BYLINE_END.search(line)
        if m and n == len(body_lines) - 1:
            names = _byline_names(m["inner"])
            if names:
                meta["authors"].extend(names)
                cut_end = s + m.start()
        seg = text[cut_start:cut_end]
        ls = cut_start + len(seg) - len(seg.lstrip())
        le = cut_start + len(seg.rstrip())
        if le > ls:
            doc.regions.append(Region(ls, le, "body"))
    # keep authors unique, in order
    seen: set[str] = set()
    meta["authors"] = [a for a in meta["authors"] if not (a in seen or seen.add(a))]
    doc.meta = meta


_SITE_DATE = re.compile(r"^\s*(?P<src>[^\s:：]{2,12})[\s\u3000]+(?:19|20)\d{2}[-年/.]")
_DATE_SITE = re.compile(r"^\s*(?:19|20)\d{2}[-年/.][\d\s:：年月日/.-]*?[\s\u3000]+(?P<src>[^\s:：\d]{2,12})(?=\s|$)")
_PUBLISHED_LABEL = re.compile(r"发布(?:时间|日期)\s*[:：]")


def _collect_header(line: str, meta: dict, published: bool = True) -> None:
    if published and not meta.get("published"):
        m = _DATE_TIME.search(line)
        if m:
            meta["published"] = _iso(m)
    m = _SITE_DATE.match(line) or _DATE_SITE.match(line)
    if m and not meta.get("source") and not _SOURCE.search(line):
        meta["source"] = m["src"]  # 洛阳网　2023-09-14 10:05, or 2023-04-28 09:02　中工网
    m = _EDITOR.search(line)
    if m and not meta.get("editor"):
        meta["editor"] = m["ed"]  # 来源：南通日报　责任编辑：曹丽
    m = _SOURCE.search(line)
    if m and not meta.get("source"):
        meta["source"] = m["src"]
    m = _AUTHOR_FIELD.search(line)
    if m:
        names = _byline_names(m["who"], role_implied=True)
        if names:
            meta["authors"].extend(names)
