"""Units of work on a SQLite file take turns through a lock beside it: held for the whole unit,
released when it ends or its process dies, and only ever a shortcut past SQLite's own lock."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.db.database import Database
from bot.db.writer_turns import WriterTurns

AT = datetime(2025, 1, 28, 2, 0, tzinfo=UTC)
SHORT = 0.05  # seconds a competing turn waits before giving up


@pytest.fixture
def db(sqlite_url: str) -> Iterator[Database]:
    database = Database.connect(sqlite_url)
    yield database
    database.close()


def _file(db: Database) -> str:
    path = db.engine.url.database
    assert path is not None
    return path


def test_a_unit_of_work_holds_the_turn_until_it_ends(db: Database) -> None:
    other = WriterTurns(_file(db), SHORT)  # another process's turns, in effect (its own file)
    with db.unit_of_work() as uow:
        uow.events.first_time("evt-1", kind="message", received_at=AT)
        with other.turn() as had:
            assert had is False  # given up: the unit still has the turn
        uow.commit()
    with other.turn() as had:
        assert had is True
    assert other.given_up == 1
    other.close()


def test_a_unit_of_work_that_could_not_get_its_turn_still_works_under_sqlites_lock(
    db: Database,
) -> None:
    holder = WriterTurns(_file(db), SHORT)
    assert db.turns is not None
    with holder.turn(), db.unit_of_work() as uow:  # waits for the turn, gives it up, goes on
        assert uow.events.first_time("evt-2", kind="message", received_at=AT)
        uow.commit()
    assert db.turns.given_up == 1
    with db.unit_of_work() as uow:
        assert not uow.events.first_time("evt-2", kind="message", received_at=AT)  # kept
    holder.close()


def test_the_turn_of_a_killed_process_is_free_again(db: Database) -> None:
    hold = (
        "import fcntl, os, sys, time\n"
        f"fd = os.open({_file(db) + '-writer-turns'!r}, os.O_RDWR | os.O_CREAT)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", hold], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        turns = WriterTurns(_file(db), SHORT)
        with turns.turn() as had:
            assert had is False
        child.kill()  # kill -9 mid-turn: the kernel drops its lock
        child.wait()
        with turns.turn() as had:
            assert had is True
        turns.close()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_only_a_sqlite_file_has_turns(database_url: str) -> None:
    database = Database.connect(database_url)
    try:
        assert (database.turns is not None) == database_url.startswith("sqlite")
    finally:
        database.close()
    memory = Database.connect("sqlite://")
    assert memory.turns is None
    memory.close()


def test_a_turn_file_that_cannot_be_opened_leaves_the_units_to_sqlites_own_lock(
    sqlite_url: str,
) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    os.mkdir(path + "-writer-turns")  # opening it for writing fails, even for root
    database = Database.connect(sqlite_url)
    try:
        for n in range(2):  # the second is not stopped by what the first met either
            with database.unit_of_work() as uow:
                assert uow.events.first_time(f"evt-ro-{n}", kind="message", received_at=AT)
                uow.commit()
        assert database.turns is not None and database.turns.given_up == 2
        with database.unit_of_work() as uow:
            assert not uow.events.first_time("evt-ro-1", kind="message", received_at=AT)
    finally:
        database.close()


def test_a_turn_file_left_behind_by_an_earlier_run_is_simply_used(db: Database) -> None:
    path = _file(db) + "-writer-turns"
    with open(path, "w") as stale:  # a file, no process holding it: nothing to wait for
        stale.write("left over")
    turns = WriterTurns(_file(db), SHORT)
    with turns.turn() as had:
        assert had is True
    assert turns.given_up == 0
    turns.close()
