"""Statuses as channel-neutral cards: a summary card, then one card per indicator."""

from __future__ import annotations

from decimal import Decimal

from handlers.replies import Badge, Card, CardMessage, Row, Section, Tone
from handlers.status_text import number, score_text, step_text, thresholds_text
from kpi_core.models import TIER_LABELS_TH, Tier
from kpi_core.scoring import StepState
from kpi_core.status import Deadline, IndicatorStatus, OrganisationStatus
from kpi_core.status_milestones import MilestoneView, UnitProgress
from kpi_core.thai_dates import format_thai_date

TIER_TONE = {Tier.ADVANCED: Tone.GOOD, Tier.STANDARD: Tone.GOOD, Tier.BASIC: Tone.WARN}
STATE_TONE = {
    StepState.DONE: Tone.GOOD,
    StepState.LATE: Tone.WARN,
    StepState.FAILED: Tone.BAD,
    StepState.OVERDUE: Tone.BAD,
}
VALUE_FROM_TH = {"report": "จากรายงาน", "submission": "ส่งเข้ามา"}


def org_title(status: OrganisationStatus) -> str:
    """``สำนักงานปลัดกระทรวงแรงงาน (สป.รง.)``, with the unit when the status is one unit's."""
    org = status.organisation
    name = f"{org.name} ({org.short_name})" if org.short_name else org.name
    return f"{name} · {status.unit}" if status.unit else name


def status_message(
    status: OrganisationStatus, indicators: list[IndicatorStatus] | None = None
) -> CardMessage:
    """A summary card and one card per indicator (all of them unless ``indicators`` is given)."""
    chosen = status.indicators if indicators is None else indicators
    cards = [summary_card(status)] if indicators is None else []
    cards += [indicator_card(s) for s in chosen]
    return CardMessage(alt_text=alt_text(status, chosen), cards=tuple(cards))


def alt_text(status: OrganisationStatus, chosen: object) -> str:
    """What a lock screen shows: who, when, the total and the nearest deadline."""
    parts = [f"สถานะ {org_title(status)} ณ {format_thai_date(status.today)}"]
    if status.total.percent is not None:
        parts.append(f"คะแนนรวม {number(status.total.percent, 2)}%")
    deadline = next_deadline(status)
    if deadline is not None:
        parts.append(deadline_text(deadline))
        if deadline.missing_units:
            parts.append(f"ยังไม่ส่ง {len(deadline.missing_units)} หน่วยงาน")
    return " · ".join(parts)


def next_deadline(status: OrganisationStatus) -> Deadline | None:
    """The nearest deadline over every indicator."""
    deadlines = [s.deadline for s in status.indicators if s.deadline is not None]
    return min(deadlines, key=lambda d: d.days_left, default=None)


def deadline_text(deadline: Deadline) -> str:
    """``ขั้นตอนที่ 3 ภายใน 31 ม.ค. 2568 (อีก 3 วัน)``."""
    due = deadline.step.window.due
    assert due is not None
    left = f"อีก {deadline.days_left} วัน" if deadline.days_left > 0 else "วันนี้วันสุดท้าย"
    return f"ขั้นตอนที่ {deadline.step.number} ภายใน {format_thai_date(due)} ({left})"


def summary_card(status: OrganisationStatus) -> Card:
    """The organisation at a glance."""
    total = status.total
    rows = [Row("ตัวชี้วัดที่มีคะแนน", f"{total.reported_count}/{total.total_count}")]
    badge = None
    if total.percent is not None:
        badge = Badge(f"{number(total.percent, 1)}%", _percent_tone(total.percent))
        rows.insert(0, Row("คะแนนรวม (ถ่วงน้ำหนัก)", f"{number(total.percent, 2)}%"))
    deadline = next_deadline(status)
    if deadline is not None:
        rows.append(Row("กำหนดส่งถัดไป", deadline_text(deadline), _deadline_tone(deadline)))
    footer = "ข้อมูลสาธิต" if status.organisation.demo else ""
    return Card(
        title=org_title(status),
        subtitle=f"ณ {format_thai_date(status.today)}",
        badge=badge,
        sections=(Section("", tuple(rows)),),
        footer=footer,
    )


def indicator_card(status: IndicatorStatus) -> Card:
    """One indicator: result, tier or level, score, steps or units, and its deadline."""
    indicator = status.indicator
    sections = list(
        _milestone_sections(status.milestones) if status.milestones else _measured_sections(status)
    )
    if status.deadline is not None:
        sections.append(_deadline_section(status.deadline, status.milestones))
    return Card(
        title=f"{indicator.code}. {indicator.title}",
        subtitle=_subtitle(status),
        badge=indicator_badge(status),
        sections=tuple(sections),
    )


