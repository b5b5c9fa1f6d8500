"""Round 32 (standing9): where things stand.

The ministry's plan asked as a whole by the words that name its own indicator ("แผนทั้งปี…
ไปถึงไหน", "ความคืบหน้าการขับเคลื่อน 4.0", "เราอยู่ขั้นตอนไหนของแผน"), with no word of an
indicator ("ตัวชี้วัด", "KPI"), asks for the status; with one, the indicator.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) The plan as a whole, asked how far it has gone: the status.
THE_PLAN_AS_A_WHOLE: list[Case] = [
    ("L", "ตอนนี้เราอยู่ขั้นตอนไหนของแผนแล้วครับ", "Status", {}),
    ("L", "แผนทั้งปีตอนนี้ไปถึงไหนแล้วคะ", "Status", {}),
    ("L", "ความคืบหน้าการขับเคลื่อน 4.0 ของหน่วยงานเราครับ", "Status", {}),
    ("L", "สถานะการขับเคลื่อนสู่ราชการ 4.0 ของกระทรวงเรา ตอนนี้เป็นยังไงบ้างครับ", "Status", {}),
    ("L", "ความคืบหน้าการขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0 ตอนนี้ถึงไหนแล้วคะ", "Status", {}),
    ("L", "สรุปสถานะปิดรอบแผนหน่อยค่ะ", "Status", {}),
    # Near misses: an indicator's word asks of the indicator; a unit's plan is its status.
    ("L", "ตัวชี้วัดขับเคลื่อน 4.0 ผลเป็นไงคะ", "IndicatorQuery", {"indicator": "1", "aspect": "result"}),
    ("L", "แผนของกองคลังผ่านไหมคะ", "Status", {"unit": "กองคลัง"}),
    ("O", "แผนพัฒนาบุคลากรเป็นไงบ้างครับ", "IndicatorQuery", {"indicator": "3"}),
]


@readings(THE_PLAN_AS_A_WHOLE)
def test_the_plan_as_a_whole_asked_how_far_asks_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (2) Who was left out of a step ("ตกหล่น") or did not come to the meeting ("ไม่ได้มา"): who
# has not done it. Near misses: a fear of missing something due, a meeting's own date.
WHO_MISSED: list[Case] = [
    ("L", "ขั้นตอนที่ 1 มีกองไหนตกหล่นบ้าง", "Missing", {"step": "1"}),
    ("L", "ขั้นตอนที่ 3 ยังมีหน่วยไหนตกหล่นอยู่ไหมคะ", "Missing", {"step": "3"}),
    ("L", "ประชุมชี้แจงเมื่อ 20 ธ.ค. ใครไม่ได้มาบ้างครับ", "Missing", {"step": "2"}),
    ("L", "ประชุมชี้แจงวันนั้น กองไหนไม่ได้มาประชุมบ้างคะ", "Missing", {"step": "2"}),
    ("L", "ใครไม่ได้เข้าประชุมบ้าง", "Missing", {"step": "2"}),
    ("L", "ตอนนี้มีอะไรต้องส่งบ้าง กองคลังกลัวตกหล่นค่ะ", "Deadlines", {}),
    ("L", "ประชุมชี้แจงจัดวันไหนคะ", "RuleQuestion", {"topic": "meeting"}),
]


@readings(WHO_MISSED)
def test_who_was_left_out_or_did_not_come_is_missing(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (3) The organisation called by its name cut short ("ปทุมฯ", "สำนักงบฯ") and asked how it is
# going: its status. Near misses: another place cut short is everyday chat; a unit's name.
CUT_SHORT: list[Case] = [
    ("P", "ปทุมฯ ตอนนี้เป็นไงบ้างคะ", "Status", {}),
    ("P", "ปทุมฯ เป็นไงบ้างครับ", "Status", {}),
    ("B", "สำนักงบฯ เป็นไงบ้างคะ", "Status", {}),
    ("P", "กรุงเทพฯ ตอนนี้เป็นไงบ้างคะ", "Unknown", {}),
    ("L", "กองคลังตอนนี้เป็นไงบ้างคะ", "Status", {"unit": "กองคลัง"}),
]


@readings(CUT_SHORT)
def test_the_organisation_cut_short_asked_how_it_goes_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (4) A unit's standing asked with a level ("ได้ระดับ 3 แล้วยัง", ยัง closing it) or with its
# attendance ("เข้าประชุมครบเกณฑ์ยัง"): the unit's status. Near misses: the level told is a
# value; what enough attendance is, the rule; attendance told is the step marked.
UNIT_STANDING: list[Case] = [
    ("L", "กองการเจ้าหน้าที่ได้ระดับ 3 แล้วยังคะ", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กองคลังได้ระดับ 4 ยังครับ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังได้ระดับ 3 หรือยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังเข้าประชุมครบเกณฑ์ยังคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองนิติการเข้าร่วมประชุมครบเกณฑ์หรือยังครับ", "Status", {"unit": "กองนิติการ"}),
    (
        "L",
        "กองคลังได้ระดับ 3 ครับ",
        "SubmitValue",
        {"indicator": "1", "value": "3", "raw_value": "3", "unit": "กองคลัง"},
    ),
    ("L", "เข้าประชุมครบเกณฑ์ต้องกี่ครั้ง", "RuleQuestion", {"topic": "attendance"}),
    (
        "L",
        "ศทส. เข้าประชุมครบ 100% ครับ",
        "MarkStep",
        {"step": "2", "value": "100", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
]


@readings(UNIT_STANDING)
def test_a_units_level_or_attendance_asked_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (5) The status asked unit by unit, "ใครส่งแล้วใครยัง" saying how it is wanted: the status.
# Near misses: something of the plan named is who has not sent it; a step, its details.
STATUS_BY_UNIT: list[Case] = [
    ("L", "สถานะรายกองหน่อยค่ะ ใครส่งแล้วใครยัง", "Status", {}),
    ("L", "สรุปทุกกองหน่อย ใครส่งแล้วใครยัง", "Status", {}),
    ("L", "สถานะรายกอง ใครส่งแผนแล้วใครยัง", "Missing", {"step": "3"}),
    ("L", "ขอรายละเอียดขั้น ๔ หน่อยครับ ใครส่งแล้วใครยัง", "StepDetails", {"step": "4"}),
    ("L", "ใครส่งแผนแล้วบ้าง ใครยัง", "Missing", {"step": "3"}),
]


@readings(STATUS_BY_UNIT)
def test_the_status_by_unit_with_who_sent_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (6) The calendar of dues named alone ("ปฏิทินส่งงาน pmqa ปี 68"), or what others must be
# chased to send ("มีอะไรต้องตามน้องๆ ส่งบ้าง"): the deadlines. Near misses: a calendar of
# holidays asked of the group, news of one published; whom to chase is who has not sent.
DUES: list[Case] = [
    ("L", "ปฏิทินส่งงาน pmqa ปี 68 ค่ะ", "Deadlines", {}),
    ("L", "ปฏิทินงาน PMQA ปีนี้", "Deadlines", {}),
    ("L", "ช่วงนี้มีอะไรต้องตามน้องๆ ส่งบ้างคะ", "Deadlines", {}),
    ("L", "ช่วงนี้มีอะไรที่ต้องเร่งส่งบ้างคะ", "Deadlines", {}),
    ("L", "ใครมีปฏิทินวันหยุดราชการปี 68 ส่งในกลุ่มหน่อยค่ะ", "Unknown", {}),
    ("L", "ส่งต่อข่าว: ก.พ.ร. ประกาศปฏิทินการประเมิน PMQA ปี 68 แล้วนะคะ ลองอ่านกันดู", "Unknown", {}),
    ("L", "ต้องทวงผลใครบ้างครับ จะทำหนังสือเวียนวันนี้", "Missing", {}),
]


@readings(DUES)
def test_the_calendar_or_what_to_chase_asks_the_deadlines(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (7) The organisation's results asked with only how the answer is wanted after them ("เอาแบบ
# สั้นๆ"): its status. Near misses: the same words alone, and everyday talk with เอา, are chat.
HOW_WANTED: list[Case] = [
    ("P", "สรุปคะแนนจังหวัดให้ท่านรองฯ หน่อยครับ เอาแบบสั้นๆ", "Status", {}),
    ("L", "สรุปสถานะ เอาแบบย่อ", "Status", {}),
    ("P", "สรุปคะแนนจังหวัดหน่อยครับ", "Status", {}),
    ("L", "เอาแบบนี้เลยค่ะ", "Unknown", {}),
    ("L", "เอาขยะไปทิ้งไหน", "Unknown", {}),
]


@readings(HOW_WANTED)
def test_results_asked_with_how_they_are_wanted_are_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (8) The steps' overview by a range ("ภาพรวมขั้นตอนที่ 1-3"), and how far a unit has got with
# its sending asked after ("กองเราถึงไหนแล้วน้า ส่งรายชื่อไปแล้วใช่ปะ"): the status. Near
# misses: a unit's sending asked alone is what its status shows too; a round's steps, the rule.
HOW_FAR: list[Case] = [
    ("L", "ภาพรวมขั้นตอนที่ 1-3 ตอนนี้เป็นไงบ้าง", "Status", {}),
    ("L", "ภาพรวมขั้น 1-5 หน่อยค่ะ", "Status", {}),
    ("L", "กองเราถึงไหนแล้วน้า ส่งรายชื่อไปแล้วใช่ปะ", "Status", {}),
    ("L", "กองคลังถึงไหนแล้ว ส่งแผนไปแล้วใช่ไหม", "Status", {"unit": "กองคลัง"}),
    ("L", "รอบที่ 1 ประเมินขั้น 1-3 ใช่มั้ยคะ", "RuleQuestion", {"topic": "round"}),
    ("L", "นิติการเป็นยังไงบ้าง ส่งครบยัง", "Status", {"unit": "กองนิติการ"}),
]


@readings(HOW_FAR)
def test_a_range_of_steps_or_how_far_a_unit_got_is_the_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (9) A deadline asked with a day and no step: the one step whose last day it is. Near misses:
# a day that is no step's last day asks every deadline; a month asked keeps the month.
DUE_DAY: list[Case] = [
    ("L", "31 ม.ค. คือวันสุดท้ายจริงๆ ใช่มั้ย ถ้า 1 ก.พ. ไม่ทันแล้ว?", "Deadlines", {"step": "3"}),
    ("L", "นับจากวันนี้ถึง 31 ม.ค. เหลือ 16 วันใช่มั้ยครับ", "Deadlines", {"step": "3"}),
    ("L", "หมดเขต 29 พ.ย. ใช่ไหมคะ", "Deadlines", {"step": "1"}),
    ("L", "หมดเขต 15 ก.พ. ใช่ไหม", "Deadlines", {}),
    ("L", "พ้น 31 ม.ค. ไปแล้ว deadline ถัดไปคืออะไรคะ", "Deadlines", {}),
    ("L", "เดือน ก.พ. มีอะไรต้องส่งบ้างคะ", "Deadlines", {"month": 2}),
]


@readings(DUE_DAY)
def test_a_deadline_asked_with_a_steps_last_day_asks_that_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
