"""Script: a simplified-character view of an article written in traditional characters.

Input: the article's text. Output: ``simplified_view(text)``, the same text converted by
OpenCC's ``t2s`` character for character (same length, so every offset found in the view is an
offset into the original), or None when the text is not in traditional characters; and
``ScriptMap``, which turns strings built from the view (canonical names, fact objects, meta)
back into the script the article is written in. The statistical models and the lexicons are
simplified-Chinese, so a traditional page is analysed through the view and recorded as written.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from unionie.core.chars import HAN_EXT

_HAN = re.compile(f"[{HAN_EXT}]")
MIN_CHANGED = 3  # characters that must differ between text and view …
MIN_SHARE = 0.02  # … and their share of the Han characters, for a text to count as traditional


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


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

    def __init__(self, original: str, view: str) -> None:
        votes: dict[str, Counter[str]] = {}
        for a, b in zip(original, view, strict=True):
            if a != b:
                votes.setdefault(b, Counter())[a] += 1
        self._table = str.maketrans({b: c.most_common(1)[0][0] for b, c in votes.items()})

    def __call__(self, s: str | None) -> str | None:
        return None if s is None else s.translate(self._table)
