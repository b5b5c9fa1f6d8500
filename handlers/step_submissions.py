"""Finished steps by chat: which step, for which unit, when, through which channel, which
dimensions; restated with what would cost points, then confirmed."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from handlers.common import (
    find_unit,
    milestone_indicators,
    missing_organisation,
)
from handlers.confirmations import ask_confirmation
from handlers.context import Context
from handlers.formatting import number, plain, unknown_step
from handlers.intent_spec import IntentSpec
from handlers.intents import Intent, MarkStep, RegisterUnit
from handlers.last_entry import last_entry, open_drafts, open_registration
from handlers.membership import handle_register_unit
from handlers.nlu import DimensionStatement, resolve_dimensions, resolve_step, unknown_dimensions
from handlers.nlu.asides import (
    TIME_TO_COME_RE,
    photos_only_sent,
    sent_ahead_now,
    staff_papers,
    things_sent,
)
from handlers.nlu.clauses import names_an_indicator
from handlers.nlu.corrections import (
    CORRECTION_CUE_RE,
    FIELD_CORRECTING_RE,
    TOLD_BEFORE_RE,
    WRONG_AFTER_RE,
)
from handlers.nlu.evidence import (
    COMPLETE_DOCUMENTS_RE,
    FORM_SHORT_RE,
    NO_DOCUMENTS,
    counts,
    documents_said,
    every_count,
    plan_item,
)
from handlers.nlu.evidence import DOCUMENTS_RE as _DOCUMENTS_RE
from handlers.nlu.extract import DIM, Extraction, last_weekday, yearless
from handlers.nlu.extract import PLACEHOLDERS as _PLACEHOLDERS
from handlers.nlu.guards import Guarded, lead, skipping
from handlers.nlu.instructions import told_to_send, urges_to_send
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import (
    CHANNEL_WORDS,
    DELIVERABLE_WORDS,
    QUESTION,
    UNIT_PREFIXES,
    phrase_regex,
    phrase_search_regex,
)
from handlers.nlu.questions import asks, promises
from handlers.nlu.several_units import with_several_units
from handlers.nlu.slots import (
    ANY_CHANNEL_RE,
    CHANNEL_RES,
    DELIVERABLE_RE,
    INDICATOR_RE,
    UPLOAD_FAILED_RE,
    Found,
    asked_to_record,
    channel_of,
    chat_words,
    content,
    leads_with_the_plan,
    names_the_plan,
    split_unit,
    verdict,
)
from handlers.nlu.story import without_story
from handlers.nlu.value_checks import value_problem
from handlers.nlu.web_links import OTHER_LINK, link_channel
from handlers.permissions import Act, refusal
from handlers.ports import PendingAction, PendingState
from handlers.replies import (
    Reply,
    text_reply,
)
from handlers.step_batches import ask_batch_confirmation, steps_line, units_line
from handlers.step_evidence import (
    evidence_lines,
    evidence_refusal,
    evidence_warnings,
    with_counts,
)
from handlers.value_submissions import (
    OLD_VALUE,
    clock_time,
    countdown,
    current_row,
    document_count,
    late_or_numbered,
    superseding,
)
from kpi_core.fiscal_calendar import fiscal_year, fiscal_year_bounds
from kpi_core.ledger import effective_submissions
from kpi_core.models import (
    DeductionRules,
    Documents,
    Indicator,
    MilestoneStep,
    Submission,
    SubmissionKind,
)
from kpi_core.status_milestones import merge_plan_items
from kpi_core.thai_dates import ThaiDateMatch, format_thai_date, into_span

CHANNEL_TH = {
    "google_drive": "Google Drive",
    "google_form": "Google Form",
    "paper": "กระดาษ",
    "email": "อีเมล",
    OTHER_LINK: "ลิงก์อื่นที่ไม่ใช่ Google Drive",
    "line": "LINE",
}


def handle_mark_step(intent: MarkStep, ctx: Context) -> Reply:
    """Restate a finished step (unit, date, channel, dimensions) and ask to confirm."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    problem = value_problem(intent.value) if intent.value is not None else None
    if problem:
        return text_reply(problem)
    notes: list[str] = []
    replaced: PendingAction | None = None
    if intent.correction:  # "ไม่ใช่เมื่อวาน ส่งเมื่อวันจันทร์": the rest is the last entry's
        amended = _amended(intent, ctx)
        if isinstance(amended, Reply):
            return amended
        intent, notes, replaced = amended
    if intent.more_steps:  # "ขั้นตอนที่ 4 กับ 5 ส่งแล้ว": one card for every step
        return _for_several_steps(intent, ctx)
    found = _find_step(intent, milestone_indicators(org))
    if isinstance(found, Reply):
        return found
    indicator, step = found
    if intent.more:  # "กก. กับ กจ. ส่งแผนแล้ว": one card for every unit
        return _for_several_units(intent, ctx, indicator, [step], [])
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
    scored = _as_scored(ctx, draft)
    lines += evidence_lines(draft, intent, scored)
    if current is not None and current.done_on is not None:
        lines.append(f"(แทนรายการเดิม ส่งเมื่อ {format_thai_date(current.done_on)})")
    lines += notes
    warnings = _step_warnings(ctx, draft, step) + _early_warnings(draft, indicator, step)
    warnings += _dimension_warnings(draft, indicator)
    warnings += evidence_warnings(scored, indicator, step)
    if replaced is not None:  # the card of the wrong step goes only once its own is shown
        assert ctx.user_id is not None
        ctx.ports.pending.settle(replaced.token, ctx.user_id, PendingState.CANCELLED, now=ctx.now)
    return ask_confirmation(ctx, superseding(draft, current), lines, warnings)


def _for_several_steps(intent: MarkStep, ctx: Context) -> Reply:
    """One card for several steps reported in one line (for one unit or several): a detail
    that belongs to one step only is not guessed at, the steps are asked one per message; a
    step the plan does not have is said on the card and left out."""
    told = _one_steps_details(intent)
    if told:
        numbers = ", ".join((intent.step, *intent.more_steps))
        return text_reply(
            f"ข้อความนี้แจ้งหลายขั้นตอน ({numbers}) พร้อม{told} ซึ่งเป็นของขั้นตอนเดียว "
            "จึงยังไม่ได้บันทึกครับ\nกรุณาแจ้งขั้นตอนละหนึ่งข้อความ เช่น 'ขั้นตอนที่ 2 เข้าประชุม 90%'"
        )
    assert ctx.organisation is not None
    indicators = milestone_indicators(ctx.organisation)
    told_steps = (intent.step, *intent.more_steps)
    for indicator in indicators:
        found = [(words, resolve_step(words, indicator)) for words in told_steps]
        steps = [step for _, step in found if step is not None]
        if steps:
            last = indicator.steps[-1].number
            left_out = [
                f"ไม่มีขั้นตอนที่ {words} (ตัวชี้วัดนี้มีขั้นตอนที่ 1–{last}) จึงไม่รวมในรายการนี้"
                for words, step in found
                if step is None
            ]
            unique = list(dict.fromkeys(steps))
            return _for_several_units(intent, ctx, indicator, unique, left_out)
    return text_reply(unknown_step(", ".join(told_steps), indicators, "ขั้นตอนที่ 3 ส่งแล้ว"))


def _one_steps_details(intent: MarkStep) -> str:
    """What the message tells that belongs to one step only (Thai, for the reply), or ""."""
    said = []
    if intent.value is not None:
        said.append(f"ร้อยละ {number(intent.value)}")
    if intent.met is not None and intent.of is not None:
        said.append(f"จำนวน {intent.met} จาก {intent.of}")
    if intent.plan_item is not None:
        said.append(f"ผลตัวชี้วัดตามแผนที่ {intent.plan_item}")
    if intent.dimensions or intent.all_dimensions or intent.missing_dimensions:
        said.append("มิติของแผน")
    return " ".join(said)


def _for_several_units(
    intent: MarkStep,
    ctx: Context,
    indicator: Indicator,
    steps: list[MilestoneStep],
    left_out: list[str],
) -> Reply:
    """One card for a step reported for several units, or several steps: every unit and step
    it would store, and each it would not (not found, not the sender's to report, already
    recorded, or a step that needs what only it carries) said on it."""
    own = ctx.member.unit if ctx.member is not None else None
    why = refusal(ctx, Act.SUBMIT, unit=own)
    if len(steps) == 1:
        why = why or _step_refusal(intent, indicator, steps[0])
    elif intent.refused_links:
        why = why or evidence_refusal(intent, steps[0])
    if why:
        return text_reply(why)
    units = _units_of(intent, ctx, left_out)
    if isinstance(units, Reply):
        return units
    if len(steps) > 1:
        steps = _storable_steps(intent, indicator, steps, left_out)
    drafts = _new_rows(intent, ctx, indicator, [(u, s) for u in units for s in steps], left_out)
    if not drafts:
        nothing = "หน่วยงาน" if len(steps) == 1 and intent.more else "ขั้นตอน"
        return text_reply(f"ไม่มี{nothing}ที่บันทึกได้ครับ\n" + "\n".join(left_out))
    if len({d.step for d in drafts}) > 1:
        lines, warnings = _steps_card(ctx, intent, indicator, drafts)
    else:
        lines, warnings = _units_card(ctx, intent, indicator, drafts)
    return ask_batch_confirmation(ctx, drafts, lines, warnings + left_out)


def _new_rows(
    intent: MarkStep,
    ctx: Context,
    indicator: Indicator,
    pairs: list[tuple[str, MilestoneStep]],
    left_out: list[str],
) -> list[Submission]:
    """A draft for each unit and step not recorded yet; each one recorded said in ``left_out``
    (stored once, never again)."""
    drafts: list[Submission] = []
    for unit, step in pairs:
        draft = _step_draft(intent, ctx, indicator, step, unit)
        current = current_row(ctx, draft.slot())
        if current is not None and current.done_on is not None:
            done = format_thai_date(current.done_on)
            left_out.append(f"{unit}: บันทึกขั้นตอนที่ {step.number} ไว้แล้ว (ส่งเมื่อ {done}) ไม่บันทึกซ้ำ")
        elif draft.slot() not in {d.slot() for d in drafts}:
            drafts.append(draft)
    return drafts


def _units_of(intent: MarkStep, ctx: Context, left_out: list[str]) -> list[str] | Reply:
    """The units a report is for that the sender may report (the sender's own when none is
    named), each one left out said in ``left_out``."""
    if not intent.more:
        unit = _unit_for(ctx, intent.unit)
        if isinstance(unit, Reply):
            return unit
        why = refusal(ctx, Act.SUBMIT, unit=unit)
        return text_reply(why) if why or unit is None else [unit]
    units: list[str] = []
    for words in (intent.unit, *intent.more):
        unit = _unit_for(ctx, words)
        if isinstance(unit, Reply) or unit is None:
            left_out.append(f"ไม่พบหน่วยงานย่อย '{words}' จึงไม่รวมในรายการนี้")
        elif refused := refusal(ctx, Act.SUBMIT, unit=unit):
            left_out.append(f"{unit}: {refused}")
        elif unit not in units:
            units.append(unit)
    return units


def _storable_steps(
    intent: MarkStep, indicator: Indicator, steps: list[MilestoneStep], left_out: list[str]
) -> list[MilestoneStep]:
    """The steps of several that this message can store; each that needs what only it
    carries (step 5's count, step 2's attendance) said in ``left_out``."""
    kept = []
    for step in steps:
        why = _step_refusal(intent, indicator, step)
        if why:
            left_out.append(f"{why} (แจ้งขั้นตอนที่ {step.number} แยกอีกข้อความ จึงไม่รวมในรายการนี้)")
        else:
            kept.append(step)
    return kept


def _units_card(
    ctx: Context, intent: MarkStep, indicator: Indicator, drafts: list[Submission]
) -> tuple[list[str], list[str]]:
    """The lines and warnings of one step for several units."""
    first = drafts[0]
    step = indicator.step(first.step or 0)
    assert step is not None
    lines = _step_lines(replace(first, unit=None), step)
    lines.insert(1, units_line(drafts))
    lines += _dimension_lines(first, indicator, step)
    scored = _as_scored(ctx, first)
    lines += evidence_lines(first, intent, scored)
    warnings = _step_warnings(ctx, first, step) + _early_warnings(first, indicator, step)
    warnings += _dimension_warnings(first, indicator) + evidence_warnings(scored, indicator, step)
    return lines, warnings


def _steps_card(
    ctx: Context, intent: MarkStep, indicator: Indicator, drafts: list[Submission]
) -> tuple[list[str], list[str]]:
    """The lines and warnings of several steps (for one unit or several): every step by name,
    what they share once, and what differs (a channel, a warning) said of its step."""
    by_step: dict[int, Submission] = {}
    for draft in drafts:  # the first unit's draft of each step stands for the others
        by_step.setdefault(draft.step or 0, draft)
    firsts = [by_step[n] for n in sorted(by_step)]
    steps = [s for d in firsts if (s := indicator.step(d.step or 0)) is not None]
    lines = [steps_line(drafts), *(f"ขั้นตอนที่ {s.number}: {s.name}" for s in steps)]
    lines.append(units_line(drafts))
    shared = _step_lines(replace(firsts[0], unit=None, channel=""), steps[0])[1:]
    lines += shared
    channels = {d.channel for d in firsts}
    for draft, step in zip(firsts, steps, strict=True):
        named = CHANNEL_TH.get(draft.channel, draft.channel)
        if draft.channel and len(channels) > 1:
            lines.append(f"ช่องทาง ขั้นตอนที่ {step.number}: {named}")
        elif draft.channel and step is steps[0]:
            lines.append(f"ช่องทาง: {named}")
        dimensions = _dimension_lines(draft, indicator, step)
        lines += [f"ขั้นตอนที่ {step.number} {line}" for line in dimensions]
    lines += evidence_lines(firsts[0], intent, firsts[0])
    warnings: list[str] = []
    for draft, step in zip(firsts, steps, strict=True):
        scored = _as_scored(ctx, draft)
        said = _step_warnings(ctx, draft, step) + _early_warnings(draft, indicator, step)
        said += evidence_warnings(scored, indicator, step)
        warnings += [f"ขั้นตอนที่ {step.number}: {w}" for w in said]
    return lines, warnings


def _amended(
    intent: MarkStep, ctx: Context
) -> tuple[MarkStep, list[str], PendingAction | None] | Reply:
    """A correction of one field ("ไม่ใช่ขั้น 3 ขั้น 4", "วันที่ผิด ที่ถูกคือ 10 ม.ค.") with the rest
    taken from the sender's last step entry (the open card, else the latest stored), the notes
    to show with it, and the open card it replaces (cancelled only once the new card is shown);
    asked back when there is no one entry to amend."""
    found = last_entry(ctx, SubmissionKind.STEP)
    if found is None and intent.unit and open_registration(ctx) is not None:
        # "ไม่ใช่ค่ะ กองคลัง" after a registration card: its unit corrected, the card asked anew
        return handle_register_unit(RegisterUnit(unit=intent.unit, ask=True), ctx)
    if found is None:
        several = len(open_drafts(ctx, SubmissionKind.STEP)) > 1
        return text_reply(
            (
                "มีรายการขั้นตอนรอยืนยันหลายรายการ ระบุให้ชัดว่าจะแก้รายการไหนครับ"
                if several
                else "ไม่พบรายการขั้นตอนล่าสุดของคุณที่จะแก้ครับ"
            )
            + "\nพิมพ์ทั้งรายการอีกครั้ง เช่น 'ขั้นตอนที่ 3 กองคลังส่งแล้ว 13 ม.ค. ทาง Google Drive'"
        )
    base, card = found
    same_step = not intent.step or intent.step == str(base.step)
    amended = replace(
        intent,
        step=intent.step or str(base.step),
        unit=intent.unit or base.unit or "",
        done_on=intent.done_on or base.done_on,
        channel=intent.channel or base.channel,
        yearless=False,
        correction=False,
    )
    if same_step:  # what the entry said of its step stays, unless the correction says it anew
        stated = intent.dimensions or intent.missing_dimensions or intent.all_dimensions
        counted = intent.met is not None
        amended = replace(
            amended,
            passed=base.passed if intent.passed is None else intent.passed,
            value=base.value if intent.value is None else intent.value,
            dimensions=intent.dimensions if stated else tuple(sorted(base.dimensions)),
            documents=intent.documents or base.documents,
            links=intent.links or base.links,
            met=intent.met if counted else base.plan_met,
            of=intent.of if counted else base.plan_total,
            plan_item=base.item if intent.plan_item is None else intent.plan_item,
        )
        if intent.unit and base.unit and card is not None:
            # "ไม่ใช่กองคลังค่ะ กองกลาง": the wrong unit's card goes once the right one is shown.
            return amended, [f"(แทนรายการของ{base.unit} ที่ยังไม่ได้ยืนยัน)"], card
        return amended, [], None
    if card is not None:  # the card of the wrong step is dropped for the right one, once shown
        return amended, [f"(แทนรายการขั้นตอนที่ {base.step} ที่ยังไม่ได้ยืนยัน)"], card
    kept = f"(ขั้นตอนที่ {base.step} ที่บันทึกไว้ยังอยู่ ถ้าบันทึกผิดขั้น พิมพ์ 'ยกเลิกรายการล่าสุด' ก่อนกดยืนยัน)"
    return amended, [kept], None


def _find_step(
    intent: MarkStep, indicators: list[Indicator]
) -> tuple[Indicator, MilestoneStep] | Reply:
    """The step named; with no step named, a statement of dimensions names the plan's step."""
    for indicator in indicators:
        if intent.step:
            step = resolve_step(intent.step, indicator)
        elif intent.of is not None or intent.plan_item is not None:  # the plan-results step
            step = next((s for s in indicator.steps if s.plan_results), None)
        elif _statement(intent).stated:
            step = next((s for s in indicator.steps if _needs_dimensions(indicator, s)), None)
        else:
            step = resolve_step(intent.step, indicator)
        if step is not None:
            return indicator, step
    return text_reply(unknown_step(intent.step, indicators, "ขั้นตอนที่ 3 ส่งแล้ว"))


def _step_refusal(intent: MarkStep, indicator: Indicator, step: MilestoneStep) -> str:
    """Why the step cannot be restated as typed: a refused link, a missing or impossible count
    or percentage, or unknown dimensions."""
    why = evidence_refusal(intent, step)
    if why:
        return why
    unstated = intent.value is None and intent.passed is None and intent.of is None
    if step.min_percent is not None and unstated:
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
    draft = Submission(
        indicator_code=indicator.code,
        kind=SubmissionKind.STEP,
        unit=unit,
        step=step.number,
        done_on=intent.done_on or ctx.today,
        channel=intent.channel or link_channel(intent.links) or step.channel,
        value=intent.value,
        passed=intent.passed,
        dimensions=resolve_dimensions(_statement(intent), indicator) if needs else frozenset(),
        documents=intent.documents or Documents.COMPLETE,
        links=intent.links,
        item=intent.plan_item if step.plan_results else None,
    )
    return with_counts(draft, intent, step)


def _as_scored(ctx: Context, draft: Submission) -> Submission:
    """The step's record once the draft is stored: one plan indicator merges with the others."""
    if draft.item is None:
        return draft
    assert ctx.organisation is not None
    rows = ctx.ports.submissions.list(ctx.organisation.name, indicator_code=draft.indicator_code)
    same_step = draft.slot()[:4]
    others = [
        row
        for slot, row in effective_submissions(rows).items()
        if slot[:4] == same_step and slot != draft.slot()
    ]
    return merge_plan_items([*others, draft])


