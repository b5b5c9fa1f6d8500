"""Round 21 (deadlines): the step after a named one, months and rounds, reports of a deadline met.

The step after one named ("หลังจากขั้นตอนที่ 3 แล้ว ขั้นถัดไป…", "ขั้นต่อจากรายงานผล…") is
the next in the plan's own order, never the one named; the next deadline asked with no step
named, or a step asked by name, keeps its reading. A month is named by its abbreviation with
the year glued ("ก.ย.๖๘") and as the month after this one ("เดือนถัดไป"); a round's report
("รายงานผลรอบ 12 เดือน") is the step that reports. A sending told done in time, with its
dimensions or its numbered forms complete, is a report, while whether it is in time, asked,
stays a question.
"""

from __future__ import annotations

from typing import Any

from handlers.deadlines import handle_deadlines
from handlers.intents import Deadlines
from handlers.nlu.evaluation import category
from tests.fakes.chat import context
from tests.fakes.ports import fake_ports
from tests.fakes.reading import text_of
from tests.fakes.seed import COORDINATOR, labour
from tests.fakes.understanding import readings, settled

Case = tuple[str, str, str, dict[str, Any]]

# (1) The step after a named one: the next in the plan's order.
AFTER: list[Case] = [
    ("L", "หลังจากขั้นตอนที่ 3 แล้ว ขั้นถัดไปกำหนดส่งวันไหนคะ", "Deadlines", {"step": "4"}),
    ("L", "ต่อจากขั้นที่ 1 ขั้นต่อไปครบกำหนดเมื่อไหร่ครับ", "Deadlines", {"step": "2"}),
    ("L", "ขั้นต่อจากรายงานผล deadline วันไหนครับ", "Deadlines", {"step": "5"}),
    ("L", "หลังจากส่งแผนแล้ว ขั้นตอนต่อไปต้องส่งเมื่อไหร่ครับ", "Deadlines", {"step": "4"}),
    ("L", "หลังจากส่งรายชื่อทีมแล้ว ขั้นตอนถัดไปหมดเขตเมื่อไหร่", "Deadlines", {"step": "2"}),
    ("L", "ขั้นตอนถัดจากแผน กำหนดส่งวันไหนคะ", "Deadlines", {"step": "4"}),
    ("L", "หลังขั้นตอนที่ 4 ขั้นต่อไปต้องส่งเมื่อไหร่", "Deadlines", {"step": "5"}),
]
# Near misses: a step asked by name, the next deadline with no step named, who took the work
# over, and what comes next asked with no step word keep their readings.
AFTER_NEAR: list[Case] = [
    ("L", "ขั้นตอนที่ 3 ส่งเมื่อไหร่", "Deadlines", {"step": "3"}),
    ("L", "ขั้นต่อไปส่งเมื่อไหร่", "Deadlines", {}),
    ("L", "ขั้นตอนต่อไปกำหนดส่งวันไหนคะ", "Deadlines", {}),
    ("L", "หลังจากแผนแล้ว อันต่อไปต้องส่งอะไร เมื่อไหร่ครับ", "Deadlines", {}),
    ("L", "เพิ่งรับงานต่อจากพี่ที่ย้ายไปค่ะ ขั้นต่อไปต้องส่งเมื่อไหร่", "Deadlines", {}),
    ("L", "กำหนดส่งแผนเมื่อไหร่", "Deadlines", {"step": "3"}),
]
# (2) Months and rounds: an abbreviated month with its year glued, the month after this one,
# a round's report.
MONTHS: list[Case] = [
    ("P", "ก.ย.๖๘ มีอะไรต้องส่งไหมคะ", "Deadlines", {"month": 9}),
    ("L", "ก.ย.68 มีอะไรต้องส่งไหมคะ", "Deadlines", {"month": 9}),
    ("B", "มี.ค.2568 ต้องรายงานอะไรบ้าง", "Deadlines", {"month": 3}),
    ("B", "เรียนสอบถามกำหนดส่งเอกสารในเดือนถัดไปครับ", "Deadlines", {"month": 2}),
    ("L", "เดือนถัดไปมีอะไรต้องส่งบ้างคะ", "Deadlines", {"month": 2}),
    ("L", "เดือนต่อไปมีกำหนดส่งอะไรไหม", "Deadlines", {"month": 2}),
    ("L", "รายงานผลรอบ 12 เดือนต้องส่งเมื่อไหร่", "Deadlines", {"step": "4"}),
    ("B", "รายงานผลรอบ 12 เดือนต้องส่งเมื่อไหร่", "Deadlines", {}),
]
MONTHS_NEAR: list[Case] = [
    ("L", "เดือนหน้ามีอะไรต้องส่งบ้างคะ", "Deadlines", {"month": 2}),
    ("L", "ก.ย. มีอะไรต้องส่งไหมคะ", "Deadlines", {"month": 9}),
    ("L", "รายงานผลรอบ 12 เดือน (ฟอร์ม ๔) ต้องส่งช่วงไหนครับ", "Deadlines", {"step": "4"}),
    ("P", "ผลรอบ 12 เดือนต้องรายงานภายในวันไหนคะ", "Deadlines", {}),
]
# (3) A sending told done in time, or its numbered forms complete: a report of the step.
TOLD: list[Case] = [
    ("L", "ส่งแผนแล้ว ทันก่อนหมดเขตค่ะ ครบ 3 มิติ", "MarkStep", {"step": "3", "dims": [1, 2, 3]}),
    ("L", "ส่งแผนแล้ว ทันหมดเขตพอดีค่ะ", "MarkStep", {"step": "3"}),
    ("L", "ส่งแบบฟอร์ม 1-3 ครบแล้วครับ", "MarkStep", {"step": "3", "documents": "complete"}),
    ("L", "ส่งฟอร์ม 4 ครบแล้วค่ะ", "MarkStep", {"step": "4", "documents": "complete"}),
]
# Near misses: whether it is in time, asked, stays a question.
TOLD_NEAR: list[Case] = [
    ("L", "ส่งแผนทันไหม", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนแล้วทันหมดเขตไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งแผนแล้ว ทันก่อนหมดเขตใช่ไหมคะ", "Deadlines", {"step": "3"}),
    ("L", "ส่งแบบฟอร์ม 1-3 ครบหรือยัง", "Missing", {"step": "3"}),
]


@readings(AFTER)
def test_the_step_after_a_named_one_is_the_next_in_the_plan(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(AFTER_NEAR)
def test_a_step_named_alone_or_no_step_keeps_its_reading(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MONTHS)
def test_months_glued_to_their_year_the_next_month_and_a_rounds_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(MONTHS_NEAR)
def test_months_and_rounds_near_misses(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TOLD)
def test_a_sending_told_in_time_or_with_its_forms_complete_is_a_report(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@readings(TOLD_NEAR)
def test_whether_in_time_asked_stays_a_question(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)
    assert category(*settled(text, org)) == "question"


def test_after_the_last_step_there_is_none() -> None:
    mol = fake_ports(labour(), members=[COORDINATOR])
    assert settled("หลังจากขั้นตอนที่ 5 แล้ว ขั้นต่อไปส่งเมื่อไหร่") == (
        "Deadlines",
        {"step": "5", "after": True},
    )
    reply = handle_deadlines(Deadlines(step="5", after=True), context(mol, None))
    assert text_of(reply).startswith("ขั้นตอนที่ 5 เป็นขั้นตอนสุดท้ายแล้วครับ")


def test_a_step_after_unsettled_is_answered_by_the_handler() -> None:
    mol = fake_ports(labour(), members=[COORDINATOR])
    reply = handle_deadlines(Deadlines(step="3", after=True), context(mol, None))
    assert text_of(reply).startswith("ขั้นตอนที่ 4:")
