"""Round 29 (aspects7): an indicator compared with a year, its formula asked with its
deductions, its scoring criteria, and chatter in an indicator's words.

An indicator's result compared with a year ("PMQA ปีนี้เทียบกับปี 2566 เพิ่มขึ้นกี่คะแนน",
"คะแนน DG readiness ปีนี้เทียบปี 66 ดีขึ้นไหม") is its result: the comparison words are no part
of the indicator's name. How an indicator's score is worked out, asked with how it is cut
("คะแนนตัวชี้วัดขับเคลื่อน 4.0 คิดยังไงครับ หักลบยังไง"), is its formula; what a late sending
costs keeps the deductions. The scoring criteria of a named indicator ("ตัวชี้วัดที่ 1
เกณฑ์ให้คะแนนยังไงคะ ได้เต็ม 5 ต้องทำอะไรบ้าง") are its criteria. A training told in an
indicator's words ("อบรมจริยธรรมออนไลน์เมื่อวาน เน็ตหลุดทั้งวันเลยครับ") and a colleague told
something to be explained later ("…นะน้อง… เดี๋ยวพี่อธิบายหลังประชุม") ask nothing. None is read
as a write.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Compared with a year: the result of the indicator named.
COMPARED_WITH_A_YEAR: list[Case] = [
    (
        "B",
        "PMQA ปีนี้เทียบกับปี 2566 เพิ่มขึ้นกี่คะแนน",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "result"},
    ),
    (
        "O",
        "คะแนน DG readiness ปีนี้เทียบปี 66 ดีขึ้นไหม",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "result"},
    ),
    (
        "B",
        "คะแนนความพร้อมรัฐบาลดิจิทัลปีนี้ได้เท่าไหร่ ดีกว่าปี 66 ไหม",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "result"},
    ),
    (
        "P",
        "ขยะปีนี้เทียบกับปี 66 เพิ่มขึ้นกี่เปอร์เซ็นต์คะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
    (
        "B",
        "คะแนน DG Readiness ปีนี้สูงกว่าปี 66 ไหมครับ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "result"},
    ),
    # Near misses: what it must reach, how it is reckoned, the whole, a baseline stored.
    ("B", "PMQA 4.0 ปีนี้ดีขึ้นจากปีที่แล้วมั้ยคะ", "IndicatorQuery", {"indicator": "8", "aspect": "result"}),
    (
        "P",
        "PMQA จังหวัดปีนี้ต้องดีขึ้นกว่าปี 64 ใช่ไหม",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "criteria"},
    ),
    (
        "O",
        "คะแนนความพร้อมรัฐบาลดิจิทัลคิดเทียบกับปี 66 ยังไงครับ",
        "IndicatorQuery",
        {"indicator": "9", "aspect": "formula"},
    ),
    ("P", "คะแนนรวมจังหวัดเทียบกับปีที่แล้วเป็นยังไงบ้างครับ", "Status", {}),
    ("O", "คะแนนประเมินรวมของเราเป็นไง เทียบกับปีก่อนด้วยได้ไหม", "Status", {}),
]
# (2) How the score is worked out, asked with how it is cut: the formula.
FORMULA_WITH_DEDUCTIONS: list[Case] = [
    (
        "L",
        "คะแนนตัวชี้วัดขับเคลื่อน 4.0 คิดยังไงครับ หักลบยังไง",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "formula"},
    ),
    (
        "L",
        "สูตรคะแนนตัวชี้วัด PMQA สป.รง. หน่อยครับ หักลบยังไง",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "formula"},
    ),
    (
        "L",
        "ตัวชี้วัดที่ 1 คะแนนคิดยังไงครับ หักลบยังไง",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "formula"},
    ),
    # Near misses: what sending late or short costs stays the deductions.
    ("L", "ส่งช้าโดนหักกี่คะแนนคะ", "RuleQuestion", {"topic": "deductions"}),
    (
        "L",
        "ขอเรียนสอบถามหลักเกณฑ์การหักคะแนนของตัวชี้วัดนี้ว่ามีกรณีใดบ้างครับ",
        "RuleQuestion",
        {"topic": "deductions"},
    ),
    ("L", "ส่งช้าที่ว่าหัก 0.05 นับยังไงคะ นับจากวันที่อัปขึ้นไดรฟ์ใช่ไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "หักคะแนนกรณีไหนบ้างครับ", "RuleQuestion", {"topic": "deductions"}),
]
# (3) The scoring criteria of a named indicator.
SCORING_CRITERIA: list[Case] = [
    (
        "L",
        "ตัวชี้วัดที่ 1 เกณฑ์ให้คะแนนยังไงคะ ได้เต็ม 5 ต้องทำอะไรบ้าง",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    (
        "L",
        "เกณฑ์ให้คะแนนตัวชี้วัดขับเคลื่อน 4.0 เป็นยังไง ต้องทำอะไรบ้างคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "criteria"},
    ),
    # Near misses: the level's rule and the steps still stay theirs.
    ("L", "อยากได้เต็ม 5 ต้องผ่านกี่ขั้นครับ", "RuleQuestion", {"topic": "level"}),
    ("L", "ส่งครบ 5 ขั้นจะได้เต็ม 5 คะแนนเลยไหมครับ", "RuleQuestion", {"topic": "level"}),
]
# (4) An item's words with the budget cut short name the transfers indicator.
ITEM_CUT_SHORT: list[Case] = [
    (
        "B",
        "ตรวจสอบรายการที่จัดสรรงบซ้ำซ้อน มีกี่ข้อ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "items"},
    ),
    (
        "B",
        "จัดสรรงบซ้ำซ้อนด้านแหล่งน้ำ ถนน ข้อไหนยังไม่ผ่านคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "failed"},
    ),
]
# (5) Chatter in an indicator's words: nothing asked.
CHATTER: list[Case] = [
    ("O", "อบรมจริยธรรมออนไลน์เมื่อวาน เน็ตหลุดทั้งวันเลยครับ", "Unknown", {}),
    ("O", "นับเป็นชุดข้อมูลนะน้อง ไม่ได้นับเป็นไฟล์ เดี๋ยวพี่อธิบายหลังประชุม", "Unknown", {}),
    # Near misses: the questions in those words keep their reading.
    ("O", "ตัวชี้วัดจริยธรรมผ่านหรือยังครับ", "IndicatorQuery", {"indicator": ["4", "5"], "aspect": "tier"}),
    (
        "O",
        "Master Data นับเป็นชุดข้อมูลหรือนับเป็นไฟล์คะ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "formula"},
    ),
]
ALL = COMPARED_WITH_A_YEAR + FORMULA_WITH_DEDUCTIONS + SCORING_CRITERIA + ITEM_CUT_SHORT + CHATTER


@readings(COMPARED_WITH_A_YEAR)
def test_an_indicator_compared_with_a_year_is_its_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(FORMULA_WITH_DEDUCTIONS)
def test_how_a_named_indicators_score_is_worked_out_and_cut_is_its_formula(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SCORING_CRITERIA)
def test_the_scoring_criteria_of_a_named_indicator_are_its_criteria(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ITEM_CUT_SHORT)
def test_an_items_words_with_the_budget_cut_short_name_its_indicator(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHATTER)
def test_chatter_in_an_indicators_words_asks_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_is_read_as_a_write() -> None:
    assert [t for org, t, _, _ in ALL if read_as_writes([t], org)] == []
