"""Issue 9, round 9 (h10b): several indicators asked by number ("ตัวชี้วัด 2 3 4", "1 ถึง 4",
"1-4"), the measure word typed that picks one of two indicators whose titles otherwise tie
(ระดับ / คะแนน / ร้อยละ / จำนวน), whether an indicator still has no data ("…ยังไม่มีข้อมูลใช่ไหม"),
and an indicator's title words followed by a percent and nothing else (a value)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from handlers.nlu.evaluation import TODAY, meaning
from handlers.registry import understand
from tests.fakes.seed import pathum_thani
from tests.fakes.understanding import readings, settled

# Several indicators by their numbers: a list (spaces, commas, "กับ"/"และ") or a range
# ("ถึง", "-"), asked the same question.
BY_NUMBERS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ขอดูผลตัวชี้วัด 2 3 4 หน่อยครับ",
        "IndicatorQuery",
        {"indicator": ["2", "3", "4"], "aspect": "result"},
    ),
    (
        "B",
        "ตัวชี้วัดที่ 1 ถึง 3 ได้เท่าไหร่บ้าง",
        "IndicatorQuery",
        {"indicator": ["1", "2", "3"], "aspect": "result"},
    ),
    (
        "O",
        "ตัวชี้วัด 6-9 ผ่านไหม",
        "IndicatorQuery",
        {"indicator": ["6", "7", "8", "9"], "aspect": "tier"},
    ),
    (
        "P",
        "ตัวที่ 2 ถึง 5 เกณฑ์เป็นยังไง",
        "IndicatorQuery",
        {"indicator": ["2", "3", "4", "5"], "aspect": "criteria"},
    ),
    (
        "B",
        "kpi 5, 6, 7 ผลเป็นไง",
        "IndicatorQuery",
        {"indicator": ["5", "6", "7"], "aspect": "result"},
    ),
    (
        "O",
        "ตัวชี้วัด 1, 2 และ 3 ผ่านหมดไหมคะ",
        "IndicatorQuery",
        {"indicator": ["1", "2", "3"], "aspect": "tier"},
    ),
    (
        "P",
        "ตัวชี้วัดที่ 3 ถึงตัวที่ 5 ได้เท่าไหร่แล้ว",
        "IndicatorQuery",
        {"indicator": ["3", "4", "5"], "aspect": "result"},
    ),
    ("B", "ตัวชี้วัด 2 ถึง 4 ส่งผลหรือยัง", "Missing", {"indicator": ["2", "3", "4"]}),
    (
        "O",
        "ผลตัวชี้วัด 8 9 10 ขอดูทีเดียวเลยค่ะ",
        "IndicatorQuery",
        {"indicator": ["8", "9", "10"], "aspect": "result"},
    ),
    # A code asked its tier is that indicator, not an item "ระดับ 2 (ขั้นต้น)" of another.
    (
        "P",
        "ตัวชี้วัด 2 ถึง 4 ผ่านหมดไหม",
        "IndicatorQuery",
        {"indicator": ["2", "3", "4"], "aspect": "tier"},
    ),
    ("P", "ตัวชี้วัด 2 ผ่านไหม", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ตัวชี้วัดที่ 3 ได้ระดับไหนแล้ว", "IndicatorQuery", {"indicator": "3", "aspect": "tier"}),
]


@readings(BY_NUMBERS)
def test_several_indicators_asked_by_number(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A range past the organisation's last indicator is every indicator up to it; codes listed
# apart stay as typed (the one it lacks is said to be missing).
PAST_THE_LAST: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "ตัวชี้วัด 1 ถึง 10 ผ่านไหม",
        "IndicatorQuery",
        {"indicator": ["1", "2", "3", "4", "5", "6", "7", "8"], "aspect": "tier"},
    ),
    ("P", "ตัวชี้วัด 5-8 ได้เท่าไหร่", "IndicatorQuery", {"indicator": ["5", "6"], "aspect": "result"}),
    (
        "B",
        "ตัวชี้วัด 2 กับ 12 ได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": ["?12", "2"], "aspect": "result"},
    ),
]


@readings(PAST_THE_LAST)
def test_a_range_past_the_last_indicator_ends_at_it(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A code and a value stay a code and a value: two numbers after ตัวชี้วัด are no list, nor a
# range too long to be one.
CODE_AND_VALUE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ตัวชี้วัด 2 52.3", "SubmitValue", {"indicator": "2", "value": "52.3", "raw_value": "52.3"}),
    ("O", "ตัวชี้วัด 8 3", "SubmitValue", {"indicator": "8", "value": "3", "raw_value": "3"}),
    ("P", "kpi 4 - 85", "SubmitValue", {"indicator": "4", "value": "85", "raw_value": "85"}),
    ("B", "ตัวชี้วัดที่ 4 ได้ 4.5", "SubmitValue", {"indicator": "4", "value": "4.5", "raw_value": "4.5"}),
]


@readings(CODE_AND_VALUE)
def test_a_code_then_a_value_is_no_list(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# A later clause settling for less ("…ขอผลขยะพอ", "เอาแค่…พอ") is what the message asks.
SETTLED_FOR: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "P",
        "ขยะกับยาเสพติดได้เท่าไหร่ เอ้ย ขอแค่ผลขยะพอ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
    (
        "B",
        "ชุดข้อมูลกับ PMQA ... เอ้ย PMQA ยังไม่ออกใช่ไหม ขอผลชุดข้อมูลพอ",
        "IndicatorQuery",
        {"indicator": "5", "aspect": "result"},
    ),
    (
        "O",
        "จริยธรรมกับแต่งตั้งเป็นไงบ้าง เอาแค่ผลแต่งตั้งพอครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
    ("P", "ขอผลท่องเที่ยวพอค่ะ", "IndicatorQuery", {"indicator": "3", "aspect": "result"}),
]


@readings(SETTLED_FOR)
def test_a_later_clause_settling_for_less_is_what_is_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Two indicators whose titles differ only by their measure word (ระดับ… / คะแนน…ความพร้อม
# รัฐบาลดิจิทัล): the words without it name both; the measure typed (glued, with the value, or
# asked) picks one.
BY_MEASURE: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "O",
        "ความพร้อมรัฐบาลดิจิทัลได้ 88.25 คะแนนค่ะ",
        "SubmitValue",
        {"indicator": "9", "value": "88.25", "raw_value": "88.25"},
    ),
    (
        "B",
        "ความพร้อมรัฐบาลดิจิทัล 80.5 คะแนน",
        "SubmitValue",
        {"indicator": "7", "value": "80.5", "raw_value": "80.5"},
    ),
    (
        "B",
        "ความพร้อมรัฐบาลดิจิทัลได้ระดับ 3 นะคะ",
        "SubmitValue",
        {"indicator": "6", "value": "3", "raw_value": "3"},
    ),
    ("O", "ระดับความพร้อมรัฐบาลดิจิทัลคิดยังไง", "IndicatorQuery", {"indicator": "8", "aspect": "formula"}),
    (
        "B",
        "คะแนนความพร้อมรัฐบาลดิจิทัลคำนวณอย่างไรครับ",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "formula"},
    ),
    (
        "B",
        "ระดับความพร้อมรัฐบาลดิจิทัลคำนวณยังไงคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "formula"},
    ),
    ("O", "ยังไม่ได้ส่งค่าระดับความพร้อมรัฐบาลดิจิทัลใช่ไหม", "Missing", {"indicator": "8"}),
    ("B", "ยังไม่ได้ส่งคะแนนความพร้อมรัฐบาลดิจิทัลเลยใช่มั้ยคะ", "Missing", {"indicator": "7"}),
    ("O", "คะแนน DG Readiness ล่าสุดครับ", "IndicatorQuery", {"indicator": "9", "aspect": "result"}),
    ("B", "คะแนน DG Readiness ล่าสุด", "IndicatorQuery", {"indicator": "7", "aspect": "result"}),
    (
        "O",
        "ความพร้อมรัฐบาลดิจิทัล เกณฑ์เป็นยังไง",
        "IndicatorQuery",
        {"indicator": ["8", "9"], "aspect": "criteria"},
    ),
    (
        "B",
        "ความพร้อมรัฐบาลดิจิทัล 3",
        "SubmitValue",
        {"indicator": ["6", "7"], "value": "3", "raw_value": "3"},
    ),
]


@readings(BY_MEASURE)
def test_the_measure_word_typed_picks_one_of_two_titles(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def _counted_twice() -> Any:
    """ปทุมธานี with its drug indicator told twice: as a percent (ร้อยละ…) and as a count
    (จำนวน…) of the same villages, as some reports list one measure both ways."""
    org = pathum_thani()
    drugs = next(i for i in org.indicators if i.code == "4")
    count = replace(drugs, code="7", title="จำนวนหมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติด", unit="แห่ง")
    return replace(org, indicators=(*org.indicators, count))


COUNTED_TWICE: list[tuple[str, str, dict[str, Any]]] = [
    (
        "หมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติด 85%",
        "SubmitValue",
        {"indicator": "4", "value": "85", "raw_value": "85%", "percent": True},
    ),
    (
        "หมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติด ร้อยละ 85",
        "SubmitValue",
        {"indicator": "4", "value": "85", "raw_value": "ร้อยละ 85", "percent": True},
    ),
    (
        "จำนวนหมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติดได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "7", "aspect": "result"},
    ),
    (
        "ร้อยละของหมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติดได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "4", "aspect": "result"},
    ),
    (
        "หมู่บ้าน/ชุมชนที่ไม่พบปัญหายาเสพติดได้เท่าไหร่",
        "IndicatorQuery",
        {"indicator": ["4", "7"], "aspect": "result"},
    ),
]


@pytest.mark.parametrize(
    ("text", "intent", "slots"), COUNTED_TWICE, ids=[c[0] for c in COUNTED_TWICE]
)
def test_a_percent_or_a_count_picks_its_title(
    text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert meaning(understand(text, today=TODAY).intent, _counted_twice()) == (intent, slots)


# Whether an indicator still has nothing entered, asked ("…ยังไม่มีข้อมูลใช่ไหม"): who has not
# sent its result.
NO_DATA_YET: list[tuple[str, str, str, dict[str, Any]]] = [
    ("P", "ยาเสพติดยังไม่มีข้อมูลเลยใช่ไหมคะ", "Missing", {"indicator": "4"}),
    ("P", "e-Service ยังไม่มีตัวเลขใช่ไหม", "Missing", {"indicator": "5"}),
    ("B", "e-Budgeting ยังไม่มีข้อมูลใช่มั้ย", "Missing", {"indicator": "4"}),
    ("O", "Master Data ยังไม่มีข้อมูลใช่มั้ยครับ", "Missing", {"indicator": "7"}),
    ("O", "ตัวชี้วัดที่ 3 ยังไม่มีค่าใช่ไหม", "Missing", {"indicator": "3"}),
    ("B", "โอนเปลี่ยนแปลงยังไม่มีผลเลยเหรอ", "Missing", {"indicator": "3"}),
    ("P", "ขยะยังไม่ได้ลงข้อมูลใช่ไหม", "Missing", {"indicator": "2"}),
    ("P", "ท่องเที่ยวยังไม่มีตัวเลขเลยหรือเปล่าคะ", "Missing", {"indicator": "3"}),
    ("O", "จริยธรรมยังไม่มีข้อมูลใช่ป่ะ", "Missing", {"indicator": ["4", "5"]}),
]


@readings(NO_DATA_YET)
def test_no_data_yet_asks_what_is_missing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    ("org", "text"),
    [
        ("P", "ท่องเที่ยวยังไม่มีข้อมูลนะคะ รอ ททท. ส่งมา"),
        ("B", "ยังไม่มีข้อมูลเรื่องงานเลี้ยงปีใหม่ใช่ไหม"),
    ],
)
def test_no_data_told_or_of_something_else_is_no_missing_question(org: str, text: str) -> None:
    assert settled(text, org)[0] not in ("Missing", "SubmitValue")


# An indicator's title words followed by a percent and nothing else: its value.
TITLE_AND_PERCENT: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "B",
        "ความพึงพอใจผู้ใช้งานระบบ 91.2%",
        "SubmitValue",
        {"indicator": "4", "value": "91.2", "raw_value": "91.2%", "percent": True},
    ),
    (
        "B",
        "ความพึงพอใจการให้บริการ 88 เปอร์เซ็นต์",
        "SubmitValue",
        {"indicator": "4", "value": "88", "raw_value": "88 เปอร์เซ็นต์", "percent": True},
    ),
    (
        "P",
        "ผู้เยี่ยมเยือนชาวไทย 12%",
        "SubmitValue",
        {"indicator": "3", "value": "12", "raw_value": "12%", "percent": True},
    ),
    (
        "O",
        "หลักสูตรการสอบแข่งขัน 100%",
        "SubmitValue",
        {"indicator": "1", "value": "100", "raw_value": "100%", "percent": True},
    ),
    (
        "B",
        "ความพึงพอใจผู้ใช้ระบบ ๘๙.๕% ค่ะ",
        "SubmitValue",
        {"indicator": "4", "value": "89.5", "raw_value": "๘๙.๕%", "percent": True},
    ),
]


@readings(TITLE_AND_PERCENT)
def test_title_words_and_a_percent_are_a_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    ("org", "text"),
    [
        ("B", "แบตโทรศัพท์เหลือ 15%"),
        ("P", "ลดราคา 50%"),
        ("O", "โอกาสฝนตก 60%"),
        ("O", "ความพึงพอใจผู้ใช้ระบบ 88.5%"),  # no indicator of ก.พ. is about satisfaction
        ("L", "ความพึงพอใจผู้ใช้ระบบ 88.5%"),
        ("B", "ความพึงพอใจผู้ใช้ระบบ 88.5% ผ่านไหม"),
    ],
)
def test_a_percent_of_something_else_is_no_value(org: str, text: str) -> None:
    assert settled(text, org)[0] != "SubmitValue"
