"""Writes by chat: a result value or a finished step, restated for confirmation."""

from __future__ import annotations

from dataclasses import replace

from handlers.common import (
    choose_indicator,
    find_unit,
    milestone_indicators,
    missing_organisation,
    submit_refusal,
)
from handlers.confirmations import ask_confirmation
from handlers.context import Context
from handlers.intents import MarkStep, SubmitValue
from handlers.nlu import resolve_step
from handlers.replies import (
    Reply,
    text_reply,
)
from handlers.status_text import number
from kpi_core.ledger import effective_submissions
from kpi_core.models import (
    Indicator,
    MilestoneStep,
    ScoringMethod,
    Submission,
    SubmissionAction,
    SubmissionKind,
)
from kpi_core.thai_dates import format_thai_date

CHANNEL_TH = {
    "google_drive": "Google Drive",
    "google_form": "Google Form",
    "paper": "กระดาษ",
    "email": "อีเมล",
}


def handle_submit_value(intent: SubmitValue, ctx: Context) -> Reply:
    """Restate a result value and ask to confirm; questions implausible values."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    pct = "%" if intent.percent else ""
    chosen = choose_indicator(org, intent.indicator, f"submit:{intent.value}:{pct}")
    if isinstance(chosen, Reply):
        return chosen
    if chosen.method is ScoringMethod.MILESTONES:
        return text_reply(f"ตัวชี้วัด {chosen.code} ส่งเป็นขั้นตอนครับ พิมพ์เช่น 'ขั้นตอนที่ 3 ส่งแล้ว'")
    refusal = submit_refusal(ctx, None)
    if refusal:
        return text_reply(refusal)
    current = _current(ctx, (chosen.code, None, SubmissionKind.VALUE, None, None))
    draft = Submission(indicator_code=chosen.code, kind=SubmissionKind.VALUE, value=intent.value)
    lines = [
        f"ตัวชี้วัด {chosen.code}: {chosen.title}",
        f"ผล {number(intent.value)} {chosen.unit}".strip(),
    ]
    if current is not None and current.value is not None:
        lines.append(f"(แก้ไขจากค่าเดิม {number(current.value)})")
    return ask_confirmation(
        ctx, _superseding(draft, current), lines, value_warnings(chosen, intent)
    )


def value_warnings(indicator: Indicator, intent: SubmitValue) -> list[str]:
    """Reasons to double-check a value before storing it."""
    warnings = []
    percent = intent.percent or indicator.unit in ("ร้อยละ", "%", "เปอร์เซ็นต์")
    if intent.value < 0:
        warnings.append("ค่าติดลบ")
    if percent and intent.value > 100:
        warnings.append("ร้อยละเกิน 100")
    if any(k.upper() == "PMQA" for k in indicator.keywords) and intent.value > 500:
        warnings.append("คะแนน PMQA เต็ม 500")
    return warnings


def handle_mark_step(intent: MarkStep, ctx: Context) -> Reply:
    """Restate a finished step (unit, date, channel) and ask to confirm."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    indicators = milestone_indicators(org)
    found = next(((i, s) for i in indicators if (s := resolve_step(intent.step, i))), None)
    if found is None:
        steps = "\n".join(f"{s.number}. {s.name}" for i in indicators for s in i.steps)
        return text_reply(
            f"ไม่พบขั้นตอน '{intent.step}' ครับ" + (f"\nขั้นตอนที่มี:\n{steps}" if steps else "")
        )
    indicator, step = found
    unit = _unit_for(ctx, intent.unit)
    if isinstance(unit, Reply):
        return unit
    refusal = submit_refusal(ctx, unit)
    if refusal:
        return text_reply(refusal)
    if step.min_percent is not None and intent.value is None and intent.passed is None:
        return text_reply(f"ขั้นตอนที่ {step.number} ต้องมีร้อยละการเข้าร่วม พิมพ์เช่น 'เข้าประชุม 90%'")
    done_on = intent.done_on or ctx.today
    draft = Submission(
        indicator_code=indicator.code,
        kind=SubmissionKind.STEP,
        unit=unit,
        step=step.number,
        done_on=done_on,
        channel=intent.channel or step.channel,
        value=intent.value,
        passed=intent.passed,
    )
    current = _current(ctx, draft.slot())
    lines = _step_lines(draft, step)
    if current is not None and current.done_on is not None:
        lines.append(f"(แทนรายการเดิม ส่งเมื่อ {format_thai_date(current.done_on)})")
    warnings = _step_warnings(ctx, draft, step)
    return ask_confirmation(ctx, _superseding(draft, current), lines, warnings)


def _unit_for(ctx: Context, words: str) -> str | None | Reply:
    """The unit a step is for: the named one (coordinators), else the sender's own."""
    assert ctx.organisation is not None
    if words:
        unit = find_unit(ctx.organisation, words)
        return unit if isinstance(unit, Reply) else unit.name
    if ctx.member is not None and ctx.member.unit:
        return ctx.member.unit
    if ctx.member is not None and ctx.organisation.units:
        return text_reply("ระบุหน่วยงานด้วยครับ เช่น 'ขั้นตอนที่ 3 ส่งแล้ว กองคลัง'")
    return None


def _step_lines(draft: Submission, step: MilestoneStep) -> list[str]:
    lines = [f"ขั้นตอนที่ {step.number}: {step.name}"]
    if draft.unit:
        lines.append(f"หน่วยงาน: {draft.unit}")
    assert draft.done_on is not None
    lines.append(f"ส่งเมื่อ: {format_thai_date(draft.done_on)}")
    if draft.channel:
        lines.append(f"ช่องทาง: {CHANNEL_TH.get(draft.channel, draft.channel)}")
    if draft.value is not None:
        lines.append(f"ร้อยละ: {number(draft.value)}")
    if draft.passed is False:
        lines.append("ผล: ไม่ผ่าน")
    return lines


def _step_warnings(ctx: Context, draft: Submission, step: MilestoneStep) -> list[str]:
    warnings = []
    assert draft.done_on is not None
    if draft.done_on > ctx.today:
        warnings.append("วันที่ส่งยังไม่ถึง")
    if step.window.due is not None and draft.done_on > step.window.due:
        warnings.append(f"ช้ากว่ากำหนด {format_thai_date(step.window.due)} (หัก 0.05 คะแนน)")
    if step.channel and draft.channel and draft.channel != step.channel:
        warnings.append(f"ต้องส่งทาง {CHANNEL_TH.get(step.channel, step.channel)} (หัก 0.5 คะแนน)")
    if draft.value is not None and draft.value > 100:
        warnings.append("ร้อยละเกิน 100")
    return warnings


def _current(ctx: Context, slot: tuple) -> Submission | None:
    assert ctx.organisation is not None
    rows = ctx.ports.submissions.list(ctx.organisation.name, indicator_code=slot[0])
    return effective_submissions(rows).get(slot)


def _superseding(draft: Submission, current: Submission | None) -> Submission:
    if current is None:
        return draft
    return replace(draft, action=SubmissionAction.CORRECT, supersedes=current.id)
