"""Coordinated names with a shared head: the bodies a list of places implies.

Job: in 六枝特区、水城县、钟山区总工会 the article names three union bodies but writes the head
(总工会) once; the stated spans stay as written (two PLACEs and one ORG, annotation guidelines
"Coordinated names"), and this module records the implied 六枝特区总工会 and 水城县总工会.
Input: a ``Document`` after grouping and normalisation (PLACE mentions with their entities' divisions,
ORG entities with kind). Output: ``ImpliedEntity`` items for ``doc.implied``, each naming the place
entity it is built on, the stated body whose head it shares and the span of the whole list, with
the kind of that body and the code of its own place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unionie.core.document import Document, Mention
from unionie.core.types import EntityType as T
from unionie.entities.gazetteer import gazetteer

_JOINERS = re.compile(r"[、，,]|和|及|与|以及")


@dataclass(slots=True)
class ImpliedEntity:
    type: str
    name: str
    place: int  # index into Document.entities: the PLACE it is built on
    head_of: int  # index into Document.entities: the stated body whose head it shares
    start: int  # the coordinated list, as written
    end: int
    kind: str | None = None
    normalized: dict | None = None


def implied_entities(doc: Document) -> list[ImpliedEntity]:
    """The bodies implied by coordinated place names before a stated body (see module docstring)."""
    out: list[ImpliedEntity] = []
    seen: set[str] = set()
    stated = {e.name for e in doc.entities if e.type == T.ORG}
    places = [m for m in doc.mentions if m.type == T.PLACE and m.entity is not None]
    for org in (m for m in doc.mentions if m.type == T.ORG and m.entity is not None):
        lead = _leading_place(org)
        if lead is None:
            continue
        head = org.text[lead.end - org.start:]
        chain = _chain_before(doc, lead.start, places)
        body = doc.entities[org.entity]
        for p in chain:
            name = p.text + head
            if name in seen or name in stated:
                continue
            seen.add(name)
            place = doc.entities[p.entity].normalized or {}
            code = place.get("code")
            out.append(ImpliedEntity(T.ORG, name, p.entity, org.entity, chain[0].start, org.end,
                                     kind=body.kind, normalized={"place": code} if code else None))
    return out


def _leading_place(org: Mention) -> Mention | None:
    """The place an ORG mention's text opens with (钟山区 in 钟山区总工会), as a span of its own."""
    gaz = gazetteer()
    for n in range(min(10, len(org.text) - 2), 1, -1):
        if gaz.is_place(org.text[:n]) or org.text[:n] in gaz.towns:
            return Mention(org.start, org.start + n, T.PLACE, org.text[:n], "gazetteer")
    return None


def _chain_before(doc: Document, pos: int, places: list[Mention]) -> list[Mention]:
    """PLACE mentions joined to ``pos`` only by 、/和/及 (nearest last), in text order."""
    chain: list[Mention] = []
    by_end = {p.end: p for p in places}
    while True:
        j = pos
        while j > 0 and doc.text[j - 1] in " \u3000":
            j -= 1
        joiner = None
        for k in range(max(0, j - 2), j):
            if _JOINERS.fullmatch(doc.text, k, j):
                joiner = k
                break
        if joiner is None or joiner not in by_end:
            break
        p = by_end[joiner]
        chain.insert(0, p)
        pos = p.start
    return chain
