"""Schema-2 values from the pipeline: PLACE divisions and codes, ORG kinds and places, DATE
periods, fact times, and the datelines they are resolved against (issue 13)."""

from __future__ import annotations

import pytest
from conftest import run_doc

from unionie.entities.gazetteer import gazetteer


def ent(doc, name, type_=None):
    return next(e for e in doc.entities if e.name == name and type_ in (None, e.type))


def fact(doc, surface):
    return next(f for f in doc.facts if f.text == surface)


# -- places -------------------------------------------------------------------------------------

def test_short_and_renamed_divisions_resolve_to_current_codes(pipeline):
    doc = run_doc("标题\n六盘水市总工会组织盘州市、六枝特区和水城县的职工参加培训。", pipeline)
    assert ent(doc, "盘州市", "PLACE").normalized["code"] == "520281"
    water = next(e for e in doc.entities if e.type == "PLACE" and e.mentions[0].text == "水城县")
    assert water.normalized == {"province": "贵州省", "city": "六盘水市", "county": "水城区", "code": "520221"}


def test_a_renamed_city_maps_to_its_successor():
    place = gazetteer().lookup("襄樊市")[0]
    assert (place.name, place.code) == ("襄阳市", "420600")


def test_municipalities_are_given_with_their_city():
    assert gazetteer().lookup("北京")[0].normalized() == {
        "province": "北京市", "city": "北京市", "county": None, "code": "110000"}


def test_towns_are_recognised_and_keep_their_county_code(pipeline):
    doc = run_doc("标题\n兰考县总工会在东坝头镇开展送温暖活动，慰问困难职工。", pipeline)
    town = ent(doc, "东坝头镇", "PLACE")
    assert town.mentions[0].source == "gazetteer"
    assert town.normalized["town"] == "东坝头镇"
    assert town.normalized["county"] == "兰考县"
    assert town.normalized["code"] == ent(doc, "兰考县总工会").normalized["place"]


def test_an_ambiguous_name_follows_the_article_or_stays_null_with_a_warning(pipeline):
    alone = run_doc("标题\n朝阳区的职工参加了比赛。", pipeline)
    assert ent(alone, "朝阳区", "PLACE").normalized is None
    assert any("朝阳区" in w and "left null" in w for w in alone.warnings)
    beijing = run_doc("标题\n北京市总工会在朝阳区举办比赛，北京市各区职工参加。", pipeline)
    assert ent(beijing, "朝阳区", "PLACE").normalized["code"] == "110105"
    assert not any("朝阳区" in w for w in beijing.warnings)


def test_a_county_short_name_resolves_inside_the_article_province(pipeline):
    doc = run_doc("标题\n苏州市总工会介绍，昆山的网约车司机已全部入会。江苏省总工会予以肯定。", pipeline)
    kunshan = next((e for e in doc.entities if e.type == "PLACE" and e.mentions[0].text == "昆山"), None)
    if kunshan is None:
        pytest.skip("昆山 not recognised as a PLACE by this backend")
    assert kunshan.normalized["code"] == "320583"


def _place(doc, surface):
    return next((e for e in doc.entities if e.type == "PLACE" and e.mentions[0].text == surface), None)


def test_a_province_nickname_is_the_province_unless_the_county_of_that_name_is_named(pipeline):
    text = "标题\n黑龙江省总工会召开全委会，号召全省职工在龙江振兴发展中建功立业。"
    doc = run_doc(text, pipeline)
    if _place(doc, "龙江") is None:
        pytest.skip("龙江 not recognised as a PLACE by this backend")
    assert _place(doc, "龙江").normalized["code"] == "230000"
    assert gazetteer().counties_named("龙江", text + "龙江县总工会") != []  # named in full: the county


def test_a_distinctive_county_short_name_outside_the_home_province_resolves(pipeline):
    doc = run_doc("标题\n太原市总工会组织一线劳模分批赴北戴河疗休养，太原市各区工会参加。", pipeline)
    if _place(doc, "北戴河") is None:
        pytest.skip("北戴河 not recognised as a PLACE by this backend")
    assert _place(doc, "北戴河").normalized["code"] == "130304"  # not 北戴河新区, nor null
    assert gazetteer().official_county("北戴河").name == "北戴河区"
    assert gazetteer().official_county("五台山").code == "140971"
    assert gazetteer().official_county("长阳") is None  # two characters: too often a road or a park
    assert gazetteer().official_county("铁西") is None  # several counties bear it


# -- organisations ------------------------------------------------------------------------------

