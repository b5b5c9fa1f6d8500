"""Result values by chat, restated for confirmation; the latest row a new one supersedes."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from handlers.common import (
    choose_indicator,
    missing_organisation,
)
from handlers.confirmations import ask_confirmation
from handlers.context import Context
from handlers.formatting import number
from handlers.intent_spec import IntentSpec
from handlers.intents import Help, IndicatorQuery, Intent, Status, SubmitBaseline, SubmitValue
from handlers.last_entry import last_entry
from handlers.nlu.clauses import names_an_indicator
from handlers.nlu.corrections import VALUE_CORRECTING, WRONG_AFTER_RE
from handlers.nlu.extract import (
    DATE,
    MISCOUNT,
    NUM,
    PLACEHOLDERS,
    STEP,
    THIS_YEAR_RE,
    YEAR,
    Extraction,
    Number,
    aimed_at,
    as_typed,
    this_years_figure,
)
from handlers.nlu.guards import Guarded, lead, skipping
from handlers.nlu.matcher import Rule
from handlers.nlu.ours import ours_only
from handlers.nlu.patterns import (
    EDGE_WORDS,
    INDICATOR_WORDS,
    QUESTION,
    UNIT_PREFIXES,
    phrase_search_regex,
)
from handlers.nlu.questions import asks
from handlers.nlu.report_words import report_words
from handlers.nlu.slots import (
    INDICATOR_RE,
    Found,
    content,
    glued_measure,
    split_unit,
    typed_measure,
)
from handlers.nlu.tokenize import tokens
from handlers.nlu.value_checks import not_a_result, value_problem
from handlers.nlu.year_words import YEAR_WORDS_RE
from handlers.permissions import Act, refusal
from handlers.replies import (
    Reply,
    text_reply,
)
from kpi_core.ledger import effective_submissions
from kpi_core.models import (
    Indicator,
    Organisation,
    ScoringMethod,
    Submission,
    SubmissionAction,
    SubmissionKind,
)
from kpi_core.thai_numbers import parse_decimal


def handle_submit_value(intent: SubmitValue, ctx: Context) -> Reply:
    """Restate a result value and ask to confirm; questions implausible values."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    if intent.wrong_only:  # only a figure said wrong: the right one is asked, nothing stored
        return text_reply(WRONG_ONLY)
    intent = of_the_card(intent, ctx)
    chosen = indicator_for_value(ctx, intent, Act.SUBMIT, _steps_text(intent, org))
    if isinstance(chosen, Reply):
        return chosen
    current = current_row(ctx, (chosen.code, None, SubmissionKind.VALUE, None, None))
    if current is not None and current.value == intent.value:
        return text_reply(
            f"ผล {number(intent.value)} {chosen.unit}".strip()
            + f" ของตัวชี้วัด {chosen.code} บันทึกไว้แล้วครับ ไม่ต้องแก้"
        )
    draft = Submission(indicator_code=chosen.code, kind=SubmissionKind.VALUE, value=intent.value)
    lines = [
        f"ตัวชี้วัด {chosen.code}: {chosen.title}",
        f"ผล {number(intent.value)} {chosen.unit}".strip(),
    ]
    typed = parse_decimal(intent.raw_value)
    if typed is not None and typed != intent.value and chosen.unit.startswith(_MILLION):
        # "1,650,000,000 บาท" stored as 1,650 ล้านบาท: say what was typed, and how it was read.
        lines.append(f"(พิมพ์ {intent.raw_value} {chosen.unit.removeprefix(_MILLION)})")
    if current is not None and current.value is not None:
        lines.append(f"(แก้ไขจากค่าเดิม {number(current.value)})")
    return ask_confirmation(ctx, superseding(draft, current), lines, value_warnings(chosen, intent))


# A figure said wrong with no other one ("ขยะใส่ 52.7 ผิด"): the right one is asked.
WRONG_ONLY = "ค่าที่ถูกต้องคือเท่าไหร่ครับ พิมพ์เช่น 'แก้เป็น 57.2'"


def _steps_text(intent: SubmitValue, org: Organisation) -> str:
    """What to say to a value typed for a milestone indicator ("ไอทีได้ 4 คะแนน"): its level
    comes from the steps sent, so nothing typed is stored; how to send a step, and how to see
    the level the named unit has now."""
    text = "ตัวชี้วัด {code} คิดระดับจากขั้นตอนที่ส่ง ไม่ต้องพิมพ์คะแนนครับ พิมพ์เช่น 'ขั้นตอนที่ 3 ส่งแล้ว'"
    unit = next((u for u in org.units if u.name == intent.unit), None)
    if unit is None:
        return text
    name = unit.short_name or unit.name
    return f"{text}\nดูระดับของ {name} ตอนนี้: พิมพ์ '{name} ได้กี่คะแนน'"


def of_the_card(intent: SubmitValue, ctx: Context) -> SubmitValue:
    """A bare correction ("ไม่ใช่ แก้เป็น 3") of the one value card open for its sender in this
    chat, else of the sender's latest value still in effect: that entry's indicator and unit;
    anything else as it is (asked back if need be)."""
    if not intent.correction or intent.indicator or ctx.user_id is None:
        return intent
    found = last_entry(ctx, SubmissionKind.VALUE)
    if found is None:
        return intent
    entry, _ = found
    return replace(intent, indicator=entry.indicator_code, unit=entry.unit or intent.unit)


def indicator_for_value(
    ctx: Context, intent: SubmitValue | SubmitBaseline, act: Act, steps_text: str
) -> Indicator | Reply:
    """The indicator a typed value is for, or the reply that stops it: a number that is none,
    an ask-back between indicators, a milestone indicator (``steps_text``), a refusal of ``act``."""
    assert ctx.organisation is not None
    problem = value_problem(intent.value)  # NaN, Infinity, 1e308: refused before any use
    if problem:
        return text_reply(problem)
    chosen = choose_indicator(ctx.organisation, intent.indicator, intent)
    if isinstance(chosen, Reply):
        return chosen
    if chosen.method is ScoringMethod.MILESTONES:
        return text_reply(steps_text.format(code=chosen.code))
    why = refusal(ctx, act)
    return text_reply(why) if why else chosen


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


def current_row(ctx: Context, slot: tuple) -> Submission | None:
    assert ctx.organisation is not None
    rows = ctx.ports.submissions.list(ctx.organisation.name, indicator_code=slot[0])
    return effective_submissions(rows).get(slot)


def superseding(draft: Submission, current: Submission | None) -> Submission:
    if current is None:
        return draft
    return replace(draft, action=SubmissionAction.CORRECT, supersedes=current.id)


def document_count(text: str, number: Number) -> bool:
    """Whether ``number`` counts the documents sent ("ครบทั้ง 3 แบบฟอร์ม"), the team's heads
    ("ส่งรายชื่อทีมแล้ว 7 คน") or the plan's activities ("มิติละ 1 กิจกรรม"), no result."""
    after = text[number.end :]
    if _HEADS_RE.match(after) and _TEAM_LIST_RE.search(text):
        return True
    if _SPAN_RE.search(text[: number.start]) and text.startswith("ปี", number.end + 1):
        return True  # "แผนพัฒนาหน่วยงาน ระยะ 3 ปี": the plan's span
    if _FORM_NAMED_RE.search(text[: number.start]):
        return True  # "ฟอร์ม 1 2 3 ของกองนิติการขึ้นไดรฟ์แล้ว": the forms' numbers
    if _ACTIVITIES_RE.match(after) and "มิติ" in text:
        return True
    return bool(
        _ALL_OF_RE.search(text[: number.start])
        and _DOCUMENT_COUNT_RE.match(text[number.end :])
        and not _REGISTERED_RE.search(text)
    )


def _items_counted(text: str, number: Number) -> bool:
    """Whether ``number`` counts an indicator's assessment items, all of them ("ครบทั้ง 3
    ประเด็น", "ผ่านครบ 3 ข้อ")."""
    return bool(
        _ALL_OF_RE.search(text[: number.start]) and _ITEMS_COUNT_RE.match(text[number.end :])
    )


_ITEMS_COUNT_RE = re.compile(r"\s*(?:ประเด็น|หัวข้อ|ข้อ(?!มูล|ความ|เสนอ))")


