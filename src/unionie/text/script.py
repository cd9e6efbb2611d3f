"""Script: a simplified-character view of an article written in traditional characters.

Input: the article's text. Output: ``simplified_view(text)``, the same text converted by
OpenCC's ``t2s`` character for character (same length, so every offset found in the view is an
offset into the original), or None when the text is not in traditional characters; and
``ScriptMap``, which turns strings built from the view (canonical names, fact objects, meta)
back into the script the article is written in. The statistical models and the lexicons are
simplified-Chinese, so a traditional page is analysed through the view and recorded as written.
``without_glosses(text)`` removes the pinyin glosses some sites print after characters
(總工會(huì)), which break every name they fall in; it returns the shorter text and, for each of
its characters and its end, the offset in the text as written, so spans map back whole
(鶴山區(qū): the gloss after a name's last character stays inside its span).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np

from unionie.core.chars import HAN_EXT, PINYIN_GLOSS

_HAN = re.compile(f"[{HAN_EXT}]")
MIN_CHANGED = 3  # characters that must differ between text and view …
MIN_SHARE = 0.02  # … and their share of the Han characters, for a text to count as traditional
_GLOSS = re.compile(rf"(?<=[{HAN_EXT}]){PINYIN_GLOSS}")
MIN_GLOSSES = 3  # fewer: parentheses of the article's own, left alone


def without_glosses(text: str) -> tuple[str, list[int]] | None:
    """``text`` without its pinyin glosses and the offset in ``text`` of each character kept (plus
    ``len(text)`` at the end), or None when it has fewer than ``MIN_GLOSSES``."""
    spans = [m.span() for m in _GLOSS.finditer(text)]
    if len(spans) < MIN_GLOSSES:
        return None
    kept: list[int] = []
    pieces: list[str] = []
    pos = 0
    for a, b in [*spans, (len(text), len(text))]:
        pieces.append(text[pos:a])
        kept.extend(range(pos, a))
        pos = b
    kept.append(len(text))
    return "".join(pieces), kept


@lru_cache(maxsize=1)
def _converter():
    """OpenCC's ``hk2s``: ``t2s`` after Hong Kong's character forms are read as the standard ones
    (環衞 as 環衛, 米麪 as 米麵); on pages in standard traditional characters it gives what ``t2s``
    gives (the same view on every stored page and every team article turned traditional)."""
    import opencc

    return opencc.OpenCC("hk2s")


def simplified_view(text: str) -> str | None:
    """The simplified view of a traditional-character text (same length), else None."""
    han = len(_HAN.findall(text))
    if not han:
        return None
    conv = _converter()
    view = conv.convert(text)
    if len(view) != len(text):  # a phrase rule changed the length: convert one character at a time
        view = "".join(c if len(c2 := conv.convert(c)) != 1 else c2 for c in text)
    changed = sum(1 for a, b in zip(text, view, strict=True) if a != b)
    if changed < MIN_CHANGED or changed / han < MIN_SHARE:
        return None
    return view


class ScriptMap:
    """Maps strings of the simplified view back to the article's own characters."""

    def __init__(self, original: str, view: str, offsets: list[int] | None = None) -> None:
        """``offsets``: where each character of ``view`` stands in ``original`` (None: the same place).
        Each character of the view maps to the one the article writes most often in its places (the
        first of equals); only characters written otherwise somewhere are counted, found at once by
        comparing the two texts as arrays (a page with ASCII commas differs at its commas alone)."""
        at = original if offsets is None else "".join(original[o] for o in offsets[:-1])
        if len(at) != len(view):
            raise ValueError("the view and the text as written differ in length")
        codes = np.frombuffer(view.encode("utf-32-le"), dtype=np.uint32)
        differ = np.unique(codes[np.frombuffer(at.encode("utf-32-le"), dtype=np.uint32) != codes])
        written: dict[str, str] = {}
        for code in differ.tolist():
            votes = Counter(at[i] for i in np.flatnonzero(codes == code).tolist())
            written[chr(code)] = votes.most_common(1)[0][0]
        self._table = str.maketrans({b: a for b, a in written.items() if a != b})
        self._seen = frozenset(map(ord, set(view)))  # characters the article writes (范 kept as 范)
        # read through a simplified view (not only a full-width view of ASCII punctuation)
        self._traditional = any(a != b and _HAN.match(a) for b, a in written.items())

    def __call__(self, s: str | None) -> str | None:
        """``s`` in the article's script: its own characters where the article has them; in a
        traditional article the others converted too (中华 of a canonical 中华全国总工会 the article
        never writes), so that no name mixes the two scripts."""
        if s is None:
            return None
        mapped = s.translate(self._table)
        if not self._traditional:
            return mapped
        conv = _to_traditional().convert(s)
        if len(conv) != len(s):
            return mapped
        return "".join(m if ord(c) in self._seen else t for c, m, t in zip(s, mapped, conv, strict=True))


@lru_cache(maxsize=1)
def _to_traditional():
    import opencc

    return opencc.OpenCC("s2t")
