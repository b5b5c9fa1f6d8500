"""Round 23 (aspects): which part of a named indicator a question is about.

What is counted in, asked with "ด้วยไหม" ("ขยะ นับขยะติดเชื้อด้วยไหม"), how a named figure is
worked out ("คิดรายได้ยังไง"), which figure is used ("ใช้ตัวเลขปีไหน") and how the PMQA
score is worked out, its categories named ("PMQA ประเมินกี่หมวด คะแนนคิดยังไง"), are its formula.
Who sets its target ("ใครเป็นคนกำหนดค่าเป้าหมาย") and what a tier's bar stands for ("ขั้นต้น
X-2 ชุด X นี่คือกี่ชุด") are its criteria. Its sub-items ("มีข้อย่อยอะไรบ้าง"), the stages it
asks of one ("จริยธรรมภาครัฐ มีกี่ขั้นที่ต้องทำ") are its items. The level it stands at
("อยู่ระดับกี่") is its tier, also when the sender tells a chore of their own with ต้อง
first ("ต้องทำสไลด์ … ได้ขั้นไหนแล้ว"). A score-titled indicator's latest result asked
("คะแนน PMQA … ผลล่าสุดเท่าไหร่") is its result. Near misses keep their reading; nothing
here is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) The formula: what is counted in, how a named figure is worked out, which figure is used.
FORMULA: list[Case] = [
    ("P", "ขยะ นับขยะติดเชื้อด้วยไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    (
        "P",
        "ท่องเที่ยว นับนักท่องเที่ยวต่างชาติด้วยหรือเปล่าครับ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "formula"},
    ),
    (
        "P",
        "ยาเสพติด รวมผู้ป่วยที่บำบัดซ้ำด้วยไหม",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "formula"},
    ),
    ("P", "รายได้ท่องเที่ยวคิดรายได้ยังไง", "IndicatorQuery", {"indicator": "3", "aspect": "formula"}),
    ("P", "e-service คิดจำนวนยังไงครับ", "IndicatorQuery", {"indicator": "5", "aspect": "formula"}),
    ("P", "ขยะคิดปริมาณอย่างไรคะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("P", "ขยะใช้ตัวเลขปีไหนคะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
    ("P", "ขยะใช้ตัวเลขอะไรคิดคะ", "IndicatorQuery", {"indicator": "2", "aspect": "formula"}),
]
FORMULA_NEAR: list[Case] = [
    (
        "P",
        "ขยะ 52.3 นับแล้วนะคะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    (
        "P",
        "ขยะ ใช้ตัวเลข 52.3 นะคะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    ("P", "ขยะส่งแล้วด้วยไหม", "IndicatorQuery", {"indicator": "2"}),
    ("L", "กองคลังรวมแผนด้วยไหม", "Unknown", {}),
    ("P", "เป้าหมายขยะเท่าไหร่", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
]

# (1b) How the PMQA score is worked out, its categories counted in the question: the PMQA
# indicator's formula (the categories alone, or the plan's dimensions, are the rules').
PMQA_FORMULA: list[Case] = [
    (
        "P",
        "PMQA ประเมิน 7 หมวด คะแนนคิดจากอะไรคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "formula"},
    ),
    (
        "P",
        "PMQA มีกี่หมวดคะ คิดคะแนนยังไง",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "formula"},
    ),
    (
        "B",
        "คะแนน PMQA เฉลี่ยทุกหมวดคำนวณอย่างไรคะ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "formula"},
    ),
]
PMQA_FORMULA_NEAR: list[Case] = [
    ("P", "PMQA มีกี่หมวดคะ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "มิติคิดคะแนนยังไงคะ", "RuleQuestion", {"topic": "dimensions"}),
]

# (2) The criteria: who sets the target; what a tier's bar stands for.
CRITERIA: list[Case] = [
    ("P", "ยาเสพติด ใครตั้งค่าเป้าหมายครับ", "IndicatorQuery", {"indicator": "4", "aspect": "criteria"}),
    ("P", "ค่าเป้าหมายขยะใครเป็นคนกำหนด", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    (
        "P",
        "อุตสาหกรรมเชิงนิเวศ ใครเป็นผู้กำหนดเป้าหมายคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    (
        "O",
        "Master Data ขั้นต้น X-2 ชุด X คือกี่ชุดคะ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    ("P", "ยาเสพติดขั้นสูงคือเท่าไหร่คะ", "IndicatorQuery", {"indicator": "4", "aspect": "criteria"}),
]
CRITERIA_NEAR: list[Case] = [
    ("O", "Master Data ได้กี่ชุดแล้ว", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    ("P", "ขยะผ่านขั้นต้นแล้วยังคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
]

# (3) The items: sub-items, the stages asked of one, two levels passed together.
ITEMS: list[Case] = [
    ("P", "ขยะมีข้อย่อยอะไรบ้าง", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    ("P", "ยาเสพติดมีข้อย่อยไหนบ้างคะ", "IndicatorQuery", {"indicator": "4", "aspect": "items"}),
    ("O", "master data มีกี่ขั้นที่ต้องทำ", "IndicatorQuery", {"indicator": "7", "aspect": "items"}),
    ("B", "e-Budgeting มีกี่ขั้นที่ต้องทำคะ", "IndicatorQuery", {"indicator": "4", "aspect": "items"}),
]
ITEMS_NEAR: list[Case] = [
    ("L", "มีกี่ขั้นตอนที่ต้องทำคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "แผนมีกี่ขั้นที่ต้องทำคะ", "RuleQuestion", {"topic": "step"}),
    ("P", "ยาเสพติดมีกี่ข้อย่อยคะ", "IndicatorQuery", {"indicator": "4", "aspect": "items"}),
]

# (4) The tier: the level it stands at; a chore of the sender's told with ต้อง first.
TIER: list[Case] = [
    ("P", "ขยะอยู่ระดับกี่แล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ยาเสพติดได้ระดับกี่คะ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    ("P", "พี่คะ ต้องทำสไลด์ ขยะได้ขั้นไหนแล้วคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    (
        "P",
        "เดี๋ยวต้องเข้าประชุม ท่องเที่ยวผ่านขั้นไหนแล้วครับ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "tier"},
    ),
    (
        "O",
        "พอดีต้องทำสไลด์ให้ผู้บริหาร master data ผ่านขั้นมาตรฐานแล้วหรือยังคะ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "tier"},
    ),
]
TIER_NEAR: list[Case] = [
    (
        "P",
        "อุตสาหกรรมเชิงนิเวศต้องได้ระดับกี่ถึงผ่าน",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    ("P", "ขยะต้องทำอะไรบ้างถึงได้ขั้นสูง", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("P", "ยาเสพติดต้องได้ขั้นไหนถึงผ่าน", "IndicatorQuery", {"indicator": "4", "aspect": "criteria"}),
    # The levels it has are its criteria (round 43: the corpus labels "…มีกี่ระดับ" so).
    ("P", "อุตสาหกรรมเชิงนิเวศมีกี่ระดับ", "IndicatorQuery", {"indicator": "1", "aspect": "criteria"}),
    ("O", "Master Data ยกระดับกี่ชุดแล้วคะ", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
]

# (5) A score-titled indicator's latest result asked is its result.
RESULT: list[Case] = [
    ("P", "คะแนน PMQA ผลล่าสุดเท่าไหร่คะ", "IndicatorQuery", {"indicator": "6", "aspect": "result"}),
    (
        "P",
        "คะแนน PMQA 4.0 ของจังหวัด ผลล่าสุดได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "result"},
    ),
]
RESULT_NEAR: list[Case] = [
    ("P", "PMQA ได้กี่คะแนน ผลล่าสุด", "IndicatorQuery", {"indicator": "6", "aspect": "score"}),
    ("P", "คะแนน PMQA เท่าไหร่คะ", "IndicatorQuery", {"indicator": "6", "aspect": "score"}),
]

ASKED = [
    text for _, text, intent, _ in FORMULA + CRITERIA + ITEMS + TIER + RESULT if intent != "Unknown"
] + [
    "ขยะ นับขยะ 52 ตันด้วยไหมคะ",
    "ขยะใช้ตัวเลขปีไหน 52.3 หรือ 48",
    "ยาเสพติดอยู่ระดับกี่ ได้ 80% แล้วใช่ไหม",
]


@readings(FORMULA + FORMULA_NEAR)
def test_what_is_counted_and_how_is_the_formula(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PMQA_FORMULA + PMQA_FORMULA_NEAR)
def test_how_the_pmqa_score_is_worked_out_is_its_formula(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CRITERIA + CRITERIA_NEAR)
def test_who_sets_the_target_and_a_tiers_bar_are_the_criteria(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ITEMS + ITEMS_NEAR)
def test_sub_items_stages_and_two_levels_are_the_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TIER + TIER_NEAR)
def test_the_level_it_stands_at_is_the_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RESULT + RESULT_NEAR)
def test_a_score_titled_indicators_latest_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert read_as_writes(ASKED, "P") == []
