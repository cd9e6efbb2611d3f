"""ORG kinds (schema 2): the kind of body an organisation name names.

Job: give an ORG entity's canonical name one of the schema-2 kinds (union, party, government,
congress, enterprise, institution, association, other) — 总工会党组 → party, 总工会职工法律援助中心 →
institution, 供电局 → enterprise, 共青团…市委员会 → association.
Input: the name (a few traditional characters are folded to simplified ones first).
Output: the kind as a string; the default kind when no rule matches.
The rules are data, in ``resources/org_kinds.json``: an ordered list where the first rule that
matches (by the name's ending, beginning or a word inside it) gives the kind, and sub-unit rules
classify the body a department belongs to. Nothing here knows any particular organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from unionie.core.resources import alternation, json_data

__all__ = ["org_kind", "org_kinds"]


@dataclass(frozen=True)
class _Rule:
    kind: str | None  # None: a sub-unit rule, the kind comes from the part before the suffix
    pattern: re.Pattern[str] | None  # ends / starts / contains, in one expression
    parents: tuple[str, ...] = ()  # sub-unit suffixes, longest first


@dataclass(frozen=True)
class _Rules:
    rules: tuple[_Rule, ...]
    fold: dict[int, str]
    default: str
    kinds: tuple[str, ...]


def _pattern(rule: dict) -> re.Pattern[str] | None:
    parts = []
    if rule.get("ends"):
        parts.append(f"(?:{alternation(rule['ends'])})$")
    if rule.get("starts"):
        parts.append(f"^(?:{alternation(rule['starts'])})")
    if rule.get("contains"):
        parts.append(f"(?:{alternation(rule['contains'])})")
    return re.compile("|".join(parts)) if parts else None


@cache
def _rules() -> _Rules:
    data = json_data("org_kinds.json")
    kinds = tuple(data["kinds"])
    default = data["default"]
    rules = []
    for raw in data["rules"]:
        kind = raw.get("kind")
        if kind is not None and kind not in kinds:
            raise ValueError(f"org_kinds.json: unknown kind {kind!r}")
        parents = tuple(sorted(set(raw.get("parent", ())), key=lambda w: (-len(w), w)))
        if kind is None and not parents:
            raise ValueError(f"org_kinds.json: a rule with neither kind nor parent: {raw}")
        rules.append(_Rule(kind, _pattern(raw) if kind is not None else None, parents))
    return _Rules(tuple(rules), str.maketrans(data.get("fold", {})), default, kinds)


def org_kinds() -> tuple[str, ...]:
    """The kinds an ORG entity may have, in the order the schema lists them."""
    return _rules().kinds


def _classify(name: str, table: _Rules) -> str:
    for rule in table.rules:
        if rule.kind is not None:
            if rule.pattern is not None and rule.pattern.search(name):
                return rule.kind
            continue
        for suffix in rule.parents:
            if len(name) > len(suffix) and name.endswith(suffix):
                kind = _classify(name[: -len(suffix)], table)
                if kind != table.default:
                    return kind
    return table.default


@lru_cache(maxsize=8192)
def org_kind(name: str) -> str:
    """The schema-2 kind of the organisation ``name`` (e.g. 某市总工会 → ``union``)."""
    table = _rules()
    folded = "".join(name.split()).translate(table.fold)
    return _classify(folded, table) if folded else table.default


@cache
def _national() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(json_data('places.json')['national_prefixes'])})")


def is_national(name: str) -> bool:
    """A national body (``national_prefixes`` in places.json: 中华全国总工会, 中共中央, 国务院…; or a
    general administration, ``national_heads``: 广电总局, 总局工会, when the caller found no division in it)."""
    return _national().match(name) is not None or any(h in name for h in json_data("places.json")["national_heads"])
