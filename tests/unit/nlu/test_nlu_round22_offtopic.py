"""Round 22 (dev_fresh60–61): members' chatter read as writes or as the plan's questions.

1. Thanks with what the bot's answer was got for ("ขอบคุณค่ะน้องบอท ได้ตัวเลขไปทำรายงานแล้ว"):
   thanks, not a report of a step; a report told in a sentence of its own stays a report.
2. Chatter about other exams, courses, events and staff money in the bot's words:
   - "สมัคร" / "ลงทะเบียน" said of other people ("คนสมัครเยอะ", "ผู้สมัครเต็มแล้ว") or of an exam
     or a course named before it ("สอบภาค ก. ปีนี้สมัครแล้วค่ะ") registers no one; a unit named
     right after the word still does ("อบรมเสร็จแล้ว ลงทะเบียนกองคลังด้วยค่ะ"), and so does a
     request to be registered. Everyday words no unit could have ("ลงทะเบียนรถเรียบร้อยแล้ว")
     register no one either; a unit's name the organisation lacks is still asked for.
   - When an overtime claim is due, or when an exam's results come out, is no deadline of the
     plan (data/nlu/office_words.txt); the plan's results, forms and months stay deadlines.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]
THANKS = {"kind": "thanks"}

# -- 1. thanks with what the answer was got for -----------------------------------------------
THANKS_FOR_A_USE: list[Case] = [
    ("L", "ขอบคุณค่ะน้องบอท ได้ตัวเลขไปทำรายงานแล้ว", "SmallTalk", THANKS),
    ("O", "ขอบคุณค่ะน้องบอท ได้ตัวเลขไปทำรายงานแล้ว", "SmallTalk", THANKS),
    ("L", "ขอบคุณครับ ได้ข้อมูลไปทำรายงานเสนอ ผอ. แล้ว", "SmallTalk", THANKS),
    ("L", "ขอบคุณค่ะบอท ได้สรุปไปทำรายงานต่อแล้ว", "SmallTalk", THANKS),
    ("L", "thank you ค่ะ ได้ข้อมูลไปทำรายงานแล้ว", "SmallTalk", THANKS),
    ("L", "ขอบคุณครับ ได้ข้อมูลไปส่งรายงานผู้ว่าแล้ว", "SmallTalk", THANKS),
    ("P", "ขอบคุณมากค่ะ ได้ตัวเลขครบแล้วไปทำรายงานต่อเลย", "SmallTalk", THANKS),
    ("L", "ได้ตัวเลขไปทำรายงานแล้ว ขอบคุณค่ะน้องบอท", "SmallTalk", THANKS),
]
THANKS_NEAR: list[Case] = [
    # A step reported beside the thanks, or sent by the sender: a report.
    ("L", "ขอบคุณค่ะ ส่งรายงานผลแล้วนะคะ", "MarkStep", {"step": "4"}),
    ("L", "ขอบคุณค่ะ ได้ส่งรายงานไปแล้ว", "MarkStep", {"step": "4"}),
    ("L", "ขอบคุณค่ะ ได้ข้อมูลไปแล้ว ส่งแผนแล้วนะคะ", "MarkStep", {"step": "3"}),
    ("L", "ขอบคุณครับ กองคลังทำแผนเสร็จแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    # Something asked after the thanks is asked.
    (
        "P",
        "ขอบคุณค่ะ ได้ตัวเลขไปทำรายงานแล้ว แล้วขยะได้เท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
]

# -- 2a. signing up for something else, said of others -----------------------------------------
NO_REGISTRATION: list[Case] = [
    ("O", "สอบภาค ก. รอบนี้คนสมัครเยอะมากเลยนะ", "Unknown", {}),
    ("L", "สอบภาค ก. รอบนี้คนสมัครเยอะมากเลยนะ", "Unknown", {}),
    ("O", "สอบ ก.พ. รอบนี้ผู้สมัครเกินแสนคนแล้วนะ", "Unknown", {}),
    ("L", "อบรมหลักสูตรนักบริหารปีนี้ผู้สมัครเต็มแล้ว", "Unknown", {}),
    ("L", "งานวิ่งการกุศลปีนี้ผู้ลงทะเบียนเต็มแล้ว", "Unknown", {}),
    ("L", "สอบภาค ก. ปีนี้สมัครแล้วค่ะ", "Unknown", {}),
    # Everyday things signed up for: words no unit could have (settle).
    ("L", "ลงทะเบียนรถเรียบร้อยแล้วนะคะ", "Unknown", {}),
    ("L", "สมัครสมาชิกสหกรณ์ออมทรัพย์แล้วค่ะ", "Unknown", {}),
    ("O", "สมัครไลน์แมนไว้แล้ว", "Unknown", {}),
]
REGISTRATION_KEPT: list[Case] = [
    ("L", "ลงทะเบียนกองคลังค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "สมัครเข้ากลุ่มกองคลัง", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "สมัคร กองกลาง ค่ะ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "อบรมเสร็จแล้ว ลงทะเบียนกองคลังด้วยค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    (
        "L",
        "ลงทะเบียน ไอที ครับ",
        "RegisterUnit",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    # A unit the organisation lacks, asked for: refused by the handler with the units it has.
    ("L", "ลงทะเบียนกองทุนหมู่บ้าน", "RegisterUnit", {"unit": "?กองทุนหมู่บ้าน"}),
    ("P", "หนูอยู่งานการเจ้าหน้าที่ค่ะ ลงทะเบียนให้ด้วย", "RegisterUnit", {"unit": "?งานการเจ้าหน้าที่"}),
    ("O", "ดูแลหลักสูตรสอบค่ะ ขอลงทะเบียนด้วย", "RegisterUnit", {"unit": "?ดูแลหลักสูตรสอบ"}),
]

# -- 2b. when something else is due ------------------------------------------------------------
NO_DEADLINE: list[Case] = [
    ("L", "พี่คะ เบิกค่าล่วงเวลาเดือนนี้ส่งใครคะ", "Unknown", {}),
    ("L", "ค่าล่วงเวลาเดือนนี้ต้องส่งภายในวันไหนคะ", "Unknown", {}),
    ("L", "เบิกโอทีเดือนนี้ส่งวันไหนครับ", "Unknown", {}),
    ("O", "ผลสอบภาค ก. รอบนี้ประกาศวันไหนนะ", "Unknown", {}),
    ("L", "ผลสอบภาค ก. รอบนี้ประกาศวันไหนนะ", "Unknown", {}),
    ("O", "สนามสอบรอบนี้ประกาศเมื่อไหร่คะ", "Unknown", {}),
]
DEADLINE_KEPT: list[Case] = [
    ("L", "ส่งผลเดือนนี้วันไหน", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "เดือนนี้ต้องส่งอะไรบ้าง", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "กำหนดส่งแผนวันไหนครับ", "Deadlines", {"step": "3"}),
    ("O", "รอบ 2 เริ่มส่งวันไหน", "Deadlines", {}),
    # The OCSC's indicator of the exam's course is the plan's.
    (
        "O",
        "หลักสูตรสอบแข่งขันได้ผลเท่าไหร่แล้วคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "result"},
    ),
]

# Questions and chatter that must never be stored.
NEVER_WRITES = [
    "ขอบคุณค่ะ ได้ตัวเลขไปทำรายงานแล้ว ใครยังไม่ส่งบ้างคะ",
    "สอบภาค ก. รอบนี้ใครสมัครบ้างคะ",
    "ปีนี้คนลงทะเบียนอบรมเยอะไหมคะ",
    "เบิกค่าล่วงเวลาเดือนนี้ส่งแล้วหรือยังคะ",
    "ผลสอบภาค ก. ออกแล้วหรือยัง",
    "ค่าสมัครสอบภาค ก. เท่าไหร่คะ",
]


@readings(THANKS_FOR_A_USE)
def test_thanks_for_what_the_answer_was_got_for(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(THANKS_NEAR)
def test_a_report_or_a_question_beside_thanks_is_kept(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NO_REGISTRATION)
def test_signing_up_for_something_else_registers_no_one(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REGISTRATION_KEPT)
def test_a_registration_in_a_unit_is_kept(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NO_DEADLINE)
def test_when_something_else_is_due_is_no_deadline(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DEADLINE_KEPT)
def test_the_plans_deadlines_are_kept(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_chatter_and_questions_are_never_writes() -> None:
    for org in ("L", "O"):
        assert read_as_writes(NEVER_WRITES, org) == []
