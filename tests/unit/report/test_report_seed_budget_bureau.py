"""Seed 002 (สำนักงบประมาณ, FY2567): header, prefaces, result tables and sections."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpi_core.models import Organisation, ResultKind, ScoringMethod


def test_the_header_names_the_bureau_and_its_ministry(budget_bureau: Organisation) -> None:
    assert (budget_bureau.name, budget_bureau.parent) == ("สำนักงบประมาณ", "สำนักนายกรัฐมนตรี")
    assert (budget_bureau.weight, budget_bureau.assessed_score) == (Decimal(100), None)
    assert len(budget_bureau.indicators) == 8


def test_a_count_printed_with_two_decimals_keeps_them(budget_bureau: Organisation) -> None:
    (item,) = budget_bureau.indicators[0].items
    assert item.text == "จำนวนองค์กรปกครองส่วนท้องถิ่นที่เป็นหน่วยรับงบประมาณตรง"
    assert item.result is not None
    assert (item.result.kind, item.result.raw, item.result.unit) == (
        ResultKind.NUMBER,
        "16.00 (กิจกรรม)",
        "กิจกรรม",
    )
    assert item.result.value == Decimal("16.00")
    assert str(item.result.value) == "16.00"


@pytest.mark.parametrize(
    ("position", "strategic_kpi", "preface_start"),
    [
        (
            1,
            "ร้อยละของเทศบาลตำบลที่เป็นหน่วยรับงบประมาณตรงกับสำนักงบประมาณในปีงบประมาณ พ.ศ.2567",
            "เป็นตัวชี้วัดทดแทน (Proxy KPIs) ที่ถ่ายทอดจาก Strategic KPIs “ร้อยละของเทศบาลตำบล",
        ),
        (
            2,
            "ความสำเร็จการดำเนินการตามแผนการมีส่วนร่วมของประชาชนในกระบวนการจัดการงบประมาณ"
            " (Participatory Budgeting)",
            "เป็นตัวชี้วัดที่ถ่ายทอดเป็นตัวเดียวกับ Strategic KPIs “ความสำเร็จ",
        ),
        (
            3,
            "ระดับความสำเร็จของปริมาณการโอนเปลี่ยนแปลงงบประมาณลดลง",
            "เป็นตัวชี้วัดทดแทน (Proxy KPIs) ที่ถ่ายทอดจาก Strategic KPIs “ระดับความสำเร็จ",
        ),
    ],
)
def test_a_preface_gives_the_strategic_kpi_without_its_quotes(
    budget_bureau: Organisation, position: int, strategic_kpi: str, preface_start: str
) -> None:
    indicator = budget_bureau.indicators[position - 1]
    assert indicator.strategic_kpi == strategic_kpi
    assert indicator.preface.startswith(preface_start)
    assert indicator.preface.endswith(f"“{strategic_kpi}” ของสำนักงบประมาณ")


@pytest.mark.parametrize("position", [2, 3, 4])
def test_the_middle_blocks_pass_all_three_of_their_items(
    budget_bureau: Organisation, position: int
) -> None:
    indicator = budget_bureau.indicators[position - 1]
    assert [i.result.kind for i in indicator.items if i.result] == [ResultKind.PASS] * 3
    assert len(indicator.items) == 3
    assert indicator.method == ScoringMethod.PASS_FAIL


def test_the_word_pass_inside_an_item_is_text_not_its_result(budget_bureau: Organisation) -> None:
    item = budget_bureau.indicators[1].items[1]
    assert item.text.startswith(
        "การเผยแพร่ข้อมูลข่าวสารเกี่ยวกับการจัดการงบประมาณให้แก่ประชาชน ผ่านระบบ internet"
    )
    assert item.text.endswith("ของสำนักงานงบประมาณเขตที่ 1 - 18")


def test_a_numbered_scope_line_inside_the_description_is_not_the_scope_section(
    budget_bureau: Organisation,
) -> None:
    participatory = budget_bureau.indicators[1]
    assert participatory.scope == ""
    assert "3. ขอบเขตการประเมิน : การดำเนินการของสำนักงบประมาณ" in participatory.description


def test_a_scope_label_alone_takes_the_next_line(budget_bureau: Organisation) -> None:
    assert budget_bureau.indicators[3].scope == (
        "วัดความพึงพอใจการให้บริการ จากผู้ใช้งานระบบ e-Budgeting ระบบ BB EvMIS และระบบ BBL"
    )


def test_the_blocks_without_a_table_have_no_items(budget_bureau: Organisation) -> None:
    assert [len(i.items) for i in budget_bureau.indicators] == [1, 3, 3, 3, 0, 0, 0, 0]
