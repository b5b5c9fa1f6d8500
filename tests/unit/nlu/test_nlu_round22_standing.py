"""Round 22 (standing): where a unit or the organisation stands, asked beside the deadline;
what comes next and by when; more time asked; items still short; the team's members.

Whether a unit has sent, with the deadline said to be near ("…อีกไม่กี่วันหมดเขตแล้ว") or asked
whether it made it ("ไอทีส่งแผนทันไหม"), is the unit's status; two units asked how they are
doing, the organisation's. The organisation's progress or its units' scores after the deadline
are its status. What to do next and by when ("ขั้นตอนถัดไปคืออะไร ต้องส่งวันไหน") is the next
deadlines, no step. More time asked for sending ("ขอเลื่อนส่งแผน…ได้ไหม") is what lateness costs,
never a write. Which items an indicator still lacks is its failed items; the office's team, its
members. Near misses keep their reading."""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]
IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# (1) A unit's sending asked beside the deadline: the unit's status.
UNIT_SENT: list[Case] = [
    ("L", "พี่ๆ คะ กองคลังส่งแผนหรือยังคะ อีกไม่กี่วันหมดเขตแล้ว", "Status", {"unit": "กองคลัง"}),
    ("L", "กจ.ส่งแผนยังครับ อีกไม่กี่วันจะหมดเขตแล้ว", "Status", {"unit": "กองการเจ้าหน้าที่"}),
    ("L", "ไอทีส่งรายชื่อทีมหรือยังคะ อีกไม่กี่วันหมดเขตแล้ว", "Status", {"unit": IT}),
    ("L", "ไอทีส่งแผนทันไหมครับ", "Status", {"unit": IT}),
    ("L", "กองคลังส่งแผนทันมั้ยคะ", "Status", {"unit": "กองคลัง"}),
    ("L", "กนต. ส่งรายชื่อทันไหมครับ", "Status", {"unit": "กองนิติการ"}),
    ("L", "กองคลังกับ กจ. เป็นไงบ้างครับ ส่งกันยัง", "Status", {}),
    ("L", "กองกลางกับกองคลังเป็นยังไงบ้าง ส่งแผนกันยังคะ", "Status", {}),
    ("L", "กองคลังเป็นไงบ้างคะ ส่งแผนยัง", "Status", {"unit": "กองคลัง"}),
]
UNIT_SENT_NEAR: list[Case] = [
    ("L", "ส่งแผนทันไหมคะ เหลืออีกกี่วัน", "Deadlines", {"step": "3"}),
    ("L", "ยังทันส่งแผนไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "พี่คะ ถ้า กค. ส่งแผนวันศุกร์ที่ 31 ตอนบ่ายๆ ยังทันอยู่ไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "อีกกี่วันหมดเขตส่งแผนครับ", "Deadlines", {"step": "3"}),
    ("L", "ใครยังไม่ส่งแผนบ้างน้า อีกไม่กี่วันจะหมดเขตแล้ว", "Missing", {"step": "3"}),
    ("L", "ยังเหลือหน่วยไหนที่ไม่ได้ส่งแผนอยู่ครับ อีกไม่กี่วันหมดเขตแล้ว", "Missing", {"step": "3"}),
    ("L", "ไอทีเหลือกี่วันคะ", "Deadlines", {}),
    ("L", "กองคลังกับ กจ. ส่งแผนกันยัง", "Missing", {"step": "3"}),
]

# (2) The organisation's progress or overview.
OVERVIEW: list[Case] = [
    ("L", "ภาพรวมหลังหมดเขตส่งแผนเป็นยังไงบ้างคะ", "Status", {}),
    ("L", "ความคืบหน้าหลังปิดรับแผนเป็นยังไงบ้างครับ", "Status", {}),
    ("L", "ขอดูคะแนนรายกองหลังปิดส่งแผนหน่อยค่ะ ท่านผอ.ถามมา", "Status", {}),
    ("L", "ขอดูคะแนนรายกองหน่อยค่ะ", "Status", {}),
    ("L", "ตอนนี้องค์กรเราคืบหน้าไปเท่าไหร่แล้วคะ", "Status", {}),
    ("L", "องค์กรของเราคืบหน้าไปถึงไหนแล้วครับ", "Status", {}),
    ("L", "ขอสรุปความคืบหน้า PMQA ปีงบ68 ไปเสนอ ผอ. หน่อยค่ะ", "Status", {}),
    ("B", "สงป. ส่งผลครบกี่ตัวแล้วคะ", "Status", {}),
    ("B", "ส่งผลครบกี่ตัวแล้วครับ", "Status", {}),
]
OVERVIEW_NEAR: list[Case] = [
    ("L", "ขอกราฟคะแนนรายกองหน่อยครับ", "Chart", {}),
    ("L", "หมดเขตส่งแผนวันไหนคะ", "Deadlines", {"step": "3"}),
    ("L", "ไอทีคืบหน้าไปแค่ไหนแล้วครับ", "Status", {"unit": IT}),
    ("B", "ส่งผลครบทุกตัวหรือยังคะ", "Missing", {}),
]

