"""Thai rendering of statuses: numbers, thresholds, steps, deadlines and totals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from handlers.formatting import number, plain
from handlers.status_text import deadline_lines, total_line
from handlers.status_view import step_text, thresholds_text
from kpi_core.models import DateWindow, MilestoneStep, Organisation
from kpi_core.scoring import StepState, StepStatus, Threshold, TierThresholds, WeightedTotal
from kpi_core.status import Deadline, OrganisationStatus


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        (Decimal("1462.21"), None, "1,462.21"),
        (Decimal("16.00"), None, "16.00"),
        (Decimal("2.075"), 2, "2.08"),
        (Decimal("41.5"), 2, "41.50"),
        (Decimal("37.5"), 0, "38"),
    ],
)
def test_numbers_get_thousands_separators_and_round_half_up(value, places, text) -> None:
    assert number(value, places) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("3.5E+2"), "350"), (Decimal("418.0"), "418"), (Decimal("452.50"), "452.5")],
)
def test_plain_numbers_lose_trailing_zeros_and_exponents(value, text) -> None:
    assert str(plain(value)) == text


def test_thresholds_read_as_tiers_with_a_strict_sign() -> None:
    thresholds = TierThresholds(
        Threshold(Decimal(350)), Threshold(Decimal(380)), Threshold(Decimal(380), strict=True)
    )
    assert thresholds_text(thresholds) == "ขั้นต้น 350 · มาตรฐาน 380 · ขั้นสูง > 380"


@pytest.mark.parametrize(
    ("status", "text"),
    [
        (
            StepStatus(1, StepState.DONE, date(2024, 11, 29), None, date(2024, 11, 27)),
            "✓ (27 พ.ย. 2567)",
        ),
        (
            StepStatus(1, StepState.LATE, date(2024, 11, 29), None, date(2024, 12, 2)),
            "✓ ช้า (2 ธ.ค. 2567)",
        ),
        (
            StepStatus(3, StepState.DONE, date(2025, 1, 31), None, date(2025, 1, 20), True),
            "✓ (20 ม.ค. 2568) · มิติยังไม่ระบุ",
        ),
        (
            StepStatus(3, StepState.OPEN, date(2025, 1, 31), date(2025, 1, 17), None),
            "… รอส่ง ภายใน 31 ม.ค. 2568",
        ),
        (
            StepStatus(4, StepState.UPCOMING, date(2025, 9, 24), date(2025, 9, 15), None),
            "· ยังไม่เปิด (เปิด 15 ก.ย. 2568)",
        ),
        (
            StepStatus(3, StepState.OVERDUE, date(2025, 1, 31), None, None),
            "✗ เลยกำหนด ภายใน 31 ม.ค. 2568",
        ),
        (StepStatus(2, StepState.NO_DEADLINE, None, date(2024, 12, 20), None), "· ดำเนินการระหว่างปี"),
    ],
)
def test_each_step_state_reads_in_thai(status: StepStatus, text: str) -> None:
    assert step_text(status) == text


def _deadline(days: int) -> Deadline:
    step = MilestoneStep(
        3, "แผน", DateWindow("17 - 31 ม.ค. 68", date(2025, 1, 31), date(2025, 1, 17))
    )
    return Deadline(step, days, max(days, 0) + 1, ("กองคลัง", "กองกลาง"))


def test_a_deadline_gives_days_left_and_who_is_missing() -> None:
    assert deadline_lines(_deadline(3)) == [
        "   กำหนดส่งถัดไป: ขั้นตอนที่ 3 ภายใน 31 ม.ค. 2568 (อีก 3 วัน, 4 วันทำการ)",
        "   ยังไม่ส่ง: กองคลัง, กองกลาง",
    ]


def test_a_deadline_today_says_it_is_the_last_day() -> None:
    assert "(วันนี้วันสุดท้าย)" in deadline_lines(_deadline(0), name_missing=False)[0]


def test_a_total_with_nothing_scored_never_reads_as_zero_percent() -> None:
    total = WeightedTotal(None, Decimal(0), Decimal(3), 0, 3)
    status = OrganisationStatus(Organisation("ทดสอบ"), date(2025, 1, 28), None, (), total)
    assert total_line(status) == "ภาพรวม: ยังไม่มีตัวชี้วัดที่คิดคะแนนได้ (0/3 ตัวชี้วัด)"
