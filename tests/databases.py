"""Test databases made once per xdist worker and put back to a saved state before each test."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, create_engine, text
from sqlalchemy.engine import make_url

from bot.db.database import Database

Prepare = Callable[[Database], object]
SEQUENCES = (
    "SELECT schemaname, sequencename, start_value, last_value FROM pg_sequences"
    " WHERE schemaname = current_schema()"
)


def run_label() -> str:
    """``<worker>_<run>``: unique per xdist worker and per test run, so runs never collide."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID") or uuid.uuid4().hex
    return f"{worker}_{run[:10]}"


def sqlite_url(path: Path) -> str:
    """The URL of a SQLite file."""
    return f"sqlite:///{path}"


@dataclass
class SqliteTemplates:
    """SQLite files prepared once (migrated, with the demo…) and copied for each test."""

    folder: Path
    made: dict[str, Path] = field(default_factory=dict)

    def copy(self, name: str, prepare: Prepare, target: Path) -> None:
        """Copy the template ``name`` (made by ``prepare`` on first use) to ``target``."""
        if name not in self.made:
            path = self.folder / f"{name}.sqlite3"
            db = Database.connect(sqlite_url(path))
            prepare(db)
            db.close()
            self.made[name] = path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.made[name], target)


@dataclass(frozen=True)
class Snapshot:
    """Every row of every table, and where each sequence stands."""

    rows: dict[str, list[dict[str, Any]]]
    sequences: dict[str, tuple[int, bool]]


# The production idle-in-transaction timeout (10 s) ends a session whose client stalled between
# two statements; a loaded CI host stalls a test process that long, so test databases wait longer.
PATIENT_IDLE = "-c idle_in_transaction_session_timeout=120000"


class PostgresServer:
    """The worker's PostgreSQL databases, named after the run and dropped at the end."""

    def __init__(self, admin_url: str, label: str) -> None:
        self.admin_url = admin_url
        self.prefix = f"pmqa_test_{label}"
        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.urls: list[str] = []
        self.numbers = count(1)

    def create(self, suffix: str = "") -> str:
        """A new empty database; its URL."""
        name = f"{self.prefix}_{suffix or next(self.numbers)}"
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        admin = make_url(self.admin_url)
        options = " ".join(filter(None, [admin.query.get("options"), PATIENT_IDLE]))
        url = admin.set(database=name).update_query_dict({"options": options})
        url = url.render_as_string(hide_password=False)
        self.urls.append(url)
        return url

    def drop(self, url: str) -> None:
        """Drop a database made by :meth:`create`, closing whatever is still connected to it."""
        with self.admin.connect() as connection:
            connection.execute(
                text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
            )
        self.urls.remove(url)

    def close(self) -> None:
        """Drop every database still left."""
        for url in list(self.urls):
            self.drop(url)
        self.admin.dispose()


class ResettableDatabase:
    """One migrated PostgreSQL database, put back to a saved :class:`Snapshot` between tests."""

    def __init__(self, url: str) -> None:
        self.url = url
        db = Database.connect(url)
        db.upgrade()
        db.close()
        self.engine: Engine = create_engine(url)
        metadata = MetaData()
        metadata.reflect(self.engine)
        self.tables = [t for t in metadata.sorted_tables if t.name != "alembic_version"]
        self.snapshots: dict[str, Snapshot] = {"migrated": self.snapshot()}

    def snapshot(self) -> Snapshot:
        """The current rows and sequence positions."""
        with self.engine.connect() as connection:
            rows = {
                t.name: list(map(dict, connection.execute(t.select()).mappings()))
                for t in self.tables
            }
            positions = connection.execute(text(SEQUENCES)).all()
        sequences = {
            f'"{schema}"."{name}"': (start if last is None else last, last is not None)
            for schema, name, start, last in positions
        }
        return Snapshot(rows, sequences)

    def restore(self, name: str, prepare: Prepare | None = None) -> None:
        """Put the saved state ``name`` back (saving it first, after ``prepare``, on first use)."""
        if name not in self.snapshots:
            assert prepare is not None, f"no snapshot {name!r} and nothing to make it with"
            self.restore("migrated")
            db = Database.connect(self.url)
            prepare(db)
            db.close()
            self.snapshots[name] = self.snapshot()
        with self.engine.begin() as connection:
            self._put_back(connection, self.snapshots[name])

    def _put_back(self, connection: Connection, snapshot: Snapshot) -> None:
        # Earlier tests' forgotten connections would hold rows locked and count against
        # max_connections; a dropped database used to close them, so close them here.
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
        deletes = "; ".join(f'DELETE FROM "{t.name}"' for t in reversed(self.tables))
        connection.exec_driver_sql(deletes)
        for table in self.tables:
            if snapshot.rows[table.name]:
                connection.execute(table.insert(), snapshot.rows[table.name])
        if snapshot.sequences:
            connection.exec_driver_sql(
                "SELECT "
                + ", ".join(
                    f"setval('{name}', {value}, {called})"
                    for name, (value, called) in snapshot.sequences.items()
                )
            )

    def close(self) -> None:
        """Release the connection used for resetting."""
        self.engine.dispose()
