"""Postponed sends, days counted on the day a message goes out, and the weekly digest's days."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import holidays as holiday_calendars
import pytest

from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Indicator, ReminderPolicy
from kpi_core.plan import load_plan
from kpi_core.reminder_digest import digest_due, digest_send, digest_sends
from kpi_core.reminders import ReminderKind, reminder_for, schedule

DATA = Path(__file__).resolve().parents[3] / "data"
THAI_HOLIDAYS = frozenset(holiday_calendars.country_holidays("TH", years=(2024, 2025)))
DEFAULT = ReminderPolicy()
DIGEST = replace(DEFAULT, weekly_digest=True)


@pytest.fixture(scope="module")
def seed_003() -> Indicator:
    return load_plan(
        json.loads((DATA / "plans" / "mol_pmqa_2568.json").read_text("utf-8"))
    ).indicator


def _step_3(indicator: Indicator, *postponed: date) -> list[tuple[ReminderKind, int, date]]:
    sends = schedule(indicator, DEFAULT, THAI_HOLIDAYS, {3: postponed} if postponed else None)
    return [(s.kind, s.offset, s.send_at.date()) for s in sends if s.step == 3]


def test_a_postponed_send_moves_to_the_next_day(seed_003: Indicator) -> None:
    assert (ReminderKind.BEFORE_DUE, 3, date(2025, 1, 29)) in _step_3(seed_003, date(2025, 1, 28))
    assert (ReminderKind.BEFORE_DUE, 3, date(2025, 1, 28)) not in _step_3(
        seed_003, date(2025, 1, 28)
    )


def test_a_send_postponed_from_a_friday_moves_past_the_weekend(seed_003: Indicator) -> None:
    assert (ReminderKind.BEFORE_DUE, 7, date(2025, 1, 27)) in _step_3(seed_003, date(2025, 1, 24))


def test_a_send_postponed_onto_the_deadline_morning_leaves_the_morning_send_alone(
    seed_003: Indicator,
) -> None:
    sends = _step_3(seed_003, date(2025, 1, 30))
    assert [s for s in sends if s[2] >= date(2025, 1, 30)] == [
        (ReminderKind.BEFORE_DUE, 0, date(2025, 1, 31)),
        (ReminderKind.OVERDUE, 0, date(2025, 2, 3)),
    ]


def test_postponing_a_day_without_a_send_changes_nothing(seed_003: Indicator) -> None:
    assert _step_3(seed_003, date(2025, 1, 29)) == _step_3(seed_003)


def test_a_late_reminder_counts_the_days_from_the_day_it_goes_out(seed_003: Indicator) -> None:
    [seven_days] = [
        s for s in schedule(seed_003, DEFAULT, THAI_HOLIDAYS) if s.step == 3 and s.offset == 7
    ]
    later = seven_days.send_at + timedelta(days=4)
    reminder = reminder_for(seven_days, ("กองคลัง",), later)
    assert (reminder.days_left, reminder.days_left_on(later.date()), reminder.late) == (7, 3, True)


def test_the_digest_goes_out_on_monday_at_the_policys_time() -> None:
    send = digest_send(date(2025, 1, 27), replace(DIGEST, hour=8, minute=15), THAI_HOLIDAYS)
    assert send.send_at == datetime(2025, 1, 27, 8, 15, tzinfo=BANGKOK)
    assert (send.kind, send.due) == (ReminderKind.DIGEST, date(2025, 1, 27))


def test_a_digest_on_a_holiday_monday_moves_to_the_next_working_day() -> None:
    # Monday 14 April 2025 is Songkran.
    send = digest_send(date(2025, 4, 14), DIGEST, THAI_HOLIDAYS)
    assert send.send_at.date() == date(2025, 4, 17)  # Songkran runs 13-16 April


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2025, 1, 27, 8, 59, tzinfo=BANGKOK), False),
        (datetime(2025, 1, 27, 9, 0, tzinfo=BANGKOK), True),
        (datetime(2025, 1, 27, 23, 59, tzinfo=BANGKOK), True),
        (datetime(2025, 1, 28, 9, 0, tzinfo=BANGKOK), False),  # a day late: stale
    ],
)
def test_the_digest_is_due_from_its_time_until_its_day_ends(moment: datetime, expected: bool):
    assert (digest_due(DIGEST, THAI_HOLIDAYS, moment) is not None) is expected


def test_the_digest_is_off_unless_turned_on() -> None:
    monday = datetime(2025, 1, 27, 10, 0, tzinfo=BANGKOK)
    assert digest_due(DEFAULT, THAI_HOLIDAYS, monday) is None
    assert digest_due(replace(DIGEST, enabled=False), THAI_HOLIDAYS, monday) is None


def test_a_month_has_a_digest_each_week() -> None:
    start = datetime(2025, 9, 1, 0, 0, tzinfo=BANGKOK)
    sends = digest_sends(DIGEST, THAI_HOLIDAYS, start, start + timedelta(days=29, hours=23))
    assert [s.send_at.day for s in sends] == [1, 8, 15, 22, 29]
