"""Normalisation stage: the schema-2 values of entities and facts.

Input: a ``Document`` with entities (grouped mentions, PLACE divisions already resolved when
mentions were grouped), ``home_places`` and facts. Output, added in place:
- each DATE mention's ``value`` and each DATE entity's ``normalized`` {start, end}, resolved in
  text order against ``meta.published`` and the dates the article gave before (``DateResolver``);
- each ORG entity's ``kind`` (``org_kind``, rules in ``resources/org_kinds.json``) and
  ``normalized`` {place: code}: the lowest division its name names, else the article's home
  division for a local body, none for a national one;
- each fact's ``time``: the date or period its sentence attaches to it (the nearest DATE or period
  cue before it in the sentence, not one it is compared with), else the last one before it in its
  paragraph, else the lead paragraph's date for a figure in the lead, else the day of the event
  the lead dates when the sentence speaks of that event (会议, 本次, 现场).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from unionie.core.chars import CLAUSE_BREAKS
from unionie.core.document import Document, FactItem, Mention
from unionie.core.resources import alternation, json_data, organizations
from unionie.core.types import EntityType as T
from unionie.entities.aliases import (
    choose_place,
    confirmed_place,
    zone_of_named_city,
    zone_short_form,
)
from unionie.entities.coordination import implied_entities
from unionie.entities.gazetteer import TOWN_ENDS, Gazetteer, Place, gazetteer
from unionie.facts.numbers import chinese_value
from unionie.normalize.dates import DateResolver
from unionie.normalize.orgs import is_national, org_kind

Period = tuple[str, str]
_RANGE_DAY = re.compile(r"(?:至|到|—|－|-)(\d{1,2})[日号]")  # the bare end day of 5月19日至21日
_CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")
_SINCE_REACH = 8  # 自2003年开展以来: 以来 / 起 at most this many characters after the date


@cache
def _cues() -> dict[str, Any]:
    d = json_data("dates.json")["fact_time"]
    n = r"[一二两三四五六七八九十\d]{1,3}"
    durations = "|".join(p.replace("{N}", n) for p in d["duration_cues"])
    dd = json_data("dates.json")  # 十四五以来, “十三五”期间: a five-year plan's years
    plans = (rf"[“\"‘「]?(?:{alternation(list(dd['plan_periods']))})[”\"’」]?"
             rf"(?:{alternation(list(dd['plan_period_words']))})")
    return {
        "whole_year": frozenset(d["whole_year_cues"]),
        "period": re.compile(rf"{alternation(d['period_cues'])}|{durations}|{plans}"),
        "compared": re.compile(rf"(?:{alternation(d['comparison_before'])})$"),
        "since_before": re.compile(rf"(?:{alternation(d['since_before'])})$"),
        "until_before": re.compile(rf"(?:{alternation(d['until_before'])})$"),
        "change_from": re.compile(rf"(?:{alternation(d['change_from'])})$"),
        "change_to": re.compile(rf"[^，。；,;]*?的[^，。；,;]*?(?:{alternation(d['change_to'])})"),
        "since_after": re.compile(alternation(d["since_after"])),
        "since_right_after": re.compile(alternation(d["since_right_after"])),
        "range_join": re.compile(rf"(?:{alternation(d['range_joins'])})"),
        "list_joiners": frozenset(dd["list_joiners"]),
        "span_opener": re.compile(rf"[上下中]?午?(?:{alternation(d['span_openers'])})"),
        "day_span": re.compile("|".join(p.replace("{N}", rf"(?P<n{i}>{n})") for i, p in enumerate(d["day_spans"]))),
        "event": re.compile(alternation(d["event_cues"])),
        "vague": re.compile(alternation(d["vague_time_words"])),
        # 某年上半年工作总结会: the period a meeting reviews
        "meeting_topic": re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{alternation(d['review_meeting_heads'])})"),
    }


@cache
def _org_patterns() -> dict[str, re.Pattern[str]]:
    places = json_data("places.json")
    prefixes = alternation(organizations()["admin_abbrev"]["prefixes"])
    return {
        "enterprise_body": re.compile(alternation(places["enterprise_markers"])),
        "level_prefix": re.compile(rf"^(?:{prefixes})?({alternation(_LEVEL_OF)})"),
        "branch_head": re.compile(alternation(places["branch_heads"])),
    }


class NormalizeStage:
    name = "normalize"

    def __init__(self, lexicon=None) -> None:
        self.lexicon = lexicon  # a user lexicon: its ORG entries' kind and place win

    def __call__(self, doc: Document) -> Document:
        gaz = gazetteer()
        self._dates(doc)
        for cl in doc.entities:
            if cl.type == T.ORG:
                cl.kind = org_kind(cl.name)
                code = org_place(cl.name, cl.kind, doc.home_places, gaz)
                cl.normalized = {"place": code} if code else None
                if code is None and (named := gaz.division_prefix(cl.name)) is not None:
                    doc.warnings.append(f"organisation {cl.name!r} is named after {named!r}, which names several "
                                        "divisions the article does not choose between: its place is left null")
        self._places_from_relations(doc)
        if self.lexicon is not None:
            self._user_orgs(doc, gaz)
        self._fact_times(doc)
        doc.implied = implied_entities(doc)
        return doc

    def _user_orgs(self, doc: Document, gaz: Gazetteer) -> None:
        """ORG entities named by a user lexicon's entry take its kind and place; a kind without a
        place places the body as the automatic rules do for that kind."""
        for cl in doc.entities:
            if cl.type != T.ORG:
                continue
            entries = [e for m in cl.mentions if (e := self.lexicon.entry_of(m)) is not None]
            kind = next((e.kind for e in entries if e.kind), None)
            place = next((e.place for e in entries if e.place), None)
            if kind is not None:
                cl.kind = kind
            if place is not None:
                cl.normalized = {"place": place}
            elif kind is not None:
                code = org_place(cl.name, kind, doc.home_places, gaz)
                cl.normalized = {"place": code} if code else None

    @staticmethod
    def _places_from_relations(doc: Document) -> None:
        """A body the text places in a lower division (位于章丘区的某公司, 在官渡区的某公司) belongs
        there, and so do its units (该公司工会, 公司党委: names that extend its name); so does a body
        whose own premises the text places there (某公司位于某区的厂区: ``doc.sites``)."""
        pairs = [(r.head, r.tail) for r in doc.relations if r.type == "LOCATED_IN"] + list(doc.sites)
        for head, tail in pairs:
            org, place = doc.entities[head], doc.entities[tail]
            code = (place.normalized or {}).get("code") if place.type == T.PLACE else None
            if org.type != T.ORG or not code or org.kind not in _PLACED_KINDS:
                continue  # a city's union or bureau stays the city's wherever its office stands
            current = (org.normalized or {}).get("place")
            if current and not _inside(code, current):
                continue  # the text's place contradicts the name's: keep the name's
            for cl in doc.entities:
                if cl.type == T.ORG and cl.name.startswith(org.name):
                    cl.normalized = {"place": code}

    # -- dates
    @staticmethod
    def _dates(doc: Document) -> None:
        resolver = DateResolver(doc.meta.get("published"), _annotatable(doc))
        prev = anchor = last_day = None  # anchor: the paragraph's last date with its year in figures, to the month
        lead_day = None  # the first day the article gives: the day of the event it reports
        for m in doc.mentions:
            if m.type == T.DATE:
                m.value = resolver.resolve(m.text)
                if lead_day and last_day and m.value and m.text.startswith(_SAME_DAY) \
                        and "\n" in doc.text[last_day.end : m.start] and last_day.value[0] < lead_day:
                    m.value = (lead_day, lead_day)  # 当天 a paragraph after a flashback (去年12月9日): the first day
                if anchor is not None and "\n" in doc.text[anchor.end : m.start]:
                    anchor = None
                if prev is not None and prev.value and m.value and "年" not in m.text \
                        and doc.text[prev.end : m.start] in _RANGE_MARKS and m.value[0] < prev.value[0]:
                    m.value = _after(m.value, prev.value)  # 10月30日至11月23日: the end in the start's year
                elif prev is not None and prev.value and m.value and _shares_year(doc.text, prev, m) \
                        and m.value[0][:4] != prev.value[1][:4]:
                    # 1998年元旦、春节期间; 2003年3月和5月: a listed date with no year takes the year before it
                    m.value = resolver.resolve(f"{prev.value[1][:4]}年{m.text}") or m.value
                elif anchor is not None and anchor.value and m.value and _goes_on_in_year(anchor.value, m):
                    # 2023年3月，…成立。5月，…: the story goes on in the year the paragraph gave
                    m.value = resolver.resolve(f"{anchor.value[1][:4]}年{m.text}") or m.value
                elif anchor is not None and anchor.value and m.value and _BARE_PART.fullmatch(m.text) \
                        and m.value[0][:4] != anchor.value[1][:4]:
                    # 2024年全市工会要…，年内新建…; 2023年，…。其中，下半年…: a part of the year the paragraph gave
                    m.value = _in_year(m.value, anchor.value[1][:4])
                if "年" in m.text:
                    anchor = m if _EXPLICIT_YEAR.search(m.text) and m.value else None
                if m.value and len(m.value[0]) == 10 and m.value[0] == m.value[1]:
                    last_day, lead_day = m, lead_day or m.value[0]
                prev = m
        for cl in doc.entities:
            if cl.type == T.DATE:
                value = next((m.value for m in cl.mentions if m.value), None)
                cl.normalized = {"start": value[0], "end": value[1]} if value else None
        if not resolver.has_year():  # say why dates a year would resolve stay null
            probe = DateResolver("2000-01-01")
            yearless = list(dict.fromkeys(m.text for m in doc.mentions
                                          if m.type == T.DATE and not m.value and probe.resolve(m.text)))
            if yearless:
                doc.warnings.append(f"the article gives no publication date or year: {len(yearless)} date(s) "
                                    f"left without a value ({', '.join(yearless[:3])}"
                                    f"{', …' if len(yearless) > 3 else ''})")

    # -- fact times
    def _fact_times(self, doc: Document) -> None:
        if not doc.facts:
            return
        lead = _lead(doc)
        lead_dates = [m for m in doc.mentions if m.type == T.DATE and m.value and lead
                      and lead[0] <= m.start < lead[1]]
        # "now": the month the article was published, else the month of the event its lead dates
        now = _published_month(doc.meta.get("published")) or next(
            (m.value[1][:7] for m in lead_dates if m.value and len(m.value[1]) >= 7), None)
        cues = self._time_cues(doc, now)
        lead_value = next(((s, v) for s, _e, v in cues if lead and lead[0] <= s < lead[1]), None)
        event_day = next((m.value for m in lead_dates if m.value and len(m.value[0]) == 10), None)
        for fact in doc.facts:
            fact.time = self._time_of(doc, fact, cues, lead, lead_value, event_day)

    @staticmethod
    def _time_cues(doc: Document, now: str | None) -> list[tuple[int, int, Period]]:
        """(start, end, period) of each DATE mention and period cue that can date a figure."""
        c = _cues()
        text = doc.text
        dates = [m for m in doc.mentions if m.type == T.DATE and m.value]  # mentions are in text order
        out: list[tuple[int, int, Period]] = []
        for i, m in enumerate(dates):
            if c["compared"].search(text, max(0, m.start - 3), m.start):
                continue  # 比去年同期, 较2022年底: what the figure is compared with
            if c["meeting_topic"].match(text, m.end):
                continue  # 某年上半年工作总结会: the period a meeting reviews, not a figure's time
            if i > 0 and (c["range_join"].fullmatch(text, dates[i - 1].end, m.start) or _listed_day(text, dates[i - 1], m)):
                continue  # 21日 in 3月20日至21日 (or 3月20日、21日): the range the date before it opens covers it
            value = m.value
            assert value is not None
            nxt = dates[i + 1] if i + 1 < len(dates) else None
            clause = _CLAUSE_BREAK.search(text, m.end, m.end + _SINCE_REACH)
            clause_end = clause.start() if clause else min(len(text), m.end + _SINCE_REACH)
            bare_day = _RANGE_DAY.match(text, m.end) if len(value[1]) == 10 else None
            if nxt is not None and nxt.value and (c["range_join"].fullmatch(text, m.end, nxt.start)
                                                  or _listed_day(text, m, nxt)):
                value = (value[0], nxt.value[1])  # 从2月持续到4月; 11月17日、18日分别举办…
            elif i > 0 and m.text.endswith("期间") and text[dates[i - 1].end : m.start] in c["list_joiners"] \
                    and len((prev := dates[i - 1].value or ("",))[0]) == 10 and prev[0] <= value[0]:
                value = (prev[0], value[1])  # 元旦、春节期间: the period word covers both holidays
            elif len(value[0]) == 10 and value[0] == value[1] and c["span_opener"].match(text, m.end) and (
                    span := _day_span(doc, m.end)) is not None:
                value = (value[0], (date.fromisoformat(value[0]) + timedelta(days=span - 1)).isoformat())
            elif bare_day is not None and int(bare_day.group(1)) > int(value[1][8:]):
                value = (value[0], f"{value[1][:8]}{int(bare_day.group(1)):02d}")  # 5月19日至21日
            elif now and now < value[0][:7] and c["until_before"].search(text, max(0, m.start - 5), m.start):
                value = (now, value[1])  # 活动将持续到8月底: from the published month to then
            elif now and len(value[0]) < 10 and (
                    c["since_before"].search(text, max(0, m.start - 2), m.start)
                    or c["since_after"].search(text, m.end, clause_end)
                    or c["since_right_after"].match(text, m.end)):
                value = (value[0] if len(value[0]) > 4 else value[0] + "-01", now)  # 自2021年起 …
            out.append((m.start, m.end, value))
        taken = [(s, e) for s, e, _ in out]
        resolver = DateResolver(doc.meta.get("published"), _annotatable(doc))
        for region in doc.regions:
            for m in c["period"].finditer(text, region.start, region.end):
                if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
                    continue
                value = resolver.resolve(m.group(0))
                if m.group(0) in c["whole_year"]:
                    # 全年, 年内: the year the article spoke of last (2023年全省… 全年…)
                    last = max(((s, v) for s, _e, v in out if s < m.start() and v[0][:4] == v[1][:4]),
                               default=None)
                    value = (last[1][0][:4],) * 2 if last else value
                if value:
                    if m.group(0).endswith("以来") and len(value[0]) == 4:
                        value = (value[0] + "-01", value[1])
                    out.append((m.start(), m.end(), value))
        out.sort()
        return out

    @staticmethod
    def _time_of(doc: Document, fact: FactItem, cues: list[tuple[int, int, Period]],
                 lead: tuple[int, int] | None, lead_value: tuple[int, Period] | None,
                 event_day: Period | None) -> Period | None:
        sent = doc.sentence_at(fact.start)
        s0 = sent.start if sent else fact.start
        para = _paragraph_start(doc.text, fact.start)
        before = [c for c in cues if c[1] <= fact.start and c[0] >= min(s0, para)]
        in_sentence = [c for c in before if c[0] >= s0]
        outside = [c for c in in_sentence if not _MODIFIER_TO.fullmatch(doc.text, c[1], fact.start)]
        if outside and len(outside) < len(in_sentence):  # 2022年，…对2021年命名的65家…: the date is inside the
            before = [c for c in before if c[0] < s0] + outside  # figure's modifier, the sentence's time is its time
            in_sentence = outside
        if in_sentence and _changed_from(doc.text, in_sentence[-1], fact.start):
            in_sentence, before = in_sentence[:-1], before[:-1]  # 由去年底的41%提高到67%: 67% is not of 去年底
            if not in_sentence:
                return before[-1][2] if before else None
        if in_sentence:
            best = in_sentence[-1]
            outer = _outer_of_closed_item(doc.text, s0, fact.start, best, before)
            if outer is not None:
                return outer
            # a bare year nearest the figure, inside a finer date given earlier: the finer one (not 全年,
            # which says the whole year: 截至2024年底，…，全年累计服务…)
            whole = doc.text[best[0] : best[1]] in _cues()["whole_year"]
            for c in ([] if whole else reversed(in_sentence[:-1])):
                if len(best[2][0]) == 4 and best[2] == (best[2][0], best[2][0]) and c[2][0][:4] == best[2][0] \
                        and len(c[2][0]) > 4:
                    best = c
                    break
            return best[2]
        if _cues()["vague"].search(doc.text, s0, fact.start):
            return None  # 截至目前，全市已建成…; 近年来，…: a figure of now or of an undated span
        if before:
            return before[-1][2]
        if lead and lead[0] <= fact.start < lead[1] and lead_value is not None:
            at, value = lead_value  # the lead's date after the figure: a day (记者3月5日获悉), or in its sentence
            if len(value[0]) == 10 or (sent is not None and at < sent.end):
                return value
            return None  # 目前全公司建成工作室25个。今年一季度，…: a period of the next sentence, not this figure's
        line = doc.text.rfind("\n", 0, fact.start) + 1  # its own line (not a run of short lines)
        if event_day and sent is not None and _cues()["event"].search(doc.text, min(sent.start, line), fact.start):
            return event_day  # 会议应到委员87人, 本次…; 比武现场，… 以96.5分: a figure of the event the lead dates
        return None


_MODIFIER_TO = re.compile(r"[^，。；,;！？!?\n]+的")  # a date's clause runs on (命名的, not 去年底的41%) to a 的 right before the figure


_EXPLICIT_YEAR = re.compile(r"(?:\d|[〇○零一二三四五六七八九])年")


def _shares_year(text: str, prev: Mention, m: Mention) -> bool:
    """Whether DATE ``m`` is listed right after ``prev`` (a list joiner between them), ``prev``
    giving its year in digits and ``m`` none (1998年元旦、春节期间)."""
    joiners = json_data("dates.json")["list_joiners"]
    return text[prev.end : m.start] in joiners and bool(_EXPLICIT_YEAR.search(prev.text)) and "年" not in m.text


def _listed_day(text: str, prev: Mention, m: Mention) -> bool:
    """Whether DATE ``m`` is a bare day listed right after the day ``prev`` (11月17日、18日)."""
    return bool(prev.value and m.value and len(prev.value[1]) == 10 and _LISTED_DAY.fullmatch(m.text)
                and text[prev.end : m.start] in ("、", "和", "及") and prev.value[1] < m.value[0])


_LISTED_DAY = re.compile(r"\d{1,2}日")
_SAME_DAY = ("当天", "当日", "當天", "當日", "当晚")
# a part of a year written without one (上半年, 年内, 第三季度, 年底前)
_BARE_PART = re.compile(r"(?:上半年|下半年|年内|年內|年底前?|年末|年初|(?:第|前[二三])?[一二三四]季度|前\d{1,2}个月)")
_BARE_MONTH = re.compile(r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月")


def _goes_on_in_year(anchor: tuple[str, str], m: Mention) -> bool:
    """Whether DATE ``m``, a month or day written without a year (5月, 5月10日), comes no earlier in
    the year than ``anchor`` (2023年3月, the paragraph's last date with a year in figures) but
    resolved to another year: the paragraph's story goes on in the anchor's year."""
    assert m.value is not None
    return bool(_BARE_MONTH.match(m.text)) and m.value[0][:4] != anchor[1][:4] and len(anchor[1]) >= 7 \
        and len(m.value[0]) >= 7 and m.value[0][5:7] >= anchor[1][5:7]


def _in_year(value: tuple[str, str], year: str) -> tuple[str, str]:
    """A period moved into ``year`` (one that runs into the next year, 冬季, keeps its span)."""
    span = int(value[1][:4]) - int(value[0][:4])
    return f"{year}{value[0][4:]}", f"{int(year) + span}{value[1][4:]}"


def _changed_from(text: str, cue: tuple[int, int, Period], pos: int) -> bool:
    """Whether the date ``cue`` dates the value a change starts from (由去年底的41%提高到67%) and the
    figure at ``pos`` is the value it changes to."""
    c = _cues()
    if not c["change_from"].search(text, max(0, cue[0] - 2), cue[0]):
        return False
    m = c["change_to"].match(text, cue[1], pos)
    return m is not None and m.end() <= pos


def _outer_of_closed_item(text: str, s0: int, pos: int, best: tuple[int, int, Period],
                          before: list[tuple[int, int, Period]]) -> Period | None:
    """2022年，举办比赛42场；春节期间给415个家庭送去…；安排620名职工…: a period inside a semicolon item
    that ended before the figure's item (春节期间) times that item only; the figure takes the period
    given before it that holds that one (2022年), or None to keep the nearest."""
    semis = [k for k in range(s0, pos) if text[k] in "；;"]
    if not semis or not semis[0] <= best[0] < semis[-1]:
        return None
    inner = best[2]
    for c in reversed(before):
        outer = c[2]
        if (c[0] < semis[0] or c[0] > semis[-1]) and outer != inner and inner[0] >= outer[0] \
                and inner[0].startswith(outer[0][:4]) and inner[1][: len(outer[1])] <= outer[1]:
            return outer
    return None


_SHORT_LINE = 30  # lines this short (list items, headings) read as one paragraph with those above
_MAX_SHORT_LINES = 4


_RANGE_MARKS = ("至", "到", "-", "—", "~", "～")


def _day_span(doc: Document, pos: int) -> int | None:
    """The number of days a span after a starting day lasts (花3天时间, 为期10天), when its sentence
    says so; None otherwise (or for a span under two days or over a year)."""
    sent = doc.sentence_at(pos)
    m = _cues()["day_span"].search(doc.text, pos, sent.end if sent else pos + 40)
    if m is None:
        return None
    digits = next(g for g in m.groups() if g)
    days = int(digits) if digits.isdigit() else int(chinese_value(digits))
    return days if 2 <= days <= 366 else None


def _after(value: tuple[str, str], start: tuple[str, str]) -> tuple[str, str]:
    """A range's end that resolved before its start: moved into the start's year, or the next."""
    year = int(start[0][:4])
    if value[0][4:] < start[0][4:]:
        year += 1
    return f"{year}{value[0][4:]}", f"{year + int(value[1][:4]) - int(value[0][:4])}{value[1][4:]}"


def _paragraph_start(text: str, pos: int) -> int:
    """Start of the paragraph holding ``pos``; a run of short lines (a list under a dated heading:
    2021年 / 命名23家… / 66家…) counts as one paragraph."""
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(_MAX_SHORT_LINES):
        end = text.find("\n", start)
        if start == 0 or len(text[start:end if end >= 0 else len(text)].strip()) > _SHORT_LINE:
            break
        prev = text.rfind("\n", 0, start - 1) + 1
        while prev > 0 and not text[prev:start].strip():  # blank lines between
            prev = text.rfind("\n", 0, prev - 1) + 1
        if len(text[prev:start].strip()) > _SHORT_LINE:
            break
        start = prev
    return start


_PLACED_KINDS = ("enterprise", "institution", "other")  # bodies that sit in a place, not govern one


def _inside(code: str, outer: str) -> bool:
    """Whether division ``code`` lies in division ``outer`` (520281 in 520200 and in 520000)."""
    if outer.endswith("0000"):
        return code[:2] == outer[:2]
    if outer.endswith("00"):
        return code[:4] == outer[:4]
    return code == outer


def _annotatable(doc: Document) -> str:
    """The title and body regions, a line each: what the lead year is read from (a page's labels,
    credits and menu lines before the lead are not the lead)."""
    return "\n".join(doc.text[r.start : r.end] for r in doc.regions)


def _published_month(published: str | None) -> str | None:
    m = re.match(r"(\d{4})-(\d{2})", published or "")
    return f"{m.group(1)}-{m.group(2)}" if m else None


def _lead(doc: Document) -> tuple[int, int] | None:
    """The lead paragraph: the first body paragraph of some length."""
    for region in doc.regions:
        if region.kind != "body":
            continue
        pos = region.start
        for line in doc.text[region.start:region.end].split("\n"):
            if len(line.strip()) > 40:
                return pos, pos + len(line)
            pos += len(line) + 1
    return None


_LEVEL_AFTER_SHORT = frozenset("省市县区镇乡村")


def places_in_name(name: str, gaz: Gazetteer, home: dict[str, Place]) -> list[Place]:
    """The divisions an organisation's name opens with or names (贵州省六盘水市… → [贵州省, 六盘水市];
    凯里车务段 → [凯里市] when the article is in Guizhou; 某某街道总工会 → [某某街道]): the first
    place found, and those right after it."""
    out: list[Place] = []
    zone = gaz.zone_of_city(zone_short_form(name), home.get("city")) or zone_of_named_city(name, gaz, whole=False)
    if zone is not None:  # 经区总工会 in an article about 威海, 南通经开区总工会
        return [zone]
    town = gaz.town_opening(name)
    if town:  # 某某北路街道总工会, 桃园办事处: that street (the one in the home), not 某某 inside its name
        one = confirmed_place(town, home)
        return [one] if one is not None else []
    i = 0
    while i < len(name) - 1:
        hit = None
        for n in range(min(10, len(name) - i), 1, -1):
            sub = name[i:i + n]
            # inside a name, nothing found before: neither a variant (鸣|凤城区) nor two characters (鸣凤|城区)
            cands = gaz.full.get(sub) if i == 0 or out or (n > 2 and sub not in gaz.variants) else None
            if not cands and not (i > 0 and name[i + n : i + n + 1] in _LEVEL_AFTER_SHORT):
                cands = gaz.short.get(sub)  # not 鸣|凤城|区: a short name inside another unit's name
            if not cands and (i == 0 or out):
                local = gaz.county_short.get(sub, []) if i == 0 else []
                local = local or (gaz.towns.get(sub, []) if sub.endswith(TOWN_ENDS) else [])
                one = confirmed_place(local, home)
                cands = [one] if one else None
            if cands:
                hit = (n, sub, cands)
                break
        if hit is None:
            if out:
                break
            i += 1
            continue
        n, sub, cands = hit
        if out:  # a lower level inside the one named before it
            prev = out[-1]
            inside = [c for c in cands if c.province == prev.province
                      and (prev.level == "province" or c.city == prev.city) and c.level != prev.level]
            if not inside:
                break
            cands = inside
        place = choose_place(cands, sub, home)
        if place is None:
            break
        out.append(place)
        i += n
    return out


def _branch_place(name: str, company: Place | None, home: dict[str, Place], gaz: Gazetteer) -> Place | None:
    """The place a company's unit is named after (某某电力有限公司宜昌供电公司, 某某有限公司遵义分公司,
    北京某某公司元江分公司): the division written right before a branch head (places.json), when it
    lies inside ``company`` (the division the name names first) or is the one such division in the
    article's home; None when there is no such unit."""
    for m in reversed(list(_org_patterns()["branch_head"].finditer(name, 2))):
        end = m.start()
        for n in range(min(10, end), 1, -1):
            sub = name[end - n : end]
            cands = gaz.full.get(sub) or gaz.short.get(sub) or gaz.county_short.get(sub) or []
            if not cands:
                continue
            if company is not None:
                inside = [c for c in cands if c.level != company.level and c.province == company.province
                          and (company.level == "province" or c.city == company.city)]
                if inside:
                    return choose_place(inside, sub, home)
            return confirmed_place(cands, home) if "province" in home else None
    return None


