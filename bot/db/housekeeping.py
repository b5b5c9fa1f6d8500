"""Housekeeping: technical records past their use are forgotten, in bounded batches.

Users' data is never deleted (DECISIONS.md). What goes: the ids of LINE events received more
than ``KEEP`` ago (LINE publishes no redelivery window; the redeliveries we know of come within
minutes to hours, and retry keys live 24 hours, so a week is ample) and drafts settled or
expired as long ago. The reminder scheduler runs it hourly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.db.database import Database

log = logging.getLogger(__name__)
KEEP = timedelta(days=7)
BATCH = 500  # rows per statement: short transactions, short locks
MAX_BATCHES = 20  # per kind and run: a backlog is worked off over several runs
EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class Purged:
    """How many records one run forgot."""

    events: int
    drafts: int


def purge(
    db: Database, *, now: datetime, batch: int = BATCH, max_batches: int = MAX_BATCHES
) -> Purged:
    """Forget event ids and drafts older than ``KEEP`` (at most ``batch × max_batches`` each)."""
    before = now - KEEP
    events = _in_batches(lambda: db.events.purge(before=before, limit=batch), batch, max_batches)
    drafts = _in_batches(lambda: db.pending.purge(before=before, limit=batch), batch, max_batches)
    if events or drafts:
        log.info("housekeeping forgot %d event ids and %d drafts", events, drafts)
    return Purged(events, drafts)


def _in_batches(step: Callable[[], int], batch: int, max_batches: int) -> int:
    total = 0
    for _ in range(max_batches):
        gone = step()
        total += gone
        if gone < batch:
            break
    return total


class Housekeeper:
    """Runs ``purge`` at most once per ``EVERY``, for a loop that wakes more often."""

    def __init__(self, db: Database, every: timedelta = EVERY) -> None:
        self._db, self._every = db, every
        self._last: datetime | None = None

    def run_if_due(self, now: datetime) -> Purged | None:
        """Purge if the last run is ``every`` ago (or never ran); ``None`` when not due."""
        if self._last is not None and now - self._last < self._every:
            return None
        self._last = now
        return purge(self._db, now=now)
