"""Round 28, a review of the round's diff (a helper): what it read wrongly, fixed.

Registrations are stored at once, with no card. The round's reader of a unit told with no word of
registering ("อยู่กองกลางค่ะ") registered chatter — a thing or a colleague located ("อยู่กองคลัง
หมดเลยค่ะ", "ชื่อไฟล์ อยู่กองกลางค่ะ"), where one stands ("อยู่กองคลัง รอเซ็นค่ะ"), everyday words
taken for a unit's alias ("อยู่คลังค่ะ", "อยู่กลางค่ะ"), a senior's instruction ("น้องใหม่ กค.
รายงานตัวด้วยนะคะ") and English chatter ("Hello, I'm calling from the finance division"): a bare
"อยู่ X" is as often the answer to where something is as the sender's unit, so it registers nobody
(as before the round). Moves told with one word for the unit registered suggestions and jokes
("ย้ายไปไอทีเลยพี่", "ย้ายมาไอทีกันเถอะ", "ย้ายไปอยู่กองกลางดีกว่า"), things moved ("ย้ายกลับมาไว้
กองคลังแล้วค่ะ", "ย้ายไปแชทไอทีค่ะ"), help lent ("ผมย้ายไปช่วยงานไอทีครับ"), surprise ("ย้ายกลับกอง
คลังจริงดิ") and a move still to come by its date ("ย้ายไปกองกลาง 1 ก.พ. นะคะ", said on 15 Jan).
Near misses: one's own move made, with a date past or none, and a registration with its word,
still register.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

NOT_REGISTERED = [
    "ชื่อต้นค่ะ อยู่กองกลาง",
    "ชื่อไฟล์ อยู่กองกลางค่ะ",
    "สวัสดีค่ะ ขนมค่ะ อยู่กองคลังนะคะ",
    "สวัสดีค่ะ กุญแจค่ะ อยู่กองคลังค่ะ",
    "อยู่กองคลัง รอเซ็นค่ะ",
    "อยู่กองคลัง กินข้าวค่ะ",
    "อยู่ กค. ส่งเอกสารค่ะ",
    "อยู่กองคลังหมดเลยค่ะ",
    "อยู่กองคลังทุกเล่มค่ะ",
    "อยู่กองคลังมั้ง",
    "อยู่กลางค่ะ",
    "อยู่คลังค่ะ",
    "อยู่ on site ค่ะ",
    "น้องใหม่ กค. รายงานตัวด้วยนะคะ",
    "Hello, I'm calling from the finance division",
    "from the IT center",
    "ย้ายไปไอทีเลยพี่",
    "ย้ายไปไอทีสิคะ",
    "ย้ายมาไอทีกันเถอะ",
    "ย้ายไปอยู่ไอทีดีกว่า",
    "ย้ายไปอยู่กองกลางดีกว่า",
    "ย้ายไปไอทีซะเลย",
    "ย้ายกลับมาไว้กองคลังแล้วค่ะ",
    "ย้ายไปแชทไอทีค่ะ",
    "ย้ายไปคุยห้องไอทีค่ะ",
    "ย้ายไป it หมดแล้วครับ",
    "ผมย้ายไปช่วยงานไอทีครับ",
    "ย้ายกลับกองคลังจริงดิ",
    "ย้ายไปกองกลาง 1 ก.พ. นะคะ",
    "ย้ายมากองกลาง มีผล 1 ก.พ. ค่ะ",
]
REGISTERED = [
    ("L", "ผมย้ายมาอยู่ ศทส แล้วครับ", "RegisterUnit", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "ย้ายไปไอทีแล้วครับ อัปเดตให้ด้วย", "RegisterUnit", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    (
        "L",
        "หนูย้ายกองค่ะ จากกองกลางไปกองการเจ้าหน้าที่ มีผล 6 ม.ค. ค่ะ",
        "RegisterUnit",
        {"unit": "กองการเจ้าหน้าที่"},
    ),
    ("L", "ผมย้ายกลับมาอยู่กองการเจ้าหน้าที่เหมือนเดิมแล้วครับ", "RegisterUnit", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ดิฉันอยู่กองการเจ้าหน้าที่ค่ะ", "RegisterUnit", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ลงทะเบียน กองคลัง", "RegisterUnit", {"unit": "กองคลัง"}),
]


@readings([("L", text, "", {}) for text in NOT_REGISTERED])
def test_chatter_registers_nobody(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"


@readings(REGISTERED)
def test_ones_own_unit_told_registers(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
