"""Where things stand, asked with the asker's story around the ask (who asked, when it is
needed, a greeting), with a unit's alias glued to the verb, and the leftover words of a
history, a deadline or a missing-list question: none of those words is an indicator, a unit
or a step (dev_fresh3-6, round 6)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import settled

ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

STORY = [
    # Who asked, when it is needed, a greeting: the organisation's status.
    ("L", "หัวหน้าถามมาครับ ตอนนี้ภาพรวมเราเป็นไงบ้าง", "Status", {}),
    ("O", "บ่ายนี้ท่านอธิบดีประชุม ขอสรุปภาพรวมหน่อยค่ะ", "Status", {}),
    ("P", "ท่านผู้ว่าฯอยากรู้ว่าภาพรวมจังหวัดตอนนี้เป็นยังไงบ้างคะ", "Status", {}),
    ("B", "hi ครับ ขอ overview ตัวชี้วัดหน่อย", "Status", {}),
    ("B", "good morning ค่ะ สรุปสถานะให้หน่อยนะคะ", "Status", {}),
    ("L", "เย็นนี้ต้องรายงานผู้บริหาร ขอสถานะทั้งสป.รง.หน่อยครับ", "Status", {}),
    ("P", "ภาพรวมตัวชี้วัดปทุมธานีตอนนี้เปนไงคะ", "Status", {}),
    ("P", "คืนนี้ต้องทำสไลด์ให้ท่านผู้ว่า สรุปตัวชี้วัดปทุมฯให้หน่อย", "Status", {}),
    # A unit asked about after the story: the unit, never the boss's title.
    ("L", "ผอ.ถามมาค่ะ กองคลังถึงไหนแล้วคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "เช้านี้ท่านผอ.จะถาม กจ.คืบหน้าไปถึงไหนแล้ว", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    # Deadlines and missing lists with the story after the ask.
    ("L", "มีอะไรใกล้ครบกำหนดบ้างครับ หัวหน้าถามมา", "Deadlines", {}),
    ("L", "กองไหนยังไม่ส่งแผนบ้างคะ บ่ายนี้ต้องรายงานท่านผอ.", "Missing", {"step": "3"}),
]


@pytest.mark.parametrize(("org", "text", "intent", "slots"), STORY)
def test_the_askers_story_names_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


LEFTOVERS = [
    # What kind of history and when: the whole history, or one unit's, one indicator's.
    ("B", "ขอประวัติการส่งผลทั้งหมดหน่อยครับ", "History", {}),
    ("P", "ที่ผ่านมามีใครบันทึกอะไรไว้บ้างคะ", "History", {}),
    ("O", "ย้อนหลังที่ผ่านมา ใครแก้อะไรไปบ้าง", "History", {}),
    ("L", "กองคลังส่งอะไรไปเมื่อไหร่บ้างคะ ขอดูย้อนหลัง", "History", {"unit": "กองคลัง"}),
    # A question cut after "ใคร…" goes on in the next words.
    ("B", "ใครส่งค่า DG Readiness ไปล่าสุดครับ ขอดูประวัติ", "History", {"indicator": ["6", "7"]}),
    ("P", "ใครบันทึกผล ขยะ ไปล่าสุดคะ", "History", {"indicator": "2"}),
    # How a missing list is laid out names no step.
    ("L", "ยังไม่ส่งอะไรกันบ้างคะ ขอแยกรายหน่วยงาน", "Missing", {}),
    ("L", "ใครยังค้างส่งบ้าง ขอเป็นรายกองครับ", "Missing", {}),
    # English around deadlines.
    ("L", "any upcoming deadlines?", "Deadlines", {}),
    ("O", "deadlines coming soon?", "Deadlines", {}),
]


@pytest.mark.parametrize(("org", "text", "intent", "slots"), LEFTOVERS)
def test_leftover_words_of_a_question_name_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


SENT_YET = [
    # A unit's alias glued to "ส่ง…ยัง", with a casual particle or a request after it.
    ("L", "ITส่งแผนยังอ่ะ", "Status", {"unit": ICT}),
    ("L", "กนต.ส่งแผนยัง ช่วยเช็คให้ที", "Status", {"unit": "กองนิติการ"}),
    ("L", "กองกลางรายงานผลยังเนี่ย", "Status", {"unit": "กองกลาง"}),
    ("L", "กค.ส่งแผนยังนะ รบกวนดูให้หน่อย", "Status", {"unit": "กองคลัง"}),
    # Results not yet reported: which indicators, or whether one was.
    ("P", "ยังไม่ได้รายงานผลตัวไหนบ้างคะ", "Missing", {}),
    ("B", "ตัวชี้วัดที่ยังไม่รายงานผลมีอะไรบ้างครับ", "Missing", {}),
    ("O", "เรายังขาดผลตัวไหนบ้างคะ", "Missing", {}),
    ("P", "ขยะรายงานผลหรือยังคะ", "Missing", {"indicator": "2"}),
    ("O", "แต่งตั้งรายงานผลไปแล้วยังครับ", "Missing", {"indicator": "2"}),
    # Sending the report of results is step 4: its words stay the step's.
    ("L", "ทุกกองส่งรายงานผลแล้วหรือยังครับ", "Missing", {"step": "4"}),
    ("L", "ส่งรายงานผลแล้วหรือเปล่า", "Missing", {"step": "4"}),
]


@pytest.mark.parametrize(("org", "text", "intent", "slots"), SENT_YET)
def test_sent_yet_and_not_yet_reported(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


STEPS_AND_DUES = [
    # A step in detail: asked in English, "ละเอียด" anywhere, or what it still lacks.
    ("L", "step 4 detail please", "StepDetails", {"step": "4"}),
    ("L", "ขั้นตอนที่ 2 ขอดูแบบละเอียดหน่อยครับ", "StepDetails", {"step": "2"}),
    ("L", "ขั้นที่ 5 ยังค้างอะไรอยู่บ้างคะ", "StepDetails", {"step": "5"}),
    ("L", "ขั้นตอนที่ ๑ ยังขาดอะไรอีกครับ", "StepDetails", {"step": "1"}),
    # Until when a step may be sent.
    ("L", "รายงานผลส่งได้ถึงวันไหนคะ", "Deadlines", {"step": "4"}),
    ("L", "แผนส่งได้จนถึงสิ้นเดือนใช่มั้ยครับ", "Deadlines", {"step": "3"}),
    # "ไม่กี่วัน" (a few days) asks no deadline: the question is who has not sent.
    ("L", "ใครยังไม่ส่งแผนบ้างคะ อีกไม่กี่วันจะครบกำหนดแล้ว", "Missing", {"step": "3"}),
]


@pytest.mark.parametrize(("org", "text", "intent", "slots"), STEPS_AND_DUES)
def test_a_step_in_detail_and_its_due(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
