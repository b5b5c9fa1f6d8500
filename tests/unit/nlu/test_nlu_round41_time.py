"""Round 41 (time41): deadlines, who is missing and the history (misses of dev_fresh145 on
arrival), and two conventions the corpus holds by a majority.

(1) A question followed by why it is asked, a meeting to arrange ("…ต้องส่งถึงวันไหน จะได้นัด
ประชุมกองทัน", "…เพื่อนัดประชุมกอง"): the purpose is the asker's, the question the bot's. Near
misses: a meeting arranged with no question of ours stays talk among colleagues.
(2) A hedge opening a check ("ถ้าจำไม่ผิด…ต้องส่งภายใน 29 พ.ย. ใช่ไหม") supposes nothing: the
deadline is checked. Near misses: a real supposition stays the step's rule, a real step-rules
question stays one, a hedged report still stores nothing.
(3) What is not yet received from which units ("ยังไม่ได้รับแผนจากกองไหนบ้าง") is who has not
sent it. Near misses: mail or pay not received, told, asks nothing of the plan.
(4) A one-letter slip of a short word of the plan in a step's slot ("ใครยังไม่ส่งแผลบ้าง",
"แผบ", "กำหนดส่งแผลวันไหน") names the step; words typed right stay, the slipped word's own
sense elsewhere ("แผลที่ขายังไม่หายเลย") names nothing.
(5) Who sent what over a period ("สัปดาห์นี้มีใครส่งอะไรมาแล้วบ้าง") is the history; who has
sent a step ("มีใครส่งแผนแล้วบ้าง", "ใครส่งแล้วบ้าง") stays who is missing.
(6) "today" in an English report tells the day it was done, as "วันนี้" does (the corpus: 86
Thai and 2 English labels against 3 and 1).
(7) Past the deadline, may one still send, with no step named: the rule on late sending
(deductions); with a step named it stays that step's deadline (as labelled).
"""

from __future__ import annotations

from typing import Any

from tests.fakes.understanding import readings, settled, stored_at_once, unlabelled_writes

Case = tuple[str, str, str, dict[str, Any]]

# (1) A purpose clause after the question.
PURPOSES: list[Case] = [
    (
        "L",
        "สวัสดีค่ะ ผอ.ถามว่าแผนพัฒนาหน่วยงานต้องส่งถึงวันไหน จะได้นัดประชุมกองทัน",
        "Deadlines",
        {"step": "3"},
    ),
    ("L", "แผนต้องส่งถึงวันไหนคะ จะได้นัดประชุมทีมทัน", "Deadlines", {"step": "3"}),
    ("L", "รายงานผลต้องส่งเมื่อไหร่ จะได้นัดคุยกับผอ.", "Deadlines", {"step": "4"}),
    ("L", "รายชื่อทีมส่งถึงวันไหนครับ เพื่อนัดประชุมกอง", "Deadlines", {"step": "1"}),
    ("L", "ใครยังไม่ส่งแผนบ้าง จะได้นัดประชุมตามงาน", "Missing", {"step": "3"}),
]
NOT_PURPOSES: list[Case] = [
    ("L", "พรุ่งนี้นัดประชุมทีมกี่โมงคะ", "Unknown", {}),
    ("L", "ใครว่างบ้าง จะได้นัดประชุม", "Unknown", {}),
    ("L", "นัดประชุมกองวันไหนดีคะ", "Unknown", {}),
]


