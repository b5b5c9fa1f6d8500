"""The question-or-write decision, tested on both sides."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import WRITES, MarkStep, Missing, SubmitValue
from handlers.nlu.normalise import normalise
from handlers.nlu.questions import asks
from handlers.registry import understand

TODAY = date(2025, 1, 15)
QUESTIONS = (
    "ขอลิงก์ google drive ส่งแผนหน่อยค่ะ",
    "ขอลิงค์ส่งรายงานผลหน่อยครับ",
    "ขอแบบฟอร์มแผนหน่อยค่ะ",
    "ส่งแผนทางอีเมลได้มั้ยคะ",
    "ส่งเป็นกระดาษได้ไหมครับ",
    "ส่งแผนแล้วหรือยัง",
    "ส่งรายชื่อแล้วยัง",
    "กองคลังส่งรายงานผลหรือยังคะ",
    "เข้าประชุม 80% ผ่านมั้ย",
    "ส่งแผนผ่าน google drive ใช่ไหมคะ",
    "ขยะ 52.3 เหรอ",
    "ขยะ 52.3?",
    "ขั้นตอนที่ 3 ส่งแล้วรึยัง",
    "ส่งผล ขยะ 52.3 ได้ไหม",
    "ลงทะเบียนกองคลังยังไง",
    "ยกเลิกที่ส่งล่าสุดได้ไหม",
    # Chat spellings of the asking particles.
    "ส่งแผนแล้วป่ะ",
    "ส่งแผนแล้วปะ",
    "ส่งแผนแล้วใช่ปะคะ",
    "ส่งแผนแล้วจริงป่ะ",
    "ส่งแผนแล้วเปล่า",
    "ส่งแล้วใช่มะ",
    "ขยะ 52.3 ใช่ป่ะ",
    "ส่งแผนแล้วม้าย",
    "ขยะ 52.3 หรือ 53 ดี",
    # A choice between two ways asks which one, whatever ends it.
    "ส่งแผนทางอีเมลหรือส่งเป็นเล่มคะ",
    "รายงานผลส่งใน google form หรือทำหนังสือส่งครับ",
    "ขั้นตอนที่ 4 ส่งแล้ว หรือยังต้องรอหัวหน้าเซ็นคะ",
    "ส่งแผนแล้วนะคะ ไม่ทราบว่าต้องทำอะไรต่อ",
    "ส่งแผนไปแล้วค่ะ ได้รับไหมคะ",
    "ถ้าบรรลุ 7 จาก 8 ตัวชี้วัดจะผ่านไหม",
    # An asking word mistyped, or "หรือ" alone at the end.
    "ส่งแผนแล้วหรือยง",
    "ส่งแผนแล้วรึยงั",
    "ส่งแผนแล้วหรือ",
    # Asking someone else to send.
    "สรุปประชุมเมื่อวานส่งให้หน่อย",
    "แผนกองคลังส่งมาทีนะคะ",
)
WRITE_MESSAGES = (
    "ส่งผล ขยะ 52.3",
    "ขอส่งผล ขยะ 52.3 ครับ",
    "ขยะ 52.3 ครับ",
    "ขยะได้ 60 เปอร์เซ็นต์แล้วค่ะ",
    "ส่งแผนแล้วนะคะ",
    "ส่งรายงานผลทาง Google Drive แล้วค่ะ",
    "ขั้นตอนที่ 3 ส่งแล้ว ขาดมิติ 2",
    "เข้าประชุม 90%",
    "ขอยกเลิกที่ส่งไปครับ",
    "ลงทะเบียน กองคลัง",
    # Particles that sound like asking but state.
    "ส่งแผนแล้วน้า",
    "ส่งแผนแล้วเน้อ",
    "ส่งแผนแล้วนะจ๊ะ",
    "ส่งแผนแล้วค่ะ รบกวนตรวจสอบด้วยนะคะ",
    "ส่งแผนเรียบร้อยแล้วค่าา",
    "ขั้นตอนที่ 3 ส่งแล้วจ้า",
    "ช่วยบันทึกผลขยะ 52.3 ให้หน่อย",
    "รบกวนบันทึกขั้นตอนที่ 3 ว่าส่งแล้วค่ะ",
    "ส่งแผนมาที่กองยุทธศาสตร์แล้วค่ะ",
    "แผนส่งแล้วเมื่อวานค่ะ",
)


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_never_starts_a_write(text: str) -> None:
    assert asks(normalise(text), text)
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)


@pytest.mark.parametrize("text", WRITE_MESSAGES)
def test_a_statement_or_a_polite_command_stays_a_write(text: str) -> None:
    assert not asks(normalise(text), text)
    assert isinstance(understand(text, today=TODAY).intent, WRITES)


@pytest.mark.parametrize(
    "text", ["ส่งแผนแล้วป่ะ", "ส่งแผนแล้วมั้ยคะ", "ส่งแผนแล้วเหรอ", "ส่งแผนแล้วใช่ไหม", "ส่งแผนแล้วหรือ"]
)
def test_whether_a_step_was_sent_asks_who_has_not_in_every_particle(text: str) -> None:
    assert understand(text, today=TODAY).intent == Missing(step="แผน")


def test_a_question_with_a_value_is_not_a_submission_but_a_statement_is() -> None:
    assert isinstance(understand("ส่งผล ขยะ 52.3", today=TODAY).intent, SubmitValue)
    assert not isinstance(understand("ส่งผล ขยะ 52.3 ใช่มั้ย", today=TODAY).intent, SubmitValue)
    assert isinstance(understand("ส่งแผนทาง google drive แล้ว", today=TODAY).intent, MarkStep)
    assert not isinstance(
        understand("ส่งแผนทาง google drive ได้เลยใช่มั้ยคะ", today=TODAY).intent, MarkStep
    )
