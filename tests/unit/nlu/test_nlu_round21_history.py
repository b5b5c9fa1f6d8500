"""Round 21 (history): what we have sent so far is the history of what was sent (what one unit
named has sent stays its status, below), with the result sent or reported ("ส่งผลอะไรไปแล้วบ้าง",
"ผล…ที่เคยรายงานไว้มีอะไรบ้าง"), and of the organisation by its own name. How far a unit got,
what it still owes and whether it sent everything stay its status; counts of units and of
indicators stay the status, which ones are missing is who is missing."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
Case = tuple[str, str, str, dict[str, Any]]

# (1) What a named unit has sent so far: its status (the corpus splits 6 to 4 for the history;
# reading it so cost held-out readings and was left out). With no unit named: the history.
UNIT_SENT: list[Case] = [
    ("L", "กนต.ส่งอะไรไปแล้วบ้าง", "Status", {"unit": "กองนิติการ"}),
    ("L", "ศทส. ส่งอะไรมาแล้วบ้างครับ", "Status", {"unit": IT}),
    ("L", "กองบุคคลส่งอะไรไปแล้วบ้าง", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "กลุ่มพัฒนาระบบบริหารส่งอะไรไปแล้วบ้าง", "Status", {"unit": "กลุ่มพัฒนาระบบบริหาร"}),
    ("L", "กองคลังส่งอะไรไปบ้างแล้วคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ไอทีส่งอะไรมาแล้วบ้างคะ", "Status", {"unit": IT}),
    ("L", "ผอ.ถามว่ากนต.ส่งอะไรไปแล้วบ้าง", "Status", {"unit": "กองนิติการ"}),
]
# Near misses: how far a unit got, whether it sent everything, what it still owes.
UNIT_SENT_NEAR: list[Case] = [
    ("L", "ศทส. ถึงไหนแล้วครับ", "Status", {"unit": IT}),
    ("L", "กนต. ส่งครบยัง", "Status", {"unit": "กองนิติการ"}),
    ("L", "กนต.ส่งไรไปแล้วมั่งคะ ขอดูสถานะ", "Status", {"unit": "กองนิติการ"}),
    ("L", "ไอทีส่งอะไรไปแล้วบ้าง ขอดูความคืบหน้าหน่อย", "Status", {"unit": IT}),
    ("L", "กองคลังต้องส่งอะไรอีกบ้างคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กองคลังยังไม่ส่งอะไรบ้างคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ใครยังไม่ส่งอะไรบ้าง", "Missing", {}),
    ("L", "เดือนนี้ต้องส่งอะไรบ้างคะ", "Deadlines", {"month": 1, "this_month": True}),
]

# (2) The history asked in other words: the result sent, what was reported or recorded, the
# organisation by its own name.
OTHER_WORDS: list[Case] = [
    ("P", "ที่ผ่านมาจังหวัดส่งผลอะไรไปแล้วบ้างครับ", "History", {}),
    ("B", "เราส่งผลอะไรไปแล้วบ้าง", "History", {}),
    ("L", "กองเรารายงานผลอะไรไปแล้วบ้างคะ", "History", {}),
    ("B", "ผลโอนเปลี่ยนแปลงงบที่ส่งไปแล้วมีอะไรบ้างคะ", "History", {"indicator": "3"}),
    ("O", "ผลแต่งตั้งที่เคยรายงานไว้มีอะไรบ้างครับ", "History", {"indicator": "2"}),
    ("L", "ที่ผ่านมากองเราบันทึกอะไรไว้บ้างคะ", "History", {}),
    ("O", "ประวัติการส่งผลของสำนักงาน ก.พ. ทั้งหมดค่ะ", "History", {}),
    ("B", "ประวัติการส่งผลของสำนักงบประมาณทั้งหมดครับ", "History", {}),
]
# Near misses: an indicator's result, what is due, what a unit owes, a unit's history.
OTHER_WORDS_NEAR: list[Case] = [
    ("O", "ผลแต่งตั้งเป็นยังไงบ้างครับ", "IndicatorQuery", {"indicator": "2", "aspect": "result"}),
    ("L", "ต้องส่งผลอะไรบ้างคะ", "Deadlines", {}),
    ("L", "กองคลังค่ะ ขอดูประวัติหน่อย", "History", {"unit": "กองคลัง"}),
    ("L", "ขอดูประวัติการส่ง PMQA ครับ", "History", {"indicator": "1"}),
]

# (3) Counts and the overall picture: units counted through the steps, or both as sent and as not
# yet sent, the weighted total and the reporting asked of the organisation by its own name are
# the status; how many indicators are missing and which ones, and a round asked of, who is missing.
COUNTS: list[Case] = [
    ("L", "ตอนนี้ผ่านขั้นตอนไปกี่กองแล้วคะ", "Status", {}),
    ("L", "ผ่านครบทุกขั้นตอนกี่กองแล้วครับ", "Status", {}),
    ("L", "ขอตัวเลขหน่อยค่ะ ส่งแล้วกี่กอง ยังไม่ส่งกี่กอง", "Status", {}),
    ("L", "รายงานไปแล้วกี่หน่วย ยังไม่ได้รายงานกี่หน่วยคะ", "Status", {}),
    ("B", "คะแนนถ่วงน้ำหนักตอนนี้ได้เท่าไหร่คะ", "Status", {}),
    (
        "B",
        "ขออนุญาตสอบถามสถานะการรายงานผลตัวชี้วัดของสำนักงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ครับ",
        "Status",
        {},
    ),
    ("O", "สอบถามสถานะการรายงานผลตัวชี้วัดของสำนักงาน ก.พ. ครับ", "Status", {}),
    ("O", "ยังไม่รายงานกี่ตัวชี้วัด แล้วตัวไหนบ้างคะ", "Missing", {}),
    ("L", "ใครยังไม่ส่ง รอบ ๑", "Missing", {}),
    ("L", "ใครยังไม่ส่งรายงานผลรอบที่ 2 บ้าง", "Missing", {"step": "4"}),
]
# Near misses: one count of what is owed, a step named, an indicator named beside the name.
COUNTS_NEAR: list[Case] = [
    ("L", "ยังไม่ส่งกี่กอง", "Missing", {}),
    ("L", "ค้างส่งกี่หน่วยแล้วคะ", "Missing", {}),
    ("O", "ยังไม่รายงานกี่ตัวชี้วัด", "Status", {}),
    ("L", "ใครยังไม่ส่งขั้นตอนที่ 1", "Missing", {"step": "1"}),
    (
        "B",
        "คะแนนถ่วงน้ำหนักของตัวชี้วัดที่ 3 เท่าไหร่",
        "IndicatorQuery",
        {"indicator": "3", "aspect": "result"},
    ),
    (
        "B",
        "ขอทราบผลการดำเนินงานตัวชี้วัดร้อยละของเทศบาลตำบลที่เป็นหน่วยรับงบประมาณตรงกับสำนักงบประมาณครับ",
        "IndicatorQuery",
        {"indicator": "1", "aspect": "result"},
    ),
]

ASKED = [case[1] for case in UNIT_SENT + OTHER_WORDS + COUNTS]


@readings(UNIT_SENT + UNIT_SENT_NEAR)
def test_what_a_unit_sent_so_far_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OTHER_WORDS + OTHER_WORDS_NEAR)
def test_the_history_asked_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_questions_are_never_writes() -> None:
    assert read_as_writes(ASKED) == []


@readings(COUNTS + COUNTS_NEAR)
def test_counts_and_the_overall_picture(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
