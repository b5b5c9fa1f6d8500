"""Typed reminder actions: a step's details, postponing a reminder, the weekly digest switch."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intents import PostponeReminder, ReminderAction, ReminderSettings, StepDetails
from handlers.registry import understand

TODAY = date(2025, 1, 28)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("รายละเอียดขั้นตอนที่ 3", StepDetails(step="3")),
        ("ขอรายละเอียด ขั้นตอนที่ 5 หน่อยครับ", StepDetails(step="5")),
        ("เลื่อนเตือน 1 วัน", PostponeReminder()),
        ("เลื่อนการเตือนขั้นตอนที่ 3", PostponeReminder(step="3")),
        ("เลื่อนแจ้งเตือนไปพรุ่งนี้", PostponeReminder()),
        ("เปิดสรุปรายสัปดาห์", ReminderSettings(ReminderAction.DIGEST_ON)),
        ("เริ่มส่งสรุปประจำสัปดาห์ทุกวันจันทร์ด้วยครับ", ReminderSettings(ReminderAction.DIGEST_ON)),
        ("ปิดสรุปรายสัปดาห์", ReminderSettings(ReminderAction.DIGEST_OFF)),
        ("ไม่เอาสรุปรายสัปดาห์แล้ว", ReminderSettings(ReminderAction.DIGEST_OFF)),
        ("ปิดการเตือน", ReminderSettings(ReminderAction.OFF)),  # unchanged
    ],
)
def test_reminder_actions_are_understood(text: str, intent: object) -> None:
    assert understand(text, today=TODAY).intent == intent
