"""A month of pushes within the quota: the most useful sends first, merged, or held back."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.reminder_budget import (
    Budget,
    Candidate,
    Decision,
    Fate,
    Use,
    margin_for,
    plan_month,
    usefulness,
)
from kpi_core.reminders import ReminderKind

DUE_4, DUE_5 = date(2025, 9, 24), date(2025, 9, 30)


def _at(day: int) -> datetime:
    return datetime(2025, 9, day, 9, 0, tzinfo=BANGKOK)


def _send(name: str, day: int, use: Use, due: date = DUE_4, group: str = "Cmol") -> Candidate:
    return Candidate(name, group, _at(day), use, due)


# The demo's September: steps 4 (due 24th) and 5 (due 30th) under the default policy.
SEPTEMBER = [
    _send("4-open", 12, Use.OPENING),
    _send("4-7", 17, Use.EARLY),
    _send("4-3", 19, Use.FEW_DAYS),
    _send("4-1", 23, Use.ONE_DAY),
    _send("5-7", 23, Use.EARLY, DUE_5),  # the same morning as 4-1: one push
    _send("4-0", 24, Use.DEADLINE),
    _send("4-late", 25, Use.DEADLINE),
    _send("5-3", 26, Use.FEW_DAYS, DUE_5),
    _send("5-1", 29, Use.ONE_DAY, DUE_5),
    _send("5-0", 30, Use.DEADLINE, DUE_5),
]


def _fates(candidates: list[Candidate], available: int, members: int = 30) -> dict[str, Fate]:
    plan = plan_month(candidates, {"Cmol": members, "Cocsc": members}, Budget(available, 0))
    assert plan.cost() <= available
    return {name: decision.fate for name, decision in plan.decisions.items()}


def test_with_room_for_every_push_every_send_is_kept_and_shared_mornings_cost_once() -> None:
    plan = plan_month(SEPTEMBER, {"Cmol": 30}, Budget(300, 0, margin_for(300)))
    assert {d.fate for d in plan.decisions.values()} == {Fate.KEEP}
    assert (plan.push_count(), plan.cost()) == (9, 270)


def test_a_tight_month_holds_the_7_day_and_opening_notices_first() -> None:
    fates = _fates(SEPTEMBER, available=7 * 30)
    assert [n for n, f in fates.items() if f is Fate.HOLD] == ["4-open", "4-7"]


def test_the_deadline_mornings_and_the_overdue_notice_are_the_last_to_go() -> None:
    fates = _fates(SEPTEMBER, available=3 * 30)
    kept = {n for n, f in fates.items() if f is Fate.KEEP}
    assert kept == {"4-0", "4-late", "5-0"}


def test_among_equally_useful_sends_the_nearest_deadline_goes_first() -> None:
    fates = _fates(SEPTEMBER, available=1 * 30)
    assert [n for n, f in fates.items() if f is Fate.KEEP] == ["4-0"]


def test_an_early_notice_that_does_not_fit_rides_on_a_push_of_its_group_up_to_3_days_before() -> (
    None
):
    sends = [_send("4-1", 23, Use.ONE_DAY), _send("5-3", 26, Use.FEW_DAYS, DUE_5)]
    plan = plan_month(sends, {"Cmol": 30}, Budget(30, 0))
    assert plan.decisions["5-3"] == Decision(Fate.MERGE, ("Cmol", _at(23)))
    assert plan.cost() == 30


def test_a_push_of_another_group_or_more_than_3_days_earlier_is_no_host() -> None:
    sends = [
        _send("4-1", 23, Use.ONE_DAY, group="Cocsc"),
        _send("4-open", 12, Use.ONE_DAY),
        _send("4-7", 17, Use.EARLY),
    ]
    fates = _fates(sends, available=60)
    assert fates["4-7"] is Fate.HOLD


def test_the_deadline_morning_is_never_merged_away() -> None:
    sends = [_send("4-1", 23, Use.ONE_DAY), _send("4-0", 24, Use.DEADLINE)]
    assert _fates(sends, available=30) == {"4-0": Fate.KEEP, "4-1": Fate.HOLD}


@pytest.mark.parametrize("available", range(0, 330, 15))
def test_the_plan_never_spends_more_than_is_available(available: int) -> None:
    two_groups = SEPTEMBER + [
        _send(f"ocsc-{c.identity}", c.send_at.day, c.use, c.due or DUE_4, "Cocsc")
        for c in SEPTEMBER
    ]
    plan = plan_month(two_groups, {"Cmol": 30, "Cocsc": 34}, Budget(available + 40, 40))
    assert plan.cost() <= available


def test_without_a_limit_nothing_is_held() -> None:
    plan = plan_month(SEPTEMBER, {"Cmol": 500}, Budget(None, 10_000))
    assert plan.budget.available is None
    assert all(d.fate is Fate.KEEP for d in plan.decisions.values())


@pytest.mark.parametrize(("limit", "margin"), [(300, 30), (15_000, 1_500), (35, 4), (None, 0)])
def test_a_tenth_of_the_quota_rounded_up_is_kept_for_pushed_answers(limit, margin) -> None:
    assert margin_for(limit) == margin


def test_the_used_and_the_margin_come_off_the_quota_and_never_below_zero() -> None:
    assert Budget(300, 180, 30).available == 90
    assert Budget(300, 290, 30).available == 0


@pytest.mark.parametrize(
    ("kind", "offset", "use"),
    [
        (ReminderKind.BEFORE_DUE, 0, Use.DEADLINE),
        (ReminderKind.OVERDUE, 0, Use.DEADLINE),
        (ReminderKind.BEFORE_DUE, 1, Use.ONE_DAY),
        (ReminderKind.BEFORE_DUE, 3, Use.FEW_DAYS),
        (ReminderKind.BEFORE_OPEN, 0, Use.OPENING),
        (ReminderKind.BEFORE_DUE, 7, Use.EARLY),
        (ReminderKind.DIGEST, 0, Use.DIGEST),
        (ReminderKind.ALL_DONE, 0, Use.ALL_DONE),
    ],
)
def test_how_useful_each_kind_of_send_is(kind: ReminderKind, offset: int, use: Use) -> None:
    assert usefulness(kind, offset) is use
