"""One handle on the database: engine, repositories and migrations, wired together."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from bot.db import migrate
from bot.db.engine import make_engine, make_session_factory
from bot.db.groups import SqlGroupDirectory
from bot.db.members import SqlMemberDirectory
from bot.db.organisations import SqlOrganisationStore
from bot.db.pending import SqlPendingActions
from bot.db.processed_events import SqlEventLog
from bot.db.reminder_deliveries import SqlReminderDeliveries
from bot.db.reminder_policies import SqlReminderPolicies
from bot.db.submissions import SqlSubmissionLedger
from handlers.ports import StorageError


@dataclass
class Database:
    """The engine and the repositories built on it."""

    engine: Engine
    organisations: SqlOrganisationStore
    submissions: SqlSubmissionLedger
    members: SqlMemberDirectory
    groups: SqlGroupDirectory
    events: SqlEventLog
    pending: SqlPendingActions
    reminder_policies: SqlReminderPolicies
    reminder_deliveries: SqlReminderDeliveries

    @classmethod
    def connect(cls, url: str) -> Database:
        """Open the database at ``url`` (nothing is created until :meth:`upgrade`)."""
        engine = make_engine(url)
        sessions = make_session_factory(engine)
        return cls(
            engine,
            organisations=SqlOrganisationStore(sessions),
            submissions=SqlSubmissionLedger(sessions),
            members=SqlMemberDirectory(sessions),
            groups=SqlGroupDirectory(sessions),
            events=SqlEventLog(sessions),
            pending=SqlPendingActions(sessions),
            reminder_policies=SqlReminderPolicies(sessions),
            reminder_deliveries=SqlReminderDeliveries(sessions),
        )

    def upgrade(self) -> None:
        """Apply every pending migration."""
        migrate.upgrade(self.engine)

    def ensure_ready(self) -> None:
        """Refuse to work on a database whose schema is missing or behind the code."""
        if not inspect(self.engine).has_table("alembic_version"):
            raise StorageError("ฐานข้อมูลยังว่างอยู่: สั่ง pmqa db upgrade ก่อน")
        if not migrate.is_up_to_date(self.engine):
            raise StorageError("ฐานข้อมูลยังไม่เป็นรุ่นล่าสุด: สั่ง pmqa db upgrade ก่อน")

    def ping(self) -> bool:
        """Whether the database answers a trivial query."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("select 1"))
        except SQLAlchemyError:
            return False
        return True

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
