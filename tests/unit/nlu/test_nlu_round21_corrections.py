"""Round 21 (dev_fresh45-52): corrections sent in reply to the confirmation card, and the slots
of step and result reports.

1. A "no, it is X" correction with a new value, unit, dimensions, channel, date or documents.
   A question that merely holds "ไม่ใช่" is never a correction, and a bare "ไม่ใช่" stays a Cancel.
2. Step 2's attendance: the counts kept beside a share told in words of its own ("คิดเป็น 85.71%",
   "ครบ100%"), a share after the team's name ("ทีม PMQA ร้อยละ ๙๒.๓๑"), every meeting attended
   ("100% ทุกครั้งเลย") told, not asked, and the step failed as "ตกขั้นสอง".
3. Result reports: a score told with what was cut, the first count told (not the increase), a
   share named before the indicator.
"""

from __future__ import annotations

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

# -- 2. step 2's attendance ------------------------------------------------------------------
ATTENDANCE = [
    (
        "L",
        "PMQA Team กค. เข้าร่วม 6 ใน 7 ครั้ง คิดเป็น 85.71% ผ่านค่ะ",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "met": 6, "of": 7, "value": "85.71", "passed": True},
    ),
    (
        "L",
        "กองกลางเข้าประชุม 5 จาก 6 ครั้ง คิดเป็นร้อยละ 83.33 ครับ",
        "MarkStep",
        {"step": "2", "unit": "กองกลาง", "met": 5, "of": 6, "value": "83.33"},
    ),
    (
        "L",
        "กจ.ทีมเข้าประชุม ๖ จาก ๖ ครั้งค่ะ ครบ100%",
        "MarkStep",
        {"step": "2", "unit": "กองการเจ้าหน้าที่", "met": 6, "of": 6, "value": "100"},
    ),
    (
        "L",
        "กองนิติการขอแจ้งผลการเข้าร่วมกิจกรรมของทีม PMQA ร้อยละ ๙๒.๓๑ ครับ",
        "MarkStep",
        {"step": "2", "unit": "กองนิติการ", "value": "92.31"},
    ),
    (
        "L",
        "กองกลางเข้าประชุม 100% ทุกครั้งเลยครับ",
        "MarkStep",
        {"step": "2", "unit": "กองกลาง", "value": "100"},
    ),
    (
        "L",
        "ทีมไอทีเข้าประชุมแค่ 4 จาก 6 ครั้ง ตกขั้นสองครับ",
        "MarkStep",
        {"step": "2", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "met": 4, "of": 6, "passed": False},
    ),
    # Near misses: a share worked out with "=" is the value alone; a question stays a question.
    (
        "L",
        "กจ. เข้าประชุม ๗ ใน ๘ ครั้ง = ๘๗.๕ % ค่ะ",
        "MarkStep",
        {"step": "2", "unit": "กองการเจ้าหน้าที่", "value": "87.5"},
    ),
    ("L", "ต้องเข้าประชุม 100% ทุกครั้งไหมคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "กองคลังตกลงส่งแผนแล้วนะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


@readings(ATTENDANCE)
def test_attendance_reports(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 3. result reports -----------------------------------------------------------------------
RESULTS = [
    (
        "P",
        "ผลประเมิน PMQA จังหวัดรอบนี้ 402.5 คะแนนค่ะ",
        "SubmitValue",
        {"indicator": "6", "value": "402.5", "raw_value": "402.5"},
    ),
    (
        "O",
        "ชุดข้อมูลที่ขึ้นทะเบียนบัญชีข้อมูลภาครัฐตอนนี้ ๔๑ ชุดครับ เพิ่มจากเดือนที่แล้ว ๓ ชุด",
        "SubmitValue",
        {"indicator": "6", "value": "41", "raw_value": "๔๑"},
    ),
    (
        "L",
        "บันทึกคะแนนกองนิติการ 4.95 ครับ หักส่งช้าไป 0.05",
        "SubmitValue",
        {"indicator": "1", "value": "4.95", "raw_value": "4.95", "unit": "กองนิติการ"},
    ),
    (
        "B",
        "ร้อยละเทศบาลรับงบตรง 42.5 นะครับ ตามข้อมูล สถ.",
        "SubmitValue",
        {"indicator": "1", "value": "42.5", "raw_value": "42.5", "percent": True},
    ),
    # Near misses: the new figure after "เพิ่มเป็น"; asked, the score and the cut stay questions.
    (
        "B",
        "GD Catalog เพิ่มเป็น 41 ชุดครับ",
        "SubmitValue",
        {"indicator": "5", "value": "41", "raw_value": "41"},
    ),
    (
        "P",
        "ผลประเมิน PMQA จังหวัดรอบนี้ 402.5 คะแนนใช่ไหมคะ",
        "IndicatorQuery",
        {"indicator": "6", "aspect": "result"},
    ),
    (
        "L",
        "บันทึกคะแนนกองนิติการ 4.95 ครับ หักส่งช้าไป 0.05 ถูกไหม",
        "RuleQuestion",
        {"topic": "deductions"},
    ),
    ("P", "ผลการประเมินรอบนี้เป็นยังไงบ้าง", "Status", {}),
]


@readings(RESULTS)
def test_result_reports(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# -- 1. a correction sent in reply to the card -----------------------------------------------
CORRECTIONS = [
    (
        "L",
        "ไม่ใช่ 3 ครับ กองคลังได้ 4",
        "SubmitValue",
        {"value": "4", "raw_value": "4", "unit": "กองคลัง"},
    ),
    (
        "L",
        "ไม่ใช่ 3 ค่ะ กองกลางได้ 4.5 คะแนน",
        "SubmitValue",
        {"value": "4.5", "raw_value": "4.5", "unit": "กองกลาง"},
    ),
    ("L", "ไม่ใช่ 5 ครั้งค่ะ เข้าร่วม 6 จาก 7 ครั้ง", "MarkStep", {"met": 6, "of": 7}),
    (
        "L",
        "กองบุคคลขอแก้ค่ะ ส่งวันจันทร์ ไม่ใช่เมื่อวาน",
        "MarkStep",
        {"unit": "กองการเจ้าหน้าที่", "done_on": "2025-01-13"},
    ),
    ("L", "ขอโทษครับ แก้ผลเมื่อกี้เป็น 16 ไม่ใช่ 15", "SubmitValue", {"value": "16", "raw_value": "16"}),
    (
        "P",
        "จุดทศนิยมเลื่อนค่ะ ที่ถูกคือ 1,462.21 ไม่ใช่ 146.221",
        "SubmitValue",
        {"value": "1462.21", "raw_value": "1,462.21"},
    ),
    (
        "B",
        "ไม่ใช่ปี 67 ครับ baseline PMQA ปี 2566 ได้ 391 คะแนน",
        "SubmitBaseline",
        {"indicator": "8", "value": "391", "raw_value": "391", "year": 2566},
    ),
    ("L", "ไม่ใช่ drive ครับ ส่งเป็นเล่มกระดาษไปที่ห้อง กพร.", "MarkStep", {"channel": "paper"}),
    ("L", "มิติไม่ครบนะคะ มีแค่มิติ 1 กับ 2", "MarkStep", {"dims": [1, 2]}),
    ("L", "เอกสารยังไม่ครบครับ ขาดฟอร์ม 3", "MarkStep", {"documents": "incomplete"}),
]


@readings(CORRECTIONS)
def test_corrections_of_the_card(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# Near misses: a bare no stays a Cancel; a unit's count or a question is no correction.
CORRECTION_NEAR_MISSES = [
    ("L", "ไม่ใช่", "Cancel", {}),
    ("L", "ไม่ใช่ค่ะ", "Cancel", {}),
    (
        "L",
        "ไม่ใช่ 5 ครั้งค่ะ กองคลังเข้าร่วม 6 จาก 7 ครั้ง",
        "MarkStep",
        {"step": "2", "unit": "กองคลัง", "met": 6, "of": 7},
    ),
    ("L", "เมื่อกี้เป็น 16 ค่ะ", "Unknown", {}),
    (
        "L",
        "แผนกองคลังมิติไม่ครบ มีแค่มิติ 1 กับ 2",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "dims": [1, 2]},
    ),
]


@readings(CORRECTION_NEAR_MISSES)
def test_correction_near_misses(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


# Questions holding "ไม่ใช่" or a figure said not to be: never a write.
QUESTIONS = [
    "ไม่ใช่ขยะเหรอ ที่ต้องส่ง?",
    "ไม่ใช่ 3 ครับ กองคลังได้ 4 ใช่ไหม",
    "ไม่ใช่ 3 หรอ กองคลังได้ 4 เหรอ",
    "ส่งวันจันทร์ ไม่ใช่เมื่อวานเหรอ",
    "ไม่ใช่ 5 ครั้งเหรอ เข้าร่วม 6 จาก 7 ครั้งไหม",
    "ไม่ใช่ปี 67 เหรอ baseline PMQA ปี 2566 ได้เท่าไหร่",
    "ผลประเมิน PMQA 402.5 คะแนน ถือว่าดีไหมคะ",
    "ไม่ใช่ drive เหรอครับ ส่งเป็นเล่มกระดาษได้ไหม",
    "เอกสารยังไม่ครบ ขาดฟอร์ม 3 ต้องทำไงคะ",
    "ถ้ามิติไม่ครบ มีแค่มิติ 1 กับ 2 ผ่านไหม",
    "มิติไม่ครบ มีแค่มิติ 1 กับ 2 จะได้กี่คะแนน",
]


def test_questions_are_no_corrections() -> None:
    for org in ("L", "P", "B"):
        assert [t for t in QUESTIONS if category(*settled(t, org)) == "write"] == []


# An English correction answering the card: the right figure pointed at.
ENGLISH = [
    (
        "L",
        "no, it should be 82.5%",
        "SubmitValue",
        {"value": "82.5", "raw_value": "82.5%", "percent": True},
    ),
    ("L", "no", "Cancel", {}),
    ("L", "no, it should be 82.5%?", "Unknown", {}),
]


@readings(ENGLISH)
def test_english_corrections(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)
