"""Reminder deliveries: each reminder is claimed before it is pushed, so it is pushed once."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Unpack

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.db.members import organisation_id
from bot.db.organisations import utc
from bot.db.reminder_records import (
    HELD,
    DeliveryRecord,
    DeliveryState,
    PlannedDelivery,
    deliveries,
    new_row,
    record,
)
from bot.db.scope import Scope
from bot.db.tables import ReminderDeliveryRow

# Far longer than one push with its retries takes; a claim older than this was left behind
# by a process that died, and re-sending it with the same retry key cannot double-send.
STALE_AFTER = timedelta(minutes=5)
# LINE remembers a retry key for 24 hours: a claim whose reminder was due longer ago than
# this may have been pushed with a key LINE has forgotten, so it is never taken over.
TAKEOVER_HORIZON = timedelta(hours=23)
__all__ = ["DeliveryRecord", "DeliveryState", "PlannedDelivery", "SqlReminderDeliveries"]


class SqlReminderDeliveries:
    """Deliveries in the SQL database; the unique identity and conditional updates arbitrate
    between schedulers racing for the same reminder."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def claim(
        self,
        identity: str,
        *,
        now: datetime,
        stale_after: timedelta = STALE_AFTER,
        **planned: Unpack[PlannedDelivery],
    ) -> DeliveryRecord | None:
        """Claim the reminder for sending, or take over a claim older than ``stale_after``;
        ``None`` when another sender holds it or it was sent, failed or skipped already."""
        row = new_row(identity, DeliveryState.CLAIMED, utc(now), planned)
        if self._insert(row, planned["organisation"]):
            return record(row, planned["organisation"])
        return self._take_over(identity, planned["claimer"], utc(now), stale_after)

    def record_skipped(
        self, identity: str, *, reason: str, now: datetime, **planned: Unpack[PlannedDelivery]
    ) -> bool:
        """Record a reminder skipped without a claim; ``False`` when the identity exists."""
        row = new_row(identity, DeliveryState.SKIPPED, utc(now), planned)
        row.error, row.finished_at = reason, utc(now)
        return self._insert(row, planned["organisation"])

    def mark_sent(
        self, identity: str, *, status: int, request_id: str, attempts: int, now: datetime
    ) -> bool:
        """Record a claimed delivery as sent; ``False`` when it was not claimed (any more)."""
        return self._finish(
            identity,
            DeliveryState.SENT,
            now,
            status=status,
            request_id=request_id,
            attempts=attempts,
        )

    def mark_failed(
        self, identity: str, *, status: int | None, error: str, attempts: int, now: datetime
    ) -> bool:
        """Record a claimed delivery as failed (``status`` is ``None`` after a timeout)."""
        return self._finish(
            identity, DeliveryState.FAILED, now, status=status, error=error, attempts=attempts
        )

    def mark_skipped(self, identity: str, *, reason: str, now: datetime) -> bool:
        """Record a claimed delivery as deliberately not sent, and why."""
        return self._finish(identity, DeliveryState.SKIPPED, now, error=reason)

    def unnotified_failures(self, organisation: str) -> list[DeliveryRecord]:
        """The organisation's failed deliveries its coordinator has not been told of yet."""
        return self._unnotified(
            organisation, ReminderDeliveryRow.state == DeliveryState.FAILED.value
        )

    def unnotified_holds(self, organisation: str) -> list[DeliveryRecord]:
        """The organisation's reminders held back for the quota, not yet told."""
        return self._unnotified(
            organisation,
            ReminderDeliveryRow.state == DeliveryState.SKIPPED.value,
            ReminderDeliveryRow.error.startswith(HELD),
        )

    def _unnotified(self, organisation: str, *conditions: Any) -> list[DeliveryRecord]:
        with self._scope.read() as session:
            key = ("organisation id", organisation)  # failures and holds ask in one event
            org_id = self._scope.remembered(key, lambda: organisation_id(session, organisation))
            found = session.execute(
                deliveries()
                .where(
                    ReminderDeliveryRow.organisation_id == org_id,
                    ReminderDeliveryRow.notified_at.is_(None),
                    *conditions,
                )
                .order_by(ReminderDeliveryRow.id)
            )
            return [record(*row) for row in found]

    def mark_notified(self, ids: list[int], *, now: datetime) -> int:
        """Record that these failures were told to the coordinator; how many were newly marked."""
        with self._scope.write() as session:
            moved = session.execute(
                update(ReminderDeliveryRow)
                .where(ReminderDeliveryRow.id.in_(ids), ReminderDeliveryRow.notified_at.is_(None))
                .values(notified_at=utc(now))
                .execution_options(synchronize_session=False)
            )
            return moved.rowcount

    def list(self, *, group_id: str | None = None, limit: int = 100) -> list[DeliveryRecord]:
        """The newest deliveries first, optionally of one group only."""
        query = deliveries().order_by(ReminderDeliveryRow.id.desc()).limit(limit)
        if group_id is not None:
            query = query.where(ReminderDeliveryRow.group_id == group_id)
        with self._scope.read() as session:
            return [record(*row) for row in session.execute(query)]

    def _insert(self, row: ReminderDeliveryRow, organisation: str) -> bool:
        # Insert first and let the unique identity decide: a read-then-write would let two
        # schedulers both believe the reminder was still theirs to send.
        try:
            with self._scope.write() as session, session.begin_nested():
                row.organisation_id = organisation_id(session, organisation)
                session.add(row)
        except IntegrityError:
            if self._exists(row.identity):
                return False
            raise
        return True

    def _take_over(
        self, identity: str, claimer: str, now: datetime, stale_after: timedelta
    ) -> DeliveryRecord | None:
        with self._scope.write() as session:
            # One conditional UPDATE: of two takers only one matches the stale claim; the
            # other waits for its commit and then finds a fresh claimed_at. The dead sender
            # recorded no attempts, so the new one starts counting its own from zero.
            moved = session.execute(
                update(ReminderDeliveryRow)
                .where(
                    ReminderDeliveryRow.identity == identity,
                    ReminderDeliveryRow.state == DeliveryState.CLAIMED.value,
                    ReminderDeliveryRow.claimed_at < now - stale_after,
                    ReminderDeliveryRow.send_at > now - TAKEOVER_HORIZON,
                )
                .values(claimed_by=claimer, claimed_at=now, attempts=0)
                .execution_options(synchronize_session=False)
            )
            if moved.rowcount != 1:
                return None
            found = session.execute(
                deliveries().where(ReminderDeliveryRow.identity == identity)
            ).one()
            return record(*found)

    def _finish(self, identity: str, state: DeliveryState, now: datetime, **values: Any) -> bool:
        with self._scope.write() as session:
            moved = session.execute(
                update(ReminderDeliveryRow)
                .where(
                    ReminderDeliveryRow.identity == identity,
                    ReminderDeliveryRow.state == DeliveryState.CLAIMED.value,
                )
                .values(state=state.value, finished_at=utc(now), **values)
                .execution_options(synchronize_session=False)
            )
            return moved.rowcount == 1

    def _exists(self, identity: str) -> bool:
        with self._scope.read() as session:
            found = session.scalar(
                select(ReminderDeliveryRow.id).where(ReminderDeliveryRow.identity == identity)
            )
            return found is not None
