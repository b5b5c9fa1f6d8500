"""Round 46, "or not" typed as said, with ล for ร (integrator).

"หลือยัง" is "หรือยัง" as many say it ("ส่งแผนแล้วหลือยัง กองกลาง"): a question, never the step
told done. "เหลือ" (what is left) keeps its own meaning.

"ไอดีไลน์" is a LINE ID, never "ดีไลน์" (a deadline, as round 46's asks46 reads it).
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

OR_NOT_SAID: list[Case] = [
    ("L", "ส่งแผนแล้วหลือยัง กองกลาง", "Status", {"unit": "กองกลาง"}),
    ("L", "ส่งแผนแล้วหลือยัง กองคลัง", "Status", {"unit": "กองคลัง"}),
    ("L", "กองนิติการส่งแผนแล้วหลือเปล่าคะ", "Status", {"unit": "กองนิติการ"}),
    # Near misses: what is left, and the step told done.
    ("L", "เหลือกี่วันส่งแผน", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนแล้ว กองกลาง", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
]


@readings(OR_NOT_SAID)
def test_or_not_typed_as_said_asks(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


LINE_ID: list[Case] = [
    ("L", "ไอดีไลน์ของบอทคืออะไร", "RuleQuestion", {"topic": "channel"}),
    ("L", "ขอไอดีไลน์พี่หน่อยได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "รบกวนผูกไอดีไลน์หนูกับกองนิติการหน่อยค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    # Near miss: the deadline, asked.
    ("L", "ดีไลน์ใกล้สุดตอนนี้คืออะไรครับ", "Deadlines", {}),
]


@readings(LINE_ID)
def test_a_line_id_is_no_deadline(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)
