"""Round 35 (time35): deadlines, windows and rounds asked with the words of other intents.

A window asked how long it stays open, which windows are open now, whether one has closed
yet or the day it closes asked for is the deadlines' (not which steps a round holds, nor who
has sent); a step's due day checked by its number, until when anything may be done ("…ได้
ถึงเมื่อไหร่"), the days left with holidays taken off, the calendar of dues and what is due
"today" are deadlines too, while what being late costs and the way of sending stay the
rules'. A time said in another ask (a day gone by, the day a list was sent, a quarter, a new
reminder time after "เป็น") keeps that ask, and chatter with a time or a due of one's own life
stays chatter.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) A window: how long it is open, which are open, closed yet, its day asked for.
WINDOWS: list[Case] = [
    ("L", "รายงานผลรอบ 2 เปิดให้ส่งกี่วันคะ รู้สึกช่วงสั้นมาก", "Deadlines", {"step": "4"}),
    ("L", "แผนเปิดรับกี่วันครับ", "Deadlines", {"step": "3"}),
    ("L", "ตอนนี้มีรอบไหนเปิดให้ส่งอยู่บ้างคะ", "Deadlines", {}),
    ("L", "ช่วงนี้เปิดรับอะไรอยู่บ้าง", "Deadlines", {}),
    ("L", "google form ส่งรายชื่อทีมปิดไปยังคะ", "Deadlines", {"step": "1"}),
    ("L", "ส่งแผนปิดหรือยัง", "Deadlines", {"step": "3"}),
    (
        "L",
        "เรียนพี่ๆ ทุกกองค่ะ อีกสองวันจะเปิดรับแผน รบกวนน้องบอทแจ้งวันปิดรับที่แน่นอนด้วยค่ะ",
        "Deadlines",
        {"step": "3"},
    ),
    ("L", "ขอวันปิดรับแผนหน่อยค่ะ", "Deadlines", {"step": "3"}),
    # Near misses: which steps a round holds, a shop closed, a day one was told.
    ("L", "รอบ 2 มีขั้นตอนไหนบ้าง", "RuleQuestion", {"topic": "round"}),
    ("L", "ร้านปิดยัง", "Unknown", {}),
    ("L", "ได้รับแจ้งวันปิดรับแผนแล้วค่ะ", "Unknown", {}),
]

# (2) A due checked by a step's number, until when, days left, the calendar, today's dues.
DUES: list[Case] = [
    ("L", "ขั้นตอนที่ 5 ต้องบรรลุค่าเป้าหมายภายใน 30 ก.ย. 68 ใช่ไหมครับ", "Deadlines", {"step": "5"}),
    ("L", "ขั้นตอนที่ 3 ต้องเสร็จภายใน 31 ม.ค. ใช่มั้ย", "Deadlines", {"step": "3"}),
    ("B", "GD Catalog ลงทะเบียนได้ถึงเมื่อไหร่คะ", "Deadlines", {}),
    ("L", "กรอกได้ถึงวันไหนคะ", "Deadlines", {}),
    ("L", "ถ้านับแต่วันทำการ ส่งแผนเหลือกี่วันครับ หักวันหยุดแล้วนะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนเหลือกี่วัน หักเสาร์อาทิตย์ด้วย", "Deadlines", {"step": "3"}),
    ("L", "ขอปฏิทินกำหนดส่ง PMQA ปีงบ ๖๘ ทั้งปีหน่อยค่ะ", "Deadlines", {}),
    ("L", "กำหนดส่ง pmqa มีอะไรบ้าง", "Deadlines", {}),
    ("L", "วันนี้ ๑๕ ม.ค. มีอะไรครบกำหนดไหมคะ", "Deadlines", {}),
    # Near misses: the team's list is step 1, a date's month, the share a step reaches, a cut.
    ("L", "กำหนดส่งรายชื่อ pmqa เมื่อไหร่", "Deadlines", {"step": "1"}),
    ("L", "15 ก.พ. มีอะไรต้องส่งไหม", "Deadlines", {"month": 2}),
    ("L", "ขั้นตอนที่ 5 ต้องบรรลุกี่เปอร์เซ็นต์", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ส่งช้าหักกี่คะแนน", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ลาได้ถึงเมื่อไหร่", "Unknown", {}),
]

# (3) What lateness costs and the way of sending, with a window's words, stay the rules'.
RULES: list[Case] = [
    ("L", "เลยกำหนดแล้วยังส่งได้อยู่ไหม หรือได้ศูนย์เลยคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "เลยกำหนดแล้วจะโดนหักกี่คะแนน", "RuleQuestion", {"topic": "deductions"}),
    ("L", "วันที่ 17 ที่เปิดรับแผน ส่งทาง drive เหมือนเดิมใช่ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "ถ้าไม่ส่งทาง google drive โดนหักไหม", "RuleQuestion", {"topic": "deductions"}),
    # Near misses: still in time asked, the window's day checked.
    ("L", "ส่งรายชื่อทีมเลยกำหนดแล้ว ยังส่งได้อยู่มั้ยคะ", "Deadlines", {"step": "1"}),
    ("L", "แผนเปิดรับวันที่ 17 ใช่ไหม", "Deadlines", {"step": "3"}),
    ("L", "ส่งทาง drive ได้ถึงวันไหน", "Deadlines", {}),
]

# (4) A time said inside another ask keeps that ask.
TIMES_IN_ASKS: list[Case] = [
    ("L", "เมื่อวานซืนกองคลังส่งอะไรมาบ้าง", "History", {"unit": "กองคลัง"}),
    ("L", "อาทิตย์ที่แล้วกองคลังส่งอะไรไปบ้าง", "History", {"unit": "กองคลัง"}),
    ("L", "รายชื่อทีม PMQA ที่ส่งไปเมื่อ 29 พ.ย. มีใครบ้างคะ", "Members", {}),
    ("L", "รายชื่อทีมกองคลังที่ส่งไปเมื่อ 29 พ.ย. มีใครบ้าง", "Members", {"unit": "กองคลัง"}),
    ("L", "สิ้นไตรมาสแรกเราได้กี่คะแนนแล้วคะ", "Status", {}),
    ("P", "ขยะไตรมาสแรกได้กี่คะแนน", "IndicatorQuery", {"indicator": "2", "aspect": "score"}),
    (
        "L",
        "เปลี่ยนเวลาแจ้งเตือนเป็น 07.30 ค่ะ",
        "ReminderSettings",
        {"action": "set", "hour": 7, "minute": 30},
    ),
    ("L", "แจ้งเตือนเป็น 8.15 นะ", "ReminderSettings", {"action": "set", "hour": 8, "minute": 15}),
    # Near misses: no time said is the status; a time to come is what is due; a count.
    ("L", "กองคลังส่งอะไรมาบ้าง", "Status", {"unit": "กองคลัง"}),
    ("L", "พรุ่งนี้กองคลังต้องส่งอะไรบ้าง", "Deadlines", {}),
    ("L", "แจ้งเตือนเป็น 2 ครั้ง", "Unknown", {}),
    (
        "P",
        "ขยะไตรมาสแรกได้ 55.8 นะคะ",
        "SubmitValue",
        {"indicator": "2", "value": "55.8", "raw_value": "55.8"},
    ),
]

# (5) Chatter with a time, or a due of one's own life, stays chatter; a no with a later day.
CHATTER: list[Case] = [
    ("L", "ครบกำหนดคืนหนังสือห้องสมุดพรุ่งนี้ เตือนตัวเองไว้ก่อน", "Unknown", {}),
    ("L", "ผ่อนรถครบกำหนดวันที่ 5 เหนื่อยเลย", "Unknown", {}),
    ("L", "thx for the reminder 🙏", "SmallTalk", {"kind": "thanks"}),
    ("L", "tks for the update", "SmallTalk", {"kind": "thanks"}),
    ("L", "555 ยังเหลือตั้ง 16 วัน ชิลๆ", "SmallTalk", {"kind": "laugh"}),
    ("L", "5555 อีกตั้ง 2 อาทิตย์", "SmallTalk", {"kind": "laugh"}),
    ("L", "ยกเลิกครับ ยังไม่ได้ส่งจริง เดี๋ยวส่งวันศุกร์", "Cancel", {}),
    ("L", "ยกเลิกค่ะ เดี๋ยวส่งวันจันทร์หน้า", "Cancel", {}),
    # Near misses: the plan's due, a reminder set after thanks, other chat after a no.
    ("L", "แผนครบกำหนดพรุ่งนี้ใช่ไหม", "Deadlines", {"step": "3"}),
    (
        "L",
        "thx for the reminder ขอเปลี่ยนเวลาเตือนเป็น 9 โมง",
        "ReminderSettings",
        {"action": "set", "hour": 9, "minute": 0},
    ),
    ("L", "ยกเลิกครับ วันศุกร์ไปกินหมูกระทะกัน", "Unknown", {}),
]

ALL = WINDOWS + DUES + RULES + TIMES_IN_ASKS + CHATTER


@readings(WINDOWS)
def test_a_window_asked_how_long_which_or_closed_is_the_deadlines(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DUES)
def test_a_due_checked_by_step_until_when_or_by_working_days_is_the_deadlines(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RULES)
def test_what_lateness_costs_and_the_way_of_sending_stay_the_rules(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TIMES_IN_ASKS)
def test_a_time_said_inside_another_ask_keeps_that_ask(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHATTER)
def test_chatter_with_a_time_stays_chatter(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["555 ส่งแผนเหลือกี่วัน", "ขั้นตอนที่ 3 ต้องเสร็จภายใน 31 ม.ค. ใช่มั้ย"]) == []
