"""Grouping: mentions into entities with canonical names (alias resolution).

Input: a ``Document`` and its final mentions. Output: ``EntityCluster``s, one per entity, with the
fullest name the article uses or implies: 市总工会 in an article about 六盘水 is 六盘水市总工会,
六盘市工会 (a typo) and 朝阳区总工会 (without its leading place) join the full name, 该公司工会 the
enterprise union named last, and PLACE entities get their division (province, city, county, town
and code). A name that several divisions bear is resolved by the article's other places (its home
province, city and county); when they do not decide, the value stays null and the record says so
in a warning. A user lexicon's mentions (``lexicon:user``) are grouped by their entry's canonical
name, which names the entity; a PLACE entry's division is its code's (else its name's).
"""

from __future__ import annotations

import re
from collections import Counter

from unionie.core.chars import is_han
from unionie.core.document import Document, EntityCluster, Mention
from unionie.core.resources import initiatives, organizations, people, places_lexicon, surnames
from unionie.core.types import EntityType as T
from unionie.core.types import Source
from unionie.entities.gazetteer import Gazetteer, Place
from unionie.entities.recognizers import (
    LEVEL_SHORT_UNIONS,
    MEDIA_ENDS,
    NOT_A_LEVEL_WORD,
    full_names_also_words,
    org_grammar,
    zone_kind_fits,
)
from unionie.entities.titles import union_of_congress

_NEIGHBOURHOODS = ("社区", "村")
_LEVEL_WORDS = frozenset("省市县区旗镇乡")

_NO_SPACE = re.compile(r"\s+")


def _home_places(doc: Document, mentions: list[Mention], gaz: Gazetteer) -> dict[str, Place]:
    """The article's own province/city/county: the most named ones of each level; ``main`` is the
    one it is about: its county when that is named at least as often as its city, else the city,
    else the province."""
    counts: dict[str, Counter[Place]] = {"province": Counter(), "city": Counter(), "county": Counter()}
    direct: Counter[Place] = Counter()
    known_programmes = frozenset(initiatives()["known"])
    for m in mentions:
        if m.type not in (T.PLACE, T.ORG, T.EVENT, T.INITIATIVE):
            continue  # an event or a contest votes with the places in its name: 某市第三届职工技能大赛
        if m.type == T.ORG and any(h in m.text for h in places_lexicon()["non_voting_heads"]):
            continue  # 某市银行: a bank named after a city works in many, it says nothing of the article's
        if m.type == T.INITIATIVE and m.text in known_programmes:
            continue  # 安康杯: a known programme's name, no place's (安康 the city) however it reads
        surface = m.text
        found: list[Place] = []
        cands = gaz.lookup(surface) if m.type == T.PLACE else []
        if cands:
            exact = [c for c in cands if c.name == surface] or cands
            # an ambiguous name (朝阳区: Beijing or Changchun) does not vote for the article's home
            found = cands[:1] if len({c.code for c in exact}) == 1 else []
        elif m.type == T.PLACE and len(gaz.county_short.get(surface, [])) == 1:
            found = list(gaz.county_short[surface])  # 房山: the one county of that short name votes too
        else:
            found = _places_inside(surface, gaz, doc.text)
        for p in found:
            if p.level == "town":  # a town speaks for its county
                p = next((q for q in gaz.full.get(p.county or "", []) if q.city == p.city), None)
                if p is None:
                    continue
            counts[p.level][p] += 1
            direct[p] += 1
            if p.city and p.level == "county":
                counts["city"][_division(gaz, p.city, p.province)] += 0.5
            counts["province"][_division(gaz, p.province, p.province)] += 0.25
    home: dict[str, Place] = {}
    for level, c in counts.items():
        if c:
            home[level] = c.most_common(1)[0][0]
    if not home:
        _home_of_outlet(doc, home, counts, direct, gaz)
    if "city" in home:
        home.setdefault("province", _division(gaz, home["city"].province, home["city"].province))
        for m in mentions:  # 经区总工会 in an article about 威海: the city's 经济技术开发区 votes as a county
            zone = gaz.zone_of_city(zone_short_form(m.text), home["city"]) if m.type in (T.PLACE, T.ORG) else None
            if zone is not None:
                counts["county"][zone] += 1
                direct[zone] += 1
        if counts["county"]:
            home["county"] = counts["county"].most_common(1)[0][0]
    _city_of_home_county(home, direct, gaz)
    for level in ("county", "city", "province"):
        if level in home:
            main = home[level]
            if level == "county" and "city" in home and direct[main] < direct[home["city"]]:
                continue
            home["main"] = main
            break
    return home


def _city_of_home_county(home: dict[str, Place], direct: Counter[Place], gaz: Gazetteer) -> None:
    """A home county named at least as often as a home city outside it decides the city (and the
    province): 沈河区 named three times, 锦州 twice (赴锦州疗休养) is an article of 沈阳's."""
    county, city = home.get("county"), home.get("city")
    if county is not None and city is not None and county.city and county.city != city.name \
            and direct[county] >= direct[city]:
        home["city"] = _division(gaz, county.city, county.province)
        home["province"] = _division(gaz, county.province, county.province)


def _home_of_outlet(doc: Document, home: dict[str, Place], counts: dict[str, Counter[Place]],
                    direct: Counter[Place], gaz: Gazetteer) -> None:
    """An article that names no place is the city's (or county-level city's) its outlet is named
    after: 某市日报, 浏阳网."""
    outlet = _outlet_city(doc.meta.get("source") or "", gaz)
    if outlet is None:
        return
    level = "city" if outlet.level == "city" else "county"
    counts[level][outlet] += 1
    direct[outlet] += 1
    home[level] = outlet
    if level == "county" and outlet.city:
        home["city"] = _division(gaz, outlet.city, outlet.province)


