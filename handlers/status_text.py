"""Thai plain-text layout of an organisation's status (``pmqa status`` and chat fallbacks)."""

from __future__ import annotations

from decimal import Decimal

from handlers.deadline_view import year_notice
from handlers.formatting import number
from handlers.status_view import (
    DeadlineView,
    IndicatorView,
    OverdueView,
    UnitRow,
    deadline_view,
    indicator_view,
    org_title,
)
from kpi_core.status import Deadline, IndicatorStatus, OrganisationStatus
from kpi_core.thai_dates import format_thai_date


def render_status(status: OrganisationStatus) -> str:
    """The whole status as Thai text, one block per indicator and the weighted total."""
    lines = [f"สถานะตัวชี้วัด {org_title(status)} ณ {format_thai_date(status.today)}"]
    if status.organisation.demo:
        lines.append("(ข้อมูลสาธิต)")
    elif status.demo:
        lines.append(f"(มีข้อมูลสาธิตปนอยู่: ตัวชี้วัด {', '.join(status.demo_codes)})")
    notice = year_notice(status)
    if notice:
        lines.append(notice)
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
    view = indicator_view(status)
    lines = [view.heading]
    one = view.one_unit
    if view.milestones:
        lines.extend(_unit_detail(one) if one else _unit_summaries(view))
    else:
        lines.extend(_measured_lines(view))
    many = not (view.milestones and one)
    for overdue in view.overdue:
        lines.extend(_overdue_lines(overdue, name_missing=many))
    if view.deadline is not None:
        lines.extend(_deadline_lines(view.deadline, name_missing=many))
    return lines


def _overdue_lines(view: OverdueView, *, name_missing: bool) -> list[str]:
    lines = [f"   เลยกำหนด: {view.text}"]
    if name_missing:
        lines.append(f"   ยังไม่ส่ง {len(view.missing_units)}: {', '.join(view.missing_units)}")
    return lines


def _measured_lines(view: IndicatorView) -> list[str]:
    lines = []
    if view.value:
        source = f" ({view.value_source})" if view.value_source else ""
        lines.append(f"   ผล {view.value}{source}")
    if view.passed:
        lines.append(f"   ผ่าน {view.passed} ({view.passed_percent}%)")
    if view.thresholds:
        lines.append(f"   {view.group or 'เกณฑ์'}: {view.thresholds}")
        if view.score:
            lines.append(f"   เกณฑ์ {view.tier} · คะแนน {view.score}")
    elif view.score and not view.passed:
        lines.append(f"   คะแนน {view.score}")  # the 5-level scale: no tiers to name
    if view.pmqa_level:
        lines.append(f"   PMQA 4.0: {view.pmqa_level}")
    if not view.value and not view.passed:
        lines.append("   ยังไม่มีผลการดำเนินงาน")
    elif not view.score:
        lines.append("   ยังคิดคะแนนไม่ได้ (ไม่มีเกณฑ์เป็นตัวเลข)")
    return lines


def _unit_summaries(view: IndicatorView) -> list[str]:
    lines = (
        [f"   คะแนนเฉลี่ย {view.mean_score} ({len(view.units)} หน่วยงาน)"] if view.mean_score else []
    )
    lines.extend(f"   - {_unit_summary(unit)}" for unit in view.units)
    return lines


def _unit_summary(unit: UnitRow) -> str:
    text = f"{unit.name}: ระดับ {unit.level} คะแนน {unit.score}"
    if unit.failed_steps:
        text += " (ขั้นตอนที่ " + ", ".join(map(str, unit.failed_steps)) + " ยังไม่ผ่านเกณฑ์)"
    if unit.deductions:
        text += " (หัก " + ", ".join(unit.deductions) + ")"
    return text


def _unit_detail(unit: UnitRow) -> list[str]:
    lines = [f"   ระดับ {unit.level} คะแนน {unit.score}/5"]
    for step in unit.steps:
        lines.append(f"   ขั้นตอนที่ {step.number}: {step.text}")
        lines.extend(f"      {detail}" for detail in step.details)
    lines.extend(f"   หัก {deduction}" for deduction in unit.deductions)
    return lines


def deadline_lines(deadline: Deadline, *, name_missing: bool = True) -> list[str]:
    """The next deadline as a Thai date with days left, and the units still missing it."""
    return _deadline_lines(deadline_view(deadline), name_missing=name_missing)


def _deadline_lines(view: DeadlineView, *, name_missing: bool) -> list[str]:
    lines = [f"   กำหนดส่งถัดไป: ขั้นตอนที่ {view.step} ภายใน {view.due} ({view.left_working})"]
    if view.opens:
        lines.append(f"   เปิดรับ {view.opens}")
    if name_missing and view.missing_units:
        lines.append(f"   ยังไม่ส่ง: {', '.join(view.missing_units)}")
    return lines