# (3) What comes next and by when: the next deadlines.
NEXT_DUE: list[Case] = [
    ("L", "ขั้นตอนถัดไปคืออะไรคะ ต้องส่งวันไหน", "Deadlines", {}),
    ("L", "ส่งแผนเสร็จแล้วต้องส่งอะไรต่อคะ แล้วเมื่อไหร่", "Deadlines", {}),
    ("L", "เพิ่งเข้าทีมค่ะ ตอนนี้ต้องทำอะไรต่อ แล้วต้องเสร็จภายในวันไหนคะ", "Deadlines", {}),
    ("L", "ขั้นต่อไปต้องส่งอะไร เมื่อไหร่คะ", "Deadlines", {}),
    ("L", "ต้องทำอะไรต่อคะ ภายในวันไหน", "Deadlines", {}),
]
NEXT_DUE_NEAR: list[Case] = [
    ("L", "หลังจากส่งแผนแล้ว ขั้นตอนต่อไปต้องส่งเมื่อไหร่ครับ", "Deadlines", {"step": "4"}),
    ("L", "หลังจากขั้นตอนที่ 3 แล้ว ขั้นถัดไปกำหนดส่งวันไหนคะ", "Deadlines", {"step": "4"}),
    ("L", "ประชุมทีม PMQA ครั้งต่อไปวันไหนคะ", "RuleQuestion", {"topic": "meeting"}),
    ("L", "กำหนดส่งครั้งถัดไปวันไหนครับ", "Deadlines", {}),
]

# (4) More time asked for sending: what lateness costs, never a write.
MORE_TIME: list[Case] = [
    ("L", "ขอเลื่อนส่งแผนไปต้นเดือน ก.พ. ได้ไหมครับ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "กองคลังขอขยายเวลาส่งแผนอีก 3 วันได้ไหมคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ขอยืดเวลาส่งรายงานผลได้มั้ยครับ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "ขอขยายกำหนดส่งแผนได้หรือเปล่าคะ", "RuleQuestion", {"topic": "deductions"}),
]
MORE_TIME_NEAR: list[Case] = [
    ("L", "ขอเลื่อนเตือนเรื่องแผนออกไปอีกวันครับ", "PostponeReminder", {"step": "3"}),
    ("L", "ท่านรองปลัดฯ ขอเลื่อนประชุมเป็นบ่ายสองนะคะ แจ้งทุกกองด้วย", "Unknown", {}),
    (
        "L",
        "ถ้าขอเลื่อนส่งแผนไปต้นเดือนหน้า จะโดนหักกี่คะแนนคะ",
        "RuleQuestion",
        {"topic": "deductions"},
    ),
    ("L", "ส่งแผนวันที่ 20 ได้ไหมคะ หรือยังไม่เปิด", "Deadlines", {"step": "3"}),
]

# (5) Items still short of an indicator; the office's team.
SHORT_AND_TEAM: list[Case] = [
    (
        "O",
        "ตัวชี้วัดจริยธรรมยังขาดข้อไหนคะ",
        "IndicatorQuery",
        {"indicator": ["4", "5"], "aspect": "failed"},
    ),
    ("L", "ขอรายชื่อทีม PMQA ของสำนักงานหน่อยค่ะ จะไล่ตามผล", "Members", {}),
]
SHORT_AND_TEAM_NEAR: list[Case] = [
    ("L", "ขอรายชื่อทีม PMQA ของกองคลังหน่อยค่ะ", "Members", {"unit": "กองคลัง"}),
]

ASKED = [
    text
    for _, text, intent, _ in UNIT_SENT + OVERVIEW + NEXT_DUE + MORE_TIME + SHORT_AND_TEAM
    if intent != "Unknown"
] + [
    "กองคลังขอเลื่อนส่งแผนไปวันที่ 5 ก.พ. ได้ไหมคะ",
    "ขอขยายเวลาส่งแผนอีก 2 วันได้ไหมครับ กองคลังส่งแผนแล้วบางส่วน",
]


@readings(UNIT_SENT + UNIT_SENT_NEAR)
def test_a_units_sending_beside_the_deadline_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(OVERVIEW + OVERVIEW_NEAR)
def test_the_organisations_progress_is_its_status(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(NEXT_DUE + NEXT_DUE_NEAR)
def test_what_comes_next_and_by_when_is_the_next_deadlines(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MORE_TIME + MORE_TIME_NEAR)
def test_more_time_asked_is_what_lateness_costs(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(SHORT_AND_TEAM + SHORT_AND_TEAM_NEAR)
def test_items_short_and_the_offices_team(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_the_questions_are_never_writes() -> None:
    assert read_as_writes(ASKED) == []
