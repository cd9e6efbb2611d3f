"""Title chains: POSITION mentions that belong to a named person, with the body they hold it in.

Input: a ``Document`` and its resolved mentions (PERSON, ORG, EVENT). Output: POSITION mentions
whose ``holder`` is the PERSON mention and ``of`` the ORG/EVENT mention (``of_inherited`` when
the body comes from the title before it), plus ORG mentions for a bare 工会 inside a chain.
Titles come from ``resources/positions.txt``, plus a user lexicon's POSITION entries (``extra``,
passed per call: the cached shipped set is never changed). A title that is already a mention (a
user lexicon's POSITION) is linked in place, so it keeps its source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from unionie.core.chars import CLAUSE_BREAKS, is_han
from unionie.core.document import Document, Mention, Token
from unionie.core.resources import organizations, party_units, people, positions, surnames
from unionie.core.types import EntityType as T
from unionie.core.types import Source

_CHAIN_SEP = "、"
_GROUP_CLAUSE_OPEN = "，,。；;：:！？、（(\n"  # where the name of a steering group may open
_LEVEL_OPENERS = "省市县区州盟旗镇乡"  # a level word opening a body's name (市某某领导小组)
_CHAIN_NOISE = re.compile(r"[、，,]{2,3}$")  # a run of separators a scraped page leaves between two titles
# a division's own body (某县人大常委会, 某县委, 某市人民政府): the division it names
_DIVISION_OF_BODY = re.compile(
    r"^(?P<division>\w{0,12}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区|镇|乡|街道))"
    r"(?:人大常委会|人大|党工委|党委|委员会|委|人民政府|政府|政协)$")
_TERM_UNION = re.compile(r"^(?:新一届|本届|新|第[一二三四五六七八九十\d]+届)工会(?:委员会)?$")  # a term, no name
_PLACE_UNION = re.compile(r"(?:省|市|县|区|旗|镇|乡|街道)工会$")  # 某区工会: a place's union, no enterprise's
_APPOINT = re.compile(r"(?:担任|出任|当选为|当选|被选举为|兼任|现任|任|为)")
_COPULA = re.compile("是")  # 某某是某公司董事长: titles only when a body follows at once
# 甲、乙等3位同志当选…; 乙同志为副主席, 丙、丁三名同志为委员 (after 选举): the names before the appointment
_LIST_TAIL = re.compile(r"等(?:[\d一二三四五六七八九十两]+(?:位|名|人))?(?:同志)?(?=担任|当选|被选举|为)"
                        r"|(?:[\d一二三四五六七八九十两]+(?:位|名))?同志(?=担任|当选|被选举|为|任(?!务))")
_EDITION_BEFORE_BODY = re.compile(r"(?:第[\d一二三四五六七八九十]+|新一)届")
# a short note in brackets between a title and the name (副主席（兼）某某, 主席（正科级）某某)
_NOTE_BEFORE_NAME = re.compile(r"[（(][^（()）\s，,。；、]{1,6}[）)]$")


@lru_cache(maxsize=1)
def _appointment_adverbs() -> re.Pattern[str]:
    """全票, 高票, 顺利… between a name and 当选为 (people.json ``appointment_adverbs``)."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, people()['appointment_adverbs']))})(?=当选|被选举|担任|出任)")


def _appointed_in_clause(text: str, end: int, floor: int) -> bool:
    """某某全票当选为某联合会主席，某总工会主席某某授牌: the title before the comma is the one the clause's subject
    was elected or appointed to (``appointment_clause_verbs``), not the next person's."""
    start = max([floor] + [text.rfind(c, floor, end) + 1 for c in CLAUSE_BREAKS])
    return any(v in text[start:end] for v in people()["appointment_clause_verbs"])


@lru_cache(maxsize=1)
def _shipped_titles() -> frozenset[str]:
    """positions.txt with each title also under the modifiers of people.json title_modifiers
    (专职副书记, 常务副部长, 挂职副主席): a modifier before a title is part of it."""
    base = positions()
    return base | {m + t for m in people()["title_modifiers"] for t in base if not t.startswith(m)}


def _titles(extra: frozenset[str]) -> tuple[frozenset[str], int]:
    """The title set and its longest title (at least 11, the shipped list's reach with a modifier)."""
    if not extra:
        return _shipped_titles(), 11
    return _shipped_titles() | extra, max(11, *(len(t) for t in extra))


def _title_ending_at(text: str, pos: int, floor: int, covered: Callable[[int], bool],
                     titles: tuple[frozenset[str], int]) -> str | None:
    """Longest position title ending at ``pos`` that does not cut into an existing mention."""
    pset, longest = titles
    for n in range(min(longest, pos - floor), 1, -1):
        cand = text[pos - n : pos]
        if cand in pset and not covered(pos - n):
            return cand
    return None


def _title_starting_at(text: str, pos: int, end: int, titles: tuple[frozenset[str], int]) -> str | None:
    pset, longest = titles
    for n in range(min(longest, end - pos), 1, -1):
        if text[pos : pos + n] in pset:
            return text[pos : pos + n]
    return None


