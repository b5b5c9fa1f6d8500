"""Read-only handlers: status, one indicator, criteria and formula, history."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache

from handlers.cards import indicator_card, status_message
from handlers.common import (
    choose_indicator,
    missing_organisation,
    named_unit,
    organisation_status,
)
from handlers.context import Context
from handlers.data_files import read_text
from handlers.formatting import number, plain
from handlers.intent_spec import IntentSpec
from handlers.intents import (
    Aspect,
    Deadlines,
    History,
    IndicatorQuery,
    Intent,
    Missing,
    Status,
    StepDetails,
)
from handlers.item_answers import copies_note, items_for, items_of_organisation
from handlers.nlu import resolve_indicator, resolve_unit
from handlers.nlu.asides import photos_only_sent
from handlers.nlu.extract import PLACEHOLDERS
from handlers.nlu.guards import Guarded, lead, skipping
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import (
    EDGE_WORDS,
    INDICATOR_WORDS,
    MEASURE_ASPECTS,
    ORGANISATION_KINDS,
    ORGANISATION_WORDS,
    QUESTION,
    REACH_A_TIER,
    ROUND_SPAN_RE,
    SENTENCE_END_RE,
    SOMEONE_ELSE_RE,
    STATUS_WORDS,
    UNIT_PREFIXES,
    phrase_regex,
    phrase_search_regex,
    words,
)
from handlers.nlu.questions import OTHER_NOT_YET_RE, asks
from handlers.nlu.report_words import report_words
from handlers.nlu.slots import (
    INDICATOR_RE,
    Found,
    chat_words,
    content,
    glued_measure,
    names_the_plan,
    split_unit,
    without_introduction,
)
from handlers.nlu.story import AFTER_CLOSE_RE, BEFORE_EVENT_RE, without_story
from handlers.nlu.tokenize import domain_word, everyday_words, tokens
from handlers.nlu.units import units_named
from handlers.nlu.value_checks import not_a_result
from handlers.replies import Action, CardMessage, Reply, TextMessage, text_reply
from handlers.status_view import indicator_view
from kpi_core.fiscal_calendar import to_bangkok
from kpi_core.ledger import effective_submissions
from kpi_core.models import (
    TIER_LABELS_TH,
    Direction,
    Indicator,
    Submission,
    SubmissionAction,
    SubmissionKind,
)
from kpi_core.org_names import squash
from kpi_core.report import DEFAULT_KEYWORDS
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
    if intent.more:
        return _units_side_by_side(intent, ctx)
    unit_name = named_unit(org, intent.unit)
    if isinstance(unit_name, Reply):
        if resolve_indicator(intent.unit, org):  # "อปท.": an indicator's word, not a unit
            return handle_indicator_query(IndicatorQuery(intent.unit), ctx)
        return unit_name
    status = organisation_status(ctx, org, unit_name)
    # The card is built once per data version, day and unit, like the status it shows.
    key = ("status card", unit_name, ctx.today, intent.detail)
    card = ctx.ports.memo.remember(
        org.name, key, lambda: status_message(status, detail=intent.detail)
    )
    return Reply((card,), NEXT_QUESTIONS)


def _units_side_by_side(intent: Status, ctx: Context) -> Reply:
    """Units compared ("เทียบกองคลังกับกองกลาง"): each unit's summary card, side by side in one
    carousel (one unit named twice: its status); a name that is no unit is said not found, the
    units listed, as for one unit, before the cards of the units found."""
    org = ctx.organisation
    assert org is not None
    names: list[str] = []
    not_found: list[Reply] = []
    for typed in (intent.unit, *intent.more):
        name = named_unit(org, typed)
        if isinstance(name, Reply):
            not_found.append(name)
        elif name is not None and name not in names:
            names.append(name)
    if not names:
        return _together(not_found, None)
    if len(names) < _SEVERAL_UNITS:
        return _together(not_found, handle_status(Status(unit=names[0]), ctx))
    cards = []
    for name in names[:MOST_CARDS]:
        status = organisation_status(ctx, org, name)
        key = ("status card", name, ctx.today, False)
        cards.append(ctx.ports.memo.remember(org.name, key, lambda s=status: status_message(s)))
    carousel = CardMessage(
        " · ".join(m.alt_text for m in cards)[:ALT_TEXT_MOST],
        tuple(c for m in cards for c in m.cards),
    )
    return _together(not_found, Reply((carousel,), NEXT_QUESTIONS))


def _together(first: list[Reply], then: Reply | None) -> Reply:
    """The replies ``first`` (units not found), then ``then``'s messages and buttons."""
    messages = [m for r in first for m in r.messages]
    if then is None:
        return Reply(tuple(messages), first[-1].quick_replies if first else ())
    return Reply((*messages, *then.messages), then.quick_replies)