def _share_not_parts(text: str, stated: list[Number]) -> list[Number]:
    """A share reported with how it was counted ("ร้อยละ 14.2 (311 แห่งจาก 2,190 แห่ง)", "ร้อยละ
    87.5 จากผู้ตอบ 1,240 ราย"): the counts after the share are its parts, no value."""
    share = next(n for n in stated if n.percent)
    kept, base_next = [], bool(_SHARE_OF_RE.match(text, share.end))
    for n in stated:
        if (
            n.start > share.start
            and not n.percent
            and (base_next or _PART_OF_RE.match(text, n.end))
        ):
            base_next = False
            continue
        kept.append(n)
    return kept


def _workings_dropped(text: str, stated: list[Number]) -> list[Number]:
    """A value told with its parts or its workings after it ("1,538.45 ล้านบาท (ค้างคืน
    1,102.15 + ไม่ค้างคืน 436.30)", "ร้อยละ 53.61 คิดจาก (…) x 100 / ขยะทั้งหมด 952,870 ตัน",
    "เหลือ 10 รายการ (แหล่งน้ำ 6 ถนน 4)"): the figures in brackets, or after the words of how it
    was worked out, are no value once one is told before them."""
    spans = [m.span() for m in _WORKINGS_RE.finditer(text)]
    if not spans:
        return stated

    def within(n: Number) -> tuple[int, int] | None:
        return next(((s, e) for s, e in spans if s <= n.start < e), None)

    headline = [n for n in stated if within(n) is None]
    kept = []
    for n in stated:
        span = within(n)
        if span is not None and any(h.end <= span[0] for h in headline):
            continue
        kept.append(n)
    return kept or stated


# Brackets (closed or not), or the words of how a figure was worked out to the end of the text.
_WORKINGS_RE = re.compile(r"\([^()]*(?:\)|$)|(?:คิด|คำนวณ)\s?(?:มา\s?)?จาก.*$|จากสูตร.*$")


_COUNTDOWN_BEFORE_RE = Guarded(re.compile(r"(?:เหลือ|อีก)\s?(?:อีก\s?)?$"))
_TIME_SPAN_AFTER_RE = re.compile(r"\s?(?:วัน|สัปดาห์|อาทิตย์|เดือน|ชั่วโมง|ชม)")
_BOUND_BEFORE_RE = re.compile(r"(?:ไม่\s?ถึง|เกือบ(?:\s?จะ)?)\s?$")
_ROUGH_AFTER_RE = re.compile(r"\s?(?:กว่า|กว่าๆ|ปลายๆ|ต้นๆ)")


# "ช้าไป 1 วัน", "ส่งเลยกำหนด 2 วัน": how late (or early) something went; "ไตรมาส 4", "ฟอร์ม 4",
# "ชั้น 7": a quarter, a form or a floor named by its number.
_LATE_BEFORE_RE = re.compile(
    r"(?:ช้า|เลท|เกินกำหนด|เลยกำหนด|เลยเวลา|ก่อนกำหนด)\s?(?:ไป|มา|กว่ากำหนด)?\s?(?:แค่|ประมาณ)?\s?$"
)
# ...or the last of several so named ("ฟอร์ม 1 ถึง 3", "แบบฟอร์ม 1, 2 และ 3", "ไตรมาส 1-2").
_NAMED_BY_NUMBER_RE = re.compile(
    r"(?:ไตรมาส|แบบฟอร์ม|ฟอร์ม|ชั้น|ห้อง|ตึก|อาคาร)\s?(?:ที่|หมายเลข)?\s?"
    r"(?:\d{1,2}\s?(?:ถึง|[-–,&]|และ|กับ)\s?)*$"
)


# A time of day: "10 โมง", "9 นาฬิกา", "14.00 น.", "บ่าย 2", "เวลา 9".
_CLOCK_AFTER_RE = re.compile(r"\s?(?:โมง|นาฬิกา|น\.)")
# ("ระยะเวลา 15 วัน", "ใช้เวลา 3 วัน": a span, which may be the result an indicator measures).
_CLOCK_BEFORE_RE = Guarded(re.compile(r"(?:บ่าย|(?<!ระยะ)(?<!ใช้)(?<!ลด)(?<!รอ)เวลา)\s?$"))


# A cut, a discount or a price ("งบ…โดนตัดไป 20%", "ลดราคา 20%", "ราคาไม่เกิน 300"): no result,
# nor any share of a step. (A span of hours or minutes may be a result: "เฉลี่ย 12 นาทีต่อราย".)
_CUT_OR_PRICE_BEFORE_RE = skipping(
    re.compile(
        r"(?:(?:โดน|ถูก)\s?(?:ตัด|หัก|ลด)\S{0,6}?|ลดราคา|ส่วนลด|ลดให้)\s?(?:ไป|ลง|มา)?\s?"
        r"(?:อีก|ประมาณ|ราว|เกือบ|ตั้ง)?\s?$"
        r"|ราคา\s?(?:ไม่เกิน|ประมาณ|ราว|แค่|ละ|ต่อชิ้น)?\s?$"
    )
)


def late_or_numbered(text: str, number: Number) -> bool:
    """Whether a number says how late something went ("ช้าไป 1 วัน"), names a quarter or a
    form ("ไตรมาส 4", "ฟอร์ม 4"), tells a time of day ("10 โมง", "บ่าย 2"), or a cut, a
    discount or a price ("โดนตัดไป 20%", "ราคาไม่เกิน 300"): no result, nor any share of a
    step."""
    before = text[max(number.start - 12, 0) : number.start]
    if not number.percent and (
        _CLOCK_AFTER_RE.match(text, number.end) or _CLOCK_BEFORE_RE.search(before)
    ):
        return True
    if _CUT_OR_PRICE_BEFORE_RE.search(text, max(number.start - 20, 0), number.start):
        return True
    if _LATE_BEFORE_RE.search(before) and _TIME_SPAN_AFTER_RE.match(text, number.end):
        return True
    whole = not number.percent and "." not in number.raw
    named = _NAMED_BY_NUMBER_RE.search(text, max(number.start - 30, 0), number.start)
    return whole and named is not None


def clock_time(text: str, number: Number) -> bool:
    """Whether a number tells a time of day: "10 โมง", "บ่าย 2", "14.00 น.", or an hour and its
    minutes alone ("13.30", "9:45") with no share's sign after them."""
    if number.percent:
        return False
    before = text[max(number.start - 12, 0) : number.start]
    if _CLOCK_AFTER_RE.match(text, number.end) or _CLOCK_BEFORE_RE.search(before):
        return True
    return _HOUR_MINUTES_RE.fullmatch(number.raw) is not None


_HOUR_MINUTES_RE = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")


# A step's number, then the next one's paired or ranged with it: "ขั้นตอนที่ 4 กับ 5".
_JOINED_TO_A_STEP_RE = Guarded(
    re.compile(
        r"(?:ขั้นตอน|ขั้น|step)\s?(?:ที่)?\s?\d{1,2}\s?(?:กับ|และ|ถึง|[-–,&])\s?(?:ขั้น(?:ตอน)?\s?(?:ที่)?\s?)?$"
    )
)


def countdown(text: str, number: Number) -> bool:
    """Whether a number counts the days or weeks left ("เหลืออีก 16 วัน"), or the things still
    to do ("เหลืออีก 2 ตัว", "เหลือ 3 กอง"): no figure told."""
    before = text[max(number.start - 12, 0) : number.start]
    if not _COUNTDOWN_BEFORE_RE.search(before):
        return False
    return bool(
        _TIME_SPAN_AFTER_RE.match(text, number.end) or _LEFT_TO_DO_RE.match(text, number.end)
    )


# What is still to do, counted: indicators, items, units, steps ("เหลือ 9 รายการ" is the
# budget transfers' own measure, a result).
_LEFT_TO_DO_RE = re.compile(r"\s?(?:ตัว|ข้อ|กอง|หน่วย|ขั้น)")


def _no_figure(text: str, number: Number) -> bool:
    """Whether a number is a countdown ("เหลือ 10 วัน"), a delay ("ช้าไป 1 วัน"), a bound ("ไม่ถึง
    50", "เกือบ 80"), a rough figure ("50 กว่า") or a quarter's or a form's number ("ไตรมาส 4"):
    none is a result to store."""
    before, after = text[max(number.start - 12, 0) : number.start], text[number.end :]
    if countdown(text, number):
        return True
    if _JOINED_TO_A_STEP_RE.search(text, max(number.start - 30, 0), number.start):
        return True  # "ขั้นตอนที่ 4 กับ 5 ส่งแล้ว…": a further step, no figure
    if late_or_numbered(text, number) or _everyday_count(text, number):
        return True
    if not number.percent and not_a_result(text, number.start, number.end):
        return True
    return bool(_BOUND_BEFORE_RE.search(before) or _ROUGH_AFTER_RE.match(after))


