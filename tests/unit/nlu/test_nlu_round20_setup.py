"""Round 20 (dev_fresh48): setting up a team in the wordings new writers use, by family, each
with near misses that must keep their reading.

1. A unit added (AddUnit): its name ends at a particle, ด้วย, a remark, a short name in
   brackets or after ตัวย่อ/อักษรย่อ; "เพิ่มหน่วย" (without งาน) and "เพิ่มหน่วยในกลุ่ม" say it
   as well as "เพิ่มหน่วยงาน"; a polite wrapper (ฝาก/ช่วย/ขอ/รบกวน) changes nothing.
2. The sender registered (RegisterUnit): one's LINE account tied to a unit, set to be a unit's
   member, signed up with a move told after it (the unit joined, never the one left), or
   introduced by name and unit (with its short name in brackets) before asking to join.
3. A setup halted ("อย่าเพิ่งลงทะเบียน", "ยังไม่ต้องผูกกลุ่ม") is a no; put off ("เดี๋ยวค่อย
   ลงทะเบียน") it registers nobody.
4. The group set to be an organisation's (BindGroup): the organisation ends at the particle
   before a remark; a binding told as done binds nothing.
5. Our web page asked by its link and where it opens (DeskLink): in a browser, on a computer.
"""

from __future__ import annotations

import pytest

from tests.fakes.understanding import readings, settled

# -- 1. a unit added --------------------------------------------------------------------------
UNITS_ADDED = [
    ("L", "ฝากเพิ่มหน่วย สถาบันพัฒนาฝีมือแรงงาน ด้วยจ้า", "AddUnit", {"name": "สถาบันพัฒนาฝีมือแรงงาน"}),
    (
        "P",
        "รบกวนเพิ่มหน่วย ที่ทำการปกครองอำเภอเมืองปทุมธานี ด้วยนะคะ",
        "AddUnit",
        {"name": "ที่ทำการปกครองอำเภอเมืองปทุมธานี"},
    ),
    (
        "P",
        "เพิ่มหน่วยงาน สำนักงานคลังจังหวัดปทุมธานี ด้วยครับ ผู้ว่าฯ ให้เข้าร่วมปีนี้",
        "AddUnit",
        {"name": "สำนักงานคลังจังหวัดปทุมธานี"},
    ),
    (
        "L",
        "ช่วยเพิ่มหน่วยงาน สำนักงานแรงงานจังหวัดนนทบุรี ค่ะ ดูแลตัวชี้วัดร่วมกับเรา",
        "AddUnit",
        {"name": "สำนักงานแรงงานจังหวัดนนทบุรี"},
    ),
    (
        "L",
        "เพิ่มกลุ่มงานคุ้มครองจริยธรรม ตัวย่อ กคจ. ครับ",
        "AddUnit",
        {"name": "กลุ่มงานคุ้มครองจริยธรรม", "short_name": "กคจ."},
    ),
    (
        "L",
        "เพิ่มกองบริหารการคลัง อักษรย่อ กบค. ด้วยค่ะ",
        "AddUnit",
        {"name": "กองบริหารการคลัง", "short_name": "กบค."},
    ),
    (
        "P",
        "ขอเพิ่มหน่วยในกลุ่มค่ะ สำนักงานสาธารณสุขจังหวัดปทุมธานี (สสจ.) ดูแลเรื่องยาเสพติด",
        "AddUnit",
        {"name": "สำนักงานสาธารณสุขจังหวัดปทุมธานี", "short_name": "สสจ."},
    ),
    (
        "L",
        "ขอเพิ่มหน่วยงาน กองส่งเสริมการมีงานทำ เนื่องจากแยกออกมาจากกองเดิม",
        "AddUnit",
        {"name": "กองส่งเสริมการมีงานทำ"},
    ),
    ("L", 'เพิ่มหน่วย "กองส่งเสริมการมีงานทำ" ด้วยครับ', "AddUnit", {"name": "กองส่งเสริมการมีงานทำ"}),
    (
        "B",
        "ขอเรียนเสนอให้เพิ่มหน่วยงาน สำนักงบประมาณเขต 9 เข้าในระบบด้วยครับ",
        "AddUnit",
        {"name": "สำนักงบประมาณเขต 9"},
    ),
]


