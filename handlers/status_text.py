"""Thai plain-text rendering of an organisation's status (CLI output and chat fallback)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kpi_core.models import TIER_LABELS_TH, Tier
from kpi_core.scoring import Score, StepState, StepStatus, TierThresholds
from kpi_core.status import Deadline, IndicatorStatus, OrganisationStatus
from kpi_core.status_milestones import MilestoneView, UnitProgress
from kpi_core.thai_dates import format_thai_date

VALUE_FROM_TH = {"report": "จากรายงาน", "submission": "ส่งเข้ามา"}
STEP_STATE_TH = {
    StepState.DONE: "✓",
    StepState.LATE: "✓ ช้า",
    StepState.FAILED: "✗ ไม่ผ่าน",
    StepState.OVERDUE: "✗ เลยกำหนด",
    StepState.OPEN: "… รอส่ง",
    StepState.UPCOMING: "· ยังไม่เปิด",
    StepState.NO_DEADLINE: "· ดำเนินการระหว่างปี",
}


def number(value: Decimal, places: int | None = None) -> str:
    """A decimal with thousands separators; ``places`` rounds half up for display only."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{value:,}"


def plain(value: Decimal) -> Decimal:
    """The decimal without trailing zeros and without exponent notation (``418.0`` -> ``418``)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def score_text(score: Score) -> str:
    """``75.00/100`` or ``2.95/5``."""
    return f"{number(score.value, 2)}/{number(score.maximum)}"


def render_status(status: OrganisationStatus) -> str:
    """The whole status as Thai text, one block per indicator and the weighted total."""
    org = status.organisation
    name = f"{org.name} ({org.short_name})" if org.short_name else org.name
    scope = f" · {status.unit}" if status.unit else ""
    lines = [f"สถานะตัวชี้วัด {name}{scope} ณ {format_thai_date(status.today)}"]
    if org.demo:
        lines.append("(ข้อมูลสาธิต)")
    for indicator_status in status.indicators:
        lines.extend(indicator_lines(indicator_status))
    lines.append(total_line(status))
    return "\n".join(lines)


def total_line(status: OrganisationStatus) -> str:
    """The weighted total with the share of indicators that have a score."""
    total = status.total
    if total.percent is None:
        return f"ภาพรวม: ยังไม่มีตัวชี้วัดที่คิดคะแนนได้ (0/{total.total_count} ตัวชี้วัด)"
    share = total.share_reported or Decimal(0)
    return (
        f"ภาพรวม: {number(total.percent, 2)}% จาก {total.reported_count}/{total.total_count}"
        f" ตัวชี้วัดที่มีคะแนน ({number(share, 0)}% ของน้ำหนัก)"
    )


def indicator_lines(status: IndicatorStatus) -> list[str]:
    """The lines describing one indicator."""
    indicator = status.indicator
    lines = [f"{indicator.code}. {indicator.title}"]
    if status.milestones is not None:
        lines.extend(_milestone_lines(status.milestones, single=len(status.milestones.units) == 1))
    else:
        lines.extend(_measured_lines(status))
    if status.deadline is not None:
        many = status.milestones is None or len(status.milestones.units) > 1
        lines.extend(deadline_lines(status.deadline, name_missing=many))
    return lines


def _measured_lines(status: IndicatorStatus) -> list[str]:
    lines = []
    if status.value is not None:
        parts = [number(status.value), status.value_unit, f"({VALUE_FROM_TH[status.value_from]})"]
        lines.append("   ผล " + " ".join(p for p in parts if p))
    if status.passed is not None:
        percent = status.passed.percent or Decimal(0)
        lines.append(
            f"   ผ่าน {status.passed.passed}/{status.passed.total} ข้อ ({number(percent, 0)}%)"
        )
    if status.group is not None and status.thresholds is not None:
        lines.append(f"   {_group_text(status)}: {thresholds_text(status.thresholds)}")
    if status.score is not None and status.thresholds is not None:
        tier = TIER_LABELS_TH[status.tier] if status.tier else "ต่ำกว่าขั้นต้น"
        lines.append(f"   เกณฑ์ {tier} · คะแนน {score_text(status.score)}")
    if status.pmqa_level is not None:
        lines.append(f"   PMQA 4.0: {status.pmqa_level.label_th}")
    if status.value is None and status.passed is None:
        lines.append("   ยังไม่มีผลการดำเนินงาน")
    elif status.score is None:
        lines.append("   ยังคิดคะแนนไม่ได้ (ไม่มีเกณฑ์เป็นตัวเลข)")
    return lines


def _group_text(status: IndicatorStatus) -> str:
    assert status.group is not None
    label = status.group.label
    if status.baseline is None:
        return label
    basis = status.indicator.baseline_label or "ค่าฐาน"
    return f"{label} ({basis} = {number(status.baseline)})"


def thresholds_text(thresholds: TierThresholds) -> str:
    """``ขั้นต้น 350 · มาตรฐาน 380 · ขั้นสูง 418``."""
    parts = []
    for tier in Tier:
        threshold = getattr(thresholds, tier.value)
        if threshold is not None:
            sign = "> " if threshold.strict else ""
            parts.append(f"{TIER_LABELS_TH[tier]} {sign}{number(plain(threshold.value))}")
    return " · ".join(parts)


def _milestone_lines(view: MilestoneView, *, single: bool) -> list[str]:
    if single:
        return _unit_detail(view.units[0])
    lines = (
        [f"   คะแนนเฉลี่ย {score_text(view.score)} ({len(view.units)} หน่วยงาน)"] if view.score else []
    )
    lines.extend(f"   - {_unit_summary(p)}" for p in view.units)
    return lines


def _unit_summary(progress: UnitProgress) -> str:
    result = progress.result
    text = f"{progress.unit}: ระดับ {result.level} คะแนน {number(result.score, 2)}"
    failed = [s.number for s in result.steps if s.state is StepState.FAILED]
    if failed:
        text += " (ขั้นตอนที่ " + ", ".join(map(str, failed)) + " ยังไม่ผ่านเกณฑ์)"
    if result.deductions:
        text += " (หัก " + ", ".join(d.text_th for d in result.deductions) + ")"
    return text


def _unit_detail(progress: UnitProgress) -> list[str]:
    result = progress.result
    lines = [f"   ระดับ {result.level} คะแนน {number(result.score, 2)}/5"]
    for step in result.steps:
        lines.append(f"   ขั้นตอนที่ {step.number}: {step_text(step)}")
    lines.extend(f"   หัก {d.text_th}" for d in result.deductions)
    return lines


def step_text(step: StepStatus) -> str:
    """``✓ (20 ม.ค. 2568)``, ``รอส่ง ภายใน 31 ม.ค. 2568``, ``ยังไม่เปิด (เปิด 15 ก.ย. 2568)``."""
    label = STEP_STATE_TH[step.state]
    if step.done_on is not None:
        # Unstated dimensions cost no points, so say so: the plan may still lack one.
        unknown = " · มิติยังไม่ระบุ" if step.dimensions_unknown else ""
        return f"{label} ({format_thai_date(step.done_on)}){unknown}"
    if step.state is StepState.UPCOMING and step.opens is not None:
        return f"{label} (เปิด {format_thai_date(step.opens)})"
    if step.due is not None:
        return f"{label} ภายใน {format_thai_date(step.due)}"
    return label


def deadline_lines(deadline: Deadline, *, name_missing: bool = True) -> list[str]:
    """The next deadline as a Thai date with days left, and the units still missing it."""
    due = deadline.step.window.due
    assert due is not None
    if deadline.days_left > 0:
        left = f"อีก {deadline.days_left} วัน, {deadline.working_days_left} วันทำการ"
    else:
        left = "วันนี้วันสุดท้าย"
    lines = [
        f"   กำหนดส่งถัดไป: ขั้นตอนที่ {deadline.step.number} ภายใน {format_thai_date(due)} ({left})"
    ]
    if name_missing and deadline.missing_units:
        lines.append(f"   ยังไม่ส่ง: {', '.join(deadline.missing_units)}")
    return lines
