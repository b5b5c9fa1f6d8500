"""Round 21 (indicators2): which indicator a question names, and which of its aspects.

(1) A demonstrative alone ("อันนี้", "ตัวนี้", "อันนั้น") points at the indicator under talk:
an indicator left unsaid (asked back), never a name "อันนี้" nor the organisation's status;
beside a name ("ขยะตัวนี้") the name is the indicator.
(2) A title that begins with its measure word ("ระดับความพร้อมรัฐบาลดิจิทัล") asked for its
summary names that title alone, not both titles of the pair.
(3) A whole title typed alone, figures in it or not ("…สู่ระบบราชการ 4.0"), is a question about
that indicator, no aspect asked.
(4) English: "how many items passed?" asks an indicator's items.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) A demonstrative alone: the indicator under talk, left unsaid.
POINTED: list[Case] = [
    ("P", "อันนี้ผ่านเกณฑ์มั้ยคะ", "IndicatorQuery", {"indicator": "?", "aspect": "tier"}),
    ("B", "ตัวนี้ได้กี่คะแนนครับ", "IndicatorQuery", {"indicator": "?", "aspect": "score"}),
    ("O", "อันนั้นได้กี่คะแนน", "IndicatorQuery", {"indicator": "?", "aspect": "score"}),
    ("P", "ตัวนี้ผ่านยังคะ", "IndicatorQuery", {"indicator": "?", "aspect": "tier"}),
    ("P", "อันนี้ผ่านยังครับ", "IndicatorQuery", {"indicator": "?", "aspect": "tier"}),
]
POINTED_NEAR: list[Case] = [
    ("P", "ขยะตัวนี้ผ่านไหม", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("B", "ได้กี่คะแนนครับ", "Status", {}),
    ("P", "ผ่านเกณฑ์มั้ยคะ", "IndicatorQuery", {"indicator": "?", "aspect": "tier"}),
]

# (2) A title beginning with its measure word, asked for its summary: that title alone.
MEASURE_TITLED: list[Case] = [
    (
        "B",
        "ระดับความพร้อมรัฐบาลดิจิทัล สรุปผลหน่อยครับ",
        "IndicatorQuery",
        {"indicator": "6"},
    ),
    ("B", "ขอสรุประดับความพร้อมรัฐบาลดิจิทัล", "IndicatorQuery", {"indicator": "6"}),
    (
        "O",
        "ระดับความพร้อมรัฐบาลดิจิทัลเป็นไงบ้าง",
        "IndicatorQuery",
        {"indicator": "8"},
    ),
    (
        "O",
        "คะแนนความพร้อมรัฐบาลดิจิทัล สรุปผลหน่อยครับ",
        "IndicatorQuery",
        {"indicator": "9"},
    ),
]
MEASURE_TITLED_NEAR: list[Case] = [
    # No measure word: both titles of the pair.
    ("B", "ความพร้อมรัฐบาลดิจิทัล สรุปผลหน่อย", "IndicatorQuery", {"indicator": ["6", "7"]}),
    ("P", "ขยะเป็นไงบ้าง", "IndicatorQuery", {"indicator": "2"}),
    ("P", "คะแนนขยะเป็นไงบ้าง", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
]

# (3) A whole title alone, with its figures: a question about it.
TITLE_ALONE: list[Case] = [
    ("L", "ระดับความสำเร็จของการขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0", "IndicatorQuery", {"indicator": "1"}),
    ("B", "ระดับความสำเร็จของปริมาณการโอนเปลี่ยนแปลงงบประมาณลดลง", "IndicatorQuery", {"indicator": "3"}),
    ("O", "ชุดข้อมูลที่ยกระดับเป็น Master Data", "IndicatorQuery", {"indicator": "7"}),
    (
        "L",
        "ระดับความสำเร็จของการขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0 ครับ",
        "IndicatorQuery",
        {"indicator": "1"},
    ),
]
TITLE_ALONE_NEAR: list[Case] = [
    ("L", "ระบบราชการ 4.0 ถึงไหนแล้ว", "Status", {}),
    ("L", "PMQA ถึงไหนแล้ว", "Status", {}),
]

# (5) PMQA asked as a status is the status, whether or not the organisation has an indicator
# titled PMQA 4.0 (reading it as that indicator was tried and left out: the raw reading of the
# commonest status question became an indicator that only settle turned back).
PMQA_TITLED: list[Case] = [
    ("O", "PMQA ถึงไหนแล้วครับ", "Status", {}),
    ("L", "PMQA ถึงไหนแล้ว", "Status", {}),
    ("L", "PMQA 4.0 ตอนนี้เป็นยังไงบ้างคะ", "Status", {}),
    ("P", "PMQA ถึงไหนแล้ว", "Status", {}),
    ("O", "ภาพรวมตอนนี้เป็นยังไงบ้าง", "Status", {}),
]

# Whether a PMQA 4.0 level was reached ("เข้า Advance หรือยัง"), where the organisation has an
# indicator titled PMQA 4.0: its tier; what a level asks, and elsewhere, the rule of the levels.
PMQA_REACHED: list[Case] = [
    ("O", "PMQA ของเราเข้า Advance หรือยัง", "IndicatorQuery", {"indicator": "10", "aspect": "tier"}),
    (
        "B",
        "PMQA ถึงระดับ Advance แล้วหรือยังครับ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "tier"},
    ),
    ("O", "PMQA ผ่าน Basic หรือยัง", "IndicatorQuery", {"indicator": "10", "aspect": "tier"}),
]
PMQA_REACHED_NEAR: list[Case] = [
    ("O", "PMQA ระดับ Advance ต้องทำอะไร", "RuleQuestion", {"topic": "level"}),
    ("L", "PMQA ของเราเข้า Advance หรือยัง", "RuleQuestion", {"topic": "level"}),
    ("L", "PMQA ระดับ Advance ต้องทำอะไร", "RuleQuestion", {"topic": "level"}),
    ("O", "420 คะแนนอยู่ระดับ Advance ใช่ไหม", "RuleQuestion", {"topic": "level"}),
    ("B", "Advance คืออะไร", "RuleQuestion", {"topic": "level"}),
    # A score put against the level: the rule.
    ("B", "PMQA 416 นี่ถึง Advance หรือยังคะ", "RuleQuestion", {"topic": "level"}),
    ("O", "ถ้าได้ 472 คะแนนถือว่าถึงระดับ Significance หรือยังครับ", "RuleQuestion", {"topic": "level"}),
]

# A tier's bar reckoned from a year's score ("(คะแนนปี 66 + 445)/2"): the criteria, no sum asked.
YEAR_RECKONED: list[Case] = [
    (
        "O",
        "เกณฑ์ PMQA ของเราปีนี้ ขั้นสูงคือ (คะแนนปี 66 + 445)/2 ใช่ไหมคะ",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "criteria"},
    ),
    (
        "B",
        "เกณฑ์ PMQA ขั้นสูงคือ (คะแนนปี 66 + 430)/2 ใช่ไหมครับ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "criteria"},
    ),
]
YEAR_RECKONED_NEAR: list[Case] = [
    ("P", "บอท 1+1 ได้เท่าไหร่", "Unknown", {}),
]

# Passed every level in full ("ผ่านครบทุกระดับไหม"): each level's items, as "ครบทุกข้อ";
# passed all ("ผ่านหมดไหม") is the tier.
EVERY_LEVEL: list[Case] = [
    (
        "P",
        "ตัวชี้วัดอุตสาหกรรมเชิงนิเวศ ผ่านครบทุกระดับไหมครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
    ("P", "eco town ผ่านครบทุกระดับยังคะ", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
    ("O", "แต่งตั้งผ่านครบทุกขั้นหรือยังครับ", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
]
EVERY_LEVEL_NEAR: list[Case] = [
    # Whether every level must be passed, in order: the rule of the levels.
    (
        "L",
        "การที่จะได้ระดับ 5 นี่คือต้องผ่านครบทุกขั้นเรียงกันใช่ไหมคะ ข้ามขั้นได้หรือเปล่า",
        "RuleQuestion",
        {"topic": "level"},
    ),
    ("P", "เมืองอุตสาหกรรมเชิงนิเวศผ่านหมดไหม", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("O", "หลักสูตรสอบแข่งขันผ่านครบทุกข้อยังครับ", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
]

# (4) "how many items passed?": the items.
ITEMS: list[Case] = [
    (
        "O",
        "ตัวชี้วัด 1 how many items passed?",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
    ("P", "ขยะ how many items passed", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    (
        "O",
        "แต่งตั้ง how many items have passed?",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
]
ITEMS_NEAR: list[Case] = [
    ("P", "ขยะ pass ยังคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ขยะผ่านกี่ข้อแล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
]


@readings(POINTED + POINTED_NEAR)
def test_a_demonstrative_alone_points_at_the_indicator_under_talk(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MEASURE_TITLED + MEASURE_TITLED_NEAR)
def test_a_title_begun_by_its_measure_names_that_title(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TITLE_ALONE + TITLE_ALONE_NEAR)
def test_a_whole_title_alone_asks_about_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ITEMS + ITEMS_NEAR)
def test_how_many_items_passed_asks_the_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


ASKED = [
    text
    for _, text, _, _ in POINTED
    + MEASURE_TITLED
    + PMQA_TITLED
    + TITLE_ALONE
    + ITEMS
    + ITEMS_NEAR
    + POINTED_NEAR
]


def test_the_questions_are_never_writes() -> None:
    assert read_as_writes(ASKED) == []


@readings(PMQA_TITLED + PMQA_REACHED + PMQA_REACHED_NEAR)
def test_pmqa_asked_as_a_status_is_the_status_a_level_reached_the_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(YEAR_RECKONED + YEAR_RECKONED_NEAR)
def test_a_bar_reckoned_from_a_years_score_is_no_sum(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(EVERY_LEVEL + EVERY_LEVEL_NEAR)
def test_every_level_passed_in_full_asks_the_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
