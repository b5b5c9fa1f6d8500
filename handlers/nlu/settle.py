"""Settle what a message names against the chat's organisation, before any handler runs.

The reader knows no organisation: "แผนกองคลัง", "ไอทีส่งรายงานผล", "ประวัติการส่งของกองคลัง" keep
a unit inside the words of a step or an indicator. Here the organisation's own unit names,
short names and aliases (data, per organisation) are taken out into the unit slot, and words
that name no indicator but a unit, or the organisation itself, become a status question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any, TypeVar

from handlers.data_files import read_text
from handlers.intents import (
    Aspect,
    Deadlines,
    History,
    IndicatorQuery,
    MarkStep,
    Members,
    Missing,
    RegisterUnit,
    RuleQuestion,
    RuleTopic,
    SmallTalk,
    Status,
    StepDetails,
    SubmitBaseline,
    SubmitValue,
    Unknown,
)
from handlers.nlu.asides import REGION, body_named_first
from handlers.nlu.everyday_plans import everyday_kinds
from handlers.nlu.patterns import (
    EDGE_WORDS,
    MEASURE_ASPECTS,
    MEASURE_WORDS,
    ORGANISATION_KINDS,
    STATUS_WORDS,
    UNIT_LEFT_RE,
    phrase_regex,
)
from handlers.nlu.patterns import (
    words as phrase_words,
)
from handlers.nlu.report_words import report_words
from handlers.nlu.resolve import (
    in_indicator_words,
    indicator_index,
    keyword_spellings,
    named_bare,
    no_plan_words,
    off_topic,
    resolve_indicator,
    resolve_step,
    resolve_unit,
    squash,
    step_rather_than_indicator,
    without_framing,
    word_counts,
    writes,
    written_words,
)
from handlers.nlu.several_units import settle_several_units
from handlers.nlu.slots import chat_words, content, names_the_plan, split_unit
from handlers.nlu.tokenize import province_names, tokens
from handlers.nlu.units import (
    Named,
    month_named,
    named_alone,
    names_organisation,
    own_names,
    pull_unit,
    units_named,
)
from kpi_core.fiscal_calendar import fiscal_year, fiscal_year_bounds
from kpi_core.models import Indicator, Organisation
from kpi_core.thai_dates import into_span


def settle(intent: Any, org: Organisation) -> Any:
    """``intent`` with its unit taken out of other words, read against ``org``; words of
    everyday chatter around one word of the plan are no question to the bot."""
    if isinstance(intent, Unknown) and intent.text:
        titled = _titled_by_fragments(intent.text, org) or _whole_title(intent.text, org)
        if titled:  # "หลักเกณฑ์แต่งตั้ง": an indicator named alone by words of its title
            return IndicatorQuery(titled)
        alone = _only_a_unit(intent.text, org)
        if alone:  # "ศทส.", "กองคลังค่ะ": a unit named alone asks where it stands
            return Status(unit=alone)
    if isinstance(intent, Deadlines) and intent.sent_by:
        # "ไอทีส่งแผนทันไหม": a unit named beside the sending is whose status is asked; none
        # named ("ส่งแผนทันไหม"), the step's deadlines.
        unit, _ = pull_unit(intent.sent_by, org, loosely=False)
        if unit is not None:
            return Status(unit=unit.name)
        intent = replace(intent, sent_by="")
    if isinstance(intent, StepDetails) and intent.others:
        # "นิติการผ่านขั้นตอนที่ 1 ยัง": a unit named by an alias beside the step is whose
        # outcome is asked, its status; other words beside it name nothing of the step.
        unit, _ = pull_unit(intent.others, org, loosely=False)
        # "คลังผ่านขั้นตอนที่ 1 กับ 2 แล้วใช่ไหม": a unit's name without its kind word, alone
        # beside the step, names it however short.
        unit = unit or named_bare(intent.others, org.units)
        return Status(unit=unit.name) if unit is not None else replace(intent, others="")
    if isinstance(intent, IndicatorQuery) and _only_pointed_back(intent.indicator, org):
        # "ตัวเมื่อกี้ได้กี่คะแนน", "อันเมื่อกี้ขอผลล่าสุดอีกที": the indicator just talked about,
        # named by no word of its own (the handler asks which, or takes the one just shown).
        return replace(intent, indicator="")
    if (
        isinstance(intent, IndicatorQuery)
        and _BEFORE_A_TIME_RE.search(intent.indicator)
        and content(_BEFORE_A_TIME_RE.sub("", intent.indicator))
    ):
        # "ขอสรุปคะแนนสำนักงานก.พ.ก่อนบ่ายสอง": the time the answer is needed by is the asker's
        # (alone, "ขอสรุปคะแนนก่อนบ่ายโมง", it is how the answer is wanted, read below).
        intent = replace(intent, indicator=_BEFORE_A_TIME_RE.sub("", intent.indicator))
    words = _slot_words(intent)
    # "สรุปคะแนนจังหวัด… เอาแบบสั้นๆ": words that only say how the answer is wanted are no
    # everyday talk (their question is read below).
    how_wanted = isinstance(intent, IndicatorQuery) and not _without_trailing_qualifiers(words)
    if words and not how_wanted and off_topic(words, org, asked=isinstance(intent, IndicatorQuery)):
        return Unknown(text=words)
    if isinstance(intent, RegisterUnit) and intent.unit:
        if intent.loose:
            return _registered_loosely(intent, org)
        return _registered(intent, org)
    if isinstance(intent, SubmitValue | SubmitBaseline) and _of_another_body(
        _with_kind(intent, org), org
    ):
        return Unknown(text=intent.indicator)  # "กรมบัญชีกลาง PMQA ได้ 452": their figure
    if (
        isinstance(intent, SubmitValue)
        and intent.unit
        and _another_office_told(intent.unit, intent.indicator, org)
    ):
        return Unknown(text=intent.indicator)  # "ศูนย์ภาค 5 ได้ 76.5": a regional office's
    if (
        isinstance(intent, MarkStep)
        and intent.unit
        and _another_office_told(intent.unit, intent.step, org)
    ):
        return Unknown(text=intent.step)  # "สำนักงานเขต 3 ส่งแผนแล้ว": a regional office's step
    if isinstance(intent, Missing) and _of_another_body(intent.indicator or intent.step, org):
        # "ทางเขต 7 บอกว่าข้อมูล PB ยังไม่ครบ": what another body lacks, no question of ours.
        return Unknown(text=intent.indicator or intent.step)
    if isinstance(intent, IndicatorQuery) and _SYSTEM_TROUBLE_RE.search(intent.indicator):
        # "เว็บ e-Service ของกรมการปกครองล่มหรือเปล่า", "ระบบ e-Budgeting เปิดให้เข้าได้กี่โมง":
        # a system down or its opening hours, which the organisation's data does not hold.
        return Unknown(text=intent.indicator)
    if isinstance(intent, IndicatorQuery) and _ASKING_BODY_RE.match(intent.indicator):
        # "ทางอำเภอคลองหลวงขอดูสูตรตัวชี้วัดยาเสพติด", "อำเภอสามโคกนะคะ อยากทราบว่า…": a
        # district's officer asking names the sender, not the body the indicator is of.
        intent = replace(intent, indicator=_ASKING_BODY_RE.sub("", intent.indicator, count=1))
    if isinstance(intent, IndicatorQuery) and _of_another_body(intent.indicator, org):
        # "อำเภอลาดหลุมแก้วแจ้งว่ายาเสพติดยังไม่ครบ", "กรมอื่นเขาได้ PMQA เท่าไหร่": another
        # body's work or figure, which the organisation's data does not hold.
        return Unknown(text=intent.indicator)
    if (
        isinstance(intent, MarkStep)
        and intent.step
        and _of_another_body(intent.step, org)
        and not _names_step(intent.step, org)
    ):
        # "อำเภอ…ส่งเอกสารมาที่ สนจ. แล้ว ฝากพี่ตรวจ": another body's papers, no step of ours.
        return Unknown(text=intent.step)
    if (
        isinstance(intent, MarkStep)
        and intent.correction
        and _only_the_unit(intent)
        and len(resolve_unit(intent.unit, org)) != 1
    ):
        return Unknown(text=intent.unit)  # "แก้กองทุนหมู่บ้านแล้ว": no unit of ours
    if isinstance(intent, MarkStep) and _verdict_of_nothing(intent, org):
        return Unknown(text=intent.step)  # "KPI ลดพุงปีนี้ไม่ผ่านอีกแล้ว 555": no step's verdict
    if isinstance(intent, MarkStep) and intent.step and not intent.unit:
        # "หัวหน้าบอกว่าไอทีส่งแผนแล้ว": the unit before the story around it is dropped.
        unit, rest = pull_unit(intent.step, org, loosely=False)
        if unit is not None:
            intent = replace(intent, step=rest, unit=unit.name)
        elif "เรา" in intent.step:  # "ทีมเราส่งแผนแล้ว": the sender's own unit, not named
            intent = replace(intent, step=_OWN_TEAM_RE.sub("", intent.step).strip())
    if isinstance(intent, MarkStep | Deadlines) and intent.said:
        intent = _step_said(intent, org)
    if isinstance(intent, MarkStep) and (intent.more or intent.all_units):
        intent = settle_several_units(intent, org)  # "กก. กับ กจ. ส่งแผนแล้ว": each unit
    if isinstance(intent, MarkStep) and intent.yearless and intent.done_on is not None:
        intent = _in_the_steps_year(intent, org)
    if isinstance(intent, _OF_STEPS) and _everyday_plan(intent.step, org):
        return Unknown(text=intent.step)  # "แผนเที่ยวเสร็จแล้ว": a plan of the sender's life
    if isinstance(intent, IndicatorQuery | Missing) and intent.indicator:
        # "…กับ… สองตัวนี้วัดต่างกันยังไง": the count of those listed, and what is asked of them.
        intent = replace(intent, indicator=_COUNT_TAIL_RE.sub("", intent.indicator))
    intent = _without_framing(intent, org)
    intent = _of_several_units(intent, org)
    if isinstance(intent, RuleQuestion) and intent.reached:
        # "PMQA ของเราเข้า Advance หรือยัง": the tier of the indicator titled PMQA 4.0, where
        # the organisation has one; elsewhere what the level asks.
        # A province's title writes it in parentheses ("…ระบบราชการ 4.0 (PMQA 4.0)").
        titled = [i.code for i in org.indicators if _PMQA_TITLE in squash(i.title)]
        if titled:
            return IndicatorQuery(titled[0], Aspect.TIER)
        intent = replace(intent, reached=False)
    if isinstance(intent, RuleQuestion) and intent.pmqa and intent.number is None:
        intent = _pmqa_target(intent, org)
    if isinstance(intent, RuleQuestion) and intent.topic is RuleTopic.WHY_SCORE:
        intent = _score_reason_of_a_report(intent, org)
    if isinstance(intent, RuleQuestion) and intent.indicator:
        # "ทำไมตัวโอนเปลี่ยนแปลงได้คะแนนเท่านี้": the indicator's words, read as a question of it.
        asked = settle(IndicatorQuery(intent.indicator, Aspect.ITEMS), org)
        named = isinstance(asked, IndicatorQuery) and asked.indicator and not asked.more
        intent = replace(intent, indicator=asked.indicator if named else intent.indicator)
    if isinstance(intent, IndicatorQuery | Missing) and intent.more:
        intent = _within_the_codes(intent, org)
    if isinstance(intent, IndicatorQuery | Missing) and intent.indicator:
        # "PMQA 4.0 ของสำนักงบประมาณ": the organisation's own name names none of its
        # indicators ("งบประมาณ" is one's keyword), when the words without it name fewer.
        bare = _without_own_names(intent.indicator, org)
        if bare != intent.indicator and _narrower(bare, intent.indicator, org):
            intent = replace(intent, indicator=bare)
        elif isinstance(intent, Missing) and not intent.more and not bare:
            # "ตัวชี้วัดใดของสำนักงบประมาณที่ยังไม่มีผลบันทึกบ้าง": which of the organisation's
            # own have no result, none of them named.
            intent = replace(intent, indicator="")
    if isinstance(intent, IndicatorQuery | Missing) and intent.indicator and not intent.more:
        # Whether results were sent may be asked of alike indicators too ("ชุดข้อมูลกับ DG
        # readiness ส่งผลหรือยัง": each of them is answered).
        several = joined_indicators(intent.indicator, org)
        if several:  # "แต่งตั้งกับหลักสูตรสอบ": one question about each
            intent = replace(intent, indicator=several[0], more=tuple(several[1:]))
    if isinstance(intent, SubmitValue) and intent.news:
        # News of a change names an indicator of the organisation, or is the group's chat; a
        # score told of a name alone ("ไอทีได้ 4 คะแนน") is the score of the unit it names.
        unit = _unit_alone(intent, org)
        if unit:
            intent = replace(intent, indicator="", unit=unit)
        elif not resolve_indicator(intent.indicator, org):
            return Unknown(text=intent.indicator)
        intent = replace(intent, news=False)
    if isinstance(intent, SubmitValue) and (intent.measure or intent.percent):
        intent = _in_its_unit(replace(intent, indicator=_by_measure(intent, org)), org)
    if isinstance(intent, SubmitValue | SubmitBaseline) and intent.indicator:
        intent = replace(intent, indicator=_counted_by_targets(intent.indicator, org))
    if isinstance(intent, IndicatorQuery) and (
        intent.counted or _LEVEL_COUNTED_RE.search(intent.indicator)
    ):
        # "ถ้า Pillar ระดับ 3 ได้ 4 ตัว…", "ถ้าปี 66 ได้ 5 pillar…": pillars counted (at a
        # level), not the pillars alone.
        words = _counted_by_targets(intent.indicator, org)
        # "DG pillar นับยังไง มี pillar อะไรบ้าง": the pillars asked again are the same ones.
        more = (
            tuple(_counted_by_targets(m, org) for m in intent.more)
            if intent.counted
            else intent.more
        )
        intent = replace(intent, indicator=words, more=more, counted=False)
    if isinstance(intent, IndicatorQuery) and intent.indicator:
        return _query(intent, org)
    if (
        isinstance(intent, IndicatorQuery)
        and intent.aspect in (Aspect.CRITERIA, Aspect.FORMULA)
        and len(org.indicators) == 1
    ):
        # "เกณฑ์?", "สูตรคะแนน?", "KPI ของเราปีนี้เกณฑ์ให้คะแนนยังไง": the criteria or the
        # formula asked of no indicator named, where the organisation has one, are that one's.
        return replace(intent, indicator=org.indicators[0].code)
    if isinstance(intent, SubmitValue) and intent.indicator:
        return _value(intent, org)
    if isinstance(intent, SubmitBaseline) and intent.indicator:
        return replace(intent, indicator=_named_by_org(intent.indicator, org))
    if isinstance(intent, SubmitValue) and len(org.indicators) == 1 and not intent.correction:
        # "กองคลังได้ 4 คะแนน": a value naming no indicator is the only one's (as the handler).
        return replace(intent, indicator=org.indicators[0].code)
    if isinstance(intent, Status | Members) and intent.unit and _not_a_unit(intent.unit, org):
        return replace(intent, unit="")  # "สรุปภาพรวม ก.พ.": the organisation itself, or a month
    if isinstance(intent, Status | Members) and intent.unit and _told_of_others(intent.unit, org):
        return Unknown(text=intent.unit)  # "ท้องถิ่นโทรมาถามว่าใครเป็นผู้ประสานงาน…": a story
    if (
        isinstance(intent, Deadlines)
        and intent.step
        and intent.month is not None
        and (intent.step.isdigit() or _names_step(intent.step, org))
    ):
        # "แผนต้องส่งวันไหน ปลายเดือนนี้ใช่มั้ย", "รายงานผลเดือน ก.ย. ส่งวันไหน": the step's
        # window is asked; the month is the asker's guess or the window's own.
        intent = replace(intent, month=None, this_month=False)
    if isinstance(intent, Deadlines) and intent.days:
        intent = _due_on_a_day_named(intent, org)
    if isinstance(intent, Deadlines) and intent.step and intent.month is None:
        intent = _deadlines(intent, org)
        if _no_step_named(intent.step, org):
            return replace(intent, step="", after=False)
        return _the_step_after(intent, org) if intent.after else intent
    if isinstance(intent, History) and intent.unit and _not_a_unit(intent.unit, org):
        intent = replace(intent, unit="")  # "ประวัติการส่งผล PMQA ของ ก.พ.": the organisation's
    if isinstance(intent, History) and intent.indicator and not could_name(intent.indicator, org):
        intent = replace(intent, indicator="")  # "…อยากดูว่าพี่คนก่อนบันทึกอะไร": "พี่" is no name
    if isinstance(intent, History) and squash(intent.indicator) in _EVERYTHING:
        intent = replace(intent, indicator="")  # "ย้อนดูทุกอย่างที่ส่งมา": everything sent
    if isinstance(intent, History) and _only_the_organisation(intent.indicator, org):
        return replace(intent, indicator="")  # "ประวัติทั้งหมดของสำนัก": the organisation's
    if (
        isinstance(intent, History)
        and intent.unit
        and intent.indicator
        and not any(c.isdigit() for c in intent.indicator)
        and _names_step(intent.indicator, org)
    ):
        # "ใครเป็นคนบันทึกแผนของ กจ.": a unit's step looked back on is the unit's history (a
        # step's words name no indicator, as below).
        return replace(intent, indicator="")
    if isinstance(intent, History) and intent.indicator and not intent.unit:
        unit, rest = pull_unit(intent.indicator, org)
        if unit is not None:  # what is left names an indicator, or nothing worth keeping
            # "ใครเป็นคนส่งแผนของกองคลัง": a step's words name no indicator (its code does).
            step = not any(c.isdigit() for c in rest) and _names_step(rest, org)
            named = rest and resolve_indicator(rest, org) and not step
            indicator = rest if named else ""
            return replace(intent, indicator=indicator, unit=unit.name)
    if isinstance(intent, Missing) and intent.unit and _another_office(intent.unit, org):
        return Unknown(text=intent.unit)  # "สนง.ท่องเที่ยวยังไม่ส่งตัวเลข…มาเลย": theirs to send
    if isinstance(intent, Missing) and intent.unit and _from_elsewhere(intent, org):
        # "ผลขยะจาก ทสจ. ยังไม่ได้ส่งเข้ามาใช่ไหม": a result due from a body that is none of the
        # units is the indicator's result not yet in.
        return Missing(indicator=intent.indicator or intent.step)
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
        if step is not None and intent.step in ("", str(step.number)):
            # "รายชื่อ PMQA Team ขั้นตอนที่ 1 ยังมีกองไหนค้างอยู่": the step's document named
            # beside its number is that step, no indicator.
            return Missing(step=str(step.number))
        return replace(intent, step="") if _no_step_named(intent.step, org) else intent
    if isinstance(intent, MarkStep) and intent.others:
        # "ขั้นตอนที่ 3 ไอทีส่งแล้ว": the unit among the words beside the typed step.
        unit, _ = pull_unit(intent.others, org, loosely=False)
        named = unit.name if unit is not None and not intent.unit else intent.unit
        intent = replace(intent, unit=named, others="")
    return intent


# How many words a short form of a title has, and how many letters at least.
_TITLE_WORDS = range(2, 7)
_TITLE_LETTERS = 6


def _titled_by_fragments(text: str, org: Organisation) -> str:
    """The code of the one indicator whose title holds every word of ``text``, a message no
    rule read: a title said short ("หลักเกณฑ์แต่งตั้ง" for "ปรับปรุงหลักเกณฑ์และวิธีการแต่งตั้ง
    ข้าราชการ…", "คู่มือการจัดทำแผนพัฒนาบุคลากร"). Two words at least, no figure and no asking
    word (the edge words aside); "" when it is not one title's words."""
    if len(text) > _LONGEST_TITLE_FORM or any(c.isdigit() for c in text):
        return ""
    said = [squash(w) for w in tokens(text.lower()) if w.strip() and w not in EDGE_WORDS]
    said = [w for w in said if w]
    if len(said) not in _TITLE_WORDS or len("".join(said)) < _TITLE_LETTERS:
        return ""
    if any(len(w) < 2 for w in said):
        return ""
    titled = {i.code for i in org.indicators if all(w in squash(i.title) for w in said)}
    return titled.pop() if len(titled) == 1 else ""


_LONGEST_TITLE_FORM = 60  # letters: a longer message is no name said alone
_LONGEST_UNIT_ALONE = 40  # letters: a longer message is no unit's name said alone


def _only_a_unit(text: str, org: Organisation) -> str:
    """The name of the organisation's unit that ``text``, a message no rule read, is alone
    (its particles aside): "ศทส.", "ศทส ครับ", "กองกลาง", "ไอที" ask where that unit stands, as
    an indicator named alone asks about it; "" for anything else ("กองคลังโทรมา…", "คลัง")."""
    if len(text) > _LONGEST_UNIT_ALONE:
        return ""
    unit = named_alone(text, org)
    return unit.name if unit is not None else ""


def _whole_title(text: str, org: Organisation) -> str:
    """The code of the one indicator whose whole title ``text`` is, figures and all, with or
    without its bracketed short name ("ระดับความสำเร็จของการขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0"),
    or whose title starts with it cut short by "ฯ": a title typed alone asks about it; else ""."""
    said = squash(text)
    # "ระดับความสำเร็จของการขับเคลื่อนฯ": the title's head, cut short by the abbreviation mark.
    cut = said.endswith("ฯ")
    said = said.rstrip("ฯ")
    if len(said) < _SHORTEST_WHOLE_TITLE:
        return ""
    titled = {
        i.code
        for i in org.indicators
        if said in (squash(i.title), squash(i.title.split("(", 1)[0]))
        or (cut and squash(i.title).startswith(said) and _past_the_measure(said))
    }
    return titled.pop() if len(titled) == 1 else ""


_SHORTEST_WHOLE_TITLE = 12  # letters: "PMQA 4.0" is a keyword, no title typed whole


def _past_the_measure(said: str) -> bool:
    """Whether a title's head ``said`` goes past the measure word it starts with: "ระดับความ
    สำเร็จฯ" is every such title's head, "ระดับความสำเร็จของการขับเคลื่อนฯ" one title's."""
    measure = next((m for m in report_words().measures if said.startswith(squash(m))), "")
    return len(said) - len(squash(measure)) >= _SHORTEST_CUT_HEAD


_SHORTEST_CUT_HEAD = 4  # letters past the measure word: "การโอน", not "การ"


def _unit_alone(intent: SubmitValue, org: Organisation) -> str:
    """The unit of ``org`` that a value's words name and nothing else ("ไอที", "IT"), when no
    unit was named otherwise; else ""."""
    if intent.unit or not intent.indicator:
        return ""
    unit, rest = pull_unit(intent.indicator, org, loosely=False)
    return unit.name if unit is not None and not content(rest) else ""


def _from_elsewhere(intent: Missing, org: Organisation) -> bool:
    """Whether a Missing question's unit is none of the organisation's units nor the
    organisation, while its words name one of its indicators (and no step)."""
    words = intent.indicator or intent.step
    if not words or resolve_unit(intent.unit, org) or _not_a_unit(intent.unit, org):
        return False
    return bool(intent.indicator) or _names_indicator_not_step(words, org)


def _another_office(unit: str, org: Organisation) -> bool:
    """Whether unit words name an office by its short kind glued to its name ("สนง.ท่องเที่ยว")
    that is neither the organisation (nor a part of its name: "สนง.แรงงาน") nor one of its
    units: another body, whose sending the organisation's data does not hold."""
    if not unit.startswith("สนง.") or len(unit) < len("สนง.") + 2:
        return False
    if names_organisation(unit, org) or resolve_unit(unit, org):
        return False
    tail = squash(unit[len("สนง.") :])
    return not any(tail in own or len(own) >= 4 and own in tail for own in own_names(org))


def _with_kind(intent: SubmitValue | SubmitBaseline, org: Organisation) -> str:
    """A value's words with the kind of body read as its unit before them, when they open with
    a short name with its dots ("สำนักงาน" of "สำนักงาน ป.ป.ท. ยกระดับ master data ได้ 9 ชุด")
    and the kind is none of the units."""
    unit = getattr(intent, "unit", "")
    if not unit or not _DOTTED_FIRST_RE.match(intent.indicator) or resolve_unit(unit, org):
        return intent.indicator
    return f"{unit} {intent.indicator}"


_DOTTED_FIRST_RE = re.compile(r"\s?[\u0e01-\u0e2e]{1,4}\.[\u0e01-\u0e2e]")


# A local body opening an ask, the sender's own ("อำเภอคลองหลวงขอดู…", "อำเภอสามโคก อยากทราบว่า
# …"): what it then asks is of the organisation's indicators.
_ASKING_BODY_RE = re.compile(
    r"^(?:ทาง\s?)?(?:อำเภอ|ตำบล|เทศบาล|อบต\.?|อบจ\.?)(?:(?!ขอ|อยาก|สอบถาม|เรียนถาม|รบกวน)\S)+"
    r"\s?(?=ขอ|อยาก|สอบถาม|เรียนถาม|รบกวน)"
)


def _of_another_body(words: str, org: Organisation) -> bool:
    """Whether slot words open with the name of a public body that is neither the organisation
    ("ปทุมธานีได้ขยะ 58%", "จังหวัดปทุมธานี…") nor one of its units: "นนทบุรีได้ขยะ 70%",
    "กรมบัญชีกลาง PMQA ได้ 452" tell another body's figure, chat to the group."""
    body = body_named_first(words) if words else ""
    if not body:
        return False
    if names_organisation(body, org) or resolve_unit(body, org):
        return False
    if _own_provincial_office(body, org):
        return False  # "ทางสำนักงานจังหวัดขอรายงานผลท่องเที่ยว…": a province's own office
    if _DISTRICT_RE.match(body) and _WHOLE_PROVINCE_RE.search(words) and _a_province(org):
        # "อำเภอหนองเสือรวมผลให้แล้วค่ะ ยาเสพติดทั้งจังหวัดได้…": a district of the province
        # compiled the whole province's figure, which is ours.
        return False
    if _REGION_RE.search(body) or _DOTTED_NAME_RE.search(body):
        # "สำนักงบประมาณเขต 7": a region's office, not the organisation itself; "สำนักงาน
        # ป.ป.ท.": a body by its short name (never an indicator's words).
        return True
    if resolve_indicator(body, org):
        return False
    squashed = squash(body)
    return not any(own in squashed or squashed in own for own in own_names(org))


def _another_office_told(unit: str, words: str, org: Organisation) -> bool:
    """Whether the unit words of a value or a step (``words``: the rest) name an office that
    is neither one of the organisation's units nor the organisation: a region's office by its
    number, the number read as a code ("ศูนย์ภาค 5 ได้ 76.5", "สำนักงานเขต 3 ส่ง 52 แล้ว",
    "สำนักงานเขต 3 ส่งแผนแล้ว"), or an office by its area's kind ("สำนักงานจังหวัดส่งขยะ 52.3
    แล้ว", where no such unit is). Its figure relayed to us ("ป.ป.ส.ภาค 1 แจ้งมา … ร้อยละ 81.3")
    is ours; so is a province's own office."""
    if not _OFFICE_KIND_RE.match(unit) or _RELAYED_RE.search(words):
        return False
    first = words.split()[0] if words.split() else ""
    named = f"{unit} {first}" if _REGION_WORD_RE.search(unit) and first.isdigit() else unit
    if resolve_unit(named, org) or resolve_unit(unit, org) or names_organisation(named, org):
        return False
    if _own_provincial_office(unit, org):
        return False  # "สำนักงานจังหวัด" of a province: the organisation's own office
    return named != unit or _AREA_OFFICE_RE.fullmatch(unit) is not None


# A district opening the words; the whole province's figure told ("ทั้งจังหวัด", "รวมทุกอำเภอ").
_DISTRICT_RE = re.compile(r"อำเภอ|อ\.\s?[\u0e01-\u0e2e]")
# The whole province's figure, told: not one still awaited ("ทั้งจังหวัดยังไม่รวม", "…ยังรอ 3
# อำเภอ", "ทุกอำเภอต้องส่ง…").
_WHOLE_PROVINCE_RE = re.compile(
    r"(?:ทั้ง\s?จังหวัด|ทุก\s?อำเภอ|ภาพรวม\s?จังหวัด)(?!\s?(?:ยัง|ต้อง|ไม่|รอ|จะ|ขอ|ช่วย))"
)


def _a_province(org: Organisation) -> bool:
    return bool(own_names(org) & _squashed_provinces())


def _own_provincial_office(words: str, org: Organisation) -> bool:
    """Whether ``words`` call a province's office ("สำนักงานจังหวัด", "สนจ.") and the
    organisation is a province: its own office."""
    area = _AREA_OFFICE_RE.fullmatch(words)
    provincial = area is not None and area["area"] == "จังหวัด" or squash(words) == "สนจ"
    return provincial and bool(own_names(org) & _squashed_provinces())


# An office's kind opening unit words, a region's word closing them; words that relay a figure
# to us ("แจ้งมา", "ส่งตัวเลขมา", "ตัวเลขจาก…").
_OFFICE_KIND_RE = re.compile(r"(?:สำนักงาน|สำนัก|ศูนย์|สนง)")
# An office of an area, by the area's kind: "สำนักงานจังหวัด", "สนง.อำเภอ", "ศูนย์ภาค".
# A verb of the figure may stay glued to it ("สำนักงานจังหวัดได้").
_AREA_OFFICE_RE = re.compile(
    r"(?:สำนักงาน|สนง\.?|ศูนย์)\s?(?P<area>จังหวัด|อำเภอ|เขต|ภาค)(?:ได้|ส่ง|มี|ผ่าน|ขอ)?"
)
_REGION_WORD_RE = re.compile(r"(?:เขต|ภาค)\s?(?:ที่)?$")
_RELAYED_RE = re.compile(r"แจ้ง|บอก|มา(?:\s|$)|โทร|ยืนยัน|จาก")


@cache
def _squashed_provinces() -> frozenset[str]:
    return frozenset(squash(name) for name in province_names())


_REGION_RE = re.compile(REGION)
_DOTTED_NAME_RE = re.compile(r"\s[\u0e01-\u0e2e]{1,4}\.[\u0e01-\u0e2e]")


# The sender's own team or unit said as such ("ทีมเรา", "กองของเรา"): whose report it is, unnamed.
_OWN_TEAM_RE = re.compile(
    r"(?:^|(?<=\s))(?:ทีมงาน|ทีม|กอง|หน่วยงาน|หน่วย|ฝ่าย|กลุ่ม)?\s?(?:ของ\s?)?เรา(?=\s|$)"
)


def _told_of_others(words: str, org: Organisation) -> bool:
    """Whether unit words name no unit of ``org`` and are a story of everyday words around
    a word or two of the plan ("ท้องถิ่นจังหวัดโทรมาถามว่า… หนูให้เบอร์พี่"): someone else's
    question retold, no unit to look up."""
    if resolve_unit(words, org) or pull_unit(words, org, loosely=False)[0] is not None:
        return False
    ours, foreign = word_counts(words, org)
    return foreign >= _STORY_WORDS and foreign > _STORY_SHARE * ours


# A unit's name holds a few words: this many everyday words, and twice those of the data,
# tell a story around it.
_STORY_WORDS = 4
_STORY_SHARE = 2


def _registered(intent: RegisterUnit, org: Organisation) -> RegisterUnit | Unknown:
    """The one unit named among the words of a registration that is not taken back
    ("ขอโทษ เมื่อกี้ลงทะเบียนผิด อยู่กองกลาง ไม่ใช่กองคลัง": an apology, and the unit it is
    not); the words as they are when they name one unit whole, or none or several. Words
    that could name no unit at all are everyday signing up, no registration (see
    ``_signed_up_for_life``)."""
    if "จาก" in intent.unit:  # "ย้ายมาจาก Finance Division ตอนนี้สังกัดกองนิติการ": not the one left
        left = UNIT_LEFT_RE.sub(" ", intent.unit)
        if left.strip() and resolve_unit(left, org):
            intent = replace(intent, unit=left)
    if len(resolve_unit(intent.unit, org)) == 1:
        return intent
    kept = _NOT_UNIT_RE.sub(" ", intent.unit)
    named = units_named(kept, org)
    if not named.units and _signed_up_for_life(intent.unit, org):
        return Unknown(text=intent.unit)
    if not named.units and _a_newcomer_of_the_organisation(intent.unit, org):
        return replace(intent, unit="")  # the handler asks which of its units
    if named.count != 1 or len(named.units) != 1:
        return intent
    return replace(intent, unit=named.units[0].name)


# A newcomer's words beside a registration that name no unit: being a member, moving in, the
# team joined, the province's office ("ขอลงทะเบียนเป็นสมาชิกครับ เพิ่งย้ายมา สงป.", "เป็น
# เจ้าหน้าที่ใหม่ของจังหวัด ขอลงทะเบียนเข้าทีม").
_NEWCOMER_WORDS = frozenset(
    phrase_words(
        "เป็น|สมาชิก|เป็นสมาชิก|เพิ่ง|ย้าย|เพิ่งย้าย|ย้ายมา|เพิ่งย้ายมา|โอน|โอนมา|มา|ใหม่|เจ้าหน้าที่"
        "|ของ|จังหวัด|ทีม|เข้าทีม|เข้า|กลุ่ม|เข้ากลุ่ม|ขอ|ด้วย|ให้|ที่|นี่|นี้|คน|คนใหม่|ค่ะ|ครับ|คะ|นะ"
        "|เจ้าหน้าที่ใหม่|ใหม่ของ"
    )
)


def _a_newcomer_of_the_organisation(said: str, org: Organisation) -> bool:
    """Whether the words of a registration name the organisation itself (or nothing) beside a
    newcomer's words: no unit of it."""
    told = said.split()
    left = [w for w in told if not names_organisation(w, org)]
    if len(left) == len(told) and "จังหวัด" not in said:
        return False  # the organisation not named
    return all(t in _NEWCOMER_WORDS for t in tokens(" ".join(left)))


def _registered_loosely(intent: RegisterUnit, org: Organisation) -> RegisterUnit | Unknown:
    """A unit told with no word of registering ("อยู่กองกลางค่ะ"): registered only when it
    names one of the organisation's units; a place of any other kind ("อยู่ศูนย์ราชการ",
    "อยู่สำนักงานเขตค่ะ") is chatter, never asked back as a unit."""
    read = _registered(replace(intent, loose=False), org)
    if not isinstance(read, RegisterUnit):
        return read
    found = resolve_unit(read.unit, org)
    if len(found) != 1:
        return SmallTalk("greeting") if intent.greeted else Unknown(text=intent.unit)
    if intent.ask:
        # Told bare, the unit's name is all that is said of it: "อยู่กองคลัง รอเซ็น" says where
        # someone is for now, "อยู่คลัง" where something is kept.
        named, rest = pull_unit(read.unit, org, loosely=False)
        if named != found[0] or content(rest):
            return SmallTalk("greeting") if intent.greeted else Unknown(text=intent.unit)
    return replace(read, unit=found[0].name, greeted=False)  # settled: a registration asked


def _signed_up_for_life(words: str, org: Organisation) -> bool:
    """Whether the words of a registration are everyday words only, two or more, none the
    organisation's data writes and none shaped as a unit's name ("ลงทะเบียนรถเรียบร้อยแล้ว",
    "สมัครสมาชิกสหกรณ์ออมทรัพย์แล้วค่ะ"): something of the sender's life signed up for. A unit's
    name or short form the organisation lacks ("ลงทะเบียนกองทุนหมู่บ้าน", "ลงทะเบียน กบข.") is
    still asked to be registered in, and refused by the handler with the units it has."""
    if split_unit(words)[0] or _SECTION_KIND_RE.search(words):
        return False
    ours, foreign = word_counts(words, org)
    return not ours and foreign >= _EVERYDAY_WORDS


# A unit's alias may be one everyday word ("ไอที", "ศูนย์คอม"): two tell something else.
_EVERYDAY_WORDS = 2
# A section's kind opening a word: "งานการเจ้าหน้าที่", "ฝ่ายบริหารทั่วไป", "ทีมกองกลาง".
_SECTION_KIND_RE = re.compile(r"(?:^|\s)(?:งาน|ฝ่าย|แผนก|ส่วน|ทีม|หน่วย)")


# "ไม่ใช่กองคลัง", "ไม่ใช่ กจ.": the unit denied, up to the next space.
_NOT_UNIT_RE = re.compile(r"ไม่ใช่\s?\S+")


def _within_the_codes(intent: IndicatorQuery | Missing, org: Organisation) -> Any:
    """A run of codes that goes past the organisation's last indicator ("ตัวชี้วัด 1 ถึง 10" of
    eight) up to that indicator: every one of them is meant. Codes listed apart ("2 กับ 12")
    stay as typed, so that one the organisation lacks is said to be missing."""
    typed = (intent.indicator, *intent.more)
    if not all(code.isdigit() for code in typed):
        return intent
    numbers = [int(code) for code in typed]
    last = max((int(i.code) for i in org.indicators if i.code.isdigit()), default=0)
    run = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    kept = [str(n) for n in numbers if n <= last]
    if not run or len(kept) == len(numbers) or len(kept) < _SEVERAL:
        return intent
    return replace(intent, indicator=kept[0], more=tuple(kept[1:]))


_SEVERAL = 2


_OF_STEPS = (MarkStep, Deadlines, Missing)


def _verdict_of_nothing(intent: MarkStep, org: Organisation) -> bool:
    """Whether a step told failed is told of words that name no step and no plan word, with no
    unit, no figure and no day beside them ("ลดน้ำหนักปีนี้ไม่ผ่านอีกแล้ว"): no step's verdict."""
    if intent.passed is not False or intent.unit or intent.value is not None:
        return False
    if intent.met is not None or intent.done_on is not None or intent.plan_item is not None:
        return False
    if intent.dimensions or intent.missing_dimensions:  # "มิติ 2 ไม่ผ่านค่ะ": the plan's
        return False
    return bool(intent.step) and _no_step_named(intent.step, org)


def _only_the_unit(intent: MarkStep) -> bool:
    """Whether a correction says the unit and nothing else ("ไม่ใช่กองคลังค่ะ กองกลาง")."""
    return bool(intent.unit) and intent == MarkStep(step="", unit=intent.unit)


def _everyday_plan(words: str, org: Organisation) -> bool:
    """Whether step words name plans of everyday life only ("แผนไปเที่ยว", "แผนงานแต่ง"), of
    kinds the organisation's data never writes."""
    kinds = everyday_kinds(words) if words else []
    # "แผนร้านอาหาร…" of an organisation whose indicator counts restaurants is its own plan.
    return bool(kinds) and not any(writes(tokens(kind)[0], org) for kind in kinds)


def _of_several_units(intent: Any, org: Organisation) -> Any:
    """A question of two or more of the organisation's units ("ไอทีกับกองคลังถึงไหนแล้ว",
    "Finance Division and Legal Affairs Division ยังไม่ส่งอะไร"): asked of every unit, as the
    handlers answer it (the organisation's status, who has not sent, everyone's history and
    members), never of the first unit alone. Words naming one unit twice ("กองคลัง กค.") ask of
    that unit."""
    if isinstance(intent, Status) and intent.more:
        return _units_compared(intent, org)
    if isinstance(intent, Status | Members) and intent.unit:
        named = units_named(intent.unit, org)
        return replace(intent, unit="") if named.several else _one_unit(intent, named)
    if isinstance(intent, IndicatorQuery) and intent.indicator and not intent.more:
        named = units_named(intent.indicator, org)
        several = named.several and not (named.rest and resolve_indicator(named.rest, org))
        return Status() if several else intent
    if isinstance(intent, History) and (intent.unit or intent.indicator):
        named = units_named(f"{intent.unit} {intent.indicator}", org)
        rest = named.rest
        if named.several:
            return History(indicator=rest if rest and resolve_indicator(rest, org) else "")
        if intent.unit and len(named.names) > 1 and len(named.units) == 1 and named.count == 1:
            # "ศทส. ไอที", "ขยะกับกองคลัง": one unit, and what else the words name, if anything.
            indicator = rest if rest and resolve_indicator(rest, org) else rest and intent.indicator
            return replace(intent, unit=named.units[0].name, indicator=indicator)
        return intent
    if isinstance(intent, Missing) and (intent.unit or intent.step):
        named = units_named(f"{intent.unit} {intent.step}", org)
        if named.several:
            # "คลัง นิติ ไอที ส่งแผนกันยัง": a word alone in the list names a unit too ("คลัง").
            listed = [w for w in tokens(named.rest) if len(resolve_unit(w, org)) != 1]
            return replace(intent, unit="", step=content(" ".join(listed)))
        if intent.unit:
            return _one_unit(intent, units_named(intent.unit, org))
    return intent


def _units_compared(intent: Status, org: Organisation) -> Status:
    """Units compared ("เทียบกองคลังกับกองกลาง", "ศทส. กับ กนต. ต่างกันยังไง"): every name kept,
    in the order named, as the unit's own name where it names the organisation's units (one unit
    named twice, "กองคลัง กค.", once) and as typed where it names none of them ("กองปลอม"), which
    the handler answers as a unit not found."""
    names: list[str] = []
    for words in (intent.unit, *intent.more):
        named = units_named(words, org)
        whole = named.units and named.count == len(named.units)
        found = [u.name for u in named.units] if whole else [words]
        names += [n for n in found if n not in names]
    names = [n for n in names if n]
    if not names:
        return replace(intent, unit="", more=())
    return replace(intent, unit=names[0], more=tuple(names[1:]))


def _one_unit(intent: Any, named: Named) -> Any:
    """``intent`` of the one unit its unit words name twice ("กองคลัง กค."), or of the
    organisation when they name it ("สำนักงาน ก.พ.": the organisation's name, split)."""
    if len(named.names) < 2 or named.rest:
        return intent
    if named.count == 1 and len(named.units) == 1:
        return replace(intent, unit=named.units[0].name)
    return replace(intent, unit="") if named.count == 0 else intent


def _score_reason_of_a_report(intent: RuleQuestion, org: Organisation) -> RuleQuestion:
    """Why a score is what it is, of the indicator it names: of a report's indicator named by
    the plan's generic words, read as a unit ("ทำไม PMQA ได้แค่ 50 คะแนน"), that indicator (its
    handler answers with its score and items); of a plan's indicator ("ทำไม PMQA ของกองเราได้
    คะแนนน้อยจัง"), the units' scores, no indicator."""
    words = intent.indicator or ("" if resolve_unit(intent.unit, org) else intent.unit)
    if not words:
        return intent
    asked = settle(IndicatorQuery(words, Aspect.ITEMS), org)
    codes = resolve_indicator(asked.indicator, org) if isinstance(asked, IndicatorQuery) else []
    if codes and all(i.steps for i in codes):  # the plan's own indicator: its units' scores
        return replace(intent, indicator="")
    if codes and not intent.indicator and not asked.more:
        return replace(intent, indicator=asked.indicator, unit="")
    return intent


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
_PMQA_TITLE = squash("PMQA 4.0")  # the title of an organisation's own PMQA indicator


def _by_measure(intent: SubmitValue, org: Organisation) -> str:
    """The code of the one indicator, among those the words name alike, whose title is written
    with the measure word typed with the value ("DG Readiness ได้ 78.4 คะแนน" is a score:
    คะแนนความพร้อมรัฐบาลดิจิทัล; a percent is a ร้อยละ…); else the words as they are. A
    question's measure word asks an aspect every indicator has ("ได้กี่คะแนน"), and tells
    nothing apart."""
    named = resolve_indicator(intent.indicator, org) if intent.indicator else []
    measure = intent.measure or (_PERCENT if intent.percent else "")
    titled = _titled_with(measure, named)
    return titled.code if titled is not None else intent.indicator


_PERCENT = "ร้อยละ"


def _titled_with(measure: str, named: list[Indicator]) -> Indicator | None:
    """The one indicator of two or more named alike whose title starts with ``measure``
    ("คะแนนความพร้อมรัฐบาลดิจิทัล" of the two DG Readiness indicators), else None."""
    titled = [i for i in named if measure and i.title.startswith(measure)]
    return titled[0] if len(named) > 1 and len(titled) == 1 else None


def _in_its_unit(intent: SubmitValue, org: Organisation) -> SubmitValue:
    """A value typed in the base of the indicator's unit ("1,650,000,000 บาท" for ล้านบาท) in
    that unit (1,650), the typed value kept as typed."""
    named = resolve_indicator(intent.indicator, org) if intent.indicator else []
    scaled = (
        bool(intent.measure) and len(named) == 1 and named[0].unit == f"{_MILLION}{intent.measure}"
    )
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
    if kept != words and any(_names_a_unit(p, org) for p in set(words.split()) - set(kept.split())):
        kept = words  # "คลัง นิติ ไอที ส่งแผนกันยัง": the units listed are asked of, no framing
    if kept == words and isinstance(intent, Deadlines) and intent.month is not None:
        # "ผมเพิ่งรับงานต่อ… เดือนนี้มีอะไรต้องส่ง": the month is what is asked; words that
        # name no step around it are the sender's story.
        # The sender's own planning ("ขอวางแผนงานทั้งเดือน") and the programme's name alone
        # ("ปฏิทินส่งงาน PMQA เดือนมีนาคม") name no step either.
        named = _MONTH_STORY_RE.sub(" ", words).strip()
        return intent if named and _names_step(named, org) else replace(intent, step="")
    return intent if kept == words else replace(intent, **{slot: content(kept)})


_MONTH_STORY_RE = re.compile(r"วางแผน\S*|(?<![^\s])pmqa(?!\s?team)", re.IGNORECASE)


def _plain_sending(words: str, org: Organisation) -> bool:
    """Step words that say only that something is sent ("ส่งผล") and name no step of ``org``."""
    return bool(words) and not content(words, _SENDING_EDGE) and not _names_step(words, org)


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
        # Reporting as a noun, coming in: "ตัวไหนยังไม่มีการรายงานผลเข้ามาบ้าง".
        "การรายงานผล",
        "การรายงาน",
        "การส่งผล",
        "เข้ามา",
        "ส่งเข้ามา",
    )
)
_SENDING_EDGE = EDGE_WORDS | _SENDING  # built once, not for each message


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
    # "หลักสูตรสอบ แต่งตั้ง แผนพัฒนาบุคลากร สามตัวนี้": the count of those listed names none.
    phrases = [p for p in parts for p in p.split() if not _LISTED_COUNT_RE.fullmatch(p)]
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
# How many indicators were listed, what is left of "สามตัวนี้" / "ทั้ง 3 ตัว" once read.
# A system down or shut ("ล่มหรือเปล่า", "เข้าไม่ได้", "ใช้งานไม่ได้", "error") or the hours it
# opens ("เปิดให้เข้าได้กี่โมง": the question's กี่ read away leaves "โมง" alone); "ผลยังเข้าไม่ครบ"
# is a result not all in.
_SYSTEM_TROUBLE_RE = re.compile(
    r"ล่ม|เข้า\s?ไม่(?:ได้|ไป)?(?=\s|$)|ใช้(?:งาน)?\s?ไม่ได้|โหลดไม่ขึ้น|error|เออเร่อ|ปิดปรับปรุง"
    r"|กี่โมง|(?:^|\s)โมง(?=\s|$)"
)
# The indicator pointed back at ("ตัวเมื่อกี้", "อันเมื่อสักครู่", "ตัวที่เพิ่งถาม"), and the words
# that ask it again ("ขอ…อีกที").
_POINTED_BACK_RE = re.compile(
    r"(?:ตัว|อัน)?\s?(?:ที่\s?)?(?:เมื่อ\s?กี้|เมื่อ\s?กี๊|เมื่อ\s?กี|เมื่อตะกี้|ตะกี้|ตะกี๊|เมื่อสักครู่|เมื่อครู่"
    r"|เพิ่ง\s?ถาม(?:ไป)?|พึ่ง\s?ถาม(?:ไป)?|ถามไป)"
)
_ASKED_AGAIN_RE = re.compile(r"อีก\s?(?:ที|ครั้ง|รอบ)|(?<![\u0e01-\u0e4e])ขอ(?![\u0e01-\u0e4e])")


