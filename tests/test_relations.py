from conftest import run_doc


def rels(doc, rel_type=None):
    """(type, head name, tail name, position) of the document's relations, optionally of one type."""
    return {(r.type, doc.entities[r.head].name, doc.entities[r.tail].name, r.position)
            for r in doc.relations if rel_type in (None, r.type)}


def runs_of(doc):
    """(runner, programme) names of the document's RUNS relations."""
    return {(head, tail) for _, head, tail, _ in rels(doc, "RUNS")}


def test_runs_and_blocked_verbs(pipeline):
    doc = run_doc(
        "标题\n六盘水市总工会还为安置点提供资金支持，建设“温暖帮扶超市”；组织开展“护工就业行动”。"
        "下一步，六盘水市总工会将依托新时代工人讲习所、劳模讲堂等阵地开展工作。",
        pipeline,
    )
    got = rels(doc, "RUNS")
    assert got == {("RUNS", "六盘水市总工会", "温暖帮扶超市", None), ("RUNS", "六盘水市总工会", "护工就业行动", None)}


def test_issued_but_not_when_approved_by(pipeline):
    doc = run_doc(
        "标题\n经六盘水市委研究同意，于去年9月印发了《六盘水市总工会改革方案》。"
        "经过协商，六盘水市总工会出台了《六盘水市公开招考聘用基层工会社会工作者方案》。",
        pipeline,
    )
    got = rels(doc, "ISSUED")
    assert got == {("ISSUED", "六盘水市总工会", "六盘水市公开招考聘用基层工会社会工作者方案", None)}


def test_joint_issuers_each_get_a_relation(pipeline):
    doc = run_doc("标题\n杭州市总工会、杭州市人社局联合印发《杭州市职工技能提升行动方案》。", pipeline)
    got = {r[1] for r in rels(doc, "ISSUED")}
    assert got == {"杭州市总工会", "杭州市人社局"}


