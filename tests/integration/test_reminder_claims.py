"""A group's reminders claimed together, LINE's figures, postponements and the batched snapshot,
on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from bot.db.database import Database
from bot.db.reminder_claims import Claim
from bot.db.reminder_records import DeliveryState, PlannedDelivery
from bot.demo import DEMO_GROUP, load_demo
from handlers.ports import GroupBinding
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Organisation, ReminderPolicy, SubmissionKind
from tests.integration.conftest import at_once

ORG = "สำนักงานทดสอบ"
GROUP = "C" + "a" * 32
AT = datetime(2025, 1, 28, 2, 0, tzinfo=UTC)  # 09:00 in Bangkok


@pytest.fixture
def db(database: Database) -> Database:
    database.organisations.save(Organisation(ORG))
    return database


def _planned(step: int, key: str = "key-1", **changes: Any) -> PlannedDelivery:
    base = PlannedDelivery(
        group_id=GROUP,
        organisation=ORG,
        indicator_code="1",
        step=step,
        kind="before_due",
        offset=3,
        due=date(2025, 1, 31),
        send_at=AT,
        late=False,
        retry_key=key,
        claimer="",
    )
    return PlannedDelivery(**{**base, **changes})


def _claims(*steps: int, key: str = "key-1") -> list[Claim]:
    return [Claim(f"r-{step}", _planned(step, key)) for step in steps]


def test_a_group_claim_takes_every_reminder_with_one_retry_key(db: Database) -> None:
    claimed = db.reminder_claims.claim(_claims(3, 4), claimer="a", now=AT)
    assert claimed is not None
    assert [(r.identity, r.state, r.retry_key, r.claimed_by) for r in claimed] == [
        ("r-3", DeliveryState.CLAIMED, "key-1", "a"),
        ("r-4", DeliveryState.CLAIMED, "key-1", "a"),
    ]


def test_a_group_claim_is_all_or_nothing(db: Database) -> None:
    assert db.reminder_claims.claim(_claims(4), claimer="a", now=AT)
    assert db.reminder_claims.claim(_claims(3, 4, key="key-2"), claimer="b", now=AT) is None
    assert [r.identity for r in db.reminder_deliveries.list()] == ["r-4"]


@pytest.mark.parametrize("round_", range(3))
def test_two_senders_claiming_a_group_at_once_never_split_it(db: Database, round_: int) -> None:
    results = at_once(
        lambda: db.reminder_claims.claim(_claims(3, 4, 5), claimer="a", now=AT),
        lambda: db.reminder_claims.claim(_claims(3, 4, 5), claimer="b", now=AT),
    )
    winners = [r for r in results if r is not None]
    assert len(winners) == 1 and len(winners[0]) == 3
    assert {r.claimed_by for r in db.reminder_deliveries.list()} == {winners[0][0].claimed_by}


def test_a_failed_push_is_recorded_with_its_next_try_and_claimed_again_once(db: Database) -> None:
    claims = db.reminder_claims
    claims.claim(_claims(3), claimer="a", now=AT)
    retry = AT + timedelta(minutes=5)
    failed = {"status": 500, "error": "boom", "attempts": 3, "finished_at": AT, "retry_at": retry}
    assert claims.finish(["r-3"], DeliveryState.FAILED, **failed) == 1
    [record] = db.reminder_deliveries.list()
    assert (record.state, record.tries, record.retry_at) == (DeliveryState.FAILED, 1, retry)
    again = [Claim("r-3", _planned(3), record)]
    results = at_once(
        lambda: claims.claim(again, claimer="b", now=retry),
        lambda: claims.claim(again, claimer="c", now=retry),
    )
    [taken] = [r for r in results if r is not None]
    assert (taken[0].state, taken[0].retry_key, taken[0].key_since) == (
        DeliveryState.CLAIMED,
        "key-1",
        record.key_since,
    )


def test_a_retry_under_a_new_key_starts_its_24_hours_again(db: Database) -> None:
    claims = db.reminder_claims
    claims.claim(_claims(3), claimer="a", now=AT)
    claims.finish(["r-3"], DeliveryState.FAILED, status=429, retry_at=AT, finished_at=AT)
    [record] = db.reminder_deliveries.list()
    later = AT + timedelta(hours=1)
    [taken] = claims.claim([Claim("r-3", _planned(3, "key-2"), record)], claimer="b", now=later)
    assert (taken.retry_key, taken.key_since) == ("key-2", later)


def test_a_sent_push_is_recorded_for_every_reminder_it_held(db: Database) -> None:
    claims = db.reminder_claims
    claims.claim(_claims(3, 4), claimer="a", now=AT)
    done = {"status": 200, "request_id": "req", "attempts": 1, "cost": 30, "finished_at": AT}
    assert claims.finish(["r-3", "r-4"], DeliveryState.SENT, **done) == 2
    assert claims.finish(["r-3"], DeliveryState.SENT, **done) == 0  # only claimed ones move
    found = claims.existing(["r-3", "r-4", "r-9"])
    assert {k: (r.state, r.cost, r.tries) for k, r in found.items()} == {
        "r-3": (DeliveryState.SENT, 30, 1),
        "r-4": (DeliveryState.SENT, 30, 1),
    }


def test_existing_as_of_a_moment_ignores_later_claims(db: Database) -> None:
    db.reminder_claims.claim(_claims(3), claimer="a", now=AT)
    assert db.reminder_claims.existing(["r-3"], as_of=AT - timedelta(seconds=1)) == {}
    assert list(db.reminder_claims.existing(["r-3"], as_of=AT)) == ["r-3"]


def test_a_held_back_reminder_is_told_to_the_coordinator_once(db: Database) -> None:
    planned = {k: v for k, v in _planned(3).items()}
    planned["claimer"] = "a"
    db.reminder_deliveries.record_skipped("r-3", reason="quota: ต้องใช้ 30", now=AT, **planned)
    db.reminder_deliveries.record_skipped("r-4", reason="อย่างอื่น", now=AT, **planned)
    [held] = db.reminder_deliveries.unnotified_holds(ORG)
    assert (held.identity, held.step) == ("r-3", 3)
    db.reminder_deliveries.mark_notified([held.id], now=AT)
    assert db.reminder_deliveries.unnotified_holds(ORG) == []


def test_figures_are_stored_replaced_and_counted_up(db: Database) -> None:
    figures = db.line_figures
    assert figures.get(["quota"]) == {}
    figures.put("quota", 300, now=AT)
    figures.put("consumption", 10, now=AT)
    figures.put("consumption", 12, now=AT + timedelta(hours=1), detail={"why": "read again"})
    assert figures.add("consumption", 30) and not figures.add("missing", 30)
    found = figures.get(["quota", "consumption"])
    assert (found["quota"].value, found["consumption"].value) == (300, 42)
    assert found["consumption"].fetched_at == AT + timedelta(hours=1)
    assert found["consumption"].detail == {"why": "read again"}


def test_a_figure_of_no_limit_is_stored_as_none(db: Database) -> None:
    db.line_figures.put("quota", None, now=AT)
    assert db.line_figures.get(["quota"])["quota"].value is None


def test_postponements_are_kept_in_order_per_group_indicator_and_step(db: Database) -> None:
    store = db.reminder_postponements
    for day in (28, 30):
        store.postpone(GROUP, "1", 3, date(2025, 1, day), by="Ucoord", at=AT, event_id=f"e{day}")
    store.postpone("Cother", "1", 4, date(2025, 9, 17), by="Ucoord", at=AT)
    assert store.of_group(GROUP) == {"1": {3: (date(2025, 1, 28), date(2025, 1, 30))}}
    assert store.of_groups([GROUP, "Cother", "Cnone"]) == {
        GROUP: {"1": {3: (date(2025, 1, 28), date(2025, 1, 30))}},
        "Cother": {"1": {4: (date(2025, 9, 17),)}},
    }


def test_the_weekly_digest_setting_is_stored_with_the_policy(db: Database) -> None:
    policy = replace(ReminderPolicy(), weekly_digest=True)
    db.reminder_policies.save(GROUP, policy, by="cli", at=AT)
    assert db.reminder_policies.get(GROUP) == policy
    assert db.reminder_policies.of_groups([GROUP, "Cother"]) == {GROUP: policy}


def test_the_snapshot_reads_a_group_as_the_single_reads_do(database: Database) -> None:
    load_demo(database)
    database.groups.bind(GroupBinding(GROUP, "สำนักงานปลัดกระทรวงแรงงาน", "cli", AT))
    database.reminder_policies.save(GROUP, ReminderPolicy(enabled=False), by="cli", at=AT)
    as_of = datetime(2025, 1, 28, 9, 0, tzinfo=BANGKOK)
    found = {g.binding.group_id: g for g in database.reminder_snapshot.groups(as_of=as_of)}
    assert GROUP not in found  # reminders off
    mol = found[DEMO_GROUP]
    full = database.organisations.get(mol.organisation.name)
    assert mol.organisation.units == full.units
    assert [i.code for i in mol.organisation.indicators] == ["1"]  # milestone indicators only
    steps = [r for r in database.submissions.list(full.name) if r.kind is SubmissionKind.STEP]
    assert list(mol.submissions) == steps
    assert {u: [m.line_user_id for m in ms] for u, ms in mol.members.items()} == {
        m.unit: [m.line_user_id] for m in database.members.members_of(full.name) if m.unit
    }


def test_the_snapshot_sees_submissions_as_of_the_moment_asked(database: Database) -> None:
    load_demo(database)
    before_demo = datetime(2020, 1, 1, tzinfo=UTC)
    found = database.reminder_snapshot.groups(as_of=before_demo, group_ids={DEMO_GROUP})
    assert [g.submissions for g in found] == [()]
