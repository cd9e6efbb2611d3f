"""Entities: the NER backend's candidates and the domain recognizers, one merge policy, title
chains, and grouping into entities.

Input: a ``Document`` with regions, sentences and tokens. Output: ``doc.mentions`` (flat,
non-overlapping, inside title/body, each with its ``source``: ``neural``/``crf``/``lac``/``hanlp``
for the statistical model, ``gazetteer``, ``lexicon:*`` and ``rule:*`` for the domain layer, ``alias`` for
propagated names) and ``doc.entities`` (clusters with a canonical ``name``).

Recognizers are listed in ``registry.py``; each one's candidates are kept in ``doc.spans[name]``
(after the candidate filter ``recognizers.keep``), so an error can be traced to the recognizer
that proposed a span and the one that won. Policy (``overlap.resolve_overlaps``, swappable):
spans are flat. Quoted names, 《》 documents and events beat
anything they overlap; otherwise the longer span wins, ties going to the higher tier (rules and
lexicons over the statistical model, which is over propagated aliases). Adjacent names then merge
by the longest-name rule (``merge_adjacent``; a street or a named zone after a division stays
apart), recognised names are propagated to their other occurrences, bare heads (联合会, 经审会) to the body named with them and a company's short names
(澳恒石化) to the company (``propagate``, ``head_anaphora``, ``company_short_names``), the other
items of a list of bodies one of which is found (``listed_bodies``), a person's
name before 劳模创新工作室 or 工作法 becomes the studio's name (``person_named``), two names run
together that the article gives apart are split (``split_joined_names``), title chains add
POSITION mentions (``titles.find_positions``), and
``aliases.group`` builds the entities. A user lexicon (``lexicon.py``, ``EntityStage(lexicon=…)``)
adds its recognizer first (tier 3: its entries win any overlap), its POSITION entries to the title
chains (a user title without a holder is dropped, as the guidelines annotate titles only of named
people) and its PLACE codes to grouping. LAC's own entity tags are not candidates when a trained
model runs: adding them lowered accuracy (``benchmarks/combination.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from unionie.core.document import Document, Mention
from unionie.core.types import MODEL_SOURCES, Source
from unionie.core.types import EntityType as T
from unionie.entities.aliases import group
from unionie.entities.gazetteer import gazetteer
from unionie.entities.lexicon import UserLexicon
from unionie.entities.overlap import OverlapPolicy, resolve_overlaps
from unionie.entities.recognizers import (
    MEDIA_ENDS,
    bare_zones,
    common_word_read_as_place,
    company_short_name,
    company_short_names,
    described_not_named,
    document_code,
    enterprise_union_heads,
    generic_department,
    head_anaphora,
    in_slogan,
    keep,
    listed_bodies,
    merge_adjacent,
    names_a_concept,
    names_a_group,
    opens_longer_name,
    person_named,
    places_named_as_people,
    propagate,
    reduplicated_word,
    split_joined_names,
    with_community_head,
    without_verb_after_name,
)
from unionie.entities.registry import Recognizer, default_recognizers, run_order
from unionie.entities.titles import find_positions, party_units_to_titles

Propagator = Callable[[Document, list[Mention]], list[Mention]]


class EntityStage:
    """Runs the recognizers, applies the overlap policy, links titles, groups into entities."""

    name = "entities"

    def __init__(self, backend, recognizers: list[Recognizer] | None = None,
                 policy: OverlapPolicy = resolve_overlaps,
                 propagation: tuple[Propagator, ...] = (propagate, head_anaphora, company_short_names,
                                                       enterprise_union_heads, listed_bodies, bare_zones),
                 lexicon: UserLexicon | None = None) -> None:
        """``recognizers`` (default: ``registry.default_recognizers``), the overlap ``policy`` and
        the ``propagation`` steps (later occurrences of found names, bare heads) can be varied;
        ``lexicon``: a user lexicon."""
        self.backend = backend
        self.lexicon = lexicon
        self.recognizers = recognizers if recognizers is not None else default_recognizers(backend, lexicon)
        self._run_order = run_order(self.recognizers)
        self.policy = policy
        self.propagation = propagation
        self.gaz = gazetteer()

    def __call__(self, doc: Document) -> Document:
        for rec in self._run_order:
            doc.spans[rec.name] = rec.recognize(doc)
        base = [with_community_head(doc, without_verb_after_name(doc, m)) for rec in self.recognizers
                for m in doc.spans[rec.name] if _kept(doc, m)]
        first = places_named_as_people(merge_adjacent(doc, self.policy(base)))
        doc.spans["alias"] = [m for step in self.propagation for m in step(doc, first) if _kept(doc, m)]
        mentions = split_joined_names(doc, person_named(doc, _with_alias_names(
            self.policy(first + doc.spans["alias"]), doc.spans["alias"])))
        lex = self.lexicon
        extra = lex.positions if lex is not None else frozenset()
        mentions = party_units_to_titles(doc, mentions, extra)
        doc.spans["titles"] = find_positions(doc, mentions, extra)
        mentions = self.policy(mentions + doc.spans["titles"])
        if lex is not None:  # a user's title that no chain gave a holder
            mentions = [m for m in mentions if not (m.type == T.POSITION and m.holder is None
                                                    and m.source == Source.USER_LEXICON)]
        doc.set_mentions(mentions)
        doc.entities = group(doc, doc.mentions, self.gaz, lex.places if lex is not None else None)
        return doc


def _with_alias_names(mentions: list[Mention], aliases: list[Mention]) -> list[Mention]:
    """某山电力 found by the model where ``company_short_names`` also gives it as the short name of
    某山电力股份有限公司: the span won by the higher tier takes the alias's canonical name, so it joins
    the company."""
    named = {(a.start, a.end, a.type): a.canonical for a in aliases if a.canonical and a.type == T.ORG}
    for m in mentions:
        if m.canonical is None and m.source in MODEL_SOURCES and (m.start, m.end, m.type) in named:
            m.canonical = named[(m.start, m.end, m.type)]
    return mentions


def _kept(doc: Document, m: Mention) -> bool:
    """The candidate filter: ``keep``, no place that is part of a concept's name, no union of a
    group of divisions (各县(市)区总工会), no gazetteer place starting inside a word (超越城区: 超越|城区),
    no committee of a bare 工会 (讲解工会女职工委员会的任务), no company's short name taken for a person (江某化工),
    no body described but not named (首家社区联合工会), no issuing code of a document's number (某工发〔2023〕8号),
    no county's short name that is a common word where neither it nor its city is named (惠民之举)."""
    return keep(m) and not names_a_concept(doc, m) and not names_a_group(doc, m) and not _inside_a_word(doc, m) \
        and not opens_longer_name(doc, m) and not in_slogan(doc, m) and not reduplicated_word(doc, m) \
        and not generic_department(doc, m) and not company_short_name(doc, m) and not _cited_outlet(doc, m) \
        and not described_not_named(doc, m) and not document_code(doc, m) \
        and not common_word_read_as_place(doc, m)