def _only_pointed_back(words: str, org: Organisation) -> bool:
    """Whether ``words`` only point back at the indicator just talked about."""
    if not _POINTED_BACK_RE.search(words):
        return False
    rest = _ASKED_AGAIN_RE.sub(" ", _POINTED_BACK_RE.sub(" ", words))
    return not could_name(rest, org)


_COUNT_TAIL_RE = re.compile(r"\s(?:ทั้ง\s?)?(?:สอง|สาม|สี่|ห้า|หก|[2-9]|[๒-๙])\s?ตัวนี้.*$")
_LISTED_COUNT_RE = re.compile(r"(?:ทั้ง)?(?:สอง|สาม|สี่|ห้า|หก|[2-9]|[๒-๙])(?:ตัว(?:นี้)?)?")


def _named_by_org(words: str, org: Organisation) -> str:
    """``words`` without the organisation's own name when the rest names fewer indicators
    ("PMQA ของสำนักงบประมาณ": whose it is names no indicator), else as they are."""
    bare = _without_own_names(words, org)
    return bare if bare != words and _narrower(bare, words, org) else words


def _value(intent: SubmitValue, org: Organisation) -> SubmitValue:
    intent = _without_own_name(intent, org)
    intent = replace(intent, indicator=_named_by_org(intent.indicator, org))
    # "คะแนนความพร้อมรัฐบาลดิจิทัล 81.25": a title that starts with its measure word.
    intent = replace(intent, indicator=_without_measure(intent.indicator, org)[0])
    if intent.unit and not resolve_unit(intent.unit, org):
        # "ผลยาเสพติด 78.5 ทสจ.เพิ่งส่งมา": words naming no unit of the organisation name who
        # passed the figure on; the value is the organisation's, as the handler records it.
        return replace(intent, unit="")
    # "กองคลังรอบแรกได้ 3 คะแนน ตามที่ กพร. ตรวจแล้ว", "คะแนนที่บันทึกไว้ 2.5 ผิด ต้องเป็น 3": the
    # words around a unit's score say when, by whom or why, and name no indicator.
    if _score_framing_only(intent, org):
        return replace(intent, indicator=org.indicators[0].code)
    if intent.unit:
        return intent
    # "บันทึกผล PMQA ของกองคลัง 400": the unit inside the words, the indicator around it.
    unit, rest = pull_unit(intent.indicator, org, loosely=False)
    if unit is not None and not rest and len(org.indicators) == 1:  # "บันทึกผลไอที 3.5"
        return replace(intent, indicator=org.indicators[0].code, unit=unit.name)
    if unit is None or not resolve_indicator(rest, org):
        return intent
    return replace(intent, indicator=rest, unit=unit.name)