def _unit_for(ctx: Context, words: str) -> str | None | Reply:
    """The unit a step is for: the named one (coordinators), else the sender's own."""
    assert ctx.organisation is not None
    if not ctx.organisation.units:  # a step is never stored without its unit
        return text_reply(
            f"{ctx.organisation.name} ยังไม่มีหน่วยงานย่อย จึงบันทึกขั้นตอนไม่ได้\n"
            "ผู้ประสานงานเพิ่มก่อนด้วย 'เพิ่มหน่วยงาน <ชื่อ> (<ชื่อย่อ>)' แล้วสมาชิกพิมพ์ 'ลงทะเบียน <ชื่อกอง>'"
        )
    if words:
        unit = find_unit(ctx.organisation, words)
        return unit if isinstance(unit, Reply) else unit.name
    if ctx.member is not None and ctx.member.unit:
        return ctx.member.unit
    if ctx.member is not None:
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
    if draft.passed is False and draft.item is None:
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


def _early_warnings(draft: Submission, indicator: Indicator, step: MilestoneStep) -> list[str]:
    """A step claimed before its window (or an earlier step's, which must come first) opens:
    likely a wrong step or date, so say when it opens."""
    assert draft.done_on is not None
    earlier = [
        s
        for s in indicator.steps
        if s.round == step.round and s.number <= step.number and s.window.opens
    ]
    if not earlier:
        return []
    gate = max(earlier, key=lambda s: (s.window.opens, s.number))
    assert gate.window.opens is not None
    if draft.done_on >= gate.window.opens:
        return []
    opens = format_thai_date(gate.window.opens)
    if gate.number == step.number:
        return [f"ขั้นตอนที่ {step.number} ยังไม่เปิดส่ง (เปิด {opens})"]
    return [f"ขั้นตอนที่ {step.number} ยังไม่ถึงเวลา: ขั้นตอนที่ {gate.number} ยังไม่เปิด (เปิด {opens})"]


_STILL_WORKED_ON_RE = re.compile(
    r"(?<![\u0e01-\u0e4e])(?:ส่วน|กำลัง|อยู่\s?ระหว่าง(?:การ)?|อยู่|ปรับ|แก้|ทำ|จัดทำ|ดำเนินการ)"
    r"(?![\u0e01-\u0e4e])"
)


_CLOCK_RE = skipping(
    re.compile(r"(?:บ่าย|เวลา|ตอน)?\s?NUM\s?(?:โมง|นาฬิกา|น\.)(?:\s?(?:เช้า|เย็น|ครึ่ง))?")
)


# Whose mailbox or chat a thing was sent to ("ส่งแผนผ่านอีเมลพี่ต๋อยไปแล้ว", "ทางไลน์ของ ผอ."):
# a person, no step's word.
_WHOSE_CHANNEL_RE = Guarded(
    re.compile(
        r"(?P<channel>อีเมล์|อีเมล|e-?mail|เมล์|เมล|mail|ไลน์|line)\s?(?:ของ\s?)?"
        r"(?:พี่|น้อง|คุณ|ผอ\.?|หัวหน้า|ท่าน)(?!\s?(?:ๆ|ทุก))\S*"
    )
)


def _read_typed_step(found: Found) -> Intent | None:
    """A step typed by its number and told done ("ขั้นตอนที่ 4 กับ 5 ส่งแล้ว"); never news of it
    that sends nothing, a sending to be told of later, last year's or a hedge (see
    ``_not_sent_news``)."""
    return None if _not_sent_news(found.extraction.text) else _read_step(found)


# News of a step that is no sending of it: its window, a reminder, an announcement, the manual,
# a duty or a day passed ("ขั้นตอนที่ 4 กับ 5 เปิดให้ส่งแล้ว", "…เลยกำหนดแล้วนะคะ ส่งไม่ทัน").
_STEP_NEWS_RE = re.compile(
    r"เลยกำหนด|เกินกำหนด|หมดเขต|ปิดรับ|เปิดรับ|เปิดให้ส่ง|เปิดระบบ|แจ้งเตือน|ประกาศ|อัปเดตคู่มือ"
    r"|อัพเดตคู่มือ|ต้องส่ง|ส่งไม่ทัน|ส่งได้เลย"
)
_SENT_TOLD_RE = re.compile(r"(?:ส่ง|ยื่น|แนบ|อัป|อัพ|ผ่าน|เสร็จ|ประชุม)\S{0,12}?(?:แล้ว|เรียบร้อย)")
# A hedge on what someone else did: "เหมือนขั้นตอนที่ 4 กับ 5 จะส่งไปแล้วนะ".
_HEDGE_RE = re.compile(r"เหมือน(?:ว่า)?.{0,40}?จะ")


def _not_sent_news(text: str) -> bool:
    """Whether a message naming a step tells no sending of it: news of its window or the like,
    a sending to be told of later, last year's ("ปีที่แล้วขั้นตอนที่ 4 กับ 5 ส่งช้า"), or a hedge."""
    if _done_later(text) or "เหมือน" in text and _HEDGE_RE.search(text):
        return True
    if "ปี" in text and _LAST_YEAR_RE.search(text):
        return not _DONE_WORDS_RE.search(_LAST_YEAR_RE.sub(" ", text)) or "ช้า" in text
    news = _STEP_NEWS_RE.search(text)
    return news is not None and not _SENT_TOLD_RE.search(_STEP_NEWS_RE.sub(" ", text))


def _read_not_passed(found: Found) -> Intent | None:
    """A step told not passed ("แผนไม่ผ่านค่ะ ต้องแก้"); an upload or a login that failed
    ("อัปขึ้นไดรฟ์ไม่ผ่านเลย", "แนบไฟล์แผนไม่ผ่าน") is no verdict on a step."""
    text = found.extraction.text
    failed = UPLOAD_FAILED_RE.search(text)
    if failed is not None and "ไม่ผ่าน" not in text[: failed.start()] + text[failed.end() :]:
        return None
    return _read_step(found)


# More promised, or the fix still to come, after the plan's dimensions were edited: no edit
# ("…แต่แบบฟอร์ม 3 ยังรอลงนาม จะจัดส่งเพิ่มเติมภายในสัปดาห์นี้", "…ยังขาดมิติที่ 2 เดี๋ยวจะให้
# เขาแก้": the fix is the unit's, to come).
_FIX_TO_COME_RE = re.compile(
    phrase_search_regex(
        "จะส่งเพิ่ม|จะจัดส่งเพิ่ม|จะนำส่งเพิ่ม|เดี๋ยวเติม|เดี๋ยวเพิ่ม|จะเติม|จะเพิ่ม|ค่อยเติม"
        "|ค่อยเพิ่ม|เติมทีหลัง|เพิ่มทีหลัง|เติมภายหลัง|เพิ่มภายหลัง"
        "|จะแก้|จะให้แก้|ให้เขาแก้|ให้เค้าแก้|ให้เขาไปแก้|ให้เค้าไปแก้|ให้ไปแก้|ไปให้แก้"
        "|เดี๋ยวแก้|ค่อยแก้|แก้ทีหลัง|แก้ภายหลัง|ส่งกลับไปแก้|ตีกลับ"
        # A fix still owed, said of the plan ("พี่ว่าแผนกองเรายังต้องแก้มิติ 2 อีกหน่อยนะ"):
        # a remark on what is left to do, no edit told.
        "|ต้องแก้|ต้องเติม|ต้องเพิ่ม|ต้องปรับ"
    )
)
# A fix said not to be needed: "ไม่ต้องให้เขาแก้อีก", "ไม่จำเป็นต้องส่งกลับไปแก้", "ไม่ต้องแก้".
_NO_FIX_NEEDED_RE = re.compile(r"ไม่\s?(?:จำเป็น\s?)?(?:ต้อง\s?)?$")
# The fix told done after it was owed: "แก้แล้ว", "ปรับเรียบร้อยแล้ว", "เติมให้แล้ว".
_FIX_DONE_RE = re.compile(r"(?:แก้|ปรับ|เติม|เพิ่ม)(?:ไข|ปรุง)?\s?(?:ให้\s?)?(?:แล้ว|เรียบร้อย|เสร็จ)")
# The message turned to another unit before the fix: "…ส่วนกองกลางเดี๋ยวแก้ให้".
_TURNED_TO_RE = re.compile(r"ส่วน\s?(?P<rest>.*)$")


def _fix_to_come(masked: str) -> bool:
    """Whether ``masked`` promises more, or a fix to come, of the plan whose dimensions it
    tells edited: a fix said not needed, or said of another unit the message turns to after
    the dimensions, is none."""
    for match in _FIX_TO_COME_RE.finditer(masked):
        before = masked[: match.start()]
        if _NO_FIX_NEEDED_RE.search(before) or _FIX_DONE_RE.search(masked, match.end()):
            continue  # "ต้องแก้แผนมิติ 2 ค่ะ แก้แล้วนะคะ": the fix owed, then told done
        turned = _TURNED_TO_RE.search(before, before.rfind(DIM) + 1)
        if (
            turned is not None
            and split_unit(turned["rest"])[0]
            and DIM not in masked[match.end() :]
        ):
            # (The other unit's fix naming a dimension, "ส่วนกองกลางจะแก้มิติ 3", is still a
            # dimension to come: the edit's dimensions are not told apart from it.)
            continue
        return True
    return False


def _read_plan_edited(found: Found) -> Intent | None:
    """The plan's dimensions edited ("แก้ไขแผนกองคลัง เพิ่มมิติที่ 2 แล้ว ตอนนี้ครบ 3 มิติ"), unless
    more of it is still to come."""
    masked = found.extraction.masked
    if _fix_to_come(masked):
        return None
    read = _read_step(found)
    if isinstance(read, MarkStep) and read.missing_dimensions:
        # "…เพิ่มมิติ 2 แล้วค่ะ ส่วนกองกลางเดี๋ยวเติมมิติ 3 ให้": the dimension to come is the
        # other unit's, turned to after the edit; the edit is not told apart from it.
        turned = _TURNED_TO_RE.search(masked, masked.find(DIM) + 1)
        if turned is not None and split_unit(turned["rest"])[0]:
            return None
    return read


def _read_step(found: Found) -> Intent:
    extraction = found.extraction
    # The words of a text, read once: the unit's split, the step's words and those said may
    # all be read from the same text (a message naming no unit nor teller: "ขั้นตอนที่ 3 ส่งแล้ว").
    words_read: dict[str, str] = {}

    def words_of(text: str) -> str:
        if text not in words_read:
            words_read[text] = content(text)
        return words_read[text]

    if "จาก" in found.remainder and _SENDS_RE.search(extraction.text):
        # "ได้รับแจ้งจากกองคลังว่าส่ง…": the unit that told of its sending is the one (a verdict
        # heard from the assessor, "ได้รับแจ้งจาก กพร. ว่าขั้นตอนที่ 4 ผ่านแล้ว", is no unit's).
        found = replace(found, remainder=_HEARD_FROM_RE.sub(" ", found.remainder))
    if "บันทึก" in found.remainder:  # "รบกวนบันทึกให้ กก. ด้วยครับ ส่งแล้ว": a favour asked
        remainder = _RECORD_FAVOUR_RE.sub(lambda m: f" {m['whom'] or ''} ", found.remainder)
        found = replace(found, remainder=remainder)
    if "เรา" in found.remainder:  # "แผนกองเรา…": the sender's own unit, not one named
        found = replace(found, remainder=_OWN_UNIT_RE.sub(" ", found.remainder))
    if "NUM" in found.remainder:  # "ตอน 14.00 น.": a time of day ("น." is no unit's name)
        found = replace(found, remainder=_CLOCK_RE.sub(" ", found.remainder))
    if "ทาง" in found.remainder:  # "ทางกองขอรายงานว่า…": the sender's own unit, unnamed
        found = replace(found, remainder=_OUR_SIDE_RE.sub(" ", found.remainder))
    # "กองนิติการแจ้งมาว่าแผนส่งแล้ว": what was told starts a word of its own ("แผน"), not
    # part of the unit's run of letters (settle reads the unit out of "กองนิติการแจ้งมาว่า").
    found = _without_recipient(found)
    if "แต่" in found.remainder and documents_said(extraction.text) is not None:
        # "แผนส่งแล้วแต่ฟอร์ม 2 ยังไม่ได้แนบ": the caveat on the documents names no step.
        found = replace(found, remainder=_BUT_RE.sub(" ", found.remainder))
        if "ครบ" in found.remainder or "ขาด" in found.remainder:
            # "รายชื่อทีมยังไม่ครบ ขาดอีก 2 คน แต่ส่งไปก่อนแล้ว": what is short names no step.
            found = replace(found, remainder=_SHORT_BEFORE_BUT_RE.sub(" ", found.remainder))
    if "ถึง" in found.remainder and (span := _FORMS_SPAN_RE.search(extraction.text)):
        # "อัปโหลดแบบฟอร์มหมายเลข 1 ถึง 3": the forms' span, a word of its own as "ฟอร์ม 1-3".
        forms = f" แบบฟอร์ม {span['first']}-{span['last']} "
        found = replace(found, remainder=_FORMS_SPAN_MASKED_RE.sub(forms, found.remainder, 1))
    if "รอ" in found.remainder and _WAITED_ON_SIGNING_RE.search(found.remainder):
        # "พอดีรอท่าน ผอ. เซ็น กองคลังส่งแผน…": why it came late, a wait on a signature, no step.
        found = replace(found, remainder=_WAITED_ON_SIGNING_RE.sub(" ", found.remainder))
    if "ที่ถูก" in found.remainder:  # "เมื่อกี้พิมพ์ กจ. ที่ถูกคือกองคลัง": the slip's unit goes
        found = replace(found, remainder=_SLIP_THEN_RIGHT_RE.sub(" ", found.remainder))
    recorder = asked_to_record(extraction.text)
    if recorder and recorder in found.remainder:  # "กพร. บันทึกให้นะคะ กองกลางส่ง…"
        without = found.remainder.replace(recorder, " ", 1)
        if split_unit(without)[0]:  # the sender named after it; else the recorder sent it
            found = replace(found, remainder=without)
    told = _TOLD_RE.sub(r"\g<0> ", found.remainder)
    first = unit, rest = split_unit(told)
    if unit and "ว่า" in found.remainder:
        unit, rest = _unit_told_of(found.remainder, unit, rest)
    glued = _GLUED_PLAN_RE.search(unit)
    if glued:  # "กองคลังแผนส่งแล้ว": the plan glued after the unit's name ("…และแผน" is a name)
        unit, rest = unit[: glued.start()], f"{glued[0]} {rest}"
    if not unit:  # "ขั้นตอนที่ 2 ของกองคลัง": the unit glued to ของ
        unit, words = split_unit(words_of(found.remainder))
        rest = words if unit else rest
    if not unit:  # "ตัวชี้วัดตามแผนที่ 1 ของกองกลาง": ของ glued to the words before it too
        glued_of = _GLUED_OF_RE.sub("ของ ", found.remainder)
        # (Most texts glue nothing and tell nothing: the text split above, split once.)
        unit, words = split_unit(glued_of) if glued_of != told else first
        rest = words if unit else rest
    if "ขึ้น" in rest or "ทาง" in rest:  # (every match opens with one of them)
        rest = _UP_TO_RE.sub(" ", rest)
    if "กลุ่ม" in rest:
        rest = _IN_THE_GROUP_RE.sub(" ", rest)
    if ANY_CHANNEL_RE.search(rest):  # no channel's pattern replaces anything in a text of none
        rest = _WHOSE_CHANNEL_RE.sub(r"\g<channel> ", rest)  # "…ผ่านอีเมลพี่ต๋อยไปแล้ว"
        for _, regex in CHANNEL_RES:
            rest = regex.sub(" ", rest)
    # "ส่งแบบฟอร์ม 1-3 ครบแล้ว": the numbered forms told complete still say whose step they are.
    forms = _NUMBERED_FORMS_RE.search(rest) if "ฟอร์ม" in rest or "form" in rest else None
    for regex in (_DOCUMENTS_RE, COMPLETE_DOCUMENTS_RE):
        rest = regex.sub(" ", rest)
    if "อื่น" in rest:  # "…ยังไม่มีหน้าลงนาม ฟอร์มอื่นครบแล้ว": the rest of the documents
        rest = _OTHERS_COMPLETE_RE.sub(" ", rest)
    stated = extraction.dimensions
    channel = channel_of(extraction.text)
    met, of = counts(extraction.text)
    # "ข่าวดี ศทส ส่งแผนแล้ว", "หัวหน้าบอกว่า…": the teller's story names no step.
    words = words_of(without_story(_TOLD_RE.sub(r"\g<0> ", rest)))
    if (stated.dimensions or stated.every) and "ครบ" in words:
        # "แผนของเรามีครบ มิติที่ 1 2 3 แล้ว": complete said of the dimensions named.
        words = content(_HOLDS_WHOLE_RE.sub(" ", words))
    if channel and words:
        # "อัปไดรฟ์ไปเมื่อวานซืน": the verb of uploading to the way named names no step.
        words = content(_UPLOAD_RE.sub(" ", words))
    if stated.missing and words:
        # "…มิติ 1 กับ 2 ส่วนมิติ 3 กำลังแก้": what a dimension still waits on names no step.
        words = content(_STILL_WORKED_ON_RE.sub(" ", words))
    if "กิจกรรม" in words and (stated.dimensions or stated.every) and "แผน" in words:
        # "แผนครบ 3 มิติ มิติที่ 1 2 3 มีกิจกรรมครบ": what the plan holds, no activity attended.
        words = content(_PLAN_HOLDS_RE.sub(" ", words))
        if _ADDED_TO_PLAN_RE.search(extraction.text):
            words = content(_ADDED_WORDS_RE.sub(" ", words))
    if forms and not extraction.step and not _NUMBERED_FORMS_RE.search(words):
        # "ไอทีส่งฟอร์ม1-3ครบแล้วนะคะ": the numbered forms stay the step's words beside a
        # unit's name the split above left (an alias settle reads).
        words = f"{words} {forms[0]}".strip()
    if _BARE_FORMS_RE.match(words) and not extraction.step:
        # "ส่งแบบฟอร์มแล้วแต่ยังขาดฟอร์ม 2": the forms sent are the step whose form is short.
        short = FORM_SHORT_RE.search(extraction.text)
        words = f"{words} {_FORM_NAMED_RE.search(short[0])[0]}" if short else words
    # "ไม่ใช่ 80%", "ไม่ถึง 85%": a figure said not to be, or a threshold, is no attendance.
    text = extraction.text
    numbers = [
        n
        for n in extraction.numbers
        if not _NOT_VALUE_RE.search(text[: n.start])
        # "PMQA 4.0" is a version; "ทีม PMQA ร้อยละ ๙๒.๓๑" a share.
        and not (not n.percent and _VERSION_RE.search(text[: n.start]))
        and not document_count(text, n)
        and not late_or_numbered(text, n)
        and not countdown(text, n)  # "ส่งแผนแล้ว เหลืออีก 16 วัน": the days to spare
        and not clock_time(text, n)  # "เมื่อวานเข้าประชุม 13.30": the meeting's hour
        # "…ลืมแนบไฟล์ 5555": laughter, no figure of a step.
        and not (n.raw.startswith("555") and not n.percent and n.raw.strip("5") == "")
        # "ขั้นตอนที่ 4 กับ 5 ส่งแล้ว", "ขั้นตอนที่ 1 ถึง 3": a second step, paired or a range.
        and not (extraction.step and _NEXT_STEP_RE.search(text, 0, n.start))
    ]
    # "เข้าประชุมได้ 84% ขาดไป 1 ครั้ง", "17 จาก 18 ครั้ง = 94.4%": the percentage typed is the
    # value (the counts beside it only show how it was reached): "๗ ใน ๘ ครั้ง = ๘๗.๕ %"; a bar
    # the count falls short of ("3 ใน 4 ครั้ง ซึ่งต่ำกว่าเกณฑ์ร้อยละ 85", "บรรลุ 5 จาก 8 ตัว ต่ำกว่า
    # 85%") is no share of its own.
    percents = [n for n in numbers if n.percent]
    # "6 ใน 7 ครั้ง คิดเป็น 85.71%", "๖ จาก ๖ ครั้งค่ะ ครบ100%": a share told in words of its own
    # beside the counts keeps them; "= 87.5%" only works them out.
    if percents and (met is None or any(_WORKED_OUT_RE.search(text[: n.start]) for n in percents)):
        met = of = None
    done_on = extraction.dates[0].due if extraction.dates else None
    if done_on is not None and "ไม่ใช่" in text:
        # "ส่งวันศุกร์ ไม่ใช่เมื่อวาน": a day said not to be is not the day it was sent.
        kept = [d for d in extraction.dates if not _DAY_DENIED_RE.search(text, 0, d.start)]
        done_on = kept[0].due if kept else None
    if len(extraction.dates) > 1 and (_DAY_SET_RIGHT_RE.search(text) or "จาก" in text):
        # "เมื่อกี้บอกว่าส่งแผนวันที่ 13 จริงๆ ส่งวันที่ 14": the day set right, after the slip.
        righted = [
            d
            for before, d in zip(extraction.dates, extraction.dates[1:], strict=False)
            if _DAY_SET_RIGHT_RE.search(text, before.end, d.start)
            or (_FROM_RE.search(text, 0, before.start) and _TO_RE.match(text, before.end, d.start))
        ]
        done_on = righted[-1].due if righted else done_on
    if done_on is not None and ("ก่อน" in text or "ภายใน" in text) and _TOLD_DONE_RE.search(text):
        # "ส่งแผนแล้วค่ะ … เดี๋ยวจะเพิ่มให้ทันก่อน 31 ม.ค.", "…ภายใน 25 นี้": after a sending told
        # done, a day by when still to come is none it was sent on ("ส่งแผนไปก่อน 10 ม.ค. แล้ว",
        # a day past, is; "ส่งแผนก่อนวันที่ 31 ม.ค. นะ", nothing done, reminds of the deadline).
        kept = [
            d
            for d in extraction.dates
            if not (
                extraction.today is not None
                and d.due > extraction.today
                and _DAY_BY_WHEN_RE.search(text, 0, d.start)
                and _TOLD_DONE_RE.search(text, 0, d.start)
            )
        ]
        done_on = kept[0].due if kept else None
    if done_on is not None and (met is not None or "ขาด" in text):
        # "2 ใน 3 ครั้ง ครั้งวันที่ 20 ธ.ค. น้องติดราชการ", "ขาดครั้งวันที่ 8 ม.ค.": the day of
        # the meeting missed is none of the step's.
        kept = [d for d in extraction.dates if not _MISSED_MEETING_DAY_RE.search(text, 0, d.start)]
        done_on = kept[0].due if kept else None
    if len(extraction.dates) > 1 and ("ไม่ทัน" in text or "ไม่ได้" in text):
        # "ส่งไม่ทันเมื่อวาน เลยส่งวันนี้แทน": the day missed is not the day it was sent.
        kept = [d for d in extraction.dates if not _missed_day(text, d.start, d.end)]
        done_on = kept[0].due if kept else done_on
    if len(extraction.dates) > 1 and channel and "ไม่ทัน" not in text:
        # "ส่งทางอีเมลไปเมื่อวาน … จึงอัปโหลดขึ้น Google Drive ในวันนี้": two sendings, two
        # ways: the day said beside the way kept is the day it was sent.
        done_on = _day_of_the_way(text, extraction.dates, channel) or done_on
    if (
        done_on is not None
        and _MEETING_DAY_RE.search(text, 0, extraction.dates[0].start)
        and not (met is None and not numbers and _DONE_THEN_RE.match(text, extraction.dates[0].end))
    ):
        # "เข้าประชุมชี้แจงเมื่อ 20 ธ.ค. ครบทุกคน": the meeting's day, none of the step's; attended
        # on it and told done, nothing counted ("…เมื่อ 20 ธ.ค. 67 แล้วค่ะ"), it is the step's.
        done_on = None
    if done_on is None and "วัน" in text and not promises(text):
        weekday = last_weekday(text, extraction.today)
        if weekday is not None:  # "แผนลงไดรฟ์วันจันทร์": the last Monday, today included
            done_on = weekday[0]
            words = content(words.replace(weekday[1], " "))
    read = MarkStep(
        step=extraction.step or words,
        done_on=done_on,
        yearless=done_on is not None and bool(extraction.dates) and yearless(extraction.dates[0]),
        passed=verdict(extraction.text),
        # Several steps share no bare figure ("ส่งขั้นตอนที่ 4 กับ 5 แล้วค่ะ รอ 2 วันนะคะ", "…
        # เหลือ 6"): only a share told with its sign is theirs to be asked about one by one.
        value=(percents or numbers)[-1].value
        if percents or numbers and of is None and not extraction.more_steps
        else None,
        unit=unit,
        channel=channel,
        dimensions=stated.dimensions,
        all_dimensions=stated.every,
        missing_dimensions=stated.missing,
        met=met,
        of=of,
        links=extraction.links,
        refused_links=extraction.refused_links,
        documents=documents_said(extraction.text),
        others=words if extraction.step and not unit else "",
        # Only a deliverable sent ("ส่ง…") may name another step than the one number typed.
        said=words_of(without_story(found.remainder))
        if extraction.step.isdigit() and "ส่ง" in text and not extraction.more_steps
        else "",
        more_steps=extraction.more_steps,
    )
    return with_several_units(read, text)


