"""Round 20 (dev_fresh45-49), chatter: small talk that asks nothing and stores nothing, and
orders or wishes that must never be stored as a step sent.

1. An acknowledgement, thanks or praise first, then a remark on a topic with no question word
   ("รับทราบกำหนดส่งแผน 31 ม.ค. ค่ะ", "ขอบคุณค่ะ เห็นภาพรวมชัดเลย", "สุดยอดเลยบอท บอกกำหนดส่ง
   ครบทุกอัน"), a greeting to everyone that entrusts them with something, a laugh at a habit,
   a yes then a promise: SmallTalk. A question word anywhere, a favour asked or a report of
   something done keeps the message's own reading.
2. Orders and wishes ("ช่วยส่งแผนวันนี้ด้วย", "ส่งแผนวันนี้ด่วนเลย", "รอให้กองคลังส่งแผนแล้ว")
   are never a step sent.
3. An English step report with a base verb and "already" ("IT team send plan already ครับ").
"""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

# -- 1. courtesy first, then a remark ------------------------------------------------------------
CHATTER = [
    ("L", "รับทราบกำหนดส่งแผน 31 ม.ค. ค่ะ", "SmallTalk", {"kind": "ack"}),
    ("L", "รับทราบกำหนดส่งรายงานผลครับ", "SmallTalk", {"kind": "ack"}),
    ("L", "ทราบแล้วค่ะ กำหนดส่งแผน 31 ม.ค.", "SmallTalk", {"kind": "ack"}),
    ("P", "ขอบคุณค่ะ เห็นภาพรวมชัดเลย", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณครับ สรุปสถานะทุกกองละเอียดมาก", "SmallTalk", {"kind": "thanks"}),
    ("O", "สุดยอดเลยบอท บอกกำหนดส่งครบทุกอัน", "SmallTalk", {"kind": "praise"}),
    ("L", "เก่งมากบอท สรุปสถานะทุกกองได้ครบเลย", "SmallTalk", {"kind": "praise"}),
    ("L", "เยี่ยมมาก ตารางกำหนดส่งอ่านง่ายมาก", "SmallTalk", {"kind": "praise"}),
    ("O", "สวัสดีค่ะทุกท่าน เดือนนี้ฝากดูกำหนดส่งด้วยนะคะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีครับทุกคน ฝากติดตามกำหนดส่งแผนด้วยนะครับ", "SmallTalk", {"kind": "greeting"}),
    ("O", "ฮ่าๆ กองเราค้างส่งเป็นประจำ", "SmallTalk", {"kind": "laugh"}),
    ("L", "555 กองคลังส่งช้าทุกที", "SmallTalk", {"kind": "laugh"}),
    ("B", "ได้ครับพี่ เดี๋ยวส่งก่อนหมดเขต", "SmallTalk", {"kind": "ack"}),
    ("L", "ได้ค่ะ เดี๋ยวอัปขึ้นไดรฟ์ก่อนเที่ยง", "SmallTalk", {"kind": "ack"}),
]


@readings(CHATTER)
def test_courtesy_then_a_remark_is_small_talk(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# A question after the courtesy, a favour asked of the bot, a bare request or a report of
# something done keep their reading.
KEPT = [
    ("L", "ขอบคุณค่ะ แล้วกองคลังส่งหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "รับทราบค่ะ กำหนดส่งแผนวันไหนนะคะ", "Deadlines", {"step": "3"}),
    ("L", "ขอบคุณค่ะ ขอดูกำหนดส่งแผนหน่อย", "Deadlines", {"step": "3"}),
    ("L", "สวัสดีค่ะ สถานะ", "Status", {}),
    ("L", "สวัสดีค่ะ เดือนนี้มีอะไรต้องส่งบ้าง", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "รับทราบค่ะ ส่งแผนแล้วนะคะ", "MarkStep", {"step": "3"}),
    ("L", "ok ส่งแผนเรียบร้อยย", "MarkStep", {"step": "3"}),
    ("L", "ขอบคุณครับ กำหนดส่งแผน", "Deadlines", {"step": "3"}),
    ("L", "สุดยอดบอท สรุปสถานะกองคลัง", "Status", {"unit": "กองคลัง"}),
]


@readings(KEPT)
def test_a_question_favour_or_report_after_courtesy_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


LAUGH_THEN_ASKED = [
    ("O", "ฮ่าๆ กองเราค้างส่งอะไรบ้าง", "Missing", {}),
    ("L", "555 ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "555 ส่งแผนแล้วนะ", "MarkStep", {"step": "3"}),
]


@readings(LAUGH_THEN_ASKED)
def test_a_laugh_first_is_manners_before_a_question_or_report(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 2. orders and wishes are never a step sent ----------------------------------------------
ORDERS = [
    "ช่วยส่งแผนวันนี้ด้วย",
    "ช่วยส่งรายชื่อทีมด้วยนะคะ",
    "ส่งแผนวันนี้ด่วนเลย",
    "ส่งรายงานผลพรุ่งนี้ด่วนเลยนะ",
    "รอให้กองคลังส่งแผนแล้ว",
    "รอให้ ผอ. เซ็นก่อนแล้วค่อยส่งแผน",
]


@pytest.mark.parametrize("text", ORDERS)
def test_orders_and_wishes_store_nothing(text: str) -> None:
    intent, slots = settled(text, "L")
    assert category(intent, slots) != "write", (intent, slots)


STILL_WRITES = [
    ("L", "ส่งแผนวันนี้ค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-15"}),
    ("L", "ส่งแผนด่วนทางไดรฟ์แล้วค่ะ", "MarkStep", {"step": "3", "channel": "google_drive"}),
    ("L", "ช่วยบันทึกว่ากองคลังส่งแผนแล้วด้วย", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


@readings(STILL_WRITES)
def test_reports_beside_the_same_words_stay_writes(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 3. English: a base verb with "already" is done ------------------------------------------
ENGLISH = [
    (
        "L",
        "IT team send plan already ครับ via drive yesterday",
        "MarkStep",
        {
            "step": "3",
            "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
            "channel": "google_drive",
            "done_on": "2025-01-14",
        },
    ),
    ("L", "Finance Division submit plan already ครับ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    (
        "L",
        "IT team already send plan",
        "MarkStep",
        {"step": "3", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
]


@readings(ENGLISH)
def test_english_base_verb_with_already_is_done(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", ["please send plan today", "send plan already?"])
def test_english_orders_and_questions_store_nothing(text: str) -> None:
    intent, slots = settled(text, "L")
    assert category(intent, slots) != "write", (intent, slots)
