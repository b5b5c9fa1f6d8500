"""A typed yes or no with the words people add to it is still the yes or the no."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import Cancel, Confirm, Intent, ReminderSettings, Undo
from handlers.registry import understand

TODAY = date(2025, 1, 15)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ใช่ค่ะ ถูกต้อง", Confirm()),
        ("ยืนยันค่ะ ถูกต้องแล้ว", Confirm()),
        ("ถูกต้องครับ ยืนยัน", Confirm()),
        ("โอเค ยืนยันค่ะ", Confirm()),
        ("ยืนยันครับ ตัวเลขถูกแล้ว", Confirm()),
        ("ยืนยันเลยค่ะ", Confirm()),
        ("ไม่ใช่ครับ ผิด", Cancel()),
        ("ยกเลิกๆ ผิดตัว", Cancel()),
        ("ไม่เอาค่ะ ยกเลิก", Cancel()),
        ("ยกเลิกก่อนค่ะ ยังไม่ต้องบันทึก", Cancel()),
        ("ไม่ต้องบันทึกครับ", Cancel()),
        # A yes as restated, or a no with a short aside about checking or retyping.
        ("ยืนยันครับ ข้อมูลตามนี้", Confirm()),
        ("โอเคค่ะ ยืนยันตามนั้น", Confirm()),
        ("ยกเลิกครับ ขอตรวจอีกรอบ", Cancel()),
        ("ยกเลิกค่ะ ตัวเลขยังไม่นิ่ง", Cancel()),
        ("ไม่ต้องบันทึกค่ะ ยกเลิกก่อน", Cancel()),
        ("เอ๊ะ ไม่เอาแล้วครับ", Cancel()),
        ("ไม่ใช่อันนั้นค่ะ ยกเลิก", Cancel()),
        ("ยกเลิกๆ พิมพ์ผิดครับ", Cancel()),
        ("ยกเลิกๆ กดพลาดค่ะ", Cancel()),
        ("ยกเลิกครับ ตัวเลขยังไม่ final", Cancel()),
    ],
)
def test_yes_or_no_with_words_around_it(text: str, intent: Intent) -> None:
    assert understand(text, today=TODAY).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "ยืนยันผลขยะ 52.3 ได้ไหม",  # asks
        "ใช่ไหมคะ",
        "ถูกต้องหรือเปล่า",
        "ยกเลิกที่ส่งล่าสุด",  # withdraws a row: Undo
        "ปิดการเตือน",
        "ใช่ครับ แต่ยังไม่ได้ส่งแผน",  # more than a yes
        # a yes with words saying something is wrong or not yet must never save the draft
        "ใช่ ตัวเลขผิด",
        "ใช่ ผิดค่า",
        "ตกลง ผิดตัว",
        "ยืนยัน ผิด",
        "ยืนยัน ไม่ส่ง",
        "ใช่ ยังไม่ถูก",
        "ok ยังก่อน",
        "ยกเลิกได้ป่ะคะ ถ้ากดผิด",  # asks
        "ยืนยันตามนี้ป่ะ",
        "ไม่ต้องบันทึกใช่ไหมคะ",
        "ยกเลิกแล้วจะหายไหม",
        "ยืนยันครับ แต่ตัวเลขยังไม่ถูก",  # more than a yes
        "ยืนยันค่ะ เดี๋ยวเช็คอีกที",  # an aside takes a yes back, never a no
        "ยกเลิกที่ส่งไปเมื่อกี้",  # another act
        "ยกเลิกการเตือนด้วยค่ะ",
        "ไม่ใช่กองคลังค่ะ กองกลาง",  # names a unit
        "ไม่เอาแผนนี้ค่ะ ส่งใหม่ขั้นตอนที่ 3",  # names the plan
        "ไม่ใช่ว่าไม่อยากส่งนะคะ แต่ช่วงนี้งานเยอะมากจริงๆ ยังไม่มีเวลาทำเลย",  # a long aside
        # Chat with colleagues while a card is open: a no about something else (lunch, a
        # meeting, who came) keeps the draft -- the aside must be about checking or retyping.
        "ไม่เอาแล้ว เดี๋ยวไปกินข้าวก่อน",
        "ไม่เอาค่ะ อิ่มแล้ว",
        "ไม่ใช่ค่ะ พี่เขาไม่ได้มา",
        "ยกเลิกนัดพรุ่งนี้",
        "ไม่ใช่ครับ ผมหมายถึงพรุ่งนี้",
    ],
)
def test_a_question_another_act_or_more_than_a_yes_or_no_is_not_one(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, Confirm | Cancel)


def test_a_withdrawal_and_a_setting_keep_their_own_readings() -> None:
    assert understand("ยกเลิกที่ส่งล่าสุด", today=TODAY).intent == Undo()
    assert isinstance(understand("ยกเลิกการเตือน", today=TODAY).intent, ReminderSettings)


@pytest.mark.parametrize(
    "text",
    [
        "ได้ค่ะ ตามนี้เลยค่ะ",
        "ได้ครับ ตามนี้ครับ",
        "ได้ค่ะ ตามนี้",
        "ได้ครับ ตามนั้นเลยครับ",
        "ได้ครับ ถูกต้องครับ",
        "ได้ครับ ตามนี้เลยนะครับ",
        "ได้ค่ะ ยืนยันตามนี้ค่ะ",
        "ได้จ้า ถูกแล้วจ้า",
        "ได้เลยครับ ตามนี้",
        "โอเคค่ะ ตามนั้นเลย",
    ],
)
def test_a_plain_yes_with_as_stated_confirms(text: str) -> None:
    assert understand(text, today=TODAY).intent == Confirm()


@pytest.mark.parametrize(
    "text",
    ["ได้ค่ะ", "ได้ครับพี่ เดี๋ยวผมทำให้", "ได้ตามนี้ไหมคะ", "ส่งได้ตามนี้หรือยังครับ", "ได้ครับ แต่ยังไม่ถูกต้อง"],
)
def test_a_plain_yes_alone_or_asked_confirms_nothing(text: str) -> None:
    assert understand(text, today=TODAY).intent != Confirm()
