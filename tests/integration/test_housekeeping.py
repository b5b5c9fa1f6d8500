"""Technical records past their use are forgotten in bounded batches; users' data never is."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from bot.db.database import Database
from bot.db.housekeeping import KEEP, Housekeeper, Purged, purge
from handlers.ports import PendingAction, PendingState
from kpi_core.models import Organisation, Submission, SubmissionKind

ORG = "สำนักงานทดสอบ"
USER = "U" + "1" * 32
NOW = datetime(2025, 3, 1, 2, 0, tzinfo=UTC)
OLD = NOW - KEEP - timedelta(hours=1)
RECENT = NOW - KEEP + timedelta(hours=1)
DRAFT = Submission("1", SubmissionKind.VALUE, value=Decimal("1"))


@pytest.fixture
def db(database: Database) -> Database:
    database.organisations.save(Organisation(ORG))
    return database


def _draft(db: Database, token: str, created: datetime, state: PendingState | None = None):
    db.pending.add(
        PendingAction(token, ORG, USER, DRAFT, "", created, created + timedelta(minutes=15))
    )
    if state is not None:
        db.pending.settle(token, USER, state, now=created)


def test_event_ids_older_than_the_redelivery_window_are_forgotten(db: Database) -> None:
    for n in range(5):
        db.events.first_time(f"old-{n}", kind="message", received_at=OLD)
    db.events.first_time("recent", kind="message", received_at=RECENT)
    assert purge(db, now=NOW, batch=2) == Purged(events=5, drafts=0)
    assert db.events.first_time("old-0", kind="message", received_at=NOW)  # forgotten
    assert not db.events.first_time("recent", kind="message", received_at=NOW)  # kept


def test_a_backlog_is_worked_off_over_several_bounded_runs(db: Database) -> None:
    for n in range(5):
        db.events.first_time(f"old-{n}", kind="message", received_at=OLD)
    assert purge(db, now=NOW, batch=2, max_batches=2).events == 4
    assert purge(db, now=NOW, batch=2, max_batches=2).events == 1
    assert purge(db, now=NOW, batch=2, max_batches=2).events == 0


def test_settled_and_expired_drafts_go_open_and_recent_ones_stay(db: Database) -> None:
    _draft(db, "confirmed-long-ago", OLD, PendingState.CONFIRMED)
    _draft(db, "expired-long-ago", OLD)
    _draft(db, "cancelled-lately", RECENT, PendingState.CANCELLED)
    _draft(db, "open", NOW - timedelta(minutes=1))
    assert purge(db, now=NOW).drafts == 2
    kept = {t for t in ("confirmed-long-ago", "expired-long-ago", "cancelled-lately", "open")
            if db.pending.get(t) is not None}  # fmt: skip
    assert kept == {"cancelled-lately", "open"}


def test_submissions_are_never_purged(db: Database) -> None:
    db.submissions.append(ORG, replace(DRAFT, submitted_at=OLD - timedelta(days=365)))
    purge(db, now=NOW)
    assert len(db.submissions.list(ORG)) == 1


def test_the_housekeeper_runs_at_most_hourly(db: Database) -> None:
    keeper = Housekeeper(db)
    assert keeper.run_if_due(NOW) == Purged(0, 0)
    assert keeper.run_if_due(NOW + timedelta(minutes=59)) is None
    assert keeper.run_if_due(NOW + timedelta(hours=1)) == Purged(0, 0)
