"""Repositories over one shared transaction: an event's reads and writes commit together."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.ask_backs import SqlAskBacks
from bot.db.audit import SqlAuditTrail
from bot.db.deadline import Ticket
from bot.db.desk_logins import SqlDeskLogins
from bot.db.failures import unavailable
from bot.db.groups import SqlGroupDirectory
from bot.db.line_figures import SqlLineFigures
from bot.db.members import SqlMemberDirectory
from bot.db.organisations import SqlOrganisationStore
from bot.db.pending import SqlPendingActions
from bot.db.processed_events import SqlEventLog
from bot.db.read_model import ReadModel, ReplyReads
from bot.db.reminder_claims import SqlReminderClaims
from bot.db.reminder_deliveries import SqlReminderDeliveries
from bot.db.reminder_forecasts import SqlReminderForecasts
from bot.db.reminder_policies import SqlReminderPolicies
from bot.db.reminder_postponements import SqlReminderPostponements
from bot.db.reminder_snapshot import SqlReminderSnapshot
from bot.db.scheduler_heartbeats import SqlSchedulerHeartbeats
from bot.db.scope import Scope, SharedTransaction
from bot.db.submissions import SqlSubmissionLedger
from handlers.ports import Memo, NoMemo


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
    reminder_claims: SqlReminderClaims
    reminder_postponements: SqlReminderPostponements
    reminder_snapshot: SqlReminderSnapshot
    reminder_forecasts: SqlReminderForecasts
    line_figures: SqlLineFigures
    ask_backs: SqlAskBacks
    scheduler_heartbeats: SqlSchedulerHeartbeats

    memo: Memo

    @classmethod
    def on(cls, scope: Scope, reads: ReplyReads | None = None) -> Repositories:
        """The repositories running in ``scope`` (organisations and their submissions through
        the read model when ``reads`` is given)."""
        return cls(
            organisations=SqlOrganisationStore(scope, reads),
            submissions=SqlSubmissionLedger(scope, reads),
            members=SqlMemberDirectory(scope),
            groups=SqlGroupDirectory(scope),
            events=SqlEventLog(scope),
            pending=SqlPendingActions(scope),
            reminder_policies=SqlReminderPolicies(scope),
            reminder_deliveries=SqlReminderDeliveries(scope),
            desk_logins=SqlDeskLogins(scope),
            audit=SqlAuditTrail(scope),
            reminder_claims=SqlReminderClaims(scope),
            reminder_postponements=SqlReminderPostponements(scope),
            reminder_snapshot=SqlReminderSnapshot(scope),
            reminder_forecasts=SqlReminderForecasts(scope),
            line_figures=SqlLineFigures(scope),
            ask_backs=SqlAskBacks(scope),
            scheduler_heartbeats=SqlSchedulerHeartbeats(scope),
            memo=reads or NoMemo(),
        )


class SqlUnitOfWork(Repositories):
    """``with db.unit_of_work() as uow: …; uow.commit()`` — nothing is kept without commit.

    The transaction is a writing one (on SQLite it takes the write lock at BEGIN), so its
    reads decide on data no one else can change before it commits.
    """

    def __init__(
        self,
        writers: sessionmaker[Session],
        deadline: Callable[[], AbstractContextManager[Ticket]] | None = None,
        model: ReadModel | None = None,
    ) -> None:
        self._session = writers()
        self._deadline = deadline
        self._watch: AbstractContextManager[Ticket] | None = None
        self._ticket: Ticket | None = None
        scope = SharedTransaction(self._session)
        self._reads = ReplyReads(scope, model, staged=True) if model is not None else None
        super().__init__(**vars(Repositories.on(scope, self._reads)))

    def __enter__(self) -> SqlUnitOfWork:
        if self._deadline is not None:
            self._watch = self._deadline()
            self._ticket = self._watch.__enter__()
        self._session.begin()
        return self

    @property
    def deadline_passed(self) -> bool:
        """Whether the unit's connection waited past its deadline and was cut."""
        return self._ticket is not None and self._ticket.cut

    def commit(self) -> None:
        """Keep everything done in this unit of work (and share what it read)."""
        self._session.commit()
        if self._reads is not None:
            self._reads.publish()

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        """Roll back what was not committed; a database failure leaves as
        ``DatabaseUnavailable`` (callers need not know SQLAlchemy)."""
        try:
            self._session.rollback()  # a no-op after commit; otherwise nothing is kept
            self._session.close()
        except SQLAlchemyError:
            # The connection is gone (the server rolls back on its own): the failure that
            # brought us here is the one to report, not this one.
            self._session.invalidate()
        finally:
            if self._watch is not None:
                self._watch.__exit__(None, None, None)
        failure = unavailable(exc, deadline=self.deadline_passed) if exc else None
        if failure is not None:
            raise failure from exc
