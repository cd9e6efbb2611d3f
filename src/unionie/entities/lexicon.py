"""User lexicons: names, titles and measure words a user adds to a run (``--lexicon FILE``,
``Pipeline(lexicon=FILE)``).

Job: read and check one lexicon file, find its entries in a document's title and body, and hand
the entries' extras (ORG kind and place, PLACE division, POSITION titles, UNIT measure words) to
the stages that use them.

Input: a UTF-8 TSV file (a UTF-8 byte-order mark is allowed):

- lines starting with ``#`` are comments (a header comment saying what the file holds and where
  its entries come from is recommended); blank lines are allowed;
- an optional column-name row, before the first entry: ``surface<TAB>type<TAB>kind<TAB>place<TAB>canonical``
  (or its first columns);
- then one entry per line: ``surface<TAB>type[<TAB>kind][<TAB>place][<TAB>canonical]``, columns by
  position (leave a column empty to skip it: ``澄岭\\tPLACE\\t\\t360781``):

  ========= ===============================================================================
  surface   the text as written (simplified characters); at least 2 characters except UNIT
  type      ORG, PLACE, INITIATIVE, DOCUMENT, EVENT, PERSON, POSITION or UNIT
  kind      ORG: union, party, government, congress, enterprise, institution, association or
            other (``unionie.record.OrgKind``); UNIT: the canonical unit (default: the surface);
            empty for the other types
  place     ORG and PLACE only: a 6-digit division code of the gazetteer. ORG: its
            ``normalized.place``; PLACE: its province, city, county and code
  canonical the entity's name: mentions with the same canonical name are one entity (default:
            the surface). UNIT: what the unit measures, as ``resources/units.json`` says it
            (count, money, weight, length, area, energy, duration, percent; default count)
  ========= ===============================================================================

  A UNIT line maps onto a ``units.json`` entry as ``surface: {"unit": kind, "kind": canonical}``.

Any malformed line (unknown type or kind, a bad or unknown code, a column the type does not take,
too few or too many columns, a surface given twice, entries of one entity that disagree) is a ``LexiconError`` naming the file and the
line; a missing or unreadable file is a ``LexiconError`` too. Nothing is skipped silently.

Entries that share a type and canonical name must not give different kinds or places (one may
leave them empty).

Output: ``UserLexicon.find(doc)``: ``Mention``s (source ``lexicon:user``, tier 3 like quoted names:
they beat any model or rule span they overlap; ``canonical`` set) of every entry but UNIT, longest first and non-overlapping, inside
``doc.regions``; ``positions`` (extra titles for ``titles.find_positions``; a POSITION mention is
kept only where a title chain gives it a holder, as the guidelines annotate titles), ``units``
(extra measure words for ``FactStage``), ``places`` (canonical name → division, for grouping), and
``entry_of`` (the entry behind a mention: ``NormalizeStage`` gives its ORG kind and place).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionie.core.document import Document, EntityCluster, Mention
from unionie.core.resources import units
from unionie.core.types import EntityType, Source
from unionie.core.types import EntityType as T
from unionie.entities.gazetteer import Gazetteer, Place, gazetteer
from unionie.errors import LexiconError

COLUMNS = ("surface", "type", "kind", "place", "canonical")
UNIT = "UNIT"
TYPES = (T.ORG, T.PLACE, T.INITIATIVE, T.DOCUMENT, T.EVENT, T.PERSON, T.POSITION, UNIT)
ORG_KINDS = ("union", "party", "government", "congress", "enterprise", "institution", "association", "other")
_CODE = re.compile(r"[0-9]{6}")


@dataclass(frozen=True, slots=True)
class Entry:
    surface: str
    type: str
    kind: str | None = None  # ORG: its kind; UNIT: the canonical unit
    place: str | None = None  # ORG, PLACE: a 6-digit division code
    canonical: str | None = None  # the entity's name; UNIT: what the unit measures
    line: int = 0

    @property
    def name(self) -> str:
        return self.canonical or self.surface


class UserLexicon:
    """One checked lexicon file; build with ``UserLexicon.load(path)``."""

    def __init__(self, entries: list[Entry], path: str = "<lexicon>", sha256: str | None = None,
                 gaz: Gazetteer | None = None) -> None:
        self.path = path
        self.sha256 = sha256
        self.entries = entries
        self.by_surface = {e.surface: e for e in entries if e.type != UNIT}
        self._lengths = sorted({len(s) for s in self.by_surface}, reverse=True)
        gaz = gaz or gazetteer()
        self.positions = frozenset(e.surface for e in entries if e.type == EntityType.POSITION)
        self.units: dict[str, dict[str, str]] = {
            e.surface: {"unit": e.kind or e.surface, "kind": e.canonical or "count"}
            for e in entries if e.type == UNIT}
        self.places: dict[str, Place] = {e.name: gaz.by_code[e.place] for e in entries
                                         if e.type == EntityType.PLACE and e.place}

    @classmethod
    def load(cls, path: str | Path) -> UserLexicon:
        """Read and check a lexicon file; every problem is a one-line ``LexiconError``."""
        p = Path(path)
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise LexiconError(f"lexicon {p}: no such file") from None
        except IsADirectoryError:
            raise LexiconError(f"lexicon {p}: is a directory, not a file") from None
        except OSError as exc:
            raise LexiconError(f"lexicon {p}: cannot read ({exc.strerror or exc})") from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise LexiconError(f"lexicon {p}, line {line}: not UTF-8 (byte {exc.start})") from None
        return cls(parse(text, str(p)), str(p), hashlib.sha256(data).hexdigest())

    # -- recognition
    def find(self, doc: Document) -> list[Mention]:
        """Every entry (not UNIT) in the title and body: longest first, then leftmost; no two
        overlap."""
        if not self.by_surface:
            return []
        text = doc.text
        cands: list[tuple[int, int, Entry]] = []
        for region in doc.regions:
            for i in range(region.start, region.end):
                for n in self._lengths:
                    if i + n <= region.end and (e := self.by_surface.get(text[i : i + n])) is not None:
                        cands.append((i, i + n, e))
                        break  # the longest entry starting here
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken = bytearray(len(text))
        out = []
        for s, e, entry in cands:
            if any(taken[s:e]):
                continue
            taken[s:e] = b"\1" * (e - s)
            out.append(Mention(s, e, entry.type, text[s:e], Source.USER_LEXICON, canonical=entry.name))
        out.sort(key=lambda m: m.start)
        return out

    # -- normalisation
    def entry_of(self, m: Mention) -> Entry | None:
        """The entry behind a ``lexicon:user`` mention."""
        return self.by_surface.get(m.text) if m.source == Source.USER_LEXICON else None

    def user_name(self, cl: EntityCluster) -> str | None:
        """The canonical name an entry gives an entity, if one of its mentions is an entry's."""
        return next((m.canonical for m in cl.mentions if m.source == Source.USER_LEXICON and m.canonical), None)