# A step's number, then the next ones paired, listed or ranged with it: "ขั้นตอนที่ 4 กับ 5",
# "ขั้นที่ 1 ถึง 3", "step 2-3", "ขั้นตอนที่ 1, 2 และ 3" (the number after the cut is a step's).
_STEP_JOINED = r"\s?(?:กับ|และ|ถึง|หรือ|and|to|[-–,&+])\s?(?:(?:ขั้น(?:ตอน)?|step)\s?(?:ที่)?\s?)?"
_NEXT_STEP_RE = re.compile(
    rf"(?:ขั้นตอน|ขั้น|step)\s?(?:ที่)?\s?\d{{1,2}}(?:{_STEP_JOINED}\d{{1,2}})*{_STEP_JOINED}$"
)


def _day_of_the_way(text: str, dates: tuple[ThaiDateMatch, ...], channel: str) -> date | None:
    """The day nearest the last mention of ``channel`` when the text names two ways (each
    sending with its day), else None."""
    if sum(1 for _, regex in CHANNEL_RES if regex.search(text)) < 2:
        return None
    mentions = list(dict(CHANNEL_RES)[channel].finditer(text))
    if not mentions:
        return None
    at, end = mentions[-1].span()
    nearest = min(dates, key=lambda d: d.start - end if d.start >= end else at - d.end)
    return nearest.due


# A day said missed: "ไม่ทันเมื่อวาน", "ส่งไม่ทันวันที่ 10 ม.ค.", "เมื่อวานส่งไม่ทัน".
# A space after "ไม่ทัน" ends its clause: "เมื่อวานส่งไม่ทัน วันนี้ส่งแล้ว" sent today.
_MISSED_BEFORE_RE = re.compile(r"ไม่\s?ทัน(?:\s?(?:เมื่อ|ภายใน|ใน))?(?:\s?วันที่\s?)?$")
# ("เมื่อวานส่งแผนไม่ได้ วันนี้ส่งแล้ว": the day the sending failed)
_MISSED_AFTER_RE = re.compile(
    r"\s?(?:ค่ะ|คะ|ครับ|นะ)?\s?(?:ส่ง\s?)?(?:ไม่\s?ทัน|ไม่\s?ได้\s?ส่ง)"
    r"|\s?(?:ส่ง|ยื่น|แนบ|อัป|อัพ)\S*?ไม่\s?(?:ได้|ทัน)(?=\s|$|ค่ะ|คะ|ครับ|นะ|เลย)"
)


def _missed_day(text: str, start: int, end: int) -> bool:
    return bool(
        _MISSED_BEFORE_RE.search(text, max(0, start - 16), start)
        or _MISSED_AFTER_RE.match(text, end)
    )


# A meeting's day: "เข้าร่วมประชุมชี้แจงเมื่อ 20 ธ.ค.", "ประชุมเมื่อวันที่ 20".
# "ฟอร์มอื่นครบแล้ว", "เอกสารอื่นๆ ครบ": the documents besides the one short, said complete.
_OTHERS_COMPLETE_RE = re.compile(
    r"(?:แบบ\s?)?(?:ฟอร์ม|form|เอกสาร|ไฟล์)\s?อื่น\s?(?:ๆ\s?)?(?:ก็\s?)?(?:ครบ|เรียบร้อย)(?:\s?แล้ว)?"
)
# The meeting missed, its day after it: "ครั้งวันที่", "ขาดครั้งวันที่", "ครั้งที่ขาดไปคือวันที่".
_MISSED_MEETING_DAY_RE = re.compile(
    r"ขาด\s?(?:ไป\s?)?(?:ครั้ง\s?)?(?:คือ\s?)?(?:(?:วันที่|เมื่อ(?:วันที่)?|วัน)\s?)?$"
    r"|(?<!\d)(?<!\d\s)ครั้ง\s?(?:ที่\s?ขาด\s?(?:ไป\s?)?)?(?:คือ\s?)?(?:วันที่|เมื่อ(?:วันที่)?|วัน)\s?$"
)
_MEETING_DAY_RE = re.compile(r"ประชุม\S*\s?(?:เมื่อ|วันที่|ณ)\s?(?:วันที่)?\s?$")
# Told done right after the day: "…เมื่อ 20 ธ.ค. 67 แล้วค่ะ", "…20 ธ.ค. เรียบร้อยแล้ว".
_DONE_THEN_RE = re.compile(r"\s?(?:แล้ว|เรียบร้อย)")
# The forms named with no number ("ส่งแบบฟอร์มแล้ว"), and a form named by its number.
_NUMBERED_FORMS_RE = skipping(
    re.compile(
        r"(?:แบบ\s?)?(?:ฟอร์ม|form)\s?(?:ที่\s?|หมายเลข\s?)?\d{1,2}(?:\s?[-–]\s?\d{1,2})?(?![\d.])"
    )
)
# A wait on a superior's signature or approval, the excuse for a late sending: "พอดีรอท่าน
# ผอ. เซ็น", "เพราะรอหัวหน้าลงนาม", "รออนุมัติ".
_WAITED_ON_SIGNING_RE = re.compile(
    r"(?:(?:พอดี|เพราะ|เนื่องจาก|มัว)\s?)*(?<![\u0e01-\u0e4e])รอ\s?(?:ให้\s?)?"
    r"(?:(?:ท่าน\s?)?(?:ผอ\.?|ผู้อำนวยการ|หัวหน้า|นาย|ผู้บริหาร|ท่าน|รอง)\S*?\s?)?"
    r"(?:เซ็น|ลงนาม|อนุมัติ|เคาะ)(?:\s?(?:อยู่|นาน))*"
)
# The forms' span told in words ("แบบฟอร์มหมายเลข 1 ถึง 3"), as typed and as masked.
_FORMS_SPAN_RE = re.compile(
    r"(?:แบบ\s?)?(?:ฟอร์ม|form)\s?(?:ที่\s?|หมายเลข\s?)?(?P<first>\d)\s?ถึง\s?(?P<last>\d)(?![\d.])"
)
_FORMS_SPAN_MASKED_RE = re.compile(
    r"(?:แบบ\s?)?(?:ฟอร์ม|form)\s?(?:ที่\s?|หมายเลข\s?)?(?:\d|NUM)\s?ถึง\s?(?:\d|NUM)(?![\d.])"
)
_BARE_FORMS_RE = re.compile(r"^\s*(?:แบบ\s?)?(?:ฟอร์ม|form)\s*$")
_FORM_NAMED_RE = re.compile(r"(?:แบบ\s?)?(?:ฟอร์ม|form)\s?(?:ที่\s?|หมายเลข\s?)?\S+")


# A unit typed by mistake, then the right one pointed at: "เมื่อกี้พิมพ์ กจ. ที่ถูกคือกองคลัง".
_SLIP_THEN_RIGHT_RE = re.compile(
    r"(?:(?:เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก)\s?)?(?:พิมพ์|ใส่|กรอก)\s?(?:ผิด\s?)?(?:เป็น\s?)?\S+\s?"
    r"(?=ที่ถูก)|ที่ถูก(?:ต้อง)?(?:คือ|เป็น)"
)


def _unit_told_of(remainder: str, unit: str, rest: str) -> tuple[str, str]:
    """ "กพร.แจ้งว่ารายชื่อทีมของกองกลางส่งแล้ว": the unit named in what was told is the one
    whose work it is, not the one who told it (who is, when what was told names none:
    "ศทส.แจ้งว่าส่งแผนแล้ว")."""
    told = _TOLD_RE.search(remainder)
    if told is None:
        return unit, rest
    named, words = split_unit(_GLUED_OF_RE.sub("ของ ", remainder[told.end() :]))
    if not named:
        return unit, rest
    return named, f"{remainder[: told.end()]} {words}"


_PLAN_HOLDS_RE = re.compile(r"(?:มี|ใส่|ระบุ)\s?กิจกรรม\S*")
# "มีครบ", "ครบถ้วน": the dimensions named said complete.
_HOLDS_WHOLE_RE = re.compile(r"(?:มี\s?)?ครบ(?:\s?ถ้วน)?")
# "เพิ่มกิจกรรมมิติ 2 เข้าไป" ("เพิ่ม" is gone from the words): activities added to the plan.
_ADDED_TO_PLAN_RE = re.compile(r"(?:เพิ่ม|เติม)\s?กิจกรรม")
# Its words, no step's name ("เติมกิจกรรมมิติ 3 ในแผนแล้ว": "เติม" is no step).
_ADDED_WORDS_RE = re.compile("เพิ่ม|เติม|กิจกรรม")


def _without_recipient(found: Found) -> Found:
    """ "ส่งแผนเป็นกระดาษไปที่ กพร.": the unit sent to is no sender (the sender's own unit)."""
    match = _RECIPIENT_RE.search(found.remainder)
    if match is None or not split_unit(match["to"])[0]:
        return found
    if _FOR_A_UNIT_RE.match(found.remainder, match.start()):
        return found  # "บันทึกขั้น 4 ให้ กค. ด้วย": recorded for the unit, its sender
    # "…ถึงน้องที่ กค.": the colleague goes with the unit (no step's word).
    cut = match.start("whom") if match["whom"] else match.start("to")
    remainder = f"{found.remainder[:cut]} {found.remainder[match.end('to') :]}"
    return replace(found, remainder=remainder)


# "ส่งเมลไปหาพี่ที่ กพร.": to a colleague there, the unit where they sit. Where a paper copy was
# left ("ส่งแผนไปแบบกระดาษที่ห้อง กพร.", "เป็นเล่มกระดาษที่กลุ่มพัฒนาฯ") names whom it was sent
# to as well.
_RECIPIENT_RE = lead(
    re.compile(
        r"(?:ไป\s?|ส่ง\s?|(?<=เมล)|(?<=เมล์)|(?<=ไลน์)|(?<=กระดาษ)|(?<=เล่ม)|(?<!\S)(?<!บันทึก )(?<!ลง ))"
        r"(?:ที่|ให้|ยัง|(?P<whom>(?:หา|ถึง)\s?(?:พี่|น้อง|คุณ)\s?ที่)|ถึง)\s?(?:ห้อง\s?)?(?P<to>\S+)"
    )
)
_FOR_A_UNIT_RE = re.compile(r"ให้\s?\S+?\s?(?:ด้วย|หน่อย)(?!\s?แล้ว)")
# "อัปแผนขึ้นไดรฟ์", "ส่งแผนทางเมล": "ขึ้น", "ทาง" before a channel say where to, with it.
_UP_TO_RE = re.compile(rf"(?:ขึ้น|ทาง)\s?(?={phrase_regex(CHANNEL_WORDS)})")
# The chat group it was sent to ("…ส่งให้ในกลุ่มแล้ว", "ส่งแผนในกลุ่มไลน์แล้ว"): where it went,
# no step's words ("รูปงานเลี้ยงส่งในกลุ่มแล้วนะ" names nothing of the plan). A group named by
# its name after it ("กลุ่มงาน…", "กลุ่มพัฒนาระบบบริหาร") is a unit.
_IN_THE_GROUP_RE = re.compile(
    r"(?:ให้\s?)?(?:ใน|เข้า|ลง|ที่)\s?(?:ไลน์\s?|line\s?)?กลุ่ม(?:\s?(?:ไลน์|line))?(?:\s?นี้)?"
    r"(?![\u0e01-\u0e4ea-z])"
)
# The favour of recording asked ("รบกวนบันทึกให้ กก. ด้วยครับ ส่งแล้ว"): it names no step; the
# unit it is for stays, the "ด้วย" closing the favour goes.
_RECORD_FAVOUR_RE = re.compile(
    r"(?:(?:รบกวน|ช่วย|ฝาก|ขอ)\s?บันทึก(?:\s?ให้)?|บันทึก\s?ให้)\s?(?:หน่อย|ที(?![่้])|ด้วย)?"
    r"(?:(?P<whom>\s?\S+?)\s?(?:ด้วย|หน่อย)(?=\s|$))?"
)
_GLUED_OF_RE = re.compile(rf"ของ(?=(?:{UNIT_PREFIXES})(?!เรา))")
_OUR_SIDE_RE = re.compile(
    rf"^\s*ทาง\s?(?:{UNIT_PREFIXES}|หน่วยงาน)(?=\s|ขอ|แจ้ง|ได้|ส่ง)"
    r"(?:\s?ขอ\s?(?:รายงาน|แจ้ง|เรียน)\s?(?:ให้ทราบ\s?)?ว่า)?"
)
_OWN_UNIT_RE = re.compile(rf"(?:ของ)?\s?(?:{UNIT_PREFIXES}|หน่วยงาน|หน่วย)\s?(?:ของ)?\s?เรา|ของเรา")
# "ได้รับแจ้งจาก…", "ทราบจาก…": who told the news is the unit it is of.
_HEARD_FROM_RE = re.compile(r"^\s*(?:ได้)?\s?(?:รับแจ้ง|รับรายงาน|ทราบ|ได้ข่าว|ได้ยิน)\s?(?:มา)?\s?จาก")
_SENDS_RE = re.compile("ส่ง|แนบ|ยื่น|กรอก|อัป|อัพ")
# What was told follows "บอกว่า": "หัวหน้าบอกว่าไอทีส่งแผนแล้ว" (the story ends at ว่า).
_TOLD_RE = Guarded(re.compile(r"(?:บอก|แจ้ง|เล่า|พูด)(?:มา)?\s?ว่า"))  # searched where ว่า is
# "แผนพัฒนาหน่วยงานสู่ราชการ 4.0": the version in a title is no value.
# A share worked out from the counts before it: "๗ ใน ๘ ครั้ง = ๘๗.๕ %".
_WORKED_OUT_RE = re.compile(r"=\s*$")
_VERSION_RE = re.compile(r"(?:ราชการ|pmqa|thailand)\s*$")
# "เมื่อกี้พิมพ์ 78.5", "ตอนแรกใส่ผิดเป็น 29.5": a figure typed before a correction, the same.
# "เข้าประชุมเกิน 85%", "เกินเกณฑ์ร้อยละ 85", "บรรลุ 11 ตัว ผ่านเกณฑ์ร้อยละ 85": the bar
# passed, no share of its own.
_NOT_VALUE_RE = Guarded(
    re.compile(
        rf"(?:ไม่ใช่|ไม่ถึง|ไม่ครบ|ต่ำกว่า|น้อยกว่า|เกิน|มากกว่า|ผ่าน\s*เกณฑ์|{OLD_VALUE})\s*(?:เกณฑ์\s*)?(?:ร้อยละ\s*)?$"
    )
)


