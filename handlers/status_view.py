"""One view of a status for every presenter: the chat cards, the ``pmqa status`` text, the
headline. Each display rule (what a value, a step, a verdict or a deadline reads as, and its
tone) is written here once; the presenters only lay the pieces out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from handlers.deadline_view import (
    DeadlineView,
    OverdueView,
    deadline_view,
    overdue_view,
)
from handlers.formatting import number, plain, score_text
from handlers.replies import Tone
from handlers.step_evidence import record_details
from kpi_core.models import TIER_LABELS_TH, Tier
from kpi_core.scoring import StepState, StepStatus, TierThresholds
from kpi_core.status import IndicatorStatus, OrganisationStatus
from kpi_core.status_milestones import UnitProgress
from kpi_core.thai_dates import format_thai_date

VALUE_FROM_TH = {"report": "จากรายงาน", "submission": "ส่งเข้ามา", "demo": "ข้อมูลสาธิต"}
BELOW_BASIC = "ต่ำกว่าขั้นต้น"
STEP_STATE_TH = {
    StepState.DONE: "✓",
    StepState.LATE: "✓ ช้า",
    StepState.FAILED: "✗ ไม่ผ่าน",
    StepState.OVERDUE: "✗ เลยกำหนด",
    StepState.OPEN: "… รอส่ง",
    StepState.UPCOMING: "· ยังไม่เปิด",
    StepState.NO_DEADLINE: "· ดำเนินการระหว่างปี",
}
STATE_TONE = {
    StepState.DONE: Tone.GOOD,
    StepState.LATE: Tone.WARN,
    StepState.FAILED: Tone.BAD,
    StepState.OVERDUE: Tone.BAD,
}
TIER_TONE = {Tier.ADVANCED: Tone.GOOD, Tier.STANDARD: Tone.GOOD, Tier.BASIC: Tone.WARN}


@dataclass(frozen=True)
class Verdict:
    """The one-word verdict shown in a card's header."""

    text: str
    tone: Tone


@dataclass(frozen=True)
class StepRow:
    """One step of one unit: ``ขั้นตอนที่ 3``, ``✓ (20 ม.ค. 2568)``."""

    number: int
    text: str
    tone: Tone
    details: tuple[str, ...] = ()  # what was sent: counts, documents, links


@dataclass(frozen=True)
class UnitRow:
    """One unit's level and score on a milestone indicator, its steps and deductions."""

    name: str
    level: int
    score: str  # "2.50"
    failed_steps: tuple[int, ...]
    deductions: tuple[str, ...]
    steps: tuple[StepRow, ...]
    tone: Tone


@dataclass(frozen=True)
class IndicatorView:
    """Everything a presenter shows of one indicator, already in Thai."""

    heading: str  # "3. ร้อยละของ…"
    value: str  # "50.17 ร้อยละ", "" when there is none
    value_source: str  # "จากรายงาน", "ส่งเข้ามา" or ""
    passed: str  # "1/4 ข้อ", "" when no item was judged
    passed_percent: str  # "25"
    group: str  # "กลุ่มที่ 2 (คะแนนปี 2566 = 380)", "" without a criteria group
    group_label: str  # "กลุ่มที่ 2", "" without a criteria group
    thresholds: str  # "ขั้นต้น 350 · มาตรฐาน 380 · ขั้นสูง 418", "" without tiers
    tier: str  # "ขั้นสูง", BELOW_BASIC, or "" when nothing is judged against tiers
    score: str  # "75.00/100", "" without a score
    pmqa_level: str  # "ระดับพื้นฐาน (Basic)", ""
    verdict: Verdict
    milestones: bool
    units: tuple[UnitRow, ...]  # milestone indicators only
    mean_score: str  # milestone indicators over several units: "2.08/5"
    deadline: DeadlineView | None
    overdue: tuple[OverdueView, ...] = ()  # steps past their deadline some unit still owes
    baseline: str = ""  # "คะแนนปี 2566 = 380" once a baseline is known
    unit: str = ""  # "กองคลัง" when every figure is that one unit's, not the organisation's

    @property
    def one_unit(self) -> UnitRow | None:
        """The unit when the view is of a single unit (or an organisation without units)."""
        return self.units[0] if len(self.units) == 1 else None


def org_title(status: OrganisationStatus) -> str:
    """``สำนักงานปลัดกระทรวงแรงงาน (สป.รง.)``, with the unit when the status is one unit's."""
    org = status.organisation
    name = f"{org.name} ({org.short_name})" if org.short_name else org.name
    return f"{name} · {status.unit}" if status.unit else name


def thresholds_text(thresholds: TierThresholds) -> str:
    """``ขั้นต้น 350 · มาตรฐาน 380 · ขั้นสูง 418``."""
    parts = []
    for tier in Tier:
        threshold = getattr(thresholds, tier.value)
        if threshold is not None:
            sign = "> " if threshold.strict else ""
            parts.append(f"{TIER_LABELS_TH[tier]} {sign}{number(plain(threshold.value))}")
    return " · ".join(parts)


