"""Quiet days in the reminder plan: holidays, weekends and quiet dates move sends."""

from __future__ import annotations

from datetime import date

import holidays as holiday_calendars
import pytest

from kpi_core.models import DateWindow, Indicator, MilestoneStep, ReminderPolicy
from kpi_core.reminders import PlannedSend, ReminderKind, schedule

THAI_HOLIDAYS = frozenset(holiday_calendars.country_holidays("TH", years=(2024, 2025)))
NO_HOLIDAYS: frozenset[date] = frozenset()
DEFAULT = ReminderPolicy()
OPEN = ReminderKind.BEFORE_OPEN
DUE = ReminderKind.BEFORE_DUE
OVERDUE = ReminderKind.OVERDUE
STEP_3_OPENS, STEP_3_DUE = date(2025, 1, 17), date(2025, 1, 31)

Row = tuple[ReminderKind, int, date]


def _one_step(due: date, opens: date | None = None) -> Indicator:
    window = DateWindow(text="", due=due, opens=opens)
    return Indicator(code="X", title="test", steps=(MilestoneStep(1, "step", window),))


def _rows(sends: list[PlannedSend]) -> list[Row]:
    return [(s.kind, s.offset, s.send_at.date()) for s in sends]


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        # Makha Bucha, Wed 12 Feb 2025: "1 day before" a Thursday deadline moves back to Tue.
        (
            date(2025, 2, 13),
            [
                (DUE, 7, date(2025, 2, 6)),
                (DUE, 3, date(2025, 2, 10)),
                (DUE, 1, date(2025, 2, 11)),
                (DUE, 0, date(2025, 2, 13)),
                (OVERDUE, 0, date(2025, 2, 14)),
            ],
        ),
        # Due the day before Makha Bucha: the overdue notice skips it to Thu 13 Feb.
        (
            date(2025, 2, 11),
            [
                (DUE, 7, date(2025, 2, 4)),
                (DUE, 3, date(2025, 2, 7)),
                (DUE, 1, date(2025, 2, 10)),
                (DUE, 0, date(2025, 2, 11)),
                (OVERDUE, 0, date(2025, 2, 13)),
            ],
        ),
        # Due on Songkran (Tue 15 Apr 2025; Sun 13 - Wed 16 are holidays): the deadline
        # morning, "1 before" (Mon 14) and "3 before" (Sat 12) all fall back to Fri 11 Apr,
        # where only the send nearest the deadline stays; overdue waits for Thu 17 Apr.
        (
            date(2025, 4, 15),
            [
                (DUE, 7, date(2025, 4, 8)),
                (DUE, 0, date(2025, 4, 11)),
                (OVERDUE, 0, date(2025, 4, 17)),
            ],
        ),
        # Due Wed 4 Jun 2025, after the bridge holiday (Mon 2 Jun) and the Queen's birthday
        # (Tue 3 Jun): "1 before" goes back to Fri 30 May and absorbs "3 before" (Sun 1 Jun).
        (
            date(2025, 6, 4),
            [
                (DUE, 7, date(2025, 5, 28)),
                (DUE, 1, date(2025, 5, 30)),
                (DUE, 0, date(2025, 6, 4)),
                (OVERDUE, 0, date(2025, 6, 5)),
            ],
        ),
    ],
)
def test_a_thai_public_holiday_moves_a_send_off_it(due: date, expected: list[Row]) -> None:
    assert _rows(schedule(_one_step(due), DEFAULT, THAI_HOLIDAYS)) == expected


@pytest.mark.parametrize(
    ("holidays", "expected"),
    [
        (
            {date(2025, 1, 16)},  # the day before the window: before-open goes to Wed 15 Jan
            [
                (OPEN, 0, date(2025, 1, 15)),
                (DUE, 7, date(2025, 1, 24)),
                (DUE, 3, date(2025, 1, 28)),
                (DUE, 1, date(2025, 1, 30)),
                (DUE, 0, date(2025, 1, 31)),
                (OVERDUE, 0, date(2025, 2, 3)),
            ],
        ),
        (
            {date(2025, 1, 28)},  # "3 before" goes to Mon 27 Jan
            [
                (OPEN, 0, date(2025, 1, 16)),
                (DUE, 7, date(2025, 1, 24)),
                (DUE, 3, date(2025, 1, 27)),
                (DUE, 1, date(2025, 1, 30)),
                (DUE, 0, date(2025, 1, 31)),
                (OVERDUE, 0, date(2025, 2, 3)),
            ],
        ),
        (
            {date(2025, 1, 31)},  # the deadline itself: its morning send takes Thu 30 Jan
            [
                (OPEN, 0, date(2025, 1, 16)),
                (DUE, 7, date(2025, 1, 24)),
                (DUE, 3, date(2025, 1, 28)),
                (DUE, 0, date(2025, 1, 30)),
                (OVERDUE, 0, date(2025, 2, 3)),
            ],
        ),
        (
            {date(2025, 2, 3), date(2025, 2, 4)},  # two holidays after: overdue on Wed 5 Feb
            [
                (OPEN, 0, date(2025, 1, 16)),
                (DUE, 7, date(2025, 1, 24)),
                (DUE, 3, date(2025, 1, 28)),
                (DUE, 1, date(2025, 1, 30)),
                (DUE, 0, date(2025, 1, 31)),
                (OVERDUE, 0, date(2025, 2, 5)),
            ],
        ),
    ],
)
def test_a_hand_made_holiday_moves_the_step_3_sends(
    holidays: set[date], expected: list[Row]
) -> None:
    indicator = _one_step(STEP_3_DUE, STEP_3_OPENS)
    assert _rows(schedule(indicator, DEFAULT, frozenset(holidays))) == expected


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        # Due Monday: "1 before" (Sun) and "3 before" (Fri) meet on Friday; "1 before" stays.
        (
            date(2025, 2, 3),
            [
                (DUE, 7, date(2025, 1, 27)),
                (DUE, 1, date(2025, 1, 31)),
                (DUE, 0, date(2025, 2, 3)),
                (OVERDUE, 0, date(2025, 2, 4)),
            ],
        ),
        # Due Sunday: "7 before" is a Sunday too (back to Fri 24 Jan); the deadline morning
        # moves to Fri 31 Jan and absorbs "1 before" (Sat 1 Feb).
        (
            date(2025, 2, 2),
            [
                (DUE, 7, date(2025, 1, 24)),
                (DUE, 3, date(2025, 1, 30)),
                (DUE, 0, date(2025, 1, 31)),
                (OVERDUE, 0, date(2025, 2, 3)),
            ],
        ),
    ],
)
def test_sends_moved_onto_one_day_keep_the_one_nearest_the_deadline(
    due: date, expected: list[Row]
) -> None:
    assert _rows(schedule(_one_step(due), DEFAULT, NO_HOLIDAYS)) == expected