def _subtitle(status: IndicatorStatus) -> str:
    if status.score is None:
        return "ยังไม่มีคะแนน"
    if status.thresholds is None and status.passed is not None and status.milestones is None:
        passed, percent = status.passed, number(status.score.percent, 0)
        return f"ผ่าน {passed.passed}/{passed.total} ข้อ ({percent}%)"
    return f"คะแนน {score_text(status.score)}"


def indicator_badge(status: IndicatorStatus) -> Badge:
    """The one-word verdict in the card header."""
    if status.milestones is not None:
        units = status.milestones.units
        if len(units) == 1:
            return Badge(f"ระดับ {units[0].result.level}", _unit_tone(units[0]))
        return Badge(f"{len(units)} หน่วยงาน", Tone.INFO)
    if status.tier is not None:
        return Badge(TIER_LABELS_TH[status.tier], TIER_TONE[status.tier])
    if status.thresholds is not None and status.value is not None:
        return Badge("ต่ำกว่าขั้นต้น", Tone.BAD)
    if status.passed is not None:
        tone = Tone.GOOD if status.passed.passed == status.passed.total else Tone.WARN
        return Badge(f"ผ่าน {status.passed.passed}/{status.passed.total}", tone)
    if status.value is not None:
        return Badge("มีผลแล้ว", Tone.INFO)
    return Badge("ยังไม่มีผล", Tone.NEUTRAL)


def _measured_sections(status: IndicatorStatus) -> list[Section]:
    rows = []
    if status.value is not None:
        source = VALUE_FROM_TH.get(status.value_from, "")
        value = " ".join(p for p in (number(status.value), status.value_unit) if p)
        rows.append(Row("ผลการดำเนินงาน", f"{value} ({source})" if source else value))
    if status.passed is not None:
        rows.append(Row("ประเด็นที่ผ่าน", f"{status.passed.passed}/{status.passed.total} ข้อ"))
    if status.thresholds is not None:
        label = status.group.label if status.group else "เกณฑ์"
        rows.append(Row(label, thresholds_text(status.thresholds)))
    if status.pmqa_level is not None:
        rows.append(Row("PMQA 4.0", status.pmqa_level.label_th))
    if not rows:
        rows.append(Row("ผลการดำเนินงาน", "ยังไม่มี", Tone.NEUTRAL))
    return [Section("", tuple(rows))]


def _milestone_sections(view: MilestoneView) -> list[Section]:
    if len(view.units) == 1:
        progress = view.units[0]
        steps = tuple(
            Row(f"ขั้นตอนที่ {s.number}", step_text(s), STATE_TONE.get(s.state, Tone.NEUTRAL))
            for s in progress.result.steps
        )
        deductions = tuple(Row("หัก", d.text_th, Tone.WARN) for d in progress.result.deductions)
        return [Section("ขั้นตอน", steps + deductions)]
    rows = tuple(
        Row(
            p.unit or "ทั้งหน่วยงาน",
            f"ระดับ {p.result.level} · {number(p.result.score, 2)}",
            _unit_tone(p),
        )
        for p in view.units
    )
    return [Section("รายหน่วยงาน", rows)]


def _deadline_section(deadline: Deadline, view: MilestoneView | None) -> Section:
    rows = [Row("กำหนดส่ง", deadline_text(deadline), _deadline_tone(deadline))]
    if deadline.missing_units and (view is None or len(view.units) > 1):
        rows.append(Row("ยังไม่ส่ง", ", ".join(deadline.missing_units), Tone.BAD))
    return Section("ถัดไป", tuple(rows))


def _unit_tone(progress: UnitProgress) -> Tone:
    states = {s.state for s in progress.result.steps}
    if states & {StepState.OVERDUE, StepState.FAILED}:
        return Tone.BAD
    return Tone.WARN if progress.result.deductions else Tone.GOOD


def _deadline_tone(deadline: Deadline) -> Tone:
    if deadline.days_left <= 1:
        return Tone.BAD
    return Tone.WARN if deadline.days_left <= 7 else Tone.INFO


def _percent_tone(percent: Decimal) -> Tone:
    if percent >= 75:
        return Tone.GOOD
    return Tone.WARN if percent >= 50 else Tone.BAD
