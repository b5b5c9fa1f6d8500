"""Round 22 (windows): a step's window and what is due, asked; colleagues chased; attendance.

A step's window checked by the day it opens or closes ("ส่งแผนเปิดวันที่ 17 ใช่ไหม"), or
whether it has closed yet ("…ปิดรับไปแล้วหรือยัง"), is the step's deadlines, not who has sent.
What is due now ("งานที่ต้องส่งช่วงนี้มีอะไรบ้าง") is the deadlines. A member urging the others
to send ("รบกวนส่งแผนภายในสัปดาห์หน้านะคะ", "ฝากทุกกองช่วยเร่งส่งแผน…") asks the bot nothing.
Who falls short of the attendance step, asked with any word for a unit ("ทีมไหน…"), is who is
missing; a share of the attendance step counted from the meetings is the attendance rule (the
threshold named, "เกณฑ์ร้อยละ 85…", stays the thresholds). Near misses keep their reading."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) A step's window checked by its opening or closing day, or whether it has closed yet.
WINDOWS: list[Case] = [
    ("L", "ส่งแผนได้เริ่มวันที่ 17 ใช่ไหมครับ", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนเปิดวันที่ 17 ใช่ไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนเริ่มได้วันที่17ใช่มั้ยคะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนปิดวันที่ 31 ใช่ไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "ยื่นแผนได้เริ่มวันที่ 17 เหรอคะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งรายงานผลเริ่มได้วันที่ 15 ก.ย. ใช่ป่ะ", "Deadlines", {"step": "4"}),
    ("L", "ส่งรายชื่อทีมเริ่มได้วันที่ 1 พ.ย. ใช่ไหม", "Deadlines", {"step": "1"}),
    (
        "L",
        "เรียนทีมงานครับ การส่งรายชื่อ PMQA Team ทาง Google Form ปิดรับไปแล้วหรือยังครับ "
        "พอดีกองผมมีการเปลี่ยนแปลงตัวบุคคล",
        "Deadlines",
        {"step": "1"},
    ),
    ("L", "ส่งแผนปิดรับไปแล้วหรือยังคะ", "Deadlines", {"step": "3"}),
    ("L", "รายงานผลปิดรับแล้วหรือยัง", "Deadlines", {"step": "4"}),
    ("L", "แบบฟอร์ม 4 ปิดรับรึยังคะ", "Deadlines", {"step": "4"}),
    ("L", "ปิดรับแผนแล้วหรือยังคะ", "Deadlines", {"step": "3"}),
]
WINDOWS_NEAR: list[Case] = [
    ("L", "ส่งแผนวันที่ 17 แล้วค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-17"}),
    ("L", "ประชุมเริ่มวันที่ 17 ใช่ไหม", "Unknown", {}),
    ("L", "อบรมเปิดวันที่ 5 ใช่ไหมคะ", "Unknown", {}),
    ("L", "ร้านปิดไปแล้วหรือยัง", "Unknown", {}),
    ("L", "ระบบเปิดรับแผนหรือยัง", "Deadlines", {"step": "3"}),
    ("L", "แผนเปิดรับวันที่ 17 ใช่ไหม ปิดวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "กองคลังส่งแผนแล้วหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "แบบฟอร์ม 4 ยังเหลือกองไหนไม่ส่งบ้างคะ พรุ่งนี้ปิดรับแล้ว", "Missing", {"step": "4"}),
]

# (2) What is due now, the work named before the ask.
DUE_NOW: list[Case] = [
    ("L", "งานที่ต้องส่งช่วงนี้มีอะไรบ้างคะ ขอบคุณค่ะ", "Deadlines", {}),
    ("L", "สิ่งที่ต้องส่งตอนนี้มีอะไรบ้างครับ", "Deadlines", {}),
    ("L", "งานที่ต้องทำช่วงนี้มีอะไรบ้าง", "Deadlines", {}),
    ("P", "รายการที่ต้องส่งตอนนี้มีอะไรบ้าง", "Deadlines", {}),
    ("L", "งานที่ต้องรายงานช่วงนี้มีอะไรบ้าง", "Deadlines", {}),
    ("L", "งานที่ต้องส่งเดือนนี้มีอะไรบ้างคะ", "Deadlines", {"month": 1, "this_month": True}),
]
DUE_NOW_NEAR: list[Case] = [
    ("L", "ขั้นตอนที่ 3 สิ่งที่ต้องส่งมีอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
    ("L", "งานที่ส่งไปแล้วมีอะไรบ้าง", "History", {}),
    ("L", "ใครยังไม่ส่งงานที่ต้องส่งบ้าง", "Missing", {}),
    ("L", "กองคลังต้องส่งอะไรอีกบ้างคะ", "Status", {"unit": "กองคลัง"}),
]

# (3) Colleagues urged to send: said to them, nothing asked of the bot.
CHASED: list[Case] = [
    ("L", "@กองคลัง พี่ปุ้มคะ รบกวนส่งแผนภายในสัปดาห์หน้านะคะ 🙏", "Unknown", {}),
    ("L", "ฝากทุกกองช่วยเร่งส่งแผนกันด้วยนะคะ ใกล้หมดเขตแล้ว", "Unknown", {}),
    ("L", "รบกวนกองคลังส่งแผนภายในวันศุกร์นี้นะคะ", "Unknown", {}),
    ("L", "ฝากทุกหน่วยส่งรายชื่อทีมภายในสิ้นเดือนนะครับ", "Unknown", {}),
    ("L", "อย่าลืมส่งรายงานผลก่อนหมดเขตนะคะทุกคน", "Unknown", {}),
    ("L", "พี่ๆ รีบส่งแผนกันนะคะ ใกล้หมดเขตแล้ว", "Unknown", {}),
]
CHASED_NEAR: list[Case] = [
    ("L", "ส่งแผนหมดเขตเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "ใกล้หมดเขตส่งแผนแล้วยังคะ", "Deadlines", {"step": "3"}),
    ("L", "เรียนทุกกองค่ะ ใกล้หมดเขตแล้ว ขอทราบว่าส่งแผนได้ถึงวันไหนนะคะ", "Deadlines", {"step": "3"}),
    ("L", "รบกวนขอทราบกำหนดส่งแผนด้วยค่ะ", "Deadlines", {"step": "3"}),
    ("L", "รบกวนน้องบอทบอกกำหนดส่งที่ใกล้ที่สุดให้หน่อยค่ะ", "Deadlines", {}),
    ("P", "ช่วยบอกกำหนดส่งทั้งหมดของจังหวัดหน่อย", "Deadlines", {}),
    ("L", "รบกวนสอบถามค่ะ ต้องส่งแผนภายในวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "รบกวนส่งแผนภายในวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "รบกวนส่งกำหนดการส่งแผนให้ด้วยค่ะ", "Deadlines", {"step": "3"}),
    ("L", "ทุกกองส่งแผนครบหรือยังคะ ใกล้หมดเขตแล้ว", "Missing", {"step": "3"}),
]

# (4) Attendance: who falls short, with any word for a unit; a share counted from meetings.
ATTENDANCE: list[Case] = [
    ("L", "ทีมไหนยังเข้าประชุมไม่ถึงเกณฑ์บ้างคะ", "Missing", {"step": "2"}),
    ("L", "ฝ่ายไหนเข้าร่วมกิจกรรมไม่ครบ 85% บ้าง", "Missing", {"step": "2"}),
    ("L", "กลุ่มไหนยังเข้าประชุมไม่ถึง 85%", "Missing", {"step": "2"}),
    (
        "L",
        "ร้อยละ 85 ของขั้นตอนที่ 2 คิดจากจำนวนครั้งที่เข้าประชุมใช่ไหม",
        "RuleQuestion",
        {"topic": "attendance"},
    ),
    ("L", "85% ของขั้น 2 คิดจากจำนวนครั้งหรือจำนวนคน", "RuleQuestion", {"topic": "attendance"}),
    (
        "L",
        "ร้อยละ 85 ในขั้นตอนที่ 2 นับจากการเข้าร่วมกิจกรรมใช่ไหมคะ",
        "RuleQuestion",
        {"topic": "attendance"},
    ),
]
ATTENDANCE_NEAR: list[Case] = [
    ("L", "กองไหนยังเข้าประชุมไม่ถึงเกณฑ์บ้างคะ", "Missing", {"step": "2"}),
    (
        "L",
        "เกณฑ์ร้อยละ 85 ในขั้นตอนที่ 2 คิดจากจำนวนครั้งที่เข้าร่วม หรือจำนวนคนในทีมที่เข้าร่วมครับ",
        "RuleQuestion",
        {"topic": "thresholds"},
    ),
    ("L", "ร้อยละ 85 ในขั้นตอนที่ 5 คิดจากอะไรคะ", "RuleQuestion", {"topic": "thresholds"}),
    (
        "L",
        "ร้อยละ 85 ของขั้นตอนที่ 5 นับจากตัวชี้วัดในแผนใช่ไหมคะ",
        "RuleQuestion",
        {"topic": "thresholds"},
    ),
    ("L", "ทีมเราเข้าประชุม 80% ผ่านมั้ยคะ", "RuleQuestion", {"topic": "attendance"}),
]

ASKED = [
    text for _, text, intent, _ in WINDOWS + DUE_NOW + CHASED + ATTENDANCE if intent != "Unknown"
] + [
    "ส่งแผนได้เริ่มวันที่ 17 ใช่ไหม ส่งแล้วนับไหมคะ",
    "ร้อยละ 85 ของขั้นตอนที่ 2 คิดจากจำนวนครั้งที่เข้าประชุม 7 ใน 8 ครั้งใช่ไหม",
    "กองคลังส่งแผนวันที่ 17 ได้เริ่มวันนั้นใช่ไหมคะ",
]


@readings(WINDOWS + WINDOWS_NEAR)
def test_a_window_checked_by_its_day_or_closed_yet(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DUE_NOW + DUE_NOW_NEAR)
def test_what_is_due_now_is_the_deadlines(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHASED + CHASED_NEAR)
def test_colleagues_urged_to_send_ask_the_bot_nothing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ATTENDANCE + ATTENDANCE_NEAR)
def test_attendance_short_and_its_share(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_questions_are_never_writes() -> None:
    assert read_as_writes(ASKED) == []
