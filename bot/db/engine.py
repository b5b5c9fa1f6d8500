"""Engine and session factories for the configured database (SQLite file or PostgreSQL).

Every wait on the database is bounded, so a request fails fast instead of hanging: PostgreSQL
gets connect, statement, lock and idle-in-transaction timeouts and TCP keepalives; SQLite a busy
timeout. A connection stuck on a silent network is cut by a watchdog (``bot/db/deadline.py``).
SQLite runs in WAL mode with ``synchronous=NORMAL``: it survives a killed process, and may lose
the last commits on power loss (see README, "Guarantees").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

# SQLite: "BEGIN IMMEDIATE" takes the write lock up front, so a transaction that reads and then
# writes never finds its snapshot outdated; readers keep a plain (deferred) BEGIN.
_BEGIN = "pmqa_sqlite_begin"


@dataclass(frozen=True)
class DatabaseTimeouts:
    """How long the database may keep a request waiting, in seconds."""

    connect: int = 3  # libpq counts whole seconds (at least 2)
    statement: float = 3.0
    lock: float = 2.0
    idle_in_transaction: float = 10.0  # a vanished client's transaction releases its locks
    sqlite_busy: float = 3.0
    sqlite_turn: float = 1.0  # a webhook's wait for its turn among the workers, before that
    recycle: int = 300  # pooled connections are replaced after this (instead of a ping each use)
    stuck: float = 4.0  # a statement still waiting after this is on a silent network: cut it


def make_engine(url: str, timeouts: DatabaseTimeouts | None = None) -> Engine:
    """Create an engine with bounded waits; a SQLite file gets its folder created, WAL mode and
    foreign keys enforced."""
    timeouts = timeouts or DatabaseTimeouts()
    parsed = make_url(normalise_url(url))
    if parsed.drivername.startswith("sqlite"):
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, hide_parameters=True)
        file = parsed.database not in (None, "", ":memory:")
        event.listen(engine, "connect", _sqlite_setup(timeouts, file=file))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # No pre-ping (one more round trip per event): connections are recycled instead, and a
    # stale one fails its event, which is rolled back and retried (bot/line/inbound.py).
    return create_engine(
        parsed,
        connect_args=postgres_connect_args(parsed, timeouts),
        pool_recycle=timeouts.recycle,
        hide_parameters=True,  # SQL errors never carry users' text or ids into the logs
    )


def postgres_connect_args(url: URL, timeouts: DatabaseTimeouts) -> dict[str, Any]:
    """libpq settings: the server-side timeouts travel in ``options`` (no extra round trip);
    options given in the URL come last, so an operator's own setting wins over ours."""
    settings = {
        "statement_timeout": timeouts.statement,
        "lock_timeout": timeouts.lock,
        "idle_in_transaction_session_timeout": timeouts.idle_in_transaction,
    }
    ours = " ".join(f"-c {name}={round(seconds * 1000)}" for name, seconds in settings.items())
    # Timestamps come back in UTC (the driver's own UTC tzinfo): nothing to convert per row.
    ours += " -c timezone=UTC"
    given = url.query.get("options")
    return {
        "connect_timeout": max(2, timeouts.connect),
        "options": f"{ours} {given}" if isinstance(given, str) and given else ours,
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 3,
        "tcp_user_timeout": 10_000,  # ms: data unacknowledged this long means a dead network
    }


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` and Heroku-style ``postgres://`` URLs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def url_password(url: str) -> str:
    """The password in a database URL ("" without one), to keep it out of the logs."""
    try:
        return str(make_url(normalise_url(url)).password or "")
    except Exception:  # not a URL SQLAlchemy can read: it holds no password we could find
        return ""


def _sqlite_setup(timeouts: DatabaseTimeouts, *, file: bool) -> Any:
    def connect(dbapi_connection: Any, _record: Any) -> None:
        # The sqlite3 driver's own transaction handling skips BEGIN before SELECTs and breaks
        # SAVEPOINTs; SQLAlchemy emits BEGIN itself instead (see _sqlite_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={round(timeouts.sqlite_busy * 1000)}")
        if file:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return connect


def _sqlite_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(_BEGIN, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_session_factories(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """Session factories for reading and for writing (a write takes SQLite's lock at BEGIN);
    objects stay readable after commit."""
    writer = engine.execution_options(**{_BEGIN: "IMMEDIATE"})
    return (
        sessionmaker(engine, expire_on_commit=False),
        sessionmaker(writer, expire_on_commit=False),
    )