def _outlet_city(source: str, gaz: Gazetteer) -> Place | None:
    """The city a local paper or site is named after (德州日报 → 德州市; 浏阳网 → 浏阳市, a county-level
    city), if exactly one."""
    if not source.endswith(("日报", "晚报", "新闻网", "网")):
        return None
    for n in (4, 3, 2):
        cities = [p for p in gaz.lookup(source[:n]) if p.level == "city"]
        if len({p.code for p in cities}) == 1:
            return cities[0]
        if not cities:  # 浏阳网: a county-level city (浏阳市), if one bears the name
            towns = [p for p in gaz.full.get(source[:n] + "市", []) if p.level == "county"]
            if len({p.code for p in towns}) == 1:
                return towns[0]
    return None


def _places_inside(surface: str, gaz: Gazetteer, text: str) -> list[Place]:
    """Places named inside an organisation's name (贵州省六盘水市人大常委会), a chain of divisions
    (安徽省祁门县) or a zone named after one (祁门县电子产业园)."""
    town = gaz.town_opening(surface)
    if town:  # 某某北路街道总工会: the street votes (when the table has one such), not 某某 inside it
        return town[:1] if len({p.code for p in town}) == 1 else []
    found: list[Place] = []
    i = 0
    while i < len(surface) - 1:
        for n in range(min(10, len(surface) - i), 1, -1):
            sub = surface[i : i + n]  # inside a name, nothing before: no variant (鸣|凤城区), no 2 characters
            c = (gaz.full.get(sub) if i == 0 or found or (n > 2 and sub not in gaz.variants) else None) or (
                gaz.short.get(sub) if i == 0 else None)
            if c and sub in full_names_also_words() and not found and not gaz.city_named(sub, text):
                c = None  # 矿区工会: a mine's union, not 阳泉市矿区's
            if c:
                exact = [p for p in c if p.name == sub] or list(c)
                if found:  # 杭州市西湖区: the one under the division named before it
                    exact = [p for p in exact if found[-1].name in (p.province, p.city)] or exact
                elif len({p.code for p in exact}) > 1:  # 通州区总工会 in an article that names 北京
                    named = [p for p in exact if any(x and x[:2] in text for x in (p.city, p.province))]
                    exact = named if len({p.code for p in named}) == 1 else exact
                if len({p.code for p in exact}) == 1 or found:
                    found.append(exact[0])
                i += n - 1  # 西湖区总工会 alone: an ambiguous name votes for no division
                break
        i += 1
    return found


def zone_short_form(name: str) -> str:
    """The zone short form a name opens with (经区总工会 → 经区), else ''."""
    return next((k for k in places_lexicon()["zone_short_forms"] if name.startswith(k)), "")


def _division(gaz: Gazetteer, name: str, province: str) -> Place:
    """The gazetteer's province or city of that name in that province."""
    for p in gaz.full.get(name, []):
        if p.province == province and p.level in ("province", "city") and p.name == name:
            return p
    level = "province" if name == province else "city"
    return Place(name, level, province, name if level == "city" else None, None)


def confirmed_place(cands: list[Place], home: dict[str, Place]) -> Place | None:
    """The one candidate in the article's home province (short county names need that)."""
    prov = home.get("province")
    if prov is None:  # an article that names no province: only a name no other division bears
        return cands[0] if len({c.code for c in cands}) == 1 else None
    inside = [c for c in cands if c.province == prov.province]
    if "city" in home and len(inside) > 1:
        inside = [c for c in inside if c.city == home["city"].city]
    return inside[0] if len(inside) == 1 else None


def choose_place(cands: list[Place], surface: str, home: dict[str, Place]) -> Place | None:
    """The division a surface names: exact official names first, then the one in the article's
    home county, city or province; None when several remain and nothing decides."""
    if not cands:
        return None
    exact = [c for c in cands if c.name == surface] or cands

    def score(c: Place) -> int:
        s = 0
        if "county" in home and c.county and c.county == home["county"].county and c.city == home["county"].city:
            s += 4
        if "city" in home and c.city and c.city == home["city"].city and c.province == home["city"].province:
            s += 2
        if "province" in home and c.province == home["province"].province:
            s += 1
        return s

    ranked = sorted(exact, key=score, reverse=True)
    best = ranked[0]
    if len({c.code for c in exact}) > 1 and score(best) == score(ranked[1]):
        return None
    return best


_LOCAL_REACH = 16  # 在铁西区，区总工会…: a division named this close before an abbreviation


def _local_division(doc: Document, m: Mention, gaz: Gazetteer, level: str) -> Place | None:
    """The county (区总工会, 县委) or city (团市委, 市慈善总会) an abbreviation stands for when its
    sentence has just named one, as a place or at the head of a body's name (在铁西区，区总工会…;
    成都市总工会还联合团市委…), which beats the article's home division in an article about several."""
    sent = doc.sentence_at(m.start)
    floor = max(m.start - _LOCAL_REACH, sent.start if sent else 0)
    suffix = _split_prefix(m.text)[1][:1]
    for p in reversed(doc.mentions_between(floor, m.start, (T.PLACE, T.ORG))):
        text = p.text
        if p.type == T.ORG:  # 陕西西安市某局: a province's short name before the city's
            text = text[next((n for n in (3, 2) if len(text) > n + 2 and _province_name(gaz, text[:n])), 0):]
        for n in range(min(10, len(text)), 1, -1):
            cands = [c for c in gaz.full.get(text[:n], []) if c.level == level and c.name == text[:n]]
            if cands and cands[0].name.endswith(suffix):
                return cands[0]
            if p.type == T.PLACE:
                break  # a place mention counts whole
    return None


def _province_name(gaz: Gazetteer, name: str) -> bool:
    return any(c.level == "province" for c in gaz.lookup(name))


def _split_prefix(name: str) -> tuple[str, str]:
    """(prefix, rest) of an abbreviation opened by an ``admin_abbrev`` prefix: 团市委 → (团, 市委)."""
    prefix = next((p for p in org_grammar().abbrev_prefixes if name.startswith(p) and len(name) > len(p) + 1), "")
    return prefix, name[len(prefix):]