def party_units_to_titles(doc: Document, mentions: list[Mention], extra: frozenset[str] = frozenset()) -> list[Mention]:
    """某市总工会党组成员、副主席某某: a party group or committee right before a title belongs to
    the title (党组成员 of 重庆市总工会), so the organisation mention ends before it; standing alone
    (六盘水市总工会党组将…) it stays an organisation of its own; what is left of a one-character
    body (院党组成员) names none and is dropped. A place's own committee (某镇党委书记, 某街道党工委
    副书记: ``title_party_unit_places``) stays whole, the place being no body. (Requiring the chain to reach a
    person's name was measured and lost: real-news core F1 0.793 -> 0.785.)"""
    titles, longest = _titles(extra)
    out = []
    units_of_their_own = tuple(people()["title_units"])  # 某总工会机关党委|书记: the 机关党委 holds the title
    place_owners = tuple(organizations()["title_party_unit_places"])
    for m in mentions:
        unit = next((u for u in party_units() if m.type == T.ORG and m.text.endswith(u) and len(m.text) > len(u)
                     and not m.text.endswith(units_of_their_own)), None)
        if unit is not None and m.text[: -len(unit)].endswith(place_owners):
            unit = None  # 某镇党委|书记: a place's own committee is the body, 书记 the title
        if unit is not None and any(doc.text[m.end - len(unit) : m.end + n] in titles
                                    for n in range(1, longest - len(unit) + 1)):
            if len(m.text) - len(unit) < 2 or m.text[: -len(unit)] in people()["team_words"]:
                continue  # 院党组成员, 所党委书记: a one-character body is no name, the title stays (班子成员党委…: a people word)
            canonical = m.canonical[: -len(unit)] if m.canonical and m.canonical.endswith(unit) else None
            m = Mention(m.start, m.end - len(unit), T.ORG, m.text[: -len(unit)], m.source, canonical=canonical)
        out.append(m)
    return out


