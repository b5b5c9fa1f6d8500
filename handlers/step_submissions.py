"""Finished steps by chat: which step, for which unit, when, through which channel, which
dimensions; restated with what would cost points, then confirmed."""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.common import (
    find_unit,
    milestone_indicators,
    missing_organisation,
)
from handlers.confirmations import ask_confirmation
from handlers.context import Context
from handlers.formatting import number, plain
from handlers.intent_spec import IntentSpec
from handlers.intents import Intent, MarkStep
from handlers.nlu import DimensionStatement, resolve_dimensions, resolve_step, unknown_dimensions
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import CHANNEL_WORDS, QUESTION, phrase_regex
from handlers.nlu.slots import CHANNEL_RES, Found, channel_of, content, split_unit, verdict
from handlers.nlu.value_checks import value_problem
from handlers.permissions import Act, refusal
from handlers.replies import (
    Reply,
    text_reply,
)
from handlers.value_submissions import current_row, superseding
from kpi_core.models import (
    DeductionRules,
    Indicator,
    MilestoneStep,
    Submission,
    SubmissionKind,
)
from kpi_core.thai_dates import format_thai_date

CHANNEL_TH = {
    "google_drive": "Google Drive",
    "google_form": "Google Form",
    "paper": "กระดาษ",
    "email": "อีเมล",
}


def handle_mark_step(intent: MarkStep, ctx: Context) -> Reply:
    """Restate a finished step (unit, date, channel, dimensions) and ask to confirm."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    problem = value_problem(intent.value) if intent.value is not None else None
    if problem:
        return text_reply(problem)
    found = _find_step(intent, milestone_indicators(org))
    if isinstance(found, Reply):
        return found
    indicator, step = found
    unit = _unit_for(ctx, intent.unit)
    if isinstance(unit, Reply):
        return unit
    why = refusal(ctx, Act.SUBMIT, unit=unit) or _step_refusal(intent, indicator, step)
    if why:
        return text_reply(why)
    draft = _step_draft(intent, ctx, indicator, step, unit)
    current = current_row(ctx, draft.slot())
    if current is not None and not draft.dimensions:
        # A correction that names no dimensions (a new date, say) keeps those already stated.
        draft = replace(draft, dimensions=current.dimensions)
    lines = _step_lines(draft, step) + _dimension_lines(draft, indicator, step)
    if current is not None and current.done_on is not None:
        lines.append(f"(แทนรายการเดิม ส่งเมื่อ {format_thai_date(current.done_on)})")
    warnings = _step_warnings(ctx, draft, step) + _dimension_warnings(draft, indicator)
    return ask_confirmation(ctx, superseding(draft, current), lines, warnings)


def _find_step(
    intent: MarkStep, indicators: list[Indicator]
) -> tuple[Indicator, MilestoneStep] | Reply:
    """The step named; with no step named, a statement of dimensions names the plan's step."""
    for indicator in indicators:
        if intent.step or not _statement(intent).stated:
            step = resolve_step(intent.step, indicator)
        else:
            step = next((s for s in indicator.steps if _needs_dimensions(indicator, s)), None)
        if step is not None:
            return indicator, step
    steps = "\n".join(f"{s.number}. {s.name}" for i in indicators for s in i.steps)
    return text_reply(f"ไม่พบขั้นตอน '{intent.step}' ครับ" + (f"\nขั้นตอนที่มี:\n{steps}" if steps else ""))


def _step_refusal(intent: MarkStep, indicator: Indicator, step: MilestoneStep) -> str:
    """Why the step cannot be restated as typed: a missing percentage or unknown dimensions."""
    if step.min_percent is not None and intent.value is None and intent.passed is None:
        return f"ขั้นตอนที่ {step.number} ต้องมีร้อยละการเข้าร่วม พิมพ์เช่น 'เข้าประชุม 90%'"
    if not _needs_dimensions(indicator, step):
        return ""
    statement = _statement(intent)
    unknown = unknown_dimensions(statement, indicator)
    if unknown:
        listed = ", ".join(f"{d.number} {d.title}" for d in indicator.dimensions)
        numbers = ", ".join(map(str, unknown))
        return f"ไม่มีมิติ {numbers} ครับ ตัวชี้วัดนี้มี {len(indicator.dimensions)} มิติ: {listed}"
    if statement.stated and not resolve_dimensions(statement, indicator):
        return "แผนต้องครอบคลุมอย่างน้อย 1 มิติครับ พิมพ์มิติที่มี เช่น 'ส่งแผนแล้ว มิติ 1 3'"
    return ""


