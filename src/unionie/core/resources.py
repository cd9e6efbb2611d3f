"""Domain knowledge loaded from data files under ``unionie/resources``, in one place.

Input: the files in ``resources/`` (plain word lists and JSON). Output: cached Python structures
(sets, dicts, compiled regular expressions) for the recognizers. Nothing here knows about any
particular article.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

_PKG = files("unionie") / "resources"


def resource_path(name: str) -> str:
    return str(_PKG / name)


def _read_text(name: str) -> str:
    return (_PKG / name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A one-entry-per-line list; '#' starts a comment."""
    out = []
    for line in _read_text(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@cache
def json_data(name: str) -> dict[str, Any]:
    return json.loads(_read_text(name))


def alternation(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """Regex alternation of literal words, longest first (so the longest match wins)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def generic_terms() -> frozenset[str]:
    return frozenset(word_list("generic_terms.txt"))


@cache
def positions() -> frozenset[str]:
    return frozenset(word_list("positions.txt"))


def organizations() -> dict[str, Any]:
    return json_data("organizations.json")


@cache
def party_units() -> tuple[str, ...]:
    """Party groups and committees a body may have (党组, 分党组, 党委…), longest first."""
    return tuple(sorted(organizations()["title_party_units"], key=len, reverse=True))


def places_lexicon() -> dict[str, Any]:
    return json_data("places.json")


def initiatives() -> dict[str, Any]:
    return json_data("initiatives.json")


def people() -> dict[str, Any]:
    return json_data("people.json")


@cache
def surnames() -> frozenset[str]:
    return frozenset(word_list("surnames.txt"))


def units() -> dict[str, Any]:
    return json_data("units.json")


def layout_cues() -> dict[str, Any]:
    return json_data("layout.json")
