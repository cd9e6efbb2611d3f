"""Recognizers: candidate mentions from domain knowledge, plus the filters for statistical ones.

Input: a ``Document`` with regions, sentences and tokens (and, for the composers, candidate
place/organisation mentions). Output: lists of candidate ``Mention``s, each with its ``source``;
none of them resolves overlaps (``overlap.resolve_overlaps`` does); ``registry.py`` lists them.

- ``quoted``: 《…》 documents (or media names), quoted initiative names confirmed by cue words;
- ``known_initiatives``: programme names from the lexicon, and 实施/深化… + …行动/工程/计划;
- ``events``: named congresses and meetings (ordinal + meeting head);
- ``places``: the administrative gazetteer (full names; short names on word boundaries);
- ``organizations_``: names composed from place/organisation prefixes, heads and sub-units
  (贵州省 + 六盘水市 + 人大常委会; 六盘水市总工会 + 党组), level abbreviations (市总工会), short forms;
- ``dates``: absolute and relative date expressions;
- ``propagate``: later occurrences of a name recognised elsewhere in the article;
- ``merge_adjacent``, ``trim_model_org``, ``keep``: the longest-name rule and the filters.
All word lists and cues come from ``resources/`` (``organizations.json``, ``initiatives.json``…).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from unionie.core.chars import CLAUSE_BREAKS, PHRASE_BREAKS, SENTENCE_ENDS, char_class, is_han
from unionie.core.chars import HAN as HAN_CLASS
from unionie.core.document import Document, Mention
from unionie.core.resources import (
    alternation,
    generic_terms,
    initiatives,
    organizations,
    people,
    places_lexicon,
    positions,
    surnames,
)
from unionie.core.types import MODEL_SOURCES, Source
from unionie.core.types import EntityType as T
from unionie.entities.gazetteer import Gazetteer, gazetteer

HAN = HAN_CLASS
NUM_CN = "零〇一二三四五六七八九十百千两"


# “…”, 「…」, 『…』, ‘…’, straight "…" (some portals print the ASCII mark: 举办了"某某"主题活动) and full-width ＂…＂
_QUOTED = re.compile(r"“([^“”\n]{1,30})”|「([^「」\n]{1,30})」|『([^『』\n]{1,30})』|‘([^‘’\n]{1,30})’"
                     r'|"([^"“”\n]{1,30})"|＂([^＂“”\n]{1,30})＂')
# book-title marks, and the ASCII and angle-bracket forms pages use for them (<<某某法>>, 〈某某〉)
_BOOK = re.compile(r"《([^《》\n]{1,80})》|<<([^<>\n]{1,80})>>|‹‹([^‹›\n]{1,80})››|〈([^〈〉\n]{1,80})〉")
MEDIA_ENDS = ("日报", "晚报", "报", "杂志", "周刊", "网", "电视台", "频道", "客户端")  # the heads of an outlet's name
_MEDIA_HOUSE = re.compile(r"(?:杂志社|报社|出版社|编辑部|杂志|社)(?![会区团])")
_SENT_PUNCT = re.compile(char_class(PHRASE_BREAKS))


@lru_cache(maxsize=1)
def _quote_cues() -> tuple[re.Pattern[str], int]:
    """A before-cue at the end of the text before a quote, maybe with a count between
    (开展一次“…”, 设立了20余个“…”); and how far into the text after it a strong cue may start."""
    data = initiatives()
    return re.compile(rf"(?:{alternation(data['before_cues'])}){data['before_count']}$"), 4


@lru_cache(maxsize=1)
def _honour_before() -> re.Pattern[str]:
    """An honour verb at the end of the text before a quote, maybe with a scope between (获评公司)."""
    return re.compile(rf"(?:{alternation(initiatives()['honour_verbs'])})[{HAN}]{{0,4}}$")


@lru_cache(maxsize=1)
def _counted_object() -> re.Pattern[str]:
    """A numeral and a measure word of things (``object_classifiers``) at the end of the text before a quote."""
    return re.compile(rf"[{NUM_CN}\d.]+[万亿]?(?:余|多)?(?:{alternation(initiatives()['object_classifiers'])})$")  # 30万份“…”


_NUMERAL_START = frozenset("一二三四五六七八九十两双百千万")


_COUPLET = re.compile(rf"([{HAN}]{{3,7}})[，,、]([{HAN}]{{3,7}})")  # 浓情端午，情暖一线: two matched halves


def _strong_right_after(after: str) -> bool:
    """Whether one of strong_after_cues opens the text after a quote, maybe after 主题 (“…”主题劳动竞赛)."""
    rest = after[2:] if after.startswith("主题") else after
    return rest.startswith(tuple(initiatives()["strong_after_cues"]))


@lru_cache(maxsize=1)
def _goal_after_de() -> re.Pattern[str]:
    """的, a few Han characters and a goal word ending the phrase (“某某”的项目建设目标)."""
    return re.compile(rf"的[{HAN}]{{0,6}}?(?:{alternation(initiatives()['goal_after'])})(?![{HAN}])")


def _said_of_something_else(name: str, before: str, after: str, data: dict) -> bool:
    """A quoted word that is generic, a manner, a kind, a section of an app, goods, a figure of speech
    or a talk's title, by itself or by the words around its quote: no programme's name."""
    if name in data["generic_not"] or name in data["manner_phrases"] or (name.endswith(("式", "型")) and len(name) <= 4):
        return True  # 劳动竞赛, “面对面”交流, “菜单式”宣讲, “普惠型”工会: generic, a manner or a kind
    if name not in data["known"] and (after.startswith(tuple(data["section_after"]))
                                      or before.rstrip().endswith(tuple(data["section_before"])) or re.match(
            rf"[^“”{re.escape(CLAUSE_BREAKS)}]{{0,{data['manner_window']}}}?(?:{alternation(data['manner_after'])})", after)):
        return True  # 开通“某某”栏目, 点击“某某”: a section of an app; 以“某某”等形式: a manner
    if name.endswith(tuple(data["goods_heads"])) and name not in data["known"]:
        return True  # 送去“清凉礼包”: goods handed out
    # 作为“一把手工程”: a figure of speech; 作了题为“某某”的报告: a talk's title
    return before.rstrip().endswith(tuple(data["figurative_before"]) + tuple(data["titled_before"]))


def _is_initiative_name(name: str, before: str, after: str, single_quote: bool, run_on: bool = False,
                        sibling: bool = False) -> bool:
    """Whether a quoted ``name`` is a programme's, from the text ``before`` and ``after`` its quote
    marks; ``run_on``: a programme's name written on after the quote ends with a strong cue;
    ``sibling``: the name is listed with a known programme's (“模范职工之家”和“某某”)."""
    data = initiatives()
    if name in data["slogans"] or (after.startswith(tuple(data["goal_after"])) and name not in data["known"]):
        return False  # a national slogan, or 推进“某某”目标要求: a goal
    if _goal_after_de().match(after) and name not in data["known"] and not name.endswith(tuple(data["heads"])):
        return False  # 达成“某某”的项目建设目标: a goal
    if len(name) < data["name_min_len"] and name not in data["known"]:
        return False  # 开展“云”上读书月活动: one character in scare quotes, never a programme's name
    couplet = _COUPLET.fullmatch(name)
    if couplet and len(couplet[1]) == len(couplet[2]):
        # “浓情端午，情暖一线”走访慰问活动: a campaign's name before an activity (推行“扫码入会、即入即享”: a practice)
        window = re.split(char_class(CLAUSE_BREAKS), after[: data["after_cue_window"] + 8])[0]
        return run_on or any(c in window for c in data["strong_after_cues"])
    if couplet and after.lstrip().startswith(tuple(data["uneven_couplet_after"])):
        return True  # “某某不打烊，某某暖心田”系列活动: halves of two lengths, a campaign's name all the same
    if _SENT_PUNCT.search(name) or len(name) > 30 or len(name) > 20 and (
            not _strong_right_after(after) or before.rstrip().endswith(("：", ":"))):
        return False  # quoted speech, not a name (a long one is a campaign's right before 主题劳动竞赛, 活动…)
    if _said_of_something_else(name, before, after, data):
        return False
    if _counted_object().search(before) and name not in data["known"] and not name.endswith(tuple(data["heads"])):
        return False  # 一件“某某的纪念衫”: a thing handed out, counted
    before_rx, strong_reach = _quote_cues()
    window = after[: data["after_cue_window"]]
    window = re.split(char_class(CLAUSE_BREAKS), window)[0]
    # “工会+园区”建会模式, “暖新”集中入会行动: a strong cue close after the quote
    strong = run_on or any(0 <= window.find(c) <= strong_reach for c in data["strong_after_cues"])
    if len(name) <= data["slogan_max_len"] or re.fullmatch(rf"[{NUM_CN}\d]+[{HAN}]?", name):
        # otherwise “三性”, “当”, “四化”: slogans and words in scare quotes; “某工”APP names an app
        return strong or after.startswith(tuple(data["platform_after"]))
    if name[0] in _NUMERAL_START and len(name) <= 5 and before.rstrip().endswith(tuple(data["goal_verbs"])) \
            and name not in data["known"]:
        return strong  # 建成“三个强县”: a goal
    before_cue = bool(before_rx.search(before))
    if _honour_before().search(before):
        return True  # 获评“红旗班组”, 被评为“技术能手”: an honour
    weak = data["weak_after_cues"]  # 服务, 建设…: only right after the quote
    after_cue = run_on or sibling or any((c in window) if c not in weak else window.startswith(c) for c in data["after_cues"])
    head = (len(name) >= 4 and any(name.endswith(h) for h in data["heads"])  # not “走过场”, “练兵场”
            or len(name) >= 3 and name.endswith(tuple(data["short_heads"])))  # “海晟杯”
    # “夏送清凉”, “冬送温暖”: a known programme with a season or a word or two of its own
    known = name in data["known"] or any(k in name and (len(name) - len(k) <= 2 or len(k) >= 4) for k in data["known"])
    if re.search(r"[、+＋]", name):  # “会、站、家”, “线上+线下”: slogans unless a strong cue follows
        return strong
    list_cue = after.startswith("、") or before.endswith("、")
    if "·" in name:  # “她健康·心沟通” after 举办 or before 活动, or listed after one: a campaign's name; alone, a slogan
        return strong or known or before_cue or after_cue or before.endswith("、")
    if single_quote:
        return known or (head and (before_cue or after_cue))
    return known or head or before_cue or after_cue or list_cue


@lru_cache(maxsize=1)
def _run_on_cue() -> re.Pattern[str]:
    """Han characters, then a strong cue (initiatives.json strong_after_cues) ending a programme's name
    written on after a quote (“某某”某市职工心理关爱行动)."""
    data = initiatives()
    return re.compile(rf"[{HAN}]{{2,{data['run_on_max']}}}?(?:{alternation(data['strong_after_cues'])})")


@lru_cache(maxsize=1)
def _meeting_run() -> re.Pattern[str]:
    return re.compile(rf"[{HAN}]{{0,8}}?(?:{alternation(initiatives()['meeting_run_heads'])})")


def _runs_on_to_meeting(doc: Document, pos: int, end: int) -> bool:
    """Whether the text from ``pos`` (right after a closing quote) runs on, with no verb, into a
    meeting's head (initiatives.json meeting_run_heads): “某某”劳模工匠论坛 names a meeting."""
    m = _meeting_run().match(doc.text, pos, end)
    return m is not None and not _has_verb(doc, pos, m.end())


def _runs_on_to_cue(doc: Document, pos: int, end: int) -> bool:
    """Whether the text from ``pos`` (right after a closing quote) runs on, with no verb, no 的 and
    no quote, into a strong cue: a programme's name of which the quoted part is the name."""
    m = _run_on_cue().match(doc.text, pos, end)
    return m is not None and "的" not in m.group() and not _has_verb(doc, pos, m.end()) \
        and _LIST_CLOSER.search(m.group()) is None  # “百场”文艺汇演等职工文化活动: a list ends at 等


_LIST_CLOSER = re.compile("(?<![平同均对高初中相何])等")  # 等 closing a list (not 平等, 同等, 高等…)


@lru_cache(maxsize=1)
def _becoming_figure() -> re.Pattern[str]:
    """A becoming verb (initiatives.json becoming_verbs), then in the same clause a modifier ending
    in 的 right before a quote (成为职工的“…”, 建成某某的“甲”、某某的“乙”); not 组建成立."""
    verbs = alternation(initiatives()["becoming_verbs"])
    return re.compile(rf"(?:{verbs})(?!立)[^，,。；;！？!?\n]{{0,30}}的\s*$")


def _figure_after_becoming(text: str, start: int, floor: int, name: str) -> bool:
    """Whether the quoted ``name`` opening at ``start`` is a figure of speech after a becoming verb
    (驿站将成为户外劳动者的“暖心窝”); a known name or one ending with a programme head never is."""
    data = initiatives()
    if name in data["known"]:
        return False
    if _being_figure().search(text, max(floor, start - data["being_window"] - 4), start):
        return True  # 阅览室成为工友“加油驿站”: what it is like, though 驿站 heads programmes' names
    if name.endswith(tuple(data["heads"])):
        return False
    return _becoming_figure().search(text, max(floor, start - 34), start) is not None


@lru_cache(maxsize=1)
def _being_figure() -> re.Pattern[str]:
    """One of being_verbs, then in the same clause (no quote between) up to being_window characters
    right before a quote (成为职工“…”, 成为广大职工放松身心的“…”)."""
    data = initiatives()
    return re.compile(rf"(?<![形完组达构造生促建合养赞])(?:{alternation(data['being_verbs'])})(?!立)"  # not 形成了, 完成了
                      rf"[^“”{re.escape(CLAUSE_BREAKS)}]{{0,{data['being_window']}}}$")


@lru_cache(maxsize=1)
def _performance_words() -> tuple[str, ...]:
    return tuple(initiatives()["performance_words"])


_TITLES_AFTER = re.compile(r"(?:\s*[、，,]?\s*《[^《》\n]{1,80}》)*")
_TITLES_BEFORE = re.compile(r"(?:《[^《》\n]{1,80}》\s*[、，,]?\s*)+$")  # titles listed right before one
_WORK_LEAD = re.compile(r"[—―－\-：:\s]*$")  # 作品——《某某》, 作品：《某某》: a dash or colon before the titles
_AWARD_AFTER = re.compile(r"(?:荣获|获得|喜获|斩获|摘得|夺得|获)[^，。；,;！？!?\n《》]{0,8}?(?:奖|第[一二三四五六七八九十\d]+名)")


def _marked_by(text: str, m: re.Match[str], floor: int, ceiling: int, name: str, before: str, after: str) -> bool:
    """Whether the 《》 title ``m`` has a word of ``before`` (an initiatives.json list) right before it,
    or, past any titles listed after it, a word of ``after``; never a name ending with a document head."""
    data = initiatives()
    if name.endswith(tuple(data["document_heads"])):
        return False
    if text.endswith(tuple(data[before]), max(floor, m.start() - 6), m.start()):
        return True
    rest = _TITLES_AFTER.match(text, m.end(), ceiling)
    pos = rest.end() if rest else m.end()
    if after == "book_after":
        first = _TITLES_BEFORE.search(text, max(floor, m.start() - 200), m.start())
        k = first.start() if first else m.start()
        k -= len(_WORK_LEAD.search(text, max(floor, k - 4), k).group())
        if text.endswith(tuple(data[before]), max(floor, k - 6), k):
            return True  # 书法作品——《甲》、《乙》, 3件摄影作品：《甲》《乙》: works listed after the word for them
        if re.match(rf"等[^{re.escape(CLAUSE_BREAKS)}《》“”]{{0,10}}?(?:{alternation(data['book_listed_kinds'])})", text[pos:ceiling]):
            return True  # 《甲》《乙》等耳熟能详的歌曲, 《甲》《乙》等游戏环节: songs, games
        if _AWARD_AFTER.match(text, m.end(), ceiling):
            return True  # 《某某》获二等奖, 《某某》荣获优秀作品奖: an entry that wins a prize, a work
    return text.startswith(tuple(data[after]), pos)


def _names_a_lecture(text: str, m: re.Match[str], floor: int, ceiling: int, name: str) -> bool:
    """Whether the 《》 title ``m`` names a lecture (initiatives.json lecture_verbs, lecture_after):
    right after a verb of teaching, before 为题 past any titles listed after it, or opening a
    以…为题 frame; never a name ending with a document head (讲授《某某规定》 teaches the regulation)."""
    if _marked_by(text, m, floor, ceiling, name, "lecture_verbs", "lecture_after"):
        return True
    if name.endswith(tuple(initiatives()["document_heads"])):
        return False
    if m.start() > floor and text[m.start() - 1] == "以":  # 以《某某》解读《某法》为题: the frame opens here
        stop = next((i for i in range(m.end(), min(ceiling, m.end() + 80)) if text[i] in "。；;！？\n"), ceiling)
        return any(text.find(w, m.end(), stop) >= 0 for w in initiatives()["lecture_after"])
    return False


_DATE_NAME = re.compile(r"[0-9０-９]{1,2}\s*[·•．.・]\s*[0-9０-９]{1,2}")  # 3·18, 5·12: a day of the year
_SHORT_NAME_CUE = re.compile(r"[（(]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*$")
_DOC_SHORT_DEF = re.compile(rf"》[{HAN}]{{0,4}}\s*[（(]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*“(?P<name>[^“”\n]{{2,20}})”")


def _names_a_book(text: str, m: re.Match[str], floor: int, ceiling: int, name: str) -> bool:
    """Whether the 《》 title ``m`` names a book or a work of art (initiatives.json book_words, book_after):
    right after a word for one (这本书《某某》, 作品《某某》) or followed, past any titles listed after it,
    by one (《甲》《乙》等书籍, 《某某》一书); never a name ending with a document head."""
    return _marked_by(text, m, floor, ceiling, name, "book_words", "book_after")


@lru_cache(maxsize=1)
def _unquoted_document() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """关于…的[某某]head (initiatives.json unquoted_document, document_heads of two characters or
    more); the verb that must stand before it (maybe a body's name between); the longest body."""
    data = initiatives()
    cfg = data["unquoted_document"]
    heads = alternation([h for h in data["document_heads"] if len(h) >= 2])
    name = re.compile(rf"关于[^，,。；;：:！？!?\n《》“”、]{{2,{cfg['max_len']}}}?的[{HAN}]{{0,6}}?(?:{heads})")
    verb = re.compile(rf"(?:{alternation(cfg['verbs'])})(?:{alternation(cfg['particles'])})?$")
    return name, verb, cfg["max_body"]


def unquoted_documents(doc: Document, region_start: int, region_end: int) -> list[Mention]:
    """Documents named without 《》 after a verb of issuing or following (印发了关于某某的实施意见,
    审议通过了关于甲的决议和关于乙的决议) or listed after a titled one (通过《某某》、关于甲的决议): from
    关于, or from a body's name between the verb and 关于."""
    name, verb, max_body = _unquoted_document()
    text, out = doc.text, []
    last_end = -1
    for m in name.finditer(text, region_start, region_end):
        if m.start() > region_start and text[m.start() - 1] in "《“":
            continue
        s = m.start()
        if last_end >= 0 and text[last_end : m.start()] in ("和", "及", "、", "以及"):
            pass  # the next name of a list that a verb opened
        elif text.endswith(("》、", "》和", "》及"), region_start, s):
            pass  # 通过《某某章程》、关于甲的决议: listed after a titled document
        else:
            k = s
            while k > max(region_start, s - max_body) and is_han(text[k - 1]) \
                    and not verb.search(text, max(region_start, k - 8), k):
                k -= 1
            if not verb.search(text, max(region_start, k - 8), k):
                continue
            s = k
        out.append(Mention(s, m.end(), T.DOCUMENT, text[s : m.end()], "rule:document"))
        last_end = m.end()
    return out


def _titled_programme(text: str, m: re.Match[str], floor: int, name: str) -> bool:
    """Whether the 《》 title ``m`` names a programme (initiatives.json titled_programme): after a
    running verb, ending with a programme's head or followed by 活动; never a name ending with a
    document head."""
    data = initiatives()
    cfg = data["titled_programme"]
    if name.endswith(tuple(data["document_heads"])):
        return False
    before = re.sub(r"(?:了|一场|一系列|一期|系列)+$", "", text[max(floor, m.start() - 10) : m.start()])
    if not before.endswith(tuple(cfg["verbs"])):
        return False
    return name.endswith(tuple(cfg["heads"])) or text.startswith(tuple(cfg["after"]), m.end())


def _book_titles(doc: Document, region) -> list[Mention]:
    """The 《》 titles of a region: documents, media (《某某》杂志社), programmes run under a title;
    not shows, lectures, books or works of art."""
    out = []
    text = doc.text
    for m in _BOOK.finditer(text, region.start, region.end):
        gi = m.lastindex or 1
        name = m.group(gi).strip()
        s = m.start(gi) + (len(m.group(gi)) - len(m.group(gi).lstrip()))
        e = s + len(name)
        first = _TITLES_BEFORE.search(text, max(region.start, m.start() - 200), m.start())
        lead = first.start() if first else m.start()  # 播放了《甲》《乙》: the word before the first title
        if not name or any(text.endswith(_performance_words(), max(region.start, k - 6), k) for k in {m.start(), lead}):
            continue  # 歌曲《某某》, 专题讲座《某某》: a show or a lecture, no document
        typ = T.ORG if name.endswith(MEDIA_ENDS) and len(name) <= 8 else T.DOCUMENT
        if typ == T.DOCUMENT and _names_a_lecture(text, m, region.start, region.end, name):
            continue  # 讲授了《某某工作》, 以《某某》为题: a lecture's title, no document
        if typ == T.DOCUMENT and _names_a_book(text, m, region.start, region.end, name):
            continue  # 分享了这本书《某某》, 《甲》《乙》等书籍: a book, no document
        if typ == T.DOCUMENT and _titled_programme(text, m, region.start, name):
            typ = T.INITIATIVE  # 开展《某区职工减压赋能公益巡讲》活动: a programme the body runs
        house = _MEDIA_HOUSE.match(text, m.end(), region.end)
        if house:  # 《中国职工》杂志社: the publisher, an organisation named with its title
            out.append(Mention(m.start(), house.end(), T.ORG, text[m.start() : house.end()], "rule:document"))
            continue
        out.append(Mention(s, e, typ, name, "rule:document"))
    return out


