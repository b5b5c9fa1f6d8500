"""Every wait on the database is bounded: what each connection is set up with, on both kinds."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from bot.db.database import Database
from bot.db.engine import DatabaseTimeouts, make_engine, postgres_connect_args
from bot.db.tables import Base


def _pragma(db: Database, name: str) -> object:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_a_sqlite_file_runs_in_wal_mode_with_normal_sync_and_a_busy_timeout(
    sqlite_url: str,
) -> None:
    db = Database.connect(sqlite_url)
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "synchronous") == 1  # NORMAL
    assert _pragma(db, "busy_timeout") == 3000
    assert _pragma(db, "foreign_keys") == 1
    db.close()


def test_an_in_memory_sqlite_database_still_works() -> None:
    engine = make_engine("sqlite://")
    Base.metadata.create_all(engine)
    with engine.connect() as connection:
        assert connection.execute(text("select 1")).scalar() == 1
    engine.dispose()


def test_postgresql_sessions_carry_statement_lock_and_idle_timeouts(postgres_url: str) -> None:
    plain = make_url(postgres_url).difference_update_query(["options"])  # no test settings
    db = Database.connect(plain.render_as_string(hide_password=False))
    with db.engine.connect() as connection:
        shown = {
            name: connection.exec_driver_sql(f"SHOW {name}").scalar()
            for name in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")
        }
    assert shown == {
        "statement_timeout": "3s",
        "lock_timeout": "2s",
        "idle_in_transaction_session_timeout": "10s",
    }
    assert db.engine.pool._recycle == 300 and not db.engine.pool._pre_ping
    with db.engine.connect() as connection:  # timestamps come back in UTC, nothing to convert
        assert connection.exec_driver_sql("SHOW timezone").scalar() == "UTC"
    db.close()


def test_postgresql_gets_a_connect_timeout_and_keeps_options_given_in_the_url() -> None:
    url = make_engine("postgresql://u@h/db?options=-c%20search_path%3Dpmqa").url
    args = postgres_connect_args(url, DatabaseTimeouts(connect=1))
    assert args["connect_timeout"] == 2  # libpq's least
    assert args["options"].startswith("-c statement_timeout=3000")
    assert args["options"].endswith(" -c search_path=pmqa")
    assert args["keepalives"] == 1 and args["tcp_user_timeout"] == 10_000


def test_a_timeout_given_in_the_url_wins_over_the_default(postgres_url: str) -> None:
    longer = "-c idle_in_transaction_session_timeout=60000"
    url = make_url(postgres_url).update_query_dict({"options": longer})
    db = Database.connect(url.render_as_string(hide_password=False))
    with db.engine.connect() as connection:
        shown = connection.exec_driver_sql("SHOW idle_in_transaction_session_timeout").scalar()
        assert connection.exec_driver_sql("SHOW statement_timeout").scalar() == "3s"
    assert shown == "1min"
    db.close()


@pytest.mark.empty_database
def test_migrations_lift_the_statement_timeout_and_bound_lock_waits(postgres_url: str) -> None:
    db = Database.connect(postgres_url)
    ran: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: ran.append(args[2]))
    db.upgrade()
    db.close()
    settings = [s for s in ran if s.startswith("SET LOCAL")]
    assert settings == ["SET LOCAL statement_timeout = 0", "SET LOCAL lock_timeout = '10s'"]
    assert ran.index(settings[-1]) < next(i for i, s in enumerate(ran) if "CREATE TABLE" in s)