# Counts of everyday life beside an indicator's word: bags, rounds, hours, days, nights
# ("ขยะที่บ้านวันนี้ 3 ถุง", "รถขยะมาเก็บ 2 รอบ", "ประชุมเรื่องขยะ 2 ชั่วโมง", "ไปเที่ยวมา 3
# วัน"), or arrests ("ตำรวจจับได้ 12 ราย"): no indicator is measured in them.
# A time span is an indicator's own measure when told as the time taken ("e-Service ใช้เวลา 3
# วัน", "ระยะเวลา 15 วัน").
_EVERYDAY_MEASURE_AFTER_RE = re.compile(r"\s?(?:ถุง|รอบ|เที่ยว)")
_EVERYDAY_SPAN_AFTER_RE = re.compile(r"\s?(?:ชั่วโมง|ชม\b|ชม\.|วัน(?!ที่)|คืน)")
_TIME_TAKEN_BEFORE_RE = re.compile(r"เวลา|ภายใน|เฉลี่ย|ไม่เกิน|ลดลง|เหลือ")
_ARRESTS_BEFORE_RE = re.compile(r"จับ(?:กุม)?\s?(?:ได้|ไป)?\s?(?:อีก|ตั้ง)?\s?$")


def _everyday_count(text: str, number: Number) -> bool:
    """Whether a whole number counts something of everyday life (see above)."""
    if number.percent or "." in number.raw:
        return False
    if _EVERYDAY_SPAN_AFTER_RE.match(text, number.end):
        return not _TIME_TAKEN_BEFORE_RE.search(text, 0, number.start)
    return bool(
        _EVERYDAY_MEASURE_AFTER_RE.match(text, number.end)
        or _ARRESTS_BEFORE_RE.search(text, max(number.start - 14, 0), number.start)
    )


# A figure for each of what is counted, right before it: "อำเภอละ 8", "แห่งละ 2", "คนละ 1"
# (never a share, "ร้อยละ 85").
_FOR_EACH_RE = skipping(re.compile(r"(?<=[\u0e01-\u0e4e])(?<!ร้อย)ละ\s?$"))
# A figure said not yet reached or approved, right after it: "ระดับ 4 ยังไม่ได้รับรอง".
_NOT_YET_AFTER_RE = re.compile(
    r"\s?(?:นะ|ค่ะ|คะ|ครับ)*\s?ยัง\s?ไม่\s?(?:ได้\s?)?(?:รับรอง|ผ่าน|ถึง|อนุมัติ|ได้)"
)


def _all_slash_pairs(extraction: Extraction) -> bool:
    """Whether every number typed is one of a pair with a slash between ("28/11", "6/7")."""
    numbers, text = extraction.numbers, extraction.text
    if len(numbers) < 2:
        return False
    paired: set[int] = set()
    for i, (left, right) in enumerate(itertools.pairwise(numbers)):
        if text[left.end : right.start].strip() == "/":
            paired |= {i, i + 1}
    return len(paired) == len(numbers)


# A figure told with the word not to keep it yet: "ขยะ 52.3 แต่ยังไม่ต้องบันทึกนะคะ".
_NOT_TO_KEEP_RE = Guarded(
    re.compile(
        r"(?:ยัง\s?)?ไม่ต้อง\s?(?:บันทึก|เซฟ|save|ลงระบบ|กรอก)|อย่า\s?(?:เพิ่ง|พึ่ง)?\s?(?:บันทึก|เซฟ|save|ลงระบบ)"
        r"|(?<![a-z])(?:don't|do not) (?:save|record)"
    )
)


# Figures of one's private life: a club's or a gym's ("ตัวชี้วัดของชมรมวิ่ง"), one's weight lost
# or gained ("น้ำหนักลด", "ได้ 3 โล"). Named with an indicator of the report they are its own.
_PRIVATE_FIGURE_RE = re.compile(
    rf"ชมรม|ฟิตเนส|ยิม|น้ำหนัก\s?(?:ตัว\s?)?(?:ลด|ขึ้น|เพิ่ม)|ลด\s?น้ำหนัก"
    rf"|{NUM}\s?(?:กิโล\s?)?โล(?!ก|ชั่น|โก้|ห)"
)


# "ตอนนี้", "ล่าสุด" opening the words: when the figure is told, before whoever told it.
_NOW_FIRST_RE = re.compile(r"^\s*(?:ตอนนี้|ขณะนี้|ล่าสุด)\s?")