def test_org_kinds_and_places(pipeline):
    doc = run_doc(
        "标题\n近日，六盘水市总工会联合六盘水市人力资源和社会保障局、团市委举办招聘会。"
        "中华全国总工会有关负责人出席。盘州市总工会党组将学习贯彻作为首要任务。",
        pipeline,
    )
    union = ent(doc, "六盘水市总工会")
    assert (union.kind, union.normalized) == ("union", {"place": "520200"})
    assert ent(doc, "六盘水市人力资源和社会保障局").kind == "government"
    acftu = ent(doc, "中华全国总工会")
    assert acftu.kind == "union" and acftu.normalized is None  # a national body has no division
    party = next(e for e in doc.entities if e.type == "ORG" and e.name.endswith("党组"))
    assert party.kind == "party" and party.normalized == {"place": "520281"}


def test_city_abbreviation_in_an_article_about_a_county_level_city(pipeline):
    doc = run_doc(
        "标题\n海宁市总工会召开代表大会。海宁市各级工会代表出席。大会选举产生了新一届委员会，"
        "市总工会主席作报告。海宁市人大常委会负责人讲话。",
        pipeline,
    )
    union = next(e for e in doc.entities if e.type == "ORG" and any(m.text == "市总工会" for m in e.mentions))
    assert union.name == "海宁市总工会"
    assert union.normalized == {"place": "330481"}


def test_an_enterprise_without_a_place_belongs_to_the_article_division(pipeline):
    doc = run_doc("标题\n遵义市总工会走进贵州恒达机械有限公司，慰问一线职工。遵义市各区县工会参加。", pipeline)
    company = ent(doc, "贵州恒达机械有限公司")
    assert company.kind == "enterprise"
    assert company.normalized == {"place": "520300"}  # the article's city, not the whole province



def test_a_company_unit_named_after_a_lower_place_belongs_to_that_place(pipeline):
    doc = run_doc("标题\n国网湖南省电力有限公司岳阳供电公司工会近日组织一线班组开展安全知识竞赛。", pipeline)
    assert ent(doc, "国网湖南省电力有限公司岳阳供电公司工会").normalized == {"place": "430600"}  # 岳阳市
    doc = run_doc("标题\n汇川区总工会走访上海恒达精工汇川分公司，看望加班的职工。", pipeline)
    assert ent(doc, "上海恒达精工汇川分公司").normalized == {"place": "520303"}  # the branch's 汇川区, not 上海
    doc = run_doc("标题\n遵义市总工会为中国农业银行遵义分行工会送去慰问品。", pipeline)
    assert ent(doc, "中国农业银行遵义分行工会").normalized == {"place": "520300"}


def test_a_company_named_after_the_city_of_an_article_about_a_district_belongs_to_the_district(pipeline):
    doc = run_doc("标题\n汇川区总工会为遵义恒达机械有限公司、汇川区人民医院送去慰问品。", pipeline)
    assert ent(doc, "遵义恒达机械有限公司").normalized == {"place": "520303"}  # 汇川区, not 遵义市
    doc = run_doc("标题\n汇川区总工会为遵义恒达机械有限公司、遵义市总工会送去慰问品。", pipeline)
    assert ent(doc, "遵义恒达机械有限公司").normalized == {"place": "520300"}  # an article about the city


def test_a_neighbourhood_lies_in_the_county_the_article_is_about(pipeline):
    doc = run_doc("标题\n遵义市汇川区总工会到金鼎社区慰问困难职工，汇川区总工会主席出席。", pipeline)
    assert ent(doc, "金鼎社区", "PLACE").normalized["code"] == "520303"
    doc = run_doc("标题\n总工会到金鼎社区慰问困难职工。", pipeline)
    assert ent(doc, "金鼎社区", "PLACE").normalized is None  # no county: nothing to say where


def test_a_contest_names_the_articles_city_and_common_words_that_are_divisions_do_not(pipeline):
    doc = run_doc("标题\n双鸭山市第二届职工职业技能大赛于9月3日启动。市总工会主席王某出席，矿区工会参加。"
                  "推进老城区改造。", pipeline)
    assert ent(doc, "双鸭山市总工会").normalized == {"place": "230500"}  # 市总工会: the contest's city
    assert not any(e.type == "PLACE" and e.name in ("矿区", "老城区") for e in doc.entities)
    doc = run_doc("标题\n呼和浩特市总工会在新城区、回民区建成驿站。", pipeline)
    assert ent(doc, "新城区", "PLACE").normalized["code"] == "150102"  # its city is named: a district


