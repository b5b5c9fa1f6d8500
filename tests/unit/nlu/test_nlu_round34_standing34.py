"""Round 34 (standing34): where one unit stands, asked by a step, a threshold or the plan's
dimensions; what the bot recorded of a unit; a turnout told in English.

Whether one unit reached a step ("กองกลางถึงขั้นตอนที่ 3 หรือยังคะ", "…ได้ขั้นตอนที่ 2 หรือยัง")
is the unit's status; with no unit named it stays the step's deadlines. Whether a unit's
attendance reached a bar, the unit called by an alias or a bare name ("ไอที", "คลัง"), is its
status as with its full name. Whether one unit's plan covers every dimension ("กค. ส่งแผนครบทุก
มิติไหม", "แผน ศทส. มีมิติไหนแล้วบ้าง") is the unit's status; which units' plans still lack a
dimension is who is missing the plan; what the dimensions are or must be stays the rules'.
What the bot recorded of a unit ("บอทบันทึกอะไรของ กค. ไว้บ้าง", "…บันทึกวันที่ส่งแผนของ กจ.
ไว้วันไหน", "…บันทึกไว้ว่าไง") is its history. "turnout" is the attendance, as "attendance".
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) One unit reached a step, asked: the unit's status; none named, the step's deadlines.
STEP_REACHED: list[Case] = [
    ("L", "กองกลางถึงขั้นตอนที่ 3 หรือยังคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "กองกลางได้ขั้นตอนที่ 2 หรือยังคะ", "Status", {"unit": "กองกลาง"}),
    ("L", "กองคลังถึงขั้นตอนที่ 4 แล้วหรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ไอทีถึงขั้นตอนที่ 3 หรือยัง", "Status", {"unit": IT}),
    ("L", "ศทส.ได้ขั้นตอนที่ 2 แล้วยัง", "Status", {"unit": IT}),
    ("L", "กนต. ถึงขั้นที่ 3 รึยังครับ", "Status", {"unit": "กองนิติการ"}),
    # Near misses: nothing named, a day asked, a step's time, a report, a hypothesis.
    ("L", "ถึงขั้นตอนที่ 3 หรือยังคะ", "Deadlines", {"step": "3"}),
    ("L", "ตอนนี้ถึงขั้นตอนที่ 3 แล้วหรือยัง", "Deadlines", {"step": "3"}),
    ("L", "เราถึงขั้นตอนที่ 3 หรือยัง", "Deadlines", {"step": "3"}),
    ("L", "กองกลางส่งขั้นตอนที่ 3 ได้ถึงวันไหน", "Deadlines", {"step": "3"}),
    ("L", "กองกลางได้ขั้นตอนที่ 2 แล้วค่ะ", "MarkStep", {"step": "2", "unit": "กองกลาง"}),
    ("L", "กองคลังผ่านขั้นตอนที่ 2 หรือยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ถ้ากองกลางถึงขั้นตอนที่ 3 จะได้กี่คะแนน", "RuleQuestion", {"topic": "level"}),
]

# (2) A unit's attendance reached a bar, the unit called by an alias or a bare name.
ATTENDANCE_REACHED: list[Case] = [
    ("L", "ไอทีเข้าประชุมครบ 85% หรือยัง", "Status", {"unit": IT}),
    ("L", "คลังเข้าประชุมถึง 85% รึยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "นิติเข้าประชุมครบ 85% หรือยัง", "Status", {"unit": "กองนิติการ"}),
    ("L", "กองคลังเข้าประชุมครบ 85% หรือยัง", "Status", {"unit": "กองคลัง"}),
    # Near misses: nobody named, the sender's team, a report, what must be reached.
    ("L", "เข้าประชุมครบ 85% หรือยัง", "Unknown", {}),
    ("L", "ทีมเราเข้าประชุมครบ 85% หรือยัง", "Unknown", {}),
    (
        "L",
        "ไอทีเข้าประชุมครบ 85% แล้วค่ะ",
        "MarkStep",
        {"step": "2", "value": "85", "unit": IT},
    ),
]

# (3) One unit's plan asked whether it covers the dimensions: its status; which units' plans
# lack one: who is missing the plan; what the dimensions are or must be: the rules'.
PLAN_DIMENSIONS: list[Case] = [
    ("L", "กค. ส่งแผนครบทุกมิติไหมครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "แผนของกองคลังครบ 3 มิติหรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "แผน ศทส. มีมิติไหนแล้วบ้าง", "Status", {"unit": IT}),
    ("L", "กองนิติการแผนครบทุกมิติหรือยัง", "Status", {"unit": "กองนิติการ"}),
    ("L", "ภาพรวมแผนของทุกกองครอบคลุมครบทุกมิติหรือยังครับ", "Status", {}),
    ("L", "กองไหนแผนยังไม่ครบ 3 มิติบ้างคะ", "Missing", {"step": "3"}),
    ("L", "หน่วยไหนแผนยังไม่ครบทุกมิติบ้าง", "Missing", {"step": "3"}),
    # Near misses: what a plan must cover, a deduction, the dimensions themselves, reports.
    ("L", "แผนต้องครบ 3 มิติไหมคะ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "แผนต้องมีครบทุกมิติหรือเปล่า", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "ถ้าแผนกองคลังไม่ครบ 3 มิติจะโดนหักไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "3 มิติมีอะไรบ้าง", "RuleQuestion", {"topic": "dimensions"}),
    (
        "L",
        "กองกลางเช็คแล้ว แผนยังไม่มีมิติยึดประชาชนเป็นศูนย์กลางเลย ส่งไปก่อนได้ไหมคะ",
        "RuleQuestion",
        {"topic": "dimensions"},
    ),
    (
        "L",
        "แผนปฏิบัติการต้องมีครบทั้ง 3 มิติเลยเหรอคะ ของกองเรามีแค่ 2 มิติเอง",
        "RuleQuestion",
        {"topic": "dimensions"},
    ),
    (
        "L",
        "แผนของกองคลังครบ 3 มิติแล้วค่ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2, 3]},
    ),
    (
        "L",
        "กค. ส่งแผนครบทุกมิติแล้วครับ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2, 3]},
    ),
]

# (4) What the bot recorded of a unit, asked: its history.
RECORDED_ASKED: list[Case] = [
    ("L", "บอทบันทึกอะไรของ กค. ไว้บ้าง ขอดูหน่อย", "History", {"unit": "กองคลัง"}),
    ("L", "บอทบันทึกวันที่ส่งแผนของ กจ. ไว้วันไหน", "History", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองกลางส่งแผนทางไหนคะ บันทึกไว้ว่าไง", "History", {"unit": "กองกลาง"}),
    ("L", "บันทึกของ กนต. ไว้ว่ายังไง", "History", {"unit": "กองนิติการ"}),
    ("L", "กนต. บันทึกอะไรไว้บ้าง", "History", {"unit": "กองนิติการ"}),
    # Near misses: a way of sending asked, a record asked for, the minutes, how to record.
    ("L", "กองกลางส่งแผนทางไหนคะ", "RuleQuestion", {"topic": "channel"}),
    (
        "L",
        "ช่วยบันทึกไว้ว่ากองกลางส่งแผนทางอีเมลนะคะ",
        "MarkStep",
        {"step": "3", "unit": "กองกลาง", "channel": "email"},
    ),
    ("L", "บันทึกการประชุมเมื่อวานใครจดไว้บ้างคะ", "Unknown", {}),
    # The history asked by its word keeps its own reading (no words of the record as a name).
    ("L", "ประวัติการบันทึกของกลุ่มนี้ครับ คนก่อนลงอะไรไว้บ้าง", "History", {}),
    ("L", "บันทึกยังไงคะ", "Help", {}),
]

# (5) "turnout" is the attendance: told, a step's value; asked, the rule.
TURNOUT: list[Case] = [
    ("L", "กนต. turnout ประชุม 88%", "MarkStep", {"step": "2", "unit": "กองนิติการ", "value": "88"}),
    ("L", "ไอที turnout 90%", "MarkStep", {"step": "2", "unit": IT, "value": "90"}),
    (
        "L",
        "กนต. attendance 87.5% ครับ",
        "MarkStep",
        {"step": "2", "unit": "กองนิติการ", "value": "87.5"},
    ),
    # Near misses: asked, not told.
    ("L", "turnout ประชุมเท่าไหร่", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ไอที turnout ครบ 85% หรือยัง", "Status", {"unit": IT}),
]

# (6) The window called by its span, asked whether it is open yet: the step's deadlines.
WINDOW_OPEN: list[Case] = [
    ("L", "ตอนนี้ช่วงส่งแผนเปิดหรือยังคะ", "Deadlines", {"step": "3"}),
    ("L", "ช่วงส่งรายงานผลเปิดแล้วยัง", "Deadlines", {"step": "4"}),
    ("L", "ช่วงส่งรายชื่อทีมเปิดหรือยัง", "Deadlines", {"step": "1"}),
    ("L", "ช่วงส่งเปิดยัง", "Deadlines", {}),
    # Near misses: whether a unit sent, the window asked by its verb.
    ("L", "กองคลังส่งแผนหรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ส่งแผนเปิดรับหรือยัง", "Deadlines", {"step": "3"}),
    ("L", "ใครยังไม่ส่งแผนบ้างครับ ใกล้เปิดรับแล้ว", "Missing", {"step": "3"}),
    # A hurry-up to colleagues: no window's word ("รีบ" is no typo of a span's "รอบ").
    ("L", "น้องๆ ใครยังไม่ส่งแผน รีบส่งนะ ผอ.ตามแล้ว", "Unknown", {}),
]

ALL = STEP_REACHED + ATTENDANCE_REACHED + PLAN_DIMENSIONS + RECORDED_ASKED + TURNOUT + WINDOW_OPEN


@readings(STEP_REACHED)
def test_one_unit_reaching_a_step_asked_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ATTENDANCE_REACHED)
def test_a_units_attendance_bar_asked_by_its_alias_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PLAN_DIMENSIONS)
def test_a_units_plan_covering_the_dimensions_asked_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(RECORDED_ASKED)
def test_what_the_bot_recorded_of_a_unit_is_its_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TURNOUT)
def test_turnout_is_the_attendance(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WINDOW_OPEN)
def test_the_window_asked_open_by_its_span_is_the_deadlines(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_the_questions_is_read_as_a_write() -> None:
    questions = [
        (org, t) for org, t, intent, _ in ALL if intent not in ("MarkStep", "Unknown", "Help")
    ]
    assert [t for org, t in questions if read_as_writes([t], org)] == []
