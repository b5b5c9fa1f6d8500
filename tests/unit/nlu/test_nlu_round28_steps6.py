"""Round 28 (steps6): the labour office's plan asked of and reported in words missed.

A month named as this one ("ม.ค. นี้", "เดือนมกราคมนี้") is this month. A step's window asked
closed ("ส่งรายชื่อทีมปิดไปแล้วใช่มั้ย") or past due ("…เลยกำหนดไปหรือยัง") is its deadline, not
what being late costs. A month's work to clear ("ต้องเคลียร์อะไรบ้าง") is its dues. Who has not
sent, asked by what has not come in ("แผนยังไม่มาอีกกี่หน่วย") or whether every unit is through
a step ("ทุกกองผ่านขั้น2กันหมดยัง"): who is missing. A step ticked ("ขั้นตอนที่สาม ✅") is
reported. None of the questions is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) A month named as this one.
THIS_MONTH: list[Case] = [
    ("B", "ภายในเดือนมกราคมนี้ ทีมเราต้องส่งอะไรบ้างคะ", "Deadlines", {"month": 1, "this_month": True}),
    ("O", "ม.ค. นี้มีอะไรต้องส่งบ้างคะ", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "เดือนมกราคมนี้ต้องส่งอะไรบ้าง", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "มกรานี้ต้องส่งอะไรบ้างคะ", "Deadlines", {"month": 1, "this_month": True}),
]
THIS_MONTH_NEAR: list[Case] = [
    # Another month named as this year's is that month.
    ("L", "เดือนมีนาคมนี้ต้องส่งอะไรบ้าง", "Deadlines", {"month": 3}),
    ("L", "สิ้น ม.ค. ต้องส่งอะไรบ้างครับ", "Deadlines", {"month": 1}),
    ("L", "เดือนหน้าต้องส่งอะไรบ้าง", "Deadlines", {"month": 2}),
]

# (2) A window asked closed, or past due.
CLOSED: list[Case] = [
    ("L", "ส่งรายชื่อทีมปิดไปแล้วใช่มั้ยคะ หนูเพิ่งเข้ามา", "Deadlines", {"step": "1"}),
    ("L", "ส่งรายชื่อทีมปิดไปแล้วใช่ไหม", "Deadlines", {"step": "1"}),
    ("L", "ส่งแผนปิดแล้วใช่มั้ย", "Deadlines", {"step": "3"}),
    (
        "L",
        "ส่งรายชื่อ PMQA Team เลยกำหนดไปหรือยังคะ พอดีกองเราเพิ่งเปลี่ยนคน",
        "Deadlines",
        {"step": "1"},
    ),
    ("L", "ส่งแผนเลยกำหนดไปหรือยัง", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนเกินกำหนดไปรึยังคะ", "Deadlines", {"step": "3"}),
]
CLOSED_NEAR: list[Case] = [
    ("L", "ร้านปิดไปแล้วใช่มั้ย", "Unknown", {}),
    ("L", "ส่งแผนเลยกำหนดโดนหักกี่คะแนน", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งแผนช้าโดนหักไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งแผนแล้วยัง", "Missing", {"step": "3"}),
]

# (3) A month's work to clear.
CLEAR: list[Case] = [
    ("L", "ก่อนสิ้นเดือนนี้ต้องเคลียร์อะไรบ้างคะ", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "เดือนนี้ต้องเคลียร์อะไรบ้าง", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "ช่วงนี้มีงานอะไรต้องเคลียร์บ้าง", "Deadlines", {}),
]
CLEAR_NEAR: list[Case] = [
    ("L", "เคลียร์โต๊ะก่อนสิ้นเดือนนะทุกคน", "Unknown", {}),
]

# (4) Who has not come in, or not yet through a step.
NOT_IN: list[Case] = [
    ("L", "แผนปฏิบัติการยังไม่มาอีกกี่หน่วยครับ", "Missing", {"step": "3"}),
    ("L", "แผนยังไม่มาอีกกี่กอง", "Missing", {"step": "3"}),
    ("L", "รายชื่อทีมยังไม่มาอีกกี่หน่วย", "Missing", {"step": "1"}),
    ("L", "ตอนนี้ทุกกองผ่านขั้น2กันหมดยัง", "Missing", {"step": "2"}),
    ("L", "ทุกกองผ่านขั้นตอนที่ 1 หมดแล้วยัง", "Missing", {"step": "1"}),
    ("L", "ยังมีกองไหนไม่ได้ลงชื่อใน google form บ้าง", "Missing", {"step": "1"}),
]
NOT_IN_NEAR: list[Case] = [
    ("L", "ขั้น2ต้องทำอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
    ("L", "ลงชื่อใน google form ยังไง", "RuleQuestion", {"topic": "channel"}),
    ("L", "พัสดุยังไม่มาเลย", "Unknown", {}),
]

# (5) A step ticked.
TICKED: list[Case] = [
    ("L", "ขั้นตอนที่สาม ✅", "MarkStep", {"step": "3"}),
    ("L", "ขั้นตอนที่ 1 ✅", "MarkStep", {"step": "1"}),
    ("L", "กองคลัง ขั้นตอนที่ 3 ✅", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]
TICKED_NEAR: list[Case] = [
    ("L", "ขั้นตอนที่สาม ✅ ใช่ไหม", "Deadlines", {"step": "3"}),
    ("L", "ขั้นตอนที่ 3 ส่งยังไง", "RuleQuestion", {"topic": "channel"}),
    ("L", "ขั้นตอนที่ 3 ❌", "Deadlines", {"step": "3"}),
]

# (6) A step's day checked by its weekday or after "ถึง", or asked with a typo of "ส่ง".
DAY_CHECKED: list[Case] = [
    ("L", "ส่งแผนเริ่มวันศุกร์นี้ใช่ไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "แผนนี่ถึงวันศุกร์ที่ 31 ใช่มั้ยคะ", "Deadlines", {"step": "3"}),
    ("L", "รายชื่อทีมถึงวันศุกร์นี้ใช่มั้ย", "Deadlines", {"step": "1"}),
    ("L", "แผนถึงวันที่ 31 ใช่ไหม", "Deadlines", {"step": "3"}),
    ("L", "กำหนดสงแผนวันที่เท่าไหร่ครับ", "Deadlines", {"step": "3"}),
    ("L", "กำหนดสงรายชื่อทีมวันไหน", "Deadlines", {"step": "1"}),
]
DAY_CHECKED_NEAR: list[Case] = [
    ("L", "ลาพักร้อนถึงวันศุกร์นี้ใช่ไหม", "Unknown", {}),
    ("L", "พี่แอนลาถึงวันที่ 20 ใช่มั้ย", "Unknown", {}),
    ("L", "ส่งแผนเริ่มวันศุกร์นี้นะคะ", "Unknown", {}),
    ("L", "กองคลังส่งแผนวันศุกร์นะคะ", "Unknown", {}),
    ("L", "พรุ่งนี้จะส่งแผน", "Unknown", {}),
    ("L", "กาแฟได้เท่าไหร่", "Unknown", {}),
]

# (7) The office's standing asked after what draws near, or by how worrying it looks.
STANDING: list[Case] = [
    ("L", "ใกล้ปิดรับแผนแล้ว เราอยู่ตรงไหนกันคะ", "Status", {}),
    ("L", "ใกล้ปิดรับแผนแล้ว กองคลังอยู่ตรงไหน", "Status", {"unit": "กองคลัง"}),
    ("L", "คะแนนเราตอนนี้น่าเป็นห่วงไหมคะ", "Status", {}),
    ("L", "ทุกหน่วยงานเป็นยังไงกันบ้างคะ ใกล้เปิดส่งแผนแล้ว", "Status", {}),
]
STANDING_NEAR: list[Case] = [
    ("L", "เปิดส่งแผนยัง", "Deadlines", {"step": "3"}),
    ("L", "ระบบเปิดรับแผนแล้วยัง", "Deadlines", {"step": "3"}),
    ("L", "เราอยู่ตรงไหนกันคะ", "Status", {}),
]

# (8) A step reported, the sender asking why it still shows pending.
STILL_SHOWN: list[Case] = [
    (
        "L",
        "ส่งรายชื่อทีมไปตั้งแต่ ๒๘ พ.ย. ๖๗ แล้วนะคะ ทำไมยังขึ้นว่าค้าง",
        "MarkStep",
        {"step": "1", "done_on": "2024-11-28"},
    ),
    (
        "L",
        "ส่งแผนไปตั้งแต่วันที่ 10 แล้วค่ะ ทำไมบอทยังบอกว่าค้าง",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-10"},
    ),
]
STILL_SHOWN_NEAR: list[Case] = [
    ("L", "ส่งแผนแล้วยัง ทำไมยังขึ้นว่าค้าง", "Missing", {"step": "3"}),
    ("L", "ทำไมยังขึ้นว่าค้าง", "Unknown", {}),
    # Sent, with no day insisted on: the why is asked, nothing stored.
    ("L", "ส่งรายชื่อทีมไปแล้ว ทำไมยังขึ้นว่าค้างคะ", "Unknown", {}),
    ("L", "พรุ่งนี้จะส่งแผน ทำไมยังขึ้นว่าค้าง", "Unknown", {}),
    ("L", "ถ้าส่งแผนแล้ว ทำไมยังขึ้นว่าค้าง", "Unknown", {}),
]

ASKED = [
    text
    for _, text, intent, _ in (
        THIS_MONTH
        + THIS_MONTH_NEAR
        + CLOSED
        + CLOSED_NEAR
        + CLEAR
        + NOT_IN
        + NOT_IN_NEAR
        + DAY_CHECKED
        + DAY_CHECKED_NEAR
    )
    if intent != "Unknown"
] + [
    "ส่งแผนแล้วยัง ทำไมยังขึ้นว่าค้าง",
    "ทำไมยังขึ้นว่าค้าง",
    "ส่งรายชื่อทีมไปแล้ว ทำไมยังขึ้นว่าค้างคะ",
    "พรุ่งนี้จะส่งแผน ทำไมยังขึ้นว่าค้าง",
    "ถ้าส่งแผนแล้ว ทำไมยังขึ้นว่าค้าง",
    "ขั้นตอนที่สาม ✅ ใช่ไหม",
    "ส่งแผนแล้วยัง",
    "พรุ่งนี้จะส่งแผน",
    "กองคลังส่งแผนวันศุกร์นะคะ",
]


@readings(THIS_MONTH + THIS_MONTH_NEAR)
def test_a_month_named_as_this_one_is_this_month(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CLOSED + CLOSED_NEAR)
def test_a_window_asked_closed_or_past_due_is_its_deadline(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CLEAR + CLEAR_NEAR)
def test_the_work_to_clear_is_what_is_due(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NOT_IN + NOT_IN_NEAR)
def test_what_has_not_come_in_asks_who_is_missing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TICKED + TICKED_NEAR)
def test_a_step_ticked_is_reported(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DAY_CHECKED + DAY_CHECKED_NEAR)
def test_a_steps_day_checked_is_its_deadline(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STANDING + STANDING_NEAR)
def test_the_offices_standing_asked_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STILL_SHOWN + STILL_SHOWN_NEAR)
def test_a_step_reported_with_why_it_still_shows_pending(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert read_as_writes(ASKED, "L") == []
