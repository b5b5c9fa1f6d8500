"""Round 33 (aspects10): which aspect of an indicator a question asks.

The level asked by its word ("DG readiness ระดับไหนแล้ว", "…อยู่ระดับใด") of a keyword two
indicators share (one titled by the level, one by the score) is the level's indicator, as the
Thai name asked the same is ("ความพร้อมรัฐบาลดิจิทัลได้ระดับไหน"); a score or a target asked of
the keyword keeps what it read. Whether an indicator "ผ่านครบทุกข้อไหม" (passed in full, asked
yes or no, as "ผ่านครบไหม") is its tier; how far through the items it is ("ผ่านทุกข้อไหม",
"ผ่านครบทุกข้อยัง", "ผ่านกี่ข้อ") stays its items. The overview of named indicators asked
"ได้เท่าไหร่บ้าง" is their result, not their card.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) The level asked by its word, of a keyword two indicators share: the level's indicator.
LEVEL_ASKED: list[Case] = [
    ("O", "DG readiness ระดับไหนแล้วคะ", "IndicatorQuery", {"indicator": "8", "aspect": "tier"}),
    ("O", "ก.พ. DG Readiness ได้ระดับไหน", "IndicatorQuery", {"indicator": "8", "aspect": "tier"}),
    (
        "O",
        "DG Readiness ของ ก.พ. อยู่ระดับไหนแล้ว",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "tier"},
    ),
    ("B", "DG readiness อยู่ระดับใดแล้วครับ", "IndicatorQuery", {"indicator": "6", "aspect": "tier"}),
    # The name written out in English with its measure after it names that measure's one.
    (
        "O",
        "digital government readiness level ข้อไหน fail บ้างคะ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "failed"},
    ),
    (
        "O",
        "digital government readiness score เท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "result"},
    ),
    # Near misses: the Thai name asked the same, a score, a target, a result of the keyword.
    (
        "O",
        "ความพร้อมรัฐบาลดิจิทัลได้ระดับไหนแล้วคะ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "tier"},
    ),
    ("O", "คะแนน DG readiness ได้เท่าไหร่", "IndicatorQuery", {"indicator": "9", "aspect": "result"}),
    (
        "O",
        "DG readiness เกณฑ์ขั้นสูงต้องได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": ["8", "9"], "aspect": "criteria"},
    ),
    (
        "O",
        "DG readiness ได้เท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": ["8", "9"], "aspect": "result"},
    ),
]

# (2) Passed in full, asked yes or no: the tier; how far through the items: the items.
PASSED_IN_FULL: list[Case] = [
    ("B", "e-Budgeting ผ่านครบทุกข้อไหม", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    (
        "O",
        "ตัวชี้วัดที่ 5 ผ่านครบทุกข้อมั้ยครับ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "tier"},
    ),
    (
        "O",
        "จริยธรรมผ่านครบทุกข้อไหมคะ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "tier"},
    ),
    ("B", "PB ผ่านครบทุกประเด็นไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    (
        "P",
        "e-Service ผ่านครบทุกข้อหรือไม่ครับ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "tier"},
    ),
    # Near misses: every item asked without ครบ, or how far through it is, or how many passed.
    ("B", "PB ผ่านทุกข้อไหมคะ", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    (
        "O",
        "หลักสูตรสอบแข่งขันผ่านครบทุกข้อยังครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
    (
        "O",
        "แต่งตั้งข้าราชการผ่านกี่ข้อแล้วคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "P",
        "ตัวชี้วัดอุตสาหกรรมเชิงนิเวศ ผ่านครบทุกระดับไหมครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
]

# (3) The overview of named indicators asked what they got: their result.
OVERVIEW_GOT: list[Case] = [
    (
        "B",
        "ภาพรวมตัวชี้วัดงบประมาณทั้ง 4 ตัว ได้เท่าไหร่บ้าง",
        "IndicatorQuery",
        {"indicator": ["1", "2", "3", "4"], "aspect": "result"},
    ),
    (
        "O",
        "ภาพรวมจริยธรรมทั้งสองตัวได้เท่าไหร่บ้างคะ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "result"},
    ),
    # Near misses: the organisation's overview asked the same, an indicator's overview asked.
    ("B", "ภาพรวมตอนนี้ได้เท่าไหร่แล้วครับ", "Status", {}),
    ("O", "ภาพรวมจริยธรรมเป็นยังไงบ้างคะ", "IndicatorQuery", {"indicator": ["4", "5"]}),
]

# (4) An indicator's formula asked, its deduction asked after: the formula.
FORMULA_WITH_DEDUCTION: list[Case] = [
    (
        "L",
        "ระดับความสำเร็จคำนวณยังไงครับ หักคะแนนแล้วต่ำสุดเท่าไหร่",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "formula"},
    ),
    (
        "P",
        "ขยะคำนวณยังไงคะ หักคะแนนยังไง",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "formula"},
    ),
    (
        "L",
        "KPI ขับเคลื่อนสู่ระบบราชการ 4.0 คิดคะแนนยังไงคะ หักแล้วต่ำสุดเท่าไหร่",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "formula"},
    ),
    # Near misses: a deduction asked alone, or for a late submission.
    ("L", "หักคะแนนยังไงครับ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ถ้าส่งช้าหักคะแนนเท่าไหร่", "RuleQuestion", {"topic": "deductions"}),
    ("L", "คะแนนคิดยังไงครับ หักคะแนนแล้วเหลือเท่าไหร่", "RuleQuestion", {"topic": "deductions"}),
]

# (5) A category's dimension asked while a form is filled in: the dimensions.
DIMENSION_WHILE_FILLING: list[Case] = [
    (
        "L",
        "กำลังกรอกแบบฟอร์ม 2 อยู่ค่ะ ติดตรงต้องใส่หมวด หมวด 6 อยู่มิติไหนคะ",
        "RuleQuestion",
        {"topic": "dimensions"},
    ),
    ("L", "กรอกฟอร์ม 2 อยู่ หมวด 6 อยู่มิติไหนคะ", "RuleQuestion", {"topic": "dimensions"}),
    (
        "L",
        "ทำแบบฟอร์ม 3 อยู่ครับ หมวดที่ 4 อยู่ในมิติอะไร",
        "RuleQuestion",
        {"topic": "dimensions"},
    ),
    # Near misses: the form itself asked, with a category in it.
    ("L", "ฟอร์ม 2 กรอกยังไงคะ", "RuleQuestion", {"topic": "form"}),
    (
        "L",
        "แบบฟอร์มหมายเลข 3 ต้องกรอกรายละเอียดตัวชี้วัดหมวด 7 ด้วยใช่ไหมคะ",
        "RuleQuestion",
        {"topic": "form"},
    ),
]

# (6) How many more an indicator should get, asked: its criteria (as "ต้อง…เพิ่มอีกเท่าไหร่").
SHOULD_ADD: list[Case] = [
    (
        "B",
        "ทีม IT ถามมาว่าปีนี้ควรลงทะเบียนชุดข้อมูลเพิ่มอีกเท่าไหร่ค่ะ GD Catalog ต้องได้กี่ชุดถึงผ่านขั้นสูงคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "criteria"},
    ),
    (
        "B",
        "ควรลงทะเบียนชุดข้อมูลเพิ่มอีกกี่ชุดคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "criteria"},
    ),
    # Near misses: how many it has, how far it is from the target.
    ("B", "ลงทะเบียนชุดข้อมูลไปกี่ชุดแล้วคะ", "IndicatorQuery", {"indicator": "5", "aspect": "result"}),
    (
        "P",
        "ยาเสพติด 74.94 ยังห่างเป้ามาตรฐานอีกเท่าไหร่ครับ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
]

ALL = (
    LEVEL_ASKED
    + PASSED_IN_FULL
    + OVERVIEW_GOT
    + FORMULA_WITH_DEDUCTION
    + DIMENSION_WHILE_FILLING
    + SHOULD_ADD
)


@readings(LEVEL_ASKED)
def test_the_level_asked_of_a_shared_keyword_is_the_level_indicator(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PASSED_IN_FULL)
def test_passed_in_full_asked_yes_or_no_is_the_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OVERVIEW_GOT)
def test_the_overview_of_named_indicators_asked_what_they_got_is_their_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FORMULA_WITH_DEDUCTION)
def test_a_formula_asked_with_a_deduction_after_is_the_formula(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DIMENSION_WHILE_FILLING)
def test_a_categorys_dimension_asked_while_filling_a_form_is_the_dimensions(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SHOULD_ADD)
def test_how_many_more_an_indicator_should_get_is_its_criteria(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert [t for org, t, _, _ in ALL if read_as_writes([t], org)] == []
