"""Gazetteer of Chinese administrative places (province, city, county) for PLACE mentions.

Input: ``resources/divisions.tsv.gz``, the administrative-division list of the ``jionlp`` package
(Apache-2.0), vendored by ``data/tools/build_divisions.py`` (source and date in
``resources/README.md``); a missing or unreadable table is an error, never an empty gazetteer.
Output:
``Gazetteer.lookup(surface)`` gives the places a surface form can name, with level and parents,
for recognition (full names such as 六盘水市, 六枝特区; short names of provinces and cities such as
六盘水) and for the ``normalized`` field of PLACE entities.
"""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from unionie.errors import GazetteerMissing

DIVISIONS_FILE = "divisions.tsv.gz"
LEVEL_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "特区", "新区", "地区", "林区",
                  "省", "市", "县", "区", "州", "盟", "旗")


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # full official name, e.g. 六盘水市
    level: str  # province | city | county
    province: str
    city: str | None
    county: str | None




def _parse(lines: list[str]) -> list[list[str]]:
    """Rows (level, full, short, province, city, county) of depth 0–2 from the vendored table."""
    rows: list[list[str]] = []
    province = city = ""
    for line in lines:
        depth_s, full, _code, short = (line.split("\t") + ["", "", ""])[:4]
        depth = int(depth_s)
        short = short or full
        if depth == 0:
            province, city = full, ""
            rows.append(["province", full, short, province, "", ""])
        elif depth == 1:
            city = full
            rows.append(["city", full, short, province, city, ""])
        elif depth == 2:
            rows.append(["county", full, short, province, city, full])
    return rows


@lru_cache(maxsize=1)
def _rows() -> list[list[str]]:
    path = files("unionie") / "resources" / DIVISIONS_FILE
    try:
        with gzip.open(io.BytesIO(path.read_bytes()), "rt", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, ValueError, EOFError) as exc:
        raise GazetteerMissing(
            f"place gazetteer {path} is missing or unreadable ({exc}); reinstall unionie"
        ) from None
    rows = _parse(lines)
    if not rows:
        raise GazetteerMissing(f"place gazetteer {path} holds no divisions; reinstall unionie")
    return rows


def _strip_suffix(name: str) -> str:
    for suf in LEVEL_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


class Gazetteer:
    """Surface form → candidate places."""

    def __init__(self) -> None:
        self.full: dict[str, list[Place]] = {}
        self.short: dict[str, list[Place]] = {}
        official: set[str] = set()
        for level, full, short, prov, city, county in _rows():
            if full in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            place = Place(full, level, prov, city or None, county or None)
            self.full.setdefault(full, []).append(place)
            official.add(full)
            # former or alternative suffixes of counties (水城县 → 水城区 in later lists)
            stem = _strip_suffix(full)
            if level == "county" and stem != full:
                for suf in ("县", "区", "市"):
                    self.full.setdefault(stem + suf, []).append(place)
                if full.endswith("特区"):
                    self.full.setdefault(stem + "特区", []).append(place)
            if level in ("province", "city") and len(stem) >= 2 and stem != full:
                self.short.setdefault(stem, []).append(place)
            if level in ("province", "city") and short and len(short) >= 2 and short != full:
                self.short.setdefault(short, []).append(place)
        # former or alternative forms (会同市 for 会同县) are trusted only on word boundaries, like
        # short names: 总工会会同市人社局 holds no place
        self.variants = frozenset(self.full) - official
        # municipalities appear as province and city with the same name: keep one
        for table in (self.full, self.short):
            for key, places in table.items():
                uniq = {}
                for p in places:
                    uniq.setdefault((p.name, p.province, p.city), p)
                table[key] = list(uniq.values())

    def lookup(self, surface: str) -> list[Place]:
        """Places a surface can name; an exact official name ranks first."""
        found = self.full.get(surface) or self.short.get(surface) or []
        return sorted(found, key=lambda p: p.name != surface)

    def is_place(self, surface: str) -> bool:
        return surface in self.full or surface in self.short


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
