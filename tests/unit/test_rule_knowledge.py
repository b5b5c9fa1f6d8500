"""The knowledge layer over the seed-003 plan: expectations worked out by hand from seed 003.

The briefing (seeds/003, "สิ่งที่ควรปฏิบัติ/ข้อพึงระวัง") says: documents of steps 3-4 missing
−0.5 a step; not sent through Google Drive −0.5 a step; incomplete or late −0.05 a step; a
plan without every dimension −0.5 a dimension; under 85 % of the plan's indicators met −0.5 an
indicator. Round 1 is steps 1-3, round 2 steps 4-5; forms 1-3 go with step 3, form 4 with step 4;
the briefing meeting was on 20 ธ.ค. 67.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kpi_core.ledger import effective_submissions
from kpi_core.rule_knowledge import (
    DeductionKind,
    channel_fact,
    deduction_rules,
    form,
    percent_rules,
    rounds,
    score_reason,
    steps_for_level,
    steps_of_round,
    steps_with_form,
)
from kpi_core.scoring.milestones import milestone_score
from tests.fakes.seed import demo_rows, labour


@pytest.fixture(scope="module")
def plan():
    return labour().indicators[0]


def test_every_deduction_of_the_briefing_with_its_points_and_steps(plan) -> None:
    found = {(r.kind, r.points, r.per, r.steps) for r in deduction_rules(plan)}
    assert found == {
        (DeductionKind.MISSING_DOCUMENTS, Decimal("0.5"), "step", (3, 4)),
        (DeductionKind.WRONG_CHANNEL, Decimal("0.5"), "step", (3, 4)),
        # Step 2 runs all year and has no deadline to be late for.
        (DeductionKind.LATE_OR_INCOMPLETE, Decimal("0.05"), "step", (1, 3, 4, 5)),
        (DeductionKind.MISSING_DIMENSION, Decimal("0.5"), "dimension", (3,)),
        (DeductionKind.UNMET_PLAN_INDICATOR, Decimal("0.5"), "indicator", (5,)),
    }


def test_round_one_is_steps_one_to_three_and_round_two_steps_four_and_five(plan) -> None:
    assert rounds(plan) == (1, 2)
    assert [s.number for s in steps_of_round(plan, 1)] == [1, 2, 3]
    assert [s.number for s in steps_of_round(plan, 2)] == [4, 5]
    assert steps_of_round(plan, 3) == ()


@pytest.mark.parametrize(
    ("level", "steps"), [(5, [1, 2, 3, 4, 5]), (3, [1, 2, 3]), (9, [1, 2, 3, 4, 5])]
)
def test_a_level_needs_every_step_up_to_it(plan, level: int, steps: list[int]) -> None:
    assert [s.number for s in steps_for_level(plan, level)] == steps


@pytest.mark.parametrize(
    ("channel", "allowed"),
    [("email", False), ("paper", False), ("google_drive", True), ("", None)],
)
def test_the_plan_goes_through_google_drive_only(plan, channel: str, allowed) -> None:
    fact = channel_fact(plan.step(3), plan, channel)
    assert (fact.required, fact.allowed, fact.penalty) == ("google_drive", allowed, Decimal("0.5"))


def test_the_team_names_step_has_no_deducting_channel(plan) -> None:
    fact = channel_fact(plan.step(1), plan, "email")
    assert (fact.required, fact.allowed) == ("", None)
    assert "Google Form" in plan.step(1).channel_note


def test_form_four_is_the_results_report_sent_at_step_four(plan) -> None:
    found = form(plan, 4)
    assert found is not None and found.title.startswith("รายงานสรุปผลตามแผนปฏิบัติการ")
    assert [s.number for s in steps_with_form(plan, 4)] == [4]
    assert [s.number for s in steps_with_form(plan, 2)] == [3]
    assert form(plan, 5) is None
    assert plan.forms_url == "https://shorturl.asia/YLpn9"


def test_the_briefing_meeting_is_on_the_twentieth_of_december_2024(plan) -> None:
    (meeting,) = plan.meetings
    assert meeting.on == date(2024, 12, 20)
    assert meeting.time == "09.30 น."
    assert "ชั้น 5" in meeting.place


def test_the_finance_division_has_two_and_a_half_for_a_plan_missing_a_dimension(plan) -> None:
    # Demo: กองคลัง passed steps 1-3, its plan covered dimensions 1 and 3 only:
    # level 3 − 0.5 (one dimension) = 2.50; step 4 is what caps the level.
    rows = [r for r in demo_rows(labour().name) if r.unit == "กองคลัง"]
    records = {s.step: s for s in effective_submissions(rows).values() if s.step is not None}
    result = milestone_score(plan, records, today=date(2025, 1, 28))
    reason = score_reason(plan, result)
    assert (reason.level, reason.score, reason.passed_steps) == (3, Decimal("2.5"), (1, 2, 3))
    assert [(d.step, d.points) for d in reason.deductions] == [(3, Decimal("0.5"))]
    assert reason.blocking_step is not None and reason.blocking_step.number == 4


def test_the_eighty_five_percent_rules_are_attendance_and_met_targets(plan) -> None:
    found = [(r.step.number, r.percent, r.points_per_indicator) for r in percent_rules(plan)]
    assert found == [(2, Decimal(85), None), (5, Decimal(85), Decimal("0.5"))]