def test_a_city_after_its_province_in_short_or_full_form_is_the_city(pipeline):
    doc = run_doc("标题\n在河北省承德市举行。", pipeline)
    assert ent(doc, "河北省承德市", "PLACE").normalized["code"] == "130800"  # not 承德县
    assert not doc.warnings
    doc = run_doc("湖北宜昌：工会消费券这样领\n记者从市总工会获悉，市政府高度重视。", pipeline)
    assert ent(doc, "湖北宜昌", "PLACE").normalized["code"] == "420500"
    assert ent(doc, "宜昌市总工会").normalized == {"place": "420500"}
    assert not any("消费券" in e.name for e in doc.entities)  # goods, no body


def test_a_county_bureau_short_form_is_the_articles_county_bureau(pipeline):
    doc = run_doc("标题\n运动会由宁远县总工会、县体育局联合主办。开场舞《春风颂》、歌曲《奋进之歌》拉开帷幕。", pipeline)
    assert any(e.name == "宁远县体育局" for e in doc.entities)
    assert not any(e.type == "DOCUMENT" for e in doc.entities)  # a dance and a song, no documents


def test_a_bank_named_after_a_city_does_not_place_the_article(pipeline):
    doc = run_doc("标题\n我市规划的50个服务站已建成。市总工会到永州银行网点、建设银行网点检查。", pipeline)
    assert ent(doc, "市总工会").normalized is None  # the article never says which city


def test_a_counties_unique_short_name_places_the_article(pipeline):
    doc = run_doc("标题\n良乡镇总工会为金鼎社区授牌，为建设房山新城贡献力量。", pipeline)
    assert ent(doc, "金鼎社区", "PLACE").normalized["code"] == "110111"  # 房山: 房山区, the one county so called


def test_a_local_papers_city_places_an_article_that_names_no_other(pipeline):
    doc = run_doc("全市新就业形态劳动者入会超5万名\n2023-09-07　来源：德州日报\n"
                  "　　市总工会党组成员、副主席王某介绍，市总工会共排查企业120家。", pipeline)
    assert ent(doc, "德州市总工会").normalized == {"place": "371400"}

# -- dates and fact times -----------------------------------------------------------------------

def test_relative_dates_resolve_against_the_dateline(pipeline):
    doc = run_doc("标题\n2018-10-26 09:25　来源：中工网\n去年9月，市总工会启动招聘。上半年，全市发放助学金38万元。",
                  pipeline)
    assert doc.meta["published"] == "2018-10-26T09:25"
    assert ent(doc, "去年9月", "DATE").normalized == {"start": "2017-09", "end": "2017-09"}
    assert ent(doc, "上半年", "DATE").normalized == {"start": "2018-01", "end": "2018-06"}
    assert fact(doc, "38万元").time == ("2018-01", "2018-06")


def test_fact_time_durations_comparisons_and_since(pipeline):
    doc = run_doc(
        "标题\n2018-10-26　来源：中工网\n"
        "五年来，全市新建工会221个。上半年全市工会经费收缴率达95.6%，比去年同期提高3.2个百分点。"
        "“金秋助学”活动自2006年启动以来，累计资助困难职工子女1.6万余人次。",
        pipeline,
    )
    assert fact(doc, "221个").time == ("2013", "2018")
    assert fact(doc, "3.2个百分点").time == ("2018-01", "2018-06")  # not the compared period
    assert fact(doc, "1.6万余人次").time == ("2006-01", "2018-10")


def test_a_date_inside_the_figure_s_modifier_does_not_time_it(pipeline):
    """2023年，…对2021年和2022年命名的40家工作室重新确认: the dates say when the rooms were named (a
    clause ending in 的 right before the figure); the figure takes the sentence's own time. A date
    right before 的 and the figure (去年底的41%) still times it."""
    doc = run_doc(
        "标题\n2023-11-02　来源：中工网\n2023年，区总工会新建工作室12家，同时对2021年和2022年命名的40家工作室重新确认。"
        "全县会员入会率由去年底的52%提高到64%。",
        pipeline,
    )
    assert fact(doc, "40家").time == ("2023", "2023")
    assert fact(doc, "52%").time == ("2022-12", "2022-12")


def test_a_period_inside_a_closed_semicolon_item_does_not_time_the_next_item(pipeline):
    """2022年，举办…；春节期间给…送去…；安排…: 春节期间 times its own item; the item after it takes the
    year that holds that period; a year of its own in a closed item still carries on."""
    doc = run_doc(
        "标题\n2022年，镇总工会举办岗位练兵比赛42场；春节期间给415个困难家庭送去节礼款83万元；安排620名一线职工外出休养。\n"
        "2019年新建职工书屋12家；2020年新建职工书屋15家；新建母婴室9个。",
        pipeline,
    )
    assert fact(doc, "83万元").time[0].startswith("2022-")
    assert fact(doc, "620名").time == ("2022", "2022")
    assert fact(doc, "9个").time == ("2020", "2020")