_ANAPHORIC_LEVELS = frozenset("省市县区州")  # 该区总工会, 该县总工会: a level word after 该


_DEPARTMENT_ENDS = ("局", "委", "办", "办公室", "厅", "中心")  # 省扶贫办, 市退役军人局, 市某某帮扶中心
_NOT_LEVEL = NOT_A_LEVEL_WORD | frozenset("直属辖外")  # 市场监管局, 区域, 县级, 市直, 省属, 市辖: a word, no level


def _level_department(rest: str) -> bool:
    """省扶贫办, 市退役军人局: a level word and a department's name no lexicon lists (a bureau, an
    office, a committee, a centre), the department of that level's division as 市人社局 is."""
    return 4 <= len(rest) <= 14 and rest[1] not in _NOT_LEVEL and rest.endswith(_DEPARTMENT_ENDS) \
        and all(map(is_han, rest)) and "工会" not in rest


def _expand_abbrev(name: str, home: dict[str, Place]) -> str:
    """市总工会 → 六盘水市总工会 (the article's own city); 市南区总工会 is a district's, not expanded."""
    g = org_grammar()
    prefix, rest = _split_prefix(name)  # 团市委: the Youth League's committee of the city
    if rest.startswith("自治区") and len(rest) > 4 and "province" in home and home["province"].name.endswith("自治区") \
            and rest[3:].startswith(g.abbrev_heads):
        return prefix + home["province"].name + rest[3:]  # 自治区总工会: the home autonomous region's
    level = {"省": "province", "市": "city", "县": "county", "区": "county", "州": "city", "旗": "county"}.get(rest[:1])
    main = home.get("main")
    if level == "city" and "local" not in home and main is not None and main.level == "county" \
            and main.name.endswith("市"):
        level = "main"  # 市总工会 in an article about 海宁市, a county-level city
    if level and level in home and (rest[1:].startswith(g.abbrev_heads) or _level_department(rest)):
        full = home[level].name
        if full.endswith(rest[:1]):
            return organizations()["admin_abbrev"].get("prefix_full", {}).get(prefix, prefix) + full + rest[1:]
    return name


def zone_variants(name: str) -> list[str]:
    """The name with a zone's short form written out (``zone_short_forms`` in places.json):
    湘潭经开区 → 湘潭经济技术开发区, 湘潭经济开发区; 经区总工会 → 经济技术开发区总工会, …"""
    out = []
    for short, fulls in places_lexicon()["zone_short_forms"].items():
        i = name.find(short)
        if i >= 0:
            out += [name[:i] + full + name[i + len(short):] for full in fulls]
    return out


def _family_name(name: str) -> str | None:
    """The family name of a person named in part (曹主席 → 曹, 小葛 → 葛), else None."""
    data = people()
    prefix = next((p for p in data["nickname_prefixes"] if name.startswith(p) and len(name) == 2), None)
    if prefix is not None:
        return name[1] if name[1] in surnames() else None
    for n in (2, 1):
        if name[:n] in surnames() and (name[n:] in data["title_forms"] or name[n:] in data["join_title_forms"]):
            return name[:n]
    return None


def _absorb(clusters: dict[tuple[str, str], EntityCluster], into: tuple[str, str], k: tuple[str, str]) -> None:
    """Cluster ``k`` joins cluster ``into``: its mentions move there and it is gone."""
    clusters[into].mentions.extend(clusters.pop(k).mentions)


def _join_partial_names(clusters: dict[tuple[str, str], EntityCluster]) -> None:
    """曹主席, 小葛: a person named in part is the person the article names in full with that
    family name, when there is exactly one."""
    family = {k: _family_name(k[1]) for k in clusters if k[0] == T.PERSON}
    full = [k for k, f in family.items() if f is None and 2 <= len(k[1]) <= 4 and "某" not in k[1]]
    for k, f in family.items():
        if f is None:
            continue
        named = [n for n in full if n[1].startswith(f) and len(n[1]) > len(f)]
        if len(named) == 1 and named[0] in clusters:
            _absorb(clusters, named[0], k)


def _join_placed_initiatives(clusters: dict[tuple[str, str], EntityCluster], user_keys: set[tuple[str, str]],
                             gaz: Gazetteer) -> None:
    """An initiative or an event named with and without its place is one: 某市供电服务之星,
    供电服务之星; a ceremony the headline names bare and the lead after its province (某省某某入会仪式)."""
    for type_ in (T.INITIATIVE, T.EVENT):
        _join_placed(clusters, user_keys, gaz, type_)


def _join_placed(clusters: dict[tuple[str, str], EntityCluster], user_keys: set[tuple[str, str]],
                 gaz: Gazetteer, type_: str) -> None:
    inits = sorted((k for k in clusters if k[0] == type_ and k not in user_keys), key=lambda k: len(k[1]))
    for k in inits:
        long = next((k2 for k2 in inits if k2 != k and k2 in clusters and k2[1].endswith(k[1])
                     and gaz.is_place(k2[1][: -len(k[1])])), None)
        if long is not None and k in clusters:
            _absorb(clusters, long, k)


def _join_zone_short_forms(clusters: dict[tuple[str, str], EntityCluster], user_keys: set[tuple[str, str]]) -> None:
    """A zone's short form joins its full name: 湘潭经开区 → 湘潭经济技术开发区; a zone's kind alone
    (开发区: places.json zone_anaphora) joins the one zone of that kind named in full."""
    bare = places_lexicon()["zone_anaphora"]
    for k in [k for k in clusters if k[0] == T.PLACE and k not in user_keys]:
        full = next((k2 for v in zone_variants(k[1]) if (k2 := (T.PLACE, v)) in clusters), None)
        if full is None and k[1] in bare:
            fits = [k2 for k2, cl in clusters.items() if k2 != k and cl.type == T.PLACE
                    and any(zone_kind_fits(k[1], x.text) for x in cl.mentions)]
            full = fits[0] if len(fits) == 1 else None
        if full is not None:
            _absorb(clusters, full, k)


