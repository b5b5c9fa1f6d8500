"""The view of deadlines: the next one (days left, whether its window is open, who is missing
it), the overdue steps (how late, who still owes them) and what the plan year's phase means."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.replies import Tone
from kpi_core.status import Deadline, OrganisationStatus
from kpi_core.status_milestones import OverdueStep
from kpi_core.thai_dates import format_thai_date
from kpi_core.year_end import YearPhase


@dataclass(frozen=True)
class DeadlineView:
    """The next deadline: when, how long is left, who has not sent it yet."""

    step: int
    due: str  # Thai date
    days_left: int
    working_days_left: int
    missing_units: tuple[str, ...]
    tone: Tone
    opens: str = ""  # Thai date while the window is not open yet, else ""

    @property
    def left(self) -> str:
        """``อีก 3 วัน`` or ``วันนี้วันสุดท้าย``."""
        return f"อีก {self.days_left} วัน" if self.days_left > 0 else "วันนี้วันสุดท้าย"

    @property
    def left_working(self) -> str:
        """``อีก 3 วัน, 4 วันทำการ`` or ``วันนี้วันสุดท้าย``."""
        if self.days_left > 0:
            return f"{self.left}, {self.working_days_left} วันทำการ"
        return self.left

    @property
    def text(self) -> str:
        """``ขั้นตอนที่ 3 ภายใน 31 ม.ค. 2568 (อีก 3 วัน)``, with ``เปิดรับ …`` before it opens."""
        opens = f" · เปิดรับ {self.opens}" if self.opens else ""
        return f"ขั้นตอนที่ {self.step} ภายใน {self.due} ({self.left}){opens}"


@dataclass(frozen=True)
class OverdueView:
    """A step past its deadline and who still owes it: ``เลยกำหนด 3 วัน``."""

    step: int
    due: str  # Thai date
    days_overdue: int
    missing_units: tuple[str, ...]

    @property
    def late(self) -> str:
        """``เลยกำหนด 3 วัน``."""
        return f"เลยกำหนด {self.days_overdue} วัน"

    @property
    def text(self) -> str:
        """``ขั้นตอนที่ 3 ภายใน 31 ม.ค. 2568 (เลยกำหนด 3 วัน)``."""
        return f"ขั้นตอนที่ {self.step} ภายใน {self.due} ({self.late})"


def deadline_view(deadline: Deadline) -> DeadlineView:
    """The view of an indicator's next deadline."""
    due = deadline.step.window.due
    assert due is not None
    left = deadline.days_left
    tone = Tone.BAD if left <= 1 else Tone.WARN if left <= 7 else Tone.INFO
    opens = deadline.opens
    return DeadlineView(
        deadline.step.number,
        format_thai_date(due),
        left,
        deadline.working_days_left,
        deadline.missing_units,
        tone,
        "" if deadline.is_open or opens is None else format_thai_date(opens),
    )


def overdue_view(overdue: OverdueStep, organisation: str = "ทั้งหน่วยงาน") -> OverdueView:
    """The view of one overdue step; ``organisation`` names an organisation without units."""
    due = overdue.step.window.due
    assert due is not None
    units = tuple(u or organisation for u in overdue.missing_units)
    return OverdueView(overdue.step.number, format_thai_date(due), overdue.days_overdue, units)


def year_notice(status: OrganisationStatus) -> str:
    """What the plan year's phase means for the figures: ``""`` while the year runs."""
    standing = status.standing
    if standing is None or standing.phase is YearPhase.RUNNING:
        return ""
    year = standing.fiscal_year
    if standing.close is None:
        return f"สิ้นปีงบประมาณ {year} แล้ว: สรุปผลสิ้นปี (ระดับสุดท้ายและขั้นตอนที่ไม่ได้ส่ง) จนกว่าผู้ประสานงานจะปิดปี"
    closed = format_thai_date(standing.as_of)
    return (
        f"ปีงบประมาณ {year} ปิดแล้ว ({closed}) ยังไม่มีแผนปีงบประมาณ {standing.next_year}:"
        f" แสดงสรุปปี {year} (อ่านอย่างเดียว)"
    )