def test_a_period_of_the_next_sentence_does_not_time_a_figure_in_the_lead(pipeline):
    """目前全公司建成工作室25个。今年一季度，…: the lead's period opens the next sentence; the figure
    before it has no time of its own (the lead's date still times it when a day: 记者3月5日获悉)."""
    doc = run_doc(
        "标题\n2013-08-19　来源：某某日报\n"
        "多年来，松江机械公司持续推进技能攻关，目前全公司建成工作室25个。"
        "今年一季度，公司各工作室解决技术难题31项，节约成本460万元。",
        pipeline,
    )
    assert fact(doc, "25个").time is None
    assert fact(doc, "31项").time == ("2013-01", "2013-03")


def test_fact_time_from_the_lead_and_the_event(pipeline):
    doc = run_doc(
        "标题\n2023-06-16　来源：某某日报\n"
        "6月15日，温州市总工会第十四次代表大会开幕，全市各级工会代表出席会议，为劳模送去慰问金20万元。\n"
        "大会听取了工作报告。\n"
        "本次大会应到代表412名，实到398名。\n"
        "据了解，全市共有工会会员86万名。",
        pipeline,
    )
    assert fact(doc, "20万元").time == ("2023-06-15", "2023-06-15")  # in the dated lead
    assert fact(doc, "412名").time == ("2023-06-15", "2023-06-15")  # 本次大会: the lead's event
    assert fact(doc, "86万名").time is None  # a standing total with no time stated


def test_the_period_a_meeting_reviews_is_not_its_head_counts_time(pipeline):
    doc = run_doc("标题\n2022-07-30　来源：某某日报\n"
                  "7月29日，某公司工会2022年上半年工作总结会在职工之家举行，近40名工会小组长参加了会议。",
                  pipeline)
    assert fact(doc, "近40名").time == ("2022-07-29", "2022-07-29")


def test_whole_year_takes_the_year_the_report_covers(pipeline):
    doc = run_doc("标题\n2024-01-20　来源：某某日报\n2023年，全省各级工会扎实工作。全年新发展会员21万人。", pipeline)
    assert fact(doc, "21万人").time == ("2023", "2023")


@pytest.mark.parametrize(("line", "published"), [
    ("来源：酒泉市总工会　　23-05-12", "2023-05-12"),
    ("23-12-28 08:40　　宜宾日报", "2023-12-28T08:40"),
])
def test_two_digit_year_datelines(pipeline, line, published):
    doc = run_doc(f"某某工会开展活动\n\n{line}\n\n近日，某某工会组织职工开展健步走活动，300名职工参加。", pipeline)
    assert doc.meta["published"] == published


def test_a_closing_date_line_is_metadata_not_body(pipeline):
    text = "某某工会开展活动\n\n近日，某某工会组织职工开展健步走活动，300名职工参加。\n2024-02-01　来源：某某日报\n"
    doc = run_doc(text, pipeline)
    assert doc.meta["published"] == "2024-02-01"
    assert all("2024-02-01" not in doc.text[r.start:r.end] for r in doc.regions)


def test_breadcrumb_rows_are_not_titles(pipeline):
    doc = run_doc("首页 > 工会动态 > 地方工会\n\n某某市总工会组织职工疗休养\n\n2023年06月21日08:15　来源：某某报\n\n"
                  "近日，某某市总工会组织首批职工疗休养。", pipeline)
    assert doc.meta["title"] == "某某市总工会组织职工疗休养"
    assert doc.meta["published"] == "2023-06-21T08:15"


def test_record_carries_the_values(pipeline):
    record = pipeline.extract("标题\n2018-10-26　来源：中工网\n去年9月，六盘水市总工会新建工会221个。")
    assert record.schema_version == "2"
    date = next(e for e in record.entities if e.type == "DATE")
    assert (date.normalized.start, date.normalized.end) == ("2017-09", "2017-09")
    org = next(e for e in record.entities if e.type == "ORG")
    assert org.kind == "union" and org.normalized.place == "520200"
    f = record.facts[0]
    assert (f.time.start, f.time.end) == ("2017-09", "2017-09")


# -- implied bodies, relations and subjects that schema 2 relies on -----------------------------

def test_coordinated_names_imply_bodies_and_keep_the_stated_spans(pipeline):
    record = pipeline.extract("标题\n六盘水市总工会组织六枝特区、水城县、钟山区总工会开展送温暖活动。")
    implied = {x.name: x for x in record.implied}
    assert set(implied) == {"六枝特区总工会", "水城县总工会"}
    assert implied["六枝特区总工会"].kind == "union"
    assert implied["六枝特区总工会"].normalized.place == "520203"
    assert implied["水城县总工会"].normalized.place == "520221"
    names = {(e.type, e.name) for e in record.entities}
    assert ("ORG", "钟山区总工会") in names and ("PLACE", "六枝特区") in names
    assert ("ORG", "六枝特区总工会") not in names  # the annotation's spans stay as written
    head = next(e for e in record.entities if e.id == implied["水城县总工会"].head_of)
    assert head.name == "钟山区总工会"


