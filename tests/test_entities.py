"""The entity stage on short real sentences (title line first, as in an article)."""

from conftest import run_doc


def spans(doc, typ):
    """The mentions of ``typ`` as the article writes them (a page with ASCII marks is analysed
    through a full-width view of the same length)."""
    written = doc.original_text if doc.original_text is not None and doc.original_offsets is None else doc.text
    return [written[m.start : m.end] for m in doc.mentions if m.type == typ]


def entity(doc, name):
    return next(e for e in doc.entities if e.name == name)


def test_title_chain_gives_positions_and_orgs(pipeline):
    doc = run_doc(
        "标题\n中国工会第十七次全国代表大会代表、贵州省六盘水市人大常委会副主任、市总工会主席刘静告诉记者。",
        pipeline,
    )
    assert spans(doc, "EVENT") == ["中国工会第十七次全国代表大会"]
    assert "贵州省六盘水市人大常委会" in spans(doc, "ORG")
    assert spans(doc, "POSITION") == ["代表", "副主任", "主席"]
    links = {(m.text, m.holder.text, m.of.text) for m in doc.mentions if m.type == "POSITION"}
    assert links == {("代表", "刘静", "中国工会第十七次全国代表大会"),
                     ("副主任", "刘静", "贵州省六盘水市人大常委会"), ("主席", "刘静", "市总工会")}
    # 市总工会 in an article about 六盘水 is 六盘水市总工会
    assert entity(doc, "六盘水市总工会").mentions[0].text == "市总工会"


def test_consecutive_titles_share_the_org_before_them(pipeline):
    doc = run_doc("标题\n浙江省总工会党组书记、常务副主席王建军出席会议。", pipeline)
    links = {(m.text, m.of.text, m.of_inherited) for m in doc.mentions if m.type == "POSITION"}
    assert links == {("党组书记", "浙江省总工会", False), ("常务副主席", "浙江省总工会", True)}


def test_quoted_initiatives_need_cues(pipeline):
    doc = run_doc(
        "标题\n围绕增“三性”、去“四化”要求，工会开展“凉都工匠场”创建，建设“温暖帮扶超市”，"
        "争当职工的‘娘家人’，深入开展“工人先锋号”建功立业活动。",
        pipeline,
    )
    assert spans(doc, "INITIATIVE") == ["凉都工匠场", "温暖帮扶超市", "工人先锋号"]


def test_quoted_initiative_cues_with_counts_strong_cues_and_short_heads(pipeline):
    doc = run_doc(
        "标题\n律师每月到网点开展一次“法律义诊”。区总工会在街头设立了30余个“清凉冰箱”，推行“工会+商圈”建会模式，"
        "启动“暖蜂”集中入会行动，实施“百千万”技能提升工程，举办第三届“鸿远杯”焊工比武。"
        "会上提出“四化”要求和“线上+线下”的思路。",
        pipeline,
    )
    assert spans(doc, "INITIATIVE") == ["法律义诊", "清凉冰箱", "工会+商圈", "暖蜂", "百千万", "鸿远杯"]


def test_documents_in_book_marks_and_media(pipeline):
    doc = run_doc("标题\n六盘水市总工会出台了《六盘水市基层工会社会工作者管理办法(试行)》，《工人日报》作了报道。", pipeline)
    assert spans(doc, "DOCUMENT") == ["六盘水市基层工会社会工作者管理办法(试行)"]
    assert "工人日报" in spans(doc, "ORG")


def test_nested_org_and_coordinated_names(pipeline):
    doc = run_doc("标题\n六盘水市总工会党组研究部署。六枝特区、水城县、钟山区总工会招考工作正在推进。", pipeline)
    orgs = spans(doc, "ORG")
    assert "六盘水市总工会党组" in orgs and "钟山区总工会" in orgs
    assert spans(doc, "PLACE") == ["六枝特区", "水城县"]


def test_generic_words_are_not_places(pipeline):
    doc = run_doc("标题\n全市各级工会和基层工会组织在全国率先推进改革。", pipeline)
    assert spans(doc, "PLACE") == []
    assert spans(doc, "ORG") == []


def test_places_are_grouped_and_normalised(pipeline):
    doc = run_doc("标题\n促进六盘水工运事业发展。六盘水市各级工会紧紧围绕目标。", pipeline)
    place = entity(doc, "六盘水市")
    assert [m.text for m in place.mentions] == ["六盘水", "六盘水市"]
    assert place.normalized == {"province": "贵州省", "city": "六盘水市", "county": None, "code": "520200"}


def test_typo_is_an_alias_of_the_full_name(pipeline):
    doc = run_doc("标题\n六盘水市总工会召开会议。会后，六盘市工会将深入学习会议精神。", pipeline)
    org = entity(doc, "六盘水市总工会")
    assert [m.text for m in org.mentions] == ["六盘水市总工会", "六盘市工会"]


def test_dates_but_not_vague_time(pipeline):
    doc = run_doc("标题\n去年9月印发通知，2018年以来、近年来、五年来，目前工作推进顺利。", pipeline)
    assert spans(doc, "DATE") == ["去年9月", "2018年以来"]  # a period the year resolves; durations are not


def test_a_festival_before_a_quoted_programme_is_not_the_date(pipeline):
    """2019年春节“送温暖”工作: the festival belongs to the programme's name; the year is the DATE."""
    doc = run_doc("标题\n柳河县2019年春节“送温暖”工作日前展开，县总工会拨付帮扶资金45万元。", pipeline)
    assert "2019年" in spans(doc, "DATE") and "2019年春节" not in spans(doc, "DATE")


def test_every_mention_has_a_source_and_valid_offsets(pipeline):
    doc = run_doc("标题\n杭州市总工会主席李明在西湖区调研，要求打造“职工之家”品牌。", pipeline)
    assert doc.mentions
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text and m.source
    starts = sorted((m.start, m.end) for m in doc.mentions)
    assert all(a[1] <= b[0] for a, b in zip(starts, starts[1:], strict=False))


def test_joined_bodies_are_split_but_not_the_united_nations(pipeline):
    doc = run_doc("标题\n省总工会联合国家税务总局江西省税务局出台办法。联合国安理会召开会议。", pipeline)
    orgs = spans(doc, "ORG")
    assert "省总工会" in orgs and "国家税务总局江西省税务局" in orgs
    assert not any("联合" in o and "联合国" not in o for o in orgs)
    assert not any(o.startswith("国安") for o in orgs)


def test_name_without_its_leading_place_is_the_same_body(pipeline):
    doc = run_doc("标题\n北京市朝阳区总工会启动金秋助学活动。朝阳区总工会今年资助困难职工子女500名。", pipeline)
    org = entity(doc, "北京市朝阳区总工会")
    assert [m.text for m in org.mentions] == ["北京市朝阳区总工会", "朝阳区总工会"]


def test_named_zones_are_places(pipeline):
    from unionie.entities.gazetteer import gazetteer
    from unionie.entities.recognizers import places

    doc = run_doc("标题\n招聘会在芜湖经济技术开发区举行，泉州高新区总工会组织企业参加。", pipeline)
    # the gazetteer recognizer itself reads the zone (whatever the statistical model says)
    assert [m.text for m in places(doc, gazetteer())] == ["芜湖经济技术开发区", "泉州高新区"]
    assert "芜湖经济技术开发区" in spans(doc, "PLACE")
    assert "泉州高新区总工会" in spans(doc, "ORG")


def test_a_zone_short_form_and_its_body_join_the_full_names(pipeline):
    doc = run_doc("标题\n株洲经济技术开发区总工会到常德经济技术开发区调研。经区总工会副主席陈可表示，"
                  "在常德经开区的企业中，职工书屋已覆盖八成。", pipeline)
    zone = entity(doc, "常德经济技术开发区")
    assert [m.text for m in zone.mentions] == ["常德经济技术开发区", "常德经开区"]
    union = entity(doc, "株洲经济技术开发区总工会")
    assert [m.text for m in union.mentions] == ["株洲经济技术开发区总工会", "经区总工会"]


def test_a_company_named_in_full_gives_its_short_names(pipeline):
    doc = run_doc("标题\n近日，株洲经济技术开发区晟通动力机械有限公司举办技能比武。晟通机械是一家生产柴油机的企业，"
                  "晟通动力今年新增技师12名。", pipeline)
    company = entity(doc, "株洲经济技术开发区晟通动力机械有限公司")
    assert [m.text for m in company.mentions] == ["株洲经济技术开发区晟通动力机械有限公司", "晟通机械", "晟通动力"]
    assert company.mentions[2].source == "alias"  # found by the short-name step alone


def test_alternative_county_forms_need_word_boundaries(pipeline):
    # 会同县 also has the form 会同市 in the gazetteer; here 会同 is the verb "together with"
    doc = run_doc("标题\n呼和浩特市总工会会同市人社局开展专项检查。", pipeline)
    orgs = spans(doc, "ORG")
    assert "呼和浩特市总工会" in orgs and "市人社局" in orgs
    assert not any("会同" in o for o in orgs + spans(doc, "PLACE"))


def test_youth_league_abbreviation(pipeline):
    doc = run_doc("标题\n南昌市总工会联合团市委、市教育局开办职工子女暑托班。", pipeline)
    assert {"南昌市总工会", "团市委", "市教育局"} <= set(spans(doc, "ORG"))


def test_bare_head_stands_for_the_named_body(pipeline):
    doc = run_doc("标题\n泉州市外卖骑手工会联合会昨天成立，骑手陈志强当选联合会主席。"
                  "市总工会副主席林芳介绍，联合会将每月收集骑手诉求。一些行业工会联合会也在筹建。", pipeline)
    org = entity(doc, "泉州市外卖骑手工会联合会")
    assert [m.text for m in org.mentions] == ["泉州市外卖骑手工会联合会", "联合会", "联合会"]
    # the generic phrase at the end names no particular body
    assert spans(doc, "ORG").count("联合会") == 2


def test_a_verb_must_follow_the_union_directly_to_end_its_name(pipeline):
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = "标题\n劳模们住进位于阳朔县的桂林市总工会职工疗休养院及龙胜各族自治县的休养点。四川省总工会落实工会改革任务。"
    doc = run_doc(text, pipeline)

    def trimmed(name):
        i = text.find(name)
        return [m.text for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))]

    assert trimmed("桂林市总工会职工疗休养院") == ["桂林市总工会职工疗休养院"]
    assert trimmed("四川省总工会落实工会") == ["四川省总工会"]


def test_a_statistical_org_running_from_a_place_over_a_clause_verb_is_no_name(pipeline):
    """某街道召开办事处…, 某镇某村调研工会…: a place, a clause verb (model_org_place_verbs) and a bare head
    are a clause the tagger read as one name: no body; a name of four characters or more after the
    verb is kept."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = "标题\n市总工会到青柳镇石桥村调研工会工作。青柳镇召开办事处联席会议。柳溪镇走访青柳机械厂工会。"
    doc = run_doc(text, pipeline)

    def trimmed(name):
        i = text.find(name)
        return [m.text for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))]

    assert trimmed("青柳镇石桥村调研工会") == []
    assert trimmed("青柳镇召开办事处") == []
    assert trimmed("柳溪镇走访青柳机械厂工会") == ["青柳机械厂工会"]


def test_a_statistical_org_closing_with_its_people_is_the_body_before_them(pipeline):
    """某项目部困难职工, 某车间一线职工: the people the tagger ran into the name (model_org_trailing)
    are cut off; the body is what precedes them."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = "标题\n工会为青禾项目部困难职工申请补助，并慰问柳溪车间一线职工。"
    doc = run_doc(text, pipeline)

    def trimmed(name):
        i = text.find(name)
        return [m.text for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))]

    assert trimmed("青禾项目部困难职工") == ["青禾项目部"]
    assert trimmed("柳溪车间一线职工") == ["柳溪车间"]


def test_a_delegation_is_no_body_of_its_own(pipeline):
    """某联盟调研互检组, 某县总工会考察团: the visitors (delegation_ends); the span keeps the union
    before them, or names no body."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = "标题\n青禾市职工创新联盟互检组来我区检查。柳溪县总工会考察团一行到企业参观。"
    doc = run_doc(text, pipeline)

    def trimmed(name):
        i = text.find(name)
        return [m.text for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))]

    assert trimmed("青禾市职工创新联盟互检组") == []
    assert trimmed("柳溪县总工会考察团") == ["柳溪县总工会"]


def test_places_the_tagger_read_as_bodies_are_places(pipeline):
    """江苏扬州、云南大理两地总工会: a chain of divisions read as an ORG is the place, and a place
    before 两地 (model_org_collective_places) with a union head names the places' unions together,
    no one body: the place is kept as a PLACE."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = "标题\n浙江湖州、安徽宣城两地总工会签订协作协议。"
    doc = run_doc(text, pipeline)

    def trimmed(name):
        i = text.find(name)
        return [(m.type, m.text) for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))]

    assert trimmed("浙江湖州") == [("PLACE", "浙江湖州")]
    assert trimmed("安徽宣城两地总工会") == [("PLACE", "安徽宣城")]


def test_an_outlet_cited_as_the_source_is_no_body(pipeline):
    """据某某网报道, 据某某工人报消息: the outlet the story is taken from is its source (metadata),
    not a body the story is about."""
    doc = run_doc("标题\n据中工网报道，近日，青禾县总工会开展慰问活动。", pipeline)
    assert "中工网" not in spans(doc, "ORG")


def test_model_orgs_cut_through_a_quote_are_dropped():
    from unionie.core.document import Mention
    from unionie.entities.recognizers import keep

    assert not keep(Mention(0, 10, "ORG", "长春市总工会“匠心宣讲团", "neural"))
    assert keep(Mention(0, 12, "ORG", "长春市总工会“匠心宣讲团”", "neural"))

    assert not keep(Mention(0, 5, "PLACE", "青松”大道", "neural"))  # a place cut through a quote too
    assert keep(Mention(0, 4, "PLACE", "桃源水库", "neural"))


def test_generic_district_words_and_committee_short_forms(pipeline):
    doc = run_doc("标题\n厦门市总工会经审会召开会议。对此，经审会逐一下发审计意见书。主城区新建驿站50个，矿区职工受益。",
                  pipeline)
    assert not set(spans(doc, "PLACE")) & {"城区", "矿区"}
    org = entity(doc, "厦门市总工会经审会")
    assert [m.text for m in org.mentions] == ["厦门市总工会经审会", "经审会"]


def test_named_contests_are_initiatives(pipeline):
    doc = run_doc("标题\n芜湖市第九届职工运动会开幕。第六届安徽省职工职业技能大赛将在蚌埠举办，"
                  "全省职工职业技能大赛决赛项目18个。职工踊跃参加劳动和技能竞赛。县里举办第三届全县职工运动会。", pipeline)
    assert spans(doc, "INITIATIVE") == ["芜湖市第九届职工运动会", "第六届安徽省职工职业技能大赛", "全省职工职业技能大赛",
                                        "第三届全县职工运动会"]
    assert spans(doc, "EVENT") == []


def test_short_forms_of_union_bodies_join_the_full_body(pipeline):
    record = pipeline.extract("泉州市总工会召开全委会\n　　会上，市总主席讲话。泉州市总将开展送温暖活动，"
                              "县总、区总共同参与。泉州工会将持续推进。")
    orgs = {e.name: sorted(m.text for m in e.mentions) for e in record.entities if e.type == "ORG"}
    assert orgs.get("泉州市总工会") == sorted(["泉州市总工会", "市总", "泉州市总", "泉州工会"])
    assert any("县总" in ms for ms in orgs.values()) and any("区总" in ms for ms in orgs.values())
    seed_like = pipeline.extract("某文章\n　　把六盘水工会改革责任担在肩上。")
    assert not any(m.text == "六盘水工会" for e in seed_like.entities for m in e.mentions)


def test_meetings_named_with_a_short_body_and_a_bare_ordinal(pipeline):
    doc = run_doc("标题\n会议总结了县工会第九次代表大会以来的工作。市工会十八次代表大会以来，各级工会积极作为。"
                  "区里召开了三次会议。", pipeline)
    events = [m.text for m in doc.mentions if m.type == "EVENT"]
    assert "县工会第九次代表大会" in events and "市工会十八次代表大会" in events
    assert not any("三次会议" in e for e in events)


def test_an_enlarged_plenary_meeting_is_one_event(pipeline):
    doc = run_doc("标题\n5月6日，石门县总工会召开县工会第九届委员会第四次全体(扩大)会议。"
                  "6月2日，县总工会九届五次全委(扩大)会召开。", pipeline)
    events = spans(doc, "EVENT")
    assert events == ["县工会第九届委员会第四次全体(扩大)会议", "县总工会九届五次全委(扩大)会"]


def test_a_party_group_before_a_title_belongs_to_the_title(pipeline):
    doc = run_doc("标题\n江城市总工会党组成员、副主席王立新出席会议。江城市总工会党组将学习贯彻作为首要任务。", pipeline)
    orgs = [m.text for m in doc.mentions if m.type == "ORG"]
    titles = {m.text: m for m in doc.mentions if m.type == "POSITION"}
    assert orgs[0] == "江城市总工会" and "江城市总工会党组" in orgs  # standing alone it stays a body
    assert titles["党组成员"].of.text == "江城市总工会" and titles["副主席"].of.text == "江城市总工会"


def test_named_ceremonies_without_an_ordinal_are_events(pipeline):
    doc = run_doc("标题\n4月27日，江城市五一劳动奖表彰暨工人先锋号命名大会隆重举行。\n"
                  "5月8日，市总工会在江城市召开表彰大会。", pipeline)
    events = [m.text for m in doc.mentions if m.type == "EVENT"]
    assert events == ["江城市五一劳动奖表彰暨工人先锋号命名大会"]  # 召开表彰大会 names none
    assert not any(m.type == "INITIATIVE" and m.text == "工人先锋号" for m in doc.mentions)


def test_ceremonies_sessions_and_joint_meetings_are_one_event_each(pipeline):
    doc = run_doc("标题\n5月10日，江城精工机械有限公司第四届职工代表大会第二次会议在公司召开。"
                  "江城市总工会召开十届三次全委会议暨经费审查委员会全体会议。"
                  "区总工会在职工服务中心举行困难职工帮扶金发放仪式。代表们参加了全总举办的劳模工匠座谈会。"
                  "宁波市政府市总工会第三次联席会议近日召开。会上学习了全国劳动模范和先进工作者表彰大会精神。"
                  "他已是第二次参加市总工会代表大会。区里召开推进会。", pipeline)
    events = [m.text for m in doc.mentions if m.type == "EVENT"]
    assert events == ["江城精工机械有限公司第四届职工代表大会第二次会议",
                      "十届三次全委会议暨经费审查委员会全体会议",
                      "困难职工帮扶金发放仪式", "劳模工匠座谈会", "宁波市政府市总工会第三次联席会议",
                      "全国劳动模范和先进工作者表彰大会"]  # 第二次参加…大会, 召开推进会: none


def test_a_programme_named_inside_a_ceremony_is_run_by_its_hosts(pipeline):
    doc = run_doc("江城启动“江城工匠杯”技能竞赛\n3月4日，江城市总工会、江城市人社局联合举行2024年“江城工匠杯”"
                  "技能竞赛启动仪式。", pipeline)
    assert [m.text for m in doc.mentions if m.type == "EVENT"] == ["2024年“江城工匠杯”技能竞赛启动仪式"]
    runs = {(doc.entities[r.head].name, doc.entities[r.tail].name) for r in doc.relations if r.type == "RUNS"}
    assert {("江城市总工会", "江城工匠杯"), ("江城市人社局", "江城工匠杯")} <= runs


def test_a_bare_level_word_before_a_known_honour_is_part_of_it(pipeline):
    doc = run_doc("标题\n会议授予60个单位市五一劳动奖状，命名40个集体市工人先锋号。南漳县工人先锋号获表彰。", pipeline)
    names = [m.text for m in doc.mentions if m.type == "INITIATIVE"]
    assert names == ["市五一劳动奖状", "市工人先锋号", "南漳县工人先锋号"]


def test_a_modifier_of_a_known_name_and_the_place_before_it_join_it(pipeline):
    doc = run_doc("标题\n全省命名福建省示范性劳模工作室23家，省级职工书屋500家。", pipeline)
    names = [m.text for m in doc.mentions if m.type == "INITIATIVE"]
    assert "福建省示范性劳模工作室" in names and "职工书屋" in names  # level words stay outside


def test_a_named_venue_where_a_meeting_is_held_is_a_place(pipeline):
    doc = run_doc("标题\n江城县工会第十次代表大会在县会议中心召开。南漳供电公司工会在涌泉实训基地举办技能竞赛。"
                  "会议在市职工服务中心举行。", pipeline)
    places = [m.text for m in doc.mentions if m.type == "PLACE"]
    assert "县会议中心" in places and "涌泉实训基地" in places
    assert "市职工服务中心" not in places  # an institution that acts is no venue


def test_a_group_is_named_with_its_group_word_but_without_its_legal_form(pipeline):
    doc = run_doc("标题\n近日，营口海晨港务集团有限公司举办技能比武。海晨港务集团今年新增技师12名，营口海晨港务集团还将开展培训。",
                  pipeline)
    group = entity(doc, "营口海晨港务集团有限公司")
    assert [m.text for m in group.mentions] == ["营口海晨港务集团有限公司", "海晨港务集团", "营口海晨港务集团"]


def test_a_unions_committees_named_bare_are_organisations(pipeline):
    doc = run_doc("标题\n宁远县总工会十届四次全委会议暨经费审查委员会全体会议召开。会议选举产生了新一届委员会和经费审查委员会。"
                  "经审委员每月在线查账。", pipeline)
    orgs = spans(doc, "ORG")
    assert orgs.count("经费审查委员会") == 1  # the one inside the meeting's name is no mention of its own
    assert spans(doc, "EVENT") == ["宁远县总工会十届四次全委会议暨经费审查委员会全体会议"]
    assert not any(o.startswith("暨") for o in orgs)
    assert "经审委" not in orgs  # 经审委员: a member, not the committee


def test_people_named_in_part(pipeline):
    doc = run_doc("标题\n宁远县总工会主席龚建华到企业调研。龚主席表示，将为职工解决难题。职工汤某某向工会求助，"
                  "罗师傅说：“工会帮了大忙。”他向主席汇报了情况，焊接班班长也参加了座谈。", pipeline)
    persons = spans(doc, "PERSON")
    assert {"龚主席", "汤某某", "罗师傅"} <= set(persons)
    assert not any(p in ("向主席", "班班长") for p in persons)
    assert [m.text for m in entity(doc, "龚建华").mentions] == ["龚建华", "龚主席"]


