"""Round 18 (f43): deadlines and who has not sent, by a new outside writer. Whether a day is
still in time (no step named: every deadline), whether one may send on a day, a round's dates,
a step named by its form or by its requirement, the whole year's timeline, a month asked by the
team, words that are no names, who has not sent documents or the results by plan, and an order
to colleagues. A question never becomes a write."""

from __future__ import annotations

from typing import Any

from handlers.nlu.evaluation import category
from tests.fakes.understanding import readings, settled

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
Case = tuple[str, str, str, dict[str, Any]]

# "Will it be in time if I send on <day>": a question of the deadlines, the step's when named.
IN_TIME: list[Case] = [
    ("L", "ส่งวันที่ 30 ยังทันไหมคะ", "Deadlines", {}),
    ("L", "ถ้าส่งสิ้นเดือนจะทันมั้ย", "Deadlines", {}),
    ("L", "ส่ง ๒๘ ม.ค. ทันนะคะ", "Deadlines", {}),
    ("L", "ถ้าส่งวันศุกร์นี้จะทันไหมครับ", "Deadlines", {}),
    ("L", "ส่งพรุ่งนี้ยังทันอยู่มั้ย", "Deadlines", {}),
    ("L", "ส่ง 5 ก.พ. ทันป่ะ", "Deadlines", {}),
    ("L", "ส่งแผน 29 ม.ค. ทันนะครับ", "Deadlines", {"step": "3"}),
    ("L", "รายงานผลส่ง 25 ก.ย. ทันมั้ย", "Deadlines", {"step": "4"}),
    ("L", "รายงานผลส่งวันที่ 20 ก.ย. ยังทันไหมคะ", "Deadlines", {"step": "4"}),
    ("L", "ส่งรายชื่อทีมพรุ่งนี้ยังทันไหม", "Deadlines", {"step": "1"}),
]
# Near misses: a sending told (in time or not), and the cost of being late, asked.
IN_TIME_NEAR: list[Case] = [
    ("L", "ส่งแผนวันที่ 20 แล้ว", "MarkStep", {"step": "3", "done_on": "2025-01-20"}),
    ("L", "ส่งแผนเมื่อวานทันนะ", "MarkStep", {"step": "3", "done_on": "2025-01-14"}),
    (
        "L",
        "กองคลังส่งแผน 28 ม.ค. ทันค่ะ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-28", "unit": "กองคลัง"},
    ),
    (
        "L",
        "ขั้น 1 ของ กจ. ผ่านแล้วครับ ส่งทันกำหนด",
        "MarkStep",
        {"step": "1", "unit": "กองการเจ้าหน้าที่", "passed": True},
    ),
]

