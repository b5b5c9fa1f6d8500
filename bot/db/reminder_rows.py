"""Rows read in batches -- by the reminder snapshot (every bound group) and the read model (one
organisation) -- turned into domain objects without ORM objects (thousands of rows per run:
plain rows read like the mapped ones)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Mapping
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Text, any_, bindparam, cast, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from bot.db.members import _member
from bot.db.submissions import _from_row
from bot.db.tables import IndicatorRow, MemberRow, SubmissionRow, UnitRow
from kpi_core.codec import from_data
from kpi_core.models import Indicator, Member, ScoringMethod, Submission, SubmissionKind, Unit


def among(session: Session, column: Any, values: Collection[Any]) -> ColumnElement[bool]:
    """``column IN (values)``; on PostgreSQL ``column = ANY(array)``: one parameter instead of
    a thousand for the driver to parse and the server to plan."""
    values = list(values)
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))  # type: ignore[no-any-return]
    return column.in_(values)  # type: ignore[no-any-return]


@lru_cache(maxsize=1024)
def json_list(text: str | None) -> tuple[Any, ...]:
    """A JSON list column read as text, decoded once per distinct value (``[]``, ``[1, 2, 3]``
    repeat across thousands of rows)."""
    return tuple(json.loads(text) or ()) if text else ()


def milestone_indicators(
    session: Session, ids: Collection[int]
) -> dict[int, tuple[Indicator, ...]]:
    """The active milestone indicators of the organisations, in order."""
    return indicators_of(session, ids, method=ScoringMethod.MILESTONES)


def indicators_of(
    session: Session, ids: Collection[int], *, method: ScoringMethod | None = None
) -> dict[int, tuple[Indicator, ...]]:
    """The active indicators (of one ``method``, when given) of the organisations, in order,
    decoded once per distinct definition (departments often share their ministry's plan)."""
    query = (
        select(IndicatorRow.organisation_id, cast(IndicatorRow.definition, Text))
        .where(among(session, IndicatorRow.organisation_id, ids), IndicatorRow.active.is_(True))
        .order_by(IndicatorRow.organisation_id, IndicatorRow.position)
    )
    if method is not None:
        query = query.where(IndicatorRow.method == method.value)
    found: dict[int, list[Indicator]] = defaultdict(list)
    for org_id, definition in session.execute(query):
        found[org_id].append(_indicator(definition))
    return defaultdict(tuple, {org_id: tuple(found[org_id]) for org_id in found})


@lru_cache(maxsize=4096)
def _indicator(definition: str) -> Indicator:
    return from_data(Indicator, json.loads(definition))


def step_submissions(
    session: Session, org_ids: Collection[int]
) -> dict[int, tuple[Submission, ...]]:
    """Step submissions of the organisations, oldest first."""
    return submissions_of(session, org_ids, kind=SubmissionKind.STEP)


def submissions_of(
    session: Session, org_ids: Collection[int], *, kind: SubmissionKind | None = None
) -> dict[int, tuple[Submission, ...]]:
    """Submissions (of one ``kind``, when given) of the organisations, oldest first (plain
    rows: no ORM objects for thousands)."""
    found: dict[int, list[Submission]] = defaultdict(list)
    table = SubmissionRow.__table__
    columns = [c for c in table.c if c.name != "dimensions"]
    query = (
        select(*columns, cast(table.c.dimensions, Text).label("dimensions_text"))
        .add_columns(UnitRow.name.label("unit_name"))
        .outerjoin(UnitRow, SubmissionRow.unit_id == UnitRow.id)
        .where(among(session, SubmissionRow.organisation_id, org_ids))
        .order_by(SubmissionRow.id)
    )
    if kind is not None:
        query = query.where(SubmissionRow.kind == kind.value)
    for row in session.execute(query):
        dimensions = frozenset(json_list(row.dimensions_text))
        submission = _from_row(row, row.unit_name, dimensions)  # type: ignore[arg-type]
        found[row.organisation_id].append(submission)
    return {org_id: tuple(rows) for org_id, rows in found.items()}


def units_of(session: Session, ids: Collection[int]) -> dict[int, tuple[Unit, ...]]:
    """The units of the organisations, in order (aliases decoded once per distinct list)."""
    found: dict[int, list[Unit]] = defaultdict(list)
    query = (
        select(
            UnitRow.organisation_id,
            UnitRow.name,
            UnitRow.short_name,
            cast(UnitRow.aliases, Text),
            UnitRow.coordinator,
        )
        .where(among(session, UnitRow.organisation_id, ids))
        .order_by(UnitRow.organisation_id, UnitRow.position)
    )
    for org_id, name, short_name, aliases, coordinator in session.execute(query):
        found[org_id].append(Unit(name, short_name, json_list(aliases), coordinator))
    return defaultdict(tuple, {org_id: tuple(units) for org_id, units in found.items()})


def members_by_unit(
    session: Session, names: Mapping[int, str]
) -> dict[int, dict[str, tuple[Member, ...]]]:
    """Registered members of the organisations (id -> name) by unit, in registration order."""
    found: dict[int, dict[str, list[Member]]] = defaultdict(lambda: defaultdict(list))
    query = (
        select(MemberRow.__table__, UnitRow.name.label("unit_name"))
        .join(UnitRow, MemberRow.unit_id == UnitRow.id)
        .where(among(session, MemberRow.organisation_id, names))
        .order_by(MemberRow.id)
    )
    for row in session.execute(query):
        member = _member(row, names[row.organisation_id], row.unit_name)  # type: ignore[arg-type]
        found[row.organisation_id][row.unit_name].append(member)
    return {
        org_id: {unit: tuple(members) for unit, members in units.items()}
        for org_id, units in found.items()
    }
