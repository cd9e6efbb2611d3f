"""The record: pydantic v2 models that are the single definition of unionie's JSON output.

Input: values produced by the pipeline (or a JSON file). Output: validated models; ``json_schema()``
gives the JSON Schema that ``unionie schema`` prints. Field names and enum values follow
../shared/record-format.md; readers must ignore fields they do not know, so extra fields in input
files are allowed.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_serializer, model_validator

from unionie.core.types import EntityType

SCHEMA_VERSION = "2"


class Approx(StrEnum):
    exact = "exact"
    more_than = "more_than"
    at_least = "at_least"
    about = "about"
    nearly = "nearly"
    less_than = "less_than"
    at_most = "at_most"


class RelationType(StrEnum):
    HOLDS_POSITION = "HOLDS_POSITION"
    RUNS = "RUNS"
    ISSUED = "ISSUED"
    LOCATED_IN = "LOCATED_IN"


class _Model(BaseModel):
    # NaN and infinity are not JSON: a record never holds them
    model_config = ConfigDict(extra="allow", use_enum_values=True, allow_inf_nan=False)


class Producer(_Model):
    """What produced a record: enough to tell two runs' records apart."""

    unionie: str = Field(description="unionie version")
    ner: str = Field(description="statistical NER backend (neural, crf, lac, hanlp)")
    model: str | None = Field(None, description="file name of the NER model, when the backend has one")
    model_sha256: str | None = Field(None, description="SHA-256 of that model file")
    lexicon_sha256: str | None = Field(
        None, description="SHA-256 of the user lexicon file the run added (--lexicon); absent without one")

    @model_serializer(mode="wrap")
    def _without_lexicon(self, handler: Any) -> Any:
        """Records made without a user lexicon are written as before it existed (no key)."""
        data = handler(self)
        if isinstance(data, dict) and data.get("lexicon_sha256") is None:
            data.pop("lexicon_sha256", None)
        return data


class Meta(_Model):
    title: str | None = None
    published: str | None = Field(None, description="ISO 8601 date or date-time")
    source: str | None = None
    authors: list[str] = Field(default_factory=list)
    editor: str | None = None
    produced_by: Producer | None = Field(None, description="set on records the pipeline writes")


class Mention(_Model):
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str
    source: str | None = Field(None, description="which recognizer produced it (provenance)")


class OrgKind(StrEnum):
    union = "union"
    party = "party"
    government = "government"
    congress = "congress"
    enterprise = "enterprise"
    institution = "institution"
    association = "association"
    other = "other"


class Period(_Model):
    """A date or period as ISO strings at the precision the text gives (YYYY, YYYY-MM, YYYY-MM-DD)."""

    start: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    end: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")


class PlaceNorm(_Model):
    """The administrative division a PLACE is; ``code`` is that of its lowest resolved level."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = Field(None, pattern=r"^\d{6}$")
    town: str | None = None


class OrgNorm(_Model):
    """The division an organisation belongs to (6-digit code)."""

    place: str | None = Field(None, pattern=r"^\d{6}$")


class Entity(_Model):
    id: str
    type: EntityType
    name: str
    mentions: list[Mention] = Field(min_length=1)
    kind: OrgKind | None = Field(None, description="ORG only: what kind of body it is")
    normalized: Period | PlaceNorm | OrgNorm | None = Field(
        None, description="DATE: {start, end}; PLACE: division and code; ORG: {place: code}")

    @model_validator(mode="before")
    @classmethod
    def _normalized_by_type(cls, data: Any) -> Any:
        # the entity type says which shape ``normalized`` has
        if isinstance(data, dict) and isinstance(data.get("normalized"), dict):
            model = {EntityType.DATE: Period, EntityType.PLACE: PlaceNorm, EntityType.ORG: OrgNorm}.get(str(data.get("type")))
            if model is not None:
                data = {**data, "normalized": model.model_validate(data["normalized"])}
        return data


class Fact(_Model):
    id: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str
    value: float
    value_max: float | None = None
    unit: str
    approx: Approx = Approx.exact
    object: str | None = None
    subject: str | None = None
    predicate: str | None = None
    time: Period | None = Field(None, description="the date or period the figure is attached to")


class ImpliedEntity(_Model):
    """A body the article implies but never writes out: 六枝特区总工会 in 六枝特区、水城县、钟山区总工会.
    Not scored (the stated spans are the annotation); given for joining across articles."""

    id: str
    type: EntityType
    name: str
    kind: OrgKind | None = None
    normalized: OrgNorm | None = None
    place: str = Field(description="id of the PLACE entity it is built on")
    head_of: str = Field(description="id of the stated entity whose head it shares")
    start: int = Field(ge=0, description="the coordinated list, as written")
    end: int = Field(gt=0)


class Relation(_Model):
    type: RelationType
    head: str
    tail: str
    position: str | None = None


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    doc_id: str
    text: str | None = None
    meta: Meta = Field(default_factory=Meta)
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    implied: list[ImpliedEntity] = Field(
        default_factory=list, description="bodies implied by coordinated names (not scored)")
    warnings: list[str] = Field(
        default_factory=list,
        description="what the pipeline could not do for this article (replaced bytes, dropped "
        "figures…); empty when all went well",
    )

    @model_validator(mode="after")
    def _check_consistency(self) -> Record:
        ids = {e.id for e in self.entities}
        if len(ids) != len(self.entities):
            raise ValueError("duplicate entity ids")
        for e in self.entities:
            for m in e.mentions:
                if m.end <= m.start:
                    raise ValueError(f"mention {m.text!r} of {e.id}: end <= start")
                if self.text is not None and self.text[m.start : m.end] != m.text:
                    raise ValueError(f"mention {m.text!r} of {e.id} does not match text[{m.start}:{m.end}]")
        for f in self.facts:
            if self.text is not None and self.text[f.start : f.end] != f.text:
                raise ValueError(f"fact {f.id} {f.text!r} does not match text[{f.start}:{f.end}]")
            if f.subject is not None and f.subject not in ids:
                raise ValueError(f"fact {f.id}: unknown subject {f.subject}")
        for x in self.implied:
            if x.place not in ids or x.head_of not in ids:
                raise ValueError(f"implied entity {x.id}: unknown entity id")
        for r in self.relations:
            if r.head not in ids or r.tail not in ids:
                raise ValueError(f"relation {r.type} {r.head}->{r.tail}: unknown entity id")
            if r.type == RelationType.HOLDS_POSITION and not r.position:
                raise ValueError("HOLDS_POSITION needs a position")
        return self

    def to_json(self, *, pretty: bool = False, with_text: bool = True) -> str:
        data = self.model_dump(mode="json", exclude_none=False)
        if not with_text:
            data.pop("text", None)
        return json.dumps(data, ensure_ascii=False, indent=2 if pretty else None, allow_nan=False)


def json_schema() -> dict[str, Any]:
    """JSON Schema of the record, generated from the models."""
    return Record.model_json_schema()