_UNION_OF_DIVISION = re.compile(r"^(?P<place>.{2,24}?)(?:总工会|工会)$")


def _division_chain(name: str, gaz: Gazetteer, home: dict[str, Place]) -> Place | None:
    """The lowest division of a name made of division names only (广东省珠海市香洲区, 珠海香洲区,
    石柱县), each inside the one before; None when anything else is in the name or a part is
    ambiguous."""
    i, last = 0, None
    while i < len(name):
        found = None
        for n in range(min(12, len(name) - i), 1, -1):
            sub = name[i : i + n]
            cands = gaz.full.get(sub) or gaz.short.get(sub) or []
            if last is not None:
                cands = [c for c in cands if c.province == last.province and c.level != last.level
                         and (last.level == "province" or c.city == last.city)]
            place = choose_place(cands, sub, home) if cands else None
            if place is not None:
                found = (n, place)
                break
        if found is None:
            return None
        i += found[0]
        last = found[1]
    return last


def _join_division_unions(clusters: dict[tuple[str, str], EntityCluster], user_keys: set[tuple[str, str]],
                          gaz: Gazetteer, home: dict[str, Place]) -> None:
    """Union bodies named after the same division and nothing else are one body, under the longest
    name: 某市某区工会, 某区总 (某区总工会) and 某省某市某区总工会; 石柱县总工会 and 某市石柱土家族自治县总工会."""
    by_code: dict[str, tuple[str, str]] = {}
    for k in sorted((k for k in clusters if k[0] == T.ORG and k not in user_keys), key=lambda k: -len(k[1])):
        m = _UNION_OF_DIVISION.match(k[1])
        place = _division_chain(m["place"], gaz, home) if m else None
        if place is None or not place.code:
            continue
        if place.code in by_code:
            _absorb(clusters, by_code[place.code], k)
        else:
            by_code[place.code] = k


def _join_bare_level_unions(clusters: dict[tuple[str, str], EntityCluster], user_keys: set[tuple[str, str]],
                            gaz: Gazetteer, home: dict[str, Place]) -> None:
    """县总工会 that the home divisions left unexpanded (某县总工会 in the text, the county renamed
    某市 since; a county-level city named short, 某某总工会) is the one union the article names after
    a division of that level (the written name or the division's ends with the level word)."""
    for bare in organizations()["short_forms"]["bare_level_unions"]:
        k = (T.ORG, bare)
        if k not in clusters or k in user_keys:
            continue
        found: dict[str, list[tuple[str, str]]] = {}
        for k2 in clusters:
            m = _UNION_OF_DIVISION.match(k2[1]) if k2[0] == T.ORG and k2 != k and k2 not in user_keys else None
            if m is None:
                continue
            place = _division_chain(m["place"], gaz, home)
            if place is None and len(short := gaz.county_short.get(m["place"], [])) == 1:
                place = short[0]  # 某某总工会: a county-level city named by its short name
            if place is not None and place.code and (m["place"].endswith(bare[0]) or place.name.endswith(bare[0])):
                found.setdefault(place.code, []).append(k2)
        if len(found) == 1:
            target = max(next(iter(found.values())), key=lambda x: len(x[1]))
            _absorb(clusters, target, k)


def _join_bare_town_unions(clusters: dict[tuple[str, str], EntityCluster], user_keys: set[tuple[str, str]]) -> None:
    """街道总工会 in an article that names one street's or town's union in full (某某街道总工会) is that
    union; with several named, it stays apart."""
    for bare in organizations()["short_forms"]["bare_town_unions"]:
        k = (T.ORG, bare)
        if k not in clusters or k in user_keys:
            continue
        full = [k2 for k2 in clusters if k2[0] == T.ORG and k2 != k and k2[1].endswith(bare)] or [
            k2 for k2 in clusters if k2[0] == T.ORG and k2 != k and k2[1].endswith(bare + "联合会")
            and not k2[1].startswith(bare)]  # 镇工会 for 某镇工会联合会, the town's one union
        if len(full) == 1:
            _absorb(clusters, full[0], k)


def _join_bare_level_bodies(clusters: dict[tuple[str, str], EntityCluster], user_keys: set[tuple[str, str]],
                            gaz: Gazetteer) -> None:
    """县某某局 left unexpanded (its head is no abbreviation head) is the one body the article names
    in full as a division of that level + the same words (某某县某某局), 镇委 the one 某某镇委; with
    several, it stays apart."""
    for k in [k for k in clusters if k[0] == T.ORG and k not in user_keys]:
        name = k[1]
        town = name[0] in "镇乡" and len(name) >= 2  # 镇委, 镇政府 after 某某镇委: a town the table may lack
        if not town and (len(name) < 4 or name[0] not in "县区市"):
            continue
        full = [k2 for k2 in clusters if k2[0] == T.ORG and k2 != k and k2 not in user_keys
                and len(k2[1]) > len(name) and k2[1].endswith(name)
                and (gaz.lookup(prefix := k2[1][: len(k2[1]) - len(name) + 1]) or town and len(prefix) >= 3)]
        if len(full) == 1 and k in clusters:
            _absorb(clusters, full[0], k)


def _owner_dropped(short: str, long: str, gaz: Gazetteer) -> bool:
    """国网某县供电公司 → 某县供电公司: a company named after its place, written with and without the
    short name of its owner before it (or its owner's full name: 某局集团有限公司某某车务段)."""
    if not long.endswith(short) or len(short) < 5 or not short.endswith(org_grammar().company_end):
        return False
    owner = long[: len(long) - len(short)]
    if len(owner) <= 4:
        return any(short[:n] in gaz.full for n in range(2, 8))
    # 某铁路局集团有限公司某某车务段 → 某某车务段: a unit named after its place, the full name of the
    # company or bureau that owns it written before it once
    return owner.endswith(org_grammar().company_end) and len(owner) <= 16 \
        and any(gaz.is_place(short[:n]) for n in range(2, 5))


