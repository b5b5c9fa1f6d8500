"""Success level of the seed-003 indicator: five steps, two rounds, and its deductions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from kpi_core.models import (
    DateWindow,
    DeductionRules,
    Dimension,
    Documents,
    Indicator,
    MilestoneStep,
    ScoringMethod,
    Submission,
    SubmissionKind,
)
from kpi_core.scoring.milestones import (
    DeductionReason,
    StepState,
    milestone_score,
    next_deadline,
)

D = Decimal
GOV_40 = Indicator(
    "gov40",
    "ระดับความสำเร็จของการขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0",
    method=ScoringMethod.MILESTONES,
    steps=(
        MilestoneStep(1, "รายชื่อ PMQA Team", DateWindow("29 พ.ย. 67", date(2024, 11, 29))),
        MilestoneStep(2, "เข้าร่วมกิจกรรม", DateWindow("ตลอดปี"), min_percent=D(85)),
        MilestoneStep(
            3,
            "แผนพัฒนาหน่วยงาน",
            DateWindow("17 - 31 ม.ค. 68", date(2025, 1, 31), date(2025, 1, 17)),
            needs_documents=True,
            needs_dimensions=True,
            channel="google_drive",
        ),
        MilestoneStep(
            4,
            "รายงานผล",
            DateWindow("15 - 24 ก.ย.68", date(2025, 9, 24), date(2025, 9, 15)),
            round=2,
            needs_documents=True,
            channel="google_drive",
        ),
        MilestoneStep(
            5, "บรรลุค่าเป้าหมาย", DateWindow("30 ก.ย. 68", date(2025, 9, 30)), 2, plan_results=True
        ),
    ),
    dimensions=(
        Dimension(1, "เปิดกว้างและเชื่อมโยง"),
        Dimension(2, "ยึดประชาชนเป็นศูนย์กลาง"),
        Dimension(3, "มีขีดสมรรถนะสูงและทันสมัย"),
    ),
)
END_OF_YEAR = date(2025, 10, 1)


def _step(number: int, **fields: object) -> Submission:
    return Submission("gov40", SubmissionKind.STEP, unit="กองการเจ้าหน้าที่", step=number, **fields)


ON_TIME = {
    1: _step(1, done_on=date(2024, 11, 28)),
    2: _step(2, value=D(90)),
    3: _step(3, done_on=date(2025, 1, 30), channel="google_drive", dimensions=frozenset({1, 2, 3})),
    4: _step(4, done_on=date(2025, 9, 20), channel="google_drive"),
    5: _step(5, done_on=date(2025, 9, 30), plan_met=10, plan_total=10),
}


def _with(number: int, **changes: object) -> dict[int, Submission]:
    return {**ON_TIME, number: replace(ON_TIME[number], **changes)}


def test_all_five_steps_on_time_give_five() -> None:
    result = milestone_score(GOV_40, ON_TIME, today=END_OF_YEAR)
    assert (result.level, result.score, result.deductions) == (5, D(5), ())
    assert {status.state for status in result.steps} == {StepState.DONE}


def test_a_late_plan_loses_five_hundredths_of_a_point() -> None:
    result = milestone_score(GOV_40, _with(3, done_on=date(2025, 2, 1)), today=END_OF_YEAR)
    assert result.score == D("4.95")
    (deduction,) = result.deductions
    assert (deduction.step, deduction.reason) == (3, DeductionReason.LATE)
    assert deduction.text_th == "ส่งช้า/ไม่ครบ −0.05"
    assert result.steps[2].state is StepState.LATE


def test_incomplete_documents_lose_five_hundredths_too() -> None:
    result = milestone_score(GOV_40, _with(4, documents=Documents.INCOMPLETE), today=END_OF_YEAR)
    assert result.score == D("4.95")
    assert [d.reason for d in result.deductions] == [DeductionReason.INCOMPLETE]


def test_late_and_incomplete_together_cost_one_deduction() -> None:
    records = _with(4, documents=Documents.INCOMPLETE, done_on=date(2025, 9, 25))
    result = milestone_score(GOV_40, records, today=END_OF_YEAR)
    assert [d.reason for d in result.deductions] == [DeductionReason.LATE]
    assert result.score == D("4.95")


def test_a_plan_missing_two_dimensions_loses_one_point() -> None:
    result = milestone_score(GOV_40, _with(3, dimensions=frozenset({2})), today=END_OF_YEAR)
    assert result.score == D(4)
    (deduction,) = result.deductions
    assert deduction.reason is DeductionReason.MISSING_DIMENSION
    assert deduction.text_th == "แผนขาดมิติ 2 มิติ −1"


def test_a_plan_missing_one_dimension_says_so() -> None:
    result = milestone_score(GOV_40, _with(3, dimensions=frozenset({1, 3})), today=END_OF_YEAR)
    assert [d.text_th for d in result.deductions] == ["แผนขาดมิติ 1 มิติ −0.5"]


def test_a_plan_whose_dimensions_are_not_stated_costs_nothing_but_is_flagged() -> None:
    result = milestone_score(GOV_40, _with(3, dimensions=frozenset()), today=END_OF_YEAR)
    assert result.score == D(5)
    assert result.steps[2].dimensions_unknown
    assert not result.steps[3].dimensions_unknown


def test_documents_not_sent_through_google_drive_lose_half_a_point() -> None:
    result = milestone_score(GOV_40, _with(4, channel="paper"), today=END_OF_YEAR)
    assert result.score == D("4.5")
    (deduction,) = result.deductions
    assert deduction.reason is DeductionReason.WRONG_CHANNEL
    assert deduction.text_th == "ไม่ได้ส่งผ่าน Google Drive −0.5"


@pytest.mark.parametrize("channel", ["Google Drive", "google-drive", "GOOGLE_DRIVE", ""])
def test_the_same_channel_spelled_otherwise_or_unstated_costs_nothing(channel: str) -> None:
    assert milestone_score(GOV_40, _with(4, channel=channel), today=END_OF_YEAR).score == D(5)


def test_missing_documents_of_step_three_lose_half_a_point() -> None:
    result = milestone_score(GOV_40, _with(3, documents=Documents.MISSING), today=END_OF_YEAR)
    assert result.score == D("4.5")
    assert [d.reason for d in result.deductions] == [DeductionReason.MISSING_DOCUMENTS]


def test_missing_documents_cost_nothing_where_the_step_needs_none() -> None:
    result = milestone_score(GOV_40, _with(1, documents=Documents.MISSING), today=END_OF_YEAR)
    assert result.score == D(5)


@pytest.mark.parametrize(
    ("attendance", "level", "state"),
    [("84.99", 1, StepState.FAILED), ("85", 5, StepState.DONE), ("100", 5, StepState.DONE)],
)
def test_attendance_must_reach_85_percent_to_pass_step_two(
    attendance: str, level: int, state: StepState
) -> None:
    result = milestone_score(GOV_40, _with(2, value=D(attendance)), today=END_OF_YEAR)
    assert result.level == level
    assert result.steps[1].state is state


def test_an_explicit_pass_counts_without_a_percentage() -> None:
    assert milestone_score(GOV_40, _with(2, value=None, passed=True), today=END_OF_YEAR).level == 5


@pytest.mark.parametrize("changes", [{"value": None}, {"passed": False}])
def test_attendance_unknown_or_marked_failed_does_not_pass(changes: dict[str, object]) -> None:
    assert milestone_score(GOV_40, _with(2, **changes), today=END_OF_YEAR).level == 1


def test_a_gap_at_step_two_caps_the_level_at_one() -> None:
    records = {n: r for n, r in ON_TIME.items() if n != 2}
    result = milestone_score(GOV_40, records, today=END_OF_YEAR)
    assert (result.level, result.score) == (1, D(1))


def test_steps_beyond_a_gap_lose_no_points_they_never_earned() -> None:
    records = {n: r for n, r in _with(3, channel="paper").items() if n != 2}
    assert milestone_score(GOV_40, records, today=END_OF_YEAR).deductions == ()


@pytest.mark.parametrize(("met", "points"), [(6, "2"), (8, "1"), (0, "5")])
def test_each_unmet_plan_indicator_below_85_percent_costs_half_a_point(
    met: int, points: str
) -> None:
    result = milestone_score(GOV_40, _with(5, plan_met=met, plan_total=10), today=END_OF_YEAR)
    (deduction,) = result.deductions
    assert deduction.reason is DeductionReason.UNMET_PLAN_INDICATORS
    assert deduction.points == D(points)
    assert result.score == D(5) - D(points)


def test_six_of_ten_plan_indicators_met_deduct_two_points() -> None:
    result = milestone_score(GOV_40, _with(5, plan_met=6, plan_total=10), today=END_OF_YEAR)
    assert result.score == D(3)
    assert result.deductions[0].text_th == "บรรลุค่าเป้าหมาย 6/10 ตัวชี้วัด (ต่ำกว่าร้อยละ 85) −2"


@pytest.mark.parametrize(("met", "total"), [(17, 20), (9, 10), (7, 8)])
def test_plans_at_85_percent_or_more_lose_nothing(met: int, total: int) -> None:
    records = _with(5, plan_met=met, plan_total=total)
    assert milestone_score(GOV_40, records, today=END_OF_YEAR).score == D(5)


def test_decisions_examples_seven_of_eight_is_five_six_of_eight_is_four() -> None:
    # DECISIONS.md: 7 of 8 (87.5 %) -> level 5, score 5.00; 6 of 8 -> 5 - 2 x 0.5 = 4.00.
    seven = milestone_score(GOV_40, _with(5, plan_met=7, plan_total=8), today=END_OF_YEAR)
    six = milestone_score(GOV_40, _with(5, plan_met=6, plan_total=8), today=END_OF_YEAR)
    assert (seven.level, seven.score, seven.deductions) == (5, D("5.00"), ())
    assert (six.level, six.score) == (5, D("4.00"))
    assert six.deductions[0].text_th == "บรรลุค่าเป้าหมาย 6/8 ตัวชี้วัด (ต่ำกว่าร้อยละ 85) −1"


@pytest.mark.parametrize(("met", "total"), [(None, 10), (None, None), (0, 0), (9, 8)])
def test_step_five_without_a_count_of_plan_indicators_is_not_done(
    met: int | None, total: int | None
) -> None:
    # DECISIONS.md: none reported -> step 5 not done (level 4, nothing deducted at step 5).
    result = milestone_score(GOV_40, _with(5, plan_met=met, plan_total=total), today=END_OF_YEAR)
    assert (result.level, result.score) == (4, D(4))
    assert result.steps[4].state is StepState.FAILED


def test_an_explicit_pass_of_step_five_counts_without_a_count() -> None:
    records = _with(5, plan_met=None, plan_total=None, passed=True)
    assert milestone_score(GOV_40, records, today=END_OF_YEAR).level == 5


def test_the_score_never_falls_below_zero() -> None:
    records = _with(1, done_on=date(2024, 12, 1))
    records = {**records, 2: replace(ON_TIME[2], passed=False)}
    harsh = replace(GOV_40, deductions=DeductionRules(late_or_incomplete=D(3)))
    result = milestone_score(harsh, records, today=END_OF_YEAR)
    assert (result.level, result.score) == (1, D(0))


def test_deduction_amounts_come_from_the_indicator() -> None:
    custom = replace(GOV_40, deductions=DeductionRules(wrong_channel=D("0.25")))
    result = milestone_score(custom, _with(3, channel="line"), today=END_OF_YEAR)
    assert result.score == D("4.75")


def test_the_level_is_capped_at_the_indicator_maximum() -> None:
    result = milestone_score(replace(GOV_40, max_level=3), ON_TIME, today=END_OF_YEAR)
    assert (result.level, result.score) == (3, D(3))


@pytest.mark.parametrize(
    ("today", "states"),
    [
        (date(2024, 11, 1), ["open", "no_deadline", "upcoming", "upcoming", "open"]),
        (date(2025, 1, 20), ["overdue", "no_deadline", "open", "upcoming", "open"]),
        (date(2025, 2, 1), ["overdue", "no_deadline", "overdue", "upcoming", "open"]),
        (date(2025, 10, 1), ["overdue", "no_deadline", "overdue", "overdue", "overdue"]),
    ],
)
def test_steps_without_a_record_are_open_upcoming_overdue_or_without_deadline(
    today: date, states: list[str]
) -> None:
    result = milestone_score(GOV_40, {}, today=today)
    assert [status.state for status in result.steps] == states
    assert (result.level, result.score) == (0, D(0))


def test_a_step_status_carries_its_window_and_the_day_it_was_done() -> None:
    status = milestone_score(GOV_40, ON_TIME, today=END_OF_YEAR).steps[2]
    assert (status.number, status.opens, status.due) == (3, date(2025, 1, 17), date(2025, 1, 31))
    assert status.done_on == date(2025, 1, 30)


@pytest.mark.parametrize(
    ("done", "today", "expected"),
    [
        ([], date(2024, 11, 1), 1),
        ([], date(2024, 12, 1), 3),
        ([1, 2], date(2025, 1, 20), 3),
        ([1, 2, 3], date(2025, 1, 20), 4),
        ([1, 2, 3, 4], date(2025, 9, 30), 5),
        ([1, 2, 3, 4, 5], date(2025, 9, 1), None),
        ([], date(2025, 10, 1), None),
    ],
)
def test_the_next_deadline_is_the_first_step_not_done_still_due(
    done: list[int], today: date, expected: int | None
) -> None:
    records = {number: ON_TIME[number] for number in done}
    step = next_deadline(GOV_40, records, today)
    assert (step.number if step else None) == expected