def read_value(found: Found, edge: frozenset[str] = EDGE_WORDS) -> Intent | None:
    if _all_slash_pairs(found.extraction):
        return None  # "ส่งแผน 28/11" a day, "ขยะ 52/100" a score out of its total: no figure
    if _PRIVATE_FIGURE_RE.search(found.extraction.masked) and not names_an_indicator(
        found.original
    ):
        return None  # "ตัวชี้วัดน้ำหนักลดของชมรมวิ่ง ผมได้ 3 โลแล้ว": a figure of one's own life
    if _NOT_TO_KEEP_RE.search(found.extraction.text):
        return None  # a figure told, not to be kept yet: no write (the card would be refused)
    if len(found.extraction.numbers) > 1 and (figure := this_years_figure(found.extraction)):
        if aimed_at(found.extraction, figure):
            return None  # "ขยะปีที่แล้ว 48.2 ปีนี้ตั้งเป้า 55": a target, no result
        found = this_year_only(found, figure)
    if len(found.extraction.numbers) > 1:
        found = ours_only(found) or found  # "ของเราขยะ 52.3 ศูนย์ภาค 5 ได้ 76.5": ours alone
    text = found.extraction.text
    # "ส่งแล้ว ครบทั้ง 3 แบบฟอร์ม": a count of the documents sent is no result.
    if all(document_count(text, n) for n in found.extraction.numbers):
        return None
    # "เหลือ 10 วันส่งแผน", "ขยะไม่ถึง 50", "ห้าสิบกว่า": a countdown, a bound or a rough
    # figure is no result; "555 ส่งแผนแล้ว เหลืออีก 16 วัน": the countdown beside another
    # figure is none either.
    figures = [n for n in found.extraction.numbers if not _no_figure(text, n)]
    if not figures:
        return None
    # "แก้ 52 เป็น 53": the last value is the new one; "ต้องเป็น 4 ไม่ใช่ 3": never one said
    # not to be, wherever it stands.
    stated = [
        n
        for n in figures
        if (not _NOT_RE.search(text[: n.start]) or _FIX_THE_LAST_RE.search(text[: n.start]))
        and not WRONG_AFTER_RE.match(text, n.end)
    ]
    if "ละ" in text:  # "เปิดครบ 3 อำเภอ อำเภอละ 8 งานบริการ": a figure for each is a condition
        stated = [n for n in stated if not _FOR_EACH_RE.search(text, 0, n.start)] or stated
    if "ไม่" in text:  # "…เป็นระดับ 3 นะคะ ระดับ 4 ยังไม่ได้รับรอง": a figure not yet reached
        stated = [n for n in stated if not _NOT_YET_AFTER_RE.match(text, n.end)] or stated
    if "ตาม" in text or "อ้างอิง" in text:
        # "…ร้อยละ 15 ตามสรุปของสำนักงานงบประมาณเขตที่ 1 - 18": the source told after the
        # figure; its numbers are no value.
        source = _SOURCE_AFTER_RE.search(text, stated[0].end if stated else 0)
        if source is not None:
            stated = [n for n in stated if n.start < source.start()] or stated
    told = len(stated)
    if "(" in text or "จาก" in text:
        stated = _workings_dropped(text, stated)
    workings = len(stated) < told
    if "เต็ม" in text:  # "ได้ 4 เต็ม 5": the full mark is no value ("5 เต็ม" is one, in full)
        stated = [n for n in stated if not _OUT_OF_RE.search(text[: n.start])] or stated
    if "จาก" in text:  # "5 Pillar จาก 7 Pillar": the whole counted from is no value
        stated = [n for n in stated if not _OUT_OF_ALL_RE.search(text[: n.start])] or stated
    if "จาก" in text and any(n.percent for n in stated):
        stated = _share_not_parts(text, stated)
    if "ข้อ" in text or "ประเด็น" in text:
        # "ได้ระดับ 5 ครับ ผ่านครบทั้ง 3 ประเด็น": the items passed, counted, are no value.
        stated = [n for n in stated if not _items_counted(text, n)] or stated
    if "หัก" in text:  # "ได้ ๔.๕ คะแนน หักเอกสารไม่ครบไป 0.5": what was cut is no value
        stated = [n for n in stated if not _CUT_RE.search(text[: n.start])] or stated
    if "เพิ่ม" in text or "ลด" in text:
        # "ตอนนี้ ๔๑ ชุดครับ เพิ่มจากเดือนที่แล้ว ๓ ชุด": the change told after a figure is none.
        stated = [n for n in stated if not _CHANGE_RE.search(text[: n.start])] or stated
    if len(stated) > 1 and "ระดับ" in text:
        # "ยกระดับได้ 6 ชุด เชื่อม GDX แล้ว 1 ชุด", "ยกระดับได้ 6 ชุด จากเป้าหมาย 7 ชุด": the
        # datasets raised are the result; the others beside them are its parts or its target.
        raised = [n for n in stated if _RAISED_RE.search(text, 0, n.start)]
        stated = raised if len(raised) == 1 else stated
    if not stated and found.extraction.dates:
        return None  # "ส่งรายชื่อทีมวันที่ 28 พ.ย. 67 ไม่ใช่ 29": the day corrected, no value
    # "ขยะใส่ 52.7 ผิด": figures typed, all said wrong; none of them is the value.
    wrong_only = not stated
    number = (stated or found.extraction.numbers)[-1]
    remainder = _REQUEST_RE.sub(" ", _NOT_VALUE_RE.sub(" ", found.remainder))
    if workings:  # the workings' words name no indicator either
        remainder = _WORKINGS_RE.sub(lambda m: " " if NUM in m[0] else m[0], remainder)
    if "ผิด" in remainder:  # "…เป็น 97.5% นะครับ พิมพ์ผิด": the slip names no indicator
        remainder = _SLIP_RE.sub(" ", remainder)
    if "นับ" in remainder:  # "…211 คน นับซ้ำไป 1", "ลืมนับชุดทะเบียนประวัติ": the slip names none
        remainder = _MISCOUNT_CLAUSE_RE.sub(" ", remainder)
    if "หัก" in remainder:  # "…คะแนน หักเอกสารไม่ครบไป 0.5": the cut told after names none
        remainder = _CUT_CLAUSE_RE.sub(" ", remainder)
    if "ตาม" in remainder or "อ้างอิง" in remainder:  # the source after the figure names none
        remainder = _SOURCE_AFTER_RE.sub(" ", remainder)
    if "ของ" in remainder:  # (each match stands right after ของ: no search of a text without)
        remainder = OF_UNIT_RE.sub(" ", remainder)
    if "เป็น" in remainder:  # "อัปเดต GD Catalog เป็น 38 ชุด": the "to" of the value, no title's
        remainder = _TO_VALUE_RE.sub(" ", remainder)
    if "เต็ม" in remainder:
        remainder = _FULL_MARK_RE.sub(" ", remainder)
    if "นี้" in remainder or "ล่าสุด" in remainder:
        # "ตอนนี้สำนักงานสิ่งแวดล้อมแจ้งตัวเลขขยะ…มาแล้ว": the time opening it names nothing.
        remainder = _NOW_FIRST_RE.sub(" ", remainder)
    # (Each match of the glued unit stands right after คะแนน or ผล: no search without them.)
    glued = "คะแนน" in remainder or "ผล" in remainder
    unit, rest = split_unit(_GLUED_UNIT_RE.sub(" ", remainder) if glued else remainder)
    if found.code and not unit and "ของ" in rest:
        # "kpi1 ของไอที = 4": beside a code, the words after ของ may name a unit by its alias
        # (settle keeps them only when they do).
        unit = _OF_WORDS_RE.search(rest)[1] if _OF_WORDS_RE.search(rest) else ""
    elif found.code and not unit and (named := content(rest, edge)):
        # "ตชว.1 ไอทีได้ ๔.๕": beside a code, a word or two and nothing else may name the unit
        # the value is told for by its alias (settle keeps them only when they do).
        unit = named if len(tokens(named)) <= _ALIAS_WORDS else ""
    words = found.code or content(rest, edge)
    words = glued_measure(found, words) + words
    if not words and STEP in found.extraction.masked:
        return None  # "step 2 = 90%": a step's progress, no indicator's result
    # "ร้อยละเทศบาลรับงบตรง 42.5": the share named before the indicator, then the figure.
    share_first = len(stated) == 1 and _SHARE_FIRST_RE.match(found.extraction.masked) is not None
    return SubmitValue(
        indicator=words,
        value=number.value,
        raw_value=as_typed(number.raw, found.original),
        percent=number.percent or share_first,
        unit=unit,
        measure=typed_measure(found, words) or _currency(number, text),
        wrong_only=wrong_only,
    )


_TURNED_AFTER_SOURCE = "แต่|แก้|ปรับ|เปลี่ยน|ส่วน|ที่ถูก|ถูกต้อง|ไม่ใช่|จริง|ใหม่"
# Where a figure told comes from, said after it to the end: "ตามสรุปของสำนักงาน…", "ตามที่
# กพร. แจ้งมา", "ตามรายงาน NISPA", "อ้างอิงประกาศผลบนเว็บ สพร.".
_SOURCE_AFTER_RE = re.compile(
    r"(?<=\s)(?:ตาม|อ้างอิง)\s?(?:ที่\s?|การ\s?)?"
    r"(?:สรุป|รายงาน|หนังสือ|ข้อมูล|ยอด|ประกาศ|แจ้ง|ผล|เอกสาร|ระบบ|[\u0e01-\u0e2e]{1,5}\.)"
    # (Never when a correction or a contrast turns after it: "…ตามที่แจ้งไว้ แก้เป็น 53.1",
    # "…ตามระบบ แต่ที่ถูกคือ 54.1": the value is the one it turns to.)
    rf"(?:(?!{_TURNED_AFTER_SOURCE})[^\n])*$"
)


def this_year_only(found: Found, figure: Number) -> Found:
    """``found`` with only this year's figure, told beside last year's ("ขยะปีกลาย 48.2 ปีนี้
    52.3"): the years' words and last year's figure name no indicator."""
    remainder = YEAR_WORDS_RE.sub(" ", THIS_YEAR_RE.sub(" ", found.remainder))
    extraction = replace(found.extraction, numbers=(figure,))
    return replace(found, extraction=extraction, remainder=remainder)


def _read_bare_correction(found: Found) -> Intent | None:
    """ "ไม่ใช่ แก้เป็น 7", "ไม่ใช่ 12 ครับ 21": the value of the card just shown, said again
    with nothing else named; the indicator is left for the handler to ask or the card to give."""
    if _LAUGH_OPENS_RE.match(found.extraction.text):
        return None  # "5555 พิมพ์ผิดอีกละ": a laugh at a slip, no value
    if _COUNTED_RE.search(found.extraction.masked):
        return None  # "พิมพ์ผิด 2 ครั้งแล้ว", "ผิด 3 ข้อ": how often or how much was wrong
    read = read_value(found, VALUE_CORRECTING)
    if not isinstance(read, SubmitValue) or read.indicator or read.unit or found.code:
        return None
    return replace(read, correction=True)


def _read_named_correction(found: Found) -> Intent | None:
    """ "กองนิติการแก้เป็น 3.8 ไม่ใช่ 3.5": the new value of what the words name (a unit, an
    indicator); words naming neither are no correction of a value."""
    read = read_value(found)
    if not isinstance(read, SubmitValue) or not (read.unit or read.indicator or found.code):
        return None
    if read.unit or found.code:
        return read
    if not content(read.indicator, VALUE_CORRECTING):
        return _read_bare_correction(found)  # "โทษทีครับ แก้เป็น 61.53": the slip's words alone
    # "แก้นิดนึงค่ะ เป็น 47", "สลับเลขค่ะ ที่ถูกคือ 61.5": words of the slip alone name nothing,
    # the value answers the card.
    return _read_bare_correction(found) or read