def _department_named_once(short: str, long: str, orgs: list[tuple[str, str]]) -> bool:
    """工会工作部 after 某某有限公司工会工作部: an enterprise's department named bare
    (``bare_enterprise_departments``) is the one department of that name the article names in full."""
    if short not in organizations()["bare_enterprise_departments"] or not long.endswith(short):
        return False
    return sum(1 for k in orgs if k[1] != short and k[1].endswith(short)) == 1


def _zone_named_once(short: str, long: str, orgs: list[tuple[str, str]]) -> bool:
    """高新区总工会 after 某某高新区总工会: a zone's body written with the zone's kind alone (a
    ``zone_suffixes`` word opening it) is the one body of that kind the article names in full."""
    if not short.startswith(tuple(places_lexicon()["zone_suffixes"])) or not long.endswith(short) \
            or not 2 <= len(long) - len(short) <= 8:
        return False
    return sum(1 for k in orgs if k[1] != short and k[1].endswith(short)) == 1


def _court_short(short: str, long: str) -> bool:
    """某某法院 for 某省某某市人民法院: a court named by its place's short name and 法院 alone."""
    place = short[:-2]
    if not short.endswith("法院") or short.endswith("人民法院") or len(place) < 2 or not long.endswith("人民法院"):
        return False
    i = long.rfind(place)
    return i >= 0 and len(long) - 4 - (i + len(place)) <= 1 and long[i + len(place) : -4] in ("", "市", "县", "区", "旗")


def _union_typo(short: str, long: str) -> bool:
    """某区总会 for 某区总工会: a federation's name with 工 left out."""
    return long.endswith("总工会") and short == long[:-3] + "总会" and len(short) >= 4


def _swapped(a: str, b: str) -> bool:
    """Two names of the same length that differ by two neighbouring characters swapped."""
    if len(a) != len(b) or a == b or len(a) < 5:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _department_short(short: str, long: str) -> bool:
    """某工会女职委 (or 女职委 alone) for 某工会女职工委员会: a committee's short form
    (``department_short_forms``) with the same words before it, or none."""
    for form, full in organizations()["department_short_forms"].items():
        if short.endswith(form) and long.endswith(full):
            owner = short[: -len(form)]
            return not owner or long[: -len(full)].endswith(owner)
    return False


def _committee_of(name: str) -> str | None:
    """The union committee a name ends with (经费审查委员会, 女职工委员会; a short form as its full name)."""
    data = organizations()
    unit = next((u for u in data["generic_departments"] if name.endswith(u)), None)
    return data["department_short_forms"].get(unit, unit) if unit else None


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


