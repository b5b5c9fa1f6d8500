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


# Writes made of what nobody reported, and reports lost (the same review):
# - a check mark after a step with other words before it than its unit ("พรุ่งนี้ขั้นตอนที่ 3 ✅",
#   "กองกลาง ยังไม่ได้ ขั้นตอนที่ 3 ✅") ticks nothing off;
# - an overall tier wished, to come, of the past or of another body ("PMQA ภาพรวม ปีหน้าจะได้ระดับ
#   4", "…กรมการจัดหางานได้ระดับ 4") is no value told;
# - a name sent into another team ("ส่งชื่อน้องเข้าทีม ฟุตบอล แล้วค่ะ") is no team list;
# - a sending told done beside a window closed ("กองกลางส่งรายชื่อทีมแล้ว รอบนี้ปิดแล้วนะ"), after
#   congratulations ("ยินดีด้วยค่ะ กองคลังส่งแผนแล้ว") or after "เพราะงั้น" (so) is still told.
NOT_TOLD = [
    "กองกลาง ยังไม่ได้ ขั้นตอนที่ 3 ✅",
    "พรุ่งนี้ขั้นตอนที่ 3 ✅",
    "รอขั้นตอนที่ 3 ✅",
    "วิธีทำขั้นตอนที่ 3 ✅",
    "กรมอื่น ขั้นตอนที่ 3 ✅",
    "PMQA ภาพรวม ขอให้ได้ 5 คะแนน สาธุ",
    "PMQA ภาพรวม ปีหน้าจะได้ระดับ 4",
    "PMQA ภาพรวม เคยได้ระดับ 3",
    "PMQA ภาพรวม รอบที่แล้วได้ 3 คะแนน",
    "PMQA ภาพรวม กรมการจัดหางานได้ระดับ 4",
    "ส่งชื่อน้องเข้าทีม ฟุตบอล แล้วค่ะ",
    "ส่งชื่อผมเพิ่มเข้าทีม ลดพุง แล้ว",
    "ยินดีด้วยนะคะ ได้รางวัล",
]
TOLD = [
    ("L", "ขั้นตอนที่สาม ✅", "MarkStep", {"step": "3"}),
    ("L", "กองคลัง ขั้นตอนที่ 3 ✅", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    (
        "L",
        "ตัวชี้วัด PMQA ภาพรวม สป.รง. ได้ระดับ 3 ครับ",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3"},
    ),
    ("L", "กองกลางส่งรายชื่อทีมแล้ว รอบนี้ปิดแล้วนะ", "MarkStep", {"step": "1", "unit": "กองกลาง"}),
    ("L", "ส่งรายชื่อทีมทันก่อนรอบปิดไปแล้วค่ะ", "MarkStep", {"step": "1"}),
    ("L", "ส่งแผนแล้วค่ะ ขั้น 2 ปิดไปแล้ว", "MarkStep", {"step": "3"}),
    ("L", "ยินดีด้วยค่ะ กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ยินดีด้วยค่ะ ทีมเราผ่านขั้นตอนที่ 2 แล้ว", "MarkStep", {"step": "2", "passed": True}),
]


@readings([("L", text, "", {}) for text in NOT_TOLD])
def test_nothing_reported_is_no_write(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"


@readings(TOLD)
def test_what_is_reported_is_told(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# A second review (round 29's diff) found these: a sending urged or missed beside a window told
# ("…ส่งทันกันนะ", "…กองคลังส่งไม่ทัน") is no sending told; another body's score congratulated
# ("ยินดีด้วยกับปทุมธานีที่ได้ PMQA 450 นะคะ") is no value of ours; a reason opening with
# "เพราะงั้น" explains; a month before a year ("ขยะ ต.ค. 67 = 52.3") makes it no base year; the bot
# called "น้อง" with a question ("สถานะกองคลังตอนนี้เลยน้อง", "น้องต้องการทราบกำหนดส่งแผน") is
# still asked; a report with its day or its way instead keeps the report; a province's own
# overall tier ("ตัวชี้วัด PMQA ภาพรวมจังหวัดได้ระดับ 4") is told.
SECOND_NOT_TOLD = [
    ("L", "รอบส่งรายชื่อทีมปิดรับไปแล้ว กองคลังส่งไม่ทัน"),
    ("L", "สัปดาห์สุดท้ายของการส่งแผนแล้วน้า ส่งทันกันนะ"),
    ("L", "ยินดีด้วยกับปทุมธานีที่ได้ PMQA 450 นะคะ"),
    ("L", "ยินดีด้วยกับกรมการจัดหางานที่ได้ PMQA 420 คะแนน"),
    ("L", "เพราะงั้นกองคลังส่งแผนแล้วไง ไม่ต้องตาม"),
    ("L", "เพราะงั้นกองคลังส่งแผนแล้วนะคะ"),
]
SECOND_TOLD = [
    (
        "P",
        "ขยะ ต.ค. 67 = 52.3",
        "SubmitValue",
        {"indicator": "2", "value": "52.3", "raw_value": "52.3"},
    ),
    ("L", "สถานะกองคลังตอนนี้เลยน้อง", "Status", {"unit": "กองคลัง"}),
    ("L", "น้องต้องการทราบกำหนดส่งแผน", "Deadlines", {"step": "3"}),
    (
        "L",
        "upload แผนไม่ทัน ส่งกระดาษไปเมื่อวาน",
        "MarkStep",
        {"step": "3", "channel": "paper", "done_on": "2025-01-14"},
    ),
    (
        "P",
        "ตัวชี้วัด PMQA ภาพรวมจังหวัดได้ระดับ 4 ครับ",
        "SubmitValue",
        {"indicator": "6", "value": "4", "raw_value": "4"},
    ),
]


@readings([(org, text, "", {}) for org, text in SECOND_NOT_TOLD])
def test_second_review_no_write(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"


@readings(SECOND_TOLD)
def test_second_review_readings(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
