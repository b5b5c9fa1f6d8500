"""Shared fixtures: real databases (a SQLite file, and PostgreSQL when it is reachable)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bot.db.database import Database
from bot.db.engine import normalise_url

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
POSTGRES_URL = os.environ.get(
    "PMQA_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _postgres_problem() -> str | None:
    try:
        engine = create_engine(normalise_url(POSTGRES_URL), connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
    except Exception as exc:  # any failure means "not reachable here"
        return f"PostgreSQL not reachable at {POSTGRES_URL}: {exc.__class__.__name__}"
    return None


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """The PostgreSQL server's URL; skips (or fails when PMQA_REQUIRE_POSTGRES=1) without it."""
    problem = _postgres_problem()
    if problem and os.environ.get("PMQA_REQUIRE_POSTGRES") == "1":
        pytest.fail(problem)
    if problem:
        pytest.skip(problem)
    return normalise_url(POSTGRES_URL)


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"pmqa_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(postgres_admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite file for one test."""
    return f"sqlite:///{tmp_path / 'instance' / 'pmqa.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    """An empty database of each kind in turn."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return request.getfixturevalue(fixture)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """A migrated database of each kind in turn."""
    db = Database.connect(database_url)
    db.upgrade()
    yield db
    db.close()
