"""The desk's view of a status: the units × steps grid, the level chart and the PMQA band.

The web pages, the workbook and the chat chart all read these; each display rule (what a
step's state reads as, its date, its tone) is written here once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from handlers.formatting import number, score_text
from handlers.replies import Bar, BarChart, Tone
from handlers.status_view import STATE_TONE, DeadlineView, deadline_view, org_title
from kpi_core.models import MilestoneStep, Organisation
from kpi_core.scoring import Deduction, StepState, StepStatus, pmqa_level
from kpi_core.status import IndicatorStatus, OrganisationStatus
from kpi_core.status_milestones import UnitProgress
from kpi_core.thai_dates import format_thai_date

STATE_LABEL = {
    StepState.DONE: "ส่งแล้ว",
    StepState.LATE: "ส่งช้า",
    StepState.FAILED: "ไม่ผ่าน",
    StepState.OVERDUE: "เลยกำหนด",
    StepState.OPEN: "รอส่ง",
    StepState.UPCOMING: "ยังไม่เปิด",
    StepState.NO_DEADLINE: "ระหว่างปี",
}
# The PMQA 4.0 bands of a score out of 500 (kpi_core.scoring.pmqa_level; a test keeps them equal).
PMQA_BOUNDS = (Decimal(0), Decimal(300), Decimal(400), Decimal(470), Decimal(500))
PERCENT = Decimal(100)


@dataclass(frozen=True)
class Cell:
    """One unit's step: ``ส่งแล้ว`` on ``20 ม.ค. 2568``, or ``รอส่ง`` by the due date."""

    state: StepState
    label: str
    done_on: date | None
    when: str  # "20 ม.ค. 2568", "ภายใน 31 ม.ค. 2568", "เปิด 15 ก.ย. 2568" or ""
    tone: Tone


@dataclass(frozen=True)
class GridRow:
    """One unit's row: its level, score, deductions and a cell per step."""

    unit: str
    number: int  # the unit's place in the organisation (1…), 0 for the organisation itself
    level: int
    score: Decimal
    deductions: tuple[Deduction, ...]
    cells: tuple[Cell, ...]
    tone: Tone

    @property
    def deducted(self) -> Decimal:
        """Every point taken off, together."""
        return sum((d.points for d in self.deductions), Decimal(0))


@dataclass(frozen=True)
class Grid:
    """A milestone indicator across units: the steps as columns, a row per unit."""

    code: str
    title: str
    steps: tuple[MilestoneStep, ...]
    rows: tuple[GridRow, ...]
    mean_score: str  # "2.08/5"
    max_level: int
    deadline: DeadlineView | None


@dataclass(frozen=True)
class Band:
    """A PMQA 4.0 score on its 0–500 scale, and the level it reaches."""

    code: str
    title: str
    value: Decimal
    level: str
    bounds: tuple[Decimal, ...] = PMQA_BOUNDS


def cell(step: StepStatus) -> Cell:
    """The grid cell of one step's status."""
    if step.done_on is not None:
        when = format_thai_date(step.done_on)
    elif step.state is StepState.UPCOMING and step.opens is not None:
        when = f"เปิด {format_thai_date(step.opens)}"
    elif step.due is not None:
        when = f"ภายใน {format_thai_date(step.due)}"
    else:
        when = ""
    tone = STATE_TONE.get(step.state, Tone.WARN if step.state is StepState.OPEN else Tone.NEUTRAL)
    return Cell(step.state, STATE_LABEL[step.state], step.done_on, when, tone)


def grid_row(org: Organisation, progress: UnitProgress) -> GridRow:
    """The row of one unit's progress."""
    result = progress.result
    names = [u.name for u in org.units]
    number_ = names.index(progress.unit) + 1 if progress.unit in names else 0
    states = {s.state for s in result.steps}
    bad = states & {StepState.OVERDUE, StepState.FAILED}
    tone = Tone.BAD if bad else Tone.WARN if result.deductions else Tone.GOOD
    return GridRow(
        unit=progress.unit or "ทั้งหน่วยงาน",
        number=number_,
        level=result.level,
        score=result.score,
        deductions=result.deductions,
        cells=tuple(cell(s) for s in result.steps),
        tone=tone,
    )


def grids(status: OrganisationStatus) -> tuple[Grid, ...]:
    """A grid for every milestone indicator of the status."""
    return tuple(_grid(status.organisation, s) for s in status.indicators if s.milestones)


def _grid(org: Organisation, status: IndicatorStatus) -> Grid:
    view = status.milestones
    assert view is not None
    indicator = status.indicator
    return Grid(
        code=indicator.code,
        title=indicator.title,
        steps=indicator.steps,
        rows=tuple(grid_row(org, p) for p in view.units),
        mean_score=score_text(view.score) if view.score else "",
        max_level=indicator.max_level,
        deadline=deadline_view(status.deadline) if status.deadline else None,
    )


def bands(status: OrganisationStatus) -> tuple[Band, ...]:
    """The PMQA 4.0 scores of the status on their level scale."""
    return tuple(
        Band(s.indicator.code, s.indicator.title, s.value, s.pmqa_level.label_th)
        for s in status.indicators
        if s.pmqa_level is not None and s.value is not None
    )


def level_chart(status: OrganisationStatus) -> BarChart | None:
    """Levels per unit on the first milestone indicator; else each indicator's score in %."""
    found = grids(status)
    title = org_title(status)
    day = format_thai_date(status.today)
    if found:
        grid = found[0]
        bars = tuple(
            Bar(r.unit, r.score, f"ระดับ {r.level} · {number(r.score, 2)}", r.tone)
            for r in grid.rows
        )
        subtitle = f"ตัวชี้วัด {grid.code} ระดับของแต่ละหน่วยงาน ณ {day}"
        footer = f"คะแนนเฉลี่ย {grid.mean_score}" if grid.mean_score else ""
        return BarChart(title, subtitle, bars, Decimal(grid.max_level), footer)
    scored = [s for s in status.indicators if s.score is not None]
    if not scored:
        return None
    bars = tuple(_score_bar(s) for s in scored)
    total = status.total.percent
    footer = f"คะแนนรวม (ถ่วงน้ำหนัก) {number(total, 2)}%" if total is not None else ""
    return BarChart(title, f"คะแนนของแต่ละตัวชี้วัด (ร้อยละ) ณ {day}", bars, PERCENT, footer)


def _score_bar(status: IndicatorStatus) -> Bar:
    assert status.score is not None
    percent = status.score.percent
    tone = Tone.GOOD if percent >= 75 else Tone.WARN if percent >= 50 else Tone.BAD
    label = f"{status.indicator.code}. {status.indicator.title}"
    return Bar(label, percent, f"{number(percent, 2)}%", tone)


def pmqa_band_labels() -> tuple[str, ...]:
    """The level each band of :data:`PMQA_BOUNDS` starts at, in Thai."""
    return tuple(pmqa_level(low).label_th for low in PMQA_BOUNDS[:-1])
