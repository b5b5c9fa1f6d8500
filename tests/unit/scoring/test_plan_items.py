"""Step 5 reported one plan indicator at a time: the items merge into one count (issue 8)."""

from __future__ import annotations

from decimal import Decimal

from kpi_core.ledger import effective_submissions
from kpi_core.models import Submission, SubmissionAction, SubmissionKind
from kpi_core.status_milestones import step_records

UNIT = "กองคลัง"


def _row(number: int, id_: int, **fields: object) -> Submission:
    return Submission("1", SubmissionKind.STEP, unit=UNIT, step=number, id=id_, **fields)


def _records(*rows: Submission) -> dict[int, Submission]:
    return step_records(effective_submissions(rows), "1", UNIT)


def test_items_count_as_met_of_reported() -> None:
    five = _records(
        _row(5, 1, item=1, passed=True),
        _row(5, 2, item=2, passed=False),
        _row(5, 3, item=3, passed=True),
    )[5]
    assert (five.item, five.passed, five.plan_met, five.plan_total) == (None, None, 2, 3)


def test_the_plans_size_from_an_earlier_count_holds_when_fewer_items_are_reported() -> None:
    records = _records(
        _row(5, 1, plan_met=6, plan_total=8),
        _row(5, 2, item=1, passed=True),
        _row(5, 3, item=2, passed=True),
    )
    assert (records[5].plan_met, records[5].plan_total) == (2, 8)


def test_a_count_reported_after_the_items_replaces_them() -> None:
    records = _records(
        _row(5, 1, item=1, passed=False),
        _row(5, 2, plan_met=7, plan_total=8),
    )
    assert (records[5].plan_met, records[5].plan_total, records[5].id) == (7, 8, 2)


def test_an_item_corrected_counts_once() -> None:
    records = _records(
        _row(5, 1, item=1, passed=False),
        _row(5, 2, item=1, passed=True, supersedes=1, action=SubmissionAction.CORRECT),
    )
    assert (records[5].plan_met, records[5].plan_total) == (1, 1)


def test_other_steps_are_read_as_before() -> None:
    records = _records(_row(2, 1, value=Decimal(90)), _row(5, 2, item=1, passed=True))
    assert records[2].value == Decimal(90)