def _read_pointed_correction(found: Found) -> Intent | None:
    """ "ผลพึงพอใจที่ถูกคือ 88.1 ไม่ใช่ 81.8": the right figure of what the words name, told
    perhaps for whoever passed it on ("กองพัฒนาระบบแจ้งว่า…": their name ends at the telling)."""
    if "ว่า" in found.remainder:
        found = replace(found, remainder=_TOLD_THAT_RE.sub(" ", found.remainder))
    return _read_named_correction(found)


def _read_figure_corrected(found: Found) -> Intent | None:
    """ "แก้ตัวเลขค่ะ ความพึงพอใจ 91.2 ไม่ใช่ 92.1": the new figure of the indicator the words
    name (settle keeps it only then); the slip's words name none."""
    read = read_value(found, VALUE_CORRECTING)
    if not isinstance(read, SubmitValue) or not read.indicator or found.code:
        return read if isinstance(read, SubmitValue) and found.code else None
    return replace(read, news=True)


_TOLD_THAT_RE = re.compile(r"(?:แจ้ง|บอก|ยืนยัน)\s?(?:มา)?\s?ว่า")
_LAUGH_OPENS_RE = re.compile(r"5{3,}(?![\d.,])")
# A count of times ("2 ครั้ง", "3 รอบ", "2 ที"), or of things said to be wrong ("ผิด 3 ข้อ"):
# no value said again.
_COUNTED_RE = re.compile(
    r"NUM\s?(?:ครั้ง|ที(?![่้])|หน(?![่้ัา])|รอบ)|ผิด\s?(?:ไป\s?)?NUM\s?(?:ข้อ|คน|ตัว|อัน|จุด)"
)
# "ขอแก้ตัวเลขเป็น 401", "แก้ค่าเป็น 58.2": the figure named as a figure, no indicator.
CORRECTION_WORDS = (
    "แก้เป็น|ไม่ใช่|ที่ถูกคือ|ที่ถูกต้องคือ|ต้องเป็น|พิมพ์ผิด|ผิด|แก้ไขเป็น|แก้ตัวเลขเป็น|แก้ไขตัวเลขเป็น|แก้ค่าเป็น|แก้ไขค่าเป็น"
)


def _read_reached(found: Found) -> Intent | None:
    """ "ศทส. ได้ระดับ 3", "กองคลังได้ 4 คะแนน": a score reached, told of a unit or an indicator
    of the plan; of anything else ("ทีมฟุตบอลได้ 3 คะแนน", "ลูกชายสอบได้คะแนน 95") it is chat,
    unless its word or two name a unit by its alias ("ไอทีได้ 4 คะแนน"), which settle tells."""
    read = _reached(found)
    if read is None and (closed := _CLOSED_THEN_REMARK_RE.search(found.remainder)):
        # "หลักสูตรการสอบแข่งขัน ได้ระดับ 5 แล้วค่ะ ร่างหลักสูตรเสร็จครบ": the sentence of the
        # level closed, then a remark on the work done: the level is read without it.
        read = _reached(replace(found, remainder=found.remainder[: closed.start("remark")]))
    return read


def _reached(found: Found) -> Intent | None:
    read = read_value(_this_year_dropped(found))
    if not isinstance(read, SubmitValue) or found.code:
        return read
    if read.unit or INDICATOR_RE.search(read.indicator):
        return read
    # A keyword typed cut short ("อุตฯเชิงนิเวศ ได้ระดับ 4"): its long form names the indicator.
    if INDICATOR_RE.search(report_words().long_forms(read.indicator)):
        return read
    return _named_by_alias(read)


# The figure's sentence closed ("… NUM แล้วค่ะ"), then more words: a remark after it.
_CLOSED_THEN_REMARK_RE = re.compile(
    r"NUM(?:\s?(?:คะแนน|ระดับ))?\s?แล้ว\s?(?:ค่ะ|ครับ|คับ|ค่า|จ้า|นะคะ|นะครับ|นะ)+\s+(?P<remark>\S.*)$"
)


def _named_by_alias(read: SubmitValue) -> SubmitValue | None:
    """``read`` as news when its words are a name or two and nothing else ("ไอที", "IT"):
    settle keeps it when they name a unit of the organisation ("ลูก", "แมว" are chat)."""
    # "ระดับความพร้อมฯ ได้ระดับ 4": the abbreviation mark cuts the name short, no word of its own.
    named = _CUT_SHORT_RE.sub("", read.indicator)
    if not named or len(tokens(named)) > _ALIAS_WORDS:
        return None
    return replace(read, indicator=named, news=True)


_CUT_SHORT_RE = re.compile(r"(?<=[\u0e01-\u0e4e])ฯ(?=\s|$)")


_ALIAS_WORDS = 2
# "ปีนี้กองคลังได้ระดับ 4": when the score was reached names nothing (and is glued to the unit).
_THIS_YEAR_RE = re.compile(r"^\s*(?:ปีนี้|รอบนี้|ตอนนี้|ล่าสุด)")


def _this_year_dropped(found: Found) -> Found:
    if _THIS_YEAR_RE.match(found.remainder) is None:
        return found
    return replace(found, remainder=_THIS_YEAR_RE.sub(" ", found.remainder))


def _read_unit_score(found: Found) -> Intent | None:
    """ "กนต.ได้4.5": a unit's name, "ได้" and one value, and nothing else, is its score told;
    with any other word ("ลูกได้ 4.5", "ได้ 3 วันแล้ว") it is not read so."""
    if len(found.extraction.numbers) != 1 or found.code:
        return None
    if found.extraction.masked.partition(NUM)[2].strip() not in ("", "คะแนน"):
        return None  # "กองคลังได้ 2 คน": a count, no score
    read = read_value(_this_year_dropped(found))
    if not isinstance(read, SubmitValue) or read.measure:
        return None
    if read.unit and read.indicator:
        # "ระดับความสำเร็จของกองกลาง ได้ ๓": the indicator's title and the unit's name;
        # settle keeps it when the words name an indicator of the organisation.
        return replace(read, news=True)
    return read if read.unit else _named_by_alias(read)


def _read_unit_score_corrected(found: Found) -> Intent | None:
    """ "ไม่ใช่ 3 ครับ กองคลังได้ 4", "ผิดค่ะ ของกองกลางต้องเป็น 4.75", "ผิดครับ ศทส.ได้ 3.5 ไม่ใช่ 3":
    a no to the card (perhaps its figure said not to be), then a unit's score told bare (the
    unit's, of the card's indicator), and nothing else."""
    masked = found.extraction.masked
    told = _UNIT_SCORE_CORRECTED_RE.match(masked)
    if told is None or found.code:
        return None
    read = read_value(found, VALUE_CORRECTING)
    if not isinstance(read, SubmitValue) or not read.unit or read.measure:
        return None
    if content(read.indicator, VALUE_CORRECTING):
        return None  # "ไม่ใช่ 3 ครับ กองคลังได้ 4 คน": more than a score
    return replace(read, indicator="", correction=True)


# "ไม่ใช่ NUM ครับ <unit>ได้ NUM", "ผิดค่ะ ของ<unit>ต้องเป็น NUM", "ไม่ถูกครับ <unit>ได้ NUM ไม่ใช่
# NUM": a no (the figure it denies, or a particle or a space, after it: "ไม่ใช่กองกลางได้ 4.75"
# denies the unit), then a unit's score told bare, the old figure perhaps said not to be after it.
_UNIT_SCORE_CORRECTED_RE = re.compile(
    r"\s?(?:ไม่ใช่|ไม่\s?ถูก(?:\s?ต้อง)?|ผิด)"
    r"(?:\s?NUM\s?(?:คะแนน\s?)?(?:ครับ|ค่ะ|คะ|นะ|จ้า|\s)*|(?:ครับ|ค่ะ|คะ|นะ|จ้า)*\s)"
    r"(?:ของ\s?)?\S+?\s?(?:ได้|ต้องเป็น|เป็น)\s?NUM\s?(?:คะแนน)?(?:\s?ไม่ใช่\s?NUM\s?(?:คะแนน)?)?"
    r"(?:ครับ|ค่ะ|คะ|นะ|จ้า|\s)*$"
)


# Asked, wished, supposed or denied: no score told.
_NOT_TOLD = (
    "ไหม|มั้ย|หรือ|รึ|เปล่า|ป่าว|ต้อง|ควร|ถึงจะ|จะ|เกณฑ์|ถ้า|หาก|อยาก|เป้า|ไม่|ยัง|มั้ง|คง|เต็ม|เท่าไ|กี่|อะไร|ใช่|ป่ะ|?"
)


