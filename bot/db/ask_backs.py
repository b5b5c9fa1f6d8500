"""Ask-backs in the SQL database: one open per user and chat, closed by the next message."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select, update

from bot.db.members import organisation_id
from bot.db.organisations import utc
from bot.db.scope import Scope, prepared
from bot.db.tables import AskBackRow, OrganisationRow
from handlers.ports import AskBack, Choice

OPEN, ANSWERED, PASSED = "open", "answered", "passed"


class SqlAskBacks:
    """Ask-backs as rows: asked, then answered or passed by (a state change, never a delete)."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def ask(self, ask_back: AskBack) -> AskBack:
        """Store a new ask-back; the user's earlier open ones in the chat are passed by."""
        with self._scope.write() as session:
            session.execute(
                update(AskBackRow)
                .where(
                    AskBackRow.line_user_id == ask_back.line_user_id,
                    AskBackRow.chat_id == ask_back.chat_id,
                    AskBackRow.state == OPEN,
                )
                .values(state=PASSED, closed_at=utc(ask_back.asked_at))
                .execution_options(synchronize_session=False)
            )
            row = AskBackRow(
                organisation_id=organisation_id(session, ask_back.organisation),
                line_user_id=ask_back.line_user_id,
                chat_id=ask_back.chat_id,
                choices=[{"key": c.key, "name": c.name, "data": c.data} for c in ask_back.choices],
                asked_at=utc(ask_back.asked_at),
                expires_at=utc(ask_back.expires_at),
                state=OPEN,
                source_event_id=ask_back.source_event_id,
            )
            session.add(row)
            session.flush()
            return _ask_back(row, ask_back.organisation)

    def open_in(self, line_user_id: str, chat_id: str, *, now: datetime) -> AskBack | None:
        """The user's open, unexpired ask-back in this chat."""
        with self._scope.read() as session:
            found = prepared(session, _OPEN, user=line_user_id, chat=chat_id, now=utc(now)).first()
            return None if found is None else _ask_back(found, found.org_name)

    def close(
        self, ask_back_id: int, *, answered: bool, now: datetime, event_id: str | None
    ) -> bool:
        """Close an open ask-back once (answered, or passed by); False if it was not open."""
        with self._scope.write() as session:
            moved = session.execute(
                update(AskBackRow)
                .where(AskBackRow.id == ask_back_id, AskBackRow.state == OPEN)
                .values(
                    state=ANSWERED if answered else PASSED,
                    closed_at=utc(now),
                    closed_by_event_id=event_id,
                )
                .execution_options(synchronize_session=False)
            )
            return moved.rowcount == 1


# Every message asks (as plain rows: no ORM object is made).
_OPEN = (
    select(AskBackRow.__table__, OrganisationRow.name.label("org_name"))
    .join(OrganisationRow, AskBackRow.organisation_id == OrganisationRow.id)
    .where(
        AskBackRow.line_user_id == bindparam("user"),
        AskBackRow.chat_id == bindparam("chat"),
        AskBackRow.state == OPEN,
        AskBackRow.expires_at > bindparam("now"),
    )
    .order_by(AskBackRow.id.desc())
    .limit(1)
)


def _ask_back(row: AskBackRow, organisation: str) -> AskBack:
    return AskBack(
        organisation=organisation,
        line_user_id=row.line_user_id,
        chat_id=row.chat_id,
        choices=tuple(Choice(c["key"], c["name"], c["data"]) for c in row.choices),
        asked_at=utc(row.asked_at),
        expires_at=utc(row.expires_at),
        source_event_id=row.source_event_id,
        id=row.id,
    )
