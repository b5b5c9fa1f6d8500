"""Settle what a message names against the chat's organisation, before any handler runs.

The reader knows no organisation: "แผนกองคลัง", "ไอทีส่งรายงานผล", "ประวัติการส่งของกองคลัง" keep
a unit inside the words of a step or an indicator. Here the organisation's own unit names,
short names and aliases (data, per organisation) are taken out into the unit slot, and words
that name no indicator but a unit, or the organisation itself, become a status question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from handlers.intents import (
    Aspect,
    Deadlines,
    History,
    IndicatorQuery,
    MarkStep,
    Members,
    Missing,
    RuleQuestion,
    Status,
    SubmitBaseline,
    SubmitValue,
    Unknown,
)
from handlers.nlu.patterns import EDGE_WORDS, MEASURE_ASPECTS, MEASURE_WORDS, STATUS_WORDS
from handlers.nlu.report_words import report_words
from handlers.nlu.resolve import (
    in_indicator_words,
    indicator_index,
    keyword_spellings,
    no_plan_words,
    off_topic,
    resolve_indicator,
    resolve_step,
    resolve_unit,
    squash,
    step_rather_than_indicator,
    without_framing,
    written_words,
)
from handlers.nlu.slots import chat_words, content
from handlers.nlu.tokenize import tokens
from kpi_core.models import Organisation, Unit
from kpi_core.thai_dates import ABBR_MONTHS, FULL_MONTHS


def settle(intent: Any, org: Organisation) -> Any:
    """``intent`` with its unit taken out of other words, read against ``org``; words of
    everyday chatter around one word of the plan are no question to the bot."""
    words = _slot_words(intent)
    if words and off_topic(words, org, asked=isinstance(intent, IndicatorQuery)):
        return Unknown(text=words)
    if isinstance(intent, MarkStep) and intent.step and not intent.unit:
        # "หัวหน้าบอกว่าไอทีส่งแผนแล้ว": the unit before the story around it is dropped.
        unit, rest = pull_unit(intent.step, org, loosely=False)
        if unit is not None:
            intent = replace(intent, step=rest, unit=unit.name)
    intent = _without_framing(intent, org)
    intent = _of_several_units(intent, org)
    if isinstance(intent, RuleQuestion) and intent.pmqa and intent.number is None:
        intent = _pmqa_target(intent, org)
    if isinstance(intent, IndicatorQuery | Missing) and intent.indicator and not intent.more:
        # Whether results were sent may be asked of alike indicators too ("ชุดข้อมูลกับ DG
        # readiness ส่งผลหรือยัง": each of them is answered).
        several = joined_indicators(intent.indicator, org)
        if several:  # "แต่งตั้งกับหลักสูตรสอบ": one question about each
            intent = replace(intent, indicator=several[0], more=tuple(several[1:]))
    if isinstance(intent, SubmitValue) and intent.news:
        # News of a change names an indicator of the organisation, or is the group's chat.
        if not resolve_indicator(intent.indicator, org):
            return Unknown(text=intent.indicator)
        intent = replace(intent, news=False)
    if isinstance(intent, SubmitValue) and intent.measure:
        intent = _in_its_unit(replace(intent, indicator=_by_measure(intent, org)), org)
    if isinstance(intent, IndicatorQuery) and intent.indicator:
        return _query(intent, org)
    if isinstance(intent, SubmitValue) and intent.indicator:
        return _value(intent, org)
    if isinstance(intent, SubmitBaseline) and intent.indicator:
        return replace(intent, indicator=_named_by_org(intent.indicator, org))
    if isinstance(intent, SubmitValue) and len(org.indicators) == 1:
        # "กองคลังได้ 4 คะแนน": a value naming no indicator is the only one's (as the handler).
        return replace(intent, indicator=org.indicators[0].code)
    if isinstance(intent, Status | Members) and intent.unit and _not_a_unit(intent.unit, org):
        return replace(intent, unit="")  # "สรุปภาพรวม ก.พ.": the organisation itself, or a month
    if isinstance(intent, Deadlines) and intent.step and intent.month is None:
        return _deadlines(intent, org)
    if isinstance(intent, History) and _only_the_organisation(intent.indicator, org):
        return replace(intent, indicator="")  # "ประวัติทั้งหมดของสำนัก": the organisation's
    if isinstance(intent, History) and intent.indicator and not intent.unit:
        unit, rest = pull_unit(intent.indicator, org)
        if unit is not None:  # what is left names an indicator, or nothing worth keeping
            # "ใครเป็นคนส่งแผนของกองคลัง": a step's words name no indicator (its code does).
            step = not any(c.isdigit() for c in rest) and _names_step(rest, org)
            named = rest and resolve_indicator(rest, org) and not step
            indicator = rest if named else ""
            return replace(intent, indicator=indicator, unit=unit.name)
    if isinstance(intent, Missing) and intent.unit:
        if not _not_a_unit(intent.unit, org):  # what one unit has not sent is its status
            return Status(unit=intent.unit)
        intent = replace(intent, unit="")
    if isinstance(intent, Missing) and _plain_sending(intent.step, org):
        intent = replace(intent, step="")  # "ส่งผลครบหรือยัง": every result, no one step
    if isinstance(intent, Missing) and (intent.step or intent.indicator):
        # "it ส่งแผนหรือยัง": what one unit has not sent is its status.
        unit, _ = pull_unit(intent.step or intent.indicator, org, loosely=False)
        if unit is not None:
            return Status(unit=unit.name)
        if _names_indicator_not_step(intent.step, org):  # "ใครยังไม่ส่งผล DG"
            return Missing(indicator=intent.step)
        step = step_rather_than_indicator(intent.indicator, org) if intent.indicator else None
        return Missing(step=str(step.number)) if step is not None and not intent.step else intent
    if isinstance(intent, MarkStep) and intent.others:
        # "ขั้นตอนที่ 3 ไอทีส่งแล้ว": the unit among the words beside the typed step.
        unit, _ = pull_unit(intent.others, org, loosely=False)
        named = unit.name if unit is not None and not intent.unit else intent.unit
        intent = replace(intent, unit=named, others="")
    return intent


def _of_several_units(intent: Any, org: Organisation) -> Any:
    """A question of two or more of the organisation's units ("ไอทีกับกองคลังถึงไหนแล้ว",
    "Finance Division and Legal Affairs Division ยังไม่ส่งอะไร"): asked of every unit, as the
    handlers answer it (the organisation's status, who has not sent, everyone's history and
    members), never of the first unit alone."""
    if isinstance(intent, Status | Members) and intent.unit:
        units, _ = units_in(intent.unit, org)
        return replace(intent, unit="") if len(units) > 1 else intent
    if isinstance(intent, IndicatorQuery) and intent.indicator and not intent.more:
        units, rest = units_in(intent.indicator, org)
        several = len(units) > 1 and not (rest and resolve_indicator(rest, org))
        return Status() if several else intent
    if isinstance(intent, History) and (intent.unit or intent.indicator):
        units, rest = units_in(f"{intent.unit} {intent.indicator}", org)
        if len(units) > 1:
            return History(indicator=rest if rest and resolve_indicator(rest, org) else "")
        return intent
    if isinstance(intent, Missing) and (intent.unit or intent.step):
        units, rest = units_in(f"{intent.unit} {intent.step}", org)
        if len(units) > 1:
            return replace(intent, unit="", step=rest)
    return intent


def units_in(words: str, org: Organisation) -> tuple[list[Unit], str]:
    """The organisation's units named inside ``words`` (names, short names, aliases) and the
    words left, without the words that joined them ("and", "or")."""
    units: list[Unit] = []
    while True:
        unit, rest = pull_unit(words, org, loosely=False)
        if unit is None:
            return units, content(_JOINING_RE.sub(" ", words))
        if unit not in units:
            units.append(unit)
        words = rest


_JOINING_RE = re.compile(r"(?<!\S)(?:and|or|&|กับ|และ|หรือ|,)(?!\S)", re.IGNORECASE)


def _pmqa_target(intent: RuleQuestion, org: Organisation) -> Any:
    """ "PMQA ต้องได้กี่คะแนนถึงได้เต็ม": where the organisation's own PMQA indicator sets its
    targets by group (a report's criteria: 350 คะแนน, คะแนนปี 2566 + 10 %), they are what it
    must reach, not the national PMQA 4.0 levels; elsewhere the levels."""
    if intent.level_named:  # "Significance ต้องได้กี่คะแนน": the national levels
        return intent
    named = resolve_indicator(_PMQA, org)
    if len(named) == 1 and named[0].criteria_groups:
        return IndicatorQuery(named[0].code, Aspect.CRITERIA)
    return intent


_PMQA = "pmqa"


def _by_measure(intent: SubmitValue, org: Organisation) -> str:
    """The code of the one indicator, among those the words name alike, whose title is written
    with the measure word typed with the value ("DG Readiness ได้ 78.4 คะแนน" is a score:
    คะแนนความพร้อมรัฐบาลดิจิทัล); else the words as they are. A question's measure word asks an
    aspect every indicator has ("ได้กี่คะแนน"), and tells nothing apart."""
    named = resolve_indicator(intent.indicator, org) if intent.indicator else []
    titled = [i for i in named if intent.measure in i.title]
    return titled[0].code if len(named) > 1 and len(titled) == 1 else intent.indicator


def _in_its_unit(intent: SubmitValue, org: Organisation) -> SubmitValue:
    """A value typed in the base of the indicator's unit ("1,650,000,000 บาท" for ล้านบาท) in
    that unit (1,650), the typed value kept as typed."""
    named = resolve_indicator(intent.indicator, org) if intent.indicator else []
    scaled = len(named) == 1 and named[0].unit == f"{_MILLION}{intent.measure}"
    value = intent.value / _MILLIONS if scaled else intent.value
    return replace(intent, value=value, measure="")


_MILLION = "ล้าน"
_MILLIONS = 1_000_000


def _slot_words(intent: Any) -> str:
    """The words naming what a question asks about (an indicator, a step), or ""."""
    if isinstance(intent, IndicatorQuery):
        return intent.indicator
    if isinstance(intent, Missing):
        return intent.step or intent.indicator
    return ""


_FRAMED = {IndicatorQuery: "indicator", Deadlines: "step", Missing: "step", MarkStep: "step"}


def _without_framing(intent: Any, org: Organisation) -> Any:
    """``intent`` with the phrases around what it names dropped from its slot words."""
    slot = _FRAMED.get(type(intent))
    words = getattr(intent, slot) if slot else ""
    if not words:
        return intent
    kept = without_framing(words, org)
    if kept == words and isinstance(intent, Deadlines) and intent.month is not None:
        # "ผมเพิ่งรับงานต่อ… เดือนนี้มีอะไรต้องส่ง": the month is what is asked; words that
        # name no step around it are the sender's story.
        return intent if _names_step(words, org) else replace(intent, step="")
    return intent if kept == words else replace(intent, **{slot: content(kept)})


def _plain_sending(words: str, org: Organisation) -> bool:
    """Step words that say only that something is sent ("ส่งผล") and name no step of ``org``."""
    return bool(words) and not content(words, EDGE_WORDS | _SENDING) and not _names_step(words, org)


# "ส่งผลได้ถึงวันไหน", "ต้องรายงานผลภายในเมื่อไหร่", "ใครยังไม่เสร็จ": sending or finishing, of no one step.
_SENDING = frozenset(
    (
        "ส่งผล",
        "ส่ง",
        "ผล",
        "ผลได้",
        "ครบ",
        "รายงานผล",
        "รายงาน",
        "ต้องรายงาน",
        "เสร็จ",
        "เสร็จแล้ว",
        "ทำเสร็จ",
        # Documents in general: "หน่วยงานใดค้างส่งเอกสาร", "กำหนดส่งเอกสารทั้งหมด".
        "เอกสาร",
        "ส่งเอกสาร",
    )
)


def joined_indicators(words: str, org: Organisation) -> list[str]:
    """The words of each indicator ``words`` join with กับ / และ / a comma ("ขยะกับท่องเที่ยว"),
    when each names indicators of its own (one, or the blocks one name shares: "จริยธรรม");
    [] when they are one indicator's words (a title may hold และ or กับ) or name anything else.
    Indicators listed with spaces only ("ขยะ ท่องเที่ยว ยาเสพติด") are joined alike when each
    phrase holds a keyword; the phrases naming nothing between them ("ออก") are no indicator."""
    if in_indicator_words(words, org):
        return []
    parts = [p.strip() for p in _JOINED_RE.split(words) if p.strip()]
    if len(parts) >= 2 and _apart([resolve_indicator(part, org) for part in parts]):
        return parts
    phrases = [p for p in parts for p in p.split()]
    named = [p for p in phrases if _holds_keyword(p, org)]
    if len(named) < 2 or any(resolve_indicator(p, org) for p in phrases if p not in named):
        return []
    return named if _apart([resolve_indicator(p, org) for p in named]) else []


def _apart(found: list[list[Any]]) -> bool:
    """Whether every part names indicators and no two parts share one."""
    codes = [i.code for f in found for i in f]
    return all(found) and len(codes) == len(set(codes))


def _holds_keyword(phrase: str, org: Organisation) -> bool:
    # "PB" is how people write Participatory Budgeting: the long form holds the keyword.
    query = squash(f"{phrase} {report_words().long_forms(phrase)}")
    return any(name in query for c in indicator_index(org).candidates for name in c.names if name)


_JOINED_RE = re.compile(r"(?:กับ|และ|,|/)")


def _named_by_org(words: str, org: Organisation) -> str:
    """``words`` without the organisation's own name when the rest names an indicator ("PMQA
    ของสำนักงบประมาณ": whose it is names no indicator), else as they are."""
    mine = _without_own_name(words, org)
    return mine if mine != words and resolve_indicator(mine, org) else words


def _value(intent: SubmitValue, org: Organisation) -> SubmitValue:
    intent = replace(intent, indicator=_named_by_org(intent.indicator, org))
    # "คะแนนความพร้อมรัฐบาลดิจิทัล 81.25": a title that starts with its measure word.
    intent = replace(intent, indicator=_without_measure(intent.indicator, org)[0])
    if intent.unit and not resolve_unit(intent.unit, org):
        # "ผลยาเสพติด 78.5 ทสจ.เพิ่งส่งมา": words naming no unit of the organisation name who
        # passed the figure on; the value is the organisation's, as the handler records it.
        return replace(intent, unit="")
    if intent.unit:
        return intent
    # "บันทึกผล PMQA ของกองคลัง 400": the unit inside the words, the indicator around it.
    unit, rest = pull_unit(intent.indicator, org, loosely=False)
    if unit is not None and not rest and len(org.indicators) == 1:  # "บันทึกผลไอที 3.5"
        return replace(intent, indicator=org.indicators[0].code, unit=unit.name)
    if unit is None or not resolve_indicator(rest, org):
        return intent
    return replace(intent, indicator=rest, unit=unit.name)


def _not_a_unit(words: str, org: Organisation) -> bool:
    """Whether ``words`` name the organisation itself, or a month and none of its units
    ("ก.พ." is สำนักงาน ก.พ. to its own members, February to everyone else)."""
    if len(resolve_unit(words, org)) == 1:
        return False
    return _names_organisation(words, org) or month_named(words) is not None


def _deadlines(intent: Deadlines, org: Organisation) -> Deadlines:
    """Step words that name no step but a month ("ก.พ. ต้องส่งอะไร") ask for the month."""
    if _names_organisation(intent.step, org) or _plain_sending(intent.step, org):
        return Deadlines()  # "ส่งผลได้ถึงวันไหน": every deadline, no one step
    if not any(i.steps for i in org.indicators):
        # An organisation that reports results has no steps: "ส่งผลรอบ 12 เดือนเมื่อไหร่",
        # "ยังทันส่งอยู่มั้ย" ask for its deadlines, or a month's.
        return Deadlines(month=month_named(intent.step))
    # "ไอทีเหลือกี่วัน": every unit has the same deadlines; the words left name the step.
    unit, rest = pull_unit(intent.step, org, loosely=False)
    if unit is not None:
        return replace(intent, step=rest if rest and _names_step(rest, org) else "")
    month = month_named(intent.step)
    if month is None or _names_step(intent.step, org):
        return intent
    return Deadlines(month=month)


def month_named(words: str) -> int | None:
    """The month (1..12) ``words`` are the name of: full, spoken ("กุมภา") or abbreviated."""
    return _MONTHS.get(squash(words))


_TITLE_NOUN_RE = re.compile("ความ|การ|คุณภาพ")


def _without_measure(words: str, org: Organisation) -> tuple[str, str]:
    """(the words, "") when a measure word they start with is written so in a title or an item
    ("คะแนนความพร้อมรัฐบาลดิจิทัล" is not "ระดับความพร้อมรัฐบาลดิจิทัล"); else (the words
    without it, the measure word): "คะแนนขยะ" and "คะแนนจริยธรรม" ask for a score."""
    measure = _MEASURE_RE.match(words)
    if measure is None:
        return words, ""
    bare = words[measure.end() :].strip()
    if in_indicator_words(words, org) or not resolve_indicator(bare, org):
        return words, ""
    # "ระดับความสำเร็จการขับเคลื่อน…" (a title's wording, not the report's): ระดับ before a
    # noun of a title (ความ…, การ…, คุณภาพ…) begins the title, it asks no tier.
    if measure[0] == "ระดับ" and _TITLE_NOUN_RE.match(bare) and resolve_indicator(words, org):
        return words, ""
    # "คะแนน DG Readiness": the measure with the Thai the keyword stands for is a title.
    if any(in_indicator_words(measure[0] + thai, org) for thai in keyword_spellings(bare)):
        return words, ""
    return bare, measure[0]


def _query(intent: IndicatorQuery, org: Organisation) -> Any:
    if _is_own_name(intent.indicator, org):  # before the titles that mention it
        return Status()
    # "PMQA 4.0 ของสำนักงบประมาณ", "ผลการดำเนินงานของสำนักงบประมาณ": whose it is, the organisation
    # itself, names no indicator (its name holds a keyword of four: "งบประมาณ").
    mine = _without_own_name(intent.indicator, org)
    if mine != intent.indicator:
        if not resolve_indicator(mine, org) and not content(mine, EDGE_WORDS | STATUS_WORDS):
            return Status()
        intent = replace(intent, indicator=mine)
    if chat_words(intent.indicator) and not written_words(intent.indicator, org):
        return Unknown(text=intent.indicator)  # "ผลบอลเมื่อคืนใครชนะ": everyday words
    words, measure = _without_measure(intent.indicator, org)
    if measure:
        # The measure word was the question: its aspect, unless another one was asked.
        aspect = intent.aspect
        if aspect in (Aspect.SUMMARY, Aspect.RESULT, Aspect.SCORE, Aspect.TIER):
            aspect = MEASURE_ASPECTS[measure]
        return replace(intent, indicator=words, aspect=aspect)
    if resolve_indicator(words, org):
        return replace(intent, indicator=_titled_by_aspect(words, intent.aspect, org))
    if _names_organisation(words, org):
        return Status()
    unit, rest = pull_unit(words, org)
    if unit is None:  # "wifi ชั้น 4 ใช้ไม่ได้ใครเป็นบ้าง": nothing of the plan is asked
        return Unknown(text=words) if no_plan_words(words, org) else intent
    if rest and _names_a_unit(rest, org):
        return Status()  # "สถานะของกองคลังกับกองกลาง": several units, the organisation's
    # "แผนของกองคลังผ่านไหม": a step of one unit is what the unit's status shows.
    if not (rest and resolve_indicator(rest, org)) or _names_step(rest, org):
        return Status(unit=unit.name)
    return intent


def _titled_by_aspect(words: str, aspect: Aspect, org: Organisation) -> str:
    """The title the words of two titles differing only by their measure word name when the
    question asks that measure ("ความพร้อมรัฐบาลดิจิทัลได้กี่คะแนน" is คะแนนความพร้อม…,
    "…อยู่ระดับไหน" ระดับความพร้อม…); else the words. A keyword both share ("DG Readiness")
    names both, whatever is asked."""
    measure = _ASPECT_MEASURES.get(aspect)
    if measure is None or _MEASURE_RE.match(words) or not in_indicator_words(words, org):
        return words
    titled = f"{measure}{words}"
    if in_indicator_words(titled, org) and len(resolve_indicator(titled, org)) == 1:
        return titled
    return words


_ASPECT_MEASURES = {Aspect.SCORE: "คะแนน", Aspect.TIER: "ระดับ"}


def _names_a_unit(words: str, org: Organisation) -> bool:
    """Whether ``words`` name a unit: inside them, or one of their words a part of its name
    ("นิติการ" of กองนิติการ)."""
    if pull_unit(words, org, loosely=False)[0] is not None:
        return True
    return any(
        len(resolve_unit(word, org)) == 1
        for word in tokens(words)
        if len(word) >= _MIN_UNIT_WORD and word not in EDGE_WORDS
    )


_MIN_UNIT_WORD = 4  # "กับ", "กัน": shorter words name no unit


def _names_indicator_not_step(words: str, org: Organisation) -> bool:
    if not words or words.isdigit() or _names_step(words, org):
        return False
    return bool(resolve_indicator(words, org))


def _names_step(words: str, org: Organisation) -> bool:
    return any(resolve_step(words, i) for i in org.indicators if i.steps)


def pull_unit(words: str, org: Organisation, *, loosely: bool = True) -> tuple[Unit | None, str]:
    """The unit named inside ``words`` (longest name first) and the words without it;
    ``loosely``: else the unit all the words name, spelled closely."""
    lowered = words.lower()
    names = sorted(
        (
            (name, unit)
            for unit in org.units
            for name in (unit.name, unit.short_name, *unit.aliases)
        ),
        key=lambda pair: -len(pair[0]),
    )
    for name, unit in names:
        if name and (found := _find(name.lower(), lowered)) is not None:
            return unit, content(f"{words[: found.start()]} {words[found.end() :]}")
    # "กค ส่งแผนแล้ว", "ข่าวดี ศทส ส่งแผน": a short name typed without its dots, a word alone.
    for name, unit in names:
        bare = name.replace(".", "")
        if name != unit.short_name or bare == name or len(bare) < 2:
            continue
        found = re.search(rf"(?<![\u0e01-\u0e4e.]){re.escape(bare)}(?![\u0e01-\u0e4e.])", lowered)
        if found is not None:
            return unit, content(f"{words[: found.start()]} {words[found.end() :]}")
    whole = resolve_unit(words, org) if loosely else []
    return (whole[0], "") if len(whole) == 1 else (None, words)


def _find(name: str, text: str) -> re.Match[str] | None:
    pattern = re.escape(name)
    if name[0].isascii():
        pattern = rf"(?<![a-z0-9]){pattern}(?![a-z0-9])"
    return re.search(pattern, text)


def _names_organisation(words: str, org: Organisation) -> bool:
    """Whether ``words`` are the organisation's own name, short name or an alias (exactly:
    "ก.พ." is สำนักงาน ก.พ., "ก.พ.ร." another organisation), or a long part of its name."""
    # "ปทุมฯ": the abbreviation mark cuts a name short.
    query = squash(words).removesuffix(_ABBREVIATED)
    own = _own_names(org)
    # "ปทุม" starts ปทุมธานี; shorter words inside a name are noise.
    inside = any(query in name if len(query) >= 5 else name.startswith(query) for name in own)
    return query in own or (len(query) >= 4 and inside)


_ABBREVIATED = "ฯ"


def _only_the_organisation(words: str, org: Organisation) -> bool:
    """Whether ``words`` are the organisation's name, or a part of it that is no indicator's
    keyword: "สำนัก" of สำนักงบประมาณ is the organisation, "งบประมาณ" four indicators."""
    if not words or not _names_organisation(words, org):
        return False
    query = squash(words)
    names = (name for c in indicator_index(org).candidates for name in c.names)
    return _is_own_name(words, org) or not any(n in query or query in n for n in names)


def _is_own_name(words: str, org: Organisation) -> bool:
    return squash(words) in _own_names(org)


def _without_own_name(words: str, org: Organisation) -> str:
    """``words`` without the organisation's own name (full or short, whose it is: "ของ…"),
    when other words are left."""
    for name in (org.name, org.short_name, *org.aliases):
        if len(squash(name)) < 4 or name.lower() not in words.replace("  ", " "):
            continue
        bare = re.sub(rf"(?:ของ\s?)?{re.escape(name.lower())}", " ", words).strip()
        if bare:
            return " ".join(bare.split())
    return words


def _own_names(org: Organisation) -> set[str]:
    return {squash(n) for n in (org.name, org.short_name, *org.aliases) if n}


_MEASURE_RE = re.compile(f"(?:{MEASURE_WORDS})(?=.)")
_MONTHS = {
    squash(name): number
    for number, (full, abbreviation) in enumerate(zip(FULL_MONTHS, ABBR_MONTHS, strict=True), 1)
    for name in (full, re.sub("(?:คม|ยน|พันธ์)$", "", full), abbreviation, f"เดือน{full}")
}
