"""Round 23 (dev_fresh64–68): people in the chat. Each family with near misses that keep their
reading, and questions that never become writes.

1. Small talk: a colleague thanked by their nickname ("ขอบคุณพี่ต๋อยมากค่ะ") is thanks (a treat
   thanked for, "…สำหรับขนม", stays for colleagues); a goodnight ("ฝันดีค่ะทุกคน พรุ่งนี้เจอกัน"),
   a welcome to newcomers ("ยินดีต้อนรับน้องใหม่ทุกคนครับ"), everyone greeted with a friendly
   question ("หวัดดีค่ะทุกคน เลิกงานกันยังคะ") and a newcomer of the organisation's own team
   ("สวัสดีค่ะ น้องใหม่ทีม PMQA สนง.ก.พ. ค่ะ") are greetings.
2. Office life holding the plan's words ("แผนกพัสดุ", "ขยะเต็มถัง", "อบรมจริยธรรม"): Unknown.
3. A newcomer's self-introduction naming their own unit registers it.
4. The members asked of no unit ("ขอ list สมาชิกทีมทุกกอง", "ทีมจังหวัดที่ดูแล pmqa").
5. Who has not sent, asked with a remark after it; the list of units that have not sent the
   plan is the plan's missing list, not the team list's.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

# -- 1. small talk ---------------------------------------------------------------------------
SMALL_TALK = [
    ("L", "ขอบคุณพี่ต๋อยมากค่ะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณพี่ต๋อยมากค่ะ ได้คำตอบแล้ว", "SmallTalk", {"kind": "thanks"}),
    ("L", "ขอบคุณพี่แอนนะคะ", "SmallTalk", {"kind": "thanks"}),
    ("P", "ขอบคุณน้องมายด์มากครับ", "SmallTalk", {"kind": "thanks"}),
    ("O", "ขอบคุณคุณนิดค่ะ", "SmallTalk", {"kind": "thanks"}),
    ("L", "ฝันดีค่ะทุกคน พรุ่งนี้เจอกัน", "SmallTalk", {"kind": "greeting"}),
    ("P", "ฝันดีครับพี่ๆ", "SmallTalk", {"kind": "greeting"}),
    ("B", "ราตรีสวัสดิ์ค่ะทุกท่าน พรุ่งนี้เจอกันนะคะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "ยินดีต้อนรับน้องใหม่ทุกคนครับ", "SmallTalk", {"kind": "greeting"}),
    ("O", "ยินดีต้อนรับสมาชิกใหม่ค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("L", "หวัดดีค่ะทุกคน เลิกงานกันยังคะ", "SmallTalk", {"kind": "greeting"}),
    ("P", "สวัสดีครับทุกท่าน กินข้าวกันยังครับ", "SmallTalk", {"kind": "greeting"}),
    ("O", "สวัสดีค่ะ น้องใหม่ทีม PMQA สนง.ก.พ. ค่ะ", "SmallTalk", {"kind": "greeting"}),
    ("O", "สวัสดีครับ น้องใหม่ทีม PMQA สำนักงาน ก.พ. ครับ", "SmallTalk", {"kind": "greeting"}),
]
SMALL_TALK_NEAR = [
    ("L", "ขอบคุณพี่นุ่นนะคะสำหรับขนม", "Unknown", {}),
    ("L", "ขอบคุณพี่ต๋อยค่ะ กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ขอบคุณพี่ต๋อยค่ะ กองคลังส่งแผนหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "หวัดดีค่ะทุกคน กองคลังส่งแผนกันยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "สวัสดีค่ะทุกคน ใครยังไม่ส่งแผนบ้างคะ", "Missing", {"step": "3"}),
    ("L", "ยินดีต้อนรับน้องใหม่ กองคลังส่งแผนแล้วนะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


@readings(SMALL_TALK)
def test_small_talk(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SMALL_TALK_NEAR)
def test_small_talk_near_misses(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 2. office life --------------------------------------------------------------------------
OFFICE_LIFE = [
    ("L", "แผนกพัสดุปิดกี่โมงคะ", "Unknown", {}),
    ("B", "แผนกการเงินอยู่ชั้นไหนครับ", "Unknown", {}),
    ("P", "ขยะเต็มถังหน้าห้องประชุมแล้ว ใครเรียกแม่บ้านทีคะ", "Unknown", {}),
    ("O", "ใครจะไปอบรมจริยธรรมที่นนทบุรีพรุ่งนี้บ้างคะ ขอติดรถไปด้วย", "Unknown", {}),
]
OFFICE_LIFE_NEAR = [
    ("P", "ขยะได้เท่าไหร่คะ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "กำหนดส่งแผนวันไหนคะ", "Deadlines", {"step": "3"}),
]


@readings(OFFICE_LIFE)
def test_office_life_is_for_colleagues(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OFFICE_LIFE_NEAR)
def test_office_life_near_misses(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 3. registration -------------------------------------------------------------------------
REGISTRATION = [
    ("L", "สวัสดีครับ ผมชื่อต้น อยู่กองคลังครับ เพิ่งเข้าทีม PMQA ปีนี้", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "สวัสดีค่ะ หนูชื่อแพร อยู่กองกลางค่ะ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "หนูมาแทนพี่ที่เกษียณไปค่ะ อยู่กองกลาง", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ผมมาแทนพี่อ้อยครับ อยู่กองคลังครับ", "RegisterUnit", {"unit": "กองคลัง"}),
]
REGISTRATION_NEAR = [
    ("L", "พี่ที่เกษียณไปอยู่กองกลางใช่ไหมคะ", "Unknown", {}),
    ("L", "น้องต้นอยู่กองคลังหรือยังคะ", "Unknown", {}),
    ("L", "ชื่อผมอยู่ในทีมของ กจ. หรือยังครับ", "Members", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ผมอยู่กองคลังหรือยังครับ", "Unknown", {}),
    ("P", "สวัสดีครับพี่ๆ ผมมาจากสำนักงานจังหวัด เพิ่งเข้าทีมครับ", "SmallTalk", {"kind": "greeting"}),
]


@readings(REGISTRATION)
def test_newcomer_registers_own_unit(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(REGISTRATION_NEAR)
def test_registration_near_misses(org: str, text: str, intent: str, slots: dict) -> None:
    assert category(*settled(text, org)) != "write"


# -- 4. members ------------------------------------------------------------------------------
MEMBERS = [
    ("L", "ขอ list สมาชิกทีมทุกกองหน่อย", "Members", {}),
    ("L", "ขอ list รายชื่อสมาชิกหน่อยค่ะ", "Members", {}),
    ("P", "ทีมจังหวัดที่ดูแล pmqa มีใครบ้าง", "Members", {}),
    ("P", "ทีมจังหวัดที่ดูแลตัวชี้วัดมีใครบ้างคะ", "Members", {}),
]
MEMBERS_NEAR = [
    ("L", "สมาชิกทีมกองคลังมีใครบ้าง", "Members", {"unit": "กองคลัง"}),
    ("L", "ชื่อผมอยู่ในทีมของ กจ. หรือยังครับ", "Members", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ชื่อหนูอยู่ในรายชื่อทีมกองคลังหรือยังคะ", "Members", {"unit": "กองคลัง"}),
]


@readings(MEMBERS)
def test_members_of_no_unit(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MEMBERS_NEAR)
def test_members_near_misses(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 5. missing ------------------------------------------------------------------------------
MISSING = [
    ("L", "ใครยังไม่ส่งงง พี่จะไปเคาะประตูแล้วนะ 555", "Missing", {}),
    ("L", "ช่วยไล่รายชื่อกองที่ยังไม่ส่งแผนให้หน่อย จะแท็กในกลุ่มค่ะ", "Missing", {"step": "3"}),
    ("L", "ขอรายชื่อกองที่ยังไม่ส่งแผนหน่อยค่ะ", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งแผน เดี๋ยวพี่บุกไปหาที่โต๊ะนะ", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งรายชื่อทีมบ้าง พี่จะไปจี้", "Missing", {"step": "1"}),
]
MISSING_NEAR = [
    ("L", "ใครยังไม่ส่งรายชื่อทีมบ้าง", "Missing", {"step": "1"}),
    ("L", "กองไหนยังไม่ส่งรายชื่อทีมคะ", "Missing", {"step": "1"}),
    ("L", "ส่งรายชื่อทีมแล้วนะครับ", "MarkStep", {"step": "1"}),
]


@readings(MISSING)
def test_missing(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MISSING_NEAR)
def test_missing_near_misses(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