def quoted(doc: Document) -> list[Mention]:
    out = []
    text = doc.text
    for region in doc.regions:
        out += _book_titles(doc, region)
        out += unquoted_documents(doc, region.start, region.end)
        known_names = set(initiatives()["known"])
        doc_short = {d["name"] for d in _DOC_SHORT_DEF.finditer(text)}  # 《…计划》（以下简称“某某计划”）
        for run in _quoted_runs(text, list(_QUOTED.finditer(text, region.start, region.end))):
            list_before = text[max(region.start, run[0].start() - 12) : run[0].start()]
            if len(run) > 1 and text.startswith(tuple(initiatives()["section_after"]), run[-1].end()) \
                    or _game_items(text, run, region.start, region.end):
                run = [m for m in run if _quoted_name(m) in known_names]  # “甲”“乙”等栏目: sections of an app
            for m in run:
                gi = next(i for i in range(1, 7) if m.group(i) is not None)
                name = m.group(gi).strip()  # “ 捐赠助读”: the space inside the mark is no part of the name
                if not name:
                    continue
                s = m.start(gi) + (len(m.group(gi)) - len(m.group(gi).lstrip()))
                e = s + len(name)
                before = text[max(region.start, m.start() - 12) : m.start()]
                after = text[m.end() : min(region.end, m.end() + 16)]
                run_on = _runs_on_to_cue(doc, m.end(), region.end)
                sibling = len(run) > 1 and any(x is not m and _quoted_name(x) in known_names for x in run)
                if _DATE_NAME.fullmatch(name):
                    continue  # “3·18”科技活动, “3·15”宣传: a day's name, like a festival's, names no programme
                if name.endswith(tuple(organizations()["quoted_body_ends"])) and all(map(is_han, name)):
                    continue  # 为新组建的“某某行业工会联合会”授牌: a union's name (not “项目工会+片区联合工会”模式)
                if name in doc_short:  # the short form a 《》 title is given, here and where it recurs
                    out.append(Mention(s, e, T.DOCUMENT, name, "rule:quoted"))
                    continue
                if _SHORT_NAME_CUE.search(before) and name.endswith(org_grammar().org_ends):
                    # 某公司广东分公司(下称“广东分公司”): the body's short name, defined (aliases links it)
                    out.append(Mention(s, e, T.ORG, name, "rule:quoted"))
                    continue
                if _figure_after_becoming(text, run[0].start() if m is not run[0] else m.start(), region.start, name):
                    continue  # 将成为职工的“暖心窝”、“充电桩”: figures of speech
                if _is_initiative_name(name, before, after, single_quote=gi == 4, run_on=run_on, sibling=sibling) \
                        or len(run) > 1 and _is_initiative_name(name, list_before, after, single_quote=gi == 4, run_on=run_on):
                    typ = T.EVENT if _runs_on_to_meeting(doc, m.end(), region.end) else T.INITIATIVE
                    out.append(Mention(s, e, typ, name, "rule:quoted"))
    return out


@lru_cache(maxsize=1)
def _game_items_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cfg = initiatives()["game_items"]
    gap = rf"[^“”{re.escape(CLAUSE_BREAKS)}]{{0,{cfg['window']}}}?"
    return (re.compile(rf"{gap}(?:{alternation(cfg['after'])})"), re.compile(rf"{gap}(?:{alternation(cfg['bare_after'])})"),
            re.compile(alternation(cfg["context"])))


def _game_items(text: str, run: list[re.Match[str]], floor: int, ceiling: int) -> bool:
    """Whether the quoted names of ``run`` are the games of a sports day or a party (initiatives.json
    game_items): closed by 等趣味项目, 等互动游戏, 等环节…, or, two or more listed, by N个项目 in a
    sentence that names the games' occasion before them (运动会有“甲”、“乙”8个项目)."""
    after, bare, context = _game_items_rx()
    if after.match(text, run[-1].end(), ceiling):
        return True
    if len(run) < 2 or not bare.match(text, run[-1].end(), ceiling):
        return False
    start = max(floor, max(text.rfind(c, floor, run[0].start()) for c in SENTENCE_ENDS + "\n") + 1)
    return context.search(text, start, run[0].start()) is not None


def _quoted_name(m: re.Match[str]) -> str:
    """The name inside a quote match of ``_QUOTED``, without the spaces inside the marks."""
    return next(g for g in m.groups() if g is not None).strip()


_QUOTE_LIST_JOIN = re.compile(r"\s*(?:[、和及与]\s*)?")


def _quoted_runs(text: str, found: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Quoted names written one after another (开展“甲”“乙”“丙”, 发布了“甲”、“乙”): one list, whose cue before
    its first name counts for each of its names as well."""
    runs: list[list[re.Match[str]]] = []
    for m in found:
        if runs and _QUOTE_LIST_JOIN.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


@lru_cache(maxsize=1)
def _partial_name_rx() -> re.Pattern[str]:
    data = people()
    return re.compile(rf"(?:{alternation(surnames())})(?:(?:{alternation(data['title_forms'])})"
                      rf"|(?:{alternation(data['anonymised'])})(?!{alternation(data['anonymised_not_before'])}))")


def partial_names(doc: Document) -> list[Mention]:
    """People named in part (``people.json``): 曹主席, 卢师傅, 马某某; the family name must open a
    jieba word that is not a function word there (向主席汇报 is no one), unless it opens a phrase and
    the article names someone in full with that family name (何某某 … ，何校长指出; 于某某 … ，于主席强调)."""
    function_pos = set(people()["function_pos"])
    appointing = tuple(people()["appointment_verbs"])
    by_start = {t.start: t for t in doc.tokens}
    by_end = {t.end: t for t in doc.tokens}
    named = {p.text[0] for p in doc.spans.get("model", []) if p.type == T.PERSON and 2 <= len(p.text) <= 4}
    out = []
    for m in _regex_mentions(doc, _partial_name_rx(), T.PERSON, Source.PARTIAL_NAME):
        tok = by_start.get(m.start)
        if tok is None or (tok.end - tok.start <= 2 and (tok.pos or "") in function_pos
                           and not _measure_word_surname(doc.text, m, tok)
                           and not (m.text[0] in named and not is_han(doc.text[m.start - 1 : m.start] or "。"))):
            continue
        if m.text.startswith(appointing) and (by_end.get(m.start) and by_end[m.start].pos == "nr"):
            continue  # 某某任组长: a name, then the verb of taking the post, no 任 the group leader
        out.append(m)
    return out + _nicknames(doc)


def _nicknames(doc: Document) -> list[Mention]:
    """小李, 老王 (``nickname_prefixes`` + a family name): a person named in part where jieba reads the
    two characters as a person's name, or the prefix alone and the family name as a one-character
    name after it (快递员|小|李|说); 小区, 老师, 老乡 are words, no one."""
    prefixes = tuple(people()["nickname_prefixes"])
    family = surnames()
    toks, text, out = doc.tokens, doc.text, []
    for i, t in enumerate(toks):
        word = text[t.start : t.end]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(word) == 2 and word[0] in prefixes and word[1] in family and t.pos == "nr":
            s, e = t.start, t.end
        elif word in prefixes and nxt is not None and nxt.start == t.end and nxt.end - nxt.start == 1 \
                and text[nxt.start] in family and nxt.pos == "nr":
            s, e = t.start, nxt.end
        else:
            continue
        if doc.in_regions(s, e):
            out.append(Mention(s, e, T.PERSON, text[s:e], Source.PARTIAL_NAME))
    return out


def _measure_word_surname(text: str, m: Mention, tok) -> bool:
    """张某某, 张主席: a family name jieba reads as a measure word (张) is a name before 某 or a title
    unless a numeral or a demonstrative counts it (三张某某公司的发票, 这张主席台照片)."""
    return tok.pos == "q" and not (m.start > 0 and (text[m.start - 1] in NUM_CN + "这那每几此该"
                                                    or text[m.start - 1].isdigit()))


def literal_spans(text: str, start: int, end: int, words) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of ``words`` in ``text[start:end]``, leftmost first and the
    longest where several start together: what ``re.finditer(alternation(words))`` finds, without
    compiling a pattern for each article's own names (that cost a fifth of the entity stage)."""
    longest: dict[int, int] = {}
    for w in words:
        i = text.find(w, start, end)
        while i >= 0:
            if len(w) > longest.get(i, 0):
                longest[i] = len(w)
            i = text.find(w, i + 1, end)
    out, reach = [], start
    for i in sorted(longest):
        if i >= reach:
            reach = i + longest[i]
            out.append((i, reach))
    return out


def _literal_mentions(doc: Document, type_of: str | dict[str, str], source: str) -> list[Mention]:
    """Every occurrence of a word of ``type_of`` (a map from word to type) inside the title/body
    regions as a mention, as :func:`_regex_mentions` would find them with ``alternation``."""
    return [Mention(s, e, type_of[doc.text[s:e]], doc.text[s:e], source)
            for region in doc.regions for s, e in literal_spans(doc.text, region.start, region.end, type_of)]


def _regex_mentions(doc: Document, rx: re.Pattern[str], type_of: str | dict[str, str],
                    source: str, group: int = 0) -> list[Mention]:
    """Every match of ``rx`` inside the title/body regions as a mention; ``type_of`` is the type,
    or a map from matched text to type."""
    out = []
    for region in doc.regions:
        for m in rx.finditer(doc.text, region.start, region.end):
            text = m.group(group)
            typ = type_of if isinstance(type_of, str) else type_of[text]
            out.append(Mention(m.start(group), m.end(group), typ, text, source))
    return out


@lru_cache(maxsize=1)
def _initiative_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Known programme names, and 实施/深化… + a name ending in 行动/工程/计划 (compiled once)."""
    data = initiatives()
    up = data["unquoted_programme"]
    known = re.compile(alternation(data["known"]) + "|" + "|".join(data["known_patterns"]))
    run_on = up["run_on"] + [w for w in data["document_heads"] if len(w) > 1 and w not in up["heads"]]  # 重点工程立功
    unquoted = re.compile(rf"(?:{alternation(up['verbs'])})(?:{alternation(up['particles'])})?(?:{up['year']})?([{HAN}]{{{up['min_len'] - 2},{up['max_len'] - 2}}}?"
                          rf"(?:{alternation(up['heads'])}))(?!{alternation(run_on)})")
    return known, unquoted


def known_initiatives(doc: Document) -> list[Mention]:
    known, unquoted = _initiative_patterns()
    data = initiatives()
    generic = set(data["generic_not"])
    out = [_with_season(doc, _with_level(doc, _with_extension(doc, m, data), data), data)
           for m in _regex_mentions(doc, known, T.INITIATIVE, "lexicon:initiative") if not _verb_use(doc, m, data)]
    up = data["unquoted_programme"]
    out += [m for m in _regex_mentions(doc, unquoted, T.INITIATIVE, "rule:programme", group=1)
            if m.text not in generic and not m.text.startswith(tuple(up["count_openers"]))
            and not any(m.text == core + head for core in up["generic_cores"] for head in up["heads"])
            and not _runs_over_a_clause(doc, m)]
    return out + _known_with_brackets(doc, known) + _honour_lists(doc) + _brand_lists(doc)


def _runs_over_a_clause(doc: Document, m: Mention) -> bool:
    """An unquoted programme's name found after a running verb that holds a preposition (启动大会在某国际
    工程公司…: 在 opens where the meeting is held) or whose head opens a body's name (…工程|公司): a
    stretch of a sentence, no name."""
    if doc.text.startswith(tuple(organizations()["company_heads"]), m.end):
        return True
    return any((t.pos or "") == "p" for t in doc.tokens_between(m.start, m.end))


def _listed_after(verbs: list[str], item: str, close: str) -> re.Pattern[str]:
    """A list of ``item`` joined by 、 right after one of ``verbs`` (maybe with 了) and closed by ``close``."""
    return re.compile(rf"(?:{alternation(verbs)})了?(?P<list>{item}(?:、{item})*){close}")


def _list_items(m: re.Match[str]) -> list[tuple[int, str]]:
    """The items of a ``_listed_after`` match with their document offsets."""
    out, pos = [], m.start("list")
    for item in m["list"].split("、"):
        out.append((pos, item))
        pos += len(item) + 1
    return out


@lru_cache(maxsize=1)
def _brand_list() -> re.Pattern[str]:
    data = initiatives()
    cfg = data["brand_list"]
    item = rf"[{HAN}]{{{cfg['min_len']},{cfg['max_len']}}}"
    return _listed_after(data["before_cues"], item, rf"等(?:{alternation(cfg['ends'])})")


def _brand_lists(doc: Document) -> list[Mention]:
    """打造某某驿站、职工某某平台等服务品牌: each unquoted item of a list after a running verb and closed
    by 等…品牌 is a brand the body runs (initiatives.json brand_list)."""
    out, text = [], doc.text
    cues = sorted(initiatives()["before_cues"], key=len, reverse=True)
    cue_tuple, min_len = tuple(cues), initiatives()["brand_list"]["min_len"]
    for region in doc.regions:
        for m in _brand_list().finditer(text, region.start, region.end):
            items = _list_items(m)
            last = max((i for i, (_, it) in enumerate(items) if it.startswith(cue_tuple)), default=0)
            for pos, item in items[last:]:  # 建立某某机制、打造某某平台等品牌: from the last verb
                cue = next((c for c in cues if item.startswith(c)), "")
                if "的" not in item and len(item) - len(cue) >= min_len:
                    s = pos + len(cue)  # (the verb opens no name)
                    out.append(Mention(s, pos + len(item), T.INITIATIVE, text[s : pos + len(item)], "rule:programme"))
    return out


@lru_cache(maxsize=1)
def _honour_list() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Honours closed by 称号/荣誉, and honours ending with an award's head closed by a clause's end."""
    data = initiatives()
    cfg = data["honour_list"]
    item = rf"[{HAN}]{{1,{cfg['max_len'] - 2}}}?(?:{alternation(cfg['heads'])})"
    award = rf"[{HAN}]{{2,{cfg['max_len'] - 2}}}?(?:{alternation(cfg['award_heads'])})"
    return (_listed_after(data["honour_verbs"], item, rf"(?:{alternation(cfg['ends'])})"),
            _listed_after(data["honour_verbs"], award, rf"(?=[{re.escape(cfg['award_close'])}])"))


def _honour_lists(doc: Document) -> list[Mention]:
    """Unquoted honours named after an honour verb and closed by 称号/荣誉 (获得某市技术能手称号,
    分别获得巾帼文明岗、工人先锋号荣誉称号), or ending with an award's head at a clause's end (荣获全国
    五一巾帼奖状，): each item of the list (initiatives.json honour_list)."""
    out, text = [], doc.text
    titled, awards = _honour_list()
    for region in doc.regions:
        found = list(titled.finditer(text, region.start, region.end))
        found += [a for a in awards.finditer(text, region.start, region.end)
                  if not any(f.start() <= a.start() < f.end() for f in found)]
        for m in found:
            clause = re.split(char_class(PHRASE_BREAKS), text[max(region.start, m.start() - 16) : m.start()])[-1]
            if text.startswith("授予", m.start()) and "被" not in clause:
                continue  # 市总工会授予某某班组…称号: the one honoured comes first, no name of the honour alone
            out += [Mention(pos, pos + len(item), T.INITIATIVE, item, "rule:programme")
                    for pos, item in _list_items(m) if "的" not in item]
    return out


def _verb_use(doc: Document, m: Mention, data: dict) -> bool:
    """为困难职工送温暖: a known name that is a verb and its object, after 为/给 and the object in its
    clause and before no noun that makes it the programme's name (initiatives.json verb_use)."""
    use = data["verb_use"]
    if m.text not in use["names"] or doc.text.startswith(tuple(use["after"]), m.end):
        return False
    clause = re.split(char_class(PHRASE_BREAKS + "、“”"), doc.text[max(0, m.start - use["max_gap"] - 1) : m.start])[-1]
    return any(re.search(rf"(?<![作成因认以行面走转导趋指方意]){w}.", clause) for w in use["before"])  # (作为, 成为: no 为)


def reduplicated_word(doc: Document, m: Mention) -> bool:
    """An ORG candidate that is a reduplicated word (滴滴, 达达) opening a line or a sentence and run on
    by Han text that is none of organizations.json reduplicated_name_followers (某某关怀暖人心): the
    word, not the company."""
    text = doc.text
    if m.type != T.ORG or len(m.text) != 2 or m.text[0] != m.text[1] or m.source == Source.USER_LEXICON:
        return False
    if m.start > 0 and text[m.start - 1] not in "\n\r\t 　" + SENTENCE_ENDS:
        return False
    return is_han(text[m.end : m.end + 1] or "。") and not text.startswith(
        tuple(organizations()["reduplicated_name_followers"]), m.end)


def company_short_name(doc: Document, m: Mention) -> bool:
    """A statistical PERSON right before an industry word (people.json company_words_after_name:
    江某化工钱某某) is the short name of a company, no person."""
    return m.type == T.PERSON and m.source in MODEL_SOURCES \
        and doc.text.startswith(tuple(people()["company_words_after_name"]), m.end)


_DOCUMENT_NUMBER = re.compile(r"\s*[〔［\[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*第?\s*\d{1,4}\s*号")


def document_code(doc: Document, m: Mention) -> bool:
    """A name right before a document number's year in brackets and its number (湘工发〔2023〕8号,
    王工字〔2022〕3号): the issuing code of a document's number, no person, body or place."""
    return m.type in (T.PERSON, T.ORG, T.PLACE) and _DOCUMENT_NUMBER.match(doc.text, m.end) is not None


def person_read_as_body(doc: Document, m: Mention) -> Mention:
    """农民工葛某会代表…: a statistical ORG of three characters that opens with a family name, ends in
    a character that ends both bodies' and people's names (people.json ``name_final_heads``) and that
    jieba reads as a personal name from its start (葛某|会, 葛某会) is the person."""
    if m.type != T.ORG or m.source not in MODEL_SOURCES or len(m.text) != 3 \
            or m.text[0] not in surnames() or not m.text.endswith(tuple(people()["name_final_heads"])):
        return m
    tok = doc.token_at(m.start)
    if tok is None or tok.start != m.start or tok.end - tok.start < 2 or not (tok.pos or "").startswith("nr"):
        return m
    return Mention(m.start, m.end, T.PERSON, m.text, m.source)


@lru_cache(maxsize=1)
def _company_words() -> tuple[str, ...]:
    """people.json ``company_words_after_name``, longest first (read for every model mention)."""
    return tuple(sorted(people()["company_words_after_name"], key=len, reverse=True))


def listed_company(doc: Document, m: Mention) -> Mention:
    """来到某华机械、某达汽配…: a statistical PERSON, or a PLACE no gazetteer knows, right before an
    industry word (``company_words_after_name``) that closes a list item (、, 等, a comma) is the
    company's short name with that word, an ORG (a person before a name, 江某化工钱某某, is dropped
    by ``company_short_name``)."""
    if m.type not in (T.PERSON, T.PLACE) or m.source not in MODEL_SOURCES \
            or (m.type == T.PLACE and gazetteer().is_place(m.text)):
        return m
    word = next((w for w in _company_words() if doc.text.startswith(w, m.end)), None)
    end = m.end + len(word) if word else m.end
    if word is None or doc.text[end : end + 1] not in ("、", "等", "，", ","):
        return m
    return Mention(m.start, end, T.ORG, doc.text[m.start : end], m.source)


def in_slogan(doc: Document, m: Mention) -> bool:
    """An INITIATIVE candidate (a known name, or a later one's alias) inside a longer quoted slogan
    (“某某建功，某某某某”: two matched halves, or a listed slogan) that is no programme itself: part
    of the slogan."""
    if m.type != T.INITIATIVE or m.source == Source.USER_LEXICON:
        return False
    text = doc.text
    o = text.rfind("“", max(0, m.start - 30), m.start + 1)
    c = text.find("”", m.end, m.end + 30)
    if o < 0 or c < 0 or re.search("[“”\n]", text[o + 1 : m.start] + text[m.end : c]):
        return False
    name = text[o + 1 : c]
    couplet = _COUPLET.fullmatch(name)
    if name == m.text or not (name in initiatives()["slogans"] or (couplet and len(couplet[1]) == len(couplet[2]))):
        return False
    return not _is_initiative_name(name, text[max(0, o - 12) : o], text[c + 1 : c + 13], single_quote=False)


_INSERTED = re.compile(rf"[（(][{HAN}、]{{1,6}}[）)]")  # 劳模（职工）创新工作室: an alternative in brackets


def _known_with_brackets(doc: Document, known: re.Pattern[str]) -> list[Mention]:
    """A known name written with bracketed alternatives inside or after it (劳模（职工）创新工作室（联盟）):
    found in the text without the brackets, the span running over them."""
    text = doc.text
    out = []
    for region in doc.regions:
        seg = text[region.start : region.end]
        if not _INSERTED.search(seg):
            continue
        kept: list[int] = []  # offset in the text of each character kept
        last = 0
        for b in _INSERTED.finditer(seg):
            kept.extend(range(region.start + last, region.start + b.start()))
            last = b.end()
        kept.extend(range(region.start + last, region.end))
        bare = "".join(text[i] for i in kept)
        for m in known.finditer(bare):
            s, e = kept[m.start()], kept[m.end() - 1] + 1
            if e - s == m.end() - m.start():
                continue  # no bracket inside: found as it is
            after = _INSERTED.match(text, e)
            if after:
                e = after.end()  # …工作室（联盟）
            out.append(Mention(s, e, T.INITIATIVE, text[s:e], "lexicon:initiative"))
    return out


