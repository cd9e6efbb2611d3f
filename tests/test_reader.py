import pytest

from unionie.text.reader import InputError, decode, make_document, read_file

ARTICLE = (
    "苏州市总工会启动新就业形态劳动者入会集中行动\n"
    "2023-05-12 10:30 来源：苏州工会 作者：王晓\n"
    "\n"
    "　　本报讯（记者 张明 通讯员 李华）5月10日，苏州市总工会在姑苏区启动集中入会行动。\n"
    "　　当天，300余名外卖骑手现场入会。\n"
    "责任编辑：陈晨\n"
    "相关新闻\n"
    "版权所有 苏ICP备12345678号\n"
)


def test_utf8_gbk_big5_are_decoded():
    text = "六盘水市总工会发展会员12500余名"
    assert decode(text.encode("utf-8")) == (text, "utf-8", [])
    assert decode(text.encode("gb18030"))[:2] == (text, "gb18030")
    trad = "六盤水市總工會發展會員一萬餘名，職工群眾受益"
    assert decode(trad.encode("big5"))[:2] == (trad, "big5")


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"\xff\xfe\xfa\xfb" * 10 + b"\x81", "not valid")],
)
def test_bad_bytes_have_one_line_reasons(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data)


def test_a_wire_dateline_ending_in_the_day_and_dian_is_metadata():
    """某网某地10月9日电(某某): a news site's dateline, the outlet the source, no body in the text."""
    from unionie.text.reader import make_document

    doc = make_document("技能大赛落幕\n中新网佛山10月9日电(李明) 大湾区职业技能大赛9日在佛山落幕。\n")
    assert doc.meta.get("source") == "中新网"
    assert not any(r.start <= doc.text.index("中新网") < r.end for r in doc.regions)


def test_no_chinese_is_rejected():
    with pytest.raises(InputError, match="no Chinese"):
        make_document("only ascii here\n")


def test_layout_meta_and_regions():
    doc = make_document(ARTICLE)
    assert doc.meta["title"] == "苏州市总工会启动新就业形态劳动者入会集中行动"
    assert doc.meta["published"] == "2023-05-12T10:30"
    assert doc.meta["source"] == "苏州工会"
    assert doc.meta["editor"] == "陈晨"
    assert doc.meta["authors"] == ["王晓", "张明", "李华"]
    annotated = "".join(doc.text[r.start : r.end] for r in doc.regions)
    assert "苏州市总工会启动" in annotated and "300余名外卖骑手" in annotated
    for not_body in ("张明", "陈晨", "版权所有", "2023-05-12", "本报讯"):
        assert not_body not in annotated
    # offsets refer to the text exactly as given
    for r in doc.regions:
        assert doc.text[r.start : r.end] == doc.text[r.start : r.end].strip()


def test_byline_at_end_of_body(seed_paths):
    doc, warnings = read_file(seed_paths[0])
    assert warnings == []
    assert doc.meta["authors"] == ["蹇蛟", "李献波"]
    assert doc.meta["editor"] == "RW001"
    last = doc.regions[-1]
    assert doc.text[last.start : last.end].endswith("扎实推进各项工作。")


def test_read_file_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_file(tmp_path)
    p = tmp_path / "gbk.txt"
    p.write_bytes("工会主席刘静\n市总工会发展会员".encode("gb18030"))
    doc, warnings = read_file(p)
    assert doc.text.startswith("工会主席刘静") and warnings == ["decoded as GB18030 (not UTF-8)"]


@pytest.mark.parametrize(
    ("byline", "where", "names"),
    [
        # names holding 文 (also a role: 文/图) and a decorated header line
        ("　　本报讯（通讯员 罗文 记者 吴倩）6月3日，", "first", ["罗文", "吴倩"]),
        ("□本报记者 于洋 通讯员 刘畅", "header", ["于洋", "刘畅"]),
        ("（记者 闫若溪 通讯员 郜文斌）", "header", ["闫若溪", "郜文斌"]),
        ("（记者 覃文静　通讯员 杜小兵）", "last", ["覃文静", "杜小兵"]),
        ("文/图 孙立", "last", ["孙立"]),
        ("（鞍山日报记者 何丽）", "last", ["何丽"]),
    ],
)
def test_byline_forms(byline, where, names):
    title = "鞍山市总工会为一线职工送清凉"
    dateline = "2024-06-05 08:30 来源：鞍山日报"
    body = "　　6月3日，鞍山市总工会副主席王立新带队走访高温作业岗位。\n　　职工张海峰说，防暑物资很及时。"
    if where == "first":
        body = byline + body.lstrip("　")
        lines = [title, dateline, "", body]
    elif where == "header":
        lines = [title, dateline, byline, "", body]
    else:
        lines = [title, dateline, "", body, "", byline]
    doc = make_document("\n".join(lines) + "\n")
    assert doc.meta["authors"] == names
    annotated = "".join(doc.text[r.start : r.end] for r in doc.regions)
    assert "王立新" in annotated and "张海峰" in annotated
    for name in names:
        assert name not in annotated


def test_meta_in_other_places():
    text = ("西宁市总工会开展职工书屋换书活动\n"
            "2024-03-08 10:12　西宁晚报　责任编辑：马兰\n\n"
            "　　3月7日，西宁市总工会向20家职工书屋配送图书6000册。\n\n"
            "（编辑：李青）\n"
            "发布时间：2024-03-09 08:00　来源：西宁工会\n")
    doc = make_document(text)
    assert doc.meta["source"] == "西宁晚报"
    assert doc.meta["editor"] == "马兰"
    assert doc.meta["published"] == "2024-03-08T10:12"  # the header's date comes first
    annotated = "".join(doc.text[r.start : r.end] for r in doc.regions)
    assert "李青" not in annotated and "编辑" not in annotated
    # with no dateline at the top, a footer date labelled 发布时间 is the publication date
    doc = make_document("西宁市总工会开展职工书屋换书活动\n\n　　3月7日，西宁市总工会配送图书。\n\n"
                        "发布时间：2024-03-09 08:00　来源：西宁工会\n")
    assert doc.meta["published"] == "2024-03-09T08:00"
    assert doc.meta["source"] == "西宁工会"


@pytest.mark.parametrize(("line", "where", "kept", "dropped"), [
    ("　　图为职工在赛场比拼。 林晓岚 摄", "caption", "图为职工在赛场比拼。", "林晓岚"),
    ("　　活动共吸引职工300余人参加。（柏溪县总工会供稿）", "last", "300余人", "柏溪县总工会"),
    ("　　活动共吸引职工300余人参加。（苏晴）", "last", "300余人", "苏晴"),
    ("编　　辑：周原", "mid", None, "周原"),
    ("首页|要闻|本地|工会|视频|专题", "mid", None, "要闻"),
    ("索 引 号：11/2023-0012 发布机构：某县总工会", "mid", None, "发布机构"),
    ("　　大会审议通过了各项决议。（林晓岚 摄）", "caption", "各项决议", "林晓岚"),
    ("（柏溪县总工会供稿　通讯员　苏晴）", "last", None, "苏晴"),
    ("文/苏晴　图/林晓岚", "mid", None, "林晓岚"),
    ("　　图为考评验收现场。柏溪县总工会供图", "caption", "考评验收现场", "供图"),
    ("来?源:柏溪县总工会?", "last", None, "柏溪县总工会"),
    ("主编:苏晴 林晓岚", "last", None, "林晓岚"),
    ("监制:苏晴", "last", None, "苏晴"),
    ("拟稿人:苏晴   核稿人:林晓岚   来源:枫林工会", "last", None, "林晓岚"),
    ("2024-05-09 1 1 枫林日报 content_40211.html 1 枫林市总工会举办职工技能展示活动 /enpproperty-->", "last", None,
     "content_"),
    ("阅读:356次", "mid", None, "阅读"),
    ("分享网站:", "mid", None, "分享"),
    ("人气:88", "mid", None, "人气"),
    ("扫一扫关注我们\n枫林工会微信公众平台", "last", None, "公众平台"),
    ("上一篇:\n枫林县总工会召开全委会议", "last", None, "全委会议"),
    ("更多- 枫林大道全线通车 江澜新区开工", "last", None, "枫林大道"),
    ("（资料图片）", "mid", None, "资料图片"),
    ("|登录|注册|手机版|", "last", None, "手机版"),
    ("评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n最热评论", "last", None, "评论"),
    ("关注公众号,随时阅读枫林工人报", "last", None, "枫林工人报"),
    ("一审/编辑:苏晴\n二审:林晓岚", "last", None, "林晓岚"),
    ("声明:本网站新闻版权归枫林资讯网与作者共同所有,转载须注明来源", "last", None, "枫林资讯网"),
    ("本网通讯员:苏晴      编 辑:林晓岚", "last", None, "林晓岚"),
    ("　　现场气氛热烈。 来源:枫林日报", "last", "现场气氛热烈", "枫林日报"),
    ("  • 热点推荐\n枫林县总工会召开全委会议", "last", None, "全委会议"),
    ("枫林市总工会 www.fenglin-gh.cn", "last", None, "www"),
    ("枫林日报记者 ", "last", None, "枫林日报"),
    ("撰稿:苏晴\n部门负责人:林晓岚\n校对:周原", "last", None, "林晓岚"),
    ("相关稿件\n枫林县总工会召开全委会议", "last", None, "全委会议"),
    ("微信二维码", "last", None, "二维码"),
    ("×", "last", None, "×"),
    ("查看次数:2263", "mid", None, "查看"),
    ("新闻推荐\n枫林县2024年度招聘公告\n根据枫林县人社局有关通知精神,现将枫林县2024年度公开招聘工作人员有关事项...", "last", None,
     "人社局"),
])
def test_credits_and_noise_forms_are_metadata(line, where, kept, dropped):
    body = ["　　5月8日，枫林市总工会在江澜广场举办职工技能展示活动。", "　　现场设置展台12个。"]
    if where == "caption":
        body.insert(1, line)
    elif where == "mid":
        body.insert(1, line)
    else:
        body.append(line)
    doc = make_document("枫林市总工会举办职工技能展示活动\n2024-05-09 10:00 来源：枫林工会\n\n" + "\n".join(body) + "\n")
    annotated = "".join(doc.text[r.start : r.end] for r in doc.regions)
    assert "枫林市总工会在江澜广场" in annotated and "展台12个" in annotated
    assert dropped not in annotated
    if kept:
        assert kept in annotated


def test_pinyin_glosses_are_left_out_of_the_analysis_and_spans_keep_them():
    from unionie.text.script import without_glosses

    text = "鶴山區(qū)總工會(huì)為21名職工發(fā)放慰問品。"
    stripped, offsets = without_glosses(text)
    assert stripped == "鶴山區總工會為21名職工發放慰問品。"
    assert len(offsets) == len(stripped) + 1 and offsets[-1] == len(text)
    assert all(text[o] == c for o, c in zip(offsets, stripped, strict=False))
    assert without_glosses("工會(huì)成立") is None  # one gloss: the article's own parentheses stay
    spaced = "第五屆工會(huì )委員會(huì )根據《中國工會(huì )章程》選舉。"  # a space before the closing bracket
    assert without_glosses(spaced)[0] == "第五屆工會委員會根據《中國工會章程》選舉。"


def test_a_glossed_page_is_recorded_as_written():
    import unionie

    text = ("鶴山區(qū)總工會(huì)開(kāi)展送清涼活動(dòng)\n"
            "7月9日，鶴山區(qū)總工會(huì)為21名戶外勞動(dòng)者送去慰問品。")
    rec = unionie.extract(text)
    assert rec.text == text
    org = next(e for e in rec.entities if e.type == "ORG")
    assert org.name == "鶴山區總工會"
    for m in org.mentions:
        assert text[m.start : m.end] == m.text and m.text.startswith("鶴山區(qū)總工會")
    (fact,) = rec.facts
    assert text[fact.start : fact.end] == fact.text == "21名"
    assert any("pinyin glosses" in w for w in rec.warnings)


def test_a_dateline_opener_after_a_photo_caption_is_cut():
    from unionie.text.reader import make_document

    doc = make_document("江城市工会第九次代表大会开幕\n\n会议现场。王晓 摄\n"
                        "江城网江城12月3日讯(记者 王晓)12月3日,江城市工会第九次代表大会隆重开幕。\n")
    assert _body(doc)[-1].startswith("12月3日,江城市工会") and "王晓" in doc.meta["authors"]


def test_credit_lines_in_many_forms_are_not_body():
    from unionie.text.reader import make_document

    text = ("江城市总工会开展送清凉活动\n\n王晓明 李一\n\n"
            "江城日报-江城网记者张大伟 7月2日，江城市总工会走访了环卫站点。\n"
            "活动现场。赵明 摄\n通讯员:钱进  孙立 编辑:周正 审核:吴凡\n文:江城公司 郑和 图:江城公司 冯远\n"
            "丰台街道总工会 陈红\n")
    doc = make_document(text)
    body = " ".join(_body(doc))
    for name in ("王晓明", "张大伟", "赵明", "钱进", "孙立", "郑和", "冯远", "陈红"):
        assert name not in body, name
    assert body.startswith("7月2日，江城市总工会走访了环卫站点。")
    assert "张大伟" in doc.meta["authors"]


def test_a_lead_with_one_bare_name_in_brackets():
    from unionie.text.reader import make_document

    doc = make_document("标题\n\n本报讯（陈涛）2月22日，江城站举办活动。\n")
    body = [doc.text[r.start : r.end] for r in doc.regions if r.kind == "body"]
    assert body == ["2月22日，江城站举办活动。"] and doc.meta["authors"] == ["陈涛"]


def test_a_byline_line_naming_the_outlet():
    from unionie.text.reader import make_document

    doc = make_document("标题\n\n江城日报-江城网记者张大伟\n4月27日，江城市总工会召开大会。\n")
    body = [doc.text[r.start : r.end] for r in doc.regions if r.kind == "body"]
    assert body == ["4月27日，江城市总工会召开大会。"] and doc.meta["authors"] == ["张大伟"]


def test_a_bare_name_closing_the_article_is_its_author():
    doc = make_document("宁远县工会召开代表大会\n\n　　3月28日，宁远县工会召开大会。\n　　会员的权利得到保障。\n"
                        "宁远县总工会\n赵丹丹\n")
    assert doc.meta["authors"] == ["赵丹丹"] and doc.meta["source"] == "宁远县总工会"
    assert all("赵丹丹" not in doc.text[r.start : r.end] for r in doc.regions)
    doc = make_document("宁远县工会召开代表大会\n\n　　3月28日，宁远县工会召开大会。\n　　让大家感受到职工之家的温暖。汪诚\n")
    assert doc.meta["authors"] == ["汪诚"]
    assert doc.text[doc.regions[-1].start : doc.regions[-1].end].endswith("温暖。")


def test_a_lead_opening_with_a_full_date_is_body_not_a_dateline():
    doc = make_document("宁远县总工会开展暖冬行动\n\n2023年12月13日上午，县总工会主席张善波来到县城管局，"
                        "为环卫工人送上价值2万余元的御寒物品。\n")
    body = [doc.text[r.start : r.end] for r in doc.regions if r.kind == "body"]
    assert body and body[0].startswith("2023年12月13日上午")
    dated = make_document("宁远县总工会开展暖冬行动\n2023-12-13 10:20　来源：宁远工会\n\n　　近日，县总工会慰问环卫工人。\n")
    assert dated.meta["published"] == "2023-12-13T10:20"
    assert [doc.text for doc in [dated]][0][dated.regions[-1].start : dated.regions[-1].end].endswith("环卫工人。")


def test_site_chrome_above_a_navigation_path_is_not_the_title():
    doc = make_document("企业文化 | Culture\n|\n当前位置: 网站首页\n>> 企业文化\n>> 群团工作\n"
                        "宁远集团召开职工代表大会\n2024年1月20日下午，宁远集团第八届职工代表大会举行。\n|\n")
    assert doc.meta["title"] == "宁远集团召开职工代表大会"
    body = "".join(_body(doc))
    assert "企业文化" not in body and "|" not in body


