"""Organisation repository: translates rows to and from ``kpi_core`` organisations."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from bot.db.scope import Scope
from bot.db.tables import GroupBindingRow, IndicatorRow, OrganisationRow, UnitRow
from handlers.ports import SaveOutcome
from kpi_core.codec import from_data, to_data
from kpi_core.models import Indicator, Organisation, Unit

if TYPE_CHECKING:  # the read model builds on this module
    from bot.db.read_model import ReplyReads


def content_hash(organisation: Organisation) -> str:
    """A fingerprint of everything an import brings, so re-importing the same text is a no-op."""
    canonical = json.dumps(to_data(organisation), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def touch(session: Session, organisation_id: int) -> None:
    """Count one more change of what replies show about the organisation (its data version)."""
    session.execute(
        update(OrganisationRow)
        .where(OrganisationRow.id == organisation_id)
        .values(data_version=OrganisationRow.data_version + 1)
        .execution_options(synchronize_session=False)
    )


def touch_group(session: Session, group_id: str) -> None:
    """:func:`touch` the organisation the group is (or was last) bound to, if any."""
    bound = (
        select(GroupBindingRow.organisation_id)
        .where(GroupBindingRow.group_id == group_id)
        .scalar_subquery()
    )
    session.execute(
        update(OrganisationRow)
        .where(OrganisationRow.id == bound)
        .values(data_version=OrganisationRow.data_version + 1)
        .execution_options(synchronize_session=False)
    )


def utc(moment: datetime) -> datetime:
    """The moment in UTC; SQLite hands back naive datetimes that were stored as UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


class SqlOrganisationStore:
    """Organisations, units and indicators in the SQL database (through the read model when
    given one: ``bot/db/read_model.py``)."""

    def __init__(self, scope: Scope, reads: ReplyReads | None = None) -> None:
        self._scope = scope
        self._reads = reads

    def save(self, organisation: Organisation) -> SaveOutcome:
        """Create or update the organisation of that name; indicators are matched by position."""
        fingerprint = content_hash(organisation)
        now = datetime.now(UTC)
        with self._scope.write() as session:
            row = session.scalar(
                select(OrganisationRow).where(OrganisationRow.name == organisation.name)
            )
            if row is not None and row.content_hash == fingerprint:
                return SaveOutcome.UNCHANGED
            outcome = SaveOutcome.UPDATED if row else SaveOutcome.CREATED
            if row is None:
                row = OrganisationRow(name=organisation.name, created_at=now)
                session.add(row)
            _copy_organisation(row, organisation, fingerprint, now)
            session.flush()
            _save_units(session, row.id, organisation.units)
            _save_indicators(session, row.id, organisation.indicators)
            return outcome

    def get(self, name: str) -> Organisation | None:
        """The organisation called exactly ``name``, with its units and active indicators."""
        if self._reads is not None:
            data = self._reads.data(name)
            return None if data is None else data.organisation
        with self._scope.read() as session:
            row = session.scalar(select(OrganisationRow).where(OrganisationRow.name == name))
            if row is None:
                return None
            units = session.scalars(
                select(UnitRow).where(UnitRow.organisation_id == row.id).order_by(UnitRow.position)
            ).all()
            indicators = session.scalars(
                select(IndicatorRow)
                .where(IndicatorRow.organisation_id == row.id, IndicatorRow.active.is_(True))
                .order_by(IndicatorRow.position)
            ).all()
            return assemble(row, units, indicators)

    def find(self, query: str) -> list[str]:
        """Names of organisations whose name or short name equals or contains ``query``."""
        query = query.strip()
        with self._scope.read() as session:
            names = session.scalars(
                select(OrganisationRow.name)
                .where(
                    or_(
                        OrganisationRow.name == query,
                        OrganisationRow.short_name == query,
                        OrganisationRow.name.contains(query, autoescape=True),
                    )
                )
                .order_by(OrganisationRow.id)
            ).all()
        exact = [n for n in names if n == query]
        return exact or list(names)

    def version(self, name: str) -> int | None:
        """The organisation's data version (``None``: no such organisation); one cheap read."""
        if self._reads is not None:
            return self._reads.version(name)
        with self._scope.read() as session:
            return session.scalar(
                select(OrganisationRow.data_version).where(OrganisationRow.name == name)
            )

    def names(self) -> list[str]:
        """Every organisation's name, oldest first."""
        with self._scope.read() as session:
            return list(session.scalars(select(OrganisationRow.name).order_by(OrganisationRow.id)))


def assemble(
    row: OrganisationRow, units: Iterable[UnitRow], indicators: Iterable[IndicatorRow]
) -> Organisation:
    """The organisation of ``row`` with these unit and indicator rows (in their order)."""
    return Organisation(
        name=row.name,
        parent=row.parent,
        short_name=row.short_name,
        weight=row.weight,
        assessed_score=row.assessed_score,
        summary=row.summary,
        fiscal_year=row.fiscal_year,
        source=row.source,
        demo=row.demo,
        units=tuple(_unit(u) for u in units),
        indicators=tuple(from_data(Indicator, i.definition) for i in indicators),
    )


def _copy_organisation(
    row: OrganisationRow, organisation: Organisation, fingerprint: str, now: datetime
) -> None:
    row.parent = organisation.parent
    row.short_name = organisation.short_name
    row.weight = organisation.weight
    row.assessed_score = organisation.assessed_score
    row.summary = organisation.summary
    row.fiscal_year = organisation.fiscal_year
    row.source = organisation.source
    row.demo = organisation.demo
    row.content_hash = fingerprint
    row.data_version = (row.data_version or 0) + 1
    row.updated_at = now


def _save_units(session: Session, organisation_id: int, units: tuple[Unit, ...]) -> None:
    # Units are never removed: submissions point at them.
    existing = {
        u.name: u
        for u in session.scalars(select(UnitRow).where(UnitRow.organisation_id == organisation_id))
    }
    for position, unit in enumerate(units, start=1):
        row = existing.get(unit.name) or UnitRow(organisation_id=organisation_id, name=unit.name)
        row.position = position
        row.short_name = unit.short_name
        row.aliases = list(unit.aliases)
        row.coordinator = unit.coordinator
        session.add(row)


def _save_indicators(
    session: Session, organisation_id: int, indicators: tuple[Indicator, ...]
) -> None:
    existing = {
        i.position: i
        for i in session.scalars(
            select(IndicatorRow).where(IndicatorRow.organisation_id == organisation_id)
        )
    }
    for position, indicator in enumerate(indicators, start=1):
        row = existing.pop(position, None) or IndicatorRow(
            organisation_id=organisation_id, position=position
        )
        row.code = indicator.code
        row.title = indicator.title
        row.method = indicator.method.value
        row.unit = indicator.unit
        row.weight = indicator.weight
        row.keywords = list(indicator.keywords)
        row.definition = to_data(indicator)
        row.active = True
        session.add(row)
    for stale in existing.values():  # kept for the submissions that name it, but hidden
        stale.active = False


def _unit(row: UnitRow) -> Unit:
    return Unit(
        name=row.name,
        short_name=row.short_name,
        aliases=tuple(row.aliases or ()),
        coordinator=row.coordinator,
    )