def step_text(step: StepStatus, days_overdue: int | None = None) -> str:
    """``✓ (20 ม.ค. 2568)``, ``รอส่ง ภายใน 31 ม.ค. 2568``, ``ยังไม่เปิด (เปิด 15 ก.ย. 2568)``,
    ``✗ เลยกำหนด 3 วัน (ภายใน 31 ม.ค. 2568)``."""
    label = STEP_STATE_TH[step.state]
    if step.state is StepState.OVERDUE and days_overdue is not None and step.due is not None:
        return f"{label} {days_overdue} วัน (ภายใน {format_thai_date(step.due)})"
    if step.done_on is not None:
        # Unstated dimensions cost no points, so say so: the plan may still lack one.
        unknown = " · มิติยังไม่ระบุ" if step.dimensions_unknown else ""
        return f"{label} ({format_thai_date(step.done_on)}){unknown}"
    if step.state is StepState.UPCOMING and step.opens is not None:
        return f"{label} (เปิด {format_thai_date(step.opens)})"
    if step.due is not None:
        return f"{label} ภายใน {format_thai_date(step.due)}"
    return label


def indicator_view(status: IndicatorStatus) -> IndicatorView:
    """The view of one indicator's status."""
    indicator = status.indicator
    passed = status.passed
    view = status.milestones
    late = {o.step.number: o.days_overdue for o in view.overdue} if view else {}
    units = tuple(_unit_row(p, late) for p in view.units) if view else ()
    return IndicatorView(
        heading=f"{indicator.code}. {indicator.title}",
        value=_value(status),
        value_source=VALUE_FROM_TH.get(status.value_from, "") if status.value is not None else "",
        passed=f"{passed.passed}/{passed.total} ข้อ" if passed else "",
        passed_percent=number(passed.percent or Decimal(0), 0) if passed else "",
        group=_group(status),
        group_label=status.group.label if status.group else "",
        thresholds=thresholds_text(status.thresholds) if status.thresholds else "",
        tier=_tier(status),
        score=score_text(status.score) if status.score else "",
        pmqa_level=status.pmqa_level.label_th if status.pmqa_level else "",
        verdict=_verdict(status, units),
        milestones=view is not None,
        units=units,
        mean_score=score_text(view.score) if view and view.score and len(units) > 1 else "",
        deadline=deadline_view(status.deadline) if status.deadline else None,
        overdue=tuple(overdue_view(o) for o in view.overdue) if view else (),
        baseline=_baseline(status),
        unit=(view.units[0].unit or "") if view and len(view.units) == 1 else "",
    )


def _value(status: IndicatorStatus) -> str:
    if status.value is None:
        return ""
    return " ".join(p for p in (number(status.value), status.value_unit) if p)


def _group(status: IndicatorStatus) -> str:
    if status.group is None:
        return ""
    if status.baseline is None:
        return status.group.label
    basis = status.indicator.baseline_label or "ค่าฐาน"
    return f"{status.group.label} ({basis} = {number(status.baseline)})"


def _baseline(status: IndicatorStatus) -> str:
    if status.baseline is None:
        return ""
    return f"{status.indicator.baseline_label or 'ค่าฐาน'} = {number(plain(status.baseline))}"


def _tier(status: IndicatorStatus) -> str:
    if status.tier is not None:
        return TIER_LABELS_TH[status.tier]
    return BELOW_BASIC if status.thresholds is not None and status.score is not None else ""


def _unit_row(progress: UnitProgress, days_overdue: dict[int, int]) -> UnitRow:
    result = progress.result
    states = {s.state for s in result.steps}
    if states & {StepState.OVERDUE, StepState.FAILED}:
        tone = Tone.BAD
    else:
        tone = Tone.WARN if result.deductions else Tone.GOOD
    return UnitRow(
        name=progress.unit or "ทั้งหน่วยงาน",
        level=result.level,
        score=number(result.score, 2),
        failed_steps=tuple(s.number for s in result.steps if s.state is StepState.FAILED),
        deductions=tuple(d.text_th for d in result.deductions),
        steps=tuple(
            StepRow(
                s.number,
                step_text(s, days_overdue.get(s.number)),
                STATE_TONE.get(s.state, Tone.NEUTRAL),
                record_details(progress.records.get(s.number)),
            )
            for s in result.steps
        ),
        tone=tone,
    )


def _verdict(status: IndicatorStatus, units: tuple[UnitRow, ...]) -> Verdict:
    if status.milestones is not None:
        if len(units) == 1:
            return Verdict(f"ระดับ {units[0].level}", units[0].tone)
        return Verdict(f"{len(units)} หน่วยงาน", Tone.INFO)
    if status.tier is not None:
        return Verdict(TIER_LABELS_TH[status.tier], TIER_TONE[status.tier])
    if status.thresholds is not None and status.value is not None:
        return Verdict(BELOW_BASIC, Tone.BAD)
    if status.passed is not None:
        tone = Tone.GOOD if status.passed.passed == status.passed.total else Tone.WARN
        return Verdict(f"ผ่าน {status.passed.passed}/{status.passed.total}", tone)
    if status.value is not None:
        return Verdict("มีผลแล้ว", Tone.INFO)
    return Verdict("ยังไม่มีผล", Tone.NEUTRAL)
