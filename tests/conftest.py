"""Shared fixtures: real databases (a SQLite file, and PostgreSQL when it is reachable).

What a test asks for:

- ``database_url`` (each kind in turn), ``sqlite_url``, ``postgres_url``: a database of its own
  with the schema at the newest migration and no rows, so ``db.upgrade()`` there changes
  nothing. A test marked ``@pytest.mark.empty_database`` gets a truly empty one instead (no
  tables at all): the migration tests and the "run ``pmqa db upgrade`` first" refusals.
- ``database``: a :class:`Database` on ``database_url``, migrated.
- ``demo_database_url`` (each kind in turn): migrated and holding the demo data, as after
  ``load_demo``.
- ``postgres_admin_url``: the server itself, for tests that make databases of their own.

How it stays fast (``make test`` runs under pytest-xdist): each worker migrates a SQLite
template file and one PostgreSQL database (``pmqa_test_<worker>_<run>_migrated``) once per
session. A test's SQLite file is a copy of the template; the PostgreSQL database is put back to
its saved rows before each test (see ``tests/databases.py``). Empty PostgreSQL databases are
made for the test and dropped after it; the rest are dropped when the session ends.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.db.database import Database
from bot.db.engine import normalise_url
from bot.demo import load_demo
from tests.databases import PostgresServer, ResettableDatabase, SqliteTemplates, run_label

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
POSTGRES_URL = os.environ.get(
    "PMQA_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
KINDS = {"sqlite": "sqlite_url", "postgresql": "postgres_url"}


def _postgres_problem() -> str | None:
    try:
        engine = create_engine(normalise_url(POSTGRES_URL), connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
    except Exception as exc:  # any failure means "not reachable here"
        return f"PostgreSQL not reachable at {POSTGRES_URL}: {exc.__class__.__name__}"
    return None


def _wants_empty(request: pytest.FixtureRequest) -> bool:
    return request.node.get_closest_marker("empty_database") is not None


def _migrated_with_demo(db: Database) -> None:
    db.upgrade()
    load_demo(db)


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """The PostgreSQL server's URL; skips (or fails when PMQA_REQUIRE_POSTGRES=1) without it."""
    problem = _postgres_problem()
    if problem and os.environ.get("PMQA_REQUIRE_POSTGRES") == "1":
        pytest.fail(problem)
    if problem:
        pytest.skip(problem)
    return normalise_url(POSTGRES_URL)


@pytest.fixture(scope="session")
def postgres_server(postgres_admin_url: str) -> Iterator[PostgresServer]:
    """This worker's PostgreSQL databases, all dropped when the session ends."""
    server = PostgresServer(postgres_admin_url, run_label())
    yield server
    server.close()


@pytest.fixture(scope="session")
def postgres_worker_database(postgres_server: PostgresServer) -> Iterator[ResettableDatabase]:
    """This worker's migrated PostgreSQL database, shared by its tests one after another."""
    database = ResettableDatabase(postgres_server.create("migrated"))
    yield database
    database.close()


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplates:
    """This worker's SQLite template files."""
    return SqliteTemplates(tmp_path_factory.mktemp("sqlite-templates"))


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest, postgres_server: PostgresServer) -> Iterator[str]:
    """A clean PostgreSQL database for one test: migrated, or empty under ``empty_database``."""
    if _wants_empty(request):
        url = postgres_server.create()
        yield url
        postgres_server.drop(url)
        return
    database: ResettableDatabase = request.getfixturevalue("postgres_worker_database")
    database.restore("migrated")
    yield database.url


@pytest.fixture
def sqlite_url(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_templates: SqliteTemplates
) -> str:
    """A SQLite file for one test: migrated, or not there yet under ``empty_database``."""
    path = tmp_path / "instance" / "pmqa.sqlite3"
    if not _wants_empty(request):
        sqlite_templates.copy("migrated", Database.upgrade, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=list(KINDS))
def database_url(request: pytest.FixtureRequest) -> str:
    """A clean database of each kind in turn (see the module docstring)."""
    return request.getfixturevalue(KINDS[request.param])


@pytest.fixture(params=list(KINDS))
def demo_database_url(request: pytest.FixtureRequest) -> str:
    """A migrated database of each kind in turn, holding the demo data."""
    url = request.getfixturevalue(KINDS[request.param])
    if request.param == "sqlite":
        path = Path(url.removeprefix("sqlite:///"))
        request.getfixturevalue("sqlite_templates").copy("demo", _migrated_with_demo, path)
    else:
        request.getfixturevalue("postgres_worker_database").restore("demo", load_demo)
    return url


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """A migrated database of each kind in turn."""
    db = Database.connect(database_url)
    yield db
    db.close()
