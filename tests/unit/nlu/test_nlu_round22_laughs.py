"""Round 22 (dev_fresh62–63): laughs, apologies, members' news and card replies, by family,
each with near misses that must keep their reading.

1. A laugh ("555…", a run of three 5s or more, a word of its own) opening a remark that holds
   a sending word ("555 ส่งทันเส้นยาแดงเลย", "555 เกือบลืมส่งแล้ว") is a laugh, never the
   figure of a value; a figure with its measure ("ขยะ 555 ตัน") or named by the words before
   it ("ขยะ 555") stays a value, and a report beside the laugh stays the report.
2. An apology and thanks, each with what it is for ("ขอโทษที่ส่งช้านะคะ ขอบคุณที่รอค่ะ"):
   thanks, unless a report, a figure or a question stands beside them.
3. Members' news that is not for the bot: a meeting put off ("ประชุมสรุปผลตัวชี้วัดเลื่อน
   เป็นวันศุกร์นะครับ"), a part waited for from another office ("…รอสำนักพัฒนาระบบฯ ส่งมา
   ก่อนนะครับ"); asked, they stay questions.
4. Card replies: a yes with the card named ("ตกลงครับ บันทึกตามการ์ดเลย") confirms; a no that
   says the indicator is wrong and names the right one without a figure ("ไม่ใช่ครับ ผิดตัว
   ต้องเป็น master data") drops the card; with a figure it is the correction.
"""

from __future__ import annotations

import pytest

from tests.fakes.understanding import read_as_writes, readings, settled

LAUGH = ("SmallTalk", {"kind": "laugh"})
THANKS = ("SmallTalk", {"kind": "thanks"})

# -- 1. a laugh before a remark with a sending word --------------------------------------------
LAUGHS = [
    ("L", "555 ส่งทันเส้นยาแดงเลย", *LAUGH),
    ("O", "555 เกือบลืมส่งแล้ว", *LAUGH),
    ("L", "5555 ส่งทันพอดี", *LAUGH),
    ("L", "555 ส่งช้าไปนิด", *LAUGH),
    ("B", "555555 ส่งไม่ทันแล้ว", *LAUGH),
    ("L", "555+ เกือบลืมส่ง", *LAUGH),
    # Near misses: a laugh at the bot stays a laugh; a report beside the laugh stays the
    # report; a figure with its measure, or named by the words before it, stays a value.
    ("L", "555 บอทตอบไว", *LAUGH),
    ("L", "5555 ส่งแผนแล้ว", "MarkStep", {"step": "3"}),
    ("P", "ขยะ 555 ตัน", "SubmitValue", {"indicator": "2", "value": "555", "raw_value": "555"}),
    ("P", "ขยะ 555", "SubmitValue", {"indicator": "2", "value": "555", "raw_value": "555"}),
    ("P", "5555 คน ท่องเที่ยว", "IndicatorQuery", {"indicator": "3"}),
    ("P", "555 ขยะ 300 ตัน", "SubmitValue", {"indicator": "2", "value": "300", "raw_value": "300"}),
]