# Words around a unit's score that name no indicator: the round ("รอบแรก"), the score as it
# was recorded ("ที่บันทึกไว้"), who checked or told it ("ตามที่ กพร. ตรวจแล้ว") and why points
# were taken ("โดนหักส่งช้า").
_SCORE_FRAMING_RE = re.compile(
    r"(?:ที่)?(?:บันทึก|ลง|ใส่)?ไว้|รอบ\s?(?:แรก|สอง|หลัง|นี้|ที่\s?\d)|แรก"
    r"|(?:ตามที่|ซึ่ง|โดย|เพราะ|โดน|ถูกหัก).*"
)


def _score_framing_only(intent: SubmitValue, org: Organisation) -> bool:
    """Whether a unit's value for the organisation's one indicator holds words of its framing
    only (``_SCORE_FRAMING_RE``), which name none of the indicators."""
    if not (intent.unit and intent.indicator and len(org.indicators) == 1):
        return False
    words = content(_SCORE_FRAMING_RE.sub(" ", intent.indicator))
    return not words and not resolve_indicator(intent.indicator, org)


def _without_own_name(intent: SubmitValue, org: Organisation) -> SubmitValue:
    """ "ผล PMQA 4.0 ของสำนักงบประมาณ 418.6": the organisation's own name, short name or
    aliases name none of its indicators ("งบประมาณ" is four's keyword), also when the unit
    words took its head ("สำนัก") and left its tail among the indicator's words."""
    words = intent.indicator
    bare = _without_own_names(words, org)
    typed_unit = intent.unit
    if bare == words and typed_unit and not resolve_unit(typed_unit, org):
        head = squash(typed_unit)
        for name in (org.name, org.short_name, *org.aliases):
            if name and squash(name).startswith(head) and len(squash(name)) > len(head):
                tail = name[len(typed_unit) :] if name.startswith(typed_unit) else ""
                if tail.strip() and tail.strip().lower() in words.lower():
                    bare = content(words.lower().replace(tail.strip().lower(), " "))
                    break
    if bare == words or not resolve_indicator(bare, org):
        return intent
    unit = "" if typed_unit and not resolve_unit(typed_unit, org) else typed_unit
    return replace(intent, indicator=bare, unit=unit)


