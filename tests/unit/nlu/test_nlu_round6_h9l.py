"""Round 6, the Labour ministry's writes (h9l): a unit named by its short name or alias glued
to other words, day/month dates and dates glued to words, channels implied by ฟอร์ม, dimensions
stated as not done yet, a step failed with the attendance short of its threshold, a corrected
attendance, a unit's score in a one-indicator plan, and a step reported with a tag question
("…แล้วค่ะ ทาง google form ถูกใช่มั้ยคะ"). Each write has its question side, which stays a
question."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import WRITES
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import settled

ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # A unit's alias or short name beside a typed step, or before the attendance.
    ("ขั้นตอนที่ 1 กจ.ส่งแล้วนะครับ", "MarkStep", {"step": "1", "unit": "กองการเจ้าหน้าที่"}),
    ("step 4 ไอที done ครับ", "MarkStep", {"step": "4", "unit": ICT}),
    ("กนต.เข้าร่วมประชุม 88% ค่ะ", "MarkStep", {"step": "2", "unit": "กองนิติการ", "value": "88"}),
    # A day and month written with a slash after a word of when.
    ("ขั้นตอนที่ 4 ส่งแล้วครับ เมื่อ 10/1", "MarkStep", {"step": "4", "done_on": "2025-01-10"}),
    ("step 1 submitted on 3/12 ครับ", "MarkStep", {"step": "1", "done_on": "2024-12-03"}),
    # A Thai date glued to the word after it.
    ("กก.ส่งรายชื่อทีมเมื่อ 28พย.ทางไลน์ค่ะ", "MarkStep",
     {"step": "1", "unit": "กองกลาง", "done_on": "2024-11-28", "channel": "line"}),
    # A form filled in is the Google Form.
    ("กรอกฟอร์มรายชื่อทีมแล้วครับ", "MarkStep", {"step": "1", "channel": "google_form"}),
    ("ขั้นตอนที่ 1 ส่งฟอร์มไปแล้วจ้า", "MarkStep", {"step": "1", "channel": "google_form"}),
    # Dimensions sent and one not done yet; every dimension said as ครบมิติ.
    ("ส่งแผนแล้ว มิติ 2 กับ 3 ส่วนมิติ 1 ยังไม่เสร็จค่ะ", "MarkStep", {"step": "3", "dims": [2, 3]}),
    ("กค.ส่งแผนแล้ว มิติ1 มิติ3ยังไม่ได้ทำ", "MarkStep",
     {"step": "3", "unit": "กองคลัง", "dims": [1, 2]}),
    ("ส่งแผนครบมิติแล้วครับ", "MarkStep", {"step": "3", "dims": [1, 2, 3]}),
    # The plan where it was sent to: "อยู่ในไดรฟ์แล้ว".
    ("แผนกองกลางอยู่ใน google drive แล้วครับ ครบ 3 มิติ", "MarkStep",
     {"step": "3", "unit": "กองกลาง", "channel": "google_drive", "dims": [1, 2, 3]}),
    # A plan of N years names no value.
    ("ส่งแผน 3 ปีเรียบร้อยแล้วครับ", "MarkStep", {"step": "3"}),
    # A corrected attendance: never the figure said not to be.
    ("แก้ไขค่ะ เข้าร่วมประชุม 95% ไม่ใช่ 59%", "MarkStep", {"step": "2", "value": "95"}),
    # A failed step: the threshold not reached is no attendance figure.
    ("กจ.เข้าประชุมไม่ถึง 85% ขั้นตอนที่ 2 ไม่ผ่านค่ะ", "MarkStep",
     {"step": "2", "unit": "กองการเจ้าหน้าที่", "passed": False}),
    ("ขั้นตอนที่ 2 ไอทีไม่ผ่านนะคะ เข้าร่วมประชุมไม่ครบ", "MarkStep",
     {"step": "2", "unit": ICT, "passed": False}),
    # A unit's score in a plan of one indicator is that indicator's.
    ("กองกลางได้ 3.5 คะแนนครับ", "SubmitValue",
     {"indicator": "1", "value": "3.5", "raw_value": "3.5", "unit": "กองกลาง"}),
    ("กนต. ได้ระดับ 4 ครับ", "SubmitValue",
     {"indicator": "1", "value": "4", "raw_value": "4", "unit": "กองนิติการ"}),
    ("บันทึกผลกจ. 4.5 ค่ะ", "SubmitValue",
     {"indicator": "1", "value": "4.5", "raw_value": "4.5", "unit": "กองการเจ้าหน้าที่"}),
    # The unit glued after the measure word, beside a typed code.
    ("บันทึกคะแนนกองนิติการ kpi 1 ได้ 4 ครับ", "SubmitValue",
     {"indicator": "1", "value": "4", "raw_value": "4", "unit": "กองนิติการ"}),
    ("ส่งผลกองกลางตัวชี้วัดที่ 1 = 3", "SubmitValue",
     {"indicator": "1", "value": "3", "raw_value": "3", "unit": "กองกลาง"}),
    # A step reported, then a tag question on it: still the report.
    ("ส่งแผนแล้วครับ ทาง google drive ถูกต้องไหมครับ", "MarkStep",
     {"step": "3", "channel": "google_drive"}),
    ("กค.ส่งรายชื่อทีมเรียบร้อยแล้วค่ะ ถูกใช่มั้ยคะ", "MarkStep", {"step": "1", "unit": "กองคลัง"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "intent", "slots"), CASES)
def test_a_write_of_the_family_is_read_and_settled(
    text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        # The tag question's look-alikes that ask.
        "ส่งรายชื่อแล้วใช่มั้ยคะ",
        "ส่งทาง google form ได้ไหมคะ",
        "ส่งแผนแล้วหรือยัง",
        "ส่งแล้วค่ะ ต้องส่งทางไหนอีกไหมคะ",
        "กองคลังส่งแผนแล้วใช่ไหมครับ",
        "ส่งแล้วค่ะ ทาง google form ได้ไหมคะ",
        # Dates and dimensions in questions.
        "ขั้นตอนที่ 4 ต้องส่งภายใน 10/1 ใช่ไหม",
        "มิติ 2 ยังไม่เสร็จ ส่งแผนได้ไหมคะ",
        "ส่งแผนครบมิติหรือยังคะ",
        # Failing and scores asked about.
        "เข้าประชุมไม่ถึง 85% ขั้นตอนที่ 2 ไม่ผ่านใช่ไหม",
        "ศทส. ได้ระดับ 3 ไหมคะ",
        "กองคลังได้กี่คะแนน",
        "ต้องได้ระดับ 3 ถึงจะผ่านใช่ไหม",
        "กรอกฟอร์มได้ที่ไหนคะ",
        "ส่งรายชื่อแล้วค่ะ ทาง google form ถูกใช่มั้ยคะ?",
        "ขั้นตอนที่ 3 ไอทีส่งแล้วหรือยัง",
        "ไอทีเข้าร่วมประชุม 92% ผ่านไหม",
        "กองคลังได้ 4 คะแนนใช่ไหม",
        "บันทึกคะแนนกองคลังได้ไหมคะ",
        "แผนอยู่ในไดรฟ์แล้วหรือยังคะ",
        "ถ้าเข้าประชุมไม่ถึง 85% จะไม่ผ่านเลยเหรอ",
    ],
)
def test_the_question_side_is_never_a_write(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)


@pytest.mark.parametrize("text", ["รูปอยู่ในไลน์แล้วนะคะ", "ถ้าเข้าประชุมไม่ถึง 85% ก็ไม่ผ่าน"])
def test_chat_and_the_rule_said_are_no_write(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)
