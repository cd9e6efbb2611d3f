"""Segmentation: sentences and words with character offsets.

Input: a ``Document`` with ``regions``. Output: ``doc.sentences`` (split on 。！？ and line ends,
inside the title and body regions only) and ``doc.tokens`` (jieba words with POS tags, offsets
into ``doc.text``). jieba runs as a private ``Tokenizer`` with the domain dictionary
``resources/jieba_domain.txt`` (union bodies, titles, programme words) added, so the global jieba
state is left alone.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from functools import lru_cache

from .document import Document, Sentence, Token
from .resources import resource_path

_SENT_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    out = []
    for m in _SENT_END.finditer(text, start, end):
        s, e = m.start(), m.end()
        seg = text[s:e]
        ls = s + len(seg) - len(seg.lstrip())
        le = s + len(seg.rstrip())
        if le > ls:
            out.append(Sentence(ls, le))
    return out


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    cache_dir = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    try:
        os.makedirs(os.path.join(cache_dir, "unionie"), exist_ok=True)
        tok.cache_file = os.path.join(cache_dir, "unionie", "jieba.cache")
    except OSError:
        tok.cache_file = os.path.join(tempfile.gettempdir(), "unionie-jieba.cache")
    tok.initialize()
    tok.load_userdict(resource_path("jieba_domain.txt"))
    # A POSTokenizer over the private Tokenizer, sharing the POS table that importing
    # jieba.posseg has just read (the stock constructor would read dict.txt a second time).
    pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer = tok
    pos.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    return pos


class JiebaSegmenter:
    """Sentence and word segmentation stage (jieba with the domain dictionary)."""

    name = "segment"

    def __init__(self) -> None:
        self._pos = _tokenizer()

    def words(self, text: str) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in self._pos.cut(text, HMM=True)]

    def __call__(self, doc: Document) -> Document:
        doc.sentences = []
        doc.tokens = []
        for region in doc.regions:
            for sent in split_sentences(doc.text, region.start, region.end):
                doc.sentences.append(sent)
                pos = sent.start
                for word, flag in self.words(doc.text[sent.start : sent.end]):
                    doc.tokens.append(Token(pos, pos + len(word), word, flag))
                    pos += len(word)
        return doc
