"""Round 40 (cards40): replies typed to a confirmation card said with more words, and questions
about the card and the bot itself.

(1) A no to the card with its reason: the work left to someone else or to later ("ไม่ต้องครับ
เดี๋ยวให้น้องในกองส่งเอง", "ไม่เอาค่ะ เดี๋ยวอัปเข้า drive แล้วค่อยแจ้งใหม่"), the card's figure
restated as what is not right yet ("ยกเลิกก่อนครับ ตัวเลข 88.89 ยังไม่ได้หัก…"), the entry still
a draft ("ขอ cancel ก่อนครับ จริงๆ ยังเป็น draft อยู่"), the card's step denied ("ไม่ครับ ไม่ใช่
ขั้นตอนนั้น"), the right indicator named with no figure ("ไม่ใช่ค่ะ ต้องเป็นยาเสพติด ไม่ใช่ขยะ":
the card cannot be mended), a cross mark alone ("❌"). Near misses: a correction naming the
right figure, unit, step or channel, a no to something else, a wait for lunch.

(2) A go-ahead with thanks ("ได้เลยค่ะ ขอบคุณค่ะ") is the go-ahead, as "ได้เลยค่ะ" alone is (the
corpus labels both Confirm); an ok with thanks stays thanks (as labelled).

(3) How the card and the bot are used, asked: where to press confirm, whether an entry can be
mended after it was confirmed or sent, whether a result can be sent through the bot, whether
the bot must be told, whether there is a command to see something. Never a write.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) A no with its reason.
NOS: list[Case] = [
    ("L", "ไม่ต้องครับ เดี๋ยวให้น้องในกองส่งเอง", "Cancel", {}),
    ("L", "ไม่ต้องค่ะ เดี๋ยวพี่ในทีมกรอกให้เอง", "Cancel", {}),
    ("L", "ไม่เอาค่ะ เดี๋ยวอัปเข้า drive แล้วค่อยแจ้งใหม่", "Cancel", {}),
    ("L", "ยกเลิกค่ะ เดี๋ยวส่งเข้าอีเมลแล้วค่อยแจ้งอีกที", "Cancel", {}),
    ("L", "ยกเลิกก่อนครับ ตัวเลข 88.89 ยังไม่ได้หักคนที่ลาป่วย เดี๋ยวคำนวณใหม่", "Cancel", {}),
    ("L", "ยกเลิกนะคะ ยอด 54.2 ยังไม่ตรงกับไฟล์", "Cancel", {}),
    ("L", "ขอ cancel ก่อนครับ จริงๆ ยังเป็น draft อยู่ ยังไม่ได้ส่งจริง", "Cancel", {}),
    ("L", "ยกเลิกค่ะ ยังเป็นฉบับร่างอยู่", "Cancel", {}),
    ("L", "ไม่ครับ ไม่ใช่ขั้นตอนนั้น", "Cancel", {}),
    ("P", "ไม่ใช่ค่ะ ต้องเป็นยาเสพติด ไม่ใช่ขยะ", "Cancel", {}),
    ("P", "ไม่ใช่ครับ ต้องเป็นท่องเที่ยว", "Cancel", {}),
    ("L", "❌", "Cancel", {}),
    ("L", "❌❌", "Cancel", {}),
]

# (1) Near misses: a correction that names the right one, a no to something else.
NOT_NOS: list[Case] = [
    (
        "P",
        "ไม่ใช่ค่ะ ขยะต้องเป็น 54.2",
        "SubmitValue",
        {"indicator": "2", "value": "54.2", "raw_value": "54.2"},
    ),
    (
        "P",
        "ไม่ใช่ค่ะ ยาเสพติดต้องเป็น 81.5 ไม่ใช่ขยะ",
        "SubmitValue",
        {"indicator": "4", "value": "81.5", "raw_value": "81.5"},
    ),
    ("L", "ไม่ใช่ค่ะ ต้องเป็นกองกลางส่งแผน ไม่ใช่กองคลัง", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ไม่ใช่อีเมลค่ะ ส่งทางไดรฟ์", "MarkStep", {"channel": "google_drive"}),
    (
        "L",
        "ไม่ใช่ 3 ครับ กองคลังได้ 4",
        "SubmitValue",
        {"value": "4", "raw_value": "4", "unit": "กองคลัง"},
    ),
    ("L", "ไม่ต้องค่ะ เดี๋ยวน้องไปกินข้าวก่อน", "Unknown", {}),
    ("L", "ไม่ต้องรีบ", "Unknown", {}),
    ("L", "ไม่ต้องค่ะ เดี๋ยวพี่ทำเอง", "Unknown", {}),
    ("L", "✅", "Unknown", {}),
]


@readings(NOS + NOT_NOS)
def test_a_no_to_the_card_with_its_reason(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (2) A go-ahead with thanks.
YES_WITH_THANKS: list[Case] = [
    ("L", "ได้เลยค่ะ ขอบคุณค่ะ", "Confirm", {}),
    ("L", "ได้เลยครับ ขอบคุณมากครับ", "Confirm", {}),
    ("L", "ได้เลยจ้า ขอบคุณนะคะ", "Confirm", {}),
    ("L", "ok ขอบคุณค่ะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "โอเคครับ ขอบคุณมากครับ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ได้เลยค่ะพี่ เดี๋ยวหนูโทรตามกองคลังให้", "SmallTalk", {"kind": "ack"}),
    ("L", "ขอบคุณค่ะ", "SmallTalk", {"kind": "thanks"}),
]


@readings(YES_WITH_THANKS)
def test_a_go_ahead_with_thanks_is_the_go_ahead(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (3) How the card and the bot are used.
HELP: list[Case] = [
    ("L", "ต้องกดยืนยันตรงไหนคะ", "Help", {}),
    ("L", "กดปุ่มยกเลิกยังไงครับ", "Help", {}),
    ("L", "ยืนยันไปแล้วแก้ทีหลังได้ไหมครับ", "Help", {}),
    ("P", "ส่งผลขยะไปแล้วแก้ได้ไหมคะ ถ้าตัวเลขเปลี่ยน", "Help", {}),
    ("L", "บันทึกไปแล้วแก้ไขได้มั้ยคะ", "Help", {}),
    ("P", "ส่งผลขยะทางบอทได้ไหมคะ หรือต้องกรอกในระบบ", "Help", {}),
    ("L", "รายงานผลผ่านบอทได้มั้ยครับ", "Help", {}),
    ("L", "พอส่งแผนเสร็จ ต้องมาแจ้งบอทด้วยไหมคะ", "Help", {}),
    ("L", "ส่งรายชื่อทีมแล้วต้องบอกบอทไหมครับ", "Help", {}),
    ("L", "มีคำสั่งดูสรุปไหมคะ", "Help", {}),
    ("L", "มีคำสั่งเช็คสถานะมั้ยครับ", "Help", {}),
]

# (3) Near misses: a report told with the bot named, an order of the office, a favour asked.
NOT_HELP: list[Case] = [
    (
        "L",
        "ส่งแผนผ่านไดรฟ์วันนี้ครับ ไม่แน่ใจว่าบอทจะบันทึกให้ไหม",
        "MarkStep",
        {"step": "3", "channel": "google_drive", "done_on": "2025-01-15"},
    ),
    ("L", "ลบอันที่เพิ่งบันทึกไปออกได้ไหมคะ ผิดกอง", "Undo", {}),
    ("L", "ยืนยันค่ะ", "Confirm", {}),
]


@readings(HELP + NOT_HELP)
def test_how_the_card_and_the_bot_are_used(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_an_order_of_the_office_is_no_command_of_the_bot() -> None:
    assert settled("มีคำสั่งแต่งตั้งคณะทำงานออกมาหรือยังคะ")[0] != "Help"


def test_no_question_about_the_card_is_read_as_a_write() -> None:
    assert unlabelled_writes(HELP + NOT_HELP + NOT_NOS) == []
