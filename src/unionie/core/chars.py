"""Character classes and punctuation sets, defined once.

Input: none. Output: regex class fragments and sets that the reader, layout, recognizers and
normalisers share, so that "a Chinese character" or "a clause break" means the same everywhere.
"""

from __future__ import annotations

HAN = "\u4e00-\u9fff"  # CJK unified ideographs: what names and words are made of
HAN_EXT = "\u3400-\u9fff"  # with extension A: for telling Chinese text from other text
CLAUSE_BREAKS = "，。；！？,;!?\n"  # where a clause ends
SENTENCE_ENDS = "。！？!?"


def is_han(ch: str) -> bool:
    """Whether one character is a CJK unified ideograph."""
    return "\u4e00" <= ch <= "\u9fff"
