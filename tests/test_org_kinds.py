"""ORG kinds (schema 2): org_kind on invented names of every kind, and agreement with the gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionie.normalize.orgs import org_kind, org_kinds

ROOT = Path(__file__).resolve().parents[1]
ANNOTATED = ROOT / "data" / "annotated"
REAL = ROOT.parent / "shared" / "real-news" / "gold-v2"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("澄岭市总工会", "union"),
        ("澄岭市快递行业工会联合会", "union"),
        ("澄岭街道青溪社区工联会", "union"),
        ("澄岭重工铸造事业部", "enterprise"),
        ("澄岭高铁八标三分部", "enterprise"),
        ("澄岭远达机械有限公司工会", "union"),
        ("澄岭县总工会女职工委员会", "union"),
        ("澄岭市总工会宣传教育部", "union"),
        ("澄岭市总工会党组", "party"),
        ("中共澄岭市委员会", "party"),
        ("澄岭市委", "party"),
        ("澄岭县委统战部", "party"),
        ("共青团澄岭市委员会", "association"),
        ("澄岭市妇女联合会", "association"),
        ("澄岭市职工摄影协会", "association"),
        ("澄岭市人大常委会", "congress"),
        ("澄岭县政协", "congress"),
        ("澄岭省人力资源和社会保障厅", "government"),
        ("澄岭市人民政府", "government"),
        ("澄岭市发改委", "government"),
        ("澄岭市公安局交警支队", "government"),
        ("澄岭街道办事处", "government"),
        ("澄岭县供电局", "enterprise"),
        ("澄岭精工机械股份有限公司", "enterprise"),
        ("澄岭移动通信城南营业厅", "enterprise"),
        ("澄岭精工机械", "enterprise"),
        ("澄岭汽配", "enterprise"),  # a company's short name ends with its trade
        ("经审委员会", "union"),  # the union's audit committee, short for 经费审查委员会
        ("澄岭公司工会经审小组", "union"),
        ("澄岭交投", "enterprise"),
        ("澄岭精工科技", "enterprise"),
        ("澄岭化工", "enterprise"),
        ("澄岭钢铁厂轧钢车间", "enterprise"),
        ("澄岭机务段", "enterprise"),
        ("澄岭农村商业银行城南支行", "enterprise"),
        ("澄岭市总工会职工法律援助中心", "institution"),
        ("澄岭市总工会职工疗休养院", "institution"),
        ("澄岭县劳动争议调解委员会", "institution"),
        ("澄岭市第一人民医院", "institution"),
        ("澄岭市工人文化宫", "institution"),
        ("澄岭镇综合文化站", "institution"),
        ("澄岭社区新时代文明实践站", "institution"),
        ("澄岭公司职工代表大会提案审查委员会", "other"),
        ("澄岭市委政法委", "party"),
        ("中铁九局澄岭项目工会工作部", "union"),
        ("澄岭区工会志愿者总队", "union"),
    ],
)
def test_kind_of_invented_names(name, kind):
    assert org_kind(name) == kind


def test_kinds_are_the_schema_kinds():
    assert set(org_kinds()) == {"union", "party", "government", "congress", "enterprise",
                                "institution", "association", "other"}
    assert org_kind("") == "other"


def test_traditional_characters_are_folded():
    assert org_kind("澄岭市總工會") == "union"


def _gold_items(folder: Path) -> list[tuple[str, str]]:
    items = []
    for path in sorted(folder.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        items += [(e["name"], e["kind"]) for e in rec.get("entities", [])
                  if e.get("type") == "ORG" and e.get("kind") and e.get("name")]
    return items


@pytest.mark.parametrize("folder", [ANNOTATED, REAL], ids=["annotated", "real-news"])
def test_agreement_with_gold(folder):
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    items = _gold_items(folder)
    assert items
    agree = sum(org_kind(name) == kind for name, kind in items)
    assert agree / len(items) >= 0.95


def test_a_bare_united_front_department_is_the_partys():
    from unionie.normalize.orgs import org_kind

    assert org_kind("统战部") == "party"
    assert org_kind("宁远县委统战部") == "party"
    assert org_kind("宁远县总工会宣传部") == "union"  # a department still takes its body's kind


def test_police_units_checkpoints_and_local_offices_are_government():
    from unionie.normalize.orgs import org_kind

    assert org_kind("宁远县公安局交管大队一中队") == "government"
    assert org_kind("宁远县治安检查站") == "government"
    assert org_kind("宁远县市场监管所") == "government"
    assert org_kind("宁远县公安局工会") == "union" and org_kind("综采二队") == "enterprise"
    assert org_kind("县总工会女职委") == "union" and org_kind("女职委") == "union"


def test_a_research_office_is_an_institution():
    assert org_kind("国网某省电科院继电保护研究室") == "institution"


def test_a_unions_womens_committee_short_form_is_a_union_body():
    assert org_kind("女工委") == "union"


def test_a_working_committee_of_organs_is_a_party_body_and_the_care_committee_is_not():
    assert (org_kind("区直机关工委"), org_kind("市直属机关工委"), org_kind("县关工委")) == ("party", "party", "other")
