"""Round 6 (outside-written dev parts), family h9i: questions and submissions about one report
indicator -- the aspect asked, the indicator named by English or glued words, the bar typed as
criteria words, a comparison with last year, values typed as levels, baselines naming one of two
similar indicators. New sentences of each family, never the corpus's own."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import WRITES
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import settled

Q = "IndicatorQuery"

# 1. Short forms and glued English names of an indicator: "PB", "ecotown".
NAMES: list[tuple[str, str, tuple[str, dict[str, Any]]]] = [
    ("P", "ecotownผ่านไหมคะ", (Q, {"indicator": "1", "aspect": "tier"})),
    ("P", "ขอดูตัวชี้วัด ecotown หน่อยครับ", (Q, {"indicator": "1"})),
    ("P", "eco-town ได้ระดับไหนแล้ว", (Q, {"indicator": "1", "aspect": "tier"})),
    ("B", "PB ได้กี่คะแนนคะ", (Q, {"indicator": "2", "aspect": "score"})),
    ("B", "ตัวชี้วัด pb มีข้อไหนไม่ผ่านบ้าง", (Q, {"indicator": "2", "aspect": "failed"})),
    ("B", "เกณฑ์ของ PB คืออะไรครับ", (Q, {"indicator": "2", "aspect": "criteria"})),
    ("B", "PB ได้ระดับ 4 แล้วนะคะ", ("SubmitValue", {"indicator": "2", "value": "4",
                                                    "raw_value": "4"})),
    ("B", "pb กับ โอนเปลี่ยนแปลง ผ่านเกณฑ์ไหมคะ", (Q, {"indicator": ["2", "3"],
                                                       "aspect": "tier"})),
    ("P", "ผลขยะมูลฝอยชุมชนปีนี้ล่ะคะ", (Q, {"indicator": "2", "aspect": "result"})),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "wanted"), NAMES)
def test_short_and_glued_names_name_the_indicator(org: str, text: str, wanted: Any) -> None:
    assert settled(text, org) == wanted


# 2. The failed items: "ตก", "สอบตก", English "failed".
FAILED: list[tuple[str, str, str | list[str]]] = [
    ("P", "อุตสาหกรรมเชิงนิเวศตกข้อไหนบ้างคะ", "1"),
    ("O", "จริยธรรมสอบตกข้อไหนครับ", ["4", "5"]),
    ("B", "e-Budgeting มีข้อที่ตกไหม", "4"),
    ("O", "which items failed for หลักสูตรสอบ?", "1"),
    ("P", "Which item of e-Service failed", "5"),
    ("O", "แต่งตั้ง ข้อไหนตกคะ", "2"),
]


@pytest.mark.parametrize(("org", "text", "code"), FAILED)
def test_failed_items_by_any_word(org: str, text: str, code: str | list[str]) -> None:
    assert settled(text, org) == (Q, {"indicator": code, "aspect": "failed"})


def test_agreeing_is_no_failed_item() -> None:
    assert settled("ตกลงขยะได้เท่าไหร่คะ", "P") == (Q, {"indicator": "2", "aspect": "result"})


# 3. Every item ("ทุกข้อ") and how many counted things passed are the items; "ผ่านหมดไหม"
# stays the verdict (the older parts' convention).
ITEMS: list[tuple[str, str, str, str]] = [
    # ("…ผ่านครบทุกข้อไหม", passed in full asked yes or no, is the tier since round 33.)
    ("O", "หลักสูตรสอบผ่านครบทุกข้อยังครับ", "1", "items"),
    ("B", "โอนเปลี่ยนแปลงผ่านทุกข้อยังคะ", "3", "items"),
    ("P", "e-Service ผ่านกี่อำเภอแล้วคะ", "5", "items"),
    ("P", "มีกี่อำเภอที่ผ่าน e-Service ครับ", "5", "items"),
    ("O", "แผนพัฒนาบุคลากรผ่านหมดไหม", "3", "tier"),
    ("P", "Eco Town ผ่านกี่ระดับแล้วคะ", "1", "tier"),
]


@pytest.mark.parametrize(("org", "text", "code", "aspect"), ITEMS)
def test_every_item_or_a_count_passed_asks_the_items(
    org: str, text: str, code: str, aspect: str
) -> None:
    assert settled(text, org) == (Q, {"indicator": code, "aspect": aspect})


# 4. How a score or a result is reached: the formula.
FORMULA: list[tuple[str, str, str | list[str]]] = [
    ("P", "ท่องเที่ยวคิดคะแนนยังไงครับ", "3"),
    ("B", "e-Budgeting วัดผลอย่างไรคะ", "4"),
    ("O", "จริยธรรมให้คะแนนยังไง", ["4", "5"]),
    ("L", "PMQA คิดคะแนนอย่างไรคะ", "1"),
    ("P", "ยาเสพติดวัดยังไงคะ สูตรคืออะไร", "4"),
    ("B", "BBL วัดผลยังไง มีสูตรไหมครับ", "4"),
]


@pytest.mark.parametrize(("org", "text", "code"), FORMULA)
def test_how_it_is_scored_asks_the_formula(org: str, text: str, code: str | list[str]) -> None:
    assert settled(text, org) == (Q, {"indicator": code, "aspect": "formula"})


def test_scoring_criteria_stay_criteria() -> None:
    assert settled("ขยะมีเกณฑ์การให้คะแนนยังไงคะ", "P") == (
        Q,
        {"indicator": "2", "aspect": "criteria"},
    )


# 5. Compared with last year: the result.
COMPARED: list[tuple[str, str, str]] = [
    ("P", "ท่องเที่ยวปีนี้ดีขึ้นไหมคะ", "3"),
    ("B", "e-Budgeting เทียบกับปีที่แล้วเป็นยังไงบ้าง", "4"),
    ("O", "PMQA ปีนี้แย่ลงกว่าปีก่อนหรือเปล่าครับ", "10"),
    ("P", "ยาเสพติดเพิ่มขึ้นจากปีที่แล้วไหม", "4"),
    ("L", "PMQA ดีกว่าปีที่แล้วมั้ยครับ", "1"),
]


@pytest.mark.parametrize(("org", "text", "code"), COMPARED)
def test_a_comparison_with_last_year_asks_the_result(org: str, text: str, code: str) -> None:
    assert settled(text, org) == (Q, {"indicator": code, "aspect": "result"})


# 6. The bar typed as criteria words ("ต้องได้เกิน", "อย่างน้อย", "ขั้นต่ำ") names nothing.
CRITERIA: list[tuple[str, str, str]] = [
    ("P", "ขยะต้องได้เกินเท่าไหร่คะ", "2"),
    ("B", "PMQA ต้องได้อย่างน้อยกี่คะแนนครับ", "8"),
    ("O", "เกณฑ์ PMQA เท่าไหร่ ต้องได้ไม่ต่ำกว่าเท่าไร", "10"),
    ("P", "ท่องเที่ยวขั้นต่ำต้องได้เท่าไหร่", "3"),
    ("O", "Master Data เกณฑ์คืออะไร ต้องมีกี่ชุดคะ", "7"),
]


@pytest.mark.parametrize(("org", "text", "code"), CRITERIA)
def test_the_bar_in_words_asks_the_criteria(org: str, text: str, code: str) -> None:
    assert settled(text, org) == (Q, {"indicator": code, "aspect": "criteria"})


# 7. A score indicator named by its title with its code or an English keyword: its result;
# a baseline typed with the title's measure word names that indicator, not its twin.
SCORE_TITLES: list[tuple[str, str, tuple[str, dict[str, Any]]]] = [
    ("O", "ตัวชี้วัด 9 คะแนนความพร้อมรัฐบาลดิจิทัลได้เท่าไหร่", (Q, {"indicator": "9",
                                                                 "aspect": "result"})),
    ("B", "คะแนน DG Readiness ตอนนี้เท่าไรครับ", (Q, {"indicator": "7", "aspect": "result"})),
    ("B", "ค่าฐานคะแนนความพร้อมรัฐบาลดิจิทัลปี 2566 = 70.5",
     ("SubmitBaseline", {"indicator": "7", "value": "70.5", "raw_value": "70.5", "year": 2566})),
    ("O", "คะแนนความพร้อมรัฐบาลดิจิทัล ปี 65 ได้ 68 คะแนน",
     ("SubmitBaseline", {"indicator": "9", "value": "68", "raw_value": "68", "year": 2565})),
    ("O", "baseline ระดับความพร้อมรัฐบาลดิจิทัลปี 2566 = 3",
     ("SubmitBaseline", {"indicator": "8", "value": "3", "raw_value": "3", "year": 2566})),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "wanted"), SCORE_TITLES)
def test_a_title_measure_names_the_indicator(org: str, text: str, wanted: Any) -> None:
    assert settled(text, org) == wanted


@pytest.mark.parametrize(
    "text",
    [
        "ขยะดีขึ้นกว่าปีที่แล้วไหมคะ",
        "PB ผ่านระดับไหนแล้วคะ",
        "ecotown ต้องได้เกินเท่าไร",
        "Which items of ecotown failed?",
        "คะแนน DG Readiness เท่าไหร่",
    ],
)
def test_these_questions_store_nothing(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)


# 8. A favour asked of the bot to record a value ("…ให้หน่อยได้ไหม" after a recording verb)
# is the value, restated on its confirmation card; "?" or another ask keeps it a question.
FAVOURS: list[tuple[str, str, dict[str, Any]]] = [
    ("P", "ช่วยกรอกขยะ 57.4 ให้ด้วยได้ไหมครับ", {"indicator": "2", "value": "57.4",
                                                "raw_value": "57.4"}),
    ("P", "บันทึกท่องเที่ยว 1,500 ล้านบาทให้ทีได้มั้ยคะ", {"indicator": "3", "value": "1500",
                                                        "raw_value": "1,500"}),
    ("B", "ตัวชี้วัด 4 ได้ 4.5 บันทึกให้หน่อยได้ไหมครับ", {"indicator": "4", "value": "4.5",
                                                        "raw_value": "4.5"}),
    ("O", "อัปเดตผล PMQA 402 ให้หน่อยได้มั้ย", {"indicator": "10", "value": "402",
                                               "raw_value": "402"}),
    ("P", "รบกวนบันทึกผลยาเสพติด 76.1 ให้ด้วยได้ไหมคะ", {"indicator": "4", "value": "76.1",
                                                       "raw_value": "76.1"}),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "slots"), FAVOURS)
def test_a_favour_to_record_is_the_value(org: str, text: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == ("SubmitValue", slots)


@pytest.mark.parametrize(
    "text",
    [
        "บันทึกผลขยะ 59.7 ให้หน่อยได้มั้ยคะ?",
        "บันทึกผลขยะ 59.7 ได้มั้ยคะ",
        "ส่งผลขยะ 59.7 ให้หน่อยได้ไหม",
        "ขยะ 59.7 ผ่านไหม บันทึกให้หน่อยได้ไหม",
        "เปิดการเตือนให้หน่อยได้ไหม",
        "บันทึกว่ากองคลังส่งแผนแล้วให้หน่อยได้ไหม",
        "ขยะเท่าไหร่ บันทึกให้ด้วยได้ไหม",
    ],
)
def test_other_asks_near_a_favour_store_nothing(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)


# 9. A cue inside an indicator's name ("หลักเกณฑ์การแต่งตั้ง") asks nothing; the subject after
# its ask ("ผ่านขั้นไหน e-Budgeting"), an outcome after sending ("ได้ผลยังไง").
ASKED_AROUND: list[tuple[str, str, tuple[str, dict[str, Any]]]] = [
    ("O", "หลักเกณฑ์การแต่งตั้งได้คะแนนเท่าไหร่", (Q, {"indicator": "2", "aspect": "score"})),
    ("O", "หลักเกณฑ์การแต่งตั้ง ผ่านไหมคะ", (Q, {"indicator": "2", "aspect": "tier"})),
    ("O", "หลักเกณฑ์การแต่งตั้ง มีเกณฑ์ยังไงคะ", (Q, {"indicator": "2", "aspect": "criteria"})),
    ("P", "ผ่านไหมคะ ยาเสพติด", (Q, {"indicator": "4", "aspect": "tier"})),
    ("B", "ได้ระดับไหน โอนเปลี่ยนแปลง", (Q, {"indicator": "3", "aspect": "tier"})),
    ("P", "ท่องเที่ยวเป็นยังไงบ้าง ผ่านไหม", (Q, {"indicator": "3", "aspect": "tier"})),
    ("P", "ส่งผลท่องเที่ยวไปแล้ว ผลเป็นยังไงบ้าง", (Q, {"indicator": "3", "aspect": "result"})),
]  # fmt: skip


@pytest.mark.parametrize(("org", "text", "wanted"), ASKED_AROUND)
def test_what_is_asked_around_a_name(org: str, text: str, wanted: Any) -> None:
    assert settled(text, org) == wanted


def test_how_to_send_is_still_help() -> None:
    assert settled("ส่งผลยังไงคะ", "P") == ("Help", {})
