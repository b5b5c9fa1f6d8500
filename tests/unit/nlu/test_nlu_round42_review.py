"""Round 42's review of rounds 41-42: what the new vetoes, cuts and cues read wrongly.

1. A report then "what next" is cut in two only when the first clause tells work done: work
   to come or supposed ("หลังจาก…", "พอ…", "เมื่อ…", "จะ…") is the question of what comes next.
2. A hedge ("ถ้าจำไม่ผิด") is dropped only when the message asks; a hedged report with a "not
   yet" after it ("…ส่วนกองคลังยัง") records nothing.
3. Registering a named unit, with the sender unable to do it alone ("หนูทำไม่เป็น"), is still
   the registration; not knowing how, with no unit named, is help.
4. A step's source told after the step done ("…ทำขั้นตอนที่ 5 แล้ว ใช้ผลจากแผนปฏิบัติการ") is the
   report; asked ("…วัดจาก…ใช่ไหม") it is the step's rule.
5. "แป๊บ" with the figure said wrong or to be fixed halts the card.
6. A correction's veto for a fix to come: said not needed, or of another unit, it is none
   (strict xfails until round 43).
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]


CASES: list[Case] = [
    # 1. What next, after work to come or supposed: no write.
    ("L", "หลังจากส่งรายชื่อทีมแล้วครับ ต้องทำอะไรต่อ", "Deadlines", {}),
    ("L", "พอส่งแผนแล้วค่ะ ต้องทำอะไรต่อ", "Deadlines", {}),
    ("L", "เมื่อส่งแผนแล้วครับ ต้องทำอะไรต่อ", "Deadlines", {}),
    ("L", "กองคลังจะส่งแผนแล้วค่ะ ต้องทำอะไรต่อ", "Deadlines", {}),
    # ... and the work told done, then what next: the report (round 41 kept).
    ("L", "ส่งรายชื่อทีมแล้วค่ะ ต้องส่งอะไรต่อคะ", "MarkStep", {"step": "1"}),
    # 2. A hedged report with a "not yet": nothing recorded; a hedged question is the question.
    ("L", "ถ้าจำไม่ผิด กองกลางส่งแผนแล้ว ส่วนกองคลังยัง", "Unknown", {}),
    ("L", "ถ้าจำไม่ผิดกองคลังส่งแผนแล้วนะ ส่วนกองกลางไม่แน่ใจว่าส่งยัง", "Unknown", {}),
    ("L", "ถ้าจำไม่ผิดรายชื่อทีมต้องส่งภายใน 29 พ.ย. ใช่ไหมครับ", "Deadlines", {"step": "1"}),
    # 3. A named unit registered, the sender unable alone: the registration.
    ("L", "ลงทะเบียนกองคลังให้หน่อยค่ะ หนูทำไม่เป็น", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ลงทะเบียนกองคลังค่ะ ตอนแรกกดไม่ถูกค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ช่วยด้วยค่ะ ลงทะเบียนกองไม่เป็น", "Help", {}),
    # 4. A step's source told with the step done: the report; asked: the rule.
    ("L", "กองคลังทำขั้นตอนที่ 5 แล้ว ใช้ผลจากแผนปฏิบัติการ", "MarkStep", {"step": "5", "unit": "กองคลัง"}),
    ("L", "ขั้นตอนที่ 5 วัดจากตัวชี้วัดในแผนปฏิบัติการใช่ไหมคะ", "RuleQuestion", {"topic": "step"}),
    # 5. A moment asked because the figure is wrong: the card halted.
    ("L", "แป๊บนึงค่ะ ตัวเลขผิด", "Cancel", {}),
    ("L", "แป๊บนะคะ ขอแก้ตัวเลขก่อน", "Cancel", {}),
    ("L", "แป๊บนะคะ ขอเช็คตัวเลขกับหัวหน้าก่อน", "Unknown", {}),
    # 6. A fix to come said of another unit, or refused, vetoes no correction made (round 43).
    (
        "L",
        "กองคลังแก้แผนเพิ่มมิติ 2 แล้ว ไม่ต้องให้เขาแก้อีก",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [2]},
    ),
    (
        "L",
        "กองคลังแก้แผนเพิ่มมิติที่ 2 แล้ว ส่วนกองกลางเดี๋ยวแก้ให้",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [2]},
    ),
]


@readings(CASES)
def test_round_41_and_42_read_as_their_review_expects(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
