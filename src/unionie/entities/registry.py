"""The recognizers of the entity stage, listed in one place.

Each recognizer has a ``name`` (the key of its candidates in ``doc.spans``), the entity ``types``
it can produce, the names of the recognizers whose candidates it reads (``needs``), and a call
``recognize(doc) -> list[Mention]`` that reads the document's layers and ``doc.spans``. The stage
runs them in an order that satisfies ``needs`` and hands their candidates to the overlap policy
in the order of ``RECOGNIZERS`` below, which is also the tie-break order (earlier wins a complete
tie). Adding a recognizer: one class (or a data file read by an existing one) and one line here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from unionie.core.document import Document, Mention
from unionie.core.types import EntityType as T
from unionie.entities import recognizers as r
from unionie.entities.gazetteer import gazetteer
from unionie.entities.lexicon import UserLexicon

LEXICON_TYPES = (T.ORG, T.PLACE, T.INITIATIVE, T.DOCUMENT, T.EVENT, T.PERSON, T.POSITION)


class Recognizer(Protocol):
    name: str
    types: tuple[str, ...]
    needs: tuple[str, ...]

    def recognize(self, doc: Document) -> list[Mention]: ...


@dataclass
class Rule:
    """A recognizer made of a function of the document (most domain recognizers)."""

    name: str
    types: tuple[str, ...]
    func: object
    needs: tuple[str, ...] = ()
    prefixes_from: tuple[str, ...] = field(default=())  # candidates it extends (places, bodies)

    def recognize(self, doc: Document) -> list[Mention]:
        if not self.prefixes_from:
            return self.func(doc)  # type: ignore[operator]
        return self.func(doc, prefixes(doc, self.prefixes_from))  # type: ignore[operator]


def prefixes(doc: Document, names: tuple[str, ...]) -> list[Mention]:
    """Place and organisation candidates of the named recognizers that names can be built on."""
    out: list[Mention] = []
    for name in names:
        found = doc.spans.get(name, [])
        out += found if name != "model" else [m for m in found if m.type in (T.PLACE, T.ORG)]
    return out


class ModelRecognizer:
    """The statistical backend's PERSON/ORG/PLACE candidates, inside the title and body; a PLACE
    must sit on jieba word boundaries (not 太阳|能) and takes a zone suffix right after it; ORGs
    are cut at joining verbs; a known programme's name ending a span is left out of it
    (某站|职工书屋); an ORG named as a service station is an INITIATIVE; mines, listed companies and
    people whose given name ends like a body are retyped (``recognizers.retyped``)."""

    name = "model"
    types = (T.PERSON, T.ORG, T.PLACE, T.EVENT, T.INITIATIVE)  # EVENT: a model ORG ending in a ceremony head;
    # INITIATIVE: one named as a service station
    needs: tuple[str, ...] = ()

    def __init__(self, backend) -> None:
        self.backend = backend

    def recognize(self, doc: Document) -> list[Mention]:
        starts, ends = r.token_bounds(doc)
        spans = [q for m in self.backend(doc) if doc.in_regions(m.start, m.end)
                 and (m.type != T.PLACE or (m.start in starts and m.end in ends))
                 for q in [r.before_quote(doc, m)] if q is not None]
        return r.model_persons(doc, [
            r.station_as_programme(r.retyped(
                doc, r.person_after_unit(doc, r.with_chain_head(doc, r.with_zone(doc, r.without_own_site(
                    doc, r.without_known_initiative(doc, t)))))))
            for m in spans for t in r.trim_model_org(doc, r.to_name_end(doc, r.from_word_start(doc, m, starts)))])


def places_rule(doc: Document) -> list[Mention]:
    return r.places(doc, gazetteer())


def default_recognizers(backend, lexicon: UserLexicon | None = None) -> list[Recognizer]:
    """The active recognizers, in priority order; a user lexicon (``entities/lexicon.py``) first."""
    user: list[Recognizer] = [Rule("user_lexicon", LEXICON_TYPES, lexicon.find)] if lexicon is not None else []
    return user + [
        Rule("quoted", (T.INITIATIVE, T.EVENT, T.DOCUMENT, T.ORG), r.quoted),
        Rule("known_initiatives", (T.INITIATIVE,), r.known_initiatives),
        Rule("events", (T.EVENT,), r.events, needs=("gazetteer", "model", "organizations", "short_forms"),
             prefixes_from=("gazetteer", "model", "organizations", "short_forms")),
        Rule("contests", (T.INITIATIVE,), r.contests, needs=("gazetteer", "model"),
             prefixes_from=("gazetteer", "model")),
        Rule("organizations", (T.ORG,), r.organizations_, needs=("gazetteer", "model"),
             prefixes_from=("gazetteer", "model")),
        Rule("short_forms", (T.ORG,), r.short_forms, needs=("gazetteer",), prefixes_from=("gazetteer",)),
        Rule("stations", (T.INITIATIVE,), r.named_stations, needs=("organizations", "model"),
             prefixes_from=("organizations", "model")),
        Rule("station_bodies", (T.ORG,), r.station_bodies),
        Rule("universities", (T.ORG,), r.universities),
        Rule("gazetteer", (T.PLACE,), places_rule),
        Rule("venues", (T.PLACE,), r.venues),
        Rule("partial_names", (T.PERSON,), r.partial_names, needs=("model",)),
        Rule("dates", (T.DATE,), r.dates),
        ModelRecognizer(backend),
    ]


def run_order(recognizers: list[Recognizer]) -> list[Recognizer]:
    """The recognizers in an order where each runs after those it needs."""
    done: set[str] = set()
    order: list[Recognizer] = []
    pending = list(recognizers)
    while pending:
        ready = [x for x in pending if set(x.needs) <= done]
        if not ready:
            raise ValueError(f"recognizers with unmet needs: {[x.name for x in pending]}")
        for x in ready:
            order.append(x)
            done.add(x.name)
            pending.remove(x)
    return order
