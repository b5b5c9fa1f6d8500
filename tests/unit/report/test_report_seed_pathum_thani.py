"""Seed 000 (ปทุมธานี, FY2565): header, six blocks, their result tables and texts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpi_core.models import Organisation, ResultKind, ScoringMethod

PASS, FAIL, NUMBER = ResultKind.PASS, ResultKind.FAIL, ResultKind.NUMBER

# position -> items as (text, kind, raw, value, unit)
ITEMS = [
    (
        1,
        [
            ("ระดับ 2 (ขั้นต้น)", PASS, "ผ่าน", None, ""),
            ("ระดับ 3 (ขั้นสูง)", PASS, "ผ่าน", None, ""),
        ],
    ),
    (
        2,
        [
            (
                "ร้อยละของปริมาณขยะมูลฝอยชุมชนได้รับการจัดการอย่างถูกต้อง",
                NUMBER,
                "50.17 (ร้อยละ)",
                Decimal("50.17"),
                "ร้อยละ",
            )
        ],
    ),
    (
        3,
        [
            (
                "รายได้จากการท่องเที่ยวของผู้เยี่ยมเยือนชาวไทย",
                NUMBER,
                "1,462.21 (ล้านบาท)",
                Decimal("1462.21"),
                "ล้านบาท",
            )
        ],
    ),
    (
        4,
        [
            (
                "ร้อยละของหมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติด",
                NUMBER,
                "74.94 (ร้อยละ)",
                Decimal("74.94"),
                "ร้อยละ",
            )
        ],
    ),
    (
        5,
        [
            ("มีจำนวน 3 อำเภอที่เปิดให้บริการ e-Service อย่างน้อย 8 งานบริการ", PASS, "ผ่าน", None, ""),
            ("จำนวนผู้รับบริการ", NUMBER, "185 (คน)", Decimal("185"), "คน"),
        ],
    ),
    # The seed's last line has no line break after it but is a full item row.
    (
        6,
        [
            (
                "การประเมินสถานะของหน่วยงานในการเป็นระบบราชการ 4.0 (PMQA 4.0)",
                NUMBER,
                "389.76 (คะแนน)",
                Decimal("389.76"),
                "คะแนน",
            )
        ],
    ),
]

# position -> (method, unit, criteria note)
SHAPES = [
    (1, ScoringMethod.PASS_FAIL, "", "กรมโรงงานอุตสาหกรรมกำหนดค่าเป้าหมาย"),
    (2, ScoringMethod.REPORT_ONLY, "ร้อยละ", ""),
    (3, ScoringMethod.REPORT_ONLY, "ล้านบาท", "อ้างอิงจากข้อมูลผลการดำเนินงานของจังหวัด"),
    (4, ScoringMethod.REPORT_ONLY, "ร้อยละ", "อ้างอิงจากข้อมูลผลการดำเนินงานของจังหวัด"),
    (5, ScoringMethod.REPORT_ONLY, "คน", "สำนักงาน ก.พ.ร. กำหนดค่าเป้าหมาย"),
    (6, ScoringMethod.REPORT_ONLY, "คะแนน", "(สำนักงาน ก.พ.ร. กำหนดค่าเป้าหมาย)"),
]


def test_the_header_names_the_province_and_its_group_of_provinces(
    pathum_thani: Organisation,
) -> None:
    header = (
        pathum_thani.name,
        pathum_thani.parent,
        pathum_thani.weight,
        pathum_thani.assessed_score,
        pathum_thani.summary,
        pathum_thani.source,
    )
    assert header == (
        "ปทุมธานี",
        "กลุ่มจังหวัดภาคกลางปริมณฑล",
        Decimal(100),
        None,
        "",
        "pathum_thani_2565.txt",
    )


def test_the_six_blocks_become_six_indicators_numbered_in_order(
    pathum_thani: Organisation,
) -> None:
    numbering = [(i.code, i.position) for i in pathum_thani.indicators]
    assert numbering == [(str(n), n) for n in range(1, 7)]


@pytest.mark.parametrize(("position", "expected"), ITEMS)
def test_each_block_reads_its_result_table(
    pathum_thani: Organisation, position: int, expected: list[tuple[object, ...]]
) -> None:
    items = pathum_thani.indicators[position - 1].items
    read = [
        (i.text, i.result.kind, i.result.raw, i.result.value, i.result.unit)
        for i in items
        if i.result
    ]
    assert read == expected
    assert len(items) == len(expected)


@pytest.mark.parametrize(("position", "method", "unit", "note"), SHAPES)
def test_each_block_gets_its_scoring_method_unit_and_criteria_note(
    pathum_thani: Organisation, position: int, method: ScoringMethod, unit: str, note: str
) -> None:
    indicator = pathum_thani.indicators[position - 1]
    assert (indicator.method, indicator.unit, indicator.criteria_note) == (method, unit, note)
    assert indicator.criteria_groups == ()


def test_the_waste_and_tourism_blocks_carry_their_formulas(pathum_thani: Organisation) -> None:
    waste, tourism = pathum_thani.indicators[1], pathum_thani.indicators[2]
    assert waste.formula.startswith("(ปริมาณขยะมูลฝอยของจังหวัดที่กำจัดอย่างถูกต้อง")
    assert waste.formula.endswith("x 100/ ปริมาณขยะมูลฝอยของจังหวัดที่เกิดขึ้น ในปีงบประมาณ พ.ศ. 2565 (ตัน)")
    assert tourism.formula.splitlines()[0] == "รายได้จากการท่องเที่ยวของผู้เยี่ยมเยือนชาวไทย"
    assert "(จำนวนนักทัศนาจร x ค่าใช้จ่ายเฉลี่ยต่อหัวต่อวัน)" in tourism.formula
    assert [i.formula for i in pathum_thani.indicators if i.formula] == [
        waste.formula,
        tourism.formula,
    ]


def test_a_description_keeps_its_paragraphs_and_lists_with_the_spacing_cleaned(
    pathum_thani: Organisation,
) -> None:
    description = pathum_thani.indicators[1].description
    assert description.startswith("พิจารณาจากสัดส่วนของปริมาณขยะมูลฝอยชุมชนของจังหวัด")
    assert "อัตราการเกิดขยะมูลฝอย\n• เทศบาลนคร 0.00189 ตัน/คน/วัน\n• เทศบาลเมือง" in description
    assert "\n\nปริมาณขยะมูลฝอยที่กำจัดเบื้องต้น หมายถึง" in description
    assert "  " not in description


def test_lines_that_merely_start_with_a_label_word_stay_in_the_description(
    pathum_thani: Organisation,
) -> None:
    eco_town, pmqa = pathum_thani.indicators[0], pathum_thani.indicators[5]
    assert "เกณฑ์การประเมินความเป็นเมืองอุตสาหกรรมเชิงนิเวศ ครอบคลุม 5 มิติ" in eco_town.description
    assert "ระดับที่ 5 เมืองน่าอยู่คู่อุตสาหกรรม (Happiness)" in eco_town.description
    assert "เกณฑ์การประเมินตัวชี้วัดการประเมินสถานะ" in pmqa.description
    assert (eco_town.criteria_round, pmqa.criteria_round) == ("", "")


def test_a_province_report_has_no_strategic_kpi_preface(pathum_thani: Organisation) -> None:
    assert {(i.preface, i.strategic_kpi) for i in pathum_thani.indicators} == {("", "")}
