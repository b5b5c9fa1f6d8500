"""Round 28, found on arrival (dev_fresh90): a verdict told of no step is no step's verdict.

"KPI ลดพุงปีนี้ไม่ผ่านอีกแล้ว 555" (the office's waist-slimming goal, a joke) was read as a step
marked failed, its words "ลดพุงปีนี้ อีกแล้ว" taken for a step's name: chatter read as a write.
"ไม่ผ่าน" with words that name no step of the plan, no plan word, no number and no unit tells no
step's result. Near misses: a step, the plan, the meeting or the plan's indicators told failed
(with or without a unit or a share) stay step verdicts.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

NOT_STEPS = [
    ("L", "KPI ลดพุงปีนี้ไม่ผ่านอีกแล้ว 555"),
    ("L", "ลดน้ำหนักปีนี้ไม่ผ่านอีกแล้วค่ะ"),
    ("L", "สอบใบขับขี่ไม่ผ่านครับ 555"),
    ("L", "เลิกกาแฟไม่ผ่านเลยค่ะ"),
    ("L", "วิ่งมินิมาราธอนไม่ผ่านเส้นชัยอีกแล้ว"),
]
STEP_VERDICTS = [
    ("L", "แผนกองคลังไม่ผ่านนะคะ", "MarkStep", {"step": "3", "unit": "กองคลัง", "passed": False}),
    ("L", "ขั้นตอนที่ 2 ไม่ผ่าน", "MarkStep", {"step": "2", "passed": False}),
    ("L", "ขั้น5ไม่ผ่านครับ", "MarkStep", {"step": "5", "passed": False}),
    (
        "L",
        "ไอทีเข้าประชุมได้แค่ 80% ค่ะ ไม่ผ่าน",
        "MarkStep",
        {"step": "2", "value": "80", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "passed": False},
    ),
    (
        "L",
        "แผนของ ศทส. ไม่ผ่านครับ",
        "MarkStep",
        {"step": "3", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "passed": False},
    ),
    ("L", "ตัวชี้วัดตามแผนที่ 5 ไม่บรรลุค่ะ", "MarkStep", {"step": "5", "passed": False, "plan_item": 5}),
]


@readings([(org, text, "", {}) for org, text in NOT_STEPS])
def test_a_verdict_of_no_step_is_no_write(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"


@readings(STEP_VERDICTS)
def test_a_steps_verdict_stays(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
