"""The answer to each topic of a rule question: plan facts laid out in Thai.

Each function takes the question, the context and the organisation's plan indicator; the facts
come from ``kpi_core.rule_knowledge``, the wording from ``handlers.rule_answers``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from handlers.common import organisation_status
from handlers.context import Context
from handlers.formatting import number
from handlers.intents import RuleQuestion, RuleTopic
from handlers.nlu import resolve_step, resolve_unit
from handlers.replies import Reply, text_reply
from handlers.rule_answers import (
    channel_text,
    deduction_line,
    form_text,
    meeting_lines,
    points,
    score_reason_text,
    step_line,
    step_needs,
)
from kpi_core.models import DeductionRules, Indicator, MilestoneStep
from kpi_core.rule_knowledge import (
    DeductionRule,
    channel_fact,
    deduction_rules,
    form,
    percent_rules,
    rounds,
    score_reason,
    steps_for_level,
    steps_of_round,
)
from kpi_core.scoring import PMQA_MAXIMUM, PmqaLevel, pmqa_level, pmqa_level_ranges
from kpi_core.scoring.milestones import MilestoneResult

Answer = Callable[[RuleQuestion, Context, Indicator], Reply]


def pmqa_levels(score: int | None = None) -> Reply:
    """The PMQA 4.0 levels and the scores (of 500) each needs; with a score typed (more than a
    plan level's 1-5, at most 500), first the level it reaches."""
    lines = []
    if score is not None and _PLAN_LEVELS < score <= PMQA_MAXIMUM:
        level = pmqa_level(Decimal(score))
        where = "" if level is PmqaLevel.NOT_YET else "อยู่ใน"
        lines.append(f"{number(score)} คะแนน {where}{level.label_th}")
    lines.append("ระดับการพัฒนาสู่ระบบราชการ 4.0 (PMQA 4.0) จากคะแนนเต็ม 500:")
    for level, low, top in pmqa_level_ranges():
        high = top if top == PMQA_MAXIMUM else top - 1
        lines.append(f"• {level.label_th}: {number(low)}–{number(high)} คะแนน")
    lines.append(f"ต่ำกว่า {number(pmqa_level_ranges()[0][1])} คะแนน: ยังไม่ถึงระดับพื้นฐาน")
    return text_reply("\n".join(lines))


_PLAN_LEVELS = 5  # "ระดับ 5": a plan's level, no PMQA score


def _deductions(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    if _unit_result(intent, ctx, indicator) is not None:
        return _score_reason(intent, ctx, indicator)
    lines = [f"เกณฑ์หักคะแนน {indicator.title}"]
    lines += [deduction_line(rule, indicator) for rule in deduction_rules(indicator)]
    lines.append("คะแนน = ระดับที่ผ่าน (ขั้นตอนที่ผ่านติดกันจากขั้นตอนที่ 1) − คะแนนที่ถูกหัก")
    return text_reply("\n".join(lines))


def _channel(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    steps = _steps_named(intent, indicator) or [s for s in indicator.steps if s.channel]
    texts = [
        channel_text(channel_fact(s, indicator, intent.channel), intent.channel) for s in steps
    ]
    if not texts:
        return text_reply("แผนไม่ได้กำหนดช่องทางส่งไว้ครับ")
    assert ctx.organisation is not None
    keeper = next((u.name for u in ctx.organisation.units if u.coordinator), "")
    if keeper and any(s.channel for s in steps):
        texts.append(f"ลิงก์สำหรับส่งเอกสาร ขอได้จาก {keeper} ครับ")
    return text_reply("\n".join(texts))


def _dimensions(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    dims = indicator.dimensions
    if not dims:
        return text_reply("แผนนี้ไม่ได้แบ่งเป็นมิติครับ")
    if intent.category is not None:
        holding = [d for d in dims if intent.category in d.categories]
        if not holding:
            return text_reply(f"หมวด {intent.category} ไม่อยู่ในมิติใดของแผนครับ")
        named = " และ".join(f"มิติที่ {d.number} {d.title}" for d in holding)
        return text_reply(f"หมวด {intent.category} อยู่ใน{named}")
    one = next((d for d in dims if d.number == intent.number), None)
    if one is not None:
        categories = ", ".join(map(str, one.categories))
        return text_reply(f"มิติที่ {one.number} {one.title}: หมวด {categories}")
    rules = indicator.deductions or DeductionRules()
    lines = [f"การพัฒนาสู่ระบบราชการ 4.0 มี {len(dims)} มิติ"]
    if intent.number is not None:  # "มิติที่ 4 มีอะไรบ้าง" of a plan of three
        lines = [f"ไม่มีมิติที่ {intent.number} ครับ แผนนี้มีเพียง {len(dims)} มิติ"]
    for dim in dims:
        categories = ", ".join(map(str, dim.categories))
        lines.append(f"{dim.number}. {dim.title}" + (f" (หมวด {categories})" if categories else ""))
    needing = [s.number for s in indicator.steps if s.needs_dimensions]
    if needing:
        lines.append(
            f"แผนในขั้นตอนที่ {', '.join(map(str, needing))} ต้องมีกิจกรรมครบทุกมิติ อย่างน้อยมิติละ 1"
            f" ขาดมิติละหัก {points(rules.missing_dimension)} คะแนน"
        )
    return text_reply("\n".join(lines))


def _meeting(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    lines = meeting_lines(indicator, ctx.today)
    return text_reply("\n".join(lines) if lines else "แผนไม่ได้ระบุวันประชุมไว้ครับ")


def _step(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    named = _steps_named(intent, indicator)
    if not named:
        return _round(replace(intent, number=None), ctx, indicator)
    step = named[0]
    lines = [step_line(step), *step_needs(step, indicator)]
    lines += [f"  {deduction_line(r, indicator)[2:]}" for r in _rules_of(step, indicator)]
    return text_reply("\n".join(lines))


def _round(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    wanted = [intent.number] if intent.number in rounds(indicator) else list(rounds(indicator))
    if intent.number is not None and intent.number not in rounds(indicator):
        have = ", ".join(map(str, rounds(indicator)))
        return text_reply(f"ตัวชี้วัดนี้ประเมิน {len(rounds(indicator))} รอบ (รอบที่ {have}) ครับ")
    lines = []
    for n in wanted:
        lines.append(f"รอบที่ {n}:")
        lines += [f"• {step_line(s)}" for s in steps_of_round(indicator, n)]
    return text_reply("\n".join(lines))


def _level(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    level = intent.number or indicator.max_level
    if level > indicator.max_level or level < 1:
        return text_reply(f"ตัวชี้วัดนี้มีระดับ 1–{indicator.max_level} ครับ")
    lines = [f"ระดับ {level} ต้องผ่านขั้นตอนที่ 1–{level} ตามลำดับ:"]
    for step in steps_for_level(indicator, level):
        lines.append(f"• {step_line(step)}")
        lines += step_needs(step, indicator)[1:]
    lines.append(f"ได้คะแนน {level} เต็มเมื่อไม่ถูกหักคะแนน (ถาม 'หักคะแนนอะไรบ้าง' ดูเกณฑ์หัก)")
    found = _unit_result(intent, ctx, indicator, own=True)
    if found is not None:
        unit, result = found
        lines.append(f"ตอนนี้ {unit}: ระดับ {result.level} คะแนน {number(result.score, 2)}")
    return text_reply("\n".join(lines))


def _score_reason(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    found = _unit_result(intent, ctx, indicator, own=True)
    if found is not None:
        unit, result = found
        return text_reply(score_reason_text(unit, score_reason(indicator, result), indicator))
    assert ctx.organisation is not None
    status = organisation_status(ctx, ctx.organisation)
    current = next(s for s in status.indicators if s.indicator.code == indicator.code)
    view = current.milestones
    lines = ["คะแนนแต่ละหน่วยงาน = ระดับที่ผ่าน − คะแนนที่ถูกหัก"]
    for progress in view.units if view else ():
        cut = "; ".join(d.text_th for d in progress.result.deductions)
        lines.append(
            f"• {progress.unit}: ระดับ {progress.result.level} คะแนน "
            f"{number(progress.result.score, 2)}" + (f" (หัก {cut})" if cut else "")
        )
    return text_reply("\n".join(lines))


def _attendance(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    minimums = [r for r in percent_rules(indicator) if r.points_per_indicator is None]
    if not minimums:
        return text_reply("แผนนี้ไม่ได้กำหนดเกณฑ์การเข้าร่วมครับ")
    lines = []
    for rule in minimums:
        lines.append(f"{step_line(rule.step)}: ต้องไม่น้อยกว่าร้อยละ {points(rule.percent)}")
        if intent.number is not None:
            verdict = "ผ่าน" if intent.number >= rule.percent else "ไม่ผ่าน"
            lines.append(f"ร้อยละ {intent.number} จึง{verdict}ขั้นตอนที่ {rule.step.number}")
    return text_reply("\n".join(lines))


def _thresholds(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    found = percent_rules(indicator)
    if not found:
        return text_reply("แผนนี้ไม่มีเกณฑ์เป็นร้อยละครับ")
    named = {s.number for s in _steps_named(intent, indicator)}
    # "ขั้นตอนที่ 5 ต้องบรรลุกี่ตัว": that step's rule, when it has one.
    found = tuple(r for r in found if r.step.number in named) or found
    lines = []
    for rule in found:
        share = points(rule.percent)
        lines.append(f"• {step_line(rule.step)}: ไม่น้อยกว่าร้อยละ {share}")
        if rule.points_per_indicator is not None:
            lines.append(
                f"  ถ้าบรรลุค่าเป้าหมายน้อยกว่าร้อยละ {share} ของตัวชี้วัดในแผน"
                f" หักตัวชี้วัดละ {points(rule.points_per_indicator)} คะแนน"
            )
        else:
            lines.append("  ไม่ถึงเกณฑ์ ขั้นตอนนี้ไม่ผ่าน (ระดับหยุดที่ขั้นตอนก่อนหน้า)")
    return text_reply("\n".join(lines))


def _form(intent: RuleQuestion, ctx: Context, indicator: Indicator) -> Reply:
    chosen = form(indicator, intent.number) if intent.number is not None else None
    if chosen is not None:
        return text_reply(form_text(indicator, chosen.number, chosen.title))
    if not indicator.forms:
        return text_reply("แผนนี้ไม่มีแบบฟอร์มครับ")
    lines = [f"ไม่มีแบบฟอร์มหมายเลข {intent.number} ครับ"] if intent.number is not None else []
    lines += [f"แบบฟอร์มหมายเลข {f.number}: {f.title}" for f in indicator.forms]
    if indicator.forms_url:
        lines.append(f"ดาวน์โหลด: {indicator.forms_url}")
    return text_reply("\n".join(lines))


ANSWERS: dict[RuleTopic, Answer] = {
    RuleTopic.DEDUCTIONS: _deductions,
    RuleTopic.CHANNEL: _channel,
    RuleTopic.DIMENSIONS: _dimensions,
    RuleTopic.MEETING: _meeting,
    RuleTopic.ROUND: _round,
    RuleTopic.STEP: _step,
    RuleTopic.ATTENDANCE: _attendance,
    RuleTopic.LEVEL: _level,
    RuleTopic.WHY_SCORE: _score_reason,
    RuleTopic.FORM: _form,
    RuleTopic.THRESHOLDS: _thresholds,
}


def _steps_named(intent: RuleQuestion, indicator: Indicator) -> list[MilestoneStep]:
    step = resolve_step(intent.step, indicator) if intent.step else None
    return [step] if step is not None else []


def _rules_of(step: MilestoneStep, indicator: Indicator) -> list[DeductionRule]:
    return [r for r in deduction_rules(indicator) if step.number in r.steps]


def _unit_result(
    intent: RuleQuestion, ctx: Context, indicator: Indicator, *, own: bool = False
) -> tuple[str, MilestoneResult] | None:
    """The named unit's result (or, with ``own``, the asker's unit's), if one is meant."""
    org = ctx.organisation
    assert org is not None
    units = resolve_unit(intent.unit, org) if intent.unit else []
    name = units[0].name if len(units) == 1 else None
    if name is None and own and not units and ctx.member and ctx.member.unit:
        name = ctx.member.unit if ctx.member.organisation == org.name else None
    if name is None:
        return None
    status = organisation_status(ctx, org, name)
    current = next(s for s in status.indicators if s.indicator.code == indicator.code)
    view = current.milestones
    progress = next((p for p in view.units if p.unit == name), None) if view else None
    return (name, progress.result) if progress is not None else None
