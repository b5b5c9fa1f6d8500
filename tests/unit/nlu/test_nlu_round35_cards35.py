"""Round 35 (cards35): replies to a card with typos or a reason, newcomers telling their unit.

A no to a card typed with a slip is still the no: a typo glued to its particle ("ยกลิกครับ"),
"ไม่โอเค"; so is a yes with "ใช่" typed with the wrong tone mark before a yes word ("ใช้ค่ะ
ยืนยัน"). A yes with its last letter on the key beside it ("ยืนยัรค่ะ") confirms, said alone. A no
keeps its reason: the sending on the card denied ("ไม่ใช่ค่ะ ไม่ได้ส่งแผน แค่ถามเฉยๆ"), the
card said to be of another kind ("อันนั้น PB ไม่ใช่โอนเปลี่ยนแปลง"), the day it will be sent
("…เดี๋ยวส่งวันศุกร์"); the right unit told after a no is asked back as the registration
("ไม่ใช่ค่ะ หนูอยู่กองกลาง"). A yes then a question after "แล้ว", the card's own word first,
confirms the card and leaves the question for later. A newcomer tells their unit after their
name ("ผม ต้น ครับ IT ครับ"), as where they are from ("จาก กค. ค่ะ"), with the section after
it ("กองคลัง ฝ่ายบัญชี"), its marks typed out of order, entrusting themselves ("น้องใหม่ ศทส.
ค่ะ ฝากเนื้อฝากตัว…"), as its representative, or mended ("ขอแก้ไขค่ะ หนูไม่ได้อยู่ กค. อยู่
กก. ค่ะ"); asking what the bot is for, or where a newcomer starts, is help.
"""

from __future__ import annotations

from typing import Any

from handlers.intents import Confirm
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import (
    asked_back_as_registration,
    read_as_writes,
    readings,
    settled,
    stored_at_once,
    unlabelled_writes,
)

Case = tuple[str, str, str, dict[str, Any]]

# (1) A yes or a no typed with a slip.
SLIPPED: list[Case] = [
    ("L", "ยกลิกครับ", "Cancel", {}),
    ("L", "ยกลิกครับ ผิดกอง", "Cancel", {}),
    ("L", "ใช้ค่ะ ยืนยัน", "Confirm", {}),
    ("L", "ใช้ครับ ถูกต้องแล้ว", "Confirm", {}),
    ("L", "ไม่โอเคค่ะ ข้อมูลไม่ถูก", "Cancel", {}),
    ("L", "ไม่โอเคครับ ตัวเลขผิด", "Cancel", {}),
    # Near misses: a slipped yes with more after it (never read from a correction), "ใช้"
    # alone or usable, not OK with one's day, a word ending in a particle's letters.
    ("L", "ยืนยัรค่ะ", "Confirm", {}),  # the last letter on the key beside น, as labelled
    ("L", "ใช้ค่ะ", "Unknown", {}),
    ("L", "ใช้ได้ค่ะ ยืนยัน", "Unknown", {}),
    ("L", "ไม่โอเคเลยวันนี้ ปวดหัว", "Unknown", {}),
    ("L", "มูลค่าครับ", "Unknown", {}),
]