def handle_indicator_query(intent: IndicatorQuery, ctx: Context) -> Reply:
    """One indicator: its card, or the criteria / formula text when asked for."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    if intent.indicator and not resolve_indicator(intent.indicator, org):
        units = resolve_unit(intent.indicator, org)
        if len(units) == 1:  # "ไอทีถึงไหนแล้ว": a unit's alias, not an indicator
            return handle_status(Status(unit=units[0].name), ctx)
    if not intent.indicator and intent.aspect in (Aspect.ITEMS, Aspect.FAILED):
        return items_of_organisation(ctx, intent.aspect)
    if intent.more:
        return _several_indicators(intent, ctx)
    chosen = choose_indicator(org, intent.indicator, intent)
    if isinstance(chosen, Reply):
        return chosen
    return indicator_answer(ctx, chosen, intent.aspect)


MOST_CARDS = 10  # a carousel holds 12; more indicators than this is the status's job


def _several_indicators(intent: IndicatorQuery, ctx: Context) -> Reply:
    """One question about several indicators ("ขยะได้เท่าไหร่ แล้วยาเสพติดล่ะ"): their texts in
    one message and their cards in one carousel; an indicator named unclearly is asked back
    first (the pick answers that one)."""
    assert ctx.organisation is not None
    chosen: list[Indicator] = []
    for named in dict.fromkeys((intent.indicator, *intent.more)):
        one = choose_indicator(ctx.organisation, named, replace(intent, indicator=named, more=()))
        if isinstance(one, Reply):
            return one
        if one not in chosen:
            chosen.append(one)
    answers = [indicator_answer(ctx, i, intent.aspect) for i in chosen[:MOST_CARDS]]
    if len(answers) == 1:
        return answers[0]
    texts = [m.text for a in answers for m in a.messages if isinstance(m, TextMessage)]
    cards = [m for a in answers for m in a.messages if isinstance(m, CardMessage)]
    carousel = CardMessage(
        " · ".join(m.alt_text for m in cards)[:ALT_TEXT_MOST],
        tuple(c for m in cards for c in m.cards),
    )
    return Reply(((TextMessage("\n\n".join(texts)),) if texts else ()) + (carousel,))


ALT_TEXT_MOST = 400  # LINE's limit for a card's lock-screen text


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
    notes = [copies_note(ctx.organisation.indicators, indicator), items_for(indicator, aspect)]
    return Reply((*(TextMessage(n) for n in notes if n), card), follow)


def _headline(status: IndicatorStatus, aspect: Aspect) -> str:
    """A one-line answer (also the card's lock-screen text)."""
    view = indicator_view(status)
    code = status.indicator.code
    whose = f"ตัวชี้วัด {code} ({view.unit})" if view.unit else f"ตัวชี้วัด {code}"
    if view.milestones and view.score:
        return f"{whose}: คะแนน {view.score}"
    parts = [whose]
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
        elif group.note and not group.targets:
            lines.append(f"  • {group.note}")  # a target in words: "ค่าเป้าหมายต้องไม่เพิ่มขึ้น"
    if indicator.direction is Direction.LOWER and indicator.criteria_groups:
        lines.append("ทิศทาง: ยิ่งน้อยยิ่งดี (ค่าเป้าหมายต้องไม่เพิ่มขึ้นหรือลดลง)")
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
    """The latest submissions of an indicator (or of one unit): who, when, what, and whether
    still in effect."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    unit = named_unit(org, intent.unit)
    if isinstance(unit, Reply):
        return unit
    code = None
    if intent.indicator or unit is None:
        chosen = choose_indicator(org, intent.indicator, intent)
        if isinstance(chosen, Reply):
            return chosen
        code = chosen.code
    every = ctx.ports.submissions.list(org.name, indicator_code=code)
    rows = [r for r in every if unit is None or r.unit == unit]
    whose = " ".join(filter(None, (f"ตัวชี้วัด {code}" if code else "", unit or "")))
    if not rows:
        return text_reply(f"{whose} ยังไม่มีการส่งผลทางแชท")
    live = {s.id for s in effective_submissions(every).values()}
    lines = [f"ประวัติการส่ง {whose} (ล่าสุด {min(len(rows), HISTORY_LIMIT)} รายการ)"]
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


def _read_sent_so_far(found: Found) -> Intent | None:
    """Who sent what over a time gone by ("เมื่อวานใครส่งอะไรบ้าง"); over a time to come
    ("เดือนหน้าใครส่งอะไรบ้าง", "วันที่ 30 นี้…") it is what is due, read by the deadlines."""
    extraction = found.extraction
    today = extraction.today
    if today is not None and (
        any(d.due > today for d in extraction.dates)
        or (extraction.month is not None and _month_to_come(extraction.month, today))
    ):
        return None
    return _read_history(found)


def _month_to_come(month: int, today: date) -> bool:
    """Whether ``month`` named bare is after today's, within the fiscal year (October first)."""
    return (month - 10) % 12 > (today.month - 10) % 12


def _read_history(found: Found) -> Intent | None:
    late = "ย้อนหลัง" in found.extraction.text and _RECORDED_LATE_RE.search(found.extraction.masked)
    if late and not asks(found.extraction.text, found.original):
        return None  # "ส่งรายชื่อทีม…ไปตั้งแต่ 28 พ.ย. 67 ค่ะ ขอบันทึกย้อนหลังนะคะ": a report
    if "ย้อนหลัง" in found.extraction.text and _MUST_BACKDATE_RE.search(found.extraction.text):
        # "คนใหม่ต้องเข้าประชุมย้อนหลังไหมคะ": whether something must be done for the time gone
        # by is the rules' question, no history.
        return None
    remainder = _before_the_ask_dropped(found)
    asked = _after_the_ask_dropped(remainder)
    history_asked = "ประวัติ" in found.extraction.text
    if asked != remainder and (history_asked or names_the_plan(asked) or units_named(asked).words):
        # "ใครส่งผลขยะล่าสุดคะ หนูกลัวส่งซ้ำกับพี่": the ask names the plan, the worry after it
        # nothing, as the history asked by its word ("ขอดูประวัติการบันทึก…ค่ะ อยากรู้ว่า…");
        # "ใครส่งขนมมาฝากคะ อร่อยมาก" names nothing: chat, judged on every word.
        remainder = asked
    if "เรา" in remainder or "ผ่านมา" in remainder:
        # "ที่ผ่านมากองเราบันทึกอะไรไว้บ้าง": ourselves and the time so far name nothing.
        remainder = _OURS_SO_FAR_RE.sub(" ", remainder)
    if "ระบบ" in remainder:  # "ใครบันทึกอะไรเข้าระบบไปบ้าง": the bot's system names nothing
        remainder = _INTO_THE_SYSTEM_RE.sub(" ", remainder)
    if "ตั้งแต่" in remainder:  # "…ตั้งแต่ต้นปีงบ": the span looked back over names nothing
        remainder = _SINCE_RE.sub(" ", remainder)
    if _SPAN_UNITS_RE.search(remainder):  # "สองวันนี้มีใครส่งอะไรเข้ามาบ้าง": the span too
        remainder = _RECENT_SPAN_RE.sub(" ", remainder)
    named = units_named(without_story(remainder))
    words = found.code or content(named.rest, _HISTORY_FILLER)
    if not named.words and chat_words(words):  # "ใครส่งขนมมาฝากคะ อร่อยมาก"
        return None
    # "ประวัติคะแนนความพร้อมรัฐบาลดิจิทัล": a measure word glued to the name may be its title's.
    words = glued_measure(found, words) + words
    # "ประวัติการส่งของกองคลังกับกองนิติการ": what several units sent is one list for all (the
    # units' words are kept: settle tells two units from one named twice, "กองคลัง กค.").
    return History(indicator=words, unit=named.words)


# What was recorded, asked after "บันทึก…": "…ไว้ว่าไง", "…ไว้วันไหน", "…ไว้บ้าง".
_RECORDED_ASKED = (
    "ไว้ว่าไง|ไว้ว่ายังไง|ไว้ว่าอะไร|ไว้ว่าอย่างไร|ไว้ยังไง|ไว้อย่างไร|ไว้วันไหน|ไว้วันที่เท่าไหร่"
    "|ไว้วันที่เท่าไร|ไว้เมื่อไหร่|ไว้เมื่อไร|ไว้ตอนไหน|ไว้บ้าง|ไว้มั่ง"
)


# When it was sent (ไป after what was sent) or last recorded, asked: "…ส่งรายชื่อทีมไปวันไหน",
# "…ส่งผลครั้งล่าสุดเมื่อไหร่" (the when word right after; the words apart say other things).
_SENT_WHEN_RE = re.compile(
    r"(?:ไป|ล่าสุด|สุดท้าย|หลังสุด)\s?(?:วันไหน|เมื่อไหร่|เมื่อไร|ตอนไหน|วันที่เท่าไหร่|วันที่เท่าไร)"
)


# How many times something was sent or mended, asked of the time gone by: "ไอทีเคยแก้ข้อมูลไป
# กี่รอบแล้ว", "ท่องเที่ยวส่งไปกี่ครั้งแล้ว" (not how many times one must: "ต้องส่งกี่ครั้ง").
_TIMES_DONE_RE = re.compile(r"(?:แก้|ส่ง|บันทึก|กรอก)\S{0,20}?\s?(?:ไป\s?)?กี่\s?(?:ครั้ง|รอบ|หน)\s?แล้ว")


def _read_times_done(found: Found) -> Intent | None:
    """How many times something was sent or mended (see ``_TIMES_DONE_RE``): the history."""
    if _TIMES_DONE_RE.search(found.extraction.masked) is None:
        return None
    return _read_history(found)


def _read_sent_when(found: Found) -> Intent | None:
    """When it was sent or last recorded, asked: the history (see ``_SENT_WHEN_RE``)."""
    if _SENT_WHEN_RE.search(found.extraction.masked) is None:
        return None
    return _read_history(found)


def _read_recorded(found: Found) -> Intent | None:
    """What the bot recorded, asked: the history, of the one unit named; the words of what
    was recorded ("วันที่ส่งแผน", "ส่งแผนทางไหน") name no indicator unless an indicator's
    word is among them."""
    if not asks(found.extraction.text, found.original):
        return None
    read = _read_history(found)
    if not isinstance(read, History) or not read.unit:
        return read
    return read if found.code or _names_an_indicator(read.indicator) else History(unit=read.unit)


# The end of what the entry says ("…ว่ากองกลางส่งรายชื่อแล้ว | ยังไม่ได้ส่งนะคะ").
_CLAIM_END_RE = re.compile(r"แล้ว|เรียบร้อย")


def _read_recorded_that(found: Found) -> Intent | None:
    """Who recorded that something was done: the history of what the entry names, read up to
    the end of its claim (the sender's denial after it names nothing)."""
    end = _CLAIM_END_RE.search(found.remainder)
    claim = found.remainder[: end.end()] if end else found.remainder
    return _read_history(replace(found, remainder=claim))


def _before_the_ask_dropped(found: Found) -> str:
    """The remainder without the sentences before the one the history was asked in, when they
    name no unit and nothing of the plan ("newcomer ค่ะ ขอดูประวัติ…"): the sender's
    introduction names nothing ("ใครเป็นคนแก้ค่าขยะล่าสุดคะ ขอดูประวัติ" names ขยะ)."""
    remainder = found.remainder
    sentences = SENTENCE_END_RE.split(remainder)
    if len(sentences) < 2:
        return remainder
    asked = SENTENCE_END_RE.split(found.extraction.masked)
    if len(asked) != len(sentences):
        return remainder
    # The sentence the cue was cut from is the first that changed.
    at = next((n for n, (a, b) in enumerate(zip(asked, sentences, strict=True)) if a != b), 0)
    if not at or any(units_named(s).words or names_the_plan(s) for s in sentences[:at]):
        return remainder
    return " ".join(sentences[at:])


def _after_the_ask_dropped(remainder: str) -> str:
    """The remainder without the sentences after the first that name no unit and no indicator:
    the asker's worry ("ใครส่งผลขยะล่าสุดคะ หนูกลัวส่งซ้ำกับพี่") names nothing."""
    first, *later = SENTENCE_END_RE.split(remainder)
    kept = [
        s
        for s in later
        if units_named(_OUTSIDE_FIGURES_RE.sub(" ", s)).words
        or _names_an_indicator(s)
        or _UNIT_GLUED_TO_OF_RE.search(s)
    ]
    return " ".join([first, *kept]) if len(kept) < len(later) else remainder


# Another body's figures the asker's are put against ("ตัวเลขไม่ตรงกับของ ททท.", "ต่างจากของ
# สสจ."): an outside body, named in a remark after the ask, is no unit of ours.
_OUTSIDE_FIGURES_RE = re.compile(
    r"(?:ไม่\s?)?(?:ตรง|ต่าง|แตกต่าง|เหมือน|เทียบ|ขัด)\s?(?:กัน\s?)?(?:กับ|จาก)\s?ของ\s?\S+"
)


# A unit glued to ของ after the ask ("…ค่ะ ขอของกองการเจ้าหน้าที่นะคะ"): whose history it is
# (settle reads the name against the organisation's units).
_UNIT_GLUED_TO_OF_RE = re.compile(r"ของ(?:กอง|ศูนย์|ฝ่าย)(?!ไหน|ใด|อะไร|ที่|เรา|นี้|นี่)\S")


# A step done on a day told, then asked to be recorded late: "…ไปตั้งแต่ 28 พ.ย. 67 ค่ะ
# ขอบันทึกย้อนหลังนะคะ" (never "ขอดูบันทึกย้อนหลัง", the history looked at).
_RECORDED_LATE_RE = re.compile(
    r"(?:ส่ง|อัป|อัพ|แนบ|ยื่น|กรอก)\S*.{0,60}?DATE.{0,40}?(?:ขอ|รบกวน|ฝาก)\s?(?:บันทึก|ลง|แจ้ง)\s?(?:ให้\s?)?ย้อนหลัง"
)
# Something that must be done for the time gone by: "ต้องเข้าประชุมย้อนหลัง", "ต้องส่งย้อนหลัง".
_MUST_BACKDATE_RE = re.compile(
    r"ต้อง(?!การ)\s?(?:เข้า|ส่ง|กรอก|บันทึก|ลง|ทำ|อบรม|ชดเชย)\S{0,15}?\s?ย้อนหลัง"
)
# A few days (weeks, months) looked back over: "สองวันนี้", "3 วันที่ผ่านมา", "สัปดาห์ก่อน".
# ("วันนี้" is a DATE by then: "สอง DATE").
_SPAN_UNITS_RE = re.compile("วัน|สัปดาห์|อาทิตย์|เดือน|DATE")
_RECENT_SPAN_RE = re.compile(
    r"(?:\d{1,2}|NUM|สองสาม|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|หลาย|ไม่กี่)\s?(?:วัน|สัปดาห์|อาทิตย์|เดือน)"
    r"\s?(?:นี้|ที่ผ่านมา|ที่แล้ว|ก่อน|หลังนี้|หลังมานี้|มานี้)"
    r"|(?<!\S)(?:สองสาม|สอง|สาม|สี่|ห้า|หลาย|ไม่กี่)\s?DATE"
)
_SINCE_RE = re.compile(
    r"ตั้งแต่\s?(?:ต้น|เริ่ม)?\s?(?:ปี\s?(?:งบ(?:ประมาณ)?)?|เดือน|สัปดาห์|MONTH|DATE)(?:\s?(?:นี้|NUM))?"
)


def _looked_back(found: Found) -> Intent | None:
    """ "เทศบาลตำบล มีใครบันทึกผลไปแล้วหรือยัง ดูย้อนหลังให้หน่อย": what was recorded, looked
    back on, is the history (a sending or recording dated back, "ขอบันทึกย้อนหลัง", is none)."""
    if not (asks(found.extraction.text, found.original) or "ขอ" in found.extraction.text):
        return None
    # "ย้อนดู log ที่…": the log is the history itself.
    return _read_history(replace(found, remainder=_LOG_RE.sub(" ", found.remainder)))


_LOG_RE = re.compile(r"(?<![a-z])(?:log|logs|history)(?![a-z])|ล็อก|ประวัติ(?:การ)?(?:บันทึก|ส่ง)?")


# A schedule asked for: "ไทม์ไลน์ส่งแผนต้องส่งวันไหน" asks the deadlines, not a history.
_DUE_WORDS = (
    "ต้องส่ง|กำหนด|deadline|due|เมื่อไหร่|เมื่อไร|วันไหน|หมดเขต|ครบกำหนด|ต้องทำ|ที่เหลือ|ถัดไป|ต่อไป|ข้างหน้า|ทั้งปี"
)
_WHO_RECORDED = (
    "|".join(
        f"{who}{verb}"
        for who in ("ใคร", "ใครเป็นคน", "ผู้ใด", "ผู้ใดเป็นผู้", "ใครเป็นผู้")
        # "ใครอัพผลท่องเที่ยวไปล่าสุด", "ใครเป็นคนอัพ master data": an upload is a recording.
        for verb in words(
            "อัปเดต|อัพเดต|อัพเดท|อัปเดท|update|ใส่|กรอก|ลงผล|ลงตัวเลข|คีย์|บันทึก|แก้|ส่ง"
            "|อัปโหลด|อัพโหลด|upload|อัป|อัพ"
        )
    )
    # "ใครเป็นคน update Master Data ครั้งล่าสุด": an English verb keeps its space.
    + "|"
    + "|".join(f"{who} {verb}" for who in ("ใคร", "ใครเป็นคน") for verb in ("update", "upload"))
    + "|ผู้บันทึก"
)
# What vetoes the history's words: the right figure told ("…ที่บันทึกไว้ผิด ปี 66 ต้องเป็น
# 401.7"), or a late entry asked to be recorded back-dated ("ศทส ส่งรายชื่อทีมเมื่อ 26 พ.ย. 67
# ครับ บันทึกย้อนหลังให้ด้วย": the report, recorded on its day; "ขอดูบันทึกย้อนหลัง" looks).
_BACK_RECORDED = r"(?:บันทึก|ลง|กรอก|ใส่)\s?(?:ผล\s?|ข้อมูล\s?)?ย้อนหลัง"
# Who recorded that something was done: "ใครเป็นคนบันทึกว่า…", "ใครไปกดว่า…", "ใครลงไว้ว่า…".
_WHO_RECORDED_THAT = "|".join(
    f"{who}{went}{verb}{kept}ว่า"
    for who in ("ใคร", "ใครเป็นคน", "ใครเป็นผู้", "ผู้ใดเป็นผู้")
    for went in ("", "ไป")
    for verb in ("บันทึก", "กดบันทึก", "กด", "ลง", "แก้", "อัปเดต", "อัพเดต", "อัพเดท", "ใส่", "กรอก")
    for kept in ("", "ไว้")
)
_HISTORY_VETO_RE = re.compile(
    phrase_regex("ต้องเป็น NUM|ต้องเป็นNUM|แก้เป็น NUM|แก้เป็นNUM|ที่ถูกคือ|ที่ถูกต้องคือ|ที่ถูกต้องเป็น|ที่ถูกเป็น")
    # "บันทึกย้อนหลังให้ด้วย": a back-dated entry asked; what was back-recorded looked at ("ขอดู
    # ข้อมูลที่บันทึกย้อนหลังให้หน่อย": ดู anywhere before it) is the history.
    + rf"|^(?!.*ดู.{{0,30}}?{_BACK_RECORDED}).*?(?<!การ){_BACK_RECORDED}\s?"
    r"(?:ให้|ด้วย|นะ|ได้เลย|เลย|หน่อย)"
    # The right day told: "วันที่ส่งแผนที่บันทึกไว้ผิดค่ะ จริงๆ ส่ง ๑๔ ม.ค.", "…ต้องเป็น 14 ม.ค.".
    # (Not when the message asks: "…บันทึกไว้วันไหนคะ ต้องเป็น 14 ม.ค. ใช่ไหม" is the history.)
    r"|^(?!.*(?:ไหน|ไหม|มั้ย|เปล่า|ใช่ป่ะ|เมื่อไหร่|เมื่อไร|\?)).*?"
    r"(?:ต้อง\s?เป็น|แก้\s?เป็น|จริง\s?ๆ\s?\S*?(?:ส่ง|ยื่น|อัป|อัพ)\S*(?:\s?(?:ไป|เมื่อ|วันที่|วัน))*)\s?DATE"
)
# A time gone by (or going on) that entries were made in: "เมื่อวาน" (a DATE), "เมื่อเช้า",
# "สัปดาห์ที่แล้ว", "เดือนนี้" (a MONTH).
_PAST_SPANS = (
    "DATE|MONTH|เมื่อเช้า|เมื่อกี้|เมื่อกี๊|เมื่อสักครู่|เมื่อวานนี้|สัปดาห์นี้|สัปดาห์ที่แล้ว|สัปดาห์ก่อน"
    "|อาทิตย์นี้|อาทิตย์ที่แล้ว|อาทิตย์ก่อน|ช่วงนี้|ที่ผ่านมา|ล่าสุด"
)
_SENT_WHAT = "|".join(f"{verb}อะไรไป" for verb in ("ส่ง", "อัปเดต", "อัพเดท", "อัพเดต"))
# "ประวัติการบันทึก", "ที่ส่งไปทั้งหมด": what a history is of, not an indicator.
# "ประวัติการส่งผลทั้งหมด", "ที่ผ่านมาใครบันทึกอะไร": when and what kind, not which.
# A period of entries: "ขอดูการบันทึกทั้งหมดของสัปดาห์นี้", "…ของเดือนนี้".
_PERIODS = (
    "สัปดาห์นี้|สัปดาห์ที่แล้ว|สัปดาห์ก่อน|อาทิตย์นี้|อาทิตย์ที่แล้ว|อาทิตย์ก่อน|เดือนนี้|เดือนที่แล้ว"
    "|เดือนก่อน|วันนี้|เมื่อวาน|เมื่อวานนี้|ช่วงนี้|ไตรมาสนี้"
)
_HISTORY_FILLER = EDGE_WORDS | frozenset(
    words(
        "บันทึก|การบันทึก|การส่ง|ส่งไป|ทั้งหมด|ที่ส่ง|ข้อมูล|แก้|แก้ไข|เปลี่ยน|ไว้"
        # What was reported, and whether it is right: "ประวัติการรายงานผล", "เลข 88.1 ที่ส่งไป
        # ถูกต้องหรือเปล่า"; what the sender does not know ("ยังไม่รู้ว่า…").
        "|รายงานผล|การรายงานผล|การรายงาน|ขอดู|เลข|ตัวเลข|ถูกต้อง|ถูก|ยังไม่รู้|ไม่รู้|ไม่แน่ใจ|ยัง|ไม่|รู้"
        "|ส่งผล|การส่งผล|บันทึกผล|การบันทึกผล|ผลที่ส่ง|ที่ผ่านมา|ย้อนหลัง|ที่แล้ว|เคย|กัน"
        # The entries and their dates: "รายการบันทึกย้อนหลัง", "…ไปแล้วบ้าง พร้อมวันที่".
        "|รายการ|รายการบันทึก|พร้อม|พร้อมวันที่"
        # What came in, to the chat group the history is of: "ที่ส่งเข้ามาในกลุ่มนี้".
        "|เข้ามา|ส่งเข้ามา|กลุ่ม|กลุ่มนี้|กลุ่มเรา|ในกลุ่ม|ของกลุ่ม|นี้|group|กรุ๊ป"
        # The organisation's own: "ประวัติการบันทึกผลทั้งหมดของจังหวัด".
        f"|{ORGANISATION_WORDS}"
        # A timeline of it: "ขอดูเป็นไทม์ไลน์", "timeline ที่ส่งผล…ไปแล้ว".
        "|ไทม์ไลน์|timeline|time line|เป็น|ขอเป็น|ขอดูเป็น|มา|ส่งมา|ส่งอะไร|ส่งอะไรมา|ส่งอะไรไป"
        # What was recorded, and when last: "ใส่ตัวเลขล่าสุด", "ครั้งสุดท้าย".
        "|ตัวเลข|ครั้ง|ครั้งล่าสุด|ครั้งสุดท้าย|สุดท้าย|หลังสุด|คน|ผู้|เป็นผู้|ผู้ใด"
        # Updates, when, and as a list: "ประวัติการอัปเดต", "ส่งอะไรไปเมื่อไหร่", "ขอ list".
        "|อัปเดต|อัพเดท|อัพเดต|อัปเดท|การอัปเดต|การอัพเดท|การอัพเดต|update|เมื่อไหร่|เมื่อไร"
        "|ไป|ไปแล้ว|แล้ว|list|ลิสต์|ขอลิสต์|ขอ list|เป็น list"
        # The sender's own or the team's entries: "ประวัติการบันทึกของผมเอง", "ที่ทีมบันทึกไป".
        "|เอง|ตัวเอง|ของผมเอง|ของหนูเอง|ทีม|ทีมงาน|รายชื่อ|รายชื่อทีม"
        # The period looked back on: "การบันทึกทั้งหมดของสัปดาห์นี้"; a moment ago ("เมื่อกี้ใคร
        # บันทึกอะไรไปบ้าง").
        f"|{_PERIODS}|เมื่อกี้|เมื่อกี๊|เมื่อตะกี้|ตะกี้|เมื่อสักครู่|สักครู่|เมื่อเช้า|เช้านี้|เมื่อ"
    )
)


STATUS_CUES = (
    "สถานะ|สถาณะ|สเตตัส|สรุป|ภาพรวม|ถึงไหน|status|ความคืบหน้า|คืบหน้า|progress|คะแนนรวม"
    "|คะแนนทั้งหมด|summary|overview|เป็นยังไงบ้าง|เป็นไงบ้าง|dashboard|ผลการประเมิน|ผลประเมิน"
    "|อยู่ตรงไหน|ไปถึงไหน|ติดอะไร|ติดตรงไหน|ติดปัญหาอะไร|ติดขัดอะไร|overall"
    # Where we stand among the steps: "ตอนนี้เราอยู่ขั้นตอนไหน" (not when a step is due).
    "|อยู่ขั้นตอนไหน|อยู่ขั้นตอนใด"
    # How far it has gone: "คลังไปได้แค่ไหนแล้วครับ", "งานไปถึงไหนแล้ว".
    "|ไปได้แค่ไหน|ไปแค่ไหน|ไปได้ถึงไหน"
)
_STATUS_RE = skipping(re.compile(phrase_search_regex(STATUS_CUES)))
# The status asked in words no deadline ask holds ("สรุป", "ภาพรวม" are said of the dues too:
# "สรุปกำหนดส่งให้หน่อย").
_STATUS_BESIDE_A_DEADLINE = (
    "สถานะ|สถาณะ|สเตตัส|status|ถึงไหน|คืบหน้า|progress|ผ่านกี่ขั้น|ผ่านไปกี่ขั้น|ทำไปกี่ขั้น"
    "|อยู่ขั้นตอนไหน|อยู่ตรงไหน|ไปได้แค่ไหน"
)
# An evaluation's result told as a score, with no question: "ผลประเมิน PMQA … 402.5 คะแนนค่ะ".
_SCORE_TOLD_RE = re.compile(
    rf"^(?!.*(?:{QUESTION}|ใช่|ป่ะ|\?|ไหม|มั้ย|หรือ))(?:.*ผล\s?(?:การ\s?)?ประเมิน.*NUM\s?คะแนน"
    # A figure told, then the summary it comes from: "…ลดลงร้อยละ 15 ตามสรุปของสำนักงาน…".
    r"|.*NUM\S*(?:\s\S+)?\s+ตาม\s?สรุป)"
)


_IN_DETAIL = (
    "แบบรายละเอียด|แบบละเอียด|อย่างละเอียด|รายละเอียด|ละเอียด|แบบเต็ม|ฉบับเต็ม|in detail|detailed"
    "|details|detail"
    # In full: "ขอฉบับละเอียดทุก KPI", "ขอดูภาพรวมแบบเต็มๆ".
    "|ฉบับละเอียด|ฉบับรายละเอียด|แบบเต็มๆ|ฉบับเต็มๆ"
    # A report asked in detail is the detail itself: "ขอรายงานละเอียดทุกตัวชี้วัดของจังหวัด".
    "|รายงานละเอียด|รายงานแบบละเอียด|รายงานอย่างละเอียด|รายงานโดยละเอียด|รายงานฉบับละเอียด"
    "|รายงานฉบับเต็ม|รายงานแบบเต็ม"
)
_IN_DETAIL_RE = re.compile(phrase_search_regex(_IN_DETAIL))
_EVERY_INDICATOR = (
    "ทุกตัวชี้วัด|ทุกตัว|ทุก kpi|ตัวชี้วัดทั้งหมด|kpi ทั้งหมด|ตัวชี้วัดทุกตัว|แต่ละตัวชี้วัด|ทุกตัวชี้"
    # Every unit, or every indicator counted: "ขอสถานะทุกกองแบบละเอียด", "ทั้ง 10 ตัว".
    "|ทุกกอง|ทุกหน่วยงาน|ทุกหน่วย|รายกอง|รายหน่วยงาน|ทั้ง NUM ตัว|ครบ NUM ตัว|ทั้งหมด NUM ตัว"
)
# "ขอแบบละเอียดรายตัวชี้วัด": each indicator in turn is every one.
_EACH_INDICATOR = "รายตัวชี้วัด|รายตัว|ราย kpi"


# Which or how many of the plan's steps are finished, asked (how far, never a deadline).
_STEPS_FINISHED = (
    "|".join(
        f"{which}{done}"
        for which in words("ขั้นตอนไหน|ขั้นไหน|ขั้นตอนใด|ขั้นตอนอะไร|สเต็ปไหน|step ไหน")
        for done in words("เสร็จแล้ว|ทำเสร็จแล้ว|ทำแล้ว|ผ่านแล้ว|เสร็จไปแล้ว|ที่เสร็จแล้ว|ที่ทำเสร็จ|ที่ทำแล้ว")
    )
    + "|เสร็จไปกี่ขั้น|เสร็จกี่ขั้น|เสร็จแล้วกี่ขั้น|เสร็จไปแล้วกี่ขั้น|เสร็จไปกี่ step|กี่ขั้นที่เสร็จ|กี่ขั้นตอนที่เสร็จ"
)
# How many steps were passed, counted as steps in English words ("ผ่านกี่ step แล้ว").
_STEPS_COUNTED_ASKED = (
    "ผ่านกี่ step|ผ่านไปกี่ step|ผ่านมากี่ step|ผ่านแล้วกี่ step|ทำไปกี่ step|ได้กี่ step"
    "|ส่งไปกี่ step|ไปแล้วกี่ step|ผ่านกี่สเต็ป|ผ่านไปกี่สเต็ป|ผ่านแล้วกี่สเต็ป|ทำไปกี่สเต็ป"
    "|ผ่านแล้วกี่ขั้น|ผ่านมากี่ขั้น|ผ่านมาแล้วกี่ขั้น"
)
# A count of steps passed, said to be checked ("ผ่าน ๒ ขั้นตอนแล้วใช่ไหม"), or said complete
# ("กองไหนครบ 3 ขั้นตอนแล้ว", "๓ ขั้นตอนแรกครบไหม").
_STEPS_PASSED_TOLD = (
    "ผ่าน NUM ขั้น|ผ่านไป NUM ขั้น|ผ่านมา NUM ขั้น|ผ่านแล้ว NUM ขั้น|ผ่าน NUM step"
    "|ผ่านไป NUM step|ผ่าน NUM สเต็ป|ทำไป NUM ขั้น|ส่งไป NUM ขั้น"
    "|ครบ NUM ขั้น|NUM STEP ครบ"
)
# What is left to do, asked ("เหลือทำอะไรอีกบ้าง", "ยังเหลืออะไรอีก").
_LEFT_TO_DO = "เหลือทำอะไร|เหลือส่งอะไร|เหลืออะไรต้องทำ|เหลืออะไรต้องส่ง|เหลืออะไรอีก|ยังเหลืออะไร"
# Every step asked in detail ("สรุปรายละเอียดทุกขั้นตอนของ IT"): the unit's detail cards.
_EVERY_STEP_CUES = "ทุกขั้นตอน|ทุกขั้น|ทุก step|ทุกสเต็ป|แต่ละขั้นตอน|แต่ละขั้น"
_EVERY_STEP_RE = re.compile(phrase_search_regex(_EVERY_STEP_CUES))
# Every step counted out: "ทั้ง 5 ขั้นตอน", "ครบทั้ง 5 ขั้น".
_STEPS_COUNTED = "ทั้ง NUM ขั้นตอน|ครบ NUM ขั้นตอน|ทั้ง NUM ขั้น|ครบ NUM ขั้น|ทั้งห้าขั้นตอน|ทั้ง NUM step"
_EVERY_STEP = frozenset(words("ทุก|ขั้นตอน|ทุกขั้นตอน|ทุกขั้น|ทุก step|ทุกสเต็ป|แต่ละขั้นตอน|แต่ละขั้น"))


def _unit_attended_asked(found: Found) -> Intent | None:
    """One unit named, asked whether it has attended enough: its status."""
    masked = found.extraction.masked
    if found.code or OTHER_NOT_YET_RE.search(masked):
        return None  # "กองคลังเข้าประชุมครบแล้ว ส่วนแผนยัง": told, and another not yet
    if not (_yet_closing(masked) or asks(found.extraction.text, found.original)):
        return None  # "กองกลางเข้าประชุมครบแล้ว ยังไม่ได้ส่งแผน": told, no question
    named = units_named(without_story(found.remainder))
    if not named.words or named.several:
        return None
    return Status(unit=named.words)


def _unit_in_detail(found: Found) -> Intent | None:
    """One unit, and nothing else of the plan, asked in detail: its status in detail."""
    text = found.extraction.text
    if found.code or found.extraction.numbers or not (asks(text, found.original) or "ขอ" in text):
        return None
    said = without_story(found.remainder)
    named = units_named(said)
    if not named.words:  # "ขอแบบละเอียดของกองคลัง": the unit glued to the word before it
        unit, rest = split_unit(" ".join(tokens(said)))
        return Status(unit=unit, detail=True) if unit and not INDICATOR_RE.search(rest) else None
    if named.several or INDICATOR_RE.search(named.rest):
        return None
    return Status(unit=named.words, detail=True)


def _read_detail(found: Found) -> Intent | None:
    """Every indicator asked in detail: the status's detail cards (of a unit, if named); the
    sentences after the ask are its context ("…ค่ะ จะเอาเข้าที่ประชุมบ่ายนี้") unless they name
    a unit."""
    asked = SENTENCE_END_RE.split(found.extraction.masked)
    left = SENTENCE_END_RE.split(found.remainder)
    at = next((n for n, s in enumerate(asked) if _DETAIL_RE.search(s)), None)
    if at is not None and len(asked) == len(left) and at + 1 < len(left):
        kept = [*left[: at + 1], *(s for s in left[at + 1 :] if split_unit(s)[0])]
        found = replace(found, remainder=" ".join(kept))
    # How it is asked is no word of what is asked, wherever the status reads its words from.
    masked = _IN_DETAIL_RE.sub(" ", found.extraction.masked)
    found = replace(found, extraction=replace(found.extraction, masked=masked))
    read = _read_status(found)
    if isinstance(read, IndicatorQuery) and read.aspect is Aspect.SUMMARY:
        # "ขอเรียนสอบถามสถานะของกลุ่มพัฒนาระบบบริหารโดยละเอียด": a unit glued to the word
        # before it, found among the words; nothing else named beside it.
        unit, rest = split_unit(" ".join(tokens(read.indicator)))
        if unit and not content(rest, _EVERY_STEP_EDGE):
            return Status(unit=unit, detail=True)
        # "สรุปรายละเอียดทุกขั้นตอนของ IT": every step of a unit (an alias settles later), as
        # is one word alone that names no indicator ("ขอสถานะ ไอที แบบละเอียด"), unless every
        # indicator or unit is asked ("ขอ status ละเอียดทุกตัวชี้วัด": the word names none).
        alone = len(tokens(read.indicator)) == 1 and "ทุก" not in found.extraction.text
        if (_EVERY_STEP_RE.search(masked) or alone) and not _names_an_indicator(read.indicator):
            return Status(unit=read.indicator, detail=True)
    if (
        isinstance(read, IndicatorQuery)
        and not found.code
        and _EVERY_INDICATOR_RE.search(found.extraction.text)
        and not _names_an_indicator(read.indicator)
    ):
        # "ขอผลทุกตัวชี้วัดแบบละเอียด ครบทั้ง 10 ตัว", "ขอรายงานผลทุกตัวชี้วัดแบบละเอียด": the
        # words left of a report asked of every indicator name none of them.
        return Status(detail=True)
    return replace(read, detail=True) if isinstance(read, Status) else None


_EVERY_INDICATOR_RE = re.compile(
    phrase_regex("ทุกตัวชี้วัด|ทุกตัว|ทุก kpi|ตัวชี้วัดทั้งหมด|kpi ทั้งหมด|ตัวชี้วัดทุกตัว")
    # Every indicator counted: "ขอดูผลทั้ง 8 ตัวชี้วัดโดยละเอียด".
    + r"|(?:ทั้ง|ครบ|ทั้งหมด)\s?\d+\s?(?:ตัว|kpi)"
)


# Where the asker comes from: "ผมมาจาก สงป.เขต 5", "หนูย้ายมาจากสำนักงานเขตที่ 3".
_CAME_FROM_RE = re.compile(
    r"(?:ผม|หนู|ดิฉัน|ฉัน|กระผม)\s?(?:ย้าย\s?)?มาจาก\s?\S+?(?:\s?(?:ที่\s?)?\d+)?(?=\s|$)"
)
# The whole asked of: "ภาพรวม", "ของสำนัก", "ทุกกอง".
_OF_THE_WHOLE_RE = re.compile(r"ภาพรวม|ทั้งสำนัก|ของสำนัก(?!งาน\S)|ทุกกอง|ทุกหน่วย")


def _introduction_dropped(found: Found) -> Found:
    """``found`` without the sender's introduction of their own unit ("ฝ่ายแผน…ค่ะ") when
    the ask names a unit itself or asks of every one ("ขอสรุปภาพรวมตัวชี้วัด"); an ask that
    names nothing ("กองคลังค่ะ ถึงไหนแล้ว") may be of the sender's own unit."""
    masked = found.extraction.masked
    bare = without_introduction(masked)
    if bare == masked:
        return found
    # "สถานะของกองกลาง": a unit's name glued to the word before it is found among the words.
    named = split_unit(bare)[0] or split_unit(" ".join(tokens(bare)))[0]
    if not (_EVERY_RE.search(bare) or named):
        return found
    extraction = replace(found.extraction, masked=bare)
    return replace(found, extraction=extraction, remainder=without_introduction(found.remainder))


def _every_units_scores(found: Found) -> Intent | None:
    """ "ขอดูคะแนนรายกองหลังปิดส่งแผนหน่อย": every unit's scores, no indicator named, are the
    organisation's status."""
    if found.code:
        return None
    if "แยก" in found.remainder or "NUM" in found.remainder:
        # "ขอคะแนนแยกรายกองทั้ง 5 กอง": split by unit, every one counted, names no indicator.
        found = replace(found, remainder=_BY_EVERY_UNIT_RE.sub(" ", found.remainder))
    read = _read_status(found)
    return read if isinstance(read, Status) else None


# Split unit by unit, or every unit counted: "แยกรายกอง", "แยกตามหน่วยงาน", "ทั้ง 5 กอง".
_BY_EVERY_UNIT_RE = re.compile(
    r"แยก(?:\s?(?:ราย|ตาม))?(?:\s?(?:กอง|หน่วยงาน|หน่วย))?|(?:ทั้ง|ครบ)\s?NUM\s?(?:กอง|หน่วยงาน|หน่วย)"
)


# The meeting a summary is wanted for: "ไปเข้าที่ประชุม กบจ.", "ไปรายงานที่ประชุมผู้บริหาร",
# "ไปใช้ในที่ประชุม…" (a meeting step asked, "สถานะการประชุม", is no "ที่ประชุม").
_FOR_A_MEETING_RE = re.compile(
    r"(?:ไป\s?)?(?:(?:เข้า|รายงาน|ใช้|นำเสนอ|เสนอ|ประกอบ)?\s?(?:ใน\s?)?ที่"
    # "…ไปประกอบการประชุมกรมการจังหวัดพรุ่งนี้": the meeting it serves, called การประชุม.
    r"|(?:ประกอบ|ใช้\s?ใน|นำเสนอ\s?ใน|เสนอ\s?ใน)\s?การ)\s?ประชุม\S*(?:\s?[ก-ฮ]{2,6}\.)?"
)


# A meeting's summary or minutes ("สรุปการประชุม", "สรุปรายงานการประชุม"): the office's own
# papers, no summary of the plan's status (an item's "รายงานสรุปผลการประชุม…" is no such word).
_MINUTES_RE = re.compile(r"สรุป\s?(?:รายงาน\s?)?การ\s?ประชุม")


# Something drawing near, said in a sentence of its own: "ใกล้ปิดรับแผนแล้ว", "ใกล้จะหมดเขตแล้ว".
_SOMETHING_NEAR_RE = re.compile(
    r"\s*ใกล้\s?(?:จะ\s?)?(?:ถึง\s?)?\S{1,30}?แล้ว\s?(?:นะ|ค่ะ|คะ|ครับ)?\s+(?=\S)"
)
# A tier wished, to come, of the past or of another body ("ขอให้ได้…", "ปีหน้าจะได้…", "เคยได้…",
# "รอบที่แล้วได้…", "กรมการจัดหางานได้…"): no tier told of this year's own indicator.
_NOT_NOW_RE = re.compile(r"ขอให้|จะ|หวัง|เคย|ที่แล้ว|ปีก่อน|รอบก่อน|ปีหน้า|รอบแรก|สาธุ|อยาก|ควร|น่าจะ|กรม")
# An indicator called by its title after the word for one ("KPI ระดับความสำเร็จฯ", "ตัวชี้วัด
# ขับเคลื่อน…"); not which, how many, every one or the organisation's ("ตัวชี้วัดของเรา").
_MARKED_TITLE_RE = Guarded(
    re.compile(
        r"(?:(?<![a-z])kpi|ตัวชี้วัด)\s?(?!ไหน|ใด|ทั้ง|ทุก|ที่|รวม|ของ|เรา|อะไร|กี่|แต่ละ|จังหวัด|องค์กร"
        r"|สำนัก|หน่วย|กอง|ส่วนราชการ|pmqa|NUM|ตัว)[ก-๙a-z]"
    )
)
# A measure asked: "ผลออกมาเท่าไหร่", "ได้กี่คะแนน"; not every unit's ("รายกอง", "ทุกกอง").
_MEASURE_ASKED_RE = re.compile(
    r"^(?!.*(?:ราย\s?กอง|ราย\s?หน่วย|ทุก|แต่ละ|ทั้งหมด)).*(?:เท่าไหร่|เท่าไร|เท่าใด|ได้กี่|กี่คะแนน)"
)
# An indicator's overall tier or score told: "PMQA ภาพรวม … ได้ระดับ NUM", "ภาพรวมได้ NUM คะแนน",
# or, after the words naming it, its bare figure closing the message ("KPI ขับเคลื่อน 4.0 ภาพรวม
# สป.รง. ได้ 4.5"; "ภาพรวม สป.รง. ได้ 4.5" names nothing it is of).
_OVERALL_TIER_TOLD_RE = re.compile(
    r"ภาพรวม\S*(?:\s\S+){0,3}?\s?ได้\s?(?:ระดับ\s?NUM|NUM\s?(?:คะแนน|ระดับ))"
    r"|^(?!\s*(?:ขอ|สรุป|ดู))\s*\S.*?ภาพรวม\S*(?:\s\S+){0,3}?\s?ได้\s?NUM\s*$"
)


# A kin term closing the message, after its particle: "…ถึงไหนแล้วครับพี่", "…นะคะพี่ๆ".
_CALLED_LAST_RE = Guarded(
    re.compile(
        r"(?:(?<=ครับ)|(?<=ค่ะ)|(?<=คะ)|(?<=นะ)|(?<=จ้า)|(?<=ล่ะ)|(?<=แล้ว)|(?<=\s))"
        r"\s?(?:พี่|น้อง)\s?(?:ๆ|ขา|จ๋า)?\s*$"
    )
)


def _status_beside_a_deadline(found: Found) -> Intent | None:
    """The status asked beside a deadline; a sending told done or a figure told, asking nothing
    ("สถานะกองคลังส่งแผนแล้ว ทันกำหนดค่ะ", "ความคืบหน้าขยะ 52 ตัน ส่งตามกำหนดค่ะ"), is a report
    for the rules below."""
    extraction = found.extraction
    if (extraction.numbers or _SENDING_TOLD_DONE_RE.search(extraction.masked)) and not asks(
        extraction.text, found.original
    ):
        return None
    return _read_status(found)


# A sending told done: "ส่งแผนแล้ว", "ส่งแผนตามกำหนดแล้ว", "อัปโหลดแล้ว".
_SENDING_TOLD_DONE_RE = re.compile(r"(?:ส่ง|อัป|อัพ)\S{0,16}\s?แล้ว")


def _read_status(found: Found) -> Intent | None:
    """A status, a unit's, or the words of an indicator; the sentences after the one that asks
    for the status are its context ("…หน่อยค่ะ ใกล้ประชุมผู้บริหารแล้ว") and name nothing."""
    found = _introduction_dropped(found)
    if "พี่" in found.remainder or "น้อง" in found.remainder:
        # "นิติการถึงไหนแล้วครับพี่": the colleague called at its end is no word of the name.
        found = replace(found, remainder=_CALLED_LAST_RE.sub(" ", found.remainder))
    if "ประชุม" in found.extraction.masked and _MINUTES_RE.search(found.extraction.masked):
        return None  # "สรุปรายงานการประชุมกองเมื่อวาน…": a meeting's minutes, no status
    masked = found.extraction.masked
    if "มาจาก" in found.remainder and _OF_THE_WHOLE_RE.search(masked):
        # "ผมมาจาก สงป.เขต 5 ขอดูภาพรวมตัวชี้วัดของสำนัก": where the asker comes from is no
        # unit asked when the whole is.
        found = replace(found, remainder=_CAME_FROM_RE.sub(" ", found.remainder))
    told = "ภาพรวม" in masked and _OVERALL_TIER_TOLD_RE.search(masked)
    if told and not asks(found.extraction.text, found.original) and not _NOT_NOW_RE.search(masked):
        return None  # "ตัวชี้วัด PMQA ภาพรวม สป.รง. ได้ระดับ 3 ครับ": the tier told, a value
    if "ภาพรวม" in masked and _MARKED_TITLE_RE.search(masked) and _MEASURE_ASKED_RE.search(masked):
        # "KPI ระดับความสำเร็จฯ ของ สป.รง. ภาพรวมผลออกมาเท่าไหร่แล้ว", "ตัวชี้วัด ขับเคลื่อน…
        # ภาพรวมได้กี่คะแนน": an indicator called by its title, its measure asked overall.
        aspect = Aspect.SCORE if "คะแนน" in masked else Aspect.RESULT
        return _query(aspect)(replace(found, remainder=_OVERALL_RE.sub(" ", found.remainder)))
    near = _SOMETHING_NEAR_RE.match(found.extraction.masked)
    if near and _STATUS_RE.search(found.extraction.masked, near.end()):
        # "ใกล้ปิดรับแผนแล้ว เราอยู่ตรงไหนกัน": what draws near, said first, is when it is asked.
        rest = found.extraction.masked[near.end() :]
        found = replace(found, remainder=_STATUS_RE.sub(" ", rest))
    sentences = SENTENCE_END_RE.split(
        found.extraction.masked[near.end() :] if near else found.extraction.masked
    )
    asking = next((n for n, s in enumerate(sentences) if _STATUS_RE.search(s)), None)
    if asking is not None and asking + 1 < len(sentences):
        # A unit named after the ask is whose status is asked ("ถึงไหนแล้วเด้อ กองกลาง").
        later = [s for s in sentences[asking + 1 :] if split_unit(s)[0]]
        kept = " ".join([*sentences[: asking + 1], *later])
        found = replace(found, remainder=_STATUS_RE.sub(" ", kept))
    # "ท่านผอ.ถามมาว่า…", "morning ครับ": the asker's story names nothing.
    named = units_named(without_story(found.remainder))
    if named.words and not named.several and not content(named.words, _STATUS_EDGE | _TOTALS):
        # "สรุปภาพรวมสำนักงานให้หน่อยค่ะ", "ภาพรวมสำนักงานตอนนี้คะแนนเฉลี่ยเท่าไหร่": the
        # organisation called by its kind, its total or average score asked.
        return Status()
    if named.words:
        # "กองคลังถึงไหนแล้ว แล้วกองกลางล่ะ": several units' status is the organisation's, once
        # settle knows them two units, not one named twice ("กองคลัง กค.").
        return Status(unit=named.words)
    rest = named.rest
    if "ก่อน" in rest:  # "ขอสรุปสถานะก่อนปิดสัปดาห์": when it is wanted, nothing named
        rest = BEFORE_EVENT_RE.sub(" ", rest)
    if "หลัง" in rest:  # "ภาพรวมหลังหมดเขตส่งแผน": the time it is asked of, nothing named
        rest = AFTER_CLOSE_RE.sub(" ", rest)
    if "เดือน" in rest:  # "ภาพรวมรอบ 6 เดือน": the round's span names nothing
        rest = ROUND_SPAN_RE.sub(" ", rest)
    if "อีก" in rest:  # "ขอภาพรวมคะแนนจังหวัดอีกรอบนะคะ": asked again, naming nothing
        rest = _AGAIN_RE.sub(" ", rest)
    if "รอบ" in rest:  # "สรุปความคืบหน้ารอบที่ 1": the round asked of names nothing either
        rest = _ROUND_RE.sub(" ", rest)
    if "ประชุม" in rest:  # "ขอสรุปผล…ไปเข้าที่ประชุม กบจ.": the meeting it is for names nothing
        rest = _FOR_A_MEETING_RE.sub(" ", rest)
    if "กอง" in rest or "หน่วย" in rest:
        # "สองกองนี้ถึงไหนแล้ว", "ทั้งสามกองเป็นไงบ้าง": several units asked by their count name
        # no indicator; their status is the organisation's.
        rest = _COUNTED_UNITS_RE.sub(" ", rest)
    words = found.code or content(rest, _STATUS_EDGE)
    if words and _HELD_LETTER_RE.fullmatch(words) and _held_after_a_word(words[0], masked):
        # "สถานะะ ภาพรวมม": the cue's last letter held, left over once the cue is cut, names
        # nothing.
        words = ""
    if not words or not found.code and _the_organisation(words):
        return Status()
    if not found.code and _EVERY_UNIT_RE.search(masked) and not content(words, _STATUS_TOTALS_EDGE):
        # "ตอนนี้คะแนนเฉลี่ยทุกกองเท่าไหร่": the average or total over every unit, no indicator
        # named, is the organisation's status.
        return Status()
    ranged = _STEP_RANGE_END_RE.search(masked) if "STEP" in masked else None
    if ranged and not found.code and words == ranged[1]:
        # "ภาพรวมขั้นตอนที่ 1-3 ตอนนี้เป็นไงบ้าง": the number closing a range of steps is the
        # last step's, no indicator's code; the steps' overview is the status.
        return Status()
    if not found.code and _the_plan_as_a_whole(words, masked):
        # "แผนทั้งปีตอนนี้ไปถึงไหน", "ความคืบหน้าการขับเคลื่อน 4.0 ของหน่วยงานเรา": the plan
        # called by the words of its own indicator, with no indicator's word, is the status.
        return Status()
    # "ขอสรุปความคืบหน้าทุกกองไว้ก่อน", "…ไปถึงไหนแล้วของทั้งสำนักงาน": asked of every unit or
    # indicator, with no indicator named, the status asked is the organisation's.
    if not found.code and _EVERY_RE.search(rest) and not _names_an_indicator(words):
        return Status()
    # "ขอทราบความก้าวหน้าของตัวชี้วัด… ของทุกกองในสังกัด": an indicator's progress asked of
    # every unit is the units' status.
    if ("ทุก" in rest or "แต่ละ" in rest or "ราย" in rest) and _EVERY_UNIT_RE.search(rest):
        return Status()
    # "สถานการณ์น้ำท่วมเป็นยังไงบ้าง": how everyday things are going is chat, not ours to answer.
    masked = found.extraction.masked
    # "ทีมไอทีติดอะไรอยู่": a team or a unit's word names the plan, its alias settles later.
    own = _OWN_STATUS_RE.search(masked)
    if "ประชุม" in words and _MEETING_ARRANGED_RE.search(masked) and _only_summed_up(masked):
        # "สรุปวันนี้ประชุมห้อง 1 หรือห้อง 3 คะ", "สรุปพรุ่งนี้ประชุมกี่โมง": "so", before the
        # room or the hour of a meeting asked, is no summary of ours.
        return None
    if own and "ถึง" in masked and chat_words(words) and _only_how_far(masked):
        # "รถติดมาก ตอนนี้ถึงไหนก็ไม่รู้", "ถึงไหนแล้วคะพี่ รออยู่หน้าตึก", "เรื่องร้องเรียน
        # น้ำท่วมถนน…ถึงไหนแล้วคะ": how far, asked of a trip or another matter in everyday words
        # with no other word of ours, is the group's chat.
        return None
    if own and chat_words(words):
        # "พอดีท่านผู้ว่าถามมา ตอนนี้ภาพรวมจังหวัดเป็นยังไง": the asker's story around a status cue
        # of ours names nothing of the plan; the status asked is the organisation's.
        return Status()
    anyones = _ANYONES_RE.search(masked) and not own
    if anyones and everyday_words(words) and not names_the_plan(words):
        if _an_organisation_cut_short(words):
            # "ปทุมฯ ตอนนี้เป็นไงบ้าง": an organisation's name cut short (the province's, not
            # everyday words about the place); settle tells whether it is the asker's own.
            return IndicatorQuery(words)
        return None
    # "ขอเรียนสอบถามผลการประเมินตัวชี้วัด…": an indicator's assessment asks for its result.
    assessed = _ASSESSED_RE.search(masked) and not _OVERVIEW_RE.search(masked)
    if _TOTAL_SCORE_ASKED_RE.search(masked) and not _OVERVIEW_RE.search(masked):
        # "kpi ราชการ 4.0 ได้คะแนนรวมเท่าไหร่": the total score of one indicator named.
        return IndicatorQuery(words, Aspect.SCORE)
    if "คะแนน" in masked and _SCORE_OF_NAMED_RE.search(masked):
        # "ขอทราบคะแนนของตัวชี้วัดระดับความสำเร็จ… ในภาพรวมของสำนักงาน…": the score asked
        # before the indicator's title is its score, the whole office's ("ในภาพรวม") as it is.
        return IndicatorQuery(words, Aspect.SCORE)
    if not found.code:
        # "ระดับความพร้อมรัฐบาลดิจิทัล สรุปผลหน่อย": a measure word glued before the name may
        # begin its title (settle decides by the organisation's titles).
        words = glued_measure(found, words) + words
    # "ภาพรวมตัวชี้วัดงบประมาณทั้ง 4 ตัว ได้เท่าไหร่บ้าง": what the indicators named got, asked
    # of their overview, is their result.
    got = _GOT_ASKED_RE.search(masked) is not None
    return IndicatorQuery(words, Aspect.RESULT if assessed or got else Aspect.SUMMARY)


# One Thai letter, maybe typed more than once: what a held letter leaves of a cue ("ภาพรวมม").
_HELD_LETTER_RE = re.compile(r"([\u0e01-\u0e2e])\1*")


def _held_after_a_word(letter: str, masked: str) -> bool:
    """Whether ``letter`` is typed twice at the end of a word ("ภาพรวมม"), not a short name of
    its own ("กก ส่งอะไรไปแล้วมั่ง": กองกลาง)."""
    at = masked.find(letter * 2)
    while at > 0:
        if not masked[at - 1].isspace() and masked[at - 1] != letter:
            return True
        at = masked.find(letter * 2, at + 1)
    return False


# The span before this one, compared with: "กว่าสัปดาห์ที่แล้ว", "กว่าเดือนก่อน", "กว่ารอบที่แล้ว"
# (names nothing; a year's figure, "กว่าปี 66", is read by the year's rule).
_THAN_BEFORE_RE = re.compile(
    r"(?:(?:ดี|แย่|สูง|ต่ำ)\s?(?:ขึ้น|ลง)\s?)?กว่า\s?(?:เมื่อ\s?|ช่วง\s?)?(?:MONTH(?!\s?YEAR)|"
    r"(?:สัปดาห์|อาทิตย์|วีค|เดือน|รอบ|ไตรมาส|ครั้ง|ปี)\s?(?:ที่\s?แล้ว|ก่อน\s?(?:หน้า|นี้)?|ที่\s?ผ่านมา))"
)


def _several_steps_of_every_unit(found: Found) -> Intent | None:
    """Several steps asked of every unit at once ("ขั้น 1 2 3 ผ่านกี่กองแล้ว"): the status; one
    step or a report ("ขั้น 1 2 3 ทุกกองส่งครบแล้วค่ะ") is left to the rules after."""
    if not _SEVERAL_STEPS_RE.search(found.extraction.masked):
        return None
    return Status() if asks(found.extraction.text, found.original) else None


# Steps' numbers in a row after the first: "ขั้น 1 2 3", "ขั้นตอนที่ 1-3", "ขั้น 1 ถึง 3".
_SEVERAL_STEPS_RE = re.compile(r"STEP\s?(?:-\s?\d|(?:,|และ|กับ|ถึง)?\s?NUM)")


# What was got, asked: "ได้เท่าไหร่บ้าง", "ได้เท่าไร" (not "ได้กี่คะแนน": the score).
_GOT_ASKED_RE = re.compile(r"ได้\s?(?:เท่าไหร่|เท่าไร|เท่าใด)")
# The organisation's total or average score, asked of it: "คะแนนเฉลี่ย", "คะแนนรวม".
_TOTALS = frozenset(words("คะแนนเฉลี่ย|เฉลี่ย|คะแนนรวม"))
# Asked once more: "อีกรอบ", "อีกครั้ง", "อีกที".
_AGAIN_RE = re.compile(r"อีก\s?(?:รอบ|ครั้ง|ที|หน)(?=\s|$|นะ|ค่ะ|คะ|ครับ|คับ|จ้า|ค่า|ได้|ให้|หน่อย|ด้วย|เถอะ)")
# A round of reporting named by its number or its order: "รอบที่ 1", "รอบ 2", "รอบแรก".
_ROUND_RE = re.compile(r"รอบ\s?(?:ที่\s?)?(?:\d{1,2}(?![\d.])|แรก|หนึ่ง|สอง|สาม|สุดท้าย|ล่าสุด|นี้|นี่|ถัดไป)")
# Several units called by their count: "สองกองนี้", "ทั้งสามกอง", "2 หน่วยงานนั้น".
_COUNTED_UNITS_RE = Guarded(
    re.compile(r"(?:ทั้ง\s?)?(?:สอง|สาม|สี่|ห้า|NUM)\s?(?:กอง|หน่วยงาน|หน่วย)(?:\s?(?:นี้|นั้น|นี่))?")
)
_SCORE_OF_NAMED_RE = re.compile(r"คะแนน\s?(?:ของ\s?)?(?:ตัวชี้วัด|kpi)")
_EVERY_UNIT_RE = re.compile(
    phrase_search_regex("ทุกกอง|ทุกหน่วย|ทุกหน่วยงาน|ทุกสำนัก|แต่ละกอง|แต่ละหน่วย|แต่ละหน่วยงาน|รายกอง|รายหน่วย")
)
_TOTAL_SCORE_ASKED_RE = re.compile(r"คะแนนรวม\s?(?:ได้\s?)?(?:เท่าไหร่|เท่าไร|เท่าใด|กี่)")


_ASSESSED_RE = re.compile(phrase_search_regex("ผลการประเมิน|ผลประเมิน"))
_DETAIL_RE = Guarded(re.compile(phrase_search_regex("ละเอียด|แบบเต็ม|ฉบับเต็ม|detail")))
_OVERVIEW_RE = re.compile(phrase_search_regex("สรุป|ภาพรวม|สถานะ|status|summary|overview|dashboard"))


def _read_units_compared(found: Found) -> Intent | None:
    """ "เทียบกองคลังกับกองกลาง", "ศทส. กับ กนต. สถานะต่างกันยังไง", "ไอทีกับกองกลาง ใครคืบหน้ากว่า
    กัน": two units or more compared, each one's status (settle tells one unit named twice);
    anything else compared ("เทียบขยะกับยาเสพติด") is no rule of units."""
    said = without_story(found.remainder)
    named = units_named(said)
    if len(named.names) < _SEVERAL_UNITS:
        return None
    if _SENT_SO_FAR_RE.search(found.extraction.masked):
        # "กค. กับ กนต. ส่งอะไรมาแล้วบ้าง เทียบกันให้ดู": what they sent, their history (523).
        return None
    if _WHO_LEADS_RE.search(found.extraction.masked) and "เทียบ" not in found.extraction.masked:
        # "ไอทีกับกองคลังใครนำอยู่ครับ 555": who leads, the standing of every unit side by side.
        return Status()
    # In the order typed ("ระหว่างกองนิติการกับกองคลัง": a name glued to a word is found later).
    first, *others = sorted(named.names, key=lambda name: _typed_at(said, name))
    return Status(unit=first, more=tuple(others))


# Who leads among the units named ("…ใครนำอยู่", "…ใครคะแนนดีกว่ากัน"): the overview ranks them;
# each one's progress put side by side ("ใครนำใครตาม", "เทียบ…ใครคืบหน้ากว่ากัน") is theirs.
_WHO_LEADS_RE = re.compile(r"ใคร\s?(?:นำ\s?อยู่|นำ(?!\s?ใคร)|(?:คะแนน\s?)?(?:ดี|สูง|เยอะ|มาก)\s?กว่า)")


def _typed_at(said: str, name: str) -> int:
    at = said.find(name)
    return at if at >= 0 else len(said)


_SEVERAL_UNITS = 2
# What was sent, asked: "ส่งอะไรไปแล้ว", "ส่งอะไรมาแล้วบ้าง".
_SENT_SO_FAR = (
    "ส่งอะไรไปแล้ว|ส่งอะไรแล้ว|ส่งอะไรไปบ้าง|ส่งอะไรมาแล้ว|ส่งอะไรมาบ้าง|ทำอะไรไปแล้ว"
    # The result sent or reported so far: "เราส่งผลอะไรไปแล้วบ้าง", "รายงานผลอะไรไปแล้วบ้าง".
    "|ส่งผลอะไรไปแล้ว|ส่งผลอะไรแล้ว|ส่งผลอะไรไปบ้าง|ส่งผลอะไรมาแล้ว|ส่งผลอะไรมาบ้าง"
    "|รายงานผลอะไรไปแล้ว|รายงานผลอะไรแล้ว|รายงานอะไรไปแล้ว|รายงานอะไรแล้ว"
    # What was sent complete so far: "กองการเจ้าหน้าที่ส่งอะไรครบแล้วบ้างคะ".
    "|ส่งอะไรครบแล้ว|ส่งอะไรไปครบแล้ว|ส่งอะไรครบไปแล้ว"
)
_SENT_SO_FAR_RE = re.compile(phrase_regex(_SENT_SO_FAR))
# Words comparing what they join: "เทียบ", "ต่างกัน", "ใครคืบหน้ากว่ากัน", "ใครนำอยู่".
_COMPARED_UNITS = "เทียบ|ต่างกัน|แตกต่าง|กว่ากัน|ใครนำ|นำอยู่|vs|versus|compare"


def _indicators_counted(found: Found) -> Intent | None:
    """The indicators a word names, asked how many they are and how they differ."""
    rest = _HOW_THEY_DIFFER_RE.sub(" ", found.remainder)
    read = _summary(replace(found, remainder=rest))
    return read if isinstance(read, IndicatorQuery) and read.indicator else None


_HOW_THEY_DIFFER_RE = re.compile(
    r"(?:(?<!\S)ตัว(?!\S))|(?:แล้ว\s?)?(?:ต่างกัน|แตกต่างกัน)\s?(?:ยังไง|อย่างไร|ตรงไหน|ไหม|มั้ย)?"
)


# A unit's full score asked ("กองการเจ้าหน้าที่ได้เต็ม 5 มั้ยคะ", "กองคลังได้คะแนนเต็มไหม"): where
# the unit stands. How it is reached ("…ต้องทำยังไงถึงจะได้เต็ม") is the rules'.
_FULL_SCORE_ASKED_RE = re.compile(r"ได้\s?(?:คะแนน\s?)?เต็ม(?:\s?NUM)?|ได้\s?NUM\s?(?:คะแนน\s?)?เต็ม")


def _unit_full_score(found: Found) -> Intent | None:
    """A named unit's full score asked (see ``_FULL_SCORE_ASKED_RE``): its status."""
    masked = found.extraction.masked
    asked = _FULL_SCORE_ASKED_RE.search(masked)
    if asked is None or not asks(found.extraction.text, found.original):
        return None
    unit, rest = split_unit(masked[: asked.start()])
    if not unit or content(rest, _STATUS_EDGE):
        return None
    return Status(unit=unit)


def _units_full_score(found: Found) -> Intent | None:
    """Which units have the full score, asked ("ตอนนี้มีกองไหนได้คะแนนเต็มแล้วบ้าง"): every
    unit's standing, unless an indicator is named."""
    masked = found.extraction.masked
    if found.code or INDICATOR_RE.search(masked) or _HOW_TO_REACH_RE.search(masked):
        return None
    return Status()


_HOW_TO_REACH_RE = re.compile(r"ถ้า|หาก|สมมติ|สมมุติ|ต้อง|ยังไง|อย่างไร")


def _status_only(found: Found) -> Intent | None:
    """The organisation's or a unit's status, never an indicator's (left to later rules)."""
    read = _read_status(found)
    return read if isinstance(read, Status) else None


def _read_counted(found: Found) -> Intent | None:
    """ "ตอนนี้ผ่านแล้วกี่ตัว ยังไม่ผ่านกี่ตัว", "รายงานผลไปแล้วกี่ตัวจาก 8 ตัว", "มีตัวชี้วัดที่
    ยังไม่ถึงเป้าเหลือกี่ตัว": how many indicators passed, were reported or sent, with no
    indicator named, is where the organisation stands (in detail when so asked); a unit named
    is the unit's. Another name beside it ("ปทุมธานีผ่านไปกี่ตัว") is left for settle, which knows
    the organisation's own names; an item's count of a title ("แต่งตั้งผ่านกี่ข้อ") and an
    indicator named ("ขยะผ่านกี่ข้อ") are read by the items' rules."""
    if found.code:
        return None
    masked = found.extraction.masked
    unreported = _UNREPORTED_RE.search(masked)
    if (
        unreported
        and ("เหลือ" in masked or "ส่ง" in unreported[0])
        and masked.count("กี่") == 1
        and not _STATUS_RE.search(masked)
    ):
        # "เหลือกี่ตัวชี้วัดที่ยังไม่รายงานผล", "ยังไม่ได้ส่งผลกี่ตัว": only those left unsent,
        # counted, is who has not sent (beside a count of those done, "รายงานไปแล้วกี่ตัว ยังไม่
        # รายงานกี่ตัว", the status; "ยังไม่ได้รายงานผลกี่ตัว", "ยังไม่มีผลกี่ตัว" alone, too).
        return None
    detail = _DETAIL_RE.search(masked) is not None
    rest = _STATUS_RE.sub(" ", _COUNTED_RE.sub(" ", found.remainder))
    rest = _IN_DETAIL_RE.sub(" ", rest) if detail else rest
    words = content(without_story(rest), _COUNTED_EDGE)
    if not words or _the_organisation(words):
        return Status(detail=detail)
    # "ภาพรวมตัวชี้วัดของสำนักงบประมาณ…มีผลครบกี่ตัว": one name of an office's kind may be the
    # organisation's own, though it holds an indicator's word (settle knows its names).
    office = len(tokens(words)) == 1 and words.startswith(_OFFICE_KINDS)
    if INDICATOR_RE.search(words) and not office:
        return None
    unit, left = split_unit(words)
    if unit and not content(left, _COUNTED_EDGE):
        return Status(unit=unit, detail=detail)
    items = "ข้อ" in found.extraction.masked
    if items or len(tokens(words)) > 1:
        return None
    return IndicatorQuery(words)  # "ปทุมธานี", "สงป.": the organisation's own name, settled


_OFFICE_KINDS = ("สำนักงาน", "สำนัก", "กรม", "กระทรวง", "จังหวัด")
# Not yet reported or sent: "ยังไม่รายงานผล", "ยังไม่ได้ส่ง", "ยังไม่มีผล".
_UNREPORTED_RE = re.compile(r"ยัง\s?ไม่\s?(?:ได้\s?)?(?:รายงาน|ส่ง|มี\s?ผล)")


def _read_units_counted(found: Found) -> Intent | None:
    """ "ตอนนี้ผ่านกี่กองแล้ว", "ผ่านแล้วกี่หน่วย": the units counted, no indicator named, are
    where the organisation stands (in detail when so asked)."""
    # "ขอตัวเลขหน่อยค่ะ ส่งแล้วกี่กอง…": the figures asked for are the counts, no indicator.
    remainder = (
        found.remainder.replace("ตัวเลข", " ") if "ตัวเลข" in found.remainder else found.remainder
    )
    if found.code or INDICATOR_RE.search(remainder):
        return None
    return Status(detail=_DETAIL_RE.search(found.extraction.masked) is not None)


def _weighted_total(found: Found) -> Intent | None:
    """ "คะแนนถ่วงน้ำหนักตอนนี้ได้เท่าไหร่": the organisation's weighted total, when no indicator
    or unit is named (else the rules after read it); the indicators counted beside it ("…และ
    รายงานผลไปแล้วกี่ตัวชี้วัด") name none, and the organisation's own name ("ของ สนง.ก.พ.")
    is left for settle to tell from a unit's."""
    if found.code:
        return None
    # "ของสำนักงบฯ", "ของสำนักงบประมาณ": an office's name after ของ may be the organisation's
    # own, though it holds an indicator's word (settle knows its names).
    office = _office_named(found.extraction.masked)
    remainder = found.remainder.replace(office, " ") if office else found.remainder
    if _names_an_indicator(remainder):
        return None
    named = units_named(without_story(remainder))
    if office and not named.words:
        return Status(unit=office)
    if not named.words:
        return Status()
    return Status(unit=named.words) if _ORGANISATION_NAMED_RE.match(named.words) else None


# The organisation called by its own name, short or whole: "สนง.ก.พ.", "สำนักงาน ก.พ.".
_ORGANISATION_NAMED_RE = re.compile(r"สนง\.|สำนักงาน\s?[ก-ฮ]\.")


def _office_named(masked: str) -> str:
    """An office or a department whose name holds an indicator's word ("สำนักงบฯ", "สำนัก
    งบประมาณ", "กรมการท่องเที่ยว"): its name, the organisation's own for settle to tell; ""."""
    for word in INDICATOR_RE.finditer(masked):
        kind = _OFFICE_KIND_BEFORE_RE.search(masked, 0, word.start())
        if kind:
            return masked[kind.start() : word.end()]
    return ""


_OFFICE_KIND_BEFORE_RE = re.compile(r"(?:สำนักงาน|สำนัก|กรมการ|กรม)\s?$")


# The counting around the cues: "ยังไม่ได้ผ่าน…", "…ไปแล้วอีกกี่ตัวชี้วัด", "จาก 8 ตัว".
_COUNTED_RE = re.compile(
    r"(?:จาก\s?(?:ทั้งหมด\s?)?(?:NUM|กี่)\s?(?:ตัวชี้วัด|ตัว|ข้อ|kpi)?)|ทั้งหมด|เหลือ|ยังไม่|ไม่ได้|ไม่|มีผล"
    r"|ตัวชี้วัด|ชี้วัด|kpi|เป้า|ที่"
)


def _read_how_far(found: Found) -> Intent | None:
    """ "กจ.ไปถึงขั้นไหนแล้ว": a unit's status; "ท่องเที่ยวถึงขั้นไหนแล้ว": an indicator's tier."""
    read = _read_status(found)
    return replace(read, aspect=Aspect.TIER) if isinstance(read, IndicatorQuery) else read


def _read_progress(found: Found) -> Intent | None:
    """ "กองคลังทำแผนเสร็จยัง", "กองกลางยังไม่ขยับเลยเหรอ", "เป็นห่วงกองนิติการ ล่าช้ามั้ย": how far
    a unit got is its status (a unit's alias or one glued to other words settles later). With no
    unit, what is not finished is asked of everyone ("แผนเสร็จยัง"), and lateness is the rules'
    ("ส่งล่าช้าได้ไหม", read by a later rule)."""
    if _SENDING_RE.search(found.extraction.masked) and not asks(found.extraction.text):
        return None  # "…ได้จัดส่งรายชื่อไปเมื่อ… ซึ่งล่าช้ากว่ากำหนด": a late sending, told
    unit, rest = split_unit(without_story(found.remainder))
    if unit:
        return Status(unit=unit)
    words = content(rest, _FRAMING_EDGE)
    if not words:
        return Status() if _DONE_RE.search(found.extraction.masked) else None
    if _DONE_RE.search(found.extraction.masked):
        if (
            _PASS_ASKED_RE.search(found.extraction.masked)
            and not found.extraction.step
            and not _STEP_NAMED_RE.search(words)
        ):
            # "หลักสูตรการสอบแข่งขันร่างเสร็จหรือยังคะ ผ่านไหม": a report indicator's draft, and
            # whether it passes, is its tier (read by a later rule), no step left to send.
            return None
        return Missing(step=words)
    if _SENDING_RE.search(words) or not (_UNIT_WORD_RE.search(words) or len(tokens(words)) == 1):
        return None
    return IndicatorQuery(words)


_DONE_RE = re.compile(phrase_search_regex("เสร็จ"))
# A step's own words ("แผนเสร็จยัง ผ่านไหม" asks of step 3 still).
_STEP_NAMED_RE = re.compile(r"แผน|รายชื่อ|ทีม|team|ขั้น|step|ฟอร์ม|form", re.IGNORECASE)
_PASS_ASKED_RE = re.compile(
    r"ผ่าน\s?(?:เกณฑ์\s?|เป้า\s?)?(?:แล้ว\s?)?(?:ไหม|มั้ย|มั๊ย|หรือยัง|รึยัง|ยัง|หรือเปล่า|รึเปล่า|ป่ะ)"
)
_SENDING_RE = re.compile(phrase_search_regex("ส่ง|แนบ|ยื่น|รายงาน|กรอก"))
_UNIT_WORD_RE = re.compile(f"(?:{UNIT_PREFIXES})\\S")
PROGRESS_CUES = (
    "เสร็จยัง|เสร็จหรือยัง|เสร็จรึยัง|เสร็จแล้วยัง|เสร็จแล้วหรือยัง|เสร็จหรือเปล่า|เสร็จรึเปล่า"
    "|เสร็จไหม|เสร็จมั้ย|เสร็จแล้วไหม|เสร็จแล้วมั้ย|ไม่ขยับ|ขยับบ้าง|ขยับไหม|ขยับมั้ย|ขยับยัง"
    "|ขยับไปถึงไหน|ขยับไปไหน|ล่าช้าไหม|ล่าช้ามั้ย|ล่าช้าหรือเปล่า|ล่าช้ารึเปล่า|ล่าช้าป่ะ"
    "|ช้ากว่ากำหนด|ช้าไหม|ช้ามั้ย|ช้าหรือเปล่า|ช้ารึเปล่า|ช้าป่ะ|ล้าช้า"
)


# Something still outstanding, asked: "มีอะไรค้าง", "มีอะไรที่ยังไม่ครบ".
_OUTSTANDING = (
    "มีอะไรค้าง|มีอะไรที่ค้าง|มีอะไรยังค้าง|มีอะไรที่ยังค้าง|มีอะไรคั่งค้าง"
    "|มีอะไรที่ยังไม่ครบ|มีอะไรยังไม่ครบ|มีอะไรไม่ครบ|มีอะไรที่ไม่ครบ"
)


def _read_left_to_send(found: Found) -> Intent | None:
    """ "กองคลังต้องส่งอะไรอีกบ้าง": what one unit still has to send is its status; with no
    unit named, what is still due is the deadlines' (read by a later rule)."""
    unit, _ = split_unit(without_story(found.remainder))
    return Status(unit=unit) if unit else None


def _read_sent(found: Found) -> Intent | None:
    """ "กองคลังส่งอะไรไปแล้วบ้าง": the unit's status (the corpus's labels split 6 to 4 for the
    history; reading it so was tried and left out, as it cost held-out readings); what several
    units have sent ("กองคลังกับกองกลาง ส่งอะไรไปแล้วบ้าง"), what we sent so far with no unit
    named, or one unit's list asked to be looked at, is the history of what was sent."""
    named = units_named(found.remainder)
    if len(named.names) > 1:  # "ไอทีกับกองคลัง…": an alias joined to a unit, settle tells
        return History(unit=named.words)
    if named.words and _LOOKED_AT_RE.search(found.extraction.masked):
        return History(unit=named.words)  # "ขอดูว่ากองนิติการส่งอะไรไปแล้วบ้าง": the list
    if not named.words:
        # "กองเราส่งอะไรไปแล้วบ้างนะ จำไม่ได้…", "ที่ผ่านมาส่งอะไรไปแล้วบ้าง": with no unit
        # named before the ask, what we sent so far is the history; the words after it are
        # the asker's context.
        cue = _SENT_SO_FAR_RE.search(found.extraction.masked)
        before = found.extraction.masked[: cue.start()] if cue else found.remainder
        if not content(_OURS_SO_FAR_RE.sub(" ", without_story(before)), _STATUS_EDGE):
            return History()
    return _read_status(found)


# Who sent, when none is named: ourselves ("กองเรา", "ทีมเรา", "จังหวัดเรา") and the time
# so far ("ที่ผ่านมา", "จนถึงตอนนี้").
_OURS_SO_FAR_RE = re.compile(
    r"(?:ของ\s?)?(?:กอง|ทีม|หน่วย(?:งาน)?|จังหวัด|สำนัก(?:งาน)?|ฝ่าย|กลุ่ม)?\s?(?:เรา|ผม|หนู)"
    r"|(?:ที่|ใน)?\s?(?:ผ่านมา|จนถึงตอนนี้|ตอนนี้|ปีนี้|ช่วงนี้)"
)


# The bot's own system, where things are recorded ("เข้าระบบ", "ลงระบบ", "ในระบบ"): no unit
# (กลุ่มพัฒนาระบบบริหาร holds the word) and no indicator ("ระบบราชการ 4.0", "ระบบบัญชีข้อมูล
# ภาครัฐ" are, and stay).
_INTO_THE_SYSTEM_RE = re.compile(
    r"(?:เข้า\s?(?:ไป\s?)?(?:ใน\s?)?|ใน\s?|ลง\s?|บน\s?)ระบบ"
    r"(?!\s?(?:ราชการ|บัญชี|สารสนเทศ|ข้อมูล|บริหาร|งาน|4))"
)


# What was sent asked to be looked at ("ขอดูว่า…", "อยากดูหน่อยว่า…"): the list of it, the
# history (what was sent alone, "กนต. ส่งอะไรไปแล้วบ้าง", is the unit's status).
_LOOKED_AT_RE = re.compile(r"(?:ขอ|อยาก)\s?(?:ดู|เปิดดู)\s?(?:หน่อย|ให้หน่อย)?\s?ว่า")


# A name alone as a follow-up: opened by "แล้ว" or "ส่วน", or closed by "ล่ะ", a casual
# particle or a question mark ("กนต.ล่ะ?", "แล้วไอทีล่ะ", "ศทส.อะ?", "IT ล่ะครับ"); an English
# name runs to four words ("แล้วGeneral Affairs Divisionล่ะ").
_FOLLOW_UP_RE = re.compile(
    r"^(?P<turn>(?:แล้ว(?:ก็)?|ส่วน)\s?)?(?P<name>[a-z][a-z.&-]*(?: [a-z][a-z.&-]*){0,3}|[^\s?!.]\S*?)"
    # "แล้ว กพร. เองล่ะ": the unit itself, as against the others asked before.
    r"(?:\s?เอง(?=\s?(?:ล่ะ|หล่ะ|ละ|อ่ะ|อะ|เหรอ|หรอ)))?"
    r"\s?(?P<asked>ล่ะ|หล่ะ|ละ|อ่ะ|อะ|เหรอ|หรอ)?\s?(?:คะ|ครับ|ค่ะ|คับ|ค้าบ|จ้า|จ๊ะ|นะ)?"
    r"\s?(?P<mark>\?+)?$"
)


# The short forms of the reports' words that name an indicator in some plan ("โอนงบ", "PB").
_SHORT_NAMES_RE = re.compile(
    "|".join(
        (
            *(
                re.escape(short.lower())
                for short, long in report_words().pairs
                if any(k.lower() in long.lower() for k, _ in DEFAULT_KEYWORDS if len(k) > 4)
            ),
            INDICATOR_WORDS,
        )
    )
)
_LATIN_RE = re.compile(r"[a-z0-9]")
_SHORTEST_NAME = 2


def read_follow_up(typed: str) -> Intent | None:
    """A unit or an indicator named alone as a follow-up to the question before it: the same
    question of it, the unit's status ("กนต.ล่ะ?") or the indicator's summary ("แล้วขยะล่ะ");
    a name that is an alias ("ไอทีอ่ะ?", "IT ล่ะ") is settled by the organisation's data.
    Everyday words, someone ("แล้วพี่ล่ะ") or a time ("แล้วพรุ่งนี้ล่ะ") follow nothing up."""
    match = _FOLLOW_UP_RE.match(typed.strip().rstrip("!~ "))
    if match is None or not (match["turn"] or match["asked"] or match["mark"]):
        return None
    name = match["name"]
    unit, rest = split_unit(name)
    if unit and not rest.strip():
        return Status(unit=unit)
    if not content(name) or SOMEONE_ELSE_RE.search(name) or len(name) < _SHORTEST_NAME:
        return None  # "เหรอ?": a letter left before "หรอ" names nothing
    if not (match["turn"] or match["asked"]):
        # "หืม?": a mark alone follows up a unit's name, an indicator's ("โอนงบ?") or a word
        # of ours alone ("ไอที?", an alias the organisation's data settles); never everyday words.
        ours = domain_word(name) and not _LATIN_RE.search(name)
        return IndicatorQuery(name) if _SHORT_NAMES_RE.fullmatch(name) or ours else None
    if INDICATOR_RE.search(name) or not everyday_words(name) or len(tokens(name)) == 1:
        return IndicatorQuery(name)
    return None


# How far, asked bare ("ถึงไหนแล้ว"; not "ไปถึงไหน", the work's): where anyone or anything
# has got, as much as the plan's status.
_HOW_FAR_BARE_RE = re.compile(r"(?<!ไป)(?<!ไป )ถึง\s?ไหน")


# A meeting's room, hour or move asked: "ประชุมห้อง 1 หรือห้อง 3", "ประชุมกี่โมง", "เลื่อนประชุม".
_MEETING_ARRANGED_RE = re.compile(
    r"ประชุม\S*\s?(?:ห้อง|กี่\s?โมง|เวลา|ตอน\s?ไหน)|เลื่อน\s?ประชุม|ห้อง\s?(?:NUM|\d|ไหน)"
)
# "สรุป" opening the message ("so, after all"), the only status cue in it.
_SUMMED_UP_FIRST_RE = re.compile(r"^\s*สรุป(?:ว่า|แล้ว|ตกลง)?")


def _only_summed_up(masked: str) -> bool:
    """Whether the only status cue of ``masked`` is "สรุป" opening it."""
    first = _SUMMED_UP_FIRST_RE.match(masked)
    return first is not None and _OWN_STATUS_RE.search(masked, first.end()) is None


def _only_how_far(masked: str) -> bool:
    """Whether the only status cue of ``masked`` is a bare "ถึงไหน" (no other word of ours)."""
    bare = _HOW_FAR_BARE_RE.sub(" ", masked)
    return bare != masked and _OWN_STATUS_RE.search(bare) is None


# The status cues that ask the bot; "เป็นยังไงบ้าง", "ติดอะไร" ask anyone about anything.
_ANYONES_STATUS = frozenset(
    ("เป็นยังไงบ้าง", "เป็นไงบ้าง", "ติดอะไร", "ติดตรงไหน", "ติดปัญหาอะไร", "ติดขัดอะไร")
)
_ANYONES_RE = re.compile(phrase_search_regex("|".join(_ANYONES_STATUS)))
_OWN_STATUS_RE = re.compile(
    phrase_search_regex(
        "|".join((*(w for w in words(STATUS_CUES) if w not in _ANYONES_STATUS), INDICATOR_WORDS))
    )
)


def _query(aspect: Aspect) -> Callable[[Found], Intent | None]:
    def read(found: Found) -> Intent | None:
        # "…ทั้งหมดของจังหวัดเพื่อนำเรียนท่าน ผวจ.": the asker's story names nothing.
        unit, rest = split_unit(without_story(found.remainder))
        # "ต้องได้กี่ชุด": how many of what is counted names no indicator.
        rest = _HOW_MANY_RE.sub(" ", rest)
        if aspect is Aspect.TIER and "NUM" in rest:
            # "หลักสูตรสอบแข่งขัน ผ่านครบ 3 ข้อยัง": the items counted whole point at none (the
            # items listed after the count, "…3 ข้อ ทั้งแจ้งเวียน…", are what is asked).
            counted = _ITEMS_COUNTED_RE.search(rest)
            if counted is not None and not content(rest[counted.end() :]):
                rest = f"{rest[: counted.start()]} {rest[counted.end() :]}"
        if "YEAR" in rest:  # "เป้าขั้นต้นคือปี 66 ลบ 10": a target reckoned from a year's figure
            rest = _FROM_A_YEAR_RE.sub(" ", rest)
        # (Whether ``rest`` names every unit or indicator, "ทุก…"/"แต่ละ…", is asked of it below
        # again: while ``rest`` is the text searched here, this search answers.)
        searched, every = rest, _EVERY_RE.search(rest)
        if every:  # "ขอผลทุกตัว… ผอ.จะเข้าประชุมบ่ายนี้": the story names none
            rest = without_story(rest)
        if "วัด" in rest:  # "kpi ขับเคลื่อน… 4.0 วัดอะไรบ้าง": what it measures is the ask
            rest = _MEASURES_WHAT_RE.sub(" ", rest)
        if "กว่า" in rest:  # "ภาพรวม…ดีขึ้นกว่าสัปดาห์ที่แล้วไหม": the span compared with
            rest = _THAN_BEFORE_RE.sub(" ", rest)
        indicator = found.code or content(rest)
        if indicator and not found.code:
            # "เป้าขั้นสูงเท่าไหร่", "มาตรฐานคือ…": a tier's name, no indicator's; beside a
            # title ("คะแนนความพร้อม… ผ่านเป้าขั้นสูงไหม") it is no part of the title.
            indicator = content(_TIER_NAME_RE.sub(" ", indicator))
        if (
            indicator
            and not found.code
            and (
                _EVERY_RE.search(indicator)
                or (every if rest is searched else _EVERY_RE.search(rest))
            )
        ):
            # "ขอดูคะแนนของแต่ละกอง ได้กี่คะแนนกันบ้าง": every unit's or the whole's, no
            # indicator named, when nothing else is left ("แต่ละตัวได้เท่าไหร่": "ตัว" is an
            # edge word, gone from the words but not from what was said).
            indicator = content(_EVERY_RE.sub(" ", indicator), _STATUS_EDGE) and indicator
        if (
            indicator
            and not found.code
            and _STATUS_RE.search(found.extraction.masked)
            and not content(indicator, _FRAMING_EDGE)
        ):
            # "งาน ๔.๐ ของเราคืบหน้าไปเท่าไหร่แล้วเจ้า": the words left are the progress asked
            # and the asker's particles, naming nothing; where things stand is asked.
            indicator = ""
        if (
            indicator
            and not found.code
            and aspect in (Aspect.SUMMARY, Aspect.RESULT)
            and (
                _EVERY_UNIT_RE.search(rest)
                or _the_plan_as_a_whole(indicator, found.extraction.masked)
            )
        ):
            # "สรุปผลการดำเนินงานตามตัวชี้วัด… ของทุกหน่วยงาน", "แผน 4.0 ของเรา progress กี่ %": the
            # result asked of every unit, or of the plan as a whole, is where things stand.
            indicator = ""
        if (
            not found.code
            and not unit
            and "เรา" in found.extraction.masked
            and _OWN_UNIT_RE.search(found.extraction.masked)
            and _own_kind_only(_MEASURE_WORD_RE.sub(" ", indicator))
        ):
            # "ของกองเราตอนนี้ได้ระดับอะไรแล้ว", "หน่วยเราได้คะแนนเท่าไหร่": the sender's own
            # unit called by its kind, no indicator named, asks where it stands.
            return Status()
        # With no indicator named, "ได้กี่คะแนน" asks where the organisation (or unit) stands,
        # as every indicator does ("สรุปคะแนนตัวชี้วัดทั้งหมดหน่อยค่ะ ท่านผู้ว่าขอดู").
        overall = aspect in (Aspect.SUMMARY, Aspect.RESULT, Aspect.SCORE)
        # "ผลบอลเมื่อคืนใครชนะ": our question word about everyday things naming nothing is chat;
        # with an overview word ("พอดีหัวหน้าถามมา โดยรวมได้กี่คะแนน") the chat is the story.
        # "ขอดูตัวชี้วัดระดับความสำเร็จของ…": the words the sender calls an indicator name one
        # (a title is written in everyday words); settle reads them by the organisation's data.
        called = _called_an_indicator(found, indicator)
        # (``called`` first: the cheaper look, and chat_words segments the words.)
        if not found.code and not unit and not called and chat_words(indicator):
            if overall and (every if rest is searched else _EVERY_RE.search(rest)):
                return Status()
            # Everyday words may still be an organisation's own ("บรรจุบุคคลเข้ารับราชการ"
            # ผ่านไหม): settle keeps the question only when its data writes every one of them.
            return IndicatorQuery(indicator, aspect)
        if not found.code and not unit and _pointed_alone(rest, indicator):
            # "ตัวนี้ได้กี่คะแนน", "อันนี้ผ่านเกณฑ์มั้ย": the indicator under talk, left unsaid.
            return IndicatorQuery("", aspect)
        # "ทุกกองอยู่ขั้นไหนกันบ้าง": any aspect asked of everyone, naming nothing, is the status.
        everyone = not indicator and (every if rest is searched else _EVERY_RE.search(rest))
        if (not indicator and (unit or overall or everyone)) or (
            overall and _every_indicator(rest)
        ):
            if not unit and not everyone and _the_indicator_called(found, rest):
                # "คะแนนตัวชี้วัดของเราได้เท่าไหร่": the indicator called by the word, the one
                # an organisation with one indicator has (settle decides; else the status).
                return IndicatorQuery("ตัวชี้วัด", aspect)
            return Status(unit=unit)
        asked = aspect
        # "ตัวชี้วัดที่ 9 คะแนนความพร้อม…": the title typed with the code holds the measure too.
        named = content(rest) if found.code else indicator
        measure = glued_measure(found, named, beside_code=True)
        if measure and _RELEASED_RE.fullmatch(named):
            measure = ""  # "ตชว.ที่ 5 คะแนนออกยัง": the measure released is asked, no title's
        if measure:  # the cue may be the title's: what else the message asks decides
            indicator = indicator if found.code else measure + indicator
            if MEASURE_ASPECTS[measure] is aspect:
                others = found.extraction.text.replace(measure + named, " ")
                asked = next((a for a, r in _OTHER_ASPECTS if r.search(others)), Aspect.SUMMARY)
        # "ความพร้อมรัฐบาลดิจิทัลได้ระดับเท่าไหร่": the level's value asked tells the indicator
        # titled by its level from the one titled by its score (the words settle by the data).
        level = not found.code and indicator and "ระดับ" not in indicator
        if level and _LEVEL_ASKED_RE.search(found.extraction.masked):
            indicator = f"{indicator} ระดับ"
        # "กจ.ได้คะแนนเต็มยัง": the unit stays with the words; settle reads them by the data.
        words = f"{unit} {indicator}" if unit and not found.code else indicator
        # "ตัวชี้วัดที่ 2 กับ 4 ได้ผลยังไง": the codes joined to the first are asked the same.
        more = found.extraction.more_codes if found.code else ()
        figure = asked is Aspect.TIER and _figure_stated(found)
        counted = "pillar" in words and bool(_PILLARS_COUNTED_RE.search(found.extraction.masked))
        leveled = asked is Aspect.TIER and not found.code and _leveled(found.extraction.masked)
        return IndicatorQuery(
            words, asked, more=more, figure=figure, counted=counted, leveled=leveled
        )

    return read


# The indicator titled by its level picked by the word ("DG readiness ตัวระดับ ได้ขั้นไหน"), or
# its level asked by the word ("DG readiness ระดับไหนแล้ว", "…อยู่ระดับใด", as the Thai name asked
# the same, "ความพร้อมรัฐบาลดิจิทัลได้ระดับไหน", is the level's), no score beside it; where it
# stands asked with "อะไร" ("DG Readiness อยู่ระดับอะไร") as with "ไหน" ("ได้ระดับอะไร" stays the
# level got, its result).
_LEVEL_WORD_RE = re.compile(
    r"ตัว\s?(?:ที่\s?(?:เป็น\s?)?)?ระดับ(?!\s?NUM)|ระดับ\s?(?:ไหน|ใด)(?!\s?(?:บ้าง|ก็))"
    r"|อยู่\s?(?:ที่\s?)?ระดับ\s?(?:อะไร|ไร)"
)
_SCORE_WORD_RE = Guarded(re.compile(r"คะแนน|(?<![a-z])score(?![a-z])|แต้ม"))
# The measure said to be out ("คะแนนออกยัง", "คะแนนออกมาแล้วยัง"): no title's word.
_RELEASED_RE = re.compile(r"ออก(?:\s?มา)?(?:\s?แล้ว)?(?:\s?(?:ยัง|หรือยัง|รึยัง))?")


def _leveled(masked: str) -> bool:
    """Whether the message picks the indicator titled by its level ("ตัวระดับ", "ระดับไหน"), no
    score named."""
    return bool(_LEVEL_WORD_RE.search(masked)) and not _SCORE_WORD_RE.search(masked)


def _the_indicator_called(found: Found, rest: str) -> bool:
    """Whether the score or result asked is of "the indicator" called by that word alone
    ("คะแนนตัวชี้วัดของเรา"), not of every one or the organisation's whole ("ทั้งหมด")."""
    text = found.extraction.masked
    return (
        ("ตัวชี้วัด" in text or "kpi" in text)
        and _OF_THE_INDICATOR_RE.search(text) is not None
        and not _EVERY_RE.search(text)
        and not _OVERVIEW_RE.search(text)
    )


_OF_THE_INDICATOR_RE = re.compile(r"(?:คะแนน|ผล)\s?(?:ของ\s?)?(?:ตัวชี้วัด|kpi)(?!\s?(?:ที่|ไหน|ใด))")


def _figure_stated(found: Found) -> bool:
    """Whether a figure besides the indicator's code is typed ("ผู้รับบริการ 185 คน", "ได้ 80%")."""
    code = found.code
    return any(number.raw != code for number in found.extraction.numbers)


def _called_an_indicator(found: Found, words: str) -> bool:
    """Whether ``words`` follow the word ตัวชี้วัด (or KPI) in the message: the sender names them
    an indicator ("ตัวชี้วัดระดับความสำเร็จของการขับเคลื่อนหน่วยงาน", "kpi เรื่องการแต่งตั้ง")."""
    text = found.extraction.text
    head = words[:_CALLED_HEAD]
    return bool(head) and any(_follows(text, kpi, head) for kpi in _KPI_WORDS)


def _follows(text: str, word: str, head: str) -> bool:
    """Whether ``head`` starts at most ``_CALLED_GAP`` letters after ``word`` in ``text``, on
    the same line (a search for each message's words, with no pattern compiled for them)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        window = text[end : end + _CALLED_GAP + len(head)]
        start = window.find(head)
        while 0 <= start <= _CALLED_GAP:
            if "\n" not in window[:start]:
                return True
            start = window.find(head, start + 1)
        at = text.find(word, at + 1)
    return False


_KPI_WORDS = ("ตัวชี้วัด", "kpi")
_CALLED_HEAD = 8  # letters enough to find the words where they stand
_CALLED_GAP = 12  # a word or two between: "เรื่อง", "ของ", a measure word content dropped


def _passed_yet(found: Found) -> Intent | None:
    """ "ขยะผ่านหมดยัง": asked only when "ยัง" ends the message."""
    if not found.extraction.masked.rstrip().endswith("ยัง"):
        return None
    return _query(Aspect.TIER)(found)


# What a tier's cue left of its name, glued to the ask ("ผ่านขั้นต้นหรือยัง": "ต้นหรือ").
_TIER_LEFT_RE = re.compile(r"(?:ขั้น\s?)?(?:มาตรฐาน|สูง|ต้น)(?:\s?(?:รึ|หรือ))?(?=\s|ยัง|$)")
_YET_END_RE = re.compile(r"ยัง(?:\s|ครับ|คับ|ค่ะ|คะ|นะ|จ้า|ฮะ|คร้าบ|\?)*$")


def _tier_choice(found: Found) -> Intent | None:
    """ "ขยะตอนนี้อยู่ขั้นต้นหรือมาตรฐาน": which of two tiers it stands at, its tier; the tiers
    named are no indicator's words."""
    if not _TIER_CHOICE_RE.search(found.extraction.masked):
        return None
    remainder = _TIER_CHOICE_RE.sub(" ", found.remainder)
    read = _query(Aspect.TIER)(replace(found, remainder=remainder))
    return replace(read, aspect=Aspect.TIER) if isinstance(read, IndicatorQuery) else read


_TIERS = "ขั้นต้น|ขั้นพื้นฐาน|ขั้นมาตรฐาน|ขั้นสูง|พื้นฐาน|มาตรฐาน"
# A tier asked as a choice: "อยู่ขั้นต้นหรือมาตรฐาน", "ระดับมาตรฐานหรือขั้นสูง".
_TIER_CHOICE_RE = re.compile(
    rf"(?:ระดับ\s?)?(?:{_TIERS})\s?(?:หรือว่า|หรือ|รึ)\s?(?:ระดับ\s?)?(?:{_TIERS})"
    r"|(?:ระดับ|ขั้น)\s?NUM\s?(?:หรือว่า|หรือ|รึ)\s?(?:ระดับ\s?|ขั้น\s?)?NUM"
)


def _reached_yet(found: Found) -> Intent | None:
    """ "ขยะถึงเป้ายังคะ": asked only when "ยัง" (with its particles) ends the message."""
    if not _YET_END_RE.search(found.extraction.masked):
        return None
    remainder = _TIER_LEFT_RE.sub(" ", found.remainder)  # the tier named is no indicator's word
    read = _query(Aspect.TIER)(replace(found, remainder=remainder))
    # A title holding its own measure word ("ระดับความพร้อม…") is still asked its tier here.
    return replace(read, aspect=Aspect.TIER) if isinstance(read, IndicatorQuery) else read


def _every_indicator(words: str) -> bool:
    """Whether the sentence that asks names every indicator and nothing else: "ตัวชี้วัด
    จังหวัดทั้งหมด", "ทุกตัว" (the sentences after it are its context)."""
    # "ขอผลทุกตัว… ผอ.จะเข้าประชุมบ่ายนี้": who the answer is for is the story, not the ask.
    asking = SENTENCE_END_RE.split(without_story(words))[0]
    return bool(_EVERY_RE.search(asking)) and not content(asking, _EVERY_WORDS)


def _the_organisation(words: str) -> bool:
    """Whether slot words only call the organisation by its kind ("ของสำนัก", "สำนักงานเรา"),
    around the framing of a status question ("ไปถึงไหนกันแล้ว", "ใครเสร็จแล้วบ้าง")."""
    # "ของกองเรา": the segmenter may glue "ของ" to the kind ("ของกอง").
    return all(
        w in _ORGANISATION_FILLER or (w.startswith("ของ") and w[3:] in _ORGANISATION_FILLER)
        for w in tokens(words)
    )


def _the_plan_as_a_whole(words: str, masked: str) -> bool:
    """Whether slot words only call the plan as a whole ("แผน", "การขับเคลื่อนสู่ราชการ 4.0",
    "ขั้นตอนไหนของแผน") around the organisation's words, no indicator's word in the message."""
    if _AN_INDICATOR_SAID_RE.search(masked):
        return False  # "ตัวชี้วัดขับเคลื่อน 4.0 ผลเป็นไง": the indicator is asked
    rest = _THE_PLAN_AS_A_WHOLE_RE.sub(" ", words)
    return rest != words and _the_organisation(content(rest, _STATUS_EDGE))


# The last step of a range typed after the first ("ขั้นตอนที่ 1-3", "ขั้น 1 ถึง 5").
_STEP_RANGE_END_RE = re.compile(r"STEP\s?(?:[-–]|ถึง)\s?(\d{1,2})(?![\d.])")
# The plan as a whole: the drive to Government 4.0 named by its verb, the plan bare or of the
# year, the step it has reached ("ขั้นตอนไหน"), its round closed ("ปิดรอบแผน").
_THE_PLAN_AS_A_WHOLE_RE = Guarded(
    re.compile(
        r"(?:การ)?ขับเคลื่อน\s?(?:หน่วยงาน\s?)?(?:สู่\s?)?(?:ระบบ\s?)?(?:ราชการ\s?)?(?:4\.0)?"
        r"|(?:(?<!\S)|ของ|ปิดรอบ)แผน(?:งาน)?(?:ทั้งปี)?(?!\S)"
        r"|(?:อยู่\s?)?ขั้นตอนไหน|(?:อยู่\s?)?ขั้นไหน"
    )
)
_AN_INDICATOR_SAID_RE = re.compile(r"ตัวชี้วัด|kpi|ตชว|ระดับความสำเร็จ", re.IGNORECASE)


def _an_organisation_cut_short(words: str) -> bool:
    """Whether ``words`` are one word, an organisation's known name (data/organisations/
    names.json) cut short with the mark ฯ ("ปทุมฯ", "สำนักงบฯ")."""
    said = tokens(words)
    if len(said) != 1 or not said[0].endswith("ฯ"):
        return False
    short = squash(said[0]).removesuffix("ฯ")
    return len(short) >= _SHORTEST_CUT and any(
        name.startswith(short) and name != short for name in known_organisation_names()
    )


_SHORTEST_CUT = 4  # letters: "ปทุม" of ปทุมธานี


@cache
def known_organisation_names() -> frozenset[str]:
    """Every organisation's full name, short name and aliases (data/organisations/names.json),
    squashed."""
    known = json.loads(read_text("organisations", "names.json"))["organisations"]
    return frozenset(
        squash(name)
        for full, entry in known.items()
        for name in (full, entry.get("short_name", ""), *entry.get("aliases", ()))
        if name
    )


def _names_an_indicator(words: str) -> bool:
    """Whether slot words hold an indicator's word besides the generic ones ("ตัวชี้วัด", "KPI")."""
    return any(m[0] not in _GENERIC_INDICATOR for m in INDICATOR_RE.finditer(words))


_GENERIC_INDICATOR = frozenset(("ตัวชี้วัด", "kpi", "KPI"))
STATUS_FRAMING = frozenset(
    line.strip()
    for line in read_text("nlu", "status_framing.txt").splitlines()
    if line.strip() and not line.startswith("#")
)
_FRAMING_EDGE = EDGE_WORDS | STATUS_FRAMING  # built once, not for each message
_STATUS_EDGE = EDGE_WORDS | STATUS_WORDS | STATUS_FRAMING  # built once, not for each message
_STATUS_TOTALS_EDGE = _STATUS_EDGE | _TOTALS
_EVERY_STEP_EDGE = _STATUS_EDGE | _EVERY_STEP
# What is left of a count asked ("…ไปแล้วอีกกี่ตัว"): no name.
# "ส่งผลครบกี่ตัวแล้ว": "ครบ" counts those complete, naming nothing.
_COUNTED_EDGE = _STATUS_EDGE | frozenset(
    ("อีก", "ผล", "ตอน", "ตอนนี้", "นี้", "แล้ว", "ไป", "ตัว", "ข้อ", "ครบ")
)
_ORGANISATION_FILLER = (
    EDGE_WORDS | STATUS_WORDS | ORGANISATION_KINDS | STATUS_FRAMING | frozenset(("ของ", "ทั้ง"))
)
_EVERY = (
    "ทั้งหมด|รวม|ทุกตัว|ทุกตัวชี้วัด|ทุกกอง|ทุกหน่วย|ทุกหน่วยงาน|ภาพรวม|โดยรวม|overall"
    # Each indicator in turn: "แต่ละตัวได้เท่าไหร่แล้วบ้าง".
    "|แต่ละตัวชี้วัด|แต่ละตัว|แต่ละ kpi"
    # Indicator by indicator: "ขอสรุปภาพรวมเป็นรายตัวชี้วัด", "ขอดูผลการประเมินแยกรายตัวชี้วัด".
    "|เป็นรายตัวชี้วัด|แยกรายตัวชี้วัด|รายตัวชี้วัด"
    "|แต่ละกอง|แต่ละหน่วย|แต่ละหน่วยงาน|ทั้งสำนักงาน|ทั้งสำนัก|ทั้งองค์กร|ทั้งกรม|ทั้งจังหวัด"
)
_EVERY_RE = skipping(re.compile(phrase_search_regex(_EVERY)))
# "ทั้งสำนักงานได้คะแนนเฉลี่ยเท่าไหร่": the average of the whole is of every indicator.
_EVERY_WORDS = (
    EDGE_WORDS
    | ORGANISATION_KINDS
    | frozenset(words(f"{_EVERY}|{ORGANISATION_WORDS}|ทั้ง|เฉลี่ย|ค่าเฉลี่ย|โดยเฉลี่ย"))
)


def _named_only(found: Found) -> Intent | None:
    """ "ขยะ", "ตัวชี้วัดขยะครับ": an indicator named alone asks for its summary; named in a
    sentence of everyday words that asks nothing ("ขยะหน้าบ้านไม่มีใครมาเก็บเลย") it is chat."""
    text = found.extraction.masked
    if "เขต" in text or "ภาค" in text:
        # "สำนักงบประมาณเขต 5 แจ้งย้ายที่ทำการ…": a regional office's name holds a keyword
        # ("งบประมาณ") but names no indicator.
        text = _REGIONAL_OFFICE_RE.sub(" ", text)
        if not INDICATOR_RE.search(text):
            return None
    rest = " ".join(w for w in INDICATOR_RE.sub(" ", text).split() if w not in PLACEHOLDERS)
    # "ระบบ e-Budgeting ล่มอีกแล้วเหรอ": a tag question ("…again, huh?") about everyday things
    # is said to the group; only the words besides the framing ones count as chatter.
    question = asks(text, found.original)
    if question and _TAG_RE.search(text):
        said = " ".join(w for w in tokens(rest) if w not in EDGE_WORDS)
        question = not chat_words(said) or asks(_TAG_RE.sub(" ", text), found.original)
    # "ช่วยเปิดตัวชี้วัด e-Service ให้ดูหน่อย": shown to the asker is a request to the bot.
    question = question or bool(_SHOW_ME_RE.search(text))
    # "รถขยะ อบต. ไม่มาเก็บอีกแล้ว": a short form of the reports' words is an everyday name too
    # ("อบต." is the subdistrict's administration).
    # (An indicator named alone leaves no words: none to write out, with no pass of every
    # short form's pattern.)
    said = report_words().long_forms(rest) if rest else rest
    if question and "ใคร" in text and chat_words(said):
        # "ขยะริมคลองล้นอีกแล้ว ใครแจ้งเทศบาลที", "…อบรมจริยธรรม… ใครลงชื่อแล้วบ้าง": who of the
        # group will do or did an everyday thing is asked of them, not the bot.
        question = asks(_WHO_OF_THE_GROUP_RE.sub(" ", text), found.original)
    if not found.extraction.numbers and not question and chat_words(said) and not _titled(text):
        return None
    if not question and photos_only_sent(text):
        return None  # "ทีม PB เขต 3 ส่งรูปกิจกรรมไปในกลุ่มไลน์แล้ว": photos shared, nothing asked
    numbers = found.extraction.numbers
    said = found.extraction.text
    if not question and numbers and all(not_a_result(said, n.start, n.end) for n in numbers):
        return None  # "รหัส ebudget 1234 ค่ะ", "ได้รับงบตรง 2 ล้าน": a login, money: nothing asked
    # "ethics indicator passed?", "ขยะผ่าน?": passed, asked by the question mark alone.
    passed = _passed_asked(found) if "ผ่าน" in rest and "ขั้น" not in text else None
    if passed is not None:
        return passed
    percent = _PERCENT_LAST_RE.search(text) and not found.extraction.numbers
    if percent and found.original.rstrip().endswith(("?", "？")):
        # "drug-free villages %?", "ยาเสพติด %?": its percentage asked, the result.
        return _latest(found)
    # "คะแนน DG Readiness ล่าสุด", "ขยะล่าสุด": its latest figure is what is asked, the result.
    return _latest(found) if _LATEST_RE.search(rest) else _summary(found)


def _titled(text: str) -> bool:
    """ "ตชว.ขับเคลื่อนหน่วยงานสู่ระบบราชการ ๔.๐": the indicator word leading the message, then
    a title holding an indicator's own word, is its name typed in full (no chat of the group)."""
    if not _CALLED_LEADING_RE.match(text):
        return False
    return any(m[0] not in _GENERIC_INDICATOR for m in INDICATOR_RE.finditer(text))


# The generic indicator word leading the message ("ตัวชี้วัด…", "ตชว.…", "kpi …").
_CALLED_LEADING_RE = re.compile(r"\s*(?:ตัวชี้วัด|ตชว\.?|kpi)", re.IGNORECASE)


# The percent sign or its word last, after the name (no figure typed).
_PERCENT_LAST_RE = Guarded(re.compile(r"(?:^|\s)(?:%|เปอร์เซ็นต์|เปอร์เซ็น|percent)\s*$"))
# A regional office by its name and number: "สำนักงบประมาณเขต 5", "สำนักงานสาธารณสุขเขตที่ 4".
_REGIONAL_OFFICE_RE = re.compile(r"(?:สำนักงาน|สำนัก|ศูนย์)\s?\S*?(?:เขต|ภาค)\s?(?:ที่\s?)?\d+")
# "อธิบายตัวชี้วัดเรื่องขยะให้ฟังหน่อย": explained to the asker, the same.
# (not promised: "เดี๋ยวเล่าให้ฟัง").
_SHOW_ME_RE = Guarded(
    re.compile(
        r"(?:เปิด|แสดง|โชว์)\S*\s?.*ให้\s?(?:ดู|เห็น)"
        # Its details wished to see: "อยากดูรายละเอียดตัวชี้วัดที่ 1 ค่ะ".
        r"|(?:อยาก|ขอ)\s?(?:ดู|ทราบ|รู้|เห็น)\s?(?:ราย\s?)?ละเอียด"
        r"|(?<!เดี๋ยว)(?<!เดี๋ยว )(?<!จะ)(?<!จะ )"
        r"(?:อธิบาย|(?:เล่า|บอก)\S*\s?.*ให้\s?ฟัง\s?(?:หน่อย|ที|ด้วย|ได้))"
    )
)
# "ใครแจ้งเทศบาลที", "ใครลงชื่อแล้วบ้าง": who of the group, the chunk that asks it.
_WHO_OF_THE_GROUP_RE = re.compile(r"ใคร\S*")
# Tag questions: they ask the group to agree, not the bot for a figure.
_TAG_RE = re.compile("เหรอ|หรอ")


_summary = _query(Aspect.SUMMARY)
# What an indicator measures, asked after its name ("…วัดอะไรบ้าง", "…วัดเรื่องอะไร"); never
# the วัด of ตัวชี้วัด ("ตัวชี้วัดอะไรบ้าง" asks which indicators).
_MEASURES_WHAT_RE = re.compile(r"(?<!ชี้)(?<!ชี้ )วัด\s?(?:ผล\s?)?(?:เรื่อง\s?)?(?:อะไร|ไร)(?:\s?บ้าง)?")
_latest = _query(Aspect.RESULT)
_LATEST_RE = re.compile(phrase_search_regex("ล่าสุด|อัปเดตล่าสุด|ตัวเลขล่าสุด|latest"))


def _named_result(found: Found) -> Intent | None:
    """The result of an indicator named by a keyword beside "ผลประเมิน…ได้เท่าไหร่"."""
    return _query(Aspect.RESULT)(found) if INDICATOR_RE.search(found.remainder) else None


_OTHER_ASPECTS = (
    (Aspect.SCORE, re.compile(phrase_search_regex("กี่คะแนน|คะแนนเท่า"))),
    (
        Aspect.TIER,
        re.compile(
            phrase_search_regex(
                "ผ่านไหม|ผ่านมั้ย|ผ่านหรือ|ผ่านเกณฑ์|ระดับไหน|ขั้นไหน|เลเวลไหน|level ไหน|ระดับใด|ขั้นใด"
                # "ระดับความพร้อม… ตอนนี้อยู่ระดับอะไร": where it stands, as "อยู่ระดับไหน".
                "|อยู่ระดับอะไร|อยู่ระดับไร|อยู่ขั้นอะไร"
                # "ระดับ DG ได้ไหน": which one a title by its level got, cut short.
                "|ได้ไหน"
            )
        ),
    ),
    # "คะแนน DG Readiness ล่าสุด": the latest figure of a title's measure is its result.
    # "ขอทราบผลการดำเนินงานตัวชี้วัดร้อยละของ…": the performance asked before the title.
    (
        Aspect.RESULT,
        re.compile(
            phrase_search_regex(
                "เท่าไหร่|เท่าไร|เท่าใด|ได้กี่|ผลเป็น|ผลลัพธ์|ล่าสุด|ผลการดำเนินงาน|ผลดำเนินงาน"
                # "ระดับความพร้อม… ได้ระดับอะไร": the level got, of a title by its level.
                "|ได้ระดับอะไร|ได้ระดับไร"
            )
        ),
    ),
)


FORMULA_WORDS = (
    "สูตรคำนวณ|สูตร|คำนวณ|คิดยังไง|คิดอย่างไร|คิดไง|วิธีคิด|formula|คิดจาก"
    # "ระดับความพร้อม…คำนวณยังไง": the asking word after คำนวณ is the cue's, no indicator's.
    "|คำนวณยังไง|คำนวณอย่างไร|คำนวณไง|คำนวณแบบไหน|คำนวณจากอะไร|คำนวณจาก|วิธีคำนวณ"
    # How a score or a result is reached: "คิดคะแนนยังไง", "วัดผลอย่างไร", "ให้คะแนนยังไง".
    "|คิดคะแนนยังไง|คิดคะแนนอย่างไร|คิดคะแนนไง|คิดคะแนนจาก|ให้คะแนนยังไง|ให้คะแนนอย่างไร"
    "|วัดผลยังไง|วัดผลอย่างไร|วัดผลไง|วัดยังไง|วัดอย่างไร|วัดไง|วิธีวัด|วิธีวัดผล|วิธีให้คะแนน"
    # What its result is measured from: "ตัวชี้วัดแต่งตั้งวัดผลจากอะไร".
    "|วัดผลจาก"
    # Where the figures come from and what is counted: "เก็บข้อมูลจากไหน", "ใช้ประชากรปีไหน
    # มาคิด", "ตัวหารคืออะไร", "นับอะไรบ้าง".
    "|เก็บข้อมูลจาก|ข้อมูลจากไหน|ข้อมูลจากที่ไหน|แหล่งข้อมูล|ที่มาของข้อมูล|ใช้ข้อมูลจาก|มาคิด|มาคำนวณ"
    "|ตัวหาร|ตัวตั้ง|นับอะไร|นับรวมอะไร|นับยังไง|นับอย่างไร|นับไง|นับแบบไหน|นับจากอะไร"
    # How it is counted: "วิธีนับชุดข้อมูล Master Data เป็นยังไง".
    "|วิธีนับ|วิธีการนับ"
    # What is counted in or only: "นับรวมทุกอำเภอหรือเฉพาะ 3 อำเภอ", "นับเฉพาะแหล่งน้ำใช่มั้ย",
    # "จริงๆ นับเป็นแห่งใช่ไหม" (who is counted, "นับรวมใครบ้าง", is the criteria's scope).
    "|นับรวม|นับเฉพาะ|นับแค่|นับเป็นแห่ง|นับเป็นราย|นับเป็นคน|นับเป็นครั้ง|นับเป็นชุด|นับเป็นโครงการ"
    # A share worked out of figures of one's own: "…ปีนี้เหลือ 17 จะคิดร้อยละที่ลดลงยังไง".
    "|คิดร้อยละ|คิดเป็นร้อยละ|คำนวณร้อยละ|หาร้อยละ|คิดเปอร์เซ็นต์|คิดเป็นเปอร์เซ็นต์"
    # "คิดเปอร์เซ็นต์จากอะไร", "ต้องคิดร้อยละยังไง".
    "|คิดเปอร์เซ็น|คำนวณเปอร์เซ็นต์|หาเปอร์เซ็นต์"
    # "สูตรเป็นไง", "เขาวัดจากอะไร": the formula asked in other words.
    "|สูตรเป็นไง|สูตรเป็นยังไง|สูตรยังไง|วัดจากอะไร|วัดจาก"
    # A share's parts asked plainly: "เอาอะไรหารอะไร", "หารด้วยอะไร", "เอาอะไรมาหาร".
    "|เอาอะไรหารอะไร|อะไรหารอะไร|เอาอะไรหาร|เอาอะไรมาหาร|หารด้วยอะไร|หารอะไร|ตัวตั้งตัวหาร"
    # How what is counted is split: "449 แห่งในตัวจริยธรรม แบ่งยังไง 218 กับ 231 ใช่ไหม".
    "|แบ่งยังไง|แบ่งอย่างไร|แบ่งไง|แบ่งกันยังไง|แบ่งกันอย่างไร"
)
# How its figure is worked out: "คิดผลยังไง", "คิดเปอร์เซ็นต์อย่างไร", "หาค่ายังไง".
FORMULA_WORDS += "".join(
    f"|{verb}{what}{how}"
    for verb in ("คิด", "หา")
    for what in ("ผล", "เปอร์เซ็นต์", "ร้อยละ", "ค่า")
    for how in ("ยังไง", "อย่างไร", "ไง")
)
# What it counts, worked out: "ท่องเที่ยวคิดรายได้ยังไง", "คิดจำนวนอย่างไร", "นับปริมาณยังไง".
FORMULA_WORDS += "".join(
    f"|{verb}{what}{how}"
    for verb in ("คิด", "คำนวณ", "นับ")
    for what in ("รายได้", "จำนวน", "ปริมาณ", "อัตรา", "สัดส่วน")
    for how in ("ยังไง", "อย่างไร", "ไง", "แบบไหน", "จากอะไร")
)
# Who is counted, and the data collected: "e-service นับผู้รับบริการยังไง", "ตัวชี้วัดขยะต้อง
# เก็บข้อมูลอะไรบ้าง" (few phrases: each one's letter pairs weigh on the rule index).
FORMULA_WORDS += "".join(
    f"|{what}{how}" for what in ("นับผู้รับบริการ", "นับนักท่องเที่ยว") for how in ("ยังไง", "อย่างไร")
)
FORMULA_WORDS += "|เก็บข้อมูลอะไร|เก็บข้อมูลยังไง|เก็บข้อมูลอย่างไร"
# Where a score comes from: "คะแนน PMQA มาจากไหน เฉลี่ยทั้ง 7 หมวดใช่ไหม".
FORMULA_WORDS += "|มาจากไหน|มาจากที่ไหน|มาจากอะไร"
# What is added to or divided by what: "สูตรขยะเอาอะไรบวกอะไรนะ"; the rate it is worked with:
# "ใช้อัตราเท่าไหร่ในการคิด".
FORMULA_WORDS += "".join(f"|อะไร{op}อะไร|เอาอะไร{op}" for op in ("บวก", "ลบ", "คูณ", "หาร"))
FORMULA_WORDS += "|ในการคิด|ในการคำนวณ|ใช้อัตราเท่าไหร่|ใช้อัตราเท่าไร|ใช้อัตราอะไร"
# Which figure it is worked from: "ใช้ตัวเลขปีไหน", "ใช้ตัวเลขเท่าไหร่" (a figure typed after
# "ใช้ตัวเลข", "ใช้ตัวเลข 52.3 นะคะ", is a value told, read elsewhere).
FORMULA_WORDS += "".join(
    f"|ใช้{figure}{which}"
    for figure in ("ตัวเลข", "ข้อมูล", "ค่า", "ฐาน")
    for which in ("ปีไหน", "ปีอะไร", "ของปีไหน", "อะไร", "ไหน", "ตัวไหน", "เท่าไหร่", "เท่าไร", "จากไหน")
)
# The year a figure is worked out against: "คะแนนความพร้อม…คิดเทียบกับปี 66 ยังไง".
FORMULA_WORDS += (
    "|คิดเทียบกับ YEAR|คิดเทียบ YEAR|คำนวณเทียบกับ YEAR|คำนวณเทียบ YEAR|คิดเทียบกับปีไหน|คิดเทียบปีไหน"
)
# Scored by steps or in proportion between the tiers: "คะแนนคิดแบบขั้นบันไดหรือเทียบสัดส่วน".
FORMULA_WORDS += "|แบบขั้นบันได|แบบเส้นตรง|ขั้นบันไดหรือ|เส้นตรงหรือ"
_FORMULA_RE = skipping(re.compile(phrase_search_regex(FORMULA_WORDS)))
_HOLDS_FORMULA = "หลักสูตร"  # a word holding the cue สูตร that asks for no formula


def _read_formula(found: Found) -> Intent | None:
    """ "สูตรคำนวณขยะ"; "หลักสูตรการสอบได้เท่าไหร่" holds สูตร but is read by a later rule."""
    masked = found.extraction.masked.replace(_HOLDS_FORMULA, "\0")
    if not _FORMULA_RE.search(masked):
        return None
    supposed = _SUPPOSING_RE.search(masked)
    if (
        supposed is not None
        and _SCORE_ASKED_RE.search(masked, 0, supposed.start())
        and not _FORMULA_RE.search(masked[: supposed.start()])
    ):
        return None  # "อีเซอร์วิสได้กี่คะแนน ถ้าคิดแบบขั้นบันได": the score, scored one way
    if (
        not found.code
        and "นับ" in masked
        and _TOTAL_ASKED_RE.search(masked)
        and _WITH_RESULTS_COUNTED_RE.search(masked)
        and not _names_an_indicator(masked)
    ):
        # "คะแนนรวมจังหวัดตอนนี้เท่าไหร่ นับเฉพาะตัวที่มีผลแล้วใช่ไหม": the organisation's total
        # asked, over the indicators with a result, is where it stands.
        return Status()
    remainder = _FORMULA_RE.sub(" ", masked).replace("\0", _HOLDS_FORMULA)
    return _query(Aspect.FORMULA)(replace(found, remainder=remainder))


def _formula_before_a_deduction(found: Found) -> Intent | None:
    """ "ระดับความสำเร็จคำนวณยังไงครับ หักคะแนนแล้วต่ำสุดเท่าไหร่": the formula of what is named
    before the formula's words, the deduction asked after it part of how it is worked out; with
    nothing named there ("คะแนนคิดยังไง หักแล้วเหลือเท่าไหร่") the deductions' rule reads it."""
    masked = found.extraction.masked
    cut = masked.find("หัก")
    head = masked[:cut]
    asked = _FORMULA_RE.search(head)
    if cut < 0 or asked is None:
        return None
    named = content(_MEASURE_ONLY_RE.sub(" ", head[: asked.start()]))
    if not named:
        return None
    held = head.replace(_HOLDS_FORMULA, "\0")
    remainder = _FORMULA_RE.sub(" ", held).replace("\0", _HOLDS_FORMULA)
    read = _query(Aspect.FORMULA)(replace(found, remainder=remainder))
    return read if isinstance(read, IndicatorQuery) and read.indicator else None


# The organisation's total or average score asked by its amount ("คะแนนรวมตอนนี้เท่าไหร่",
# "ได้คะแนนรวมกี่คะแนนแล้ว"), and the indicators with a result said to be what it counts.
_TOTAL_ASKED_RE = re.compile(
    r"คะแนน\s?(?:รวม|เฉลี่ย)\S*(?:\s\S+){0,2}?\s?(?:ตอนนี้\s?)?"
    r"(?:ได้\s?)?(?:เท่าไหร่|เท่าไร|เท่าใด|กี่\s?คะแนน)"
)
_WITH_RESULTS_COUNTED_RE = re.compile(
    r"นับ\s?(?:เฉพาะ|แค่|แต่)\s?(?:ตัว|ตัวชี้วัด|kpi)\s?(?:ที่\s?)?(?:มี|ออก|ได้)\s?(?:ผล|คะแนน)"
)
# A measure word alone before the formula's words names nothing ("คะแนนคิดยังไง").
_MEASURE_ONLY_RE = re.compile(r"^\s*(?:คะแนน|ผล|ระดับ|ตัวชี้วัด|kpi)?\s*$")


CRITERIA_WORDS = (
    "เกณฑ์|ค่าเป้าหมาย|เป้าหมาย|เป้า|target|criteria|ต้องลดลง|ต้องไม่เพิ่ม|ต้องเพิ่มขึ้น"
    # How it is scored, by the criteria: "มีเกณฑ์ให้คะแนนยังไง", "เกณฑ์การให้คะแนนเป็นไง".
    "|เกณฑ์ให้คะแนน|เกณฑ์การให้คะแนน|เกณฑ์การคิดคะแนน|เกณฑ์คิดคะแนน"
    "|ต้องลด|ต้องลดเท่าไหร่|ต้องลดกี่"  # "เป้าปีนี้ต้องลดเท่าไหร่": how far it must come down
    "|ถึงจะผ่าน|ถึงผ่าน|จึงจะผ่าน|ต้องได้|ต้องผ่าน"
    # What it takes to reach a tier: "ต้องทำอะไรบ้างถึงได้ขั้นสูง", "…ถึงจะได้ระดับ 5".
    f"|{REACH_A_TIER}"
    # The bar itself: "ต้องได้เกินเท่าไร", "ขั้นต่ำกี่คะแนน", "อย่างน้อยต้องได้เท่าไหร่".
    "|ต้องได้เกิน|ต้องเกิน|ต้องได้มากกว่า|ต้องได้อย่างน้อย|อย่างน้อยต้องได้|ขั้นต่ำ"
    "|ต้องได้ไม่ต่ำกว่า|ไม่ต่ำกว่า|ต้องได้ไม่น้อยกว่า"
    # The conditions it is assessed (or scored, or passed) by: "มีเงื่อนไขการประเมินอย่างไรบ้าง".
    "|เงื่อนไขการประเมิน|เงื่อนไขประเมิน|เงื่อนไขการให้คะแนน|เงื่อนไขให้คะแนน|เงื่อนไขการผ่าน"
    "|เงื่อนไขผ่าน"
    # The guidance it is assessed by: "…ใช้เป็นแนวทางประเมินตัวชี้วัด GD Catalog ด้วยใช่ไหม".
    "|แนวทางประเมิน|แนวทางการประเมิน"
    # Which way is better is the criteria's direction: "ยิ่งน้อยยิ่งดีใช่มั้ย".
    "|" + "|".join(f"ยิ่ง{more}ยิ่งดี" for more in ("น้อย", "มาก", "สูง", "ต่ำ", "เยอะ", "ลด", "เพิ่ม"))
)
_CRITERIA_RE = skipping(re.compile(phrase_search_regex(CRITERIA_WORDS)))
# The report's names of indicators ("หลักเกณฑ์การแต่งตั้ง" holds the cue เกณฑ์ but names one).
_NAMES_RE = re.compile("|".join(p for _, spelt in DEFAULT_KEYWORDS for p in spelt), re.IGNORECASE)


def _read_criteria(found: Found) -> Intent | None:
    """ "เกณฑ์ขยะ"; "หลักเกณฑ์การแต่งตั้งได้กี่คะแนน" holds เกณฑ์ only in a name: a later rule reads it."""
    # "…จัดการถูกต้องได้ร้อยละเท่าไหร่": ถูกต้อง (correctly) holds ต้อง, it sets no bar.
    masked = found.extraction.masked.replace("ถูกต้อง", " ")
    if "ตามเกณฑ์" in masked:  # "ได้คะแนนตามเกณฑ์กี่คะแนน": the score the criteria give
        masked = _SCORED_BY_CRITERIA_RE.sub(" ", masked)
    if not _CRITERIA_RE.search(_NAMES_RE.sub(" ", masked)):
        return None
    # "ค่าเป้าหมายของ…ว่ากำหนดไว้อย่างไร": how the target is set names nothing.
    found = replace(found, remainder=_SET_AS_RE.sub(" ", found.remainder))
    return _query(Aspect.CRITERIA)(found)


_SCORING_CRITERIA = "เกณฑ์ให้คะแนน|เกณฑ์การให้คะแนน|หลักเกณฑ์การให้คะแนน"


def _named_scoring_criteria(found: Found) -> Intent | None:
    """The scoring criteria asked of an indicator the message names (by code or keyword)."""
    if not found.code and not INDICATOR_RE.search(found.extraction.masked):
        return None
    return _read_criteria(found)


# An indicator's weight asked ("ตัวชี้วัดขยะน้ำหนักเท่าไหร่", "…มีน้ำหนักกี่เปอร์เซ็นต์"), and
# every indicator's weights ("ขอดูน้ำหนักของทุกตัวชี้วัด"); a body's weight ("น้ำหนักขึ้นมา 3 โล")
# and the weighted total ("คะแนนถ่วงน้ำหนัก…") are not.
_WEIGHT_ASKS = "เท่าไหร่|เท่าไร|เท่าใด|กี่|ขอดู|ขอ|บ้าง"
_NOT_A_WEIGHT = "ถ่วง|โล|กิโล|ขึ้นมา|ลดลง|ลงมา|ผอม|อ้วน"


def _weight_asked(found: Found) -> Intent | None:
    """An indicator's weight is shown on its card (no aspect); every indicator's weights,
    none named, are the organisation's status."""
    if _names_one(found):
        return _query(Aspect.SUMMARY)(found)
    if _EVERY_RE.search(found.extraction.masked):
        return Status()
    return None


_SET_AS_RE = Guarded(
    re.compile(
        r"(?:ว่า\s?)?(?:ได้\s?)?(?:กำหนด|ตั้ง)\s?ไว้"
        # Who sets it: "ใครเป็นคนกำหนดค่าเป้าหมาย", "ค่าเป้าหมายใครตั้ง", "กำหนดโดยใคร".
        r"|ใคร\s?(?:เป็น\s?)?(?:คน|ผู้)?\s?(?:กำหนด|ตั้ง)|(?:กำหนด|ตั้ง)\s?(?:โดย\s?)?ใคร"
    )
)


# "…ได้คะแนนตามเกณฑ์กี่คะแนน", "PMQA ได้กี่คะแนนตามเกณฑ์ ก.พ.ร.": the score the criteria give.
_SCORED_BY_CRITERIA_RE = re.compile(
    r"(?<!ต้อง)(?<!ต้อง )ได้\s?(?:กี่\s?|เท่าไหร่\s?|เท่าไร\s?)?คะแนน\s?ตามเกณฑ์"
)


def _assessed_stages(found: Found) -> Intent | None:
    """An indicator's assessed stages, only with an indicator named by its keyword."""
    return _items_query(found) if INDICATOR_RE.search(found.remainder) else None


_MUST_RE = re.compile(r"(?<!ถูก)(?<!ถูก )ต้อง")


def _names_one(found: Found) -> bool:
    """Whether the message names an indicator by a word of the report vocabulary (not only
    "ตัวชี้วัด" or "KPI"), or by its code."""
    text = found.extraction.masked
    return bool(found.code) or _names_an_indicator(text) or bool(_NAMES_RE.search(text))


def _result_of_named(found: Found) -> Intent | None:
    """The result of an indicator the message names, a figure of it checked or compared ("คะแนน
    PMQA 4.0 ล่าสุด 389.76 ใช่ไหม": the assessment's figure is its result, named with its
    measure word). A unit's score checked, no indicator named ("กองคลังตอนนี้ได้ 2 คะแนนใช่ไหม"),
    is where the unit stands."""
    if _names_one(found):
        return _latest_of_scored(found)
    masked = found.extraction.masked
    if "คะแนน" in masked and _UNIT_SCORE_CHECKED_RE.search(masked):
        read = _query(Aspect.SCORE)(found)
        if isinstance(read, Status) and read.unit:
            return read
    return None


def _score_of_named(found: Found) -> Intent | None:
    """The score of an indicator the message names, asked with a figure of it typed; with only
    the way of scoring supposed ("ขยะ 61.4 ได้กี่คะแนน ถ้าคิดแบบเส้นตรง"), still its score (a
    figure or a tier supposed is read by other rules)."""
    masked = found.extraction.masked
    supposed = _SUPPOSED_RE.search(masked)
    if supposed is not None:
        method = _METHOD_SUPPOSED_RE.match(masked, supposed.end())
        if method is None or _SUPPOSED_RE.search(masked, method.end()):
            return None
        found = replace(
            found, remainder=found.remainder.replace(masked[supposed.start() : method.end()], " ")
        )
    return _query(Aspect.SCORE)(found) if _names_one(found) else None


def _full_score_of_named(found: Found) -> Intent | None:
    """The criteria of an indicator named by its words (not only "ตัวชี้วัด" or "KPI", nor its
    code), asked its full score or a level's bar."""
    if not _names_an_indicator(found.extraction.masked) and not _NAMES_RE.search(found.remainder):
        return None
    return _query(Aspect.CRITERIA)(found)


def _criteria_of_named(found: Found) -> Intent | None:
    """The criteria of an indicator the message names: which group or case applies ("GD
    Catalog เราอยู่กลุ่มไหน"), its scope ("นับรวมใครบ้าง"), what a tier is ("ขั้นต้นคือคะแนนปี 66
    ใช่ไหม"), or what a figure would reach ("ถ้าขยะได้ 60% จะผ่านขั้นไหน")."""
    if not _names_one(found):
        return None
    # "… กลุ่มที่ 2 เป้าหมายมาตรฐานกำหนดไว้อย่างไร": the group asked and how the target is set
    # name nothing.
    remainder = _GROUP_NUMBER_RE.sub(" ", _SET_AS_RE.sub(" ", found.remainder))
    masked = found.extraction.masked
    if "กรณี" in masked:
        # "เกณฑ์ PMQA 4.0 ของสำนักงบประมาณ ในกรณีที่คะแนนปี 2566 อยู่ระหว่าง…": the case supposed
        # after the indicator names nothing, nor does the organisation it is of.
        case = _CASE_CLAUSE_RE.search(masked)
        head = masked[: case.start()] if case is not None else ""
        if INDICATOR_RE.search(head):
            head = _SCOPE_RE.sub(" ", _CRITERIA_RE.sub(" ", head))
            remainder = _OWNER_RE.sub(" ", head)
    return _query(Aspect.CRITERIA)(replace(found, remainder=remainder))


# The case supposed, to the message's end ("…ในกรณีที่คะแนนปี 2566 อยู่ระหว่าง…").
_CASE_CLAUSE_RE = re.compile(r"(?:ใน\s?)?กรณี\s?(?:ที่|ว่า)?")
# Whose the indicator is: the organisation or a unit after "ของ" ("ของสำนักงบประมาณ").
_OWNER_RE = re.compile(rf"ของ\s?(?:{UNIT_PREFIXES})\S*")


_GROUP_NUMBER_RE = re.compile(r"(?<!\S)(?:กลุ่ม\s?(?:ที่)?\s?)?\d(?!\S)")


def _supposed_reach(found: Found) -> Intent | None:
    """What a supposed figure would reach, read from the criteria; not how it is scored, asked
    before a supposition that asks nothing of its own ("PMQA คิดคะแนนยังไง ถ้าได้ระหว่างขั้นต้น
    กับมาตรฐาน": the formula, read below)."""
    masked = found.extraction.masked
    supposed = _SUPPOSING_RE.search(masked)
    if supposed is not None and not _ASKED_AFTER_RE.search(masked, supposed.end()):
        head = masked[: supposed.start()].replace(_HOLDS_FORMULA, "\0")
        if _FORMULA_RE.search(head):
            return None
        if _METHOD_SUPPOSED_RE.match(masked, supposed.end()):
            return None  # "อีเซอร์วิสได้กี่คะแนน ถ้าคิดแบบขั้นบันได": a way of scoring, no figure
    return _criteria_of_named(found)


_SCORE_ASKED_RE = re.compile(r"กี่\s?คะแนน|คะแนน\s?เท่า")
_METHOD_SUPPOSED_RE = re.compile(
    r"\s?(?:คิด|คำนวณ|ให้)?\s?(?:คะแนน)?\s?(?:แบบ|เป็น)\s?(?:ขั้นบันได|เส้นตรง)"
)


_SUPPOSING_RE = re.compile(r"ถ้า|หาก|สมมติ|สมมุติ")
_SUPPOSED_RE = re.compile(r"ถ้า|หาก|สมมติ|สมมุติ|(?<![a-z])if(?![a-z])")
_ASKED_AFTER_RE = re.compile(r"ไหม|มั้ย|กี่|ไหน|เท่าไหร่|เท่าไร|อะไร|ใด|ยัง|หรือเปล่า|รึเปล่า|\?")


def _read_must(found: Found) -> Intent | None:
    """ "Master Data ต้องเป็นไฟล์แบบไหน", "PB ต้องมีกี่โครงการ": what a named indicator must
    have is its criteria; what must be sent or done, and when, is read by other rules."""
    masked = _need_after_the_ask_dropped(found.extraction.masked)
    if _CHORE_RE.search(masked):
        # "พี่คะ ต้องทำสไลด์ให้ท่าน… ยาเสพติดได้ขั้นไหนแล้ว": the sender's own chore sets no bar.
        masked = _CHORE_RE.sub(" ", masked)
    if not _MUST_RE.search(masked) or _MUST_SEND_RE.search(masked):
        return None
    formula = _FORMULA_RE.search(masked.replace(_HOLDS_FORMULA, "\0"))
    reach = _REACH_A_TIER_RE.search(masked)
    # "…ต้องได้เท่าไหร่ถึงจะได้ขั้นสูง เห็นว่าคิดจากคะแนนปี 66 บวก 5": the bar to a tier asked
    # first, how it is worked out heard after it, is the criteria.
    if formula is not None and (reach is None or formula.start() < reach.start()):
        return None  # "ต้องคิดร้อยละยังไง": how it is worked out, read by the formula rule
    if _passed_then_bar(masked):
        return None  # "e-Service ผ่านไหม ที่ต้องมี 3 อำเภอน่ะ": whether it passed, its tier
    return _criteria_of_named(found)


_REACH_A_TIER_RE = re.compile(REACH_A_TIER)


# A chore of the sender's, told with ต้อง: "ต้องทำสไลด์", "ต้องเข้าประชุม", "ต้องไปนำเสนอ".
_CHORE_RE = re.compile(
    r"ต้อง\s?(?:ทำ|เตรียม|เข้า|ไป|ขึ้น)?\s?"
    r"(?:สไลด์|slide|ppt|พาวเวอร์พอยต์|พรีเซน\S*|present\S*|ประชุม|นำเสนอ|บรีฟ|brief)"
    # "พอดีต้องทำรายงานเสนอท่านเลขาฯ": what the asker happens to have to do, the story's.
    r"|พอดี\s?ต้อง"
)


def _passed_then_bar(masked: str) -> bool:
    """Whether ``masked`` asks whether it passed, then tells the bar it must reach without
    asking it ("ผ่านไหมคะ ที่ต้องมี 3 อำเภอน่ะ"; not "ผ่านไหม ต้องมีกี่อำเภอ")."""
    passed = _PASSED_ASKED_RE.search(masked)
    if passed is None:
        return False
    must = _MUST_RE.search(masked, passed.end())
    return must is not None and _BAR_ASKED_RE.search(masked, must.end()) is None


_PASSED_ASKED_RE = re.compile(r"ผ่าน\s?(?:เกณฑ์\s?)?(?:ไหม|มั้ย|มั๊ย|ยัง|หรือยัง|รึยัง|หรือเปล่า|รึเปล่า|หรือไม่)")
_BAR_ASKED_RE = re.compile("กี่|เท่าไหร่|เท่าไร|เท่าใด|อะไร|ไหน|ไหม|มั้ย|ยังไง|อย่างไร|ใช่|หรือ|รึ|ป่ะ")


# What must be sent or reported is a step's or a deadline's ("ต้องส่งเมื่อไหร่"), not a bar
# ("ต้องส่งเสริม…" promotes).
_MUST_SEND_RE = re.compile(
    r"ต้อง\s?(?:ส่ง(?!\s?เสริม)|รายงาน|กรอก|บันทึก|แนบ|ยื่น|ทำยังไง|ทำอย่างไร|ทำไง|อัป|อัพ)"
)


def _read_percent_bar(found: Found) -> Intent | None:
    """ "…ต้องส่งเสริมกี่เปอร์เซ็นต์": the percent it must reach; "ถูกต้อง" (correct) is no must."""
    masked = _need_after_the_ask_dropped(found.extraction.masked)
    return _query(Aspect.CRITERIA)(found) if _MUST_RE.search(masked) else None


def _need_after_the_ask_dropped(masked: str) -> str:
    """``masked`` without the sentences after an ask with no ต้อง that ask nothing themselves:
    someone's need told after the ask ("…กี่แห่งแล้วคะ ท่านรองฯ ต้องใช้ตัวเลขนี้ตอบกรรมาธิการ")
    sets no bar; a bar asked again after it ("…ต้องได้กี่ตันถึงจะผ่าน") is kept."""
    if "ต้อง" not in masked:
        return masked
    first, *later = SENTENCE_END_RE.split(masked)
    if not later or _MUST_RE.search(first) or not asks(first, first):
        return masked
    return " ".join([first, *(s for s in later if asks(s, s))])


# "ระดับความสำเร็จ…", "ระดับคุณภาพ…", "ระดับการ…": a title begins with ระดับ; it asks no tier.
# "ยกระดับ Master Data" (raising a level) names an indicator too.
_TITLE_LEVEL_RE = re.compile(r"ยก\s?ระดับ|ระดับ\s?(?=ความ|การ|คุณภาพ|ของการ)")
# Falling short of the bar: "หลุดเกณฑ์", "ตกเกณฑ์", "หลุดเป้า".
_BAR_MISSED = "หลุดเกณฑ์|ตกเกณฑ์|หลุดเป้า|ตกเป้า"
_TIER_ASKED_RE = re.compile(
    phrase_search_regex(f"ผ่าน|ระดับ|ขั้น|tier|level|เลเวล|ถึงเป้า|ตามเป้า|บรรลุเป้า|เข้าเป้า|{_BAR_MISSED}")
)
# The tier itself asked, beside a criteria word: "ผ่านเกณฑ์ไหม", "เป้าหมายอยู่ระดับไหน".
_WHICH_TIER_RE = re.compile(
    r"ผ่าน|(?:ถึง|ตาม|บรรลุ|เข้า|หลุด|ตก)\s?เป้า|(?:หลุด|ตก)\s?เกณฑ์|กี่ระดับ|กี่ขั้น"
    r"|(?:ระดับ|ขั้น|tier|level|เลเวล)\s?(?:ไหน|ใด|อะไร|เท่าไหร่|เท่าไร)"
)


# "ถ้าเทียบเกณฑ์แล้วถึงขั้นสูงไหม": put against the criteria, the tier reached is asked.
_AGAINST_CRITERIA = r"(?:ถ้า|หาก)?\s?เทียบ\s?(?:กับ)?\s?เกณฑ์\s?(?:แล้ว)?"
_AGAINST_CRITERIA_RE = Guarded(re.compile(_AGAINST_CRITERIA))


def _pointed_alone(rest: str, indicator: str) -> bool:
    """Whether the words asked of are a demonstrative alone ("ตัวนี้", "อันนั้น"), no name
    beside it ("ขยะตัวนี้" names ขยะ)."""
    if "นี้" not in rest and "นั้น" not in rest and "นี่" not in rest:
        return False
    return _POINTED_RE.search(rest) is not None and not content(_POINTED_RE.sub(" ", indicator))


_POINTED_RE = re.compile("(?:ตัว|อัน)(?:นี้|นั้น|นี่)")


def _passed_asked(found: Found) -> Intent | None:
    """Whether an indicator passed, asked by the question mark alone after the word ("ethics
    indicator passed?", "ยาเสพติด ผ่านแล้ว?"): its tier; an indicator must be named."""
    if not found.original.rstrip().endswith(("?", "？")):
        return None
    masked = found.extraction.masked
    passed = _PASSED_LAST_RE.search(masked)
    if passed is None:
        return None
    read = _query(Aspect.TIER)(replace(found, remainder=masked[: passed.start()]))
    return read if isinstance(read, IndicatorQuery) and read.indicator else None


def _passed_by_title(found: Found) -> Intent | None:
    """Whether what the words before "ผ่าน?" name passed ("หลักสูตรการสอบแข่งขันผ่าน?"): its
    tier, as ``_passed_asked`` reads it of a keyword; never of a tier's own word ("ขั้น")."""
    if "ขั้น" in found.extraction.masked:
        return None
    read = _passed_asked(found)
    # Words of the plan only ("สอบใบขับขี่ผ่าน?" asks about a driving test).
    return read if read is not None and names_the_plan(read.indicator) else None


_PASSED_LAST_RE = re.compile(r"ผ่าน(?:\s?แล้ว)?(?:\s?(?:ค่ะ|คะ|ครับ|มั้ย|ไหม))?\s*$")


def _read_tier(found: Found) -> Intent | None:
    """Which tier was reached; not when ระดับ only begins a title ("ระดับความสำเร็จ…ได้
    เท่าไหร่" asks the result) nor when a level is named to ask its criteria ("เกณฑ์ระดับ 3
    คืออะไร")."""
    masked = _TITLE_LEVEL_RE.sub(" ", _NAMES_RE.sub(" ", found.extraction.masked))
    if not _TIER_ASKED_RE.search(masked):
        return None
    masked = _AGAINST_CRITERIA_RE.sub(" ", masked.replace("ถูกต้อง", " "))
    if _CRITERIA_RE.search(masked) and not _WHICH_TIER_RE.search(masked):
        return None
    read = _query(Aspect.TIER)(found)
    # "เราอยู่ขั้นไหนแล้ว", "กองเราอยู่ขั้นไหนแล้วคะ": no indicator named (the sender's own
    # unit called by its kind names none), where the organisation stands; a summary asked of
    # it ("ขอแค่สรุปสั้นๆ ว่าตอนนี้เราอยู่ขั้นไหน") names none either.
    if (
        isinstance(read, IndicatorQuery)
        and _WHICH_STEP_RE.search(masked)  # (the search before the words' content: cheaper)
        and (
            not read.indicator
            or not found.code
            and not _names_an_indicator(read.indicator)
            and _own_kind_only(content(read.indicator, _STATUS_EDGE))
        )
    ):
        return Status()
    if (
        isinstance(read, IndicatorQuery)
        and not read.indicator
        and not found.code
        and _OUR_TIER_RE.search(masked)
    ):
        # "เราอยู่ระดับไหนแล้วคะตอนนี้": the tier asked of "us", no indicator named, is where
        # the organisation stands, as "เราอยู่ขั้นไหน" is ("อยู่ระดับไหน" alone asks back which).
        return Status()
    if (
        isinstance(read, IndicatorQuery)
        and not found.code
        and _WHICH_INDICATOR_RE.search(masked)
        and not content(read.indicator, _STATUS_EDGE)
    ):
        # "ตัวไหนผ่านตัวไหนยัง", "สรุปสั้นๆพอ ตัวชี้วัดไหนผ่านแล้วบ้าง": which of every indicator
        # passed, no indicator named, is what the overview shows (as "ตัวไหนยังไม่ผ่าน").
        return Status()
    return read


def _read_tier_yet(found: Found) -> Intent | None:
    """A tier asked with ยัง closing the message ("ได้ระดับ 3 แล้วยัง"); ยัง elsewhere ("ได้
    ระดับ 3 แล้ว ยังไม่ได้บันทึก") asks nothing here."""
    masked = found.extraction.masked
    if _QUESTION_RE.search(masked):
        return None  # "…ถึงขั้นมาตรฐานหรือยัง": asked in full, the rules of a tier read it
    return _read_tier(found) if _yet_closing(masked) else None


_QUESTION_RE = re.compile(QUESTION)
_YET_CLOSING_RE = re.compile(r"(?:แล้ว|หรือ|รึ)?\s?ยัง\s*[?？]*\s*$")


def _yet_closing(masked: str) -> bool:
    """Whether ยัง closes the message as a question ("ได้ระดับ 3 แล้วยัง"), not as another's
    not yet told ("…ส่วนกองคลังยัง")."""
    return bool(_YET_CLOSING_RE.search(masked)) and not OTHER_NOT_YET_RE.search(masked)


def _own_kind_only(words: str) -> bool:
    """Whether slot words only call the sender's own unit or organisation by its kind
    ("กองเรา", "ทีมเรา"), naming nothing else ("PMQA จังหวัด" names an indicator)."""
    return all(w in _OWN_KIND for w in tokens(words))


_OWN_KIND = (
    EDGE_WORDS | ORGANISATION_KINDS | frozenset(("กอง", "ทีม", "หน่วย", "ทีมงาน", "ของ", "องค์กร"))
)
# The sender's own unit or office called by its kind: "กองเรา", "ของหน่วยงานเรา".
_OWN_UNIT_RE = re.compile(
    r"(?:กอง|หน่วยงาน|หน่วย|ทีมงาน|ทีม|สำนักงาน|สำนัก|จังหวัด|องค์กร)\s?(?:ของ\s?)?เรา"
)
# The measure asked beside it ("ได้ระดับอะไร", "ได้คะแนนเท่าไหร่", "คืบหน้าไปเท่าไหร่") and
# "ของ" glued to the kind ("ของกอง"): no part of a name then.
_MEASURE_WORD_RE = re.compile(r"ระดับ|คะแนน|ของ|(?:ความ)?คืบหน้า")

# The tier "we" stand at, asked ("เราอยู่ระดับไหน", "ตอนนี้เราไปถึงระดับไหนกันแล้ว").
_OUR_TIER_RE = re.compile(
    r"เรา\s?(?:ตอนนี้\s?)?(?:อยู่|ได้|ไปถึง|ถึง)\s?(?:ที่\s?)?(?:ระดับ|level|เลเวล)\s?(?:ไหน|ใด|อะไร)"
)
# Where one stands ("อยู่ขั้นไหน"), not which tier was passed ("ผ่านขั้นไหน" asks back which).
_WHICH_STEP_RE = re.compile(phrase_search_regex("อยู่ขั้นไหน|อยู่ขั้นตอนไหน|อยู่ที่ขั้นไหน|อยู่ที่ขั้นตอนไหน"))


# "คะแนน PMQA": the assessment whose result is a score, named with its measure.
_SCORED_NAME_RE = re.compile(r"คะแนน\s?(?=pmqa|ระบบราชการ)")


def _latest_of_scored(found: Found) -> Intent | None:
    """ "คะแนน PMQA 4.0 ของจังหวัด ผลล่าสุดเท่าไหร่": the latest result of the assessment named
    with its measure word, not its score (settled from the measure word left in the name)."""
    read = _query(Aspect.RESULT)(found)
    if isinstance(read, IndicatorQuery) and _SCORED_NAME_RE.match(read.indicator):
        return replace(read, indicator=_SCORED_NAME_RE.sub("", read.indicator, count=1))
    return read


def _latest_points(found: Found) -> Intent | None:
    """ "PMQA ก.พ. ผลล่าสุดกี่คะแนน": the latest result of the assessment scored in points is its
    result; of another indicator ("ขยะ ผลล่าสุดกี่คะแนน") the points asked are its score."""
    if _POINTS_ASSESSED_RE.search(found.extraction.masked):
        return _latest_of_scored(found)
    return _query(Aspect.SCORE)(found)


_POINTS_ASSESSED_RE = re.compile("pmqa|ระบบราชการ")


def _counted_in(found: Found) -> Intent | None:
    """ "ขยะ นับขยะติดเชื้อด้วยไหม": whether something is counted in a named indicator's figure
    is its formula (nothing named, "กองคลังรวมแผนด้วยไหม", is no indicator's)."""
    return _query(Aspect.FORMULA)(found) if _names_one(found) else None


def _stages_asked(found: Found) -> Intent | None:
    """ "master data มีกี่ขั้นที่ต้องทำ": the stages a named indicator asks are its items."""
    return _items_query(found) if _names_one(found) else None


# What is assessed, asked by topic: "ประเมินเรื่องอะไร", "ประเมินในเรื่องใด", "ประเมินด้านไหน".
_ASSESSED_TOPICS = "|".join(
    f"ประเมิน{in_}{topic}{which}"
    for in_ in ("", "ใน")
    for topic in ("เรื่อง", "ด้าน")
    for which in ("อะไร", "ไหน", "ใด")
)


def _assessed_topics(found: Found) -> Intent | None:
    """ "ขยะประเมินเรื่องอะไรบ้าง": the topics a named indicator assesses are its items."""
    return _items_query(found) if _names_one(found) else None


def _items_asked(found: Found) -> Intent | None:
    """The items asked ("ขยะผ่านทุกข้อไหม"); a figure told with the items passed and nothing
    asked ("หลักสูตรสอบแข่งขัน ได้ระดับ 5 ค่ะ ผ่านครบทุกประเด็น") is a value, read after."""
    extraction = found.extraction
    if extraction.numbers and not asks(extraction.text, extraction.text):
        return None
    return _items_query(found)


def _items_query(found: Found) -> Intent:
    """ "ข้อไหนไม่ผ่าน", "ขยะมีประเด็นอะไรบ้าง": the items (failed ones when asked) of one or all."""
    text = found.extraction.text
    # "ข้อเสนอ ก.ม.จ. ยังไม่ผ่านใช่ไหม" checks one item, "ข้อไหนไม่ผ่าน" asks which failed.
    checked = _CHECKED_END_RE.search(text) and not _WHICH_OR_WHY_RE.search(text)
    aspect = Aspect.FAILED if _FAILED_RE.search(text) and not checked else Aspect.ITEMS
    unit, rest = split_unit(found.remainder)
    if unit and not found.code and _WHICH_OF_THE_STEPS_RE.search(text):
        steps_left = content(_STEP_WORD_RE.sub(" ", rest), _ITEM_FILLER)
        if not steps_left:
            # "กองคลังเหลือขั้นไหนที่ยังไม่ผ่าน": a unit's steps not passed are its status.
            return Status(unit=unit)
    if "รายการ" in rest or "ลิสต์" in rest or "list" in rest:
        # "ตัวไหนยังไม่ผ่านบ้าง ขอรายการหน่อยครับ": the list asked for names nothing.
        rest = _LIST_ASKED_RE.sub(" ", rest)
    if "ว่า" in rest:  # "ข้อไหนบ้างที่ขึ้นว่าไม่ผ่าน": how the result shows names nothing
        rest = _SHOWN_AS_RE.sub(" ", rest)
    # "…ตัวไหนยังไม่ผ่าน ท่านจะเอาไปหารือ": the boss's use of the answer names nothing.
    words = found.code or content(without_story(rest), _ITEM_FILLER)
    lead = rest.lstrip()[:5]
    if not found.code and lead in _TITLE_MEASURES and words and not words.startswith(lead):
        # "ระดับความพร้อมรัฐบาลดิจิทัลตกข้อไหน": the measure word begins the title typed (one
        # of two alike: คะแนนความพร้อม…), settled as a title's words, never dropped as filler.
        words = lead + words
    if not words and _WHICH_INDICATOR_RE.search(found.extraction.text):
        return Status()  # "ตัวชี้วัดไหนยังไม่ผ่าน": which indicators, the overview shows
    return IndicatorQuery(words, aspect, more=found.extraction.more_codes if found.code else ())


_TITLE_MEASURES = frozenset(("ระดับ", "คะแนน"))
# Which of the steps, asked: "ขั้นไหน", "ขั้นตอนใด", "step ไหน" (a unit's steps, not items).
_WHICH_OF_THE_STEPS_RE = re.compile(r"(?:ขั้น(?:ตอน)?|step|สเต็ป)\s?(?:ที่\s?)?(?:ไหน|ใด|อะไร)")
_STEP_WORD_RE = re.compile(r"ขั้น(?:ตอน)?|step|สเต็ป|เหลือ|ติด|ค้าง")
# How a result shows: "ที่ขึ้นว่าไม่ผ่าน", "แสดงว่าผ่าน".
_SHOWN_AS_RE = re.compile(r"(?:ที่\s?)?(?:ขึ้น|แสดง|โชว์)\s?ว่า\s?(?:ไม่\s?ผ่าน|ผ่าน|ตก)?")
# The answer asked as a list: "ขอรายการหน่อย", "ขอเป็นลิสต์", "อยากได้ list".
_LIST_ASKED_RE = re.compile(r"(?:ขอ|อยากได้)\s?(?:เป็น\s?)?(?:รายการ|ลิสต์|list)(?![ก-๙a-z])")


def _short_of_asked(found: Found) -> Intent | None:
    """ "Pillar ไหนยังต่ำกว่าระดับ 3 บ้าง": which of an indicator's items fall short of a level
    are its failed items."""
    read = _items_query(found)
    if not isinstance(read, IndicatorQuery):
        return read
    words = content(_SHORT_OF_RE.sub(" ", read.indicator), _ITEM_FILLER) if not found.code else ""
    lead = read.indicator[:5]
    if words and lead in _TITLE_MEASURES and not words.startswith(lead):
        # "ระดับความพร้อมรัฐบาลดิจิทัล Pillar ไหน…": the measure word opens the title typed.
        words = lead + words
    return replace(read, indicator=words or read.indicator, aspect=Aspect.FAILED)


_SHORT_OF_RE = re.compile(r"ยัง|ต่ำกว่า|ไม่ถึง|ระดับ|NUM")


# The items judged ไม่ผ่าน: "ข้อไหนไม่ผ่าน", "ข้อไหนตก", "สอบตกข้อไหน" (not "ตกลง", "ตกหล่น").
# ตก followed by a vowel or a tone mark is no word of its own: "เขตกี่โครงการ" is เขต + กี่;
# "ยังติดข้อไหนอยู่", "ติดตรงไหน": stuck at an item is failing it (not "ติดตาม", "ติดต่อ").
# "ข้อไหนยัง pending": an item still pending has not passed.
_FAILED_RE = re.compile(
    r"ไม่\s?ผ่าน|ตก(?![\u0e31-\u0e3a\u0e47-\u0e4e]|\s?ลง|\s?หล่น|\s?แต่ง|\s?ค้าง)"
    r"|ติด\s?(?=ข้อ|ตรง)|ยัง\s?pending(?![a-z])"
)
_PASSED_OR_FAILED_RE = re.compile(f"ผ่าน|{_FAILED_RE.pattern}")


def _passed_count(found: Found) -> Intent | None:
    """ "มีกี่อำเภอที่ผ่าน": how many of what is counted passed (or failed) are the items."""
    return _items_query(found) if _PASSED_OR_FAILED_RE.search(found.extraction.masked) else None


_WHICH_INDICATOR_CUES = "ตัวชี้วัดไหน|ตัวชี้วัดใด|ตัวไหน|ตัวใด|kpi ไหน|kpiไหน"
_WHICH_INDICATOR_RE = Guarded(re.compile(phrase_search_regex(_WHICH_INDICATOR_CUES)))


# Which passed, then which not, each asked with its own "which": "ตัวไหนผ่านแล้ว ตัวไหนยังค้าง",
# "ตัวชี้วัดไหนผ่าน ตัวไหนยังไม่ผ่าน", "ตัวชี้วัดไหนเขียว ไหนแดง".
_PASSED_BESIDE_NOT_RE = re.compile(
    r"(?:ตัวชี้วัด|ตัว|kpi|อัน)\s?(?:ไหน|ใด)\s?(?:ที่\s?)?(?:ผ่าน|เสร็จ|เขียว|ครบ|ถึงเป้า)\S*"
    r"\s?(?:ตัวชี้วัด|ตัว|kpi|อัน)?\s?(?:ไหน|ใด)\s?(?:ที่\s?)?(?:ยัง|ไม่|แดง|ค้าง)"
)


def _passed_beside_not(found: Found) -> Intent | None:
    """Which indicators passed and which have not, asked together: the overview of the
    organisation, or of the one unit named; of an indicator named, its items (read after)."""
    masked = found.extraction.masked
    if found.code or not _PASSED_BESIDE_NOT_RE.search(masked):
        return None
    said = without_story(found.remainder)
    if _names_an_indicator(said):
        return None
    # "…ตัวไหนยังค้าง ของกองคลัง": the unit's name glued to its "ของ" is the unit still.
    named = units_named(_GLUED_OF_UNIT_RE.sub("ของ ", said) if "ของ" in said else said)
    return Status(unit=named.words) if named.words and not named.several else Status()


_GLUED_OF_UNIT_RE = re.compile(rf"ของ(?=(?:{UNIT_PREFIXES}))")


def _which_not_passed(found: Found) -> Intent | None:
    """ "มีตัวชี้วัดใดที่ยังไม่ผ่านเกณฑ์บ้าง": the overview, when nothing is named besides (one
    indicator's failed items, "ขยะมีตัวไหนที่ไม่ผ่าน", are read by the items' rules)."""
    read = _items_query(found)
    if isinstance(read, Status) or found.code:
        return read if isinstance(read, Status) else None
    # "ของจังหวัดมีตัวไหนที่ยังไม่ผ่านบ้างคะ": the organisation called by its kind names nothing.
    words = content(without_story(found.remainder), _SHORT_FILLER)
    return Status() if words and _the_organisation(words) else None


def _attendance_reached_asked(found: Found) -> Intent | None:
    """ "กนต.เข้าประชุมครบ 85% รึยัง": one unit named, whether it reached the bar is its status;
    nothing named is left to the rules after. A unit called by one word of no unit's shape
    ("ไอทีเข้าประชุมครบ 85% หรือยัง", "คลังเข้าประชุมถึง 85% รึยัง") is kept beside the step for
    settle, which knows the organisation's aliases (its status then, else the step's details)."""
    said = without_story(found.remainder)
    named = units_named(said)
    if named.words:
        return Status(unit=named.words) if not named.several else None
    word = _bare_word(said)
    return StepDetails(step="เข้าประชุม", others=word) if word else None


def _bare_word(said: str) -> str:
    """The one word left beside a step asked of ("ไอที", "คลัง"), of no unit's shape: settle
    tells whether it is a unit's alias; the sender's own ("ทีมเรา"), an indicator's word or
    more words name no unit asked of ("")."""
    words = content(said).split()
    if len(words) != 1 or "เรา" in words[0] or INDICATOR_RE.search(words[0]):
        return ""
    return words[0]


def _unit_reached_step(found: Found) -> Intent | None:
    """ "กองกลางถึงขั้นตอนที่ 3 หรือยังคะ", "กองกลางได้ขั้นตอนที่ 2 หรือยัง": whether one unit
    reached a step, asked, is where the unit stands; an alias ("ไอทีถึงขั้นตอนที่ 3 หรือยัง")
    is kept for settle, which reads the step's deadlines when it is no unit; nothing named
    ("ถึงขั้นตอนที่ 3 หรือยัง") is the step's time, read by the deadlines' rules."""
    said, read = _unit_asked(found)
    if said is None:
        return read
    word = _bare_word(said)
    return Deadlines(step=found.extraction.step, sent_by=word) if word else None


def _unit_asked(found: Found) -> tuple[str | None, Intent | None]:
    """The words of a yes-or-no ask ("…หรือยัง", "…ไหม") without the story before it, and no
    reading; or no words and the reading: nothing when nothing is asked, the unit's status when
    the words name one unit (nothing when several)."""
    extraction = found.extraction
    if not (_yet_closing(extraction.masked) or asks(extraction.text, found.original)):
        return None, None
    said = without_story(found.remainder)
    named = units_named(said)
    if named.words:
        return None, (Status(unit=named.words) if not named.several else None)
    return said, None


def _unit_plan_dimensions_asked(found: Found) -> Intent | None:
    """ "กค. ส่งแผนครบทุกมิติไหม", "แผนของกองคลังครบ 3 มิติหรือยัง", "แผน ศทส. มีมิติไหนแล้ว
    บ้าง": whether one unit's plan covers the dimensions, asked, is where the unit stands; the
    plans of all asked as the overview ("ภาพรวมแผนของทุกกองครบทุกมิติหรือยัง") are the
    organisation's; nothing named is the rules' (what the dimensions are)."""
    said, read = _unit_asked(found)
    if said is None:
        return read
    unit, _ = split_unit(" ".join(tokens(said)))  # "แผนของกองคลัง": the unit glued to ของ
    if unit:
        return Status(unit=unit)
    return Status() if _OVERALL_RE.search(found.extraction.masked) else None


_OVERALL_RE = re.compile(r"ภาพรวม|โดยรวม")


# A total summed, asked: "รวมได้เท่าไหร่", "รวมแล้วกี่คะแนน".
_SUMMED_ASKED = (
    "รวมได้เท่าไหร่|รวมได้เท่าไร|รวมได้เท่าใด|รวมได้กี่|รวมแล้วได้เท่าไหร่|รวมแล้วเท่าไหร่|รวมแล้วเท่าไร"
    "|รวมแล้วกี่|รวมเป็นเท่าไหร่|รวมเป็นเท่าไร|รวมทั้งหมดเท่าไหร่|รวมทั้งหมดได้เท่าไหร่"
)


def _summed_total(found: Found) -> Intent | None:
    """ "ช่องคะแนนการประเมินยังว่างอยู่เลย ตอนนี้รวมได้เท่าไหร่แล้ว": the total summed, when no
    indicator is named (else its score, read after); one unit named, the unit's."""
    said = without_story(found.remainder)
    if found.code or INDICATOR_RE.search(said):
        return None
    named = units_named(said)
    if named.several:
        return None
    return Status(unit=named.words) if named.words else Status()


# Short of an indicator's bar: below the target or the criteria, not yet at a tier, still red.
_STILL_SHORT = (
    "ไม่ถึงเป้า|ไม่ถึงเกณฑ์|ไม่ถึงขั้น|ไม่ถึงระดับ|ไม่เข้าเป้า|ไม่บรรลุ|ไม่ได้ตามเป้า|ไม่ตามเป้า"
    "|ต่ำกว่าเป้า|ต่ำกว่าเกณฑ์|ต่ำกว่าค่าเป้าหมาย|ต่ำกว่าขั้น|ยังแดง|เป็นสีแดง|ติดแดง|สีแดง"
    # Red without ยัง: "มีตัวไหนแดงอยู่บ้างคะ", "ตัวไหนแดงบ้าง".
    "|แดงอยู่|แดงบ้าง"
    # The bar named in full: "ยังไม่ถึงขั้นต้น", "ยังไม่บรรลุเป้าหมาย".
    "|ไม่ถึงเป้าหมาย|ไม่เข้าเป้าหมาย|ไม่บรรลุเป้าหมาย|ไม่บรรลุเป้า|ต่ำกว่าเป้าหมาย|ไม่ถึงขั้นต้น"
    "|ไม่ถึงขั้นมาตรฐาน|ไม่ถึงขั้นสูง|ต่ำกว่าขั้นต้น|ไม่ได้ตามเป้าหมาย"
    # The target named in English: "ตัวชี้วัดไหนยังต่ำกว่า target บ้าง".
    "|ต่ำกว่า target|ไม่ถึง target|ไม่เข้า target|ไม่ได้ตาม target"
    # Doing badly, in everyday words: "ตัวชี้วัดไหนยังแย่อยู่บ้าง", "ตัวไหนคะแนนยังต่ำอยู่",
    # "kpi ไหนน่าห่วงสุด", "ตัวไหนตามหลังอยู่".
    # ("ยังต่ำ" only with "อยู่" after it: "ยังต่ำกว่าเป้า" is read whole, above).
    "|ยังแย่|แย่อยู่|แย่สุด|แย่ที่สุด|ยังต่ำอยู่|ต่ำอยู่|ยังไม่ดี|ไม่ค่อยดี"
    "|น่าห่วง|น่าเป็นห่วง|ตามหลัง|ล้าหลัง"
)
_SHORT_FILLER = (
    EDGE_WORDS
    | STATUS_FRAMING
    | frozenset(
        # The bar named with its tier: "ต่ำกว่าเกณฑ์ขั้นต้น", "…เกณฑ์ขั้นมาตรฐาน".
        words("มี|ยัง|อยู่|ตอนนี้|ของ|ที่|ตัว|บ้าง|มั่ง|เป้า|เรา|ขั้นต้น|ขั้นมาตรฐาน|ขั้นสูง|ขั้น|ต้น|มาตรฐาน|สูง")
    )
)


# Words around the organisation's standing asked in other ways (a share of the whole done,
# which units lead or their ranking, the total against last year, all the indicators counted
# out, the summary asked as text with the chart refused): they name no indicator or unit.
_STANDING_FILLER = _STATUS_EDGE | frozenset(
    words(
        "โดยรวม|ภาพรวม|ทั้งหมด|ของทั้งหมด|จากทั้งหมด|ทั้ง|ทำ|คิด|คิดเป็น|เปอร์เซ็นต์|เปอร์เซ็น|%|ร้อยละ"
        "|รายงาน|รายงานผล|ตอน|ทีม|พวกเรา|กอง|หน่วย|คะแนน|นำ|เรียง|ตาม|อันดับ|ลำดับ|มาก|น้อย"
        "|เทียบ|เทียบกับ|ปีนี้|ปีที่แล้ว|ปีก่อน|ที่แล้ว|ปีที่ผ่านมา|ผ่านมา|เป็นยังไงบ้าง|ยังไง|เป็นไง"
        "|อย่างไร|เป็นอย่างไร|ดีขึ้น|แย่ลง|ประเมิน|การประเมิน|ผลการประเมิน|ผลประเมิน|ขาด|แบบ|ไม่เอา"
        "|ไม่ต้อง|กราฟ|ตัวหนังสือ|ข้อความ|รายกอง|รายหน่วย|พอ|ตัวชี้วัด|ตัว|ผล|ขอดู|นี่|ตอนนี้|อยู่|มี"
    )
)


def _standing(found: Found) -> Intent | None:
    """ "โดยรวมเราไปได้กี่เปอร์เซ็นต์แล้ว", "กองไหนนำอยู่", "คะแนนรวมเทียบกับปีที่แล้ว": the
    organisation's standing when nothing is named besides (its own name aside); one unit named
    alone is that unit's; an indicator named is left to its rules."""
    if found.code:
        return None
    words = content(without_story(found.remainder), _STANDING_FILLER)
    if not words or _the_organisation(words):
        return Status()
    if _names_an_indicator(words):
        return None
    named = units_named(words)
    if named.words and not named.several and not content(named.rest, _STANDING_FILLER):
        return Status(unit=named.words)
    return None


# The target the standing is held against: "เทียบกับเป้า", "เมื่อเทียบกับเป้าหมาย".
_AGAINST_TARGET_RE = re.compile(r"(?:เมื่อ\s?)?เทียบ\s?(?:กับ\s?)?(?:ค่า\s?)?เป้า(?:\s?หมาย)?")
_STANDS_WORDS = frozenset(words("ตรงไหน|ตรงไหนแล้ว|อยู่ตรงไหน|จุดไหน|ละ|ล่ะ|จังหวัด|เรา|ของเรา"))


def _standing_against_target(found: Found) -> Intent | None:
    """ "ตอนนี้จังหวัดเราอยู่ตรงไหนละคะ เทียบกับเป้า": where the organisation (or one unit)
    stands, held against the target, when no indicator is named (one named, "ขยะเทียบกับเป้า
    เป็นยังไง", is its own)."""
    rest = _AGAINST_TARGET_RE.sub(" ", found.extraction.masked)
    if found.code or _names_an_indicator(rest):
        return None
    rest = " ".join(w for w in tokens(rest) if w not in _STANDS_WORDS)
    return _standing(replace(found, remainder=rest))


def _unit_through_steps(found: Found) -> Intent | None:
    """ "ของ กจ. นี่ผ่านครบทุกขั้นที่ถึงกำหนดแล้วหรือยัง": one unit through every step (due) is
    its status; an indicator's levels ("…ผ่านครบทุกระดับไหม") stay its items."""
    if found.code:
        return None
    unit, rest = split_unit(_STEPS_DUE_RE.sub(" ", found.remainder))
    if unit and not content(rest, _STANDING_FILLER):
        return Status(unit=unit)
    return None


_STEPS_DUE_RE = re.compile(r"(?:ที่\s?)?(?:ถึง|ครบ)\s?กำหนด(?:\s?ส่ง)?(?:\s?แล้ว)?")


def _which_still_short(found: Found) -> Intent | None:
    """ "ตัวชี้วัดไหนยังต่ำกว่าเกณฑ์บ้าง": the overview, when no indicator or unit is named
    besides (the organisation's own name aside: "ของ ก.พ. มีตัวไหนยังแดงอยู่")."""
    if found.code:
        return None
    # "…บ้างคะ หัวหน้าจะเอาไปคุยในที่ประชุม กบจ.": the meeting it is for, and the sentences
    # after the ask that name nothing, are its context.
    remainder = found.remainder
    if "ประชุม" in remainder:
        remainder = _FOR_A_MEETING_RE.sub(" ", remainder)
    words = content(without_story(_after_the_ask_dropped(remainder)), _SHORT_FILLER)
    if not words or _the_organisation(words):
        return Status()
    if _names_an_indicator(words):
        return None
    # "ของ ก.พ. มีตัวไหน…": a name alone, the organisation's own or a unit's, is told apart by
    # settle, which knows the organisation's names.
    named = units_named(words)
    if named.words and not named.several and not content(named.rest, _SHORT_FILLER):
        return Status(unit=named.words)
    return None


# "กี่ล้านแล้ว", "กี่หมู่บ้าน": how many of what an indicator counts asks its result. (Not
# กี่วัน, กี่ข้อ, กี่คะแนน, กี่กอง, กี่เปอร์เซ็นต์: a deadline, the items, the score, who sent,
# a target or the attendance rule.)
HOW_MANY = "|".join(
    # "กี่ Pillar": a space before an English word (Thai phrases match across spaces anyway).
    f"กี่{space}{unit}"
    for unit in words(
        "ล้าน|ล้านบาท|บาท|แสน|หมื่น|พัน|ตัน|กิโล|กิโลกรัม|หมู่บ้าน|ชุมชน|ตำบล|อำเภอ|จังหวัด|แห่ง"
        "|คน|ราย|ชุด|ครั้ง|กิจกรรม|โครงการ|ฉบับ|หลักสูตร|ช่องทาง|ระบบ|เรื่อง|pillar|dataset|datasets"
    )
    for space in ("", " ")[: 1 + unit.isascii()]
)

# A percent asked: "กี่เปอร์เซ็นต์", "ร้อยละกี่" (read as the result unless it is a must).
PERCENT_ASKS = "กี่เปอร์เซ็นต์|กี่เปอร์เซ็นต|กี่เปอร์เซ็น|กี่เปอร์|กี่ %|กี่%|กี่ percent|ร้อยละกี่|กี่ร้อยละ"

_COMPARED = (
    "ดีขึ้น|แย่ลง|ดีกว่า|แย่กว่า|เพิ่มขึ้น|ลดลง|สูงขึ้น|ต่ำลง|เทียบกับ|เมื่อเทียบ|เทียบ|improve|improved|better|worse"
    "|สูงกว่า|ต่ำกว่า|มากกว่า|น้อยกว่า"
)
_WHICH_ONE = "ตัวไหน|อันไหน|ตัวใด|อันใด|which"
_BETTER = (
    "ผลดีกว่า|คะแนนดีกว่า|ผลแย่กว่า|คะแนนแย่กว่า|คะแนนสูงกว่า|คะแนนต่ำกว่า|ผลสูงกว่า|ผลต่ำกว่า"
    "|ดีกว่ากัน|แย่กว่ากัน|สูงกว่ากัน|ต่ำกว่ากัน|ดีกว่า|แย่กว่า|เด่นกว่า|better|worse"
)
# Compared with a year or a bar, not with another indicator: "เทียบกับปี 66", "เทียบเกณฑ์".
_OVER_TIME = "ปี|YEAR|ที่แล้ว|ก่อน|เกณฑ์|เป้า|เท่าไหร่|เท่าไร|กี่|ขึ้นหรือ|หรือลง|ดีขึ้น|แย่ลง|NUM"


def _side_by_side(found: Found) -> Intent | None:
    """Two indicators compared: both named ("…กับ…"), each one's summary; which one scores
    better ("ท่องเที่ยวกับยาเสพติดตัวไหนคะแนนดีกว่ากัน") asks their scores."""
    read = _query(Aspect.SUMMARY)(found)
    if not isinstance(read, IndicatorQuery):
        return None
    # "เทียบ kpi 1 กับ kpi 3": two codes typed are two indicators named.
    if not read.more and not _PAIR_RE.search(read.indicator):
        return None
    if _SCORES_BETTER_RE.search(found.extraction.masked):
        return replace(read, aspect=Aspect.SCORE)
    if _RESULTS_COMPARED_RE.search(found.extraction.masked):
        # "เทียบผลท่องเที่ยวกับ e-Service", "เปรียบเทียบผลตัวชี้วัด 8 กับ 9": their results.
        return replace(read, aspect=Aspect.RESULT)
    return read


# The results compared by the word after the comparing one (not "ผลการประเมิน", the overview).
_RESULTS_COMPARED_RE = re.compile(r"เทียบ\s?ผล(?!\s?(?:การ\s?)?ประเมิน)")


# "ตัวไหนคะแนนดีกว่ากัน", "คะแนนสูงกว่า": the scores compared ("คะแนนความพร้อม…" is a name).
_SCORES_BETTER_RE = re.compile(r"คะแนน\s?(?:ดี|แย่|สูง|ต่ำ|มาก|น้อย)\s?กว่า")


_PAIR_RE = re.compile(r"\S\s?(?:กับ|และ|vs|,)\s?\S")
_TOLD_APART = "ต่างกัน|แตกต่าง|ต่างจาก|ความต่าง|ต่างยังไง|ต่างตรงไหน|ไม่เหมือนกัน"
# Which is which: "อันไหนคืออันไหน", "ตัวไหนเป็นตัวไหน".
_TOLD_APART += "".join(
    f"|{one}ไหน{be}{one}ไหน" for one in ("อัน", "ตัว") for be in ("คือ", "เป็น", "คือ ", "เป็น ")
)


def _names_told_apart(found: Found) -> Intent | None:
    """The indicators named, told apart: only their names are read ("มีสองตัวเหมือนกันเลย" is
    what the asker noticed)."""
    names = [m.group(0) for m in INDICATOR_RE.finditer(found.extraction.masked)]
    if not names and not found.code:
        return None
    return _query(Aspect.SUMMARY)(replace(found, remainder=" กับ ".join(names)))


_SCORES_ALIKE_RE = re.compile(r"ได้\s?คะแนน|คะแนน\s?(?:ไม่)?(?:เท่ากัน|ต่างกัน|เหมือนกัน)")


def _scores_told_apart(found: Found) -> Intent | None:
    """The indicators named, their scores put side by side; a title's "คะแนน" ("คะแนนความพร้อม…
    กับระดับความพร้อม… วัดต่างกันยังไง") asks no score."""
    if not _SCORES_ALIKE_RE.search(found.extraction.masked):
        return None
    read = _names_told_apart(found)
    return replace(read, aspect=Aspect.SCORE) if isinstance(read, IndicatorQuery) else read


# Which way it went, asked as a choice: "ดีขึ้นหรือแย่ลง", "ขึ้นหรือลง".
_WHICH_WAY = "ขึ้นหรือลง|หรือลง|หรือแย่ลง|หรือลดลง|หรือเพิ่มขึ้น|หรือดีขึ้น|หรือต่ำลง|หรือสูงขึ้น"
_COMPARED_ASKS = f"{QUESTION}|ยังไง|อย่างไร|เป็นไง|รึเปล่า|เปล่า|ป่ะ|{_WHICH_WAY}"
# What it must reach compared with a year is the criteria: "ต้องสูงกว่าปี 66".
_COMPARED_BAR = "ต้องลดลง|ต้องเพิ่มขึ้น|ต้องไม่เพิ่ม|ต้องสูงกว่า|ต้องมากกว่า|ต้องต่ำกว่า|ต้องน้อยกว่า"
# The year a result is compared with, and what makes the comparison no result asked.
_A_YEAR_BEFORE = "YEAR|ปีที่แล้ว|ปีก่อน|ปีที่ผ่านมา|ปีกลาย"
_NOT_A_YEAR_COMPARED = (
    f"{_COMPARED_BAR}|ต้อง|เกณฑ์|เป้า|คิด|คำนวณ|สูตร|ถ้า|หาก|สมมติ|ภาพรวม|โดยรวม|รวม"
    "|ปีไหน|ฐาน|กราฟ|chart|ทุกกอง|แต่ละ"
)
# The score got asked first ("PMQA จังหวัดได้กี่คะแนน เทียบกับปีที่แล้วดีขึ้นไหม"): the first
# ask, the score, is answered (440), not the comparison.
_SCORE_GOT = "ได้กี่คะแนน|ได้คะแนนเท่าไหร่|ได้คะแนนเท่าไร"
# A figure checked: "ได้ 16 แห่งใช่ไหม", "ลงทะเบียนได้ 70 ชุดแล้วใช่มั้ย".
_CHECKED = "ใช่ไหม|ใช่มั้ย|ใช่มั๊ย|ใช่ป่ะ|ใช่ปะ|ใช่หรือเปล่า|ใช่รึเปล่า|ใช่เปล่า|ใช่หรือไม่|ใช่มะ"
# "PMQA ได้ 423.5 ถูกต้องไหม": a figure checked as right.
_RIGHT_ASKED = "ถูกต้องไหม|ถูกต้องมั้ย|ถูกต้องหรือไม่|ถูกต้องหรือเปล่า|ถูกต้องรึเปล่า|ถูกไหม|ถูกมั้ย"
# A score checked of a unit: "ได้ 2 คะแนนใช่ไหม", "ได้ 3 คะแนนแล้วใช่มั้ย".
_UNIT_SCORE_CHECKED_RE = re.compile(rf"ได้\s?NUM\s?คะแนน(?:\s?แล้ว)?\s?(?:{_CHECKED})")
_CHECKED_END_RE = re.compile(rf"(?:{phrase_regex(_CHECKED)})\s?(?:ครับ|ค่ะ|คะ|คับ|จ้า|นะ)?\s*$")
_HOW_MANY_RE = Guarded(re.compile(phrase_search_regex(HOW_MANY)))
# The items counted whole ("ผ่านครบ 3 ข้อ", "ครบทั้ง 3 ประเด็น"): how many, no item named.
_ITEMS_COUNTED_RE = re.compile(r"(?:ทั้ง\s?)?NUM\s?(?:ข้อ|ประเด็น)(?!\s?(?:ที่|NUM))")
# Pillars counted: "ได้ 5 pillar", "pillar ลดลง 1 ตัว" (not a score of the pillars).
_PILLARS_COUNTED_RE = re.compile(
    r"(?:ได้|เหลือ|ผ่าน)\s?NUM\s?pillar"
    r"|pillar\S*(?:\s\S+){0,2}?\s?(?:ได้|เหลือ|ผ่าน|ลดลง|ลด|เพิ่มขึ้น|เพิ่ม)\s?NUM\s?ตัว"
    # How pillars are counted: "DG pillar นับยังไง" (the level's indicator counts them).
    r"|pillar\s?นับ|นับ\s?pillar"
)
# (Which tier, "ระดับไหน", is asked of both: the labels keep the two.)
# Where it stands, asked "อยู่ระดับอะไร", is its tier as "อยู่ระดับไหน" is (see ``_LEVEL_WORD_RE``).
_LEVEL_ASKED_RE = Guarded(
    re.compile(r"(?<!อยู่)(?<!อยู่ )(?<!อยู่ที่)(?<!อยู่ที่ )ระดับ\s?(?:เท่าไหร่|เท่าไร|เท่าใด|อะไร|ไร)")
)
_FROM_A_YEAR_RE = re.compile(r"(?:คือ\s?|เท่ากับ\s?)?YEAR\s?(?:ลบ|บวก|หัก|คูณ|[-+*×])\s?(?:NUM|VALUE)?")
# A tier's name, whole or what its cue left ("ขั้นสูง" once ขั้น was read: "สูง").
_TIER_NAME_RE = Guarded(
    lead(
        re.compile(
            r"(?:เป้า(?:หมาย)?\s?)?ขั้น\s?(?:ต้น|สูง|มาตรฐาน)|เป้า(?:หมาย)?\s?มาตรฐาน"
            r"|(?<!\S)(?:เป้า(?:หมาย)?\s)?(?:ต้น|สูง|มาตรฐาน)(?!\S)"
        )
    )
)
_WHY = "ทำไม|why|เพราะอะไร|สาเหตุ"
_TARGET_REACHED = "|".join(
    f"{verb}{target}" for verb in ("ถึง", "ตาม", "บรรลุ", "เข้า") for target in ("เป้าหมาย", "เป้า")
)
_BAR_REACHED = "ถึงค่าเป้าหมาย|ถึงเกณฑ์|ผ่านค่าเป้าหมาย|ผ่านขั้น|ผ่านระดับ|ผ่านมาตรฐาน|ถึงขั้น|ถึงระดับ|ถึงมาตรฐาน"
_WHICH_OR_WHY_RE = re.compile(phrase_search_regex(f"ไหน|ใด|อะไร|บ้าง|กี่|{_WHY}|which|what"))
# What an indicator's assessment items are called: "ข้อไหน", "กี่ประเด็น", "ทุกหัวข้อ".
_ITEM_NOUNS = ("ข้อ", "ประเด็น", "หัวข้อ", "ข้อย่อย", "ข้อประเมิน", "ข้อการประเมิน", "รายการประเมิน")
_ITEM_CUES = "|".join(
    phrase
    for noun in _ITEM_NOUNS
    for phrase in (f"{noun}ไหน", f"{noun}ใด", f"{noun}อะไร", f"กี่{noun}", f"ทุก{noun}")
)
# The items in English ("PB มีกี่ items ที่ต้องประเมิน", "item ไหนไม่ผ่าน"): a space before and
# after the English word, as typed.
_ITEM_CUES += "|" + "|".join(
    phrase
    for noun in ("item", "items")
    for phrase in (f"{noun} ไหน", f"{noun}ไหน", f"กี่ {noun}", f"กี่{noun}", f"ทุก {noun}")
)
_ITEM_FILLER = EDGE_WORDS | frozenset(
    (
        "ไม่",
        "ไม่ผ่าน",
        "ข้อ",
        "ประเด็น",
        "หัวข้อ",
        "บ้าง",
        "ตก",
        "สอบตก",
        "ติด",
        "ยังติด",
        "ตรง",
        "หมด",
        "ครบ",
        "ทุกข้อ",
        "ข้อย่อย",
        "ย่อย",
        # "งบประมาณทั้ง 4 ตัว ผ่านรวมกี่ประเด็น": the total asked, never มีส่วนร่วม misspelt.
        "รวม",
        "ผ่านรวม",
        "item",
        "items",
    )
    + tuple(f"ทุก{noun}" for noun in _ITEM_NOUNS)
)
# "มีกี่อำเภอที่ผ่าน", "ผ่านกี่หน่วยงาน": how many of what an indicator counts passed, its items.
_PASSED_COUNT = HOW_MANY
_SUPPOSING = "ถ้า|หาก|สมมติ|สมมุติ|if"
_WOULD_REACH = (
    "ขั้นไหน|ขั้นใด|ระดับไหน|ระดับใด|กี่คะแนน|คะแนนเท่า|ผ่านไหม|ผ่านมั้ย|ผ่านหรือเปล่า|ผ่านรึเปล่า"
    "|ผ่านขั้น|ผ่านเกณฑ์|ถึงเป้า|เข้าเกณฑ์|ขั้นสูง|ขั้นต้น|ขั้นมาตรฐาน|ผ่านป่ะ"
)
# The unit a figure is given in, two offered ("ส่งเป็นร้อยละหรือเป็นตัน"): how it is worked
# out, no way of sending.
FIGURE_UNITS = "|".join(
    f"เป็น{unit}"
    for unit in ("ร้อยละ", "เปอร์เซ็นต์", "เปอร์เซ็น", "ตัน", "กิโล", "บาท", "ล้านบาท", "ล้าน", "จำนวน")
)


def _figure_unit_asked(found: Found) -> Intent | None:
    """ "ขยะต้องส่งเป็นร้อยละหรือเป็นตัน": the unit of a named indicator's figure, its formula."""
    remainder = _SENT_AS_RE.sub(" ", found.remainder)
    read = _query(Aspect.FORMULA)(replace(found, remainder=remainder))
    return read if isinstance(read, IndicatorQuery) and read.indicator else None


_SENT_AS_RE = re.compile(r"(?:ต้อง\s?)?(?:ส่ง|รายงาน|กรอก|ใส่|บันทึก)(?:\s?ผล)?")


def _would_pass(found: Found) -> Intent | None:
    """ "ท่องเที่ยวได้ 1,500 ล้านจะผ่านไหม": whether a figure would pass, read from the criteria
    (the words asked are matched here: as cues they would be typo targets, "จะอ่าน")."""
    if _WOULD_PASS_RE.search(found.extraction.masked) is None:
        return None
    return _criteria_of_named(found)


def _title_passed_checked(found: Found) -> Intent | None:
    """ "ข้อร่างหลักสูตร… ผ่านแล้วเหรอคะ": an item or title checked passed, as with "ใช่ไหม"; a
    keyword's ("ขยะผ่านแล้วเหรอ") stays the group's talk about it, read below."""
    if INDICATOR_RE.search(found.extraction.masked):
        return None
    return _read_tier(found)


# Whether a figure would pass or reach a tier, asked with จะ: "จะผ่านไหม", "จะได้ขั้นไหน".
_WOULD_PASS = "|".join(
    f"จะ{reach}"
    for reach in (
        "ผ่าน",
        "ผ่านเกณฑ์",
        "ผ่านเป้า",
        "ถึงเป้า",
        "เข้าเกณฑ์",
        "ได้ขั้น",
        "ได้ระดับ",
        "อยู่ขั้น",
        "อยู่ระดับ",
    )
)
_WOULD_PASS_RE = re.compile(phrase_search_regex(_WOULD_PASS))
_TIER_NAMES = ("ขั้นต้น", "ขั้นสูง", "ขั้นมาตรฐาน", "เป้ามาตรฐาน", "เป้าขั้นต้น", "เป้าขั้นสูง")
_TIER_OF = "|".join(f"{tier}ของ" for tier in _TIER_NAMES)
_GROUPS_AND_SCOPE = "|".join(
    (
        "อยู่กลุ่ม|กลุ่มไหน|กลุ่มใด|กลุ่มที่|เข้ากลุ่ม|กรณีไหน|กรณีใด|กรณีที่|เข้ากรณี|แต่ละระดับ|แต่ละขั้น"
        "|ขอบเขต|ครอบคลุม|นับรวมใคร|นับใคร|รวมใครบ้าง|วัดเฉพาะ|ประเมินเฉพาะ|วัดแค่|ประเมินแค่"
        "|กำหนดเป้า|ตั้งเป้า|เป้าไว้",
        # Whether it has tiers at all: "เทศบาลตำบลมีขั้นต้น มาตรฐาน ขั้นสูงไหม".
        *(f"มี{tier}" for tier in _TIER_NAMES),
        # A tier defined: "ขั้นต้นคือคะแนนปี 66 ลบ 10", "ขั้นสูงต้องมีกี่ชุด", "ขั้นสูงเท่าไหร่".
        *(f"{tier}{then}" for tier in _TIER_NAMES for then in ("คือ", "ต้อง", "เท่า", "กี่", "ได้แก่")),
    )
)
_SCOPE_RE = re.compile(phrase_search_regex(_GROUPS_AND_SCOPE))


def _what_it_is_and_takes(found: Found) -> Intent | None:
    """ "GD catalog คืออะไรคะ ต้องทำอะไรบ้าง": what an indicator named by its words is, and what
    it takes, is its card (what it takes now, none named, is the deadlines'; a step's, the
    rules')."""
    if found.extraction.step or not _names_one(found):
        return None
    return _query(Aspect.SUMMARY)(found)


_MUST_ASKS = f"{QUESTION}|กี่|แบบไหน|เท่าไหร่|เท่าไร|เท่าใด|ใช่ไหม|ใช่มั้ย|แค่ไหน|ยังไง|อย่างไร"


# A target's level asked: "เป้าหมายระดับไหน", "เป้าไว้ระดับใด", "เป้าขั้นไหน".
_TARGET_LEVEL_ASKED = "|".join(
    f"{target}{kept}{level}{which}"
    for target in ("เป้าหมาย", "เป้า")
    for kept in ("", "ไว้", "ไว้ที่", "ที่")
    for level in ("ระดับ", "ขั้น")
    for which in ("ไหน", "ใด", "อะไร")
)
# What a figure is worked out from ("คิดจากคะแนนปี 66"), and a check asked of it.
_WORKED_FROM = "คิดจาก|คำนวณจาก|อิงจาก|อ้างอิงจาก|ใช้คะแนนปี|อิงคะแนน"
_CHECK_ASKS = "ใช่ไหม|ใช่มั้ย|ใช่หรือไม่|ใช่หรือเปล่า|ใช่รึเปล่า|หรือเปล่า|รึเปล่า|ใช่ป่ะ|ใช่ปะ|ไหม|มั้ย"


# fmt: off
SPECS = (
    IntentSpec(History, handle_history, (
        # "ขอดูประวัติที่ส่งผล PMQA ไปครับ ไม่แน่ใจว่า…ส่งไว้ยัง", "ขอดูประวัติการส่งทั้งหมดของ
        # เดือนนี้": the history looked at by its word, above a result not sent yet (788) or a
        # month's deadlines (763), below what is looked back over (7541).
        Rule(("ย้อนดูประวัติ|ขอดูประวัติ|ดูประวัติ|ขอประวัติ|เช็คประวัติ|เช็กประวัติ",), 7514, _read_history,
             unless="ต้องเป็น NUM|ต้องเป็นNUM|แก้เป็น NUM|แก้เป็นNUM|ที่ถูกคือ|ที่ถูกต้องคือ|ถ้า|หาก"),
        # "บอทบันทึกอะไรของ กค. ไว้บ้าง", "…บันทึกวันที่ส่งแผนของ กจ. ไว้วันไหน", "กองกลางส่งแผน
        # ทางไหนคะ บันทึกไว้ว่าไง": what was recorded, asked, is the history (of a unit named),
        # above a way of sending (770) or a step's day (740) asked beside; not a figure checked
        # ("ผล…ที่บันทึกไว้ล่าสุดเท่าไหร่"), a record asked for, nor a meeting's minutes.
        Rule(("บันทึก", _RECORDED_ASKED), 775, _read_recorded,
             # The history asked by its word is read by the rules of that word (7514, 700).
             unless="ถ้า|หาก|ต้อง|ควร|ช่วย|ให้หน่อย|ให้ด้วย|ประชุม|จด|NUM|เท่าไหร่|เท่าไร|ใช่ไหม"
                    "|ใช่มั้ย|ถูกไหม|ถูกมั้ย|ประวัติ|history"),
        Rule(("ดูย้อนหลัง|ย้อนดู|ขอดูย้อนหลัง",), 7541, _looked_back,
             unless="ถ้า|หาก|ส่งย้อนหลัง|บันทึกย้อนหลัง|ลงย้อนหลัง|กรอกย้อนหลัง|NUM|DATE|LINK"
                    "|ประชุม|สไลด์|slide|คลิป|วิดีโอ|วีดีโอ|ส่งแล้ว|ส่งไปแล้ว"),
        Rule(("ประวัติ|history|log|ใครส่ง|ส่งโดยใคร|ใครเป็นคนส่ง|ใครบันทึก|รายการที่ส่ง|ย้อนดู|ย้อนหลัง"
              "|ใครแก้|ใครเปลี่ยน|ข้อมูลที่ส่ง|ที่ส่งไปแล้วทั้งหมด|ที่ส่งไปทั้งหมด"
              # "ศทส. เคยส่งอะไรไปแล้วบ้าง", "ขอดูรายการที่บันทึกไปทั้งหมด": what was recorded.
              "|เคยส่ง|เคยบันทึก|รายการที่บันทึก|รายการบันทึกทั้งหมด|ดูรายการบันทึก|ขอรายการบันทึก|ที่บันทึกไว้|ที่บันทึกไป"
              # "ผู้ใดเป็นผู้บันทึก…", "กองคลังได้บันทึกรายการใดไปแล้วบ้าง" (formal): who recorded
              # what, and what was recorded.
              "|ผู้บันทึก|บันทึกรายการไหน|บันทึกอะไรไป|บันทึกอะไรไว้"
              # "ใครเป็นคนกดบันทึกแผนของกองคลัง": who pressed the button.
              "|ใครกดบันทึก|คนกดบันทึก|ใครกดส่ง|คนกดส่ง",), 700,
             # "ค่าฐาน PMQA ที่บันทึกไว้ผิด ปี 66 ต้องเป็น 401.7": the right figure, told.
             _read_history, unless=_HISTORY_VETO_RE),
        # "กองคลังส่งอะไรไปบ้างเมื่อไหร่": what was sent, and when (what was sent alone, "ส่ง
        # อะไรไปแล้วบ้าง", is the unit's status); not what must be sent, nor what is not.
        Rule((_SENT_WHAT, "เมื่อไหร่|เมื่อไร"), 700, _read_history,
             unless="ต้อง|ยังไม่|ไม่ได้|ควร|จะส่ง|ต่อไป|ถัดไป"),
        # "ขอดูการบันทึกทั้งหมดของสัปดาห์นี้": the entries of a period, looked at.
        Rule(("การบันทึก|บันทึกทั้งหมด|รายการบันทึก|ที่บันทึก", f"ทั้งหมด|{_PERIODS}"), 699,
             _read_history, unless="ต้อง|วิธี|ยังไง|อย่างไร|ไม่ได้|ยังไม่|NUM", keep=True),
        # "ผลโอนเปลี่ยนแปลงงบที่ส่งไปแล้วมีอะไรบ้าง", "ผลแต่งตั้งที่เคยรายงานไว้มีอะไรบ้าง": what
        # was sent or reported of an indicator, listed; above its result (not what is owed).
        Rule(("ที่ส่งไปแล้ว|ที่ส่งไว้|ที่เคยส่ง|ที่เคยรายงาน|ที่รายงานไปแล้ว|ที่รายงานไว้",
              "มีอะไรบ้าง|มีอะไร|อะไรบ้าง"), 7921, _read_history,
             unless="ต้อง|ยังไม่|ไม่ได้|ถ้า|หาก|ผิด|แก้|NUM"),
        # "ผล e-Service ที่ส่งไปครั้งก่อนเท่าไหร่นะ": what was sent the time before is in the
        # history (the latest result is the indicator's); not whether it passed, nor a plan's.
        Rule(("ที่ส่งไป|ที่ส่ง|ที่บันทึกไป|ที่บันทึก|ที่กรอกไป|ที่กรอก|ที่รายงานไป|ที่ลงไป",
              "ครั้งก่อน|ครั้งที่แล้ว|รอบก่อน|รอบที่แล้ว|คราวก่อน|คราวที่แล้ว"), 703, _read_history,
             unless="ต้อง|ยังไม่|ไม่ได้ส่ง|ไม่ได้บันทึก|ถ้า|หาก|ผิด|แก้|NUM|ผ่าน|ตก|แผน|STEP|ขั้นตอน"),
        # "สัปดาห์ที่แล้วใครส่งอะไรบ้างนะ", "เมื่อเช้าใครส่งอะไรมาบ้าง": who sent what over a time
        # gone by is the history, above what is owed ("ส่งอะไรบ้าง", 750); not who must send what
        # ("สัปดาห์หน้าใครต้องส่งอะไรบ้าง") nor who has not.
        Rule(("ใครส่งอะไร|ใครส่งผลอะไร|ใครบันทึกอะไร", _PAST_SPANS), 767, _read_sent_so_far, keep=True,
             unless="ต้อง|จะ|ควร|ยังไม่|ไม่ได้|หน้า|ถ้า|หาก|ถัดไป|ต่อไป"),
        # "เมื่อวานซืนกองคลังส่งอะไรมาบ้าง", "อาทิตย์ที่แล้วกองคลังส่งอะไรไปบ้าง": what a unit sent
        # over a time gone by is its history, above what it has sent so far (its status, with no
        # time said); a time to come is what is due.
        Rule(("ส่งอะไรมาบ้าง|ส่งอะไรไปบ้าง|ส่งอะไรมา|ส่งอะไรไป|ส่งผลอะไรมา|ส่งผลอะไรไป",
              "DATE|MONTH|เมื่อเช้า|เมื่อกี้|เมื่อกี๊|เมื่อสักครู่|สัปดาห์ที่แล้ว|สัปดาห์ก่อน|อาทิตย์ที่แล้ว"
              "|อาทิตย์ก่อน|เดือนที่แล้ว|เดือนก่อน"
              # This week so far: "อาทิตย์นี้กองกลางส่งอะไรไปแล้วบ้าง".
              "|สัปดาห์นี้|อาทิตย์นี้"), 537, _read_sent_so_far, keep=True,
             unless="ต้อง|จะ|ควร|ยังไม่|ไม่ได้|หน้า|ถ้า|หาก|ถัดไป|ต่อไป|ขาด|ค้าง|ใคร|กองไหน|หน่วยไหน"),
        # "กองกลางส่งรายชื่อทีมไปวันไหนนะ", "master data ส่งผลครั้งล่าสุดเมื่อไหร่", "ผลขยะบันทึก
        # ล่าสุดวันไหน": when it was sent (ไป after what was sent) or last recorded is the
        # history, above when it is due (740) and the latest result (399); not what must be sent
        # by when, nor the next round's day ("กำหนดส่งผลครั้งต่อไปวันไหน").
        Rule(("ส่ง|รายงาน|บันทึก|กรอก|อัปโหลด|อัพโหลด|อัปเดต|อัพเดต", "ไป|ล่าสุด|สุดท้าย|หลังสุด",
              "วันไหน|เมื่อไหร่|เมื่อไร|ตอนไหน|วันที่เท่าไหร่|วันที่เท่าไร"), 767, _read_sent_when,
             unless="ต้อง|ควร|จะ|กำหนด|หมดเขต|ปิดรับ|เปิดรับ|ถัดไป|ต่อไป|ได้ถึง|ได้บ้าง|ได้ไหม|ได้มั้ย"
                    "|ได้ตั้งแต่|ภายใน|ถ้า|หาก|ยังไม่|ไม่ได้|deadline|วันสุดท้าย|ขั้นตอนสุดท้าย|ขั้นสุดท้าย"
                    "|รอบสุดท้าย|ดี|ก็ได้"),
        # "ขอไทม์ไลน์การส่งของกองนิติการ": what was sent, in order; not what is due next.
        Rule(("กี่ครั้งแล้ว|กี่รอบแล้ว|กี่หนแล้ว", "แก้|ส่ง|บันทึก|กรอก"), 705, _read_times_done,
             unless="ต้อง|ถ้า|หาก|ควร|ได้กี่|ประชุม|เข้าร่วม"),
        Rule(("ไทม์ไลน์|timeline|time line",), 700, _read_history, unless=_DUE_WORDS),
        # Who recorded it (last): "ขยะใครอัปเดตล่าสุด", "ผู้ใดเป็นผู้บันทึก…ครั้งล่าสุด"; not
        # that no one has ("ยังไม่มีใครใส่ใช่ไหม": what is missing).
        Rule((_WHO_RECORDED,), 700, _read_history, unless="ไม่มีใคร|ยังไม่|ไม่ได้"),
        # "ใครเป็นคนบันทึกว่ากองคลังส่งแผนแล้วคะ งงมาก ยังไม่ได้ส่งเลย": who recorded what the
        # entry says is the unit's history, above who has not sent it (800), denied after.
        Rule((_WHO_RECORDED_THAT,), 1023, _read_recorded_that, unless="ถ้า|หาก|ไม่มีใคร"),
    )),
    IntentSpec(IndicatorQuery, handle_indicator_query, (
        Rule((f"{_ITEM_CUES}|ประเด็นการประเมิน|ประเด็นประเมิน|ประเด็นที่ประเมิน|ข้อที่|รายการไหน",), 526,
             _items_asked, unless="ขั้นตอน|STEP"),
        # "คู่มือแผนพัฒนาบุคลากร ประเมินเรื่องอะไรบ้างคะ", "PB ประเมินด้านไหนบ้าง": what a named
        # indicator assesses, by topic, is its items (a round's, "รอบ 2 ประเมินเรื่องอะไร", and a
        # step's are the rules').
        Rule((_ASSESSED_TOPICS,), 517, _assessed_topics, unless="ขั้นตอน|STEP|รอบ|ถ้า|หาก"),
        # "e-Budgeting ผ่านครบทุกข้อไหม", "PB ผ่านครบทุกประเด็นไหมคะ": whether it passed in full,
        # asked yes or no, is its tier, as "ผ่านครบไหม" is; how far through the items it is
        # ("…ผ่านครบทุกข้อยัง", "ผ่านทุกข้อไหม" with no ครบ) stays its items.
        Rule(("ผ่านครบทุกข้อ|ผ่านครบทุกประเด็น", "ไหม|มั้ย|มั๊ย|หรือไม่|หรือเปล่า|รึเปล่า|ป่าว"), 539,
             _read_tier, unless="ยัง|ขั้นตอน|STEP|ไม่ผ่าน|ต้อง|ถึงจะ|ข้าม|ถ้า|หาก|ทำไม"),
        # "PB ผ่านครบทุกประเด็นแล้วหรือยัง": every point passed in full, asked with ยัง, is the
        # tier too (every item ticked off, "ผ่านครบทุกข้อยัง", stays the items).
        Rule(("ผ่านครบทุกประเด็น", "ยัง"), 535, _read_tier,
             unless="ยังไม่|ขั้นตอน|STEP|ไม่ผ่าน|ต้อง|ถึงจะ|ข้าม|ถ้า|หาก|ทำไม"),
        # "อุตสาหกรรมเชิงนิเวศ ผ่านครบทุกระดับไหม": each level passed in full, as "ครบทุกข้อ", is
        # its items ("ผ่านหมดไหม" is the tier).
        Rule(("ผ่านครบทุกระดับ|ผ่านครบทุกขั้น", f"{QUESTION}|ยัง"), 7941, _items_query,
             unless="ขั้นตอน|STEP|ไม่ผ่าน|ต้อง|ถึงจะ|ข้าม"),  # "…ต้องผ่านครบทุกขั้น…": a rule
        # "ทั้ง 3 ประเด็นผ่านหมดแล้วใช่ไหม", "ประเด็นที่ 3 … ผ่านหรือยัง": its items passed
        # (passed in full, counted after, "ผ่านครบ 3 ประเด็นแล้วใช่มั้ย", is the tier).
        Rule(("ประเด็น", "ผ่าน", QUESTION), 525, _items_query,
             unless="ขั้นตอน|STEP|ไม่ผ่าน|ครบ NUM ประเด็น|ครบทั้ง NUM ประเด็น"),
        # "ตัวชี้วัดระบบราชการ 4.0 คะแนนเต็มกี่คะแนน", "KPI ระบบราชการ 4.0 เกณฑ์ระดับ 5 คืออะไร":
        # the full score or a level's bar of an indicator named by its words is its criteria
        # (of "this indicator", or wished for, the rule's level: "อยากได้คะแนนเต็มต้องทำยังไง").
        Rule(("คะแนนเต็ม|เกณฑ์ระดับ", "ตัวชี้วัด|kpi"), 957, _full_score_of_named,
             unless=f"{_SUPPOSING}|ตัวชี้วัดนี้|ตัวนี้|อยากได้|อยากให้|จะได้|ได้คะแนนเต็ม|ต้องทำ|ทำยังไง"
                    "|ทำอย่างไร|ถึงจะ|ผ่าน|อยู่ระดับ|ได้ระดับ|ถึงระดับ|ขั้นตอน|STEP|กอง|หน่วย"),
        # "จริยธรรมภาครัฐ มีกี่ขั้นที่ต้องทำ": the stages a named indicator asks (the plan's
        # steps, none named, are the rules').
        Rule(("กี่ขั้นตอน|กี่ขั้น|กี่step|กี่ step", "ต้องทำ|ทำอะไร|ทำไร|มีอะไรบ้าง|มี"), 534,
             _stages_asked,
             unless="แล้ว|ไปกี่|ผ่านกี่|ทำกี่|ส่งกี่|ได้กี่|ถ้า|หาก|STEP|ขั้นตอนที่ NUM|ขั้นที่ NUM"),
        # "ระบบ BB EvMIS มีขั้นตอนอะไรบ้างที่ประเมิน": the stages an indicator assesses are its
        # items (the plan's steps are asked with no indicator named).
        Rule(("ขั้นตอนอะไร|ขั้นตอนไหน|ขั้นตอนใด|กี่ขั้นตอน", "ประเมิน"), 527, _assessed_stages),
        # "…ต้องได้กี่แห่งถึงจะถือว่าผ่าน": how many it takes to pass is the bar (its criteria).
        Rule((_PASSED_COUNT, "ผ่าน|ตก"), 526, _passed_count,
             unless="ขั้นตอน|STEP|ถึงผ่าน|ถึงจะผ่าน|ถึงจะถือว่าผ่าน|ถึงถือว่าผ่าน|จึงจะถือว่าผ่าน"
                    "|จึงถือว่าผ่าน|ถึงจะนับว่าผ่าน|ถึงนับว่าผ่าน"),
        # "Pillar ไหนยังต่ำกว่าระดับ 3 บ้าง", "ข้อไหนยังไม่ถึงเกณฑ์": which fall short are the
        # failed items (whether one does, "ขยะต่ำกว่าเกณฑ์ไหม", is its tier).
        Rule(("ต่ำกว่าระดับ|ต่ำกว่าขั้น|ต่ำกว่าเกณฑ์|ไม่ถึงระดับ|ไม่ถึงเกณฑ์",
              "ไหน|ใดบ้าง|อะไรบ้าง"), 513, _short_of_asked,
             unless=f"ขั้นตอน|STEP|{_SUPPOSING}|ต้อง|กองไหน|หน่วยไหน|หน่วยงานไหน"),
        # "ทำไมขยะไม่ผ่าน": why it failed is which items failed.
        Rule(("ไม่ผ่าน", f"{QUESTION}|{_WHY}"), 510, _items_query, unless="ขั้นตอน|STEP"),
        # "ต้องทำอะไรถึงผ่าน" asks what it takes to pass: the criteria, below.
        # "ต้องผ่านเกณฑ์อะไร" asks what must be passed, "เกณฑ์ผ่านคืออะไร" the bar for a pass:
        # the criteria, below.
        # "ขยะถึงเป้าหรือยัง": whether the target was reached is the verdict too.
        # "ผ่านระดับใดแล้ว", "อยู่ในระดับใด": the formal which.
        # "ตอนนี้อยู่เป้าไหน": which target it stands at is its tier (a supposed figure's,
        # "ถ้า… จะอยู่เป้าไหน", is read from the criteria, above).
        Rule(("อยู่เป้าไหน|อยู่ที่เป้าไหน|อยู่เป้าใด|อยู่เป้าหมายไหน|อยู่เป้าหมายใด|ถึงเป้าไหน",), 503,
             _query(Aspect.TIER), unless=f"{_SUPPOSING}|ขั้นตอน|STEP"),
        # "ยาเสพติด 74.94 ยังห่างเป้ามาตรฐานอีกเท่าไหร่", "ท่องเที่ยวปีนี้เทียบกับเป้าขั้นต้น
        # เป็นไงบ้าง": where the result stands against a target is its tier (a supposed figure's
        # distance, "ถ้าได้ 1,500 จะห่างเป้าเท่าไหร่", is read from the criteria).
        # The bar to a tier asked beside it ("ขยะต้องถึงกี่ % ถึงจะได้ขั้นสูงคะ หัวหน้าอยากรู้ว่า
        # ห่างเป้าแค่ไหน") is the criteria (read below).
        Rule(("ห่างเป้า|ห่างจากเป้า",), 511, _query(Aspect.TIER),
             unless=f"{_SUPPOSING}|ขั้นตอน|STEP|{REACH_A_TIER}|ถึงจะผ่าน|จึงจะผ่าน"),
        # (Put against a target with no result said, "ขยะเทียบกับเป้าเป็นยังไง" asks the
        # target: the criteria.)
        Rule(("เทียบกับเป้า|เทียบเป้า", "NUM|ปีนี้|ตอนนี้|ล่าสุด"), 511, _query(Aspect.TIER),
             unless=f"{_SUPPOSING}|ขั้นตอน|STEP"),
        # "ตอนนี้เราอยู่ตรงไหน ผ่านไปกี่ตัว": how many indicators passed, none named, is the
        # organisation's status.
        Rule(("ผ่านไปกี่ตัว|ผ่านกี่ตัว|ผ่านไปแล้วกี่ตัว|ผ่านแล้วกี่ตัว|กี่ตัวที่ผ่าน|กี่ตัวผ่าน",), 504,
             _status_only, unless="ขั้นตอน|STEP|ข้อ|ระดับ|pillar|ชุด"),
        # "e-Service หลุดเกณฑ์ไหม", "ขยะตกเป้าไหม": falling short of the bar, asked, is the tier.
        Rule((f"ผ่านเกณฑ์|ผ่าน|ระดับ|ขั้น|tier|level|เลเวล|{_TARGET_REACHED}|{_BAR_MISSED}",
              f"{QUESTION}|ใด"), 500,
             _read_tier,
             unless="ขั้นตอน|ถึงผ่าน|ถึงจะผ่าน|จึงจะผ่าน|ต้องผ่าน|เกณฑ์ผ่าน|เกณฑ์การผ่าน|ขั้นบันได"),
        # "กองการเจ้าหน้าที่ได้ระดับ 3 แล้วยังคะ": a tier asked with ยัง closing the message
        # (no หรือ before it) is asked as "…หรือยัง" is.
        Rule(("ได้ระดับ|ถึงระดับ|ผ่านระดับ|ได้ขั้น|ถึงขั้น|ผ่านขั้น", "ยัง"), 504, _read_tier_yet,
             unless="ขั้นตอน|ถึงผ่าน|ถึงจะผ่าน|จึงจะผ่าน|ต้องผ่าน|เกณฑ์ผ่าน|เกณฑ์การผ่าน|ถ้า|หาก"),
        Rule(("ได้เต็ม|ได้คะแนนเต็ม", "กองไหน|หน่วยไหน|หน่วยงานไหน|ใครได้|ใครบ้าง"), 516,
             _units_full_score),
        Rule(("ได้เต็ม|ได้คะแนนเต็ม|เต็ม NUM|NUM เต็ม", QUESTION), 518, _unit_full_score,
             unless="ต้อง|ทำยังไง|ทำไง|ทำอย่างไร|ยังไงถึง|ถึงจะ|จึงจะ|ถ้า|หาก|ใคร|กองไหน|หน่วยไหน"),
        # "อุตสาหกรรมเชิงนิเวศมีกี่ระดับ แต่ละระดับคืออะไร": the levels it has are its criteria
        # (how many it passed, "ผ่านกี่ระดับแล้ว", is its tier, below).
        Rule(("มีกี่ระดับ|มีทั้งหมดกี่ระดับ|แบ่งเป็นกี่ระดับ|แบ่งกี่ระดับ",), 565,
             _criteria_of_named, unless=f"{_SUPPOSING}|ขั้นตอน|STEP|ผ่าน|ได้กี่|แล้ว"),
        Rule(("กี่ระดับ",), 505, _query(Aspect.TIER)),
        # "ขยะอยู่ระดับกี่แล้ว", "ยาเสพติดได้ระดับกี่": the level it stands at (what it must
        # reach, "ต้องได้ระดับกี่ถึงผ่าน", is the criteria).
        Rule(("ระดับกี่|ขั้นกี่|เลเวลกี่|level กี่|ระดับที่เท่าไหร่|ระดับที่เท่าไร",), 494,
             _query(Aspect.TIER),
             unless=f"{_SUPPOSING}|ต้อง|ถึงจะ|ถึงผ่าน|จึงจะ|เกณฑ์|เป้า|ขั้นตอน|STEP|ยกระดับ"),
        # "ระดับความพร้อมรัฐบาลดิจิทัลเป้าหมายระดับไหน", "ตั้งเป้าไว้ระดับไหน": the target's level
        # asked is the criteria; the target reached ("ผ่านเป้าหมายขั้นไหน", "ถึงเป้าขั้นไหน",
        # "อยู่เป้าไหน") is the tier.
        Rule((_TARGET_LEVEL_ASKED,), 513, _criteria_of_named,
             unless=f"{_SUPPOSING}|ผ่าน|ถึง|อยู่|ตาม|บรรลุ|เข้า|ได้|ขั้นตอน|STEP"),
        # "PMQA 4.0 ของ สงป. เกณฑ์ปีนี้คิดจากคะแนนปี 66 ใช่ไหม": what the criteria or the target
        # are worked out from, checked, is the criteria ("…คิดจากอะไร" alone is the formula).
        Rule(("เกณฑ์|เป้าหมาย|เป้า", _WORKED_FROM, _CHECK_ASKS), 483, _criteria_of_named,
             unless=f"สูตร|{_SUPPOSING}|ขั้นตอน|STEP"),
        # "ขั้นต้นของขยะคือร้อยละเท่าไหร่": a tier's bar, named before the indicator's name (not
        # the tier passed: "ผ่านขั้นต้นของขยะแล้วยัง").
        Rule((_TIER_OF, "คือ|เท่าไหร่|เท่าไร|เท่าใด|กี่"), 7823, _query(Aspect.CRITERIA),
             unless=f"{_SUPPOSING}|ผ่าน|ถึง|อยู่|ยัง|ไหม|มั้ย"),
        # "Master Data จำนวน X ชุด คือกี่ชุด": what the criteria's unknown X stands for.
        Rule(("x", "คือกี่|คือเท่าไหร่|คือเท่าไร|คือเท่าใด|หมายถึงกี่|หมายถึงเท่า|คืออะไร|หมายถึงอะไร"),
             7822, _criteria_of_named, unless=f"{_SUPPOSING}|ผ่าน|ถึง|อยู่|ยัง|ไหม|มั้ย"),
        # "แผนพัฒนาบุคลากร ที่ว่าร้อยละ 50 ของส่วนราชการ หมายถึงอะไร": a figure the criteria
        # write, quoted and asked what it means.
        Rule(("ที่ว่า|ที่บอกว่า|ที่เขียนว่า|ที่กำหนดว่า", "NUM",
              "หมายถึงอะไร|หมายถึงยังไง|หมายความว่า|คืออะไร|คือยังไง|คือไร"), 7832,
             _criteria_of_named, unless=f"{_SUPPOSING}|ผ่าน|ได้กี่|ได้เท่า|STEP|ขั้นตอน"),
        # "Master Data ขั้นต้น X-2 ชุด X นี่คือกี่ชุด": what a tier's bar stands for.
        Rule(("|".join(_TIER_NAMES), "คือกี่|คือเท่าไหร่|คือเท่าไร|คือเท่าใด|หมายถึงกี่|หมายถึงเท่า"),
             7824, _criteria_of_named, unless=f"{_SUPPOSING}|ผ่าน|ถึง|อยู่|ยัง|ไหม|มั้ย"),
        Rule(("ต้นหรือ|ฐานหรือ|สูงหรือ|ต้นรึ|ฐานรึ|สูงรึ",), 504, _tier_choice, keep=True,
             unless=f"{_SUPPOSING}|ขั้นตอน|STEP"),
        # "กจ. ตอนนี้อยู่ระดับ 2 หรือ 3 แล้วคะ": which of two levels it stands at, by number.
        Rule(("ระดับ NUM หรือ|ระดับ NUM รึ|ขั้น NUM หรือ|ขั้น NUM รึ",), 495, _tier_choice, keep=True,
             unless=f"{_SUPPOSING}|ขั้นตอน|STEP|ต้อง|ถึงจะ|ได้กี่|คะแนน"),
        # "ถ้ายาเสพติดได้ 80% จะอยู่ขั้นไหน", "สมมติ PMQA ได้ 420 จะได้กี่คะแนน": what a figure
        # would reach is read from the criteria (it records nothing).
        Rule((_SUPPOSING, _WOULD_REACH), 508, _supposed_reach, unless="เทียบเกณฑ์|เทียบกับเกณฑ์"),
        # "ข้อร่างหลักสูตร… ผ่านแล้วเหรอคะ": passed, checked with เหรอ, as with "ใช่ไหม".
        Rule(("ผ่าน", "เหรอ|หรอ"), 579, _title_passed_checked,
             unless=f"{_SUPPOSING}|ขั้นตอน|STEP|ยังไม่|ไม่ผ่าน|ต้อง|ถึงจะ|จะผ่าน"),
        Rule((FIGURE_UNITS, "หรือ"), 569, _figure_unit_asked, number=False,
             unless=f"{_SUPPOSING}|ขั้นตอน|STEP|หรือยัง|หรือเปล่า|หรือไม่"),
        # "ท่องเที่ยวได้ 1,500 ล้านจะผ่านไหม": a figure supposed with จะ, no ถ้า, is read from the
        # criteria too (a figure reached, asked "…ได้ 1,500 ล้าน ผ่านไหม", is its tier).
        Rule(("ได้ NUM", "จะ"), 559, _would_pass, number=True,
             unless=f"{_SUPPOSING}|ขั้นตอน|STEP|เทียบเกณฑ์|เทียบกับเกณฑ์|ยังไม่"),
        # "pillar ปีนี้ลดลง 1 ตัวจากปี 66 จะยังได้ขั้นต้นอยู่ไหม": whether a change would still
        # reach a tier is read from the criteria too.
        # "ปีนี้ควรลงทะเบียนชุดข้อมูลเพิ่มอีกเท่าไหร่": how many more a named indicator should
        # get is its target, as "ต้อง…เพิ่มอีกเท่าไหร่" is (how far it is, "ห่างเป้าอีก…", its tier).
        Rule(("ควร", "เพิ่มอีก", "กี่|เท่าไหร่|เท่าไร|เท่าใด"), 519, _criteria_of_named,
             unless="ห่าง|ขาด|เหลือ|ถ้า|หาก|ดีไหม|ดีมั้ย|ดีคะ|ดีครับ"),
        Rule(("จะยังได้|จะยังผ่าน|ยังจะได้|ยังจะผ่าน|จะยังอยู่", _WOULD_REACH), 509, _criteria_of_named,
             unless="เทียบเกณฑ์|เทียบกับเกณฑ์"),
        # "GD catalog คืออะไร ต้องทำอะไรบ้าง", "master data คืออะไร ต้องส่งอะไรบ้าง": what an
        # indicator is and takes, above the deadlines' "ต้องทำอะไร" (750) and
        # what must be sent (a step named is the rules').
        Rule(("คืออะไร|หมายถึงอะไร|คือไร", "ต้องทำอะไร|ทำอะไรบ้าง|ต้องส่งอะไร|ส่งอะไรบ้าง"), 922,
             _what_it_is_and_takes, unless="STEP|ขั้นตอน|ถึงผ่าน|ถึงจะผ่าน|ถึงได้|ถึงจะได้"),
        # Which group or case applies, the scope, and what a tier is defined as.
        Rule((_GROUPS_AND_SCOPE,), 507, _criteria_of_named),
        # "Participatory Budgeting ต้องมีกี่โครงการ", "ขั้นสูงต้องเชื่อมผ่าน GDX ใช่มั้ย".
        Rule(("ต้อง", _MUST_ASKS), 506, _read_must),
        # "แต่งตั้งผ่านหมดยัง": "ยัง" ending the message asks whether it passed.
        Rule((f"ผ่านหมด|ผ่านครบ|ผ่านทุกตัว|ผ่านทุกข้อ|ผ่าน|{_TARGET_REACHED}", "ยัง"), 499, _passed_yet,
             unless="ยังไม่|ขั้นตอน|STEP|ถึงผ่าน|ถึงจะผ่าน|จึงจะผ่าน"),
        # "ขยะ 50.21 ถึงเป้ามาตรฐานยังคะ", "ผ่านขั้นสูงรึยัง": a target or a tier reached, asked
        # by "ยัง" closing the message (its particles aside), is the verdict.
        Rule((f"{_TARGET_REACHED}|{_BAR_REACHED}", "ยัง"), 501,
             _reached_yet, unless="ยังไม่|ขั้นตอน|STEP|ถึงผ่าน|ถึงจะผ่าน|จึงจะผ่าน"),
        # "เกณฑ์ให้คะแนนยังไง" asks for the scoring criteria, below.
        # "ขยะ นับขยะติดเชื้อด้วยไหม", "ท่องเที่ยว…รวมพวกไม่ค้างคืนด้วยใช่ไหม": counted in.
        Rule(("นับ|รวม", "ด้วยไหม|ด้วยมั้ย|ด้วยหรือเปล่า|ด้วยรึเปล่า|ด้วยใช่ไหม|ด้วยใช่มั้ย|ด้วยป่ะ"
              "|ด้วยหรือไม่|ด้วยเปล่า"), 484, _counted_in, number=False,
             unless="ภาพรวม|โดยรวม|คะแนนรวม|สรุป|ส่ง|รายงาน|ประชุม|รวมไฟล์|รวมเล่ม"),
        # "ระดับความสำเร็จคำนวณยังไงครับ หักคะแนนแล้วต่ำสุดเท่าไหร่": a formula asked of what is
        # named, a deduction asked after it, above the deductions' rule (a late one is theirs).
        Rule((FORMULA_WORDS, "หัก"), 889, _formula_before_a_deduction,
             unless="ส่งช้า|ล่าช้า|เลยกำหนด|เกินกำหนด|ไม่ทัน|ไม่ส่ง|ถ้า|หาก|กรณี"),
        Rule((FORMULA_WORDS,), 480, _read_formula,
             unless="เกณฑ์ให้คะแนน|เกณฑ์การให้คะแนน|เกณฑ์คิดคะแนน|เกณฑ์การคิดคะแนน|เกณฑ์การวัด"
                    "|เงื่อนไขการให้คะแนน|เงื่อนไขให้คะแนน"),
        Rule((CRITERIA_WORDS,), 460, _read_criteria),
        # "ตัวชี้วัดขยะน้ำหนักเท่าไหร่คะ": an indicator's weight, above its result and score asked
        # (420, 440); "ขอดูน้ำหนักของทุกตัวชี้วัด": every one's, the status.
        Rule(("น้ำหนัก", _WEIGHT_ASKS), 461, _weight_asked, unless=_NOT_A_WEIGHT),
        # "ตัวชี้วัดที่ 1 เกณฑ์ให้คะแนนยังไงคะ ได้เต็ม 5 ต้องทำอะไรบ้าง": the scoring criteria of
        # an indicator named, above what must be done by when (750).
        Rule((_SCORING_CRITERIA,), 766, _named_scoring_criteria),
        # "แผนพัฒนาบุคลากรต้องส่งเสริมกี่เปอร์เซ็นต์": what it must reach is the bar (a percent
        # reached, "ได้กี่เปอร์เซ็นต์", is the result, below).
        Rule(("ต้อง", PERCENT_ASKS), 465, _read_percent_bar),
        # "ขอดูคะแนนรายกอง", "ขอดูคะแนนของทุกกองหน่อย": every unit's scores, no other status
        # word, are the status too (a chart of them is the chart's; a score told, a write's).
        # "ขอคะแนนแยกรายกองทั้ง 5 กอง": every unit counted, the number is no figure.
        Rule(("คะแนน|score|แต้ม", "ทั้ง NUM กอง|ทั้ง NUM หน่วย|ครบ NUM กอง"), 435,
             _every_units_scores, number=True,
             unless="กราฟ|chart|แผนภูมิ|ใคร|กองไหน|หน่วยไหน|ถ้า|หาก|สมมติ|เกณฑ์|วิธี|ยังไง|อย่างไร"
                    "|ผ่าน|ได้ NUM|เกิน|กว่า"),
        Rule(("คะแนน|score|แต้ม", "รายกอง|รายหน่วย|ทุกกอง|ทุกหน่วย"),
             430, _every_units_scores,
             unless="กราฟ|chart|แผนภูมิ|ใคร|กองไหน|หน่วยไหน|ถ้า|หาก|สมมติ|เกณฑ์|วิธี|ยังไง|อย่างไร",
             number=False),
        # "คะแนน PMQA 4.0 ของจังหวัด ผลล่าสุดเท่าไหร่": a score-titled indicator's latest
        # result asked is its result (its score asked, "ได้กี่คะแนน", is below).
        Rule(("คะแนน", "ผลล่าสุด|ผลลัพธ์ล่าสุด|ผลเท่าไหร่|ผลเท่าไร|ผลได้เท่าไหร่|ผลได้เท่าไร"), 444,
             _latest_of_scored, number=False,
             unless="กี่คะแนน|คะแนนเท่า|ได้คะแนน|คะแนนรวม|คะแนนทั้งหมด|ภาพรวม|รายกอง|รายหน่วย|ทุกกอง"
                    "|ทุกหน่วย|ถ้า|หาก|สมมติ"),
        # "ตอนนี้รวมได้เท่าไหร่แล้ว" after the score's words: the total summed, no indicator named,
        # is the organisation's (a unit's, named); above one indicator's score (440).
        Rule(("คะแนน|score|แต้ม", _SUMMED_ASKED), 443, _summed_total,
             unless=f"{_SUPPOSING}|ต้อง|คิด|คำนวณ|ยังไง|อย่างไร|ทำไม|กราฟ|chart|STEP", number=False),
        # "รายได้ท่องเที่ยว 1,462.21 ล้าน คะแนนออกมาเท่าไหร่": the score its figure came to (a
        # figure told may stand beside it); a supposed one is the criteria's.
        Rule(("คะแนนออกมา|ออกมาเป็นคะแนน|คิดเป็นคะแนน|ออกมากี่คะแนน|ออกมาได้กี่คะแนน",
              "เท่าไหร่|เท่าไร|เท่าใด|กี่"), 453, _query(Aspect.SCORE),
             unless=f"{_SUPPOSING}|ต้อง|ทำไม|ภาพรวม|คะแนนรวม|ทุกกอง|ทุกหน่วย"),
        # "PMQA ก.พ. ผลล่าสุดกี่คะแนน": the latest result's points are its result ("ได้กี่คะแนน
        # ผลล่าสุด" asks the score, below).
        Rule(("ผลล่าสุดกี่คะแนน|ผลล่าสุดได้กี่คะแนน|ผลล่าสุดคะแนนเท่าไหร่|ผลล่าสุดคะแนนเท่าไร"
              "|ผลล่าสุดได้คะแนนเท่าไหร่|ผลล่าสุดได้คะแนนเท่าไร|ผลล่าสุดเป็นกี่คะแนน",), 445,
             _latest_points, number=False,
             unless="คะแนนรวม|คะแนนทั้งหมด|ภาพรวม|รายกอง|รายหน่วย|ทุกกอง|ทุกหน่วย|ถ้า|หาก|สมมติ"),
        # "…ยังว่างอยู่เลย ตอนนี้คิดได้เท่าไหร่แล้ว": the score as worked out so far is the same
        # total (how it is worked out, "คิดยังไง", is the formula's; one indicator's, its score).
        Rule(("คะแนน|score|แต้ม", "คิดได้เท่าไหร่|คิดได้เท่าไร|คิดได้กี่|คิดแล้วได้เท่าไหร่|คิดแล้วได้กี่"
              "|คำนวณได้เท่าไหร่|คำนวณได้เท่าไร|คำนวณแล้วได้เท่าไหร่"), 451, _summed_total,
             unless=f"{_SUPPOSING}|ต้อง|ยังไง|อย่างไร|ทำไม|กราฟ|chart|STEP", number=False),
        # "PMQA 410 คะแนน" states a score: a submission, read below.
        # "ขอสรุปคะแนนสุดท้ายทุกกอง": the scores of every unit are the status.
        Rule(("ได้กี่คะแนน|กี่คะแนน|คะแนน|score|แต้ม",), 440, _query(Aspect.SCORE),
             unless="คะแนนรวม|คะแนนทั้งหมด|ภาพรวม|รายกอง|รายหน่วย|ทุกกอง|ทุกหน่วย", number=False),
        Rule(("ได้เท่าไหร่|ได้เท่าไร|เท่าไหร่|เท่าไร|เท่าไหล่|เท่าใด|ผลลัพธ์|ผลเป็นยังไง"
              "|ผลเป็นไง|ผลการดำเนินงาน|ได้กี่|result|มีกี่|เปิดกี่"
              f"|{HOW_MANY}|{PERCENT_ASKS}",), 420, _query(Aspect.RESULT),
             unless="คะแนนรวม|คะแนนทั้งหมด|ภาพรวม|โดยรวม|ผลประเมิน|ผลการประเมิน"),
        # "ขยะ ผลล่าสุด" asks its latest result; a figure told after it with no question word
        # ("ยาเสพติด ผลล่าสุดร้อยละ 88.4 ค่ะ") is a value submitted (checked, "…ใช่ไหม", below).
        Rule(("ผลล่าสุด",), 420, _query(Aspect.RESULT), number=False,
             unless="คะแนนรวม|คะแนนทั้งหมด|ภาพรวม|โดยรวม|ผลประเมิน|ผลการประเมิน"),
        # "…ได้ pillar ระดับ 3 กี่ตัว": how many of what is counted were got, its result.
        Rule(("ได้", "กี่ตัว"), 422, _query(Aspect.RESULT),
             unless="คะแนนรวม|คะแนนทั้งหมด|ภาพรวม|โดยรวม|ผลประเมิน|ผลการประเมิน|ถ้า|หาก|สมมติ|ต้อง"),
        # "PMQA สนง.ก.พ. ผลประเมินได้เท่าไหร่": the assessment's result of what is named (the
        # organisation's own name beside it names nothing); with nothing named, the status.
        Rule(("ผลประเมิน|ผลการประเมิน", "ได้เท่าไหร่|ได้เท่าไร|ได้กี่|เท่าไหร่|เท่าไร"), 421,
             _named_result, unless="ภาพรวม|โดยรวม|ทั้งหมด|คะแนนรวม"),
        # "ขยะดีขึ้นกว่าปีที่แล้วไหม", "PMQA ปีนี้เทียบปี 66 ขึ้นหรือลง": the result compared with
        # the year before (a year or the figure may be typed) is the result.
        # "GD Catalog กับ Master Data ตัวไหนคะแนนดีกว่ากัน", "ขอเทียบขยะกับยาเสพติด": two
        # indicators put side by side, each one's summary (a year compared is the result's).
        # "ตัวชี้วัดจริยธรรมมีสองตัวเหมือนกันเลย ต่างกันยังไง": the indicators a name (or two
        # names) stands for, told apart: each one's summary.
        Rule((_TOLD_APART, INDICATOR_WORDS), 447, _names_told_apart, number=False,
             unless=_OVER_TIME),
        # "จริยธรรม 2 ตัวได้คะแนนเท่ากันไหม", "…สองตัว ได้คะแนนต่างกันไหม": the scores of the
        # indicators a name stands for, put side by side (a year's, "เท่าปีที่แล้วไหม", is
        # the result's).
        Rule(("ได้คะแนน|คะแนน", "เท่ากัน|ต่างกัน|เหมือนกัน|ไม่เท่ากัน", INDICATOR_WORDS), 451,
             _scores_told_apart,
             unless="ปี|YEAR|ที่แล้ว|ก่อน|เกณฑ์|เป้า|เท่าไหร่|เท่าไร|ขึ้นหรือ|หรือลง|ดีขึ้น|แย่ลง"
                    "|ถ้า|หาก|คิด|คำนวณ|สูตร|ได้ NUM|NUM คะแนน"),
        # "ทำไมจริยธรรมมี 2 ตัวชี้วัดซ้ำกัน", "ทำไมจริยธรรมขึ้นสองครั้ง": why a name stands for two
        # indicators is asked of them both (their cards say the report prints the block twice).
        Rule(("ทำไม|เหตุใด|เพราะอะไร",
              "ซ้ำกัน|ตัวชี้วัดซ้ำ|ซ้ำสองตัว|ซ้ำ NUM ตัว|มีสองตัว|มี NUM ตัว|มีสองชุด|มี NUM ชุด"
              "|ขึ้นสองครั้ง|ขึ้นสองรอบ|ขึ้นมาสองตัว|โผล่สองตัว|โผล่มาสองตัว|สองอัน|NUM อัน",
              INDICATOR_WORDS), 853, _names_told_apart,
             unless="ปี|YEAR|ที่แล้ว|เกณฑ์|เป้า|ส่งซ้ำ|บันทึกซ้ำ|กรอกซ้ำ|ได้ NUM|ได้คะแนน|คะแนน"),
        Rule((_WHICH_ONE, _BETTER), 446, _side_by_side, number=False, unless=_OVER_TIME),
        Rule(("เปรียบเทียบ|เทียบกัน|เทียบ|compare",), 446, _side_by_side, number=False,
             unless=_OVER_TIME),
        # "PMQA ปีนี้เทียบกับปี 2566 เพิ่มขึ้นกี่คะแนน", "คะแนน DG readiness ปีนี้เทียบปี 66
        # ดีขึ้นไหม": a year's compared, above the score asked (440): what it must reach, how it
        # is reckoned and the whole stay theirs.
        Rule((_COMPARED, _A_YEAR_BEFORE, f"{_COMPARED_ASKS}|กี่|เท่าไหร่|เท่าไร"), 456,
             _query(Aspect.RESULT), number=False, unless=f"{_NOT_A_YEAR_COMPARED}|{_SCORE_GOT}"),
        Rule((_COMPARED, _COMPARED_ASKS), 415, _query(Aspect.RESULT), number=False,
             unless=_COMPARED_BAR),
        Rule((_COMPARED, _COMPARED_ASKS), 415, _result_of_named, number=True, unless=_COMPARED_BAR),
        # "อปท.ที่รับงบตรงได้ 16 แห่งใช่ไหม": a figure of a named indicator checked is its result.
        Rule((f"{_CHECKED}|{_RIGHT_ASKED}",), 414, _result_of_named, number=True),
        # "PMQA 389.76 ได้คะแนนตัวชี้วัดกี่คะแนน": the score a typed figure of it earns.
        Rule(("กี่คะแนน|คะแนนเท่าไหร่|คะแนนเท่าไร",), 441, _score_of_named, number=True,
             unless="คะแนนรวม|คะแนนทั้งหมด|ภาพรวม|รายกอง|รายหน่วย"),
        # "ผล PMQA ล่าสุด": a result asked for by name, not one typed ("ส่งผล ขยะ 52.3").
        Rule(("ผล",), 410, _query(Aspect.RESULT), number=False,
             unless="ส่งผล|รายงานผล|บันทึกผล|กรอกผล|ใส่ผล|แก้ผล|แก้ไขผล|อัปเดตผล|อัพเดตผล|อัพเดทผล"
                    "|อัปเดทผล|updateผล|ผลการประเมิน|ผลประเมิน|ผลักดัน|ภาพรวม"
                    "|โดยรวม|สรุป|สถานะ|ถึงไหน"),
        # "คะแนน DG Readiness ล่าสุด": the latest of a named indicator is its result (how it is
        # going, "…ล่าสุดเป็นยังไง", is its summary: the status rule, above).
        Rule(("ล่าสุด",), 399, _result_of_named, number=False, unless="ยังไง|เป็นไง|เปนไง|อย่างไร"),
        Rule((INDICATOR_WORDS,), 100, _named_only, keep=True),
        # "recruitment exam curriculum passed?", "หลักสูตรการสอบแข่งขันผ่าน?": an indicator named
        # by words of its title (no keyword of 100), its passing asked by the question mark
        # alone: its tier (settle reads the words by the organisation's titles).
        Rule(("ผ่าน",), 93, _passed_by_title, keep=True, number=False),
        # "ตัวชี้วัดดิจิทัลมีกี่ตัว แล้วต่างกันยังไง": how many indicators a word names, and how
        # they differ, asks about those indicators, not a figure.
        Rule(("ตัวชี้วัด|kpi", "มีกี่ตัว|มีทั้งหมดกี่ตัว"), 533, _indicators_counted,
             unless="ผ่าน|ไม่ผ่าน|บรรลุ|ได้กี่|ส่ง|ขั้น|ระดับ"),
    )),
    IntentSpec(Status, handle_status, (
        # "ว่าตัวไหนผ่านแล้ว ตัวไหนยังค้าง", "ตัวชี้วัดไหนเขียว ไหนแดง": which indicators passed
        # and which have not, side by side, is the overview (round 43), above who is missing.
        Rule((_WHICH_INDICATOR_CUES, "ผ่าน|เสร็จ|เขียว|ครบ|ถึงเป้า"), 8049, _passed_beside_not,
             unless="ถ้า|หาก|สมมติ|ทำไม|ต้อง|ยังไง|อย่างไร"),
        # "แต่ละกองอยู่ตรงไหน ขั้น 1 2 3 ผ่านกี่กองแล้ว", "ขั้นตอนที่ 1-3 ทุกกองไปถึงไหน": several
        # steps asked of every unit at once is the status, above one step's table (7511).
        Rule(("STEP", "แต่ละกอง|รายกอง|แต่ละหน่วย|ทุกกอง|ทุกหน่วย|กี่กอง|กี่หน่วย"), 7533,
             _several_steps_of_every_unit,
             unless="ต้อง|ถ้า|หาก|ถึงจะ|จึงจะ|เตือน|ใคร|กองไหน|หน่วยไหน|ยังไม่"),
        # "กองคลังเข้าประชุมครบเกณฑ์ยังคะ": whether one unit has attended enough, asked, is
        # where the unit stands (what enough is, "ต้องเข้าประชุมครบกี่ครั้ง", is the rule's).
        Rule(("เข้าประชุมครบ|เข้าร่วมครบ|เข้าร่วมประชุมครบ|เข้ากิจกรรมครบ", f"ยัง|{QUESTION}"), 704,
             _unit_attended_asked,
             unless="ต้อง|ถ้า|หาก|ยังไง|อย่างไร|กี่ครั้ง|นับ|ทำไม|ไม่ครบ|ใคร|กองไหน|หน่วยไหน"),
        # "ขอแบบละเอียดของ Personnel Division", "กค.ได้คะแนนเท่าไหร่แล้ว … ขอแบบละเอียด": one
        # unit asked in detail is its status in detail, above a score or a deduction asked.
        Rule(("แบบละเอียด|โดยละเอียด|อย่างละเอียด|ขอรายละเอียด|ละเอียดหน่อย|ฉบับละเอียด|ขอละเอียด"
               "|ละเอียดๆ",), 7542,
             _unit_in_detail,
             unless="ถ้า|หาก|STEP|ขั้นตอน|ขั้นที่|ตัวชี้วัด|kpi|กราฟ|chart|ประวัติ|history|ทุกกอง"
                    "|ทุกหน่วย|ทุกตัว|เทียบ|กับ|และ|สถานะ|status"),
        # Units compared: each one's status, above the comparison of indicators (446).
        Rule((_COMPARED_UNITS,), 531, _read_units_compared,
             unless="สมาชิก|member|รายชื่อ|ประวัติ|history"),  # the teams' or what was sent
        # Where things stand, with the deadline beside it as the frame or the reason ("ก่อนหมด
        # เขตขอดูสถานะทุกกองหน่อย", "ศทส. ตอนนี้ผ่านกี่ขั้นแล้ว อีกสองอาทิตย์หมดเขตแล้วนะ",
        # "กองคลังจะส่งแผนทันไหมคะ ตอนนี้ถึงไหนแล้ว", "ขอสถานะกับdlด้วย"): the status, above the
        # deadlines and whether a day is in time (750-758); a day asked ("…หมดเขตวันไหน") stays
        # the deadlines' ask.
        Rule((_STATUS_BESIDE_A_DEADLINE, "หมดเขต|กำหนด|deadline|เดดไลน์|ทัน"), 7583,
             _status_beside_a_deadline,
             unless="ถ้า|หาก|สมมติ|เมื่อไหร่|เมื่อไร|วันไหน|วันที่เท่าไหร่|วันอะไร|กี่วัน|ช่วงไหน"
                    "|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|เตือน|ทันสมัย|ไม่ทัน|ทันที"
                    # An undo, step 4's name, a request to update the status after a report.
                    "|ยกเลิก|undo|รายงานความคืบหน้า|อัปเดตสถานะ|อัพเดตสถานะ|อัปเดทสถานะ|อัพเดทสถานะ"),
        # How far a unit got in the plan's steps: above the tier question ("ผ่านขั้นไหน").
        Rule(("ผ่านขั้นตอนไหน|ถึงขั้นตอนไหน|ผ่านขั้นตอนอะไร|ผ่านกี่ขั้น|ผ่านไปกี่ขั้น|ทำถึงขั้นตอนไหน"
              "|ทำไปกี่ขั้น|ส่งไปกี่ขั้น|ทำกี่ขั้น|ส่งกี่ขั้น|ได้กี่ขั้น|ไปแล้วกี่ขั้น"
              # Which or how many steps are finished: "๕ ขั้นตอนตอนนี้ทำเสร็จไปกี่ขั้นแล้ว",
              # "ขั้นตอนไหนเสร็จแล้วบ้าง" (not a step's deadline).
              f"|{_STEPS_FINISHED}",),
             523, _read_status),
        # "ศทส. ทำครบทุกขั้นตอนแล้วหรือยัง" (formal: "…ดำเนินการครบทุกขั้นตอนแล้วหรือยัง"): how
        # far a unit got; what a full score takes ("ถ้าทำครบทุกขั้นตอนจะได้กี่คะแนน") is the rules'.
        Rule(("ครบทุกขั้นตอน|ครบทุกขั้น|ทุกขั้นตอนครบ", f"{QUESTION}|รึยัง|แล้วยัง"), 523,
             _read_status, unless="ถ้า|หาก|คะแนน|จะได้|ต้อง"),
        # "กองกลางผ่านกี่ step แล้ว", "ไอทีผ่านไปกี่สเต็ป": the steps counted in English words.
        Rule((_STEPS_COUNTED_ASKED,), 521, _read_status, unless="ถ้า|หาก|สมมติ|สมมุติ|คะแนน|จะได้|ต้อง"),
        # "กจ. ผ่าน ๒ ขั้นตอนแล้วใช่ไหม": how many steps a unit passed, its guess checked; told
        # with no question ("กจ. ผ่าน 2 ขั้นตอนแล้วค่ะ") it is not asked here.
        Rule((_STEPS_PASSED_TOLD, f"{QUESTION}|ยัง|ใช่ไหม|ใช่มั้ย|ใช่ป่ะ|ใช่หรือเปล่า|รึเปล่า"), 541,
             _read_status, unless="ถ้า|หาก|สมมติ|สมมุติ|คะแนน|จะได้|ต้อง|กี่วัน|เมื่อไหร่|เมื่อไร"),
        Rule((_SENT_SO_FAR,), 523, _read_sent),
        # What a unit still has to send: above the deadlines ("ต้องส่งอะไร", 750).
        Rule(("ต้องส่งอะไรอีก|ส่งอะไรอีก|ต้องทำอะไรอีก|ยังต้องส่งอะไร|ยังต้องทำอะไร",), 753,
             _read_left_to_send, unless="ถ้า|หาก|เดือน|MONTH|STEP"),
        # "มีตัวชี้วัดใดที่ยังไม่ผ่านเกณฑ์บ้าง": which indicators have not passed, none named, is
        # what the overview shows (as "ตัวชี้วัดไหนยังไม่ผ่าน"); above which have not been done
        # (794), passing being no sending.
        Rule((_WHICH_INDICATOR_CUES, "ที่ยังไม่ผ่าน|ที่ไม่ผ่าน|ที่ยังไม่ได้ผ่าน"), 891, _which_not_passed,
             unless="ถ้า|หาก|ทำไม|เพราะอะไร|ขั้นตอน|STEP"),
        # "ตัวชี้วัดไหนยังไม่ถึงเป้า", "มีตัวไหนยังต่ำกว่าเกณฑ์บ้าง", "ของ ก.พ. มีตัวไหนยังแดงอยู่":
        # which indicators are still short of their bar, none named, is what the overview
        # shows; one indicator's ("ขยะตัวไหนยังไม่ถึงเป้า") is read by the tier's rules.
        Rule((_WHICH_INDICATOR_CUES, _STILL_SHORT), 893, _which_still_short,
             unless="ถ้า|หาก|สมมติ|ทำไม|เพราะอะไร|ต้อง|ขั้นตอน|STEP|NUM"),
        # "กองคลังเข้าประชุมถึง 85% หรือยัง": whether a unit's attendance reached a bar, asked,
        # is its status (the attendance told, "…เข้าประชุมถึง 85% แล้วค่ะ", is a write).
        Rule(("เข้าประชุม|เข้าร่วมประชุม|เข้าร่วม", "ถึง NUM|ครบ NUM|เกิน NUM|ได้ NUM",
              "หรือยัง|รึยัง|แล้วยัง|ยัง|หรือเปล่า|รึเปล่า|ไหม|มั้ย|ป่ะ"), 673, _attendance_reached_asked,
             number=True, unless="ถ้า|หาก|สมมติ|ต้อง|ใคร|กองไหน|หน่วยไหน|ยังไม่|เกณฑ์"),
        # "ไอทีถึงขั้นตอนที่ 3 หรือยัง", "กองกลางได้ขั้นตอนที่ 2 หรือยังคะ": whether one unit
        # reached a step is its status, above the step's deadlines (80); nothing named is left.
        Rule(("ถึง STEP|ได้ STEP", f"ยัง|{QUESTION}"), 555, _unit_reached_step,
             unless="ถ้า|หาก|สมมติ|สมมุติ|ต้อง|จะได้|คะแนน|ใคร|กองไหน|หน่วยไหน|ยังไม่|วันไหน|เมื่อไหร่"
                    "|เมื่อไร|กี่วัน|ทัน|ภายใน|ตั้งแต่"),
        # "กค. ส่งแผนครบทุกมิติไหม", "แผน ศทส. มีมิติไหนแล้วบ้าง": whether one unit's plan
        # covers the dimensions is its status, above the dimensions asked (730); what a plan
        # must cover, a deduction, which dimension a thing falls under are the rules'.
        Rule(("มิติ|DIM", "แผน", f"{QUESTION}|ยัง|ไหน|บ้าง"), 735, _unit_plan_dimensions_asked,
             unless="ถ้า|หาก|สมมติ|สมมุติ|ต้อง|ควร|หัก|โดน|คะแนน|ใส่|จัด|อยู่มิติ|หมวด|คือ|หมายถึง"
                    "|ได้ไหม|ได้มั้ย|ได้หรือเปล่า|ได้ป่ะ|เหรอ|หรอ|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน"
                    "|ยังไม่|ขาด|ไม่ครบ|ไม่มี|เรา|ช่วย|ดูให้|STEP"),
        # "กค.เหลือทำอะไรอีกบ้าง": what is left to one unit is its status (none named: below).
        Rule((_LEFT_TO_DO,), 761, _read_left_to_send, unless="ถ้า|หาก|เดือน|MONTH|STEP"),
        # "ตอนนี้ผ่านแล้วกี่ตัว ยังไม่ผ่านกี่ตัว", "รายงานผลไปแล้วกี่ตัวจาก 8 ตัว": indicators
        # counted, none named, are the organisation's status; above every other reading of
        # a count, counted as reported or not ("ยังไม่ได้รายงานผลกี่ตัว"). Not what must be
        # reached, nor who or what is owed ("ค้างรายงานกี่ตัว", "ยังไม่ส่งกี่ตัว").
        Rule(("กี่ตัว|กี่ข้อ|กี่ kpi", "ผ่าน|รายงาน|ส่ง|มีผล|ถึงเป้า|บรรลุ|เข้าเป้า|ตามเป้า"), 7690,
             _read_counted,
             unless="ต้อง|ถ้า|หาก|สมมติ|สมมุติ|ค้าง|ยังไม่ส่ง|ยังไม่ได้ส่ง"
                    # ("ตัวชี้วัดที่รายงานไปแล้วมีกี่ตัว": the count of those done is asked)
                    "|ขาดส่ง|(?<!แล้ว)(?<!แล้ว )มีกี่|STEP|ขั้นตอน|ขั้นที่|ระดับ|pillar|ชุด|ประเด็น|ใคร|กองไหน"
                    "|หน่วยไหน"
                    "|ครั้ง|ควร|จะได้"
                    # Which ones asked besides how many ("ยังไม่รายงานกี่ตัวชี้วัด แล้วตัวไหนบ้าง"):
                    # the list of what is missing.
                    "|ตัวไหน|ตัวชี้วัดไหน|kpi ไหน|ตัวอะไร"),
        # "ผ่านแล้วกี่หน่วย ยังไม่ผ่านกี่หน่วย", "ผ่านกี่กองแล้ว": units counted as passed are the
        # organisation's status; counted as sent or still owing ("ส่งครบกี่กอง", "ค้างส่งกี่หน่วย",
        # "เหลือกี่กองที่ยังไม่ส่ง"), who is missing.
        Rule(("กี่หน่วยงาน|กี่หน่วย|กี่กอง", "ผ่าน"), 7691, _read_units_counted,
             unless="ต้อง|ถ้า|หาก|ค้าง|ยังไม่ส่ง|ยังไม่ได้ส่ง|ยังไม่รายงาน|ยังไม่ได้รายงาน|ขาด|เหลือ"
                    "|ยังไม่ครบ|STEP|ขั้นตอน|ขั้นที่|ใคร|กองไหน|หน่วยไหน|ครั้ง"),
        # "ตอนนี้ผ่านขั้นตอนไปกี่กองแล้ว": units counted as through the steps, none named, are
        # the organisation's status too (a step named, "ผ่านขั้นตอนที่ 3 กี่กอง", is not).
        Rule(("กี่หน่วยงาน|กี่หน่วย|กี่กอง", "ผ่านขั้นตอน|ผ่านทุกขั้นตอน|ผ่านครบทุกขั้นตอน"), 7922,
             _read_units_counted,
             unless="ต้อง|ถ้า|หาก|ค้าง|ยังไม่|ไม่ผ่าน|ขาด|เหลือ|STEP|ขั้นตอนที่|ขั้นตอนไหน|ใคร|กองไหน"
                    "|หน่วยไหน|ครั้ง"),
        # "คะแนนถ่วงน้ำหนักตอนนี้ได้เท่าไหร่": the weighted score, no indicator named, is the
        # organisation's total (an indicator's weight, "…ตัวชี้วัดที่ 3 ถ่วงน้ำหนักเท่าไหร่", is not).
        # Summed or averaged ("คะแนนรวมถ่วงน้ำหนักของเรา…", "คะแนนเฉลี่ยถ่วงน้ำหนัก…") or asked
        # as a summary ("สรุปคะแนนถ่วงน้ำหนักให้หน่อย"), it is the same total.
        # The weighting said apart from the score ("คะแนนรวมของเราตอนนี้ถ่วงน้ำหนักแล้วได้
        # เท่าไหร่", "…หลังถ่วงน้ำหนัก…") is the same total.
        Rule(("คะแนนถ่วงน้ำหนัก|คะแนนรวมถ่วงน้ำหนัก|คะแนนเฉลี่ยถ่วงน้ำหนัก|คะแนนรวมแบบถ่วงน้ำหนัก"
              "|ถ่วงน้ำหนักแล้ว|หลังถ่วงน้ำหนัก",
              "เท่าไหร่|เท่าไร|เท่าใด|กี่คะแนน|ได้กี่|สรุป|ขอดู|ขอ"), 7924, _weighted_total,
             unless="ถ้า|หาก|สมมติ|ต้อง|คิด|คำนวณ|ยังไง|อย่างไร|ทำไม|STEP|NUM"),
        # "ส่งแล้วกี่กอง ยังไม่ส่งกี่กอง": units counted both as sent and as not yet sent are
        # where the organisation stands (either count alone, "ยังไม่ส่งกี่กอง", is who is missing).
        Rule(("กี่หน่วยงาน|กี่หน่วย|กี่กอง",
              "ส่งแล้วกี่|ส่งไปแล้วกี่|ส่งมาแล้วกี่|รายงานแล้วกี่|รายงานไปแล้วกี่",
              "ยังไม่ส่งกี่|ยังไม่ได้ส่งกี่|ยังไม่รายงานกี่|ยังไม่ได้รายงานกี่|ไม่ส่งกี่"), 7923,
             _read_units_counted, unless="ต้อง|ถ้า|หาก|STEP|ขั้นตอนที่|ใคร|กองไหน|หน่วยไหน"),
        # "ภาพรวม สป.รง. ส่งครบกี่กองแล้ว": units counted as sent, asked as the overview, are where
        # the organisation stands; above who is missing (800: "ส่งครบกี่กองแล้ว" alone).
        Rule(("ภาพรวม|โดยรวม|สรุปภาพรวม", "กี่หน่วยงาน|กี่หน่วย|กี่กอง",
              "ส่งครบ|ส่งแล้ว|ส่งไปแล้ว|ส่งมาแล้ว|รายงานครบ|รายงานแล้ว|ครบแล้ว"), 8003,
             _read_units_counted,
             unless="ต้อง|ถ้า|หาก|ค้าง|ยังไม่|ขาด|เหลือ|ใคร|กองไหน|หน่วยไหน|ครั้ง"),
        # The organisation's standing asked in other ways; nothing named besides (_standing).
        # A share of the whole done: "โดยรวมเราไปได้กี่เปอร์เซ็นต์แล้ว", "ตัวชี้วัดที่รายงานผลแล้ว
        # กี่ % ของทั้งหมด" (one indicator's percent, "ขยะได้กี่เปอร์เซ็นต์", is its result).
        Rule((PERCENT_ASKS, "โดยรวม|ภาพรวม|ทั้งหมด|ทีมเรา|ของเรา|เราไป|เราทำ"), 7703, _standing,
             unless="ต้อง|ถ้า|หาก|สมมติ|สมมุติ|เกณฑ์|เป้า|NUM"),
        # Which unit leads or trails: "กองไหนนำอยู่", "หน่วยไหนคะแนนสูงสุด", "…ต่ำสุด".
        Rule(("กองไหน|หน่วยไหน|หน่วยงานไหน|สำนักไหน|ฝ่ายไหน",
              "นำอยู่|คะแนนนำ|นำเลย|นำสุด|นำที่สุด|นำ|คะแนนสูงสุด|คะแนนสูงที่สุด|คะแนนดีสุด|คะแนนดีที่สุด"
              "|คะแนนมากสุด|คะแนนมากที่สุด|คะแนนเยอะสุด|คะแนนเยอะที่สุด|อันดับหนึ่ง|อันดับแรก|ที่หนึ่ง"
              # Which unit is last: "กองไหนคะแนนต่ำสุดตอนนี้", "หน่วยไหนรั้งท้าย".
              "|คะแนนต่ำสุด|คะแนนต่ำที่สุด|คะแนนน้อยสุด|คะแนนน้อยที่สุด|คะแนนแย่สุด|คะแนนแย่ที่สุด"
              "|รั้งท้าย|บ๊วย|อันดับสุดท้าย|อันดับท้าย|ที่โหล่"
              # Which units trail the others: "กองไหนตามหลังอยู่", "หน่วยไหนยังรั้งท้าย".
              "|ตามหลัง|ล้าหลัง|ตามหลังอยู่"),
             7713, _standing,
             # Not what a unit brings ("กองไหนนำส่งรายงาน", normalised "นำช่วง…") or sends.
             unless="ถ้า|หาก|ต้อง|กราฟ|chart|นำส่ง|นำเสนอ|นำเข้า|แนะนำ|นำไป|นำมา|นำขึ้น|ส่ง|ช่วง|ช้า"
                    "|ค้าง|ยังไม่|STEP|ขั้นตอน|รายงาน|แผน|เอกสาร|ข้อมูล|หลักฐาน|ไฟล์"),
        # The units ranked: "ขอดูคะแนนเรียงตามกอง จากมากไปน้อย", "จัดอันดับกองตามคะแนน".
        Rule(("เรียงตามกอง|เรียงตามหน่วย|เรียงกอง|จัดอันดับ|เรียงลำดับ|อันดับกอง|อันดับของกอง|ranking"
              "|จากมากไปน้อย|มากไปน้อย|เรียงคะแนน|เรียงตามคะแนน"
              # Ranked from the bottom up: "ขอดูคะแนนรายกองเรียงจากน้อยไปมาก".
              "|จากน้อยไปมาก|น้อยไปมาก|จากต่ำไปสูง|ต่ำไปสูง|จากสูงไปต่ำ|สูงไปต่ำ",), 7723, _standing,
             unless="ถ้า|หาก|ต้อง|กราฟ|chart|graph|ชาร์ต|แผนภูมิ|STEP|ขั้นตอน|ส่ง"),
        # The summary asked as text, the chart refused ("ขอสรุปรายกองเป็นตัวหนังสือ ไม่เอากราฟ"):
        # above the chart (650).
        Rule(("ไม่เอากราฟ|ไม่ต้องเป็นกราฟ|ไม่ต้องมีกราฟ|ไม่เอาแบบกราฟ|ไม่ต้องกราฟ|ไม่ต้องทำกราฟ|ไม่ใช่กราฟ"
              "|ไม่เอา chart|ไม่ต้องเป็น chart|เป็นตัวหนังสือ|แบบตัวหนังสือ|เป็นข้อความ|แบบข้อความ"
              "|เป็นตัวอักษร",
              "สรุป|รายกอง|รายหน่วย|ทุกกอง|ทุกหน่วย|ภาพรวม|สถานะ|คะแนน"), 7733, _standing,
             unless="ถ้า|หาก"),
        # The total against last year: "คะแนนรวมจังหวัดเทียบกับปีที่แล้วเป็นยังไงบ้าง".
        Rule(("คะแนนรวม|ภาพรวม|โดยรวม|ผลการประเมิน|ผลประเมิน|คะแนนทั้งหมด",
              "ปีที่แล้ว|ปีก่อน|ปีที่ผ่านมา|ปีกลาย"), 7743, _standing,
             unless="ถ้า|หาก|ต้อง|กราฟ|chart"),
        # What we still lack asked as the overview ("ยังขาดอะไรอยู่บ้าง ขอแบบภาพรวม"): above who
        # or what is missing (lacking alone stays Missing).
        Rule(("ขาดอะไร|ยังขาด", "ภาพรวม|โดยรวม"), 8013, _standing,
             unless="ใคร|กองไหน|หน่วยไหน|ถ้า|หาก|ไม่ส่ง|ยังไม่"),
        # Which indicators failed ("ตอนนี้เราตกตัวไหนอยู่บ้าง"), none named: as the still short.
        Rule(("ตกตัวไหน|ตัวไหนตก|ตกกี่ตัว|ตัวไหนบ้างที่ตก|ตัวไหนที่ตก|ตัวชี้วัดไหนตก|ตกไปกี่ตัว"
              "|ตัวชี้วัดที่ตก|ตัวที่ตก",), 7753, _which_still_short,
             unless="ถ้า|หาก|สมมติ|ทำไม|เพราะอะไร|ต้อง|ขั้นตอน|STEP|NUM|ตกลง"),
        # Every indicator counted out: "ขอดูผลทั้ง ๖ ตัว".
        Rule(("ทั้ง NUM ตัว|ครบทั้ง NUM ตัว|ทั้ง NUM kpi",), 7773, _standing,
             unless="ถ้า|หาก|ต้อง|ส่ง|ผ่าน|กราฟ|chart|STEP|ขั้นตอน"),
        # Where we stand against the target: "ตอนนี้จังหวัดเราอยู่ตรงไหนละคะ เทียบกับเป้า".
        Rule(("อยู่ตรงไหน|ตรงไหน|ถึงไหน|จุดไหน|ภาพรวม|โดยรวม|คะแนนรวม",
              "เทียบกับเป้า|เทียบเป้า|เทียบกับค่าเป้า"), 7781, _standing_against_target,
             unless="ถ้า|หาก|ต้อง|กราฟ|chart|STEP|ขั้นตอน|NUM"),
        # One unit through every step (due): above an indicator's levels (7941).
        Rule(("ผ่านครบทุกขั้น|ผ่านทุกขั้น", f"{QUESTION}|ยัง"), 7943, _unit_through_steps,
             unless="ถ้า|หาก|คะแนน|จะได้|ต้อง|ระดับ"),
        # "กจ.ไปถึงขั้นไหนแล้ว": how far, not which tier.
        Rule(("ไปถึงขั้นไหน|ถึงขั้นไหน|ไปถึงขั้นตอนไหน|ขยับไปถึงขั้นไหน",), 523, _read_how_far),
        # "กองกลางมีอะไรที่ยังไม่ครบไหม", "…กองคลังมีอะไรค้างเกินกำหนดไหมคะ": what one unit still
        # has outstanding is its status, above the rules on lateness (820); none named is left.
        Rule((_OUTSTANDING,), 824, _read_left_to_send, unless="ถ้า|หาก|หัก|โดน|MONTH|STEP"),
        # How far or how late a unit is; above the rules on lateness ("ส่งช้าหักไหม", 820).
        Rule((PROGRESS_CUES,), 822, _read_progress,
             unless="ถ้า|หาก|หัก|คะแนน|โดน|จะ|ได้ไหม|ได้มั้ย|ได้หรือเปล่า|ได้ป่ะ|ใคร|หน่วยไหน|กองไหน"
                    "|ข้อนี้|ข้อนั้น|ข้อนี่|ข้อนั่น"),  # "ร่าง…เสร็จยัง ข้อนี้ผ่านไหม": an item's
        # Not an evaluation's score told, asking nothing ("ผลประเมิน PMQA จังหวัดรอบนี้ 402.5
        # คะแนนค่ะ"): a value reported.
        Rule((STATUS_CUES,), 400, _read_status, unless=_SCORE_TOLD_RE),
        # "ขอดูรายละเอียดทุกตัวชี้วัด", "ทุก KPI แบบละเอียด": every indicator's card.
        Rule((_IN_DETAIL, _EVERY_INDICATOR), 529, _read_detail),
        # "ขอสถานะทุกหน่วยแบบละเอียด", "สรุปแบบเต็มๆ": the status asked in detail.
        Rule((_IN_DETAIL, STATUS_CUES), 529, _read_detail),
        Rule((_IN_DETAIL, _EACH_INDICATOR), 528, _read_detail),
        # "กจ.ขอแบบละเอียดทุกขั้นเลย", "ขอทราบผลของกองคลังโดยละเอียดทุกขั้นตอน": every step of a
        # unit (or of everyone) asked in detail is the detail cards; above a result asked (410).
        Rule((_IN_DETAIL, _EVERY_STEP_CUES), 532, _read_detail, unless="ถ้า|หาก|คะแนน|จะได้"),
        # "สรุปสถานะกองกลางหน่อยค่ะ ทั้ง 5 ขั้นตอนเลย": the steps counted out, every one of them
        # asked, are the detail cards ("สถานะ…ทุกขั้นตอน" alone is the unit's status).
        Rule((STATUS_CUES, _STEPS_COUNTED), 7695, _read_detail,
             unless="ถ้า|หาก|คะแนน|จะได้|ต้อง|กี่|ขั้นที่|ขั้นตอนที่|STEP|กำหนด|deadline|หมดเขต"
                    "|เมื่อไหร่|เมื่อไร|วันไหน|วันที่|ช่วงไหน"),
    )),
)
# fmt: on
