"""Round 24, from a review of round 23: chatter and complaints that round 23's rules read as
writes, and words made so common that they dropped meaning.

1. "อัป"/"อัพ" is a sending only before a whole word of what a step sends: fruit, one's works
   and a shop's map ("อัพผลไม้ลงกลุ่มแล้ว", "อัพผลงานลงเพจแล้ว", "อัพแผนที่ร้านลงกลุ่ม") are
   chatter; "อัพแล้ว" alone says nothing of a step.
2. A complaint about cancelling ("ยกเลิกที่กดยืนยันไม่ทันค่ะ", "กดยกเลิกที่กดส่งแล้วมันไม่หาย")
   and a sigh ("ถอนหายใจที่เพิ่งส่งแผนทัน") take nothing back.
3. Standing in for a colleague at a meeting ("หนูมาแทนพี่ต๋อยประชุมวันนี้ค่ะ อยู่กองคลัง")
   registers nobody; taking over a retired colleague's work does.
4. Budget disbursement papers sent ("ส่งเอกสารเบิกจ่ายงบประมาณแล้วค่ะ") are no staff claim.
5. "พรุ่งนี้" alone is no filler (only "พรุ่งนี้เจอกัน" after a goodnight is).
"""

from __future__ import annotations

from handlers.nlu.asides import staff_papers
from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

NOT_WRITES = [
    ("L", "อัพผลไม้ลงกลุ่มแล้ว 555"),
    ("L", "อัพผลงานลงเพจแล้ว"),
    ("L", "อัพแผนที่ร้านลงกลุ่มแล้วนะ"),
    ("L", "อัพแล้ว"),
    ("L", "ยกเลิกที่กดยืนยันไม่ทันค่ะ"),
    ("L", "กดยกเลิกที่กดส่งแล้วมันไม่หาย"),
    ("L", "ถอนหายใจที่เพิ่งส่งแผนทัน 555"),
    ("L", "หนูมาแทนพี่ต๋อยประชุมวันนี้ค่ะ อยู่กองคลัง"),
    ("L", "ผมมาแทนพี่เขาเข้าประชุมพรุ่งนี้นะครับ อยู่กองกลาง"),
]
KEPT = [
    ("L", "กองคลังอัปแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "แผน 3 ปี + แผนปี 68 อัพครบแล้วคับ", "MarkStep", {"step": "3"}),
    ("L", "ยกเลิกอันที่เพิ่งกดส่งค่ะ ผิดตัวชี้วัด", "Undo", {}),
    ("L", "หนูมาแทนพี่ที่เกษียณไปค่ะ อยู่กองกลาง", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "ส่งเอกสารเบิกค่าเดินทางไปกองคลังแล้วนะคะ", "Unknown", {}),
    ("L", "ฝันดีค่ะทุกคน พรุ่งนี้เจอกัน", "SmallTalk", {"kind": "greeting"}),
]


@readings([(org, text, "", {}) for org, text in NOT_WRITES])
def test_chatter_and_complaints_are_no_writes(
    org: str, text: str, intent: str, slots: dict
) -> None:
    assert category(*settled(text, org)) != "write"


@readings(KEPT)
def test_the_families_keep_their_readings(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_budget_disbursement_papers_are_no_staff_claim() -> None:
    assert not staff_papers("เอกสารเบิกจ่ายงบประมาณ")
    assert staff_papers("เอกสารเบิกค่าเดินทางไปกองคลัง")


# 6. A correction naming an indicator whose title ends in "…แปลง" ("โอนเปลี่ยนแปลง"): its last
#    letters are no "ลงผิด" (entered wrongly), so the title stays whole and names the indicator.
@readings(
    [
        (
            "B",
            "ตัวเลขโอนเปลี่ยนแปลงผิดครับ ที่ถูกคือลดลงร้อยละ 11",
            "SubmitValue",
            {"indicator": "3", "value": "11", "raw_value": "ร้อยละ 11", "percent": True},
        ),
        (
            "B",
            "โอนเปลี่ยนแปลงผิดค่ะ ที่ถูกคือร้อยละ 9",
            "SubmitValue",
            {"indicator": "3", "value": "9", "raw_value": "ร้อยละ 9", "percent": True},
        ),
        (
            "B",
            "เมื่อกี้ลงผิดครับ โอนเปลี่ยนแปลงต้องเป็นร้อยละ 11",
            "SubmitValue",
            {"indicator": "3", "value": "11", "raw_value": "ร้อยละ 11", "percent": True},
        ),
    ]
)
def test_a_title_ending_in_plaeng_is_no_slip(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