def find_positions(doc: Document, mentions: list[Mention], extra: frozenset[str] = frozenset()) -> list[Mention]:
    """POSITION mentions in title chains ending at (or opening after) a named person.

    ``…代表大会代表、…人大常委会副主任、市总工会主席刘静``: walking left from 刘静, each title is
    tied to the ORG/EVENT right before it, or, when none, to the one of the title before it
    (省总工会党组书记、常务副主席王某: 党组书记 and 常务副主席 of 省总工会, the party group having
    joined its title in ``party_units_to_titles``; a committee a title inherits is lifted to its
    parent body by the relations stage).
    Also ``刘静（市总工会主席）`` and ``刘静担任市总工会主席``.
    Long by design (about 80 lines): one scan of each title chain that carries the holder and the body from title to title.
    """
    text = doc.text
    titles = _titles(extra)
    end_at = {m.end: m for m in mentions}
    start_at = {m.start: m for m in mentions}
    inside = set()
    for m in mentions:
        inside.update(range(m.start + 1, m.end))
    out: list[Mention] = _names_after_titles(doc, mentions, titles, inside)
    for found in out:  # 区人大常委会副主任方某场出席: the name no recogniser found is a person
        start_at[found.start], end_at[found.end] = found, found
        inside.update(range(found.start + 1, found.end))
    mentions = [*mentions, *out]
    listed = _listed_after_title(doc, mentions, start_at, end_at, inside, titles, out)
    for person in mentions:
        if person.type != T.PERSON:
            continue
        region = doc.region_at(person.start)
        region_start = region.start if region else 0
        pos = person.start
        chain: list[tuple[Mention, Mention | None]] = []
        while pos > region_start:
            note = _NOTE_BEFORE_NAME.search(text, max(region_start, pos - 8), pos)
            if note is not None and _title_ending_at(text, note.start(), region_start, lambda i: i in inside, titles):
                pos = note.start()  # 副主席（兼）某某, 副主席（兼）、某职某某: the title before the note
            t = _title_ending_at(text, pos, region_start, lambda i: i in inside, titles)
            honour = None if t else next((h for h in _chain_honours() if text.endswith(h, region_start, pos)
                                          and pos - len(h) > region_start and text[pos - len(h) - 1] == _CHAIN_SEP), None)
            if honour is not None:  # 董事长、总经理、全国劳动模范某某: the honour is no title, the chain goes on
                pos -= len(honour) + 1
                continue
            if not t:
                break
            ps = pos - len(t)
            unit = _unit_inside_title(text, ps, pos, titles[0], inside)
            if unit is not None:  # 党组成员、机关党委书记某某: 书记 of the 机关党委 of the body before
                ps, t = unit[1], text[unit[1] : pos]
            elif (shop := _workshop_before_title(text, ps, region_start, inside, end_at)) is not None:
                ps, t = shop, text[shop:pos]  # 某有限公司焊接车间班长某某: the workshop is part of the title
            title = _title_mention(ps, pos, t, start_at)
            org = end_at.get(ps)
            if org is not None and org.type not in (T.ORG, T.EVENT):
                org = None
            if (group := _group_named_before(text, ps, region_start, org, start_at)) is not None:
                org = group  # 市某某三年行动领导小组组长某某: the whole group, its programme's words included
                out.append(org)
            dept = _department_ending_at(text, ps, region_start, inside, end_at) if org is None else None
            if unit is not None and org is None:
                dept = unit[0]
            if dept is not None:  # 市委常委、组织部部长: the department of the title before it
                org = Mention(ps - len(dept), ps, T.ORG, dept, "rule:title-chain")
            elif org is None and (own := _union_department_before(text, ps, t, end_at, inside)) is not None:
                org = own  # 省总工会生产保护部部长某某: that union's department
                out.append(org)
            chain.append((title, org))
            pos = org.start if org else ps
            noise = _CHAIN_NOISE.search(text, max(region_start, pos - 4), pos)
            if noise is not None and _title_ending_at(text, noise.start(), region_start, lambda i: i in inside, titles):
                pos = noise.start()  # 副主席、,、主任某某; 副主席,,主任某某: scraping noise between two titles
            elif pos > region_start and text[pos - 1] == _CHAIN_SEP:
                pos -= 1
            elif pos - 1 > region_start and text[pos - 1] == "兼" and _title_ending_at(
                    text, pos - 1, region_start, lambda i: i in inside, titles):
                pos -= 1  # 党组书记兼常务副主席某某, 组织部部长兼县总工会主席某某: 兼 joins two titles
            elif pos - 1 > region_start and text[pos - 1] in "，," and _title_ending_at(
                    text, pos - 1, region_start, lambda i: i in inside, titles) \
                    and not _appointed_in_clause(text, pos - 1, region_start):
                pos -= 1  # 市委常委、统战部部长，市总工会主席某某: a comma inside one person's chain
            else:
                if pos > region_start and text[pos - 1] in "，,":
                    pos -= 1  # 主席甲，副主席乙: the comma the person before may stand at
                elif pos > region_start and text[pos - 1] == "和" and (prev := end_at.get(pos - 1)) is not None \
                        and prev.type == T.PERSON:
                    pos -= 1  # 党委书记、总经理甲和党委副书记、工会主席乙: 和 joins two officials of one body
                break
        if not chain and (job := _occupation_ending_at(doc, person.start, region_start, inside)) is not None:
            employer = end_at.get(job[0])  # 某公司数控车工某某: held in the enterprise named right before
            if employer is not None and (employer.type != T.ORG or not (employer.canonical or employer.text).endswith(
                    _occupations()["employer_ends"])):
                employer = None
            out.append(_link(Mention(job[0], person.start, T.POSITION, text[job[0] : person.start], "rule:title",
                                     job=True), person, employer))
        inherited: Mention | None = None
        if chain and chain[-1][1] is None and (text[pos] == _CHAIN_SEP or any("主席" in t.text for t, _ in chain)
                                               or _management_chain([t.text for t, _ in chain])):
            # after a comma only a union's own titles carry on (主席甲，副主席乙; 主席甲，党组成员、副主席乙;
            # not 主席甲，副市长乙), or a company's (董事长甲，党委副书记、总经理乙)
            inherited = _body_of_person_before(text, pos, end_at, out) or _union_of_sentence_before(text, pos, chain, out)
            if text[pos] != _CHAIN_SEP and not any("主席" in t.text for t, _ in chain) \
                    and inherited is not None and not _company_like(inherited):
                inherited = None  # 副市长甲，副总经理乙; 纪委书记甲，副总经理乙: no company named
        elif chain and chain[-1][1] is not None and chain[-1][1].source == "rule:title-chain" \
                and chain[-1][1].text in _departments():
            inherited = _union_of(_body_of_person_before(text, pos, end_at, out))  # 主任甲，宣传教育部部长乙
        elif chain and (lead := chain[-1][1]) is not None and lead.canonical in (None, lead.text) \
                and lead.text in _listed_units() \
                and (body := _union_of(_body_of_person_before(text, pos, end_at, out))) is not None:
            full = organizations()["department_short_forms"].get(lead.text, lead.text)  # 经审会: 经费审查委员会
            lead.canonical = (body.canonical or body.text) + full  # 副主席甲、经费审查委员会主任乙
        elif chain and (lead := chain[-1][1]) is not None and lead.text == "总工会" and lead.canonical in (None, lead.text) \
                and (body := _body_of_person_before(text, pos, end_at, out)) is not None \
                and (body.canonical or body.text).endswith("总工会"):
            lead.canonical = body.canonical or body.text  # 某市委副书记、总工会主席甲，总工会党组书记乙: that 总工会
        for title, org in reversed(chain):  # left to right: a bare title shares the org before it
            division = _DIVISION_OF_BODY.match(inherited.canonical or inherited.text) if inherited is not None else None
            if org is None and division is not None and title.text.startswith("总工会") and len(title.text) > 3:
                # 某县人大常委会副主任、总工会主席: 总工会 is that county's federation, not the congress
                org = Mention(title.start, title.start + 3, T.ORG, "总工会", "rule:title-chain",
                              canonical=division["division"] + "总工会")
                out.append(org)
                title = Mention(title.start + 3, title.end, T.POSITION, title.text[3:], title.source)
            elif org is None and inherited is not None and title.text.startswith("总工会") and len(title.text) > 3 \
                    and (inherited.canonical or inherited.text).endswith("总工会"):
                # 某开发区总工会主席甲、总工会副主席乙: the same federation, 副主席 is the title
                org = Mention(title.start, title.start + 3, T.ORG, "总工会", "rule:title-chain",
                              canonical=inherited.canonical or inherited.text)
                out.append(org)
                title = Mention(title.start + 3, title.end, T.POSITION, title.text[3:], title.source)
            if org is None and inherited is not None and title.text.startswith("工会") and len(title.text) > 2:
                # 某公司党委副书记、工会主席: 工会 names that body's union, 主席 is the title (工会联合会主席:
                # that group's 工会联合会)
                named = inherited.canonical or inherited.text
                unit = next((u for u in party_units() if named.endswith(u)), "")
                base = named[: len(named) - len(unit)]
                head = _union_head(title.text)
                org = Mention(title.start, title.start + len(head), T.ORG, head, "rule:title-chain",
                              canonical=base if base.endswith("工会") else base + head)
                out.append(org)
                title = Mention(title.start + len(head), title.end, T.POSITION, title.text[len(head):], title.source)
            if org is None and inherited is None and title.text.startswith("工会") and len(title.text) > 2 \
                    and (title.start == 0 or not is_han(text[title.start - 1]) and text[title.start - 1] != _CHAIN_SEP
                         or text.endswith(tuple(people()["bare_union_title_after"]), 0, title.start)) \
                    and (union := _union_named_before(mentions, title.start)) is not None:
                # 工会主席某某 with no body before it: the enterprise union the article named last (not after
                # 、: 学校某副校长、工会主席某某 lists the officials of a body the chain does not name)
                head = _union_head(title.text)
                org = Mention(title.start, title.start + len(head), T.ORG, head, "rule:title-chain",
                              canonical=union.canonical or union.text)
                out.append(org)
                title = Mention(title.start + len(head), title.end, T.POSITION, title.text[len(head):], title.source)
            if org is not None and org.source == "rule:title-chain" and org.text in _departments():
                if inherited is None:
                    out.append(_link(title, person, None, inherited=True))  # whose department is unknown
                    continue
                parent = inherited.canonical or inherited.text
                org = Mention(org.start, org.end, T.ORG, org.text, org.source,
                              canonical=parent + people()["chain_committees"].get(org.text, org.text))
                out.append(org)
                out.append(_link(title, person, org))
                continue
            if org is not None and inherited is not None and org.text in _departments() \
                    and org.text not in people()["chain_committees"] and org.canonical in (None, org.text):
                # 某集团党委副书记、纪委书记、工会主席某某, 某省委副书记、政法委书记: a bare committee recognised on
                # its own is that body's, and the titles after it go on from the body, not from the committee
                org.canonical = (inherited.canonical or inherited.text) + org.text
                out.append(_link(title, person, org))
                continue
            if org is not None:
                parent = inherited
                if inherited is not None and (sibling := _sibling_body(org, inherited)) is not None:
                    org.canonical = sibling  # 某开发区党工委副书记、管委会主任: that zone's 管委会
                elif inherited is not None and (own := _level_body_of_division(org, inherited)) is not None:
                    org.canonical = own  # 某省人大常委会副主任、省总工会主席: that province's 总工会
                sub_body = parent is not None and org.text in people()["chain_sub_bodies"]
                inherited = parent if sub_body else org  # 副主席、书记处书记、党组成员: the union's 党组成员
                out.append(_link(title, person, org))
            else:
                out.append(_link(title, person, inherited, inherited=True))
        if chain:
            adjacent = next((t for t in reversed(out) if t.holder is person and t.end == person.start), None)
            if adjacent is not None:  # 县人大常委会副主任甲、乙出席: 乙 holds the title too
                adjacent.co_holders = _named_after(text, person, start_at)
        pos = person.end
        if person.start in listed:
            continue  # named in a list after its title (常务委员名单：…), linked below
        if pos < len(text) and text[pos] in "（(":
            close = text.find("）" if text[pos] == "（" else ")", pos, pos + 40)
            if close > 0:
                out.extend(_titles_in(doc, pos + 1, close, person, start_at, titles))
        else:
            tail = _LIST_TAIL.match(text, pos)
            if tail:  # 甲、乙、丙等3位同志当选为某某副主席
                pos = tail.end()
            respectively = text.startswith("分别", pos)
            if respectively:  # 甲、乙分别当选为经审会主任、女职委主任: one title each, in order
                pos += 2
            adverb = _appointment_adverbs().match(text, pos)  # 某某全票当选为…主席
            m = _APPOINT.match(text, adverb.end() if adverb else pos, (adverb.end() if adverb else pos) + 4)
            if m is None and text.startswith("是", pos) and (body := start_at.get(pos + 1)) is not None \
                    and body.type == T.ORG:
                m = _COPULA.match(text, pos)  # 某某是某公司党委书记、董事长: the body's titles
            if m:
                stop = m.end()
                while stop < len(text) and stop - m.end() < 40 and text[stop] not in CLAUSE_BREAKS:
                    stop += 1
                found = [_union_title_split(t, mentions, out) for t in
                         _titles_in(doc, m.end(), stop, person, start_at, titles)]
                _share_with_list(doc, person, found, end_at, out)
                if respectively and found and len(found) == len(found[0].co_holders) + 1:
                    for title, holder in zip(found, (*found[0].co_holders, person), strict=True):
                        title.holder, title.co_holders = holder, ()
                out.extend(found)
            elif (after := _title_after_name(doc, person, start_at, end_at, inside)) is not None:
                out.append(after)  # 某部某某某主任一行: the office title after the full name
    return out