# One's own name, or a colleague's, sent into the PMQA team: "ชื่อผมเพิ่มเข้าทีม", "ชื่อน้องเข้า
# ทีม PMQA" (never another team: "ชื่อลูกเข้าทีมฟุตบอล").
_NAME_INTO_TEAM_RE = re.compile(
    r"(?<!ราย)ชื่อ\s?(?:(?:ผม|หนู|ดิฉัน|เรา|พี่|น้อง|เขา|ตัวเอง)\s?)?(?:เพิ่ม\s?)?เข้า\s?(?:ร่วม\s?)?ทีม"
    # then the message ends, or the team's unit, the way it went or its done word follows (never
    # another team's name: "ส่งชื่อน้องเข้าทีม ฟุตบอล แล้วค่ะ")
    r"(?:\s?pmqa)?(?=\s?$|\s?(?:แล้ว|เรียบร้อย|นะ|ค่ะ|ครับ|เมื่อ|วันนี้)|\s(?:ทาง|ผ่าน|ใน|ของ|กอง|ศทส|ศูนย์|สำนัก|กลุ่ม"
    r"|ฝ่าย|กค|กก|กจ|กนต|กพร|ไอที|it\b|เมื่อ|วันนี้|ไป|มา))",
    re.IGNORECASE,
)


def _read_sent(found: Found) -> MarkStep | None:
    """The step sent, unless the thing sent is something else: "ส่งรูปกิจกรรมลงอัลบั้มแล้ว"
    sends a photo (the plan's word only says of what), "ส่งรูปลงไลน์กลุ่มแล้ว" everyday things
    however they went."""
    if promises(found.extraction.masked):  # "ศทส.จะจัดส่งแผนภายในวันที่ 30": not done yet
        return None
    text = found.extraction.text
    if _due_or_failed(text) or _urged(found.original) or _due_by(text):
        return None
    if ("นี้" in text or "หน้า" in text or "มะรืน" in text) and _sent_later(text):
        return None  # "พรุ่งนี้ส่งแผนทาง drive ค่ะ": sent at a time to come, a promise
    if "ส่ง" in text and urges_to_send(text) and not _DONE_WORDS_RE.search(text):
        # "ทุกกองกรุณาส่งแผนผ่าน drive นะครับ", "ขอให้ทุกกองส่งรายงานผล…ผ่าน google drive":
        # the units asked to send (a favour asked anywhere, whom it is asked of), none sent.
        return None
    if not found.extraction.step and things_sent(text):
        return None  # "ส่งรถไปรับท่านแล้ว", "ส่งแผนที่ร้าน…": an everyday thing sent
    if not found.extraction.step and photos_only_sent(text):
        return None  # "ทีม PB เขต 3 ส่งรูปกิจกรรมไปในกลุ่มไลน์แล้ว": photos shared, however
    if "เข้า" in found.remainder and _NAME_INTO_TEAM_RE.search(found.remainder):
        # "ส่งชื่อผมเพิ่มเข้าทีม ศทส. ทาง google form": a name added to the team's list.
        found = replace(found, remainder=_NAME_INTO_TEAM_RE.sub(" รายชื่อทีม ", found.remainder))
    intent = _read_step(found)
    assert isinstance(intent, MarkStep)
    words = intent.step
    if not found.extraction.step and words and staff_papers(words):
        # "ส่งเอกสารเบิกค่าเดินทางไปกองคลังแล้ว", "ยื่นใบลาแล้ว": a staff claim or leave sent,
        # whatever plan word ("เอกสาร", "แบบฟอร์ม") names the paper it is on.
        return None
    if found.extraction.step or not words or leads_with_the_plan(words):
        return intent
    return None if names_the_plan(words) or chat_words(words) else intent


def _sent_later(text: str) -> bool:
    """Whether the sending ``text`` tells is at a time to come ("พรุ่งนี้ส่งแผนทาง drive ค่ะ",
    "ส่งแผนทางเมลบ่ายนี้นะคะ"), with nothing told done; a time of what follows it ("…แนบตาม
    พรุ่งนี้", "เอกสารพรุ่งนี้ตามไป") or of a sentence of its own after a particle closed the
    sending's ("ส่งแผนทาง drive เมื่อเช้าค่ะ พรุ่งนี้ลาพักร้อนนะคะ") is not the sending's."""
    sending = _SENDING_VERB_RE.search(text)
    if sending is None or _DONE_WORDS_RE.search(text):
        return False
    for time in TIME_TO_COME_RE.finditer(text):
        if "ตาม" in text[max(0, time.start() - _FOLLOW_REACH) : time.end() + _FOLLOW_REACH]:
            continue
        between = text[min(sending.end(), time.end()) : max(sending.start(), time.start())]
        if not _CLOSED_RE.search(between):
            return True
    return False


_SENDING_VERB_RE = re.compile("ส่ง|ยื่น|แนบ")
# A particle closing a sentence: what follows it is told of its own.
_CLOSED_RE = re.compile(r"(?:ค่ะ|คะ|ครับ|คับ|นะ|จ้า)(?:\s|$)")


# How far from a time to come "ตาม" makes it the time of what follows ("แนบตามพรุ่งนี้").
_FOLLOW_REACH = 6


def _sent_ahead(found: Found) -> Intent | None:
    """A deliverable sent ahead ("ส่งแผนไปก่อนนะคะ") with its papers told missing or short
    ("เอกสารประกอบยังไม่มีเลย เดี๋ยวตามไปทีหลัง"): the step sent, its documents as told. Without
    the papers told it may be urged ("ส่งไปก่อนเลย") and is read by the other rules; sent ahead at
    a time to come ("พรุ่งนี้ส่งแผนไปก่อนนะคะ") it is promised."""
    if asks(found.extraction.text, found.original) or not sent_ahead_now(found.extraction.text):
        return None
    read = _read_step(found)
    return read if isinstance(read, MarkStep) and read.documents is not None else None


def _read_done(found: Found) -> Intent | None:
    """ "ส่งแผนแล้ว", "ส่งแล้วเมื่อวาน": something of the plan done; everyday "ไป/ทำ/ส่ง"
    ("วันนี้ไปทำบุญ", "ไปส่งลูกที่โรงเรียนแล้ว") names nothing of it and is no write; nor is
    what must be sent, or the day to send by ("ต้องส่งแผนภายในวันที่ 20"), told as nothing done."""
    text = found.extraction.text
    countdown = _COUNTDOWN_RE.search(text)
    if countdown and not _DONE_WORDS_RE.search(text, 0, countdown.start()):
        # "อีก 3 วันต้องส่งแผนแล้วนะ": the แล้ว of time running out ("ส่งแผนแล้ว เหลืออีก 16
        # วัน" tells the plan sent, with days to spare)
        return None
    if ("สั่ง" in text or "ให้" in text or "กำชับ" in text) and _ordered_only(text):
        return None  # "ท่าน ผอ. สั่งการให้ทุกหน่วยทำแบบฟอร์ม 1-3 ให้ครบทุกมิติ": an order, none done
    if "เคย" in text and not _DONE_VERB_RE.search(_USED_TO_RE.sub(" ", text)):
        return None  # "น้องที่เคยทำ PMQA ย้ายไปแล้ว": who used to do it, nothing done now
    if _done_later(text) or found.extraction.step and _not_sent_news(text):
        # "ส่งแผนแล้วจะแจ้งนะคะ": what is done once sent, none sent yet; "ขั้นตอนที่ 4 กับ 5 เปิดให้
        # ส่งแล้ว": news of the steps, none sent
        return None
    if "ทำ" in text and _worked_on_only(found.extraction):
        return None  # "เมื่อวานทำแผนทั้งวันเลย": worked on that day, nothing finished
    found = _without_the_later_clause(found)
    intent = _read_sent(found)
    if intent is None:
        return None
    named = found.extraction.step or not intent.step or leads_with_the_plan(intent.step)
    # "หลักสูตรสอบ ผ่านระดับ 4 แล้ว", "Participatory Budgeting ผ่านระดับ 3 แล้ว": an indicator's
    # tier reached is its value, read by the value rule.
    if intent.value is not None and not found.extraction.step and _indicator_only(intent.step):
        return None
    # "PB ได้ระดับ 5 แล้วค่ะ ผ่านครบทั้ง 3 ประเด็น": the level reached, and how.
    if (
        intent.value is not None
        and not found.extraction.step
        and "ระดับ" in text
        and _indicator_only(content(_HOW_REACHED_RE.sub(" ", intent.step)))
    ):
        return None
    if intent.passed and not found.extraction.step and _indicator_only(intent.step):
        return None  # "จริยธรรม ข้อเสนอ ครม. ผ่านแล้ว": an indicator's item passed, no step
    later = _LATER_RE.search(intent.step) if named and not found.extraction.step else None
    if later is not None and intent.step[: later.start()].strip():
        # "ส่งแผนแล้ว เดี๋ยวส่งรายงานตาม": what was sent is named before what is for later;
        # "ส่งการบ้านลูกแล้ว ค่อยมาทำแผนต่อ": something else sent, the plan is for later.
        head = intent.step[: later.start()].strip()
        if not leads_with_the_plan(head):
            return None
        intent = replace(intent, step=head)
    if not named and _MUST_DIMENSIONS_RE.search(found.extraction.masked):
        return None  # "โอเคค่ะ เข้าใจแล้ว แผนต้องครบ 3 มิติ": the rule understood, nothing sent
    said = intent.links or intent.channel or intent.dimensions or intent.all_dimensions
    return intent if named or said or intent.value is not None or intent.documents else None


# A deed someone used to do ("เคยทำ", "เคยส่ง"): who they are, or what was once, nothing done now.
_USED_TO_RE = re.compile(r"เคย\s?(?:ได้\s?)?(?:ส่ง|ยื่น|แนบ|อัป|อัพ|กรอก|ทำ|ผ่าน|submit|upload)")
# A deed, then what will be done once it is ("ส่งแผนแล้วจะแจ้งนะคะ", "อัปเสร็จแล้วค่อยบอก"): the
# "แล้ว" of a sequence to come, glued to what follows.
_THEN_WILL_TELL_RE = re.compile(
    r"(?:ส่ง|ยื่น|แนบ|อัป|อัพ|ทำ)\S{0,16}?แล้ว(?:จะ|ค่อย|ก็จะ|ก็|ให้)\s?(?:แจ้ง|บอก|รายงาน|ส่งข่าว)"
)


# An order or what it asks for: "สั่งการให้…", "กำชับให้…", "…ให้ครบทุกมิติ" (make it complete).
_ORDERED_RE = re.compile(r"สั่ง\s?(?:การ)?\s?(?:ให้)?|กำชับ\s?(?:ให้)?|ให้\s?ครบ")


def _ordered_only(text: str) -> bool:
    """Whether the message orders work done and tells none done ("ท่าน ผอ. สั่งให้ทุกกองทำแผน
    ให้ครบ 3 มิติ"); "ผอ. สั่งให้ส่งเป็นกระดาษ เลยส่งแผนไปแล้ว" tells the sending."""
    return _ORDERED_RE.search(text) is not None and not _DONE_WORDS_RE.search(text)


def _done_later(text: str) -> bool:
    """Whether the only done word is the "แล้ว" of a sequence to come: "ส่งแผนเสร็จแล้วจะแจ้ง
    ในกลุ่มค่ะ" (once sent, the group will be told), none sent yet."""
    return (
        "แล้ว" in text
        and "เมื่อ" not in text  # "ส่งแผนเมื่อวานแล้วจะแจ้งนะคะ": sent on the day told
        and _THEN_WILL_TELL_RE.search(text) is not None
        and not _DONE_WORDS_RE.search(_THEN_WILL_TELL_RE.sub(" ", text))
    )


# What says work was finished, beyond the day it was done on.
_WORK_DONE_RE = re.compile(r"แล้ว|เรียบร้อย|เสร็จ|ครบ|DIM|ไปตั้งแต่")


def _worked_on_only(extraction: Extraction) -> bool:
    """Whether the only deed is work ("ทำ") and the only word of it done is its day, with no
    step typed: "เมื่อวานประชุมทีมทำแผนกันถึงทุ่มนึงเลย" tells of the work, not of a step done
    ("ทำแผนเสร็จเมื่อวาน", "ส่งแผนเมื่อวาน" are)."""
    return (
        not extraction.step
        and "DATE" in extraction.masked
        and _WORK_DONE_RE.search(extraction.masked) is None
        and _DONE_VERB_RE.search(extraction.text.replace("ทำ", " ")) is None
    )


_LATER_RE = Guarded(re.compile(r"ค่อย|เดี๋ยว|(?<![ก-ฮ])จะ"))
# A clause of what is for later, closing a report of what was sent: "ส่งไฟล์แผนแล้วค่ะ เดี๋ยว
# ส่งตัวจริงตาม", "ส่งแล้วนะคะ เดี๋ยวส่งเอกสารตาม" ("เดี๋ยวนะ", "เดี๋ยวก่อน": wait, no later), or
# opened by a time to come: "ส่งแผนแล้วค่ะ พรุ่งนี้ประชุมต่อ" (the meeting is no step sent).
_LATER_CLAUSE_RE = skipping(
    re.compile(
        r"(?<=\s)(?:(?:เดี๋ยว|ค่อย)(?!\s?(?:นะ|ก่อน|ๆ))"
        r"|พรุ่งนี้|มะรืน|บ่ายนี้|เย็นนี้|คืนนี้|(?:สัปดาห์|อาทิตย์|เดือน)\s?หน้า)\S*.*$"
    )
)
_SENT_SO_FAR_RE = re.compile(r"แล้ว|เรียบร้อย|ไป\s?เมื่อ")


def _without_the_later_clause(found: Found) -> Found:
    """``found`` with what is for later blanked (offsets kept), when a report of what was sent
    comes before it: none of its words (a channel, a paper, a step) is of what was sent."""
    return _tail_blanked(found, _LATER_CLAUSE_RE, _SENT_SO_FAR_RE)


def _tail_blanked(found: Found, tail_re: re.Pattern[str], told_re: re.Pattern[str]) -> Found:
    """``found`` with the words from ``tail_re`` on blanked (offsets kept), when ``told_re``
    finds what is told before them; as it is otherwise."""
    text = found.extraction.text
    tail = tail_re.search(text)
    if tail is None or not told_re.search(text, 0, tail.start()):
        return found
    start = tail.start()
    extraction = replace(
        found.extraction,
        text=text[:start] + " " * (len(text) - start),
        masked=tail_re.sub("", found.extraction.masked).rstrip(),
        numbers=tuple(n for n in found.extraction.numbers if n.start < start),
        dates=tuple(d for d in found.extraction.dates if d.start < start),
    )
    remainder = found.remainder
    if (cut := tail_re.search(remainder)) is not None:
        remainder = remainder[: cut.start()]
    return replace(found, extraction=extraction, remainder=remainder)


_MUST_DIMENSIONS_RE = re.compile(rf"(?:ต้อง|ควร)\s?(?:มี|ทำ|ให้)?\s?{DIM}")


# A level reached and how ("ได้ระดับ 5 … ผ่านครบทั้ง 3 ประเด็น", "ผ่านครบทุกข้อ").
_HOW_REACHED_RE = re.compile(
    r"ได้\s?ระดับ|ยก\s?ระดับ|ครบ\s?(?:ทั้ง|ทุก)?\s?(?:ประเด็น|ข้อ|ด้าน|องค์ประกอบ)?|ประเด็น|ข้อ"
)


# The cues of a thing done besides a weekday (rule 550's second group).
_DONE_CUES_RE = re.compile(r"แล้ว|เรียบร้อย|DATE|DIM|ไปตั้งแต่")
_PUT_OFF_RE = re.compile(r"เลื่อน|ขยาย|ย้าย|ทุก")
# A day something is due by: "ก่อน 31 ม.ค.", "ภายในวันที่ 31 ม.ค.", "ไม่เกิน 31 ม.ค.".
_BY_A_DAY_RE = re.compile(r"(?:ก่อน|ภายใน|ไม่เกิน)\s?(?:วันที่\s?)?DATE")
_LAST_YEAR_RE = re.compile(r"ปี\s?(?:ที่แล้ว|ก่อน|กลาย|ที่ผ่านมา)")
# A sending planned, promised, asked or reminded of ("จะได้ส่ง…", "ขอส่ง…", "คงส่ง…", "นัดส่ง…",
# "…อย่าลืมนะ", "…ดีกว่า", "…ก็ได้", "…ตามนัด"): nothing gone yet.
_NOT_GONE_YET_RE = re.compile(
    "จะ|ขอ|คง|อาจ|นัด|พร้อม|เตรียม|ก่อน|ถ้า|หาก|อย่าลืม|ดีกว่า|ไม่ทัน|แน่|ก็ได้|รับปาก|สัญญา|ช่วย|รบกวน"
)


# A sending named by what was sent in ("ฟอร์ม 3 ที่ส่งมา", "ไฟล์ที่ส่งมา"): received, as the
# thing spoken of, no step told done by the sender when no other verb of one is said.
_SENT_HITHER_RE = re.compile(r"ที่\s?(?:ส่ง|ยื่น|แนบ)\s?มา")
_DONE_VERB_RE = re.compile(r"ส่ง|ยื่น|แนบ|อัป|อัพ|กรอก|ทำ|ผ่าน|submit|upload")


def _read_done_on_a_day(found: Found) -> Intent | None:
    """``_read_done``, where a weekday named alone may be the only word of a thing done
    (``_on_a_weekday``)."""
    text = found.extraction.text
    if (
        "ปี" in text
        and _LAST_YEAR_RE.search(text)
        and not _DONE_WORDS_RE.search(_LAST_YEAR_RE.sub(" ", text))
    ):
        return None  # "คนที่ส่งแผนปีที่แล้วคือกองกลาง": last year's sending, none of this one
    hither = "ที่" in text and _SENT_HITHER_RE.search(text) is not None
    if hither and not _DONE_VERB_RE.search(_SENT_HITHER_RE.sub(" ", text)):
        return None  # "ฟอร์ม 3 ที่ส่งมาพี่ดูแล้ว แก้…": what was sent in, read by another
    masked = found.extraction.masked
    today = found.extraction.today
    if (
        _BY_A_DAY_RE.search(masked)
        and not _DONE_WORDS_RE.search(masked)
        and any(today is None or told.due >= today for told in found.extraction.dates)
    ):
        return None  # "ส่งแผนก่อน 31 ม.ค. นะคะ": the day it is due by, no day it was sent
    intent = _read_done(found)
    if not isinstance(intent, MarkStep) or _DONE_CUES_RE.search(found.extraction.masked):
        return intent
    # "กองคลังจะส่งแผนวันศุกร์", "ขอเลื่อนส่งแผนไปวันศุกร์": none sent yet.
    return intent if _on_a_weekday(intent, found.extraction.text) else None


def _on_a_weekday(intent: MarkStep, text: str) -> bool:
    """ "กนต.ส่งรายชื่อทีมวันศุกร์ค่ะ", "ส่งแผนไปวันจันทร์": a step sent on a weekday named alone,
    read as a day past (``last_weekday``), by a unit named or sent off ("ส่ง…ไปวัน…"); never a
    day put off to or every week."""
    if intent.done_on is None or _PUT_OFF_RE.search(text) or _NOT_GONE_YET_RE.search(text):
        return False
    # Sent off ("ส่ง…ไปวันศุกร์"); a unit named beside a weekday alone may be told the coming
    # one ("กองคลังส่งแผนวันศุกร์นะคะ", said on a Wednesday).
    return re.search(r"ไป\s?วัน", text) is not None


