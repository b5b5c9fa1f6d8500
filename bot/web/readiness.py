"""``/readyz``: whether this deployment can do its work -- the database answers, its schema is
the code's newest migration, and a scheduler ran recently (reminders are being sent).

``/healthz`` stays the liveness check (the process and its database); ``/readyz`` is for the
deploy step and monitoring. ``PMQA_SCHEDULER_MAX_AGE=0`` leaves the scheduler out (a
deployment without one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.db.database import Database


@dataclass(frozen=True)
class Readiness:
    """The verdict and what each check found (for the JSON answer)."""

    ready: bool
    checks: dict[str, Any] = field(default_factory=dict)


def readiness(db: Database, *, now: datetime, scheduler_max_age: float) -> Readiness:
    """Check the database, its migrations and the scheduler's last good run as of ``now``."""
    if not db.ping():
        return Readiness(False, {"database": "unreachable"})
    if not db.migrations_current():
        return Readiness(False, {"database": "ok", "migrations": "behind"})
    try:
        scheduler = _scheduler(db, now, scheduler_max_age)
    except Exception as exc:  # the database failed between the checks
        scheduler = {"state": "unknown", "error": type(exc).__name__}
    checks = {"database": "ok", "migrations": "current", "scheduler": scheduler}
    return Readiness(scheduler["state"] in ("ok", "off"), checks)


def _scheduler(db: Database, now: datetime, max_age: float) -> dict[str, Any]:
    if max_age <= 0:
        return {"state": "off"}
    beat = db.scheduler_heartbeats.latest()
    if beat is None:
        return {"state": "never ran"}
    if beat.last_ok_at is None:
        return {"state": "failing", "last_run_at": beat.last_run_at.isoformat()}
    age = (now - beat.last_ok_at).total_seconds()
    return {
        "state": "ok" if age <= max_age else "stale",
        "last_ok_at": beat.last_ok_at.isoformat(),
        "age_seconds": round(age),
        "max_age_seconds": max_age,
    }
