"""Direction criteria: targets that say a figure must not rise or must fall (seed 002).

สำนักงบประมาณ's budget-transfer block has no ``เกณฑ์การประเมิน`` groups: its targets are the two
cases of its description, "หากปีที่ผ่านมา ... ไม่เกิน 10 รายการ : ค่าเป้าหมายต้องไม่เพิ่มขึ้น" and
"... มากกว่า 10 รายการ : ค่าเป้าหมายต้องลดลงร้อยละ 10 ต่อปี" (printed twice in the block).
"""

from __future__ import annotations

from kpi_core.models import Direction, Organisation, ScoringMethod
from kpi_core.report import parse_report


def test_the_transfer_block_reads_two_cases_and_a_falling_direction(
    budget_bureau: Organisation,
) -> None:
    indicator = budget_bureau.indicators[2]
    assert indicator.keywords[0] == "โอนเปลี่ยนแปลง"
    assert indicator.method is ScoringMethod.PASS_FAIL  # still scored on its items
    assert indicator.direction is Direction.LOWER
    assert [(g.label, g.note) for g in indicator.criteria_groups] == [
        ("กรณีที่ 1", "ค่าเป้าหมายต้องไม่เพิ่มขึ้น"),
        ("กรณีที่ 2", "ค่าเป้าหมายต้องลดลงร้อยละ 10 ต่อปี"),
    ]
    conditions = [g.condition for g in indicator.criteria_groups]
    assert "ไม่เกิน 10 รายการ" in conditions[0]
    assert "มากกว่า 10 รายการ" in conditions[1]
    assert all(not g.ranges and not g.targets for g in indicator.criteria_groups)


def test_blocks_with_tier_groups_keep_them_and_rise(budget_bureau: Organisation) -> None:
    pmqa = budget_bureau.indicators[7]
    assert pmqa.direction is Direction.HIGHER
    assert [g.label for g in pmqa.criteria_groups][:2] == ["กลุ่มที่ 1", "กลุ่มที่ 2"]


def test_a_case_that_must_rise_keeps_the_higher_direction() -> None:
    text = (
        "รายงานผลการประเมิน\nหน่วยงานทดสอบ\n/ กระทรวงทดสอบ\nน้ำหนัก\n100\nคะแนนการประเมิน\n"
        "สรุปผลการประเมิน\n-\n\nรายละเอียดตัวชี้วัด\n\nคำอธิบาย :\n"
        "1) หากปีที่ผ่านมามีผู้ใช้บริการไม่ถึง 100 คน : ค่าเป้าหมายต้องเพิ่มขึ้นร้อยละ 5\n\n"
        "ประเด็นการประเมิน ผลการดำเนินงาน\nจำนวนผู้ใช้บริการ 120 (คน)\n"
    )
    (indicator,) = parse_report(text).indicators
    assert indicator.direction is Direction.HIGHER
    assert [(g.label, g.note) for g in indicator.criteria_groups] == [
        ("กรณีที่ 1", "ค่าเป้าหมายต้องเพิ่มขึ้นร้อยละ 5")
    ]