def _due_by(text: str) -> bool:
    """ "ต้องส่งแผนภายในวันที่ 20", "ส่งแผนภายใน DATE ผ่าน google drive เท่านั้น": the day to send
    by, told with nothing done. The way it had to go, learnt of late ("ส่งทางอีเมลไปเมื่อวาน
    เพิ่งรู้ว่าต้องส่งทางไดรฟ์"), is no day to send by."""
    due = _LEARNT_WAY_RE.sub(" ", text) if "ว่า" in text else text
    return _DUE_RE.search(due) is not None and not _DONE_WORDS_RE.search(text)


def _urged(text: str) -> bool:
    """ "วันนี้ส่งแผนกันนะคะ", "ส่งแผนกันได้แล้วนะ": a sending urged on the group (as typed: the
    particles that urge are gone from the extraction's text), or asked for ("รบกวนส่งแผนวันนี้"),
    unless one is told done besides."""
    urged = "กัน" in text and _URGED_RE.search(text) is not None
    closing = "ด้วย" in text and (asked := _ASKED_LAST_RE.search(text)) is not None
    if closing and _SENDING_RE.search(text, 0, asked.start()):  # type: ignore[union-attr]
        # "กองคลังส่งแผนเมื่อวานค่ะ ส่งทางเมลด้วย": a sending told, then how it went besides
        closing = False
    if not urged and not closing and _ASKED_FOR_RE.match(text) is None:
        return False
    return not _DONE_WORDS_RE.search(_ASKED_FOR_RE.sub(" ", _URGED_RE.sub(" ", text)))


# The day to send by, by its date or by a word ("ภายในวันนี้", "ภายในวันศุกร์นี้", "ภายในสัปดาห์นี้").
_DUE_RE = Guarded(
    re.compile(
        r"ต้อง\s?(?:ส่ง|ยื่น|แนบ|อัป|อัพ|จัดทำ|ทำ|เตรียม)|(?:ภายใน|ไม่เกิน)\s?(?:วันที่|วัน)?\s?(?:\d|DATE|นี้|พรุ่งนี้|มะรืน"
        r"|สิ้น|สัปดาห์|อาทิตย์|เดือน|จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์)"
    )
)
_DONE_WORDS_RE = re.compile("แล้ว|เรียบร้อย")
_LEARNT_WAY_RE = re.compile(
    r"(?:รู้|ทราบ|ลืม|นึก|คิด|ได้ยิน)\S{0,12}?\s?ว่า\s?(?:ต้อง|ให้)\s?(?:(?:ส่ง|ขึ้น|อัป|อัพ|ลง|แนบ)\s?){0,2}"
    rf"(?:ทาง|ผ่าน|ใน|ลง|บน|เข้า)?\s?(?:{phrase_regex(CHANNEL_WORDS)})"
)


def _due_or_failed(text: str) -> bool:
    """ "ต้องส่งแผนแล้ว", "ได้เวลาส่งแผนแล้ว" (it is time), "เมื่อวานส่งแผนไม่ได้" (it failed),
    "ให้ส่งแผนแล้ว" (it was asked of someone):
    no step sent, unless a sending is told done outside those words ("…ไม่ได้ วันนี้ส่งแล้ว")."""
    if "ให้" in text and told_to_send(text):  # "ให้ส่งแผนแล้ว", "บอกให้กองคลังส่งแผนแล้ว"
        return True
    if "ว่า" in text:  # "…ลืมไปว่าต้องอัปไดรฟ์": the way it had to go is no sending due
        text = _LEARNT_WAY_RE.sub(" ", text)
    if not (_DUE_NOW_RE.search(text) or _FAILED_RE.search(text) or _ALLOWED_RE.search(text)):
        return False
    rest = _ALLOWED_RE.sub(" ", _FAILED_RE.sub(" ", _DUE_NOW_RE.sub(" ", text)))
    # "…ไม่ได้ วันนี้ส่งแล้ว": done told of a sending; the "แล้ว" of a move or of a form closed
    # ("ผมย้ายไปกองกลางแล้ว แต่ยังส่งแผนไม่ได้", "…ไม่ได้ค่ะ ฟอร์มปิดแล้ว") tells none.
    return not (_PUT_DONE_RE.search(rest) or _DONE_OR_PAST_RE.search(rest) and _PUT_RE.search(rest))


_SENDING = r"(?:ส่ง|ยื่น|แนบ|อัป|อัพ)"
# A sending due now, its words up to the next space (where its แล้ว stands).
_DUE_NOW_RE = Guarded(re.compile(rf"(?:ต้อง|ได้เวลา|ถึงเวลา)\s?{_SENDING}\S*"))
# A sending (or a filling in) that could not be made or came too late, closing its clause
# ("ส่งแผนไม่ได้ค่ะ", "กรอกฟอร์มไม่ทัน"; not "ส่งแผนไม่ได้แนบฟอร์ม 3", sent without a form).
_FAILED_RE = Guarded(
    skipping(
        re.compile(
            rf"(?:(?:{_SENDING}|ใส่|กรอก)\S*?ไม่\s?(?:ได้|ทัน)|(?:upload|อัปโหลด|อัพโหลด)\s\S*?ไม่\s?(?:ได้|ทัน|ขึ้น))"
            r"(?:เลย|นะ|ค่ะ|คะ|ครับ|คับ|จ้า|อ่ะ|อะ)*(?=\s|$)"
        )
    )
)
# A sending allowed, up to the next space: "ส่งแผนล่วงหน้าได้นะคะ", "ส่งแผนได้เลยนะคะ" (never
# "ส่งได้แล้ว", which may tell it gone).
_ALLOWED_RE = Guarded(re.compile(rf"{_SENDING}\S*?ได้\s?(?:เลย|นะ|น้า)\S*"))
# A sending urged on the group, up to the next space: "วันนี้ส่งแผนกันนะคะ", "ส่งแผนกันได้แล้วนะ"
# (it may be sent now), "…กันด้วยนะ", "…กันเถอะ"; never "ส่งแผนกันแล้ว" (sent together).
_URGED_RE = re.compile(rf"{_SENDING}\S*?กัน\s?(?:ได้\s?แล้ว|นะ|น้า|เถอะ|เถิด|ด้วย|หน่อย|เร็ว)\S*")
# A sending asked for, opening the message: "รบกวนส่งแผนวันนี้", "รบกวนกองคลังส่งแผน…", "ช่วยส่ง
# แผนวันนี้ด้วย" (whom it is asked of at most a word before the sending); the favour of recording
# ("รบกวนบันทึกด้วยค่ะ ส่งแผนวันนี้") is no such ask.
_ASKED_FOR_RE = re.compile(
    rf"^\s*(?:รบกวน|ช่วย|ฝาก)\s?(?:(?!บันทึก|ลง|กรอก)\S{{1,12}}?\s?)??{_SENDING}"
)
# A sending asked for, closing the message with "ด้วย" ("สรุปรายงานการประชุมเมื่อวานส่งในกลุ่ม
# ด้วยครับ", "ส่งแผนมาให้ด้วยนะคะ"); not a fix or a record asked after the sending's word ("แก้
# วันที่ส่งแผนให้ด้วย", "ส่งแผนแล้ว ฝากบันทึกด้วย": the sending is told there).
_ASKED_LAST_RE = re.compile(
    rf"(?:^|\s)(?:(?!แก้|บันทึก|ลง|อัปเดต|อัพเดต|ขอโทษ|ฝาก|รบกวน)\S)*{_SENDING}"
    r"(?:(?!แล้ว|เรียบร้อย|บันทึก)\S)*?\s?ด้วย\s?(?:นะ)?\s?(?:ครับ|ค่ะ|คะ|คับ|จ้า|จ้ะ)?[\s!.~]*$"
)
_SENDING_RE = re.compile(_SENDING)
# Verbs of a deliverable sent or put up, and words of it finished, beside a done word.
_PUT_RE = re.compile(rf"{_SENDING}|กรอก|ขึ้น|ลง|submit|upload")
_PUT_DONE_RE = re.compile("เรียบร้อย|เสร็จ")
# A done word or a past day: "ส่งกระดาษไปเมื่อวาน" (never "ส่งทางไดรฟ์แทน" alone, which may
# tell the way to send instead).
_DONE_OR_PAST_RE = re.compile("แล้ว|เรียบร้อย|เมื่อ")
_COUNTDOWN_RE = Guarded(
    re.compile(r"(?:เหลือ|อีก)\s?(?:อีก\s?)?(?:\d+|NUM)\s?(?:วัน|สัปดาห์|อาทิตย์|เดือน)")
)


# A plan wished for ("ผอ.อยากให้แผนมีมิติ 3"), of another year ("แผนปีที่แล้วมีแค่มิติ 1") or
# of another body ("แผนของจังหวัดเชียงใหม่เอกสารยังไม่ครบ"): no report of this year's plan.
_NOT_THIS_PLAN = (
    "อยาก|ปีที่แล้ว|ปีก่อน|ปีที่ผ่านมา|ปีหน้า|ปีโน้น|ของจังหวัด|ของกระทรวง|ของกรม|จังหวัดอื่น|กระทรวงอื่น|กรมอื่น|หน่วยงานอื่น"
)


def _read_checked(found: Found) -> Intent | None:
    """ "ผลตรวจแผนของ ศทส. ผ่านแล้ว": a step's deliverable named, checked and passed (or not)."""
    intent = _read_step(found)
    if not isinstance(intent, MarkStep) or intent.passed is None:
        return None
    return intent if found.extraction.step or leads_with_the_plan(intent.step) else None


# A deliverable's documents told short, unless asked, supposed, or sent otherwise than short
# ("ส่งมาไม่ครบ", "ส่งมาแค่ฟอร์ม 1" say how short, "ส่งแผนละแต่ลืมแนบฟอร์ม 2" sent with a
# but; "ยังไม่ได้ส่งแผน" sends nothing).
_SHORT_DOCUMENTS_VETO = re.compile(
    phrase_regex(f"{QUESTION}|ใคร|ต้อง|ถ้า|หาก|{_NOT_THIS_PLAN}")
    + r"|ส่ง(?!\s?(?:มา|ไป)?\s?(?:ไม่\s?ครบ|แค่|เพียง)|\S{0,20}\s?แต่)|(?:ไม่\s?ได้|ยังไม่)\s?ส่ง"
)
_COMPLETE_DOCUMENTS = (
    "เอกสารครบ|เอกสารประกอบครบ|แนบเอกสารครบ|แนบครบ|ไฟล์ครบ|เอกสารประกอบแนบครบ|เอกสารแนบครบ"
)


def _read_unit_corrected(found: Found) -> Intent | None:
    """ "ขอโทษค่ะ ที่แจ้งส่งแผนเมื่อกี้ไม่ใช่กองคลัง เป็นกองกลาง": the step just reported, its
    unit corrected; the words of the no stay for settle to tell the wrong unit from the right.
    The right one is a unit's word ("เป็นกองกลาง", "กนต. ต่างหาก"): "ส่งแผนไม่ใช่เรื่องยาก
    เป็นเรื่องง่าย", "ที่ต้องส่งไม่ใช่แผน เป็นรายชื่อทีม" correct no unit."""
    if not _RIGHT_UNIT_RE.search(found.extraction.text) or _HABIT_RE.search(found.extraction.text):
        return None  # "ปกติ เป็นกองกลางส่งแผน ไม่ใช่กองคลัง": who usually sends, no report
    remainder = _SENT_VERB_RE.sub(" ", _TOLD_BEFORE_RE.sub(" ", found.remainder))
    # "…เป็นกองคลังส่งรายชื่อทีม ไม่ใช่กองกลาง": the unit said not to be goes.
    remainder = _NOT_THE_UNIT_RE.sub(" ", remainder)
    return _read_done(replace(found, remainder=remainder))


# Who sends as a rule, told: "ปกติ…", "…ทุกปี", "…เสมอ", "…เหมือนเดิม", "ตามคำสั่ง…".
# A past year's sender is no correction either: "คนที่ส่งแผนปีที่แล้วคือกองกลาง ไม่ใช่กองคลัง".
_HABIT_RE = re.compile(
    "ปกติ|ทุกปี|ทุกครั้ง|ทุกรอบ|เสมอ|เหมือนเดิม|ประจำ|ตามคำสั่ง|มีหน้าที่|ปีที่แล้ว|ปีก่อน|ปีกลาย|ปีที่ผ่านมา"
)
# "ที่แจ้ง…", "ที่บอกว่า…": the report before, told again; the verbs of sending.
_TOLD_BEFORE_RE = re.compile(r"ที่\s?(?:แจ้ง|บอก|พิมพ์|รายงาน)(?:\s?ว่า)?")
_SENT_VERB_RE = re.compile("ส่ง|ยื่น|แนบ")
_NOT_THE_UNIT_RE = re.compile(r"ไม่ใช่\s?(?:(?:ของ|ที่)\s?)?\S+")
_A_UNIT = rf"(?:{UNIT_PREFIXES}|[\u0e01-\u0e2e]{{1,5}}\.)"
_RIGHT_UNIT_RE = re.compile(
    rf"ไม่ใช่\s?{_A_UNIT}.*(?:เป็น|ที่ถูก\s?(?:คือ|เป็น)?)\s?{_A_UNIT}"
    rf"|{_A_UNIT}\S{{0,30}}\s?ต่างหาก"
    # Who sent it, then the one it was not: "กองกลางเป็นคนส่งแผน ไม่ใช่กองคลัง".
    rf"|{_A_UNIT}\S{{0,30}}?เป็น\s?(?:คน|ผู้)\s?(?:ส่ง|ยื่น|แนบ).*ไม่ใช่\s?{_A_UNIT}"
    # The right one, its sending, then the wrong one: "ผิดกองค่ะ เป็นกองกลางส่งแผน ไม่ใช่กองคลัง".
    rf"|(?<!\S)เป็น\s?{_A_UNIT}\S{{0,30}}?(?:ส่ง|ยื่น|แนบ)\S*\s.*ไม่ใช่\s?{_A_UNIT}"
    # The same after a no, as who it must be: "ไม่ใช่ค่ะ ต้องเป็นกองกลางส่งแผน ไม่ใช่กองคลัง".
    rf"|^(?:ไม่ใช่|ผิด)\S*\s+ต้อง\s?เป็น\s?{_A_UNIT}\S{{0,30}}?(?:ส่ง|ยื่น|แนบ)\S*\s.*ไม่ใช่\s?{_A_UNIT}"
    # Who sent it is the right one: "คนที่ส่งแผนคือกองกลาง ไม่ใช่กองคลัง", "ที่ส่งรายชื่อทีมคือ ศทส."
    rf"|ที่\s?(?:ส่ง|ยื่น|แนบ)\S{{0,30}}\s?คือ\s?{_A_UNIT}.*ไม่ใช่\s?{_A_UNIT}"
)


def _read_team_named(found: Found) -> Intent | None:
    """ "กองกลางลงชื่อทีมในฟอร์มแล้ว": putting the team's names down is sending them."""
    return _read_done(replace(found, remainder=f"{found.remainder} ชื่อทีม"))


def _read_check_result(found: Found) -> Intent | None:
    """ "ผลตรวจแผนกองกลางออกแล้วค่ะ ผ่านนะคะ", "ผลประเมินขั้นตอนที่ 2 ของกองคลังออกมาแล้ว
    ไม่ผ่าน": a step's check result out, and its verdict told."""
    passed = verdict(found.extraction.text)
    if passed is None:
        return None
    intent = _read_step(replace(found, remainder=_RESULT_WORDS_RE.sub(" ", found.remainder)))
    if not isinstance(intent, MarkStep) or not intent.step:
        return None
    named = found.extraction.step or leads_with_the_plan(intent.step)
    return replace(intent, passed=passed) if named else None


# What is left of a check result's words once its cues go: "ไม่" of "ไม่ผ่าน", the check's verb.
_RESULT_WORDS_RE = re.compile(r"ไม่|ตรวจ|ประเมิน|พิจารณา|ออก")


def _read_short_documents(found: Found) -> Intent | None:
    """ "แผนกองคลังเอกสารแนบยังไม่ครบ", "กค. แผนมาแล้วแต่ยังขาดแบบฟอร์ม 3": a deliverable told
    with its documents short, no verb of sending needed."""
    if not _DOCUMENTS_RE.search(found.extraction.text):
        return None
    # "กคส่งแผนละแต่ลืมแนบฟอร์ม2": the verb of sending glued between the unit and the plan.
    intent = _read_done(replace(found, remainder=_SENT_BUT_RE.sub(" ", found.remainder)))
    if isinstance(intent, MarkStep) and not intent.step:
        # "กองกลางทำแผนเสร็จแล้วค่ะ … แต่ฟอร์ม 2 ยังเป็นไฟล์ร่างอยู่": the plan swallowed by the
        # unit's run of letters; the rules of the verbs read it.
        return None
    return intent


# "กองกลางอัปแผนขึ้นไดรฟ์แล้วค่ะ แต่…": or the verb of uploading.
_SENT_BUT_RE = re.compile(r"(?:ส่ง|อั[ปพ](?:โหลด)?(?!เดต))(?=\S{0,24}\s?แต่)")


def _read_reported(found: Found) -> Intent | None:
    """ "ศทส. รายงานผลแล้ว": the report's words part the unit typed before them from the rest."""
    spaced = _REPORTED_RE.sub(r" \g<0> ", found.remainder)
    return _read_done(replace(found, remainder=spaced))


_REPORTED_RE = re.compile("รายงานผล")
# The caveat runs to the end, or to the unit named after it ("…เอกสารไม่ครบ ของกองกลาง").
# (Never the "แต่" of "ตั้งแต่", since: "ส่งไปตั้งแต่ 13 ม.ค. แล้ว แต่…".)
# ("…เสนอผู้อำนวยการกองลงนาม": the division's director names no unit after the caveat.)
_BUT_RE = skipping(
    re.compile(rf"(?<!ตั้ง)แต่(?:(?!ของ|(?<!อำนวยการ)(?<!อำนวยการ\s)(?:{UNIT_PREFIXES})).)*")
)
_SHORT_BEFORE_BUT_RE = re.compile(
    r"(?:ยัง\s?)?(?:ไม่\s?ครบ|ขาด)(?:\s?(?:อีก|ไป|NUM|คน|ชื่อ|ราย|ไฟล์|ฉบับ))*"
)
_GLUED_PLAN_RE = skipping(
    re.compile(r"(?<=[\u0e01-\u0e4e.])(?<!และ)(?<!และ )(?:แผน|รายชื่อทีม|รายชื่อ)$")
)


def _read_uploaded(found: Found) -> MarkStep | None:
    """ "อัปแผนขึ้นไดรฟ์แล้ว", "แผนกองกลางขึ้นไดรฟ์แล้ว": a step's deliverable put up on a
    channel (the verb of uploading, if any, goes: the deliverable must lead)."""
    return _read_placed(replace(found, remainder=_UPLOAD_RE.sub(" ", found.remainder)))


_UPLOAD_RE = re.compile(r"อั[ปพ](?:โหลด)?(?!เดต)|upload")


def _read_placed(found: Found) -> MarkStep | None:
    """ "แผนไอทีอยู่ในไดรฟ์แล้ว": a step's own deliverable where it is sent to (a photo or a
    file there is chat)."""
    intent = _read_sent(found)
    if intent is None or found.extraction.step:
        return intent
    # "อัปเดตนิดนึงค่ะ ฟอร์ม 1 2 3 ของกองนิติการขึ้นไดรฟ์แล้ว": news opened as an update.
    words = _UPDATE_OPENER_RE.sub("", intent.step)
    # "ไอทีอัปแผน…ขึ้นไดรฟ์": a unit's name may come first, the deliverable right after it.
    after_one = (words.split(maxsplit=1) or [""])[-1]  # nothing left once the opener is cut
    placed = _PLACED_RE.match(words) or _PLACED_RE.match(after_one)
    return replace(intent, step=words) if placed else None