# Whether one may send on a day (or must wait for the window): the step's deadlines.
DAY_ALLOWED: list[Case] = [
    ("L", "ส่งแผนวันที่ 20 ได้ไหมคะ หรือยังไม่เปิด", "Deadlines", {"step": "3"}),
    ("L", "วันนี้ส่งแผนเลยได้ไหมคะ หรือต้องรอวันที่ 17", "Deadlines", {"step": "3"}),
    ("L", "พรุ่งนี้ส่งได้เลยไหมคะ ระบบเปิดรับยัง", "Deadlines", {}),
    ("L", "ส่งรายงานผลวันที่ 16 ก.ย. ได้มั้ยครับ", "Deadlines", {"step": "4"}),
    ("L", "มะรืนนี้ส่งรายชื่อทีมได้ไหม", "Deadlines", {"step": "1"}),
    ("L", "ยื่นแผน 18 ม.ค. ได้เลยมั้ยคะ", "Deadlines", {"step": "3"}),
    ("L", "วันนี้ส่งได้หรือยังคะ หรือต้องรอเปิดระบบ", "Deadlines", {}),
    ("L", "ระบบเปิดรับแผนหรือยังคะ", "Deadlines", {"step": "3"}),
    ("L", "เปิดให้ส่งแผนยัง", "Deadlines", {"step": "3"}),
    ("L", "ระบบเปิดรับแล้วยังคะ", "Deadlines", {}),
    ("L", "ระบบยังไม่เปิดรับแผนเลย", "Unknown", {}),
    ("L", "ถ้าพรุ่งนี้ค่อยส่งจะทันไหม", "Deadlines", {}),
]
DAY_ALLOWED_NEAR: list[Case] = [
    ("L", "ส่งแผนวันที่ 20 แล้วค่ะ", "MarkStep", {"step": "3", "done_on": "2025-01-20"}),
    ("L", "ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
]

# A round's dates, no step named.
ROUND: list[Case] = [
    ("L", "รอบที่ 1 ต้องส่งให้ครบภายในวันไหนคะ", "Deadlines", {}),
    ("L", "ขอวันที่ของรอบ ๒ หน่อยครับ เริ่มวันไหนจบวันไหน", "Deadlines", {}),
    ("L", "รอบสองเริ่มวันไหน จบวันไหนคะ", "Deadlines", {}),
    ("L", "รอบแรกต้องส่งให้ครบภายในเมื่อไหร่", "Deadlines", {}),
    ("L", "รอบ 2 ส่งได้ถึงวันไหน", "Deadlines", {}),
    ("L", "ต้องส่งให้ครบถ้วนภายในวันไหนครับ", "Deadlines", {}),
    ("L", "รอบที่ 2 ของแผนเริ่มวันไหน", "Deadlines", {"step": "3"}),
]

# A step named by its form or its requirement.
STEP_BY_FORM: list[Case] = [
    ("L", "ขอวันครบกำหนดของแบบฟอร์ม ๔ ค่ะ", "Deadlines", {"step": "4"}),
    ("L", "แบบฟอร์ม 1 หมดเขตวันไหน", "Deadlines", {"step": "3"}),
    ("L", "ฟอร์ม 4 ครบกำหนดเมื่อไหร่ครับ", "Deadlines", {"step": "4"}),
    ("L", "เข้าร่วมกิจกรรมให้ถึง 85% นี่นับถึงวันไหนครับ", "Deadlines", {"step": "2"}),
    ("L", "การเข้าร่วมประชุมนับถึงเมื่อไหร่คะ", "Deadlines", {"step": "2"}),
    ("L", "เข้าประชุมครบ 85% ต้องภายในวันไหน", "Deadlines", {"step": "2"}),
]
STEP_BY_FORM_NEAR: list[Case] = [
    ("L", "ขอแบบฟอร์ม 4 หน่อยค่ะ", "RuleQuestion", {"topic": "form"}),
    ("L", "เข้าประชุมได้ 80% ยังได้คะแนนไหม", "RuleQuestion", {"topic": "attendance"}),
    ("L", "กองไหนยังเข้าร่วมกิจกรรมไม่ถึง 85% บ้าง", "Missing", {"step": "2"}),
]

# The whole year's timeline, every step's deadline.
TIMELINE: list[Case] = [
    ("L", "ขอ timeline ส่งงาน PMQA ทั้งปีหน่อยค่ะ", "Deadlines", {}),
    ("L", "ช่วยบอกกำหนดส่งทุก step หน่อยครับบอท", "Deadlines", {}),
    ("L", "ขอไทม์ไลน์การส่งงานทั้งปีค่ะ", "Deadlines", {}),
    ("L", "timeline PMQA ปีนี้มีอะไรบ้าง", "Deadlines", {}),
    ("L", "บอกกำหนดส่งทุกขั้นตอนหน่อย", "Deadlines", {}),
    ("L", "ขอ timeline กำหนดส่งทุกขั้นตอนหน่อย", "Deadlines", {}),
    ("P", "ขอไทม์ไลน์การส่งผลขยะหน่อยค่ะ", "History", {"indicator": "2"}),
    ("L", "กองคลังเคยส่งอะไรไปแล้วบ้าง ขอ timeline หน่อย", "History", {"unit": "กองคลัง"}),
]

# A month asked by the team (the team asking is no step's name).
MONTH: list[Case] = [
    ("L", "ทีมขอทราบว่าเดือนมิถุนามีอะไรต้องส่งรึเปล่าครับ", "Deadlines", {"month": 6}),
    ("L", "ทีมเราอยากทราบว่าเดือนกันยายนต้องส่งอะไรบ้าง", "Deadlines", {"month": 9}),
    ("L", "ทีมงานอยากรู้ว่า ก.ย. มีอะไรต้องส่งไหม", "Deadlines", {"month": 9}),
    ("L", "ผมขอทราบว่าเดือนมีนามีอะไรต้องส่งบ้าง", "Deadlines", {"month": 3}),
    ("L", "รายชื่อทีมต้องส่งเดือนไหน", "Deadlines", {"step": "1"}),
    ("L", "ทีมขอทราบว่ารายชื่อทีมส่งวันไหน", "Deadlines", {"step": "1"}),
]

# Words that name nothing, left as a step.
NO_NAMES: list[Case] = [
    ("L", "คงเหลือกี่วันคะ", "Deadlines", {}),
    ("L", "แผนคงเหลือกี่วัน", "Deadlines", {"step": "3"}),
    ("L", "คงเหลืออีกกี่วันครับ", "Deadlines", {}),
    ("L", "ของกองเรายังขาดอะไรอีกมั้ยคะ", "Missing", {}),
    ("L", "ของหน่วยงานเรายังขาดอะไรอีกไหม", "Missing", {}),
    ("L", "ทีมเรายังขาดอะไรอีกมั้ย", "Missing", {}),
]

# Who has not sent: documents, the results by plan, the list asked urgently.
WHO_NOT_SENT: list[Case] = [
    ("L", "หน่วยงานไหนยังไม่ส่งเอกสารบ้างครับ", "Missing", {}),
    ("L", "กองไหนยังไม่ส่งเอกสารบ้าง", "Missing", {}),
    ("L", "กองไหนยังไม่แจ้งผลตัวชี้วัดตามแผนครับ", "Missing", {"step": "5"}),
    ("L", "ใครยังไม่รายงานผลตัวชี้วัดตามแผนบ้าง", "Missing", {"step": "5"}),
    ("L", "หน่วยไหนยังไม่ส่งผลตัวชี้วัดในแผน", "Missing", {"step": "5"}),
    ("L", "กองใดยังไม่ได้แจ้งผลตัวชี้วัดตามแผนบ้างคะ", "Missing", {"step": "5"}),
    ("L", "ใครยังไม่รายงานผลตามแผนบ้าง", "Missing", {"step": "4"}),
    ("L", "ขอรายชื่อคนที่ยังไม่ส่งแผนด่วนค่ะ พรุ่งนี้ประชุม", "Missing", {"step": "3"}),
    ("L", "ขอรายชื่อกองที่ยังไม่ส่งรายชื่อทีมด่วนเลย บ่ายนี้มีประชุม", "Missing", {"step": "1"}),
    ("L", "ใครยังไม่ส่งแผนบ้างคะ ด่วน", "Missing", {"step": "3"}),
]
WHO_NOT_SENT_NEAR: list[Case] = [
    ("L", "ส่งเอกสารไม่ครบจะโดนหักไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "กองไหนยังไม่ส่งแผน", "Missing", {"step": "3"}),
]

# An order to colleagues is chatter; asked of the bot it is still who has not sent.
ORDER: list[Case] = [
    ("L", "น้องๆ ใครยังไม่ส่งรายชื่อทีม รีบส่งนะ ผอ.ตามแล้ว", "Unknown", {}),
    ("L", "ใครยังไม่ส่งแผน รีบส่งด้วยนะคะ", "Unknown", {}),
    ("L", "กองไหนยังไม่ส่งรายงานผล เร่งส่งกันด้วยนะ", "Unknown", {}),
    ("L", "ใครยังไม่ส่งแผน รีบส่งกันนะครับ ใกล้หมดเขตแล้ว", "Unknown", {}),
    ("L", "ใครยังไม่ส่งแผนรีบส่งด้วยค่ะ ใกล้หมดเขตแล้ว", "Unknown", {}),
    ("L", "ใครยังไม่ส่งแผนบ้าง จะได้รีบตาม", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งแผน รีบส่งกันด้วยไหม", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งรายชื่อทีมบ้างคะ", "Missing", {"step": "1"}),
    ("L", "ใครยังไม่ส่งแผนรีบส่งนะ บอทช่วยบอกหน่อยว่ากองไหนบ้าง", "Missing", {"step": "3"}),
    ("L", "หนูสงสัยว่ารายงานผลต้องส่งช่วงไหนคะ ต้องรีบทำเลยหรือเปล่า", "Deadlines", {"step": "4"}),
]

# Has a unit sent a step yet, closed by a casual particle: the unit's status.
SENT_YET: list[Case] = [
    ("L", "ไอทีส่งแผนยังอ่า", "Status", {"unit": IT}),
    ("L", "กองคลังส่งรายชื่อทีมยังอ่ะ", "Status", {"unit": "กองคลัง"}),
    ("L", "ศทส. ส่งแผนยังง่ะ", "Status", {"unit": IT}),
    ("L", "กองคลังส่งแผนแล้วอ่า", "MarkStep", {"step": "3", "unit": "กองคลัง"}),
]

ALL = {
    "in_time": IN_TIME + IN_TIME_NEAR,
    "day_allowed": DAY_ALLOWED + DAY_ALLOWED_NEAR,
    "round": ROUND,
    "step_by_form": STEP_BY_FORM + STEP_BY_FORM_NEAR,
    "timeline": TIMELINE,
    "month": MONTH,
    "no_names": NO_NAMES,
    "who_not_sent": WHO_NOT_SENT + WHO_NOT_SENT_NEAR,
    "order": ORDER,
    "sent_yet": SENT_YET,
}


@readings(IN_TIME + IN_TIME_NEAR)
def test_a_day_asked_whether_still_in_time(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(DAY_ALLOWED + DAY_ALLOWED_NEAR)
def test_whether_one_may_send_on_a_day(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ROUND)
def test_a_rounds_dates(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(STEP_BY_FORM + STEP_BY_FORM_NEAR)
def test_a_step_named_by_its_form_or_requirement(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TIMELINE)
def test_the_whole_years_timeline(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MONTH)
def test_a_month_asked_by_the_team(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NO_NAMES)
def test_words_that_are_no_names(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(WHO_NOT_SENT + WHO_NOT_SENT_NEAR)
def test_who_has_not_sent(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(ORDER)
def test_an_order_to_colleagues(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SENT_YET)
def test_sent_yet_with_a_casual_particle(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_question_of_these_families_is_a_write() -> None:
    for family, cases in ALL.items():
        for org, text, intent, _ in cases:
            if intent != "MarkStep":
                assert category(*settled(text, org)) != "write", (family, text)
