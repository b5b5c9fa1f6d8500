"""Read-only handlers: status, one indicator, criteria and formula, history."""

from __future__ import annotations

from collections.abc import Callable

from handlers.cards import indicator_card, status_message
from handlers.common import (
    choose_indicator,
    find_unit,
    missing_organisation,
    organisation_status,
)
from handlers.context import Context
from handlers.formatting import number, plain
from handlers.intent_spec import IntentSpec
from handlers.intents import Aspect, History, IndicatorQuery, Intent, Status
from handlers.nlu import resolve_indicator, resolve_unit
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import EDGE_WORDS, INDICATOR_WORDS, QUESTION, STATUS_WORDS
from handlers.nlu.slots import Found, content, split_unit
from handlers.replies import Action, CardMessage, Reply, TextMessage, text_reply
from handlers.status_view import indicator_view
from kpi_core.fiscal_calendar import to_bangkok
from kpi_core.ledger import effective_submissions
from kpi_core.models import (
    TIER_LABELS_TH,
    Indicator,
    Submission,
    SubmissionAction,
    SubmissionKind,
)
from kpi_core.status import IndicatorStatus
from kpi_core.thai_dates import format_thai_date

NEXT_QUESTIONS = (
    Action("ใครยังไม่ส่ง", text="ใครยังไม่ส่ง"),
    Action("เหลือกี่วัน", text="เหลือกี่วัน"),
    Action("วิธีส่งผล", text="ใช้ยังไง"),
)
HISTORY_LIMIT = 10
ACTION_TH = {
    SubmissionAction.SUBMIT: "ส่ง",
    SubmissionAction.CORRECT: "แก้ไข",
    SubmissionAction.UNDO: "ยกเลิก",
}


def handle_status(intent: Status, ctx: Context) -> Reply:
    """The organisation's (or a named unit's) status: one summary card, or every indicator's."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    unit_name = None
    if intent.unit:
        unit = find_unit(org, intent.unit)
        if isinstance(unit, Reply):
            return unit
        unit_name = unit.name
    status = organisation_status(ctx, org, unit_name)
    return Reply((status_message(status, detail=intent.detail),), NEXT_QUESTIONS)


def handle_indicator_query(intent: IndicatorQuery, ctx: Context) -> Reply:
    """One indicator: its card, or the criteria / formula text when asked for."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    if intent.indicator and not resolve_indicator(intent.indicator, org):
        units = resolve_unit(intent.indicator, org)
        if len(units) == 1:  # "ไอทีถึงไหนแล้ว": a unit's alias, not an indicator
            return handle_status(Status(unit=units[0].name), ctx)
    chosen = choose_indicator(org, intent.indicator, intent)
    if isinstance(chosen, Reply):
        return chosen
    return indicator_answer(ctx, chosen, intent.aspect)


def indicator_answer(ctx: Context, indicator: Indicator, aspect: Aspect) -> Reply:
    """The answer about ``indicator`` for ``aspect``, with the card for context."""
    assert ctx.organisation is not None
    unit = (
        ctx.member.unit if ctx.member and ctx.member.organisation == ctx.organisation.name else None
    )
    status = organisation_status(ctx, ctx.organisation, unit if indicator.steps else None)
    current = next(s for s in status.indicators if s.indicator.code == indicator.code)
    card = CardMessage(_headline(current, aspect), (indicator_card(current),))
    if aspect is Aspect.CRITERIA:
        return Reply((TextMessage(criteria_text(indicator, current)), card))
    if aspect is Aspect.FORMULA:
        formula = indicator.formula or "รายงานไม่ได้ระบุสูตรคำนวณของตัวชี้วัดนี้"
        return Reply((TextMessage(f"สูตรคำนวณ ตัวชี้วัด {indicator.code}\n{formula}"), card))
    follow = (
        Action("เกณฑ์", text=f"เกณฑ์ ตัวชี้วัด {indicator.code}"),
        Action("ประวัติการส่ง", text=f"ประวัติ ตัวชี้วัด {indicator.code}"),
    )
    return Reply((card,), follow)


def _headline(status: IndicatorStatus, aspect: Aspect) -> str:
    """A one-line answer (also the card's lock-screen text)."""
    view = indicator_view(status)
    code = status.indicator.code
    if view.milestones and view.score:
        return f"ตัวชี้วัด {code}: คะแนน {view.score}"
    parts = [f"ตัวชี้วัด {code}"]
    if view.value:
        parts.append(f"ผล {view.value}")
    if view.passed:
        parts.append(f"ผ่าน {view.passed}")
    if status.tier is not None:
        parts.append(f"เกณฑ์{view.tier}")
    if view.score and aspect in (Aspect.SCORE, Aspect.TIER, Aspect.SUMMARY):
        parts.append(f"คะแนน {view.score}")
    if len(parts) == 1:
        parts.append("ยังไม่มีผลการดำเนินงาน")
    return ": ".join([parts[0], " · ".join(parts[1:])])


