"""Round 32 (items9): report indicators' items and tiers.

An item's own opening words said as the subject of "ผ่านไหม/ผ่านหรือยัง" ("ร่างหลักสูตรการสอบ
แข่งขันเพื่อบรรจุ ผ่านหรือยัง", "ให้บริการระบบ BBL ผ่านแล้วมั้ย") ask the items; an indicator's
nickname ("หลักสูตรสอบแข่งขันผ่านยัง") or an item's words after the indicator named first
("ตัวชี้วัดจริยธรรมเสนอ ก.ม.จ. ผ่านหรือยัง") still asks its tier, as the corpus reads them.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) An item quoted by its opening words, asked whether it passed: the items.
ITEM_OPENINGS: list[Case] = [
    (
        "O",
        "ร่างหลักสูตรการสอบแข่งขันเพื่อบรรจุบุคคล ผ่านแล้วหรือยังคะ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "items"},
    ),
    (
        "O",
        "จัดประชุมชี้แจงหลักเกณฑ์การแต่งตั้งข้าราชการ ผ่านหรือยังคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "O",
        "แจ้งเวียนคู่มือการแต่งตั้ง ผ่านไหมคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "B",
        "ให้บริการระบบ e-Budgeting ผ่านแล้วใช่ไหม",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "items"},
    ),
    (
        "B",
        "การเผยแพร่ข้อมูลข่าวสารทางเฟซบุ๊ก ผ่านยังครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "B",
        "ข้อมูลพื้นฐานด้านการงบประมาณ แหล่งน้ำ ถนน ผ่านแล้วมั้ยคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "items"},
    ),
    # What is done before the system opens is the item's words, no window asked of.
    (
        "B",
        "จัดเตรียมข้อมูลพื้นฐานก่อนเปิดระบบ ผ่านหรือยังคะ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "items"},
    ),
    ("B", "ระบบปิดรับแผนหรือยังคะ", "Deadlines", {}),
    # Near misses: the indicator's nickname, or named first, is asked its tier.
    ("O", "หลักสูตรสอบแข่งขันผ่านหรือยังคะ", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("O", "คู่มือแผนพัฒนาบุคลากรผ่านยังครับ", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    (
        "O",
        "ตัวชี้วัดจริยธรรมเสนอ ก.ม.จ. ผ่านไหมคะ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "tier"},
    ),
    ("B", "แหล่งน้ำ ถนน ผ่านหรือยังครับ", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    (
        "P",
        "e-Service 3 อำเภอ 8 งานบริการ ผ่านยังคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "tier"},
    ),
    ("B", "BBL ผ่านหรือยังคะ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
]
# (2) A result put against a target ("…ห่างเป้า…อีกเท่าไหร่", "…เทียบกับเป้า…"): its tier.
AGAINST_TARGET: list[Case] = [
    (
        "P",
        "ขยะ 50.17 ยังห่างเป้าขั้นสูงอีกเท่าไหร่คะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "tier"},
    ),
    (
        "P",
        "ยาเสพติดตอนนี้ห่างจากเป้ามาตรฐานแค่ไหนครับ",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "tier"},
    ),
    (
        "P",
        "รายได้ท่องเที่ยวปีนี้เทียบเป้ามาตรฐานแล้วเป็นยังไงคะ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "tier"},
    ),
    # Near misses: a supposed figure, or what is still short to reach, asks the criteria; the
    # organisation put against its targets is its status.
    (
        "P",
        "ถ้าท่องเที่ยวได้ 1,500 ล้าน จะห่างเป้าขั้นสูงเท่าไหร่",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "criteria"},
    ),
    (
        "P",
        "ขยะขาดอีกกี่เปอร์เซ็นต์ถึงจะได้ขั้นสูง",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "criteria"},
    ),
    ("P", "ภาพรวมจังหวัดเราตอนนี้อยู่ตรงไหนคะ เทียบกับเป้า", "Status", {}),
    ("P", "ยาเสพติดเทียบกับเป้าเป็นยังไงคะ", "IndicatorQuery", {"indicator": "4", "aspect": "criteria"}),
]
# (3) The organisation's own PMQA with its figure, asked whether it reached a level: its tier.
OWN_PMQA_LEVEL: list[Case] = [
    (
        "P",
        "PMQA จังหวัด 389.76 ถึง Basic หรือยังคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "P",
        "PMQA ของเรา 389.76 ได้ระดับ Basic แล้วหรือยัง",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    # Where an indicator titled by its level stands ("…ตอนนี้อยู่ระดับอะไร"): its tier, as
    # "อยู่ระดับไหน"; the level got ("ได้ระดับอะไร") stays its result.
    (
        "B",
        "ระดับความพร้อมรัฐบาลดิจิทัลของเราอยู่ระดับอะไรแล้วคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "B",
        "ระดับความพร้อมรัฐบาลดิจิทัลอยู่ระดับไหนครับ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "tier"},
    ),
    (
        "B",
        "ระดับความพร้อมรัฐบาลดิจิทัลได้ระดับอะไร",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "result"},
    ),
    # Near misses: a score in general, or supposed, asks the levels.
    ("P", "PMQA 389.76 นี่ถึง Basic หรือยังครับ", "RuleQuestion", {"topic": "level"}),
    ("P", "ถ้า PMQA ของเราได้ 405 จะถึง Advance หรือยัง", "RuleQuestion", {"topic": "level"}),
    ("P", "PMQA 395 นี่ basic ป่ะ", "RuleQuestion", {"topic": "level"}),
]
# (4) Two indicators told apart or their scores compared: both indicators.
BOTH_INDICATORS: list[Case] = [
    ("O", "ตัวชี้วัดที่ 5 ต่างจากตัวที่ 4 ตรงไหนคะ", "IndicatorQuery", {"indicator": ["4", "5"]}),
    ("O", "ตัวที่ 9 ต่างจากตัวที่ 8 ยังไง", "IndicatorQuery", {"indicator": ["8", "9"]}),
    (
        "O",
        "จริยธรรม 2 ตัวได้คะแนนเท่ากันรึเปล่าคะ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "score"},
    ),
    (
        "O",
        "ตัวที่ 4 กับ 5 ได้คะแนนต่างกันไหมครับ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "score"},
    ),
    # Near misses: one indicator asked its score; the two told apart with no score asked;
    # units compared are the status.
    ("O", "ตัวชี้วัดที่ 5 ได้คะแนนเท่าไหร่", "IndicatorQuery", {"indicator": "5", "aspect": "score"}),
    ("O", "จริยธรรมสองตัวต่างกันยังไงคะ", "IndicatorQuery", {"indicator": ["4", "5"]}),
    ("L", "กองคลังกับกองกลางได้คะแนนเท่ากันไหม", "Status", {}),
    (
        "B",
        "คะแนนความพร้อมรัฐบาลดิจิทัลกับระดับความพร้อมรัฐบาลดิจิทัล วัดต่างกันยังไง",
        "IndicatorQuery",
        {"indicator": ["6", "7"]},
    ),
    (
        "O",
        "ตัวที่ 4 กับ 5 เกณฑ์ให้คะแนนต่างกันไหม",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "criteria"},
    ),
]
ALL = ITEM_OPENINGS + AGAINST_TARGET + OWN_PMQA_LEVEL + BOTH_INDICATORS


@readings(ITEM_OPENINGS)
def test_an_item_quoted_by_its_opening_words_asks_the_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(AGAINST_TARGET)
def test_a_result_put_against_a_target_asks_its_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OWN_PMQA_LEVEL)
def test_the_organisations_own_pmqa_against_a_level_asks_its_tier(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(BOTH_INDICATORS)
def test_two_indicators_told_apart_or_compared_are_both_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert [t for org, t, _, _ in ALL if read_as_writes([t], org)] == []
