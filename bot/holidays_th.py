"""Thai public holidays from the ``holidays`` package, for working-day counts."""

from __future__ import annotations

from datetime import date
from functools import cache

import holidays


@cache
def thai_holidays(first_year: int, last_year: int) -> frozenset[date]:
    """Every Thai public holiday (CE years, inclusive), computed once per range."""
    calendar = holidays.country_holidays("TH", years=range(first_year, last_year + 1))
    return frozenset(calendar.keys())


def holidays_around(today: date) -> frozenset[date]:
    """Holidays from the year before ``today`` to two years after: every deadline we count to."""
    return thai_holidays(today.year - 1, today.year + 2)
