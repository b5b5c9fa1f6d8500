"""The web app's health check against a real database."""

from __future__ import annotations

from bot.settings import Settings
from bot.web.app import create_app


def test_the_health_check_answers_ok_when_the_database_answers(database_url: str) -> None:
    app = create_app(Settings.from_env({"DATABASE_URL": database_url}))
    response = app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_the_health_check_says_so_when_the_database_is_unreachable() -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1"
    app = create_app(Settings.from_env({"DATABASE_URL": url}))
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["database"] == "unreachable"