def test_a_body_placed_by_the_text_takes_that_division(pipeline):
    doc = run_doc("标题\n石家庄市总工会介绍，在栾城区的河北恒泰精密铸造有限公司，职工书屋藏书1.2万册。", pipeline)
    located = {(doc.entities[r.head].name, doc.entities[r.tail].name) for r in doc.relations
               if r.type == "LOCATED_IN"}
    assert ("河北恒泰精密铸造有限公司", "栾城区") in located
    assert ent(doc, "河北恒泰精密铸造有限公司").normalized == {"place": "130111"}


def test_a_speakers_body_is_not_the_subject_of_what_the_enterprise_did(pipeline):
    doc = run_doc(
        "标题\n澄江精工机械有限公司是一家民营企业。澄江精工机械有限公司工会主席李春华介绍，"
        "公司今年为高温岗位职工发放津贴12万元。",
        pipeline,
    )
    f = fact(doc, "12万元")
    assert doc.entities[f.subject].name == "澄江精工机械有限公司"


def test_money_without_a_noun_counts_funds_and_shares_have_no_subject(pipeline):
    doc = run_doc("标题\n今年，六盘水市总工会投入16万元，全市企业建会率达95%。", pipeline)
    assert fact(doc, "16万元").object == "资金"
    assert fact(doc, "95%").subject is None


def test_abbreviations_take_the_division_their_sentence_just_named(pipeline):
    doc = run_doc(
        "标题\n宜宾市总工会开展金秋助学。宜宾市各区县工会参加。在成都，成都市总工会还联合团市委开展志愿服务。"
        "在铁西区，区总工会联合辖区企业开展活动。",
        pipeline,
    )
    league = next(e for e in doc.entities if any(m.text == "团市委" for m in e.mentions))
    assert league.name == "共青团成都市委" and league.kind == "association"
    assert league.normalized == {"place": "510100"}  # Chengdu, not the article's Yibin


