"""Character classes and punctuation sets, defined once.

Input: none. Output: regex class fragments and sets that the reader, layout, recognizers and
normalisers share, so that "a Chinese character" or "a clause break" means the same everywhere.
"""

from __future__ import annotations

import re

HAN = "\u4e00-\u9fff"  # CJK unified ideographs: what names and words are made of
HAN_EXT = "\u3400-\u9fff"  # with extension A: for telling Chinese text from other text
SENTENCE_ENDS = "。！？!?"  # where a sentence ends
CLAUSE_BREAKS = "，。；！？,;!?\n"  # where a clause ends
PHRASE_BREAKS = CLAUSE_BREAKS + "：:"  # a clause end or a colon: what may precede a new subject
LIST_BREAKS = PHRASE_BREAKS + "、"  # any of those or an enumeration comma: where a piece may be cut
PUNCTUATION = "，。、；：！？,.;:!?“”‘’《》（）()「」『』 \u3000\n"  # punctuation and spaces
PINYIN_GLOSS = r"\( ?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8} ?\)"  # 總工會(huì), 會(huì ): a pinyin gloss after a character


def char_class(chars: str, negate: bool = False) -> str:
    """A regex character class matching any of ``chars`` (or none of them with ``negate``)."""
    return f"[{'^' if negate else ''}{re.escape(chars)}]"


def is_han(ch: str) -> bool:
    """Whether one character is a CJK unified ideograph."""
    return "\u4e00" <= ch <= "\u9fff"
