"""Round 15 (fixC1): questions. The aspect asked before or after a long indicator title, two
indicators sharing words told apart by the measure typed in English ("DG readiness level",
"… score"), English words glued to Thai ("ลงชื่อในform"), the team's people called "member",
a status asked in detail or of every unit, and deadline questions told from what is missing."""

from __future__ import annotations

from typing import Any

from handlers.intents import stores
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import readings, settled

_IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (A) Two indicators sharing words: the measure typed in English after the name tells them
# apart (the seed reports name them "ระดับความพร้อม…" and "คะแนนความพร้อม…").
MEASURE_IN_ENGLISH: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "DG readiness levelได้ขั้นไหน", "IndicatorQuery", {"indicator": "6", "aspect": "tier"}),
    (
        "B",
        "DG readiness level ปีนี้อยู่ระดับไหนคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "B",
        "dg readiness score ได้เท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "result"},
    ),
    ("B", "DG Readiness scoreล่าสุดเท่าไร", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    (
        "O",
        "DG readiness level ของเราผ่านไหม",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "tier"},
    ),
    (
        "O",
        "DG readiness score ปีนี้ได้เท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "result"},
    ),
    # Named without its measure, both are still asked.
    ("B", "DG readiness ได้เท่าไหร่", "IndicatorQuery", {"indicator": ["6", "7"], "aspect": "result"}),
]


@readings(MEASURE_IN_ENGLISH)
def test_the_measure_typed_in_english_tells_two_indicators_apart(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (B) English words glued to Thai are words all the same; the team's people called "member".
GLUED_ENGLISH: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "หน่วยไหนยังไม่ได้ลงชื่อในformบ้าง", "Missing", {"step": "1"}),
    ("L", "กองไหนยังไม่กรอกformรายชื่อบ้างคะ", "Missing", {"step": "1"}),
    ("O", "member ที่ลงทะเบียนแล้วมีกี่คนคะ", "Members", {}),
    ("O", "memberที่ลงทะเบียนไว้มีใครบ้าง", "Members", {}),
    ("L", "member ของกองคลังมีใครบ้างคะ", "Members", {"unit": "กองคลัง"}),
    ("L", "member ทีม PMQA มีใครบ้างคะ", "Members", {}),
    ("L", "ใครยังไม่ได้กรอกชื่อใน google form บ้างครับ", "Missing", {"step": "1"}),
]


@readings(GLUED_ENGLISH)
def test_english_words_glued_to_thai(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_the_round_is_a_write() -> None:
    for _, text, _, _ in (*MEASURE_IN_ENGLISH, *GLUED_ENGLISH):
        assert not stores(understand(text, today=TODAY).intent), text