def test_a_chain_of_divisions_and_a_zone_name_the_articles_home(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n日前，安徽省祁门县20个项目部工会成立。县总工会将在祁门县电子产业园组建工会。", pipeline)
    union = next(e for e in doc.entities if e.name == "祁门县总工会")
    assert union.normalized["place"] == "341024"


def test_a_zones_short_form_is_the_zone_of_the_articles_city(pipeline):
    """经区 / 经开区 said in an article about 烟台: the city's one economic zone (370672), not its
    high-tech zone (高新区, 370671); the bodies of the article belong to it."""
    doc = run_doc("标题\n近日，经开区总工会为烟台瑞鑫机械有限公司、海德食品有限公司新建职工书屋。"
                  "经开区总工会主席介绍，今年还将新建5家。", pipeline)
    assert ent(doc, "经开区总工会").normalized == {"place": "370672"}
    assert ent(doc, "海德食品有限公司").normalized == {"place": "370672"}  # a body the article is about
    assert ent(doc, "烟台瑞鑫机械有限公司").normalized == {"place": "370672"}  # named after the city: its zone
    g = gazetteer()
    yantai = g.full["烟台市"][0]
    assert g.zone_of_city("高新区", yantai).code == "370671"
    assert g.zone_of_city("经区", g.full["沈阳市"][0]) is None or g.zone_of_city("经区", g.full["沈阳市"][0]).city == "沈阳市"


def test_a_body_named_after_an_ambiguous_division_is_not_given_the_articles_home(pipeline):
    doc = run_doc("标题\n近日，石柱土家族自治县总工会举办培训。大通县总工会主席李华介绍了经验。", pipeline)
    assert ent(doc, "石柱土家族自治县总工会").normalized == {"place": "500240"}
    assert ent(doc, "大通县总工会").normalized is None  # 大通: Qinghai's county or Huainan's district
    assert any("大通县总工会" in w for w in doc.warnings)


def test_a_range_end_without_a_year_takes_the_start_year(pipeline):
    from conftest import run_doc

    doc = run_doc("宁远县总工会举行职工运动会\n发布时间：2019-04-02\n宁远县总工会于10月30日至11月23日举行职工运动会。", pipeline)
    values = {e.name: e.normalized for e in doc.entities if e.type == "DATE"}
    assert values["10月30日"]["start"] == "2019-10-30" and values["11月23日"]["start"] == "2019-11-23"


def test_national_outlets_belong_to_no_division(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n宁远县总工会的做法被工人日报、中工网报道。宁远县总工会与湘南日报合作。", pipeline)
    places = {e.name: (e.normalized or {}).get("place") for e in doc.entities if e.type == "ORG"}
    assert places.get("工人日报") is None and places.get("中工网") is None
    assert places["宁远县总工会"] == "431126"


def test_dates_a_year_would_resolve_are_null_with_a_warning_when_the_article_gives_none(pipeline):
    doc = run_doc("标题\n本报讯 5月8日，某县总工会启动职工互助保障活动。今年3月，该县已有20家单位参与。", pipeline)
    dates = [e for e in doc.entities if e.type == "DATE"]
    assert dates and all(e.normalized is None for e in dates)
    warning = next(w for w in doc.warnings if "no publication date or year" in w)
    assert "5月8日" in warning and "今年3月" in warning
    dated = run_doc("标题\n2024年5月8日，某县总工会启动职工互助保障活动。今年3月，该县已有20家单位参与。", pipeline)
    assert not any("no publication date" in w for w in dated.warnings)
    assert next(e for e in dated.entities if e.name == "今年3月").normalized == {"start": "2024-03", "end": "2024-03"}


def test_a_listed_date_without_a_year_takes_the_year_before_it(pipeline):
    """1998年元旦、春节期间: the festival after the year-dated one is of that year, not the published one."""
    doc = run_doc(
        "标题\n2024-03-05　来源：某某日报\n"
        "2003年元旦、春节期间，柳河县总工会走访困难职工120户。2016年4月和6月，县总工会两次举办培训。",
        pipeline,
    )
    assert ent(doc, "春节期间", "DATE").normalized == {"start": "2003-02-01", "end": "2003-02-01"}
    assert ent(doc, "6月", "DATE").normalized == {"start": "2016-06", "end": "2016-06"}


def test_five_year_plan_periods_time_figures(pipeline):
    doc = run_doc(
        "标题\n2024-03-05　来源：某某日报\n"
        "“十四五”以来，柳河县总工会累计投入帮扶资金300万元。“十三五”期间，全县新建职工书屋40家。",
        pipeline,
    )
    assert fact(doc, "300万元").time == ("2021-01", "2024-03")
    assert fact(doc, "40家").time == ("2016", "2020")


def test_the_qi_of_a_verb_after_a_year_is_no_since(pipeline):
    """2019年建起职工书屋: 起 ends the verb 建起, the figure is of 2019, not since 2019."""
    doc = run_doc(
        "标题\n2024-03-05　来源：某某日报\n"
        "2019年柳河县机械厂建起职工书屋，当年职工借阅图书5000册。2021年起，该厂每年投入培训经费20万元。",
        pipeline,
    )
    assert fact(doc, "5000册").time == ("2019", "2019")
    assert fact(doc, "20万元").time == ("2021-01", "2024-03")


def test_a_figure_of_now_takes_no_date_from_an_earlier_sentence(pipeline):
    """…力争2025年底建成驿站300个。截至目前，已建成…: 截至目前 says the figure is of now."""
    doc = run_doc(
        "标题\n2024-03-05　来源：某某日报\n"
        "柳河县总工会提出，力争2025年底全县建成职工驿站300个。截至目前，全县已建成职工驿站180个。",
        pipeline,
    )
    assert fact(doc, "300个").time == ("2025-12", "2025-12")
    assert fact(doc, "180个").time is None


def test_a_day_alone_opening_a_sentence_is_of_the_published_month(pipeline):
    doc = run_doc(
        "标题\n2021-04-27　来源：某某日报\n"
        "26日，柳河县总工会召开表彰大会，表彰先进集体32个。",
        pipeline,
    )
    assert ent(doc, "26日", "DATE").normalized == {"start": "2021-04-26", "end": "2021-04-26"}
    assert fact(doc, "32个").time == ("2021-04-26", "2021-04-26")


def test_days_listed_under_one_month_and_a_day_after_a_datelines_bracket(pipeline):
    """（记者 某某）14日上午，…; 2022年8月3、4日: a day after the reporter's bracket opens the sentence;
    two days listed under one month are one DATE running from the first to the second."""
    doc = run_doc(
        "标题\n2023-06-16　来源：某某日报\n"
        "（记者 王小明）14日上午，柳河县总工会召开会议。2022年8月3、4日，县总工会举办培训班，培训职工120人。"
        "5月9、10日，县总工会举办比赛，参赛职工80人。",
        pipeline,
    )
    assert ent(doc, "14日上午", "DATE").normalized == {"start": "2023-06-14", "end": "2023-06-14"}
    assert ent(doc, "2022年8月3、4日", "DATE").normalized == {"start": "2022-08-03", "end": "2022-08-04"}
    assert fact(doc, "80人").time == ("2023-05-09", "2023-05-10")


def test_a_figure_of_an_undated_span_takes_no_date_from_an_earlier_sentence(pipeline):
    """今年，…。近年来，…共组织…: 近年来 says the figure is of years the text does not date."""
    doc = run_doc(
        "标题\n2023-11-28　来源：某某日报\n"
        "今年，柳河县总工会安排一线职工疗休养170人。近年来，县总工会累计组织疗休养活动11期。",
        pipeline,
    )
    assert fact(doc, "170人").time == ("2023", "2023")
    assert fact(doc, "11期").time is None


def test_whole_year_after_a_finer_date_in_its_sentence_is_the_whole_year(pipeline):
    doc = run_doc(
        "标题\n2025-01-15　来源：某某日报\n"
        "据统计，截至2024年底，柳河县已建职工驿站186个，全年累计服务职工近8万人次。",
        pipeline,
    )
    assert fact(doc, "186个").time == ("2024-12", "2024-12")
    assert fact(doc, "近8万人次").time == ("2024", "2024")


def test_a_range_of_days_under_one_month_is_one_date(pipeline):
    doc = run_doc(
        "标题\n2015-11-23　来源：某某日报\n"
        "柳河县总工会于11月12-13日举办职工运动会，参赛职工300人。2014年9月5至7日，县总工会举办培训。",
        pipeline,
    )
    assert ent(doc, "11月12-13日", "DATE").normalized == {"start": "2015-11-12", "end": "2015-11-13"}
    assert ent(doc, "2014年9月5至7日", "DATE").normalized == {"start": "2014-09-05", "end": "2014-09-07"}
    assert fact(doc, "300人").time == ("2015-11-12", "2015-11-13")


def test_the_year_after_or_the_same_year_with_a_month(pipeline):
    """2019年5月…，次年8月…。同年10月…: 次年 and 同年 before a month count from the year said last."""
    doc = run_doc(
        "标题\n2023-06-16　来源：某某日报\n"
        "2019年5月，柳河县总工会成立职工服务中心，次年8月建成职工书屋3家。同年10月，县总工会培训职工60人。",
        pipeline,
    )
    assert ent(doc, "次年8月", "DATE").normalized == {"start": "2020-08", "end": "2020-08"}
    assert fact(doc, "3家").time == ("2020-08", "2020-08")
    assert fact(doc, "60人").time == ("2020-10", "2020-10")


def test_a_date_an_activity_lasts_until_runs_from_the_published_month(pipeline):
    doc = run_doc(
        "标题\n2024-07-16　来源：某某日报\n"
        "据悉，今年“送清凉”活动将持续到8月底，柳河县总工会拟投入资金65万元。",
        pipeline,
    )
    assert fact(doc, "65万元").time == ("2024-07", "2024-08")


def test_the_date_of_a_starting_value_does_not_time_the_value_it_changes_to(pipeline):
    doc = run_doc(
        "标题\n2023-05-12　来源：某某日报\n"
        "今年以来，柳河县总工会吸纳新就业形态劳动者入会1300人，入会率由去年底的41%提高到67%。",
        pipeline,
    )
    assert fact(doc, "41%").time == ("2022-12", "2022-12")
    assert fact(doc, "67%").time == ("2023-01", "2023-05")


def test_a_figure_of_the_present_after_an_event_day_takes_no_date(pipeline):
    """12月8日至9日，…召开。…当前全省共有…: 当前 is now, not the meeting's days."""
    doc = run_doc(
        "标题\n2022-12-10　来源：某某日报\n"
        "12月8日至9日，全省职工之家建设交流会在柳河召开。记者从会上获悉，当前全省共有服务职工阵地3614个。",
        pipeline,
    )
    assert fact(doc, "3614个").time is None


def test_a_date_up_to_now_times_figures_to_the_published_month(pipeline):
    doc = run_doc(
        "标题\n2024-10-15　来源：某某日报\n"
        "2022年3月至今，柳河县总工会累计发放助学金120万元。",
        pipeline,
    )
    assert fact(doc, "120万元").time == ("2022-03", "2024-10")


def test_an_ambiguous_district_union_votes_for_the_district_of_the_city_the_article_names(pipeline):
    doc = run_doc("标题\n鼓楼区总工会日前开展慰问活动。区人大常委会副主任、区总工会主席李明带队，"
                  "为南京地铁一线职工送去慰问品。", pipeline)
    congress = next(e for e in doc.entities if e.type == "ORG" and e.name.endswith("人大常委会"))
    assert congress.name == "鼓楼区人大常委会" and congress.normalized == {"place": "320106"}  # Nanjing's 鼓楼区


def test_the_city_of_an_article_about_a_district_is_the_districts_not_a_destination(pipeline):
    doc = run_doc("沈河区总工会组织劳模疗休养\n近日，沈河区总工会组织劳模赴锦州疗休养，又组织一线职工赴锦州和北戴河疗休养。"
                  "此次活动得到省、市总工会支持，沈河区总工会将继续做好服务。", pipeline)
    unions = {e.name: e.normalized for e in doc.entities if e.type == "ORG"}
    assert unions.get("沈阳市总工会") == {"place": "210100"} and "锦州市总工会" not in unions


def test_a_citys_name_and_a_zones_short_form_are_the_citys_zone(pipeline):
    doc = run_doc("标题\n7日，在南通开发区，外卖骑手在驿站歇脚。南通经开区总工会为骑手送去清凉物资。", pipeline)
    place = next(e for e in doc.entities if e.type == "PLACE" and e.name == "南通开发区")
    union = next(e for e in doc.entities if e.type == "ORG" and e.name.startswith("南通经开区"))
    assert place.normalized["code"] == "320671" and union.normalized == {"place": "320671"}


def test_a_county_level_citys_site_is_the_home_of_an_article_naming_no_place(pipeline):
    doc = run_doc("工会干部亮身份\n\n2012-05-16 11:18:30 浏阳网| 编辑:韩冰\n"
                  "11日，市总工会召开现场推进会，要求各级工会干部主动为职工维权。\n", pipeline)
    union = next(e for e in doc.entities if e.type == "ORG")
    assert union.name == "浏阳市总工会" and union.normalized == {"place": "430181"}


def test_a_street_named_after_a_road_or_a_city_is_no_division_of_that_name(pipeline):
    """A body named after a street of the division table (四川北路街道: a street of Shanghai's 虹口区;
    桃园办事处 for a 桃园街道) belongs to that street, not to the province or city whose short name
    opens it (四川, 桃园), and the street's name does not make that province the article's home."""
    doc = run_doc("标题\n近日，四川北路街道总工会召开会员大会，街道党工委副书记钟明远出席。", pipeline)
    assert ent(doc, "四川北路街道总工会").normalized == {"place": "310109"}
    doc = run_doc("标题\n近日，涿州市总工会一行来到桃园街道办事处举行座谈。桃园办事处主任钟明远出席。", pipeline)
    assert ent(doc, "桃园街道办事处").normalized == {"place": "130681"}


def test_a_general_administration_and_its_union_are_national_bodies(pipeline):
    doc = run_doc("标题\n近日，由总局工会主办、武汉市广电局承办的系统工会工作交流会在武汉召开，广电总局机关工会负责人参加。", pipeline)
    for name in ("总局工会", "武汉市广电局"):
        assert any(e.name == name for e in doc.entities if e.type == "ORG"), name
    union = next(e for e in doc.entities if e.type == "ORG" and e.name == "总局工会")
    assert union.normalized is None


def test_a_period_word_after_two_listed_holidays_covers_both(pipeline):
    doc = run_doc("标题\n2025年2月5日\n元旦、春节期间，芦溪县总工会共走访慰问困难职工420户。", pipeline)
    dates = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("元旦", ("2025-01-01", "2025-01-01")) in dates
    assert fact(doc, "420户").time == ("2025-01-01", "2025-01-29")


def test_a_figure_after_two_listed_days_takes_both(pipeline):
    doc = run_doc("标题\n2024年3月10日\n安源区总工会3月5日、6日分别举办两场招聘会，共提供岗位1300个。", pipeline)
    assert fact(doc, "1300个").time == ("2024-03-05", "2024-03-06")


def test_a_figure_in_a_paragraph_set_at_the_event_the_lead_dates_takes_its_day(pipeline):
    """比武现场，…。某某以92.5分的成绩夺得头名: a later paragraph opened by the event's scene (现场) with
    no date of its own: its figures are of the day the lead gives the event."""
    doc = run_doc("枫林机械公司举办钳工技能比武\n\n2024-06-12 10:20　来源：枫林日报\n\n"
                  "　　6月10日，枫林机械有限公司举办第三届钳工技能比武，比武设理论和实操两个环节，共有46名钳工参赛。\n\n"
                  "　　比武现场，气氛紧张热烈。装配车间钳工组长韦立川以92.5分的成绩夺得头名。", pipeline)
    assert fact(doc, "92.5分").time == ("2024-06-10", "2024-06-10")