_AFTER_NAME = re.compile(r"[，,、。；;（(]|出席|主持|讲话|致辞|表示|指出|强调|一行|等|同志|参加|陪同")


_SPEECH_ENDS = frozenset("说讲称指")  # 某某说，…: the verb of speaking, never the name's last character here


def _names_after_titles(doc: Document, mentions: list[Mention], titles: tuple[frozenset[str], int],
                        inside: set[int]) -> list[Mention]:
    """A name right after a body's title (区人大常委会副主任方某场出席) that no recogniser found, or
    that only a place's name covered: two or three characters opening with a family name and followed by
    a break or a verb of attending or speaking (``_AFTER_NAME``), none of them inside a mention."""
    text = doc.text
    family = surnames()
    taken = set(inside) | {m.start for m in mentions}
    out = []
    for org in mentions:
        if org.type not in (T.ORG, T.EVENT) or (t := _title_starting_at(text, org.end, len(text), titles)) is None:
            continue
        start = org.end + len(t)
        for n in (3, 2):
            name = text[start : start + n]
            if len(name) == n and all(is_han(c) for c in name) and name[0] in family \
                    and name[-1] not in _SPEECH_ENDS \
                    and not any(i in taken for i in range(start, start + n)) \
                    and _AFTER_NAME.match(text, start + n) is not None:
                out.append(Mention(start, start + n, T.PERSON, name, "rule:title-chain"))
                break
    return out


def _title_after_name(doc: Document, person: Mention, start_at: dict[int, Mention], end_at: dict[int, Mention],
                      inside: set[int]) -> Mention | None:
    """An office title right after a person named in full (people.json titles_after_name:
    某某某主任一行, 某某某副调研员带领…), when punctuation or one of titles_after_name_followers comes
    right after it: that POSITION of the person, held in the body named right before the name (某部|某某某),
    else in none; None otherwise."""
    text = doc.text
    data = people()
    name, pos = person.text, person.end
    if not 2 <= len(name) <= 3 or name[0] not in surnames() or pos in inside \
            or (pos in start_at and start_at[pos].type != T.POSITION):
        return None
    title = max((t for t in data["titles_after_name"] if text.startswith(t, pos)), key=len, default=None)
    if title is None:
        return None
    after = pos + len(title)
    if after < len(text) and is_han(text[after]) and not text.startswith(tuple(data["titles_after_name_followers"]), after):
        return None  # 某某主任委员, 某某书记处: the title is part of a longer word
    listed = _listed_before(text, person, end_at)
    org = end_at.get(listed[0].start if listed else person.start)
    if org is not None and org.type != T.ORG:
        org = None
    found = _link(_title_mention(pos, after, title, start_at), person, org)
    found.co_holders = tuple(listed)
    return found