class _Keys:
    """The grouping key of each mention: an ORG's expanded name, a PLACE's division, else the text.

    Remembers the division of each PLACE key, the names several divisions bear, and the keys a user
    lexicon named."""

    def __init__(self, doc: Document, gaz: Gazetteer, home: dict[str, Place],
                 user_places: dict[str, Place] | None) -> None:
        self.doc, self.gaz, self.home = doc, gaz, home
        self.user_places = user_places or {}
        self.place_of: dict[tuple[str, str], Place] = {}
        self.ambiguous: dict[str, list[str]] = {}
        self.user_keys: set[tuple[str, str]] = set()
        # names the propagation step resolved (晟通机械 → the company named in full): the same name
        # found by another recognizer is the same body
        self._bodies: set[tuple[int, int]] | None = None
        self._towns: set[str] | None = None  # the towns and streets the article names (read once)
        self.resolved = {x.text: x.canonical for x in doc.spans.get("alias", []) if x.type == T.ORG and x.canonical}

    def __call__(self, m: Mention) -> tuple[str, str]:
        if m.source == Source.USER_LEXICON:  # the user's entry names the entity
            k = (m.type, m.canonical or m.text)
            self.user_keys.add(k)
            if m.type == T.PLACE and k not in self.place_of:
                p = self.user_places.get(k[1]) or choose_place(self.gaz.lookup(k[1]), k[1], self.home)
                if p is not None:
                    self.place_of[k] = p
            return k
        if m.type == T.ORG:
            return (T.ORG, self._org_name(m))
        if m.type == T.PLACE:
            return self._place_key(m)
        if m.type == T.INITIATIVE and m.canonical:
            return (m.type, m.canonical)  # 暑托班 after 某市职工子女爱心暑托班: the programme named in full
        if m.type == T.EVENT:
            return (m.type, self._event_name(m))
        if m.type == T.INITIATIVE:  # “某某 某某” and “某某某某”: one programme, written with a space or without
            return (m.type, _NO_SPACE.sub("", m.text))
        return (m.type, m.text)

    def _event_name(self, m: Mention) -> str:
        """A meeting named without its body (召开十五届三次全委会议) or its place (区工会第十二次代表大会)
        is the one the article names with it (某县总工会十五届三次全委会议, 某某区工会第十二次代表大会: the
        body's or the division's name, then the same words), when there is one such."""
        if self._bodies is None:  # every ORG candidate's span, read once per document
            self._bodies = {(b.start, b.end) for found in self.doc.spans.values() for b in found if b.type == T.ORG}
        bodies = self._bodies
        text = m.canonical or m.text  # (职代会上 after 某公司三届四次职代会: the congress named, as recognised)
        longer = {o.text for o in self.doc.mentions if o.type == T.EVENT and o.text.endswith(text)
                  and o.text != text and ((o.start, o.end - len(text)) in bodies
                                          or self._division_before(o.text[: len(o.text) - len(text)], text))}
        return longer.pop() if len(longer) == 1 else text

    def _division_before(self, prefix: str, name: str) -> bool:
        """Whether ``prefix`` names a division, or does with the level word ``name`` opens with (定海 + 区工会…)."""
        return self.gaz.is_place(prefix) or (name[:1] in _LEVEL_WORDS and self.gaz.is_place(prefix + name[0]))

    def _org_name(self, m: Mention) -> str:
        g = org_grammar()
        name = m.canonical or self.resolved.get(m.text) or m.text
        if name in g.aliases:
            return g.aliases[name]
        if name[:1] == "该" and name[1:2] in _ANAPHORIC_LEVELS and name[2:].startswith(g.abbrev_heads):
            name = name[1:]  # 该区总工会: the district's union, as 区总工会 would be (the guidelines' 该公司工会)
        elif name[:1] == "该" and any(name.startswith(lv, 1) and name[1 + len(lv):] in spec["heads"]
                                     for spec in [organizations()["town_abbrev"]] for lv in spec["levels"]):
            name = name[1:]  # 该街道总工会, 该镇工会: the town's or street's, as 街道总工会 would be
        if m.text == "区总" and "province" in self.home and self.home["province"].name.endswith("自治区") \
                and "全总" in self.doc.text[max(0, m.start - 4) : m.start]:
            name = "自治区总工会"  # 全总及区总: in an autonomous region the level after the national is the region's
        short = organizations()["province_short_aliases"].get(name)
        if short:  # 省总 → 省总工会 → the article's province's 总工会
            name = name[0] + short
        elif len(name) >= 4 and name[-2:] in LEVEL_SHORT_UNIONS and (self.gaz.is_place(name[:-1]) or self.gaz.is_place(name[:-2])):
            name += "工会"  # 临夏州总: the short form of 临夏州总工会
        named = self._level_union_named(name)
        if named is not None:
            return named  # 区总工会 after 某某新区总工会: the one such union the article names
        town = self._town_of(name)
        if town is not None:
            return town + name  # 镇总工会 in an article about 某某镇: 某某 + 镇总工会
        opener = _split_prefix(name)[1][:1]
        level = "county" if opener in "区县旗" else "city" if opener == "市" else None
        local = _local_division(self.doc, m, self.gaz, level) if level else None
        return _expand_abbrev(name, {**self.home, level: local, "local": local} if local and level else self.home)

    def _level_union_named(self, name: str) -> str | None:
        """区总工会, 县总工会 in an article that names one union in full after a division or zone whose
        name ends with that level word (某某新区总工会, 某某区总工会) and no other: that union, before the
        home's division of that level (a company's district named elsewhere says less)."""
        if name[:1] not in "区县旗" or name[1:] != "总工会":
            return None
        full = {o.text for o in self.doc.mentions if o.type == T.ORG and o.text.endswith(name)
                and len(o.text) >= len(name) + 2 and o.text[0] not in "该各全本我"
                and all(map(is_han, o.text))}
        return full.pop() if len(full) == 1 else None

    def _town_of(self, name: str) -> str | None:
        """The one town or street the article names, of the level a bare town body opens with
        (镇总工会, 街道党工委: organizations.json town_abbrev), less that level word; None for any other name, or when the
        article names none or several of that level."""
        spec = organizations()["town_abbrev"]
        level = next((lv for lv in spec["levels"] if name.startswith(lv) and name[len(lv):] in spec["heads"]), None)
        if level is None:
            return None
        if self._towns is None:
            self._towns = set()
            for o in self.doc.mentions:
                if o.type == T.PLACE:
                    self._towns.update(_towns_in(o.text, self.gaz))
                elif o.type == T.ORG and (opening := self.gaz.town_opening(o.text)):
                    self._towns.add(opening[0].name)
        named = {t for t in self._towns if t.endswith(level) and len(t) > len(level)}
        if len(named) != 1:
            return None
        town = named.pop()
        if "工会" in name and any(o.type == T.ORG and o.text.startswith(town) and "工会" in o.text
                                for o in self.doc.mentions):
            return None  # 镇工会 after 某某镇工会联合会: the union named in full, joined later
        return town[: -len(level)]

    def _place_key(self, m: Mention) -> tuple[str, str]:
        gaz, home = self.gaz, self.home
        cands = gaz.lookup(m.text)
        for i in range(1, len(m.text) - 1):  # 辽宁省大连市 → 大连市: the lowest named level
            if cands:
                break
            cands = gaz.full.get(m.text[i:]) or gaz.towns.get(m.text[i:]) or []
        if not cands:  # 某市某街道某某社区: a village or community the table lacks, in its town's chain
            cands = _chain_before_village(m.text, gaz)
        if not cands:  # 南通开发区, 湘潭经开区: the zone of the city named before the zone's short form
            cands = [z] if (z := zone_of_named_city(m.text, gaz)) is not None else []
        best = choose_place(cands, m.text, home)
        if not cands:  # 昆山 (a county's short name: the one the article names in full, else the one in
            # the article's province), 三晋
            named = gaz.counties_named(m.text, self.doc.text)
            nickname = next(iter(gaz.nicknames.get(m.text, [])), None)
            if len(named) == 1:
                best = named[0]
            elif not named and nickname is not None and m.text in gaz.province_nicknames:
                best = nickname  # 龙江 for 黑龙江省 (not 龙江县, which the article does not name)
            else:  # 北戴河 in a Shanxi article: the one county the division table shortens so
                best = confirmed_place(gaz.county_short.get(m.text, []), home) or nickname \
                    or gaz.official_county(m.text)
            if best is None:  # 白石 for 白石街道, which the article names in full (白石街道总工会)
                towns = [t for end in ("街道", "镇", "乡") if m.text + end in self.doc.text
                         for t in gaz.towns.get(m.text + end, [])]
                named = [t for t in towns if t.county and t.county[:2] in self.doc.text]  # and its county
                best = choose_place(towns, m.text, home) or (named[0] if len({t.code for t in named}) == 1 else None)
        if best is not None:
            k = (T.PLACE, f"{best.name}|{best.province}|{best.code}")
            self.place_of[k] = best
            return k
        if cands:
            self.ambiguous.setdefault(m.text, sorted({f"{c.province}{c.city or ''}{c.county or ''}"
                                                      for c in cands}))
        return (T.PLACE, m.text)