@readings(PURPOSES + NOT_PURPOSES)
def test_a_meeting_to_arrange_is_why_it_is_asked(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (2) A hedge opening a check.
HEDGES: list[Case] = [
    ("L", "ถ้าจำไม่ผิดรายชื่อทีมต้องส่งภายใน 29 พ.ย. ใช่ไหมครับ", "Deadlines", {"step": "1"}),
    ("L", "ถ้าจำไม่ผิดแผนต้องส่งภายใน 31 ม.ค. ใช่ไหมครับ", "Deadlines", {"step": "3"}),
    ("L", "ถ้าจำไม่ผิด รายชื่อทีมต้องส่งภายใน 29 พ.ย. ใช่ไหมครับ", "Deadlines", {"step": "1"}),
    ("L", "ถ้าหนูจำไม่ผิด แผนต้องส่งภายใน 31 ม.ค. ใช่มั้ยคะ", "Deadlines", {"step": "3"}),
    ("L", "ถ้าเข้าใจไม่ผิดรายงานผลต้องส่งภายในวันที่ 24 ก.ย. ใช่ไหม", "Deadlines", {"step": "4"}),
]
NOT_HEDGES: list[Case] = [
    ("L", "ถ้าจำไม่ผิด ขั้นตอนที่ 1 ต้องส่งอะไรบ้าง", "RuleQuestion", {"topic": "step"}),
    ("L", "ถ้าคนในทีมย้ายไปกองอื่นกลางปี ต้องส่งรายชื่อใหม่ไหม", "RuleQuestion", {"topic": "step"}),
    ("L", "ถ้าจำไม่ผิดกองคลังส่งแผนแล้วใช่ไหม", "Status", {"unit": "กองคลัง"}),
    ("L", "ถ้าจำไม่ผิด กองคลังส่งแผนไปแล้วนะ", "Unknown", {}),
]


@readings(HEDGES + NOT_HEDGES)
def test_a_hedge_supposes_nothing(org: str, text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, org) == (intent, slots)


def test_a_hedged_report_stores_nothing() -> None:
    assert not stored_at_once("ถ้าจำไม่ผิด กองคลังส่งแผนไปแล้วนะ")


# (3) Not yet received from which units.
NOT_RECEIVED: list[Case] = [
    ("L", "แผนสามปีกับแผนปี 68 ยังไม่ได้รับจากกองไหนบ้างคะ", "Missing", {"step": "3"}),
    ("L", "ยังไม่ได้รับแผนจากกองไหนบ้าง", "Missing", {"step": "3"}),
    ("L", "ยังไม่ได้รับรายชื่อทีมจากหน่วยงานไหนบ้างคะ", "Missing", {"step": "1"}),
    ("L", "รายงานผลยังไม่ได้รับจากใครบ้าง", "Missing", {"step": "4"}),
]
NOT_NOT_RECEIVED: list[Case] = [
    ("L", "ยังไม่ได้รับอีเมลจากกองคลังเลย", "Unknown", {}),
    ("L", "ยังไม่ได้รับเงินเดือนเลย ใครได้บ้าง", "Unknown", {}),
    ("L", "ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
]


@readings(NOT_RECEIVED + NOT_NOT_RECEIVED)
def test_not_yet_received_from_is_not_yet_sent(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (4) One-letter slips of the plan's short words.
SLIPS: list[Case] = [
    ("L", "ใครยังไม่ส่งแผลบ้าง", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งแผบบ้าง", "Missing", {"step": "3"}),
    ("L", "กองไหนยังไม่ส่งแผลคะ", "Missing", {"step": "3"}),
    ("L", "กำหนดส่งแผลวันไหน", "Deadlines", {"step": "3"}),
    ("L", "ทีนต้องส่งภายในวันไหน", "Deadlines", {"step": "1"}),
]
NOT_SLIPS: list[Case] = [
    ("L", "แผลที่ขายังไม่หายเลย", "Unknown", {}),
    ("L", "ใครยังไม่ส่งแผนบ้าง", "Missing", {"step": "3"}),
    ("L", "ใครยังไม่ส่งผลบ้าง", "Missing", {}),
    ("L", "ใครยังไม่ส่งรายงานบ้าง", "Missing", {"step": "4"}),
    ("L", "ส่งรายชื่อทีนภายในวันไหน", "Deadlines", {"step": "1"}),
]


@readings(SLIPS + NOT_SLIPS)
def test_a_slip_of_the_plans_short_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (5) Who sent what over a period.
SENT_WHAT: list[Case] = [
    ("L", "สัปดาห์นี้มีใครส่งอะไรมาแล้วบ้าง", "History", {}),
    ("L", "วันนี้มีใครส่งอะไรมาแล้วบ้าง", "History", {}),
    ("L", "เมื่อวานมีใครบันทึกอะไรไปแล้วบ้าง", "History", {}),
]
NOT_SENT_WHAT: list[Case] = [
    ("L", "ใครส่งแล้วบ้าง", "Missing", {}),
    ("L", "มีใครส่งแผนแล้วบ้าง", "Missing", {"step": "3"}),
    ("L", "แผนมีใครส่งมาแล้วบ้าง", "Missing", {"step": "3"}),
]


@readings(SENT_WHAT + NOT_SENT_WHAT)
def test_who_sent_what_over_a_period_is_the_history(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (6) "today" in English.
TODAY_TOLD: list[Case] = [
    (
        "L",
        "step 3 of Legal Affairs submitted today via drive",
        "MarkStep",
        {"step": "3", "unit": "กองนิติการ", "done_on": "2025-01-15", "channel": "google_drive"},
    ),
    (
        "L",
        "plan for Finance Division submitted today",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "done_on": "2025-01-15"},
    ),
    ("L", "what is due today?", "Deadlines", {}),
]


@readings(TODAY_TOLD)
def test_today_in_english_tells_the_day(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


# (7) Past the deadline, still allowed to send.
LATE: list[Case] = [
    ("L", "เลยกำหนดไปแล้วยังส่งได้อยู่ไหมคะ", "RuleQuestion", {"topic": "deductions"}),
    ("L", "หมดเขตแล้วยังส่งได้อยู่ไหม", "RuleQuestion", {"topic": "deductions"}),
    ("L", "เกินกำหนดไปแล้ว ยังส่งได้ไหมคะ", "RuleQuestion", {"topic": "deductions"}),
]
NOT_LATE: list[Case] = [
    ("L", "ส่งรายชื่อทีมเลยกำหนดแล้ว ยังส่งได้อยู่มั้ยคะ", "Deadlines", {"step": "1"}),
    ("L", "ส่งแผนเลยกำหนดไปแล้ว ยังส่งได้อยู่ไหม", "Deadlines", {"step": "3"}),
    ("L", "แผนเลยกำหนดไปหรือยัง", "Deadlines", {"step": "3"}),
]


@readings(LATE + NOT_LATE)
def test_late_with_no_step_named_is_the_late_rule(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


def test_no_time_question_is_read_as_a_write() -> None:
    asked = PURPOSES + HEDGES + NOT_RECEIVED + SLIPS + SENT_WHAT + LATE
    assert unlabelled_writes(asked) == []
