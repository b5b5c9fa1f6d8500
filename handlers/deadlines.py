"""Deadlines and who has not submitted yet."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from handlers.common import milestone_indicators, missing_organisation, organisation_status
from handlers.context import Context
from handlers.deadline_view import year_notice
from handlers.formatting import unknown_step
from handlers.intent_spec import IntentSpec
from handlers.intents import Aspect, Deadlines, IndicatorQuery, Intent, Missing, Status, Unknown
from handlers.nlu import resolve_indicator, resolve_step
from handlers.nlu.asides import TIME_TO_COME, without_outside_sender
from handlers.nlu.evidence import FORM_SHORT_RE, INCOMPLETE_DOCUMENTS_RE
from handlers.nlu.extract import DAYS_NAMED, PLACEHOLDERS, bare_day_month, day_named, yearless
from handlers.nlu.guards import Guarded, skipping
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import (
    CHANNELS,
    EDGE_WORDS,
    ORGANISATION_KINDS,
    ORGANISATION_WORDS,
    QUESTION,
    REACH_A_TIER,
    ROUND_SPAN_RE,
    SENTENCE_END_RE,
    phrase_regex,
    phrase_search_regex,
    words,
)
from handlers.nlu.questions import OTHER_NOT_YET_RE, asks, promises
from handlers.nlu.slots import (
    INDICATOR_RE,
    Found,
    channel_of,
    chat_said,
    chat_words,
    content,
    glued_measure,
    names_the_plan,
    split_unit,
    without_introduction,
)
from handlers.nlu.story import AFTER_CLOSE_RE, BEFORE_EVENT_RE, without_handover, without_story
from handlers.nlu.units import units_named
from handlers.replies import Action, Reply, text_reply
from kpi_core.fiscal_calendar import days_left, fiscal_year, fiscal_year_bounds, working_days_left
from kpi_core.models import Indicator, MilestoneStep, Organisation
from kpi_core.scoring import step_passed
from kpi_core.status import IndicatorStatus
from kpi_core.status_milestones import MilestoneView, window_open
from kpi_core.thai_dates import (
    ABBR_MONTHS,
    FULL_MONTHS,
    format_thai_date,
    format_thai_window,
    into_span,
)

UPCOMING_SHOWN = 3
MISSING_FOLLOW_UP = (Action("เหลือกี่วัน", text="เหลือกี่วัน"), Action("สถานะ", text="สถานะ"))

# The words asking which unit (or who): "ใคร", "กองไหน", "หน่วยงานไหน", "ทีมไหน".
_WHICH_UNIT = "ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|ทีมไหน"


def handle_deadlines(intent: Deadlines, ctx: Context) -> Reply:
    """One step's window, a month's deadlines, or the next few deadlines with days left."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    indicators = milestone_indicators(org)
    if not indicators:
        return text_reply(f"{org.name} ไม่มีตัวชี้วัดที่มีกำหนดส่งเป็นขั้นตอนครับ")
    if intent.step:
        return _one_step(ctx, indicators, intent)
    month = ctx.today.month if intent.this_month else intent.month
    if month is not None:
        return _month(ctx, indicators, month)
    return _upcoming(ctx, indicators)


def _when(ctx: Context, step: MilestoneStep, today: date | None = None) -> str:
    """The step's window and the days left (or overdue) on ``today`` (default: the chat's)."""
    today = today or ctx.today
    window = step.window
    if window.due is None:
        return window.text or "ดำเนินการระหว่างปี"
    left = days_left(today, window.due)
    if left < 0:
        return f"{format_thai_window(window)} (เลยกำหนด {-left} วัน)"
    if left == 0:
        return f"{format_thai_window(window)} (วันนี้วันสุดท้าย)"
    working = working_days_left(today, window.due, ctx.ports.holidays(today))
    return f"{format_thai_window(window)} (อีก {left} วัน, {working} วันทำการ)"


def _one_step(ctx: Context, indicators: list[Indicator], intent: Deadlines) -> Reply:
    for indicator in indicators:
        step = resolve_step(intent.step, indicator)
        if step is not None and intent.after:  # the step after the one named, if any
            later = [s for s in indicator.steps if s.number > step.number]
            if not later:
                return text_reply(
                    f"ขั้นตอนที่ {step.number} เป็นขั้นตอนสุดท้ายแล้วครับ\nกำหนดส่ง {_when(ctx, step)}"
                )
            step = min(later, key=_step_number)
        if step is not None:
            shown = f"ขั้นตอนที่ {step.number}: {step.title}\nกำหนดส่ง {_when(ctx, step)}"
            in_time = _in_time(ctx, step, intent) if intent.on and step.window.due else ""
            return text_reply(f"{shown}\n{in_time}" if in_time else shown)
    return text_reply(unknown_step(intent.step, indicators))


def _step_number(step: MilestoneStep) -> int:
    return step.number


def _in_time(ctx: Context, step: MilestoneStep, intent: Deadlines) -> str:
    """Whether sending on the day asked falls inside the step's window; a day typed without a
    year is the next such one from today on, and a day past is said to be past."""
    assert intent.on is not None and step.window.due is not None
    on = intent.on
    if intent.yearless:
        on = into_span(on, ctx.today, ctx.today + timedelta(days=365)) or on
    if on < ctx.today:
        return f"วันที่ {format_thai_date(on)} ผ่านมาแล้วครับ\n{_sent_on(ctx, step, ctx.today)}"
    return _sent_on(ctx, step, on)


def _sent_on(ctx: Context, step: MilestoneStep, on: date) -> str:
    window = step.window
    assert window.due is not None
    sent = f"ส่ง{'วันนี้' if on == ctx.today else f'วันที่ {format_thai_date(on)}'}"
    if window.opens is not None and on < window.opens:
        return f"{sent}: ยังไม่เปิดรับครับ (เปิดรับ {format_thai_date(window.opens)})"
    if on <= window.due:
        last = " (วันสุดท้ายพอดี)" if on == window.due else ""
        return f"{sent}: ยังทันครับ{last}"
    late = (on - window.due).days
    return f"{sent}: เลยกำหนดแล้ว {late} วันครับ (กำหนดส่ง {format_thai_date(window.due)})"


