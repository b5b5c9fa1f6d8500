"""Round 34 (cards34): replies to a card and newcomers' introductions.

A yes to a card is still the yes with a hum before it ("อืม ใช่ ยืนยัน", "ค่ะ ใช่ค่ะ"), with the
sender's own afterthought after it ("ถูกต้องค่ะ ยืนยัน เดี๋ยวบอกหัวหน้าเอง", "ยืนยันค่ะ (ขอโทษที่
ตอบช้า)"), typed as "y", or said right and told to
register ("ถูกต้องค่ะ ลงทะเบียนได้เลย"); an ack with a plan ("โอเคค่ะ เดี๋ยวส่งให้") stays an ack,
and a wait or a check in the afterthought is no yes. A self-introduction naming exactly one of
the organisation's units ("ผมเป็นตัวแทนกองคลังแทนพี่…", "ดิฉัน… กองนิติการ ได้รับแต่งตั้งเป็นทีม
PMQA") is the sender's unit, asked back on a card; the organisation's own name in a greeting,
someone else's news and a unit left stay what they were. A registration whose words name only
the organisation beside a newcomer's words names no unit (the handler asks which).
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import (
    asked_back_as_registration,
    read_as_writes,
    readings,
    settled,
    unlabelled_writes,
)

Case = tuple[str, str, str, dict[str, Any]]

# (1) A yes with a hum before it or an afterthought after it; misspelt alone; "y".
YES_AROUND: list[Case] = [
    ("L", "อื้ม ใช่ค่ะ", "Confirm", {}),
    ("L", "อืม ถูกต้องครับ", "Confirm", {}),
    ("L", "ครับ ยืนยันครับ", "Confirm", {}),
    ("L", "ใช่ค่ะ ยืนยัน เดี๋ยวบอกหัวหน้าเอง", "Confirm", {}),
    ("L", "ถูกต้องครับ (ตอบช้าไปหน่อย ขอโทษครับ)", "Confirm", {}),
    ("L", "ยืนยันค่ะ ขอโทษที่ตอบช้านะคะ", "Confirm", {}),
    ("B", "y", "Confirm", {}),
    ("L", "ถูกต้องค่ะ ลงทะเบียนได้เลยค่ะ", "Confirm", {}),
    # Near misses: an ack with a plan, a wait or a check after the yes, a word one letter
    # away that is a word, asked.
    ("L", "โอเคค่ะ เดี๋ยวส่งให้", "SmallTalk", {"kind": "ack"}),
    ("L", "ตกลงครับ เดี๋ยวผมโทรไป", "SmallTalk", {"kind": "ack"}),
    ("L", "ใช่ค่ะ เดี๋ยวก่อน", "Unknown", {}),
    ("L", "ยืนยันค่ะ เดี๋ยวขอแก้ตัวเลขก่อน", "Unknown", {}),
    ("L", "ถูกต้องค่ะ เดี๋ยวรอหัวหน้าดูอีกที", "Unknown", {}),
    ("L", "ยืนยง", "Unknown", {}),
    ("L", "ใช่ไหมคะ เดี๋ยวเช็คให้", "Unknown", {}),
    ("L", "ถูกแล้ว ลงทะเบียนได้ไหม", "Unknown", {}),
    ("L", "อืม ส่งแผนแล้ว", "MarkStep", {"step": "3"}),
]

# (2) A self-introduction naming exactly one unit: asked back as the sender's registration.
INTRODUCED: list[Case] = [
    (
        "L",
        "สวัสดีครับ ผมเอก นักวิชาการเงินและบัญชี กองคลัง ได้รับมอบหมายให้ร่วมทีม PMQA ครับ",
        "RegisterUnit",
        {"unit": "กองคลัง"},
    ),
    ("L", "ดิฉันเป็นตัวแทนกองนิติการแทนพี่น้อยที่ย้ายไปค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "มาแทนพี่เอที่เกษียณค่ะ ประจำกองคลัง", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "หวัดดีค่ะ หนูฝน นิติการค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "ประจำอยู่ฝ่ายการเงิน กองคลังค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    # Near misses: the organisation's own name, a greeting to a unit's people, someone else's
    # news, a unit left, a place the organisation has no unit of, the group joined.
    ("O", "สวัสดีค่ะ เป็นน้องใหม่ของ ก.พ. ค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("B", "สวัสดีครับทีม สงป. ผมเพิ่งย้ายมาจากกองคลังครับ ฝากตัวด้วยครับ", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีค่ะ พี่ๆ กองคลัง", "SmallTalk", {"kind": "greeting"}),
    ("L", "ยินดีด้วยกับพี่โอ๋ กองคลัง ที่ได้เลื่อนตำแหน่งนะคะ", "Unknown", {}),
    ("L", "น้องใหม่ กองคลัง มาสามคนนะครับ เดี๋ยวผมดึงเข้ากลุ่ม", "Unknown", {}),
    ("P", "สวัสดีค่ะ เพิ่งย้ายมาอยู่ฝ่ายการเงินจังหวัดค่ะ ฝากตัวด้วยนะคะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "สวัสดีครับ ผมเพิ่งเข้ากลุ่มครับ", "SmallTalk", {"kind": "greeting"}),
]

# (3) A registration naming only the organisation beside a newcomer's words: no unit.
ONLY_THE_ORGANISATION: list[Case] = [
    ("B", "ขอลงทะเบียนครับ เพิ่งโอนมา สงป.", "RegisterUnit", {}),
    ("O", "ลงทะเบียนเป็นสมาชิกด้วยค่ะ เพิ่งย้ายมา ก.พ.", "RegisterUnit", {}),
    ("P", "เป็นเจ้าหน้าที่ใหม่ของจังหวัดค่ะ ขอลงทะเบียนด้วย", "RegisterUnit", {}),
    # Near misses: a unit named beside the organisation, a unit's short name that is another
    # organisation's too ("กพร." is the labour office's group).
    ("L", "ลงทะเบียนกองคลังค่ะ เพิ่งย้ายมา", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "สมัครเข้าทีม กพร. ค่ะ", "RegisterUnit", {"unit": "กลุ่มพัฒนาระบบบริหาร"}),
    ("L", "ลงทะเบียน กพร ครับ", "RegisterUnit", {"unit": "กลุ่มพัฒนาระบบบริหาร"}),
]

# (4) A move told with a favour after it, or as the unit now and the one no longer.
MOVED: list[Case] = [
    ("L", "ผมย้ายจากกองคลังมาอยู่นิติการครับ ช่วยแก้ให้ด้วย", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "ตอนนี้อยู่ กนต. แล้วครับ ไม่ได้อยู่กองคลังแล้ว", "RegisterUnit", {"unit": "กองนิติการ"}),
    ("L", "ไม่ได้อยู่กองกลางแล้วค่ะ ตอนนี้อยู่กองคลังแล้ว", "RegisterUnit", {"unit": "กองคลัง"}),
    # Near misses: where one is for now, someone else's move, a move wished, a thing moved.
    ("L", "ตอนนี้อยู่กองคลังค่ะ", "Unknown", {}),
    ("L", "ตอนนี้อยู่กองคลังแล้วค่ะ ไม่ได้อยู่บ้านแล้ว", "Unknown", {}),
    ("L", "พี่เขาไม่ได้อยู่กองกลางแล้ว ตอนนี้อยู่กองคลังแล้ว", "Unknown", {}),
    ("L", "อยากย้ายไปอยู่นิติการ ช่วยแก้ให้หน่อย", "Unknown", {}),
    ("L", "เอกสารย้ายไปอยู่คลังแล้ว ฝากดูด้วย", "Unknown", {}),
]

ALL = YES_AROUND + INTRODUCED + ONLY_THE_ORGANISATION + MOVED


@readings(YES_AROUND)
def test_a_yes_with_a_hum_or_the_senders_afterthought_is_the_yes(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(INTRODUCED)
def test_a_self_introduction_naming_one_unit_is_the_senders_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_an_introduction_without_a_word_of_registering_is_asked_back_on_a_card() -> None:
    text = "ดิฉันเป็นตัวแทนกองนิติการแทนพี่น้อยที่ย้ายไปค่ะ"
    assert asked_back_as_registration(text) == "กองนิติการ"


@readings(ONLY_THE_ORGANISATION)
def test_a_registration_naming_only_the_organisation_names_no_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MOVED)
def test_a_move_told_with_a_favour_or_the_unit_no_longer_is_the_senders_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["ใช่ไหมคะ เดี๋ยวเช็คให้", "ยืนยันแล้วหรือยังคะ"]) == []