def test_holds_position_from_parenthesis_and_verb(pipeline):
    doc = run_doc("标题\n会上，李明（南京市总工会副主席）作报告。王芳当选为南京市总工会主席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "李明", "南京市总工会", "副主席") in got
    assert ("HOLDS_POSITION", "王芳", "南京市总工会", "主席") in got


def test_located_in_from_the_text(pipeline):
    doc = run_doc("标题\n浙江巨能重工有限公司位于杭州市余杭区，公司工会十分活跃。", pipeline)
    assert ("LOCATED_IN", "浙江巨能重工有限公司", "杭州市余杭区", None) in rels(doc)
    place = next(e for e in doc.entities if e.name == "杭州市余杭区")
    assert place.normalized == {"province": "浙江省", "city": "杭州市", "county": "余杭区", "code": "330110"}


def test_a_party_group_title_and_the_next_title_go_to_the_body(pipeline):
    doc = run_doc("标题\n浙江省总工会召开会议。浙江省总工会党组书记、常务副主席王建军出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert got == {("HOLDS_POSITION", "王建军", "浙江省总工会", "党组书记"),
                   ("HOLDS_POSITION", "王建军", "浙江省总工会", "常务副主席")}


def test_bare_union_in_a_chain_is_the_company_union(pipeline):
    doc = run_doc("标题\n鞍山宏达钢铁集团有限公司党委副书记、工会主席周红梅介绍了协商情况。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert got == {("HOLDS_POSITION", "周红梅", "鞍山宏达钢铁集团有限公司", "党委副书记"),
                   ("HOLDS_POSITION", "周红梅", "鞍山宏达钢铁集团有限公司工会", "主席")}


def test_issued_by_the_body_a_document_is_named_after(pipeline):
    doc = run_doc("标题\n桂阳县总工会召开全委会议，会议审议通过了《桂阳县总工会2023年工作要点》。", pipeline)
    assert ("ISSUED", "桂阳县总工会", "桂阳县总工会2023年工作要点", None) in rels(doc, "ISSUED")


def test_contract_parties_issue_the_contract(pipeline):
    doc = run_doc("标题\n澄江港务集团有限公司工会与澄江港务集团有限公司签订了《澄江港务集团2024年度工资专项集体合同》。",
                  pipeline)
    issuers = {r[1] for r in rels(doc, "ISSUED")}
    assert {"澄江港务集团有限公司工会", "澄江港务集团有限公司"} <= issuers


def test_located_in_under_a_place(pipeline):
    doc = run_doc("标题\n张庄村是东坝头镇下辖的一个村，兰考县总工会在这里开展帮扶。", pipeline)
    got = rels(doc, "LOCATED_IN")
    if not any(e.name == "张庄村" for e in doc.entities):
        import pytest

        pytest.skip("张庄村 not recognised as a PLACE by this backend")
    assert ("LOCATED_IN", "张庄村", "东坝头镇", None) in got


def test_a_named_zone_lies_in_the_division_it_is_named_after(pipeline):
    doc = run_doc("标题\n十堰市总工会在十堰经济技术开发区启动送清凉活动，十堰市各级工会参加。", pipeline)
    assert ("LOCATED_IN", "十堰经济技术开发区", "十堰市", None) in rels(doc, "LOCATED_IN")
    chain = run_doc("标题\n绵阳市游仙区总工会到绵阳市游仙区开展活动，绵阳市总工会参加。", pipeline)
    assert not any(r[1] == "绵阳市游仙区" for r in rels(chain, "LOCATED_IN"))  # a chain, not a zone


def test_a_mayor_holds_the_title_in_the_government_not_the_party_committee(pipeline):
    doc = run_doc("标题\n江城市委副书记、市长李强出席会议。江城市人民政府有关部门负责人参加。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "李强", "江城市人民政府", "市长") in got
    assert ("HOLDS_POSITION", "李强", "江城市委", "副书记") in got
    doc = run_doc("标题\n江城市委副书记、市长李强出席会议。", pipeline)
    assert not any(r[3] == "市长" for r in rels(doc, "HOLDS_POSITION"))  # no government named: none


def test_a_body_issues_the_reports_written_right_after_its_name(pipeline):
    doc = run_doc("标题\n会议审议了县工会第九届委员会《工作报告》、《财务工作报告》和《经审工作报告》。", pipeline)
    got = {(r[1], r[2]) for r in rels(doc, "ISSUED")}
    assert got == {("县工会第九届委员会", d) for d in ("工作报告", "财务工作报告", "经审工作报告")}


def test_a_body_described_as_one_of_a_places_lies_in_it(pipeline):
    doc = run_doc("标题\n近日，江苏恒锐精密机械有限公司举办技能比武。恒锐精密是苏州工业园区的一家外资企业，"
                  "公司工会今年新发展会员120名。", pipeline)
    assert ("LOCATED_IN", "江苏恒锐精密机械有限公司", "苏州工业园区", None) in rels(doc, "LOCATED_IN")
    plain = run_doc("标题\n恒锐精密机械有限公司是苏州工业园区重点扶持的企业。", pipeline)
    assert not rels(plain, "LOCATED_IN")  # 是Y重点扶持的…: what Y does, not where X is


def test_a_model_place_takes_the_zone_suffix_after_it(pipeline):
    from unionie.core.document import Mention
    from unionie.entities.recognizers import with_zone

    doc = run_doc("标题\n澳丰石化是大亚湾石化区的骨干企业。", pipeline)
    s = doc.text.index("大亚湾")
    assert with_zone(doc, Mention(s, s + 3, "PLACE", "大亚湾", "neural")).text == "大亚湾石化区"
    s = doc.text.index("澳丰")
    assert with_zone(doc, Mention(s, s + 4, "ORG", "澳丰石化", "neural")).text == "澳丰石化"
    park = run_doc("标题\n区总工会走进黔湾物流园，为货车司机送清凉。", pipeline)
    s = park.text.index("黔湾")
    zone = with_zone(park, Mention(s, s + 5, "ORG", "黔湾物流园", "neural"))
    assert (zone.type, zone.text) == ("PLACE", "黔湾物流园")  # a model ORG ending in a zone suffix


def test_a_document_named_after_a_companys_short_name_is_the_companys(pipeline):
    doc = run_doc("标题\n广西晟达机械股份有限公司召开职代会，审议了《晟达机械2025年度厂务公开目录》。", pipeline)
    assert ("ISSUED", "广西晟达机械股份有限公司", "晟达机械2025年度厂务公开目录", None) in rels(doc, "ISSUED")


def test_issued_after_according_to_and_revised(pipeline):
    doc = run_doc("标题\n按照宁远县总工会去年出台的《宁远县职工互助保障实施办法》，职工可申领补助。", pipeline)
    assert ("ISSUED", "宁远县总工会", "宁远县职工互助保障实施办法", None) in rels(doc, "ISSUED")
    doc = run_doc("标题\n今年，宁远县总工会对《宁远县职工互助保障实施办法》进行了修订。", pipeline)
    assert ("ISSUED", "宁远县总工会", "宁远县职工互助保障实施办法", None) in rels(doc, "ISSUED")
    doc = run_doc("标题\n按照宁远县总工会要求，各基层工会学习《中国工会章程》。", pipeline)
    assert not rels(doc, "ISSUED")  # the body asked; it did not issue the charter


def test_a_deputy_from_a_place_is_no_body_in_it(pipeline):
    doc = run_doc("标题\n来自宁远县的全国人大代表、宁远县水泥厂工会主席李国平发言。", pipeline)
    assert not any(r[1] == "全国人大" for r in rels(doc, "LOCATED_IN"))
    doc = run_doc("标题\n位于宁远县的湘南水泥厂工会今年新发展会员80名。", pipeline)
    assert ("LOCATED_IN", "湘南水泥厂工会", "宁远县", None) in rels(doc, "LOCATED_IN")


def test_a_bare_department_in_a_chain_is_the_department_of_the_body_before_it(pipeline):
    doc = run_doc("标题\n宁远县总工会召开全委会议。县委常委、宣传部部长李晓岚出席会议。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "李晓岚", "宁远县委", "常委") in got
    assert ("HOLDS_POSITION", "李晓岚", "宁远县委宣传部", "部长") in got
    alone = run_doc("标题\n宁远县总工会召开全委会议。宣传部部长李晓岚出席会议。", pipeline)
    assert not rels(alone, "HOLDS_POSITION")  # whose department, the text does not say


def test_names_listed_before_an_appointment_share_it_and_its_body(pipeline):
    doc = run_doc("标题\n在随后召开的全委会上，刘志远当选宁远县总工会主席，王珊、陈可当选副主席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "刘志远", "宁远县总工会", "主席") in got
    assert {("HOLDS_POSITION", n, "宁远县总工会", "副主席") for n in ("王珊", "陈可")} <= got


def test_names_listed_after_a_title_hold_it_in_the_body_before_it(pipeline):
    doc = run_doc("标题\n大会选举产生了宁远县总工会第十届委员会。当选宁远县总工会第十届委员会常务委员的有"
                  "（按姓氏笔画为序）：马晓东、孙立恒、何佩芸。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert {("HOLDS_POSITION", n, "宁远县总工会第十届委员会", "常务委员") for n in ("马晓东", "孙立恒", "何佩芸")} <= got
    plain = run_doc("标题\n宁远县总工会主席：马晓东表示，今年将新建驿站20个。", pipeline)
    assert ("HOLDS_POSITION", "马晓东", "宁远县总工会", "主席") in rels(plain, "HOLDS_POSITION")


def test_bodies_served_do_not_run_what_is_built_for_them(pipeline):
    doc = run_doc("标题\n宁远县总工会为湘南水泥有限公司、宁远电力有限公司新建的“职工书屋”配送图书2000册。", pipeline)
    runs = rels(doc, "RUNS")
    assert ("RUNS", "宁远县总工会", "职工书屋", None) in runs
    assert not any(r[1] in ("湘南水泥有限公司", "宁远电力有限公司") for r in runs)


def test_a_union_programme_is_not_run_by_the_unions_partners(pipeline):
    doc = run_doc("标题\n宁远县总工会联合县司法局、县人社局开展“工会法律援助进工地”活动。", pipeline)
    runs = rels(doc, "RUNS")
    assert ("RUNS", "宁远县总工会", "工会法律援助进工地", None) in runs
    assert not any(r[1] in ("宁远县司法局", "宁远县人社局") for r in runs)


def test_joint_organisers_run_what_the_text_names_before_them(pipeline):
    doc = run_doc("标题\n近日，第五届宁远县“供电服务之星”劳动和技能竞赛圆满落幕。竞赛由宁远县总工会、县能源工会委员会主办，"
                  "宁远供电公司承办。", pipeline)
    runners = {r[1] for r in rels(doc, "RUNS") if r[2] == "供电服务之星"}
    assert {"宁远县总工会", "宁远供电公司"} <= runners


def test_a_bare_title_after_a_named_holder_is_held_in_the_same_body(pipeline):
    doc = run_doc("标题\n宁远县总工会主席李文华、副主席司马军一起陪同慰问。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "李文华", "宁远县总工会", "主席") in got
    assert ("HOLDS_POSITION", "司马军", "宁远县总工会", "副主席") in got


def test_the_body_where_something_is_held_does_not_run_it(pipeline):
    doc = run_doc("标题\n4月23日，宁远县总工会联合县农商银行工会在县农商银行城南支行举办“书香农商”读书分享会。", pipeline)
    runs = runs_of(doc)
    assert ("宁远县总工会", "书香农商") in runs and ("县农商银行工会", "书香农商") in runs, runs
    assert not any(head.endswith("支行") for head, _ in runs)


def test_the_subject_of_an_organising_sentence_points_back_to_the_programme(pipeline):
    doc = run_doc(
        "标题\n5月8日，宁远县总工会举行2024年“宁远工匠”发布活动。县总工会主席讲话指出，"
        "各级工会要深入实施产业工人技能提升工程。据介绍，本次发布活动由县总工会宣传部和县融媒体中心联合主办。",
        pipeline,
    )
    runs = runs_of(doc)
    assert ("宁远县融媒体中心", "宁远工匠") in runs, runs
    assert not any(head == "宁远县融媒体中心" and tail != "宁远工匠" for head, tail in runs)


def test_calling_a_hotline_does_not_run_it(pipeline):
    doc = run_doc("标题\n宁远县总工会开展送清凉活动。职工如遇高温津贴拖欠，可拨打12351职工服务热线投诉。", pipeline)
    runs = runs_of(doc)
    assert ("宁远县总工会", "送清凉") in runs and not any(t == "12351职工服务热线" for _, t in runs), runs


def test_a_body_meeting_at_its_own_premises_lies_in_the_place(pipeline):
    doc = run_doc("标题\n6月2日，湖南宁远鑫达机械有限公司在舜陵街道生产基地举行技能比武。", pipeline)
    places = [m.text for m in doc.mentions if m.type == "PLACE"]
    assert "舜陵街道" in places and "舜陵街道生产基地" not in places
    assert ("LOCATED_IN", "湖南宁远鑫达机械有限公司", "舜陵街道", None) in rels(doc, "LOCATED_IN")
    hall = run_doc("标题\n6月2日，宁远县总工会在县会议中心召开全委会议。", pipeline)
    assert not rels(hall, "LOCATED_IN")  # a venue, not the body's own premises


def test_a_body_that_wins_an_award_does_not_run_it(pipeline):
    doc = run_doc("标题\n今年，宁远县水泥厂等12个单位获全国五一劳动奖状，县总工会获悉后发出贺信。", pipeline)
    assert not rels(doc, "RUNS")


def test_a_bare_federation_title_after_another_body_is_held_in_that_divisions_federation(pipeline):
    doc = run_doc("标题\n5月6日，宁远县召开工会工作会议。县人大常委会副主任、总工会主席邓建国出席会议。"
                  "县委常委、总工会主席陈国斌主持会议。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "邓建国", "宁远县人大常委会", "副主任") in got
    assert ("HOLDS_POSITION", "邓建国", "宁远县总工会", "主席") in got
    assert ("HOLDS_POSITION", "陈国斌", "宁远县总工会", "主席") in got
    assert not any(body != "宁远县总工会" and pos == "总工会主席" for _, _, body, pos in got)


def test_names_listed_right_after_a_titled_name_share_the_title(pipeline):
    doc = run_doc("标题\n5月6日，宁远县工会第十次代表大会召开。县人大常委会副主任邓建国、陈国斌、易丹出席会议。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert {("HOLDS_POSITION", n, "宁远县人大常委会", "副主任") for n in ("邓建国", "陈国斌", "易丹")} <= got
    own = run_doc("标题\n宁远县总工会召开全委会议。县总工会主席邓建国、副主席陈国斌出席会议。", pipeline)
    assert rels(own, "HOLDS_POSITION") == {("HOLDS_POSITION", "邓建国", "宁远县总工会", "主席"),
                                           ("HOLDS_POSITION", "陈国斌", "宁远县总工会", "副主席")}


def test_chains_across_a_comma_with_contracted_and_national_titles(pipeline):
    doc = run_doc("标题\n全国人大常委会副委员长、中华全国总工会主席王卫东出席。中共宁远县委常务副书记陈晓晖讲话。"
                  "宁远县委常委、统战部部长，县总工会主席刘玉泉主持会议。县委常委、组织部长王建成出席。"
                  "会议由县委书记张三主持，县总工会主席李四讲话。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "王卫东", "全国人大常委会", "副委员长") in got
    assert ("HOLDS_POSITION", "陈晓晖", "中共宁远县委", "常务副书记") in got
    assert {("HOLDS_POSITION", "刘玉泉", "宁远县委", "常委"), ("HOLDS_POSITION", "刘玉泉", "宁远县总工会", "主席")} <= got
    assert ("HOLDS_POSITION", "王建成", "宁远县委", "组织部长") in got
    assert not any(person == "李四" and pos == "书记" for _, person, _, pos in got)  # 张三's title, past a name


def test_a_union_title_after_a_comma_is_held_in_the_body_before_but_a_government_one_is_not(pipeline):
    doc = run_doc("标题\n宁远县总工会召开全委会议。县总工会常务副主席段瑶，副主席曾琦出席会议。"
                  "县人大常委会副主任、县总工会主席郑洪，副县长谭家玲出席会议。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "曾琦", "宁远县总工会", "副主席") in got
    assert not any(person == "谭家玲" and body == "宁远县总工会" for _, person, body, _ in got)
    company = run_doc("标题\n宁远机械有限公司工会组织送清凉，公司党委副书记、工会主席梁建军，工会副主席高翠萍分别带队。", pipeline)
    assert ("HOLDS_POSITION", "高翠萍", "宁远机械有限公司工会", "副主席") in rels(company, "HOLDS_POSITION")


def test_enterprise_and_civil_service_titles(pipeline):
    doc = run_doc("标题\n宁远县总工会副调研员李宝荣讲话。宁远县职工志愿者协会副理事长王芳出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "李宝荣", "宁远县总工会", "副调研员") in got
    assert ("HOLDS_POSITION", "王芳", "宁远县职工志愿者协会", "副理事长") in got


def test_a_list_of_people_elected_together_and_an_honour_inside_a_chain(pipeline):
    doc = run_doc("标题\n张立当选为湘南市总工会主席，王大力、李小红、赵明等3位同志当选为湘南市总工会副主席。"
                  "宁远电气董事长、总经理、全国劳动模范陈国栋出席。陈总表示，将支持工会工作。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    for name in ("王大力", "李小红", "赵明"):
        assert ("HOLDS_POSITION", name, "湘南市总工会", "副主席") in got
    assert ("HOLDS_POSITION", "陈国栋", "宁远电气", "董事长") in got
    assert ("HOLDS_POSITION", "陈国栋", "宁远电气", "总经理") in got
    person = next(e for e in doc.entities if e.name == "陈国栋")
    assert [m.text for m in person.mentions] == ["陈国栋", "陈总"]  # the partial form joins the full name


def test_a_publisher_named_with_its_title_holds_its_officers(pipeline):
    doc = run_doc("标题\n《湘南职工》杂志社副社长王某出席活动。", pipeline)
    assert ("HOLDS_POSITION", "王某", "《湘南职工》杂志社", "副社长") in rels(doc, "HOLDS_POSITION")
    assert not any(e.type == "DOCUMENT" for e in doc.entities)


def test_a_body_that_brings_partners_in_runs_it_with_them(pipeline):
    # 甲还联合乙开展…, 甲把…作为重点，联合乙、丙开展…, 甲也与辖区内的乙合作设立…: the lead body runs it too
    doc = run_doc("标题\n近年来，江口市总工会还联合江口市人社局开展“技能护航”活动，培训职工3000人次。", pipeline)
    assert runs_of(doc) == {("江口市总工会", "技能护航"), ("江口市人社局", "技能护航")}
    doc = run_doc("标题\n柳河县总工会把职工技能提升作为年度重点，联合县人社局、县教育局开展“金蓝领培训”行动。", pipeline)
    assert {r for r, t in runs_of(doc) if t == "金蓝领培训"} == {"柳河县总工会", "柳河县人社局", "柳河县教育局"}
    doc = run_doc("标题\n平川区总工会也与辖区内的平川宏达商贸有限公司合作设立“爱心驿站”。", pipeline)
    assert runs_of(doc) == {("平川区总工会", "爱心驿站"), ("平川宏达商贸有限公司", "爱心驿站")}


def test_a_body_named_as_guidance_does_not_run_it(pipeline):
    # 按照省总工会部署, 在省总工会和市委的坚强领导下: bodies that guide; the body before them runs it
    doc = run_doc("标题\n据悉，清溪区总工会今年按照省总工会部署，在全区建成“骑手港湾”服务点20个。", pipeline)
    assert runs_of(doc) == {("清溪区总工会", "骑手港湾")}
    doc = run_doc("标题\n过去三年，清溪市总工会在省总工会和清溪市委的坚强领导下，创新开展“清溪匠人”选树活动。", pipeline)
    assert runs_of(doc) == {("清溪市总工会", "清溪匠人")}


def test_tasks_of_an_areas_unions_are_their_federations_programmes(pipeline):
    doc = run_doc("标题\n会议要求，2024年全市各级工会要聚焦产业工人队伍建设，深化“匠心清溪”技能竞赛；"
                  "年内新建“职工之家”示范点30个。清溪市总工会主席王明出席。", pipeline)
    assert runs_of(doc) == {("清溪市总工会", "匠心清溪"), ("清溪市总工会", "职工之家")}
    # a colon opens a list of tasks with subjects of their own
    doc = run_doc("标题\n2024年全省工会要抓好三方面工作：一是开展“金桥助学”活动。清江省总工会主席王明出席。", pipeline)
    assert runs_of(doc) == set()


def test_a_companys_programme_named_after_it_is_its_unions_when_the_union_is_named(pipeline):
    doc = run_doc("标题\n近日，青岭精工机械有限公司“赵海峰数控创新工作室”被命名为市级示范工作室。"
                  "青岭精工机械有限公司工会主席李红出席。", pipeline)
    assert runs_of(doc) == {("青岭精工机械有限公司工会", "赵海峰数控创新工作室")}
    # without its union named, or where the company acts in the sentence, the company runs it
    doc = run_doc("标题\n近日，青岭精工机械有限公司“赵海峰数控创新工作室”被命名为市级示范工作室。", pipeline)
    assert runs_of(doc) == {("青岭精工机械有限公司", "赵海峰数控创新工作室")}
    doc = run_doc("标题\n青岭精工机械有限公司探索的“车间调解+律师坐班”模式取得成效。青岭精工机械有限公司工会主席李红出席。",
                  pipeline)
    assert runs_of(doc) == {("青岭精工机械有限公司", "车间调解+律师坐班")}


def test_bodies_visited_do_not_run_the_programme(pipeline):
    doc = run_doc("标题\n江口市总工会慰问组到江口市人民医院、江口市妇幼保健院开展“冬送温暖”慰问活动。", pipeline)
    assert runs_of(doc) == {("江口市总工会", "冬送温暖")}
    doc = run_doc("标题\n慰问组首先到江口市人民医院、江口市妇幼保健院，开展“冬送温暖”慰问活动。", pipeline)
    assert runs_of(doc) == set()  # the visitors are no body the article names


def test_a_national_title_is_run_by_a_national_body(pipeline):
    doc = run_doc("标题\n江口市总工会介绍，全市累计建成全国职工书屋示范点18家，江口市总工会还开展“书香江口”活动。"
                  "中华全国总工会命名全国职工书屋示范点。", pipeline)
    assert ("江口市总工会", "全国职工书屋示范点") not in runs_of(doc)
    assert ("江口市总工会", "书香江口") in runs_of(doc)
    names = [m.text for m in doc.mentions if m.type == "INITIATIVE"]
    assert names.count("全国职工书屋示范点") == 2  # the title with its level and its 示范点


def test_programmes_visited_are_not_run_by_the_visitors(pipeline):
    doc = run_doc("标题\n宁远县总工会慰问团一行走访了湘南新港物流园“司机之家”和港口职工之家，看望一线职工。", pipeline)
    assert runs_of(doc) == set()
    assert [e.name for e in doc.entities if e.type == "ORG"] == ["宁远县总工会"]  # 慰问团: the visitors
    doc = run_doc("标题\n湘南市总工会会同慰问团一行来到某某物流园“司机之家”，看望一线职工。", pipeline)
    assert runs_of(doc) == set()
    doc = run_doc("标题\n湘南市总工会走进建筑工地送清凉。全市工会要深入开展“匠心湘南”劳动和技能竞赛。湘南市总工会主席王明出席。",
                  pipeline)
    assert ("湘南市总工会", "送清凉") in runs_of(doc) and ("湘南市总工会", "匠心湘南") in runs_of(doc)


def test_bodies_named_or_honoured_do_not_run_the_title(pipeline):
    doc = run_doc("标题\n湘南市总工会决定命名湘南鑫源建设集团有限公司等20家单位职工书屋为“湘南工会职工书屋示范点”。", pipeline)
    assert ("湘南市总工会", "湘南工会职工书屋示范点") in runs_of(doc)
    assert not any(r == "湘南鑫源建设集团有限公司" for r, _ in runs_of(doc))


def test_a_departments_head_glued_to_the_department_holds_it_in_the_union(pipeline):
    doc = run_doc("标题\n9月5日，宁远县总工会法律部长李明辉在工地为农民工讲解劳动合同知识。", pipeline)
    assert ("HOLDS_POSITION", "李明辉", "宁远县总工会", "法律部长") in rels(doc, "HOLDS_POSITION")


def test_runs_list_of_programmes_after_company(pipeline):
    doc = run_doc("标题\n近日，青禾精工有限公司工会召开会议。青禾精工有限公司“甲子创新工作室”“乙丑技能工作室”"
                  "“丙寅攻关工作室”一并获评省级创新工作室。", pipeline)
    got = runs_of(doc)
    for name in ("甲子创新工作室", "乙丑技能工作室", "丙寅攻关工作室"):
        assert ("青禾精工有限公司工会", name) in got
        assert ("青禾精工有限公司", name) not in got


def test_runs_lead_with_partner_described(pipeline):
    doc = run_doc("标题\n近日在松川区，区总工会携手辖区内的松川重型机械有限公司开展“安康守护”活动。", pipeline)
    got = runs_of(doc)
    assert ("区总工会", "安康守护") in got  # the lead body, before 携手辖区内的
    assert ("松川重型机械有限公司", "安康守护") in got


def test_runs_not_for_programme_cited_as_example(pipeline):
    doc = run_doc("标题\n枫林省总工会负责人说，枫林省总工会将面向各市推广“山花互助”经验。", pipeline)
    assert not any(t == "山花互助" for _, t in runs_of(doc))


def test_runs_from_speaker_body(pipeline):
    doc = run_doc("标题\n会上，柳河市总工会主席王志远作报告。柳河市人社局派员参加会议。王志远表示，明年要把“春风助业”行动、“秋实助学”活动做深做实。",
                  pipeline)
    got = runs_of(doc)
    assert ("柳河市总工会", "春风助业") in got
    assert ("柳河市总工会", "秋实助学") in got
    assert ("柳河市人社局", "春风助业") not in got  # not the last body named before


def test_located_street_or_zone_after_division(pipeline):
    doc = run_doc("标题\n在鼓楼区湖滨路的一家书店，职工们在读书。在萧山区临江工业园区，工人们正在作业。", pipeline)
    places = {m.text for m in doc.mentions if m.type == "PLACE"}
    assert {"鼓楼区", "湖滨路", "萧山区", "临江工业园区"} <= places
    got = {(h, t) for _, h, t, _ in rels(doc, "LOCATED_IN")}
    assert ("湖滨路", "鼓楼区") in got and ("临江工业园区", "萧山区") in got


def test_located_not_for_body_before_located_attribute(pipeline):
    doc = run_doc("标题\n南江市教育局当天在位于江北区的南江市青松中学召开座谈会。", pipeline)
    got = {(h, t) for _, h, t, _ in rels(doc, "LOCATED_IN")}
    assert ("南江市青松中学", "江北区") in got
    assert ("南江市教育局", "江北区") not in got


def test_located_in_jurisdiction_named_in_sentence(pipeline):
    doc = run_doc("标题\n近日在松川区，区总工会携手辖区内的松川重型机械有限公司开展“安康守护”活动。", pipeline)
    got = {(h, t) for _, h, t, _ in rels(doc, "LOCATED_IN")}
    assert ("松川重型机械有限公司", "松川区") in got
    doc = run_doc("标题\n松川区总工会与辖区内的松川重型机械有限公司合作设立“爱心超市”。", pipeline)
    assert not rels(doc, "LOCATED_IN")  # the district only inside the union's name


def test_body_premises_place_the_body_without_relation(pipeline):
    doc = run_doc("标题\n6月8日，宁波远帆船舶重工有限公司焊工技能比赛在公司位于鄞州区的厂区开幕。", pipeline)
    assert not rels(doc, "LOCATED_IN")  # the premises lie there; the article does not say the company does
    company = next(e for e in doc.entities if e.name == "宁波远帆船舶重工有限公司")
    assert (company.normalized or {}).get("place") == "330212"


def test_runs_subject_after_purpose_clause(pipeline):
    doc = run_doc("标题\n为落实年度计划，持续推进“星火创新工作室”建设，青山市总工会表彰了一批示范工作室。", pipeline)
    assert ("青山市总工会", "星火创新工作室") in runs_of(doc)


def test_runs_not_by_body_inside_a_phrase_of_an_earlier_clause(pipeline):
    doc = run_doc("标题\n东江市总工会启动“春苗助学”活动。\n她从小就有对东江大学的向往，可是家里困难，好在“春苗助学”活动帮了大忙。",
                  pipeline)
    got = runs_of(doc)
    assert ("东江市总工会", "春苗助学") in got
    assert not any(h == "东江大学" for h, _ in got)


def test_runs_reports_of_all_levels_of_an_areas_unions(pipeline):
    doc = run_doc("标题\n石门县总工会召开全委会议。去年，全县各级工会走访企业300家；还办了“石门工匠杯”焊工比武，"
                  "600人报名。会议对全县各级工会开展的“春暖行动”作了总结。", pipeline)
    got = runs_of(doc)
    assert ("石门县总工会", "石门工匠杯") in got
    scoped = {doc.entities[r.tail].name for r in doc.relations if r.source == "rule:runs-scope"}
    assert "石门工匠杯" in scoped
    assert "春暖行动" not in scoped  # 对…各级工会开展的: the scope is no subject (the paragraph's body may still run it)


def test_runs_main_organiser_owns_what_the_sentence_goes_on_to_name(pipeline):
    doc = run_doc("标题\n第五届青川市职工运动会开幕。本届运动会由青川市总工会主办，东坡区、西岭区总工会及各行业工会承办，"
                  "设有“青川健步行”比赛等20个项目。另外，主办方下月会组织“工匠进校园”交流活动。",
                  pipeline)
    got = runs_of(doc)
    assert ("青川市总工会", "青川健步行") in got
    assert ("西岭区总工会", "青川健步行") not in got  # a host body, not the owner
    assert ("西岭区总工会", "第五届青川市职工运动会") in got  # …及各行业工会承办: the named hosts still host it
    assert ("青川市总工会", "工匠进校园") in got  # 主办方: the body named before 主办


def test_runs_organised_by_the_body_before_zuzhi_de(pipeline):
    doc = run_doc("标题\n优胜者可报名参加云岭省总工会组织的“云岭工匠”评选。", pipeline)
    assert ("云岭省总工会", "云岭工匠") in runs_of(doc)


def test_located_firm_introduced_as_one_of_a_place(pipeline):
    doc = run_doc("石狮一鞋企工会办起夜校\n3月2日，福建青禾鞋业有限公司在宝盖镇厂区举行开班仪式。", pipeline)
    assert "石狮" in {m.text for m in doc.mentions if m.type == "PLACE"}  # not an ORG 石狮一鞋企工会
    got = {(h, t) for _, h, t, _ in rels(doc, "LOCATED_IN")}
    assert ("福建青禾鞋业有限公司", "石狮") in got


def test_located_communities_in_a_sub_districts_area(pipeline):
    doc = run_doc("标题\n日前，南翔镇总工会主席王某某为辖区内新评上“模范职工小家”的白鹤东路社区、南翔北街社区工会授牌。"
                  "大家表示要为南翔“三个片区”出力。", pipeline)
    town = next(e for e in doc.entities if e.type == "PLACE" and any(m.text == "南翔" for m in e.mentions))
    assert (town.normalized or {}).get("town") == "南翔镇"
    got = {(h, t) for _, h, t, _ in rels(doc, "LOCATED_IN")}
    assert ("白鹤东路社区", town.name) in got and ("南翔北街社区工会", town.name) in got


def test_a_national_contest_is_run_by_all_its_organisers(pipeline):
    doc = run_doc("标题\n由中华全国总工会、湘南省总工会、湘南省体育局联合举办的全国职工太极拳交流大赛在宁远县开幕。", pipeline)
    assert {r for r, _ in runs_of(doc)} == {"中华全国总工会", "湘南省总工会", "湘南省体育局"}


def test_holds_position_after_comrade_and_bracketed_note_and_comma_chain(pipeline):
    doc = run_doc(
        "标题\n会议选举产生新一届委员会，柯文静同志当选为德清县总工会主席。"
        "德清县总工会主席柯文静、副主席（兼）孟晓川、副主席石佳宁出席。"
        "湖州市总工会党组书记、主席韦德林，党组成员、副主席章一鸣到场指导。",
        pipeline,
    )
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "柯文静", "德清县总工会", "主席") in got
    assert ("HOLDS_POSITION", "孟晓川", "德清县总工会", "副主席") in got
    assert ("HOLDS_POSITION", "石佳宁", "德清县总工会", "副主席") in got
    assert ("HOLDS_POSITION", "章一鸣", "湖州市总工会", "党组成员") in got
    assert ("HOLDS_POSITION", "章一鸣", "湖州市总工会", "副主席") in got


def test_a_discipline_committee_title_and_the_union_after_it_belong_to_the_company(pipeline):
    doc = run_doc("标题\n枫林矿业公司纪委书记孟晓川，工会副主席石佳宁陪同调研。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "孟晓川", "枫林矿业公司纪委", "书记") in got
    assert ("HOLDS_POSITION", "石佳宁", "枫林矿业公司工会", "副主席") in got


def test_a_lead_body_joins_partners_named_bare_before_the_runner(pipeline):
    doc = run_doc("标题\n近日，枫林县总工会联合爱心企业、枫林县职业技术学校举办第二届“匠心杯”技能大赛。", pipeline)
    got = runs_of(doc)
    assert ("枫林县总工会", "匠心杯") in got and ("枫林县职业技术学校", "匠心杯") in got


def test_a_bare_union_title_opening_a_line_is_the_enterprise_union_named_before(pipeline):
    doc = run_doc("标题\n枫林机械厂工会举办读书分享会，三十余名职工参加。\n工会主席孟晓川为获奖职工颁奖。", pipeline)
    assert ("HOLDS_POSITION", "孟晓川", "枫林机械厂工会", "主席") in rels(doc, "HOLDS_POSITION")


def test_a_street_working_committee_title_then_a_bare_union_title(pipeline):
    doc = run_doc("标题\n枫林区青溪街道党工委副书记、工会主席孟晓川出席。", pipeline)
    assert ("HOLDS_POSITION", "孟晓川", "枫林区青溪街道工会", "主席") in rels(doc, "HOLDS_POSITION")


def test_an_official_of_a_party_committee_runs_no_programme(pipeline):
    doc = run_doc("标题\n凤台区总工会启动“圆梦助学”活动。区委常委、副区长刘岩向学生发放了“圆梦助学”资助金。"
                  "市委书记陈光为“职工书香角”揭牌。", pipeline)
    got = runs_of(doc)
    assert ("凤台区总工会", "圆梦助学") in got and not any(h.endswith("委") for h, _ in got)


def test_a_union_department_and_its_head(pipeline):
    doc = run_doc("标题\n全国总工会女职工部副部长苏晴到青州市调研女职工工作。", pipeline)
    assert any(p == "苏晴" and o.endswith("总工会女职工部") and t == "副部长"
               for _, p, o, t in rels(doc, "HOLDS_POSITION"))


def test_a_discipline_inspection_head_in_a_union_title_chain(pipeline):
    doc = run_doc("标题\n青州市总工会纪检组长孟晓川出席开班典礼。", pipeline)
    assert ("HOLDS_POSITION", "孟晓川", "青州市总工会", "纪检组长") in rels(doc, "HOLDS_POSITION")


def test_a_group_written_bare_is_no_company_named_without_group(pipeline):
    doc = run_doc("标题\n集团公司职工羽毛球比赛开幕，承办单位为青州化建公司。开幕式上，集团公司工会主席孟晓川宣布开幕，"
                  "青州化建公司总经理周原致欢迎词。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert not any(p == "孟晓川" and "化建" in o for _, p, o, _t in got)


def test_a_management_title_handed_on_from_a_company_union_is_held_in_the_company(pipeline):
    doc = run_doc("标题\n青州化工有限公司近日举行运动会。青州化工有限公司工会主席、经理助理孟晓川，工会副主席、项目经理周原出席。",
                  pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "孟晓川", "青州化工有限公司工会", "主席") in got
    assert ("HOLDS_POSITION", "孟晓川", "青州化工有限公司", "经理助理") in got
    assert ("HOLDS_POSITION", "周原", "青州化工有限公司", "项目经理") in got


def test_a_body_whose_document_or_goals_guide_the_unions_runs_nothing(pipeline):
    doc = run_doc("标题\n青州市总工会召开全委会议。会议要求，全市各级工会要认真落实市委《关于职工队伍建设的若干意见》，"
                  "做实“青州暖心行动”品牌。", pipeline)
    got = runs_of(doc)
    assert ("青州市总工会", "青州暖心行动") in got and not any(h.endswith("市委") for h, _ in got)
    doc = run_doc("标题\n青州市总工会召开全委会议。全市工会系统要认真落实市委提出的建设“两城一区”、推进“三个提升”目标要求，"
                  "大力开展“凤鸣工匠”创建活动。", pipeline)
    assert not any(h.endswith("市委") for h, _ in runs_of(doc))


def test_bodies_whose_notice_names_the_programme_still_run_it(pipeline):
    doc = run_doc("标题\n为落实青州区总工会和青州区建材业工会联合会《关于开展“匠心杯”劳动竞赛的通知》要求，"
                  "集团召开第一届“匠心杯”劳动竞赛启动会。", pipeline)
    got = runs_of(doc)
    assert ("青州区建材业工会联合会", "匠心杯") in got


def test_a_farm_or_yard_union_named_bare_holds_its_chairs_position(pipeline):
    doc = run_doc("标题\n日前，养殖场工会为女职工举办了健康讲座。工会主席陈立新向大家致以问候。全场职工踊跃参加。", pipeline)
    assert ("HOLDS_POSITION", "陈立新", "养殖场工会", "主席") in rels(doc, "HOLDS_POSITION")
    assert not any(e.name.startswith("全场") for e in doc.entities)


def test_a_job_after_an_enterprise_is_held_in_it(pipeline):
    """某公司数控车工某某: the worker holds the job in the company (source rule:job); a job after a
    station or with no body before it is held in no body."""
    record = pipeline.extract("标题\n青石精密机床有限公司数控车工赵敏获奖。援助站律师李娜当天赶到现场。"
                              "青石精密机床有限公司纺织女工吴芳来了。")
    names = {e.id: e.name for e in record.entities}
    held = {(names[r.head], names[r.tail], r.position, r.source) for r in record.relations if r.type == "HOLDS_POSITION"}
    assert ("赵敏", "青石精密机床有限公司", "数控车工", "rule:job") in held
    assert ("吴芳", "青石精密机床有限公司", "纺织女工", "rule:job") in held
    assert not any(h == "李娜" for h, *_ in held)


def test_short_committee_and_seconded_titles_in_a_union_chain(pipeline):
    """经审主任, 女工主任 (short forms of a union committee's chair) and 挂职副主席 are titles: a bare one
    after the body's title or after its listed official is held in that body."""
    doc = run_doc("标题\n青禾区总工会党组成员、经审主任邵立军到社区走访。"
                  "枫林县工会副主席刘文斌、女工主任何雨晴出席仪式。"
                  "滨江市总工会兼职副主席孙文杰、挂职副主席邹建明来到车间。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "邵立军", "青禾区总工会", "党组成员") in got
    assert ("HOLDS_POSITION", "邵立军", "青禾区总工会", "经审主任") in got
    assert ("HOLDS_POSITION", "何雨晴", "枫林县工会", "女工主任") in got
    assert ("HOLDS_POSITION", "邹建明", "滨江市总工会", "挂职副主席") in got


def test_a_government_title_is_not_handed_on_from_a_union(pipeline):
    """某总工会书记处书记甲、副省长乙: the vice-governor holds no post in the union; a party
    committee or a government named in the chain still passes a government title on."""
    doc = run_doc("标题\n全国总工会书记处书记韦思远、副省长邓建国出席开幕式。"
                  "青禾市人民政府党组成员、副市长、青禾市总工会主席黄浩出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert not any(h == "邓建国" for _, h, _, _ in got)
    assert ("HOLDS_POSITION", "黄浩", "青禾市人民政府", "副市长") in got
    assert ("HOLDS_POSITION", "黄浩", "青禾市总工会", "主席") in got


def test_a_bracketed_note_inside_a_chain_does_not_cut_it(pipeline):
    """某总工会副主席（兼）、某公司董事长某某: the note after a title in the middle of a chain is
    skipped, so the titles before it still reach the person."""
    doc = run_doc("标题\n滨江市总工会副主席（兼）、华强机械公司董事长孙文杰来到车间。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "孙文杰", "滨江市总工会", "副主席") in got
    assert ("HOLDS_POSITION", "孙文杰", "华强机械公司", "董事长") in got


def test_a_bare_administrative_committee_after_its_zones_party_committee(pipeline):
    """某开发区党工委副书记、管委会主任某某: the bare 管委会 is that zone's committee."""
    doc = run_doc("标题\n青禾经济开发区党工委副书记、管委会主任邓力出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "邓力", "青禾经济开发区党工委", "副书记") in got
    assert ("HOLDS_POSITION", "邓力", "青禾经济开发区管委会", "主任") in got


def test_a_companys_officials_listed_after_a_comma_share_its_name(pipeline):
    """某集团党委书记、董事长甲，党委副书记、总经理乙，副总经理丙: the management titles after the
    comma are the same company's; not after a government's or a union's official."""
    doc = run_doc("标题\n恒达集团党委书记、董事长吴天明，党委副书记、总经理郑小兵，副总经理钱立新陪同调研。"
                  "青禾市人民政府副市长刘成，副总经理许文出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "郑小兵", "恒达集团", "党委副书记") in got
    assert ("HOLDS_POSITION", "郑小兵", "恒达集团", "总经理") in got
    assert ("HOLDS_POSITION", "钱立新", "恒达集团", "副总经理") in got
    assert not any(h == "许文" for _, h, _, _ in got)


def test_a_secretariat_named_bare_in_a_chain_is_the_federations(pipeline):
    """某总工会副主席、书记处书记某某: the bare 书记处 is that federation's secretariat."""
    doc = run_doc("标题\n中华全国总工会党组成员、副主席、书记处书记韦思远出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "韦思远", "中华全国总工会", "副主席") in got
    assert ("HOLDS_POSITION", "韦思远", "中华全国总工会书记处", "书记") in got


def test_more_company_titles_reach_the_company(pipeline):
    """总裁, 执行董事, 执行副总经理, 代总经理 are management titles like 总经理."""
    doc = run_doc("标题\n青禾能源分公司党委书记、执行董事王刚出席。青禾资产公司党委书记黄海、总裁王斌参加了会议。"
                  "青禾集团公司执行副总经理、代总经理干文主持会议。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "王刚", "青禾能源分公司", "执行董事") in got
    assert ("HOLDS_POSITION", "王斌", "青禾资产公司", "总裁") in got
    assert ("HOLDS_POSITION", "干文", "青禾集团公司", "执行副总经理") in got
    assert ("HOLDS_POSITION", "干文", "青禾集团公司", "代总经理") in got


def test_a_bare_committee_opening_the_next_officials_chain_is_the_listed_bodys(pipeline):
    """某总工会副主席甲、经审会主任乙; 某集团党委副书记甲、党群部主任乙: the bare committee or
    department is the listed body's own."""
    doc = run_doc("标题\n青禾市总工会副主席苗一川、经审会主任李曼出席。枫林城建集团党委副书记费立言、党群部主任汤芸到场。",
                  pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "李曼", "青禾市总工会经费审查委员会", "主任") in got
    assert ("HOLDS_POSITION", "汤芸", "枫林城建集团党群部", "主任") in got


def test_jian_joins_two_titles_in_a_chain(pipeline):
    """某总工会党组书记兼常务副主席某某: 兼 joins two titles like 、, and the second shares the body."""
    doc = run_doc("标题\n青禾市总工会党组书记兼常务副主席张林出席。枫林市人大常委会副主任兼枫林市总工会主席李涛致辞。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "张林", "青禾市总工会", "党组书记") in got
    assert ("HOLDS_POSITION", "张林", "青禾市总工会", "常务副主席") in got
    assert ("HOLDS_POSITION", "李涛", "枫林市人大常委会", "副主任") in got
    assert ("HOLDS_POSITION", "李涛", "枫林市总工会", "主席") in got


def test_a_bodys_party_committee_running_into_its_secretarys_title(pipeline):
    """某总工会党组成员、机关党委书记某某: 书记 of that body's 机关党委, and the chain goes on to the
    title before it; 常务副部长 is a title."""
    doc = run_doc("标题\n青禾县总工会党组成员、机关党委书记韩春生带队。枫林市委宣传部常务副部长、机关党委书记阮光出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "韩春生", "青禾县总工会", "党组成员") in got
    assert ("HOLDS_POSITION", "韩春生", "青禾县总工会机关党委", "书记") in got
    assert ("HOLDS_POSITION", "阮光", "枫林市委宣传部", "常务副部长") in got
    assert ("HOLDS_POSITION", "阮光", "枫林市委宣传部机关党委", "书记") in got


def test_a_modifier_before_a_title_is_part_of_it(pipeline):
    """驻会副主席, 专职副主席, 常务副部长: a modifier (people.json title_modifiers) makes one title
    with the title after it, so the chain is not cut there."""
    doc = run_doc("标题\n青禾市总工会党组成员、驻会副主席胡兵，专职副主席吴敏出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "胡兵", "青禾市总工会", "党组成员") in got
    assert ("HOLDS_POSITION", "胡兵", "青禾市总工会", "驻会副主席") in got
    assert ("HOLDS_POSITION", "吴敏", "青禾市总工会", "专职副主席") in got


def test_a_union_committee_in_a_chain_is_the_bodys_and_holds_the_chair(pipeline):
    """某总工会副主席、女职委主任某某; 某总工会党组成员、女职工委员会主任某某: the committee (short or
    full name) is that body's, named in full, and the title is 主任."""
    doc = run_doc("标题\n青禾市总工会调研员、经审委主任柯萍陪同调研。枫林市总工会副主席、女职委主任陈幼萍出席。"
                  "松原县总工会党组成员、女职工委员会主任何静讲话。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "柯萍", "青禾市总工会经费审查委员会", "主任") in got
    assert ("HOLDS_POSITION", "陈幼萍", "枫林市总工会女职工委员会", "主任") in got
    assert ("HOLDS_POSITION", "何静", "松原县总工会", "党组成员") in got
    assert ("HOLDS_POSITION", "何静", "松原县总工会女职工委员会", "主任") in got


def test_a_chair_chain_opening_a_sentence_is_held_in_the_union_of_the_sentence_before(pipeline):
    doc = run_doc("标题\n9月3日，县总工会召开全县工会财务工作会议。县总工会党组成员、经审主任何立新通报了上半年经费收支情况。"
                  "党组书记、常务副主席宋海波强调，各级工会要管好用好经费。副主席陈丽主持会议。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert {("HOLDS_POSITION", "宋海波", "县总工会", "党组书记"), ("HOLDS_POSITION", "宋海波", "县总工会", "常务副主席"),
            ("HOLDS_POSITION", "陈丽", "县总工会", "副主席")} <= got
    doc = run_doc("标题\n县政协副主席何立新出席。会上，县总工会表彰了先进集体。副主席陈丽主持会议。", pipeline)
    assert not any(r[1] == "陈丽" for r in rels(doc, "HOLDS_POSITION"))  # the sentence before names no chain


def test_a_person_who_is_a_bodys_officer_holds_its_titles(pipeline):
    doc = run_doc("标题\n慰问组看望了全国劳模郑远航。郑远航是江城重型机械集团有限公司党委书记、董事长，从业四十年。"
                  "随后看望了周晓梅，周晓梅是江城纺织厂退休职工。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert got == {("HOLDS_POSITION", "郑远航", "江城重型机械集团有限公司", "党委书记"),
                   ("HOLDS_POSITION", "郑远航", "江城重型机械集团有限公司", "董事长")}


def test_an_elected_union_committee_is_no_company_and_no_election(pipeline):
    doc = run_doc("标题\n5月8日，江城集团召开职代会。大会补选集团第三届工会委员会委员3人，工会委员会全体会议选举李国栋"
                  "为集团工会主席。", pipeline)
    assert ("HOLDS_POSITION", "李国栋", "江城集团工会", "主席") in rels(doc, "HOLDS_POSITION")
    assert not any("补选" in m.text for m in doc.mentions if m.type == "ORG")


def test_an_organs_party_committee_holds_its_secretary_and_civil_service_ranks_are_titles(pipeline):
    doc = run_doc("标题\n省总工会机关党委书记张立新出席会议。市总工会机关党委副书记周凯主持。"
                  "市总工会党组成员赵明、四级调研员孙倩参加。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert {("HOLDS_POSITION", "张立新", "省总工会机关党委", "书记"),
            ("HOLDS_POSITION", "周凯", "市总工会机关党委", "副书记")} <= got
    assert any(r[1] == "孙倩" and r[3] == "四级调研员" for r in got)


def test_runs_this_match_points_back_to_the_contest_named_sentences_before(pipeline):
    doc = run_doc(
        "标题\n经过一个月的选拔，安顺市第二届职工职业技能大赛电工比赛于9月5日开赛。"
        "市总工会副主席陈立群到赛场观看比赛。共有120名选手参赛。来自各县区的选手表现出色。"
        "此项赛事是由市总工会主办，市教育局、市人社局共同协办，分4个赛区进行。",
        pipeline,
    )
    got = runs_of(doc)
    for body in ("安顺市总工会", "安顺市人社局", "安顺市教育局"):
        assert (body, "安顺市第二届职工职业技能大赛") in got


def test_runs_not_by_schools_listed_with_places_after_a_destination_verb(pipeline):
    doc = run_doc(
        "标题\n春节前夕，平潭县总工会赴苏澳镇、流水镇、城关中学、实验小学等地，开展“暖冬行动”慰问活动。",
        pipeline,
    )
    got = runs_of(doc)
    assert ("平潭县总工会", "暖冬行动") in got
    assert not {b for b, _ in got} & {"城关中学", "实验小学"}


def test_runs_not_by_body_inside_an_opening_purpose_clause(pipeline):
    doc = run_doc(
        "标题\n为把宏达集团3万名职工的干劲凝聚到生产一线，深入推动“安全生产大家谈”活动的开展，"
        "宏达集团工会从4月起在各车间开展劳动竞赛。",
        pipeline,
    )
    got = runs_of(doc)
    assert ("宏达集团工会", "安全生产大家谈") in got
    assert ("宏达集团", "安全生产大家谈") not in got


def test_runs_not_by_the_venue_alone_after_zai(pipeline):
    doc = run_doc(
        "标题\n今年春节，开福区总工会启动“暖冬关爱”系列活动。"
        "在开福区职工服务中心等服务阵地，开展“法律进社区”咨询活动。",
        pipeline,
    )
    got = runs_of(doc)
    assert ("开福区总工会", "法律进社区") in got
    assert ("开福区职工服务中心", "法律进社区") not in got



def test_runs_not_by_a_host_named_in_an_earlier_clause_as_paragraph_subject(pipeline):
    doc = run_doc(
        "标题\n昨天，泉州市第五届职工运动会开幕。本届运动会由市总工会主办，市工人文化宫承办，设8个大项。"
        "开幕式上，12支代表团进行了风采展示。泉州市职工运动会每三年举办一次。",
        pipeline,
    )
    got = runs_of(doc)
    assert ("市工人文化宫", "泉州市第五届职工运动会") in got or ("泉州市工人文化宫", "泉州市第五届职工运动会") in got
    assert not any(p == "泉州市职工运动会" and "文化宫" in b for b, p in got)


def test_runs_by_the_lead_body_that_joins_a_partner_with_lianshou(pipeline):
    doc = run_doc(
        "标题\n今年以来，沭阳县总工会联手县书法家协会，在职工之家等阵地组织开展“墨香润职工”书法公益课。",
        pipeline,
    )
    got = runs_of(doc)
    assert ("沭阳县总工会", "墨香润职工") in got


def test_runs_a_programme_named_inside_a_phrase_of_guidance_by_its_body(pipeline):
    doc = run_doc(
        "标题\n今年以来，城东开发区工会工委按照市总工会着力打造“工会暖心站”服务品牌的部署要求，走进基层。",
        pipeline,
    )
    assert ("市总工会", "工会暖心站") in runs_of(doc)


def test_runs_by_both_parties_when_shuangfang_opens_the_clause(pipeline):
    doc = run_doc(
        "标题\n4月9日，江门市总工会在工会大楼举行签约仪式，与江门农商银行签订合作协议，"
        "双方将在“江门工会会员卡”的发行和推广等方面展开合作。",
        pipeline,
    )
    got = runs_of(doc)
    assert {("江门市总工会", "江门工会会员卡"), ("江门农商银行", "江门工会会员卡")} <= got


def test_union_title_after_an_election_with_no_body_is_held_in_the_union_named_before(pipeline):
    doc = run_doc("标题\n华兴机械有限公司工会召开会员代表大会。王海涛同志当选为工会主席，李明、赵刚当选为工会副主席。",
                  pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "王海涛", "华兴机械有限公司工会", "主席") in got
    assert {("HOLDS_POSITION", n, "华兴机械有限公司工会", "副主席") for n in ("李明", "赵刚")} <= got


def test_a_union_or_company_department_run_into_its_heads_title_holds_it_in_the_body(pipeline):
    doc = run_doc("标题\n3月2日，宁远县总工会民管部长陶静、生活保障部长吴立平到企业走访。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "陶静", "宁远县总工会", "民管部长") in got
    assert ("HOLDS_POSITION", "吴立平", "宁远县总工会", "生活保障部长") in got
    firm = run_doc("标题\n6月8日，华兴机械有限公司安全部长周立新带队到车间开展隐患排查。", pipeline)
    assert ("HOLDS_POSITION", "周立新", "华兴机械有限公司", "安全部长") in rels(firm, "HOLDS_POSITION")


def test_titles_handed_on_from_a_bodys_own_party_unit_are_held_in_the_body(pipeline):
    doc = run_doc("标题\n宁远县总工会开展蹲点工作。4月2日，宁远县总工会机关党委书记郑德昌、二级调研员孙丽华、财务部长何建东一行到乡镇调研。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "孙丽华", "宁远县总工会", "二级调研员") in got
    assert ("HOLDS_POSITION", "何建东", "宁远县总工会", "财务部长") in got


def test_a_level_union_after_a_title_in_another_provinces_body_is_that_provinces(pipeline):
    doc = run_doc("标题\n5月6日，江西省人大常委会副主任、省总工会主席周卫国一行来到杭州市调研，"
                  "浙江省总工会副主席钱晓明陪同。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "周卫国", "江西省总工会", "主席") in got
    assert ("HOLDS_POSITION", "钱晓明", "浙江省总工会", "副主席") in got


def test_a_bare_union_title_after_an_election_skips_a_places_union(pipeline):
    doc = run_doc("标题\n华兴机械有限公司工会召开成立大会，城东区工会主席到会指导。大会选举王海涛为工会主席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "王海涛", "华兴机械有限公司工会", "主席") in got


def test_a_federation_title_after_an_official_of_that_federation_is_held_in_it(pipeline):
    doc = run_doc("标题\n9月3日，华兴机械有限公司召开职代会。高新区总工会主席林雪梅、总工会副主席赵志刚出席会议。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "赵志刚", "高新区总工会", "副主席") in got


def test_names_elected_with_tongzhi_wei_hold_the_titles_after_it(pipeline):
    doc = run_doc("标题\n6月3日，市档案馆召开工会成立大会。会议选举周明远同志为市档案馆工会主席，"
                  "郭晓燕同志为副主席，唐立新、方静怡、胡海涛三名同志为委员。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "郭晓燕", "市档案馆工会", "副主席") in got
    assert {("HOLDS_POSITION", n, "市档案馆工会", "委员") for n in ("唐立新", "方静怡", "胡海涛")} <= got


def test_he_joins_two_officials_of_one_body_in_a_title_chain(pipeline):
    doc = run_doc("标题\n5月9日，市总工会调研组到企业调研，华兴机械有限公司党委书记、总经理陈立平和党委副书记、"
                  "工会主席孙晓红陪同调研。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "孙晓红", "华兴机械有限公司", "党委副书记") in got


def test_party_committee_member_of_a_union_is_one_title(pipeline):
    doc = run_doc("标题\n3月8日，云南省总工会党委成员、副主席李文涛一行到企业调研。", pipeline)
    assert ("HOLDS_POSITION", "李文涛", "云南省总工会", "党委成员") in rels(doc, "HOLDS_POSITION")


def test_a_bare_federation_after_an_official_of_a_named_federation_is_that_one(pipeline):
    doc = run_doc("标题\n6月4日，省总工会女职工委员会主任赵丽华带领调研组到瓦房店市。大连市总工会常务副主席王立新、"
                  "副主席张敏，瓦房店市委副书记、总工会主席刘海波，总工会党组书记、常务副主席陈淑芬陪同调研。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "陈淑芬", "瓦房店市总工会", "常务副主席") in got


def test_a_department_head_holds_the_title_in_the_unlisted_department_of_the_union_before_it(pipeline):
    doc = run_doc("标题\n6月3日，全省职工技能大赛决赛开幕式在济宁技师学院举行。省总工会副主席李文出席开幕式并讲话，"
                  "省总工会生产保护部部长高明主持仪式。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "高明", "山东省总工会生产保护部", "部长") in got


def test_names_elected_respectively_hold_one_title_each_in_order(pipeline):
    doc = run_doc("标题\n会议选举产生了新一届工会委员会。孙明华、杜雅琴分别当选为经费审查委员会主任、女职工委员会主任。",
                  pipeline)
    got = {(h, p, o) for _, h, o, p in rels(doc, "HOLDS_POSITION")}
    assert ("孙明华", "主任", "经费审查委员会") in got
    assert ("杜雅琴", "主任", "女职工委员会") in got
    assert ("孙明华", "主任", "女职工委员会") not in got


def test_a_term_of_a_union_names_no_body_the_union_named_before_holds_the_title(pipeline):
    doc = run_doc("标题\n宏达电子有限公司工会召开会员代表大会，选举产生新一届工会委员会。"
                  "吴晓峰当选为工会主席，钱丽当选为新一届工会委员会副主席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "吴晓峰", "宏达电子有限公司工会", "主席") in got
    assert ("HOLDS_POSITION", "钱丽", "宏达电子有限公司工会", "副主席") in got


def test_bodies_after_you_with_another_organising_verb_run_the_programme_named_before(pipeline):
    doc = run_doc("标题\n据了解，“金秋助学”活动由宁远县总工会、宁远县教育局联合开展，今年共资助困难职工子女120名。", pipeline)
    runs = runs_of(doc)
    assert ("宁远县总工会", "金秋助学") in runs and ("宁远县教育局", "金秋助学") in runs, runs
    plain = runs_of(run_doc("标题\n宁远县总工会走访慰问了困难职工。县教育局开展“书香校园”活动。", pipeline))
    assert ("宁远县总工会", "书香校园") not in plain, plain


def test_a_visited_list_opening_with_a_site_that_is_no_name_runs_nothing(pipeline):
    doc = run_doc("标题\n12月3日，宁远县总工会慰问组先后来到城南快速路工地、宁远鑫达机械有限公司、宁远县第二水厂等单位"
                  "开展“冬送温暖”活动。", pipeline)
    runs = runs_of(doc)
    assert ("宁远县总工会", "冬送温暖") in runs, runs
    assert not any(t == "冬送温暖" and h != "宁远县总工会" for h, t in runs), runs


def test_bodies_joined_by_a_partner_word_after_you_run_the_programme_before_them(pipeline):
    doc = run_doc("标题\n近日，“爱心早餐”公益行动在县城启动，该行动由宁远县总工会联合宁远县城管局共同发起。", pipeline)
    runs = runs_of(doc)
    assert ("宁远县总工会", "爱心早餐") in runs and ("宁远县城管局", "爱心早餐") in runs, runs


def test_the_body_after_is_that_made_the_programme_runs_it(pipeline):
    doc = run_doc("标题\n“职工心灵驿站”项目今年覆盖了20家企业，这一项目是宁远县总工会打造的服务品牌。", pipeline)
    assert ("宁远县总工会", "职工心灵驿站") in runs_of(doc)
    other = run_doc("标题\n“职工心灵驿站”项目今年覆盖了20家企业，这一项目是宁远县总工会关注的重点。", pipeline)
    assert ("宁远县总工会", "职工心灵驿站") not in runs_of(other)


def test_a_programme_in_an_opening_time_clause_is_run_by_the_subject_after_it(pipeline):
    doc = run_doc("标题\n自“一碗热汤”项目启动以来，宁远县总工会累计投入资金8万元，为环卫工人提供热汤。", pipeline)
    assert ("宁远县总工会", "一碗热汤") in runs_of(doc)


def test_a_programme_then_a_comma_and_is_made_by_the_body_after_it(pipeline):
    doc = run_doc("标题\n“冬日暖阳”活动，是宁远县总工会多年来一直坚持开展的品牌活动。", pipeline)
    assert ("宁远县总工会", "冬日暖阳") in runs_of(doc)


def test_a_body_taking_up_a_quoted_occasion_does_not_run_it(pipeline):
    doc = run_doc("标题\n3月2日，宁远县总工会结合“二月二龙抬头”这个传统民俗活动，在县文化广场开展送岗活动。", pipeline)
    assert not any(t == "二月二龙抬头" for _, t in runs_of(doc)), runs_of(doc)


def test_a_programme_that_is_a_bodys_measure_is_run_by_it(pipeline):
    doc = run_doc("标题\n据了解，“书香伴我行”读书活动是宁远县总工会为丰富职工文化生活、落实县委部署的切实举措。", pipeline)
    assert ("宁远县总工会", "书香伴我行") in runs_of(doc)


def test_a_destination_verb_cut_with_an_adverb_still_makes_the_body_a_visited_one(pipeline):
    doc = run_doc("标题\n期间，宁远市总工会组织劳模参观了劳模公园建设，并到市供电公司李建国劳模工作室进行了考察学习。", pipeline)
    assert ("宁远市总工会", "李建国劳模工作室") not in runs_of(doc), runs_of(doc)


def test_enumerated_tasks_in_a_paragraph_of_their_own_go_on_from_the_body_before(pipeline):
    doc = run_doc("标题\n今年以来，宁远县总工会多措并举推进职工素质提升。\n一是制定技能培训计划。二是开展“宁远巧匠”评选活动，"
                  "共评选出10名“宁远巧匠”。", pipeline)
    assert ("宁远县总工会", "宁远巧匠") in runs_of(doc), runs_of(doc)


def test_a_contest_of_a_whole_prefecture_is_named_and_run_by_its_organisers(pipeline):
    doc = run_doc("标题\n据悉，由恩施州总工会、恩施州体育局联合主办的全州职工篮球赛将于8月举行。", pipeline)
    assert ("恩施州总工会", "全州职工篮球赛") in runs_of(doc), runs_of(doc)


def test_a_subject_pointing_back_names_who_launched_the_campaign(pipeline):
    doc = run_doc("标题\n近日，“法护职工同心行”活动在宁远县启动。据介绍，这项活动由宁远县总工会、宁远县司法局共同发起，"
                  "将持续至年底。", pipeline)
    runs = runs_of(doc)
    assert ("宁远县总工会", "法护职工同心行") in runs and ("宁远县司法局", "法护职工同心行") in runs, runs


def test_a_clause_opening_with_a_partner_goes_on_from_the_subject_before(pipeline):
    doc = run_doc("标题\n宁远县总工会在各站点设置意见箱；并与县人民医院合作建立“职工健康档案”，为户外劳动者免费体检。", pipeline)
    runs = runs_of(doc)
    assert ("宁远县总工会", "职工健康档案") in runs, runs


def test_a_programme_that_has_become_a_bodys_brand_is_run_by_it(pipeline):
    doc = run_doc("标题\n今年，“一碗热汤”项目已成为宁远县总工会服务职工的亮丽品牌。", pipeline)
    assert ("宁远县总工会", "一碗热汤") in runs_of(doc)


def test_a_discipline_committee_in_a_company_chain_is_the_companys_and_the_union_after_it_too(pipeline):
    doc = run_doc("标题\n4月3日，华远物流集团党委副书记、纪委书记、工会主席周文涛出席仪式。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "周文涛", "华远物流集团工会", "主席") in got, got
    assert ("HOLDS_POSITION", "周文涛", "华远物流集团纪委", "书记") in got, got


def test_an_audit_chief_handed_on_from_a_company_union_is_held_in_the_company(pipeline):
    doc = run_doc("标题\n会上，华远物流集团党委常委、工会主席、总审计师周文涛致辞。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "周文涛", "华远物流集团", "总审计师") in got, got
    assert ("HOLDS_POSITION", "周文涛", "华远物流集团工会", "主席") in got, got


def test_a_body_commemorated_in_a_theme_runs_nothing(pipeline):
    doc = run_doc("标题\n晋阳市总工会以庆祝中国共产党成立100周年为主题策划了系列活动，包括“红心向党”歌手大赛等。", pipeline)
    runs = runs_of(doc)
    assert ("晋阳市总工会", "红心向党") in runs and ("中国共产党", "红心向党") not in runs, runs


def test_a_body_whose_support_is_thanked_runs_nothing(pipeline):
    doc = run_doc("标题\n宁远县职工服务中心在永州市总工会和宁远县委的大力支持下，建于城区，建立了“暖心驿家”服务平台。",
                  pipeline)
    runs = runs_of(doc)
    assert runs == {("宁远县职工服务中心", "暖心驿家")}, runs


def test_a_congress_named_only_in_a_speakers_title_runs_nothing(pipeline):
    doc = run_doc("标题\n宁远县总工会召开座谈会。\n宁远县人大常委会副主任、县总工会主席孙立新在会上讲话。孙立新指出，成立“匠心联盟”，"
                  "是县总工会推进职工素质提升的一项重要举措。", pipeline)
    runs = runs_of(doc)
    assert ("宁远县人大常委会", "匠心联盟") not in runs and ("宁远县总工会", "匠心联盟") in runs, runs


def test_a_bare_company_opening_a_chain_is_the_articles_company_named_first(pipeline):
    doc = run_doc("标题\n3月6日，江城华远物流股份有限公司召开职工代表大会，本部及江城华远冷链有限公司等3家所属单位的代表参加会议。\n"
                  "公司党委副书记、工会主席孙立新作报告。公司党委书记、董事长李文讲话。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "孙立新", "江城华远物流股份有限公司工会", "主席") in got, got
    assert ("HOLDS_POSITION", "李文", "江城华远物流股份有限公司", "董事长") in got, got
    assert "公司" not in {e.name for e in doc.entities}


def test_after_a_purpose_clause_the_organiser_after_by_runs_the_programme(pipeline):
    doc = run_doc("标题\n为丰富职工业余生活，推动“活力园区”建设，由城关街道总工会主办的职工趣味运动会于5月8日举行，城关医院、"
                  "城关供电所等单位的职工参加比赛。", pipeline)
    runs = runs_of(doc)
    assert ("城关街道总工会", "活力园区") in runs and ("城关医院", "活力园区") not in runs, runs


def test_a_lead_body_and_all_its_listed_partners_run_the_contest_even_with_bare_ones_between(pipeline):
    doc = run_doc("标题\n为激励职工技能成才，江城市总工会联合江城市人社局、经信局、教育局、农业农村局等部门于今年9月"
                  "举办了2021年江城市职业技能竞赛。", pipeline)
    runs = runs_of(doc)
    assert {("江城市总工会", "江城市职业技能竞赛"), ("江城市人社局", "江城市职业技能竞赛")} <= runs, runs


def test_a_secretariat_after_a_discipline_group_title_is_the_unions(pipeline):
    doc = run_doc("标题\n会上，中华全国总工会党组纪检组组长、书记处书记王立出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "王立", "中华全国总工会书记处", "书记") in got, got


def test_a_bare_committee_after_a_party_committees_title_is_that_committees(pipeline):
    doc = run_doc("标题\n会上，江西省委副书记、政法委书记孙立新，省总工会主席李文出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "孙立新", "江西省委政法委", "书记") in got, got


def test_bodies_that_award_a_title_to_winners_run_it(pipeline):
    doc = run_doc("标题\n参加大赛并获优胜名次的96名选手被湖南省总工会、湖南省人社厅联合授予“湖南省职工创新标兵”称号。",
                  pipeline)
    runs = runs_of(doc)
    assert {("湖南省总工会", "湖南省职工创新标兵"), ("湖南省人社厅", "湖南省职工创新标兵")} <= runs, runs


def test_a_party_title_after_a_secretariat_title_goes_back_to_the_union(pipeline):
    doc = run_doc("标题\n会上，中华全国总工会副主席、书记处书记、党组成员王立出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "王立", "中华全国总工会", "党组成员") in got, got
    assert ("HOLDS_POSITION", "王立", "中华全国总工会书记处", "书记") in got, got


def test_a_supervisors_chief_is_a_title_of_the_bank(pipeline):
    doc = run_doc("标题\n江城农商银行党委委员、纪委书记、监事长孙立新出席仪式。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "孙立新", "江城农商银行", "监事长") in got, got


def test_a_supervisory_board_chair_is_a_title_of_the_group_and_the_chain_goes_on_from_it(pipeline):
    doc = run_doc("标题\n华远物流集团监事会主席、纪委书记、工会主席周文涛出席会议。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert {("HOLDS_POSITION", "周文涛", "华远物流集团", "监事会主席"),
            ("HOLDS_POSITION", "周文涛", "华远物流集团工会", "主席")} <= got, got


def test_a_union_federation_chair_in_a_groups_chain_is_held_in_its_federation(pipeline):
    doc = run_doc("标题\n会上，华远物流集团党委副书记、工会联合会主席周文涛讲话。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "周文涛", "华远物流集团工会联合会", "主席") in got, got


def test_bodies_honoured_after_dui_do_not_run_the_honour(pipeline):
    doc = run_doc("标题\n为激发职工劳动热情，江城市总工会对江城重工股份有限公司运输一部等30个“工人先锋号”集体予以通报表扬。",
                  pipeline)
    assert runs_of(doc) == {("江城市总工会", "工人先锋号")}, runs_of(doc)


def test_a_campaign_led_by_a_union_is_found_back_through_a_few_words_before_its_head(pipeline):
    doc = run_doc("标题\n8月2日，宁远县开展2023年“清凉相伴”慰问一线职工活动。\n据悉，此次活动以“工会送关爱”为主题，"
                  "由宁远县总工会牵头，为全县300多名户外劳动者送去慰问品。", pipeline)
    assert ("宁远县总工会", "清凉相伴") in runs_of(doc), runs_of(doc)


def test_organisers_listed_with_bare_federations_between_all_run_the_contest(pipeline):
    doc = run_doc("标题\n江城市总工会、发改委、江城市工信局、人社局、工商联、江城日报社等主办单位将重点开展“三比两创”劳动竞赛。",
                  pipeline)
    runs = runs_of(doc)
    assert {("江城市总工会", "三比两创"), ("江城市工信局", "三比两创"), ("江城日报社", "三比两创")} <= runs, runs


def test_an_audit_committee_runs_no_programme_its_chair_reports_on(pipeline):
    doc = run_doc("标题\n3月5日，江城重工股份有限公司召开第三届工会会员代表大会。\n经费审查委员会主任李平作经审工作报告，"
                  "并通报了“职工小家”建设活动情况。", pipeline)
    assert ("经费审查委员会", "职工小家") not in runs_of(doc), runs_of(doc)


def test_a_station_named_after_a_venue_and_a_dash_is_where_the_campaign_is_held(pipeline):
    doc = run_doc("标题\n近日，江城市青山街道总工会在“最美驿站”——江城农商银行青山支行职工驿站开展“寒冬送暖”慰问活动。", pipeline)
    runs = runs_of(doc)
    assert ("江城市青山街道总工会", "寒冬送暖") in runs and not any(h.startswith("江城农商银行") for h, _ in runs), runs


def test_an_appointment_may_name_the_term_before_the_body(pipeline):
    doc = run_doc("标题\n会上，孙立新同志当选为第三届宁远县总工会主席。", pipeline)
    assert ("HOLDS_POSITION", "孙立新", "宁远县总工会", "主席") in rels(doc, "HOLDS_POSITION"), rels(doc)


def test_a_bare_secretariat_after_an_appointment_is_the_federations_named_before(pipeline):
    doc = run_doc("标题\n3月2日，江西省总工会召开全体委员会议。随后举行的主席团会议推选孙立新为书记处第一书记。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "孙立新", "江西省总工会书记处", "第一书记") in got, got


def test_a_body_whose_call_is_answered_does_not_run_the_campaign(pipeline):
    doc = run_doc("标题\n为服务辖区职工，城关街道总工会积极响应宁远县总工会号召，在辖区工会组织中开展“金秋相约”联谊活动。", pipeline)
    runs = runs_of(doc)
    assert ("城关街道总工会", "金秋相约") in runs and ("宁远县总工会", "金秋相约") not in runs, runs


def test_a_staff_director_is_a_title_of_the_company_and_keeps_the_chain(pipeline):
    doc = run_doc("标题\n江城重工股份有限公司党委副书记、工会主席、职工董事李文讲话。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert {("HOLDS_POSITION", "李文", "江城重工股份有限公司", "职工董事"),
            ("HOLDS_POSITION", "李文", "江城重工股份有限公司工会", "主席")} <= got, got


def test_a_school_in_the_place_just_named_is_the_venue_not_the_runner(pipeline):
    doc = run_doc("标题\n日前，江城市教育局与江城市总工会在该市青山区实验中学联合开展“匠心进课堂”宣讲活动。", pipeline)
    runs = runs_of(doc)
    assert ("江城市总工会", "匠心进课堂") in runs and ("江城市教育局", "匠心进课堂") in runs, runs
    assert not any("中学" in h for h, _ in runs), runs


def test_officials_elected_after_their_union_committee_is_named_hold_its_chairs(pipeline):
    doc = run_doc("标题\n大会选举产生了江城重工股份有限公司第三届工会委员会，李文、王刚分别当选为主席、副主席。", pipeline)
    got = {(h, p) for _, h, _, p in rels(doc, "HOLDS_POSITION")}
    assert {("李文", "主席"), ("王刚", "副主席")} <= got, got


def test_a_comrade_appointed_with_ren_holds_the_titles(pipeline):
    doc = run_doc("标题\n经研究决定，孙立新同志任宁远县总工会党组成员、副主席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "孙立新", "宁远县总工会", "副主席") in got, got


def test_a_towns_party_committee_before_a_secretarys_title_is_the_body(pipeline):
    """某镇党委书记某某, 某街道党工委副书记、总工会主席某某: the town's or street's own party committee
    is the ORG and 书记 the title (a place is no body; title_party_unit_places), and the bare 总工会
    after it is that town's or street's federation."""
    doc = run_doc("标题\n柳溪镇总工会走访企业。柳溪镇党委书记王建平，党委委员、总工会主席李红梅参加。"
                  "青石街道党工委副书记、总工会主席钱文静陪同。", pipeline)
    orgs = {e.name: e for e in doc.entities if e.type == "ORG"}
    assert "柳溪镇党委" in orgs and "柳溪镇" not in orgs, list(orgs)
    assert "总工会" in [m.text for m in orgs["柳溪镇总工会"].mentions]
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "王建平", "柳溪镇党委", "书记") in got
    assert ("HOLDS_POSITION", "李红梅", "柳溪镇总工会", "主席") in got
    assert ("HOLDS_POSITION", "钱文静", "青石街道党工委", "副书记") in got
    assert ("HOLDS_POSITION", "钱文静", "青石街道总工会", "主席") in got


def test_a_bare_office_after_a_streets_party_committee_is_its_office(pipeline):
    """某街道党工委副书记、办事处主任某某: the bare 办事处 is that street's office (a government body,
    people.json chain_sibling_bodies), as a bare 管委会 after a zone's 党工委 is the zone's."""
    doc = run_doc("标题\n青石街道党工委副书记、办事处主任钱文静陪同调研。", pipeline)
    orgs = {e.name: e for e in doc.entities if e.type == "ORG"}
    assert "青石街道办事处" in orgs and orgs["青石街道办事处"].kind == "government"
    assert ("HOLDS_POSITION", "钱文静", "青石街道办事处", "主任") in rels(doc, "HOLDS_POSITION")


def test_scraping_noise_between_two_titles_does_not_break_the_chain(pipeline):
    doc = run_doc("标题\n会上，嵩明县总工会副主席、,、党组成员祁文涛作了发言。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "祁文涛", "嵩明县总工会", "副主席") in got
    assert ("HOLDS_POSITION", "祁文涛", "嵩明县总工会", "党组成员") in got


def test_a_mayor_after_a_district_committee_written_with_a_doubled_level_word_holds_the_government(pipeline):
    doc = run_doc("盘龙区区委、区政府看望一线职工\n3月2日，区委书记柯启明、区长范立宁一行来到企业。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "范立宁", "盘龙区政府", "区长") in got


def test_a_name_ending_in_he_before_yixing_is_one_person_holding_the_title(pipeline):
    doc = run_doc("标题\n1月8日，重庆市总工会副主席黄国和来到渝北区慰问困难职工。黄国和一行还走访了两家企业。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "黄国和", "重庆市总工会", "副主席") in got


def test_an_executive_vice_governor_holds_the_provincial_government_not_the_party_committee(pipeline):
    doc = run_doc("标题\n3月1日，湖南省人民政府召开职工技能提升工作会议。湖南省委常委、常务副省长柯立宁出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "柯立宁", "湖南省人民政府", "常务副省长") in got
    assert ("HOLDS_POSITION", "柯立宁", "湖南省委", "常务副省长") not in got


def test_team_members_before_a_party_title_are_no_body(pipeline):
    doc = run_doc("标题\n6月2日，集团公司董事长马启明与班子成员党委副书记、总经理单立国一行来到车间慰问职工。", pipeline)
    assert not any(e.name == "班子成员" for e in doc.entities)
    assert not any(tail == "班子成员" for _, _, tail, _ in rels(doc, "HOLDS_POSITION"))


def test_a_steering_group_whose_name_holds_a_programme_is_the_body_of_its_leaders_title(pipeline):
    doc = run_doc("标题\n5月6日，曲靖市召开推进会。市新业态工会入会集中行动领导小组组长郑云川出席。"
                  "县委副书记、县乡村振兴工作领导小组副组长蒋友林讲话。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "郑云川", "市新业态工会入会集中行动领导小组", "组长") in got
    assert ("HOLDS_POSITION", "蒋友林", "县乡村振兴工作领导小组", "副组长") in got


def test_a_union_chair_listed_after_an_unnamed_official_is_not_the_union_named_last(pipeline):
    doc = run_doc("标题\n1月9日，市教育工会主席韩立松一行来到我校慰问。学校彭副校长、工会主席秦雪梅陪同慰问。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert not any(head == "秦雪梅" and tail.endswith("教育工会") for _, head, tail, _ in got)


def test_a_party_member_title_after_a_secretariat_title_is_held_in_the_union(pipeline):
    doc = run_doc("标题\n2月3日，省总工会书记处书记、党组成员严立伟带领省总工会慰问团来到车站慰问职工。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert any(head == "严立伟" and pos == "党组成员" and not tail.endswith("书记处") for _, head, tail, pos in got)


def test_deputy_heads_of_a_prefecture_and_a_town_are_titles(pipeline):
    doc = run_doc("标题\n3月2日，红河州人民政府副州长杨立新出席活动。长坡镇副镇长、工会主席潘晓东主持。", pipeline)
    assert ("HOLDS_POSITION", "杨立新", "红河州人民政府", "副州长") in rels(doc, "HOLDS_POSITION")
    assert any(m.type == "POSITION" and m.text == "副镇长" for m in doc.mentions)


def test_a_name_before_zuo_and_a_summary_holds_the_titles_without_the_verb(pipeline):
    doc = run_doc("标题\n7月6日，闭幕式举行。省人大常委会副主任、省总工会主席孟立作大赛总结。", pipeline)
    heads = {head for _, head, _, _ in rels(doc, "HOLDS_POSITION")}
    assert heads == {"孟立"}


def test_a_name_after_a_title_that_no_recogniser_finds_is_the_holder(pipeline):
    doc = run_doc("标题\n3月1日，五华区总工会召开会议。区人大常委会副主任、区总工会主席方城场出席。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "方城场", "五华区总工会", "主席") in got
    assert any(head == "方城场" and pos == "副主任" for _, head, _, pos in got)


def test_every_body_of_an_organiser_chain_runs_the_programme_after_it(pipeline):
    doc = run_doc("标题\n3月2日，由宁远县总工会、县文旅局联合举办，县职工服务中心、县工人文化宫共同承办的“书香宁远职工阅读月”"
                  "活动正式启动。", pipeline)
    runs = runs_of(doc)
    heads = {h for h, t in runs if t == "书香宁远职工阅读月"}
    for body in ("宁远县总工会", "文旅局", "职工服务中心", "工人文化宫"):
        assert any(h.endswith(body) for h in heads), runs


def test_adverbs_before_the_organising_verb_keep_the_organisers(pipeline):
    doc = run_doc("标题\n近日，宁远县总工会开展“匠心宁远”职工书画展。此次展览由宁远县总工会精心策划主办，县文化馆承办，"
                  "城关镇总工会以及县美术家协会积极参与协办。", pipeline)
    runs = runs_of(doc)
    heads = {h for h, t in runs if t == "匠心宁远"}
    for body in ("宁远县总工会", "城关镇总工会", "美术家协会"):
        assert any(h.endswith(body) for h in heads), runs


def test_a_body_describing_the_contest_after_its_organisers_does_not_run_it(pipeline):
    doc = run_doc("标题\n6月3日，由宁远县总工会、宁远县教育局主办的宁远县国资系统2024年第三届职工羽毛球联赛开幕。", pipeline)
    runs = runs_of(doc)
    contest = next(t for _, t in runs if t.endswith("羽毛球联赛"))
    assert ("宁远县总工会", contest) in runs and ("宁远县教育局", contest) in runs, runs
    assert not any(h.endswith("国资系统") for h, _ in runs), runs


def test_a_partner_named_after_a_place_written_apart_still_runs_the_programme(pipeline):
    doc = run_doc("标题\n5月10日，宁远县人民医院工会与城关街道党群服务中心在院内为护士们举办“白衣暖心”插花活动。"
                  "党群服务中心为大家准备了鲜花和花瓶。", pipeline)
    runs = runs_of(doc)
    assert {h for h, t in runs if t == "白衣暖心"} >= {"宁远县人民医院工会", "党群服务中心"}, runs


def test_a_place_opening_an_unnamed_thing_does_not_lie_where_the_thing_stands(pipeline):
    doc = run_doc("标题\n宁远县职工驿家坐落在舜德路与九嶷路交汇处，面积300平方米。", pipeline)
    located = rels(doc, "LOCATED_IN")
    assert not any(head == "宁远县" for _, head, _, _ in located), located


def test_organisers_of_an_unrecognised_programme_do_not_run_an_earlier_one(pipeline):
    doc = run_doc("标题\n城关镇总工会开展“安康杯”知识竞赛。张明华 摄\n"
                  "5月6日，由宁远县总工会、宁远县教育局主办的第三届青年教师说课评比在县一中落幕。", pipeline)
    runs = runs_of(doc)
    assert ("城关镇总工会", "安康杯") in runs, runs
    assert not any(h in ("宁远县总工会", "宁远县教育局") and t == "安康杯" for h, t in runs), runs


def test_a_labour_contest_subject_points_back_to_the_contest(pipeline):
    doc = run_doc("标题\n3月8日，“奋进新征程”宁远县重点工程劳动竞赛启动仪式在某隧道施工现场举行。"
                  "仪式上为“工人先锋号”集体代表授旗。劳动竞赛由宁远县总工会、宁远县交通运输局主办。", pipeline)
    runs = runs_of(doc)
    heads = {h for h, t in runs if t == "奋进新征程"}
    assert {"宁远县总工会", "宁远县交通运输局"} <= heads, runs


def test_a_body_applying_for_a_title_does_not_run_it(pipeline):
    doc = run_doc("标题\n宁远县总工会将对竞赛优胜集体给予奖励，符合条件的优先推荐申报“湖南省工人先锋号”。", pipeline)
    assert not any(t == "湖南省工人先锋号" for _, t in runs_of(doc)), runs_of(doc)


def test_a_host_runs_the_programme_its_main_organisers_clause_names(pipeline):
    doc = run_doc("标题\n在宁远县总工会的指导下，城关镇总工会举办了“邻里守望”职工联谊会。"
                  "5月1日，宁远县湘江化工有限公司工会承办了由永州市总工会主办的“安全在我心”知识竞赛。", pipeline)
    runs = runs_of(doc)
    assert ("宁远县湘江化工有限公司工会", "安全在我心") in runs, runs
    assert ("宁远县湘江化工有限公司工会", "邻里守望") not in runs, runs


def test_a_document_is_issued_by_the_bodies_named_after_by(pipeline):
    doc = run_doc("标题\n《宁远县工会经费管理办法》由宁远县总工会和宁远县财政局联合制定，自下月起施行。", pipeline)
    issued = {(h, t) for _, h, t, _ in rels(doc, "ISSUED")}
    assert {("宁远县总工会", "宁远县工会经费管理办法"), ("宁远县财政局", "宁远县工会经费管理办法")} <= issued, issued


def test_a_place_described_as_part_of_another_lies_in_it(pipeline):
    doc = run_doc("标题\n冷水滩区是永州市的中心城区，区总工会今年新建职工之家12个。", pipeline)
    located = {(h, t) for _, h, t, _ in rels(doc, "LOCATED_IN")}
    assert ("冷水滩区", "永州市") in located, located


def test_a_place_never_lies_in_a_place_whose_name_holds_it(pipeline):
    doc = run_doc("标题\n永州市宁远县城关镇的宁远县舜帝陵管理处工会开展读书活动。", pipeline)
    located = {(h, t) for _, h, t, _ in rels(doc, "LOCATED_IN")}
    assert not any(t.endswith(h) or h in t for h, t in located), located


def test_the_lead_body_runs_what_its_partners_cooperate_on(pipeline):
    doc = run_doc("标题\n由宁远县总工会牵头，县人社局、县司法局配合的“护薪行动”全面铺开。", pipeline)
    assert ("宁远县总工会", "护薪行动") in runs_of(doc), runs_of(doc)


def test_bodies_named_for_a_title_do_not_run_it(pipeline):
    doc = run_doc("标题\n宁远县人民医院、宁远县中医医院等12家单位被命名为“宁远县模范职工之家”。"
                  "宁远县湘江化工有限公司被认定为“永州市劳动关系和谐企业”。"
                  "宁远县城建投资有限公司入选“永州市安康杯竞赛优胜单位”名单。", pipeline)
    assert not any(h.startswith("宁远县") and h != "宁远县总工会" for h, _ in runs_of(doc)), runs_of(doc)


def test_the_body_named_between_a_winning_verb_and_the_title_gives_it(pipeline):
    doc = run_doc("标题\n宁远县人民医院建成女职工关爱室5间，去年入选湖南省总工会“省级示范爱心妈咪小屋”。", pipeline)
    runs = runs_of(doc)
    assert ("湖南省总工会", "省级示范爱心妈咪小屋") in runs, runs
    assert not any(h == "宁远县人民医院" for h, _ in runs), runs


def test_an_invited_body_does_not_run_the_programme(pipeline):
    doc = run_doc("标题\n宁远县总工会邀请宁远县人民医院专家开展“健康大讲堂”活动。", pipeline)
    runs = runs_of(doc)
    assert ("宁远县总工会", "健康大讲堂") in runs and ("宁远县人民医院", "健康大讲堂") not in runs, runs


def test_a_body_that_hands_a_document_out_with_jiang_issues_it(pipeline):
    doc = run_doc("标题\n宁远县总工会近日将《宁远县工会帮扶资金使用办法》印发给各基层工会。", pipeline)
    issued = {(h, t) for _, h, t, _ in rels(doc, "ISSUED")}
    assert ("宁远县总工会", "宁远县工会帮扶资金使用办法") in issued, issued


def test_organisers_of_an_unrecognised_programme_run_the_one_the_headline_names(pipeline):
    doc = run_doc("宁远县教育系统迎“五一”教职工趣味运动会举行\n4月26日，宁远县教育工会主办的以“健康宁远”为主题的"
                  "2024年教育系统迎“五一”教职工趣味运动会在县二中举行。", pipeline)
    runs = runs_of(doc)
    assert any(h == "宁远县教育工会" and t.endswith("趣味运动会") for h, t in runs), runs


def test_names_listed_before_a_title_share_it_in_the_body_before_the_first(pipeline):
    """某学院甲、乙副校长: both hold the title, in the body named before the first name; so do
    甲、乙副主席 after a union."""
    doc = run_doc("标题\n南屏理工学院孔德华、韦晓松副校长出席仪式。江岸区总工会曹雪梅、邬立平副主席参加。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert {("HOLDS_POSITION", "孔德华", "南屏理工学院", "副校长"), ("HOLDS_POSITION", "韦晓松", "南屏理工学院", "副校长"),
            ("HOLDS_POSITION", "曹雪梅", "江岸区总工会", "副主席"),
            ("HOLDS_POSITION", "邬立平", "江岸区总工会", "副主席")} <= got


def test_a_union_chair_elected_at_its_congress_holds_it_in_that_union(pipeline):
    """某有限公司第二次工会会员代表大会 …当选为工会主席 (or 公司工会主席): the union whose congress it
    is, named with it, holds the title, though no ORG names it alone."""
    doc = run_doc("标题\n6月8日，青禾建材有限公司第二次工会会员代表大会上午开幕，陶明远当选为工会主席。"
                  "会后，公司工会副主席姜丽娜介绍了情况。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "陶明远", "青禾建材有限公司工会", "主席") in got
    assert ("HOLDS_POSITION", "姜丽娜", "青禾建材有限公司工会", "副主席") in got


def test_a_bare_enterprise_department_is_the_one_named_in_full(pipeline):
    """工会工作部副部长某某 after 某有限公司工会工作部: the same department, one entity."""
    doc = run_doc("标题\n云岭电力有限公司工会工作部部长柏志强出席。工会工作部副部长秋立新主持。", pipeline)
    assert ("HOLDS_POSITION", "秋立新", "云岭电力有限公司工会工作部", "副部长") in rels(doc, "HOLDS_POSITION")


def test_a_bare_union_title_after_you_is_held_in_the_union_named_before(pipeline):
    """某公司工会举办… 由工会主席某某主持: after the coverb 由 a bare 工会主席 opens a chain as at a clause's
    start; it is held in the enterprise union the article named last."""
    doc = run_doc("标题\n1月9日，晨光制药有限公司工会组织迎春游园，活动由工会主席詹海生主持。", pipeline)
    assert ("HOLDS_POSITION", "詹海生", "晨光制药有限公司工会", "主席") in rels(doc, "HOLDS_POSITION")


def test_a_party_committees_department_runs_what_it_organises(pipeline):
    """由某县委宣传部、某县总工会联合举办的…: the department is an organisation of its own (guidelines:
    departments and groups) and runs the games itself, not the party committee it belongs to."""
    doc = run_doc("标题\n5月2日，由青川县委宣传部、青川县总工会联合举办的“春风杯”职工趣味运动会开赛。"
                  "青川县委书记任海波出席。", pipeline)
    got = runs_of(doc)
    assert ("青川县委宣传部", "春风杯") in got and ("青川县总工会", "春风杯") in got
    assert ("青川县委", "春风杯") not in got


def test_a_programme_named_or_chosen_by_a_body_is_not_run_by_it(pipeline):
    """命名甲工作室等N个工作室为“某某”; 重点支持乙工作室等N个…、丙工作室等N个…: the studios named or chosen
    are their own units'; the body that names them runs only the title after 为."""
    doc = run_doc("标题\n近日，湘南省总工会决定命名林海劳模创新工作室等15个创新工作室为“湘南省劳模创新工作室”。"
                  "湘南省总工会还决定重点支持章立职工创新工作室等30个职工创新工作室、"
                  "邹明技能大师工作室等6个技能大师工作室，分别给予资金补助。", pipeline)
    got = runs_of(doc)
    assert ("湘南省总工会", "湘南省劳模创新工作室") in got
    assert not {("湘南省总工会", "林海劳模创新工作室"), ("湘南省总工会", "章立职工创新工作室"),
                ("湘南省总工会", "邹明技能大师工作室")} & got


def test_a_chain_opening_with_a_bare_company_is_held_in_the_enterprise_named_before(pipeline):
    """公司董事长某某, 公司副总经理兼总工程师某某: a bare 公司 (no mention of its own) opening a title chain stands for
    the enterprise the article named last; 某有限公司工会 named last stands for that company only when the article
    names the company itself."""
    doc = run_doc("标题\n芜湖青松精密铸造有限公司今年第三次开展工资协商。公司董事长洪家栋说，协商让企业更有底气。"
                  "“职工干劲足了，订单也接得住。”公司副总经理兼总工程师欧阳立新说。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert {("HOLDS_POSITION", "洪家栋", "芜湖青松精密铸造有限公司", "董事长"),
            ("HOLDS_POSITION", "欧阳立新", "芜湖青松精密铸造有限公司", "副总经理"),
            ("HOLDS_POSITION", "欧阳立新", "芜湖青松精密铸造有限公司", "总工程师")} <= got


def test_a_title_won_by_election_is_not_handed_to_the_next_official(pipeline):
    """某某全票当选为某联合会主席，某总工会党组书记某某授牌: 全票 may stand before 当选为, and the chain of the second
    official stops at the comma after the elected title."""
    doc = run_doc("标题\n会上，青溪市邮政工会副主席韩秀梅全票当选为青溪市网约配送员工会联合会主席，"
                  "青溪市总工会党组书记、常务副主席郑立群亲自授牌。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "韩秀梅", "青溪市网约配送员工会联合会", "主席") in got
    assert not {r for r in got if r[1] == "郑立群" and r[3] == "主席"}


def test_a_unions_bare_department_in_a_list_of_its_officials(pipeline):
    """某总工会副主席甲、女工部部长乙、副部长丙: the bare department is that union's; the deputy after 、 holds
    her title in the department, not in the union."""
    doc = run_doc("标题\n宣城市总工会副主席柯文秀、女工部部长葛青、副部长裴雨晴一行到企业检查。", pipeline)
    got = rels(doc, "HOLDS_POSITION")
    assert {("HOLDS_POSITION", "葛青", "宣城市总工会女工部", "部长"),
            ("HOLDS_POSITION", "裴雨晴", "宣城市总工会女工部", "副部长")} <= got


def test_bodies_listed_after_an_organisers_role_run_the_programme(pipeline):
    """大赛…，主办单位为甲、乙，承办单位为丙: each body listed after an organiser's role runs the programme the
    sentence before names; the guiding body does not. 本次读书节由甲牵头: a festival points back too."""
    doc = run_doc("标题\n第三届“匠心泸州”职工技能大赛将于9月举行。大赛指导单位为泸州市人民政府，"
                  "主办单位为泸州市总工会、泸州市人社局，承办单位为泸州职业技术学院。"
                  "5月20日，“书香江阳”职工读书节开幕。本次读书节由江阳区总工会牵头组织。", pipeline)
    got = runs_of(doc)
    assert {("泸州市总工会", "匠心泸州"), ("泸州市人社局", "匠心泸州"), ("泸州职业技术学院", "匠心泸州"),
            ("江阳区总工会", "“书香江阳”职工读书节")} <= got
    assert ("泸州市人民政府", "匠心泸州") not in got
