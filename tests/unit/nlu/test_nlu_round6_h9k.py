"""Issue 9, round 6 (helper h9k): questions about the plan's rules asked with context.

A PMQA 4.0 level asked by its name or by a score is the national levels, never an
indicator's own criteria; a form named inside another topic is that topic (where to send it,
when, which dimension); "ต้องเตรียมอะไร" asks a step's rule; losing points is a deduction;
whether a way of sending "counts" is the channel; a share of the plan's indicators is a
threshold; a meeting asked "already past? which day?" is the meeting; "ลืมแล้ว" states
nothing done. Each sentence is read through ``understand`` and settled against a seed
organisation, like the corpus (L สป.รง., P ปทุมธานี, B สำนักงบประมาณ, O ก.พ.).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from handlers.intents import RuleQuestion, RuleTopic
from handlers.nlu.normalise import normalise
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

LEVEL = {"topic": "level"}
CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # PMQA 4.0 levels by name or by a score, in every organisation.
    ("B", "PMQA ได้ 412 คะแนน ถือว่าอยู่ระดับ Advance หรือเปล่าครับ", "RuleQuestion", LEVEL),
    ("O", "คะแนน PMQA 350 นี่ถึง basic แล้วใช่มั้ย", "RuleQuestion", LEVEL),
    ("P", "ถ้าได้ 480 คะแนน จะเป็นระดับ Significance ไหมคะ", "RuleQuestion", LEVEL),
    ("L", "Advance ต้องมีคะแนนกี่คะแนนขึ้นไปคะ", "RuleQuestion", LEVEL),
    ("B", "significance ต้องได้เท่าไหร่", "RuleQuestion", LEVEL),
    ("O", "ระดับก้าวหน้าต้องได้คะแนนเท่าไร", "RuleQuestion", LEVEL),
    ("P", "pmqa 455 อยู่ระดับ advance หรือ significance คะ", "RuleQuestion", LEVEL),
    ("O", "basic นี่ต้องกี่คะแนนครับ", "RuleQuestion", LEVEL),
    # A form named inside another topic: where to send it, when, which dimension.
    ("L", "แบบฟอร์ม 4 ต้องส่งทางไหนคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแบบฟอร์มที่ 2 ผ่านช่องทางอะไรครับ", "RuleQuestion", {"topic": "channel"}),
    ("L", "แบบฟอร์ม 3 อัปโหลดตรงไหนคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "แบบฟอร์ม 2 แนบที่ไหนครับ", "RuleQuestion", {"topic": "channel"}),
    ("L", "แบบฟอร์ม 1 เปิดให้ส่งช่วงไหนครับ", "Deadlines", {"step": "3"}),
    ("L", "ฟอร์ม 4 ส่งได้ช่วงไหนคะ", "Deadlines", {"step": "4"}),
    ("L", "หมวด 5 อยู่มิติไหนครับ กรอกแบบฟอร์มแล้วไม่แน่ใจ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "ทำแบบฟอร์มอยู่ค่ะ หมวด 2 อยู่ในมิติอะไร", "RuleQuestion", {"topic": "dimensions"}),
    # What a step asks to prepare.
    ("L", "ขั้นตอนที่ 2 ต้องเตรียมเอกสารอะไรบ้างคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอน 4 ต้องเตรียมอะไร", "RuleQuestion", {"topic": "step"}),
    ("L", "step 3 ต้องเตรียมอะไรบ้างครับ", "RuleQuestion", {"topic": "step"}),
    # Losing points is a deduction.
    ("L", "แผนมีแค่ 2 มิติ จะเสียคะแนนไหมครับ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ถ้าขาดมิติที่ 3 จะเสียคะแนนกี่คะแนน", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งช้าไป 1 วัน เสียคะแนนเท่าไหร่คะ", "RuleQuestion", {"topic": "deductions"}),
    # Whether a way of sending counts.
    ("L", "ถ้ากองกลางส่งแผนทางไลน์ จะนับไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งเอกสารทางอีเมลนับว่าส่งแล้วหรือเปล่า", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนใน line กลุ่ม ถือว่าส่งแล้วไหมครับ", "RuleQuestion", {"topic": "channel"}),
    # The plan's percentage rules.
    ("L", "เกณฑ์ 85% มีกี่ข้อ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ร้อยละ 85 มีกี่เรื่องคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ขั้นตอนที่ 5 ต้องบรรลุกี่ตัวคะ", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ตัวชี้วัดในแผนของกองต้องบรรลุกี่ตัว", "RuleQuestion", {"topic": "thresholds"}),
    # The meeting asked whether it is past, and when.
    ("L", "ประชุมชี้แจงจัดไปแล้วใช่ไหม วันไหนนะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "การประชุมชี้แจงผ่านไปแล้วหรือยังคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ประชุมชี้แจงเลยมาแล้วใช่มั้ย จัดวันที่เท่าไร", "RuleQuestion", {"topic": "meeting"}),
    # Forgetting states nothing done.
    ("L", "มิติมีอะไรบ้างนะ จำไม่ได้แล้ว", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "3 มิติมีอะไรบ้าง ลืมไปแล้วค่ะ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "มิติที่ 2 คืออะไรนะ ลืมแล้ว", "RuleQuestion", {"topic": "dimensions"}),
]

# Neighbours that must keep their reading.
KEPT: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "คะแนน PMQA ต้องเท่าไหร่ถึงได้คะแนนเต็ม", "RuleQuestion", LEVEL),
    ("L", "แบบฟอร์ม 4 คืออะไรคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "ขอแบบฟอร์ม 1 หน่อยครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "ดาวน์โหลดแบบฟอร์มได้ที่ไหนคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "กองคลังส่งแผนทางอีเมลแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง", "channel": "email"}),
]


@readings(CASES)
def test_a_rule_question_asked_with_context(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(KEPT)
def test_neighbours_keep_their_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_score_word_before_a_word_starting_with_its_letter_is_kept() -> None:
    assert "คะแนนนี้" in normalise("คะแนนนี้ผ่านไหม")
    assert "คะแนนน้อย" in normalise("ทำไมคะแนนน้อยจัง")
    assert normalise("อืมมมม") == "อืม"


def test_a_pmqa_score_is_read_with_its_number() -> None:
    intent = understand("PMQA 389 คะแนนอยู่ระดับ Basic ใช่ไหม", today=date(2025, 1, 15)).intent
    assert isinstance(intent, RuleQuestion) and intent.topic is RuleTopic.LEVEL
    assert intent.pmqa and intent.number == 389
