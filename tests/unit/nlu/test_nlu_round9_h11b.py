"""Issue 9, round 9 (h11b): answers to the confirmation card said with more words (a yes with
what was checked or restated, a held or misspelt yes, a no with its reason), taking back the
entry just recorded, and small talk said at more length (praise of the bot's work, a greeting
with wishes or its addressee, thanks followed by what the speaker does next, "เข้าใจละ", a
laugh at the bot). A yes or a no followed by a request or a report stays that request."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

# 1. A yes with what was checked, as stated or restated: the card is confirmed.
YES_WITH_A_REASON: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ยืนยันค่ะ ทวนแล้วถูกต้องครบทุกรายการ", "Confirm", {}),
    ("P", "ยืนยันครับ เช็คแล้วถูกทุกรายการ", "Confirm", {}),
    ("B", "ขอยืนยันตามที่บอทสรุปครับ", "Confirm", {}),
    ("O", "ใช่ครับ ข้อมูลถูกต้องตามนั้นทุกประการ", "Confirm", {}),
    ("L", "ถูกต้องค่ะ ดำเนินการบันทึกต่อได้เลยค่ะ", "Confirm", {}),
    ("P", "ตกลงครับ ยืนยันการบันทึกตามนี้", "Confirm", {}),
    ("B", "ถูกต้องตามที่บอททวนมาครับ ยืนยัน", "Confirm", {}),
    ("L", "ใช่ครับ กองกลาง ถูกต้องแล้ว", "Confirm", {}),
    ("P", "ถูกแล้วค่ะ 45.5 บันทึกเลยนะคะ", "Confirm", {}),
    ("P", "ยืนยันครับ ตัวเลขตรงกับที่อำเภอแจ้งมา", "Confirm", {}),
    ("O", "ยืนยันค่ะ ตรงกับเอกสารต้นฉบับ", "Confirm", {}),
    ("L", "ใช่ค่ะ เรียบร้อยแล้ว บันทึกได้เลย", "Confirm", {}),
    ("B", "ข้อมูลตรงกันแล้วครับ บันทึกได้", "Confirm", {}),
]


@readings(YES_WITH_A_REASON)
def test_a_yes_with_a_reason_or_a_restatement_confirms(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# 2. A yes held, misspelt, said to a superior or with an emoji in the middle.
HELD_YES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "okkk ครับ", "Confirm", {}),
    ("P", "okk ยืนยันครับ", "Confirm", {}),
    ("B", "ช่ายค่ะ ถูกแล้ว", "Confirm", {}),
    ("O", "ยืนยีนค่ะ", "Confirm", {}),
    ("L", "โอเคครับ ยืนยีน", "Confirm", {}),
    ("P", "ยืนยันน ครับ", "Confirm", {}),
    ("B", "ยืนยันค้าบ ตัวเลขถูกละ", "Confirm", {}),
    ("O", "ok ค่ะท่าน", "Confirm", {}),
    ("L", "ยืนยันครับ 👌 ถูกหมดเลย", "Confirm", {}),
    ("P", "ได้เลยครับ กดยืนยันให้ทีนะ", "Confirm", {}),
]


@readings(HELD_YES)
def test_a_held_or_misspelt_yes_confirms(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# 3. A no with its reason: the card is dropped ("รายการนี้" is the card, not the last entry).
NO_WITH_A_REASON: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ไม่ต้องบันทึกค่ะ ตัวเลขยังไม่เป็นทางการ", "Cancel", {}),
    ("P", "ยกเลิกก่อนนะคะ สสจ.ยังไม่ยืนยันข้อมูล", "Cancel", {}),
    ("B", "ยังไม่ต้องบันทึกครับ รอท่านปลัดอนุมัติก่อน", "Cancel", {}),
    ("O", "ขอยกเลิกก่อนครับ ข้อมูลยังไม่ผ่านการตรวจสอบจากหัวหน้า", "Cancel", {}),
    ("L", "ยกเลิกค่ะ กดส่งซ้ำ", "Cancel", {}),
    ("P", "ไม่ใช่ครับ ตัวเลขสลับกัน", "Cancel", {}),
    ("B", "ไม่ใช่ค่ะ ตัวชี้วัดผิด เดี๋ยวพิมพ์ใหม่", "Cancel", {}),
    ("O", "cancel ค่ะ ยังไม่ได้รับหนังสือแจ้งผล", "Cancel", {}),
    ("L", "ไม่ต้องค่ะ ตัวเลขยังไม่นิ่ง", "Cancel", {}),
    ("P", "ยกเลิกรายการนี้นะครับ ตัวเลขไม่ถูกต้อง", "Cancel", {}),
    ("B", "ไม่ต้องบันทึกนะครับ ยกเลิก รอผลรอบสองก่อน", "Cancel", {}),
]


@readings(NO_WITH_A_REASON)
def test_a_no_with_its_reason_cancels(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# 4. Taking back what was recorded a moment ago is an undo, not a no to a card.
TAKE_BACK: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอถอนการบันทึกเมื่อสักครู่ค่ะ ใส่ตัวเลขผิด", "Undo", {}),
    ("P", "ลบการบันทึกเมื่อครู่ด้วยครับ", "Undo", {}),
    ("B", "ขอถอนการบันทึกเมื่อกี้นะคะ วันที่ผิด", "Undo", {}),
    ("O", "ยกเลิกการบันทึกเมื่อครู่นี้ครับ ผิดตัว", "Undo", {}),
]


@readings(TAKE_BACK)
def test_taking_back_what_was_just_recorded_is_an_undo(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# 5. Small talk said at more length.
SMALL_TALK: list[tuple[str, str, str, dict[str, Any]]] = [
    # Praise of the bot's work.
    ("L", "บอทตอบได้ละเอียดดีมากค่ะ", "SmallTalk", {"kind": "praise"}),
    ("P", "น้องบอทสรุปได้ครบถ้วนดีจัง", "SmallTalk", {"kind": "praise"}),
    ("B", "ทำงานไวมาก ชื่นชมครับ", "SmallTalk", {"kind": "praise"}),
    ("O", "บอทคำนวณได้แม่นยำมากครับ", "SmallTalk", {"kind": "praise"}),
    ("L", "สรุปได้ชัดเจนมากเลยค่ะ ชื่นชม", "SmallTalk", {"kind": "praise"}),
    ("P", "บอทตอบรวดเร็วทันใจดีค่ะ", "SmallTalk", {"kind": "praise"}),
    # A greeting with wishes, a time of day, or whom it greets.
    ("L", "สวัสดีปีใหม่ 2568 ครับ ขอให้ทุกท่านสุขภาพแข็งแรง", "SmallTalk", {"kind": "greeting"}),
    ("P", "สุขสันต์วันปีใหม่ค่ะ ขอให้มีความสุขมากๆ", "SmallTalk", {"kind": "greeting"}),
    ("B", "morning ครับ", "SmallTalk", {"kind": "greeting"}),
    ("O", "good afternoon ค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีค่ะ ทีมงาน PMQA ทุกท่าน", "SmallTalk", {"kind": "greeting"}),
    ("P", "อรุณสวัสดิ์ครับ ทีมงานตัวชี้วัดจังหวัด", "SmallTalk", {"kind": "greeting"}),
    # Thanks, then what the speaker will do next; thanks to the bot for what it did.
    ("L", "ขอบคุณค่ะ เดี๋ยวหนูสรุปเข้าที่ประชุมต่อ", "SmallTalk", {"kind": "thanks"}),
    ("B", "ขอบคุณครับ จะสรุปเรียนท่านรองต่อครับ", "SmallTalk", {"kind": "thanks"}),
    ("P", "ขอบคุณมากค่ะ เดี๋ยวเอาผลขยะไปใส่รายงานประจำเดือน", "SmallTalk", {"kind": "thanks"}),
    ("O", "ขอบคุณบอทที่ช่วยสรุปผลให้นะคะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณน้องบอทที่สรุปตัวเลขให้ครับ", "SmallTalk", {"kind": "thanks"}),
    # Understood now.
    ("L", "อ้อ เข้าใจละค่ะ", "SmallTalk", {"kind": "ack"}),
    ("P", "โอเคครับ เข้าใจละ", "SmallTalk", {"kind": "ack"}),
    ("B", "อ๋อ ทราบละครับ", "SmallTalk", {"kind": "ack"}),
    # A laugh at the bot, compared with someone.
    ("L", "555 บอทจำเก่งกว่าพี่อีก", "SmallTalk", {"kind": "laugh"}),
    ("P", "5555 น้องบอทเก่งกว่าพี่อีกนะ", "SmallTalk", {"kind": "laugh"}),
    ("O", "ฮ่าๆ น้องบอทรู้เยอะกว่าพี่อีกนะ", "SmallTalk", {"kind": "laugh"}),
]


@readings(SMALL_TALK)
def test_small_talk_said_at_more_length(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# 6. A yes, a no, thanks or a greeting followed by a real request or report stays it; a
# question or a hedge is no answer to the card.
STAYS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขอบคุณครับ ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "ยกเลิกการเตือนด้วยครับ", "ReminderSettings", {"action": "off"}),
    ("L", "ยกเลิกรายการที่ส่งไปเมื่อครู่ค่ะ", "Undo", {}),
    ("P", "สวัสดีค่ะ ขยะได้เท่าไหร่แล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]


@readings(STAYS)
def test_a_request_after_courtesy_or_an_answer_stays_the_request(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "ยืนยันค่ะ แต่ตัวเลขยังไม่ถูก",
        "ยืนยันค่ะ เดี๋ยวเช็คอีกที",
        "ถูกต้องไหมคะ 45.5",
        "okk ไหมครับ",
        "ใช่ครับ กองกลาง ยังไม่ส่ง",
        "ใช่ค่ะ กองคลังส่งแผนแล้ว",
        "ยืนยันครับ ตรวจแล้วยังไม่ครบ",
        "ขอยืนยันอีกทีว่าส่งแผนถึงวันไหนคะ",
    ],
)
def test_a_question_a_report_or_a_hedge_confirms_nothing(text: str) -> None:
    assert settled(text, "L")[0] != "Confirm"


@pytest.mark.parametrize(
    "text",
    [
        "ไม่ต้องค่ะ เดี๋ยวพี่ทำเอง",
        "ไม่ต้องรีบนะคะ",
        "ไม่ต้องส่งสรุปรายสัปดาห์แล้วครับ",
        "ยกเลิกได้ไหมคะ ถ้ายังไม่อนุมัติ",
        "ยกเลิกรายการที่บันทึกเมื่อครู่ครับ",
    ],
)
def test_chat_a_setting_a_question_or_an_undo_cancels_nothing(text: str) -> None:
    assert settled(text, "L")[0] != "Cancel"


@pytest.mark.parametrize(
    "text",
    [
        "ขอบคุณค่ะ เดี๋ยวขอดูสถานะกองคลังหน่อย",
        "ขอบคุณครับ เดี๋ยวช่วยสรุปผลขยะให้หน่อย",
        "บอทสรุปผลขยะให้หน่อย",
        "ขอบคุณพี่ๆ ที่ช่วยจัดงานเมื่อวานนะคะ",
        "555 พี่ส่งแผนยัง",
        "สวัสดีค่ะ ทีมงานกองคลังส่งแผนแล้วนะคะ",
        "กองคลังบันทึกไวดีจัง",
    ],
)
def test_a_request_or_talk_to_colleagues_is_no_small_talk(text: str) -> None:
    assert settled(text, "L")[0] != "SmallTalk"
