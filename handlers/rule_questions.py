"""Questions about the plan's rules: their intent rules, and the handler that answers them.

"หักคะแนนอะไรบ้าง", "ส่งแผนทางอีเมลได้มั้ย", "3 มิติ มีอะไรบ้าง", "ประชุมชี้แจงวันไหน",
"รอบ 1 มีขั้นตอนไหนบ้าง", "อยากได้ระดับ 5 ต้องทำอะไรบ้าง", "ทำไมกองคลังได้ 2.5",
"แบบฟอร์ม 4 คืออะไร": each topic is answered by ``handlers.rule_topics`` from the plan data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from handlers.common import milestone_indicators, missing_organisation
from handlers.context import Context
from handlers.intent_spec import IntentSpec
from handlers.intents import Aspect, IndicatorQuery, RuleQuestion, RuleTopic, Status
from handlers.nlu.evidence import FORM_SHORT_RE
from handlers.nlu.guards import Guarded, lead
from handlers.nlu.matcher import Rule
from handlers.nlu.patterns import (
    CHANNEL_WORDS,
    EDGE_WORDS,
    INDICATOR_WORDS,
    QUESTION,
    phrase_regex,
    phrase_search_regex,
    words,
)
from handlers.nlu.questions import asks
from handlers.nlu.slots import (
    INDICATOR_RE,
    Found,
    channel_of,
    content,
    names_the_plan,
    split_unit,
)
from handlers.nlu.story import without_story
from handlers.queries import FIGURE_UNITS, handle_indicator_query, known_organisation_names
from handlers.replies import Reply, TextMessage, text_reply
from handlers.rule_topics import ANSWERS, pmqa_levels
from kpi_core.org_names import squash
from kpi_core.report import DEFAULT_KEYWORDS
from kpi_core.thai_dates import ABBR_MONTHS

_FILLER = EDGE_WORDS | frozenset(words("โดน|ถูก|บ้าง|ไม่|ทำไม|อยาก|ทั้ง|หมด|เท่า|กัน|NUM"))


def handle_rule_question(intent: RuleQuestion, ctx: Context) -> Reply:
    """The answer the plan's data gives to a question about its rules."""
    org = ctx.organisation
    if org is None:
        return missing_organisation(ctx)
    if intent.pmqa:
        return pmqa_levels(intent.number)
    if intent.indicator:
        return _report_score_reason(intent, ctx)
    indicators = milestone_indicators(org)
    if not indicators:
        name = org.short_name or org.name
        return text_reply(
            f"ตัวชี้วัดของ {name} มาจากรายงานผลการประเมิน ไม่มีขั้นตอน รอบ หรือเกณฑ์หักคะแนนแบบแผน"
            "\nถามเกณฑ์ของตัวชี้วัดได้ เช่น 'เกณฑ์ PMQA'"
        )
    return ANSWERS[intent.topic](intent, ctx, indicators[0])


def _report_score_reason(intent: RuleQuestion, ctx: Context) -> Reply:
    """Why a report's indicator scored what it did: how its score comes about, then its
    assessed items (which passed, which did not)."""
    items = handle_indicator_query(IndicatorQuery(intent.indicator, Aspect.ITEMS), ctx)
    note = TextMessage("คะแนนของตัวชี้วัดนี้มาจากผลการประเมินตามรายงาน: ผลเทียบกับเกณฑ์ และข้อที่ผ่านหรือไม่ผ่านครับ")
    return replace(items, messages=(note, *items.messages))


# How a score's reason is asked, around the indicator's name: "ได้เท่านี้", "ที่มาของคะแนน".
_WHY_WORDS = frozenset(words("เท่านี้|แค่นี้|ที่มา|ที่มาของ|คืออะไร|ออกมา|ทำไม"))


_NUMBER_AFTER = {
    RuleTopic.ROUND: re.compile(r"(?:รอบ|round)\s*(?:ที่)?\s*(\d|แรก|หนึ่ง|สอง)"),
    RuleTopic.LEVEL: re.compile(r"(?:ระดับ|level)\s*(?:ที่)?\s*(\d)"),
    RuleTopic.FORM: re.compile(r"ฟอร์ม\s*(?:ที่|หมายเลข|เบอร์)?\s*(\d)"),
    RuleTopic.DIMENSIONS: re.compile(r"มิติ\s*(?:ที่)?\s*(\d)"),
}
_LEVEL_NAMES = "basic|advance|significance|พื้นฐาน|ก้าวหน้า|พัฒนาจนเกิดผล"
_PMQA_RE = re.compile(f"{_LEVEL_NAMES}|pmqa")
_LEVEL_NAME_RE = re.compile(_LEVEL_NAMES)
# A level named asked whether it was reached: "เข้า Advance หรือยัง", "ถึงระดับ Basic แล้วหรือยัง",
# "ได้ระดับ Basic หรือยัง".
_LEVEL_REACHED_RE = re.compile(
    rf"(?:เข้า|ถึง|ผ่าน|ได้)\s?(?:ระดับ\s?)?(?:{_LEVEL_NAMES})\s?(?:แล้ว\s?)?(?:หรือยัง|รึยัง|ยัง)"
)
# PMQA's level chosen between two names, none of a rule's words beside: "PMQA ของจังหวัดตอนนี้
# ระดับ Basic หรือ Advance" asks which it reached (a figure typed asks the rule).
_LEVEL_CHOSEN_RE = re.compile(
    rf"(?:(?:อยู่|ได้|เป็น)\s?(?:ระดับ\s?)?|ระดับ\s?)(?:{_LEVEL_NAMES})\s?(?:หรือ|รึ)\s?(?:{_LEVEL_NAMES})"
    # The two offered after the ask: "PMQA 4.0 ได้ระดับไหนคะ basic หรือ advance".
    r"|ระดับ\s?(?:ไหน|ใด|อะไร)\s?(?:คะ|ค่ะ|ครับ|คับ|นะ|แล้ว)?\s?"
    rf"(?:{_LEVEL_NAMES})\s?(?:หรือ|รึ)\s?(?:{_LEVEL_NAMES})"
    # Standing at one level, asked yes or no ("PMQA ก.พ. อยู่ระดับ Advance ไหมคะ").
    # Checked with ใช่ ("PMQA จังหวัด 389.76 นี่อยู่ระดับ Basic ใช่ไหมคะ").
    rf"|อยู่\s?(?:ระดับ\s?)?(?:{_LEVEL_NAMES})\s?(?:แล้ว\s?)?(?:ใช่\s?)?"
    r"(?:ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่|ป่ะ|ป่าว|หรือยัง|รึยัง)"
)
# The organisation's own PMQA ("PMQA จังหวัด", "PMQA 4.0 ของเรา"), not a score in general.
# Its figure told first, then the organisation put against a level ("ได้ 389.76 คะแนน PMQA
# แบบนี้จังหวัดอยู่ระดับ Basic ใช่ไหม"), or the organisation first with its figure ("จังหวัดได้
# 389.76 คะแนน PMQA อยู่ระดับ Basic ใช่ไหม").
_OWN = "(?:จังหวัด|เรา|หน่วยงานเรา)"
_OWN_PMQA_RE = re.compile(
    rf"pmqa\s?(?:4\.0\s?)?(?:(?:แบบนี้|อย่างนี้|แบบนั้น)\s?)?(?:ของ\s?)?{_OWN}"
    rf"|(?:แบบนี้|อย่างนี้)\s?{_OWN}\s?(?:ก็\s?)?(?:อยู่|ถึง|เข้า)"
    rf"|{_OWN}\s?ได้\s?(?:คะแนน\s?)?(?:pmqa\s?(?:ได้\s?)?|[\d.,]+\s?คะแนน\s?pmqa)",
    re.IGNORECASE,
)
_RULE_WORDS_RE = re.compile("ต้อง|ถ้า|หาก|สมมติ|ต่างกัน|แตกต่าง|กี่คะแนน|ช่วง|เกณฑ์|นับเป็น|ถือว่า")
_NUMBER_WORDS = {"แรก": 1, "หนึ่ง": 1, "สอง": 2}
_CATEGORY_RE = re.compile(r"หมวด\s*(?:ที่)?\s*(\d)")


def _number(topic: RuleTopic, found: Found) -> int | None:
    """The round, level, form or dimension number typed; a level may be a bare figure
    ("ทำยังไงถึงจะได้ 5 คะแนน")."""
    pattern = _NUMBER_AFTER.get(topic)
    match = pattern.search(found.extraction.text) if pattern else None
    if match:
        return _NUMBER_WORDS.get(match[1]) or int(match[1])
    numbers = found.extraction.numbers
    whole = bool(numbers) and numbers[0].value == numbers[0].value.to_integral()
    if topic is RuleTopic.LEVEL and _BELOW_RE.search(found.extraction.masked):
        return None  # "ต่ำกว่า 300 คะแนนถือว่าอยู่ระดับอะไร": a bound, no score (the levels)
    if topic in (RuleTopic.LEVEL, RuleTopic.ATTENDANCE) and whole:
        return int(numbers[0].value)
    return None


_BELOW_RE = re.compile(r"(?:ต่ำกว่า|น้อยกว่า|ไม่ถึง|ไม่เกิน)\s?NUM")


def _a_pmqa_score(found: Found) -> bool:
    """Whether a figure typed is a PMQA 4.0 score (out of 500): a plan's levels go to 5."""
    return any(n.value >= _PMQA_SCORES_FROM for n in found.extraction.numbers)


_PMQA_SCORES_FROM = 100


_Reads = Callable[[Found], RuleQuestion | None]


def _not_next_due(read: _Reads) -> _Reads:
    """``read``, unless the step asked is the next one and when it is due is asked too
    ("ขั้นตอนถัดไปคืออะไรคะ ต้องส่งวันไหน"), or what it sends ("ขั้นตอนต่อไปต้องส่งอะไรคะ"):
    the next deadlines answer both."""

    def unless_due(found: Found) -> RuleQuestion | None:
        text = found.extraction.text
        if _NEXT_STEP_RE.search(text) and (
            _WHEN_ASKED_RE.search(text) or _WHAT_SENT_RE.search(text)
        ):
            return None
        return read(found)

    return unless_due


_NEXT_STEP_RE = re.compile(r"(?:ขั้น(?:ตอน)?|step)\s?(?:ถัดไป|ต่อไป)")
_WHAT_SENT_RE = re.compile(r"ส่ง\s?(?:อะไร|ไร)")
_WHEN_ASKED_RE = re.compile(
    phrase_regex("วันไหน|เมื่อไหร่|เมื่อไร|ภายในวันไหน|วันที่เท่าไหร่|วันที่เท่าไร|กำหนดส่ง|deadline")
)


def _reader(topic: RuleTopic) -> Callable[[Found], RuleQuestion | None]:
    def read(found: Found) -> RuleQuestion | None:
        text = found.extraction.text
        if topic in _PLAN_TOPICS and _names_a_report_indicator(found):
            if topic is RuleTopic.WHY_SCORE:  # "ทำไมตัวโอนเปลี่ยนแปลงได้คะแนน 0": its items
                words = content(without_story(found.remainder), _FILLER | _WHY_WORDS)
                return RuleQuestion(topic=topic, indicator=found.code or words)
            return None  # "ขยะต้องทำยังไงถึงจะได้ระดับ 5": that indicator's own criteria
        if topic is RuleTopic.DEDUCTIONS and _SCORE_WORKED_OUT_RE.search(text):
            return None  # "คะแนนตัวชี้วัดขับเคลื่อน 4.0 คิดยังไง หักลบยังไง": its formula
        number = _number(topic, found)
        category = _CATEGORY_RE.search(text) if topic is RuleTopic.DIMENSIONS else None
        unit, rest = split_unit(found.remainder)
        leftover = content(rest, _FILLER)
        step = found.extraction.step
        if topic in (RuleTopic.CHANNEL, RuleTopic.STEP) and not step:
            step = leftover
        return RuleQuestion(
            topic=topic,
            number=number,
            category=int(category[1]) if category else None,
            step=step,
            unit=unit or (leftover if topic in _UNIT_TOPICS else ""),
            channel=channel_of(text),
            pmqa=topic is RuleTopic.LEVEL and (bool(_PMQA_RE.search(text)) or _a_pmqa_score(found)),
            level_named=topic is RuleTopic.LEVEL and bool(_LEVEL_NAME_RE.search(text)),
            # A score put against the level ("PMQA 416 นี่ถึง Advance หรือยัง") asks the rule.
            # So does the organisation's own PMQA with its figure ("PMQA จังหวัด 389.76 อยู่
            # ระดับไหน ถึง Basic รึยัง"): where it stands, not where a score would fall.
            reached=topic is RuleTopic.LEVEL
            and (not found.extraction.numbers or _OWN_PMQA_RE.search(text) is not None)
            and (
                _LEVEL_REACHED_RE.search(text) is not None
                or _LEVEL_CHOSEN_RE.search(text) is not None
                and not _RULE_WORDS_RE.search(text)
            )
            and not (found.extraction.numbers and _RULE_WORDS_RE.search(text)),
        )

    return read


# How the indicator's score is worked out, asked of the indicator ("สูตรคะแนนตัวชี้วัด PMQA",
# "คะแนนตัวชี้วัดขับเคลื่อน 4.0 คิดยังไง"): its formula, even with how it is cut ("หักลบยังไง").
_SCORE_WORKED_OUT_RE = re.compile(
    r"สูตร\s?คะแนน"
    r"|คะแนน\s?(?:ตัวชี้วัด|kpi)\S*(?:\s\S+){0,3}?\s?(?:คิด|คำนวณ)\s?(?:ยังไง|อย่างไร|ไง)"
    r"|(?:ตัวชี้วัด|kpi)\S*(?:\s\S+){0,3}?\s?คิดคะแนน\s?(?:ยังไง|อย่างไร|ไง)"
)


def _percent_reader(found: Found) -> RuleQuestion | None:
    """ "ร้อยละ 85 ของตัวชี้วัดหมายถึงอะไร": a share; an indicator's own figure is not one."""
    percent = any(n.percent for n in found.extraction.numbers)
    if _names_a_report_indicator(found) or ("ตัวชี้วัด" in found.extraction.text and not percent):
        return None
    if not percent and _CASE_NUMBERED_RE.search(found.extraction.text):
        return None  # "e-Serviec เกณฑ์กรณีที่ 1 คืออะไร": a case of an indicator's criteria
    return _reader(RuleTopic.THRESHOLDS)(found)


# A case or a group of an indicator's criteria numbered ("กรณีที่ 1", "กลุ่มที่ 2"): no share.
_CASE_NUMBERED_RE = re.compile(r"(?:กรณี|กลุ่ม)\s?(?:ที่)?\s?\d")


def _plan_count(read: Reader) -> Reader:
    """``read``, unless a report's indicator is named (its own criteria count its items)."""

    def counted(found: Found) -> RuleQuestion | None:
        return None if _names_a_report_indicator(found) else read(found)

    return counted


# "…จึงเหลือ ๔.๙๕ ไม่ทราบว่าถูกหักจากส่วนใด": the formal link word and the doubt after the ask.
_WHY_LEFT_RE = re.compile(r"จึง|ไม่ทราบว่า.*$|ไม่แน่ใจว่า.*$")


def _why_left(read: Reader) -> Reader:
    def left(found: Found) -> RuleQuestion | None:
        return read(replace(found, remainder=_WHY_LEFT_RE.sub(" ", found.remainder)))

    return left


def _step_share(found: Found) -> RuleQuestion | None:
    """A percentage typed with a step ("ร้อยละ 85 ของขั้นตอนที่ 5"), never a bare figure."""
    return _percent_reader(found) if any(n.percent for n in found.extraction.numbers) else None


_FROM_WHAT = "นับจาก|คิดจาก|มาจาก|นับยังไง|คิดยังไง|คำนวณยังไง|นับอย่างไร|คิดอย่างไร|คำนวณจาก"


def _percent_only(read: Reader) -> Reader:
    """``read``, when a percentage is typed ("83%"), never a bare figure."""
    return lambda found: read(found) if any(n.percent for n in found.extraction.numbers) else None


# A day checked still in time, no deduction hoped for after it ("ส่งแผน 30 ม.ค. ยังทันใช่มั้ยคะ
# ไม่โดนหักนะ"): the window is asked, not what lateness costs.
_IN_TIME_HOPED_RE = re.compile(r"ยัง\s?ทัน.*ไม่\s?(?:โดน|ถูก)\s?(?:หัก|ตัด)")


def _late_still_allowed(found: Found) -> RuleQuestion | None:
    """Past the deadline, whether one may still send, of no step named: the rule on sending
    late; a step or anything of the plan named is that step's deadline (None)."""
    if found.extraction.step or names_the_plan(found.remainder):
        return None
    if not asks(found.extraction.text, found.original):
        return None
    return _reader(RuleTopic.DEDUCTIONS)(found)


def _not_in_time_asked(read: Reader) -> Reader:
    """``read``, unless the message checks a day is still in time, hoping for no deduction."""
    return lambda found: None if _IN_TIME_HOPED_RE.search(found.extraction.text) else read(found)


def _attendance_share(found: Found) -> RuleQuestion | None:
    """A step's share counted from the meetings attended ("ร้อยละ 85 ของขั้นตอนที่ 2 คิดจาก
    จำนวนครั้งที่เข้าประชุมใช่ไหม", "85% ของขั้น 2 คิดจากจำนวนครั้งหรือจำนวนคน"): the attendance
    rule, a percentage typed (the threshold named, "เกณฑ์ร้อยละ 85…", is the thresholds')."""
    if not any(n.percent for n in found.extraction.numbers) or _names_a_report_indicator(found):
        return None
    return _reader(RuleTopic.ATTENDANCE)(found)


# What the share is counted from, when it is the meetings: attending, or the times met.
_COUNTED_FROM_MEETINGS = "ประชุม|เข้าร่วม|กิจกรรม|attendance|จำนวนครั้ง|กี่ครั้ง|ครั้งที่"


# A level or a deduction asked of a report's indicator ("ขยะต้องทำยังไงถึงจะได้ระดับ 5") is a
# question about that indicator, not about the plan's rules. A score's reason stays a why_score
# question keeping the indicator ("ทำไมขยะได้ 0 คะแนน"): its handler says how that score comes.
_PLAN_TOPICS = (RuleTopic.LEVEL, RuleTopic.WHY_SCORE, RuleTopic.DEDUCTIONS)
_GENERIC = frozenset(words("pmqa|ตัวชี้วัด|kpi|ระบบราชการ 4.0|มีส่วนร่วม"))
_REPORT_INDICATOR_RE = Guarded(
    lead(
        re.compile(
            "|".join(
                rf"(?<!ปี){phrase_regex(word)}"
                for word in words(INDICATOR_WORDS)
                if word.lower() not in _GENERIC
            )
        )
    )
)


def _of_no_report_indicator(read: Reader) -> Reader:
    """``read``, unless the message names an indicator by its number or a report's words
    ("ตัวชี้วัดที่ 1 ในระบบบันทึกไว้ 16.00 หน่วยเป็นกิจกรรม แบบนี้ถือว่าผ่านเกณฑ์ไหม"): the
    activities it counts are its figure, whether it passes its tier, no meeting attended."""
    return lambda found: None if _names_a_report_indicator(found) else read(found)


