"""One unit on the desk: its steps with their evidence, its deductions, its full history."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from handlers.audit_view import CHANNEL_TH, submission_text
from handlers.desk_view import Cell, GridRow, grid_row
from handlers.formatting import number
from kpi_core.fiscal_calendar import to_bangkok
from kpi_core.ledger import effective_submissions
from kpi_core.models import Documents, MilestoneStep, Submission, SubmissionAction
from kpi_core.scoring import Deduction
from kpi_core.status import OrganisationStatus
from kpi_core.thai_dates import format_thai_date

LINK = re.compile(r"https?://[^\s<>\"']+")
DOCUMENTS_TH = {
    Documents.COMPLETE: "ครบ",
    Documents.INCOMPLETE: "ไม่ครบ",
    Documents.MISSING: "ไม่มี",
}
ACTION_TH = {
    SubmissionAction.SUBMIT: "ส่ง",
    SubmissionAction.CORRECT: "แก้ไข",
    SubmissionAction.UNDO: "ยกเลิก",
}


@dataclass(frozen=True)
class Evidence:
    """One step of the unit: its state and what was sent for it (channel, documents, links)."""

    step: MilestoneStep
    cell: Cell
    channel: str
    documents: str
    dimensions: str
    value: str
    note: str
    links: tuple[str, ...]
    by: str
    at: str


@dataclass(frozen=True)
class HistoryLine:
    """One submission of the unit, in effect or superseded."""

    number: int
    when: str
    action: str
    indicator: str
    what: str
    who: str
    live: bool


@dataclass(frozen=True)
class UnitIndicator:
    """The unit on one milestone indicator."""

    code: str
    title: str
    row: GridRow
    evidence: tuple[Evidence, ...]
    deductions: tuple[Deduction, ...]


@dataclass(frozen=True)
class UnitView:
    """Everything the unit page shows."""

    name: str
    indicators: tuple[UnitIndicator, ...]
    history: tuple[HistoryLine, ...]


def unit_view(status: OrganisationStatus, rows: Sequence[Submission]) -> UnitView:
    """The page of the unit ``status`` is about (a status built for one unit)."""
    assert status.unit is not None
    indicators = []
    for s in status.indicators:
        if s.milestones is None:
            continue
        progress = s.milestones.units[0]
        row = grid_row(status.organisation, progress)
        evidence = tuple(
            _evidence(step, cell, progress.records.get(step.number))
            for step, cell in zip(s.indicator.steps, row.cells, strict=False)
        )
        indicators.append(
            UnitIndicator(s.indicator.code, s.indicator.title, row, evidence, row.deductions)
        )
    mine = [r for r in rows if r.unit == status.unit]
    return UnitView(status.unit, tuple(indicators), history(mine))


def _evidence(step: MilestoneStep, cell: Cell, record: Submission | None) -> Evidence:
    if record is None:
        return Evidence(step, cell, "", "", "", "", "", (), "", "")
    when = to_bangkok(record.submitted_at) if record.submitted_at else None
    value = f"{number(record.value)}%" if record.value is not None else ""
    if record.plan_met is not None and record.plan_total:
        value = f"บรรลุ {record.plan_met} จาก {record.plan_total} ตัวชี้วัด"
    return Evidence(
        step=step,
        cell=cell,
        channel=CHANNEL_TH.get(record.channel, record.channel),
        documents=DOCUMENTS_TH[record.documents] if step.needs_documents else "",
        dimensions=", ".join(map(str, sorted(record.dimensions))),
        value=value,
        note=record.note,
        links=tuple(dict.fromkeys((*record.links, *LINK.findall(record.note)))),
        by=record.submitted_by_name,
        at=f"{format_thai_date(when.date())} {when:%H:%M}" if when else "",
    )


def history(rows: Sequence[Submission]) -> tuple[HistoryLine, ...]:
    """Every submission, newest first, marked whether it is still in effect."""
    live = {s.id for s in effective_submissions(list(rows)).values()}
    lines = []
    for row in reversed(rows):
        when = to_bangkok(row.submitted_at) if row.submitted_at else None
        lines.append(
            HistoryLine(
                number=row.id or 0,
                when=f"{format_thai_date(when.date())} {when:%H:%M}" if when else "",
                action=ACTION_TH[row.action],
                indicator=row.indicator_code,
                what=submission_text(row),
                who=row.submitted_by_name or "ไม่ทราบชื่อ",
                live=row.id in live or row.action is SubmissionAction.UNDO,
            )
        )
    return tuple(lines)
