"""Round 23 (writes): messages that are no write, replies to the confirmation card, the value
of a write and the details of a step told done.

1. No write: a coordinator's announcement asking every unit to send by a day, by a channel
   ("เรียนทุกกองค่ะ ขอความกรุณาส่งแผนภายใน 31 ม.ค. 68 ผ่าน Google Drive เท่านั้นนะคะ"), and staff
   paperwork sent to a unit ("ส่งเอกสารเบิกค่าเดินทางไปกองคลังแล้วนะคะ"), are Unknown; a step
   sent by a channel or on a day stays a report.
2. The card: a no that denies what the card holds ("ผิดกองค่ะ ไม่ใช่ กค. อย่าเพิ่งบันทึก",
   "ไม่ใช่ค่ะ อันนี้ไม่ใช่ยาเสพติด") cancels it; the entry just sent taken back ("ยกเลิกอันที่
   เพิ่งกดส่งค่ะ ผิดตัวชี้วัด", "เมื่อกี้บันทึกผิดกอง ถอยกลับให้หน่อยค่ะ") is an undo.
3. Values: a short form typed without its dot names its indicator ("อปท รับงบตรง 17 แห่ง"); a
   figure for each ("อำเภอละ 8") is a condition, not the count; a figure said not yet reached
   ("ระดับ 4 ยังไม่ได้รับรอง") is not the value.
4. Steps: the third dimension named without ขีด ("มิติสมรรถนะสูง") is a dimension.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# -- 1. no write ------------------------------------------------------------------------------
ANNOUNCED: list[Case] = [
    ("L", "เรียนทุกกองค่ะ ขอความกรุณาส่งแผนภายใน 31 ม.ค. 68 ผ่าน Google Drive เท่านั้นนะคะ", "Unknown", {}),
    ("L", "ทุกกองกรุณาส่งแผนผ่าน drive นะครับ", "Unknown", {}),
    ("L", "ขอให้ทุกกองส่งรายงานผลภายใน 15 ส.ค. 68 ผ่าน google drive ค่ะ", "Unknown", {}),
    ("L", "ขอความร่วมมือทุกกองส่งแผนภายใน 31 ม.ค. ผ่าน drive นะคะ", "Unknown", {}),
    ("L", "แจ้งทุกกอง ส่งแผนภายใน 31 ม.ค. 68 ทาง Google Drive เท่านั้น", "Unknown", {}),
    ("L", "รบกวนทุกหน่วยงานส่งรายชื่อทีมทางอีเมลภายในวันที่ 28 พ.ย. นะคะ", "Unknown", {}),
    ("L", "เรียนทุกหน่วยงาน กรุณาส่งรายชื่อทีมภายในวันที่ 28 พ.ย. 67 ทางอีเมลนะครับ", "Unknown", {}),
]
PAPERWORK: list[Case] = [
    ("L", "ส่งเอกสารเบิกค่าเดินทางไปกองคลังแล้วนะคะ", "Unknown", {}),
    ("L", "ยื่นเอกสารเบิกเงินแล้วนะคะ", "Unknown", {}),
    ("L", "ส่งแบบฟอร์มเบิกค่ารักษาพยาบาลแล้วค่ะ", "Unknown", {}),
    ("L", "ส่งเอกสารค่าล่วงเวลาไปกองคลังแล้วครับ", "Unknown", {}),
    ("L", "ส่งใบลาไปกองการเจ้าหน้าที่แล้วค่ะ", "Unknown", {}),
]
STILL_SENT: list[Case] = [
    (
        "L",
        "ส่งแผนภายใน 31 ม.ค. 68 ผ่าน Google Drive แล้วค่ะ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-31", "channel": "google_drive"},
    ),
    ("L", "ส่งแผนทาง drive แล้วค่ะ", "MarkStep", {"step": "3", "channel": "google_drive"}),
    (
        "L",
        "กองคลังส่งแผนทาง drive วันที่ 30 ม.ค. 68",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-30", "unit": "กองคลัง", "channel": "google_drive"},
    ),
    (
        "L",
        "รบกวนบันทึกว่ากองคลังส่งแผนทาง drive แล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive"},
    ),
    ("L", "ส่งแผนไปกองคลังแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ส่งเอกสารประกอบแผนแล้วค่ะ", "MarkStep", {"step": "3"}),
    ("L", "ส่งแผนทางอีเมลแล้วค่ะ", "MarkStep", {"step": "3", "channel": "email"}),
    (
        "P",
        "รบกวนส่งผลขยะ 52.3 ค่ะ",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    # Asked: the deadline or the channel, never a write.
    ("L", "ต้องส่งแผนภายในวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนทาง drive ได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
]


@readings(ANNOUNCED)
def test_an_announcement_to_the_units_is_no_write(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PAPERWORK)
def test_staff_paperwork_sent_is_no_step(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STILL_SENT)
def test_steps_sent_keep_their_reading(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 2. the card ------------------------------------------------------------------------------
CARD_NO: list[Case] = [
    ("L", "ผิดกองค่ะ ไม่ใช่ กค. อย่าเพิ่งบันทึก", "Cancel", {}),
    ("L", "ผิดกองครับ ไม่ใช่กองคลัง อย่าเพิ่งบันทึกนะครับ", "Cancel", {}),
    ("P", "ผิดตัวค่ะ ไม่ใช่ขยะ อย่าเพิ่งบันทึก", "Cancel", {}),
    ("P", "ไม่ใช่ค่ะ อันนี้ไม่ใช่ยาเสพติด", "Cancel", {}),
    ("P", "ไม่ใช่ครับ อันนี้ไม่ใช่ขยะ", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ ไม่ใช่กองคลัง", "Cancel", {}),
]
CARD_UNDO: list[Case] = [
    ("O", "ยกเลิกอันที่เพิ่งกดส่งค่ะ ผิดตัวชี้วัด", "Undo", {}),
    ("L", "ยกเลิกที่เพิ่งกดบันทึกไปค่ะ ผิดกอง", "Undo", {}),
    ("L", "ยกเลิกที่เพิ่งส่งค่ะ", "Undo", {}),
    ("L", "เมื่อกี้บันทึกผิดกอง ถอยกลับให้หน่อยค่ะ", "Undo", {}),
    ("P", "ถอยกลับอันเมื่อกี้ด้วยครับ ใส่ตัวเลขผิด", "Undo", {}),
]
CARD_NEAR: list[Case] = [
    ("L", "ยกเลิกค่ะ เมื่อกี้พิมพ์ผิด", "Cancel", {}),
    ("P", "ยกเลิกค่ะ ผิดตัว อย่าเพิ่งเซฟ", "Cancel", {}),
    ("L", "ไม่ใช่กองคลังค่ะ กองกลาง", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ยกเลิกประชุมที่เพิ่งนัดไว้นะคะ", "Unknown", {}),
    ("L", "ถอยกลับไปดูหน้าก่อนค่ะ", "Unknown", {}),
    ("L", "ผิดกองค่ะ ไม่ใช่ กค. กองกลางต่างหาก", "MarkStep", {"unit": "กองกลาง"}),
    ("L", "ไม่ใช่อีเมลค่ะ ส่งทางไดรฟ์", "MarkStep", {"channel": "google_drive"}),
    ("L", "ไม่ใช่ค่ะ พี่เขาไม่ได้มา", "Unknown", {}),
]


@readings(CARD_NO)
def test_a_no_denying_the_card_cancels_it(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CARD_UNDO)
def test_the_entry_just_sent_taken_back_is_an_undo(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CARD_NEAR)
def test_card_near_misses_keep_their_reading(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 3. values --------------------------------------------------------------------------------
VALUES: list[Case] = [
    (
        "B",
        "อปท รับงบตรง 17 แห่ง",
        "SubmitValue",
        {"indicator": "1", "value": "17", "raw_value": "17"},
    ),
    (
        "B",
        "อปท. รับงบตรง 17 แห่ง",
        "SubmitValue",
        {"indicator": "1", "value": "17", "raw_value": "17"},
    ),
    (
        "P",
        "e-service เปิดครบ 3 อำเภอ อำเภอละ 8 งานบริการแล้วครับ",
        "SubmitValue",
        {"indicator": "5", "value": "3", "raw_value": "3"},
    ),
    (
        "P",
        "e-service 5 อำเภอ อำเภอละ 10 งาน",
        "SubmitValue",
        {"indicator": "5", "value": "5", "raw_value": "5"},
    ),
    (
        "P",
        "ขอแก้ eco town เป็นระดับ 3 นะคะ ระดับ 4 ยังไม่ได้รับรอง",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3"},
    ),
]
VALUES_NEAR: list[Case] = [
    (
        "P",
        "ขยะ ร้อยละ 52.3",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "ร้อยละ 52.3", "percent": True},
    ),
    (
        "P",
        "ขอแก้ eco town เป็นระดับ 3 นะคะ",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3"},
    ),
    ("P", "ขยะยังไม่ได้ผลจาก อปท เลยครับ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
]


@readings(VALUES)
def test_the_value_of_a_write(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(VALUES_NEAR)
def test_values_near_misses_keep_their_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 4. steps ---------------------------------------------------------------------------------
DIMENSIONS: list[Case] = [
    (
        "L",
        "กนต. ส่งแผน 3 ปีแล้ว แต่มีเฉพาะมิติเปิดกว้างกับมิติสมรรถนะสูงครับ",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "dims": [1, 3]},
    ),
    ("L", "ส่งแผนแล้ว มีมิติสมรรถนะสูงอย่างเดียว", "MarkStep", {"step": "3", "dims": [3]}),
    (
        "L",
        "แผนกองคลังมีมิติประชาชนกับมิติสมรรถนะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [2, 3]},
    ),
    ("L", "ส่งแผนแล้ว ครบ 3 มิติ", "MarkStep", {"step": "3", "dims": [1, 2, 3]}),
]


@readings(DIMENSIONS)
def test_dimensions_named(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# Questions near every family: never a write.
ASKED = [
    "ต้องส่งแผนภายใน 31 ม.ค. 68 ผ่าน Google Drive เท่านั้นใช่ไหมคะ",
    "ทุกกองต้องส่งแผนภายในวันไหนคะ",
    "ส่งเอกสารเบิกค่าเดินทางไปกองคลังหรือยังคะ",
    "ยกเลิกรายการล่าสุดได้ไหมคะ",
    "อปท รับงบตรงกี่แห่งคะ",
    "e-service เปิดครบกี่อำเภอแล้วคะ",
    "eco town ตอนนี้ระดับไหนคะ",
    "กนต. ส่งแผนครบทุกมิติหรือยังคะ",
    "ศทส. ส่งแผนทางอีเมลได้ไหมครับ",
    "ส่งรายชื่อทีมไปแล้ว ทำไมยังขึ้นว่าค้างคะ",
]


def test_questions_are_never_writes() -> None:
    assert read_as_writes(ASKED) == []
