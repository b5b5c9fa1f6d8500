"""Round 35 (reports35): the report indicators of a province, the budget bureau and the OCSC.

An indicator's word typed as it sounds or misspelt still names it: "เปอร์เซ็น" (its ต์ left out)
is the measure word as "เปอร์เซ็นต์" is ("ขยาได้กี่เปอร์เซ็น"), "บุคคลากร" is บุคลากร, and a name
typed in Thai letters ("มาสเตอร์ดาต้า") is no framing around the words after it. An item of an
indicator quoted from its middle ("ส่งเสริมแผนพัฒนาบุคลากรไม่น้อยกว่าร้อยละ 50 ของส่วนราชการ",
"เผยแพร่ข้อมูลงบประมาณทางเฟซบุ๊ก") and asked whether it passed asks the items; an indicator's
nickname, or an item that only states the indicator's measure ("3 อำเภอ อย่างน้อย 8 งานบริการ"),
is asked its tier; so is an item holding "รายงานผล" ("เสนอ ครม. เห็นชอบรายงานผลจริยธรรม ผ่านยัง"),
no question of who has not sent. "indicator 7" names indicator 7 as "kpi 7" does.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) An indicator's word misspelt or typed as it sounds, the measure word misspelt after it.
TYPED: list[Case] = [
    ("P", "ขยาได้กี่เปอร์เซ็น", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ขยาได้กี่เปอร์เซน", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("P", "ยาเสพติดได้กี่เปอร์เซ็น", "IndicatorQuery", {"indicator": "4", "aspect": "result"}),
    ("P", "ขยะได้กี่เปอร์เซนต์", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("O", "แผนพัฒนาบุคคลากร ผ่านขั้นไหนแล้ว", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    ("O", "แผนพัฒนาบุคคลากรได้กี่คะแนน", "IndicatorQuery", {"indicator": "3", "aspect": "score"}),
    ("O", "มาสเตอร์ดาต้า ได้กี่ชุดแล้วคะ", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    ("O", "มาสเตอร์ดาตา ได้กี่ชุด", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    # Near misses: the data sets of both, a share told (a write, confirmed first), staff chat.
    ("O", "ชุดข้อมูลได้กี่ชุดแล้ว", "IndicatorQuery", {"indicator": ["6", "7"], "aspect": "result"}),
    (
        "P",
        "ขยะได้ 85 เปอร์เซ็น",
        "SubmitValue",
        {"indicator": "2", "value": "85", "raw_value": "85 เปอร์เซ็น", "percent": True},
    ),
    ("O", "วันนี้บุคคลากรไปอบรมกันหมดเลย", "Unknown", {}),
]

# (2) An item quoted from its middle, asked whether it passed: the items; a nickname or an item
# stating the measure: the tier.
QUOTED: list[Case] = [
    (
        "O",
        "ส่งเสริมแผนพัฒนาบุคลากรไม่น้อยกว่าร้อยละ 50 ของส่วนราชการ ผ่านไหมครับ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "items"},
    ),
    (
        "O",
        "ดำเนินกิจกรรมส่งเสริมแผนพัฒนาบุคลากรไม่น้อยกว่าร้อยละ 50 ผ่านหรือยัง",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "items"},
    ),
    (
        "B",
        "การเผยแพร่ข้อมูลงบประมาณทางเฟซบุ๊กกับบอร์ดของ สงป.เขต ผ่านยังคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "B",
        "เผยแพร่ข้อมูลงบประมาณทางเฟซบุ๊กผ่านไหม",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "P",
        "อีเซอร์วิส 3 อำเภอ 8 งานบริการ ข้อนี้ผ่านหรือยัง",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "items"},
    ),
    # Near misses: nicknames, the measure an item states, a count asked, news told.
    ("O", "คู่มือแผนพัฒนาบุคลากรผ่านไหม", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
    ("O", "หลักสูตรสอบแข่งขันผ่านยัง", "IndicatorQuery", {"indicator": "1", "aspect": "tier"}),
    ("B", "มีส่วนร่วมของประชาชน ผ่านไหม", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    (
        "P",
        "e-Service 3 อำเภอ อย่างน้อย 8 งานบริการ ผ่านไหม",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "tier"},
    ),
    (
        "B",
        "เผยแพร่ข้อมูลงบประมาณทางเฟซบุ๊กได้กี่ครั้ง",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
]

# (3) "indicator N" in English names indicator N.
ENGLISH: list[Case] = [
    ("O", "indicator 7 result?", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    ("O", "indicator 7 result", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    ("O", "indicators 7 result?", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    ("O", "indicator 7 score?", "IndicatorQuery", {"indicator": "7", "aspect": "score"}),
    (
        "O",
        "indicator 4 how many items passed?",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "items"},
    ),
    # Near misses: nothing numbered, a number in a word, as "kpi 7" reads.
    ("O", "result?", "Status", {}),
    ("O", "kpi 7 result?", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
]

# (4) An item whose words hold "รายงานผล" asked whether it passed ("…ผ่านยัง"): the items, no
# question of who has not sent; a sending named is still that question.
PASSED_YET: list[Case] = [
    (
        "O",
        "เสนอ ครม. เห็นชอบรายงานผลจริยธรรม ผ่านยัง",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "items"},
    ),
    (
        "O",
        "เสนอ ก.ม.จ. เห็นชอบรายงานผลจริยธรรม ผ่านหรือยังคะ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "items"},
    ),
    (
        "O",
        "จัดทำรายงานผลจริยธรรม ผ่านยัง",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "items"},
    ),
    (
        "O",
        "รายงานผลจริยธรรมผ่านหรือยัง",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "tier"},
    ),
    # Near misses: the report or the plan sent, asked of.
    ("O", "รายงานผลจริยธรรมส่งยัง", "Missing", {"indicator": ["4", "5"]}),
    ("O", "จริยธรรมรายงานแล้วยัง", "Missing", {"indicator": ["4", "5"]}),
    ("L", "ส่งแผนแล้ว ผ่านยัง", "Missing", {"step": "3"}),
    ("L", "กองคลังส่งแผนยัง", "Status", {"unit": "กองคลัง"}),
]

ALL = TYPED + QUOTED + ENGLISH + PASSED_YET


@readings(TYPED)
def test_an_indicators_word_misspelt_or_typed_as_it_sounds_names_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(QUOTED)
def test_an_item_quoted_from_its_middle_asks_the_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ENGLISH)
def test_indicator_and_its_number_in_english_names_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PASSED_YET)
def test_an_item_holding_its_report_asked_whether_it_passed_asks_the_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["indicator 7 result?", "ขยาได้กี่เปอร์เซ็น"], "O") == []
