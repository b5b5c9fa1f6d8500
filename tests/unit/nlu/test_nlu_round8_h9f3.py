"""Issue 9, round 8 (h9f3): taking back what was just recorded (asked as a favour "…ได้ไหม",
or said with what was wrong), a form named as where it was filled in ("ในฟอร์ม"), and the
dimensions sent named before the one still lacking ("มิติ 1 กับ 2 ยังขาดมิติ 3")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.understanding import settled

TAKE_BACK: list[tuple[str, str]] = [
    ("L", "เมื่อกี้กรอกผิดค่ะ ย้อนให้หน่อย"),
    ("P", "ย้อนกลับอันเมื่อกี้ให้ด้วยค่ะ"),
    ("B", "ขอยกเลิกอันที่เพิ่งส่งไปค่ะ ตัวเลขผิด"),
    ("O", "ย้อนกลับให้ทีครับ ใส่ผิดค่า"),
    ("L", "ขอยกเลิกที่เพิ่งกรอกไปนะครับ ผิดตัว"),
    ("P", "ยกเลิกที่เพิ่งลงไปเด้อ ผิดกอง"),
    ("B", "rollback ให้หน่อย บันทึกผิด"),
    ("O", "เพิ่งบันทึกผิดไปจ้ะ ย้อนกลับให้ที"),
]


@pytest.mark.parametrize(("org", "text"), TAKE_BACK, ids=[t[1] for t in TAKE_BACK])
def test_taking_back_the_latest_entry_is_an_undo(org: str, text: str) -> None:
    assert settled(text, org) == ("Undo", {})


@pytest.mark.parametrize("text", ["ยกเลิกค่ะ กองผิด", "ยกเลิกๆ ผิดตัว", "ยกเลิกได้ไหม"])
def test_a_no_with_a_reason_stays_a_no_or_a_question(text: str) -> None:
    assert settled(text, "L")[0] != "Undo"


FORMS: list[tuple[str, str, dict[str, Any]]] = [
    ("ส่งแผนในฟอร์มแล้วค่ะ", "MarkStep", {"step": "3", "channel": "google_form"}),
    ("ส่งรายชื่อทีมในฟอร์มแล้วนะครับ", "MarkStep", {"step": "1", "channel": "google_form"}),
    (
        "กองคลังส่งแผนในฟอร์มเรียบร้อยจ้ะ",
        "MarkStep",
        {"step": "3", "unit": "กองคลัง", "channel": "google_form"},
    ),
]


@pytest.mark.parametrize(("text", "intent", "slots"), FORMS, ids=[f[0] for f in FORMS])
def test_a_form_filled_in_is_the_google_form(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert settled(text, "L") == (intent, slots)


DIMS: list[tuple[str, list[int]]] = [
    ("ส่งแผนแล้วครับ มิติ 1 กับ 3 ยังขาดมิติ 2", [1, 3]),
    ("ส่งแผนแล้วเนาะ มิติ 2 และ 3 ยังขาดมิติ 1", [2, 3]),
    ("ส่งแผนแล้วค่ะ มิติ 1 ยังไม่มีมิติ 2 กับ 3", [1]),
    ("ส่งแผนแล้ว มิติ 1 ยังขาด", [2, 3]),
]


@pytest.mark.parametrize(("text", "dims"), DIMS, ids=[d[0] for d in DIMS])
def test_the_dimensions_before_the_lacking_one_are_sent(text: str, dims: list[int]) -> None:
    assert settled(text, "L") == ("MarkStep", {"step": "3", "dims": dims})


# A report "according to the plan" is the report; a form named by number says whose step it is.
REPORTS: list[tuple[str, str, dict[str, Any]]] = [
    ("ส่งรายงานผลตามแผนปฏิบัติการแล้วค่ะ", "L", {"step": "4"}),
    ("ส่งรายงานผลตามแผนปฏิบัติการ แบบฟอร์ม 4 แล้วค่ะ", "L", {"step": "4"}),
    ("กองคลังส่งรายงานผลตามแผนฯ เรียบร้อยแล้วจ้ะ", "L", {"step": "4", "unit": "กองคลัง"}),
    ("ส่งรายงานสรุปผลตามแผนแล้วเด้อ", "L", {"step": "4"}),
    ("ส่งแผนปฏิบัติการ (แบบฟอร์ม 2) แล้วค่ะ", "L", {"step": "3"}),
]


@pytest.mark.parametrize(("text", "org", "slots"), REPORTS, ids=[r[0] for r in REPORTS])
def test_a_report_following_the_plan_is_the_report(
    text: str, org: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == ("MarkStep", slots)


# A step merely named, then "แล้ว" and who has not sent it: the ask is who.
NAMED_THEN_WHO: list[tuple[str, str]] = [
    ("ขั้นตอนที่ 3 แล้วใครยังไม่ส่งบ้างคะ", "3"),
    ("ขั้นตอนที่ 4 แล้วกองไหนยังไม่ส่งเนาะ", "4"),
    ("ขั้นตอนที่ 1 แล้วใครยังค้างอยู่ครับ", "1"),
]


@pytest.mark.parametrize(("text", "step"), NAMED_THEN_WHO, ids=[n[0] for n in NAMED_THEN_WHO])
def test_a_step_named_then_who_has_not_sent(text: str, step: str) -> None:
    assert settled(text, "L") == ("Missing", {"step": step})


def test_a_step_named_then_when_is_its_schedule() -> None:
    assert settled("ขั้นตอนที่ 1 แล้วต้องส่งภายในวันไหน", "L") == ("Deadlines", {"step": "1"})


# The sender's own lag told, then when it is due asked: the ask is the deadline.
LAG_THEN_WHEN: list[tuple[str, str]] = [
    ("ยังไม่ได้ส่งแผนเลยค่ะ ต้องส่งภายในวันไหนนะ", "3"),
    ("กองเรายังไม่ส่งรายชื่อเลย ต้องส่งเมื่อไหร่ครับ", "1"),
    ("ยังไม่ได้ส่งรายงานผลเลยเด้อ ต้องส่งวันไหน", "4"),
]


@pytest.mark.parametrize(("text", "step"), LAG_THEN_WHEN, ids=[n[0] for n in LAG_THEN_WHEN])
def test_own_lag_then_when_asks_the_deadline(text: str, step: str) -> None:
    assert settled(text, "L") == ("Deadlines", {"step": step})


def test_who_has_not_sent_stays_missing_beside_when() -> None:
    assert settled("ใครยังไม่ส่งแผน ต้องส่งภายในวันไหน", "L") == ("Missing", {"step": "3"})


# Introducing oneself by name, then the unit: the unit registers; the name alone, or someone
# else's unit, registers nothing.
INTRODUCED: list[tuple[str, str]] = [
    ("หนูชื่อแพรวค่ะ อยู่กองคลังนะคะ", "กองคลัง"),
    ("ดิฉันชื่อสุดา สังกัดกองการเจ้าหน้าที่ค่ะ", "กองการเจ้าหน้าที่"),
    ("ผมชื่อเอก มาจากกองกลางครับ", "กองกลาง"),
    ("กระผมชื่อวิชัย อยู่กลุ่มพัฒนาระบบบริหารครับ", "กลุ่มพัฒนาระบบบริหาร"),
]


@pytest.mark.parametrize(("text", "unit"), INTRODUCED, ids=[i[0] for i in INTRODUCED])
def test_introducing_oneself_with_the_unit_registers_it(text: str, unit: str) -> None:
    assert settled(text, "L") == ("RegisterUnit", {"unit": unit})


@pytest.mark.parametrize("text", ["ผมชื่อสมชายครับ", "พี่สมชายอยู่กองคลัง", "ผมชื่อสมชาย อยู่กองคลังไหมครับ"])
def test_a_name_alone_or_a_question_registers_nothing(text: str) -> None:
    assert settled(text, "L")[0] != "RegisterUnit"


# When a round's report is due is the report step's deadline, not what the round is.
ROUND_DUE = [
    "รายงานผลรอบ 2 ต้องส่งวันไหนครับ",
    "รายงานผลรอบสองต้องส่งภายในวันไหนเนาะ",
]


@pytest.mark.parametrize("text", ROUND_DUE)
def test_when_a_rounds_report_is_due_is_its_deadline(text: str) -> None:
    assert settled(text, "L") == ("Deadlines", {"step": "4"})


def test_what_a_round_is_stays_the_rule() -> None:
    assert settled("รอบ 2 คืออะไร", "L")[0] == "RuleQuestion"
