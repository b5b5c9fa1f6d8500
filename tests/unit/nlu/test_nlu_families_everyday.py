"""Families the bot misread in round 2 of issue 9: everyday words holding a command word,
courtesy around a question, everyday chat that looks like a write, Thai multipliers in values,
and a step's outcome asked about. Read through understand and settled like the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import TODAY
from handlers.nlu.extract import extract
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

NOT_OURS = ("Unknown", "SmallTalk")

# Everyday chat a group holds: the bot must stay quiet (no question answered, no write asked).
EVERYDAY = [
    # A command word inside a longer everyday word.
    "ประวัติศาสตร์ไทยน่าสนใจมากเลย",
    "ชอบอ่านประวัติศาสตร์",
    "กำหนดการประชุมพรุ่งนี้",
    "กำหนดการงานสัมมนาออกหรือยังคะ",
    "กำหนดการลงพื้นที่พรุ่งนี้ ส่งให้ด้วยค่ะ",
    "สถานการณ์น้ำท่วมเป็นยังไงบ้าง",
    # Everyday "ไป/ทำ/ส่ง" with nothing of the plan named.
    "วันนี้ไปทำบุญ",
    "เมื่อวานไปทำบุญที่วัดมาแล้ว",
    "เมื่อวานไปส่งลูกที่โรงเรียนแล้ว",
    # An indicator's word in a sentence of everyday chat that asks nothing.
    "จริยธรรมของคนขับรถเมล์ทุกวันนี้แย่มาก",
    "ยาเสพติดระบาดหนักในหมู่บ้านข้างๆ เลยค่ะ น่ากลัว",
    # Who sent or has not sent something of everyday life.
    "ใครส่งขนมมาฝากคะ อร่อยมาก",
    "ยังไม่ส่งการบ้านอาจารย์เลย เครียด",
    "ประวัติการรักษาต้องแนบไปด้วยไหมคะ",
    # A question word of ours ("ผล", "สูตร", "เกณฑ์") about everyday things naming nothing.
    "ผลบอลเมื่อคืนใครชนะครับ",
    "สูตรกับข้าวที่พี่ทำมาเมื่อวานขอหน่อยค่ะ",
    "คะแนนโหวตประกวดหนูน้อยนพมาศออกแล้วนะคะ",
    "ผลสลากกินแบ่งงวดนี้ออกยังคะ",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_chat_is_not_read_as_a_request(text: str) -> None:
    intent, _ = settled(text)
    assert intent in NOT_OURS


CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # The command words themselves still read.
    ("L", "ประวัติการส่งของกองคลัง", "History", {"unit": "กองคลัง"}),
    ("L", "ขอดูประวัติหน่อย", "History", {}),
    ("L", "ประวัติการส่งของไอที", "History", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "กำหนดการส่งแผนเมื่อไหร่คะ", "Deadlines", {"step": "3"}),
    ("L", "กำหนดการขั้นตอนที่ 4", "Deadlines", {"step": "4"}),
    ("L", "กองคลังเป็นยังไงบ้าง", "Status", {"unit": "กองคลัง"}),
    ("P", "ขยะเป็นยังไงบ้าง", "IndicatorQuery", {"indicator": "2"}),
    # Courtesy before the question names no slot.
    ("L", "ขอบคุณสำหรับข้อมูลค่ะ ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "ขอบคุณมากครับ ใครยังไม่ส่งรายงานผลบ้าง", "Missing", {"step": "4"}),
    ("L", "รบกวนสอบถามค่ะ ใครยังไม่ส่งรายงานผล", "Missing", {"step": "4"}),
    ("L", "สวัสดีค่ะ รบกวนสอบถามกำหนดส่งแผนค่ะ", "Deadlines", {"step": "3"}),
    ("L", "อรุณสวัสดิ์ค่ะทุกท่าน รบกวนน้องบอทสรุปภาพรวมให้หน่อยค่ะ", "Status", {}),
    # An indicator named alone, or with a few words, still asks for it.
    ("P", "ขยะครับ", "IndicatorQuery", {"indicator": "2"}),
    ("P", "ตัวชี้วัดขยะของเรา", "IndicatorQuery", {"indicator": "2"}),
    # A write names what was done.
    ("L", "ทำแผนเสร็จแล้ว", "MarkStep", {"step": "3"}),
    ("L", "ส่งรายชื่อแล้ว", "MarkStep", {"step": "1"}),
    # Thai multipliers: the value in the unit typed after them ("ล้าน" stays the unit).
    (
        "P",
        "ท่องเที่ยว 1.5 พันล้าน",
        "SubmitValue",
        {"indicator": "3", "value": "1500", "raw_value": "1.5 พันล้าน"},
    ),
    (
        "P",
        "ส่งผลท่องเที่ยว 2 พันล้านบาท",
        "SubmitValue",
        {"indicator": "3", "value": "2000", "raw_value": "2 พันล้าน"},
    ),
    # A step's outcome asked about: the step in detail, or the unit's status.
    ("L", "ขั้นตอนที่ 3 ผ่านไหม", "StepDetails", {"step": "3"}),
    ("L", "ขั้นตอนที่ 4 ผ่านหรือยังคะ", "StepDetails", {"step": "4"}),
    ("L", "ขั้นตอนที่ 3 ของกองคลังผ่านไหม", "Status", {"unit": "กองคลัง"}),
]


@readings(CASES)
def test_a_family_member_is_read_and_settled(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The slot words as read, before the organisation: courtesy and particles are no part of them.
COURTESY = [
    ("ขอบคุณสำหรับข้อมูลค่ะ ใครยังไม่ส่งแผน", "แผน"),
    ("ขอบคุณมากค่ะ ใครยังไม่ส่งแผน", "แผน"),
    ("รบกวนสอบถามค่ะ ใครยังไม่ส่งรายงานผล", "รายงานผล"),
    ("สวัสดีครับ สอบถามครับ ใครยังไม่ส่งแผนครับ", "แผน"),
]


@pytest.mark.parametrize(("text", "step"), COURTESY)
def test_courtesy_is_no_part_of_the_slot_words(text: str, step: str) -> None:
    intent = understand(text, today=TODAY).intent
    assert getattr(intent, "step", None) == step


@pytest.mark.parametrize("text", ["กำหนดการ", "กำหนดการมีอะไรบ้าง"])
def test_the_schedule_asked_for_alone_is_the_deadlines(text: str) -> None:
    assert settled(text) == ("Deadlines", {})


# Two units or more in one status question: the organisation's status, which shows them all.
@pytest.mark.parametrize(
    "text",
    [
        "สถานะของกองคลังกับกองกลาง",
        "ขอสถานะ กค. กับ กนต. หน่อยค่ะ",
        "กองคลังถึงไหนแล้ว แล้วกองกลางล่ะ",
        "ไอทีกับนิติการถึงไหนกันแล้วคะ",
        "สถานะของกองคลังหรือกองกลาง",  # "หรือ" joins two units as "กับ" does
    ],
)
def test_a_status_of_several_units_is_the_organisations(text: str) -> None:
    assert settled(text) == ("Status", {})


@pytest.mark.parametrize("text", ["ใครยังไม่ส่งแผน กองคลังหรือกองกลาง", "กองคลังหรือกองกลาง ส่งแผนยัง"])
def test_two_units_joined_by_or_are_never_one_unknown_unit(text: str) -> None:
    assert "หรือ" not in str(settled(text)[1].get("unit", ""))


# A step numbered in Thai words.
@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("ขั้นตอนที่สามส่งเมื่อวานค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
        ("ขั้นตอนแรกเสร็จแล้วครับ", "MarkStep", {"step": "1"}),
        ("รายละเอียดขั้นตอนที่สี่ค่ะ", "StepDetails", {"step": "4"}),
        ("ขั้นที่สองต้องทำอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
    ],
)
def test_a_step_numbered_in_words(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text) == (intent, slots)


def test_a_number_word_starting_a_longer_word_numbers_no_step() -> None:
    assert extract("ขั้นตอนที่ห้ามทำ", today=TODAY).step == ""  # ห้าม, not ห้า
    assert extract("ขั้นตอนที่ห้าทำอะไร", today=TODAY).step == "5"


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # Several units asked who has not sent: the organisation's missing list.
        ("กองคลัง กองกลาง กจ. ส่งแผนครบยังครับ", "Missing", {"step": "3"}),
        ("กองคลังส่งแผนหรือยัง", "Status", {"unit": "กองคลัง"}),
        # A month by its number; ตชว. is short for ตัวชี้วัด.
        ("เดือน ๒ ต้องส่งอะไรบ้าง", "Deadlines", {"month": 2}),
        ("ตชว.ที่ 1 เกณฑ์ผ่านเท่าไหร่คะ", "IndicatorQuery", {"indicator": "1", "aspect": "criteria"}),
    ],
)
def test_units_months_and_short_forms(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("แผนพัฒนาฯ กับแผนปฏิบัติการส่งครบแล้วค่ะ", "MarkStep", {"step": "3"}),
        ("ส่งแผนครบหรือยัง", "Missing", {"step": "3"}),
        ("ส่งครบกี่กอง", "Missing", {}),
    ],
)
def test_sent_in_full_says_or_asks(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("ขั้นตอนส่งแผนหมดเขตไปแล้วใช่ไหมคะ", "Deadlines", {"step": "3"}),
        ("ส่งแผนแล้วใช่ไหม", "Missing", {"step": "3"}),
        ("กค. ยังขาดอะไรบ้างคะ", "Status", {"unit": "กองคลัง"}),
    ],
)
def test_deadline_and_what_is_missing(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("ได้รับแล้วค่ะ ขอบคุณค่ะพี่", "thanks"), ("สวัสดีค่ะน้องบอท วันนี้ฝากด้วยนะคะ", "greeting")],
)
def test_courtesy_with_an_ack_or_a_day_is_small_talk(text: str, kind: str) -> None:
    assert settled(text) == ("SmallTalk", {"kind": kind})