def _with_extension(doc: Document, m: Mention, data: dict) -> Mention:
    """劳模创新工作室 + 联盟, 全国 + 职工书屋 + 示范点: a word after a known name that makes a programme of
    its own with it, and the level of that title before it."""
    ext = next((w for w in data["name_extensions"] if doc.text.startswith(w, m.end)), None)
    if ext is None:
        return m
    s = m.start
    level = next((w for w in data["extension_levels"] if doc.text.endswith(w, 0, s)), None)
    if level is not None:
        s -= len(level)  # 全国职工书屋示范点: the title's level is part of it
    return Mention(s, m.end + len(ext), m.type, doc.text[s : m.end + len(ext)], m.source)


def _with_season(doc: Document, m: Mention, data: dict) -> Mention:
    """夏 + 送清凉, 冬 + 送温暖: a season's character before a known name that is a verb and its object
    names the season's programme (initiatives.json season_prefix), unless it ends a time word (今冬)."""
    season = data["season_prefix"]
    s, text = m.start, doc.text
    if m.text not in data["verb_use"]["names"] or s < 1 or text[s - 1] not in season["seasons"] \
            or (s >= 2 and text[s - 2] in season["not_after"]):
        return m
    return Mention(s - 1, m.end, m.type, text[s - 1 : m.end], m.source)


def _with_level(doc: Document, m: Mention, data: dict) -> Mention:
    """市五一劳动奖状, 某省示范性劳模工作室: a bare level word or a modifier (``name_modifiers``) before a
    known name belongs to it (a level word not when it ends a place name or follows 全/本/各…)."""
    s, text = m.start, doc.text
    for _ in range(3):  # 某省示范性劳模工作室, 省级劳模工作室: modifiers of the name are part of it
        word = next((w for w in data["name_modifiers"] if text.endswith(w, 0, s)), None)
        if word is None:
            break
        s -= len(word)
    if s != m.start:
        return Mention(s, m.end, m.type, text[s : m.end], m.source)
    national = next((w for w in data["national_title_prefixes"] if text.endswith(w, 0, s)), None)
    heads = data["honour_list"]["heads"]
    if national and m.text.endswith(tuple(heads)) and m.text not in heads:  # (全国职工之家: the nation's, no title)
        return Mention(s - len(national), m.end, m.type, text[s - len(national) : m.end], m.source)  # 全国模范职工小家
    if s < 2 or text[s - 1] not in data["level_prefixes"] or text[s - 2] in data["scope_before_level"]:
        return m
    tok = doc.token_at(s - 1)
    if tok is not None and tok.start < s - 1:
        return m  # 社区|工会驿站: the level character ends a word (社区), it is no level
    gaz = gazetteer()
    if any(text[s - n : s] in gaz.full or text[s - n : s] in gaz.short for n in range(2, min(s, 8) + 1)):
        return m  # 南漳县工人先锋号: the place joins it later
    return Mention(s - 1, m.end, m.type, text[s - 1 : m.end], m.source)


_ORDINAL = (rf"(?:第[{NUM_CN}\d]+[次届]|(?!两)[{NUM_CN}\d]+届[{NUM_CN}\d]+次|(?!两)[{NUM_CN}\d]+届"
            rf"|[{NUM_CN}]{{2,3}}次(?=代表大会))")  # 市工会十七次代表大会 (三次会议: three meetings)
# (两届 alone is a count of editions, never an edition: (?!两) above)
_MEETING_HEAD = (
    "全国代表大会|代表大会|全体委员[（(]?扩大[）)]?会议|全体委员会议|全委[（(]?扩大[）)]?会议?|全委会议|全委会|"
    "全体[（(]?扩大[）)]?会议|全体会议|[（(]?扩大[）)]?会议|"  # 全委扩大会议, 第三次扩大会议: not …扩 + 大会
    "委员会议|常委会议|主席团会议|经审会|会员代表大会|职工代表大会|职代会|教代会|双代会|表彰大会|论坛|博览会|大会|会议|"
    "中全会|全会"  # 二十届三中全会, 十二届五次全会
)
# a congress by its number: 党的二十大, 中国工会十八大, 某市工会十五大 (two numerals, one of them 十: not
# 十大工匠, nor a festival's number before a word that opens with 大, 庆五一大型晚会)
_NUMBERED_CONGRESS = r"(?:十[一二三四五六七八九]|[二三四五六七八九]十)大(?![会学厦队楼院街道型赛类项])"
_EVENT = re.compile(rf"(?:{_ORDINAL}|首届)(?:(?!参加|出席|召开|举行)[{HAN}]){{0,8}}?(?P<head>{_MEETING_HEAD})"
                    rf"|(?:党的)?{_NUMBERED_CONGRESS}")  # 首届职工技术交流大会: the first edition
_ORDINAL_RX = re.compile(_ORDINAL)
_QUOTED_OPENING = re.compile(rf"“[{HAN}\d·（）()]{{2,30}}$")  # the opening quote of a meeting's quoted name
# (a show joined to a ceremony by 暨 is part of its name: 某某表彰大会暨文艺汇演)
_JOINED_MEETING = re.compile(rf"暨[{HAN}（）()]{{0,16}}?(?:{_MEETING_HEAD}|座谈会|推进会|交流会|仪式|汇演|晚会|文艺演出)")


@lru_cache(maxsize=1)
def _ceremony_heads() -> tuple[str, ...]:
    return tuple(organizations()["ceremony_heads"])


@lru_cache(maxsize=1)
def _ceremony() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    data = organizations()
    return (re.compile(rf"(?:{alternation(_ceremony_heads())})(?:(?<=会)议|(?<=會)議)?"), tuple(data["ceremony_openers"]),  # 推进会议
            tuple(data["ceremony_stops"]))


@lru_cache(maxsize=1)
def _head_prepositions() -> tuple[str, ...]:
    return tuple(organizations()["head_prepositions"])


def _governed_head(text: str, head_start: int) -> bool:
    """A meeting or ceremony head right after a preposition (向大会作报告, 为仪式致辞) is a bare
    noun, not the end of a name."""
    return text.endswith(_head_prepositions(), 0, head_start)


_YEAR_OR_EDITION = re.compile(rf"(?:\d{{4}}年|第[{NUM_CN}\d]+[届期]|首[届期])")  # 首期“某某培训营”结业式


def _in_quote(text: str, k: int, end: int) -> bool:
    """Whether position ``k`` lies inside a quote that closes before ``end``."""
    return text.count("”", k, end) > text.count("“", k, end)


def _stop_word_before(doc: Document, k: int, stops: tuple[str, ...], head: int) -> bool:
    """Whether a stop word (召开, 在, 的…) ends right at ``k`` as a word of its own: 在 of 在职, 于 of
    于是, 将 of 将军 are characters of a longer word of the name before its ``head`` (某市在职职工大病互助
    工作会议); a word running on into the head (举行仪式) still holds the stop."""
    if not doc.text.endswith(stops, 0, k):
        return False
    tok = doc.token_at(k - 1)
    return tok is None or tok.end <= k or tok.end > head


_LIST_ITEM_EVENT_END = re.compile(r"(?:会|赛|仪式|典礼|论坛|式|节)[）)]?$")  # an item that is an event of its own


def _listed_ceremony_start(text: str, head: int, floor: int, hosts: tuple[str, ...]) -> int | None:
    """Where a ceremony's name opens that lists what it is held for (举行某某实训基地、“某某”工作室授牌仪式,
    召开2019-2020年度先进集体、劳动模范（先进工作者）表彰大会): right after the verb that holds it, in the
    same clause, when no listed item is an event of its own (举办招聘会、某某论坛及签约仪式: three events)."""
    k = head
    while k > floor and text[k - 1] not in CLAUSE_BREAKS and not text.endswith(hosts, 0, k):
        k -= 1
    if not text.endswith(hosts, 0, k) or head - k < 4:
        return None
    items = re.split(r"[、]", text[k:head])
    if len(items) < 2 and not re.search(r"[（(）)]", text[k:head]):
        return None
    if any(not item or _LIST_ITEM_EVENT_END.search(item) for item in items[:-1]) or "“" in text[k:head] \
            and text.count("“", k, head) != text.count("”", k, head):
        return None
    return k


def ceremonies(doc: Document, prefixes: list[Mention]) -> list[Mention]:
    """Named ceremonies and meetings without an ordinal (江城市五一劳动奖表彰暨工人先锋号命名大会,
    2023年“南粤工匠杯”劳动和技能竞赛启动仪式): the head, and the name before it from its first
    place or organisation name, year, edition or 全国/全省…; none through 召开, 举行, 在… ."""
    heads, openers, stops = _ceremony()
    hosts = tuple(organizations()["ceremony_hosts"])
    starts = {p.start for p in prefixes if p.type in (T.ORG, T.PLACE)}
    text = doc.text
    out = []
    for region in doc.regions:
        for m in heads.finditer(text, region.start, region.end):
            if _governed_head(text, m.start()):
                continue
            k, floor = m.start(), max(region.start, m.start() - 30)
            while k > floor and (is_han(text[k - 1]) or text[k - 1].isdigit() or text[k - 1] in "“”·"
                                 or text[k - 1] in " 　—，," and _in_quote(text, k, m.start())) \
                    and (_in_quote(text, k, m.start()) or not _stop_word_before(doc, k, stops, m.start())):
                k -= 1  # (a space, dash or comma, and a stop word, only inside a quoted theme: “工会在身边，…”发布会)
            s = next((p for p in range(k, m.start() - 3) if p in starts or text.startswith(openers, p)
                      or _YEAR_OR_EDITION.match(text, p)), None)
            if s is None and m.start() - k >= 4 and (text.endswith(hosts, 0, k) or (
                    text.endswith("在", 0, k) and text.startswith(("上", "中"), m.end()))):
                s = k  # 举行某某集中入会仪式, 在某某集中入会仪式上: the name runs from the verb or 在 that holds it
            if s is None and k < m.start() and text[k - 1] in "、（(" or s is None and k == m.start() and text[k - 1] in "）)":
                s = _listed_ceremony_start(text, m.start(), max(region.start, m.start() - 40), hosts)
            if s is not None and s > 0 and text[s - 1] == "“" and text.count("”", s, m.start()) > text.count("“", s, m.start()):
                s -= 1  # “某某公司工资专项合同”签约仪式: the quote that opens the name belongs to it
            if s is not None and not text.startswith(tuple(organizations()["ceremony_generic_openers"]), s):
                out.append(Mention(s, m.end(), T.EVENT, text[s : m.end()], "rule:event"))
    return out


def _company_before(text: str, pos: int, floor: int) -> int:
    """The start of a company's full name ending at ``pos`` (its legal form right before it), back to
    the clause's start; ``pos`` when there is none."""
    if not text.endswith(tuple(organizations()["enterprise_legal_suffixes"][:4]), 0, pos):
        return pos
    _, _, stops = _ceremony()
    k = pos
    while k > max(floor, pos - 24) and is_han(text[k - 1]) and not text.endswith(stops, 0, k):
        k -= 1
    return k if pos - k >= 6 else pos  # a company's full name: more than its legal form


def _joined_events(text: str, found: list[Mention]) -> list[Mention]:
    """A congress and its session written together (第五届职工代表大会第三次会议) and meetings joined
    by 暨 (十届四次全委会议暨经费审查委员会全体会议) are one event."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda x: (x.start, -x.end)):
        last = out[-1] if out else None
        if last and last.start <= m.start and (m.start <= last.end or text[last.end : m.start] == "暨"):
            if m.end > last.end:
                out[-1] = Mention(last.start, m.end, T.EVENT, text[last.start : m.end], last.source)
            continue
        out.append(m)
    for i, m in enumerate(out):
        more = _JOINED_MEETING.match(text, m.end)
        if more:  # 某会议暨经费审查委员会全体会议
            out[i] = Mention(m.start, more.end(), T.EVENT, text[m.start : more.end()], m.source)
    return out


def _in_contest_theme(text: str, start: int, end: int) -> bool:
    """A meeting named inside the quoted theme of a contest (“喜迎某某大·某某”全市职工篮球比赛): part of
    the contest's name, not a mention of the meeting."""
    o, c = text.rfind("“", max(0, start - 30), start + 1), text.find("”", end, end + 30)
    if o < 0 or c < 0 or re.search(r"[“”。；\n]", text[o + 1 : start] + text[end:c]):
        return False
    return _contest().match(text, c + 1) is not None


def _noun_before(doc: Document, pos: int) -> bool:
    """Whether the word ending right before ``pos`` is a name's word (a noun, an adjective: 华东大),
    not a verb, a coverb or a function word (通过市工会…, 了) after which a level word opens a union."""
    tok = doc.token_at(pos - 1)
    return tok is not None and tok.end == pos and (tok.pos or "")[:1] in ("n", "a", "j")


def _name_before_level(text: str, pos: int, floor: int) -> int:
    """Where the name opens that a bare level word's union at ``pos`` ends (某某置地华东大区|工会: the
    区 closes a word of the name, no district's union): back over Han characters to the clause's start
    or a ceremony_stops word (召开了, 在), at most 16; ``pos`` when the name would open elsewhere."""
    _, _, stops = _ceremony()
    k = pos
    while k > max(floor, pos - 16) and is_han(text[k - 1]) and not text.endswith(stops, 0, k):
        k -= 1
    opens = k == floor or not is_han(text[k - 1]) or text.endswith(stops, 0, k)
    return k if opens and pos - k >= 2 else pos


