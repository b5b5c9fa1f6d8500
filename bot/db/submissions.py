"""Submission repository: the append-only ledger of what members submitted."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db.organisations import touch, utc
from bot.db.scope import Scope
from bot.db.tables import OrganisationRow, SubmissionRow, UnitRow
from handlers.ports import STEP_WITHOUT_UNIT, DuplicateEventError, StorageError
from kpi_core.models import Documents, Submission, SubmissionAction, SubmissionKind

if TYPE_CHECKING:  # the read model builds on this module
    from bot.db.read_model import ReplyReads


class SqlSubmissionLedger:
    """Submissions in the SQL database; rows are inserted, never updated or deleted. Listed
    through the read model when given one (``bot/db/read_model.py``)."""

    def __init__(self, scope: Scope, reads: ReplyReads | None = None) -> None:
        self._scope = scope
        self._reads = reads

    def append(self, organisation: str, submission: Submission) -> Submission:
        """Store ``submission`` as a new row and return it with its id and time."""
        try:
            with self._scope.write() as session, session.begin_nested():
                org = _organisation(session, organisation)
                row = _to_row(session, org, submission)
                session.add(row)
                session.flush()
                touch(session, org.id)
                return _from_row(row, submission.unit)
        except IntegrityError as exc:
            if submission.source_event_id and self._has_event(submission.source_event_id):
                raise DuplicateEventError("รายการนี้บันทึกไว้แล้ว") from exc
            raise

    def append_all(self, organisation: str, submissions: Sequence[Submission]) -> list[Submission]:
        """Store every row (one confirmation of a step for several units) in one savepoint:
        all of them, or none when one is refused."""
        try:
            with self._scope.write() as session, session.begin_nested():
                org = _organisation(session, organisation)
                stored = []
                for submission in submissions:
                    row = _to_row(session, org, submission)
                    session.add(row)
                    session.flush()
                    stored.append(_from_row(row, submission.unit))
                touch(session, org.id)
                return stored
        except IntegrityError as exc:
            events = [s.source_event_id for s in submissions if s.source_event_id]
            if any(self._has_event(event) for event in events):
                raise DuplicateEventError("รายการนี้บันทึกไว้แล้ว") from exc
            raise

    def list(self, organisation: str, *, indicator_code: str | None = None) -> list[Submission]:
        """Every row of the organisation (optionally of one indicator), oldest first."""
        if self._reads is not None:
            data = self._reads.data(organisation)
            if data is None:
                raise StorageError(f"ไม่พบหน่วยงาน {organisation}")
            rows = data.submissions
            if indicator_code is None:
                return list(rows)
            return [r for r in rows if r.indicator_code == indicator_code]
        with self._scope.read() as session:
            org = _organisation(session, organisation)
            query = (
                select(SubmissionRow, UnitRow.name)
                .outerjoin(UnitRow, SubmissionRow.unit_id == UnitRow.id)
                .where(SubmissionRow.organisation_id == org.id)
                .order_by(SubmissionRow.id)
            )
            if indicator_code is not None:
                query = query.where(SubmissionRow.indicator_code == indicator_code)
            return [_from_row(row, unit) for row, unit in session.execute(query)]

    def _has_event(self, event_id: str) -> bool:
        with self._scope.read() as session:
            found = session.scalar(
                select(SubmissionRow.id).where(SubmissionRow.source_event_id == event_id)
            )
            return found is not None


def _organisation(session: Session, name: str) -> OrganisationRow:
    row = session.scalar(select(OrganisationRow).where(OrganisationRow.name == name))
    if row is None:
        raise StorageError(f"ไม่พบหน่วยงาน {name}")
    return row


def _unit_id(session: Session, org: OrganisationRow, unit: str | None) -> int | None:
    if unit is None:
        return None
    unit_id = session.scalar(
        select(UnitRow.id).where(UnitRow.organisation_id == org.id, UnitRow.name == unit)
    )
    if unit_id is None:
        raise StorageError(f"ไม่พบหน่วยงานย่อย {unit} ใน {org.name}")
    return unit_id


def _check_supersedes(session: Session, org: OrganisationRow, submission: Submission) -> None:
    if submission.action is SubmissionAction.SUBMIT:
        return
    target = session.get(SubmissionRow, submission.supersedes) if submission.supersedes else None
    if target is None or target.organisation_id != org.id:
        raise StorageError("ไม่พบรายการที่ต้องการแก้ไขหรือยกเลิก")
    if target.action == SubmissionAction.UNDO.value:
        raise StorageError("รายการยกเลิกแก้ไขหรือยกเลิกซ้ำไม่ได้")
    undone = session.scalar(
        select(SubmissionRow.id).where(
            SubmissionRow.supersedes_id == target.id,
            SubmissionRow.action == SubmissionAction.UNDO.value,
        )
    )
    if undone is not None:
        raise StorageError("รายการนี้ถูกยกเลิกไปแล้ว")


def _to_row(session: Session, org: OrganisationRow, s: Submission) -> SubmissionRow:
    _check_supersedes(session, org, s)
    if s.kind is SubmissionKind.STEP and s.unit is None and s.action is not SubmissionAction.UNDO:
        raise StorageError(STEP_WITHOUT_UNIT)
    return SubmissionRow(
        organisation_id=org.id,
        unit_id=_unit_id(session, org, s.unit),
        indicator_code=s.indicator_code,
        kind=s.kind.value,
        value=s.value,
        passed=s.passed,
        step=s.step,
        item=s.item,
        done_on=s.done_on,
        channel=s.channel,
        documents=s.documents.value,
        dimensions=sorted(s.dimensions),
        plan_met=s.plan_met,
        plan_total=s.plan_total,
        links=list(s.links),
        action=s.action.value,
        supersedes_id=s.supersedes,
        submitted_by=s.submitted_by,
        submitted_by_name=s.submitted_by_name,
        submitted_at=utc(s.submitted_at or datetime.now(UTC)),
        source_event_id=s.source_event_id,
        source_chat_id=s.source_chat_id,
        note=s.note,
    )


# Enum lookups by value through a dict: ``SubmissionKind(text)`` costs a few microseconds,
# and a reminder run turns thousands of rows into submissions.
_KINDS = {k.value: k for k in SubmissionKind}
_DOCUMENTS = {d.value: d for d in Documents}
_ACTIONS = {a.value: a for a in SubmissionAction}


def _from_row(
    row: SubmissionRow, unit: str | None, dimensions: frozenset[int] | None = None
) -> Submission:
    return Submission(
        id=row.id,
        indicator_code=row.indicator_code,
        kind=_KINDS.get(row.kind) or SubmissionKind(row.kind),
        unit=unit,
        value=row.value,
        passed=row.passed,
        step=row.step,
        item=row.item,
        done_on=row.done_on,
        channel=row.channel,
        documents=_DOCUMENTS.get(row.documents) or Documents(row.documents),
        dimensions=frozenset(row.dimensions or ()) if dimensions is None else dimensions,
        plan_met=row.plan_met,
        plan_total=row.plan_total,
        links=tuple(row.links or ()),
        action=_ACTIONS.get(row.action) or SubmissionAction(row.action),
        supersedes=row.supersedes_id,
        submitted_by=row.submitted_by,
        submitted_by_name=row.submitted_by_name,
        submitted_at=utc(row.submitted_at),
        source_event_id=row.source_event_id,
        source_chat_id=row.source_chat_id,
        note=row.note,
    )