_PLACED_RE = re.compile(phrase_search_regex("แผน|รายชื่อ|รายงาน|แบบฟอร์ม|ฟอร์ม"))
_UPDATE_OPENER_RE = re.compile(
    r"^\s*(?:ขอ)?\s?(?:อัปเดต|อัพเดต|อัพเดท|อัปเดท|update)\s?(?:นิดนึง|นิดหน่อย|หน่อย)?"
    r"(?:นะ|ค่ะ|คะ|ครับ|จ้า)*\s*"
)
_FINISHED = "เสร็จแล้ว|เสร็จเรียบร้อย|เสร็จสิ้น|เสร็จ|done"
_FINISHED_RE = re.compile(phrase_search_regex(_FINISHED))
_NOT_FINISHED_RE = re.compile(r"ไม่\s?(?=เสร็จ)")


def _read_finished(found: Found) -> MarkStep | None:
    """ "เสร็จแล้วจ้า แผนพัฒนาหน่วยงานของกองคลัง": a step's deliverable said to be finished
    (the cue words stay in ``found``: the deliverable must lead what is left). Told not finished
    ("แผนยังไม่เสร็จ", "…เอกสารประกอบยังไม่เสร็จ") it is not."""
    if not any(
        not _NOT_FINISHED_RE.search(found.extraction.text, max(0, cue.start() - 6), cue.end())
        for cue in _FINISHED_RE.finditer(found.extraction.text)
    ):
        return None
    if _done_later(found.extraction.text):
        return None  # "ส่งแผนเสร็จแล้วจะแจ้งในกลุ่มค่ะ": finished once it is, none yet
    return _read_placed(replace(found, remainder=_FINISHED_RE.sub(" ", found.remainder)))


def _indicator_only(words: str) -> bool:
    """Whether step words name an indicator of the report vocabulary and no deliverable of a
    step ("หลักสูตรสอบ", "ตัวชี้วัดแต่งตั้ง"; "แผน PMQA" is step 3's), or words of a plan that
    name no deliverable ("Participatory Budgeting")."""
    if not INDICATOR_RE.search(words):
        return names_the_plan(words) and not DELIVERABLE_RE.search(words)
    return DELIVERABLE_RE.search(_KPI_WORDS_RE.sub(" ", INDICATOR_RE.sub(" ", words))) is None


_KPI_WORDS_RE = re.compile(phrase_search_regex("ตัวชี้วัด|kpi"))


def _read_plan_results(found: Found) -> Intent:
    """ "บรรลุ 7 จาก 8 ตัวชี้วัด": the words around the count never name a step (step 5 is
    the plan-results step), only a typed step number does."""
    intent = _read_step(found)
    assert isinstance(intent, MarkStep)
    item = plan_item(found.extraction.text)
    # "ข้อ 2 ในแผนของไอที…": the words may hold the unit by a name settle knows.
    intent = replace(intent, others=intent.others or ("" if intent.unit else intent.step))
    if item is not None:  # "ตัวชี้วัดตามแผนที่ 3 บรรลุ": one indicator, not a count
        return replace(intent, step="", value=None, met=None, of=None, plan_item=item[0],
                       passed=item[1])  # fmt: skip
    # A count says how many passed; "ผ่าน" beside it is no verdict on the step, but one said
    # short of the bar is ("บรรลุ 6 ใน 8 ตัว ไม่ถึง 85").
    # A bar said passed is a verdict though ("บรรลุ 10 จาก 11 ตัว ผ่านเกณฑ์ร้อยละ 85").
    counted = intent.of is not None and not _BAR_PASSED_RE.search(found.extraction.text)
    passed = None if counted and intent.passed else intent.passed
    # "ไอทีบรรลุครบทุกตัว 6/6", "กนต บรรลุ 9 จาก 10": a unit's alias among the words (settled).
    others = intent.others or ("" if intent.unit else intent.step)
    return replace(intent, step=found.extraction.step, passed=passed, others=others)


def _read_plan_met(found: Found) -> Intent | None:
    """The plan's results met (``_read_plan_results``), unless one figure, no count, no step and
    no plan item is told beside an indicator's name ("ขยะได้ 52.3 ถึงเป้า…", "ขยะต้องได้ 52.3
    ถึงจะถึงเป้า"): that is an indicator's result (or a figure of it), no step's value."""
    read = _read_plan_results(found)
    if (
        isinstance(read, MarkStep)
        and not read.step
        and read.met is None
        and read.plan_item is None
        and read.value is not None
        and "แผน" not in found.extraction.text
        and names_an_indicator(found.original or found.extraction.text)
    ):
        return None
    return read


# Not a bar still to pass ("ต้องผ่านเกณฑ์", "จะผ่านเกณฑ์"): that is no verdict.
_BAR_PASSED_RE = re.compile(
    r"(?<!ไม่)(?<!ไม่ )(?<!ต้อง)(?<!ต้อง )(?<!จะ)(?<!จะ )(?<!ควร)(?<!ควร )ผ่าน\s?เกณฑ์"
)


def _read_plan_item(found: Found) -> Intent | None:
    """ "กจ. ตัวชี้วัดตามแผนข้อ 2 ไม่ถึงเป้านะคะ": one plan indicator said (not) to reach its
    target; without the item's number, or asked, it is no report."""
    if plan_item(found.extraction.text) is None or asks(found.extraction.text, found.original):
        return None
    return _read_plan_results(found)


def _read_attendance(found: Found) -> Intent | None:
    """ "PMQA Team เข้าร่วมกิจกรรม 80 เปอร์เซ็นต์": the attendance phrase names the step."""
    if _to_come(found):
        return None  # "พรุ่งนี้จะเข้าประชุม 9 โมง", "เดี๋ยวเข้าประชุมผู้บริหาร": not attended yet
    if _meeting_hour_only(found.extraction):
        return None  # "ขอภาพรวมหน่อยครับ เข้าประชุม 13.30": the meeting's hour, none attended
    found = _without_the_next_meeting(found)
    cue = _ATTENDANCE_RE.search(found.remainder)
    intent = _read_step(replace(found, remainder=_ATTENDANCE_RE.sub(" ", found.remainder)))
    assert isinstance(intent, MarkStep)
    others = intent.others or ("" if found.extraction.step or intent.unit else intent.step)
    if _PRIVATE_LIFE_RE.search(others) or _CEREMONY_RE.search(found.extraction.text):
        return None  # "ลูกเข้ากิจกรรมโรงเรียน 3 ครั้งแล้ว": a family's or a school's activity
    step = found.extraction.step or (cue.group(0) if cue else intent.step)
    return replace(intent, step=step, others=others)


def _meeting_hour_only(extraction: Extraction) -> bool:
    """Whether the only figures beside an attendance are the hours of a meeting ("เข้าประชุม
    10 โมง", "เข้าประชุม 13.30"), with no day, no done word and nothing complete told."""
    numbers = extraction.numbers
    text = extraction.text
    if not numbers or extraction.dates or _DONE_WORDS_RE.search(text) or "ครบ" in text:
        return False
    return all(clock_time(text, n) for n in numbers)


# The next meeting named after an attendance told: "…นัดหน้า 20/2", "…รอบหน้า", "…ครั้งต่อไป".
_NEXT_MEETING_RE = skipping(re.compile(r"(?<=\s)(?:นัด|รอบ|ครั้ง|ประชุม)\s?(?:หน้า|ต่อไป|ถัดไป).*$"))


def _without_the_next_meeting(found: Found) -> Found:
    """``found`` with the next meeting's words blanked (offsets kept), when an attendance is
    told before them: its day or figures ("เข้าประชุมแล้ว 14/1 นัดหน้า 20/2") are none of the
    meeting attended."""
    return _tail_blanked(found, _NEXT_MEETING_RE, _ATTENDANCE_RE)


def _to_come(found: Found) -> bool:
    """Whether the meeting told is one still to come: the first attendance said is marked so
    ("เดี๋ยวเข้าประชุม…", "ก่อนเข้าประชุม…"), and nothing tells one attended (a share, a day
    past: "เมื่อวานทีม PMQA ต้องเข้าประชุมชี้แจง มากัน 88%", "…92% ค่ะ เดี๋ยวเข้าประชุมผู้บริหารต่อ")."""
    will = _WILL_ATTEND_RE.search(found.remainder)
    if will is None:
        return False
    extraction = found.extraction
    if _DONE_WORDS_RE.search(extraction.text) or _ATTENDED_TOLD_RE.search(extraction.masked):
        return False
    today = extraction.today
    if any(today is None or told.due < today for told in extraction.dates):
        return False  # "…ชี้แจง 14 ม.ค. …": a day past (today's, "เช้านี้", may be still to come)
    if any(number.percent for number in extraction.numbers):
        return False
    first = _ATTENDANCE_RE.search(found.remainder)
    return first is None or will.start() <= first.start() < will.end()


# A day past or a turnout told beside an attendance: "เมื่อวาน", "เมื่อ DATE", "มากัน" (a day
# itself is past only when before today: see ``_to_come``).
_ATTENDED_TOLD_RE = re.compile(r"เมื่อ|มากัน|มาครบ|เปอร์เซ็นต์")


def _read_briefing_attended(found: Found) -> Intent | None:
    """ "กองกลางเข้าร่วมประชุมชี้แจงเมื่อ 20 ธ.ค. ครบทุกคน": the briefing meeting attended is
    step 2's (its day is the meeting's, no day of the step's)."""
    intent = _read_attendance(found)
    return intent if isinstance(intent, MarkStep) and not intent.others else None


def _read_times_counted(found: Found) -> Intent | None:
    """ "ศทส. 6/7 ครั้ง", "กค. 5 ครั้งจาก 6 ครั้ง": times out of times told of a unit, with no
    other word, are its meetings attended; any other word ("ส่งไฟล์ 2/3 ครั้ง") makes it none,
    and told bare ("6 ครั้งจาก 7 ครั้งครับ") they answer an ask-back of no reading's."""
    intent = _read_attendance(found)
    if not isinstance(intent, MarkStep) or intent.met is None:
        return None
    if not intent.unit and not found.extraction.step:
        return None
    if intent.step and not found.extraction.step:
        return None
    return replace(intent, step=found.extraction.step or "ประชุม")


def _read_meetings_counted(found: Found) -> Intent | None:
    """ "กองคลังประชุมไปแล้ว 8 จาก 9 ครั้ง": the meetings are the step, whatever else is said."""
    intent = _read_attendance(found)
    if not isinstance(intent, MarkStep):
        return intent
    return replace(intent, step=found.extraction.step or "ประชุม")


# Whose activities the words beside an attendance name when they are of private life: one's
# family, school, club or gym; never the PMQA team's meetings.
_PRIVATE_LIFE_RE = re.compile(
    "ลูก(?!ค้า|จ้าง|ทีม)|โรงเรียน|ชมรม|ลูกเสือ|อนุบาล|มหาวิทยาลัย|มหาลัย|แม่(?!น)|พ่อ(?!ค้า)"
    "|สามี|ภรรยา|แฟน|หลาน|น้องสาว|น้องชาย|พี่สาว|พี่ชาย|ฟิตเนส|ยิม"
    # One's co-op, village, condo or parents' meeting: "เข้าประชุมสหกรณ์มา 3 ชั่วโมง".
    "|สหกรณ์|หมู่บ้าน|คอนโด|นิติบุคคล|ผู้ปกครอง|ศิษย์เก่า"
)
# A ceremony or a party of family or friends, wherever it is named: "เข้าร่วมงานแต่งเพื่อนแล้ว",
# "เข้าร่วมแล้ว 14/1 งานบวชน้อง"; an election or a public run ("ข่าวบอก การเข้าร่วมเลือกตั้งรอบนี้
# 70%", "turnout คนมาวิ่งงานกรม 75%"): its turnout is no meeting's attendance.
_CEREMONY_RE = re.compile(
    "งานแต่ง|งานบวช|งานศพ|งานวันเกิด|งานเลี้ยง|งานขึ้นบ้านใหม่|กีฬาสี"
    "|เลือกตั้ง|ใช้สิทธิ|ลงคะแนนเสียง|งานวิ่ง|วิ่งงาน|วิ่งการกุศล|มาราธอน|fun run"
)


_ATTENDANCE = "เข้าประชุม|เข้าร่วมประชุม|เข้าร่วมกิจกรรม|เข้ากิจกรรม|เข้าร่วม|ร่วมกิจกรรม|มาประชุม|attendance"
_ATTENDANCE_RE = skipping(re.compile(phrase_search_regex(_ATTENDANCE)))
# What comes before a meeting still to come: "จะ", "เดี๋ยว" (in a moment), "กำลังจะ", "ต้อง", "เตรียม
# (ตัว)", "ขอตัว(ไป)" (excusing oneself to go), "ก่อน" (before it: "ขอภาพรวมก่อนเข้าประชุม").
_WILL_ATTEND_RE = re.compile(
    # (the phrases with the spaces people type: "ก่อนเข้า meeting" reads "ก่อนเข้า ประชุม")
    rf"(?:จะ|เดี๋ยว|ต้อง|เตรียม(?:ตัว)?|ขอตัว|ก่อน)\s?(?:ไป\s?|มา\s?)?(?:{phrase_regex(_ATTENDANCE)})"
)
_DONE = "ส่งแล้ว|เสร็จ|เรียบร้อย|ทำแล้ว|ไม่ผ่าน|ผ่าน|done|แล้ว|ครบ"
_PLAN_MET = (
    "บรรลุค่าเป้าหมาย|บรรลุเป้าหมาย|บรรลุเป้า|บรรลุ|ได้ตามเป้าหมาย|ตามเป้าหมาย|ถึงค่าเป้าหมาย|ถึงเป้าหมาย|ถึงเป้า"
)
# The plan's own indicators passing, counted: "ตัวชี้วัดในแผนผ่าน ๗ จาก ๘ ตัว".
_PLAN_INDICATORS = "ตัวชี้วัดในแผน|ตัวชี้วัดตามแผน|ตัวชี้วัดของแผน"


def _read_field_corrected(found: Found) -> Intent | None:
    """ "ไม่ใช่เมื่อวาน ส่งเมื่อวันจันทร์", "ไม่ใช่ขั้น 3 ค่ะ ขั้น 4", "ที่บอกว่าส่งทางอีเมลผิด จริงๆ
    ส่งผ่าน google drive", "วันที่ผิดค่ะ ที่ถูกคือ ๑๐ ม.ค.": one field of a step's entry said
    wrong and said again, and nothing else; the rest is the entry's (the handler's)."""
    extraction = found.extraction
    text = extraction.text
    fields = {
        "done_on": [(d.start, d.end, _in_this_year(d, extraction.today)) for d in extraction.dates],
        "step": [(m.start(), m.end(), m["step"]) for m in _TYPED_STEP_RE.finditer(text)],
        "channel": sorted(
            (m.start(), m.end(), name) for name, regex in CHANNEL_RES for m in regex.finditer(text)
        ),
    }
    named = [(kind, said) for kind, said in fields.items() if said]
    if extraction.dimensions.stated:
        return None if named else _dimensions_corrected(found)
    if len(named) != 1:
        return None  # a whole report, or none of its fields
    kind, said = named[0]
    new = [
        value
        for start, end, value in said
        if not _WRONG_BEFORE_RE.search(text[:start])
        and not TOLD_BEFORE_RE.search(text[:start])
        and not WRONG_AFTER_RE.match(text[end:])
    ]
    # The field named wrong, the old day by its name, or a correction told in so many words
    # ("เดี๋ยวนะคะ ไม่ใช่ 28 ค่ะ ส่งวันที่ 27", "ขอแก้ค่ะ จริงๆ ส่งวันที่ 8 ม.ค.").
    wrong = (
        _FIELD_WRONG_RE.search(text)
        or kind == "done_on"
        and _OLD_WEEKDAY_RE.search(text)
        or CORRECTION_CUE_RE.search(text)
    )
    if not new or (len(new) == len(said) and not wrong):
        return None
    rest = extraction.masked
    for _, regex in CHANNEL_RES:
        rest = regex.sub(" ", rest)
    if kind == "done_on" and "ไม่ใช่" in rest:  # "ไม่ใช่วันศุกร์": the old day, by its name
        rest = _OLD_WEEKDAY_RE.sub(" ", rest)
    rest = _field_told_around(kind, rest)
    unit = ""
    if _SOME_LETTER_RE.search(FIELD_CORRECTING_RE.sub(" ", rest)):
        # "แก้ไขค่ะ กองคลังส่งทางอีเมล ไม่ใช่ไดรฟ์": the unit that sent, named with the field.
        sender = _SENDER_RE.search(rest)
        if sender is None or _NO_NAME_RE.search(sender["unit"], 2):
            return None
        rest = rest[: sender.start()] + " " + rest[sender.end("unit") :]
        if _SOME_LETTER_RE.search(FIELD_CORRECTING_RE.sub(" ", rest)):
            return None  # a deliverable, anything more: a report of its own
        unit = sender["unit"]
    value = new[-1]
    return MarkStep(
        step=value if kind == "step" else "",
        unit=unit,
        done_on=value if kind == "done_on" else None,
        channel=value if kind == "channel" else "",
        correction=True,
    )


# The unit that sent, named right before its sending: "กองคลังส่ง…", "ศทส. อัปโหลด…".
_SENDER_RE = Guarded(
    re.compile(
        rf"(?<![\u0e01-\u0e4e])(?P<unit>(?:{UNIT_PREFIXES})[\u0e01-\u0e4e]+?"
        r"|[\u0e01-\u0e2e]{1,5}\.(?:[\u0e01-\u0e2e]{1,3}\.)*)\s?(?=ส่ง|ยื่น|อัป|อัพ|ขอแก้)"
    )
)


def _in_this_year(found: ThaiDateMatch, today: date | None) -> date:
    """A corrected day typed without a year ("แก้วันที่เป็น 23 ก.ย."), in the fiscal year being
    worked on (today's), as a step's day is put in its step's (settle); else as read."""
    if today is None or not yearless(found):
        return found.due
    return into_span(found.due, *fiscal_year_bounds(fiscal_year(today))) or found.due


def _dimensions_corrected(found: Found) -> Intent | None:
    """ "ขอโทษค่ะ มิติพิมพ์ผิด ที่ถูกคือมิติ 2 กับมิติ 3": the plan's dimensions said wrong and
    said again, and nothing else."""
    masked = found.extraction.masked
    if not _DIMENSIONS_WRONG_RE.search(masked) and not CORRECTION_CUE_RE.search(masked):
        return None
    return _dimensions_retold(found)


def _dimensions_retold(found: Found) -> Intent | None:
    """ "มิติไม่ครบนะคะ มีแค่มิติ 1 กับ 2": the plan's dimensions of the entry just reported said
    again, and nothing else (no unit, no step): the card's entry."""
    masked = _DIMENSIONS_TOLD_AROUND_RE.sub(" ", found.extraction.masked)
    if _SOME_LETTER_RE.search(FIELD_CORRECTING_RE.sub(" ", _PLAN_HAS_RE.sub(" ", masked))):
        return None  # a unit, a deliverable, anything more: a report of its own
    stated = found.extraction.dimensions
    return MarkStep(
        step="",
        dimensions=stated.dimensions,
        missing_dimensions=stated.missing,
        all_dimensions=stated.every,
        correction=True,
    )


