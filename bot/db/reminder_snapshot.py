"""Everything reminders need about every bound group, read in a handful of batched queries.

Per run the scheduler needs, for each group, its organisation (units and milestone
indicators), its policy, the submissions as of the run's moment, its registered members and
postponed days. Read group by group that is about nine queries each; here it is one query per
kind for all groups together. Organisations are kept between runs while their data version is
unchanged, so a warm scheduler re-reads only what changed.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.groups import SqlGroupDirectory
from bot.db.organisations import assemble
from bot.db.reminder_policies import SqlReminderPolicies
from bot.db.reminder_postponements import SqlReminderPostponements
from bot.db.reminder_rows import (
    among,
    members_by_unit,
    milestone_indicators,
    step_submissions,
    units_of,
)
from bot.db.scope import Scope
from bot.db.tables import OrganisationRow
from handlers.ports import GroupBinding
from kpi_core.models import (
    Member,
    Organisation,
    ReminderPolicy,
    Submission,
)


@dataclass(frozen=True)
class GroupData:
    """One bound group as reminders see it."""

    binding: GroupBinding
    organisation: Organisation  # its units, and its milestone indicators only
    policy: ReminderPolicy
    submissions: tuple[Submission, ...]  # step submissions recorded up to the moment asked for
    members: Mapping[str, tuple[Member, ...]]  # registered members by unit
    postponed: Mapping[str, Mapping[int, tuple[date, ...]]]  # indicator -> step -> days


@dataclass(frozen=True)
class _Cached:
    """An organisation as reminders need it, valid while its data version is unchanged."""

    version: int
    organisation: Organisation
    submissions: tuple[Submission, ...]  # every step submission, oldest first
    members: Mapping[str, tuple[Member, ...]]
    latest: datetime | None  # when the newest of them was recorded

    def submissions_as_of(self, moment: datetime) -> tuple[Submission, ...]:
        """The submissions recorded up to ``moment`` (all of them, mostly: the same tuple)."""
        if self.latest is None or self.latest <= moment:
            return self.submissions
        return tuple(r for r in self.submissions if r.submitted_at and r.submitted_at <= moment)


class SqlReminderSnapshot:
    """Batched reads of the bound groups for the reminder scheduler."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self._cache: dict[int, _Cached] = {}  # organisation id -> what was read at a version

    def groups(
        self, *, as_of: datetime, group_ids: Collection[str] | None = None
    ) -> list[GroupData]:
        """Every bound group (or those of ``group_ids``) whose reminders are on, as of ``as_of``."""
        directory = SqlGroupDirectory(self._scope)
        if group_ids is None:
            bindings = directory.all()
        else:
            bindings = [b for g in sorted(group_ids) if (b := directory.get(g)) is not None]
        policies = SqlReminderPolicies(self._scope).of_groups([b.group_id for b in bindings])
        wanted = [b for b in bindings if policies.get(b.group_id, ReminderPolicy()).enabled]
        if not wanted:
            return []
        postponed = SqlReminderPostponements(self._scope).of_groups([b.group_id for b in wanted])
        with self._scope.read() as session:
            orgs = self._load(session, {b.organisation for b in wanted})
        return [
            GroupData(
                b,
                orgs[b.organisation].organisation,
                policies.get(b.group_id, ReminderPolicy()),
                orgs[b.organisation].submissions_as_of(as_of),
                orgs[b.organisation].members,
                postponed.get(b.group_id, {}),
            )
            for b in wanted
            if b.organisation in orgs
        ]

    def _load(self, session: Session, names: Collection[str]) -> dict[str, _Cached]:
        """The organisations called ``names``; those unchanged since last read come cached."""
        versions = session.execute(
            select(OrganisationRow.id, OrganisationRow.data_version).where(
                among(session, OrganisationRow.name, names)
            )
        ).all()
        stale = [org_id for org_id, version in versions if self._version(org_id) != version]
        if stale:
            self._read(session, stale)
        found = (self._cache[org_id] for org_id, _ in versions)
        return {c.organisation.name: c for c in found}

    def _version(self, org_id: int) -> int | None:
        cached = self._cache.get(org_id)
        return None if cached is None else cached.version

    def _read(self, session: Session, ids: list[int]) -> None:
        """Read the organisations ``ids`` whole, as reminders need them, into the cache."""
        with without_collections():
            self._read_all(session, ids)

    def _read_all(self, session: Session, ids: list[int]) -> None:
        table = OrganisationRow.__table__
        rows = session.execute(select(table).where(among(session, table.c.id, ids))).all()
        units = units_of(session, ids)
        indicators = milestone_indicators(session, ids)
        names = {row.id: row.name for row in rows}
        steps = step_submissions(session, ids)
        members = members_by_unit(session, names)
        for row in rows:
            org = replace(
                assemble(row, (), ()),  # type: ignore[arg-type]
                units=units[row.id],
                indicators=indicators[row.id],
            )
            rows_of = steps.get(row.id, ())
            latest = max((r.submitted_at for r in rows_of if r.submitted_at), default=None)
            self._cache[row.id] = _Cached(
                row.data_version, org, rows_of, members.get(row.id, {}), latest
            )


@contextmanager
def without_collections() -> Iterator[None]:
    """The cyclic garbage collector paused while tens of thousands of objects that never
    form cycles are made (a cold run's rows): it would scan the heap again and again for
    nothing, about a fifth of the run's CPU. Restored as it was, whatever happens."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
