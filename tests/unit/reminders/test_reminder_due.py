"""Which reminders are owed at a given moment, whom they name, and when they go stale."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import holidays as holiday_calendars
import pytest

from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.ledger import Slot, effective_submissions
from kpi_core.models import (
    Indicator,
    Organisation,
    ReminderPolicy,
    Submission,
    SubmissionAction,
    SubmissionKind,
    Unit,
)
from kpi_core.plan import load_plan
from kpi_core.reminders import Reminder, ReminderKind, reminders_due, schedule

DATA = Path(__file__).resolve().parents[3] / "data"
THAI_HOLIDAYS = frozenset(holiday_calendars.country_holidays("TH", years=(2024, 2025)))
POLICY = ReminderPolicy()
GROUP = "Cd0000000000000000000000000000001"
DUE = ReminderKind.BEFORE_DUE
OVERDUE = ReminderKind.OVERDUE
ALL_DONE = ReminderKind.ALL_DONE

# The units of สำนักงานปลัดกระทรวงแรงงาน in data/demo/demo.json, in its order.
UNITS = (
    "กลุ่มพัฒนาระบบบริหาร",
    "กองกลาง",
    "กองการเจ้าหน้าที่",
    "กองคลัง",
    "กองนิติการ",
    "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
)
# The demo's step submissions: (unit, step, done on, step-2 attendance %).
DEMO_STEPS = (
    ("กลุ่มพัฒนาระบบบริหาร", 1, date(2024, 11, 25), None),
    ("กองกลาง", 1, date(2024, 11, 26), None),
    ("กองการเจ้าหน้าที่", 1, date(2024, 11, 28), None),
    ("กองคลัง", 1, date(2024, 11, 29), None),
    ("กองนิติการ", 1, date(2024, 12, 2), None),
    ("ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", 1, date(2024, 11, 27), None),
    ("กลุ่มพัฒนาระบบบริหาร", 2, date(2024, 12, 20), "100"),
    ("กองกลาง", 2, date(2024, 12, 20), "100"),
    ("กองการเจ้าหน้าที่", 2, date(2024, 12, 20), "90"),
    ("กองคลัง", 2, date(2024, 12, 20), "87.5"),
    ("กองนิติการ", 2, date(2024, 12, 20), "100"),
    ("ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", 2, date(2024, 12, 20), "80"),
    ("กองกลาง", 3, date(2025, 1, 20), None),
    ("กองคลัง", 3, date(2025, 1, 27), None),
)
STEP_3_MISSING = (
    "กลุ่มพัฒนาระบบบริหาร",
    "กองการเจ้าหน้าที่",
    "กองนิติการ",
    "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
)


def _at(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2025) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BANGKOK)


def _step(
    row_id: int, unit: str | None, step: int, done_on: date, value: str | None = None
) -> Submission:
    return Submission(
        id=row_id,
        indicator_code="1",
        kind=SubmissionKind.STEP,
        unit=unit,
        step=step,
        done_on=done_on,
        value=Decimal(value) if value else None,
        channel="google_drive" if step == 3 else "google_form",
    )


DEMO_ROWS = [_step(n, *row) for n, row in enumerate(DEMO_STEPS, start=1)]


@pytest.fixture(scope="module")
def plan_org() -> Organisation:
    plan = load_plan(json.loads((DATA / "plans" / "mol_pmqa_2568.json").read_text("utf-8")))
    return plan.organisation


@pytest.fixture(scope="module")
def org(plan_org: Organisation) -> Organisation:
    return replace(plan_org, units=tuple(Unit(name) for name in UNITS))


@pytest.fixture(scope="module")
def indicator(plan_org: Organisation) -> Indicator:
    return plan_org.indicators[0]


def _due(
    org: Organisation,
    indicator: Indicator,
    now: datetime,
    rows: list[Submission] = DEMO_ROWS,
    policy: ReminderPolicy = POLICY,
) -> list[Reminder]:
    current: dict[Slot, Submission] = effective_submissions(rows)
    return reminders_due(org, indicator, current, policy, now=now, holidays=THAI_HOLIDAYS)


def _all_submit_step_3(on: date) -> list[Submission]:
    extra = [_step(100 + n, unit, 3, on) for n, unit in enumerate(STEP_3_MISSING)]
    return DEMO_ROWS + extra


def test_three_days_before_the_step_3_deadline_one_reminder_names_the_four_missing_units(
    org: Organisation, indicator: Indicator
) -> None:
    [reminder] = _due(org, indicator, _at(1, 28))
    assert (reminder.step, reminder.kind, reminder.offset) == (3, DUE, 3)
    assert (reminder.days_left, reminder.late, reminder.due) == (3, False, date(2025, 1, 31))
    assert reminder.missing_units == STEP_3_MISSING
    assert reminder.send_at == _at(1, 28)


def test_a_minute_before_nine_only_the_seven_days_before_reminder_already_claimed_is_due(
    org: Organisation, indicator: Indicator
) -> None:
    # The "3 days before" is not due yet. What is still owed is the "7 days before" of Fri
    # 24 Jan, which the sender claimed that morning: nothing new goes out.
    [on_friday] = _due(org, indicator, _at(1, 24))
    [reminder] = _due(org, indicator, _at(1, 28, 8, 59))
    assert (reminder.kind, reminder.offset) == (DUE, 7)
    assert reminder.identity(GROUP) == on_friday.identity(GROUP)


def test_a_unit_submitting_late_is_named_in_the_overdue_notice_until_it_submits(
    org: Organisation, indicator: Indicator
) -> None:
    [before] = _due(org, indicator, _at(2, 3, 9))
    late_row = _step(200, "กองนิติการ", 3, date(2025, 2, 3))
    [after] = _due(org, indicator, _at(2, 3, 11), [*DEMO_ROWS, late_row])
    assert (before.kind, before.days_left) == (OVERDUE, -3)
    assert "กองนิติการ" in before.missing_units
    assert after.missing_units == tuple(u for u in STEP_3_MISSING if u != "กองนิติการ")
    assert after.identity(GROUP) == before.identity(GROUP)


def test_when_every_unit_has_submitted_one_all_done_note_has_the_same_identity_each_time(
    org: Organisation, indicator: Indicator
) -> None:
    rows = _all_submit_step_3(date(2025, 1, 27))
    reminders = [_due(org, indicator, now, rows) for now in (_at(1, 28), _at(1, 30), _at(2, 3))]
    assert [[(r.kind, r.offset, r.missing_units) for r in found] for found in reminders] == [
        [(ALL_DONE, 0, ())]
    ] * 3
    assert {found[0].identity(GROUP) for found in reminders} == {
        f"{GROUP}|1|3|all_done|0|2025-01-31"
    }
    assert [found[0].send_at for found in reminders] == [_at(1, 28), _at(1, 30), _at(2, 3)]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (_at(1, 28, 10), [(DUE, 3, 3, False)]),  # exactly the grace period behind: on time
        (_at(1, 28, 10, 1), [(DUE, 3, 3, True)]),
        (_at(1, 29, 10), [(DUE, 3, 3, True)]),  # down since 23 Jan: "7 before" is superseded
        (_at(1, 31, 23, 59), [(DUE, 0, 0, True)]),  # still the deadline's day
        (_at(2, 1, 10), []),  # the deadline has passed: "before" reminders are stale
        (_at(2, 3, 8, 59), []),
        (_at(2, 3, 9), [(OVERDUE, 0, -3, False)]),
        (_at(2, 6, 9), [(OVERDUE, 0, -3, True)]),  # exactly three days old: still sent
        (_at(2, 6, 9, 1), []),
        (_at(2, 7, 9), []),  # a week-old overdue notice is stale
    ],
)
def test_after_an_outage_only_the_latest_due_send_goes_out_until_it_goes_stale(
    org: Organisation,
    indicator: Indicator,
    now: datetime,
    expected: list[tuple[ReminderKind, int, int, bool]],
) -> None:
    found = _due(org, indicator, now)
    assert [(r.kind, r.offset, r.days_left, r.late) for r in found] == expected
    assert {r.step for r in found} <= {3}


def test_the_working_day_before_the_window_opens_everyone_still_owing_step_3_is_named(
    org: Organisation, indicator: Indicator
) -> None:
    [reminder] = _due(org, indicator, _at(1, 16), [r for r in DEMO_ROWS if r.step != 3])
    assert (reminder.kind, reminder.offset, reminder.days_left) == (
        ReminderKind.BEFORE_OPEN,
        0,
        15,
    )
    assert (reminder.opens, reminder.missing_units) == (date(2025, 1, 17), UNITS)


def test_two_steps_due_the_same_morning_give_two_reminders_in_step_order(
    org: Organisation, indicator: Indicator
) -> None:
    found = _due(org, indicator, _at(9, 23))
    assert [(r.step, r.kind, r.offset, r.days_left) for r in found] == [
        (4, DUE, 1, 1),
        (5, DUE, 7, 7),
    ]


@pytest.mark.parametrize(
    "change",
    [
        {"passed": False},  # recorded as not passed
        {"action": SubmissionAction.UNDO, "supersedes": 14},  # withdrawn by an undo
    ],
)
def test_a_unit_whose_step_does_not_count_is_still_named(
    org: Organisation, indicator: Indicator, change: dict[str, object]
) -> None:
    # Row 14 is กองคลัง's step 3; a row marked failed replaces it, an undo withdraws it.
    row = replace(DEMO_ROWS[13], id=300, **change)
    [reminder] = _due(org, indicator, _at(1, 28), [*DEMO_ROWS, row])
    assert "กองคลัง" in reminder.missing_units


def test_an_organisation_without_units_is_named_as_a_whole(
    plan_org: Organisation, indicator: Indicator
) -> None:
    [missing] = _due(plan_org, indicator, _at(1, 28), [])
    [done] = _due(plan_org, indicator, _at(1, 28), [_step(1, None, 3, date(2025, 1, 27))])
    assert missing.missing_units == ("สำนักงานปลัดกระทรวงแรงงาน",)
    assert (done.kind, done.missing_units) == (ALL_DONE, ())


def test_the_moment_may_be_given_in_any_time_zone(org: Organisation, indicator: Indicator) -> None:
    in_utc = datetime(2025, 1, 28, 2, 0, tzinfo=UTC)
    assert _due(org, indicator, in_utc) == _due(org, indicator, _at(1, 28))


def test_a_disabled_policy_sends_nothing(org: Organisation, indicator: Indicator) -> None:
    disabled = replace(POLICY, enabled=False)
    assert _due(org, indicator, _at(1, 28), policy=disabled) == []


def test_every_planned_send_has_its_own_stable_identity(
    org: Organisation, indicator: Indicator
) -> None:
    planned = schedule(indicator, POLICY, THAI_HOLIDAYS)
    owed = {r.identity(GROUP): r for s in planned for r in _due(org, indicator, s.send_at, [])}
    again = {r.identity(GROUP) for s in planned for r in _due(org, indicator, s.send_at, [])}
    assert len(owed) == len(planned) == 22
    assert set(owed) == again
    assert f"{GROUP}|1|3|before_due|3|2025-01-31" in owed
    assert f"{GROUP}|1|5|overdue|0|2025-09-30" in owed
    assert f"{GROUP}|1|4|before_open|0|2025-09-24" in owed
