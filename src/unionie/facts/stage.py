"""Facts: numeric quantities with value, unit, approximation, object, subject and predicate.

Input: a ``Document`` with regions, sentences, tokens (jieba words + POS), mentions and entities.
Output: ``doc.facts``. One pass finds ``[approx word] numeral [range] [多/余] [万/亿…] unit``
in the title and body; units, multipliers and approximation words come from
``resources/units.json`` (plus a user lexicon's UNIT entries, ``FactStage(extra_units=…)``). Dates, ordinals (第…), numbers inside names (mentions), idioms (一个台阶,
两个字: single Chinese numerals ≤ 2) and durations like 3个月 are left out.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from decimal import Decimal
from functools import lru_cache
from itertools import takewhile

from unionie.core.chars import CLAUSE_BREAKS, PHRASE_BREAKS, PINYIN_GLOSS, PUNCTUATION, char_class
from unionie.core.document import Document, FactItem, Mention, Token
from unionie.core.resources import alternation, initiatives, json_data, positions, units
from unionie.core.types import EntityType as T
from unionie.facts.numbers import (
    CN_DIGIT_CHARS,
    CN_NUMERAL_CHARS,
    CN_POINTS,
    MIXED_NUMERAL,
    chinese_range,
    value_of,
)

_ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
# 增长-5%: a sign only where no digit precedes, and not a rule of dashes (--35家--)
_SIGNED = rf"(?<![0-9０-９])(?:(?<![-−－—])[-−－](?![-−－]))?{_ARABIC}"
_MIXED = rf"{MIXED_NUMERAL}(?![0-9])"
_CN = rf"[{CN_NUMERAL_CHARS}]+(?:[{CN_POINTS}][{CN_DIGIT_CHARS}]+)?"  # 三点五亿, 零点五万
MAX_VALUE = 1e15  # larger figures are misreadings (a run of digits), dropped with a warning


def _without_area(obj: str | None) -> str | None:
    """将走访全县医护人员45名: a whole area opening the counted noun (collective_subjects, 全县, 全市;
    not 全国, which opens honours: 全国工人先锋号) says where, not what is counted."""
    area = next((w for w in _cues()["collective_subjects"] if w.startswith("全") and w != "全国"
                 and obj and obj.startswith(w) and len(obj) - len(w) >= 2), None)
    return obj[len(area):] if area else obj


def _in_context(text: str, pos: int, words: list[str]) -> bool:
    """Whether one of ``words`` stands in the six characters before ``pos`` with no punctuation
    after it (平均年龄31.6岁, 年龄不到45岁; not 平均年龄31.6岁，35岁以下)."""
    before = text[max(0, pos - 6) : pos]
    return any(w in before and not any(c in PUNCTUATION for c in before[before.rfind(w) :]) for w in words)


_INCLUSIVE = {"以上": "at_least", "以下": "at_most"}


def _inclusive_bounds(text: str, facts: list[FactItem]) -> list[FactItem]:
    """20人以上（含20人）: the bracket restates the bound as inclusive; one fact, at_least (以下: at_most),
    not a second figure."""
    out: list[FactItem] = []
    for fact in facts:
        prev = out[-1] if out else None
        gap = text[prev.end : fact.start] if prev is not None else ""
        if prev is not None and gap[:2] in _INCLUSIVE and gap[2:] in ("（含", "(含") \
                and prev.value == fact.value and prev.unit == fact.unit:
            prev.approx = _INCLUSIVE[gap[:2]]
            continue
        out.append(fact)
    return out


def _title_figure_objects(doc: Document, facts: list[FactItem]) -> None:
    """全省超2400家 in a headline names no noun: the figure the body reports with the same value and unit
    (全省共有劳模创新工作室1900多家) says what it counts."""
    for fact in facts:
        region = doc.region_at(fact.start)
        if fact.object or region is None or region.kind != "title":
            continue
        same = next((f for f in facts if f.start >= region.end and f.object and f.unit == fact.unit
                     and f.value == fact.value), None)
        if same is not None:
            fact.object = same.object


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return _compile(units())


def _compile(u: dict) -> re.Pattern[str]:
    pre = alternation(u["approx_span_words"])
    rng = alternation(u["range_marks"])
    mult = alternation(u["multipliers"])
    unit = alternation(u["units"])
    return re.compile(
        rf"(?P<pre>{pre})?"
        rf"(?:百分之(?P<pct>{_ARABIC}|{_CN})(?:(?P<prng>{rng})百分之(?P<pct2>{_ARABIC}|{_CN}))?"
        rf"|(?P<num>{_MIXED}|{_SIGNED}|{_CN})(?:(?P<mult1>{mult})?(?P<unit1>{unit})?(?P<rng>{rng})(?P<num2>{_ARABIC}|{_CN}))?"
        rf"(?:[ \u3000](?=[多余餘]|(?:{mult})?(?:{unit})))?"  # 108 家, 2000 余个: a space set before the measure word
        rf"(?P<in1>多|余|餘)?(?P<mult>{mult})?(?P<in2>多|余|餘)?(?:(?<=[十百千][多余餘])(?P<mult2>万|萬|亿|億))?"
        rf"(?P<unit>{unit}))"
    )


_TRAD_MULT = str.maketrans("萬億", "万亿")
_BARE_WAN = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<more>[多余])?(?P<mult>[万亿])(?P<more2>[多余])?")
_NOUNISH = ("n", "vn", "nz", "nt", "ng", "an", "j", "l", "nrt", "nr", "ns", "b", "eng")
_BARE_MAGNITUDES = frozenset("十百千万萬亿億")
_VAGUE = ("数", "數", "几", "幾", "若干")  # not 上: 上万项 is over ten thousand
_DIGITS = frozenset("0123456789０１２３４５６７８９")  # a figure written in digits is no idiom (三个重点 is)
_CLOCK = re.compile(r"[0-9０-９][:：]$")  # 9:30, 24:00: the minutes after a time of day's colon
_COMPACT_DATE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # 20221214
_STOP_WORDS = {"等", "的", "和", "及", "与", "、", "共", "已", "了", "还", "都", "各", "全部", "累计", "其中",
               "新建", "预计", "全程"}  # the last three: a verb and adverbs jieba may tag as nouns
_PUNCT = set(PUNCTUATION)


class FactStage:
    name = "facts"

    def __init__(self, extra_units: dict[str, dict[str, str]] | None = None) -> None:
        """``extra_units``: more measure words, surface → {"unit": canonical unit, "kind": what it
        measures}, as in ``units.json`` (a user lexicon's); they get their own pattern, the shipped
        one stays cached."""
        self._units: dict | None = None
        self._rx: re.Pattern[str] | None = None
        if extra_units:
            self._units = {**units(), "units": {**units()["units"], **extra_units}}
            self._rx = _compile(self._units)

    def __call__(self, doc: Document) -> Document:
        u = self._units or units()
        rx = self._rx or _pattern()
        covered = _covered(doc.mentions) | _short_quotes(doc.text)
        tok_starts = [t.start for t in doc.tokens]
        facts: list[FactItem] = []
        for region in doc.regions:
            for m in rx.finditer(doc.text, region.start, region.end):
                fact = self._make(doc, m, u, covered)
                if fact is None:
                    continue
                self._describe(doc, fact, tok_starts, facts)
                if fact.object and any(fact.object.startswith(w) for w in u["not_fact_objects"]) \
                        and not fact.object.endswith(tuple(u["not_fact_exceptions"])) \
                        and fact.unit not in u["head_count_units"] \
                        and (fact.text[:1] not in _DIGITS or fact.object.startswith(tuple(u["idioms_in_digits"]))):
                    continue  # 三个重点, 两个维护 (not 180名重点项目一线建设者, 重点企业入会率68%)
                if _counts_a_slogan(doc.text, fact) or _announces_a_list(doc.text, fact):
                    continue  # “主动走访、主动服务、主动帮扶”三个主动; 推进三项工作：一是…: parts named, no figure
                if _one_of_a_set(doc.text, fact, u):
                    continue  # 八件实事之一: the name of a set the thing belongs to
                if not fact.object:  # 投入16万元: money with no noun counts funds
                    kind = u["units"].get(m.group("unit") or "", {}).get("kind")
                    fact.object = u["default_objects"].get(kind or "")
                fact.object = _without_area(fact.object)
                facts.append(fact)
        for fact in self._bare_ten_thousands(doc, facts, covered, u):
            self._describe(doc, fact, tok_starts, facts)
            if not fact.object and doc.text.endswith(tuple(u["money_verbs"]), 0, fact.start):
                fact.object = u["default_objects"]["money"]  # 共筹集80余万: money with no currency written
            facts.append(fact)
        facts = _inclusive_bounds(doc.text, sorted(facts, key=lambda f: f.start))
        _title_figure_objects(doc, facts)
        _verb_objects(doc, facts)
        doc.facts = facts
        return doc

    @staticmethod
    def _bare_ten_thousands(doc: Document, facts: list[FactItem], covered: set[int], u: dict) -> list[FactItem]:
        """全市150万职工, 投入1200多万!: Arabic figures in 万/亿 with no measure word after them
        (unit ""), where no other fact or name holds them."""
        taken = {i for f in facts for i in range(f.start, f.end)}
        out = []
        for region in doc.regions:
            for m in _BARE_WAN.finditer(doc.text, region.start, region.end):
                s, e = m.span()
                if any(i in taken or i in covered for i in range(s, e)) or (s > 0 and doc.text[s - 1].isascii() and doc.text[s - 1].isalnum()):
                    continue
                if not doc.text.startswith(tuple(u["bare_wan_followers"]), e) and e < region.end:
                    continue  # 4.2万架次: a measure word the lexicon lacks, not a bare figure
                value = float(m["num"]) * u["multipliers"][m["mult"]]
                approx = "more_than" if m["more"] else "exact"
                before = next((w for w in u["approx_before"] if doc.text.endswith(w, 0, s)), None)
                if before is not None and u["approx_before"][before] != "exact" \
                        and not (approx == "more_than" and u["approx_before"][before] == "about"):
                    approx = u["approx_before"][before]  # 近12万会员, 超过3万职工; 约1200多万: more_than
                out.append(FactItem(s, e, doc.text[s:e], value, "", approx=approx))
        return out

    # -- value, unit, approximation
    def _make(self, doc: Document, m: re.Match[str], u: dict, covered: set[int]) -> FactItem | None:
        """Value, unit, range and approximation of one match, or None when it is not a fact.

        Long by design (about 65 lines): the regular expression's groups are read in one place,
        in the order they match.
        """
        text = doc.text
        s, e = m.start(), m.end()
        num_start = m.start("pct") if m.group("pct") else m.start("num")
        if num_start > 0 and text[num_start - 1] in "第#No." or text.endswith(("第 ", "第\u3000"), 0, num_start):
            return None
        if text.endswith(tuple(u["rank_before"]), 0, num_start) and (m.group("unit") or "") in u["rank_units"]:
            return None  # 取前三名, 前10名: a ranking, not a count
        if text.endswith(tuple(u["anaphoric_before"]), 0, s):
            return None  # 这两种疾病: what was named before, no figure reported
        if num_start > 0 and (text[num_start - 1].isascii() and text[num_start - 1].isalnum()):
            return None  # part of an identifier
        if any(i in covered for i in range(num_start, e)):
            return None  # inside a name, a date or an event
        unit_surface = m.group("unit")
        if unit_surface == "次" and text.endswith("届", 0, num_start):
            return None  # 六届十二次全委会议: a meeting's number, not a count
        if unit_surface == "个" and text.startswith(("月", "多月", "年", "季度", "小时", "多小时", "星期", "多星期", "工作日"), e):
            return None  # 3个月, 5个多小时: a duration, not a count
        if text.startswith(tuple(u["not_after_unit"].get(unit_surface or "", ())), e):
            return None  # 70周年, 十五元宵节: the unit is part of another word
        if unit_surface in u["head_count_units"] and _size_class(doc, e, u):
            return None  # 百人以上企业, 50人以下的小微企业: the size of the bodies named, no count
        if unit_surface in u["context_units"] and not _in_context(text, num_start, u["context_units"][unit_surface]) \
                and not text.startswith(tuple(u["context_units_after"].get(unit_surface, ())), e):
            return None  # 年满60岁: an age that is no figure reported; 十分, 三分之一: no score
        if unit_surface in u["change_only_units"] and not (
                any(w in text[max(0, s - 8) : s] for w in u["change"]["from_words"])
                and any(v in text[e : e + 8] for v in u["change"]["change_verbs"])) \
                and not _reported_duration(text, s, e, u):
            return None  # 近三个月来, 历时四个月拿出…: a duration timing something (not 由3个月左右缩短至…)
        if unit_surface in u["attributive_units"] and (word := doc.lac_words.starting_at(e)) is not None \
                and word[2] in ("n", "nz"):
            return None  # 24小时工会驿站: what the station is like, not a count
        if unit_surface in u["attributive_units"] and text.startswith(tuple(u["adverbial_after"]), e):
            return None  # 24小时为职工提供服务, 8小时之外: a time adverb, no figure reported
        if _CLOCK.search(text, max(0, num_start - 2), num_start):
            return None  # 11月20日 24:00期间: the minutes of a time of day, not a count
        if text[num_start:e] in u["set_phrases"] and not text.endswith(tuple(u["approx_before"]), 0, num_start):
            return None  # 温暖送万家: a set phrase
        approx = "exact"
        value_max = None
        if text[max(0, num_start - 1) : num_start] == "几" or (
                text[max(0, s - 1) : s] in "“「" and text[e : e + 1] in "”」"):
            return None  # 几万名 is vague; “四期” is a slogan
        if m.group("pct"):
            raw = m.group("pct")
            value = value_of(raw)
            if m.group("pct2"):
                value_max = value_of(m.group("pct2"))
            unit = "%"
        else:
            raw = m.group("num")
            is_cn = raw[0] in CN_NUMERAL_CHARS
            if m.group("unit1") and u["units"][m.group("unit1")]["unit"] != u["units"][unit_surface]["unit"]:
                return None
            est = chinese_range(raw) if is_cn else None
            try:
                if est:
                    value, value_max = est
                    approx = "about"
                else:
                    value = value_of(raw)
            except ValueError:
                return None
            if is_cn and value <= 2 and not (m.group("rng") or m.group("mult") or value % 1) \
                    and not _pair_count(text, raw, unit_surface, num_start, e, u):
                return None  # 一个台阶: a figure of speech (not 两万名, 一点二万名, 新增两家驿站)
            if m.group("num2"):
                try:
                    value_max = value_of(m.group("num2"))
                except ValueError:
                    return None
            mult = u["multipliers"].get(m.group("mult") or "", 1)
            if m.group("mult2"):  # 2千余万元: two thousand and more ten-thousands
                mult = _times(mult, u["multipliers"][m.group("mult2").translate(_TRAD_MULT)])
            if m.group("mult1"):  # 2万至3万元
                mult_low = u["multipliers"][m.group("mult1")]
            else:  # 3000至5000元 shares the multiplier; 2000元至1万元 does not
                mult_low = 1 if m.group("unit1") else mult
            value = _times(value, mult_low if m.group("rng") else mult)
            if value_max is not None:
                value_max = _times(value_max, mult)
            unit = u["units"][unit_surface]["unit"]
        if m.group("in1") or m.group("in2"):
            approx = "more_than"
        # an approximation word inside the span (超过3000人次) or just before it (突破, 不少于…)
        pre = m.group("pre") or next((w for w in u["approx_before"] if text.endswith(w, 0, s)), None)
        if m.group("pre") and text.endswith("不" + pre, 0, m.end("pre")) and "不" + pre in u["approx_before"]:
            s, pre = m.end("pre"), "不" + pre  # 每户不超过3000元: at most, the span from the numeral
        if pre and u["approx_before"][pre] != "exact" and not (approx == "more_than" and u["approx_before"][pre] == "about"):
            approx = u["approx_before"][pre]  # 约1000余名: more_than (annotation guidelines)
        after = _approx_after(text, e)
        if after is not None:
            approx = after[1]
        approx = _threshold_approx(text, s, e, approx, after[0] if after is not None else None)
        return self._checked(doc, FactItem(s, e, text[s:e], float(value), unit, approx,
                                          value_max=value_max), m, u)

    @staticmethod
    def _checked(doc: Document, fact: FactItem, m: re.Match[str], u: dict) -> FactItem | None:
        """Ranges in order and finite values; anything else is dropped with a warning."""
        if fact.value_max is not None and fact.value > fact.value_max and m.group("num2"):
            # 5至3万元: the low end does not share the multiplier when sharing would reverse it
            low = value_of(m.group("num"))
            if not m.group("mult1") and low <= fact.value_max:
                fact.value = low
        num = m.group("num") or ""
        if _COMPACT_DATE.fullmatch(num):
            return None  # 20221214起草: a date written as eight digits, not a count
        if num in _BARE_MAGNITUDES and doc.text[max(0, fact.start - 2) : fact.start].endswith(_VAGUE):
            return None  # 服务职工数万人次, 几千名: an order of magnitude, no figure
        if num in _BARE_MAGNITUDES and doc.text[fact.start - 1 : fact.start] == "上":
            fact.start -= 1  # 上万项: over ten thousand
            fact.text = doc.text[fact.start : fact.end]
            fact.approx = "more_than"
        values = [fact.value] + ([fact.value_max] if fact.value_max is not None else [])
        if not all(math.isfinite(v) and abs(v) <= MAX_VALUE for v in values):
            shown = fact.text if len(fact.text) <= 30 else fact.text[:27] + "…"
            doc.warnings.append(f"figure {shown!r} at {fact.start} is out of range; left out")
            return None
        if fact.value_max is not None and fact.value > fact.value_max:
            doc.warnings.append(f"range {fact.text!r} at {fact.start} runs high to low; left out")
            return None
        return fact

    # -- object, predicate, subject
    def _describe(self, doc: Document, fact: FactItem, tok_starts: list[int], earlier: list[FactItem]) -> None:
        toks = doc.tokens
        end = fact.end + _approx_after_len(doc, fact.end)  # 80个以上示范岗: the noun after 以上
        i = bisect_right(tok_starts, end - 1)  # first token starting at/after the figure (and its 以上)
        while i < len(toks) and toks[i].start < end:
            i += 1
        adjacent = i < len(toks) and toks[i].start == end  # not a word after a line break
        n = i
        while adjacent and n < len(toks) - 1 and n - i < 2 and toks[n].pos == "r" and toks[n].text.startswith("各") \
                and toks[n + 1].start == toks[n].end:
            n += 1  # 400家各行各类商家, 30家各级工会: past the distributive words
        passive = doc.text.startswith(_listed("passive_markers"), end)  # 300件被职工领取: the agent follows
        right = None if passive else (
            _programme_after(doc, end) or _titled_after(doc, end)
            or (_festival_noun(doc, toks, i) if adjacent else None)
            or (_nominal_verb_after(toks, i) if adjacent else None)
            or _after_modifier(doc, toks, tok_starts, i, end) or (_noun_run(doc, toks, n, +1) if adjacent else None)
            or _lac_noun_phrase(doc, end, fact.unit in _listed("head_count_units"))
            or (_adjective_noun(doc, toks, i) if adjacent else None)
            or _listed_after(doc, toks, tok_starts, fact))
        right = _checked_right(doc, end, right)
        j = _token_before(toks, tok_starts, fact)
        left, lac_left = _left_object(doc, toks, tok_starts, j, fact, lists=right is None)
        if left and _previous_figure_s(earlier, left, fact):
            left = None  # 134个单位5502人次参加: the noun is the figure before's, the people are no units
        mention_left = _mention_ending_near(doc, fact.start)
        obj_side = None
        changed = _change_topic(doc, toks, tok_starts, fact) or _compared_topic(doc, toks, tok_starts, fact, earlier)
        became = _became(doc, toks, tok_starts, fact)
        if changed:  # 合格率由93.4%提高到98.1%: the thing that changed
            fact.object, obj_side = changed, "left"
        elif became:  # 其中4人已晋升为技师: what they became
            fact.object, obj_side = became, "right"
        elif right and not (fact.unit == "%" and left and not doc.text.startswith("的", fact.end)) \
                and not _owned_count(doc, fact, left):
            fact.object, obj_side = _list_head(doc, fact, _people_head(doc, fact, right)), "right"
        elif mention_left:
            fact.object, obj_side = mention_left, "left"
        elif left:
            fact.object, obj_side = left, "left"
        elif paid := _noun_with_verb(doc, toks, j, fact):  # 互助金给付约3亿元, 户均增收300元
            fact.object, obj_side = paid, "left"
        else:
            sent = _sentence_of(doc, fact.start)
            prev = earlier[-1] if earlier else None
            if prev and sent and sent[0] <= prev.start < fact.start and _same_count(prev, fact):
                fact.object = _renamed_between(doc, toks, prev, fact) or prev.object  # 有36家…，28家…: parallel figures
            else:  # 开办了职工子女托管班，两期共接收…, …和志愿者，共计90人: the topic the clause before ends with
                fact.object = _topic_object(doc, toks, tok_starts, j, fact)
        if not fact.object and fact.unit and units()["units"].get(fact.unit, {}).get("kind") != "money":
            fact.object = _act_counted(doc, toks, j, i, fact)  # money with no noun counts 资金 (default_objects)
        fact.predicate = _predicate(doc, tok_starts, j, fact, None if lac_left else left)
        obj = fact.object or ""
        at, verb = min(((obj.find(v), v) for v in _listed("money_verbs")  # not 自|筹资|金: a noun, 自筹资金
                        if v in obj and len(obj) - obj.find(v) - len(v) != 1), default=(-1, None))
        if verb and len(obj) >= at + len(verb) and obj_side != "right" and obj == left:
            # 共|筹集资金|182万元: one word to jieba (公司|计划|筹集资金: the words before say who plans it);
            # 将筹资600万元: the verb alone, the money has no noun of its own (default_objects)
            fact.object, fact.predicate = obj[at + len(verb):] or units()["default_objects"]["money"], verb
        fact.subject = _subject_after(doc, fact, obj_side, earlier)


def _renamed_between(doc: Document, toks: list[Token], prev: FactItem, fact: FactItem) -> str | None:
    """The last noun between two figures (in a clause of its own, not the one the later figure ends)
    that names another thing of the kind the earlier one counts (the same two-character head:
    专项资金 … 配套资金), which the later figure, with no noun of its own, counts; else None."""
    obj = prev.object or ""
    if len(obj) < 3 or not any(c in CLAUSE_BREAKS for c in doc.text[prev.end : fact.start]):
        return None
    last = max(doc.text.rfind(c, prev.end, fact.start) for c in CLAUSE_BREAKS)
    found = None
    for i, t in enumerate(toks):
        if t.start < prev.end or t.end > last or not _is_noun(t) or not t.text.endswith(obj[-2:]):
            continue
        run = _noun_run(doc, toks, i, -1)
        if not run or not doc.text.endswith(run, 0, t.end):
            continue
        k = bisect_right([x.start for x in toks], t.end - len(run) - 1) - 1
        if k >= 0 and toks[k].end == t.end - len(run) and (toks[k].pos or "") in ("a", "b") and len(toks[k].text) > 1:
            run = toks[k].text + run  # 配套|资金
        if run != obj and not obj.endswith(run):
            found = run
    return found


def _verb_objects(doc: Document, facts: list[FactItem]) -> None:
    """A figure whose object is only the verb right before it (服务3000余人次, 配送1000余万册) counts
    the noun the text gives for it nearby: the people the same verb served in the figure before, in
    the same sentence and in a head count too (服务职工群众1.2万人次、日均服务60人次: 职工群众); or the
    noun right after the figure it is listed with (寄送1200余册、价值8万元图书: 图书)."""
    heads = _listed("head_count_units")
    for i, f in enumerate(facts):
        verb = f.object
        if not verb or not doc.text.endswith(verb, 0, f.start) or not _verb_tokens(doc, f.start - len(verb), f.start):
            continue
        sent = _sentence_of(doc, f.start)
        prev = facts[i - 1] if i > 0 else None
        act = next((t.text for t in doc.tokens_between(f.start - len(verb), f.start) if (t.pos or "").startswith("v")
                    and t.end == f.start), verb)
        if prev is not None and sent and prev.start >= sent[0] and prev.object and f.unit in heads \
                and prev.unit in heads and prev.object != verb:
            p_at = doc.text.rfind(prev.object, sent[0], prev.start + 1)
            if prev.object.startswith(act) and len(prev.object) > len(act):
                f.object = prev.object[len(act):]  # 覆盖服务职工群众…、日服务…人次
                continue
            if p_at >= len(act) and doc.text.endswith(act, 0, p_at):
                f.object = prev.object  # 服务职工群众1.2万人次、日均服务60人次
                continue
        nxt = facts[i + 1] if i + 1 < len(facts) else None
        if nxt is not None and nxt.object and re.fullmatch(r"、(?:价值|共|约)?", doc.text[f.end : nxt.start]) \
                and doc.text.startswith(nxt.object, nxt.end) and f.unit not in heads:
            f.object = nxt.object  # 寄送1200余册、价值8万元图书


def _verb_tokens(doc: Document, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` is tokens that open on a token boundary and end
    with a verb (服务, 日均|服务, 配送)."""
    toks = [t for t in doc.tokens_between(start, end) if t.start >= start and t.end <= end]
    return bool(toks) and toks[0].start == start and toks[-1].end == end and (toks[-1].pos or "").startswith("v")


def _size_class(doc: Document, end: int, u: dict) -> bool:
    """百人以上企业, 50人以下的小微企业: a head count ending at ``end``, then a bound (size_class_bounds),
    then (past 的) a noun that names no people: the size class of those bodies (not 300人以上参加,
    200名以上职工)."""
    bound = next((w for w in u["size_class_bounds"] if doc.text.startswith(w, end)), None)
    if bound is None:
        return False
    k = end + len(bound) + (1 if doc.text.startswith("的", end + len(bound)) else 0)
    tok = doc.token_at(k)
    if tok is None or tok.start != k or not _is_noun(tok):
        return False
    noun = _noun_run(doc, doc.tokens, doc.tokens.index(tok), +1) or tok.text
    return not noun.endswith(_listed("person_heads"))


def _duration_owner(doc: Document, fact: FactItem) -> int | None:
    """本届某某评选历时4个月，: the named event or programme a reported duration is of, right before
    its cue word (annotation guidelines: a figure that describes a named thing); none for an act
    named by a plain noun (此次协商历时近两个月)."""
    u = units()
    k = fact.start - next((len(w) for w in u["duration_cues"] if doc.text.endswith(w, 0, fact.start)), 0)
    m = doc.mention_at(k - 1) if k > 0 else None
    if m is None or m.end != k or m.type not in (T.EVENT, T.INITIATIVE, T.ORG):
        return None
    return m.entity


def _previous_figure_s(earlier: list[FactItem], left: str, fact: FactItem) -> bool:
    """全区134个单位5502人次: the noun between two figures, right after a count that is no head
    count, is what that count counts; the head count after it counts people, not the units."""
    heads = _listed("head_count_units")
    return bool(earlier) and earlier[-1].end + len(left) == fact.start and fact.unit in heads \
        and earlier[-1].unit not in heads


def _topic_object(doc: Document, toks: list[Token], tok_starts: list[int], j: int, fact: FactItem) -> str | None:
    """The topic the clause before ends with, as what a figure with no noun of its own counts; a head
    count opening its clause counts people, never a topic that names none (…培训班，130余人参加培训)."""
    topic = _topic_before(doc, toks, tok_starts, _before_linking(toks, j, fact.start))
    people = fact.unit in _listed("head_count_units") and fact.start > 0 and doc.text[fact.start - 1] in PUNCTUATION
    return None if people and topic and not topic.endswith(_listed("person_heads")) else topic


def _owned_count(doc: Document, fact: FactItem, left: str | None) -> bool:
    """现有职工5200余名的机务段, 承担起姐弟4人的生活: a head count between the people it counts and a
    的 describes what follows by its size; the people right before it are counted."""
    return bool(left) and fact.unit in _listed("head_count_units") and doc.text.startswith("的", fact.end) \
        and doc.text.endswith(left, 0, fact.start)


def _checked_right(doc: Document, end: int, right: str | None) -> str | None:
    """The noun found after the figure, or None for the 时 closing a time clause (票价超过30元时) and
    a scene adverb (300余人线上参加); a
    place alone (2.6亿元的宜城帮扶地区农副产品: 宜城) gives way to LAC's whole noun phrase after it; a
    task (完成2家驿站迁移工作) counts the things it is done on (驿站)."""
    if right in _listed("time_clause_ends") or right in _cues()["scene_adverbs"]:
        return None  # …骑手200多人线上参与活动: how they take part, not who
    k = end + (1 if doc.text.startswith("的", end) else 0)
    if right and any(m.start == k and m.end == k + len(right) for m in doc.mentions_between(k, k + len(right), (T.PLACE,))):
        p = k + len(right)  # 230名四川、河南籍务工人员: a list of places may modify it too
        while (nxt := next((m for m in doc.mentions_between(p + 1, p + 12, (T.PLACE,)) if m.start == p + 1), None)) \
                is not None and doc.text[p] in "、和及与":
            p = nxt.end
        rest = _lac_noun_phrase(doc, p)  # the place modifies the noun phrase after it
        return doc.text[k:p] + rest if rest else None
    if right and doc.text.startswith(right, k) and doc.text[k + len(right) : k + len(right) + 1] in ("（", "("):
        p = k + len(right)  # 15个员工（劳模）创新工作室: an aside inside the noun, which goes on after it
        close = next((i for i in range(p + 1, min(p + 12, len(doc.text))) if doc.text[i] in "）)"), None)
        if close is not None and not any(c in PHRASE_BREAKS for c in doc.text[p + 1 : close]):
            rest = _lac_noun_phrase(doc, close + 1)
            if rest and doc.text.startswith(rest, close + 1):
                return doc.text[k : close + 1] + rest
    if right and right.endswith("工作") and doc.text.startswith(right, k):
        inner = [t for t in doc.tokens_between(k, k + len(right) - 2) if t.end <= k + len(right) - 2]
        if len(inner) > 1 and (inner[-1].pos or "") in ("v", "vn") and _is_noun(inner[-2]):
            return doc.text[k : inner[-1].start]  # 2家驿站|迁移|工作: the things the work is done on
    return right


def _token_before(toks: list[Token], tok_starts: list[int], fact: FactItem) -> int:
    """The index of the last token ending at or before the figure (past one space when the figure
    itself is spaced: 鳳陽企業 60 余家; not 某会开幕 3万名职工参赛, a title's phrase break)."""
    j = bisect_right(tok_starts, fact.start - 1) - 1  # token covering the char before the fact
    while j >= 0 and toks[j].end > fact.start:
        j -= 1
    if j > 0 and toks[j].end == fact.start and toks[j].text in (" ", "\u3000") and toks[j - 1].end == toks[j].start \
            and any(c in fact.text for c in " \u3000"):
        j -= 1
    return j


def _predicate(doc: Document, tok_starts: list[int], j: int, fact: FactItem, left: str | None) -> str | None:
    """The verb before the noun found left of the figure (参保金额|累积达…: past the linking words, not
    inside the noun), or before token ``j``."""
    toks = doc.tokens
    at = doc.text.rfind(left, 0, fact.start) if left else -1
    if at >= 0:
        jl = bisect_right(tok_starts, at + len(left) - 1) - 1  # the token ending the noun
        if 0 <= jl < len(toks) and toks[jl].end == at + len(left):
            j = jl
    return _verb_before(doc, toks, j, left)


def _subject_after(doc: Document, fact: FactItem, obj_side: str | None, earlier: list[FactItem]) -> int | None:
    """The fact's subject, given the facts before it: one reading for a 、-list, none after a clause
    opening with a count of bodies or people, else ``_fact_subject`` (none when that is the programme
    whose units the figure counts; a reported duration's is the thing it is of)."""
    if units()["units"].get(fact.unit, {}).get("kind") == "duration" \
            and _reported_duration(doc.text, fact.start, fact.end, units()):
        return _duration_owner(doc, fact)  # 此次协商历时近两个月，: of the act, no body's
    prev = earlier[-1] if earlier else None
    if prev is not None and _listed_with(doc, prev, fact):
        return prev.subject  # 在所属5处站场、3个车间: one list, one reading
    if any(_counted_doer(doc, e, fact) for e in earlier[-3:]):
        return None  # 31家企业拿出460个岗位: the firms counted first offer them
    if prev is not None and obj_side == "right" and _object_list_item(doc, prev, fact):
        return prev.subject  # 走访15个重点企业，6个新就业形态企业，48名劳模: one verb's objects
    if prev is not None and _parallel_item(doc, prev, fact, obj_side):
        return prev.subject  # 命名成果300个，技术攻关成果20个; 安排120名职工参加…，90名职工参加…
    subject = _fact_subject(doc, fact, obj_side)
    if subject is not None and subject >= 0 and _counts_the_subject(doc, subject, fact):
        return None  # 其中，获省级命名的创新工作室7个: the programme is what is counted, not its doer
    return subject


def _object_list_item(doc: Document, prev: FactItem, fact: FactItem) -> bool:
    """走访慰问15个重点企业，4个新就业形态企业，37名劳模: a clause that is only a count and its noun,
    right after a clause ending in a count and its noun, goes on with the objects of the verb before."""
    if not fact.object or not prev.object or doc.sentence_at(prev.start) != doc.sentence_at(fact.start):
        return False
    text = doc.text
    between = text[prev.end : fact.start]
    return len(between) == len(prev.object) + 1 and between.startswith(prev.object) and between[-1] in "，," \
        and text.startswith(fact.object, fact.end) and text[fact.end + len(fact.object) : fact.end + len(fact.object) + 1] \
        in tuple(CLAUSE_BREAKS)


def _parallel_item(doc: Document, prev: FactItem, fact: FactItem, obj_side: str | None) -> bool:
    """A clause right after the figure before, in its sentence and unit, that repeats its shape with
    the verb left out goes on with its doer: 命名创新成果300个，技术攻关成果20个 (only a noun and the
    figure: the same verb's objects) and 安排120名职工参加叉车培训，90名职工参加电工培训 (the figure,
    its noun and the same verb after it). Not a part (其中…), a rate (每人…), nor a clause naming a
    body, place or person of its own."""
    sent = doc.sentence_at(fact.start)
    if sent is None or not prev.object or not fact.object or prev.start < sent.start or not _same_count(prev, fact):
        return False
    text, sl = doc.text, units()["subjectless"]
    here = _clause_start(doc, fact.start, sent.start)
    if here - 1 < prev.end or text[here - 1] not in "，," or _clause_start(doc, prev.end, sent.start) != \
            _clause_start(doc, here - 1, sent.start) or doc.mentions_between(here, fact.start, (T.ORG, T.PLACE, T.PERSON)):
        return False  # not the clause right after the figure before's, or one naming its own doer
    lead = text[here : fact.start].strip(" \u3000")
    if lead.startswith(tuple(sl["part_openers"]) + tuple(_cues()["collective_subjects"])) \
            or any(w in lead for w in sl["rate_openers"]):
        return False  # 其中…, 全市…, 一等奖选手每人奖励1万元: a part, a whole area, a rate
    if obj_side == "left":  # 命名创新成果300个，技术攻关成果20个
        return text[prev.end : here - 1].strip(" \u3000") == "" and lead.endswith(fact.object) and len(lead) <= 24 \
            and text.endswith(prev.object, 0, prev.start) and (fact.end >= len(text) or text[fact.end] in CLAUSE_BREAKS)
    if obj_side != "right" or lead:
        return False
    a, b = prev.end + len(prev.object), fact.end + len(fact.object)  # 安排120名职工参加…，90名职工参加…
    return text.startswith(prev.object, prev.end) and text.startswith(fact.object, fact.end) \
        and len(text) > b + 1 and text[a : a + 2] == text[b : b + 2] and text[b] not in PUNCTUATION


def _counted_doer(doc: Document, prev: FactItem, fact: FactItem) -> bool:
    """31家企业拿出460个岗位, 来自开发区的64家企业拿出2100多个岗位: a clause that opens with a count
    of bodies or people, the noun right after it, does the later figure of the clause, and those of
    the later clauses of its sentence that open with their verb (共有120家企业参加，提供岗位3000个);
    those counted are no entity, so the figure has no subject (not a body named in an earlier clause)."""
    sent = doc.sentence_at(fact.start)
    floor = sent.start if sent else 0
    if not prev.object or prev.start < floor or units()["units"].get(prev.unit, {}).get("kind") != "count":
        return False
    start = _clause_start(doc, prev.start, floor)
    here = _clause_start(doc, fact.start, floor)
    if here != start and (doc.mentions_between(prev.end, fact.start, (T.ORG, T.PLACE, T.PERSON))
                          or not _opens_with_verb(doc, here)):
        return False  # 共有120家企业参加，提供岗位3000个: later clauses opening with their verb go on
    lead = doc.text[start : prev.start]
    if lead not in ("", "共", "共有") and not (lead.startswith("来自") and not doc.mentions_between(start, prev.start, (T.ORG,))):
        return False
    k = doc.text.find(prev.object, prev.end, prev.end + len(prev.object) + 8)
    if k < 0 or doc.text[prev.end : k].strip("的") and not lead.startswith("来自"):
        return False
    return any((t.pos or "").startswith("v") for t in doc.tokens_between(k + len(prev.object), fact.start))


def _same_count(a: FactItem, b: FactItem) -> bool:
    """Whether the later figure ``b`` may count what ``a`` before it counts: one unit, both people
    (名, 人: ``head_count_units``), a share or rate of it (…达3亿元，同比增长6%), or a unit unknown."""
    u = units()
    people = u["head_count_units"]
    return a.unit == b.unit or (a.unit in people and b.unit in people) or "" in (a.unit, b.unit) \
        or u["units"].get(b.unit, {}).get("kind") == "percent"


def _left_object(doc: Document, toks: list[Token], tok_starts: list[int], j: int, fact: FactItem,
                 lists: bool = False) -> tuple[str | None, bool]:
    """What the text before the figure names as counted (token ``j`` covers the character before
    it), and whether LAC rather than jieba read it (then the predicate is looked for from ``j``).
    With ``lists`` (no noun after the figure names it) a list ending in 等 right before it counts."""
    linking = _linking_words()
    lac_left = None
    left_end = fact.start  # where the noun phrase found ends
    left = _noun_run(doc, toks, j, -1) if j < 0 or toks[j].text not in linking else None
    if left is None and j >= 1 and toks[j].text[:1] in _RATE_ENDS and toks[j].text[1:] in linking \
            and toks[j - 1].end == toks[j].start and toks[j - 1].text[0] not in _PUNCT:
        # 协商制度|建制|率为74.4%: jieba joins the rate's head to its link; the word before is the rate's, whatever its tag
        run = _noun_run(doc, toks, j - 2, -1) if j >= 2 and toks[j - 2].end == toks[j - 1].start else None
        left, left_end = (run or "") + toks[j - 1].text + toks[j].text[0], toks[j].start + 1
    if left is None:  # 收缴率达95.6%, 快递员就有近百人, 师徒不少于5000对: look past linking words
        k = j
        while k >= 0 and j - k < 4 and (toks[k].text in linking or toks[k].text in _not_acts()
                                        or (toks[k].pos or "") in ("d", "p", "ul", "uz", "uj")
                                        or _change_to(toks, k, j)):
            k -= 1
        if k != j:
            left_end = toks[k].end if k >= 0 else 0
            left = _noun_run(doc, toks, k, -1) or _quoted_before(doc, left_end)
            if left is None and k >= 0:  # 申报周期缩短至6天: jieba's time word 周期, LAC's noun
                lac_left = left = _lac_noun_phrase_before(doc, toks[k].end)
            if left is None:
                left_end = fact.start
    if left is None and 0 <= j - 1 and toks[j].text in "（(" and doc.text.startswith(("）", ")"), fact.end):
        left = _noun_run(doc, toks, j - 1, -1)  # 优秀奖（12名）: the count of what stands before the bracket
    if left is None and j >= 2 and toks[j].text in "）)":  # 困难职工（农民工）115人: an aside between noun and figure
        k = next((k for k in range(j - 1, max(j - 8, 0), -1) if toks[k].text in "（(" or toks[k].text[0] in _PUNCT), 0)
        if k >= 1 and toks[k].text in "（(" and toks[k - 1].end == toks[k].start:
            left = _noun_run(doc, toks, k - 1, -1)
            left_end = toks[k - 1].end if left is not None else left_end
    if left is None and lists and j >= 1 and toks[j].text == "等":  # 覆盖快递员、保安员等约2600人
        left = _list_before(doc, toks, j - 1)
    if left is None:  # “爱心礼包”200份: a short quoted name right before the number
        left = _quoted_before(doc, fact.start)
    if left is None:  # 已建便民超市86家: jieba may read 超市 as a verb there, LAC as a noun
        left = _lac_noun_phrase_before(doc, fact.start)
    if left in linking or left in _cues()["collective_subjects"] or (left is not None and left in _LEVEL_CHARS):
        left = None  # 成人票：人民币30元, 全省超2400家, 我区将有3万人次: a linking word or an area is never what is counted
    if left is not None and doc.text.endswith(left, 0, left_end):
        left = _past_doer(doc, left_end - len(left), left_end) or left
        left = _valued_goods(doc, toks, left_end - len(left), left)
    if left is not None and len(left) == 1 and (word := doc.lac_words.starting_at(left_end - 1)) is not None \
            and word[1] == left_end and word[2] in ("a", "b", "d", "ad"):
        left = None  # 原计划的60人: a one-character modifier left over is never what is counted
    if left is not None and _is_a_name(doc, left_end, left, places=left_end == fact.start):
        left = _after_place(doc, left_end, left)  # 其中某市12名, 某公司30人, 支付某某5000元: a named place,
        # body or person is not what is counted; 江苏省技术能手2人: people named with their place are
    if left is not None and lac_left is None and doc.text.endswith(left, 0, left_end):
        left = _coordinated_before(doc, toks, tok_starts, left_end - len(left), left_end) or left
    return left, lac_left is not None


def _coordinated_before(doc: Document, toks: list[Token], tok_starts: list[int], start: int, end: int) -> str | None:
    """走访困难职工和农民工320户, 全区有劳模和先进工作者210名: the nouns joined (coordinated_joins) to the
    one right before a figure (``start``..``end``) are counted with it; the whole list, or None when
    none is joined. An item that names a body, place, person or date, or holds a figure, ends the list
    (某总工会和某局, 2023年和2024年); an adjective opening the last item is part of it (优秀|工会干部)."""
    joins = _listed("coordinated_joins")
    first = start
    k = bisect_right(tok_starts, start - 1) - 1
    if k >= 1 and toks[k].end == start and (toks[k].pos or "") in ("a", "b") and toks[k - 1].end == toks[k].start \
            and toks[k - 1].text in joins:
        first, k = toks[k].start, k - 1  # 、优秀|工会干部
    begin = first
    while k >= 1 and toks[k].end == begin and toks[k].text in joins and toks[k - 1].end == toks[k].start:
        run = _noun_run(doc, toks, k - 1, -1)
        if not run or not doc.text.endswith(run, 0, toks[k].start) or _DIGITS_RX.search(run) \
                or doc.text[toks[k].start - len(run) - 1 : toks[k].start - len(run)] in _NUMERAL_ENDS:
            break  # 高级技师5名、实用新型专利23项: a measure word closing another figure is no item
        j = bisect_right(tok_starts, toks[k].start - len(run) - 1) - 1
        if j >= 0 and toks[j].end == toks[k].start - len(run) and toks[j].pos == "m" \
                and not any(c in _NUMERAL_ENDS for c in toks[j].text[-1:]):
            run = toks[j].text + run  # 一线|职工: a word jieba reads as a numeral opens the item
        at = max([toks[k].start - len(run)] + [m.end for m in doc.mentions_between(
            toks[k].start - len(run), toks[k].start, (T.ORG, T.PLACE, T.PERSON, T.DATE))])
        inner = [t for t in doc.tokens_between(at, toks[k].start) if t.start >= at and t.end <= toks[k].start]
        cut = max((t.end for t in inner[:-1] if t.text in _cues()["collective_subjects"]
                   or t.pos == "v" and t.text not in _listed("compound_modifiers")
                   and t.text not in _listed("people_modifiers")), default=at)
        at = cut  # 某总工会|组织|劳动模范、…, 精心组织|全市|劳动模范、…: the doer, its verb and the area are no item
        if at >= toks[k].start or doc.token_at(at) is None or doc.token_at(at).start != at:
            break
        begin = at
        if at > toks[k].start - len(run):
            break
        k = bisect_right(tok_starts, begin - 1) - 1
    return doc.text[begin:end] if begin < first and not _glossed(doc, begin, first) else None


_GLOSS_RX = re.compile(PINYIN_GLOSS)


def _glossed(doc: Document, start: int, end: int) -> bool:
    """Whether the page as written carries pinyin glosses (勞動(dòng)) between view offsets ``start`` and
    ``end``: list items are then left out of the object, whose written form would carry them."""
    if doc.original_text is None or doc.original_offsets is None or end <= start:
        return False
    at = doc.original_offsets
    return bool(_GLOSS_RX.search(doc.original_text, at[start], at[min(end, len(at) - 1)]))


def _change_to(toks: list[Token], k: int, j: int) -> bool:
    """企业发展|到|241家, 规模扩大|至…: a change verb (units.json change) right before 到/至 links the
    noun before it to the figure, as 增加到 does."""
    ch = units()["change"]
    return k < j and toks[k].text in ch["change_verbs"] and toks[k + 1].text in ch["to_words"] \
        and toks[k].end == toks[k + 1].start


_DIGITS_RX = re.compile(r"[0-9０-９]")
_NUMERAL_ENDS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两余多")


def _past_doer(doc: Document, start: int, end: int) -> str | None:
    """区总工会|筹资9万余元, 由某县总|出资26万元: the words after a body, place or person named inside
    the noun run before a figure, when they open with a verb (jieba's or LAC's): the one named does it
    and is no part of what is counted (not 某工会|会员: the body's members)."""
    named = max((m.end for m in doc.mentions_between(start, end, (T.ORG, T.PLACE, T.PERSON)) if m.end < end),
                default=None)
    tok = doc.token_at(named) if named is not None else None
    if tok is None or tok.start != named or not ((tok.pos or "").startswith("v") or _lac_reads_verb(doc, tok, _LAC_VERBS)):
        return None
    return doc.text[named:end]


def _valued_goods(doc: Document, toks: list[Token], start: int, left: str) -> str:
    """送去慰问品（棉被）价值约2.3万元, 送出粮油和药品等慰问物资，价值7万元: a bare 价值 counts the value of
    the goods named right before it (past a bracketed aside or a comma); otherwise ``left`` as it is."""
    if left not in _listed("value_words"):
        return left
    k = start
    if doc.text[k - 1 : k] in "）)":
        k = max(doc.text.rfind("（", 0, k), doc.text.rfind("(", 0, k))
    elif doc.text[k - 1 : k] in "，,":
        k -= 1
    unit = next((w for w in units()["units"] if doc.text.endswith(w, 0, k)), None)
    if unit is not None and doc.text[k - len(unit) - 1 : k - len(unit)] in _NUMERAL_ENDS:
        return left  # 发放助学卡120张，总价值6万元: a figure, not goods, before the comma
    j = bisect_right([t.start for t in toks], k - 1) - 1
    goods = _noun_run(doc, toks, j, -1) if k > 0 and j >= 0 and toks[j].end == k else None
    return goods if goods and not doc.mentions_between(k - len(goods), k, (T.ORG, T.PLACE, T.PERSON)) else left


def _list_before(doc: Document, toks: list[Token], k: int) -> str | None:
    """快递员、保安员等约2600人, 劳模代表、工会干部等三百余人: the nouns listed before 等 (token ``k`` ends
    the last) name what a figure right after 等 counts; not a list of names (甲公司、乙公司等6家)."""
    end = toks[k].end
    start = None
    while k >= 0:
        run = _noun_run(doc, toks, k, -1)
        if run is None or not doc.text.endswith(run, 0, toks[k].end):
            break
        start = toks[k].end - len(run)
        while k >= 0 and toks[k].start >= start:
            k -= 1
        if k >= 1 and toks[k].end == start and toks[k - 1].text == "、" and (toks[k].pos or "")[:1] in ("v", "a"):
            start = toks[k].start  # 、防晒|口罩、: a verb or adjective opening a listed item is part of it
            k -= 1
        if k < 1 or toks[k].text not in ("、", "和", "及", "与") or toks[k].end != start:
            break
        k -= 1
    if start is None or doc.mentions_between(start, end, (T.PLACE, T.ORG, T.PERSON)):
        return None
    return doc.text[start:end]


def _act_counted(doc: Document, toks: list[Token], j: int, i: int, fact: FactItem) -> str | None:
    """A figure that no noun names counts the act the verbs right before it report (接待群众来电来访
    3000余次: 来电来访), or for people (``head_count_units``) those the noun before those verbs names
    (某校学生今年录取60人: 某校学生); a figure right before a verb closing the clause counts that act
    (代表（95%到会）); a head count before verbs and a noun naming people counts them all
    (6名受助在读研究生). Tokens ``j`` and ``i`` stand right before and after the figure."""
    u, linking = units(), _linking_words()
    if fact.unit in u["head_count_units"]:  # 6名受助在读研究生: verbs modifying the people named after them
        k = i
        while k < len(toks) and k - i < 2 and (toks[k].pos or "").startswith("v") \
                and toks[k].start == (toks[k - 1].end if k > i else fact.end):
            k += 1
        people = _noun_run(doc, toks, k, +1) if k > i and k < len(toks) and toks[k].start == toks[k - 1].end else None
        if people and people.endswith(_listed("person_heads")):
            return doc.text[fact.end : toks[k].start] + people
    nxt = toks[i] if i < len(toks) else None
    if nxt is not None and nxt.start == fact.end and _act_verb(nxt, linking) and len(nxt.text) > 1 \
            and (nxt.end >= len(doc.text) or doc.text[nxt.end] in PUNCTUATION):
        return nxt.text  # 吸引800余人参与。
    k = j
    pre = next((w for w in u["approx_before"] if doc.text.endswith(w, 0, fact.start) and len(w) > 1), "")
    while k >= 0 and (toks[k].text in linking or toks[k].start >= fact.start - len(pre)) and toks[k].end > fact.start - 4:
        k -= 1  # 互相听课不少于20节: past the linking or approximation words
    verbs: list[Token] = []
    while k >= 0 and len(verbs) < 2 and _act_verb(toks[k], linking) \
            and toks[k].end == (verbs[-1].start if verbs else toks[k + 1].start if k + 1 < len(toks) else fact.start):
        verbs.append(toks[k])
        k -= 1
    if not verbs or any(c in PUNCTUATION for c in doc.text[verbs[0].end : fact.start]):
        return None
    if len(verbs) == 1 and verbs[0].text in _listed("reach_verbs") and fact.unit in u["head_count_units"]:
        return _served_people(doc, toks, k)  # 为返乡农民工发放补贴，惠及1200人: not 惠及
    verbs.reverse()
    noun = _noun_run(doc, toks, k, -1) if k >= 0 and toks[k].end == verbs[0].start else None
    if noun in _not_acts():
        noun = None  # 今年计划覆盖2万人, 计划分8批: a plan, jieba's noun 计划, counts nothing
    if noun and fact.unit in u["head_count_units"] and not noun.endswith(_listed("doer_heads")) \
            and not _is_a_name(doc, verbs[0].start, noun, places=False):
        return noun  # 会员总数要达到5万人
    topic = _built_topic(doc, toks, k, verbs, fact)
    if topic:
        return topic
    if len(verbs) == 1 and len(verbs[0].text) == 1:  # 读书交流|会, 防暑|包: jieba split a noun's last character
        if noun is None and k >= 0 and toks[k].end == verbs[0].start and (toks[k].pos or "") in ("a", "an"):
            noun = toks[k].text
        return noun + verbs[0].text if noun else None  # not 两年|来
    return doc.text[verbs[0].start : verbs[-1].end]


def _served_people(doc: Document, toks: list[Token], k: int) -> str | None:
    """为返乡农民工发放交通补贴，预计惠及1200人: the people named after the last coverb of
    beneficiaries (为, 给, 对, 向) in the sentence before token ``k``, when they are people."""
    sent = doc.sentence_at(toks[k].start) if k >= 0 else None
    while sent is not None and k >= 0 and toks[k].start >= sent.start:
        if toks[k].text in ("为", "给", "对", "向") and toks[k].pos == "p":
            people = _noun_run(doc, toks, k + 1, +1) or _lac_noun_phrase(doc, toks[k].end, True)
            return people if people and people.endswith(_listed("person_heads")) else None
        k -= 1
    return None


def _built_topic(doc: Document, toks: list[Token], k: int, verbs: list[Token], fact: FactItem) -> str | None:
    """环卫工人工会组建14个, 职工书屋建成21家: a count (not of people) right after one of
    ``topic_count_verbs`` counts the plain noun before the verb (token ``k`` ends it), past a
    collective word (全区); jieba's 环卫工|会 is put together again. None for a named body (the builder)."""
    u = units()
    if u["units"].get(fact.unit, {}).get("kind") != "count" or fact.unit in u["head_count_units"]:
        return None
    suffix = ""
    if len(verbs) == 2 and verbs[0].text == "会" and k >= 0 and toks[k].text.endswith("工"):
        verbs, suffix = verbs[1:], "会"  # 环卫工|会|组建: the 会 of 工会
    if len(verbs) != 1 or verbs[0].text not in _listed("topic_count_verbs") or k < 0 \
            or toks[k].end != verbs[0].start - len(suffix):
        return None
    noun = _noun_run(doc, toks, k, -1)
    if not noun or _is_a_name(doc, toks[k].end, noun, places=False):
        return None
    start = toks[k].end - len(noun)
    start += next((len(w) for w in _cues()["collective_subjects"] if doc.text.startswith(w, start)), 0)
    return doc.text[start : toks[k].end] + suffix if start < toks[k].end else None


def _act_verb(tok: Token, linking: frozenset[str]) -> bool:
    """A verb (jieba's tag) that links nothing (not 达, 有) and names an act (not 预计, 要: ``not_acts``)."""
    return (tok.pos or "").startswith("v") and tok.text not in linking and tok.text not in _not_acts()


@lru_cache(maxsize=1)
def _not_acts() -> frozenset[str]:
    return frozenset(units()["not_acts"])


def _noun_with_verb(doc: Document, toks: list[Token], j: int, fact: FactItem) -> str | None:
    """互助金给付约3亿元, 户均增收300元, 会费缴款20万元: a money figure right after (past linking
    words) a verb that follows a noun directly counts the noun's payment or gain, noun and verb
    together; not when the noun is a named body, place or person or ends in a body's head
    (``doer_heads``: 某总工会投入…, 集团工会投入…: the doer), nor when a verb takes the noun as its object."""
    if units()["units"].get(fact.unit, {}).get("kind") != "money":
        return None
    linking = _linking_words()
    k = j
    while k >= 0 and j - k < 3 and toks[k].text in linking:
        k -= 1
    if k < 1 or not (toks[k].pos or "").startswith("v") or toks[k].text in linking \
            or toks[k - 1].end != toks[k].start or any(c in PUNCTUATION for c in doc.text[toks[k].end : fact.start]):
        return None
    noun = _noun_run(doc, toks, k - 1, -1)
    if noun is None or noun.endswith(_listed("doer_heads")) \
            or doc.mentions_between(toks[k].start - len(noun), toks[k].start, (T.ORG, T.PERSON, T.PLACE)):
        return None
    n = bisect_right([t.start for t in toks[max(0, k - 8) : k]], toks[k].start - len(noun)) - 1 + max(0, k - 8)
    if n > 0 and toks[n].start == toks[k].start - len(noun) and (toks[n - 1].pos or "").startswith("v") \
            and toks[n - 1].end == toks[n].start:
        return None  # 有机会获取50元: the noun is a verb's object, not the payer
    return noun + toks[k].text


def _became(doc: Document, toks: list[Token], tok_starts: list[int], fact: FactItem) -> str | None:
    """其中4人已晋升为技师: a head count followed (past ``become_adverbs``) by one of
    ``become_verbs`` counts what the people became, the noun phrase after the verb."""
    u, k = units(), fact.end
    if u["units"].get(fact.unit, {}).get("kind") != "count":
        return None
    k += next((len(w) for w in u["become_adverbs"] if doc.text.startswith(w, k)), 0)
    verb = next((w for w in u["become_verbs"] if doc.text.startswith(w, k)), None)
    if verb is None:
        return None
    k += len(verb)
    i = bisect_right(tok_starts, k - 1)
    if i < len(toks) and toks[i].start == k:
        return _noun_run(doc, toks, i, +1) or _lac_noun_phrase(doc, k)
    return _lac_noun_phrase(doc, k)


def _listed_with(doc: Document, prev: FactItem, fact: FactItem) -> bool:
    """Whether ``fact`` follows ``prev`` in a 、-list of counted nouns (5处站场、3个车间): only the
    noun ``prev`` counts and a 、 stand between them."""
    between = doc.text[prev.end : fact.start]
    if not between.endswith("、") or any(c in PUNCTUATION for c in between[:-1]):
        return False
    return bool(prev.object) and between[:-1] in ("", prev.object)


def _listed_after(doc: Document, toks: list[Token], tok_starts: list[int], fact: FactItem) -> str | None:
    """100元、150元、200元交通补贴: a figure in a 、-list of figures in the same unit counts the noun
    after the last one."""
    text, rx, pos = doc.text, _pattern(), fact.end
    while text.startswith("、", pos):
        m = rx.match(text, pos + 1)
        if m is None or units()["units"].get(m.group("unit") or "", {}).get("unit") != fact.unit:
            break
        pos = m.end()
    if pos == fact.end:
        return None
    i = bisect_right(tok_starts, pos - 1)
    if i < len(toks) and toks[i].start == pos:
        return _noun_run(doc, toks, i, +1) or _lac_noun_phrase(doc, pos)
    return _lac_noun_phrase(doc, pos)


def _one_of_a_set(text: str, fact: FactItem, u: dict) -> bool:
    """为职工所办八件实事之一, 五项重点工作之一: a count of things (not of people: 三名获奖职工之一 stays)
    whose noun right after it ends in 之一 names the set the thing belongs to, not a figure reported."""
    if not fact.object or fact.unit in u["head_count_units"]:
        return False
    k = text.find(fact.object, fact.end, fact.end + len(fact.object) + 2)
    return k >= 0 and text.startswith("之一", k + len(fact.object))


def _counts_a_slogan(text: str, fact: FactItem) -> bool:
    """A count right after a quoted slogan whose parts share the counted word (“主动走访、主动服务”两个主动)."""
    if fact.start == 0 or text[fact.start - 1] not in "”」" or not fact.object:
        return False
    opening = text.rfind("“" if text[fact.start - 1] == "”" else "「", max(0, fact.start - 40), fact.start - 1)
    return opening >= 0 and text.count(fact.object, opening, fact.start) >= 2


def _announces_a_list(text: str, fact: FactItem) -> bool:
    """重点推进三项工作：一是…: a count in Chinese numerals whose noun a colon and 一是/一是要/第一 follow
    announces the parts the text lists, like 从三个方面 (an outline, no figure reported)."""
    if fact.text[:1] in _DIGITS or not fact.object or not text.startswith(fact.object, fact.end):
        return False
    k = fact.end + len(fact.object)
    return text.startswith(("：", ":"), k) and text.startswith(("一是", "一、", "第一", "首先"), k + 1)


def _nominal_verb_after(toks: list[Token], i: int) -> str | None:
    """两次调解就…, 5场培训。: a verb that names an activity (``nominal_verbs``) right after the measure
    word is what is counted when an adverb, a particle or the clause end follows it, not when it takes
    an object (分12批组织全市劳模, 分8批组织800名职工: the predicate)."""
    if toks[i].text not in _nominal_verbs():
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.start != toks[i].end or nxt.text[0] in _PUNCT or (nxt.pos or "")[:1] in ("d", "c", "p", "u", "y"):
        return toks[i].text
    return None


def _before_linking(toks: list[Token], j: int, pos: int) -> int:
    """Where the linking words (共计, 累计: ``linking_words``) that end at ``pos`` begin; token ``j``
    is the one right before ``pos``."""
    linking = _linking_words()
    while j >= 0 and toks[j].end == pos and toks[j].text in linking:
        pos = toks[j].start
        j -= 1
    return pos


def _topic_before(doc: Document, toks: list[Token], tok_starts: list[int], pos: int) -> str | None:
    """A figure opening its clause with no noun of its own (…开办了托管班，两期共接收…): the noun phrase
    the clause before it ends with is what it counts."""
    k = pos
    while k > 0 and doc.text[k - 1] in " \u3000":
        k -= 1
    if k == 0 or doc.text[k - 1] not in "，,":
        return None
    j = bisect_right(tok_starts, k - 2)  - 1  # the token ending before the comma
    if j < 0 or toks[j].end != k - 1:
        return None
    word = next(iter(doc.lac_words.before(k - 1)), None)
    if any(m.end == k - 1 for m in doc.mentions_between(max(0, k - 30), k - 1, (T.PLACE,))) \
            or (word is not None and word[1] == k - 1 and word[2] == "LOC"):
        return None  # 在某市某区，3000余名…劳动者: the place frames the clause, it is not counted
    topic = _noun_run(doc, toks, j, -1)
    if topic in units()["units"] and doc.text[k - 2 - len(topic) : k - 1 - len(topic)] in _NUMERAL_ENDS:
        return None  # 慰问职工412名，共计8.6万元: the clause before ends with a figure, not a topic
    return topic


def _reported_duration(text: str, start: int, end: int, u: dict) -> bool:
    """此次协商历时近两个月，, 评选历时4个月，: a duration that a noun's cue word (``duration_cues``)
    reports, closing the clause, is what the clause states (annotation guidelines: durations); not
    after a comma (…启动，历时两个月: the time the act before took), nor before what it times (历时四个月
    拿出方案, 为期两天的大会)."""
    start -= next((len(w) for w in u["approx_span_words"] if text.endswith(w, 0, start)), 0)  # 历时近两个月
    cue = next((w for w in u["duration_cues"] if text.endswith(w, 0, start)), None)
    if cue is None or end < len(text) and text[end] not in PUNCTUATION:
        return False
    before = text[start - len(cue) - 1 : start - len(cue)]
    return bool(before) and before not in PUNCTUATION and not before.isspace()


def _pair_count(text: str, raw: str, unit_surface: str, start: int, end: int, u: dict) -> bool:
    """新增两家工会驿站, 两名代表: 两 alone before a count unit is a count of two (``pair_numeral`` in
    units.json), but not 两人 ('the two of them'), 两天 (a time adverb), 分两批 (a manner) nor 两个一百年
    (a slogan: a numeral follows); 两个维护, 两个字 count nothing and fall to ``not_fact_objects``. A
    duration after one of ``duration_cues`` is what is reported (历时两个月, 为期两天)."""
    pair = u.get("pair_numeral") or {}
    if raw == pair.get("numeral") and u["units"][unit_surface]["kind"] == "duration" \
            and _reported_duration(text, start, end, u):
        return True
    if raw != pair.get("numeral") or unit_surface in pair.get("not_units", ()) \
            or u["units"][unit_surface]["kind"] != "count":
        return False  # 两天, 两周: a time adverb
    if text.endswith(tuple(pair.get("not_after", ())), 0, start):
        return False  # 分两批: a manner
    after = text[end : end + 1]
    return not (after and (after.isdigit() or after in CN_NUMERAL_CHARS))


def _covered(mentions: list[Mention]) -> set[int]:
    out: set[int] = set()
    for m in mentions:
        if m.type in (T.INITIATIVE, T.ORG, T.PERSON, T.DOCUMENT, T.EVENT, T.DATE, T.PLACE):
            out.update(range(m.start, m.end))
    return out


# a quoted name or slogan (no sentence punctuation, at most 24 characters: none of the 14 such with a
# numeral in the annotated sets holds a fact, 2011年度某省十项工程劳动竞赛模范 neither)
_SHORT_QUOTE = re.compile(r"“([^“”，。！？；,!?;]{1,24})”|‘([^‘’，。！？；,!?;]{1,24})’")


# a quoted couplet or a longer parallel slogan: two to six parts of the same length, commas between
# (“辛苦我一个，幸福千万家”, “三项重点任务，五个服务平台，百日攻坚行动”): a slogan
_COUPLET = re.compile(r"“([^“”，。！？；,!?;、]{3,8}(?:[，,][^“”，。！？；,!?;、]{3,8}){1,5})”")


def _short_quotes(text: str) -> set[int]:
    """Characters inside a quoted name or slogan (“三个强县”, “十百千”, a couplet “某某一个，某某千万家”):
    the guidelines' numbers inside names and slogans, no facts."""
    out: set[int] = set()
    for m in _SHORT_QUOTE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        out.update(range(m.start(g), m.end(g)))
    for m in _COUPLET.finditer(text):
        if len({len(part) for part in re.split("[，,]", m.group(1))}) == 1:
            out.update(range(m.start(1), m.end(1)))
    return out


def _is_noun(t: Token) -> bool:
    return (t.pos or "").startswith(_NOUNISH) and t.text not in _STOP_WORDS and t.text[0] not in _PUNCT


_RATE_ENDS = frozenset({"率", "量"})  # jieba splits 持证率, 搜索量 into 持证|率, 搜索|量 and tags the first a verb


def _noun_run(doc: Document, toks: list[Token], i: int, step: int) -> str | None:
    """Contiguous noun-like tokens from index i going right (+1) or left (-1)."""
    if step > 0 and 0 <= i < len(toks) and toks[i].text == "的":
        i += 1
    run: list[Token] = []
    nominal = _nominal_verbs()
    while 0 <= i < len(toks) and len(run) < 6 and (_is_noun(toks[i]) or (step < 0 and toks[i].text in nominal)
                                  or (step < 0 and run and toks[i].pos == "s")  # 户外|劳动者
                                  or (step < 0 and _joins_leftwards(toks, i, bool(run)))
                                  or (step < 0 and run and _modifies(toks[i], run[-1]))  # 帮扶|救助|资金
                                  or _verbal_noun_inside(doc, toks, i, step, run)
                                  or (step > 0 and run and _bound_morpheme_inside(toks, i))
                                  or (step > 0 and run and i + 1 < len(toks) and _modifies(toks[i], toks[i + 1]))
                                  or (step > 0 and run and (_level_bound(toks, i, run[-1]) or _closing_verbal_head(doc, toks, i)))):
        if run and (toks[i].end != run[-1].start if step < 0 else toks[i].start != run[-1].end):
            break
        if step < 0 and run and run[-1].text in _listed("compound_modifiers") \
                and (doc.mention_at(toks[i].end - 1) is not None or toks[i].text in _cues()["collective_subjects"]):
            break  # 某总工会|补助|资金, 全县|参保|金额: the body or area that gives it is no part of the compound
        if step < 0 and _verb_pair_end(toks, i, run):
            break  # 走访|慰问|困难职工80人: the second verb of a pair, the predicate
        if step > 0 and _predicate_begins(doc, toks, i, bool(run)):
            break
        run.append(toks[i])
        i += step
        if step < 0 and run[-1].text in _RATE_ENDS and i >= 0 and toks[i].end == run[-1].start:
            run.append(toks[i])  # 持证|率, 脱困|率: the word a rate is of, whatever jieba tags it
            i += step
    if not run:
        return None
    if step > 0 and (quoted := _quoted_head(doc, run[-1])):
        return doc.text[run[0].start : run[-1].end] + quoted  # 900种特色优质“土特产”: the quoted noun
    doer = None
    if step < 0 and run[0].text in units()["head_count_words"] and i >= 0 and toks[i].end == run[-1].start \
            and (toks[i].pos or "").startswith("v"):
        doer = toks[i]  # 参赛|职工|人数: those who do it are counted
    if step < 0 and len(run) > 2 and i >= 0 and toks[i].text in ("该", "此") and toks[i].end == run[-1].start \
            and _lac_reads_verb(doc, run[-2], _LAC_VERBS):
        run.pop()  # 该|中心|办理|维权|案件: the head after 该 points back to the doer of the verb after it
    if step < 0 and len(run) > 1 and i >= 0 and toks[i].end == run[-1].start and _per_head(toks, i) \
            and (run[-1].pos or "").startswith("n") and not _modifies(run[-1], run[-2]):
        run.pop()  # 每名|劳模|慰问金1000元, 每户|困难职工|慰问金: whom the rate is per, not what is counted
    if step < 0:
        run.reverse()
        after_verb = _after_acting_verb(doc, toks, i, run[0])
        while len(run) > 1 and ((run[0].pos or "") in ("vn", "b") or _lac_reads_verb(doc, run[0], _LAC_VERBS)) \
                and not _modifies(run[0], run[1]) and not after_verb:  # 攻克|施工|技术难题: the verb before it acts
            run.pop(0)  # 发展会员, 产生常委: the verb is the predicate, not part of the object
        if len(run) > 1 and i >= 0 and toks[i].end == run[0].start and toks[i].pos == "m" \
                and run[0].text in units()["units"]:
            run.pop(0)  # 24|小时|工会驿站: the measure word of another figure
        if doer is not None and run[0].start == doer.end:
            run.insert(0, doer)
            who = _noun_run(doc, toks, i - 1, -1) if i > 0 and toks[i - 1].end == doer.start else None
            if who is not None:  # 快递员|入会|人数: who they are too, not where (全市, 某市)
                k = doer.start - len(who)
                k = max([k] + [m.end for m in doc.mentions_between(k, doer.start, (T.PLACE, T.ORG)) if m.start == k])
                k += next((len(w) for w in _cues()["collective_subjects"] if doc.text.startswith(w, k)), 0)
                return doc.text[k : run[-1].end]
    return doc.text[run[0].start : run[-1].end]


def _closing_verbal_head(doc: Document, toks: list[Token], i: int) -> bool:
    """150元返乡路费补助外, 400元的伙食补助。: a word jieba tags as a verb that heads a compound
    (compound_modifiers, nominal_verbs: 补助, 救助, 补贴) closing the phrase after a noun is its head;
    so is one that LAC reads as a noun word of its own there (12家社会|组织参加)."""
    word, before = toks[i].text, toks[i - 1].pos or ""
    if not before.startswith("n") or before == "vn" or _lac_reads_verb(doc, toks[i - 1], _LAC_VERBS):
        return False  # 为3.6万人次办理理赔: after a verb, the verb's object
    lac = doc.lac_words.starting_at(toks[i].start)
    if word in _nominal_verbs() and lac is not None and lac[1] == toks[i].end and lac[2] == "n":
        return True
    if word not in _listed("compound_modifiers") and word not in _nominal_verbs():
        return False
    return i + 1 >= len(toks) or toks[i + 1].text[:1] in _PUNCT or toks[i + 1].text in ("外", "等")


def _predicate_begins(doc: Document, toks: list[Token], i: int, started: bool) -> bool:
    """Read rightwards, token ``i`` opens the predicate: jieba's noun that LAC reads as a verb after the
    noun began (代表队|同台|比拼, 代表|出席会议), or first, a verb jieba reads as a person's name
    (某某等5人|荣获|个人一等奖)."""
    if started:
        return _lac_reads_verb(doc, toks[i]) and not _modifies_next(toks, i)
    return toks[i].pos == "nr" and _lac_reads_verb(doc, toks[i], _LAC_VERBS)


def _after_acting_verb(doc: Document, toks: list[Token], i: int, first: Token) -> bool:
    """攻克|施工|技术难题: a verbal noun right after a verb is part of the counted noun (not after a
    linking word jieba tags as a verb, unless LAC reads the verbal noun as a plain noun: 累计|建设|职工阵地
    and 累计|服务|职工, where the verb acts; but 共计|生活|救助金)."""
    return i >= 0 and toks[i].end == first.start and toks[i].pos == "v" and first.pos == "vn" \
        and (toks[i].text not in _linking_words() or _lac_tag(doc, first) == "n")


def _lac_tag(doc: Document, tok: Token) -> str | None:
    """LAC's tag for the very word jieba read as ``tok``, or None where LAC cuts it otherwise."""
    word = doc.lac_words.starting_at(tok.start)
    return word[2] if word is not None and word[1] == tok.end else None


def _verb_pair_end(toks: list[Token], i: int, run: list[Token]) -> bool:
    """走访|慰问|困难职工80人, 组织|培训|农民工: a nominal verb (units.json) right after another verb and
    before the people counted (person_heads) ends a verb pair; it is no part of the counted noun
    (unlike 发放|慰问|物资, 提供|就业|岗位: compounds)."""
    return bool(run) and toks[i].text in _nominal_verbs() and not _is_noun(toks[i]) and i > 0 \
        and toks[i - 1].end == toks[i].start and toks[i - 1].pos == "v" \
        and run[-1].text.endswith(_listed("person_heads"))


def _quoted_head(doc: Document, last: Token) -> str | None:
    """特色优质|“土特产”, 市级|“职工创新工作室”: a short quoted noun right after a word LAC reads as an
    adjective, or a level, is the head the run lacks (not after a noun: 职工“岗位能手”称号 names an honour)."""
    if not doc.text.startswith("“", last.end):
        return None
    word = doc.lac_words.starting_at(last.start)
    level = last.text.endswith("级") and len(last.text) <= 3  # 20个市级“职工(技能)创新工作室”: a level modifies it
    close = doc.text.find("”", last.end + 1, last.end + (20 if level else 12))
    quoted = doc.text[last.end + 1 : close] if close > 0 else ""
    if (not level and (word is None or word[1] != last.end or word[2] not in ("a", "b", "an"))) or not quoted \
            or any(c in PUNCTUATION and c not in "()（）" for c in quoted):
        return None
    return quoted


_LIST_ITEM = re.compile(r"、([^、，。；：！？,;:!?“”\s（）()]{1,8}?)(?=、|等)")


def _list_head(doc: Document, fact: FactItem, right: str) -> str:
    """价值2.4万元的大米、面粉、食用油等生活物资: a 、-list after the figure that closes with 等 counts
    the noun after 等 (the whole that the items name), or the whole list when none follows (…的米、面、
    油等。); not for head counts, whose lists _people_head reads."""
    if fact.unit in (*_listed("head_count_units"), "户"):
        return right
    start = doc.text.find(right, fact.end)
    if start < 0 or start - fact.end > 1:
        return right
    if fact.unit == "家" and not right.endswith(tuple(_listed("doer_heads"))):
        return _bodies_listed(doc, start, right)
    k = start + len(right)
    while (item := _LIST_ITEM.match(doc.text, k)) is not None and not doc.mentions_between(k, item.end()):
        k = item.end()
    if k == start + len(right) or not doc.text.startswith("等", k):
        return right
    head = _lac_noun_phrase(doc, k + 1)
    if head and doc.text.startswith(head, k + 1):
        return head
    return doc.text[start:k] if k + 1 >= len(doc.text) or doc.text[k + 1] in PUNCTUATION else right


def _bodies_listed(doc: Document, start: int, right: str) -> str:
    """86家竹木制品、山货加工企业: 家 counts bodies; when the noun after the figure names none, a
    、-list going on to an item that does (doer_heads: 企业, 公司, 单位) is what is counted, whole."""
    k, last = start + len(right), None
    while doc.text.startswith("、", k) and (item := _lac_noun_phrase(doc, k + 1)) \
            and doc.text.startswith(item, k + 1) and not doc.mentions_between(k + 1, k + 1 + len(item)):
        k, last = k + 1 + len(item), item
    return doc.text[start:k] if last and last.endswith(tuple(_listed("doer_heads"))) else right


def _people_head(doc: Document, fact: FactItem, right: str) -> str:
    """1046名建档困难职工家庭|生产生活难题: a head count's noun after it ends with the last word naming
    people (person_heads); nouns after that word say what about them, not who is counted."""
    heads = _listed("person_heads")
    if fact.unit not in (*_listed("head_count_units"), "户"):
        return right
    start = doc.text.find(right, fact.end)
    if start < 0:
        return right
    listed = _people_list_end(doc, start + len(right)) if fact.unit != "户" else None
    if listed is not None and not _glossed(doc, start + len(right), listed):
        return doc.text[start:listed]  # 30名新就业形态、非公企业女性劳动者, 60名学生及家长: the whole list names them
    if right.endswith(heads):
        return right
    ends = [t.end - start for t in doc.tokens_between(start, start + len(right))
            if start < t.end < start + len(right) and doc.text[start : t.end].endswith(heads)]
    return right[: ends[-1]] if ends else right


def _people_list_end(doc: Document, pos: int) -> int | None:
    """Where a list of nouns that starts at ``pos`` (right after the first item) ends, when its last
    item ends with a word naming people (person_heads): 新就业形态|、非公企业女性劳动者, 环卫工人|、快递员和
    外卖骑手, 受助学生|及家长, 困难职工|及其家属 (coordinated_joins: the whole list is counted); else None.
    An item that names a body, place or person (50名职工代表和某总工会领导) ends the list before it."""
    text, heads = doc.text, _listed("person_heads")
    joins = sorted(_listed("coordinated_joins"), key=len, reverse=True)
    k, end = pos, None
    while k < min(len(text), pos + 30) and (join := next((w for w in joins if text.startswith(w, k)), None)):
        tok = doc.token_at(k + len(join))
        run = []
        while tok is not None and tok.start == (run[-1].end if run else k + len(join)) and _is_noun(tok) and len(run) < 4:
            run.append(tok)
            tok = doc.token_at(tok.end)
        if not run or doc.mentions_between(run[0].start, run[-1].end, (T.ORG, T.PLACE, T.PERSON)):
            return end if join != "、" else None
        k = run[-1].end
        end = k if text[run[0].start : k].endswith(heads) else None
    return end


def _joins_leftwards(toks: list[Token], i: int, started: bool) -> bool:
    """Tokens that jieba tags as no noun but that belong to the noun run read leftwards from a figure:
    外来|务工人员 (noun_localities), 施工|新|技术 (an adjective inside), 会员|之家 (bound_heads, first),
    岗位|之|星; 会员|数 (first: a count's head that jieba tags a numeral, right after a noun)."""
    t = toks[i]
    if not started:
        return t.text in _listed("bound_heads") or (
            t.text == "数" and t.pos == "m" and i > 0 and toks[i - 1].end == t.start and _is_noun(toks[i - 1]))
    return t.text in _listed("noun_localities") or _adjective_inside(toks, i) \
        or (t.text == "之" and i > 0 and _is_noun(toks[i - 1]))


def _adjective_inside(toks: list[Token], i: int) -> bool:
    """施工|新|技术: a one-character adjective between two nouns (reading leftwards) is inside the noun."""
    return toks[i].pos == "a" and len(toks[i].text) == 1 and i > 0 and toks[i - 1].end == toks[i].start \
        and ((toks[i - 1].pos or "").startswith("n") or toks[i - 1].pos == "vn")


def _per_head(toks: list[Token], i: int) -> bool:
    """每户, 每人, 每|名: a distributive word (jieba's 每… pronoun, or 每 and a measure word) at token i."""
    t = toks[i]
    if t.text.startswith("每") and len(t.text) == 2 and t.pos == "r":
        return True
    return i > 0 and toks[i - 1].text == "每" and toks[i - 1].end == t.start and t.pos in ("q", "m", "n") and len(t.text) == 1


def _lac_noun_word(doc: Document, toks: list[Token], i: int, step: int, run: list[Token]) -> bool:
    """Words jieba reads otherwise that LAC reads as part of a noun: a verb that LAC joins with the
    noun after it into one noun (爱心|托管|班: 托管班, 3个爱心托管班; 劳务|派遣|工), and a time word that LAC reads
    as a plain noun (单身|青年|职工: 4对单身青年职工, 青年|职工30名); read rightwards, a bound head
    (units.json bound_heads) ends the noun it follows, whole or cut 之|家 (2个货车司机之家)."""
    tok = toks[i]
    bound = _listed("bound_heads")
    if step > 0 and run and (tok.text in bound or "之" + tok.text in bound and run[-1].text == "之"
                             or tok.text == "之" and i + 1 < len(toks) and "之" + toks[i + 1].text in bound):
        return True
    if tok.pos == "t":
        word = doc.lac_words.starting_at(tok.start)
        return word is not None and word[1] == tok.end and word[2] == "n"
    nxt = run[-1] if step < 0 and run else toks[i + 1] if step > 0 and run and i + 1 < len(toks) else None
    word = doc.lac_words.ending_at(nxt.end) if nxt is not None and nxt.start == tok.end else None
    return (tok.pos or "").startswith("v") and word is not None and word[0] <= tok.start \
        and word[2] in ("n", "nz", "vn") and _is_noun(nxt)  # 劳务|派遣|工: LAC's 劳务派遣工


def _bound_morpheme_inside(toks: list[Token], i: int) -> bool:
    """214件法|援|案件: a one-character verb morpheme (jieba's vg) between two nouns is part of a word
    jieba cut apart, not a verb."""
    return toks[i].pos == "vg" and len(toks[i].text) == 1 and i + 1 < len(toks) \
        and toks[i + 1].start == toks[i].end and _is_noun(toks[i + 1])


def _level_bound(toks: list[Token], i: int, last: Token) -> bool:
    """96名市级|以上|劳模, 108家规模|以上|企业, 23万家百人|以上|企业: 以上 or 以下 after a level (…级,
    规模, a head count) and before a noun bounds the level, inside the counted noun phrase."""
    return toks[i].text in ("以上", "以下") and (last.text.endswith(("级", "规模", "百人", "千人", "万人"))
                                              or last.text == "人") and i + 1 < len(toks) \
        and toks[i + 1].start == toks[i].end and _is_noun(toks[i + 1])


def _modifies_next(toks: list[Token], i: int) -> bool:
    """暖心|慰问|物资: token i is a verb of compound_modifiers right before its compound head."""
    return i + 1 < len(toks) and _modifies(toks[i], toks[i + 1])


def _modifies(tok: Token, nxt: Token) -> bool:
    """救助|对象, 帮扶|救助|资金, 借阅|证: a verb of compound_modifiers right before a compound head (or
    before another such verb) is part of the counted noun, not the predicate (units.json)."""
    if tok.end == nxt.start and tok.text in _listed("people_modifiers") and _is_noun(nxt):
        return True  # 工会|建档立卡|困难职工|家庭: a verb that qualifies the people named after it
    return tok.end == nxt.start and tok.text in _listed("compound_modifiers") \
        and (nxt.text.endswith(_listed("compound_heads")) or nxt.text in _listed("compound_modifiers"))


@lru_cache(maxsize=1)
def _festivals() -> frozenset[str]:
    """Festival names (dates.json): 春节, 中秋, 端午节, 元宵节."""
    d = json_data("dates.json")
    names = set(d["festivals_solar"]) | set(d["festivals_lunar_new_year"]) | set(d["festivals_by_year"])
    return frozenset(names | {n + "节" for n in names if not n.endswith("节")})


def _festival_noun(doc: Document, toks: list[Token], i: int) -> str | None:
    """2400份春节暖心礼包, 500盒中秋月饼: a festival's name right after the measure word opens the
    counted noun (what the goods are for), it does not end it; not when a 的 follows (1200名春节坚守
    岗位的职工: the festival times a relative clause)."""
    if i + 1 >= len(toks) or toks[i].text not in _festivals() or toks[i + 1].start != toks[i].end:
        return None
    rest = _noun_run(doc, toks, i + 1, +1) or _lac_noun_phrase(doc, toks[i].end)
    if not rest or doc.text.startswith("的", toks[i].end + len(rest)):
        return None
    return toks[i].text + rest


def _adjective_noun(doc: Document, toks: list[Token], i: int) -> str | None:
    """36名优秀女职工, 五次正式会谈: an adjective right after the measure word, then the counted noun;
    so a verb of ``people_modifiers`` (450名在职省级劳模, 10名退休老教师)."""
    if i + 1 >= len(toks) or toks[i + 1].start != toks[i].end:
        return None
    if toks[i].text in _listed("people_modifiers"):
        rest = _noun_run(doc, toks, i + 1, +1) or _adjective_noun(doc, toks, i + 1)
        return toks[i].text + rest if rest else None
    if toks[i].pos not in ("a", "ad"):
        return None
    rest = _noun_run(doc, toks, i + 1, +1)
    return doc.text[toks[i].start : toks[i + 1].start] + rest if rest else None


def _programme_after(doc: Document, pos: int) -> str | None:
    """授予48个湖南省职工(技能)创新工作室称号: a programme named right after the figure is what it counts,
    brackets and all; so is an honour after the awardees' word (80名同志县五一劳动奖章)."""
    word = next((w for w in units()["awardee_words"] if doc.text.startswith(w, pos)), "")
    m = next((m for m in doc.mentions_between(pos, pos + 40, (T.INITIATIVE,)) if m.start == pos + len(word)), None)
    if m is None:
        return None
    return m.text if word or any(c in m.text for c in "(（") else None


def _titled_after(doc: Document, pos: int) -> str | None:
    """发放1本《职工维权手册》: a document titled right after the figure's unit is what it counts (the
    title without its marks), as one before the figure is (``_mention_ending_near``)."""
    if not doc.text.startswith("《", pos):
        return None
    m = next((m for m in doc.mentions_between(pos + 1, pos + 60, (T.DOCUMENT,)) if m.start == pos + 1), None)
    return m.text if m is not None else None


def _verbal_noun_inside(doc: Document, toks: list[Token], i: int, step: int, run: list[Token]) -> bool:
    """示范性|创新|工作室, 职工|服务|中心: a word LAC reads as a verbal noun between two nouns is part of
    the noun phrase (read rightwards), not its predicate; so are the words of ``_lac_noun_word``."""
    if _lac_noun_word(doc, toks, i, step, run):
        return True
    if step < 0 or not run:
        return False
    word = doc.lac_words.starting_at(toks[i].start)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (word is not None and word[1] == toks[i].end and word[2] == "vn" and nxt is not None
            and nxt.start == toks[i].end and _is_noun(nxt))


_LAC_VERBAL = frozenset({"v", "vd", "ad", "d", "s"})  # verbs, adverbs and places (现场): no part of a counted noun
_LAC_VERBS = frozenset({"v", "vd", "ad", "d"})  # before the noun a place word may stand: 户外|劳动者


def _lac_reads_verb(doc: Document, tok: Token, tags: frozenset[str] = _LAC_VERBAL) -> bool:
    """LAC reads the very same word as a verb, an adverb or (by default) a place word."""
    word = doc.lac_words.starting_at(tok.start)
    return word is not None and word[1] == tok.end and word[2] in tags


@lru_cache(maxsize=1)
def _change_verbs() -> tuple[str, ...]:
    ch = units()["change"]
    return tuple(v + t for v in ch["change_verbs"] for t in ch["to_words"])


def _change_topic(doc: Document, toks: list[Token], tok_starts: list[int], fact: FactItem) -> str | None:
    """X由A提高到B, X从最初的A发展到B, X由每班A减少到B: both figures count X, the noun run
    before 由/从 (``change`` in units.json)."""
    ch, text = units()["change"], doc.text
    sent = doc.sentence_at(fact.start)
    start = _clause_start(doc, fact.start, sent.start if sent else 0)
    verbs = _change_verbs()
    before = text[start : fact.start]
    k = max(before.rfind(w) for w in ch["from_words"])
    if k < 0:
        return None
    between = _without_dates(doc, start + k + 1, fact.start)  # 从2016年每户每年760元提高到2022年底9200元
    area = next((w for w in _cues()["collective_subjects"] if between.endswith(w)), "")
    between = between[: len(between) - len(area)]  # 从最初60余名发展到全市700余人: the area of the new figure
    if between.rstrip("约近").endswith(verbs):  # the second figure: 由A提高到B
        first = between[: -len(next(v for v in verbs if between.rstrip("约近").endswith(v)))]
        if not any(c.isdigit() or c in CN_NUMERAL_CHARS or c == "半" for c in first) and "分之" not in first:
            return None
    elif (between.strip() not in ("", *ch["from_modifiers"]) and not _time_modifier(doc, start + k + 1, fact.start)) \
            or not text[fact.end : fact.end + 8].lstrip("左右").startswith(verbs):
        return None
    at = start + k  # the 由/从: the noun run ends right before it, or before an adverb (座位将从…)
    i = bisect_right(tok_starts, at - 1) - 1
    if 0 < i and toks[i].end == at and toks[i].pos == "d" and toks[i - 1].end == toks[i].start:
        i -= 1
    if i < 0 or toks[i].end != toks[i + 1].start:
        return None
    topic = _noun_run(doc, toks, i, -1)
    k = toks[i].end - len(topic or "")
    owner = next((m for m in doc.mentions_between(k, toks[i].end, (T.ORG, T.PLACE)) if m.start == k), None)
    return topic[owner.end - k :] if topic and owner and owner.end < toks[i].end else topic  # 某工会|会员数


def _without_dates(doc: Document, start: int, end: int) -> str:
    """The text of [start, end) less the dates in it (从2016年每户每年760元: 每户每年)."""
    out, k = [], start
    for m in doc.mentions_between(start, end, (T.DATE,)):
        out.append(doc.text[k : m.start])
        k = max(k, m.end)
    return "".join(out) + doc.text[k:end]


def _time_modifier(doc: Document, start: int, end: int) -> bool:
    """Whether [start, end) is a time word and 的 (由上年末的60%提高到…): LAC reads it as a time."""
    if end - start < 2 or doc.text[end - 1] != "的":
        return False
    words = list(takewhile(lambda w: w[0] < end - 1, doc.lac_words.after(start)))
    return bool(words) and words[0][0] == start and words[-1][1] == end - 1 and all(w[2] == "TIME" for w in words)


def _compared_topic(doc: Document, toks: list[Token], tok_starts: list[int], fact: FactItem,
                    earlier: list[FactItem]) -> str | None:
    """X比去年提高N, X较上年增长N%: the figure is a change of X, the noun run before 比/较 (not the
    base after it); …达A，比去年提高N: a clause opening with the marker speaks of what the figure
    before it in the sentence counts (``comparison_markers`` in units.json)."""
    ch, text = units()["change"], doc.text
    sent = doc.sentence_at(fact.start)
    start = _clause_start(doc, fact.start, sent.start if sent else 0)
    while start < fact.start and text[start] in " \u3000":
        start += 1
    marks = [t for t in toks[bisect_right(tok_starts, start - 1) : bisect_right(tok_starts, fact.start - 1)]
             if t.text in ch["comparison_markers"] and t.start >= start]
    if not marks:
        return _surpassing_topic(doc, toks, tok_starts, start, fact)
    at = marks[-1].start
    between = text[marks[-1].end : fact.start]
    for w in sorted(units()["approx_before"], key=len, reverse=True):
        if between.endswith(w):
            between = between[: -len(w)]
            break
    between = between.removesuffix("了")
    if not between.endswith(tuple(ch["change_verbs"] + ch["comparison_verbs"])) or any(c in PUNCTUATION for c in between):
        return None
    if at == start:
        prev = earlier[-1] if earlier else None
        return prev.object if prev is not None and sent is not None and sent.start <= prev.start < at else None
    i = bisect_right(tok_starts, at - 1) - 1
    if i < 0 or toks[i].end != at:
        return None
    return _noun_run(doc, toks, i, -1)


def _surpassing_topic(doc: Document, toks: list[Token], tok_starts: list[int], start: int, fact: FactItem) -> str | None:
    """增幅高于全市3个百分点, 工资增幅低于全市平均水平1个百分点: a margin right after what X is compared with
    (``surpassing_markers``, then a short base with no verb) counts the margin of X, the noun run before."""
    for t in toks[bisect_right(tok_starts, start - 1) : bisect_right(tok_starts, fact.start - 1)]:
        base = doc.text[t.end : fact.start]
        if t.start >= start and t.text in units()["change"]["surpassing_markers"] and 0 < len(base) <= 8 \
                and not any(c in PUNCTUATION for c in base) \
                and not any((b.pos or "").startswith(("v", "p")) for b in doc.tokens_between(t.end, fact.start)):
            i = bisect_right(tok_starts, t.start - 1) - 1
            topic = (_noun_run(doc, toks, i, -1) if i >= 0 and toks[i].end == t.start else None) \
                or _lac_noun_phrase_before(doc, t.start)  # 经济|增速: jieba's verb, LAC's noun
            lead = next((w for w in _cues()["collective_subjects"] if topic and topic.startswith(w)), "")
            return topic[len(lead):] or None if topic else None
    return None


_QUOTES = "“”‘’、"  # quotes and list marks inside a modifier (60位患有“某病”的职工, 以快递员、外卖员为主的): no break


def _after_modifier(doc: Document, toks: list[Token], tok_starts: list[int], i: int, pos: int) -> str | None:
    """120名来自各地的困难职工子女, 5家新建的母婴室, 三天的比拼: when no noun follows the number
    at once (or only a noun with its adjective: 12家信誉高、待遇好的企业; or jieba's word runs across
    the measure word: 10|名患|重大疾病的职工), the noun after the 的 that closes its modifier (in the same clause, close by; quotes inside the modifier do not end it)."""
    word = doc.lac_words.starting_at(pos)
    straddled = 0 < i <= len(toks) and toks[i - 1].start < pos < toks[i - 1].end \
        and word is not None and word[2] in _LAC_VERBS  # 10|名患|重大疾病的职工, not 5|个区|的…: LAC's verb
    if not straddled and (i >= len(toks) or toks[i].start != pos):
        return None
    n = i
    while n < min(len(toks) - 1, i + 3) and _is_noun(toks[n]) and toks[n + 1].start == toks[n].end:
        n += 1
    rated = not straddled and n > i and toks[n].pos == "a"  # 社会|信誉|高
    if not straddled and _is_noun(toks[i]) and not _lac_reads_verb(doc, toks[i], _LAC_VERBS) and not rated \
            and toks[i].text not in _listed("relative_openers"):
        return None  # 27名身患|重病的环卫工, 46名患病的退休职工: jieba's noun, LAC's verb, opens the modifier
    text = doc.text  # 12家信誉|高、待遇|好的企业: a noun and its adjective open the modifier, 、 inside it
    k = pos
    while k < min(len(text), pos + 16) and (text[k] not in PUNCTUATION or text[k] in _QUOTES
                                            or (rated and text[k] == "、")):
        if text[k].isdigit():
            date = doc.mention_at(k)
            if date is None or date.type != T.DATE:
                return None  # another figure
            k = date.end  # 9件2023年为职工办理的实事: a date inside the modifier
            continue
        if text[k] == "的":
            j = bisect_right(tok_starts, k)  # the token after 的
            if j < len(toks) and toks[j].start == k + 1:
                noun = _noun_run(doc, toks, j, +1) or _lac_noun_phrase(doc, k + 1)
                end = k + 1 + len(noun or "")
                verb = next((t for t in toks[j : j + 6] if t.start == end), None) if noun else None
                if verb is not None and verb.text in _nominal_verbs() and (verb.end >= len(text) or text[verb.end] in CLAUSE_BREAKS):
                    noun += verb.text  # 9万元的工伤|赔偿。: a nominal verb closing the phrase names the payment
                if (noun is None or text.startswith("的", k + 1 + len(noun))) and "的" in text[k + 1 : pos + 20]:
                    k += 1  # 来自山区的|家庭困难的|职工子女, 在一线工作的|获得表彰的|劳模: a second modifier
                    continue
                return None if noun in _listed("time_clause_ends") else noun  # …难题的同时: a time frame
            return None
        k += 1
    return None


_LAC_NOUN = frozenset({"n", "nz", "nw", "vn", "an", "s", "ORG", "LOC", "PER"})  # LAC tags
_LAC_MODIFIER = frozenset({"a", "v", "ad", "b", "f"})
_LAC_ADJECTIVES = frozenset({"a", "b"})  # modifiers that may stand two in a row before the noun


def _times(value: float, mult: float) -> float:
    """value × multiplier in decimal arithmetic, as written: 337.34万 is 3373400, not 3373399.9999999995."""
    return float(Decimal(repr(value)) * Decimal(repr(mult))) if mult != 1 else value


def _lac_noun_phrase(doc: Document, pos: int, people: bool = False) -> str | None:
    """The noun phrase right after a number by LAC's tags, when jieba's tags give none: jieba tags
    words after a numeral by its HMM (14家|超市 'v', 4个|休息 'v'), LAC reads 超市, 休息点, 偏远小站,
    受助学生 as nouns. Modifiers (偏远, 受助) count only before a noun; a quoted name right after
    the number (6个“妈咪小屋”, 2600名“小候鸟”) is taken whole."""
    words = doc.lac_words.after(pos)  # read one word at a time: later pieces stay undecoded
    word = next(words, None)
    if word is not None and word[0] == pos and doc.text[pos] in "“‘":
        for m in doc.mentions_between(pos, min(len(doc.text), pos + 40), (T.INITIATIVE, T.ORG)):
            if m.start == pos + 1:
                return m.text
        close = doc.text.find("”" if doc.text[pos] == "“" else "’", pos + 1, pos + 26)
        quoted = doc.text[pos + 1 : close] if close > pos + 1 else ""
        if not quoted or any(c in PUNCTUATION for c in quoted):
            return None
        head = _lac_noun_phrase(doc, close + 1) if close + 1 < len(doc.text) and doc.text[close + 1] not in "“‘" else None
        if head and not head.startswith(_listed("honour_words")):
            return quoted + head  # 3张“满100减30元”购书券: the quote modifies the noun
        return quoted  # 1.5万名“小候鸟”, 12人“某某先进个人”称号
    end = pos  # the phrase so far: words must follow one another
    taken = 0
    verb_first = word is not None and word[0] == pos and word[2] == "v"
    while word is not None and taken < 5 and word[0] == end:
        _, e, tag = word
        following = None
        if tag not in _LAC_NOUN or (taken and tag == "s"):
            if tag not in _LAC_MODIFIER or (taken and tag == "v"):
                break  # 选手|参加|决赛: a verb after the noun is the predicate
            following = next(words, None)  # a modifier counts only before a noun
            if tag in _LAC_ADJECTIVES and following is not None and following[2] in _LAC_ADJECTIVES \
                    and following[0] == e:  # 贫困|准|研究生: two adjectives before the noun
                third = next(words, None)
                if third is None or third[2] not in _LAC_NOUN or third[0] != following[1]:
                    break
                end, taken, word = following[1], taken + 2, third
                continue
            if following is None or following[2] not in _LAC_NOUN or following[0] != e:
                break
            if tag == "v" and (following[2] not in ("n", "nz") or _jieba_preposition(doc, word)):
                break  # 受助|学生, not 来到|北镇市 or 予以|解决: a verb before a name or a verbal noun is the predicate,
                # nor 为|社会…: a copula or preposition (jieba's p) opens a complement, not a modifier
        end = e
        taken += 1
        word = following if following is not None else next(words, None)
    if people and verb_first and (end >= len(doc.text) or doc.text[end] in CLAUSE_BREAKS + "（(") \
            and not doc.text[pos:end].endswith(_listed("person_heads")):
        return None  # 200人出席会议。, 为3万人次办理理赔。: after a head count, a verb and an object that
        # names no people, closing the clause, are what the people do (not 20名获奖职工。)
    return doc.text[pos:end] if end > pos else None


def _jieba_preposition(doc: Document, word: tuple[int, int, str]) -> bool:
    """Whether jieba reads the same span as LAC's ``word`` as a preposition (为, 被, 对)."""
    toks = doc.tokens_between(word[0], word[1])
    return len(toks) == 1 and toks[0].start == word[0] and toks[0].end == word[1] and toks[0].pos == "p"


def _lac_noun_phrase_before(doc: Document, pos: int) -> str | None:
    """The noun phrase right before a number by LAC's tags (nouns only, at most three words)."""
    start = pos
    for ws, we, tag in doc.lac_words.before(pos):
        if not (we == start and tag in _LAC_NOUN and pos - ws <= 8):
            break
        start = ws
        if pos - start >= 6:
            break
    return doc.text[start:pos] if start < pos else None


def _quoted_before(doc: Document, pos: int) -> str | None:
    """这样的“暖心驿站”有24个: a short quoted name right before the linking word."""
    text = doc.text
    if pos <= 0 or text[pos - 1] not in "”’":
        return None
    open_at = text.rfind("“" if text[pos - 1] == "”" else "‘", max(0, pos - 14), pos - 1)
    name = text[open_at + 1 : pos - 1] if open_at >= 0 else ""
    return name if name and not any(c in PUNCTUATION for c in name) else None


def _after_place(doc: Document, pos: int, left: str) -> str | None:
    """``left`` (ending at ``pos``) when what follows the PLACE mention opening it is a noun that names
    people (person_heads: 某省技术能手2人, 某市职工3000人: counted as the article names them), else None."""
    start = pos - len(left)
    place = next((m for m in doc.mentions_between(start, pos, (T.PLACE,)) if m.start == start and m.end < pos), None)
    if place is None or any(m.end == pos for m in doc.mentions_between(start, pos, (T.ORG, T.PERSON))):
        return None
    rest = doc.text[place.end : pos]
    return left if len(rest) >= 2 and rest.endswith(_listed("person_heads")) and not _PUNCT & set(rest) else None


def _is_a_name(doc: Document, pos: int, left: str, places: bool = True) -> bool:
    """Whether ``left``, ending at ``pos``, is exactly an ORG or PERSON mention, or (with ``places``:
    right before the figure) opens with a PLACE mention (某区250人, not 某县职工脱困率达到88%)."""
    origin = tuple(units()["origin_markers"])  # 绩溪籍务工人员: a place of origin describes the people counted
    return any(m.start == pos - len(left) and ((places and m.type == T.PLACE and not doc.text.startswith(origin, m.end))
                                               or m.end == pos)
               for m in doc.mentions_between(pos - len(left), pos, (T.PLACE, T.ORG, T.PERSON)))


def _threshold_approx(text: str, s: int, e: int, approx: str, after: str | None) -> str:
    """50个以上 in a target or a condition (units.json threshold_cues before it in the sentence: 力争,
    计划, 预计, 年内; or 在…以上的: 收入在50万元以上的) is at_least (annotation guidelines), not more_than;
    a bound word earlier in the clause (至少配备3名, 不少于总名额的70%: bound_in_clause) sets its own."""
    cues = units()["threshold_cues"]
    sent = _after_last_break(text, "。！？；\n", s)
    condition = text.startswith("的", e + len(after or "")) and text.endswith("在", 0, s)  # 在50万元以上的
    if after == "以上" and (condition or any(w in text[sent:s] for w in cues["before"])):
        return "at_least"
    clause = _after_last_break(text, CLAUSE_BREAKS, s)
    if approx == "exact":
        return next((a for w, a in cues["bound_in_clause"].items() if w in text[clause:s]), approx)
    return approx


def _approx_after(text: str, pos: int) -> tuple[str, str] | None:
    """The approximation word written right after a figure (以上, 左右, 多: units.json approx_after,
    none the beginning of another) and what it makes of the value."""
    return next(((w, a) for w, a in units()["approx_after"].items() if text.startswith(w, pos)), None)


def _approx_after_len(doc: Document, pos: int) -> int:
    """The length of an approximation word written after the figure (50个以上, 30人左右), else 0:
    such a word stays outside the span and the counted noun follows it. One-character words
    (多, 余) are inside the span already."""
    after = _approx_after(doc.text, pos)
    return len(after[0]) if after is not None and len(after[0]) > 1 else 0


@lru_cache(maxsize=32)
def _listed(key: str) -> tuple[str, ...]:
    """A word list of units.json as a tuple, read once (the rules test it for every figure)."""
    return tuple(units()[key])


@lru_cache(maxsize=1)
def _linking_words() -> frozenset[str]:
    """Words between a counted noun and its number (收缴率达95.6%): the object is looked for before them."""
    return frozenset(units()["linking_words"])


@lru_cache(maxsize=1)
def _nominal_verbs() -> frozenset[str]:
    """Words jieba tags as verbs that name the counted thing before a number (受理申请152件)."""
    return frozenset(units()["nominal_verbs"])


def _mention_ending_near(doc: Document, pos: int) -> str | None:
    """A quoted initiative or name right before the number (创建“凉都工匠场”32家), or a titled
    document (赠送《职工维权手册》1300余册)."""
    text = doc.text
    p = pos
    while p > 0 and text[p - 1] in "”’」』》":
        p -= 1
    if p == pos:
        return None
    for m in doc.mentions_between(max(0, p - 40), p, (T.INITIATIVE, T.ORG, T.DOCUMENT)):
        if m.end == p:
            return m.text
    return None


def _verb_before(doc: Document, toks: list[Token], j: int, left: str | None) -> str | None:
    k = j
    if left:
        n = len(left)
        while k >= 0 and n > 0:
            n -= len(toks[k].text)
            k -= 1
    steps = 0
    while k >= 0 and steps < 4:
        t = toks[k]
        if t.text[0] in _PUNCT:
            return None
        if t.text == units()["subjectless"]["participants_before"]:
            k -= 1  # 吸引来自全区的48支队伍: where they come from, the verb before it is the predicate
            steps += 1
            continue
        if t.text in _not_acts() and t.text not in units()["subjectless"]["existential_before"]:
            return None  # 预计有…, 每月能多拿…: planning or ability names no act (共有 still links a count)
        measure = k > 0 and toks[k - 1].pos == "m" and toks[k - 1].end == t.start  # 16|支|队伍: a measure word
        inside_name = _in_a_name(doc, t.start)  # 上海华帆旗|申|汽车有限公司: no verb
        if (t.pos or "").startswith("v") and t.text not in ("是", "有") and not measure and not inside_name:
            prev = toks[k - 1] if k > 0 else None
            if t.text in _COMPLEMENTS and prev is not None and prev.end == t.start and len(prev.text) == 1 \
                    and (prev.pos or "").startswith("v"):
                return prev.text + t.text  # 送|去: the verb with its direction
            return t.text
        k -= 1
        steps += 1
    return None


def _in_a_name(doc: Document, pos: int) -> bool:
    """Whether ``pos`` lies inside a PERSON, ORG, PLACE or INITIATIVE mention."""
    m = doc.mention_at(pos)
    return m is not None and m.type in (T.PERSON, T.ORG, T.PLACE, T.INITIATIVE)


_COMPLEMENTS = frozenset("去来上下出回到给")  # directions a one-character verb takes (送去, 送上, 发出)


def _sentence_of(doc: Document, pos: int) -> tuple[int, int] | None:
    s = doc.sentence_at(pos)
    return (s.start, s.end) if s else None


def _clause_initial(doc: Document, pos: int) -> bool:
    text = doc.text
    k = pos - 1
    while k >= 0 and text[k] in " \u3000":
        k -= 1
    return k < 0 or text[k] in PHRASE_BREAKS


_SPEAKER = re.compile(char_class(CLAUSE_BREAKS, negate=True) + r"{0,24}?(?:介绍|表示|说|告诉记者|透露|坦言)[，:：]")
_ENTERPRISE_ANAPHOR = re.compile(r"(?:今年|去年|目前|近年来)?[，]?(?:该公司|公司|企业|该集团|集团)(?!工会)")


def _initiative_by_head(doc: Document, start: int, pos: int) -> int | None:
    """工作室累计攻克技术难题57项, 本届运动会由…主办，设置18个项目: a clause of the fact's sentence
    opening with a bare head word (``subject_heads``; after a demonstrative also an event's head)
    speaks of the initiative or event with that head named last before it."""
    cues, text = _cues(), doc.text
    heads = tuple(initiatives()["subject_heads"])
    clause = max(start, *(text.rfind(p, start, pos) + 1 for p in CLAUSE_BREAKS))
    first = _clause_end(doc, start)
    lead = text[start:first].strip(" \u3000")
    opening = (first + 1,) if first < clause and (_ADVERBIAL.search(lead) or _SINCE.fullmatch(lead)) else ()
    for c in (clause, start, *opening):  # 两年来，工作室累计…，取得…: past an opening adverbial clause
        k = c
        while k < pos and text[k] in " \u3000":
            k += 1
        shown = next((w for w in cues["demonstratives"] if text.startswith(w, k)), "")
        k += len(shown)
        head = next((h for h in (heads + tuple(cues["event_heads"]) if shown else heads) if text.startswith(h, k)), None)
        if head is None:
            continue
        if shown and text[k + len(head) : k + len(head) + 1] in ("，", ",") and any(
                m.entity is not None and _opens_clause(doc, m) for m in doc.mentions_between(k + len(head), pos, (T.ORG,))):
            return None  # 此次活动，公司工会逐一看望…: a frame; the body opening a clause after it acts
        named = [m for m in doc.mentions_between(0, k, (T.INITIATIVE, T.EVENT))
                 if m.entity is not None and (doc.entities[m.entity].name.endswith(head)
                                              or (shown and text[m.end : m.end + 1 + len(head)].lstrip("”’").startswith(head)))
                 and (shown or m.type == T.INITIATIVE)]  # 这一活动: the “金秋助学”活动 named before
        if named:
            return named[-1].entity
        if shown and "由" in text[k:pos]:
            return _NOBODY  # 本届大赛由…主办，设置…: the event, not its organisers
        return None
    return None


def _enterprise_of(doc: Document, union_name: str) -> int | None:
    """The enterprise entity whose union or party committee is ``union_name``."""
    for suffix in ("工会", "党委", "党组"):
        if union_name.endswith(suffix):
            base = union_name[: -len(suffix)]
            return next((i for i, e in enumerate(doc.entities) if e.type == T.ORG and e.name == base), None)
    return None


def _fact_subject(doc: Document, fact: FactItem, obj_side: str | None) -> int | None:
    """The entity that did or owns what the figure counts (annotation guidelines), or None."""
    if fact.unit in units()["subjectless"]["units"]:
        return None  # a share
    event = _attendance_event(doc, fact)
    if event is not None:  # 应到代表398名, 来自各地的500名代表齐聚一堂: the meeting
        return event
    if units()["units"].get(fact.unit, {}).get("kind") == "score":  # 焊工班长某某以96.5分的成绩…: whose score
        sent = doc.sentence_at(fact.start)
        clause = _clause_start(doc, fact.start, sent.start if sent is not None else 0)
        people = [m for m in doc.mentions_between(clause, fact.start, (T.PERSON,)) if m.entity is not None]
        return people[-1].entity if people else None
    if obj_side == "right" and _clause_initial(doc, fact.start):
        return None  # "97个乡级工会全部通过…": the counted thing is the subject
    owner = _owner_of_parts(doc, fact.start)
    if owner is not None:  # 公司所属3个分厂: the owner; 在所属5处站场: none
        return None if owner == _NOBODY else owner
    region = doc.region_at(fact.start)
    if region is not None and region.kind == "title":
        return _title_subject(doc, fact.start, region.start, fact.end)
    owner = _existential_owner(doc, fact.start)
    if owner is not None:  # 某县去年共有90家…: the place has them
        return owner
    thing = _measured_thing(doc, fact)
    if thing is not None:  # 某职工服务中心由…建设，建筑面积达2600平方米: the facility's own area
        return thing
    if _subjectless(doc, fact):
        return None
    subject = _subject(doc, fact.start)
    if subject is not None and subject >= 0:
        subject = _unless_naming_the_counted(doc, fact, subject)
    k = fact.start  # 甲区、乙区等共计160余人: past a total word after the list's 等
    k -= next((len(w) for w in _LIST_TOTALS if doc.text.endswith(w, 0, k)), 0)
    if subject is not None and subject >= 0 and doc.text.endswith("等", 0, k) \
            and (_listed_before(doc, subject, k) or _list_opens_clause(doc, k)):
        return None  # 甲公司、乙公司等5家企业获评: the figure counts the list, its first name is no doer
    return subject


def _unless_naming_the_counted(doc: Document, fact: FactItem, subject: int) -> int | None:
    """某总工会筹集的“送温暖”资金达3000万元: a programme named right before the counted money, or inside
    its noun, says what the money is for; it is no doer. The body opening a clause before it in the
    sentence is, if any (各区县工会筹措的送温暖款…: none). Not for what the programme measures
    (某某驿站面积约300平方米: its own area)."""
    obj, sent = fact.object, doc.sentence_at(fact.start)
    if not obj or sent is None or units()["units"].get(fact.unit, {}).get("kind") != "money":
        return subject
    for m in doc.mentions_between(sent.start, fact.start, (T.INITIATIVE,)):
        if m.entity != subject:
            continue
        k = m.end
        while k < fact.start and doc.text[k] in "”’」":
            k += 1
        if not (doc.text.startswith(obj, k) or (m.text in obj and doc.text.startswith(obj, m.start))):
            continue
        bodies = [b for b in doc.mentions_between(sent.start, m.start, (T.ORG,))
                  if b.entity is not None and _opens_clause(doc, b) and not _no_doer(doc, b)]
        return bodies[-1].entity if bodies else None
    return subject


def _measured_thing(doc: Document, fact: FactItem) -> int | None:
    """The facility named as the sentence's topic (a body or programme opening it, followed by one of
    units.json subject_cues.topic_after: 由, 是, 位于…) whose area a later attribute clause states
    (建筑面积达2600平方米): a figure that describes a named thing has that thing as subject
    (annotation guidelines)."""
    if units()["units"].get(fact.unit, {}).get("kind") != "area":
        return None
    sent = doc.sentence_at(fact.start)
    if sent is None:
        return None
    clause = _clause_start(doc, fact.start, sent.start)
    if clause <= sent.start or not _attribute_clause(doc, clause, fact.start):
        return None
    k = _past_time_words(doc, sent.start, fact.start)
    first = next(iter(doc.mentions_between(k, clause, (T.ORG, T.INITIATIVE))), None)
    if first is None or first.start != k or first.entity is None \
            or not doc.text.startswith(tuple(_cues()["topic_after"]), first.end):
        return None  # 县总工会投入50万元新建…，面积…: the body acts, it is not what is measured
    return first.entity


_LIST_TOTALS = ("共计", "总计", "合计", "共", "计", "约")  # between a list's 等 and the figure that totals it


def _counts_the_subject(doc: Document, subject: int, fact: FactItem) -> bool:
    """Whether the subject found is a programme named right before the figure (past linking words):
    the figure counts its units (工作室7个), the programme does nothing."""
    if doc.entities[subject].type != T.INITIATIVE:
        return False
    if fact.object and fact.object.endswith(doc.entities[subject].name):
        return True  # 创新工作室46个，其中…创新工作室8个: the programme's own units
    k = fact.start
    while k > 0 and doc.text[k - 1] in "共计达有约近超过逾":
        k -= 1
    return any(m.end == k for m in doc.entities[subject].mentions)


def _existential_owner(doc: Document, pos: int) -> int | None:
    """某县去年共有90家…, 某厂现有40名…: a figure after an existential 有 whose clause opens with a
    named place or body, with only ``existential_owner_fillers`` (time words, 全市, 已, 共) between
    the name and the 有, is what that place or body has."""
    sl, text = units()["subjectless"], doc.text
    sent = doc.sentence_at(pos)
    start = _clause_start(doc, pos, sent.start if sent else 0)
    while start < pos and text[start] in " \u3000":
        start += 1
    before = text[start:pos]
    word = next((w for w in sorted(sl["existential_before"], key=len, reverse=True) if before.endswith(w)), None)
    if word is None:
        return None
    opening = [m for m in doc.mentions_between(start, pos, (T.ORG, T.PLACE)) if m.start == start and m.entity is not None]
    if not opening:
        return None
    rest, fillers = text[opening[0].end : pos - len(word)], tuple(sl["existential_owner_fillers"])
    while rest:
        filler = next((f for f in fillers if rest.startswith(f)), None)
        if filler is None:
            return None
        rest = rest[len(filler):]
    return opening[0].entity


def _owner_of_parts(doc: Document, pos: int) -> int | None:
    """A figure right after 所属/下属/旗下 (``part_of_words``) counts units some body owns: the body
    named right before (or an anaphor, 该集团旗下, for the last enterprise named that ends with its
    head) owns them; after a coverb (在所属…, 对下属…) they are where or whom something was done, no
    body's (``_NOBODY``). None when the figure follows no such word or no owner is found."""
    text, cues = doc.text, _cues()
    k = pos - 1 if text.endswith("的", 0, pos) else pos
    word = next((w for w in cues["part_of_words"] if text.endswith(w, 0, k)), None)
    if word is None:
        return None
    k -= len(word)
    k -= next((len(w) for w in cues["part_of_links"] if text.endswith(w, 0, k)), 0)
    if text.endswith(tuple(cues["part_of_coverbs"]), 0, k):
        return _NOBODY
    named = [m for m in doc.mentions_between(max(0, k - 40), k, (T.ORG,)) if m.entity is not None and m.end == k]
    if named:
        return named[-1].entity
    anaphor = next((w for w in cues["owner_anaphora"] if text.endswith(w, 0, k)), None)
    if anaphor is None:
        return None
    head = anaphor.removeprefix("该")
    before = [m for m in doc.mentions_between(0, k - len(anaphor), (T.ORG,)) if m.entity is not None
              and head in doc.entities[m.entity].name and not doc.entities[m.entity].name.endswith(("工会", "党委"))]
    return before[-1].entity if before else None


def _listed_before(doc: Document, entity: int, pos: int) -> bool:
    """The entity is named in the 、-list that ends in 等 right before ``pos``."""
    k = pos - 1  # the 等
    floor = _clause_start(doc, k, 0)
    return any(floor <= m.start < k and (m.end == k or doc.text[m.end] in "、和及与")
               for m in doc.entities[entity].mentions)


def _list_opens_clause(doc: Document, pos: int) -> bool:
    """某站财务科等17个单位被评为…: the 等-list right before ``pos`` opens its clause with no verb
    or preposition before it, so it is what the clause is about, and the body named before is none of its doers."""
    floor = _clause_start(doc, pos - 1, 0)
    return pos - 1 > floor and not any(t.pos == "v" or (t.pos or "").startswith("p")  # not 向甲、乙等12家…
                                       for t in doc.tokens_between(floor, pos - 1))


_NOBODY = -1  # a clause that names its subject, but not as an entity


def _agent_in_clause(doc: Document, start: int, pos: int) -> int | None:
    """每家书屋由区总工会配送图书1000册: the body after 由 in the figure's own clause does it."""
    for m in doc.mentions_between(start, pos, (T.ORG,)):
        if m.entity is not None and m.start > 0 and doc.text[m.start - 1] == "由":
            de = doc.text.find("的", m.end, pos)
            if de >= 0 and any((t.pos or "").startswith("v") for t in doc.tokens_between(de + 1, pos)):
                return None  # 由某总工会主办的大赛吸引了300名选手: the sponsor modifies the noun that acts
            return m.entity
    return None


def _clause_start(doc: Document, pos: int, floor: int) -> int:
    """Where the clause holding ``pos`` starts: after the last phrase break from ``floor`` on, past
    the spaces and line breaks that open it (a paragraph's indent), so that a page laid out with
    other spacing has the same clauses."""
    text = doc.text
    start = max(floor, _after_last_break(text, PHRASE_BREAKS, pos))
    while start < pos and text[start] in _LAYOUT_SPACE:
        start += 1
    return start


_LAYOUT_SPACE = frozenset(" \t\r\n\u3000\xa0")
@lru_cache(maxsize=8)
def _break_positions(text: str, breaks: str) -> list[int]:
    """Where the characters ``breaks`` stand in ``text``, in order (one pass per text and set)."""
    return [m.start() for m in re.finditer(char_class(breaks), text)]


def _after_last_break(text: str, breaks: str, pos: int) -> int:
    """Just after the last of ``breaks`` before ``pos`` (0 when there is none): a bisection of the
    text's break positions, not a search back through the text for each character at every call."""
    found = _break_positions(text, breaks)
    k = bisect_left(found, pos)
    return found[k - 1] + 1 if k else 0


def _subjectless(doc: Document, fact: FactItem) -> bool:
    """A figure no body did or owns (``subjectless`` in units.json): a share, an existential 有N,
    a 来自… participant count (unless a body opens the clause: 省总工会给来自各地的120名…)."""
    sl = units()["subjectless"]
    if fact.unit in sl["units"]:
        return True
    sent = doc.sentence_at(fact.start)
    clause_start = _clause_start(doc, fact.start, sent.start if sent else 0)
    before = doc.text[clause_start:fact.start]
    if before.endswith(tuple(sl["existential_before"])):
        return True
    area = next((w for w in _cues()["collective_subjects"] if w.startswith("全") and before.endswith(w)), None)
    if area is not None and before[: -len(area)].endswith(tuple(sl["area_before"])):
        return True  # 依托全市156个工会驿站, 在全市16个区设立…: all there are in the area
    if _after_scope_verb(doc, clause_start, fact.start) or _part_or_rate(doc, clause_start, fact.start, sent) \
            or _attribute_clause(doc, clause_start, fact.start):
        return True
    k = before.find(sl["participants_before"])
    if k < 0:
        return False
    return not any(m.entity is not None and not _no_doer(doc, m)
                   for m in doc.mentions_between(clause_start, clause_start + k, (T.ORG,)))


def _attribute_clause(doc: Document, clause_start: int, pos: int) -> bool:
    """总面积超过500平方米, 浏览量超过46万次, 参赛职工达4.3万人次: a clause that opens with a noun
    naming no entity and links it to the figure with no other verb states a measure of that
    noun, which no body did."""
    linking = _linking_words()
    toks = [t for t in doc.tokens_between(clause_start, pos) if t.text.strip(" \u3000")]
    while toks and (toks[0].pos == "t" or (toks[0].text in linking and toks[0].pos != "p")):  # 平均到账时间缩短至…
        toks = toks[1:]
    if not toks or not _plain_noun(doc, toks[0]) or doc.mentions_between(toks[0].start, pos):
        return False
    if not any(t.text in linking for t in toks) and not doc.text.startswith(tuple(linking), pos):
        return False
    return all(t.text in linking or not (t.pos or "").startswith("v") for t in toks)


def _plain_noun(doc: Document, tok: Token) -> bool:
    """A common noun for jieba that LAC does not read as a verb or an adverb (力争, 大力), and no head of a body's name (公司 for 某某有限公司:
    the body itself)."""
    word = doc.lac_words.starting_at(tok.start)
    return (tok.pos or "").startswith("n") and tok.pos not in ("nr", "ns", "nt") \
        and (word is None or not (word[2].startswith(("v", "d")) or word[2] == "ad")) \
        and not any(e.type == T.ORG and e.name.endswith(tok.text) for e in doc.entities)


def _verb_free(doc: Document, start: int, end: int) -> bool:
    """No verb (jieba's reading) among the words in [start, end)."""
    return not any((t.pos or "").startswith("v") for t in doc.tokens_between(start, end))


def _after_scope_verb(doc: Document, clause_start: int, pos: int) -> bool:
    """覆盖职工约67万人, 涉及金额1370余万元, 带动230余户农户增收: the figure after a scope verb
    (``scope_verbs``), with only nouns between, is the reach of what the clause before reports."""
    text = doc.text
    ends = [text.rfind(v, clause_start, pos) + len(v) for v in units()["subjectless"]["scope_verbs"]
            if text.rfind(v, clause_start, pos) >= 0]
    return bool(ends) and _verb_free(doc, max(ends), pos)


def _part_or_rate(doc: Document, clause_start: int, pos: int, sent) -> bool:
    """A clause opening with 其中 (a part of the figure before: 其中外卖骑手3100余名) or with 每 (a rate
    per head: 每户发放慰问金3000元) counts for no body, unless it names one before the figure, the part
    is of what something has (工作室现有成员23人，其中高级技师7名), or the rate gives the verb of a
    bare 给/对… phrase before it (某总工会给120名职工子女，每人发放了5000元)."""
    sl, text = units()["subjectless"], doc.text
    k = clause_start
    while k < pos and text[k] in " \u3000":
        k += 1
    floor = sent.start if sent is not None else k
    bracket = max(text.rfind("（", floor, pos), text.rfind("(", floor, pos))
    if bracket >= 0 and not any(c in "）)" for c in text[bracket:pos]) \
            and text.startswith(tuple(sl["part_openers"]), bracket + 1):  # 有63名…申报（其中…29名，…34名）
        opening = _clause_start(doc, bracket, floor)
        return not any(m.entity is not None for m in doc.mentions_between(bracket, pos, (T.ORG, T.PLACE, T.PERSON))) \
            and not any(w in text[opening + 1 : bracket] for w in sl["whole_owned"])  # not 有… opening it: none owns
    part = text.startswith(tuple(sl["part_openers"]), k)
    if not part and not text.startswith(tuple(sl["rate_openers"]), k):
        return _listed_part(doc, clause_start, k, pos, sent)
    if any(m.entity is not None for m in doc.mentions_between(k, pos, (T.ORG, T.PLACE, T.PERSON))):
        return False
    if sent is None or clause_start - 1 <= sent.start:
        return True
    prev_start = _clause_start(doc, clause_start - 1, sent.start)
    if part:
        return not any(w in text[prev_start : clause_start - 1] for w in sl["whole_owned"])
    coverbs = [t for t in doc.tokens_between(prev_start, clause_start - 1)
               if t.text in sl["coverbs"] and t.pos == "p"]
    if not coverbs:
        return True
    after = max([coverbs[-1].end] + [t.end for t in doc.tokens
                                     if coverbs[-1].end <= t.start and t.end < clause_start and t.text == "的"])
    return not _verb_free(doc, after, clause_start - 1)


def _listed_part(doc: Document, clause_start: int, k: int, pos: int, sent) -> bool:
    """其中186个被评为…，120个被命名为…，19个…: a clause that opens with its figure goes on the list
    of parts a clause before it opened with 其中 (past other such clauses), and counts for no body
    either."""
    text, openers = doc.text, tuple(units()["subjectless"]["part_openers"])
    if sent is None or not _opens_with_figure(text, k) or k > pos:
        return False
    for _ in range(6):
        if clause_start - 1 <= sent.start:
            return False
        prev = _clause_start(doc, clause_start - 1, sent.start)
        j = prev
        while j < clause_start and text[j] in " \u3000":
            j += 1
        if text.startswith(openers, j):
            return _part_or_rate(doc, prev, clause_start - 1, sent)
        if not _opens_with_figure(text, j):
            return False
        clause_start = prev
    return False


def _opens_with_figure(text: str, j: int) -> bool:
    """Whether a numeral (after an approximation word: 近, 约, 超过) opens the text at ``j``."""
    j += next((len(w) for w in _listed("approx_span_words") if text.startswith(w, j)), 0)
    return j < len(text) and (text[j].isdigit() or text[j] in CN_NUMERAL_CHARS)


def _cues() -> dict:
    return units()["subject_cues"]


_ORGANISER_GAP = re.compile(r"(?:主办|承办|协办|指导)?(?:、|和|与|及|以及)")  # between two organisers


def _no_doer(doc: Document, m: Mention) -> bool:
    """A body or place named as no doer: after 由/通过/为… (an organiser, a means, a beneficiary),
    a body before a person's role and name (its employee), a place before 某 (某区某工地)."""
    cues, text = _cues(), doc.text
    if any(text.startswith(w, m.start - len(w)) for w in cues["not_after"] if m.start >= len(w)):
        return True
    before = doc.mentions_between(max(0, m.start - 40), m.start, (T.ORG,))
    if before and _ORGANISER_GAP.fullmatch(text[before[-1].end : m.start]):
        return _no_doer(doc, before[-1])  # 由市总工会、市体育局联合主办, 由某总工会主办、某局承办: every organiser
    if m.type == T.PLACE and text.startswith(tuple(cues["place_modifiers"] + cues["collective_subjects"]), m.end):
        return True  # 某区某工地, 温州市各级工会: the place says where, the clause's doer is no body
    if text.startswith("等", m.end) and m.end + 1 < len(text) and (text[m.end + 1].isdigit() or text[m.end + 1] in "一二三四五六七八九十两几"):
        return True  # A、B和C等6家: members of what is counted
    sent = doc.sentence_at(m.start)
    clause_end = next((i for i in range(m.end, sent.end if sent else m.end) if text[i] in PHRASE_BREAKS), None)
    if clause_end is not None and any(v in text[m.end : clause_end] for v in cues["source_verbs"]):
        return True  # 记者从某会议上获悉: where the news came from
    for p in doc.mentions_between(m.end, m.end + 12, (T.PERSON, T.POSITION)):
        gap = text[m.end : p.start]
        if any(c in PUNCTUATION for c in gap):
            return False
        if p.type == T.POSITION:
            continue  # 某社区书记王某: the title is part of the gap before the name
        if _SPEAKER.match(text, m.end):
            return False  # 某公司工会主席某某介绍，…: the speaker's body, read by _subject
        return (gap == "" or gap.endswith(tuple(cues["person_roles"])) or gap.endswith(tuple(positions()))
                or _titles_only(doc, m.end, p.start) or _nouns_only(doc, m.end, p.start))
    return False


def _nouns_only(doc: Document, start: int, end: int) -> bool:
    """A short gap of nouns only (焊工, 纺织女工): an occupation between an employer and a name."""
    if end - start > 6:
        return False
    words = doc.lac_words.between(start, end)  # LAC's words: jieba reads 焊工 as a verb
    return bool(words) and words[0][0] == start and words[-1][1] == end and all(w[2].startswith("n") for w in words)


def _titles_only(doc: Document, start: int, end: int) -> bool:
    titles = doc.mentions_between(start, end, (T.POSITION,))
    return bool(titles) and titles[0].start == start and titles[-1].end == end


def _attendance_event(doc: Document, fact: FactItem) -> int | None:
    """A head count at a meeting (出席/到会/齐聚…, 参加 when 代表 are counted): the EVENT the
    sentence calls by its head word (大会, 会议), else the one its paragraph has named."""
    cues = _cues()
    sent = doc.sentence_at(fact.start)
    if sent is None:
        return None
    clause = doc.text[_clause_start(doc, fact.start, sent.start) : sent.end]
    clause = clause[: next((i for i, c in enumerate(clause) if c in PHRASE_BREAKS), len(clause))]
    cue = list(cues["attendance_cues"])
    if fact.object in cues["attendance_objects"] or (  # 31家参赛单位工会主席、96名一线职工代表参加会议
            fact.object and fact.object.endswith(tuple(cues["attendee_heads"]))
            and any(h in clause for h in cues["meeting_heads"])):
        cue += cues["attendance_with_object"]  # 216名职工代表参加会议 (but 1100名女职工参加了筛查)
        region = doc.region_at(fact.start)
        if region is None or region.kind != "title":
            cue += cues["congress_acts"]  # 150余名职工代表分组审议并表决了报告
    joined = _joined_event(doc, fact, sent.end)
    if joined is not None:  # 受助学生和家长近90人出席助学金发放仪式: the named meeting they attend
        return joined
    if not any(w in clause for w in cue):
        return None
    events = [m for m in doc.mentions_between(0, len(doc.text), (T.EVENT,)) if m.entity is not None]
    said = doc.text[sent.start : sent.end]
    head = next((h for h in cues["meeting_heads"] if h in said), None)
    if head is None:  # …代表大会开幕。近500名代表齐聚一堂: the meeting its paragraph has named
        region = doc.region_at(fact.start)
        near = [m for m in events if (region.start if region else sent.start) <= m.start < fact.start]
        return near[-1].entity if near else None
    named = [m for m in events if doc.entities[m.entity].name.endswith(head)]
    before = [m for m in named if m.start < fact.start]
    if before:  # 本次大会应到代表398名: the meeting so called, named last before the figure
        return before[-1].entity
    after = [m for m in named if fact.end <= m.start < sent.end]
    if after:
        return after[0].entity
    return events[0].entity if events and head == "会议" else None  # 会议 also says "the meeting"


def _joined_event(doc: Document, fact: FactItem, sent_end: int) -> int | None:
    """近80人参加了某某发放仪式: a head count right before one of attendance_with_object (参加) and
    an EVENT named right after it (or named before, then called by its tail or by its meeting_heads
    word closing the clause: 参加会议。) counts those at that meeting, whoever they are (not 参加了
    筛查: no meeting named)."""
    if fact.unit not in _listed("head_count_units"):
        return None
    k = fact.end + len(fact.object or "") if doc.text.startswith(fact.object or "\0", fact.end) else fact.end
    verb = next((w for w in _cues()["attendance_with_object"] if doc.text.startswith(w, k)), None)
    if verb is None:
        return None
    k += len(verb) + (1 if doc.text.startswith("了", k + len(verb)) else 0)
    m = next((m for m in doc.mentions_between(k, sent_end, (T.EVENT,)) if m.start == k), None)
    if m is not None:
        return m.entity
    head = next((h for h in _cues()["meeting_heads"] if doc.text.startswith(h, k)
                 and (k + len(h) >= len(doc.text) or doc.text[k + len(h)] in PUNCTUATION)), None)
    named = [m for m in doc.mentions_between(0, k, (T.EVENT,)) if m.entity is not None
             and (any(doc.text.startswith(m.text[-n:], k) for n in range(len(m.text), 3, -1))
                  or head is not None and m.text.endswith(head))]  # …共计150余人参加会议。
    return named[-1].entity if named else None  # named before, then again by the same words or their tail


def _title_subject(doc: Document, pos: int, start: int, end: int) -> int | None:
    """A headline's figure: the body opening its part of the headline (某市总工会发放50万元), else none."""
    k = max(start, *(doc.text.rfind(p, start, pos) + 1 for p in PUNCTUATION))
    if doc.text[k - 1 : k] in "”’" and re.match(r"(?:活动)?[为向给]", doc.text[k:pos]):
        # 某区总工会“某某”活动为286名…: the quoted name is the body's, its figure the body's
        k = max(start, *(doc.text.rfind(p, start, pos) + 1 for p in PUNCTUATION if p not in "“”‘’"))
    while k < pos and doc.text[k] in " \u3000":
        k += 1
    k = _joint_opener(doc, start, k)
    for m in doc.mentions_between(k, pos, (T.ORG,)):
        if m.start == k and m.entity is not None and not _no_doer(doc, m):
            return m.entity
    tok = doc.token_at(k)
    if k > start and doc.text[k - 1] in " \u3000" and tok is not None and tok.start == k and (tok.pos or "").startswith("v"):
        # 某总工会、某局联合举办招聘会 提供岗位3200个: a part opening with its verb goes on with the body before
        return _title_subject(doc, k - 1, start, k - 1)
    if k == start:  # 投入1200多万!某市工会消费帮扶…: a headline opening with its figure, the body after it
        region = doc.region_at(pos)
        after = [m for m in doc.mentions_between(end, region.end if region else end, (T.ORG,)) if m.entity is not None]
        if after and doc.text[end : after[0].start].strip(" \u3000!！:：") == "":
            return after[0].entity
    return None


def _joint_opener(doc: Document, start: int, k: int) -> int:
    """某总工会、某局联合…: where a list of bodies (joined by 、) that ends with the one at ``k`` begins;
    the first of joint bodies is the subject of what they do together (annotation guidelines: joint
    organisers)."""
    while k - 1 > start and doc.text[k - 1] == "、":
        prev = next((m for m in doc.mentions_between(max(start, k - 25), k - 1, (T.ORG,)) if m.end == k - 1), None)
        if prev is None:
            break
        k = prev.start
    return k


def _activity_actor(doc: Document, sent_start: int, pos: int) -> int | None:
    """据了解，本次活动共走访快递员180人: a sentence opening with 此次/本次 and counting a total
    (共/累计, or any figure after a lead-in when an event head opens it: 据统计，此次活动走访职工…,
    not 据介绍，本次受表彰的个人中…) speaks of the activity the
    article reports; its subject is the body that ran it."""
    cues, text = _cues(), doc.text
    k, summary = sent_start, False
    for lead in cues["lead_ins"]:
        if text.startswith(lead, k):
            k, summary = k + len(lead), True
            while k < pos and text[k] in "，, \u3000":
                k += 1
            break
    if not text.startswith(tuple(cues["activity_anaphora"]), k):
        return None
    between = text[k:pos]
    first_clause = between[: next((i for i, c in enumerate(between) if c in PHRASE_BREAKS), len(between))]
    totals = any(w in between for w in cues["total_cues"]) or (  # 据统计，此次活动走访…: a summary
        summary and any(0 <= first_clause.find(h) < 10 for h in cues["event_heads"])
        and not doc.mentions_between(k, pos, (T.ORG,)))  # not 此次读书月还将举办…活动, 此次活动某工会筹措…
    if not totals or "由" in first_clause or "来自" in between:
        return None  # 此次竞赛由某某主办: the organisers' sentence, not the activity's total
    return _article_actor(doc)


def _article_actor(doc: Document) -> int | None:
    """The first body that acts in the article: opening a clause of its title or of its first
    body paragraphs, and named as no organiser, means or employer."""
    body = 0
    for region in doc.regions:
        if region.kind != "title":
            body += 1
            if body > 2:
                break
        for m in doc.mentions_between(region.start, region.end, (T.ORG,)):
            if m.entity is not None and _opens_clause(doc, m) and not _no_doer(doc, m) and not _titles_one(doc, m):
                return m.entity
    return None


def _titles_one(doc: Document, m: Mention) -> bool:
    """县人大常委会副主任、县总工会主席某某走访慰问: a body right before a title names where someone
    holds it, it does not act (not 某总工会主席某某一行: the body's delegation)."""
    if not any(t.start == m.end for t in doc.mentions_between(m.end, m.end + 12, (T.POSITION,))):
        return False
    sent = doc.sentence_at(m.start)
    end = _clause_end(doc, m.end) if sent is None else min(_clause_end(doc, m.end), sent.end)
    people = doc.mentions_between(m.end, end, (T.PERSON,))
    return not any(doc.text.startswith(_DELEGATION, p.end) for p in people)


def _subject(doc: Document, pos: int) -> int | None:
    """The ORG/PLACE entity opening a clause earlier in the fact's sentence (its subject); when the
    sentence has none and opens with a verb (a subject carried over), the paragraph's."""
    region = doc.region_at(pos)
    sent = doc.sentence_at(pos)
    if region is None or sent is None:
        return None
    clause = _clause_start(doc, pos, sent.start)
    actor = _activity_actor(doc, sent.start, pos)
    if actor is not None and not doc.mentions_between(clause, pos, (T.ORG,)):
        if _collective_opener(doc, sent.start, pos) is not None:
            return None  # 此次活动某工会…，同时各级工会…共发放…: the later clause's all levels did it
        return actor  # 本次活动共走访职工…: the body that ran the activity, not the activity named before
    named = _initiative_by_head(doc, sent.start, pos)
    if named is not None:
        return None if named == _NOBODY else named
    agent = _agent_in_clause(doc, clause, pos)
    if agent is not None:
        return agent
    if actor is not None:
        return actor
    best, employee = _last_opener(doc, sent.start, pos)
    if employee:
        return None
    best_at = best.start if best is not None else -1
    pronoun = _pronoun_subject(doc, sent.start, pos)
    if pronoun is not None and pronoun[0] > best_at:
        best_at, best = pronoun
    head = _head_anaphor(doc, sent.start, pos)
    if head is not None and head[0] > best_at:
        best_at, best = head
        return None if _noun_subject_between(doc, _clause_end(doc, best_at), pos) else best.entity
    own = _own_union(doc, sent.start, pos) or _place_anaphor(doc, sent.start, pos)
    if own is not None and own[0] > best_at:  # 去年，我会走访…, 该区今年投入…: the union itself, the place
        return None if _noun_subject_between(doc, _clause_end(doc, own[0]), pos) else own[1]
    collective = _collective_opener(doc, sent.start, pos)
    if collective is not None and (best is None or collective > best_at):
        return None  # 截至目前，全市已建成…1206个，覆盖…: the whole city, no body, did it
    if best is not None and best.type == T.ORG:
        reported = _reported_doer(doc, best, pos)
        if reported is not None:
            return None if reported == _NOBODY else reported
    if best is not None and best.type == T.PLACE and _clause_end(doc, best.end) < pos and not doc.text.startswith(
            tuple(units()["subjectless"]["part_openers"]), _clause_start(doc, pos, sent.start)):
        return None  # 目前某区已建成工会驿站86个，年服务户外劳动者超过15万人次: the place frames its own clause
    if best is not None and best.type != T.PERSON and _noun_subject_between(doc, _clause_end(doc, best.end), pos):
        return None  # 某总工会…开通结算服务，职工出院时即可申领，平均到账时间缩短至5天: another subject
    if best is None and (_opens_with_verb(doc, sent.start) or _delegation_end(doc, sent.start) > sent.start):
        carried = _carried_over(doc, region, sent.start, pos)
        if carried is not None:
            return None if carried == _NOBODY else carried
    if best is None:  # 邝文涛所在的某公司因…停产，拖欠127名职工工资: the body the sentence is about
        found = [m for m in doc.mentions_between(sent.start, pos, (T.ORG,))
                 if m.entity is not None and not _no_doer(doc, m) and not _verb_object(doc, m, sent.start)]
        best = found[0] if found else None
    return best.entity if best else None


def _carried_over(doc: Document, region, sent_start: int, pos: int) -> int | None:
    """The subject a sentence opening with its verb phrase carries over: ``_NOBODY`` when a clause
    before ``pos`` opens with a noun of its own (not in a semicolon item that has ended: “某某”活动共
    资助…；), else the last body or place opening a clause earlier in the paragraph, else for a
    sentence opening with a frame (在春节慰问活动中，共走访…) the article's acting body; None: none found."""
    delegation = _delegation_end(doc, sent_start)  # 慰问组一行先后来到…: the body that sent it acts
    first, last = _closed_items(doc.text, delegation, pos)
    if any(_noun_subject_between(doc, a, b) for a, b in (
            ((delegation, first), (last + 1, pos)) if first < last else ((delegation, pos),))):
        return _NOBODY
    best = None
    for m in doc.mentions_between(_paragraph_start(doc, region), sent_start, (T.ORG, T.PLACE)):
        if m.entity is not None and _opens_clause(doc, m):
            best = m.entity
    if best is None and (_frame_rx().match(doc.text, sent_start, sent_start + 40) or delegation > sent_start
                         or _time_opened_total(doc, sent_start, pos)):
        actor = _article_actor(doc)
        return actor if actor is not None else _NOBODY
    return best


def _delegation_end(doc: Document, sent_start: int) -> int:
    """Where a sentence opening (past time words) with a delegation word (subject_cues.delegation_openers:
    慰问组, 慰问团一行) ends that word, else ``sent_start``: the delegation stands for the body that sent it."""
    k = _past_time_words(doc, sent_start, min(len(doc.text), sent_start + 20))
    word = next((w for w in _cues()["delegation_openers"] if doc.text.startswith(w, k)), None)
    if word is None or doc.mention_at(k) is not None:
        return sent_start
    k += len(word)
    return k + next((len(w) for w in _DELEGATION if doc.text.startswith(w, k)), 0)


def _time_opened_total(doc: Document, sent_start: int, pos: int) -> bool:
    """今年以来，共走访慰问困难职工320户: a sentence that opens with time words and a total word
    before its verb sums up what the article's acting body did."""
    k = _past_time_words(doc, sent_start, pos)
    return k > sent_start and doc.text.startswith(tuple(_cues()["total_cues"]), k)


def _verb_object(doc: Document, m: Mention, floor: int) -> bool:
    """会议传达了某执委会…精神, 争取某市总工会专项资金: a body after a verb of its clause, with no 的
    between (not 某某所在的公司), stands in that verb's object, and is no doer of the sentence; after the
    copula 是 it may open a relative clause (某某是某总工会推荐的两名工匠之一) and is kept."""
    start = _clause_start(doc, m.start, floor)
    verbs = [t for t in doc.tokens_between(start, m.start) if (t.pos or "").startswith("v")]
    return bool(verbs) and verbs[-1].text != "是" and "的" not in doc.text[verbs[-1].end : m.start]


def _last_opener(doc: Document, sent_start: int, pos: int) -> tuple[Mention | None, bool]:
    """The last body, place, initiative or person opening a clause of the sentence before ``pos``,
    and whether that clause's subject is people employed by the body (某公司职工某某等10名选手荣获…)."""
    best, employee, body = None, False, None
    closed = _closed_items(doc.text, sent_start, pos)
    for m in doc.mentions_between(sent_start, pos, (T.ORG, T.PLACE, T.INITIATIVE, T.PERSON)):
        if m.entity is None or closed[0] <= m.start < closed[1]:
            continue  # 建成…；某某活动共资助…；为1500户…: an item the semicolon closed speaks for itself only
        if m.type == T.PERSON:
            if body is not None and doc.text.startswith(_DELEGATION, m.end) \
                    and (body.end == m.start or _titles_only(doc, body.end, m.start)):
                best, employee = body, False  # 某总工会副主席某某一行来到…，送去…: the body's delegation
            elif _person_opens(doc, m, pos):
                best, employee = m, False
        elif _initiative_opens(doc, m) if m.type == T.INITIATIVE else _opens_clause(doc, m):
            employee = _no_doer(doc, m)
            best = None if employee else m
        body = m if m.type == T.ORG else None
    return best, employee


_DELEGATION = ("一行", "带队")  # after a person named with a body's title: the body's delegation


def _closed_items(text: str, start: int, pos: int) -> tuple[int, int]:
    """[from, to) of the semicolon-separated items of a sentence that end before the item holding
    ``pos`` (none: an empty span): 开展竞赛120场；某活动共资助…320名；为1500户…: a body or programme
    opening the second item does not carry into the third, which the sentence's head speaks for."""
    first = min((k for k in (text.find("；", start, pos), text.find(";", start, pos)) if k >= 0), default=-1)
    if first < 0:
        return 0, 0
    return first, max(text.rfind("；", start, pos), text.rfind(";", start, pos))


def _reported_doer(doc: Document, best: Mention, pos: int) -> int | None:
    """某公司工会主席某某介绍，公司今年…: the speaker's body frames the figure; its doer is named after
    the reporting verb (a body, 公司 for the enterprise of that union, an initiative, or a noun of its
    own: ``_NOBODY``); None when the speech says no other doer (or there is no speaker)."""
    said = _SPEAKER.match(doc.text, best.end)
    if said is None or said.end() > pos:
        return None
    after = [m for m in doc.mentions_between(said.end(), pos, (T.ORG,)) if m.entity is not None]
    if after:  # …，小程序累计访问量已达46.8万次: a later clause with a subject of its own ends it
        return _NOBODY if _noun_subject_between(doc, _clause_end(doc, after[0].end), pos) else after[0].entity
    if _ENTERPRISE_ANAPHOR.match(doc.text, said.end()):
        company = _enterprise_of(doc, doc.entities[best.entity].name)
        if company is not None:
            return company
    return _reported_topic(doc, said.end(), pos, doc.entities[best.entity].name)


def _noun_subject_between(doc: Document, start: int, pos: int) -> bool:
    """Whether a clause in [start, pos) opens, past time words, with a plain noun (no entity, no head
    of a body's name) followed by an adverb, a coverb or a verb: a subject of its own (职工出院时…,
    流动车已累计服务…, 帮扶热线平日每天受理…), so what a body named before did ends there."""
    k, cues, linking = start, _cues(), _linking_words()
    while k < pos:
        j = _past_time_words(doc, k, pos)
        scene = next((w for w in cues["scene_adverbs"] if doc.text.startswith(w, j)), None) if k == start else None
        if scene is not None:  # 现场发放… right after the body's clause: where, no subject
            j = _past_time_words(doc, j + len(scene), pos)
        tok = doc.token_at(j)
        if tok is not None and tok.start == j and tok.pos == "b":
            tok = doc.token_at(tok.end)
        toks, listed = [], False
        while tok is not None and tok.end <= pos and _plain_noun(doc, tok) and not doc.mentions_between(tok.start, tok.end) \
                and tok.text not in cues["collective_subjects"] + cues["modal_nouns"]:
            toks.append(tok)
            tok = doc.token_at(tok.end)
            if tok is not None and tok.text in ("、", "和") and toks:  # 高级工、技师、高级技师每月…: people
                tok, listed = doc.token_at(tok.end), True
        while toks and tok is not None and tok.start < pos and (tok.pos == "r" and tok.text.startswith("每")):
            tok = doc.token_at(tok.end)
        word = doc.lac_words.starting_at(tok.start) if tok is not None else None
        if toks and tok is not None and tok.text in units()["change"]["from_words"] \
                and any(v in doc.text[tok.end : _clause_end(doc, tok.end)] for v in _change_verbs()):
            toks = []  # 会员单位从最初的5家发展到18家: a measure of the noun said on the way, no doer
        if toks and tok is not None and tok.start < pos and ((tok.pos or "")[:1] in ("d", "p", "v") or (
                word is not None and word[1] == tok.end and word[2][:1] in ("d", "p", "v"))):  # 出院: LAC's verb
            rest = tok
            while rest is not None and rest.end <= pos and (rest.text in linking or rest.pos == "d"):
                rest = doc.token_at(rest.end)
            after = doc.token_at(rest.end) if rest is not None and (rest.pos or "").startswith("v") else None
            while after is not None and after.pos == "d" and after.end < pos:
                after = doc.token_at(after.end)
            # 总面积超过500平方米: a measure said on the way; 互助金给付约14.7亿元: the thing counted first
            if rest is not None and rest.pos != "m" and (listed or not (after is not None and (after.pos == "m" or after.end >= pos))):
                return True
        k = _clause_end(doc, j) + 1 if j < pos else pos
    return False


def _reported_topic(doc: Document, start: int, pos: int, speaker_body: str) -> int | None:
    """What the reported speech after a speaker (某公司工会主席某某介绍，…) opens with, past time
    words and time clauses (协商前，): an initiative (“金秋助学”自…以来，已累计…: its entity) or a noun of its own that names no
    entity (工作室成立于…, 项目开工之初, 三级调解组织共受理…: ``_NOBODY``); None when it opens
    with a verb, an adverb, a body or the head of the speaker's body (某公司经理某某说，公司今年…:
    the speaker's body does it)."""
    text = doc.text
    k = start
    for _ in range(6):
        while k < pos and text[k] in " \u3000“‘，,":
            k += 1
        comma = text.find("，", k, min(pos, k + 7))
        if comma > k and text[comma - 1] in "前后":  # 协商前，…: a time clause
            k = comma + 1
            continue
        word = doc.lac_words.starting_at(k)
        tok = doc.token_at(k)
        if word is not None and word[2] == "TIME" or (tok is not None and tok.start == k and tok.pos == "t"):
            k = word[1] if word is not None and word[2] == "TIME" else tok.end
            continue
        break
    if k >= pos:
        return None
    opening = [m for m in doc.mentions_between(k, pos) if m.start == k and m.entity is not None]
    if opening:
        return opening[0].entity if opening[0].type == T.INITIATIVE else None
    tok = doc.token_at(k)
    if tok is not None and tok.start == k and tok.pos in ("m", "b") and not any(c.isdigit() for c in tok.text):
        word = doc.lac_words.starting_at(tok.end)  # 两级服务网点共接待…: a noun of its own after a numeral or an attribute
        if word is not None and word[2] in ("n", "vn", "nz"):
            return _NOBODY
    if tok is None or tok.start != k or not _plain_noun(doc, tok) or speaker_body.endswith(tok.text):
        return None
    if len(tok.text) >= 2 and tok.text != "工会":  # 班组长某某说，班组现有…: the body of that head
        named = [m for m in doc.mentions_between(0, start, (T.ORG, T.INITIATIVE))
                 if m.entity is not None and doc.entities[m.entity].name.endswith(tok.text)]
        if named:
            return named[-1].entity
    return _NOBODY


def _past_time_words(doc: Document, k: int, pos: int) -> int:
    """``k`` moved past spaces, quotes and time words (今年, 去年12月, 近年来)."""
    text = doc.text
    for _ in range(6):
        while k < pos and text[k] in " \u3000“‘，,":
            k += 1
        word = doc.lac_words.starting_at(k)
        tok = doc.token_at(k)
        if word is not None and word[2] == "TIME":
            k = word[1]
        elif tok is not None and tok.start == k and tok.pos == "t":
            k = tok.end
        else:
            break
    return k


def _person_opens(doc: Document, m: Mention, pos: int) -> bool:
    """A named person as the subject of a clause before ``pos``: after nothing but titles and
    roles there (货车司机某某, 村民某某, 某研究院高级技师某某; past a relative clause ending in 的), not a possessor, a list member, an
    object or a speaker (``speech_verbs``) unless the reported speech opens with 他/她/我 (某某说，
    现在他也带起了5名徒弟); and not beyond a later clause with a noun subject of its own."""
    text, cues = doc.text, _cues()
    start = _clause_start(doc, m.start, 0)
    if any(text.startswith(w, m.start - len(w)) for w in cues["not_after"]):
        return False
    if text[max(0, m.start - 8) : m.start].rstrip(" \u3000").endswith(tuple(cues["credit_roles"])):
        return False  # （记者某某 通讯员某某）: who wrote the article
    if m.start - start <= 24:  # 住在某镇的退休职工某某: the relative clause ending in 的 describes the person
        start = max(start, text.rfind("的", start, m.start) + 1)
    lead = [t for t in doc.tokens_between(start, m.start) if t.text.strip(" \u3000")]
    others = [o for o in doc.mentions_between(start, m.start) if o.type in (T.PERSON, T.PLACE, T.INITIATIVE, T.EVENT)]
    titled = bool(lead) and not (lead[0].pos or "").startswith(("v", "p")) \
        and any(t.end == m.start for t in doc.mentions_between(start, m.start, (T.POSITION,))) \
        and not doc.mentions_between(start, m.start, (T.ORG,))
    if m.start - start > 24 or others or (not titled and any((t.pos or "").startswith(("v", "p")) and not any(
            p.start <= t.start < p.end for p in doc.mentions_between(start, m.start)) for t in lead)):
        return False  # (船体分段制造部焊工班长某某: verbs inside an unnamed unit before a title do not count)
    return _acts(doc, m.end, pos)


def _acts(doc: Document, k: int, pos: int) -> bool:
    """Whether the person (or pronoun) ending at ``k`` is the doer of the figure at ``pos``."""
    text, cues = doc.text, _cues()
    if text.startswith(tuple(cues["person_modifiers"]), k):
        return False
    end = _clause_end(doc, k)
    if any(v in text[k:end] for v in cues["speech_verbs"]):
        if end >= pos:
            return False
        j = _past_time_words(doc, end + 1, pos)
        return text.startswith(tuple("他她我"), j) and not text.startswith(("他们", "她们", "我们"), j) \
            and _acts(doc, j + 1, pos)
    while end < pos:  # 他从学徒做起，…，所在班组去年完成…: a later clause names its own subject
        j = _past_time_words(doc, end + 1, pos)
        tok = doc.token_at(j)
        if tok is not None and tok.start == j and tok.pos == "b":  # 所在班组: an attribute first
            tok = doc.token_at(tok.end)
        if tok is not None and tok.start >= j and _plain_noun(doc, tok) and not doc.mentions_between(j, tok.end):
            return False
        end = _clause_end(doc, j) if j < pos else pos
    return True


def _org_mentions_by_head(doc: Document) -> dict[str, tuple[list[int], list[Mention]]]:
    """The ORG mentions of an entity by the last two characters of its name, with their ends, in
    text order (built once per document and mention layer: ``Document.indexes``)."""
    key = (id(doc.mentions), len(doc.mentions), len(doc.entities))
    cached = doc.indexes.get("facts.org_heads")
    if cached is not None and cached[0] == key:
        return cached[1]
    out: dict[str, tuple[list[int], list[Mention]]] = {}
    for m in doc.mentions:
        if m.type == T.ORG and m.entity is not None:
            ends, named = out.setdefault(doc.entities[m.entity].name[-2:], ([], []))
            ends.append(m.end)
            named.append(m)
    doc.indexes["facts.org_heads"] = (key, out)
    return out


def _head_anaphor(doc: Document, sent_start: int, pos: int) -> tuple[int, Mention] | None:
    """中心总投资1.2亿元, 该公司今年…, 该工会今年…: the last clause before ``pos`` in its sentence that
    opens (past time words, after an optional 该/这家) with the bare head of a body named before (a word
    of the last two characters of its name; 工会 only after 该/这家: alone it is generic) speaks of that
    body, unless a later clause names a subject of its own."""
    text, found, k = doc.text, None, sent_start
    while k < pos:
        j = _past_time_words(doc, k, pos)
        shown = next((len(w) for w in ("该", "这家", "这个") if text.startswith(w, j)), 0)
        if text.startswith("该会", j) and not text.startswith(_NOT_THE_UNION, j + 1):
            union = _last_union_before(doc, j)  # 该会为困难职工送去…: the union named last
            if union is not None:
                found = (j, union)
            k = _clause_end(doc, j) + 1
            continue
        j += shown
        tok = doc.token_at(j)
        after = doc.token_at(tok.end) if tok is not None else None
        if tok is not None and tok.start == j and len(tok.text) == 2 and (tok.text != "工会" or shown) \
                and not doc.mentions_between(j, tok.end) and not text.startswith(("工会", "党委"), tok.end) \
                and not (after is not None and after.pos in ("m", "f")):  # 中心三楼: a place in it
            ends, named = _org_mentions_by_head(doc).get(tok.text, ((), ()))
            before = bisect_right(ends, j)  # the last of them ending by j
            if before:
                found = (j, named[before - 1])
        elif tok is not None and tok.start == j and not doc.mentions_between(j, pos):
            long_head = _long_head(doc, j, pos)  # 行业工会联合会已座谈…: a longer head of a body's name
            if long_head is not None:
                found = (j, long_head)
        k = _clause_end(doc, j) + 1 if j < pos else pos
    return found


_NOT_THE_UNION = ("会员", "会议", "会计", "会同", "会上", "会场", "会期")  # 该会员, 该会议: 会 opens another word


def _last_union_before(doc: Document, pos: int) -> Mention | None:
    """The last ORG mention before ``pos`` whose entity is a union (its name ends in 会: 工会, 联合会)."""
    unions = [m for m in doc.mentions_between(max(0, pos - 600), pos, (T.ORG,))
              if m.entity is not None and doc.entities[m.entity].name.endswith("会")]
    return unions[-1] if unions else None


def _long_head(doc: Document, j: int, pos: int) -> Mention | None:
    """The body named last before ``j`` whose name ends with the run of two to four nouns opening at
    ``j`` (at least four characters: 行业工会联合会), when a verb or an adverb follows the run."""
    text, tok, end = doc.text, doc.token_at(j), j
    for _ in range(4):
        if tok is None or tok.start != end or tok.end > pos or not (tok.pos or "").startswith("n") \
                or tok.pos in ("nr", "ns") or _lac_reads_verb(doc, tok, _LAC_VERBS):
            break
        end = tok.end
        tok = doc.token_at(end)
    word = doc.lac_words.starting_at(end)
    acts = tok is not None and ((tok.pos or "")[:1] in ("d", "v") or (word is not None and word[2][:1] in ("d", "v")))
    if end - j < 4 or not acts or text.startswith(("工会", "党委"), end):
        return None
    named = [m for m in doc.mentions_between(0, j, (T.ORG,))
             if m.entity is not None and doc.entities[m.entity].name.endswith(text[j:end])
             and doc.entities[m.entity].name != text[j:end]]
    return named[-1] if named else None


def _pronoun_subject(doc: Document, sent_start: int, pos: int) -> tuple[int, Mention] | None:
    """目前他已带出徒弟20多名: the last clause before ``pos`` in its sentence that opens with 他/她
    (past time words) doing what it counts, and the person named last before the sentence in its
    paragraph."""
    text = doc.text
    found, k = None, sent_start
    while k < pos:
        j = _past_time_words(doc, k, pos)
        if text.startswith(("他", "她"), j) and not text.startswith(("他们", "她们", "他人"), j):
            found = j if _acts(doc, j + 1, pos) else None
        k = next((i + 1 for i in range(j, pos) if text[i] in PHRASE_BREAKS), pos)
    if found is None:
        return None
    region = doc.region_at(sent_start)
    people = [m for m in doc.mentions_between(_paragraph_start(doc, region) if region else 0, sent_start, (T.PERSON,))
              if m.entity is not None]
    return (found, people[-1]) if people else None


def _own_union(doc: Document, sent_start: int, pos: int) -> tuple[int, int] | None:
    """去年，我会走访困难家庭180户, 本会累计…: a clause before ``pos`` in its sentence opening (past time
    words) with 我会 or 本会 (``own_union_words``), outside quotes and reported speech (a speaker's 我会
    is 'I will'), is the union writing of itself: the last union named before the sentence. (where, entity) or None."""
    text, words = doc.text, tuple(_cues()["own_union_words"])
    found, k = None, sent_start
    while k < pos:
        j = _past_time_words(doc, k, pos)
        if text.startswith(words, j):
            found = j
        k = next((i + 1 for i in range(j, pos) if text[i] in PHRASE_BREAKS), pos)
    if found is None:
        return None
    line = text.rfind("\n", 0, found) + 1
    if text.count("“", line, found) > text.count("”", line, found) \
            or any(v in text[sent_start:found] for v in _cues()["speech_verbs"]):
        return None  # “…我会…”, 他表示，我会继续努力…: a speaker's 'I will'
    unions = [m for m in doc.mentions_between(0, sent_start, (T.ORG,)) if m.entity is not None
              and doc.entities[m.entity].name.endswith(("工会", "工會", "联合会", "聯合會")) and not _no_doer(doc, m)]
    return (found, unions[-1].entity) if unions else None


def _place_anaphor(doc: Document, sent_start: int, pos: int) -> tuple[int, int] | None:
    """某区总工会主席某某介绍，该区今年投入…: a clause before ``pos`` in its sentence opening with 该 and a
    level (该市, 该区, 该县…) that is no body's name (not 该县总工会) speaks of the place of that level
    named last before it (a PLACE mention of its own). (where, entity) or None."""
    text, found, k = doc.text, None, sent_start
    while k < pos:
        j = _past_time_words(doc, k, pos)
        if text.startswith("该", j) and text[j + 1 : j + 2] in _LEVEL_CHARS and doc.mention_at(j + 1) is None:
            found = j
        k = next((i + 1 for i in range(j, pos) if text[i] in PHRASE_BREAKS), pos)
    if found is None:
        return None
    level = text[found + 1]
    places = [m for m in doc.mentions_between(0, found, (T.PLACE,))
              if m.entity is not None and doc.entities[m.entity].name.endswith(level)]
    return (found, places[-1].entity) if places else None


_LEVEL_CHARS = "省市县区镇乡"


def _paragraph_start(doc: Document, region) -> int:
    """Where the paragraph of ``region`` starts: a body line that the line before runs into, with no
    sentence or clause end (某总工会决定 / 命名23家…), continues that line's paragraph."""
    regions = [r for r in doc.regions if r.kind == "body" and r.end <= region.start]
    start = region.start
    for prev in reversed(regions[-3:]):
        if region.kind != "body" or not prev.end or doc.text[prev.end - 1] in PUNCTUATION \
                or doc.text[prev.end : start].strip() != "":
            break
        start = prev.start
    return start


@lru_cache(maxsize=1)
def _frame_rx() -> re.Pattern[str]:
    """在春节慰问活动中， : a frame clause opening a sentence (units.json opening_frame_ends)."""
    return re.compile(r"在[^，。；！？,;!?]{2,30}?(?:" + alternation(_cues()["opening_frame_ends"]) + r")[，,]")


def _opens_with_verb(doc: Document, start: int) -> bool:
    """Whether the sentence opens with a verb, after adverbials (另外，还借助…, 分别…) and a frame (在今年
    春节慰问活动中，…), or with a coverb (给辖区…送去…): its subject is carried over."""
    text, cues = doc.text, _cues()
    skip = tuple(cues["opening_adverbials"])
    frame = _frame_rx().match(text, start, start + 40)
    if frame:  # 在春节慰问活动中，共走访…
        start = frame.end()
        start += next((len(w) for w in ("共", "累计") if text.startswith(w, start)), 0)
    for _ in range(4):
        word = next((w for w in skip if text.startswith(w, start)), None)
        if word is None:
            break
        start += len(word)
        while start < len(text) and text[start] in "，, \u3000":
            start += 1
    timed = _past_time_words(doc, start, min(len(text), start + 20))  # 今年，共新建…, 全年累计组建…
    total = next((w for w in sorted(cues["total_cues"], key=len, reverse=True) if text.startswith(w, timed)), None)
    if timed > start and total is not None:  # time words and a total open a verb phrase (the taggers
        return not text.startswith("有", timed + len(total))  # read 共新建 d or ns); 当天共有…人: who there was
    tok = doc.token_at(start)
    if tok is not None and (tok.pos or "").startswith(("v", "l", "i")) and tok.pos != "vn":  # 访贫问苦…
        return True
    if tok is not None and tok.text in cues["opening_coverbs"]:
        return True  # 给辖区207户家庭送去…, 分别对…进行了走访
    word = doc.lac_words.starting_at(start)  # LAC's reading: 新建/v
    return word is not None and word[2] in ("v", "vd")


_ADVERBIALS = r"(?:目前|当前|近年来|近年|今年以来|同时|此外|另外|其中|为此|五年来|多年来|一年来|截至目前)"
_ADVERBIAL = re.compile(_ADVERBIALS + "$")
_LEADING_ADVERBIAL = re.compile(_ADVERBIALS + "?")
_SINCE = re.compile(rf"(?:近|这)?[{CN_NUMERAL_CHARS}0-9多几]+年(?:来|以来)")  # 三年来, 近两年来: a span up to now


def _collective_opener(doc: Document, start: int, pos: int) -> int | None:
    """Where the last clause in [start, pos) opening with a collective subject (``collective_subjects``:
    全市, 各级工会; after an adverbial or time words: 目前全市, 今年全市) begins, or None."""
    text, words = doc.text, tuple(_cues()["collective_subjects"])
    found, k = None, start
    while k < pos:
        while k < pos and text[k] in " \u3000":
            k += 1
        j = _LEADING_ADVERBIAL.match(text, k).end()
        if not text.startswith(words, j):
            j = _past_time_words(doc, j, pos)  # 今年全市计划新建…
        if text.startswith(words, j) and not any(m.start == j for m in doc.mentions_between(j, pos)):
            found = j
        k = next((i + 1 for i in range(j, pos) if text[i] in PHRASE_BREAKS), pos)
    return found


def _initiative_opens(doc: Document, m: Mention) -> bool:
    """“某某创新工作室”近三年完成…, 牵头成立的“某某工作室”累计完成…: a named initiative at the head
    of its clause, or after a relative clause ending in 的 there, with its predicate after it, is
    the clause's subject."""
    text = doc.text
    start = _clause_start(doc, m.start, 0)
    lead = text[start : m.start].strip(" \u3000“‘「")
    if lead and (not lead.endswith("的") or any(c.isdigit() for c in lead)):
        return False  # 组织76名职工参加免费赠送的“某某”体检活动: a figure before it, the clause is another's
    if lead:  # 他领衔的, 某公司工会推出的: a relative clause; not a possessor (某公司工会的) nor a coverb's object
        owner = [o for o in doc.mentions_between(start, m.start) if o.entity is not None]
        if (owner and text[owner[-1].end : m.start].strip("“‘「") == "的") or any(
                t.pos == "p" for t in doc.tokens_between(start, m.start)):
            return False
    k = m.end
    while k < len(text) and text[k] in "”’」":
        k += 1
    if k >= len(text) or text[k] in PUNCTUATION + "的和与及等或由":  # “某某之家”由企业运营: what is run
        return False
    rest = text[k : _clause_end(doc, k)]
    return not any(h in rest[:8] for h in _cues()["meeting_heads"])  # 某某竞赛总结表彰大会召开: a modifier


def _clause_end(doc: Document, pos: int) -> int:
    text = doc.text
    return next((i for i in range(pos, len(text)) if text[i] in PHRASE_BREAKS), len(text))


def _opens_clause(doc: Document, m: Mention) -> bool:
    text = doc.text
    k = m.start
    if k == 0 or text[k - 1] in PHRASE_BREAKS + "“" or any(r.start == k for r in doc.regions):
        return True
    head = text[max(0, k - 8) : k]
    if bool(_ADVERBIAL.search(head)) and head[-len(_ADVERBIAL.search(head).group()) - 1 :][:1] in CLAUSE_BREAKS:
        return True
    return _after_level_list(doc, k)


def _after_level_list(doc: Document, k: int) -> bool:
    """各镇、街道、开发区总工会…工作站受理…: a body after a 、-list of short unnamed levels that opens the
    clause (the levels it stands for) opens the clause itself."""
    text = doc.text
    if text[k - 1] != "、":
        return False
    start = k - 1
    while start > 0 and text[start - 1] not in PHRASE_BREAKS and k - start <= 14:
        start -= 1
    if start > 0 and text[start - 1] not in PHRASE_BREAKS:
        return False
    items = text[start : k - 1].split("、")
    return all(0 < len(item) <= 4 and not any(c in PUNCTUATION for c in item) for item in items) \
        and not doc.mentions_between(start, k - 1, (T.ORG, T.PLACE, T.PERSON))