_LEVEL_COUNTED_RE = re.compile(r"(?:ระดับ|lv\.?|level)\s?\d")


def _counted_by_targets(words: str, org: Organisation) -> str:
    """ "pillar lv3 ขึ้นไป 4 pillar": a keyword two indicators share ("Pillar" of the DG
    readiness level and the DG score) names the one whose targets count it ("อย่างน้อย 2
    Pillar"), not the one whose targets are a score; else the words as they are."""
    named = resolve_indicator(words, org)
    if len(named) < 2:
        return words
    lowered = words.lower()
    shared = set.intersection(*({k.lower() for k in i.keywords} for i in named))
    for keyword in sorted(shared):
        if keyword not in lowered:
            continue
        counting = [i for i in named if _targets_count(i, keyword)]
        if len(counting) == 1:
            return counting[0].code
    return words


def _targets_count(indicator: Indicator, keyword: str) -> bool:
    return any(
        keyword in target.text.lower()
        for group in indicator.criteria_groups
        for target in group.targets
    )


def _not_a_unit(words: str, org: Organisation) -> bool:
    """Whether ``words`` name the organisation itself, or a month and none of its units
    ("ก.พ." is สำนักงาน ก.พ. to its own members, February to everyone else)."""
    if len(resolve_unit(words, org)) == 1:
        return False
    # "สนง.ก.พ.เรา", "สงป.ของเรา": the organisation's name with the sender's "เรา" glued on.
    own = _OURS_GLUED_RE.sub("", words) if "เรา" in words else words
    if names_organisation(own, org) or month_named(words) is not None:
        return True
    if squash(own) in _KIND_ALONE:  # "สนง.ปลัดฯ ได้กี่คะแนน": the office called by its kind
        return True
    if _abbreviated_province_office(own, org):  # "สนจ.ปท. ผ่านกี่ตัวแล้ว": the province's own
        return True
    # "ประวัติการส่งผลของสำนักงาน ก.พ.": the kind and the short name are pulled apart by their
    # shapes and come back in the other order ("ก.พ. สำนักงาน").
    parts = own.split()
    return len(parts) == 2 and names_organisation(f"{parts[1]} {parts[0]}", org)


