"""Derived titles: every seed block gets a readable name, though the report prints none."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from kpi_core.models import AssessmentItem, Indicator, ItemResult, Organisation, ResultKind
from kpi_core.report.naming import TitleSource, defined_subject, derive_titles, shorten

ETHICS = (
    "หน่วยงานของรัฐที่อยู่ภายใต้พระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562"
    " มีการขับเคลื่อนงานตามยุทธศาสตร์ด้านมาตรฐานทางจริยธรรมและการส่งเสริมจริยธรรมภาครัฐ"
    " (พ.ศ. 2565 – 2570)"
)
TITLES = {
    "pathum_thani_2565.txt": [
        "การพัฒนาเข้าสู่เมืองอุตสาหกรรมเชิงนิเวศ",
        "ร้อยละของปริมาณขยะมูลฝอยชุมชนได้รับการจัดการอย่างถูกต้อง",
        "รายได้จากการท่องเที่ยวของผู้เยี่ยมเยือนชาวไทย",
        "ร้อยละของหมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติด",
        "การให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service)",
        "การประเมินสถานะของหน่วยงานในการเป็นระบบราชการ 4.0 (PMQA 4.0)",
    ],
    "budget_bureau_2567.txt": [
        "ร้อยละของเทศบาลตำบลที่เป็นหน่วยรับงบประมาณตรงกับสำนักงบประมาณในปีงบประมาณ พ.ศ.2567",
        "ความสำเร็จการดำเนินการตามแผนการมีส่วนร่วมของประชาชนในกระบวนการจัดการงบประมาณ"
        " (Participatory Budgeting)",
        "ระดับความสำเร็จของปริมาณการโอนเปลี่ยนแปลงงบประมาณลดลง",
        "วัดความพึงพอใจการให้บริการ จากผู้ใช้งานระบบ e-Budgeting ระบบ BB EvMIS และระบบ BBL",
        "การนำชุดข้อมูลมาลงทะเบียนที่ระบบบัญชีข้อมูลภาครัฐ",
        "ระดับความพร้อมรัฐบาลดิจิทัล",
        "คะแนนความพร้อมรัฐบาลดิจิทัล",
        "PMQA 4.0",
    ],
    "ocsc_2567.txt": [
        "สำนักงาน ก.พ. มีการพัฒนาหลักสูตรการสอบแข่งขันเพื่อบรรจุบุคคลเข้ารับราชการ",
        "ปรับปรุงหลักเกณฑ์และวิธีการแต่งตั้งข้าราชการพลเรือนสามัญตำแหน่งประเภทวิชาการ และอำนวยการ",
        "สำนักงาน ก.พ. มีการจัดทำคู่มือการจัดทำแผนพัฒนาบุคลากร และชี้แจงทำความเข้าใจ",
        ETHICS,
        ETHICS,  # the block is printed twice
        "การนำชุดข้อมูลมาลงทะเบียนที่ระบบบัญชีข้อมูลภาครัฐ",
        "ชุดข้อมูลที่ยกระดับเป็น Master Data",
        "ระดับความพร้อมรัฐบาลดิจิทัล",
        "คะแนนความพร้อมรัฐบาลดิจิทัล",
        "PMQA 4.0",
    ],
}


def _listing(indicators: tuple[Indicator, ...]) -> str:
    return "\n".join(f"{i.code}. {i.title}" for i in indicators)


def _content(indicator: Indicator) -> Indicator:
    """The indicator without what names or numbers it: equal for blocks printed twice."""
    return dataclasses.replace(indicator, code="", position=0, title="", keywords=())


@pytest.mark.parametrize("seed", sorted(TITLES))
def test_every_seed_block_gets_the_expected_title(
    seeds: dict[str, Organisation], seed: str
) -> None:
    indicators = seeds[seed].indicators
    assert [i.title for i in indicators] == TITLES[seed], _listing(indicators)


@pytest.mark.parametrize("seed", sorted(TITLES))
def test_titles_are_short_non_empty_and_differ_between_different_blocks(
    seeds: dict[str, Organisation], seed: str
) -> None:
    indicators = seeds[seed].indicators
    assert all(i.title.strip() for i in indicators), _listing(indicators)
    for a in indicators:
        for b in indicators:
            if _content(a) != _content(b):
                assert a.title != b.title, _listing(indicators)


def test_the_eco_town_title_comes_from_its_description_not_its_first_pass_item(
    pathum_thani: Organisation,
) -> None:
    assert pathum_thani.indicators[0].title != "ระดับ 2 (ขั้นต้น)"


def _numeric(text: str) -> AssessmentItem:
    return AssessmentItem(text, ItemResult(ResultKind.NUMBER, "1 (คน)", Decimal(1), "คน"))


def _passed(text: str) -> AssessmentItem:
    return AssessmentItem(text, ItemResult(ResultKind.PASS, "ผ่าน"))


@pytest.mark.parametrize(
    ("source", "title"),
    [
        (TitleSource("ตัวชี้วัดยุทธศาสตร์", (_numeric("ตัวเลข"),), ("คำอธิบาย",), ()), "ตัวชี้วัดยุทธศาสตร์"),
        (TitleSource("", (_numeric("จำนวนผู้รับบริการ"),), ("คำอธิบาย",), ()), "จำนวนผู้รับบริการ"),
        (
            TitleSource("", (_passed("ผ่านขั้นแรก"), _numeric("จำนวน")), ("คำอธิบายแรก",), ()),
            "คำอธิบายแรก",
        ),
        (
            TitleSource("", (), ("• นิยาม หมายถึง อะไร", "แนวทางการประเมินเรื่องที่วัด"), ()),
            "เรื่องที่วัด",
        ),
        (TitleSource("", (), ("คำอธิบาย",), ("ขอบเขตที่วัด  รายละเอียด",)), "ขอบเขตที่วัด"),
        (TitleSource("", (), ("1) ประโยคแรก  ประโยคสอง",), ()), "ประโยคแรก"),
        (TitleSource("", (_passed("ข้อแรก"),), (), ()), "ข้อแรก"),
        (TitleSource("", (), (), ()), "ตัวชี้วัดที่ 1"),
    ],
)
def test_a_title_comes_from_the_first_source_the_block_offers(
    source: TitleSource, title: str
) -> None:
    assert derive_titles([source]) == [title]


def test_a_sentence_shared_by_different_blocks_is_passed_over_for_a_distinctive_one() -> None:
    shared = "• หน่วยงานกลางสำรวจทุกปี"
    first = TitleSource("", (), (shared, "• ระดับความพร้อม"), ())
    second = TitleSource("", (), (shared, "• คะแนนความพร้อม"), ())
    assert derive_titles([first, second, first]) == [
        "ระดับความพร้อม",
        "คะแนนความพร้อม",
        "ระดับความพร้อม",
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("สั้น ๆ", "สั้น ๆ"),
        ("ก" * 50 + " " + "ข" * 50, "ก" * 50),
        ("ก" * 40 + " (ข" + " ค" * 30 + ")", "ก" * 40),
        ("ก" * 120, "ก" * 90),
    ],
)
def test_a_long_sentence_is_cut_at_a_space_without_a_dangling_parenthesis(
    sentence: str, title: str
) -> None:
    assert shorten(sentence) == title
    assert len(shorten(sentence)) <= 90


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("PMQA 4.0 คือ เครื่องมือการประเมิน", "PMQA 4.0"),
        ("ระดับความพร้อมรัฐบาลดิจิทัล แบ่งเป็น 5 ระดับ", "ระดับความพร้อมรัฐบาลดิจิทัล"),
        ("คะแนนความพร้อมรัฐบาลดิจิทัลเป็นคะแนนโดยรวมจากการสำรวจ", "คะแนนความพร้อมรัฐบาลดิจิทัล"),
        ("ชุดข้อมูล หมายถึง การนำข้อมูลมารวบรวม", "ชุดข้อมูล"),
        ("ผล คือ ดี", "ผล คือ ดี"),  # too short a subject to stand as a title
        ("การพัฒนาเมืองอุตสาหกรรมเชิงนิเวศ", "การพัฒนาเมืองอุตสาหกรรมเชิงนิเวศ"),
    ],
)
def test_a_defining_sentence_is_named_by_its_subject(sentence: str, subject: str) -> None:
    assert defined_subject(sentence) == subject
