"""When a group is reminded of each step's deadline over the year: pure, clock-free planning.

Every step with a due date gets, under a :class:`~kpi_core.models.ReminderPolicy`:

- ``BEFORE_DUE`` for each ``n`` of ``days_before``, on due − n days (``offset`` = n);
- ``BEFORE_OPEN`` on the last working day before a window opens (``offset`` 0);
- ``OVERDUE`` on the next working day after the deadline (``offset`` 0).

A day is quiet when its weekday is quiet, when it is a holiday and holidays are quiet, or when
it is one of the quiet dates. A ``BEFORE_DUE`` / ``BEFORE_OPEN`` on a quiet day moves back to
the previous day that is not quiet; ``OVERDUE`` moves forward instead, since it cannot come
before the deadline has passed. When sends of one step then share a day, only the one nearest
the deadline stays: the smaller ``offset``, and any ``BEFORE_DUE`` over the ``BEFORE_OPEN``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from kpi_core.fiscal_calendar import BANGKOK, is_working_day, next_working_day
from kpi_core.models import Indicator, MilestoneStep, ReminderPolicy

_ONE_DAY = timedelta(days=1)
_WEEK = frozenset(range(7))


class ReminderKind(StrEnum):
    """What a reminder tells the group."""

    BEFORE_OPEN = "before_open"  # the window opens on the next working day
    BEFORE_DUE = "before_due"  # ``offset`` days are left (0: the morning of the deadline)
    OVERDUE = "overdue"  # the deadline has passed
    ALL_DONE = "all_done"  # every unit has passed the step (ครบแล้ว)
    DIGEST = "digest"  # the weekly summary of the organisation (not about one step)


@dataclass(frozen=True)
class PlannedSend:
    """One planned message about one step: its kind, the deadline, and when it goes out."""

    indicator_code: str
    step: int
    kind: ReminderKind
    offset: int
    due: date
    opens: date | None
    send_at: datetime  # aware, Asia/Bangkok


Postponed = Mapping[int, Sequence[date]]  # step number -> days postponed, oldest first


def schedule(
    indicator: Indicator,
    policy: ReminderPolicy,
    holidays: Collection[date],
    postponed: Postponed | None = None,
) -> list[PlannedSend]:
    """Every send of every step that has a due date, over the whole year, by send time."""
    if policy.quiet_weekdays >= _WEEK:
        raise ValueError("every weekday is quiet: no day is left to send reminders on")
    later = postponed or {}
    sends = [
        send
        for step in indicator.steps
        for send in _step_sends(indicator, step, policy, holidays, later.get(step.number, ()))
    ]
    return sorted(sends, key=lambda send: (send.send_at, send.step))


def quiet_day(policy: ReminderPolicy, holidays: Collection[date]) -> Callable[[date], bool]:
    """Whether the policy sends nothing on a day: a quiet weekday, a holiday or a quiet date."""

    def quiet(day: date) -> bool:
        return (
            day.weekday() in policy.quiet_weekdays
            or (policy.quiet_holidays and day in holidays)
            or day in policy.quiet_dates
        )

    return quiet


def _step_sends(
    indicator: Indicator,
    step: MilestoneStep,
    policy: ReminderPolicy,
    holidays: Collection[date],
    postponed: Sequence[date],
) -> list[PlannedSend]:
    due, opens = step.window.due, step.window.opens
    if due is None:
        return []
    quiet = quiet_day(policy, holidays)
    # Nearest to the deadline first, so that it keeps a day that a farther send is moved onto.
    early = [(ReminderKind.BEFORE_DUE, n, due - n * _ONE_DAY) for n in sorted(policy.days_before)]
    if policy.before_open and opens is not None:
        early.append((ReminderKind.BEFORE_OPEN, 0, _previous_working_day(opens, holidays)))
    days: dict[date, tuple[ReminderKind, int]] = {}
    for kind, offset, day in early:
        days.setdefault(_shift(day, quiet, -_ONE_DAY), (kind, offset))
    if policy.overdue:
        days[_shift(next_working_day(due, holidays), quiet, _ONE_DAY)] = (ReminderKind.OVERDUE, 0)
    for day in postponed:
        _postpone(days, day, due, quiet)
    at = time(policy.hour, policy.minute, tzinfo=BANGKOK)
    return [
        PlannedSend(indicator.code, step.number, kind, offset, due, opens, datetime.combine(d, at))
        for d, (kind, offset) in days.items()
    ]


def _postpone(
    days: dict[date, tuple[ReminderKind, int]], day: date, due: date, quiet: Callable[[date], bool]
) -> None:
    """Move the send planned on ``day`` to the next day that is not quiet, never past ``due``."""
    if day not in days:
        return
    kind, offset = days.pop(day)
    later = _shift(day + _ONE_DAY, quiet, _ONE_DAY)
    if kind is ReminderKind.OVERDUE or later <= due:
        days.setdefault(later, (kind, offset))


def _previous_working_day(day: date, holidays: Collection[date]) -> date:
    day -= _ONE_DAY
    while not is_working_day(day, holidays):
        day -= _ONE_DAY
    return day


def _shift(day: date, quiet: Callable[[date], bool], step: timedelta) -> date:
    """``day``, or the first day that is not quiet going ``step`` by ``step`` from it."""
    while quiet(day):
        day += step
    return day