# Everything asked of, no indicator named: "ทุกอย่าง", "ทั้งหมดทุกอย่าง".
_EVERYTHING = frozenset(squash(w) for w in ("ทุกอย่าง", "ทั้งหมดทุกอย่าง", "ทุกอย่างทั้งหมด"))


def _abbreviated_province_office(words: str, org: Organisation) -> bool:
    """Whether ``words`` are the province's office by its short form, "สนจ." and the province's
    initials ("สนจ.ปท." for ปทุมธานี), or the province so ("จ.ปท."): letters of the name in
    order, its first one first."""
    match = _PROVINCE_OFFICE_RE.fullmatch(squash(words)) or _PROVINCE_SHORT_RE.fullmatch(words)
    if match is None:
        return False
    initials = match.group(1).replace(".", "")
    return any(
        len(initials) >= 2 and name.startswith(initials[0]) and _in_order(initials, name)
        for name in own_names(org)
    )


def _in_order(letters: str, name: str) -> bool:
    """Whether ``letters`` appear in ``name`` in their order."""
    rest = iter(name)
    return all(letter in rest for letter in letters)


# "สนจ.ปท.", "สำนักงานจังหวัดปท.": the province's office, its name cut to its initials.
_PROVINCE_OFFICE_RE = re.compile(r"(?:สนจ\.?|สำนักงานจังหวัด)\s?([ก-ฮ]{2,4}\.?)")
# The province itself so: "จ.ปท.", "จังหวัด ปท." (read as typed: squashed, "จ." loses its dot).
_PROVINCE_SHORT_RE = re.compile(r"\s*(?:จ\.|จังหวัด)\s?([ก-ฮ]{2,4})\.?\s*")


