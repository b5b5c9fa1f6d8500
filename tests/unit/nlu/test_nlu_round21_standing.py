"""Round 21 (standing): where the organisation stands against what was sent and what is owed.
Indicators counted as passed, failed, reported or still without a result, none named, are the
organisation's status (units counted as owing, and indicators counted as overdue, are who is
missing); what "we" sent so far, no unit named, is the history of what was sent. Near misses
keep their reading: who is missing, a unit's status, the deadlines."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
Case = tuple[str, str, str, dict[str, Any]]

# (1) Indicators counted, reported or not, with or without a result: the status.
COUNTS: list[Case] = [
    ("P", "ภาพรวมตอนนี้ ผ่านกี่ตัว ไม่ผ่านกี่ตัว ยังไม่มีผลกี่ตัว", "Status", {}),
    ("O", "ยังไม่ได้รายงานผลกี่ตัวคะ", "Status", {}),
    ("P", "รายงานผลไปแล้วกี่ตัว ยังไม่รายงานกี่ตัวคะ", "Status", {}),
    ("B", "ยังไม่รายงานผลอีกกี่ตัวครับ", "Status", {}),
    ("L", "ตอนนี้ยังไม่มีผลกี่ตัวคะ", "Status", {}),
    ("O", "ผ่านแล้วกี่ตัว ยังไม่มีผลอีกกี่ตัวครับ", "Status", {}),
    ("L", "ยังไม่ได้รายงานกี่ตัว", "Status", {}),
]
# Near misses: units counted as owing, indicators counted as overdue, who is missing.
COUNTS_NEAR: list[Case] = [
    ("O", "ค้างรายงานกี่ตัวชี้วัดครับตอนนี้", "Missing", {}),
    ("L", "ยังไม่รายงานกี่กองคะ", "Missing", {}),
    ("L", "ค้างส่งกี่หน่วยแล้วคะ", "Missing", {}),
    ("P", "ใครยังไม่ได้รายงานผลบ้าง", "Missing", {}),
    ("P", "ขยะผ่านกี่ข้อแล้ว", "IndicatorQuery", {"indicator": "2", "aspect": "items"}),
    ("L", "ถ้าแผนมีตัวชี้วัด 8 ตัว ต้องบรรลุกี่ตัวถึงจะผ่าน", "RuleQuestion", {"topic": "thresholds"}),
]

# (2) What we sent so far, no unit named: the history of what was sent.
OURS: list[Case] = [
    ("L", "กองเราส่งอะไรไปแล้วบ้างนะ จำไม่ได้ เพิ่งกลับจากอบรมต่างจังหวัด", "History", {}),
    ("L", "เราส่งอะไรไปแล้วบ้างคะ", "History", {}),
    ("L", "ที่ผ่านมาส่งอะไรไปแล้วบ้างครับ ลืมไปแล้ว", "History", {}),
    ("P", "จังหวัดเราส่งอะไรมาแล้วบ้าง", "History", {}),
    ("L", "ทีมเราส่งอะไรไปแล้วบ้าง เพิ่งย้ายมาค่ะ", "History", {}),
]
OURS_NEAR: list[Case] = [
    ("L", "กนต. ส่งอะไรไปแล้วบ้าง", "Status", {"unit": "กองนิติการ"}),
    ("L", "กองคลังต้องส่งอะไรอีกบ้างคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองเราอยู่ขั้นไหนแล้วครับ", "Status", {}),
    ("L", "ศทส. ถึงไหนแล้วครับ", "Status", {"unit": IT}),
    ("L", "เดือนนี้ต้องส่งอะไรบ้างคะ", "Deadlines", {"month": 1, "this_month": True}),
    ("L", "ใครยังไม่ส่งอะไรบ้าง", "Missing", {}),
]

# (3) The overall picture asked in detail for a unit, of every unit's score, or in English:
# the status; an indicator named with its overall picture or score stays that indicator's.
OVERALL: list[Case] = [
    (
        "L",
        "ขอรายละเอียดสถานะกองการบุคคลทุกขั้นตอนด้วยครับ จะเอาไปประกอบหนังสือแจ้งเวียน",
        "Status",
        {"unit": "กองการเจ้าหน้าที่", "detail": True},
    ),
    (
        "L",
        "ขอสรุปสถานะกองคลังแบบละเอียด จะแนบไปกับหนังสือเวียนค่ะ",
        "Status",
        {"unit": "กองคลัง", "detail": True},
    ),
    ("L", "ผอ. ขอดูคะแนนของแต่ละกองตอนนี้ครับ ได้กี่คะแนนกันบ้าง", "Status", {}),
    ("L", "คะแนนแต่ละกองได้เท่าไหร่บ้างคะ", "Status", {}),
    ("O", "OCSC overall pls, how many KPIs reported?", "Status", {}),
    ("B", "how many KPIs passed?", "Status", {}),
]
OVERALL_NEAR: list[Case] = [
    (
        "L",
        "ขอทราบคะแนนของตัวชี้วัดระดับความสำเร็จของการขับเคลื่อนหน่วยงานสู่ระบบราชการ 4.0 "
        "ในภาพรวมของสำนักงานปลัดกระทรวงครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "score"},
    ),
    ("P", "ท่องเที่ยวภาพรวมเป็นไง", "IndicatorQuery", {"indicator": "3"}),
    ("L", "ขอดูตัวชี้วัดระบบราชการ4.0หน่อยค่ะ", "IndicatorQuery", {"indicator": "1"}),
    ("L", "PMQA ถึงไหนแล้วคับ", "Status", {}),
    ("L", "กองคลังได้กี่คะแนนแล้ว", "Status", {"unit": "กองคลัง"}),
]

# (4) Leftover words are no indicator or step: a figure checked, a newcomer's introduction,
# the reason a reminder is put off, the letter a step's details go with.
LEFTOVERS: list[Case] = [
    ("B", "เลข 88.1 ที่ส่งไปถูกต้องหรือเปล่า ขอดูประวัติหน่อยครับ", "History", {}),
    (
        "O",
        "newcomer ค่ะ ขอดูประวัติการรายงานผลทั้งหมดหน่อย ยังไม่รู้ว่าที่ผ่านมาส่งอะไรไปแล้วบ้าง",
        "History",
        {},
    ),
    ("P", "ขอเลื่อนการเตือนไปอาทิตย์หน้าครับ ตัวเลขท่องเที่ยวยังไม่ออก", "PostponeReminder", {}),
    ("L", "เลื่อนเตือนไปก่อน งานยังไม่เสร็จ", "PostponeReminder", {}),
    ("L", "รายละเอียดขั้นตอนที่ ๓ ค่ะ จะแนบไปกับหนังสือเวียน", "StepDetails", {"step": "3"}),
]
LEFTOVERS_NEAR: list[Case] = [
    ("B", "ขอดูประวัติการส่ง PMQA ครับ", "History", {"indicator": "8"}),
    ("L", "กองคลังค่ะ ขอดูประวัติหน่อย", "History", {"unit": "กองคลัง"}),
    ("L", "เลื่อนเตือนแผนไปพรุ่งนี้", "PostponeReminder", {"step": "3"}),
    ("L", "ฝากแจ้งเวียนหนังสือเวียนเรื่องอบรมให้ทุกกองด้วยค่ะ", "Unknown", {}),
]

ASKED = [case[1] for case in COUNTS + OURS + OVERALL]


@readings(COUNTS + COUNTS_NEAR)
def test_indicators_counted_with_or_without_a_result(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OURS + OURS_NEAR)
def test_what_we_sent_so_far_is_the_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_questions_are_never_writes() -> None:
    assert read_as_writes(ASKED) == []


@readings(OVERALL + OVERALL_NEAR)
def test_the_overall_picture_asked_formally_or_per_unit(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LEFTOVERS + LEFTOVERS_NEAR)
def test_leftover_words_name_no_indicator_or_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