def _read_unit_measure(found: Found) -> Intent | None:
    """ "กนต score 3.95", "ศทส. คะแนน 4": a unit's name, its measure word and one value, and
    nothing else (a request to record it at most), is its score told."""
    if len(found.extraction.numbers) != 1 or found.code:
        return None
    if content(_REQUEST_RE.sub(" ", found.extraction.masked.partition(NUM)[2])):
        return None  # "ศทส. คะแนน 4 ขั้นตอน": more than a score
    read = read_value(found)
    if not isinstance(read, SubmitValue) or _names_an_indicator(read.indicator):
        return None  # "DG Readiness ระดับ 4": the indicator's rules read it, its measure kept
    if read.unit and not read.indicator:
        return replace(read, measure="")  # the cue's own word: a unit's score
    return None if read.unit else _named_by_alias(read)


def _names_an_indicator(words: str) -> bool:
    """Whether words hold an indicator's word, or one typed cut short ("อุตฯเชิงนิเวศ")."""
    return bool(INDICATOR_RE.search(words) or INDICATOR_RE.search(report_words().long_forms(words)))


def _read_news(found: Found) -> Intent | None:
    # "หน่วยรับงบตรง…", "ค่าไฟ…": the nouns of a name stay, the news is judged by all of it.
    read = read_value(found, _VALUE_EDGE)
    if not isinstance(read, SubmitValue):  # a count of documents sent is no value
        return read
    return replace(read, news=True) if read.indicator and not found.code else read


_NOUNS = frozenset(("หน่วย", "หน่วยงาน", "ค่า", "ผล", "ตัว", "การ"))
_VALUE_EDGE = EDGE_WORDS - _NOUNS  # built once, not for each message


_NEWS_WORDS = "|".join(
    f"{change}{to}"
    for change in ("เพิ่ม", "เพิ่มขึ้น", "ขึ้น", "ลด", "ลดลง", "โต", "ขยับ", "ขยับขึ้น")
    for to in ("เป็น", "มาเป็น", "เหลือ", "มาที่", "ไปที่")
)


def _read_titled_percent(found: Found) -> Intent | None:
    """ "ความพึงพอใจผู้ใช้ระบบ 88.5%": words and a percent after them, and nothing else, are a
    value of the indicator the words call by its title (no keyword of the report vocabulary);
    settle keeps it only when they name an indicator of the organisation ("ลดราคา 50%" is
    chat), as it does news of a change."""
    numbers = found.extraction.numbers
    if len(numbers) != 1 or not numbers[0].percent:
        return None
    before, _, after = found.extraction.masked.partition(NUM)
    if content(after) or any(p in before.split() for p in PLACEHOLDERS):
        return None
    read = read_value(found)
    return replace(read, news=True) if isinstance(read, SubmitValue) and read.indicator else None


def _read_total(found: Found) -> Intent | None:
    """ "หมู่บ้าน/ชุมชนทั้งหมด 1,357 แห่ง ไม่พบปัญหา 1,048 แห่ง คิดเป็น 77.23%", "ผู้เยี่ยมเยือน
    2.1 ล้านคน รายได้รวม 1,495.6 ล้านบาท": the figures it is worked out from, each with its
    measure word, then the share or total worked out last, and nothing after it; news of the
    indicator the words name (settle keeps it only then: "ค่าอาหาร 3 มื้อ รวม 450 บาท" is chat)."""
    numbers = found.extraction.numbers
    masked = found.extraction.masked
    if len(numbers) < 2 or content(_MEASURE_AFTER_RE.sub(" ", masked.rpartition(NUM)[2])):
        return None
    last = _TOTAL_RE.search(masked)
    if last is None or masked.find(NUM, last.end()) >= 0:
        return None  # the total is the last figure told
    words = _PART_RE.sub(" ", masked[: last.start()])
    if any(p in words.split() for p in PLACEHOLDERS):
        return None
    read = read_value(replace(found, remainder=words))
    return replace(read, news=True) if isinstance(read, SubmitValue) and read.indicator else None


# The share or the total worked out: "คิดเป็น 77.23%", "คิดเป็นร้อยละ 84", "รายได้รวม 1,495.6".
_TOTAL_RE = re.compile(rf"(?:คิดเป็น|รวม|ทั้งสิ้น)\s?{NUM}")
# A figure it is worked out from, with its measure word: "1,357 แห่ง", "2.1 ล้านคน".
_PART_RE = re.compile(
    rf"{NUM}\s?(?:ล้าน|พัน|หมื่น|แสน)?\s?[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]*"
)
# What may follow the total: its measure word ("ล้านบาท", "แห่ง").
_MEASURE_AFTER_RE = re.compile(r"^\s?(?:ล้าน)?\s?(?:บาท|คน|ราย|แห่ง|ตัน|ชุด|ครั้ง|หมู่บ้าน|อำเภอ|เรื่อง)")


def _read_to_record(found: Found) -> Intent | None:
    """A value and a request to record it: news of the indicator its words name, none without
    words ("ลงระบบให้แล้ว 3 รอบ"), nor once done ("ลงให้แล้ว")."""
    if _RECORDED_RE.search(found.extraction.text):
        return None
    read = _read_news(found)
    return read if not isinstance(read, SubmitValue) or read.indicator else None


def _read_titled_result(found: Found, opening: str = "ผล") -> Intent | None:
    """ "ผลระดับความสำเร็จกองเรา 4.5 ลงให้ที": "ผล", words, one value and nothing after it but
    a request to record it; settle keeps it when the words name an indicator of the
    organisation, as it does news."""
    masked = found.extraction.masked
    if len(found.extraction.numbers) != 1 or not masked.lstrip().startswith(opening):
        return None
    _, _, after = masked.partition(NUM)
    if content(_REQUEST_RE.sub(" ", after)):
        return None
    read = read_value(found)
    return replace(read, news=True) if isinstance(read, SubmitValue) and read.indicator else None


def _read_titled_level(found: Found) -> Intent | None:
    """ "ระดับความสำเร็จของ สป.รง. 4.45": a title opened by its measure, one value closing it,
    read as "ผล…" is (settle keeps it when the words name an indicator of the organisation)."""
    return _read_titled_result(found, "ระดับความสำเร็จ")


def _read_hint(found: Found) -> Intent | None:
    if _LATER_RE.search(found.extraction.text):
        return None  # "เดี๋ยวพรุ่งนี้จะส่งรายงานผล": a promise to send later, no request
    indicator = found.code or content(found.remainder)
    if indicator:
        return IndicatorQuery(indicator)
    # "อัปเดตหน่อย", "มีอัปเดตอะไรบ้าง": news asked for, not a result to store ("อัปเดตผล").
    text = found.extraction.text
    return Status() if _UPDATE_RE.search(text) and "ผล" not in text else Help()


def _currency(number: Number, text: str) -> str:
    """ "บาท" typed right after a value in digits alone ("1,650,000,000 บาท"; "1.6 พันล้านบาท"
    is in ล้าน already), else ""."""
    plain = number.raw.strip().replace(",", "").replace(".", "").isdigit()
    return "บาท" if plain and _BAHT_RE.match(text[number.end :]) else ""


