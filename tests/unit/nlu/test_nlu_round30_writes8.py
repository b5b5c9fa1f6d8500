"""Round 30 (writes8): writes read with a wrong figure, kind or detail.

A correction that names the figure typed before ("แก้ผลยาเสพติดเป็น 78.02 นะคะ เมื่อกี้พิมพ์
สลับเป็น 87.02") stores the new one, never the swapped one. An indicator's value corrected with
its unit ("ตัวชี้วัด 1 ของกองคลัง แก้เป็น 4.5") is a value, not a step. A lack said not to be
("ครบ 3 มิติแล้ว ไม่ได้ขาดมิติ 2") takes no dimension away. English amounts and times read as
their Thai words ("1.55 billion baht" is 1,550 ล้านบาท; "this morning" is today). The count a
criteria group is chosen by ("ชุดข้อมูลเปิดทั้งหมด 42 ชุด ใช้จัดกลุ่ม GD Catalog", "Master Data
(ค่า X) มี 6 ชุด") is a baseline. A bare no to check first cancels; a plan's unit corrected
names the plan's step; a colleague told of a document by a mention is no step.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) The figure typed before, named after the new one: the new one is stored.
FIGURE_TYPED_BEFORE: list[Case] = [
    (
        "P",
        "แก้ผลยาเสพติดเป็น 78.02 นะคะ เมื่อกี้พิมพ์สลับเป็น 87.02",
        "SubmitValue",
        {"indicator": "4", "value": "78.02", "raw_value": "78.02"},
    ),
    (
        "P",
        "แก้ขยะเป็น 57.2 ตะกี้พิมพ์สลับไปเป็น 52.7",
        "SubmitValue",
        {"indicator": "2", "value": "57.2", "raw_value": "57.2"},
    ),
    (
        "P",
        "ขยะ 57.2 ค่ะ เมื่อกี๊ใส่สลับเป็น 52.7",
        "SubmitValue",
        {"indicator": "2", "value": "57.2", "raw_value": "57.2"},
    ),
    (
        "P",
        "ผลยาเสพติด 87.02 ผิด ที่ถูกคือ 78.02",
        "SubmitValue",
        {"indicator": "4", "value": "78.02", "raw_value": "78.02"},
    ),
    # Near miss: the slip asked about is no write.
    ("P", "ขยะเมื่อกี้พิมพ์สลับเป็น 52.7 แก้ยังไงคะ", "Help", {}),
]
# (2) An indicator's value corrected with its unit: a value.
UNIT_VALUE_CORRECTED: list[Case] = [
    (
        "L",
        "ตัวชี้วัด 1 ของกองคลัง แก้เป็น 4.5 นะครับ",
        "SubmitValue",
        {"indicator": "1", "value": "4.5", "raw_value": "4.5", "unit": "กองคลัง"},
    ),
    # Near misses: the unit alone corrected stays the step's; the plan named gives its step.
    ("L", "ไม่ใช่กองคลังค่ะ กองกลาง", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ผิดกองค่ะ แผนนี้ของกองกลาง ไม่ใช่กองคลัง", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ไม่ใช่ค่ะ อันนี้ของกองกลาง ไม่ใช่กองคลัง", "Cancel", {}),
]
# (3) A lack said not to be.
LACK_DENIED: list[Case] = [
    (
        "L",
        "แก้ไขนะครับ แผน ศทส. ครบ 3 มิติแล้ว ไม่ได้ขาดมิติ 2",
        "MarkStep",
        {"step": "3", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "dims": [1, 2, 3]},
    ),
    # Near miss: a lack told stays one.
    ("L", "แผนกองคลังส่งแล้ว ขาดมิติ 3", "MarkStep", {"step": "3", "unit": "กองคลัง", "dims": [1, 2]}),
]
# (4) English amounts and times.
ENGLISH: list[Case] = [
    (
        "P",
        "tourism revenue 1.55 billion baht",
        "SubmitValue",
        {"indicator": "3", "value": "1550", "raw_value": "1.55 billion"},
    ),
    (
        "L",
        "plan uploaded to drive this morning, all 3 dimensions",
        "MarkStep",
        {"step": "3", "channel": "google_drive", "done_on": "2025-01-15", "dims": [1, 2, 3]},
    ),
    # Near miss: a question in those words stores nothing.
    ("L", "do we need all 3 dimensions in the plan?", "Unknown", {}),
]
# (5) The count a criteria group is chosen by: a baseline.
GROUPING_BASELINE: list[Case] = [
    (
        "O",
        "หน่วยงานเรามีชุดข้อมูลเปิดทั้งหมด 42 ชุด ใช้จัดกลุ่ม GD Catalog ครับ",
        "SubmitBaseline",
        {"indicator": "6", "value": "42", "raw_value": "42"},
    ),
    (
        "O",
        "Master Data ที่คัดเลือกไว้ (ค่า X) มี 6 ชุดค่ะ",
        "SubmitBaseline",
        {"indicator": "7", "value": "6", "raw_value": "6"},
    ),
    # Near misses: the group asked, the registered count told.
    (
        "O",
        "ชุดข้อมูลเปิดของเรามี 30 กว่าชุด อยู่กลุ่มไหนของเกณฑ์ GD Catalog คะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "criteria"},
    ),
    (
        "O",
        "ลงทะเบียน GD Catalog ได้ 48 ชุดค่ะ",
        "SubmitValue",
        {"indicator": "6", "value": "48", "raw_value": "48"},
    ),
]
# (6) Card replies and a colleague told.
REPLIES: list[Case] = [
    ("L", "ไม่ครับ เดี๋ยวเช็คก่อน", "Cancel", {}),
    ("L", "ไม่ครับ เดี๋ยวเช็คก่อนได้ไหม", "Unknown", {}),
    ("O", "@คุณจอย เอกสารที่ขอไว้ส่งทางอีเมลแล้วนะคะ", "Unknown", {}),
    (
        "L",
        "@PMQA Bot กองคลังส่งแผนทางอีเมลแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "email"},
    ),
]


@readings(FIGURE_TYPED_BEFORE)
def test_the_figure_typed_before_is_never_stored(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNIT_VALUE_CORRECTED)
def test_an_indicators_value_corrected_with_its_unit_is_a_value(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LACK_DENIED)
def test_a_lack_said_not_to_be_takes_no_dimension_away(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ENGLISH)
def test_english_amounts_and_times_read_as_their_thai_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(GROUPING_BASELINE)
def test_the_count_a_criteria_group_is_chosen_by_is_a_baseline(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REPLIES)
def test_card_replies_and_a_colleague_told(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
