"""Round 25: a time of day is no figure, and attending is told only once it is done.

1. A clock time ("10 โมง", "บ่าย 2", "14.00 น.", "9 นาฬิกา") says when, never how much: it is no
   value of a step or of an indicator ("ขอตัวเลขภาพรวม จะเข้าประชุมผู้บริหาร 10 โมง" asked for the
   overview and was read as step 2 attended with a value of 10: a question read as a write).
2. A meeting one will attend ("จะเข้าประชุม…", "พรุ่งนี้จะเข้าร่วมกิจกรรม…") is not attended yet.
Near misses: attendance counted or shared ("เข้าประชุม 3 ครั้ง", "เข้าร่วม 80%") and a meeting
attended with its time ("เข้าประชุมชี้แจงแล้วค่ะ เมื่อวาน 10 โมง") stay step 2's.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

NOT_WRITES = [
    ("L", "ขอตัวเลขภาพรวม จะเข้าประชุมผู้บริหาร 10 โมง"),
    ("L", "จะเข้าประชุมผู้บริหาร 10 โมง"),
    ("L", "พรุ่งนี้จะเข้าประชุม 9 โมงนะคะ"),
    ("L", "บ่ายนี้จะเข้าร่วมกิจกรรมกับกองคลังค่ะ"),
    ("L", "เดี๋ยวบ่าย 2 จะเข้าประชุมครับ"),
]
VALUES_KEPT = [
    ("L", "กองคลังเข้าประชุม 3 ครั้ง", "MarkStep", {"step": "2", "value": "3", "unit": "กองคลัง"}),
    ("L", "ทีม PMQA เข้าร่วม 80% ค่ะ", "MarkStep", {"step": "2", "value": "80"}),
    ("L", "กองคลังเข้าประชุมชี้แจงแล้วค่ะ", "MarkStep", {"step": "2", "unit": "กองคลัง"}),
]
TIMES = [
    ("L", "เข้าประชุม 10 โมง เรียบร้อยครับ", "MarkStep", {"step": "2"}),
    ("L", "บ่าย 2 เข้าประชุมแล้วครับ", "MarkStep", {"step": "2"}),
    ("L", "เข้าร่วมประชุมชี้แจงแล้ว ตอน 14.00 น. ครับ", "MarkStep", {"step": "2"}),
]


@readings([(org, text, "", {}) for org, text in NOT_WRITES])
def test_a_meeting_to_come_is_no_write(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"


@readings(VALUES_KEPT + TIMES)
def test_a_clock_time_is_no_value(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
