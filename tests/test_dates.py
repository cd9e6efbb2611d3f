"""DATE values (schema 2): DateResolver on short generic expressions, and agreement with the gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionie.normalize.dates import DateResolver, lead_year

ROOT = Path(__file__).resolve().parents[1]
ANNOTATED = ROOT / "data" / "annotated"

PUB = "2024-01-18T09:42"  # a Thursday in January: the previous year is near


def one(surface: str, published: str | None = PUB) -> tuple[str, str] | None:
    return DateResolver(published).resolve(surface)


def point(iso: str) -> tuple[str, str]:
    return iso, iso


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("2023年", point("2023")),
        ("二〇二三年", point("2023")),
        ("２０２３年度", point("2023")),
        ("2023年3月5日", point("2023-03-05")),
        ("2023年3月", point("2023-03")),
        ("二〇二三年三月五日", point("2023-03-05")),
        ("2023.3.5", point("2023-03-05")),
        ("2023-03-05", point("2023-03-05")),
        ("2023/3/5", point("2023-03-05")),
        ("十二月二十六日", point("2023-12-26")),
    ],
)
def test_absolute_dates(surface, expected):
    assert one(surface) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("今年", point("2024")),
        ("去年", point("2023")),
        ("上年", point("2023")),
        ("前年", point("2022")),
        ("明年", point("2025")),
        ("本年度", point("2024")),
        ("年度", point("2024")),
        ("全年", point("2024")),
        ("年内", point("2024")),
        ("年內", point("2024")),  # traditional characters
        ("去年9月", point("2023-09")),
        ("去年12月底", point("2023-12")),
    ],
)
def test_relative_years(surface, expected):
    assert one(surface) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("去年底", point("2023-12")),
        ("年底", point("2024-12")),
        ("年末", point("2024-12")),
        ("年底前", point("2024-12")),
        ("明年底前", point("2025-12")),
        ("2022年底", point("2022-12")),
        ("截至2020年底", point("2020-12")),
        ("年初", point("2024-01")),
        ("今年年初", point("2024-01")),
        ("去年初", point("2023-01")),
        ("今年4月底", point("2024-04")),
        ("3月初", point("2024-03")),
        ("3月中旬", point("2024-03")),
        ("月底", point("2024-01")),
        ("上月", point("2023-12")),
    ],
)
def test_year_and_month_ends(surface, expected):
    assert one(surface) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("上半年", ("2024-01", "2024-06")),
        ("今年下半年", ("2024-07", "2024-12")),
        ("一季度", ("2024-01", "2024-03")),
        ("今年一季度", ("2024-01", "2024-03")),
        ("第四季度", ("2024-10", "2024-12")),
        ("前三季度", ("2024-01", "2024-09")),
        ("2024年夏季", ("2024-06", "2024-08")),
        ("去年冬季", ("2023-12", "2024-02")),
    ],
)
def test_periods(surface, expected):
    assert one(surface) == expected


def test_since_and_durations():
    pub = "2021-04-12T07:59:47"
    assert one("2013年以来", pub) == ("2013-01", "2021-04")
    assert one("自2013年以来", pub) == ("2013-01", "2021-04")
    assert one("今年以来", pub) == ("2021-01", "2021-04")
    assert one("近三年", pub) == ("2018", "2021")
    assert one("近五年", pub) == ("2016", "2021")
    assert one("五年来", pub) == ("2016", "2021")
    assert one("三年来", pub) == ("2018", "2021")
    assert one("今年以来", "2021") is None  # no published month to end on


def test_month_day_takes_the_published_year_or_the_one_before():
    assert one("3月5日") == point("2024-03-05")  # an event announced for later this year
    assert one("4月26日", "2023-04-27") == point("2023-04-26")
    assert one("12月20日") == point("2023-12-20")  # far after January: last December
    assert one("11月") == point("2023-11")
    assert one("10月31日", "2023-09-27") == point("2023-10-31")  # a month ahead: same year


def test_yesterday_needs_a_published_day():
    assert one("昨日") == point("2024-01-17")
    assert one("昨天上午") == point("2024-01-17")
    assert one("前日") == point("2024-01-16")
    assert one("昨日", "2024-01") is None
    assert one("昨日", None) is None


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("5月19日至21日", ("2024-05-19", "2024-05-21")),
        ("5月19日—6月2日", ("2024-05-19", "2024-06-02")),
        ("2021年至2023年", ("2021", "2023")),
        ("2021-2023年", ("2021", "2023")),
        ("7月至9月", ("2024-07", "2024-09")),
        ("今年1至8月", ("2024-01", "2024-08")),
        ("1—8月份", ("2024-01", "2024-08")),
    ],
)
def test_ranges(surface, expected):
    assert one(surface) == expected


def test_time_of_day_is_dropped():
    assert one("9月26日下午", "2019-09-29") == point("2019-09-26")
    assert one("7月15日上午8点", "2024-07-20") == point("2024-07-15")
    assert one("2月22日12时整", "2016-02-27") == point("2016-02-22")
    assert one("上午9时") is None  # a time, no date
    assert one("11时至15时") is None


@pytest.mark.parametrize(
    ("surface", "published", "expected"),
    [
        ("元旦", PUB, point("2024-01-01")),
        ("春节", PUB, point("2024-02-10")),
        ("春节期间", PUB, point("2024-02-10")),
        ("元旦春节期间", "2023-01-12", ("2023-01-01", "2023-01-22")),
        ("元宵节", "2016-02-27", point("2016-02-22")),
        ("农历正月十五元宵节", "2016-02-27", point("2016-02-22")),
        ("正月初十", "2024-02-20", point("2024-02-19")),
        ("五一", PUB, point("2024-05-01")),
        ("劳动节", PUB, point("2024-05-01")),
        ("国庆节", "2024-09-30", point("2024-10-01")),
        ("國慶節", "2024-09-30", point("2024-10-01")),
        ("中秋", "2024-09-10", point("2024-09-17")),
        ("端午节", "2023-06-01", point("2023-06-22")),
        ("二〇二四年春节", None, point("2024-02-10")),
        ("2050年春节", None, None),  # lunar festivals only for the years in the table
        ("春节前", PUB, None),
        ("国庆前夕", "2019-09-29", None),
    ],
)
def test_festivals(surface, published, expected):
    assert one(surface, published) == expected


@pytest.mark.parametrize(
    "surface", ["节前", "节日期间", "近日", "日前", "目前", "近年来", "此前", "当前", "近期", "月20日"]
)
def test_vague_stays_null(surface):
    assert one(surface) is None


def test_context_in_text_order():
    r = DateResolver("2024-01-18T09:42")
    assert r.resolve("1月17日") == point("2024-01-17")
    assert r.resolve("3月15日") == point("2024-03-15")  # announced for later
    assert r.resolve("当天") == point("2024-01-17")  # the day of the event reported
    assert r.resolve("次日") == point("2024-01-18")

    r = DateResolver("2018-09-27")
    assert r.resolve("9月26日") == point("2018-09-26")
    assert r.resolve("27日") == point("2018-09-27")  # the month of the date before

    r = DateResolver("2023-08-02")
    assert r.resolve("上半年") == ("2023-01", "2023-06")
    assert r.resolve("去年同期") == ("2022-01", "2022-06")

    r = DateResolver("2024-03-01")
    assert r.resolve("2019年") == point("2019")
    assert r.resolve("当年") == point("2019")
    assert r.resolve("次年") == point("2020")
    assert r.resolve("今年") == point("2024")


def test_nothing_published_and_no_year_in_the_text():
    r = DateResolver(None)
    assert r.resolve("今年") is None
    assert r.resolve("4月26日") is None
    assert r.resolve("2021年") == point("2021")
    assert r.resolve("当天") is None


def test_nothing_published_the_lead_gives_the_year():
    text = "某市总工会启动送清凉活动\n\n7月9日，某市总工会2024年夏季送清凉活动启动。自2021年起……"
    assert lead_year(text) == 2024
    assert lead_year("标题\n\n自2021年起，公司工会……") is None
    r = DateResolver(None, text=text)
    assert r.resolve("7月9日") == point("2024-07-09")
    assert r.resolve("今年") == point("2024")
    assert r.resolve("去年") == point("2023")


def _gold_items():
    paths = sorted(ANNOTATED.glob("*.json")) if ANNOTATED.is_dir() else []
    if not paths:
        pytest.skip("data/annotated is not present")
    for path in paths:
        rec = json.loads(path.read_text(encoding="utf-8"))
        dates = [e for e in rec.get("entities", []) if e.get("type") == "DATE" and e.get("mentions")]
        if any("normalized" not in e for e in dates):
            continue  # a schema-1 record: no DATE values to compare with
        dates.sort(key=lambda e: min(m["start"] for m in e["mentions"]))
        resolver = DateResolver((rec.get("meta") or {}).get("published"), text=rec.get("text"))
        for e in dates:
            first = min(e["mentions"], key=lambda m: m["start"])
            n = e["normalized"]
            yield resolver.resolve(first["text"]), (n["start"], n["end"]) if n else None


def test_agreement_with_annotated_gold():
    pairs = list(_gold_items())
    if not pairs:
        pytest.skip("no schema-2 DATE values in data/annotated")
    agree = sum(got == gold for got, gold in pairs) / len(pairs)
    nonnull = [(got, gold) for got, gold in pairs if gold is not None]
    agree_nonnull = sum(got == gold for got, gold in nonnull) / max(len(nonnull), 1)
    assert agree >= 0.90, f"agreement {agree:.3f} over {len(pairs)} DATE entities"
    assert agree_nonnull >= 0.90, f"agreement {agree_nonnull:.3f} over {len(nonnull)} non-null"


def test_a_clock_time_after_a_day_is_part_of_the_date(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2020年5月22日\n7月31日上午9点半，座谈会召开。2月22日12时整，活动开始。当天下午3时，大会闭幕。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("7月31日上午9点半", ("2020-07-31", "2020-07-31")) in got
    assert ("2月22日12时整", ("2020-02-22", "2020-02-22")) in got
    assert ("当天下午3时", ("2020-02-22", "2020-02-22")) in got


def test_range_end_days_seasons_and_festivals_with_a_year_are_dates(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2023年9月22日\n9月20日至21日，县总工会举办培训班。去年冬季，工会走访困难职工。今年春节，工会慰问一线职工。",
                  pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("21日", ("2023-09-21", "2023-09-21")) in got
    assert ("去年冬季", ("2022-12", "2023-02")) in got
    assert ("今年春节", ("2023-01-22", "2023-01-22")) in got


def test_since_a_year_festival_days_and_clock_times_are_dates(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2023年9月22日\n今年以来，宁远县总工会新建驿站8个。2019年以来，工会累计投入资金。"
                  "农历正月十五元宵节，工会为职工送汤圆。国庆节来临之际，工会走访劳模。"
                  "上午9时，大会开始。9月20日晚，晚会举行。今年一季度，工会召开会议。"
                  "工会在举行上半年工作总结会时表示，力争明年底前完成。", pipeline)
    got = {m.text: m.value for m in doc.mentions if m.type == "DATE"}
    assert got["今年以来"] == ("2023-01", "2023-09")
    assert got["2019年以来"] == ("2019-01", "2023-09")
    assert got["农历正月十五元宵节"] == ("2023-02-05", "2023-02-05")
    assert got["国庆节"] == ("2023-10-01", "2023-10-01")
    assert "上午9时" in got and "9月20日晚" in got and "今年一季度" in got
    assert "上半年" in got and "明年底前" in got
    assert "2019年" not in got and "9月20日" not in got


def test_a_festival_inside_a_programme_name_is_no_date(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年1月5日\n湘南市总工会启动2024年元旦春节送温暖活动。工会开展中秋节慰问活动，三年来坚持不断。", pipeline)
    got = [m.text for m in doc.mentions if m.type == "DATE"]
    assert "2024年" in got
    assert not any("春节" in t or "中秋" in t for t in got)
    assert "三年来" not in got


def test_five_year_plans_name_their_years():
    pub = "2023-11-20"
    assert one("“十四五”以来", pub) == ("2021-01", "2023-11")
    assert one("十四五以来", pub) == ("2021-01", "2023-11")
    assert one("“十三五”期间", pub) == ("2016", "2020")
    assert one("十四五以来", "2023") is None  # no published month to end on


def test_lunar_new_year_before_2010():
    assert one("1998年春节", "2020-01-01") == ("1998-01-28", "1998-01-28")


def test_days_listed_under_one_month():
    assert one("2022年8月3、4日") == ("2022-08-03", "2022-08-04")


def test_quoted_festivals_double_holidays_whole_years_and_up_to_now():
    pub = "2024-10-15"
    assert one("“五一”期间", pub) == point("2024-05-01")
    assert one("2024年“五一”", pub) == point("2024-05-01")
    assert one("中秋国庆双节期间", pub) == ("2024-09-17", "2024-10-01")
    assert one("2023年全年", pub) == ("2023", "2023")
    assert one("2022年3月至今", pub) == ("2022-03", "2024-10")


def test_nothing_published_a_month_after_a_year_in_the_text_takes_that_year():
    r = DateResolver(None, text="标题\n\n为关爱一线职工，某区总工会于2025年下半年组织疗休养。")
    assert r.resolve("9月") is None  # nothing said yet
    assert r.resolve("2025年下半年") == ("2025-07", "2025-12")
    assert r.resolve("9月") == point("2025-09") and r.resolve("10月8日") == point("2025-10-08")
    r = DateResolver(None, text="标题\n\n某市总工会开展护薪行动。")
    assert r.resolve("2023年10月") == point("2023-10")
    assert r.resolve("1月底") is None  # after 2023年10月: of the next year, or not; unknown


def test_a_year_after_ji_in_the_lead_is_an_earlier_honour_not_the_articles_year():
    text = "标题\n\n本报讯 继2013年获评省级模范职工小家之后，今年，某镇供电所又获全国模范职工小家称号。"
    assert lead_year(text) is None
    assert DateResolver(None, text=text).resolve("今年") is None


def test_ranges_of_years_and_of_months_under_a_year_and_numbered_quarters_are_one_date(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2023年6月15日\n在表彰2020至2022年度先进时，某供电所获评模范集体。2023年1-5月，工会走访职工300人次；"
                  "第二季度，工会举办培训4期。2021年3月至2022年5月，工会开展劳动竞赛。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("2020至2022年度", ("2020", "2022")) in got
    assert ("2023年1-5月", ("2023-01", "2023-05")) in got
    assert ("第二季度", ("2023-04", "2023-06")) in got
    assert ("2021年3月", ("2021-03", "2021-03")) in got and ("2022年5月", ("2022-05", "2022-05")) in got


def test_listed_days_quarters_and_parts_of_months_are_whole_dates(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年6月20日\n6月3日、4日，芦溪县总工会举办两期培训班。会议理清了第三季度的任务，"
                  "要求全力冲刺第四季度。一季度，各乡镇工会新建驿站6个；今年前三季度将投入资金。"
                  "今年1—4月，全县新增会员900人。决赛定于11月中下旬举行，首批验收3月末已完成。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("4日", ("2024-06-04", "2024-06-04")) in got
    assert ("第三季度", ("2024-07", "2024-09")) in got and ("第四季度", ("2024-10", "2024-12")) in got
    assert ("一季度", ("2024-01", "2024-03")) in got
    assert ("今年前三季度", ("2024-01", "2024-09")) in got
    assert ("今年1—4月", ("2024-01", "2024-04")) in got
    assert ("11月中下旬", ("2024-11", "2024-11")) in got and ("3月末", ("2024-03", "2024-03")) in got


def test_the_same_day_this_month_and_joined_festivals_are_dates(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年6月20日\n6月18日，莲花县总工会召开推进会，要求本月底完成摸底。同日下午，工会走访企业3家。"
                  "中秋国庆期间，工会将慰问一线职工。大同日报、成本月报和每一季度的通报都不是日期。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("本月底", ("2024-06", "2024-06")) in got
    assert ("同日下午", ("2024-06-18", "2024-06-18")) in got
    assert ("中秋国庆期间", ("2024-09-17", "2024-10-01")) in got
    assert not any(t in ("同日", "本月", "一季度") for t, _ in got)


def test_nothing_published_the_leads_day_stands_in_for_the_published_month():
    text = "2024年某省职工劳动竞赛启动\n\n5月15日，某省职工劳动竞赛在省城启动。"
    r = DateResolver(None, text=text)
    assert r.resolve("5月15日") == point("2024-05-15")
    assert r.resolve("12月9日") == point("2023-12-09")  # long after May: the December before
    assert r.resolve("8月") == point("2024-08")


def test_that_evening_and_the_first_months_of_a_year_are_dates(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年7月16日\n7月14日，万载县总工会举办职工歌咏比赛。当晚，400余名职工到场观看。"
                  "今年前10个月，全县工会将新建驿站12个。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("当晚", ("2024-07-14", "2024-07-14")) in got
    assert ("今年前10个月", ("2024-01", "2024-10")) in got
    assert one("2023年前三个月") == ("2023-01", "2023-03")


def test_new_years_eve_ends_a_range_of_days(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年2月1日\n从1月30日至除夕，上栗县总工会将为环卫工人送去年夜饭600份。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("除夕", ("2024-02-09", "2024-02-09")) in got
    assert doc.facts and doc.facts[0].time == ("2024-01-30", "2024-02-09")


def test_a_month_without_a_year_goes_on_in_the_year_its_paragraph_gave(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年9月10日\n2023年3月，湘东区某公司工会成立职工创新工作室。5月，工作室完成首个攻关项目。"
                  "\n2月，工作室又获表彰。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("5月", ("2023-05", "2023-05")) in got
    assert ("2月", ("2024-02", "2024-02")) in got  # another paragraph: the published year


def test_a_day_after_a_comma_is_a_date_and_new_year_goods_are_no_last_year(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年2月1日\n为让职工过个好年，26日，芦溪县总工会给环卫工人送去年货。"
                  "去年货车司机入会120人，工会还为他们带去年味。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("26日", ("2024-01-26", "2024-01-26")) in got
    assert [t for t, _ in got].count("去年") == 1  # 去年货车, not 送去年货 or 带去年味


def test_that_day_after_a_flashback_paragraph_is_the_day_the_article_reports(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年5月16日\n5月15日，萍乡市职工劳动竞赛在安源启动。\n"
                  "去年12月9日，参赛项目实现主体封顶。\n当天，300名职工代表宣读了倡议书。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("当天", ("2024-05-15", "2024-05-15")) in got
    doc = run_doc("标题\n2024年5月16日\n5月15日，萍乡市职工劳动竞赛在安源启动。\n当天，300名职工代表宣读了倡议书。", pipeline)
    assert ("当天", ("2024-05-15", "2024-05-15")) in [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]


def test_a_part_of_a_year_written_without_one_takes_the_year_its_paragraph_gave(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年1月20日\n2023年，安福县工会新建基层工会80家，其中，下半年新建35家。"
                  "\n下半年，县总工会将新建驿站6个。\n2025年全县工会要完成换届，年内新建职工之家10个。", pipeline)
    got = [(m.start, m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    halves = [v for _, t, v in got if t == "下半年"]
    assert halves == [("2023-07", "2023-12"), ("2024-07", "2024-12")]  # the second: another paragraph
    assert ("年内", ("2025", "2025")) in [(t, v) for _, t, v in got]


def test_from_new_year_to_the_spring_festival_is_one_period(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年1月20日\n元旦至春节期间，全县工会将慰问困难职工800户。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("元旦至春节期间", ("2024-01-01", "2024-02-10")) in got
    assert doc.facts[0].time == ("2024-01-01", "2024-02-10")


def test_holidays_with_a_holiday_word_and_clock_times_are_dates(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年5月8日\n今年“五一”期间，莲花县总工会走访一线职工260人。国庆假期，工会将组织疗休养。"
                  "5月6日（星期一）上午9时30分，工会召开座谈会；5月7日上午8:30，工会开展义诊。"
                  "每年5月，工会都举办技能比赛。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert ("今年“五一”期间", ("2024-05-01", "2024-05-01")) in got
    assert ("国庆假期", ("2024-10-01", "2024-10-01")) in got
    assert ("上午9时30分", ("2024-05-06", "2024-05-06")) in got  # the time of the day just given
    assert ("5月7日上午8:30", ("2024-05-07", "2024-05-07")) in got
    assert "5月" not in [t for t, _ in got]  # 每年5月: every year, no date


def test_around_a_festival_is_one_vague_date(pipeline):
    from conftest import run_doc

    doc = run_doc("标题\n2024年1月20日\n春节前后，湘东区总工会将分批走访困难职工。", pipeline)
    got = [(m.text, m.value) for m in doc.mentions if m.type == "DATE"]
    assert got == [("春节前后", None)]
