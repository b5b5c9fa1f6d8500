"""Round 40 (integrator): a count of steps asked complete ("มีกองไหนได้ครบ 3 ขั้นตอนแล้วบ้าง",
"กองการเจ้าหน้าที่ ๓ ขั้นตอนแรกครบไหม") is where the units stand, not the deadlines (misses of
dev_fresh140 and dev_fresh144 on arrival). Near misses: the count told with no question, asked
when, or asked what it takes stay as they were.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

STEPS_COMPLETE_ASKED: list[Case] = [
    ("L", "ตอนนี้มีกองไหนได้ครบ 3 ขั้นตอนแล้วบ้างคะ", "Status", {}),
    ("L", "กองไหนครบ 3 ขั้นตอนแล้ว", "Status", {}),
    ("L", "กองการเจ้าหน้าที่ ๓ ขั้นตอนแรกครบไหมคะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองคลังครบ 2 ขั้นตอนยังครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "ไอทีส่งครบ 3 ขั้นแล้วใช่ไหม", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
]

NEAR_MISSES: list[Case] = [
    ("L", "ต้องส่งครบ 5 ขั้นตอนเมื่อไหร่คะ", "Deadlines", {}),
    ("L", "ต้องทำครบ 5 ขั้นตอนไหมคะ ถึงจะได้คะแนน", "RuleQuestion", {"topic": "level"}),
]


@readings(STEPS_COMPLETE_ASKED)
def test_a_count_of_steps_asked_complete_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    """Which units have completed the first N steps is where they stand."""
    assert settled(text, org) == (intent, slots)


@readings(NEAR_MISSES)
def test_a_count_of_steps_asked_when_or_why_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    """Asked when, or what a level requires, the count is the deadline or the rule."""
    assert settled(text, org) == (intent, slots)