# An office's kind typed alone, its name gone to the asker's story ("ปลัด" of "สนง.ปลัดฯ").
_KIND_ALONE = frozenset(squash(kind) for kind in (*ORGANISATION_KINDS, "สนง.", "สนง"))
_OURS_GLUED_RE = re.compile(r"\s?(?:ของ\s?)?เรา\s*$")


def _deadlines(intent: Deadlines, org: Organisation) -> Deadlines:
    """Step words that name no step but a month ("ก.พ. ต้องส่งอะไร") ask for the month."""
    if names_organisation(intent.step, org) or _plain_sending(intent.step, org):
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


def _due_on_a_day_named(intent: Deadlines, org: Organisation) -> Deadlines:
    """ "31 ม.ค. คือวันสุดท้ายจริงๆ ใช่มั้ย", "นับจากวันนี้ถึง 31 ม.ค. เหลือ 16 วันใช่มั้ย": no step
    named, the one step whose last day the message names is the step asked."""
    bare = replace(intent, days=())
    if intent.month is not None or intent.on is not None:
        return bare
    if intent.step and not _no_step_named(intent.step, org):
        return bare
    named = {(d.month, d.day) for d in intent.days}
    steps = {
        step.number
        for indicator in org.indicators
        for step in indicator.steps
        if step.window.due and (step.window.due.month, step.window.due.day) in named
    }
    return replace(bare, step=str(steps.pop()), after=False) if len(steps) == 1 else bare


def _the_step_after(intent: Deadlines, org: Organisation) -> Deadlines:
    """ "หลังจากขั้นตอนที่ 3 แล้ว ขั้นถัดไป…": the step after the one named, in the plan's own
    order; after its last step, the last (still asked as the one after, for the handler)."""
    for indicator in org.indicators:
        named = resolve_step(intent.step, indicator) if indicator.steps else None
        if named is None:
            continue
        later = [s.number for s in indicator.steps if s.number > named.number]
        if not later:
            return replace(intent, step=str(named.number))
        return replace(intent, step=str(min(later)), after=False, said="")
    return replace(intent, after=False)


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
    # "ร้อยละหมู่บ้าน…": of the indicators the words name alike, the one titled so.
    titled = _titled_with(measure[0], resolve_indicator(bare, org))
    return (titled.code, "") if titled is not None else (bare, measure[0])


_REPORTING_RE = re.compile(r"(?:การ)?(?:รายงาน|ส่ง)ผล")


