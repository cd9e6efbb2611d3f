"""Numeric facts: golden cases as data (tests/data/fact_cases.json) and the seed's subjects."""

import json
from pathlib import Path

import pytest
from conftest import run_doc

from unionie.core.types import EntityType as T

CASES = json.loads((Path(__file__).parent / "data" / "fact_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:12] for c in CASES])
def test_fact_cases(case, pipeline):
    doc = run_doc("标题\n" + case["text"], pipeline)
    got = [(f.text, f.value, f.unit, f.approx) for f in doc.facts]
    want = [(f["text"], float(f["value"]), f["unit"], f["approx"]) for f in case["facts"]]
    assert got == want
    for f, w in zip(doc.facts, case["facts"], strict=True):
        assert doc.text[f.start : f.end] == f.text
        if "value_max" in w:
            assert f.value_max == w["value_max"]
        if "object" in w:
            assert f.object and (w["object"] in f.object or f.object in w["object"])


def test_subject_is_the_clause_opening_org(pipeline):
    doc = run_doc("标题\n目前，盘州市总工会已招考工会社会化工作者32名，已分配至各乡镇。", pipeline)
    (fact,) = doc.facts
    assert doc.entities[fact.subject].name == "盘州市总工会"
    assert fact.predicate == "招考"


def test_counted_thing_as_subject_has_no_subject(pipeline):
    doc = run_doc("标题\n六盘水市总工会说，97个乡级工会全部通过验收。", pipeline)
    (fact,) = doc.facts
    assert fact.object == "乡级工会" and fact.subject is None


def _subject_of(doc, text):
    fact = next(f for f in doc.facts if f.text == text)
    return None if fact.subject is None else doc.entities[fact.subject].name


def test_an_employer_before_a_person_is_no_subject(pipeline):
    doc = run_doc("标题\n赛后，恒远机械有限公司焊工李明等12名选手获得表彰。", pipeline)
    assert _subject_of(doc, "12名") is None


def test_the_activity_this_sentence_speaks_of_has_the_article_actor(pipeline):
    doc = run_doc("南溪区总工会为户外劳动者送清凉\n近日，南溪区总工会走访了辖区内的环卫站点。\n"
                  "据悉，此次慰问活动共慰问户外劳动者320人，发放慰问金4.8万元。", pipeline)
    assert _subject_of(doc, "320人") == "南溪区总工会"
    assert _subject_of(doc, "4.8万元") == "南溪区总工会"


def test_a_head_count_at_a_meeting_has_the_meeting(pipeline):
    doc = run_doc("标题\n5月8日，临川区工会第五次代表大会隆重开幕。\n本次大会应到代表216名，实到208名。", pipeline)
    assert _subject_of(doc, "216名") == "临川区工会第五次代表大会"
    assert _subject_of(doc, "208名") == "临川区工会第五次代表大会"


def test_organisers_after_you_are_not_doers_but_the_agent_of_its_own_clause_is(pipeline):
    doc = run_doc("标题\n本届运动会由江城市总工会、江城市体育局联合主办，设置12个比赛项目。\n"
                  "每个驿站由江城市总工会配送图书500册。", pipeline)
    assert _subject_of(doc, "12个") is None
    assert _subject_of(doc, "500册") == "江城市总工会"


def test_a_headline_figure_takes_the_body_opening_the_headline(pipeline):
    doc = run_doc("宁川市总工会发放职工消费券80万元\n9月1日起，消费券在平台上线。", pipeline)
    assert _subject_of(doc, "80万元") == "宁川市总工会"


def test_a_sentence_opening_with_an_adverb_and_a_verb_carries_the_subject(pipeline):
    doc = run_doc("标题\n今年以来，宁川市总工会持续推进阵地建设。另外,还借助社会力量,目前已建爱心驿站42个。", pipeline)
    assert _subject_of(doc, "42个") == "宁川市总工会"


def test_where_the_reporter_learned_it_is_no_subject(pipeline):
    doc = run_doc("标题\n记者近日从宁川市总工会获悉,目前全市有基层工会组织3200个。", pipeline)
    assert _subject_of(doc, "3200个") is None


def _object_of(doc, text):
    return next(f for f in doc.facts if f.text == text).object


def test_both_figures_of_a_change_count_the_thing_that_changed(pipeline):
    doc = run_doc("标题\n三年来，攻关小组从最初的4个发展到17个，产品一次合格率由91.2%提高到97.5%。", pipeline)
    assert _object_of(doc, "4个") == _object_of(doc, "17个") == "攻关小组"
    assert "合格率" in _object_of(doc, "91.2%") and "合格率" in _object_of(doc, "97.5%")


def test_the_noun_after_a_modifier_and_a_quoted_name_are_objects(pipeline):
    doc = run_doc("标题\n当天，共有86名来自全市各地的困难职工子女领到助学金。\n全市1200名“小候鸟”走进托管班。", pipeline)
    assert _object_of(doc, "86名") == "困难职工子女"
    assert _object_of(doc, "1200名") == "小候鸟"


def test_objects_by_lac_before_the_number_and_a_place_breaking_a_count_down(pipeline):
    doc = run_doc("标题\n至此全县已建爱心超市86家。活动中，共有95名困难职工子女领到助学金，其中江城市12名。", pipeline)
    assert _object_of(doc, "86家") == "爱心超市"
    assert _object_of(doc, "12名") == "困难职工子女"


def test_objects_past_comparatives_and_joining_verbs_not_past_a_line_break(pipeline):
    doc = run_doc("全县工会会员已达3.2万人\n\n记者日前从宁远县总工会获悉，该县职工月最低工资标准不低于2100元，"
                  "今年吸纳货车司机入会860名，帮助农民工讨回欠薪46万元。", pipeline)
    assert _object_of(doc, "3.2万人").endswith("工会会员")  # not 记者, the first word of the next line
    assert "最低工资标准" in _object_of(doc, "2100元")
    assert _object_of(doc, "860名") == "货车司机"
    assert _object_of(doc, "46万元") == "欠薪"


def test_a_glossed_object_is_given_as_written():
    import unionie

    text = "江城區(qū)總工會(huì)發(fā)放了價(jià)值20萬元的口腔護(hù)理套裝。"
    (fact,) = unionie.extract("標題\n" + text).facts
    assert fact.object == "口腔護(hù)理套裝"


def test_enumerated_bodies_are_what_is_counted_and_this_activity_is_the_one_named(pipeline):
    doc = run_doc("标题\n近日，南溪区总工会为江城机械有限公司、江城电子有限公司和江城物流有限公司等3家企业配齐设施。\n"
                  "从2008年开始统称为“金秋助学”活动。多年来，这一活动共资助困难职工子女1.6万余人。", pipeline)
    assert _subject_of(doc, "3家") == "南溪区总工会"
    assert _subject_of(doc, "1.6万余人") == "金秋助学"


def test_an_organiser_in_a_later_relative_clause_does_not_stop_the_activity_rule(pipeline):
    doc = run_doc("南溪区总工会开展走访慰问活动\n国庆节前，南溪区总工会组织开展了走访慰问活动。\n"
                  "此次慰问活动，累计走访职工930人，发放了由爱心企业捐赠的价值20余万元的慰问品。", pipeline)
    assert _subject_of(doc, "930人") == _subject_of(doc, "20余万元") == "南溪区总工会"


def test_a_body_acted_for_is_no_doer_and_a_headline_figure_takes_the_body_after_it(pipeline):
    doc = run_doc("标题\n她代表县总工会和全县120万职工来到劳模家中看望。", pipeline)
    assert _subject_of(doc, "120万") is None
    doc = run_doc("投入1200多万!江城市总工会消费帮扶助力乡村振兴\n近年来，江城市总工会持续推进消费帮扶。", pipeline)
    assert _subject_of(doc, "1200多万") == "江城市总工会"


def test_numbers_inside_short_quoted_slogans_are_no_facts(pipeline):
    doc = run_doc("标题\n全县上下为建成“三个强县”而努力，县总工会今年发放慰问金20万元。", pipeline)
    assert [f.text for f in doc.facts] == ["20万元"]
    assert "三个强县" not in [m.text for m in doc.mentions if m.type == "INITIATIVE"]  # a goal, not a programme


def test_objects_of_a_quoted_name_before_有_and_past_distributive_words(pipeline):
    doc = run_doc("标题\n在宁远县，像这样的“妈咪驿站”有30个。县总工会还同360家各类商户签订了优惠协议。", pipeline)
    assert _object_of(doc, "30个") == "妈咪驿站"
    assert _object_of(doc, "360家") == "商户"


def test_rates_name_what_they_are_of(pipeline):
    doc = run_doc("标题\n今年，宁远县困难职工脱困率达到88.3%，全县产业工人入会率保持在95%以上，一线员工持证率达到90%。", pipeline)
    assert _object_of(doc, "88.3%").endswith("脱困率")
    assert _object_of(doc, "95%").endswith("入会率")
    assert _object_of(doc, "90%").endswith("持证率")


def test_an_order_of_magnitude_is_no_figure(pipeline):
    doc = run_doc("标题\n驿站累计服务户外劳动者数万人次，几百名志愿者参与，每年解决难题上万项，共建驿站1820家。", pipeline)
    assert [(f.text, f.value, f.approx) for f in doc.facts] == [("上万项", 10000, "more_than"), ("1820家", 1820, "exact")]


def test_a_quoted_name_right_before_a_count_is_what_is_counted(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n宁远县总工会此次共慰问环卫工人120人，发放慰问金36000元、“消暑礼包”120份。", pipeline)
    got = {doc.text[f.start : f.end]: f.object for f in doc.facts}
    assert got["120份"] == "消暑礼包", got


def test_decimal_amounts_times_a_multiplier_carry_no_float_noise(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n市总工会累计发放助学金337.34万元、慰问金0.29万元，补贴一点三四万元。", pipeline)
    assert sorted(f.value for f in doc.facts) == [2900.0, 13400.0, 3373400.0]


def test_hours_counted_with_ge_are_a_duration_not_a_count(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n经过5个多小时的激烈角逐，12名选手获奖。", pipeline)
    assert [(doc.text[f.start : f.end], f.unit) for f in doc.facts] == [("12名", "名")]


def test_a_joint_union_is_one_noun_in_what_is_counted(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n今年以来，县总工会新建行业联合工会12家。", pipeline)
    assert [f.object for f in doc.facts] == ["行业联合工会"]


def test_numbers_in_quoted_names_and_meeting_numbers_are_no_facts(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n宁远县总工会召开六届十二次全委会议，表彰“2023年度永州市十大工程劳动竞赛模范集体”3个，"
                  "传达了市总工会十四届十次全会精神。", pipeline)
    assert [doc.text[f.start : f.end] for f in doc.facts] == ["3个"]


def test_a_long_quoted_title_after_a_count_is_what_is_counted(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n竞赛领导小组授予5个集体“2023年度永州市重点工程劳动竞赛先进集体”称号，"
                  "授予12人“2023年度永州市重点工程劳动竞赛先进个人”称号。", pipeline)
    got = {doc.text[f.start : f.end]: f.object for f in doc.facts}
    assert got["12人"] == "2023年度永州市重点工程劳动竞赛先进个人", got


def test_boxes_bags_and_barrels_of_goods_are_counted(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n工会将30箱饮料、500份药品送到一线，还送去大米200袋、食用油100桶。", pipeline)
    got = [(doc.text[f.start : f.end], f.unit, f.object) for f in doc.facts]
    assert got == [("30箱", "箱", "饮料"), ("500份", "份", "药品"), ("200袋", "袋", "大米"), ("100桶", "桶", "食用油")]


def test_an_object_stops_where_lac_reads_the_predicate(pipeline):
    doc = run_doc("标题\n5月6日决赛举行，12支代表队同台比拼，186名选手参加决赛。41名代表出席会议。"
                  "五名受助学生代表现场领取助学金。大会选举产生常委11名。", pipeline)
    assert _object_of(doc, "12支") == "代表队"
    assert _object_of(doc, "186名") == "选手"
    assert _object_of(doc, "41名") == "代表"
    assert _object_of(doc, "五名") == "受助学生代表"
    assert _object_of(doc, "11名") == "常委"


def test_the_first_name_of_a_list_counted_with_deng_is_no_subject(pipeline):
    doc = run_doc("标题\n宁远县总工会授予宁远县德昌公司工会、宁远县华兴物流公司工会等35家单位“模范职工之家”称号。"
                  "宁远县德昌公司、宁远县华兴公司等5家企业获评先进。", pipeline)
    by_text = {f.text: f for f in doc.facts}
    assert doc.entities[by_text["35家"].subject].name == "宁远县总工会"
    assert by_text["5家"].subject is None


def test_a_measure_word_is_no_predicate(pipeline):
    doc = run_doc("标题\n来自全县16支队伍的100余名选手参赛。", pipeline)
    assert all(f.predicate != "支" for f in doc.facts)


def test_a_place_word_before_the_counted_noun_and_a_quantity_word_after_a_verb(pipeline):
    doc = run_doc("标题\n户外劳动者327万人次受益，平台日搜索量102万次，已发展近12万会员。", pipeline)
    assert _object_of(doc, "327万人次") == "户外劳动者"
    assert _object_of(doc, "102万次") == "搜索量"
    assert next(f for f in doc.facts if f.text == "12万").approx == "nearly"


def test_a_verb_before_a_named_illness_still_opens_the_counted_noun(pipeline):
    doc = run_doc("标题\n县总工会对三名患尿毒症困难职工，每人每年救助5000元。", pipeline)
    assert "困难职工" in _object_of(doc, "三名")


def test_a_clause_opening_with_a_collective_subject_has_no_subject(pipeline):
    doc = run_doc("标题\n宁川市总工会持续推进驿站建设。截至目前，全市已建成工会驿站86个。"
                  "江城市总工会近年来推动建会，目前全市已有会员1.2万名。", pipeline)
    assert _subject_of(doc, "86个") is None  # 全市 opens the clause after the time phrase
    assert _subject_of(doc, "1.2万名") is None  # and after an adverbial


def test_a_place_before_all_levels_of_unions_is_no_subject(pipeline):
    doc = run_doc("标题\n去年，宁川市各级工会新建基层工会组织120个。", pipeline)
    assert _subject_of(doc, "120个") is None


def test_a_line_that_runs_into_the_next_carries_its_subject(pipeline):
    doc = run_doc("标题\n近日\n江城市总工会决定\n命名15家江城市示范性职工书屋\n表彰42名优秀职工\n", pipeline)
    assert _subject_of(doc, "15家") == "江城市总工会"
    assert _subject_of(doc, "42名") == "江城市总工会"


def test_two_written_liang_before_a_count_unit_is_a_fact(pipeline):
    doc = run_doc("标题\n宁远县总工会新增两家工会驿站，两名省人大代表参加活动，两次调解就解决了问题。", pipeline)
    assert [(f.text, f.value) for f in doc.facts] == [("两家", 2.0), ("两名", 2.0), ("两次", 2.0)]
    assert _object_of(doc, "两家") == "工会驿站"
    assert "人大代表" in _object_of(doc, "两名")
    assert _object_of(doc, "两次") == "调解"


def test_two_in_idioms_durations_and_manners_is_no_fact(pipeline):
    doc = run_doc("标题\n湘南市总工会坚决做到两个维护，经过两天比拼，职工分两批赴疗养院，两人结为师徒。", pipeline)
    assert doc.facts == []


def test_a_format_named_by_a_head_count_is_no_fact(pipeline):
    doc = run_doc("标题\n湘南市总工会举办职工五人制足球赛，3人制篮球赛有8支队伍参加。", pipeline)
    assert [f.text for f in doc.facts] == ["8支"]


def test_a_figure_after_chao_counts_the_noun_before_it(pipeline):
    doc = run_doc("标题\n枫林市快递员工会会员超5.7万名。", pipeline)
    fact = doc.facts[0]
    assert (fact.value, fact.approx) == (57000.0, "more_than")
    assert _object_of(doc, "5.7万名").endswith("工会会员")


def test_a_titled_document_right_before_a_figure_is_what_it_counts(pipeline):
    doc = run_doc("标题\n枫林县总工会志愿者在广场设点，赠送《职工权益手册》1300余册。", pipeline)
    assert _object_of(doc, "1300余册") == "职工权益手册"
    assert [e.name for e in doc.entities if e.type == "ORG"] == ["枫林县总工会"]  # 志愿者: the people


def test_a_count_of_a_slogans_parts_is_no_fact(pipeline):
    doc = run_doc("标题\n枫林县总工会将通过“主动走访、主动服务、主动帮扶”三个主动做好帮扶，全年帮扶职工30人。", pipeline)
    assert [f.text for f in doc.facts] == ["30人"]


def test_a_predicate_keeps_its_direction_and_is_never_inside_a_name(pipeline):
    doc = run_doc("标题\n枫林县总工会送去慰问金12万元。枫林华帆旗申汽车有限公司等3家企业获评。", pipeline)
    assert [(f.text, f.predicate) for f in doc.facts] == [("12万元", "送去"), ("3家", None)]


def test_compound_nouns_and_bracketed_programme_names_are_whole_objects(pipeline):
    record = pipeline.extract("标题\n湖南省总工会命名32个示范性创新工作室，建成12个职工服务中心，"
                              "授予48个湖南省职工(技能)创新工作室称号。")
    assert [f.object for f in record.facts] == ["示范性创新工作室", "职工服务中心", "湖南省职工(技能)创新工作室"]


def test_the_eight_point_rules_are_no_figure(pipeline):
    doc = run_doc("标题\n各级工会要落实中央八项规定精神，全年共发放福利资金120万元。", pipeline)
    assert [f.text for f in doc.facts] == ["120万元"]


def test_honours_after_the_awardees_and_rates_past_adverbs_are_the_objects(pipeline):
    doc = run_doc("标题\n会议授予80名同志县五一劳动奖章。全县快递员入会率均动态保持92%以上。", pipeline)
    assert _object_of(doc, "80名") == "县五一劳动奖章"
    assert _object_of(doc, "92%").endswith("入会率")


def test_an_adjective_after_the_measure_word_opens_the_object(pipeline):
    doc = run_doc("标题\n宁远县总工会组织优秀女职工疗休养活动，36名优秀女职工赴疗养院。围绕两个概念作了讲解。", pipeline)
    assert [(f.text, f.object) for f in doc.facts] == [("36名", "优秀女职工")]


def test_a_figure_after_a_scope_verb_has_no_subject(pipeline):
    doc = run_doc("标题\n华星市总工会推动企业签订集体合同，覆盖职工4.8万人，涉及金额320万元，"
                  "带动230余户农户增收，带动就业4300余人。", pipeline)
    assert _subject_of(doc, "4.8万人") is None
    assert _subject_of(doc, "320万元") is None
    assert _subject_of(doc, "230余户") is None
    assert _subject_of(doc, "4300余人") == "华星市总工会"  # a verb between: what the union did


def test_a_part_opened_by_qizhong_has_no_subject_unless_something_has_the_whole(pipeline):
    doc = run_doc("标题\n华星市总工会今年发展会员4.2万名，其中骑手3100余名、快递员800名。"
                  "蓝海机械有限公司今年有14名职工进入决赛，其中5人获得一等奖。", pipeline)
    assert _subject_of(doc, "4.2万名") == "华星市总工会"
    assert _subject_of(doc, "3100余名") is None
    assert _subject_of(doc, "800名") is None
    assert _subject_of(doc, "5人") == "蓝海机械有限公司"


def test_a_rate_per_head_has_no_subject_unless_it_completes_a_bare_coverb_phrase(pipeline):
    doc = run_doc("标题\n华星市总工会还为会员办理保障，每人每年最高可获得2万元。"
                  "江岭县总工会给来自全县的120名困难职工子女，每人发放了5000元助学金。", pipeline)
    assert _subject_of(doc, "2万元") is None
    assert _subject_of(doc, "5000元") == "江岭县总工会"


def test_reported_speech_opening_with_its_own_noun_has_no_subject(pipeline):
    doc = run_doc("标题\n蓝海物流有限公司工会主席周海燕介绍，书屋开放半年来，已举办读书分享会12场。"
                  "江岭县总工会副主席孙明介绍，今年将投入资金80万元。", pipeline)
    assert _subject_of(doc, "12场") is None
    assert _subject_of(doc, "80万元") == "江岭县总工会"


def test_reported_speech_opening_with_an_initiative_is_about_it(pipeline):
    doc = run_doc("标题\n华星市总工会启动“春晖助学”活动。\n华星市总工会有关负责人表示，“春晖助学”自2008年开展以来，"
                  "已累计投入资金1.3亿元。", pipeline)
    assert _subject_of(doc, "1.3亿元") == "春晖助学"


def test_a_clause_linking_a_plain_noun_to_its_measure_has_no_subject(pipeline):
    doc = run_doc("标题\n截至目前，华星市总工会已建成驿站14个，总面积超过500平方米。", pipeline)
    assert _subject_of(doc, "14个") == "华星市总工会"
    assert _subject_of(doc, "超过500平方米") is None


def test_a_named_initiative_opening_its_clause_is_the_subject(pipeline):
    doc = run_doc("标题\n李明所在的“李明劳模创新工作室”近三年完成技术攻关36项。"
                  "华星市总工会对每个新建的“职工之家”给予3万元补助。"
                  "“骑手驿站”由物流企业运营，目前累计服务骑手5000人次。", pipeline)
    assert _subject_of(doc, "36项") == "李明劳模创新工作室"
    assert _subject_of(doc, "3万元") == "华星市总工会"  # the initiative is what 对 aims at
    assert _subject_of(doc, "5000人次") != "骑手驿站"  # run by others, not the doer


def test_a_named_person_or_a_pronoun_opening_the_clause_is_the_subject(pipeline):
    doc = run_doc("标题\n村民林小梅去年回村后学会了种植技术，现在每月能挣3000多元。\n"
                  "蓝海机械有限公司高级技师王建华长期从事焊接工作。目前他已带出徒弟20多名。", pipeline)
    assert _subject_of(doc, "3000多元") == "林小梅"
    assert _subject_of(doc, "20多名") == "王建华"


def test_a_person_who_speaks_or_modifies_is_no_subject(pipeline):
    doc = run_doc("标题\n江岭县总工会主席赵春明要求，各级工会要力争年内新建职工之家50个。\n"
                  "王建华所在的班组去年完成技术革新17项。", pipeline)
    assert _subject_of(doc, "50个") != "赵春明"
    assert _subject_of(doc, "17项") != "王建华"


def test_a_later_clause_with_a_noun_subject_of_its_own_ends_the_bodys_figures(pipeline):
    doc = run_doc("标题\n华星市总工会开通结算服务，职工出院时即可当场申领互助金，每年领取互助金1200万元。\n"
                  "华星市总工会建成驿站14个，总面积超过500平方米，累计投入资金86万元。", pipeline)
    assert _subject_of(doc, "1200万元") is None
    assert _subject_of(doc, "86万元") == "华星市总工会"  # a measure on the way ends nothing


def test_a_clause_opening_with_the_bare_head_of_a_named_body_speaks_of_it(pipeline):
    doc = run_doc("标题\n华星市职工服务中心昨日启用。\n中心总投资1.2亿元，可为职工提供多项服务。\n"
                  "蓝海机械有限公司举行职代会。公司今年将拿出不低于300万元用于技能提升。", pipeline)
    assert _subject_of(doc, "1.2亿元") == "华星市职工服务中心"
    assert _subject_of(doc, "300万元") == "蓝海机械有限公司"


def test_a_list_of_people_opening_a_later_clause_is_its_subject(pipeline):
    doc = run_doc("标题\n蓝海机械有限公司将技能等级与薪酬挂钩，高级工、技师每月分别享受300元、500元技能津贴。", pipeline)
    assert _subject_of(doc, "300元") is None


def test_a_noun_subject_read_with_lacs_verb_ends_the_bodys_figures(pipeline):
    doc = run_doc("标题\n同时，华星市总工会与多家医院合作，开通结算服务，职工出院时即可当场申领互助金，"
                  "平均到账时间缩短至5天。", pipeline)
    assert _subject_of(doc, "5天") is None


def test_a_figure_for_all_there_are_in_an_area_has_no_subject(pipeline):
    doc = run_doc("标题\n华星市总工会还在全市16个区设立服务窗口。江岭县总工会为全县1800名环卫工人购买了保险。", pipeline)
    assert _subject_of(doc, "16个") is None
    assert _subject_of(doc, "1800名") == "江岭县总工会"  # whom the union served


def test_a_place_opening_the_sentence_frames_only_its_own_clause(pipeline):
    doc = run_doc("标题\n目前青禾区已建成工会驿站86个，年服务户外劳动者超过15万人次。"
                  "青禾区共有32个集体获此殊荣，其中奖状4个。", pipeline)
    assert _subject_of(doc, "86个") == "青禾区"
    assert _subject_of(doc, "超过15万人次") is None
    assert _subject_of(doc, "4个") == "青禾区"  # a part of what the place has


def test_time_words_before_a_collective_and_a_place_before_an_unnamed_body(pipeline):
    doc = run_doc("标题\n华星市总工会将及时总结推广，今年全市计划新建女职工休息室100个。"
                  "青禾一家机床企业更是为获奖职工每月增加岗位津贴800元。", pipeline)
    assert _subject_of(doc, "100个") is None
    assert _subject_of(doc, "800元") is None


def test_a_zone_written_alone_before_nei_de_says_where_the_counted_bodies_are(pipeline):
    doc = run_doc("标题\n春季招聘会在宜昌经济技术开发区举办。开发区内的40家企业拿出岗位900余个。", pipeline)
    assert _subject_of(doc, "40家") is None


def test_a_headline_body_before_its_quoted_programme_and_a_coverb_is_the_subject(pipeline):
    doc = run_doc("青禾区总工会“春晖助学”活动为286名困难职工子女送去助学金\n正文。", pipeline)
    assert _subject_of(doc, "286名") == "青禾区总工会"


def test_a_change_against_a_base_counts_the_thing_before_the_marker(pipeline):
    doc = run_doc("标题\n去年全镇职工入会率为76%，比上年提高6个百分点。该车间设备故障率比上季度下降了百分之三十。", pipeline)
    assert _object_of(doc, "6个百分点") == "职工入会率"  # the figure before, not 上年; 全镇 says where
    assert "设备故障率" in _object_of(doc, "百分之三十")


def test_a_change_from_a_worded_figure_or_to_a_new_figure_counts_the_topic(pipeline):
    doc = run_doc("标题\n该校教研组由11个调整为7个。企业办证平均时间由原来的两周左右缩短到5天左右。"
                  "推行网上办理后，会员申报周期缩短至6天。", pipeline)
    assert _object_of(doc, "11个") == "教研组" and _object_of(doc, "7个") == "教研组"
    assert "时间" in _object_of(doc, "5天")
    assert _object_of(doc, "6天") == "会员申报周期"  # jieba's time word, LAC's noun


def test_figures_listed_in_one_unit_share_the_noun_after_the_last(pipeline):
    doc = run_doc("标题\n集团按岗位类别发放补贴，一类、二类、三类岗位每月分别发放100元、150元、200元交通补贴。", pipeline)
    assert [_object_of(doc, t) for t in ("100元", "150元", "200元")] == ["交通补贴"] * 3


def test_an_adverbial_adjective_noun_a_bracketed_count_and_an_activity_verb(pipeline):
    doc = run_doc("标题\n劳资代表先后举行了五次正式会谈。今年以来，讲师团巡回宣讲120余场。优秀奖（12名）：赵一、钱二。", pipeline)
    assert _object_of(doc, "五次") == "正式会谈"
    assert _object_of(doc, "120余场") == "宣讲"
    assert _object_of(doc, "12名") == "优秀奖"


def test_units_a_body_owns_have_the_owner_but_none_after_a_coverb(pipeline):
    doc = run_doc("标题\n宏远纺织有限公司近日举办技能大赛。来自公司所属3个分厂的90名选手参加了比赛。"
                  "金桥酒店管理集团有限公司与市总工会签订协议，在该集团旗下的9家酒店设立母婴室。"
                  "今年，县交通集团工会在所属5处站场开展安全竞赛。", pipeline)
    assert _subject_of(doc, "3个") == "宏远纺织有限公司"
    assert _subject_of(doc, "9家") == "金桥酒店管理集团有限公司"
    assert _subject_of(doc, "5处") is None


def test_reported_speech_opening_with_the_head_of_a_named_initiative_is_about_it(pipeline):
    doc = run_doc("标题\n去年5月，“李华技能大师工作室”通过省级验收。东方电机有限公司高级技师李华说，"
                  "工作室建成于2019年，四年来共完成技术改造60余项。", pipeline)
    assert _subject_of(doc, "60余项") == "李华技能大师工作室"


def test_a_named_place_or_body_before_an_existential_has_the_figure(pipeline):
    doc = run_doc("标题\n截至年底，河川县去年共有90家企业建立工会。到目前为止，河川县全县已有1200名职工入会。"
                  "去年，全镇有80名志愿者。", pipeline)
    assert _subject_of(doc, "90家") == "河川县"
    assert _subject_of(doc, "1200名") == "河川县"
    assert _subject_of(doc, "80名") is None


def test_a_collective_clause_frames_the_clauses_after_it(pipeline):
    doc = run_doc("标题\n江岭市总工会不断扩大互助覆盖面，全市参加互助的职工达到18万人，年内发放补助金2100万元。", pipeline)
    assert _subject_of(doc, "2100万元") is None  # the whole city's figure, as the clause before


def test_a_person_after_a_relative_clause_ending_in_de_opens_the_clause(pipeline):
    doc = run_doc("标题\n住在河口镇的退休职工孙立平去年8月突发疾病，花去治疗费用1.5万元。", pipeline)
    assert _subject_of(doc, "1.5万元") == "孙立平"


def test_a_per_item_ceiling_is_a_standard_no_body_did(pipeline):
    doc = run_doc("标题\n江岭市总工会出台帮扶办法，对特困职工给予救助，单笔最多补助3000元。", pipeline)
    assert _subject_of(doc, "3000元") is None


def test_reported_speech_opening_with_a_counted_noun_of_its_own_is_no_bodys(pipeline):
    doc = run_doc("标题\n东江水泥集团工会副主席、调解委员会主任赵明说，今年以来，两级服务网点共接待职工来访96件，"
                  "化解矛盾88件。", pipeline)
    assert _subject_of(doc, "96件") is None and _subject_of(doc, "88件") is None


def test_a_bare_ten_thousands_figure_after_a_money_verb_counts_funds(pipeline):
    doc = run_doc("标题\n青禾区总工会今年共筹集80余万，用于帮扶困难职工。", pipeline)
    assert _object_of(doc, "80余万") == "资金"


def test_a_head_count_keeps_the_verb_of_those_counted(pipeline):
    doc = run_doc("标题\n本届运动会共设12个项目，参赛职工人数达900名。", pipeline)
    assert _object_of(doc, "900名") == "参赛职工人数"


def test_figures_in_one_list_of_counted_nouns_share_a_subject(pipeline):
    doc = run_doc("标题\n今年，县交通集团工会在所属5处站场、3个车间开展安全竞赛。", pipeline)
    assert _subject_of(doc, "5处") is None and _subject_of(doc, "3个") is None


def test_a_head_count_keeps_who_does_it(pipeline):
    doc = run_doc("标题\n到今年6月，全区快递员入会人数达到4300人。", pipeline)
    assert _object_of(doc, "4300人") == "快递员入会人数"  # not the area before it


def test_a_change_past_an_adverb_or_a_time_modifier_counts_the_topic(pipeline):
    doc = run_doc("标题\n改造完成后，阅览室座位将从40个增加到90个。全县职工参保率由上年末的60%提高到72%。", pipeline)
    assert _object_of(doc, "90个") == "阅览室座位"
    assert _object_of(doc, "60%") == "职工参保率" and _object_of(doc, "72%") == "职工参保率"


def test_an_initiative_head_after_an_opening_time_clause_frames_the_sentence(pipeline):
    doc = run_doc("标题\n去年5月，“李华技能大师工作室”通过省级验收。两年来，工作室累计完成技术改造35项，取得专利4项。", pipeline)
    assert _subject_of(doc, "4项") == "李华技能大师工作室"


def test_a_change_clause_with_a_noun_topic_does_not_end_the_openers_figures(pipeline):
    doc = run_doc("标题\n2020年，东江集团组建了“东江技能创新联盟”。联盟组建以来，会员单位从最初的5家发展到18家，"
                  "累计解决技术难题260项。", pipeline)
    assert _subject_of(doc, "260项") == "东江技能创新联盟"


def test_a_clause_opening_with_a_longer_head_of_a_named_body_speaks_of_it(pipeline):
    doc = run_doc("标题\n上月，河川县家政行业工会联合会挂牌成立。河川县总工会主席周强说，筹建期间，"
                  "行业工会联合会已座谈家政企业25家，收集意见200余条。", pipeline)
    assert _subject_of(doc, "200余条") == "河川县家政行业工会联合会"


def test_a_head_count_of_those_who_became_something_counts_what_they_became(pipeline):
    doc = run_doc("标题\n多年来他培养学员四十余名，其中4人已晋升为技师。", pipeline)
    assert _object_of(doc, "四十余名") == "学员"
    assert _object_of(doc, "4人") == "技师"


def test_a_total_after_ji_counts_what_the_list_before_it_counts(pipeline):
    doc = run_doc("标题\n高中生12名，每名奖学金2500元，计3万元。", pipeline)
    assert _object_of(doc, "3万元") == "奖学金"


def test_the_currency_name_before_a_figure_is_no_object(pipeline):
    doc = run_doc("标题\n游泳馆成人票为人民币30元，全年共接待职工900余人次。", pipeline)
    assert "成人票" in (_object_of(doc, "30元") or "")


def test_an_approximation_word_after_the_figure_is_not_part_of_the_object(pipeline):
    doc = run_doc("标题\n明年将新建200个以上职工书屋。", pipeline)
    assert _object_of(doc, "200个") == "职工书屋"


def test_a_copula_after_the_figure_opens_no_object(pipeline):
    doc = run_doc("标题\n全区120个驿站里，由工会建设的有15个，其余105个为企业共建站点。", pipeline)
    assert not (_object_of(doc, "105个") or "").startswith("为")


def test_a_figure_before_a_passive_marker_counts_what_the_list_before_counts(pipeline):
    doc = run_doc("标题\n书屋共收到捐赠图书4200册，3900册被职工借阅。", pipeline)
    assert _object_of(doc, "3900册") == "图书"


def test_a_named_person_or_body_before_a_figure_is_not_what_it_counts(pipeline):
    doc = run_doc("标题\n经过调解，公司一次性支付张某某2.6万元。", pipeline)
    assert _object_of(doc, "2.6万元") != "张某某"
    doc = run_doc("标题\n在参加体检的600名环卫工人中，河西区总工会推荐的有200人，青山区总工会120人。", pipeline)
    assert _object_of(doc, "120人") != "青山区总工会"


def test_a_quote_inside_the_modifier_after_a_figure_does_not_end_it(pipeline):
    doc = run_doc("标题\n区工会下月将向80位参加“光明行动”的困难职工发放慰问金。", pipeline)
    assert _object_of(doc, "80位") == "困难职工"


def test_a_figure_with_no_noun_takes_the_object_before_only_in_a_matching_unit(pipeline):
    doc = run_doc("标题\n驿站共发放防暑物品1800件，惠及环卫工人等600人。", pipeline)
    assert _object_of(doc, "600人") != "防暑物品"
    doc = run_doc("标题\n全市工会经费收入达5.2亿元，同比增长7%。", pipeline)
    assert "工会经费收入" in (_object_of(doc, "7%") or "")


def test_a_reporter_in_the_dateline_is_no_subject(pipeline):
    doc = run_doc("标题\n本报讯（记者王海东 通讯员刘青）两年来，全省各级工会共帮助职工追回工资3200万元。", pipeline)
    assert _subject_of(doc, "3200万元") is None


def test_two_adjectives_before_the_counted_noun_stay_in_the_object(pipeline):
    doc = run_doc("标题\n基金会明年计划帮扶三百名贫困准研究生。", pipeline)
    assert _object_of(doc, "三百名") == "贫困准研究生"


def test_a_body_named_after_zai_is_where_not_who(pipeline):
    doc = run_doc("标题\n今年疗养共两批，首批60名职工安排在东湖职工疗养院，次批60名安排在西山职工疗养院。", pipeline)
    assert all(f.subject is None or "疗养院" not in doc.entities[f.subject].name for f in doc.facts)


def test_a_total_after_the_list_it_sums_counts_the_last_noun_of_the_clause_before(pipeline):
    doc = run_doc("标题\n工会先后走访了车间班组长、质检员和仓库管理员，共计86人，每人送上慰问品1份。", pipeline)
    assert _object_of(doc, "86人") == "仓库管理员"


def test_a_date_inside_the_modifier_after_a_figure_does_not_end_it(pipeline):
    doc = run_doc("标题\n区总工会日前发布了9件2023年为职工办理的实事。", pipeline)
    assert _object_of(doc, "9件") == "实事"


def test_a_verb_and_its_object_closing_the_clause_after_a_head_count_are_no_object(pipeline):
    doc = run_doc("标题\n全市各基层工会主席约120人参加会议。", pipeline)
    assert "主席" in (_object_of(doc, "约120人") or "")
    doc = run_doc("标题\n两年来，互助会累计为3.6万人次办理理赔。", pipeline)
    assert _object_of(doc, "3.6万人次") != "办理理赔"
    doc = run_doc("标题\n大会表彰了28名获奖职工。", pipeline)
    assert _object_of(doc, "28名") == "获奖职工"


def test_a_threshold_after_man_counts_what_stands_before_it(pipeline):
    doc = run_doc("标题\n会员每月在合作超市购物满300元可领取一份礼品。", pipeline)
    assert "购物" in (_object_of(doc, "300元") or "")


def test_a_word_closing_a_time_clause_after_a_figure_is_no_object(pipeline):
    doc = run_doc("标题\n当住院自付费用超过8000元时，职工可申请二次补助。", pipeline)
    assert _object_of(doc, "超过8000元") != "时"
    assert "费用" in (_object_of(doc, "超过8000元") or "")


def test_a_quoted_modifier_after_a_count_keeps_the_noun_after_it(pipeline):
    doc = run_doc("标题\n工会为每名会员发放3张“满100减30元”购书券。", pipeline)
    assert (_object_of(doc, "3张") or "").endswith("购书券")


def test_money_right_after_a_noun_and_its_verb_counts_them_together(pipeline):
    doc = run_doc("标题\n去年该区互助金给付约960万元，惠及参保职工800余人次。", pipeline)
    assert "互助金给付" in (_object_of(doc, "约960万元") or "")
    doc = run_doc("标题\n合作社带动农户120户，户均增收二三百元。", pipeline)
    assert "增收" in (_object_of(doc, "二三百元") or "")


def test_money_after_a_body_and_its_verb_counts_funds_not_the_body(pipeline):
    doc = run_doc("标题\n该集团工会投入260余万元改造职工食堂。", pipeline)
    assert "工会" not in (_object_of(doc, "260余万元") or "")
    doc = run_doc("标题\n会员答题后有机会获取80元消费券。", pipeline)
    assert _object_of(doc, "80元") != "机会获取"


def test_a_figure_no_noun_names_counts_the_act_of_the_verbs_before_it(pipeline):
    doc = run_doc("标题\n三年来，县职工服务站累计接待职工来电来访近两万次。", pipeline)
    assert "来访" in (_object_of(doc, "近两万次") or "")


def test_a_head_count_after_a_noun_and_its_verbs_counts_the_noun(pipeline):
    doc = run_doc("标题\n今年全县困难职工子女高考录取86人。", pipeline)
    assert "困难职工子女" in (_object_of(doc, "86人") or "")


def test_a_figure_before_a_verb_closing_the_clause_counts_that_act(pipeline):
    doc = run_doc("标题\n活动吸引1200余人次参与。", pipeline)
    assert _object_of(doc, "1200余人次") == "参与"


def test_a_head_count_before_verbs_and_a_noun_naming_people_counts_them(pipeline):
    doc = run_doc("标题\n项目招募6名受助在读研究生担任志愿者。", pipeline)
    assert (_object_of(doc, "6名") or "").endswith("研究生")


def test_a_one_character_verb_glued_to_a_noun_before_a_figure_ends_the_counted_noun(pipeline):
    doc = run_doc("标题\n工会为环卫工人备好防暑包2800份。", pipeline)
    assert (_object_of(doc, "2800份") or "").endswith("包")


def test_verbs_of_plan_intent_or_existence_are_never_what_a_figure_counts(pipeline):
    """要, 预计, 共有 (units.json not_acts) stand between a noun and its figure like linking words and
    are never the object themselves (a figure with nothing else named keeps no object)."""
    doc = run_doc("标题\n某区总工会提出，到2026年全区职工书屋总数要达到300家。", pipeline)
    assert _object_of(doc, "300家") == "职工书屋总数"
    doc = run_doc("标题\n据介绍，本届比赛预计将有400人参加决赛。", pipeline)
    assert _object_of(doc, "400人") == "比赛"
    doc = run_doc("标题\n某市各行业工会今年共有230人获得表彰。", pipeline)
    assert _object_of(doc, "230人") is None


def test_a_modifying_verb_before_a_compound_head_is_part_of_the_object_not_its_predicate(pipeline):
    """帮扶|救助|资金, 救助|对象, 借阅|证 (units.json compound_modifiers before compound_heads): the
    whole compound is counted and the verb before it is the predicate."""
    doc = run_doc("标题\n某区总工会今年向特困家庭拨付帮扶救助资金26.4万元，共确定救助对象312人。", pipeline)
    money = next(f for f in doc.facts if f.text == "26.4万元")
    assert money.object == "帮扶救助资金" and money.predicate == "拨付"
    people = next(f for f in doc.facts if f.text == "312人")
    assert people.object == "救助对象" and people.predicate == "确定"
    doc = run_doc("标题\n该书屋已为职工办好借阅证800余本，月借阅量达1500册次。", pipeline)
    assert _object_of(doc, "800余本") == "借阅证"
    assert _object_of(doc, "1500册次") == "借阅量"
    doc = run_doc("标题\n春节前，区总工会为300户困难职工发放慰问物资12万元。", pipeline)
    money = next(f for f in doc.facts if f.text == "12万元")
    assert money.object == "慰问物资" and money.predicate == "发放"


def test_a_body_in_the_object_of_a_verb_is_no_doer_of_the_sentence(pipeline):
    """会议传达了某执委会…精神, 争取某市总工会专项资金: a body after a verb of its clause is what the verb
    acts on, not who did the figures after it; after 是 it may open a relative clause and is kept."""
    doc = run_doc("标题\n会议传达了省总工会执委会会议精神，对15名先进工会工作者进行表彰。", pipeline)
    assert _subject_of(doc, "15名") is None
    doc = run_doc("标题\n张晓东是江城市总工会推荐入选的三名工匠之一。", pipeline)
    assert _subject_of(doc, "三名") == "江城市总工会"


def test_where_the_counted_come_from_is_no_predicate(pipeline):
    """吸引来自全县的36支队伍: 来自 says where they come from; the verb before it is the predicate, and
    a word of plan or ability there (预计有来自…) names no act, so there is none."""
    doc = run_doc("标题\n本届运动会吸引来自全县36支队伍参赛。", pipeline)
    assert next(f for f in doc.facts if f.text == "36支").predicate == "吸引"
    doc = run_doc("标题\n据悉，决赛预计有来自全省14个市州的近200名职工参加。", pipeline)
    assert next(f for f in doc.facts if f.text == "14个").predicate is None


def test_a_figure_right_after_a_list_ending_in_deng_counts_the_listed_nouns(pipeline):
    """覆盖保洁员、维修工等约900人: with no noun after the figure, the nouns listed before 等 are what it
    counts (an item may open with a verb: 、保温水壶); a list of names counts nothing of its own."""
    doc = run_doc("标题\n目前已建会8家，覆盖保洁员、维修工等约900人。", pipeline)
    assert _object_of(doc, "约900人") == "保洁员、维修工"
    doc = run_doc("标题\n每份礼包有毛巾、遮阳帽、防暑药品等六种。", pipeline)
    assert "遮阳帽" in (_object_of(doc, "六种") or "")


def test_a_total_of_this_activity_belongs_to_the_body_that_ran_it_not_to_the_programme(pipeline):
    """本次活动共…: the sentence speaks of the activity the article reports; its total is the body's
    that ran it, even when a programme ending in 活动 was named before (not that programme)."""
    doc = run_doc("标题\n近日，青河县总工会开展“冬日暖心”活动，为环卫工人送去棉衣。\n"
                  "本次活动共走访慰问环卫工人260名。", pipeline)
    assert _subject_of(doc, "260名") == "青河县总工会"


def test_a_money_verb_glued_to_its_noun_is_the_predicate_not_part_of_the_object(pipeline):
    """共|筹集资金|95万元: jieba reads the money verb and its noun as one word; the verb (units.json
    money_verbs) is the predicate and the noun alone is what is counted."""
    doc = run_doc("标题\n今年金秋助学活动共筹集资金95万元。", pipeline)
    fact = next(f for f in doc.facts if f.text == "95万元")
    assert fact.object == "资金" and fact.predicate == "筹集"


def test_a_document_titled_after_the_unit_is_what_the_figure_counts(pipeline):
    doc = run_doc("标题\n县总工会为每名新会员发放1本《会员权益读本》，并赠送慰问品200份。", pipeline)
    fact = next(f for f in doc.facts if f.unit == "本")
    assert fact.object == "会员权益读本" and fact.predicate == "发放"


def test_a_figure_in_a_quoted_couplet_is_no_fact(pipeline):
    """“奉献我一人，温暖万千家”: two halves of one length, a comma between, in quotes: a slogan, whose
    numbers count nothing; a quoted remark with figures in it is not a couplet."""
    doc = run_doc("标题\n职工们表示将以“奉献我一人，温暖万千家”的精神做好工作。区总工会共慰问环卫工人180人。", pipeline)
    assert [f.text for f in doc.facts] == ["180人"]
    said = run_doc("标题\n他说：“我们今年走访了120户，发放慰问金6万元。”", pipeline)
    assert [f.text for f in said.facts] == ["120户", "6万元"]


def test_a_figure_in_a_longer_parallel_quoted_slogan_is_no_fact(pipeline):
    """“三项重点任务，五个服务平台，百日攻坚行动”: three or more quoted parts of one length, commas
    between, are a slogan as a couplet is; their numbers count nothing."""
    doc = run_doc("标题\n镇总工会提出“三项重点任务，五个服务平台，百日攻坚行动，千人技能提升”的工作目标。"
                  "今年已培训职工260人。", pipeline)
    assert [f.text for f in doc.facts] == ["260人"]


def test_a_body_opening_a_closed_semicolon_item_does_not_carry_into_the_next(pipeline):
    """举办…；某项目共资助…；给…送去…: items of a year-end list split by semicolons; a programme opening
    one item does that item's figures, the next item goes back to the body the list speaks for."""
    doc = run_doc("标题\n去年，镇总工会的工作有序推开。举办岗位练兵比赛42场；“春蕾圆梦”项目共资助学生77名；"
                  "中秋前夕给415个困难家庭送去节礼款83万元。", pipeline)
    subject = {f.text: doc.entities[f.subject].name if f.subject is not None else None for f in doc.facts}
    assert subject["42场"] == "镇总工会"
    assert subject["415个"] == subject["83万元"] == "镇总工会"


def test_a_verbal_modifier_after_a_head_count_leaves_the_noun_after_its_de(pipeline):
    """27名身患重病的环卫工, 46名患病的退休职工: jieba reads 身患, 患病 as nouns, LAC as verbs; the
    modifier runs to its 的 and the people after it are what is counted."""
    doc = run_doc("标题\n街道工会为27名身患重病的环卫工申请了救助，另有46名患病的退休职工得到慰问。", pipeline)
    objects = {f.text: f.object for f in doc.facts}
    assert objects["27名"] == "环卫工" and objects["46名"] == "退休职工"


def test_a_level_bounded_by_yishang_stays_in_the_counted_noun(pipeline):
    """41名省级以上劳模, 37家规模以上企业: 以上 after a level (…级, 规模) and before a noun is part of the
    noun phrase."""
    doc = run_doc("标题\n今年共有41名省级以上劳模参加疗养。", pipeline)
    assert doc.facts[0].object == "省级以上劳模"
    doc = run_doc("标题\n园区内37家规模以上企业已建会。", pipeline)
    assert doc.facts[0].object == "规模以上企业"


def test_a_body_before_a_money_verb_is_no_part_of_what_is_counted(pipeline):
    """县总工会筹资9万余元: the body raising the money does it; it is not in the counted noun (the money
    counts funds, 筹资 is the act: units.json money_verbs)."""
    doc = run_doc("标题\n汛期过后，县总工会筹资9万余元帮助受灾会员。", pipeline)
    (fact,) = doc.facts
    assert (fact.object, fact.predicate) == ("资金", "筹资") and doc.entities[fact.subject].name == "县总工会"


def test_a_bare_value_counts_the_goods_named_before_it(pipeline):
    """送去慰问品（棉被）价值约2.3万元, 送出粮油和药品等慰问物资，价值7万元 (units.json value_words):
    the value is of the goods named before 价值, past a bracketed aside or a comma."""
    doc = run_doc("标题\n街道工会给独居老职工送去慰问品（棉被）价值约2.3万元。", pipeline)
    assert doc.facts[0].object == "慰问品"
    doc = run_doc("标题\n这次一共送出粮油和药品等慰问物资，价值7万元。", pipeline)
    assert doc.facts[0].object == "慰问物资"
    doc = run_doc("标题\n送出“暖心卡”80张，总价值4万元。", pipeline)
    assert doc.facts[1].object != "张"  # a figure before the comma, not goods


def test_a_count_after_a_building_verb_counts_the_noun_before_it(pipeline):
    """网约车司机工会组建9个, 环卫工|会组建11个 (units.json topic_count_verbs): the unions are what was
    built and counted, not the act of building; a named body before the verb is the builder."""
    doc = run_doc("标题\n到今年6月，全县网约车司机工会组建9个，吸收会员310人；环卫工会组建11个。", pipeline)
    objects = {f.text: f.object for f in doc.facts}
    assert objects["9个"] == "网约车司机工会" and objects["11个"] == "环卫工会"


def test_a_clause_opening_with_a_count_of_bodies_does_its_later_figures(pipeline):
    """镇总工会组织专场招聘，31家企业拿出460个岗位: the firms counted at the clause's head offer the
    posts; they are no entity, so the later figures have no subject (not the union of the clause before)."""
    doc = run_doc("标题\n4月2日，镇总工会组织专场招聘，31家企业拿出460个岗位和900个用工需求。", pipeline)
    subject = {f.text: f.subject for f in doc.facts}
    assert subject["460个"] is None and subject["900个"] is None
    doc = run_doc("标题\n镇总工会去年给58名大病职工拨付救助款17万元。", pipeline)
    assert all(doc.entities[f.subject].name == "镇总工会" for f in doc.facts)


def test_a_sentence_opening_with_a_coverb_or_a_frame_carries_the_body_over(pipeline):
    """给辖区…送去…, 分别对…进行了走访, 在…活动中，共走访… (units.json opening_coverbs,
    opening_adverbials, opening_frame_ends): the sentence opens with its verb phrase, so the body the
    paragraph spoke of does its figures."""
    for second in ("给辖区207户低收入职工家庭送去节礼款41万元。",
                   "分别对207户低收入职工家庭进行了走访，送去节礼款41万元。",
                   "在春节慰问活动中，共走访低收入家庭207户，送去节礼款41万元。"):
        doc = run_doc("标题\n镇总工会把关爱职工放在首位。" + second, pipeline)
        assert [doc.entities[f.subject].name if f.subject is not None else None for f in doc.facts] \
            == ["镇总工会", "镇总工会"], second


def test_a_union_writing_of_itself_as_wohui_does_its_figures(pipeline):
    """去年，我会走访… (units.json own_union_words): the union's own report speaks of itself as 我会 or
    本会; a speaker's quoted 我会 ('I will') is no such body."""
    doc = run_doc("标题\n镇总工会召开年度总结会。去年，我会走访慰问困难家庭180户，拨付帮扶款36万元。", pipeline)
    assert [doc.entities[f.subject].name if f.subject is not None else None for f in doc.facts] == ["镇总工会"] * 2
    doc = run_doc("标题\n镇总工会组织春节联欢。职工王涛说：“明年我会多挣4000元。”", pipeline)
    fact = doc.facts[0]
    assert fact.subject is None or doc.entities[fact.subject].name != "镇总工会"
    doc = run_doc("标题\n镇总工会召开年度总结会。职工代表周涛表示，我会继续努力，争取明年带出10名徒弟。", pipeline)
    fact = doc.facts[0]
    assert fact.subject is None or doc.entities[fact.subject].name != "镇总工会"


def test_a_framing_this_activity_leaves_the_doing_to_the_body_after_it(pipeline):
    """此次活动，公司工会逐一看望…，拿出慰问资金6500元: 此次活动 alone before a comma frames the sentence;
    the body opening the clause after it does the figure, not the programme named before."""
    doc = run_doc("标题\n青禾食品有限公司工会开展“冬日暖心”活动。此次活动，公司工会逐一看望了夜班职工，拿出慰问资金6500元。",
                  pipeline)
    assert doc.entities[doc.facts[0].subject].name == "青禾食品有限公司工会"


def test_a_body_someone_goes_to_is_no_doer(pipeline):
    """前往某医院治疗，共花费医疗费8万元 (units.json subject_cues.not_after): the hospital is where the
    worker went, it did not spend the money."""
    doc = run_doc("标题\n一名职工因病先后前往市第一人民医院治疗，共花费医疗费8万元。", pipeline)
    assert doc.facts[0].subject is None


def test_gai_and_a_level_speaks_of_the_place_named_before(pipeline):
    """某区总工会主席某某介绍，该区今年投入…: 该区 opening the clause is the district named before (a place
    of its own in the text), not the union whose chairman speaks."""
    doc = run_doc("标题\n近日，记者来到青云区。青云区总工会主席李华介绍，该区今年投入站点建设资金58.5万元，共建站点41个。",
                  pipeline)
    assert [doc.entities[f.subject].name for f in doc.facts] == ["青云区", "青云区"]


def test_a_count_of_things_ending_in_one_of_names_a_set(pipeline):
    """为职工办的12件实事之一: the figure names the set the station belongs to, it reports no count; a
    count of people (三名获奖职工之一) stays a fact."""
    doc = run_doc("标题\n职工驿站是区总工会今年为职工办的12件实事之一，已建成驿站30个。他是全区三名获奖职工之一。", pipeline)
    assert [f.text for f in doc.facts] == ["30个", "三名"]


def test_a_programme_counted_right_before_its_figure_is_not_its_subject(pipeline):
    """其中，获评省级的劳模创新工作室8个: the programme's units are what is counted; the programme named at
    the clause's head does nothing, so the figure has no subject."""
    doc = run_doc("标题\n截至6月，全区共有劳模创新工作室46个，其中，获评省级的劳模创新工作室8个，"
                  "获评区级的劳模创新工作室19个。", pipeline)
    assert [f.subject for f in doc.facts] == [None, None, None]


def test_a_number_after_a_demonstrative_points_back(pipeline):
    """这两种病 (units.json anaphoric_before): the number repeats what was named before, no figure."""
    doc = run_doc("标题\n高血压和糖尿病都是常见慢病，这两种病需要长期管理。街道工会为310名职工免费测血糖。", pipeline)
    assert [f.text for f in doc.facts] == ["310名"]


def test_a_change_with_dates_inside_counts_the_topic(pipeline):
    """补助标准从2016年每户每年760元提高到2022年底9200元: the dates inside the change (and 每户每年,
    units.json from_modifiers) do not hide that both figures measure the standard."""
    doc = run_doc("标题\n补助标准从2016年每户每年760元提高到2022年底9200元。", pipeline)
    assert [f.object for f in doc.facts] == ["标准", "标准"]


def test_yue_with_yu_or_duo_is_more_than(pipeline):
    """约600余名, 约80多万元: 约 with 余/多 is more_than (annotation guidelines), 约 alone about."""
    doc = run_doc("标题\n活动吸引约600余名职工，募得善款约80多万元，另有约150名志愿者。", pipeline)
    assert [f.approx for f in doc.facts] == ["more_than", "more_than", "about"]


def test_gai_gonghui_is_the_union_named_before(pipeline):
    """该工会今年已为236名会员办理…: 该 makes the bare 工会 the union named before (alone it is generic)."""
    doc = run_doc("标题\n5月9日，北辰物流园联合工会组织会员联谊。该工会今年已为236名会员办理了互助保障。"
                  "县总工会召开会议。工会今年为300名职工体检。", pipeline)
    assert doc.entities[doc.facts[0].subject].name == "北辰物流园联合工会"
    assert doc.facts[1].subject is None


def test_bangkun_and_jiekun_modify_the_fund_they_name(pipeline):
    """助学帮困金, 解困资金 (units.json compound_modifiers): the verbs name the fund, they are no predicate."""
    doc = run_doc("标题\n街道工会给每位学生送去助学帮困金800元，全年拨付解困资金19万元。", pipeline)
    assert [f.object for f in doc.facts] == ["助学帮困金", "解困资金"]


def test_representatives_who_debate_at_a_congress_attend_it(pipeline):
    """136名职工代表分组审议… (units.json congress_acts): representatives counted as they debate or vote
    at the congress attend it; the congress is the subject."""
    doc = run_doc("标题\n4月12日，远帆重工股份有限公司召开第三届第五次职工代表大会，136名职工代表分组审议了集体合同草案。",
                  pipeline)
    assert doc.entities[doc.facts[0].subject].name == "第三届第五次职工代表大会"


def test_representatives_debating_in_a_headline_are_not_attributed(pipeline):
    """某公司召开职代会 136名职工代表审议…: a headline states; its count of representatives who debate is
    given no meeting (units.json congress_acts apply outside the headline)."""
    doc = run_doc("远帆重工召开三届五次职代会 136名职工代表审议集体合同草案\n4月12日，远帆重工召开三届五次职代会。", pipeline)
    assert doc.facts[0].subject is None


def test_a_body_whose_instruction_is_followed_is_no_doer(pipeline):
    """根据某总工会委托…对2.6万户…开展的调查 (units.json subject_cues.not_after: 根据, 按照…): the body
    named after 根据 gives the instruction; it does not do the figure."""
    doc = run_doc("标题\n根据省总工会委托第三方机构对2.6万户职工家庭开展的抽样调查，职工收入有所增长。", pipeline)
    assert doc.facts[0].subject is None


def test_a_paragraph_of_framed_sentences_speaks_of_the_article_body(pipeline):
    """在春节慰问活动中，共走访…。在夏季送清凉活动中，走访了…: sentences opening with a frame in a paragraph
    that names no body carry the body the article's lead acts with."""
    doc = run_doc("标题\n年初，青松县总工会把帮扶工作列为全年重点，制定了一揽子服务方案。\n"
                  "在春节慰问活动中，共走访低收入家庭207户，送去节礼款41万元。在夏季送清凉活动中，走访了12家企业。", pipeline)
    assert [doc.entities[f.subject].name if f.subject is not None else None for f in doc.facts] == ["青松县总工会"] * 3


def test_a_titled_person_leading_a_delegation_acts_for_the_body(pipeline):
    """某总工会副主席某某一行来到…，为…送去…: the person leads the body's delegation; the body does the
    figures (a person acting alone, 某某前往…, stays the doer)."""
    doc = run_doc("标题\n1月30日，青山建设集团有限公司工会副主席王海林一行来到安置房项目部，为留守工地的86名职工送去年货。",
                  pipeline)
    assert doc.entities[doc.facts[0].subject].name == "青山建设集团有限公司工会"


def test_clauses_opening_with_their_verb_go_on_with_the_counted_doer(pipeline):
    """招聘会上共有120家企业参加，提供岗位3000个: the firms counted in the clause before offer the posts."""
    doc = run_doc("标题\n镇总工会和镇劳动保障所一起办了一场招聘会，共有120家企业参加，提供岗位3000个。", pipeline)
    assert [f.subject for f in doc.facts] == [None, None]


def _objects(doc):
    return [f.object for f in doc.facts]


def test_a_verb_modifying_a_compound_head_is_part_of_the_counted_noun(pipeline):
    """发放宣传资料, 培育示范站点, 采购扶贫产品, 办理法律援助案件, 投保金额 (units.json compound_modifiers and
    compound_heads): the verb names a kind of the noun after it, it is no predicate."""
    doc = run_doc("标题\n今年，桐溪县总工会发放宣传资料3000份，培育示范站点6个，采购扶贫产品80万元，"
                  "办理法律援助案件45件。全县投保金额达20万元，理赔金额12万元。", pipeline)
    assert _objects(doc) == ["宣传资料", "示范站点", "扶贫产品", "法律援助案件", "投保金额", "理赔金额"]
    assert doc.facts[0].predicate == "发放"


def test_an_area_word_before_a_compound_is_no_part_of_it(pipeline):
    """全县|参保|金额累积达…: the area word opens the clause, the compound is what is counted; 累积 links like 累计."""
    doc = run_doc("标题\n截至年底，全县参保金额累积达45.6万元。", pipeline)
    assert _objects(doc) == ["参保金额"]


def test_a_time_frame_after_de_is_no_counted_noun(pipeline):
    """在帮助1185名…解决难题的同时: the noun after 的 is a time frame (units.json time_clause_ends), not what
    the head count counts."""
    doc = run_doc("标题\n在帮助320名建档困难职工家庭解决难题的同时，桐溪县总工会还走访了企业。", pipeline)
    assert doc.facts[0].object != "同时" and doc.facts[0].object.startswith("建档困难职工")


def test_a_body_after_a_list_of_levels_opens_its_clause(pipeline):
    """…中心受理案件214件，各县、区总工会受理案件386件: the body after a 、-list of unnamed levels opens
    the clause and does its figure, not the body of the clause before."""
    doc = run_doc("标题\n其中市职工服务中心共受理案件214件,各县、区总工会受理案件386件。", pipeline)
    assert [doc.entities[f.subject].name for f in doc.facts] == ["市职工服务中心", "区总工会"]


def test_a_count_of_key_enterprises_is_a_figure(pipeline):
    """走访15个重点企业 counts enterprises (units.json not_fact_exceptions); 三个重点 alone counts nothing."""
    doc = run_doc("标题\n此次桐溪县总工会送温暖活动共走访慰问15个重点企业，会议明确了三个重点。", pipeline)
    assert [(f.text, f.object) for f in doc.facts] == [("15个", "重点企业")]


def test_bare_counts_after_a_verb_object_go_on_with_its_subject(pipeline):
    """共走访慰问15个重点企业，4个新就业形态企业，37名劳模: clauses that are only a count and its noun
    list more objects of the verb before, done by the same body (not clauses opening with a count of doers)."""
    doc = run_doc("标题\n此次桐溪县总工会送温暖活动共走访慰问15个重点企业,4个新就业形态企业,37名省级以上劳模,3229名环卫工。",
                  pipeline)
    assert [doc.entities[f.subject].name for f in doc.facts] == ["桐溪县总工会"] * 4


def test_a_verb_morpheme_inside_a_cut_word_stays_in_the_noun(pipeline):
    """214件法援案件: jieba cuts 法|援|案件 and tags 援 a verb morpheme (vg); between nouns it is part of the noun."""
    doc = run_doc("标题\n市职工服务中心共受理的214件法援案件中，多数已经结案。", pipeline)
    assert doc.facts[0].object == "法援案件"


def test_words_before_a_money_verb_inside_the_noun_run_are_not_counted(pipeline):
    """公司|计划|筹集资金|6.85万元: jieba reads 筹集资金 as one noun; the words before the money verb say who
    plans it, the funds are what is counted and 筹集 the predicate."""
    doc = run_doc("标题\n经职代会审议通过，公司拟筹集资金4.72万元。", pipeline)
    assert (doc.facts[0].object, doc.facts[0].predicate) == ("资金", "筹集")


def test_parts_in_a_bracket_opening_with_qizhong_have_no_subject(pipeline):
    """有63名…申报助学（其中…29名，…34名）: the parts in the bracket count for no body, as a clause opening
    with 其中 does (units.json subjectless.part_openers); the body still does the clause after the bracket."""
    doc = run_doc("标题\n在此次助学活动中，桐溪县总工会共收到申请，有52名困难职工子女申请助学（其中建档困难职工子女29名，"
                  "非建档困难职工子女27名），共计发放助学金29万元。", pipeline)
    assert [f.subject is None for f in doc.facts] == [True, True, True, False]


def test_a_programme_after_a_relative_clause_holding_a_figure_is_no_subject(pipeline):
    """组织76名职工参加免费赠送的“某某”体检活动、为6户…: the quoted programme sits inside a clause that
    another figure opens; it does not do the figures after it."""
    doc = run_doc("标题\n今年桐溪县总工会已发放帮扶金368万元。并组织58名困难职工参加免费赠送的“两癌筛查”健康体检活动、"
                  "为6户困难职工家庭开展就业帮扶，发放帮扶金4万元。", pipeline)
    programme = next(i for i, e in enumerate(doc.entities) if e.name == "两癌筛查")
    assert all(f.subject != programme for f in doc.facts)


def test_jobs_right_before_a_head_count_name_what_it_counts(pipeline):
    """扶持创业230人，带动就业4500人: 就业 right before the figure names what it counts (units.json
    nominal_verbs), the figure does not take the object of the clause before."""
    doc = run_doc("标题\n今年以来，桐溪县总工会扶持创业120人，带动就业900人。", pipeline)
    assert [f.object for f in doc.facts] == ["创业", "就业"]


def test_the_head_after_gai_is_no_part_of_the_counted_noun(pipeline):
    """该中心办理维权案件43件: the head after 该 points back to the body that does it; the counted noun is
    what follows its verb (维权案件), even when jieba tags that verb a noun."""
    doc = run_doc("标题\n桐溪县职工服务中心成立于去年。今年以来，该中心办理维权案件43件。", pipeline)
    assert doc.facts[0].object == "维权案件"


def test_a_verb_qualifying_people_stays_in_the_counted_noun(pipeline):
    """N万户工会建档立卡困难职工家庭: 建档立卡 (units.json people_modifiers) says which households are
    counted; the noun after the figure runs on past it, not stopping at 工会."""
    doc = run_doc("标题\n全省共有2.7万户工会建档立卡困难职工家庭摆脱困境。", pipeline)
    assert doc.facts[0].object.endswith("建档立卡困难职工家庭")


def test_a_whole_area_is_never_what_a_figure_counts(pipeline):
    """全省超2400家: 全省 (a collective word, units.json subject_cues.collective_subjects) is no counted noun."""
    doc = run_doc("标题\n去年建成的暖心驿站不少，全省超900家。", pipeline)
    assert doc.facts[0].object != "全省"


def test_a_headline_figure_with_no_noun_counts_what_the_body_reports(pipeline):
    """工作室创效益…全省超2400家: a headline figure that names no noun counts what the body's figure of the
    same value and unit counts (全省共有职工创新工作室1900多家)."""
    doc = run_doc("职工创新工作室成果丰硕 全省超900家\n记者获悉，目前全省共有职工创新工作室900多家。", pipeline)
    assert [f.object for f in doc.facts] == ["职工创新工作室", "职工创新工作室"]


def test_a_head_count_with_two_modifiers_in_de_counts_the_noun_after_both(pipeline):
    """120名来自山区的家庭困难的职工子女, 36名在一线工作的获得表彰的劳模: past a second 的 modifier, the
    noun after the last 的 is what is counted."""
    doc = run_doc("标题\n县总工会为120名来自偏远山区的家庭困难的职工子女发放助学金，共有36名在一线工作的获得省级表彰的劳模参加。",
                  pipeline)
    assert [f.object for f in doc.facts] == ["职工子女", "劳模"]


def test_sponsors_in_a_relative_clause_do_not_act(pipeline):
    """由某总工会主办、某局承办的技能大赛吸引了300名选手: the sponsors modify the contest, which acts; neither
    the body after 由 nor the co-organiser after 主办、 does the figure (每家书屋由区总工会配送… still does)."""
    doc = run_doc("标题\n由桐溪县总工会主办、桐溪县人社局承办的技能大赛吸引了300名选手参赛。每家书屋由桐溪县总工会配送图书1000册。",
                  pipeline)
    assert doc.facts[0].subject is None and doc.entities[doc.facts[1].subject].name == "桐溪县总工会"


def test_whom_a_rate_is_per_is_no_part_of_the_counted_noun(pipeline):
    """每名劳模慰问金800元, 每户困难职工慰问金400元: the noun after 每名/每户 says whom the rate is per;
    the money is what is counted (每人补助资金300元 keeps its compound)."""
    doc = run_doc("标题\n县总工会对全县25名劳模进行慰问，每名劳模慰问金800元，每户困难职工慰问金400元，每人补助资金300元。",
                  pipeline)
    assert [f.object for f in doc.facts][1:] == ["慰问金", "慰问金", "补助资金"]


def test_a_verbal_noun_after_the_verb_is_part_of_the_counted_noun(pipeline):
    """攻克施工技术难题450多个: 攻克 is the predicate, so the verbal noun 施工 after it modifies the counted noun
    (新发展会员300名 still counts 会员, its verb 发展)."""
    doc = run_doc("标题\n参建单位攻克施工技术难题450多个，新发展会员300名。", pipeline)
    assert [(f.object, f.predicate) for f in doc.facts] == [("施工技术难题", "攻克"), ("会员", "发展")]


def test_a_nominal_verb_closing_the_noun_after_de_is_part_of_it(pipeline):
    """拿到了7万元的工伤赔偿。: after 的, a nominal verb (units.json nominal_verbs) that closes the clause
    ends the counted noun, it is no predicate."""
    doc = run_doc("标题\n在工会帮助下，李小川拿到了6万元的工伤赔偿。", pipeline)
    assert doc.facts[0].object == "工伤赔偿"


def test_what_counted_people_do_before_a_bracket_is_not_what_is_counted(pipeline):
    """10.9万人取得职业资格证书（…）: as before a clause end (300人出席会议。), a verb and its object after a
    head count and before a bracket say what the people do, not what is counted."""
    doc = run_doc("标题\n其中，1.8万人参加技能培训，1.2万人取得职业资格证书（高级工3400人）。", pipeline)
    assert [f.object for f in doc.facts][:2] == [None, None]


def test_the_predicate_is_looked_for_before_the_noun_past_linking_words(pipeline):
    """投保金额累计达20万元: the noun stands before the linking words; the verb is looked for before the
    noun, not inside it (投保 is part of the counted noun, no predicate)."""
    doc = run_doc("标题\n今年全县投保金额累计达20万元。", pipeline)
    assert (doc.facts[0].object, doc.facts[0].predicate) == ("投保金额", None)


def test_a_quoted_noun_after_an_adjective_is_the_counted_head(pipeline):
    """近900种特色优质“土特产”: the run after the figure ends in an adjective; the short quoted noun after it
    is the head (20名职工“岗位能手”称号 still counts 职工)."""
    doc = run_doc("标题\n展销会带来了近500种特色优质“土特产”，授予20名职工“岗位能手”称号。", pipeline)
    assert [f.object for f in doc.facts] == ["特色优质土特产", "职工"]


def test_a_change_from_an_initial_figure_to_an_area_total_counts_the_topic(pipeline):
    """志愿者队伍从最初60余名发展到全市700余人: 最初 without 的 and an area word before the new figure
    still read as a change of the noun before 从 (units.json change)."""
    doc = run_doc("标题\n二十年来，志愿者队伍从最初60余名发展到全市500余人。", pipeline)
    assert [f.object for f in doc.facts] == ["志愿者队伍", "志愿者队伍"]


def test_a_head_count_noun_ends_with_the_word_naming_people(pipeline):
    """解决1046名建档困难职工家庭生产生活难题: the people counted end at the last word naming people
    (units.json person_heads); what follows says what about them (300名职工代表 stays whole)."""
    doc = run_doc("标题\n县总工会着力解决730名建档困难职工家庭生产生活难题，为300名职工代表送去慰问品。", pipeline)
    assert [f.object for f in doc.facts] == ["建档困难职工家庭", "职工代表"]


def test_a_locality_word_before_a_noun_stays_in_the_counted_noun(pipeline):
    """外来|务工人员占89%: jieba tags 外来 a locality; before a noun it is part of it (units.json noun_localities)."""
    doc = run_doc("标题\n全区接待咨询900人次，其中外来务工人员占76%。", pipeline)
    assert doc.facts[1].object == "外来务工人员"


def test_a_one_character_adjective_inside_the_noun_run_stays(pipeline):
    """推广施工新技术65项: 新 between 施工 and 技术 is inside the counted noun; the verb before it is the predicate."""
    doc = run_doc("标题\n各参建单位推广施工新技术45项。", pipeline)
    assert (doc.facts[0].object, doc.facts[0].predicate) == ("施工新技术", "推广")


def test_a_head_jieba_cuts_off_ends_the_counted_noun(pipeline):
    """新建会员之家12个, 评选出岗位之星30名: jieba cuts 会员|之家 (a pronoun tag) and 岗位|之|星; the whole
    name is what is counted (units.json bound_heads), not 家 or 星."""
    doc = run_doc("标题\n工会小组新建会员之家12个，评选出岗位之星30名。", pipeline)
    assert [f.object for f in doc.facts] == ["会员之家", "岗位之星"]


def test_a_time_unit_before_a_coverb_or_outside_word_is_a_time_adverb(pipeline):
    """服务热线24小时为会员答疑, 把服务延伸到8小时之外: a duration in 小时 right before a coverb or
    之外 says when something is done (units.json adverbial_after), it reports no figure."""
    doc = run_doc("标题\n这条热线24小时为会员答疑解惑，驿站把服务延伸到8小时之外，今年共接听来电560次。", pipeline)
    assert [f.text for f in doc.facts] == ["560次"]


def test_the_minutes_of_a_time_of_day_are_no_figure(pipeline):
    """报名时间为3月1日 8:30至3月5日 17:00期间: the 00 after a clock's colon is no count of 期."""
    doc = run_doc("标题\n会员可在3月1日 8:30至3月5日 17:00期间报名，每人可领取电影票2张。", pipeline)
    assert [f.text for f in doc.facts] == ["2张"]


def test_a_festival_name_right_after_the_measure_word_opens_the_counted_noun(pipeline):
    """共发放3200份春节暖心礼包: the festival says what the parcels are for; the noun after it is
    counted with it (not the verb 发放); not when a 的 closes a relative clause (春节值守岗位的职工)."""
    doc = run_doc("标题\n丰南区总工会共发放3200份春节暖心礼包，为260名春节值守岗位的职工送去问候。", pipeline)
    assert [f.object for f in doc.facts] == ["春节暖心礼包", "职工"]


def test_a_people_modifier_right_after_the_measure_word_is_part_of_the_counted_noun(pipeline):
    """组织420名在职市级劳模疗休养: 在职 (units.json people_modifiers) says which people, the counted
    noun runs on past it."""
    doc = run_doc("标题\n市总工会分4批组织420名在职市级劳模参加疗休养。", pipeline)
    assert doc.facts[1].object == "在职市级劳模"


def test_a_bare_head_count_after_a_reach_verb_counts_the_people_served(pipeline):
    """为返乡务工人员发放交通补贴，惠及900人: the people after 为 are counted (units.json reach_verbs),
    never the verb 惠及 or 涉及; with no such people, nothing is named."""
    doc = run_doc("标题\n迁安市总工会为返乡务工人员发放交通补贴，预计惠及900人。服务站全年接待来访210次，涉及640余人。",
                  pipeline)
    assert [f.object for f in doc.facts][0::2] == ["返乡务工人员", None]


def test_figures_listed_after_a_part_opened_with_qizhong_are_parts_too(pipeline):
    """建成职工书屋86家，其中42家…，30家…，14家…: clauses that open with their figure go on the list
    of parts the 其中 clause opened; none of them is the body's own total (subject None)."""
    doc = run_doc("标题\n截至目前，丰润区总工会已建成职工书屋86家，其中42家被评为省级示范书屋，30家被评为市级示范书屋，"
                  "14家正在建设。", pipeline)
    assert [f.subject is None for f in doc.facts] == [False, True, True, True]


def test_a_body_right_before_a_title_is_no_acting_body_of_the_article(pipeline):
    """县人大常委会副主任、县总工会主席某某走访慰问; 此次活动共送出…: a body written as part of a person's
    title names where the title is held; it is not the body that ran the activity."""
    doc = run_doc("丰宁县开展“夏送清凉”活动\n入伏以来，河北丰宁县于近日开展“夏送清凉”活动，为一线职工送去防暑降温用品。"
                  "县人大常委会副主任、县总工会主席周立新走访慰问。\n据了解，此次活动共送出防暑降温药品900余份。", pipeline)
    subject = doc.facts[0].subject
    assert subject is None or doc.entities[subject].type != T.ORG


def test_a_place_listed_before_a_total_after_deng_is_no_doer(pipeline):
    """各镇街、南堡开发区、各单位领导等共计160余人参加: the figure totals the people the list names; a
    place in that list, with 共计 between the 等 and the figure, is no doer of it."""
    doc = run_doc("标题\n5月8日，曹妃甸区第三届职工技能大赛闭幕式在区文化中心举行。各镇街、南湖开发区、赛事各协办单位领导、"
                  "参赛队员代表等共计160余人参加了闭幕式。", pipeline)
    assert doc.facts[0].subject is None


def test_a_clause_repeating_the_shape_of_the_one_before_goes_on_with_its_doer(pipeline):
    """命名创新成果300个，技术攻关成果20个; 安排120名职工参加叉车培训，90名职工参加电工培训: the later
    clause leaves the verb out, its figure is the same body's; not a rate (一等奖选手每人奖励…)."""
    doc = run_doc("标题\n丰南区总工会今年将命名创新成果300个，劳模创新成果80个，技术攻关成果20个。"
                  "滦南县总工会还安排120名职工参加叉车培训，90名职工参加电工培训。"
                  "迁西县总工会为获奖选手发放奖金40万元，一等奖选手每人奖励5000元。", pipeline)
    names = [doc.entities[f.subject].name if f.subject is not None else None for f in doc.facts]
    assert names[:3] == ["丰南区总工会"] * 3
    assert names[3:5] == ["滦南县总工会"] * 2
    assert names[6] is None


def test_a_place_framing_the_clause_before_is_not_what_a_figure_counts(pipeline):
    """在某市某区，2600余名以网约车司机、外卖员为主的新就业形态劳动者…: the place ending the clause before
    is where, not what is counted; the noun after the modifier (、 inside it) is."""
    doc = run_doc("标题\n在唐山市路北区，2600余名以网约车司机、外卖员为主的新就业形态劳动者穿梭在街巷。", pipeline)
    assert doc.facts[0].object == "新就业形态劳动者"


def test_a_space_set_before_the_measure_word_still_makes_a_figure(pipeline):
    """来自园区 96 家企业, 提供就业岗位 1800 余个: e-paper text sets spaces around figures; the figure
    and its measure word are still read (not after 第), and the noun before the space is counted."""
    doc = run_doc("标题\n当天参加活动的企业 60 余家，提供就业岗位 1800 余个，第 3 名选手获得奖金。", pipeline)
    assert [(f.text, f.value, f.approx, f.object) for f in doc.facts] == [
        ("60 余家", 60, "more_than", "企业"), ("1800 余个", 1800, "more_than", "就业岗位")]


def test_a_bare_level_character_is_never_what_is_counted(pipeline):
    """今年我区预计有2万余人次获得…: 区 after 我 is the area speaking, not what the figure counts."""
    doc = run_doc("今年我区预计有2万余人次获得职工互助保障\n正文。", pipeline)
    assert doc.facts[0].object != "区"


def test_a_money_verb_alone_before_the_sum_is_its_predicate(pipeline):
    """今年将筹资600万元: jieba's one word 筹资 is the act (units.json money_verbs), the money counts
    funds (default_objects), as 筹集资金 does."""
    doc = run_doc("标题\n今年全县将筹资80万元，专项资助2万困难女职工免费体检。", pipeline)
    assert (doc.facts[0].object, doc.facts[0].predicate) == ("资金", "筹资")
    assert (doc.facts[1].text, doc.facts[1].value, doc.facts[1].object) == ("2万", 20000, "困难女职工")



def test_a_head_count_between_its_people_and_a_de_counts_those_people(pipeline):
    """现有职工5200余名的机务段, 承担起姐弟4人的生活: the figure sizes what follows 的; the people right
    before it are what it counts."""
    doc = run_doc("标题\n现有职工5200余名的机务段从办好食堂入手。她独自承担起姐弟4人的生活。", pipeline)
    assert [f.object for f in doc.facts] == ["职工", "姐弟"]


def test_a_clause_opening_with_all_counties_names_no_body(pipeline):
    """自治区总工会安排…，各盟市、旗县工会及企业工会筹措资金…: 各盟市 (like 各级工会: units.json
    collective_subjects) names all of a level, no entity; the body named before does not carry."""
    doc = run_doc("标题\n此次活动中，甘肃省总工会下拨专项资金150万元，各市县工会及企业工会筹措慰问资金80万元。", pipeline)
    assert doc.facts[0].subject is not None and doc.facts[1].subject is None


def test_sichu_everywhere_is_no_figure(pipeline):
    """孩子好奇地四处张望: 四处 is 'everywhere' (units.json set_phrases), not four places."""
    doc = run_doc("标题\n孩子好奇地四处张望，工会为他送去书包2个。", pipeline)
    assert [f.text for f in doc.facts] == ["2个"]


def test_a_head_count_of_people_named_by_zhongdian_is_a_figure(pipeline):
    """三个重点 is an idiom (units.json not_fact_objects), but a head count of 重点群体会员 or 重点企业一线
    职工 counts people and stays a figure."""
    doc = run_doc("标题\n全省新增会员12万人，其中快递员、网约车司机等重点群体会员3.6万人。", pipeline)
    assert [f.text for f in doc.facts] == ["12万人", "3.6万人"]


def test_a_figure_in_digits_is_no_idiom(pipeline):
    """三个重点, 两个维护 are set phrases (not_fact_objects); 重点企业建会率达75%, 12个重点企业 are figures:
    a figure written in digits is no such idiom (units.json idioms_in_digits: 从4个方面 still is)."""
    doc = run_doc("标题\n协商形成工资、休假等6个方面的条款。重点企业建会率达75%。要抓好三个重点。", pipeline)
    assert [f.text for f in doc.facts] == ["75%"]



def test_temperatures_steps_batches_and_average_ages_are_figures(pipeline):
    """接近55℃, 七八道工序, 平均年龄29.4岁, 12批次 are figures (units.json); an average age has no subject
    (what people are like); 年满60岁 (no age reported) and 五道口 are no figures."""
    doc = run_doc("标题\n车间温度接近55℃。一件产品要经过七八道工序。本届大赛选手平均年龄29.4岁，年满60岁的职工退休。"
                  "五道口街道工会全年开展疗休养12批次。", pipeline)
    assert [(f.text, f.unit) for f in doc.facts] == [
        ("接近55℃", "℃"), ("七八道", "道"), ("29.4岁", "岁"), ("12批次", "批次")]
    assert doc.facts[2].subject is None


def test_a_person_after_an_unnamed_unit_and_a_title_acts_though_the_unit_name_holds_verbs(pipeline):
    """在码头从事装卸工作十年的桥吊司机某某算了一笔账：…他每月能多拿500元: jieba reads verbs inside the
    words before the title (装卸, 吊); a title right before the person, with no body named there,
    still makes the person the one the figure is about."""
    doc = run_doc("标题\n在港区从事集装箱装卸工作十年的桥吊司机韩立群算了一笔账：按新合同，他每月工资能多拿500元。", pipeline)
    assert doc.entities[doc.facts[0].subject].name == "韩立群"


def test_a_count_announcing_a_list_and_a_time_adverb_before_ji_are_no_figures(pipeline):
    """重点推进三项工作：一是…: the count announces the parts listed (an outline, like 从三个方面); 上线
    不到2小时即被领完: a time adverb (units.json adverbial_after). 发放降温券3万张 is a figure."""
    doc = run_doc("标题\n联合会将重点推进三项工作：一是建会，二是维权。降温券上线不到2小时即被领完，共发放降温券3万张。", pipeline)
    assert [f.text for f in doc.facts] == ["3万张"]


def test_gaihui_points_back_to_the_union_named_last(pipeline):
    """该会为困难职工送去月饼600盒: 该会 is the union named last before it (not 该会员, 该会议)."""
    doc = run_doc("标题\n1月10日，迁西县总工会召开全委会议。会后，该会为困难职工送去月饼600盒。", pipeline)
    assert doc.entities[doc.facts[0].subject].name == "迁西县总工会"


def test_a_count_after_dingwei_counts_the_noun_before_it(pipeline):
    """最后本期学员人数定为88人: 定为 links the noun to its figure (units.json linking_words); in 远超
    原计划的60人 the leftover one-character modifier 原 is never what is counted."""
    doc = run_doc("标题\n报名人数远超出原计划的50人，后经协调，最后本期学员人数定为88人。", pipeline)
    assert doc.facts[0].object != "原" and doc.facts[1].object in ("人数", "学员人数")


def test_quanguo_opening_a_clause_names_no_body(pipeline):
    """全国总工会重点…。截至2024年底，全国已建成工会驿站17万余个: 全国 (like 全市: collective_subjects) is the
    whole country, no entity; the body named in the sentence before does not carry."""
    doc = run_doc("标题\n2024年以来，全国总工会重点提升驿站服务质量。据统计，截至2024年底，全国已建成工会驿站17万余个。", pipeline)
    assert doc.facts[0].subject is None


def test_a_place_after_the_figure_modifies_the_noun_it_counts(pipeline):
    """帮助销售了2.6亿元的承德脱贫地区农副产品: the place opens the counted noun phrase; it is not what
    is counted alone."""
    doc = run_doc("标题\n市总工会已累计帮助销售了2.6亿元的承德脱贫地区农副产品。", pipeline)
    assert doc.facts[0].object.startswith("承德") and doc.facts[0].object.endswith("农副产品")


def test_a_count_of_attending_chairs_and_delegates_is_the_meeting_s(pipeline):
    """市总工会有关部室负责人及31家单位工会主席、96名一线职工代表参加会议: the heads counted attend the
    meeting (units.json attendee_heads); its subject is the meeting, not the body named in the list."""
    doc = run_doc("标题\n12月1日，市化工工会2023年劳动竞赛总结表彰会召开。市总工会有关部室负责人及31家参赛单位工会主席、"
                  "96名一线职工代表参加会议。", pipeline)
    assert [doc.entities[f.subject].type for f in doc.facts] == [T.EVENT, T.EVENT]


def test_a_level_before_a_quoted_name_opens_the_counted_noun(pipeline):
    """还将评选15个市级“职工(技能)创新工作室”: the level modifies the quoted name after it (brackets and
    all); the level alone is not what is counted."""
    record = pipeline.extract("标题\n明年还将评选15个市级“职工(技能)创新工作室”。")
    assert record.facts[0].object.endswith("职工(技能)创新工作室")  # as written


def test_a_margin_after_gaoyu_counts_what_is_compared(pipeline):
    """全市职工工资增幅高于全省1.5个百分点: the margin is of what stands before 高于 (units.json
    surpassing_markers), not of the base 全省."""
    doc = run_doc("标题\n今年上半年，全市职工工资增幅高于全省1.5个百分点。", pipeline)
    assert doc.facts[0].object in ("职工工资增幅", "工资增幅")


def test_months_are_a_figure_only_as_the_value_a_change_starts_from(pipeline):
    """办理周期由原来的4个月左右缩短至15天: the months are what changed (units.json change_only_units);
    …启动，历时两个月 and 近三个月来 time something and are no figures."""
    doc = run_doc("标题\n平均办理周期由原来的4个月左右缩短至15天。协商于3月启动，历时两个月。近三个月来，工会走访职工260人。", pipeline)
    assert [f.text for f in doc.facts] == ["4个月", "15天", "260人"]
    assert (doc.facts[0].value, doc.facts[0].unit, doc.facts[0].approx) == (4, "个月", "about")


def test_class_periods_are_counted_past_an_approximation_word(pipeline):
    """师徒每学期互相听课不少于16节: 节 counts class periods (not 节日, 节约); with no noun of its own the
    figure counts the act before 不少于 (听课)."""
    doc = run_doc("标题\n按照要求，师徒双方每学期互相听课不少于16节，节约经费3万元。", pipeline)
    assert [(f.text, f.unit) for f in doc.facts] == [("16节", "节"), ("3万元", "元")]
    assert doc.facts[0].object in ("听课", "互相听课") and doc.facts[0].approx == "at_least"


def test_a_closing_summary_of_this_activity_is_the_acting_body_s(pipeline):
    """据统计，此次送温暖活动走访慰问困难职工…: a summary after a lead-in that opens with 此次 and an
    event head speaks of the activity the article reports, even with no 共/累计; its doer is the body
    that ran it (not 据介绍，本次受表彰的个人中…: a part of those honoured)."""
    doc = run_doc("标题\n12月2日，桃江县总工会组织开展冬季送温暖活动。\n工会干部深入车间，为职工送去米面油。\n"
                  "据统计，此次送温暖活动走访慰问困难职工860余人次，发放慰问金24万元。", pipeline)
    assert _subject_of(doc, "860余人次") == "桃江县总工会"
    assert _subject_of(doc, "24万元") == "桃江县总工会"


def test_a_nominal_verb_after_a_verb_is_no_part_of_the_counted_noun(pipeline):
    """走访慰问困难职工80人: 慰问 (a nominal verb right before a figure) ends the verb pair 走访慰问, it
    is no part of what is counted."""
    doc = run_doc("标题\n12月2日，桃江县总工会走访慰问困难职工80人。", pipeline)
    assert _object_of(doc, "80人") == "困难职工"


def test_a_change_verb_before_dao_links_the_noun_before_it_to_the_figure(pipeline):
    """企业发展到241家, 数量扩大至56个: a change verb right before 到/至 (units.json change) links the
    noun before it to the figure, as 增加到 does; the verb is no part of what is counted."""
    doc = run_doc("标题\n截至目前，全县规模以上工业企业发展到315家，职工书屋数量扩大至48个。", pipeline)
    assert _object_of(doc, "315家") == "工业企业"
    assert _object_of(doc, "48个") == "职工书屋数量"


def test_a_scene_adverb_opening_a_clause_is_no_subject_of_its_own(pipeline):
    """…举行集中理赔，现场发放互助保障理赔金5.2万元: 现场 says where (units.json scene_adverbs), it is no
    noun subject that ends what the body named before did; 保障 modifies the compound counted."""
    doc = run_doc("标题\n9月4日，桃江县总工会在县职工服务中心举行职工互助保障集中理赔，现场发放互助保障理赔金5.2万元。",
                  pipeline)
    assert _subject_of(doc, "5.2万元") == "桃江县总工会"
    assert _object_of(doc, "5.2万元") == "互助保障理赔金"


def test_a_noun_with_its_adjective_after_the_figure_opens_a_modifier(pipeline):
    """选择了9家口碑好、薪酬待遇高的企业: a noun and its adjective right after the figure open a
    modifier (with 、 inside it) that 的 closes; the noun after 的 is what is counted."""
    doc = run_doc("标题\n县总工会挑选了9家社会口碑好、薪酬待遇高的企业参加招聘。", pipeline)
    assert _object_of(doc, "9家") == "企业"


def test_an_adverb_like_verb_before_a_verbal_noun_leaves_it_the_predicate(pipeline):
    """全县累计建设工会阵地达760余个: 累计 (a linking word jieba tags as a verb) does not make 建设
    part of the counted noun, as a real verb before it would (攻克施工技术难题)."""
    doc = run_doc("标题\n目前，全县累计建设工会阵地达760余个。", pipeline)
    assert _object_of(doc, "760余个") == "工会阵地"


def test_the_area_of_a_facility_opening_the_sentence_is_the_facility_s(pipeline):
    """某职工服务中心由县总工会投资建设，建筑面积达2600平方米: the attribute clause measures the facility
    that opens the sentence as its topic (units.json topic_after), which is the subject; a body that
    acts (县总工会投入…新建…) is not what is measured."""
    doc = run_doc("标题\n12月3日，平江县职工服务中心正式投入使用。平江县职工服务中心由县总工会投资建设，建筑面积达2600平方米。",
                  pipeline)
    assert _subject_of(doc, "2600平方米") == "平江县职工服务中心"
    doc = run_doc("标题\n平江县总工会投入50万元新建一处驿站，建筑面积达120平方米。", pipeline)
    assert _subject_of(doc, "120平方米") is None


def test_a_total_opened_by_time_words_in_a_bodiless_paragraph_is_the_acting_body_s(pipeline):
    """今年以来，共走访慰问困难职工320户: a sentence opening with time words and a total word, in a
    paragraph that names no body, sums up what the article's acting body did; a summary that names
    a body of its own (此次活动某工会筹措…) keeps it."""
    doc = run_doc("标题\n12月3日，桃江县总工会启动“两节”送温暖活动。\n活动期间，工会干部深入车间看望职工。\n"
                  "今年以来，共走访慰问困难职工320户，发放慰问金48万元。", pipeline)
    assert _subject_of(doc, "320户") == _subject_of(doc, "48万元") == "桃江县总工会"


def test_a_head_count_names_the_whole_list_of_people_after_it(pipeline):
    """共惠及36名快递行业、个体商户女性从业者: the first item names no people, the list ends with a word
    that does (person_heads): the whole list is what the head count counts."""
    doc = run_doc("标题\n此次体检共惠及36名快递行业、个体商户女性从业者。", pipeline)
    assert _object_of(doc, "36名") == "快递行业、个体商户女性从业者"


def test_a_task_after_a_count_counts_the_things_it_is_done_on(pipeline):
    """完成3家驿站迁移工作: the measure word counts the stations the work is done on, not the work."""
    doc = run_doc("标题\n今年，区总工会完成3家驿站迁移工作，做好2个乡镇工会换届工作。", pipeline)
    assert _object_of(doc, "3家") == "驿站"
    assert _object_of(doc, "2个") == "乡镇工会"


def test_a_word_running_across_the_measure_word_still_opens_a_modifier(pipeline):
    """共救助12名患重大疾病的环卫职工: jieba reads 名患 as one word; the verb LAC reads after the measure word
    opens a modifier that 的 closes, and the people after it are counted (not 5个区的…: 区 is the noun)."""
    doc = run_doc("标题\n今年，县总工会共救助12名患重大疾病的环卫职工。", pipeline)
    assert _object_of(doc, "12名") == "环卫职工"


def test_a_verb_jieba_tags_as_a_noun_opens_a_modifier_after_a_head_count(pipeline):
    """为12名身患重病的环卫工人送去救助金: 身患 opens a modifier (units.json relative_openers) that 的
    closes; the people after it are counted, not the illness."""
    doc = run_doc("标题\n县总工会为12名身患重病的环卫工人送去救助金。", pipeline)
    assert _object_of(doc, "12名") == "环卫工人"


def test_a_head_count_opening_its_clause_never_counts_a_topic_naming_no_people(pipeline):
    """举办了工会干部培训班，130余人参加培训: the head count opens its clause with no noun of its own;
    the class named before is no people, so it is not what is counted."""
    doc = run_doc("标题\n11月12日，市总工会在职工学校举办了工会干部业务培训班，130余人参加培训。", pipeline)
    assert _object_of(doc, "130余人") is None


def test_a_head_count_right_after_another_count_s_noun_does_not_count_that_noun(pipeline):
    """全区86个单位3200人次参加了互助保障: 单位 is what 86个 counts; the head count after it counts
    people, not the units."""
    doc = run_doc("标题\n截至年底，全区86个单位3200人次参加了职工互助保障活动。", pipeline)
    assert _object_of(doc, "86个") == "单位"
    assert _object_of(doc, "3200人次") != "单位"


def test_weights_in_jin_and_counts_of_calls_are_figures(pipeline):
    """送出大米3000余斤: 斤 is a measure word; 接听来电4.2万通: 通 counts calls after a word for them
    (units.json context_units), not 通 in another word."""
    doc = run_doc("标题\n慰问中，枣庄市总工会送出大米3000余斤、食用油500桶。热线全年接听职工来电4.2万通。", pipeline)
    assert [(f.text, f.unit) for f in doc.facts][:1] == [("3000余斤", "斤")]
    assert _object_of(doc, "3000余斤") == "大米"
    assert any(f.text == "4.2万通" and f.unit == "通" and f.value == 42000 for f in doc.facts)


def test_a_duration_a_noun_reports_is_a_figure_not_one_timing_an_act(pipeline):
    """此次评议历时三个月。: the duration is what the clause states (annotation guidelines); …启动，
    历时两个月 and 历时五个月完成… time an act, 为期两天的会议 describes one, 近六个月来 frames one."""
    doc = run_doc("标题\n今年的评议从4月启动，历时两个月。此次评议历时三个月，共走访企业40家。"
                  "攻关组历时五个月完成改造。为期两天的培训会闭幕。近六个月来，共调解纠纷30起。", pipeline)
    assert [f.text for f in doc.facts] == ["三个月", "40家", "30起"]
    fact = doc.facts[0]
    assert fact.unit == "个月" and fact.value == 3 and fact.subject is None and "历时" in fact.object


def test_a_collective_clause_after_the_activity_s_body_has_no_subject(pipeline):
    """此次活动，某区总工会…，同时各级工会…共发放…: the later clause opens with all levels of unions,
    not the body that ran the activity (units.json collective_subjects)."""
    doc = run_doc("标题\n此次春节慰问活动，桐溪区总工会一共为37户困难职工家庭送去慰问金7.4万元，"
                  "同时各级工会对全区一线职工开展走访，共发放慰问礼包1500余份。", pipeline)
    assert _subject_of(doc, "7.4万元") == "桐溪区总工会"
    assert _subject_of(doc, "1500余份") is None


def test_the_place_that_has_what_is_counted_past_a_total_word(pipeline):
    """某市累计有86家单位参赛: 累计 between the place and 有 is a filler (units.json
    existential_owner_fillers); the place has the units."""
    doc = run_doc("标题\n本次大赛历时三个月，宝鸡市累计有86家企事业单位参与竞赛。", pipeline)
    assert _subject_of(doc, "86家") == "宝鸡市"


def test_words_jieba_splits_off_a_noun_that_lac_reads_inside_it(pipeline):
    """3个爱心托管班: jieba cuts 托管|班 (a verb and a noun), LAC reads 托管班; 5对单身青年职工: jieba
    tags 青年 a time word, LAC a noun; 2名在档困难职工子女大学生: 在档 qualifies the people."""
    doc = run_doc("标题\n暑期，县总工会开办3个爱心托管班，另办6个兴趣培训班。联谊会上，5对单身青年职工牵手成功。"
                  "今年共资助23名大学新生、2名在档困难职工子女大学生。", pipeline)
    assert _object_of(doc, "3个") == "爱心托管班"
    assert _object_of(doc, "5对") == "单身青年职工"
    assert _object_of(doc, "2名") == "在档困难职工子女大学生"


def test_a_service_station_is_one_compound_and_a_division_is_no_figure(pipeline):
    """由工会自建的服务站点只有7个: 服务 before 站点 is part of the noun (units.json compound_modifiers);
    可以分为两类: a division into kinds, no figure (pair_numeral not_after)."""
    doc = run_doc("标题\n全区180个服务站点里，由工会自建的服务站点只有7个。这些站点可以分为两类。", pipeline)
    assert _object_of(doc, "7个") == "服务站点"
    assert not any(f.text == "两类" for f in doc.facts)


def test_a_count_s_head_jieba_tags_a_numeral_is_what_changed_without_its_owner(pipeline):
    """某工会会员数从…的480人增长到…的2150人: jieba tags 数 a numeral; the count of members is what
    changed, both figures count it, and the union named before it is its owner, not part of it."""
    doc = run_doc("标题\n桃源镇工会会员数从2022年1月的480人增长到2024年6月底的2150人。", pipeline)
    assert _object_of(doc, "480人") == _object_of(doc, "2150人") == "会员数"


def test_a_compound_modifier_lac_reads_as_a_verb_stays_inside_the_noun_after_the_figure(pipeline):
    """价值260元的爱心慰问物资: 慰问 before 物资 modifies it (units.json compound_modifiers), though LAC
    reads it as a verb; it does not end the counted noun."""
    doc = run_doc("标题\n县总工会为每位环卫工人送去了价值260元的爱心慰问物资。", pipeline)
    assert _object_of(doc, "260元") == "爱心慰问物资"


def test_a_bound_head_ends_the_noun_after_a_figure_and_outdoor_workers_are_one_word(pipeline):
    """建成4个小型货车司机之家: 之家 (units.json bound_heads), whole or cut 之|家, ends the counted
    noun; 新建5个智能户外劳动者驿站: 户外劳动者 is one word (jieba_domain.txt), not a place word
    that ends the noun."""
    doc = run_doc("标题\n今年，某区建成4个小型货车司机之家，还要新建5个智能户外劳动者驿站。", pipeline)
    assert _object_of(doc, "4个") == "小型货车司机之家"
    assert _object_of(doc, "5个") == "智能户外劳动者驿站"


def test_a_verb_inside_a_word_lac_reads_whole_joins_the_noun_before_a_figure(pipeline):
    """其中劳务派遣工不少于3000人次: jieba cuts 劳务|派遣|工; LAC's word ending at the noun (派遣工 or
    劳务派遣工) holds the verb, so the counted noun is not the bare 工."""
    doc = run_doc("标题\n全年培训职工不少于8万人次，其中劳务派遣工不少于3000人次。", pipeline)
    assert _object_of(doc, "3000人次").endswith("派遣工")


def test_a_list_of_places_before_the_counted_people_modifies_them(pipeline):
    """首批380名贵州、云南籍务工人员: the places listed after the measure word say where the people
    come from; the people are counted, with their places (not nothing, as for a place alone)."""
    doc = run_doc("标题\n随着首批380名贵州、云南籍务工人员登上专列，返乡活动正式启动。", pipeline)
    assert _object_of(doc, "380名") == "贵州、云南籍务工人员"


def test_a_head_count_attending_a_named_meeting_has_the_meeting(pipeline):
    """学生及家长60余人参加…发放仪式: a head count right before 参加 and the meeting named before
    (whole or by its tail) counts those at it (annotation guidelines: attendance); 参加了免费筛查 names
    no meeting."""
    doc = run_doc("标题\n9月3日，某县总工会召开2024年助学金发放仪式。受助学生及家长60余人参加助学金发放仪式。"
                  "当天，900名女职工参加了免费筛查。", pipeline)
    assert _subject_of(doc, "60余人") == "2024年助学金发放仪式"
    assert _subject_of(doc, "900名") is None


def test_not_more_than_is_at_most_with_the_span_from_the_numeral(pipeline):
    """每户补助不超过2000元: at most (annotation guidelines, approx); 不超过 is no approximation word
    of the span, which starts at the numeral."""
    doc = run_doc("标题\n2019年成立的互助小组每户补助不超过2000元。", pipeline)
    assert [(f.text, f.value, f.unit, f.approx) for f in doc.facts] == [("2000元", 2000, "元", "at_most")]


def test_a_list_ending_in_deng_that_opens_its_clause_has_no_doer(pipeline):
    """…成功创建示范单位；区档案馆办公室等19个单位被评为先进职工之家: the 等-list opens its clause,
    so the body named in the clause before does not do what it counts (not 向甲、乙等12家企业递交…)."""
    doc = run_doc("标题\n会上，长林机械有限公司获评市级模范职工之家；区档案馆办公室等19个单位被评为区先进职工之家。"
                  "随后，临江区总工会向星河科技有限公司、远帆电子有限公司等9家企业递交了要约书。", pipeline)
    assert _subject_of(doc, "19个") is None
    assert _subject_of(doc, "9家") == "临江区总工会"


def test_a_head_count_attending_the_meeting_called_by_its_head_word(pipeline):
    """…负责人等共计120余人参加会议。: 会议 closing the clause calls the meeting named before by its
    head word (units.json meeting_heads); 参加了义诊 names none."""
    doc = run_doc("标题\n3月5日，某市总工会召开十届五次全委（扩大）会议。各县区总工会主要负责同志、"
                  "市总工会机关各部门负责人等共计120余人参加会议。会后，80名职工参加了义诊。", pipeline)
    assert _subject_of(doc, "120余人") == "十届五次全委（扩大）会议"
    assert _subject_of(doc, "80名") is None


def test_a_scene_adverb_after_a_head_count_is_not_what_it_counts(pipeline):
    """新就业形态劳动者260余人线上参加活动: 线上 says how they take part (units.json scene_adverbs);
    the people before the figure are counted. 新就业群体 is one word (jieba_domain.txt)."""
    doc = run_doc("标题\n当天，新就业形态劳动者260余人线上参加活动，吸纳新就业群体会员1200人。", pipeline)
    assert _object_of(doc, "260余人") == "新就业形态劳动者"
    assert _object_of(doc, "1200人") == "新就业群体会员"


def test_a_yearly_increase_counts_the_noun_before_it_not_the_verb(pipeline):
    """参与活动的志愿者每年递增30%以上: 递增 links the noun to its figure (units.json linking_words);
    the figure counts the volunteers' growth, never the verb."""
    doc = run_doc("标题\n2021年至2023年，参与活动的志愿者每年递增30%以上。", pipeline)
    assert _object_of(doc, "30%") == "志愿者"


def test_a_whole_area_opening_the_counted_noun_is_left_out(pipeline):
    """将慰问全县环卫工人80人: 全县 says where (collective_subjects), the workers are counted; 全国 stays,
    as it opens honours (全国工人先锋号)."""
    doc = run_doc("标题\n本次活动将慰问全县环卫工人80人。该厂获评全国工人先锋号3个。", pipeline)
    assert _object_of(doc, "80人") == "环卫工人"
    assert _object_of(doc, "3个") == "全国工人先锋号"


def test_a_size_bound_inside_the_counted_noun_and_private_firms_as_one_word(pipeline):
    """全省1.6万家百人以上企业: 百人以上 bounds the size of the firms counted (as 规模以上 does); 30人
    以下非公企业: 非公企业 is one word (jieba_domain.txt), not an adverb and a noun."""
    doc = run_doc("标题\n目前，全省1.6万家百人以上企业已建立工会，推动30人以下非公企业逐步建会。", pipeline)
    assert _object_of(doc, "1.6万家") == "百人以上企业"
    assert [f.text for f in doc.facts] == ["1.6万家"]  # 百人, 30人: size classes (size_class_bounds), no counts


def test_a_size_class_of_bodies_is_no_figure(pipeline):
    """百人以上企业, 20人以下的小微企业 (units.json size_class_bounds): the head count bounds the size of the
    bodies named after it, it counts nothing the article reports; a bound before people or a verb
    (300名以上职工, 150人以上参加了) still counts them."""
    doc = run_doc("标题\n去年，青禾县百人以上企业全部建会，20人以下的小微企业入会率达到82%。"
                  "县总工会组织300名以上职工参加竞赛，另有150人以上参加了培训。", pipeline)
    assert [f.text for f in doc.facts] == ["82%", "300名", "150人"]


def test_a_list_of_people_is_counted_whole_on_either_side(pipeline):
    """45名环卫工人、快递员和外卖骑手, 60余名受助学生及家长, 走访困难职工和农民工320户, 劳模和先进工作者
    210名 (units.json coordinated_joins): the figure counts every item of the list, not the last
    (annotation guidelines: what is counted, as the article names it)."""
    doc = run_doc("标题\n活动当天，60余名受助学生及家长来到现场。松岭区总工会走访慰问困难职工和农民工320户，"
                  "为45名环卫工人、快递员和外卖骑手送去清凉包，组织劳动模范、优秀工会干部共50人参加疗休养。"
                  "全区共有劳模和先进工作者210名。", pipeline)
    assert _objects(doc) == ["受助学生及家长", "困难职工和农民工", "环卫工人、快递员和外卖骑手",
                             "劳动模范、优秀工会干部", "劳模和先进工作者"]


def test_a_list_stops_before_a_named_body(pipeline):
    """50名职工代表和松岭区总工会领导: a named body is no item of the counted list."""
    doc = run_doc("标题\n会上，50名职工代表和松岭区总工会领导一同观看了演出。", pipeline)
    assert _objects(doc) == ["职工代表"]


def test_joint_bodies_opening_a_headline_give_its_figure_the_first(pipeline):
    """松岭区总工会、区人社局联合举办招聘会 提供岗位3200个: the first of joint bodies does what they do
    together, also in a headline part that opens with its verb after a space."""
    doc = run_doc("松岭区总工会、区人社局联合举办招聘会 提供岗位3200个\n5月6日，招聘会在区文化广场举行。", pipeline)
    assert _subject_of(doc, "3200个") == "松岭区总工会"


def test_a_figure_named_only_by_its_verb_takes_the_noun_given_nearby(pipeline):
    """服务环卫工人1.4万人次、日均服务55人次: the daily count serves the same people; 寄送1200余册、价值
    8万元图书: the books named after the figure it is listed with (not the verbs 服务, 寄送)."""
    doc = run_doc("标题\n去年，该驿站全年服务环卫工人1.4万人次、日均服务55人次，"
                  "向企业书屋寄送1200余册、价值8万元图书。", pipeline)
    assert _object_of(doc, "55人次") == "环卫工人"
    assert _object_of(doc, "1200余册") == "图书"


def test_a_later_figure_counts_the_thing_a_clause_between_names(pipeline):
    """县总工会每年列支帮扶资金150万元，各镇配套资金逐年增加，累计投入620万元: the clause between names
    another fund, which the total with no noun of its own counts (not the fund before)."""
    doc = run_doc("标题\n近年来，县总工会每年列支帮扶资金150万元，各镇配套资金逐年增加，累计投入620万元。", pipeline)
    assert _object_of(doc, "150万元") == "帮扶资金"
    assert _object_of(doc, "620万元") == "配套资金"


def test_a_rate_whose_link_jieba_joins_to_its_head_is_named_by_itself(pipeline):
    """协商制度建制率为68.5%: jieba reads 建制|率为; the rate is the one named before 为, not the rate
    of the figure before."""
    doc = run_doc("标题\n去年，全县集体合同签订率达到90.2%，工资协商制度建制率为68.5%。", pipeline)
    assert _object_of(doc, "90.2%") == "集体合同签订率"
    assert "建制率" in _object_of(doc, "68.5%")


def test_a_verb_read_as_a_name_after_a_head_count_is_not_what_it_counts(pipeline):
    """某某等6人荣获个人二等奖: jieba reads 荣获 as a person's name; LAC's verb opens the predicate, it
    is no part of what the figure counts."""
    doc = run_doc("标题\n经过两天角逐，韦立峰等6人荣获个人二等奖。", pipeline)
    assert not (_object_of(doc, "6人") or "").startswith("荣获")


def test_a_paragraph_set_off_by_one_line_break_has_the_same_clauses(pipeline):
    """A page whose paragraphs are parted by one line break (scraped pages) has the clauses of the
    same page parted by a blank line: a clause starts past the indent and line breaks, so a person
    named after a long relative clause (在…的叉车司机某某…，他…多拿N元) is its subject either way."""
    body = ("全区58家企业完成工资集体协商。\n\n　　在临江新码头从事散货装卸工作十一年的叉车司机韦立川算了"
            "一笔账：按新合同，他每月工资能多拿500元左右。")
    subjects = []
    for text in (body, body.replace("\n\n", "\n ")):
        doc = run_doc("标题\n" + text, pipeline)
        fact = next(f for f in doc.facts if doc.text[f.start : f.end] == "500元")
        subjects.append(doc.entities[fact.subject].name if fact.subject is not None else None)
    assert subjects == ["韦立川", "韦立川"]


def test_time_words_and_a_total_before_the_verb_carry_the_paragraph_s_body(pipeline):
    """今年，共新建…, 全年累计组建…: time words and a total word before the verb leave the subject
    where the paragraph's last sentence put it; 当年共有…人 says who there was, and carries nothing."""
    for opener in ("今年，共", "全年累计"):
        doc = run_doc(f"标题\n旌德县总工会走访多家物流园区。{opener}新建货运企业工会7个，吸纳会员265人。", pipeline)
        assert _subject_of(doc, "7个") == _subject_of(doc, "265人") == "旌德县总工会"
    doc = run_doc("标题\n旌德县总工会走访多家物流园区。当天共有265人现场登记入会。", pipeline)
    assert _subject_of(doc, "265人") is None


def test_a_bracketed_aside_between_the_noun_and_the_figure_leaves_the_noun_counted(pipeline):
    """走访困难职工（含农民工）58人: the aside in brackets names the same people more closely; the noun
    before it is what the figure counts."""
    doc = run_doc("标题\n泾县总工会走访困难职工（含农民工）58人，慰问劳动模范（先进工作者）17名。", pipeline)
    assert _object_of(doc, "58人") == "困难职工"
    assert _object_of(doc, "17名") == "劳动模范"


def test_a_place_of_origin_before_the_people_counted_is_part_of_the_noun(pipeline):
    """看望绩溪籍务工人员代表43名: 籍 makes the place where the people come from (units.json
    origin_markers); the people are what is counted, the place is no name standing for the figure."""
    doc = run_doc("标题\n春节前，工会看望绩溪籍务工人员代表43名。", pipeline)
    assert "务工人员" in _object_of(doc, "43名")


def test_a_total_after_a_head_count_clause_counts_no_measure_word(pipeline):
    """看望环卫工人236名，共计5.9万元: the clause before ends with a figure, not with a topic; the money
    counts 资金 (default_objects), never the measure word 名."""
    doc = run_doc("标题\n泾县总工会此次看望环卫工人236名，共计5.9万元。", pipeline)
    assert _object_of(doc, "5.9万元") != "名"


def test_a_programme_named_before_the_counted_money_is_no_doer(pipeline):
    """某总工会筹集的“暖冬行动”资金达860万元: the programme says what the money is for; the body
    opening the clause raised it, and with all levels raising it (各级工会) nobody named did."""
    doc = run_doc("标题\n泾县总工会启动“暖冬行动”。\n泾县总工会筹集的“暖冬行动”资金达860万元。", pipeline)
    assert _subject_of(doc, "860万元") == "泾县总工会"
    doc = run_doc("标题\n泾县总工会启动“暖冬行动”。\n今年，全县各级工会筹集的“暖冬行动”资金超过860万元。", pipeline)
    assert _subject_of(doc, "超过860万元") is None


def test_people_named_with_their_place_are_counted_as_named(pipeline):
    """其中涌现出安徽省技术能手3人: a place opening a noun that names people is part of what is counted
    (not the figure before's object); a place alone (其中宣城市12名) still counts nothing."""
    doc = run_doc("标题\n该工作室累计培训驾驶员600余人次，其中涌现出安徽省技术能手3人、宣城市技术能手7人。", pipeline)
    assert "技术能手" in _object_of(doc, "3人") and "技术能手" in _object_of(doc, "7人")


def test_an_aside_inside_the_noun_after_the_figure_keeps_the_whole_noun(pipeline):
    """组建9个员工（工匠）技术攻关小组: the bracketed aside stands inside the counted noun, which goes on
    after it; an aside after the whole noun (200名职工（含农民工）办理…) leaves the noun alone."""
    doc = run_doc("标题\n该集团已组建9个员工（工匠）技术攻关小组。区总工会为200名职工（含农民工）办理了互助保障。", pipeline)
    assert _object_of(doc, "9个").endswith("攻关小组")
    assert _object_of(doc, "200名") == "职工"


def test_a_contest_score_is_a_fact_of_the_person_who_scored_it(pipeline):
    """钳工组长某某以93.5分的成绩夺冠: 分 is a score only next to its context words (成绩, 得分:
    units.json context_units, context_units_after), never in 十分 or 三分之一; the person scoring owns it.
    Ships count with 艘."""
    doc = run_doc("标题\n钳工组长邵可馨以93.5分的成绩夺冠。这项工作十分重要，约占三分之一。船厂交付货船5艘。", pipeline)
    assert [(f.text, f.unit) for f in doc.facts] == [("93.5分", "分"), ("5艘", "艘")]
    assert _subject_of(doc, "93.5分") == "邵可馨"


def test_a_verbal_head_closing_the_noun_after_the_figure_is_part_of_it(pipeline):
    """每月发放300元的伙食补助。: jieba tags 补助 a verb, but closing the phrase after a noun it is the
    compound's head (compound_modifiers, nominal_verbs), and what the money counts."""
    doc = run_doc("标题\n区总工会还为每名学员每月发放300元的伙食补助。", pipeline)
    assert _object_of(doc, "300元") == "伙食补助"


def test_a_list_of_goods_closed_by_deng_counts_the_noun_after_it(pipeline):
    """送去价值3.6万元的大米、挂面、菜籽油等过冬物资: the list after the figure names the goods, the noun
    after 等 is what the money counts; with none after 等 the whole list is."""
    doc = run_doc("标题\n工会为困难职工送去价值3.6万元的大米、挂面、菜籽油等过冬物资。", pipeline)
    assert _object_of(doc, "3.6万元") == "过冬物资"
    doc = run_doc("标题\n工会为困难职工送去价值7000元的棉被、棉衣等。", pipeline)
    assert _object_of(doc, "7000元") == "棉被、棉衣"


def test_a_delegation_opening_the_sentence_acts_for_the_body_that_sent_it(pipeline):
    """慰问组一行先后来到…，慰问了…: the delegation (subject_cues.delegation_openers) names no body of its
    own; its figures are the article's acting body's."""
    doc = run_doc("标题\n1月12日，枫林县总工会启动“两节”走访慰问。\n"
                  "慰问组一行先后来到自来水公司、客运站，看望了86名一线职工。", pipeline)
    assert _subject_of(doc, "86名") == "枫林县总工会"


def test_products_count_with_kuan_and_bodies_listed_after_jia_are_counted_whole(pipeline):
    """展出300多款产品: 款 counts models of a product; 有64家茶叶、竹木加工企业: 家 counts bodies, and
    the list goes on to the item that names them (doer_heads), so the whole list is counted."""
    doc = run_doc("标题\n届时将有64家茶叶、竹木加工企业带来300多款产品参展。", pipeline)
    assert _object_of(doc, "64家") == "茶叶、竹木加工企业"
    assert _object_of(doc, "300多款") == "产品"


def test_a_nominal_verb_that_lac_reads_as_a_noun_goes_on_with_the_noun_after_the_figure(pipeline):
    """另有15家社会组织参加: jieba tags 组织 a verb, LAC reads it as a noun word of its own after 社会;
    the counted noun is 社会组织, not 社会."""
    doc = run_doc("标题\n活动共有40家企业、另有15家社会组织参加。", pipeline)
    assert _object_of(doc, "15家") == "社会组织"


def test_a_target_or_a_condition_with_yishang_is_at_least(pipeline):
    """力争年内新建驿站40个以上: 以上 in a target (threshold_cues) is at_least; 对月收入在8000元以上的职工:
    in a condition too; 至少配备2名 (a bound earlier in the clause) is at_least; a report (目前已建成
    驿站40个以上) stays more_than."""
    doc = run_doc("标题\n市总工会力争年内新建驿站40个以上。目前已建成驿站65个以上。"
                  "对月收入在8000元以上的职工不予补助。每个站点至少配备2名志愿者。已有30%以上的职工参与。", pipeline)
    approx = {f.text: f.approx for f in doc.facts}
    assert approx["40个"] == approx["8000元"] == approx["2名"] == "at_least"
    assert approx["65个"] == approx["30%"] == "more_than"  # 30%以上的职工: a report, not a condition


def test_a_share_after_yuezhan_is_about(pipeline):
    """女职工约占职工总数的42%: 约 stands before 占, not the figure, and still makes it about."""
    doc = run_doc("标题\n该厂现有女职工900余人，约占职工总数的42%。", pipeline)
    assert next(f for f in doc.facts if f.text == "42%").approx == "about"


def test_an_inclusive_bound_in_brackets_is_one_fact_at_least(pipeline):
    """每班在25人以上（含25人）: the bracket says the bound is inclusive; one fact, at_least, and the
    bracketed figure is no second fact."""
    doc = run_doc("标题\n暑托班每班在25人以上（含25人），托管时间不少于15天。", pipeline)
    assert [(f.text, f.approx) for f in doc.facts] == [("25人", "at_least"), ("15天", "at_least")]
