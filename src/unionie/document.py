"""The document object every stage reads and extends.

One ``Document`` holds the text exactly as read and named layers over it; every layer item
carries character offsets into ``Document.text`` (Python ``str`` indices, end exclusive) and the
name of what produced it. Stages never re-read raw text in their own way: they read the layers
added before them and add their own.

Layers, in pipeline order:
- ``meta`` and ``regions`` (reader): metadata and the annotatable title/body spans;
- ``sentences`` and ``tokens`` (segment);
- ``ner_words`` (entities: the pretrained tagger's words and tags), ``mentions`` and ``entities``;
- ``facts``; ``relations``.
"""

from __future__ import annotations

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


@dataclass(slots=True)
class EntityCluster:
    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    normalized: dict[str, Any] | None = None


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
    time: str | None = None
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
    ner_words: list[tuple[int, int, str]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[EntityCluster] = field(default_factory=list)
    facts: list[FactItem] = field(default_factory=list)
    relations: list[RelationItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def in_regions(self, start: int, end: int) -> bool:
        return any(r.start <= start and end <= r.end for r in self.regions)
