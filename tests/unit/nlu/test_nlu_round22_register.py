"""Round 22 (dev_fresh62–63): a member telling which unit's team they are in, days told as
"N วันก่อน", a month's part with no day, and the step named in a postponed reminder.

1. The sender telling they are (or were just made) a unit's PMQA team, signed up as in an
   alias ("ลงชื่อว่าอยู่ไอที"), or moved from one unit to another with an ask after it:
   RegisterUnit of the unit joined (the corpus: "ผมเป็นทีม PMQA ของนิติการครับ ขอ register",
   "หนูอยู่กองการเจ้าหน้าที่ค่ะ เพิ่งได้รับมอบหมายให้เป็นทีม PMQA ค่ะ"). Who is in a team stays
   Members, news of someone else registers nobody, and a question after it stays a question.
2. "เมื่อ 3 วันก่อน", "2 วันที่แล้ว": the day so many days back, never a value; "3 วันก่อน
   ครบกำหนด" (before a deadline) stays the reminder's days.
3. "ปลายพ.ย.", "ต้นเดือน ธ.ค.": a part of a month names no day and no unit; "ส่งไปตั้งแต่
   เดือนที่แล้ว" tells a step done, no question of a month's deadlines.
4. "เลื่อนเตือนแผนไปอีกวันครับ ยังไม่พร้อม": the step named in the postponement, the reason
   after the particle no part of it.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import read_as_writes, readings, settled

Case = tuple[str, str, str, dict[str, Any]]

IT = "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"

# -- 1. the sender's own team of a unit ---------------------------------------------------------
REGISTER: list[Case] = [
    ("L", "ผมเป็นทีม PMQA ของกองกลางครับ", "RegisterUnit", {"unit": "กองกลาง"}),
    ("L", "หนูเป็นทีม PMQA ของกองคลังค่ะ", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ดิฉันอยู่ทีม PMQA ของ กจ. ค่ะ", "RegisterUnit", {"unit": "กองการเจ้าหน้าที่"}),
    (
        "L",
        "สวัสดีค่ะ ดิฉันจากกองนิติการ เพิ่งได้รับมอบหมายให้เป็นทีม PMQA ค่ะ",
        "RegisterUnit",
        {"unit": "กองนิติการ"},
    ),
    ("L", "ผมจากกองคลังครับ เพิ่งได้รับมอบหมายให้เป็นทีม PMQA", "RegisterUnit", {"unit": "กองคลัง"}),
    ("L", "ลงชื่อว่าอยู่ไอทีครับ", "RegisterUnit", {"unit": IT}),
    ("L", "ลงชื่อว่าอยู่ กนต. ค่ะ", "RegisterUnit", {"unit": "กองนิติการ"}),
    (
        "L",
        "ย้ายจากกองกลางไปอยู่กองนิติการแล้วครับ อัปเดตให้ด้วย",
        "RegisterUnit",
        {"unit": "กองนิติการ"},
    ),
    ("L", "ย้ายจากกองคลังมาอยู่ ศทส. แล้วค่ะ แก้ให้หน่อย", "RegisterUnit", {"unit": IT}),
]
REGISTER_NEAR: list[Case] = [
    # Who is in a team: Members.
    ("L", "ใครเป็นทีม PMQA ของกองกลางบ้างครับ", "Members", {"unit": "กองกลาง"}),
    ("L", "ทีม PMQA ของกองกลางมีใครบ้างคะ", "Members", {"unit": "กองกลาง"}),
    # A question after it is asked (the corpus: gr170, ft159).
    (
        "L",
        "ผมเพิ่งได้เป็นทีม PMQA ของกองการเจ้าหน้าที่ครับ ยังไม่ค่อยเข้าใจ ขั้นตอนที่ 3 ต้องทำอะไรบ้างครับ",
        "RuleQuestion",
        {"topic": "step"},
    ),
    # No unit named: a greeting (the corpus: hj184).
    ("L", "สวัสดีค่ะทุกคน หนูเป็นน้องใหม่ทีม PMQA ค่ะ ฝากตัวด้วยนะคะ", "SmallTalk", {"kind": "greeting"}),
    # A signature asked on a document registers nobody.
    ("L", "ลงชื่อในหนังสือว่าอยู่ระหว่างดำเนินการนะคะ", "Unknown", {}),
]
# News of someone else registers nobody (read as anything but a registration).
SOMEONE_ELSE = [
    "พี่เอเป็นทีม PMQA ของกองกลาง",
    "น้องฝนเป็นทีม PMQA ของกองคลังนะคะ",
    "พี่สมชายย้ายจากกองกลางไปอยู่กองนิติการแล้วครับ",
]

# -- 2. N days back -----------------------------------------------------------------------------
DAYS_BACK: list[Case] = [
    (
        "L",
        "อัปโหลดแผนขึ้นไดรฟ์ไปแล้วเมื่อ 3 วันก่อนค่ะ",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-12", "channel": "google_drive"},
    ),
    (
        "L",
        "ส่งแผนแทน กนต. แล้วนะครับ เมื่อ 2 วันก่อน",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "done_on": "2025-01-13"},
    ),
    (
        "L",
        "กองคลังส่งแผนไปแล้ว 5 วันที่แล้วครับ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "done_on": "2025-01-10"},
    ),
    ("L", "ส่งรายชื่อทีมไปเมื่อ 4 วันที่ผ่านมาค่ะ", "MarkStep", {"step": "1", "done_on": "2025-01-11"}),
    # Near misses: days before a deadline are the reminder's, a count of days is no date.
    ("B", "ตั้งเตือน 3 วันก่อนครบกำหนดครับ", "ReminderSettings", {"action": "set", "days": [3]}),
    ("L", "ตั้งเตือน 3 2 1 วันก่อนหมดเขตนะคะ", "ReminderSettings", {"action": "set", "days": [3, 2, 1]}),
    ("L", "เลื่อนเตือน 2 วันค่ะ", "PostponeReminder", {}),
]

# -- 3. a month's part, last month ----------------------------------------------------------------
VAGUE: list[Case] = [
    ("L", "ส่งรายชื่อทีมไปแล้วตั้งแต่ปลายพ.ย.ค่ะ", "MarkStep", {"step": "1"}),
    ("L", "ส่งรายชื่อทีมไปแล้วตั้งแต่ต้น ธ.ค. ครับ", "MarkStep", {"step": "1"}),
    ("L", "กองคลังส่งรายชื่อทีมไปตั้งแต่กลางพ.ย.แล้วค่ะ", "MarkStep", {"step": "1", "unit": "กองคลัง"}),
    ("L", "step 1 done ค่ะ ส่งไปตั้งแต่เดือนที่แล้ว", "MarkStep", {"step": "1"}),
    ("L", "ส่งรายชื่อทีมไปตั้งแต่เดือนที่แล้วค่ะ", "MarkStep", {"step": "1"}),
    # Near misses: a day with the month is its date; asked, a month's dues.
    ("L", "ส่งรายชื่อทีมไปแล้วตั้งแต่ 28 พ.ย. ครับ", "MarkStep", {"step": "1", "done_on": "2024-11-28"}),
    ("L", "เดือน ก.พ. มีอะไรต้องส่งไหมคะ", "Deadlines", {"month": 2}),
    ("L", "ส่งรายงานผลต้นเดือน ต.ค. ได้ไหมครับ", "Deadlines", {"step": "4"}),
]

# -- 4. the step of a postponed reminder ----------------------------------------------------------
POSTPONE: list[Case] = [
    ("L", "เลื่อนเตือนแผนไปอีกวันครับ ยังไม่พร้อม", "PostponeReminder", {"step": "3"}),
    ("L", "เลื่อนเตือนรายงานผลไปพรุ่งนี้ค่ะ ยังไม่เสร็จ", "PostponeReminder", {"step": "4"}),
    ("L", "เลื่อนเตือนส่งแผนไปอีกวันนะคะ ยังไม่ครบ", "PostponeReminder", {"step": "3"}),
    # Near misses: the reason names no step.
    ("L", "เลื่อนเตือนออกไปพรุ่งนี้ครับ ตัวเลขยังไม่มา", "PostponeReminder", {}),
    ("L", "เลื่อนเตือนไปอีกวันครับ ยังไม่พร้อม", "PostponeReminder", {}),
    ("P", "ขอเลื่อนการเตือนไปอาทิตย์หน้าครับ ตัวเลขท่องเที่ยวยังไม่ออก", "PostponeReminder", {}),
]


@readings(REGISTER + REGISTER_NEAR)
def test_the_senders_team(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_someone_elses_team_registers_nobody() -> None:
    assert [t for t in SOMEONE_ELSE if settled(t)[0] == "RegisterUnit"] == []


@readings(DAYS_BACK)
def test_days_back(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(VAGUE)
def test_a_months_part(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


@readings(POSTPONE)
def test_postponed_step(org: str, text: str, intent: str, slots: dict) -> None:
    assert settled(text, org) == (intent, slots)


def test_questions_never_become_writes() -> None:
    asked = [
        "ใครเป็นทีม PMQA ของกองกลางบ้างครับ",
        "ผมเป็นทีม PMQA ของกองกลาง ต้องส่งอะไรบ้างครับ",
        "ส่งแผนไปเมื่อ 3 วันก่อน ทันไหมคะ",
        "ส่งรายชื่อทีมตั้งแต่ปลาย พ.ย. ยังทันไหมครับ",
        "ลงชื่อว่าอยู่ไอทีได้ไหมครับ",
        "เมื่อ 2 วันก่อนกองคลังส่งแผนหรือยังคะ",
    ]
    assert read_as_writes(asked) == []
