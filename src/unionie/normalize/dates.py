"""DATE values: the period each DATE mention of an article names, as ISO strings (schema 2).

Job: turn DATE surfaces (2023年3月5日, 二〇二三年, 去年底, 上半年, 今年以来, 五年来, 当天, 昨日上午,
5月19日至21日, 春节期间) into the period they name, at the precision the text gives.
Input: the article's ``meta.published`` (ISO date or date-time, or None) and, optionally, its text
(when nothing is published, the first year the title or lead gives stands in for the publication
year); then the DATE surfaces one at a time, in text order, so that 当天, 次日, a bare 26日 and
当年 resolve against the dates the article gave before them.
Output: ``(start, end)`` ISO strings (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a point has
start == end), or None for vague surfaces (近日, 节前) and those nothing anchors.
The domain words (festivals and their dates, period words, vague words) are data, in
``resources/dates.json``; nothing here knows about any particular article.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from functools import cache
from typing import Any

from unionie.core.chars import HAN_EXT
from unionie.core.resources import alternation, json_data

# A point at year, month or day precision: (year, month or None, day or None).
Point = tuple[int, int | None, int | None]
Span = tuple[Point, Point]

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMBER = re.compile(r"[〇○零一二三四五六七八九十两廿]+(?=个?(?:年|月|日|号|时|点|季度))")
_PINYIN = re.compile(rf"\([^(){HAN_EXT}]*\)")  # 國(guó)慶節(jié): pinyin glosses
_TIME = re.compile(r"\d{1,2}[时点](?:\d{1,2}分?|半|整|许)?|\d{1,2}:\d{2}")
_RANGE = re.compile(r"至|到|~|—+|–|-")
_ISO = re.compile(r"(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?日?")
_YEAR = re.compile(r"(\d{4})年度?")
_MONTH = re.compile(r"(\d{1,2})月份?(?:上中旬|中下旬|上旬|中旬|下旬|初|底|末|中)?")
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")
_DAY = re.compile(r"(\d{1,2})[日号]")
_MONTH_PART = re.compile(r"(.{0,2}月)(?:底|初|末|中|上中旬|中下旬|上旬|中旬|下旬)")
_DAY_LIST = re.compile(r"(.*\d{1,2}月)(\d{1,2})、(\d{1,2})([日号])")  # 9月11、12日 → 9月11日至12日
_QUARTER = re.compile(r"(前|第)?(\d)个?季度")
_FIRST_MONTHS = re.compile(r"前(\d{1,2})个月")  # 今年前10个月: January to the tenth month
_SINCE = re.compile(r"(?:自|从)?(.*?)以来")
_DURATION = re.compile(r"(?:近|过去|这)(\d{1,2})年(?:来|间|中)?|(\d{1,2})年(?:来|间)")
_LUNAR_DAY = re.compile(r"正月(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?"
                        r"|廿[一二三四五六七八九]|三十)")
_LEAD_YEAR = re.compile(
    r"(?<![\d自从于继])((?:19|20)\d{2})(?:[-—至~]+(?:19|20)\d{2})?年(?!以来|起|开始|来)")
_LEAD_DAY = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])月(?:[1-9]|[12]\d|3[01])[日号]")
_EDGE_BEFORE = re.compile(r"^(?:截至|截止到|截止|到|于|在)")
_EDGE_AFTER = re.compile(r"(?:起|开始|为止|止)$")
_PUBLISHED = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_LATER_YEAR_MONTHS = 6  # a month more than this after the published month is of the year before


@cache
def _data() -> dict[str, Any]:
    return json_data("dates.json")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    d = _data()
    festivals = [*d["festivals_solar"], *d["festivals_lunar_new_year"], *d["festivals_by_year"]]
    return {
        "relative_year": re.compile(alternation(list(d["relative_years"]))),
        "time_of_day": re.compile(alternation(d["time_of_day"])),
        "festival": re.compile(alternation(festivals)),
        "festival_rest": re.compile(alternation(d["festival_suffixes"] + d["festival_joiners"])),
        "vague_marker": re.compile(alternation(d["vague_markers"])),
        "plan": re.compile(rf"[“\"‘「]?({alternation(list(d['plan_periods']))})[”\"’」]?"
                           rf"({alternation(list(d['plan_period_words']))})"),
    }


def _cn_number(run: str) -> str:
    """二〇二三 → 2023 (digit by digit), 二十六 → 26, 十二 → 12, 廿五 → 25."""
    run = run.replace("廿", "二十")
    if "十" not in run:
        return "".join(str(_CN_DIGITS[c]) for c in run)
    tens, _, ones = run.partition("十")
    value = (_CN_DIGITS.get(tens[-1], 1) if tens else 1) * 10 + (_CN_DIGITS[ones[0]] if ones else 0)
    return str(value)


def _clean(surface: str) -> str:
    """Simplified characters, ASCII digits and punctuation, no pinyin glosses, no spaces."""
    s = unicodedata.normalize("NFKC", surface)
    s = s.translate(str.maketrans(_data()["traditional"]))
    s = _PINYIN.sub("", s)
    return re.sub(r"[\s“”\"‘’「」]+", "", s)  # “五一”期间: quotes around a festival's name


def _lunar_offset(spec: str) -> int:
    """Days after the lunar new year of 正月<spec> (初十 → 9, 十五 → 14)."""
    spec = spec.removeprefix("初")
    return int(_cn_number(spec)) - 1


def _fmt(p: Point) -> str:
    y, m, d = p
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _day(d: date) -> Point:
    return (d.year, d.month, d.day)


def _valid(p: Point) -> bool:
    y, m, d = p
    if m is None:
        return 1000 <= y <= 2999
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _shift_month(y: int, m: int, by: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + by
    return k // 12, k % 12 + 1


def _lead(text: str) -> str:
    paras = [p for p in re.split(r"\n\s*", unicodedata.normalize("NFKC", text)) if p.strip()]
    return " ".join(paras[:2])


def lead_year(text: str) -> int | None:
    """The first year the title or the first paragraph gives (not a 自…起 / …以来 year)."""
    m = _LEAD_YEAR.search(_lead(text))
    return int(m.group(1)) if m else None


def lead_month(text: str) -> int | None:
    """The month of the first day the title or the first paragraph gives (5月15日): with the lead's
    year, it stands in for the published month when nothing is published."""
    m = _LEAD_DAY.search(_lead(text))
    return int(m.group(1)) if m else None


class DateResolver:
    """Resolves DATE surfaces in text order against the published date and the article's own dates."""

    def __init__(self, published: str | None, text: str | None = None) -> None:
        self._pub_year: int | None = None
        self._pub_month: int | None = None
        self._pub_day: date | None = None
        m = _PUBLISHED.match(published.strip()) if published else None
        if m:
            self._pub_year = int(m.group(1))
            self._pub_month = int(m.group(2)) if m.group(2) else None
            if m.group(3):
                try:
                    self._pub_day = date(self._pub_year, int(m.group(2)), int(m.group(3)))
                except ValueError:
                    self._pub_day = None
        # the year 今年 means: the published one, else the year the lead gives; the month of the
        # lead's day then stands in for the published month (a month long after it is of the year before)
        self._year = self._pub_year if self._pub_year else (lead_year(text) if text else None)
        self._ref_month = self._pub_month if self._pub_year else (
            lead_month(text) if text and self._year is not None else None)
        self._last_year: int | None = None  # the last year an explicit date gave
        self._last_day: date | None = None  # for 当天, 次日
        self._last_month: tuple[int, int] | None = None  # for a bare 26日, 当月
        self._last_span: Span | None = None  # for 去年同期
        self._last_period: Span | None = None  # the last period given with its year (2025年下半年)

    # -- public ---------------------------------------------------------------------------
    def has_year(self) -> bool:
        """Whether a year is known to resolve dates written without one (published, or the lead's)."""
        return self._year is not None

    def resolve(self, surface: str) -> tuple[str, str] | None:
        """The (start, end) ISO strings of one DATE surface, or None when vague or unresolvable."""
        s = _clean(surface)
        s = s if s in _data()["anchored_days"] else self._strip_time(s)  # 当晚: not 当 + 晚
        if not s and _TIME.search(_clean(surface)):
            s = "当天"  # 上午9时, a time of day alone: on the day the article gave last
        span = self._parse(s)
        if span is None or not (_valid(span[0]) and _valid(span[1])) or span[1] < span[0]:
            self._last_span = None  # 去年同期 after an unresolved period has nothing to follow
            return None
        self._remember(span, s)
        return _fmt(span[0]), _fmt(span[1])

    # -- parsing --------------------------------------------------------------------------
    @staticmethod
    def _strip_time(s: str) -> str:
        """Drops the time of day (上午, 9时30分) and the prepositions around a date (截至…, …起)."""
        s = _TIME.sub("", s)
        s = _patterns()["time_of_day"].sub("", s)
        s = _EDGE_BEFORE.sub("", s)
        return s if s.endswith("以来") else _EDGE_AFTER.sub("", s)

    def _parse(self, s: str) -> Span | None:
        d = _data()
        if not s or s in d["vague"] or _patterns()["vague_marker"].search(s):
            return None
        if s in d["anchored_days"]:
            if self._last_day is None:
                return None
            p = _day(self._last_day + timedelta(days=d["anchored_days"][s]))
            return p, p
        if s in d["relative_days"]:
            if self._pub_day is None:
                return None
            p = _day(self._pub_day + timedelta(days=d["relative_days"][s]))
            return p, p
        if (m := _MONTH_PART.fullmatch(s)) is not None:  # 月底, 本月初 → that month
            word = m.group(1) if m.group(1) != "月" else "本月"
            if word in d["relative_months"] or word in d["anchored_months"]:
                s = word
        if s in d["relative_months"] or s in d["anchored_months"]:
            return self._month_word(s)
        s = _CN_NUMBER.sub(lambda m: _cn_number(m.group(0)), s)
        if (m := _ISO.fullmatch(s)) is not None:
            y, mo, dd = int(m.group(1)), int(m.group(2)), m.group(3)
            p = (y, mo, int(dd) if dd else None)
            return p, p
        if (m := _patterns()["plan"].fullmatch(s)) is not None:
            return self._plan(m.group(1), m.group(2))
        if s.endswith("以来") or _DURATION.fullmatch(s):
            return self._since(s)
        s = _DAY_LIST.sub(r"\1\2\4至\3\4", s)
        if _patterns()["festival"].search(s) or "正月" in s:
            return self._festival(s)
        return self._range(s) if _RANGE.search(s) else self._span(s)

    def _month_word(self, s: str) -> Span | None:
        d = _data()
        if s in d["relative_months"]:
            if self._pub_year is None or self._pub_month is None:
                return None
            y, m = _shift_month(self._pub_year, self._pub_month, d["relative_months"][s])
        else:
            if self._last_month is None:
                return None
            y, m = _shift_month(*self._last_month, d["anchored_months"][s])
        return (y, m, None), (y, m, None)

    def _since(self, s: str) -> Span | None:
        """X年以来 / 今年以来 → X-01 .. the published month; 近三年 / 五年来 → (Y−N) .. Y."""
        if (m := _DURATION.fullmatch(s)) is not None:
            if self._year is None:
                return None
            n = int(m.group(1) or m.group(2))
            return (self._year - n, None, None), (self._year, None, None)
        m = _SINCE.fullmatch(s)
        if m is None or self._pub_year is None or self._pub_month is None:
            return None
        start = self._span(m.group(1))
        if start is None:
            return None
        y, mo, dd = start[0]
        first: Point = (y, mo or 1, dd)
        return first, (self._pub_year, self._pub_month, None)

    def _plan(self, plan: str, word: str) -> Span | None:
        """“十四五”以来 → 2021-01 .. the published month; 十三五期间 → 2016 .. 2020."""
        first = _data()["plan_periods"][plan]
        if _data()["plan_period_words"][word] == "whole":
            return (first, None, None), (first + 4, None, None)
        if self._pub_year is None or self._pub_month is None:
            return None
        return (first, 1, None), (self._pub_year, self._pub_month, None)

    def _prefix(self, s: str) -> tuple[int | None, str, str] | None:
        """(year, rest, kind) of a leading year: kind "explicit" (2023年), "relative" (去年), ""
        (none); None when a relative year has nothing to anchor it."""
        if (m := _YEAR.match(s)) is not None:
            return int(m.group(1)), s[m.end():], "explicit"
        if (m := _patterns()["relative_year"].match(s)) is not None:
            off = _data()["relative_years"][m.group(0)]
            if isinstance(off, int):
                base = self._year
            else:  # 当年 / 同年 / 次年: the year the article gave last
                base = self._last_year
                off = 1 if off.endswith("+1") else 0
            if base is None:
                return None
            return base + off, s[m.end():], "relative"
        return None, s, ""

    def _infer_year(self, month: int) -> int | None:
        """The year of a month (or month-day) the text gives without one."""
        if self._year is not None and self._ref_month is not None:
            late = month - self._ref_month > _LATER_YEAR_MONTHS
            return self._year - 1 if late else self._year
        if self._year is None and self._last_period is not None:
            # nothing published, no year in the lead: a month inside the period with a year the text
            # gave last (2025年下半年…9月) is of that year; any other month stays unknown
            (y, m1, _), (y2, m2, _) = self._last_period
            if y == y2 and (m1 or 1) <= month <= (m2 or 12):
                return y
        return self._year

    def _span(self, s: str, inherit: Point | None = None) -> Span | None:
        """One date or period, without a range; ``inherit`` is the start of a range's left side."""
        d = _data()
        pre = self._prefix(s)
        if pre is None:
            return None
        year, rest, kind = pre
        if not kind and inherit is not None:
            year = inherit[0]
        if rest.endswith("前") and rest[:-1].endswith(("底", "末")):  # 年底前 → 年底
            rest = rest[:-1]
        if rest in ("", "全年"):  # 2023年全年: the year
            return ((year, None, None), (year, None, None)) if kind else None
        if rest == "同期":
            return self._same_period(year) if kind else None
        if rest in d["year_parts"]:
            if not kind and rest in ("底", "末", "初"):
                return None
            y = year if year is not None else self._year
            if y is None:
                return None
            first, last = d["year_parts"][rest]
            end_y = y + 1 if last.startswith("+") else y
            return (y, int(first), None), (end_y, int(last.lstrip("+")), None)
        if (m := _QUARTER.fullmatch(rest)) is not None:
            y = year if year is not None else self._year
            q = str(m.group(2))
            if y is None or q not in d["quarters"]:
                return None
            first = "01" if m.group(1) == "前" else d["quarters"][q][0]
            return (y, int(first), None), (y, int(d["quarters"][q][1]), None)
        if (m := _FIRST_MONTHS.fullmatch(rest)) is not None and kind and 2 <= int(m.group(1)) <= 11:
            return (year, 1, None), (year, int(m.group(1)), None)
        if (m := _MONTH.fullmatch(rest)) is not None:
            mo = int(m.group(1))
            y = year if year is not None else self._infer_year(mo)
            return ((y, mo, None), (y, mo, None)) if y is not None else None
        if (m := _MONTH_DAY.fullmatch(rest)) is not None:
            mo, dd = int(m.group(1)), int(m.group(2))
            y = year if year is not None else self._infer_year(mo)
            return ((y, mo, dd), (y, mo, dd)) if y is not None else None
        if (m := _DAY.fullmatch(rest)) is not None and not kind:
            if inherit is not None and inherit[1] is not None:
                y, mo = inherit[0], inherit[1]
            elif self._last_month is not None:
                y, mo = self._last_month
            elif self._pub_day is not None:  # 27日 before any month: of the published month, or the one before
                back = 0 if int(m.group(1)) <= self._pub_day.day else -1
                y, mo = _shift_month(self._pub_day.year, self._pub_day.month, back)
            else:
                return None
            return (y, mo, int(m.group(1))), (y, mo, int(m.group(1)))
        return None

    def _same_period(self, year: int | None) -> Span | None:
        """去年同期: the period named just before, in the given year."""
        if year is None or self._last_span is None:
            return None
        (_, m1, d1), (_, m2, d2) = self._last_span
        if m1 is None:  # the period before is a whole year: nothing says which part
            return None
        return (year, m1, d1), (year, m2, d2)

    def _range(self, s: str) -> Span | None:
        """5月19日至21日, 2021-2023年, 今年1至8月: the right side takes what it lacks from the left."""
        m = _RANGE.search(s)
        assert m is not None
        left, right = s[: m.start()], s[m.end():]
        if not left or not right:
            return None
        if left[-1].isdigit() and (unit := re.match(r"\d+([年月日号])", right)) is not None:
            left += unit.group(1)
        a = self._span(left)
        if a is None:
            return None
        if right == "今":  # 2022年3月至今: to the published month
            if self._pub_year is None or self._pub_month is None:
                return None
            return a[0], (self._pub_year, self._pub_month, None)
        b = self._span(right, inherit=a[0])
        if b is None:
            return None
        return a[0], b[1]

    def _festival(self, s: str) -> Span | None:
        """春节期间, 元旦春节期间, 2024年国庆节, 农历正月十五元宵节: the festival day(s) of that year."""
        d = _data()
        s = s.replace("农历", "")
        pre = self._prefix(s)
        if pre is None:
            return None
        year, rest, kind = pre
        days: list[tuple[int, int]] = []  # (month, day) in `year`, filled once the year is known
        names: list[str] = []
        lunar = _LUNAR_DAY.search(rest)
        if lunar is not None:
            names.append("正月")
            rest = rest.replace(lunar.group(0), " ")
        found = _patterns()["festival"].findall(rest)
        names.extend(found)
        rest = _patterns()["festival"].sub(" ", rest)
        rest = _patterns()["festival_rest"].sub("", rest).replace(" ", "")
        if rest or not names:  # 春节前, 国庆前夕, 春节慰问月: not the festival day itself
            return None
        if year is None:
            first = found[0] if found else "春节"
            month = int(d["festivals_solar"][first][:2]) if first in d["festivals_solar"] else 2
            year = self._infer_year(month)
            if year is None:
                return None
        for name in names:
            if name == "正月":
                assert lunar is not None
                day = self._lunar(year, _lunar_offset(lunar.group(1)))
            elif name in d["festivals_solar"]:
                mo, dd = d["festivals_solar"][name].split("-")
                day = (int(mo), int(dd))
            elif name in d["festivals_lunar_new_year"]:
                day = self._lunar(year, d["festivals_lunar_new_year"][name])
            else:
                iso = d["festivals_by_year"][name].get(str(year))
                day = (int(iso[5:7]), int(iso[8:10])) if iso else None
            if day is None:
                return None
            days.append(day)
        days.sort()
        return (year, *days[0]), (year, *days[-1])

    @staticmethod
    def _lunar(year: int, offset: int) -> tuple[int, int] | None:
        iso = _data()["lunar_new_year"].get(str(year))
        if iso is None:
            return None
        day = date.fromisoformat(iso) + timedelta(days=offset)
        return (day.month, day.day) if day.year == year else None

    # -- context --------------------------------------------------------------------------
    def _remember(self, span: Span, s: str) -> None:
        start, end = span
        rel = _patterns()["relative_year"].match(s)
        if _YEAR.search(s) or _ISO.fullmatch(s) or (rel and isinstance(_data()["relative_years"][rel.group(0)], str)):
            self._last_year = start[0]  # 2019年…，次年8月…，同年10月: the year said last, 次年's too
            self._last_period = span if _YEAR.search(s) else None
        if start[2] is not None and start == end:  # one day, not a festival's period (元旦春节)
            day = date(*start)  # type: ignore[arg-type]
            # 当天 is the day of an event reported, not of one announced for later
            if self._pub_day is None or day <= self._pub_day:
                self._last_day = day
        if end[1] is not None:
            self._last_month = (end[0], end[1])
        self._last_span = span