def _step_draft(
    intent: MarkStep, ctx: Context, indicator: Indicator, step: MilestoneStep, unit: str | None
) -> Submission:
    needs = _needs_dimensions(indicator, step)
    return Submission(
        indicator_code=indicator.code,
        kind=SubmissionKind.STEP,
        unit=unit,
        step=step.number,
        done_on=intent.done_on or ctx.today,
        channel=intent.channel or step.channel,
        value=intent.value,
        passed=intent.passed,
        dimensions=resolve_dimensions(_statement(intent), indicator) if needs else frozenset(),
    )


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


def _needs_dimensions(indicator: Indicator, step: MilestoneStep) -> bool:
    return step.needs_dimensions and bool(indicator.dimensions)


def _statement(intent: MarkStep) -> DimensionStatement:
    return DimensionStatement(intent.dimensions, intent.missing_dimensions, intent.all_dimensions)


def _dimension_lines(draft: Submission, indicator: Indicator, step: MilestoneStep) -> list[str]:
    if not _needs_dimensions(indicator, step):
        return []
    if not draft.dimensions:
        return [f"มิติ: ยังไม่ระบุ (พิมพ์เช่น 'ส่งแผนแล้ว ครบ {len(indicator.dimensions)} มิติ')"]
    covered = (d for d in indicator.dimensions if d.number in draft.dimensions)
    return ["มิติ: " + ", ".join(f"{d.number} {d.title}" for d in covered)]


def _dimension_warnings(draft: Submission, indicator: Indicator) -> list[str]:
    # Unstated dimensions cost nothing (the scoring flags them instead): warn only of a gap.
    missing = sorted({d.number for d in indicator.dimensions} - draft.dimensions)
    if not draft.dimensions or not missing:
        return []
    points = number(plain((indicator.deductions or DeductionRules()).missing_dimension))
    return [f"แผนขาดมิติ {', '.join(map(str, missing))} (หัก {points} คะแนนต่อมิติ)"]


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


def _read_step(found: Found) -> Intent:
    extraction = found.extraction
    unit, rest = split_unit(found.remainder)
    for _, regex in CHANNEL_RES:
        rest = regex.sub(" ", rest)
    stated = extraction.dimensions
    return MarkStep(
        step=extraction.step or content(rest),
        done_on=extraction.dates[0].due if extraction.dates else None,
        passed=verdict(extraction.text),
        value=extraction.numbers[-1].value if extraction.numbers else None,
        unit=unit,
        channel=channel_of(extraction.text),
        dimensions=stated.dimensions,
        all_dimensions=stated.every,
        missing_dimensions=stated.missing,
    )


def _read_attendance(found: Found) -> Intent:
    """ "PMQA Team เข้าร่วมกิจกรรม 80 เปอร์เซ็นต์": the attendance phrase names the step."""
    cue = _ATTENDANCE_RE.search(found.remainder)
    intent = _read_step(replace(found, remainder=_ATTENDANCE_RE.sub(" ", found.remainder)))
    assert isinstance(intent, MarkStep)
    return replace(intent, step=found.extraction.step or (cue.group(0) if cue else intent.step))


_ATTENDANCE = "เข้าประชุม|เข้าร่วมประชุม|เข้าร่วมกิจกรรม|เข้าร่วม|attendance"
_ATTENDANCE_RE = re.compile(phrase_regex(_ATTENDANCE))
_DONE = "ส่งแล้ว|เสร็จ|เรียบร้อย|ทำแล้ว|ไม่ผ่าน|ผ่าน|done|แล้ว|ครบ"
# fmt: off
SPECS = (
    IntentSpec(MarkStep, handle_mark_step, (
        # Stating the plan's dimensions says it was done: "ขั้นตอนที่ 3 ครบทุกมิติ".
        Rule(("STEP", f"{_DONE}|DIM"), 68, _read_step, unless=QUESTION),
        Rule((_ATTENDANCE,), 66, _read_attendance, number=True, keep=True),
        # "แก้ไขแผนกองคลัง เพิ่มมิติที่ 2 แล้ว ตอนนี้ครบ 3 มิติ": a correction of the plan's step.
        Rule(("แก้ไข|แก้|ปรับปรุง|ปรับ|เพิ่ม", "DIM"), 56, _read_step),
        Rule(("ส่ง|ทำ|แนบ|อัปโหลด|อัพโหลด|upload|ยื่น|ผ่าน", "แล้ว|เรียบร้อย|DATE|DIM"), 55,
             _read_step, unless=QUESTION),
        Rule(("ส่ง|ยื่น|แนบ", CHANNEL_WORDS), 54, _read_step, unless=QUESTION),
        Rule(("ไม่ผ่าน",), 53, _read_step, unless=QUESTION),
    )),
)
# fmt: on
