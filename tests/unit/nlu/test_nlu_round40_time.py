"""Round 40 (time40): deadlines and the time-related rules (misses of dev_fresh139 on arrival).

(1) The year's timeline named without a question ("timeline ปีงบ 68 ทั้งหมด") is its calendar;
a unit's timeline, or the one gone by, stays the history.
(2) Deadlines asked in other words: working days left in English, "deadline" typed as ดีดไลน์,
a typo beside a word typed right ("หมดเขคเมื่อไหร่"), the month a window opens ("เปิดรับเดือน
ไหน"), the hour of the last day ("ก่อนกี่โมง"), a month's abbreviation opening what is due
("ก.ย. ต้องส่งอะไรอีกบ้าง"), what the next step sends ("ขั้นตอนต่อไปต้องส่งอะไร"), the due
asked after what a meeting told. Near misses: a unit's dues stay its status, a numbered step's
needs stay the rule's, another meeting's hour names nothing.
(3) Deadline words about everyday life (holidays, gifts, parties, chores) name no step of the
plan; the bot's commands asked beside a deadline ask for help.
(4) A round's steps asked in English, a round's full score: the round's rule.
(5) Other rules asked: a way of sending asked in English ("can we submit the plan by email?"),
whether the bar itself passes a step ("ต้องเกิน 85 หรือ 85 พอดีก็ผ่าน"), whether the plans go
as two ("…แยกกันไหม"). Near misses: a step told passed, plans told sent, files asked (forms).
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) The year's timeline.
TIMELINE: list[Case] = [
    ("L", "timeline ปีงบ 68 ทั้งหมด", "Deadlines", {}),
    ("L", "ไทม์ไลน์ทั้งปี", "Deadlines", {}),
    ("L", "timeline ปีนี้ค่ะ", "Deadlines", {}),
    ("L", "timeline การส่งของกองการเจ้าหน้าที่", "History", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "timeline ที่ผ่านมาของปีงบ 68", "History", {}),
]


@readings(TIMELINE)
def test_the_years_timeline_is_its_calendar(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (2) Deadlines asked in other words, and their near misses.
DUES: list[Case] = [
    ("L", "how many working days left?", "Deadlines", {}),
    ("L", "how many business days are left?", "Deadlines", {}),
    ("L", "ดีดไลน์ใกล้สุดวันไหนคับ", "Deadlines", {}),
    ("L", "ดีดไลน์แผนวันไหน", "Deadlines", {"step": "3"}),
    ("L", "แบบฟอร์ม 1-3 หมดเขคเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "ฟอร์ม 4 เปิดรับเดือนไหนนะ", "Deadlines", {"step": "4"}),
    ("L", "รายงานผลเปิดรับเดือนอะไรคะ", "Deadlines", {"step": "4"}),
    ("L", "ต้องส่งแผนก่อนกี่โมงของวันที่ 31", "Deadlines", {"step": "3"}),
    ("L", "รายชื่อทีมส่งได้ถึงกี่โมง", "Deadlines", {"step": "1"}),
    ("L", "ก.ย. ต้องส่งอะไรอีกบ้างครับ", "Deadlines", {"month": 9}),
    ("L", "ธ.ค. มีอะไรต้องส่งบ้าง", "Deadlines", {"month": 12}),
    ("L", "ขั้นตอนต่อไปต้องส่งอะไรคะ", "Deadlines", {}),
    ("L", "ขั้นถัดไปต้องส่งไรครับ", "Deadlines", {}),
    ("L", "ตามที่แจ้งในที่ประชุม แผนต้องส่งภายในวันที่เท่าไหร่คะ", "Deadlines", {"step": "3"}),
    ("L", "ตามที่พี่แจ้งไว้ในที่ประชุม รายงานผลต้องส่งภายในวันที่เท่าไหร่คะ", "Deadlines", {"step": "4"}),
    ("L", "เหลือกี่วันทำการ ไม่นับเสาร์อาทิตย์กับวันหยุดนะครับ", "Deadlines", {}),
    ("L", "ช่วงสงกรานต์เดือน เม.ย. มีงานต้องส่งไหมคะ จะได้วางแผนลาค่ะ", "Deadlines", {"month": 4}),
]
NOT_DUES: list[Case] = [
    ("L", "กองคลังต้องส่งอะไรอีกบ้าง", "Status", {"unit": "กองคลัง"}),
    ("L", "ขั้นตอนที่ 4 ต้องส่งอะไรคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "ขั้นตอนถัดไปคืออะไรคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "พรุ่งนี้ประชุมกี่โมง", "Unknown", {}),
    ("L", "ประชุมชี้แจงวันไหนคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "ยกเลิกก", "Cancel", {}),
    ("L", "upcoming deadlines?", "Deadlines", {}),
    ("L", "which steps are done for กองคลัง?", "Unknown", {}),
]


@readings(DUES + NOT_DUES)
def test_deadlines_asked_in_other_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (3) Everyday dues, and the bot's commands.
EVERYDAY: list[Case] = [
    ("L", "สงกรานต์ปีนี้หยุดกี่วันคะ", "Unknown", {}),
    ("L", "เดดไลน์งานบ้านก็เยอะ งานออฟฟิศก็เยอะ 😅", "Unknown", {}),
    ("L", "กำหนดส่งของขวัญจับฉลากปีใหม่วันไหนคะ", "Unknown", {}),
    ("L", "สรุปเลี้ยงส่งพี่สมชายวันไหนนะ", "Unknown", {}),
    ("L", "เดดไลน์ส่งเอกสารเบิกค่าเดินทางวันไหน", "Unknown", {}),
    ("L", "น้องบอทมีคำสั่งอะไรให้ใช้บ้างคะ อยากถามเรื่องกำหนดส่ง", "Help", {}),
    ("L", "เดดไลน์แผนคือวันไหน", "Deadlines", {"step": "3"}),
]


@readings(EVERYDAY)
def test_everyday_dues_name_no_step(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (4) A round's steps and full score.
ROUNDS: list[Case] = [
    ("L", "round 2 covers which steps?", "RuleQuestion", {"topic": "round"}),
    ("L", "round 1 covers which steps", "RuleQuestion", {"topic": "round"}),
    ("L", "รอบ 2 มีคะแนนเต็มกี่คะแนน", "RuleQuestion", {"topic": "round"}),
    ("L", "รอบแรกคะแนนเต็มเท่าไหร่คะ", "RuleQuestion", {"topic": "round"}),
    ("L", "คะแนนเต็มเท่าไหร่", "RuleQuestion", {"topic": "level"}),
]


@readings(ROUNDS)
def test_a_rounds_steps_and_full_score(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (5) Other rules asked.
RULES: list[Case] = [
    ("L", "can we submit the plan by email?", "RuleQuestion", {"topic": "channel"}),
    ("L", "can i send the plan via line?", "RuleQuestion", {"topic": "channel"}),
    ("L", "can we submit the plan by 31 jan?", "Deadlines", {"step": "3"}),
    ("L", "ขั้นตอนที่ 2 ต้องเกิน 85 หรือ 85 พอดีก็ผ่านคะ", "RuleQuestion", {"topic": "attendance"}),
    ("L", "ขั้นตอนที่ 5 บรรลุ 85 พอดีผ่านไหม", "RuleQuestion", {"topic": "thresholds"}),
    ("L", "ต้องส่งแผน 3 ปีกับแผนปี 68 แยกกันไหมคะ", "RuleQuestion", {"topic": "step"}),
    ("L", "แผนสองฉบับส่งแยกกันได้ไหม", "RuleQuestion", {"topic": "step"}),
]
NOT_RULES: list[Case] = [
    ("L", "ขั้นตอนที่ 2 ผ่านแล้ว 85 พอดี", "MarkStep", {"step": "2", "passed": True, "value": "85"}),
    ("L", "แผน 3 ปี กับแผนปฏิบัติการปี 68 ต้องแยกไฟล์ไหมครับ", "RuleQuestion", {"topic": "form"}),
    ("L", "กองคลังส่งแผนแยกกันแล้วนะคะ", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]


@readings(RULES + NOT_RULES)
def test_other_rules_asked(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_time_question_is_read_as_a_write() -> None:
    assert unlabelled_writes(TIMELINE + DUES + EVERYDAY + ROUNDS + RULES) == []