def _towns_in(surface: str, gaz: Gazetteer) -> list[str]:
    """The towns or streets a PLACE names (霞山区海头街道海滨社区 → 海头街道; 某某镇, which the table
    may lack): for each level word, the longest name of the table ending there, else the words
    after the last division or town before it."""
    out = []
    for m in re.finditer("街道|镇|乡", surface):
        end = m.end()
        starts = [i for i in range(0, end - len(m.group()) - 1) if surface[i:end] in gaz.towns]
        if starts:
            out.append(surface[min(starts):end])
            continue
        i = end - len(m.group())
        while i > 0 and not surface[:i].endswith(("省", "市", "县", "区", "旗", "州", "镇", "乡", "街道")):
            i -= 1
        if 2 <= end - i - len(m.group()) <= 4 and all(map(is_han, surface[i:end])):
            out.append(surface[i:end])
    return out


def zone_of_named_city(name: str, gaz: Gazetteer, whole: bool = True) -> Place | None:
    """The zone a city's name and a zone's short form name together (南通开发区 → 南通经济技术开发区;
    with ``whole`` False, also at the start of a longer name: 南通经开区总工会), when the city is
    one and has one such zone."""
    for n in range(min(len(name) - 2, 6), 1, -1):
        short = next((k for k in places_lexicon()["zone_short_forms"]
                      if (name[n:] == k if whole else name.startswith(k, n))), None)
        if short is None:
            continue
        cities = {p.code: p for p in gaz.lookup(name[:n]) if p.level == "city"}
        if len(cities) == 1:
            return gaz.zone_of_city(short, next(iter(cities.values())))
    return None


_VILLAGE_ENDS = ("社区", "村", "居委会", "村委会", "居民区", "小区")
_CHAIN_LEVEL_ENDS = ("街道", "镇", "乡", "县", "区", "市", "旗")


def _chain_before_village(name: str, gaz: Gazetteer) -> list[Place]:
    """某县级市某街道某某社区: the lowest division named before a village or community no table lists
    (a chain of divisions, then the village), the one under the divisions named before it; else []."""
    if not name.endswith(_VILLAGE_ENDS):
        return []
    for j in range(len(name) - 2, 2, -1):
        head = name[:j]
        if not head.endswith(_CHAIN_LEVEL_ENDS):
            continue
        for i in range(len(head) - 1):
            cands = gaz.full.get(head[i:]) or gaz.towns.get(head[i:]) or []
            if i and cands:
                upper = head[:i]  # the divisions named above it: the candidates under them
                cands = [c for c in cands if any(u and (u in upper or u[:2] in upper)
                                                 for u in (c.county, c.city, c.province))] or cands
            if cands:
                return cands
    return []


# 《…》（以下简称《意见》）; “某某某某”小程序(简称“某某”): a word of what it is may follow the closing mark
_SHORT_FORM_DEF = re.compile(r"(?:[》”\"][\u4e00-\u9fff]{0,4})?\s*[（(]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[《“\"]?")


