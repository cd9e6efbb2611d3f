"""Entities: the NER backend's candidates and the domain recognizers, one merge policy, title
chains, and grouping into entities.

Input: a ``Document`` with regions, sentences and tokens. Output: ``doc.mentions`` (flat,
non-overlapping, inside title/body, each with its ``source``: ``neural``/``crf``/``lac``/``hanlp``
for the statistical model, ``gazetteer``, ``lexicon:*`` and ``rule:*`` for the domain layer, ``alias`` for
propagated names) and ``doc.entities`` (clusters with a canonical ``name``).

Policy (``resolve_overlaps``): spans are flat. Quoted names, 《》 documents and events beat
anything they overlap; otherwise the longer span wins, ties going to the higher tier (rules and
lexicons over the statistical model, which is over propagated aliases). Adjacent names then merge
by the longest-name rule (``merge_adjacent``), recognised names are propagated to their other
occurrences and bare heads (联合会, 经审会) to the body named with them (``propagate``,
``head_anaphora``), title chains add POSITION mentions (``titles.find_positions``), and
``aliases.group`` builds the entities. LAC's own entity tags are not candidates when a trained
model runs: adding them lowered accuracy (``benchmarks/combination.py``).
"""

from __future__ import annotations

from .aliases import group
from .document import Document, Mention
from .ner import MODEL_SOURCES
from .places import gazetteer
from .recognizers import (
    contests,
    dates,
    events,
    head_anaphora,
    keep,
    known_initiatives,
    merge_adjacent,
    organizations_,
    places,
    propagate,
    quoted,
    token_bounds,
    trim_model_org,
)
from .titles import find_positions

# tier 3 always wins an overlap; below that the longer span wins, then the tier
TIER = {
    "rule:document": 3, "rule:quoted": 3, "rule:event": 3,
    "rule:org": 2, "lexicon:initiative": 2, "rule:contest": 2, "rule:programme": 2, "lexicon:org": 2, "gazetteer": 2, "rule:date": 2,
    **dict.fromkeys(MODEL_SOURCES, 1), "alias": 0,
}


def _tier(m: Mention) -> int:
    return TIER.get(m.source, 1)


def resolve_overlaps(cands: list[Mention]) -> list[Mention]:
    """Keep a flat set of mentions: see the module docstring for the policy."""
    order = sorted(cands, key=lambda m: (-(_tier(m) >= 3), -(m.end - m.start), -_tier(m), m.start))
    kept: list[Mention] = []
    taken = bytearray()
    for m in order:
        if len(taken) < m.end:
            taken.extend(b"\0" * (m.end - len(taken)))
        if any(taken[m.start : m.end]):
            continue
        for i in range(m.start, m.end):
            taken[i] = 1
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


class EntityStage:
    """Runs the NER backend and the domain recognizers, merges, links titles, groups."""

    name = "entities"

    def __init__(self, backend) -> None:
        self.backend = backend
        self.gaz = gazetteer()

    def __call__(self, doc: Document) -> Document:
        starts, ends = token_bounds(doc)
        model = [t for m in self.backend(doc) if doc.in_regions(m.start, m.end)
                 and (m.type != "PLACE" or (m.start in starts and m.end in ends))  # not 太阳|能
                 for t in trim_model_org(doc, m)]
        gaz_places = places(doc, self.gaz)
        prefixes = gaz_places + [m for m in model if m.type in ("PLACE", "ORG")]
        orgs = organizations_(doc, prefixes)
        base = (quoted(doc) + known_initiatives(doc) + events(doc, prefixes + orgs) + contests(doc, prefixes) + orgs
                + gaz_places + dates(doc) + model)
        base = [m for m in base if keep(m)]
        first = merge_adjacent(doc, resolve_overlaps(base))
        mentions = resolve_overlaps(first + [m for m in propagate(doc, first) + head_anaphora(doc, first)
                                             if keep(m)])
        titles = find_positions(doc, mentions)
        mentions = resolve_overlaps(mentions + titles)
        doc.set_mentions(mentions)
        doc.entities = group(doc, doc.mentions, self.gaz)
        return doc