def test_a_date_in_eight_digits_is_no_figure(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n公司工会于20221214起草了集体合同初稿，共征集意见36条。", pipeline)
    assert [f.text for f in doc.facts] == ["36条"]


def test_an_original_headline_label_is_not_part_of_the_title():
    doc = make_document("原标题：宁远县首个职工爱心驿站投入使用\n10月25日，宁远县首个职工爱心驿站揭牌。\n")
    assert doc.meta["title"] == "宁远县首个职工爱心驿站投入使用"
    assert doc.text[doc.regions[0].start : doc.regions[0].end] == "宁远县首个职工爱心驿站投入使用"


def test_page_chrome_around_an_article_is_not_body():
    doc = make_document("乡镇(街道)分站: 柏溪镇 枫林镇 江澜街道\n当前位置: 首页 > 工会动态\n\n"
                        "宁远县总工会召开全委会议\n发布时间:2020-03-27 来源:宁远日报\n\n　　3月26日，县总工会召开全委会议。\n\n"
                        "上一条:县总工会开展送清凉\n下一条:县总工会慰问劳模\n与我们联系\n")
    assert doc.meta["title"] == "宁远县总工会召开全委会议"
    body = "".join(_body(doc))
    assert "柏溪镇" not in body and "送清凉" not in body and "劳模" not in body


def test_a_papers_page_head_is_not_the_title():
    doc = make_document("宁远工人报官方网站 | 宁工网首页 今天是\n第8508期:第03版 工会\n\n宁远集团47万元支持职工创新工作室建设\n\n"
                        "语音播报: 语音播报\n\n　　近日，宁远集团拿出47万元支持创新工作室建设。职工可拨打举报电话12351。\n")
    assert doc.meta["title"] == "宁远集团47万元支持职工创新工作室建设"
    body = "".join(_body(doc))
    assert "语音播报" not in body and "举报电话12351" in body  # prose with the same words stays


@pytest.mark.parametrize("opener, authors", [
    ("【湘南日报讯】（记者 孟晓川 通讯员 易丹）", ["孟晓川", "易丹"]),
    ("永州日报讯(永州传媒集团记者谭思雨)", ["谭思雨"]),
])
def test_dateline_openers_in_brackets_or_with_the_outlet_glued_to_the_reporter(opener, authors):
    doc = make_document(f"宁远县总工会表彰先进\n{opener}昨天，宁远县总工会举行表彰会，20名职工受表彰。\n")
    assert doc.meta["authors"] == authors
    body = "".join(_body(doc))
    assert body.startswith("昨天") and "记者" not in body


def test_a_papers_page_head_before_benbaoxun_dates_the_article_and_is_not_body():
    doc = make_document("宁远举办技能大赛\n《湘南工人报》（2022年03月08日 第A3版）本报讯 3月5日，宁远县总工会举办技能大赛。\n")
    assert doc.meta["published"] == "2022-03-08"
    body = "".join(_body(doc))
    assert body.startswith("3月5日")


def test_an_agency_photo_credit_and_a_barred_field_line_are_metadata():
    doc = make_document("宁远举办技能大赛\n\n新华社发（谭小川 摄）\n3月5日，宁远县总工会举办技能大赛。\n"
                        "来源:湘南工人报 | 作者:邓雨桐 | 时间:2024-05-01\n")
    body = "".join(_body(doc))
    assert "新华社" not in body and "谭小川" not in body
    assert doc.meta["authors"] == ["邓雨桐"] and doc.meta["source"] == "湘南工人报"


def test_site_chrome_page_labels_and_contact_lines_are_not_the_article():
    doc = make_document("欢迎访问宁远县总工会网站！ | 今天是：\n您的位置：首页 > 新闻中心 > 基层动态\n"
                        "宁远县总工会召开半年工作会\n第三版：综合\n7月8日，宁远县总工会召开半年工作会。\n"
                        "撰稿 邓雨桐\n建议使用 IE9及以上版本，或 Chrome等浏览器。\n相关报道：\n关闭\n"
                        "地址：宁远县舜陵大道8号 电话：0746-7222222\n")
    assert doc.meta["title"] == "宁远县总工会召开半年工作会"
    body = [doc.text[r.start : r.end] for r in doc.regions if r.kind == "body"]
    assert body == ["7月8日，宁远县总工会召开半年工作会。"]
    assert doc.meta["authors"] == ["邓雨桐"]


def test_an_e_paper_pop_up_and_a_welcome_line_are_not_the_title():
    doc = make_document("这已经是最后一期了哦！\n\n我知道了\n\n2022年01月25日\n\n上一期 下一期\n第二版：要闻\n"
                        "宁远县部署工会工作\n1月24日，宁远县总工会召开全委会议。\n")
    assert doc.meta["title"] == "宁远县部署工会工作"
    assert doc.meta["published"] == "2022-01-25"
    doc = make_document("宁远县总工会欢迎您！ | 今天是：\n宁远县总工会召开全委会议\n1月24日，宁远县总工会召开全委会议。\n")
    assert doc.meta["title"] == "宁远县总工会召开全委会议"


def test_this_site_is_no_author_or_source():
    doc = make_document("宁远县总工会召开全委会议\n作者：本站　来源：本站　发布时间：2024-01-25\n1月24日，宁远县总工会召开全委会议。\n")
    assert doc.meta["authors"] == [] and doc.meta["source"] is None and doc.meta["published"] == "2024-01-25"


def test_a_dateline_opener_after_several_captions_and_an_image_file_name():
    doc = make_document("宁远两家创新工作室获命名\n\n县总工会领导为获命名单位颁奖.JPG\n\n县总工会领导为获命名单位颁奖\n\n"
                        "宁远县水泥厂创新工作室获命名\n\n宁远县总工会创新工作室获命名\n\n"
                        "湘南晨报全媒体平台消息(记者 谭思雨 通讯员 易丹)12月22日，授牌仪式在县职工活动中心举行。\n\n"
                        "稿件来源: 宁远县融媒体中心\n")
    assert doc.meta["authors"] == ["谭思雨", "易丹"] and doc.meta["source"] == "宁远县融媒体中心"
    body = [doc.text[r.start : r.end] for r in doc.regions if r.kind == "body"]
    assert not any(b.endswith(".JPG") for b in body) and body[-1].startswith("12月22日")


def _written(doc):
    """The text as written (the reader analyses a page with ASCII marks through a full-width view
    of the same length)."""
    return doc.original_text if doc.original_text is not None and doc.original_offsets is None else doc.text


def _body(doc):
    return [_written(doc)[r.start : r.end] for r in doc.regions if r.kind == "body"]


def _title(doc):
    """The headline as the record gives it (as written)."""
    from unionie.pipeline import to_record

    return to_record(doc).meta.title


@pytest.mark.parametrize("chrome", ["湘南职工网", "湘南职工网\nxnzgw.org.cn\n职工的网上家园", "工会要闻", "首页---基层动态"])
def test_a_sites_name_or_section_above_the_headline_is_not_the_title(chrome):
    doc = make_document(f"{chrome}\n宁远县总工会开展劳模进企业活动\n来源:湘南职工网 发表时间:2025-10-23 18:36:38\n\n"
                        "10月21日，宁远县总工会组织劳模走进企业，为80余名职工宣讲。\n")
    assert doc.meta["title"] == "宁远县总工会开展劳模进企业活动"
    assert doc.meta["published"] == "2025-10-23T18:36:38" and doc.meta["source"] == "湘南职工网"
    assert _body(doc) == ["10月21日，宁远县总工会组织劳模走进企业，为80余名职工宣讲。"]


def test_a_subtitle_between_headline_and_dateline_stays_with_the_headline():
    doc = make_document("湘南职工网\n赛场过招显真章\n——宁远县职工技能大赛决赛侧记\n来源:湘南职工网 发表时间:2025-10-23\n"
                        "10月21日，宁远县职工技能大赛决赛举行。\n")
    assert doc.meta["title"] == "赛场过招显真章" and doc.meta["published"] == "2025-10-23"
    titles = [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"]
    assert titles == ["赛场过招显真章", "——宁远县职工技能大赛决赛侧记"]
    assert _body(doc) == ["10月21日，宁远县职工技能大赛决赛举行。"]


def test_a_headline_and_a_short_first_paragraph_are_not_taken_for_chrome():
    doc = make_document("宁远县总工会慰问环卫工\n为120名环卫工人送清凉\n2024-07-02\n7月1日，宁远县总工会走访环卫所。\n")
    assert doc.meta["title"] == "为120名环卫工人送清凉"  # the line above the dateline is the headline
    doc = make_document("宁远县总工会慰问环卫工\n7月1日，宁远县总工会走访环卫所。\n2024-07-02\n")
    assert doc.meta["title"] == "宁远县总工会慰问环卫工"


@pytest.mark.parametrize("lead, authors", [
    ("本报讯 记者邓雨桐报道：", ["邓雨桐"]),
    ("本报讯 （记者 谭思雨）", ["谭思雨"]),
    ("本报讯 ", []),
])
def test_a_page_with_no_headline_opening_with_a_dateline_lead(lead, authors):
    doc = make_document(f"{lead}近日，宁远县总工会为120名环卫工人送去清凉物资。\n\n工会干部逐一发放。\n")
    assert doc.meta["title"] is None and doc.meta["authors"] == authors
    assert _body(doc)[0].startswith("近日")


def test_a_name_above_the_dateline_on_a_page_with_no_headline_is_the_author():
    doc = make_document("邓雨桐\n2022年02月09日16:59\n记者日前获悉，宁远县总工会新建职工驿站12个。\n")
    assert doc.meta["title"] is None and doc.meta["authors"] == ["邓雨桐"]
    assert doc.meta["published"] == "2022-02-09T16:59"


def test_a_source_field_stops_at_the_next_label_and_a_paper_masthead_is_noise():
    doc = make_document("宁远县工会举办职工运动会\n来源:用户投稿作者:易丹 时间:2024-05-06\n5月5日，宁远县总工会举办职工运动会。\n")
    assert doc.meta["source"] == "用户投稿" and doc.meta["authors"] == ["易丹"]
    doc = make_document("湘南日报社 出版 国内统一刊号:CN43-0000 代号41-1\n本报讯（记者 谭思雨）1月6日，宁远县职工驿站开放。\n")
    assert doc.meta["title"] is None and _body(doc) == ["1月6日，宁远县职工驿站开放。"]


def test_source_forms_a_closing_bracket_a_papers_head_and_an_empty_field():
    doc = make_document("通讯员 易丹 1月18日，宁远县总工会为职工书屋授牌。\n宁远县总工会将持续推动职工书屋建设。\n"
                        "(来源:宁远县总工会)\n赞赏\n")
    assert doc.meta["source"] == "宁远县总工会" and doc.meta["authors"] == ["易丹"]
    assert all("来源" not in b and b != "赞赏" for b in _body(doc))
    doc = make_document("宁远工会向特困职工发放救助金\n《湘南工人报》(2012年01月17日 002版)\n本报讯 日前，宁远县总工会发放救助金。\n")
    assert doc.meta["source"] == "湘南工人报" and doc.meta["published"] == "2012-01-17"
    doc = make_document("宁远县总工会召开全委会议\n2021-09-30 18:07:13  来源:  点击量:\n1月24日，宁远县总工会召开全委会议。\n")
    assert doc.meta["source"] is None
    doc = make_document("宁远县总工会召开全委会议\n来源:《湘南工人报》 2024-01-25\n1月24日，宁远县总工会召开全委会议。\n")
    assert doc.meta["source"] == "湘南工人报"


@pytest.mark.parametrize("closing, authors, source", [
    ("(宁远县气象局工会 姜小萍)", ["姜小萍"], "宁远县气象局工会"),
    ("(湘南日报 记者孙晓陵、通讯员姚超)", ["孙晓陵", "姚超"], "湘南日报"),
    ("(周亮 王思念)\n本文来源于宁远县总工会", ["周亮", "王思念"], "宁远县总工会"),
    ("(湘南台记者:李卫东 通讯员:董敏 郑韵 编辑:方焱 责编:吴涛)", ["李卫东", "董敏", "郑韵"], None),
    ("(宁远县总工会 张凤琴 付国华)", ["张凤琴", "付国华"], "宁远县总工会"),
    ("(编辑:贺耀堂)", [], None),
    ("(县总新闻宣传中心 王星乐)", ["王星乐"], "县总新闻宣传中心"),
    ("(贮木场 李召芬)", ["李召芬"], "贮木场"),
    ("(宁远建设公司 姜小萍)", ["姜小萍"], "宁远建设公司"),
    ("(工会   姜小萍/文 付国华/图)", ["姜小萍", "付国华"], None),
    ("(周亮 王思念/文王思念/图)", ["周亮", "王思念"], None),
])
def test_closing_credits_naming_an_outlet_a_body_or_an_editor(closing, authors, source):
    doc = make_document(f"宁远县总工会开展送清凉活动\n7月8日，宁远县总工会走访环卫所，为80名环卫工人送去清凉物资。\n{closing}\n")
    assert doc.meta["authors"] == authors and doc.meta["source"] == source
    assert _body(doc) == ["7月8日，宁远县总工会走访环卫所，为80名环卫工人送去清凉物资。"]


def test_labels_in_a_field_line_a_view_counter_and_a_day_first_dateline():
    doc = make_document("宁远县总工会开展送清凉活动\n作者: 来源:今日宁远   编辑:方焱\n7月8日，宁远县总工会走访环卫所。\n审稿:王瑞波\n")
    assert doc.meta["authors"] == [] and doc.meta["source"] == "今日宁远" and doc.meta["editor"] == "方焱"
    assert _body(doc) == ["7月8日，宁远县总工会走访环卫所。"]
    doc = make_document("14\n宁远县总工会开展送清凉活动\n30.09.2014 14:25\n7月8日，宁远县总工会走访环卫所。\n")
    assert doc.meta["title"] == "宁远县总工会开展送清凉活动" and doc.meta["published"] == "2014-09-30T14:25"


@pytest.mark.parametrize("opener, source", [("•   湘南日报讯(记者 陈若萌)", "湘南日报"), ("湘南网7月8日讯(记者 陈若萌)", "湘南网"),
                                            ("本报讯(记者 陈若萌)", None)])
def test_the_outlet_of_a_dateline_opener_is_the_source(opener, source):
    doc = make_document(f"宁远县总工会开展送清凉活动\n{opener}7月8日，宁远县总工会走访环卫所。\n")
    assert doc.meta["authors"] == ["陈若萌"] and doc.meta["source"] == source
    assert _body(doc) == ["7月8日，宁远县总工会走访环卫所。"]


def test_a_navigation_path_broken_over_lines_and_a_long_menu_above_it_are_chrome():
    doc = make_document("当前位置:宁远县总工会\n> 工会要闻\n宁远县总工会召开全委会议\n1月24日，宁远县总工会召开全委会议。\n")
    assert doc.meta["title"] == "宁远县总工会召开全委会议"
    menu = "".join(f"  •  九嶷风景{i}\n" for i in range(9))
    doc = make_document(f"•  夏至\n{menu}当前位置: 宁远新闻网>国内>正文\n宁远县总工会召开全委会议\n"
                        "2022-12-30 08:34:48 来源: 湘南日报\n1月24日，宁远县总工会召开全委会议。\n")
    assert doc.meta["title"] == "宁远县总工会召开全委会议" and doc.meta["source"] == "湘南日报"
    assert _body(doc) == ["1月24日，宁远县总工会召开全委会议。"]


def test_a_home_page_link_opening_a_line_is_a_navigation_path():
    doc = make_document("首页 > 详情:宁远县总工会召开全委会议\n\n宁远县总工会召开全委会议\n\n1月24日，宁远县总工会召开全委会议。\n")
    assert doc.meta["title"] == "宁远县总工会召开全委会议"
    assert _body(doc) == ["1月24日，宁远县总工会召开全委会议。"]


@pytest.mark.parametrize("credit", ["(通讯员:任行 王川)", "(通讯员:任 行 王 川)", "（记者 任行）"])
def test_a_lead_opening_with_a_credit_is_never_dropped_with_it(credit):
    doc = make_document(f"宁远县总工会召开会议\n{credit}4月26日，宁远县总工会召开全委会议，县总工会主席程谦武出席。\n"
                        "会议强调，要做好职工服务。\n")
    assert _body(doc) == ["4月26日，宁远县总工会召开全委会议，县总工会主席程谦武出席。", "会议强调，要做好职工服务。"]
    assert doc.meta["authors"] in (["任行", "王川"], ["任行"])


def test_a_long_paragraph_opening_with_a_label_stays_body():
    line = "通讯员：任行 近日，宁远县总工会组织开展职工技能培训，来自全县各企业的120名一线职工参加培训，" \
           "培训内容涵盖安全生产、职业技能和劳动法律知识，受到职工的普遍欢迎。"
    doc = make_document(f"宁远县总工会开展培训\n{line}\n")
    assert any("120名一线职工" in b for b in _body(doc))


def test_a_forum_post_line_review_labels_and_page_trailers():
    doc = make_document("lzx66 发表于 2021-10-9 16:44:34\n宁远县新增16家职工驿站\n近日，宁远县新增16家职工驿站。\n"
                        "初审:殷宇 复审:程翠丽\n转载请注明: 某某网 » 宁远县新增16家职工驿站\n查看完整版本: 宁远县新增16家职工驿站\n")
    assert doc.meta["title"] == "宁远县新增16家职工驿站" and doc.meta["published"] == "2021-10-09T16:44:34"
    assert _body(doc) == ["近日，宁远县新增16家职工驿站。"]


def test_image_placeholders_dotted_paths_a_body_label_and_the_source_label_yuanzi():
    doc = make_document("![]() |\n首页 · 工会新闻 · 区县动态 ·\n正文\n宁远县总工会举办职工健步走活动\n"
                        "源自:湘南职工网 2024-05-06\n5月5日，宁远县总工会举办职工健步走活动。\n")
    assert doc.meta["title"] == "宁远县总工会举办职工健步走活动" and doc.meta["source"] == "湘南职工网"
    assert _body(doc) == ["5月5日，宁远县总工会举办职工健步走活动。"]


def test_credits_after_the_last_sentence_on_its_line_are_metadata():
    doc = make_document("湘南市总工会开展疗休养活动\n3月5日，湘南市总工会组织80名一线职工参加疗休养活动，受到职工欢迎。"
                        "（李某某） 编辑:王小明 责任编辑:赵大海 审核:钱多多 |\n")
    assert _body(doc) == ["3月5日，湘南市总工会组织80名一线职工参加疗休养活动，受到职工欢迎。"]
    assert doc.meta["authors"] == ["李某某"] and doc.meta["editor"] == "王小明"


def test_a_closing_author_above_a_save_and_print_row_and_photo_credits():
    doc = make_document("宁远县总工会慰问一线职工\n3月5日，宁远县总工会为职工发放慰问金。湘南社发(周大伟 摄)\n"
                        "宁远县总工会为45名困难职工发放慰问金。赵小川文 钱大勇 摄\n价值2万余元。(张某)\n\n"
                        "[保存]     [打印]     [关闭]     [返回首页]\n版权所有 未经授权禁止使用\n")
    assert _body(doc) == ["3月5日，宁远县总工会为职工发放慰问金。", "宁远县总工会为45名困难职工发放慰问金。",
                          "价值2万余元。"]
    assert doc.meta["authors"] == ["张某"]


def test_e_paper_page_label_kicker_and_a_spaced_menu_row_are_no_titles():
    doc = make_document("通版阅读请点击:\n展开通版\n收缩通版\n当前版:03版\n发布日期:2024年03月08日\n宁远县总工会\n"
                        "春风送岗位 真情暖民心\n  本报讯(通讯员 张某)3月6日,宁远县总工会在县城广场举办招聘会。\n")
    assert doc.meta["title"] == "春风送岗位 真情暖民心" and doc.meta["published"] == "2024-03-08"
    doc = make_document("要闻       |       原创      |       视频       |      热点专题\n湘南市首届职工技能大赛决赛开幕\n"
                        "2023-06-28 13:37:24来源:湘南新闻网编辑:张某责编:李某\n  6月27日,湘南市首届职工技能大赛决赛开幕。\n"
                        "湘南市首届职工技能大赛决赛开幕_fororder_大赛1\n")
    assert doc.meta["title"] == "湘南市首届职工技能大赛决赛开幕"
    assert doc.meta["editor"] == "张某" and doc.meta["source"] == "湘南新闻网"
    assert _body(doc) == ["6月27日,湘南市首届职工技能大赛决赛开幕。"]


def test_source_labels_padding_column_tags_and_a_ranking_box():
    doc = make_document("宁远县增设一批工会驿站\n发布日期:2021-10-29 15:44信息来源:县总工会宣教部浏览量: 【字体:\n"
                        "近日,宁远县总工会新建工会驿站8个。\n")
    assert doc.meta["source"] == "县总工会宣教部"
    doc = make_document("宁远县增设一批工会驿站\n近日,宁远县总工会新建工会驿站8个。\n《 湘南日报 》( 2025年05月15日 10 版)\n")
    assert doc.meta["source"] == "湘南日报"
    doc = make_document("原标题:(时政)宁远县总工会召开代表大会\n新华社长沙5月25日电 宁远县总工会代表大会召开。\n")
    assert _title(doc) == "(时政)宁远县总工会召开代表大会"
    assert [doc.text[r.start:r.end] for r in doc.regions if r.kind == "title"] == ["宁远县总工会召开代表大会"]
    doc = make_document("宁远县开展疗休养\n记者从宁远县总工会获悉，今年计划开展8期疗休养。\n【责任编辑:陈某】\n"
                        "  • 日新闻排行榜\n  • 周新闻排行榜\n  • 声如夏花\n\n    让我们一同在歌声中，感受音乐碰撞出的火花。\n")
    assert _body(doc) == ["记者从宁远县总工会获悉，今年计划开展8期疗休养。"]


def test_a_lost_character_in_a_glossed_dateline_is_no_sentence_end():
    doc = make_document("湘南工會(huì)新聞\n\n公園里的工會(huì)驛站\n\n2024年09月12日09:37  來(lái)源:湘南日?qǐng)?bào)\n\n"
                        "9月10日,在寧遠縣公園內(nèi)的工會(huì)驛站,志愿者正在清潔輪椅。\n")
    assert doc.meta["published"] == "2024-09-12T09:37"
    assert doc.meta["title"] == "公园里的工会驿站"


def test_names_the_article_never_writes_come_in_its_own_script():
    from unionie.text.script import ScriptMap

    original = "全國總工會勞動和經濟工作部副部長張某出席活動。"
    view = "全国总工会劳动和经济工作部副部长张某出席活动。"
    conv = ScriptMap(original, view)
    assert conv("中华全国总工会") == "中華全國總工會"  # 中华 is not in the article, 全国总工会 is
    plain = ScriptMap("宁远县总工会召开会议。", "宁远县总工会召开会议。")
    assert plain("中华全国总工会") == "中华全国总工会"  # a simplified article stays simplified


def test_a_navigation_path_with_dashes_is_no_title():
    doc = make_document("您当前的位置: 首页 - 枫林区总工会 - 基层动态\n7月10日下午，枫林街道工会举行会员代表大会。\n")
    assert doc.meta.get("title") in (None, "")
    assert "首页" not in "".join(doc.text[r.start : r.end] for r in doc.regions)


def test_names_between_the_headline_and_the_dateline_are_the_authors():
    doc = make_document("某某新闻网>>工会新闻\n\n枫林市总举办单身职工联谊会\n\n苏晴 林晓岚\n\n2023年04月03日10:16  来源：《枫林日报》\n\n"
                        "　　近日，枫林市总工会在市工人文化宫举办联谊会。\n")
    assert doc.meta["title"] == "枫林市总举办单身职工联谊会"
    assert doc.meta["authors"] == ["苏晴", "林晓岚"]


def test_a_dateline_on_the_first_line_is_no_headline():
    doc = make_document("枫林日报 2021-05-13 06:27\n5月12日，枫林县职工服务中心揭牌启用。\n")
    assert doc.meta["title"] is None
    assert doc.meta["published"] == "2021-05-13T06:27" and doc.meta["source"] == "枫林日报"


@pytest.mark.parametrize(("closing", "authors"), [
    ("（苏小川 钱 勇）", ["苏小川", "钱勇"]),  # a two-character name padded to three
    ("\n苏晴、林晓岚 摄影报道", ["苏晴", "林晓岚"]),
    ("\n本报记者 报道", []),
    (" 苏晴 林晓岚", ["苏晴", "林晓岚"]),  # two names after the last sentence, on its line
    (" ■苏晴", ["苏晴"]),  # a boxed name after the last sentence
])
def test_closing_credits_with_padded_names_or_a_role_after_them(closing, authors):
    doc = make_document("枫林县总工会调研乡镇工会\n　　6月7日，枫林市总工会到枫林县调研乡镇工会工作。" + closing + "\n")
    body = "".join(_body(doc))
    assert body.endswith("调研乡镇工会工作。")
    assert doc.meta["authors"] == authors


def test_a_closing_name_above_a_recommendation_box_is_the_author():
    doc = make_document("枫林市总工会慰问医务工作者\n　　8月19日，枫林市总工会慰问医务工作者。（苏晴）\n\n为您推荐\n枫林工会开展送清凉\n")
    assert doc.meta["authors"] == ["苏晴"]
    assert "枫林工会开展送清凉" not in "".join(doc.text[r.start : r.end] for r in doc.regions)


@pytest.mark.parametrize(("closing", "authors", "editor"), [
    ("文字:苏晴 图片:林晓岚 审核:周原 制作:钱勇", ["苏晴"], None),
    ("　　活动共吸引职工300余人参加。(苏晴) |", ["苏晴"], None),
    ("记者 苏晴 [编辑: 周原]", ["苏晴"], "周原"),
    ("编辑 | 周原", [], "周原"),
    ("记者:苏晴 通讯员:林晓岚、周原", ["苏晴", "林晓岚", "周原"], None),
    ("初审 | 林晓岚", [], None),
    ("　　活动共吸引职工300余人参加。 文字:苏晴 转载请注明原文网址 某地治疗脱发哪家好 |", ["苏晴"], None),
    ("　　活动共吸引职工300余人参加。本报记者 苏晴 摄影报道", ["苏晴"], None),
    ("林晓岚摄影报道", ["林晓岚"], None),
    ("(记者 苏晴 通讯员 林晓岚  责任编辑 周原)\n\n评论一下\n最热评论", ["苏晴", "林晓岚"], "周原"),
    ("一审/编辑:周原\n二审:钱勇", [], "周原"),
    ("本网通讯员:苏晴      编 辑:周原", ["苏晴"], "周原"),
    ("作者:    责任编辑:", [], None),
    ("本报记者 苏晴 本报通讯员 林晓岚 摄", ["苏晴", "林晓岚"], None),
    ("责任编辑:周 原\n审核:钱 勇", [], "周原"),
])
def test_credit_lines_in_more_forms(closing, authors, editor):
    doc = make_document("枫林县总工会举办职工乒乓球赛\n2024-05-12 10:20 来源：枫林县总工会\n"
                        "　　5月10日，枫林县总工会举办职工乒乓球赛。\n" + closing + "\n")
    body = "".join(_body(doc))
    assert "林晓岚" not in body and "周原" not in body and "苏晴" not in body and "脱发" not in body
    assert doc.meta["authors"] == authors
    assert doc.meta["editor"] == editor


@pytest.mark.parametrize("chrome", [
    "返回首页\n\n第五版\n\n站内检索\n\n",
    "欢迎来到枫林市总工会网站! 今天是:\n首页 新闻中心 通知公告 服务大厅 维权热线\n",
])
def test_page_chrome_above_the_headline_is_no_title(chrome):
    doc = make_document(chrome + "枫林县总工会启动爱心助学行动\n\n　　8月28日，枫林县总工会发放助学金7万元。\n")
    assert doc.meta["title"] == "枫林县总工会启动爱心助学行动"


def test_glued_header_fields_on_the_first_line_are_read():
    doc = make_document("浏览次数:88作者: 苏晴 信息来源: 枫林县总工会发布时间:2019-05-20 |\n"
                        "　　端午节前，枫林县总工会慰问了困难职工。\n")
    assert (doc.meta["published"], doc.meta["source"], doc.meta["authors"]) == ("2019-05-20", "枫林县总工会", ["苏晴"])
    doc = make_document("微信扫一扫\n　　枫林县总工会开展职工读书月活动。\n")
    assert doc.meta["title"] is None


def test_a_traditional_page_keeps_the_simplified_characters_it_writes_and_its_glossed_title(pipeline):
    from unionie.text.script import ScriptMap

    smap = ScriptMap("勞動模范創新", "劳动模范创新")
    assert smap("劳动模范") == "勞動模范"  # 范 as the page writes it, not 範
    record = pipeline.extract("寧遠機械獲評“勞動模范創(chuàng)新工作室”\n1月8日，寧遠縣總工會(huì)副主席張建華來到寧遠機械有限公司。\n")
    assert record.meta.title == "寧遠機械獲評“勞動模范創(chuàng)新工作室”"  # as written, glosses and all


def _meta_and_body(page: str, meta: dict) -> str:
    """The page's body text, after checking its metadata against ``meta``."""
    doc = make_document(page)
    for key, value in meta.items():
        assert doc.meta[key] == value, key
    return "".join(doc.text[r.start : r.end] for r in doc.regions)


@pytest.mark.parametrize(("page", "meta"), [
    ("近日，枫林县总工会举办心理健康讲座。(湘南报业·湘南日报客户端记者 苏晴 通讯员 林晓岚 周原 报道)\n标签: 心理健康 工会\n",
     {"authors": ["苏晴", "林晓岚", "周原"]}),
    ("湘南法治网:(苏晴 林晓岚)近日，枫林县总工会举办职工心理健康公益讲座。\n",
     {"source": "湘南法治网", "authors": ["苏晴", "林晓岚"]}),
    ("据《湘南工人报》消息(记者苏晴林晓岚)6月4日，枫林县总工会举办健步走活动。\n",
     {"source": "湘南工人报", "authors": ["苏晴", "林晓岚"]}),
    ("10月29日，枫林县总工会举行快递员集中入会仪式。\n[编辑:\n周原\n]\n", {"editor": "周原", "authors": []}),
    ("枫林县推进快递员入会\n\n来源:湘南日报 2022-02-21 16:43\n\n　　枫林县总工会召开部署会。(记者苏晴)\n\n"
     "责任编辑:周原\n相关阅读:\n新闻 娱乐 湖南 湘南 永州\n", {"authors": ["苏晴"], "editor": "周原"}),
    ("湘南省政务服务平台提示:您的Flash Player版本过低,请升级后浏览!\n3月1日，枫林县总工会举办入会活动。\n",
     {"title": None}),
])
def test_credits_outlets_and_chrome_of_more_pages(page, meta):
    body = _meta_and_body(page, meta)
    assert "苏晴" not in body and "周原" not in body and "Flash" not in body and "新闻 娱乐" not in body


def test_a_pager_below_the_closing_author_is_furniture():
    doc = make_document("枫林县总工会慰问一线职工\n　　近日，枫林县总工会送去防暑药品300份。（苏晴）\n页:\n[1]\n")
    assert doc.meta["authors"] == ["苏晴"]


@pytest.mark.parametrize(("page", "meta"), [
    ("枫林县总工会开展健步走活动\n　　近日，枫林县总工会组织职工开展健步走活动，百余名职工参加。\n作者 苏晴\n编辑 周原\n摄影 林晓岚\n",
     {"authors": ["苏晴"], "editor": "周原"}),
    ("枫林县总工会开展健步走活动\n湘南工会网讯(图文/苏晴、林晓岚 编辑/周原)近日，枫林县总工会组织职工开展健步走活动。\n",
     {"authors": ["苏晴", "林晓岚"], "editor": "周原"}),
    ("枫林县总工会开展健步走活动\n　　近日，枫林县总工会组织职工开展健步走活动，百余名职工参加。 本网通讯员:苏晴 (编辑:周原) |\n",
     {"authors": ["苏晴"], "editor": "周原"}),
    ("枫林县总工会开展健步走活动\n湘南职工网欢迎您!\n您的位置:首页 > 新闻中心 > 基层动态\n"
     "　　近日，枫林县总工会组织职工开展健步走活动。\n", {"title": "枫林县总工会开展健步走活动"}),
])
def test_credit_labels_bylines_and_navigation_inside_the_page(page, meta):
    body = _meta_and_body(page, meta)
    assert "苏晴" not in body and "周原" not in body and "林晓岚" not in body and "新闻中心" not in body


def test_a_closing_author_before_a_bar_and_a_contributor_line_are_metadata():
    doc = make_document("枫林县供电公司开展送清凉活动\n　　近日，枫林县供电公司工会为一线职工送去防暑药品。 苏晴 |\n供稿:枫林县供电公司\n")
    assert doc.meta["authors"] == ["苏晴"] and doc.meta["source"] == "枫林县供电公司"
    body = "".join(doc.text[r.start : r.end] for r in doc.regions)
    assert "苏晴" not in body and "供稿" not in body


def test_an_e_paper_header_index_line_and_a_names_only_dateline_byline():
    page = ("湘南工人报 数字报纸\n\n00003版:要闻\n\n枫林县总工会走访困难职工\n\n"
            "　　本报讯 苏晴报道  近日，枫林县总工会为困难职工送去慰问金。\n\n"
            "湘南工人报 要闻 00003 枫林县总工会走访困难职工 2021-01-20 3 2021年01月20日 星期三\n")
    doc = make_document(page)
    assert doc.meta["title"] == "枫林县总工会走访困难职工"
    assert doc.meta["authors"] == ["苏晴"] and doc.meta["published"] == "2021-01-20"
    body = "".join(_body(doc))
    assert "苏晴" not in body and "湘南工人报" not in body


def test_a_latest_articles_box_closing_the_page_is_furniture():
    doc = make_document("枫林县总工会开展送清凉活动\n　　近日，枫林县总工会为一线职工送去防暑药品。（苏晴 周原）\n"
                        "上一篇\n最新文章\n推荐文章\n资讯\n")
    assert doc.meta["authors"] == ["苏晴", "周原"]


def test_a_tags_line_and_a_related_content_box_are_furniture():
    doc = make_document("枫林县总工会建成职工驿站\n　　近日，枫林县总工会在城东建成职工驿站3个。\n\n上篇:\n\n下篇:\n\n标签\n"
                        "相关内容\n    • 湘南日报\n    • 湘南工人网\n\n最近更新\n\n湘南信用\n")
    body = "".join(_body(doc))
    assert doc.meta["authors"] == [] and "湘南" not in body and "上篇" not in body


def test_a_reading_time_counter_a_player_button_and_a_headline_label_are_furniture():
    doc = make_document("本篇文章560字，读完约2分钟\n\n青州市总工会开展送清凉活动\n点击在线收听语音版\n"
                        "近日，青州市总工会为一线职工送去防暑药品。\n\n标题：青州市总工会开展送清凉活动\n")
    assert doc.meta["title"] == "青州市总工会开展送清凉活动"
    body = "".join(_body(doc))
    assert "标题" not in body and "收听" not in body and "分钟" not in body


def test_a_header_row_between_bars_with_reviewer_and_reading_count():
    doc = make_document("|| 2023-05-02 10:11:12 编辑: 苏晴 审核人:周原 阅读次数:88 |\n"
                        "近日，青州市总工会为一线职工送去防暑药品。\n")
    assert doc.meta["published"] == "2023-05-02T10:11:12" and doc.meta["editor"] == "苏晴"
    assert doc.meta["title"] is None and doc.meta["source"] is None
    body = "".join(doc.text[r.start : r.end] for r in doc.regions)
    assert "周原" not in body and "苏晴" not in body


def test_an_editor_line_stops_at_the_reviewers():
    doc = make_document("青州市总工会开展送清凉活动\n近日，青州市总工会为一线职工送去防暑药品。\n编辑 苏晴 二审 周原 三审 孟川\n")
    assert doc.meta["editor"] == "苏晴"


def test_page_widgets_under_a_closing_credit_leave_it_a_credit():
    doc = make_document("青州市总工会开展送清凉活动\n近日，青州市总工会为一线职工送去防暑药品。（县融媒体中心 苏晴）\n附件下载\n")
    assert doc.meta["authors"] == ["苏晴"]
    doc = make_document("青州市总工会开展送清凉活动\n近日，青州市总工会为一线职工送去防暑药品。（青州日报 记者苏晴、通讯员周原）\n"
                        "请输入验证码\n")
    assert doc.meta["authors"] == ["苏晴", "周原"]
    body = "".join(doc.text[r.start : r.end] for r in doc.regions)
    assert "苏晴" not in body and "验证码" not in body


def test_cms_residue_and_a_site_map_link_under_a_closing_credit():
    doc = make_document("青州钢铁公司举办职工运动会\n近日，青州钢铁公司第三届职工运动会开幕。（苏晴 周原 孟川）\n/div>\n"
                        "produced by cms 网站系统 publishdate:2023/08/01 00:03:18\n网站地图\n")
    assert doc.meta["authors"] == ["苏晴", "周原", "孟川"]
    body = "".join(doc.text[r.start : r.end] for r in doc.regions)
    assert "苏晴" not in body and "publishdate" not in body and "div" not in body


def test_a_reporter_closing_the_last_paragraph_after_its_outlet_is_a_credit():
    doc = make_document("青州新增工会服务点\n近日，青州市总工会新建职工服务点20个。 青州晚报记者 苏晴 |\n上一篇 下一篇 |\n")
    assert doc.meta["authors"] == ["苏晴"]
    body = "".join(doc.text[r.start : r.end] for r in doc.regions)
    assert "苏晴" not in body and "晚报" not in body


def test_a_headline_glued_to_its_dateline_lead_is_split():
    doc = make_document("某县新增十个职工驿站 本报讯 近日，某县总工会新建了十个驿站。\n第二段写别的事。")
    assert doc.meta["title"] == "某县新增十个职工驿站"
    assert [doc.text[r.start:r.end] for r in doc.regions if r.kind == "body"][0] == "近日，某县总工会新建了十个驿站。"


def test_a_dateline_glued_to_the_lead_gives_date_and_source():
    doc = make_document("某县工会为环卫工人送清凉\n时间：2024-05-01 10:20 来源：某某融媒进入五月，某县总工会走访了环卫工人。")
    assert doc.meta["published"] == "2024-05-01T10:20"
    assert doc.meta["source"] == "某某融媒"
    assert [doc.text[r.start:r.end] for r in doc.regions if r.kind == "body"] == ["进入五月，某县总工会走访了环卫工人。"]
    spaced = make_document("时间：2024-05-01 10:20 来源：某某网 近日，某县总工会走访了环卫工人。")
    assert (spaced.meta["published"], spaced.meta["source"]) == ("2024-05-01T10:20", "某某网")
    opening = make_document("某县工会为环卫工人送清凉\n2024年5月1日上午，某县总工会走访了环卫工人。")
    assert [opening.text[r.start:r.end] for r in opening.regions if r.kind == "body"] == [
        "2024年5月1日上午，某县总工会走访了环卫工人。"]  # a lead opening with its date stays whole


def test_a_papers_page_label_is_no_headline():
    for head in ("第A04版：看本地", "某某日报 2024年05月01日 第B3版：要闻"):
        doc = make_document(f"{head}\n某县工会为环卫工人送清凉\n本报讯 近日，某县总工会走访了环卫工人。")
        assert doc.meta["title"] == "某县工会为环卫工人送清凉"
        assert [doc.text[r.start:r.end] for r in doc.regions if r.kind == "body"] == ["近日，某县总工会走访了环卫工人。"]
    assert make_document("某某日报 2024年05月01日 第B3版：要闻\n标题\n正文。").meta["published"] == "2024-05-01"


@pytest.mark.parametrize("label", ["稿源: |", "来源：", "作者：  ", "出处｜"])
def test_an_empty_credit_label_under_the_article_is_page_noise(label):
    """A scraped page's template leaves its credit labels empty under the article: such a line
    is noise, so the name closing the last paragraph is still read as its author."""
    text = (f"市总工会走访慰问一线职工\n本报讯 3月2日上午，市总工会副主席赵宁带队走访慰问环卫职工。（孙可欣） |\n{label}\n")
    doc = make_document(text, "t")
    assert doc.meta["authors"] == ["孙可欣"]
    assert all("孙可欣" not in doc.text[r.start : r.end] for r in doc.regions)
    assert all(label.strip(" |") not in doc.text[r.start : r.end] for r in doc.regions)


def test_bracketed_header_fields_give_their_values_and_an_empty_one_gives_none():
    """【发布日期:…】 【来源:】 【作者:晚报记者 甲 通讯员 乙】: a bracket closes its field's value; an empty
    field is no source (never the closing bracket itself)."""
    text = ("城区总工会开展送清凉活动\n【发布日期:2016-07-21】 【来源:】 【点击:次】【作者:都市报记者 黄启明 通讯员 罗一帆】\n"
            "连日来，城区总工会深入辖区企业，为一线职工送去清凉。\n")
    meta = make_document(text, "t").meta
    assert meta["published"] == "2016-07-21" and meta["source"] is None
    assert meta["authors"] == ["黄启明", "罗一帆"]
    named = make_document(text.replace("【来源:】", "【来源:城区工会网】"), "t").meta
    assert named["source"] == "城区工会网" and named["authors"] == ["黄启明", "罗一帆"]


def test_an_outlet_alone_on_a_line_between_dateline_and_lead_is_the_source():
    text = ("北辰区总工会开通职工服务热线\n\n15.03.2016  09:30\n\n津沽工人报\n"
            "本报讯 经过一个月筹备，北辰区总工会职工服务热线日前正式开通，为全区职工提供法律咨询。\n")
    doc = make_document(text, "t")
    assert doc.meta["published"] == "2016-03-15T09:30" and doc.meta["source"] == "津沽工人报"
    assert all("津沽工人报" not in doc.text[r.start : r.end] for r in doc.regions)
    # no dateline before it and no 本报 after it: a short first line of the body stays body
    plain = make_document("北辰区总工会开通职工服务热线\n北辰职工网\n近日，北辰区总工会职工服务热线正式开通。\n", "t")
    assert plain.meta["source"] is None
    assert any("北辰职工网" in plain.text[r.start : r.end] for r in plain.regions)


def test_source_glued_to_its_date_under_a_subtitle_gives_both():
    """来源:某某网2024年09月26日10:12 below a —— subtitle and a names line: the source ends where the
    date begins, and the date is the publication date (no sentence has begun yet); a text-size
    widget's label (文字缩放:) is page noise."""
    text = ("  站内搜索:\n\n  匠心筑梦 岗位建功\n\n  ——记某市劳模创新工作室\n\n  林思远 唐若溪\n"
            "  来源:职工新闻网2023年11月08日09:45\n  文字缩放:\n\n"
            "  11月6日，某市劳模创新工作室举行成果发布会，12项技术革新成果集中亮相。\n")
    doc = make_document(text, "t")
    assert doc.meta["source"] == "职工新闻网" and doc.meta["published"] == "2023-11-08T09:45"
    assert doc.meta["authors"] == ["林思远", "唐若溪"]
    assert not any("缩放" in doc.text[r.start : r.end] for r in doc.regions)
    # below the first sentence, an unlabelled date beside a source is not the publication date
    later = make_document("某市总工会表彰劳模\n11月6日，某市总工会表彰劳模12名。\n来源:职工新闻网2023年11月08日09:45\n", "t")
    assert later.meta["published"] is None and later.meta["source"] == "职工新闻网"


@pytest.mark.parametrize("closing, authors", [
    ("□某某集团高速收费所 吕文清", ["吕文清"]), ("■葛晓彤", ["葛晓彤"]), ("□ 职工书屋管理办法", []),
])
def test_a_boxed_byline_closing_the_article_names_its_writer(closing, authors):
    text = f"我与职工书屋\n三年来，我在职工书屋读了四十多本书，收获很多。\n{closing}\n"
    doc = make_document(text, "t")
    assert doc.meta["authors"] == authors
    assert any(closing in doc.text[r.start : r.end] for r in doc.regions) == (not authors)


def test_a_closing_credit_box_with_the_editor_on_the_next_line_and_a_load_more_button():
    """A byline in brackets closing the last paragraph, then an author and editor box whose editor's
    name wraps onto the next line before the closing bracket, then a load-more button: all
    metadata, and the body ends with the paragraph."""
    doc = make_document("某县工会举办职工运动会\n近日，某县总工会举办职工运动会，来自全县的400名职工参加。"
                        "(记者林海东 通讯员马晓云)\n[作者: 林海东 责任编辑:\n苏文静 ]\n加载更多\n")
    assert doc.meta["authors"] == ["林海东", "马晓云"]
    assert doc.meta["editor"] == "苏文静"
    assert _body(doc) == ["近日，某县总工会举办职工运动会，来自全县的400名职工参加。"]


def test_a_text_and_photo_credit_naming_the_outlets_reporter_with_a_colon():
    """文、图/某某日报记者：某某 closing the article is a credit line: the reporter is an author."""
    doc = make_document("某区工会驿站送早餐\n近日，某区工会驿站为户外劳动者送上爱心早餐。\n文、图/南江晨报记者：孟思远\n")
    assert doc.meta["authors"] == ["孟思远"]
    assert _body(doc) == ["近日，某区工会驿站为户外劳动者送上爱心早餐。"]


def test_an_editor_line_after_a_correction_widget_is_metadata():
    """【纠错】 责任编辑：某某 closing the article: the widget in brackets opens the editor line, which
    is metadata, so the editor is no person of the body."""
    doc = make_document("某县工会发放消费券\n近日，某县总工会向会员发放电子消费券。\n\n【纠错】 责任编辑: 邱明远\n")
    assert doc.meta["editor"] == "邱明远"
    assert _body(doc) == ["近日，某县总工会向会员发放电子消费券。"]


def test_an_article_author_line_with_an_editor_and_a_reviewer_after_slashes():
    """文章作者:某某 … /编辑:某某/审签:某某 closing the article is metadata: no person of the body,
    and the editor's name stops at the slash before the reviewer's label."""
    doc = make_document("某县工会举办职工运动会\n近日，某县总工会举办职工运动会。\n\n"
                        "文章作者:林海东    马晓云/编辑:苏文静/审签:高立华\n")
    assert doc.meta["editor"] == "苏文静"
    assert "林海东" in doc.meta["authors"]
    assert _body(doc) == ["近日，某县总工会举办职工运动会。"]


@pytest.mark.parametrize("page", [
    "□周明远\n市总工会职工乒乓球赛现场。 周明远/摄\n10月8日，市总工会职工乒乓球赛在体育馆开赛，120名职工参赛。\n",
    "市总工会组织职工乒乓球赛\n□周明远\n10月8日，市总工会职工乒乓球赛在体育馆开赛，120名职工参赛。\n",
])
def test_a_boxed_byline_above_the_article_is_its_writer_not_its_headline(page):
    doc = make_document(page, "t")
    assert doc.meta["authors"] == ["周明远"]
    assert doc.meta["title"] != "□周明远"
    assert not any("□" in doc.text[r.start : r.end] for r in doc.regions)


def test_a_view_counter_glued_to_the_lead_ends_the_header():
    """A column name, the headline, then a header line whose view counter runs straight into the
    lead (人气:88为…): the header is metadata, the headline the title, the lead body."""
    doc = make_document("工会动态\n枫林公交集团举办职工书画展\n作者:枫林公交集团 来源:枫林公交集团 日期:2023/5/4 10:20:15 "
                        "人气:88为丰富职工文化生活，5月3日，枫林公交集团工会举办职工书画展。\n")
    assert doc.meta["title"] == "枫林公交集团举办职工书画展"
    assert doc.meta["published"] == "2023-05-04T10:20:15"
    assert _body(doc) == ["为丰富职工文化生活，5月3日，枫林公交集团工会举办职工书画展。"]


def test_a_site_name_and_section_above_a_teaser_list_are_not_body():
    """After the last paragraph and its closing byline, the site's name and a section name, then a
    teaser list (更多- …): all page chrome, and the byline closes the body."""
    doc = make_document("枫林镇总工会驿站投用\n　　近日，枫林镇总工会建成的职工驿站投用。（记者 林晓岚）\n"
                        "Fenglin News\n新闻中心\n更多- 枫林大道全线通车\n- 江澜新区开工建设\n")
    assert _body(doc) == ["近日，枫林镇总工会建成的职工驿站投用。"]
    assert doc.meta["authors"] == ["林晓岚"]


def test_a_boxed_byline_of_two_names_names_both():
    doc = make_document("■ 林晓岚 苏晴\n　　近日，枫林集团工会开展职工技能比武。\n")
    assert doc.meta["authors"] == ["林晓岚", "苏晴"]


def test_a_menu_row_running_on_past_its_items_is_no_headline():
    """A menu row of spaced items (首页 要闻 …) that runs on with more links after bars is site
    chrome, so the line below it is the headline."""
    doc = make_document("首页  要闻  本地  工会  专题  视频  | 东站  西站 | 投稿\n\n枫林煤矿举办职工拔河赛\n\n"
                        "枫林网 2024-3-8 10:20:30  党群工作\n　　本网讯: 3月7日，枫林煤矿工会举办职工拔河赛。\n")
    assert doc.meta["title"] == "枫林煤矿举办职工拔河赛"
    assert doc.meta["published"] == "2024-03-08T10:20:30"


def test_an_outlet_with_a_colon_opening_the_lead_is_the_source():
    doc = make_document("枫林法治网:近日，枫林市总工会建成职工驿站20个，服务户外劳动者。\n")
    assert doc.meta["source"] == "枫林法治网"
    assert _body(doc) == ["近日，枫林市总工会建成职工驿站20个，服务户外劳动者。"]


def test_a_boxed_source_label_and_reporters_glued_to_the_lead_are_metadata():
    """「本文来源:某报」 opening the lead, then the outlet's reporter and correspondents written
    together and glued to the lead's date (the page lost its spaces): source and authors."""
    doc = make_document("枫林县总工会启动送温暖活动\n\n「本文来源:枫林日报」枫林日报客户端记者林晓岚通讯员苏晓晴周原"
                        "5月6日上午,枫林县总工会启动送温暖活动。\n")
    assert doc.meta["source"] == "枫林日报"
    assert doc.meta["authors"] == ["林晓岚", "苏晓晴", "周原"]
    assert _body(doc) == ["5月6日上午,枫林县总工会启动送温暖活动。"]


def test_a_column_name_above_the_dateline_and_the_headline_is_no_title():
    """A site's column (公司新闻), a header line with a date written month first, then the headline and
    the lead: the headline is the title and the date is read."""
    doc = make_document("公司新闻\n发布日期:05月12日,2023年 字号\n枫林集团工会表彰年度先进\n\n　　日前，枫林集团工会召开表彰会。\n")
    assert doc.meta["title"] == "枫林集团工会表彰年度先进"
    assert doc.meta["published"] == "2023-05-12"
    assert _body(doc) == ["日前，枫林集团工会召开表彰会。"]


def test_an_e_papers_page_number_under_its_column_keeps_the_kicker_and_headline():
    """An e-paper's date, column and page number (02) above a kicker and the headline: the page
    number is no body line, the headline is the title, the text-size widget below is noise."""
    doc = make_document("出版日期:2024年03月12日\n综合新闻\n02\n\n枫林建工集团\n\n第一家项目部工会联合会揭牌\n\n"
                        "本报讯(通讯员 苏晴)3月10日，枫林建工集团第一家项目部工会联合会揭牌。\n\n放大 缩小 默认\n")
    assert doc.meta["title"] == "第一家项目部工会联合会揭牌"
    assert doc.meta["authors"] == ["苏晴"]
    assert _body(doc) == ["3月10日，枫林建工集团第一家项目部工会联合会揭牌。"]


def test_a_column_name_right_above_the_headline_is_no_title():
    doc = make_document("公司新闻\n枫林集团工会主席一行到基层调研\n　　本报讯 7月15日，枫林集团工会主席一行到基层调研。\n")
    assert doc.meta["title"] == "枫林集团工会主席一行到基层调研"
    assert _body(doc) == ["7月15日，枫林集团工会主席一行到基层调研。"]


def test_a_headline_between_table_cell_bars_is_read_without_them():
    doc = make_document("| 枫林煤矿获评体育工作先进单位 | |||\n| 枫林资讯网 | 2024-1-10 9:30:29 党群工作 | ||\n"
                        "【本网讯】 近日，枫林煤矿获评体育工作先进单位。\n")
    assert doc.meta["title"] == "枫林煤矿获评体育工作先进单位"
    assert [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"] == ["枫林煤矿获评体育工作先进单位"]


def test_an_e_papers_continuation_marks_are_no_body():
    doc = make_document("枫林街道有个暖心驿站\n\n（上接1版）跟以往比，这个驿站方便多了。”工人钱勇说。\n\n"
                        "目前全区建成驿站76家。（下转2版）\n")
    assert _body(doc) == ["跟以往比，这个驿站方便多了。”工人钱勇说。", "目前全区建成驿站76家。"]


def test_a_cms_account_is_no_source():
    doc = make_document("枫林公司工会表彰先进班组\n\n添加时间: 2011/8/12 11:22:31 来源:admin 点击数:\n\n"
                        "7月26日，枫林公司工会表彰先进班组。\n")
    assert doc.meta["source"] is None
    assert doc.meta["published"] == "2011-08-12T11:22:31"


def test_a_boxed_byline_with_the_role_after_the_name_opens_the_page():
    doc = make_document("□ 泵车事业部 林晓岚 文/图\n日前，枫林重工泵车事业部分工会看望一线职工。\n")
    assert doc.meta["authors"] == ["林晓岚"] and doc.meta["title"] is None
    assert _body(doc) == ["日前，枫林重工泵车事业部分工会看望一线职工。"]


def test_a_news_agency_dateline_after_according_to_is_metadata():
    doc = make_document("枫林市总工会表彰劳模\n2024-05-01 来源:枫林晚报\n据新华社枫林4月30日电 枫林市总工会30日表彰劳模100名。\n")
    assert _body(doc) == ["枫林市总工会30日表彰劳模100名。"]


def test_an_unknown_site_beside_the_date_is_no_source():
    doc = make_document("枫林市总工会表彰劳模\n\n未知 2015-04-26 12:26\n　　4月25日，枫林市总工会表彰劳模100名。\n")
    assert doc.meta["source"] is None


def test_a_sites_name_above_the_headline_and_a_view_counter_beside_the_date():
    doc = make_document("枫林在线3555\n\n枫林集团制胶厂工会小组获评模范职工小家\nDATE:2022-09-29 查看次数:2263\n\n"
                        "近日，枫林集团制胶厂工会小组获评模范职工小家。\n")
    assert doc.meta["title"] == "枫林集团制胶厂工会小组获评模范职工小家"
    assert doc.meta["published"] == "2022-09-29"


def test_a_dateline_opener_below_a_second_headline_line_and_a_glued_reporter():
    """An e-paper's headline over a second headline line, then 本报讯 and a correspondent written
    with the name glued to 报道 (通讯员某某报道 近日，…): the opener and the credit are metadata
    though the lead is not the first body line."""
    doc = make_document("让梦想照进现实\n\n枫林市总工会开展金秋助学活动\n\n"
                        "  本报讯 通讯员苏晴报道 近日，枫林市总工会开展金秋助学活动。\n")
    assert doc.meta["authors"] == ["苏晴"]
    assert "近日，枫林市总工会开展金秋助学活动。" in _body(doc)
    assert not any("通讯员" in b for b in _body(doc))


def test_a_forum_posts_chrome_is_no_title_and_no_body():
    doc = make_document("快捷登录\n该用户从未签到\n323\n高级会员\n枫林区职工活动中心翻新工程已经完工并投入使用。\n"
                        "使用道具 举报\n新手上路\n本版积分规则 发表回复 回帖并转播\nGMT+8, 2024-11-23 06:25 , Processed in 0.1 second(s)\n"
                        "Powered by Discuz! X3.4\n")
    assert doc.meta["title"] is None and doc.meta["source"] is None
    assert _body(doc) == ["枫林区职工活动中心翻新工程已经完工并投入使用。"]


def test_a_share_widgets_bar_line_is_no_navigation_path():
    """A share widget's residue (分享到: / > |) under the dateline is no breadcrumb: the headline and
    the header line above it stay the title and the metadata."""
    doc = make_document("枫林社区职工之家揭牌\n2021-04-09 10:12:30 来源: 枫林网 责任编辑: 唐远 我来说两句 |\n分享到:\n> |\n"
                        "4月8日上午，枫林社区职工之家揭牌仪式举行。社区工会联合会为20名职工送上慰问品。\n")
    assert doc.meta["title"] == "枫林社区职工之家揭牌"
    assert (doc.meta["published"], doc.meta["source"], doc.meta["editor"]) == ("2021-04-09T10:12:30", "枫林网", "唐远")
    assert _body(doc) == ["4月8日上午，枫林社区职工之家揭牌仪式举行。社区工会联合会为20名职工送上慰问品。"]


def test_an_e_papers_page_widgets_and_a_two_line_headline():
    """An e-paper's widgets (通版阅读请点击:, 展开通版, 文章字数:…) are noise; a kicker and a main line
    above the lead that opens with 本报讯 are both title lines, the main one the headline."""
    doc = make_document("多媒体数字报\n通版阅读请点击:\n展开通版\n收缩通版\n当前版:03版\n寒冬里的一碗热汤\n"
                        "区总工会走访慰问环卫工人\n文章字数:512\n  本报讯(记者 韩冰)12月2日上午，区总工会走访慰问环卫工人。\n")
    assert doc.meta["title"] == "区总工会走访慰问环卫工人"
    assert [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"] == ["寒冬里的一碗热汤", "区总工会走访慰问环卫工人"]
    assert doc.meta["authors"] == ["韩冰"] and _body(doc) == ["12月2日上午，区总工会走访慰问环卫工人。"]


def test_a_writers_name_alone_under_the_headline_and_an_apps_dateline():
    doc = make_document("全县工会财务工作会议召开\n苗青\n9月3日，县总工会召开全县工会财务工作会议。\n")
    assert doc.meta["authors"] == ["苗青"] and _body(doc) == ["9月3日，县总工会召开全县工会财务工作会议。"]
    doc = make_document("云上枫林报道:(记者 石磊)2月6日，县总工会走访慰问困难职工。\n")
    assert doc.meta["authors"] == ["石磊"] and doc.meta["source"] is None
    assert _body(doc) == ["2月6日，县总工会走访慰问困难职工。"]


def test_other_articles_headlines_after_the_last_paragraph_are_no_body():
    """Three or more short lines after the last paragraph, mostly two-part headlines with a space
    between and no box heading above them: a list of links, left out. A list of award winners is kept."""
    doc = make_document("枫林区开展送清凉活动\n连日来，区总工会为一线职工送去清凉物资。 |\n"
                        "2025年枫林职工夏令营开营 职工子女开启研学之旅\n枫林山水行 新生代寻根之旅\n"
                        "百年老街 唱响新时代\n")
    assert _body(doc) == ["连日来，区总工会为一线职工送去清凉物资。 |"]
    doc = make_document("枫林区表彰先进集体\n区总工会表彰了以下先进集体：\n枫林机械厂工会\n枫林纺织公司工会\n"
                        "枫林区第一人民医院工会\n")
    assert len(_body(doc)) == 4


def test_a_two_part_kicker_above_the_headline_is_a_title_line():
    doc = make_document("汗水洒工地 清凉送一线\n枫林区总工会开展送清凉活动\n【发布日期:2019-07-02】 【作者:记者 韩冰】\n"
                        "连日来，区总工会为一线职工送去清凉物资。\n")
    assert doc.meta["title"] == "枫林区总工会开展送清凉活动" and doc.meta["authors"] == ["韩冰"]
    assert [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"] == ["汗水洒工地 清凉送一线",
                                                                                    "枫林区总工会开展送清凉活动"]


def test_an_e_papers_column_an_outlet_as_editor_a_bare_source_label_and_a_version_footer():
    """综合新闻 / 02 under the date is the e-paper's column and page, no source; 编辑:某某融媒体 names an
    outlet, no editor; 来源某某手机台 is a source label that lost its colon; 版本V1.0 is the site's footer."""
    doc = make_document("出版日期:2019年03月05日\n综合新闻\n02\n\n枫林工会驿站揭牌\n\n本报讯(通讯员 韩冰)3月4日，枫林工会驿站揭牌。\n")
    assert doc.meta["source"] is None and doc.meta["title"] == "枫林工会驿站揭牌" and doc.meta["authors"] == ["韩冰"]
    doc = make_document("枫林社区职工之家启用\n发布日期:2024-01-11 来源:枫林社区 编辑:枫林融媒体\n"
                        "1月11日上午，枫林社区职工之家启用。\n")
    assert (doc.meta["source"], doc.meta["editor"]) == ("枫林社区", None)
    doc = make_document("区职工服务中心改建完工，总投资998万元。\n来源枫林手机台\n枫林县总工会 www.example.cn\n版本V1.0\n")
    assert doc.meta["source"] == "枫林手机台"
    assert _body(doc) == ["区职工服务中心改建完工，总投资998万元。"]


def test_a_closing_date_in_chinese_numerals_and_an_editor_lines_date_are_the_publication_date():
    doc = make_document("枫林县总工会开展送温暖活动\n1月5日，枫林县总工会慰问困难职工30户。\n二〇二三年一月六日\n")
    assert doc.meta["published"] == "2023-01-06" and _body(doc) == ["1月5日，枫林县总工会慰问困难职工30户。"]
    doc = make_document("枫林县总工会开展送温暖活动\n1月5日，枫林县总工会慰问困难职工30户。\n编辑：韩冰 2023-01-06 10:20\n")
    assert (doc.meta["published"], doc.meta["editor"]) == ("2023-01-06T10:20", "韩冰")
    doc = make_document("枫林县总工会开展送温暖活动\n1月5日，枫林县总工会慰问困难职工三十户。\n二〇二三年十二月三十一日\n")
    assert doc.meta["published"] == "2023-12-31"


def test_a_spaced_source_label_and_a_platforms_notice_in_two_languages_are_not_body():
    """来 源: with a space is the source; a self-media platform's notice (特别声明:…) and its English
    version under the article are footer noise, never body."""
    doc = make_document("枫林区总工会组织职工疗休养\n枫林区总工会分三批组织一线职工疗休养，共服务职工120人。\n"
                        "来 源:枫林区总工会\n特别声明:本文由平台用户上传，平台只提供存储服务。\n"
                        "Notice: this article was uploaded by a user of the platform, which only offers storage.\n")
    assert doc.meta["source"] == "枫林区总工会"
    assert _body(doc) == ["枫林区总工会分三批组织一线职工疗休养，共服务职工120人。"]


def test_an_accessibility_toolbar_and_a_where_you_are_now_breadcrumb_are_not_the_title():
    doc = make_document("无障碍辅助浏览工具条\n您现在所在的位置: 首页>新闻中心>基层工会动态\n\n枫林区总工会:疗休养工作收官\n\n"
                        "发布时间: 2025-11-25\n\n近日，枫林区总工会今年的疗休养活动结束，共惠及职工150名。\n")
    assert _title(doc) == "枫林区总工会:疗休养工作收官" and doc.meta["published"] == "2025-11-25"
    assert _body(doc) == ["近日，枫林区总工会今年的疗休养活动结束，共惠及职工150名。"]


def test_a_reporter_and_a_correspondent_closing_the_last_paragraph_are_its_authors():
    doc = make_document("枫林驿站半年接待骑手上千人次\n近日，驿站志愿者韩师傅生病住院，骑手们自发捐款帮他渡过难关。 记者苏晴 通讯员林晓岚\n")
    assert doc.meta["authors"] == ["苏晴", "林晓岚"]
    assert _body(doc) == ["近日，驿站志愿者韩师傅生病住院，骑手们自发捐款帮他渡过难关。"]


def test_a_portals_disclosure_table_and_font_size_widget_are_not_the_title():
    doc = make_document("当前位置: 首页>枫林区人民政府>工作信息\n字体大小:【大】 【中】 【小】\n"
                        "| 索引号: 000123/2026-00456 | |\n| 发文字号: | 发文时间: 2026-02-04 |\n"
                        "| 发文机关: 枫林区司法局 | 主题词: |\n| 标题: 枫林区启动法律援助讨薪宣传活动 | |\n"
                        "| 主题分类: 其它 | 发布日期: 2026-02-04 |\n2月3日上午，区司法局联合区总工会在工地启动法律援助宣传活动。\n")
    assert doc.meta["title"] == "枫林区启动法律援助讨薪宣传活动" and doc.meta["published"] == "2026-02-04"
    assert _body(doc) == ["2月3日上午，区司法局联合区总工会在工地启动法律援助宣传活动。"]


def test_a_site_name_between_the_date_and_a_bar_and_an_apps_prompt():
    doc = make_document("职工维权有了新阵地\n\n2012-05-16 11:18:30 枫林网| 编辑:韩冰\n字号:\n"
                        "11日，市总工会在枫林经开区召开现场推进会。\n下载枫林客户端浏览更多新闻\n")
    assert (doc.meta["source"], doc.meta["editor"]) == ("枫林网", "韩冰")
    assert _body(doc) == ["11日，市总工会在枫林经开区召开现场推进会。"]


def test_a_first_review_label_names_no_writer():
    """一审 某某 under the article is a reviewer's line, like 二审 and 三审: no writer."""
    doc = make_document("桐庐县总工会慰问环卫工\n3月2日，桐庐县总工会慰问环卫工40名。\n\n一审  杜若溪\n\n二审  韩青松\n")
    assert doc.meta["authors"] == [] and _body(doc) == ["3月2日，桐庐县总工会慰问环卫工40名。"]


def test_a_copyright_notice_in_prose_and_a_portals_footer_rows_are_no_body():
    """版权作品，未经授权严禁转载 is a copyright notice, and an app's menu under it is chrome; a portal's
    footer rows (主办单位, 电话 … 网站地图, 技术支持, 推荐使用…分辨率) are no body, nor is the body named in them."""
    doc = make_document("桐庐县总工会慰问环卫工\n3月2日，桐庐县总工会慰问环卫工40名。\n"
                        "版权作品，未经授权严禁转载。转载须注明出处。\n要闻\n视频\n下载APP\n")
    assert _body(doc) == ["3月2日，桐庐县总工会慰问环卫工40名。"]
    doc = make_document("桐庐县总工会慰问环卫工\n3月2日，桐庐县总工会慰问环卫工40名。\n主办单位:杭州市总工会\n"
                        "地址:杭州市某某路1号\n电话:0571-12345678 网站地图\n技术支持:某某科技\n"
                        "推荐使用1280*800以上分辨率浏览本站\n")
    assert _body(doc) == ["3月2日，桐庐县总工会慰问环卫工40名。"]


def test_dated_items_of_a_related_box_are_no_body_even_with_an_exclamation_mark():
    doc = make_document("桐庐县总工会慰问环卫工\n3月2日，桐庐县总工会慰问环卫工40名。\n相关阅读\n"
                        "- 05-04某某茶园采茶忙 ——记一位老茶农\n- 05-03一张来自工会的入场券,快来领!五\n"
                        "- 04-30桐庐名医——韩松\n")
    assert _body(doc) == ["3月2日，桐庐县总工会慰问环卫工40名。"]


def test_a_site_name_or_a_repost_note_after_the_headline_is_no_part_of_it():
    """A scraped page's <title> appends the site (某某-某某官网, 某某_某某总工会), a bar or a repost note
    (----摘录自《某某》, the source) to the headline."""
    for line, title in (("一线送清凉-桐庐官网", "一线送清凉"), ("桐庐县总工会慰问环卫工_杭州市总工会", "桐庐县总工会慰问环卫工"),
                        ("桐庐县总工会慰问环卫工 |", "桐庐县总工会慰问环卫工"),
                        ("桐庐县总工会慰问环卫工 ----摘录自《桐庐融媒》", "桐庐县总工会慰问环卫工")):
        doc = make_document(f"{line}\n3月2日，桐庐县总工会慰问环卫工40名。\n")
        assert doc.meta["title"] == title
        assert [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"] == [title]
    assert doc.meta["source"] == "桐庐融媒"


def test_photo_credits_inside_a_line_and_a_correspondent_before_the_reporter():
    doc = make_document("桐庐县总工会慰问环卫工\n市领导韩青松向环卫工送上月饼。 慰问现场。杜若溪 摄 主办方希望环卫工保重身体。\n")
    assert _body(doc) == ["市领导韩青松向环卫工送上月饼。 慰问现场。", "主办方希望环卫工保重身体。"]
    doc = make_document("慰问现场。柏舟行 本报记者 韩青松摄\n本报讯 3月2日，桐庐县总工会慰问环卫工40名。\n")
    assert _body(doc)[0] == "慰问现场。" and doc.meta["authors"] == ["柏舟行", "韩青松"]


def test_an_indentation_lost_to_question_marks_before_a_dateline_opener():
    doc = make_document("??? 桐庐新闻网讯(记者 杜若溪 通讯员 韩青松)3月2日，县总工会慰问环卫工40名。\n"
                        "??? 据了解，县总工会已连续五年开展慰问。\n")
    assert doc.meta["authors"] == ["杜若溪", "韩青松"] and doc.meta["source"] == "桐庐新闻网"
    assert _body(doc) == ["3月2日，县总工会慰问环卫工40名。", "据了解，县总工会已连续五年开展慰问。"]


def test_a_byline_of_names_before_a_slash_and_their_role():
    for top in ("□晚报记者 杜 若/文 韩青松/图\n", "桐庐县工会送温暖\n杜若/文 韩青松/摄\n"):
        doc = make_document(f"{top}1月9日上午，桐庐县工会为困难职工送来慰问金。\n")
        assert doc.meta["authors"] == ["杜若", "韩青松"] and _body(doc)[-1] == "1月9日上午，桐庐县工会为困难职工送来慰问金。"


def test_closing_credits_of_a_reporter_a_boxed_photographer_a_body_and_reviewers():
    """…。某某报道 and …。□某某 摄 close a caption; 某县总工会 图 credits a body's photos; 校对 某某 is a
    reviewer; …通讯员 甲 乙 文 names the writers. None of it is body, and no reviewer is a writer."""
    doc = make_document("图为桐庐县职工技能比武现场，一名工人正在操作。韩青松报道\n")
    assert doc.meta["authors"] == ["韩青松"] and _body(doc) == ["图为桐庐县职工技能比武现场，一名工人正在操作。"]
    doc = make_document("桐庐县总工会举办技能比武\n比武现场，职工们同台竞技。□杜若溪 摄\n")
    assert _body(doc) == ["比武现场，职工们同台竞技。"]
    doc = make_document("桐庐县总工会举办技能比武\n6月7日，桐庐县总工会举办技能比武。\n\n某某头条通讯员 杜若溪 韩青松 文\n"
                        "桐庐县总工会 图\n责编 柏舟行\n校对 乔木森\n")
    assert doc.meta["authors"] == ["杜若溪", "韩青松"] and doc.meta["editor"] == "柏舟行"
    assert _body(doc) == ["6月7日，桐庐县总工会举办技能比武。"]


def test_an_e_papers_column_and_page_above_a_kicker_and_the_headline():
    """出版日期 / 某某纵横 / 03 / 某市总工会 / the headline / 本报讯…: the column and page are chrome, the kicker
    and the headline title lines."""
    doc = make_document("出版日期:2019年03月05日\n职工天地\n03\n\n杭州市总工会\n\n验收桐庐县职工书屋\n\n"
                        "本报讯(记者 杜若溪)近日，杭州市总工会验收桐庐县职工书屋。\n")
    assert doc.meta["title"] == "验收桐庐县职工书屋" and doc.meta["authors"] == ["杜若溪"]
    assert [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"] == ["杭州市总工会", "验收桐庐县职工书屋"]
    assert _body(doc) == ["近日，杭州市总工会验收桐庐县职工书屋。"]


def test_a_counter_without_its_colon_a_latin_residue_and_a_glued_author_label():
    """阅读16 is a view counter; ad1 webp an image's residue; （作者某某） closing the article names its writer."""
    doc = make_document("桐庐县总工会开展关爱活动\n1月15日，桐庐县总工会开展关爱活动。（作者杜若溪）\n\n阅读16\n分享\nad1 webp\nEND\n")
    assert doc.meta["authors"] == ["杜若溪"] and _body(doc) == ["1月15日，桐庐县总工会开展关爱活动。"]


def test_a_byline_bracket_with_the_name_glued_to_its_report():
    """（某某报道） after a dateline opener or closing the article: the writer, 报道 what they did."""
    doc = make_document("桐庐县总工会送温暖\n桐庐新闻讯(杜若溪报道)1月5日，桐庐县总工会慰问困难职工。\n")
    assert doc.meta["authors"] == ["杜若溪"] and _body(doc) == ["1月5日，桐庐县总工会慰问困难职工。"]


@pytest.mark.parametrize("tail", ["打印 | 关闭", "【我要打印】【关闭窗口】", "扫描二维码 手机阅读", "附件：", "（完）", "—END—",
                                  "点击“阅读原文”了解更多", "往期推荐\n桐庐县总工会召开全委会\n桐庐县总工会表彰先进",
                                  "打开APP，阅读更多精彩内容", "下载客户端", "举报/反馈", "本文来自【桐庐新闻网】，仅代表作者观点。",
                                  "赞(0)", "阅读 128　在看 3", "分享到：\n微信\n微博\nQQ空间", "相关阅读：\n桐庐县总工会召开全委会！",
                                  "本网站由桐庐县总工会主办"])
def test_page_buttons_end_marks_and_a_wechat_posts_chrome_are_no_body(tail):
    doc = make_document(f"桐庐县总工会开展送温暖活动\n1月5日，桐庐县总工会慰问困难职工30户。\n{tail}\n")
    assert _body(doc) == ["1月5日，桐庐县总工会慰问困难职工30户。"]


def test_a_wechat_posts_labels_with_a_vertical_stroke_are_metadata():
    doc = make_document("桐庐县总工会开展送温暖活动\n1月5日，桐庐县总工会慰问困难职工30户。\n来源丨桐庐工会\n编辑丨韩青松\n审核丨杜若溪\n")
    assert (doc.meta["source"], doc.meta["editor"]) == ("桐庐工会", "韩青松")
    assert _body(doc) == ["1月5日，桐庐县总工会慰问困难职工30户。"]
    doc = make_document("桐庐县总工会开展送温暖活动\n扫描二维码即可报名参加。\n")
    assert _body(doc) == ["扫描二维码即可报名参加。"]


def test_a_font_size_widget_without_its_label_under_the_header():
    doc = make_document("桐庐县总工会开展送温暖活动\n来源：桐庐县总工会　作者：杜若溪　日期：2023-05-01\n【大 中 小】\n"
                        "1月5日，桐庐县总工会慰问困难职工30户。\n")
    assert _body(doc) == ["1月5日，桐庐县总工会慰问困难职工30户。"] and doc.meta["authors"] == ["杜若溪"]


def test_a_boxed_credit_naming_only_a_union_names_no_writer():
    doc = make_document("桐庐县总工会开展送温暖活动\n1月5日，桐庐县总工会慰问困难职工30户。\n\n□ 总工会\n")
    assert doc.meta["authors"] == [] and _body(doc) == ["1月5日，桐庐县总工会慰问困难职工30户。"]


def test_a_platforms_disclaimer_and_a_bodys_supply_credit_name_no_one():
    """某某网声明：本文转自网络，不代表本站观点 is the platform's footer (the reporter's bracket above it then
    closes the article); （某县总工会 供稿） names the source, and 供稿 is no writer."""
    doc = make_document("桐庐县总工会开展送温暖活动\n1月5日，桐庐县总工会慰问困难职工30户。(杜若溪)\n"
                        "某某网声明:本文转自网络,观点不代表本站立场。\n")
    assert doc.meta["authors"] == ["杜若溪"] and _body(doc) == ["1月5日，桐庐县总工会慰问困难职工30户。"]
    doc = make_document("桐庐县总工会开展送温暖活动\n1月5日，桐庐县总工会慰问困难职工30户。(桐庐县总工会 供稿)\n")
    assert (doc.meta["authors"], doc.meta["source"]) == ([], "桐庐县总工会")


def test_a_navigation_path_after_a_column_a_spaced_path_to_the_text_and_a_comment_box():
    """基层风采 您现在的位置：首页>… and 首页 资讯 正文 above the headline are navigation; 某某正文 92 0 is a
    column's mark and counters; share targets under the dateline, a comment box and a hotline are chrome."""
    doc = make_document("今天是:\n工会风采 您现在所在的位置:首页>要闻>工会风采\n\n桐庐县总工会为征文获奖职工颁奖\n\n"
                        "10月12日，桐庐县总工会为征文获奖职工颁奖。\n")
    assert doc.meta["title"] == "桐庐县总工会为征文获奖职工颁奖"
    doc = make_document("首页 资讯 正文\n\n桐庐县总工会为征文获奖职工颁奖\n\n综合正文 92 0\n\n"
                        "10月12日，桐庐县总工会为征文获奖职工颁奖。\n欢迎 发表评论:\n评论列表\n暂时没有评论\n")
    assert doc.meta["title"] == "桐庐县总工会为征文获奖职工颁奖"
    assert _body(doc) == ["10月12日，桐庐县总工会为征文获奖职工颁奖。"]
    doc = make_document("桐庐县总工会为征文获奖职工颁奖\n时间:2025-04-08 17:00 来源:桐庐广电\n  • 微信\n  • QQ空间\n"
                        "  • 微博\n10月12日，桐庐县总工会为征文获奖职工颁奖。\n》新闻热线:0571-12345678\n")
    assert _body(doc) == ["10月12日，桐庐县总工会为征文获奖职工颁奖。"]


@pytest.mark.parametrize("line", ["视频｜桐庐县总工会开展送温暖活动", "原创丨桐庐县总工会开展送温暖活动", "桐庐县总工会开展送温暖活动（图）",
                                  "桐庐县总工会开展送温暖活动【转载】", "转：桐庐县总工会开展送温暖活动",
                                  "桐庐县总工会开展送温暖活动_新闻中心_杭州市总工会"])
def test_a_headlines_tags_and_a_repost_mark_are_no_part_of_its_text(line):
    doc = make_document(f"{line}\n1月5日，桐庐县总工会慰问困难职工30户。\n")
    assert [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"] == ["桐庐县总工会开展送温暖活动"]


def test_a_channels_original_content_notice_is_a_site_footer():
    doc = make_document("桐庐县总工会开展送温暖活动\n1月5日，桐庐县总工会慰问困难职工30户。\n编辑:韩青松\n"
                        "本文系职工之声栏目原创稿件,转载请附上出处。\n")
    assert _body(doc) == ["1月5日，桐庐县总工会慰问困难职工30户。"] and doc.meta["editor"] == "韩青松"


def test_an_e_papers_date_labels_and_buttons_above_the_headline():
    """2023年09月21日 / 出版 / 首页 / 分享按钮 / 第A8版:某某 / the headline: the date is the issue's, the
    rest chrome, the headline the title."""
    doc = make_document("2023年09月21日\n  出版\n首页\n分享按钮\n第A8版:桐庐\n\n劳模疗休养活动启动\n\n"
                        "某某日报讯(通讯员杜若溪)近日，桐庐县总工会组织劳模疗休养。\n")
    assert (doc.meta["title"], doc.meta["published"], doc.meta["authors"]) == ("劳模疗休养活动启动", "2023-09-21", ["杜若溪"])
    assert _body(doc) == ["近日，桐庐县总工会组织劳模疗休养。"]


def test_a_body_in_the_editor_label_is_the_source():
    doc = make_document("桃溪镇女职工欢度节日\n桃溪镇工会与镇妇联共同举办庆祝活动，全镇女职工参加。\n责任编辑:枫林市江岸区总工会\n")
    assert (doc.meta["source"], doc.meta["editor"]) == ("枫林市江岸区总工会", None)


def test_after_the_articles_end_mark_a_recommended_box_and_its_teasers_are_not_body():
    doc = make_document("枫林市总工会推进新业态入会\n\n2022-11-28 13:26来源: 枫林新闻网\n\n"
                        "本报讯 今年以来，枫林市发展快递骑手等新业态会员2.3万人。（完）\n\n[责任编辑: ]\n阅读剩余全文(\n为你推荐\n"
                        "9月16日，枫林大道两侧绿化提升工程正式启动。枫林市园\n")
    assert _body(doc) == ["今年以来，枫林市发展快递骑手等新业态会员2.3万人。（完）"]


def test_ascii_title_marks_in_a_sentence_are_no_breadcrumb_and_nothing_is_lost():
    doc = make_document("枫林县总工会开展普法宣传\n3月5日，枫林县总工会组织职工学习<<中华人民共和国工会法>>，共有职工120人参加。\n")
    assert doc.meta["title"] == "枫林县总工会开展普法宣传"
    assert _body(doc) == ["3月5日，枫林县总工会组织职工学习<<中华人民共和国工会法>>，共有职工120人参加。"]


def test_a_page_that_looks_all_chrome_is_analysed_whole_with_a_warning():
    doc = make_document("首页 > 枫林工会 > 图片新闻\n")
    assert [doc.text[r.start : r.end] for r in doc.regions] == ["首页 > 枫林工会 > 图片新闻"]
    assert any("every line is analysed" in w for w in doc.warnings)


def test_a_line_of_keywords_joined_by_underscores_is_no_headline():
    doc = make_document("精品推荐_最新版在线观看_高清大全_免费下载\n\n2024年04月26日\n\n枫林区第四届职工运动会举行\n\n"
                        "本报讯 4月20日上午，枫林区第四届职工健身大会开幕式在区体育中心举行。\n")
    assert doc.meta["title"] == "枫林区第四届职工运动会举行"
    assert _body(doc) == ["4月20日上午，枫林区第四届职工健身大会开幕式在区体育中心举行。"]


def test_a_reporters_photo_role_an_outlets_editor_line_a_contributed_photo_credit_and_a_menu_tail():
    doc = make_document("记者 苏晴 通讯员 林晓岚 韩冰 摄 在环卫工人节当天，枫林县环卫所开展了趣味比赛，增进了职工感情。\n"
                        "枫林新闻网 编辑:周原 韩梅\n（县总工会供稿 摄影/周原）\n部门概况\n通知公告\n环境专刊\n")
    assert doc.meta["authors"][:3] == ["苏晴", "林晓岚", "韩冰"] and doc.meta["editor"] == "周原"
    assert _body(doc) == ["在环卫工人节当天，枫林县环卫所开展了趣味比赛，增进了职工感情。"]


def test_a_time_stamp_without_a_year_a_bare_address_and_a_platform_directors_label_are_not_body():
    doc = make_document("视频|市总工会调研县职工服务中心建设\n\n12-01 17:17\n\n(县融媒体中心记者 苏晴 报道)11月27日，市总工会副主席韩冰来县调研。\n\n"
                        "编辑:周原  责编:林 立\n\n平台总监:刘明远   编审:董 平\n\nhttps://img.example.cn/a/10126/202506/38d0ddc8644a61b14496.png\n")
    assert doc.meta["authors"] == ["苏晴"]
    assert _body(doc) == ["11月27日，市总工会副主席韩冰来县调研。"]


def test_a_spam_sites_line_above_the_headline_or_between_paragraphs_is_page_noise():
    doc = make_document("在线棋牌娱乐平台\n\n县总工会启动爱心助学行动\n\n发布时间:2024-09-02 08:15\n\n"
                        "近日，县总工会向113名困难职工家庭学生发放助学金9.5万元。\n真人娱乐百家乐官网\n受助学生表示将努力学习。\n")
    assert doc.meta["title"] == "县总工会启动爱心助学行动"
    assert _body(doc) == ["近日，县总工会向113名困难职工家庭学生发放助学金9.5万元。", "受助学生表示将努力学习。"]


def test_a_reporters_line_opening_a_page_with_no_headline_is_its_byline():
    doc = make_document("枫林广电融媒体记者 苏晴\n秋雨过后，枫林县总工会来到环卫工人爱心早餐点看望慰问。\n")
    assert (doc.meta["title"], doc.meta["authors"]) == (None, ["苏晴"])
    assert _body(doc) == ["秋雨过后，枫林县总工会来到环卫工人爱心早餐点看望慰问。"]


def test_a_disclaimers_reposted_from_is_no_source_and_an_editor_after_a_slash_is_read():
    doc = make_document("枫林县总工会慰问环卫工人\n中秋前夕，枫林县总工会为环卫工人送去月饼。\n"
                        "免责声明:凡注明来源的稿件,均转载自其它媒体,目的在于传递更多信息,不代表本网立场。\n责任编辑 / 韩梅\n")
    assert (doc.meta["source"], doc.meta["editor"]) == (None, "韩梅")
    assert _body(doc) == ["中秋前夕，枫林县总工会为环卫工人送去月饼。"]


def test_spaced_review_labels_a_padded_editor_and_a_disclaimer_under_its_heading_are_not_body():
    doc = make_document("记者节当天，枫林县委书记韩冰走进县融媒体中心慰问新闻工作者。\n县融媒体中心记者:苏晴\n编 辑:周 原\n"
                        "一 审:林 立\n二 审:林晓岚\n总监制:董平安\n编校:陶 然\n免责声明\n"
                        "本号转载的图文来自网络,版权及文责归属原作者所有,如有不妥请联系删除。\n")
    assert (doc.meta["authors"], doc.meta["editor"]) == (["苏晴"], "周原")
    assert _body(doc) == ["记者节当天，枫林县委书记韩冰走进县融媒体中心慰问新闻工作者。"]


def test_a_portals_footer_row_and_a_truthfulness_disclaimer_are_not_body():
    doc = make_document("枫林县总工会开展送清凉\n7月5日，枫林县总工会给户外劳动者发放防暑用品。\n"
                        "——以上信息真实性未经枫林网核实\n主管单位:枫林县融媒体中心 地址:枫林县东街8号\n闽ICP备00000000号-1\n")
    assert _body(doc) == ["7月5日，枫林县总工会给户外劳动者发放防暑用品。"]


def test_an_empty_date_label_heads_no_page_and_a_photo_sets_word_is_no_name():
    doc = make_document("日期:\n来源:枫林新闻网\n枫林街道党员干部来到市融媒体中心开展主题活动。\n(本组图片 本网记者 苏晴 摄)\n")
    assert (doc.meta["title"], doc.meta["source"], doc.meta["authors"]) == (None, "枫林新闻网", ["苏晴"])
    assert _body(doc) == ["枫林街道党员干部来到市融媒体中心开展主题活动。"]


def test_a_source_label_with_its_value_on_the_next_line_is_metadata():
    doc = make_document("枫林县县长韩冰慰问一线新闻工作者\n近日，县长韩冰走进县融媒体中心慰问一线采编人员。\n信息来源:\n枫林县人民政府办公室\n")
    assert doc.meta["source"] == "枫林县人民政府办公室"
    assert _body(doc) == ["近日，县长韩冰走进县融媒体中心慰问一线采编人员。"]


def test_a_bracketed_union_on_its_own_line_is_the_source_and_a_caption_below_it_stays():
    doc = make_document("集团公司职工乒乓球友谊赛举行\n来自集团公司9家单位的60余名职工参加比赛。\n(公司工会)\n(下图为比赛现场)\n上一篇\n下一篇\n")
    assert doc.meta["source"] == "公司工会"
    assert _body(doc) == ["来自集团公司9家单位的60余名职工参加比赛。", "(下图为比赛现场)"]


def test_a_role_credit_closing_a_paragraph_mid_page_is_metadata_and_a_caption_is_no_name():
    doc = make_document("集团公司举行趣味运动会\n5月8日，集团公司趣味运动会举行，120名职工参加。(文/苏晴 图/林晓岚提供)\n\n"
                        "队工会主席韩冰讲话\n\n合影\n返回列表\n")
    assert doc.meta["authors"] == ["苏晴", "林晓岚"]
    assert _body(doc) == ["5月8日，集团公司趣味运动会举行，120名职工参加。", "队工会主席韩冰讲话", "合影"]


def test_a_special_correspondents_bracket_above_the_editor_line_is_metadata():
    doc = make_document("枫林市总工会赴对口县考察\n近日，枫林市总工会一行到对口县考察帮扶项目。(特约记者陶然)\n\n(责编:周原)\n\n本站简介\n")
    assert doc.meta["authors"] == ["陶然"]
    assert _body(doc) == ["近日，枫林市总工会一行到对口县考察帮扶项目。"]  # (本站简介: the site's profile link)


def test_a_bracketed_pager_is_page_noise():
    doc = make_document("公司工会举办体育活动\n2月6日，公司举行迎新春职工体育比赛。\n【上一篇】: 公司开展应急演练    【下一篇】: 真情关爱暖人心\n")
    assert _body(doc) == ["2月6日，公司举行迎新春职工体育比赛。"]


def test_a_portals_slogan_and_a_position_line_with_shi_are_chrome_above_the_headline():
    doc = make_document("枫林骑行网 - 骑行爱好者门户网站 !\n你现在的位置是: 首页 > 资讯 > 枫林县驿站获评最美站点\n"
                        "枫林县驿站获评最美站点\n近日，枫林县政务服务中心户外劳动者驿站获评最美站点。\n")
    assert doc.meta["title"] == "枫林县驿站获评最美站点"
    assert _body(doc) == ["近日，枫林县政务服务中心户外劳动者驿站获评最美站点。"]


def test_a_list_menu_of_more_than_six_items_above_the_headline_is_chrome():
    doc = make_document("- 首页\n- 民文\n- English\n- 网站无障碍\n- 举报\n- 登录\n枫林工会宣传技能大赛开幕\n"
                        "2025年07月24日14:44 | 来源:枫林网\n\n7月23日，枫林工会宣传技能大赛在枫林市开幕。\n")
    assert doc.meta["title"] == "枫林工会宣传技能大赛开幕"
    assert _body(doc) == ["7月23日，枫林工会宣传技能大赛在枫林市开幕。"]


def test_a_headline_between_table_bars_under_a_column_is_the_title_without_them():
    doc = make_document("员工风采\n| 某集团举行2026年职工迎新趣味运动会 |\n12月26日，某集团职工趣味运动会在老区足球场举行。\n")
    assert doc.meta["title"] == "某集团举行2026年职工迎新趣味运动会"
    assert [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"] == ["某集团举行2026年职工迎新趣味运动会"]


def test_an_outlets_reporter_label_with_a_space_and_no_name_is_page_noise():
    doc = make_document("枫林县委书记看望新闻工作者\n\n南方+ 记者\n\n11月8日，枫林县委书记韩冰到县融媒体中心看望新闻工作者。\n")
    assert _body(doc) == ["11月8日，枫林县委书记韩冰到县融媒体中心看望新闻工作者。"]


def test_a_bracketed_editor_without_a_colon_and_a_sent_by_line_are_metadata():
    doc = make_document("枫林市工会推进会召开\n今年以来，枫林市各级工会认真落实年度重点工作。\n  枫林市职工服务中心供稿\n   【责任编辑 周原】\n")
    assert (doc.meta["source"], doc.meta["editor"]) == ("枫林市职工服务中心", "周原")
    assert _body(doc) == ["今年以来，枫林市各级工会认真落实年度重点工作。"]


def test_a_new_media_credit_and_a_footers_contact_rows_are_not_body():
    doc = make_document("枫林市技能大赛奖励办法出台\n对获得大赛金牌的选手，给予10000元奖励。\n枫林日报新媒体出品\n"
                        "邮编:010000 职工热线:12351\n业务咨询:0471-5000000\n举报邮箱:fenglin@example.cn\n")
    assert doc.meta["source"] == "枫林日报"
    assert _body(doc) == ["对获得大赛金牌的选手，给予10000元奖励。"]


@pytest.mark.parametrize("widget", ["3上一篇 下一篇4 |", "—分享—", "关闭×", "图片", "字号:", "版面:第05版:要闻事       上一篇    下一篇",
                                    "打印该页   关闭窗口   返回页面顶部", "用微信扫码二维码\n分享至好友和朋友圈",
                                    "页: [1]", "分享让更多人看到"])
def test_widgets_with_their_glyphs_and_bare_labels_are_page_noise(widget):
    doc = make_document(f"枫林县总工会送清凉\n7月17日，枫林县总工会慰问组深入企业开展送清凉活动。\n{widget}\n慰问组为职工送去防暑用品。\n")
    assert _body(doc) == ["7月17日，枫林县总工会慰问组深入企业开展送清凉活动。", "慰问组为职工送去防暑用品。"]


def test_names_before_an_outlets_reporter_and_their_name_are_a_byline():
    doc = make_document("枫林县启动夏送清凉活动\n苏晴 林晓岚 枫林观察记者 陶然\n8月6日，枫林县夏送清凉行动在广场启动。\n")
    assert doc.meta["authors"] == ["苏晴", "林晓岚", "陶然"]
    assert _body(doc) == ["8月6日，枫林县夏送清凉行动在广场启动。"]


def test_a_closing_bracket_naming_a_unions_department_and_an_according_to_line_give_the_source():
    doc = make_document("枫林区法律援助月报\n5月，区职工法律援助中心办结案件27件。(区总工会权益保障部) |\n")
    assert doc.meta["source"] == "区总工会权益保障部"
    assert _body(doc) == ["5月，区职工法律援助中心办结案件27件。"]
    doc = make_document("枫林工会消费帮扶成效明显\n近年来，枫林工会消费帮扶行动帮助中小企业销售农产品。\n据《枫林工人报》\n")
    assert doc.meta["source"] == "枫林工人报"
    assert _body(doc) == ["近年来，枫林工会消费帮扶行动帮助中小企业销售农产品。"]


@pytest.mark.parametrize("noise", ["0 条评论\n来说两句吧。。。", "阅读下一篇", "白癜风专科医院治疗白癜风的医院"])
def test_comment_prompts_a_read_next_link_and_clinic_spam_are_page_noise(noise):
    doc = make_document(f"枫林县总工会慰问劳模\n10月26日，枫林县总工会走访慰问高龄劳模。\n{noise}\n")
    assert _body(doc) == ["10月26日，枫林县总工会走访慰问高龄劳模。"]


def test_an_outlet_line_above_the_dateline_is_the_source_and_counters_may_open_with_the_number():
    doc = make_document("枫林开办工会暑托班\n枫林导报\n2024-07-12 15:58\n\n0浏览 评论0\n\n7月1日以来，枫林市各县区工会开办暑托班。\n")
    assert (doc.meta["source"], doc.meta["published"]) == ("枫林导报", "2024-07-12T15:58")
    assert _body(doc) == ["7月1日以来，枫林市各县区工会开办暑托班。"]


def test_an_e_papers_weekday_and_paper_name_label_are_chrome():
    doc = make_document("电子报阅读机\n2025-10-16\n星期四\n当前报纸名称:枫林都市报\n\n情系一线送清凉\n\n"
                        "本报讯 7月17日，枫林县总工会慰问组深入企业开展送清凉活动。\n")
    assert (doc.meta["title"], doc.meta["source"]) == ("情系一线送清凉", "枫林都市报")
    assert _body(doc) == ["7月17日，枫林县总工会慰问组深入企业开展送清凉活动。"]


def test_a_reporter_and_a_correspondent_glued_in_the_opener_and_an_apps_dateline_without_its_colon():
    doc = make_document("枫林工会为民工讨薪\n本报枫林8月12日讯(记者苏晴通讯员林立)记者12日从全市工会帮扶工作会上了解到，三年讨回欠薪756万元。\n")
    assert doc.meta["authors"] == ["苏晴", "林立"]
    assert _body(doc) == ["记者12日从全市工会帮扶工作会上了解到，三年讨回欠薪756万元。"]
    doc = make_document("枫林市启动劳动竞赛\n云上枫林报道( 记者 陶然)4号上午，枫林市岗位大比武劳动竞赛启动。\n")
    assert doc.meta["authors"] == ["陶然"]
    assert _body(doc) == ["4号上午，枫林市岗位大比武劳动竞赛启动。"]


def test_a_closing_bracket_naming_a_short_form_unions_department_is_the_source():
    doc = make_document("枫林市总工会组织劳模疗休养\n6月下旬，市总工会组织28名劳模开展短期疗休养活动。(市总经济部)\n")
    assert doc.meta["source"] == "市总经济部"
    assert _body(doc) == ["6月下旬，市总工会组织28名劳模开展短期疗休养活动。"]


def test_a_bracketed_workplace_and_name_on_a_line_of_its_own_is_a_credit_even_above_a_forms_notice():
    doc = make_document("7月18日起，枫林煤矿工会为井下职工送去清凉。\n(枫林煤矿 韩冰)\n请填写真实个人信息，以便于沟通联络。\n")
    assert (doc.meta["authors"], doc.meta["source"]) == (["韩冰"], "枫林煤矿")
    assert "(枫林煤矿 韩冰)" not in _body(doc)


def test_a_details_label_above_the_date_is_no_author_and_the_headline_is_found():
    doc = make_document("内容详情\n2025年07月26日\n枫林煤业矿工会\n夏日送清凉关爱护安康\n本报讯(通讯员韩冰)连日来，枫林矿工会开展夏送清凉系列活动。\n")
    assert (doc.meta["title"], doc.meta["authors"]) == ("夏日送清凉关爱护安康", ["韩冰"])


def test_credits_with_a_spaced_reporter_label_a_semicolon_or_a_glued_photo_report_role():
    doc = make_document("枫林市首届职工运动会将开幕\n图为城北乡干部职工备战运动会。记 者 苏晴 通讯员 林立 摄影报道\n")
    assert doc.meta["authors"] == ["苏晴", "林立"]
    assert _body(doc) == ["图为城北乡干部职工备战运动会。"]
    doc = make_document("4月29日，枫林站职工长跑赛开幕，站工会主席韩冰致开幕词。(文:陶然;图:周原)\n")
    assert doc.meta["authors"] == ["陶然", "周原"]
    doc = make_document("9月25日，枫林县首届职工运动会开幕，600余名职工参赛。(董平安 林立摄影报道)\n国旗入场\n")
    assert doc.meta["authors"] == ["董平安", "林立"]


def test_a_sites_menu_row_opening_with_its_home_link_and_a_print_button_before_the_editor():
    doc = make_document("枫林网首页 三农资讯 致富门路 种养技术 农产品价格 网站地图\n\n枫林举办春风行动 40场招聘会稳岗留工\n\n"
                        "发布时间:2010-12-21  来源:枫林都市报\n\n前日，枫林市人社局启动春风行动。\n\n打印 责任编辑:周原\n")
    assert (doc.meta["title"], doc.meta["editor"]) == ("枫林举办春风行动 40场招聘会稳岗留工", "周原")
    assert _body(doc) == ["前日，枫林市人社局启动春风行动。"]


@pytest.mark.parametrize("credit", ["图源：枫林工会", "题图：周原 摄", "文案：周原", "拍摄：周原\n剪辑：林立\n配音：陶然", "设计：周原",
                                    "部分图片来源于网络", "图片来源：网络", "审校：林立", "策划：周原", "撰文：周原", "视频编辑：周原",
                                    "编辑整理：周原", "供稿单位：枫林县总工会", "信息员：周原"])
def test_a_reposts_credit_labels_are_metadata_not_body(credit):
    doc = make_document(f"枫林县总工会开展送清凉\n7月5日，枫林县总工会给户外劳动者发放防暑用品。\n{credit}\n")
    assert _body(doc) == ["7月5日，枫林县总工会给户外劳动者发放防暑用品。"]
    assert doc.meta["source"] != "网络"


@pytest.mark.parametrize(("credit", "source", "authors"), [
    ("来源 | 枫林工会", "枫林工会", []), ("✎ 文：周原", None, []), ("（通讯员 周原 供稿）", None, ["周原"]),
    ("发布单位：枫林县总工会", "枫林县总工会", []), ("——枫林县总工会供稿", "枫林县总工会", []),
    ("枫林县总工会 周原 供稿", "枫林县总工会", ["周原"]), ("出品：枫林融媒", "枫林融媒", [])])
def test_source_labels_with_a_bar_sent_by_lines_and_decorated_credits(credit, source, authors):
    doc = make_document(f"枫林县总工会开展送清凉\n7月5日，枫林县总工会给户外劳动者发放防暑用品。\n{credit}\n")
    assert _body(doc) == ["7月5日，枫林县总工会给户外劳动者发放防暑用品。"]
    assert (doc.meta["source"], doc.meta["authors"]) == (source, authors)


@pytest.mark.parametrize("noise", ["长按识别二维码关注", "↓↓↓", "▼", "您是第 12345 位访客"])
def test_qr_prompts_arrow_lines_and_visitor_counters_are_page_noise(noise):
    doc = make_document(f"枫林县总工会开展送清凉\n7月5日，枫林县总工会给户外劳动者发放防暑用品。\n{noise}\n慰问组还走访了环卫所。\n")
    assert _body(doc) == ["7月5日，枫林县总工会给户外劳动者发放防暑用品。", "慰问组还走访了环卫所。"]


@pytest.mark.parametrize(("credit", "source", "authors", "editor"), [
    ("本文来自【枫林工会】", "枫林工会", [], None), ("本文转载自微信公众号“枫林工会”", "枫林工会", [], None),
    ("本期编辑 周原", None, [], "周原"), ("□周原", None, ["周原"], None), ("（周原/文 林立/图）", None, ["周原", "林立"], None),
    ("图片/周原", None, ["周原"], None)])
def test_credits_inside_the_page_between_paragraphs(credit, source, authors, editor):
    doc = make_document(f"枫林县总工会开展送清凉\n7月5日，枫林县总工会给户外劳动者发放防暑用品。\n{credit}\n慰问组还走访了环卫所。\n")
    assert _body(doc) == ["7月5日，枫林县总工会给户外劳动者发放防暑用品。", "慰问组还走访了环卫所。"]
    assert (doc.meta["source"], doc.meta["authors"], doc.meta["editor"]) == (source, authors, editor)


@pytest.mark.parametrize("noise", ["广告", "（推广）", "点击进入专题", "视频加载中...", "您的浏览器不支持video标签", "请使用微信扫描二维码",
                                   "（未完待续）", "（下转第二版）", "更多精彩内容请关注", "文章关键词：工会 送清凉", "TAG：工会",
                                   "请文明上网，理性发言", "登录 | 注册", "验证码：", "提交", "本文链接：https://example.cn/a/1.html", "原文链接",
                                   "马上注册!", "您需要 登录 才可以下载或查看,没有账号?注册", "回复"])
def test_ads_players_prompts_and_links_between_paragraphs_are_page_noise(noise):
    doc = make_document(f"枫林县总工会开展送清凉\n7月5日，枫林县总工会给户外劳动者发放防暑用品。\n{noise}\n慰问组还走访了环卫所。\n")
    assert _body(doc) == ["7月5日，枫林县总工会给户外劳动者发放防暑用品。", "慰问组还走访了环卫所。"]


def test_a_headline_above_the_navigation_path_stays_the_title_when_none_follows_it():
    doc = make_document("枫林县总工会开展送清凉\n首页 > 工会动态 > 正文\n7月5日，枫林县总工会给环卫工人发放防暑用品。\n")
    assert doc.meta["title"] == "枫林县总工会开展送清凉"
    assert _body(doc) == ["7月5日，枫林县总工会给环卫工人发放防暑用品。"]
    doc = make_document("枫林工会网\n当前位置：首页 >> 新闻中心\n枫林县总工会开展送清凉\n7月5日，枫林县总工会给环卫工人发放防暑用品。\n")
    assert doc.meta["title"] == "枫林县总工会开展送清凉"


def test_names_then_a_text_and_photo_role_are_a_credit_line():
    doc = make_document("枫林县总工会开展送清凉\n周原 林立 文/图\n7月5日，枫林县总工会给环卫工人发放防暑用品。\n")
    assert doc.meta["authors"] == ["周原", "林立"]
    assert _body(doc) == ["7月5日，枫林县总工会给环卫工人发放防暑用品。"]


@pytest.mark.parametrize(("caption", "kept", "authors"), [
    ("图为活动现场。（图片由枫林县总工会提供）", "图为活动现场。", []), ("图为活动现场。图/陶然", "图为活动现场。", []),
    ("【图】活动现场", "活动现场", []), ("图为活动现场 通讯员 陶然 摄", "图为活动现场", ["陶然"]),
    ("图为活动现场。 摄影 陶然", "图为活动现场。", []), ("图为活动现场。(资料图)", "图为活动现场。", []),
    ("图为活动现场。 枫林县总工会 供图", "图为活动现场。", []), ("活动结束后大家合影。图为现场", "活动结束后大家合影。图为现场", [])])
def test_a_captions_credit_in_more_forms_is_cut_and_the_caption_kept(caption, kept, authors):
    doc = make_document(f"枫林县总工会开展送清凉\n7月5日，枫林县总工会给环卫工人发放防暑用品。\n{caption}\n慰问组还走访了环卫所。\n")
    assert _body(doc) == ["7月5日，枫林县总工会给环卫工人发放防暑用品。", kept, "慰问组还走访了环卫所。"]
    assert doc.meta["authors"] == authors


def test_a_press_groups_name_is_no_outlet_cut_at_its_bao():
    doc = make_document("枫林报业·中国枫林网讯 今年以来，枫林街道工会帮助多家平台企业组建工会。\n")
    assert doc.meta["source"] == "枫林报业·中国枫林网"


def test_a_figure_row_stays_body_while_a_day_only_date_label_is_chrome():
    doc = make_document("枫林县总工会发放帮扶资金\n日期:07-28\n今年帮扶资金如下。\n金额：1280000\n")
    assert doc.meta["title"] == "枫林县总工会发放帮扶资金"
    assert _body(doc) == ["今年帮扶资金如下。", "金额：1280000"]


@pytest.mark.parametrize(("line", "title"), [
    ("枫林县总工会开展送清凉_新闻动态_枫林市总工会门户网站", "枫林县总工会开展送清凉"),
    ("枫林县总工会开展送清凉 — 枫林新闻网", "枫林县总工会开展送清凉"), ("枫林县总工会开展送清凉--枫林工会", "枫林县总工会开展送清凉"),
    ("劳模风采 — 记枫林县总工会", "劳模风采 — 记枫林县总工会")])
def test_a_headlines_site_suffix_after_a_dash_is_cut_and_a_portal_suffix_keeps_the_headline(line, title):
    doc = make_document(f"{line}\n7月5日，枫林县总工会给户外劳动者发放防暑用品。\n")
    assert doc.meta["title"] == title


def test_a_column_between_the_headline_and_the_site_after_hyphens_and_a_tag_before_a_colon_are_no_headline_text():
    doc = make_document("枫林县总工会开展送清凉-新闻中心-枫林县总工会\n7月5日，枫林县总工会给户外劳动者发放防暑用品。\n")
    assert doc.meta["title"] == "枫林县总工会开展送清凉"
    doc = make_document("图文：枫林县总工会开展送清凉\n7月5日，枫林县总工会给户外劳动者发放防暑用品。\n")
    assert [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"] == ["枫林县总工会开展送清凉"]


@pytest.mark.parametrize(("header", "source", "authors"), [
    ("以下文章来源于枫林工会 ，作者周原", "枫林工会", ["周原"]), ("收录于合集 #工会动态 12个", None, []), ("听全文", None, []),
    ("作者丨周原", None, ["周原"]), ("文丨周原 图丨林立", None, ["周原", "林立"])])
def test_a_reposts_header_lines_and_credits_after_a_vertical_bar(header, source, authors):
    doc = make_document(f"枫林县总工会开展送清凉\n{header}\n7月5日，枫林县总工会给户外劳动者发放防暑用品。\n")
    assert (doc.meta["title"], doc.meta["source"], doc.meta["authors"]) == ("枫林县总工会开展送清凉", source, authors)
    assert _body(doc) == ["7月5日，枫林县总工会给户外劳动者发放防暑用品。"]


@pytest.mark.parametrize("tail", ["相关阅读：枫林县总工会召开全委会", "原标题：枫林送清凉", "枫林县总工会供稿", "文/周原"])
def test_a_teaser_or_credit_glued_after_the_last_sentence_is_cut(tail):
    doc = make_document(f"枫林县总工会开展送清凉\n7月5日，枫林县总工会给户外劳动者发放防暑用品。{tail}\n")
    assert _body(doc) == ["7月5日，枫林县总工会给户外劳动者发放防暑用品。"]


def test_a_colon_after_an_outlets_byline_bracket_is_no_part_of_the_lead():
    doc = make_document("枫林市启动职工疗休养\n枫林在线报道(韩冰 通讯员 陶然):4月20日上午，枫林市总工会启动职工疗休养活动。\n")
    assert doc.meta["authors"] == ["韩冰", "陶然"]
    assert _body(doc) == ["4月20日上午，枫林市总工会启动职工疗休养活动。"]


@pytest.mark.parametrize("closing", ["来源：澄江融媒网 2022-11-04", "（来源：澄江日报 2022年11月4日）"])
def test_a_source_line_closing_the_article_gives_its_day_when_nothing_else_does(closing):
    """A source line below the body with a day and no clock time (a paper's issue day) is the
    publication date when the article gives none; the glued form with a clock time stays none
    (test_source_glued_to_its_date_under_a_subtitle_gives_both)."""
    text = f"澄江县总工会为环卫职工添置冬衣\n11月2日，澄江县总工会为两百名环卫职工添置了棉衣。\n工会将持续关心户外劳动者。\n{closing}\n"
    doc = make_document(text, "t")
    assert doc.meta["published"] == "2022-11-04"
    assert not any("来源" in doc.text[r.start : r.end] for r in doc.regions)
    # a source line in the middle, the article going on after it, gives no date
    middle = make_document(f"澄江县总工会为环卫职工添置冬衣\n11月2日，澄江县总工会为两百名环卫职工添置了棉衣。\n{closing}\n"
                           "工会将持续关心户外劳动者。\n", "t")
    assert middle.meta["published"] is None


def test_a_dateline_with_the_year_then_month_and_day_after_a_slash():
    """2024 03/15 (a year, a space, then month/day) under the headline is the publication date."""
    doc = make_document("澄江县总工会召开全委会\n2024 03/15 来源：澄江融媒网\n3月14日，澄江县总工会召开全委会。\n", "t")
    assert doc.meta["published"] == "2024-03-15" and doc.meta["source"] == "澄江融媒网"


def test_a_source_first_header_glued_to_the_lead_is_split_from_it():
    """来源:某网 date time 编辑:某某 glued to 某某网讯 and the lead: the source, the date and the editor
    are metadata, the lead begins at its opener."""
    text = ("澄江县总工会举办插花培训\n来源:澄江融媒网 2024-09-02 16:20 编辑:钱书宁澄江网讯(记者 尹若澜)9月1日，"
            "澄江县总工会举办插花培训，四十名女职工参加。\n培训持续两天。\n")
    doc = make_document(text, "t")
    assert doc.meta["published"] == "2024-09-02T16:20" and doc.meta["source"] == "澄江融媒网"
    assert doc.meta["editor"] == "钱书宁" and doc.meta["authors"] == ["尹若澜"]
    assert any(doc.text[r.start : r.end].startswith("9月1日") for r in doc.regions)


def test_a_page_button_row_with_broken_brackets_is_noise():
    doc = make_document("澄江县总工会举办插花培训\n9月1日，澄江县总工会举办插花培训。\n返回】 【顶部】 【关闭\n", "t")
    assert not any("顶部" in doc.text[r.start : r.end] for r in doc.regions)


def test_a_union_body_alone_under_the_last_sentence_is_the_sender():
    """某县总工会 alone on the line after the last sentence, no byline: who sent the article (a credit
    without brackets), no body text; a body line mid-article stays."""
    text = "澄江县总工会举办插花培训\n9月1日，澄江县总工会举办插花培训，四十名女职工参加。\n培训持续两天。\n澄江县总工会\n"
    doc = make_document(text, "t")
    assert doc.meta["source"] == "澄江县总工会"
    assert not any(doc.text[r.start : r.end] == "澄江县总工会" for r in doc.regions)


def test_the_headline_repeated_above_the_lead_is_read_once():
    text = "澄江县总工会举办插花培训活动\n2024-09-02 10:00\n澄江县总工会举办插花培训活动\n9月1日，澄江县总工会举办插花培训。\n"
    doc = make_document(text, "t")
    assert [doc.text[r.start : r.end] for r in doc.regions].count("澄江县总工会举办插花培训活动") == 1


@pytest.mark.parametrize("label", ["摘要：", "【导读】"])
def test_a_summary_the_lead_repeats_is_dropped(label):
    """摘要：… whose words the lead repeats is the lead printed twice: read once; a summary in its
    own words stays."""
    text = (f"澄江县总工会举办插花培训\n2024-09-02 10:00\n{label}9月1日，澄江县总工会举办插花培训……\n"
            "9月1日，澄江县总工会举办插花培训，四十名女职工参加。\n")
    doc = make_document(text, "t")
    assert not any(label in doc.text[r.start : r.end] for r in doc.regions)
    own = make_document(text.replace("9月1日，澄江县总工会举办插花培训……", "女职工学插花，生活添新意。"), "t")
    assert any("生活添新意" in own.text[r.start : r.end] for r in own.regions)


def test_an_opener_reporting_a_paper_s_news_takes_its_comma():
    doc = make_document("澄江县总工会举办插花培训\n据澄江日报消息，9月1日，澄江县总工会举办插花培训。\n", "t")
    assert doc.meta["source"] == "澄江日报"
    assert any(doc.text[r.start : r.end].startswith("9月1日") for r in doc.regions)


def test_a_source_collected_and_edited_keeps_the_outlet_only():
    doc = make_document("澄江县总工会举办插花培训\n来源:澄江网收集编辑:钱书宁\n9月1日，澄江县总工会举办插花培训。\n", "t")
    assert doc.meta["source"] == "澄江网" and doc.meta["editor"] == "钱书宁"


def test_a_headline_with_a_headlines_app_suffix():
    doc = make_document("澄江县总工会举办插花培训 - 澄江头条\n2024-09-02 10:00\n9月1日，澄江县总工会举办插花培训。\n", "t")
    assert doc.meta["title"] == "澄江县总工会举办插花培训"


def test_a_disclaimer_without_leave_to_repost_is_a_footer():
    text = ("澄江县总工会举办插花培训\n9月1日，澄江县总工会举办插花培训。\n"
            "澄江网稿件未经允许不得转用或转载；本站转载意在传递更多信息，不代表本站赞同其观点。\n")
    doc = make_document(text, "t")
    assert not any("转载" in doc.text[r.start : r.end] for r in doc.regions)


def test_a_banner_quote_above_the_navigation_path_is_chrome_when_a_dated_headline_follows():
    """A site's banner quote (prose) and its speaker above 当前位置: are chrome when a headline and its
    dateline follow the path; without the dateline the page's lines stay."""
    text = ("职工的事无小事，件件都要放心上。\n\n钱书宁\n\n当前位置:首页工作动态\n澄江县总工会举办插花培训\n"
            "来源: 澄江县总工会      2024-09-02\n\n9月1日，澄江县总工会举办插花培训，四十名女职工参加。\n")
    doc = make_document(text, "t")
    assert doc.meta["published"] == "2024-09-02" and doc.meta["title"] == "澄江县总工会举办插花培训"
    assert not any("件件" in doc.text[r.start : r.end] for r in doc.regions)
    undated = make_document(text.replace("来源: 澄江县总工会      2024-09-02\n", ""), "t")
    assert any("件件" in undated.text[r.start : r.end] for r in undated.regions)


def test_a_headline_repeated_after_a_site_prefix_and_an_outlet_alone_above_the_lead():
    """The page's title line (某某头条|the headline), the headline again, the outlet alone, then 某某网讯:
    the headline is read once and the outlet is the source, no body line."""
    text = ("澄江头条|澄江县总工会举办插花培训活动\n澄江县总工会举办插花培训活动\n澄江网\n\n"
            "澄江网讯(记者 尹若澜)9月1日，澄江县总工会举办插花培训。\n")
    doc = make_document(text, "t")
    regions = [doc.text[r.start : r.end] for r in doc.regions]
    assert "澄江县总工会举办插花培训活动" not in regions and "澄江网" not in regions
    assert doc.meta["source"] == "澄江网" and doc.meta["authors"] == ["尹若澜"]


@pytest.mark.parametrize("address, day", [
    ("原文链接：http://news.example.cn/chengjiang/2024-09/03/content_5501.htm", "2024-09-03"),
    ("https://www.example.com/n1/2024/0903/c1001-2201.html", "2024-09-03"),
    ("http://www.example.com/news/20240903/a12.shtml", "2024-09-03"),
    ("http://www.example.com/art.php?id=2024", None),
])
def test_the_day_in_the_page_address_is_the_publication_date_only_when_nothing_else_gives_one(address, day):
    text = f"澄江县总工会举办插花培训\n9月1日，澄江县总工会举办插花培训。\n{address}\n"
    assert make_document(text, "t").meta["published"] == day
    dated = make_document(text.replace("\n9月1日", "\n2024-09-05 来源：澄江网\n9月1日"), "t")
    assert dated.meta["published"] == "2024-09-05"


def test_a_login_box_under_the_article_is_noise_and_the_closing_name_is_read():
    """用户登录 / 还没有账号? / 立即注册 under the editor's line: a login box, no body text; the name in
    brackets closing the last sentence is then the writer; 运维支持: is a portal's footer."""
    text = ("澄江县总工会举办插花培训\n9月1日，澄江县总工会举办插花培训，四十名女职工参加。（尹若澜）\n"
            "编辑:cjw01\n用户登录\n还没有账号?\n立即注册\n")
    doc = make_document(text, "t")
    assert doc.meta["authors"] == ["尹若澜"]
    assert not any(w in doc.text[r.start : r.end] for r in doc.regions for w in ("登录", "注册", "尹若澜"))
    footer = make_document("澄江县总工会举办插花培训\n9月1日，澄江县总工会举办插花培训。\n运维支持：澄江网\n", "t")
    assert not any("支持" in footer.text[r.start : r.end] for r in footer.regions)


def test_a_cut_short_guide_line_a_json_error_and_a_submit_button_are_no_body():
    """导读: a summary cut short mid-word that opens like the lead is the lead printed twice; a CMS's
    JSON error line, 在线投稿 and a picture's placeholder (某某(图1)) are page noise; 来源/作者: is a
    source label."""
    text = ("澄江县总工会举办插花培训\n来源/作者:澄江日报浏览:发布时间:2024-09-02\n"
            '{"errcode":40001,"errmsg":"bad token"}\n在线投稿\n'
            "导读:9月1日，澄江县总工会在县职工服务中心举办插花培训，四十名女职工参加。培训分为理论讲解和\n\n"
            "9月1日，澄江县总工会在县职工服务中心举办插花培训，四十名女职工参加。\n\n"
            "澄江县总工会举办插花培训(图1)\n\n培训分为理论讲解和现场实操两部分。\n")
    doc = make_document(text, "t")
    assert doc.meta["source"] == "澄江日报" and doc.meta["published"] == "2024-09-02"
    regions = [doc.text[r.start : r.end] for r in doc.regions]
    assert not any(w in r for r in regions for w in ("导读", "errcode", "投稿", "图1"))
    assert any(r.startswith("培训分为理论讲解和现场实操") for r in regions)


def test_an_author_label_alone_with_its_name_on_the_next_line():
    """A template printing each label on a line of its own (时间: / date / 作者: / name / 来源: / body):
    the name under 作者: is the writer, no body text."""
    text = ("澄江县总工会举办插花培训\n\n时间:\n\n2024-09-02\n\n作者:\n\n尹若澜\n\n来源:\n\n澄江县总工会\n\n浏览量:\n\n"
            "9月1日，澄江县总工会举办插花培训，四十名女职工参加。\n")
    doc = make_document(text, "t")
    assert doc.meta["authors"] == ["尹若澜"] and doc.meta["published"] == "2024-09-02"
    assert not any(doc.text[r.start : r.end] == "尹若澜" for r in doc.regions)


@pytest.mark.parametrize("credit", ["据“澄江工会”微信发布：", "据《澄江日报》消息："])
def test_a_dispatch_opener_naming_who_first_ran_the_text(credit):
    """某某网9月2日讯 据“某某”微信发布： with the text on the lines below: the opener and the credit
    are metadata; alone on a line, the credit names the source."""
    text = f"澄江县总工会举办插花培训\n澄江网9月2日讯 {credit}\n9月1日，澄江县总工会举办插花培训，四十名女职工参加。\n"
    doc = make_document(text, "t")
    assert doc.meta["source"] in ("澄江网", "澄江工会", "澄江日报")  # (the outlet's opener first)
    assert not any("据" in doc.text[r.start : r.end] for r in doc.regions)
    alone = make_document(f"澄江县总工会举办插花培训\n9月1日，澄江县总工会举办插花培训。\n{credit}\n", "t")
    assert alone.meta["source"] in ("澄江工会", "澄江日报")
    assert not any("据" in alone.text[r.start : r.end] for r in alone.regions)


def test_a_site_named_with_digits_opening_the_lead_is_the_source():
    doc = make_document("澄江县总工会举办插花培训\n86网讯 近日，澄江县总工会举办插花培训，四十名女职工参加。\n", "t")
    assert doc.meta["source"] == "86网"
    assert doc.text[doc.regions[-1].start : doc.regions[-1].end].startswith("近日")


def test_a_headline_named_only_by_a_footer_label():
    """No headline above the lead (a reading-time counter, then prose); 标题：某某 with 地址：http://… below
    the article names it: the title, read once as a title."""
    text = ("本文共210字，读完约1分钟\n\n“工会想得真周到。”9月1日，澄江县总工会举办插花培训，四十名女职工参加。\n\n"
            "标题：澄江女职工学插花添雅趣\n\n地址：http://www.example.cn/news/88.html\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "澄江女职工学插花添雅趣"
    assert [r.kind for r in doc.regions].count("title") == 1


def test_a_source_label_beats_an_outlet_guessed_from_a_line_and_an_editor_stops_at_a_glued_date():
    """枫林新闻 alone above 编辑:某某2019-05-12 10:30内容来源:枫林网: the labelled source wins over the
    line guessed to be the outlet; the editor's name ends where the date glued to it begins."""
    doc = make_document("枫林召开工会第一次代表大会\n枫林新闻\n\n编辑:张明远2019-05-12 10:30内容来源:枫林网\n\n"
                        "5月12日，枫林区工会第一次代表大会在枫林会堂召开。\n")
    assert doc.meta["source"] == "枫林网" and doc.meta["editor"] == "张明远"
    assert doc.meta["published"] == "2019-05-12T10:30"


def test_a_page_in_hong_kong_character_forms_reads_as_its_simplified_form(pipeline):
    """Hong Kong's forms of traditional characters (環衞, 米麪, 説) are read as the standard ones: the
    page gives the mentions of its simplified form, recorded as written."""
    import opencc

    text = ("市总工会走访慰问一线环卫工人\n\n　　1月10日，龙川市总工会主席韦立川带队看望了环卫工人郑秀芝，"
            "为她送去慰问金1000元和米面油等慰问品。韦立川说，环卫工人是城市的美容师。")
    hong_kong = opencc.OpenCC("s2hk").convert(text)
    assert "環衞" in hong_kong and len(hong_kong) == len(text)

    def mentions(record):
        return sorted((str(e.type), m.start, m.end) for e in record.entities for m in e.mentions)

    record = pipeline.extract(hong_kong, doc_id="hk")
    assert mentions(record) == mentions(pipeline.extract(text, doc_id="s"))
    assert any(e.name == "環衞工人" for e in record.entities)


def test_a_pager_item_with_a_list_dash_is_page_noise():
    """- 上一篇：某某 / - 下一篇：某某 after the article: other articles' headlines, no body (their
    places and bodies are no mentions of this article)."""
    text = ("8月3日，溪口镇总工会为环卫工人送去防暑用品。(宋岚)\n"
            "- 上一篇：溪口镇举办乡村篮球联赛\n- 下一篇：石桥：“以赛促学”见实效\n")
    doc = make_document(text, "t")
    assert not any("篇" in doc.text[r.start : r.end] for r in doc.regions)
    assert doc.meta["authors"] == ["宋岚"]


def test_a_phone_line_with_a_bracketed_note_is_page_noise_not_the_headline():
    """联系电话(举报受理)：… above the headline: a portal's contact row, the headline below it the title."""
    text = ("新闻热线: 0990-1234567\n联系电话(举报受理): 0990-7654321\n溪口镇总工会为环卫工人建设爱心驿站\n\n"
            "8月3日，溪口镇总工会为环卫工人建成爱心驿站三个。\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "溪口镇总工会为环卫工人建设爱心驿站"


def test_a_bulleted_credit_list_under_the_headline_below_a_column():
    """党群新闻 / the headline / - 文：某某 / - 摄影：某某 / - 审校：某某 / - 日期：…: the column is no
    title, the bulleted credits are metadata (their names are no people of the article)."""
    text = ("党群新闻\n“五一”前夕院工会开展系列活动\n- 文：院工会\n- 摄影：郑晓帆\n- 审校：柯文静\n- 日期：2021-04-28\n"
            "4月27日，院工会在门诊楼会议室举办职工健康讲座。\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "“五一”前夕院工会开展系列活动" and doc.meta["published"] == "2021-04-28"
    assert _body(doc) == ["4月27日，院工会在门诊楼会议室举办职工健康讲座。"]


def test_a_headline_and_its_subtitle_below_a_column_and_a_header_line():
    """新闻报道 / 时间:… 作者:… / the headline / ——the subtitle / the lead: the headline is the title."""
    text = ("新闻报道\n时间:2024年10月12日 09:30 作者: 柯文静 查看:\n镜头里的秋日校园\n——第三分工会摄影比赛落幕\n\n"
            "10月，第三分工会举办会员摄影比赛，收到作品三十余件。\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "镜头里的秋日校园"
    assert any(b.startswith("——第三分工会") for b in _body(doc))


def test_an_opener_credit_bracket_the_page_never_closed():
    """本网讯（文/某甲 图/某乙3月6日下午，…: the bracket never closes; its names are the writers and the
    lead begins at the date."""
    text = "院工会举办女职工趣味赛跑\n本网讯（文/郑晓帆 图/柯文静3月6日下午，院工会举办女职工趣味赛跑，百名职工参赛。\n"
    doc = make_document(text, "t")
    assert doc.meta["authors"] == ["郑晓帆", "柯文静"]
    assert _body(doc) == ["3月6日下午，院工会举办女职工趣味赛跑，百名职工参赛。"]


def test_an_epaper_headline_in_two_lines_under_its_date_line_and_above_a_photo_credit():
    """某某 / 某报 2013年10月23日 星期三 / the headline / a second title line / 本报记者 甲 乙 摄 /
    《某报》(date 版): both title lines stay (the date line ends the chrome above them) and the credit
    names the photographers."""
    text = ("中工娱乐\n\n湘工报 2023年10月23日 星期一\n\n热烈祝贺枫林县工会代表大会闭幕\n\n新征程 新担当\n\n"
            "本报记者 苏晴 林晓岚 摄\n《湘工报》(2023年10月23日 08版)\n\n10月22日，枫林县工会第五次代表大会闭幕。\n")
    doc = make_document(text, "t")
    titles = [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"]
    assert titles == ["热烈祝贺枫林县工会代表大会闭幕", "新征程 新担当"]
    assert doc.meta["authors"] == ["苏晴", "林晓岚"]
    assert _body(doc) == ["10月22日，枫林县工会第五次代表大会闭幕。"]


def test_a_site_menu_opening_a_page_with_no_headline_is_chrome():
    """关于工会 / 工会要闻 / 通知公告 / 文体活动 above the lead: a menu, neither the title nor body."""
    text = "关于工会\n工会要闻\n通知公告\n文体活动\n办事指南\n9日，院工会组织职工登山，百余名职工参加。\n"
    doc = make_document(text, "t")
    assert doc.meta["title"] is None
    assert _body(doc) == ["9日，院工会组织职工登山，百余名职工参加。"]


def test_a_portals_breadcrumb_after_its_home_and_an_embedded_player_are_chrome():
    """某某首页 > 某某号 > 正文 申请入驻 above the headline is a navigation path; a [video]… line inside
    the article is a player's code, no text."""
    text = ("湘南首页 > 湘南号 > 正文 申请入驻\n\n枫林县总工会表彰十佳职工\n\n"
            "9日，枫林县总工会表彰十佳职工。\n[video]https://example.cn/player?vid=abc123[/video]\n获奖职工代表发言。\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "枫林县总工会表彰十佳职工"
    assert _body(doc) == ["9日，枫林县总工会表彰十佳职工。", "获奖职工代表发言。"]


def test_a_byline_with_its_roles_and_names_padded_by_spaces():
    """记 者 甲 乙 通讯员 丙 丁 戊 己 under the source line: a byline whose two-character names are padded
    to the width of three; its names are the writers, no body text."""
    text = ("枫林县总工会举办职工联谊会\n\n来源：湘南日报 2023-05-24 18:43\n\n  记 者 苏 晴 通讯员 林 岚 周 原\n\n"
            "  上周，枫林县总工会在溪口镇职工书屋组织青年工友联谊活动。\n")
    doc = make_document(text, "t")
    assert doc.meta["authors"] == ["苏晴", "林岚", "周原"]
    assert _body(doc) == ["上周，枫林县总工会在溪口镇职工书屋组织青年工友联谊活动。"]


def test_a_photo_credit_with_its_agency_after_a_slash_and_a_supplied_photo_glued_to_its_role():
    """某某 摄/某社 alone on a line is a photo credit (neither the photographer nor the agency is a
    mention); …。某某街道供图摄 closing a caption is its credit."""
    text = ("枫林首趟务工人员返乡专列开行\n\n1月27日，枫林务工人员返乡专列从深圳出发。\n邱明远 摄/湘南社\n\n"
            "图为务工人员登上专列。溪口街道供图摄\n")
    doc = make_document(text, "t")
    assert _body(doc) == ["1月27日，枫林务工人员返乡专列从深圳出发。", "图为务工人员登上专列。"]


def test_an_epaper_page_with_its_title_navigation_a_weekday_and_a_closing_outlet():
    """标题导航 is an e-paper's widget, no headline; 星期二 beside the date is no site; (甲 乙 文/摄)
    credits the writers and photographers; the paper's name alone under the article is its source."""
    text = ("第A7版：枫林新闻·民生 上一版3  4下一版\n标题导航\n \n2023年12月26日 星期二  \n"
            "3 上一篇  下一篇 4 放大 缩小 默认\n\n“车轮上的工会”\n\n"
            "    前天上午，枫林县网约车司机工会挂牌成立。\n\n    图①：县总工会向“网约车司机之家”赠送急救包。\n\n"
            "    （邱明远 郑晓帆 文/摄）\n\n3 上一篇  下一篇 4 放大 缩小 默认\n\n湘南日报\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "“车轮上的工会”" and doc.meta["published"] == "2023-12-26"
    assert doc.meta["source"] == "湘南日报" and doc.meta["authors"] == ["邱明远", "郑晓帆"]
    assert _body(doc) == ["前天上午，枫林县网约车司机工会挂牌成立。", "图①：县总工会向“网约车司机之家”赠送急救包。"]


def test_an_adult_spam_line_above_the_page_is_no_headline():
    """A spam site's line of keywords with commas (一区二区, 不卡高清) opening the page: page noise, so
    the countries it names are no places and the portal's headline below is read."""
    text = ("欧美日韩一区二区，不卡高清在线精选，日本精选\n\n枫林建设集团举办春季职工运动会\n发布时间：2018-04-08 17:12:37\n\n"
            "4月7日，枫林建设集团春季职工运动会开幕。\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "枫林建设集团举办春季职工运动会"
    assert _body(doc) == ["4月7日，枫林建设集团春季职工运动会开幕。"]


def test_a_headline_with_its_date_label_glued_on_is_the_title():
    """某某活动时间：2017-07-11 (or the headline, spaces, 发布时间：…): the headline is the title, the date
    the publication date; nothing of the line is dropped as a mere header."""
    doc = make_document("|\n溪口小学建成首间“职工哺乳室”时间:2017-07-11\n7月10日，枫林市总工会对溪口小学“职工哺乳室”进行验收。\n", "t")
    assert doc.meta["title"] == "溪口小学建成首间“职工哺乳室”" and doc.meta["published"] == "2017-07-11"
    doc = make_document("枫林集团职工拔河赛开赛     发布时间:2018-04-08 17:12:37  来源:本站\n\n4月7日，枫林集团职工拔河赛开赛。\n", "t")
    assert doc.meta["title"] == "枫林集团职工拔河赛开赛"


def test_an_epaper_pages_headline_list_above_the_article_is_chrome():
    """第06版：某某 / 3上一版 下一版4 / the page's headlines, one a line / 版面导航 / the date / the
    article's headline printed again / 本报讯…: the list is the page's index, not the article (its bodies
    and places are no mentions), and the headline printed again is the title."""
    text = ("第06版：速览\n3上一版  下一版4\n \n溪口工会女职工学插花\n枫林五百女职工聆听健康讲座\n石桥工会“巧手女工”活动启动\n"
            "湘南铁建二局办女工讲座\n溪口街道首批“妈咪屋”亮相\n \n返回首页 版面导航\n \n3上一篇 2015年3月9日 放大 缩小 默认\n\n"
            "溪口街道首批“妈咪屋”亮相\n\n本报讯(记者 苏晴)溪口街道总工会近日为辖区首批“妈咪屋”揭牌。\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "溪口街道首批“妈咪屋”亮相" and doc.meta["published"] == "2015-03-09"
    assert doc.meta["source"] is None and doc.meta["authors"] == ["苏晴"]
    assert _body(doc) == ["溪口街道总工会近日为辖区首批“妈咪屋”揭牌。"]


def test_a_writers_name_alone_between_the_headline_and_the_dateline():
    """the headline / 某某 / 2019年08月01日08:48 来源：某报: the name is the writer's, no body text."""
    text = "枫林劳模疗休养活动掠影\n\n苏晴\n\n2019年08月01日08:48  来源：湘南日报\n\n7月30日，劳模们参观枫林古镇。\n"
    doc = make_document(text, "t")
    assert doc.meta["authors"] == ["苏晴"] and doc.meta["title"] == "枫林劳模疗休养活动掠影"
    assert _body(doc) == ["7月30日，劳模们参观枫林古镇。"]


def test_an_epaper_masthead_and_a_boxed_photo_story_byline():
    """某某报社出版 above the headline is the paper's masthead, no title; □甲 乙 摄影报道 under the
    headline names the photographers, no people of the story."""
    text = ("湘南石油报社出版\n国内统一刊号:CN43-0000\n\n丰收季 石油人助农忙\n\n□邱明远 郑晓帆 摄影报道\n\n"
            "又到秋收时节。10月28日上午，十几名石油职工赶到溪口镇帮村民抢收稻谷。\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "丰收季 石油人助农忙" and doc.meta["authors"] == ["邱明远", "郑晓帆"]
    assert _body(doc) == ["又到秋收时节。10月28日上午，十几名石油职工赶到溪口镇帮村民抢收稻谷。"]


def test_photo_story_credits_with_the_role_glued_to_the_last_name_and_an_epaper_databases_chrome():
    """某报图文数据库(2003-2020) and 返回目录 放大缩小… 上一篇 are an e-paper's chrome, no headline; under
    each caption 甲 乙摄影报道 (a two-character name maybe padded: 许 准) names the photographers, who are
    no people of the story; 撰稿某某 alone on a line is the writer."""
    text = ("第12版：社会\n\n湘南日报图文数据库(2003-2020)\n\n湘南日报 2021年02月18日 星期四\n\n"
            "返回目录  放大缩小全文复制    上一篇  下一篇\n\n春运路上的守护者\n\n"
            "  枫林车务段职工在站台引导旅客。\n  邱明远 许 岚摄影报道\n\n  溪口站工作人员协助老人换乘。\n  郑晓帆 柯文静摄影报道\n\n"
            "撰稿苏晴\n\n  每逢春运，各地铁路职工都坚守岗位。\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "春运路上的守护者"
    assert doc.meta["authors"] == ["邱明远", "许岚", "郑晓帆", "柯文静", "苏晴"]
    assert _body(doc) == ["枫林车务段职工在站台引导旅客。", "溪口站工作人员协助老人换乘。", "每逢春运，各地铁路职工都坚守岗位。"]


def test_an_inline_image_and_a_padded_photographers_credit_closing_a_caption():
    """<image>data:image/…</image> between captions is an embedded picture, no text; …。李 岚 摄 (a
    two-character name padded to the width of three) closing a caption is its credit."""
    text = ("枫林工务段职工春节在岗\n节日里，枫林工务段职工坚守岗位。\n"
            '<image>data:image/s3,"s3://crabby-images/b1373/b137340aaaf7c30d16b5b5e4aeddaf5f0ae17c6e" alt=""</image>\n'
            "2月2日，枫林工务段为线路车间职工送去春联。许 岚 摄\n")
    doc = make_document(text, "t")
    assert _body(doc) == ["节日里，枫林工务段职工坚守岗位。", "2月2日，枫林工务段为线路车间职工送去春联。"]


def test_review_labels_above_the_text_and_a_reporters_line_ending_with_where_it_was_sent_from():
    """初审编辑：某某 / 责任编辑：某某 opening a page are editors, no headline (nor people of the story);
    某网记者 甲 通讯员 乙 某地报道 is a byline, its dispatch place no body text."""
    text = ("初审编辑:邱明远\n责任编辑:郑晓帆\n湘南网记者 苏晴 通讯员 林岚 枫林报道\n"
            "随着春节临近，枫林区总工会启动驿站送温暖行动。\n初审编辑:邱明远\n责任编辑:郑晓帆\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] is None and doc.meta["authors"] == ["苏晴", "林岚"]
    assert _body(doc) == ["随着春节临近，枫林区总工会启动驿站送温暖行动。"]


def test_a_cited_paper_and_its_reporters_in_brackets_after_the_opener():
    """某网1月11日讯 据某报报道(某报记者 甲 乙)…: the reporters are the writers (the last one was left
    in the body, a person of the story), the lead starts after the bracket; 某财经·2026-02-12 04:51 names
    the site before its date."""
    text = ("枫林市基层工会超五千家\n湘南网1月11日讯 据湘南日报报道(湘南日报记者 苏晴 邱明远)记者从枫林市工会代表大会上了解到，全市基层工会总数达到5371家。\n")
    doc = make_document(text, "t")
    assert doc.meta["authors"] == ["苏晴", "邱明远"] and doc.meta["source"] == "湘南网"
    assert _body(doc) == ["记者从枫林市工会代表大会上了解到，全市基层工会总数达到5371家。"]
    site = make_document("枫林工会集市人气旺\n湘南财经·2026-02-12 04:51\n运城市总工会举办工会集市。\n", "t")
    assert site.meta["source"] == "湘南财经" and site.meta["published"] == "2026-02-12T04:51"


def test_a_boxed_byline_of_correspondents_then_the_papers_reporter():
    """□甲 乙 本报记者 丙 under the headline: all three are the writers, no body text."""
    doc = make_document("枫林溪口共建“司机之家”\n\n□苏晴 林晓岚 本报记者 邱明远\n  近日，枫林区总工会联合溪口县总工会共建“司机之家”。\n", "t")
    assert doc.meta["authors"] == ["苏晴", "林晓岚", "邱明远"]
    assert _body(doc) == ["近日，枫林区总工会联合溪口县总工会共建“司机之家”。"]


def test_a_copyright_footer_spelled_out_with_spaces_closes_the_article():
    """某 某 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用: a footer spaced out letter by letter is still the
    site's footer, so the bracketed names closing the last paragraph above it are the writers."""
    text = ("枫林社区工会举办暑期篮球赛\n\n8月5日下午，枫林社区工会暑期篮球赛决赛举行，13支球队参赛。(苏晴 邱明远)\n\n"
            "[打印]     [关闭]\n\n湘 南 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用\n")
    doc = make_document(text, "t")
    assert doc.meta["authors"] == ["苏晴", "邱明远"]
    assert _body(doc) == ["8月5日下午，枫林社区工会暑期篮球赛决赛举行，13支球队参赛。"]


def test_a_bracketed_department_and_a_name_glued_to_supplied():
    """（某部 某某供稿） closing the article: the department sent it and the name is its writer, neither a
    mention of the story."""
    text = "枫林市总工会组建职工维权律师团\n\n近日，枫林市总工会组建了职工维权律师团。\n         （人事行政部 邱明远供稿）\n"
    doc = make_document(text, "t")
    assert doc.meta["authors"] == ["邱明远"] and doc.meta["source"] == "人事行政部"
    assert _body(doc) == ["近日，枫林市总工会组建了职工维权律师团。"]


def test_a_credit_chain_of_writers_and_reviewers_with_slashes_above_captions():
    """文/图 某某 审核/某某 between the last paragraph and the photo captions: the writer is the author,
    the reviewer no one of the story; 通讯员 某某 摄影报道 still gives one writer."""
    text = ("省教育工会检查劳模工作室\n本网讯 10月27日，省教育工会一行来我校检查劳模创新工作室。\n"
            "文/图 邱明远 审核/郑晓帆\n\n认真听取意见\n\n合影留念\n")
    doc = make_document(text, "t")
    assert doc.meta["authors"] == ["邱明远"]
    assert not any("郑晓帆" in b or "邱明远" in b for b in _body(doc))
    assert make_document("标题一则\n通讯员 苏晴 摄影报道\n近日，枫林县总工会举办讲座。\n", "t").meta["authors"] == ["苏晴"]


def test_a_headline_glued_to_the_navigation_path():
    """您当前的位置：首页 > 工会 > 工会要闻 某某活动举行 above the dateline: the tail after the last step
    and a space is the headline, not navigation to drop."""
    text = ("您当前的位置：首页 > 工会 > 工会要闻 枫林县总工会老干支部举办重阳茶话会\n2009-10-20 01:35:50来源：\n"
            "本报讯 10月17日下午，枫林县总工会老干支部的老同志欢聚一堂共度重阳。\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "枫林县总工会老干支部举办重阳茶话会"
    assert [doc.text[r.start : r.end] for r in doc.regions if r.kind == "title"] == ["枫林县总工会老干支部举办重阳茶话会"]


def test_an_epaper_headline_above_a_boxed_byline_and_the_page_line():
    """某某 / 某报 date 星期一 / 【栏目】the headline / □某某 / 《某报》(date 版): the headline is the
    title (the page's chrome above it no title) and the boxed name its writer."""
    text = ("中工娱乐\n\n湘工报 2009年10月13日 星期一\n\n【工会缩影】溪口女工收到健康体检卡\n\n□苏晴\n"
            "《湘工报》(2009年10月13日 006版)\n\n9月24日，溪口县总工会组织在岗女职工健康体检。\n")
    doc = make_document(text, "t")
    assert doc.meta["title"] == "【工会缩影】溪口女工收到健康体检卡" and doc.meta["authors"] == ["苏晴"]
    assert _body(doc) == ["9月24日，溪口县总工会组织在岗女职工健康体检。"]


def test_an_app_promo_above_the_headline_and_a_kicker_with_its_writer_under_an_epaper_date():
    """某某日报客户端 / 一端在手 信息全有 / the headline / □本报记者 某某: the app's promo is chrome (its
    paper no mention), the headline the title; under an e-paper's date line a kicker ending in —— and
    the headline stay title lines and a writer's name alone above the page line is the author."""
    doc = make_document("湘南日报客户端\n\n一端在手 信息全有\n\n夏日送清凉 工会暖人心\n\n□本报记者 苏晴\n\n"
                        "7月24日上午，枫林区总工会为网约车司机送上清凉礼包。\n", "t")
    assert doc.meta["title"] == "夏日送清凉 工会暖人心" and doc.meta["authors"] == ["苏晴"]
    assert _body(doc) == ["7月24日上午，枫林区总工会为网约车司机送上清凉礼包。"]
    doc = make_document("中工娱乐\n\n湘工报 2024年05月14日 星期一\n\n蹲点期间，我们收获的是沉甸甸的责任——\n\n"
                        "【蹲点日记】为外卖小哥做实事\n\n邱明远\n《湘工报》(2024年05月14日 02版)\n\n"
                        "4月的枫林进入雨季，外卖小哥更忙碌了。\n", "t")
    assert doc.meta["authors"] == ["邱明远"] and doc.meta["title"].startswith("蹲点期间")
    assert "邱明远" not in _body(doc) and _body(doc)[-1] == "4月的枫林进入雨季，外卖小哥更忙碌了。"


def test_a_font_size_toolbar_above_the_headline_is_page_chrome():
    """字号：大 中 小 【打印】【关闭】 opening a page: the headline below it is the title and the line
    under that gives the source and the date (the toolbar had pushed the title down a line)."""
    page = ("字号：大 中 小　　【打印】【关闭】\n临江县总工会为一线职工送清凉\n临江新闻网　2024-07-18 09:30\n\n"
            "　　7月17日，临江县总工会班子成员分赴各建筑工地，为高温下坚守岗位的职工送去防暑降温物品。\n")
    doc = make_document(page, "t")
    assert doc.meta["title"] == "临江县总工会为一线职工送清凉"
    assert doc.meta["published"] is not None and doc.meta["published"].startswith("2024-07-18")