def _defined_short_forms(doc: Document, mentions: list[Mention], key_for) -> dict[tuple[str, str], tuple[str, str]]:
    """《关于…的实施意见》（以下简称《意见》）: the short form the article defines names the same
    entity, here and wherever it recurs."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if m.type == prev.type and m.type in (T.DOCUMENT, T.ORG, T.INITIATIVE, T.EVENT) \
                and _SHORT_FORM_DEF.fullmatch(doc.text, prev.end, m.start):
            out.setdefault((m.type, m.text), key_for(prev))
    return out


def _place_put_in(short: str, long: str, gaz: Gazetteer) -> bool:
    """某市罗山总工会 against 某市总工会: the longer name is the shorter with a place's name put in
    (a town's union beside its city's), not a misspelling of it."""
    k = 0
    while k < len(short) and short[k] == long[k]:
        k += 1
    run = long[k : len(long) - (len(short) - k)]
    if len(run) < 2 or not long.endswith(short[k:]):
        return False
    return gaz.is_place(run) or any(run + s in gaz.towns or run in gaz.towns for s in ("镇", "乡", "街道"))


def group(doc: Document, mentions: list[Mention], gaz: Gazetteer,
          user_places: dict[str, Place] | None = None) -> list[EntityCluster]:
    """Group mentions into entities and choose canonical names (alias resolution).

    Long by design (about 75 lines): one pass whose steps (keys, enterprise anaphora, typos and
    partial forms, canonical names and divisions) share the same index of names; each step is
    commented.
    """
    home = doc.home_places = _home_places(doc, mentions, gaz)
    g = org_grammar()
    clusters: dict[tuple[str, str], EntityCluster] = {}
    key_for = _Keys(doc, gaz, home, user_places)
    place_of, ambiguous, user_keys = key_for.place_of, key_for.ambiguous, key_for.user_keys

    last_named: dict[str, tuple[str, str]] = {}  # head word → key of the latest named ORG with it
    first_named: dict[str, tuple[str, str]] = {}  # head word → key of the first named ORG with it
    from_congress: set[tuple[str, str]] = set()  # unions named only as their congress's body
    short_for = _defined_short_forms(doc, mentions, key_for)
    for m in mentions:
        k = short_for.get((m.type, m.text)) or key_for(m)
        if m.type == T.ORG and k[1] in g.anaphora_words:
            # 该公司工会 / 集团工会 / 该公司: the enterprise (union) named last before it
            head = "工会" if k[1].endswith("工会") else "企业"
            # 集团公司 is a group: never a company the article names without 集团 (某化建公司)
            named = {h: v for h, v in last_named.items() if "集团" not in k[1] or "集团" in v[1]}
            if not k[1].startswith("该"):  # 公司党委副书记、工会主席某某 / 公司工会: the article's own, named first
                named = {h: v for h, v in first_named.items() if "集团" not in k[1] or "集团" in v[1]} | {
                    h: v for h, v in named.items() if h not in first_named}
            if head in named and "矿" in k[1] and "矿" not in named[head][1]:
                pass  # 矿工会: a mine's union, never a company's the article names without 矿
            elif head in named:
                k = named[head]
            elif head == "工会" and "企业" in named:  # 该集团工会 after 某某集团有限公司
                k = (T.ORG, named["企业"][1] + "工会")
            elif head == "企业" and "工会" in named and named["工会"][1].endswith("工会"):
                k = (T.ORG, named["工会"][1][:-2])  # 集团公司 after 某某集团有限公司工会: the company
        elif m.type == T.ORG and m.source != "lexicon:org":
            if m.text.endswith("工会") and not m.text.endswith("分工会") and re.search("公司|集团|厂|矿|段|局", m.text):
                # (某公司某部分工会 is a branch's union: 公司工会 is never it)
                last_named["工会"] = k
                first_named.setdefault("工会", k)
            elif m.text.endswith(g.company_end) and re.search("公司|集团", m.text) and not m.text.endswith("委员会"):
                # (集团第九届工会委员会 is a committee, no company for 集团工会 to name)
                last_named["企业"] = k
                first_named.setdefault("企业", k)
                for named_by in (last_named, first_named):  # an enterprise named after the congress is meant
                    if named_by.get("工会") in from_congress:
                        del named_by["工会"]
        elif m.type == T.EVENT and "企业" not in last_named and (union := union_of_congress(m)) is not None:
            # 某有限公司第二次工会会员代表大会: the union whose congress it is, named with it (公司工会 after
            # it), while no enterprise is named before it
            last_named["工会"] = (T.ORG, union.canonical or union.text)
            first_named.setdefault("工会", last_named["工会"])
            from_congress.add(last_named["工会"])
        cl = clusters.get(k)
        if cl is None:
            cl = clusters[k] = EntityCluster(m.type, k[1] if m.type != T.PLACE else m.text)
        cl.mentions.append(m)

    # typos and partial forms: 六盘市工会 → 六盘水市总工会 (same first char and head, subsequence);
    # a name without its leading place: 朝阳区总工会 → 北京市朝阳区总工会
    orgs = [k for k in clusters if k[0] == T.ORG]
    for k in sorted(orgs, key=lambda k: len(k[1])):
        short = k[1]
        if k in user_keys:
            continue  # a user's entity keeps its own name
        for k2 in sorted(orgs, key=lambda k: -len(k[1])):
            long = k2[1]
            if k2 == k or k2 not in clusters or k not in clusters or len(long) <= len(short):
                continue
            dropped_place = long.endswith(short) and gaz.is_place(long[: -len(short)]) \
                and not short.endswith(MEDIA_ENDS) or any(  # 工人日报 ≠ 某省工人日报: two papers
                long == v or long.endswith(v) and gaz.is_place(long[: -len(v)]) for v in zone_variants(short))
            dropped_place = dropped_place or _zone_named_once(short, long, orgs) \
                or _department_named_once(short, long, orgs)
            if dropped_place or _owner_dropped(short, long, gaz) or _union_typo(short, long) or _court_short(short, long) \
                    or _department_short(short, long) or (
                    short[0] == long[0] and short[-2:] == long[-2:] and len(short) / len(long) >= 0.6
                    and _is_subsequence(short, long) and not _place_put_in(short, long, gaz)
                    and _committee_of(short) == _committee_of(long)):  # 某工会委员会 ≠ 某工会经费审查委员会
                _absorb(clusters, k2, k)
                break
        for k2 in orgs:  # 某山总区工会 beside 某山区总工会: two characters swapped
            if k2 != k and k2 in clusters and k in clusters and _swapped(short, k2[1]) \
                    and _UNION_OF_DIVISION.match(k2[1]) and _division_chain(k2[1][:-3], gaz, home) is not None:
                _absorb(clusters, k2, k)
                break

    _join_partial_names(clusters)
    _join_placed_initiatives(clusters, user_keys, gaz)
    _join_zone_short_forms(clusters, user_keys)
    _join_division_unions(clusters, user_keys, gaz, home)
    _join_bare_level_unions(clusters, user_keys, gaz, home)
    _join_bare_town_unions(clusters, user_keys)
    _join_bare_level_bodies(clusters, user_keys, gaz)

    out = []
    for k, cl in clusters.items():
        cl.mentions.sort(key=lambda m: m.start)
        if cl.type == T.PLACE:
            longest = max((m.text for m in cl.mentions), key=len)
            p = place_of.get(k)
            if p is not None:
                cl.name = p.name if gaz.short.get(longest) and not gaz.full.get(longest) else longest
                cl.normalized = p.normalized()
            else:
                cl.name = longest
                main = home.get("main")
                if longest.endswith(_NEIGHBOURHOODS) and main is not None and main.level == "county":
                    cl.normalized = main.normalized()  # 某某社区, 某某村: in the county the article is about
            if k in user_keys:
                cl.name = k[1]
        elif cl.type == T.INITIATIVE and cl.name == k[1] and cl.mentions[0].text != k[1] \
                and _NO_SPACE.sub("", cl.mentions[0].text) == k[1]:
            cl.name = cl.mentions[0].text  # the name as first written, with its space (“某某 某某”)
        out.append(cl)
    for name, where in ambiguous.items():
        shown = "、".join(where[:4]) + ("…" if len(where) > 4 else "")
        doc.warnings.append(f"place {name!r} names {len(where)} divisions ({shown}) and the article's "
                            "other places do not say which: its division is left null")
    out.sort(key=lambda c: c.mentions[0].start)
    for i, cl in enumerate(out):
        for m in cl.mentions:
            m.entity = i
    return out
