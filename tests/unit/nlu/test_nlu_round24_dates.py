"""Round 24 (dates): when things are due, who must still be chased, and office life that holds
the same words.

Whether sending is allowed yet ("ส่งแผนได้ยัง", "ส่งฟอร์ม 1-3 ได้เลยรึยัง หรือต้องรอเปิด")
asks whether the step's window is open, not who has sent. A month's dues asked with the
sender's own planning beside them ("…ขอวางแผนงานทั้งเดือน") or the programme's name
("ปฏิทินส่งงาน PMQA เดือนมีนาคม") ask for the month, no step. Reaching the target
("บรรลุเป้า") names the last step. Who must still be chased ("ยังเหลือใครที่ต้องตาม", "ใคร
pending อยู่") is who has not sent. Money collected among colleagues, days until a holiday
and an executives' meeting schedule are not the plan's. Near misses keep their reading;
nothing here is read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Whether sending is open yet: the step's window.
OPEN_YET: list[Case] = [
    ("L", "ตอนนี้ส่งฟอร์ม1-3 ได้เลยรึยังครับ หรือต้องรอเปิดก่อน", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนได้ยังครับ", "Deadlines", {"step": "3"}),
    ("L", "ตอนนี้ส่งแผนได้หรือยังคะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งรายงานผลได้เลยรึยังคะ หรือต้องรอเปิดระบบ", "Deadlines", {"step": "4"}),
    ("L", "แผนส่งได้ยังคะ หรือรอเปิดก่อน", "Deadlines", {"step": "3"}),
]
OPEN_YET_NEAR: list[Case] = [
    ("L", "กองคลังส่งแผนยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ส่งแผนหรือยังคะ", "Missing", {"step": "3"}),
    ("L", "เปิดให้ส่งแผนหรือยังคะ", "Deadlines", {"step": "3"}),
]

# (1b) A window checked by its days, the form named beside it: the step's, not the form's.
WINDOW: list[Case] = [
    (
        "L",
        "รายงานผลตามแผน (ฟอร์ม 4) ช่วงส่งคือ 15-24 ก.ย. ใช่มั้ยคะ",
        "Deadlines",
        {"step": "4"},
    ),
    ("L", "ฟอร์ม 4 ช่วงส่งคือ 15-24 ก.ย. ใช่มั้ยคะ", "Deadlines", {"step": "4"}),
    ("L", "แผน (ฟอร์ม 1-3) ช่วงส่งคือ 17-31 ม.ค. ใช่ไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "แบบฟอร์ม 4 ต้องส่งช่วง 15-24 ก.ย. ใช่ไหม", "Deadlines", {"step": "4"}),
]
WINDOW_NEAR: list[Case] = [
    ("L", "ฟอร์ม 4 คืออะไรคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "ฟอร์ม 4 ต้องกรอกอะไรบ้าง", "RuleQuestion", {"topic": "form"}),
    ("L", "รายงานผลตามแผน ช่วงส่งคือ 15-24 ก.ย. ใช่มั้ยคะ", "Deadlines", {"step": "4"}),
]

# (2) A month's dues, the sender's planning or the programme's name beside it.
MONTH: list[Case] = [
    (
        "L",
        "เดือนนี้มีเดดไลน์อะไรบ้างคะ ขอวางแผนงานทั้งเดือนค่ะ",
        "Deadlines",
        {"month": 1, "this_month": True},
    ),
    ("L", "เดือนหน้ามีอะไรต้องส่งบ้างคะ จะได้วางแผนงานล่วงหน้า", "Deadlines", {"month": 2}),
    ("L", "ปฏิทินส่งงาน PMQA เดือนมีนาคม มีอะไรไหมคะ", "Deadlines", {"month": 3}),
    ("L", "งาน PMQA เดือนเมษายนต้องส่งอะไรบ้างครับ", "Deadlines", {"month": 4}),
]
MONTH_NEAR: list[Case] = [
    ("L", "เดือนนี้มีเดดไลน์อะไรบ้างคะ", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "แผนพัฒนาต้องส่งภายในวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งรายชื่อทีม PMQA ภายในวันไหนคะ", "Deadlines", {"step": "1"}),
]

# (3) Reaching the target by when: the last step.
TARGET: list[Case] = [
    ("L", "ต้องทำให้บรรลุเป้า 85% ของตัวชี้วัดตามแผนภายในวันไหนคะ", "Deadlines", {"step": "5"}),
    ("L", "บรรลุเป้าตัวชี้วัดตามแผนต้องให้ได้ภายในเมื่อไหร่ครับ", "Deadlines", {"step": "5"}),
    ("L", "ต้องบรรลุเป้าตัวชี้วัดภายในวันไหน", "Deadlines", {"step": "5"}),
]
TARGET_NEAR: list[Case] = [
    ("L", "แผนปฏิบัติการต้องส่งภายในวันไหนคะ", "Deadlines", {"step": "3"}),
]

# (4) Who must still be chased.
CHASED: list[Case] = [
    ("L", "ยังเหลือใครที่ต้องตามอีกไหมคะ", "Missing", {}),
    ("L", "ใคร pending อยู่บ้างครับ", "Missing", {}),
    ("L", "ตอนนี้ใครยัง pending อยู่", "Missing", {}),
    ("L", "ยังเหลือกองไหนที่ต้องตามอีกไหมคะ", "Missing", {}),
    ("L", "มีกองไหนที่ต้องทวงอีกบ้างครับ", "Missing", {}),
]
CHASED_NEAR: list[Case] = [
    ("L", "ต้องตามใครบ้าง", "Missing", {}),
    ("L", "ใครยังไม่ส่งแผน", "Missing", {"step": "3"}),
    ("L", "รู้แล้วว่าต้องตามกองไหน ขอบคุณครับ", "Unknown", {}),
]

# (5) Office life holding the same words: not the plan's.
OFFICE_LIFE: list[Case] = [
    ("L", "ใครยังไม่ส่งเงินค่าเค้กวันเกิดพี่หัวหน้าบ้างคะ", "Unknown", {}),
    ("L", "ใครยังไม่โอนเงินค่าเสื้อบ้างคะ", "Unknown", {}),
    ("L", "ใครยังไม่ส่งเงินค่าข้าวเที่ยงบ้าง", "Unknown", {}),
    ("L", "เหลืออีกกี่วันจะถึงวันหยุดยาวน้า อยากพัก", "Unknown", {}),
    ("L", "อีกกี่วันจะถึงสงกรานต์", "Unknown", {}),
    ("L", "กำหนดการประชุมผู้บริหารเดือนหน้าออกยังครับ", "Unknown", {}),
    ("L", "กำหนดการประชุมคณะกรรมการบริหารกรมออกหรือยังคะ", "Unknown", {}),
]
OFFICE_LIFE_NEAR: list[Case] = [
    ("L", "ใครยังไม่ส่งแผนบ้างคะ", "Missing", {"step": "3"}),
    ("L", "เหลือกี่วันส่งแผน", "Deadlines", {"step": "3"}),
    ("L", "เหลือกี่วันคะ", "Deadlines", {}),
    ("L", "กลับมาจากลาพักร้อนค่ะ มีอะไรใกล้ครบกำหนดบ้างไหมคะ", "Deadlines", {}),
    ("L", "เหลือกี่วันหมดเขตส่งแผนคะ ติดวันหยุดยาวด้วย", "Deadlines", {"step": "3"}),
    ("L", "กำหนดการประชุมชี้แจงมีอะไรบ้าง", "Deadlines", {"step": "2"}),
    ("L", "ใครยังไม่ส่งรายชื่อทีมบ้าง", "Missing", {"step": "1"}),
    ("L", "กำหนดการส่งแผนมีอะไรบ้าง", "Deadlines", {"step": "3"}),
]

ASKED = [
    text
    for cases in (
        OPEN_YET,
        OPEN_YET_NEAR,
        WINDOW,
        WINDOW_NEAR,
        MONTH,
        MONTH_NEAR,
        TARGET,
        CHASED,
        OFFICE_LIFE,
    )
    for _, text, _, _ in cases
]


@readings(OPEN_YET + OPEN_YET_NEAR)
def test_whether_sending_is_open_yet_is_the_steps_window(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WINDOW + WINDOW_NEAR)
def test_a_window_checked_by_its_days_is_the_steps_not_the_forms(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MONTH + MONTH_NEAR)
def test_a_months_dues_with_the_senders_planning_or_the_programmes_name(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TARGET + TARGET_NEAR)
def test_reaching_the_target_by_when_is_the_last_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHASED + CHASED_NEAR)
def test_who_must_still_be_chased_is_who_has_not_sent(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OFFICE_LIFE + OFFICE_LIFE_NEAR)
def test_office_life_holding_the_words_is_not_the_plans(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_these_questions_is_read_as_a_write() -> None:
    assert read_as_writes(ASKED, "L") == []
