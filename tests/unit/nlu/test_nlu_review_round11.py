"""Issue 9, review of round 11: questions, chatter and other people's acts that the new rules
read as writes. Each family is read through ``understand`` and settled against a seed
organisation; none may become a write (a card to store something, or a setting stored at once)."""

from __future__ import annotations

import pytest

from handlers.nlu.evaluation import category
from tests.fakes.understanding import settled

# A yes asked back ("ถูกแล้ว?") asks whether the card is right: it confirms nothing.
YES_ASKED = ["ถูก?", "ถูกแล้ว?", "ตามนี้?", "ถูกต้อง?", "ตามนี้นะ?", "ถูกแล้วใช่ไหม"]
# A count of slips or of things, said after a slip word, is no value of the open card.
SLIPS_COUNTED = [
    "ขอโทษค่ะ พิมพ์ผิด 2 ครั้งแล้ว",
    "วันนี้พิมพ์ผิด 3 ครั้งแล้ว",
    "ผมพิมพ์ผิด 2 ที",
    "ผิด 3 ข้อ",
    "ผิด 2 ครั้งแล้วนะ",
    "พิมพ์ผิดไป 4 รอบแล้ว ขอโทษครับ",
    "เมื่อเช้าก็ผิด 2 หน",
]
# Hypotheses, wishes and other years of the plan: no step report.
PLAN_TALK = [
    ("L", "ถ้าแผนข้อ 2 ไม่ถึงเป้าจะเป็นไร"),
    ("L", "หากตัวชี้วัดตามแผนข้อ 3 ต่ำกว่าเป้าจะโดนหักไหม"),
    ("L", "ผอ.อยากให้แผนมีมิติ 3 ด้วย"),
    ("L", "แผนปีที่แล้วกองคลังมีแค่มิติ 1"),
    ("L", "ผอ.อยากให้แผนของกองกลางครบทุกมิติ"),
    ("L", "แผนปีก่อนศทส.มีแค่มิติ 2"),
    ("L", "แผนของจังหวัดเชียงใหม่เอกสารแนบยังไม่ครบเลย เขาโทรมาถาม"),
    ("L", "แผนของกระทรวงอื่นเอกสารยังไม่ครบ เขาบ่นกันใหญ่"),
]
# Another person's registration, a sheet signed for someone, a unit others add or one not to add.
OTHERS_ACTS = [
    ("L", "ผูกชื่อพี่สมศรีกับกองกลางให้ด้วยนะ"),
    ("L", "ผูกชื่อน้องเอกับกองคลังด้วยครับ"),
    ("L", "ลงชื่อกองคลังไว้ให้แล้วนะ"),
    ("L", "ลงชื่อกองกลางแทนพี่ไว้แล้วค่ะ"),
    ("L", "ไม่ต้องเพิ่มกองตรวจราชการ (กตร.) ในรายชื่อหน่วยนะ"),
    ("L", "กรมอื่นเขาเพิ่มกองตรวจราชการ (กตร.) เป็นหน่วยใหม่แล้ว"),
    ("L", "ยังไม่ต้องเพิ่มหน่วยงานใหม่นะ"),
    ("L", "อย่าเพิ่งเพิ่มกองตรวจราชการ (กตร.) นะครับ"),
]
# A group said to be bound already, or not to be bound: nothing bound now.
BOUND_ALREADY = [
    ("O", "กลุ่มนี้เป็นของสำนักงาน ก.พ. ผูกไว้แล้วนะ"),
    ("O", "กลุ่มนี้ของสำนักงาน ก.พ. เชื่อมไว้ตั้งแต่เดือนที่แล้ว"),
    ("L", "กลุ่มนี้เป็นของ สป.รง. ไม่ต้องผูกนะ"),
    ("L", "กลุ่มนี้ของ สป.รง. ผูกแล้วไม่ใช่เหรอ"),
]
# Activities of one's family and school: no attendance of the plan.
FAMILY_ACTIVITIES = [
    ("L", "ลูกเข้ากิจกรรมโรงเรียน 3 ครั้งแล้ว"),
    ("L", "น้องสาวเข้ากิจกรรมชมรม 5 ครั้ง"),
    ("L", "ลูกชายเข้ากิจกรรมลูกเสือครบ 90% แล้ว"),
]


@pytest.mark.parametrize("text", YES_ASKED)
def test_a_yes_asked_back_confirms_nothing(text: str) -> None:
    assert settled(text, "O")[0] != "Confirm"


@pytest.mark.parametrize("text", SLIPS_COUNTED)
def test_a_count_of_slips_is_no_value(text: str) -> None:
    assert category(*settled(text, "O")) != "write"


@pytest.mark.parametrize(
    ("org", "text"), PLAN_TALK + OTHERS_ACTS + BOUND_ALREADY + FAMILY_ACTIVITIES
)
def test_talk_of_plans_and_of_others_acts_is_no_write(org: str, text: str) -> None:
    assert category(*settled(text, org)) != "write"


@pytest.mark.parametrize(
    ("org", "text", "intent"),
    [
        ("L", "ผูกชื่อผมกับกองกลางด้วยครับ", "RegisterUnit"),
        ("L", "ลงชื่อ กองคลัง", "RegisterUnit"),
        ("L", "เพิ่มหน่วยงานใหม่ค่ะ กองตรวจราชการ (กตร.)", "AddUnit"),
        ("O", "กลุ่มนี้เป็นของสำนักงาน ก.พ. นะคะ ผูกให้ด้วย", "BindGroup"),
        ("L", "ศทส. เข้ากิจกรรม 7 ครั้ง คิดเป็น 87.5%", "MarkStep"),
        ("O", "ถูกแล้วค่ะ", "Confirm"),
        ("O", "ไม่ใช่ แก้เป็น 53", "SubmitValue"),
    ],
)
def test_the_writes_beside_them_stay_writes(org: str, text: str, intent: str) -> None:
    assert settled(text, org)[0] == intent