def test_a_verb_glued_to_a_model_org_is_cut():
    from unionie.core.document import Document, Mention, WordLayer
    from unionie.entities.recognizers import trim_model_org

    doc = Document(text="标题\n经工会劳动调解中心调处，双方达成协议。", doc_id="x")
    s = doc.text.index("工会")
    words = [(s, s + 2, "n"), (s + 2, s + 4, "n"), (s + 4, s + 6, "n"), (s + 6, s + 8, "n"), (s + 8, s + 10, "v")]
    doc.lac_words = WordLayer(words)
    got = trim_model_org(doc, Mention(s, s + 10, "ORG", doc.text[s : s + 10], "neural"))
    assert [m.text for m in got] == ["工会劳动调解中心"]
    doc.lac_words = WordLayer([*words[:-1], (s + 8, s + 10, "n")])
    assert [m.text for m in trim_model_org(doc, Mention(s, s + 10, "ORG", doc.text[s : s + 10], "neural"))] \
        == ["工会劳动调解中心调处"]  # no verb read there: left as the model gave it


def test_a_city_nickname_is_the_city_when_the_article_names_it(pipeline):
    doc = run_doc("标题\n山西省总工会近日在并州举办职工运动会，太原市各级工会参加。", pipeline)
    city = entity(doc, "太原市")
    assert [m.text for m in city.mentions] == ["并州", "太原市"]
    assert not spans(doc, "INITIATIVE")  # 在并州举办职工运动会: a place and what happens there
    elsewhere = run_doc("标题\n宁远县总工会组织职工赴并州参观学习。", pipeline)
    assert "并州" not in [m.text for m in elsewhere.spans["gazetteer"]]  # neither 太原 nor 山西 named


def test_a_studio_named_after_a_person_is_one_initiative(pipeline):
    doc = run_doc("标题\n宁远县水泥厂高级技师庞建强说，他领衔的庞建强劳模创新工作室近三年攻克难题20项。", pipeline)
    assert "庞建强劳模创新工作室" in spans(doc, "INITIATIVE")
    assert spans(doc, "PERSON") == ["庞建强"]  # the person stays where he is named alone


def test_a_known_programme_ending_a_model_span_is_left_to_its_recognizer():
    from unionie.core.document import Document, Mention
    from unionie.entities.recognizers import without_known_initiative

    doc = Document(text="标题\n车务段工会在覃塘站职工书屋举行换书活动。", doc_id="x")
    s = doc.text.index("覃塘站")
    got = without_known_initiative(doc, Mention(s, s + 7, "PLACE", "覃塘站职工书屋", "neural"))
    assert got.text == "覃塘站"
    kept = without_known_initiative(doc, Mention(s, s + 7, "PLACE", "覃塘站职工书屋", "gazetteer"))
    assert kept.text == "覃塘站职工书屋"  # only the statistical model's spans are cut


