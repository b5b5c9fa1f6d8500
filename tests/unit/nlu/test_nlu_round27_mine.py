"""Round 27, found on arrival: a meeting about to be attended is not attended.

"สถานะหน่อยคร้าบบ รีบๆ เดี๋ยวเข้าประชุมผู้บริหาร 9 โมง" asked for the status and was read as step 2
attended (a question read as a write): "เดี๋ยว…" (in a moment), "กำลังจะ…", "ต้อง…", "เตรียม(ตัว)…"
and "ขอตัวไป…" before a meeting say it is still to come, as "จะ…" already did.
Near misses: a meeting attended, with a count or a share, stays step 2's.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

NOT_WRITES = [
    ("L", "สถานะหน่อยคร้าบบ รีบๆ เดี๋ยวเข้าประชุมผู้บริหาร 9 โมง"),
    ("L", "เดี๋ยวเข้าประชุมผู้บริหาร 9 โมง"),
    ("L", "เดี๋ยวไปเข้าประชุมก่อนนะคะ"),
    ("L", "กำลังจะเข้าประชุม 10 โมงครับ"),
    ("L", "บ่ายนี้ต้องเข้าประชุม 2 ชั่วโมง"),
    ("L", "เตรียมตัวเข้าร่วมกิจกรรมพรุ่งนี้ค่ะ"),
    ("L", "ขอตัวไปเข้าประชุมก่อนนะครับ"),
    ("L", "ขอภาพรวมหน่อยค่ะ เดี๋ยวต้องเข้าร่วมประชุมกับท่านปลัด"),
]
ATTENDED = [
    ("L", "กองคลังเข้าประชุม 3 ครั้ง", "MarkStep", {"step": "2", "value": "3", "unit": "กองคลัง"}),
    ("L", "กองคลังเข้าประชุมชี้แจงแล้วค่ะ", "MarkStep", {"step": "2", "unit": "กองคลัง"}),
    ("L", "กองกลางเข้าร่วมประชุมชี้แจงเรียบร้อยแล้วครับ", "MarkStep", {"step": "2", "unit": "กองกลาง"}),
    ("L", "ทีม PMQA เข้าร่วม 80% ค่ะ", "MarkStep", {"step": "2", "value": "80"}),
]


@readings([(org, text, "", {}) for org, text in NOT_WRITES])
def test_a_meeting_about_to_start_is_no_write(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert category(*settled(text, org)) != "write"


@readings(ATTENDED)
def test_a_meeting_attended_stays_step_2(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