def _names_a_report_indicator(found: Found) -> bool:
    return "KPI" in found.extraction.masked or bool(
        _REPORT_INDICATOR_RE.search(found.extraction.text)
    )


# A round of the assessment is numbered or counted ("รอบ 2", "รอบแรก", "กี่รอบ"); "รอบบ่าย" is not.
_ROUND_RE = re.compile(
    r"รอบ\s*(?:ที่\s*)?(?:\d|แรก|หนึ่ง|สอง|สุดท้าย|ประเมิน|การประเมิน)|กี่รอบ|แต่ละรอบ|ทุกรอบ|round"
    r"|รอบ\s*(?:ไหน|อะไร|ที่เท่าไหร่|เดียว)|คนละรอบ"
    # "รอบหลังนี่ดูขั้น 4 กับ 5 ใช่ป่ะ": the later round ("รอบหลังอย่าลืม…" is next time).
    r"|รอบ\s*(?:หลัง|ถัดไป)(?!\s?(?:อย่า|ระวัง|จะ|ต้อง|ขอ))"
)


# "ส่งแล้ว", "ประชุมชี้แจงแล้ว": แล้ว glued to a verb says it is done (a statement, or "done
# yet?"); after a space it joins a question to what came before ("ขอบคุณค่ะ แล้วแบบฟอร์ม 4 …"),
# and before what follows on it, it is "and then" ("อ่านแล้วงง", "ส่งแล้วต้องทำอะไรต่อ").
# "ลืมแล้ว", "จำไม่ได้แล้ว", "งงแล้ว" say how the asker is, not that something is done;
# "ครั้งที่แล้ว" is the last time.
_DONE_RE = Guarded(
    re.compile(
        # "หาในไลน์ไม่เจอแล้ว": lost, nothing done.
        # "เลยกำหนดแล้วยังส่งได้อยู่ไหม": the due day passed, nothing done.
        r"(?<=\S)(?<!ลืม)(?<!ลืมไป)(?<!จำไม่ได้)(?<!งง)(?<!ที่)(?<!ไม่เจอ)(?<!ไม่เจอ )(?<!เลยกำหนด)"
        r"(?<!เกินกำหนด)(?<!หมดเขต)แล้ว"
        # "อ่านสไลด์แล้วยังงงอยู่เลย", "อ่านแล้วก็ยังไม่เข้าใจ": read, still confused, nothing done.
        r"(?!\s?(?:ยังไม่|ไม่|งง|ต้อง|จะ|ค่อย|ถึงจะ|(?:ก็\s?)?ยัง\s?(?:งง|ไม่|สับสน)|ก็ไม่))"
        # "ส่งฟอร์ม 1 2 3 แล้ววันที่ 14 ม.ค.": after the number of what was sent, before its day
        # or the message's end, แล้ว says it is done too.
        r"|(?<=\d)\sแล้ว(?=\s?(?:วันที่|เมื่อ|ตั้งแต่|ทาง|ผ่าน|นะ|ค่ะ|ครับ|จ้า|ค่า)|\s*$)"
    )
)

# "ส่งฟอร์ม 1 2 3 แล้ว": sent, with the numbers of what was sent before แล้ว.
_NUMBERED_SENT_RE = Guarded(
    re.compile(
        r"(?:ส่ง|อัป|อัพ|แนบ|ยื่น)\S{0,12}\s?(?:\d{1,2}\s?(?:,|-|และ|กับ)?\s?){1,4}แล้ว"
        r"(?!\s?(?:ยังไม่|ไม่|งง|ต้อง|จะ|ค่อย|ถึงจะ))"
    )
)

Reader = Callable[[Found], RuleQuestion | None]


# "นอกจากกรอกรายชื่อแล้ว" (besides), "ก่อน 31 นี้ต้องส่งแล้ว" (it is due now): nothing done.
# "อ่านสไลด์แล้วยังงงอยู่เลย": something read, before asking, is nothing done either.
# "ถ้าคนในทีมติดราชการแล้วส่งคนอื่นมาแทน…": แล้ว in a case supposed is "and then", nothing done.
_BESIDES_RE = Guarded(
    re.compile(
        r"อ่าน\S{0,20}?แล้ว|นอกจาก\S{0,30}?แล้ว|ต้อง\s?(?:ส่ง|ทำ|ยื่น|แนบ|เสร็จ)\s?แล้ว"
        r"|(?<!\S)(?:ถ้า|หาก|สมมติ|สมมุติ)\S{0,30}?แล้ว(?=\S)"
    )
)


def _undone(read: Reader) -> Reader:
    """``read``, unless the message says something is done."""

    def undone(found: Found) -> RuleQuestion | None:
        # "นอกจากกรอกรายชื่อแล้ว ต้องมี…ไหม": "besides", nothing said done.
        text = _BESIDES_RE.sub(" ", found.extraction.text)
        done = _DONE_RE.search(text) or _NUMBERED_SENT_RE.search(text)
        extraction = found.extraction
        if not done and any(d.due < extraction.today for d in extraction.dates):
            # "อัปแผนเข้าโฟลเดอร์ drive เมื่อวันพุธที่แล้ว": a sending on a past day, told.
            done = not asks(text, found.original)
        return None if done else read(found)

    return undone


# Which unit was late, asked with no supposition: "กองไหนส่งแผนไม่ทัน" (who has not sent).
_WHICH_UNIT_RE = re.compile("กองไหน|หน่วยงานไหน|กองใด|หน่วยใด|หน่วยงานใด")
_LATE_SUPPOSED_RE = re.compile("ถ้า|หาก|สมมติ|สมมุติ")


def _not_who_was_late(read: Reader) -> Reader:
    """``read``, unless the message asks which unit was late without supposing it."""

    def not_who(found: Found) -> RuleQuestion | None:
        text = found.extraction.text
        if _WHICH_UNIT_RE.search(text) and not _LATE_SUPPOSED_RE.search(text):
            return None
        return read(found)

    return not_who


# "แผนของ IT มีแค่มิติเดียว คือมิติ 3": the dimensions named after คือ, told.
_DIMENSIONS_TOLD_RE = re.compile(r"คือ\s?(?:DIM|มิติ)")


# How a score is worked out: "คะแนนคิดยังไง", "คิดคะแนนอย่างไร", "สูตรคำนวณ".
_WORKED_OUT_RE = re.compile(
    # "PMQA คิดคะแนนจากกี่หมวด": how many categories the score is worked from.
    r"คิด\s?(?:คะแนน\s?)?(?:ยังไง|อย่างไร|ไง|จากอะไร|แบบไหน|จาก\s?กี่|จาก\s?ไหน)|คำนวณ|สูตร(?!การ)"
    r"|วิธีคิด|มา\s?จาก\s?(?:ไหน|ที่ไหน|อะไร)"
    # "PMQA คิดคะแนนจาก 7 หมวดยังไง": the categories counted, then how.
    r"|คิด\s?(?:คะแนน\s?)?จาก.{0,20}?(?:ยังไง|อย่างไร|ไง|แบบไหน)"
)
_PMQA_NAMED_RE = re.compile(r"pmqa|ระบบราชการ\s?4\.0")


def _not_pmqa_worked_out(read: Reader) -> Reader:
    """``read``, unless the message asks how the PMQA score is worked out ("คะแนน PMQA เฉลี่ย
    7 หมวดคิดยังไง"): the PMQA indicator's formula, its categories only counted in it."""

    def asked(found: Found) -> RuleQuestion | None:
        text = found.extraction.text.lower()
        if _PMQA_NAMED_RE.search(text) and _WORKED_OUT_RE.search(text.replace("หลักสูตร", " ")):
            return None
        return read(found)

    return asked


def _not_told(read: Reader) -> Reader:
    """``read``, unless the message tells which dimensions the plan has ("…คือมิติ 3") and
    asks nothing."""

    def asked(found: Found) -> RuleQuestion | None:
        told = _DIMENSIONS_TOLD_RE.search(found.extraction.masked)
        if told and not asks(found.extraction.text, found.original):
            return None
        return read(found)

    return asked


def _no_unit(read: Reader) -> Reader:
    """``read``, unless the message names a unit (its own result, asked: not the rule)."""

    def general(found: Found) -> RuleQuestion | None:
        intent = read(found)
        if intent is not None and intent.reached and _an_organisation(intent.unit):
            return intent  # "PMQA ก.พ. ถึง Advance ยัง": the organisation's own, not a unit's
        return None if intent is None or intent.unit else intent

    return general


def _an_organisation(words: str) -> bool:
    """Whether ``words`` are an organisation's known name (data/organisations/names.json)."""
    return bool(words) and squash(words) in known_organisation_names()


def _a_pmqa_sized(read: Reader) -> Reader:
    """``read``, when a figure typed is a PMQA 4.0 score (out of 500): a plan's levels go to 5."""
    return lambda found: read(found) if _a_pmqa_score(found) else None


def _not_counted(read: Reader) -> Reader:
    """``read``, unless the message tells how many of the plan's indicators were met and
    asks nothing ("บรรลุค่าเป้าหมาย 11 ตัว ผ่านเกณฑ์ร้อยละ 85 ค่ะ": step 5's result, with the
    bar it passed)."""

    def asked(found: Found) -> RuleQuestion | None:
        text = found.extraction.text
        if _MET_COUNT_RE.search(found.extraction.masked) and not asks(text, found.original):
            return None
        return read(found)

    return asked


# A count of the plan's indicators met: "บรรลุค่าเป้าหมาย 11 ตัว", "บรรลุ 10 จาก 11 ตัวชี้วัด".
_MET_COUNT_RE = re.compile(
    r"(?:บรรลุ|ได้ตาม|ถึง)\s?(?:ค่า\s?)?(?:เป้าหมาย|เป้า)?\s?(?:แล้ว\s?|ได้\s?)?"
    r"NUM\s?(?:ตัว|จาก|ใน|/)"
)


def _total_worked_out(found: Found) -> RuleQuestion | None:
    """How the organisation's total score is worked out: why a score is what it is, of no unit."""
    return RuleQuestion(topic=RuleTopic.WHY_SCORE)


def _not_a_units_score(read: Reader) -> Callable[[Found], RuleQuestion | Status | None]:
    """``read``, unless a unit named is asked the score it has now, its deduction only said
    beside ("กค. ได้กี่คะแนนแล้ว หลังโดนหักส่งช้า"): the unit's status, whose cards list what was
    cut (a case supposed, "ถ้ากองคลังส่งช้าจะได้กี่คะแนน", stays the deductions')."""

    def unless_its_score(found: Found) -> RuleQuestion | Status | None:
        intent = read(found)
        text = found.extraction.text
        if intent is None or not intent.unit or not _SCORE_NOW_RE.search(text):
            return intent
        return None if _SUPPOSED_RE.search(text) else Status(unit=intent.unit)

    return unless_its_score


# A score had now, asked: "ได้กี่คะแนนแล้ว", "ได้คะแนนเท่าไหร่แล้ว", "ตอนนี้เหลือกี่คะแนน".
_SCORE_NOW_RE = re.compile(
    r"(?:ได้|เหลือ)\s?(?:คะแนน\s?)?(?:กี่\s?คะแนน|เท่าไหร่|เท่าไร)\s?แล้ว"
    r"|ตอนนี้\s?(?:ได้|เหลือ)\s?(?:คะแนน\s?)?(?:กี่|เท่าไหร่|เท่าไร)"
)
_SUPPOSED_RE = re.compile("ถ้า|หาก|กรณี|สมมติ|สมมุติ|จะ")


def _a_score_cut(read: Reader) -> Reader:
    """``read``, unless something else is told cut and nothing asked ("ปีนี้งบสัมมนาโดนตัดอีกแล้ว
    เฮ้อ": a seminar's budget, a complaint to the group, no score's deduction)."""

    def of_a_score(found: Found) -> RuleQuestion | None:
        text = found.extraction.text
        if "หัก" in text and not _SCORE_CUT_RE.search(_DAYS_CUT_RE.sub(" ", text)):
            # "ส่งแผนเหลือกี่วันครับ หักวันหยุดแล้วนะ": days taken off a count, no score.
            return None
        asked = asks(text, found.original)
        if not asked and (not _SCORE_CUT_RE.search(text) or _CUT_SUFFERED_RE.search(text)):
            # "โดนหักเพราะส่งช้า แต่ส่งแผนแล้วนะ": a deduction suffered and why, told.
            return None
        return read(found)

    return of_a_score


# What a score's deduction is said with: the score or points, or หัก (deducted) itself.
_SCORE_CUT_RE = re.compile(r"คะแนน|แต้ม|หัก|score|point|deduct|penalty|ระดับ|ขั้น")
# Days taken off a count of days: "หักวันหยุด", "หักเสาร์อาทิตย์ออก".
_DAYS_CUT_RE = re.compile(r"หัก\s?(?:ลบ\s?)?(?:ออก\s?)?(?:วัน\s?)?(?:หยุด|เสาร์|อาทิตย์|นักขัตฤกษ์|ลา)\S*")
# A deduction told suffered, with its reason: "โดนหักเพราะส่งช้า", "ถูกหักคะแนนเนื่องจาก…".
_CUT_SUFFERED_RE = re.compile(r"(?:โดน|ถูก)\s?หัก\S*?\s?(?:คะแนน\s?)?(?:ไป\s?)?(?:เพราะ|เนื่องจาก)")


# PMQA 4.0 is scored out of 500 and grouped by the base year's score (350-400, 400-450, over
# 450, "(คะแนนปี 2566 + 445)/2"): no other indicator's figures fall in that range.
_PMQA_BASE_SCORES = range(300, 501)
# Words of every indicator, naming none: "ตัวชี้วัด", "KPI".
_NOT_NAMES = frozenset(("ตัวชี้วัด", "kpi"))  # the text is lower-cased


def _pmqa_by_base_year(found: Found) -> RuleQuestion | None:
    """ "ถ้าปี 66 ได้เกิน 450 เป้าขั้นสูงคือเท่าไหร่", "(คะแนนปี 2566 + 445)/2 คือเป้าอะไร": a
    target asked with a base year's score in PMQA 4.0's range, no indicator named, asks the
    organisation's own PMQA criteria (as "PMQA ต้องได้กี่คะแนน" does: its groups' targets where
    its indicator has them, elsewhere the national levels)."""
    if found.code or any(
        m[0] not in _NOT_NAMES for m in INDICATOR_RE.finditer(found.extraction.text)
    ):
        return None  # "DG score ปี 66 ได้ 78…", "PMQA ปี 66 ได้ 385…": the one named, elsewhere
    if not any(int(n.value) in _PMQA_BASE_SCORES for n in found.extraction.numbers):
        return None
    if not asks(found.extraction.text, found.original):
        return None  # "ปี 66 ได้ 412 เอาไว้คิดเป้า": the base year's score told, no question
    return RuleQuestion(topic=RuleTopic.LEVEL, pmqa=True)


def _plan_reader(topic: RuleTopic) -> Reader:
    """The plan's ``topic``, unless a report's indicator is named (its own criteria)."""
    read = _reader(topic)
    return lambda found: None if _names_a_report_indicator(found) else read(found)


# Which level a unit is at, asked: "กจ. ตอนนี้ได้ระดับไหนแล้ว ต้องทำอะไรเพิ่ม…" (its status).
_WHERE_AT_RE = re.compile(
    phrase_search_regex("ได้ระดับไหน|อยู่ระดับไหน|ถึงระดับไหน|ได้ระดับอะไร|อยู่ระดับอะไร")
)
# Favours done to an email, not a way of sending: "ช่วยแปลอีเมลภาษาอังกฤษให้หน่อยได้ไหม".
_MAIL_FAVOURS = "แปล|translate|ร่างอีเมล|ร่างเมล|เขียนอีเมล|เขียนเมล|ตอบอีเมล|ตอบเมล|อ่านอีเมล"


def _not_where_a_unit_is(read: Reader) -> Callable[[Found], RuleQuestion | Status | None]:
    """``read``, unless a named unit's own level is asked: then the unit's status, which shows
    its level and what it still lacks."""

    def rule(found: Found) -> RuleQuestion | Status | None:
        intent = read(found)
        if intent is not None and intent.unit and _WHERE_AT_RE.search(found.extraction.text):
            return Status(unit=intent.unit)
        return intent

    return rule


# A form named by its number ("แบบฟอร์มหมายเลข 3", "ฟอร์มที่ 2", "แบบฟอร์ม 4").
_NUMBERED_FORM_RE = re.compile(r"ฟอร์ม\s*(?:ที่|หมายเลข|เบอร์)?\s*(?:\d|NUM)")


# Which dimension a category is in, asked: "หมวด 6 อยู่มิติไหน", "หมวดที่ 4 อยู่ในมิติอะไร".
_CATEGORY_DIMENSION_ASKED_RE = re.compile(
    # "หมวด 3 นับเป็นมิติที่เท่าไหร่", "…ถือเป็นมิติไหน": counted as which.
    r"หมวด\s?(?:ที่\s?)?\S{1,3}\s?(?:นี้\s?)?(?:(?:นับ|ถือ|จัด)\s?)?(?:อยู่|เป็น|คือ|จัดอยู่)?\s?(?:ใน\s?)?"
    r"มิติ\s?(?:ที่\s?)?"
    r"(?:ไหน|อะไร|ใด|เท่าไหร่|เท่าไร)"
)


def _category_dimension_asked(found: Found) -> RuleQuestion | None:
    """The dimensions, when which dimension a category is in is asked."""
    if not _CATEGORY_DIMENSION_ASKED_RE.search(found.extraction.masked):
        return None
    return _reader(RuleTopic.DIMENSIONS)(found)


def _numbered_form(read: Reader) -> Reader:
    """``read`` when the message opens its question with a form named by its number, before
    any dimension or category it names."""

    def numbered(found: Found) -> RuleQuestion | None:
        form = _NUMBERED_FORM_RE.search(found.extraction.masked)
        if form is None:
            return None
        before = found.extraction.masked[: form.start()]
        return None if ("มิติ" in before or "หมวด" in before) else read(found)

    return numbered


def _round_reader(found: Found) -> RuleQuestion | None:
    text = found.extraction.text
    if _DUE_ASKED_RE.search(text) and _REPORT_RE.search(text):
        return None  # "รายงานผลรอบ 2 ต้องส่งกี่โมงกี่วัน": when a round's report is due
    if _names_a_report_indicator(found) and _FIGURE_ASKED_RE.search(text):
        return None  # "NISPA รอบ 2 ยาเสพติดได้กี่เปอร์เซ็นต์": that indicator's result
    if _names_a_report_indicator(found) and _ITEMS_FAILED_RE.search(text):
        return None  # "จริยธรรมรอบแรกข้อไหนไม่ผ่าน": which of its items failed
    if _names_a_report_indicator(found) and _DATA_USED_RE.search(text):
        return None  # "ยาเสพติดใช้ข้อมูล NISPA รอบไหน": where that indicator's figures come from
    if _TARGET_OF_ROUND_RE.search(text) and (_names_a_report_indicator(found) or "pmqa" in text):
        return None  # "PMQA เป้าหมายรอบ 12 เดือนกี่คะแนน": that indicator's target, its criteria
    if _figure_recorded(found):
        return None  # "ส่งผล PMQA 431.5 คะแนน ได้จากการประเมินรอบ 12 เดือน": a result told
    if _MONTH_DUES_RE.search(text) and (
        found.extraction.month is not None or _ABBR_MONTH_RE.search(text)
    ):
        return None  # "ก.ย. ปีนี้ต้องส่งอะไรบ้าง รอบ 2 ใช่ไหม": what a month named holds to send
    return _reader(RuleTopic.ROUND)(found) if _ROUND_RE.search(found.extraction.text) else None


