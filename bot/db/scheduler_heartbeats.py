"""The scheduler's heartbeat: each scheduler process records its runs, so the web can tell
(``/readyz``) whether reminders are being sent. A technical record, one row per process."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.db.organisations import utc
from bot.db.scope import Scope
from bot.db.tables import SchedulerHeartbeatRow


@dataclass(frozen=True)
class Heartbeat:
    """One scheduler process as last recorded."""

    process: str
    started_at: datetime
    last_run_at: datetime
    last_ok_at: datetime | None
    runs: int
    failures: int


class SqlSchedulerHeartbeats:
    """Scheduler runs, one row per process (``host:pid``)."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def beat(self, process: str, *, at: datetime, ok: bool) -> None:
        """Record that ``process`` ran at ``at`` (``ok``: without an error)."""
        at = utc(at)
        try:
            self._beat(process, at, ok)
        except IntegrityError:  # the same name started twice at once: count on the stored row
            self._beat(process, at, ok)

    def _beat(self, process: str, at: datetime, ok: bool) -> None:
        with self._scope.write() as session, session.begin_nested():
            row = session.scalar(
                select(SchedulerHeartbeatRow).where(SchedulerHeartbeatRow.process == process)
            )
            if row is None:
                row = SchedulerHeartbeatRow(process=process, started_at=at, runs=0, failures=0)
                session.add(row)
            row.last_run_at = at
            row.runs += 1
            if ok:
                row.last_ok_at = at
            else:
                row.failures += 1
            session.flush()

    def latest(self) -> Heartbeat | None:
        """The process that ran without error most recently (or, if none did, ran last)."""
        table = SchedulerHeartbeatRow
        with self._scope.read() as session:
            row = session.scalar(
                select(table)
                .order_by(table.last_ok_at.is_(None), table.last_ok_at.desc(), table.id.desc())
                .limit(1)
            )
            if row is None:
                return None
            ok = utc(row.last_ok_at) if row.last_ok_at else None
            return Heartbeat(
                row.process, utc(row.started_at), utc(row.last_run_at), ok, row.runs, row.failures
            )
