"""Round 40, indicator questions (reports40): misses of dev_fresh139-143 on arrival.

1. What an indicator still lacks, asked by its own item words ("DG readiness ยังขาด pillar
   ไหน", "…ยังขาดด้านไหน"), is its failed items, as "ยังขาดข้อไหน" is; a unit's lacking
   stays who is missing.
2. Codes joined by the item word typed again ("ตชว.ข้อ 2 กับข้อ 4 …") are asked the same, as
   "ตัวชี้วัดที่ 2 กับที่ 4" are.
3. The score asked released ("ตชว.ที่ 5 คะแนนออกยัง"): "ออก" is no title after the measure.
4. A case or group numbered in the criteria ("e-Serviec เกณฑ์กรณีที่ 1 คืออะไร"), the
   indicator's name misspelt, is its criteria, no plan-wide share (a share typed stays the
   rule's).
5. How it is scored, asked before a supposed figure ("PMQA คิดคะแนนยังไง ถ้าได้ระหว่างขั้นต้น
   กับมาตรฐาน"), is its formula; a supposition asked of its own stays the criteria.
6. PMQA's level asked, the two levels offered after the ask ("PMQA 4.0 ได้ระดับไหนคะ basic
   หรือ advance"), is its tier; a score put against them stays the rule's.
7. A figure supposed with "จะ" and no "ถ้า" ("ท่องเที่ยวได้ 1,500 ล้านจะผ่านไหม") is read from
   the criteria; a figure reached, asked ("…ได้ 1,500 ล้าน ผ่านไหม"), stays its tier.
8. An indicator's target in a round ("PMQA เป้าหมายรอบ 12 เดือนกี่คะแนน") is its criteria; the
   round's own rule stays the round's.
9. The unit a figure is sent in, two offered ("ขยะต้องส่งเป็นร้อยละหรือเป็นตัน"), is how it is
   worked out (its formula); two ways of sending stay the channel.
10. The asker's chore with ต้อง in a story before the ask ("พอดีต้องทำรายงานเสนอท่านเลขาฯ
    ตัวชี้วัด Master Data ตอนนี้ผลเป็นเท่าไหร่") sets no bar: the result is asked.
11. An item or indicator checked passed with เหรอ ("ข้อร่างหลักสูตร… ผ่านแล้วเหรอคะ") is asked as
    "…ผ่านแล้วใช่ไหม" is.
12. A name standing for two indicators, asked which is which ("ตัวชี้วัดจริยธรรมมีสองตัว
    เหมือนกันเลย อันไหนคืออันไหน"), is both, told apart.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

IQ = "IndicatorQuery"
Case = tuple[str, str, str, dict[str, Any]]


def _q(code: str | list[str], aspect: str = "") -> dict[str, Any]:
    return {"indicator": code, "aspect": aspect} if aspect else {"indicator": code}


# 1. lacking items in the indicator's own words
LACKING: list[Case] = [
    ("B", "DG readiness ยังขาด pillar ไหน", IQ, _q(["6", "7"], "failed")),
    ("B", "DG readiness ยังขาดด้านไหนบ้าง", IQ, _q(["6", "7"], "failed")),
    ("B", "DG readiness ยังขาด pillar อะไรบ้าง", IQ, _q(["6", "7"], "failed")),
    # Near misses: the items word as before; a unit's lacking stays who is missing.
    ("B", "DG readiness ยังขาดข้อไหน", IQ, _q(["6", "7"], "failed")),
    ("L", "กองคลังยังขาดด้านไหน", "Status", {"unit": "กองคลัง"}),
]

# 2. codes joined by the item word again
JOINED_ITEMS: list[Case] = [
    ("P", "ตชว.ข้อ 2 กับข้อ 4 คะแนนออกมาเท่าไหร่บ้างครับ", IQ, _q(["2", "4"], "score")),
    ("P", "ตัวชี้วัดข้อ 1 และข้อ 3 ผลเป็นยังไง", IQ, _q(["1", "3"], "result")),
    # Near misses: "ที่" typed again as before; one code alone.
    ("P", "ตชว.ที่ 2 กับที่ 4 คะแนนออกมาเท่าไหร่บ้างครับ", IQ, _q(["2", "4"], "score")),
    ("P", "ตชว.ข้อ 2 คะแนนเท่าไหร่", IQ, _q("2", "score")),
]

# 3. the score released
SCORE_RELEASED: list[Case] = [
    ("O", "ตชว.ที่ ๕ คะแนนออกยังครับ", IQ, _q("5", "score")),
    ("P", "ตัวชี้วัดที่ 2 คะแนนออกมายัง", IQ, _q("2", "score")),
    # Near misses: a title after the measure; the result released.
    ("P", "ตชว.ที่ 5 ผลออกยังครับ", IQ, _q("5", "result")),
    ("P", "ขยะคะแนนออกยัง", IQ, _q("2", "score")),
]

# 4. a case of the criteria
CASES: list[Case] = [
    ("P", "e-Serviec เกณฑ์กรณีที่ 1 คืออะไรคะ", IQ, _q("5", "criteria")),
    ("P", "e-Service เกณฑ์กรณีที่ 2 คืออะไร", IQ, _q("5", "criteria")),
    # Near misses: a share typed stays the plan's thresholds.
    ("P", "ร้อยละ 85 คืออะไร", "RuleQuestion", {"topic": "thresholds"}),
]

# 5. how it is scored, a figure supposed after
SCORED_SUPPOSING: list[Case] = [
    ("B", "PMQA คิดคะแนนยังไงคะ ถ้าได้ระหว่างขั้นต้นกับมาตรฐาน", IQ, _q("8", "formula")),
    ("P", "ขยะคำนวณยังไง ถ้าได้ระหว่างขั้นต้นกับขั้นมาตรฐาน", IQ, _q("2", "formula")),
    # Near misses: a supposition asked of its own; the formula alone.
    ("B", "ถ้า PMQA ได้ 420 จะได้ขั้นไหน", IQ, _q("8", "criteria")),
    ("B", "PMQA คิดคะแนนยังไง", IQ, _q("8", "formula")),
]

# 6. PMQA's level, two offered after the ask
LEVEL_OFFERED: list[Case] = [
    ("O", "PMQA 4.0 ได้ระดับไหนคะ basic หรือ advance", IQ, _q("10", "tier")),
    ("O", "PMQA ของเราอยู่ระดับไหน basic หรือ advance ครับ", IQ, _q("10", "tier")),
    # Near misses: a score put against the levels stays the rule's.
    ("O", "PMQA 412 คะแนน อยู่ระดับไหน basic หรือ advance", "RuleQuestion", {"topic": "level"}),
    ("O", "Basic กับ Advance ต่างกันยังไงครับ", "RuleQuestion", {"topic": "level"}),
]

# 7. a figure supposed with จะ
WOULD_PASS: list[Case] = [
    ("P", "ท่องเที่ยวได้ 1,500 ล้านจะผ่านไหมคะ", IQ, _q("3", "criteria")),
    ("P", "ขยะได้ 60% จะผ่านเกณฑ์ไหม", IQ, _q("2", "criteria")),
    # Near misses: the supposition with ถ้า; whether it passed.
    ("P", "ถ้าท่องเที่ยวได้ 1,500 ล้านจะผ่านไหม", IQ, _q("3", "criteria")),
    ("P", "ท่องเที่ยวผ่านไหม", IQ, _q("3", "tier")),
    ("L", "หนูจะอ่านวิธีใช้ก่อนนะคะ", "Unknown", {}),
]

# 8. the target in a round
ROUND_TARGET: list[Case] = [
    ("B", "PMQA เป้าหมายรอบ 12 เดือนกี่คะแนน", IQ, _q("8", "criteria")),
    ("P", "ขยะเป้ารอบ 12 เดือนเท่าไหร่", IQ, _q("2", "criteria")),
    # Near misses: the round's own rule.
    ("B", "รอบ 12 เดือนต้องทำอะไร", "RuleQuestion", {"topic": "round"}),
]

# 9. the unit a figure is sent in
FIGURE_UNIT: list[Case] = [
    ("P", "ขยะต้องส่งเป็นร้อยละหรือเป็นตันคะ", IQ, _q("2", "formula")),
    ("P", "ท่องเที่ยวส่งเป็นบาทหรือเป็นล้านบาท", IQ, _q("3", "formula")),
    # Near misses: two ways of sending stay the channel.
    ("P", "ส่งทาง google form หรือส่งเป็นหนังสือ", "RuleQuestion", {"topic": "channel"}),
]

# 10. the asker's chore in a story
CHORES: list[Case] = [
    (
        "O",
        "ขอโทษที่รบกวนนะคะ พอดีต้องทำรายงานเสนอท่านเลขาฯ ตัวชี้วัด Master Data ตอนนี้ผลเป็นเท่าไหร่แล้วคะ",
        IQ,
        _q("7", "result"),
    ),
    # Near misses: what it must have stays the criteria.
    ("B", "PB ต้องมีกี่โครงการ", IQ, _q("2", "criteria")),
]

# 11. passed, checked with เหรอ
PASSED_CHECKED: list[Case] = [
    (
        "O",
        "ข้อร่างหลักสูตรการสอบแข่งขันเพื่อบรรจุบุคคลเข้ารับราชการ ผ่านแล้วเหรอคะ",
        IQ,
        _q("1", "items"),
    ),
    ("O", "ร่างหลักสูตรการสอบแข่งขัน ผ่านแล้วเหรอ", IQ, _q("1", "items")),
    # Near misses: the same checked with ใช่ไหม; chat; a step checked is no indicator's.
    ("O", "ข้อร่างหลักสูตรการสอบแข่งขันผ่านแล้วใช่ไหมครับ", IQ, _q("1", "items")),
    ("L", "ลูกชายสอบผ่านแล้วเหรอ ยินดีด้วย", "Unknown", {}),
    ("P", "ขยะผ่านแล้วเหรอ", IQ, _q("2")),
    ("L", "ขั้นตอนที่ 2 ผ่านแล้วเหรอ", "Deadlines", {"step": "2"}),
]

# 12. which is which
WHICH_IS_WHICH: list[Case] = [
    ("O", "ตัวชี้วัดจริยธรรมมีสองตัวเหมือนกันเลย อันไหนคืออันไหนคะ", IQ, _q(["4", "5"])),
    ("O", "จริยธรรมสองตัว ตัวไหนเป็นตัวไหนคะ", IQ, _q(["4", "5"])),
    # Near misses: told apart as before.
    ("O", "ตัวชี้วัดจริยธรรมมีสองตัวเหมือนกันเลย ต่างกันยังไง", IQ, _q(["4", "5"])),
]

ALL = (
    LACKING
    + JOINED_ITEMS
    + SCORE_RELEASED
    + CASES
    + SCORED_SUPPOSING
    + LEVEL_OFFERED
    + WOULD_PASS
    + ROUND_TARGET
    + FIGURE_UNIT
    + CHORES
    + PASSED_CHECKED
    + WHICH_IS_WHICH
)


@readings(LACKING)
def test_lacking_in_the_indicators_own_item_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(JOINED_ITEMS)
def test_codes_joined_by_the_item_word(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SCORE_RELEASED)
def test_the_score_released(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CASES)
def test_a_case_of_the_criteria(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SCORED_SUPPOSING)
def test_how_it_is_scored_a_figure_supposed_after(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LEVEL_OFFERED)
def test_pmqa_level_offered_after_the_ask(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WOULD_PASS)
def test_a_figure_supposed_with_would(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ROUND_TARGET)
def test_the_target_in_a_round(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FIGURE_UNIT)
def test_the_unit_a_figure_is_sent_in(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHORES)
def test_a_chore_in_the_story_sets_no_bar(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PASSED_CHECKED)
def test_passed_checked_with_hro(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHICH_IS_WHICH)
def test_which_is_which(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_round40_reports_start_no_write() -> None:
    assert unlabelled_writes(ALL) == []