def test_a_skills_contest_with_an_edition_or_a_place_is_an_initiative(pipeline):
    doc = run_doc("标题\n公司工会举办第五届配电运维技能竞赛，优胜者将参加吉林省电力行业职业技能竞赛。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert "第五届配电运维技能竞赛" in got and "吉林省电力行业职业技能竞赛" in got


def test_a_known_name_with_bracketed_alternatives_is_one_initiative(pipeline):
    doc = run_doc("标题\n宁远县总工会指导基层劳模（职工）创新工作室（联盟）建设，全县劳模(职工)创新工作室达到20家。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert "劳模（职工）创新工作室（联盟）" in got and "劳模(职工)创新工作室" in got


def test_model_orgs_lose_an_opening_verb_and_a_team_word():
    from unionie.core.document import Document, Mention, WordLayer
    from unionie.entities.recognizers import trim_model_org

    doc = Document(text="标题\n他充分肯定县总工会的工作，于都县代表队获得第一名。", doc_id="x")
    s = doc.text.index("肯定")
    doc.lac_words = WordLayer([(s, s + 2, "v"), (s + 2, s + 6, "ORG")])
    assert [m.text for m in trim_model_org(doc, Mention(s, s + 6, "ORG", "肯定县总工会", "neural"))] == ["县总工会"]
    s = doc.text.index("于都县")
    got = trim_model_org(doc, Mention(s, s + 6, "ORG", "于都县代表队", "neural"))
    assert [(m.type, m.text) for m in got] == [("PLACE", "于都县")]


def test_quoted_manners_and_figures_of_speech_are_no_initiatives(pipeline):
    doc = run_doc("标题\n宁远县总工会把建会入会作为“一把手工程”，推行“菜单式”宣讲，与农民工开展“面对面”交流，"
                  "并开展“暖心驿站”建设。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert not {"一把手工程", "菜单式", "面对面"} & set(got)
    assert "暖心驿站" in got


def test_quoted_figures_after_a_becoming_verb_are_no_initiatives(pipeline):
    """将成为某某的“甲”, 把某某建成某某的“甲”、某某的“乙”: figures of speech (initiatives.json
    becoming_verbs), the list's later names with the first; a name ending with a programme head, or
    a quote after 推出的, stays a programme."""
    doc = run_doc("标题\n东港镇总工会把“职工书屋”建成青年职工练本领的“蓄电池”、解心结的“润滑油”。"
                  "新设的休息点将成为环卫工人的“避风屋”、“补给站”“小憩角”。"
                  "镇总工会还推出了快递员的“暖蜂驿站”，并开展“东港工匠”评选。", pipeline)
    got = set(spans(doc, "INITIATIVE"))
    assert not {"蓄电池", "润滑油", "避风屋", "补给站"} & got
    assert {"职工书屋", "暖蜂驿站", "东港工匠"} <= got


def test_an_unquoted_season_or_month_of_service(pipeline):
    """启动某某关爱服务季活动, 开展某某读书月活动: a season, month or week of service named without
    quotes after a programme verb (initiatives.json unquoted_programme.heads); 宣传月 alone is no name."""
    doc = run_doc("标题\n6月1日，河湾区总工会启动快递员健康关爱服务季活动，并开展全区职工读书月活动。"
                  "县总工会也开展宣传月活动。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert got == ["快递员健康关爱服务季", "全区职工读书月"]


def test_a_month_of_service_held_in_editions(pipeline):
    """某市第四届职工心理关爱月暨…活动开幕: a month, season or festival of a programme held in editions
    is named from its place and edition (initiatives.json contest_heads), as a contest is."""
    doc = run_doc("标题\n5月20日，江城市第四届职工心理关爱月暨心理服务体验活动在东湖区开幕。", pipeline)
    assert "江城市第四届职工心理关爱月" in spans(doc, "INITIATIVE")


def test_a_year_or_an_edition_between_the_verb_and_the_programme(pipeline):
    """举办2024年“某某”读书分享会, 开展第二届“某某”评选, 启动2025年职工某某行动: a year or an
    edition between the verb and the name keeps the verb a cue (initiatives.json before_count,
    unquoted_programme.year); the year stays out of the programme's name."""
    doc = run_doc("标题\n柳林县总工会举办2024年“书香润心 匠心筑梦”读书分享会，开展第二届“最美职工妈妈”寻访，"
                  "还启动2025年职工健康护航行动。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert {"书香润心 匠心筑梦", "最美职工妈妈", "职工健康护航行动"} <= set(got)


def test_a_quoted_name_running_on_into_a_programmes_name(pipeline):
    """“某某”某市职工心理关爱行动: a quoted name right before a programme's name that runs on, with no
    verb, 的 or quote, to a strong cue (initiatives.json run_on_max) is the programme's name, however
    long the rest; a quoted word before a verb phrase ending in a cue is not."""
    doc = run_doc("标题\n“晴空伴你·工会同行”云溪市新就业形态劳动者心理关爱行动5月启动。"
                  "“巧手绣春”苍梧县女职工非遗技艺传承系列活动同日举行。"
                  "这些做法受到“老师傅”们的欢迎，大家都说好。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert "晴空伴你·工会同行" in got and "巧手绣春" in got and "老师傅" not in got


def test_a_couplet_campaign_before_a_long_programme_name(pipeline):
    """“甲甲甲甲、乙乙乙乙”+ a programme's name of a dozen characters ending with a strong cue: the
    couplet's cue may stand up to sixteen characters after the quote (职工普法宣传专项行动)."""
    doc = run_doc("标题\n5月6日，鼓楼区总工会启动了“学法守法、共护权益”新就业形态劳动者普法宣传专项行动。", pipeline)
    assert "学法守法、共护权益" in spans(doc, "INITIATIVE")


def test_a_quoted_name_running_into_a_forum_is_an_event(pipeline):
    """举办了“某某·某某”劳模工匠论坛: the quoted part names a meeting (initiatives.json
    meeting_run_heads), an EVENT run by nobody; “某某”职工读书分享会 stays a programme."""
    doc = run_doc("标题\n赛事期间，省总工会还举办了“匠心铸魂·技能兴业”劳模工匠论坛。区总工会举办“书香满园”职工读书分享会。", pipeline)
    assert spans(doc, "EVENT") == ["匠心铸魂·技能兴业"]
    assert spans(doc, "INITIATIVE") == ["书香满园"]


def test_an_enlarged_plenary_meeting_is_named_whole(pipeline):
    """全委扩大会议 (no brackets), 全体扩大会议: the head is the whole 扩大会议, not …扩 + 大会."""
    doc = run_doc("标题\n3月2日，某集团公司工会召开第二届第四次全委扩大会议。"
                  "县总工会召开第七届委员会第三次全体扩大会议。", pipeline)
    assert spans(doc, "EVENT") == ["第二届第四次全委扩大会议", "第七届委员会第三次全体扩大会议"]


def test_an_honour_quoted_after_biaozhang(pipeline):
    """命名表彰了12个“某某岗”, 表彰“某某”: an honour awarded (initiatives.json before_cues 表彰), an
    INITIATIVE as the guidelines' awards are."""
    doc = run_doc("标题\n4月28日，莲塘县总工会命名表彰了12个“红棉先锋岗”，并表彰“最美护路工”20名。", pipeline)
    assert {"红棉先锋岗", "最美护路工"} <= set(spans(doc, "INITIATIVE"))


def test_a_campaigns_bare_head_after_its_full_name(pipeline):
    """某市建筑工人入会集中行动 … 此次集中行动, 某县欠薪治理专项行动 … 专项行动还…: the bare head written
    after the full name is a mention of that programme (initiatives.json anaphoric_heads)."""
    doc = run_doc("标题\n5月9日，白河市总工会启动建筑工人入会集中行动。据介绍，此次集中行动持续半年。"
                  "县总工会同时开展欠薪治理专项行动，专项行动还将覆盖物流园区。", pipeline)
    inis = {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "INITIATIVE"}
    assert inis.get("建筑工人入会集中行动") == ["建筑工人入会集中行动", "集中行动"]
    assert inis.get("欠薪治理专项行动") == ["欠薪治理专项行动", "专项行动"]


def test_a_quoted_name_listed_with_a_known_programme(pipeline):
    """“模范职工之家”“模范职工小家”和“某某”: a quoted name listed with a known programme's name is a
    sibling of it, an INITIATIVE, though no cue stands near it; a list of unknown words is not."""
    doc = run_doc("标题\n会上，县总工会对“模范职工之家”和“金牌调解员”进行了表彰。"
                  "大家说起“苦”和“累”来都笑了。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert "金牌调解员" in got and not {"苦", "累"} & set(got)


def test_a_quoted_name_holding_a_long_known_name_is_named_whole(pipeline):
    """评选出20名“职工书屋优秀读书达人”: a quoted name holding a known name of four characters or more
    is a programme (an honour) of its own, named whole, never the known name alone inside the quote."""
    doc = run_doc("标题\n年底，石泉县总工会评选出20名“职工书屋优秀读书达人”。", pipeline)
    assert spans(doc, "INITIATIVE") == ["职工书屋优秀读书达人"]


def test_a_known_programme_named_like_a_city_gives_no_home_place(pipeline):
    """“安康杯”知识竞赛: a known programme's name (initiatives.json known) does not vote for the
    article's home place however it reads (安康 the city), so 市总工会 stays unplaced."""
    doc = run_doc("标题\n6月5日，市总工会举办全市职工“安康杯”安全知识竞赛，120名职工参赛。", pipeline)
    assert [e.name for e in doc.entities if e.type == "ORG"] == ["市总工会"]


def test_a_quoted_name_before_a_service_team(pipeline):
    """成立了“某某”职工志愿服务队, “某某”劳模宣讲团: a team named with a quoted brand is a programme's
    name (initiatives.json after_cues 服务队, 志愿队, 宣讲团), its quoted part the span."""
    doc = run_doc("标题\n龙溪县总工会成立了“青山绿”职工志愿服务队，还有一支“百灵鸟”劳模宣讲团。", pipeline)
    assert {"青山绿", "百灵鸟"} <= set(spans(doc, "INITIATIVE"))


def test_a_quoted_brand_before_a_service_outlet(pipeline):
    """“某某”商城, “某某”专区, “某某”驿站…: a quoted brand right before the outlet that carries it is a
    programme's name (initiatives.json after_cues), whatever verb stands before it."""
    doc = run_doc("标题\n职工可登录“滇工惠”商城领取消费券，也可在“云端工会”专区报名，还可到“山茶花”驿站歇脚。", pipeline)
    assert {"滇工惠", "云端工会", "山茶花"} <= set(spans(doc, "INITIATIVE"))


def test_a_dotted_campaign_name_listed_after_another(pipeline):
    """举行了“甲”读书分享活动、“乙·丙”“丁”读书分享会: a name with · right after 、 in a list of
    programmes is a campaign's name too; alone and with no cue (“她健康·心沟通”) it is a slogan."""
    doc = run_doc("标题\n今年书屋举行了“墨香润心 匠心筑梦”读书交流活动、“书香工会·春日共读”“春风读书季”读书分享会。"
                  "她说，“心健康·向未来”，大家要保重身体。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert "书香工会·春日共读" in got and "心健康·向未来" not in got


def test_a_name_in_full_width_straight_quotes(pipeline):
    """开展＂某某＂关爱活动: the full-width straight mark ＂…＂ quotes a name as “…” does."""
    doc = run_doc("标题\n腊月初八，桃源县总工会开展＂暖心送福＂关爱活动。", pipeline)
    assert spans(doc, "INITIATIVE") == ["暖心送福"]


def test_a_known_name_with_an_extension_is_one_programme(pipeline):
    doc = run_doc("标题\n公司工会召开劳模和工匠人才创新工作室联盟第三届成果发布会。", pipeline)
    assert "劳模和工匠人才创新工作室联盟" in spans(doc, "INITIATIVE")


def test_an_alias_inside_a_common_word_is_no_body(pipeline):
    doc = run_doc("标题\n对拒不整改的企业，提请人社部门依法处理。", pipeline)
    assert "人社部" not in spans(doc, "ORG")


def test_an_initiative_named_with_and_without_its_place_is_one():
    from unionie.core.document import Document, Mention
    from unionie.entities.aliases import group
    from unionie.entities.gazetteer import gazetteer

    doc = Document(text="标题\n供电服务之星竞赛落幕。宁远县供电服务之星评选每年一次。", doc_id="x")
    a = doc.text.index("供电")
    b = doc.text.index("宁远县")
    mentions = [Mention(a, a + 6, "INITIATIVE", "供电服务之星", "rule:quoted"),
                Mention(b, b + 9, "INITIATIVE", "宁远县供电服务之星", "rule:quoted")]
    clusters = group(doc, mentions, gazetteer())
    assert [(c.name, len(c.mentions)) for c in clusters] == [("宁远县供电服务之星", 2)]


def test_two_names_run_together_in_a_subtitle_are_two_people(pipeline):
    from unionie.core.document import Document, Mention
    from unionie.entities.recognizers import split_joined_names

    doc = Document(text="标题\n杨猛齐为民出席\n市委书记杨猛出席，省总工会副主席齐为民致辞。", doc_id="x")
    a = doc.text.index("杨猛齐")
    b = doc.text.index("书记杨猛") + 2
    c = doc.text.index("副主席齐为民") + 3
    got = split_joined_names(doc, [Mention(a, a + 3, "PERSON", "杨猛齐", "neural"),
                                   Mention(b, b + 2, "PERSON", "杨猛", "neural"),
                                   Mention(c, c + 3, "PERSON", "齐为民", "neural")])
    assert [m.text for m in got] == ["杨猛", "齐为民", "杨猛", "齐为民"]


def test_an_event_names_the_articles_city(pipeline):
    doc = run_doc("标题\n29日，黄石市工会第十二次代表大会开幕。市委书记郄英才出席。", pipeline)
    assert entity(doc, "黄石市委").normalized["place"] == "420200"


def test_a_model_org_ending_in_a_ceremony_head_is_an_event():
    from unionie.core.document import Document, Mention
    from unionie.entities.recognizers import with_zone

    doc = Document(text="标题\n10月30日，集团创新工作室交流暨表彰会在旗能公司召开。", doc_id="x")
    s = doc.text.index("集团")
    got = with_zone(doc, Mention(s, s + 13, "ORG", doc.text[s : s + 13], "neural"))
    assert (got.type, got.text) == ("EVENT", "集团创新工作室交流暨表彰会")


def test_a_studio_named_after_a_person_with_a_modifier(pipeline):
    doc = run_doc("标题\n与会人员参观了宁远供电公司张毅全国示范性劳模创新工作室。", pipeline)
    assert "张毅全国示范性劳模创新工作室" in spans(doc, "INITIATIVE")


def test_a_name_joined_by_a_middle_dot_is_a_campaign_when_a_cue_says_so(pipeline):
    doc = run_doc("标题\n宁远县总工会女职工委员会在县工人文化宫举办“她安康·心守护”女职工健康讲座。", pipeline)
    assert "她安康·心守护" in spans(doc, "INITIATIVE")
    alone = run_doc("标题\n会场上，“劳动光荣·奋斗幸福”的标语格外醒目。", pipeline)
    assert not spans(alone, "INITIATIVE")  # a slogan on a banner


def test_quoted_goods_handed_out_are_not_programmes(pipeline):
    doc = run_doc("标题\n宁远县总工会为环卫工人送去毛巾、藿香正气水等“消暑礼包”，共发放慰问金6000元、“消暑礼包”120份。", pipeline)
    assert "消暑礼包" not in spans(doc, "INITIATIVE")


def test_a_model_org_opening_inside_a_word_opens_at_the_next_word(pipeline):
    doc = run_doc("标题\n副县长在讲话中充分肯定县总工会过去一年的工作。", pipeline)
    assert "县总工会" in spans(doc, "ORG") and "肯定县总工会" not in spans(doc, "ORG")


def test_a_model_span_stops_at_an_opening_quote():
    from unionie.core.document import Document, Mention
    from unionie.entities.recognizers import before_quote

    doc = Document(text="标题\n永州车务段「书香小站」换书活动举行。", doc_id="x")
    s = doc.text.index("永州")
    got = before_quote(doc, Mention(s, s + 10, "ORG", doc.text[s : s + 10], "neural"))
    assert got.text == "永州车务段"
    assert before_quote(doc, Mention(s + 4, s + 10, "ORG", doc.text[s + 4 : s + 10], "neural")) is None


def test_a_quoted_honour_after_an_award_verb_is_an_initiative(pipeline):
    doc = run_doc("标题\n表彰会上，8支班组获评“安全先锋班组”，21名职工被评为“节能标兵”，另有5人获评公司“岗位能手”。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert {"安全先锋班组", "节能标兵", "岗位能手"} <= set(got), got


def test_a_quoted_figure_of_speech_after_became_is_no_initiative(pipeline):
    doc = run_doc("标题\n走进这些休息室，整洁的环境让它们成了一个“温暖港湾”。老师傅被誉为“焊花医生”。", pipeline)
    assert not spans(doc, "INITIATIVE")


def test_union_bodies_named_after_the_same_division_are_one_body(pipeline):
    doc = run_doc("标题\n近日，湖南省永州市宁远县总工会举办职工运动会。永州宁远县工会负责人介绍，宁远县总今年将继续办好运动会。"
                  "永州市总工会派员观摩。", pipeline)
    orgs = {e.name: sorted(m.text for m in e.mentions) for e in doc.entities if e.type == "ORG"}
    assert orgs["湖南省永州市宁远县总工会"] == sorted(["湖南省永州市宁远县总工会", "永州宁远县工会", "宁远县总"])
    assert "永州市总工会" in orgs  # the city's union is another body


def test_a_short_city_name_that_is_a_common_word_needs_a_place_reading(pipeline):
    doc = run_doc("标题\n宁远县总工会开展“安康杯”知识竞赛，筑牢安康防线。", pipeline)
    assert not spans(doc, "PLACE") or spans(doc, "PLACE") == ["宁远县"]
    city = run_doc("标题\n近日，陕西安康职工踊跃参加技能大赛。", pipeline)
    assert "陕西安康" in spans(city, "PLACE")


def test_a_joint_union_is_not_cut_at_lianhe_and_sheng_shi_names_the_city_union(pipeline):
    doc = run_doc("标题\n近日，省市总工会领导一行到宁远县调研。舜陵镇小微企业联合工会成立。", pipeline)
    got = spans(doc, "ORG")
    assert "舜陵镇小微企业联合工会" in got and "市总工会" in got and "省市总工会" not in got, got


def test_china_in_a_concepts_name_is_no_place(pipeline):
    doc = run_doc("标题\n3月1日，宁远县总工会召开学习会，深入学习新时代中国特色社会主义思想，为中国梦的实现贡献力量，"
                  "奋力推进中国式现代化。中国工人阶级是我国的领导阶级。", pipeline)
    assert spans(doc, "PLACE").count("中国") == 1  # 中国工人阶级: the country
    assert all(doc.text[m.end : m.end + 1] not in "特梦式" for e in doc.entities if e.type == "PLACE" for m in e.mentions)


def test_a_short_form_before_a_verb_and_an_adverb_before_a_body_are_not_in_its_name(pipeline):
    doc = run_doc("宁远县总开展爱心母婴室建设\n5月6日，宁远县总开展爱心母婴室建设，宁远县总力推爱心母婴室进企业。"
                  "下一步镇总工会将继续推进。", pipeline)
    orgs = spans(doc, "ORG")
    assert orgs.count("宁远县总") == 3 and not any("开展" in o or "力推" in o or "下一步" in o for o in orgs)


def test_inspection_teams_and_benefit_words_are_no_entities(pipeline):
    doc = run_doc("标题\n5月6日，宁远县总工会调研组走访企业。慰问组一行看望了困难职工，全县3000名职工成为普惠会员。", pipeline)
    assert not {"调研组", "慰问组"} & set(spans(doc, "ORG")) and "普惠" not in spans(doc, "PERSON")


def test_studios_named_after_founders_the_model_missed(pipeline):
    doc = run_doc("标题\n5月6日，宁远县总工会命名邓建国劳模创新工作室、易丹劳模创新工作室、谭思雨职工创新工作室等13个工作室。"
                  "宁远县劳模创新工作室同日揭牌。", pipeline)
    studios = spans(doc, "INITIATIVE")
    assert {"邓建国劳模创新工作室", "易丹劳模创新工作室", "谭思雨职工创新工作室"} <= set(studios)
    assert "宁远县劳模创新工作室" in studios or "劳模创新工作室" in studios  # a place, not a founder
    assert not any(s.startswith("远县") for s in studios)


def test_the_verb_zuo_glued_to_a_two_character_name_is_cut(pipeline):
    doc = run_doc("标题\n5月6日，宁远县总工会召开全委会议。县总工会主席邓建国作工作报告，副主席易丹作财务工作报告，"
                  "总经理张宏作公司年度报告，主任苏春作讲话。", pipeline)
    people = set(spans(doc, "PERSON"))
    assert {"邓建国", "易丹", "张宏", "苏春"} <= people and not any(p.endswith("作") for p in people)


def test_a_division_opening_with_a_conjunction_is_a_place_only_as_a_word(pipeline):
    doc = run_doc("标题\n根据省总工会和县委、县政府的部署，宁远县总工会开展慰问活动。", pipeline)
    assert not any("和县" in e.name for e in doc.entities)
    assert "县委" in spans(doc, "ORG")


def test_a_towns_union_is_not_taken_for_a_misspelt_city_union(pipeline):
    doc = run_doc("标题\n晋江市罗山总工会和晋江市总工会联合举办活动。晋江市罗山总工会负责组织。", pipeline)
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"晋江市罗山总工会", "晋江市总工会"} <= names


def test_numbered_plenums_and_congresses_are_events(pipeline):
    doc = run_doc("标题\n会议学习贯彻党的二十届三中全会精神和省委十二届五次全会精神。宁远县工会十五大以来，全县评选十大工匠。"
                  "县总工会第十一届三次全委(扩大)会议召开。", pipeline)
    events = set(spans(doc, "EVENT"))
    assert {"二十届三中全会", "省委十二届五次全会", "宁远县工会十五大"} <= events
    assert any(e.endswith("全委(扩大)会议") for e in events)
    assert not any("十大工匠" in e for e in events) and "宁远县工会十五大" not in spans(doc, "ORG")


def test_a_town_named_like_a_joining_verb_after_a_body_is_the_verb(pipeline):
    doc = run_doc("标题\n7月8日，宁远县总工会联合镇总工会开展慰问。弘扬中华优秀传统文化，实现中华民族伟大复兴。", pipeline)
    orgs = spans(doc, "ORG")
    assert "宁远县总工会" in orgs and not any("联合" in o for o in orgs)
    assert "中华" not in spans(doc, "PLACE")


def test_a_countys_short_name_is_a_place_where_the_article_names_the_county(pipeline):
    doc = run_doc("标题\n卓尼县总工会召开会议。全县职工在卓尼建设中建功立业。", pipeline)
    place = next(e for e in doc.entities if e.type == "PLACE" and e.name == "卓尼")
    assert place.normalized["code"] == "623022"
    alone = run_doc("标题\n全县职工在卓尼建设中建功立业。", pipeline)
    assert "卓尼" not in spans(alone, "PLACE")  # never named in full: not taken for the county
    studio = run_doc("标题\n浦东新区总工会推进职工书屋建设，浦东职工书屋已达300家。", pipeline)
    assert "职工书屋" in spans(studio, "INITIATIVE") and "浦东" in spans(studio, "PLACE")


def test_leagues_and_contests_opening_with_a_quoted_name(pipeline):
    doc = run_doc("标题\n近日，宁远县总工会主办的第二届“GBA”男子篮球联赛开幕。由宁远县总工会主办的“舜乡·九嶷杯”"
                  "区直机关职工篮球联赛落幕。", pipeline)
    assert {"第二届“GBA”男子篮球联赛", "“舜乡·九嶷杯”区直机关职工篮球联赛"} <= set(spans(doc, "INITIATIVE"))


def test_a_short_form_the_article_defines_names_the_same_entity(pipeline):
    doc = run_doc("标题\n近日，宁远县总工会印发《关于进一步加强产业工人队伍建设改革的实施意见》（以下简称《意见》）。"
                  "《意见》提出，到2025年建成职工驿站50个。", pipeline)
    (document,) = [e for e in doc.entities if e.type == "DOCUMENT"]
    assert [m.text for m in document.mentions] == ["关于进一步加强产业工人队伍建设改革的实施意见", "意见", "意见"]
    assert sum(r.type == "ISSUED" for r in doc.relations) == 1


def test_a_province_named_right_before_a_body_opening_with_its_county_is_in_the_name(pipeline):
    doc = run_doc("标题\n近日，湖南宁远县卫生系统工会组织职工体检。", pipeline)
    assert "湖南宁远县卫生系统工会" in spans(doc, "ORG") and "湖南" not in spans(doc, "PLACE")


def test_the_company_anaphor_after_only_its_union_is_named_is_the_company(pipeline):
    doc = run_doc("标题\n宁远机械集团有限公司工会开展送清凉活动，集团公司党委副书记、工会主席梁建军带队。", pipeline)
    assert any(e.name == "宁远机械集团有限公司" and [m.text for m in e.mentions] == ["集团公司"]
               for e in doc.entities)


def test_a_bare_street_union_is_the_one_named_in_full(pipeline):
    doc = run_doc("标题\n舜陵街道总工会开展慰问活动。街道总工会主席王芳带队走访辖区企业。", pipeline)
    (union,) = [e for e in doc.entities if e.type == "ORG"]
    assert union.name == "舜陵街道总工会" and len(union.mentions) == 2
    two = run_doc("标题\n石门二路街道总工会和南京西路街道总工会开展慰问活动。街道总工会主席王芳带队。", pipeline)
    assert "街道总工会" in {e.name for e in two.entities}  # which one, the text does not say


def test_a_bare_town_body_is_the_body_of_the_one_town_named(pipeline):
    """镇党委, 镇人大, 街道党工委 in an article that names one town or street of that level and no
    body of it in full: that town's body (town_abbrev), as 市总工会 is the article's city's; with
    two towns named, the text does not say which."""
    doc = run_doc("标题\n5月8日，洪绪镇召开职工代表座谈会。镇人大主席、总工会主席邢立方主持，镇党委副书记袁晓出席。", pipeline)
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"洪绪镇人大", "洪绪镇总工会", "洪绪镇党委"} <= names
    doc = run_doc("标题\n近日，四川北路街道召开职工座谈会。街道党工委副书记邢立方出席。", pipeline)
    assert "四川北路街道党工委" in {e.name for e in doc.entities if e.type == "ORG"}
    two = run_doc("标题\n洪绪镇、官桥镇召开职工座谈会。镇党委副书记邢立方出席。", pipeline)
    assert "镇党委" in {e.name for e in two.entities}


def test_a_bare_district_union_is_the_one_named_in_full_not_a_companys_district(pipeline):
    """区总工会 after 某某新区总工会, in an article whose company is named after another district:
    the union named in full, not the company's district's (渝北区总工会)."""
    doc = run_doc("标题\n9月3日，由两江新区总工会主办、国网重庆市渝北区供电公司承办的技能竞赛开赛。"
                  "区总工会副主席邢立方致辞。", pipeline)
    assert "区总工会" in {m.text for m in entity(doc, "两江新区总工会").mentions}


def test_a_village_or_communitys_union_is_a_body(pipeline):
    """某某村工会, 某某社区工会: a village or a community the tagger finds, then a union head, is that
    village's or community's union (村, 社区 and 街道 end a place as a level word does)."""
    doc = run_doc("标题\n石桥村工会自成立以来，不断吸纳职工。市总工会听取了石桥村工会的工作汇报。", pipeline)
    assert [m.text for m in entity(doc, "石桥村工会").mentions] == ["石桥村工会", "石桥村工会"]


def test_an_anaphoric_street_union_is_the_one_named_in_full(pipeline):
    """该街道总工会 after 某某街道总工会: the same union, as 该区总工会 is the district's."""
    doc = run_doc("标题\n近日，青柳街道总工会开展送清凉活动。该街道总工会负责人表示，将继续开展活动。", pipeline)
    union = entity(doc, "青柳街道总工会")
    assert "该街道总工会" in {m.text for m in union.mentions}
    doc = run_doc("标题\n近日，县总工会到洪绪镇开展调研。该镇工会副主席邢立方参加座谈。", pipeline)
    assert [m.text for m in entity(doc, "洪绪镇工会").mentions] == ["该镇工会"]


def test_a_bare_level_union_is_the_one_named_after_that_level(pipeline):
    # 平泉县 is 平泉市 in the division list: 县总工会 is not expanded through the home county
    doc = run_doc("标题\n平泉县总工会走访困难职工。县总工会班子成员分头带队，送去慰问金。", pipeline)
    (union,) = [e for e in doc.entities if e.type == "ORG"]
    assert union.name == "平泉县总工会" and len(union.mentions) == 2
    # a county-level city named by its short name, then 市总工会
    short = run_doc("标题\n义乌总工会举办职工运动会。市总工会负责人介绍，赛事设八个项目。", pipeline)
    (union,) = [e for e in short.entities if e.type == "ORG"]
    assert len(union.mentions) == 2


def test_a_quoted_meeting_and_a_bare_town_union_open_the_event_name(pipeline):
    doc = run_doc("标题\n3月2日，在社区会议室召开“锦绣路商户工会联合会第一次会员代表大会”。"
                  "次日，桐溪街道召开街道工会第三次代表大会，58名代表参加。", pipeline)
    assert spans(doc, "EVENT") == ["锦绣路商户工会联合会第一次会员代表大会", "街道工会第三次代表大会"]


def test_union_typos_and_a_company_without_its_owner_join_the_full_name(pipeline):
    doc = run_doc("标题\n宁河区总工会走访一线职工。宁河总区工会负责人表示，宁河区总会将继续开展帮扶。"
                  "华电蓟州区热力公司积极配合。蓟州区热力公司职工表示感谢。", pipeline)
    union = entity(doc, "宁河区总工会")
    assert {m.text for m in union.mentions} == {"宁河区总工会", "宁河总区工会", "宁河区总会"}
    company = next(e for e in doc.entities if any(m.text == "蓟州区热力公司" for m in e.mentions))
    assert company.name == "华电蓟州区热力公司"


def test_an_alias_inside_a_word_is_no_mention(pipeline):
    doc = run_doc("标题\n枫林县总工会组织女职工来到湖畔，在春光中共同庆祝节日。中共枫林县委书记出席。", pipeline)
    assert [m.text for m in doc.mentions if m.type == "ORG" and m.text.startswith("中共")] == ["中共枫林县委"]


def test_a_bodys_meeting_room_is_no_place(pipeline):
    doc = run_doc("标题\n3月2日，枫林县总工会在五楼会议室召开座谈会。次日，在青溪会议中心召开推进会。", pipeline)
    assert not [m.text for m in doc.mentions if m.text.endswith("会议室")]
    assert "青溪会议中心" in spans(doc, "PLACE")


def test_a_company_short_name_from_a_place_inside_its_name(pipeline):
    doc = run_doc("标题\n市总工会走访浙江恒达宁波港机有限公司。宁波港机工会主席介绍，宁波港机职工超千人。", pipeline)
    company = next(e for e in doc.entities if e.name == "浙江恒达宁波港机有限公司")
    assert [m.text for m in company.mentions].count("宁波港机") >= 1
    assert "宁波" not in spans(doc, "PLACE")


def test_quoted_festivals_are_no_programmes(pipeline):
    doc = run_doc("标题\n在“五一劳动节”来临之际，宁远县总工会开展慰问。庆“三八”妇女节，县总工会举办座谈会。", pipeline)
    assert not {"五一劳动节", "三八"} & set(spans(doc, "INITIATIVE"))


def test_names_the_model_cut_short_and_bodies_it_ran_on(pipeline):
    doc = run_doc("标题\n宁远县总工会看望了刘德本、王树本等困难劳模。对于赵某明来说，这是特殊的日子。"
                  "湘南省总工会联合湘南省人力资源和社会保障厅会商各方筹办大赛。"
                  "大赛由湘南省总工会、湘南省供销合作社联合社联合主办。", pipeline)
    people = {e.name for e in doc.entities if e.type == "PERSON"}
    assert {"王树本", "赵某明"} <= people and not {"王树", "赵某"} & people
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert "湘南省人力资源和社会保障厅" in orgs and "湘南省供销合作社联合社" in orgs
    assert not any("会商" in o for o in orgs)


def test_unions_of_a_group_of_divisions_are_generic(pipeline):
    doc = run_doc("标题\n宁远县总工会开展疗休养。各县(市)区总工会、产业工会也积极组织职工参加。"
                  "永州市县市区总工会主要负责人参加会议。全市各级工会组织在市委指导下开展工作。", pipeline)
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert not any(o.endswith("区总工会") for o in orgs), orgs
    assert any(o.endswith("市委") for o in orgs)  # a body after 各级工会 is still one


def test_a_variant_or_two_character_division_inside_a_name_is_no_place_of_it(pipeline):
    doc = run_doc("标题\n在鸣凤城区环卫站，县总工会为环卫工人送上慰问品。远安县总工会为120名快递员送上清凉包。", pipeline)
    union = next(e for e in doc.entities if e.name == "远安县总工会")
    assert [m.text for m in union.mentions] == ["县总工会", "远安县总工会"]
    assert union.normalized["place"] == "420525"
    station = next(e for e in doc.entities if "环卫站" in e.name)
    assert station.normalized is None or station.normalized.get("place") == "420525"


def test_short_bodies_written_together_are_each_a_body(pipeline):
    record = pipeline.extract("标题\n宁远县总工会学习省委市委全会精神，在县委县政府的领导下开展工作。"
                              "国家税务总局湘南省税务局参加。")
    orgs = [m.text for e in record.entities if e.type == "ORG" for m in e.mentions]
    assert {"省委", "市委", "县委", "县政府"} <= set(orgs)
    assert "省委市委" not in orgs and "县委县政府" not in orgs
    assert "国家税务总局湘南省税务局" in orgs  # a body and its branch stay one name


def test_a_division_name_from_the_middle_of_a_word_is_no_place(pipeline):
    record = pipeline.extract("标题\n宁远县总工会助力“追赶超越城区”建设。越城区总工会参加。")
    places = [m.text for e in record.entities if e.type == "PLACE" for m in e.mentions]
    assert "越城区" not in places  # 卓越|城区
    assert any(e.name == "越城区总工会" for e in record.entities if e.type == "ORG")


def test_a_company_named_with_its_owner_is_two_bodies(pipeline):
    record = pipeline.extract("标题\n宁远重工旗下宁远精密轨道有限公司工会为一线职工送清凉。湘江工业旗下湘江科工轨道公司开展活动。")
    orgs = [m.text for e in record.entities if e.type == "ORG" for m in e.mentions]
    assert orgs == ["宁远重工", "宁远精密轨道有限公司工会", "湘江工业", "湘江科工轨道公司"]


def test_a_programmes_head_written_bare_is_a_mention_of_it(pipeline):
    record = pipeline.extract("标题\n宁远县总工会“女职工关爱室”正式启用。关爱室面积约60平方米，设有哺乳区。"
                              "县总工会主席介绍，将把关爱室打造成女职工之家。")
    care = next(e for e in record.entities if e.type == "INITIATIVE" and e.name == "女职工关爱室")
    assert [m.text for m in care.mentions] == ["女职工关爱室", "关爱室", "关爱室"]
    record = pipeline.extract("标题\n职工活动室里，关爱室的牌子很醒目。")  # no programme named in full: no mention
    assert not any(e.type == "INITIATIVE" for e in record.entities)


def test_a_unions_legal_aid_is_a_service_not_a_named_programme(pipeline):
    record = pipeline.extract("标题\n宁远县设立工会法律援助工作站27个。区总工会法律援助律师张某全程参与，为其中3名工人提供指导。")
    assert not any(e.type == "INITIATIVE" for e in record.entities)
    assert "区总工会" in [m.text for e in record.entities if e.type == "ORG" for m in e.mentions]
    assert record.facts[-1].text == "3名" and record.facts[-1].subject is None  # the lawyer, not the union


def test_an_anonymised_name_whose_family_name_is_a_measure_word(pipeline):
    record = pipeline.extract("标题\n市总工会主席张某某到赛场观摩。他买了三张某品牌的门票。")
    people = [m.text for e in record.entities if e.type == "PERSON" for m in e.mentions]
    assert people == ["张某某"]


def test_a_quoted_couplet_before_an_activity_is_a_campaign(pipeline):
    doc = run_doc("标题\n宁远县总工会开展“浓情端午，情暖一线”走访慰问活动。宁远县总工会推行“扫码入会、即入即享”。", pipeline)
    assert spans(doc, "INITIATIVE") == ["浓情端午，情暖一线"]  # a practice after 推行 is none


def test_a_given_name_after_a_role_word_takes_its_family_name(pipeline):
    record = pipeline.extract("标题\n宁远县环卫站职工程美玲说：“感谢县总工会年年惦记着我们。”")
    assert [m.text for e in record.entities if e.type == "PERSON" for m in e.mentions] == ["程美玲"]


def test_a_statistical_org_holding_a_list_is_no_name(pipeline):
    record = pipeline.extract("标题\n宁远县蓝山街道总工会看望了城管队、蓝山义工、应急分队队员等300多人。")
    assert not any("、" in m.text for e in record.entities for m in e.mentions)


def test_a_congress_named_after_a_company_or_a_street_union_opens_with_it(pipeline):
    doc = run_doc("标题\n4月24日，枫林宏达钢铁集团有限公司第五届职工代表大会第三次会议审议通过方案。"
                  "3月14日，昌吉市宁边路街道工会第二次会员代表大会召开。某公司在公司总部召开第三届职工代表大会。", pipeline)
    assert spans(doc, "EVENT") == ["枫林宏达钢铁集团有限公司第五届职工代表大会第三次会议",
                                   "昌吉市宁边路街道工会第二次会员代表大会", "第三届职工代表大会"]


def test_nicknames_and_modes_in_quotes_are_no_programmes(pipeline):
    doc = run_doc("标题\n宁远县总工会联合县邮政管理局举办“快递小哥”专场入会活动，推行“线上+线下”服务。", pipeline)
    assert spans(doc, "INITIATIVE") == []


def test_review_fixes_for_delegations_quoted_ceremonies_and_venues(pipeline):
    doc = run_doc("标题\n县总工会副主席张某带领宁远县总工会职工权益保障调研组来湘南市调研。"
                  "6月3日，“宁远宏达机械有限公司工资专项合同”签约仪式于公司会议室举行。"
                  "各企业代表在宁远分会场观摩签约仪式。", pipeline)
    assert "宁远县总工会职工权益保障" not in spans(doc, "ORG")
    assert spans(doc, "EVENT") == ["“宁远宏达机械有限公司工资专项合同”签约仪式"]


def test_a_name_the_model_cut_inside_a_segmenter_word_ends_with_that_word(pipeline):
    record = pipeline.extract("标题\n宁远供电所主任助理吴登远说：“通过比赛感受到了压力。”")
    assert [m.text for e in record.entities if e.type == "PERSON" for m in e.mentions] == ["吴登远"]


def test_a_unions_service_card_is_a_programme_but_a_membership_card_handed_out_is_not(pipeline):
    doc = run_doc("标题\n市总工会为职工办理工会服务卡，工会帮扶卡也已上线。60名司机现场领取了工会会员卡。", pipeline)
    assert spans(doc, "INITIATIVE") == ["工会服务卡", "工会帮扶卡"]


def test_a_federations_short_form_before_a_verbal_noun_and_a_compound_surname(pipeline):
    doc = run_doc("标题\n宁远县总工会今年按照全总、省总部署开展工作。会议审议通过了欧阳丽华代表县总工会所作的报告。", pipeline)
    assert "省总" in spans(doc, "ORG") and "省总部署" not in spans(doc, "ORG")
    assert "欧阳丽华" in spans(doc, "PERSON")


def test_acceptance_teams_are_no_bodies(pipeline):
    doc = run_doc("标题\n3月2日，验收组来到青禾县总工会。随后，验收小组查看了“暖心书屋”，青禾县总工会验收组还走访了企业。", pipeline)
    orgs = spans(doc, "ORG")
    assert not {"验收组", "验收小组"} & set(orgs) and not any(o.endswith("验收组") for o in orgs)
    assert not any(r.type == "RUNS" and "验收" in doc.entities[r.head].name for r in doc.relations)


def test_a_bare_level_body_joins_the_one_body_named_with_its_division(pipeline):
    doc = run_doc("标题\n凤台县文化旅游局举办培训。培训由凤台县总工会、县文化旅游局共同组织。", pipeline)
    body = entity(doc, "凤台县文化旅游局")
    assert any(m.text == "县文化旅游局" for m in doc.mentions if m.entity == doc.entities.index(body))


def test_a_place_before_a_park_head_is_the_named_park(pipeline):
    doc = run_doc("标题\n慰问组走访了桃溪小企业园区和东岭高新技术产业园区的企业。", pipeline)
    places = spans(doc, "PLACE")
    assert "桃溪小企业园区" in places and not {"桃溪", "东岭"} & set(places)


def test_a_model_place_opening_inside_a_chain_takes_the_whole_chain(pipeline):
    record = pipeline.extract("标题\n物资还被送往山西晋中和顺县12家站点。")
    place = next(e for e in record.entities if e.type == "PLACE")
    assert place.mentions[0].text == "山西晋中和顺县" and place.normalized.code == "140723"


def test_a_county_short_name_after_a_destination_verb_is_a_place(pipeline):
    doc = run_doc("标题\n调研组成员汪明一行来到余江,走访县总工会。", pipeline)
    assert "余江" in spans(doc, "PLACE") and "余江" not in spans(doc, "PERSON")


def test_an_appointment_verb_after_a_name_opens_no_partial_name(pipeline):
    doc = run_doc("标题\n由副主席王海任组长的检查组来到企业。会上，任主席作了讲话。", pipeline)
    assert "任组长" not in spans(doc, "PERSON") and "王海" in spans(doc, "PERSON")


def test_a_statistical_org_sheds_an_edition_word_and_an_anaphoric_owner(pipeline):
    from unionie.core.document import Mention
    from unionie.core.types import EntityType as T
    from unionie.entities.recognizers import trim_model_org
    doc = run_doc("标题\n大会选出首届澄岭园区联合工会委员5名。该公司设备维护车间职工李明发言。", pipeline)
    for name, kept in (("首届澄岭园区联合工会", "澄岭园区联合工会"), ("该公司设备维护车间", "设备维护车间")):
        i = doc.text.index(name)
        assert [m.text for m in trim_model_org(doc, Mention(i, i + len(name), T.ORG, name, "neural"))] == [kept]


def test_a_one_character_body_before_a_party_title_is_no_org(pipeline):
    doc = run_doc("标题\n院党组成员、副院长赵明出席会议，所党委书记钱亮主持。", pipeline)
    assert not [o for o in spans(doc, "ORG") if len(o) < 2] and "赵明" in spans(doc, "PERSON")


def test_a_department_opening_the_next_officials_chain_is_the_same_bodys(pipeline):
    doc = run_doc("标题\n下午，澄岭市总工会经审会主任张立，宣传教育部部长李伟，办公室主任赵强出席。", pipeline)
    got = {(doc.entities[r.head].name, doc.entities[r.tail].name, r.position) for r in doc.relations}
    assert ("李伟", "澄岭市总工会宣传教育部", "部长") in got and ("赵强", "澄岭市总工会办公室", "主任") in got


def test_a_hall_of_a_body_is_no_organisation(pipeline):
    from unionie.core.document import Mention
    from unionie.core.types import EntityType as T
    from unionie.entities.recognizers import keep
    doc = run_doc("标题\n检查组参观了澄岭县检测中心服务大厅和成果展厅。", pipeline)
    for name in ("澄岭县检测中心服务大厅", "成果展厅"):
        i = doc.text.index(name)
        assert not keep(Mention(i, i + len(name), T.ORG, name, "neural"))
    assert not any("厅" in o for o in spans(doc, "ORG"))


def test_a_four_character_idiom_repeating_its_first_character_is_no_person(pipeline):
    doc = run_doc("标题\n窗口前，章起章落间办结了业务。", pipeline)
    assert "章起章" not in spans(doc, "PERSON")


def test_a_meeting_head_governed_by_a_preposition_names_no_event(pipeline):
    doc = run_doc("标题\n青州市总工会副主席苏晴为仪式致辞，孟晓川代表上一届委员会向大会报告工作。", pipeline)
    assert not any("仪式" in s or "大会" in s for s in spans(doc, "EVENT"))


def test_an_aspect_particle_opens_no_unquoted_programme(pipeline):
    doc = run_doc("标题\n会后，青州市总工会志愿者深入社区，开展了女职工普法维权行动。", pipeline)
    assert "女职工普法维权行动" in spans(doc, "INITIATIVE")
    assert not any(s.startswith("了") for s in spans(doc, "INITIATIVE"))


def test_a_count_of_editions_is_no_edition_of_a_contest(pipeline):
    doc = run_doc("标题\n青州市总工会已连续举办两届全市职工乒乓球大赛。", pipeline)
    assert not any(s.startswith("两届") for s in spans(doc, "INITIATIVE"))


def test_a_trade_union_federation_named_after_a_place(pipeline):
    doc = run_doc("标题\n近日，青州市网约车行业工会联合会正式成立。市网约车行业工会联合会首批发展会员200人，"
                  "青州市各行业工会也派员参加。", pipeline)
    body = entity(doc, "青州市网约车行业工会联合会")
    assert [m.text for m in body.mentions] == ["青州市网约车行业工会联合会", "市网约车行业工会联合会"]
    assert not any("各行业" in s for s in spans(doc, "ORG"))


def test_a_union_committee_written_short_is_the_committee_named_in_full(pipeline):
    doc = run_doc("标题\n青州县总工会女职工委员会近日换届。县总工会女职委主任苏晴主持，经审委主任周原出席。", pipeline)
    committee = entity(doc, "青州县总工会女职工委员会")
    assert "县总工会女职委" in [m.text for m in committee.mentions]


def test_a_family_name_read_as_a_measure_word_opens_a_title_form(pipeline):
    doc = run_doc("标题\n青州市总工会主席张晓川一行走访困难职工。走访中，张主席与职工亲切交谈。", pipeline)
    assert [m.text for m in entity(doc, "张晓川").mentions] == ["张晓川", "张主席"]


def test_studios_named_after_a_person_and_listed_with_their_company(pipeline):
    doc = run_doc("标题\n此次入选的创新工作室分别是：青州钢铁公司周原劳模创新工作室、青州第二机械厂孟晓川创新工作室，"
                  "均获评市级劳模工匠创新工作室。", pipeline)
    studios = spans(doc, "INITIATIVE")
    assert "周原劳模创新工作室" in studios and "劳模工匠创新工作室" in studios
    assert not any(s.endswith("创新工作室") for s in spans(doc, "ORG"))


def test_a_verb_glued_to_a_name_before_an_opening_speech_is_cut(pipeline):
    doc = run_doc("标题\n青州市总工会干部学校副校长孟川作开班动员，学员50人参加。", pipeline)
    assert "孟川" in spans(doc, "PERSON") and "孟川作" not in spans(doc, "PERSON")


def test_a_training_course_is_no_organisation(pipeline):
    doc = run_doc("标题\n12月3日，2021年青州县工会干部培训班在市委党校开班。", pipeline)
    assert not any(s.endswith("培训班") for s in spans(doc, "ORG"))


def test_a_ceremony_named_bare_in_the_headline_and_after_its_place_in_the_lead(pipeline):
    doc = run_doc("山东举行网约车司机集中入会仪式\n5月8日，山东省总工会举办了山东网约车司机集中入会仪式。", pipeline)
    events = [e for e in doc.entities if e.type == "EVENT"]
    assert len(events) == 1 and len(events[0].mentions) == 2


def test_closing_and_opening_ceremonies_of_a_training_class(pipeline):
    """首期“某某培训营”结业式, 第三期某某培训班开班式: ceremonies (organizations.json ceremony_heads)
    whose name opens at an edition counted in 期; 启动首期“某某培训营”: the verb stays a cue past
    the edition, and 培训营 is a programme's head."""
    doc = run_doc("标题\n6月3日，首期“金牌技师研修培训营”结业式在区职工之家举行。"
                  "市总工会去年9月启动首期“金牌技师研修培训营”。县总工会举行第三期工会干部业务培训班开班式。", pipeline)
    assert spans(doc, "EVENT") == ["首期“金牌技师研修培训营”结业式", "第三期工会干部业务培训班开班式"]
    assert "金牌技师研修培训营" in spans(doc, "INITIATIVE")


def test_a_ceremony_named_right_after_kaizhan_is_an_event(pipeline):
    """开展某某授牌仪式暨某某启动仪式: the name runs from the verb that holds it (organizations.json
    ceremony_hosts), not a known programme's name inside it; 开展座谈 names no ceremony."""
    doc = run_doc("白水县总工会开展职工书屋授牌仪式暨全民阅读月启动仪式\n3月4日，县总工会开展座谈交流。", pipeline)
    assert spans(doc, "EVENT") == ["职工书屋授牌仪式暨全民阅读月启动仪式"]
    assert "职工书屋" not in spans(doc, "INITIATIVE")


def test_a_ceremony_named_after_jubanle_or_juxingle(pipeline):
    """举办某某颁奖仪式, 举行了某某入会仪式: the host verb with or without 了 opens the ceremony's name
    (organizations.json ceremony_hosts); 举办了表彰大会 (three characters) names none."""
    doc = run_doc("标题\n东坪县总工会举办职工摄影比赛颁奖仪式，还举行了快递员集中入会仪式，公司也举办了表彰大会。", pipeline)
    assert spans(doc, "EVENT") == ["职工摄影比赛颁奖仪式", "快递员集中入会仪式"]


def test_legal_aid_asked_for_is_no_organisation(pipeline):
    from unionie.core.document import Mention
    from unionie.core.types import Source
    from unionie.entities.recognizers import keep

    doc = run_doc("标题\n去年，职工周某向青州区总工会申请了法律援助，工会律师为其追回工资。", pipeline)
    assert "法律援助" not in spans(doc, "ORG")
    assert not keep(Mention(0, 4, "ORG", "法律援助", Source.NEURAL))  # what the model tags in some contexts


def test_a_verb_of_addressing_glued_to_a_name_is_cut(pipeline):
    from unionie.core.document import Mention
    from unionie.core.types import Source
    from unionie.entities.recognizers import without_verb_after_name

    doc = run_doc("标题\n青州钢铁公司董事长孟川致开幕词，工会主席周原主持开幕式。", pipeline)
    start = doc.text.index("孟川致")
    glued = Mention(start, start + 3, "PERSON", "孟川致", Source.NEURAL)  # as the model tags it on some pages
    assert without_verb_after_name(doc, glued).text == "孟川"


def test_a_two_character_name_right_after_a_title_ends_with_jiebas_word_of_three(pipeline):
    from unionie.core.document import Mention
    from unionie.core.types import Source
    from unionie.entities.recognizers import to_name_end

    doc = run_doc("标题\n青州县总工会副主席华医中带领机关干部，深入一线慰问职工。", pipeline)
    start = doc.text.index("华医中")
    cut = Mention(start, start + 2, "PERSON", "华医", Source.NEURAL)  # the model leaves out 中 on some pages
    assert to_name_end(doc, cut).text == "华医中"


def test_a_federation_short_form_after_a_chain_of_places(pipeline):
    doc = run_doc("标题\n近日，山东省青州市总为一线职工送去清凉。", pipeline)
    assert "山东省青州市总" in spans(doc, "ORG")


def test_a_short_place_name_opening_a_road_building_or_company_name_is_no_place(pipeline):
    doc = run_doc("标题\n工会干部先到安顺高速养护站慰问职工，又到遵义科创大厦和榆林石油的加油站调研，"
                  "最后回到遵义召开座谈会。", pipeline)
    assert spans(doc, "PLACE") == ["遵义"]
    assert [m.start for m in doc.mentions if m.text == "遵义"] == [doc.text.rindex("遵义")]


def test_a_place_opening_an_institutions_name_is_no_place_of_its_own(pipeline):
    doc = run_doc("标题\n区总工会与大同市图书馆共办读书会，颁奖仪式在汕头市工人文化宫进行，"
                  "随后代表们回到大同参观。次日他们又去了大同市博物馆。", pipeline)
    places_found = spans(doc, "PLACE")
    assert "大同市" not in places_found and "汕头市" not in places_found
    assert places_found == ["大同"]  # not 大同 inside 大同市博物馆 either


def test_a_place_before_a_stations_suffix_is_the_named_station(pipeline):
    doc = run_doc("标题\n市总工会在宝鸡南站设立了爱心服务点，又到绵阳火车站慰问春运职工。", pipeline)
    assert {"宝鸡南站", "绵阳火车站"} <= set(spans(doc, "PLACE"))
    assert "宝鸡" not in spans(doc, "PLACE")


def test_a_zones_kind_alone_and_a_zone_named_in_a_bodys_name_are_places(pipeline):
    doc = run_doc("标题\n春季招聘会在宜昌经济技术开发区举办。开发区里的40家企业拿出岗位，各开发区也来取经。", pipeline)
    assert spans(doc, "PLACE") == ["宜昌经济技术开发区", "开发区"]
    zone = entity(doc, "宜昌经济技术开发区")
    assert [m.text for m in zone.mentions] == ["宜昌经济技术开发区", "开发区"]
    doc = run_doc("标题\n考察组走进青枫高新区。青枫高新区总工会主席郑某某说，高新区今年新建了三个驿站。", pipeline)
    assert spans(doc, "PLACE") == ["青枫高新区", "高新区"]


def test_a_zone_the_segmenter_knows_as_one_word_is_a_place_and_a_variant_that_is_a_common_word_is_not(pipeline):
    doc = run_doc("标题\n区总工会在东湖新技术开发区为快递员送去清凉，并在粤港科技合作区设立驿站。", pipeline)
    found = spans(doc, "PLACE")
    assert "东湖新技术开发区" in found and "合作区" not in found


def test_the_items_of_a_list_closed_by_a_kind_of_place_are_places(pipeline):
    doc = run_doc("标题\n乡工会干部走进柿园、石磨岗、青苔坳等村看望留守职工家属。"
                  "他们又到晨光、红旗等企业开展普法。", pipeline)
    found = spans(doc, "PLACE")
    assert {"柿园", "石磨岗", "青苔坳"} <= set(found)
    assert "晨光" not in found and "红旗" not in found


def test_a_model_place_right_before_a_community_head_names_the_community(pipeline):
    doc = run_doc("标题\n青年团员和芙蓉社区志愿者为环卫工人送饭。区总工会在东城社区开展义诊。", pipeline)
    assert spans(doc, "PLACE") == ["芙蓉社区", "东城社区"]


def test_a_county_short_name_that_is_a_common_word_needs_its_county_or_city_named(pipeline):
    doc = run_doc("标题\n这是汾阳市对口支援岚县的务实之举、惠民之举。", pipeline)
    assert spans(doc, "PLACE") == ["汾阳市", "岚县"]


def test_a_model_place_the_article_also_gives_a_person_is_that_person(pipeline):
    doc = run_doc("标题\n区委书记黎山，区委常委周某出席活动。\n黎山书记一行先后到运输公司看望困难职工。", pipeline)
    assert spans(doc, "PLACE") == []
    assert spans(doc, "PERSON").count("黎山") == 2


def test_a_zone_short_form_and_a_venue_after_a_part_of_town(pipeline):
    doc = run_doc("标题\n淮安经发区五千名职工报名参训。春风招聘会在城区吾悦广场举行，另一场在城区广场举行。", pipeline)
    found = spans(doc, "PLACE")
    assert "淮安经发区" in found and "吾悦广场" in found
    assert "城区吾悦广场" not in found and "广场" not in found


def test_a_model_place_cut_inside_a_community_name_after_a_town_runs_to_its_head(pipeline):
    doc = run_doc("标题\n6月3日，在沾化区富源街道府前社区新建的职工驿站里，环卫工人喝上了绿豆汤。", pipeline)
    assert spans(doc, "PLACE") == ["沾化区富源街道府前社区"]


def test_slogans_and_goals_in_quotes_are_no_initiatives(pipeline):
    doc = run_doc("标题\n某县总工会围绕“大众创业，万众创新”开展宣讲活动，同步推进“三个提升”目标要求，"
                  "以“巾帼建功，青春无悔”为题表彰女职工，并在各乡镇开展“巾帼建功”竞赛。", pipeline)
    ini = spans(doc, "INITIATIVE")
    assert "大众创业，万众创新" not in ini and "三个提升" not in ini
    assert ini.count("巾帼建功") == 1  # the campaign itself, not the first half of a quoted slogan
    assert doc.text.index("巾帼建功”竞赛") == next(m.start for m in doc.mentions if m.text == "巾帼建功")


def test_named_service_stations_are_initiatives(pipeline):
    doc = run_doc("标题\n当天，湖州户外职工服务总站揭牌启用，该站由湖州市总工会与某银行共建。"
                  "某区总工会在金山街道红星社区工会驿站举办主题活动。", pipeline)
    ini = spans(doc, "INITIATIVE")
    assert "湖州户外职工服务总站" in ini and "金山街道红星社区工会驿站" in ini
    assert not any(m.text.endswith(("服务总站", "社区工会")) for m in doc.mentions if m.type == "ORG")
    assert "区工会驿站" not in ini  # 社|区: no level word cut out of 社区
    own = run_doc("标题\n“调解要讲法理。”某区总工会职工法律服务站调解员王某某说。", pipeline)
    assert "某区总工会职工法律服务站" not in spans(own, "INITIATIVE")


def test_a_given_name_ending_in_a_conjunction_before_another_conjunction(pipeline):
    doc = run_doc("标题\n市总工会副主席王建和与区总工会主席李红一同调研。", pipeline)
    assert spans(doc, "PERSON") == ["王建和", "李红"]
    plain = run_doc("标题\n随后王建和李红走访了两家企业。", pipeline)
    assert spans(plain, "PERSON") == ["王建", "李红"]  # 和 joins two names here


def test_a_reduplicated_word_opening_a_subheading_is_no_company(pipeline):
    doc = run_doc("标题\n滴滴汗水润心田\n近日，某区总工会为网约车司机送去慰问品。滴滴平台的司机代表表示感谢。", pipeline)
    orgs = [m for m in doc.mentions if m.type == "ORG" and m.text == "滴滴"]
    assert [m.start for m in orgs] == [doc.text.index("滴滴平台")]


def test_a_short_place_name_before_a_common_noun_or_ending_a_road_stays_a_place(pipeline):
    doc = run_doc("标题\n工会干部在遵义重点企业调研，又到毕节至安顺高速工地慰问职工。", pipeline)
    assert {"遵义", "安顺"} <= set(spans(doc, "PLACE"))


def test_a_job_right_before_a_named_person_is_a_position(pipeline):
    """外卖骑手, 货车司机, 数控车工 before a name are POSITIONs held in no named body (people.json
    occupations); a word describing the person or the workplace before the job stays out, and
    status words (职工, 困难职工, 工人 alone) are no job."""
    doc = run_doc("标题\n货车司机王强说，驿站的热水很方便。环卫工人李秀兰拿到了清凉包。", pipeline)
    assert spans(doc, "POSITION") == ["货车司机", "环卫工人"]
    assert all(m.holder is not None and m.of is None for m in doc.mentions if m.type == "POSITION")
    assert not any(r.type == "HOLDS_POSITION" for r in doc.relations)
    doc = run_doc("标题\n数控车工赵敏获奖后，党员司机沈建国和援助站律师李娜也来了。", pipeline)
    assert spans(doc, "POSITION") == ["数控车工", "司机", "律师"]
    doc = run_doc("标题\n在困难职工杜国强家中，工人张力和某公司职工王刚说了情况。", pipeline)
    assert spans(doc, "POSITION") == []
    doc = run_doc("标题\n中午，满头大汗的外卖员周强推门而入。", pipeline)  # jieba: 外卖|员 (a measure word)
    assert spans(doc, "POSITION") == ["外卖员"]


def test_a_bare_enterprise_union_is_the_one_the_article_names(pipeline):
    """企业工会 opening a phrase after the article named one company (or its union) is that
    company's union; with no company named, or another enterprise brought in between, it is
    generic and no mention (organizations.json bare_enterprise_unions)."""
    doc = run_doc("标题\n区总工会来到白桦精工有限公司调研，向企业工会赠送图书。企业工会主席孙悦作了介绍。", pipeline)
    union = entity(doc, "白桦精工有限公司工会")
    assert [m.text for m in union.mentions] == ["企业工会", "企业工会"]
    doc = run_doc("标题\n会议要求，企业工会要把职工冷暖放在心上。", pipeline)
    assert "企业工会" not in spans(doc, "ORG")
    doc = run_doc("标题\n白桦精工有限公司工会举办讲座。在另一家机械企业，企业工会开设了课堂。", pipeline)
    assert "企业工会" not in spans(doc, "ORG")


def test_a_level_word_and_union_stand_for_the_federation_named(pipeline):
    """区工会 (总 left out) opening a phrase is the 区总工会 the article names in full; after a
    place (某某区工会) or inside a word (社区工会) it is no bare form."""
    doc = run_doc("标题\n六盘水市钟山区总工会开展慰问。区工会主席刘伟带队，区工会干部参加。", pipeline)
    assert [m.text for m in entity(doc, "六盘水市钟山区总工会").mentions].count("区工会") == 2
    doc = run_doc("标题\n六盘水市钟山区总工会指导社区工会开展活动。", pipeline)
    assert "区工会" not in spans(doc, "ORG")


def test_new_china_is_a_place_of_its_own(pipeline):
    """新中国 (新中国成立75周年) is one PLACE mention as written, not 中国 inside it; 创新中国 holds none."""
    doc = run_doc("标题\n某市总工会举办庆祝新中国成立75周年职工歌咏比赛。", pipeline)
    assert spans(doc, "PLACE") == ["新中国"]
    doc = run_doc("标题\n职工们为创新中国出力。", pipeline)
    assert "新中国" not in spans(doc, "PLACE")


def test_a_station_whose_staff_are_its_own_is_a_body(pipeline):
    """某站青年志愿者, 某站各岗点干部职工: the station as an ORG (organizations.json station_bodies);
    a rail unit before it (某车务段|某站) is a body of its own; 驿站志愿者 names no station; the
    station's volunteers, not the station, run what they hold."""
    doc = run_doc("标题\n1月9日，青柳站青年志愿者在候车室服务旅客。石门车务段河湾站工作人员加班，"
                  "又给青柳站各岗点干部职工送去热饭。社区驿站志愿者也来帮忙。", pipeline)
    orgs = spans(doc, "ORG")
    assert orgs.count("青柳站") == 2 and "石门车务段" in orgs and "河湾站" in orgs
    assert not any(o.endswith(("驿站", "青年", "给青柳站")) for o in orgs)
    doc = run_doc("标题\n青柳站青年志愿者开展了“冬日暖阳”专题活动。", pipeline)
    assert not any(r.type == "RUNS" for r in doc.relations)


def test_a_university_short_name_is_the_school(pipeline):
    """北大, 清华 named as schools are ORG mentions of the school, each on its own (清华北大: two),
    joined to its full name; 北大荒 and 北大街 are no school (university_short_names)."""
    doc = run_doc("标题\n钳工刘勇的儿子考取了北京大学，床头放着一本讲清华北大的书。北大荒的职工和北大街的商户也来了。", pipeline)
    assert [m.text for m in entity(doc, "北京大学").mentions] == ["北京大学", "北大"]
    assert [m.text for m in entity(doc, "清华大学").mentions] == ["清华"]
    assert not any(o.startswith("北大") and len(o) > 2 for o in spans(doc, "ORG"))
    doc = run_doc("标题\n某市总工会启动助学活动。她收到一本讲清华北大的书，幸亏“圆梦助学”活动帮了她。", pipeline)
    assert not any(r.type == "RUNS" and doc.entities[r.head].name in ("清华大学", "北京大学") for r in doc.relations)


def test_a_union_station_named_after_a_neighbourhood_ending_in_li(pipeline):
    """A neighbourhood named 某某里 run into 工会驿站 (某区福安里工会|驿站) is one named station, an
    INITIATIVE, not a union 某某里工会 with the station head cut off (initiatives.json
    station_place_ends)."""
    doc = run_doc("标题\n腊月初八，建华区总工会为环卫工人送去腊八粥。该活动由建华区福安里工会驿站"
                  "具体承办。", pipeline)
    assert "建华区福安里工会驿站" in spans(doc, "INITIATIVE")
    assert not any(o.endswith("福安里工会") for o in spans(doc, "ORG"))


def test_studios_named_after_a_person_in_a_list_of_companies(pipeline):
    """A founder-named studio after a company the model ended at its head (某公司|某某某创新工作室),
    or run into a company's short name with no head (某某设计|某某某创新工作室), is the studio, an
    INITIATIVE of its own, and the company an ORG."""
    doc = run_doc("标题\n获评省级称号的有：江北路桥东湖公司李建中创新工作室、华岳设计吴国华创新工作室、"
                  "东方重工宝鼎集团何岩创新工作室。", pipeline)
    ini = spans(doc, "INITIATIVE")
    assert {"李建中创新工作室", "吴国华创新工作室", "何岩创新工作室"} <= set(ini)
    assert "华岳设计" in spans(doc, "ORG") and not any(o.endswith("工作室") for o in spans(doc, "ORG"))


def test_a_studio_named_after_a_person_right_after_a_naming_verb(pipeline):
    """命名某某某职工创新工作室: the naming verb (jieba tags 命名 a noun) opens the founder's name,
    so the studio's name is the founder's with the head (initiatives.json naming_verbs)."""
    doc = run_doc("标题\n日前，市总工会发文命名庞春花职工创新工作室等25家工作室为市级示范点。", pipeline)
    assert "庞春花职工创新工作室" in spans(doc, "INITIATIVE")


def test_an_office_title_after_a_name_in_full_is_the_persons_position(pipeline):
    """某工会某部某某某主任一行, 某某某副调研员带领…: the title after the full name is a POSITION of
    that person, held in the body named right before the name (people.json titles_after_name); a
    title run into a longer word (主任委员) is left alone."""
    doc = run_doc("标题\n5月8日上午，江城市总工会宣传部孟庆林主任一行到云溪街道走访职工之家。"
                  "区总工会方晓东副调研员带领工作人员参加活动。", pipeline)
    links = {(m.text, m.holder.text, m.of.text if m.of else None) for m in doc.mentions if m.type == "POSITION"}
    assert ("主任", "孟庆林", "江城市总工会宣传部") in links
    assert ("副调研员", "方晓东", "区总工会") in links
    doc = run_doc("标题\n会上，谢明远主任委员作了报告。", pipeline)
    assert "主任" not in spans(doc, "POSITION")


def test_an_office_title_after_a_name_before_a_verb_of_speech_or_a_preposition(pipeline):
    """某某某副主席提出…, 在某某某主席带领下, 某某某主席在讲话中…: the title after the full name is
    the person's (people.json titles_after_name_followers)."""
    doc = run_doc("标题\n开班仪式上，省总工会副主席程立新讲话。程立新副主席提出三点意见。"
                  "在贺文博主席带领下，校工会组织培训。贺文博主席在讲话中指出，要创建更多载体。", pipeline)
    held = [(m.text, m.holder.text) for m in doc.mentions if m.type == "POSITION" and m.holder is not None]
    assert held.count(("副主席", "程立新")) == 2
    assert held.count(("主席", "贺文博")) == 2


def test_a_committee_of_a_bare_union_is_no_body(pipeline):
    """讲解工会女职工委员会的任务, 说明工会女工委员会做什么: a committee named after a bare 工会
    that no body's name opens is the kind every union has, no ORG (organizations.json
    generic_departments); a company's union's committee and a committee elected bare stay."""
    doc = run_doc("标题\n培训班上，老师逐条讲解工会女职工委员会的六项任务，还说明了工会女工委员会平时做什么。\n"
                  "会上，蓝天公司工会女职工委员会作了交流发言。大会选举产生了经费审查委员会。", pipeline)
    orgs = spans(doc, "ORG")
    assert "蓝天公司工会女职工委员会" in orgs and "经费审查委员会" in orgs
    assert not any(o in ("工会女职工委员会", "工会女工委员会", "女职工委员会", "女工委员会") for o in orgs)


def test_documents_named_without_book_marks(pipeline):
    """印发了关于某某的实施意见, 审议通过了关于甲的决议和关于乙的决议, 转发了某委关于…的通知:
    documents named without 《》 after a verb of issuing or following (initiatives.json
    unquoted_document); 听取关于…的意见建议 names none, and a title in 《》 stays one span."""
    doc = run_doc("标题\n6月3日，溪口县总工会印发了关于加快户外劳动者驿站提档升级的实施意见。"
                  "大会表决通过了关于溪口县总工会第六届委员会工作报告的决议和关于经费审查委员会工作报告的决议。"
                  "县总工会还转发了县委组织部关于做好困难党员慰问工作的通知，并印发《关于开展职工健步走活动的通知》。"
                  "座谈会上听取了职工关于食堂管理的意见建议。", pipeline)
    docs = spans(doc, "DOCUMENT")
    assert docs == ["关于加快户外劳动者驿站提档升级的实施意见", "关于溪口县总工会第六届委员会工作报告的决议",
                    "关于经费审查委员会工作报告的决议", "县委组织部关于做好困难党员慰问工作的通知",
                    "关于开展职工健步走活动的通知"]


def test_a_books_title_is_no_document(pipeline):
    """这本书《某某》, 书法作品《某某》, 《甲》《乙》等书籍, 《某某》一书: a book or a work of art
    (initiatives.json book_words, book_after), not a DOCUMENT; a law handed out as a book and a
    notice stay documents."""
    doc = run_doc("标题\n读书会上，职工贺小兰向大家推荐了这本书《山路弯弯》，柯志远的书法作品《自强不息》获一等奖。"
                  "大家围绕《远方的灯》《麦田往事》等书籍交流心得，还提到《海边的课堂》一书。"
                  "县总工会向职工赠送《工会法》《劳动合同法》等书籍，并印发《关于开展职工读书月活动的通知》。", pipeline)
    docs = set(spans(doc, "DOCUMENT"))
    assert not {"山路弯弯", "自强不息", "远方的灯", "麦田往事", "海边的课堂"} & docs
    assert {"工会法", "劳动合同法", "关于开展职工读书月活动的通知"} <= docs


def test_a_lectures_title_is_no_document(pipeline):
    """讲授了《某某工作》, 以《某某》…为题: a lecture's title, not a DOCUMENT; a regulation taught or
    read in the same frame (《某某法》, 《某某规定》: initiatives.json document_heads) and a report
    given under a title (作了题为《某某》的工作报告) stay documents."""
    doc = run_doc("标题\n区总工会女工部部长给学员讲授了《车间女工小组怎样建》，接着讲授《劳动合同法》。"
                  "第二天，法律顾问以《维权个案评析》与《工会法》为题作了辅导。", pipeline)
    docs = spans(doc, "DOCUMENT")
    assert "劳动合同法" in docs and "工会法" in docs
    assert not any(d in ("车间女工小组怎样建", "维权个案评析") for d in docs)
    report = run_doc("标题\n他代表上届委员会作了题为《奋进新征程 建功新时代》的工作报告。", pipeline)
    assert spans(report, "DOCUMENT") == ["奋进新征程 建功新时代"]  # a report's title is a document's


def test_the_district_union_named_with_gai_is_the_district_union_of_the_article(pipeline):
    """该区总工会, 该县总工会: a mention of the district's (county's) union the article names, as
    the guidelines have 该公司工会 for the company's."""
    from unionie.pipeline import to_record

    doc = run_doc("天心区为一线职工送清凉\n连日来，天心区分管领导和区总工会干部走进企业看望一线职工。"
                  "入夏以来，该区总工会为1800名一线职工送去防暑用品，该区总工会还开放了12个爱心驿站。", pipeline)
    orgs = [e for e in to_record(doc).entities if e.type == "ORG"]
    assert [(e.name, len(e.mentions)) for e in orgs] == [("天心区总工会", 3)]


def test_a_named_match_of_one_sport_is_an_initiative_its_organisers_run(pipeline):
    record = pipeline.extract("标题\n近日，由宁远县总工会主办、宁远县体育协会承办的第三届“同心筑梦——奋进 新征途”宁远县职工乒乓球比赛开幕。"
                              "由舜乡街道工会主办的“‘书香舜乡’职工象棋比赛”同日落幕。街道工会已办过四届职工象棋比赛。"
                              "宁远县代表队在象棋比赛中夺冠。")
    names = {e.id: e.name for e in record.entities}
    got = sorted(m.text for e in record.entities if e.type == "INITIATIVE" for m in e.mentions)
    assert got == ["‘书香舜乡’职工象棋比赛", "第三届“同心筑梦——奋进 新征途”宁远县职工乒乓球比赛"]
    runs = {(names[r.head], names[r.tail]) for r in record.relations if r.type == "RUNS"}
    assert {(body, "第三届“同心筑梦——奋进 新征途”宁远县职工乒乓球比赛") for body in ("宁远县总工会", "宁远县体育协会")} <= runs
    assert ("舜乡街道工会", "‘书香舜乡’职工象棋比赛") in runs


def test_a_training_class_opening_with_a_place_is_an_initiative(pipeline):
    record = pipeline.extract("标题\n3月5日，由宁远县总工会委托、湘南职业技术学院承办的宁远县基层工会财务人员能力提升培训班开班。"
                              "武义县工会财会干部培训班同日结业。60余名学员参加本次培训班。")
    names = {e.id: e.name for e in record.entities}
    got = sorted(m.text for e in record.entities if e.type == "INITIATIVE" for m in e.mentions)
    assert got == ["宁远县基层工会财务人员能力提升培训班", "武义县工会财会干部培训班"]
    runs = {(names[r.head], names[r.tail]) for r in record.relations if r.type == "RUNS"}
    assert ("湘南职业技术学院", "宁远县基层工会财务人员能力提升培训班") in runs


def test_one_character_in_scare_quotes_is_no_programme(pipeline):
    record = pipeline.extract("标题\n7月起，宁远县总工会开展“云”上送清凉活动，又举办“悦”读沙龙，并推出“红”字号服务品牌。")
    got = [m.text for e in record.entities if e.type == "INITIATIVE" for m in e.mentions]
    assert not [t for t in got if len(t) == 1]


def test_a_quoted_theme_with_spaces_and_verbs_stays_inside_a_longer_name(pipeline):
    record = pipeline.extract("标题\n近日，宁远县总工会举办2025年宁远县“同心聚力 勇毅 前行”职工劳动和技能竞赛启动仪式。"
                              "由宁远县总工会主办的“学习先进、争创一流”产业工人篮球比赛开幕。")
    names = {e.id: e.name for e in record.entities}
    events = [m.text for e in record.entities if e.type == "EVENT" for m in e.mentions]
    assert events == ["2025年宁远县“同心聚力 勇毅 前行”职工劳动和技能竞赛启动仪式"]
    runs = {(names[r.head], names[r.tail]) for r in record.relations if r.type == "RUNS"}
    assert ("宁远县总工会", "“学习先进、争创一流”产业工人篮球比赛") in runs


def test_a_quoted_contest_name_with_an_edition_inside_is_one_name(pipeline):
    record = pipeline.extract("标题\n由宁远县总工会主办的“纪念建站30周年‘蓝湾实业杯’宁远县第三届职工乒乓球联赛”于5月2日开幕。")
    names = {e.id: e.name for e in record.entities}
    got = [m.text for e in record.entities if e.type == "INITIATIVE" for m in e.mentions]
    assert "纪念建站30周年‘蓝湾实业杯’宁远县第三届职工乒乓球联赛" in got
    runs = {(names[r.head], names[r.tail]) for r in record.relations if r.type == "RUNS"}
    assert runs == {("宁远县总工会", "纪念建站30周年‘蓝湾实业杯’宁远县第三届职工乒乓球联赛")}


def test_a_quoted_festival_opens_no_contests_name(pipeline):
    """某区庆“五一”职工羽毛球赛: a quoted festival (initiatives.json generic_not) is no programme's
    name, so the contest's name opens at the place before it, not at the quote."""
    doc = run_doc("标题\n4月22日，鹿城区庆“五一”职工羽毛球赛在区体育馆开赛，共有16支队伍参加。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert "鹿城区庆“五一”职工羽毛球赛" in got and "“五一”职工羽毛球赛" not in got


def test_a_long_quoted_campaign_name_right_before_its_cue(pipeline):
    """A quoted name of more than twenty characters is a campaign's when a strong cue opens the text
    right after it (“…”主题劳动竞赛); after a colon, or with no such cue, it is quoted speech."""
    doc = run_doc("标题\n县总工会组织职工开展“争做绿色矿山建设排头兵、同心协力决胜‘攻坚年’”主题劳动竞赛。"
                  "他表示：“我们要争做绿色矿山建设排头兵、同心协力决胜攻坚之年”活动要办好。"
                  "她说，“全县职工要争做绿色矿山建设的排头兵和生力军”。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert got == ["争做绿色矿山建设排头兵、同心协力决胜‘攻坚年’"]


def test_a_count_of_times_and_a_bare_opener_name_no_contest(pipeline):
    """第三次参加全省大赛: 第N次 counts times, no contest's edition (that is 第N届); 全省大赛, a generic
    opener and the head alone, names nothing; 全省职工焊工技能大赛 does."""
    doc = run_doc("标题\n这已是焊工韦小川第三次参加全省大赛，今年他还参加了全省职工焊工技能大赛。", pipeline)
    assert spans(doc, "INITIATIVE") == ["全省职工焊工技能大赛"]


def test_a_congress_named_in_a_contest_theme_is_part_of_the_contest(pipeline):
    record = pipeline.extract("标题\n由宁远县总工会主办的“喜迎二十大·奋进新征程”全县职工篮球比赛开幕。会上传达了二十大精神。")
    names = {e.id: e.name for e in record.entities}
    got = [(e.type, m.text) for e in record.entities if e.type in ("INITIATIVE", "EVENT") for m in e.mentions]
    assert ("INITIATIVE", "“喜迎二十大·奋进新征程”全县职工篮球比赛") in got and got.count(("EVENT", "二十大")) == 1
    runs = {(names[r.head], names[r.tail]) for r in record.relations if r.type == "RUNS"}
    assert ("宁远县总工会", "“喜迎二十大·奋进新征程”全县职工篮球比赛") in runs


def test_a_meeting_named_without_its_body_is_the_one_named_with_it(pipeline):
    doc = run_doc("区总工会召开八届四次全委（扩大）会议\n5月9日，区总工会八届四次全委（扩大）会议在区会议中心举行。"
                  "区委常委周明远出席。", pipeline)
    events = [e for e in doc.entities if e.type == "EVENT"]
    assert [e.name for e in events] == ["区总工会八届四次全委（扩大）会议"]
    assert [m.text for m in events[0].mentions] == ["八届四次全委（扩大）会议", "区总工会八届四次全委（扩大）会议"]


def test_a_congress_named_with_a_bare_level_union_is_the_one_named_with_its_division(pipeline):
    doc = run_doc("区工会第九次代表大会开幕\n余杭区工会第九次代表大会5月8日开幕。", pipeline)
    assert [(e.name, len(e.mentions)) for e in doc.entities if e.type == "EVENT"] == [("余杭区工会第九次代表大会", 2)]


def test_a_unions_committee_and_its_audit_committee_stay_two_bodies(pipeline):
    doc = run_doc("标题\n大会选举产生了区总工会第九届委员会和区总工会第九届经费审查委员会。"
                  "周晓东当选为区总工会第九届委员会主席。", pipeline)
    orgs = {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "ORG"}
    committee = next(n for n in orgs if n.endswith("第九届委员会"))
    audit = next(n for n in orgs if n.endswith("第九届经费审查委员会"))
    assert committee != audit and len(orgs[committee]) == 2 and len(orgs[audit]) == 1


def test_a_bare_company_unit_union_starts_a_word(pipeline):
    doc = run_doc("标题\n会议部署了下一阶段工会工作。某铁路局机务段召开职代会，段工会主席孙立军作报告。", pipeline)
    orgs = [m.text for m in doc.mentions if m.type == "ORG"]
    assert "段工会" in orgs and orgs.count("段工会") == 1  # the 段 of 阶段 opens no union


def test_an_industry_word_ending_in_a_job_head_before_a_name_is_no_job(pipeline):
    """An enterprise named by its industry (某某重工, 某某化工) right before its worker's name: the
    industry ends in 工 like a job (车工) but is no POSITION."""
    doc = run_doc("标题\n获奖者为枫林重工赵天明、江澜化工钱小勇。", pipeline)
    assert spans(doc, "POSITION") == []


def test_a_visits_verb_glued_to_a_model_org_is_cut():
    """到某风电调研: a statistical ORG span that runs on into the visit's verb (调研, 考察) ends
    before it (organizations.json model_org_trailing)."""
    from unionie.core.document import Document, Mention
    from unionie.entities.recognizers import trim_model_org

    doc = Document(text="标题\n枫林市总工会主席钱勇到江澜风电调研。", doc_id="x")
    s = doc.text.index("江澜")
    got = trim_model_org(doc, Mention(s, s + 6, "ORG", doc.text[s : s + 6], "neural"))
    assert [m.text for m in got] == ["江澜风电"]


def test_a_companys_short_name_before_a_worker_is_no_person(pipeline):
    from unionie.core.document import Mention
    from unionie.entities.recognizers import company_short_name

    doc = run_doc("标题\n获奖名单：江澜化工钱小勇、恒远机械孙德明。", pipeline)
    s = doc.text.index("江澜")
    assert company_short_name(doc, Mention(s, s + 2, "PERSON", "江澜", "neural"))
    t = doc.text.index("钱小勇")
    assert not company_short_name(doc, Mention(t, t + 3, "PERSON", "钱小勇", "neural"))
    assert "江澜" not in [m.text for m in doc.mentions if m.type == "PERSON"]


def test_a_name_in_straight_ascii_quotes_is_read_as_quoted(pipeline):
    doc = run_doc(
        '标题\n6月2日，宁城县总工会举办了"巧手绣端午"主题活动，切实当好职工的"娘家人"。',
        pipeline,
    )
    assert spans(doc, "INITIATIVE") == ["巧手绣端午"]


def test_quoted_names_in_a_row_share_the_cue_after_the_last(pipeline):
    doc = run_doc(
        "标题\n会上，宜宾市总工会发布了“职工健康行”“技能护航”“安居有家”三大服务行动。",
        pipeline,
    )
    assert {"职工健康行", "技能护航", "安居有家"} <= set(spans(doc, "INITIATIVE"))


def test_a_quoted_thing_counted_with_a_measure_word_is_no_programme(pipeline):
    doc = run_doc(
        "标题\n一件“暖心的羽绒马甲”、一张“全家福写真”，都是工会开展“冬日送暖”活动时送给骑手的礼物。",
        pipeline,
    )
    assert spans(doc, "INITIATIVE") == ["冬日送暖"]


def test_a_quoted_name_of_two_uneven_halves_before_an_activity_word(pipeline):
    doc = run_doc(
        "标题\n1月20日，鼓楼区总工会启动“过年不回家，工会陪你过大年”系列活动，为骑手送去年货。"
        "骑手王小川说：“工会想得周到，我们很感动。”",
        pipeline,
    )
    assert spans(doc, "INITIATIVE") == ["过年不回家，工会陪你过大年"]


def test_one_programme_written_with_and_without_a_space(pipeline):
    doc = run_doc(
        "标题\n河西街道总工会开展“一碗热汤 一份心意”关爱活动。本次“一碗热汤一份心意”活动共服务骑手200人次。",
        pipeline,
    )
    names = [e.name for e in doc.entities if e.type == "INITIATIVE"]
    assert len(names) == 1


def test_a_quoted_known_programme_with_a_season_word_is_named_whole(pipeline):
    doc = run_doc(
        "标题\n“春送温暖”“秋送清凉”是东城区总工会多年坚持的服务项目。",
        pipeline,
    )
    assert spans(doc, "INITIATIVE") == ["春送温暖", "秋送清凉"]


def test_a_quoted_name_after_a_cue_verb_and_de_is_a_programme(pipeline):
    doc = run_doc(
        "标题\n由西区总工会、新华社区工会联合开展的“书香暖童心”2024年暑期托管班于7月8日开班。",
        pipeline,
    )
    assert spans(doc, "INITIATIVE") == ["书香暖童心"]


def test_a_space_inside_the_quotation_marks_is_no_part_of_the_name(pipeline):
    doc = run_doc(
        "标题\n读书节期间，市总工会将开展“好书推荐”、“ 书香传递”、“ 读书分享”等系列活动。",
        pipeline,
    )
    assert spans(doc, "INITIATIVE") == ["好书推荐", "书香传递", "读书分享"]


def test_a_short_form_defined_after_a_word_of_what_it_is_names_the_same_programme(pipeline):
    doc = run_doc(
        "标题\n日前，西青区总工会“西青工惠”小程序入选全市优秀案例。"
        "西青区总工会于3月1日上线“天津市西青区总工会西青工惠”小程序（简称“西青工惠”）。“西青工惠”已有2万名会员注册。",
        pipeline,
    )
    names = [e.name for e in doc.entities if e.type == "INITIATIVE"]
    assert names == ["天津市西青区总工会西青工惠"]


def test_a_sentence_ending_in_a_contest_word_is_no_contest_name(pipeline):
    doc = run_doc(
        "标题\n枫溪县总工会将以本次篮球联赛为起点，多办职工文体活动。这是面向枫溪职工的第一场片区比赛。"
        "2021年，全国总工会将这项大赛定为示范性竞赛。",
        pipeline,
    )
    assert spans(doc, "INITIATIVE") == []


def test_a_quoted_motto_before_a_word_of_philosophy_is_no_programme(pipeline):
    doc = run_doc(
        "标题\n此次活动是临泉县总工会践行“职工的事无小事”服务理念的具体举措。",
        pipeline,
    )
    assert spans(doc, "INITIATIVE") == []


def _trimmed(text: str, span: str) -> list[tuple[str, str]]:
    from unionie.core.document import Document, Mention
    from unionie.entities.recognizers import trim_model_org

    doc = Document(text=text, doc_id="x")
    s = doc.text.index(span)
    return [(m.type, m.text) for m in trim_model_org(doc, Mention(s, s + len(span), "ORG", span, "neural"))]


def test_a_unions_joint_federation_keeps_its_name_whole():
    """某地工会联合总会: 联合 inside a federation's head (联合总会, as 联合会) joins no two bodies."""
    assert _trimmed("标题\n活动由濠江工会联合总会主办。", "濠江工会联合总会") == [("ORG", "濠江工会联合总会")]


def test_two_bodies_the_tagger_ran_together_are_two():
    """某州总与州某中心, 市总工会市卫健委: a body's name ends and the next opens with a level word,
    with or without a conjunction: two bodies; 公司市场营销部 has no level word inside."""
    assert _trimmed("标题\n甘南州总与州就业服务中心联合举办招聘会。", "甘南州总与州就业服务中心") == [
        ("ORG", "甘南州总"), ("ORG", "州就业服务中心")]
    assert _trimmed("标题\n县总工会和县卫健委一同走访。", "县总工会和县卫健委") == [("ORG", "县总工会"), ("ORG", "县卫健委")]
    assert _trimmed("标题\n市总工会市教育局联合举办。", "市总工会市教育局") == [("ORG", "市总工会"), ("ORG", "市教育局")]
    assert _trimmed("标题\n恒远公司市场营销部经理到场。", "恒远公司市场营销部") == [("ORG", "恒远公司市场营销部")]


def test_a_contracted_department_head_is_no_body():
    """安全部长 (某部 + 部长 written once): a title, no department named as a body."""
    assert _trimmed("标题\n副经理孙海、安全部长周涛等来到工地。", "安全部") == []


def test_a_unit_and_its_member_in_a_list_are_a_body_and_a_person(pipeline):
    """某事业部某某某、: the person after a unit in a list of winners is no part of the unit's name,
    whether the tagger ran them into one ORG or read the name (ending in 镇, 乡) as a PLACE."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import person_after_unit, trim_model_org

    doc = run_doc("标题\n获奖者为机修车间刘德镇、动力事业部王保乡、铸造事业部李长镇等人。", pipeline)
    s = doc.text.index("动力事业部")
    got = trim_model_org(doc, Mention(s, s + 8, "ORG", "动力事业部王保乡", "neural"))
    assert [(m.type, m.text) for m in got] == [("ORG", "动力事业部"), ("PERSON", "王保乡")]
    s = doc.text.index("李长镇")
    assert person_after_unit(doc, Mention(s, s + 3, "PLACE", "李长镇", "neural")).type == "PERSON"


def test_a_department_formed_from_two_is_one_body(pipeline):
    doc = run_doc("标题\n6月1日，宁远县总工会与县农业农村和水利局共同举办种植能手比赛。县农业农村和水利局局长赵明出席。", pipeline)
    orgs = spans(doc, "ORG")
    assert "县农业农村和水利局" in orgs and "水利局" not in orgs and "县农业农村" not in orgs


def test_a_city_named_after_its_provinces_short_name_gives_the_city_level_union(pipeline):
    """甘肃兰州市某局与市总工会: jieba's 甘肃兰州 does not cut the body's name (it opens at a place),
    and the city inside the body named just before (after the province's short name) resolves
    市总工会, though the article names more places in another city."""
    for body in ("商务局", "快递行业协会"):
        doc = run_doc(f"标题\n近日，甘肃兰州市{body}与市总工会联合开展关爱货车司机活动。\n"
                      "同时，北京市朝阳区建起驿站。北京市海淀区也开展了暖心行动，北京市丰台区随后跟进。", pipeline)
        names = {e.name for e in doc.entities}
        assert "兰州市总工会" in names and any(n.endswith("兰州市" + body) for n in names)


def test_a_prefectures_union_short_form_is_that_union(pipeline):
    """某州总: the short form of that prefecture's 总工会, one entity with it."""
    doc = run_doc("标题\n近日，甘南州总联合州人社局举办招聘会。甘南州总工会副主席钱明出席。", pipeline)
    union = entity(doc, "甘南州总工会")
    assert {m.text for m in union.mentions} >= {"甘南州总", "甘南州总工会"}


def test_a_studio_named_after_a_units_member_with_a_bracketed_head(pipeline):
    """某事业部某某劳模(职工)创新工作室: the studio is named after its founder, the bracketed head too."""
    doc = run_doc("标题\n5月8日，市总工会副主席李明一行参观了炼钢事业部王建国劳模(职工)创新工作室。", pipeline)
    assert "王建国劳模(职工)创新工作室" in spans(doc, "INITIATIVE")


def test_a_level_word_and_an_unlisted_department_is_the_home_divisions(pipeline):
    """省扶贫办, 市退役军人局: a level word and a department's name resolve to the article's division
    as 市人社局 does; 市场监管局 opens with a word, not a level."""
    from unionie.entities.aliases import _level_department

    doc = run_doc("标题\n2月7日，山东省总工会、省扶贫办、省妇联联合举办招聘活动。", pipeline)
    assert any(e.name == "山东省扶贫办" for e in doc.entities)
    assert _level_department("市退役军人局") and _level_department("市劳动就业办公室")
    assert not _level_department("市场监管局")


def test_a_body_and_a_level_word_body_after_it_are_not_joined(pipeline):
    """市总工会市卫健委 in a headline: two bodies side by side, not one name (as 县委县政府)."""
    doc = run_doc("市总工会市教育局慰问一线教师\n9月9日，市总工会主席钱明带领市总工会和市教育局有关负责人慰问教师。", pipeline)
    orgs = spans(doc, "ORG")
    assert "市总工会市教育局" not in orgs and "市教育局" in orgs


def test_a_group_of_workers_after_a_units_name_is_cut():
    """某某三分部农民工(代表): the workers the tagger ran into the unit's name are no part of it."""
    assert _trimmed("标题\n副主席赵红与江澜高铁三分部农民工代表亲切交谈。", "江澜高铁三分部农民工") == [("ORG", "江澜高铁三分部")]


def test_a_places_union_work_is_no_body(pipeline):
    """某区工会工作: the district's union work; no ORG 某区工会 (工会工作委员会 is a longer head)."""
    doc = run_doc("标题\n会上，区总工会主席孙明总结了2023年度罗湖区工会工作，并对下一步工作作出部署。", pipeline)
    assert "罗湖区工会" not in spans(doc, "ORG")


def test_a_former_prefectures_union_is_named_with_diqu(pipeline):
    """某某地区工会: 地区 (a former prefecture) is a level word before the union's head."""
    doc = run_doc("本报讯 日前，由汉中地区工会举办的乡镇工会干部培训班结业。\n参加培训的31名工会干部认真学习。", pipeline)
    assert "汉中地区工会" in spans(doc, "ORG")


def test_a_zones_union_by_its_zone_kind_alone_is_the_one_named_in_full(pipeline):
    """高新区总工会 after 某某高新区总工会: the zone's kind alone stands for the one zone named."""
    doc = run_doc("标题\n7月6日，枫林市总工会一行来到青枫高新区调研。青枫高新区总工会主席钱明介绍了情况，"
                  "高新区总工会副主席孙丽陪同。", pipeline)
    union = entity(doc, "青枫高新区总工会")
    assert "高新区总工会" in {m.text for m in union.mentions}


def test_a_national_paper_and_a_provinces_paper_of_the_same_title_are_two(pipeline):
    """《工人日报》《某省工人日报》: a place before a paper's title names another paper, not the same one."""
    doc = run_doc("标题\n书屋每年订阅《工人日报》《湖南工人日报》等报刊。", pipeline)
    assert {"工人日报", "湖南工人日报"} <= {e.name for e in doc.entities if e.type == "ORG"}


def test_a_founder_the_model_read_as_a_body_names_the_studio(pipeline):
    """某公司某某某某劳模创新工作室: a name with no body's head before a studio's head is its founder,
    the studio one programme (劳模工作室 too), no ORG."""
    doc = run_doc("标题\n4月2日，区国资委组织各企业工会代表参观江澜建材股份有限公司次仁多吉劳模创新工作室。"
                  "在次仁多吉劳模工作室，代表们听取了介绍。", pipeline)
    assert "次仁多吉" not in spans(doc, "ORG")
    assert "次仁多吉劳模创新工作室" in spans(doc, "INITIATIVE")


def test_an_ambiguous_district_inside_a_unions_name_casts_no_vote(pipeline):
    """西湖区总工会 (a 西湖区 in two cities), said thrice, does not outvote the article's city; a
    street of the district settles which it is."""
    doc = run_doc("标题\n近日，杭州市召开推进会。西湖区总工会介绍了经验。西湖区总工会依托翠苑街道建立联合会，"
                  "西湖区总工会负责人表示将继续推进。", pipeline)
    assert entity(doc, "西湖区总工会").normalized.get("place") == "330106"


def test_the_company_union_is_no_branch_union_named_before_it(pipeline):
    """公司工会 after 公司某部分工会: a branch's union (分工会) is not the company's union."""
    doc = run_doc("标题\n10月31日上午，公司足球赛开赛，公司维修部分工会代表队获得第一名，生技部分工会获得第二名。"
                  "此次比赛得到了公司工会的大力支持。", pipeline)
    assert not any(e.name.endswith("分工会") and "公司工会" in {m.text for m in e.mentions} for e in doc.entities)


def test_the_autonomous_region_and_the_banner_stand_for_the_home_ones(pipeline):
    """自治区总工会 is the home autonomous region's 总工会, 旗总工会 the home banner's, as 省总工会
    and 县总工会 are the home province's and county's."""
    doc = run_doc("标题\n8月2日，锡林郭勒盟总工会、正蓝旗总工会联合举办慰问活动。旗总工会副主席钱明主持。"
                  "我们要按照自治区总工会的要求做好入会工作。", pipeline)
    names = {e.name: {m.text for m in e.mentions} for e in doc.entities}
    assert "旗总工会" in names.get("正蓝旗总工会", set())
    assert "内蒙古自治区总工会" in names


def test_a_community_after_its_town_is_normalised_to_the_town(pipeline):
    """某市某街道某某社区: a community no table lists, named after its town in a chain, is placed at the
    town (the lowest division known), under the city named before it."""
    doc = run_doc("标题\n6月3日，胶州市阜安街道青禾社区举办职工运动会。", pipeline)
    place = next(e for e in doc.entities if e.type == "PLACE" and e.name.endswith("青禾社区"))
    assert place.normalized.get("code") == "370281" and place.normalized.get("town") == "阜安街道"


def test_an_autonomous_prefecture_written_as_its_short_name_and_zhou(pipeline):
    """甘南州: the short name of 甘南藏族自治州 and 州, the prefecture."""
    doc = run_doc("标题\n5月6日，甘南州举办职工技能大赛，来自全州的80名选手参赛。", pipeline)
    place = next(e for e in doc.entities if e.type == "PLACE" and e.name.startswith("甘南"))
    assert place.normalized.get("code") == "623000"


def test_a_ceremony_run_into_a_bodys_name_is_cut():
    """某某工作室揭牌暨工作部署会: the tagger's span ends before the ceremony (揭牌, 成立大会)."""
    assert _trimmed("标题\n枫林市劳动争议调解工作室揭牌暨工作部署会召开。", "枫林市劳动争议调解工作室揭牌暨工作部署") == [
        ("ORG", "枫林市劳动争议调解工作室")]


def test_a_court_named_by_its_places_short_name_is_the_peoples_court(pipeline):
    """某某法院 for 某省某某市人民法院: a place's short name and 法院 name that court."""
    doc = run_doc("标题\n6月7日，湖南省醴陵市人民法院会同市总工会举行联席会议。醴陵法院院长钱明到会。", pipeline)
    court = entity(doc, "湖南省醴陵市人民法院")
    assert "醴陵法院" in {m.text for m in court.mentions}


def test_a_towns_union_federation_by_its_level_word_alone(pipeline):
    """镇工会联合会, 镇工会 after 某某镇工会联合会: the town's one union, named in full once."""
    doc = run_doc("标题\n11月2日，青石镇工会联合会召开会员代表大会。会议总结了镇工会五年来的工作经验，"
                  "选举产生了新一届镇工会联合会委员。", pipeline)
    union = entity(doc, "青石镇工会联合会")
    assert {"镇工会", "镇工会联合会"} <= {m.text for m in union.mentions}


def test_a_name_jieba_glues_to_a_particle_opens_where_it_does_elsewhere(pipeline):
    """了定|城镇总工会: jieba's word takes the name's first character, but the article writes the name
    elsewhere where a word opens (the title): the name keeps it."""
    doc = run_doc("定城镇总工会召开首次代表大会\n4月12日上午，大会在镇政府会议室举行。"
                  "大会选举产生了定城镇总工会第一届委员会、第一届经费审查委员会。", pipeline)
    assert "城镇总工会第一届委员会" not in spans(doc, "ORG")
    assert "定城镇总工会第一届委员会" in spans(doc, "ORG")


def test_a_bare_town_committee_is_the_one_town_committee_named(pipeline):
    """镇委 after 某某镇委 (a town the division table may lack): that town's party committee."""
    doc = run_doc("标题\n3月30日，青禾镇总工会成立。青禾镇委书记钱明出席会议。在镇委的领导下，工会工作将迈上新台阶。", pipeline)
    committee = next(e for e in doc.entities if e.name.endswith("镇委") and e.name != "镇委")
    assert "镇委" in {m.text for m in committee.mentions}


def test_qu_zong_after_quan_zong_in_an_autonomous_region_is_the_regions_union(pipeline):
    """全总及区总 in an article about an autonomous region: 区总 is the region's 总工会, not a district's."""
    doc = run_doc("标题\n根据全总和区总的部署，2月3日，镶黄旗总工会带队看望一线职工。旗总工会副主席钱明参加。",
                  pipeline)
    region = entity(doc, "内蒙古自治区总工会")
    assert "区总" in {m.text for m in region.mentions}


def test_a_short_form_before_a_coverb_ends_the_name(pipeline):
    doc = run_doc("标题\n镇工会组织12名待业青年参加了县总在服务中心统一举办的招聘会。", pipeline)
    orgs = spans(doc, "ORG")
    assert "县总" in orgs and not any("在" in o for o in orgs)


def test_english_words_are_no_names(pipeline):
    doc = run_doc("标题\n3月5日，市总工会开展慰问活动（the content above is posted by a user of NetEase Hao），慰问职工30人。",
                  pipeline)
    assert spans(doc, "ORG") == ["市总工会"]


def test_a_bodys_short_name_defined_in_quotes_is_the_body_not_a_programme(pipeline):
    doc = run_doc("标题\n近日，中铁某局五公司江西分公司(下称“江西分公司”)开展送清凉活动。江西分公司党委书记周航带队慰问。", pipeline)
    assert "江西分公司" not in spans(doc, "INITIATIVE")
    company = next(e for e in doc.entities if e.type == "ORG" and e.name.endswith("江西分公司"))
    assert [m.text for m in company.mentions].count("江西分公司") == 2


def test_a_place_after_a_location_verb_is_not_part_of_the_body_named_next(pipeline):
    doc = run_doc("标题\n工会干部走进位于松北区龙建二公司承建的科创综合体项目，为一线职工送上慰问品。", pipeline)
    assert "龙建二公司" in spans(doc, "ORG") and "松北区" in spans(doc, "PLACE")


def test_a_nickname_of_a_family_name_is_a_person_named_in_part(pipeline):
    """小X, 老X (guidelines v2: 小徐): a person where jieba reads a name there; 小区, 老师, 老乡 are words."""
    doc = run_doc("标题\n快递员小韩说，驿站里可以热饭。环卫工人老杜说，工会每年都来。老乡们和老师都来了。", pipeline)
    assert {"小韩", "老杜"} <= set(spans(doc, "PERSON")) and not {"老乡", "老师"} & set(spans(doc, "PERSON"))


def test_a_town_right_after_its_district_is_no_street_of_the_district(pipeline):
    doc = run_doc("标题\n7月5日，路桥区路南街道的工会志愿者为环卫工人送上西瓜。", pipeline)
    assert spans(doc, "PLACE") == ["路桥区路南街道"]


def test_a_venue_described_with_de_is_no_named_place(pipeline):
    doc = run_doc("标题\n桃溪镇在镇上的文化活动中心举办巾帼主题活动。", pipeline)
    assert not any("的" in p for p in spans(doc, "PLACE"))


def test_a_four_character_person_closing_with_a_verb_is_the_three_character_name(pipeline):
    doc = run_doc("标题\n7月23日下午，公司召开第二届一次职代会。党委书记、董事长乔光太作总结讲话，希望公司各级工会更好发挥作用。",
                  pipeline)
    assert "乔光太" in spans(doc, "PERSON") and "乔光太作" not in spans(doc, "PERSON")


def test_a_verb_before_a_bare_head_is_no_bodys_name(pipeline):
    doc = run_doc("标题\n党委书记、董事长贺明远作总结讲话，希望公司下属各级工会积极发挥作用。", pipeline)
    assert "希望公司" not in spans(doc, "ORG")


def test_ascii_and_angle_bracket_title_marks_name_documents(pipeline):
    doc = run_doc("标题\n3月5日，枫林县总工会组织职工学习<<中华人民共和国工会法>>和〈枫林县职工权益保障办法〉。", pipeline)
    assert set(spans(doc, "DOCUMENT")) == {"中华人民共和国工会法", "枫林县职工权益保障办法"}


def test_he_after_a_body_joins_two_bodies_and_opens_no_county(pipeline):
    doc = run_doc("标题\n2月6日，县总工会和县妇联组成慰问组，看望坚守一线的医护人员。", pipeline)
    assert spans(doc, "ORG") == ["县总工会", "县妇联"] and "和县" not in spans(doc, "PLACE")


def test_a_level_words_working_committee_of_organs_is_a_body(pipeline):
    doc = run_doc("标题\n11月9日，由区委、区政府主办，区总工会、区直机关工委和区教体局联合协办的职工运动会开幕。", pipeline)
    assert "区直机关工委" in spans(doc, "ORG")


def test_lianhe_before_a_unions_organisation_is_a_verb(pipeline):
    doc = run_doc("标题\n在环卫工人节当天，县环卫所巾帼文明岗联合工会组织，开展了扎扫把比赛。", pipeline)
    assert not any(o.endswith("联合工会") for o in spans(doc, "ORG"))



def test_a_quoted_day_of_the_year_is_no_programme(pipeline):
    doc = run_doc("标题\n3月15日，县总工会联合县市场监管局开展“3·15”维权宣传，发放资料300份。", pipeline)
    assert "3·15" not in spans(doc, "INITIATIVE")


def test_a_quoted_cup_before_a_contests_edition_names_the_contest(pipeline):
    """“某某杯”第三届电工技术比武: the quoted cup is the contest's name, as the annotated set has it;
    the edition and the head after it open no second programme."""
    doc = run_doc("标题\n近日，临川区总工会举办“赣鄱杯”第三届电工技术比武，来自全区的40名选手参赛。"
                  "次日，区总工会又举办第二届职工羽毛球赛。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert "赣鄱杯" in got and "第二届职工羽毛球赛" in got
    assert not any("电工技术比武" in g for g in got)


def test_giving_warmth_as_a_verb_phrase_is_no_programme(pipeline):
    """为困难职工送温暖: 送温暖 after 为 and its object is the verb phrase; 送温暖活动 and a bare
    送温暖 that names the campaign stay mentions of it."""
    doc = run_doc("标题\n春节前夕，东乡区总工会走访慰问困难职工，为他们送温暖、送关怀。"
                  "今年的送温暖资金共计50万元，区总工会还为保洁员送温暖活动筹集了物资。", pipeline)
    assert spans(doc, "INITIATIVE") == ["送温暖", "送温暖"]


def test_a_titled_programme_run_by_a_body_is_an_initiative(pipeline):
    """开展《某区职工减压赋能公益巡讲》活动: a 《》 title after a running verb that ends with a programme's
    head or is followed by 活动 names a programme, not a document; a title ending with a document
    head (《某某实施方案》) stays a document."""
    doc = run_doc("标题\n东乡区总工会联合区卫健局开展《东乡区职工减压赋能公益巡讲》活动，"
                  "并印发《东乡区职工关爱行动实施方案》。", pipeline)
    assert spans(doc, "INITIATIVE") == ["东乡区职工减压赋能公益巡讲"]
    assert spans(doc, "DOCUMENT") == ["东乡区职工关爱行动实施方案"]


def test_unquoted_honours_after_an_honour_verb_are_initiatives(pipeline):
    """获得某市技术能手称号, 分别获得巾帼文明岗、工人先锋号荣誉称号: each unquoted honour of a list after an
    honour verb and closed by 称号/荣誉 is an INITIATIVE (initiatives.json honour_list); a bare
    竞赛标兵 names none, and after an active 授予 the one honoured comes first."""
    doc = run_doc("标题\n近年来，他带出的徒弟中有5人获得抚州市技术能手称号。"
                  "区人民医院护理部、区供电公司运维班分别获得巾帼文明岗、工人先锋号荣誉称号。"
                  "车间主任李晓梅获得竞赛标兵称号。区总工会授予周小兵技术能手称号。", pipeline)
    assert spans(doc, "INITIATIVE") == ["抚州市技术能手", "巾帼文明岗", "工人先锋号"]


def test_unquoted_brands_listed_before_a_brand_word_are_initiatives(pipeline):
    """打造某某驿站、职工某某平台、某某行等服务品牌: each unquoted item after a running verb and closed
    by 等…品牌 is a brand the union runs (initiatives.json brand_list)."""
    doc = run_doc("标题\n近年来，黎川县总工会持续打造暖新驿站、职工智慧平台、温暖四季行等服务品牌。"
                  "南丰县总工会建立健全帮扶机制、推出职工暖心课堂等工作品牌。", pipeline)
    assert spans(doc, "INITIATIVE") == ["暖新驿站", "职工智慧平台", "温暖四季行", "职工暖心课堂"]


def test_an_unquoted_programme_head_that_runs_on_ends_no_name(pipeline):
    """开展了重点工程立功竞赛, 启动某某三年行动方案: a programme head (工程, 行动) right before a run-on
    word or a document head ends no programme's name (initiatives.json unquoted_programme.run_on);
    one that ends the phrase (实施职工素质提升工程，) does."""
    doc = run_doc("标题\n宜黄县总工会在园区开展了重点工程立功竞赛，启动了职工入会三年行动方案的编制，"
                  "并实施职工素质提升工程，惠及职工2600余人。", pipeline)
    assert spans(doc, "INITIATIVE") == ["职工素质提升工程"]


def test_a_two_character_quoted_name_before_app_names_the_app(pipeline):
    """“某工”APP, “某工”小程序: a quoted name of two characters right before a platform word names the
    union's app (initiatives.json platform_after), though two characters in quotes are otherwise a
    word in scare quotes (“三性”)."""
    doc = run_doc("标题\n今年以来，崇仁县总工会上线“崇工”APP，职工可在线申请入会，并落实“三性”要求。", pipeline)
    assert spans(doc, "INITIATIVE") == ["崇工"]


def test_womens_and_youth_honour_posts_are_known_programmes(pipeline):
    """巾帼文明岗 and 青年文明号, national honours like 工人先锋号, are known programme names, with
    全国 when the national title is meant (initiatives.json known)."""
    doc = run_doc("标题\n目前，全市共有巾帼文明岗12个、青年文明号8个，她所在的科室获评全国巾帼文明岗。", pipeline)
    assert spans(doc, "INITIATIVE") == ["巾帼文明岗", "青年文明号", "全国巾帼文明岗"]


def test_a_quoted_word_before_a_list_closed_by_deng_runs_on_to_no_cue(pipeline):
    """职工文化大篷车“百场”文艺汇演等职工文化活动: the text after the quote is a list closed by 等, so the
    活动 after it is no cue of the quoted word; a run-on name (“同心圆”职工心理关爱行动) still is."""
    doc = run_doc("标题\n县总工会组织职工文化大篷车“百场”文艺汇演等职工文化活动，还开展“同心圆”职工心理关爱行动。",
                  pipeline)
    assert spans(doc, "INITIATIVE") == ["同心圆"]


def test_a_contest_head_right_after_a_contest_head_ends_the_name(pipeline):
    """第三届职工技术比武大赛: a contest head (大赛) right after another (技术比武) is part of the name,
    which ends at the last head, not at the first."""
    doc = run_doc("标题\n近日，抚州市第三届职工技术比武大赛在临川区举行，宜黄县第二届职工篮球赛也圆满结束。", pipeline)
    got = spans(doc, "INITIATIVE")
    assert any(g.endswith("第三届职工技术比武大赛") for g in got) and "宜黄县第二届职工篮球赛" in got
    assert not any(g.endswith("技术比武") for g in got)


def test_giving_warmth_to_someone_after_xiang_is_a_verb_phrase(pipeline):
    """向困难职工送温暖: after 向 and its object 送温暖 is the verb phrase too; 送温暖活动 stays the campaign."""
    doc = run_doc("标题\n春节前夕，县总工会向困难职工送温暖。县总工会面向全县职工开展送温暖活动。", pipeline)
    assert spans(doc, "INITIATIVE") == ["送温暖"]
    assert doc.text.index("送温暖活动") == next(m.start for m in doc.mentions if m.type == "INITIATIVE")


def test_bank_and_workshop_titles_are_positions_and_no_person(pipeline):
    """行长, 班组长, 值班长, 段长, 区队长 are job titles (positions.txt): a bank branch's 党委书记、行长 chain
    reaches the person, and a title that opens with a family name (区 + 队长, 段长) is no person."""
    doc = run_doc("标题\n建行扬州市分行党委书记、行长陈晓东出席。班组长赵小川、值班长吴志刚、段长郑宏伟、"
                  "区队长尤德明受到表彰。", pipeline)
    links = {(m.text, m.holder.text) for m in doc.mentions if m.type == "POSITION" and m.holder is not None}
    assert {("党委书记", "陈晓东"), ("行长", "陈晓东"), ("班组长", "赵小川"), ("值班长", "吴志刚"),
            ("段长", "郑宏伟"), ("区队长", "尤德明")} <= links
    assert not {"段长", "区队长"} & set(spans(doc, "PERSON"))


def test_a_two_character_zone_level_opens_no_name_inside_a_word(pipeline):
    """报经区总工会批准: 经 ends the verb 报经, so no 经区总工会 is named; the district union is."""
    doc = run_doc("标题\n该项活动方案报经区总工会批准后实施。", pipeline)
    assert "经区总工会" not in spans(doc, "ORG")


def test_national_sector_unions_named_with_quanguo(pipeline):
    """全国金融工会 is 中国金融工会 (organizations.json aliases), not a generic 全国… span."""
    doc = run_doc("标题\n全国金融工会副主席周海平到会并讲话。", pipeline)
    assert entity(doc, "中国金融工会").mentions[0].text == "全国金融工会"


def test_mines_named_by_a_short_word_and_kuang_are_bodies(pipeline):
    """石岭矿, 柳庄矿, 赵四矿: a model span before or ending in 矿 is the mine, an ORG, not a place or a person;
    矿工 after a name is no mine."""
    doc = run_doc("标题\n市总工会领导来到石岭矿，看望一线矿工，又到柳庄矿走访。赵四矿矿长周立涛陪同。", pipeline)
    orgs = spans(doc, "ORG")
    assert {"石岭矿", "柳庄矿", "赵四矿"} <= set(orgs)
    assert not {"石岭矿", "柳庄", "赵四矿"} & set(spans(doc, "PERSON") + spans(doc, "PLACE"))


def test_a_model_body_cut_through_a_title_after_a_name(pipeline):
    """某市总工会某某某部|长到…: a model ORG ending inside a title written after a person's name is the
    union and the person, not a department named after him."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = "大同市总工会刘建华部长到企业送清凉\n7月5日，刘建华部长一行来到企业。"
    doc = run_doc(text, pipeline)
    got = [(m.type, m.text) for m in trim_model_org(doc, Mention(0, 10, "ORG", text[:10], "neural"))]
    assert got == [("ORG", "大同市总工会"), ("PERSON", "刘建华")]


def test_a_company_run_into_a_job_title_ends_at_the_company(pipeline):
    """中铁某局机电公司钳工高级技师: a model ORG running from a company into a job ending in a title is
    the company; 某公司工会 after the head is left whole."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = "标题\n本次比赛的裁判由中铁五局机电公司钳工高级技师孟德成和华兴公司工会主席共同担任。"
    doc = run_doc(text, pipeline)

    def trimmed(name):
        i = text.find(name)
        return [m.text for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))]

    assert trimmed("中铁五局机电公司钳工高级技师") == ["中铁五局机电公司"]
    assert trimmed("华兴公司工会") == ["华兴公司工会"]


def test_a_listed_company_read_as_a_name_or_place_and_an_industry_word(pipeline):
    """来到苏某机械、某某汽配…: a model PERSON, or a PLACE no gazetteer knows, before an industry word
    closing a list item is the company; before a name (江某化工钱某某) it stays no mention."""
    doc = run_doc("标题\n节前，区总工会走访组来到苏华机械、宏发汽配、金邦科技等单位看望一线职工。", pipeline)
    assert "苏华机械" in spans(doc, "ORG") and "苏华" not in spans(doc, "PLACE")


def test_verbs_glued_to_a_name_are_cut(pipeline):
    """钱某荣|获一等奖 (荣获), 柏某等|部门领导, 选举卢某为|分工会主席; 王建荣获得 keeps the name whole."""
    doc = run_doc("标题\n决赛中，钱岳荣获焊工组冠军，王建荣获得亚军。工会主席、副部长柏彤等部门领导到场观赛。"
                  "随后分会召开大会，会员代表投票选举卢勇为分工会主席。", pipeline)
    people_ = spans(doc, "PERSON")
    assert {"钱岳", "王建荣", "柏彤", "卢勇"} <= set(people_)
    assert not {"钱岳荣", "柏彤等", "卢勇为"} & set(people_)


def test_a_given_name_ending_like_a_body_is_the_person(pipeline):
    """葛某会等12名农民工: a model ORG of three characters from a family name, ending in 会 and read by
    jieba as a personal name, is the person (people.json name_final_heads); 副工段长 is one title."""
    doc = run_doc("标题\n为感谢工会帮助讨薪，农民工葛秀会代表12名工友登门致谢。此前葛秀会等12名农民工的工资"
                  "被拖欠半年。在工地值守的副工段长甘立航也领到了年货。", pipeline)
    assert "葛秀会" not in spans(doc, "ORG")
    assert entity(doc, "葛秀会").type == "PERSON" and len(entity(doc, "葛秀会").mentions) == 2
    assert "副工段长" in spans(doc, "POSITION")


def test_reformed_union_departments_join_the_union(pipeline):
    """组织和基层工作部, 宣传教育和网络工作部 (organizations.json subunits) are departments of the union
    named before them, so the titles after them are held there."""
    doc = run_doc("标题\n会议邀请临河市总工会组织和基层工作部部长林海波、省总工会宣传教育和网络工作部副部长韩梅到会。", pipeline)
    links = {(m.holder.text, m.of.text) for m in doc.mentions if m.type == "POSITION" and m.of is not None}
    assert ("林海波", "临河市总工会组织和基层工作部") in links
    assert ("韩梅", "省总工会宣传教育和网络工作部") in links


def test_a_body_described_but_not_named_is_no_mention(pipeline):
    """全市首家社区联合工会 (first of its kind), 第一届工会联合会 (an edition and a bare head): a model ORG
    that describes a body names none; a named one after them is kept."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import described_not_named

    text = "东营市首家社区联合工会揭牌\n近日，河口街道柳岸社区联合工会揭牌运行。大会选出了第一届工会联合会的委员。"
    doc = run_doc(text, pipeline)

    def described(name):
        i = text.find(name)
        return described_not_named(doc, Mention(i, i + len(name), "ORG", name, "neural"))

    assert described("社区联合工会") and described("第一届工会联合会")
    assert not described("柳岸社区联合工会")


def test_visiting_groups_are_no_bodies_and_full_bureau_names_take_their_level(pipeline):
    """巡视组, 观摩组, 换届筹备组 name no body (generic_terms.txt); 县市场监督管理局 is one bureau
    (organizations.json heads), not 市场监督管理局 after 县市."""
    doc = run_doc("标题\n县教体局和县市场监督管理局派员到场。巡视组对公司进行了检查，观摩组一行参观了车间。", pipeline)
    orgs = spans(doc, "ORG")
    assert "县市场监督管理局" in orgs
    assert not {"巡视组", "观摩组"} & set(orgs)


def test_a_listed_worker_jieba_reads_as_a_place_is_cut_from_the_unit(pipeline):
    """某码头分公司石某某、某码头分公司秦川、: a model ORG running from a unit into a two-character name
    that jieba reads as a place (秦川) is the unit and the person where the unit is written alone too."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = "标题\n获奖的是华宁港务有限公司东港码头分公司石立青、华宁港务有限公司东港码头分公司秦川、浙江某某公司李亮。"
    doc = run_doc(text, pipeline)
    name = "华宁港务有限公司东港码头分公司秦川"
    i = text.find(name)
    got = [(m.type, m.text) for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))]
    assert got == [("ORG", "华宁港务有限公司东港码头分公司"), ("PERSON", "秦川")]


def test_a_team_or_contestants_after_a_company_are_cut_from_its_name(pipeline):
    """某公司参赛队, 某公司选手 (model_org_trailing): the people; the body is the company before them."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = "标题\n拔河比赛中，金帆公司参赛队夺得冠军，银河公司选手获得亚军。"
    doc = run_doc(text, pipeline)

    def trimmed(name):
        i = text.find(name)
        return [m.text for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))]

    assert trimmed("金帆公司参赛队") == ["金帆公司"]
    assert trimmed("银河公司选手") == ["银河公司"]


def test_a_workshop_between_a_company_and_a_title_belongs_to_the_title(pipeline):
    """某有限公司制剂车间主任某某, 某有限公司带电作业班班长某某: the POSITION is the workshop or team and the
    title, held in the company (people.json title_workshops), and a model ORG run into the workshop
    ends with the company."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = ("标题\n受表彰的有江南制药有限公司制剂车间主任史红梅、华电输变电有限公司带电作业班班长孔令波"
            "和东湖宾馆有限公司行政总厨邹晓明。")
    doc = run_doc(text, pipeline)
    links = {(m.text, m.holder.text, m.of.text if m.of else None) for m in doc.mentions if m.type == "POSITION"}
    assert ("带电作业班班长", "孔令波", "华电输变电有限公司") in links
    name = "江南制药有限公司制剂车间"
    i = text.find(name)
    assert [m.text for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))] == ["江南制药有限公司"]


def test_a_worker_after_a_role_word_read_as_a_place_is_the_person(pipeline):
    """某公司的职工鲁某某，…: a model PLACE no gazetteer knows, from a family name, after 职工 is the person."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import person_after_role

    text = "标题\n获奖者中有来自齐丰化工有限公司的职工鲁新川，也有来自机床厂的职工王建。"
    doc = run_doc(text, pipeline)
    i = text.find("鲁新川")
    assert person_after_role(doc, Mention(i, i + 3, "PLACE", "鲁新川", "neural")).type == "PERSON"


def test_the_other_items_of_a_list_of_bodies_are_bodies(pipeline):
    """远某运动用品、久某运动器材、某某亭运动用品等企业: one item is the company named in full before, so the
    other items of the list closed by 等企业 are companies too (organizations.json listed_bodies);
    the first item starts after the verb before it."""
    doc = run_doc("标题\n宏远运动用品有限公司订单大增，急需招工。招聘会上，宏远运动用品、久泰运动器材、"
                  "金兰亭运动用品等企业共拿出300个岗位。", pipeline)
    orgs = set(spans(doc, "ORG"))
    assert {"久泰运动器材", "金兰亭运动用品"} <= orgs


def test_a_construction_project_is_no_body_or_place():
    """某市轨道交通5号线, 某某水系治理工程 read as an ORG or PLACE by the model name projects (project_ends)."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import keep

    assert not keep(Mention(0, 9, "ORG", "南宁轨道交通5号线", "neural"))
    assert not keep(Mention(0, 9, "PLACE", "青溪水系综合治理工程", "neural"))
    assert keep(Mention(0, 12, "ORG", "中铁五局南宁地铁5号线项目部", "neural"))


def test_a_model_body_cut_at_a_listed_party_unit_or_a_towns_level(pipeline):
    """某分校党|、政、工领导: the school (model_org_trailing_before); 应举镇|丰禾农业园 read from the town's
    镇: the park, after the town."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = "实验中学东湖分校党、政、工三方慰问老教师\n考察组来到应举镇丰禾农业园和一家服装厂。"
    doc = run_doc(text, pipeline)

    def trimmed(name, at=0):
        i = text.find(name, at)
        return [m.text for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))]

    assert trimmed("实验中学东湖分校党") == ["实验中学东湖分校"]
    assert trimmed("镇丰禾农业园") == ["丰禾农业园"]


def test_railway_titles_and_a_body_cut_through_a_title(pipeline):
    """调车长, 段长助理 are titles; 某火车站装卸值班|主任 read as one body by the model ends with the
    station; 中国|农历 is no place (places.json concept_words)."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import trim_model_org

    text = ("标题\n2月9日是中国农历除夕，柳港车站调车长孙富强仍在岗位上。段长助理梁艳波到车站慰问。"
            "信阳火车站装卸值班主任赵红军一直守在门吊旁。")
    doc = run_doc(text, pipeline)
    holders = {(m.text, m.holder.text) for m in doc.mentions if m.type == "POSITION" and m.holder is not None}
    assert {("调车长", "孙富强"), ("段长助理", "梁艳波")} <= holders
    assert "中国" not in spans(doc, "PLACE")
    name = "信阳火车站装卸值班"
    i = text.find(name)
    assert [m.text for m in trim_model_org(doc, Mention(i, i + len(name), "ORG", name, "neural"))] == ["信阳火车站"]


def test_a_company_named_without_its_legal_form_before_its_full_name_joins_it(pipeline):
    """眉山电力 in the headline, 眉山电力股份有限公司 in the body: the core 电力 is too short to be a
    short name, so the name without the legal form is one, and the model's span takes its canonical."""
    doc = run_doc("市总工会到眉山电力开展走访慰问\n6月17日，市总工会一行到眉山电力股份有限公司走访慰问劳动模范。"
                  "眉山电力党委副书记周德明陪同。", pipeline)
    company = entity(doc, "眉山电力股份有限公司")
    assert [m.text for m in company.mentions].count("眉山电力") == 2


def test_a_unit_named_alone_and_after_its_owners_full_name_is_one_body(pipeline):
    """信阳车务段 in the headline, 中国铁路郑州局集团有限公司信阳车务段 in the body: the unit named after its
    place, with and without the full name of the company that owns it, is one entity."""
    doc = run_doc("信阳车务段春运保安全\n春运首日，中国铁路郑州局集团有限公司信阳车务段组织干部上岗值守。",
                  pipeline)
    unit = entity(doc, "中国铁路郑州局集团有限公司信阳车务段")
    assert [m.text for m in unit.mentions][0] == "信阳车务段"


def test_an_autonomous_county_named_without_its_peoples_is_the_county():
    """长阳自治县 for 长阳土家族自治县, 孟连自治县 for 孟连傣族拉祜族佤族自治县: a variant of the full name."""
    from unionie.entities.gazetteer import gazetteer

    gaz = gazetteer()
    assert [p.name for p in gaz.lookup("长阳自治县")] == ["长阳土家族自治县"]
    assert gaz.lookup("孟连自治县")[0].name == "孟连傣族拉祜族佤族自治县"


def test_a_family_name_jieba_reads_as_a_function_word_opening_a_phrase(pipeline):
    """何校长, 于主席 after 何某某, 于某某 are named in full: at a phrase's start they are people named in
    part, though jieba reads 何 and 于 as function words; 向主任汇报 (no one named 向) stays no one."""
    doc = run_doc("标题\n校长何宗明作工作报告。会上，何校长指出要推进改革。工会主席于海燕讲话，于主席强调要服务职工。"
                  "他向主任汇报了工作。", pipeline)
    assert [m.text for m in entity(doc, "何宗明").mentions] == ["何宗明", "何校长"]
    assert [m.text for m in entity(doc, "于海燕").mentions] == ["于海燕", "于主席"]
    assert "向主任" not in spans(doc, "PERSON")


def test_teams_and_working_groups_named_by_their_task_are_no_bodies(pipeline):
    """文艺小分队, 竞赛领导小组, 竞赛工作小组 (generic_terms.txt) name what a group does, no body."""
    from unionie.core.document import Mention
    from unionie.entities.recognizers import keep

    for word in ("文艺小分队", "竞赛领导小组", "竞赛工作小组", "党员突击队"):
        assert not keep(Mention(0, len(word), "ORG", word, "neural"))


def test_a_bare_mine_union_is_the_mine_union_the_article_names(pipeline):
    """矿工会 after 某某煤矿工会 is that union (enterprise_anaphora); after a company's union only, with
    no mine's union named, it is not the company's."""
    doc = run_doc("标题\n兴隆煤矿工会为一线职工送去清凉。“矿工会的行动真快！”职工们说。该矿工会还慰问了困难职工。", pipeline)
    union = entity(doc, "兴隆煤矿工会")
    assert [m.text for m in union.mentions] == ["兴隆煤矿工会", "矿工会", "该矿工会"]
    doc = run_doc("标题\n华兴能源集团有限公司工会到井下慰问。“矿工会的行动真快！”职工们说。", pipeline)
    assert "矿工会" not in [m.text for m in entity(doc, "华兴能源集团有限公司工会").mentions]


def test_he_between_two_bodies_joins_them_and_names_no_county(pipeline):
    """县图书馆和县文化馆: 和 after a word that is no place joins the two (places.json
    opener_place_after); after 赴 the county 和县 is meant."""
    doc = run_doc("标题\n县图书馆和县文化馆联合举办读书活动。由宁远县总工会主办，县工人文化宫和县职工服务中心承办。", pipeline)
    assert "和县" not in spans(doc, "PLACE")
    assert not any("和县" in o for o in spans(doc, "ORG"))
    doc = run_doc("标题\n市总工会领导赴和县调研。", pipeline)
    assert "和县" in spans(doc, "PLACE")


def test_a_trade_contest_held_by_a_body_is_an_initiative(pipeline):
    # a contest named by its trade right after a verb of holding it, with a year between (not in the name)
    doc = run_doc("标题\n日前，荔湾区总工会在某物流园举办2025年叉车驾驶技能竞赛，30余名选手参加。", pipeline)
    assert "叉车驾驶技能竞赛" in spans(doc, "INITIATIVE")
    # no trade named: a kind of contest, no programme's name
    doc = run_doc("标题\n日前，荔湾区总工会在某物流园举办职工职业技能大赛，开展各类技能竞赛。", pipeline)
    assert spans(doc, "INITIATIVE") == []


def test_a_national_word_before_an_edition_opens_the_contest(pipeline):
    doc = run_doc("标题\n全国第七届职工职业技能大赛电工决赛近日在某市举行。", pipeline)
    assert "全国第七届职工职业技能大赛" in spans(doc, "INITIATIVE")


def test_a_counted_or_generic_unquoted_programme_is_no_name(pipeline):
    doc = run_doc("标题\n各地工会开展多项关爱行动，还开展关爱行动做好服务，去年实施装修改造工程。", pipeline)
    assert spans(doc, "INITIATIVE") == []


def test_a_ceremony_runs_over_no_modal_verb(pipeline):
    doc = run_doc("标题\n会后，市县总工会将逐一梳理座谈会上的建议，限期推动落实。", pipeline)
    assert spans(doc, "EVENT") == []


def test_a_quoted_theme_with_a_comma_and_a_stop_word_opens_the_ceremony(pipeline):
    doc = run_doc("标题\n近日，在江阴县总工会举办的“娘家在身边,温暖在一线”发布会上，骑手代表作了发言。", pipeline)
    assert spans(doc, "EVENT") == ["“娘家在身边,温暖在一线”发布会"]


def test_a_verb_use_of_a_known_name_ends_at_a_half_width_comma(pipeline):
    # 以某某为载体, then a new clause after a half-width comma: 送温暖 is the programme, not 为…送温暖
    doc = run_doc("标题\n该街道以职工驿站为平台,开展送温暖、送清凉等活动。", pipeline)
    assert "送温暖" in spans(doc, "INITIATIVE")


def test_a_song_in_book_marks_and_a_quoted_standard_are_neither(pipeline):
    doc = run_doc("标题\n大会在《歌唱祖国》声中开幕。会议要求按照“五个有”标准规范创建职工之家。", pipeline)
    assert spans(doc, "DOCUMENT") == []
    assert "五个有" not in spans(doc, "INITIATIVE")


def test_a_quoted_title_of_a_report_is_no_programme(pipeline):
    doc = run_doc("标题\n会上，分公司经理林志远作了题为“奋勇争先 再创佳绩”的劳动竞赛工作报告。", pipeline)
    assert spans(doc, "INITIATIVE") == []


def test_a_season_before_a_known_verb_and_object_names_its_programme(pipeline):
    doc = run_doc("标题\n区总工会结合夏送清凉活动走访工地；今冬送温暖资金已经下拨。", pipeline)
    found = spans(doc, "INITIATIVE")
    assert "夏送清凉" in found and "今冬送温暖" not in found and "冬送温暖" not in found


def test_an_award_after_an_honour_verb_needs_no_closing_title_word(pipeline):
    doc = run_doc("标题\n江岸区化验班等5个集体荣获湖北省五一巾帼奖状，邵雨桐等3人荣获湖北省五一巾帼奖章；"
                  "另有2人荣获一等奖。", pipeline)
    found = spans(doc, "INITIATIVE")
    assert "湖北省五一巾帼奖状" in found and "湖北省五一巾帼奖章" in found
    assert not any("一等奖" in f for f in found)


def test_a_quoted_short_form_given_to_a_document_is_that_document(pipeline):
    doc = run_doc("标题\n省总工会印发《关于加快职工驿站扩面提质的三年工作计划》（以下简称“三年工作计划”）。"
                  "按照“三年工作计划”，各地将新建驿站。", pipeline)
    assert spans(doc, "INITIATIVE") == []
    assert spans(doc, "DOCUMENT").count("三年工作计划") == 2
    docs = [e for e in doc.entities if e.type == "DOCUMENT"]
    assert len(docs) == 1


def test_sections_manners_kinds_and_festivals_in_quotes_are_no_programmes(pipeline):
    doc = run_doc("标题\n平台开通“政策速递”“在线报名”等栏目，打造“便捷型”服务窗口。驿站以“全天开放”、上门服务等形式"
                  "扩展服务，还组织线上“重阳”等活动。职工点击“工匠之家”即可预约。", pipeline)
    assert spans(doc, "INITIATIVE") == []


def test_songs_games_and_acts_in_book_marks_are_no_documents(pipeline):
    doc = run_doc("标题\n晚会上，魔术《星河夜话》、《山丹丹开花》《黄河谣》等大家熟悉的歌曲轮番上演，"
                  "还有《抢板凳》《传纸杯》等游戏环节。", pipeline)
    assert spans(doc, "DOCUMENT") == []


def test_a_quoted_union_name_is_no_programme(pipeline):
    doc = run_doc("标题\n区总工会为新组建的“城西区快递行业工会联合会”授牌。", pipeline)
    assert spans(doc, "INITIATIVE") == []


def test_a_ceremony_named_after_zai_and_a_teleconference_are_events(pipeline):
    doc = run_doc("标题\n在外卖骑手集中入会仪式上，区总工会发放了礼包。全省推进职工书屋建设工作电视电话会议昨日召开。", pipeline)
    assert spans(doc, "EVENT") == ["外卖骑手集中入会仪式", "全省推进职工书屋建设工作电视电话会议"]


def test_a_quoted_name_before_de_and_a_goal_word_is_a_goal(pipeline):
    doc = run_doc("标题\n参建单位比进度、比质量，力争实现“零事故优质量”的项目建设目标。", pipeline)
    assert spans(doc, "INITIATIVE") == []


def test_a_national_word_before_a_known_honour_is_part_of_its_name(pipeline):
    doc = run_doc("标题\n该县水利局工会小组日前荣获全国模范职工小家称号。全国职工之家建设稳步推进。", pipeline)
    found = spans(doc, "INITIATIVE")
    assert "全国模范职工小家" in found and "全国职工之家" not in found


def test_an_unquoted_document_listed_after_a_titled_one(pipeline):
    doc = run_doc("标题\n大会通过《某市职工互助会章程》、关于区总工会工作报告的决议。", pipeline)
    assert spans(doc, "DOCUMENT") == ["某市职工互助会章程", "关于区总工会工作报告的决议"]


def test_a_contest_name_runs_over_no_verb_before_a_quoted_festival(pipeline):
    doc = run_doc("标题\n5月2日上午，青禾县总工会举办的庆“五一”职工趣味运动会开幕。柳河县庆“五一”职工拔河比赛同日举行。", pipeline)
    found = spans(doc, "INITIATIVE")
    assert not any("总工会" in f for f in found)
    assert "柳河县庆“五一”职工拔河比赛" in found


def test_a_knowledge_contest_of_an_area_and_a_reference_book(pipeline):
    doc = run_doc("标题\n日前，鼓楼区举办全区职工安全生产知识竞赛，参考书目为《职工安全读本》。", pipeline)
    assert "全区职工安全生产知识竞赛" in spans(doc, "INITIATIVE")
    assert spans(doc, "DOCUMENT") == []


def test_a_first_edition_meeting_is_an_event(pipeline):
    doc = run_doc("标题\n12月3日，集团工会在昆明召开首届青年职工技术交流大会。", pipeline)
    assert spans(doc, "EVENT") == ["首届青年职工技术交流大会"]


def test_a_quoted_title_applied_or_striven_for_is_an_honour(pipeline):
    doc = run_doc("标题\n条件成熟后申报省级“职工心灵港湾”，各车间积极争创“五星优胜班组”。", pipeline)
    assert spans(doc, "INITIATIVE") == ["职工心灵港湾", "五星优胜班组"]


def test_a_quoted_app_after_a_verb_of_using_it_is_a_platform(pipeline):
    doc = run_doc("标题\n市总工会将给实名注册“枫工惠”的职工会员赠送礼盒。", pipeline)
    assert spans(doc, "INITIATIVE") == ["枫工惠"]


def test_a_festivals_number_before_da_and_a_slogans_congress_are_no_events(pipeline):
    """庆五一大型…晚会: 五一 is a festival's number, 大型 a word (a congress's number holds 十); a
    congress inside a quoted slogan (“喜迎二十大 奋进新征程”) is the slogan's words, no mention; the
    congress named in plain text is one."""
    doc = run_doc("标题\n5月1日晚，柳林镇总工会举办庆五一大型职工歌舞会。各单位以“喜迎二十大 实干创新业”为口号，"
                  "认真学习党的二十大精神。", pipeline)
    assert spans(doc, "EVENT") == ["党的二十大"]


def test_a_teachers_congress_and_a_show_joined_to_a_ceremony_are_events(pipeline):
    """教代会 ends a numbered congress's name (as 职代会 does); a show joined by 暨 to a ceremony
    (表彰大会暨文艺汇演) is part of its name."""
    doc = run_doc("标题\n4月2日，南溪职业学院召开二届五次教代会。3月7日，由丰宁县总工会举办的"
                  "庆“三八”巾帼标兵表彰大会暨文艺汇演，观众逾三百。", pipeline)
    assert spans(doc, "EVENT") == ["二届五次教代会", "庆“三八”巾帼标兵表彰大会暨文艺汇演"]


def test_a_bare_workers_congress_after_the_named_one_is_the_same_event(pipeline):
    """职代会上 and 本次职代会 after the article names one workers' congress are mentions of it; a bare
    职代会 said of the institution (职代会制度) is none."""
    doc = run_doc("标题\n2月3日，东桥纺织有限公司四届二次职代会开幕。职代会上，与会代表审议了工作报告。"
                  "本次职代会共收到提案9件。公司坚持职代会制度。", pipeline)
    ev = [e for e in doc.entities if e.type == "EVENT"]
    assert len(ev) == 1 and [m.text for m in ev[0].mentions] == ["东桥纺织有限公司四届二次职代会", "职代会", "职代会"]


def test_a_group_leader_title_opening_with_union_is_no_union_of_the_union(pipeline):
    """某县总工会工会小组长某某: 工会小组长 is the title, held in the federation; no 某县总工会工会."""
    doc = run_doc("标题\n座谈会上，白河县总工会工会小组长秦晓丹作了发言。", pipeline)
    assert "白河县总工会" in spans(doc, "ORG") and "白河县总工会工会" not in spans(doc, "ORG")
    assert spans(doc, "POSITION") == ["工会小组长"]


def test_a_named_new_year_reception_is_an_event_not_a_body(pipeline):
    """2025年新春团拜会: a gathering named with its year, an EVENT (团拜会 ends a ceremony's name); never
    an ORG."""
    doc = run_doc("标题\n1月22日，栖霞镇总工会举办2025年新春团拜会，镇属企业职工代表60余人参加。", pipeline)
    assert "2025年新春团拜会" in spans(doc, "EVENT") and "2025年新春团拜会" not in spans(doc, "ORG")


def test_a_ceremony_referred_back_to_with_a_demonstrative_is_named_by_nobody(pipeline):
    """某县总工会借助此次揭牌仪式, 通过本次座谈会: 此次/本次 point back to a ceremony, they name none;
    the verbs before them are no part of a name."""
    doc = run_doc("标题\n5月6日，临湘县总工会爱心驿站揭牌仪式举行。临湘县总工会以此次揭牌仪式为起点完善服务，"
                  "并通过本次座谈会听取意见。", pipeline)
    assert spans(doc, "EVENT") == ["临湘县总工会爱心驿站揭牌仪式"]


def test_a_congress_whose_body_ends_with_a_level_character_is_named_whole(pipeline):
    """某某西北大区工会第一次会员代表大会: 区 closes a word of the body's name (大区), no district's
    union; the name opens with the body. After a verb (审议通过市工会…) the level word opens it."""
    doc = run_doc("标题\n3月9日，恒远地产西北大区工会第一次会员代表大会开到傍晚。会议审议通过市工会第六次代表大会的筹备方案。",
                  pipeline)
    assert spans(doc, "EVENT") == ["恒远地产西北大区工会第一次会员代表大会", "市工会第六次代表大会"]


def test_a_unions_committee_of_a_term_is_a_body_not_a_description():
    """第五届女职工委员会, 第五届经费审查委员会: the committees a union elects for a term are bodies
    (organizations.json described_not_named edition_kept); 第一届工会联合会 with nothing before it describes one."""
    from unionie.core.document import Document, Mention
    from unionie.entities.recognizers import described_not_named

    text = "标题\n大会选举产生了第五届女职工委员会和第五届经费审查委员会，第一届工会联合会随后成立。"
    doc = Document(text=text, doc_id="x")

    def span(name):
        s = text.index(name)
        return Mention(s, s + len(name), "ORG", name, "neural")

    assert not described_not_named(doc, span("第五届女职工委员会"))
    assert not described_not_named(doc, span("第五届经费审查委员会"))
    assert described_not_named(doc, span("第一届工会联合会"))


def test_the_issuing_code_of_a_document_number_is_no_name(pipeline):
    """（王工发〔2022〕8号）: the code before a document number's bracketed year opens with a family
    name but names no person (nor a body or place)."""
    doc = run_doc("标题\n枫林市总工会印发通知（王工发〔2022〕8号），对先进集体予以表彰（李工〔2021〕3号）。", pipeline)
    assert spans(doc, "PERSON") == []
    assert "枫林市总工会" in spans(doc, "ORG")


def test_a_hall_named_after_someone_where_an_event_is_held_is_no_person(pipeline):
    """在某大学某某堂举行: a building named after a donor, before a venue verb, is no person; a person
    whose given name ends in the same character stays one."""
    doc = run_doc("标题\n晚会在江南大学陈德华堂举行，千余名教职工观看。会议由李国堂主持。", pipeline)
    assert spans(doc, "PERSON") == ["李国堂"]


def test_a_photos_position_mark_after_a_name_is_no_person(pipeline):
    """某某（左二）, 某某（图右） in a caption: the position mark in the photo names no one."""
    doc = run_doc("标题\n8月12日的联欢会上,枫林村妇女主任韦秀芝(左二)随着鼓点带大家跳舞。", pipeline)
    assert "左二" not in spans(doc, "PERSON")
    assert "韦秀芝" in spans(doc, "PERSON")


def test_a_weekday_is_no_person(pipeline):
    """这天是周四: a weekday opening with a family name's character names no one."""
    doc = run_doc("标题\n9月14日晚上8点左右,枫林项目部门口的篮球场,渐渐聚起了刚下工的工友们。这天是周四,工棚旁的“同心”夜校又开课了。", pipeline)
    assert "周四" not in spans(doc, "PERSON")


def test_a_ceremony_name_keeps_a_word_that_opens_with_a_stop_character(pipeline):
    """在 of 在职 is a character of the name's word, no preposition ending the walk back
    (丽水市在职职工大病互助工作会议); 举行仪式 written as one word still names no ceremony."""
    doc = run_doc("标题\n5月8日上午召开的丽水市在职职工大病互助工作会议上，市总工会作了部署。"
                  "9月3日，莲都区总工会举行仪式，为三家工作室授牌。", pipeline)
    assert spans(doc, "EVENT") == ["丽水市在职职工大病互助工作会议"]


def test_a_ceremony_held_for_listed_things_is_named_from_its_verb(pipeline):
    """举行甲、“乙”授牌仪式, 召开某年度甲、乙（丙）表彰大会: one ceremony named from the verb that holds it;
    a list whose items are events of their own (招聘会、论坛及签约仪式) is not one name."""
    doc = run_doc("标题\n6月18日，县总工会在溪口镇文化站举行县级职工创新实训基地、“四好”班组创建示范点授牌仪式。"
                  "公司召开2019-2020年度先进集体、劳动模范（先进工作者）表彰大会。"
                  "区总工会举办青年职工招聘会、产业工人论坛及校企签约仪式。", pipeline)
    events = spans(doc, "EVENT")
    assert "县级职工创新实训基地、“四好”班组创建示范点授牌仪式" in events
    assert "2019-2020年度先进集体、劳动模范（先进工作者）表彰大会" in events
    assert not any("招聘会" in e for e in events)


def test_works_listed_after_their_kind_or_winning_a_prize_are_no_documents(pipeline):
    """书法作品——《甲》、《乙》, 油画作品：《甲》《乙》《丙》, 《某某》获一等奖: works of art or entries,
    not documents; a rule (《某某办法》) stays one."""
    doc = run_doc("标题\n市总工会选送了职工作品，其中书法作品——《春风拂面》、《岁月如歌》，油画作品：《晨曦》《远山》《归途》。"
                  "在征文比赛中，《灯下的父亲》获一等奖，《小河湾》获三等奖。会议审议通过了《工会经费管理办法》。", pipeline)
    assert spans(doc, "DOCUMENT") == ["工会经费管理办法"]


def test_a_quoted_youth_day_opens_no_contest_name(pipeline):
    """庆“五一”、迎“五四”职工趣味运动会: 五四 is a festival's name (initiatives.json generic_not), as 五一 is;
    no contest is named from its quote."""
    doc = run_doc("标题\n4月25日，镇工联会举办庆“五一”、迎“五四”职工趣味运动会。", pipeline)
    assert spans(doc, "INITIATIVE") == []


def test_quoted_games_of_a_sports_day_are_no_programmes(pipeline):
    """运动会有“甲”、“乙”等6个项目, “甲”“乙”等互动游戏: the games of a sports day or a party; “甲”“乙”等帮扶项目
    are programmes."""
    doc = run_doc("标题\n运动会有“抢椅子”、“传球接力”、“两人三足”等6个项目，大家热情参与。"
                  "联谊会上设置了“你画我猜”“击鼓传花”等互动游戏。区总工会开展“春送岗位”“金秋助学”等帮扶项目。", pipeline)
    assert spans(doc, "INITIATIVE") == ["春送岗位", "金秋助学"]


def test_a_quoted_likeness_after_a_being_verb_is_no_programme(pipeline):
    """阅览室成为工友“加油驿站”, 成为…的“暖心之家”: what a place is like, though 驿站 and 之家 head
    programmes' names; what is built (建成“职工驿站”) is named, and 形成了 holds no being verb."""
    doc = run_doc("标题\n阅览室成为工友“加油驿站”。工会成为职工信赖的“温馨之家”。县总工会建成“职工驿站”12个。"
                  "社区工会形成了包含“暖心助学”“圆梦助学”等项目的关爱网络。", pipeline)
    assert spans(doc, "INITIATIVE") == ["职工驿站", "暖心助学", "圆梦助学"]


def test_films_played_and_broadcast_programmes_are_no_documents(pipeline):
    """播放了《甲》《乙》等…微电影, 电台《某某》节目: films and a broadcaster's programme, not documents;
    the laws studied stay documents."""
    doc = run_doc("标题\n活动现场播放了《守护》《回家路》等维权案例改编的微电影，电台《职工之声》节目也作了报道。"
                  "会议学习了《工会法》《劳动合同法》。", pipeline)
    assert spans(doc, "DOCUMENT") == ["工会法", "劳动合同法"]


def test_rallies_and_launch_meetings_are_events_and_no_programme_runs_over_them(pipeline):
    """…劳动竞赛活动启动大会, 召开“…”…劳动竞赛誓师大会: named meetings (organizations.json ceremony_heads);
    启动大会在某工程公司…: no programme's name runs from 启动 over the preposition to 工程 of a company."""
    doc = run_doc("标题\n5月24日上午，湖北路桥“奋进新时代”2021重点工程项目劳动竞赛活动启动大会在路桥工程公司潜江项目举办。"
                  "9月14日，路桥集团组织召开“会战八十天，建功新时代”冬季攻坚劳动竞赛誓师大会。", pipeline)
    assert spans(doc, "EVENT") == ["湖北路桥“奋进新时代”2021重点工程项目劳动竞赛活动启动大会",
                                   "“会战八十天，建功新时代”冬季攻坚劳动竞赛誓师大会"]
    assert not any("工程" in s for s in spans(doc, "INITIATIVE"))


def test_a_kind_of_meeting_held_many_times_is_no_event(pipeline):
    """开展各类…座谈会8次: a kind of meeting (organizations.json ceremony_generic_openers); 举办全县…座谈会 names
    one; a head followed by 议 (推进会议) ends with it."""
    doc = run_doc("标题\n项目部开展各类安全生产知识座谈会6次。县总工会举办全县职工安全生产知识座谈会。"
                  "7月8日，全县工会半年工作总结暨安全生产专项工作推进会议在县文化宫召开。", pipeline)
    assert spans(doc, "EVENT") == ["全县职工安全生产知识座谈会", "全县工会半年工作总结暨安全生产专项工作推进会议"]


def test_speech_titles_and_a_named_special_train(pipeline):
    """演讲的《甲》, 《乙》获得第三名: a speech's title and an entry, not documents; “某某返乡专列”: a named
    special train, a programme (initiatives.json heads 专列)."""
    doc = run_doc("标题\n最终来自车间的李小梅演讲的《星光》获得一等奖，《远航》获得第三名。"
                  "1月8日，一列“豫籍务工人员返乡专列”从郑州东站开出。", pipeline)
    assert spans(doc, "DOCUMENT") == []
    assert spans(doc, "INITIATIVE") == ["豫籍务工人员返乡专列"]


def test_titles_of_shows_and_segments_are_no_documents(pipeline):
    """《甲》舞蹈, 两个环节：《甲》《乙》, 《甲》环节, 歌声《甲》、《乙》: a dance, the segments of a contest and
    songs, not documents; the law conveyed stays one."""
    doc = run_doc("标题\n晚会在《春到山乡》舞蹈中开场，比赛分为两个环节：《巧手·匠心》《味道·家乡》。《巧手·匠心》环节由各队"
                  "展示作品。职工们用嘹亮的歌声《工人之歌》、《远方》表达心声。会议传达了《工会法》。", pipeline)
    assert spans(doc, "DOCUMENT") == ["工会法"]


def test_a_quoted_thing_counted_in_ten_thousands_is_handed_out(pipeline):
    """发放2万余份“某某指南”: a counted thing handed out, as 一件“某某” is, whatever the multiplier; a known
    card (“工会服务卡”) stays the programme."""
    doc = run_doc("标题\n活动期间，将向务工人员免费发放2万余份“务工维权指南”、5000余张“工会服务卡”。", pipeline)
    assert spans(doc, "INITIATIVE") == ["工会服务卡"]


def test_a_joint_meeting_opens_with_both_bodies(pipeline):
    """某区政府与区总工会联席会议: the bodies that meet, joined by 与, open the meeting's name."""
    doc = run_doc("标题\n11月17日，区政府与区总工会第四次联席会议在区行政中心召开。", pipeline)
    assert spans(doc, "EVENT") == ["区政府与区总工会第四次联席会议"]


def test_a_national_congress_named_after_a_verb_and_its_complement_opens_with_its_body(pipeline):
    """落实好某大: 好 completes the verb, no word of the congress's name; only a bare union opening
    with a level word (区工会) may close a word of a longer name before it."""
    doc = run_doc("标题\n工友们表示要切实落实好中国工会十三大部署的任务。", pipeline)
    assert spans(doc, "EVENT") == ["中国工会十三大"]


def test_a_knowledge_contest_on_a_congress_is_named_whole(pipeline):
    """全市职工学习某大精神知识竞赛: 学习 may stand inside a contest's name (contest_name_verbs) and the congress
    is its subject, no mention of its own; the congress named elsewhere stays an event."""
    doc = run_doc("标题\n全市职工学习中国工会十七大精神知识竞赛于4月2日在市文化宫开赛。大会传达了中国工会十七大精神。", pipeline)
    assert spans(doc, "INITIATIVE") == ["全市职工学习中国工会十七大精神知识竞赛"]
    assert spans(doc, "EVENT") == ["中国工会十七大"]


def test_a_kind_of_activity_in_scare_quotes_is_no_programme(pipeline):
    """“趣味运动会”, “联谊会”: the kind of an activity in scare quotes (initiatives.json generic_not), no
    programme's name, whether a quoted name or a whole quoted contest."""
    doc = run_doc("标题\n项目工会常态化组织“趣味运动会”“联谊会”等12场文体活动。", pipeline)
    assert spans(doc, "INITIATIVE") == []
