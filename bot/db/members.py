"""Member directory: LINE users registered to an organisation and its units, with a change log."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db.organisations import touch, utc
from bot.db.scope import Scope, prepared
from bot.db.tables import MemberChangeRow, MemberRow, OrganisationRow, UnitRow
from handlers.ports import StorageError, member_without_unit
from kpi_core.models import Member, Role


def organisation_id(session: Session, name: str) -> int:
    """The id of the organisation called exactly ``name``; refused in Thai when unknown."""
    found = session.scalar(select(OrganisationRow.id).where(OrganisationRow.name == name))
    if found is None:
        raise StorageError(f"ไม่พบหน่วยงาน {name}")
    return found


def unit_id(session: Session, org_id: int, organisation: str, unit: str | None) -> int | None:
    """The id of the unit called exactly ``unit`` in the organisation; ``None`` for no unit."""
    if unit is None:
        return None
    found = session.scalar(
        select(UnitRow.id).where(UnitRow.organisation_id == org_id, UnitRow.name == unit)
    )
    if found is None:
        raise StorageError(f"ไม่พบหน่วยงานย่อย {unit} ใน {organisation}")
    return found


class SqlMemberDirectory:
    """Members in the SQL database: one row per LINE user, every change appended to a log."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def get(self, line_user_id: str) -> Member | None:
        """The member with this LINE user id, if registered (asked once per transaction
        until it writes)."""
        return self._scope.remembered(("member", line_user_id), lambda: self._get(line_user_id))

    def _get(self, line_user_id: str) -> Member | None:
        with self._scope.read() as session:
            found = prepared(session, _MEMBER, user=line_user_id).first()
            return None if found is None else _member(found, found.org_name, found.unit_name)

    def save(self, member: Member) -> Member:
        """Register or re-register (same user id: the row is replaced; the change is logged)."""
        try:
            return self._save(member)
        except IntegrityError:
            # The same user's first registration committed meanwhile: now it is a replacement.
            return self._save(member)

    def members_of(self, organisation: str, unit: str | None = None) -> list[Member]:
        """Members of the organisation (optionally of one unit), in first-registration order."""
        with self._scope.read() as session:
            org_id = organisation_id(session, organisation)
            query = _members().where(MemberRow.organisation_id == org_id).order_by(MemberRow.id)
            if unit is not None:
                query = query.where(
                    MemberRow.unit_id == unit_id(session, org_id, organisation, unit)
                )
            return [_member(row, row.org_name, row.unit_name) for row in session.execute(query)]

    def _save(self, member: Member) -> Member:
        at = utc(member.registered_at or datetime.now(UTC))
        with self._scope.write() as session, session.begin_nested():
            org_id = organisation_id(session, member.organisation)
            if member.unit is None and not member.is_coordinator:
                _refuse_without_unit(session, org_id, member.organisation)
            change = MemberChangeRow(
                line_user_id=member.line_user_id,
                organisation_id=org_id,
                unit_id=unit_id(session, org_id, member.organisation, member.unit),
                role=member.role.value,
                display_name=member.display_name,
                changed_at=at,
                changed_by=member.registered_by,
                source_event_id=member.source_event_id,
                source_chat_id=member.source_chat_id,
            )
            row = session.scalar(
                select(MemberRow).where(MemberRow.line_user_id == member.line_user_id)
            ) or MemberRow(line_user_id=member.line_user_id)
            previous = row.organisation_id
            row.organisation_id, row.unit_id = change.organisation_id, change.unit_id
            row.role, row.display_name = change.role, change.display_name
            row.registered_at, row.registered_by = at, member.registered_by
            session.add_all([row, change])
            for changed in {org_id, previous} - {None}:
                touch(session, changed)
        return replace(member, registered_at=at)


def _refuse_without_unit(session: Session, org_id: int, organisation: str) -> None:
    """An organisation that has units has no member outside them (a coordinator acts for
    every unit and may belong to none)."""
    units = session.scalars(
        select(UnitRow.name).where(UnitRow.organisation_id == org_id).order_by(UnitRow.position)
    ).all()
    if units:
        raise StorageError(member_without_unit(organisation, list(units)))


def _members() -> Select[Any]:
    """Members with their organisation's and unit's names, as plain rows (no ORM objects)."""
    return (
        select(
            MemberRow.__table__,
            OrganisationRow.name.label("org_name"),
            UnitRow.name.label("unit_name"),
        )
        .join(OrganisationRow, MemberRow.organisation_id == OrganisationRow.id)
        .outerjoin(UnitRow, MemberRow.unit_id == UnitRow.id)
    )


_MEMBER = _members().where(MemberRow.line_user_id == bindparam("user"))  # every event asks


def _member(row: MemberRow, organisation: str, unit: str | None) -> Member:
    return Member(
        line_user_id=row.line_user_id,
        organisation=organisation,
        unit=unit,
        display_name=row.display_name,
        role=Role(row.role),
        registered_at=utc(row.registered_at),
        registered_by=row.registered_by,
    )