def parse(text: str, where: str = "<lexicon>", gaz: Gazetteer | None = None) -> list[Entry]:
    """The entries of a lexicon's text; ``where`` names the file in error messages."""
    gaz = gaz or gazetteer()
    measures = sorted({u["kind"] for u in units()["units"].values()})
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    header_allowed = True
    for lineno, raw in enumerate(text.removeprefix("\ufeff").splitlines(), 1):
        def fail(msg: str, lineno: int = lineno) -> LexiconError:
            return LexiconError(f"lexicon {where}, line {lineno}: {msg}")

        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in raw.split("\t")]
        if header_allowed and len(cols) >= 2 and tuple(cols) == COLUMNS[: len(cols)]:
            header_allowed = False
            continue
        header_allowed = False
        if not 2 <= len(cols) <= 5:
            raise fail(f"expected 2 to 5 tab-separated columns (surface, type[, kind][, place][, canonical]), "
                       f"found {len(cols)}")
        surface, type_, kind, place, canonical = (cols + [""] * 5)[:5]
        if not surface:
            raise fail("empty surface")
        if type_ not in TYPES:
            raise fail(f"unknown type {type_!r} (one of {', '.join(TYPES)})")
        if type_ != UNIT and len(surface) < 2:
            raise fail(f"surface {surface!r} is too short (at least 2 characters)")
        if type_ == T.ORG and kind and kind not in ORG_KINDS:
            raise fail(f"unknown ORG kind {kind!r} (one of {', '.join(ORG_KINDS)})")
        if kind and type_ not in (T.ORG, UNIT):
            raise fail(f"the kind column is for ORG and UNIT entries, not {type_} (found {kind!r})")
        if place:
            if type_ not in (T.ORG, T.PLACE):
                raise fail(f"the place column is for ORG and PLACE entries, not {type_} (found {place!r})")
            if not _CODE.fullmatch(place):
                raise fail(f"place {place!r} is not a 6-digit division code")
            if place not in gaz.by_code:
                raise fail(f"place code {place} is not a division of the gazetteer")
        if type_ == UNIT and canonical and canonical not in measures:
            raise fail(f"a UNIT's canonical column says what it measures: one of {', '.join(measures)} "
                       f"(found {canonical!r})")
        if surface in seen:
            raise fail(f"surface {surface!r} is already an entry (line {seen[surface]})")
        seen[surface] = lineno
        entry = Entry(surface, type_, kind or None, place or None, canonical or None, lineno)
        same = next((e for e in entries if type_ != UNIT and e.type == type_ and e.name == entry.name
                     and any(a and b and a != b for a, b in ((e.kind, entry.kind), (e.place, entry.place)))), None)
        if same is not None:
            raise fail(f"{type_} {entry.name!r} has kind {entry.kind!r} and place {entry.place!r} here but "
                       f"{same.kind!r} and {same.place!r} on line {same.line}")
        entries.append(entry)
    return entries


def as_lexicon(value: Any) -> UserLexicon | None:
    """A ``UserLexicon`` from a path, a loaded lexicon or None."""
    if value is None or isinstance(value, UserLexicon):
        return value
    if isinstance(value, str | Path):
        return UserLexicon.load(value)
    raise TypeError(f"lexicon must be a path or a UserLexicon, not {type(value).__name__}")
