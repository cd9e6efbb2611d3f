"""Statistical NER backends behind one small interface.

Input: a ``Document`` after the analysis stage (``text.analysis``: sentences, tokens and
``lac_words``); backends only read those layers. Output: a list of PERSON/ORG/PLACE ``Mention``
candidates, each tagged with the backend's name as its source. The neural head reads LAC's
hidden layers, which the analysis stage hands it piece by piece (``read_states``).

Backends: ``neural`` (the project's trained head over LAC's hidden layers, ``unionie/models/ner-head.onnx``;
the default, ``auto``; a missing model is an error, never a fall-back), ``crf`` (the earlier character CRF stacked on LAC's
tags, ``unionie/models/ner-crf.crfsuite``), ``lac`` (the bare pretrained tagger), ``hanlp`` (optional extra, needs
HanLP's downloadable model; fails with a clear message when it cannot be had).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from pathlib import Path
from typing import Protocol

from unionie.core.document import Document, Mention
from unionie.core.types import MODEL_SOURCES  # noqa: F401  (re-exported: the sources of model mentions)
from unionie.core.types import EntityType as T
from unionie.errors import BackendUnavailable
from unionie.ner.lac_tagger import sentence_pieces

LAC_TYPES = {"PER": T.PERSON, "ORG": T.ORG, "LOC": T.PLACE}


def model_text(doc: Document) -> str:
    """The text a statistical model reads: ``doc.model_text`` (a page's ASCII marks as written)
    where the reader set one, else ``doc.text``; the offsets are the same."""
    return doc.model_text if doc.model_text is not None else doc.text


class NerBackend(Protocol):
    """A statistical tagger: reads the analysis layers, returns PERSON/ORG/PLACE candidates.
    A backend with ``read_states`` is given LAC's hidden layers by the analysis stage."""

    name: str
    model_file: Path | None  # the model file it runs, for provenance (None: a packaged tagger)

    def __call__(self, doc: Document) -> list[Mention]: ...


def _sentence_words(doc: Document) -> list[list[tuple[int, int, str]]]:
    """The analysis stage's LAC words of each sentence, with offsets into the sentence."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in doc.sentences]
    starts = [s.start for s in doc.sentences]
    for s, e, t in doc.lac_words:
        i = bisect_right(starts, s) - 1
        out[i].append((s - starts[i], e - starts[i], t))
    return out


class NeuralBackend:
    name = "neural"

    def __init__(self, model_path: str | None = None) -> None:
        from unionie.ner.neural import NeuralNer

        try:
            self._model = NeuralNer(model_path)
        except FileNotFoundError as exc:
            raise BackendUnavailable(str(exc).splitlines()[0]) from None
        except Exception as exc:  # onnxruntime and json raise many types for a damaged file
            raise BackendUnavailable(
                f"neural NER model {model_path or 'ner-head.onnx'} is unreadable "
                f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
            ) from None
        self.model_file: Path | None = self._model.model_path
        self._pending_doc: Document | None = None  # the document whose pieces are being read
        self._pending: list[tuple[int, object]] = []

    def read_states(self, doc: Document, start: int, text: str, states) -> None:
        """Score one piece's tags as the analysis stage hands over its LAC states (the states
        are not kept; the tag scores, 7 numbers a character, wait for ``finish``)."""
        if self._pending_doc is not doc:
            self._pending_doc, self._pending = doc, []
        self._pending.append((start, self._model.emissions(text, states)))

    def finish(self, doc: Document) -> None:
        """After the last piece: decode every piece's tag path at once; candidates in ``doc.spans``."""
        pending = self._pending if self._pending_doc is doc else []
        self._pending_doc, self._pending = None, []
        found = doc.spans.setdefault(self.name, [])
        for (start, _), spans in zip(pending, self._model.decode([e for _, e in pending]), strict=True):
            for s, e, typ in spans:
                found.append(Mention(start + s, start + e, typ, doc.text[start + s : start + e], self.name))

    def __call__(self, doc: Document) -> list[Mention]:
        return list(doc.spans.get(self.name, []))


