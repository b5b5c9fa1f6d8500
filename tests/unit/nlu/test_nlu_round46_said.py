"""Round 46, "or not" typed as said, with ล for ร (integrator).

"หลือยัง" is "หรือยัง" as many say it ("ส่งแผนแล้วหลือยัง กองกลาง"): a question, never the step
told done. "เหลือ" (what is left) keeps its own meaning.
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
