"""Round 14 (r14d): step reports in a formal or long register (a unit's news relayed, a head
count, the way it went in words, the plan's check passed); rule questions of what a step needs,
its round or a level, and whether a day is still in time; reminder settings and the members
asked in other words. Questions stay questions."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

ITS = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (A) A step's news told formally or at length: the step, the unit and what is said of it.
STEP_REPORTS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "ผลตรวจแผนของ กค. ผ่านแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "passed": True},
    ),
    (
        "L",
        "กองคลังส่งรายชื่อทีมแล้ว 7 คน ทางอีเมล",
        "MarkStep",
        {"step": "1", "unit": "กองคลัง", "channel": "email"},
    ),
    (
        "L",
        "รายชื่อทีม PMQA ของ กนต. ส่งแล้วครับ ทั้งหมด ๕ ท่าน ทางกูเกิลฟอร์ม",
        "MarkStep",
        {"step": "1", "unit": "กองนิติการ", "channel": "google_form"},
    ),
    (
        "L",
        "กองนิติการขอเรียนแจ้งว่า ได้จัดส่งรายชื่อทีมไปเมื่อวันที่ 5 ธ.ค. 67 ขออภัยที่ล่าช้าครับ",
        "MarkStep",
        {"step": "1", "unit": "กองนิติการ", "done_on": "2024-12-05"},
    ),
    (
        "L",
        "ได้รับแจ้งจากศทส.ว่าส่งรายชื่อทีมทางอีเมลแล้ว",
        "MarkStep",
        {"step": "1", "unit": ITS, "channel": "email"},
    ),
    (
        "L",
        "แจ้งครับ รายชื่อทีมของกองคลังส่งเป็นหนังสือตัวจริงไปแล้ว",
        "MarkStep",
        {"step": "1", "unit": "กองคลัง", "channel": "paper"},
    ),
    (
        "L",
        "กองคลังส่งแผนแล้ว มีกิจกรรมครบ 3 มิติ มิติละ 2 กิจกรรม",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2, 3]},
    ),
    (
        "L",
        "กองกลางส่งแผนช้าไปหน่อย แต่เอกสารครบค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "documents": "complete"},
    ),
    (
        "L",
        "กองนิติการแจ้งมาว่าส่งแผนไปแล้ว แต่ไม่ได้แนบเอกสารใด ๆ ครับ",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "documents": "missing"},
    ),
    (
        "L",
        "ศทส.เข้าร่วมประชุมคิดเป็นร้อยละ ๙๐ ผ่านเกณฑ์ค่ะ",
        "MarkStep",
        {"step": "2", "unit": ITS, "value": "90", "passed": True},
    ),
]

# A late sending told formally; sent on paper with the usual way denied after it.
MORE_STEP_REPORTS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "กองกลางขอเรียนแจ้งว่า ได้จัดส่งแผนปฏิบัติการไปเมื่อวันที่ 20 ม.ค. 68 ซึ่งล่าช้ากว่ากำหนดเล็กน้อยค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "done_on": "2025-01-20"},
    ),
    (
        "L",
        "ทราบจากกองนิติการว่าส่งรายชื่อทีมเป็นบันทึกข้อความตัวจริง ไม่ได้กรอกฟอร์มครับ",
        "MarkStep",
        {"step": "1", "unit": "กองนิติการ", "channel": "paper"},
    ),
    (
        "L",
        "กองกลางส่งแผนเป็นเล่มกระดาษ ไม่ได้อัปขึ้นไดรฟ์ค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "paper"},
    ),
    (
        "L",
        "แจ้งค่ะ รายงานผลของ กค. ส่งเป็นหนังสือภายในไปแล้ว",
        "MarkStep",
        {"step": "4", "unit": "กองคลัง", "channel": "paper"},
    ),
    (
        "L",
        "รบกวนบันทึกด้วยครับ ศทส.ประชุม 6 ใน 7 ครั้ง",
        "MarkStep",
        {"step": "2", "unit": ITS, "met": 6, "of": 7},
    ),
    (
        "L",
        "กองกลางขอรายงานว่าเข้าร่วมกิจกรรมได้ 5 จาก 7 ครั้ง ซึ่งไม่ถึงเกณฑ์ร้อยละ 85 ค่ะ",
        "MarkStep",
        {"step": "2", "unit": "กองกลาง", "met": 5, "of": 7, "passed": False},
    ),
]


@readings(MORE_STEP_REPORTS)
def test_a_late_or_paper_sending_told_is_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# The same words asked: never a write.
STEP_REPORT_QUESTIONS: list[tuple[str, str]] = [
    ("L", "ผลตรวจแผนของ กค. ผ่านหรือยังคะ"),
    ("L", "กองคลังส่งรายชื่อทีมกี่คนคะ"),
    ("L", "กองกลางส่งแผนช้าไปหน่อย เอกสารครบไหมคะ"),
    ("L", "กองคลังส่งแผนช้ากว่ากำหนดไหมคะ"),
    ("L", "กองไหนยังไม่ได้กรอก google form"),
    ("L", "กองคลังประชุมไปกี่ครั้งแล้วจาก 9 ครั้ง"),
]


@readings(STEP_REPORTS)
def test_a_steps_news_in_a_long_or_formal_register_is_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(("org", "text"), STEP_REPORT_QUESTIONS)
def test_a_steps_news_asked_is_no_write(org: str, text: str) -> None:
    assert settled(text, org)[0] not in ("SubmitValue", "SubmitBaseline", "MarkStep")


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


# Asked in other words: a window checked with a casual tag, a deadline with the letter it is
# for, the top of the scale, a case supposed of a member, a named reminder moved.
MORE_ASKED: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "รายงานผลเปิดรับวันที่ 15 ก.ย. ใช่ป่ะคะ", "Deadlines", {"step": "4"}),
    (
        "L",
        "ขั้นตอนที่ 3 หมดเขตวันไหนคะ จะทำหนังสือชี้แจงเหตุผลที่ส่งช้า",
        "Deadlines",
        {"step": "3"},
    ),
    ("O", "คะแนนเต็มของตัวชี้วัดนี้เท่าไหร่คะ", "RuleQuestion", {"topic": "level"}),
    ("P", "PMQA ได้ต่ำกว่า 300 ยังไม่ถึง Basic ใช่ป่าว", "RuleQuestion", {"topic": "level"}),
    (
        "L",
        "ถ้าสมาชิกในทีมติดราชการ ประชุมครั้งนั้นนับไหมครับ",
        "RuleQuestion",
        {"topic": "attendance"},
    ),
    ("L", "การเตือนเรื่องแผนขอเลื่อนไปพรุ่งนี้ได้มั้ยคะ", "PostponeReminder", {"step": "3"}),
    ("L", "กองคลังได้คะแนนเต็มไหม", "Status", {"unit": "กองคลัง"}),
    ("L", "ขั้นตอนที่ 3 นอกจากส่งแผนแล้ว ต้องแนบอะไรอีกไหมคะ", "RuleQuestion", {"topic": "step"}),
    (
        "L",
        "เนื่องจากหัวหน้าสอบถามมาว่ารอบที่ 2 มีขั้นตอนไหนบ้าง จึงรบกวนช่วยตอบด้วยค่ะ",
        "RuleQuestion",
        {"topic": "round"},
    ),
    (
        "L",
        "เนื่องจากท่าน ผอ. ถามว่าขั้นตอนที่ 3 ต้องส่งเมื่อไหร่ จึงขอเรียนสอบถามครับ",
        "Deadlines",
        {"step": "3"},
    ),
]


@readings(MORE_ASKED)
def test_more_rules_and_deadlines_asked_are_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


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