# What the plan has, around its dimensions: "มีแค่มิติ 1 กับ 2", "ไม่ใช่ 1 กับ 3".
# The right ones told whole, the slip a letter dropped: "มิติที่ถูกคือ 1 2 3 ครบค่ะ พิมพ์ตกไป".
_PLAN_HAS_RE = re.compile("มิติ|มีแค่|มีเพียง|แค่|เพียง|มี|กับ|และ|ครบ|ทั้งหมด|ตกไป|ตก|หล่น")
# The truth set against what was told: "เมื่อกี้บอกไดรฟ์ จริงๆ ส่งเป็นกระดาษ", "ไดรฟ์ต่างหาก".
# What was told before and the truth told now ("ตอนแรกแจ้งทางไลน์ จริงๆ ส่งทางอีเมล").
_TRUTH_TOLD = "จริงๆ|จริง ๆ|ต่างหาก|ตอนแรก|ทีแรก|เมื่อกี้|เมื่อกี๊|ที่บอก|ที่แจ้ง"
# A channel denied first, then the one used: "ไม่ได้ส่งทางไดรฟ์ครับ ส่งอีเมล", "ไม่ได้อัปไดรฟ์ค่ะ
# ส่งเป็นกระดาษ". Only opening the message: "ส่งอีเมลไม่ได้ ส่งทางไดรฟ์แทน" says why it went so.
_NOT_SENT_BY = "ไม่ได้ส่งทาง|ไม่ได้ส่งผ่าน|ไม่ได้ส่งเป็น|ไม่ได้ส่ง|ไม่ได้อัป|ไม่ได้อัพ|ไม่ได้ใช้"
_NOT_SENT_BY_OPENS_RE = re.compile(
    r"\s*(?:(?:อ้อ|อ๋อ|เอ่อ|อ่า|อ๊ะ|อุ๊ย|ขอโทษ|โทษที|ขออภัย|จริงๆ|ขอแก้|แก้|ค่ะ|คะ|ครับ|นะ|นิดนึง)\s?)*"
    r"ไม่ได้(?:ส่ง|อัป|อัพ|ใช้)"
)


def _read_channel_denied(found: Found) -> Intent | None:
    """ "ไม่ได้ส่งทางไดรฟ์ครับ ส่งอีเมล": the channel of the entry just reported corrected."""
    opening = _NOT_SENT_BY_OPENS_RE.match(found.extraction.text)
    if not opening:
        return None
    # The denial marks the old channel (its verb read as ส่ง, of the same length: every span
    # read stays where it was), and is no word more of the correction (masked).
    end = opening.end()
    text = f"{found.extraction.text[: end - 3]}ส่ง{found.extraction.text[end:]}"
    masked = found.extraction.masked.replace(opening[0].strip(), " ", 1)
    extraction = replace(found.extraction, text=text, masked=masked)
    return _read_field_corrected(replace(found, extraction=extraction))


def _read_count_corrected(found: Found) -> Intent | None:
    """ "พิมพ์ผิดค่ะ เข้าร่วม 5 จาก 6 ครั้ง ไม่ใช่ 6 จาก 6", "แก้เป็น 3 จาก 4 ครั้งนะคะ": the count
    of the entry just reported (times attended, plan items met) said again, and nothing else;
    the step is the entry's. Meetings, activities or the plan named name the step themselves
    ("แก้หน่อยครับ ศทส. เข้าประชุม 9 จาก 10 ไม่ใช่ 8 จาก 10": read as a report of it)."""
    extraction = found.extraction
    text, masked = extraction.text, extraction.masked
    if _STEP_COUNTED_RE.search(masked):
        return None
    said = every_count(text)
    new = {
        (met, of)
        for start, end, met, of in said
        if not _NOT_RE_COUNT.search(text[:start]) and not WRONG_AFTER_RE.match(text[end:])
    }
    if len(new) != 1 or not CORRECTION_CUE_RE.search(text):
        return None
    # "ไม่ใช่ 5 ครั้งค่ะ เข้าร่วม 6 จาก 7 ครั้ง": the old count of times, said not to be, too.
    rest = _OLD_TIMES_RE.sub(" ", _COUNT_SAID_RE.sub(" ", masked))
    rest = _MUST_BE_RE.sub(" ", FIELD_CORRECTING_RE.sub(" ", rest))
    unit = ""
    if _SOME_LETTER_RE.search(rest):
        # "ผิดครับ ต้อง 5 จาก 5 ครั้ง กนต. เข้าครบ": a unit attending, said with the count, is
        # the unit's meetings told again.
        unit, rest = split_unit(rest)
        if not unit or _SOME_LETTER_RE.search(_ATTENDED_ALL_RE.sub(" ", rest)):
            return None  # a measure, anything more: a report of its own
    met, of = new.pop()
    if unit:
        return MarkStep(step="ประชุม", unit=unit, met=met, of=of, correction=True)
    return MarkStep(step="", met=met, of=of, correction=True)


def _read_documents_corrected(found: Found) -> Intent | None:
    """ "เมื่อกี้ที่บอกเอกสารครบ ยังไม่ครบนะคะ ขาดหน้าลงนาม", "ขอแก้ค่ะ เอกสารยังไม่ครบ ขาดฟอร์ม 3":
    the documents of the entry just reported said again (what was told before, or said not to
    be, is dropped first), with at most what is short of them; nothing else."""
    if not CORRECTION_CUE_RE.search(found.extraction.text):
        return None
    return _read_documents_retold(found)


def _read_documents_retold(found: Found) -> Intent | None:
    """ "เอกสารยังไม่ครบครับ ขาดฟอร์ม 3": the documents of the entry just reported said short,
    with what is short of them, and nothing else (no unit, no step): the card's entry."""
    extraction = found.extraction
    text = extraction.text
    said = _OLD_DOCUMENTS_RE.sub(" ", text)
    documents = documents_said(said)
    if documents is None:  # "…ยังไม่ครบนะคะ", "จริงๆ ครบแล้ว": the documents told before
        short = _BARE_SHORT_RE.search(said)
        documents = Documents.INCOMPLETE if short else Documents.COMPLETE if "ครบ" in said else None
    if documents is None:
        return None
    rest = _DOCUMENTS_TOLD_AROUND_RE.sub(" ", _OLD_DOCUMENTS_RE.sub(" ", extraction.masked))
    rest = _DOCUMENTS_SAID_RE.sub(" ", rest)
    if _SOME_LETTER_RE.search(FIELD_CORRECTING_RE.sub(" ", rest)):
        return None  # a unit, a deliverable, anything more: a report of its own
    return MarkStep(step="", documents=documents, correction=True)


_DOCUMENTS_NOUN = r"(?:เอกสาร(?:แนบ|ประกอบ)?|ไฟล์(?:แนบ)?|หลักฐาน|แบบฟอร์ม|ฟอร์ม)"
# The documents as told before, or said not to be: "เมื่อกี้ที่บอกเอกสารครบ", "ที่แจ้งว่าเอกสาร
# ครบ", "ไม่ใช่ไม่ครบ".
_OLD_DOCUMENTS_RE = re.compile(
    r"(?:(?:เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก)\s?(?:ที่\s?)?|ที่\s?)(?:บอก|แจ้ง|พิมพ์)(?:\s?ไป)?(?:\s?ว่า)?"
    rf"\s?{_DOCUMENTS_NOUN}\s?(?:ยัง\s?)?(?:ไม่\s?)?ครบ(?:ถ้วน)?"
    rf"|ไม่ใช่\s?{_DOCUMENTS_NOUN}?\s?(?:แนบ\s?)?(?:ยัง\s?)?(?:ไม่\s?)?ครบ(?:ถ้วน)?"
)
_BARE_SHORT_RE = re.compile(r"ไม่\s?ครบ|ขาด")
# The words of documents said, and what is short of them ("ขาดหน้าลงนาม", "ขาดฟอร์ม 3").
_DOCUMENTS_SAID_RE = re.compile(
    rf"ขาด\S*(?:\s?(?:NUM|\d{{1,2}}))?|{_DOCUMENTS_NOUN}|ยัง|ไม่|ได้|ครบ|ถ้วน|แล้ว|แนบ|มี|ลืม"
)


def _read_unit_only_corrected(found: Found) -> Intent | None:
    """ "ไม่ใช่กองคลังค่ะ กองกลาง", "พิมพ์ผิดค่ะ กองกลางต่างหาก", "แก้หน่วยงานเป็นกองนิติการ": the
    unit of the entry just reported said again (the one said not to be dropped first), and
    nothing else; settle tells whether the words name a unit."""
    text = found.extraction.masked
    if not CORRECTION_CUE_RE.search(text):
        return None
    if "KPI" in text and "NUM" in text:
        return None  # "ตัวชี้วัด 1 ของกองคลัง แก้เป็น 4.5": an indicator's value corrected
    if any(_NO_NAME_RE.search(m["unit"], 2) for m in _DENIED_UNIT_RE.finditer(text)):
        return None  # "ไม่ใช่กองคลังที่ส่งแผน…": the step is said too
    kept = _DENIED_UNIT_RE.sub(" ", _TOLD_UNIT_RE.sub(" ", text))
    if "ผิด" in kept:  # "ผิดกองค่ะ ไม่ใช่ กก. เป็น กค.": the unit said wrong, by its kind
        kept = _UNIT_SAID_WRONG_RE.sub(" ", kept)
    named = _NEW_UNIT_RE.findall(kept)
    if len(named) != 1 or _NO_NAME_RE.search(named[0], 2):
        return None  # "กองกลางส่งแผนฉบับแก้ไข…", "กองกลางแก้แผนรอบที่สี่": a report, no name
    if _SENDER_FIRST_RE.match(named[0]):
        return None  # "ไม่ใช่ครับ ผมศทส. ไม่ใช่กองกลาง": the sender's own unit (membership)
    rest = _ENTRY_TOLD_RE.sub(" ", _NEW_UNIT_RE.sub(" ", kept).replace("หน่วยงาน", " "))
    step = ""
    if "นี้" in rest and (this_one := _THIS_DELIVERABLE_RE.search(rest)):
        # "ผิดกองค่ะ แผนนี้ของกองกลาง": the entry's own deliverable, whose it is.
        step, rest = this_one["step"], f"{rest[: this_one.start()]} {rest[this_one.end() :]}"
    if _SOME_LETTER_RE.search(FIELD_CORRECTING_RE.sub(" ", rest)):
        return None  # a step, a deliverable, anything more: a report of its own
    return MarkStep(step=step, unit=_GLUED_TAIL_RE.sub("", named[0]), correction=True)


# The sender's word glued before the unit said: "ผมศทส.", "หนูกองกลาง".
_SENDER_FIRST_RE = re.compile(r"(?:ผม|หนู|ดิฉัน|กระผม)(?=\S)")
# The entry's deliverable pointed at ("แผนนี้ของ…", "รายชื่อนี้เป็นของ…"): the step it is of.
_THIS_DELIVERABLE_RE = re.compile(r"(?P<step>แผน|รายชื่อทีม|รายชื่อ)\s?(?:อัน)?นี้\s?(?:เป็น)?\s?(?:ของ)?")


# A unit by its prefix, or by its short form with a dot ("กจ.", "ศทส."); what was told of it
# ("ต่างหาก", a particle) may be glued after it.
_A_UNIT_WORD = (
    rf"(?:(?:{UNIT_PREFIXES})[\u0e01-\u0e4e]+?(?=(?:ค่ะ|คะ|ครับ|น่ะ|นะ|จ้า|ด้วย|เลย)*(?:\s|$)|ต่างหาก)"
    r"|[\u0e01-\u0e2e]{1,5}\.(?:[\u0e01-\u0e2e]{1,3}\.)*)"
)
# The unit told before, the step with it ("ที่บอกว่าส่งแผนกองคลังน่ะ จริงๆ เป็นของกองกลาง"): the
# old one, as one said not to be.
_TOLD_UNIT_RE = Guarded(
    re.compile(
        r"(?:(?:เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก)\s?(?:ที่\s?)?|(?<![\u0e01-\u0e4e])ที่\s?)(?:บอก|แจ้ง|พิมพ์)"
        r"(?:\s?ไป)?(?:\s?ว่า)?\s?(?:ส่ง\s?)?(?:แผน|รายชื่อ|รายงานผล|รายงาน)?\s?(?:ของ\s?)?"
        rf"(?P<unit>{_A_UNIT_WORD})"
    )
)
_DENIED_UNIT_RE = re.compile(rf"(?:ไม่ใช่|ไม่ได้)\s?(?:ของ\s?)?(?P<unit>{_A_UNIT_WORD})")
_NEW_UNIT_RE = skipping(re.compile(_A_UNIT_WORD))
# The unit said to be wrong by its kind, no name: "ผิดกองค่ะ", "หน่วยงานผิด".
_UNIT_SAID_WRONG_RE = skipping(
    re.compile(
        r"ผิด\s?(?:ชื่อ\s?)?(?:กอง|หน่วยงาน|หน่วย|ศูนย์|สำนัก)(?=(?:ค่ะ|คะ|ครับ|นะ|จ้า)*(?:\s|$))"
        r"|(?<!\S)(?:ชื่อ\s?)?(?:กอง|หน่วยงาน|หน่วย|ศูนย์|สำนัก)\s?ผิด"
    )
)
# Words no unit's name holds: a deliverable, a channel, a verb of sending or telling, a figure.
_NO_NAME_RE = re.compile(
    f"{DELIVERABLE_WORDS}|{CHANNEL_WORDS}"
    r"|ส่ง|แก้|แล้ว|รอบ|เข้า|ได้|ไป|มา|อยู่|จะ|ว่า|บอก|แจ้ง|เป็น|[0-9]|NUM|DATE|STEP"
)
_GLUED_TAIL_RE = re.compile(r"(?:ต่างหาก|นะ|ค่ะ|คะ|ครับ|จ้า|ด้วย|เลย)+$")


# The step a count is of, named: its meetings, its activities, the plan's indicators.
_STEP_COUNTED_RE = re.compile("ประชุม|กิจกรรม|บรรลุ|ตัวชี้วัด|แผน|เป้า|ขั้น|STEP")
# A count said not to be: "ไม่ใช่ 6 จาก 6", "เมื่อกี้พิมพ์ 6 จาก 6".
_NOT_RE_COUNT = re.compile(rf"(?:{OLD_VALUE})\s*$")
# A count as the masked text holds it, with what was counted and attended: "เข้าร่วม NUM จาก
# NUM ครั้ง", "NUM ใน NUM".
_OLD_TIMES_RE = re.compile(r"ไม่ใช่\s?NUM\s?(?:ครั้ง|ตัว|ข้อ|รายการ)")
_COUNT_SAID_RE = re.compile(
    r"(?:เข้าร่วม|ร่วม)?\s?NUM\s?(?:ครั้ง|ตัว|ข้อ|รายการ)?\s?(?:จากทั้งหมด|จาก|ใน|/)\s?NUM"
    r"\s?(?:ครั้ง|ตัว|ข้อ|รายการ)?"
)


# The dimensions said wrong, or the right ones pointed at: "มิติพิมพ์ผิด", "ที่ถูกคือมิติ 2".
_DIMENSIONS_WRONG_RE = re.compile(
    r"มิติ\s?(?:ที่\s?)?(?:พิมพ์\s?|ใส่\s?|กรอก\s?)?(?:ผิด|ไม่ถูก)"
    r"|ที่ถูก(?:ต้อง)?\s?(?:คือ|เป็น)\s?DIM|แก้\s?(?:ไข\s?)?(?:มิติ\s?)?เป็น\s?DIM"
)
# The old day said not to be by its name, which names no date: "ไม่ใช่วันศุกร์".
_OLD_WEEKDAY_RE = re.compile(r"ไม่ใช่\s?(?:วัน\s?)?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)")
_TYPED_STEP_RE = Guarded(re.compile(r"(?:ขั้นตอน|ขั้น|step)\s*(?:ที่)?\s*(?P<step>\d{1,2})(?![\d.])"))
# The old value: said not to be ("ไม่ใช่เมื่อวาน", "ไม่ใช่ขั้น 3"), or said wrong after it
# ("ส่งทางอีเมลผิด").
# Or said before ("เมื่อกี้บอกทางอีเมล จริงๆ อัปไดรฟ์").
_WRONG_BEFORE_RE = re.compile(
    r"(?:ไม่ใช่|ไม่ได้|(?:เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก)\s?(?:บอก|พิมพ์|แจ้ง)(?:\s?ว่า)?)"
    r"\s?(?:ส่ง\s?)?(?:ทาง|ผ่าน|เมื่อ|วันที่)?\s?$"
)
# The field named wrong, or set anew: "วันที่ผิด", "ช่องทางผิด", "แก้วันที่เป็นวันนี้".
_FIELD_WRONG_RE = Guarded(
    re.compile(
        r"(?:วันที่|วันส่ง|ช่องทาง|ขั้นตอน|ขั้น)\s?(?:ส่ง\s?)?(?:ผิด|ไม่ถูก)"
        r"|แก้\s?(?:ไข\s?)?(?:วันที่|วันส่ง|ช่องทาง|ขั้นตอน|ขั้น)?\s?(?:ส่ง\s?)?เป็น"
    )
)
_SOME_LETTER_RE = re.compile(r"[\u0e01-\u0e4ea-z0-9]")
# What the right count is said to be: "ต้อง 5 จาก 5 ครั้ง".
_MUST_BE_RE = re.compile(r"ต้อง(?!\s?(?:ส่ง|ทำ|เข้า))")
# A unit attending them all, or attending, after its count: "กนต. เข้าครบ", "กค. เข้าร่วม".
_ATTENDED_ALL_RE = re.compile(r"^\s*(?:เข้า\s?(?:ร่วม\s?)?(?:ประชุม\s?)?)?(?:ครบ(?:ทุกครั้ง)?)?\s*$")


# A question word, or who, vetoes a step's report; "ไม่ได้แนบไฟล์อะไรเลย" (nothing whatsoever)
# asks nothing.
_ASKED_NOT_NONE_RE = re.compile(
    rf"{phrase_regex(QUESTION.replace('|อะไร', '') + '|ใคร')}|อะไร(?!\s?(?:เลย|ทั้งสิ้น|สักอย่าง))"
)


# Round 19 (fx-corr): the words told around one corrected detail of a step's entry.

# The old channel denied after the new one ("ขอแก้ช่องทางเป็นกระดาษ ไม่ได้ส่งทางไดรฟ์"), the
# manner of sending ("ส่งแบบกระดาษ"), the entry called data ("ขอแก้ไขข้อมูลที่แจ้งไป"), the
# weekday of the new day ("ส่งวันศุกร์ที่ 10 ม.ค."), what was said of the old unit ("…น่ะ",
# "เป็นของ…").
_CHANNEL_TOLD_AROUND_RE = re.compile(
    r"ไม่\s?ได้\s?(?:ส่ง|อัป|อัพ|ใช้)|(?<!\S)แบบ(?!ฟอร์ม)|(?<=ส่ง)\s?แบบ(?!ฟอร์ม)"
    # Where a paper copy went: "ส่งเป็นเล่มกระดาษไปที่ห้อง กพร.".
    r"|(?:ไป\s?)?(?:ที่|ยัง)?\s?ห้อง\S*(?:\s?[\u0e01-\u0e2e]{1,5}\.(?:[\u0e01-\u0e2e]{1,3}\.)*)?"
)
_WEEKDAY_WORDS = "วันจันทร์|วันอังคาร|วันพุธ|วันพฤหัสบดี|วันพฤหัส|วันศุกร์|วันเสาร์|วันอาทิตย์"
_DAY_TOLD_AROUND_RE = re.compile(rf"(?:เมื่อ\s?)?(?:{_WEEKDAY_WORDS})\s?(?:ที่\s?)?(?=DATE)")
_ENTRY_TOLD_RE = Guarded(re.compile(r"ข้อมูล|(?:(?<!\S)|(?<=เป็น))ของ|น่ะ"))


def _field_told_around(kind: str, rest: str) -> str:
    """``rest`` of a field's correction without the words told around the field."""
    if kind == "channel":
        rest = _CHANNEL_TOLD_AROUND_RE.sub(" ", rest)
    elif kind == "done_on":
        rest = _DAY_TOLD_AROUND_RE.sub(" ", rest)
    elif kind == "step" and "ส่ง" in rest:
        rest = _STEP_WORK_TOLD_RE.sub(" ", rest)
    return _ENTRY_TOLD_RE.sub(" ", rest)


