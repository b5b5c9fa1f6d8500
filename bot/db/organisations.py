"""Organisation repository: translates rows to and from ``kpi_core`` organisations."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.db import year_closes
from bot.db.scope import Scope
from bot.db.tables import GroupBindingRow, IndicatorRow, OrganisationRow, UnitRow
from handlers.ports import SaveOutcome, StorageError, UnitOrigin
from kpi_core.codec import from_data, to_data
from kpi_core.models import Indicator, Organisation, Unit, YearClose
from kpi_core.org_names import match_organisations, unit_clash

if TYPE_CHECKING:  # the read model builds on this module
    from bot.db.read_model import ReplyReads


def content_hash(organisation: Organisation) -> str:
    """A fingerprint of everything an import brings, so re-importing the same text is a no-op."""
    imported = replace(organisation, year_closes=())  # closing a year is no import
    canonical = json.dumps(to_data(imported), ensure_ascii=False, sort_keys=True)
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

    def save(self, organisation: Organisation, *, by: str = "cli") -> SaveOutcome:
        """Create or update the organisation of that name; indicators are matched by position;
        ``by`` (``cli``, ``demo``) is recorded on the organisation and on every new unit."""
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
                row = OrganisationRow(name=organisation.name, created_at=now, created_by=by)
                session.add(row)
            _copy_organisation(row, organisation, fingerprint, now)
            session.flush()
            _save_units(session, row.id, organisation.units, UnitOrigin(by, now))
            _save_indicators(session, row.id, organisation.indicators)
            return outcome

    def add_unit(self, organisation: str, unit: Unit, origin: UnitOrigin) -> Unit:
        """Add one unit (after the others), with who added it, when and from which event;
        a name, short name or alias another unit already goes by is refused."""
        with self._scope.write() as session:
            row = session.scalar(
                select(OrganisationRow).where(OrganisationRow.name == organisation)
            )
            if row is None:
                raise StorageError(f"ไม่พบหน่วยงาน {organisation}")
            units = session.scalars(
                select(UnitRow).where(UnitRow.organisation_id == row.id).order_by(UnitRow.position)
            ).all()
            clash = unit_clash(replace(_bare(row), units=tuple(_unit(u) for u in units)), unit)
            if clash is not None:
                raise StorageError(f"{organisation} มีหน่วยงานย่อย {_label(clash)} อยู่แล้ว")
            position = max((u.position for u in units), default=0) + 1
            session.add(_unit_row(row.id, position, unit, origin))
            touch(session, row.id)
        return unit

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
            closes = year_closes.closes_of(session, row.id)
            return replace(assemble(row, units, indicators), year_closes=closes)

    def close_year(self, name: str, close: YearClose) -> YearClose:
        """Close a fiscal year of the organisation called ``name`` (once per year)."""
        with self._scope.write() as session:
            org_id = session.scalar(select(OrganisationRow.id).where(OrganisationRow.name == name))
            if org_id is None:
                raise StorageError(f"ไม่พบหน่วยงาน {name}")
            stored = year_closes.add_close(session, org_id, close)
            touch(session, org_id)
            return stored

    def find(self, query: str) -> list[str]:
        """Names of the organisations ``query`` names: a full name, short name or alias
        (exactly), else a full name inside it or it inside full names (``kpi_core.org_names``)."""
        with self._scope.read() as session:
            rows = session.execute(
                select(
                    OrganisationRow.name, OrganisationRow.short_name, OrganisationRow.aliases
                ).order_by(OrganisationRow.id)
            ).all()
        return match_organisations(query, [(n, (s, *(a or ()))) for n, s, a in rows])

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
    return replace(
        _bare(row),
        units=tuple(_unit(u) for u in units),
        indicators=tuple(from_data(Indicator, i.definition) for i in indicators),
    )


def _bare(row: OrganisationRow) -> Organisation:
    return Organisation(
        name=row.name,
        parent=row.parent,
        short_name=row.short_name,
        aliases=tuple(row.aliases or ()),
        weight=row.weight,
        assessed_score=row.assessed_score,
        summary=row.summary,
        fiscal_year=row.fiscal_year,
        source=row.source,
        demo=row.demo,
    )


def _copy_organisation(
    row: OrganisationRow, organisation: Organisation, fingerprint: str, now: datetime
) -> None:
    row.parent = organisation.parent
    row.short_name = organisation.short_name
    row.aliases = list(organisation.aliases)
    row.weight = organisation.weight
    row.assessed_score = organisation.assessed_score
    row.summary = organisation.summary
    row.fiscal_year = organisation.fiscal_year
    row.source = organisation.source
    row.demo = organisation.demo
    row.content_hash = fingerprint
    row.data_version = (row.data_version or 0) + 1
    row.updated_at = now


def _save_units(
    session: Session, organisation_id: int, units: tuple[Unit, ...], origin: UnitOrigin
) -> None:
    # Units are never removed: submissions and members point at them.
    existing = {
        u.name: u
        for u in session.scalars(select(UnitRow).where(UnitRow.organisation_id == organisation_id))
    }
    for position, unit in enumerate(units, start=1):
        row = existing.get(unit.name)
        if row is None:
            session.add(_unit_row(organisation_id, position, unit, origin))
            continue
        row.position = position
        row.short_name = unit.short_name
        row.aliases = list(unit.aliases)
        row.coordinator = unit.coordinator


def _unit_row(organisation_id: int, position: int, unit: Unit, origin: UnitOrigin) -> UnitRow:
    return UnitRow(
        organisation_id=organisation_id,
        position=position,
        name=unit.name,
        short_name=unit.short_name,
        aliases=list(unit.aliases),
        coordinator=unit.coordinator,
        added_by=origin.by,
        added_at=utc(origin.at),
        source_event_id=origin.event_id,
        source_chat_id=origin.chat_id,
    )


def _label(unit: Unit) -> str:
    return f"{unit.name} ({unit.short_name})" if unit.short_name else unit.name


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
