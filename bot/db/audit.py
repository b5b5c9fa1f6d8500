"""The audit trail, read-only: submissions, registrations, bindings and reminder settings merged.

Nothing here writes. Each source keeps its origin columns (who, when, LINE chat and event);
this module only reads them back for one organisation, filtered by unit, step and date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bot.db.members import organisation_id
from bot.db.organisations import utc
from bot.db.reminder_policies import policy_of
from bot.db.scope import Scope
from bot.db.submissions import _from_row
from bot.db.tables import (
    GroupBindingChangeRow,
    GroupBindingRow,
    MemberChangeRow,
    MemberRow,
    ReminderPolicyChangeRow,
    SubmissionRow,
    UnitRow,
)
from handlers.audit_view import SUBMISSION_KINDS, AuditEntry, AuditFilter, AuditKind
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Role, SubmissionAction


class SqlAuditTrail:
    """Every write about an organisation, newest first; nothing can be changed through it."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def entries(self, organisation: str, wanted: AuditFilter | None = None) -> list[AuditEntry]:
        """The organisation's writes that pass ``wanted`` (default: all), newest first."""
        wanted = wanted or AuditFilter()
        with self._scope.read() as session:
            org_id = organisation_id(session, organisation)
            found = [
                *_submissions(session, org_id, wanted),
                *_registrations(session, org_id, wanted),
            ]
            if wanted.unit is None and wanted.step is None:
                found += [*_bindings(session, org_id, wanted), *_settings(session, org_id, wanted)]
            names = _names(session, {e.who for e in found if not e.who_name})
        named = [e if e.who_name else _with_name(e, names.get(e.who, "")) for e in found]
        return sorted(named, key=lambda e: e.at, reverse=True)


def _with_name(entry: AuditEntry, name: str) -> AuditEntry:
    return AuditEntry(**{**vars(entry), "who_name": name})


def _within(query: Select[Any], column: Any, wanted: AuditFilter) -> Select[Any]:
    """Only rows whose Bangkok date lies in the filter's range."""
    if wanted.since is not None:
        query = query.where(column >= utc(datetime.combine(wanted.since, time(), BANGKOK)))
    if wanted.until is not None:
        end = datetime.combine(wanted.until + timedelta(days=1), time(), BANGKOK)
        query = query.where(column < utc(end))
    return query


def _unit_is(query: Select[Any], wanted: AuditFilter) -> Select[Any]:
    return query if wanted.unit is None else query.where(UnitRow.name == wanted.unit)


def _submissions(session: Session, org_id: int, wanted: AuditFilter) -> Iterable[AuditEntry]:
    query = (
        select(SubmissionRow, UnitRow.name)
        .outerjoin(UnitRow, SubmissionRow.unit_id == UnitRow.id)
        .where(SubmissionRow.organisation_id == org_id)
    )
    query = _unit_is(_within(query, SubmissionRow.submitted_at, wanted), wanted)
    if wanted.step is not None:
        query = query.where(SubmissionRow.step == wanted.step)
    for row, unit in session.execute(query):
        yield AuditEntry(
            kind=SUBMISSION_KINDS[SubmissionAction(row.action)],
            at=utc(row.submitted_at),
            who=row.submitted_by,
            who_name=row.submitted_by_name,
            chat_id=row.source_chat_id,
            event_id=row.source_event_id,
            unit=unit,
            submission=_from_row(row, unit),
        )


def _registrations(session: Session, org_id: int, wanted: AuditFilter) -> Iterable[AuditEntry]:
    if wanted.step is not None:
        return
    query = (
        select(MemberChangeRow, UnitRow.name)
        .outerjoin(UnitRow, MemberChangeRow.unit_id == UnitRow.id)
        .where(MemberChangeRow.organisation_id == org_id)
    )
    query = _unit_is(_within(query, MemberChangeRow.changed_at, wanted), wanted)
    for row, unit in session.execute(query):
        yield AuditEntry(
            kind=AuditKind.REGISTER,
            at=utc(row.changed_at),
            who=row.changed_by,
            who_name="",
            chat_id=row.source_chat_id,
            event_id=row.source_event_id,
            unit=unit,
            member=row.line_user_id,
            role=Role(row.role),
        )


def _bindings(session: Session, org_id: int, wanted: AuditFilter) -> Iterable[AuditEntry]:
    query = select(GroupBindingChangeRow).where(GroupBindingChangeRow.organisation_id == org_id)
    for row in session.scalars(_within(query, GroupBindingChangeRow.bound_at, wanted)):
        yield AuditEntry(
            kind=AuditKind.BIND,
            at=utc(row.bound_at),
            who=row.bound_by,
            who_name="",
            chat_id=row.group_id,
            event_id=row.source_event_id,
            group_id=row.group_id,
        )


def _settings(session: Session, org_id: int, wanted: AuditFilter) -> Iterable[AuditEntry]:
    # A group's reminder settings belong to the organisation the group is bound to now.
    query = (
        select(ReminderPolicyChangeRow)
        .join(GroupBindingRow, GroupBindingRow.group_id == ReminderPolicyChangeRow.group_id)
        .where(GroupBindingRow.organisation_id == org_id)
    )
    for row in session.scalars(_within(query, ReminderPolicyChangeRow.changed_at, wanted)):
        yield AuditEntry(
            kind=AuditKind.SETTINGS,
            at=utc(row.changed_at),
            who=row.changed_by,
            who_name="",
            chat_id=row.group_id,
            event_id=row.source_event_id,
            group_id=row.group_id,
            policy=policy_of(row),  # type: ignore[arg-type]  # the change row has the same columns
        )


def _names(session: Session, user_ids: set[str]) -> dict[str, str]:
    """Display names of the registered users among ``user_ids``."""
    if not user_ids:
        return {}
    query = select(MemberRow.line_user_id, MemberRow.display_name).where(
        MemberRow.line_user_id.in_(user_ids)
    )
    return {user: name for user, name in session.execute(query) if name}
