"""The reminder scheduler: one separate process (Procfile ``scheduler:``), never the web workers."""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from bot.composition import Services
from bot.db.housekeeping import Housekeeper
from bot.line.quota_api import LineQuotaApi
from bot.reminders.sender import GroupRun, ReminderSender

log = logging.getLogger(__name__)


def claimer_name() -> str:
    """Who claims reminders: host and process, for the delivery log."""
    return f"{socket.gethostname()}:{os.getpid()}"


def run_once(services: Services, *, dry_run: bool = False) -> list[GroupRun]:
    """Send (or, with ``dry_run``, list) everything due now, within LINE's message quota."""
    quota = LineQuotaApi(services.settings)
    try:
        sender = ReminderSender(services.db, services.gateway, claimer=claimer_name(), quota=quota)
        return sender.run(services.now(), dry_run=dry_run)
    finally:
        quota.close()


def run_forever(
    services: Services,
    *,
    interval: float = 60.0,
    stop: threading.Event | None = None,
    on_run: Callable[[list[GroupRun]], None] = lambda runs: None,
) -> None:
    """Wake at every ``interval`` boundary and send what is due, until ``stop`` is set."""
    stop = stop or threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        if threading.current_thread() is threading.main_thread():
            signal.signal(signum, lambda *_: stop.set())
    log.info("reminder scheduler started (every %.0f s)", interval)
    keeper = Housekeeper(services.db)
    process = claimer_name()
    while not stop.is_set():
        ok = True
        try:
            on_run(run_once(services))
            keeper.run_if_due(services.now())  # forget old event ids and drafts, hourly
        except Exception:  # a bad minute (database down) must not end the scheduler
            log.exception("reminder run failed")
            ok = False
        heartbeat(services, process, ok=ok)
        stop.wait(interval - (time.time() % interval))
    log.info("reminder scheduler stopped")


def heartbeat(services: Services, process: str, *, ok: bool) -> None:
    """Record the run for ``/readyz`` at the real time (not a demo's fixed clock); a database
    too broken to record it is logged, not fatal."""
    try:
        services.db.scheduler_heartbeats.beat(process, at=datetime.now(UTC), ok=ok)
    except Exception as exc:
        log.warning("scheduler heartbeat not recorded: %s", type(exc).__name__)
