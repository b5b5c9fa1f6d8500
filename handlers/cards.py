"""Card layout of a status: one summary card with a button for the card of every indicator."""

from __future__ import annotations

from decimal import Decimal

from handlers import postbacks
from handlers.deadline_view import year_notice
from handlers.formatting import number
from handlers.intents import Status
from handlers.replies import Action, Badge, Card, CardMessage, Row, Section, Tone
from handlers.status_summary import level_rows, next_deadline, summary_rows
from handlers.status_view import IndicatorView, deadline_view, indicator_view, org_title
from kpi_core.status import IndicatorStatus, OrganisationStatus
from kpi_core.thai_dates import format_thai_date

DETAIL_LABEL = "ดูรายตัวชี้วัด"
DETAIL_SHOWN = "สถานะรายตัวชี้วัด"


def status_message(status: OrganisationStatus, *, detail: bool = False) -> CardMessage:
    """The summary card, or (``detail``) one card per indicator."""
    if detail:
        cards = tuple(indicator_card(s) for s in status.indicators)
        return CardMessage(alt_text=alt_text(status), cards=cards)
    return CardMessage(alt_text=alt_text(status), cards=(summary_card(status),))


def alt_text(status: OrganisationStatus) -> str:
    """What a lock screen shows: who, when, the total and the nearest deadline."""
    parts = [f"สถานะ {org_title(status)} ณ {format_thai_date(status.today)}"]
    if year_notice(status):
        parts.append(year_notice(status))
    if status.total.percent is not None:
        parts.append(f"คะแนนรวม {number(status.total.percent, 2)}%")
    for s in status.indicators:
        for overdue in s.milestones.overdue if s.milestones else ():
            parts.append(f"ขั้นตอนที่ {overdue.step.number} เลยกำหนด {overdue.days_overdue} วัน")
    deadline = next_deadline(status)
    if deadline is not None:
        parts.append(deadline_view(deadline).text)
        if deadline.missing_units:
            parts.append(f"ยังไม่ส่ง {len(deadline.missing_units)} หน่วยงาน")
    return " · ".join(parts)


def summary_card(status: OrganisationStatus) -> Card:
    """The organisation at a glance: score, next deadline, who is missing, what is overdue;
    its button asks for every indicator's card."""
    total = status.total
    rows = [Row("ตัวชี้วัดที่มีคะแนน", f"{total.reported_count}/{total.total_count}")]
    if year_notice(status):
        rows.append(Row("ปีงบประมาณ", year_notice(status), Tone.WARN))
    badge = None
    if total.percent is not None:
        badge = Badge(f"{number(total.percent, 1)}%", _percent_tone(total.percent))
        rows.insert(0, Row("คะแนนรวม (ถ่วงน้ำหนัก)", f"{number(total.percent, 2)}%"))
    rows[1:1] = level_rows(status)
    rows += summary_rows(status)
    details = Status(unit=status.unit or "", detail=True)
    button = Action(DETAIL_LABEL, data=postbacks.encode(details), display_text=DETAIL_SHOWN)
    return Card(
        title=org_title(status),
        subtitle=f"ณ {format_thai_date(status.today)}",
        badge=badge,
        sections=(Section("", tuple(rows)),),
        footer="ข้อมูลสาธิต" if status.demo else "",
        actions=(button,),
    )


def indicator_card(status: IndicatorStatus) -> Card:
    """One indicator: result, tier or level, score, steps or units, and its deadline."""
    view = indicator_view(status)
    sections = _milestone_sections(view) if view.milestones else _measured_sections(view)
    if view.overdue:
        sections.append(_overdue_section(view))
    if view.deadline is not None:
        sections.append(_deadline_section(view))
    return Card(
        title=view.heading,
        subtitle=_subtitle(view),
        badge=Badge(view.verdict.text, view.verdict.tone),
        sections=tuple(sections),
    )


def _subtitle(view: IndicatorView) -> str:
    """The score line, led by the unit when the figures are one unit's (not the average)."""
    whose = f"{view.unit} · " if view.unit else ""
    if not view.score:
        return f"{whose}ยังไม่มีคะแนน"
    if not view.thresholds and view.passed and not view.milestones:
        return f"{whose}ผ่าน {view.passed} ({view.passed_percent}%)"
    return f"{whose}คะแนน {view.score}"


def _measured_sections(view: IndicatorView) -> list[Section]:
    rows = []
    if view.value:
        source = f" ({view.value_source})" if view.value_source else ""
        rows.append(Row("ผลการดำเนินงาน", f"{view.value}{source}"))
    if view.passed:
        rows.append(Row("ประเด็นที่ผ่าน", view.passed))
    if view.thresholds:
        rows.append(Row(view.group_label or "เกณฑ์", view.thresholds))
    if view.baseline:
        rows.append(Row("ค่าฐาน", view.baseline))
    if view.pmqa_level:
        rows.append(Row("PMQA 4.0", view.pmqa_level))
    if not rows:
        rows.append(Row("ผลการดำเนินงาน", "ยังไม่มี", Tone.NEUTRAL))
    return [Section("", tuple(rows))]


def _milestone_sections(view: IndicatorView) -> list[Section]:
    one = view.one_unit
    if one is not None:
        steps = tuple(
            row
            for s in one.steps
            for row in (
                Row(f"ขั้นตอนที่ {s.number}", s.text, s.tone),
                *(Row("", detail) for detail in s.details),
            )
        )
        deductions = tuple(Row("หัก", d, Tone.WARN) for d in one.deductions)
        return [Section("ขั้นตอน", steps + deductions)]
    rows = tuple(Row(u.name, f"ระดับ {u.level} · {u.score}", u.tone) for u in view.units)
    return [Section("รายหน่วยงาน", rows)]


def _deadline_section(view: IndicatorView) -> Section:
    deadline = view.deadline
    assert deadline is not None
    rows = [Row("กำหนดส่ง", deadline.text, deadline.tone)]
    if deadline.missing_units and not (view.milestones and view.one_unit):
        rows.append(Row("ยังไม่ส่ง", ", ".join(deadline.missing_units), Tone.BAD))
    return Section("ถัดไป", tuple(rows))


def _overdue_section(view: IndicatorView) -> Section:
    """Every step past its deadline; with several units, who still owes it."""
    many = not (view.milestones and view.one_unit)
    rows = []
    for overdue in view.overdue:
        rows.append(Row(f"ขั้นตอนที่ {overdue.step}", overdue.late, Tone.BAD))
        if many:
            rows.append(Row("ยังไม่ส่ง", ", ".join(overdue.missing_units), Tone.BAD))
    return Section("เลยกำหนด", tuple(rows))


def _percent_tone(percent: Decimal) -> Tone:
    if percent >= 75:
        return Tone.GOOD
    return Tone.WARN if percent >= 50 else Tone.BAD
