"""The Thai wording of rule answers: lays out the facts of ``kpi_core.rule_knowledge``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from handlers.formatting import number, plain
from handlers.step_submissions import CHANNEL_TH
from kpi_core.models import DeductionRules, Indicator, MilestoneStep
from kpi_core.rule_knowledge import (
    ChannelFact,
    DeductionKind,
    DeductionRule,
    ScoreReason,
    steps_with_form,
)
from kpi_core.thai_dates import format_thai_date, format_thai_window

DEDUCTION_TH = {
    DeductionKind.MISSING_DOCUMENTS: "ไม่ส่งเอกสารประกอบการประเมิน",
    DeductionKind.WRONG_CHANNEL: "ส่งไม่ผ่านช่องทางที่กำหนด",
    DeductionKind.LATE_OR_INCOMPLETE: "ส่งเอกสารไม่ครบหรือช้ากว่ากำหนด",
    DeductionKind.MISSING_DIMENSION: "แผนไม่ครบทุกมิติ",
    DeductionKind.UNMET_PLAN_INDICATOR: "บรรลุค่าเป้าหมายของตัวชี้วัดในแผนไม่ถึงเกณฑ์",
}
PER_TH = {"step": "ขั้นตอนละ", "dimension": "มิติละ", "indicator": "ตัวชี้วัดละ"}


def points(value: Decimal) -> str:
    """``0.5``, ``0.05``: a deduction as the plan writes it."""
    return number(plain(value))


def steps_text(numbers: tuple[int, ...]) -> str:
    """``ขั้นตอนที่ 3``, ``ขั้นตอนที่ 3–4``, ``ขั้นตอนที่ 1, 3, 4, 5``."""
    if len(numbers) == 1:
        return f"ขั้นตอนที่ {numbers[0]}"
    if list(numbers) == list(range(numbers[0], numbers[-1] + 1)):
        return f"ขั้นตอนที่ {numbers[0]}–{numbers[-1]}"
    return "ขั้นตอนที่ " + ", ".join(map(str, numbers))


def deduction_line(rule: DeductionRule, indicator: Indicator) -> str:
    """``• ไม่ส่งเอกสารประกอบการประเมิน (ขั้นตอนที่ 3–4): หักขั้นตอนละ 0.5``."""
    what = DEDUCTION_TH[rule.kind]
    if rule.kind is DeductionKind.WRONG_CHANNEL:
        channels = {CHANNEL_TH.get(s.channel, s.channel) for s in indicator.steps if s.channel}
        what = f"ไม่ได้ส่งผ่าน {', '.join(sorted(channels))}"
    if rule.kind is DeductionKind.UNMET_PLAN_INDICATOR:
        share = (indicator.deductions or DeductionRules()).plan_target_percent
        what = f"บรรลุค่าเป้าหมายของตัวชี้วัดในแผนน้อยกว่าร้อยละ {points(share)}"
    return f"• {what} ({steps_text(rule.steps)}): หัก{PER_TH[rule.per]} {points(rule.points)} คะแนน"


def step_line(step: MilestoneStep) -> str:
    """``ขั้นตอนที่ 3 ส่งแผนพัฒนาฯ … (17–31 ม.ค. 2568)``; an undated step says when instead."""
    if step.window.due is None:
        return f"ขั้นตอนที่ {step.number} {step.name} — {step.window.text or 'ระหว่างปี'}"
    return f"ขั้นตอนที่ {step.number} {step.name} ({format_thai_window(step.window)})"


def step_needs(step: MilestoneStep, indicator: Indicator) -> list[str]:
    """What a step needs, from its data: the full wording, forms, channel, minimum."""
    lines = [f"  {step.title}"]
    if step.forms:
        lines.append(f"  แบบฟอร์ม: {', '.join(map(str, step.forms))}")
    if step.channel_note:
        lines.append(f"  ช่องทาง: {step.channel_note}")
    if step.needs_dimensions and indicator.dimensions:
        lines.append(f"  ต้องมีกิจกรรมครบทั้ง {len(indicator.dimensions)} มิติ อย่างน้อยมิติละ 1")
    return lines


def channel_text(fact: ChannelFact, asked: str) -> str:
    """Whether ``asked`` is allowed for the step, and what it costs otherwise."""
    step = fact.step
    required = CHANNEL_TH.get(fact.required, fact.required)
    named = CHANNEL_TH.get(asked, asked)
    how = step.channel_note or (f"ส่งผ่าน {required}" if required else "")
    if fact.allowed is False:
        head = f"ไม่ได้ครับ ขั้นตอนที่ {step.number} ({step.name}) ต้อง{how}"
        return f"{head}\nถ้าส่งทาง{named} จะถูกหัก {points(fact.penalty)} คะแนน"
    if fact.allowed is True:
        return f"ได้ครับ ขั้นตอนที่ {step.number} ({step.name}) {how}"
    if how:
        return f"ขั้นตอนที่ {step.number} ({step.name}): {how}"
    return f"ขั้นตอนที่ {step.number} ({step.name}) แผนไม่ได้กำหนดช่องทางส่งไว้"


def form_text(indicator: Indicator, number_: int, title: str) -> str:
    """What form ``number_`` is, which step sends it and when."""
    lines = [f"แบบฟอร์มหมายเลข {number_}: {title}"]
    lines += [f"ส่งใน{step_line(s)}" for s in steps_with_form(indicator, number_)]
    if indicator.forms_url:
        lines.append(f"ดาวน์โหลดแบบฟอร์ม: {indicator.forms_url}")
    return "\n".join(lines)


def score_reason_text(unit: str, reason: ScoreReason, indicator: Indicator) -> str:
    """``กองคลัง: ระดับ 3 คะแนน 2.50`` with the sum that gives the score."""
    lines = [f"{unit}: ระดับ {reason.level} คะแนน {number(reason.score, 2)}"]
    if reason.passed_steps:
        lines.append(f"• ผ่าน{steps_text(reason.passed_steps)} จึงได้ระดับ {reason.level}")
    else:
        lines.append("• ยังไม่ผ่านขั้นตอนที่ 1 จึงยังไม่ได้ระดับ")
    for deduction in reason.deductions:
        lines.append(f"• หัก ขั้นตอนที่ {deduction.step}: {deduction.text_th}")
    if reason.deductions:
        taken = sum((d.points for d in reason.deductions), Decimal(0))
        lines.append(f"รวม {reason.level} − {points(taken)} = {number(reason.score, 2)}")
    else:
        lines.append("ไม่มีการหักคะแนน")
    if reason.blocking_step is not None:
        lines.append(f"ขั้นถัดไป: {step_line(reason.blocking_step)}")
    return "\n".join(lines)


def meeting_lines(indicator: Indicator, today: date | None = None) -> list[str]:
    """Each meeting of the plan: title, date and time (said to be past, or today, when
    ``today`` is given: "ประชุมชี้แจงผ่านไปแล้วใช่ไหม"), place."""
    lines = []
    for meeting in indicator.meetings:
        when = format_thai_date(meeting.on, full_month=True) if meeting.on else "ยังไม่กำหนดวัน"
        time = f" เวลา {meeting.time}" if meeting.time else ""
        held = ""
        if meeting.on and today:
            held = " (จัดไปแล้ว)" if meeting.on < today else " (วันนี้)" if meeting.on == today else ""
        lines.append(f"{meeting.title}\nวันที่ {when}{time}{held}")
        if meeting.place:
            lines.append(f"ณ {meeting.place}")
        if meeting.by:
            lines.append(f"โดย {meeting.by}")
    return lines
