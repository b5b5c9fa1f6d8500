"""Flask application factory: the LINE webhook, the desk, and the health and readiness checks."""

from __future__ import annotations

import gc
import logging
from datetime import UTC, datetime

from flask import Flask, jsonify

# What the web process alone uses, imported before the workers fork (the CLI goes without):
import bot.line.gateway  # noqa: F401  (replies)
import bot.reminders.reply_reminders  # noqa: F401  (reminders riding on replies)
from bot.composition import Services, build_services
from bot.holidays_th import holidays_around
from bot.log_setup import configure_logging
from bot.settings import Settings
from bot.web.desk.blueprint import register_desk
from bot.web.heap_holes import fill_heap_holes
from bot.web.readiness import readiness
from bot.web.webhook import register_webhook
from handlers.registry import warm_up

log = logging.getLogger(__name__)


def create_app(settings: Settings, services: Services | None = None) -> Flask:
    """Build the web app around ``settings`` (tests may pass ready-made services)."""
    app = Flask(__name__)
    services = services or build_services(settings)
    app.extensions["pmqa"] = services
    if not settings.line_channel_secret:
        log.warning("LINE_CHANNEL_SECRET is not set: every webhook call will be refused")
    register_webhook(app, settings.line_channel_secret, services.event_processor())
    if not settings.secret_key:
        log.warning("PMQA_SECRET_KEY is not set: the desk (/desk) stays closed")
    register_desk(app, services)

    @app.get("/healthz")
    def healthz() -> tuple[object, int]:
        """Liveness and database reachability, for the platform's health check."""
        if not services.db.ping():
            return jsonify(status="error", database="unreachable"), 503
        return jsonify(status="ok", database="ok"), 200

    @app.get("/readyz")
    def readyz() -> tuple[object, int]:
        """Ready for work: database reachable, migrations current, the scheduler ran lately."""
        found = readiness(
            services.db, now=datetime.now(UTC), scheduler_max_age=settings.scheduler_max_age
        )
        status = "ready" if found.ready else "not ready"
        return jsonify(status=status, **found.checks), 200 if found.ready else 503

    return app


def create_app_from_env() -> Flask:
    """The entry point gunicorn calls (see Procfile): everything the workers share (the Thai
    dictionary, the holidays) is made before they fork."""
    settings = Settings.from_env()
    configure_logging(settings)
    gc.disable()  # no collection while the long-lived objects are made: no holes between them
    try:
        seconds = warm_up()
        log.info("Thai dictionary warmed in %.2f s", seconds)
        app = create_app(settings)
        # The holiday table every reply counts working days with (ranges by year: a worker
        # computes a new one only when the year turns).
        holidays_around(app.extensions["pmqa"].now().date())
    finally:
        freeze_for_fork()
    return app


def freeze_for_fork() -> None:
    """Move every object made so far out of the garbage collector's sight: under gunicorn's
    preload_app the workers fork from this process, and a collection in a worker would write
    to each object's header, copying the dictionary, the SDK and the app into every worker.
    Then fill the C heap's holes, so that the workers' allocations do not land on its pages
    (``bot/web/heap_holes.py``)."""
    gc.collect()
    gc.freeze()
    fill_heap_holes()
    gc.enable()