def test_a_send_before_the_deadline_wins_a_day_shared_with_the_before_open_note() -> None:
    # Window Mon 3 - Tue 4 Feb 2025: the before-open note is due Fri 31 Jan, and so is
    # "3 before" (Sat 1 Feb, moved back over the weekend): the reminder of the deadline stays.
    indicator = _one_step(date(2025, 2, 4), opens=date(2025, 2, 3))
    assert _rows(schedule(indicator, DEFAULT, NO_HOLIDAYS)) == [
        (DUE, 7, date(2025, 1, 28)),
        (DUE, 3, date(2025, 1, 31)),
        (DUE, 1, date(2025, 2, 3)),
        (DUE, 0, date(2025, 2, 4)),
        (OVERDUE, 0, date(2025, 2, 5)),
    ]


@pytest.mark.parametrize(
    ("quiet_holidays", "expected"),
    [
        (True, [(DUE, 1, date(2025, 1, 29)), (DUE, 0, date(2025, 1, 31))]),
        (False, [(DUE, 1, date(2025, 1, 30)), (DUE, 0, date(2025, 1, 31))]),
    ],
)
def test_a_holiday_is_quiet_only_when_the_policy_says_so(
    quiet_holidays: bool, expected: list[Row]
) -> None:
    policy = ReminderPolicy(days_before=(1, 0), overdue=False, quiet_holidays=quiet_holidays)
    assert _rows(schedule(_one_step(STEP_3_DUE), policy, {date(2025, 1, 30)})) == expected


def test_the_before_open_note_always_goes_on_a_working_day() -> None:
    # "The working day before the window opens": a holiday is skipped even when it is not quiet.
    policy = ReminderPolicy(days_before=(), overdue=False, quiet_holidays=False)
    sends = schedule(_one_step(STEP_3_DUE, STEP_3_OPENS), policy, {date(2025, 1, 16)})
    assert _rows(sends) == [(OPEN, 0, date(2025, 1, 15))]


def test_the_overdue_notice_always_waits_for_a_working_day() -> None:
    # A holiday is still not a working day when the group accepts messages on holidays.
    policy = ReminderPolicy(days_before=(), quiet_holidays=False)
    sends = schedule(_one_step(STEP_3_DUE), policy, {date(2025, 2, 3)})
    assert _rows(sends) == [(OVERDUE, 0, date(2025, 2, 4))]


@pytest.mark.parametrize(
    ("quiet_dates", "expected"),
    [
        ({date(2025, 1, 16)}, (OPEN, 0, date(2025, 1, 15))),
        ({date(2025, 1, 24)}, (DUE, 7, date(2025, 1, 23))),
        ({date(2025, 2, 3)}, (OVERDUE, 0, date(2025, 2, 4))),  # overdue moves forward
    ],
)
def test_a_quiet_date_moves_a_send_like_a_holiday(quiet_dates: set[date], expected: Row) -> None:
    policy = ReminderPolicy(quiet_dates=frozenset(quiet_dates))
    rows = _rows(schedule(_one_step(STEP_3_DUE, STEP_3_OPENS), policy, NO_HOLIDAYS))
    assert expected in rows
    assert len(rows) == 6


def test_a_quiet_friday_moves_friday_sends_to_thursday() -> None:
    policy = ReminderPolicy(quiet_weekdays=frozenset({4, 5, 6}))
    rows = _rows(schedule(_one_step(STEP_3_DUE, STEP_3_OPENS), policy, NO_HOLIDAYS))
    assert rows == [
        (OPEN, 0, date(2025, 1, 16)),
        (DUE, 7, date(2025, 1, 23)),
        (DUE, 3, date(2025, 1, 28)),
        (DUE, 0, date(2025, 1, 30)),  # Fri 31 Jan back to Thu 30, where "1 before" gives way
        (OVERDUE, 0, date(2025, 2, 3)),
    ]


def test_a_policy_with_every_weekday_quiet_is_refused() -> None:
    with pytest.raises(ValueError, match="every weekday is quiet"):
        schedule(_one_step(STEP_3_DUE), ReminderPolicy(quiet_weekdays=frozenset(range(7))), ())
