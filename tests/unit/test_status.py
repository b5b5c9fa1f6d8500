"""The status of an organisation on a given day, computed from its indicators and submissions."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kpi_core.models import (
    Organisation,
    ResultKind,
    Submission,
    SubmissionAction,
    SubmissionKind,
    Tier,
    Unit,
)
from kpi_core.plan import load_plan
from kpi_core.report import parse_report
from kpi_core.scoring import PmqaLevel, StepState
from kpi_core.status import build_status

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = date(2025, 1, 28)  # a Tuesday, three days before the step-3 deadline
UNITS = (Unit("กองกลาง"), Unit("กองคลัง"), Unit("กองนิติการ"))
_ids = iter(range(1, 10_000))


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 3, 0, tzinfo=UTC)


def _step(unit: str, step: int, done_on: date, **changes: object) -> Submission:
    row = Submission(
        id=next(_ids),
        indicator_code="1",
        kind=SubmissionKind.STEP,
        unit=unit,
        step=step,
        done_on=done_on,
        submitted_at=_at(done_on),
        channel="google_drive" if step in (3, 4) else "",
    )
    return replace(row, **changes)


@pytest.fixture(scope="module")
def ministry() -> Organisation:
    plan = load_plan(json.loads((DATA / "plans" / "mol_pmqa_2568.json").read_text("utf-8")))
    return replace(plan.organisation, units=UNITS)


@pytest.fixture
def rows() -> list[Submission]:
    return [
        _step("กองกลาง", 1, date(2024, 11, 20)),
        _step("กองกลาง", 2, date(2024, 12, 20), value=Decimal(100)),
        _step("กองกลาง", 3, date(2025, 1, 20), dimensions=frozenset({1, 2, 3})),
        _step("กองคลัง", 1, date(2024, 12, 2)),
        _step("กองคลัง", 2, date(2024, 12, 20), value=Decimal(90)),
        _step("กองนิติการ", 1, date(2024, 11, 29)),
        _step("กองนิติการ", 3, date(2025, 1, 30), dimensions=frozenset({1, 2, 3})),
    ]


def test_each_unit_gets_its_level_and_score_after_deductions(ministry, rows) -> None:
    [status] = build_status(ministry, rows, today=TODAY).indicators
    view = status.milestones
    assert view is not None
    levels = {p.unit: (p.result.level, p.result.score) for p in view.units}
    assert levels == {
        "กองกลาง": (3, Decimal(3)),
        "กองคลัง": (2, Decimal("1.95")),  # step 1 three days late
        "กองนิติการ": (1, Decimal(1)),  # no attendance record: the count stops at step 2
    }
    assert status.score is not None
    assert status.score.value == (Decimal(3) + Decimal("1.95") + Decimal(1)) / 3
    assert status.score.maximum == 5


def test_the_next_deadline_names_the_units_that_have_not_sent_it(ministry, rows) -> None:
    [status] = build_status(ministry, rows, today=TODAY, holidays=frozenset()).indicators
    deadline = status.deadline
    assert deadline is not None
    assert deadline.step.number == 3
    assert deadline.step.window.due == date(2025, 1, 31)
    assert (deadline.days_left, deadline.working_days_left) == (3, 4)
    assert deadline.missing_units == ("กองคลัง", "กองนิติการ")


def test_a_holiday_shortens_the_working_days_left(ministry, rows) -> None:
    holidays = frozenset({date(2025, 1, 29)})
    [status] = build_status(ministry, rows, today=TODAY, holidays=holidays).indicators
    assert status.deadline is not None
    assert status.deadline.working_days_left == 3


def test_rows_submitted_after_the_day_asked_about_are_not_yet_known(ministry, rows) -> None:
    later = build_status(ministry, rows, today=date(2025, 1, 31), unit="กองนิติการ")
    now = build_status(ministry, rows, today=TODAY, unit="กองนิติการ")
    step3 = lambda s: s.indicators[0].milestones.units[0].result.steps[2].state  # noqa: E731
    assert step3(now) is StepState.OPEN
    assert step3(later) is StepState.DONE


def test_one_unit_can_be_asked_about_alone(ministry, rows) -> None:
    status = build_status(ministry, rows, today=TODAY, unit="กองคลัง")
    [indicator] = status.indicators
    assert status.unit == "กองคลัง"
    assert [p.unit for p in indicator.milestones.units] == ["กองคลัง"]
    assert indicator.score.value == Decimal("1.95")


def test_an_undone_step_no_longer_counts(ministry, rows) -> None:
    plan_row = rows[2]
    undo = Submission(
        id=next(_ids),
        indicator_code="1",
        kind=SubmissionKind.STEP,
        unit="กองกลาง",
        step=3,
        action=SubmissionAction.UNDO,
        supersedes=plan_row.id,
        submitted_at=_at(TODAY),
    )
    status = build_status(ministry, [*rows, undo], today=TODAY, unit="กองกลาง")
    assert status.indicators[0].milestones.units[0].result.level == 2


@pytest.fixture(scope="module")
def budget_bureau() -> Organisation:
    return parse_report((DATA / "reports" / "budget_bureau_2567.txt").read_text("utf-8"))


def _org_row(code: str, kind: SubmissionKind, value: str, day: date = TODAY) -> Submission:
    return Submission(
        id=next(_ids),
        indicator_code=code,
        kind=kind,
        value=Decimal(value),
        submitted_at=_at(day),
    )


def test_the_pmqa_target_group_follows_the_baseline_and_scores_the_result(budget_bureau) -> None:
    rows = [
        _org_row("8", SubmissionKind.BASELINE, "380"),
        _org_row("8", SubmissionKind.VALUE, "395.50"),
    ]
    pmqa = build_status(budget_bureau, rows, today=TODAY).indicators[7]
    assert pmqa.group is not None and pmqa.group.label.startswith("กลุ่มที่ 2")
    thresholds = pmqa.thresholds
    assert (thresholds.basic.value, thresholds.standard.value) == (Decimal(350), Decimal(380))
    assert thresholds.advanced.value == Decimal("418.0")
    assert pmqa.tier is Tier.STANDARD
    assert pmqa.score.value == 75
    assert pmqa.pmqa_level is PmqaLevel.BASIC
    assert pmqa.value_from == "submission"


def test_without_a_baseline_the_pmqa_indicator_has_no_score(budget_bureau) -> None:
    rows = [_org_row("8", SubmissionKind.VALUE, "395.50")]
    pmqa = build_status(budget_bureau, rows, today=TODAY).indicators[7]
    assert pmqa.thresholds is None and pmqa.score is None
    assert pmqa.value == Decimal("395.50")


def test_pass_fail_indicators_score_their_passed_share(budget_bureau) -> None:
    statuses = build_status(budget_bureau, [], today=TODAY).indicators
    assert [(s.passed.passed, s.passed.total) for s in statuses[1:4]] == [(3, 3)] * 3
    assert all(s.score.percent == 100 for s in statuses[1:4])


def test_a_later_per_item_fail_overrides_the_report(budget_bureau) -> None:
    row = Submission(
        id=next(_ids),
        indicator_code="2",
        kind=SubmissionKind.PASS_FAIL,
        item=1,
        passed=False,
        submitted_at=_at(TODAY),
    )
    status = build_status(budget_bureau, [row], today=TODAY).indicators[1]
    assert (status.passed.passed, status.passed.total) == (2, 3)


def test_a_reported_number_is_the_result_until_someone_submits_a_new_one(budget_bureau) -> None:
    first = build_status(budget_bureau, [], today=TODAY).indicators[0]
    assert (first.value, first.value_unit, first.value_from) == (
        Decimal("16.00"),
        "กิจกรรม",
        "report",
    )
    assert budget_bureau.indicators[0].items[0].result.kind is ResultKind.NUMBER
    newer = build_status(
        budget_bureau, [_org_row("1", SubmissionKind.VALUE, "18")], today=TODAY
    ).indicators[0]
    assert (newer.value, newer.value_from) == (Decimal(18), "submission")


def test_the_total_counts_only_indicators_with_a_score(budget_bureau) -> None:
    total = build_status(budget_bureau, [], today=TODAY).total
    assert (total.reported_count, total.total_count) == (3, 8)
    assert total.percent == 100
    assert total.share_reported == Decimal(3) * 100 / 8
