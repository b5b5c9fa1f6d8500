"""Round 19 (fx-corr): replies to the confirmation card, read wrong in dev_fresh45-47.

A correction of one detail of the entry just shown (the day by its weekday, the unit by its
name "ที่ถูกคือ…", the channel said with the one denied after it, the dimensions with "เท่านั้น",
the documents with what was attached, a value told against the old one) is that detail alone,
flagged a correction: the rest is the card's. A no to the card with its reason ("ขอยกเลิก
รายการนี้ก่อน ขอตรวจสอบกับ…", "อย่าเพิ่งลงนะคะ ผอ. ยังไม่ได้เซ็น") drops the card and takes
back no entry. A reminder asked again on a later day ("เตือนอีกรอบวันจันทร์ได้ไหม") is put off,
and what it waits for ("รอ สพร. ส่งผลมา") names no step.

Near misses: asking whether one may correct or cancel stays a question or no write; a
weekday told of a plan to send is no correction.
"""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

CORRECTIONS: list[Case] = [
    ("L", "แก้ไขครับ ส่งวันจันทร์ ไม่ใช่วันอังคาร", "MarkStep", {"done_on": "2025-01-13"}),
    ("L", "ขอแก้ค่ะ ส่งวันศุกร์ ไม่ใช่วันพฤหัส", "MarkStep", {"done_on": "2025-01-10"}),
    ("L", "แก้วันที่ให้หน่อยครับ ส่งวันศุกร์ที่ 10 ม.ค.", "MarkStep", {"done_on": "2025-01-10"}),
    ("L", "ขอแก้ไขข้อมูลที่แจ้งไปครับ กองคลังส่งเมื่อวันที่ ๙ ม.ค. มิใช่วันที่ ๘ ม.ค.", "MarkStep",
     {"unit": "กองคลัง", "done_on": "2025-01-09"}),
    ("L", "ชื่อกองผิดครับ ที่ถูกคือ กค.", "MarkStep", {"unit": "กองคลัง"}),
    ("L", "อ้าว ที่บอกว่าส่งแผนกองกลางน่ะ จริงๆ เป็นของกองคลังครับ", "MarkStep", {"unit": "กองคลัง"}),
    ("L", "ขอแก้ช่องทางเป็นอีเมลนะครับ ไม่ได้ส่งทางไดรฟ์", "MarkStep", {"channel": "email"}),
    ("L", "ขอแก้ช่องทางครับ กจ.ส่งแบบกระดาษ ไม่ได้ส่งไดรฟ์", "MarkStep",
     {"unit": "กองการเจ้าหน้าที่", "channel": "paper"}),
    ("L", "ผิดค่ะ มีมิติ 1 กับ 3 เท่านั้น", "MarkStep", {"dims": [1, 3]}),
    ("L", "ขอแก้ครับ มิติที่ส่งไปมีมิติ 1 กับ 2 มิติสุดท้ายยังไม่ได้ใส่", "MarkStep", {"dims": [1, 2]}),
    ("L", "แก้ตรงเอกสารเป็นครบแล้วครับ เพิ่งแนบฟอร์ม 2 ตามไป", "MarkStep", {"documents": "complete"}),
    ("L", "แก้หน่อยครับ เอกสารยังไม่ได้แนบเลยสักไฟล์ ไม่ใช่แนบไม่ครบ", "MarkStep",
     {"documents": "missing"}),
    ("L", "แก้เป็น 37 รายการค่ะ เมื่อกี้พิมพ์เกินไปหลักนึง", "SubmitValue", {"value": "37", "raw_value": "37"}),
    ("L", "ขอโทษครับ เมื่อกี้ใส่ 8 ชุด จริงๆ 9 ชุด", "SubmitValue", {"value": "9", "raw_value": "9"}),
    ("L", "ขอโทษค่ะ 21 รายการผิด จริงๆ 24", "SubmitValue", {"value": "24", "raw_value": "24"}),
]  # fmt: skip

CARD_REPLIES: list[Case] = [
    ("L", "ยกเลิกครับ เมื่อกี้ไม่ได้ตั้งใจจะให้บันทึก", "Cancel", {}),
    ("L", "ขอยกเลิกรายการนี้ก่อนครับ ขอตรวจสอบกับเจ้าของตัวชี้วัดอีกครั้ง", "Cancel", {}),
    ("L", "ช่างมันก่อนค่ะ ยังไม่ต้องบันทึก", "Cancel", {}),
    ("L", "เดี๋ยวๆ อย่าเพิ่งลงนะครับ หัวหน้ายังไม่ได้เซ็นเลย", "Cancel", {}),
    # Withdrawing what was stored stays an undo (as older parts label it).
    ("L", "ยกเลิกรายการที่ส่งไปเมื่อกี้ค่ะ", "Undo", {}),
    ("L", "เตือนอีกรอบวันศุกร์ได้ไหมครับ", "PostponeReminder", {}),
    ("L", "ขอเลื่อนเตือนไปก่อนครับ รอ สถ. ส่งข้อมูลมา", "PostponeReminder", {}),
]  # fmt: skip


@readings(CORRECTIONS)
def test_a_correction_of_one_detail_is_that_detail(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CARD_REPLIES)
def test_a_reply_to_the_card(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


# Asking whether one may correct or cancel, or telling a plan: never a write.
NEAR_MISSES = [
    "แก้วันที่ได้ไหมครับ",
    "แก้วันที่ส่งได้ไหมคะ ส่งวันศุกร์",
    "ยกเลิกได้ไหมคะ",
    "ขอแก้ช่องทางได้ไหมคะ",
    "บอทจะเตือนอีกรอบวันจันทร์ไหมคะ",
    "กองคลังจะส่งวันจันทร์ ไม่ใช่วันอังคาร",
    "แก้ไขครับ ส่งวันจันทร์หน้า ไม่ใช่วันอังคาร",
    "ผิดครับ มีมิติ 2 กับ 3 เท่านั้นเหรอ",
    "ยังไม่ต้องลงชื่อนะ",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_question_or_plan_is_never_a_write(text: str) -> None:
    intent, _ = settled(text)
    assert category(intent, {}) != "write"
