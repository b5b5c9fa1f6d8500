"""The year's reminder plan for the seed-003 indicator, under the default and a custom policy."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import holidays as holiday_calendars
import pytest

from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Indicator, ReminderPolicy
from kpi_core.plan import load_plan
from kpi_core.reminders import PlannedSend, ReminderKind, schedule

DATA = Path(__file__).resolve().parents[3] / "data"
THAI_HOLIDAYS = frozenset(holiday_calendars.country_holidays("TH", years=(2024, 2025)))
DEFAULT = ReminderPolicy()
OPEN = ReminderKind.BEFORE_OPEN
DUE = ReminderKind.BEFORE_DUE
OVERDUE = ReminderKind.OVERDUE

Row = tuple[ReminderKind, int, date]


@pytest.fixture(scope="module")
def seed_003() -> Indicator:
    return load_plan(
        json.loads((DATA / "plans" / "mol_pmqa_2568.json").read_text("utf-8"))
    ).indicator


def _rows(sends: list[PlannedSend], step: int) -> list[Row]:
    return [(s.kind, s.offset, s.send_at.date()) for s in sends if s.step == step]


# Seed 003 over FY2568, default policy (7, 3, 1 and 0 days before at 09:00; before-open and
# overdue notes; weekends and holidays quiet), real Thai holidays. Worked out by hand:
# - step 1, due Fri 29 Nov 2024, no opening day: 7 before Fri 22 Nov, 3 before Tue 26 Nov,
#   1 before Thu 28 Nov, the morning of Fri 29 Nov, overdue Mon 2 Dec (after the weekend).
# - step 2 has no due date ("ตลอดปีงบประมาณ"): no sends, although it has an opening day.
# - step 3, window Fri 17 - Fri 31 Jan 2025: before-open Thu 16 Jan (16 Jan, Teachers' Day, is
#   not a public holiday), 7 before Fri 24 Jan, 3 before Tue 28 Jan, 1 before Thu 30 Jan,
#   the morning of Fri 31 Jan, overdue Mon 3 Feb. New Year (1 Jan) and Children's Day (Sat
#   11 Jan) come earlier; Makha Bucha (Wed 12 Feb) later.
# - step 4, window Mon 15 - Wed 24 Sep 2025: before-open on the working day before Monday,
#   Fri 12 Sep; 7 before Wed 17 Sep; 3 before is Sun 21 Sep, back over the weekend to Fri
#   19 Sep; 1 before Tue 23 Sep; the morning of Wed 24 Sep; overdue Thu 25 Sep.
# - step 5, due Tue 30 Sep 2025: 7 before Tue 23 Sep; 3 before is Sat 27 Sep, back to Fri
#   26 Sep; 1 before Mon 29 Sep; the morning of Tue 30 Sep; overdue Wed 1 Oct (FY2569 by then).
SEED_003_SENDS: dict[int, list[Row]] = {
    1: [
        (DUE, 7, date(2024, 11, 22)),
        (DUE, 3, date(2024, 11, 26)),
        (DUE, 1, date(2024, 11, 28)),
        (DUE, 0, date(2024, 11, 29)),
        (OVERDUE, 0, date(2024, 12, 2)),
    ],
    2: [],
    3: [
        (OPEN, 0, date(2025, 1, 16)),
        (DUE, 7, date(2025, 1, 24)),
        (DUE, 3, date(2025, 1, 28)),
        (DUE, 1, date(2025, 1, 30)),
        (DUE, 0, date(2025, 1, 31)),
        (OVERDUE, 0, date(2025, 2, 3)),
    ],
    4: [
        (OPEN, 0, date(2025, 9, 12)),
        (DUE, 7, date(2025, 9, 17)),
        (DUE, 3, date(2025, 9, 19)),
        (DUE, 1, date(2025, 9, 23)),
        (DUE, 0, date(2025, 9, 24)),
        (OVERDUE, 0, date(2025, 9, 25)),
    ],
    5: [
        (DUE, 7, date(2025, 9, 23)),
        (DUE, 3, date(2025, 9, 26)),
        (DUE, 1, date(2025, 9, 29)),
        (DUE, 0, date(2025, 9, 30)),
        (OVERDUE, 0, date(2025, 10, 1)),
    ],
}


@pytest.mark.parametrize(("step", "expected"), SEED_003_SENDS.items())
def test_the_seed_003_year_sends_each_step_on_the_days_worked_out_by_hand(
    seed_003: Indicator, step: int, expected: list[Row]
) -> None:
    assert _rows(schedule(seed_003, DEFAULT, THAI_HOLIDAYS), step) == expected


def test_no_seed_003_send_falls_on_a_weekend_or_a_thai_holiday(seed_003: Indicator) -> None:
    days = [s.send_at.date() for s in schedule(seed_003, DEFAULT, THAI_HOLIDAYS)]
    assert [d for d in days if d.weekday() >= 5 or d in THAI_HOLIDAYS] == []


def test_every_send_is_at_nine_in_bangkok_and_the_plan_is_in_time_order(
    seed_003: Indicator,
) -> None:
    sends = schedule(seed_003, DEFAULT, THAI_HOLIDAYS)
    assert {(s.send_at.time(), s.send_at.tzinfo) for s in sends} == {(time(9, 0), BANGKOK)}
    assert [s.send_at for s in sends] == sorted(s.send_at for s in sends)


def test_each_send_carries_its_step_deadline_and_opening_day(seed_003: Indicator) -> None:
    sends = [s for s in schedule(seed_003, DEFAULT, THAI_HOLIDAYS) if s.step == 3]
    assert {(s.indicator_code, s.due, s.opens) for s in sends} == {
        ("1", date(2025, 1, 31), date(2025, 1, 17))
    }


def test_a_custom_policy_sends_at_its_own_time_on_its_own_days(seed_003: Indicator) -> None:
    # 5 and 2 days before at 08:30, no before-open or overdue notes, Wed 29 Jan 2025 quiet.
    # Step 1 (Fri 29 Nov): 5 before Sun 24 Nov -> Fri 22 Nov; 2 before Wed 27 Nov.
    # Step 3 (Fri 31 Jan): 5 before Sun 26 Jan -> Fri 24 Jan; 2 before the quiet Wed 29 -> Tue 28.
    # Step 4 (Wed 24 Sep): 5 before Fri 19 Sep; 2 before Mon 22 Sep.
    # Step 5 (Tue 30 Sep): 5 before Thu 25 Sep; 2 before Sun 28 Sep -> Fri 26 Sep.
    policy = ReminderPolicy(
        days_before=(5, 2),
        hour=8,
        minute=30,
        before_open=False,
        overdue=False,
        quiet_dates=frozenset({date(2025, 1, 29)}),
    )
    sends = schedule(seed_003, policy, THAI_HOLIDAYS)
    assert [(s.step, s.offset, s.send_at) for s in sends] == [
        (step, offset, datetime(*day, 8, 30, tzinfo=BANGKOK))
        for step, offset, day in [
            (1, 5, (2024, 11, 22)),
            (1, 2, (2024, 11, 27)),
            (3, 5, (2025, 1, 24)),
            (3, 2, (2025, 1, 28)),
            (4, 5, (2025, 9, 19)),
            (4, 2, (2025, 9, 22)),
            (5, 5, (2025, 9, 25)),
            (5, 2, (2025, 9, 26)),
        ]
    ]
    assert {s.kind for s in sends} == {DUE}
