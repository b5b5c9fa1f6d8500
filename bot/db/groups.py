"""Group directory: which organisation each LINE group belongs to, with a log of re-bindings."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.exc import IntegrityError

from bot.db.members import organisation_id
from bot.db.organisations import touch, utc
from bot.db.scope import Scope, prepared
from bot.db.tables import GroupBindingChangeRow, GroupBindingRow, OrganisationRow
from handlers.ports import GroupBinding


class SqlGroupDirectory:
    """Group bindings in the SQL database: one row per group, every binding appended to a log."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def get(self, group_id: str) -> GroupBinding | None:
        """The group's active binding, if any."""
        found = self.last(group_id)
        return found if found is not None and found.active else None

    def last(self, group_id: str) -> GroupBinding | None:
        """The group's binding even after the bot left it (``active`` tells); asked once per
        transaction until it writes."""
        return self._scope.remembered(("binding", group_id), lambda: self._last(group_id))

    def _last(self, group_id: str) -> GroupBinding | None:
        with self._scope.read() as session:
            found = prepared(session, _BINDING, group=group_id).first()
            return None if found is None else _binding(found, found.org_name)

    def all(self) -> list[GroupBinding]:
        """Every actively bound group, oldest binding first."""
        with self._scope.read() as session:
            found = session.execute(
                _bindings()
                .where(GroupBindingRow.active.is_(True))
                .order_by(GroupBindingRow.bound_at, GroupBindingRow.id)
            )
            return [_binding(row, row.org_name) for row in found]

    def leave(self, group_id: str, *, at: datetime, event_id: str | None) -> GroupBinding | None:
        """The bot left the group: its binding turns inactive and the change is logged."""
        with self._scope.write() as session:
            row = session.scalar(
                select(GroupBindingRow).where(GroupBindingRow.group_id == group_id)
            )
            if row is None:
                return None
            row.active = False
            session.add(_change(row, event_id, bound_at=utc(at)))
            touch(session, row.organisation_id)
            organisation = session.get(OrganisationRow, row.organisation_id)
            assert organisation is not None
            return _binding(row, organisation.name)

    def bind(self, binding: GroupBinding) -> GroupBinding:
        """Bind (or re-bind) the group to an organisation; unknown organisations are refused."""
        try:
            return self._bind(binding)
        except IntegrityError:
            # The same group's first binding committed meanwhile: now it is a re-binding.
            return self._bind(binding)

    def _bind(self, binding: GroupBinding) -> GroupBinding:
        at = utc(binding.bound_at)
        with self._scope.write() as session, session.begin_nested():
            org_id = organisation_id(session, binding.organisation)
            row = session.scalar(
                select(GroupBindingRow).where(GroupBindingRow.group_id == binding.group_id)
            ) or GroupBindingRow(group_id=binding.group_id)
            previous = row.organisation_id
            row.organisation_id = org_id
            row.bound_by = binding.bound_by
            row.bound_at = at
            row.active = True
            session.add(row)
            session.add(_change(row, binding.source_event_id))
            if previous is not None and previous != org_id:
                touch(session, previous)
            touch(session, org_id)
        return replace(binding, bound_at=at, active=True)


def _bindings() -> Select[Any]:
    """Bindings with their organisation's name, as plain rows (no ORM objects)."""
    return select(GroupBindingRow.__table__, OrganisationRow.name.label("org_name")).join(
        OrganisationRow, GroupBindingRow.organisation_id == OrganisationRow.id
    )


_BINDING = _bindings().where(GroupBindingRow.group_id == bindparam("group"))  # every event asks


def _change(
    row: GroupBindingRow, event_id: str | None, *, bound_at: datetime | None = None
) -> GroupBindingChangeRow:
    """The log row of ``row``'s new state (a leave is logged at its own moment)."""
    return GroupBindingChangeRow(
        group_id=row.group_id,
        organisation_id=row.organisation_id,
        bound_by=row.bound_by,
        bound_at=bound_at or row.bound_at,
        source_event_id=event_id,
        active=row.active,
    )


def _binding(row: GroupBindingRow, organisation: str) -> GroupBinding:
    return GroupBinding(
        row.group_id, organisation, row.bound_by, utc(row.bound_at), active=row.active
    )