class LacBackend:
    name = "lac"
    model_file: Path | None = None

    def __call__(self, doc: Document) -> list[Mention]:
        return [Mention(s, e, LAC_TYPES[tag], doc.text[s:e], self.name)
                for s, e, tag in doc.lac_words if tag in LAC_TYPES]


class CrfBackend:
    name = "crf"

    def __init__(self, model_path: str | None = None) -> None:
        try:
            from unionie.ner.crf import CrfNer
        except ImportError as exc:  # pragma: no cover - the module ships with the package
            raise BackendUnavailable(f"crf backend: {exc}") from None
        try:
            self._model = CrfNer(model_path)
        except FileNotFoundError as exc:
            raise BackendUnavailable(str(exc).splitlines()[0]) from None
        except Exception as exc:  # a damaged model file
            raise BackendUnavailable(
                f"CRF model {model_path or 'ner-crf.crfsuite'} is unreadable ({type(exc).__name__})"
            ) from None
        self.model_file: Path | None = self._model.model_path

    def __call__(self, doc: Document) -> list[Mention]:
        out = []
        source = model_text(doc)
        for sent, words in zip(doc.sentences, _sentence_words(doc), strict=True):
            text = source[sent.start : sent.end]
            for s, e, typ in self._model.predict(text, lac_words=words):
                a, b = sent.start + s, sent.start + e
                out.append(Mention(a, b, typ, doc.text[a:b], self.name))
        return out


HANLP_TYPES = {"PERSON": T.PERSON, "NR": T.PERSON, "PER": T.PERSON, "ORGANIZATION": T.ORG, "NT": T.ORG,
               "ORG": T.ORG, "LOCATION": T.PLACE, "NS": T.PLACE, "LOC": T.PLACE, "GPE": T.PLACE}


class HanlpBackend:
    """HanLP's MSRA NER model (``pip install unionie[hanlp]``; downloads its model on first use).

    HanLP's transformer taggers take at most about 126 characters at a time, so each sentence goes in
    pieces cut after punctuation (``cut_points``), as characters, in one batch per document. Its
    output ``(text, label, start, end)`` (character offsets into the piece; MSRA labels NR/NS/NT, or
    PERSON/LOCATION/ORGANIZATION from OntoNotes-style models) is mapped to our types by
    ``HANLP_TYPES``; other labels are dropped.
    """

    name = "hanlp"
    model_file: Path | None = None
    MODEL = "MSRA_NER_ELECTRA_SMALL_ZH"
    MAX_PIECE = 126

    def __init__(self) -> None:
        try:
            import hanlp
        except ImportError:
            raise BackendUnavailable(
                "hanlp backend needs the optional extra: pip install 'unionie[hanlp]'"
            ) from None
        try:
            self._ner = hanlp.load(getattr(hanlp.pretrained.ner, self.MODEL))
        except Exception as exc:  # network errors come in many types from HanLP
            raise BackendUnavailable(
                f"hanlp backend: cannot load model {self.MODEL} (offline or download failed: "
                f"{type(exc).__name__})"
            ) from None

    def __call__(self, doc: Document) -> list[Mention]:
        pieces = sentence_pieces(doc, self.MAX_PIECE)
        if not pieces:
            return []
        source = model_text(doc)
        results = self._ner([list(source[a:b]) for a, b in pieces])
        out = []
        for (start, end), found in zip(pieces, results, strict=True):
            for _text, label, s, e in found:
                typ = HANLP_TYPES.get(str(label).upper())
                if typ and 0 <= s < e <= end - start:
                    out.append(Mention(start + s, start + e, typ, doc.text[start + s : start + e], self.name))
        return out


def make_backend(name: str = "auto", model_path: str | None = None) -> NerBackend:
    """'auto' is the default: the trained neural head. Its model ships with the package; when it is
    missing or unreadable that is an error naming the file, never a quiet fall-back to another
    backend (bare LAC runs only when asked for with ``lac``)."""
    if name in ("auto", "neural"):
        return NeuralBackend(model_path)
    if name == "crf":
        return CrfBackend(model_path)
    if name == "lac":
        return LacBackend()
    if name == "hanlp":
        return HanlpBackend()
    raise BackendUnavailable(f"unknown NER backend {name!r} (choose auto, neural, crf, lac or hanlp)")


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of a model file, for the record's provenance."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
