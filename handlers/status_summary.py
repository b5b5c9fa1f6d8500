"""What the status's summary card says beyond the score: the next deadline, who has not sent
it yet, and which steps are past their deadline, over every indicator of the status."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.deadline_view import deadline_view
from handlers.replies import Row, Tone
from handlers.status_view import indicator_view
from kpi_core.status import Deadline, OrganisationStatus

MISSING_SHOWN = 5  # unit names on the card; the rest are counted


@dataclass(frozen=True)
class Overdue:
    """A step some units let pass its deadline without a submission."""

    code: str
    step: int
    days: int  # past the deadline
    units: int  # how many units (0: an organisation scored as a whole)


def next_deadline(status: OrganisationStatus) -> Deadline | None:
    """The nearest deadline over every indicator."""
    deadlines = [s.deadline for s in status.indicators if s.deadline is not None]
    return min(deadlines, key=lambda d: d.days_left, default=None)


def overdue_steps(status: OrganisationStatus) -> list[Overdue]:
    """Every step past its deadline that some unit still owes, by indicator and step."""
    return [
        Overdue(
            s.indicator.code,
            o.step.number,
            o.days_overdue,
            sum(u is not None for u in o.missing_units),
        )
        for s in status.indicators
        if s.milestones
        for o in s.milestones.overdue
    ]


def missing_text(units: tuple[str, ...]) -> str:
    """The first few unit names, and how many more."""
    shown = ", ".join(units[:MISSING_SHOWN])
    rest = len(units) - MISSING_SHOWN
    return f"{shown} และอีก {rest} หน่วยงาน" if rest > 0 else shown


def level_rows(status: OrganisationStatus) -> list[Row]:
    """The level and score out of 5 of every milestone indicator scored for one unit (or for an
    organisation without units), with its deductions: what teams count in, beside the percent."""
    rows = []
    for indicator_status in status.indicators:
        view = indicator_view(indicator_status)
        one = view.one_unit if view.milestones else None
        if one is None:
            continue
        code = indicator_status.indicator.code
        rows.append(Row(f"ตัวชี้วัด {code}", f"ระดับ {one.level} · คะแนน {one.score}/5", one.tone))
        rows.extend(Row("หัก", deduction, Tone.WARN) for deduction in one.deductions)
    return rows


def summary_rows(status: OrganisationStatus) -> list[Row]:
    """The rows after the score: next deadline, who is missing, and what is overdue."""
    rows = []
    deadline = next_deadline(status)
    if deadline is not None:
        view = deadline_view(deadline)
        rows.append(Row("กำหนดส่งถัดไป", view.text, view.tone))
        if status.unit is not None:  # one unit: the steps it owes, not its own name
            owed = _owed_steps(status)
            if owed:
                rows.append(Row("ยังไม่ส่ง", owed, Tone.BAD))
        elif deadline.missing_units:
            rows.append(Row("ยังไม่ส่ง", missing_text(deadline.missing_units), Tone.BAD))
    overdue = overdue_steps(status)
    several = len({o.code for o in overdue}) > 1
    counted = status.unit is None  # one unit's status: its own steps, no count of units
    texts = [_overdue_text(o, several, counted) for o in overdue]
    rows.append(Row("เลยกำหนด", ", ".join(texts), Tone.BAD) if texts else Row("เลยกำหนด", "ไม่มี"))
    return rows


def _owed_steps(status: OrganisationStatus) -> str:
    """The open steps with a deadline one unit has not sent, by indicator."""
    owed = [
        (s.indicator.code, s.deadline.step.number)
        for s in status.indicators
        if s.deadline is not None and s.deadline.missing_units
    ]
    several = len({code for code, _ in owed}) > 1
    return ", ".join(f"{f'ตัวชี้วัด {code} ' if several else ''}ขั้นตอนที่ {step}" for code, step in owed)


def _overdue_text(overdue: Overdue, name_indicator: bool, counted: bool) -> str:
    where = f"ตัวชี้วัด {overdue.code} " if name_indicator else ""
    units = f", {overdue.units} หน่วยงาน" if overdue.units and counted else ""
    return f"{where}ขั้นตอนที่ {overdue.step} ({overdue.days} วัน{units})"
