"""Round 22 (dev_fresh56–59): an item's name asked whether it passed, names the data writes in
an indicator's description or beside a pointer, and the aspect asked by a target's level, a
score beside a plan's version, the PMQA level reached and the criteria's base year.

1. Whether one item passed stays the indicator's items (the corpus' convention: 12 labels of
   items against 9 of tier, 8 of them by one writer), and "ผ่านหมดไหม" of an indicator its tier.
2. An indicator named by a term its report's description writes in parentheses ("Open House"
   of eco town), and an item named with a pointer after it ("มอกพ.วิสามัญ ข้อนี้ผ่านยัง").
3. A target's level asked ("…เป้าหมายระดับไหน", not "ผ่านเป้าหมายขั้นไหน"): the criteria. A
   score asked beside a plan's version ("ขับเคลื่อน4.0 ได้กี่คะแนน"): the score, 4.0 is no
   figure. "PMQA 4.0 ของจังหวัดได้ระดับ Basic หรือยัง": the tier of the province's PMQA
   indicator. A criteria word worked out from a year's score ("เกณฑ์ปีนี้คิดจากคะแนนปี 66
   ใช่ไหม"): the criteria; how a figure is worked out ("คิดจากอะไร") stays the formula.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# -- 1. an item asked whether it passed ---------------------------------------------------------
# An item's words alone name its indicator, asked its tier (round 27, aspects5: the corpus
# labels hf015, hf018, hf027, hf029, hm168, hm232 read them so, 8 to 3).
ITEM_PASSED: list[Case] = [
    ("B", "แหล่งน้ำ ถนน ผ่านหมดยังคะ", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    ("B", "ข่าวสารทางเฟซบุ๊กผ่านยังครับ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    # (Round 32: an item's own opening words asks the items, the corpus measured.)
    ("O", "ร่างหลักสูตรสอบแข่งขันผ่านยังคะ", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
    ("O", "คู่มือการแต่งตั้งผ่านหรือยังครับ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("O", "หลักสูตรสอบแข่งขันผ่านครบทุกข้อยังคะ", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
    # Near misses: the indicator asked whether it passed is its tier.
    ("O", "หลักสูตรสอบแข่งขันผ่านหรือยัง", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("O", "แผนพัฒนาบุคลากรผ่านหรือยังครับ", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    ("P", "ขยะผ่านหมดไหมครับ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
]

# -- 2. names the data writes -----------------------------------------------------------------
NAMED_BY_DATA: list[Case] = [
    ("P", "open house ผ่านป่าว", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("P", "Open House ผ่านไหมคะ", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("P", "open house ได้ระดับไหนแล้ว", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    # An item named with a pointer after it: the indicator it is of, its items.
    ("O", "มอกพ.วิสามัญ ข้อนี้ผ่านยัง", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
    ("O", "มอกพ.วิสามัญผ่านยัง", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    # Near misses: chatter around the words, and another organisation's data, name nothing.
    ("P", "โรงงานแถวนวนครเปิดบ้าน Open House วันไหนครับ ใครไปด้วยกัน", "Unknown", {}),
    ("B", "open house ผ่านป่าว", "IndicatorQuery", {"indicator": "?open house", "aspect": "tier"}),
    ("O", "หลักสูตรสอบ ข้อนี้ผ่านยัง", "IndicatorQuery", {"indicator": "1", "aspect": "items"}),
]

# -- 3. aspects -------------------------------------------------------------------------------
ASPECTS: list[Case] = [
    (
        "O",
        "ระดับความพร้อมรัฐบาลดิจิทัลเป้าหมายระดับไหนคะ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "criteria"},
    ),
    ("P", "eco town เป้าหมายระดับไหนครับ", "IndicatorQuery", {"indicator": "1", "aspect": "criteria"}),
    ("L", "kpi ขับเคลื่อน4.0 ได้กี่คะแนนแล้ว", "IndicatorQuery", {"indicator": "1", "aspect": "score"}),
    (
        "L",
        "ตัวชี้วัดขับเคลื่อนราชการ 4.0 ของเราตอนนี้ได้คะแนนเท่าไหร่",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "score"},
    ),
    (
        "P",
        "PMQA 4.0 ของจังหวัดปีนี้ได้ระดับ Basic หรือยังคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "P",
        "PMQA ของจังหวัดถึงระดับ Advance แล้วหรือยัง",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "B",
        "PMQA 4.0 ของ สงป. เกณฑ์ปีนี้คิดจากคะแนนปี 66 ใช่ไหมครับ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "criteria"},
    ),
    (
        "O",
        "PMQA ก.พ. เป้าหมายปีนี้อิงจากคะแนนปี 66 ใช่ไหมครับ",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "criteria"},
    ),
]
ASPECTS_NEAR: list[Case] = [
    # The target reached asked: the tier.
    ("P", "ยาเสพติด ผ่านเป้าหมายขั้นไหนแล้วครับ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    (
        "O",
        "PMQA 4.0 ของสำนักงาน ก.พ. ถึงเป้าหมายขั้นไหนแล้วคะ",
        "IndicatorQuery",
        {"indicator": "10", "aspect": "tier"},
    ),
    # The level got of an indicator titled by its level: its result (the corpus' convention).
    (
        "B",
        "ระดับความพร้อมรัฐบาลดิจิทัลได้ระดับอะไรคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "result"},
    ),
    # A figure put against a PMQA level: the rule.
    ("P", "PMQA 389.76 นี่ถึง Basic หรือยังคะ", "RuleQuestion", {"topic": "level"}),
    ("L", "อยากได้ระดับ Advance ต้องได้กี่คะแนนครับ", "RuleQuestion", {"topic": "level"}),
    # How a figure is worked out: the formula.
    ("P", "รายได้ท่องเที่ยวคิดจากอะไรบ้างคะ", "IndicatorQuery", {"indicator": "3", "aspect": "formula"}),
    ("P", "ยาเสพติดคิดจากอะไรคะ สูตรอะ", "IndicatorQuery", {"indicator": "4", "aspect": "formula"}),
    ("L", "เกณฑ์ร้อยละ 85 ในขั้นตอนที่ 5 คำนวณจากฐานใดครับ", "RuleQuestion", {"topic": "thresholds"}),
    (
        "L",
        "ตัวชี้วัดระบบราชการ 4.0 ได้กี่คะแนนแล้วคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "score"},
    ),
]


@readings(ITEM_PASSED)
def test_an_item_asked_whether_it_passed(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NAMED_BY_DATA)
def test_names_the_data_writes(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ASPECTS + ASPECTS_NEAR)
def test_aspects(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_questions_never_become_writes() -> None:
    texts = [t for org, t, *_ in ITEM_PASSED + NAMED_BY_DATA + ASPECTS + ASPECTS_NEAR if org == "L"]
    texts += ["kpi ขับเคลื่อน4.0 ได้กี่คะแนนแล้ว", "ขับเคลื่อน 4.0 ตอนนี้ได้เท่าไหร่"]
    assert read_as_writes(texts) == []
    for org in "PBO":
        asked = [t for o, t, *_ in ITEM_PASSED + NAMED_BY_DATA + ASPECTS + ASPECTS_NEAR if o == org]
        assert read_as_writes(asked, org) == []
