"""Round 22 (dev_fresh56–59, สป.รง.): names of units and of the people who speak for them, by
family, each with near misses that must keep their reading.

1. A unit named in plain English ("legal division", "HR Division", "IT Centre"): the seed's
   units carry their everyday English names as data, matched case-insensitively.
2. A unit's "focal point" (English for its ผู้ประสานงาน) asked: the unit's members.
3. The sender's own unit ("กองเรา", "ของกองเรา", "หน่วยเรา", "ฝ่ายเรา") is never a name of
   an unknown unit.
4. What was recorded "into the system" ("เข้าระบบ", "ลงระบบ", "ในระบบ": the bot's) names no
   unit, though a unit's name holds "ระบบ" (กลุ่มพัฒนาระบบบริหาร).
5. A unit added with its short name typed bare after the name ("… ศูนย์ปฏิบัติการต่อต้าน
   การทุจริต ศปท."): the last word shaped as a Thai abbreviation is its short name.
"""

from __future__ import annotations

import pytest

from tests.fakes.understanding import read_as_writes, readings, settled

ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# -- 1. units named in English ----------------------------------------------------------------
ENGLISH_NAMES = [
    ("L", "LEGAL DIVISION ถึงไหนแล้วครับ", "Status", {"unit": "กองนิติการ"}),
    ("L", "status of the Legal Division?", "Status", {"unit": "กองนิติการ"}),
    ("L", "HR Division ส่งแผนยังครับ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "Human Resources Division ถึงขั้นไหนแล้ว", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "General Administration Division ถึงไหนแล้วคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "central administration division status pls", "Status", {"unit": "กองกลาง"}),
    ("L", "IT Centre ถึงขั้นไหนแล้ว", "Status", {"unit": ICT}),
    ("L", "Public Sector Development Group status?", "Status", {"unit": "กลุ่มพัฒนาระบบบริหาร"}),
    ("L", "Legal Division ส่งรายชื่อทีมแล้วครับ", "MarkStep", {"step": "1", "unit": "กองนิติการ"}),
    # Near misses: the names known before stay; an English word alone names no unit.
    ("L", "Finance Division ถึงขั้นไหนแล้วครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "Legal Affairs Division status?", "Status", {"unit": "กองนิติการ"}),
    ("L", "น้องๆ อย่าลืมสแกนนิ้วเข้างานนะ ช่วงนี้ HR ตรวจเข้ม", "Unknown", {}),
]


@readings(ENGLISH_NAMES)
def test_a_unit_named_in_plain_english(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 2. a unit's focal point ------------------------------------------------------------------
FOCAL_POINTS = [
    ("L", "ใครเป็น focal point ของกองคลังครับ", "Members", {"unit": "กองคลัง"}),
    ("L", "focal point ของ ศทส. คือใคร", "Members", {"unit": ICT}),
    ("L", "ใครเป็น focal person ของกองกลางคะ", "Members", {"unit": "กองกลาง"}),
    ("L", "who is the focal point of Legal Division?", "Members", {"unit": "กองนิติการ"}),
    # Near misses: the Thai word keeps its reading; someone else's new one asked is chat.
    ("L", "ใครเป็นผู้ประสานงานของกองกลางคะ", "Members", {"unit": "กองกลาง"}),
    (
        "L",
        "ท้องถิ่นจังหวัดโทรมาถามว่าใครเป็น focal point คนใหม่ หนูให้เบอร์พี่ไปนะคะ",
        "Unknown",
        {},
    ),
]


@readings(FOCAL_POINTS)
def test_a_units_focal_point_is_its_members(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 3. the sender's own unit -----------------------------------------------------------------
OUR_OWN = [
    ("L", "ทีม PMQA ของกองเรามีใครบ้างคะ", "Members", {}),
    ("L", "ใครเป็นทีม PMQA ของฝ่ายเราบ้าง", "Members", {}),
    ("L", "ใครเป็นทีม PMQA ของหน่วยเราบ้างคะ", "Members", {}),
    ("L", "สมาชิกของหน่วยงานเรามีใครบ้าง", "Members", {}),
    ("L", "ของฝ่ายเราส่งอะไรไปแล้วบ้าง", "History", {}),
    ("L", "ของหน่วยเราถึงไหนแล้วคะ", "Status", {}),
    # Near misses: a unit named beside ours, or instead of it, is that unit.
    ("L", "ทีม PMQA ของกองคลังมีใครบ้าง", "Members", {"unit": "กองคลัง"}),
    ("L", "ของกองเรา(กจ.)ส่งครบยังคะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "แผนของกองเราส่งไปเมื่อวันที่ 13 แล้วค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-13"}),
]


@readings(OUR_OWN)
def test_our_own_unit_is_no_name(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 4. recorded into the system --------------------------------------------------------------
INTO_THE_SYSTEM = [
    ("L", "เมื่อวานมีใครบันทึกอะไรลงระบบไปบ้างคะ", "History", {}),
    ("L", "วันนี้ใครส่งอะไรเข้าระบบบ้าง", "History", {}),
    ("L", "มีใครบันทึกอะไรในระบบไปบ้างครับ", "History", {}),
    # Near misses: a unit or an indicator whose name holds ระบบ is still named.
    ("L", "ประวัติการส่งของกลุ่มพัฒนาระบบบริหาร", "History", {"unit": "กลุ่มพัฒนาระบบบริหาร"}),
    ("L", "ใครบันทึกผลระบบราชการ 4.0 ไปบ้าง", "History", {"indicator": "1"}),
    ("L", "ประวัติการส่งตัวชี้วัดระบบราชการ 4.0", "History", {"indicator": "1"}),
]


@readings(INTO_THE_SYSTEM)
def test_the_system_recorded_into_names_no_unit(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- 5. a unit added with its bare short name -------------------------------------------------
BARE_SHORT_NAMES = [
    (
        "L",
        "เพิ่มหน่วยงานใหม่ กลุ่มตรวจสอบภายใน ตสน. ครับ",
        "AddUnit",
        {"name": "กลุ่มตรวจสอบภายใน", "short_name": "ตสน."},
    ),
    (
        "L",
        "เพิ่มหน่วยงาน ที่ทำการปกครองจังหวัดปทุมธานี ทปจ. ด้วยค่ะ",
        "AddUnit",
        {"name": "ที่ทำการปกครองจังหวัดปทุมธานี", "short_name": "ทปจ."},
    ),
    (
        "L",
        "เพิ่มหน่วยงานใหม่ กองเศรษฐกิจการแรงงาน กศร.",
        "AddUnit",
        {"name": "กองเศรษฐกิจการแรงงาน", "short_name": "กศร."},
    ),
    # Near misses: a short name in brackets, none at all, a number ending the name.
    (
        "L",
        "เพิ่มหน่วยงาน กองตรวจราชการ (กตร.)",
        "AddUnit",
        {"name": "กองตรวจราชการ", "short_name": "กตร."},
    ),
    ("L", "เพิ่มหน่วยงาน สำนักงานแรงงานจังหวัดนนทบุรี ครับ", "AddUnit", {"name": "สำนักงานแรงงานจังหวัดนนทบุรี"}),
    ("B", "เพิ่มหน่วยงาน สำนักงบประมาณเขต 7 ด้วยค่ะ", "AddUnit", {"name": "สำนักงบประมาณเขต 7"}),
    # A kind word alone before the dotted word: one name, not a name and its short name.
    ("L", "เพิ่มหน่วยงาน สำนักงาน ก.พ.", "AddUnit", {"name": "สำนักงาน ก.พ."}),
]


@readings(BARE_SHORT_NAMES)
def test_a_bare_short_name_after_the_new_units_name(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# -- questions never become writes ------------------------------------------------------------
QUESTIONS = [
    "Has Legal Division sent the plan yet?",
    "HR Division ส่งแผนยังครับ",
    "IT Centre ส่งรายชื่อทีมหรือยัง",
    "ใครเป็น focal point ของไอทีคะ",
    "ของกองเราส่งแผนไปแล้วหรือยังคะ",
    "เมื่อวานมีใครบันทึกอะไรเข้าระบบไปบ้างคะ",
    "ใครเป็นทีม PMQA ของฝ่ายเราบ้าง",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_these_questions_are_never_writes(text: str) -> None:
    assert read_as_writes([text]) == []


# -- 6. the unit left named in English ----------------------------------------------------------
# A move told with the English name of the unit left registers the unit joined, as the Thai
# name does ("ย้ายมาจากกองคลัง ตอนนี้สังกัดกองนิติการ").
MOVED_FROM_ENGLISH = [
    (
        "L",
        "เนื่องจากเพิ่งย้ายมาจาก Finance Division ตอนนี้สังกัดกองนิติการแล้วค่ะ",
        "RegisterUnit",
        {"unit": "กองนิติการ"},
    ),
    (
        "L",
        "เพิ่งย้ายมาจากFinance Division ตอนนี้สังกัดกองนิติการแล้วค่ะ ขอเปลี่ยนหน่วยงานด้วย",
        "RegisterUnit",
        {"unit": "กองนิติการ"},
    ),
    (
        "L",
        "ลงทะเบียนกองกลางด้วยครับ เพิ่งย้ายมาจาก Human Resources Division",
        "RegisterUnit",
        {"unit": "กองกลาง"},
    ),
    # Near miss: the Thai name of the unit left, as before.
    ("L", "เนื่องจากเพิ่งย้ายมาจากกองคลัง ตอนนี้สังกัดกองนิติการแล้วค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
]


@readings(MOVED_FROM_ENGLISH)
def test_the_unit_left_named_in_english_is_never_the_one_joined(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)
