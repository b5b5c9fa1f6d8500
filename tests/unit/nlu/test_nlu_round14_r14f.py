"""Issue 9, round 14 (r14f): one aspect of a report indicator asked in other words (its
ประเด็น are items, "อยู่เป้าไหน" its tier, "คะแนนรวม" its score, "ค่าเป้าหมาย… กำหนดไว้อย่างไร"
its criteria, "เปิดตัวชี้วัด… ให้ดู" a plain look); a count of pillars at level 3 is the DG
readiness level (the indicator whose targets count pillars), never the DG score; the
organisation's own name never names one of its indicators in a value; history asked in other
words ("ส่งอะไรไปเมื่อไหร่บ้าง", "ประวัติการอัปเดต") names no indicator by its leftover words;
a baseline typed with a percent (%, ร้อยละ, เปอร์เซ็นต์) says so, as a value does."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

_LEGAL = "กองนิติการ"
_FINANCE = "กองคลัง"

# One aspect of a report indicator, asked in other words.
ASPECTS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ขยะมูลฝอยมีประเด็นประเมินอะไรบ้างครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "O",
        "แต่งตั้งข้าราชการ ทั้ง 2 ประเด็นผ่านครบแล้วใช่ไหมคะ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "items"},
    ),
    (
        "B",
        "ตัวชี้วัด GD Catalog ตอนนี้อยู่เป้าไหนแล้วคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "tier"},
    ),
    ("P", "ยาเสพติดตอนนี้อยู่ที่เป้าไหนครับ", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
    (
        "P",
        "e-Service ได้คะแนนรวมเท่าไรแล้วคะ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "score"},
    ),
    (
        "O",
        "ขอทราบค่าเป้าหมายของตัวชี้วัด Master Data ว่ากำหนดไว้อย่างไรคะ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "criteria"},
    ),
    (
        "P",
        "ท่องเที่ยว เป้าหมายขั้นสูงกำหนดไว้ยังไงครับ",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "criteria"},
    ),
    ("B", "รบกวนเปิดตัวชี้วัด e-Budgeting ให้ดูหน่อยครับ", "IndicatorQuery", {"indicator": "4"}),
    ("O", "ช่วยเปิดตัวชี้วัดแผนพัฒนาบุคลากรให้ดูทีค่ะ", "IndicatorQuery", {"indicator": "3"}),
    ("P", "ขยะ เกณท์เป็นไงครับ", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
    ("O", "แต่งตั้ง เกนท์ยังไงคะ", "IndicatorQuery", {"indicator": "2", "aspect": "criteria"}),
]

# A count of pillars at level 3 or more: the DG readiness level, never the DG score.
PILLARS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "ปีนี้ได้ pillar ระดับ 3 ขึ้นไป 5 pillar ครับ",
        "SubmitValue",
        {"indicator": "6", "value": "5", "raw_value": "5"},
    ),
    (
        "O",
        "pillar lv.3 ขึ้นไปได้ 6 pillar แล้วค่ะ",
        "SubmitValue",
        {"indicator": "8", "value": "6", "raw_value": "6"},
    ),
    (
        "O",
        "ค่าฐาน pillar ปี 66 มี 4 pillar",
        "SubmitBaseline",
        {"indicator": "8", "value": "4", "raw_value": "4", "year": 2566},
    ),
    (
        "B",
        "ถ้าได้ Pillar ระดับ 3 ครบ 7 ตัว จะอยู่เป้าไหนคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "criteria"},
    ),
    (
        "O",
        "Pillar ระดับ 3 ได้ 5 ตัว ถือว่าอยู่กลุ่มไหนครับ",
        "IndicatorQuery",
        {"indicator": "8", "aspect": "criteria"},
    ),
]

# The organisation's own name, short name or alias in a value names none of its indicators.
OWN_NAME_VALUES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "คะแนน PMQA 4.0 ของสำนักงบประมาณได้ 402.5 คะแนนค่ะ",
        "SubmitValue",
        {"indicator": "8", "value": "402.5", "raw_value": "402.5"},
    ),
    (
        "B",
        "สำนักงบประมาณได้ PMQA 390 คะแนน บันทึกด้วยครับ",
        "SubmitValue",
        {"indicator": "8", "value": "390", "raw_value": "390"},
    ),
]

# History asked in other words: the unit when named, never an indicator of leftover words.
HISTORY: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กองคลังส่งอะไรไปบ้างเมื่อไหร่คะ", "History", {"unit": _FINANCE}),
    ("L", "กนต. ส่งอะไรไปเมื่อไรบ้าง", "History", {"unit": _LEGAL}),
    ("L", "ขอประวัติการอัปเดตทั้งหมดของกองนิติการหน่อยครับ", "History", {"unit": _LEGAL}),
    ("P", "ประวัติการอัพเดทของเราทั้งหมดหน่อยค่ะ", "History", {}),
    ("O", "ที่ผ่านมาเราบันทึกอะไรไปบ้างแล้วครับ ขอ list หน่อย", "History", {}),
    ("B", "ที่ผ่านมาบันทึกอะไรไปบ้าง ขอลิสต์ด้วยค่ะ", "History", {}),
    ("L", "ไอทีอัปเดตอะไรไปเมื่อไหร่บ้างครับ", "History", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
]

# A baseline typed with a percent: percent, the raw value the number as typed.
BASELINE_PERCENTS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ค่าฐานขยะปี 66 = 52.4%",
        "SubmitBaseline",
        {"indicator": "2", "value": "52.4", "raw_value": "52.4%", "percent": True, "year": 2566},
    ),
    (
        "P",
        "ค่าฐานปี 2565 ของยาเสพติด ร้อยละ 81.2 ครับ",
        "SubmitBaseline",
        {"indicator": "4", "value": "81.2", "raw_value": "81.2", "percent": True, "year": 2565},
    ),
    (
        "P",
        "baseline ยาเสพติดปี 66 ได้ 77 เปอร์เซ็นต์",
        "SubmitBaseline",
        {
            "indicator": "4",
            "value": "77",
            "raw_value": "77 เปอร์เซ็นต์",
            "percent": True,
            "year": 2566,
        },
    ),
    (
        "B",
        "ค่าฐานปี 66 ของ e-Budgeting ร้อยละ 84.5 ค่ะ",
        "SubmitBaseline",
        {"indicator": "4", "value": "84.5", "raw_value": "84.5", "percent": True, "year": 2566},
    ),
    (
        "P",
        "ค่าฐานขยะปี 65 = 49.1",
        "SubmitBaseline",
        {"indicator": "2", "value": "49.1", "raw_value": "49.1", "year": 2565},
    ),
]


@readings(ASPECTS)
def test_an_aspect_asked_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PILLARS)
def test_pillars_counted_are_the_dg_readiness_level(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OWN_NAME_VALUES)
def test_the_organisations_own_name_names_no_indicator(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(HISTORY)
def test_history_asked_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(BASELINE_PERCENTS)
def test_a_baseline_typed_with_a_percent(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


_QUESTIONS = [(o, t) for o, t, i, _ in ASPECTS + PILLARS + HISTORY if not i.startswith("Submit")]


@pytest.mark.parametrize(("org", "text"), _QUESTIONS, ids=[t for _, t in _QUESTIONS])
def test_questions_of_this_round_store_nothing(org: str, text: str) -> None:
    assert category(*settled(text, org)) != "write"
