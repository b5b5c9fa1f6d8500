"""Reminder policies, group listings and reminder deliveries on both databases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.db.database import Database
from bot.db.reminder_deliveries import DeliveryRecord, DeliveryState
from bot.db.tables import ReminderPolicyChangeRow
from handlers.ports import GroupBinding, StorageError
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Organisation, ReminderPolicy
from tests.integration.conftest import at_once

ORG = "สำนักงานทดสอบ"
OTHER_ORG = "สำนักงานอื่น"
GROUP = "C" + "a" * 32
OTHER_GROUP = "C" + "b" * 32
AT = datetime(2025, 1, 20, 2, 0, tzinfo=UTC)  # 09:00 in Bangkok
KEY = "3f2b8c1e-6a4d-5e7f-9a0b-1c2d3e4f5a6b"
POLICY = ReminderPolicy(
    days_before=(5, 2, 0),
    hour=13,
    minute=30,
    enabled=False,
    before_open=False,
    overdue=False,
    quiet_weekdays=frozenset({6}),
    quiet_holidays=False,
    quiet_dates=frozenset({date(2025, 1, 2), date(2024, 12, 31)}),
)


@pytest.fixture
def db(database: Database) -> Database:
    """A migrated database holding two organisations."""
    database.organisations.save(Organisation(ORG))
    database.organisations.save(Organisation(OTHER_ORG))
    return database


def _planned(**changes: Any) -> dict[str, Any]:
    """What the scheduler knows about a reminder: 3 days before step 2 of indicator 1."""
    base = {
        "group_id": GROUP,
        "organisation": ORG,
        "indicator_code": "1",
        "step": 2,
        "kind": "ahead",
        "offset": 3,
        "due": date(2025, 1, 23),
        "send_at": AT.astimezone(BANGKOK),
        "late": False,
        "retry_key": KEY,
        "claimer": "scheduler-1",
    }
    return {**base, **changes}


def _claim(db: Database, identity: str = "r-1", now: datetime = AT, **changes: Any) -> Any:
    return db.reminder_deliveries.claim(identity, now=now, **_planned(**changes))


def test_a_group_without_a_policy_gets_the_default_policy(db: Database) -> None:
    assert db.reminder_policies.get(GROUP) == ReminderPolicy()


def test_a_saved_policy_comes_back_whole(db: Database) -> None:
    db.reminder_policies.save(GROUP, POLICY, by="cli", at=AT)
    assert db.reminder_policies.get(GROUP) == POLICY
    assert db.reminder_policies.get(OTHER_GROUP) == ReminderPolicy()


def test_saving_again_replaces_the_policy_and_keeps_every_change_in_the_log(db: Database) -> None:
    db.reminder_policies.save(GROUP, POLICY, by="cli", at=AT)
    db.reminder_policies.save(GROUP, ReminderPolicy(), by="U" + "1" * 32, at=AT.astimezone(BANGKOK))
    assert db.reminder_policies.get(GROUP) == ReminderPolicy()
    columns = (ReminderPolicyChangeRow.changed_by, ReminderPolicyChangeRow.days_before)
    with db.engine.connect() as connection:
        log = connection.execute(select(*columns).order_by(ReminderPolicyChangeRow.id)).all()
    assert [tuple(row) for row in log] == [("cli", [5, 2, 0]), ("U" + "1" * 32, [7, 3, 1, 0])]


def test_two_first_policies_of_one_group_at_once_leave_one_policy(db: Database) -> None:
    def save(policy: ReminderPolicy) -> Callable[[], None]:
        return lambda: db.reminder_policies.save(GROUP, policy, by="cli", at=AT)

    at_once(save(POLICY), save(ReminderPolicy(hour=8)))
    assert db.reminder_policies.get(GROUP) in (POLICY, ReminderPolicy(hour=8))


def test_all_lists_every_bound_group_oldest_binding_first(db: Database) -> None:
    assert db.groups.all() == []
    db.groups.bind(GroupBinding(OTHER_GROUP, OTHER_ORG, "cli", AT + timedelta(hours=1)))
    db.groups.bind(GroupBinding(GROUP, ORG, "cli", AT.astimezone(BANGKOK)))
    assert db.groups.all() == [
        GroupBinding(GROUP, ORG, "cli", AT),
        GroupBinding(OTHER_GROUP, OTHER_ORG, "cli", AT + timedelta(hours=1)),
    ]


def test_a_claim_comes_back_whole_and_a_second_claim_finds_nothing(db: Database) -> None:
    claimed = _claim(db)
    assert isinstance(claimed, DeliveryRecord)
    assert (claimed.identity, claimed.organisation, claimed.state) == (
        "r-1",
        ORG,
        DeliveryState.CLAIMED,
    )
    assert (claimed.send_at, claimed.claimed_at, claimed.send_at.tzinfo) == (AT, AT, UTC)
    assert (claimed.attempts, claimed.status, claimed.request_id, claimed.error) == (
        0,
        None,
        "",
        "",
    )
    assert db.reminder_deliveries.list() == [claimed]
    assert _claim(db, claimer="scheduler-2") is None


@pytest.mark.parametrize("round_", range(5))
def test_two_schedulers_claiming_one_reminder_at_once_claim_it_exactly_once(
    db: Database, round_: int
) -> None:
    def claim(claimer: str) -> Callable[[], DeliveryRecord | None]:
        return lambda: _claim(db, f"r-{round_}", claimer=claimer)

    results = at_once(claim("scheduler-1"), claim("scheduler-2"))
    winners = [r for r in results if r is not None]
    assert len(winners) == 1
    assert db.reminder_deliveries.list() == winners


def test_a_claim_left_behind_longer_than_stale_after_is_taken_over_once(db: Database) -> None:
    _claim(db)
    later = AT + timedelta(minutes=5, seconds=1)
    taken = _claim(db, now=later, claimer="scheduler-2")
    assert taken is not None
    assert (taken.claimed_by, taken.claimed_at, taken.retry_key) == ("scheduler-2", later, KEY)
    assert _claim(db, now=later, claimer="scheduler-3") is None


@pytest.mark.parametrize("age", [timedelta(0), timedelta(minutes=4), timedelta(minutes=5)])
def test_a_fresh_claim_is_not_taken_over(db: Database, age: timedelta) -> None:
    _claim(db)
    assert _claim(db, now=AT + age, claimer="scheduler-2") is None
    assert db.reminder_deliveries.list()[0].claimed_by == "scheduler-1"


def test_a_shorter_stale_after_lets_a_claim_be_taken_over_sooner(db: Database) -> None:
    _claim(db)
    later = AT + timedelta(seconds=31)
    claim = db.reminder_deliveries.claim
    assert claim("r-1", now=later, stale_after=timedelta(minutes=1), **_planned()) is None
    assert claim("r-1", now=later, stale_after=timedelta(seconds=30), **_planned()) is not None


@pytest.mark.parametrize("round_", range(5))
def test_two_takers_of_one_stale_claim_at_once_take_it_exactly_once(
    db: Database, round_: int
) -> None:
    _claim(db, f"r-{round_}")
    later = AT + timedelta(minutes=10)

    def take(claimer: str) -> Callable[[], DeliveryRecord | None]:
        return lambda: _claim(db, f"r-{round_}", now=later, claimer=claimer)

    results = at_once(take("scheduler-2"), take("scheduler-3"))
    assert sum(r is not None for r in results) == 1


def _finish(db: Database, state: DeliveryState, now: datetime) -> bool:
    deliveries = db.reminder_deliveries
    if state is DeliveryState.SENT:
        return deliveries.mark_sent("r-1", status=200, request_id="req-1", attempts=1, now=now)
    if state is DeliveryState.FAILED:
        return deliveries.mark_failed("r-1", status=400, error="bad", attempts=1, now=now)
    return deliveries.mark_skipped("r-1", reason="วันหยุด", now=now)


@pytest.mark.parametrize("state", [DeliveryState.SENT, DeliveryState.FAILED, DeliveryState.SKIPPED])
def test_a_finished_delivery_can_never_be_claimed_again(db: Database, state: DeliveryState) -> None:
    _claim(db)
    assert _finish(db, state, AT + timedelta(seconds=2)) is True
    assert _claim(db, now=AT + timedelta(days=2), claimer="scheduler-2") is None
    assert _finish(db, DeliveryState.SENT, AT + timedelta(days=2)) is False
    assert db.reminder_deliveries.list()[0].state is state


def test_a_sent_delivery_keeps_its_status_request_id_attempts_and_time(db: Database) -> None:
    _claim(db)
    done = AT.astimezone(BANGKOK) + timedelta(seconds=3)
    db.reminder_deliveries.mark_sent("r-1", status=409, request_id="req-9", attempts=2, now=done)
    (record,) = db.reminder_deliveries.list()
    assert (record.state, record.status, record.request_id, record.attempts) == (
        DeliveryState.SENT,
        409,
        "req-9",
        2,
    )
    assert (record.finished_at, record.finished_at.tzinfo, record.notified_at) == (done, UTC, None)


def test_a_timed_out_delivery_fails_without_a_status(db: Database) -> None:
    _claim(db)
    deliveries = db.reminder_deliveries
    assert deliveries.mark_failed("r-1", status=None, error="timeout", attempts=4, now=AT)
    (record,) = deliveries.list()
    assert (record.state, record.status, record.error, record.attempts) == (
        DeliveryState.FAILED,
        None,
        "timeout",
        4,
    )


def test_marking_an_unknown_delivery_changes_nothing(db: Database) -> None:
    assert _finish(db, DeliveryState.SENT, AT) is False
    assert db.reminder_deliveries.list() == []


def test_a_skip_without_a_claim_is_recorded_once_and_blocks_later_claims(db: Database) -> None:
    skip = db.reminder_deliveries.record_skipped
    assert skip("r-1", reason="ส่งแล้ว", now=AT, **_planned()) is True
    assert skip("r-1", reason="อีกครั้ง", now=AT, **_planned()) is False
    (record,) = db.reminder_deliveries.list()
    assert (record.state, record.error, record.finished_at) == (DeliveryState.SKIPPED, "ส่งแล้ว", AT)
    assert _claim(db, now=AT + timedelta(days=1)) is None


def test_a_skip_is_not_recorded_over_an_existing_claim(db: Database) -> None:
    _claim(db)
    assert db.reminder_deliveries.record_skipped("r-1", reason="x", now=AT, **_planned()) is False
    assert db.reminder_deliveries.list()[0].state is DeliveryState.CLAIMED


def test_a_delivery_for_an_unknown_organisation_is_refused(db: Database) -> None:
    with pytest.raises(StorageError, match="กรมสมมติ"):
        _claim(db, organisation="กรมสมมติ")
    with pytest.raises(StorageError, match="กรมสมมติ"):
        db.reminder_deliveries.unnotified_failures("กรมสมมติ")
    assert db.reminder_deliveries.list() == []


def test_failures_stay_unnotified_until_marked_and_each_organisation_sees_its_own(
    db: Database,
) -> None:
    deliveries = db.reminder_deliveries
    for identity, organisation in [("r-1", ORG), ("r-2", ORG), ("r-3", OTHER_ORG), ("r-4", ORG)]:
        _claim(db, identity, organisation=organisation)
        if identity != "r-2":
            deliveries.mark_failed(identity, status=429, error="quota", attempts=5, now=AT)
    failures = deliveries.unnotified_failures(ORG)
    assert [f.identity for f in failures] == ["r-1", "r-4"]
    told = AT + timedelta(minutes=1)
    assert deliveries.mark_notified([failures[0].id], now=told) == 1
    assert deliveries.mark_notified([failures[0].id], now=told + timedelta(hours=1)) == 0
    assert [f.identity for f in deliveries.unnotified_failures(ORG)] == ["r-4"]
    assert [f.identity for f in deliveries.unnotified_failures(OTHER_ORG)] == ["r-3"]
    notified = [r.notified_at for r in deliveries.list() if r.identity == "r-1"]
    assert notified == [told]


def test_the_log_lists_newest_first_and_can_keep_to_one_group(db: Database) -> None:
    for number, group in enumerate([GROUP, OTHER_GROUP, GROUP], start=1):
        _claim(db, f"r-{number}", group_id=group)
    deliveries = db.reminder_deliveries
    assert [r.identity for r in deliveries.list()] == ["r-3", "r-2", "r-1"]
    assert [r.identity for r in deliveries.list(group_id=GROUP)] == ["r-3", "r-1"]
    assert [r.identity for r in deliveries.list(limit=1)] == ["r-3"]


def test_a_claim_for_a_reminder_due_over_a_day_ago_is_never_taken_over(db: Database) -> None:
    """LINE forgets a retry key after 24 hours: re-sending then could deliver twice."""
    deliveries = db.reminder_deliveries
    planned = _planned()
    first = planned["send_at"] + timedelta(minutes=1)
    assert deliveries.claim("late-identity", now=first, **planned) is not None
    assert deliveries.claim("late-identity", now=first + timedelta(hours=24), **planned) is None
