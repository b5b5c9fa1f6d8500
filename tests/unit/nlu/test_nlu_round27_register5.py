"""Round 27 (register5): the sender's own unit told in other ways, and short card replies.

A move said with the unit left first ("ไม่ได้อยู่กองคลังแล้ว ย้ายมากองกลาง", "เปลี่ยนจาก ศทส.
ไป กค."), moving back ("ย้ายกลับมาอยู่…เหมือนเดิม"), with the date it takes effect ("มีผล 6
ม.ค.", "ตั้งแต่ 1 ม.ค.") or the ask to update the record ("รบกวนแก้ในระบบด้วย"), or the
sender's unit corrected ("แก้หน่วยของหนูเป็นศทส.ค่ะ ไม่ใช่กองกลาง"), registers the unit moved
to. Belonging told bare ("อยู่กองกลางค่ะ", "ประจำอยู่ฝ่ายบริหารทั่วไป กองกลางค่ะ") registers it.
Card replies in English ("Yes, that's right", "No, don't save it") and a wait before saving
("รอแป๊บนะคะ ยังไม่ต้องกดบันทึก…") answer the card.
Near misses: someone else's move, a move of home or to a city, thanks after registering.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

CLANG = "กองกลาง"
KLANG = "กองคลัง"
JNT = "กองการเจ้าหน้าที่"
NIT = "กองนิติการ"
ICT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

MOVES = [
    ("L", "ตอนนี้หนูไม่ได้อยู่กองคลังแล้วนะคะ ย้ายมากองกลางค่ะ", "RegisterUnit", {"unit": CLANG}),
    ("L", "ผมไม่ได้อยู่กองกลางแล้วครับ ย้ายไปกองคลังแล้ว", "RegisterUnit", {"unit": KLANG}),
    ("L", "ผมเปลี่ยนจาก ศทส. ไป กค. แล้วครับ", "RegisterUnit", {"unit": KLANG}),
    ("L", "หนูเปลี่ยนจากกองคลังไปกองนิติการแล้วค่ะ", "RegisterUnit", {"unit": NIT}),
    ("L", "ผมย้ายกลับมาอยู่กองการเจ้าหน้าที่เหมือนเดิมแล้วครับ", "RegisterUnit", {"unit": JNT}),
    ("L", "ย้ายกลับไปกองคลังแล้วค่ะ", "RegisterUnit", {"unit": KLANG}),
    ("L", "ตอนนี้ย้ายไปอยู่กองนิติการแล้วนะคะ รบกวนแก้ในระบบด้วยค่ะ", "RegisterUnit", {"unit": NIT}),
    ("L", "ย้ายมาอยู่กองคลังแล้วครับ ช่วยอัปเดตในระบบด้วย", "RegisterUnit", {"unit": KLANG}),
    (
        "L",
        "ย้ายจากกองคลังมาอยู่กองกลางตั้งแต่ 1 ม.ค. ครับ ขอเปลี่ยนหน่วยงานด้วยครับ",
        "RegisterUnit",
        {"unit": CLANG},
    ),
    ("L", "หนูย้ายกองค่ะ จากกองกลางไปกองการเจ้าหน้าที่ มีผล 6 ม.ค. ค่ะ", "RegisterUnit", {"unit": JNT}),
    ("L", "ผมย้ายไปกองคลังแล้ว มีผลตั้งแต่วันนี้ครับ", "RegisterUnit", {"unit": KLANG}),
    ("L", "แก้หน่วยของหนูเป็นศทส.ค่ะ ไม่ใช่กองกลาง", "RegisterUnit", {"unit": ICT}),
    ("L", "แก้สังกัดของผมเป็นกองคลังครับ", "RegisterUnit", {"unit": KLANG}),
]
BARE = [
    ("L", "อยู่กองกลางค่ะ", "RegisterUnit", {"unit": CLANG}),
    ("L", "อยู่กองการเจ้าหน้าที่ครับผม", "RegisterUnit", {"unit": JNT}),
    ("L", "ประจำอยู่ฝ่ายบริหารทั่วไป กองกลางค่ะ", "RegisterUnit", {"unit": CLANG}),
    ("L", "ตอนนี้อยู่กองคลังค่ะ", "RegisterUnit", {"unit": KLANG}),
]
INTRODUCTIONS = [
    (
        "L",
        "สวัสดีค่ะ หนูชื่อมิ้นท์ เพิ่งย้ายมาอยู่กองคลังเดือนนี้ค่ะ ฝากเนื้อฝากตัวด้วยนะคะ",
        "RegisterUnit",
        {"unit": KLANG},
    ),
    ("L", "หนูชื่อฝน ย้ายมาอยู่กองนิติการค่ะ", "RegisterUnit", {"unit": NIT}),
    (
        "L",
        "สวัสดีครับ เจมส์ครับ ย้ายมาจากสำนักงานแรงงานจังหวัดชลบุรี ตอนนี้ประจำอยู่กองกลางครับ",
        "RegisterUnit",
        {"unit": CLANG},
    ),
    (
        "L",
        "สวัสดีตอนเช้าค่ะ ดิฉันเพิ่งโอนมาจากสำนักงาน ก.พ. ค่ะ ตอนนี้อยู่กลุ่มพัฒนาระบบบริหาร สป.รง. ค่ะ",
        "RegisterUnit",
        {"unit": "กลุ่มพัฒนาระบบบริหาร"},
    ),
    ("L", "ผมโอนมาจากกองคลังครับ ปัจจุบันสังกัดกองนิติการ", "RegisterUnit", {"unit": NIT}),
    ("L", "น้องใหม่ กค. รายงานตัวค่ะ 🙋", "RegisterUnit", {"unit": KLANG}),
    ("L", "หนูน้องใหม่ กจ. ค่ะ ฝากเนื้อฝากตัวด้วยนะคะ", "RegisterUnit", {"unit": JNT}),
    ("L", "สวัสดีค่ะ เป็นน้องใหม่กองคลังค่ะ ชื่อเฟิร์นนะคะ", "RegisterUnit", {"unit": KLANG}),
    (
        "L",
        "Hi everyone, I'm Nat from the Finance Division, just joined this month",
        "RegisterUnit",
        {"unit": KLANG},
    ),
    (
        "L",
        "Hello all, I am Ploy from Legal Affairs Division, new here",
        "RegisterUnit",
        {"unit": NIT},
    ),
    ("L", "from Central Administration Division (กองกลาง) ค่ะ", "RegisterUnit", {"unit": CLANG}),
]
CARD_REPLIES = [
    ("L", "Yes, that's right", "Confirm", {}),
    ("L", "yes that is correct", "Confirm", {}),
    ("L", "No, don't save it", "Cancel", {}),
    ("L", "no don't save", "Cancel", {}),
    ("L", "ถูกแล้วครับผม ลงทะเบียนได้เลยครับ", "Confirm", {}),
    ("L", "รอแป๊บนะคะ ยังไม่ต้องกดบันทึก ขอถามหัวหน้าก่อนว่าหนูสังกัดกองไหนแน่", "Cancel", {}),
]
NOT_MINE = [
    ("L", "พี่แอนย้ายไปอยู่กองนิติการแล้วนะ ใครมีงานค้างไปตามที่นั่นเลย"),
    ("L", "พี่สมชายไม่ได้อยู่กองคลังแล้ว ย้ายไปกองกลาง"),
    ("L", "ย้ายมาอยู่ กทม แล้วค่ะ"),
    ("L", "ย้ายกลับมาอยู่บ้านเดิมแล้วครับ"),
    ("L", "ขอบคุณครับ ลงทะเบียนเรียบร้อยแล้ว"),
    ("L", "อยู่กองคลังไหมคะ"),
    ("L", "เปลี่ยนจากแผนเดิมไปใช้แผนใหม่แล้วครับ"),
    ("L", "กองกลางอยู่ชั้นไหนคะ"),
    ("L", "พี่แอนครับ ย้ายไปกองคลังแล้ว"),
    ("L", "น้องเจมส์ย้ายมาจากกองคลัง ตอนนี้อยู่กองกลาง"),
    ("L", "ยินดีต้อนรับน้องใหม่กองคลังค่ะ"),
    ("L", "หนูมาแทนพี่ต๋อยประชุมวันนี้ค่ะ อยู่กองกลาง"),
    ("L", "มีน้องใหม่กองคลังมาค่ะ"),
    ("L", "Nat is from the Finance Division"),
    ("L", "สวัสดีค่ะ หนูเพิ่งย้ายมาอยู่กองคลังได้สองอาทิตย์ ฝากเนื้อฝากตัวด้วยนะคะ 🙏"),
]


@readings(MOVES)
def test_the_senders_own_move_registers(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(BARE)
def test_belonging_told_bare_registers(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(INTRODUCTIONS)
def test_a_name_or_a_greeting_before_the_unit(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CARD_REPLIES)
def test_short_card_replies(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings([(org, text, "", {}) for org, text in NOT_MINE])
def test_others_moves_homes_and_thanks_register_nobody(
    org: str, text: str, intent: str, slots: dict
) -> None:
    got = settled(text, org)
    assert got[0] != "RegisterUnit" and category(*got) != "write"
