"""Reminder settings in chat: days before a deadline, a time of day, off, on, and asking."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import (
    BindGroup,
    Deadlines,
    Intent,
    Missing,
    ReminderAction,
    ReminderSettings,
    SubmitValue,
)
from handlers.registry import understand

TODAY = date(2025, 1, 28)
SHOW = ReminderSettings(ReminderAction.SHOW)
ON = ReminderSettings(ReminderAction.ON)
OFF = ReminderSettings(ReminderAction.OFF)


def set_(*days: int, hour: int | None = None, minute: int | None = None) -> ReminderSettings:
    """A SET as the table spells it."""
    return ReminderSettings(ReminderAction.SET, days, hour, minute)


MESSAGES: list[tuple[str, Intent]] = [
    # days
    ("ตั้งเตือน 7 3 1", set_(7, 3, 1)),
    ("ตั้งเตือน 7 3 1 ครับ", set_(7, 3, 1)),
    ("ตั้งเตือน 7, 3, 1", set_(7, 3, 1)),
    ("ตั้งเตือน 7,3,1", set_(7, 3, 1)),
    ("ตั้งเตือน 7-3-1", set_(7, 3, 1)),
    ("ตั้งเตือน 7 3 1.", set_(7, 3, 1)),
    ("ตั้งเตือน 14 7 1 วัน", set_(14, 7, 1)),
    ("ตั้ง เตือน 7 3 1", set_(7, 3, 1)),
    ("ตั้งเตือน 7, 3, 1 และวันกำหนดส่ง", set_(7, 3, 1, 0)),
    ("ตั้งเตือน 7 3 1 วัน และเช้าวันครบกำหนด", set_(7, 3, 1, 0)),
    ("ตั้งเตือน 7 3 1 0", set_(7, 3, 1, 0)),
    ("ตั้งเตือน 7 3 1 0 และวันกำหนดส่ง", set_(7, 3, 1, 0)),
    ("ตั้งเตือนวันกำหนดส่ง", set_(0)),
    ("ตั้งเตือนก่อนวันกำหนดส่ง 3 วัน", set_(3)),
    ("เตือนก่อน 5 วัน", set_(5)),
    ("เตือนล่วงหน้า 10 วัน", set_(10)),
    ("ตั้งค่าการเตือน 7 3", set_(7, 3)),
    ("ตั้งเตือน 90 วัน", set_(90)),  # out of range: the handler explains
    # a time of day
    ("ตั้งเตือน ๗ ๓ ๑ วัน เวลา 8:30", set_(7, 3, 1, hour=8, minute=30)),
    ("ตั้งเตือน 7 3 1 วัน เวลา 08.30 น.", set_(7, 3, 1, hour=8, minute=30)),
    ("ตั้งเตือน 7 3 1 เวลา 8:30 น. ครับ", set_(7, 3, 1, hour=8, minute=30)),
    ("ตั้งเตือน 7 3 1 วัน 8 โมงครึ่ง", set_(7, 3, 1, hour=8, minute=30)),
    ("ตั้งเตือน 7 3 1 เวลา 8 โมง", set_(7, 3, 1, hour=8, minute=0)),
    ("ตั้งเวลาเตือน 10 โมง", set_(hour=10, minute=0)),
    ("ตั้งเวลาเตือน 9", set_(hour=9, minute=0)),
    ("ตั้งเตือนเวลา 9", set_(hour=9, minute=0)),
    ("ตั้งเวลาเตือน 9 นาฬิกา 15 นาที", set_(hour=9, minute=15)),
    ("ตั้งเวลาเตือน ๑๓:๐๐", set_(hour=13, minute=0)),
    ("ตั้งเตือน บ่าย 2 โมง", set_(hour=14, minute=0)),
    ("ตั้งเตือน 5 โมงเย็น", set_(hour=17, minute=0)),
    ("ตั้งเตือน 7 3 1 เวลา 25:00", set_(7, 3, 1, hour=25, minute=0)),
    # off and on
    ("ปิดการเตือน", OFF),
    ("ปิดแจ้งเตือน", OFF),
    ("ปิดการแจ้งเตือนครับ", OFF),
    ("หยุดเตือน", OFF),
    ("หยุดเตือนก่อนนะ", OFF),
    ("ยกเลิกการเตือน", OFF),
    ("เปิดการเตือน", ON),
    ("เปิดแจ้งเตือน", ON),
    ("เปิดการแจ้งเตือนค่ะ", ON),
    ("กลับมาเตือนได้แล้ว", ON),
    # asking
    ("ดูการตั้งเตือน", SHOW),
    ("ตั้งเตือนไว้ยังไง", SHOW),
    ("ตั้งเตือนไว้ยังไงครับ", SHOW),
    ("เตือนวันไหนบ้าง", SHOW),
    ("บอทเตือนกี่โมง", SHOW),
    ("เตือนกี่วันก่อนกำหนดส่ง", SHOW),
    ("ตั้งเตือน", SHOW),
    ("การแจ้งเตือน", SHOW),
]


@pytest.mark.parametrize(("message", "intent"), MESSAGES, ids=[m for m, _ in MESSAGES])
def test_a_reminder_message_means_one_setting(message: str, intent: Intent) -> None:
    assert understand(message, today=TODAY).intent == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("ตั้งค่ากลุ่ม สป.รง.", BindGroup("สป.รง.")),
        ("เหลือกี่วัน", Deadlines()),
        ("อีกกี่วัน", Deadlines()),
        ("กำหนดส่งแผนเมื่อไหร่", Deadlines(step="แผน")),
        ("ช่วยเตือนด้วยว่าเหลือกี่วัน", Deadlines()),
        ("เตือนหน่อยว่าต้องส่งอะไรบ้าง", Deadlines()),
        ("ใครยังไม่ส่ง", Missing()),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_other_intents_keep_their_messages(message: str, intent: Intent) -> None:
    assert understand(message, today=TODAY).intent == intent


@pytest.mark.parametrize(
    "message",
    ["ตั้งเตือน 7 3 1 และวันกำหนดส่ง", "เตือนก่อน 5 วัน", "ตั้งเตือนก่อนส่ง 3 วัน", "ตั้งเตือน 8.30"],
)
def test_days_and_times_are_never_read_as_a_submitted_value(message: str) -> None:
    assert not isinstance(understand(message, today=TODAY).intent, SubmitValue)


def test_turning_reminders_on_is_never_read_as_turning_them_off() -> None:
    assert understand("เปิดการเตือน", today=TODAY).intent == ON
    assert understand("ปิดการเตือน", today=TODAY).intent == OFF


def test_a_decimal_is_no_count_of_days() -> None:
    assert understand("ตั้งเตือน 1.5 วัน", today=TODAY).intent == SHOW
