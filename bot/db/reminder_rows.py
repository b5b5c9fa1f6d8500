"""Rows the reminder snapshot reads in batches, turned into domain objects without ORM objects
(thousands of rows per run: plain rows read like the mapped ones)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Mapping
from functools import lru_cache
from typing import Any

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from bot.db.members import _member
from bot.db.submissions import _from_row
from bot.db.tables import IndicatorRow, MemberRow, SubmissionRow, UnitRow
from kpi_core.codec import from_data
from kpi_core.models import Indicator, Member, ScoringMethod, Submission, SubmissionKind


def milestone_indicators(
    session: Session, ids: Collection[int]
) -> dict[int, tuple[Indicator, ...]]:
    """The active milestone indicators of the organisations, in order, decoded once per
    distinct definition (departments often share their ministry's plan)."""
    query = (
        select(IndicatorRow.organisation_id, cast(IndicatorRow.definition, Text))
        .where(
            IndicatorRow.organisation_id.in_(list(ids)),
            IndicatorRow.active.is_(True),
            IndicatorRow.method == ScoringMethod.MILESTONES.value,
        )
        .order_by(IndicatorRow.organisation_id, IndicatorRow.position)
    )
    found: dict[int, list[Indicator]] = defaultdict(list)
    for org_id, definition in session.execute(query):
        found[org_id].append(_indicator(definition))
    return defaultdict(tuple, {org_id: tuple(found[org_id]) for org_id in found})


@lru_cache(maxsize=4096)
def _indicator(definition: str) -> Indicator:
    return from_data(Indicator, json.loads(definition))


def by_organisation(
    session: Session, table: type[Any], ids: Collection[int], order: Any, *where: Any
) -> dict[int, list[Any]]:
    """Rows of ``table`` for the organisations ``ids``, grouped by organisation, in order
    (plain rows, read like the mapped ones: no ORM objects for thousands of rows)."""
    found: dict[int, list[Any]] = defaultdict(list)
    query = (
        select(table.__table__)
        .where(table.organisation_id.in_(list(ids)), *where)
        .order_by(table.organisation_id, order)
    )
    for row in session.execute(query):
        found[row.organisation_id].append(row)
    return found


def step_submissions(
    session: Session, org_ids: Collection[int]
) -> dict[int, tuple[Submission, ...]]:
    """Step submissions of the organisations (plain rows: no ORM objects for thousands)."""
    found: dict[int, list[Submission]] = defaultdict(list)
    query = (
        select(SubmissionRow.__table__, UnitRow.name.label("unit_name"))
        .outerjoin(UnitRow, SubmissionRow.unit_id == UnitRow.id)
        .where(SubmissionRow.organisation_id.in_(list(org_ids)))
        .where(SubmissionRow.kind == SubmissionKind.STEP.value)
        .order_by(SubmissionRow.id)
    )
    for row in session.execute(query):
        found[row.organisation_id].append(_from_row(row, row.unit_name))  # type: ignore[arg-type]
    return {org_id: tuple(rows) for org_id, rows in found.items()}


def members_by_unit(
    session: Session, names: Mapping[int, str]
) -> dict[int, dict[str, tuple[Member, ...]]]:
    """Registered members of the organisations (id -> name) by unit, in registration order."""
    found: dict[int, dict[str, list[Member]]] = defaultdict(lambda: defaultdict(list))
    query = (
        select(MemberRow.__table__, UnitRow.name.label("unit_name"))
        .join(UnitRow, MemberRow.unit_id == UnitRow.id)
        .where(MemberRow.organisation_id.in_(list(names)))
        .order_by(MemberRow.id)
    )
    for row in session.execute(query):
        member = _member(row, names[row.organisation_id], row.unit_name)  # type: ignore[arg-type]
        found[row.organisation_id][row.unit_name].append(member)
    return {
        org_id: {unit: tuple(members) for unit, members in units.items()}
        for org_id, units in found.items()
    }
