"""Round 22 (steps): who has not sent or attended, a step's details, a yes restating its card,
a unit's plan looked back on, an indicator's measure or pass asked.

Who has not sent, asked with ที่ between ("ยังเหลือใครที่ไม่ส่งแผน…"), who has not attended
("…ใครไม่ได้เข้าบ้าง"), and who still owes something in English are who is missing. A step's
report keeps its figure after "ครบทุกครั้ง" ("…ครบทุกครั้ง 100%"), and the day before
yesterday (วานซืน) is a day told. A yes that repeats the sending it confirms and affirms it
again ("ใช่ กค. ส่งแผนแล้วจริง ยืนยันค่ะ") is the yes. A unit's plan looked back on is the
unit's history, no indicator. "ราชการ 4.0" is a name, never a figure; "passed?" asks the
tier. Near misses on both sides keep their reading."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) Who has not sent or attended, asked other ways.
WHO_NOT: list[Case] = [
    ("L", "ยังเหลือใครที่ไม่ส่งแผนอีกมั้ยครับ ใกล้ 31 แล้ว", "Missing", {"step": "3"}),
    ("L", "ใครที่ไม่ส่งรายชื่อทีมบ้างคะ", "Missing", {"step": "1"}),
    ("L", "มีใครที่ยังไม่ได้ส่งแบบฟอร์ม 4 บ้าง", "Missing", {"step": "4"}),
    ("L", "who still owes the action plan?", "Missing", {"step": "3"}),
    ("L", "which units still owe the team list?", "Missing", {"step": "1"}),
    ("L", "ประชุมชี้แจงวันที่ 20 ธ.ค. ใครไม่ได้เข้าบ้างคะ", "Missing", {"step": "2"}),
    ("L", "ใครไม่ได้เข้าประชุมบ้าง", "Missing", {"step": "2"}),
    ("L", "กิจกรรมครั้งที่แล้วกองไหนไม่ได้เข้าร่วมบ้างคะ", "Missing", {"step": "2"}),
]
WHO_NOT_NEAR: list[Case] = [
    ("L", "ยังเหลือใครไม่ส่งแผนอีกมั้ยครับ", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่เข้าประชุมบ้าง", "Missing", {"step": "2"}),
    ("L", "วันนี้ผอ.ไม่เข้านะ ไปสัมมนาที่ชลบุรี", "Unknown", {}),
    (
        "L",
        "ประชุมชี้แจงเมื่อ 20 ธ.ค. หนูยังไม่ได้เข้า มีประชุมแบบนี้อีกไหมคะ",
        "RuleQuestion",
        {"topic": "meeting"},
    ),
    ("L", "ใครไม่ได้เข้าออฟฟิศวันนี้บ้าง", "Unknown", {}),
    ("L", "ใครที่ไม่ส่งแผนจะโดนหักคะแนนไหมคะ", "RuleQuestion", {"topic": "deductions"}),
]

# (2) A step's report: the figure after "ครบทุกครั้ง", the day before yesterday.
STEP_DETAILS: list[Case] = [
    (
        "L",
        "ศทส. เข้าร่วมกิจกรรมครบทุกครั้ง 100%",
        "MarkStep",
        {"step": "2", "value": "100", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    (
        "L",
        "กจ. เข้าประชุมครบทุกครั้ง 100%",
        "MarkStep",
        {"step": "2", "value": "100", "unit": "กองการเจ้าหน้าที่"},
    ),
    ("L", "เข้าร่วมกิจกรรมครบทุกครั้ง 100 %", "MarkStep", {"step": "2", "value": "100"}),
    (
        "L",
        "ขั้นตอนที่สามของ กจ. ส่งแล้วค่ะ วานซืน",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-13", "unit": "กองการเจ้าหน้าที่"},
    ),
    (
        "L",
        "กองคลังส่งแผนไปเมื่อวานซืนค่ะ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-13", "unit": "กองคลัง"},
    ),
    ("L", "วานซืนส่งรายชื่อทีมแล้วครับ", "MarkStep", {"step": "1", "done_on": "2025-01-13"}),
]
STEP_DETAILS_NEAR: list[Case] = [
    (
        "L",
        "ขั้นตอนที่สามของ กจ. ส่งแล้วค่ะ เมื่อวาน",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14", "unit": "กองการเจ้าหน้าที่"},
    ),
    (
        "L",
        "ศทส. เข้าร่วมกิจกรรมครบทุกครั้ง คิดเป็น 100% ครับ",
        "MarkStep",
        {"step": "2", "value": "100", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    (
        "L",
        "กจ. เข้าร่วมประชุมครบทุกครั้ง 4/4 ค่ะ",
        "MarkStep",
        {"step": "2", "met": 4, "of": 4, "unit": "กองการเจ้าหน้าที่"},
    ),
    # A numbered meeting is no figure: "ครั้งที่ 3" stays a name.
    ("L", "กจ. เข้าประชุมครั้งที่ 3 แล้วค่ะ", "Unknown", {}),
]

# (3) A yes to the card that repeats the sending it confirms, affirmed again.
YES_RESTATED: list[Case] = [
    ("L", "ใช่ กค. ส่งแผนแล้วจริง ยืนยันค่ะ", "Confirm", {}),
    ("L", "ใช่ค่ะ กองคลังส่งแผนแล้วจริงค่ะ", "Confirm", {}),
    ("L", "ใช่ครับ กค. ส่งรายชื่อทีมแล้วจริง", "Confirm", {}),
    ("L", "ถูกต้องค่ะ กองคลังส่งแผนแล้ว ยืนยันค่ะ", "Confirm", {}),
    ("L", "ใช่ค่ะ กองคลังส่งเมื่อวานจริง", "Confirm", {}),
]
YES_RESTATED_NEAR: list[Case] = [
    ("L", "ใช่ค่ะ กองคลังส่งแผนแล้ว", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ใช่ค่ะ แต่กองคลังส่งแผนแล้วจริงๆ นะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "ใช่ค่ะ กองคลังส่งแผนแล้วจริง แต่ยังไม่แนบฟอร์ม 2", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
    ("L", "กองคลังส่งแผนแล้วจริงไหมคะ", "Status", {"unit": "กองคลัง"}),
]

# (4) A unit's plan looked back on: the unit's history, no indicator.
UNIT_HISTORY: list[Case] = [
    ("L", "ใครเป็นคนบันทึกแผนของ กจ. คะ ขอดูประวัติหน่อย", "History", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ใครเป็นคนบันทึกแผนของ กก. คะ", "History", {"unit": "กองกลาง"}),
    ("L", "ใครเป็นคนส่งแผนของ กจ. คะ", "History", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ใครบันทึกรายชื่อทีมของ กค. ล่าสุด", "History", {"unit": "กองคลัง"}),
]
UNIT_HISTORY_NEAR: list[Case] = [
    ("L", "ใครเป็นคนส่งแผนของกองคลังคะ", "History", {"unit": "กองคลัง"}),
    ("L", "ใครบันทึกขั้นตอนที่ 2 ของ กจ. ล่าสุด", "History", {"unit": "กองการเจ้าหน้าที่"}),
    ("P", "ใครบันทึกค่าขยะ ธ.ค. คะ", "History", {"indicator": "2"}),
    ("O", "ประวัติการส่งผลแผนพัฒนาบุคลากรครับ", "History", {"indicator": "3"}),
]

# (5) An indicator's measure asked by its full name; "passed?" asks its tier.
INDICATOR_ASKED: list[Case] = [
    ("L", "kpi ขับเคลื่อนหน่วยงานสู่ราชการ 4.0 วัดอะไรบ้างคะ", "IndicatorQuery", {"indicator": "1"}),
    ("L", "ตัวชี้วัดขับเคลื่อนหน่วยงานสู่ราชการ 4.0 วัดอะไรบ้างคะ", "IndicatorQuery", {"indicator": "1"}),
    (
        "O",
        "ethics indicator passed?",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "tier"},
    ),
    ("O", "จริยธรรมผ่าน?", "IndicatorQuery", {"indicator": ["4", "5"], "aspect": "tier"}),
    ("P", "ขยะผ่าน?", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("B", "PB passed?", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ยาเสพติด ผ่านแล้ว?", "IndicatorQuery", {"indicator": "4", "aspect": "tier"}),
]
INDICATOR_ASKED_NEAR: list[Case] = [
    ("L", "ตัวชี้วัดระบบราชการ 4.0 ของกระทรวงวัดอะไรบ้างคะ", "IndicatorQuery", {"indicator": "1"}),
    ("O", "จริยธรรมผ่านไหมครับ", "IndicatorQuery", {"indicator": ["4", "5"], "aspect": "tier"}),
    (
        "O",
        "ethics KPI failed items?",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "failed"},
    ),
    ("L", "ขั้นตอนที่ 5 ผ่านแล้ว", "MarkStep", {"step": "5", "passed": True}),
]

ASKED = [
    text
    for _, text, intent, _ in WHO_NOT + UNIT_HISTORY + INDICATOR_ASKED + INDICATOR_ASKED_NEAR
    if intent not in ("Unknown", "MarkStep")
] + [
    "ใช่ไหมคะ กค. ส่งแผนแล้วจริง",
    "กค. ส่งแผนแล้วจริงเหรอคะ ยืนยันได้ไหม",
    "ใครที่ไม่ส่งแผนจะโดนหักคะแนนไหมคะ",
    "ขั้นตอนที่ 2 ผ่าน?",
]


@readings(WHO_NOT + WHO_NOT_NEAR)
def test_who_has_not_sent_or_attended(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEP_DETAILS + STEP_DETAILS_NEAR)
def test_a_steps_figure_and_its_day(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(YES_RESTATED + YES_RESTATED_NEAR)
def test_a_yes_restating_its_card(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(UNIT_HISTORY + UNIT_HISTORY_NEAR)
def test_a_units_plan_looked_back_on(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(INDICATOR_ASKED + INDICATOR_ASKED_NEAR)
def test_an_indicators_measure_or_pass_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_questions_are_never_writes() -> None:
    assert read_as_writes(ASKED) == []
