"""Event log: LINE webhook events already handled, so a redelivery is recognised and skipped."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.db.organisations import utc
from bot.db.scope import Scope
from bot.db.tables import ProcessedEventRow


class SqlEventLog:
    """Handled events in the SQL database, keyed by LINE's ``webhookEventId``."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def first_time(self, event_id: str, *, kind: str, received_at: datetime) -> bool:
        """Record the event; ``False`` if it was recorded before (a redelivery)."""
        # Insert first and let the unique key decide: a read-then-write would let two
        # concurrent deliveries of the same event both believe they came first.
        try:
            with self._scope.write() as session, session.begin_nested():
                session.add(
                    ProcessedEventRow(event_id=event_id, kind=kind, received_at=utc(received_at))
                )
        except IntegrityError:
            if self._seen(event_id):
                return False
            raise
        return True

    def _seen(self, event_id: str) -> bool:
        with self._scope.read() as session:
            found = session.scalar(
                select(ProcessedEventRow.id).where(ProcessedEventRow.event_id == event_id)
            )
            return found is not None