def _in_slogan_quote(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a quote (on one line) that holds more than it: a slogan or
    theme (“喜迎二十大 奋进新征程”), not the congress named in quotes (“二十大”)."""
    o = text.rfind("“", max(0, start - 20), start + 1)
    c = text.find("”", end, end + 20)
    if o < 0 or c < 0 or re.search(r"[“”\n]", text[o + 1 : start] + text[end:c]):
        return False
    return c - o - 1 > end - start


_CONGRESS_READ_AS_BODY = re.compile(rf"[{NUM_CN}]+大$")
_CONTEST_SUBJECT = re.compile(r"精神(?:知识竞赛|知识竞答|网络知识竞赛|线上知识竞赛)")  # 学习某某大精神知识竞赛: the contest's subject
_LEVEL_OPENERS = "省市州县区旗街镇乡"  # a level word opening a bare union (区工会), which may close a word before it


def events(doc: Document, prefixes: list[Mention]) -> list[Mention]:
    """Ordinal + meeting head, extended left over an adjacent organisation or place name; and
    named ceremonies (``ceremonies``)."""
    ends = {}
    for p in prefixes:
        if p.type in (T.ORG, T.PLACE) and (p.end not in ends or p.start < ends[p.end]):
            ends[p.end] = p.start
    org_ends = {p.end: p.start for p in prefixes if p.type == T.ORG}
    prefixes_rx = org_grammar().event_prefixes
    out = []
    for region in doc.regions:
        for m in _EVENT.finditer(doc.text, region.start, region.end):
            if m.group("head") and _governed_head(doc.text, m.start("head")):
                continue  # 代表第三届委员会向大会作报告
            if not m.group("head") and _in_slogan_quote(doc.text, m.start(), m.end()):
                continue  # “喜迎二十大、建功新时代”: a slogan's words, no mention of the congress
            s = ends.get(m.start(), m.start())
            if s == m.start():
                fixed = prefixes_rx.search(doc.text, max(region.start, s - 8), s)
                s = fixed.start() if fixed else s
                if fixed and s > region.start and is_han(doc.text[s - 1]) and s not in ends \
                        and fixed.group()[0] in _LEVEL_OPENERS and _noun_before(doc, s):
                    s = _name_before_level(doc.text, s, region.start)  # 某某华东大区工会第一次…: not 区工会
            while s in ends and ends[s] >= region.start:
                s = ends[s]  # 某市政府市总工会联席会议: bodies named together open it
            if s != m.start() and doc.text[s - 1 : s] in ("与", "和") and s - 1 in org_ends and org_ends[s - 1] >= region.start:
                s = org_ends[s - 1]  # 某区政府与区总工会联席会议: the bodies that meet open it
            if s == m.start():
                s = _company_before(doc.text, s, region.start)  # 某某钢铁集团有限公司第五届职工代表大会…
            if doc.text.startswith("”", m.end()) and (q := _QUOTED_OPENING.search(doc.text, max(region.start, s - 30), s)):
                s = q.start() + 1  # “某某商圈工会联合会第一次代表大会”: the quoted name is the meeting's
            if not _in_contest_theme(doc.text, s, m.end()) and not _CONTEST_SUBJECT.match(doc.text, m.end()):
                out.append(Mention(s, m.end(), T.EVENT, doc.text[s : m.end()], "rule:event"))
    out += [c for c in ceremonies(doc, prefixes) if not any(o.start <= c.start < o.end for o in out)]
    out = _joined_events(doc.text, out)
    return out + _bare_congresses(doc, out)


_BARE_CONGRESS = re.compile(r"(?<=[，。；！？\n、：])(?:本次|此次|这次|本届)?(?P<name>职代会|教代会)(?=上|期间|召开|开幕|闭幕)"
                            r"|(?:本次|此次|这次|本届)(?P<named>职代会|教代会)")
_CONGRESS_WORDS = {"职代会": ("职代会", "职工代表大会"), "教代会": ("教代会", "教职工代表大会")}


def _bare_congresses(doc: Document, found: list[Mention]) -> list[Mention]:
    """职代会上 (or 本次职代会) after the article names one workers' congress (某公司三届四次职代会):
    that congress, a mention of the same event; a bare 职代会 said of the institution (以职代会为基本
    形式, 职代会制度) is none."""
    out = []
    for m in _BARE_CONGRESS.finditer(doc.text):
        word = m.group("name") or m.group("named")
        start = m.start("name") if m.group("name") else m.start("named")
        named = {f.text for f in found if f.end <= start and f.text != word
                 and any(w in f.text for w in _CONGRESS_WORDS[word]) and _ORDINAL_RX.search(f.text)}
        if len(named) == 1 and doc.in_regions(start, start + len(word)):
            out.append(Mention(start, start + len(word), T.EVENT, word, "rule:event", canonical=named.pop()))
    return out


_CUP_BEFORE = re.compile(r"杯”(?:\d{4}年度?)?$")  # a quoted cup right before a contest's edition


@lru_cache(maxsize=1)
def _contest() -> re.Pattern[str]:
    heads = alternation(initiatives()["contest_heads"])
    quoted = "“[^“”\n]{1,40}”"  # a quoted theme may hold spaces, dashes and inner quotes
    return re.compile(rf"(?P<ord>{_ORDINAL})?(?P<body>(?:{quoted}|[{HAN}“”‘’·A-Za-z0-9]){{0,16}}?)(?:{heads})")


def contests(doc: Document, prefixes: list[Mention]) -> list[Mention]:
    """Named contests and games (长沙市第十届职工运动会, 第五届陕西省职工职业技能大赛, 全省职工职业技能大赛):
    INITIATIVE, the majority convention of the annotated set. The name must open with an edition
    (第N届), a place, or 全省/全市/全国…; a place right before the edition belongs to it."""
    starts = {p.start for p in prefixes if p.type == T.PLACE}
    ends = {p.end: p.start for p in prefixes if p.type == T.PLACE}
    generic = tuple(initiatives()["contest_openers"])
    name_verbs = frozenset(initiatives()["contest_name_verbs"])
    not_inside = tuple(initiatives()["contest_not_inside"])
    festivals = frozenset(initiatives()["generic_not"])  # a quoted festival (“五一”) opens no contest's name
    orgs = [p for p in prefixes if p.type == T.ORG and not p.text.endswith("工会")  # 某县工会干部培训班: no owner
            and not _CONGRESS_READ_AS_BODY.search(p.text)]  # 学习中国工会某大精神: a congress a model reads as a body
    out = []
    rx = _contest()
    heads = sorted(initiatives()["contest_heads"], key=len, reverse=True)
    for region in doc.regions:
        pos = region.start
        while True:
            m = rx.search(doc.text, pos, region.end)
            if not m:
                break
            edition = m if m["ord"] else _ORDINAL_RX.search(doc.text, m.start(), m.end())
            if edition and not edition.group().startswith("第") and edition.start() not in ends:
                edition = None  # 举办了三届职工运动会: a count of editions (市十届运动会 is one)
            if edition and "届" not in edition.group():
                edition = None  # 第三次参加全省大赛: a count of times, no contest's edition
            if edition:  # 举办第三届全市职工运动会: from the edition on
                s = edition.start()
                s = ends.get(s, s)  # 长沙市 + 第十届…
                if s == edition.start() and doc.text.endswith(generic, region.start, s):
                    s -= next(len(o) for o in generic if doc.text.endswith(o, region.start, s))  # 全国 + 第六届…
                if _CUP_BEFORE.search(doc.text, max(region.start, s - 8), s):
                    s = -1  # “某某杯”第三届焊工技术比武: the quoted cup names the contest, as the annotated set has it
            else:  # no edition: from the last place or 全省… inside the match
                quoted = [i for i in range(m.start(), m.end()) if doc.text[i] == "“" and "”" in doc.text[i : m.end()]
                          and doc.text[i + 1 : doc.text.find("”", i)] not in festivals]  # 某区庆“五一”职工运动会
                cands = quoted[:1] or [i for i in range(m.start(), m.end())
                                       if (i in starts and not _inside_token(doc, i)) or doc.text.startswith(generic, i)]
                s = ends.get(cands[-1], cands[-1]) if cands else -1  # (“某某杯”职工篮球联赛: from the quote)
                if s >= 0 and any(doc.text.startswith(o, s) and s + len(o) == m.end("body") for o in generic):
                    s = -1  # 全省大赛 bare: a generic opener and the head alone name nothing
                outside = _unquoted_parts(doc.text, max(s, 0), m.end("body"))  # a quoted theme may hold verbs
                if s >= 0 and (any(_has_verb(doc, a, b, name_verbs) for a, b in outside)
                               or any("在" in doc.text[a:b] or any(w in doc.text[a:b] for w in not_inside) for a, b in outside)
                               or any(s <= o.start and o.end <= m.end("body") for o in orgs)):
                    s = -1  # 在某市举办职工运动会, 某队在比赛中, 某公司焊工比赛, 某县总工会将以本次篮球联赛: not a name
            if s < 0 and not edition and region.kind == "body":
                s = _hosted_contest(doc, m)  # 某公司举办焊工技能竞赛: a trade's contest the body holds
            q = doc.text.rfind("“", max(region.start, m.end() - 40), m.end())
            if q >= 0 and not re.search(r"[”。；\n]", doc.text[q : m.end()]) and doc.text.startswith("”", m.end()):
                # “‘某某’职工象棋比赛”, “庆祝某某‘某某杯’某市第四届职工足球联赛”: the whole quoted name (“趣味运动会”: a kind)
                s = q + 1 if doc.text[q + 1 : m.end()] not in festivals else -1
            e = m.end()
            while (more := next((h for h in heads if doc.text.startswith(h, e)), None)) is not None:
                e += len(more)  # 第三届职工技术比武大赛: a head right after the head ends the name
            if s >= 0:
                out.append(Mention(s, e, T.INITIATIVE, doc.text[s:e], "rule:contest"))
            pos = e
    return out


def _unquoted_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of [start, end) outside “…” (某县总工会举行庆“五一”职工运动会: 某县总工会举行庆, 职工)."""
    out, pos = [], start
    for q in re.finditer(r"“[^“”]*”", text[start:end]):
        out.append((pos, start + q.start()))
        pos = start + q.end()
    out.append((pos, end))
    return [(a, b) for a, b in out if a < b]


@lru_cache(maxsize=1)
def _contest_host() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    data = initiatives()["hosted_contest"]
    rx = re.compile(rf"(?:{alternation(data['verbs'])})(?:了|的)?(?:{initiatives()['unquoted_programme']['year']})?")
    return rx, tuple(data["heads"]), tuple(sorted(data["generic_words"], key=len, reverse=True))


def _hosted_contest(doc: Document, m: re.Match[str]) -> int:
    """Where a contest's name opens right after a verb of holding it (initiatives.json hosted_contest:
    某公司举办焊工技能竞赛, 某区总工会在某地举行2024年配电运维技能比武), when it names the trade or
    subject it is held in: a word other than generic_words (职工, 技能…) before a head of a match
    (heads); -1 when there is none (举办职工技能大赛, 开展各类技能竞赛). In the body only: a headline's
    short form (某公司举办某某竞赛) is the body's full name cut short, its holder said loosely."""
    host, heads, generic = _contest_host()  # (heads longest first)
    text = doc.text
    head = next((h for h in heads if text.endswith(h, m.start(), m.end())), None)
    if head is None:
        return -1
    found = None
    for v in host.finditer(text, m.start(), m.end() - len(head)):
        found = v
    if found is None:
        return -1
    start, stop = found.end(), m.end() - len(head)
    core = text[start:stop]
    if not all(is_han(c) for c in core) or len(core) > 8 or re.search("[和与及或赛]", core) \
            or len(re.sub(alternation(list(generic)), "", core)) < 2:
        return -1  # 举办职工职业技能大赛: no trade named; 开展劳动竞赛和职工技能竞赛: a list of kinds
    return -1 if _has_verb(doc, start, stop) else start


def _inside_token(doc: Document, pos: int) -> bool:
    """A place found inside a word (义县 in 武义县): no name opens there."""
    tok = doc.token_at(pos)
    return tok is not None and tok.start < pos


@lru_cache(maxsize=1)
def _venue() -> re.Pattern[str]:
    data = places_lexicon()
    return re.compile(rf"在(?P<v>[^，。；、\s“”（）()]{{1,18}}?(?:{alternation(data['venue_heads'])}))"
                      rf"(?:{alternation(data['venue_adverbs'])})?(?:{alternation(data['venue_verbs'])})")


def venues(doc: Document) -> list[Mention]:
    """A named venue where a meeting or activity takes place: 在县会议中心召开, 在人民会堂隆重开幕."""
    out = []
    for region in doc.regions:
        for m in _venue().finditer(doc.text, region.start, region.end):
            s, e = m.span("v")
            opener = next((w for w in places_lexicon()["venue_generic_openers"] if m["v"].startswith(w)), "")
            s += len(opener)  # 在城区|某某广场举行: the part of town says where, the name follows
            if own_site_place(m["v"]) is not None or doc.text[s:e] in places_lexicon()["venue_heads"]:
                continue  # 在陈埭镇生产基地举行: a body's own premises; the town is the place
            if not any(w in m["v"] for w in ("一处", "和", "及", "的")):  # 镇上的文化活动中心: no name
                out.append(Mention(s, e, T.PLACE, doc.text[s:e], Source.VENUE))
    return out


def token_bounds(doc: Document) -> tuple[set[int], set[int]]:
    return {t.start for t in doc.tokens}, {t.end for t in doc.tokens}


def _jieba_reads_place(doc: Document, pos: int) -> bool:
    tok = doc.token_at(pos)
    return tok is not None and (tok.pos or "").startswith("ns")


@lru_cache(maxsize=1)
def full_names_also_words() -> frozenset[str]:
    """Divisions whose full name is also a common word (矿区, 老城区: places.json)."""
    return frozenset(places_lexicon()["full_names_also_words"])


@lru_cache(maxsize=1)
def _short_names_also_words() -> frozenset[str]:
    return frozenset(places_lexicon()["short_names_also_words"])


_TOWN_ENDS = ("街道", "镇", "乡")


@lru_cache(maxsize=1)
def _name_heads_after_short() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    data = places_lexicon()
    return (tuple(data["name_heads_after_short"]), tuple(data["name_heads_after_word"]),
            tuple(data["road_endpoint_before"]))


@lru_cache(maxsize=1)
def _institution_head() -> re.Pattern[str]:
    """An institution's head right after a place, or after the level word its short name leaves out
    (石家庄|市图书馆: a short name found inside the full one)."""
    return re.compile(rf"[市县区州]?(?:{alternation(places_lexicon()['institution_heads_after_place'])})")


def opens_longer_name(doc: Document, m: Mention) -> bool:
    """A PLACE candidate that is a short name, not a full division name (a gazetteer short name or
    a statistical span), and opens a longer proper name (某某高速, 某某石油; 某某科创大厦): a name head
    (places.json name_heads_after_short) follows at once, or a building's head after one more Han
    word (name_heads_after_word); not a road's end (甲至乙高速). Any place, full names too, right
    before an institution's head (places.json institution_heads_after_place: 某市图书馆) opens that
    institution's name, an ORG."""
    if m.type != T.PLACE or m.source == Source.USER_LEXICON:
        return False
    if _institution_head().match(doc.text, m.end):
        return True  # 某市图书馆, 某区工人文化宫: an institution's name (ORG), even after a full division name
    if m.text in gazetteer().full:
        return False
    region = doc.region_at(m.start)
    heads, building_heads, endpoint_before = _name_heads_after_short()
    text = doc.text
    if region is None or text.endswith(endpoint_before, region.start, m.start):
        return False
    if text.startswith(heads, m.end, region.end):
        return True
    tok = doc.token_at(m.end)
    if tok is None or tok.start != m.end or not 2 <= tok.end - m.end <= 3 or not all(is_han(c) for c in text[m.end : tok.end]):
        return False
    return text.startswith(building_heads, tok.end, region.end)


def _after_a_body(text: str, i: int) -> bool:
    """Whether a body's name ends right before ``i`` (县总工会|和县妇联: 和 joins two bodies there)."""
    return text.endswith(org_grammar().org_ends, max(0, i - 8), i)


def _opener_joins(text: str, i: int, gaz: Gazetteer) -> bool:
    """Whether the function word opening a division name at ``i`` (和县, 与…) joins the words around it
    (县图书馆|和|县文化馆): it follows a Chinese character that is no place's end and none of the
    words after which the division is named (places.json ``opener_place_after``: 赴和县, 在和县, 与和县)."""
    if i == 0 or not is_han(text[i - 1]) or text[i - 1] in places_lexicon()["opener_place_after"]:
        return False
    return not any(text[i - n : i] in gaz.full or text[i - n : i] in gaz.short for n in (2, 3, 4) if i >= n)


def places(doc: Document, gaz: Gazetteer) -> list[Mention]:
    """Gazetteer names: full names anywhere in Han text, towns and short names on jieba word
    boundaries; a county's or a town's short name where the article names it in full (a town's only
    before a mark or punctuation: 白石“三个片区”)."""
    starts, ends = token_bounds(doc)
    word_names = _short_names_also_words()
    word_full = full_names_also_words()
    openers = places_lexicon()["function_word_openers"]  # 和县: a place only as a word of its own
    zone_words = _zone_words(doc)
    text = doc.text
    out = []
    for region in doc.regions:
        for i in range(region.start, region.end):
            longest = gaz.longest_from.get(text[i])  # no name starts with most characters
            if longest is None or not is_han(text[i]):
                continue
            best = None
            reach, limit = 1, min(longest, 10, region.end - i)
            while reach < limit and text[i : i + reach + 1] in gaz.prefixes:
                reach += 1  # the longest beginning of a name found here
            for n in range(reach, 1, -1):
                sub = text[i : i + n]
                if sub in gaz.full and ((sub not in gaz.variants and sub[0] not in openers)
                                        or (i in starts and i + n in ends and not (sub[0] in openers and (
                                            _after_a_body(text, i) or _opener_joins(text, i, gaz))))):
                    if sub in word_full and not gaz.city_named(sub, text):
                        continue  # 推进老城区改造, 矿区工会: a common word where its city goes unnamed
                    best = (sub, True)
                    break
                if sub in gaz.towns and i in starts and not (_JOINERS.match(sub) and i > 0 and text[i - 1] in _BODY_ENDS):
                    best = (sub, True)  # 柳林镇, 坞城街道: towns on a word start (not 某总工会|联合|镇…)
                    break
                if best is None and sub in gaz.short and i in starts and i + n in ends and (
                        sub not in word_names or _jieba_reads_place(doc, i)
                        or any(text.endswith((p.province, p.province[:2]), 0, i) for p in gaz.short[sub])):
                    best = (sub, False)  # 安康 (well-being) only where jieba reads a place, or after its province
            if best is None and i in starts:  # 东湖新技术开发区: a zone the segmenter knows as one word
                best = zone_words.get(i)
            if best is None and i in starts:  # 卓尼 for 卓尼县, in an article that names the county in full
                best = next(((text[i : i + n], False) for n in (3, 2)
                             if i + n in ends and gaz.counties_named(text[i : i + n], text)), None)
            if best is None and i in starts:  # 白石“三个片区”, for 白石街道 named in full (白石街道总工会)
                best = next(((text[i : i + n], False) for n in (3, 2) if text[i : i + n] in gaz.town_stems
                             and not is_han(text[i + n : i + n + 1] or "。")
                             and any(text[i : i + n] + t in gaz.towns and text[i : i + n] + t in text
                                     for t in _TOWN_ENDS)), None)
            if best:
                end = i + len(best[0])
                zone = _zone_suffix().match(text, end, region.end)
                if zone:  # a named zone: 长沙经济技术开发区, 济南高新区
                    end = zone.end()
                if text.endswith(tuple(places_lexicon()["station_after"]), 0, i):
                    end = _station_end(text, end, region.end)  # 在某某南站: a station where it happens, one PLACE
                out.append(Mention(i, end, T.PLACE, text[i:end], "gazetteer"))
    out += [m for m in _literal_mentions(doc, dict.fromkeys(places_lexicon()["historical_names"], T.PLACE), "gazetteer")
            if m.start in starts]  # 新中国: a PLACE of its own, not 中国 inside it
    return out + city_nicknames(doc, gaz, starts, ends) + listed_places(doc)


@lru_cache(maxsize=1)
def _place_list() -> re.Pattern[str]:
    data = places_lexicon()
    item = rf"[{HAN}]{{2,{data['listed_place_max']}}}"
    return re.compile(rf"[{HAN}]+(?:、{item})+(?=等(?:[\d一二三四五六七八九十两几]+个)?(?:{alternation(data['listed_place_kinds'])})"
                      rf"(?![{HAN}]*(?:工会|公司|企业|单位|干部)))")


_LIST_OPENER_POS = ("v", "p", "d", "c", "r", "m", "f", "u")  # 走进|柿园: what stands before the first item


def listed_places(doc: Document) -> list[Mention]:
    """柿园、石磨岗等村, 甲镇、乙乡等乡镇 (places.json listed_place_kinds): each item of a list closed
    by 等 and a kind of place is a PLACE as written; the first item is the segmenter word before the
    first 、 (two characters or more, no verb or preposition)."""
    limit = places_lexicon()["listed_place_max"]
    out = []
    for region in doc.regions:
        for run in _place_list().finditer(doc.text, region.start, region.end):
            first_end = doc.text.index("、", run.start())
            tok = doc.token_at(first_end - 1)
            items = []
            if tok is not None and tok.end == first_end and 2 <= first_end - tok.start <= limit \
                    and not (tok.pos or "").startswith(_LIST_OPENER_POS):
                items.append((tok.start, first_end))
            pos = first_end + 1
            for piece in doc.text[first_end + 1 : run.end()].split("、"):
                items.append((pos, pos + len(piece)))
                pos += len(piece) + 1
            out += [Mention(s, e, T.PLACE, doc.text[s:e], Source.GAZETTEER) for s, e in items]
    return out


def _zone_words(doc: Document) -> dict[int, tuple[str, bool]]:
    """The segmenter words that name a zone, by where they start: a word ending with a zone suffix
    after two or more characters (东湖新技术开发区; places.json zone_words_not_names, ..._suffixes:
    深水港区 is none). One pass over the tokens."""
    data = places_lexicon()
    not_names, not_suffixes = data["zone_words_not_names"], tuple(data["zone_words_not_names_suffixes"])
    zone_end = _zone_end()
    out: dict[int, tuple[str, bool]] = {}
    for tok in doc.tokens:
        if tok.end - tok.start < 3:
            continue
        word = doc.text[tok.start : tok.end]
        suffix = zone_end.search(word)
        if suffix is None or suffix.start() < 2 or word in not_names or word.endswith(not_suffixes) \
                or not all(map(is_han, word)):
            continue
        out[tok.start] = (word, True)
    return out


@lru_cache(maxsize=1)
def _station_suffix() -> re.Pattern[str]:
    data = places_lexicon()
    return re.compile(rf"(?:{alternation(data['station_suffixes'])})(?!{alternation(data['station_not_before'])})")


def _station_end(text: str, end: int, limit: int) -> int:
    """Where a place's span ends when a station's suffix follows it (places.json station_suffixes:
    在某某南站, 到某某火车站: one PLACE, a venue); ``end`` where none does."""
    station = _station_suffix().match(text, end, limit)
    return station.end() if station else end


def city_nicknames(doc: Document, gaz: Gazetteer, starts: set[int], ends: set[int]) -> list[Mention]:
    """并州, 榕城: a city's nickname (places.json) where the article also names the city or its
    province, on jieba word boundaries (``starts``, ``ends``: the token bounds ``places`` has)."""
    out = []
    for nick, city in places_lexicon()["city_nicknames"].items():
        place = next(iter(gaz.nicknames.get(nick, [])), None)
        if place is None or nick not in doc.text:
            continue
        named = (city[:-1], (place.province or "")[:2])
        if not any(n and n in doc.text for n in named):
            continue
        for m in re.finditer(nick, doc.text):
            if doc.in_regions(m.start(), m.end()) and m.start() in starts and m.end() in ends:
                out.append(Mention(m.start(), m.end(), T.PLACE, nick, "gazetteer"))
    return out


@lru_cache(maxsize=1)
def _zone_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(places_lexicon()['zone_suffixes'])})$")


@lru_cache(maxsize=1)
def _zone_suffix() -> re.Pattern[str]:
    return re.compile(alternation(places_lexicon()["zone_suffixes"]))


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
        self.abbrev_prefixes = tuple(sorted(ab.get("prefixes", []), key=len, reverse=True))
        self.not_in_names = re.compile(alternation(data["not_in_names"]))
        self.abbrev = re.compile(rf"(?:{alternation(ab['levels'])})(?:{alternation(ab['heads'])})")
        self.abbrev_levels = tuple(sorted(ab["levels"], key=len, reverse=True))
        self.aliases: dict[str, str] = data["aliases"]
        self.alias_rx = re.compile(rf"(?:{alternation(self.aliases)})(?!门)")  # 人社部, not 人社部门 (departments)
        self.alias_stops = {k: tuple(v) for k, v in data.get("aliases_not_followed_by", {}).items()}
        self.event_prefixes = re.compile(rf"(?:{alternation(data['event_prefixes'])})$")
        self.company_end = tuple(sorted(data["company_heads"], key=len, reverse=True))
        self.bare_heads = frozenset(data["union_heads"] + data["subunits"] + data["company_heads"]
                                    + data["after_place_heads"])
        self.generic_starts = tuple(data["generic_org_starts"])
        self.short_suffixes = tuple(data["short_name_suffixes"])
        self.facilities = tuple(data["facility_suffixes"])
        self.party_prefixes = tuple(data["party_prefixes"])
        self.trailing = tuple(sorted(data["model_org_trailing"], key=len, reverse=True))
        self.enterprise_unions_rx = re.compile(alternation(data["bare_enterprise_unions"]))
        self.enterprise_union_stops = tuple(data["bare_enterprise_union_stops"])
        self.station_owner_ends = tuple(data["station_bodies"]["owner_ends"])
        self.station_staff = tuple(data["station_bodies"]["staff_after"])
        self.head_anaphora = tuple(data["head_anaphora"])
        self.head_anaphora_rx = re.compile(rf"该?(?:{alternation(data['head_anaphora'])})")
        self.anaphora_words = frozenset(data["enterprise_anaphora"]) | {"该" + w for w in data["enterprise_anaphora"]} \
            | frozenset(data["enterprise_anaphora_found"])
        self.town_anaphora = re.compile(rf"该(?:{alternation(data['short_forms']['bare_town_unions'])})")  # 该镇工会
        self.anaphora = re.compile(rf"(?:该)?(?:{alternation(data['enterprise_anaphora'])})|省总(?!工会)"
                                   rf"|(?:{alternation(data['platform_companies'])})")
        sector = data["sector_unions"]
        self.sector_union = re.compile(
            rf"(?!{alternation(sector['not_opening'])})(?:(?!{alternation(sector['not_inside'])})[{HAN}]){{2,{sector['max_words']}}}?"
            rf"(?:{alternation(sector['markers'])})(?:{alternation(sector['heads'])})")
        self.unit_union = re.compile(rf"[{''.join(data['unit_union_heads'])}]工会")
        self.bare_level_sector = re.compile(rf"(?:省|市|县|区|州)(?:{self.sector_union.pattern})")
        self.union_departments = re.compile(rf"(?:{alternation(data['union_departments'])})(?!员)")  # not 经审委员
        self.leading = tuple(data["model_org_leading"])
        self.election = re.compile(alternation(data["model_org_election"]))
        self.cut_after = re.compile(alternation(data["model_org_cut_after"]))
        self.collective_places = tuple(data["model_org_collective_places"])
        self.delegation_ends = tuple(data["delegation_ends"])
        self.before_title = re.compile(
            rf"(?:{alternation(data['standalone_before_title'])})(?=(?:{alternation(positions())}))")


@lru_cache(maxsize=1)
def org_grammar() -> _OrgGrammar:
    """The organisation lexicon (resources/organizations.json) compiled once."""
    return _OrgGrammar()


_GROUP_LEADER = ("工会小组长", "工会小组副组长")  # titles that open with a subunit's word
_UNION_WORK = ("工作",)  # 某区|工会工作: a place's union work, no body (not 工作委员会, a longer head)


