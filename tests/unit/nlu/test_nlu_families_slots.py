"""Families of issue 9, round 4: words left over around a question taken as what it names (a
particle spelling, "เลย", "ทั้งหมด", "รอบนี้", the organisation called "สำนัก", the chat group
the members registered in, who told the news). Each sentence is read through ``understand``
and settled against a seed organisation, like the corpus."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

LEFTOVERS: list[tuple[str, str, str, dict[str, Any]]] = [
    # A lengthened particle (ค้า for ค่ะ) ends the message; สินค้า still ends with its word.
    ("L", "เหลืออีกกี่วันจะถึงวันส่งค้า", "Deadlines", {}),
    ("L", "รายงานผลต้องส่งเมื่อไหร่ค้า", "Deadlines", {"step": "4"}),
    # How much is asked of, not what.
    ("L", "ใครยังไม่ได้ส่งอะไรเลยบ้าง", "Missing", {}),
    ("B", "กองไหนยังไม่ส่งอะไรมาเลย", "Missing", {}),
    ("L", "ขอดูกำหนดส่งทั้งหมดหน่อย", "Deadlines", {}),
    ("L", "กำหนดส่งงานทั้งปีมีอะไรบ้าง", "Deadlines", {}),
    ("L", "เดือนนี้มีงานต้องส่งอะไรบ้าง", "Deadlines", {"month": 1, "this_month": True}),
    # The current round is the one every deadline is of; plain sending names no step.
    ("P", "รอบนี้ต้องส่งผลภายในวันไหน", "Deadlines", {}),
    ("L", "ส่งผลได้ถึงวันไหน", "Deadlines", {}),
    ("L", "ส่งรายงานผลรอบนี้ได้ถึงวันไหน", "Deadlines", {"step": "4"}),
    # A part of the organisation's name no indicator is called by is the organisation.
    ("B", "ขอดูประวัติการส่งของสำนักทั้งหมด", "History", {}),
    ("O", "ขอประวัติการบันทึกของสำนักงานหน่อย", "History", {}),
    ("B", "ประวัติการบันทึกงบประมาณ", "History", {"indicator": ["1", "2", "3", "4"]}),
    # The chat group the members registered in is no unit.
    ("B", "สมาชิกในกลุ่มที่ลงทะเบียนไว้มีใครบ้าง", "Members", {}),
    ("L", "สมาชิกที่ลงทะเบียนไว้มีใครบ้าง", "Members", {}),
    ("L", "สมาชิกกลุ่มพัฒนาระบบบริหารมีใครบ้าง", "Members", {"unit": "กลุ่มพัฒนาระบบบริหาร"}),
    # Who told the news is not the unit marked; the unit the news is about still is.
    ("L", "ได้รับแจ้งจาก กพร. ว่าขั้นตอนที่ 3 ผ่านแล้ว", "MarkStep", {"step": "3", "passed": True}),
    (
        "L",
        "ได้รับแจ้งจากศทส.ว่ากองคลังผ่านขั้นตอนที่ 2 แล้ว",
        "MarkStep",
        {"step": "2", "passed": True, "unit": "กองคลัง"},
    ),
    ("L", "ส่งแผนแทนกองคลังแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


@readings(LEFTOVERS)
def test_leftover_words_name_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_word_ending_like_the_particle_keeps_it() -> None:
    from handlers.nlu.normalise import normalise

    assert normalise("ส่งแผนแล้วค้า") == "ส่งแผนแล้ว"
    assert normalise("ขายสินค้า") == "ขายสินค้า"


# Which aspect a question asks: the bar for a pass is the criteria, whether it passed yet the
# tier; a typo of an aspect word keeps the aspect; how many of what it counts, the result.
ASPECTS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "O",
        "เกณฑ์ผ่านของ master data มีอะไรบ้าง",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    (
        "O",
        "master data เกณฑ์การผ่านเป็นยังไง",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    ("O", "master data ผ่านเกณฑ์แล้วยัง", "IndicatorQuery", {"indicator": "7", "aspect": "tier"}),
    ("O", "master data ผ่านเกณฑ์ไหม", "IndicatorQuery", {"indicator": "7", "aspect": "tier"}),
    ("P", "เกรฑ์ขยะมีอะไรบ้าง", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("P", "ท่องเที่ยวเกนฑ์เป็นไง", "IndicatorQuery", {"indicator": "3", "aspect": "criteria"}),
    ("P", "ขยะลดไปกี่ตันแล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ยาเสพติดได้กี่หมู่บ้านแล้ว", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("P", "ขยะมีกี่ข้อ", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    # The organisation's own PMQA targets, where its report sets them by group, are what its
    # full marks take; without such targets the PMQA 4.0 levels answer.
    (
        "B",
        "คะแนน PMQA ต้องเท่าไหร่ถึงได้คะแนนเต็ม",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "criteria"},
    ),
    ("P", "คะแนน PMQA ต้องเท่าไหร่ถึงได้คะแนนเต็ม", "RuleQuestion", {"topic": "level"}),
]


@readings(ASPECTS)
def test_the_aspect_asked(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# An abbreviation the report writes names its indicator; office chatter that names nothing of
# the plan is no question to the bot.
LOOKUPS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "สูตรคำนวณความพึงพอใจ BBL", "IndicatorQuery", {"indicator": "4", "aspect": "formula"}),
    (
        "B",
        "ผู้ใช้ bbl พึงพอใจร้อยละ 90",
        "SubmitValue",
        {"indicator": "4", "value": "90", "raw_value": "ร้อยละ 90", "percent": True},
    ),
    ("O", "ปริ้นเตอร์ชั้น 5 กระดาษติดอีกแล้ว ใครเป็นบ้าง", "Unknown", {}),
    ("L", "แอร์ห้องประชุมเสียใครเป็นบ้าง", "Unknown", {}),
    ("O", "master data เป็นยังไงบ้าง", "IndicatorQuery", {"indicator": "7"}),
]


@readings(LOOKUPS)
def test_what_a_question_looks_up(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