# (2) A no with its reason.
REASONED_NO: list[Case] = [
    ("L", "ไม่ใช่ค่ะ ไม่ได้ส่งแผน แค่ถามเฉยๆ", "Cancel", {}),
    ("L", "ไม่ใช่ครับ อันนั้นผอ.สั่งมา ไม่ได้ส่งเอง", "Cancel", {}),
    ("B", "ไม่ใช่ค่ะ อันนั้น PB ไม่ใช่โอนเปลี่ยนแปลง", "Cancel", {}),
    ("L", "ยกเลิกครับ ยังไม่ได้ส่งจริง เดี๋ยวส่งวันศุกร์", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ หนูอยู่กองกลาง", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ไม่ใช่ค่ะ หนูอยู่กองกลาง ไม่ใช่กองคลังค่ะ", "RegisterUnit", {"unit": "กองกลาง"}),
    # Near misses: chat after a no, a weekday of something else, a step reported after a no.
    ("L", "ไม่ใช่ค่ะ พี่เขาไม่ได้มา", "Unknown", {}),
    ("L", "ยกเลิกค่ะ ไปเที่ยววันศุกร์", "Unknown", {}),
    ("L", "ยกเลิกครับ ประชุมวันศุกร์", "Unknown", {}),
    ("L", "ไม่ใช่ครับ กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]

# (3) A newcomer telling their unit.
NEWCOMERS: list[Case] = [
    ("L", "ผม ต้น ครับ IT ครับ", "RegisterUnit", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "หนูชื่อฝนค่ะ กค. ค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "จาก กค. ค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ผมประจำอยู่ที่กองคลัง ฝ่ายบัญชีครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "อยู่กองการเจ้าหน้าท่ีค่ะ", "RegisterUnit", {"unit": "กองการเจ้าหน้าที่"}),
    (
        "L",
        "น้องใหม่ ศทส. ค่ะ ฝากเนื้อฝากตัวด้วยนะคะ 🙏",
        "RegisterUnit",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    (
        "L",
        "ดิฉันเป็นผู้แทนกองนิติการ เพิ่งได้รับมอบหมายให้ดูแลเรื่อง PMQA ค่ะ",
        "RegisterUnit",
        {"unit": "กองนิติการ"},
    ),
    ("L", "ขอแก้ไขค่ะ หนูไม่ได้อยู่ กค. อยู่ กก. ค่ะ", "RegisterUnit", {"unit": "กองกลาง"}),
    (
        "L",
        "สวัสดีค่ะ เพิ่งถูกเพิ่มเข้ากลุ่มค่ะ ชื่อนิดนะคะ อยู่กองคลังค่ะ",
        "RegisterUnit",
        {"unit": "กองคลัง"},
    ),
    # Near misses: a name then thanks, where a day starts, the director, no word of one's own,
    # a newcomer announced by a senior, someone else or a thing at a unit after a greeting.
    ("L", "ผม ต้น ครับ ขอบคุณครับ", "Unknown", {}),
    ("L", "จากวันนี้ค่ะ", "Unknown", {}),
    ("L", "จาก ผอ. ค่ะ", "Unknown", {}),
    ("L", "ต้น ครับ IT ครับ", "Unknown", {}),
    ("L", "หนูมาแทนพี่ต๋อยประชุมวันนี้ค่ะ อยู่กองคลัง", "Unknown", {}),
    ("L", "สวัสดีค่ะ พัสดุค่ะ อยู่กองคลังค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "น้องใหม่ กค. ฝากด้วยนะคะ", "Unknown", {}),
    ("L", "สวัสดีค่ะ พี่ต้นอยู่กองคลังค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีค่ะ เอกสารอยู่กองคลังค่ะ", "SmallTalk", {"kind": "greeting"}),
]

# (4) What the bot is for, where a newcomer starts.
HELP: list[Case] = [
    ("L", "บอทนี้ใช้ทำอะไรคะ เพิ่งถูกดึงเข้ากลุ่ม", "Help", {}),
    ("L", "บอทนี้ใช้ทำอะไรคะ", "Help", {}),
    ("L", "หนูเพิ่งเข้ากลุ่มค่ะ ต้องเริ่มจากตรงไหนคะ", "Help", {}),
    ("L", "น้องใหม่ค่ะ เริ่มยังไงดีคะ", "Help", {}),
    # Near misses: a form's use, a file's, where the work starts asked alone.
    ("L", "แบบฟอร์ม 2 ใช้ทำอะไรครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "ไฟล์นี้ใช้ทำอะไรคะ", "Unknown", {}),
    ("L", "ต้องเริ่มจากตรงไหนคะ", "Unknown", {}),
]

ALL = SLIPPED + REASONED_NO + NEWCOMERS + HELP


@readings(SLIPPED)
def test_a_yes_or_a_no_typed_with_a_slip_is_still_the_answer(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REASONED_NO)
def test_a_no_keeps_its_reason_and_a_right_unit_told_after_it_registers(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NEWCOMERS)
def test_a_newcomer_telling_their_unit_is_asked_back_as_their_registration(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HELP)
def test_what_the_bot_is_for_and_where_to_start_is_help(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_unit_told_after_a_no_is_asked_back_never_stored_at_once() -> None:
    assert asked_back_as_registration("ไม่ใช่ค่ะ หนูอยู่กองกลาง ไม่ใช่กองคลังค่ะ") == "กองกลาง"
    assert asked_back_as_registration("ไม่ใช่ครับ ผมอยู่ กนต.") == "กนต."  # settled by its handler
    assert not stored_at_once("ไม่ใช่ค่ะ หนูอยู่กองกลาง")


def test_a_yes_then_a_question_confirms_and_leaves_the_question_for_later() -> None:
    found = understand("ยืนยันค่ะ แล้วใครยังไม่ส่งแผนบ้างคะ", today=TODAY)
    assert isinstance(found.intent, Confirm)
    assert found.later == "ใครยังไม่ส่งแผนบ้างคะ"
    # A yes to a colleague before it, or cut at a space alone: a question, no yes.
    plain = understand("ใช่ค่ะ แล้วกองกลางส่งหรือยัง", today=TODAY)
    assert not isinstance(plain.intent, Confirm)
    alone = understand("ยืนยันค่ะ ใครยังไม่ส่งแผนบ้างคะ", today=TODAY)
    assert not isinstance(alone.intent, Confirm)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["ยืนยันแล้วหรือยังคะ", "บอทนี้ใช้ทำอะไรคะ", "ใช้ค่ะ ยืนยันไหม"]) == []
