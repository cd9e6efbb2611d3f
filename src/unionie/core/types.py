"""Entity types and mention sources, defined once.

``EntityType``: the eight types of the record format. ``Source``: which recognizer produced a
mention (the ``source`` field of the record), with the tier the overlap policy gives it
(``entities.overlap``): 3 always wins an overlap, below that the longer span wins, then the tier.
An unknown source is an error, never a silent default tier.
"""

from __future__ import annotations

from enum import StrEnum


class EntityType(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    PLACE = "PLACE"
    INITIATIVE = "INITIATIVE"
    DOCUMENT = "DOCUMENT"
    EVENT = "EVENT"
    DATE = "DATE"
    POSITION = "POSITION"


CORE_TYPES = (EntityType.PERSON, EntityType.ORG, EntityType.PLACE, EntityType.INITIATIVE)
MODEL_TYPES = (EntityType.PERSON, EntityType.ORG, EntityType.PLACE)  # what statistical taggers give


class Source(StrEnum):
    """The recognizer or rule behind a mention."""

    NEURAL = "neural"
    CRF = "crf"
    LAC = "lac"
    HANLP = "hanlp"
    DOCUMENT = "rule:document"
    QUOTED = "rule:quoted"
    EVENT = "rule:event"
    ORG = "rule:org"
    ORG_LEXICON = "lexicon:org"
    INITIATIVE_LEXICON = "lexicon:initiative"
    PROGRAMME = "rule:programme"
    CONTEST = "rule:contest"
    GAZETTEER = "gazetteer"
    VENUE = "rule:venue"
    PARTIAL_NAME = "rule:partial-name"
    DATE = "rule:date"
    TITLE = "rule:title"
    TITLE_CHAIN = "rule:title-chain"
    ALIAS = "alias"
    USER_LEXICON = "lexicon:user"  # an entry of the user's lexicon (--lexicon): wins any overlap

    @property
    def tier(self) -> int:
        return TIER[self]


MODEL_SOURCES = (Source.NEURAL, Source.CRF, Source.LAC, Source.HANLP)
TIER: dict[Source, int] = {
    Source.DOCUMENT: 3, Source.QUOTED: 3, Source.EVENT: 3, Source.USER_LEXICON: 3,
    Source.ORG: 2, Source.ORG_LEXICON: 2, Source.INITIATIVE_LEXICON: 2, Source.PROGRAMME: 2,
    Source.CONTEST: 2, Source.GAZETTEER: 2, Source.VENUE: 2, Source.DATE: 2, Source.PARTIAL_NAME: 2,
    **dict.fromkeys(MODEL_SOURCES, 1), Source.TITLE: 1, Source.TITLE_CHAIN: 1,
    Source.ALIAS: 0,
}


class NerChoice(StrEnum):
    """The statistical NER backends a user can choose (``--ner``); ``auto`` is the shipped model."""

    auto = "auto"
    neural = "neural"
    crf = "crf"
    lac = "lac"
    hanlp = "hanlp"
