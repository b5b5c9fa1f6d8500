"""Issue 9, round 16 (fixE): years by words, figures corrected, values with their workings,
everything asked in detail.

A baseline's year named by words counted back from today's fiscal year ("ปีก่อนโน้น",
"สองปีก่อน": the year before last; "ปีที่แล้ว": last year), from one table
(data/nlu/year_words.txt). A figure or a field corrected a minute after it was typed: only the
corrected slot (and the indicator when named). A value told with its parts or its formula in
brackets: the headline figure. A report of every indicator asked in detail: Status detail, an
unknown abbreviation no unit.
"""

from __future__ import annotations

from datetime import date

import pytest

from handlers.nlu.evaluation import category
from handlers.nlu.extract import extract
from tests.fakes.understanding import readings, settled

# 15 Jan 2025 is in fiscal year 2568.
BASELINE_YEARS = [
    ("P", "ค่าฐานขยะปีก่อนโน้นได้ร้อยละ 48.2 ครับ", "SubmitBaseline",
     {"indicator": "2", "value": "48.2", "raw_value": "48.2", "year": 2566, "percent": True}),
    ("O", "PMQA สองปีก่อนได้ 401.5 คะแนน ใช้เป็นค่าฐานค่ะ", "SubmitBaseline",
     {"indicator": "10", "value": "401.5", "raw_value": "401.5", "year": 2566}),
    ("B", "ค่าฐาน PMQA เมื่อ 2 ปีที่แล้ว 398 คะแนนครับ", "SubmitBaseline",
     {"indicator": "8", "value": "398", "raw_value": "398", "year": 2566}),
    ("P", "ยาเสพติดปีงบก่อนโน้น 81.5 เอาไว้เป็นค่าฐานนะคะ", "SubmitBaseline",
     {"indicator": "4", "value": "81.5", "raw_value": "81.5", "year": 2566}),
    ("P", "ท่องเที่ยวปีงบที่แล้ว 1,420.5 ล้านบาท ใช้เป็นค่าฐาน", "SubmitBaseline",
     {"indicator": "3", "value": "1420.5", "raw_value": "1,420.5", "year": 2567}),
    ("O", "ค่าฐาน PMQA ปีที่แล้ว 420 คะแนน", "SubmitBaseline",
     {"indicator": "10", "value": "420", "raw_value": "420", "year": 2567}),
    ("O", "ค่าฐาน PMQA สามปีก่อน 380 คะแนน", "SubmitBaseline",
     {"indicator": "10", "value": "380", "raw_value": "380", "year": 2565}),
]  # fmt: skip


@readings(BASELINE_YEARS)
def test_a_baselines_year_named_by_words(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    ("today", "text", "year"),
    [
        (date(2025, 1, 15), "ปีก่อนโน้น 400", 2566),
        (date(2025, 11, 2), "ปีก่อนโน้น 400", 2567),  # fiscal year 2569 begins in October
        (date(2025, 11, 2), "ปีที่แล้ว 400", 2568),
        (date(2025, 1, 15), "สองปีที่แล้ว 400", 2566),
        (date(2025, 1, 15), "ปีก่อนหน้านั้น 400", None),  # a story's year before
    ],
)
def test_year_words_count_back_from_any_today(today: date, text: str, year: int | None) -> None:
    assert extract(text, today=today).year == year


CORRECTED = [
    ("O", "ขอแก้ค่ะ master data ได้ 9 ชุด ไม่ใช่ 8 ลืมนับชุดข้อมูลบุคลากร", "SubmitValue",
     {"indicator": "7", "value": "9", "raw_value": "9"}),
    ("O", "ขอแก้ครับ GD Catalog ได้ 52 ชุด ไม่ใช่ 50 ลืมนับชุดข้อมูลประวัติบุคลากร", "SubmitValue",
     {"indicator": "6", "value": "52", "raw_value": "52"}),
    ("P", "ไม่ใช่ครับ แก้เป็น 305 ราย นับซ้ำไป 2", "SubmitValue",
     {"value": "305", "raw_value": "305"}),
    ("P", "ขอโทษค่ะ แก้เป็น 1,250 คน นับขาดไป 3", "SubmitValue",
     {"value": "1250", "raw_value": "1,250"}),
    ("B", "แก้ตัวเลขค่ะ ความพึงพอใจ 91.2 ไม่ใช่ 92.1", "SubmitValue",
     {"indicator": "4", "value": "91.2", "raw_value": "91.2"}),
    ("P", "แก้ตัวเลขครับ ยาเสพติด 78.4 ไม่ใช่ 74.8", "SubmitValue",
     {"indicator": "4", "value": "78.4", "raw_value": "78.4"}),
    ("L", "ขออภัยครับ มิติพิมพ์ผิด ที่ถูกคือมิติ 1 กับมิติ 3", "MarkStep", {"dims": [1, 3]}),
    ("L", "ขอโทษครับ เมื่อกี้มิติผิด ที่ถูกต้องคือมิติ 1 และ 2", "MarkStep", {"dims": [1, 2]}),
    ("L", "เมื่อกี้พิมพ์ผิดค่ะ ไม่ใช่วันจันทร์ ส่งวันอังคารที่ 14", "MarkStep",
     {"done_on": "2025-01-14"}),
    ("L", "ขอโทษครับพิมพ์ผิด ไม่ใช่วันพุธ ส่งวันพฤหัสที่ 9", "MarkStep",
     {"done_on": "2025-01-09"}),
]  # fmt: skip


