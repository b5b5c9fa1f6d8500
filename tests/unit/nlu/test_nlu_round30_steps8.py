"""Round 30 (steps8): deadlines asked in new words, who has sent, a unit's upload asked by its
short name, and the weekly digest asked for by its day.

A deadline typed as two words ("dead line แผนคือ 31 Jan ใช่ไหม") names no LINE channel. A
window checked closed since a day ("…ปิดไปตั้งแต่ปลาย พ.ย. แล้วใช่มั้ย") or open now ("ศุกร์นี้
เปิดให้ส่งแผนแล้วใช่มั้ย") is the step's deadline, not who has sent; so is what a month holds
once it has come ("พอขึ้นเดือน ก.พ. แล้ว…ต้องส่งอีกไหม"), the days left to a form ("เหลือกี่วัน
ทำการส่งฟอร์ม ๑-๓") and when a round's form is sent ("รอบ 2 ต้องส่งฟอร์ม 4 ช่วงไหน"). Which units
have sent ("มีกองไหนส่งแผนแล้วบ้าง") is who is missing, and so is a question put to the bot on
the last line of an announcement. Whether a unit's plan is up on the drive yet ("กค.
แผนขึ้นไดรฟ์ยัง") is its status. "ขอสรุปทุกวันจันทร์…" subscribes to the weekly digest. Told,
not asked, none of them asks; no question here is read as a write.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Deadlines in new words; near misses keep their readings.
DEADLINES: list[Case] = [
    ("L", "dead line แผนคือ 31 Jan ใช่ไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "รายชื่อทีม ขั้นตอนที่ 1 ปิดไปตั้งแต่ปลาย พ.ย. แล้วใช่มั้ยคะ", "Deadlines", {"step": "1"}),
    ("L", "แบบฟอร์ม 4 ปิดรับไปตั้งแต่เมื่อวานแล้วเหรอคะ", "Deadlines", {"step": "4"}),
    ("L", "ศุกร์นี้เปิดให้ส่งแผนแล้วใช่มั้ยคะ", "Deadlines", {"step": "3"}),
    ("L", "ฟอร์ม 4 เปิดรับแล้วเหรอคะ", "Deadlines", {"step": "4"}),
    ("L", "พอขึ้นเดือน ก.พ. แล้วยังมีอะไรต้องส่งอีกไหมคะ", "Deadlines", {"month": 2}),
    ("L", "พอเข้าเดือนกันยาแล้วต้องรายงานอะไรบ้างครับ", "Deadlines", {"month": 9}),
    ("L", "เหลือกี่วันทำการส่งฟอร์ม ๑-๓", "Deadlines", {"step": "3"}),
    ("L", "อีกกี่วันต้องส่งแบบฟอร์ม 4 คะ", "Deadlines", {"step": "4"}),
    ("L", "รอบ 2 ต้องส่งฟอร์ม 4 ช่วงไหนคะ", "Deadlines", {"step": "4"}),
    # Near misses: a round's own question, a form's, a window told, a shop closed.
    ("L", "รอบที่สองประเมินช่วงไหน มีขั้นไหนบ้างคะ", "RuleQuestion", {"topic": "round"}),
    ("L", "แบบฟอร์ม 4 ดาวน์โหลดได้ที่ไหนคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "ฝากแจ้ง ผอ. ทุกกองด้วยนะคะ วันศุกร์นี้เปิดรับแผนแล้ว", "Unknown", {}),
    ("L", "อบรมหลักสูตรนักบริหารรุ่นใหม่เปิดรับสมัครแล้วใช่ไหมครับ", "Unknown", {}),
    ("L", "ร้านกาแฟปิดไปตั้งแต่เมื่อวานแล้วเหรอ", "Unknown", {}),
]

# (2) Who has sent, or not, asked.
WHO_HAS_SENT: list[Case] = [
    ("L", "มีกองไหนส่งแผนแล้วบ้างคะ", "Missing", {"step": "3"}),
    ("L", "หน่วยไหนส่งฟอร์ม 4 มาแล้วบ้างคะ", "Missing", {"step": "4"}),
    ("L", "กองไหนส่งแผนแล้วแต่ยังไม่ครบ 3 มิติบ้างคะ", "Missing", {"step": "3"}),
    (
        "L",
        "เรียนทุกกองค่ะ\nอีก 16 วันปิดรับแผนนะคะ 🙏\n@PMQA Bot ใครยังไม่ส่งแผนบ้างคะ",
        "Missing",
        {"step": "3"},
    ),
    (
        "L",
        "เรียนทุกท่านค่ะ\nพรุ่งนี้ประชุม 10 โมงนะคะ\n@PMQA Bot ฟอร์ม 4 ส่งวันไหนคะ",
        "Deadlines",
        {"step": "4"},
    ),
    # Near misses: a step's details unit by unit stay its details.
    (
        "L",
        "ขอรายละเอียดขั้นตอนที่ 1 ค่ะ อยากรู้ว่ากองไหนส่งรายชื่อแล้วบ้าง",
        "StepDetails",
        {"step": "1"},
    ),
]

# (3) A unit's upload asked by its short name: its status; told, its step.
UPLOADED_YET: list[Case] = [
    ("L", "กค. แผนขึ้นไดรฟ์ยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังอัปโหลดแผนยังคะ", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "ศทส. ฟอร์ม 4 ขึ้น drive ยังครับ",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "รูปงานเลี้ยงขึ้นไดรฟ์ยังคะ", "Unknown", {}),
]

# (4) The weekly digest asked for by its day; questions about it store nothing.
DIGEST: list[Case] = [
    (
        "L",
        "ขอสรุปทุกวันจันทร์แบบรายสัปดาห์ด้วยค่ะ เปิดให้หน่อย",
        "ReminderSettings",
        {"action": "digest_on"},
    ),
    ("L", "ขอสรุปทุกวันจันทร์ด้วยค่ะ", "ReminderSettings", {"action": "digest_on"}),
    ("L", "ขอสรุปทุกกองหน่อยค่ะ", "Status", {}),
]

QUESTIONS = [
    "สรุปทุกวันจันทร์ส่งกี่โมงคะ",
    "เปิดสรุปทุกวันจันทร์ยังไงคะ",
    "กค. แผนขึ้นไดรฟ์ยังคะ",
    "มีกองไหนส่งแผนแล้วบ้างคะ",
    "ศุกร์นี้เปิดให้ส่งแผนแล้วใช่มั้ยคะ",
    "รายชื่อทีม ขั้นตอนที่ 1 ปิดไปตั้งแต่ปลาย พ.ย. แล้วใช่มั้ยคะ",
]


@readings(DEADLINES)
def test_deadlines_asked_in_new_words_are_deadlines(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHO_HAS_SENT)
def test_which_units_have_sent_is_who_is_missing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UPLOADED_YET)
def test_a_units_upload_asked_yet_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DIGEST)
def test_the_digest_asked_for_by_its_day_is_turned_on(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_the_questions_is_read_as_a_write() -> None:
    assert read_as_writes(QUESTIONS) == []


def test_a_tapped_mention_on_the_last_line_keeps_its_span() -> None:
    from handlers.nlu.normalise import addressed_last

    text = "เรียนทุกกองค่ะ 🙏\n@PMQA Bot ใครยังไม่ส่งแผนบ้างคะ"
    at = text.index("@")
    offset = at + 1  # the emoji counts two UTF-16 units
    assert addressed_last(text, [(offset, 9)]) == (text[at:], ((0, 9),))
    told = "กองคลังส่งแผนแล้วนะคะ\n@PMQA Bot บันทึกให้ด้วย"
    assert addressed_last(told) == (told, ())