def criteria_text(indicator: Indicator, status: IndicatorStatus) -> str:
    """The criteria as written in the report, with the group that applies when known."""
    lines = [f"เกณฑ์การประเมิน ตัวชี้วัด {indicator.code} {indicator.criteria_round}".rstrip()]
    if indicator.criteria_note:
        lines.append(indicator.criteria_note)
    for group in indicator.criteria_groups:
        mark = " ← ใช้กลุ่มนี้" if status.group == group else ""
        lines.append(f"{group.label}{': ' + group.condition if group.condition else ''}{mark}")
        lines += [f"  • {TIER_LABELS_TH[t.tier]}: {t.text}" for t in group.targets]
        if group.exempt:
            lines.append(f"  • {group.note or 'ไม่ต้องประเมินตัวชี้วัดนี้'}")
    for step in indicator.steps:
        lines.append(f"ขั้นตอนที่ {step.number}: {step.title} ({step.window.text or 'ระหว่างปี'})")
    if status.baseline is not None:
        lines.append(
            f"ค่าฐาน ({indicator.baseline_label or 'ปีก่อน'}) = {number(plain(status.baseline))}"
        )
    if len(lines) == 1:
        lines.append("รายงานไม่ได้ระบุเกณฑ์เป็นกลุ่มหรือขั้น")
    return "\n".join(lines)


def handle_history(intent: History, ctx: Context) -> Reply:
    """The latest submissions of an indicator: who, when, what, and whether still in effect."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    chosen = choose_indicator(org, intent.indicator, intent)
    if isinstance(chosen, Reply):
        return chosen
    rows = ctx.ports.submissions.list(org.name, indicator_code=chosen.code)
    if not rows:
        return text_reply(f"ตัวชี้วัด {chosen.code} ยังไม่มีการส่งผลทางแชท")
    live = {s.id for s in effective_submissions(rows).values()}
    lines = [f"ประวัติการส่ง ตัวชี้วัด {chosen.code} (ล่าสุด {min(len(rows), HISTORY_LIMIT)} รายการ)"]
    for row in reversed(rows[-HISTORY_LIMIT:]):
        when = format_thai_date(to_bangkok(row.submitted_at).date()) if row.submitted_at else ""
        what = _row_text(row)
        flag = "" if row.id in live or row.action is SubmissionAction.UNDO else " (ไม่มีผลแล้ว)"
        who = row.submitted_by_name or "ไม่ทราบชื่อ"
        lines.append(f"• {when} {who}: {ACTION_TH[row.action]} {what}{flag}")
    return text_reply("\n".join(lines))


def _row_text(row: Submission) -> str:
    unit = f" [{row.unit}]" if row.unit else ""
    if row.kind is SubmissionKind.STEP:
        return f"ขั้นตอนที่ {row.step}{unit}"
    if row.value is not None:
        return f"{number(row.value)}{unit}"
    return f"{'ผ่าน' if row.passed else 'ไม่ผ่าน'}{unit}"


def _read_status(found: Found) -> Intent:
    unit, rest = split_unit(found.remainder)
    if unit:
        return Status(unit=unit)
    words = found.code or content(rest, EDGE_WORDS | STATUS_WORDS)
    return IndicatorQuery(words) if words else Status()


def _query(aspect: Aspect) -> Callable[[Found], Intent]:
    def read(found: Found) -> Intent:
        unit, rest = split_unit(found.remainder)
        indicator = found.code or content(rest)
        # With no indicator named, "ได้กี่คะแนน" asks where the organisation (or unit) stands.
        if not indicator and (unit or aspect in (Aspect.SUMMARY, Aspect.RESULT, Aspect.SCORE)):
            return Status(unit=unit)
        return IndicatorQuery(indicator, aspect)

    return read


# fmt: off
SPECS = (
    IntentSpec(History, handle_history, (
        Rule(("ประวัติ|history|log|ใครส่ง|ส่งโดยใคร|ใครเป็นคนส่ง|ใครบันทึก|รายการที่ส่ง",), 70,
             lambda found: History(indicator=found.code or content(found.remainder))),
    )),
    IntentSpec(IndicatorQuery, handle_indicator_query, (
        Rule(("ผ่านเกณฑ์|ผ่าน|ระดับ|ขั้น|tier|level", QUESTION), 50, _query(Aspect.TIER),
             unless="ขั้นตอน"),
        Rule(("สูตรคำนวณ|สูตร|คำนวณ|คิดยังไง|คิดอย่างไร|คิดไง|วิธีคิด|formula|คิดจาก",), 48,
             _query(Aspect.FORMULA)),
        Rule(("เกณฑ์|ค่าเป้าหมาย|เป้าหมาย|เป้า|target|criteria",), 46, _query(Aspect.CRITERIA)),
        Rule(("ได้กี่คะแนน|กี่คะแนน|คะแนน|score|แต้ม",), 44, _query(Aspect.SCORE),
             unless="คะแนนรวม|คะแนนทั้งหมด|ภาพรวม"),
        Rule(("ได้เท่าไหร่|ได้เท่าไร|เท่าไหร่|เท่าไร|เท่าไหล่|เท่าใด|ผลลัพธ์|ผลเป็นยังไง"
              "|ผลเป็นไง|ผลการดำเนินงาน|ได้กี่|ผลล่าสุด|result",), 42, _query(Aspect.RESULT)),
        Rule((INDICATOR_WORDS,), 10, _query(Aspect.SUMMARY), keep=True),
    )),
    IntentSpec(Status, handle_status, (
        Rule(("สถานะ|สรุป|ภาพรวม|ถึงไหน|status|ความคืบหน้า|คืบหน้า|progress|คะแนนรวม"
              "|คะแนนทั้งหมด|summary|overview|เป็นยังไงบ้าง|เป็นไงบ้าง|dashboard|ผลการประเมิน",), 40,
             _read_status),
    )),
)
# fmt: on
