"""Gazetteer of Chinese administrative places (province, city, county, town) for PLACE mentions.

Input: ``resources/divisions.tsv.gz``, the administrative-division list of the ``jionlp`` package
(Apache-2.0), vendored by ``data/tools/build_divisions.py`` (source and date in
``resources/README.md``); a missing or unreadable table is an error, never an empty gazetteer.
Output:
``Gazetteer.lookup(surface)`` gives the places a surface form can name, with level and parents,
for recognition (full names such as 六盘水市, 六枝特区; short names of provinces and cities such as
六盘水; towns and townships such as 柳林镇) and for the ``normalized`` field of PLACE entities
(province, city, county, town and the current 6-digit code; a town keeps its county's code; a
renamed division, listed in ``resources/division_changes.tsv``, resolves to its successor).
"""

from __future__ import annotations

import gzip
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from unionie.core.chars import HAN
from unionie.core.resources import json_data
from unionie.errors import GazetteerMissing

DIVISIONS_FILE = "divisions.tsv.gz"
LEVEL_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "特区", "新区", "地区", "林区",
                  "省", "市", "县", "区", "州", "盟", "旗")


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # full official name, e.g. 六盘水市
    level: str  # province | city | county | town
    province: str
    city: str | None
    county: str | None
    code: str | None = None  # 6-digit code of the lowest level with one (a town: its county's)
    town: str | None = None

    def normalized(self) -> dict[str, str | None]:
        """The ``normalized`` value of a PLACE entity that is this division (schema 2)."""
        out: dict[str, str | None] = {"province": self.province, "city": self.city,
                                      "county": self.county, "code": self.code}
        if self.town:
            out["town"] = self.town
        return out


TOWN_ENDS = ("街道", "镇", "乡", "苏木")


def _parse(lines: list[str]) -> list[list[str]]:
    """Rows (level, full, short, province, city, county, code, town) from the vendored table."""
    rows: list[list[str]] = []
    province = city = county = county_code = ""
    for line in lines:
        depth_s, full, code, short = (line.split("\t") + ["", "", ""])[:4]
        depth = int(depth_s)
        short = short or full
        if depth == 0:
            province, city, county = full, "", ""
            rows.append(["province", full, short, province, "", "", code, ""])
        elif depth == 1:
            city, county = full, ""
            rows.append(["city", full, short, province, city, "", code, ""])
        elif depth == 2:
            county, county_code = full, code
            rows.append(["county", full, short, province, city, full, code, ""])
        elif county and full.endswith(TOWN_ENDS) and len(full) >= 3:
            rows.append(["town", full, full, province, city, county, county_code, full])
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


_ETHNIC_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:[{HAN}]{{1,5}}族)+(?=自治[县旗州])")


def _strip_suffix(name: str) -> str:
    m = _ETHNIC_AUTONOMOUS.match(name)  # 大通回族土族自治县 → 大通
    if m and len(m.group(1)) >= 2:
        return m.group(1)
    for suf in LEVEL_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


