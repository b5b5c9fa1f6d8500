"""Event log: LINE webhook events already handled, so a redelivery is recognised and skipped."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.db.organisations import utc
from bot.db.scope import Scope, prepared
from bot.db.tables import ProcessedEventRow

MAX_EVENT_ID = ProcessedEventRow.__table__.c.event_id.type.length  # what the column keeps
MAX_KIND = ProcessedEventRow.__table__.c.kind.type.length
_TABLE = ProcessedEventRow.__table__
# Insert and let the unique key decide: a read-then-write would let two concurrent deliveries
# of the same event both believe they came first. ON CONFLICT DO NOTHING (both databases)
# waits for a concurrent insert's fate and needs no savepoint. Built once per dialect.
_INSERTS = {
    name: insert(_TABLE)
    .on_conflict_do_nothing(index_elements=["event_id"])
    .returning(_TABLE.c.id)  # the driver's rowcount is not reliable here
    for name, insert in (("postgresql", postgresql_insert), ("sqlite", sqlite_insert))
}


class SqlEventLog:
    """Handled events in the SQL database, keyed by LINE's ``webhookEventId``."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def first_time(self, event_id: str, *, kind: str, received_at: datetime) -> bool:
        """Record the event; ``False`` if it was recorded before (a redelivery)."""
        with self._scope.write() as session:
            insert = _INSERTS[session.get_bind().dialect.name]
            values = {"event_id": event_id, "kind": kind, "received_at": utc(received_at)}
            return prepared(session, insert, **values).scalar() is not None

    def purge(self, *, before: datetime, limit: int) -> int:
        """Forget at most ``limit`` events received before ``before``; how many were forgotten."""
        with self._scope.write() as session:
            oldest = (
                select(ProcessedEventRow.id)
                .where(ProcessedEventRow.received_at < utc(before))
                .order_by(ProcessedEventRow.received_at)
                .limit(limit)
            )
            gone = session.execute(
                delete(ProcessedEventRow)
                .where(ProcessedEventRow.id.in_(oldest.scalar_subquery()))
                .execution_options(synchronize_session=False)
            )
            return gone.rowcount