def _listed_before(text: str, person: Mention, end_at: dict[int, Mention]) -> list[Mention]:
    """某校甲、乙副校长: the people named in full, joined by 、, right before the one a title follows
    hold it too (in the body named before the first); none when a title stands before the first
    (主席甲、乙副主席: the first holds that one)."""
    listed: list[Mention] = []
    first = person
    while first.start > 0 and text[first.start - 1] == _CHAIN_SEP:
        prev = end_at.get(first.start - 1)
        if prev is None or prev.type != T.PERSON or not 2 <= len(prev.text) <= 3 or prev.text[0] not in surnames():
            return []
        listed.insert(0, prev)
        first = prev
    before = end_at.get(first.start)
    return [] if before is not None and before.type == T.POSITION else listed


def _union_title_split(title: Mention, mentions: list[Mention], out: list[Mention]) -> Mention:
    """某某当选为工会主席 with no body named: 工会 is the enterprise union the article named last
    (an ORG mention added to ``out``) and the title is what follows it; the title as it is otherwise."""
    if title.of is not None and title.of.type == T.ORG and _TERM_UNION.match(title.of.text) \
            and (union := _union_named_before(mentions, title.of.start)) is not None:
        title.of = union  # 某某当选新一届工会委员会主席: the term names no body, the union named before is it
        return title
    if title.of is not None and title.of.text in people()["chain_sub_bodies"] and title.of.canonical in (None, title.of.text):
        owner = next((m for m in reversed(mentions) if m.type == T.ORG and m.end <= title.of.start
                      and (m.canonical or m.text).endswith("总工会") and len(m.canonical or m.text) > 3), None)
        if owner is not None:  # 推选某某为书记处第一书记 after 中华全国总工会…: that union's 书记处
            title.of.canonical = (owner.canonical or owner.text) + title.of.text
        return title
    if title.of is not None or not title.text.startswith("工会") or len(title.text) <= 2 \
            or (union := _union_named_before(mentions, title.start)) is None:
        return title
    head = _union_head(title.text)
    org = Mention(title.start, title.start + len(head), T.ORG, head, "rule:title-chain", canonical=union.canonical or union.text)
    out.append(org)
    return _link(Mention(title.start + len(head), title.end, T.POSITION, title.text[len(head):], title.source),
                 title.holder, org)


def _union_head(title: str) -> str:
    """The union's name opening a title (工会主席: 工会; 工会联合会主席: 工会联合会, people.json chain_union_heads)."""
    return next((h for h in people()["chain_union_heads"] if title.startswith(h) and len(title) > len(h)), "工会")


def _union_named_before(mentions: list[Mention], pos: int) -> Mention | None:
    """The last enterprise or workplace union named before ``pos`` (某公司工会, 公司工会委员会), not
    a federation (总工会) nor a place's union (某区工会, 某镇工会): a bare 工会 in a title chain is that union.
    A union's congress named after it (某集团工会第N次会员代表大会, 某有限公司第N次工会会员代表大会)
    names the union too: the body's name before the ordinal, with 工会."""
    last = None
    for m in mentions:
        name = m.canonical or m.text
        if m.type == T.EVENT and m.end <= pos and (last is None or m.start > last.start) \
                and (union := union_of_congress(m)) is not None:
            last = union
        elif m.type == T.ORG and m.end <= pos and (last is None or m.start > last.start) \
                and name.endswith(("工会", "工会委员会")) and "总工会" not in name and name != "工会" \
                and not _PLACE_UNION.search(m.text) and not _TERM_UNION.match(m.text):
            last = m
    return last


_CONGRESS_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+[次届]")
_COMPANY_ENDS = ("公司", "集团", "厂", "医院", "学校", "学院", "大学")


def union_of_congress(event: Mention) -> Mention | None:
    """The enterprise or workplace union whose congress ``event`` is (某集团工会第N次会员代表大会: 某集团工会;
    某有限公司第N次工会会员代表大会: 某有限公司工会), as an ORG mention over the body's words; None
    for any other meeting (a federation's, a place's union's, one with no body named)."""
    o = _CONGRESS_ORDINAL.search(event.text)
    if o is None or o.start() < 4 or not event.text.endswith(("会员代表大会", "会员大会")):
        return None
    body = event.text[: o.start()]
    if body.endswith("工会"):
        name = body
    elif body.endswith(_COMPANY_ENDS) and event.text.startswith("工会", o.end()):
        name = body + "工会"
    else:
        return None
    if "总工会" in name or _PLACE_UNION.search(name) or not all(is_han(c) for c in name):
        return None
    return Mention(event.start, event.start + len(body), T.ORG, body, "rule:title-chain", canonical=name)


def _named_after(text: str, person: Mention, start_at: dict[int, Mention]) -> tuple[Mention, ...]:
    """The people listed right after ``person`` (甲、乙、丙): each name follows a 、 at once."""
    out: list[Mention] = []
    pos = person.end
    while pos < len(text) and text[pos] == _CHAIN_SEP:
        nxt = start_at.get(pos + 1)
        if nxt is None or nxt.type != T.PERSON:
            break
        out.append(nxt)
        pos = nxt.end
    return tuple(out)


_LIST_CUE = re.compile(r"的有|名单|的是|[（(：:\n]")  # where a list may open after a title
_LIST_OPENER = re.compile(r"(?:的有|名单|的是)?(?:[（(][^）)\n]{0,20}[）)])?(?:[：:]|[：:]?\n)[\s\u3000]*")