class Gazetteer:
    """Surface form → candidate places."""

    def __init__(self) -> None:
        self.full: dict[str, list[Place]] = {}
        self.short: dict[str, list[Place]] = {}
        self.towns: dict[str, list[Place]] = {}
        # short names of counties (昆山 for 昆山市, 桂阳 for 桂阳县): trusted only for normalising a
        # name the article's own province confirms, never for recognition
        self.county_short: dict[str, list[Place]] = {}
        self.nicknames: dict[str, list[Place]] = {}
        self.province_nicknames = frozenset(json_data("places.json")["province_nicknames"])
        # the division table's own short name of each county (北戴河 for 北戴河区, not for 北戴河新区)
        self.county_official_short: dict[str, list[Place]] = {}
        # 6-digit code → the province, city or county bearing it (user lexicons name places by code);
        # a municipality (北京市 as province and city) is its city entry
        self.by_code: dict[str, Place] = {}
        official: set[str] = set()
        for level, full, short, prov, city, county, code, town in _rows():
            if full in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            place = Place(full, level, prov, city or None, county or None, code or None, town or None)
            if level == "town":
                self.towns.setdefault(full, []).append(place)
                continue
            if code:
                known = self.by_code.get(code)
                if known is None or (known.name == full and city and not known.city):
                    self.by_code[code] = place
            self.full.setdefault(full, []).append(place)
            official.add(full)
            stem = _strip_suffix(full)
            if level == "county" and stem != full:
                self._add_county_variants(full, stem, place)
            if level in ("province", "city") and len(stem) >= 2 and stem != full:
                self.short.setdefault(stem, []).append(place)
            if level == "county" and len(stem) >= 2 and stem != full:
                self.county_short.setdefault(stem, []).append(place)
            if level == "county" and short and len(short) >= 2 and short != full:
                self.county_official_short.setdefault(short, []).append(place)
            if level in ("province", "city") and short and len(short) >= 2 and short != full:
                self.short.setdefault(short, []).append(place)
        self._index_zones()
        self._add_renamed(official)
        for nick, name in _nicknames().items():  # 三晋 → 山西省, 龙江 → 黑龙江省, 并州 → 太原市
            self.nicknames[nick] = [p for p in self.full.get(name, []) if p.level in ("province", "city")][:1]
        self._index_beginnings()
        # former or alternative forms (会同市 for 会同县) are trusted only on word boundaries, like
        # short names: 总工会会同市人社局 holds no place
        self.variants = frozenset(self.full) - official
        # municipalities appear as province and city with the same name: keep the city entry
        for table in (self.full, self.short):
            for key, places in table.items():
                uniq: dict[tuple, Place] = {}
                for p in places:
                    k = (p.name, p.province, p.county)
                    if k not in uniq or (p.city and not uniq[k].city):
                        uniq[k] = p
                table[key] = list(uniq.values())

    def _add_county_variants(self, full: str, stem: str, place: Place) -> None:
        """Former or alternative suffixes of a county (水城县 → 水城区 in later lists; 某某特区), and an
        autonomous county or banner written without its peoples (某某自治县 for 某某土家族自治县)."""
        for suf in ("县", "区", "市"):
            self.full.setdefault(stem + suf, []).append(place)
        if full.endswith("特区"):
            self.full.setdefault(stem + "特区", []).append(place)
        if full.endswith(("自治县", "自治旗")) and _ETHNIC_AUTONOMOUS.match(full):
            self.full.setdefault(stem + full[-3:], []).append(place)

    def _index_zones(self) -> None:
        """The zones of each city (威海经济技术开发区 under 威海市), for a zone's short form (经区)."""
        zone_ends = tuple(json_data("places.json")["zone_suffixes"])
        self._zones: dict[tuple[str, str], list[Place]] = {}
        for places in self.full.values():
            for place in places:
                if place.level == "county" and place.city and place.name.endswith(zone_ends):
                    self._zones.setdefault((place.province, place.city), []).append(place)

    def zone_of_city(self, short: str, city: Place | None) -> Place | None:
        """经区 or 经开区 in an article about 威海市 → 威海经济技术开发区: the one zone of ``city`` whose
        name ends with a full form the short form stands for (``zone_short_forms`` in places.json);
        None when the city has none or several."""
        fulls = tuple(json_data("places.json")["zone_short_forms"].get(short, ()))
        if not fulls or city is None or not city.city:
            return None
        found = {p.code: p for p in self._zones.get((city.province, city.city), []) if p.name.endswith(fulls)}
        if len(found) > 1:  # 威海经济技术开发区 beside 威海临港经济技术开发区: the one named after the city alone
            stem = _strip_suffix(city.city)
            found = {c: p for c, p in found.items() if p.name.removeprefix(stem) in fulls}
        return next(iter(found.values())) if len(found) == 1 else None

    def _index_beginnings(self) -> None:
        """What a scan over text needs: the longest name starting with each character (the others
        are skipped at once) and every beginning of two characters or more of a name (a scan
        stops where none goes on)."""
        self.longest_from: dict[str, int] = {}
        for table in (self.full, self.short, self.towns):
            for key in table:
                if len(key) > self.longest_from.get(key[0], 0):
                    self.longest_from[key[0]] = len(key)
        self.prefixes = frozenset(key[:n] for table in (self.full, self.short, self.towns)
                                  for key in table for n in range(2, len(key) + 1))
        # what is left of a town's name without its 街道/镇/乡/苏木 (白石 of 白石街道): a scan looks up a
        # short town name only where one of these begins
        self.town_stems = frozenset(name[: -len(end)] for name in self.towns for end in TOWN_ENDS
                                    if name.endswith(end) and len(name) > len(end))

    def _add_renamed(self, official: set[str]) -> None:
        """Former names (襄樊市, 平泉县) → the division that succeeded them, as variants."""
        for line in _changes():
            cols = (line.split("\t") + [""] * 7)[:7]
            old_city, old_county, new_prov, new_city, new_county = cols[2], cols[3], cols[4], cols[5], cols[6]
            old, new = (old_county, new_county) if old_county else (old_city, new_city)
            if not old or old in official:
                continue
            succ = [p for p in self.full.get(new, []) if p.province == new_prov
                    and (p.city == new_city or not new_city or p.level == "province")]
            if succ and succ[0] not in self.full.get(old, []):
                self.full.setdefault(old, []).append(succ[0])

    def lookup(self, surface: str) -> list[Place]:
        """Places a surface can name; an exact official name ranks first."""
        found = self.full.get(surface) or self.short.get(surface) or self.towns.get(surface) or self._chain(surface) \
            or self._prefecture(surface)
        tail = [p for p in found if surface.endswith(p.name) or surface.endswith(p.name[:-1])]
        if tail and len({p.code for p in tail}) < len({p.code for p in found}):
            found = tail  # 河北省承德市: the city it ends with, not 承德县
        return sorted(found, key=lambda p: p.name != surface)

    def _prefecture(self, surface: str) -> list[Place]:
        """临夏州, 甘南州: an autonomous prefecture (某某回族自治州) written as its short name and 州."""
        if len(surface) < 3 or not surface.endswith("州"):
            return []
        return [p for p in self.short.get(surface[:-1], []) if p.level == "city" and p.name.endswith("自治州")]

    def _chain(self, surface: str) -> list[Place]:
        """A division written after the one above it in short forms (湖北宜昌 → 宜昌市): the lower one."""
        for i in range(2, len(surface) - 1):
            upper = self.full.get(surface[:i]) or self.short.get(surface[:i]) or []
            lower = self.full.get(surface[i:]) or self.short.get(surface[i:]) or []
            inside = [p for p in lower for u in upper if p.level != u.level and p.province == u.province
                      and (u.level == "province" or p.city == u.city)]
            if inside:
                return inside
        return []

    def town_opening(self, surface: str) -> list[Place]:
        """The towns or streets of the table a name opens with (某某北路街道总工会, 某某镇党委; 某某办事处
        for 某某街道's office): the longest such name, whose own words are no place of their own
        (四川北路街道 is a Shanghai street, not 四川; 桃园街道 not 桃园市); [] when it opens with none."""
        for n in range(min(12, len(surface)), 2, -1):
            sub = surface[:n]
            if sub.endswith(TOWN_ENDS) and sub in self.towns:
                return self.towns[sub]
            if n > 4 and sub.endswith("办事处") and sub[:-3] + "街道" in self.towns:
                return self.towns[sub[:-3] + "街道"]
        return []

    def is_place(self, surface: str) -> bool:
        return surface in self.full or surface in self.short

    def division_prefix(self, name: str) -> str | None:
        """The division's full name a name opens with (大通县 in 大通县总工会), if any."""
        return next((name[:n] for n in range(min(10, len(name) - 1), 2, -1) if self.full.get(name[:n])), None)

    def city_named(self, name: str, text: str) -> bool:
        """Whether ``text`` names the city of the division ``name`` (呼和浩特 for its 新城区)."""
        return any(p.city and (p.city in text or (len(p.city) > 2 and p.city[:-1] in text))
                   for p in self.full.get(name, ()))

    def official_county(self, short: str) -> Place | None:
        """The one county whose short name in the division table is ``short`` (北戴河 → 北戴河区,
        五台山 → 五台山风景名胜区); None when no county or several bear it, and for two-character
        short names, which roads, parks and common words share too often (長陽 of a park's name)."""
        found = self.county_official_short.get(short, []) if len(short) >= 3 else []
        return found[0] if len({p.code for p in found}) == 1 else None

    def counties_named(self, short: str, text: str) -> list[Place]:
        """The counties whose short name is ``short`` (卓尼 for 卓尼县) that ``text`` names in full."""
        return [c for c in self.county_short.get(short, ()) if c.name in text]


def _nicknames() -> dict[str, str]:
    data = json_data("places.json")
    return {**data["province_nicknames"], **data["city_nicknames"]}


@lru_cache(maxsize=1)
def _changes() -> list[str]:
    path = files("unionie") / "resources" / "division_changes.tsv"
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GazetteerMissing(f"division changes {path} are unreadable ({exc}); reinstall unionie") from None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
