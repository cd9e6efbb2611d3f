"""Analysis: the layers every later stage reads, produced once per document, before any
recognizer runs (as Presidio's NLP engine produces its artifacts).

Input: a ``Document`` with ``regions``. Output: ``sentences`` and ``tokens`` (jieba words and POS
with the domain dictionary, ``segment.JiebaSegmenter``) and ``lac_words`` (the pretrained LAC
tagger's words with POS/coarse NER tags, document offsets). LAC runs over each sentence in
pieces of at most ``MAX_PIECE`` characters. A NER backend that reads LAC's hidden layers (the
neural head) is given each piece's states as they are computed (``StateReader``): keeping them
for the whole document would take 2.5 KB a character, so they are handed over, never stored.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from unionie.core.document import Document
from unionie.ner.lac_tagger import sentence_pieces, shared_lac
from unionie.text.segment import JiebaSegmenter

MAX_PIECE = 2000  # longer "sentences" (no punctuation) are analysed in pieces


class StateReader(Protocol):
    """Something that reads LAC's hidden layers of each piece (offsets into the document)."""

    def read_states(self, doc: Document, start: int, text: str, states: np.ndarray) -> None: ...

    def finish(self, doc: Document) -> None:
        """Called once after the document's last piece."""


class Analysis:
    """Stage: sentences and jieba tokens, then LAC words (and states for those who read them)."""

    name = "analysis"

    def __init__(self, state_readers: tuple[StateReader, ...] = ()) -> None:
        self.segmenter = JiebaSegmenter()
        self.state_readers = state_readers

    def __call__(self, doc: Document) -> Document:
        self.segmenter(doc)
        lac = shared_lac()
        doc.lac_words = []
        for start, end in sentence_pieces(doc, MAX_PIECE):
            text = doc.text[start:end]
            if self.state_readers:
                words, states = lac.encode(text)
                for reader in self.state_readers:
                    reader.read_states(doc, start, text, states)
            else:
                words = lac.analyze(text)
            doc.lac_words.extend((start + s, start + e, t) for s, e, t in words)
        for reader in self.state_readers:
            reader.finish(doc)
        return doc
