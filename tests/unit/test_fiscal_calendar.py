"""The Thai fiscal calendar: fiscal years, assessment rounds, days and working days left."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from kpi_core.fiscal_calendar import (
    BANGKOK,
    be_year,
    days_left,
    fiscal_round,
    fiscal_year,
    fiscal_year_bounds,
    is_working_day,
    next_working_day,
    to_bangkok,
    working_days_left,
)

NO_HOLIDAYS: frozenset[date] = frozenset()
MAKHA_BUCHA_2568 = date(2025, 2, 12)  # a Wednesday


def test_a_naive_datetime_is_taken_as_bangkok_local_time() -> None:
    assert to_bangkok(datetime(2025, 1, 31, 9, 0)) == datetime(2025, 1, 31, 9, 0, tzinfo=BANGKOK)


def test_an_aware_datetime_is_converted_to_bangkok_time() -> None:
    utc_evening = datetime(2025, 1, 31, 20, 0, tzinfo=UTC)
    local = to_bangkok(utc_evening)
    assert (local.date(), local.hour, local.utcoffset()) == (
        date(2025, 2, 1),
        3,
        timedelta(hours=7),
    )


def test_the_buddhist_year_is_543_years_ahead() -> None:
    assert be_year(date(2025, 1, 31)) == 2568


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 11, 29), 2568),
        (date(2024, 9, 30), 2567),
        (date(2024, 10, 1), 2568),
        (date(2025, 1, 1), 2568),
        (date(2025, 9, 30), 2568),
        (date(2025, 10, 1), 2569),
        (date(2024, 12, 31), 2568),
    ],
)
def test_a_fiscal_year_starts_on_1_october_and_is_named_by_its_end(
    day: date, expected: int
) -> None:
    assert fiscal_year(day) == expected


@pytest.mark.parametrize(
    ("fy", "bounds"),
    [
        (2568, (date(2024, 10, 1), date(2025, 9, 30))),
        (2567, (date(2023, 10, 1), date(2024, 9, 30))),
    ],
)
def test_a_fiscal_year_runs_from_1_october_to_30_september(
    fy: int, bounds: tuple[date, date]
) -> None:
    assert fiscal_year_bounds(fy) == bounds
    assert {fiscal_year(bounds[0]), fiscal_year(bounds[1])} == {fy}


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 9, 30), 2),
        (date(2024, 10, 1), 1),
        (date(2024, 12, 31), 1),
        (date(2025, 1, 1), 1),
        (date(2025, 3, 31), 1),
        (date(2025, 4, 1), 2),
        (date(2025, 9, 30), 2),
    ],
)
def test_round_one_runs_october_to_march_and_round_two_april_to_september(
    day: date, expected: int
) -> None:
    assert fiscal_round(day) == expected


@pytest.mark.parametrize(
    ("today", "due", "expected"),
    [
        (date(2025, 1, 20), date(2025, 1, 31), 11),
        (date(2025, 1, 31), date(2025, 1, 31), 0),
        (date(2025, 2, 2), date(2025, 1, 31), -2),
        (date(2024, 12, 31), date(2025, 1, 1), 1),
        (date(2024, 2, 28), date(2024, 3, 1), 2),
    ],
)
def test_days_left_counts_calendar_days_and_goes_negative_when_overdue(
    today: date, due: date, expected: int
) -> None:
    assert days_left(today, due) == expected


@pytest.mark.parametrize(
    ("day", "holidays", "expected"),
    [
        (date(2025, 1, 31), NO_HOLIDAYS, True),
        (date(2025, 2, 1), NO_HOLIDAYS, False),
        (date(2025, 2, 2), NO_HOLIDAYS, False),
        (MAKHA_BUCHA_2568, NO_HOLIDAYS, True),
        (MAKHA_BUCHA_2568, {MAKHA_BUCHA_2568}, False),
    ],
)
def test_a_working_day_is_a_weekday_that_is_not_a_holiday(
    day: date, holidays: frozenset[date], expected: bool
) -> None:
    assert is_working_day(day, holidays) is expected


@pytest.mark.parametrize(
    ("day", "holidays", "expected"),
    [
        (date(2025, 1, 30), NO_HOLIDAYS, date(2025, 1, 31)),
        (date(2025, 1, 31), NO_HOLIDAYS, date(2025, 2, 3)),
        (date(2025, 2, 1), NO_HOLIDAYS, date(2025, 2, 3)),
        (date(2025, 1, 31), {date(2025, 2, 3)}, date(2025, 2, 4)),
        (date(2025, 2, 11), {MAKHA_BUCHA_2568}, date(2025, 2, 13)),
    ],
)
def test_the_next_working_day_skips_weekends_and_holidays(
    day: date, holidays: frozenset[date], expected: date
) -> None:
    assert next_working_day(day, holidays) == expected


@pytest.mark.parametrize(
    ("today", "due", "holidays", "expected"),
    [
        (date(2025, 1, 31), date(2025, 1, 31), NO_HOLIDAYS, 1),
        (date(2025, 2, 1), date(2025, 2, 2), NO_HOLIDAYS, 0),
        (date(2025, 1, 30), date(2025, 2, 3), NO_HOLIDAYS, 3),
        (date(2025, 1, 27), date(2025, 2, 7), NO_HOLIDAYS, 10),
        (date(2025, 2, 10), date(2025, 2, 14), {MAKHA_BUCHA_2568}, 4),
        (date(2025, 2, 10), date(2025, 2, 14), {date(2025, 2, 15)}, 5),
        (date(2025, 2, 1), date(2025, 1, 31), NO_HOLIDAYS, 0),
    ],
)
def test_working_days_left_count_today_and_the_deadline_across_weekends_and_holidays(
    today: date, due: date, holidays: frozenset[date], expected: int
) -> None:
    assert working_days_left(today, due, holidays) == expected


class _LazyHolidays:
    """A holiday calendar that answers ``in`` but cannot be listed, like ``holidays.TH()``."""

    def __contains__(self, day: object) -> bool:
        return day == MAKHA_BUCHA_2568

    def __iter__(self) -> Iterator[date]:
        return iter(())

    def __len__(self) -> int:
        return 0


def test_working_days_left_asks_the_holiday_calendar_day_by_day() -> None:
    assert working_days_left(date(2025, 2, 10), date(2025, 2, 14), _LazyHolidays()) == 4
