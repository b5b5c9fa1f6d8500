"""Round 28 (aspects6): which indicator, and which aspect, a question about one asks.

The organisation's own name before a measure word ("คะแนน PMQA 4.0 ของ ก.พ. ตอนนี้เท่าไหร่")
leaves the measure the question: the score, as "คะแนน PMQA ของเราเท่าไหร่" (a title that starts
with the measure, "คะแนน DG readiness ของ ก.พ. ได้เท่าไหร่", stays its result). The indicator
titled by its level picked by the word ("DG readiness ตัวระดับ ได้ขั้นไหน") is that one, as is
the level asked by its word ("DG readiness ได้ระดับไหน", since round 33); a score asked of the
keyword two indicators share ("…ได้กี่คะแนน") stays both, as the corpus labels it as often.
PMQA's level chosen between two names, no figure typed ("PMQA ของจังหวัดตอนนี้ระดับ Basic
หรือ Advance") is its tier; with a figure, the rule. The full score or a level's criteria of
a named indicator ("ตัวชี้วัดระบบราชการ 4.0 คะแนนเต็มกี่คะแนน") is its criteria
("คะแนนเต็มตัวชี้วัดนี้คือ 5 ใช่ไหม" stays the rule). None is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) The organisation's own name before the measure word: the measure is asked.
OWN_NAME_FIRST: list[Case] = [
    (
        "O",
        "คะแนน PMQA 4.0 ของ ก.พ. ตอนนี้เท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "score"},
    ),
    ("B", "คะแนน PMQA ของ สงป. เท่าไหร่คะ", "IndicatorQuery", {"indicator": "8", "aspect": "score"}),
    # Near misses: a title starting with the measure stays its result; no measure, the result.
    (
        "O",
        "คะแนน DG readiness ของก.พ.ได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "result"},
    ),
    ("O", "คะแนน PMQA ของเราเท่าไหร่", "IndicatorQuery", {"indicator": "10", "aspect": "score"}),
    (
        "O",
        "PMQA 4.0 ของ ก.พ. ได้เท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "result"},
    ),
    (
        "B",
        "คะแนนความพร้อมรัฐบาลดิจิทัลของ สงป. ได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "result"},
    ),
]
# (2) The indicator titled by its level, picked by the word: that one.
LEVEL_WORD: list[Case] = [
    (
        "O",
        "DG Readiness ตัวระดับ ของ ก.พ. อยู่ขั้นไหนแล้ว",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "tier"},
    ),
    (
        "B",
        "DG readiness ตัวระดับ (pillar) ได้ขั้นไหนคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    ("B", "DG readiness level ได้ขั้นไหน", "IndicatorQuery", {"indicator": "6", "aspect": "tier"}),
    # A level asked by its word of the keyword is the level's (round 33: the corpus labels it so
    # more often than both); a score asked names both; Thai words, the level's.
    ("O", "DG readiness ได้ระดับไหน", "IndicatorQuery", {"indicator": "8", "aspect": "tier"}),
    (
        "B",
        "DG Readiness ผ่านเกณฑ์ขั้นไหนแล้ว",
        "IndicatorQuery",
        {"indicator": ["6", "7"], "aspect": "tier"},
    ),
    ("B", "DG readiness ได้กี่คะแนน", "IndicatorQuery", {"indicator": ["6", "7"], "aspect": "score"}),
    ("O", "ความพร้อมรัฐบาลดิจิทัลอยู่ระดับไหนคะ", "IndicatorQuery", {"indicator": "8", "aspect": "tier"}),
    (
        "O",
        "คะแนน DG Readiness ของ ก.พ. ผ่านขั้นไหนครับ",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "tier"},
    ),
]
# (3) PMQA's level chosen between two names, no figure: its tier; with a figure, the rule.
LEVEL_CHOSEN: list[Case] = [
    (
        "P",
        "PMQA ของจังหวัดตอนนี้ระดับ Basic หรือ Advance คะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "O",
        "PMQA ของเราตอนนี้ระดับ Basic หรือ Advance",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "tier"},
    ),
    ("P", "PMQA 389 คะแนน อยู่ระดับอะไรคะ Basic หรือ Advance", "RuleQuestion", {"topic": "level"}),
    ("P", "ถ้าคะแนน PMQA ได้ 395 นับเป็น Basic หรือ Advance คะ", "RuleQuestion", {"topic": "level"}),
    ("L", "ระดับ Basic กับ Advance ต่างกันยังไงครับ", "RuleQuestion", {"topic": "level"}),
]
# (4) The full score or a level's criteria of a named indicator: its criteria.
FULL_SCORE: list[Case] = [
    (
        "L",
        "ตัวชี้วัดระบบราชการ 4.0 คะแนนเต็มกี่คะแนนคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    (
        "L",
        "KPI ระบบราชการ 4.0 เกณฑ์ระดับ 5 คืออะไรคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    (
        "L",
        "ตัวชี้วัดขับเคลื่อนสู่ระบบราชการ 4.0 คะแนนเต็มเท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    # Near misses: "this indicator", a wish or a unit's full score stay as they were.
    ("L", "คะแนนเต็มตัวชี้วัดนี้คือ 5 ใช่ไหมครับ", "RuleQuestion", {"topic": "level"}),
    ("L", "อยากได้คะแนนเต็ม 5 ต้องทำยังไงบ้าง", "RuleQuestion", {"topic": "level"}),
    ("L", "เกณฑ์ระดับ 5 คืออะไร", "RuleQuestion", {"topic": "level"}),
    (
        "P",
        "ผลตัวชี้วัดร้อยละของหมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติด ว่าผ่านเกณฑ์ระดับใดครับ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
    ("P", "ยาเสพติดได้คะแนนเต็มไหม", "IndicatorQuery", {"indicator": "4", "aspect": "score"}),
]
ALL = OWN_NAME_FIRST + LEVEL_WORD + LEVEL_CHOSEN + FULL_SCORE


@readings(OWN_NAME_FIRST)
def test_the_organisations_name_before_the_measure_leaves_the_measure_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LEVEL_WORD)
def test_a_level_asked_by_its_word_is_the_indicator_titled_by_its_level(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LEVEL_CHOSEN)
def test_pmqas_level_chosen_without_a_figure_is_its_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FULL_SCORE)
def test_the_full_score_of_a_named_indicator_is_its_criteria(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert [t for org, t, _, _ in ALL if read_as_writes([t], org)] == []
