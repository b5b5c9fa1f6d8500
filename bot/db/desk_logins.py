"""Desk login links: each one issued to a LINE user, used at most once, dead after it expires."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from bot.db.members import organisation_id
from bot.db.organisations import utc
from bot.db.scope import Scope
from bot.db.tables import DeskLoginRow, OrganisationRow


@dataclass(frozen=True)
class DeskLogin:
    """One issued login link, as recorded (the link itself is signed; this is its nonce)."""

    nonce: str
    line_user_id: str
    organisation: str
    issued_at: datetime
    expires_at: datetime
    issued_via: str  # "chat" or "cli"
    source_event_id: str | None = None
    source_chat_id: str | None = None


class SqlDeskLogins:
    """Login links in the SQL database; using one is a single conditional update."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def issue(self, login: DeskLogin) -> None:
        """Record a newly issued link; unknown organisations are refused."""
        with self._scope.write() as session:
            session.add(
                DeskLoginRow(
                    nonce=login.nonce,
                    line_user_id=login.line_user_id,
                    organisation_id=organisation_id(session, login.organisation),
                    issued_at=utc(login.issued_at),
                    expires_at=utc(login.expires_at),
                    issued_via=login.issued_via,
                    source_event_id=login.source_event_id,
                    source_chat_id=login.source_chat_id,
                )
            )

    def use(self, nonce: str, line_user_id: str, *, now: datetime) -> str | None:
        """Mark the link used and return its organisation; ``None`` when it is unknown, someone
        else's, expired or used already (of two concurrent uses only one succeeds)."""
        moment = utc(now)
        with self._scope.write() as session:
            moved = session.execute(
                update(DeskLoginRow)
                .where(
                    DeskLoginRow.nonce == nonce,
                    DeskLoginRow.line_user_id == line_user_id,
                    DeskLoginRow.used_at.is_(None),
                    DeskLoginRow.expires_at > moment,
                )
                .values(used_at=moment)
                .execution_options(synchronize_session=False)
            )
            if moved.rowcount != 1:
                return None
            return session.scalar(
                select(OrganisationRow.name)
                .join(DeskLoginRow, DeskLoginRow.organisation_id == OrganisationRow.id)
                .where(DeskLoginRow.nonce == nonce)
            )
