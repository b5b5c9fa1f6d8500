"""A group's due reminders claimed together, and the outcome of their one push recorded together.

A claim is all or nothing, in one transaction: new reminders are inserted (their unique
identity arbitrates), failed ones due for a retry and claims left by a dead sender are taken
with a conditional update that must match what the sender read. If any part was taken by
someone else meanwhile, nothing is claimed, so two senders never split one group's reminders
between two pushes that share a retry key.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db.members import organisation_id
from bot.db.organisations import utc
from bot.db.reminder_records import (
    DeliveryRecord,
    DeliveryState,
    PlannedDelivery,
    deliveries,
    new_row,
    record,
)
from bot.db.reminder_rows import among
from bot.db.scope import Scope
from bot.db.tables import ReminderDeliveryRow

_CHUNK = 500  # identities per IN (…) list


class _Taken(Exception):
    """Part of the claim was taken by someone else: roll the whole claim back."""


@dataclass(frozen=True)
class Claim:
    """One reminder to claim: what it is about and, when stored already, how it was read."""

    identity: str
    planned: PlannedDelivery  # its retry key is the one this push will carry
    previous: DeliveryRecord | None = None  # a failed delivery, or a dead sender's claim


class SqlReminderClaims:
    """Claims and outcomes of reminder pushes, a group's reminders at a time."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def existing(
        self, identities: Collection[str], *, as_of: datetime | None = None
    ) -> dict[str, DeliveryRecord]:
        """The stored deliveries among ``identities`` (claimed by ``as_of`` when given)."""
        wanted, found = sorted(identities), {}
        with self._scope.read() as session:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                query = deliveries().where(among(session, ReminderDeliveryRow.identity, chunk))
                if as_of is not None:
                    query = query.where(ReminderDeliveryRow.claimed_at <= utc(as_of))
                found.update(
                    (row.identity, record(row, org)) for row, org in session.execute(query)
                )
        return found

    def claim(
        self, claims: Sequence[Claim], *, claimer: str, now: datetime
    ) -> list[DeliveryRecord] | None:
        """Claim every one of ``claims`` for ``claimer``, or none (``None``) when any was taken."""
        if not claims:
            return []
        try:
            with self._scope.write() as session, session.begin_nested():
                return [self._one(session, c, claimer, utc(now)) for c in claims]
        except (IntegrityError, _Taken):
            return None

    def finish(self, identities: Collection[str], state: DeliveryState, **values: Any) -> int:
        """Record the outcome of one push for its claimed reminders; how many were recorded."""
        values = {k: utc(v) if isinstance(v, datetime) else v for k, v in values.items()}
        with self._scope.write() as session:
            moved = session.execute(
                update(ReminderDeliveryRow)
                .where(
                    ReminderDeliveryRow.identity.in_(list(identities)),
                    ReminderDeliveryRow.state == DeliveryState.CLAIMED.value,
                )
                .values(state=state.value, tries=ReminderDeliveryRow.tries + 1, **values)
                .execution_options(synchronize_session=False)
            )
            return moved.rowcount

    def settle_failed(
        self, identities: Collection[str], state: DeliveryState, **values: Any
    ) -> int:
        """Move failed deliveries that will not be retried to ``state`` (held back, given up)."""
        with self._scope.write() as session:
            moved = session.execute(
                update(ReminderDeliveryRow)
                .where(
                    ReminderDeliveryRow.identity.in_(list(identities)),
                    ReminderDeliveryRow.state == DeliveryState.FAILED.value,
                )
                .values(state=state.value, retry_at=None, **values)
                .execution_options(synchronize_session=False)
            )
            return moved.rowcount

    def _one(self, session: Session, claim: Claim, claimer: str, now: datetime) -> DeliveryRecord:
        planned = PlannedDelivery(**{**claim.planned, "claimer": claimer})
        if claim.previous is None:
            row = new_row(claim.identity, DeliveryState.CLAIMED, now, planned)
            row.organisation_id = organisation_id(session, planned["organisation"])
            session.add(row)
            session.flush()
            return record(row, planned["organisation"])
        return self._again(session, claim, claimer, now)

    def _again(self, session: Session, claim: Claim, claimer: str, now: datetime) -> DeliveryRecord:
        """Take a stored delivery exactly as it was read; anything else means it was taken."""
        before = claim.previous
        assert before is not None
        key = claim.planned["retry_key"]
        moved = session.execute(
            update(ReminderDeliveryRow)
            .where(
                ReminderDeliveryRow.identity == claim.identity,
                ReminderDeliveryRow.state == before.state.value,
                ReminderDeliveryRow.claimed_at == before.claimed_at,
                ReminderDeliveryRow.tries == before.tries,
            )
            .values(
                state=DeliveryState.CLAIMED.value,
                claimed_by=claimer,
                claimed_at=now,
                attempts=0,
                retry_key=key,
                key_since=before.key_since if key == before.retry_key else now,
                late=claim.planned["late"],
            )
            .execution_options(synchronize_session=False)
        )
        if moved.rowcount != 1:
            raise _Taken(claim.identity)
        row, organisation = session.execute(
            deliveries().where(ReminderDeliveryRow.identity == claim.identity)
        ).one()
        return record(row, organisation)
