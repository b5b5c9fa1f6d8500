"""Pending actions: drafts restated to the user and awaiting confirmation or cancellation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, and_, delete, or_, select, update
from sqlalchemy.orm import Session

from bot.db.members import organisation_id
from bot.db.organisations import utc
from bot.db.scope import Scope
from bot.db.tables import OrganisationRow, PendingActionRow
from handlers.ports import PendingAction, PendingState
from kpi_core.codec import from_data, to_data
from kpi_core.models import Member, Submission, Unit, YearClose

SUBMISSION, REGISTRATION, UNIT, YEAR_CLOSE = "submission", "registration", "unit", "year_close"
BATCH = "batch"  # one step of several units: the rows, in order


class SqlPendingActions:
    """Pending actions in the SQL database; settling one is a single conditional update."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def add(self, pending: PendingAction) -> PendingAction:
        """Store a new pending action, superseding the user's live drafts of its slot in its
        chat; unknown organisations are refused."""
        with self._scope.write() as session:
            if pending.slot:
                _supersede(session, pending)
            draft = pending.registration or pending.unit or pending.year_close or pending.submission
            if pending.batch:
                draft = {"rows": to_data(pending.batch)}
            row = PendingActionRow(
                token=pending.token,
                organisation_id=organisation_id(session, pending.organisation),
                line_user_id=pending.line_user_id,
                chat_id=pending.chat_id,
                slot=pending.slot,
                kind=_kind(pending),
                submission=to_data(draft),
                summary=pending.summary,
                created_at=utc(pending.created_at),
                expires_at=utc(pending.expires_at),
                state=pending.state.value,
            )
            session.add(row)
        return _pending(row, pending.organisation)

    def get(self, token: str) -> PendingAction | None:
        """The pending action with this token, whatever its state."""
        with self._scope.read() as session:
            found = session.execute(_actions().where(PendingActionRow.token == token)).first()
            return None if found is None else _pending(*found)

    def open_in(self, line_user_id: str, chat_id: str, *, now: datetime) -> list[PendingAction]:
        """The user's live pending actions drafted in this chat, newest first."""
        with self._scope.read() as session:
            found = session.execute(
                _live(line_user_id, now)
                .where(PendingActionRow.chat_id == chat_id)
                .order_by(PendingActionRow.created_at.desc(), PendingActionRow.id.desc())
            )
            return [_pending(*row) for row in found]

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
                _live(line_user_id, now)
                .order_by(PendingActionRow.created_at.desc(), PendingActionRow.id.desc())
                .limit(1)
            ).first()
            return None if found is None else _pending(*found)

    def purge(self, *, before: datetime, limit: int) -> int:
        """Forget at most ``limit`` drafts settled or expired before ``before``; how many."""
        moment = utc(before)
        with self._scope.write() as session:
            done = select(PendingActionRow.id).where(
                or_(
                    PendingActionRow.expires_at < moment,
                    and_(
                        PendingActionRow.state != PendingState.PENDING.value,
                        PendingActionRow.settled_at < moment,
                    ),
                )
            )
            gone = session.execute(
                delete(PendingActionRow)
                .where(PendingActionRow.id.in_(done.limit(limit).scalar_subquery()))
                .execution_options(synchronize_session=False)
            )
            return gone.rowcount


def _supersede(session: Session, pending: PendingAction) -> None:
    session.execute(
        update(PendingActionRow)
        .where(
            PendingActionRow.line_user_id == pending.line_user_id,
            PendingActionRow.chat_id == pending.chat_id,
            PendingActionRow.slot == pending.slot,
            PendingActionRow.state == PendingState.PENDING.value,
        )
        .values(state=PendingState.SUPERSEDED.value, settled_at=utc(pending.created_at))
        .execution_options(synchronize_session=False)
    )


def _actions() -> Select[tuple[PendingActionRow, str]]:
    return select(PendingActionRow, OrganisationRow.name).join(
        OrganisationRow, PendingActionRow.organisation_id == OrganisationRow.id
    )


def _live(line_user_id: str, now: datetime) -> Select[tuple[PendingActionRow, str]]:
    return _actions().where(
        PendingActionRow.line_user_id == line_user_id,
        PendingActionRow.state == PendingState.PENDING.value,
        PendingActionRow.expires_at > utc(now),
    )


def _kind(pending: PendingAction) -> str:
    if pending.batch:
        return BATCH
    if pending.registration is not None:
        return REGISTRATION
    if pending.unit is not None:
        return UNIT
    return YEAR_CLOSE if pending.year_close is not None else SUBMISSION


def _pending(row: PendingActionRow, organisation: str) -> PendingAction:
    registration = from_data(Member, row.submission) if row.kind == REGISTRATION else None
    unit = from_data(Unit, row.submission) if row.kind == UNIT else None
    year_close = from_data(YearClose, row.submission) if row.kind == YEAR_CLOSE else None
    submission = from_data(Submission, row.submission) if row.kind == SUBMISSION else None
    rows = row.submission["rows"] if row.kind == BATCH else ()
    batch = tuple(from_data(Submission, data) for data in rows)
    return PendingAction(
        token=row.token,
        organisation=organisation,
        line_user_id=row.line_user_id,
        submission=submission,
        summary=row.summary,
        created_at=utc(row.created_at),
        expires_at=utc(row.expires_at),
        state=PendingState(row.state),
        chat_id=row.chat_id,
        slot=row.slot,
        registration=registration,
        unit=unit,
        year_close=year_close,
        batch=batch,
    )
