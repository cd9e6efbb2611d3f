"""Punctuation: a full-width view of an article punctuated with ASCII marks.

Input: the article's text (after the simplified view and without pinyin glosses, when those
apply). Output: ``fullwidth_view(text)``, the same text with the ASCII marks that punctuate
Chinese prose (``,`` ``;`` ``:`` ``!`` ``.`` ``(`` ``)`` ``"``) replaced by their full-width
forms, one character for one (so every offset found in the view is an offset into the text), or
None when there is nothing to replace. Scraped and reposted pages often write 县总工会,慰问 or
(记者 王某) where the outlet wrote ，and （）; the rules, lexicons and models read Chinese
punctuation, so such a page is analysed through the view and recorded as written (``ScriptMap``
maps strings built from the view back). A mark stays ASCII where it belongs to figures or Latin
text: 1,200 and 3.5 and 10:30 (digits on both sides), www.example.cn, (APP) set off from the
Chinese text by spaces. ``?`` is left alone: in scraped pages it is mostly a character the
page could not encode (工人日?报), not a question mark.

The view is for the rules, lexicons and jieba. The statistical models (LAC and the neural head)
read the marks as written (``Document.model_text``): on published pages, which mostly carry ASCII
commas, their spans were better that way (real-news core F1 0.9342 against 0.9315 with the models
on the view; on 120 stored pages the view changed 18 records, mostly model spans lost, such as a
company's short name after a comma), although on the team-written articles turned to ASCII marks
the models did better on the view (``benchmarks/robustness.py``).
"""

from __future__ import annotations

from unionie.core.chars import is_han

_SIMPLE = {",": "，", ";": "；", ":": "：", "!": "！"}
_OPENING = "“‘（《「『【〔"  # a mark after one of these opens a Chinese run …
_CLOSING = "”’）》」』】〕，。、；：！？"  # … a mark before one of these follows one
_MARKS = frozenset(_OPENING + _CLOSING)
_QUOTE_OPENS_AFTER = " \u3000\t（《「『【：“"  # a " after one of these (or at a line start) opens


def _chinese(ch: str) -> bool:
    """A character of Chinese text: a Han character or Chinese punctuation."""
    return is_han(ch) or ch in _MARKS


def _mark(text: str, out: list[str], i: int, open_parens: int, quote_open: bool) -> str | None:
    """The full-width form of the ASCII mark at ``i``, or None when it stays as written (``out``:
    the view so far, so that a mark after a converted one sees it: 服务."→服务。”)."""
    c = text[i]
    prev = out[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if c in _SIMPLE:
        if prev.isdigit() and nxt.isdigit():
            return None  # 1,200; 10:30
        return _SIMPLE[c] if _chinese(prev) or _chinese(nxt) or (prev.isdigit() and is_han(nxt)) else None
    if c == ".":  # a full stop after Chinese text (not after a figure: 1.加强…), before more text
        if prev == "%" or prev == "％":  # 达到98.6%.在…
            return "。" if _chinese(nxt) or nxt in ("", "\n") else None
        return "。" if _chinese(prev) and (nxt in ("", "\n", " ", "\u3000", '"', ")") or _chinese(nxt)
                                         or nxt.isdigit()) else None  # 持续高温.7月10日
    if c == "(":
        return "（" if _chinese(prev) or _chinese(nxt) else None
    if c == ")":
        return "）" if open_parens > 0 or _chinese(prev) or _chinese(nxt) else None
    if c == '"':
        if not (_chinese(prev) or _chinese(nxt)):
            return None
        if prev == "" or prev == "\n" or prev in _QUOTE_OPENS_AFTER:
            return "“"
        if nxt in ("", "\n") or nxt in "，。；：、！？）》 ":
            return "”"
        return "”" if quote_open else "“"
    return None


def _pairing(mark: str, open_parens: int, quote_open: bool) -> tuple[int, bool]:
    """The open brackets and the open quote after the full-width ``mark`` (written or converted)."""
    if mark == "（":
        return open_parens + 1, quote_open
    if mark == "）":
        return max(0, open_parens - 1), quote_open
    if mark in "“”":
        return open_parens, mark == "“"
    return open_parens, quote_open


def fullwidth_view(text: str) -> str | None:
    """``text`` with the ASCII marks of its Chinese prose in full width (same length), else None."""
    if not any(c in text for c in ',;:!.()"'):
        return None
    out = list(text)
    changed = 0
    open_parens = 0
    quote_open = False
    for i, c in enumerate(text):
        if c == "\n":
            open_parens, quote_open = 0, False  # marks pair within a line
            continue
        mark = _mark(text, out, i, open_parens, quote_open) if c in ',;:!.()"' else None
        if mark is not None:
            out[i] = mark
            changed += 1
        open_parens, quote_open = _pairing(mark or c, open_parens, quote_open)
    return "".join(out) if changed else None
