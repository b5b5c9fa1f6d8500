"""The watchdog cuts a PostgreSQL connection whose statement waits past its deadline, and only
such a one: work between statements, however slow, is never cut."""

from __future__ import annotations

import gc
import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

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


def _watchdogs() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "db-watchdog"]


def _gone(thread: threading.Thread) -> bool:
    thread.join(timeout=10)  # not a time asserted: the thread is given ample time to end
    return not thread.is_alive()


def _started(tmp_path: Path, name: str) -> tuple[Database, threading.Thread]:
    before = set(_watchdogs())
    db = Database.connect(f"sqlite:///{tmp_path / name}", QUICK)
    db.upgrade()
    with db.unit_of_work() as uow:
        uow.events.first_time("evt-1", kind="message", received_at=AT)
        uow.commit()
    (thread,) = set(_watchdogs()) - before
    return db, thread


def test_a_closed_database_leaves_no_watchdog_thread(tmp_path: Path) -> None:
    db, thread = _started(tmp_path, "closed.db")
    db.close()
    assert _gone(thread)


def test_a_database_no_longer_referenced_leaves_no_watchdog_thread(tmp_path: Path) -> None:
    # Tests, the CLI and tools open many databases in one process: each one's watchdog thread
    # must end with it, not poll forever (800 such threads once stalled a test run).
    db, thread = _started(tmp_path, "dropped.db")
    db.engine.dispose()
    del db
    gc.collect()
    assert _gone(thread)


def test_an_idle_watchdog_sleeps_until_a_statement_starts(tmp_path: Path) -> None:
    db, _thread = _started(tmp_path, "idle.db")
    rounds = db._watchdog.rounds
    time.sleep(0.5)  # ten polling intervals with nothing to watch
    assert db._watchdog.rounds - rounds <= 1
    db.close()


def test_a_forked_worker_gets_the_watchdog_unlocked(tmp_path: Path) -> None:
    # gunicorn forks its workers: a lock another thread held at that moment would stay held in
    # the child, and every statement there would wait for it.
    db, _thread = _started(tmp_path, "forked.db")
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with db._watchdog._lock:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    pid = os.fork()
    if pid == 0:  # the child: its copy of the lock must be free
        os._exit(0 if db._watchdog._lock.acquire(timeout=5) else 1)
    release.set()
    holder.join()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    db.close()
