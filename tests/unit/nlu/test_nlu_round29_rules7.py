"""Round 29 (rules7): deadlines asked in words not yet read, rule questions with a figure,
and a rule told to a junior.

"DL" is the deadline typed short ("DLแผนวันไหน", "เดือนหน้ามีDLไหม"); an office deadline in
the same words stays the group's own. A figure of attendance against step 2 ("ทีมเราเข้าได้แค่
83% แบบนี้ขั้นตอนที่ 2 ผ่านมั้ย") asks the attendance rule; the full five wished ("อยากได้5เต็ม
ต้องทำไง") asks the levels. A senior telling a junior what a channel costs ("ส่งกระดาษจะโดนหัก
0.5 นะคะน้อง") asks nothing, while the same rule asked stays a rule question. None of them is
read as a write."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) The deadline typed short.
DL: list[Case] = [
    ("L", "DLแผนวันไหนนะคะะ", "Deadlines", {"step": "3"}),
    ("L", "DL ส่งแผนวันไหนคะ", "Deadlines", {"step": "3"}),
    ("O", "DL?", "Deadlines", {}),
    ("L", "เดือนหน้ามีDLไหมคะ", "Deadlines", {"month": 2}),
    ("L", "DL ใกล้สุดคืออันไหน", "Deadlines", {}),
    ("B", "DLส่งผลตัวชี้วัดเมื่อไหร่ครับ", "Deadlines", {}),
]
# An office deadline typed short stays the group's own.
DL_NOT: list[Case] = [
    ("L", "DLเบิกค่าOTวันไหนนะ ฝ่ายบัญชีถามมา", "Unknown", {}),
]

# (2) Attendance with a figure, against step 2.
ATTENDANCE: list[Case] = [
    ("L", "ทีมเราเข้าได้แค่ 83% แบบนี้ขั้นตอนที่ 2 ผ่านมั้ยครับ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "กองเราเข้าร่วมได้ 80% ขั้นตอนที่ 2 ผ่านไหมคะ", "RuleQuestion", {"topic": "attendance"}),
    (
        "L",
        "แบบนี้ 75% ตกขั้นตอนที่ 2 เลยไหมคะ ยังเหลือกิจกรรมอีกทั้งปี",
        "RuleQuestion",
        {"topic": "attendance"},
    ),
    ("L", "ทีมเข้าไป 70% ขั้น 2 รอดมั้ยครับ", "RuleQuestion", {"topic": "attendance"}),
]
# Step 2 asked of without a figure, or an attendance told, keeps its reading.
ATTENDANCE_NOT: list[Case] = [
    (
        "L",
        "ขั้นตอนที่ 2 ของ กนต. ไม่ผ่าน เข้าประชุมแค่ 70% ค่ะ",
        "MarkStep",
        {"step": "2", "unit": "กองนิติการ", "value": "70", "passed": False},
    ),
    ("L", "ตัวชี้วัดในแผนบรรลุ 90% ผ่านหรือยัง", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ขั้นตอนที่ 2 ต้องทำอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
    ("L", "ใครยังไม่ผ่านขั้นตอนที่ 2 บ้าง", "Missing", {"step": "2"}),
]

# (3) The full five wished.
LEVEL: list[Case] = [
    ("L", "อยากได้5เต็มต้องทำไงมั่งคะ", "RuleQuestion", {"topic": "level"}),
    ("L", "อยากได้ 5 เต็มต้องทำยังไงบ้างคะ", "RuleQuestion", {"topic": "level"}),
    ("L", "ถ้าอยากให้ทุกกองได้ 5 เต็ม ต้องผ่านอะไรบ้างครับ", "RuleQuestion", {"topic": "level"}),
    ("L", "อยากให้กองเราได้ 5 เต็ม ต้องทำอะไรบ้างคะ", "RuleQuestion", {"topic": "level"}),
]

# (4) A rule told to a junior asks nothing; asked, it stays a rule question.
TOLD: list[Case] = [
    ("L", "ต้อง drive เท่านั้นนะน้อง ส่งเมลหรือกระดาษโดนหัก 0.5 เลย", "Unknown", {}),
    ("L", "น่าจะโดนหัก 0.05 เพราะส่งรายชื่อช้านะน้อง", "Unknown", {}),
    ("L", "ส่งกระดาษจะโดนหัก 0.5 นะคะน้อง อัปขึ้น drive ด้วยนะ", "Unknown", {}),
    ("L", "ไม่ต้องส่งอีเมลน้อง ใช้กูเกิลฟอร์มในสไลด์ ไม่งั้นโดนหัก", "Unknown", {}),
    ("L", "ส่งทางเมลโดนหักนะน้อง ใช้ drive นะ", "Unknown", {}),
]
ASKED: list[Case] = [
    ("L", "ส่งทางอีเมลจะโดนหักไหม", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งกระดาษโดนหักไหมคะพี่", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งรายชื่อช้าโดนหักเท่าไหร่คะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งทางเมลได้ม้ายคะ drive เข้าไม่ได้", "RuleQuestion", {"topic": "channel"}),
    ("L", "ส่งทางอีเมลได้ไหมคะ", "RuleQuestion", {"topic": "channel"}),
    # The bot called "น้อง", asked in short, is still asked.
    ("L", "สถานะกองคลังน้อง", "Status", {"unit": "กองคลัง"}),
    ("L", "กำหนดส่งแผนน้อง", "Deadlines", {"step": "3"}),
]

# (5) A deadline asked in other words: a window's opening, a day checked, what is overdue.
DEADLINES: list[Case] = [
    ("L", "ส่งแผนได้ตั้งแต่17ใช่มะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนได้ตั้งแต่วันไหนคะ ตอนนี้เปิดหรือยัง", "Deadlines", {"step": "3"}),
    ("L", "ส่งรายงานผลได้ตั้งแต่เมื่อไหร่คะ", "Deadlines", {"step": "4"}),
    (
        "L",
        "หมดเขตส่งแผน 31 ม.ค. หรือ 30 ม.ค. กันแน่คะ ในหนังสือเวียนเขียนไม่ตรงกัน",
        "Deadlines",
        {"step": "3"},
    ),
    ("L", "ส่งแผน 30 ม.ค. ยังทันใช่มั้ยคะ ไม่โดนหักนะ", "Deadlines", {"step": "3"}),
    ("L", "ถ้าส่งแผนวันที่ 31 เที่ยงคืนพอดีล่ะครับ 555", "Deadlines", {"step": "3"}),
    ("L", "ถ้าอัปแผนวันที่ 31 ตอนห้าทุ่มล่ะคะ", "Deadlines", {"step": "3"}),
    ("L", "นับจากวันนี้ถึง 31 ม.ค. เหลือ 16 วันใช่มั้ยครับ", "Deadlines", {"step": "3"}),
    ("L", "ขั้นตอนที่ 5 ต้องเสร็จก่อนสิ้นปีงบใช่ไหมคะ 30 ก.ย.", "Deadlines", {"step": "5"}),
    ("L", "ตอนนี้มีอะไรที่เลยกำหนดแล้วบ้างคะ", "Deadlines", {}),
    ("L", "ตอนนี้ต้องทำอะไรบ้างคะ ไม่ให้เลยกำหนด", "Deadlines", {}),
    ("L", "กำหนดส่งทั้งปีมีอะไรบ้างครับ ขอแบบเรียงตามวันนะครับ", "Deadlines", {}),
]
# What lateness costs, a unit's sending or a sending told keep their reading.
DEADLINES_NOT: list[Case] = [
    ("L", "ถ้าส่งแผนไม่ทัน 31 ม.ค. จะโดนหักคะแนนยังไงคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งช้าโดนหักกี่คะแนนคะ", "RuleQuestion", {"topic": "deductions"}),
    (
        "L",
        "ศทส ขั้น 3 ส่งแล้ว 31/1 ทันเส้นตายพอดีครับ",
        "MarkStep",
        {"step": "3", "unit": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "done_on": "2025-01-31"},
    ),
    ("L", "DLเบิกค่าOTวันไหนนะ ฝ่ายบัญชีถามมา", "Unknown", {}),
]

# (6) The plan's forms and papers asked.
PAPERS: list[Case] = [
    ("L", "ขอลิ้งโหลดแบบฟอร์ม 1-4 อีกรอบค่ะ หาในไลน์ไม่เจอแล้ว", "RuleQuestion", {"topic": "form"}),
    ("L", "แบบฟอร์ม 3 ต้องทำแยกทุกตัวชี้วัดในแผนเลยหรือเปล่าครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "แบบฟอร์มที่ 3 ต้องทำทุกตัวชี้วัดในแผนเลยไหมคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "แผน 3 ปีกับแผนปฏิบัติการปี 68 ต้องส่งพร้อมกันเลยใช่ไหมคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "แผน3ปีกับแผนปี68 ต้องส่งทั้งคู่เลยมั้ย", "RuleQuestion", {"topic": "step"}),
    ("L", "ส่งเป็นกระดาษแล้วจะโดนหักกี่คะแนนคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ส่งเป็นกระดาษโดนหักกี่คะแนนคะ", "RuleQuestion", {"topic": "deductions"}),
]
PAPERS_NOT: list[Case] = [
    ("L", "ตัวชี้วัดในแผนต้องบรรลุกี่เปอร์เซ็นต์", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "แผนสามปีกับแผนปี 68 หมดเขตพร้อมกันใช่ไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "แผน 3 ปีกับแผนปี 68 ต้องมีกิจกรรมครบ 3 มิติทั้งคู่ไหมคะ", "RuleQuestion", {"topic": "dimensions"}),
    ("L", "กองคลังส่งแผนทั้งคู่แล้วนะคะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]

ALL = (
    DL
    + DL_NOT
    + ATTENDANCE
    + ATTENDANCE_NOT
    + LEVEL
    + TOLD
    + ASKED
    + DEADLINES
    + DEADLINES_NOT
    + PAPERS
    + PAPERS_NOT
)


@readings(DL + DL_NOT)
def test_the_deadline_typed_short(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ATTENDANCE + ATTENDANCE_NOT)
def test_attendance_with_a_figure(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(LEVEL)
def test_the_full_five_wished(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TOLD + ASKED)
def test_a_rule_told_to_a_junior(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DEADLINES + DEADLINES_NOT)
def test_a_deadline_in_other_words(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(PAPERS + PAPERS_NOT)
def test_the_plans_papers_asked(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_is_read_as_a_write() -> None:
    assert unlabelled_writes(ALL) == []
