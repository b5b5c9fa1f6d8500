"""Round 25 (steps3): steps, deadlines and who is missing.

A step's window checked by a weekday ("ส่งแผนได้ตั้งแต่วันศุกร์นี้เลยมั้ย", "ส่งรายชื่อหมดเขต
วันศุกร์นี้ใช่ไหม") is its deadline, as a date is; so is the month a form is sent in, checked ("ฟอร์ม 4 ต้อง
ส่งเดือนกันยาใช่ไหม"), how many things are due ("ก.ย. 68 มีกี่อย่างที่ต้องส่ง") and the days left
asked in English ("how many days left for the plan?"). Who has not sent is asked in English
("who's pending?"), with the plan mistyped ("แพน"), with how soon it is wanted ("ขอแบบด่วนๆ"),
with whom the asker will chase ("…จะโทรตาม") and of several units listed by short names ("คลัง
นิติ ไอที ส่งแผนกันยัง"). A step reported keeps its day ("ส่งไปวันจันทร์", "step 1 done 27/11"),
its documents ("ส่งครบทั้งแผนและเอกสารประกอบ"), its unit cut short ("นิติ…") and the dimensions
said after ไม่มี ("มีแค่มิติ 1 ยังไม่มี 2 กับ 3"). None of the questions is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Deadlines: a weekday, a month checked, things counted, English.
DEADLINES: list[Case] = [
    ("L", "ส่งแผนได้ตั้งแต่วันศุกร์นี้เลยมั้ย", "Deadlines", {"step": "3"}),
    ("L", "ส่งรายชื่อหมดเขตวันศุกร์นี้ใช่ไหม", "Deadlines", {"step": "1"}),
    ("L", "กองคลังส่งแผนได้ตั้งแต่วันจันทร์หน้าใช่ไหม", "Deadlines", {"step": "3"}),
    ("L", "ฟอร์ม 4 ต้องส่งเดือนกันยาใช่ไหมคะ", "Deadlines", {"step": "4"}),
    ("L", "แบบฟอร์ม 4 ส่งเดือนกันยายนใช่มั้ย", "Deadlines", {"step": "4"}),
    ("L", "ก.ย. 68 มีกี่อย่างที่ต้องส่งครับ", "Deadlines", {"month": 9}),
    ("L", "how many days left for the plan?", "Deadlines", {"step": "3"}),
    ("L", "how many days left for the team list?", "Deadlines", {"step": "1"}),
]
DEADLINES_NEAR: list[Case] = [
    ("L", "ส่งแผนได้ตั้งแต่วันที่ 17 ใช่มั้ย", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนแล้วตั้งแต่วันศุกร์", "MarkStep", {"step": "3", "done_on": "2025-01-10"}),
    ("L", "แบบฟอร์ม 4 ต้องกรอกอะไรบ้าง", "RuleQuestion", {"topic": "form"}),
    ("L", "ส่งฟอร์ม 4 เดือนกันยาแล้ว", "MarkStep", {"step": "4"}),
    ("L", "กันยามีกี่อย่างต้องส่ง", "Deadlines", {"month": 9}),
]

# (2) Who has not sent.
MISSING: list[Case] = [
    ("L", "ขอ list กองที่ยังไม่ส่งแผน จะโทรตาม", "Missing", {"step": "3"}),
    ("L", "ขอรายชื่อหน่วยที่ค้างส่งแผน จะได้ตามทวง", "Missing", {"step": "3"}),
    ("L", "who's pending?", "Missing", {}),
    ("L", "who is still pending?", "Missing", {}),
    ("L", "ใครยังไม่ส่งแพน", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งนะ ขอแบบด่วนๆ", "Missing", {}),
    ("L", "คลัง นิติ ไอที ส่งแผนกันยัง", "Missing", {"step": "3"}),
    ("L", "นิติ ไอที ส่งแผนกันยัง", "Missing", {"step": "3"}),
]
MISSING_NEAR: list[Case] = [
    ("L", "ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งแบบฟอร์ม 4", "Missing", {"step": "4"}),
    ("L", "ไอทีส่งแผนหรือยัง", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "เดี๋ยวพี่จะโทรตามกองคลังเอง", "Unknown", {}),
    ("L", "แพนเค้กอร่อยมาก", "Unknown", {}),
    ("L", "ส่งแพนแล้ว", "MarkStep", {"step": "3"}),
]

# (3) A step reported: its day, documents, unit and dimensions.
REPORTED: list[Case] = [
    ("L", "ขั้นตอนที่สามเรียบร้อยแล้วค่ะ ส่งไปวันจันทร์", "MarkStep", {"step": "3", "done_on": "2025-01-13"}),
    ("L", "step 1 done 27/11", "MarkStep", {"step": "1", "done_on": "2024-11-27"}),
    ("L", "plan sent 14/1", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    (
        "L",
        "ขั้นตอน 3 เสร็จแล้วครับ ส่งครบทั้งแผนและเอกสารประกอบ",
        "MarkStep",
        {"step": "3", "documents": "complete"},
    ),
    (
        "L",
        "นิติส่งแผนพร้อมเอกสารครบแล้ว",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "documents": "complete"},
    ),
    ("L", "นิติส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองนิติการ"}),
    ("L", "ส่งแผนแล้ว มีแค่มิติ 1 ยังไม่มี 2 กับ 3", "MarkStep", {"step": "3", "dims": [1]}),
    ("L", "ส่งแผนแล้ว มิติ 1 กับ 2 ไม่มี 3", "MarkStep", {"step": "3", "dims": [1, 2]}),
    (
        "L",
        "ส่งแผนพัฒนาหน่วยงานฯ ระยะ 3 ปีแล้วค่ะ แต่มีแค่มิติที่ 1 กับ 3 มิติยึดประชาชนเป็นศูนย์กลางยังไม่มีกิจกรรม",
        "MarkStep",
        {"step": "3", "dims": [1, 3]},
    ),
    ("L", "ส่ง form 1-3 ครบแล้ว done", "MarkStep", {"step": "3", "documents": "complete"}),
]
REPORTED_NEAR: list[Case] = [
    ("L", "step 2 done 6/7 ครั้ง", "MarkStep", {"step": "2", "met": 6, "of": 7}),
    ("L", "ขอเลื่อนส่งแผนไปวันจันทร์", "Unknown", {}),
    ("L", "นิติกรส่งแผนแล้ว", "MarkStep", {"step": "3"}),
    ("L", "ส่งแผนแล้ว มิติ 1 กับ 3 มิติ 2 ยังไม่เสร็จ", "MarkStep", {"step": "3", "dims": [1, 3]}),
    ("L", "ส่งแผนครบทั้ง 3 มิติ", "MarkStep", {"step": "3", "dims": [1, 2, 3]}),
    (
        "L",
        "ขอสถานะของศูนย์เทคโนโลยีสารสนเทศฯ หน่อยครับ",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
]

ASKED = [text for _, text, *_ in DEADLINES + DEADLINES_NEAR[:1] + MISSING] + [
    "ส่งครบทั้งแผนและเอกสารประกอบหรือยัง",
    "ส่งแผนเริ่มวันศุกร์นี้ใช่ไหม",
]


@readings(DEADLINES + DEADLINES_NEAR)
def test_a_deadline_checked_by_a_weekday_a_month_or_a_count(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MISSING + MISSING_NEAR)
def test_who_has_not_sent_asked_every_way(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REPORTED + REPORTED_NEAR)
def test_a_step_reported_keeps_its_day_documents_unit_and_dimensions(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert read_as_writes(ASKED, "L") == []