_MILLION = "ล้าน"
_BAHT_RE = re.compile(r"\s*บาท")
# A value said not to be, or typed before by mistake: "ไม่ใช่ 3", "เมื่อกี้พิมพ์ 1,460",
# "ตอนแรกใส่ผิดเป็น 51", "ตะกี้พิมพ์สลับเป็น 87.02" (the digits swapped), "จากเดิม 52".
OLD_VALUE = (
    r"ไม่ใช่|(?:เมื่อกี้|เมื่อกี๊|ตะกี้|ตะกี๊|ตอนแรก|ทีแรก)\s?(?:(?:พิมพ์|ใส่|กรอก|ส่ง)\s?)?"
    r"(?:(?:ผิด|สลับ)\s?)?(?:ไป\s?)?(?:เป็น)?"
    r"|(?:พิมพ์|ใส่|กรอก)\s?(?:ผิด|สลับ)\s?(?:ไป\s?)?(?:เป็น)?|(?:ค่า|จาก)?เดิม"
)
_NOT_RE = skipping(re.compile(rf"(?:{OLD_VALUE})\s*$"))
# The entry just made, asked to be fixed to a figure: "แก้ผลเมื่อกี้เป็น 16" (the new one).
_FIX_THE_LAST_RE = re.compile(r"แก้\S*\s?(?:เมื่อกี้|เมื่อกี๊)\s?เป็น\s*$")
_HEADS_RE = re.compile(r"\s*(?:คน|ท่าน|รายชื่อ)")
# A form named by its number, or a list of them: "ฟอร์ม 1 2 3", "แบบฟอร์มที่ 2", "ฟอร์ม2".
_FORM_NAMED_RE = re.compile(r"(?:ฟอร์ม|form)\s?(?:ที่|หมายเลข)?\s?(?:\d\s?(?:,|และ|กับ|-|–)?\s?)*$")
# "แผนพัฒนา… ระยะ 3 ปี": how many years a plan spans.
_SPAN_RE = re.compile(r"ระยะ\s?$")
_TEAM_LIST_RE = re.compile(r"รายชื่อ|(?<!เรียน)ทีม(?!งาน)|team")
_ACTIVITIES_RE = re.compile(r"\s*(?:กิจกรรม|แผนงาน|โครงการ)")
_ALL_OF_RE = re.compile(r"(?:ครบ|ทั้ง|ครบทั้ง|รวม)\s*$")
# "ลงทะเบียนชุดข้อมูลครบ 74 ชุด", "Master Data ยกระดับครบ 6 ชุด": the datasets registered or
# raised are what an indicator counts.
_REGISTERED_RE = re.compile(r"ลงทะเบียน|ขึ้นทะเบียน|ชุดข้อมูล|ยก\s?ระดับ")
_RAISED_RE = re.compile(r"ยก\s?ระดับ\s?(?:ได้|แล้ว|ครบ)?\s?(?:แล้ว\s?)?$")
_DOCUMENT_COUNT_RE = re.compile(r"\s*(?:แบบฟอร์ม|ฟอร์ม|form|ไฟล์|file|ฉบับ|ชุด|มิติ|ขั้นตอน)")
_NOT_VALUE_RE = lead(
    re.compile(
        rf"(?:{OLD_VALUE})\s*{NUM}|(?:(?:{DATE}|เมื่อกี้|ตอนแรก)\s?)?(?:ใส่|พิมพ์|กรอก|ลง)?\s?{NUM}\s?ผิด"
    )
)
_CUT_RE = re.compile(r"หัก[^\d]{0,30}$")
# A change since a past round, right before its figure: "เพิ่มจากเดือนที่แล้ว ๓", "ลดลง 2".
_CHANGE_RE = re.compile(
    r"(?<=\S\s)(?:เพิ่ม|ลด)(?:ขึ้น|ลง)?\s?(?:จาก\s?(?:เดือน|ปี|ไตรมาส|รอบ|ครั้ง)\S*\s?)?(?:อีก\s?)?$"
)
# A share named first, with no figure after it: "ร้อยละเทศบาลรับงบตรง NUM".
_SHARE_FIRST_RE = re.compile(r"\s?(?:ผล\s?)?(?:ร้อยละ|เปอร์เซ็นต์)(?!\s?NUM)")
_TO_VALUE_RE = re.compile(rf"(?<!ยกระดับ)(?<!ยกระดับ )เป็น\s?(?={NUM})")
# "5 Pillar จาก 7", "45 จาก 60 ตัน": a figure, its measure word, then "จาก" before the whole.
_OUT_OF_ALL_RE = re.compile(r"\d\s?(?:[^\s\d]+\s?)?จาก\s?(?:ทั้งหมด\s?)?$")
# A count out of a whole ("311 แห่งจาก 2,190", "53 จาก 58 ชุด"), and a share counted from
# those told after it ("ร้อยละ 87.5 จากผู้ตอบแบบสำรวจ 1,240 ราย").
_PART_OF_RE = re.compile(r"\s?(?:[^\s\d()]{1,6}\s?)?จาก\s?\d")
_SHARE_OF_RE = re.compile(r"\s?(?:นะ\S{0,3}\s?)?จาก(?!เดิม)")
# "ได้ 4 เต็ม 5", "4 จากเต็ม 5": the full mark before a value; "5 เต็ม" beside it says it is full.
_OUT_OF_RE = re.compile(r"เต็ม\s*$")
_FULL_MARK_RE = re.compile(rf"(?<={NUM})\s?เต็ม|เต็ม(?=\s?{NUM})")
# "ของไอที", "ของ IT": the word after ของ.
_OF_WORDS_RE = re.compile(r"ของ\s?(\S+)")
_MISCOUNT_CLAUSE_RE = re.compile(rf"{MISCOUNT}\S*(?:\s?(?:ไป|มา|อีก))*(?:\s?(?:\d{{1,3}}|{NUM}))?")
_CUT_CLAUSE_RE = re.compile(r"(?:โดน|ถูก)?\s?หัก(?!ล้าง).*$")
_SLIP_RE = re.compile(r"(?:พิมพ์|ใส่|กรอก|(?<!แป)ลง|บันทึก)\s?ผิด(?:\s?(?:ไป|นะ|ครับ|ค่ะ|คะ))*")
# "ผลตัวชี้วัดที่ 1 ของกองกลาง 3.5": the unit whose result it is, named after "ของ".
OF_UNIT_RE = re.compile(rf"(?<=ของ)(?=(?:{UNIT_PREFIXES})[\u0e01-\u0e4e])")
# The request to record a value names no indicator: "ขออนุญาตแจ้ง…", "ขอความกรุณาบันทึกใน
# ระบบด้วย", "ฝากลงระบบด้วย", "ลงให้ที".
_REQUEST_RE = Guarded(
    lead(
        re.compile(
            r"ขออนุญาต(?:แจ้ง|รายงาน)?|(?:ขอ)?ความกรุณา|กรุณา"
            r"|(?:ฝาก|ช่วย)?(?:บันทึก|ลง|ใส่|กรอก)?(?:ลง|ใน|เข้า)\s?ระบบ|ฝาก(?:บันทึก|ลง)?|ลงให้"
        )
    )
)
# "บันทึกคะแนนกองคลังตัวชี้วัดที่ 1": a unit's name glued after the measure word starts a word.
_GLUED_UNIT_RE = re.compile(rf"(?:(?<=คะแนน)|(?<=ผล))(?=(?:{UNIT_PREFIXES})[\u0e01-\u0e4e])")
# Will send, later: "จะส่ง", "จะรีบบันทึก".
_RECORD_WORDS = "ลงระบบ|ลงให้|ฝากลง|ใส่ระบบ|ใส่ให้|กรอกให้|บันทึกให้|เข้าระบบให้"
_RECORDED_RE = re.compile(rf"(?:{_RECORD_WORDS})\s?แล้ว")
_LATER_RE = re.compile(r"จะ\s*(?:รีบ\s*)?(?:ส่ง|รายงาน|บันทึก|กรอก|ใส่|อัปเดต|อัพเดต|อัพเดท|อัปเดท|แก้)")
UPDATE_WORDS = "อัปเดต|อัพเดต|อัพเดท|อัปเดท|update"
_UPDATE_RE = skipping(re.compile(phrase_search_regex(UPDATE_WORDS)))
_TRUTH_NOW = "จริงๆ|จริง ๆ"
_SLIP_OWNED = "ขอโทษ|ขออภัย|โทษที|เมื่อกี้|เมื่อกี๊|ตอนแรก|ทีแรก"
SUBMIT_WORDS = f"ส่งผล|รายงานผล|บันทึกผล|บันทึก|{UPDATE_WORDS}|แก้ไขผล|แก้ผล|แก้ไข|กรอกผล|ใส่ผล|ส่งค่า|submit"
# A remark on the target told after a result: "ขยะได้ 52.3 ค่ะ ห่างเป้านิดเดียว", "…เทียบกับเป้าปีนี้
# ถือว่าดี", "…ถึงเป้าแล้ว".
_TARGET_REMARK = (
    "ห่างเป้า|ห่างจากเป้า|เทียบกับเป้า|เทียบเป้า|ถึงเป้า|เข้าเป้า|ตามเป้า|เกินเป้า|ต่ำกว่าเป้า|ใกล้เป้า|ทะลุเป้า"
)
_TARGET_REMARK_RE = re.compile(rf"(?:ยัง\s?)?(?:ไม่\s?)?(?:{_TARGET_REMARK})")
_COUNTED_REMARK_RE = re.compile(r"บรรลุ|ตัวชี้วัด|จาก|\d\s?(?:ตัว|ข้อ|ครั้ง|ขั้น|มิติ)")
# Before the figure, words making it no result: required ("ต้องได้", "ควรได้", "ถึงจะ"), wished
# ("อยากได้", "อยากให้"), supposed ("ถ้า", "สมมติ"), expected ("คาดว่า", "น่าจะ") or the target's
# own ("ขยะเป้า 52.3").
_NO_RESULT_BEFORE_RE = re.compile(r"ต้อง|ควร|อยาก|ถึงจะ|จึงจะ|ถ้า|หาก|สมมติ|คาดว่า|น่าจะ|เป้า")


