"""Round 40 (writes40): what is a write (a step marked, a value, a registration) and what is not.

(1) A window or a due date acknowledged as now known ("ทราบช่วงเวลาส่งแผนแล้วค่ะ", "ได้รับแจ้ง
ช่วงเวลาส่งแผนแล้วค่ะ ขอบคุณค่ะ") is small talk: its "แล้ว" tells nothing done. Near misses: a
report relayed ("ได้รับแจ้งว่ากองคลังส่งแผนแล้ว") or told after the acknowledgement stays a report,
the window asked stays asked.

(2) A part of a day gone by that a sending is told on: last night ("เมื่อคืน") is yesterday,
this afternoon or evening gone by ("เมื่อบ่าย", "…แล้วบ่ายนี้") today. Near misses: "บ่ายนี้" ahead
("เดี๋ยวบ่ายนี้ส่ง") is no day told, nor the night of another thing told after the sending.

(3) A day set right ("…วันที่ 13 จริงๆ ส่งวันที่ 14", "แก้…จาก 10 ม.ค. เป็น 12 ม.ค."): the day after
the correction is the day it was sent.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
ACK: dict[str, Any] = {"kind": "ack"}

# (1) A window or due date acknowledged.
ACKNOWLEDGED: list[Case] = [
    ("L", "ทราบช่วงเวลาส่งแผนแล้วค่ะ", "SmallTalk", ACK),
    ("L", "ได้รับแจ้งช่วงเวลาส่งแผนแล้วค่ะ ขอบคุณค่ะ", "SmallTalk", ACK),
    ("L", "ได้รับแจ้งกำหนดส่งแล้วครับ", "SmallTalk", ACK),
    ("L", "ทราบกำหนดส่งแผนแล้วครับ ขอบคุณครับ", "SmallTalk", ACK),
    ("L", "รับทราบช่วงเวลาส่งแผนค่ะ", "SmallTalk", ACK),
    # Near misses: a report relayed or told after, the window asked.
    ("L", "ได้รับแจ้งว่ากองคลังส่งแผนแล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ทราบแล้วค่ะ กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ทราบช่วงเวลาส่งแผนไหมคะ", "Deadlines", {"step": "3"}),
]


@readings(ACKNOWLEDGED)
def test_a_window_acknowledged_is_small_talk(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (2) A part of a day gone by, (3) a day set right.
DAYS_TOLD: list[Case] = [
    (
        "L",
        "ศทส. ส่งแผนเมื่อคืนครับ มีมิติ 2 กับ 3",
        "MarkStep",
        {"step": "3", "unit": ICT, "done_on": "2025-01-14", "dims": [2, 3]},
    ),
    ("L", "ส่งแผนเมื่อคืนค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    (
        "L",
        "กพร. ส่งแผนแล้วบ่ายนี้",
        "MarkStep",
        {"step": "3", "unit": "กลุ่มพัฒนาระบบบริหาร", "done_on": "2025-01-15"},
    ),
    (
        "L",
        "กองคลังอัปแผนขึ้นไดรฟ์เมื่อบ่ายค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive", "done_on": "2025-01-15"},
    ),
    (
        "L",
        "ขอแก้ค่ะ เมื่อกี้บอกว่าส่งแผนวันที่ 13 จริงๆ ส่งวันที่ 14 ค่ะ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14"},
    ),
    ("L", "ส่งแผนวันที่ 13 ม.ค. ที่ถูกคือ 14 ม.ค. ค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    (
        "L",
        "แก้วันส่งแผนจาก 10 ม.ค. เป็น 12 ม.ค. ค่ะ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-12"},
    ),
    # Near misses: the night of another thing, an afternoon ahead.
    (
        "L",
        "ส่งแผนเข้า drive แล้วนะคะ เมื่อคืนเน็ตหลุดไปรอบนึง เกือบไม่ทัน 😅",
        "MarkStep",
        {"step": "3", "channel": "google_drive"},
    ),
    ("L", "เดี๋ยวบ่ายนี้ส่งแผนค่ะ", "Unknown", {}),
    ("L", "ผลบอลเมื่อคืนใครชนะ", "Unknown", {}),
]


@readings(DAYS_TOLD)
def test_the_day_a_sending_is_told_on(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (4) The forms' span, the dimension the sending lacks; (5) a postponement's reason; (6) the
# plan's indicator by its ordinal word.
FORMS_AND_ITEMS: list[Case] = [
    (
        "L",
        "ฟอร์ม 1-3 ส่งครบแล้วค่ะ ยังขาดมิติที่ 2 เดี๋ยวจะแก้",
        "MarkStep",
        {"step": "3", "dims": [1, 3]},
    ),
    (
        "L",
        "สวัสดีค่ะทุกท่าน วันนี้กองคลังได้อัปโหลดแบบฟอร์มหมายเลข 1 ถึง 3 ขึ้น Google Drive "
        "เรียบร้อยแล้ว ครบทั้ง 3 มิติ หากมีข้อแก้ไขรบกวนแจ้งได้เลยนะคะ ขอบคุณค่ะ",
        "MarkStep",
        {
            "step": "3",
            "unit": "กองคลัง",
            "channel": "google_drive",
            "dims": [1, 2, 3],
            "done_on": "2025-01-15",
        },
    ),
    ("L", "กองกลางส่งแบบฟอร์มหมายเลข 1 ถึง 3 แล้วค่ะ", "MarkStep", {"step": "3", "unit": "กองกลาง"}),
    ("L", "ส่งแบบฟอร์มหมายเลข 4 แล้วค่ะ", "MarkStep", {"step": "4"}),
    ("L", "เลื่อนเตือนไปพรุ่งนี้ก่อน กำลังประชุม", "PostponeReminder", {}),
    ("L", "เลื่อนเตือนไปพรุ่งนี้นะ อยู่ในห้องประชุม", "PostponeReminder", {}),
    ("L", "เลื่อนเตือนแผนไปพรุ่งนี้ก่อน กำลังประชุม", "PostponeReminder", {"step": "3"}),
    (
        "L",
        "ตชว.ตามแผนตัวแรกไม่ถึงเป้านะคะ",
        "MarkStep",
        {"step": "5", "plan_item": 1, "passed": False},
    ),
    (
        "L",
        "ตัวชี้วัดตามแผนตัวที่สองบรรลุเป้าแล้วค่ะ",
        "MarkStep",
        {"step": "5", "plan_item": 2, "passed": True},
    ),
    # Near misses: who lacks the forms asked, a dimension asked, the threshold asked.
    ("L", "ใครยังขาดฟอร์ม 1-3 บ้าง", "Missing", {"step": "3"}),
    ("L", "ส่งครบแล้วยังขาดมิติไหนคะ", "Missing", {"step": "3"}),
    ("L", "ตัวชี้วัดตามแผนตัวแรกไม่ถึงเป้าต้องทำไงคะ", "RuleQuestion", {"topic": "thresholds"}),
]


@readings(FORMS_AND_ITEMS)
def test_forms_reasons_and_plan_items(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (7) A value relayed with the time first; (8) leave asked to register, a newcomer greeting
# with the unit; (9) how to set reminders.
RELAYED_AND_REGISTERED: list[Case] = [
    (
        "P",
        "เรียนทีมงานค่ะ ตอนนี้สำนักงานสิ่งแวดล้อมแจ้งตัวเลขขยะที่จัดการถูกต้องมาแล้ว ได้ร้อยละ "
        "62.75 ค่ะ รบกวนบันทึกในระบบให้ด้วยนะคะ",
        "SubmitValue",
        {"indicator": "2", "value": "62.75", "raw_value": "ร้อยละ 62.75", "percent": True},
    ),
    (
        "P",
        "ตอนนี้ขยะ 62.75%",
        "SubmitValue",
        {"indicator": "2", "value": "62.75", "raw_value": "62.75%", "percent": True},
    ),
    ("L", "ขอลงทะเบียนหน่วยงาน กองนิติการ ได้ไหมคะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "ขอลงทะเบียน กองคลัง ได้มั้ยครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "สวัสดีครับ น้องใหม่จากกองคลังครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "สวัสดีค่ะทุกคน น้องใหม่จากกองนิติการค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "ตั้งเตือนยังไงครับ", "Help", {}),
    ("L", "ตั้งค่าเตือนทำยังไงครับ", "Help", {}),
    # Near misses: a question of whether several units may register, a newcomer from a place
    # the organisation has no unit of, the reminders as they are set.
    ("L", "ขอลงทะเบียนหลายกองได้ไหมคะ", "Unknown", {}),
    ("L", "ขอลงทะเบียนแทนกองคลังได้ไหมคะ", "Unknown", {}),
    ("O", "สวัสดีค่ะ น้องใหม่จากกลุ่มงานยุทธศาสตร์ค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "ตั้งเตือนไว้ยังไง", "ReminderSettings", {"action": "show"}),
    ("L", "ตอนนี้ตั้งเตือนไว้ยังไงบ้างครับ", "ReminderSettings", {"action": "show"}),
]


@readings(RELAYED_AND_REGISTERED)
def test_values_relayed_registrations_and_reminder_help(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The step set right, its work said beside it.
STEP_SET_RIGHT: list[Case] = [
    ("L", "ไม่ใช่ขั้น 3 ค่ะ ขั้นตอนที่ 1 ส่งรายชื่อค่ะ", "MarkStep", {"step": "1"}),
    ("L", "ไม่ใช่ขั้นตอนที่ 3 ครับ เป็นขั้นตอนที่ 1 ที่ส่งคือรายชื่อทีม", "MarkStep", {"step": "1"}),
    ("L", "ขอโทษครับ ไม่ใช่ขั้นตอน 4 ครับ เป็นขั้นตอนที่ 3 ส่งแผนครับ", "MarkStep", {"step": "3"}),
    ("L", "ไม่ใช่ขั้น 3 ค่ะ ขั้น 4", "MarkStep", {"step": "4"}),
    # "ปชม." is a meeting: the attendance of step 2.
    ("L", "กค. เข้า ปชม. 90%", "MarkStep", {"step": "2", "value": "90", "unit": "กองคลัง"}),
    ("L", "พรุ่งนี้มี ปชม. ไหม", "Unknown", {}),
]


@readings(STEP_SET_RIGHT)
def test_the_step_set_right_with_its_work(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