@readings(UNITS_ADDED)
def test_a_unit_added_named_up_to_where_its_name_ends(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# Asked how, a plan's dimension added, a count per unit: no unit added.
NOT_ADDED = [
    ("P", "เพิ่มหน่วยงานยังไงครับ"),
    ("L", "แก้แผนกองกลางแล้ว เพิ่มมิติที่ 2 เข้าไปค่ะ"),
    ("L", "เพิ่มกองคลังอีก 2 คน"),
    ("L", "เพิ่มหน่วยวัดเป็นร้อยละได้ไหม"),
]


@pytest.mark.parametrize(("org", "text"), NOT_ADDED)
def test_other_additions_add_no_unit(org: str, text: str) -> None:
    assert settled(text, org)[0] != "AddUnit"


# -- 2. the sender registered -------------------------------------------------------------------
REGISTERED = [
    ("L", "ช่วยผูกบัญชีไลน์ผมกับ Finance Division ทีครับ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "รบกวนผูกไอดีไลน์หนูกับกองนิติการหน่อยค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "ตั้งค่าให้ผมเป็นคนของ กจ. ด้วยครับ", "RegisterUnit", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ช่วยตั้งให้หนูเป็นสมาชิกของกองคลังหน่อยนะคะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ลงชื่อกองนิติการด้วยค่ะ เพิ่งย้ายมาจาก กจ.", "RegisterUnit", {"unit": "กองนิติการ"}),
    (
        "L",
        "ลงชื่อ ศทส. ด้วยครับ เพิ่งโอนมาจากกองคลัง",
        "RegisterUnit",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    (
        "L",
        "สวัสดีครับ ขอแนะนำตัวครับ ชื่อเอก จากกองคลัง (กค.) ขอลงชื่อเข้าทีมด้วยครับ",
        "RegisterUnit",
        {"unit": "กองคลัง"},
    ),
    (
        "L",
        "ขอแนะนำตัวค่ะ หนูชื่อแพร จากกองการเจ้าหน้าที่ ขอลงชื่อเข้าทีมนะคะ",
        "RegisterUnit",
        {"unit": "กองการเจ้าหน้าที่"},
    ),
]


@readings(REGISTERED)
def test_the_sender_registered_in_new_wordings(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


# How to register, who has, a unit's progress, a colleague's move: their readings stay.
REGISTERING_ASKED = [
    ("L", "ลงทะเบียนยังไงคะ", "Help", {}),
    ("L", "กองคลังลงทะเบียนหรือยัง", "Members", {"unit": "กองคลัง"}),
    ("L", "สมาชิกกองนิติการมีใครบ้าง", "Members", {"unit": "กองนิติการ"}),
    ("L", "กองกลางมีใครลงชื่อเข้าทีมแล้วบ้าง", "Members", {"unit": "กองกลาง"}),
    ("L", "กองคลังผ่านกี่ขั้นแล้ว", "Status", {"unit": "กองคลัง"}),
    ("L", "พี่สมชายย้ายไปอยู่กองคลังแล้ว", "Unknown", {}),
]


@readings(REGISTERING_ASKED)
def test_registering_asked_keeps_its_reading(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 3. a setup halted or put off -------------------------------------------------------------
HALTED = [
    "อย่าเพิ่งลงทะเบียนนะคะ",
    "ยังไม่ต้องผูกกลุ่มนะครับ",
    "เดี๋ยวก่อนค่ะ อย่าเพิ่งลงทะเบียน ขอเช็คกองก่อน",
    "อย่าพึ่งเพิ่มหน่วยงานนะครับ รอคำสั่งก่อน",
]


@pytest.mark.parametrize("text", HALTED)
def test_a_setup_halted_is_a_no(text: str) -> None:
    assert settled(text) == ("Cancel", {})


PUT_OFF = [
    "เดี๋ยวค่อยลงทะเบียนนะครับ",
    "ไว้ลงทะเบียนทีหลังครับ",
    "ยังไม่ได้ลงทะเบียนเลยค่ะ",
    "พรุ่งนี้จะลงทะเบียนนะคะ",
]


@pytest.mark.parametrize("text", PUT_OFF)
def test_a_registration_put_off_registers_nobody(text: str) -> None:
    assert settled(text)[0] != "RegisterUnit"


# -- 4. the group set to be an organisation's -------------------------------------------------
BOUND = [
    ("B", "ตั้งกลุ่มนี้เป็นของ สงป. ค่ะ ทีมตัวชี้วัดใช้คุยกัน", "BindGroup", {"organisation": "สงป."}),
    (
        "P",
        "ตั้งค่ากลุ่มไลน์นี้ให้เป็นของจังหวัดปทุมธานีนะคะ ใช้ติดตามตัวชี้วัดทั้งปี",
        "BindGroup",
        {"organisation": "จังหวัดปทุมธานี"},
    ),
    ("O", "ตั้งกลุ่มนี้เป็นของ OCSC ครับ เริ่มใช้งานบอทวันนี้", "BindGroup", {"organisation": "OCSC"}),
]


@readings(BOUND)
def test_the_group_set_to_be_an_organisations(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize("text", ["กลุ่มนี้ผูกกับ สป.รง. ไว้แล้วนะ", "ผูกกลุ่มกับ สป.รง. ไปแล้วครับ"])
def test_a_binding_told_as_done_binds_nothing(text: str) -> None:
    assert settled(text)[0] != "BindGroup"


# -- 5. our web page by its link ----------------------------------------------------------------
DESK = [
    "ลิงก์ที่เปิดดูในเบราว์เซอร์ได้ มีไหมครับ",
    "มีลิงก์ให้เปิดบน browser ไหมคะ",
    "ลิ้งค์ดูสถานะบนคอมอยู่ไหนอะ",
    "ขอลิงก์ดูคะแนนบนโน้ตบุ๊กหน่อยครับ",
]


@pytest.mark.parametrize("text", DESK)
def test_our_page_asked_by_where_it_opens(text: str) -> None:
    assert settled(text) == ("DeskLink", {})


NOT_DESK = [
    ("L", "ลิงก์ส่งไฟล์อยู่ไหน", "RuleQuestion", {"topic": "channel"}),
    ("L", "ลิงก์ไดรฟ์อยู่ไหนคะ", "RuleQuestion", {"topic": "channel"}),
    ("L", "สถานะกองคลัง", "Status", {"unit": "กองคลัง"}),
]


@readings(NOT_DESK)
def test_other_links_and_status_keep_their_reading(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)
