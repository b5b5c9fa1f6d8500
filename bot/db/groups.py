"""Group directory: which organisation each LINE group belongs to, with a log of re-bindings."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError

from bot.db.members import organisation_id
from bot.db.organisations import touch, utc
from bot.db.scope import Scope
from bot.db.tables import GroupBindingChangeRow, GroupBindingRow, OrganisationRow
from handlers.ports import GroupBinding


class SqlGroupDirectory:
    """Group bindings in the SQL database: one row per group, every binding appended to a log."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def get(self, group_id: str) -> GroupBinding | None:
        """The binding of this group, if any."""
        with self._scope.read() as session:
            found = session.execute(_bindings().where(GroupBindingRow.group_id == group_id)).first()
            return None if found is None else _binding(*found)

    def all(self) -> list[GroupBinding]:
        """Every bound group, oldest binding first."""
        with self._scope.read() as session:
            found = session.execute(
                _bindings().order_by(GroupBindingRow.bound_at, GroupBindingRow.id)
            )
            return [_binding(*row) for row in found]

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
            session.add(row)
            session.add(
                GroupBindingChangeRow(
                    group_id=binding.group_id,
                    organisation_id=org_id,
                    bound_by=binding.bound_by,
                    bound_at=at,
                    source_event_id=binding.source_event_id,
                )
            )
            if previous is not None and previous != org_id:
                touch(session, previous)
            touch(session, org_id)
        return replace(binding, bound_at=at)


def _bindings() -> Select[tuple[GroupBindingRow, str]]:
    return select(GroupBindingRow, OrganisationRow.name).join(
        OrganisationRow, GroupBindingRow.organisation_id == OrganisationRow.id
    )


def _binding(row: GroupBindingRow, organisation: str) -> GroupBinding:
    return GroupBinding(row.group_id, organisation, row.bound_by, utc(row.bound_at))