def _query(intent: IndicatorQuery, org: Organisation) -> Any:
    if _is_own_name(intent.indicator, org):  # before the titles that mention it
        return Status()
    if _own_name_cut_short(intent.indicator, org):  # "สรุปคะแนนปทุมฯ", "ภาพรวมของสำนักงบฯ"
        return Status()
    # "สรุปผลตัวชี้วัดสำนักงบฯ แบบย่อๆ": the organisation's name with words after it that only
    # say how the summary is wanted (data/nlu/no_name_words.txt) is the organisation too.
    named = _without_trailing_qualifiers(intent.indicator)
    if named != intent.indicator and (_is_own_name(named, org) or _own_name_cut_short(named, org)):
        return Status()
    # "ภาพรวมผลการดำเนินงานของสำนักงบประมาณ": the organisation's own name with words of its
    # status only asks for the status (its name holds a keyword of four: "งบประมาณ").
    mine = _without_own_names(intent.indicator, org)
    if mine != intent.indicator and "ผล" in mine:
        # "สถานะการรายงานผลตัวชี้วัดของสำนักงบประมาณ": the reporting of results is what the
        # status is of, no indicator's word.
        mine = _REPORTING_RE.sub(" ", mine)
    plain_status = not content(mine, EDGE_WORDS | STATUS_WORDS)
    if mine != intent.indicator and plain_status and not resolve_indicator(mine, org):
        return Status()
    if intent.indicator.strip() and not named:
        # "สรุปคะแนนจังหวัด… เอาแบบสั้นๆ": words that only say how the answer is wanted name
        # nothing; the organisation's results are asked.
        return _of_no_indicator(intent, intent.indicator, org)
    # "ตัวรับงบตรง": a short form of the reports' words ("งบตรง") names the plan as its long
    # form does, however the words around it are cut.
    said = report_words().long_forms(intent.indicator)
    if chat_words(said) and not written_words(intent.indicator, org):
        return Unknown(text=intent.indicator)  # "ผลบอลเมื่อคืนใครชนะ": everyday words
    words, measure = _without_measure(intent.indicator, org)
    if not measure and mine != intent.indicator:
        # "คะแนน PMQA 4.0 ของ ก.พ. ตอนนี้เท่าไหร่": the organisation's own name, moved before
        # the words, leaves the measure word the question, as "คะแนน PMQA ของเราเท่าไหร่".
        bare, own = _without_measure(" ".join(_own_names_cut(intent.indicator, org).split()), org)
        if own and content(bare):
            words, measure = bare, own
    if measure:
        # The measure word was the question: its aspect, unless another one was asked.
        aspect = intent.aspect
        if aspect in (Aspect.SUMMARY, Aspect.RESULT) or (
            # "ร้อยละของหมู่บ้าน… ผ่านเกณฑ์ระดับใด": a title's "ร้อยละ" is no question of a tier.
            aspect in (Aspect.SCORE, Aspect.TIER) and MEASURE_ASPECTS[measure] is not Aspect.RESULT
        ):
            aspect = MEASURE_ASPECTS[measure]
        return replace(intent, indicator=words, aspect=aspect)
    if intent.aspect is Aspect.TIER and words.endswith(_LEVEL_ASKED):
        # "ความพร้อมรัฐบาลดิจิทัลได้ระดับอะไร": the level got, of an indicator titled by its
        # level, is its result; of another ("eco town ได้ระดับอะไร") the tier it reached.
        named = resolve_indicator(words, org)
        if len(named) == 1 and named[0].title.startswith("ระดับ"):
            intent = replace(intent, aspect=Aspect.RESULT)
    if resolve_indicator(words, org):
        titles = _both_titles(words, intent, org)
        if titles:  # "ความพร้อมรัฐบาลดิจิทัลมีเกณฑ์ยังไง": no measure asked, both titles
            return replace(intent, indicator=titles[0], more=titles[1:])
        titled = _titled_by_aspect(words, intent.aspect, org, intent.leveled)
        intent = replace(intent, indicator=titled, leveled=False)
        if intent.aspect is Aspect.TIER and (
            _points_at_an_item(words, org)
            or _opens_as_an_item(words, org)
            or _quotes_an_item(words, org)
        ):
            # "ข้อเผยแพร่ข้อมูลงบประมาณทางเฟซบุ๊กผ่านยัง", "ร่างหลักสูตร… ข้อนี้ผ่านไหม": an item
            # pointed at asks the items. So does an item's own opening words said as the
            # subject ("ร่างหลักสูตรการสอบแข่งขันเพื่อบรรจุ ผ่านหรือยัง", "แจ้งเวียนคู่มือการ
            # แต่งตั้ง ผ่านแล้วใช่ไหม"); an indicator's nickname ("หลักสูตรสอบแข่งขันผ่านยัง",
            # "คู่มือแผนพัฒนาบุคลากรผ่านไหม") is asked its tier.
            return replace(intent, aspect=Aspect.ITEMS)
        return intent
    if names_organisation(words, org):
        return Status()
    unit, rest = pull_unit(words, org)
    if unit is None and no_plan_words(words, org):
        return Unknown(text=words)  # "wifi ชั้น 4 ใช้ไม่ได้ใครเป็นบ้าง": nothing of the plan is asked
    if unit is None and not could_name(words, org):
        return _of_no_indicator(intent, words, org)  # "ขอสรุปแบบละเอียด": "ละเอียด" names nothing
    if unit is None:
        return intent
    if rest and _names_a_unit(rest, org):
        return Status()  # "สถานะของกองคลังกับกองกลาง": several units, the organisation's
    # "แผนของกองคลังผ่านไหม": a step of one unit is what the unit's status shows.
    if not (rest and resolve_indicator(rest, org)) or _names_step(rest, org):
        return Status(unit=unit.name)
    return intent


def could_name(words: str, org: Organisation) -> bool:
    """Whether ``words`` hold a word that could name something of ``org``'s plan: any word
    but the edge words, the measure words, the organisation's own name and the words that
    only qualify a question or are the people of the chat (``data/nlu/no_name_words.txt``:
    "ละเอียด", "สุดท้าย", "นับว่า", "พี่"), which name nothing."""
    own = " ".join(squash(n) for n in (org.name, org.short_name, *org.aliases) if n)
    for word in tokens(words.lower()):
        if word in EDGE_WORDS or _MEASURE_ONLY_RE.fullmatch(word) or not word.strip():
            continue
        if not any(c.isalnum() for c in word):
            continue
        if squash(word) in own and not resolve_indicator(word, org):
            continue  # "ของสำนักงาน": the organisation itself ("งบประมาณ" is an indicator's too)
        if word not in _no_name_words():
            return True
    return False


_MEASURE_ONLY_RE = re.compile(MEASURE_WORDS)


@cache
def _no_name_words() -> frozenset[str]:
    """The words of ``data/nlu/no_name_words.txt``."""
    lines = read_text("nlu", "no_name_words.txt").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


# The indicator called by the word itself, nothing else named ("คะแนนตัวชี้วัดของเรา").
_THE_INDICATOR_RE = re.compile("ตัวชี้วัด|kpi", re.IGNORECASE)


def _of_no_indicator(intent: IndicatorQuery, words: str, org: Organisation) -> Any:
    """A question whose words name no indicator: of the organisation's results as a whole
    ("ขอสรุปคะแนนสุดท้าย": its status, in detail when so asked), or of what passes in general
    ("ต้องได้กี่ % ถึงนับว่าผ่าน": the plan's thresholds); else of an indicator left unsaid."""
    if intent.aspect in (Aspect.SUMMARY, Aspect.RESULT, Aspect.SCORE):
        if len(org.indicators) == 1 and _THE_INDICATOR_RE.fullmatch(words.strip()):
            # "คะแนนตัวชี้วัดของเราได้เท่าไหร่" where the organisation has one: that one.
            return replace(intent, indicator=org.indicators[0].code)
        return Status(detail=_DETAIL_RE.search(words) is not None)
    if intent.aspect in (Aspect.CRITERIA, Aspect.TIER):
        return RuleQuestion(RuleTopic.THRESHOLDS)
    return replace(intent, indicator="")


_DETAIL_RE = re.compile("ละเอียด|แบบเต็ม|ฉบับเต็ม|detail")


def _points_at_an_item(words: str, org: Organisation) -> bool:
    """Whether ``words`` point at an assessment item of the indicators they name ("ข้อนี้",
    "ข้อเสนอ…" typed as "ข้อ …", "ประเด็นที่ 3"), not at the indicator itself."""
    if not _ITEM_POINTED_RE.search(words):
        return False
    return any(i.items for i in resolve_indicator(words, org))


def _opens_as_an_item(words: str, org: Organisation) -> bool:
    """Whether ``words`` open as one of the several items of an indicator they name opens
    ("ร่างหลักสูตรการสอบ…", "ให้บริการระบบ BBL", "(แจ้ง)เวียนคู่มือ…"), not as its title
    does, and most of their words are the item's: the item quoted, not the indicator."""
    said = _opening(words)
    if len(said) < _ITEM_OPENING:
        return False
    parts = [squash(w) for w in tokens(words.lower()) if any(c.isalnum() for c in w)]
    for indicator in resolve_indicator(words, org):
        if len(indicator.items) < 2:
            continue
        title = _common_start(said, _opening(indicator.title))
        for item in indicator.items:
            text = _opening(item.text)
            shared = _common_start(said, text)
            if shared < _ITEM_OPENING or shared <= title:
                continue
            if 2 * sum(1 for p in parts if p in text) >= len(parts):
                return True
    return False


def _quotes_an_item(words: str, org: Organisation) -> bool:
    """Whether ``words`` quote one of the several items of an indicator they name from its
    middle ("ส่งเสริมแผนพัฒนาบุคลากรไม่น้อยกว่าร้อยละ 50 ของส่วนราชการ", "เผยแพร่ข้อมูลงบประมาณ
    ทางเฟซบุ๊ก"): ``_QUOTED_WORDS`` words at least, half of them or more, that the item writes
    and the indicator's title does not, two of them not written by every item (the indicator's
    scope, "ด้านแหล่งน้ำ ถนน" of the transfers' three). A nickname ("คู่มือแผนพัฒนาบุคลากร")
    writes the title's."""
    said = report_words().long_forms(words).lower()
    parts = [
        squash(w)
        for w in tokens(said)
        if len(w) >= _MIN_QUOTED_WORD and w not in EDGE_WORDS and any(c.isalnum() for c in w)
    ]
    if len(parts) < _QUOTED_WORDS:
        return False
    for indicator in resolve_indicator(words, org):
        if len(indicator.items) < 2:
            continue
        title = squash(indicator.title.lower())
        texts = [squash(item.text.lower()) for item in indicator.items]
        scope = {p for p in parts if all(p in text for text in texts)}
        for text in texts:
            if _MEASURED_RE.match(text):
                continue  # "มีจำนวน 3 อำเภอ…": the indicator's own measure, asked its tier
            own = [p for p in parts if p in text and p not in title]
            if len(own) < _QUOTED_WORDS or 2 * len(own) < len(parts):
                continue
            if sum(1 for p in own if p not in scope) >= _ITEM_ONLY_WORDS:
                return True
    return False


_QUOTED_WORDS = 3
_ITEM_ONLY_WORDS = 2  # of them, written by that item and not by every one
# An item that states a measure ("มีจำนวน 3 อำเภอที่เปิดให้บริการ e-Service…", "ร้อยละของ…").
_MEASURED_RE = re.compile(r"(?:มี)?(?:จำนวน|ร้อยละ|ระดับ|คะแนน)")
_MIN_QUOTED_WORD = 2  # "ป" of "สงป." is no word of an item


# How many letters of an item's opening the words must share (more than "มี", "จัด").
_ITEM_OPENING = 4
# The words the readers leave off an item's opening ("การเผยแพร่…", "แจ้งเวียน…").
_OPENING_LEFT_OFF_RE = re.compile(r"^(?:การ|แจ้ง)")


def _opening(text: str) -> str:
    return _OPENING_LEFT_OFF_RE.sub("", squash(text.lower()))


def _common_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


# The words pointing at an item, alone or glued to its text ("ข้อเสนอ ก.ม.จ.", "ข้อสรุปความเห็น…");
# not "ข้อมูล", "ข้อความ", "ข้อสอบ", words of their own.
_ITEM_POINTED_RE = re.compile(r"(?:^|\s)(?:ข้อ|ประเด็น)(?!มูล|ความ|สอบ)")