_CITED = re.compile(r"(?:消息|报道|讯)")


def _cited_outlet(doc: Document, m: Mention) -> bool:
    """据某某工人报消息, 据中工网报道: an outlet cited as the story's source in the text is where the
    news comes from, as a source line is (metadata), no body of the story."""
    return m.type == T.ORG and m.text.endswith(MEDIA_ENDS) and doc.text.endswith("据", 0, m.start) \
        and _CITED.match(doc.text, m.end) is not None


def _inside_a_word(doc: Document, m: Mention) -> bool:
    """A division name the gazetteer finds from the middle of a segmenter word (超越|城区 holds 越城区)
    is no mention; the words of a place name start where it starts."""
    if m.source != Source.GAZETTEER:
        return False
    tok = doc.token_at(m.start)
    return tok is not None and tok.start < m.start


def proposers(doc: Document, start: int, end: int, type_: str) -> list[str]:
    """Names of the recognizers whose candidates include exactly this span and type."""
    return [name for name, found in doc.spans.items()
            if any(m.start == start and m.end == end and m.type == type_ for m in found)]


def winner_over(doc: Document, start: int, end: int) -> Mention | None:
    """The kept mention overlapping a span, if any (what won the overlap)."""
    return next((m for m in doc.mentions if m.start < end and start < m.end), None)
