"""The watchdog cuts a PostgreSQL connection whose statement waits past its deadline, and only
such a one: work between statements, however slow, is never cut."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from bot.db.database import Database
from bot.db.engine import DatabaseTimeouts
from bot.db.failures import DatabaseUnavailable

AT = datetime(2025, 1, 28, 2, 30, tzinfo=UTC)
QUICK = DatabaseTimeouts(stuck=0.5)


def test_a_statement_waiting_past_the_deadline_is_cut_and_the_unit_says_so(
    postgres_url: str,
) -> None:
    db = Database.connect(postgres_url, QUICK)
    with pytest.raises(DatabaseUnavailable) as failure, db.unit_of_work() as uow:
        uow.events.first_time("evt-1", kind="message", received_at=AT)
        uow.events._scope.session.execute(text("select pg_sleep(2)"))  # the server is silent
    assert failure.value.deadline and not failure.value.stale
    with db.engine.connect() as connection:  # a read: the server may still be sleeping
        kept = connection.execute(text("select count(*) from processed_events")).scalar()
    assert kept == 0
    db.close()


def test_slow_work_between_statements_is_never_cut(postgres_url: str) -> None:
    db = Database.connect(postgres_url, QUICK)
    with db.unit_of_work() as uow:
        uow.events.first_time("evt-1", kind="message", received_at=AT)
        time.sleep(1.0)  # reading Thai, building cards: the connection is idle, not stuck
        uow.commit()
        assert not uow.deadline_passed
    assert not db.events.first_time("evt-1", kind="message", received_at=AT)
    db.close()