@readings(LAUGHS)
def test_a_laugh_is_never_a_value(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 2. an apology and thanks ------------------------------------------------------------------
APOLOGIES = [
    ("L", "ขอโทษที่ส่งช้านะคะ ขอบคุณที่รอค่ะ", *THANKS),
    ("L", "ขอโทษที่ตอบช้านะครับ ขอบคุณที่รอครับ", *THANKS),
    ("B", "ขออภัยที่ล่าช้าค่ะ ขอบคุณค่ะ", *THANKS),
    ("O", "ขอโทษค่ะ ขอบคุณค่ะ", *THANKS),
    # Near misses: thanks first stays thanks; an apology alone to a colleague is their chat; a
    # report or a question beside the courtesy is the message.
    ("L", "ขอบคุณค่ะ ขอโทษที่ถามเยอะนะคะ", *THANKS),
    ("L", "ขอโทษที่ตอบช้านะครับ ติดประชุมอยู่", "Unknown", {}),
    ("L", "ขอโทษที่ส่งช้านะคะ กองคลังส่งแผนแล้วค่ะ ขอบคุณค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ขอโทษที่ถามบ่อยนะคะ ขอบคุณค่ะ ส่งแผนได้ถึงวันไหนคะ", "Deadlines", {"step": "3"}),
]


@readings(APOLOGIES)
def test_an_apology_and_thanks(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 3. members' news not for the bot -----------------------------------------------------------
NEWS = [
    ("L", "ประชุมสรุปผลตัวชี้วัดเลื่อนเป็นวันศุกร์นะครับ", "Unknown", {}),
    ("L", "ประชุมชี้แจงตัวชี้วัดเลื่อนไปบ่ายสองนะคะ", "Unknown", {}),
    ("L", "ประชุมติดตามแผนเลื่อนเป็นวันจันทร์นะครับ", "Unknown", {}),
    ("L", "พี่ครับ ข้อมูลแต่งตั้งรอสำนักพัฒนาระบบฯ ส่งมาก่อนนะครับ", "Unknown", {}),
    ("L", "ข้อมูลแต่งตั้งรอกองคลังส่งมาก่อนนะ", "Unknown", {}),
    # Near misses: the meeting or a deadline asked stays asked; a reminder put off for a
    # meeting stays the bot's; a report before the wait stays the report.
    ("L", "ประชุมชี้แจงตัวชี้วัดเลื่อนไปวันไหนคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "กำหนดส่งแผนเลื่อนเป็นวันศุกร์ใช่ไหม", "Deadlines", {"step": "3"}),
    ("L", "เลื่อนเตือนไปพรุ่งนี้ก่อนนะคะ วันนี้ประชุมทั้งวัน", "PostponeReminder", {}),
    ("L", "กองคลังส่งแผนแล้ว รอกองกลางส่งมาก่อน", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


@readings(NEWS)
def test_members_news_is_not_for_the_bot(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 4. card replies ----------------------------------------------------------------------------
CARD_REPLIES = [
    ("L", "ตกลงครับ บันทึกตามการ์ดเลย", "Confirm", {}),
    ("L", "ใช่ค่ะ บันทึกตามการ์ดได้เลย", "Confirm", {}),
    ("L", "ไม่ใช่ครับ ผิดตัว ต้องเป็น master data", "Cancel", {}),
    ("P", "ไม่ใช่ค่ะ ผิดตัว ต้องเป็นขยะ", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ ผิดตัวชี้วัด", "Cancel", {}),
    # Near misses: a figure given is the correction; the right unit named corrects the unit;
    # the card doubted or asked about is no yes.
    ("L", "ไม่ใช่ค่ะ ตัวเลขต้องเป็น 52.8", "SubmitValue", {"value": "52.8", "raw_value": "52.8"}),
    ("L", "ไม่ใช่ค่ะ ผิดกอง ต้องเป็นกองกลาง", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ตกลงครับ การ์ดผิด", "SmallTalk", {"kind": "ack"}),
]


@readings(CARD_REPLIES)
def test_card_replies(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- questions that must never become writes --------------------------------------------------
QUESTIONS = [
    "555 ส่งทันเส้นยาแดงไหม",
    "5555 ขยะได้เท่าไหร่",
    "555 ส่งขยะยังคะ",
    "ขอโทษที่ถามบ่อยค่ะ ขอบคุณค่ะ ขยะได้เท่าไหร่",
    "ประชุมสรุปผลตัวชี้วัดเลื่อนเป็นวันไหนคะ",
    "ต้องรอกองคลังส่งมาก่อนไหม",
    "บันทึกตามการ์ดได้ไหม",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_these_questions_are_never_writes(text: str) -> None:
    assert read_as_writes([text]) == []