# An indicator's target or criteria in a round ("เป้าหมายรอบ 12 เดือน", "เกณฑ์รอบ 6 เดือน").
_TARGET_OF_ROUND_RE = re.compile(r"(?:ค่าเป้าหมาย|เป้าหมาย|เป้า|เกณฑ์)\s?(?:ของ\s?|ใน\s?)?รอบ")


def _figure_recorded(found: Found) -> bool:
    """Whether a message asks nothing and gives a figure to record, besides a round's own
    number ("รอบ 12 เดือน")."""
    text = found.extraction.text
    if not _RECORDED_RE.search(text) or asks(text, found.original):
        return False
    return any(
        not _ROUND_NUMBER_BEFORE_RE.search(text, 0, n.start)
        and not _MONTHS_AFTER_RE.match(text, n.end)
        for n in found.extraction.numbers
    )


_RECORDED_RE = re.compile("ส่งผล|บันทึก|แจ้งผล|รายงานผล|กรอกผล|ใส่ผล")
_MONTH_DUES_RE = re.compile(
    "ต้องส่งอะไร|ส่งอะไรบ้าง|อะไรต้องส่ง|อะไรที่ต้องส่ง|ต้องรายงานอะไร|รายงานอะไรบ้าง|อะไรต้องรายงาน"
)
_ABBR_MONTH_RE = re.compile(
    r"(?<!\S)(?:" + "|".join(re.escape(m) for m in ABBR_MONTHS) + r")(?:\d{2}|\d{4})?(?!\S)"
)
_ROUND_NUMBER_BEFORE_RE = re.compile(r"(?:รอบ|round)\s?(?:ที่\s?)?$")
_MONTHS_AFTER_RE = re.compile(r"\s?เดือน")


_REPORT_RE = re.compile("รายงาน|report")
_DATA_USED_RE = re.compile(r"ใช้\s?ข้อมูล")
_FIGURE_ASKED_RE = re.compile(
    phrase_search_regex("ได้กี่|ได้เท่าไหร่|ได้เท่าไร|ได้เท่าใด|กี่เปอร์เซ็นต์|กี่เปอร์|กี่ %|กี่%|ผลเป็นยังไง|ผลออกมา")
)
_ITEMS_FAILED_RE = re.compile(
    r"(?:ข้อ|ประเด็น|หัวข้อ)\s?(?:ไหน|ใด|อะไร)\S{0,6}\s?(?:ไม่\s?ผ่าน|ตก)|(?:ไม่\s?ผ่าน|ตก)\s?(?:ข้อ|ประเด็น|หัวข้อ)\s?(?:ไหน|ใด|อะไร)"
)
_DUE_ASKED_RE = re.compile(r"ต้องส่ง\s*(?:ภายใน\s*)?(?:กี่โมง|กี่วัน|วันไหน|วันที่เท่าไหร่|เมื่อไหร่|เมื่อไร)")


_UNIT_TOPICS = (RuleTopic.WHY_SCORE, RuleTopic.DEDUCTIONS)
_ASKS = "อะไร|ไหน|บ้าง|กี่|คือ|ได้แก่|หมายถึง|ประกอบด้วย|ยังไง|อย่างไร"
_MAY = f"{QUESTION}|ได้ไหม|ได้มั้ย|ได้ป่ะ|ได้ป่าว|ได้รึเปล่า|ได้หรือเปล่า|ได้หรือไม่|ยังไง|อย่างไร|ได้บ้าง"

# More time asked for a sending: "ขอเลื่อนส่ง…", "ขอขยายเวลาส่ง…", "ขอยืดกำหนดส่ง…".
_MORE_TIME = "|".join(
    f"{ask}{verb}{what}"
    for ask in ("ขอ", "ขอ ")
    for verb in ("เลื่อน", "ขยาย", "ยืด")
    for what in ("ส่ง", "เวลาส่ง", "กำหนดส่ง", "การส่ง", "เวลา", "กำหนด", "เดดไลน์", "deadline")
)

# How a document goes in, and where: "อัปโหลดไฟล์ที่ไหน", "ส่งงานยังไง" (never "ส่งเมื่อไหร่").
_SENDS = "ส่ง|แนบ|อัปโหลด|อัพโหลด|upload|ยื่น"
_WHERE = "ที่ไหน|ตรงไหน|ทางไหน|ช่องทางไหน|ไว้ไหน|ที่ใด|ยังไง|อย่างไร|ทำไง|where|ให้ใคร|ถึงใคร"
# What is sent: a step's deliverable, never a parcel ("ส่งของไปที่ไหน").
_DOCUMENTS = "แผน|รายงาน|รายชื่อ|เอกสาร|ไฟล์|งาน|ฟอร์ม|STEP|หลักฐาน|pdf|ผล|ขั้นตอน"
_SEND_ME = "ส่งมา|มาได้|มาหน่อย|ส่งให้"  # "ส่งไลน์มาได้ไหม" asks someone to send
# The same, where a way of sending is asked: a sending told last ("ส่งทางไลน์ได้ไหมคะ ถ่ายรูป
# เอกสารส่งมา", the asker's own photo sent over) asks no one to send.
# A chart asked in place of long text ("ขอเป็นรูปกราฟได้มั้ยคะ อ่านตัวหนังสือยาวๆ ไม่ไหว"):
# "ตัวหนังสือ" (letters) is no letter sent on paper.
# A thing to hold, not a way to send: a flash drive ("ใครเห็นแฟลชไดร์ฟสีแดงมั้ย") is no Google Drive.
_NOT_A_CHANNEL = (
    "กราฟ|chart|graph|แผนภูมิ|ตัวหนังสือ"
    "|แฟลชไดร์ฟ|แฟลชไดรฟ์|แฟลชไดรฟ|แฟลชไดร์|flash drive|flashdrive|thumb drive|handy drive"
)
_SEND_ME_ASKED_RE = re.compile(
    phrase_search_regex(f"มาได้|มาหน่อย|ส่งให้|{_MAIL_FAVOURS}")
    + r"|ส่งมา(?!\s?(?:ค่ะ|คะ|ครับ|นะ|จ้า|ให้|นะคะ|นะครับ)?\s*$)"
    + f"|{_NOT_A_CHANNEL}"
)
_FORMATS = "ส่งเป็น|ส่งแบบ|เป็นไฟล์|ไฟล์ word|ไฟล์ pdf|word|pdf|excel|เป็นเล่ม|รูปเล่ม|สแกน"
_ALLOWED = (
    "ได้หรือเปล่า|ได้รึเปล่า|ได้หรือไม่|ได้ไหม|ได้มั้ย|ได้มั๊ย|ได้ป่ะ|ได้ป่าว|ได้เปล่า|ได้ด้วยไหม"
    "|ด้วยไหม|ด้วยมั้ย|ด้วยมั๊ย|ด้วยหรือเปล่า|ด้วยรึเปล่า|ด้วยป่ะ|ด้วยป่าว|ด้วยเปล่า|ได้บ้างไหม"
    "|ได้ด้วยเหรอ|ได้ด้วยหรอ|ได้เหรอ|ได้หรอ"  # "ส่งเป็นกระดาษได้ด้วยเหรอ": surprised it may
    "|ได้ใช่ไหม|ได้ใช่มั้ย|ได้ใช่มั๊ย|ได้ใช่ป่ะ|ได้ใช่หรือเปล่า|ได้ใช่รึเปล่า"  # "ส่งเป็น pdf ได้ใช่มั้ย"
)
_DEDUCTED = "หัก|ตัดคะแนน|โดนตัด|ถูกตัด|เสียคะแนน|เสียแต้ม|penalty"
_LATE = "ส่งช้า|ล่าช้า|เลยกำหนด|เกินกำหนด|ส่งไม่ครบ|ไม่ครบ|ไม่ทันกำหนด|ไม่แนบ|ไม่มีเอกสาร|ไม่ส่งเอกสาร"
_ATTENDING = "ประชุม|เข้าร่วม|กิจกรรม|attendance"
# A count ("7 ใน 8", "4 จาก 5 ตัว") or a case supposed, against a share it may reach, asked.
_COUNTED = "NUM ใน NUM|NUM จาก NUM|NUM/NUM|NUM ตัว|ถ้า|หาก|สมมติ"
_REACHES = "ถือว่า|ถึง NUM|ไม่ถึง|ถึงเกณฑ์|ผ่านเกณฑ์|ผ่าน NUM|เกิน NUM|ต่ำกว่า NUM"
_YES_OR_NO = f"{QUESTION}|ใช่ไหม|ใช่มั้ย|ใช่ป่ะ|เหรอ|หรอ|ป่ะ"
# "attendance ไอที 100% ครบทุกครั้ง": attending every time, said and not asked, is a report.
# "…เข้าประชุมชี้แจงครบทุกคน ผ่านขั้นตอนที่ 2": everyone attended, told (no duty, no supposing).
_WHO_OR_ATTENDED_ALL = re.compile(
    # "…ครบทุกครั้ง", "เข้าประชุม 100% ทุกครั้งเลยครับ": every meeting attended, told.
    rf"ใคร|^(?!.*(?:{QUESTION}|ใช่|ป่ะ|\?)).*(?:ครบ|NUM)\s?ทุก\s?ครั้ง"
    rf"|^(?!.*(?:{QUESTION}|ใช่|ป่ะ|\?|ต้อง|ถ้า|หาก|ควร)).*ครบ\s?ทุก\s?คน"
)
# A meeting the asker is back from, told as the story before the ask ("เมื่อเช้าเข้าประชุมกับ
# ท่านปลัดมา ท่านถามเรื่อง…ว่าคืบหน้ายังไง"): no question of attending.
_BACK_FROM_A_MEETING = (
    r"เข้า\s?(?:ร่วม\s?)?ประชุม\s?กับ\s?\S+?\s?มา(?=\s|$)"
    r"|(?:เพิ่ง|DATE)\s?(?:ไป\s?)?เข้า\s?(?:ร่วม\s?)?ประชุม\S*?\s?มา(?=\s|$)"
)
_WHO_ATTENDED_OR_BACK_FROM = re.compile(f"{_WHO_OR_ATTENDED_ALL.pattern}|{_BACK_FROM_A_MEETING}")
# What a shortfall leaves: "ถ้าส่งแผนไม่ครบมิติจะได้กี่คะแนน" asks what it costs.
_SCORE_LEFT = "ได้กี่คะแนน|กี่คะแนน|เหลือกี่|ได้เท่าไหร่|เหลือเท่าไหร่|ได้เท่าไร|เหลือเท่าไร"
_MEETING_ASKS = (
    "วันไหน|เมื่อไหร่|เมื่อไร|กี่โมง|ที่ไหน|ห้องไหน|วันอะไร|ตอนไหน|เวลาไหน|when|ห้องอะไร"
    "|วันที่เท่าไหร่|วันที่เท่าไร|วันที่เท่าใด|จัดที่|สถานที่|where|ใครจัด|ใครเป็นคนจัด|ผู้จัด"
    "|ชั้นไหน|ชั้นอะไร|ชั้นที่เท่าไหร่|อาคารไหน|อาคารอะไร|ตึกไหน|ตึกอะไร"  # the place's floor
    "|ห้องประชุมไหน|ห้องประชุมอะไร|จัดขึ้นที่"  # "…จัดขึ้น ณ ห้องประชุมใด" (formal)
)
# A letter explaining a lateness, the asker's purpose ("…หมดเขตวันไหน จะทำหนังสือชี้แจงว่าส่งช้า"):
# the deadline is asked, no cost of being late nor a way of sending.
_EXPLAINING = "หนังสือชี้แจง|ทำหนังสือชี้แจง|บันทึกชี้แจง"
# A worry of being late around a deadline asked ("กลัวไม่ทัน แผนต้องส่งภายในวันไหน"): the
# deadline is asked, not what lateness costs.
_DUE_ASKED = "วันไหน|เมื่อไหร่|เมื่อไร|ภายในวัน|ถึงวัน|เหลือกี่วัน|อีกกี่วัน|เดือนไหน|deadline|กำหนดส่ง"
# "ผลยังไม่ครบตัวไหนบ้าง" asks which indicators have no result, not what a shortfall costs.
_WHICH_INDICATOR = "ตัวไหน|อันไหน|ตัวชี้วัดไหน|kpiไหน|kpi ตัวไหน"
# "เข้าประชุมไม่ถึง 85% ขั้นตอนที่ 2 ไม่ผ่าน" reports a failed step ("ถ้า…ไม่ถึง…จะไม่ผ่าน" is the rule).
# So does a unit's share said short of the threshold, or its step said failed, with nothing
# asked: "กจ.เข้าประชุมทั้งปี 83.3% ไม่ถึงเกณฑ์", "ศทส.เข้าประชุมไม่ครบ 85 ขั้น2 ตก".
_FAILED_OR_WHO = re.compile(
    r"ใคร|^(?!.*(?:ถ้า|หาก|จะ\s?ไม่)).*ไม่\s?ผ่าน"
    r"|^(?!.*(?:ถ้า|หาก|จะ|ไหม|มั้ย|ใช่|หรือ|ป่ะ|ยังไง|อย่างไร|เท่าไหร่|กี่|\?))"
    r".*(?:ไม่\s?ถึง\s?เกณฑ์|ตก)\s*(?:แล้ว)?\s*(?:นะ)?\s*(?:ครับ|ค่ะ|คะ|จ้า)?\s*$"
)
# "ไอทีเข้าประชุมได้แค่ 75% ไม่ถึง 85": a unit's figure told with the threshold it missed.
_FELL_SHORT = re.compile(
    r"^(?!.*(?:ถ้า|หาก|จะ\s?ไม่|ไหม|มั้ย|หรือ|เท่าไหร่|เท่าไร|กี่|\?)).*NUM.*ไม่\s?ถึง\s?(?:NUM|เกณฑ์)"
)
# "ทีม PMQA ของกองคลังเข้าประชุมได้แค่ 80% ไม่ถึงร้อยละ 85 ค่ะ": an attendance told, short of the
# bar, asks nothing (asked or supposed, "…ผ่านไหม", "ถ้า…", it is the rule's question).
_ATTENDANCE_TOLD = (
    rf"^(?!.*(?:{QUESTION}|กี่|เท่าไหร่|เท่าไร|ถ้า|หาก|ยังไง|อย่างไร|เหรอ|หรอ|ใช่|ต้อง|จะ|ได้ไหม))"
    r".*(?:เข้าประชุม|เข้าร่วม)\S{0,20}?\s?(?:ได้|คิดเป็น)\s?(?:แค่|เพียง)?\s?(?:ร้อยละ\s?)?NUM"
)
# "…กองกลาง คิดเป็นร้อยละ 92.5 ผ่านเกณฑ์ครับ", "…90% ผ่านเกณฑ์ 85% แล้ว": an attendance told
# passed, closing the message with nothing asked nor supposed, is a unit's step reported.
_ATTENDANCE_PASSED = (
    rf"^(?!.*(?:{QUESTION}|กี่|เท่าไหร่|เท่าไร|ถ้า|หาก|ยังไง|อย่างไร|เหรอ|หรอ|ใช่|ต้อง|จะ|ถึง|ป่ะ|\?))"
    r".*NUM.*(?<!ไม่)(?<!ไม่ )ผ่าน\s?เกณฑ์\s*(?:NUM\s*)?(?:แล้ว)?\s*(?:นะ)?\s*(?:ครับ|ค่ะ|คะ|จ้า|ค่า)?\s*$"
)
# A meeting an assessment item holds ("ข้อจัดประชุมผู้ทรงคุณวุฒิ…ของหลักสูตรสอบผ่านยัง",
# "รายงานสรุปผลประชุม… ข้อนั้นผ่านมั้ย"): the item's, not the plan's attendance rule.
_AN_ITEMS_MEETING = re.compile(
    r"ข้อ\s?(?:นี้|นั้น|นี่|นั่น)|"
    + "|".join(p for k, spelt in DEFAULT_KEYWORDS if k != "PMQA" for p in spelt),
    re.IGNORECASE,
)
# When, asked (no way of sending is): "ส่ง form 4 วันไหน", "deadline ส่งทาง google form".
_WHEN_ASKED = "วันไหน|เมื่อไหร่|เมื่อไร|ช่วงไหน|ช่วงเวลาไหน|ช่วงวันไหน|เดือนไหน|กำหนดส่ง|deadline"
_WHEN = (
    "วันไหน|เมื่อไหร่|เมื่อไร|ถึงวัน|ตั้งแต่|ภายใน|กำหนดส่ง|deadline"
    "|ช่วงไหน|ช่วงเวลาไหน|ช่วงวันไหน|เปิดให้ส่ง|เปิดรับ|ปิดรับ|ส่งได้ถึง|ส่งได้ช่วง"
    # A window checked by its days ("(ฟอร์ม 4) ช่วงส่งคือ 15-24 ก.ย. ใช่มั้ย").
    "|ช่วงส่ง|ช่วงเวลาส่ง|ช่วงที่ต้องส่ง|ช่วงรายงาน|ต้องส่งช่วง"
    "|เดือนไหน|เดือนอะไร|ครบกำหนด|หมดเขต|วันสุดท้าย"
    # The schedule of a report asked ("ขอทราบกำหนดการรายงานผล… (แบบฟอร์มหมายเลข ๔)").
    "|กำหนดการรายงาน|กำหนดการส่ง|กำหนดการจัดส่ง"
    # The days left to it ("เหลือกี่วันทำการส่งฟอร์ม ๑-๓").
    "|เหลือกี่วัน|อีกกี่วัน|กี่วันทำการ"
)
# A form named in a question about another topic: where it goes ("แบบฟอร์ม 4 ส่งทางไหน"),
# which dimension a category is in ("หมวด 3 อยู่มิติไหน พอดีทำแบบฟอร์มแล้วงง").
_OTHER_THAN_FORM = (
    "ส่งทาง|ส่งผ่าน|ช่องทาง|ส่งที่ไหน|ส่งตรงไหน|แนบที่ไหน|แนบตรงไหน|อัปโหลดที่ไหน|อัปโหลดตรงไหน"
    "|อัพโหลดที่ไหน|อัพโหลดตรงไหน|upload|มิติ|หมวด"
)

