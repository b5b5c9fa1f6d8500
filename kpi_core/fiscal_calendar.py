"""Thai fiscal calendar: fiscal years (1 Oct - 30 Sep, named in BE), rounds and working days."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

BANGKOK = ZoneInfo("Asia/Bangkok")
BE_OFFSET = 543
_FISCAL_START_MONTH = 10
_ROUND_2_START_MONTH = 4
_ONE_DAY = timedelta(days=1)


def to_bangkok(dt: datetime) -> datetime:
    """``dt`` in Bangkok time; a naive datetime is taken as already Bangkok local time."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=BANGKOK)
    return dt.astimezone(BANGKOK)


def be_year(d: date) -> int:
    """The Buddhist-era year of ``d`` (CE + 543)."""
    return d.year + BE_OFFSET


def fiscal_year(d: date) -> int:
    """The BE year the fiscal year containing ``d`` ends in: 2024-11-29 -> 2568."""
    return be_year(d) + (1 if d.month >= _FISCAL_START_MONTH else 0)


def fiscal_year_bounds(fy_be: int) -> tuple[date, date]:
    """First and last day of fiscal year ``fy_be``: 2568 -> (2024-10-01, 2025-09-30)."""
    ce = fy_be - BE_OFFSET
    return date(ce - 1, _FISCAL_START_MONTH, 1), date(ce, _FISCAL_START_MONTH - 1, 30)


def fiscal_round(d: date) -> int:
    """The half-year assessment round: 1 for 1 Oct - 31 Mar, 2 for 1 Apr - 30 Sep."""
    return 2 if _ROUND_2_START_MONTH <= d.month < _FISCAL_START_MONTH else 1


def days_left(today: date, due: date) -> int:
    """Calendar days from ``today`` to ``due``: 0 on the day, negative when overdue."""
    return (due - today).days


def is_working_day(d: date, holidays: Collection[date]) -> bool:
    """Whether ``d`` is a weekday (Mon-Fri) and not one of ``holidays``."""
    return d.weekday() < 5 and d not in holidays


def next_working_day(d: date, holidays: Collection[date]) -> date:
    """The first working day strictly after ``d``."""
    d += _ONE_DAY
    while not is_working_day(d, holidays):
        d += _ONE_DAY
    return d


def working_days_left(today: date, due: date, holidays: Collection[date]) -> int:
    """Working days in ``[today, due]`` inclusive; 0 when ``due`` is already past."""
    # Day by day, asking ``in`` rather than iterating the holidays: calendars such as the
    # ``holidays`` package fill in a year only when a date of that year is looked up.
    days = (today + timedelta(days=n) for n in range(days_left(today, due) + 1))
    return sum(1 for d in days if is_working_day(d, holidays))
