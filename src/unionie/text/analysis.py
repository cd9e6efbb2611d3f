"""Analysis: the layers every later stage reads, produced once per document, before any
recognizer runs (as Presidio's NLP engine produces its artifacts).

Input: a ``Document`` with ``regions``. Output: ``sentences`` and ``tokens`` (jieba words and POS
with the domain dictionary, ``segment.JiebaSegmenter``, over ``text``) and ``lac_words`` (the pretrained LAC
tagger's words with POS/coarse NER tags, document offsets, a ``WordLayer``: each piece's Viterbi
decoding waits until a recognizer reads near it). LAC runs over each sentence in pieces of at most
``MAX_PIECE`` characters, the pieces of up to ``BATCH_CHARS`` characters of sentences at a time
batched by length (``LacTagger.score_many``); LAC and the head read ``model_text`` where the reader
set one (a page's ASCII marks as written; same offsets). A NER backend that reads LAC's hidden layers (the
neural head) is given each piece's states as they are computed (``StateReader``): keeping them
for the whole document would take 2.5 KB a character, so they are handed over, never stored.
"""

from __future__ import annotations

from functools import partial
from typing import Protocol

import numpy as np

from unionie.core.document import Document, WordLayer
from unionie.ner.lac_tagger import join_states, sentence_pieces, shared_lac
from unionie.text.segment import JiebaSegmenter

MAX_PIECE = 2000  # longer "sentences" (no punctuation) are analysed in pieces
# LAC's words are decoded when first read (most never are) in documents up to this size; a longer
# one is decoded at once, as holding its tag scores (59 floats a character) would cost 236 MB a million
LAZY_MAX_CHARS = 100_000
# sentences handed to LAC together (their pieces batched by length); bounds the hidden layers held
BATCH_CHARS = 4000


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
        doc.lac_words = layer = WordLayer()
        lazy = len(doc.text) <= LAZY_MAX_CHARS
        source = doc.model_text if doc.model_text is not None else doc.text  # same offsets
        for window in _windows(sentence_pieces(doc, MAX_PIECE), BATCH_CHARS):
            texts = [source[start:end] for start, end in window]
            scored = lac.score_many(texts, states=bool(self.state_readers))
            for (start, _), text, pieces in zip(window, texts, scored, strict=True):
                for a, b, scores, _ in pieces:
                    if lazy:
                        layer.add(start + a, start + b, decode=partial(_decode, lac, scores, start + a))
                    else:
                        layer.add(start + a, start + b, words=_decode(lac, scores, start + a))
                if self.state_readers:
                    states = join_states([h for _, _, _, h in pieces])
                    for reader in self.state_readers:
                        reader.read_states(doc, start, text, states)
        for reader in self.state_readers:
            reader.finish(doc)
        return doc


def _windows(spans: list[tuple[int, int]], most_chars: int) -> list[list[tuple[int, int]]]:
    """Consecutive ``spans`` in runs of at most ``most_chars`` characters (a longer span alone)."""
    out: list[list[tuple[int, int]]] = []
    size = most_chars
    for start, end in spans:
        if size + end - start > most_chars:
            out.append([])
            size = 0
        out[-1].append((start, end))
        size += end - start
    return out


def _decode(lac, scores: np.ndarray, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + s, offset + e, t) for s, e, t in lac.words(scores)]
