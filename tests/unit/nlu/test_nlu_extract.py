"""Extraction: values, dates, indicator codes, step numbers and months, masked for the segmenter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from handlers.nlu.extract import MONTH, as_typed, extract, may_name_a_month

TODAY = date(2025, 1, 15)


@pytest.mark.parametrize(
    ("text", "value", "raw", "percent"),
    [
        ("ขยะ 52.3", "52.3", "52.3", False),
        ("ขยะ52.3", "52.3", "52.3", False),
        ("ท่องเที่ยว 1,462.21", "1462.21", "1,462.21", False),
        ("ขยะ 85%", "85", "85%", True),
        ("ขยะ 85 %", "85", "85 %", True),
        ("ขยะ ร้อยละ 85", "85", "ร้อยละ 85", True),
        ("ขยะ 85 เปอร์เซ็นต์", "85", "85 เปอร์เซ็นต์", True),
        ("ขยะ 85 percent", "85", "85 percent", True),
        ("โอนงบ -3", "-3", "-3", False),
        ("kpi 2.1 = 85", "85", "85", False),
        ("e-service 190", "190", "190", False),
    ],
)
def test_a_typed_value_is_read_with_its_percent_sign(
    text: str, value: str, raw: str, percent: bool
) -> None:
    (number,) = extract(text, today=TODAY).numbers
    assert (number.value, number.raw, number.percent) == (Decimal(value), raw, percent)
    assert text[number.start : number.end].strip() == raw


@pytest.mark.parametrize(
    "text",
    [
        "ตัวชี้วัด 3",
        "ตัวชี้วัดที่ 2.1",
        "ขั้นตอนที่ 3 ส่งแล้ว",
        "ส่งแบบฟอร์ม 4 แล้ว",
        "ข้อ 2 ผ่าน",
        "หมวด 1",
        "pmqa 4.0 ถึงไหนแล้ว",
        "ระบบราชการ 4.0",
        "ผลปี 2567",
        "ส่งแผนแล้ว 30 ม.ค. 68",
        "กำหนดส่ง 15 - 24 ก.ย.68",
        "ส่งแผนเมื่อวาน",
    ],
)
def test_codes_names_years_and_dates_are_not_values(text: str) -> None:
    assert extract(text, today=TODAY).numbers == ()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ตัวชี้วัด 3", "3"),
        ("ตัวชี้วัดที่ 2.1", "2.1"),
        ("ตัวชี้วัดที่3ได้เท่าไหร่", "3"),
        ("kpi 3", "3"),
        ("kpi3 = 50", "3"),
        ("ตัวที่ 3", "3"),
        ("ตัวชี้วัดข้อ 4", "4"),
        ("ตัวชี้วัดขยะ", ""),
        ("ตัวชี้วัด 85%", ""),
    ],
)
def test_an_indicator_code_is_read_after_its_word(text: str, code: str) -> None:
    assert extract(text, today=TODAY).indicator_code == code


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("ขั้นตอนที่ 3 ส่งแล้ว", "3"),
        ("ขั้นตอนที่3", "3"),
        ("ขั้นที่ 3", "3"),
        ("ขั้น 3", "3"),
        ("step 2 done", "2"),
        ("ผ่านขั้นไหน", ""),
    ],
)
def test_a_step_number_is_read_after_its_word(text: str, step: str) -> None:
    assert extract(text, today=TODAY).step == step


def test_dates_come_from_the_thai_date_reader_with_their_spans() -> None:
    found = extract("แผนส่งแล้ว 30 ม.ค. 68", today=TODAY)
    (when,) = found.dates
    assert (when.due, when.text) == (date(2025, 1, 30), "30 ม.ค. 68")
    assert found.masked == "แผนส่งแล้ว DATE"


def test_a_year_less_date_takes_the_nearest_year_and_a_range_its_last_day() -> None:
    assert extract("ส่ง 30 ธ.ค.", today=TODAY).dates[0].due == date(2024, 12, 30)
    window = extract("ส่ง 15 - 24 ก.ย. 68", today=TODAY).dates[0]
    assert (window.opens, window.due) == (date(2025, 9, 15), date(2025, 9, 24))


@pytest.mark.parametrize(
    ("text", "due"),
    [("ส่งแผนวันนี้", TODAY), ("ส่งแผนเมื่อวาน", date(2025, 1, 14))],
)
def test_today_and_yesterday_are_dates(text: str, due: date) -> None:
    assert extract(text, today=TODAY).dates[0].due == due


@pytest.mark.parametrize(
    ("text", "month", "this_month"),
    [
        ("เดือนนี้ต้องส่งอะไร", 1, True),
        ("เดือนหน้าต้องส่งอะไร", 2, False),
        ("เดือนกันยายนต้องส่งอะไร", 9, False),
        ("เดือนกันยาต้องส่งอะไร", 9, False),
        ("เดือน ก.ย. ต้องส่งอะไร", 9, False),
        ("ธันวาคมต้องส่งอะไร", 12, False),
        ("ต้องส่งอะไร", None, False),
    ],
)
def test_a_month_is_read_from_its_name(text: str, month: int | None, this_month: bool) -> None:
    found = extract(text, today=TODAY)
    assert (found.month, found.this_month) == (month, this_month)


def test_next_month_in_december_is_january() -> None:
    assert extract("เดือนหน้า", today=date(2024, 12, 5)).month == 1


def test_the_masked_text_hides_every_piece_from_the_segmenter() -> None:
    found = extract("รายงานผล ตัวชี้วัด 2.1 = 85% ขั้นตอนที่ 4 เดือนนี้ 30 ม.ค.", today=TODAY)
    assert found.masked == "รายงานผล KPI = NUM STEP MONTH DATE"


@pytest.mark.parametrize(
    ("raw", "original", "typed"),
    [
        ("75.5", "บันทึกผลยาเสพติด ๗๕.๕ ครับ", "๗๕.๕"),
        ("85 percent", "ขยะ 85  Percent", "85  Percent"),
        ("52.3", "ขยะ 52.3", "52.3"),
        ("52.3", "something else", "52.3"),
    ],
)
def test_a_value_is_given_back_as_typed(raw: str, original: str, typed: str) -> None:
    assert as_typed(raw, original) == typed


def test_the_number_of_a_copy_is_a_name_never_a_value() -> None:
    assert extract("จริยธรรม ชุดที่ 2", today=date(2025, 1, 15)).numbers == ()


@pytest.mark.parametrize(
    "text",
    ["เดือน ก.ย.", "กันยายนต้องส่งอะไร", "ก.พ. มีอะไรบ้าง", "เดือนหน้ามีอะไร", "ใครยัง", "สถานะ", "ขยะ 52.3"],
)
def test_no_month_is_masked_where_none_may_be_named(text: str) -> None:
    masked = extract(text, today=TODAY).masked
    assert MONTH not in masked or may_name_a_month(text)


def test_a_month_may_be_named_only_by_a_months_word() -> None:
    assert may_name_a_month("เดือน ก.ย.")
    assert not may_name_a_month("ใครยัง")