@readings(CORRECTED)
def test_a_figure_or_field_corrected(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


WORKINGS = [
    ("P", "รายได้ท่องเที่ยว 1,402.6 ล้านบาทค่ะ (ค้างคืน 1,000.4 + ไม่ค้างคืน 402.2)", "SubmitValue",
     {"indicator": "3", "value": "1402.6", "raw_value": "1,402.6"}),
    ("P", "ส่งผลขยะค่ะ ร้อยละ 61.2 คิดจาก (กำจัด 500,000 ตัน + ใช้ 112,000 ตัน) x 100 / 1,000,000",
     "SubmitValue",
     {"indicator": "2", "value": "61.2", "raw_value": "ร้อยละ 61.2", "percent": True}),
    ("B", "รายงานผลโอนเปลี่ยนแปลงงบประมาณครับ เหลือ 12 รายการ (ถนน 7 อาคาร 5)", "SubmitValue",
     {"indicator": "3", "value": "12", "raw_value": "12"}),
    ("O", "คะแนนความพร้อมรัฐบาลดิจิทัลได้ 82.6 คะแนน (Pillar 1-7 เฉลี่ย)", "SubmitValue",
     {"indicator": "9", "value": "82.6", "raw_value": "82.6"}),
]  # fmt: skip


@readings(WORKINGS)
def test_the_headline_figure_of_its_workings(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


EVERYTHING_IN_DETAIL = [
    ("P", "ขอสรุปทุกตัวชี้วัดแบบละเอียดไปเข้าที่ประชุม อ.ก.พ. ครับ", "Status", {"detail": True}),
    ("B", "ขอรายงานผลทุกตัวชี้วัดแบบละเอียดเพื่อเสนอรองผู้อำนวยการค่ะ", "Status", {"detail": True}),
    ("O", "ขอผลทุกตัวชี้วัดแบบละเอียด ครบทั้ง 10 ตัวค่ะ", "Status", {"detail": True}),
    ("P", "ขอผลทุกตัวแบบละเอียดด้วยครับ", "Status", {"detail": True}),
    ("B", "ขอสรุปผลทุกตัวชี้วัดอย่างละเอียดเพื่อเสนอ ผอ. ครับ", "Status", {"detail": True}),
    ("P", "ขอรายงานผล ขยะ 52.3", "SubmitValue",
     {"indicator": "2", "value": "52.3", "raw_value": "52.3"}),
]  # fmt: skip


@readings(EVERYTHING_IN_DETAIL)
def test_everything_asked_in_detail(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


OTHERS = [
    ("L", "กจ. กับ กนต. ส่งอะไรมาแล้วบ้างครับ เทียบกันหน่อย", "History", {}),
    ("L", "กองคลังกับกองกลางส่งอะไรไปแล้วบ้าง ขอเทียบกันดู", "History", {}),
    ("B", "สำนักงบประมาณเขต 3 แจ้งย้ายที่ทำการไปอาคารใหม่ตั้งแต่ 3 ก.พ. ค่ะ", "Unknown", {}),
    ("P", "ขยะตอนนี้อยู่ขั้นต้นหรือขั้นสูงคะ", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ยาเสพติดตอนนี้อยู่ระดับมาตรฐานหรือขั้นสูงครับ", "IndicatorQuery",
     {"indicator": "4", "aspect": "tier"}),
]  # fmt: skip


@readings(OTHERS)
def test_histories_compared_news_and_tiers(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "ปีก่อนโน้นขยะได้เท่าไหร่",
        "ค่าฐาน PMQA สองปีก่อนกี่คะแนนครับ",
        "ความพึงพอใจ 88.1 หรือ 81.8 ครับ",
        "ขยะตอนนี้อยู่ขั้นต้นหรือมาตรฐานครับ",
    ],
)
def test_questions_are_never_writes(text: str) -> None:
    assert category(*settled(text, "P")) != "write"
