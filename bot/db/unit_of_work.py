"""Repositories over one shared transaction: an event's reads and writes commit together."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from bot.db.audit import SqlAuditTrail
from bot.db.desk_logins import SqlDeskLogins
from bot.db.groups import SqlGroupDirectory
from bot.db.members import SqlMemberDirectory
from bot.db.organisations import SqlOrganisationStore
from bot.db.pending import SqlPendingActions
from bot.db.processed_events import SqlEventLog
from bot.db.reminder_deliveries import SqlReminderDeliveries
from bot.db.reminder_policies import SqlReminderPolicies
from bot.db.scope import Scope, SharedTransaction
from bot.db.submissions import SqlSubmissionLedger


@dataclass
class Repositories:
    """Every repository, all running their statements in one scope."""

    organisations: SqlOrganisationStore
    submissions: SqlSubmissionLedger
    members: SqlMemberDirectory
    groups: SqlGroupDirectory
    events: SqlEventLog
    pending: SqlPendingActions
    reminder_policies: SqlReminderPolicies
    reminder_deliveries: SqlReminderDeliveries
    desk_logins: SqlDeskLogins
    audit: SqlAuditTrail

    @classmethod
    def on(cls, scope: Scope) -> Repositories:
        """The repositories running in ``scope``."""
        return cls(
            organisations=SqlOrganisationStore(scope),
            submissions=SqlSubmissionLedger(scope),
            members=SqlMemberDirectory(scope),
            groups=SqlGroupDirectory(scope),
            events=SqlEventLog(scope),
            pending=SqlPendingActions(scope),
            reminder_policies=SqlReminderPolicies(scope),
            reminder_deliveries=SqlReminderDeliveries(scope),
            desk_logins=SqlDeskLogins(scope),
            audit=SqlAuditTrail(scope),
        )


class SqlUnitOfWork(Repositories):
    """``with db.unit_of_work() as uow: …; uow.commit()`` — nothing is kept without commit.

    The transaction is a writing one (on SQLite it takes the write lock at BEGIN), so its
    reads decide on data no one else can change before it commits.
    """

    def __init__(self, writers: sessionmaker[Session]) -> None:
        self._session = writers()
        shared = Repositories.on(SharedTransaction(self._session))
        super().__init__(**vars(shared))

    def __enter__(self) -> SqlUnitOfWork:
        self._session.begin()
        return self

    def commit(self) -> None:
        """Keep everything done in this unit of work."""
        self._session.commit()

    def __exit__(self, *exc_info: object) -> None:
        self._session.rollback()  # a no-op after commit; otherwise nothing is kept
        self._session.close()
