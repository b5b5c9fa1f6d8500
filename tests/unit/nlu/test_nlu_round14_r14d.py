"""Round 14 (r14d): step reports in a formal or long register (a unit's news relayed, a head
count, the way it went in words, the plan's check passed); rule questions of what a step needs,
its round or a level, and whether a day is still in time; reminder settings and the members
asked in other words. Questions stay questions."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

ITS = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (B) What a step needs, its round, a level: the plan's rules; whether a day is in time.
RULES_ASKED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ขั้นตอนที่ 3 ต้องแนบหลักฐานอะไรบ้างไหมครับ", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นที่ 1 ทีมต้องมีอย่างน้อยกี่คนคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "step 1 ต้องกรอกชื่อกี่คนครับ", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอนที่ 2 กับ 3 อยู่รอบเดียวกันไหมคะ", "RuleQuestion", {"topic": "round"}),
    ("L", "รอบ1 ดูขั้น1ถึง3 ใช่ป่ะ", "RuleQuestion", {"topic": "round"}),
    ("L", "ได้ 350 คะแนนถือว่าอยู่ระดับไหนคะ", "RuleQuestion", {"topic": "level"}),
    ("L", "แผน 3 ปีต้องครอบคลุมปี 68-70 ใช่ไหมครับ", "RuleQuestion", {"topic": "step"}),
    ("L", "รายชื่อทีมต้องเป็นข้าราชการอย่างเดียวหรือเปล่าคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "ถ้าส่งรายชื่อทีมวันที่ 20 ม.ค. ยังทันไหมครับ", "Deadlines", {"step": "1"}),
    ("L", "ส่งผลการดำเนินงานพรุ่งนี้ยังทันมั้ยคะ", "Deadlines", {"step": "4"}),
    ("L", "แผนปฏิบัติการส่งวันนี้ยังทันอยู่ใช่ไหม", "Deadlines", {"step": "3"}),
]


@readings(RULES_ASKED)
def test_a_rule_or_a_day_in_time_asked_is_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (C) Reminder settings and the members asked in other words.
SETTINGS_AND_MEMBERS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "แจ้งเตือนเป็น 9 โมงครึ่งนะครับ",
        "ReminderSettings",
        {"action": "set", "hour": 9, "minute": 30},
    ),
    (
        "B",
        "เปลี่ยนเวลาแจ้งเตือนเป็น 07.45 น.",
        "ReminderSettings",
        {"action": "set", "hour": 7, "minute": 45},
    ),
    (
        "O",
        "อยากให้บอทเตือนตอน 7 โมงเช้าได้ไหมครับ",
        "ReminderSettings",
        {"action": "set", "hour": 7, "minute": 0},
    ),
    ("P", "ช่วยเปิดสรุปผลประจำสัปดาห์ให้หน่อยครับ", "ReminderSettings", {"action": "digest_on"}),
    ("L", "งดเตือนวันนี้ก่อนนะคะ พรุ่งนี้ค่อยเตือนใหม่", "PostponeReminder", {}),
    ("O", "วันนี้ไม่ต้องเตือนนะคะ", "PostponeReminder", {}),
    ("B", "วันนี้งดแจ้งเตือนก่อนได้มั้ยครับ", "PostponeReminder", {}),
    ("B", "ตอนนี้มีใครอยู่ในระบบบ้างคะ", "Members", {}),
    ("L", "กองคลังมีใครลงชื่อกับบอทแล้วบ้างครับ", "Members", {"unit": "กองคลัง"}),
    ("L", "ศทส.ลงชื่อในบอทกี่คนแล้ว", "Members", {"unit": ITS}),
]


@readings(SETTINGS_AND_MEMBERS)
def test_a_setting_or_the_members_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# Asked, not set: the time the bot reminds shown; signing a sheet registers nobody.
NOT_SETTINGS: list[tuple[str, str, str]] = [
    ("L", "ตอนนี้แจ้งเตือนกี่โมงคะ", "ReminderSettings"),
    ("L", "กองคลังลงชื่อเข้าประชุมกี่คน", "Unknown"),
    ("L", "บอทแจ้งเตือนตอน 8 โมงใช่ไหม", "Unknown"),
    ("L", "ส่งแผนแล้ว วันนี้ไม่ต้องเตือนนะ", "MarkStep"),
]


@pytest.mark.parametrize(("org", "text", "intent"), NOT_SETTINGS)
def test_asked_settings_change_nothing(org: str, text: str, intent: str) -> None:
    got, slots = settled(text, org)
    assert got not in ("SubmitValue", "PostponeReminder") and (got == "MarkStep") == (
        intent == "MarkStep"
    )
    if got == "ReminderSettings":
        assert slots.get("action") == "show"
