"""Round 19 (new corpus parts dev_fresh45-47): questions read as something else, by family,
each with near misses that must keep their reading (reports sharing the words stay writes).

1. Who is still missing, asked indirectly ("ยังไม่เข้ามาจากใครบ้าง", "ยังรอใครอยู่บ้าง",
   "ต้องตามใครบ้าง", "ใครยังเงียบอยู่"): Missing.
2. A step asked unit by unit ("ขั้น 3 ขอดูทีละกอง", "ขั้นตอนที่ 4 ทุกหน่วย"): StepDetails.
3. What is due in a month or a round ("เดือนหน้ามีอะไรต้องส่งไหม"): Deadlines.
4. Rule questions: what a count of plan indicators reaches, where a score came from.
"""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

# -- 1. who is still missing, asked indirectly ----------------------------------------------
WHO_IS_MISSING = [
    ("P", "ผลขยะยังไม่เข้ามาจากใครบ้างคะ", "Missing", {"indicator": "2"}),
    ("L", "แผนยังไม่มาจากกองไหนบ้างครับ", "Missing", {"step": "3"}),
    ("L", "ใครยังเงียบอยู่บ้างเรื่องรายชื่อทีม", "Missing", {"step": "1"}),
    ("L", "สรุปหน่อยว่าต้องตามใครบ้าง", "Missing", {}),
    ("L", "รายงานผลยังรอใครอยู่บ้างคะ", "Missing", {"step": "4"}),
]


@readings(WHO_IS_MISSING)
def test_who_is_missing_asked_indirectly(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# Reports and chatter holding the same words keep their reading.
STILL_WRITES = [
    "กองคลังส่งแผนแล้วค่ะ ยังรอ ผอ. เซ็นฟอร์ม 3 อยู่",
    "ส่งรายชื่อทีมแล้วครับ ไม่ต้องตามแล้วนะ",
]


@pytest.mark.parametrize("text", STILL_WRITES)
def test_reports_sharing_the_words_stay_writes(text: str) -> None:
    intent, slots = settled(text, "L")
    assert category(intent, slots) == "write", (intent, slots)


# -- 2. a step unit by unit -----------------------------------------------------------------
STEP_BY_UNIT = [
    ("L", "ขั้น 3 ขอดูทีละกองครับ", "StepDetails", {"step": "3"}),
    ("L", "ขั้นตอนที่ 1 กองไหนส่งแล้ว กองไหนยังไม่ส่ง ขอดูเป็นรายกอง", "StepDetails", {"step": "1"}),
    ("L", "ขอดูข้อมูลขั้นตอนที่ 2 ทุกหน่วยค่ะ", "StepDetails", {"step": "2"}),
    ("L", "step 4 ขอดูแยกรายกองหน่อย", "StepDetails", {"step": "4"}),
]


@readings(STEP_BY_UNIT)
def test_a_step_asked_unit_by_unit(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_step_reported_for_every_unit_stays_a_write() -> None:
    intent, slots = settled("ขั้นตอนที่ 1 ทุกกองส่งครบแล้วครับ", "L")
    assert category(intent, slots) == "write", (intent, slots)


def test_who_has_not_sent_a_step_stays_missing() -> None:
    assert settled("ขั้นตอนที่ 3 กองไหนยังไม่ส่งบ้าง", "L") == ("Missing", {"step": "3"})


# -- 3. what is due in a month --------------------------------------------------------------
DUE = [
    ("B", "เดือนหน้ามีอะไรต้องส่งไหมคะ", "Deadlines", {"month": 2}),
    ("L", "หลังจากส่งรายชื่อแล้ว อันต่อไปต้องส่งอะไร เมื่อไหร่", "Deadlines", {}),
]


@readings(DUE)
def test_what_is_due_asked(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 4. rule questions ----------------------------------------------------------------------
RULES = [
    ("L", "ถ้าทำได้ 6/8 ตัวนี่ผ่าน85%ไหมคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "กองคลังได้ 4.5 มาจากไหนครับ", "RuleQuestion", {"topic": "why_score"}),
]


@readings(RULES)
def test_rule_questions(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 5. one unit in detail, the history looked back on, a round's report due -----------------
ASKED_MORE = [
    ("L", "ขอแบบละเอียดของกองคลังครับ", "Status", {"unit": "กองคลัง", "detail": True}),
    ("L", "กจ.ได้คะแนนเท่าไหร่แล้ว ขอแบบละเอียด", "Status", {"unit": "กองการเจ้าหน้าที่", "detail": True}),
    ("L", "ย้อนดูที่ทุกคนบันทึกไว้ตั้งแต่ต้นปีงบได้ไหม", "History", {}),
    ("L", "แบบฟอร์ม 4 รายงานรอบ 12 เดือนต้องส่งช่วงไหนคะ", "Deadlines", {"step": "4"}),
]


@readings(ASKED_MORE)
def test_more_questions(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# Writes sharing those words stay writes: a sending dated back, a unit's report.
@pytest.mark.parametrize(
    "text",
    [
        "กองคลังส่งแผนทางไดรฟ์แล้วค่ะ ฉบับละเอียดอยู่ในโฟลเดอร์",
        "กองคลังส่งแผนครบแล้วค่ะ รายละเอียดอยู่ในไดรฟ์",
    ],
)
def test_writes_beside_detail_or_history_words(text: str) -> None:
    intent, slots = settled(text, "L")
    assert category(intent, slots) == "write", (intent, slots)


def test_the_organisation_called_by_its_kind_is_no_unit() -> None:
    assert settled("สรุปภาพรวมสำนักงานให้หน่อยครับ", "L") == ("Status", {})
    assert settled("กองคลังถึงไหนแล้วครับ", "L") == ("Status", {"unit": "กองคลัง"})
