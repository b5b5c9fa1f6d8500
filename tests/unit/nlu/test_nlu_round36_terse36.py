"""Round 36 (terse36): terse phone typing — cue words mistyped, short forms and English.

A history asked with its word mistyped as it sounds ("ประวัดการส่ง ศทส."), how to type asked
with "พิมพ์" missing its silent letter ("พิมไรได้มั่ง"), until when asked as "ถึงไหร่"
("ส่งผลตชว.ได้ถึงไหร่คะ"). Reminders paused with "งด" ("งดเตือนไปก่อนนะ") turn them off; paused
for one day ("วันนี้งดเตือนก่อน… พรุ่งนี้ค่อยเตือน") they are postponed. A registration said as
"reg"; a newcomer asking to be
signed up ("น้องใหม่จากกองนิติการครับ ลงชื่อไว้ก่อนนะครับ") is asked back on a card. A Google
Form or Drive typed short ("ggform", "gg drive") is still its channel.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import (
    asked_back_as_registration,
    read_as_writes,
    readings,
    settled,
    stored_at_once,
    unlabelled_writes,
)

Case = tuple[str, str, str, dict[str, Any]]

ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) Cue words typed as they sound.
TYPOS: list[Case] = [
    ("L", "ประวัดการส่ง ศทส.", "History", {"unit": ICT}),
    ("L", "ขอดูประวัดการส่งกองคลัง", "History", {"unit": "กองคลัง"}),
    ("L", "ประวัติการส่ง ศทส.", "History", {"unit": ICT}),
    ("L", "พิมไรได้มั่ง งงง", "Help", {}),
    ("L", "ต้องพิมยังไงคะ", "Help", {}),
    ("L", "ส่งผลตชว.ได้ถึงไหร่คะ", "Deadlines", {}),
    ("L", "ส่งแผนได้ถึงไหร่", "Deadlines", {"step": "3"}),
    # near misses: printing done is no question of the bot; signing a meeting's sheet joins none
    ("L", "น้องใหม่จากกองนิติการ ลงชื่อเข้าประชุมไว้แล้ว", "Unknown", {}),
    ("L", "พิมเสร็จแล้ว", "Unknown", {}),
]

# (2) Reminders paused.
PAUSED: list[Case] = [
    ("L", "งดเตือนไปก่อนนะ ช่วงนี้ไม่ต้อง", "ReminderSettings", {"action": "off"}),
    ("L", "งดเตือนไว้ก่อนครับ", "ReminderSettings", {"action": "off"}),
    ("L", "งดการเตือนนะคะ", "ReminderSettings", {"action": "off"}),
    ("L", "แจ้งเตือนเป็น 2 ครั้ง", "Unknown", {}),
    # near misses: one day paused is postponed; turning on is on
    ("L", "วันนี้งดเตือนก่อนได้ไหมครับ พรุ่งนี้ค่อยเตือน", "PostponeReminder", {}),
    ("L", "เปิดการเตือนด้วยค่ะ", "ReminderSettings", {"action": "on"}),
    ("L", "ปิดการเตือน", "ReminderSettings", {"action": "off"}),
]

# (3) Registrations said tersely or in English.
REGISTERED: list[Case] = [
    ("L", "reg กค.คับ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "reg กองคลังครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    (
        "L",
        "i'm from the personnel division, please add me",
        "RegisterUnit",
        {"unit": "กองการเจ้าหน้าที่"},
    ),
    ("L", "น้องใหม่จากกองนิติการครับ 🙋‍♂️ ลงชื่อไว้ก่อนนะครับ", "RegisterUnit", {"unit": "กองนิติการ"}),
    # near misses: regards, being with someone, a newcomer announced by another
    ("L", "best regards ครับ", "Unknown", {}),
    ("L", "ใครเป็นน้องใหม่จากกองนิติการคะ", "Unknown", {}),
]

# (4) A channel typed short.
CHANNELS: list[Case] = [
    ("L", "ส่งรายชื่อทีมแล้ว ทางggform", "MarkStep", {"step": "1", "channel": "google_form"}),
    ("L", "ส่งรายชื่อทีมแล้ว ทาง gg form", "MarkStep", {"step": "1", "channel": "google_form"}),
    ("L", "ส่งแผนแล้วทาง ggdrive", "MarkStep", {"step": "3", "channel": "google_drive"}),
    ("L", "ส่งรายชื่อทีมแล้ว ทาง google form", "MarkStep", {"step": "1", "channel": "google_form"}),
    # near miss: asked, no write
    ("L", "ส่งทาง ggform ได้ไหม", "RuleQuestion", {"topic": "channel"}),
]

ALL = TYPOS + PAUSED + REGISTERED + CHANNELS


@readings(TYPOS)
def test_cue_words_typed_as_they_sound_are_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PAUSED)
def test_reminders_paused_are_turned_off_and_a_day_paused_is_postponed(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REGISTERED)
def test_a_registration_said_tersely_or_in_english_is_read(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHANNELS)
def test_a_channel_typed_short_is_its_channel(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_newcomer_asking_to_be_signed_up_is_asked_back_never_stored_at_once() -> None:
    text = "น้องใหม่จากกองนิติการครับ 🙋‍♂️ ลงชื่อไว้ก่อนนะครับ"
    assert asked_back_as_registration(text) == "กองนิติการ"
    assert not stored_at_once(text)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["ส่งทาง ggform ได้ไหม", "ประวัดการส่งมีไหม", "พิมไรได้มั่ง"]) == []
