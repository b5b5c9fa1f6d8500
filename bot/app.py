"""Flask application factory (the LINE webhook joins it in the bot issue)."""

from __future__ import annotations

from flask import Flask, jsonify

from bot.composition import Services, build_services
from bot.settings import Settings


def create_app(settings: Settings, services: Services | None = None) -> Flask:
    """Build the web app around ``settings`` (tests may pass ready-made services)."""
    app = Flask(__name__)
    services = services or build_services(settings)
    app.extensions["pmqa"] = services

    @app.get("/healthz")
    def healthz() -> tuple[object, int]:
        """Liveness and database reachability, for the platform's health check."""
        if not services.db.ping():
            return jsonify(status="error", database="unreachable"), 503
        return jsonify(status="ok", database="ok"), 200

    return app


def create_app_from_env() -> Flask:
    """The entry point gunicorn calls (see Procfile)."""
    return create_app(Settings.from_env())
