"""Pending actions: submissions restated to the user and awaiting confirmation or cancellation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, select, update

from bot.db.members import organisation_id
from bot.db.organisations import utc
from bot.db.scope import Scope
from bot.db.tables import OrganisationRow, PendingActionRow
from handlers.ports import PendingAction, PendingState
from kpi_core.codec import from_data, to_data
from kpi_core.models import Submission


class SqlPendingActions:
    """Pending actions in the SQL database; settling one is a single conditional update."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def add(self, pending: PendingAction) -> PendingAction:
        """Store a new pending action; unknown organisations are refused."""
        with self._scope.write() as session:
            row = PendingActionRow(
                token=pending.token,
                organisation_id=organisation_id(session, pending.organisation),
                line_user_id=pending.line_user_id,
                submission=to_data(pending.submission),
                summary=pending.summary,
                created_at=utc(pending.created_at),
                expires_at=utc(pending.expires_at),
                state=pending.state.value,
            )
            session.add(row)
        return _pending(row, pending.organisation)

    def settle(
        self, token: str, line_user_id: str, state: PendingState, *, now: datetime
    ) -> PendingAction | None:
        """Atomically move a live pending action of this user to ``state``; ``None`` when it
        does not exist, belongs to someone else, expired or was settled already."""
        if state is PendingState.PENDING:
            raise ValueError("a pending action is settled as confirmed or cancelled")
        moment = utc(now)
        with self._scope.write() as session:
            # One conditional UPDATE: of two concurrent taps on "ยืนยัน" only one matches a row,
            # the other waits for its commit and then finds the state no longer pending.
            moved = session.execute(
                update(PendingActionRow)
                .where(
                    PendingActionRow.token == token,
                    PendingActionRow.line_user_id == line_user_id,
                    PendingActionRow.state == PendingState.PENDING.value,
                    PendingActionRow.expires_at > moment,
                )
                .values(state=state.value, settled_at=moment)
                .execution_options(synchronize_session=False)
            )
            if moved.rowcount != 1:
                return None
            found = session.execute(_actions().where(PendingActionRow.token == token)).one()
            return _pending(*found)

    def latest(self, line_user_id: str, *, now: datetime) -> PendingAction | None:
        """The user's newest live pending action."""
        with self._scope.read() as session:
            found = session.execute(
                _actions()
                .where(
                    PendingActionRow.line_user_id == line_user_id,
                    PendingActionRow.state == PendingState.PENDING.value,
                    PendingActionRow.expires_at > utc(now),
                )
                .order_by(PendingActionRow.created_at.desc(), PendingActionRow.id.desc())
                .limit(1)
            ).first()
            return None if found is None else _pending(*found)


def _actions() -> Select[tuple[PendingActionRow, str]]:
    return select(PendingActionRow, OrganisationRow.name).join(
        OrganisationRow, PendingActionRow.organisation_id == OrganisationRow.id
    )


def _pending(row: PendingActionRow, organisation: str) -> PendingAction:
    return PendingAction(
        token=row.token,
        organisation=organisation,
        line_user_id=row.line_user_id,
        submission=from_data(Submission, row.submission),
        summary=row.summary,
        created_at=utc(row.created_at),
        expires_at=utc(row.expires_at),
        state=PendingState(row.state),
    )
