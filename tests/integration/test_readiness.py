"""``/readyz`` against real databases: reachable, migrated to the newest revision, and a
scheduler that ran lately; ``/healthz`` stays the liveness check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.db import migrate
from bot.db.database import Database
from bot.settings import Settings
from bot.web.app import create_app
from bot.web.readiness import readiness

AT = datetime(2025, 1, 28, 2, 0, tzinfo=UTC)


def _get(url: str, **env: str) -> tuple[int, dict]:
    app = create_app(Settings.from_env({"DATABASE_URL": url, **env}))
    response = app.test_client().get("/readyz")
    return response.status_code, response.get_json()


def test_not_ready_until_a_scheduler_has_run(database: Database, database_url: str) -> None:
    status, body = _get(database_url)
    assert status == 503
    assert body["status"] == "not ready"
    assert body["database"] == "ok" and body["migrations"] == "current"
    assert body["scheduler"] == {"state": "never ran"}


def test_ready_once_a_scheduler_ran_just_now(database: Database, database_url: str) -> None:
    database.scheduler_heartbeats.beat("host:1", at=datetime.now(UTC), ok=True)
    status, body = _get(database_url)
    assert status == 200
    assert body["status"] == "ready" and body["scheduler"]["state"] == "ok"


def test_a_deployment_without_a_scheduler_can_turn_that_check_off(database_url: str) -> None:
    Database.connect(database_url).upgrade()
    status, body = _get(database_url, PMQA_SCHEDULER_MAX_AGE="0")
    assert status == 200
    assert body["scheduler"] == {"state": "off"}


def test_a_scheduler_silent_longer_than_the_limit_is_stale(database: Database) -> None:
    database.scheduler_heartbeats.beat("host:1", at=AT, ok=True)
    within = readiness(database, now=AT + timedelta(seconds=300), scheduler_max_age=300)
    late = readiness(database, now=AT + timedelta(seconds=301), scheduler_max_age=300)
    assert within.ready and within.checks["scheduler"]["age_seconds"] == 300
    assert not late.ready and late.checks["scheduler"]["state"] == "stale"


def test_failing_runs_keep_the_last_good_one_and_count_the_failures(database: Database) -> None:
    beats = database.scheduler_heartbeats
    beats.beat("host:1", at=AT, ok=False)
    assert readiness(database, now=AT, scheduler_max_age=300).checks["scheduler"] == {
        "state": "failing",
        "last_run_at": AT.isoformat(),
    }
    beats.beat("host:1", at=AT + timedelta(minutes=1), ok=True)
    beats.beat("host:1", at=AT + timedelta(minutes=2), ok=False)
    beat = beats.latest()
    assert beat is not None
    assert (beat.runs, beat.failures) == (3, 2)
    assert beat.last_ok_at == AT + timedelta(minutes=1)
    assert beat.last_run_at == AT + timedelta(minutes=2)
    assert beat.started_at == AT


def test_the_newest_good_run_of_any_scheduler_process_counts(database: Database) -> None:
    beats = database.scheduler_heartbeats
    beats.beat("old-host:1", at=AT, ok=True)
    beats.beat("new-host:2", at=AT + timedelta(hours=1), ok=True)
    beats.beat("broken:3", at=AT + timedelta(hours=2), ok=False)
    beat = beats.latest()
    assert beat is not None and beat.process == "new-host:2"


@pytest.mark.empty_database
def test_a_database_behind_the_code_is_not_ready(database_url: str) -> None:
    db = Database.connect(database_url)
    migrate.upgrade(db.engine, "0014")  # the revision before the heartbeats
    status, body = _get(database_url, PMQA_SCHEDULER_MAX_AGE="0")
    assert status == 503
    assert body["migrations"] == "behind"
    db.close()


@pytest.mark.empty_database
def test_an_empty_database_is_not_ready(database_url: str) -> None:
    status, body = _get(database_url)
    assert status == 503 and body["migrations"] == "behind"


def test_an_unreachable_database_is_not_ready() -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1"
    status, body = _get(url)
    assert status == 503
    assert body == {"status": "not ready", "database": "unreachable"}