def _read_remarked_result(found: Found) -> Intent | None:
    """A result told, then a remark on where it stands against the target: the result, when
    one figure comes before the remark and the words before it name an indicator (asked,
    "ยาเสพติด 74.94 ยังห่างเป้ามาตรฐานอีกเท่าไหร่", it is the tier's question)."""
    extraction = found.extraction
    text = extraction.text
    if len(extraction.numbers) != 1 or asks(text, found.original) or STEP in extraction.masked:
        return None
    if _COUNTED_REMARK_RE.search(text) or _NOT_TO_KEEP_RE.search(text):
        # "บรรลุ 7 ตัว ถึงเป้าแล้ว": indicators of the plan counted, its results; "…ถึงเป้า แต่ยัง
        # ไม่ต้องบันทึกนะ": told not to be kept (the words after the remark count too).
        return None
    remark = _TARGET_REMARK_RE.search(text)
    if remark is None or remark.start() < extraction.numbers[0].end:
        return None
    before = extraction.masked[: extraction.masked.find(NUM)]
    if _NO_RESULT_BEFORE_RE.search(before) or YEAR_WORDS_RE.search(before) or YEAR in before:
        # "ขยะต้องได้ 52.3 ถึงจะถึงเป้า", "ขยะเป้า 52.3 …": a figure required or aimed at; "ปีที่
        # แล้วขยะได้ 52.3 ถึงเป้าพอดี": a past year's, left to the baseline's rules.
        return None
    start = remark.start()
    masked_remark = _TARGET_REMARK_RE.search(extraction.masked)
    masked_cut = masked_remark.start() if masked_remark else len(extraction.masked)
    remainder_remark = _TARGET_REMARK_RE.search(found.remainder)
    trimmed = replace(
        found,
        extraction=replace(
            extraction,
            text=text[:start] + " " * (len(text) - start),
            masked=extraction.masked[:masked_cut].rstrip(),
        ),
        remainder=found.remainder[: remainder_remark.start()] if remainder_remark else "",
    )
    read = read_value(trimmed)
    told = isinstance(read, SubmitValue) and read.indicator and not read.wrong_only
    return read if told else None


# fmt: off
SPECS = (
    IntentSpec(SubmitValue, handle_submit_value, (
        # "ขยะได้ 52.3 ค่ะ ห่างเป้านิดเดียว": a result, with a remark on the target after it.
        Rule(("NUM", _TARGET_REMARK), 675, _read_remarked_result, number=True, keep=True),
        Rule((f"{SUBMIT_WORDS}|ส่ง|=|ผลได้|ได้ผล|ผลคือ|แจ้งผล",), 600, read_value, number=True),
        # A correction answering the card, the new value alone: above a no ("ไม่ใช่") and a laugh.
        Rule((CORRECTION_WORDS,), 1011, _read_bare_correction, number=True),
        # The slip owned, then the truth: "ขอโทษค่ะ เมื่อกี้ใส่ 11 ชุด จริงๆ 12 ชุด".
        Rule((_TRUTH_NOW, _SLIP_OWNED), 1011, _read_bare_correction, number=True),
        # "ส่งผล" with no value: show the indicator named, else how to submit (Help).
        Rule((SUBMIT_WORDS,), 300, _read_hint, number=False),
        # A score or a tier reached, whoever's: "ศทส. ได้ระดับ 3", "กองกลางได้ 3.5 คะแนน".
        Rule(("ได้ระดับ|ได้คะแนน|ได้ NUM คะแนน|ได้ NUM ระดับ",), 151, _read_reached, number=True,
             unless="ต้อง|ควร|ถึงจะ|จะได้|เกณฑ์|ถ้า|หาก|อยาก|เป้า|ไม่ได้|ยังไม่|ได้ยิน|มั้ง|คง|เต็ม"),
        # A unit's score told bare, spaced or not: "กนต.ได้4.5", "กองคลังได้ 3 ค่ะ".
        Rule(("ได้ NUM",), 152, _read_unit_score, number=True, unless=_NOT_TOLD),
        # A unit's score told after a no to the card: "ไม่ใช่ 3 ครับ กองคลังได้ 4", "ผิดค่ะ
        # ของกองกลางต้องเป็น 4.75", "ไม่ใช่ค่ะ กองการเจ้าหน้าที่ได้ ๔".
        Rule(("ไม่ใช่|ไม่ถูก|ผิด", "ได้ NUM|ต้องเป็น NUM|เป็น NUM"), 7861, _read_unit_score_corrected,
             number=True, unless=QUESTION),
        # A unit's score after its measure word: "กนต score 3.95", "ศทส. คะแนน 4".
        Rule(("คะแนน NUM|ระดับ NUM",), 153, _read_unit_measure, number=True, unless=_NOT_TOLD),
        # A unit's or an indicator's value corrected: "กองกลางแก้เป็น 4.45 ไม่ใช่ 4.5",
        # "แก้ความพึงพอใจเป็น 88.1%" (a bare "แก้เป็น 3" answers the card: 1011).
        Rule(("แก้|แก้ไข", "เป็น NUM"), 605, _read_named_correction, number=True),
        # The figure corrected, the new one before the old: "แก้ตัวเลขนะครับ ความพึงพอใจ 88.1
        # ไม่ใช่ 81.8"; news, kept by settle when the words name an indicator.
        Rule(("แก้ตัวเลข|แก้ไขตัวเลข|แก้|แก้ไข", "NUM ไม่ใช่ NUM"), 606, _read_figure_corrected,
             number=True),
        # The right figure pointed at after what it is of: "ผลพึงพอใจที่ถูกคือ 88.1 ไม่ใช่ 81.8".
        Rule(("ที่ถูกคือ NUM|ที่ถูกต้องคือ NUM",), 604, _read_pointed_correction, number=True),
        # News of a change ("หน่วยรับงบตรงเพิ่มเป็น ๒๐ แล้วนะ"): settle keeps it when the words
        # name an indicator of the organisation ("ราคาน้ำมันขึ้นเป็น 40 แล้ว" is chat).
        Rule((_NEWS_WORDS,), 142, _read_news, number=True),
        # A value with a request to record it ("รายได้… 1,588.40 ล้านบาท ลงระบบให้ด้วย"): kept by
        # settle when the words name an indicator of the organisation.
        Rule((_RECORD_WORDS,), 143, _read_to_record, number=True, unless=_LATER_RE),
        # A count or share reached ("ลงทะเบียนชุดข้อมูลครบ 74 ชุดแล้ว"): news, kept by settle
        # when the words name an indicator of the organisation.
        Rule((f"ครบ {NUM}",), 141, _read_news, number=True,
             unless="ไหม|มั้ย|หรือยัง|รึยัง|หรือเปล่า|ไม่ใช่|ถ้า|หาก|ต้อง|ควร|ยังไม่|ไม่ครบ|เป้า|จะ"),
        # An indicator and a value and nothing else ("ขยะ 52.3") is a submission.
        Rule((INDICATOR_WORDS,), 120, read_value, number=True, keep=True),
        # The figures a share or a total is worked out from, then it: "…คิดเป็น 77.23%".
        Rule(("คิดเป็น NUM|รวม NUM|ทั้งสิ้น NUM",), 111, _read_total, number=True, keep=True),
        # Words of a title and a percent and nothing else ("ความพึงพอใจผู้ใช้ระบบ 88.5%").
        Rule((NUM,), 110, _read_titled_percent, number=True, keep=True),
        # "ผล" and words of a title and a value and nothing else ("ผลระดับความสำเร็จ 4.5").
        Rule(("ผล",), 105, _read_titled_result, number=True, keep=True),
        # The same opened by the title's measure: "ระดับความสำเร็จของ สป.รง. 4.45".
        Rule(("ระดับความสำเร็จ",), 101, _read_titled_level, number=True, keep=True,
             unless=QUESTION),
    )),
)
# fmt: on