def _listed_after_title(doc: Document, mentions: list[Mention], start_at: dict[int, Mention],
                        end_at: dict[int, Mention], inside: set[int], titles: tuple[frozenset[str], int],
                        out: list[Mention]) -> set[int]:
    """当选市总工会第十届委员会常务委员的有（按姓氏笔画为序）：甲、乙、丙 and 常务委员会委员名单 + a line of
    names: each listed name holds the title, in the body named right before it. Adds the POSITION
    mentions to ``out``; returns the start of every listed name."""
    text = doc.text
    listed: set[int] = set()
    for m in _LIST_CUE.finditer(text):
        title_end = m.start()
        opener = _LIST_OPENER.match(text, title_end)
        if opener is None:
            continue
        region = doc.region_at(title_end)
        if region is None:
            continue
        t = _title_ending_at(text, title_end, region.start, lambda i: i in inside, titles)
        if not t:
            continue
        people: list[Mention] = []
        pos = opener.end()
        while (p := start_at.get(pos)) is not None and p.type == T.PERSON:
            people.append(p)
            pos = p.end
            while pos < len(text) and text[pos] in "、 \u3000":
                pos += 1
        if not people:
            continue
        ts = title_end - len(t)
        org = end_at.get(ts)
        if org is not None and org.type not in (T.ORG, T.EVENT):
            org = None
        title = _link(_title_mention(ts, title_end, t, start_at), people[0], org)
        title.co_holders = tuple(people[1:])
        out.append(title)
        listed.update(p.start for p in people)
    return listed


def _share_with_list(doc: Document, person: Mention, found: list[Mention], end_at: dict[int, Mention],
                     earlier: list[Mention]) -> None:
    """甲、乙、丙当选副主席: the names listed before the holder hold the titles too; a title with no
    body named takes the body of the appointment before it in the sentence (某某当选市总工会主席，…), or a
    union's chair the union the sentence names before the names (选举产生了某工会委员会，甲当选为主席)."""
    text = doc.text
    co: list[Mention] = []
    pos = person.start
    while pos > 0 and text[pos - 1] == _CHAIN_SEP and (prev := end_at.get(pos - 1)) is not None \
            and prev.type == T.PERSON:
        co.append(prev)
        pos = prev.start
    sent = doc.sentence_at(person.start)
    floor = sent.start if sent else 0
    before = next((t for t in reversed(earlier) if t.of is not None and floor <= t.start < pos
                   and _APPOINT.search(text, t.holder.end if t.holder else t.start, t.start)), None)
    elected = max((m for m in end_at.values() if m.type == T.ORG and floor <= m.start and m.end <= pos
                   and (m.canonical or m.text).endswith("工会委员会") and not _TERM_UNION.match(m.text)),
                  key=lambda m: m.start, default=None) if before is None else None
    for title in found:
        title.co_holders = tuple(reversed(co))
        if title.of is None and before is not None:
            title.of, title.of_inherited = before.of, True
        elif title.of is None and elected is not None and "主席" in title.text and not title.text.startswith("工会"):
            title.of = elected  # 选举产生了某公司第三届工会委员会，甲、乙分别当选为主席、副主席: that union's


