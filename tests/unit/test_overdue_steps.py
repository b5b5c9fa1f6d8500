"""Overdue steps stay visible until they are done: the demo ministry (six units) through FY2568."""

from __future__ import annotations

from datetime import date

from kpi_core.json_views import status_view
from kpi_core.status import IndicatorStatus, build_status
from tests.fakes.seed import demo_rows, labour, mol_units

ALL = mol_units()
WITHOUT_PLAN = (ALL[0], ALL[2], ALL[4], ALL[5])  # กองกลาง and กองคลัง sent their plans


def _status(today: date, unit: str | None = None) -> IndicatorStatus:
    org = labour()
    [status] = build_status(org, demo_rows(org.name), today=today, unit=unit).indicators
    return status


def _overdue(status: IndicatorStatus) -> list[tuple[int, int, tuple[str | None, ...]]]:
    assert status.milestones is not None
    return [(o.step.number, o.days_overdue, o.missing_units) for o in status.milestones.overdue]


def test_before_the_plan_deadline_nothing_is_overdue() -> None:
    status = _status(date(2025, 1, 28))
    assert _overdue(status) == []
    assert status.deadline is not None and status.deadline.step.number == 3
    assert status.deadline.missing_units == WITHOUT_PLAN


def test_three_days_after_the_plan_deadline_the_four_late_units_stay_listed() -> None:
    status = _status(date(2025, 2, 3))
    assert _overdue(status) == [(3, 3, WITHOUT_PLAN)]


def test_a_window_not_yet_open_lists_no_unit_as_missing() -> None:
    deadline = _status(date(2025, 2, 3)).deadline
    assert deadline is not None and deadline.step.number == 4
    assert deadline.days_left == 233
    assert deadline.opens == date(2025, 9, 15)
    assert not deadline.is_open
    assert deadline.missing_units == ()


def test_once_the_window_opens_every_unit_owing_the_step_is_missing_it() -> None:
    deadline = _status(date(2025, 9, 15)).deadline
    assert deadline is not None and deadline.is_open
    assert deadline.missing_units == ALL


def test_a_units_own_status_keeps_its_overdue_step() -> None:
    assert _overdue(_status(date(2025, 2, 3), unit="กองนิติการ")) == [(3, 3, ("กองนิติการ",))]
    assert _overdue(_status(date(2025, 2, 3), unit="กองกลาง")) == []


def test_after_the_year_ends_every_step_never_sent_is_still_overdue() -> None:
    status = _status(date(2025, 10, 1))
    assert _overdue(status) == [(3, 243, WITHOUT_PLAN), (4, 7, ALL), (5, 1, ALL)]
    assert status.deadline is None


def test_the_json_status_lists_the_overdue_steps_and_the_years_phase() -> None:
    org = labour()
    view = status_view(build_status(org, demo_rows(org.name), today=date(2025, 10, 1)))
    assert view["year"] == {"fiscal_year": 2568, "phase": "ended", "closed_at": None}
    [indicator] = view["indicators"]
    assert indicator["next_deadline"] is None
    assert indicator["overdue"][0] == {
        "step": 3,
        "due": "2025-01-31",
        "days_overdue": 243,
        "missing_units": list(WITHOUT_PLAN),
    }
    early = status_view(build_status(org, demo_rows(org.name), today=date(2025, 2, 3)))
    deadline = early["indicators"][0]["next_deadline"]
    assert (deadline["opens"], deadline["open"], deadline["missing_units"]) == (
        "2025-09-15",
        False,
        [],
    )