# The words an indicator is asked by when its level's value is asked ("ได้ระดับอะไร": see
# handlers.queries, which adds them).
_LEVEL_ASKED = " ระดับ"


def _titled_by_aspect(words: str, aspect: Aspect, org: Organisation, leveled: bool = False) -> str:
    """The title the words of two titles differing only by their measure word name when the
    question asks that measure ("ความพร้อมรัฐบาลดิจิทัลได้กี่คะแนน" is คะแนนความพร้อม…,
    "…อยู่ระดับไหน" ระดับความพร้อม…); else the words. A keyword both share ("DG Readiness")
    names both, unless the level is asked by its word ("DG Readiness อยู่ระดับไหน")."""
    measure = _ASPECT_MEASURES.get(aspect)
    if measure is None or _MEASURE_RE.match(words):
        return words
    if leveled and aspect is Aspect.TIER and len(resolve_indicator(words, org)) > 1:
        titled = f"{measure} {words}"
        if len(resolve_indicator(titled, org)) == 1:
            return titled
    if not in_indicator_words(words, org):
        return words
    if _CODE_RE.fullmatch(words):  # "ตัวชี้วัด 2 ผ่านไหม": a code, not "ระดับ 2" of an item
        return words
    titled = f"{measure}{words}"
    if in_indicator_words(titled, org) and len(resolve_indicator(titled, org)) == 1:
        return titled
    return words


_ASPECT_MEASURES = {Aspect.SCORE: "คะแนน", Aspect.TIER: "ระดับ"}
_CODE_RE = re.compile(r"\d+(?:\.\d+)*")


def _both_titles(words: str, intent: IndicatorQuery, org: Organisation) -> tuple[str, ...]:
    """The titles that ``words`` are with either measure word ("ระดับความพร้อม…" and
    "คะแนนความพร้อม…"), when the question asks neither measure; else none."""
    if intent.more or intent.aspect in _ASPECT_MEASURES or _MEASURE_RE.match(words):
        return ()
    if not in_indicator_words(words, org):
        return ()
    titled = [f"{m}{words}" for m in _ASPECT_MEASURES.values()]
    found = [resolve_indicator(t, org) if in_indicator_words(t, org) else [] for t in titled]
    if all(len(f) == 1 for f in found) and found[0][0].code != found[1][0].code:
        return tuple(titled)
    return ()


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


def _no_step_named(words: str, org: Organisation) -> bool:
    """Whether step words are no step's words at all: no step of ``org`` by them, no number,
    and no word of a plan ("กอง" of "ค้างส่งกี่กอง", "ชี้วัด" of a "ตัวชี้วัด" a cue cut in two,
    "list", "พ้น" of "พ้น 31 ม.ค. ไปแล้ว"). Asked of who is missing or what is due, they are
    the ask's own words, and it asks of every step."""
    if not words or any(c.isdigit() for c in words) or _names_step(words, org):
        return False
    # A unit's kind with no name, left once the units named were taken ("กี่กอง", "กองที่…").
    return not names_the_plan(_UNIT_KIND_RE.sub(" ", words))


_UNIT_KIND_RE = re.compile(r"(?<!\S)(?:กอง|หน่วยงาน|หน่วย|สำนัก|ศูนย์|ฝ่าย)(?=ที่|\s|$)")


def _names_step(words: str, org: Organisation) -> bool:
    return any(resolve_step(words, i) for i in org.indicators if i.steps)


def _only_the_organisation(words: str, org: Organisation) -> bool:
    """Whether ``words`` are the organisation's name, or a part of it that is no indicator's
    keyword: "สำนัก" of สำนักงบประมาณ is the organisation, "งบประมาณ" four indicators."""
    if not words or not names_organisation(words, org):
        return False
    query = squash(words)
    names = (name for c in indicator_index(org).candidates for name in c.names)
    return _is_own_name(words, org) or not any(n in query or query in n for n in names)


def _without_own_names(words: str, org: Organisation) -> str:
    """``words`` without the organisation's names, aliases and short name written whole in them
    (not inside a longer short name: "ก.พ." is not in "ก.พ.ร.")."""
    lowered = _own_names_cut(words, org)
    return content(lowered) if lowered != words.lower() else words


def _own_names_cut(words: str, org: Organisation) -> str:
    """``words``, lowered, with the organisation's own names written whole in them blanked."""
    lowered = words.lower()
    for name in sorted((n for n in (org.name, org.short_name, *org.aliases) if n), key=len)[::-1]:
        name = name.lower()
        before = r"(?<![a-z0-9.])" if name[0].isascii() or "." in name else ""
        after = r"(?![a-z0-9.])" if name[-1].isascii() or "." in name else ""
        # "สำนัก งบประมาณ": typed with a stray space, as phrases are.
        lowered = re.sub(f"{before}(?:{phrase_regex(name)}){after}", " ", lowered)
    return lowered


def _narrower(bare: str, words: str, org: Organisation) -> bool:
    """Whether ``bare`` names indicators where ``words`` name none, or fewer of them."""
    fewer = resolve_indicator(bare, org)
    return bool(fewer) and (not (more := resolve_indicator(words, org)) or len(fewer) < len(more))


def _is_own_name(words: str, org: Organisation) -> bool:
    return squash(words) in own_names(org)


def _own_name_cut_short(words: str, org: Organisation) -> bool:
    """Whether ``words`` are the organisation's name cut short ("ปทุมฯ", "สำนักงบฯ", the mark
    perhaps dropped), a measure word perhaps before it ("คะแนนปทุมฯ"), and no indicator's
    keyword: the organisation itself, whose status is asked."""
    bare = _MEASURE_FIRST_RE.sub("", words.strip(), count=1).strip()
    short = squash(bare).removesuffix("ฯ")
    if len(short) < _SHORTEST_CUT or not any(
        n.startswith(short) and n != short for n in own_names(org)
    ):
        return False
    return _only_the_organisation(bare, org)


_SHORTEST_CUT = 4  # letters: "ปทุม" of ปทุมธานี


def _without_trailing_qualifiers(words: str) -> str:
    """``words`` without the words at their end that name nothing (edge words, the words of
    ``data/nlu/no_name_words.txt``, the repetition mark, "แบบ" before them): "สำนักงบฯ แบบย่อ"
    is "สำนักงบ"; a time the answer is needed by closing them ("สำนักงาน ก.พ.ก่อนบ่ายสอง",
    "บ่ายโมง") is the asker's, too."""
    if _NEEDED_BY_RE.search(words):
        words = _NEEDED_BY_RE.sub("", words)
    said = tokens(words)
    while said and (
        not any(c.isalnum() for c in said[-1])
        or said[-1] in EDGE_WORDS
        or said[-1] in _no_name_words()
        or said[-1] in _MANNER_LEADS
    ):
        said.pop()
    return "".join(said).strip()


# A time of day the answer is needed by, closing the words: "ก่อนบ่ายสอง", "ก่อนเที่ยงนี้",
# "ภายในบ่ายนี้", "บ่ายโมง"; "ก่อน" alone names no time ("ก่อนหมดเขต" stays for its reader).
_TIME_OF_DAY = (
    r"(?:บ่าย\s?(?:โมง|สอง|สาม|สี่|นี้|[1-4])?|เที่ยง(?:\s?วัน)?|เย็น|ค่ำ"
    r"|(?:สิบ|สิบเอ็ด|เก้า|แปด|สี่|สาม|สอง|[0-9]{1,2})\s?โมง(?:\s?(?:เช้า|เย็น|ครึ่ง))?)(?:\s?นี้)?\s*$"
)
_NEEDED_BY_RE = re.compile(rf"\s?(?:(?:ก่อน|ภายใน)\s?)?{_TIME_OF_DAY}")
# The same time said with ก่อน or ภายใน, after words that may name something: "คะแนนขยะก่อน
# บ่ายสอง" (not a time told, "เลื่อนประชุมเป็นบ่ายสอง").
_BEFORE_A_TIME_RE = re.compile(rf"\s?(?:ก่อน|ภายใน)\s?{_TIME_OF_DAY}")
_MANNER_LEADS = frozenset({"แบบ", "โดย", "อย่าง"})  # "แบบย่อ", "โดยสังเขป", "อย่างย่อ"
_MEASURE_FIRST_RE = re.compile(r"^(?:คะแนน|ระดับ|ผล)\s?")


_MEASURE_RE = re.compile(f"(?:{MEASURE_WORDS})(?=.)")
_Said = TypeVar("_Said", MarkStep, Deadlines)


def _step_said(intent: _Said, org: Organisation) -> _Said:
    """ "ขั้นตอนที่ 2 ส่งรายชื่อ PMQA Team แล้ว", "ขั้น 4 แผน 3 ปีส่งแล้ว": the deliverable named
    plainly is the step, whatever number was typed beside it; so is the one whose deadline is
    asked ("ขั้นตอนที่4ที่เป็นแผนระยะ 3 ปี หมดเขตเมื่อไหร่")."""
    milestone = next((i for i in org.indicators if i.steps), None)
    typed = milestone.step(int(intent.step)) if milestone and intent.step.isdigit() else None
    said = intent.said.lower()
    if typed is None or any(k.lower() in said for k in typed.keywords):
        # Only a deliverable sent, in words naming nothing of the step typed ("ขั้นตอนที่ 2
        # ทีมเราเข้าประชุม…" is step 2's, "ขั้นที่ 5 … ตัวชี้วัดในแผนบรรลุ" no plan sent).
        return replace(intent, said="")
    # "แผน 3 ปี": a number among the words is the plan's span, never a step's number.
    words = " ".join(re.sub(r"\d+", " ", intent.said).split())
    named = resolve_step(words, milestone) if words else None
    if named is None or str(named.number) == intent.step:
        return replace(intent, said="")
    return replace(intent, step=str(named.number), said="")


def _in_the_steps_year(intent: MarkStep, org: Organisation) -> MarkStep:
    """A step's day typed without a year, moved into the fiscal year of the step's window in
    the plan ("ส่งรายงานผล 16 ก.ย." is the plan year's September, whatever today is)."""
    milestone = next((i for i in org.indicators if i.steps), None)
    step = resolve_step(intent.step, milestone) if milestone and intent.step else None
    due = step.window.due if step else None
    if due is None or intent.done_on is None:
        return replace(intent, yearless=False)
    moved = into_span(intent.done_on, *fiscal_year_bounds(fiscal_year(due)))
    return replace(intent, done_on=moved or intent.done_on, yearless=False)