def _has_level_suffix(name: str) -> bool:
    return name.endswith(("省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "特区", "新区", "自治区", "街道", "村", "社区"))


def organizations_(doc: Document, prefixes: list[Mention]) -> list[Mention]:
    """Compose organisation names from prefixes (places, model ORGs) + heads + sub-units.

    Long by design (about 90 lines): one left-to-right grammar over prefixes, heads and sub-units whose steps share the match state.
    """
    g = org_grammar()
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
            if not m or text.startswith(_GROUP_LEADER, m.start()):
                return end  # 某县总工会|工会小组长: a title, no union of the union
            end = m.end()

    for p in prefixes:
        limit = region_end(p.start)
        # chain adjacent places: 贵州省 + 六盘水市
        chain_end = p.end
        chain_full = p.type == T.PLACE and _has_level_suffix(p.text)
        progressed = True
        while progressed:
            progressed = False
            for q in by_start.get(chain_end, []):
                if q.type == T.PLACE:
                    chain_end = q.end
                    chain_full = _has_level_suffix(q.text)
                    progressed = True
                    break
        if p.type == T.PLACE:
            if not chain_full and text.startswith("地区", chain_end) and g.after_full_place.match(text, chain_end + 2, limit):
                chain_end, chain_full = chain_end + 2, True  # 某某地区|工会: a former prefecture, a level word
            rx = g.after_full_place if chain_full else g.after_place
            m = rx.match(text, chain_end, limit) or (g.sector_union.match(text, chain_end, limit) if chain_full else None)
            if m and m.group() == "工会" and text.startswith(_UNION_WORK, m.end()):
                m = None  # 某区工会工作(者): the district's union work, no body named
            if m:
                end = extend_subunits(m.end(), limit)
                start = p.start
                for pre in g.party_prefixes:  # 中共遵义市委, 共青团陕西省委
                    if text.startswith(pre, p.start - len(pre)):
                        start = p.start - len(pre)
                out.append(Mention(start, end, T.ORG, text[start:end], "rule:org"))
        elif p.type == T.ORG:
            m = g.after_org.match(text, p.end, limit)
            if m and m.group().endswith("站") and p.text.endswith(g.station_owner_ends):
                m = None  # 某车务段|某站: the station is a body of its own
            if m and text.startswith(_GROUP_LEADER, m.start()):
                m = None  # 某县总工会|工会小组长: a title, no union of the union
            if m:
                end = extend_subunits(m.end(), limit)
                out.append(Mention(p.start, end, T.ORG, text[p.start : end], "rule:org"))
    for rx in (g.anaphora, g.before_title, g.union_departments, g.town_anaphora):
        found = _regex_mentions(doc, rx, T.ORG, "lexicon:org")
        if rx is g.anaphora:  # 下一阶段|工会工作 holds no 段工会: a bare head starts a word (propagate too)
            found = [m for m in found if (tok := doc.token_at(m.start)) is None or tok.start == m.start]
        out += found
    for region in doc.regions:
        for m in g.abbrev.finditer(text, region.start, region.end):
            if _level_inside_word(doc, m):
                continue
            end = extend_subunits(m.end(), region.end)
            start = m.start()
            for pre in g.abbrev_prefixes:  # 团市委, 中共市委 (not 集团市委…)
                if text.startswith(pre, start - len(pre)) and start - len(pre) >= region.start \
                        and not text.startswith("集团", start - 2):
                    start -= len(pre)
                    break
            out.append(Mention(start, end, T.ORG, text[start:end], "rule:org"))
        for m in g.unit_union.finditer(text, region.start, region.end):  # 某某场工会: a farm's or a plant's union
            tok = doc.token_at(m.start())
            if tok is not None and tok.end == m.start() + 1 and tok.end - tok.start >= 3 and tok.start >= region.start \
                    and (tok.pos or "").startswith("n") and all(is_han(c) for c in text[tok.start : tok.end]):
                end = extend_subunits(m.end(), region.end)
                out.append(Mention(tok.start, end, T.ORG, text[tok.start : end], "rule:org"))
        for m in g.bare_level_sector.finditer(text, region.start, region.end):
            if not any(p.start <= m.start() < p.end for p in prefixes):  # 市某某行业联合工会, not 某市…
                out.append(Mention(m.start(), m.end(), T.ORG, m.group(), "rule:org"))
        for m in g.alias_rx.finditer(text, region.start, region.end):
            if text.startswith(g.alias_stops.get(m.group(), ()), m.end()):
                continue  # 在花海中共同庆祝: 共同, not 中共
            end = extend_subunits(m.end(), region.end)
            out.append(Mention(m.start(), end, T.ORG, text[m.start() : end], "lexicon:org",
                               canonical=g.aliases[m.group()] + text[m.end() : end]))
    return out


def _level_inside_word(doc: Document, m: re.Match[str]) -> bool:
    """报经区总工会批准: a level word of two characters (经区, 高新区) whose first character ends a
    word before it (报经, to submit for approval) opens no body's name; a one-character level (市, 区)
    is read as before."""
    level = next((lv for lv in org_grammar().abbrev_levels if m.group().startswith(lv)), "")
    tok = doc.token_at(m.start())
    return len(level) > 1 and tok is not None and tok.start < m.start() < tok.end


def generic_department(doc: Document, m: Mention) -> bool:
    """A union committee named right after a bare 工会 that no body's name opens (围绕工会|女职工委员会的职责):
    the committee every union has, no mention (organizations.json generic_departments)."""
    return m.type == T.ORG and m.text in organizations()["generic_departments"] and _after_bare_union(doc, m.start)


_NAME_END_POS = ("n", "j", "s", "f")  # nouns, names, abbreviations, place and direction words


def _after_bare_union(doc: Document, pos: int) -> bool:
    """Whether a bare 工会 that no body's name opens stands right before ``pos``: at a line or clause
    start, or after a word jieba tags as no noun (紧紧围绕|工会|女职工委员会, 介绍了|工会|…): the
    committee every union has, named for no body (organizations.json generic_departments);
    某公司|工会|女职工委员会 is not."""
    text = doc.text
    if not text.startswith("工会", pos - 2):
        return False
    if pos - 2 == 0 or not is_han(text[pos - 3]):
        return True
    tok = doc.token_at(pos - 3)
    return tok is not None and tok.end == pos - 2 and not (tok.pos or "n").startswith(_NAME_END_POS)


@lru_cache(maxsize=1)
def _short_form_rx() -> tuple[re.Pattern[str], tuple[str, ...], str]:
    sf = organizations()["short_forms"]
    rx = re.compile(rf"(?:{alternation(sf['levels'])}){re.escape(sf['marker'])}"
                    rf"(?!{alternation(sf['not_followed_by'])})")
    return rx, tuple(sf["place_union_not_followed_by"]), sf["place_union"]


def short_forms(doc: Document, places: list[Mention]) -> list[Mention]:
    """Short forms of union bodies (guidelines v2): 市总, 县总, 区总, 西安市总 (a level word + 总
    not followed by 工会) and 湛江工会 (a place + 工会); their canonical name adds what is left out
    (市总 → 市总工会, 湛江工会 → 湛江总工会 grouped with the full body by ``aliases``)."""
    rx, not_after_union, union = _short_form_rx()
    text = doc.text
    by_end = {m.end: m for m in places if m.type == T.PLACE}
    out: list[Mention] = []
    for region in doc.regions:
        for m in rx.finditer(text, region.start, region.end):
            place = by_end.get(m.start() + 1)  # 西安市 + 总: the place's level word is the match's
            start = place.start if place is not None else m.start()
            while place is not None and (place := by_end.get(start)) is not None:
                start = place.start  # 某省 + 某市 + 总: the chain of places written together
            out.append(Mention(start, m.end(), T.ORG, text[start : m.end()], "lexicon:org",
                               canonical=text[start : m.end()] + "工会"))
    out += _bare_level_unions(doc, set(by_end))
    for p in places:
        if p.type == T.PLACE and text.startswith(union, p.end) and doc.in_regions(p.start, p.end):
            end = p.end + len(union)
            if not text.startswith(not_after_union, end):
                out.append(Mention(p.start, end, T.ORG, text[p.start : end], "lexicon:org",
                                   canonical=text[p.start : p.end] + "总工会"))
    return out


def station_bodies(doc: Document) -> list[Mention]:
    """A railway station whose staff are its own (某站青年志愿者, 某站各岗点干部职工: ``station_bodies``
    in organizations.json) is an ORG, the station as a body; the name opens a word (a jieba token
    start) and a phrase, or follows a body's head (某车务段|某站)."""
    text = doc.text
    data = organizations()["station_bodies"]
    lo, hi = data["name_chars"]
    starts = token_bounds(doc)[0]
    cue = re.compile(rf"站(?={alternation(data['staff_after'])})")
    not_ending = tuple(data["not_ending"])
    out = []
    for region in doc.regions:
        for m in cue.finditer(text, region.start, region.end):
            end = m.end()
            for n in range(hi, lo - 1, -1):  # the longest name that opens a word and a phrase
                s = end - n
                if s < region.start or s not in starts or not all(is_han(c) for c in text[s : end]):
                    continue
                if text[s : end - 1].endswith(not_ending) or text.startswith(not_ending, s):
                    continue
                tok = doc.token_at(s)
                if tok is not None and tok.pos in _PHRASE_OPENERS:
                    continue  # 给|某站: a preposition or a verb opens no name
                if not (text.endswith(_BODY_ENDS_STATION, 0, s) or _opens_phrase(doc, s, region.start)):
                    continue
                out.append(Mention(s, end, T.ORG, text[s:end], "lexicon:org"))  # not joined to a body before
                break
    return out


_BODY_ENDS_STATION = ("段", "局", "集团", "公司")  # 某车务段|某站: a station after the body it belongs to


@lru_cache(maxsize=1)
def _university_rx() -> tuple[re.Pattern[str], dict[str, str]]:
    data = organizations()
    names = data["university_short_names"]
    return (re.compile(rf"(?:{alternation(list(names))})(?!{alternation(data['university_short_not_followed_by'])})"),
            names)


def universities(doc: Document) -> list[Mention]:
    """北大, 清华, 复旦 (``university_short_names``) named as schools (考上北大, 清华北大的书): each an
    ORG on jieba word boundaries, or right next to another short name, canonical the full name."""
    rx, names = _university_rx()
    starts, ends = token_bounds(doc)
    found = [m for region in doc.regions for m in rx.finditer(doc.text, region.start, region.end)]
    edges = {m.start() for m in found} | {m.end() for m in found}
    return [Mention(m.start(), m.end(), T.ORG, m.group(), "lexicon:org", canonical=names[m.group()])
            for m in found if (m.start() in starts or m.start() in edges) and (m.end() in ends or m.end() in edges)]


def split_universities(doc: Document, m: Mention) -> list[Mention] | None:
    """A statistical ORG that is only short names of universities written together (清华北大): the
    schools one by one (``universities``); None for any other span."""
    if m.type != T.ORG:
        return None
    rx, names = _university_rx()
    pos, out = m.start, []
    while pos < m.end and (u := rx.match(doc.text, pos, m.end)):
        out.append(Mention(u.start(), u.end(), T.ORG, u.group(), "lexicon:org", canonical=names[u.group()]))
        pos = u.end()
    return out if pos == m.end and len(out) > 1 else None


@lru_cache(maxsize=1)
def _bare_level_union_rx() -> tuple[re.Pattern[str], frozenset[str]]:
    sf = organizations()["short_forms"]
    words = [w for w in sf["bare_level_unions"] if sf["marker"] + sf["place_union"] not in w]
    return (re.compile(rf"(?:{alternation(words)})(?!{alternation(sf['place_union_not_followed_by'])})"),
            frozenset(sf["bare_level_union_openers"]))


def _bare_level_unions(doc: Document, place_ends: set[int]) -> list[Mention]:
    """区工会, 县工会, 市工会 (a level word + 工会, 总 left out) opening a phrase and not after a place:
    the level's federation, which ``aliases`` joins to the one the article names in full."""
    rx, openers = _bare_level_union_rx()
    text = doc.text
    out = []
    for region in doc.regions:
        for m in rx.finditer(text, region.start, region.end):
            s = m.start()
            if s in place_ends:
                continue
            if not (s > region.start and text[s - 1] in openers or _opens_phrase(doc, s, region.start)):
                continue
            out.append(Mention(s, m.end(), T.ORG, m.group(), "lexicon:org"))
    return out


_D = r"[0-9０-９]"
_MONTH = rf"(?:{_D}{{1,2}}|十[一二]?|[一二三四五六七八九])月"
_DAY = rf"(?:{_D}{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_DAY_JOIN = r"(?:、|-|—|~|～|至|到)"  # 9月11、12日, 11月12-13日: two days under one month
_PART_OF_MONTH = r"(?:份|初|上中旬|中下旬|中旬|下旬|上旬|底|末)"  # 11月中下旬, 3月末
_TIME_OF_DAY = r"(?:上午|下午|中午|晚上|清晨|凌晨|傍晚|晚间|早上|夜间)"
_CLOCK = (rf"(?:{_D}{{1,2}}[时点](?:{_D}{{1,2}}分?|半|整|许)?(?![0-9０-９])"  # 9时, 9点半, 12时整
          rf"|(?<=[午上晚])[0-2]?{_D}[:：][0-5]{_D}(?![0-9０-９:：]))")  # 上午9:30
_PERIOD = r"(?:上半年|下半年|第?[一二三四]季度|前[二三]季度|前(?:1[01]|[2-9]|十一|十|[二三四五六七八九])个月|同期|年底前|年底|年初|底前|底|初|冬天|夏天|春天|秋天|春季|夏季|秋季|冬季|暑假|暑期|寒假|春节期间)"
_FESTIVAL = r"(?:元旦春节|元旦|春节|元宵节|端午节|中秋节|国庆节)"
# after a festival: not the holiday inside a programme's name (2024年元旦春节送温暖活动, 中秋节慰问,
# 春节“送温暖”工作)
_NOT_PROGRAMME = r"(?![\u4e00-\u9fff]{0,2}[“\"‘「]?(?:送|慰问|活动|晚会|联欢|主题|系列|假期|长假|黄金周))"
# holidays (quoted or not) with a holiday word: “五一”期间, 国庆假期, 劳动节期间, 端午小长假
_HOLIDAY = (r"[“\"]?(?:五一国际劳动节|五一劳动节|五一|劳动节|国庆|元旦|端午|中秋|春节)[”\"]?节?"
            r"(?:(?:小长假|长假|假期)(?:期间)?|期间)")
_YEAR_NUM = rf"(?:19|20|１９|２０){_D}{{2}}"
_RANGE_JOIN = r"(?:至|到|-|—|－|~|～)"
_DATE = re.compile(
    # ranges of years, and of months under a year (first: longer than their parts), as the annotated
    # set joins 7月至8月: 2012至2014年度, 2012年至2014年, 2023年3月至5月, 2023年1-5月 (two full dates,
    # 2022年3月至2023年5月, stay two, as 7月8日至8月23日 do)
    rf"(?<![0-9０-９.]){_YEAR_NUM}年{_RANGE_JOIN}{_YEAR_NUM}年度?(?![0-9０-９]|{_MONTH})|"
    rf"(?<![0-9０-９.]){_YEAR_NUM}{_RANGE_JOIN}{_YEAR_NUM}年度?|"
    rf"(?<![0-9０-９.]){_YEAR_NUM}年度?{_D}{{1,2}}月?{_RANGE_JOIN}{_D}{{1,2}}月(?![0-9０-９日号])|"
    # ranges of months: 2月至3月, 今年3至5月 (first: longer than the month alone)
    rf"(?<![0-9０-９.])(?:今年|去年|明年)?{_D}{{1,2}}月?(?:至|到){_D}{{1,2}}月(?![0-9０-９日号])|"
    rf"(?:今年|去年|明年){_D}{{1,2}}月?{_RANGE_JOIN}{_D}{{1,2}}月(?![0-9０-９日号])|"  # 今年1—4月
    rf"(?:(?:(?:19|20|１９|２０){_D}{{2}}|[〇零一二三四五六七八九]{{4}})年度?"
    rf"|(?:今年|(?<![送带捎寄拿运递])去年(?![货味]|夜饭)|去年(?=货[车运物])|前年|明年|上年)(?!来)"  # not 送去年货
    rf"|(?:次年|翌年|同年|当年)(?={_MONTH}))"  # 次年8月: the month of the year after the one just given
    rf"(?:以来|{_MONTH}(?:(?:{_D}{{1,2}}{_DAY_JOIN})?{_DAY}(?:{_TIME_OF_DAY}|晚(?![上间会]))?{_CLOCK}?|{_PART_OF_MONTH})?|{_HOLIDAY}|{_FESTIVAL}(?:期间|前夕|前后|前|后|{_NOT_PROGRAMME})|{_PERIOD})?"
    rf"|(?<![0-9０-９.])(?:{_MONTH}{_D}{{1,2}}{_DAY_JOIN}{_DAY}(?:{_TIME_OF_DAY}|晚(?![上间会]))?)"  # 9月11、12日
    rf"|(?<![0-9０-９.])(?:{_MONTH}{_DAY}(?:{_TIME_OF_DAY}|晚(?![上间会]))?{_CLOCK}?)"
    rf"|(?<![日号天])(?:{_TIME_OF_DAY}{_CLOCK})"
    # a day alone opening a sentence or a clause, or after a dateline's bracket (27日，全总召开…; （记者 某某）
    # 10日上午，; 为迎接节日，16日，某区…): the day of the published month
    rf"|(?<![^\n。！？；\s）)，,]){_D}{{1,2}}日(?:{_TIME_OF_DAY}|晚(?![上间会]))?{_CLOCK}?(?=[，,])"
    rf"|(?<![0-9０-９.个])(?<!每年)(?<!年年)(?:{_D}{{1,2}})月{_PART_OF_MONTH}?(?![0-9０-９])"  # not 每年5月
    rf"|(?<![{HAN_CLASS}])(?:上半年|下半年|(?:第|前[二三])?[一二三四]季度)|(?<=[举召行从在至到于对])(?:上半年|下半年)"
    # a numbered quarter after any word (理清了第三季度的任务, 冲刺第四季度; not 每一季度)
    rf"|(?<=[{HAN_CLASS}])(?<!每)(?:第[一二三四]|前[二三])季度|(?<=[举召行从在至到于对])[一二三四]季度"
    # days named relative to the article or to the event: 当天, 昨日上午, 次日
    rf"|(?:当天|当日|當天|當日|次日|翌日|昨天|昨日|前天)(?:{_TIME_OF_DAY}|晚)?{_CLOCK}?|(?<![{HAN_CLASS}])当晚{_CLOCK}?"
    # the same day opening a phrase (同日，…; not 大同日报), and this month (要求本月底前; not 成本月均)
    rf"|(?<![{HAN_CLASS}])(?:同日|同一天)(?:{_TIME_OF_DAY}|晚)?{_CLOCK}?"
    rf"|(?<![成基资日版根书样剧课文账脚范蓝原副标读工底稿话])本月(?:{_PART_OF_MONTH}(?<!份))?"
    # the rest of the year: 年内, 年底前 (not 今年底, matched above)
    r"|(?<![今去明前上本0-9０-９一二三四五六七八九十〇零])(?:年底前|年内|年內)"
    # festivals with a period word or a year: 春节期间, 国庆前夕, 今年中秋节
    r"|(?:(?:今年|去年|明年)(?:元旦春节|元旦|春节|元宵节|端午节|中秋节|国庆节)(?:期间|前夕|前后|前|后)?"
    r"|(?:元旦(?:至|到)?春节|中秋国庆|国庆中秋)(?:双节|两节)?(?:期间|前夕|前后|前|后)"  # 中秋国庆双节期间, 元旦至春节期间
    rf"|{_HOLIDAY}"
    # a holiday listed before another's period (元旦、春节期间; 中秋和国庆假期)
    r"|(?:元旦|中秋节?|国庆节?)(?=[、和及与](?:春节|国庆|中秋)节?(?:期间|假期))"
    r"|(?:春节|元宵节|端午节|中秋节|国庆节|国庆)(?:期间|前夕|前后|前|后)"
    # a festival day of its own (在元宵节, 国庆节来临之际), not one inside a programme's name
    rf"|(?:农历正月十五)?(?:元宵节|端午节|中秋节|国庆节|除夕){_NOT_PROGRAMME})"  # 从1月25日至除夕
)


# 9月20日至21日: the day that ends a range; 3月6日、7日: a day listed after a date (日 only: not 6号楼)
_RANGE_END_DAY = re.compile(rf"(?:至|到|-|—|~|～)({_DAY})|(?:、|和|及)({_D}{{1,2}}日)(?![0-9０-９])")


def dates(doc: Document) -> list[Mention]:
    out = []
    for region in doc.regions:
        for m in _DATE.finditer(doc.text, region.start, region.end):
            out.append(Mention(m.start(), m.end(), T.DATE, m.group(), "rule:date"))
            if re.search(f"{_DAY}$", m.group()):
                pos = m.end()
                while (end := _RANGE_END_DAY.match(doc.text, pos, region.end)) is not None:
                    g = end.lastindex or 1  # the day that ends a range, or is listed, is a DATE of its own
                    out.append(Mention(end.start(g), end.end(g), T.DATE, end.group(g), "rule:date"))
                    pos = end.end()
    return out


_STREET = re.compile(rf"[东西南北中]?(?:路|街|大街|大道|巷)(?![{HAN_CLASS}]{{0,1}}(?:工会|公司))")


@lru_cache(maxsize=1)
def _person_named_heads() -> re.Pattern[str]:
    data = initiatives()  # 某某全国示范性劳模创新工作室: a modifier may stand between
    return re.compile(rf"(?:{alternation(data['name_modifiers'])})?(?:{alternation(data['person_named_heads'])})")


def split_joined_names(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """杨猛齐为民出席 (a subtitle listing people with no separator): a PERSON mention found only
    there, where two names the article gives elsewhere run together, is those two people; a
    statistical ORG that short bodies the rules find tile exactly (省委市委) is those bodies."""
    counts = Counter(m.text for m in mentions if m.type == T.PERSON)
    known = {t for t in counts if 2 <= len(t) <= 3}
    text = doc.text
    short_bodies = {(o.start, o.end): o for o in doc.spans.get("organizations", ()) if o.end - o.start <= 3}
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue  # the second name of a split run
        if m.type == T.ORG and (m.source in MODEL_SOURCES or m.source == Source.ALIAS):
            tiles = _tiled(m, short_bodies)
            if tiles:  # 省委市委, 县委县政府: bodies written together with no separator
                out += tiles
                continue
        if m.type == T.PERSON and counts[m.text] == 1 and m.source in MODEL_SOURCES:
            pair = next(((k, j) for k in (2, 3) for j in (3, 2)
                         if text[m.start : m.start + k] in known - {m.text}
                         and text[m.start + k : m.start + k + j] in known - {m.text}), None)
            if pair is not None:
                k, j = pair
                out += [Mention(m.start, m.start + k, T.PERSON, text[m.start : m.start + k], m.source),
                        Mention(m.start + k, m.start + k + j, T.PERSON, text[m.start + k : m.start + k + j], m.source)]
                continue
        out.append(m)
    return out


def _tiled(m: Mention, pieces: dict[tuple[int, int], Mention]) -> list[Mention]:
    """The rule bodies of at most three characters that cover ``m`` end to end, two or more; else []."""
    out, pos = [], m.start
    while pos < m.end:
        piece = next((pieces[(pos, e)] for e in (pos + 3, pos + 2) if (pos, e) in pieces and e <= m.end), None)
        if piece is None:
            return []
        out.append(piece)
        pos = piece.end
    return out if len(out) >= 2 else []


def person_named(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A person's name + 劳模创新工作室, 工作法… (``person_named_heads``) is one INITIATIVE, a studio
    or method named after its founder (庞某某劳模创新工作室); what it covers is dropped."""
    heads = _person_named_heads()
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue  # inside the studio's name
        if m.type == T.PERSON and m.source != Source.USER_LEXICON and (h := heads.match(doc.text, m.end)):
            m = Mention(m.start, h.end(), T.INITIATIVE, doc.text[m.start : h.end()], Source.PROGRAMME)
        elif m.type == T.ORG and (h := _founder_named_as_body(doc, m, heads)):  # 某某某某|劳模创新工作室
            m = Mention(m.start, h, T.INITIATIVE, doc.text[m.start : h], Source.PROGRAMME)
        elif m.type == T.ORG and m.source in MODEL_SOURCES and (split := _company_then_founder(doc, m, heads)):
            cut, end = split  # 某某公司 + 某某 + 创新工作室, the head inside the span or after it
            out.append(Mention(m.start, cut, T.ORG, doc.text[m.start : cut], m.source))
            m = Mention(cut, end, T.INITIATIVE, doc.text[cut:end], Source.PROGRAMME)
        elif m.type == T.INITIATIVE and m.source != Source.USER_LEXICON and (h := heads.fullmatch(m.text)):
            after_body = bool(out) and out[-1].type == T.ORG
            start = _founder_before(doc, m.start, out[-1].end if out else 0, after_body)
            if start is not None:  # 命名张勇劳模创新工作室、温军劳模创新工作室: the founder the model missed
                m = Mention(start, m.end, T.INITIATIVE, doc.text[start : m.end], Source.PROGRAMME)
        out.append(m)
        if m.type == T.ORG and (studio := _studio_after(doc, m, heads)) is not None:
            out.append(studio)  # 某某公司 | 某某创新工作室: neither found by the model
    return out


def _founder_named_as_body(doc: Document, m: Mention, heads: re.Pattern[str]) -> int | None:
    """Where the studio's name ends when a statistical ORG with no body's head (a founder's name the
    model read as a body: 某公司|旦增某某 + 劳模创新工作室) stands right before a studio's head
    other than a bare 工作室; else None."""
    h = heads.match(doc.text, m.end)
    g = org_grammar()
    if h is None or h.group() == "工作室" or m.source not in MODEL_SOURCES + ("alias",) or not 2 <= len(m.text) <= 6 \
            or m.text.endswith(g.org_ends + g.short_suffixes + g.company_end + _WORK_UNIT_ENDS) \
            or not all(is_han(c) for c in m.text) or gazetteer().is_place(m.text):
        return None
    return h.end()


def _studio_after(doc: Document, m: Mention, heads: re.Pattern[str]) -> Mention | None:
    """A studio named after its founder right after a company's name that the model ended at the
    company (某某公司|某某某创新工作室, the name one jieba personal-name word of two or three
    characters, then a ``person_named_heads`` head): that studio, an INITIATIVE; else None."""
    tok = doc.token_at(m.end)
    if tok is None or tok.start != m.end or not (tok.pos or "").startswith("nr") or not 2 <= tok.end - tok.start <= 3 \
            or not m.text.endswith(org_grammar().company_end) or doc.text[tok.start] not in surnames():
        return None
    h = heads.match(doc.text, tok.end)
    if h is None:
        return None
    return Mention(tok.start, h.end(), T.INITIATIVE, doc.text[tok.start : h.end()], Source.PROGRAMME)


_CEREMONY_CUTS = ("揭牌", "挂牌", "授牌", "成立大会", "成立仪式")  # no body's name holds its ceremony
_LEGAL_FORMS = ("有限公司", "有限责任公司")
_WORK_UNIT_ENDS = ("事业部", "项目部", "分部", "分厂", "工区", "作业区")
_FOUNDER_OPENS = frozenset("、，,；;：:“（( \u3000\n")


def _company_then_founder(doc: Document, m: Mention, heads: re.Pattern[str]) -> tuple[int, int] | None:
    """(where the founder's name opens, where the studio's name ends) in a statistical ORG that runs
    a company's name and a person's together before a studio's head (某某公司某某 + 创新工作室, the
    head after the span or inside it at its end): the name is two or three characters right after
    the company's head, or right after a short name with no head (某某设计|某某某) when jieba reads
    those characters as one personal name; None when the span is anything else."""
    text = doc.text
    h = heads.match(text, m.end)
    if h is not None:
        name_end, end = m.end, h.end()
    else:
        inner = next((x for x in heads.finditer(text, m.start, m.end) if x.end() == m.end), None)
        if inner is None:
            return None
        name_end, end = inner.start(), m.end
    company_end = org_grammar().company_end + _WORK_UNIT_ENDS  # 某某事业部|某某: a company's unit too
    for n in (4, 3, 2):
        cut = name_end - n
        name = text[cut:name_end]
        tok = doc.token_at(cut)
        read_as_name = tok is not None and tok.start == cut and tok.end == name_end and (tok.pos or "").startswith("nr")
        if n == 4 and not (cut - m.start >= 6 and text.endswith(_LEGAL_FORMS, m.start, cut) and all(is_han(c) for c in name)):
            continue  # 某某有限公司|次仁某某: a four-character name only after a company's legal form
        if cut - m.start >= 4 and (text[m.start : cut].endswith(company_end) or read_as_name) \
                and (name[0] in surnames() or n == 4) \
                and all(is_han(c) for c in name) and not any(name[k:] in positions() for k in range(1, n)):
            return cut, end  # 某某公司|某某, or a company's short name with no head before a name jieba reads
    return None


def _founder_before(doc: Document, pos: int, floor: int, after_body: bool = False) -> int | None:
    """Where a founder's name (a family name and one or two more characters) right before a
    studio's head opens: after punctuation, a verb or a naming verb (initiatives.json naming_verbs,
    which jieba may tag a noun), not a place (宁远县劳模创新工作室); or right after the name of the
    body it belongs to (``after_body``: 某某公司 + 某某劳模创新工作室)."""
    text = doc.text
    word = doc.lac_words.ending_at(pos)
    tok = doc.token_at(pos - 1)
    for n in (3, 2):
        start = pos - n
        name = text[start:pos]
        if start < floor or not all(is_han(c) for c in name) or name[0] not in surnames():
            continue
        if name[-1] in "省市县区州镇乡村" or gazetteer().is_place(name) or gazetteer().is_place(name[:2]) \
                or any(name[k:] in positions() for k in range(1, n)):
            return None  # 宁远县劳模创新工作室, 王主席劳模创新工作室
        read_as_name = (word is not None and word[0] == start and word[2] == "PER") or (
            tok is not None and tok.start == start and tok.end == pos and tok.pos == "nr")
        before = doc.token_at(start - 1) if start > 0 else None
        if read_as_name or start == 0 or text[start - 1] in _FOUNDER_OPENS or (after_body and start == floor) or (
                before is not None and before.end == start and (before.pos or "").startswith("v")) \
                or text.endswith(tuple(initiatives()["naming_verbs"]), floor, start):
            return start  # 命名某某某职工创新工作室: jieba tags 命名 a noun, it still opens the name
    return None


def _county_short_only(name: str) -> bool:
    """浦东 (浦东新区), 卓尼: a county's short name only, which opens no programme's name (浦东|职工书屋)."""
    gaz = gazetteer()
    return name in gaz.county_short and name not in gaz.full and name not in gaz.short


_DIVISION_ENDS = ("区", "县", "市", "旗", "镇", "乡")  # not 州: 柳州 is a city's short name
_FULL_STREET = re.compile(rf"[{HAN_CLASS}]{{2,}}(?:路|街|大街|大道|巷)")


def _named_within(prev: Mention, m: Mention) -> bool:
    """A street, or a zone with a name of its own, written right after a division (某区 + 某某路,
    某某街 + 某某大街, 某某新区 + 某某工业区) is a place of its own inside that division, not one name
    with it (a chain of divisions is one PLACE; 香港 + 中路 and 长沙 + 经济技术开发区 stay one name)."""
    if prev.type != T.PLACE or m.type != T.PLACE:
        return False
    if _FULL_STREET.fullmatch(m.text):
        return True
    suffix = _zone_end().search(m.text)
    return bool(suffix) and suffix.start() >= 2 and len(prev.text) >= 3 and prev.text.endswith(_DIVISION_ENDS)


def _merged_department(doc: Document, prev: Mention, m: Mention) -> bool:
    """县农业农村|和|水利局: a government department formed from two, its first field (opened by a
    level word, ending in no body's head) and 和/与 before the second field's bureau, is one body."""
    g = org_grammar()
    return prev.type == m.type == T.ORG and prev.source in MODEL_SOURCES and m.source in MODEL_SOURCES \
        and m.start == prev.end + 1 and doc.text[prev.end] in "和与" and prev.text[0] in "省市县区州" \
        and not prev.text.endswith(g.org_ends + g.short_suffixes) and m.text[0] not in "省市县区州" \
        and m.text.endswith(("局", "委", "厅")) and len(m.text) <= 6


def merge_adjacent(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Longest name as written: 辽宁省 + 大连市 → one PLACE; 香港 + 中路 → one PLACE;
    四川省 + 五一劳动奖状 → one INITIATIVE (a place opening a programme's name);
    国家税务总局 + 四川省税务局 → one ORG. A user lexicon's entries are never joined or extended."""
    out: list[Mention] = []
    place_starts = {x.start for x in mentions if x.type == T.PLACE}
    for m in mentions:
        prev = out[-1] if out else None
        user = m.source == Source.USER_LEXICON or (prev is not None and prev.source == Source.USER_LEXICON)
        joinable = (prev is not None and prev.end == m.start and m.source != "rule:quoted" and not user
                    and not _named_within(prev, m) and (
            (prev.type == T.PLACE and (m.type == T.PLACE or (m.type == T.INITIATIVE and prev.source == "gazetteer"
                                                              and not _county_short_only(prev.text))))
            or (prev.type == T.ORG and m.type == T.ORG and m.source == "rule:org" and prev.source != "lexicon:org"
                and not (len(prev.text) <= 3 and len(m.text) <= 3)  # 县委县政府: two bodies
                and not (m.text[0] in "省市县区州" and prev.text.endswith(org_grammar().org_ends)))  # 市总工会|市卫健委
            or (prev.type == T.PLACE and prev.source == "gazetteer" and m.type == T.ORG  # 江西|余干县卫生系统工会
                and m.text.endswith(org_grammar().org_ends) and gazetteer().division_prefix(m.text) is not None)))
        if joinable or (prev is not None and _merged_department(doc, prev, m)):  # 国家税务总局 + 四川省税务局
            out[-1] = Mention(prev.start, m.end, m.type, doc.text[prev.start : m.end], m.source)
            continue
        if m.type == T.PLACE and m.source != Source.USER_LEXICON:  # a user's entry stays as written
            st = _STREET.match(doc.text, m.end)
            if st and m.end not in place_starts:  # (路桥区|路南街道: a town's name, no street of the district)
                m = Mention(m.start, st.end(), T.PLACE, doc.text[m.start : st.end()], m.source)
        out.append(m)
    return out


def propagate(doc: Document, found: list[Mention]) -> list[Mention]:
    """Every further occurrence of a recognised name (PERSON, ORG, PLACE, INITIATIVE) in the article."""
    names: dict[str, str] = {}
    for m in found:
        if m.type in (T.PERSON, T.ORG, T.PLACE, T.INITIATIVE) and len(m.text) >= 2:
            names.setdefault(m.text, m.type)
    if not names:
        return []
    bare = org_grammar().anaphora_words
    return [m for m in _literal_mentions(doc, names, "alias")
            if (m.text not in bare or (tok := doc.token_at(m.start)) is None or tok.start == m.start)
            and not (m.type == T.INITIATIVE and _verb_use(doc, m, initiatives()))]  # 为他们送温暖


@lru_cache(maxsize=1)
def _zone_in_body() -> re.Pattern[str]:
    data = places_lexicon()
    return re.compile(rf"([{HAN}]{{2,10}}?(?:{alternation(data['zone_suffixes'])}))(?:{alternation(data['zone_name_heads'])})$")


def zone_kind_fits(kind: str, zone: str) -> bool:
    """Whether a zone's full name is one of the bare ``kind`` (开发区 for 某某经济技术开发区)."""
    return len(zone) > len(kind) and (zone.endswith(kind) or zone.endswith(
        tuple(places_lexicon()["zone_short_forms"].get(kind, ()))))


def bare_zones(doc: Document, found: list[Mention]) -> list[Mention]:
    """Zones the article names: a zone's own name opening a body's name (某某高新区总工会: places.json
    zone_name_heads) wherever it stands alone, and a zone's kind written alone (开发区, 高新区:
    zone_anaphora) for the one zone of that kind the article names in full, on a word of its own
    and not after a word that makes it generic (各开发区, 全省开发区); PLACE mentions."""
    data = places_lexicon()
    zones = {m.text for m in found if m.type == T.PLACE and _zone_end().search(m.text)}
    from_bodies = {z.group(1) for m in found if m.type == T.ORG and (z := _zone_in_body().match(m.text))
                   and not gazetteer().is_place(z.group(1)) and z.group(1) not in data["zone_anaphora"]}
    zones |= from_bodies
    if not zones:
        return []
    named = from_bodies - {m.text for m in found}
    out = _literal_mentions(doc, dict.fromkeys(named, T.PLACE), "alias") if named else []
    starts, ends = token_bounds(doc)
    not_after = data["zone_anaphora_not_after"]
    for kind in data["zone_anaphora"]:
        if len({z for z in zones if zone_kind_fits(kind, z)}) != 1:
            continue
        for x in _literal_mentions(doc, {kind: T.PLACE}, "alias"):
            before = doc.text[x.start - 1] if x.start else ""
            if x.start in starts and x.end in ends and before not in not_after:
                out.append(x)
    return out


def without_legal_form(name: str) -> str | None:
    """A company's name without its legal form (``enterprise_legal_suffixes``: 广西骏驰汽车股份有限公司
    → 广西骏驰汽车); None when it has none."""
    suffix = next((x for x in organizations()["enterprise_legal_suffixes"] if name.endswith(x)), None)
    return None if suffix is None else name[: -len(suffix)]


def enterprise_core(name: str, gaz: Gazetteer) -> str | None:
    """A company's name without its legal form and the places and zones before it
    (新乡豫北动力电池有限公司 → 豫北动力电池); None when it has no legal form."""
    core = without_legal_form(name)
    if core is None:
        return None
    while True:
        cut = next((n for n in range(min(12, len(core) - 2), 1, -1)
                    if gaz.is_place(core[:n]) or _zone_end().search(core[:n])), 0)
        if not cut:
            return core
        core = core[cut:]


def _inner_place_name(core: str, gaz: Gazetteer) -> str:
    """The part of a company's core from a place named inside it on (华能某城热电 → 某城热电: the
    short name articles give it), when at least two characters follow the place; else ''."""
    for i in range(2, len(core) - 3):
        n = next((n for n in (3, 2) if gaz.is_place(core[i : i + n]) and len(core) - i - n >= 2), 0)
        if n:
            return core[i:]
    return ""


def company_short_names(doc: Document, found: list[Mention]) -> list[Mention]:
    """The short names an article gives a company it names in full: its core (澳恒石化 for
    惠州大亚湾经济技术开发区澳恒石化有限公司), the core's first four characters (秦翼航空 for 秦翼航空装备…)
    and its first and last two (豫北电池 for 新乡豫北动力电池有限公司), and for a group its name with 集团
    but without the legal form (海辰港务集团, 营口海辰港务集团), and where the core is too short to stand
    alone the name without its legal form (某山电力 for 某山电力股份有限公司), on word starts; each an
    ORG mention whose canonical name is the full one."""
    gaz = gazetteer()
    forms: dict[str, str] = {}
    for m in found:
        core = enterprise_core(m.text, gaz) if m.type == T.ORG else None
        bare = without_legal_form(m.text) if core is not None and len(core) < 3 else None
        if bare is not None and len(bare) >= 4 and not bare.endswith(("集团", "公司")):
            forms.setdefault(bare, m.canonical or m.text)  # 某山电力 for 某山电力股份有限公司 (core 电力 too short)
        if core is None or len(core) < 3:
            continue
        group = "集团" if "集团" in m.text[len(m.text) - len(core) - 6 :] and not core.endswith("集团") else ""
        full = m.text[: m.text.rindex(core) + len(core)] + group  # 营口海辰港务集团 (有限公司 left out)
        inner = _inner_place_name(core, gaz)  # 某某蚌山液压 → 蚌山液压 (a place inside the brand's name)
        for form in {core, core + group, full if group else "", core[:4] if len(core) >= 6 else "",
                     core[:2] + core[-2:] if len(core) >= 5 else "", inner, inner[:4]}:
            if len(form) >= 3 and form != m.text:
                forms.setdefault(form, m.canonical or m.text)
    if not forms:
        return []
    starts = token_bounds(doc)[0]
    out = []
    for x in _literal_mentions(doc, dict.fromkeys(forms, T.ORG), "alias"):
        if x.start in starts:
            x.canonical = forms[x.text]
            out.append(x)
    return out


@lru_cache(maxsize=1)
def _body_list() -> re.Pattern[str]:
    data = organizations()["listed_bodies"]
    return re.compile(rf"[{HAN}]+(?:、[{HAN}]+)+(?=等(?:[\d一二三四五六七八九十两百]+[家个])?(?:{alternation(data['kinds'])}))")


_LIST_LEAD_POS = ("v", "d", "p", "t", "c", "r", "f")  # 先后|来到|华某环保: what opens the first item


def listed_bodies(doc: Document, found: list[Mention]) -> list[Mention]:
    """华某环保、兴某物资、德某机电等公司 (organizations.json ``listed_bodies``): where one item of a list
    closed by 等 and a kind of body is an organisation found on its own, the items no mention covers
    (but a statistical name inside them, 久某|运动器材 read as a person) are organisations too; the
    first item starts after the verbs and adverbs jieba reads before it."""
    data = organizations()["listed_bodies"]
    found = found + company_short_names(doc, found)  # 远某运动用品 for 远某运动用品有限公司
    orgs = {(m.start, m.end) for m in found if m.type == T.ORG}
    out = []
    for run in _body_list().finditer(doc.text):
        items, pos = [], run.start()
        for k, word in enumerate(run.group().split("、")):
            s, e = pos, pos + len(word)
            pos = e + 1
            if k == 0:  # the first item: the words before the 、 back to a verb or adverb, or a name's end
                s = e
                while (tok := doc.token_at(s - 1)) is not None and tok.end == s and tok.start >= run.start() \
                        and not (tok.pos or "").startswith(_LIST_LEAD_POS) and e - tok.start <= data["longest"] \
                        and not any(m.end == s and m.type != T.ORG for m in found):
                    s = tok.start
            items.append((s, e))
        if not any(item in orgs for item in items):
            continue
        for s, e in items:
            if data["shortest"] <= e - s <= data["longest"] and (s, e) not in orgs and doc.in_regions(s, e) \
                    and not any(m.start < e and s < m.end and not (s <= m.start and m.end <= e and m.end - m.start < e - s
                                                                    and m.source in MODEL_SOURCES) for m in found):
                out.append(Mention(s, e, T.ORG, doc.text[s:e], Source.ALIAS))
    return out


_PHRASE_OPENERS = frozenset({"v", "p", "c", "d", "vn"})  # jieba POS of a word a bare head may follow


def _opens_phrase(doc: Document, start: int, floor: int) -> bool:
    """Whether a bare head at ``start`` opens a phrase: at ``floor`` (its region's start), after a
    character that is no Han, or right after a word a bare head may follow (``_PHRASE_OPENERS``:
    a verb, preposition, conjunction or adverb; 在区工会…, 并由企业工会…)."""
    if start <= floor or not is_han(doc.text[start - 1]):
        return True
    prev = doc.token_at(start - 1)
    return prev is not None and prev.end == start and prev.pos in _PHRASE_OPENERS


def head_anaphora(doc: Document, found: list[Mention]) -> list[Mention]:
    """A bare head standing for the organisation the article named with it: after
    株洲市网约车司机工会联合会, 当选联合会主席 and 与联合会签订 hold ORG 联合会 (canonical: the full name);
    and for the programme it named with it (``anaphoric_heads`` in initiatives.json): after
    某市职工子女爱心暑托班, 暑托班由市总工会牵头 holds INITIATIVE 暑托班.
    The head must open a phrase (after punctuation, a verb, a preposition), so 职工技术协会 is not it."""
    g = org_grammar()
    return (_bare_heads(doc, found, T.ORG, g.head_anaphora, g.head_anaphora_rx)
            + _bare_heads(doc, found, T.INITIATIVE, *_initiative_heads(),
                          openers=tuple(initiatives()["organised_anaphora"]["openers"])))


@lru_cache(maxsize=1)
def _initiative_heads() -> tuple[tuple[str, ...], re.Pattern[str]]:
    heads = tuple(initiatives()["anaphoric_heads"])
    return heads, re.compile(rf"该?(?:{alternation(heads)})")


def enterprise_union_heads(doc: Document, found: list[Mention]) -> list[Mention]:
    """企业工会 (``bare_enterprise_unions``) opening a phrase, after the article named one enterprise
    union (某某公司工会) or one company and no other: a mention of that union, whose canonical name is
    the union's (the company's name + 工会). With none or several named it is generic: no mention."""
    g = org_grammar()
    named: dict[str, list[int]] = {}
    for m in found:
        if m.type != T.ORG or m.source == "lexicon:org":
            continue
        name = m.canonical or m.text
        if name.endswith("工会") and re.search("公司|集团|厂|矿", name):
            named.setdefault(name, []).append(m.end)
        elif name.endswith(g.company_end) and re.search("公司|集团", name):
            named.setdefault(name + "工会", []).append(m.end)
    if len(named) != 1:
        return []
    (union, ends), = named.items()
    out = []
    for x in _regex_mentions(doc, g.enterprise_unions_rx, T.ORG, "alias"):
        last = max((e for e in ends if e <= x.start), default=None)
        if last is None or any(w in doc.text[last : x.start] for w in g.enterprise_union_stops):
            continue  # before the union is named, or another enterprise brought in between
        if not _opens_phrase(doc, x.start, doc.region_at(x.start).start):
            continue
        x.canonical = union
        out.append(x)
        ends.append(x.end)
    return out


def _bare_heads(doc: Document, found: list[Mention], type_: str, heads: tuple[str, ...],
                rx: re.Pattern[str], openers: tuple[str, ...] = ()) -> list[Mention]:
    """Bare ``heads`` after the full name that ends with them, opening a phrase or right after one of
    ``openers`` (此次集中行动: a demonstrative before a programme's head)."""
    named: dict[str, Mention] = {}
    for m in found:
        if m.type == type_:
            for h in heads:
                if m.text.endswith(h) and len(m.text) > len(h) + 1 and h not in named:
                    named[h] = m
    if not named:
        return []
    out = []
    for x in _regex_mentions(doc, rx, type_, "alias"):
        full = named.get(x.text.removeprefix("该"))
        if full is None or x.start < full.end:
            continue
        if not _opens_phrase(doc, x.start, doc.region_at(x.start).start) \
                and not (openers and doc.text.endswith(openers, 0, x.start)):
            continue
        x.canonical = full.canonical or full.text
        out.append(x)
    return out


def _has_verb(doc: Document, start: int, end: int, allowed: frozenset[str] = frozenset()) -> bool:
    """Does LAC read a plain verb inside [start, end), other than the ``allowed`` ones?"""
    return any(tag == "v" and doc.text[s:e] not in allowed for s, e, tag in doc.lac_words.between(start, end))


_BODY_ENDS = frozenset("会委局府司厂院校部室站所队")  # last characters of a body's name: a joining verb may follow
_JOINERS = re.compile(r"联合(?!总?会|工会(?!组织[，,、])|社)(?!国(?!家))|会同|携手|联手")  # not 联合国, 联合(总)会, 联合工会(组织会员), 联合社; yes 联合国家…, 联合|工会组织，


_NAME_OR_NOUN = ("n", "j", "s", "r", "m", "q", "f", "t")  # jieba POS that never open with a verb


@lru_cache(maxsize=1)
def _location_verbs() -> tuple[str, ...]:
    return tuple(places_lexicon()["location_verbs"])


def _without_location(doc: Document, start: int, end: int) -> int:
    """位于松北区|某公司承建的: after a location verb, the place that opens a statistical ORG is where
    something lies, not part of the body named next (kept when only a head would be left)."""
    if not doc.text.endswith(_location_verbs(), 0, start):
        return start
    gaz = gazetteer()
    n = next((n for n in range(min(8, end - start - 3), 1, -1) if gaz.is_place(doc.text[start : start + n])), 0)
    return start + n if n else start


_PLACE_ENDS = ("村", "社区", "镇", "乡", "街道")


def _without_place_clause(doc: Document, start: int, end: int) -> tuple[int, int]:
    """某街道召开办事处…, 某镇某村调研工会…: a statistical ORG that opens with a place and runs on over
    a clause verb (organizations.json model_org_place_verbs) is a clause, no name: what follows the
    verb is the body when it holds four characters or more, else nothing is ((start, start))."""
    verbs = organizations()["model_org_place_verbs"]
    gaz = gazetteer()
    for k in range(start + 2, end - 2):
        verb = next((v for v in verbs if doc.text.startswith(v, k)), None)
        if verb is None:
            continue
        before = doc.text[start:k]
        if gaz.is_place(before) or gaz.town_opening(before) or before.endswith(_PLACE_ENDS):
            rest = k + len(verb)
            return (rest, end) if end - rest >= 4 else (start, start)
        return start, end
    return start, end


def _without_opening_verb(doc: Document, start: int, end: int) -> int:
    """肯定县总工会: a verb LAC reads at the start of a statistical ORG, before a level word or a
    place, is not part of the name. LAC is not asked where jieba reads a name or a noun there
    (南通市…, 公司…): its words are decoded only where they are read."""
    tok = doc.token_at(start)
    if tok is not None and tok.start == start and (tok.pos or "").startswith(_NAME_OR_NOUN):
        return start
    word = doc.lac_words.starting_at(start)
    if word is None:
        return start
    _, we, tag = word
    if tag == "v" and end - we >= 3 and (doc.text[we] in "省市县区" or gazetteer().is_place(doc.text[we : we + 2])
                                                        or gazetteer().is_place(doc.text[we : we + 3])):
        return we
    if tag == "v" and doc.text[we:end] in org_grammar().bare_heads and tok is not None and tok.start == start \
            and tok.end == we and tok.pos == "v":
        return we  # 希望|公司各级工会…: a verb (both taggers agree) and a bare head, no name (迁曹|公司 is one)
    return start


def _without_closing_verb(doc: Document, start: int, end: int, g: _OrgGrammar) -> int:
    """工会劳动争议调解中心受理: a verb LAC reads at the end of a statistical ORG, right after an
    organisation head, is not part of the name (nor a verb and one more character: 某厅|会商|省)."""
    ws = end - 3
    if ws - start >= 3 and doc.text.endswith(g.company_end, start, ws) and not doc.text.endswith(g.company_end, ws, end):
        word = doc.lac_words.starting_at(ws)
        if word is not None and word[2] == "v" and word[1] - ws == 2:
            return ws
    if not any(ws - start >= 3 and doc.text.endswith(g.company_end, start, ws)
               and not doc.text.endswith(g.company_end, ws, end) for ws in (end - 2, end - 1)):
        return end  # no head right before a short closing word: nothing for LAC to tell
    word = doc.lac_words.ending_at(end)
    if word is None:
        return end
    ws, we, tag = word
    if tag == "v" and we - ws <= 2 and ws - start >= 3 and doc.text.endswith(g.company_end, start, ws) \
            and not doc.text.endswith(g.company_end, ws, we):
        return ws
    return end


_BODY_JOINT = re.compile(r"[和与及、]?(?=[省市县区州])")
NOT_A_LEVEL_WORD = frozenset("场民域级内")  # 市场, 市民, 区域, 省级, 市内: a word, no level of a body
LEVEL_SHORT_UNIONS = ("省总", "市总", "县总", "区总", "州总")  # 某州总|与州某中心: a union's short form ends a body


def _ends_a_body(name: str, g) -> bool:
    return len(name) >= 3 and (name.endswith(g.org_ends + LEVEL_SHORT_UNIONS) or name.endswith(("委", "局", "厅", "办")))


def _run_together(doc: Document, s: int, e: int, g) -> list[tuple[int, int]]:
    """某州总工会和州某中心, 市总工会市卫健委: two bodies the tagger ran together, where one body's name
    ends (a union, a bureau, 州总) and the next opens with a level word (省市县区州), with or without
    和/与/及/、 between; each part a body's name of its own."""
    text = doc.text
    for j in _BODY_JOINT.finditer(text, s + 3, e - 3):
        right = j.end()
        if _ends_a_body(text[s : j.start()], g) and text[right:e].endswith(g.org_ends + ("中心",)) \
                and (e - right >= 4 or e - right == 3 and text[j.start():right] in ("和", "与", "及", "、")) \
                and text[right + 1] not in NOT_A_LEVEL_WORD:  # 公司|市场部: no level; 县总工会和县妇联
            return [(s, j.start())] + _run_together(doc, right, e, g)
    return [(s, e)]


def _compound_surname_name(name: str, g) -> bool:
    return (len(name) in (3, 4) and name[:2] in surnames() and not name.endswith(g.org_ends + g.short_suffixes))


def _short_form_ends(doc: Document, s: int, e: int) -> list[int]:
    """Where a union's short form inside [s, e) ends: a level word + 总 (``short_forms``) anywhere,
    a federation's bare short form (``bare_short_forms``: 省总, 全总) opening the span, not 市总工会."""
    short = _short_form_rx()[0].search(doc.text, s, e)
    ends = [short.end()] if short is not None else []
    bare = next((a for a in organizations()["bare_short_forms"] if doc.text.startswith(a, s)
                 and not doc.text.startswith(("工", "书记", "经理"), s + len(a))), None)
    return ends + ([s + len(bare)] if bare else [])


def _word_tag_at(doc: Document, start: int, tags: tuple[str, ...]) -> bool:
    """Does LAC read a word of one of ``tags`` (vn: a verbal noun, p: a coverb) at ``start``?"""
    word = doc.lac_words.starting_at(start)
    return word is not None and word[2] in tags


def _verb_after(doc: Document, start: int, end: int) -> bool:
    """Does a verb follow ``start`` directly? (四川省总工会|落实: yes; 桂林市总工会|职工|疗休养院: no).
    When LAC's words do not break at ``start``, any plain verb in [start, end) counts."""
    word = doc.lac_words.starting_at(start)
    if word is not None:
        return word[2] == "v"
    return _has_verb(doc, start, end)


@lru_cache(maxsize=1)
def _known_initiative_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(initiatives()['known'])})$")


def without_known_initiative(doc: Document, m: Mention) -> Mention:
    """A statistical PLACE or ORG that ends in a known programme's name (某站职工书屋) is the place
    or body before it; the programme is left to its recognizer."""
    if m.type not in (T.PLACE, T.ORG) or m.source not in MODEL_SOURCES:
        return m
    k = _known_initiative_end().search(m.text)
    if k is None or k.start() < 2:
        return m
    return Mention(m.start, m.start + k.start(), m.type, doc.text[m.start : m.start + k.start()], m.source)


def retyped(doc: Document, m: Mention) -> Mention:
    """A statistical span whose type its words contradict: a mine read as a person or place
    (``as_mine``), a listed company read as a person (``listed_company``), a person read as a body
    (``person_read_as_body``) or as a place after a role word (``person_after_role``), a building
    named after someone read as a person (``building_as_venue``)."""
    return building_as_venue(doc, person_after_role(doc, person_read_as_body(doc, listed_company(doc, as_mine(doc, m)))))


@lru_cache(maxsize=1)
def _venue_verb_after() -> re.Pattern[str]:
    data = places_lexicon()
    return re.compile(rf"(?:{alternation(data['venue_adverbs'])})?(?:{alternation(data['venue_verbs'])})")


def building_as_venue(doc: Document, m: Mention) -> Mention:
    """晚会在某大学某某堂举行: a statistical PERSON of three or more characters ending in a building's
    head (places.json ``named_building_heads``: 堂, 楼) right before a venue verb, or right after 在,
    is the building named after someone, where the event takes place: a PLACE (which ``keep`` then
    weighs as any building's name), no person."""
    if m.type != T.PERSON or m.source not in MODEL_SOURCES or len(m.text) < 3 \
            or not m.text.endswith(tuple(places_lexicon()["named_building_heads"])):
        return m
    if not (_venue_verb_after().match(doc.text, m.end) or doc.text.endswith("在", 0, m.start)):
        return m
    return Mention(m.start, m.end, T.PLACE, m.text, m.source)


def person_after_role(doc: Document, m: Mention) -> Mention:
    """某公司职工鲁某某，…: a statistical PLACE no gazetteer knows, of two or three characters from a
    family name, right after a word that stands before people's names (people.json
    ``role_before_name``: 职工, 员工, 工人) and before a break, is the person."""
    if m.type != T.PLACE or m.source not in MODEL_SOURCES or not 2 <= len(m.text) <= 3 \
            or m.text[0] not in surnames() or gazetteer().is_place(m.text):
        return m
    if not doc.text.endswith(tuple(people()["role_before_name"]), 0, m.start) \
            or doc.text[m.end : m.end + 1] not in _LIST_END | {"\n", ""}:
        return m
    return Mention(m.start, m.end, T.PERSON, m.text, m.source)


def as_mine(doc: Document, m: Mention) -> Mention:
    """某二矿 read as a person's name, 某岭|矿 as a place and its head (organizations.json ``mines``):
    a statistical PERSON or PLACE ending in a mine's head, or followed by one that opens no longer
    word (矿工, 矿区, 矿长; 矿工会 is the mine's union), is the mine, an ORG."""
    data = organizations()["mines"]
    heads = tuple(data["heads"])
    if m.type not in (T.PERSON, T.PLACE) or m.source not in MODEL_SOURCES:
        return m
    if len(m.text) >= 3 and m.text.endswith(heads):
        return Mention(m.start, m.end, T.ORG, m.text, m.source)
    text, end = doc.text, m.end
    region = doc.region_at(m.start)
    if not text.startswith(heads, end) or region is None or end + 1 > region.end:
        return m
    after = text[end + 1 : end + 3]
    if after.startswith(tuple(data["not_before"])) and not after.startswith(tuple(data["union_after"])):
        return m
    return Mention(m.start, end + 1, T.ORG, text[m.start : end + 1], m.source)


def station_as_programme(m: Mention) -> Mention:
    """A statistical ORG named as a service station (initiatives.json station_heads: 某市某某服务总站,
    某社区暖心驿站) is an INITIATIVE, as the annotated set types stations; a union's own station
    (某区总工会某某服务站, station_owner_heads) stays an ORG."""
    data = initiatives()
    if m.type != T.ORG or m.source not in MODEL_SOURCES or not m.text.endswith(tuple(data["station_heads"])) \
            or any(h in m.text for h in data["station_owner_heads"]):
        return m
    return Mention(m.start, m.end, T.INITIATIVE, m.text, m.source)


@lru_cache(maxsize=1)
def _known_stations() -> tuple[str, ...]:
    """Known programme names of stations that open with 工会 (工会驿站), longest first."""
    data = initiatives()
    return tuple(sorted((k for k in data["known"] if k.startswith("工会") and k.endswith(tuple(data["station_heads"]))),
                        key=len, reverse=True))


def named_stations(doc: Document, prefixes: list[Mention]) -> list[Mention]:
    """A community's (village's…) union run into a known station's name that opens with 工会
    (某社区工会|驿站: 工会驿站) names one station of that programme: one INITIATIVE from the body's
    name to the station head, as stations are typed in the annotated set (initiatives.json
    station_place_ends); a federation's own station (某区总工会…, station_owner_heads) is left to
    the organisation rules."""
    data = initiatives()
    stations = _known_stations()
    text = doc.text
    out = []
    for p in prefixes:
        stem = p.text[:-2]
        if p.type != T.ORG or not p.text.endswith("工会") or not stem.endswith(tuple(data["station_place_ends"])) \
                or any(h in p.text for h in data["station_owner_heads"]) or any(h in stem for h in org_grammar().company_end):
            continue
        name = next((k for k in stations if text.startswith(k, p.end - 2)), None)
        if name is not None:
            end = p.end - 2 + len(name)
            out.append(Mention(p.start, end, T.INITIATIVE, text[p.start : end], "lexicon:initiative"))
    return out


_OPENING_MARKS = re.compile("[“「『‘《〈]")


def before_quote(doc: Document, m: Mention) -> Mention | None:
    """A statistical span that runs into an opening quote or title mark (某车务段「书香小站): the
    name before the mark; None when less than two characters are left."""
    q = _OPENING_MARKS.search(doc.text, m.start, m.end)
    if q is None:
        return m
    if q.start() - m.start < 2:
        return None
    return Mention(m.start, q.start(), m.type, doc.text[m.start : q.start()], m.source)


def from_word_start(doc: Document, m: Mention, starts: set[int]) -> Mention:
    """A statistical ORG that opens in the middle of a jieba word (充分肯|定县总工会: the model took
    the verb's last character) opens at the next word, when at most two characters are cut and a
    name of three or more is left; not a level word (兼|市职工技术协会: jieba's 兼市 is the error)."""
    if m.type != T.ORG or m.start in starts or doc.text[m.start] in "省市县区州旗镇乡":
        return m
    b = next((k for k in range(m.start + 1, min(m.start + 3, m.end - 2)) if k in starts), None)
    if b is None or gazetteer().is_place(doc.text[m.start : b]):
        return m  # 甘肃|兰州市某协会: jieba's word is a chain of places, the name opens at a place
    if _opens_a_word_elsewhere(doc, m.start, min(m.end, m.start + 5)):
        return m  # 选举产生了定|城镇总工会 beside 定城镇总工会 in the title: the name opens where it did there
    return Mention(b, m.end, m.type, doc.text[b : m.end], m.source)


def _opens_a_word_elsewhere(doc: Document, start: int, end: int) -> bool:
    """Whether the characters start..end stand elsewhere in the article where a jieba word opens."""
    text, piece = doc.text, doc.text[start:end]
    k = text.find(piece)
    while k >= 0:
        tok = doc.token_at(k)
        if k != start and tok is not None and tok.start == k:
            return True
        k = text.find(piece, k + 1)
    return False


def to_name_end(doc: Document, m: Mention) -> Mention:
    """A statistical PERSON that stops inside jieba's name word (王树|本, 赵|某明: the model left
    out the last characters) ends with that word, a name of at most four characters (right after a
    title, a word of three whatever jieba tags it: 主席某学|中 read as a body); a given name
    the model took alone after a role word (职工程美玲 → 美玲) takes the family name before it."""
    if m.type != T.PERSON:
        return m
    family = _family_names()
    if m.end - m.start == 2 and m.text[0] not in family and m.start > 0 and doc.text[m.start - 1] in family \
            and doc.text.endswith(tuple(people()["role_before_name"]), 0, m.start - 1):
        return Mention(m.start - 1, m.end, m.type, doc.text[m.start - 1 : m.end], m.source)  # 职工程|美玲
    last = doc.token_at(m.end - 1)
    if last is not None and m.start < last.start < m.end < last.end <= m.start + 3:
        return Mention(m.start, last.end, m.type, doc.text[m.start : last.end], m.source)  # 周|登现|说
    tok = doc.token_at(m.start)
    if tok is None or tok.start != m.start or not (m.end < tok.end <= m.start + 4):
        return m
    titled = m.end - m.start == 2 and tok.end == m.end + 1 and doc.text.endswith(_title_words(), 0, m.start)
    if not ((tok.pos or "").startswith("nr") or titled):
        return m  # 副主席某学|中: right after a title, jieba's word of three is the name, whatever it tags
    return Mention(m.start, tok.end, m.type, doc.text[m.start : tok.end], m.source)


@lru_cache(maxsize=1)
def _title_words() -> tuple[str, ...]:
    return tuple(sorted(positions(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _title_lengths() -> tuple[frozenset[str], tuple[int, ...]]:
    """The title words as a set and their lengths, for looking titles up at a position."""
    words = frozenset(positions())
    return words, tuple(sorted({len(w) for w in words}))


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    return frozenset(s for s in surnames() if len(s) == 1)


@lru_cache(maxsize=1)
def own_sites() -> tuple[str, ...]:
    """A body's own premises (``own_sites`` in places.json), longest first."""
    return tuple(sorted(places_lexicon()["own_sites"], key=len, reverse=True))


def own_site_place(name: str) -> str | None:
    """The place of a name that is a place + a body's own premises (柳东新区公司总部 → 柳东新区,
    陈埭镇生产基地 → 陈埭镇; ``own_sites`` in places.json), else None."""
    site = next((w for w in own_sites() if name.endswith(w)), None)
    if site is None:
        return None
    rest = name[: -len(site)]
    return rest if len(rest) >= 2 and (gazetteer().lookup(rest) or _zone_end().search(rest)) else None


def without_own_site(doc: Document, m: Mention) -> Mention:
    """A statistical span after 在 that is a place + a body's own premises (某公司在柳东新区公司总部
    召开): the place only."""
    if m.type not in (T.ORG, T.PLACE) or not doc.text.startswith("在", m.start - 1):
        return m
    place = own_site_place(m.text)
    if place is None:
        return m
    return Mention(m.start, m.start + len(place), T.PLACE, place, m.source)


def with_zone(doc: Document, m: Mention) -> Mention:
    """A statistical PLACE directly followed by a zone suffix is the zone (大亚湾 + 石化区), as a
    gazetteer place is (``places``); not a span that holds a zone already (滨海新区南港 + 工业区:
    two places, the zone in the district). A statistical ORG that ends in a zone suffix is a
    named zone, a PLACE (安顺黔中物流园); one that ends in a ceremony head is a meeting, an EVENT
    (某某交流暨表彰会)."""
    if m.type == T.ORG and _zone_end().search(m.text):
        return Mention(m.start, m.end, T.PLACE, m.text, m.source)  # 安顺黔中物流园: a named zone
    if m.type == T.ORG and m.text.endswith(_ceremony_heads()) \
            and not any(h in m.text for h in organizations()["ceremony_hosts"]):  # 某地召开部署动员会: a clause
        return Mention(m.start, m.end, T.EVENT, m.text, m.source)  # 集团某某交流暨表彰会: a meeting
    if m.type != T.PLACE or _zone_suffix().search(m.text):
        return m
    zone = _zone_suffix().match(doc.text, m.end, doc.region_at(m.start).end)
    if zone is None:
        return m
    return Mention(m.start, zone.end(), T.PLACE, doc.text[m.start : zone.end()], m.source)


def model_persons(doc: Document, spans: list[Mention]) -> list[Mention]:
    """A statistical PERSON that is a county's short name right after a destination verb (来到某某,
    initiatives.json ``destination_verbs``) is the county, a PLACE; one of three characters whose
    first comes back as its third (高来高去, 章起章落: a four-character idiom) is no person; one of two
    characters before 和及 (某某和及…) takes the 和 as its last character."""
    verbs = tuple(initiatives()["destination_verbs"])
    gaz = gazetteer()
    return [Mention(m.start, m.end, T.PLACE, m.text, m.source)
            if m.type == T.PERSON and m.text in gaz.county_short and doc.text.endswith(verbs, 0, m.start)
            else _with_final_conjunction(doc, m)
            for m in spans if not (m.type == T.PERSON and len(m.text) == 3 and m.text[0] == m.text[2])]


def _with_final_conjunction(doc: Document, m: Mention) -> Mention:
    """某某和及…: a two-character PERSON followed by a conjunction and a second one right after it
    (people.json name_final_conjunctions) is a three-character name ending with the first."""
    text = doc.text
    after = people()["name_final_conjunctions"].get(text[m.end : m.end + 1])
    if m.type != T.PERSON or len(m.text) != 2 or after is None or not text.startswith(tuple(after), m.end + 1):
        return m
    return Mention(m.start, m.end + 1, T.PERSON, text[m.start : m.end + 1], m.source)


def with_chain_head(doc: Document, m: Mention) -> Mention:
    """某省某|市某县 read as 市某县: a statistical PLACE whose first character ends the place named
    before it and whose rest is a division's full name is the chain of both (with a province or city
    right before it too), one PLACE from where the chain opens."""
    if m.type != T.PLACE or len(m.text) < 3 or m.start < 1:
        return m
    gaz = gazetteer()
    if m.text in gaz.full or m.text[1:] not in gaz.full:
        return m
    floor = doc.region_at(m.start).start
    start = next((m.start + 1 - n for n in (3, 2) if m.start + 1 - n >= floor
                  and gaz.is_place(doc.text[m.start + 1 - n : m.start + 1])), None)
    if start is None:
        return m
    start = next((start - n for n in (3, 2) if start - n >= floor and gaz.is_place(doc.text[start - n : start])), start)
    return Mention(start, m.end, T.PLACE, doc.text[start : m.end], m.source)


def trim_model_org(doc: Document, m: Mention) -> list[Mention]:
    """Cut verbs and conjunctions a statistical tagger glued to an ORG: 南通市总工会联合 →
    南通市总工会; 四川省总工会联合省人社厅 → 四川省总工会 + 省人社厅; 联合市商务局 → 市商务局; a place
    and an indefinite description (某地一企业工会: a firm of that place's union) keep the place only.

    Long by design (about 100 lines): the cuts apply in one order to the same span, each commented.
    """
    if m.type != T.ORG:
        return [m]
    if len(m.text) <= 4 and m.text.endswith("部") and doc.text.startswith("长", m.end):
        return []  # 安全部长: a department's head contracted (某部 + 部长), a title, no body named
    named = _name_before_cut_title(doc, m)
    if named is not None:
        return named
    if m.text.endswith("工会") and not m.text.endswith("总工会") and doc.text.startswith(_UNION_WORK, m.end) \
            and gazetteer().is_place(m.text[:-2]):
        return []  # 某区工会工作: the place's union work, no body
    schools = split_universities(doc, m)
    if schools is not None:
        return schools  # 清华北大: two schools
    parts: list[tuple[int, int]] = []
    pos = m.start
    for j in _JOINERS.finditer(doc.text, m.start, m.end + 8):  # (联合|工会组织， looks a little past the span)
        if j.end() > m.end:
            break
        parts.append((pos, j.start()))
        pos = j.end()
    parts.append((pos, m.end))
    g = org_grammar()
    parts = [q for s, e in parts for q in _run_together(doc, s, e, g)]
    out = []
    owned = []
    for s, e in parts:
        owner = g.cut_after.search(doc.text, s, e)
        if owner and e - owner.end() >= 3:  # 某集团旗下某公司: the owner and the company, two bodies
            owned += [(s, owner.start())] if owner.start() - s >= 2 else []
            s = owner.end()
        owned.append((s, e))
    for s, e in owned:
        voted = [v for v in g.election.finditer(doc.text, s, e) if e - v.end() >= 3]
        if voted:  # 大会补选某集团工会委员会: the body elected, not the election
            s = voted[-1].end()
        while (lead := next((w for w in g.leading if doc.text.startswith(w, s)), None)) and e - s - len(lead) >= 3:
            s += len(lead)  # 暨经费审查委员会: the conjunction joins two names, it opens neither
        while e - s > 4 and doc.text[s] in "省市县区" and doc.text[s + 1] in "省市县区":
            s += 1  # 省市总工会: only 市总工会 is a mention (guidelines, short forms)
        s = _without_opening_verb(doc, s, e)
        s = _without_location(doc, s, e)
        s, e = _without_place_clause(doc, s, e)
        for w in g.trailing:
            if doc.text.endswith(w, s, e) and e - s - len(w) >= 2:
                e -= len(w)
                break
        e = _without_job_title(doc, s, e, g)
        if e - s > 4 and doc.text.startswith(_GROUP_LEADER, e - 2):
            e -= 2  # 某县总工会|工会小组长: the title's 工会 is no part of the body's name
        cut = organizations()["model_org_trailing_before"].get(doc.text[e - 1])
        if cut and doc.text.startswith(tuple(cut), e) and e - s > 3:
            e -= 1  # 某分校党|、政、工领导: the school's party, administration and union, listed
        s = _after_town_level(doc, s, e)
        e = _without_workshop(doc, s, e, g)
        ceremony = next((k for c in _CEREMONY_CUTS if (k := doc.text.find(c, s + 3, e)) >= 0), -1)
        if ceremony >= 0:
            e = ceremony  # 某某工作室揭牌暨…: the body, not its ceremony
        if doc.text.endswith(g.delegation_ends, s, e):  # 某工会职工权益保障调研组: the union, if named
            k = doc.text.rfind("工会", s, e)
            e = k + 2 if k >= 0 else s
        k = doc.text.find("总工会", s, e)
        if k >= 0 and k + 3 < e and _verb_after(doc, k + 3, e):
            e = k + 3  # 四川省总工会落实工会…: a verb right after 总工会 ends the name
        for end in _short_form_ends(doc, s, e):
            if end < e and (_verb_after(doc, end, e) or _word_tag_at(doc, end, ("vn", "p"))):
                e = end  # 某县总开展…, 按照全总、省总部署, 县总在某中心: the short form ends the name
        e = _without_closing_verb(doc, s, e, g)
        gaz = gazetteer()
        cut = next((n for n in range(min(8, e - s - 1), 1, -1) if doc.text[s + n] == "一"
                    and (gaz.is_place(doc.text[s : s + n]) or doc.text[s : s + n] in gaz.county_short)), 0)
        if not cut:  # 某省某市两地总工会: the places' bodies together, no one body's name
            cut = next((n for n in range(min(10, e - s - 2), 1, -1) if doc.text.startswith(g.collective_places, s + n)
                        and gaz.lookup(doc.text[s : s + n])), 0)
        if cut:
            e = s + cut  # 某地一企业工会: a place and an indefinite description (a firm's union), no name
        k = next((k for k in range(e - 4, e - 2) if k > s + 1 and doc.text.endswith(g.station_owner_ends, s, k)), 0)
        if k and doc.text[e - 1] == "站" and all(is_han(c) for c in doc.text[k:e]):
            out.append(Mention(s, k, T.ORG, doc.text[s:k], m.source))  # 某车务段|某站: two bodies
            if not doc.text.startswith(g.station_staff, e):  # 在某车务段某站候车室: the station a venue
                out.append(Mention(k, e, T.PLACE, doc.text[k:e], m.source))
                continue
            s = k
        if e == m.end and doc.text.endswith("机关", s, e):
            unit = next((u for u in people()["title_units"] if doc.text.startswith(u, e - 2)), None)
            e += len(unit) - 2 if unit else 0  # 某总工会机关|党委书记: the body is its 机关党委 (书记 the title)
        if e - s >= 2:
            typ = T.PLACE if cut or e < m.end and gaz.is_place(doc.text[s:e]) else T.ORG  # 于都县|代表队
            if typ == T.ORG and gaz.lookup(doc.text[s:e]):
                typ = T.PLACE  # 江苏镇江: a chain of divisions the tagger read as a body is the place
            if typ == T.ORG and _compound_surname_name(doc.text[s:e], g):
                typ = T.PERSON  # 欧阳某某: a person the tagger read as a body
            cut = _listed_person_at(doc, s, e, g) if typ == T.ORG else None
            if cut is not None:  # 某事业部|某某某、: a unit and the person named after it in a list
                out += [Mention(s, cut, T.ORG, doc.text[s:cut], m.source), Mention(cut, e, T.PERSON, doc.text[cut:e], m.source)]
                continue
            out.append(Mention(s, e, typ, doc.text[s:e], m.source))
    return out


def _after_town_level(doc: Document, s: int, e: int) -> int:
    """察看了应举镇|嘉联生态园: a statistical span opening with the level character (镇, 乡) that ends a
    town's name written right before it starts after that character: the town is a place of its own."""
    text = doc.text
    if e - s < 4 or text[s] not in "镇乡":
        return s
    towns = gazetteer().towns
    return s + 1 if any(s - k >= 0 and text[s - k : s + 1] in towns for k in (2, 3, 4)) else s


def _without_job_title(doc: Document, s: int, e: int, g) -> int:
    """某公司钳工高级技师, 某火车站装卸值班|主任: a statistical ORG running on from a company's head
    into a job ending in a title (positions.txt), or into a few words and the start of a title it
    cuts through, ends with the company; the job is the person's, no part of the body's name (a
    union or a party unit after the head, 某公司工会主席, is left to the title chains)."""
    text = doc.text
    words, lengths = _title_lengths()
    ends_in_title = any(e - s > n + 2 and text[e - n : e] in words for n in lengths)
    cut_title = not ends_in_title and any(  # 某火车站装卸值班|主任: the span cuts through a title
        k + n > e and k + n <= len(text) and text[k : k + n] in words
        for k in range(max(s + 3, e - 3), e) for n in lengths)
    if not ends_in_title and not cut_title:
        return e
    j = next((j for j in range(e - 1 if cut_title else e - 2, s + 2, -1) if text.endswith(g.company_end, s, j)), None)
    if j is None or g.after_org.search(text, j, e) or text.startswith(g.company_end, j) \
            or any(c in CLAUSE_BREAKS for c in text[j:e]) or (cut_title and e - j > 4):
        return e
    return j


def _without_workshop(doc: Document, s: int, e: int, g) -> int:
    """某有限公司制剂车间|主任某某: a statistical ORG running from a company named with its legal form
    into a workshop's or team's name (people.json ``title_workshops``) right before a title ends with
    the company; the workshop belongs to the title (``titles``)."""
    text = doc.text
    data = people()["title_workshops"]
    if not text.startswith(_title_words(), e) or not text.endswith(tuple(data["ends"]), s, e):
        return e
    legal = tuple(organizations()["enterprise_legal_suffixes"])
    j = next((j for j in range(e - 2, max(s + 3, e - data["longest"]) - 1, -1) if text.endswith(legal, s, j)), None)
    return e if j is None or not all(is_han(c) for c in text[j:e]) else j


def _name_before_cut_title(doc: Document, m: Mention) -> list[Mention] | None:
    """某市总工会某某某部|长到…: a statistical ORG that ends inside a title (部长, 处长) written after a
    person's name, the name one jieba personal name from a family name right after a body's head, is
    the body and the person; the title follows them."""
    text = doc.text
    k = next((k for k in range(max(m.start + 1, m.end - 3), m.end) for n in (2, 3, 4)
              if k + n > m.end and text[k : k + n] in positions()), None)
    tok = doc.token_at(k - 1) if k is not None else None
    if tok is None or tok.end != k or not 2 <= k - tok.start <= 3 or tok.start - m.start < 3 \
            or not (tok.pos or "").startswith("nr") or text[tok.start] not in surnames() \
            or not text.endswith(org_grammar().org_ends, m.start, tok.start):
        return None
    return [Mention(m.start, tok.start, T.ORG, text[m.start : tok.start], m.source),
            Mention(tok.start, k, T.PERSON, text[tok.start : k], m.source)]


_LIST_END = frozenset("、，,；;。等")


def _listed_person_at(doc: Document, s: int, e: int, g) -> int | None:
    """Where a person's name opens at the end of a span that names a unit and then its member, as lists
    of people write them (某某车间某某某、某事业部某某某等): the last word one jieba personal name of two
    or three characters from a surname, right after a body's head and right before 、，；。 or 等; a word
    jieba reads as a place (秦川) only where the unit before it is written alone elsewhere too."""
    text = doc.text
    tok = doc.token_at(e - 1)
    if tok is None or tok.end != e or not 2 <= e - tok.start <= 3 or tok.start - s < 3 \
            or text[tok.start] not in surnames() or text[e : e + 1] not in _LIST_END:
        return None
    if not (tok.pos or "").startswith("nr") and not (  # 某某分公司郑某、 (jieba: a place): the unit named alone too
            (tok.pos or "").startswith("ns") and text.count(text[s : tok.start]) >= 2):
        return None
    return tok.start if text[s : tok.start].endswith(g.company_end + _WORK_UNIT_ENDS + g.org_ends) else None


def person_after_unit(doc: Document, m: Mention) -> Mention:
    """某事业部|张某镇、: a statistical PLACE no gazetteer knows, right after a body's head, that jieba
    reads as one personal name from a surname before a list's 、 or 等, is the unit's member, a PERSON."""
    if m.type != T.PLACE or m.source not in MODEL_SOURCES or gazetteer().is_place(m.text) or m.start < 3:
        return m
    g = org_grammar()
    k = _listed_person_at(doc, max(0, m.start - 8), m.end, g)
    return Mention(m.start, m.end, T.PERSON, m.text, m.source) if k == m.start else m


# --- filters ---------------------------------------------------------------------------------

_PERSON_OK = re.compile(rf"^[{HAN}]{{2,5}}$|^[{HAN}]{{1,6}}·[{HAN}]{{1,8}}$")
_BAD_PERSON_END = ("说", "表示", "介绍", "指出", "强调", "称")
# a photo's position mark after a name in a caption (某某（左二）, （图右）): no one's name
_PHOTO_POSITION = re.compile(r"^(?:[左右前后][一二三四五六七八九十]{1,2}|图[左右中]|[左右]起[一二三四五六七八九十]{1,2})$")
# a weekday (周四, 星期五) opening with a character that is also a family name: no one's name
_WEEKDAY = re.compile(r"^(?:周|星期|礼拜)[一二三四五六日天末]$")


@lru_cache(maxsize=1)
def _concept_words() -> tuple[str, ...]:
    return tuple(places_lexicon()["concept_words"])


_LEVELS_UNION = re.compile(r"[省市县区州盟旗]{2,}(?:总工会|工会)")  # 县市区总工会: the unions of all of them
_EACH_BEFORE = re.compile(r"各[^，。、；\n]{0,6}$")  # 各县(市)|区总工会


def names_a_group(doc: Document, m: Mention) -> bool:
    """A union named for every division of some levels (各县(市)区总工会, 襄阳县市区总工会, 各地市州总工会):
    generic, like 各级工会, not one body."""
    if m.type != T.ORG or m.source == Source.USER_LEXICON:
        return False
    gaz = gazetteer()
    place = next((n for n in range(min(len(m.text) - 4, 12), 1, -1) if gaz.is_place(m.text[:n])), 0)
    if _LEVELS_UNION.fullmatch(m.text, place):  # 永州市|县市区总工会, not 泉州市|总工会
        return True
    return len(m.text) <= 4 and m.text[0] in "省市县区州" and m.text.endswith("工会") and (
        _EACH_BEFORE.search(doc.text, max(0, m.start - 8), m.start) is not None
        or (m.start >= 2 and all(c in "省市县区州" for c in doc.text[m.start - 2 : m.start])))  # 县市|区总工会


def described_not_named(doc: Document, m: Mention) -> bool:
    """全市首家社区联合工会, 选出第一届工会联合会的委员: a statistical ORG after an indefinite or
    first-of-its-kind word, or an edition word and a bare head, describes a body and names none
    (organizations.json ``described_not_named``)."""
    if m.type != T.ORG or m.source not in MODEL_SOURCES:
        return False
    data, g = organizations()["described_not_named"], org_grammar()
    if doc.text.endswith(tuple(data["before"]), 0, m.start):
        return True
    rest = re.sub(data["edition"], "", m.text)
    return rest != m.text and rest not in data["edition_kept"] and (rest in g.bare_heads or rest in generic_terms())


def names_a_concept(doc: Document, m: Mention) -> bool:
    """A place right before a concept word (中国|特色社会主义, 中国|梦): part of the concept's name."""
    return m.type == T.PLACE and m.source != Source.USER_LEXICON and doc.text.startswith(_concept_words(), m.end)


def common_word_read_as_place(doc: Document, m: Mention) -> bool:
    """惠民之举, 富民政策: a model PLACE that is a county's short name and also a common word (places.json
    county_shorts_also_words), in an article that names neither that county in full nor its city."""
    if m.type != T.PLACE or m.source not in MODEL_SOURCES or m.text not in places_lexicon()["county_shorts_also_words"]:
        return False
    counties = gazetteer().county_short.get(m.text, ())
    return not any(c.name in doc.text or (c.city and c.city[:2] in doc.text) for c in counties)


def places_named_as_people(mentions: list[Mention]) -> list[Mention]:
    """区委书记姜山 … 姜山书记一行: a model PLACE whose text the article also gives a person (a PERSON
    found, not propagated) and that no gazetteer lists as a full name is that person."""
    people_named = {m.text for m in mentions if m.type == T.PERSON and m.source != Source.ALIAS}
    if not people_named:
        return mentions
    full = gazetteer().full
    return [Mention(m.start, m.end, T.PERSON, m.text, m.source)
            if m.type == T.PLACE and m.source in MODEL_SOURCES and m.text in people_named and m.text not in full
            else m for m in mentions]


@lru_cache(maxsize=1)
def _community_head() -> re.Pattern[str]:
    data = places_lexicon()
    return re.compile(rf"(?:{alternation(data['community_heads'])})(?!{alternation(data['community_head_not_before'])})")


def with_community_head(doc: Document, m: Mention) -> Mention:
    """东城|社区, 芙蓉|社区: a model PLACE that ends right before a community's or village's head
    (places.json community_heads) and has none of its own names that community: one PLACE with the head;
    so does one cut one or two characters into a community's name after a town (某某街道府|前社区)."""
    if m.type != T.PLACE or m.source not in MODEL_SOURCES or m.text.endswith(tuple(places_lexicon()["community_heads"])) \
            or _has_level_suffix(m.text) or not all(map(is_han, m.text)):
        return m
    head = _community_head().match(doc.text, m.end)
    cut = _TOWN_CUT.search(m.text)
    if head is None and cut is not None:  # 某某街道府|前社区: a model span cut inside the community's name
        head = re.compile(rf"[{HAN}]{{0,{3 - len(cut.group(1))}}}?{_community_head().pattern}").match(doc.text, m.end)
    if head is None:
        return m
    return Mention(m.start, head.end(), T.PLACE, doc.text[m.start : head.end()], m.source)


_TOWN_CUT = re.compile(r"(?:街道|镇|乡)([\u4e00-\u9fff]{1,2})$")  # 某某街道府: one or two characters of a name after a town


def without_verb_after_name(doc: Document, m: Mention) -> Mention:
    """易丹作|工作报告, 高光太作|总结讲话, 马某荣|获一等奖: a three- or four-character PERSON from the model
    ending in a verb's first character (people.json ``verbs_after_name``) that the next words show
    to be the verb is the name before it (a four-character one only after a one-character family
    name), unless what follows shows the character ends the name (``verbs_after_name_not``)."""
    if m.type != T.PERSON or m.source not in MODEL_SOURCES or len(m.text) not in (3, 4):
        return m
    if len(m.text) == 4 and (m.text[:2] in surnames() or m.text[0] not in surnames()):
        return m  # 欧阳丽作: a compound family name and a two-character given name
    followers = people()["verbs_after_name"].get(m.text[-1])
    if followers and doc.text.startswith(tuple(followers), m.end) \
            and not doc.text.startswith(tuple(people()["verbs_after_name_not"].get(m.text[-1], ())), m.end):
        return Mention(m.start, m.end - 1, T.PERSON, m.text[:-1], m.source)
    if len(m.text) == 3 and m.text.endswith("为") and not doc.text.startswith("为", m.end) \
            and doc.text.endswith(tuple(people()["elected_before_name"]), 0, m.start):
        return Mention(m.start, m.end - 1, T.PERSON, m.text[:-1], m.source)  # 选举某某为|主席
    ends = people()["verb_object_ends_after_name"].get(m.text[-1])
    if ends and re.match(rf"[\u4e00-\u9fff]{{1,6}}?(?:{'|'.join(ends)})(?=[，,。；;！\n])", doc.text[m.end : m.end + 12]):
        return Mention(m.start, m.end - 1, T.PERSON, m.text[:-1], m.source)  # 某某作|大赛总结。
    return m


def keep(m: Mention) -> bool:
    if m.source == Source.USER_LEXICON:
        return True  # the user's own entries are checked when the lexicon loads
    if m.text in generic_terms():
        return False
    if m.type == T.PERSON:  # 段长, 区队长 (区 a family name + 队长): a title, no one's name
        return bool(_PERSON_OK.match(m.text)) and not m.text.endswith(_BAD_PERSON_END) \
            and m.text not in positions() and not _PHOTO_POSITION.match(m.text) and not _WEEKDAY.match(m.text)
    if m.type in (T.ORG, T.PLACE) and len(m.text) < 2:
        return False
    if m.source in MODEL_SOURCES and not any(map(is_han, m.text)) and any(c.islower() for c in m.text):
        return False  # "content", "of NetEase": English words a tagger of Chinese reads as names
    if m.type in (T.ORG, T.PLACE) and m.source in MODEL_SOURCES \
            and any(m.text.count(a) != m.text.count(b) for a, b in ("（）", "()", "“”", "《》")):
        return False  # 各省（区、市）总工会, 某市总工会“匠心宣讲团, 平安”大道: cut through a bracket or quote
    if m.type == T.ORG and m.source in MODEL_SOURCES:
        g = org_grammar()
        if m.text in g.bare_heads or m.text.startswith(g.generic_starts) or g.not_in_names.search(m.text):
            return False  # 党支部, 全市工会, 基层总工会…: no name in it
        if "、" in m.text and not re.search(r"[（(][^）)]*、", m.text):
            return False  # 某某义工、应急分队: a list, not a name (某省（区、市）: a bracket may hold one)
        if m.text.endswith("工会") and m.text[:-2] in gazetteer().short:
            return False  # 六盘水工会(改革): a bare place name + 工会 is not a body's name
        if m.text.startswith("工会") and m.text[2:] in organizations()["generic_departments"]:
            return False  # 工会女职工委员会的职责: the committee every union has, no body's name
        if len(m.text) < 4:
            return m.text.endswith(g.org_ends + g.short_suffixes) or m.text in g.aliases
    if m.type == T.PLACE and m.text.startswith(("全", "各")):
        return False
    if m.type in (T.ORG, T.PLACE) and m.source in MODEL_SOURCES and m.text.endswith(tuple(organizations()["project_ends"])):
        return False  # 某市轨道交通13号线, 某某治理工程: a construction project, no body or place
    if m.type == T.PLACE and m.source in MODEL_SOURCES and m.text.endswith(org_grammar().facilities) \
            and not gazetteer().is_place(m.text):
        return False  # 心理咨询室, 调度楼, 物流港: buildings and facilities are not places
    return True
