"""One transaction per event: what a unit of work keeps, and the data version every write bumps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from bot.db.database import Database
from bot.db.reminder_claims import Claim
from bot.db.reminder_records import DeliveryState
from bot.demo import DEMO_GROUP, load_demo
from bot.holidays_th import holidays_around
from bot.reminders.group_push import planned_delivery
from bot.reminders.planning import due_now
from bot.reminders.reply_reminders import ReplyReminders
from handlers.ports import GroupBinding
from handlers.replies import Reply
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import (
    Member,
    Organisation,
    ReminderPolicy,
    Submission,
    SubmissionKind,
    Unit,
)
from kpi_core.reminders import identity

ORG = "สำนักงานทดสอบ"
OTHER = "สำนักงานอื่น"
USER = "U" + "1" * 32
GROUP = "C" + "a" * 32
AT = datetime(2025, 1, 20, 3, 0, tzinfo=UTC)
VALUE = Submission("1", SubmissionKind.VALUE, value=Decimal("52.3"), submitted_at=AT)


@pytest.fixture
def db(database: Database) -> Database:
    """Two organisations, the first with a unit."""
    database.organisations.save(Organisation(ORG, units=(Unit("กองคลัง"),)))
    database.organisations.save(Organisation(OTHER))
    return database


def test_a_unit_of_work_keeps_nothing_without_commit(db: Database) -> None:
    with db.unit_of_work() as uow:
        assert uow.events.first_time("evt-1", kind="message", received_at=AT)
        uow.submissions.append(ORG, VALUE)
        assert len(uow.submissions.list(ORG)) == 1  # its own writes are visible to it
    assert db.submissions.list(ORG) == []
    assert db.events.first_time("evt-1", kind="message", received_at=AT)


def test_a_committed_unit_of_work_keeps_the_event_and_its_writes_together(db: Database) -> None:
    with db.unit_of_work() as uow:
        uow.events.first_time("evt-1", kind="message", received_at=AT)
        uow.submissions.append(ORG, VALUE)
        uow.commit()
    assert len(db.submissions.list(ORG)) == 1
    assert not db.events.first_time("evt-1", kind="message", received_at=AT)


def test_a_failure_inside_the_unit_of_work_leaves_no_trace(db: Database) -> None:
    with pytest.raises(RuntimeError), db.unit_of_work() as uow:
        uow.events.first_time("evt-1", kind="message", received_at=AT)
        uow.submissions.append(ORG, VALUE)
        raise RuntimeError("the handler failed after writing")
    assert db.submissions.list(ORG) == []
    assert db.events.first_time("evt-1", kind="message", received_at=AT)  # a redelivery handles it


def test_a_redelivered_event_inside_a_unit_of_work_leaves_it_usable(db: Database) -> None:
    db.events.first_time("evt-1", kind="message", received_at=AT)
    with db.unit_of_work() as uow:
        assert not uow.events.first_time("evt-1", kind="message", received_at=AT)
        uow.submissions.append(ORG, VALUE)  # the failed insert rolled back only its savepoint
        uow.commit()
    assert len(db.submissions.list(ORG)) == 1


def _versions(db: Database) -> tuple[int | None, int | None]:
    return db.organisations.version(ORG), db.organisations.version(OTHER)


# Every write a reply shows bumps the version: tests/integration/test_read_model.py.


def test_moving_a_member_or_a_group_bumps_both_organisations(db: Database) -> None:
    db.members.save(Member(USER, ORG, "กองคลัง", registered_at=AT))
    db.groups.bind(GroupBinding(GROUP, ORG, "cli", AT))
    before = _versions(db)
    db.members.save(Member(USER, OTHER, None, registered_at=AT))
    db.groups.bind(GroupBinding(GROUP, OTHER, "cli", AT))
    after = _versions(db)
    assert after[0] == before[0] + 2 and after[1] == before[1] + 2


def test_the_bot_leaving_a_group_bumps_its_organisations_data_version(db: Database) -> None:
    db.groups.bind(GroupBinding(GROUP, ORG, "cli", AT))
    before = _versions(db)
    with db.unit_of_work() as uow:
        uow.groups.leave(GROUP, at=AT, event_id="evt-leave")
        uow.commit()
    after = _versions(db)
    assert after == (before[0] + 1, before[1])


def test_an_unknown_organisation_has_no_version(db: Database) -> None:
    assert db.organisations.version("ไม่มีหน่วยงานนี้") is None


def test_a_desk_login_link_is_kept_with_its_event_and_changes_no_data_version(
    db: Database,
) -> None:
    from datetime import timedelta

    from bot.db.desk_logins import DeskLogin

    login = DeskLogin("nonce-1", USER, ORG, AT, AT + timedelta(minutes=10), "chat", "evt-1", USER)
    before = db.organisations.version(ORG)
    with db.unit_of_work() as uow:
        uow.events.first_time("evt-1", kind="message", received_at=AT)
        uow.desk_logins.issue(login)
    assert db.desk_logins.use("nonce-1", USER, now=AT) is None  # rolled back with the event
    with db.unit_of_work() as uow:
        uow.desk_logins.issue(login)
        uow.commit()
    assert db.organisations.version(ORG) == before  # a technical record: replies show nothing
    assert db.desk_logins.use("nonce-1", USER, now=AT) == ORG


@pytest.mark.parametrize("commit", [False, True], ids=["rolled-back", "committed"])
def test_a_reminder_riding_on_a_reply_is_kept_only_with_its_event(
    database: Database, commit: bool
) -> None:
    load_demo(database)
    now = datetime(2025, 1, 28, 9, 30, tzinfo=BANGKOK)
    with database.unit_of_work() as uow:
        uow.events.first_time("evt-r", kind="message", received_at=now)
        riding = ReplyReminders(uow, holidays_around)
        reply = riding.claim_for_reply(DEMO_GROUP, now=now, event_id="evt-r", room=4)
        assert reply is not None and not reply.silent
        if commit:
            uow.commit()
    kept = [(r.via, r.source_event_id) for r in database.reminder_deliveries.list()]
    assert kept == ([("reply", "evt-r")] if commit else [])


def _answer_in_group(database: Database, now: datetime, event_id: str) -> Reply | None:
    """What rides on an answer in the demo group, committed with its event."""
    with database.unit_of_work() as uow:
        uow.events.first_time(event_id, kind="message", received_at=now)
        riding = ReplyReminders(uow, holidays_around)
        reply = riding.claim_for_reply(DEMO_GROUP, now=now, event_id=event_id, room=4)
        uow.commit()
    return reply


def test_a_reminder_another_sender_holds_is_read_again_and_rides_once_its_push_failed(
    database: Database,
) -> None:
    load_demo(database)
    now = datetime(2025, 1, 28, 9, 30, tzinfo=BANGKOK)
    [data] = database.reminder_snapshot.groups(as_of=now, group_ids={DEMO_GROUP})
    due = due_now(data, now, holidays_around(now.date()))
    claims = [Claim(identity(DEMO_GROUP, r), planned_delivery(data, r, "key-s")) for r in due]
    assert database.reminder_claims.claim(claims, claimer="scheduler", now=now)
    assert _answer_in_group(database, now, "evt-1") is None  # the scheduler is pushing them
    ids = [c.identity for c in claims]
    retry = now + timedelta(minutes=5)
    failed = {"status": 429, "attempts": 3, "error": "too many", "finished_at": now}
    database.reminder_claims.finish(ids, DeliveryState.FAILED, retry_at=retry, **failed)
    assert _answer_in_group(database, now, "evt-2") is not None  # refused outright: it rides
    assert _answer_in_group(database, now, "evt-3") is None  # and only once
    kept = [(r.state, r.via, r.source_event_id) for r in database.reminder_deliveries.list()]
    assert kept == [("sent", "reply", "evt-2")] * len(ids)


@pytest.mark.parametrize(
    "write",
    [
        lambda db: db.reminder_postponements.postpone(GROUP, "1", 3, AT.date(), by=USER, at=AT),
        lambda db: db.line_figures.put("consumption", 12, now=AT),
        lambda db: db.reminder_policies.save(
            GROUP, ReminderPolicy(weekly_digest=True), by=USER, at=AT
        ),
    ],
    ids=["postponement", "line-figure", "digest-setting"],
)
def test_reminder_writes_leave_what_status_replies_show_alone(db: Database, write) -> None:  # noqa: ANN001
    before = _versions(db)
    write(db)
    assert _versions(db) == before
