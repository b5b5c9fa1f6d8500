"""Round 20 (due): who is still missing and what is due, in the wordings new writers use.

A step slot is never guessed from a word that names no step: a unit word counted ("ค้างส่ง
กี่กอง"), the rest of a word a cue cut in two ("ขาดผลตัว|ชี้วัด"), a cue's own word left when
two cues overlap ("ยัง|รอ|ใคร"), an English word of the list asked ("list"), the day passed
("พ้น 31 ม.ค. ไปแล้ว"). The asker's circumstances before the ask and the purpose after it are
set aside. Near misses keep their readings: a unit's status, a report, a step asked by name.
"""

from __future__ import annotations

from typing import Any

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Who is still missing, asked in new wordings: no step guessed from a word of no step.
MISSING: list[Case] = [
    ("L", "ค้างส่งกี่กองแล้วตอนนี้", "Missing", {}),
    ("L", "ค้างส่งกี่หน่วยงานแล้วคะ", "Missing", {}),
    ("L", "ยังมีกองที่ไม่ได้ส่งอะไรมาเลยสักอย่างมั้ย", "Missing", {}),
    ("L", "ยังรอใครอยู่บ้าง", "Missing", {}),
    ("L", "ยังรอกองไหนอยู่บ้างคะ", "Missing", {}),
    ("P", "ขาดผลตัวชี้วัดไหนอยู่บ้าง จะรวบรวมเสนอท่านผู้ว่าฯ", "Missing", {}),
    ("B", "missing results list pls", "Missing", {}),
    ("L", "who still not send name list ครับ", "Missing", {"step": "1"}),
    ("L", "who still not send plan", "Missing", {"step": "3"}),
    ("O", "ค้างรายงานกี่ตัวชี้วัดครับตอนนี้", "Missing", {}),
    ("O", "ค้างรายงานกี่ตัวแล้วคะ", "Missing", {}),
    ("L", "พ้น 31 ม.ค. ไปแล้ว ใครยังไม่ส่งบ้างคะ", "Missing", {}),
    ("L", "กองไหนค้างformสี่บ้าง", "Missing", {"step": "4"}),
    ("L", "ต้องทวงผลใครบ้างครับ จะทำหนังสือเวียนวันนี้", "Missing", {}),
    # A result due from a body that is none of the units: the indicator's result not yet in.
    ("P", "ผลขยะจาก ทสจ. ยังไม่ได้ส่งเข้ามาใช่ไหมคะ", "Missing", {"indicator": "2"}),
]
# (2) Context around the ask: the asker's leave before it, the purpose after it.
CONTEXT: list[Case] = [
    ("L", "ขอรายชื่อกองที่ยังไม่ส่งเลยค่ะ จะทำหนังสือเวียนตาม", "Missing", {}),
    ("O", "ลาป่วยไปอาทิตย์นึง ตอนนี้เหลือใครยังไม่ส่งบ้างคะ", "Missing", {}),
    ("L", "ลาพักร้อนไปหลายวัน ตอนนี้เหลือกองไหนยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("B", "เหลืออะไรที่ยังไม่ได้ส่งบ้างคะ ผอ.กองจะสรุปเข้าที่ประชุมพรุ่งนี้", "Missing", {}),
    ("B", "เดือนหน้ามีอะไรต้องส่งมั้ยคะ จะลาพักร้อนช่วงกลางเดือน", "Deadlines", {"month": 2}),
    ("L", "ร่างหนังสือเวียนอยู่ค่ะ ขอรายชื่อกองที่ยังไม่ส่งแผนพัฒนาฯ 3 ปี ด้วยนะคะ", "Missing", {"step": "3"}),
    ("O", "ก่อนส่งหนังสือแจ้งเวียน ขอรายชื่อตัวชี้วัดที่ยังไม่รายงานผลด้วยค่ะ", "Missing", {}),
    ("L", "ก่อน 10 ก.ย. มีอะไรต้องส่งบ้างคะ จะลาพักร้อนช่วงนั้น", "Deadlines", {"month": 9}),
]
# (3) What is due, in new wordings.
DUE: list[Case] = [
    ("L", "พ้น 31 ม.ค. ไปแล้ว deadline ถัดไปคืออะไรคะ", "Deadlines", {}),
    ("P", "มิ.ย. ต้องส่งผลอะไรไหมครับ", "Deadlines", {"month": 6}),
    ("P", "ก.ย. ต้องรายงานผลอะไรบ้างคะ", "Deadlines", {"month": 9}),
    ("B", "this month มีอะไร due บ้างครับ", "Deadlines", {"this_month": True, "month": 1}),
    ("L", "ถ้าอัปไฟล์แผนวันที่ ๓๑ มกรา ตอนสี่โมงเย็น ยังนับว่าทันไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "อัปโหลดแผนวันที่ 30 ม.ค. ยังทันไหมครับ", "Deadlines", {"step": "3"}),
    ("B", "this month deadline มีอะไรบ้างครับ", "Deadlines", {"this_month": True, "month": 1}),
    (
        "L",
        "ขอทราบกำหนดการรายงานผลการดำเนินงานตามแผนปฏิบัติการ (แบบฟอร์มหมายเลข ๔) ด้วยครับ",
        "Deadlines",
        {"step": "4"},
    ),
]
# Near misses: a unit's status, a report, a step asked by name keep their readings.
NEAR: list[Case] = [
    ("L", "กองคลังส่งแผนหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "ใครค้างส่งรายชื่อบ้าง", "Missing", {"step": "1"}),
    ("L", "กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ส่งแผนวันที่ 30 ม.ค. ยังทันไหม", "Deadlines", {"step": "3"}),
    ("L", "กำหนดส่งแผนเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("P", "ใครยังไม่ส่งผลขยะ", "Missing", {"indicator": "2"}),
    # Whether the sender's own unit sent it is its status; a unit introduced names it.
    ("L", "เอ๊ะ กองเราส่งแผนไปแล้วหรือยังนะ ใครจำได้บ้าง", "Status", {}),
    (
        "L",
        "สวัสดีค่ะ หนูเป็นเลขากองคลังคนใหม่ อยากทราบว่ากองเราส่งแผนไปหรือยังคะ",
        "Status",
        {"unit": "กองคลัง"},
    ),
    ("L", "ของกองเรายังขาดอะไรอีกมั้ยคะ", "Missing", {}),
    # By a day, its month's dues; a circular passed on or a draft sent stays for colleagues.
    ("L", "ภายใน 5 ก.พ. ต้องส่งอะไรไหมคะ", "Deadlines", {"month": 2}),
    ("L", "ส่งร่างหนังสือเวียนให้ผอ.ดูยังคะ", "Unknown", {}),
    ("L", "ขอทราบกำหนดการประชุมพรุ่งนี้", "Unknown", {}),
    ("L", "แบบฟอร์มหมายเลข 4 ขอดาวน์โหลดได้ที่ไหน", "RuleQuestion", {"topic": "form"}),
]


@readings(MISSING)
def test_who_is_missing_names_no_step_of_no_step_word(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CONTEXT)
def test_the_askers_circumstances_and_purpose_are_set_aside(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DUE)
def test_what_is_due_in_new_wordings(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NEAR)
def test_near_misses_keep_their_readings(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_deadline_acknowledged_or_met_is_never_a_question_of_who_is_missing() -> None:
    # "รับทราบกำหนดส่งแผน 31 ม.ค. ค่ะ" (thanks/ack, another family's) and a report of a step
    # sent in time stay out of who is missing, and never become a write of another step.
    assert settled("รับทราบกำหนดส่งแผน 31 ม.ค. ค่ะ")[0] != "Missing"
    assert category(*settled("ยังรอใครอยู่บ้าง")) == "question"