_LEVEL_OF = {"省": "province", "自治区": "province", "市": "city", "州": "city", "盟": "city",
             "县": "county", "区": "county", "旗": "county"}


def org_place(name: str, kind: str, home: dict[str, Place], gaz: Gazetteer) -> str | None:
    """The code of the division an organisation belongs to: the lowest division its name names
    (a company named after its province or city, 江西某某有限公司, belongs to the article's county in
    it, else to its city in that province); a name opening with a bare level word (省总工会, 团市委, 区教育局) that level of the
    article's home; a national body none; any other body the division the article is about."""
    named = places_in_name(name, gaz, home)
    branch = _branch_place(name, named[-1] if named else None, home, gaz)
    if branch is not None:
        return branch.code
    if named:
        last = named[-1]
        city, main = home.get("city"), home.get("main")
        company = kind == "enterprise" or bool(_org_patterns()["enterprise_body"].search(name))
        if company and last.level in ("province", "city") and not name.startswith(last.name) \
                and main is not None and main.level == "county" and main.code and _inside(main.code, last.code):
            return main.code  # 威海某某有限公司 in an article about a district of 威海: that district's
        if company and last.level == "province" and not name.startswith(last.name) \
                and city is not None and city.province == last.province and city.code:
            return city.code
        return last.code
    main = home.get("main")
    m = _org_patterns()["level_prefix"].match(name)
    if m and _LEVEL_OF[m.group(1)] in home:
        level = _LEVEL_OF[m.group(1)]
        if level == "city" and main is not None and main.level == "county" and main.name.endswith("市"):
            return main.code
        return home[level].code
    if is_national(name):
        return None  # 中华全国总工会, 中共中央, 国务院: national bodies
    if gaz.division_prefix(name):
        return None  # 大通县总工会 with nothing to say which 大通: named after a division, not the article's
    return main.code if main is not None else None
