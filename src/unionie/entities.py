"""Entities: candidate mentions from the NER model and the domain recognizers, one merge policy,
title chains, and grouping of mentions into entities with canonical names.

Input: a ``Document`` with regions, sentences, tokens and the NER backend's candidate mentions.
Output: ``doc.mentions`` (flat, non-overlapping, inside title/body, each with its ``source``) and
``doc.entities`` (clusters with a canonical ``name``; PLACE entities carry ``normalized``).

Recognizers (each returns candidates; none resolves overlaps itself):
- ``quoted``: 《…》 documents (or media names), quoted initiative names confirmed by cue words;
- ``known_initiatives``: programme names from the lexicon, matched without quotes;
- ``events``: named congresses and meetings (ordinal + meeting head);
- ``places``: the administrative gazetteer (full names; short names on word boundaries);
- ``organizations``: names composed from place/organisation prefixes, organisation heads and
  sub-units (贵州省 + 六盘水市 + 人大常委会; 六盘水市总工会 + 党组), level abbreviations (市总工会);
- ``dates``: absolute and relative date expressions;
- ``propagate``: later occurrences of a name already recognised elsewhere in the article.

Merge policy (``resolve_overlaps``): spans are flat. Quoted names, documents and events beat
anything they overlap; otherwise the longer span wins, ties going to the higher-priority source.
Title chains (``find_positions``) then add POSITION mentions that belong to a named person.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable

from .document import Document, EntityCluster, Mention
from .places import Gazetteer, Place, gazetteer
from .resources import alternation, generic_terms, initiatives, organizations, positions

HAN = r"\u4e00-\u9fff"
NUM_CN = "零〇一二三四五六七八九十百千两"

# tier 3 always wins an overlap; below that the longer span wins, then the tier
TIER = {
    "rule:document": 3, "rule:quoted": 3, "rule:event": 3,
    "rule:org": 2, "lexicon:initiative": 2, "rule:programme": 2, "lexicon:org": 2, "gazetteer": 2, "rule:date": 2,
    "crf": 1, "lac": 1, "hanlp": 1, "alias": 0,
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


# --- recognizers ----------------------------------------------------------------------------

_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "\"": "\"", "‘": "’"}
_QUOTED = re.compile(r"“([^“”\n]{1,30})”|「([^「」\n]{1,30})」|『([^『』\n]{1,30})』|‘([^‘’\n]{1,30})’")
_BOOK = re.compile(r"《([^《》\n]{1,80})》")
_MEDIA_END = ("日报", "晚报", "报", "杂志", "周刊", "网", "电视台", "频道", "客户端")
_SENT_PUNCT = re.compile(r"[，。！？；：,!?;:]")


def _is_initiative_name(name: str, before: str, after: str, single_quote: bool) -> bool:
    data = initiatives()
    if _SENT_PUNCT.search(name) or len(name) > 20:
        return False  # quoted speech, not a name
    if name in data["generic_not"]:
        return False
    if len(name) <= data["slogan_max_len"]:
        return False  # “三性”, “当”: slogans and words in scare quotes
    if re.fullmatch(rf"[{NUM_CN}\d]+[{HAN}]", name):
        return False
    before_cue = any(before.endswith(c) for c in data["before_cues"])
    window = after[: data["after_cue_window"]]
    window = re.split(r"[，。；！？,;]", window)[0]
    weak = data["weak_after_cues"]  # 服务, 建设…: only right after the quote
    after_cue = any((c in window) if c not in weak else window.startswith(c) for c in data["after_cues"])
    head = len(name) >= 4 and any(name.endswith(h) for h in data["heads"])  # not “走过场”, “练兵场”
    known = name in data["known"]
    if re.search(r"[、+＋·]", name):  # “会、站、家”, “线上+线下”: slogans unless a strong cue follows
        return any(window.startswith(c) for c in data["strong_after_cues"])
    list_cue = after.startswith("、") or before.endswith("、")
    if single_quote:
        return known or (head and (before_cue or after_cue))
    return known or head or before_cue or after_cue or list_cue


def quoted(doc: Document) -> list[Mention]:
    out = []
    text = doc.text
    for region in doc.regions:
        for m in _BOOK.finditer(text, region.start, region.end):
            name = m.group(1).strip()
            s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            e = s + len(name)
            if not name:
                continue
            typ = "ORG" if name.endswith(_MEDIA_END) and len(name) <= 8 else "DOCUMENT"
            out.append(Mention(s, e, typ, name, "rule:document"))
        for m in _QUOTED.finditer(text, region.start, region.end):
            gi = next(i for i in range(1, 5) if m.group(i) is not None)
            name = m.group(gi)
            s, e = m.start(gi), m.end(gi)
            before = text[max(region.start, m.start() - 6) : m.start()]
            after = text[m.end() : min(region.end, m.end() + 12)]
            if _is_initiative_name(name, before, after, single_quote=gi == 4):
                out.append(Mention(s, e, "INITIATIVE", name, "rule:quoted"))
    return out


def _literal_matches(doc: Document, words: Iterable[str], typ: str, source: str) -> list[Mention]:
    words = [w for w in words if w]
    if not words:
        return []
    rx = re.compile(alternation(words))
    out = []
    for region in doc.regions:
        for m in rx.finditer(doc.text, region.start, region.end):
            out.append(Mention(m.start(), m.end(), typ, m.group(), source))
    return out


def known_initiatives(doc: Document) -> list[Mention]:
    data = initiatives()
    out = _literal_matches(doc, data["known"], "INITIATIVE", "lexicon:initiative")
    up = data["unquoted_programme"]
    rx = re.compile(rf"(?:{alternation(up['verbs'])})([{HAN}]{{{up['min_len'] - 2},{up['max_len'] - 2}}}?"
                    rf"(?:{alternation(up['heads'])}))")
    for region in doc.regions:
        for m in rx.finditer(doc.text, region.start, region.end):
            name = m.group(1)
            if name not in data["generic_not"]:
                out.append(Mention(m.start(1), m.end(1), "INITIATIVE", name, "rule:programme"))
    return out


_ORDINAL = rf"(?:第[{NUM_CN}\d]+[次届]|[{NUM_CN}\d]+届[{NUM_CN}\d]+次|[{NUM_CN}\d]+届)"
_MEETING_HEAD = (
    "全国代表大会|代表大会|全体委员（扩大）会议|全体委员会议|全委（扩大）会议|全委会|全体会议|"
    "委员会议|常委会议|主席团会议|经审会|会员代表大会|职工代表大会|职代会|运动会|职工运动会|技能大赛|"
    "职业技能大赛|表彰大会|论坛|博览会|大会|会议"
)
_EVENT = re.compile(rf"{_ORDINAL}[{HAN}]{{0,8}}?(?:{_MEETING_HEAD})")


def events(doc: Document, prefixes: list[Mention]) -> list[Mention]:
    """Ordinal + meeting head, extended left over an adjacent organisation or place name."""
    ends = {}
    for p in prefixes:
        if p.type in ("ORG", "PLACE") and (p.end not in ends or p.start < ends[p.end]):
            ends[p.end] = p.start
    prefixes_rx = re.compile(rf"(?:{alternation(organizations()['event_prefixes'])})$")
    out = []
    for region in doc.regions:
        for m in _EVENT.finditer(doc.text, region.start, region.end):
            s = ends.get(m.start(), m.start())
            if s == m.start():
                fixed = prefixes_rx.search(doc.text, max(region.start, s - 8), s)
                s = fixed.start() if fixed else s
            out.append(Mention(s, m.end(), "EVENT", doc.text[s : m.end()], "rule:event"))
    return out


def _token_bounds(doc: Document) -> tuple[set[int], set[int]]:
    return {t.start for t in doc.tokens}, {t.end for t in doc.tokens}


def places(doc: Document, gaz: Gazetteer) -> list[Mention]:
    """Gazetteer names: full names anywhere in Han text, short names on jieba word boundaries."""
    starts, ends = _token_bounds(doc)
    text = doc.text
    out = []
    for region in doc.regions:
        for i in range(region.start, region.end):
            if not ("\u4e00" <= text[i] <= "\u9fff"):
                continue
            best = None
            for n in range(min(10, region.end - i), 1, -1):
                sub = text[i : i + n]
                if sub in gaz.full:
                    best = (sub, True)
                    break
                if best is None and sub in gaz.short and i in starts and i + n in ends:
                    best = (sub, False)
            if best:
                out.append(Mention(i, i + len(best[0]), "PLACE", best[0], "gazetteer"))
    return out


class _OrgGrammar:
    def __init__(self) -> None:
        data = organizations()
        self.after_place = re.compile(alternation(data["after_place_heads"]))
        self.after_full_place = re.compile(
            alternation(data["after_place_heads"] + data["union_heads"] + data["after_level_heads"]))
        self.org_ends = tuple(data["union_heads"] + data["after_place_heads"] + data["company_heads"]
                              + data["subunits"] + data["after_level_heads"])
        self.after_org = re.compile(alternation(data["union_heads"] + data["subunits"]))
        self.subunits = re.compile(alternation(data["subunits"]))
        ab = data["admin_abbrev"]
        self.abbrev_heads = tuple(sorted(ab["heads"], key=len, reverse=True))
        self.not_in_names = re.compile(alternation(data["not_in_names"]))
        self.abbrev = re.compile(rf"(?:{alternation(ab['levels'])})(?:{alternation(ab['heads'])})")
        self.aliases: dict[str, str] = data["aliases"]
        self.alias_rx = re.compile(alternation(self.aliases))
        self.company_end = tuple(sorted(data["company_heads"], key=len, reverse=True))
        self.bare_heads = frozenset(data["union_heads"] + data["subunits"] + data["company_heads"]
                                    + data["after_place_heads"])
        self.generic_starts = tuple(data["generic_org_starts"])
        self.short_suffixes = tuple(data["short_name_suffixes"])
        self.facilities = tuple(data["facility_suffixes"])
        self.party_prefixes = tuple(data["party_prefixes"])
        self.trailing = tuple(sorted(data["model_org_trailing"], key=len, reverse=True))
        self.anaphora_words = frozenset(data["enterprise_anaphora"]) | {"该" + w for w in data["enterprise_anaphora"]}
        self.anaphora = re.compile(rf"(?:该)?(?:{alternation(data['enterprise_anaphora'])})|省总(?!工会)"
                                   rf"|(?:{alternation(data['platform_companies'])})")
        self.before_title = re.compile(
            rf"(?:{alternation(data['standalone_before_title'])})(?=(?:{alternation(positions())}))")


_GRAMMAR: _OrgGrammar | None = None


def _grammar() -> _OrgGrammar:
    global _GRAMMAR
    if _GRAMMAR is None:
        _GRAMMAR = _OrgGrammar()
    return _GRAMMAR


def _has_level_suffix(name: str) -> bool:
    return name.endswith(("省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "特区", "新区", "自治区"))


def organizations_(doc: Document, prefixes: list[Mention]) -> list[Mention]:
    """Compose organisation names from prefixes (places, model ORGs) + heads + sub-units."""
    g = _grammar()
    text = doc.text
    by_start: dict[int, list[Mention]] = {}
    for p in prefixes:
        by_start.setdefault(p.start, []).append(p)
    out: list[Mention] = []

    def region_end(pos: int) -> int:
        r = doc.region_at(pos)
        return r.end if r else pos

    def extend_subunits(end: int, limit: int) -> int:
        # the longest name as written: 省总工会党组 + 书记, 某公司工会 + 主席
        while True:
            m = g.subunits.match(text, end, limit)
            if not m:
                return end
            end = m.end()

    for p in prefixes:
        limit = region_end(p.start)
        # chain adjacent places: 贵州省 + 六盘水市
        chain_end = p.end
        chain_full = p.type == "PLACE" and _has_level_suffix(p.text)
        progressed = True
        while progressed:
            progressed = False
            for q in by_start.get(chain_end, []):
                if q.type == "PLACE":
                    chain_end = q.end
                    chain_full = _has_level_suffix(q.text)
                    progressed = True
                    break
        if p.type == "PLACE":
            rx = g.after_full_place if chain_full else g.after_place
            m = rx.match(text, chain_end, limit)
            if m:
                end = extend_subunits(m.end(), limit)
                start = p.start
                for pre in g.party_prefixes:  # 中共遵义市委, 共青团陕西省委
                    if text.startswith(pre, p.start - len(pre)):
                        start = p.start - len(pre)
                out.append(Mention(start, end, "ORG", text[start:end], "rule:org"))
        elif p.type == "ORG":
            m = g.after_org.match(text, p.end, limit)
            if m:
                end = extend_subunits(m.end(), limit)
                out.append(Mention(p.start, end, "ORG", text[p.start : end], "rule:org"))
    for region in doc.regions:
        for rx in (g.anaphora, g.before_title):
            for m in rx.finditer(text, region.start, region.end):
                out.append(Mention(m.start(), m.end(), "ORG", m.group(), "lexicon:org"))
        for m in g.abbrev.finditer(text, region.start, region.end):
            end = extend_subunits(m.end(), region.end)
            out.append(Mention(m.start(), end, "ORG", text[m.start() : end], "rule:org"))
        for m in g.alias_rx.finditer(text, region.start, region.end):
            end = extend_subunits(m.end(), region.end)
            out.append(Mention(m.start(), end, "ORG", text[m.start() : end], "lexicon:org",
                               canonical=g.aliases[m.group()] + text[m.end() : end]))
    return out


_D = r"[0-9０-９]"
_MONTH = rf"(?:{_D}{{1,2}}|十[一二]?|[一二三四五六七八九])月"
_DAY = rf"(?:{_D}{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_PART_OF_MONTH = r"(?:份|初|中旬|下旬|上旬|底)"
_TIME_OF_DAY = r"(?:上午|下午|中午|晚上|清晨|凌晨|傍晚|晚间|早上|夜间)"
_PERIOD = r"(?:上半年|下半年|同期|年底|年初|底|初|冬天|夏天|春天|秋天|暑假|暑期|寒假|春节期间)"
_DATE = re.compile(
    rf"(?:(?:(?:19|20|１９|２０){_D}{{2}}|[〇零一二三四五六七八九]{{4}})年度?"
    rf"|(?:今年|去年|前年|明年|上年)(?!以来|来))"
    rf"(?:{_MONTH}(?:{_DAY}{_TIME_OF_DAY}?|{_PART_OF_MONTH})?|{_PERIOD})?"
    rf"|(?<![0-9０-９.])(?:{_MONTH}{_DAY}{_TIME_OF_DAY}?)"
    rf"|(?<![0-9０-９.个])(?:{_D}{{1,2}})月{_PART_OF_MONTH}?(?![0-9０-９])"
    r"|(?<![\u4e00-\u9fff])(?:上半年|下半年)"
)


def dates(doc: Document) -> list[Mention]:
    out = []
    for region in doc.regions:
        for m in _DATE.finditer(doc.text, region.start, region.end):
            out.append(Mention(m.start(), m.end(), "DATE", m.group(), "rule:date"))
    return out


_STREET = re.compile(r"[东西南北中]?(?:路|街|大街|大道|巷)(?![\u4e00-\u9fff]{0,1}(?:工会|公司))")


def merge_adjacent(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Longest name as written: 辽宁省 + 大连市 → one PLACE; 香港 + 中路 → one PLACE;
    四川省 + 五一劳动奖状 → one INITIATIVE (a place opening a programme's name);
    国家税务总局 + 四川省税务局 → one ORG."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        joinable = (prev is not None and prev.end == m.start and m.source != "rule:quoted" and (
            (prev.type == "PLACE" and (m.type == "PLACE" or (m.type == "INITIATIVE" and prev.source == "gazetteer")))
            or (prev.type == "ORG" and m.type == "ORG" and m.source == "rule:org" and prev.source != "lexicon:org")))
        if joinable:  # 国家税务总局 + 四川省税务局
            out[-1] = Mention(prev.start, m.end, m.type, doc.text[prev.start : m.end], m.source)
            continue
        if m.type == "PLACE":
            st = _STREET.match(doc.text, m.end)
            if st:
                m = Mention(m.start, st.end(), "PLACE", doc.text[m.start : st.end()], m.source)
        out.append(m)
    return out


def propagate(doc: Document, found: list[Mention]) -> list[Mention]:
    """Every further occurrence of a recognised name (PERSON, ORG, PLACE, INITIATIVE) in the article."""
    names: dict[str, str] = {}
    for m in found:
        if m.type in ("PERSON", "ORG", "PLACE", "INITIATIVE") and len(m.text) >= 2:
            names.setdefault(m.text, m.type)
    if not names:
        return []
    rx = re.compile(alternation(names))
    out = []
    for region in doc.regions:
        for m in rx.finditer(doc.text, region.start, region.end):
            out.append(Mention(m.start(), m.end(), names[m.group()], m.group(), "alias"))
    return out


def _has_verb(doc: Document, start: int, end: int) -> bool:
    """Does LAC read a plain verb inside [start, end)?"""
    i = bisect_right(doc.ner_words, (start, -1, ""))
    while i < len(doc.ner_words) and doc.ner_words[i][0] < end:
        if doc.ner_words[i][2] == "v":
            return True
        i += 1
    return False


_JOINERS = re.compile(r"联合(?!会)(?!国(?!家))|会同|携手|联手")  # not 联合国, 联合会; yes 联合国家…


def trim_model_org(doc: Document, m: Mention) -> list[Mention]:
    """Cut verbs and conjunctions a statistical tagger glued to an ORG: 南通市总工会联合 →
    南通市总工会; 四川省总工会联合省人社厅 → 四川省总工会 + 省人社厅; 联合市商务局 → 市商务局."""
    if m.type != "ORG":
        return [m]
    parts: list[tuple[int, int]] = []
    pos = m.start
    for j in _JOINERS.finditer(doc.text, m.start, m.end):
        parts.append((pos, j.start()))
        pos = j.end()
    parts.append((pos, m.end))
    out = []
    g = _grammar()
    for s, e in parts:
        for w in g.trailing:
            if doc.text.endswith(w, s, e) and e - s - len(w) >= 2:
                e -= len(w)
                break
        k = doc.text.find("总工会", s, e)
        if k >= 0 and k + 3 < e and _has_verb(doc, k + 3, e):
            e = k + 3  # 四川省总工会落实工会…: a verb after 总工会 ends the name
        if e - s >= 2:
            out.append(Mention(s, e, "ORG", doc.text[s:e], m.source))
    return out


# --- filters ---------------------------------------------------------------------------------

_PERSON_OK = re.compile(rf"^[{HAN}]{{2,4}}$|^[{HAN}]{{1,6}}·[{HAN}]{{1,8}}$")
_BAD_PERSON_END = ("说", "表示", "介绍", "指出", "强调", "称")


def keep(m: Mention) -> bool:
    if m.text in generic_terms():
        return False
    if m.type == "PERSON":
        return bool(_PERSON_OK.match(m.text)) and not m.text.endswith(_BAD_PERSON_END)
    if m.type in ("ORG", "PLACE") and len(m.text) < 2:
        return False
    if m.type == "ORG" and m.source in ("lac", "crf", "hanlp"):
        g = _grammar()
        if m.text in g.bare_heads or m.text.startswith(g.generic_starts) or g.not_in_names.search(m.text):
            return False  # 党支部, 全市工会, 基层总工会…: no name in it
        if m.text.count("（") != m.text.count("）") or m.text.count("(") != m.text.count(")"):
            return False  # 各省（区、市）总工会: cut through a bracket
        if m.text.endswith("工会") and m.text[:-2] in gazetteer().short:
            return False  # 六盘水工会(改革): a bare place name + 工会 is not a body's name
        if len(m.text) < 4:
            return m.text.endswith(g.org_ends + g.short_suffixes) or m.text in g.aliases
    if m.type == "PLACE" and m.text.startswith(("全", "各")):
        return False
    if m.type == "PLACE" and m.source in ("lac", "crf", "hanlp") and m.text.endswith(_grammar().facilities) \
            and not gazetteer().is_place(m.text):
        return False  # 心理咨询室, 调度楼, 物流港: buildings and facilities are not places
    return True


# --- title chains ------------------------------------------------------------------------------

_CHAIN_SEP = "、"
_APPOINT = re.compile(r"(?:担任|出任|当选为|当选|被选举为|兼任|现任|任|为)")


def _title_ending_at(text: str, pos: int, floor: int, covered: Callable[[int], bool]) -> str | None:
    """Longest position title ending at ``pos`` that does not cut into an existing mention."""
    pset = positions()
    for n in range(min(9, pos - floor), 1, -1):
        cand = text[pos - n : pos]
        if cand in pset and not covered(pos - n):
            return cand
    return None


def _title_starting_at(text: str, pos: int, end: int) -> str | None:
    pset = positions()
    for n in range(min(9, end - pos), 1, -1):
        if text[pos : pos + n] in pset:
            return text[pos : pos + n]
    return None


def find_positions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """POSITION mentions in title chains ending at (or opening after) a named person.

    ``…代表大会代表、…人大常委会副主任、市总工会主席刘静``: walking left from 刘静, each title is
    tied to the ORG/EVENT right before it, or, when none, to the one of the title before it
    (省总工会党组书记、常务副主席王某: 书记 of 省总工会党组, 常务副主席 of 省总工会 — the relations
    stage lifts an inherited party group or committee to its parent body).
    Also ``刘静（市总工会主席）`` and ``刘静担任市总工会主席``.
    """
    text = doc.text
    end_at = {m.end: m for m in mentions}
    start_at = {m.start: m for m in mentions}
    inside = set()
    for m in mentions:
        inside.update(range(m.start + 1, m.end))
    out: list[Mention] = []
    for person in mentions:
        if person.type != "PERSON":
            continue
        region = doc.region_at(person.start)
        region_start = region.start if region else 0
        pos = person.start
        chain: list[tuple[Mention, Mention | None]] = []
        while pos > region_start:
            t = _title_ending_at(text, pos, region_start, lambda i: i in inside)
            if not t:
                break
            ps = pos - len(t)
            title = Mention(ps, pos, "POSITION", t, "rule:title")
            org = end_at.get(ps)
            if org is not None and org.type not in ("ORG", "EVENT"):
                org = None
            chain.append((title, org))
            pos = org.start if org else ps
            if pos > region_start and text[pos - 1] == _CHAIN_SEP:
                pos -= 1
            else:
                break
        inherited: Mention | None = None
        for title, org in reversed(chain):  # left to right: a bare title shares the org before it
            if org is None and inherited is not None and title.text.startswith("工会") and len(title.text) > 2:
                # 某公司党委副书记、工会主席: 工会 names that body's union, 主席 is the title
                base = re.sub(r"(党委|党组|党支部|党总支)$", "", inherited.text)
                org = Mention(title.start, title.start + 2, "ORG", "工会", "rule:title-chain",
                              canonical=base + "工会")
                out.append(org)
                title = Mention(title.start + 2, title.end, "POSITION", title.text[2:], title.source)
            if org is not None:
                inherited = org
                out.append(_link(title, person, org))
            else:
                out.append(_link(title, person, inherited, inherited=True))
        pos = person.end
        if pos < len(text) and text[pos] in "（(":
            close = text.find("）" if text[pos] == "（" else ")", pos, pos + 40)
            if close > 0:
                out.extend(_titles_in(doc, pos + 1, close, person, start_at))
        else:
            m = _APPOINT.match(text, pos, pos + 4)
            if m:
                stop = m.end()
                while stop < len(text) and stop - m.end() < 40 and text[stop] not in "，。；,;":
                    stop += 1
                out.extend(_titles_in(doc, m.end(), stop, person, start_at))
    return out


def _link(title: Mention, person: Mention, org: Mention | None, inherited: bool = False) -> Mention:
    title.holder = person
    title.of = org
    title.of_inherited = inherited
    return title


def _titles_in(doc: Document, start: int, end: int, person: Mention,
               start_at: dict[int, Mention]) -> list[Mention]:
    """Titles inside a span such as '市总工会主席、党组书记' (after a person's name)."""
    text = doc.text
    out = []
    pos = start
    org = None
    while pos < end:
        m = start_at.get(pos)
        if m is not None and m.type in ("ORG", "EVENT"):
            org = m
            pos = m.end
            continue
        t = _title_starting_at(text, pos, end)
        if t:
            out.append(_link(Mention(pos, pos + len(t), "POSITION", t, "rule:title"), person, org))
            pos += len(t)
            continue
        if text[pos] == _CHAIN_SEP:
            pos += 1
            continue
        break
    return out


# --- grouping --------------------------------------------------------------------------------


def _home_places(doc: Document, mentions: list[Mention], gaz: Gazetteer) -> dict[str, Place]:
    """The article's own province/city/county: the most named ones of each level."""
    counts: dict[str, Counter[Place]] = {"province": Counter(), "city": Counter(), "county": Counter()}
    for m in mentions:
        if m.type not in ("PLACE", "ORG"):
            continue
        surface = m.text
        found: list[Place] = []
        if m.type == "PLACE":
            found = gaz.lookup(surface)[:1]
        else:  # places named inside an organisation's name: 贵州省六盘水市人大常委会
            i = 0
            while i < len(surface) - 1:
                for n in range(min(10, len(surface) - i), 1, -1):
                    c = gaz.full.get(surface[i : i + n]) or (gaz.short.get(surface[i : i + n]) if i == 0 else None)
                    if c:
                        found.append(sorted(c, key=lambda p: p.name != surface[i : i + n])[0])
                        i += n - 1
                        break
                i += 1
        for p in found:
            counts[p.level][p] += 1
            if p.city and p.level == "county":
                counts["city"][Place(p.city, "city", p.province, p.city, None)] += 0.5
            counts["province"][Place(p.province, "province", p.province, None, None)] += 0.25
    home: dict[str, Place] = {}
    for level, c in counts.items():
        if c:
            home[level] = c.most_common(1)[0][0]
    if "city" in home:
        home.setdefault("province", Place(home["city"].province, "province", home["city"].province, None, None))
    return home


def _expand_abbrev(name: str, home: dict[str, Place]) -> str:
    """市总工会 → 六盘水市总工会 (the article's own city); 市南区总工会 is a district's, not expanded."""
    level = {"省": "province", "市": "city", "县": "county", "区": "county", "州": "city"}.get(name[:1])
    if level and level in home and name[1:].startswith(_grammar().abbrev_heads):
        full = home[level].name
        if full.endswith(name[:1]):
            return full + name[1:]
    return name


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def group(doc: Document, mentions: list[Mention], gaz: Gazetteer) -> list[EntityCluster]:
    """Group mentions into entities and choose canonical names (alias resolution)."""
    home = _home_places(doc, mentions, gaz)
    g = _grammar()
    clusters: dict[tuple[str, str], EntityCluster] = {}
    place_of: dict[tuple[str, str], Place] = {}

    def key_for(m: Mention) -> tuple[str, str]:
        if m.type == "ORG":
            name = m.canonical or m.text
            if name in g.aliases:
                return ("ORG", g.aliases[name])
            return ("ORG", _expand_abbrev(name, home))
        if m.type == "PLACE":
            cands = gaz.lookup(m.text)
            for i in range(1, len(m.text) - 1):  # 辽宁省大连市 → 大连市: the lowest named level
                if cands:
                    break
                cands = gaz.full.get(m.text[i:]) or []
            if cands:
                # prefer the candidate in the article's own province
                prov = home.get("province")
                best = next((c for c in cands if prov and c.province == prov.province), cands[0])
                k = ("PLACE", f"{best.name}|{best.province}")
                place_of[k] = best
                return k
            return ("PLACE", m.text)
        return (m.type, m.text)

    last_named: dict[str, tuple[str, str]] = {}  # head word → key of the latest named ORG with it
    for m in mentions:
        k = key_for(m)
        if m.type == "ORG" and k[1] in g.anaphora_words:
            # 该公司工会 / 集团工会 / 该公司: the enterprise (union) named last before it
            head = "工会" if k[1].endswith("工会") else "企业"
            if head in last_named:
                k = last_named[head]
            elif head == "工会" and "企业" in last_named:  # 该集团工会 after 某某集团有限公司
                k = ("ORG", last_named["企业"][1] + "工会")
        elif m.type == "ORG" and m.source != "lexicon:org":
            if m.text.endswith("工会") and re.search("公司|集团|厂|矿|段|局", m.text):
                last_named["工会"] = k
            elif m.text.endswith(g.company_end) and re.search("公司|集团", m.text):
                last_named["企业"] = k
        cl = clusters.get(k)
        if cl is None:
            cl = clusters[k] = EntityCluster(m.type, k[1] if m.type != "PLACE" else m.text)
        cl.mentions.append(m)

    # typos and partial forms: 六盘市工会 → 六盘水市总工会 (same first char and head, subsequence);
    # a name without its leading place: 朝阳区总工会 → 北京市朝阳区总工会
    orgs = [k for k in clusters if k[0] == "ORG"]
    for k in sorted(orgs, key=lambda k: len(k[1])):
        short = k[1]
        for k2 in sorted(orgs, key=lambda k: -len(k[1])):
            long = k2[1]
            if k2 == k or k2 not in clusters or k not in clusters or len(long) <= len(short):
                continue
            dropped_place = long.endswith(short) and gaz.is_place(long[: -len(short)])
            if dropped_place or (short[0] == long[0] and short[-2:] == long[-2:] and len(short) / len(long) >= 0.6
                                 and _is_subsequence(short, long)):
                clusters[k2].mentions.extend(clusters.pop(k).mentions)
                break

    out = []
    for k, cl in clusters.items():
        cl.mentions.sort(key=lambda m: m.start)
        if cl.type == "PLACE":
            longest = max((m.text for m in cl.mentions), key=len)
            p = place_of.get(k)
            if p is not None:
                cl.name = p.name if gaz.short.get(longest) and not gaz.full.get(longest) else longest
                cl.normalized = {"province": p.province, "city": p.city, "county": p.county}
            else:
                cl.name = longest
        out.append(cl)
    out.sort(key=lambda c: c.mentions[0].start)
    for i, cl in enumerate(out):
        for m in cl.mentions:
            m.entity = i
    return out


# --- the stage -------------------------------------------------------------------------------

Recognizer = Callable[[Document], list[Mention]]


class EntityStage:
    """Runs the NER backend and the domain recognizers, merges, links titles, groups."""

    name = "entities"

    def __init__(self, backend) -> None:
        self.backend = backend
        self.gaz = gazetteer()

    def __call__(self, doc: Document) -> Document:
        starts, ends = _token_bounds(doc)
        model = [t for m in self.backend(doc) if doc.in_regions(m.start, m.end)
                 and (m.type != "PLACE" or (m.start in starts and m.end in ends))  # not 太阳|能
                 for t in trim_model_org(doc, m)]
        gaz_places = places(doc, self.gaz)
        prefixes = gaz_places + [m for m in model if m.type in ("PLACE", "ORG")]
        orgs = organizations_(doc, prefixes)
        base = (quoted(doc) + known_initiatives(doc) + events(doc, prefixes + orgs) + orgs
                + gaz_places + dates(doc) + model)
        base = [m for m in base if keep(m)]
        first = merge_adjacent(doc, resolve_overlaps(base))
        mentions = resolve_overlaps(first + [m for m in propagate(doc, first) if keep(m)])
        titles = find_positions(doc, mentions)
        mentions = resolve_overlaps(mentions + titles)
        doc.set_mentions(mentions)
        doc.entities = group(doc, doc.mentions, self.gaz)
        return doc