# A round named beside a due asked (see the round's rule), or beside what is sent in it and
# when ("รอบ 2 ต้องส่งฟอร์ม 4 ช่วงไหน": the form's window, the words between).
_NOT_OF_THE_ROUND = re.compile(
    phrase_search_regex(
        f"{_DUE_ASKED}|ภาพรวม|สถานะ|เกณฑ์ตัวชี้วัด|ยังไม่ได้|ตัวไหน|กองไหน|ผลประเมิน|ผลการประเมิน"
        "|ได้ช่วงไหน|ได้ช่วงเวลาไหน|ได้ตอนไหน|ส่งช่วงไหน|ส่งตอนไหน|รายงานช่วงไหน|ส่งได้ช่วง"
    )
    + r"|(?:ส่ง|รายงาน)\S*(?:\s\S+){0,3}?\s?(?:ช่วง(?:เวลา)?ไหน|ตอนไหน)"
    # How every unit is doing in the round ("รอบที่ 1 ตอนนี้แต่ละกองเป็นไงบ้าง", "รอบแรกทุกกอง
    # ถึงไหนกันแล้ว"): where they stand, not what the round assesses.
    + r"|(?:แต่ละ|ทุก)\s?(?:กอง|หน่วย)\S{0,6}?\s?(?:ตอนนี้\s?)?(?:ไป\s?)?"
    r"(?:เป็นไง|เป็นยังไง|เป็นอย่างไร|ถึงไหน|คืบหน้า)"
)

# "…แต่ยังไม่ได้แนบแบบฟอร์มที่ 3": a caveat on a step reported, no question of the form; who is
# in a team, a form uploaded, or a favour to send it late neither ("ทีมของ กนต. มีใครบ้าง จะทัก
# ไปตามฟอร์ม 4").
_NOT_OF_THE_FORM = re.compile(
    phrase_regex(
        "google|กูเกิล|เรียบร้อย|ทาง form|ผ่าน form|ทางฟอร์ม|ผ่านฟอร์ม|ในฟอร์ม"
        f"|{_WHEN}|{_OTHER_THAN_FORM}|drive|ไดรฟ์|ไดร์ฟ|โฟลเดอร์|folder"
        "|มีใคร|ใครบ้าง|อัปโหลด|อัพโหลด|LINK|ช้า"
        # The month it is sent in, checked: "ฟอร์ม 4 ต้องส่งเดือนกันยาใช่ไหม" (its deadline).
        "|ส่ง MONTH|ส่งใน MONTH|ส่งช่วง MONTH|ส่งภายใน MONTH"
        # A sending told formally: "กองการเจ้าหน้าที่ขอแจ้งว่าส่งรายงานผล… (แบบฟอร์ม 4)…".
        "|ขอแจ้งว่าส่ง|ขอรายงานว่าส่ง|ขอเรียนว่าส่ง|ขอแจ้งว่าได้ส่ง|ขอรายงานว่าได้ส่ง|ขอเรียนว่าได้ส่ง"
        # The sender's own sending asked leave for ("ฟอร์ม 3 ของกองเราขอส่งบ่ายนี้นะคะ"): no
        # form asked for.
        "|ขอส่ง|ขออนุญาตส่ง|ขอเลื่อนส่ง"
    )
    + f"|{FORM_SHORT_RE.pattern}"
    # What was typed into it; not what it is for ("…คือที่กรอกรายละเอียด…ใช่ไหม").
    + r"|(?<!คือ)(?<!คือ )(?<!เป็น)(?<!เป็น )(?<!ไว้)(?<!ไว้ )ที่\s?กรอก"
)

# A hypothetical ("ถ้า…จะ…") is never a write: what a shortfall would leave, what level a run
# of steps would reach, asked in the words of the case.
_WOULD_COST = (
    "ตัดเท่าไหร่|ตัดเท่าไร|ตัดกี่|หักเท่าไหร่|หักเท่าไร|หักกี่|จะเหลือกี่|เหลือกี่คะแนน"
    "|จะเหลือเท่าไหร่|จะได้กี่คะแนน|จะได้คะแนนเท่าไหร่"
    # How a shortfall is cut: "ไม่ครบทั้ง 3 มิติ ตัดยังไงคะ มิติละ 0.5 หรือทั้งก้อน".
    "|ตัดยังไง|ตัดอย่างไร|ตัดแบบไหน|หักยังไง|หักอย่างไร|หักแบบไหน|คิดหักยังไง"
    # Asked formally: "…จะถูกตัดคะแนนเท่าใด".
    "|ตัดคะแนนเท่าใด|หักคะแนนเท่าใด|ตัดเท่าใด|หักเท่าใด|ตัดคะแนนเท่าไหร่|หักคะแนนเท่าไหร่"
)
# A unit's score told with what was cut from it ("กพร.ได้ ๔.๕ คะแนนครับ หักเอกสารไม่ครบไป 0.5"),
# a statement, no question of the deductions.
_SCORE_TOLD = re.compile(
    rf"^(?!.*(?:{QUESTION}|เท่าไหร่|เท่าไร|กี่|ทำไม|ยังไง|อย่างไร|เหรอ|หรอ|ใช่|ถ้า|หาก))"
    # "กจได้2.95นะ โดนหักส่งช้า": the measure word may go unsaid, a count's may not.
    r".*(?:ได้\s?NUM(?:\s?คะแนน|(?!\s?(?:วัน|ครั้ง|คน|%|เปอร์|ร้อยละ|ชั่วโมง|เดือน|ปี|ฉบับ|ไฟล์|ชุด|มิติ)))"
    # "บันทึกคะแนนกองนิติการ 4.95 ครับ หักส่งช้าไป 0.05": the score named, then its figure.
    r"|บันทึก\s?(?:คะแนน|ผล)\S*\s?NUM)"
)
# The deductions asked to be included in a status ("ขอรายงานสถานะแบบละเอียด… รวมรายการหัก
# คะแนนด้วย"): the status's detail cards list them, no rule is asked.
_DEDUCTIONS_INCLUDED = (
    "รวมรายการหัก|รวมรายการที่หัก|รวมหัก|รวมที่หัก|รวมที่โดนหัก|รวมทั้งรายการหัก|พร้อมรายการหัก"
    "|พร้อมที่หัก|รวมถึงรายการหัก"
)
_SCORE_TOLD_OR_INCLUDED = re.compile(f"{_SCORE_TOLD.pattern}|{phrase_regex(_DEDUCTIONS_INCLUDED)}")
_SHORT = (
    "DIM|ขาด|ไม่ครบ|ช้ากว่า|ช้าไป|ล่าช้า|เกินกำหนด|ไม่ทัน|ไม่บรรลุ|บรรลุ|ส่งช้า|ไปถึง"
    # Its documents left out: "ถ้าไม่แนบเอกสารขั้น 3 จะโดนตัดกี่คะแนน".
    "|ไม่แนบ|ไม่ได้แนบ|ไม่มีเอกสาร|ไม่มีไฟล์|ช้า"
)
_WOULD_REACH = "ระดับไหน|ระดับอะไร|ระดับเท่าไหร่|ได้ระดับ|กี่คะแนน|ได้เต็ม|คะแนนเต็ม|เต็ม 5|เต็มเลย"
# Asked of a step: whether it needs something too ("ขั้นตอนที่ 3 ต้องมี…ด้วยใช่ไหม").
_TOO_ASKED = "ด้วยใช่ไหม|ด้วยใช่มั้ย|ด้วยใช่ป่ะ|ด้วยเหรอ|ด้วยหรอ|ด้วยหรือเปล่า|ด้วยรึเปล่า|ด้วยไหม|ด้วยมั้ย|ด้วยหรือไม่"
# The step a hypothetical run reaches: "ผ่านขั้นตอน 1-3", "ถึงขั้นตอนที่ 4", "ครบ 5 ขั้น".
_REACHED_RE = re.compile(r"(?:ถึง|ครบ|ผ่าน)\s*(?:ขั้นตอน|ขั้น|step)?\s*(?:ที่)?\s*(?:\d\s*[-–]\s*)?(\d)")


def _reach_reader(found: Found) -> RuleQuestion | None:
    """A level asked of a run of steps: the level is the last step the run reaches; a tier's
    name ("ถ้าปี 66 PMQA ได้ 440 เป้าหมายขั้นสูงปีนี้ต้องกี่คะแนน") names no step."""
    if not _A_STEP_RE.search(found.extraction.masked):
        return None
    intent = _reader(RuleTopic.LEVEL)(found)
    reached = _REACHED_RE.search(found.extraction.text)
    if intent is None or reached is None:
        return intent
    return replace(intent, number=int(reached[1]))


_A_STEP_RE = re.compile(r"STEP|ขั้นตอน|ขั้น(?!\s?(?:ต้น|สูง|มาตรฐาน))")
# What is asked of what a step needs: "…ต้องแนบหลักฐานอะไรไหม", "…ต้องมีกี่คน", "…เท่านั้นหรือไม่".
_STEP_NEEDS = f"{QUESTION}|อะไร|กี่|เท่านั้น|ใช่ไหม|ใช่มั้ย|ป่ะ|เหรอ|หรอ|หรือเปล่า|รึเปล่า|หรือไม่|ด้วยไหม"
# Other topics asked of a step: its share to reach, its channel, its form.
_OTHER_TOPICS = (
    "บรรลุ|เปอร์เซ็น|กี่%|กี่ %|ร้อยละ|ผ่านกี่|ช่องทาง|ทางไหน|ส่งทาง|แบบฟอร์ม|ฟอร์ม|form|template|หัก|ตัดคะแนน"
)
# A step's deliverable named: the team's list, the plan of three years, the action plan.
_DELIVERABLES = (
    "รายชื่อทีม|รายชื่อ pmqa|ทีม pmqa|pmqa team|สมาชิกทีม|ทีมงาน|แผน 3 ปี|แผนสามปี|แผนพัฒนา"
    "|แผนปฏิบัติการ|แผนระยะ 3 ปี"
)

_DELIVERABLE_RE = re.compile(phrase_search_regex(_DELIVERABLES))


def _deliverable_reader(found: Found) -> RuleQuestion | None:
    """What a step's deliverable must be: the step is the one its words name."""
    intent = _reader(RuleTopic.STEP)(found)
    named = _DELIVERABLE_RE.search(found.extraction.text)
    return replace(intent, step=named[0]) if intent is not None and named else intent


# Not yet done ("ทำไมยังไม่ส่ง"), unless what is not yet there is the score itself.
# The score itself not up yet ("ทำไมคะแนนรวมยังไม่ขึ้นสักที") is a score asked why too.
_NOT_YET_DONE = re.compile(
    r"(?<!คะแนน)(?<!คะแนน )(?<!คะแนนรวม)(?<!คะแนนรวม )ยังไม่(?!\s?(?:มี|ได้|ขึ้น|ออก)\s?(?:ผล\s?)?คะแนน)"
    r"|คะแนน(?:รวม)?\s?ยังไม่(?!\s?(?:ขึ้น|ออก|อัปเดต|อัพเดต|เปลี่ยน|ขยับ))"
)
# A case supposed ("หากหน่วยงานใดไม่ได้ส่ง…", "ถ้าทำได้ถึงขั้น 3 แต่…", "ถ้าคนในทีมย้ายกอง…"):
# what it would cost, the level it would reach, what the step would need.
_SUPPOSED = "ถ้า|หาก|กรณี|สมมติ|สมมุติ"
_NOT_SENT = "ไม่ได้ส่ง|ไม่ส่ง|ส่งไม่ทัน|ไม่ทัน|ไม่ได้แนบ|ไม่แนบ|ส่งช้า|ส่งไม่ครบ|เลยกำหนด|เกินกำหนด"
_SCORE_AFFECTED = (
    "ผลต่อคะแนน|ผลกับคะแนน|กระทบคะแนน|กระทบต่อคะแนน|กระทบกับคะแนน|มีผลไหม|มีผลมั้ย"
    "|มีผลยังไง|มีผลอย่างไร|มีผลอะไร|กระทบไหม|กระทบมั้ย|กระทบอะไร|กระทบยังไง|กระทบอย่างไร"
)
_SCORE_COMES = (
    "คะแนนจะ|ได้คะแนน|ได้กี่คะแนน|กี่คะแนน|คะแนนเท่า|คะแนนออกมา|ได้ระดับ|ระดับไหน|ระดับอะไร"
    "|ระดับเท่า|เหลือเท่า|เหลือกี่"
)
_STEP_REDONE = "ต้องส่ง|ต้องแจ้ง|ต้องยื่น|ต้องแก้|ต้องเปลี่ยน|ต้องปรับ|ต้องทำ"
_STEP_PAPERS = "รายชื่อ|แผน|รายงาน|แบบฟอร์ม|ฟอร์ม"
_REDONE_ASKED = "ไหม|มั้ย|หรือเปล่า|รึเปล่า|หรือไม่|ป่ะ|ด้วยไหม|ใหม่"
# Held again, asked: "มีประชุมแบบนี้อีกไหม", "จะจัดอีกรอบไหม", "ครั้งหน้าเมื่อไหร่".
_AGAIN = (
    "อีกไหม|อีกมั้ย|อีกหรือเปล่า|อีกรึเปล่า|อีกหรือไม่|อีกรอบไหม|อีกรอบมั้ย|อีกครั้งไหม"
    "|อีกครั้งมั้ย|อีกป่ะ|ครั้งหน้า|รอบหน้า|ครั้งต่อไป|รอบต่อไป"
)
_WHO_OF_UNITS = "ใครยัง|ใครส่ง|ใครไม่|ยังไม่ส่ง|กองไหน|หน่วยไหน|หน่วยงานไหน|สำนักไหน|ศูนย์ไหน"


# A step's count or share asked ("ขั้นตอนที่ 2 นับเปอร์เซ็นต์ยังไง รายคนหรือรายครั้ง"): step 2's
# share is of the meetings attended, step 5's of the plan's own indicators met; any other
# step's count ("ขั้นตอนที่ 1 นับพนักงานราชการเข้าทีมด้วยไหม") is what the step itself needs.
_SHARE_OF_STEP = {"2": RuleTopic.ATTENDANCE, "5": RuleTopic.THRESHOLDS}


def _step_counted(found: Found) -> RuleQuestion | None:
    """What a step counts, read by the step named (attending words name step 2's)."""
    text = found.extraction.text
    topic = _SHARE_OF_STEP.get(found.extraction.step, RuleTopic.STEP)
    if re.search(_ATTENDING, text):
        topic = RuleTopic.ATTENDANCE
    elif "บรรลุ" in text:
        topic = RuleTopic.THRESHOLDS
    return _reader(topic)(found)


# A step's own words, before a form named: "ขั้นตอนที่ 3 ต้องส่งแบบฟอร์มอะไรบ้าง" asks what the
# step needs ("แบบฟอร์ม 4 ใช้ในขั้นตอนใด" asks of the form).
_STEP_BEFORE_FORM_RE = re.compile(r"STEP.*(?:แบบฟอร์ม|ฟอร์ม|form)")


def _forms_of_a_step(found: Found) -> RuleQuestion | None:
    if not _STEP_BEFORE_FORM_RE.search(found.extraction.masked):
        return None
    return _reader(RuleTopic.STEP)(found)


# Other names of a way of sending, asked only: a paper copy, the office's e-document system.
_OTHER_CHANNELS = (
    "hard copy|hardcopy|ฉบับจริง|ฉบับกระดาษ|เอกสารตัวจริง|ปริ้น|ปริ้นท์|พริ้นท์"
    "|สารบรรณ|e-saraban|esaraban|ระบบหนังสือ"
)
# Only one way asked: "ต้องส่งทาง google drive อย่างเดียวเลยเหรอ".
_ONLY = "อย่างเดียว|เท่านั้น|เฉพาะ"
_ONLY_ASKED = f"{_YES_OR_NO}|หรือเปล่า|รึเปล่า|หรือไม่|เลยไหม|เลยมั้ย"
# Whom a step's list names, or whether someone counts in it: "ส่งรายชื่อใครบ้าง", "นับ…ด้วยไหม".
# (Two groups, no joined phrase: a cue is also a word typos are corrected to.)
_WHO_LISTED = "รายชื่อ|ใส่ชื่อ|นับ|ต้องมี"
_COUNTED_TOO = "นับ|รวม|เข้าทีม|ในทีม"
# A step's share, by person or by time: "นับเปอร์เซ็นต์ยังไง", "รายคนหรือรายครั้ง".
_SHARE_COUNTED = (
    "นับเปอร์เซ็น|คิดเปอร์เซ็น|นับร้อยละ|คิดร้อยละ|คำนวณร้อยละ|คำนวณเปอร์เซ็น|รายคน|รายครั้ง"
    "|จำนวนคนหรือ|จำนวนครั้งหรือ|บรรลุกี่ตัว|ต้องบรรลุ"
)
# The points each step brings: "แต่ละขั้นได้กี่คะแนน", "ขั้นละ 1 ใช่ไหม".
_EACH_STEP = "แต่ละขั้น|ขั้นละ|ขั้นตอนละ|แต่ละstep|แต่ละ step|step ละ|stepละ"
# A score below zero, asked: "คะแนนติดลบได้ไหม".
_BELOW_ZERO = "ติดลบ|ต่ำกว่าศูนย์|น้อยกว่าศูนย์"

