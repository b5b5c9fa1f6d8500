"""Chatter and questions that hold words of a write never store or open a card (a review of
this session's new write rules found each of these opening one): someone else reminded or a
reminder put off for someone, a unit someone came from, a score someone else got, a question
passed on ("ผอ.ถามมาว่า…"), a report hedged ("…แล้วมั้ง"). A soft "…แล้วเนาะ" still reports."""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import WRITES
from tests.fakes.understanding import settled

CHATTER = [
    ("L", "อย่าลืมเตือนพี่ก่อน 3 วันนะ"),
    ("L", "พี่จะเตือนวันครบกำหนดเอง"),
    ("L", "เตือนน้องๆ ก่อน 2 วันด้วยนะ"),
    ("L", "ค่อยเตือนเขาพรุ่งนี้ละกัน"),
    ("L", "เดี๋ยวไว้เตือนน้องๆ พรุ่งนี้"),
    ("L", "เดี๋ยวค่อยแจ้งเตือนทีหลังนะพี่"),
    ("L", "มาจากกองคลังค่ะ"),
    ("L", "ย้ายมาจากกองคลังนะ"),
    ("L", "ลูกชายสอบได้คะแนน 95 ดีใจมาก"),
    ("L", "ทีมฟุตบอลได้ 3 คะแนน"),
    ("L", "ได้ยินว่ากองกลางได้ 3.5 คะแนน"),
    ("L", "ศทส. ได้ระดับ 3 มั้ง"),
    ("L", "กองกลางไม่ได้ระดับ 3"),
    ("L", "ผอ.ถามมาว่าแผนส่งแล้ว"),
    ("L", "ขั้นตอนที่ 3 ส่งแล้วมั้งคะ"),
    ("L", "กองคลังส่งแผนแล้วมั้ง"),
    ("O", "คะแนน PMQA ปี 2566 = 380 มั้ง"),
    ("P", "ลูกสาวสอบได้ 3 คะแนนเต็ม 5"),
]


@pytest.mark.parametrize(("org", "text"), CHATTER, ids=[c[1] for c in CHATTER])
def test_chatter_and_hedges_store_nothing(org: str, text: str) -> None:
    assert settled(text, org)[0] not in WRITES


STILL_WRITES = [
    ("L", "ตั้งเตือนก่อน 3 วัน", "ReminderSettings"),
    ("L", "รอบหน้าเตือนเช้าวันครบกำหนดด้วย และก่อน 2 วัน", "ReminderSettings"),
    ("L", "ไว้เตือนพรุ่งนี้ละกัน", "PostponeReminder"),
    ("L", "ผมมาจากกองการเจ้าหน้าที่ครับ เพิ่งย้ายมา", "RegisterUnit"),
    ("L", "ศทส. ได้ระดับ 3 ค่ะ", "SubmitValue"),
    ("L", "กองคลังได้ 4 คะแนนค่ะ บันทึกให้ด้วยนะคะ", "SubmitValue"),
    ("L", "ขั้นตอนที่ 3 ส่งแล้วค่ะ", "MarkStep"),
]


@pytest.mark.parametrize(("org", "text", "intent"), STILL_WRITES, ids=[s[1] for s in STILL_WRITES])
def test_the_plain_writes_still_write(org: str, text: str, intent: str) -> None:
    assert settled(text, org)[0] == intent