def _month(ctx: Context, indicators: list[Indicator], month: int) -> Reply:
    year = _year_of_month(ctx.today, month)
    first, last = date(year, month, 1), date(year + month // 12, month % 12 + 1, 1)
    due = [
        s
        for i in indicators
        for s in i.steps
        if s.window.due is not None
        and (s.window.opens or s.window.due) < last
        and s.window.due >= first
    ]
    name = f"{FULL_MONTHS[month - 1]} {year + 543}"
    if not due:
        return text_reply(f"เดือน{name} ไม่มีกำหนดส่งครับ")
    lines = [f"กำหนดส่งเดือน{name}:"] + [f"• ขั้นตอนที่ {s.number}: {_when(ctx, s)}" for s in due]
    return text_reply("\n".join(lines))


def _year_of_month(today: date, month: int) -> int:
    """The year ``month`` falls in within today's fiscal year (Oct–Sep)."""
    start, _ = fiscal_year_bounds(fiscal_year(today))
    return start.year if month >= 10 else start.year + 1


def _upcoming(ctx: Context, indicators: list[Indicator]) -> Reply:
    steps = sorted(
        (s for i in indicators for s in i.steps if s.window.due and s.window.due >= ctx.today),
        key=lambda s: (s.window.due, s.number),
    )
    if not steps:
        return text_reply("ไม่มีกำหนดส่งที่ยังมาไม่ถึงในปีงบประมาณนี้แล้วครับ")
    lines = ["กำหนดส่งถัดไป:"] + [
        f"• ขั้นตอนที่ {s.number} {s.name}\n  {_when(ctx, s)}" for s in steps[:UPCOMING_SHOWN]
    ]
    return text_reply("\n".join(lines), Action("ใครยังไม่ส่ง", text="ใครยังไม่ส่ง"))


def handle_missing(intent: Missing, ctx: Context) -> Reply:
    """Who has not submitted the asked (or next) step; for report indicators, what has no result."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    status = organisation_status(ctx, org)
    milestone = [s for s in status.indicators if s.milestones is not None]
    if not milestone:
        named = _named_indicators(org, (intent.indicator, *intent.more))
        return _unreported(status.indicators, named)
    if not org.units:  # steps are sent by units: none yet means no one can have sent one
        return text_reply(
            f"{org.name} ยังไม่มีหน่วยงานย่อย จึงยังไม่มีใครส่งขั้นตอนได้\n"
            "ผู้ประสานงานเพิ่มด้วย 'เพิ่มหน่วยงาน <ชื่อ> (<ชื่อย่อ>)' หรือคำสั่ง pmqa unit add"
        )
    text, follow_up = _missing_text(ctx, org, milestone[0], intent.step, status.today)
    notice = year_notice(status)  # after 30 Sep: who never sent what, as of the year's end
    text = f"{notice}\n\n{text}" if notice else text
    return text_reply(text, *MISSING_FOLLOW_UP) if follow_up else text_reply(text)


def _missing_text(
    ctx: Context, org: Organisation, status: IndicatorStatus, words: str, today: date
) -> tuple[str, bool]:
    """Who has not sent the asked step, or every overdue step and then the next one; and
    whether the answer lists steps (it then offers the follow-up questions)."""
    view = status.milestones
    assert view is not None
    step = resolve_step(words, status.indicator) if words else None
    if words and step is None:
        return f"ไม่พบขั้นตอน '{words}' ครับ", False
    steps = [step] if step else [*(o.step for o in view.overdue), *filter(None, [view.next_step])]
    if not steps:
        return "ไม่มีขั้นตอนที่ยังต้องส่งแล้วครับ", False
    return "\n\n".join("\n".join(_step_lines(ctx, org, view, s, today)) for s in steps), True


def _step_lines(
    ctx: Context, org: Organisation, view: MilestoneView, step: MilestoneStep, today: date
) -> list[str]:
    """One step's due date and who has not sent it (no one yet, before its window opens)."""
    head = [f"ขั้นตอนที่ {step.number} {step.name}", f"กำหนดส่ง {_when(ctx, step, today)}"]
    missing = [  # an organisation without units reports as one (unit None)
        p.unit for p in view.units if not step_passed(step, p.records.get(step.number))
    ]
    if not missing:
        return [*head, "ส่งครบทุกหน่วยงานแล้ว ✓"]
    if not window_open(step, today):
        assert step.window.opens is not None
        return [*head, f"ยังไม่เปิดรับ (เปิดรับ {format_thai_date(step.window.opens)})"]
    lines = [*head, f"ยังไม่ส่ง {len(missing)} จาก {len(view.units)} หน่วยงาน:"]
    return lines + [f"• {unit or org.name}{_names(ctx, org, unit)}" for unit in missing]


def _names(ctx: Context, org: Organisation, unit: str | None) -> str:
    names = [m.display_name for m in ctx.ports.members.members_of(org.name, unit) if m.display_name]
    return f" ({', '.join(names)})" if names else ""


def _named_indicators(org: Organisation, names: tuple[str, ...]) -> list[str]:
    """The codes of the indicators ``names`` name ("แต่งตั้ง", "หลักสูตรสอบ"; "DG readiness":
    both alike ones, each answered)."""
    found = [resolve_indicator(words, org) for words in names if words]
    return list(dict.fromkeys(i.code for f in found for i in f))


def _unreported(statuses: tuple[IndicatorStatus, ...], named: list[str]) -> Reply:
    if named:  # "ใครยังไม่ส่งผลแต่งตั้ง แล้วหลักสูตรสอบล่ะ": each one asked, whether it has a result
        asked = sorted(
            (s for s in statuses if s.indicator.code in named),
            key=lambda s: named.index(s.indicator.code),
        )
        lines = [
            f"• ตัวชี้วัด {s.indicator.code} {s.indicator.title}: "
            + ("ยังไม่มีผล" if s.value is None and s.passed is None else "มีผลแล้ว ✓")
            for s in asked
        ]
        return text_reply("\n".join(lines))
    missing = [s for s in statuses if s.value is None and s.passed is None]
    if not missing:
        return text_reply("ทุกตัวชี้วัดมีผลการดำเนินงานแล้ว ✓")
    lines = [f"ตัวชี้วัดที่ยังไม่มีผล {len(missing)} จาก {len(statuses)} ตัว:"]
    lines += [f"• {s.indicator.code}. {s.indicator.title}" for s in missing]
    return text_reply("\n".join(lines))


def _plans_short_of_dimensions(found: Found) -> Intent | None:
    """ "กองไหนแผนยังไม่ครบ 3 มิติบ้างคะ", asked: the units still owing the plan in full."""
    return Missing(step="แผน") if asks(found.extraction.text, found.original) else None


def read_deadlines(found: Found) -> Intent | None:
    """A step or a month asked about, else the next deadlines."""
    extraction = found.extraction
    if "ประชุม" in extraction.text and _OTHERS_MEETING_RE.search(extraction.text):
        # "กำหนดการประชุมผู้บริหารเดือนหน้าออกยัง": another body's meeting, not the plan's.
        return Unknown(text=extraction.text)
    if (
        "ต่อ" in extraction.masked
        and not extraction.step
        and extraction.month is None
        and _WHAT_NEXT_RE.search(extraction.masked)
    ):
        # "ส่งแผนเสร็จแล้วต้องส่งอะไรต่อ แล้วเมื่อไหร่", "เพิ่งเข้าทีม ตอนนี้ต้องทำอะไรต่อ แล้ว
        # ต้องเสร็จภายในวันไหน": what comes next, whatever was done, is the next deadlines (the
        # step after one named, "ขั้นตอนต่อไป", is read below).
        return Deadlines()
    if "หลัง" in extraction.masked and _OVERVIEW_RE.search(extraction.masked):
        closed = AFTER_CLOSE_RE.search(extraction.masked)
        if closed is not None:
            # "ภาพรวมหลังหมดเขตส่งแผนเป็นยังไงบ้าง": how things stand after the window closed
            # is the status (of a unit named, else the organisation's); no deadline is asked.
            asked = extraction.masked.replace(closed[0], " ").replace("ของ", " ")
            asked = _OVERVIEW_RE.sub(" ", asked)
            unit, _ = split_unit(asked)
            return Status(unit=unit)
    # "มีอะไรต้องส่งบ้างนอกจากแผน": what is set aside is no step asked about.
    remainder = _BESIDES_RE.sub(" ", found.remainder)
    if "กี่" in extraction.text:  # "กันยามีกี่อย่างต้องส่ง": how many things, no step's name
        remainder = _HOW_MANY_THINGS_RE.sub(" ", remainder)
    if "ที่ประชุม" in remainder:  # "ตามที่…แจ้งไว้ในที่ประชุม…": where it was told, no step
        remainder = _TOLD_AT_MEETING_RE.sub(" ", remainder)
    if "เสร็จ" in remainder:  # "ประชุมเสร็จละ… deadline แผนวันไหน": the asker's day, no step
        remainder = _MEETING_OVER_RE.sub(" ", remainder)
    remainder = _results_by_plan(remainder, extraction.text)
    if "เรา" in remainder or "ทีม" in remainder:  # "ทีมขอทราบว่าเดือนมิถุนา…": the asker
        remainder = _OUR_TEAM_RE.sub(" ", remainder)
    if "รอบ" in remainder:  # "รอบ ๑ หมดเขตเมื่อไหร่", "รอบสองเริ่มส่ง…": a round is no step
        remainder = _ROUND_RE.sub(" ", remainder)
    if extraction.month is not None:
        # "เดือนหน้ามีอะไรต้องส่งมั้ยคะ จะลาพักร้อนช่วงกลางเดือน": the asker's reason after the
        # ask names no step.
        remainder = _asking_sentences(remainder)
    if "ยัง" in remainder and _LAG_TOLD_RE.search(remainder):
        # "ส่งแผนได้ถึงวันไหนคะ กองคลังยังไม่ส่งเลย": a unit's lag told after the ask is why
        # the day is asked; it names no step.
        remainder = _without_lag_told(remainder)
    after = _step_after(extraction.masked)
    if after:
        # "หลังจากขั้นตอนที่ 3 แล้ว ขั้นถัดไป…", "ขั้นต่อจากรายงานผล…": the step named is where
        # the one asked follows from (settle takes the next in the plan's order).
        remainder = _AFTER_STEP_WORDS_RE.sub(" ", remainder)
    elif "หลัง" in remainder and _NEXT_RE.search(extraction.text):
        # "หลังจากแผนแล้ว อันต่อไปต้องส่งอะไร": what comes after a step is the next deadline.
        remainder = _AFTER_DONE_RE.sub(" ", remainder)
    elif extraction.month is not None and not extraction.step.isdigit() and "จาก" in remainder:
        # "เดือนหน้ามีกำหนดอะไรต่อจากแผนไหม": a month named says when; the step the dues follow
        # ("ต่อจากแผน", "หลังจากส่งแผน") is where they start from, no step asked.
        remainder = _FOLLOWED_STEP_RE.sub(" ", remainder)
    # "หนูเพิ่งรับงาน PMQA ต่อจากพี่ที่ย้ายไป ตอนนี้มีอะไรใกล้ถึงกำหนดส่งบ้าง": whom the work
    # was taken over from names no step.
    words = content(without_story(without_handover(remainder)), _DEADLINE_EDGE)
    month = _ABBR_MONTH_RE.search(remainder)
    if month and extraction.month is None and not extraction.step:
        # "มี.ค. ต้องรายงานอะไรบ้าง": an abbreviated month kept whole (its first letters may be a
        # word, "มี"), unless the other words name the plan ("ก.พ." is also an organisation).
        rest = content(without_story(remainder.replace(month[0], " ")))
        words = words if names_the_plan(rest) else month["month"]
    due_month = extraction.month
    # "ภายใน 5 ก.พ. ต้องส่งอะไรไหม": what is due by a day, no step named, is its month's.
    # "วันนี้ 15 ม.ค. มีอะไรครบกำหนดไหม": today named asks what is due from now, no month's.
    today_named = "วันนี้" in extraction.text and all(
        d.due == extraction.today for d in extraction.dates
    )
    if due_month is None and not (extraction.step or words or today_named) and extraction.dates:
        due_month = extraction.dates[0].due.month if _BY_DATE_RE.search(extraction.masked) else None
    if words and _PROGRAMME_ALONE_RE.fullmatch(words):
        # "ขอปฏิทินกำหนดส่ง PMQA ปีงบ 68 ทั้งปี": the programme every step belongs to names
        # none of them ("รายชื่อทีม PMQA" is step 1's deliverable).
        words = ""
    if (
        words
        and not (extraction.step or extraction.dates or due_month)
        and _EVERYDAY_MATTER_RE.search(words)
        and not names_the_plan(words)  # "กำหนดส่งแผนวันไหน ติดวันหยุดยาวด้วย": the plan's
    ):
        # "สงกรานต์ปีนี้หยุดกี่วัน", "กำหนดส่งของขวัญจับฉลากวันไหน", "เดดไลน์งานบ้านก็เยอะ":
        # the days or the due of everyday life, no step of the plan (a holiday naming the
        # time of a month asked, "ช่วงสงกรานต์เดือน เม.ย. มีงานต้องส่งไหม", is a month's dues).
        return Unknown(text=extraction.text)
    if words and _COMMANDS_ASKED_RE.search(words):
        return None  # "มีคำสั่งอะไรให้ใช้บ้าง อยากถามเรื่องกำหนดส่ง": the bot's commands (help)
    step = extraction.step or words
    return Deadlines(
        step=step,
        month=due_month,
        this_month=extraction.this_month,
        said=words if extraction.step.isdigit() and not after else "",
        after=after and bool(step),
    )


# Where the due was told: "ตามที่กลุ่มพัฒนาระบบบริหารแจ้งไว้ในที่ประชุม".
_TOLD_AT_MEETING_RE = re.compile(r"(?:ตามที่\s?)?\S{0,40}?แจ้ง\s?(?:ไว้\s?)?(?:ใน|จาก)\s?ที่ประชุม")
# Everyday matters in the words of a due asked: holidays, gifts, parties, chores, money lent.
_EVERYDAY_MATTER_RE = re.compile(
    r"สงกรานต์|ปีใหม่|หยุดกี่วัน|ของขวัญ|จับฉลาก|งานเลี้ยง|เลี้ยงส่ง|เลี้ยง"
    r"|งานบ้าน|การบ้าน|ยืมเงิน|เงินยืม|ค่าโอที|โอที|ค่าเดินทาง|เบิกเงิน|ใบลา|วันเด็ก|งานแต่ง|ทำบุญ"
)
# The bot's commands asked: "น้องบอทมีคำสั่งอะไรให้ใช้บ้าง".
_COMMANDS_ASKED_RE = re.compile(r"คำสั่ง\s?(?:อะไร|ไหน)|ใช้\s?คำสั่ง|พิมพ์\s?คำสั่ง")
# The programme's own name alone, its year maybe beside it: "pmqa", "pmqa 4.0 ปี YEAR".
_PROGRAMME_ALONE_RE = re.compile(
    r"(?:pmqa(?:\s?4\.0)?|ระบบราชการ\s?4\.0)(?:\s?(?:ปี(?:งบ(?:ประมาณ)?)?|YEAR|ทั้งปี|ปีนี้|นี้))*"
)
_NEXT_RE = re.compile(r"ต่อไป|ถัดไป|ต่อจากนั้น|ต่อจากนี้")
# How things stand, asked: "ภาพรวม", "ความคืบหน้า", "สถานะ", "คะแนนรายกอง".
_OVERVIEW_RE = re.compile(phrase_regex("ภาพรวม|ความคืบหน้า|คืบหน้า|สถานะ|คะแนน"))
# What is to be done next, asked by the thing, no step word: "ต้องส่งอะไรต่อ", "ทำอะไรต่อ".
_WHAT_NEXT_RE = re.compile(r"(?:ทำ|ส่ง|ยื่น|เตรียม)\s?(?:อะไร|ไร)\s?ต่อ(?!\s?จาก)")
_AFTER_DONE_RE = re.compile(r"หลัง\s?(?:จาก)?\s?(?:ส่ง\s?)?\S+?\s?(?:แล้ว|เสร็จ)")
# The step asked as the one after another: "ขั้นต่อจากรายงานผล", "ขั้นตอนถัดจากแผน"; or as the
# next step ("ขั้นถัดไป", "ขั้นตอนต่อไป") beside what it follows ("หลังจาก…", "ต่อจาก…"; not
# the work taken over from someone, "รับงานต่อจากพี่").
_STEP_WORD = r"(?:ขั้น(?:ตอน)?|step)\s?(?:ที่\s?)?"
_STEP_AFTER_RE = re.compile(rf"{_STEP_WORD}(?:ต่อ|ถัด|หลัง)\s?จาก")
_NEXT_STEP_RE = re.compile(rf"{_STEP_WORD}(?:ต่อไป|ถัดไป)")
_AFTER_WORD_RE = re.compile(r"(?<!งาน)(?<!ช่วง)(?:ต่อ|ถัด)\s?จาก|หลัง\s?จาก|(?<!\S)หลัง")
# The words of the step that follows, and of what it follows from, which name no step: the
# step's own name stays ("หลังจากส่งแผนแล้ว" leaves "แผน").
_AFTER_STEP_WORDS_RE = re.compile(
    rf"{_STEP_WORD}(?:(?:ต่อ|ถัด|หลัง)\s?จาก|ต่อไป|ถัดไป)"
    r"|(?:(?:ต่อ|ถัด|หลัง)\s?จาก|(?<!\S)หลัง)\s?(?:ส่ง|ทำ|ยื่น)?|(?<=\S)\s?(?:แล้ว|เสร็จ)(?=\s|$)"
)


# What the dues of a month named follow: "ต่อจากแผน", "หลังจากส่งแผนแล้ว", "ถัดจากขั้นที่ 3".
_FOLLOWED_STEP_RE = re.compile(
    r"(?<!งาน)(?<!ช่วง)(?:ต่อ|ถัด|หลัง)\s?จาก\s?(?:ส่ง\s?|ทำ\s?|ยื่น\s?)?(?:{_STEP_WORD})?\S+?"
    r"(?:\s?(?:แล้ว|เสร็จ))?(?=\s|$|ไหม|มั้ย|บ้าง|ไหน|ไร)".replace("{_STEP_WORD}", _STEP_WORD)
)


def _step_after(masked: str) -> bool:
    """Whether the step asked is the one after another named (see ``_STEP_AFTER_RE``)."""
    if "จาก" not in masked and "หลัง" not in masked:
        return False
    if _STEP_AFTER_RE.search(masked):
        return True
    return _NEXT_STEP_RE.search(masked) is not None and _AFTER_WORD_RE.search(masked) is not None


def _results_by_plan(words: str, text: str) -> str:
    """ "ส่งผลตามแผน…", "ยังไม่รายงานผลตามแผน": the results sent or reported by the plan are
    its report, not the plan, though the cue took the verb (and the words lost "ผล")."""
    by_plan = _BY_PLAN_START_RE.match(words.strip())
    if by_plan and "ตัวชี้วัด" in text and _PLAN_INDICATORS_RE.search(text):
        # "กองไหนยังไม่แจ้งผลตัวชี้วัดตามแผน": the plan's indicators met (step 5's), though
        # the edge words took "ตัวชี้วัด".
        return f"บรรลุเป้าหมาย{words.strip()[by_plan.end() :]}"
    if by_plan and _RESULTS_BY_PLAN_RE.search(text):
        return f"รายงานผลตามแผน{words.strip()[by_plan.end() :]}"
    return words


_PLAN_INDICATORS_RE = re.compile(r"ตัวชี้วัด\s?(?:ตาม|ใน|ของ)\s?แผน")
# What is left of "ผลตามแผน" once the cue and the edge words are gone ("ตามแผน", "แผน").
_BY_PLAN_START_RE = re.compile(r"(?:ผล\s?)?(?:ตาม\s?)?แผน")


# The asker's own team or unit ("ทีมเรา", "ของกองเรา", "ทีมขอทราบว่า…"): no step ("ทีม" is the
# team list's word) and no unit named.
_OUR_TEAM_RE = re.compile(
    r"(?:ของ\s?)?(?:ทีม\s?(?:งาน)?|กอง|หน่วยงาน|หน่วย)\s?เรา"
    r"|ทีม\s?(?:งาน)?(?=\s?(?:ขอทราบ|อยากทราบ|อยากรู้|ขอถาม|สอบถาม))"
)
# A round named by its number or its place ("รอบ 1", "รอบที่สอง", "รอบแรก", "รอบหน้า"), or by
# its span ("รอบ 12 เดือน"): when, never which step.
_ROUND_RE = re.compile(r"รอบ\s?(?:ที่\s?)?(?:\d{1,2}(?:\s?เดือน)?|หนึ่ง|สอง|แรก|ถัดไป|ต่อไป|หน้า|นี้|สุดท้าย)")
# How the deadlines are shown, and their start, which name no step: "ขอดูปฏิทินกำหนดส่ง",
# "ตารางกำหนดส่งทั้งหมด", "…เริ่มส่งเมื่อไหร่".
_DEADLINE_EDGE = EDGE_WORDS | frozenset(
    words(
        "ปฏิทิน|ตาราง|ไทม์ไลน์|timeline|เริ่ม|เริ่มส่ง|ทั้งหมด|ทุกอัน|ทุกรายการ"
        # "…ต้องส่งให้ครบภายในวันไหน", "…เริ่มวันไหนจบวันไหน", "ช่วยบอกกำหนดส่งทุก step".
        "|ครบ|ให้ครบ|ครบถ้วน|ให้ครบถ้วน|จบ|สิ้นสุด|บอก|ช่วยบอก|step|steps|ขั้น|ทุกขั้น|ทุกขั้นตอน"
        # In the order of their days: "กำหนดส่งทั้งปีมีอะไรบ้าง ขอแบบเรียงตามวัน".
        "|แบบ|เรียง|ตาม|ลำดับ"
        # Gone over again: "ขอทวนกำหนดการส่งทั้งหมดอีกทีค่ะ", "ทบทวนเดดไลน์อีกรอบ".
        "|ทวน|ทบทวน|อีกที|อีกครั้ง|อีกรอบ|ทั้งหมดอีกที"
    )
)


_MEETING_OVER_RE = re.compile(r"(?:เพิ่ง\s?)?ประชุม\s?เสร็จ\s?(?:แล้ว|ละ)?")
# A day asked what is due on it is its month's too: "วันที่ 28 ก.พ. มีอะไรต้องส่งป่าวคะ".
_BY_DATE_RE = re.compile(
    r"(?:ภายใน|ก่อน)\s?(?:วันที่\s?)?DATE"
    r"|(?:วันที่\s?)?DATE\s?(?:นี้\s?)?(?:มีอะไร|ต้องส่งอะไร|ส่งอะไร|ต้องทำอะไร|ต้องรายงานอะไร|อะไรต้อง)"
)


# A sending asked whether it made it ("ส่งแผนทันไหม"), not whether one still can ("ยังทัน…",
# "ถ้า…", "จะทัน…", "ตอนนี้…", "ทันอยู่").
# "กนต. ส่งรายชื่อทันกำหนดหรือเปล่า": the due or the time named after ทัน.
_MADE_IT_RE = re.compile(
    r"ส่ง\S{0,30}?\s?ทัน\s?(?:กำหนด\s?|เวลา\s?)?(?:ไหม|มั้ย|มั๊ย|ป่ะ|ปะ|หรือเปล่า|รึเปล่า|หรือไม่)"
)
_STILL_RE = re.compile(r"ยัง|ถ้า|หาก|สมมติ|จะ|ตอนนี้|วันนี้|พรุ่งนี้|อยู่|ไหว|เหลือ")

# Still in time, asked: "ยังทันไหม", "ทันอยู่ใช่มั้ย" (never "ทันสมัย", a dimension's name).
_IN_TIME = (
    "ยังทัน|ทันไหม|ทันมั้ย|ทันมั๊ย|ทันอยู่|ทันป่ะ|ทันปะ|ทันหรือเปล่า|ทันรึเปล่า|ทันหรือไม่"
    "|ทันใช่ไหม|ทันใช่มั้ย|จะทันไหม|ทันกำหนดไหม|ทันกำหนดมั้ย"
    "|ทันกำหนดหรือเปล่า|ทันกำหนดรึเปล่า|ทันกำหนดป่ะ|ทันกำหนดหรือไม่|ทันเวลาไหม|ทันเวลามั้ย"
    "|ทันเวลาหรือเปล่า|ทันเวลารึเปล่า|ทันเวลาป่ะ|ทันเวลาหรือไม่"
)
_IN_TIME_RE = re.compile(phrase_search_regex(f"{_IN_TIME}|ทัน"))
# Uploading a file, which sends it ("อัปไฟล์แผน", "อัปโหลดแผน").
_UPLOAD_VERBS = "อัปไฟล์|อัพไฟล์|อัปโหลด|อัพโหลด|upload|อัป|อัพ"
# Words of the case, of the day and its hour ("ตอนสี่โมงเย็น"), of counting ("นับว่า") and of
# sending, which name no step.
_IN_TIME_WORDS_RE = re.compile(
    rf"ถ้า|หาก|สมมติ|วันที่|DATE|{DAYS_NAMED}|อยู่|ใช่|หรือ\s?เลยกำหนด\S*|เลยกำหนด\S*|ไปแล้ว|กำหนด"
    r"|ส่ง|ยื่น|ค่อย|วัน\s?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:\s?(?:นี้|หน้า))?"
    rf"|(?:ตอน\s?)?\S{{0,6}}โมง(?:\s?(?:เช้า|เย็น|ตรง|ครึ่ง))?|ยัง\s?นับ\s?ว่า|นับ\s?ว่า|{_UPLOAD_VERBS}"
)


def _read_in_time(found: Found) -> Intent | None:
    """A day asked whether still in time: the step's window, with the day to put in it; no
    step named ("ส่งวันที่ 30 ยังทันไหม"), every deadline."""
    extraction = found.extraction
    text = extraction.text
    asked = asks(text)
    if not (asked or _IN_TIME_TAG_RE.search(found.original)):
        return None
    today = extraction.today
    assert today is not None  # every extraction is read on a day
    dates = extraction.dates
    told = dates[0] if dates else bare_day_month(text, today)
    on = told.due if told else day_named(text, today)
    if not asked and (on is None or on < today):
        return None  # "ส่งแผนเมื่อวานทันนะ": a sending done, checked with a tag, is told
    # The rules keep their cues: the verb goes, the step's own words stay ("รายงานผลส่ง…").
    remainder = _IN_TIME_WORDS_RE.sub(" ", _IN_TIME_RE.sub(" ", found.remainder))
    if told and told.text in remainder:  # "30/1", read here: no step's words
        remainder = remainder.replace(told.text, " ")
    intent = read_deadlines(replace(found, remainder=remainder))
    if not isinstance(intent, Deadlines):
        return None
    if not intent.step:  # "ส่งวันที่ 30 ยังทันไหม", "ถ้าส่งสิ้นเดือนจะทันมั้ย": every deadline
        return Deadlines()
    if on is None and not told and _MADE_IT_RE.search(text) and not _STILL_RE.search(text):
        # "ไอทีส่งแผนทันไหม": whether a unit's sending made it, no day told, is the unit's
        # status (settle finds the unit in the words; none named, the step's deadlines).
        return replace(intent, sent_by=intent.step)
    return replace(intent, on=on, yearless=told is not None and yearless(told))


# "…ทันนะคะ" closing the message, nothing said done: whether it is in time, asked.
_IN_TIME_TAG_RE = re.compile(r"^(?!.*(?:แล้ว|เรียบร้อย)).*ทัน\s?(?:นะ|น้า)\s?(?:คะ|ครับ|คับ|ค่ะ|จ๊ะ)?\s*$")


def _read_day_allowed(found: Found) -> Intent | None:
    """ "ส่งแผนวันที่ 20 ได้ไหม หรือยังไม่เปิด", "วันนี้ส่งแผนเลยได้ไหม หรือต้องรอวันที่ 17":
    whether one may send on a day is whether the day is in the step's window."""
    remainder = _DAY_ALLOWED_WORDS_RE.sub(" ", _ALLOWED_ASKED_RE.sub(" ", found.remainder))
    return _read_in_time(replace(found, remainder=remainder))


def _read_day_awaited(found: Found) -> Intent | None:
    """ "วันนี้ 15 แล้ว ส่งแผนได้เลยมั้ย หรือต้องรอวันที่ 17 ก่อน": the leave asked, a day to
    wait for named; a figure other than today's date told ("ส่งผลขยะ 52 ได้ไหม…") is a value's."""
    if "NUM" in _TODAY_TOLD_RE.sub(" ", found.extraction.masked):
        return None
    return _read_day_allowed(found)


# Today's date told as a figure: "วันนี้ 15 แล้ว", "วันนี้วันที่ 15".
_TODAY_TOLD_RE = re.compile(r"DATE\s?(?:วันที่\s?)?NUM")


# Sending asked leave on a day ("…ได้ไหม", "…ได้เลยมั้ย", "…ได้หรือยัง").
_ALLOWED_ASKED = (
    "ได้ไหม|ได้มั้ย|ได้มั๊ย|ได้เลยไหม|ได้เลยมั้ย|ได้เลยมั๊ย|เลยได้ไหม|เลยได้มั้ย|ได้ป่ะ|ได้ปะ"
    "|ได้หรือเปล่า|ได้รึเปล่า|ได้หรือยัง|ได้รึยัง|ได้ยัง|ได้เลยป่ะ|ได้หรือไม่"
)
_ALLOWED_ASKED_RE = re.compile(phrase_search_regex(_ALLOWED_ASKED))
# The window's opening waited for, and the leave asked, which name no step.
_DAY_ALLOWED_WORDS_RE = re.compile(
    r"(?:หรือ\s?)?(?:ต้อง\s?)?รอ\s?(?:ให้\s?)?(?:เปิด\S*|ระบบ\S*|ถึง)?"
    r"|(?:หรือ\s?)?(?:ยัง\s?)?ไม่\s?เปิด\S*|(?:ระบบ\s?)?เปิด\s?(?:รับ|ระบบ|ให้ส่ง)?\S*"
    r"|ระบบ|ได้|เลย|หรือยัง|รึยัง|ยัง"
)


# A step's due day or window checked with a yes or no, or as one day or another: "แผนหมดเขต
# 31 ม.ค. ใช่ไหม", "ส่งแผนได้ตั้งแต่วันที่ 17 ใช่มั้ย", "ถ้าส่งแผนวันที่ 1 ก.พ. จะเลยกำหนดไหม",
# "ส่งรายงานผลได้ถึง 24 ก.ย. หรือ 30 ก.ย.", "ส่งรายชื่อหมดเขตไปแล้วใช่มั้ย". What is told after
# the check is why it is asked ("…เห็นในสไลด์วันประชุมชี้แจง", "…กองเรายังไม่ได้ส่งเลย").
_DUE_CHECKED = (
    "หมดเขต|กำหนดส่ง|ครบกำหนด|deadline|เดดไลน์|วันสุดท้าย|ได้ถึง|ได้จนถึง|ได้ตั้งแต่|เริ่มส่ง"
    "|เปิดรับ|ปิดรับ|เลยกำหนด|เกินกำหนด"
)
# A day named by its weekday ("วันศุกร์", "วันศุกร์นี้", "วันจันทร์หน้า"): a day checked as a
# date is.
_WEEKDAY = "วันจันทร์|วันอังคาร|วันพุธ|วันพฤหัสบดี|วันพฤหัส|วันศุกร์|วันเสาร์|วันอาทิตย์"
_WEEKDAY_NAMED = rf"(?:{_WEEKDAY})(?:\s?(?:นี้|หน้า))?"
_YES_OR_NO = "ใช่ไหม|ใช่มั้ย|ใช่มั๊ย|ใช่ป่ะ|ใช่ปะ|ใช่มะ|ใช่ป่าว|ใช่หรือเปล่า|ใช่รึเปล่า|ใช่หรือไม่|ใช่ไม๊"
_CHECKED = f"{_YES_OR_NO}|ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|หรือไม่|ป่ะ|ป่าว"
_DUE_CHECKED_RE = re.compile(phrase_search_regex(_DUE_CHECKED))
_CHECKED_RE = re.compile(phrase_search_regex(_CHECKED))
# One day or another: "ได้ถึง 24 ก.ย. หรือ 30 ก.ย.", "24 หรือ 30 ก.ย.".
_EITHER_DAY_RE = Guarded(re.compile(r"(?:DATE|\d{1,2})\s?หรือ\s?(?:วันที่\s?)?DATE"))
# The words of the check and of the day, which name no step.
_CHECK_WORDS_RE = re.compile(
    rf"{_DUE_CHECKED_RE.pattern}|ถ้า|หาก|สมมติ|วันที่|DATE|{_WEEKDAY_NAMED}|หรือ|ไปแล้ว|แล้ว|ตั้งแต่"
    r"|ถือว่า|จะ|ส่งได้|ได้|เลย"
)
# Who or what else is asked, or the cost of being late: not a day checked.
_NOT_A_DAY_CHECKED = (
    "ส่งแล้ว|ส่งไปแล้ว|รายงานแล้ว|เรียบร้อย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด"
    "|หัก|คะแนน|ตัด|โดน|เสีย|ขยาย|เลื่อน|ยืด|เตือน|ทำไม"
)


# A window checked by its days, what is sent in it said after the check ("ตั้งแต่ 17-31 ม.ค.
# ใช่มั้ยที่ส่งแผน", "ช่วง 17-31 ม.ค. ใช่ไหมที่ต้องส่งแผน"): the days alone before the check.
_WINDOW_ALONE_RE = re.compile(
    r"\s*(?:ตั้งแต่|ช่วง|ระหว่าง|ภายใน)?\s?(?:วันที่\s?)?DATE(?:\s?(?:ถึง|-)\s?(?:วันที่\s?)?DATE)?\s*"
)
_WHAT_IS_SENT_RE = re.compile(r"\s?ที่\s?(?:ต้อง\s?)?(?=ส่ง|ยื่น|รายงาน|เปิด)")


def _read_window_then_sent(found: Found) -> Intent | None:
    masked = found.remainder
    check = _CHECKED_RE.search(masked)
    if check is None or not _WINDOW_ALONE_RE.fullmatch(masked[: check.start()]):
        return None
    sent = _WHAT_IS_SENT_RE.match(masked, check.end())
    if sent is None:
        return None
    intent = read_deadlines(replace(found, remainder=masked[sent.end() :]))
    return intent if isinstance(intent, Deadlines) and intent.step else None


# The day a step's result is seen, the step by its name ("ขั้นตอนบรรลุเป้าหมาย 85% ดูผลวันไหน"):
# its deadline; the share in the step's name is no figure.
_RESULT_DAY = (
    "ดูผลวันไหน|ดูผลเมื่อไหร่|ดูผลเมื่อไร|ดูผลตอนไหน|รู้ผลวันไหน|รู้ผลเมื่อไหร่|รู้ผลเมื่อไร|รู้ผลตอนไหน"
    "|ประกาศผลวันไหน|ประกาศผลเมื่อไหร่|ประกาศผลเมื่อไร|ผลออกวันไหน|ผลออกเมื่อไหร่|ผลออกเมื่อไร"
)
_SHARE_NAMED_RE = re.compile(r"(?<=เป้าหมาย)\s?NUM|(?<=บรรลุ)\s?NUM")


def _read_result_day(found: Found) -> Intent | None:
    remainder = _SHARE_NAMED_RE.sub(" ", found.remainder)
    if "NUM" in remainder and "STEP" not in found.extraction.masked:
        return None
    intent = read_deadlines(replace(found, remainder=remainder))
    return intent if isinstance(intent, Deadlines) and intent.step else None


def _read_due_checked(found: Found) -> Intent | None:
    """The step whose due day or window is checked, read in the clause that asks (up to the
    check); a step of nothing of the plan is not ours."""
    extraction = found.extraction
    masked = found.remainder  # kept whole: the check is looked for in it
    either = _EITHER_DAY_RE.search(masked)
    if not (asks(extraction.text, found.original) or either):
        return None
    due = _DUE_CHECKED_RE.search(masked)
    if due is None:
        return None
    before = masked[: due.start()]
    if _BEFORE_RE.search(before) and _STANDING_ASKED_RE.search(before):
        # "…ภาพรวมทุกกองเป็นยังไงบ้างคะ ก่อนเปิดรับแผนวันที่ 17": how things stand before the
        # window, asked; the window is when, not what is checked.
        return None
    if due[0].startswith("ได้") and masked[: due.start()].rstrip().endswith("ไม่"):
        return None  # "ไดรฟ์เปิดไม่ได้ตั้งแต่เมื่อวาน": unable since then, no window checked
    check = _CHECKED_RE.search(masked, due.end())
    end = check.start() if check else either.end() if either else len(masked)
    head = masked[:end]
    if either:
        end = max(end, either.end())
        head = masked[:end]
    intent = read_deadlines(replace(found, remainder=_CHECK_WORDS_RE.sub(" ", head)))
    if not isinstance(intent, Deadlines):
        return None
    step = intent.step
    if step and not (step.isdigit() or names_the_plan(step)):
        return None
    if "กำหนด" in head and extraction.dates and step:  # "…วันที่ 1 ก.พ. จะเลยกำหนดไหม": that day
        told = extraction.dates[0]
        return replace(intent, on=told.due, yearless=yearless(told))
    return intent


# "ก่อน" right before the due word: the window as a time ("ก่อนเปิดรับแผน", "ก่อนหมดเขต").
_BEFORE_RE = re.compile(r"ก่อน\s?$")
# How things stand, asked: "ภาพรวม…เป็นยังไงบ้าง", "สถานะ", "ถึงไหนแล้ว", "ความคืบหน้า".
_STANDING_ASKED_RE = re.compile(r"ภาพรวม|สถานะ|ถึงไหน|คืบหน้า|status|overview")


# The opening of a step's window asked or checked: "ส่งแผนได้ตั้งแต่วันไหนคะ ตอนนี้เปิดหรือยัง",
# "ส่งแผนได้ตั้งแต่17ใช่มะ" (a bare day typed is a figure).
_OPENING = "ได้ตั้งแต่|เริ่มส่ง|เริ่มรับ|เปิดรับตั้งแต่|เปิดให้ส่งตั้งแต่|ส่งได้ตั้งแต่"
_OPENING_ASKED_RE = re.compile(
    r"วัน\s?ไหน|เมื่อ\s?ไหร่|เมื่อ\s?ไร|วันที่\s?เท่า\s?ไหร่|วันที่\s?เท่า\s?ไร|วัน\s?อะไร|ตอน\s?ไหน|NUM"
)


def _read_opening(found: Found) -> Intent | None:
    """The step whose window's opening is asked, read in the clause before the ask."""
    extraction = found.extraction
    if not asks(extraction.text, found.original):
        return None
    masked = extraction.masked
    ask = _OPENING_ASKED_RE.search(masked)
    if ask is None:
        return None
    if ask[0] == "NUM" and not all(
        n.value == int(n.value) and 1 <= n.value <= 31 and not n.percent for n in extraction.numbers
    ):
        return None  # a figure that is no day of a month
    head = _CHECK_WORDS_RE.sub(" ", masked[: ask.start()])
    intent = read_deadlines(replace(found, remainder=head))
    if not isinstance(intent, Deadlines) or not intent.step:
        return None
    return intent if intent.step.isdigit() or names_the_plan(intent.step) else None


# A sending supposed on a day and its hour, asked with "ล่ะ" ("ถ้าส่งแผนวันที่ 31 เที่ยงคืนพอดี
# ล่ะครับ 555"): whether that day is still in the step's window.
_SUPPOSED_DAY_WORDS_RE = re.compile(
    r"เที่ยง\s?คืน|เที่ยง\s?วัน|เที่ยง|ตี\s?\S{1,4}|พอดี|เป๊ะ|ตรง|ล่ะ|หล่ะ|ละ|ตอน|เวลา|555+|ฮ่า+"
)


def _read_supposed_day(found: Found) -> Intent | None:
    extraction = found.extraction
    remainder = _SUPPOSED_DAY_WORDS_RE.sub(" ", _IN_TIME_WORDS_RE.sub(" ", found.remainder))
    intent = read_deadlines(replace(found, remainder=remainder))
    if not isinstance(intent, Deadlines) or not intent.step:
        return None
    if not (intent.step.isdigit() or names_the_plan(intent.step)):
        return None
    told = extraction.dates[0] if extraction.dates else None
    return replace(
        intent, on=told.due if told else None, yearless=told is not None and yearless(told)
    )


# What has passed its deadline, or what to do before it does, asked with no unit named
# ("ตอนนี้มีอะไรที่เลยกำหนดแล้วบ้างคะ", "ตอนนี้ต้องทำอะไรบ้างคะ ไม่ให้เลยกำหนด"): the deadlines.
_UNIT_WORDS_RE = re.compile(r"กอง|หน่วย|ศูนย์|สำนัก|ฝ่าย|กลุ่ม|ของ|ใคร")


def _read_overdue(found: Found) -> Intent | None:
    text = found.extraction.text
    if _UNIT_WORDS_RE.search(text) or units_named(text).names:
        return None
    return Deadlines()


def _asked(found: Found) -> Intent | None:
    """A deadline asked, not a date told or a promise ("กองนิติการจะส่งแผนภายในวันที่ 24 ม.ค.
    นะครับ", "กองคลังจะจัดส่งแผนภายในพรุ่งนี้": they ask nothing)."""
    masked = found.extraction.masked
    told = _WITHIN_DATE_RE.search(masked) or promises(masked) or _PROMISED_WITHIN_RE.search(masked)
    return None if told and not asks(found.extraction.text) else read_deadlines(found)


def _round_due(found: Found) -> Intent | None:
    """When a round's report is due: the round's span ("12 เดือน", its cue gone) names no step,
    the form named beside it ("(ฟอร์ม ๔)") may."""
    masked = found.extraction.masked
    if _ROUND_SPAN_TYPED_RE.search(masked) is None:
        return None  # "รอบ 2 กำหนดส่งช่วงไหน": a round by its number, read below
    remainder = _ROUND_LEFT_RE.sub(" ", found.remainder)
    if _ROUND_REPORT_RE.match(masked):
        # "รายงานผลรอบ 12 เดือนต้องส่งเมื่อไหร่": the round's report is the step that reports
        # (the cue took "รายงาน" and left "ผล", which names nothing alone).
        remainder = f"รายงานผล {_LONE_RESULT_RE.sub(' ', remainder)}"
    return _asked(replace(found, remainder=remainder))


# The round's report opening the ask, and the result its cue left alone.
_ROUND_REPORT_RE = re.compile(r"\s*รายงาน\s?ผล\s?(?:การดำเนินงาน\s?)?รอบ")
_LONE_RESULT_RE = re.compile(r"(?<!\S)ผล(?!\S)")
_ROUND_SPAN_TYPED_RE = re.compile(r"รอบ\s?(?:ที่\s?)?(?:NUM|\d{1,2})\s?เดือน")
_ROUND_LEFT_RE = re.compile(r"รอบ\s?(?:ที่\s?)?(?:NUM|\d{1,2})|[()]|ผลการดำเนินงาน\S*")
_WITHIN_DATE_RE = re.compile(r"ภายใน\s?(?:วันที่\s?)?DATE")
# "…ส่งแผนเรียบร้อยแล้ว แต่ฟอร์ม 3 … จะจัดส่งเพิ่มเติมภายในสัปดาห์นี้": the rest promised
# within a time, after a sending told (``promises`` holds only with nothing done).
_PROMISED_WITHIN_RE = re.compile(
    r"จะ(?!\s?(?:ได้|ต้อง))[^?]{0,40}?(?:ส่ง|แนบ|ยื่น|อัป|อัพ)[^?]{0,20}?ภายใน"
)
_HOW_MANY_THINGS_RE = re.compile(r"กี่\s?(?:อย่าง|ชิ้น|รายการ|เรื่อง)")
_RESULTS_BY_PLAN_RE = re.compile(r"(?:ส่ง|รายงาน)\s?ผล(?:การดำเนินงาน)?\s?ตามแผน")
_BESIDES_RE = re.compile(r"(?:นอกจาก|นอกเหนือจาก|ยกเว้น|except)\s?\S*")
# "ก.ย.๖๘", "มี.ค.2568": the year may be glued after it.
_ABBR_MONTH_RE = skipping(
    re.compile(
        r"(?<!\S)(?P<month>"
        + "|".join(re.escape(m) for m in ABBR_MONTHS)
        + r")(?:\d{2}|\d{4})?(?!\S)"
    )
)


# "ยังเหลือกองไหนไม่ส่งบ้าง": which units, then ไม่ right after (a word between, "ใครยงไม่ส่ง",
# may be a typo of ยัง that the corrector reads).
# "ยังเหลือกองไหนไม่ upload แบบฟอร์ม 1-3": uploading or updating is sending too.
# "ยังเหลือใครที่ไม่ส่งแผน…": ที่ may come between.
_WHO_NOT_SENT_RE = re.compile(
    r"(?:ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด)\s?(?:ที่\s?)?ไม่\s?"
    r"(?:ได้|ส่ง|อัป|อัพ|upload|update|ยื่น|แนบ)"
)
# The uploads and updates of a result or a form: "ไม่อัปโหลด", "ยังไม่อัปเดต", "ไม่ได้ upload".
_UPLOADS = "อัปโหลด|อัพโหลด|upload|อัปเดต|อัพเดต|อัพเดท|อัปเดท|update|อัปไฟล์|อัพไฟล์"
_NOT_UPLOADED = "|".join(
    f"{no}{space}{verb}"
    for no in ("ไม่", "ไม่ได้", "ยังไม่", "ยังไม่ได้")
    for verb in words(_UPLOADS)
    for space in (("", " ") if verb.isascii() else ("",))
)
# The answer asked as a list of names or entries ("ขอรายชื่อจะได้ตามต่อ", "ขอชื่อด้วย"): how
# it is laid out, no step (the team's list, "ส่งรายชื่อ", is one only when it was sent).
_CHASE_RE = skipping(
    re.compile(
        # The chase already made, told first: "โทรตามไปหลายกองแล้ว", "ทวงไปทุกกองแล้ว".
        r"(?:(?:โทร|ไลน์|ทัก|เมล)\s?)?(?:ตาม|เร่ง|ทวง)\s?(?:ไป\s?)?(?:หลาย|ทุก|บาง|ครบ|เกือบ\s?ทุก)\s?"
        r"(?:กอง|หน่วย\S*|รอบ|ครั้ง|ที|คน)\s?แล้ว"
        # The chase to come, with when and how: "เดี๋ยวบ่ายนี้จะโทรตามทีละกอง".
        r"|(?:เดี๋ยว\s?(?:(?:ตอน\s?)?(?:บ่าย|เย็น|เช้า|ค่ำ|เที่ยง)\s?(?:นี้|นี่)|พรุ่งนี้)?\s?)?"
        r"(?:(?:(?:จะ\s?)?(?:โทร|ไป|ไล่)\s?(?:ตาม|เร่ง|ทวง)(?:\s?ต่อ|\s?ให้|\s?เอง)?"
        r"|จะ\s?(?:ตาม|เร่ง|ทวง))(?:\s?(?:ทีละ|ไล่\s?ทีละ)\s?(?:กอง|หน่วย\S*|คน|ที่))?(?=\s|$)"
        r"|(?:จะ\s?)?(?:โทร|ไป)\s?(?:ตาม|เร่ง|ทวง)(?:\s?ต่อ|\s?ให้|\s?เอง)?)"
        # The chase in person, told as a joke: "ใครยังไม่ส่ง พี่จะไปเคาะประตูแล้วนะ 555".
        r"|(?:(?:พี่|ผม|หนู|เรา|ฉัน|ดิฉัน)\s?)?(?:จะ|เดี๋ยว)\s?(?:(?:พี่|ผม|หนู|เรา)\s?)?(?:จะ\s?)?"
        r"(?:ไป\s?)?(?:เคาะ\s?ประตู|บุก|จี้|ไล่\s?เคาะ).*$"
    )
)
# "ไล่รายชื่อกองที่ยังไม่ส่ง", "รายชื่อหน่วยงานที่ค้าง", "ไล่ชื่อคนที่ยังไม่ส่งแผน": a list of
# units or people, not the team's list.
_UNITS_LISTED_RE = Guarded(
    re.compile(
        r"(?:(?:ช่วย\s?)?(?:ไล่|ดู|เช็ค|เช็ก|หา|สรุป|ลิสต์|ลิส)\s?(?:ราย\s?)?ชื่อ|รายชื่อ)\s?"
        r"(?:กอง|หน่วยงาน|หน่วย|ส่วนราชการ|สำนัก|ศูนย์|คน)"
        # "ช่วยลิสต์รายชื่อกองให้หน่อย": the list asked for, the favour's words after it.
        r"(?=\s?(?:ที่|ไหน|ใด|ซึ่ง|ให้|หน่อย|ด้วย|มา|ครับ|ค่ะ|คะ|นะ)|\s|$)"
        # Going through the names of whoever is asked of, no list of a team: "ใครยังไม่ส่ง ช่วยไล่
        # ชื่อให้หน่อย", "ขานชื่อทีค่ะ".
        r"|(?:ช่วย\s?)?(?:ไล่|ขาน|เรียก)\s?ชื่อ(?=\s?(?:ให้|หน่อย|ด้วย|ที|มา|ครับ|ค่ะ|คะ|นะ)|\s|$)"
    )
)
# "ขอรายชื่อกองหน่อย": the list asked for, with what it lists (no unit named).
_LIST_ASKED_RE = re.compile(
    r"ขอ\s?(?:เป็น\s?)?(?:ราย\s?)?(?:ชื่อ|การ)"
    r"(?:\s?(?:กอง|หน่วยงาน|หน่วย)(?=หน่อย|ที่|ด้วย|เลย|นะ|ครับ|ค่ะ|คะ|\s|$))?"
    # How soon it is wanted: "ใครยังไม่ส่งนะ ขอแบบด่วนๆ" (แบบ, in this way, is no form).
    r"|ขอ\s?(?:แบบ|เป็น)\s?(?:ด่วน|เร็วๆ|เร็ว\s?ๆ|ไว\s?ๆ|ไวๆ)\S*"
)


# Received from which units: "…จากกองไหน", "…จากหน่วยงานใด", "…จากใคร".
# What was not received is no unit's work (money, mail, a call), or the receiving supposed or
# asked why; a call or a LINE message to chase them, asked after it ("…ช่วยโทรตามที"), is the
# chase, no call received.
_NOT_RECEIVED_VETO_RE = skipping(
    re.compile(
        phrase_search_regex("ถ้า|หาก|ทำไม|ยังไง|อย่างไร|เงิน|อีเมล|เมล|email|ข้อความ")
        + r"|(?:ไลน์|โทร)(?!\s?(?:ไป\s?)?(?:ตาม|ทวง|เร่ง))"
    )
)
_FROM_WHICH_UNIT = "|".join(
    f"จาก{space}{who}"
    for space in ("", " ")
    for who in ("กองไหน", "หน่วยไหน", "หน่วยงานไหน", "กองใด", "หน่วยใด", "หน่วยงานใด", "ใคร")
)


def _read_not_received(found: Found) -> Intent | None:
    """What the team has not received from which units is what those units have not sent,
    when it is something of the plan: "ยังไม่ได้รับค่าตอบแทนจากใครเลย" is no unit's work."""
    extraction = found.extraction
    if not (extraction.step or found.code):
        # (The chase asked after it, "…ช่วยโทรตามให้ด้วย", is nothing received either.)
        rest = _CHASE_RE.sub(" ", _RECEIVED_FROM_RE.sub(" ", extraction.masked))
        if content(rest, _ANYONE_EDGE) and not names_the_plan(rest):
            return Unknown(text=extraction.text)
    return _read_missing(found)


# The cue of not having received from someone, and the asking words: what is left is what
# was not received.
_RECEIVED_FROM_RE = re.compile(
    r"ยัง\s?ไม่\s?(?:ได้\s?)?รับ|จาก\s?\S*|บ้าง|เลย|อีก|หรือ\s?(?:ยัง|เปล่า)|ไหม|มั้ย"
)


def _read_who_not_sent(found: Found) -> Intent | None:
    return _read_missing(found) if _WHO_NOT_SENT_RE.search(found.extraction.masked) else None


# Hurrying colleagues to send ("รีบส่งนะ", "เร่งส่งกันด้วยนะ"): said to them, not to the bot.
_HURRY_ORDER_RE = re.compile(
    r"(?<!ต้อง)(?<!ต้อง )(?:รีบ|เร่ง)\s?(?:ส่ง|ทำ|กรอก|อัป|อัพ|ยื่น|แนบ)\S{0,12}?\s?"
    r"(?:กัน|ด้วย|นะ|น้า|เลย|ด่วน|จ้า|$)"
)
# Sent, then a piece of it not attached yet, or its dimensions short: "ส่งแผนแล้ว ยังไม่ได้แนบ
# ฟอร์ม 2", "กองคลังส่งแผนแล้ว ยังไม่ครบทุกมิติ ขาดมิติ 2".
_SENT_YET_SHORT_RE = Guarded(
    re.compile(
        r"(?:ส่ง|อัป|อัพ|ยื่น)\S{0,24}\s?แล้ว(?:\s?(?:นะ|ครับ|ค่ะ|คะ|คับ|จ้า))*\s?(?:แต่\s?)?ยัง\s?(?:ไม่\s?"
        r"(?:(?:ได้\s?)?(?:แนบ|ใส่|อัป|อัพ)\s?(?:เอกสาร|ไฟล์|หลักฐาน|แบบฟอร์ม|ฟอร์ม|form)"
        r"|ครบ\s?(?:ทุก|ทั้ง)?\s?(?:\d\s?)?มิติ)"
        # "ฟอร์ม 1-3 ส่งครบแล้วค่ะ ยังขาดมิติที่ 2": the dimension the sending lacks, told.
        r"|ขาด\s?(?:อีก\s?)?(?:แค่\s?)?มิติ)"
    )
)


def _read_missing(found: Found) -> Intent | None:
    text = found.extraction.text
    if _MONEY_RE.search(text):
        return Unknown(text=text)  # "ใครยังไม่ส่งเงินค่าเค้ก": money collected, office life
    # "น้องๆ ใครยังไม่ส่งรายชื่อทีม รีบส่งนะ": an order to colleagues, no other rule's (unless
    # the bot is asked besides, or the message asks with a question mark).
    hurry = _HURRY_ORDER_RE.search(text) if "รีบ" in text or "เร่ง" in text else None
    # Whether one must hurry, asked after it ("…รีบทำเลยหรือเปล่า"), is no order.
    ordered = hurry is not None and _CHECKED_RE.search(text, hurry.end()) is None
    if ordered and "บอท" not in text and "?" not in found.original:
        return Unknown(text=text)
    if "ยัง" in text and _SENT_YET_SHORT_RE.search(text) and not asks(text, found.original):
        return None  # "กจ. ส่งแผนแล้ว ยังไม่ได้แนบฟอร์ม 2": sent, a piece still to attach, told
    if _WHEN_ASKED_RE.search(found.extraction.text) and not _WHO_RE.search(found.extraction.text):
        # "ยังไม่ได้ส่งแผนเลยค่ะ ต้องส่งภายในวันไหนนะ": the sender's own lag, told; the ask is when.
        return None
    # "สวัสดีค่ะ กองคลังค่ะ ใครยังไม่ส่งแผนบ้าง": who has not sent is asked of every unit, not
    # of the sender's own.
    masked = found.extraction.masked
    if (
        _HOW_IS_IT_RE.search(masked)
        and _COMPLETE_ONLY_RE.search(masked)
        and not _SENT_RE.search(masked)
    ):
        return None  # "KPI ระบบราชการ4.0 ตอนนี้เป็นไงบ้าง ครบยัง": how it goes, its status
    if _HELD_UP_RE.search(text) and not (asks(text, found.original) or _ASKED_FOR_RE.search(text)):
        # "ผอ.ยังไม่ว่างเซ็นเลย แผนเลยค้างอยู่หน้าห้อง", "…ยังไม่ได้ส่งนะคะ รอแก้ตามที่ผอ.ให้
        # ความเห็น": the sender's own sending held up, told with why, asks nobody.
        return Unknown(text=text)
    # "ขอดูสถานะหน่อยค่ะ อยากรู้ว่าที่ส่งไปเข้าระบบหรือยัง": whether what the asker sent is in the
    # system, nobody else asked of and nothing named, is their status.
    arrived = _SENT_ARRIVED_RE.search(masked) and not _WHO_RE.search(masked)
    if arrived and not (found.code or found.extraction.step or split_unit(found.remainder)[0]):
        return Status()
    said = found.remainder
    if ("นอกจาก" in said or "ยกเว้น" in said) and _WHO_RE.search(masked):
        # "นอกจาก กนต. ยังไม่มีกองไหนส่งแผนเลยใช่มั้ย": the unit set aside is not asked of.
        said = _BESIDES_RE.sub(" ", said)
    if "ระบบ" in said:  # "ในระบบขึ้นว่าส่งหรือยัง": where it shows names nothing
        said = _IN_THE_SYSTEM_RE.sub(" ", said)
    if "บอก" in said:  # "ที่กองคลังบอกว่าส่งแล้ว …": what the unit said, the ask after it
        said = _SAID_SENT_RE.sub(" ", said)
    # "…ยังไม่มีผลบ้างคะ สำนักงานจังหวัดถามมา": who passed it on is not asked of; gone before the
    # introduction is looked for ("กนต.ครบรึยังคะ ผอ.กองถามค่ะ" introduces no one).
    if "ถาม" in said or "ขอ" in said or "จะ" in said:
        said = _RELAYED_BY_RE.sub("", said)
    said = without_introduction(said)
    if "มา" in masked:  # "ทสจ. ส่งผลขยะมาหรือยัง": the outside sender is no unit asked of
        said = without_outside_sender(said)
    if "ขอ" in said:
        said = _LIST_ASKED_RE.sub(" ", said)
    if "ชื่อ" in said:  # "ช่วยไล่รายชื่อกองที่ยังไม่ส่งแผน": a list of units, no team list
        said = _UNITS_LISTED_RE.sub(" ", said)
    if "ตาม" in said or "จะ" in said or "เดี๋ยว" in said or "ทวง" in said or "เร่ง" in said:
        # "…ขอรายชื่อหน่อย จะโทรตาม": the asker's chase, why it is asked
        said = _CHASE_RE.sub(" ", said)
    if "ก่อน" in said:  # "ก่อนประชุมพรุ่งนี้ ขอรายการ…": the asker's meeting is no step
        said = BEFORE_EVENT_RE.sub(" ", said)
    if "DATE" in said:  # "…ประชุมชี้แจงเมื่อ 20 ธ.ค. บ้าง": the meeting's day, no word of the step
        said = _ON_THE_DAY_RE.sub(" ", said)
    ours = False
    if "เรา" in said:  # "ของกองเรายังขาดอะไรอีกมั้ย": the asker's own, no unit or step named
        ours = _OUR_TEAM_RE.search(said) is not None
        said = _OUR_TEAM_RE.sub(" ", said)
    if "ประชุม" in said:  # "…ด่วนค่ะ พรุ่งนี้ประชุม": the asker's meeting, why it is asked
        said = _MEETING_SOON_RE.sub(" ", said)
    # "กองกลางเป็นไงบ้างคะ ขาดอะไรอีกไหม": how it goes, asked beside what is lacking, names
    # nothing (the unit's name was read glued to it).
    said = _HOW_IS_IT_RE.sub(" ", said)
    asking = _asking_sentences(said)
    named = units_named(without_story(asking))
    if not named.words and not _WHO_RE.search(asking):
        # "ส่งแผนแล้วจริงเหรอคะ กจ. หนูไม่เห็นในไดรฟ์": the unit addressed after the ask (who
        # has not sent, asked of every unit, is asked of no unit after it: "…บ้างครับ กพร.").
        addressed = _addressed_after(said)
        named = units_named(f"{addressed} {asking}") if addressed else named
    # "กองคลังส่งแผนหรือยัง": what one unit has not sent is its status; of several units
    # ("กองคลัง กองกลาง กจ. ส่งแผนครบยัง"), who has not sent it.
    # "ใครยังไม่ได้อัปแผนขึ้นไดรฟ์บ้าง": where it goes names no step.
    rest = named.rest
    if "เดือน" in rest:  # "ยังไม่ได้ใส่ผลรอบ 12 เดือน": the round's span names no step
        rest = ROUND_SPAN_RE.sub(" ", rest)
    if "รอบ" in rest:  # "ใครยังไม่ส่ง รอบ ๑": the round asked of is no step either
        rest = _ROUND_NUMBER_RE.sub(" ", rest)
    if "q" in rest:  # "ผล Q1 ค้างส่งตัวไหนบ้าง": a quarter by its short name, no step
        rest = _QUARTER_RE.sub(" ", rest)
    if "ตัว" in rest:  # "ยังค้างรายงานตัวไหนบ้าง": which one, glued to the verb ("รายงานตัว")
        rest = _WHICH_ONE_GLUED_RE.sub(" ", rest)
    if "สัก" in rest or "ซัก" in rest:  # "ยังไม่ส่งอะไรเลยสักขั้น": not even one, naming none
        rest = _NOT_EVEN_ONE_RE.sub(" ", rest)
    if "ชื่อ" in rest:  # "ยังไม่ได้ลงชื่อในform": names put down on the form are the list
        rest = _NAMES_ON_FORM_RE.sub(" รายชื่อ ", rest)
    words = content(_CHANNEL_SAID_RE.sub(" ", rest), _ANYONE_EDGE)
    words = _results_by_plan(words, found.extraction.text)
    if named.words and not named.several:
        return Missing(step=found.extraction.step or words, unit=named.words)
    # The units' words are kept: settle tells two units from one named twice ("กองคลัง กค.").
    unit = named.words
    # "ยังไม่ส่งการบ้านอาจารย์เลย (เครียด)": everyday words naming nothing of the plan.
    if not found.extraction.step and (chat_words(words) or chat_said(named.rest, _ANYONE_EDGE)):
        return None
    if found.code or INDICATOR_RE.search(words):
        if _COMPLETE_ONLY_RE.search(found.extraction.masked) and not _SENT_RE.search(
            found.extraction.masked
        ):
            return None  # "ชุดข้อมูลลงทะเบียน GD Catalog ครบยัง": the indicator's own progress
        # "ตัวชี้วัด 2 ถึง 4 ส่งผลหรือยัง": the codes typed after the first are asked the same;
        # "ยังไม่ได้ส่งค่าคะแนนความพร้อม…": the measure glued before the words may be the title's.
        more = found.extraction.more_codes if found.code else ()
        indicator = found.code or glued_measure(found, words) + words
        return Missing(step=found.extraction.step, indicator=indicator, more=more, unit=unit)
    if (
        ours
        and not unit
        and "ใคร" not in masked
        and _SENT_YET_RE.search(masked)
        and not _UNIT_CALLED_RE.search(_OUR_TEAM_RE.sub(" ", found.extraction.text))
    ):
        # "เอ๊ะ กองเราส่งแผนไปแล้วหรือยังนะ": whether the sender's own unit sent it is the
        # unit's status (what it still lacks, "ของกองเรายังขาดอะไร", stays what is missing).
        return Status()
    return Missing(step=found.extraction.step or words, unit=unit)


# A quarter by its English short name: "Q1", "q2" (lowered).
_QUARTER_RE = re.compile(r"(?<![a-z0-9])q\s?[1-4](?![\d.])")
# A round by its number: "รอบ 1", "รอบที่ 2" (its span, "รอบ 6 เดือน", is ROUND_SPAN_RE's).
_ROUND_NUMBER_RE = re.compile(r"รอบ\s?(?:ที่\s?)?\d{1,2}(?![\d.])(?!\s?เดือน)")


# A unit's name or short name anywhere in the message ("หนูเป็นเลขากองคลังคนใหม่ อยากทราบว่า
# กองเรา…", "ของกองเรา(กจ.)…"): the sender's own unit is that one, settled by its data.
_UNIT_CALLED_RE = re.compile(r"(?:กอง|ศูนย์|กลุ่ม|ฝ่าย|สำนัก)\S|[ก-ฮ]{2,4}\.")
# A sending asked whether done yet: "ส่งแผนไปแล้วหรือยัง", "ส่งครบยัง", "ส่งรึยัง".
_SENT_YET_RE = re.compile(r"ส่ง\S*(?:\s\S+){0,3}?\s?(?:หรือ|รึ|แล้ว|ครบ)\s?ยัง")


# Which units were left out, the units' word right before it ("ขั้นตอนที่ 1 มีกองไหนตกหล่นบ้าง";
# "ของตกหล่นใครเก็บไว้บ้าง" drops a thing).
_UNITS_LEFT_OUT_RE = re.compile(rf"(?:{_WHICH_UNIT})\s?(?:ที่\s?)?(?:ยัง\s?)?(?:ตกหล่น|ตกค้าง)")


def _units_left_out(found: Found) -> Intent | None:
    """Who was left out of a step, the units asked of right before the word."""
    if not _UNITS_LEFT_OUT_RE.search(found.extraction.masked):
        return None
    return _read_missing(found)


def _read_not_attended(found: Found) -> Intent | None:
    """Who has not attended, the meeting or the activities named anywhere ("ประชุมชี้แจงวันที่
    20 ธ.ค. ใครไม่ได้เข้าบ้าง", "ใครไม่ได้เข้าประชุมบ้าง"): those who have not passed the
    attendance step; who stayed out of anything else ("ใครไม่ได้เข้าออฟฟิศ") is not ours."""
    masked = found.extraction.masked
    if not _WHO_NOT_ATTENDED_RE.search(masked) or not _MEETING_NAMED_RE.search(masked):
        return None
    return _read_short_attendance(found)


# Who, then not attended right after it ("ใครไม่ได้เข้า", "กองไหนที่ไม่ได้เข้าร่วม").
_WHO_NOT_ATTENDED_RE = re.compile(
    rf"(?:{_WHICH_UNIT})\s?(?:ที่\s?)?ไม่\s?(?:ได้\s?)?"
    r"(?:(?:ไป\s?)?เข้า(?:\s?(?:ร่วม|ประชุม|กิจกรรม)|(?=\s|บ้าง|$))"
    # Who did not come to it: "ประชุมชี้แจงเมื่อ 20 ธ.ค. ใครไม่ได้มาบ้าง".
    r"|มา(?:\s?(?:ร่วม|ประชุม|เข้าร่วม|เข้าประชุม)|(?=\s|บ้าง|$)))"
)
_MEETING_NAMED_RE = re.compile(r"ประชุม|กิจกรรม|เข้าร่วม")


def _read_not_yet_attended(found: Found) -> Intent | None:
    """Who has not yet attended, in the words it was asked ("เข้าร่วม", else the meeting)."""
    said = "เข้าร่วม" if "เข้าร่วม" in found.extraction.masked else "ประชุม"
    return Missing(step=found.extraction.step or said)


def _read_short_attendance(found: Found) -> Intent | None:
    """Who has attended less than the step asks: those who have not passed that step."""
    return Missing(step=found.extraction.step or "ประชุม")


# The asker's meeting soon, told as the reason ("พรุ่งนี้ประชุม", "บ่ายนี้มีประชุม").
_MEETING_SOON_RE = re.compile(
    rf"(?:{DAYS_NAMED}|บ่ายนี้|เย็นนี้|เดี๋ยว|DATE)\s?(?:จะ\s?)?(?:มี\s?)?(?:เข้า\s?)?ประชุม\S*"
    # "…จะเข้าประชุมบ่ายนี้", "ต้องเข้าประชุมผู้บริหาร": a meeting the asker will attend.
    r"|(?:จะ|ต้อง|เดี๋ยว)\s?(?:ไป\s?)?เข้า(?:ร่วม)?\s?ประชุม\S*"
    # "…บ้างคะ ใกล้ประชุมแล้ว", "ใกล้จะถึงวันประชุมแล้ว": the meeting drawing near.
    r"|ใกล้\s?(?:จะ\s?)?(?:ถึง\s?)?(?:วัน\s?|เวลา\s?)?(?:เข้า\s?)?ประชุม\S*(?:\s?แล้ว)?"
)
_ON_THE_DAY_RE = re.compile(r"(?:เมื่อ|ตอน)\s?(?:วันที่\s?)?(?=DATE)")
_WHICH_ONE_GLUED_RE = re.compile(r"(?<=\S)ตัว\s?(?:ไหน|ใด|อะไร)")
# Where something is sent or uploaded to ("ขึ้นไดรฟ์", "ทางเมล", "ในไดรฟ์").
_CHANNEL_SAID_RE = Guarded(
    re.compile(
        r"(?:ขึ้น|เข้า|ใน|ทาง|ผ่าน|ลง)?\s?(?:"
        + "|".join(group for name, group in CHANNELS if name in ("google_drive", "email"))
        + ")"
    )
)
# Names put down on the (Google) form: the team's list sent ("ลงชื่อทีมในฟอร์ม", "กรอกชื่อใน
# google form"); "ลงชื่อ" alone may be a meeting's sheet or the bot's register.
_NAMES_ON_FORM_RE = re.compile(
    r"(?:ลง|กรอก|ใส่)\s?(?:ราย)?ชื่อ(?:\s?ทีม)?\s?(?:ใน|ลง|ที่)\s?(?:google\s?)?(?:แบบ\s?)?(?:ฟอร์ม|form)"
)
# Asking when something is due, and asking who (or which unit) has not sent it.
_WHEN_ASKED_RE = skipping(
    re.compile(
        phrase_search_regex(
            "ภายในวันไหน|ภายในวันที่เท่าไหร่|ภายในเมื่อไหร่|ส่งวันไหน|ส่งเมื่อไหร่|ส่งเมื่อไร|กี่โมง|กำหนดส่งวันไหน|หมดเขตวันไหน|deadline"
            # The window asked: "แบบฟอร์มที่ 4 นี่ต้องส่งช่วงไหนคะ".
            "|ส่งช่วงไหน|ส่งช่วงเวลาไหน|ส่งช่วงวันไหน|ส่งตอนไหน|ส่งเดือนไหน"
            # How long one may still send: "ส่งผลยาเสพติดได้ถึงวันไหนครับ ศอ.ปส.จ.ยังไม่ส่งตัวเลขมา
            # เลย" (the unit's lag, told after, is why the day is asked).
            "|ได้ถึงวันไหน|ได้ถึงเมื่อไหร่|ได้ถึงเมื่อไร|ได้ถึงวันที่เท่าไหร่|ได้จนถึงวันไหน"
            "|ได้ถึงกี่โมง|ได้ถึงกี่วัน|ได้ถึงตอนไหน|ส่งได้ถึงวันไหน"
        )
    )
)
# Why a sending is held up, told: waiting for a signature or a correction, the boss not free,
# the paper lying on a desk ("รอ ผอ. เซ็น", "รอแก้ตามที่…", "ค้างอยู่หน้าห้อง").
_HELD_UP_RE = re.compile(
    r"รอ\s?(?:ผอ\.?\s?|หัวหน้า\s?|ท่าน\s?)?(?:เซ็น|ลงนาม|อนุมัติ|แก้|ปรับ|ความเห็น)"
    r"|ยัง\s?ไม่\s?ว่าง\s?เซ็น|ค้าง\s?อยู่\s?(?:หน้าห้อง|บนโต๊ะ|ที่โต๊ะ|ที่ห้อง)"
)
# A list or a check asked for, with no question word: "ขอรายชื่อ…", "รบกวนเช็ค…", "ช่วยไล่…".
_ASKED_FOR_RE = re.compile(r"ขอ|รบกวน|ช่วย|list|ลิสต์|ไล่|ตรวจสอบ|เช็ค|เช็ก|แสดง|สรุป|บอท")
# What the asker sent, asked whether it reached the system: "ที่ส่งไปเข้าระบบหรือยัง",
# "ที่ส่งไปแล้วขึ้นในระบบยัง".
_SENT_ARRIVED_RE = re.compile(
    r"ที่\s?(?:เรา\s?|หนู\s?|ผม\s?)?ส่ง\s?ไป\s?(?:แล้ว\s?)?(?:เข้า|ขึ้น|อยู่|ถึง)\s?(?:ใน\s?)?ระบบ"
)
# The system where a sending shows: "ในระบบขึ้นว่า", "เข้าระบบ" (never "ระบบราชการ 4.0", nor
# a system's name after it, "ในระบบบัญชีข้อมูล…").
_IN_THE_SYSTEM_RE = re.compile(
    r"(?:ใน|เข้า|ขึ้น)\s?ระบบ(?:\s?(?:ขึ้น|แสดง|โชว์)\s?(?:ว่า)?|(?![\u0e01-\u0e4e])"
    # "ยังไม่มีผลในระบบบ้างคะ": the asking word glued after it.
    r"|(?=บ้าง|มั้ย|ไหม|หรือ|รึ|แล้ว|ยัง|ครับ|ค่ะ|คะ|นะ))"
)
# What a unit said it sent, the sending's cue gone: "บอกว่า แล้ว", "บอกมาว่า แล้ว".
_SAID_SENT_RE = re.compile(r"บอก\s?(?:มา\s?)?ว่า\s?แล้ว")
_WHO_RE = skipping(
    re.compile(
        phrase_search_regex("ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|กี่กอง|กี่หน่วย|ตัวไหน|อันไหน|who")
    )
)


# Whether something is complete, asked with no word of sending or recording: of an indicator,
# how far it got (its summary), not who has not sent its result ("ส่งผลครบหรือยัง").
# How something goes, asked beside whether it is complete ("…เป็นไงบ้าง ครบยัง").
_HOW_IS_IT_RE = re.compile(
    phrase_search_regex("เป็นไงบ้าง|เป็นยังไงบ้าง|เป็นอย่างไรบ้าง|ถึงไหน|คืบหน้า|สถานะ|ภาพรวม")
)
_COMPLETE_ONLY_RE = re.compile(
    phrase_search_regex("ครบหรือยัง|ครบยัง|ครบรึยัง|ครบแล้วยัง|ครบแล้วหรือยัง|ครบแล้วรึยัง")
)
_SENT_RE = re.compile(
    phrase_search_regex("ส่ง|รายงาน|กรอก|ใส่|บันทึก|อัปเดต|อัพเดต|อัพเดท|ยังไม่|ขาด|ค้าง|submit|report")
)


def _addressed_after(text: str) -> str:
    """The unit a sentence after the first opens with, called by name ("…จริงเหรอคะ กจ. หนู
    ไม่เห็นในไดรฟ์"), or ""."""
    for sentence in SENTENCE_END_RE.split(text)[1:]:
        unit, _ = split_unit(sentence)
        # Called, it stands apart ("กจ. หนู…"); glued to a verb it tells ("กองกลางส่งแล้วนะ").
        if unit and re.match(rf"{re.escape(unit)}(?:\s|$)", sentence.lstrip()):
            return unit
    return ""


def _asking_sentences(text: str) -> str:
    """``text`` without the sentences after the ask that are about nothing of the plan (the
    asker's reason, "จะได้ตามถูก")."""
    sentences = SENTENCE_END_RE.split(text)
    while len(sentences) > 1 and not names_the_plan(sentences[-1]):
        if any(p in sentences[-1] for p in PLACEHOLDERS):
            break
        sentences.pop()
    return " ".join(sentences)


# A typed step done, counted by units: "เสร็จ", "done", "ทำแล้ว", "ส่งแล้ว".
_DONE_COUNTED = "done|เสร็จ|ทำแล้ว|ส่งแล้ว|ส่งมาแล้ว|ส่งกันแล้ว|finished|completed|complete"


def _units_done_counted(found: Found) -> Intent | None:
    """How many units have done a typed step, asked: who has not done it (the step's)."""
    step = found.extraction.step
    if not step.isdigit() or _SEVERAL_TYPED_STEPS_RE.search(found.extraction.masked):
        return None
    return Missing(step=step)


# Steps' numbers in a row after the first ("ขั้น 1 2 3 เสร็จกี่กอง"): the status's, not one step's.
_SEVERAL_TYPED_STEPS_RE = re.compile(r"STEP\s?(?:-\s?\d|(?:,|และ|กับ|ถึง)?\s?NUM)")


# A unit's lag told: "ยังไม่ส่ง", "ยังไม่ได้ส่งตัวเลขมาเลย", "ยังไม่รายงาน".
_LAG_TOLD_RE = re.compile(r"ยัง\s?ไม่\s?(?:ได้\s?)?(?:ส่ง|รายงาน|กรอก|ลง)")


def _without_lag_told(text: str) -> str:
    """``text`` without the sentences after the first that tell a lag and ask nothing."""
    first, *rest = SENTENCE_END_RE.split(text)
    kept = [s for s in rest if not (_LAG_TOLD_RE.search(s) and not asks(s))]
    return " ".join([first, *kept])


# Who passed the question on, told after it: "สำนักงานจังหวัดถามมา", "ผอ.สำนักฝากถาม".
_RELAYED_BY_RE = re.compile(
    r"\s+\S+?\s?(?:(?:สอบถาม|ฝากถาม|ให้ถาม|ถาม)\s?(?:มา|อยู่)?|ขอ\s?มา"
    # Who will chase the answer, told last: "…บ้างครับ กพร. จะทำหนังสือตาม".
    r"|จะ\s?(?:ทำ\s?หนังสือ\s?|ออก\s?หนังสือ\s?|โทร\s?)?(?:ตาม|ทวง|เร่ง)\S*)"
    r"(?:\s?(?:ครับ|คับ|ค่ะ|คะ|นะ|จ้า))*$"
)
# "ส่งเป็นหนังสือภายในไปแล้ว": the internal post, no "within" of a deadline.
_INTERNAL_POST = "หนังสือภายใน|บันทึกภายใน|ไปรษณีย์ภายใน|ภายในไปแล้ว"
# When something is due, asked.
_WHEN_ASKED = "เมื่อไหร่|เมื่อไร|เมื่อไหร|วันไหน|วันที่เท่าไหร่|วันอะไร|ภายใน|ตอนไหน|ช่วงไหน|เดือนไหน|เดือนอะไร"
# The verbs of entering a result ("ใส่ผล", "กรอกผล", "ลงผล").
_ENTERS = "ใส่ผล|กรอกผล|ลงผล|กรอก|ใส่ค่า|ลงค่า|อัปเดตผล|อัพเดตผล|อัพเดทผล|อัปเดทผล|บันทึกผล|บันทึก"
# A result recorded or reported into the system: "บันทึกเข้าระบบ", "รายงานเข้ามา", "ลงระบบ".
_RECORDED_IN = "บันทึกเข้า|บันทึกแล้ว|รายงานเข้า|ลงระบบ|เข้าระบบ"
# A deadline asked as past or not: "ส่งได้ถึงวันไหน เลยมาแล้วรึยัง".
_PAST_DUE = "ถึงวันไหน|ถึงเมื่อไหร่|ถึงเมื่อไร|ภายในวันไหน|เลยกำหนด|เกินกำหนด|เลยมา|เลยเวลา"

# Who is asked about and work in general, which name no step: "ใครค้างงานอยู่บ้าง",
# "ยังไม่มีใครส่ง…เลย", "ยังขาดของกองไหน".
_ANYONE = (
    frozenset(
        words(
            "ใคร|ใครบ้าง|งาน|อะไร|อยู่|บ้าง|มี|ไม่มี|ยังไม่มี|ไหน|กองไหน|หน่วยไหน|หน่วยงานไหน|ของ|เลย"
            "|มา|ไป|กัน|ตอนนี้|เหรอ|หรอ|ใช่ไหม|ใช่มั้ย"
            # How the list is laid out: "ขอทราบเป็นรายกอง", "แยกรายหน่วยงาน".
            "|รายกอง|รายหน่วย|รายหน่วยงาน|เป็นรายกอง|แยกรายกอง|แยกกอง|แยก|ทราบ"
            # Having started at all, which is no step: "กองไหนยังไม่ขยับเลย", "ยังไม่เริ่มเลย".
            "|ขยับ|เริ่ม|เคลื่อนไหว|ว่าง|ยังว่าง|ว่างอยู่|ไม่"
            # Which indicator is asked, and what is left: "ยังเหลือตัวชี้วัดไหนไม่ได้รายงานผล".
            "|ตัวไหน|อันไหน|ตัวชี้วัดไหน|ตัวใด|which|ยังมี|ยังเหลือ|เหลือ|คน|มีคน|มีใคร|ใส่|กรอก|ลง"
            "|ใส่ผล|กรอกผล|ลงผล|ตัว|บันทึก|บันทึกผล"
            # Following the senders up, asked of the bot: "ตามงานหน่อย ใครยังค้างส่ง…", "ช่วยไล่
            # ให้หน่อยว่าใครยังไม่ส่ง", "ช่วยทวงหน่อยว่ากองไหน…".
            "|ตาม|ตามงาน|ติดตาม|ไล่|ทวง|ตามทวง|ไล่ตาม|ไล่ดู"
            # Who is lacking, asked beside "ครบยัง": "ทุกกองส่งครบยังคะ ขาดใครบ้าง"; how many
            # short until all are in ("ยังขาดกี่กองจะครบ").
            "|ขาด|ยังขาด|ขาดใคร|ขาดอีก|ครบ"
            # The asker's doubt around the ask: "ไม่แน่ใจว่าใครส่งแล้วบ้าง".
            "|แน่ใจ|ไม่แน่ใจ|ไม่รู้|ไม่ทราบ"
            # How soon the answer is wanted: "ขาดใครบ้าง ขอด่วนค่ะ".
            "|ด่วน|ด่วนๆ|เร่งด่วน|ขอด่วน|รีบ|รีบๆ|รีบหน่อย"
            # English of the ask: "who ยังไม่ส่ง…", "missing results list pls".
            "|who|list|ลิสต์|pls|please"
            # The time gone by, said first: "หมดเขตไปแล้ว ยังมีใครไม่ส่งอีกมั้ย" (no step named).
            "|หมดเขต|ครบกำหนด|เลยกำหนด|เกินกำหนด|พ้นกำหนด|ปิดรับ|หมดเวลา|เลยเวลา|deadline|เดดไลน์"
        )
    )
    # The organisation itself names no step nor indicator: "ของจังหวัดเรา", "สำนักเรา".
    | frozenset(words(ORGANISATION_WORDS))
    | ORGANISATION_KINDS
)
_ANYONE_EDGE = EDGE_WORDS | _ANYONE  # built once, not for each message
# Not even one of them: "สักขั้น", "สักขั้นตอน", "สักอย่าง", "ซักอัน" (no step named).
_NOT_EVEN_ONE_RE = re.compile(r"(?:สัก|ซัก)\s?(?:ขั้น(?:ตอน)?|อย่าง|อัน|ชิ้น|ตัว|เรื่อง|งาน)")


# Nothing entered yet, in the words for what is entered ("ข้อมูล", "ตัวเลข", "ค่า"), and the
# words that check it ("…ใช่ไหม", "…เหรอ", "…หรือเปล่า").
_NO_DATA = "|".join(
    f"{no}{data}"
    for no in ("ยังไม่มี", "ยังไม่ได้ลง", "ยังไม่ลง", "ยังไม่ได้กรอก", "ยังไม่กรอก", "ยังไม่ได้ใส่")
    for data in ("ข้อมูล", "ตัวเลข", "ค่า", "ผล", "คะแนน")
)
# What a deadline checked with its day may not hold: a sending told, who sent, a supposition,
# the history, whether it is still in time.
_DAY_CHECKED_VETO = (
    "แล้ว|เรียบร้อย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ถ้า|หาก|ย้อนหลัง|ประวัติ|เคย|ได้ไหม|ได้มั้ย|ทัน"
)
_ASKED_CHECKED = "ใช่ไหม|ใช่มั้ย|ใช่ป่ะ|ใช่ปะ|ใช่หรือเปล่า|ใช่รึเปล่า|เหรอ|หรอ|หรือเปล่า|รึเปล่า|ป่ะ|ไหม|มั้ย"


def _not_sent_another_way(found: Found) -> Intent | None:
    """ "ยังไม่ได้กรอกผล": who has not entered it; sent another way, the usual one denied after
    it ("ส่งรายชื่อทีมเป็นบันทึกข้อความฉบับกระดาษ ไม่ได้กรอก Google Form"), a report."""
    text = found.extraction.text
    if FORM_SHORT_RE.search(text) and not asks(text):
        return None  # "ส่งแผนแล้ว แต่ฟอร์ม 3 ยังไม่ได้ใส่ค่าเป้าหมาย": a caveat on a report
    sent = _SENT_ANOTHER_WAY_RE.search(text)
    if sent and channel_of(text[: sent.end()]) and not asks(text):
        return None
    return _read_missing(found)


# The sending told before the denial, with the way it went.
_SENT_ANOTHER_WAY_RE = re.compile(r"ส่ง.{0,60}?(?=\s?(?:ไม่ได้|ไม่ใช่))")


def _read_no_data(found: Found) -> Intent | None:
    """ "ท่องเที่ยวยังไม่มีข้อมูลใช่ไหม": who has not sent the result of what is named; of
    nothing named it is no question of the plan."""
    read = _read_missing(found)
    if not isinstance(read, Missing) or read == Missing():
        return None
    named = found.code or read.unit or names_the_plan(f"{read.step} {read.indicator}")
    return read if named else None  # "ยังไม่มีข้อมูลเรื่องงานเลี้ยงใช่ไหม": not ours


def _read_short_items(found: Found) -> Intent | None:
    """ "กองกลางยังขาดเอกสารอะไรบ้าง": what is short, asked after the thing; the items an
    indicator named still lacks ("ตัวชี้วัดจริยธรรมยังขาดข้อไหน") are its items not passed."""
    read = _read_missing(found)
    if (
        isinstance(read, Missing)
        and read.indicator
        and not (read.unit or read.step)
        and _ITEMS_ASKED_RE.search(found.extraction.masked)
    ):
        return IndicatorQuery(read.indicator, Aspect.FAILED, more=read.more)
    return read


# "…ยังขาดข้อไหน", "…ยังค้างประเด็นไหน", "…ข้อไหนยังค้าง" ("pending" is read ค้าง); an
# indicator's own items by their kind ("DG readiness ยังขาด pillar ไหน", "…ขาดด้านไหน").
_ITEMS_ASKED_RE = re.compile(
    r"(?:ขาด|ค้าง)\s?(?:(?:ข้อ|ประเด็น|pillar|ด้าน)\s?(?:ไหน|ใด|อะไร)|กี่\s?(?:ข้อ|pillar|ด้าน))"
    r"|(?:ข้อ|ประเด็น|pillar|ด้าน)\s?(?:ไหน|ใด)\s?(?:ยัง\s?)?ค้าง"
)


def _read_sent_asked(found: Found) -> Intent | None:
    """Whether something was sent, asked; after how far a unit has got ("กองเราถึงไหนแล้วน้า
    ส่งรายชื่อไปแล้วใช่ปะ"), the sending is what the unit's status shows."""
    read = _read_missing(found)
    masked = found.extraction.masked
    how = _HOW_ARE_RE.search(masked)
    if how is None or not isinstance(read, Missing) or "ส่ง" not in masked[how.end() :]:
        return read
    before = masked[: how.start()]
    if SENTENCE_END_RE.search(before) or not (split_unit(before)[0] or _OWN_UNIT_RE.search(before)):
        return read  # how the unit is doing is asked of the unit named before it
    return Status(unit=read.unit or split_unit(before)[0])


# The sender's own unit called by its kind: "กองเรา", "หน่วยงานเรา", "ทีมเรา".
_OWN_UNIT_RE = re.compile(r"(?:กอง|หน่วยงาน|หน่วย|ทีม|ศูนย์|สำนัก)\s?(?:ของ\s?)?เรา")


def _read_sent_yet(found: Found) -> Intent | None:
    """ "กองคลังส่งแผนยัง": asked only when "ยัง" ends the message ("ยังส่งไม่ได้" asks nothing),
    and of something of the plan or a unit ("ส่งการบ้านลูกยัง" is the family's chat)."""
    masked = found.extraction.masked.rstrip()
    if "ใกล้" in masked:
        # "ไอทีส่งแผนยังครับ ใกล้หมดเขตแล้ว": the deadline near is why it is asked; asked of
        # the deadline itself ("ส่งแผนใกล้หมดเขตยัง") it is the deadlines'.
        masked = _NEAR_DUE_TOLD_RE.sub("", masked)
        if _NEAR_DUE_RE.search(masked):
            return None
    end = _YET_END_RE.search(masked)
    if end is None:
        return None
    if "ส่ง" not in masked and _PASSED_ASKED_RE.search(masked, 0, end.start()):
        # "เสนอ ครม. เห็นชอบรายงานผลจริยธรรม ผ่านยัง": whether it passed is asked; the
        # report is an item's words ("รายงานผล…"), no question of who sent ("ส่งแผนแล้ว
        # ผ่านยัง" still asks of the sending).
        return None
    if OTHER_NOT_YET_RE.search(masked) and not asks(found.extraction.text, found.original):
        return None  # "กองคลังส่งแผนแล้ว ส่วนกองนิติการยัง": one sent, the other not yet, told
    if not (found.extraction.step or found.code) and _STATUS_BY_UNIT_RE.search(masked):
        # "สถานะรายกองหน่อยค่ะ ใครส่งแล้วใครยัง": the status unit by unit asked, who has sent
        # and who has not is how it is wanted; something of the plan named ("…ใครส่งแผน
        # แล้วใครยัง") is who has not sent it.
        rest = _STATUS_BY_UNIT_RE.sub(" ", masked)
        if not (names_the_plan(rest.replace("ส่งแล้ว", " ")) or split_unit(rest)[0]):
            return Status()
    unit, rest = split_unit(found.remainder)
    if unit and _HOW_ARE_RE.search(found.remainder):
        # "กองคลังกับ กจ. เป็นไงบ้างครับ ส่งกันยัง": how the units named are doing, their
        # sending asked after, is where they stand (several: the organisation's status).
        read = _read_missing(found)
        who = read.unit if isinstance(read, Missing) and read.unit else ""
        who = who or content(_HOW_ARE_RE.sub(" ", unit))  # "กองคลังเป็นไงบ้างคะ"
        if who:
            return Status(unit=who)
    words = content(rest)
    named = unit or found.extraction.step or found.code or names_the_plan(words)
    return _read_missing(found) if named or not words else None


# "ผ่านยัง", "ผ่านหรือยัง", "ผ่านแล้วรึยัง": the "ยัง" closing the ask is of passing.
_PASSED_ASKED_RE = re.compile(r"ผ่าน\s?(?:แล้ว\s?)?(?:หรือ|รึ)?\s?$")
_HOW_ARE_RE = re.compile(phrase_regex("เป็นไง|เป็นยังไง|เป็นอย่างไร|ถึงไหน|คืบหน้า"))
# The status asked unit by unit: "สถานะรายกอง", "ภาพรวมทุกกอง", "สรุปสถานะแต่ละหน่วย".
_STATUS_BY_UNIT_RE = re.compile(
    r"(?:สถานะ|ภาพรวม|สรุป)\s?(?:ของ\s?)?(?:ราย|ทุก|แต่ละ)\s?(?:กอง|หน่วยงาน|หน่วย)"
)


# The deadline near, told after the ask as its reason ("…ยังครับ ใกล้หมดเขตแล้ว"), with the
# polite particle that closed the ask.
_NEAR_DUE = r"ใกล้\s?(?:จะ\s?)?(?:หมดเขต|ครบกำหนด|ถึงกำหนด|กำหนดส่ง|deadline|เดดไลน์|เปิดรับ|ปิดรับ)"
_NEAR_DUE_RE = re.compile(_NEAR_DUE)
_NEAR_DUE_TOLD_RE = re.compile(
    rf"(?:\s?(?:ครับ|คับ|ค่ะ|คะ|จ้า|นะ))*\s+(?:ตอนนี้\s?)?{_NEAR_DUE}\S*(?:\s?(?:นะ|น้า|ครับ|ค่ะ|คะ))*$"
)
# A deadline asked about, not only said to be near ("ใกล้หมดเขตแล้ว" is the asker's reason).
_DUE_ASKED_RE = skipping(
    re.compile(
        phrase_regex(f"ยังไม่|วันสุดท้าย|{_PAST_DUE}")
        + r"|(?<!ใกล้)(?<!ใกล้ )(?<!ใกล้จะ)(?<!ใกล้จะ )(?:"
        + phrase_regex("หมดเขต|กำหนดส่ง|ครบกำหนด|deadline")
        + ")"
    )
)
# "ยัง" ending the ask: before a casual particle ("ส่งแผนยังอะ") or a request to look it up
# ("ส่งแผนยัง ช่วยเช็กให้").
_YET_END_RE = re.compile(
    r"ยัง(?:\s*(?:อะ|อ่ะ|อ่า|อ้ะ|ง่ะ|งะ|เนี่ย|เหรอ|หรอ|น้า|นะ))?"
    r"(?:\s+(?:ช่วย|รบกวน|เช็ก|เช็ค|ตรวจ|ดูให้|บอก)[^\s]*(?:\s+\S+){0,2})?$"
    # A polite particle closing the ask before what the asker saw ("กองบุคคลส่งแผนไปยังคะ
    # หนูเห็นในไดรฟ์มีแต่ไฟล์ชื่อ draft").
    r"|ยัง\s?(?:คะ|ครับ|คับ|ค้าบ|จ๊ะ)\s"
    # A colleague called after it: "กองคลังส่งแผนไปยังคะพี่", "…ยังน้องแอน".
    r"|ยัง\s?(?:คะ|ครับ|คับ|ค้าบ|จ๊ะ|นะ)?\s?(?:พี่|น้อง)\S{0,8}$"
)


def _each_step_due(found: Found) -> Intent | None:
    """When each step is due, asked: every deadline (a question only)."""
    return Deadlines() if asks(found.extraction.text, found.original) else None


def _days_left_meant(found: Found) -> Intent | None:
    """The due some days left are of: the step named after "หมายถึง", else every deadline."""
    meant = _MEANT_RE.search(found.extraction.masked)
    if meant is None:
        return None
    intent = _read_schedule(
        replace(found, remainder=f" {_CHECK_WORDS_RE.sub(' ', meant['meant'])} ")
    )
    return intent if isinstance(intent, Deadlines) else Deadlines()


_MEANT_RE = re.compile(r"(?:หมายถึง|หมายความว่า)\s?(?P<meant>.*)")


def _month_followed_up(found: Found) -> Intent | None:
    """A month alone, asked after with "ล่ะ": that month's dues."""
    extraction = found.extraction
    if extraction.month is None or not _MONTH_ALONE_RE.fullmatch(extraction.masked.strip()):
        return None
    return Deadlines(month=extraction.month, this_month=extraction.this_month)


_MONTH_ALONE_RE = re.compile(r"(?:แล้ว\s?)?(?:ช่วง\s?|ของ\s?)?MONTH\s?(?:นี้\s?)?(?:ล่ะ|หล่ะ)\s?[?]*")


def _read_calendar(found: Found) -> Intent | None:
    """ "ปฏิทินส่งงาน PMQA ปีนี้มีอะไรบ้าง": the year's dues; the plan's own name, the work and
    the year name no step."""
    remainder = _CALENDAR_WORDS_RE.sub(" ", found.remainder)
    return _read_schedule(replace(found, remainder=remainder))


def _read_dues_to_chase(found: Found) -> Intent | None:
    """What is due, asked as what others must be chased to send: the chasing and whom it is
    of ("ตามน้องๆ") set aside, the dues as "มีอะไรต้องส่งบ้าง" asks them."""
    remainder = _CHASED_RE.sub("ต้องส่ง", found.remainder)
    read = read_deadlines(replace(found, remainder=remainder))
    return read if isinstance(read, Deadlines) else None


# The chasing before the sending: "ต้องตามน้องๆ ส่ง", "ต้องทวงกองต่างๆ ส่ง", "ต้องเร่งส่ง".
_CHASED_RE = re.compile(r"(?:ที่\s?)?ต้อง\s?(?:ตาม|ทวง|เร่ง)[^\s]{0,12}?\s?(?:ๆ\s?)?ส่ง")


def _read_calendar_named(found: Found) -> Intent | None:
    """The calendar named alone, opening the message with only the plan's name and the year
    beside it ("ปฏิทินส่งงาน pmqa ปี 68"): the year's dues."""
    masked = found.extraction.masked.strip()
    if not masked.startswith("ปฏิทิน") or content(_CALENDAR_NAMED_RE.sub(" ", masked)):
        return None
    return _read_calendar(found)


_CALENDAR_NAMED_RE = re.compile(
    r"ปฏิทิน\s?(?:การ\s?)?(?:กำหนด\s?(?:การ\s?)?)?(?:ส่ง|รายงาน)?\s?(?:ผล\s?)?(?:งาน)?|pmqa(?:\s?4\.0)?|ระบบราชการ\s?4\.0"
    r"|ปีงบประมาณ|ปีงบ|ปี|YEAR|นี้|ทั้งปี|ของเรา|หน่อย"
)
_CALENDAR_WORDS_RE = re.compile(
    r"pmqa|ระบบราชการ\s?4\.0|งาน|ทั้งหมด|ทั้งปี|ปีนี้|ปีงบ(?:ประมาณ)?(?:\s?นี้)?|ของ(?:เรา)?|การ"
)


def _read_window_open(found: Found) -> Intent | None:
    """Whether a step's window is open yet, asked ("…ยัง" closing the ask, or a question)."""
    masked = found.extraction.masked
    if not (asks(found.extraction.text, found.original) or _YET_END_RE.search(masked.rstrip())):
        return None
    if "ใกล้" in masked and _NEAR_DUE_TOLD_RE.search(masked.rstrip()):
        return None  # "กองคลังส่งแผนหรือยังคะ ใกล้เปิดรับแล้ว": the window near, told as why
    return _read_schedule(replace(found, remainder=_WINDOW_WORDS_RE.sub(" ", found.remainder)))


# Sending asked leave now, not yet given: "ส่งแผนได้ยัง", "…ได้เลยรึยัง" ("ได้แล้วยัง" asks
# whether one managed to send, not the window's).
_ALLOWED_YET = "ได้ยัง|ได้หรือยัง|ได้รึยัง|ได้เลยยัง|ได้เลยหรือยัง|ได้เลยรึยัง"
# The window's words (the rule keeps them: "ระบบเปิด" and "เปิดรับ" overlap) and the ask's.
_WINDOW_WORDS_RE = re.compile(
    r"(?:ระบบ\s?)?เปิด\s?(?:รับ|ให้ส่ง|ส่ง|ระบบ)?|ระบบ|หรือยัง|รึยัง|ยัง|แล้ว"
    # The window called by its span: "ช่วงส่งแผน" leaves "แผน".
    r"|ช่วง\s?(?:เวลา\s?)?(?:ส่ง|รับ)"
)


# The round and the particles of an ask of the windows ("ตอนนี้มีรอบไหน…อยู่บ้าง"), no step.
_WINDOWS_ASKED_RE = re.compile(r"รอบ\s?(?:ไหน|อะไร)|ตอนนี้|ขณะนี้|ช่วงนี้|อยู่|มี|บ้าง|ให้")


def _step_due_checked(found: Found) -> Intent | None:
    """A typed step's due day checked ("ขั้นตอนที่ 5 ต้องบรรลุ…ภายใน 30 ก.ย. 68 ใช่ไหม")."""
    step = found.extraction.step
    return Deadlines(step=step) if step else None


def _read_windows_asked(found: Found) -> Intent | None:
    """How long a step's window is open, or which windows are open now: the step named, else
    the next deadlines."""
    return _read_schedule(replace(found, remainder=_WINDOWS_ASKED_RE.sub(" ", found.remainder)))


def _read_window_closed(found: Found) -> Intent | None:
    """Whether a step's window has closed yet ("การส่งรายชื่อ… ปิดรับไปแล้วหรือยังครับ พอดีกอง
    ผมมีการเปลี่ยนแปลงตัวบุคคล", "แบบฟอร์ม 4 ปิดรับรึยัง"): the step named before the ask,
    whatever reason follows it; a window of nothing of the plan is not ours."""
    masked = found.extraction.masked
    if not (asks(found.extraction.text, found.original) or _YET_END_RE.search(masked.rstrip())):
        return None
    asked = _CLOSED_YET_RE.search(masked)
    if asked is None:
        return None
    named = asked["named"] or asked["checked"] or ""
    head = _CLOSED_WORDS_RE.sub(" ", f"{masked[: asked.start()]} {named}")
    return _read_schedule(replace(found, remainder=head))


# The window closed, the step it receives maybe named after it, then the ask ("ปิดรับไปแล้ว
# หรือยัง", "ปิดรับแผนแล้วหรือยัง", "ปิดส่งรึยัง").
_CLOSED_YET_RE = re.compile(
    # (ปิด, never the end of เปิด: "ก่อนเปิดระบบ ผ่านรึยัง" asks of no closing.)
    r"(?:ระบบ\s?)?(?<!เ)ปิด\s?(?:รับ|ให้ส่ง|ส่ง|ระบบ)?\s?(?P<named>(?:(?!ไป|แล้ว|หรือ|รึ|ยัง)\S){0,30}?)"
    # "…ปิดไปแล้วเหรอ": whether it has, checked.
    # ("ก่อนปิดรับ ขอรายชื่อกองที่ยังไม่ส่ง…": "ยังไม่" says what is not done yet, asks nothing.)
    r"(?:\s?ไป)?(?:\s?แล้ว)?\s?(?:หรือยัง|รึยัง|ยัง(?!\s?ไม่)|(?<=แล้ว)\s?(?:เหรอ|หรอ|หรือ))"
    # "…ปิดไปแล้วใช่มั้ย": checked as a yes or no.
    rf"|(?:ระบบ\s?)?(?<!เ)ปิด\s?(?:รับ|ให้ส่ง|ส่ง|ระบบ)?\s?(?P<checked>(?:(?!ไป|แล้ว)\S){{0,30}}?)"
    rf"(?:\s?ไป)?\s?แล้ว\s?(?:{_YES_OR_NO})"
    # "รายชื่อทีม ขั้นตอนที่ 1 ปิดไปตั้งแต่ปลาย พ.ย. แล้วใช่มั้ย": closed since a day, checked.
    rf"|(?:ระบบ\s?)?(?<!เ)ปิด\s?(?:รับ|ให้ส่ง|ส่ง|ระบบ)?\s?(?:ไป\s?)?(?:ตั้งแต่|เมื่อ)(?:(?!แล้ว).){{0,30}}?"
    rf"แล้ว\s?(?:เหรอ|หรอ|หรือ(?:ยัง)?|รึยัง|{_YES_OR_NO})"
)
_CLOSED_WORDS_RE = re.compile(r"การ(?=ส่ง|ยื่น|รายงาน)|ทาง\s?google form|ทาง\s?(?:อีเมล|เมล|ไดรฟ์)")


def _read_window_day(found: Found) -> Intent | None:
    """A step's window checked by the day it opens or closes, said after the sending ("ส่งแผน
    ได้เริ่มวันที่ 17 ใช่ไหม", "ส่งแผนเปิดวันที่ 17 ใช่ไหม", "ส่งรายงานผลเริ่มได้วันที่ 15 ก.ย.
    ใช่ป่ะ"): the step is what is sent; a window of nothing of the plan is not ours."""
    masked = found.extraction.masked
    if not asks(found.extraction.text, found.original):
        return None
    window = _WINDOW_DAY_RE.search(masked)
    if window is None:
        return None
    return _read_schedule(replace(found, remainder=f" {window['sent']} "))


# The sending, then the window opening or closing on a day: "ส่งแผนได้เริ่ม DATE", "ยื่นแผน
# เปิด DATE", "ส่งรายงานผลเริ่มได้วันที่ DATE" (the sending's words up to the window are the step's).
_WINDOW_DAY_RE = re.compile(
    r"(?:ส่ง|ยื่น)\s?(?P<sent>(?:(?!ได้|เริ่ม|เปิด|ปิด)\S){1,30}?)\s?(?:ได้\s?)?(?:เริ่ม|เปิด|ปิด)"
    rf"(?:\s?(?:รับ|ให้ส่ง|ส่ง|ได้))?\s?(?:วันที่\s?)?(?:DATE|{_WEEKDAY})"
)
# The step, then the day it runs until: "แผนนี่ถึง DATE", "รายชื่อทีมถึงวันศุกร์นี้".
_UNTIL_DAY_RE = re.compile(
    rf"^(?P<step>.+?)\s?(?:นี่|นี้)?\s?(?:ได้\s?)?(?:จน\s?)?ถึง\s?(?:DATE|{_WEEKDAY})"
)


def _read_until_checked(found: Found) -> Intent | None:
    """The step whose last day is checked by the day named after "ถึง", when the words before
    it name a step of the plan and nothing else."""
    masked = found.extraction.masked
    if not asks(found.extraction.text, found.original):
        return None
    until = _UNTIL_DAY_RE.search(masked.strip())
    if until is None:
        return None
    intent = read_deadlines(replace(found, remainder=f" {until['step']} "))
    if not isinstance(intent, Deadlines):
        return None
    step = intent.step
    return intent if step and (step.isdigit() or names_the_plan(step)) else None


def _read_due_now(found: Found) -> Intent | None:
    """What is due, the work named before the ask ("งานที่ต้องส่งช่วงนี้มีอะไรบ้าง", "สิ่งที่
    ต้องส่งตอนนี้มีอะไรบ้าง"): the next deadlines, or a month's; the work of a step named
    ("…แผนมีอะไรบ้าง") is what the step asks for, not ours."""
    intent = read_deadlines(replace(found, remainder=_DUE_NOW_WORDS_RE.sub(" ", found.remainder)))
    if not isinstance(intent, Deadlines) or intent.step:
        return None
    return intent


_THINGS_DUE = ("งานที่ต้อง", "สิ่งที่ต้อง", "รายการที่ต้อง", "เรื่องที่ต้อง", "งานต้อง")
_DUE_NOW = "|".join(f"{t}{v}" for t in _THINGS_DUE for v in ("ส่ง", "ทำ", "รายงาน", "ยื่น"))
# The time the work is due in, and the ask's own words ("ช่วงนี้", "ตอนนี้", "มีอะไรบ้าง").
_DUE_NOW_WORDS_RE = re.compile(
    r"ช่วง\s?นี้|ตอน\s?นี้|ขณะ\s?นี้|เร็วๆ\s?นี้|เร็ว\s?ๆ\s?นี้|สัปดาห์\s?นี้|อาทิตย์\s?นี้|มี|บ้าง|อีก"
)


def _read_attendance_due(found: Found) -> Intent | None:
    """The attendance step's deadline, however its share is said."""
    return Deadlines(step=found.extraction.step or "การเข้าร่วม")


def _read_schedule(found: Found) -> Intent | None:
    """ "กำหนดการส่งแผน", "กำหนดการมีอะไรบ้าง": the plan's dues; a schedule of anything else
    ("กำหนดการงานเลี้ยงปีใหม่ออกหรือยัง") is not ours."""
    intent = read_deadlines(found)
    words = getattr(intent, "step", "")
    # A step called by its name after "ขั้นตอน" ("ขั้นตอนบรรลุค่าเป้าหมาย ปิดวันไหน"): settle
    # finds the step of that name.
    called = bool(words) and f"ขั้นตอน{words}" in found.extraction.text.replace(" ", "")
    return intent if not words or words.isdigit() or called or names_the_plan(words) else None


# A meeting of a body other than the plan's team ("ประชุมผู้บริหาร", "ประชุมคณะกรรมการบริหาร
# กรม", "ประชุมประจำเดือน"), unless the programme is named with it.
# A meeting the asker will attend or must be ready for ("…พรุ่งนี้ต้องเข้าประชุมผู้บริหาร", "ก่อน
# ประชุม…") is the asker's reason, not the meeting asked about.
_OTHERS_MEETING_RE = re.compile(
    r"^(?!.*(?:pmqa|ชี้แจง|ทีม|ระบบราชการ)).*(?<!เข้า)(?<!เข้า )(?<!ร่วม)(?<!ร่วม )(?<!ก่อน)(?<!ก่อน )"
    r"ประชุม\s?(?:คณะ\s?)?(?:ผู้บริหาร|กรรมการ|ประจำเดือน"
    r"|ประจำสัปดาห์|ประจำปี|ครม|สภา|บอร์ด|หัวหน้าส่วน|ผอ|ผู้อำนวยการ|อธิบดี|ปลัด)",
    re.IGNORECASE,
)


# A sending made on the last day, told ("…29 พ.ย. วันสุดท้ายพอดีครับ", "ส่งแผนแล้ว ทันเส้นตาย
# พอดี"): no due asked, unless a question follows.
# "ส่งแผนแล้ว ทันก่อนหมดเขตค่ะ", "…ทันหมดเขตพอดี": sent before the deadline, told (never "ไม่ทัน").
_JUST_IN_TIME_RE = re.compile(
    r"(?:วันสุดท้ายพอดี|วันสุดท้ายเลย|ทันเส้นตาย|ทันเดดไลน์|ทัน\s?deadline"
    # Done in time, told: "กองคลังส่งแผนแล้ว ตาม dead line", "…แล้วค่ะ ตามกำหนดส่ง".
    r"|แล้ว(?:\s?(?:ค่ะ|คะ|ครับ|นะ|จ้า))?\s?ตาม\s?(?:deadline|เดดไลน์|เส้นตาย|กำหนด(?:ส่ง)?)"
    r"(?!.*(?:ไหม|มั้ย|ไหน|เมื่อไ|อะไร|ยัง|เท่าไ|กี่|\?))"
    r"|(?<!ไม่)(?<!ไม่\s)ทัน\s?(?:ก่อน\s?)?หมดเขต"
    # A figure told, sent before the deadline: "ขยะ 52.3 ครับ ก่อนหมดเขต", "…44 ชุดครับ ก่อน
    # หมดเขต" (its unit at most between; nothing asked, awaited or expected: "ขยะกะว่าจะได้ 52
    # ก่อนหมดเขต", "ขยะ 52 รอส่งก่อนหมดเขต").
    r"|^(?!.*(?:จะ|กะ|คาด|ช่วย|รอ|ต้อง|ขอ|ให้|ตาม|เดี๋ยว)).*NUM\s?(?:%|ชุด|คะแนน|แห่ง|ราย|ล้าน|บาท|หมู่บ้าน"
    r"|อำเภอ|งาน|ครั้ง|ตัว|คน)?(?:\s?(?:ครับ|ค่ะ|คะ|คับ|นะ|จ้า|แล้ว))*\s?(?:ทัน\s?)?ก่อน\s?หมดเขต)"
    rf"(?!.*(?:{QUESTION}|ใช่|ไหน|เมื่อไหร่|เมื่อไร))"
)
# Days counted to a day of one's own ("เหลืออีกกี่วันจะถึงวันหยุดยาว", "อีกกี่วันเงินเดือนออก"):
# office life, not a due (a holiday only told beside a due, "…ติดวันหยุดยาวด้วย", still asks it).
_OWN_DAY = (
    "ถึงวันหยุด|ถึงสงกรานต์|ถึงปีใหม่|ถึงวันเกิด|ถึงวันเกษียณ|เงินเดือนออก|ถึงวันลา|จะได้หยุด"
    # The pay to come: "เหลือกี่วันจะได้เงินเดือนนะ 555", "อีกกี่วันโบนัสออก".
    "|ได้เงินเดือน|เงินเดือนเข้า|โบนัส|จะหยุดยาว|ถึงหยุดยาว"
    # A due of one's own life: "ครบกำหนดคืนหนังสือห้องสมุดพรุ่งนี้", "ผ่อนรถครบกำหนดวันที่ 5".
    "|คืนหนังสือ|ห้องสมุด|ผ่อนรถ|ผ่อนบ้าน|ผ่อนคอนโด|ค่างวด|บัตรเครดิต|ต่อภาษีรถ|ต่อทะเบียนรถ"
    "|ต่อประกัน|ต่อใบขับขี่|ต่อพาสปอร์ต|ต่อบัตรประชาชน|ค่าเช่าบ้าน|ค่าเช่าห้อง"
)
_LAST_DAY_VETO_RE = re.compile(
    phrase_search_regex(
        # "…เกณฑ์กลุ่ม 2 ต้องทำอะไรบ้าง": what a group or a tier of the criteria takes.
        "เกณฑ์กลุ่ม|เกณฑ์ขั้น|เกณฑ์ระดับ|"
        f"ถึงผ่าน|ถึงจะผ่าน|จึงจะผ่าน|แต่ละระดับ|ขั้นสูงต้อง|ขั้นต้นต้อง|ขั้นมาตรฐานต้อง|{REACH_A_TIER}|{_OWN_DAY}"
    )
    + f"|{_JUST_IN_TIME_RE.pattern}"
)


# Money collected among colleagues ("ใครยังไม่ส่งเงินค่าเค้ก", "ใครยังไม่โอนเงินค่าเสื้อ").
_MONEY_RE = Guarded(
    re.compile(r"(?:ส่ง|โอน|จ่าย|ให้|ลง)\s?(?:เงิน|ตังค์|ตัง)|เงินค่า|ลงขัน|ค่าเค้ก|ค่าข้าว|ค่าเสื้อ")
)


# Who is still missing, asked without "ยังไม่ส่ง": what has not come in from whom ("ผลขยะยัง
# ไม่เข้ามาจากใครบ้าง"), who is still waited for or silent ("ยังรอใครอยู่บ้าง", "ยังรอกองไหน
# อยู่", "ใครยังเงียบอยู่"), who must be chased ("ต้องตามใครบ้าง"), who still has nothing
# ("กองไหนยังเป็นศูนย์").
_STILL_OUT = (
    "ยังไม่เข้ามา|ยังไม่มา|ไม่เข้ามาจาก|ไม่มาจาก|ยังรอ|รอใครอยู่|รอกองไหน|รอหน่วยไหน"
    "|ยังเงียบ|เงียบอยู่|เงียบๆ"
    "|ต้องตามใคร|ต้องตามกองไหน|ต้องตามหน่วยไหน|ต้องทวงใคร|ตามใครบ้าง|ยังเป็นศูนย์|ยังเป็น 0"
    # Who is still to be chased, or pending: "ยังเหลือใครที่ต้องตามอีกไหม", "ใคร pending อยู่".
    "|ที่ต้องตาม|ที่ต้องทวง|ที่ยังต้องตาม|pending"
    # Whose result must be chased: "ต้องทวงผลใครบ้าง".
    "|ต้องทวง|ทวงผล|ต้องตามผล"
    "|ไม่ขยับ|ยังค้าง|ค้าง"
    # Who is left: "เหลือใครอีกคะ", "เหลือกองไหนอีก", "ตามใครอยู่บ้าง".
    "|เหลือใคร|เหลือกองไหน|เหลือหน่วยไหน|เหลือหน่วยงานไหน|ใครเหลือ|ตามใครอยู่"
)
_NOT_SENT_RE = re.compile(r"ไม่\s?(?:ได้\s?)?(?:ส่ง|รายงาน|อัป|อัพ|upload)")
# Words of the ask left beside the step or indicator named ("…อยู่บ้างเรื่องแผน").
_STILL_OUT_FILLER_RE = re.compile(
    r"เรื่อง|จาก|อยู่|อีก|นอกจาก\S*\s?แล้ว|สรุป(?:ให้)?(?:หน่อย)?(?:ครับ|ค่ะ|คะ)?\s?ว่า|ทุกกองเลย"
    r"|เลย\s?สัก\s?ขั้น|สัก\s?ขั้น|(?<!\S)ที่(?=ยัง)|(?:ที่\s?)?(?:ยัง\s?)?ต้อง\s?(?:ตาม|ทวง)"
    r"|(?:ยัง\s?)?เหลือ|pending"
)


def _read_still_out(found: Found) -> Intent | None:
    """Who is still missing, asked indirectly (see ``_STILL_OUT``): a question only, never a
    report ("กองคลังส่งแผนแล้ว ยังรอ ผอ. เซ็นอยู่")."""
    text = found.extraction.text
    if not asks(text, found.original) or promises(text):
        return None
    if "เหลือ" in text and _NOT_SENT_RE.search(text):
        return None  # "เหลือใครที่ยังไม่ได้ส่งเอกสารบ้าง": what is not sent is read by its own rule
    remainder = _STILL_OUT_FILLER_RE.sub(" ", found.remainder)
    return _read_missing(replace(found, remainder=remainder))


# fmt: off
SPECS = (
    IntentSpec(Missing, handle_missing, (
        Rule(("ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด", _STILL_OUT), 7501, _read_still_out,
             unless="ถ้า|หาก|ทำไม|เพราะ|ส่งแล้ว|ส่งไปแล้ว|ส่งครบ|ค้างคืน|ค้างชำระ|รายละเอียด"
                    # what the sender knows now: "ขอบคุณครับ รู้แล้วว่าต้องตามกองไหน"
                    "|รู้แล้วว่า|เห็นแล้วว่า|ทราบแล้วว่า|เข้าใจแล้วว่า"
                    # what is left over for the taking: "ขนมเหลือ ใครเอาบ้าง"; money left,
                    # a colleague looked for ("ตามใครอยู่คะ พี่หาพี่ต้อยไม่เจอ")
                    "|ใครเอา|เอาไหม|เอามั้ย|กิน|อยากได้|งบ|เงิน|ไม่เจอ|หาตัว"),
        # "ตอนนี้ทุกกองผ่านขั้น2กันหมดยัง": whether every unit is through a step, which who is
        # not answers (above the step's table unit by unit).
        Rule(("ทุกกอง|ทุกหน่วย|ทุกหน่วยงาน",
              "หมดยัง|หมดแล้วยัง|หมดหรือยัง|หมดรึยัง|หมดแล้วหรือยัง|หมดแล้วรึยัง"), 7519,
             _read_missing, unless="ถ้า|หาก|ต้อง|ยังไง|อย่างไร|ทำไม"),
        # "แผนปฏิบัติการยังไม่มาอีกกี่หน่วย": what has not come in yet, asked of the units.
        Rule(("ยังไม่มา|ยังไม่เข้ามา|ยังไม่ได้มา",
              "กี่หน่วย|กี่กอง|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|ใคร"), 7989, _read_missing,
             unless="ถ้า|หาก|ทำไม|ประชุม|ทำงาน"),
        # "ที่ยังไม่ได้เข้าประชุมชี้แจงเมื่อ 20 ธ.ค. มีหน่วยไหนบ้าง": who has not attended, the
        # units asked after the meeting (the meeting's own name is no step).
        Rule(("ยังไม่ได้เข้าประชุม|ยังไม่เข้าประชุม|ยังไม่ได้เข้าร่วม|ยังไม่เข้าร่วม",
              "หน่วยไหน|กองไหน|หน่วยงานไหน|ใคร|กองใด|หน่วยใด|ทีมไหน"), 7979, _read_not_yet_attended,
             unless="ถ้า|หาก|ทำไม|ยังไง|อย่างไร|นับ|โดน|หักคะแนน"),
        # "ช่วยเช็คให้หน่อยครับว่าใครยังขาดเอกสารขั้นตอนที่ 3": who still lacks a step's
        # documents, asked, is who has not sent it (documents short told of one unit, "กองคลัง
        # ยังขาดเอกสาร", is not asked here).
        Rule((_WHICH_UNIT, "ยังขาดเอกสาร|ขาดเอกสาร|เอกสารยังไม่ครบ|เอกสารไม่ครบ"), 7983, _read_missing,
             unless="ถ้า|หาก|สมมติ|ทำไม|โดน|หัก|ต้อง"),
        # "กองไหนแผนยังไม่ครบ 3 มิติบ้าง": which units' plans still lack a dimension is who is
        # missing the plan, above the dimensions asked (730); one unit's plan asked is its status.
        Rule(("มิติ|DIM", "แผน", "กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|ใคร",
              "ยังไม่|ไม่ครบ|ขาด|ไม่มี"), 765, _plans_short_of_dimensions,
             unless="ถ้า|หาก|สมมติ|สมมุติ|ต้อง|ควร|หัก|โดน|คะแนน|ทำไม|ยังไง|อย่างไร"),
        # "มีใครลืมส่งรายชื่อทีมไหมคะ", "กองไหนลืมส่งแผนบ้าง": whoever forgot to send, asked, is
        # who has not sent, above the team asked (720) and the deadlines.
        Rule((_WHICH_UNIT, "ลืมส่ง|ลืมกรอก|ลืมใส่|ลืมรายงาน|ลืมอัป|ลืมอัพ|ลืมแนบ"), 973, _read_missing,
             unless="ถ้า|หาก|สมมติ|ทำไม|ยังไง|อย่างไร|โดน|หัก|ต้อง|ขอโทษ|ลืมไป"),
        # "ใครส่งรายชื่อไม่ทันกำหนดบ้าง", "กองไหนส่งแผนช้าบ้าง": who sent late (or not in time)
        # is who has not sent in time, above who sent (the history, 700); what being late
        # costs ("ถ้ากองไหนส่งแผนช้า โดนหักกี่คะแนน") is the rule's.
        Rule((_WHICH_UNIT, "ส่ง|รายงาน|กรอก",
              "ไม่ทัน|ส่งช้า|ช้ากว่า|ช้าบ้าง|ช้าไป|ล่าช้า|เลยกำหนด|เกินกำหนด|หลังกำหนด"), 777,
             _read_missing,
             # Told to whoever is late ("ใครส่งไม่ทันบอกพี่นะคะ"), nothing is asked of the bot.
             unless="ถ้า|หาก|สมมติ|ทำไม|ยังไง|อย่างไร|โดน|หัก|ต้อง|ปีที่แล้ว|ยังไม่|ไม่ได้ส่ง"
                    "|บอกพี่|บอกด้วย|บอกนะ|บอกมา|แจ้งพี่|แจ้งด้วย|แจ้งนะ|แจ้งมา"),
        # Asking who has not sent outranks every "ส่ง" cue below.
        Rule(("ยังไม่ส่ง|ยังไม่ได้ส่ง|ค้างส่ง|ขาดส่ง|ยังไม่ครบ|ไม่ได้ส่ง|ใครค้าง|ยังขาดอะไร|ขาดอะไร"
              "|ครบหรือยัง|ครบยัง|ครบรึยัง|ครบแล้วหรือยัง|ครบแล้วรึยัง|ครบแล้วยัง"
              "|missing|ยังไม่มีผล|ค้างกี่|ยังค้าง|ค้างอยู่|not submitted"
              "|hasn't submitted|haven't submitted|not yet submitted|hasn't sent|haven't sent"
              "|not sent|ค้างอะไร"
              # Results not yet reported: "ตัวชี้วัดไหนยังไม่ได้รายงานผล", "ยังขาดผลตัวไหน".
              "|ยังไม่ได้รายงาน|ยังไม่รายงาน|ยังขาดผล|ขาดผลตัว",), 800, _read_short_items,
             unless=INCOMPLETE_DOCUMENTS_RE),
        # A result not yet entered, in any verb of entering one: "ตัวไหนยังไม่ได้ใส่ผล",
        # "ยังเหลือตัวชี้วัดไหนไม่ได้กรอกผล", "ชุดข้อมูลยังไม่กรอกใช่ไหม" (a value typed with
        # it reports one instead).
        Rule(("|".join(f"{n}{v}" for n in ("ยังไม่ได้", "ยังไม่", "ไม่ได้") for v in words(_ENTERS))
              + "|ไม่ได้รายงานผล",), 800,
             _not_sent_another_way, number=False),
        # Whether one still has nothing entered, asked: "ท่องเที่ยวยังไม่มีข้อมูลใช่ไหม", "e-Service
        # ยังไม่มีตัวเลขเหรอ" (told, "…ยังไม่มีข้อมูลนะคะ รอ ททท.", it asks nothing).
        Rule((_NO_DATA, _ASKED_CHECKED), 800, _read_no_data, number=False),
        # Which have nothing entered yet: "ตัวชี้วัดไหนยังไม่มีข้อมูลบ้าง", "อันไหนยังไม่ได้ลงคะแนน".
        Rule((_NO_DATA, "ตัวไหน|ตัวชี้วัดไหน|kpi ไหน|อันไหน|ไหนบ้าง|อะไรบ้าง|กี่ตัว"), 801, _read_missing,
             number=False),
        # What is still left to do: "กองคลังเหลืออะไรที่ยังไม่ได้ทำบ้าง", "ยังไม่ได้ทำอะไรบ้าง"
        # (of a unit, its status).
        Rule(("เหลืออะไร|ยังไม่ได้ทำอะไร|อะไรที่ยังไม่ได้ทำ|อะไรยังไม่ได้ทำ", f"บ้าง|{QUESTION}|อีก"),
             792, _read_missing, number=False,
             unless="ต้องส่ง|เดือน|สัปดาห์|อาทิตย์|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด"),
        # Which indicators are still empty: "ตัวชี้วัดไหนยังว่างอยู่", "kpi ตัวไหนยังว่าง".
        Rule(("ยังว่าง|ว่างอยู่", "ตัวชี้วัด|ตัวไหน|kpi|ผล|อันไหน"), 802, _read_missing, number=False),
        # "ขั้นตอนที่ 1 ครบทุกกองหรือยัง": whether every unit has sent, who has not answers.
        # Whether everyone must attend ("นับการเข้าประชุมยังไง ต้องไปครบทุกคนไหม") is the rule's.
        Rule(("ครบทุกกอง|ครบทุกหน่วย|ครบทุกหน่วยงาน|ครบทุกคน", f"{QUESTION}|ยัง"), 800,
             _read_missing, unless="ต้องไปครบ|ต้องเข้าครบ|ต้องเข้าประชุมครบ|ยังไง|อย่างไร"),
        # "ส่งครบไหม" asks; "ส่งครบแล้วค่ะ" says it was done (a step, read below).
        Rule(("ส่งครบ", f"{QUESTION}|ยัง|ใคร|กี่กอง|กี่หน่วย|กี่"), 800, _read_missing,
             unless=INCOMPLETE_DOCUMENTS_RE),
        # "ยังไม่มีใครส่งแผนเลยเหรอ", "ยังไม่มีหน่วยไหนส่งผลขยะ": nobody has sent, so who has not.
        # "ผล PMQA ยังไม่มีใครใส่ใช่ไหม", "แต่งตั้งยังไม่มีคนใส่ผล": nobody has entered it.
        Rule(("ไม่มีใคร|ไม่มีคน|ไม่มีกองไหน|ไม่มีหน่วยไหน|ไม่มีหน่วยงานไหน|ไม่มีกองใด|ไม่มีหน่วยใด"
              # "Master Data ยังไม่มีผู้ส่งผลใช่ไหม": no one has sent its result.
              "|ไม่มีผู้ส่ง|ไม่มีผู้รายงาน|ไม่มีผู้กรอก|ไม่มีผู้บันทึก|ไม่มีผู้ใส่|ไม่มีผู้อัป|ไม่มีผู้อัพ",
              "ส่ง|รายงาน|ทำ|กรอก|บันทึก|ใส่|อัป|อัพ"), 801, _read_missing),
        # "ยังขาดแผนของกองไหน", "รายงานผลยังขาดของใคร": what is short, asked of whom.
        Rule(("ขาด", "กองไหน|หน่วยไหน|หน่วยงานไหน|ใคร|กี่กอง|กี่หน่วย|กองใด|หน่วยใด|ตัวไหน|อันไหน"
              "|ตัวชี้วัดไหน"), 798,
             _read_missing, unless=INCOMPLETE_DOCUMENTS_RE),
        # "กองกลางยังขาดเอกสารอะไรบ้าง" (formal: "…ยังขาดเอกสารใดบ้าง"): what is short, asked
        # after the thing (of one unit, its status).
        Rule(("ขาด", "อะไร|ไหน"), 796, _read_short_items),
        # "ยังไม่ได้รับแผนจากกองไหนบ้าง", "แผนสามปีกับแผนปี 68 ยังไม่ได้รับจากกองไหนบ้างคะ": what
        # the team has not yet received from which units is what they have not sent.
        Rule(("ยังไม่ได้รับ|ยังไม่รับ", _FROM_WHICH_UNIT), 765, _read_not_received,
             unless=_NOT_RECEIVED_VETO_RE),
        # "ขั้นตอนที่ 1 มีกองไหนตกหล่นบ้าง": which units were left out of a step, who has not.
        # ("หล่น" alone drops a thing: "ใครทำกุญแจหล่นไว้"; the units are the ones left out.)
        Rule((_WHICH_UNIT, "ตกหล่น|ตกค้าง"), 794,
             _units_left_out, unless="ถ้า|หาก|ทำไม|ยังไง|อย่างไร|ต้องส่ง|กลัว|เผื่อ"),
        # "ใครยังไม่เข้าประชุม", "กองไหนยังไม่ทำแผน": who has not yet done a step, in its verb.
        Rule(("ใครยังไม่|หน่วยไหนยังไม่|กองไหนยังไม่|หน่วยงานไหนยังไม่|ยังไม่เข้าประชุม|ยังไม่เข้าร่วม"
              "|ยังไม่ได้เข้าประชุม|ยังไม่ได้เข้าร่วม|ขาดใคร|ขาดกี่หน่วย"
              "|ขาดกี่กอง|ขาดกองไหน|ขาดหน่วยไหน|ขาดหน่วยงานไหน",), 795,
             _read_missing),
        # "ยังเหลือกองไหนไม่ส่งบ้าง", "ยังมีกองไหนไม่ได้แจ้งจำนวนตัวชี้วัดที่บรรลุบ้าง": which
        # units, with ไม่ right after (no ยัง between).
        Rule(("ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด",
              f"ไม่ส่ง|ไม่ได้ส่ง|ไม่ได้แจ้ง|ไม่ได้ใส่|ไม่ได้กรอก|ไม่ได้รายงาน|ไม่ได้ลงชื่อ|{_NOT_UPLOADED}"),
             796,
             _read_who_not_sent, unless="ถ้า|หาก|ทำไม"),
        # "ประชุมชี้แจงวันที่ 20 ธ.ค. ใครไม่ได้เข้าบ้าง", "ใครไม่ได้เข้าประชุมบ้าง": who has not
        # attended, asked without ยัง.
        # (A meeting to come, "ใครไม่มาประชุมพรุ่งนี้แจ้งด้วยนะ", asks those absent to tell.)
        Rule((_WHICH_UNIT, "ไม่ได้เข้า|ไม่เข้า|ไม่ได้ไปเข้า|ไม่ได้มา|ไม่มา", "ประชุม|กิจกรรม|เข้าร่วม"),
             776, _read_not_attended, keep=True,
             unless="ถ้า|หาก|ทำไม|ยังไง|อย่างไร|นับ|โดน|จะเป็น|จะถูก|หักคะแนน"
                    f"|{TIME_TO_COME}|แจ้งด้วย|บอกด้วย|แจ้งล่วงหน้า|แจ้งนะ|แจ้งได้"),
        # "ค้างฟอร์ม 4 กี่กองแล้ว": how many (or which) units still owe it; "ค้างรายงานกี่ตัวชี้วัด":
        # how many indicators still owe their result.
        Rule(("ค้าง", "กี่กอง|กี่หน่วย|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|ใคร"
              "|กี่ตัวชี้วัด|กี่ตัว|ตัวชี้วัดไหน|ตัวไหน"), 786,
             _read_missing, unless="ค้างคืน|ค้างแรม|ค้างคาว|ค้างชำระ|ค้างจ่าย|ถ้า|หาก|ทำไม"),
        # "KPI ตัวไหนยังไม่อัปเดตบ้าง", "ขอรายชื่อตัวที่ยังไม่อัปเดต": which have not been
        # updated, asked of the indicators or the units (a figure typed with it reports one).
        Rule((_NOT_UPLOADED, "ตัวไหน|ตัวชี้วัดไหน|kpi ไหน|อันไหน|ไหนบ้าง|อะไรบ้าง|กี่ตัว|ตัวที่"
              "|kpi ที่|ตัวชี้วัดที่|รายชื่อ|รายการ|กองไหน|หน่วยไหน|หน่วยงานไหน|ใคร|กี่กอง|กี่หน่วย"),
             787, _read_missing, number=False, unless="ถ้า|หาก|ทำไม|ยังไง|อย่างไร"),
        # "ยังมีกองที่ไม่ได้รายงานการเข้าประชุมไหม": whether some unit has not yet done it.
        Rule(("กองที่ไม่|หน่วยที่ไม่|หน่วยงานที่ไม่|กองที่ยังไม่|หน่วยที่ยังไม่|หน่วยงานที่ยังไม่",
              f"{QUESTION}|บ้าง|กี่"), 789, _read_missing, unless="ถ้า|หาก|ทำไม|ยังไง|อย่างไร"),
        # "กองไหนบ้างที่ยังไม่ได้ทำอะไรเลย" (formal: "กองใดบ้างที่ยังมิได้ดำเนินการใดๆ"): which
        # units or indicators have not yet done something, asked before the verb.
        Rule(("กองไหน|หน่วยไหน|หน่วยงานไหน|ตัวชี้วัดไหน|ตัวไหน|รายชื่อกอง|รายชื่อหน่วย",
              "ที่ยังไม่|ที่ยังไม่ได้"), 794,
             _read_missing),
        # "กองไหนยังเข้าร่วมกิจกรรมไม่ถึง 85% บ้าง", "ทีมไหนยังเข้าประชุมไม่ถึงเกณฑ์บ้าง": who
        # falls short of the attendance step, asked with any word for a unit.
        Rule(("ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|สำนักไหน|ศูนย์ไหน|กองใด|หน่วยใด"
              "|ทีมไหน|ทีมใด|ฝ่ายไหน|ฝ่ายใด|กลุ่มไหน|กลุ่มใด",
              "เข้าประชุม|เข้าร่วม|ประชุม|กิจกรรม|attendance",
              "ไม่ถึง|ไม่ครบ|ต่ำกว่า|น้อยกว่า|ไม่ผ่าน"), 801, _read_short_attendance),
        # "ขั้น 2 ยังไม่ผ่านมีกองไหนบ้าง": who has not passed a step.
        Rule(("ยังไม่ผ่าน|ไม่ผ่าน", "กองไหน|หน่วยไหน|หน่วยงานไหน|ใคร|กองใด|หน่วยใด"), 793,
             _read_missing, unless="ทำไม|เพราะอะไร"),
        # "ใครยังทำแผนไม่เสร็จ", "กองไหนยังทำไม่เสร็จ": the verb between ยัง and ไม่เสร็จ.
        Rule(("ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด", "ไม่เสร็จ"), 794, _read_missing),
        # Recorded or reported in: "ผลยาเสพติดได้บันทึกเข้าระบบแล้วหรือยัง", "ผล Master Data
        # ได้รายงานเข้ามาแล้วหรือยัง" ask whether it was entered.
        Rule((f"ส่ง|รายงานแล้ว|{_ENTERS}|{_RECORDED_IN}",
              "หรือยัง|รึยัง|หรือเปล่า|แล้วยัง|แล้วป่ะ|แล้วปะ|แล้วไหม|แล้วมั้ย|แล้วมั๊ย"
              "|แล้วเปล่า|แล้วมะ|แล้วเหรอ|แล้วหรอ|แล้วใช่ไหม|แล้วใช่มั้ย|แล้วใช่ปะ|แล้วหรือ|แล้วป่าว"
              "|แล้วรึเปล่า|แล้วหรือไม่"
              # Whether what was heard is true: "ได้ยินว่ากองคลังส่งแผนแล้ว จริงไหมคะ".
              "|แล้วจริงไหม|แล้วจริงมั้ย|แล้วจริงมั๊ย|แล้วจริงเหรอ|แล้วจริงหรอ|แล้วจริงหรือเปล่า"
              "|แล้วจริงรึเปล่า|แล้วจริงป่ะ|แล้วจริงปะ|แล้วจริงหรือ|แล้วจริงป่าว|แล้วจริงเปล่า"
              "|แล้วจริงมะ"), 790, _read_sent_asked,
             # "ส่งรายชื่อหมดเขตไปแล้วใช่ไหม", "ส่งแผนถึงวันไหน เลยมาแล้วรึยัง" ask about the
             # deadline, not who sent.
             # "กนต. ส่งรายชื่อทันกำหนดหรือเปล่า": whether it made the due, the unit's status.
             unless=f"หมดเขต|กำหนดส่ง|ครบกำหนด|deadline|วันสุดท้าย|ทันกำหนด|ทันเวลา|{_PAST_DUE}"),
        # "กองคลังส่งแผนยัง", "จริยธรรมรายงานแล้วยัง", "Master Data มีคนกรอกผลยัง": "ยัง"
        # ending the message asks whether it was sent.
        Rule((f"ส่ง|รายงานผล|รายงานแล้ว|{_ENTERS}", "ยัง"), 788, _read_sent_yet,
             unless=_DUE_ASKED_RE),
        # "กค. แผนขึ้นไดรฟ์ยัง", "กองคลังอัปโหลดแผนยัง": whether it was uploaded yet is whether
        # it was sent (of a unit, its status).
        # (An update asked, "รายชื่อในระบบอัปเดตหรือยัง", is no upload.)
        Rule(("อัปไฟล์|อัพไฟล์|อัปโหลด|อัพโหลด|upload|อัปแผน|อัพแผน|อัปขึ้น|อัพขึ้น|ขึ้นไดรฟ์|ขึ้นไดร์ฟ"
              "|ขึ้น drive|ลงไดรฟ์|ลงไดร์ฟ|ลง drive", "ยัง"), 785,
             _read_sent_yet, unless=_DUE_ASKED_RE),
        # "โอนเปลี่ยนแปลงมีใครส่งผลให้แล้วบ้าง": whether anyone has sent it yet, which what has
        # no result answers ("ใครส่งผล…ล่าสุด" asks the history).
        Rule(("|".join(f"{w}{v}" for w in ("มีใคร", "มีคน") for v in ("ส่ง", *words(_ENTERS))),
              "แล้วบ้าง|ให้แล้ว|แล้วหรือ|แล้วรึ|แล้วยัง|หรือยัง|รึยัง"), 791, _read_missing,
             # Who sent what ("สัปดาห์นี้มีใครส่งอะไรมาแล้วบ้าง") is the history's.
             unless="ล่าสุด|ย้อนหลัง|ประวัติ|ใครส่งอะไร|ใครส่งผลอะไร|ใครบันทึกอะไร|ใครกรอกอะไร"),
        # "มีกองไหนส่งแผนแล้วบ้าง", "กองไหนส่งแผนแล้วแต่ยังไม่ครบ 3 มิติบ้าง": which units have
        # sent (or sent short), which who has not answers (the details of a step unit by unit
        # are its own).
        Rule(("กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด", "ส่ง", "แล้วบ้าง|แล้วแต่ยัง"), 795, _read_missing,
             unless="รายละเอียด|รายกอง|ถ้า|หาก|ทำไม|ย้อนหลัง|ประวัติ|ล่าสุด|เคย"),
        # "ขั้นตอนที่3ใครส่งแล้วบ้าง", "แผนมีใครส่งมาแล้วบ้าง": who has sent a step or an
        # indicator (not who sent it last: the history), which who has not answers.
        Rule(("ใคร", "ส่ง", "แล้วบ้าง|แล้วแต่ยัง"), 798, _read_missing,
             unless="รายละเอียด|รายกอง|ถ้า|หาก|ทำไม|ย้อนหลัง|ประวัติ|ล่าสุด|เคย|อะไร|เมื่อ|ขนม|ของฝาก"),
        # "ส่งแผนแล้วกี่กอง": how many have sent, which who has not answers with its count.
        Rule(("ส่ง", "กี่กอง|กี่หน่วย"), 785, _read_missing),
        # "PMQA overall ตอนนี้ how many units done step 3 แล้ว", "ขั้นตอนที่ 3 กี่กองเสร็จแล้ว":
        # the units counted that have done a typed step are who has not (round 43).
        Rule(("STEP", "กี่กอง|กี่หน่วย|กี่หน่วยงาน", _DONE_COUNTED), 7549, _units_done_counted,
             unless="ถ้า|หาก|สมมติ|ทำไม|ยังไง|อย่างไร|ผ่าน|ต้อง|ควร|ภายใน|วันไหน|เมื่อไหร่"),
    )),
    IntentSpec(Deadlines, handle_deadlines, (
        # "เดือนเมษายนมีรอบรายงาน 6 เดือนหรือเปล่า ต้องส่งอะไรบ้าง": what a month holds to send,
        # above who has not sent ("…หรือเปล่า" beside a sending).
        # Results to enter, or which indicators to report: "เดือนนี้ต้องอัปเดตผลอะไรบ้าง",
        # "เดือนหน้ามีตัวชี้วัดไหนต้องรายงานบ้าง".
        Rule(("MONTH|เดือนหน้า|เดือนถัดไป",
              "ต้องส่งอะไร|ส่งอะไรบ้าง|อะไรต้องส่ง|ต้องรายงานอะไร|รายงานอะไรบ้าง|มีรอบรายงาน"
              "|มีรอบส่ง|ต้องส่งไหม|ต้องส่งมั้ย"
              "|ต้องอัปเดตผลอะไร|ต้องอัพเดตผลอะไร|ต้องอัพเดทผลอะไร|ต้องอัปเดตอะไร|ต้องอัพเดตอะไร"
              "|ต้องอัพเดทอะไร|ต้องกรอกผลอะไร|ต้องกรอกอะไร|ต้องใส่ผลอะไร|ต้องลงผลอะไร"
              "|ตัวชี้วัดไหนต้องรายงาน|ตัวไหนต้องรายงาน|ตัวชี้วัดไหนต้องส่ง|ตัวไหนต้องส่ง"
              "|kpi ไหนต้องรายงาน|kpi ไหนต้องส่ง"), 7531, _asked,
             unless="แล้ว|เรียบร้อย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ถ้า|หาก"),
        # "พอขึ้นเดือน ก.พ. แล้วยังมีอะไรต้องส่งอีกไหม": the month come ("…แล้ว" is its coming,
        # not a sending done), and what it holds to send.
        Rule(("พอขึ้น MONTH|พอเข้า MONTH|พอถึง MONTH|ขึ้น MONTH|เข้า MONTH|ถึง MONTH",
              "ต้องส่งอะไร|ส่งอะไรบ้าง|อะไรต้องส่ง|ต้องรายงานอะไร|รายงานอะไรบ้าง|อะไรที่ต้องส่ง"
              "|อะไรต้องรายงาน"), 7535, _asked,
             unless="ส่งแล้ว|ส่งไปแล้ว|รายงานแล้ว|เรียบร้อย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ถ้า|หาก"),
        # "รายงานผลรอบ 12 เดือน (ฟอร์ม ๔) ต้องส่งช่วงไหน", "ขอเรียนสอบถามกำหนดการรายงานผล…รอบ ๑๒
        # เดือน": when a round's report is due, not which round a step is in.
        Rule(("เดือน", "ส่ง|รายงาน|กำหนดการ",
              "ช่วงไหน|ช่วงเวลาไหน|เมื่อไหร่|เมื่อไร|วันไหน|ตอนไหน|เดือนไหน|กำหนดการ"), 7532,
             _round_due,
             unless="แล้ว|เรียบร้อย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ถ้า|หาก|ย้อนหลัง|ประวัติ"
                    "|ประชุม|ได้ไหม|ได้มั้ย|ทัน"),
        Rule(("กำหนดส่ง|เหลือกี่วัน|อีกกี่วัน|หมดเขต|ภายในวันไหน|deadline|due|ครบกำหนด"
              "|วันสุดท้าย|ต้องส่งอะไร|ส่งอะไรบ้าง|ต้องทำอะไร|อะไรต้องทำ|เหลือเวลา|กี่วัน"
              "|อะไรต้องส่ง|ส่งได้ถึง|ส่งได้จนถึง|ส่งได้ภายใน"
              # In a hurry: "อาทิตย์นี้มีอะไรต้องรีบส่งไหมคะ", "มีอะไรที่ต้องเร่งทำบ้าง".
              "|อะไรต้องรีบส่ง|อะไรที่ต้องรีบส่ง|ต้องรีบส่งอะไร|อะไรต้องเร่งส่ง|อะไรที่ต้องเร่งส่ง"
              "|ต้องเร่งส่งอะไร|อะไรต้องรีบทำ|อะไรที่ต้องรีบทำ|ต้องรีบทำอะไร|อะไรต้องเร่งทำ"
              "|อะไรที่ต้องเร่งทำ|ต้องเร่งทำอะไร"
              # "มีอะไรที่ต้องส่งบ้าง", "มีรายการใดต้องดำเนินการให้แล้วเสร็จบ้าง" (formal).
              "|อะไรที่ต้องส่ง|อะไรที่ต้องทำ|รายการไหนต้องทำ|รายการไหนต้องส่ง|รายการไหนที่ต้อง"
              "|งานไหนต้องทำ|งานไหนต้องส่ง|งานไหนที่ต้อง"
              # "ขั้นตอนที่ 5 ต้องทำให้เสร็จภายในวันที่เท่าไหร่" (formal: "…ภายในวันที่เท่าใด").
              "|ภายในวันที่เท่าไหร่|ภายในวันที่เท่าไร|ภายในเมื่อไหร่|ภายในเมื่อไร"
              # Reporting is sending a result: "มิ.ย. ต้องรายงานอะไรบ้าง", "มิ.ย. ต้องส่งผลอะไรไหม".
              "|ต้องรายงานอะไร|รายงานอะไรบ้าง|อะไรต้องรายงาน|รายงานได้ถึง|รายงานได้ภายใน"
              "|ต้องส่งผลอะไร|ส่งผลอะไรบ้าง|ต้องรายงานผลอะไร|รายงานผลอะไรบ้าง"
              # Near its day, or the window now: "มีอะไรใกล้ถึงกำหนดบ้าง", "ตอนนี้อยู่ช่วงส่งอะไร".
              "|ใกล้ถึงกำหนด|ใกล้จะถึงกำหนด|ใกล้กำหนด|ช่วงส่งอะไร|ช่วงต้องส่งอะไร|ช่วงทำอะไร"
              # Work to clear: "ก่อนสิ้นเดือนนี้ต้องเคลียร์อะไรบ้าง", "มีงานอะไรต้องเคลียร์บ้าง".
              "|ต้องเคลียร์อะไร|เคลียร์อะไรบ้าง|อะไรต้องเคลียร์|อะไรที่ต้องเคลียร์",), 750,
             # "แต่ละระดับต้องทำอะไร", "ขั้นสูงต้องทำอะไร": what a tier takes, the criteria.
             # "…ส่งทางฟอร์ม 29 พ.ย. วันสุดท้ายพอดี": sent just in time.
             read_deadlines, unless=_LAST_DAY_VETO_RE),
        # "PMQA มีกี่ขั้นตอนคะ แต่ละขั้นส่งเมื่อไหร่", "แต่ละขั้นส่งวันไหน": when each step is
        # due is every deadline, above the steps asked (7527) and a tier's (500); when each was
        # sent, or what each is worth, is not.
        Rule(("แต่ละขั้น|แต่ละstep|แต่ละ step|แต่ละสเต็ป|ทุกขั้น",
              "เมื่อไหร่|เมื่อไร|วันไหน|วันที่เท่าไหร่|ช่วงไหน|ตอนไหน|กำหนดส่ง|หมดเขต|deadline"), 7553,
             _each_step_due,
             unless="ส่งไป|ส่งแล้ว|เคย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ถ้า|หาก|คะแนน|หัก|ผ่าน"),
        # "แล้วเดือนหน้าล่ะคะ", "เมษาล่ะ": a month alone asked after ("ล่ะ") follows an ask of the
        # dues: that month's.
        Rule(("MONTH", "ล่ะ|หล่ะ"), 7633, _month_followed_up),
        # "ก.ย. 68 มีกี่อย่างที่ต้องส่ง": how many things are due (a month's, or every one).
        Rule(("กี่อย่างที่ต้องส่ง|กี่อย่างต้องส่ง",), 747,
             read_deadlines, unless="แล้ว|เรียบร้อย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ถ้า|หาก"),
        # "กำหนดการ" is any schedule ("กำหนดการประชุมพรุ่งนี้"): the plan's when it asks or sends.
        # "กำหนดการทั้งหมดขอดูหน่อย": every due of the year, asked to be shown.
        # "ขอทราบกำหนดการรายงานผล… (แบบฟอร์มหมายเลข ๔)": a report's schedule, asked formally.
        Rule(("กำหนดการ", f"ส่ง|ขั้นตอน|STEP|{QUESTION}|บ้าง|ถัดไป|ต่อไป|ทั้งหมด|ทั้งปี"
                          "|กำหนดการรายงาน"),
             750, _read_schedule, unless="ถึงผ่าน|ถึงจะผ่าน|จึงจะผ่าน"),
        # "ปฏิทินส่งงาน PMQA ปีนี้มีอะไรบ้าง": the calendar of the dues asked (news of one
        # published, "ก.พ.ร. ประกาศปฏิทิน… แล้ว", asks nothing).
        Rule(("ปฏิทินส่ง|ปฏิทินการส่ง|ปฏิทินงาน|ปฏิทินการรายงาน|ปฏิทินรายงาน|ปฏิทิน pmqa"
              "|ปฏิทินกำหนดส่ง|ปฏิทินกำหนดการ|ปฏิทินเดดไลน์|ปฏิทิน deadline",
              f"{QUESTION}|บ้าง|ขอดู|ขอทราบ|ขอ"), 751, _read_calendar,
             unless="ประกาศ|แล้ว|fwd|ส่งต่อ"),
        # "ปฏิทินส่งงาน pmqa ปี 68 ค่ะ": the calendar named alone, the plan and the year beside
        # it, asks for it as a question does.
        Rule(("ปฏิทินส่ง|ปฏิทินการส่ง|ปฏิทินงาน|ปฏิทินการรายงาน|ปฏิทินรายงาน|ปฏิทิน pmqa"
              "|ปฏิทินกำหนดส่ง|ปฏิทินกำหนดการ|ปฏิทินเดดไลน์|ปฏิทิน deadline",), 744,
             _read_calendar_named, unless="ประกาศ|แล้ว|fwd|ส่งต่อ|ใครมี"),
        Rule(("กำหนดการ",), 750, read_deadlines, whole=True),
        # "ช่วงนี้มีอะไรต้องตามน้องๆ ส่งบ้างคะ": what others must be chased to send, asked, is
        # what is due (whom to chase, "ต้องทวงผลใครบ้าง", is who has not sent).
        Rule(("อะไรต้องตาม|อะไรที่ต้องตาม|อะไรต้องทวง|อะไรที่ต้องทวง|อะไรต้องเร่ง|อะไรที่ต้องเร่ง",
              "ส่ง"), 764, _read_dues_to_chase,
             unless="ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ถ้า|หาก|ทำไม"),
        # "ขอ timeline ส่งงาน PMQA ทั้งปี", "ไทม์ไลน์ PMQA ปีงบ 68 มีอะไรบ้าง": the year's timeline
        # of sending is its calendar (what
        # was sent, "ศทส.เคยส่งอะไรไปแล้วบ้าง ขอไทม์ไลน์", "ขอไทม์ไลน์การส่งผลขยะ", is the
        # history's).
        Rule(("timeline|ไทม์ไลน์|time line",
              "ทั้งปี|ปีนี้|ปีงบ|YEAR|ทั้งหมด|กำหนด|ขั้นตอน|ทุกขั้น|step|STEP",
              f"{QUESTION}|บ้าง|ขอดู|ขอทราบ|ขอ"), 754, _read_calendar,
             unless="เคย|แล้ว|ย้อนหลัง|ที่ผ่านมา|ประวัติ|ล่าสุด|ใครส่ง"),
        # "timeline ปีงบ 68 ทั้งหมด": the year's timeline named alone, no question, is asked too
        # (a unit's, "timeline การส่งของกองการเจ้าหน้าที่", is what it sent: the history).
        Rule(("timeline|ไทม์ไลน์|time line", "ทั้งปี|ปีงบ|YEAR|ปีนี้"), 763, _read_calendar,
             unless="เคย|แล้ว|ย้อนหลัง|ที่ผ่านมา|ประวัติ|ล่าสุด|ใครส่ง|ของกอง|ของหน่วย|ของศูนย์"
                    "|ของสำนัก|ส่งไป"),
        Rule(("ส่ง", "เมื่อไหร่|เมื่อไร|เมื่อไหร|วันไหน|วันที่เท่าไหร่|วันอะไร"
              "|ภายใน|ตอนไหน|ช่วงไหน|ช่วงเวลาไหน|ช่วงวันไหน|ช่วงวันที่เท่าไหร่|เดือนไหน|เดือนอะไร"
              # The hour of the last day: "ต้องส่งแผนก่อนกี่โมงของวันที่ 31".
              "|กี่โมง|ถึงกี่ทุ่ม|ก่อนกี่ทุ่ม|ภายในกี่ทุ่ม|เวลาไหน"),
             740, _asked,
             # "eco town เคยส่งผลไปเมื่อไหร่": when it was sent before is its history.
             unless="ใครส่ง|ส่งไปเมื่อ|ส่งแล้ว|ส่งอะไรไปเมื่อ|ส่งอะไรไปบ้าง|ส่งอะไรไปแล้ว|ย้อนหลัง|ย้อนดู"
                    "|เคยส่ง|เคยรายงาน"
                    f"|ประวัติ|รายงานไปเมื่อ|รายงานแล้ว|ใครรายงาน|{_INTERNAL_POST}"),
        # Until what day the plan's targets are measured, the step named by its words alone:
        # "บรรลุเป้าตามแผนนี่วัดถึงวันที่เท่าไหร่" (above the share it must reach, 716).
        Rule(("บรรลุ", "ถึงวันที่เท่าไหร่|ถึงวันที่เท่าไร|ถึงวันไหน|ถึงเมื่อไหร่|ถึงเมื่อไร|ถึงวันอะไร"), 763,
             _asked, unless="แล้ว|เรียบร้อย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ถ้า|หาก|ย้อนหลัง|ประวัติ"),
        # Until what day a step counts: "บรรลุเป้าหมายตัวชี้วัด ขั้นตอนสุดท้าย นับถึงวันที่เท่าไหร่"
        # (above what the plan's share must reach, its words named beside the step).
        Rule(("STEP", "ถึงวันที่เท่าไหร่|ถึงวันที่เท่าไร|ถึงวันไหน|ถึงเมื่อไหร่|ถึงเมื่อไร|ถึงวันอะไร"
              "|ถึงกี่โมง"), 736, _asked,
             unless="แล้ว|เรียบร้อย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ถ้า|หาก|ย้อนหลัง|ประวัติ"),
        # Until when something may be done, whatever the verb: "GD Catalog ลงทะเบียนได้ถึงเมื่อไหร่",
        # "กรอกได้ถึงวันไหน" (when it was done, "ลงทะเบียนไปเมื่อไหร่", is no deadline).
        Rule(("ได้ถึงเมื่อไหร่|ได้ถึงเมื่อไร|ได้ถึงวันไหน|ได้ถึงวันที่เท่าไหร่|ได้ถึงวันที่เท่าไร"
              "|ได้จนถึงเมื่อไหร่|ได้จนถึงเมื่อไร|ได้จนถึงวันไหน|ได้ถึงวันอะไร",), 687,
             _asked,
             unless="ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ประชุม|อบรม|สัมมนา|ลา|เบิก|ยืม|จอด|พัก|เปิดร้าน"),
        # A deadline checked: "ส่งแผนได้ถึงวันที่ 31 ม.ค. ใช่ไหม" (formal: "…ใช่หรือไม่").
        Rule(("ส่ง|รายงาน", "ได้ถึง|ได้จนถึง|ได้ภายใน|ได้ไม่เกิน", QUESTION), 741, read_deadlines,
             keep=True, unless="ส่งแล้ว|รายงานแล้ว|เรียบร้อย|ใครส่ง|ใครรายงาน"),
        # A deadline checked with its day: "แผนปี 68 ต้องส่งก่อน 31 ม.ค. ใช่มั้ยคะ", "รายงานผล
        # ตามแผน ๑๕-๒๔ ก.ย. ๖๘ ใช่ไหมครับ" (the words name the step: kept); never a sending told
        # and checked ("กองคลังส่งแผนแล้ว 15 ม.ค. ใช่ไหม"), nor who sent.
        Rule(("ส่ง|รายงาน", "ก่อน DATE|ภายใน DATE|ก่อนวันที่ DATE|ภายในวันที่ DATE", _YES_OR_NO), 748,
             _asked, keep=True, unless=_DAY_CHECKED_VETO),
        Rule(("รายงานผล", "DATE", _YES_OR_NO), 748, _asked, keep=True, unless=_DAY_CHECKED_VETO),
        # A step's due day checked by its number: "ขั้นตอนที่ 5 ต้องบรรลุค่าเป้าหมายภายใน 30 ก.ย.
        # 68 ใช่ไหม" (above the share the step must reach; a step told done by a day, or what a
        # day earns, is not).
        Rule(("STEP", "ภายใน DATE|ก่อน DATE|ภายในวันที่ DATE|ก่อนวันที่ DATE|ไม่เกิน DATE", _YES_OR_NO),
             737, _step_due_checked,
             unless=f"{_DAY_CHECKED_VETO}|คะแนน|เปอร์เซ็น|ร้อยละ|%|NUM"),

        # Reporting asked when: "ต้องรายงานผลภายในเมื่อไหร่" (the words name the step: kept).
        Rule(("รายงาน", _WHEN_ASKED), 739, _asked, keep=True,
             unless=f"รายงานไปเมื่อ|รายงานแล้ว|ใครรายงาน|ย้อนหลัง|ย้อนดู|ประวัติ|เคยส่ง|เคยรายงาน"
                    f"|{_INTERNAL_POST}"),
        # A window's opening or closing: "แผนปิดรับวันไหน", "เปิดรับวันที่ 17 ใช่ไหม ปิดวันไหน".
        Rule(("เปิดรับ|ปิดรับ|เปิดให้ส่ง|ปิดให้ส่ง|ปิดส่ง|ปิดวัน|ปิดเมื่อ",
              "เมื่อไหร่|เมื่อไร|วันไหน|วันที่เท่าไหร่|วันอะไร|ตอนไหน|ช่วงไหน|เดือนไหน|เดือนอะไร"
              "|ใช่ไหม|ใช่มั้ย|ใช่ป่าว"
              "|ใช่ป่ะ|ใช่ปะ|ใช่มะ|ใช่หรือเปล่า|ใช่รึเปล่า|ใช่หรือไม่"), 752,
             _read_schedule, unless="เตือน|สรุป|digest"),
        # How long a window stays open, or which windows are open now: "รายงานผลรอบ 2 เปิดให้
        # ส่งกี่วัน", "ตอนนี้มีรอบไหนเปิดให้ส่งอยู่บ้าง" (above which steps a round holds).
        Rule(("เปิดให้ส่ง|เปิดรับ|เปิดส่ง|ปิดรับ|ปิดให้ส่ง",
              "กี่วัน|รอบไหน|รอบอะไร|ไหนบ้าง|อะไรบ้าง|อะไรอยู่|อันไหน|ขั้นตอนไหน|ขั้นไหน"), 877,
             _read_windows_asked,
             unless="เตือน|สรุป|digest|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|ทำไม|ถ้า|หาก"
                    "|สมัคร|อบรม|ประชุม|ลิงก์|ลิงค์|link|ส่งแล้ว|ส่งไปแล้ว"),
        # The day a window opens or closes, asked for: "…รบกวนน้องบอทแจ้งวันปิดรับที่แน่นอนด้วย
        # ค่ะ", "ขอวันเปิดรับแผนหน่อย" (a day one was told, "ได้รับแจ้งวันปิดรับแล้ว", asks nothing).
        # The window's span asked for: "รบกวนน้องบอทแจ้งช่วงเวลาส่งแผนพัฒนาหน่วยงานให้ทุกกอง
        # ทราบอีกครั้งค่ะ".
        Rule(("วันปิดรับ|วันเปิดรับ|วันปิดส่ง|วันเปิดส่ง|วันปิดระบบ|วันเปิดระบบ|ช่วงเวลาส่ง|ช่วงเวลาการส่ง"
              "|ช่วงเวลาเปิดรับ|ช่วงเวลารับ|ช่วงเปิดรับ",
              "แจ้ง|บอก|ขอ|ทราบ|รบกวน|ช่วย"), 857, _read_schedule,
             unless="เตือน|สรุป|digest|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|แจ้งแล้ว|บอกแล้ว|ทราบแล้ว"
                    "|ได้รับแจ้ง|ประชุม|อบรม|สมัคร"),
        # "ระบบเปิดรับแผนหรือยัง", "เปิดให้ส่งแผนยัง": whether the window is open yet (above
        # whether the plan was sent yet).
        # "จัดเตรียมข้อมูลพื้นฐานก่อนเปิดระบบ ผ่านรึยัง": what is done before the opening (an
        # item's words) asks nothing of the window.
        Rule(("เปิดรับ|เปิดให้ส่ง|เปิดส่ง|เปิดระบบ|ระบบเปิด", "ยัง"), 811, _read_window_open, keep=True,
             unless="เตือน|สรุป|digest|ยังไม่|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ยังไง|ยังงัย|ก่อนเปิด"),
        # "ตอนนี้ช่วงส่งแผนเปิดหรือยังคะ": the window called by its span, asked whether open
        # yet (above whether the plan was sent yet, 788-790).
        Rule(("ช่วงส่ง|ช่วงรับ|ช่วงเวลาส่ง",
              "เปิดหรือยัง|เปิดรึยัง|เปิดยัง|เปิดแล้วหรือยัง|เปิดแล้วรึยัง|เปิดแล้วยัง|เปิดหรือไม่"
              "|เปิดหรือเปล่า|เปิดไหม|เปิดมั้ย|เปิดแล้วไหม|เปิดแล้วมั้ย"), 885, _read_window_open,
             keep=True, unless="เตือน|สรุป|digest|ยังไม่|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ลิงก์|ลิงค์"
                               "|link|ไฟล์|ก่อนเปิด"),
        # "ศุกร์นี้เปิดให้ส่งแผนแล้วใช่มั้ย": whether the window is open now, checked (above
        # whether the plan was sent, whose "ส่ง…แล้วใช่มั้ย" it holds).
        Rule(("เปิดรับ|เปิดให้ส่ง|เปิดส่ง|เปิดระบบ|ระบบเปิด",
              f"แล้ว{_YES_OR_NO.replace('|', '|แล้ว')}|แล้วเหรอ|แล้วหรอ|แล้วหรือ|แล้วไหม|แล้วมั้ย"), 875,
             _read_window_open, keep=True,
             unless="เตือน|สรุป|digest|ยังไม่|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ยังไง|ยังงัย|สมัคร|อบรม"
                    "|ก่อนเปิด"),
        # "ส่งแผนได้ยัง", "ตอนนี้ส่งฟอร์ม 1-3 ได้เลยรึยัง หรือต้องรอเปิดก่อน": whether sending
        # is allowed yet is whether the step's window is open (above whether it was sent yet).
        Rule(("ส่ง|ยื่น", _ALLOWED_YET), 826, _read_window_open,
             unless="ยังไง|ยังงัย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|ทำไม|ถ้า|หาก"
                    "|ส่งแล้ว|ส่งไปแล้ว|เรียบร้อย|เตือน|สรุป|digest"),
        # "การส่งรายชื่อ… ปิดรับไปแล้วหรือยังครับ", "แบบฟอร์ม 4 ปิดรับรึยัง": whether the window
        # has closed yet (above whether the step was sent yet).
        Rule(("ปิดรับ|ปิดให้ส่ง|ปิดส่ง|ปิดระบบ", "ยัง"), 852, _read_window_closed, keep=True,
             unless="เตือน|สรุป|digest|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|ทำไม|ถ้า|หาก"),
        # "ส่งรายชื่อทีม PMQA ปิดไปแล้วเหรอคะ", "ส่งแผนปิดแล้วหรือยัง": the same, the window's
        # closing said after the step (a shop or a door closed names nothing of the plan).
        Rule(("ปิดแล้ว|ปิดไปแล้ว",), 854, _read_window_closed, keep=True,
             unless="เตือน|สรุป|digest|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|ทำไม|ถ้า|หาก"
                    "|ห้อง|ไฟ|แอร์|ประตู|ร้าน|คอม|เครื่อง|หน้าต่าง|ลิฟต์|ลิฟท์"),
        # "google form ส่งรายชื่อทีมปิดไปยังคะ", "ส่งแผนปิดหรือยัง": whether the window has
        # closed yet, the step named before (above whether the step was sent yet).
        Rule(("ปิดไปยัง|ปิดยัง|ปิดหรือยัง|ปิดรึยัง|ปิดแล้วยัง|ปิดแล้วหรือยัง|ปิดแล้วรึยัง|ปิดไปหรือยัง"
              "|ปิดไปรึยัง|ปิดไปแล้วยัง",), 867, _read_window_closed, keep=True,
             unless="เตือน|สรุป|digest|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|ทำไม|ถ้า|หาก"
                    "|ห้อง|ไฟ|แอร์|ประตู|ร้าน|คอม|เครื่อง|หน้าต่าง|ลิฟต์|ลิฟท์|งบ|บัญชี|โครงการ|สัญญา"
                    "|จ็อบ|job|ปิดยอด|ปิดงบ|ปิดบัญชี|ปิดโครงการ|ปิดจ็อบ|ปิดเครื่อง|ปิดไฟ|ปิดประชุม"),
        # "รายชื่อทีม ขั้นตอนที่ 1 ปิดไปตั้งแต่ปลาย พ.ย. แล้วใช่มั้ย": closed since a day, checked
        # (told, "ขั้น 1 เขาปิดไปตั้งแต่ 29 พ.ย. แล้วน้อง", it asks nothing).
        Rule(("ปิดไปตั้งแต่|ปิดตั้งแต่|ปิดรับตั้งแต่|ปิดรับไปตั้งแต่|ปิดไปเมื่อ|ปิดรับไปเมื่อ", "แล้ว"), 875,
             _read_window_closed, keep=True,
             unless="เตือน|สรุป|digest|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|ทำไม|ถ้า|หาก"
                    "|ห้อง|ไฟ|แอร์|ประตู|ร้าน|คอม|เครื่อง|หน้าต่าง|ลิฟต์|ลิฟท์"),
        # "ส่งแผนได้เริ่มวันที่ 17 ใช่ไหม", "ส่งแผนเปิดวันที่ 17 ใช่ไหม": the window's day checked,
        # said after the sending.
        Rule(("ส่ง|ยื่น", "เริ่ม|เปิด|ปิด", f"DATE|{_WEEKDAY}", _ASKED_CHECKED), 782, _read_window_day,
             keep=True, unless=_NOT_A_DAY_CHECKED),
        # "แผนนี่ถึงวันศุกร์ที่ 31 ใช่มั้ย", "รายชื่อทีมถึงวันศุกร์นี้ใช่ไหม": the step's last day
        # checked, the step named before "ถึง" (a step of nothing of the plan is not ours).
        Rule(("ถึง", f"DATE|{_WEEKDAY}", _YES_OR_NO), 7489, _read_until_checked,
             unless=f"{_NOT_A_DAY_CHECKED}|ประชุม|อบรม|สัมมนา|มาถึง|ไปถึง|ส่งถึง|ถึงมือ"),
        # "ส่งแผนตอนนี้ได้เลยไหม หรือต้องรอเปิดรับวันที่ 17": whether to wait for the window.
        Rule(("รอเปิดรับ|รอเปิดให้ส่ง|รอเปิดส่ง|รอให้เปิดรับ|รอเปิดระบบ|รอเปิดก่อน|รอให้เปิดก่อน",
              f"{QUESTION}|หรือ"), 752,
             _read_schedule, unless="เตือน|สรุป|digest"),
        # "วันนี้ 15 แล้ว ส่งแผนได้เลยมั้ย หรือต้องรอวันที่ 17 ก่อนคะ": whether to wait for the
        # day the window opens, today's date told as a figure (above the leave asked on a day,
        # 803, which takes no figure).
        Rule(("รอวันที่ DATE|รอ DATE|รอถึงวันที่ DATE|รอถึง DATE", "ส่ง|ยื่น", _ALLOWED_ASKED), 8043,
             _read_day_awaited, keep=True,
             unless="ช่วย|ฝาก|รบกวน|ขอให้|เลื่อน|ขยาย|ยืด|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ส่งแล้ว"
                    "|ส่งไปแล้ว|เรียบร้อย|แทน|ทาง|ผ่าน|อีเมล|เมล|ไลน์|line|drive|ไดรฟ์|ไฟล์|เป็น"),
        # "ช่วงส่งรายงานสรุปผล 15-24 ก.ย. ใช่มั้ย": a step's window checked by its days.
        Rule(("ช่วงส่ง|ช่วงเวลาส่ง|ช่วงรายงาน|ช่วงที่ต้องส่ง|ช่วงเปิดรับ|ต้องส่งช่วง", "DATE", QUESTION),
             741,
             read_deadlines, unless="ส่งแล้ว|รายงานแล้ว|เรียบร้อย|ใครส่ง|ใครรายงาน|ส่งไป"),
        # "เดือน ก.ย. มีอะไรต้องส่งไหม": a month's dues, unless it says when something was sent
        # ("ส่งไปตั้งแต่เดือนที่แล้ว": sent since then).
        Rule(("MONTH", "ส่ง|กำหนด|deadline|หมดเขต|ครบกำหนด"), 763, read_deadlines,
             unless="แล้ว|เรียบร้อย|ไปตั้งแต่"),
        # "ถ้าส่งแผนวันที่ 30 ม.ค. ยังทันไหม", "พรุ่งนี้ส่งแผนยังทันใช่มั้ย": whether a day is
        # still inside a step's window (told, "ส่งแผนแล้ว ทันกำหนด", it asks nothing).
        # Uploading is sending: "ถ้าอัปไฟล์แผนวันที่ ๓๑ มกรา ตอนสี่โมงเย็น ยังนับว่าทันไหมคะ".
        Rule((_IN_TIME, f"ส่ง|ยื่น|รายงาน|STEP|{_UPLOAD_VERBS}"), 757, _read_in_time, keep=True,
             unless="ส่งแล้ว|ส่งไปแล้ว|รายงานแล้ว|ใครส่ง|ใครยัง|กองไหน|หน่วยไหน|อัปแล้ว|อัพแล้ว"
                    "|อัปโหลดแล้ว|อัพโหลดแล้ว|uploadแล้ว|upload แล้ว"),
        # "ส่ง ๒๘ ม.ค. ทันนะคะ": in time, checked by the particles closing it (told done, a report).
        Rule(("ส่ง|ยื่น|รายงาน", f"DATE|{DAYS_NAMED}", "ทัน"), 758, _read_in_time, keep=True,
             unless="แล้ว|เรียบร้อย|ใครส่ง|ใครยัง|กองไหน|หน่วยไหน"),
        # "ส่งแผนวันที่ 20 ได้ไหม หรือยังไม่เปิด", "พรุ่งนี้ส่งได้เลยไหม": whether one may send on
        # a day (a favour asked of someone, a delay or a way of sending is not the window's).
        Rule(("ส่ง|ยื่น|รายงาน", f"DATE|{DAYS_NAMED}", _ALLOWED_ASKED), 803, _read_day_allowed,
             keep=True, number=False,
             unless="ช่วย|ฝาก|รบกวน|ขอให้|เลื่อน|ขยาย|ยืด|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|ส่งแล้ว"
                    "|ส่งไปแล้ว|เรียบร้อย|แทน|ทาง|ผ่าน|อีเมล|เมล|ไลน์|line|drive|ไดรฟ์|ไฟล์|เป็น"),
        Rule((_OPENING, "วันไหน|เมื่อไหร่|เมื่อไร|วันที่เท่าไหร่|วันที่เท่าไร|วันอะไร|ตอนไหน|NUM"), 892,
             _read_opening, unless=_NOT_A_DAY_CHECKED),
        Rule(("ถ้า|หาก|สมมติ", f"ส่ง|ยื่น|{_UPLOAD_VERBS}", f"DATE|{DAYS_NAMED}", "ล่ะ|หล่ะ"), 762,
             _read_supposed_day, keep=True, unless=_NOT_A_DAY_CHECKED),
        # "ที่บอทเตือนว่า "เหลือ 5 วันทำการ" นี่หมายถึงส่งแผนใช่ไหม": which due the days left
        # told are of, asked: the step named after "หมายถึง", else every deadline.
        Rule(("เหลือ NUM วัน|เหลืออีก NUM วัน", "หมายถึง|หมายความว่า", f"{_YES_OR_NO}|{QUESTION}"),
             7573, _days_left_meant,
             unless="ส่งแล้ว|ส่งไปแล้ว|รายงานแล้ว|เรียบร้อย|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|หัก|คะแนน"
                    "|ตัด|โดน|ขยาย|เลื่อน|ยืด|ทำไม|ปิดเตือน|ตั้งเตือน|ถ้า|หาก"),
        # "นับจากวันนี้ถึง 31 ม.ค. เหลือ 16 วันใช่มั้ย": the days left to a day, checked.
        Rule(("เหลือ NUM วัน|เหลืออีก NUM วัน|อีก NUM วัน", "ถึง", "DATE", _ASKED_CHECKED), 7572,
             lambda found: Deadlines(), unless=_NOT_A_DAY_CHECKED),
        Rule(("เลยกำหนด|เกินกำหนด|overdue",
              "มีอะไร|อะไรบ้าง|อะไรที่|อันไหน|ไหนบ้าง|ต้องทำอะไร|ต้องส่งอะไร"), 902, _read_overdue,
             unless="หัก|คะแนน|โดน|ค้าง|ถ้า|หาก|ทำไม"),
        # "ขั้นตอนที่ 5 ต้องเสร็จก่อนสิ้นปีงบใช่ไหมคะ 30 ก.ย.": by when a step must be done.
        Rule(("STEP", "เสร็จก่อน|เสร็จภายใน|ต้องเสร็จ|ก่อนสิ้นปี|ภายในสิ้นปี|ก่อนสิ้นเดือน", _ASKED_CHECKED), 912,
             lambda found: Deadlines(step=found.extraction.step) if found.extraction.step else None,
             unless=_NOT_A_DAY_CHECKED),
        # A step's due day checked: "แผนหมดเขต 31 ม.ค. ใช่ไหม", "ถ้าส่งแผนวันที่ 1 ก.พ. จะเลย
        # กำหนดไหม" (not what being late costs), "ส่งรายชื่อหมดเขตไปแล้วใช่มั้ย กองเรายังไม่ได้ส่ง".
        Rule((_DUE_CHECKED, "DATE"), 821, _read_due_checked, keep=True, unless=_NOT_A_DAY_CHECKED),
        Rule(("DATE", "ที่ส่ง|ที่ต้องส่ง|ที่ยื่น|ที่รายงาน|ที่ต้องรายงาน|ที่เปิด"), 819,
             _read_window_then_sent, keep=True, unless=_NOT_A_DAY_CHECKED),
        Rule(("STEP|ขั้นตอน", _RESULT_DAY), 769, _read_result_day,
             unless="ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน"),
        # "ส่งแผนได้ตั้งแต่วันศุกร์นี้เลยมั้ย": the day checked by its weekday.
        Rule((_DUE_CHECKED, _WEEKDAY), 827, _read_due_checked, keep=True,
             unless=_NOT_A_DAY_CHECKED),
        # "ส่งรายชื่อ PMQA Team เลยกำหนดไปหรือยังคะ": whether a step's due day has passed yet
        # is its deadline (what being late costs, "…เลยกำหนดโดนหักไหม", is the rule's).
        Rule(("หมดเขต|เลยกำหนด|เกินกำหนด", "หรือยัง|รึยัง|แล้วยัง|ไปยัง"), 8239, _read_due_checked,
             keep=True, unless=f"{_NOT_A_DAY_CHECKED}|ศูนย์|ได้ 0|เป็น 0"),
        Rule(("หมดเขต|เลยกำหนด|เกินกำหนด|ครบกำหนด|ปิดรับ", "ไปแล้ว", _ASKED_CHECKED), 804,
             _read_due_checked, keep=True, unless=_NOT_A_DAY_CHECKED),
        # "ขอวันที่ของรอบ ๒ หน่อย เริ่มวันไหนจบวันไหน", "รอบสองเริ่มวันไหน": a round's dates (a
        # meeting's or a course's round is not the plan's).
        Rule(("รอบ", "วันไหน|เมื่อไหร่|เมื่อไร|ช่วงไหน|ช่วงวันไหน|ขอวันที่|วันที่เท่าไหร่"), 749,
             _read_schedule, keep=True,
             unless="ประชุม|อบรม|สัมมนา|ตัดรอบ|รถ|เที่ยวบิน|ส่งแล้ว|ส่งไปแล้ว|ส่งไปเมื่อ|ใคร"),
        # "เข้าร่วมกิจกรรมให้ถึง 85% นี่นับถึงวันไหน": until when attendance counts is the
        # attendance step's deadline (who falls short, or whether a share passes, is not).
        Rule(("เข้าร่วม|เข้าประชุม|เข้ากิจกรรม|attendance",
              "ถึงวันไหน|ถึงเมื่อไหร่|ถึงเมื่อไร|ภายในวันไหน|ภายในเมื่อไหร่|ภายในเมื่อไร|ถึงวันที่เท่าไหร่"),
             698, _read_attendance_due, unless="ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด"),
        # "งานที่ต้องส่งช่วงนี้มีอะไรบ้าง": what is due, the work named before the ask.
        Rule((_DUE_NOW, "มีอะไร|อะไรบ้าง|มีไร|ไรบ้าง|มีกี่"), 742, _read_due_now,
             unless="ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|แล้ว|ถ้า|หาก|STEP|ขั้นตอน"),
        # "ขั้นตอนมีอะไรบ้าง": the steps and their dues.
        Rule(("STEP|ขั้นตอน",), 80, read_deadlines, keep=True),
    )),
)
# fmt: on
