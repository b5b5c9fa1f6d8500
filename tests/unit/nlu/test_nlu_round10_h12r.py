"""Issue 9, round 10 (h12r): questions about the plan's rules that were read as something else.

What a step needs ("ขั้นตอนที่ 3 ต้องดำเนินการยังไงบ้าง", "…ต้องมี…ด้วยใช่ไหม", "กี่ฉบับ"), which
round holds a step ("ขั้นตอนที่ 4 อยู่รอบไหน", "รอบแรกครอบคลุมขั้นตอนไหน"), what a form holds or
who signs it, which dimension a category is in, the level a run of steps would reach, what a
shortfall would cost ("ถ้า…จะเหลือกี่คะแนน": a hypothetical, never a write), the plan's meeting,
attending through a stand-in, and the reason for a unit's score. Each is read through
``understand`` and settled against a seed organisation, like the corpus; the step, level and
round answers are checked end to end from the plan's data.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.chat import say
from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.reading import text_of
from tests.fakes.seed import COORDINATOR, SOMCHAI, SOMYING, STRANGER, labour
from tests.fakes.understanding import readings, settled


def _rule(topic: str) -> tuple[str, dict[str, Any]]:
    return "RuleQuestion", {"topic": topic}


STEPS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้นตอนที่ 3 ต้องดำเนินการยังไงบ้างครับ", *_rule("step")),
    ("L", "ขั้นตอนที่ 1 หน่วยงานต้องดำเนินการอะไรบ้างคะ", *_rule("step")),
    ("L", "ขั้นตอนที่ 5 ต้องส่งเอกสารกี่ฉบับครับ", *_rule("step")),
    ("L", "ขั้นตอนที่ 3 แผนต้องมีกี่ฉบับคะ", *_rule("step")),
    ("L", "step 4 ต้องแนบรายงานผลด้วยใช่ไหมครับ", *_rule("step")),
    ("L", "ขั้นตอนที่ 1 ต้องใส่ชื่อหัวหน้ากองด้วยใช่มั้ยคะ", *_rule("step")),
]

ROUNDS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "รอบแรกครอบคลุมขั้นตอนไหนบ้างคะ", *_rule("round")),
    ("L", "รอบที่ 2 ครอบคลุมอะไรบ้างครับ", *_rule("round")),
    ("L", "ขั้นตอนที่ 2 กับ 3 อยู่รอบไหนคะ", *_rule("round")),
    ("L", "ขั้นตอนที่ 5 ประเมินรอบไหนครับ", *_rule("round")),
]

FORMS_AND_DIMENSIONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แบบฟอร์ม 3 ใครต้องเซ็นคะ", *_rule("form")),
    ("L", "แบบฟอร์ม 2 ต้องให้ผอ.กองลงนามไหมครับ", *_rule("form")),
    ("L", "ฟอร์ม 4 ต้องใส่ผู้รับผิดชอบด้วยเหรอคะ", *_rule("form")),
    ("L", "หมวด 2 การวางแผนเชิงยุทธศาสตร์ อยู่ทุกมิติเลยเหรอ", *_rule("dimensions")),
    ("L", "หมวด 4 จัดอยู่ในมิติไหนครับ", *_rule("dimensions")),
    # Passed on, not asked: no question about the form.
    ("L", "หัวหน้าฝากบอกว่าแบบฟอร์ม 2 ต้องมีลายเซ็นผู้อำนวยการนะคะ", "Unknown", {}),
]

LEVELS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ถ้าทำถึงขั้นตอนที่ 3 แต่ยังไม่ส่งขั้นตอน 4 จะได้ระดับไหนครับ", *_rule("level")),
    ("L", "ถ้าผ่านขั้นตอน 1-2 จะได้ระดับอะไรคะ", *_rule("level")),
    ("L", "ถ้ากองการเจ้าหน้าที่ผ่านถึงขั้นตอนที่ 3 จะได้กี่คะแนนคะ", *_rule("level")),
    ("L", "ทำครบ 5 ขั้นตอนได้ 5 คะแนนเต็มเลยไหมคะ", *_rule("level")),
    ("L", "ส่งครบทุกขั้นจะได้เต็ม 5 เลยมั้ยครับ", *_rule("level")),
    ("L", "PMQA 4.0 แบ่งเป็นกี่ระดับคะ", *_rule("level")),
    ("L", "PMQA 420 นี่ advance ป่ะ", *_rule("level")),
]

# What a shortfall would cost, asked as a case: a question, never a write.
COSTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "แผนขาดไป 2 มิติ หักเท่าไหร่คะ", *_rule("deductions")),
    ("L", "แผนไม่มีมิติที่ 3 ตัดกี่คะแนนครับ", *_rule("deductions")),
    ("L", "ถ้าส่งแผนขาดไปหนึ่งมิติ จะเหลือกี่คะแนนคะ", *_rule("deductions")),
    ("L", "ถ้าแผนไปถึงไดรฟ์ช้าไป 2 วัน จะเหลือกี่คะแนนครับ", *_rule("deductions")),
    ("L", "ถ้าบรรลุ 7 จาก 10 ตัวชี้วัด จะได้กี่คะแนนครับ", *_rule("deductions")),
    ("L", "ถ้าตัวชี้วัดในแผนบรรลุแค่ครึ่งเดียว จะเหลือกี่คะแนนคะ", *_rule("deductions")),
    # The share that keeps the points, not the points lost.
    ("L", "ตัวชี้วัดในแผนต้องบรรลุกี่ตัวถึงไม่โดนหักคะ", *_rule("thresholds")),
    ("L", "แผนต้องบรรลุเป้ากี่เปอร์เซ็นต์ถึงจะไม่โดนตัดครับ", *_rule("thresholds")),
]

MEETING_AND_REASONS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ประชุมชี้แจงวันที่ 20 ธ.ค. เริ่ม 10 โมงใช่ไหมคะ", *_rule("meeting")),
    ("L", "ประชุมชี้แจงต้องไปกี่คนครับ", *_rule("meeting")),
    ("L", "ส่งลูกน้องไปประชุมแทน นับเปอร์เซ็นต์ให้หรือเปล่าคะ", *_rule("attendance")),
    # Who falls short of the attendance step: who has not passed it.
    ("L", "กองไหนยังเข้าประชุมไม่ถึง 85% บ้างครับ", "Missing", {"step": "2"}),
    ("L", "หน่วยงานไหนเข้าประชุมไม่ครบ 85% บ้าง", "Missing", {"step": "2"}),
    ("L", "มีใครเข้าประชุมน้อยกว่าเกณฑ์บ้างคะ", "Missing", {"step": "2"}),
    ("L", "ถ้าเข้าประชุมไม่ถึง 85% จะเป็นยังไง", *_rule("attendance")),
    ("L", "อยากทราบเหตุผลที่กองคลังได้คะแนนแค่ 3 คะแนนค่ะ", *_rule("why_score")),
    ("L", "ขอทราบเหตุผลที่ศูนย์ไอทีได้ 2.5 ครับ", *_rule("why_score")),
]


@readings(STEPS + ROUNDS + FORMS_AND_DIMENSIONS + LEVELS + COSTS + MEETING_AND_REASONS)
def test_rule_questions_read_as_their_topic(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.fixture
def mol() -> FakePorts:
    return fake_ports(labour(), members=[COORDINATOR, SOMCHAI, SOMYING])


def test_what_a_step_needs_is_answered_from_the_plan(mol: FakePorts) -> None:
    answer = text_of(say(mol, "ขั้นตอนที่ 3 ต้องดำเนินการยังไงบ้างครับ", STRANGER))
    assert answer.startswith("ขั้นตอนที่ 3 ส่งแผนพัฒนาฯ 3 ปี")
    assert "ต้องมีกิจกรรมครบทั้ง 3 มิติ" in answer


def test_the_level_a_run_of_steps_reaches_is_its_last_step(mol: FakePorts) -> None:
    answer = text_of(say(mol, "ถ้าผ่านขั้นตอน 1-3 แต่ยังไม่ทำขั้นตอน 4 จะได้ระดับอะไรครับ", STRANGER))
    assert answer.startswith("ระดับ 3 ต้องผ่านขั้นตอนที่ 1–3")
    assert "ขั้นตอนที่ 4" not in answer
    answer = text_of(say(mol, "ถ้าผ่านถึงขั้นตอนที่ 4 จะได้กี่คะแนนคะ", STRANGER))
    assert answer.startswith("ระดับ 4 ต้องผ่านขั้นตอนที่ 1–4")


def test_the_round_of_a_step_lists_the_rounds(mol: FakePorts) -> None:
    answer = text_of(say(mol, "ขั้นตอนที่ 4 อยู่รอบไหนคะ", STRANGER))
    assert "รอบที่ 2:\n• ขั้นตอนที่ 4" in answer
