"""Round 18 (dev_fresh42): executives and coordinators asking where things stand -- a unit's
or the organisation's progress in detail, the steps or a round finished, formal letters, the
organisation named with เรา, a unit asked complete with who asked, and words that name nothing
left beside the ask. Near misses keep their reading; a question never becomes a write."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import readings, settled

WRITES = ("SubmitValue", "SubmitBaseline", "MarkStep", "ReminderSettings", "RegisterUnit")

# (A) A unit's steps, every indicator counted, or a letter's progress asked in detail: the
# status's detail cards; a step's papers asked in detail and a step reported stay as they were.
DETAIL: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "กจ.ขอแบบละเอียดทุกขั้นเลยค่ะ จะเอาไปทำสไลด์",
        "Status",
        {"unit": "กองการเจ้าหน้าที่", "detail": True},
    ),
    ("L", "ขอทราบผลของกองคลังโดยละเอียดทุกขั้นตอนครับ", "Status", {"unit": "กองคลัง", "detail": True}),
    ("L", "กองกลางขอรายละเอียดทุกขั้นตอนหน่อยครับ", "Status", {"unit": "กองกลาง", "detail": True}),
    (
        "L",
        "ขอดูไอทีแบบละเอียดแต่ละขั้นตอนค่ะ",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "detail": True},
    ),
    ("L", "ขอแบบละเอียดทุกขั้นเลยค่ะ", "Status", {"detail": True}),
    ("L", "ขอดูผลทั้ง 8 ตัวชี้วัดโดยละเอียดครับ ผอ.สำนักขอ", "Status", {"detail": True}),
    ("P", "ขอดูผลทั้ง 5 ตัวชี้วัดแบบละเอียดค่ะ", "Status", {"detail": True}),
    ("B", "ขอผลครบ 8 ตัวอย่างละเอียดครับ", "Status", {"detail": True}),
    (
        "L",
        "เรียนสอบถามความคืบหน้าการดำเนินงานตามตัวชี้วัดระบบราชการ 4.0 ของกองกลางโดยละเอียด"
        " เพื่อประกอบการรายงานผู้บริหารครับ",
        "Status",
        {"unit": "กองกลาง", "detail": True},
    ),
    (
        "L",
        "ขอทราบความคืบหน้าการดำเนินงานของกองคลังโดยละเอียดครับ",
        "Status",
        {"unit": "กองคลัง", "detail": True},
    ),
    ("L", "ขั้นตอนที่ 3 ต้องส่งอะไรบ้าง ขอรายละเอียด", "StepDetails", {"step": "3"}),
    ("L", "ส่งแผนครบทุกขั้นตอนแล้วค่ะ กองคลัง", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]

# (B) A formal letter asking the progress of the work (การดำเนินงาน) of the organisation or a
# unit: its status, the work named being no indicator.
LETTER: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "เรียนสอบถามสถานะการดำเนินงานภาพรวมของสำนักงานปลัดกระทรวงแรงงาน ณ ปัจจุบันครับ", "Status", {}),
    ("B", "เรียนสอบถามสถานะการดำเนินงานของสำนักงบประมาณ ณ ปัจจุบันค่ะ", "Status", {}),
    ("P", "ขอเรียนสอบถามความคืบหน้าการดำเนินงานภาพรวมของจังหวัดปทุมธานีครับ", "Status", {}),
    ("O", "เรียนสอบถามผลการดำเนินงานภาพรวมของสำนักงาน ก.พ. ณ ปัจจุบันค่ะ", "Status", {}),
    ("L", "เรียนสอบถามสถานะการดำเนินงานของกองคลัง ณ ปัจจุบันครับ", "Status", {"unit": "กองคลัง"}),
    (
        "P",
        "ขอทราบผลการดำเนินงานตัวชี้วัดขยะครับ",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
]

# (C) The organisation's own name with the sender's เรา glued on: the organisation's status.
OURS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("O", "สนง.ก.พ.เราถึงไหนแล้วครับ", "Status", {}),
    ("B", "สงป.เราถึงไหนแล้ว", "Status", {}),
    ("L", "สป.รง.เราถึงไหนแล้วคะ", "Status", {}),
    ("B", "สงป.ของเราคืบหน้าไปถึงไหนแล้วครับ", "Status", {}),
    ("P", "จ.ปทุมธานีเราภาพรวมเป็นไงบ้าง", "Status", {}),
    ("L", "กองคลังเราถึงไหนแล้ว", "Status", {"unit": "กองคลัง"}),
    ("L", "สป.รง.เรายังไม่ส่งอะไรบ้าง", "Missing", {}),
]

# (D) Which or how many of the plan's steps are finished: how far it got (Status), never a
# deadline; a step's deadline or a step reported done keeps its reading.
STEPS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "๕ ขั้นตอนตอนนี้ทำเสร็จไปกี่ขั้นแล้วคะ", "Status", {}),
    ("L", "ขั้นตอนไหนเสร็จแล้วบ้างครับ", "Status", {}),
    ("L", "กองคลังทำเสร็จไปกี่ขั้นแล้ว", "Status", {"unit": "กองคลัง"}),
    ("L", "ไอทีขั้นตอนไหนทำเสร็จแล้วบ้างคะ", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "ตอนนี้เสร็จแล้วกี่ขั้นครับ", "Status", {}),
    ("L", "กนต. ขั้นไหนผ่านแล้วบ้างคะ", "Status", {"unit": "กองนิติการ"}),
    ("L", "ขั้นตอนไหนต้องเสร็จก่อน", "Deadlines", {}),
    ("L", "ขั้นตอนที่ 3 เสร็จแล้วครับ", "MarkStep", {"step": "3"}),
    ("L", "ขั้นตอนที่ 2 ต้องส่งวันไหน", "Deadlines", {"step": "2"}),
    ("L", "ทำขั้นตอนที่ 4 เสร็จแล้วค่ะ กองกลาง", "MarkStep", {"step": "4", "unit": "กองกลาง"}),
]

# (E) A round of reporting named by its number (รอบที่ 1, รอบแรก) names no indicator.
ROUND: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "ช่วยสรุปความคืบหน้ารอบที่ 1 ให้หน่อยครับ", "Status", {}),
    ("L", "ขอสรุปสถานะรอบ 2 หน่อยค่ะ", "Status", {}),
    ("P", "ภาพรวมรอบแรกเป็นไงบ้างคะ", "Status", {}),
    ("B", "ความคืบหน้ารอบที่ 2 ถึงไหนแล้วครับ", "Status", {}),
    ("L", "กองคลังรอบที่ 1 ถึงไหนแล้ว", "Status", {"unit": "กองคลัง"}),
    ("P", "ภาพรวมรอบ 6 เดือนเป็นยังไง", "Status", {}),
    ("P", "สรุปผลขยะรอบที่ 2 หน่อย", "IndicatorQuery", {"indicator": "2"}),
    ("L", "สรุปความคืบหน้าตัวชี้วัดที่ 1 ให้หน่อย", "IndicatorQuery", {"indicator": "1"}),
]

# (F) A unit asked complete (ครบรึยัง) with who asked told after it, or how it goes asked with
# whether it is complete: the unit's (or the organisation's) status.
COMPLETE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("L", "กนต.ครบรึยังคะ ผอ.กองถามค่ะ", "Status", {"unit": "กองนิติการ"}),
    ("L", "กองคลังครบยังคะ ผอ.ถามค่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ไอทีครบแล้วหรือยัง", "Status", {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"}),
    ("L", "กจ.ครบรึยังครับ ท่านรองถามมา", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    (
        "L",
        "ไอทีส่งแผนครบหรือยังครับ ท่านรองฝากถามมา",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "KPI ระบบราชการ4.0 ตอนนี้เป็นไงบ้างครับ ครบยัง", "Status", {}),
    ("L", "กองคลัง เป็นไงบ้าง ครบยัง", "Status", {"unit": "กองคลัง"}),
    ("L", "ภาพรวมเป็นยังไงบ้างคะ ครบหรือยัง", "Status", {}),
    ("P", "ขยะตอนนี้เป็นไงบ้าง ครบยัง", "IndicatorQuery", {"indicator": "2"}),
    ("L", "สวัสดีค่ะ กองคลังค่ะ ใครยังไม่ส่งแผนบ้างคะ ผอ.ถามมา", "Missing", {"step": "3"}),
    ("L", "ครบรึยังคะ", "Missing", {}),
]

# (G) Who asked, and where ("ท่านถามในไลน์ผู้บริหาร"), is context, no question of a channel.
ASKED_IN_LINE: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "L",
        "น้องบอท ช่วยดูให้หน่อยว่าไอทีไปถึงไหน ท่านถามในไลน์ผู้บริหารแล้ว",
        "Status",
        {"unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"},
    ),
    ("L", "กองคลังถึงไหนแล้วคะ ผอ.ถามทางไลน์มา", "Status", {"unit": "กองคลัง"}),
    (
        "P",
        "ขยะได้เท่าไหร่แล้วคะ ท่านผู้ว่าถามในไลน์",
        "IndicatorQuery",
        {"indicator": "2", "aspect": "result"},
    ),
    ("L", "ช่วยดูให้หน่อยว่ากองกลางไปถึงไหน ท่านถามในกลุ่มไลน์", "Status", {"unit": "กองกลาง"}),
    ("L", "ส่งแผนทางไลน์ได้ไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งแผนทางไลน์แล้วนะคะ", "MarkStep", {"step": "3", "channel": "line"}),
]

# (H) Words naming nothing (สั้นๆพอ, ขอด่วน, ขาดใคร) left beside the ask; which indicators
# passed, none named, is what the overview shows.
NO_NAME: list[tuple[str, str, str, dict[str, Any]]] = [
    ("B", "สรุปสั้นๆพอค่ะ ตัวไหนผ่านตัวไหนยัง", "Status", {}),
    ("B", "ตัวไหนผ่านตัวไหนยัง", "Status", {}),
    ("P", "ตัวชี้วัดไหนผ่านแล้วบ้างคะ", "Status", {}),
    ("O", "ขอสั้นๆ ตัวไหนผ่านแล้วบ้าง", "Status", {}),
    ("P", "สรุปสั้นๆพอ", "Status", {}),
    ("P", "ข้อไหนยังไม่ผ่านบ้างคะ ขอด่วน", "IndicatorQuery", {"indicator": "?", "aspect": "failed"}),
    ("P", "ขยะข้อไหนยังไม่ผ่านบ้าง ด่วนๆ", "IndicatorQuery", {"indicator": "2", "aspect": "failed"}),
    ("L", "ทุกกองส่งครบยังคะ ขาดใครบ้าง", "Missing", {}),
    ("L", "ส่งครบหรือยังครับ ยังขาดใครอีก", "Missing", {}),
    ("L", "ขาดใครบ้าง ขอด่วนค่ะ", "Missing", {}),
    ("L", "ขั้นตอนที่ 2 ครบยัง ขาดใครบ้าง", "Missing", {"step": "2"}),
    ("P", "ขยะ ตัวไหนผ่าน", "IndicatorQuery", {"indicator": "2", "aspect": "tier"}),
    ("P", "ต้องได้กี่ % ถึงนับว่าผ่าน", "RuleQuestion", {"topic": "thresholds"}),
]


@readings(DETAIL)
def test_detail(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LETTER)
def test_letter(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OURS)
def test_ours(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEPS)
def test_steps(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ROUND)
def test_round(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(COMPLETE)
def test_complete(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ASKED_IN_LINE)
def test_asked_in_line(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NO_NAME)
def test_no_name(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


ASKED = [
    row
    for table in (DETAIL, LETTER, OURS, STEPS, ROUND, COMPLETE, ASKED_IN_LINE, NO_NAME)
    for row in table
    if row[2] not in WRITES
]


@pytest.mark.parametrize(("org", "text"), [(r[0], r[1]) for r in ASKED], ids=[r[1] for r in ASKED])
def test_a_question_never_becomes_a_write(org: str, text: str) -> None:
    assert settled(text, org)[0] not in WRITES
