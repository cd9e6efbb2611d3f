"""The document object every stage reads and extends.

One ``Document`` holds the text exactly as read and named layers over it; every layer item
carries character offsets into ``Document.text`` (Python ``str`` indices, end exclusive) and the
name of what produced it. Stages never re-read raw text in their own way: they read the layers
added before them and add their own.

Layers, in pipeline order:
- ``meta`` and ``regions`` (reader): metadata and the annotatable title/body spans;
- ``sentences`` and ``tokens`` (segment);
- ``lac_words`` (analysis: the pretrained LAC tagger's words and tags, a :class:`WordLayer` that
  decodes each piece when first read), ``spans`` (entities: the
  candidates of each recognizer, by name), ``mentions`` and ``entities``;
- ``facts``; ``relations``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

Word = tuple[int, int, str]  # (start, end, tag), document offsets


class WordLayer:
    """A tagger's words over the document, ``(start, end, tag)`` with document offsets, kept by
    piece (a piece never splits a word) and decoded when a piece is first read.

    The analysis stage adds each piece with a ``decode`` callable (LAC's Viterbi over the piece's
    tag scores, a third of LAC's cost); the recognizers that read LAC's tags look only near
    numbers and model names, so most pieces are never decoded. Reading order never changes a
    result: a piece decodes to the same words whenever it is read. Queries take document offsets.
    """

    __slots__ = ("_starts", "_ends", "_words", "_decoders")

    def __init__(self, words: Iterable[Word] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._words: list[list[Word] | None] = []
        self._decoders: list[Callable[[], list[Word]] | None] = []
        ready = sorted(words)
        if ready:  # words given whole (tests, other taggers): one decoded piece
            self.add(ready[0][0], ready[-1][1], words=ready)

    def add(self, start: int, end: int, *, words: list[Word] | None = None,
            decode: Callable[[], list[Word]] | None = None) -> None:
        """A piece [start, end) after every piece added so far: its words, or how to get them."""
        if (words is None) == (decode is None):
            raise ValueError("give a piece's words or its decoder, not both")
        if self._ends and start < self._ends[-1]:
            raise ValueError(f"pieces must come in order: {start} < {self._ends[-1]}")
        self._starts.append(start)
        self._ends.append(end)
        self._words.append(words)
        self._decoders.append(decode)

    def _piece(self, i: int) -> list[Word]:
        words = self._words[i]
        if words is None:
            decode = self._decoders[i]
            assert decode is not None
            words = self._words[i] = decode()
            self._decoders[i] = None  # its scores are no longer held
        return words

    def _piece_at(self, pos: int) -> int:
        """Index of the piece that holds ``pos``, -1 when none does."""
        i = bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self._ends[i] else -1

    def __iter__(self) -> Iterator[Word]:
        for i in range(len(self._starts)):
            yield from self._piece(i)

    def __len__(self) -> int:
        return sum(len(self._piece(i)) for i in range(len(self._starts)))

    def __bool__(self) -> bool:
        return any(self._piece(i) for i in range(len(self._starts)))

    def decoded_pieces(self) -> tuple[int, int]:
        """(pieces decoded so far, pieces in all)."""
        return sum(w is not None for w in self._words), len(self._words)

    def starting_at(self, pos: int) -> Word | None:
        """The word that starts at ``pos``, if one does."""
        i = self._piece_at(pos)
        if i < 0:
            return None
        words = self._piece(i)
        j = bisect_left(words, (pos,))
        return words[j] if j < len(words) and words[j][0] == pos else None

    def ending_at(self, pos: int) -> Word | None:
        """The word that ends at ``pos``, if one does."""
        i = self._piece_at(pos - 1)
        if i < 0:
            return None
        words = self._piece(i)
        j = bisect_left(words, (pos,)) - 1
        return words[j] if j >= 0 and words[j][1] == pos else None

    def after(self, pos: int) -> Iterator[Word]:
        """Words starting at or after ``pos``, in order."""
        i = max(bisect_right(self._starts, pos) - 1, 0)
        for k in range(i, len(self._starts)):
            words = self._piece(k)
            yield from words[bisect_left(words, (pos,)) :] if k == i else words

    def before(self, pos: int) -> Iterator[Word]:
        """Words starting before ``pos``, nearest first."""
        i = bisect_left(self._starts, pos) - 1
        for k in range(i, -1, -1):
            words = self._piece(k)
            yield from reversed(words[: bisect_left(words, (pos,))] if k == i else words)

    def between(self, start: int, end: int) -> list[Word]:
        """Words that start in [start, end)."""
        out = []
        for w in self.after(start):
            if w[0] >= end:
                break
            out.append(w)
        return out


@dataclass(slots=True)
class Span:
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class Region(Span):
    kind: str  # "title" | "body"


@dataclass(slots=True)
class Sentence(Span):
    pass


@dataclass(slots=True)
class Token(Span):
    text: str
    pos: str | None = None  # part-of-speech tag when the segmenter gives one


@dataclass(slots=True)
class Mention(Span):
    type: str
    text: str
    source: str  # recognizer that produced it: "crf", "lac", "lexicon:org", "rule:quoted", ...
    entity: int | None = None  # index into Document.entities once grouped
    canonical: str | None = None  # canonical name proposed by the recognizer, if any
    holder: Mention | None = None  # POSITION only: the PERSON mention holding the title
    of: Mention | None = None  # POSITION only: the ORG/EVENT mention the title belongs to
    of_inherited: bool = False  # POSITION only: ``of`` comes from the previous title in a chain
    co_holders: tuple[Mention, ...] = ()  # POSITION only: others named with the holder (甲、乙当选副主席)
    job: bool = False  # POSITION only: a job before a name (某公司数控车工某某), not an office
    value: tuple[str, str] | None = None  # DATE only: the (start, end) period it names


@dataclass(slots=True)
class EntityCluster:
    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    normalized: dict[str, Any] | None = None
    kind: str | None = None  # ORG only: union, party, government…


@dataclass(slots=True)
class FactItem(Span):
    text: str
    value: float
    unit: str
    approx: str = "exact"
    value_max: float | None = None
    object: str | None = None
    subject: int | None = None  # index into Document.entities
    predicate: str | None = None
    time: tuple[str, str] | None = None  # (start, end) ISO period the figure is attached to
    source: str = "rule:number"


@dataclass(slots=True)
class RelationItem:
    type: str
    head: int  # index into Document.entities
    tail: int
    position: str | None = None
    source: str = "rule"
    evidence: Span | None = None


@dataclass
class Document:
    text: str
    doc_id: str = "doc"
    meta: dict[str, Any] = field(default_factory=dict)
    regions: list[Region] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    lac_words: WordLayer = field(default_factory=WordLayer)
    # candidates kept per recognizer (like spaCy's doc.spans): what each proposed, before the
    # overlap policy chose
    spans: dict[str, list[Mention]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[EntityCluster] = field(default_factory=list)
    # the article's own divisions by level (province, city, county): gazetteer places, found
    # when mentions are grouped and read by normalisation
    home_places: dict[str, Any] = field(default_factory=dict)
    facts: list[FactItem] = field(default_factory=list)
    relations: list[RelationItem] = field(default_factory=list)
    # (body, place) entity pairs where the text places the body's own premises in a division without
    # saying the body lies there (某公司位于某区的厂区): read by normalisation, no relation
    sites: list[tuple[int, int]] = field(default_factory=list)
    # bodies implied by coordinated names (entities/coordination.py), added by normalisation
    implied: list[Any] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the text as written when ``text`` is a view of it: the simplified view of a
    # traditional-character page, the text without pinyin glosses, its ASCII marks in full width
    original_text: str | None = None
    # what the statistical models (LAC, the neural head) read when it differs from ``text``: the
    # same characters with the ASCII marks as written (same offsets; text/punctuation.py says why)
    model_text: str | None = None
    # without glosses: the offset in ``original_text`` of each character of ``text``, and its end
    original_offsets: list[int] | None = None
    # indexes a stage builds over layers that stay fixed while it runs (keyed by the stage's own
    # name and checked against the layer they index), so rules over a long article stay linear
    indexes: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _starts: dict[str, tuple[list, list[int]]] = field(default_factory=dict, repr=False)

    def _start_index(self, name: str) -> tuple[list, list[int]]:
        """A sorted layer and its start offsets (cached while the layer is the same list)."""
        spans = getattr(self, name)
        cached = self._starts.get(name)
        if cached is None or cached[0] is not spans or len(cached[1]) != len(spans):
            cached = (spans, [x.start for x in spans])
            self._starts[name] = cached
        return cached

    def _find(self, name: str, pos: int):
        spans, starts = self._start_index(name)
        i = bisect_right(starts, pos) - 1
        if i >= 0 and spans[i].start <= pos < spans[i].end:
            return spans[i]
        return None

    def region_at(self, pos: int) -> Region | None:
        """The title/body region holding ``pos`` (regions are sorted and disjoint)."""
        return self._find("regions", pos)

    def sentence_at(self, pos: int) -> Sentence | None:
        return self._find("sentences", pos)

    def token_at(self, pos: int) -> Token | None:
        return self._find("tokens", pos)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside [start, end), in text order, found by bisection (tokens are sorted
        and disjoint), so a rule asking about one clause costs the clause, not the document."""
        tokens, starts = self._start_index("tokens")
        i = bisect_left(starts, start)
        out = []
        while i < len(tokens) and tokens[i].end <= end:
            out.append(tokens[i])
            i += 1
        return out

    def mention_at(self, pos: int) -> Mention | None:
        """The mention covering ``pos`` (the kept mentions are flat and sorted)."""
        return self._find("mentions", pos)

    def in_regions(self, start: int, end: int) -> bool:
        r = self.region_at(start)
        return r is not None and end <= r.end

    def mentions_between(self, start: int, end: int, types: tuple[str, ...] = ()) -> list[Mention]:
        """Mentions lying inside [start, end), in text order (``mentions`` is kept sorted)."""
        _, starts = self._start_index("mentions")
        i = bisect_left(starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and (not types or m.type in types):
                out.append(m)
            i += 1
        return out

    def set_mentions(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
