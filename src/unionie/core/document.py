"""The document object every stage reads and extends.

One ``Document`` holds the text exactly as read and named layers over it; every layer item
carries character offsets into ``Document.text`` (Python ``str`` indices, end exclusive) and the
name of what produced it. Stages never re-read raw text in their own way: they read the layers
added before them and add their own.

Layers, in pipeline order:
- ``meta`` and ``regions`` (reader): metadata and the annotatable title/body spans;
- ``sentences`` and ``tokens`` (segment);
- ``lac_words`` (analysis: the pretrained LAC tagger's words and tags), ``spans`` (entities: the
  candidates of each recognizer, by name), ``mentions`` and ``entities``;
- ``facts``; ``relations``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any


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
    lac_words: list[tuple[int, int, str]] = field(default_factory=list)
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
    # bodies implied by coordinated names (entities/coordination.py), added by normalisation
    implied: list[Any] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the text as written when ``text`` is a view of it: the simplified view of a
    # traditional-character page, or the text without pinyin glosses
    original_text: str | None = None
    # without glosses: the offset in ``original_text`` of each character of ``text``, and its end
    original_offsets: list[int] | None = None
    _mention_starts: list[int] | None = field(default=None, repr=False)
    _starts: dict[str, tuple[list, list[int]]] = field(default_factory=dict, repr=False)

    def _find(self, name: str, pos: int):
        spans = getattr(self, name)
        cached = self._starts.get(name)
        if cached is None or cached[0] is not spans or len(cached[1]) != len(spans):
            cached = (spans, [x.start for x in spans])
            self._starts[name] = cached
        i = bisect_right(cached[1], pos) - 1
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

    def in_regions(self, start: int, end: int) -> bool:
        r = self.region_at(start)
        return r is not None and end <= r.end

    def mentions_between(self, start: int, end: int, types: tuple[str, ...] = ()) -> list[Mention]:
        """Mentions lying inside [start, end), in text order (``mentions`` is kept sorted)."""
        starts = [m.start for m in self.mentions] if self._mention_starts is None else self._mention_starts
        self._mention_starts = starts
        i = bisect_right(starts, start - 1)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and (not types or m.type in types):
                out.append(m)
            i += 1
        return out

    def set_mentions(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_starts = None
