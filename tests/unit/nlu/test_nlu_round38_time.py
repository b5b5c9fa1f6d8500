"""Round 38 (time38): time questions of dev_fresh134-138 and the older development misses.

1. Time words typed wrong: "ddl" is the deadline as "dl" is; "เดือนนี" (its tone mark left
   out) is this month; "ขั้นตอนที5" (ที่ typed ที) still numbers the step. The words typed right
   keep their readings, and a step told done stays a step, never a figure.
2. Where things stand asked with the deadline beside it, as the frame or the reason ("ก่อน
   หมดเขตขอดูสถานะทุกกอง", "ศทส. ตอนนี้ผ่านกี่ขั้นแล้ว อีกสองอาทิตย์หมดเขตแล้วนะ"), is the
   status, as is whether a named unit made the due ("กนต. ส่งรายชื่อทันกำหนดหรือเปล่า"); a
   day asked ("…หมดเขตวันไหน"), a case supposed or no unit named stays the deadlines'.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) Time words typed wrong.
TYPED_WRONG: list[Case] = [
    ("L", "ddl วันไหน", "Deadlines", {}),
    ("L", "ddl แผนวันไหนครับ", "Deadlines", {"step": "3"}),
    ("L", "DDL ส่งแผนเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "เดือนนีต้องสงอะไรบ้างครับ", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "เดือนนีมีอะไรต้องส่งบ้าง", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "ขั้นตอนที5 ครบกำหนดวันไหนครับ", "Deadlines", {"step": "5"}),
    ("L", "ขั้นตอนที 3 หมดเขตเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "ขั้นที4 ส่งวันไหน", "Deadlines", {"step": "4"}),
    # Near misses: typed right, they keep their readings.
    ("L", "เดือนนี้ต้องส่งอะไรบ้างครับ", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "เดือนหน้าต้องส่งอะไรบ้างครับ", "Deadlines", {"month": 2}),
    ("L", "ขั้นตอนที่ 5 ครบกำหนดวันไหนครับ", "Deadlines", {"step": "5"}),
    ("L", "dl แผนวันไหน", "Deadlines", {"step": "3"}),
]


@readings(TYPED_WRONG)
def test_time_words_typed_wrong_keep_their_time(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_step_typed_with_ti_told_done_is_no_figure() -> None:
    assert settled("ขั้นตอนที5 ส่งแล้วครับ")[0] != "SubmitValue"
    assert settled("ขั้นที 3 ส่งแล้วค่ะ")[0] != "SubmitValue"


# (2) The status with the deadline beside it.
STATUS_BESIDE_A_DEADLINE: list[Case] = [
    ("L", "ก่อนหมดเขตขอดูสถานะทุกกองหน่อยครับ", "Status", {}),
    ("L", "กองคลังจะส่งแผนทันไหมคะ ตอนนี้ถึงไหนแล้ว", "Status", {"unit": "กองคลัง"}),
    (
        "L",
        "ศทส. ตอนนี้ผ่านกี่ขั้นแล้ว อีกสองอาทิตย์หมดเขตแล้วนะ",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "ขอสถานะกับdlด้วยค่ะ", "Status", {}),
    ("L", "ใกล้หมดเขตแล้ว กองกลางถึงไหนแล้วคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "ขอสถานะกองคลังก่อนหมดเขตหน่อยค่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กนต. ส่งรายชื่อทันกำหนดหรือเปล่า", "Status", {"unit": "กองนิติการ"}),
    ("L", "กองคลังส่งแผนทันเวลาไหมคะ", "Status", {"unit": "กองคลัง"}),
    # Near misses: a day asked, a case supposed, no unit named, two units.
    ("L", "สถานะแผนหมดเขตวันไหน", "Deadlines", {"step": "3"}),
    ("L", "ส่งรายชื่อทันกำหนดหรือเปล่าคะ เพิ่งย้ายมา", "Deadlines", {"step": "1"}),
    ("L", "ถ้า กค. ส่งแผนวันศุกร์ที่ 31 ยังทันอยู่ไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "กองกลางกับ กนต. ส่งแผนทันหรือยังคะ", "Missing", {"step": "3"}),
    ("L", "ถ้าส่งไม่ทันเดดไลน์จะเป็นยังไงคะ กลัวมาก", "RuleQuestion", {"topic": "deductions"}),
]


@readings(STATUS_BESIDE_A_DEADLINE)
def test_the_status_with_a_deadline_beside_it_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


ALL = TYPED_WRONG + STATUS_BESIDE_A_DEADLINE


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
    assert read_as_writes(["ddl วันไหน", "ขั้นตอนที5 ครบกำหนดวันไหนครับ"]) == []