@lru_cache(maxsize=1)
def _chain_honours() -> tuple[str, ...]:
    return tuple(sorted(people()["chain_honours"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _departments() -> tuple[str, ...]:
    return (*organizations()["chain_departments"], *people()["title_units"], *people()["chain_committees"])


def _unit_inside_title(text: str, ps: int, pos: int, pset: frozenset[str], inside: set[int]) -> tuple[str, int] | None:
    """机关党委书记: a body's own unit (people.json title_units) that the longest title (党委书记) cut
    into; (the unit, where the title after it starts), when what follows the unit is a title and
    the unit stands in no mention; None otherwise."""
    for unit in people()["title_units"]:
        for end in range(ps + 1, pos):
            start = end - len(unit)
            if start >= 0 and start < ps and text.startswith(unit, start) and text[end:pos] in pset \
                    and start not in inside:
                return unit, end
    return None


def _workshop_before_title(text: str, ps: int, floor: int, inside: set[int], end_at: dict[int, Mention]) -> int | None:
    """Where a workshop's or team's name (people.json ``title_workshops``: 焊接车间, 带电作业班) opens,
    when it stands between a title at ``ps`` and a company named right before it with its legal form
    (某有限公司焊接车间班长某某; organizations.json ``enterprise_legal_suffixes``): the unit belongs to
    the title; None otherwise (某供电局客户服务班|班长: the team is a body of its own)."""
    data = people()["title_workshops"]
    heads = tuple(organizations()["enterprise_legal_suffixes"])
    for start in range(ps - 2, max(floor, ps - data["longest"]) - 1, -1):
        if not is_han(text[start]) or any(i in inside for i in range(start + 1, ps + 1)):
            return None
        body = end_at.get(start)
        if text.endswith(tuple(data["ends"]), start, ps) and body is not None and body.type == T.ORG \
                and (body.canonical or body.text).endswith(heads):
            return start
    return None


def _union_of(body: Mention | None) -> Mention | None:
    """The body a committee or department of it belongs to (某市总工会经审会, 某市总工会财务部 →
    某市总工会), for a department named in the list of its officials; other bodies as they are."""
    if body is None:
        return None
    name = body.canonical or body.text
    unit = next((u for u in (*organizations()["union_departments"], *_departments())
                 if name.endswith(u) and len(name) > len(u)), None)
    return body if unit is None else Mention(body.start, body.end, T.ORG, body.text, body.source, canonical=name[: -len(unit)])


@lru_cache(maxsize=1)
def _listed_units() -> frozenset[str]:
    """Committees and departments named bare (经费审查委员会, 党群部) that, opening the chain of the
    next official in a list, are the listed body's own: people.json listed_units, the union
    committees and the chain departments."""
    data = organizations()
    return frozenset((*people()["listed_units"], *data["union_departments"], *data["chain_departments"]))


def _management_chain(titles: list[str]) -> bool:
    """A chain of a company's titles (总经理; 党委副书记、副总经理): each a management title
    (organizations.json enterprise_titles) or a party committee's (党委…), at least one management."""
    managing = organizations()["enterprise_titles"]
    return any(t in managing for t in titles) and all(t in managing or t.startswith("党委") for t in titles)


def _company_like(body: Mention) -> bool:
    """Whether a body may hold a company's management titles: not a government, a party or
    discipline committee, a department nor a union (某市人民政府, 纪委, 办公室, 某公司工会)."""
    name = body.canonical or body.text
    return _DIVISION_OF_BODY.match(name) is None and not name.endswith(
        (*_departments(), *party_units(), "工会", "工会委员会"))


def _sibling_body(org: Mention, before: Mention) -> str | None:
    """The full name of a body named bare in a chain (管委会) after the title of its sibling body
    (某开发区党工委), or of a part of the body before it (某总工会…、书记处, 某总工会…、女职委):
    people.json chain_sibling_bodies, chain_sub_bodies and chain_committees; None for any other body."""
    heads = people()["chain_sibling_bodies"].get(org.text)
    named = before.canonical or before.text
    if org.text in people()["chain_sub_bodies"] and org.canonical in (None, org.text) and named != org.text:
        units = (*party_units(), *people()["sub_body_not_of"])
        while (unit := next((u for u in units if named.endswith(u) and len(named) > len(u)), None)) is not None:
            named = named[: -len(unit)]  # 某总工会党组纪检组组长、书记处书记: the union's 书记处, not the group's
        return named + org.text
    committee = people()["chain_committees"].get(org.text)
    if committee is not None and org.canonical in (None, org.text, committee) and not named.endswith(committee):
        return named + committee  # 某总工会副主席、女职委主任: that body's 女职工委员会
    head = next((h for h in heads or () if named.endswith(h) and len(named) > len(h)), None)
    return None if head is None or org.canonical not in (None, org.text) else named[: -len(head)] + org.text


def _level_body_of_division(org: Mention, before: Mention) -> str | None:
    """某省人大常委会副主任、省总工会主席某某: a level word's short form of a union (省总工会, 市总工会:
    organizations.json admin_abbrev) right after a title held in a named division's own body is that
    division's union, whatever other province or city the article is about; None otherwise."""
    division = _DIVISION_OF_BODY.match(before.canonical or before.text)
    level = org.text[:1]
    if division is None or len(division["division"]) < 2 or not division["division"].endswith(level) \
            or level not in organizations()["admin_abbrev"]["levels"] or org.text[1:] not in ("总工会", "总") \
            or any(higher in division["division"][:-1] for higher in ("省", "自治区")):
        return None  # 某省某市人大常委会…、市总工会: the city's union is named without its province
    return division["division"] + "总工会"


_DEPARTMENT_HEAD = re.compile(r"(?:部长|副部长)$")


def _union_department_before(text: str, ps: int, title: str, end_at: dict[int, Mention],
                             inside: set[int]) -> Mention | None:
    """某总工会生产保护部|部长: an unlisted department (two to six characters ending in 部) between a
    union named right before it and a department head's title is that union's department (an ORG
    mention named in full); None otherwise."""
    if not _DEPARTMENT_HEAD.search(title) or not text.endswith("部", 0, ps):
        return None
    for n in range(3, 8):
        start = ps - n
        body = end_at.get(start)
        if start < 0 or not is_han(text[start]) or start in inside:
            return None
        if body is not None and body.type == T.ORG and (body.canonical or body.text).endswith("工会") \
                and all(is_han(c) for c in text[start:ps]):
            return Mention(start, ps, T.ORG, text[start:ps], "rule:title-chain",
                           canonical=(body.canonical or body.text) + text[start:ps])
    return None


def _department_ending_at(text: str, pos: int, floor: int, inside: set[int],
                          end_at: dict[int, Mention] | None = None) -> str | None:
    """A department named bare right before a title in a chain (、组织部|部长), or opening the chain of
    the next person in a list of one body's officials (主任某某，宣传教育部部长某某), not inside a mention."""
    for dept in _departments():
        start = pos - len(dept)
        if start > floor and text.startswith(dept, start) and start not in inside and (
                text[start - 1] == _CHAIN_SEP or text[start - 1] in "，," and end_at is not None
                and (prev := end_at.get(start - 1)) is not None and prev.type == T.PERSON):
            return dept
    return None


def _group_named_before(text: str, ps: int, floor: int, org: Mention | None,
                        start_at: dict[int, Mention]) -> Mention | None:
    """…领导小组组长某某: a steering group whose name holds a programme's words (市职工技能提升三年行动
    领导小组, 市“两新”组织工会组建工作领导小组) is named from where its clause opens (after a comma,
    、 or a full stop), when that is a level word or a place's or body's name; the span a tagger found
    inside it (三年行动领导小组), or none, is not the body."""
    heads = tuple(people()["group_heads"])
    if not text.endswith(heads, floor, ps):
        return None
    start = ps - 1
    while start > floor and ps - start <= 40 and text[start - 1] not in _GROUP_CLAUSE_OPEN:
        start -= 1
    if ps - start > 40 or (org is not None and org.start <= start):
        return None
    if any(m.start > start and Source(m.source).tier >= 3 for i in range(start + 1, ps) if (m := start_at.get(i))):
        return None  # a quoted name inside stays whole (the overlap policy keeps it), the group unnamed
    opener = start_at.get(start)
    if text[start] not in _LEVEL_OPENERS and (opener is None or opener.type not in (T.PLACE, T.ORG)):
        return None
    return Mention(start, ps, T.ORG, text[start:ps], "rule:title-chain")


def _body_of_person_before(text: str, pos: int, end_at: dict[int, Mention], out: list[Mention]) -> Mention | None:
    """某县总工会主席甲、副主席乙: a chain that opens right after another person named with a body's
    title holds its bare titles in that body."""
    if pos <= 0 or text[pos] not in (_CHAIN_SEP, "，", ",", "和"):  # 主席甲、副主席乙 / 主席甲，副主席乙 / 甲和乙
        return None
    prev = end_at.get(pos)
    if prev is None or prev.type != T.PERSON:
        return None
    return next((t.of for t in reversed(out) if t.holder is prev and t.of is not None), None)


def _union_of_sentence_before(text: str, pos: int, chain: list[tuple[Mention, Mention | None]],
                              out: list[Mention]) -> Mention | None:
    """某县总工会党组成员、经审主任甲通报…。党组书记、常务副主席乙强调…: a chain of a union's chair titles
    (…主席) that opens a sentence with no body is held in the union of the last title chain of the
    paragraph, when the sentence before named one."""
    if pos <= 0 or text[pos - 1] != "。" or not any(t.text.endswith("主席") for t, _ in chain):
        return None
    floor = text.rfind("\n", 0, pos) + 1
    prior = [t for t in out if t.of is not None and floor <= t.start < pos]
    if not prior or prior[-1].end < text.rfind("。", 0, pos - 1):
        return None  # the union's chain must be in the sentence right before
    body = prior[-1].of
    return body if (body.canonical or body.text).endswith("工会") else None


@lru_cache(maxsize=1)
def _occupations() -> dict:
    data = people()["occupations"]
    return {**data, "heads": tuple(data["heads"]), "not": frozenset(data["not"]),
            "bare_not_enough": frozenset(data["bare_not_enough"]), "modifiers_not": frozenset(data["modifiers_not"]),
            "unit_ends": tuple(data["unit_ends"]), "status_endings": tuple(data["status_endings"]),
            "employer_ends": tuple(data["employer_ends"])}


def _occupation_ending_at(doc: Document, pos: int, floor: int, inside: set[int]) -> tuple[int, int] | None:
    """(start, end) of the job named right before a person at ``pos`` (外卖骑手某某, 环卫工人某某,
    数控车工某某: people.json ``occupations``): jieba's word ending there ends in a job head and is no
    status word (职工, 会员); the word before it joins when it describes the job (数控, 环卫), not the
    person (党员, 退休) nor the workplace (援助站, 码头闸口)."""
    data = _occupations()
    last = doc.token_at(pos - 1) if pos > floor else None
    if last is not None and last.end == pos and len(last.text) == 1 and last.text in data["heads"] and last.start > floor:
        glued = doc.token_at(last.start - 1)  # 外卖|员某某: jieba read the job's last character as a measure word
        if glued is not None and glued.end == last.start and glued.start >= floor and len(glued.text) >= 2:
            last = Token(glued.start, last.end, glued.text + last.text, "n")
    if last is None or last.end != pos or last.start < floor or last.start in inside or last.text in data["not"] \
            or not last.text.endswith(data["heads"]) or last.text.endswith(data["status_endings"]) \
            or not all(is_han(c) for c in last.text):
        return None
    start = last.start
    before = doc.token_at(start - 1) if start > floor else None
    if before is not None and before.end == start and before.start >= floor and before.start not in inside \
            and len(before.text) >= 2 and all(is_han(c) for c in before.text) \
            and (before.pos or "").startswith(("n", "v", "b", "j")) and not (before.pos or "").startswith("nr") \
            and before.text not in data["modifiers_not"] and not before.text.endswith(data["unit_ends"]) \
            and pos - before.start <= data["longest"]:
        ahead = doc.token_at(before.start - 1) if before.start > floor else None
        if not ((before.pos or "").startswith("v") and ahead is not None and ahead.end == before.start
                and (ahead.pos or "").startswith("n") and is_han(ahead.text[-1])):
            start = before.start  # 装卸工人, not 援助律师 cut from 法律援助律师 (a longer compound: the head alone)
    if start == last.start and last.text in data["bare_not_enough"]:
        return None  # 工人某某 alone: a status word
    return start, pos


def _link(title: Mention, person: Mention, org: Mention | None, inherited: bool = False) -> Mention:
    title.holder = person
    title.of = org
    title.of_inherited = inherited
    return title


def _title_mention(start: int, end: int, title: str, start_at: dict[int, Mention]) -> Mention:
    """The POSITION mention of a title: the mention already there (a user lexicon's), else a new one."""
    m = start_at.get(start)
    if m is not None and m.type == T.POSITION and m.end == end:
        return m
    return Mention(start, end, T.POSITION, title, "rule:title")


def _titles_in(doc: Document, start: int, end: int, person: Mention,
               start_at: dict[int, Mention], titles: tuple[frozenset[str], int]) -> list[Mention]:
    """Titles inside a span such as '市总工会主席、党组书记' (after a person's name)."""
    text = doc.text
    out = []
    pos = start
    org = None
    while pos < end:
        m = start_at.get(pos)
        if m is not None and m.type in (T.ORG, T.EVENT):
            org = m
            pos = m.end
            continue
        t = _title_starting_at(text, pos, end, titles)
        if t:
            out.append(_link(_title_mention(pos, pos + len(t), t, start_at), person, org))
            pos += len(t)
            continue
        if text[pos] == _CHAIN_SEP:
            pos += 1
            continue
        edition = _EDITION_BEFORE_BODY.match(text, pos, end)
        if edition is not None and (body := start_at.get(edition.end())) is not None and body.type == T.ORG:
            pos = edition.end()  # 当选为第二届某市总工会主席: the term, then the body
            continue
        break
    return out
