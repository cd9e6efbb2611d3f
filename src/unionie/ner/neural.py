"""The project's neural NER head: PERSON / ORG / PLACE spans from LAC's hidden layers.

Input: a sentence and LAC's per-character hidden layers for it (:meth:`LacTagger.encode`,
``(len, 640)`` float32). Output: ``(start, end, type)`` spans with offsets into the sentence.

The head (projection + BiLSTM, trained by :mod:`unionie.training.neural` on MSRA and the union-news
dev split) is an ONNX file, ``unionie/models/ner-head.onnx``; its CRF transition scores and labels sit in
the sidecar ``ner-head.onnx.json``. Decoding is Viterbi in numpy. Only onnxruntime and numpy are
needed at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from unionie.ner.crf import Span, bio_to_spans, locate_model
from unionie.ner.lac_tagger import code_point_table, code_points, viterbi, viterbi_batch

MODEL_FILENAME = "ner-head.onnx"
HEAD_SUFFIX = ".json"  # ner-head.onnx.json: labels, CRF transitions, training record


def labels_for(types) -> list[str]:
    """BIO labels for entity ``types`` (``O`` first)."""
    return ["O"] + [f"{p}-{t}" for t in types for p in "BI"]




class Vocab:
    """Character and bigram vocabularies of the head; index 0 is the unknown entry."""

    def __init__(self, chars: list[str], bigrams: list[str]) -> None:
        self.chars, self.bigrams = chars, bigrams
        self._char_table = code_point_table({c: i for i, c in enumerate(chars)}, 0)
        # bigrams as sorted integer keys (first code point << 21 | second), searched all at once
        ids = np.array([i for i, b in enumerate(bigrams) if len(b) == 2], dtype=np.int64)
        cps = code_points("".join(bigrams[i] for i in ids)).astype(np.int64).reshape(-1, 2)
        keys = (cps[:, 0] << 21) | cps[:, 1]
        order = np.argsort(keys, kind="stable")  # as sorting (key, index) pairs: ties keep index order
        self._bigram_keys = keys[order]
        self._bigram_ids = ids[order]

    @classmethod
    def build(cls, texts: list[str], char_min: int, bigram_min: int) -> Vocab:
        from collections import Counter

        chars: Counter[str] = Counter()
        bigrams: Counter[str] = Counter()
        for text in texts:
            chars.update(text)
            padded = f"\x02{text}\x03"
            bigrams.update(padded[i : i + 2] for i in range(len(padded) - 1))
        return cls(["<unk>", *sorted(c for c, n in chars.items() if n >= char_min)],
                   ["<unk>", *sorted(b for b, n in bigrams.items() if n >= bigram_min)])

    def ids(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Char ids, left-bigram ids (c[i-1]c[i]) and right-bigram ids (c[i]c[i+1]) of ``text``."""
        cps = code_points(f"\x02{text}\x03").astype(np.int64)
        keys = (cps[:-1] << 21) | cps[1:]
        at = np.searchsorted(self._bigram_keys, keys)
        at[at == len(self._bigram_keys)] = 0
        bi = np.where(self._bigram_keys[at] == keys, self._bigram_ids[at], 0)
        chars = self._char_table[cps[1:-1]].astype(np.int64)
        return chars, bi[:-1], bi[1:]


def find_model() -> Path:
    """Locate ``ner-head.onnx``: $UNIONIE_MODEL_DIR, else the package's ``models/``."""
    return locate_model(MODEL_FILENAME, "configs/ner-head.json")


class NeuralNer:
    name = "neural"

    def __init__(self, model_path: str | Path | None = None) -> None:
        import onnxruntime as ort

        self.model_path = Path(model_path) if model_path is not None else find_model()  # may raise
        meta_path = Path(str(self.model_path) + HEAD_SUFFIX)
        if not self.model_path.is_file() or not meta_path.is_file():
            raise FileNotFoundError(f"neural NER model not found: {self.model_path} (+{HEAD_SUFFIX})")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        self.labels = meta["labels"]
        self.types = {lab[2:] for lab in self.labels if lab != "O"}
        self.vocab = Vocab(meta["chars"], meta["bigrams"])
        self._trans = np.array(meta["transitions"], dtype=np.float32)
        self._start = np.array(meta["start"], dtype=np.float32)
        self._end = np.array(meta["end"], dtype=np.float32)
        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        opts.intra_op_num_threads = 1
        self._session = ort.InferenceSession(str(self.model_path), opts, providers=["CPUExecutionProvider"])

    def _emissions(self, text: str, states: np.ndarray) -> np.ndarray:
        chars, left, right = self.vocab.ids(text)
        feeds = {"states": states[None].astype(np.float32, copy=False), "chars": chars[None],
                 "left": left[None], "right": right[None]}
        return self._session.run(None, feeds)[0][0]

    def emissions(self, text: str, states: np.ndarray) -> np.ndarray:
        """Tag scores (len(text) x labels) for ``text`` given its LAC hidden layers."""
        if not text:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return self._emissions(text, states)

    def _spans(self, path: list[int]) -> list[Span]:
        return [s for s in bio_to_spans([self.labels[k] for k in path]) if s[2] in self.types]

    def decode(self, emissions: list[np.ndarray]) -> list[list[Span]]:
        """Spans of each piece from its tag scores, all pieces decoded together (``viterbi_batch``)."""
        return [self._spans(path) for path in viterbi_batch(emissions, self._trans, self._start, self._end)]

    def predict_states(self, text: str, states: np.ndarray) -> list[Span]:
        """Spans for ``text`` given its LAC hidden layers ``states`` (len(text) x 640)."""
        if not text:
            return []
        return self._spans(viterbi(self._emissions(text, states), self._trans, self._start, self._end))

    def predict(self, text: str) -> list[Span]:
        from unionie.ner.lac_tagger import shared_lac

        return self.predict_states(text, shared_lac().encode(text)[1])
