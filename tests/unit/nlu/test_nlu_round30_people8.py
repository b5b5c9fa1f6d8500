"""Round 30 (people8): the organisation named by its own abbreviation, the members asked, and a
registration asked with no unit.

A province's office named by its short form ("สนจ.ปท.") where a unit would be is the
organisation itself: its status is the organisation's. Where the asker comes from ("ผมมาจาก
สงป.เขต 5") is no unit asked when the ask is of the whole ("ภาพรวม…ของสำนัก"). "สมาชิก" with a
unit alone is the unit's members; the list of the team asked with what it is for ("…จะทำคำสั่ง
แต่งตั้งคณะทำงานชุดใหม่", "…จะทำสรุปส่งหัวหน้า") names no unit and sends nothing. A
registration asked with the newcomer's story ("เพิ่งย้ายมารับงาน PMQA ของจังหวัด", "เพิ่งเข้า
กลุ่มวันนี้") and no unit is a registration of none, asked back by the handler. A newcomer's
greeting with no word of registering stays chatter: never a write. A greeting that announces
the day's chase with nothing of it named ("สวัสดีครับพี่ๆ เช้านี้ขอตามงานกันหน่อยนะครับ") is a
greeting; a question after it, or an indicator named, is read as it is.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

ORGANISATION_ITSELF: list[Case] = [
    ("P", "สนจ.ปท. ตอนนี้ภาพรวมเป็นยังไงบ้างคะ", "Status", {}),
    ("P", "สนจ.ปท. ผ่านไปกี่ตัวแล้วคะ", "Status", {}),
    ("B", "สวัสดีค่ะ หนูมาจาก สงป.เขต 3 ขอดูภาพรวมตัวชี้วัดของสำนักหน่อยค่ะ", "Status", {}),
    # Near misses: a unit of the organisation keeps its status.
    ("L", "กองคลังผ่านไปกี่ตัวแล้วคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "สวัสดีครับ ผมมาจากกองคลัง ขอดูสถานะหน่อยครับ", "Status", {"unit": "กองคลัง"}),
]

MEMBERS: list[Case] = [
    ("L", "@PMQA Bot สมาชิก กค.", "Members", {"unit": "กองคลัง"}),
    ("L", "ขอรายชื่อสมาชิกทีมหน่อยครับ จะทำหนังสือแต่งตั้งคณะทำงานใหม่", "Members", {}),
    ("L", "ขอดูรายชื่อทีมทุกกองหน่อยค่ะ จะทำสรุปส่งผู้บริหาร", "Members", {}),
    # Near misses: the list sent is step 1's write; a word that is no unit asks nothing.
    ("L", "ส่งรายชื่อทีมกองคลังแล้วค่ะ", "MarkStep", {"step": "1", "unit": "กองคลัง"}),
    ("L", "สมาชิก ใหม่", "Unknown", {}),
    # Everything sent looked back on names no indicator; an indicator named keeps it.
    ("O", "ขอดูประวัติทุกอย่างที่บันทึกเดือนนี้หน่อยค่ะ", "History", {}),
    ("P", "ขอดูประวัติการส่งยาเสพติดหน่อย", "History", {"indicator": "4"}),
]

REGISTRATION_OF_NONE: list[Case] = [
    ("P", "สวัสดีค่ะ เพิ่งย้ายมารับงาน PMQA ของจังหวัด ขอลงทะเบียนด้วยนะคะ", "RegisterUnit", {}),
    ("O", "ขอลงทะเบียนใช้งานบอทด้วยครับ เพิ่งเข้ากลุ่มเมื่อวาน", "RegisterUnit", {}),
    # Near misses: the unit told keeps it; a newcomer's greeting registers nobody.
    ("L", "ขอลงทะเบียนกองคลังค่ะ เพิ่งเข้ากลุ่มวันนี้", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "สวัสดีค่ะ เพิ่งเข้ากลุ่มวันนี้ ฝากตัวด้วยนะคะ", "SmallTalk", {"kind": "greeting"}),
    ("P", "สวัสดีค่ะพี่ๆ หนูมาจากสำนักงานจังหวัด เพิ่งเข้าทีมค่ะ", "SmallTalk", {"kind": "greeting"}),
]

DAYS_CHASE: list[Case] = [
    ("L", "สวัสดีครับพี่ๆ เช้านี้ขอตามงานกันหน่อยนะครับ", "SmallTalk", {"kind": "greeting"}),
    ("B", "อรุณสวัสดิ์ค่ะทีม ☀️ วันนี้ขอเช็คตัวชี้วัดหน่อยนะคะ", "SmallTalk", {"kind": "greeting"}),
    # Near misses: the question after the greeting, an indicator named.
    ("L", "สวัสดีค่ะ วันนี้ขอตามงาน PMQA หน่อย ใครยังไม่ส่งแผนบ้างคะ", "Missing", {"indicator": "1"}),
    ("P", "สวัสดีค่ะ เช้านี้ขอเช็คตัวชี้วัดขยะหน่อยนะคะ", "IndicatorQuery", {"indicator": "2"}),
]

WELCOMES: list[Case] = [
    # A newcomer welcomed by name into the team is a greeting; into a unit named, no chatter
    # of the bot's (the corpus's "ยินดีต้อนรับน้องใหม่กองคลังค่า").
    ("L", "ยินดีต้อนรับน้องฝนเข้าทีมนะคะ 🎉", "SmallTalk", {"kind": "greeting"}),
    ("L", "ยินดีต้อนรับน้องฝนเข้ากองคลังนะคะ", "Unknown", {}),
]


@readings(ORGANISATION_ITSELF)
def test_the_organisation_named_by_its_abbreviation_is_no_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MEMBERS)
def test_the_members_asked_with_a_unit_alone_or_a_purpose(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REGISTRATION_OF_NONE)
def test_a_registration_asked_with_a_newcomers_story_names_no_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DAYS_CHASE + WELCOMES)
def test_a_greeting_announcing_the_days_chase_or_a_welcome_is_a_greeting(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_newcomers_chatter_and_the_questions_are_never_writes() -> None:
    questions = [
        "สวัสดีค่ะ เพิ่งเข้ากลุ่มวันนี้ ฝากตัวด้วยนะคะ",
        "ขอรายชื่อสมาชิกทีมหน่อยครับ จะทำหนังสือแต่งตั้งคณะทำงานใหม่",
        "ขอดูรายชื่อทีมทุกกองหน่อยค่ะ จะทำสรุปส่งผู้บริหาร",
        "@PMQA Bot สมาชิก กค.",
    ]
    assert read_as_writes(questions) == []
    assert read_as_writes(["สวัสดีค่ะพี่ๆ หนูมาจากสำนักงานจังหวัด เพิ่งเข้าทีมค่ะ"], "P") == []
