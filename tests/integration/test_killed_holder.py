"""A process killed with ``kill -9`` in the middle of a unit of work holds nothing afterwards:
on a SQLite file its writer turn and SQLite's write lock are free again at once, on PostgreSQL
its open transaction is rolled back; its uncommitted write is gone and the next unit proceeds."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.db.database import Database
from bot.db.writer_turns import WriterTurns

ROOT = Path(__file__).resolve().parents[2]
AT = datetime(2025, 1, 28, 2, 0, tzinfo=UTC)
HOLD = """
import sys, time
from datetime import UTC, datetime
from bot.db.database import Database

db = Database.connect(sys.argv[1])
with db.unit_of_work() as uow:
    uow.events.first_time("evt-killed", kind="message", received_at=datetime.now(UTC))
    print("holding", flush=True)
    time.sleep(120)
"""


def test_a_worker_killed_mid_unit_of_work_leaves_the_next_unit_free_to_proceed(
    database: Database, database_url: str
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, database_url], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "holding"
        if database.turns is not None:  # the child holds the turn indeed
            other = WriterTurns(database_url.removeprefix("sqlite:///"), 0.05)
            with other.turn() as had:
                assert had is False
            other.close()
        child.kill()  # kill -9 with the turn, the write lock and the transaction held
        child.wait()
        with database.unit_of_work() as uow:
            assert uow.events.first_time("evt-killed", kind="message", received_at=AT)
            uow.commit()
        if database.turns is not None:
            assert database.turns.given_up == 0  # the turn was free: not waited out
        with database.unit_of_work() as uow:
            assert not uow.events.first_time("evt-killed", kind="message", received_at=AT)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