# Level, step and round questions outrank the deadlines' "ต้องทำอะไร" (750).
# fmt: off
SPECS = (
    IntentSpec(RuleQuestion, handle_rule_question, (
        # A step named, what it needs or counts asked: whom its list names ("ขั้นที่ 1 ส่ง
        # รายชื่อใครบ้าง"), whether someone counts ("ขั้นตอนที่ 1 นับพนักงานราชการเข้าทีมด้วยไหม"),
        # whether it asks only one thing ("ขั้นที่ 1 ส่งรายชื่อทีมอย่างเดียวใช่มั้ย"): the steps'
        # rule, never the step's deadline.
        Rule(("STEP", _WHO_LISTED, "ใครบ้าง"), 913, _undone(_reader(RuleTopic.STEP)),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|แล้ว|ใครที่|มีใครส่ง|ใครเป็น"),
        Rule(("STEP", _COUNTED_TOO, _TOO_ASKED), 913, _undone(_step_counted),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|{CHANNEL_WORDS}|ช่องทาง|อธิบาย|รายละเอียด"),
        Rule(("STEP", _ONLY, _ONLY_ASKED), 913, _undone(_reader(RuleTopic.STEP)),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|{CHANNEL_WORDS}|ช่องทาง|ส่งทาง|ผ่าน|คะแนน|NUM"),
        # "ขั้นตอนที่ 2 นับเปอร์เซ็นต์ยังไง รายคนหรือรายครั้ง", "ขั้นตอนที่ 5 คิดยังไง ต้องบรรลุกี่
        # ตัว": a step's share, whose rule is the step's (step 2 attendance, step 5 thresholds).
        Rule(("STEP", _SHARE_COUNTED), 923, _undone(_step_counted),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|เกณฑ์|อธิบาย|รายละเอียด"),
        # "ขั้นตอนที่ 4 กับ 5 ต่างกันยังไง", "ขั้นตอนที่ 1 ถึง 5 มีอะไรบ้าง": steps compared, or a
        # run of them asked what they hold.
        Rule(("STEP กับ NUM|STEP และ NUM|STEP กับ STEP|STEP และ STEP",
              "ต่างกัน|ต่างจาก|แตกต่าง|ความต่าง|ต่างยังไง"), 873, _undone(_reader(RuleTopic.STEP)),
             # "ขั้น 2 กับขั้น 5 เกณฑ์ผ่านต่างกันไหม": the bars compared are the thresholds'.
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|เกณฑ์|ร้อยละ|เปอร์เซ็น|คะแนน|ระดับ"),
        Rule(("STEP ถึง NUM|STEP - NUM|STEP ถึง STEP|STEP-NUM",
              "มีอะไรบ้าง|มีอะไร|มีไรบ้าง|ทำอะไรบ้าง|คืออะไร|ต้องทำอะไร|ต้องส่งอะไร"), 873,
             _undone(_reader(RuleTopic.STEP)),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|ภาพรวม|สถานะ|ถึงไหน|ตอนนี้"),
        # "ขั้นตอนที่ 3 ต้องส่งแบบฟอร์มอะไรบ้าง": the forms a step needs are the step's.
        Rule(("STEP", "แบบฟอร์ม|ฟอร์ม|form", "ต้องส่ง", "อะไรบ้าง|ไหนบ้าง"), 783,
             _undone(_forms_of_a_step),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|google|กูเกิล|LINK|ลิงก์|ลิงค์|link|ดาวน์โหลด|โหลด"
                    "|กรอก|ลงนาม|เซ็น"),
        # Where a step's list is filled in ("รายชื่อ PMQA team ต้องกรอกที่ไหน"), whether a way of
        # sending is the only one ("แผนต้องส่งทาง google drive อย่างเดียวเลยเหรอ"), or allowed
        # under another name ("ต้องส่ง hard copy ด้วยมั้ย", "ส่งผ่านระบบสารบรรณแทนได้ไหม").
        Rule(("รายชื่อ|ทีม|team|แผน|ข้อมูล", "กรอกที่ไหน|กรอกตรงไหน|กรอกทางไหน|ลงชื่อที่ไหน"
              "|ใส่ชื่อที่ไหน|ลงทะเบียนที่ไหน"), 773, _undone(_reader(RuleTopic.CHANNEL)),
             unless=f"{_WHO_OF_UNITS}|ผล|คะแนน"),
        # ("ตัวชี้วัดแต่งตั้ง นับเฉพาะหนังสือที่ส่งทางอีเมลใช่ไหม": what an indicator counts.)
        Rule((CHANNEL_WORDS, _ONLY, _ONLY_ASKED), 783, _undone(_reader(RuleTopic.CHANNEL)),
             unless=f"{_SEND_ME}|{_MAIL_FAVOURS}|{_WHO_OF_UNITS}|{_WHEN_ASKED}|{_NOT_A_CHANNEL}"
                    "|นับ|วัด|ตัวชี้วัด|kpi|สูตร|คำนวณ"),
        Rule((_OTHER_CHANNELS, f"{_ALLOWED}|แทนได้|ได้ไหม|ได้มั้ย"), 783,
             _undone(_reader(RuleTopic.CHANNEL)),
             unless=f"{_SEND_ME}|{_WHO_OF_UNITS}|{_WHEN_ASKED}|วัดจาก|นับเฉพาะ|นับรวม|สูตร|คำนวณ"),
        # "ถ้าปริ้นท์แผนไปวางที่ห้อง กพร. จะโดนตัดไหม": a way of sending under another name, asked
        # whether it costs (how much it costs is the deductions', as for the usual names).
        Rule((_OTHER_CHANNELS, _DEDUCTED), 903, _undone(_reader(RuleTopic.CHANNEL)),
             unless=f"{_WHO_OF_UNITS}|ไม่ส่ง|ไม่ได้ส่ง|กี่คะแนน|กี่แต้ม|เท่าไหร่|เท่าไร|เท่าใด"),
        # "รอบแรกประเมินขั้นตอนไหนบ้าง": which steps a round named assesses.
        Rule(("รอบ NUM|รอบแรก|รอบที่ NUM|รอบสอง|รอบหลัง|round NUM",
              "ขั้นตอนไหน|ขั้นไหน|ขั้นตอนอะไร|ขั้นอะไร|step ไหน|stepไหน"), 873, _undone(_round_reader),
             unless=f"{_WHO_OF_UNITS}|{_DUE_ASKED}|ผ่าน|ถึงขั้น|ถึงไหน|ตอนนี้|อยู่ขั้น"),
        # "85% นับเป็นรายคนหรือรายกอง", "ร้อยละ 85 คิดจากจำนวนคนหรือจำนวนครั้ง": a share counted
        # per person or per time is the meetings attended (the plan's indicators count by one).
        Rule(("NUM", "รายคน|รายครั้ง|จำนวนคน|จำนวนครั้ง|คนที่เข้า|ครั้งที่เข้า"), 903,
             _percent_only(_undone(_reader(RuleTopic.ATTENDANCE))),
             unless=f"{_WHO_OF_UNITS}|บรรลุ|ตัวชี้วัด|kpi|ได้ NUM ครั้ง|ได้ NUM คน|เกณฑ์"),
        # "คะแนนติดลบได้ไหม ถ้าโดนหักเยอะๆ": how far deductions go.
        Rule(("คะแนน|หัก|ตัด", _BELOW_ZERO, f"{_YES_OR_NO}|ได้ไหม|ได้มั้ย|หรือเปล่า|รึเปล่า|หรือไม่"),
             963, _undone(_reader(RuleTopic.DEDUCTIONS)), unless=_WHO_OF_UNITS),
        # "ถ้ามี 6 ตัว บรรลุ 5 ตัว = 83% ผ่านไหม": a count of the plan's indicators met, asked
        # whether it passes (a meeting's count is attendance's).
        Rule(("บรรลุ", "NUM ตัว|NUM จาก NUM|NUM ใน NUM",
              "ผ่านไหม|ผ่านมั้ย|ผ่านหรือเปล่า|ผ่านรึเปล่า|ผ่านหรือไม่|ผ่านป่ะ|ผ่านใช่ไหม|ผ่านใช่มั้ย"
              "|ผ่านเกณฑ์ไหม|ผ่านเกณฑ์มั้ย|ผ่านเกณฑ์หรือไม่|ผ่านมะ"), 913,
             _plan_count(_undone(_reader(RuleTopic.THRESHOLDS))),
             unless=f"{_ATTENDING}|ครั้ง|{_WHO_OF_UNITS}|ส่งแล้ว|รายงานแล้ว|บันทึก"),
        # "85% ของอะไร": what a share typed applies to.
        Rule(("NUM", "ของอะไร|ของอะไรบ้าง|ใช้กับอะไร|ใช้ตรงไหน"), 783,
             _percent_only(_percent_reader), unless="ระดับ|level|คะแนน|STEP|kpi"),
        # "แต่ละขั้นได้กี่คะแนน ขั้นละ 1 ใช่ไหม": the points each step brings (an indicator's own
        # tiers, "ขยะแต่ละขั้นได้กี่คะแนน", are its criteria).
        Rule((_EACH_STEP, f"คะแนน|แต้ม|ละ NUM|{_YES_OR_NO}"), 913,
             _no_unit(_undone(_plan_reader(RuleTopic.LEVEL))),
             unless=f"{_WHO_OF_UNITS}|ขั้นต้น|ขั้นมาตรฐาน|ขั้นสูง|ต้องทำ|ทำอะไร|ต้องส่ง|{_DEDUCTED}|ตัด"),
        # "รอบ 2 ส่งกันช่วงไหน มีอะไรต้องเตรียม": what a round holds, its days with it.
        Rule(("รอบ", _WHEN_ASKED, "ต้องเตรียม|เตรียมอะไร|มีอะไรบ้าง|มีอะไรต้อง|ต้องทำอะไร|ต้องส่งอะไร"),
             783, _undone(_reader(RuleTopic.ROUND)),
             unless=f"{_WHO_OF_UNITS}|รายงานผล|ภาพรวม|สถานะ|MONTH"),
        # "ถ้าทำได้ 11/13 ตัวนี่ผ่าน85%มั้ย", "ต้องบรรลุกี่ตัวถึงผ่าน": a count of the plan's
        # indicators against the share that passes (a meeting's count is attendance's).
        Rule(("NUM/NUM ตัว|NUM/NUM|NUM / NUM|NUM จาก NUM ตัว|NUM ใน NUM ตัว|ได้ NUM ตัว",
              "ผ่าน|ถือว่า|ถึงเกณฑ์", _YES_OR_NO), 7521, _plan_count(_reader(RuleTopic.THRESHOLDS)),
             unless=f"{_ATTENDING}|ครั้ง|{_WHO_OF_UNITS}|ส่งแล้ว|รายงานแล้ว|บันทึก"),
        Rule(("กี่ตัว", "ถึงผ่าน|ถึงจะผ่าน|จึงจะผ่าน|จึงผ่าน|ถึงจะไม่โดน|ถึงไม่โดน"), 7522,
             _plan_count(_reader(RuleTopic.THRESHOLDS)), unless=f"{_ATTENDING}|{_WHO_OF_UNITS}"),
        # "กองกลางได้ 2.95 มาจากไหน", "เหตุใดคะแนน…จึงเหลือ ๔.๙๕ …ถูกหักจากส่วนใด": where a score
        # got comes from is why it is that score (what a lapse would cost is the deductions').
        Rule(("ได้|เหลือ", "NUM", "มาจากไหน|มาจากอะไร|มาได้ยังไง|มายังไง|มาได้ไง|คิดมาจาก"), 7523,
             _reader(RuleTopic.WHY_SCORE), unless="ถ้า|หาก|สมมติ|ต้อง|เกณฑ์|ร้อยละ NUM มา"),
        Rule(("ทำไม|เหตุใด|เพราะอะไร", "เหลือ NUM|เหลือแค่ NUM|เหลือเพียง NUM|ได้แค่ NUM|ได้เพียง NUM"),
             7524, _why_left(_reader(RuleTopic.WHY_SCORE)), unless="ถ้า|หาก|สมมติ|ยังไม่"),
        # "ขอลิงก์ฟอร์มส่งรายชื่อ PMQA team": the form one sends the names with is the step's
        # channel (a form to download, "ขอลิงก์ดาวน์โหลดแบบฟอร์ม 4", is the form's).
        Rule(("ลิงก์|ลิงค์|ลิ้งค์|ลิ้งก์|link",
              "ฟอร์มส่ง|formส่ง|form ส่ง|ฟอร์มสำหรับส่ง|ฟอร์มกรอก|ฟอร์มลงชื่อ|ฟอร์มลงทะเบียน"), 7525,
             _reader(RuleTopic.CHANNEL), unless="LINK|ดาวน์โหลด|แบบฟอร์ม|แล้ว"),
        # "แผน 3 ปี กับแผนปฏิบัติการปี 68 ต้องแยกไฟล์ไหม": how the papers are filed.
        Rule(("แยกไฟล์|ไฟล์เดียว|รวมไฟล์|รวมเป็นไฟล์|แยกเล่ม|รวมเล่ม|เล่มเดียว", _YES_OR_NO), 7526,
             # "…ส่งแผนหรือยังคะ ขอเช็คก่อนรวมเล่ม": binding it is why the sending is asked.
             _reader(RuleTopic.FORM),
             unless=f"LINK|{_WHO_OF_UNITS}|ส่งแล้ว|ส่งไปแล้ว|ก่อนรวมเล่ม|ก่อนจะรวมเล่ม|ก่อนรวมไฟล์"),
        # "รอบการประเมินที่ 1 ต้องทำกี่ขั้นตอนคะ": the steps of a round named are the round's.
        Rule(("รอบ|round", "กี่ขั้นตอน|กี่step|กี่ step|กี่ขั้น"), 7529, _undone(_round_reader),
             unless=f"แล้ว|ไปกี่|ผ่านกี่|{_WHO_OF_UNITS}|ถ้า|หาก|ภาพรวม|สถานะ"),
        # "ตัวชี้วัดนี้มีกี่stepคะ แต่ละstepต้องทำไรบ้าง": the steps and what each asks.
        Rule(("กี่ขั้นตอน|กี่step|กี่ step|กี่ขั้น",
              "ต้องทำ|ทำอะไร|ทำไร|แต่ละขั้น|แต่ละstep|แต่ละ step|มีอะไรบ้าง"), 7527,
             _plan_reader(RuleTopic.STEP), unless=f"แล้ว|ไปกี่|ผ่านกี่|{_WHO_OF_UNITS}|ถ้า|หาก"),
        # A cut per indicator or dimension worked out, checked ("…หักตัวละ 0.5 ถ้าขาด 3 ตัวก็โดน
        # 1.5 ใช่ไหม"): the deductions' rule, above the share the plan's indicators must reach.
        Rule(("หักตัวละ|หักมิติละ", "โดน NUM|รวม NUM|เหลือ NUM", _YES_OR_NO), 843,
             _undone(_reader(RuleTopic.DEDUCTIONS)), unless=_WHO_OF_UNITS),
        # "ถ้าแผนขาดไปหนึ่งมิติ จะเหลือกี่คะแนน", "ส่งช้ากว่ากำหนด 3 วัน ตัดเท่าไหร่".
        Rule((_SHORT, _WOULD_COST), 838, _undone(_reader(RuleTopic.DEDUCTIONS)),
             unless=f"ทำไม|{_WHO_OF_UNITS}"),
        # "ตัวชี้วัดในแผนต้องบรรลุกี่เปอร์เซ็นต์ถึงไม่โดนหัก": the share asked, not the cost.
        Rule(("บรรลุ", "กี่เปอร์เซ็นต์|กี่เปอร์เซ็น|กี่%|กี่ %|กี่ตัว|ร้อยละเท่าไหร่|เท่าไหร่",
              "ถึงไม่|ถึงจะไม่|จะได้ไม่|ไม่โดน|ไม่ถูก"), 839,
             _no_unit(_undone(_reader(RuleTopic.THRESHOLDS))), unless=_WHO_OF_UNITS),
        # How a figure meets a bar: rounded ("84.5% ปัดเป็น 85 ได้ไหม"), scored between two
        # bars ("คิดคะแนนแบบเส้นตรงหรือขั้นบันได"), a share of the plan's own indicators
        # supposed ("ถ้าตัวชี้วัดในแผนบรรลุ 80% จะผ่านขั้น 5 ไหม").
        Rule(("ปัดเป็น|ปัดขึ้น|ปัดเศษ|ปัดให้|ปัดได้|round up|rounding", f"{_MAY}|หรือ|เหรอ|หรอ"), 846,
             _no_unit(_undone(_reader(RuleTopic.THRESHOLDS))), unless=_WHO_OF_UNITS),
        # An indicator named asks its own ("ตัวชี้วัดที่ 10 คะแนนคิดแบบขั้นบันไดหรือเทียบสัดส่วน").
        Rule(("เส้นตรง|ขั้นบันได|linear|interpolat", f"คิด|คำนวณ|คะแนน|หรือ|{QUESTION}"), 846,
             _no_unit(_undone(_reader(RuleTopic.THRESHOLDS))),
             unless=f"{_WHO_OF_UNITS}|ตัวชี้วัด|kpi|ตชว|{INDICATOR_WORDS}"),
        Rule(("ถ้า|หาก|สมมติ|สมมุติ", "ตัวชี้วัดในแผน|ตัวชี้วัดตามแผน|ตัวชี้วัดของแผน",
              "ผ่าน|ได้|ถึง|พอ", f"{QUESTION}|เหรอ|หรอ|ใช่ไหม|ใช่มั้ย"), 846,
             _no_unit(_undone(_reader(RuleTopic.THRESHOLDS))), unless=_WHO_OF_UNITS),
        # The points a tier earns, no indicator named ("ผ่านขั้นมาตรฐานได้กี่คะแนน", "ถึงขั้นสูง
        # ได้คะแนนเท่าไหร่"): the thresholds' rule. The score needed for it ("ต้องได้กี่คะแนน
        # ถึงผ่าน…") is the criteria; our own ("เราผ่าน…ได้กี่คะแนน") the status.
        Rule(("ผ่านขั้นต้น|ผ่านขั้นมาตรฐาน|ผ่านขั้นสูง|ถึงขั้นต้น|ถึงขั้นมาตรฐาน|ถึงขั้นสูง|ได้ขั้นต้น"
              "|ได้ขั้นมาตรฐาน|ได้ขั้นสูง",
              "ได้กี่คะแนน|ได้คะแนนเท่าไหร่|ได้คะแนนเท่าไร|ได้คะแนนกี่|ได้กี่แต้ม"), 721,
             _no_unit(_undone(_plan_reader(RuleTopic.THRESHOLDS))),
             unless="ต้อง|ถ้า|หาก|สมมติ|เรา|ตอนนี้|ปีนี้|ปีที่แล้ว|แล้ว|NUM|ใคร|กองไหน"),
        # A tier's points checked or asked with no indicator named ("ขั้นต้น มาตรฐาน ขั้นสูง ได้กี่
        # คะแนนคะ 50 75 100 ใช่มั้ย", "ได้ขั้นมาตรฐานได้ 75 คะแนนใช่ไหม", "ต่ำกว่าเป้าขั้นต้นได้ศูนย์
        # เลยหรือ"): the thresholds' rule, above a tier asked (a named indicator's is its own).
        Rule(("ขั้นต้น|ขั้นมาตรฐาน|ขั้นสูง",
              "ได้กี่คะแนน|ได้คะแนนเท่า|ได้ NUM คะแนน|ได้ NUM แต้ม|ได้กี่แต้ม|ได้ศูนย์|ได้ 0 |ได้คะแนน NUM",
              f"{_YES_OR_NO}|หรือ|กี่|เท่าไหร่|เท่าไร"), 713,
             _no_unit(_undone(_plan_reader(RuleTopic.THRESHOLDS))),
             unless="ต้อง|เรา|ตอนนี้|ปีนี้|ปีที่แล้ว|แล้ว|ใคร|กองไหน|pmqa|kpi|ตัวชี้วัด|ระบบราชการ|คะแนนรวม"),
        # How the total is worked out ("คะแนนรวมคิดยังไง ถ่วงตามน้ำหนักหรือเฉลี่ยเฉยๆ", "ตัวที่ยังไม่
        # ส่งผลนับเป็นศูนย์ในคะแนนรวมไหม"): why a score is what it is; the total itself asked
        # ("คะแนนรวมถ่วงน้ำหนักตอนนี้เท่าไหร่") is the status.
        Rule(("คะแนนรวม|คะแนนถ่วงน้ำหนัก|คะแนนเฉลี่ย",
              "คิดยังไง|คิดอย่างไร|คิดแบบไหน|คิดไง|คำนวณ|ถ่วงตาม|หรือเฉลี่ย|หรือถ่วง|เฉลี่ยเฉย|เฉลี่ยธรรมดา"
              "|นับเป็นศูนย์|นับเป็น NUM|คิดเป็นศูนย์|เป็นศูนย์|สูตร|คิดจากอะไร|มาจากอะไร"), 873,
             # "PMQA คะแนนเฉลี่ย 7 หมวดคิดยังไง": the average of PMQA's categories is its formula.
             _total_worked_out, unless="เท่าไหร่|เท่าไร|กี่|ทำไม|เหตุใด|หมวด"),
        # How a step's meetings are counted ("ขั้นตอนที่ 2 นับยังไง ประชุมครั้งเดียวหรือนับทั้งปี"):
        # attendance's rule, above what the step asks (until when it counts is its deadline).
        Rule(("STEP|ขั้นตอน", "นับยังไง|นับอย่างไร|นับแบบไหน|นับไง|คิดยังไง|นับทั้งปี|ครั้งเดียว",
              "ประชุม"), 883, _undone(_reader(RuleTopic.ATTENDANCE)),
             # The step explained as a whole ("อธิบายขั้นตอนที่ 2 ให้หน่อย… เข้าร่วมกิจกรรมนับยังไง").
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|อธิบาย|รายละเอียด"),
        # Whether a step asks only one thing ("ขั้นตอนที่ 4 นี่ทำแค่ฟอร์ม 4 อย่างเดียวใช่ไหม"):
        # what the step needs, not its deadline.
        Rule(("STEP|ขั้นตอน", "แค่|เพียง|เท่านั้น", "อย่างเดียว|เท่านั้น|ก็พอ|ก็ได้",
              f"{_YES_OR_NO}|หรือเปล่า|รึเปล่า|หรือไม่"), 883, _undone(_reader(RuleTopic.STEP)),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|{_ATTENDING}|NUM|ผ่าน|คะแนน|แล้ว"),
        # A plan short of a dimension, asked whether it may go in anyway ("…แผนยังไม่มีมิติยึด
        # ประชาชนเป็นศูนย์กลางเลย ส่งไปก่อนได้ไหม"): the dimensions' rule (told sent, a step).
        Rule(("DIM|มิติ", "ส่งไปก่อน|ส่งก่อน|ยื่นไปก่อน|ยื่นก่อน|ส่งไปได้|ส่งได้",
              f"{_YES_OR_NO}|หรือเปล่า|รึเปล่า|หรือไม่"), 813, _reader(RuleTopic.DIMENSIONS),
             unless=f"{_WHO_OF_UNITS}|ส่งแล้ว|ส่งไปแล้ว|ส่งมาแล้ว"),
        # "เกณฑ์ผ่านของขั้น 2 กับขั้น 5 ใช้ 85 เหมือนกันไหม", "ขั้นต่ำของแต่ละขั้นตอนเท่าไหร่":
        # the bar a step must reach (a report's indicator named asks its own criteria).
        Rule(("เกณฑ์ผ่าน|เกณฑ์การผ่าน|ขั้นต่ำ|เกณฑ์ขั้นต่ำ|ยอมรับได้", "STEP|ขั้นตอน|ขั้น",
              f"{QUESTION}|เท่าไหร่|เท่าไร|กี่|เหมือนกัน|ต่างกัน|บ้าง|คือ|อยู่ที่|ใช้"), 845,
             _no_unit(_undone(_plan_reader(RuleTopic.THRESHOLDS))),
             unless=f"{_WHO_OF_UNITS}|{_ATTENDING}"),
        # "ถ้าผ่านขั้นตอน 1-3 จะได้ระดับไหน", "ส่งครบ 5 ขั้นจะได้เต็ม 5 เลยไหม".
        Rule(("ถ้า|หาก|สมมติ|ครบ|ถึงขั้น", "STEP|ขั้นตอน|ขั้น", "ได้|ถึงจะ|จะอยู่", _WOULD_REACH,
               f"{QUESTION}|กี่|เหรอ|หรอ|ป่ะ|ใช่ไหม|ใช่มั้ย"),
             946, _not_where_a_unit_is(_undone(_reach_reader)),
             unless=_WHO_OF_UNITS.replace("ยังไม่ส่ง|", "")),
        # "PMQA 4.0 มีระดับการพัฒนากี่ระดับ": the national levels.
        Rule(("pmqa|ระบบราชการ 4.0", "กี่ระดับ|ระดับการพัฒนา|ระดับอะไรบ้าง|มีระดับ|แบ่งระดับ"), 946,
             _reader(RuleTopic.LEVEL)),
        # "รอบที่ 1 ครอบคลุมขั้นตอนไหน", "ขั้นตอนที่ 4 กับ 5 ประเมินรอบไหน": a step's round.
        Rule(("STEP|ขั้นตอน|รอบ", "รอบไหน|รอบอะไร|รอบที่เท่าไหร่|ครอบคลุม|อยู่ในรอบ|รอบเดียวกัน"
              "|คนละรอบ|รอบเดียว"), 866,
             # "…จะได้โทรตามรอบเดียว": chasing everyone in one go is no round of the assessment.
             _undone(_round_reader), unless=f"{_DUE_ASKED}|ตามรอบเดียว|โทรรอบเดียว|จะได้โทร|จะได้ตาม"),
        # "ขั้นตอนที่ 2 ต้องดำเนินการยังไงบ้าง", "ขั้นตอนที่ 3 ต้องทำแผนกี่ฉบับ".
        Rule(("STEP|ขั้นตอน", "ต้องดำเนินการ|ดำเนินการอะไร|ดำเนินการยังไง|ทำยังไงบ้าง|กี่ฉบับ"
              "|กี่เล่ม|กี่ชุด|ต้องส่งรายชื่อ"), 861,
             _undone(_reader(RuleTopic.STEP)), unless=f"รายละเอียด|{_WHO_OF_UNITS}|{_WHEN}"),
        Rule(("STEP|ขั้นตอน", "ต้อง", _TOO_ASKED), 861, _undone(_reader(RuleTopic.STEP)),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}"),
        # "ขั้น 4 ต่างจากขั้น 5 ยังไง", "ขั้นตอนที่ 2 กับขั้นตอนที่ 3 ต่างกันยังไง": steps compared;
        # "ขั้นตอนที่ 5 เอาผลจากไหนมาคิด": where a step's result comes from. The steps' rule.
        Rule(("STEP", "ต่างจาก|ต่างกัน|แตกต่าง|ความต่าง|มาคิด|คิดจาก|มานับ|นับจาก|เอาผลจาก|ผลมาจาก"),
             874, _undone(_reader(RuleTopic.STEP)),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|ถ้า|หาก|NUM|ร้อยละ|เปอร์เซ็นต์|เกณฑ์"),
        # Measured from, checked: "ขั้นตอนที่ 5 วัดจากตัวชี้วัดในแผนปฏิบัติการใช่ไหม" (told with the
        # step done, "…ทำขั้นตอนที่ 5 แล้ว ใช้ผลจากแผนปฏิบัติการ", it is the report).
        Rule(("STEP", "วัดจาก|วัดผลจาก|ประเมินจาก|ใช้ผลจาก", f"{_ASKS}|ใช่|ไหม|มั้ย|หรือ|เหรอ|หรอ|ป่ะ"),
             874, _undone(_reader(RuleTopic.STEP)),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|ถ้า|หาก|NUM|ร้อยละ|เปอร์เซ็นต์|เกณฑ์"),
        # "ขั้นตอนที่ 4 ต้องแนบหลักฐานอะไรไหม", "step 1 ต้องใส่ชื่อกี่คน": what a step needs,
        # asked in any words after "ต้อง" (its due, who has not done it, its meetings and its
        # dimensions are asked by their own rules).
        Rule(("STEP", "ต้อง", _STEP_NEEDS), 859, _undone(_reader(RuleTopic.STEP)),
             unless=f"รายละเอียด|{_WHO_OF_UNITS}|{_WHEN}|{_ATTENDING}|กี่โมง|วันที่|เลยกำหนด"
                    f"|มิติ|DIM|ระดับ|คะแนน|ถ้า|หาก|{_OTHER_TOPICS}"),
        # "แผน 3 ปีกับแผนปฏิบัติการปี 68 ต้องส่งพร้อมกันเลยใช่ไหม", "…ต้องส่งทั้งคู่เลยมั้ย": whether
        # the step's two plans go in together, what the step asks (when they are due is the
        # deadline's, what they must cover the dimensions').
        Rule(("แผน", "ต้องส่ง|ต้องทำ|ต้องยื่น|ต้องแนบ", "พร้อมกัน|ทั้งคู่|ทั้งสองฉบับ|ทั้งสองแผน|ทั้ง NUM ฉบับ",
              f"{_YES_OR_NO}|ใช่ไหม|ใช่มั้ย|เลยไหม|เลยมั้ย"), 732,
             _undone(_reader(RuleTopic.STEP)),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|มิติ|DIM|ช่องทาง|ส่งทาง|ส่งผ่าน"),
        # "ทีม PMQA ต้องเป็นข้าราชการเท่านั้นหรือไม่", "แผน 3 ปีต้องเป็นปี 68-70 หรือ 69-71": what
        # a step's deliverable must be (below the dimensions' rules: "แผนต้องมีครบทุกมิติไหม").
        Rule((_DELIVERABLES, "ต้องเป็น|ต้องครอบคลุม|ต้องมีกี่|ต้องมีอย่างน้อย|ต้องใส่ชื่อ|ต้องระบุ"
              "|ต้องลงนาม|ต้องมีผู้", f"{_STEP_NEEDS}|หรือ"), 729,
             _undone(_deliverable_reader),
             unless=f"{_WHO_OF_UNITS}|{_WHEN}|มิติ|DIM|ส่งแล้ว|ส่งไปแล้ว|{_OTHER_TOPICS}"),
        # "แบบฟอร์ม 4 ใครต้องลงนาม", "ฟอร์ม 3 ต้องระบุผู้กำกับด้วยเหรอ": what a form holds, also
        # asked without the duty ("แบบฟอร์ม 3 ใส่ตัวชี้วัดกับค่าเป้าหมายใช่ไหม").
        # What it reports, and where, checked: "แบบฟอร์ม 4 รายงานผลตัวชี้วัดตรงข้อ 3.2 ใช่ไหม".
        Rule(("แบบฟอร์ม|ฟอร์ม|form",
              f"ลงนาม|ลงชื่อ|เซ็น|ใส่|ระบุ|กรอก|ต้องรายงาน|รายงานผล|ตรงข้อ|{_TOO_ASKED}",
              f"{QUESTION}|ใคร|เหรอ|หรอ|ใช่ไหม|ใช่มั้ย|ป่ะ|กี่|{_TOO_ASKED}"), 781,
             _undone(_reader(RuleTopic.FORM)),
             unless=f"google|กูเกิล|{_WHO_OF_UNITS}|{_WHEN}|{_OTHER_THAN_FORM}"),
        # "ต้องให้ ผอ. เซ็นแผนก่อนส่งไหมคะ": whether the head must sign what is sent is the
        # forms' (the original sent besides, "ต้องส่งตัวจริงที่ผอ.ลงนามไปด้วยไหม", the channel's;
        # a signature late, what lateness costs).
        Rule(("ต้องให้|ต้องมี|ต้องรอ|ต้องผ่าน", "เซ็น|ลงนาม|ลายเซ็น|ลายมือชื่อ",
              f"{QUESTION}|เหรอ|หรอ|ใช่ไหม|ใช่มั้ย|ป่ะ|หรือเปล่า|รึเปล่า"), 797,
             _undone(_reader(RuleTopic.FORM)),
             unless=f"ตัวจริง|สแกน|กระดาษ|ช้า|หัก|ถ้า|หาก|ขยาย|เลื่อน|ไม่ทัน|ใคร|เบิก|แฟ้ม|ใบลา"
                    f"|{_WHO_OF_UNITS}|{_WHEN}"),
        # "PMQA 436 คะแนนจัดอยู่ระดับไหน", "คะแนน 470 ขึ้นไปเรียกว่าระดับอะไร": the PMQA 4.0
        # level a score falls in (no figure typed, "PMQA อยู่ระดับไหน" asks the indicator's tier).
        Rule(("pmqa", "NUM", "คะแนน|score", "ระดับไหน|ระดับอะไร|ระดับใด|level ไหน|เลเวลไหน"), 945,
             _undone(_reader(RuleTopic.LEVEL)), unless=_LEVEL_NAMES),
        # "ได้ 390 คะแนนนี่อยู่ระดับไหน": a score of PMQA's size (out of 500), nothing named,
        # put against the levels ("pmqa จังหวัดได้ 389 ผ่านขั้นไหน" is its tier; a unit's, its
        # status).
        Rule(("NUM คะแนน", "ระดับไหน|ระดับอะไร|ระดับใด"), 937,
             _not_where_a_unit_is(_a_pmqa_sized(_undone(_reader(RuleTopic.LEVEL)))),
             unless=f"pmqa|ตัวชี้วัด|kpi|ตชว|จังหวัด|เรา|กอง|{_LEVEL_NAMES}|{INDICATOR_WORDS}"),
        Rule(("เรียกว่าระดับ|เรียกระดับ|ถือเป็นระดับ|จัดเป็นระดับ|นับเป็นระดับ|ถือว่าระดับ"
              "|ถือว่าอยู่ระดับ|ถือว่าอยู่ในระดับ|จัดอยู่ระดับ|จัดอยู่ในระดับ|นับว่าอยู่ระดับ", "NUM"), 947,
             _undone(_reader(RuleTopic.LEVEL))),
        # "PMQA 395 นี่ basic ป่ะ": a score put against a PMQA 4.0 level.
        Rule(("basic|advance|significance|ระดับพื้นฐาน|ระดับก้าวหน้า|พัฒนาจนเกิดผล", "NUM",
              f"{QUESTION}|ป่ะ|เหรอ|หรอ|ใช่ไหม|ใช่มั้ย|ใช่มะ|ใช่ป่าว|รึเปล่า|ถือว่า"), 947,
             _undone(_reader(RuleTopic.LEVEL))),
        # "ประชุมชี้แจงวันที่ 20 ธ.ค. เริ่ม 9 โมงครึ่งใช่มั้ย", "ต้องไปกี่คน", "จัด ณ ห้องประชุมไหน".
        Rule(("ประชุมชี้แจง|meeting", "เริ่ม|โมง|กี่คน|ห้องประชุมไหน|ห้องประชุมอะไร|ห้องประชุมใด|ห้องใด"
              "|จัด ณ|ต้องไป|ไปกี่|ใช่ไหม|ใช่มั้ย|ใช่ป่ะ"), 817,
             _no_unit(_undone(_reader(RuleTopic.MEETING))),
             # "ตัวแต่งตั้งข้าราชการ ผ่านครบ 3 ข้อเลยใช่ไหม ทั้ง…จัดประชุมชี้แจง…": an item of
             # an indicator that holds a meeting, its items asked.
             unless="ใคร|เข้าประชุม|เข้าร่วม|ส่ง|ไปแล้ว|มาแล้ว|NUM ข้อ|ทุกข้อ"),
        # "ส่งน้องในกองไปเข้าประชุมแทนได้ไหม นับเปอร์เซ็นต์ให้หรือเปล่า".
        Rule(("ประชุม|เข้าร่วม|กิจกรรม", "แทน", f"นับ|{_ALLOWED}"), 837,
             _undone(_reader(RuleTopic.ATTENDANCE)), unless="ใคร"),
        # "กองเราเข้า 5 จาก 6 ครั้ง ผ่านเกณฑ์ไหมคะ": the times attended, whether they pass asked.
        Rule(("เข้า NUM จาก NUM|เข้าร่วม NUM จาก NUM|เข้า NUM ใน NUM",
              "ผ่านไหม|ผ่านมั้ย|ผ่านเกณฑ์ไหม|ผ่านเกณฑ์มั้ย|ผ่านหรือเปล่า|ผ่านรึเปล่า|ผ่านหรือไม่|ผ่านเกณฑ์หรือไม่"),
             524, _undone(_reader(RuleTopic.ATTENDANCE)), unless="ใคร"),
        # "หมวด 6 … อยู่ทุกมิติเลยเหรอ", "ขอเรียนสอบถามเหตุผลที่กองนิติการได้คะแนนเพียง 2.50".
        Rule(("หมวด", "มิติ|DIM", "อยู่|จัด"), 731, _undone(_reader(RuleTopic.DIMENSIONS))),
        # "กำลังกรอกแบบฟอร์ม 2 อยู่ค่ะ … หมวด 6 อยู่มิติไหนคะ": which dimension a category is in,
        # asked while a form is filled in (the form is what the sender is doing, not asked).
        Rule(("หมวด", "มิติ", "ไหน|อะไร|ใด|เท่าไหร่|เท่าไร"), 779, _category_dimension_asked),
        Rule(("เหตุผลที่|สาเหตุที่", "ได้|คะแนน|ระดับ|หัก|โดน|ถูก|แค่|เพียง|NUM"), 830,
             _reader(RuleTopic.WHY_SCORE), unless="ยังไม่"),
        # "ทำไม e-Budgeting ยังไม่มีคะแนน ทั้งที่ผ่านทุกข้อแล้ว": no score yet is a score asked why.
        Rule(("ทำไม|เพราะอะไร|เหตุใด|why", "ได้|คะแนน|ระดับ|หัก|โดน|ถูก|แค่|น้อย|ต่ำ|ลดลง|NUM"), 830,
             _reader(RuleTopic.WHY_SCORE), unless=_NOT_YET_DONE),
        # "กองคลังได้ 4.45 หักไปจากอะไร": what a score got was cut by is why it is that score
        # (what a lapse would cost, "ส่งช้าโดนหักอะไร", is the deductions').
        Rule(("ได้", "NUM", "หักไปจาก|หักจากอะไร|หักอะไร|หักตรงไหน|หักเรื่องอะไร|หักเพราะอะไร"), 832,
             _reader(RuleTopic.WHY_SCORE), unless="ถ้า|หาก|จะ|ต้อง|ถึง"),
        # "กองกลางได้ 4.0 ได้ไง ส่งครบแล้วนะ": how come a figure got (not how to get one).
        Rule(("ได้ไง|ได้ยังไง|ได้ไงอะ", "NUM"), 829, _reader(RuleTopic.WHY_SCORE),
             unless="ถ้า|หาก|จะ|ต้อง|ถึง|ทำยังไง|ทำไง|ส่งผล|บันทึก|กรอก|พิมพ์"),
        # "ผ่านถึงขั้นตอนที่ 4 จะได้ระดับเท่าไหร่": the level a step reached brings.
        Rule(("STEP", "ได้ระดับ|ระดับเท่าไหร่|ระดับเท่าไร|ระดับไหน|ระดับอะไร", "จะ|ถ้า|หาก"), 829,
             _undone(_reader(RuleTopic.LEVEL))),
        # "หากหน่วยงานใดไม่ได้ส่งรายชื่อทีมภายใน… จะมีผลต่อคะแนนอย่างไร": a sending missed,
        # supposed, its cost asked (never who did not send: that is said, not supposed).
        Rule((_SUPPOSED, _NOT_SENT, _SCORE_AFFECTED), 823, _reader(RuleTopic.DEDUCTIONS)),
        # "ถ้าทำได้ถึงขั้น 3 แต่ขั้น 4 ไม่ผ่าน คะแนนจะออกมาเท่าไหร่": a run of steps supposed, the
        # level (and score) it brings asked.
        Rule((_SUPPOSED, "STEP", _SCORE_COMES), 831, _reach_reader),
        # "ถ้าคนในทีมย้ายไปกองอื่นกลางปี ต้องส่งรายชื่อใหม่ไหม": a change supposed, whether a
        # step's paper must be done again.
        Rule((_SUPPOSED, _STEP_REDONE, _STEP_PAPERS, _REDONE_ASKED), 807, _reader(RuleTopic.STEP),
             unless=f"{_DUE_ASKED}|ใคร|หัก|คะแนน|มิติ|ช่องทาง|ส่งทาง|ส่งผ่าน|{_LATE}"),
        # "ส่งทางอีเมลจะโดนหักไหม": the channel's own answer says what it costs (how much it
        # costs, "ส่งเป็นกระดาษแล้วจะโดนหักกี่คะแนน", is the deductions').
        Rule((CHANNEL_WORDS, _DEDUCTED), 825, _reader(RuleTopic.CHANNEL),
             unless="ไม่ส่ง|ไม่ได้ส่ง|ไม่ใช้|ไม่ได้ใช้|ไม่ผ่าน|กี่คะแนน|กี่แต้ม|เท่าไหร่|เท่าไร"),
        # "ถ้าปี 66 ได้เกิน 450 เป้าขั้นสูงคือเท่าไหร่": a target asked with a base year's score
        # in PMQA 4.0's range, no indicator named, is the PMQA indicator's criteria.
        Rule(("YEAR", "เป้า|เกณฑ์|ขั้นสูง|ขั้นต้น|ขั้นมาตรฐาน"), 722, _pmqa_by_base_year,
             number=True, unless="ผ่าน|ถึงเป้า|บรรลุ|เข้าเป้า|ส่ง|บันทึก|กรอก"),
        # "แผนต้องมีกี่มิติถึงจะไม่โดนหัก": how many dimensions a plan needs, the deduction its
        # reason, is the dimensions' rule (what is cut, "ขาดไป 2 มิติหักกี่คะแนน", the deductions').
        Rule(("กี่มิติ|กี่ DIM", "ต้อง|ถึงจะ|จึงจะ|อย่างน้อย|ขั้นต่ำ"), 993, _reader(RuleTopic.DIMENSIONS),
             unless="หักกี่|หักเท่า|ตัดกี่|ตัดเท่า|กี่คะแนน|กี่แต้ม|เท่าไหร่|เท่าไร|ขาดกี่|ขาดไปกี่"),
        # "ส่งแผนครบแล้วจะได้ระดับ 3 เลยไหมครับ": the level a step sent would earn, asked, is the
        # level's rule, above who has sent it (790) and below the level's own rules (941-943).
        Rule(("จะได้ระดับ|จะได้เลเวล|จะได้ level", f"{QUESTION}|เลยเหรอ|เลยหรอ|เลยใช่"), 813,
             _not_where_a_unit_is(_reader(RuleTopic.LEVEL)),
             unless="ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|กองใด|หน่วยใด|กี่กอง"),
        Rule((f"หักคะแนน|{_DEDUCTED}|deduct|deductions|deduction",), 820,
             _a_score_cut(_not_a_units_score(_not_in_time_asked(_reader(RuleTopic.DEDUCTIONS)))),
             unless=_SCORE_TOLD_OR_INCLUDED),
        # "ที่ตัด 0.05 คือกรณีไหน": a cut of points by its size, asked what it is for.
        Rule(("ตัด NUM", "กรณีไหน|กรณีใด|คืออะไร|เพราะอะไร|ยังไง|อย่างไร|หมายถึง"), 837,
             _a_score_cut(_not_a_units_score(_not_in_time_asked(_reader(RuleTopic.DEDUCTIONS)))),
             unless="งบ|บาท|ล้าน"),
        Rule((_LATE, f"{_MAY}|เป็นอะไร|โดนอะไร|{_SCORE_LEFT}"), 820,
             _not_a_units_score(_undone(_reader(RuleTopic.DEDUCTIONS))),
             # "หน่วยงานไหนยังไม่ส่งเอกสารบ้าง": who has not sent, not what it costs.
             unless=f"ใคร|หน่วยไหน|หน่วยงานไหน|กองไหน|กองใด|หน่วยใด|หน่วยงานใด|{_ATTENDING}"
                    f"|{_WHICH_INDICATOR}|{_EXPLAINING}"),
        # "ขอเลื่อนส่งแผนไปต้นเดือน ก.พ. ได้ไหม", "กองคลังขอขยายเวลาส่งแผนอีก 3 วันได้ไหม": more
        # time asked for sending is what sending late costs (no reminder or meeting put off).
        Rule((_MORE_TIME, "ได้ไหม|ได้มั้ย|ได้มั๊ย|ได้ไม๊|ได้ป่ะ|ได้ปะ|ได้หรือเปล่า|ได้รึเปล่า|ได้หรือไม่"),
             980, _undone(_reader(RuleTopic.DEDUCTIONS)),
             unless="เตือน|ประชุม|อบรม|นัด|ใคร|หน่วยไหน|กองไหน"),
        # "รายงานผลส่งเลย 24 ก.ย. ไปแล้ว มีผลยังไงบ้าง", "ส่งเลยกำหนดไปแล้ว กระทบคะแนนไหม": what a
        # sending already late brings, asked, is what lateness costs (the sending is told only
        # to ask it), above a result asked ("มีผล") and the deadlines.
        Rule(("ส่งช้า|ล่าช้า|เลยกำหนด|เกินกำหนด|หลังกำหนด|ไม่ทันกำหนด|ส่งไม่ทัน|เลย DATE|เลยวันที่"
              "|เลย deadline|เกิน deadline|ช้าไป",
              "มีผลยังไง|มีผลอย่างไร|มีผลอะไร|มีผลไหม|มีผลมั้ย|มีผลต่อ|กระทบ|ผลเป็นยังไง|จะเป็นอะไร"
              "|เป็นอะไรไหม|เป็นอะไรมั้ย|โดนอะไร|เสียคะแนน|ถูกหัก|โดนหัก",
              # asked ("กจได้2.95นะ โดนหักส่งช้า" tells the score and why it was cut)
              f"{QUESTION}|ยังไง|อย่างไร|เหรอ|หรอ|?"), 837,
             _not_who_was_late(_not_a_units_score(_reader(RuleTopic.DEDUCTIONS))),
             unless=f"ใคร|หน่วยไหน|{_ATTENDING}"),
        # "เลยกำหนดไปแล้วยังส่งได้อยู่ไหมคะ", "หมดเขตแล้วยังส่งได้อยู่ไหม": past the deadline,
        # whether one may still send, no step named: what sending late brings (a step named,
        # "ส่งรายชื่อทีมเลยกำหนดแล้ว ยังส่งได้อยู่มั้ย", is that step's deadline, read below).
        Rule(("หมดเขต|เลยกำหนด|เกินกำหนด|พ้นกำหนด|หลังกำหนด|เลย deadline|เกิน deadline|พ้น deadline",
              "ยังส่งได้|ส่งได้อยู่|ยังยื่นได้|ยื่นได้อยู่|ยังรับอยู่|ยังรับไหม|ยังรับมั้ย"), 8245,
             _late_still_allowed, unless="ถ้า|หาก|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|DATE"),
        # "ส่งแผนช้าได้ไหม", "ถ้าส่งไม่ทันจะเป็นยังไง": late, said of sending.
        # ("ถ้าส่งไม่ทันเดดไลน์จะเป็นยังไง": the deadline missed is no deadline asked; "กองไหนส่ง
        # แผนไม่ทัน" asks who was late, unless supposed: "ถ้ากองไหนส่งไม่ทันจะเป็นยังไง".)
        Rule(("ส่ง", "ช้า|ไม่ทัน|เลท|late", f"{_MAY}|เป็นอะไร|โดนอะไร"), 820,
             _not_who_was_late(_undone(_reader(RuleTopic.DEDUCTIONS))),
             unless=f"ใคร|หน่วยไหน|{_DUE_ASKED.replace('|deadline', '')}"),
        # "มีประชุมแบบนี้อีกไหม": whether it is held again (its dates answer).
        Rule(("ประชุมชี้แจง|ชี้แจง|meeting", f"{_MEETING_ASKS}|คืออะไร|หมายถึง|มีไหม|มีมั้ย|{_AGAIN}"),
             815,
             # "…จะทำหนังสือชี้แจงว่าส่งช้า": a letter explaining, no meeting.
             _undone(_reader(RuleTopic.MEETING)), unless="หนังสือชี้แจง|ชี้แจงว่า|ชี้แจงเหตุผล"),
        # "ที่ประชุมชี้แจงไป มีสไลด์ให้ดาวน์โหลดไหม": the meeting's materials asked.
        Rule(("ประชุมชี้แจง|meeting", "สไลด์|slide|ดาวน์โหลด|เอกสารประกอบ|คลิป|วิดีโอ|ย้อนหลัง"
              "|บันทึกการประชุม|รายงานการประชุม", f"{QUESTION}|ขอ"), 816,
             _no_unit(_reader(RuleTopic.MEETING)), unless="ใคร"),
        # "ขอทราบรายละเอียดการประชุมชี้แจงตัวชี้วัดเมื่อวันที่ 20 ธ.ค. 67 อีกครั้งค่ะ": the
        # briefing's details asked (a step's details, "ขอรายละเอียดขั้นตอนที่ 3 … ไม่ได้เข้าประชุม
        # ชี้แจง", are the step's).
        Rule(("ประชุมชี้แจง", "รายละเอียด", f"{QUESTION}|ขอ|ทราบ|รบกวน"), 816,
             _no_unit(_reader(RuleTopic.MEETING)), unless="ใคร|ขั้นตอน|STEP|ขั้นที่"),
        # "พลาดประชุม 20 ธ.ค. ไป มีสไลด์ให้ดูย้อนหลังมั้ย": the meeting's materials asked by
        # one who missed it, the plain "ประชุม" with what it showed (another body's meeting, or
        # one of a day to come, is not the plan's).
        Rule(("ประชุม", "สไลด์|slide|คลิป|วิดีโอ|วีดีโอ|เอกสารประกอบการประชุม|เอกสารประชุม"
              "|ไฟล์นำเสนอ|presentation|บันทึกการประชุม|รายงานการประชุม", f"{QUESTION}|ขอ"), 817,
             _no_unit(_reader(RuleTopic.MEETING)),
             unless="ใคร|ประวัติ|พรุ่งนี้|วันนี้|บ่ายนี้|เช้านี้|เย็นนี้|เมื่อเช้า|เมื่อบ่าย|เมื่อกี้"
                    "|ห้องประชุม|ประชุมกรม|ประชุมผู้บริหาร|ประชุมกอง|ประชุมประจำ|ประชุมทีม"
                    "|ประชุมกระทรวง|ในกลุ่ม|ลงกลุ่ม"),
        # "ประชุมชี้แจงผ่านไปแล้วใช่ไหม": whether the meeting is past (its date answers).
        Rule(("ประชุมชี้แจง|meeting", "ไปแล้ว|มาแล้ว|ผ่านแล้ว|จัดแล้ว|เสร็จแล้ว", QUESTION), 816,
             _no_unit(_reader(RuleTopic.MEETING)), unless="ใคร|เข้าประชุม|เข้าร่วม|ส่ง"),
        # A bare "ประชุม" on a day of its own ("พรุ่งนี้ประชุมห้องไหน", "ห้องประชุมว่างไหม") is
        # another meeting than the plan's: the bot does not know it.
        # Until when attending counts ("ขั้น 2 นับการเข้าประชุมถึงวันไหน") is the step's deadline.
        Rule(("ประชุม", _MEETING_ASKS), 813, _undone(_reader(RuleTopic.MEETING)),
             unless="DATE|พรุ่งนี้|วันนี้|บ่ายนี้|เช้านี้|เย็นนี้|ว่าง|เลื่อน|ห้องประชุม"
                    "|ประชุมกรม|ประชุมผู้บริหาร|ประชุมกอง|ประชุมประจำ|นับการเข้าประชุม|นับประชุม"
                    "|ประชุมนับ"
                    # The deadline asked after a meeting told of ("ประชุมเสร็จละ… deadline
                    # แผนวันไหน") is the step's.
                    "|deadline|กำหนดส่ง|หมดเขต|ครบกำหนด|ประชุมเสร็จ"
                    # Until when attending counts ("เข้าประชุมครบ 85% ต้องภายในวันไหน") is the
                    # attendance step's deadline.
                    "|ภายในวันไหน|ภายในเมื่อไหร่|ภายในเมื่อไร|ถึงวันไหน|ถึงเมื่อไหร่|ถึงเมื่อไร"
                    # A sending's due asked after what the meeting told ("ตามที่แจ้งไว้ในที่
                    # ประชุม… แผน… ต้องส่งภายในวันที่เท่าไหร่คะ และเหลืออีกกี่วันทำการ").
                    "|ส่งภายใน|ภายในวันที่เท่าไหร่|ภายในวันที่เท่าไร|เหลือกี่วัน|เหลืออีกกี่วัน"),
        # What a numbered form must hold, even of a category ("แบบฟอร์มหมายเลข 3 ต้องกรอก
        # รายละเอียดตัวชี้วัดหมวด 7 ด้วยใช่ไหมคะ"): the form's, not the dimensions'.
        Rule(("แบบฟอร์ม|ฟอร์ม|form", "กรอก|ใส่|ระบุ",
              f"{QUESTION}|เหรอ|หรอ|ใช่ไหม|ใช่มั้ย|ป่ะ|{_TOO_ASKED}"), 759,
             _numbered_form(_undone(_reader(RuleTopic.FORM))),
             unless=f"google|กูเกิล|{_WHO_OF_UNITS}|{_WHEN}|LINK|drive|ไดรฟ์"),
        # "รบกวนส่งแบบฟอร์มแผนให้ด้วย" (formal: "ขอความกรุณาส่ง…") asks for the form too.
        Rule(("แบบฟอร์ม|ฟอร์ม|form|template|เทมเพลต",
              f"{_ASKS}|ดาวน์โหลด|โหลด|ขอ|รบกวน|ใช้|NUM|มีไหม|มีมั้ย"),
             780,
             _undone(_reader(RuleTopic.FORM)), unless=_NOT_OF_THE_FORM),
        # "แบบฟอร์ม 3 ต้องทำแยกทุกตัวชี้วัดในแผนเลยหรือเปล่า": what a form must cover of the
        # plan's indicators is the form's (the share of them met is the thresholds').
        Rule(("แบบฟอร์ม|ฟอร์ม|form", "ตัวชี้วัดในแผน|ตัวชี้วัดตามแผน|ทุกตัวชี้วัด", "ต้อง",
              f"{_YES_OR_NO}|ใช่ไหม|ใช่มั้ย"), 722,
             _undone(_reader(RuleTopic.FORM)), unless=_NOT_OF_THE_FORM),
        # "ต้องแนบแบบฟอร์ม 3 ด้วยไหม", "ไม่แน่ใจว่าต้องแนบแบบฟอร์ม 3 ด้วย": whether it is needed.
        Rule(("แบบฟอร์ม|ฟอร์ม|form|template|เทมเพลต",
              "ต้องแนบ|ต้องใช้|ต้องมี|ต้องกรอก|ต้องส่ง|ต้องให้", QUESTION), 779,
             _undone(_reader(RuleTopic.FORM)), unless=_NOT_OF_THE_FORM),
        # "ต้องจัดส่งผ่านช่องทางใด": the formal which.
        # "deadline ส่ง form 4 วันไหน": when a form is due is asked, not the way it goes in.
        # The way of sending checked, the window's day said before it: "วันที่ 17 ที่เปิดรับแผน ส่ง
        # ทาง drive เหมือนเดิมใช่ไหม" (above the window's day checked; when it opens, asked,
        # is the deadline's).
        Rule(("ส่งทาง|ส่งผ่าน|ส่งใน|ยื่นทาง|ยื่นผ่าน|อัปทาง|อัพทาง|อัปโหลดทาง|อัพโหลดทาง|อัปขึ้น|อัพขึ้น",
              CHANNEL_WORDS, f"เหมือนเดิม|{_MAY}"), 847, _undone(_reader(RuleTopic.CHANNEL)),
             unless=f"{_SEND_ME}|{_MAIL_FAVOURS}|{_EXPLAINING}|{_WHEN_ASKED}|{_NOT_A_CHANNEL}"
                    "|ถึงวัน|หมดเขต|ทัน|ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|วัดจาก|วัดผลจาก|นับเฉพาะ|นับรวม|สูตร"
                    "|คำนวณ|ลิงก์|ลิงค์|link|หัก|โดน|คะแนน|ตัด|ไม่ส่ง"),
        Rule((f"{CHANNEL_WORDS}|ช่องทาง|ทางไหน", f"{_MAY}|ใด"), 770, _reader(RuleTopic.CHANNEL),
             # "วัดจากจำนวนหนังสือ…ในระบบสารบรรณใช่หรือไม่": what is counted, the formula.
             unless=f"{_SEND_ME}|{_MAIL_FAVOURS}|{_EXPLAINING}|{_WHEN_ASKED}|{_NOT_A_CHANNEL}"
                    "|วัดจาก|วัดผลจาก|นับเฉพาะ|นับรวม|สูตร|คำนวณ"),
        # "ส่งทาง google form หรือส่งเป็นหนังสือ": a choice between two ways of sending.
        Rule((f"{CHANNEL_WORDS}|เป็นเล่ม|รูปเล่ม|ส่งเป็น|ทำเป็น", "หรือ", _SENDS), 772,
             _undone(_reader(RuleTopic.CHANNEL)),
             unless=f"หรือยัง|หรือเปล่า|หรือไม่|หรือป่าว|ใคร|{_SEND_ME}|{FIGURE_UNITS}"),
        # "ขอลิงก์ google drive ส่งแผน": where to send, never a submission.
        Rule((f"{CHANNEL_WORDS}|ส่ง|แนบ|อัปโหลด|อัพโหลด|โฟลเดอร์|folder",
              "ขอลิงก์|ขอลิงค์|ลิงก์|ลิงค์|ลิ้งค์|ลิ้งก์|ลิ้ง|ลิงก|link|โฟลเดอร์|folder"), 770,
             _undone(_reader(RuleTopic.CHANNEL)), unless="LINK|เรียบร้อย"),
        Rule((_SENDS, _WHERE, _DOCUMENTS), 745, _undone(_reader(RuleTopic.CHANNEL)),
             unless="ใครยัง|ใครส่ง|ใครไม่|ใครค้าง|เมื่อไหร่|เมื่อไร|วันไหน|ตอนไหน|ภายใน|กี่"
                    "|ส่งผล|บอท|แก้|ยกเลิก"),
        # "ส่งทางอีเมลได้หรือเปล่า", "ส่งเป็นไฟล์ word ได้ไหม": whether a way of sending is allowed
        # (never whether it was sent: "ส่งทางอีเมลหรือยัง").
        Rule((CHANNEL_WORDS, _ALLOWED), 797, _reader(RuleTopic.CHANNEL),
             unless=_SEND_ME_ASKED_RE),
        # "ถ้าส่งแผนผ่านไลน์ส่วนตัว จะนับว่าส่งแล้วไหม": whether a way of sending counts.
        Rule((CHANNEL_WORDS, "นับว่า|นับไหม|นับมั้ย|นับเป็น|ถือว่า|นับให้", QUESTION), 799,
             _reader(RuleTopic.CHANNEL), unless=_SEND_ME),
        Rule((_SENDS, _FORMATS, _ALLOWED), 797, _reader(RuleTopic.CHANNEL), unless=_SEND_ME),
        Rule(("ส่งที่ไหน|ส่งตรงไหน|ต้องส่งที่ไหน|ต้องส่งตรงไหน|อัปโหลดที่ไหน|อัพโหลดที่ไหน"
              "|แนบที่ไหน|แนบตรงไหน|ต้องแนบที่ไหน|ส่งยังไง|ต้องส่งยังไง",), 743,
             _reader(RuleTopic.CHANNEL), whole=True),
        Rule(("มิติ|DIM|หมวด|dimension|dimensions", f"{_ASKS}|{_MAY}"), 730,
             _not_pmqa_worked_out(_not_told(_undone(_reader(RuleTopic.DIMENSIONS))))),
        # "แผนต้องมีครบทุกมิติ หรือแค่แผนปี 68 ก็พอ": what a plan must cover, asked as a choice.
        Rule(("มิติ|DIM", "ต้องมี|ต้องครบ|ต้องครอบคลุม|ต้องใส่|ต้องทำ",
              "หรือแค่|ก็พอ|พอไหม|พอมั้ย|ก็ได้|หรือไม่|หรือเปล่า|เหรอ|หรอ|ป่ะ"), 731,
             _reader(RuleTopic.DIMENSIONS)),
        Rule(("ระดับ|level", "ต้องทำ|ต้อง|ทำยังไง|ทำอย่างไร|ได้ยังไง|ได้อย่างไร|เงื่อนไข|อยากได้"
              "|ทำไงถึง|ยังไงถึง|ทำไงให้|ทำไงจะได้"), 943,
             _not_where_a_unit_is(_reader(RuleTopic.LEVEL))),
        # (The levels counted in an indicator's criteria, "ตัวชี้วัด PMQA… เกณฑ์ 5 ระดับคืออะไร",
        # are that indicator's criteria.)
        Rule(("ระดับ|level", "NUM", "คืออะไร|หมายถึง|หมายความว่า"), 941, _reader(RuleTopic.LEVEL),
             unless="เกณฑ์ NUM ระดับ|เกณฑ์ NUM level"),
        # "ระดับ 3 กับระดับ 4 ต่างกันยังไง": two levels compared.
        Rule(("ระดับ|level", "NUM", "ต่างกัน|ต่างจาก|แตกต่าง|ต่างยังไง|ต่างตรงไหน|ความต่าง"
              "|difference|differ"), 942, _reader(RuleTopic.LEVEL)),
        Rule(("คะแนน", "ทำยังไง|ทำอย่างไร|ต้องทำ|ยังไงถึง|ทำไงถึง|อยากได้|ถึงจะได้"), 933,
             _reader(RuleTopic.LEVEL), number=True),
        # The full five wished ("อยากได้5เต็มต้องทำไงมั่ง", "ถ้าอยากให้ทุกกองได้ 5 เต็ม ต้องผ่าน
        # อะไรบ้าง"): what the top level takes.
        Rule(("NUM เต็ม", "อยากได้|อยากให้|จะเอา|อยากเอา",
              "ต้องทำ|ต้องผ่าน|ทำไง|ทำยังไง|ทำอย่างไร|ถึงจะ|ต้องมี"), 932,
             _reader(RuleTopic.LEVEL), unless="ใคร|กองไหน|หน่วยไหน"),
        # The full five, how it is reached ("ทำไงถึงจะได้ 5 เต็มครับ"), no wish said.
        Rule(("NUM เต็ม", "ทำไงถึง|ทำยังไงถึง|ยังไงถึง|ทำอย่างไรถึง|ทำอย่างไรจึง|ถึงจะได้|จึงจะได้"), 938,
             _reader(RuleTopic.LEVEL), unless="ใคร|กองไหน|หน่วยไหน"),
        Rule(("คะแนนเต็ม|ได้เต็ม|full score",
              "ต้อง|ทำยังไง|ทำอย่างไร|ยังไงถึง|ทำไงถึง|อยากได้|ถึงจะได้|เงื่อนไข"), 936,
             _reader(RuleTopic.LEVEL)),
        # "รอบ 2 มีคะแนนเต็มกี่คะแนน": a round's full score is the round's (a round by its
        # months, "รอบ 12 เดือน", is the time of a target).
        Rule(("รอบ|round", "คะแนนเต็ม|full score"), 943, _no_unit(_undone(_round_reader)),
             unless=f"เดือน|KPI|ได้คะแนนเต็ม|ได้เต็ม|{_WHO_OF_UNITS}"),
        # "คะแนนเต็มตัวชี้วัดนี้คือ 5 ใช่ไหม", "คะแนนเต็มเท่าไหร่": the top of the scale.
        Rule(("คะแนนเต็ม|full score", f"{QUESTION}|คือ|เท่าไหร่|เท่าไร|กี่|เหรอ|หรอ"), 934,
             _no_unit(_undone(_reader(RuleTopic.LEVEL))),
             unless=f"ได้คะแนนเต็ม|ได้เต็ม|{_WHO_OF_UNITS}"),
        # "ระดับความสำเร็จสูงสุดคือระดับ 5 ใช่ไหม", "ระดับต่ำสุดคือ 1 ใช่ป่ะ": the ends of the
        # scale checked (a unit's own level reached, "…ได้ระดับสูงสุดแล้วใช่ไหม", is its status).
        Rule(("สูงสุด|ต่ำสุด|สูงที่สุด|ต่ำที่สุด", "ระดับ|level|คะแนน",
              f"{_YES_OR_NO}|ใช่หรือเปล่า|ใช่รึเปล่า|ใช่หรือไม่|ใช่มะ|ใช่ปะ"), 935,
             _no_unit(_undone(_reader(RuleTopic.LEVEL))),
             unless=f"ได้ระดับ|ได้คะแนน|ได้สูงสุด|ได้ต่ำสุด|ได้เต็ม|{_WHO_OF_UNITS}"),
        # "PMQA 389 คะแนนอยู่ระดับ Basic ใช่ไหม", "420 จะอยู่ระดับ Basic หรือ Advance": a
        # PMQA 4.0 level named, asked of or put against a score.
        Rule(("basic|advance|significance|ระดับพื้นฐาน|ระดับก้าวหน้า|พัฒนาจนเกิดผล",
              f"{_ASKS}|{QUESTION}|ต้อง|เท่าไหร่|เท่าไร|หรือ|ใช่ไหม|ใช่มั้ย|ถือว่า"
              "|ความหมาย|แปลว่า|อธิบาย"), 933,
             _reader(RuleTopic.LEVEL)),
        # "คะแนน 420 ได้ระดับ Advance ยังคะ": whether a score reaches a PMQA 4.0 level.
        Rule(("basic|advance|significance|ระดับพื้นฐาน|ระดับก้าวหน้า",
              "ได้ระดับ|ถึงระดับ|เข้าระดับ|ผ่านระดับ|ถึง", "ยัง"), 939,
             _no_unit(_undone(_reader(RuleTopic.LEVEL))), unless="ยังไม่|ใคร|แล้ว"),
        Rule((_ATTENDING, "กี่เปอร์เซ็นต์|กี่เปอร์เซ็น|กี่%|กี่ %|กี่เปอร์|กี่ครั้ง|เท่าไหร่|เท่าไร|ผ่านไหม|ผ่านมั้ย"
              "|ผ่านหรือไม่|ผ่านรึเปล่า|ผ่านหรือเปล่า|ถึงจะผ่าน|ถึงผ่าน|เกณฑ์|พอไหม|พอมั้ย|พอหรือยัง"
              "|พอหรือเปล่า|อย่างน้อย|ขั้นต่ำ|ไม่ครบ|ไม่ถึง"), 693,
             _of_no_report_indicator(_undone(_reader(RuleTopic.ATTENDANCE))),
             unless=re.compile(
                 f"{_FAILED_OR_WHO.pattern}|{_AN_ITEMS_MEETING.pattern}|{_FELL_SHORT.pattern}"
                 f"|{_ATTENDANCE_TOLD}|{_ATTENDANCE_PASSED}", re.I
             )),
        # A share attended put against a step, asked whether it passes or fails ("ทีมเราเข้าได้
        # แค่ 83% แบบนี้ขั้นตอนที่ 2 ผ่านมั้ย", "แบบนี้ 75% ตกขั้นตอนที่ 2 เลยไหม ยังเหลือกิจกรรม…"):
        # the attendance rule, never a report (the plan's own indicators met are step 5's bar).
        Rule(("STEP", "NUM", "ผ่าน|ตก|รอด", f"{_YES_OR_NO}|เลยไหม|เลยมั้ย",
              f"{_ATTENDING}|เข้าได้|เข้าแค่|เข้าเพียง|เข้าไป|ไปได้แค่"), 7552,
             _percent_only(_undone(_reader(RuleTopic.ATTENDANCE))),
             unless=f"{_WHO_OF_UNITS}|แต่ละกอง|บรรลุ|ตัวชี้วัดในแผน|ตัวชี้วัดตามแผน|แล้ว"),
        # Whether a count reaches the share, asked ("เข้าประชุมไปแล้ว 7 ใน 8 ครั้ง ถือว่าถึง 85%
        # มั้ย", "ถ้าบรรลุ 4 จาก 5 ตัว ไม่ถึง 85 ใช่ไหม"): the rule, even of a unit's count.
        Rule((_ATTENDING, _COUNTED, _REACHES, _YES_OR_NO), 842, _reader(RuleTopic.ATTENDANCE),
             unless="ใคร"),
        Rule(("บรรลุ|ถึงเป้า|ตามเป้า|ตัวชี้วัดในแผน|ตัวชี้วัดตามแผน", _COUNTED, _REACHES, _YES_OR_NO),
             842, _reader(RuleTopic.THRESHOLDS), unless="ใคร"),
        # A share of the plan's own indicators met, asked whether it passes ("ตัวชี้วัดในแผน
        # บรรลุ 90% ผ่านหรือยัง", "…ร้อยละ 86 นับว่าผ่านเกณฑ์ไหม"): step 5's bar, never a report.
        Rule(("ตัวชี้วัดในแผน|ตัวชี้วัดตามแผน|ตัวชี้วัดของแผน", "บรรลุ|ถึงเป้า|ตามเป้า|ได้", "NUM",
              "ผ่าน|ถือว่า|นับว่า|พอ", f"{_YES_OR_NO}|ยัง"),
             843, _no_unit(_undone(_reader(RuleTopic.THRESHOLDS))), unless=_WHO_OF_UNITS),
        # "เข้าประชุมได้ 80% ยังได้คะแนนไหม": whether an attendance still scores or passes.
        # "ไปประชุมได้ 7 จาก 9 ครั้ง แบบนี้รอดขั้น 2 มั้ย": survives is passes; until when it
        # counts ("นับถึงวันไหน") is the step's deadline.
        Rule((_ATTENDING, "คะแนน|ผ่าน|นับ|รอด", QUESTION), 692,
             _of_no_report_indicator(_undone(_reader(RuleTopic.ATTENDANCE))),
             unless=re.compile(f"ใคร|ถึงวันไหน|ถึงเมื่อไหร่|ถึงเมื่อไร|{_AN_ITEMS_MEETING.pattern}",
                               re.I)),
        # A share attended asked whether it fails ("ถ้าทีมเข้าประชุมได้ 80% นี่ตกเลยเหรอ", "เข้าร่วม
        # 70% จะตกไหม"): the attendance rule, as whether it passes is; never a fall of rain or an
        # agreement ("ตกลง").
        Rule((_ATTENDING, "NUM", "ตก", _YES_OR_NO), 697, _undone(_reader(RuleTopic.ATTENDANCE)),
             unless=re.compile(f"ใคร|ตกลง|ตกแต่ง|ตกใจ|ตกหล่น|ฝนตก|ตกค้าง|{_AN_ITEMS_MEETING.pattern}",
                               re.I)),
        # Attending said in its own verb: "ขาดประชุม 2 ครั้งจะเป็นไรไหม", "ต้องเข้าร่วมทุกครั้งไหม".
        Rule(("เข้าประชุม|เข้าร่วม|ขาดประชุม|ขาดการประชุม|ส่งตัวแทน|attendance",
              "ทุกครั้ง|ครบทุกคน|นับยังไง|นับอย่างไร|คิดยังไง|แทนได้|เป็นไรไหม|เป็นอะไรไหม|ได้ไหม|ได้มั้ย|ยังไง"
              "|อย่างไร|จะเป็นไร|โดนอะไร|ถือว่า"
              # How it is counted: "นับเป็นรายคนหรือรายหน่วยงาน".
              "|รายคน|นับเป็นราย|คิดเป็นราย|นับราย|คิดราย"), 694,
             _undone(_reader(RuleTopic.ATTENDANCE)), unless=_WHO_ATTENDED_OR_BACK_FROM),
        # A member on leave on a meeting's day ("ถ้าสมาชิกทีมลาป่วยวันประชุม นับยังไงครับ"): how
        # attending is counted.
        Rule(("ลาป่วย|ลากิจ|ลาพักร้อน|ลาคลอด|ลาบวช|ติดภารกิจ|ติดราชการ", "ประชุม|กิจกรรม",
              "นับยังไง|นับอย่างไร|คิดยังไง|คิดอย่างไร|ยังไง|อย่างไร|ถือว่า|นับว่า|นับเป็น"), 689,
             _undone(_reader(RuleTopic.ATTENDANCE)), unless=_WHO_OR_ATTENDED_ALL),
        # "ขั้นตอนที่ 2 ต้องเกิน 85 หรือ 85 พอดีก็ผ่าน": whether the bar itself passes, asked of a
        # step, is its share's rule (step 2's the attendance), above a step told passed (680).
        Rule(("STEP", "NUM พอดี|พอดี NUM|เกิน NUM หรือ|เท่ากับ NUM หรือ|NUM เป๊ะ",
              f"ผ่าน|นับ|ถือว่า|{QUESTION}"), 873, _undone(_step_counted),
             unless=f"{_WHO_OF_UNITS}|ใคร|ส่งแล้ว|ได้แล้ว"),
        # "ต้องส่งแผน 3 ปีกับแผนปี 68 แยกกันไหมคะ": whether the plans go as two is what the plan's
        # step needs (as two files, "…ต้องแยกไฟล์ไหม", is the forms').
        Rule(("แผน", "แยกกัน", f"{QUESTION}|หรือเปล่า|รึเปล่า|หรือไม่"), 823,
             _undone(_reader(RuleTopic.STEP)),
             unless=f"{_WHO_OF_UNITS}|ใคร|ไฟล์|file|ส่งแล้ว|ส่งไปแล้ว|คะแนน|สูตร|คิด"),
        # "ร้อยละ 85 ในขั้นตอนที่ 5 คิดจากอะไร": a step's share, above what the step asks.
        Rule(("STEP", "NUM", f"{_FROM_WHAT}|คืออะไร|หมายถึง|หมายความ"), 862, _step_share),
        # "ร้อยละ 85 ของขั้นตอนที่ 2 คิดจากจำนวนครั้งที่เข้าประชุมใช่ไหม": a step's share counted
        # from the meetings, above the step's share.
        Rule(("STEP", "NUM", _FROM_WHAT, _COUNTED_FROM_MEETINGS), 882, _attendance_share,
             unless="เกณฑ์|ตัวชี้วัด|kpi|ระดับ|คะแนน"),
        Rule(("NUM", "คืออะไร|หมายถึง|ใช้กับ|ใช้ตรงไหน|นับจาก|คิดจาก|มาจาก|หมายความ|นับยังไง"
              "|คิดยังไง|คำนวณยังไง|นับอย่างไร|คิดอย่างไร"), 713,
             _percent_reader, unless="ระดับ|level|คะแนน|STEP|kpi"),
        # "ตัวชี้วัดในแผนต้องบรรลุกี่เปอร์เซ็นต์": the plan's share of its own indicators.
        Rule(("ตัวชี้วัดในแผน|ตัวชี้วัดตามแผน|บรรลุ",
              "กี่เปอร์เซ็นต์|กี่เปอร์เซ็น|กี่%|เท่าไหร่|เท่าไร|กี่ตัว|เกณฑ์|ต้อง|คืออะไร|หมายถึง"), 716,
             _not_counted(_no_unit(_undone(_reader(RuleTopic.THRESHOLDS)))),
             unless="ใคร|กองไหน|หน่วยไหน|หน่วยงานไหน|สำนักไหน|ศูนย์ไหน"),
        # "เกณฑ์ 85% มีกี่ข้อ": what a typed share of the plan applies to.
        Rule(("NUM", "กี่ข้อ|มีกี่อย่าง|กี่เรื่อง|กี่เกณฑ์|มีอะไรบ้าง|ใช้กับอะไร|ใช้กับขั้นตอนไหน"), 714,
             _step_share, unless="ระดับ|level|คะแนน|STEP|kpi"),
        # A round named as the time of a status, a target or what is missing ("ภาพรวมรอบ 12
        # เดือน", "เกณฑ์…รอบ 12 เดือน", "ยังไม่ได้ใส่ผลรอบ 12 เดือน") asks that, not the round.
        Rule(("รอบ|round|round1|round2|round3", f"ขั้นตอน|STEP|ทำ|ประเมิน|{_ASKS}"), 760,
             _undone(_round_reader),
             # "ส่งรายงานผลรอบ2 ได้ช่วงไหน": the window a round's report may be sent in.
             # A round's assessment asked how it went ("ผลประเมินรอบ 12 เดือนเป็นอย่างไรบ้าง")
             # is where the organisation stands.
             unless=_NOT_OF_THE_ROUND),
        Rule(("STEP|ขั้นตอน", "ต้องทำอะไร|ต้องส่งอะไร|ทำอะไร|ต้องใช้อะไร|ต้องมีอะไร|ต้องแนบอะไร"
              "|ใช้เอกสารอะไร|คืออะไร|ทำยังไง|ทำอย่างไร|เอกสารอะไร|ส่งอะไร|วัดผล|วัดยังไง|นับยังไง"
              "|ประเมินยังไง|คิดยังไง|เตรียมอะไร|ต้องเตรียม|เตรียมเอกสาร|เตรียมตัว"
              "|ต้องทำไร|ทำไรบ้าง|ทำไรมั่ง|ทำอะไรมั่ง"
              # What the step means: "ขั้นตอนที่ 5 หมายถึงอะไรครับ อ่านแล้วงง".
              "|หมายถึงอะไร|หมายถึงยังไง|หมายความว่าอะไร|หมายความว่ายังไง|แปลว่าอะไร|คือยังไง"
              # What the step is measured by: "step 5 วัดจากอะไรคะ", "ขั้นตอนที่ 5 ใช้อะไรวัด"
              # (an indicator's, "ขยะวัดจากอะไร", is its formula).
              "|วัดจากอะไร|วัดจากไหน|วัดด้วยอะไร|ใช้อะไรวัด|ดูจากอะไร|พิจารณาจากอะไร|นับจากอะไร"), 860,
             # "ขั้นตอนที่ 2 คืออะไร ขอรายละเอียดด้วย": the step's details (who has not sent
             # it, what it needs) answer what it is too.
             # What the next step is and by when ("ขั้นตอนถัดไปคืออะไร ต้องส่งวันไหน") is the
             # next deadlines.
             _undone(_not_next_due(_reader(RuleTopic.STEP))), unless="รายละเอียด|details|detail"),
    )),
)
# fmt: on
