"""Round 32 (rules9): questions about the plan's rules read as deadlines or something else.

A step named with what it needs or counts asked ("ขั้นที่ 1 ส่งรายชื่อใครบ้าง", "ขั้นตอนที่ 1
นับพนักงานราชการเข้าทีมด้วยไหม", "ขั้นตอนที่ 4 กับ 5 ต่างกันยังไง", "ขั้นตอนที่ 1 ถึง 5 มีอะไร
บ้าง") is the steps' rule, not the step's deadline; its share counted ("ขั้นตอนที่ 2 นับเปอร์เซ็นต์
ยังไง รายคนหรือรายครั้ง") is attendance's for step 2. Where a paper goes ("ต้องกรอกที่ไหน",
"ทาง google drive อย่างเดียวเลยเหรอ", "ต้องส่ง hard copy ด้วยมั้ย") is the channel; a share
counted per person or per time and a stand-in sent in a case supposed are attendance's; a
score gone below zero is the deductions'; a count of the plan's indicators met put against
passing is the thresholds'; the points of each step are the levels'.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

STEP = {"topic": "step"}
ATTENDANCE = {"topic": "attendance"}
CHANNEL = {"topic": "channel"}
DEDUCTIONS = {"topic": "deductions"}
THRESHOLDS = {"topic": "thresholds"}
LEVEL = {"topic": "level"}
ROUND = {"topic": "round"}

# (1) A step named, what it needs or counts asked: the steps' rule, not its deadline.
STEP_NEEDS: list[Case] = [
    ("L", "ขั้นที่ 1 ส่งรายชื่อใครบ้างครับ ข้าราชการอย่างเดียวไหม", "RuleQuestion", STEP),
    ("L", "ขั้นตอนที่ 1 นับพนักงานราชการเข้าทีมด้วยไหมครับ", "RuleQuestion", STEP),
    ("L", "ขั้นตอนที่ 1 ลูกจ้างประจำนับด้วยมั้ยคะ", "RuleQuestion", STEP),
    ("L", "ขั้นที่ 1 ส่งรายชื่อทีมอย่างเดียวใช่มั้ยคะ", "RuleQuestion", STEP),
    ("L", "ขั้นตอนที่ 4 กับ 5 ต่างกันยังไงครับ", "RuleQuestion", STEP),
    ("L", "ขั้นตอนที่ 3 ต้องส่งแบบฟอร์มอะไรบ้างครับ", "RuleQuestion", STEP),
    (
        "L",
        "สวัสดีค่ะ เพิ่งย้ายมาอยู่ทีม PMQA ค่ะ ขั้นตอนที่ 1 ถึง 5 มีอะไรบ้างคะ ยังงงๆอยู่",
        "RuleQuestion",
        STEP,
    ),
    # Near misses: a step's day, who has not done it, a step done, a form's own question.
    ("L", "ขั้นที่ 1 ส่งรายชื่อวันไหน", "Deadlines", {"step": "1"}),
    ("L", "ขั้นตอนที่ 2 ใครยังไม่เข้าประชุมบ้าง", "Missing", {"step": "2"}),
    ("L", "ขั้นตอนที่ 1 ส่งรายชื่อแล้วค่ะ", "MarkStep", {"step": "1"}),
    ("L", "ขั้นตอนที่ 3 ส่งวันไหน", "Deadlines", {"step": "3"}),
    ("L", "ขั้นตอนที่ 4 ต้องใช้แบบฟอร์มอะไรคะ", "RuleQuestion", {"topic": "form"}),
    ("L", "ฝากรายชื่อคนไปงานแต่งน้องฝ้ายด้วยค่ะ ส่งภายในวันนี้นะ", "Unknown", {}),
]

# (2) A share counted per person or per time, a stand-in sent, a rounding of attending.
ATTENDING: list[Case] = [
    ("L", "ขั้นตอนที่ 2 นับเปอร์เซ็นต์ยังไงคะ รายคนหรือรายครั้ง", "RuleQuestion", ATTENDANCE),
    ("L", "85% นับเป็นรายคนหรือรายกองคะ", "RuleQuestion", ATTENDANCE),
    ("L", "ร้อยละ 85 คิดจากจำนวนคนหรือจำนวนครั้งครับ", "RuleQuestion", ATTENDANCE),
    (
        "L",
        "ถ้าคนในทีมติดราชการแล้วส่งคนอื่นมาแทน นับการเข้าร่วมไหมครับ",
        "RuleQuestion",
        ATTENDANCE,
    ),
    # Near misses: a share rounded is the thresholds' (the corpus's majority, attending named
    # or not); the threshold named, counted per person or per time, is the thresholds' too.
    ("L", "84.5% ปัดเป็น 85 ได้ไหม", "RuleQuestion", THRESHOLDS),
    ("L", "ถ้าเข้าประชุม 84.5% ปัดเป็น 85 ได้ไหมครับ", "RuleQuestion", THRESHOLDS),
    (
        "L",
        "เกณฑ์ร้อยละ 85 ในขั้นตอนที่ 2 คิดจากจำนวนครั้งที่เข้าร่วม หรือจำนวนคนในทีมที่เข้าร่วมครับ",
        "RuleQuestion",
        THRESHOLDS,
    ),
    ("L", "ขั้นตอนที่ 2 เข้าประชุมกี่ครั้ง", "RuleQuestion", ATTENDANCE),
    # The step explained as a whole, its counting beside: the step's.
    ("L", "อธิบายขั้นตอนที่ 2 ให้หน่อยได้ไหมครับ เข้าร่วมกิจกรรมนับยังไง", "RuleQuestion", STEP),
    ("L", "ขั้น 2 กับขั้น 5 เกณฑ์ผ่านต่างกันไหมคะ", "RuleQuestion", THRESHOLDS),
]

# (3) Where a paper goes, asked: the channel.
CHANNELS: list[Case] = [
    ("L", "รายชื่อ PMQA team ต้องกรอกที่ไหนครับ", "RuleQuestion", CHANNEL),
    ("L", "แผนต้องส่งทาง google drive อย่างเดียวเลยเหรอคะ", "RuleQuestion", CHANNEL),
    ("L", "ส่งทางอีเมลอย่างเดียวได้ไหมคะ", "RuleQuestion", CHANNEL),
    ("L", "ต้องส่ง hard copy ด้วยมั้ย", "RuleQuestion", CHANNEL),
    ("L", "ส่งผ่านระบบสารบรรณอิเล็กทรอนิกส์แทนได้ไหมคะ", "RuleQuestion", CHANNEL),
    ("L", "ถ้าปริ้นท์แผนไปวางที่ห้อง กพร. จะโดนตัดไหมครับ", "RuleQuestion", CHANNEL),
    # Near miss: how much a way of sending costs is the deductions' (the corpus's majority).
    ("L", "ส่งเป็นกระดาษโดนหักกี่คะแนนคะ", "RuleQuestion", DEDUCTIONS),
    # Near misses: sendings told.
    (
        "L",
        "กองคลังส่งแผนทาง google drive แล้ว",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_drive"},
    ),
    ("L", "ส่งแผนทางอีเมลอย่างเดียวแล้วค่ะ", "MarkStep", {"step": "3", "channel": "email"}),
]

# (4) Deductions, thresholds, levels, rounds.
OTHER_RULES: list[Case] = [
    ("L", "คะแนนติดลบได้ไหมครับ ถ้าโดนหักเยอะๆ", "RuleQuestion", DEDUCTIONS),
    ("L", "ถ้าโดนหักหลายข้อ คะแนนติดลบได้ไหมครับ", "RuleQuestion", DEDUCTIONS),
    (
        "L",
        "หากส่งเอกสารประกอบการประเมินในขั้นตอนที่ 3 ไม่ครบ จะถูกตัดคะแนนเท่าใดคะ",
        "RuleQuestion",
        DEDUCTIONS,
    ),
    ("L", "ถ้ามี 6 ตัว บรรลุ 5 ตัว = 83% ผ่านไหม", "RuleQuestion", THRESHOLDS),
    ("L", "บรรลุ 9 ตัวจาก 10 ตัว ผ่านมั้ยคะ", "RuleQuestion", THRESHOLDS),
    ("L", "85% ของอะไร", "RuleQuestion", THRESHOLDS),
    ("L", "แต่ละขั้นได้กี่คะแนน ขั้นละ 1 ใช่ไหมครับ", "RuleQuestion", LEVEL),
    ("L", "ขั้นตอนละกี่คะแนนคะ", "RuleQuestion", LEVEL),
    ("L", "รอบ ๒ ส่งกันช่วงไหน มีอะไรต้องเตรียม", "RuleQuestion", ROUND),
    ("L", "รอบแรกประเมินขั้นตอนไหนบ้างครับ", "RuleQuestion", ROUND),
    ("L", "รอบที่ 2 ดูขั้นไหนบ้างคะ", "RuleQuestion", ROUND),
    # Near misses: a unit's count told; an indicator's own steps; a round's report due.
    ("L", "กองคลังบรรลุ 5 ตัวค่ะ", "MarkStep", {"step": "?", "value": "5", "unit": "กองคลัง"}),
    ("L", "ขยะแต่ละขั้นได้กี่คะแนน", "IndicatorQuery", {"indicator": "?ขยะ", "aspect": "criteria"}),
    ("L", "ส่งเอกสารไม่ครบโดนตัดขั้นตอนละ 0.05 หรือ 0.5 คะ", "RuleQuestion", DEDUCTIONS),
]


@readings(STEP_NEEDS)
def test_a_steps_needs_asked_are_the_steps_rule(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ATTENDING)
def test_how_attending_counts_is_attendances_rule(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(CHANNELS)
def test_where_a_paper_goes_is_the_channel(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OTHER_RULES)
def test_deductions_thresholds_levels_and_rounds(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_none_of_the_questions_is_read_as_a_write() -> None:
    questions = [
        text
        for _, text, intent, _ in STEP_NEEDS + ATTENDING + CHANNELS + OTHER_RULES
        if intent == "RuleQuestion"
    ]
    assert read_as_writes(questions) == []