# The step's work said beside the step set right ("ไม่ใช่ขั้น 3 ค่ะ ขั้นตอนที่ 1 ส่งรายชื่อค่ะ",
# "…เป็นขั้นตอนที่ 1 ที่ส่งคือรายชื่อทีม", "…เป็นขั้นตอนที่ 3 ส่งแผนครับ"): what it is, no report.
_STEP_WORK_TOLD_RE = re.compile(
    r"(?:ที่\s?)?ส่ง\s?(?:คือ\s?)?(?:รายชื่อ|แผน|รายงาน)\S*(?:\s?(?:ทีม|pmqa|team)\S*)*"
)


# A weekday alone, past: the new day of a correction, or the old one said not to be.
_WEEKDAY_CORRECTED_RE = re.compile(rf"(?:{_WEEKDAY_WORDS})(?!\s?(?:หน้า|นี้|ที่|ก่อน|ต่อไป))")
_WEEKDAY_NUMBERS = {
    "จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัสบดี": 3, "พฤหัส": 3, "ศุกร์": 4, "เสาร์": 5,
    "อาทิตย์": 6,
}  # fmt: skip
# A day still to come, or every week: "จะส่งวันจันทร์", "ทุกวันจันทร์", "ภายในวันศุกร์".
_DAY_TO_COME_RE = re.compile(r"จะ|ค่อย|ไว้|เดี๋ยว|พรุ่งนี้|มะรืน|ทุก|ภายใน|ถึง|ก่อน|หน้า|ต่อไป")


def _read_weekday_corrected(found: Found) -> Intent | None:
    """ "แก้ไขครับ ส่งวันจันทร์ ไม่ใช่วันอังคาร": the day of the entry just reported said again
    by its weekday alone (the last such day, today included), read as a day's correction."""
    extraction = found.extraction
    text, today, masked = extraction.text, extraction.today, extraction.masked
    if extraction.dates:
        # "ส่งวันจันทร์ ไม่ใช่เมื่อวาน": the old day said not to be goes, with its name.
        if not all(_DAY_DENIED_RE.search(text, 0, d.start) for d in extraction.dates):
            return None
        for d in reversed(extraction.dates):
            text = f"{text[: d.start]} {text[d.end :]}"
        masked = masked.replace("DATE", " ")
    if today is None or _DAY_TO_COME_RE.search(text):
        return None
    named = list(_WEEKDAY_CORRECTED_RE.finditer(text))
    if not named or any(p in masked for p in _PLACEHOLDERS):
        return None  # other values told: a report of its own
    dates = []
    for match in named:
        weekday = _WEEKDAY_NUMBERS[match[0].removeprefix("วัน")]
        due = today - timedelta(days=(today.weekday() - weekday) % 7)
        dates.append(ThaiDateMatch(None, due, match.start(), match.end(), match[0]))
    masked = _WEEKDAY_CORRECTED_RE.sub(lambda m: "DATE", text)
    dated = replace(extraction, text=text, dates=tuple(dates), masked=masked)
    return _read_field_corrected(replace(found, extraction=dated))


# A day said not to be, right before it: "ไม่ใช่เมื่อวาน", "ไม่ใช่วันที่ 10".
_DAY_DENIED_RE = re.compile(r"ไม่ใช่\s?(?:วันที่\s?)?$")
# Words setting a day told before right ("…วันที่ 13 จริงๆ ส่งวันที่ 14", "…13 ที่ถูกคือ 14").
_DAY_SET_RIGHT_RE = re.compile(
    r"จริง\s?ๆ|ที่จริง|ความจริง|ที่ถูก|ถูกต้อง\s?คือ|แก้\s?เป็น|เปลี่ยน\s?เป็น|ต้อง\s?เป็น"
)
# "แก้วันส่งจาก 10 ม.ค. เป็น 12 ม.ค.": from one day to another.
_FROM_RE = re.compile(r"จาก\s?(?:วันที่\s?)?$")
_TO_RE = re.compile(r"\s?(?:เป็น|ไปเป็น|มาเป็น)\s?(?:วันที่\s?)?$")
_DAY_BY_WHEN_RE = re.compile(r"(?:ก่อน|ภายใน)\s?(?:วันที่\s?)?$")
_TOLD_DONE_RE = re.compile("แล้ว|เรียบร้อย")
# The dimensions' correction, what else it tells of them: "…เท่านั้น", the one left out
# said so ("มิติแรกยังไม่ได้ใส่").
_DIMENSIONS_TOLD_AROUND_RE = re.compile(
    r"มิติ\s?(?:ยัง\s?)?ไม่\s?ครบ|เท่านั้น|มิติ\s?(?:แรก|สุดท้าย|ที่เหลือ|ที่\s?(?:หนึ่ง|สอง|สาม))\s?(?:ยัง\s?)?ไม่\s?(?:ได้\s?)?(?:ใส่|มี|ทำ|ส่ง)"
    # The one not done, masked: "มิติแรกยังไม่ได้ใส่", "มิติ 1 ยังไม่ได้ใส่" ("DIM ยังไม่ได้ใส่").
    r"|(?<=DIM)\s?(?:ยัง\s?)?ไม่\s?(?:ได้\s?)?(?:ใส่|มี|ทำ|ส่ง)"
)
# The documents' correction, what else it tells of them: where the fix goes ("แก้ตรงเอกสาร"),
# the form sent after ("เพิ่งแนบฟอร์ม 3 ตามไป"), not one file ("เลยสักไฟล์").
_DOCUMENTS_TOLD_AROUND_RE = re.compile(
    r"(?<=แก้)\s?ตรง|(?:แบบ)?ฟอร์ม\s?(?:ที่\s?)?(?:NUM|\d{1,2})(?!\d)|ตาม\s?(?=ไป|มา)|สัก"
)

# fmt: off
SPECS = (
    IntentSpec(MarkStep, handle_mark_step, (
        # One field of a step's entry corrected, nothing else said: above a no ("ไม่ใช่…").
        # The slip owned alone ("ขอโทษครับ มิติที่ถูกต้องคือ 1 กับ 3": the words of the right
        # ones are the dimensions' phrase).
        Rule((f"ไม่ใช่|ผิด|ที่ถูก|แก้|ขอโทษ|ขออภัย|โทษที|{_TRUTH_TOLD}", f"DATE|STEP|DIM|{CHANNEL_WORDS}"),
             1012,
             _read_field_corrected, unless=QUESTION),
        # The day corrected by its weekday alone: "แก้ไขครับ ส่งวันจันทร์ ไม่ใช่วันอังคาร".
        Rule((f"ไม่ใช่|ผิด|ที่ถูก|แก้|ขอโทษ|ขออภัย|โทษที|{_TRUTH_TOLD}", _WEEKDAY_WORDS), 1012,
             _read_weekday_corrected, unless=QUESTION),
        # The card's entry said short, nothing else named: "มิติไม่ครบนะคะ มีแค่มิติ 1 กับ 2",
        # "เอกสารยังไม่ครบครับ ขาดฟอร์ม 3" (a unit or a step named: a report of its own).
        Rule(("มิติไม่ครบ|มิติยังไม่ครบ", "DIM"), 7862, _dimensions_retold, unless=QUESTION),
        Rule(("เอกสาร|ไฟล์|หลักฐาน|ฟอร์ม", "ไม่ครบ", "ขาด"), 7863, _read_documents_retold,
             unless=QUESTION),
        # Above the season's wish (small_talk, 1016).
        Rule((_NOT_SENT_BY, CHANNEL_WORDS), 1017, _read_channel_denied, unless=QUESTION),
        # The count of the entry just reported corrected: above a value's bare correction.
        Rule(("ไม่ใช่|ผิด|ที่ถูก|แก้|ขอโทษ|ขออภัย|จริงๆ|ต่างหาก", "NUM จาก NUM|NUM ใน NUM|NUM/NUM"),
             1013, _read_count_corrected, number=True, unless=QUESTION),
        # The unit of the entry just reported corrected, nothing else said.
        Rule(("ไม่ใช่|ผิด|ที่ถูก|แก้|ต่างหาก|จริงๆ|จริง ๆ|ที่บอก|ที่แจ้ง",), 1015,
             _read_unit_only_corrected, unless=QUESTION),
        # The documents of the entry just reported corrected: above who is missing.
        Rule(("ไม่ใช่|ผิด|ที่ถูก|แก้|ขอโทษ|ขออภัย|จริงๆ|ต่างหาก|เมื่อกี้|ตอนแรก|ที่บอก|ที่แจ้ง",
              "เอกสาร|ไฟล์|หลักฐาน|ฟอร์ม|แนบ", "ครบ|ขาด|ไม่ได้แนบ|ไม่แนบ|ไม่มี|ลืมแนบ"), 1014,
             _read_documents_corrected, unless=QUESTION),
        # "ขั้นตอนที่ 3 ส่งแล้ว ยังไม่มีเอกสารประกอบ" outranks "ส่ง…แล้วยัง" (who is missing).
        Rule(("STEP|ส่ง", NO_DOCUMENTS), 810, _read_step, unless=_ASKED_NOT_NONE_RE),
        Rule(("แผน|รายชื่อ", "เอกสาร|ไฟล์|หลักฐาน|แนบ|ฟอร์ม"), 809, _read_short_documents,
             keep=True, unless=_SHORT_DOCUMENTS_VETO),
        # A step with its documents' link, or a word on its documents: "ขั้นตอนที่ 3 https://…".
        Rule(("STEP", "เอกสาร|LINK"), 690, _read_step, unless=f"{QUESTION}|ใคร"),
        # Stating the plan's dimensions says it was done: "ขั้นตอนที่ 3 ครบทุกมิติ".
        Rule(("STEP", f"{_DONE}|DIM"), 680, _read_typed_step, unless=QUESTION),
        Rule((_PLAN_MET,), 670, _read_plan_met, number=True, unless=QUESTION),
        Rule((_PLAN_INDICATORS, "ผ่าน"), 670, _read_plan_results, number=True, unless=QUESTION),
        # "ตัวชี้วัดที่ 3 ตามแผน บรรลุ": the typed code is the plan's indicator, not ours.
        Rule(("แผน", _PLAN_MET), 640, _read_plan_results, unless=QUESTION),
        Rule(("แผน", "ถึงเป้า|ต่ำกว่าเป้า|ต่ำกว่าค่าเป้า"), 640, _read_plan_item, unless=QUESTION),
        Rule((_ATTENDANCE,), 660, _read_attendance, number=True, keep=True),
        # "เข้าร่วมแล้ว 15/1", "เข้าประชุมเรียบร้อย 15/1 ค่ะ": attended, on the day told.
        Rule((_ATTENDANCE, "แล้ว|เรียบร้อย", "DATE"), 655, _read_attendance, keep=True,
             unless=f"{QUESTION}|จะ|ต้อง|ถ้า|หาก|ไม่ได้|ยังไม่|ไม่ได้เข้า"),
        Rule((_ATTENDANCE, "ชี้แจง", "ครบ|แล้ว|เรียบร้อย|DATE"), 661, _read_briefing_attended,
             keep=True, unless=f"{QUESTION}|ใคร|ถ้า|หาก|ต้อง|จะ|ยังไม่|ไม่ได้|ไม่ครบ"),
        # "กองคลังประชุมไปแล้ว 8 จาก 9 ครั้ง": the meetings attended, counted.
        Rule(("ประชุม", "NUM จาก NUM|NUM ใน NUM|NUM/NUM", "ครั้ง"), 659, _read_meetings_counted,
             keep=True,
             unless=f"{QUESTION}|ถ้า|หาก|ใคร|กองไหน|หน่วยไหน|ต้อง"),
        # "กองคลังเข้า 4 ใน 5 ครั้ง": the times a unit came, counted right after "เข้า", are the
        # meetings attended (entering a system or a group is counted by no "ใน NUM ครั้ง").
        # "นิติการ เข้าได้ 4 ใน 5 ครั้ง", "เข้าไป 6 จาก 7 ครั้ง": the same, the verb said whole.
        Rule(("เข้า NUM จาก NUM|เข้า NUM ใน NUM|เข้า NUM/NUM|เข้าได้ NUM จาก NUM|เข้าได้ NUM ใน NUM"
              "|เข้าได้ NUM/NUM|เข้าไป NUM จาก NUM|เข้าไป NUM ใน NUM|เข้ามา NUM จาก NUM"
              "|เข้ามา NUM ใน NUM", "ครั้ง"), 659, _read_meetings_counted,
             keep=True,
             unless=f"{QUESTION}|ถ้า|หาก|ใคร|กองไหน|หน่วยไหน|ต้อง|ระบบ|กลุ่ม|เว็บ|ไลน์|line|ลูก"),
        # "ศทส. 6/7 ครั้ง", "กค. 5 ครั้งจาก 6 ครั้ง": times out of times of a unit named, and
        # nothing else: the meetings attended.
        Rule(("NUM ครั้งจาก NUM ครั้ง|NUM ครั้งใน NUM ครั้ง|NUM/NUM ครั้ง|NUM / NUM ครั้ง",), 651,
             _read_times_counted, keep=True,
             unless=f"{QUESTION}|ถ้า|หาก|ใคร|กองไหน|หน่วยไหน|ต้อง|ผิด|พิมพ์|แก้|ลอง|ส่ง|กด|โทร|ลูก"),
        # "ผลตรวจแผนกองกลางออกแล้วค่ะ ผ่านนะคะ": a step's check result told, its verdict (above
        # a result asked by its word, "ผล"; asked, "…ผ่านไหม", it is read by the next rule).
        Rule(("ผลตรวจ|ผลการตรวจ|ผลประเมิน|ผลการประเมิน|ผลพิจารณา|ผลการพิจารณา",
              "ออกแล้ว|ออกมาแล้ว|แจ้งมาแล้ว|มาแล้ว", "ผ่าน"),
             7301, _read_check_result, unless=QUESTION),
        # "แก้ไขแผนกองคลัง เพิ่มมิติที่ 2 แล้ว ตอนนี้ครบ 3 มิติ": a correction of the plan's step.
        # ("…แต่แบบฟอร์ม 3 ยังรอลงนาม จะจัดส่งเพิ่มเติมภายในสัปดาห์นี้": more promised, no edit.)
        # ("…แต่มีแค่มิติที่ 1 กับ 3 ท่านบอกเดี๋ยวเติมทีหลัง": the rest promised, no edit.)
        # (A fix to come vetoes it only where it is said of the plan edited: see
        # ``_read_plan_edited``.)
        Rule(("แก้ไข|แก้|ปรับปรุง|ปรับ|เพิ่ม|เติม", "DIM"), 560, _read_plan_edited),
        Rule(("ส่ง|ทำ|แนบ|อัปโหลด|อัพโหลด|upload|ยื่น|ผ่าน|กรอก|submit|อัปขึ้น|อัพขึ้น|อัปลง|อัพลง"
                  "|อัปไฟล์|อัพไฟล์|อัปโหลดไฟล์|อัพโหลดไฟล์",
              # "ส่งรายชื่อทีมไปตั้งแต่เดือนที่แล้ว": sent since then, done; "กนต.ส่งรายชื่อทีม
              # วันศุกร์ค่ะ": sent on that day (see ``_read_done``).
              f"แล้ว|เรียบร้อย|DATE|DIM|ไปตั้งแต่|{_WEEKDAY_WORDS}"), 550, _read_done_on_a_day,
             unless=QUESTION),
        # "ที่แจ้งส่งแผนเมื่อกี้ไม่ใช่กองคลัง เป็นกองกลาง": the unit of a step just reported,
        # corrected (the step and the right unit are the report; settle reads the unit).
        Rule(("ส่ง|ยื่น|แนบ", "ไม่ใช่", "เป็น|ต่างหาก|ที่ถูก|คือ"), 551, _read_unit_corrected,
             keep=True, unless=QUESTION),
        # "ลงชื่อทีมในฟอร์มแล้ว": the team's names put down on the form (ลงชื่อ alone registers).
        Rule(("ลงชื่อทีม|ลงรายชื่อทีม|ใส่ชื่อทีม|ใส่รายชื่อทีม|กรอกชื่อทีม|กรอกรายชื่อทีม",
              "แล้ว|เรียบร้อย|DATE"), 550, _read_team_named, unless=QUESTION),
        # "ศทส. รายงานผลแล้ว": to report the results is to send step 4's report (the words
        # stay: they name the step).
        Rule(("รายงานผล", "แล้ว|เรียบร้อย|DATE"), 549, _read_reported, unless=QUESTION, keep=True),
        # "เสร็จแล้วจ้า แผนพัฒนาหน่วยงานของกองคลัง": a step's own deliverable finished.
        Rule((_FINISHED, "แผน|รายชื่อ|รายงาน"), 548, _read_finished, unless=QUESTION, keep=True),
        # "แผนครบมิติแล้ว": the plan's dimensions stated as done, with no verb of sending.
        Rule(("แผน", "DIM", "แล้ว|เรียบร้อย"), 515, _read_done,
             unless=f"{QUESTION}|{_NOT_THIS_PLAN}"),
        # "แผนกองกลางครอบคลุมมิติ 2 กับ 3", "กจ. แผนมีมิติ 1 และ 3": what the plan covers, told
        # (a rule asked, "แผนต้องมีครบทุกมิติ", is no news of one).
        Rule(("แผน", "DIM"), 514, _read_done, keep=True,
             unless=f"{QUESTION}|ต้อง|ถ้า|หาก|ควร|ยังไง|อย่างไร|กี่|เท่าไหร่|หรือ|{_NOT_THIS_PLAN}"),
        # "อัปแผนขึ้นไดรฟ์แล้ว", "แผนกองกลางขึ้นไดรฟ์แล้ว": put up on a channel.
        Rule(("ขึ้น", CHANNEL_WORDS, "แล้ว|เรียบร้อย|DATE|DIM"), 546, _read_uploaded,
             unless=QUESTION),
        # "แผนไอทีอยู่ในไดรฟ์แล้ว": the thing is where it is sent to.
        Rule(("อยู่ใน|อยู่บน", CHANNEL_WORDS, "แล้ว|เรียบร้อย"), 545, _read_placed,
             unless=QUESTION),
        Rule(("ส่ง|ยื่น|แนบ", CHANNEL_WORDS), 540, _read_sent, unless=QUESTION),
        # "ส่งแผนไปก่อนนะคะ เอกสารประกอบยังไม่มีเลย เดี๋ยวตามไปทีหลัง": sent ahead of its papers.
        Rule(("ส่ง|ยื่น", "ไปก่อน"), 536, _sent_ahead,
             unless=f"{QUESTION}|ถ้า|หาก|ต้อง|ควร|ได้ไหม|ได้มั้ย|ได้เลย|เลื่อน|เพิ่งส่ง|ที่ส่ง|ไปก่อนเลย|ก็ได้|เถอะ|ดีกว่า"),
        Rule(("ไม่ผ่าน",), 530, _read_not_passed, unless=QUESTION),
        # "ผลตรวจแผนของ ศทส. ผ่านแล้ว": the check of a step's deliverable, its verdict.
        Rule(("ผลตรวจ|ผลการตรวจ|ผลพิจารณา|ผลการพิจารณา|ตรวจแล้ว", "ผ่านแล้ว|ผ่านเรียบร้อย|ไม่ผ่าน"),
             556, _read_checked, unless=f"{QUESTION}|ใคร|ถ้า|หาก|ต้อง"),
        # "กองกลางส่งแผนช้าไปหน่อย แต่เอกสารครบ": sent, with its documents told complete.
        Rule(("ส่ง|ยื่น|แนบ", _COMPLETE_DOCUMENTS), 552, _read_done,
             unless=f"{QUESTION}|ใคร|ถ้า|หาก|ต้อง|จะ|{_NOT_THIS_PLAN}"),
        Rule(("LINK",), 520, _read_step, unless=f"{QUESTION}|ใคร"),
    )),
)
# fmt: on
