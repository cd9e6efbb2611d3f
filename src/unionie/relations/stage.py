"""Relations between entities: HOLDS_POSITION, RUNS, ISSUED, LOCATED_IN.

Input: a ``Document`` with sentences, mentions (POSITION mentions carry their holder and
organisation from the title-chain recognizer) and entities. Output: ``doc.relations``, one per
entity pair (and title), each with the evidence span it came from.

- HOLDS_POSITION: from title chains (人大常委会副主任、市总工会主席刘静).
- RUNS: an initiative is run by the nearest organisation before it in its sentence, else by the
  organisation that opens a clause earlier in the paragraph; a body invited to speak does not run it
  (邀请某医院专家开展“某某”: ``invitation_verbs``); nor one when the verb before it says the body only uses,
  joins, won or was named for it (依托, 参加, 荣获, 被命名为, 入选, 申报: ``initiatives.json``; a body written
  between such a word and the title gives it and runs it: 入选某总工会“某某”), nor when it holds up someone
  else's programme as an example (推广“某某”经验). With no body before it in its sentence, a speaker who
  holds a title (某某表示，下一步要把“某某”做实) gives it to the body of the title; in a sentence opening
  with a purpose clause (为落实…，推进“某某”建设，某总工会表彰了…) the body opening the first clause after it
  runs it. A body inside a phrase of an earlier clause (对某大学的
  向往，…，好在“某某”活动…) runs nothing named later. The body right before 组织的/举办的… runs the
  programme after it whatever verb comes first (参加某总工会组织的“某某”评选); in a 由甲主办，乙承办 sentence
  what it goes on to name is 甲's; 主办方 points back to the body named before 主办. Bodies right after 由
  with another organising verb (“某某”活动由甲、乙联合开展/发起) run the programme the sentence names; so does
  each body of a chain of organiser clauses before it (由甲主办，乙承办的“某某”; 甲精心策划主办: ``organiser_chain``),
  and a body and a year written between 主办的 and the programme describe it (由甲主办的乙系统2024年第二届…联赛);
  a host's verb takes what the main organiser's clause after it names (乙承办了由甲主办的“某某”).
  Bodies in a list after a destination verb are visited, even when the list opens with a site that is
  no name (先后来到某某工地、甲公司…开展“某某”). With no body before it, a programme described as made by
  the body after 是 (“某某”是甲推出的…; …，这一项目是甲打造的品牌) is that body's.
  A company's name right before a programme, or before a list of quoted ones, gives it to the
  company's union when the article names that union.
- ISSUED: a document after an issuing verb (出台, 印发, 制定…; 签订, 签署 for the parties of a
  contract) is issued by the organisation before that verb; not when that organisation follows
  经/由 (approval, not issue); a document whose name opens with a body's name is that body's; a document
  followed by 由 and bodies that an issuing verb follows (《某某办法》由甲、乙联合制定) is theirs, and one handed out
  with 将 (甲将《某某办法》印发给…) is the body's before 将.
- LOCATED_IN: 位于/地处 statements (not for a place that opens the name of an unnamed thing before the verb:
  某区劳动者港湾坐落在某路); a place described as a part of another (某区是某市的中心城区: places.json
  ``part_of_heads``); never a place in a place whose name holds it (永州市宁远县城关镇的宁远县…); X是Y的一家… (a body described as one of a place's); a body or place right after "PLACE的" (位于洛龙区的洛阳某公司,
  在栾城区的某公司, 在小店区下辖的坞城街道); X是Y下辖的…; X位于Y only when Y is not followed by 的
  (在位于Y的Z: Z is in Y, not the body before; 某公司位于Y的厂区 only places the company for
  normalisation, ``doc.sites``); a street or named zone written right after a division (某区某某路,
  某某新区某某工业区: two PLACE mentions) lies in it (a chain of divisions, 四川达州, stays one PLACE
  as the guidelines say, and gives none); 辖区（内）的X lies in
  the place of the body before it when the sentence names that place (在某区，区总工会携手辖区内的X);
  a firm introduced as one of a place's (某地一企业…) is the first company the article names after it;
  the communities a sub-district's or township's union names in its area (某街道总工会为辖区内…的甲社区、
  乙社区工会授牌) lie in that sub-district when the article names it as a place. Not from the division list alone: a county and its city both named lowered
  LOCATED_IN precision to 0.13–0.25 on the test splits, since annotators relate them only where
  the text does.
Jointly acting bodies (A联合B推出…, A、B印发…) each get the relation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from unionie.core.chars import CLAUSE_BREAKS, HAN, char_class, is_han
from unionie.core.document import Document, Mention, RelationItem, Span
from unionie.core.resources import (
    alternation,
    initiatives,
    json_data,
    organizations,
    party_units,
    people,
    places_lexicon,
)
from unionie.core.types import EntityType as T
from unionie.entities.gazetteer import gazetteer
from unionie.entities.recognizers import enterprise_core, org_grammar, own_sites, without_legal_form
from unionie.normalize.orgs import is_national, org_kind

_ISSUE_VERBS = re.compile(r"出台|印发|制定|制订|发布|下发|颁布|出台了|推出|修订|公布|签订|签署")
_JOIN = re.compile(r"^(?:、|和|与|以及|及|会同|联合|携手|联手|同)$")
_NOT_ISSUER_BEFORE = ("经", "由", "根据", "按照", "依据", "对", "向")
_ACCORDING = ("根据", "按照", "依据")  # 按照X出台的《…》: X issued it all the same
_ISSUED_BY = re.compile(r"[^，。；]{0,12}?(?:" + _ISSUE_VERBS.pattern + r")了?的《?$")
_REVISED = re.compile(r"》?进行了?(?:修订|修改)")  # X对《…》进行了修订
_ISSUER_IN_TITLE = re.compile(r"^(.{2,30}?)关于")
_BY_AFTER = re.compile(r"[》”」]?\s*(?:是|系|均|已)?由")  # 《某某办法》由甲制定: the issuers after 由
_JOIN_AFTER = re.compile(r"、|和|与|及|以及")
_BA_BEFORE = re.compile(r"(?:近日|日前|还|也|已)?将[《“「]?$")  # 甲将《某某办法》印发: the body before 将 issues it
_ISSUE_AFTER = re.compile(r"\s*(?:联合|共同|研究|负责)?(?:" + _ISSUE_VERBS.pattern + r"|起草|编制)")
_LOCATED = re.compile(alternation(places_lexicon()["location_verbs"]))
_APPROVED = re.compile("经" + char_class(CLAUSE_BREAKS, negate=True) + r"{0,16}(?:研究|同意|批准|审议|审定)")  # issued with someone's approval
_OF_PLACE = re.compile(r"(?:下辖|所辖|辖区内|境内)?的")
_UNDER = re.compile(r"是|为")
_MODIFIED = re.compile(rf"[{HAN}]{{2,}}")  # a place right before a name it opens (某区劳动者港湾坐落在…)
_ORGANISE = re.compile(r"(?:联合)?(?:主办|承办|协办)")
_HELPER = re.compile(r"承办|协办")
# 该活动由甲发起 / “某某”由甲和乙联合开展: another organising verb, only after 由 and the bodies
_BY_ORGANISE = re.compile(r"(?:联合|共同)?(?:组织)?(?:发起|开展|组织|举办|推出|实施|打造|牵头)")
_BOTH = re.compile(r"[，,；;]\s*(?:双方|两家)")  # …，双方将…: the bodies the sentence has named
# 甲、乙共同主办; 甲、乙总工会和各产业工会承办 (bodies with no name of their own close the list)
_CHAIN = initiatives()["organiser_chain"]  # 甲精心策划主办，乙承办的“某某”: adverbs before the verb, the chain to the programme
_JOIN_BEFORE_VERB = re.compile(r"(?:(?:和|及|与|、)各[^，,。；、]{0,6}(?:工会|单位|部门)|等(?:单位|部门)?)?\s*"
                               rf"(?:{alternation(_CHAIN['adverbs'])})*\s*")
_NAMED = "\x00"  # a body or place mention in a gap written out by ``_gap_text``
_YEAR = r"(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年度?"
_DESCRIBER = re.compile(rf"[“「『\"]?{_NAMED}?(?:{_YEAR})?[“「『\"]?")  # 主办的乙系统2024年第二届…: a body and a year describe it
_CHAIN_CLAUSES = (rf"(?:[，,]\s*{_NAMED}(?:(?:{alternation(_CHAIN['joins'])}){_NAMED})*(?:等(?:单位|部门)?)?\s*"
                  rf"(?:{alternation(_CHAIN['adverbs'])})*(?:{alternation(_CHAIN['verbs'])}))*")
# 乙承办了由甲主办的“某某”: the host's verb takes the programme the main organiser's clause names
_BY_CLAUSE = (rf"(?:了?由{_NAMED}(?:(?:{alternation(_CHAIN['joins'])}){_NAMED})*\s*"
              rf"(?:{alternation(_CHAIN['adverbs'])})*(?:{alternation(_CHAIN['verbs'])}))?")
_CHAIN_GAP = re.compile(rf"{_BY_CLAUSE}{_CHAIN_CLAUSES}的{_DESCRIBER.pattern}")
# 由甲主办（，乙承办）的第二届…竞赛: the chain names what follows it, even a name the recognizer missed
_CHAIN_TO_NAME = re.compile(rf"{_BY_CLAUSE}{_CHAIN_CLAUSES}的[“「『\"{_NAMED}{HAN}0-9０-９]")
_VERB_ADVERBS = "并又再先还也都均随"  # cut into one word with the verb after them (并到, 又来到)
_ENUMERATION = re.compile(r"\s*(?:一是|首先|其一)")  # a paragraph of enumerated tasks
_WITH_OPENS = re.compile(r"\s*(?:并|还|也|同时)?(?:与|同)")  # a clause opening with 与 + a partner, no subject
_LIST_JOINS = ("、", "和", "及", "与")  # between the names of a list
_SERVED_BEFORE = ("为", "给", "向", "对")  # 为/给/向 + bodies: those served; 对 + bodies: those honoured
_WON = re.compile(r"获(?!悉|批|取)")  # 获 an award (not 获悉 learnt, 获批 approved)
_WINNING = ("入选", "获评", "荣获", "获得", "获", "被评为", "评为")  # 入选某总工会“某某”: the giver follows
_GIVER_GAP = re.compile(r"(?:[0-9０-９]{4}年度?)?的?[“「『\"]?")
_AWARDED_BY = re.compile(r"被[^，,。；;]{2,40}?(?:授予|命名为)")  # …被某总工会授予: the giver named after 获
_VENUE_BEFORE = ("在", "于")  # 在 + a body: the place where something is held
_VENUE_THERE = re.compile(r"[在于](?:该|本)[市县区镇乡]$")  # 在该市某某中学联合开展…: the venue, in the place named
_VENUE_APPOSITION = re.compile(r"[在于][“「『\"][^”」』\"，,。；]{1,16}[”」』\"](?:——|—|－)$")  # 在“星级暖心驿站”——某支行
_NAME_THEN_PROGRAMME = re.compile(r"[“「『\"]?")  # 某公司“某某工作室”: the programme right after the name
_QUOTED_LIST_GAP = re.compile(r"[”」』\"]\s*(?:[、和及与]\s*)?[“「『\"]")  # “甲”“乙”、“丙”: one list of names
_SPEAKS = re.compile(r"表示|介绍|说|透露|谈到|关于")  # 某某（…）表示，…: the speaker's body's plans
_TASKS_OF_OTHERS = re.compile(r"工会要|[：:]")
_PURPOSE = re.compile(r"\s*为了?(?![^，,。；]*[，,]\s*由)")  # 为贯彻…，…: a purpose clause opens the sentence
_SINCE = re.compile(r"\s*自(?:从)?[^，,。；;]{0,40}?以来[，,]")  # 自“某某”项目启动以来，某总工会…: a time clause opens it
_ORGANISED_BY = re.compile(r"(?:组织|举办|主办|发起|推出|开展)的")
# “某某”是甲推出的…; “某某”活动，是甲多年来坚持开展的…; “某某”项目…，这一项目是甲打造的服务品牌: the body
# after 是 that made it
_IS_SUBJECT = re.compile(r"[”」』\"]?(?:[^，,。；;]{0,8}?[，,]?|[^，,。；;]{0,24}[，,](?:这一|这个|这项|该|此)[^，,。；;]{0,4}?)"
                         r"(?:(?:就|正|也|都)?是|(?:已经?)?成为)")
_MADE_BY = re.compile(r"[^，,。；;的]{0,10}?(?:打造|推出|发起|创办|创建|开展|组织|举办|主办|实施|倾力打造)的")
_MEASURE_OF = re.compile(r"[^。；;]{0,60}?的(?:一[项个大]|又一)?(?:具体|切实|重要|有力|亮丽|特色|服务)?(?:举措|实践|品牌)")  # “某某”是甲为…的切实举措
_ORGANISER_WORD = re.compile(r"\s*(?:[^，,]{0,12}[，,])?\s*(?:主办方|主办单位)")  # （据悉，）主办方还将…
_SCOPE_NOT_SUBJECT = ("对", "向", "为", "给", "与")
_ONE_FIRM = re.compile(r"一(?:家|个)?[^，,。；\s]{0,3}?(?:企业|企|公司|工厂|厂)")  # 某地一鞋企, 某地一家公司
_AREA_OF = re.compile(r"辖区[^，,。；]{0,30}?的(?![^，,。；]{0,30}?的)")  # 辖区内新评上…的甲社区
_COMMUNITY = re.compile(r"社区|村")
_TOWN_UNION = re.compile(r"(?P<short>.+?)(?P<end>街道|镇|乡)(?:总工会|工会)$")
_JURISDICTION = re.compile(r"辖区内?的")
_DEPUTY = ("代表", "委员")  # 全国人大代表, 政协委员: a person described by the body
_ONE_OF = re.compile(r"(?:下辖|辖区内|境内|内)?的(?:一家|一所|一座|首家|唯一一家|龙头|骨干|重点)")  # 是Y的一家…企业
_COUNT = r"[0-9０-９一二三四五六七八九十百两]+(?:个|家|项|名|处)"
_HONOREE_AFTER = re.compile(rf"[”」』\"]?(?:等{_COUNT}|为[“「『\"])")  # 某某工作室等12个…; 命名某某工作室为“…”
_COMMEMORATED = re.compile(r"(?:成立|建党|建会|建团)\s*[0-9０-９一二三四五六七八九十百]+\s*周年")  # 庆祝中国共产党成立100周年


@lru_cache(maxsize=1)
def _part_of() -> re.Pattern[str]:
    """的中心城区 / 的工业重镇 after X是Y: X is a part of Y (places.json ``part_of_heads``)."""
    heads = alternation(json_data("places.json")["part_of_heads"])
    return re.compile(rf"(?:下辖|所辖)?的[{HAN}]{{0,6}}?(?:{heads})(?:之一)?(?![{HAN}])")


@lru_cache(maxsize=1)
def _honoree_before() -> re.Pattern[str]:
    """命名 / 重点支持 (``honoree_verbs``) and the items of a list of honourees before the programme."""
    verbs = alternation(initiatives()["honoree_verbs"])
    item = rf"[^，,。；;、]{{2,30}}?等{_COUNT}[^，,。；;、]{{0,12}}、"
    return re.compile(rf"(?:{verbs})(?:{item})*[“「『\"]?$")


def _unit_of(doc: Document, ent: int, by_name: dict[str, int], suffixes) -> int:
    """The body whose name is ``ent``'s without one of ``suffixes`` (a unit of it), when the article
    names that body; else ``ent``."""
    name = doc.entities[ent].name
    for suffix in suffixes:
        if name.endswith(suffix) and name[: -len(suffix)] in by_name:
            return by_name[name[: -len(suffix)]]
    return ent


@lru_cache(maxsize=1)
def _organiser_role() -> re.Pattern[str]:
    """主办单位为 / 承办单位： / 主办方是 (``organiser_roles``): a role followed by the bodies that hold it."""
    data = initiatives()["organiser_roles"]
    return re.compile(rf"(?:{alternation(data['roles'])})(?:{alternation(data['nouns'])})\s*"
                      rf"(?:{alternation(data['links'])})\s*")


@lru_cache(maxsize=1)
def _school_short_names() -> frozenset[str]:
    """北大, 清华 (organizations.json university_short_names): in union news the school a member's
    child enters, never the body that runs a programme."""
    return frozenset(organizations()["university_short_names"])


@lru_cache(maxsize=1)
def _anaphor_subject() -> re.Pattern[str]:
    """本次发布活动由 / 本届运动会由 / 竞赛由 (or 竞赛于…启动，由): a subject pointing back to a programme."""
    data = initiatives()["organised_anaphora"]
    return re.compile(rf"(?:{alternation(data['openers'])})?(?P<head>{alternation(data['heads'])})"
                      rf"(?=(?:{alternation(data['before_by'])})?由|[^由。；]*[，,]\s*由)")


@lru_cache(maxsize=1)
def _joint_lead() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    """甲还联合乙 / 甲把…作为重点，联合乙 (the verb may end a clause of 甲's), 甲联合（辖区内的）乙, 甲也与（辖区内的）乙合作
    (与 after adverbs only, and a word of acting together after 乙)."""
    data = initiatives()["joint_lead"]
    adverbs = f"(?:{alternation(data['adverbs'])})*"
    # 联合辖区内的乙; 联合人社局、乙 (a partner the text names bare, no mention, listed before 乙)
    verbs = re.compile(rf"(?:{alternation(data['verbs'])})(?:[^，,。；、]{{0,8}}的)?(?:[^，,。；、“”\s]{{2,10}}[、和及与])*$")
    with_ = re.compile(rf"{adverbs}(?:与|同)(?:[^，,。；、]{{0,8}}的)?$")
    together = re.compile(rf"(?:等[^，,。；]{{0,6}})?(?:{alternation(data['together'])})")
    return verbs, with_, together, int(data["max_gap"])


def _auditor(doc: Document, org: Mention) -> bool:
    """A union's audit committee named only as the body of its chair's title (经费审查委员会主任某某作报告，并通报了
    “某某”建设情况: organizations.json never_running_heads): the chair reports on the union's programme, the
    committee does not run it (acting on its own, 某经审会对…开展“以审促建”, it does)."""
    if org.entity is None or not doc.entities[org.entity].name.endswith(tuple(organizations()["never_running_heads"])):
        return False
    title = doc.mention_at(org.end)
    return title is not None and title.type == T.POSITION and title.start == org.end


@lru_cache(maxsize=1)
def _bare_partners() -> re.Pattern[str]:
    """、教育局、农业农村局、: bodies named bare between two named partners of a list (``bare_partner_heads``)."""
    heads = alternation(initiatives()["joint_lead"]["bare_partner_heads"])
    return re.compile(rf"、(?:[{HAN}]{{1,8}}?(?:{heads})、)+")


@lru_cache(maxsize=1)
def _guidance() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """按照全总、省总部署 / 在省总工会和市委的坚强领导下 / 围绕县委“…”战略: bodies that guide, not run."""
    data = initiatives()["guidance_frame"]
    return (re.compile(f"(?:{alternation(data['before'])})"), re.compile(f"(?:{alternation(data['after'])})"),
            int(data["window"]))


@lru_cache(maxsize=1)
def _scope_unions() -> tuple[re.Pattern[str], dict[str, str]]:
    """全市各级工会要 / 全县工会要: the tasks of the unions of an area, set for its federation; 全县各级工会
    (what all levels of them did): the federation's work too."""
    data = initiatives()["scope_unions"]
    rx = re.compile(rf"全(?P<level>{alternation(data['levels'])})(?:(?:{alternation(data['between'])})?工会"
                    rf"(?:{alternation(data['after'])})?(?:{alternation(data['must'])})|各级工会)")
    return rx, data["levels"]


def _national_title(name: str) -> bool:
    """全国职工书屋示范点, 全国五一劳动奖章: a national title (not a national contest that local bodies
    may co-organise: 全国职工某某交流大赛)."""
    data = initiatives()
    return name.startswith(tuple(data["national_title_prefixes"])) and not name.endswith(tuple(data["contest_heads"]))


@lru_cache(maxsize=1)
def _practice_after() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """推广“某某”经验 / 将把“某某”的经验纳入: a programme cited as an example (``practice_after``)."""
    data = initiatives()["practice_after"]
    return (re.compile(f"(?:{alternation(data['verbs'])})"),
            re.compile(rf"[”」』\"]?的?(?:{alternation(data['nouns'])})"))


@lru_cache(maxsize=1)
def _visit_verbs() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Destination verbs (到, 来到…), and those with the naming verbs (命名, 授予…) after which bodies
    are visited or named, not runners (initiatives.json)."""
    data = initiatives()
    return tuple(data["destination_verbs"]), tuple(data["destination_verbs"]) + tuple(data["naming_verbs"])


def _destination(word: str, verbs: tuple[str, ...]) -> bool:
    """A destination verb, alone or cut into one word with an adverb before it (并到, 又来到, 再赴)."""
    return word in verbs or (len(word) > 1 and word[0] in _VERB_ADVERBS and word[1:] in verbs)


@lru_cache(maxsize=1)
def _government_titles() -> frozenset[str]:
    return frozenset(organizations()["government_titles"])


@lru_cache(maxsize=1)
def _enterprise_titles() -> frozenset[str]:
    return frozenset(organizations()["enterprise_titles"])


class RelationStage:
    name = "relations"

    def __call__(self, doc: Document) -> Document:
        rels: list[RelationItem] = []
        seen: set[tuple] = set()

        def add(rtype: str, head: int | None, tail: int | None, evidence: Span,
                position: str | None = None, source: str = "rule") -> None:
            if head is None or tail is None or head == tail:
                return
            if rtype == "LOCATED_IN" and doc.entities[head].name in doc.entities[tail].name:
                return  # 永州市宁远县城关镇的宁远县…: a place never lies in a place whose name holds it
            if rtype == "RUNS" and _national_title(doc.entities[tail].name) \
                    and not is_national(doc.entities[head].name):
                return  # 全国职工书屋示范点: a national title, run by a national body
            key = (rtype, head, tail, position)
            if key in seen:
                return
            seen.add(key)
            rels.append(RelationItem(rtype, head, tail, position, source, evidence))

        by_name = {e.name: i for i, e in enumerate(doc.entities)}
        for m in doc.mentions:
            if m.type == T.POSITION and m.holder is not None and m.of is not None:
                org = m.of.entity
                if m.of_inherited and org is not None and not (
                        m.text.endswith("部长") and doc.entities[org].name.endswith("部")):
                    org = self._parent(doc, org, by_name)  # 部长甲、副部长乙: a department's own title stays there
                if org is not None and m.text in _government_titles():
                    org = self._government(doc, org, by_name, m.of_inherited)
                if org is not None and m.of_inherited and m.text in _enterprise_titles():
                    org = self._enterprise(doc, org, by_name)
                for holder in (m.holder, *m.co_holders):
                    add("HOLDS_POSITION", holder.entity, org, Span(holder.start, m.end),
                        position=m.text, source="rule:job" if m.job else "rule:title-chain")
            elif m.type == T.POSITION and m.holder is not None and m.of is None and not m.job \
                    and (firm := self._bare_enterprise(doc, m, by_name)) is not None:
                add("HOLDS_POSITION", m.holder.entity, firm, Span(m.start, m.holder.end), position=m.text,
                    source="rule:title-chain")  # 公司董事长某某: the enterprise the article named last
        self._held = {}  # person entity -> the bodies they hold titles in (not jobs), in text order
        for r in rels:
            if r.type == "HOLDS_POSITION" and r.source != "rule:job" and r.tail not in self._held.setdefault(r.head, []):
                self._held[r.head].append(r.tail)
        self._runs(doc, add, by_name)
        self._organisers(doc, add, by_name)
        self._organiser_roles(doc, add, by_name)
        self._issued(doc, add)
        self._located(doc, add)
        doc.relations = rels
        return doc

    # -- helpers
    @staticmethod
    def _parent(doc: Document, ent: int, by_name: dict[str, int]) -> int:
        """省总工会党组 → 省总工会, 某总工会机关党委 → 某总工会 (people.json title_units; when the article
        names the parent body); 某总工会书记处书记、党组成员: the union's 党组成员 (chain_sub_bodies)."""
        return _unit_of(doc, ent, by_name, (*people()["title_units"], *party_units(), *people()["chain_sub_bodies"]))

    @staticmethod
    def _runs_parent(doc: Document, ent: int, by_name: dict[str, int]) -> int:
        """The body that runs what ``ent`` organises: a union's party group acts for the union
        (organizations.json ``runs_for_parent_units``, when the article names the union); a department
        or a party committee (某县委宣传部, 某公司党委) runs it itself."""
        return _unit_of(doc, ent, by_name, organizations()["runs_for_parent_units"])

    @staticmethod
    def _bare_enterprise(doc: Document, title: Mention, by_name: dict[str, int]) -> int | None:
        """公司董事长某某, 公司副总经理兼总工程师某某, 企业方首席代表、公司总经理某某: a chain opening with a bare
        公司 or 集团公司 (organizations.json ``bare_enterprise_heads``, no mention of its own) holds its titles in
        the enterprise the article named last before it."""
        pos = title.start
        while (prev := doc.mention_at(pos - 2)) is not None and prev.type == T.POSITION and prev.end == pos - 1 \
                and doc.text[pos - 1] in "、兼":
            pos = prev.start  # 副总经理兼总工程师: the chain opens at the first title
        head = next((h for h in organizations()["bare_enterprise_heads"] if doc.text.endswith(h, 0, pos)), None)
        if head is None or (inside := doc.mention_at(pos - 1)) is not None and inside.type == T.ORG:
            return None
        before = doc.text[pos - len(head) - 1 : pos - len(head)]
        if before and is_han(before):
            return None  # 某某公司 with no mention, 分公司: not the bare word
        for o in reversed(doc.mentions_between(0, pos - len(head), (T.ORG,))):
            ent = doc.entities[o.entity] if o.entity is not None else None
            if ent is None:
                continue
            if ent.name.endswith("工会"):  # 某有限公司工会: that company, when the article names it
                firm = ent.name.removesuffix("工会")
                if org_kind(firm) == "enterprise":
                    return by_name.get(firm)
            elif (ent.kind or org_kind(ent.name)) == "enterprise":
                return o.entity
        return None

    @staticmethod
    def _enterprise(doc: Document, ent: int, by_name: dict[str, int]) -> int:
        """某公司工会主席、总经理助理某某: a management title handed on from a company's union is held
        in the company, when the article names it."""
        name = doc.entities[ent].name
        for head in ("工会委员会", "工会"):
            if name.endswith(head) and (company := by_name.get(name[: -len(head)])) is not None:
                return company
        return ent

    @staticmethod
    def _government(doc: Document, ent: int, by_name: dict[str, int], inherited: bool = False) -> int | None:
        """市委副书记、市长某某: the mayor's body is the city's government, if the article names it.
        A government title handed on from a body that is neither a government nor a party committee
        (某总工会主席甲、副省长乙) is held in no body the chain names."""
        name = doc.entities[ent].name
        if not name.endswith("委") or name.endswith("常委会"):
            return None if inherited and not name.endswith("政府") else ent
        place = name.removesuffix("党委").removesuffix("委")
        places = (place, place[:-1]) if len(place) > 2 and place[-1] == place[-2] else (place,)  # 某某区区委: 某某区
        return next((by_name[p + h] for p in places for h in ("人民政府", "政府") if p + h in by_name), None)

    @staticmethod
    def _sentence(doc: Document, pos: int) -> tuple[int, int]:
        s = doc.sentence_at(pos)
        return (s.start, s.end) if s else (pos, pos)

    @staticmethod
    def _with_partners(doc: Document, org: Mention) -> list[Mention]:
        """org plus the organisations joined to it right before (A、B / A联合B; A、教育局、B with a body
        named bare between them, ``bare_partner_heads``; A与某街道B, a place written apart from B's name)."""
        out = [org]
        cur = org
        while True:
            prev = doc.mentions_between(max(0, cur.start - 40), cur.start, (T.ORG,))
            gap = RelationStage._gap_text(doc, prev[-1].end, cur.start) if prev else ""
            if prev and (_JOIN.match(gap) or gap.endswith(_NAMED) and _JOIN.match(gap[: -len(_NAMED)])
                         or _bare_partners().fullmatch(doc.text, prev[-1].end, cur.start)):
                cur = prev[-1]
                out.append(cur)
            else:
                return out

    @staticmethod
    def _lead_of(doc: Document, first: Mention) -> Mention | None:
        """The body that brings ``first`` (and the partners listed with it) in: 甲还联合乙、丙开展…,
        甲把某事作为重点，联合乙开展…, 甲也与乙合作… (``joint_lead`` in initiatives.json)."""
        verbs, with_, together, max_gap = _joint_lead()
        s0, _ = RelationStage._sentence(doc, first.start)
        clause0 = max((doc.text.rfind(c, 0, first.start) for c in CLAUSE_BREAKS), default=-1) + 1
        if _WITH_OPENS.fullmatch(doc.text, clause0, first.start) and together.match(doc.text, first.end):
            return RelationStage._paragraph_subject(doc, first.start)  # …；并与乙合作建立“某某”: the subject goes on
        prev = doc.mentions_between(max(s0, first.start - max_gap), first.start, (T.ORG,))
        if not prev:
            return None
        gap = doc.text[prev[-1].end : first.start]
        if _JOIN.match(gap) or re.search("[。；;！？]", gap):
            return None  # a plain list (handled by _with_partners) or another sentence
        if verbs.search(gap) or with_.fullmatch(gap) and together.match(doc.text, first.end):
            return prev[-1]
        return None

    def _runs(self, doc: Document, add, by_name: dict[str, int]) -> None:
        blockers = tuple(initiatives()["not_running_verbs"])
        for ini in sorted([m for m in doc.mentions if m.type == T.INITIATIVE] + self._inside_events(doc, by_name),
                          key=lambda m: m.start):
            s0, _ = self._sentence(doc, ini.start)
            clause = re.split(char_class(CLAUSE_BREAKS), doc.text[s0 : ini.start])[-1]
            by = self._organised_by(doc, ini)
            if by is not None:  # 参加省总工会组织的“某某”评选: the body that organises it
                for org in self._with_partners(doc, by):
                    if org.entity is not None:
                        add("RUNS", self._runs_parent(doc, org.entity, by_name), ini.entity, Span(org.start, ini.end),
                            source="rule:runs-organised-by")
                continue
            if self._blocked(clause, blockers):
                self._giver_runs(doc, add, ini, by_name)  # 入选某总工会“某某”: the giver runs the title
                continue  # 依托, 参加, 荣获…; 某公司等24个单位获全国五一劳动奖状: the winner
            if self._visited_place(doc, ini.start - len(clause), ini.start):
                continue  # 来到某物流园“司机之家”: where the visitors went, not what they run
            if self._awardee_word(doc, ini.end) or self._honoree(doc, clause, ini):
                continue  # 全国五一劳动奖章获得者: the winner; 命名某某工作室等12个…为“…”: one of those named
            verbs, practice = _practice_after()
            if verbs.search(clause) and practice.match(doc.text, ini.end):
                continue  # 推广“某某”经验: someone else's programme, held up as an example
            in_sent = self._not_visited(doc, [o for o in doc.mentions_between(s0, ini.start, (T.ORG,))
                                              if not self._guiding(doc, o, s0, ini) and not self._object_before(doc, o, ini)
                                              and not self._officials_body(doc, o) and not _auditor(doc, o)
                                              and not _COMMEMORATED.match(doc.text, o.end)])
            in_sent = [o for o in in_sent if o.text not in _school_short_names()  # 考上北大: a school
                       and not self._in_purpose(doc, o, s0, ini) and not self._invited(doc, o)]
            staff = [o for o in in_sent if self._staff_owner(doc, o)]
            in_sent = [o for o in in_sent if o not in staff]
            if staff and not in_sent:
                continue  # 某站青年志愿者开展“某某”: the people run it, no body named
            if len(in_sent) == 1 and self._venue_alone(doc, in_sent[0]):
                in_sent = []  # 在某某服务站等阵地，开展“某某”: where it is held; the runner is named before
            federation = self._scope_federation(doc, s0, ini.start, in_sent[-1].end if in_sent else s0)
            if federation is not None:
                add("RUNS", federation, ini.entity, Span(s0, ini.end), source="rule:runs-scope")
                continue
            host = self._host_of(doc, in_sent[-1], s0) if in_sent else None
            if host is not None:
                in_sent = [o for o in in_sent if o.end <= host.end]  # 由甲主办，乙承办，…安排“某某”: 甲's
            runner = self._runner_in(doc, in_sent) if in_sent else (
                self._maker_after(doc, ini) or self._organiser_named(doc, clause, s0) or self._purpose_subject(doc, s0, ini) or self._speaker_body(doc, s0, ini.start)
                or self._paragraph_subject(doc, ini.start))
            if runner is None:
                continue
            bodies = self._with_partners(doc, runner) + self._both_parties(doc, in_sent, runner, ini)
            lead = self._lead_of(doc, bodies[-1])
            if lead is not None:
                bodies += self._with_partners(doc, lead)
            bodies = [o for o in bodies if o.entity is not None]
            unions = [o for o in bodies if doc.entities[o.entity].name.endswith("工会")]
            if ini.text.startswith("工会") and unions:
                bodies = unions  # 工会法律援助, 工会暖心驿站: the union's, not its partners' programme
            if len(bodies) == 1 and self._named_right_after(doc, bodies[0], ini):
                bodies = [self._own_union(doc, bodies[0], by_name)]  # 某公司“某某创新工作室”: not 某公司探索的…
            for org in bodies:
                add("RUNS", self._runs_parent(doc, org.entity, by_name), ini.entity, Span(org.start, ini.end),
                    source="rule:runs")

    @staticmethod
    def _blocked(clause: str, blockers: tuple[str, ...]) -> bool:
        """The clause before a programme says its body only uses, joins or won it (依托, 参加, 获…); when
        a giver follows (参加大赛并获优胜的选手被甲、乙联合授予“某某”称号), only the part from 被 on counts."""
        awarded = _AWARDED_BY.search(clause)
        rest = clause[awarded.start() :] if awarded else clause
        return any(b in rest for b in blockers) or _WON.search(rest) is not None

    def _giver_runs(self, doc: Document, add, ini: Mention, by_name: dict[str, int]) -> None:
        """获评/入选 + a body + the title (某医院入选江苏省总工会“某某”): the body written between the winning
        verb and the title gives it and runs it."""
        org = next((o for o in reversed(doc.mentions_between(max(0, ini.start - 40), ini.start, (T.ORG,)))), None)
        if org is None or org.entity is None or not _GIVER_GAP.fullmatch(doc.text, org.end, ini.start):
            return
        if doc.text[max(0, org.start - 6) : org.start].endswith(_WINNING):
            add("RUNS", self._runs_parent(doc, org.entity, by_name), ini.entity, Span(org.start, ini.end),
                source="rule:runs-giver")

    @staticmethod
    def _inside_events(doc: Document, by_name: dict[str, int]) -> list[Mention]:
        """A programme named inside a ceremony's name (2023年“某某杯”竞赛启动仪式): the recognizer's
        candidate there, kept as a mention of that programme for RUNS (the EVENT span stays whole)."""
        events = [m for m in doc.mentions if m.type == T.EVENT]
        out = []
        for cand in doc.spans.get("quoted", ()):
            k = by_name.get(cand.text)
            if k is None or doc.entities[k].type != T.INITIATIVE:
                continue
            if any(e.start < cand.start and cand.end < e.end for e in events):
                out.append(replace(cand, entity=k))
        return out

    @staticmethod
    def _named_right_after(doc: Document, org: Mention, ini: Mention) -> bool:
        """The programme is written right after the body's name, alone or in a list of quoted names
        (某公司“甲工作室”“乙工作室”、“丙工作室”)."""
        start = ini.start
        while not _NAME_THEN_PROGRAMME.fullmatch(doc.text, org.end, start):
            prev = doc.mentions_between(max(org.end, start - 40), start, (T.INITIATIVE,))
            if not prev or not _QUOTED_LIST_GAP.fullmatch(doc.text, prev[-1].end, start):
                return False
            start = prev[-1].start
        return True

    def _organiser_roles(self, doc: Document, add, by_name: dict[str, int]) -> None:
        """主办单位为甲、乙，承办单位为丙 / 主办方：甲 (initiatives.json ``organiser_roles``): the bodies listed right
        after an organiser's role run what the sentence names, else the programme of the two sentences before
        (大赛指导单位为…，主办单位为…); a guiding body (指导单位) runs nothing."""
        for role in _organiser_role().finditer(doc.text):
            first = doc.mention_at(role.end())
            if first is None or first.type != T.ORG or first.start != role.end() or first.entity is None:
                continue
            bodies, last = [first], first
            while (join := _JOIN_AFTER.match(doc.text, last.end)) is not None \
                    and (nxt := doc.mention_at(join.end())) is not None and nxt.type == T.ORG \
                    and nxt.start == join.end() and nxt.entity is not None:
                bodies.append(nxt)
                last = nxt
            s0, s1 = self._sentence(doc, role.start())
            ini = self._organised(doc, s0, s1, last.end, role.start())
            if ini is None or ini.entity is None:
                continue
            for org in bodies:
                add("RUNS", self._runs_parent(doc, org.entity, by_name), ini.entity, Span(role.start(), org.end),
                    source="rule:organiser-role")

    def _organisers(self, doc: Document, add, by_name: dict[str, int]) -> None:
        """竞赛由甲、乙主办，丙承办，丁协办 (guidelines: joint organisers): each body before 主办, 承办 or
        协办 runs the initiative the sentence names before the verb, or right after it (由甲主办的…),
        else the last one named in the two sentences before."""
        by_verbs = [(v, True) for v in _BY_ORGANISE.finditer(doc.text)]
        for verb, by_only in [(v, False) for v in _ORGANISE.finditer(doc.text)] + by_verbs:
            s0, s1 = self._sentence(doc, verb.start())
            named = [o for o in doc.mentions_between(max(s0, verb.start() - 40), verb.start(), (T.ORG,))
                     if _JOIN_BEFORE_VERB.fullmatch(doc.text[o.end : verb.start()])]
            if not named or named[-1].entity is None:
                continue
            if by_only and not self._by_list(doc, named):
                continue  # 甲开展“某某”: the plain subject is the rule of ``_runs``
            pointing = any(w in verb.group() for w in ("发起", "牵头"))  # 此次活动…，由县总工会牵头
            ini = self._organised(doc, s0, s1, verb.end(), named[0].start, by_only, pointing)
            if ini is None or ini.entity is None:
                continue
            for org in self._with_partners(doc, named[-1]):
                if org.entity is not None:
                    add("RUNS", self._runs_parent(doc, org.entity, by_name), ini.entity, Span(org.start, verb.end()),
                        source="rule:organiser")

    def _organised(self, doc: Document, s0: int, s1: int, after: int, first_org: int,
                   by_only: bool = False, may_point: bool = False) -> Mention | None:
        """What a 主办/承办 sentence organises: an initiative after the verb and 的, else the first
        before the verb in the sentence, else the one its subject points back to (本次发布活动由…主办:
        the latest “…”发布活动), else the last in the two sentences before (for 由甲开展/举办… only one
        named in the sentence: a subject pointing back, 本次比武由…举办, may name a programme the recognizer
        cut otherwise; 这项活动由甲发起 names who launched the campaign it points back to)."""
        nxt = doc.mentions_between(after, s1, (T.INITIATIVE,))
        if nxt and (doc.text[after : nxt[0].start].strip("的“") == ""
                    or _CHAIN_GAP.fullmatch(self._gap_text(doc, after, nxt[0].start))):
            return nxt[0]  # 由甲主办，乙承办的“某某”: the chain of organisers runs on to it
        inside = doc.mentions_between(s0, after, (T.INITIATIVE,))
        if inside:
            return inside[0]
        named_next = _CHAIN_TO_NAME.match(self._gap_text(doc, after, s1)) is not None  # 由甲主办的第二届… (no mention)
        pointed = self._pointed_back(doc, s0, first_org) if may_point or not by_only else None
        if pointed is not None or by_only:
            return pointed
        starts = [x.start for x in doc.sentences]
        k = bisect_right(starts, s0) - 1  # this sentence; the two before it
        prev_s0 = starts[max(k - 2, 0)] if k >= 0 else s0
        before = doc.mentions_between(prev_s0, s0, (T.INITIATIVE,))
        if named_next:  # a name the recognizer missed: only the headline's programme, which it names again
            before = [m for m in before if (r := doc.region_at(m.start)) is not None and r.kind == "title"]
        return before[-1] if before else None

    @staticmethod
    def _by_list(doc: Document, named: list[Mention]) -> bool:
        """The bodies are a list right after 由 (由甲、乙联合开展, 由甲联合乙共同发起), the agents of a passive
        sentence."""
        first = RelationStage._with_partners(doc, named[-1])[-1]
        return doc.text[first.start - 1 : first.start] == "由"

    @staticmethod
    def _pointed_back(doc: Document, s0: int, first_org: int) -> Mention | None:
        """The programme a sentence's subject points back to (``organised_anaphora`` in
        initiatives.json): 本届运动会 → the latest one named …运动会, 本次发布活动 → the latest
        “…” followed by 发布活动 (or by a few words and 活动: “某某”慰问一线职工活动), 此项赛事（是）由 → the latest
        match or games (…大赛, …比武)."""
        rx = _anaphor_subject()
        starts = [s0] + [i + 1 for i in range(s0, first_org) if doc.text[i] in "，,：:"]  # clause openings
        subject = next((m for m in (rx.match(doc.text, k, first_org) for k in starts) if m), None)
        if subject is None:
            return None
        head = subject.group("head")
        contest = initiatives()["organised_anaphora"]["any_contest"]
        ends = tuple(contest["ends"]) if head in contest["heads"] else (head,)  # 此项赛事: any match or games
        named_with_head = re.compile(rf"[{HAN}]{{0,8}}?{re.escape(head)}")  # “某某”慰问一线职工活动 … 此次活动由…牵头
        for m in reversed(doc.mentions_between(0, s0, (T.INITIATIVE,))):
            if m.text.endswith(ends) or named_with_head.match(doc.text, m.end + (doc.text[m.end : m.end + 1] in "”」")):
                return m
        return None

    @staticmethod
    def _scope_federation(doc: Document, s0: int, end: int, after: int) -> int | None:
        """全市各级工会要…深化“某某”竞赛: the federation of that level named in the article (``scope_unions``
        in initiatives.json), when the scope phrase is the last subject before the programme."""
        rx, levels = _scope_unions()
        scope = None
        for m in rx.finditer(doc.text, s0, end):
            scope = m
        if scope is None or scope.start() < after or re.search("[：:]", doc.text[scope.end() : end]):
            return None
        if doc.text[scope.start() - 1 : scope.start()] in _SCOPE_NOT_SUBJECT:
            return None  # 对全市各级工会开展的“某某”作了总结: the scope is no subject here
        suffix = levels[scope.group("level")] + "总工会"
        cands = [i for i, e in enumerate(doc.entities) if e.type == T.ORG and e.name.endswith(suffix)
                 and len(e.name) > len(suffix)]
        return max(cands, key=lambda i: len(doc.entities[i].mentions), default=None)

    @staticmethod
    def _organised_by(doc: Document, ini: Mention) -> Mention | None:
        """The body written right before 组织的/举办的/主办的… and the programme (某总工会组织的“某某”评选)."""
        m = next(reversed(list(_ORGANISED_BY.finditer(doc.text, max(0, ini.start - 40), ini.start))), None)
        if m is None or not _DESCRIBER.fullmatch(RelationStage._gap_text(doc, m.end(), ini.start)):
            return None  # 某总工会主办的乙系统2024年第二届…联赛: a body and a year describe the programme
        org = next((o for o in doc.mentions_between(max(0, m.start() - 40), m.start(), (T.ORG,))
                    if o.end == m.start()), None)
        return org if org is not None and org.entity is not None else None

    @staticmethod
    def _gap_text(doc: Document, start: int, end: int) -> str:
        """doc.text[start:end] with each body or place mention in it written as one ``_NAMED`` mark."""
        parts, pos = [], start
        for m in doc.mentions_between(start, end, (T.ORG, T.PLACE)):
            if m.start >= pos:
                parts += [doc.text[pos : m.start], _NAMED]
                pos = m.end
        return "".join(parts) + doc.text[pos:end]

    @staticmethod
    def _maker_after(doc: Document, ini: Mention) -> Mention | None:
        """“某某”是甲推出的计划; “某某”项目…，这一项目是甲打造的品牌; “某某”活动是甲为…的切实举措: with no body
        before it, the programme the sentence describes is run by the body after 是 that made it."""
        m = _IS_SUBJECT.match(doc.text, ini.end)
        org = doc.mention_at(m.end()) if m else None
        if org is None or org.type != T.ORG or org.start != m.end() or org.entity is None:
            return None
        return org if _MADE_BY.match(doc.text, org.end) or _MEASURE_OF.match(doc.text, org.end) else None

    @staticmethod
    def _organiser_named(doc: Document, clause: str, s0: int) -> Mention | None:
        """主办方另将组织“某某”: the body named before 主办 earlier in the article."""
        if not _ORGANISER_WORD.match(clause):
            return None
        main = doc.text.rfind("主办", 0, s0)
        while main >= 0:
            before = [o for o in doc.mentions_between(max(0, main - 40), main, (T.ORG,))
                      if _JOIN_BEFORE_VERB.fullmatch(doc.text, o.end, main)]
            if before:
                return before[-1]
            main = doc.text.rfind("主办", 0, main)
        return None

    @staticmethod
    def _host_of(doc: Document, org: Mention, s0: int) -> Mention | None:
        """本届运动会由甲主办，乙、丙承办，…设有“某某”等项目: what the sentence goes on to name after
        the bodies that host (承办) or assist (协办) is the main organiser's (甲, before 主办)."""
        verb = _ORGANISE.match(doc.text, org.end + len(_JOIN_BEFORE_VERB.match(doc.text, org.end).group()))
        if verb is None or "主办" in verb.group():
            return None
        main = doc.text.rfind("主办", s0, org.start)
        if main < 0:
            return None
        before = [o for o in doc.mentions_between(s0, main, (T.ORG,))
                  if _JOIN_BEFORE_VERB.fullmatch(doc.text, o.end, main)]
        return before[-1] if before else None

    @staticmethod
    def _object_before(doc: Document, org: Mention, ini: Mention) -> bool:
        """她对某大学早有向往，…，好在“某某”活动…: a body named inside a phrase (对某某的向往, 写某某
        的书) of an earlier clause, not opening it, does not run what a later clause names."""
        return (doc.text[org.start - 1 : org.start] not in CLAUSE_BREAKS and doc.text.startswith("的", org.end)
                and any(c in CLAUSE_BREAKS for c in doc.text[org.end : ini.start]))

    @staticmethod
    def _in_purpose(doc: Document, org: Mention, s0: int, ini: Mention) -> bool:
        """为把某公司职工的智慧凝聚到…，某公司工会开展“某某”: a body inside the purpose clause that opens
        the sentence is what the purpose is about, not the runner of what a later clause names (a programme
        in the same clause, or written right after its name, is the body's: 为推进某总工会“某某”工程)."""
        if not _PURPOSE.match(doc.text, s0) or _NAME_THEN_PROGRAMME.fullmatch(doc.text, org.end, ini.start):
            return False
        breaks = char_class(CLAUSE_BREAKS)
        if re.search(breaks, doc.text[s0 : org.start]):
            return False
        own = re.split(breaks, doc.text[org.end : ini.start])
        return len(own) > 1 and ini.text not in own[0]  # 为落实某工会《关于开展“某某”…》要求，…: its own programme

    @staticmethod
    def _purpose_subject(doc: Document, s0: int, ini: Mention) -> Mention | None:
        """为落实…，推进“某某”建设，…，某总工会表彰了…: a sentence opening with a purpose clause
        names its subject after it; the body opening the first clause after the programme's runs it. So
        does a sentence opening with a time clause that names the programme (自“某某”项目启动以来，某总工会…)."""
        since = _SINCE.match(doc.text, s0)
        if not _PURPOSE.match(doc.text, s0) and (since is None or since.end() < ini.end):
            return None
        _, s1 = RelationStage._sentence(doc, ini.start)
        for o in doc.mentions_between(ini.end, s1, (T.ORG,)):
            if doc.text[o.start - 1 : o.start] in CLAUSE_BREAKS or (
                    doc.text[o.start - 1 : o.start] == "由" and doc.text[o.start - 2 : o.start - 1] in CLAUSE_BREAKS):
                return o  # …，由某总工会主办的…运动会于…举行: the organiser opens that clause
        return None

    def _speaker_body(self, doc: Document, s0: int, end: int) -> Mention | None:
        """A sentence with no body before the programme but a person who holds a title (某某表示，下一步要把
        “某某”做实; 听取了某某关于建设…的汇报): the body the person holds it in, a union first; never a
        party committee or a government (某区委常委、副区长向学生发放助学金: the official takes part)."""
        for p in reversed(doc.mentions_between(s0, end, (T.PERSON,))):
            if not _SPEAKS.search(doc.text, p.end, end) or _TASKS_OF_OTHERS.search(doc.text, p.end, end):
                continue  # 某某要求，各级工会要…: tasks set for others; 某某所在的: a member
            bodies = [b for b in self._held.get(p.entity, ()) if org_kind(doc.entities[b].name) not in ("party", "government")] \
                if p.entity is not None else None
            if bodies:  # a party or government official takes part in the programme, the body runs nothing
                body = next((b for b in bodies if doc.entities[b].name.endswith("工会")), bodies[0])
                return Mention(p.start, p.end, T.ORG, p.text, p.source, entity=body)
        return None

    @staticmethod
    def _own_union(doc: Document, org: Mention, by_name: dict[str, int]) -> Mention:
        """A company whose own union the article names, written right before a programme: the programme
        is the union's (某公司“某某创新工作室”, 某公司“百日攻坚”劳动竞赛, with 某公司工会 named); the annotated
        set keeps the company where it acts in the sentence (某公司探索的“…”模式, 公司在车间设置…)."""
        ent = doc.entities[org.entity]
        union = by_name.get(ent.name + "工会")
        if union is None or (ent.kind or org_kind(ent.name)) != "enterprise":
            return org
        return Mention(org.start, org.end, T.ORG, org.text, org.source, entity=union)

    @staticmethod
    def _invited(doc: Document, org: Mention) -> bool:
        """邀请某医院专家开展“某某”讲座: a body in a list right after an invitation verb (``invitation_verbs``)
        sends the speakers; it does not run the programme."""
        return doc.text.endswith(tuple(initiatives()["invitation_verbs"]), 0, RelationStage._list_start(doc, org))

    @staticmethod
    def _staff_owner(doc: Document, org: Mention) -> bool:
        """A station named only as the owner of its people (某站青年志愿者开展…: organizations.json
        station_bodies): the volunteers or staff act, the station runs nothing."""
        return org.text.endswith("站") and doc.text.startswith(org_grammar().station_staff, org.end)

    @staticmethod
    def _officials_body(doc: Document, org: Mention) -> bool:
        """A party committee, a government or a people's congress named only as the body of an official's
        title (某区委常委、副区长向学生发放助学金; 某市人大常委会副主任、市总工会主席某某指出，…): the
        official takes part or speaks, the body runs nothing."""
        if org.entity is None or org_kind(doc.entities[org.entity].name) not in ("party", "government", "congress"):
            return False
        title = doc.mention_at(org.end)
        return title is not None and title.type == T.POSITION and title.start == org.end

    @staticmethod
    def _guiding(doc: Document, org: Mention, s0: int, ini: Mention | None = None) -> bool:
        """The body is named in a phrase of guidance (``guidance_frame`` in initiatives.json): 按照全总、
        省总部署，…建成…; 在省总工会和市委的坚强领导下，创新开展…; 贯彻某委《某某意见》 (its document
        guides, unless the document's title names the programme: 落实某工会《关于开展“某某”竞赛的通知》); a
        programme named inside the phrase after the body (按照市总工会打造“某某”品牌的部署) is that body's."""
        before, after, window = _guidance()
        clause_start = max((doc.text.rfind(c, s0, org.start) for c in CLAUSE_BREAKS), default=-1)
        head = doc.text[max(s0, clause_start + 1) : org.start]
        tail = re.split(char_class(CLAUSE_BREAKS), doc.text[org.start : org.start + window])[0]
        issued = doc.text.startswith("《", org.end) and not (
            ini is not None and ini.text in doc.text[org.end : doc.text.find("》", org.end, org.end + 80) + 1])
        word = after.search(tail)
        if word and ini is not None and org.end <= ini.start and ini.end <= org.start + word.start():
            return False  # 按照市总工会打造“某某”品牌的部署: the programme named in the guidance is that body's
        return bool(before.search(head)) and (issued or bool(word))

    @staticmethod
    def _visited_place(doc: Document, start: int, end: int) -> bool:
        """A destination verb (``destination_verbs``, a word of its own) in [start, end) with no other verb
        after it, before a programme that is no action (来到某物流园“司机之家”)."""
        verbs = _visit_verbs()[0]
        toks, pos = [], start
        while pos < end:  # the clause's words (a clause is short)
            t = doc.token_at(pos)
            if t is not None and t.start == pos:
                toks.append(t)
            pos = t.end if t is not None and t.end > pos else pos + 1
        last = max((t.end for t in toks if _destination(t.text, verbs)), default=-1)  # 深入开展: no destination
        if last < 0:
            return False
        first = doc.token_at(end)
        if first is not None and first.start == end and (first.pos or "").startswith("v"):
            return False  # 走进工地送清凉: the programme is what they do there
        return not any((t.pos or "").startswith("v") and doc.mention_at(t.start) is None for t in toks if t.start >= last)

    @staticmethod
    def _not_visited(doc: Document, orgs: list[Mention]) -> list[Mention]:
        """Bodies less those listed right after a destination verb (``destination_verbs``: 到甲、乙开展…, a list
        that may open with places: 赴甲镇、乙中学等地开展…) or
        a naming verb (``naming_verbs``: 命名甲等20家单位职工书屋为“…”: the named, not who runs it)."""
        verbs = _visit_verbs()[1]
        out: list[Mention] = []
        visited = False
        for i, o in enumerate(orgs):
            joined = i > 0 and doc.text[orgs[i - 1].end : o.start] in _LIST_JOINS
            if not joined:
                visited = doc.text.endswith(verbs, 0, RelationStage._list_start(doc, o))
            if not visited:
                out.append(o)
        return out

    @staticmethod
    def _both_parties(doc: Document, orgs: list[Mention], runner: Mention, ini: Mention) -> list[Mention]:
        """甲与乙签订合作协议，双方将在“某某”的推广等方面合作: 双方 opening a clause between the runner and
        the programme names both bodies of the sentence (the runner and the other one before it)."""
        between = doc.text[runner.end : ini.start]
        if not _BOTH.search(between) or runner not in orgs:
            return []
        others = [o for o in orgs if o.entity is not None and o.entity != runner.entity and o.end <= runner.start]
        return others[-1:]

    @staticmethod
    def _venue_alone(doc: Document, org: Mention) -> bool:
        """A body right after 在/于 with no 的 in the rest of its clause (在某驿站等阵地，开展…): the place where
        something is held, not who holds it (在某总工会的组织下 names the organiser)."""
        if doc.text[org.start - 1 : org.start] not in _VENUE_BEFORE:
            return False
        rest = re.split(char_class(CLAUSE_BREAKS), doc.text[org.end : org.end + 40])[0]
        return "的" not in rest

    @staticmethod
    def _list_start(doc: Document, o: Mention) -> int:
        """Where the list that ``o`` closes begins, back over places and bodies joined by 、/和 (赴甲镇、乙镇、
        丙中学等地: 丙中学 is listed with the places after the verb)."""
        start = o.start
        while True:
            prev = doc.mentions_between(max(0, start - 30), start, (T.ORG, T.PLACE))
            if prev and doc.text[prev[-1].end : start] in _LIST_JOINS:
                start = prev[-1].start
                continue
            item = RelationStage._bare_item(doc, start)
            if item is None:
                return start
            start = item

    @staticmethod
    def _bare_item(doc: Document, start: int) -> int | None:
        """先后来到某某工地、甲公司…: a list item before ``start`` (after 、) that is no mention; where it
        begins (right after a destination verb inside it, else after the 、 or clause break before it)."""
        if doc.text[start - 1 : start] != "、":
            return None
        seg0 = start - 1
        while seg0 > max(0, start - 20) and doc.text[seg0 - 1] not in CLAUSE_BREAKS and doc.text[seg0 - 1] != "、":
            seg0 -= 1
        verbs = _visit_verbs()[0]
        pos, begin = seg0, seg0
        while pos < start - 1:  # a destination verb token inside the item: the list starts after it
            t = doc.token_at(pos)
            if t is not None and t.start == pos and _destination(t.text, verbs):
                begin = t.end
            pos = t.end if t is not None and t.end > pos else pos + 1
        if begin == start - 1 or doc.mentions_between(begin, start - 1, (T.PERSON, T.ORG)):
            return None
        return begin

    @staticmethod
    def _runner_in(doc: Document, orgs: list[Mention]) -> Mention:
        """The body nearest before an initiative in its sentence, unless it is one of those served
        (某工会为甲公司、乙公司等新建的妈妈小屋…: the union before 为 runs it) or the venue (某工会在某
        支行举办…: the union before 在 runs it; 在“某某驿站”——某支行职工驿站开展…: a station in apposition too)."""
        last = len(orgs) - 1
        while last > 0 and (doc.text[orgs[last].start - 1 : orgs[last].start] in _VENUE_BEFORE
                            or _VENUE_APPOSITION.search(doc.text, max(0, orgs[last].start - 24), orgs[last].start)
                            or _VENUE_THERE.search(doc.text, max(0, orgs[last].start - 4), orgs[last].start)):
            last -= 1  # 某工会在某银行支行举办… / 在“某某驿站”——某支行职工驿站开展…: where it happens, not who runs it
        k = last
        while k > 0 and doc.text[orgs[k - 1].end : orgs[k].start] in _LIST_JOINS:
            k -= 1  # back to the first of a list
        if k > 0 and doc.text[orgs[k].start - 1 : orgs[k].start] in _SERVED_BEFORE:
            return orgs[k - 1]
        return orgs[last]

    @staticmethod
    def _honoree(doc: Document, clause: str, ini: Mention) -> bool:
        """命名甲工作室等12个工作室为“某某”; 重点支持甲工作室等28个…、乙工作室等112个…: a programme right after
        a naming or choosing verb (``honoree_verbs``), or after the items of its list, followed by 等 and a
        count or by 为“, is one of those named; its own unit runs it."""
        return _honoree_before().search(clause) is not None and _HONOREE_AFTER.match(doc.text, ini.end) is not None

    @staticmethod
    def _awardee_word(doc: Document, pos: int) -> str | None:
        return next((w for w in initiatives()["awardee_after"] if doc.text.startswith(w, pos)), None)

    @staticmethod
    def _paragraph_subject(doc: Document, pos: int, listed: bool = True) -> Mention | None:
        """The body opening a clause of the paragraph before ``pos``; for a paragraph of enumerated tasks
        (一是…，二是开展“某某”…) with none, the one of the paragraph before, which the tasks go on from."""
        region = doc.region_at(pos)
        while region is None and pos > 0 and doc.text[pos] in "\n\r \u3000" and not listed:
            pos -= 1
            region = doc.region_at(pos)
        if region is None or region.kind != "body":
            return None
        best = None
        for o in doc.mentions_between(region.start, pos, (T.ORG,)):
            if (o.start == region.start or doc.text[o.start - 1] in CLAUSE_BREAKS) \
                    and not RelationStage._officials_body(doc, o) and not RelationStage._helper_clause(doc, o) \
                    and not _auditor(doc, o):
                best = o
        if best is None and _ENUMERATION.match(doc.text, region.start) and region.start > 0:
            return RelationStage._paragraph_subject(doc, region.start - 1, listed=False) if listed else None
        return best

    @staticmethod
    def _helper_clause(doc: Document, o: Mention) -> bool:
        """…由甲主办，乙、丙承办，…: a clause of bodies that host (承办) or assist (协办) the main organiser's
        programme; they run that one (``_organisers``), they are no subject for what the article names later."""
        clause = re.split(char_class(CLAUSE_BREAKS), doc.text[o.start : o.start + 60])[0]
        return bool(_HELPER.search(clause)) and "主办" not in clause

    @staticmethod
    def _names_in_titles(doc: Document) -> dict[str, int]:
        """The names a document's title may open with, for each ORG: its name, and for a company
        its name without the legal form and its core (《骏驰汽车2024年度…》 for 广西骏驰汽车股份有限公司)."""
        gaz = gazetteer()
        orgs: dict[str, int] = {}
        for i, e in enumerate(doc.entities):
            if e.type != T.ORG:
                continue
            orgs.setdefault(e.name, i)
            core = enterprise_core(e.name, gaz)
            if core is not None:
                for short in (without_legal_form(e.name) or "", core):
                    if len(short) >= 4:
                        orgs.setdefault(short, i)
        return orgs

    def _issued(self, doc: Document, add) -> None:
        orgs = {e.name: i for i, e in enumerate(doc.entities) if e.type == T.ORG}
        openers = self._names_in_titles(doc)
        for d in (m for m in doc.mentions if m.type == T.DOCUMENT):
            for o in self._passive_issuers(doc, d) + self._ba_issuers(doc, d):  # 《某某办法》由甲制定; 甲将《…》印发
                add("ISSUED", o.entity, d.entity, Span(min(o.start, d.start), max(o.end, d.end)), source="rule:issued-by")
            issuer = _ISSUER_IN_TITLE.match(d.text)  # 《浙江省总工会关于…的决定》
            if issuer and issuer.group(1) in orgs:
                add("ISSUED", orgs[issuer.group(1)], d.entity, Span(d.start, d.end), source="rule:issuer-in-title")
            # 《桂阳县总工会2023年工作要点》, 《某某医院女职工权益保护专项集体合同》: named after its issuer
            opener = max((n for n in openers if len(n) >= 4 and d.text.lstrip("《").startswith(n)), key=len,
                         default=None)
            s0, _ = self._sentence(doc, d.start)
            if opener is not None and not _APPROVED.search(doc.text, s0, d.start):
                add("ISSUED", openers[opener], d.entity, Span(d.start, d.end), source="rule:issuer-in-title")
            owner = self._document_owner(doc, d, s0)
            if owner is not None:  # 县工会第九届委员会《工作报告》、《财务工作报告》: the body's own reports
                add("ISSUED", owner.entity, d.entity, Span(owner.start, d.end), source="rule:issued")
                continue
            cands = doc.mentions_between(s0, d.start, (T.ORG,))
            if not cands:
                continue
            org = cands[-1]
            between = doc.text[org.end : d.start]
            revised = between.rstrip("《") == "对" and _REVISED.match(doc.text, d.end)
            if not _ISSUE_VERBS.search(between) and not revised or len(between) > 40:
                continue
            before = doc.text[max(s0, org.start - 2) : org.start]
            if before.endswith(_NOT_ISSUER_BEFORE) and not (before.endswith(_ACCORDING) and _ISSUED_BY.fullmatch(between)):
                continue
            for o in self._with_partners(doc, org):
                add("ISSUED", o.entity, d.entity, Span(o.start, d.end), source="rule:issued")

    @staticmethod
    def _passive_issuers(doc: Document, d: Mention) -> list[Mention]:
        """《某某办法》（是）由甲、乙联合制定: the bodies listed after 由, when an issuing verb follows them."""
        by = _BY_AFTER.match(doc.text, d.end)
        if by is None:
            return []
        out, pos = [], by.end()
        while (o := doc.mention_at(pos)) is not None and o.type == T.ORG and o.start == pos and o.entity is not None:
            out.append(o)
            join = _JOIN_AFTER.match(doc.text, o.end)
            if join is None:
                break
            pos = join.end()
        if out and _ISSUE_AFTER.match(doc.text, out[-1].end):
            return out
        return []

    @staticmethod
    def _ba_issuers(doc: Document, d: Mention) -> list[Mention]:
        """甲（、乙）将《某某办法》印发给各基层工会: the body before 将, when an issuing verb follows the title."""
        ba = _BA_BEFORE.search(doc.text, max(0, d.start - 8), d.start)
        if ba is None or not _ISSUE_AFTER.match(doc.text, d.end + (doc.text[d.end : d.end + 1] in "》”」")):
            return []
        org = next((o for o in doc.mentions_between(max(0, ba.start() - 40), ba.start(), (T.ORG,)) if o.end == ba.start()),
                   None)
        return [o for o in RelationStage._with_partners(doc, org) if o.entity is not None] if org else []

    @staticmethod
    def _document_owner(doc: Document, d: Mention, s0: int) -> Mention | None:
        """The ORG written right before a document's 《 (or before the first of a list of them)."""
        k = d.start
        while True:
            k -= 1 if doc.text[k - 1 : k] == "《" else 0
            org = next((m for m in doc.mentions_between(max(s0, k - 40), k, (T.ORG,)) if m.end == k), None)
            if org is not None:
                return org
            prev = [m for m in doc.mentions_between(max(s0, k - 80), k, (T.DOCUMENT,))]
            if not prev or doc.text[prev[-1].end : k].strip("》") not in _LIST_JOINS:
                return None
            k = prev[-1].start

    def _located(self, doc: Document, add) -> None:
        text = doc.text
        self._located_verbs(doc, add)
        places = [p for p in doc.mentions if p.type == T.PLACE and p.entity is not None]
        for p in places:
            # (位于|在)Y的X, 在Y下辖的X: the body or place named right after a place and 的
            m = _OF_PLACE.match(text, p.end)
            if m is None:
                continue
            nxt = doc.mentions_between(m.end(), m.end() + 30, (T.ORG, T.PLACE))
            if nxt and nxt[0].start == m.end() and nxt[0].entity is not None \
                    and not text.startswith(_DEPUTY, nxt[0].end):  # 来自某区的全国人大代表: a person
                add("LOCATED_IN", nxt[0].entity, p.entity, Span(p.start, nxt[0].end), source="rule:of-place")
        for p, q in zip(places, places[1:], strict=False):  # 某区某某路, 某某新区某某工业区: the second lies in the first
            if p.end == q.start:
                add("LOCATED_IN", q.entity, p.entity, Span(p.start, q.end), source="rule:adjacent-places")
        for p in places:  # 某地一企业工会…: the firm the article goes on to name lies in the place
            if not _ONE_FIRM.match(text, p.end):
                continue
            firm = next((o for o in doc.mentions_between(p.end, p.end + 300, (T.ORG,)) if o.entity is not None
                         and (doc.entities[o.entity].kind or org_kind(doc.entities[o.entity].name)) == "enterprise"),
                        None)
            if firm is not None:
                add("LOCATED_IN", firm.entity, p.entity, Span(p.start, firm.end), source="rule:one-firm")
        self._in_jurisdiction(doc, add)
        self._zones(doc, add)
        for p in places:  # X是Y下辖的…: X in Y
            m = _UNDER.match(text, p.end)
            if m is None:
                continue
            nxt = doc.mentions_between(m.end(), m.end() + 12, (T.PLACE,))
            if nxt and nxt[0].start == m.end() and nxt[0].entity is not None \
                    and text.startswith(("下辖", "所辖", "辖下"), nxt[0].end):
                add("LOCATED_IN", p.entity, nxt[0].entity, Span(p.start, nxt[0].end), source="rule:under")
        for p in places:  # 某公司在柳东新区公司总部召开…: the body's own premises lie in the place
            site = text.startswith(own_sites(), p.end) and text.startswith("在", p.start - 1)
            holder = doc.mentions_between(max(0, p.start - 41), p.start - 1, (T.ORG,)) if site else []
            if holder and holder[-1].end == p.start - 1 and holder[-1].entity is not None:
                add("LOCATED_IN", holder[-1].entity, p.entity, Span(holder[-1].start, p.end), source="rule:own-site")
        for x in doc.mentions:  # X是Y的一家…企业: X in Y
            if x.type not in (T.ORG, T.PLACE) or x.entity is None or not text.startswith("是", x.end):
                continue
            nxt = doc.mentions_between(x.end + 1, x.end + 14, (T.PLACE,))
            if nxt and nxt[0].start == x.end + 1 and nxt[0].entity is not None and (
                    _ONE_OF.match(text, nxt[0].end) or x.type == T.PLACE and _part_of().match(text, nxt[0].end)):
                add("LOCATED_IN", x.entity, nxt[0].entity, Span(x.start, nxt[0].end), source="rule:one-of")

    def _located_verbs(self, doc: Document, add) -> None:
        """X位于Y, X地处Y: the body or place before the verb lies in the place right after it; 某公司位于Y的厂区
        only places the company for normalisation (``doc.sites``)."""
        text = doc.text
        doc.sites = []
        for m in _LOCATED.finditer(text):
            s0, s1 = self._sentence(doc, m.start())
            before = doc.mentions_between(s0, m.start(), (T.ORG, T.PLACE))
            after = doc.mentions_between(m.end(), s1, (T.PLACE,))
            if not (before and after and after[0].start - m.end() <= 2):
                continue
            if before[-1].type == T.PLACE and _MODIFIED.match(text, before[-1].end, m.start()):
                continue  # 某区劳动者港湾坐落在某路: the place names what is located, the thing is no mention
            of = _OF_PLACE.match(text, after[0].end)
            if of is None:
                add("LOCATED_IN", before[-1].entity, after[0].entity, Span(before[-1].start, after[0].end),
                    source="rule:located")
            elif not doc.mentions_between(of.end(), of.end() + 1, (T.ORG, T.PLACE)) \
                    and before[-1].entity is not None and after[0].entity is not None:
                doc.sites.append((before[-1].entity, after[0].entity))  # 某公司位于某区的厂区
            # else (在)位于Y的Z: Z lies in Y (below), not the body before 位于

    def _in_jurisdiction(self, doc: Document, add) -> None:
        """在某区，区总工会携手辖区内的某公司…: the body or place after 辖区（内）的 lies in the place of the
        body before it, when the sentence names that place (a place only inside the body's name is not
        enough: the annotated set leaves 某区总工会与辖区内的某公司 without it)."""
        text = doc.text
        self._communities(doc, add)
        for m in _JURISDICTION.finditer(text):
            s0, s1 = self._sentence(doc, m.start())
            nxt = doc.mentions_between(m.end(), min(s1, m.end() + 30), (T.ORG, T.PLACE))
            if not nxt or nxt[0].start != m.end() or nxt[0].entity is None:
                continue
            body = doc.mentions_between(s0, m.start(), (T.ORG,))
            if not body or body[-1].entity is None:
                continue
            body_name = doc.entities[body[-1].entity].name
            for p in reversed(doc.mentions_between(s0, body[-1].start, (T.PLACE,))):
                name = doc.entities[p.entity].name if p.entity is not None else ""
                short = name and body_name[:1] in "省市区县州旗" and name.endswith(body_name[:1])  # 区总工会
                if name and (body_name.startswith(name) or short) and p.entity != nxt[0].entity:
                    add("LOCATED_IN", nxt[0].entity, p.entity, Span(p.start, nxt[0].end), source="rule:jurisdiction")
                    break

    def _communities(self, doc: Document, add) -> None:
        """某街道总工会为辖区内…的甲社区、乙社区工会授牌: the communities a sub-district's
        or township's union names in its area (辖区…的) lie in that sub-district or township, when the
        article names it (as a place) on its own."""
        text = doc.text
        for m in _AREA_OF.finditer(text):
            s0, s1 = self._sentence(doc, m.start())
            body = doc.mentions_between(s0, m.start(), (T.ORG,))
            if not body or body[-1].entity is None:
                continue
            body_name = doc.entities[body[-1].entity].name
            town = _TOWN_UNION.match(body_name)
            if town is None:
                continue
            names = {town.group("short"), town.group("short") + town.group("end")}  # 某某, 某某街道
            place = next((i for i, e in enumerate(doc.entities)
                          if e.type == T.PLACE and any(x.text in names for x in e.mentions)), None)
            nxt = doc.mentions_between(m.end(), min(s1, m.end() + 30), (T.ORG, T.PLACE))
            if place is None or not nxt or nxt[0].start != m.end():
                continue
            members = [nxt[0]]
            for o in doc.mentions_between(nxt[0].end, min(s1, nxt[0].end + 60), (T.ORG, T.PLACE)):
                if text[members[-1].end : o.start] not in _LIST_JOINS:
                    break
                members.append(o)
            for x in members:
                name = doc.entities[x.entity].name if x.entity is not None else ""
                if _COMMUNITY.search(name):
                    add("LOCATED_IN", x.entity, place, Span(x.start, x.end), source="rule:community")

    @staticmethod
    def _zones(doc: Document, add) -> None:
        """A named zone opening with a division's name (十堰经济技术开发区, 青岛西海岸新区) lies in that
        division when the article names the division too."""
        gaz = gazetteer()
        zones = tuple(json_data("places.json")["zone_suffixes"])
        by_name: dict[str, int] = {}
        for i, e in enumerate(doc.entities):
            if e.type == T.PLACE:
                for m in e.mentions:
                    by_name.setdefault(m.text, i)
                by_name.setdefault(e.name, i)
        for i, e in enumerate(doc.entities):
            if e.type != T.PLACE:
                continue
            name = max((m.text for m in e.mentions), key=len)
            for n in range(len(name) - 2, 1, -1):
                head = name[:n]
                rest = name[n:]
                if not gaz.is_place(head) or gaz.is_place(rest) or not rest.endswith(zones):
                    continue
                codes = {p.code for p in gaz.lookup(head)}
                target = by_name.get(head)
                if target is None:  # 十堰经济技术开发区 and 十堰市: the same division by its code
                    target = next((j for j, x in enumerate(doc.entities) if x.type == T.PLACE
                                   and (x.normalized or {}).get("code") in codes), None)
                if target is not None and target != i:
                    m0 = e.mentions[0]
                    add("LOCATED_IN", i, target, Span(m0.start, m0.end), source="rule:zone")
                break
