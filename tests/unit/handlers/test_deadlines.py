"""Deadlines (the next ones, one step's, a month's) and who has not submitted yet."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from handlers.context import ChatKind
from handlers.data_files import read_text
from handlers.deadlines import MISSING_FOLLOW_UP, handle_deadlines, handle_missing
from handlers.intents import Deadlines, Missing
from handlers.permissions import NOT_BOUND_GROUP, NOT_MEMBER_DIRECT
from handlers.replies import Action
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Member
from kpi_core.plan import load_plan
from tests.fakes.chat import UNBOUND_GROUP, context
from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.reading import text_of
from tests.fakes.seed import STRANGER, labour

STEP_3 = "17–31 ม.ค. 2568 (อีก 3 วัน, 4 วันทำการ)"


@pytest.mark.parametrize("intent", [Deadlines(), Missing()], ids=["deadlines", "missing"])
def test_without_an_organisation_the_sender_is_told_how_to_get_one(
    mol: FakePorts, intent: Deadlines | Missing
) -> None:
    handle = handle_deadlines if isinstance(intent, Deadlines) else handle_missing
    in_group = context(mol, STRANGER, chat_id=UNBOUND_GROUP)
    assert text_of(handle(intent, in_group)) == NOT_BOUND_GROUP  # type: ignore[arg-type]
    direct = context(mol, STRANGER, kind=ChatKind.USER)
    assert text_of(handle(intent, direct)) == NOT_MEMBER_DIRECT  # type: ignore[arg-type]


def test_an_organisation_without_steps_has_no_deadlines(pathum: FakePorts) -> None:
    reply = handle_deadlines(Deadlines(), context(pathum, None))
    assert text_of(reply) == "ปทุมธานี ไม่มีตัวชี้วัดที่มีกำหนดส่งเป็นขั้นตอนครับ"


def test_the_next_three_deadlines_come_with_days_and_working_days_left(mol: FakePorts) -> None:
    reply = handle_deadlines(Deadlines(), context(mol, None))
    assert text_of(reply) == (
        "กำหนดส่งถัดไป:\n"
        f"• ขั้นตอนที่ 3 ส่งแผนพัฒนาฯ 3 ปี และแผนปฏิบัติการ ปี 68\n  {STEP_3}\n"
        "• ขั้นตอนที่ 4 ส่งรายงานผลตามแผน (แบบฟอร์ม 4)\n  15–24 ก.ย. 2568 (อีก 239 วัน, 172 วันทำการ)\n"
        "• ขั้นตอนที่ 5 บรรลุค่าเป้าหมาย ≥ 85% ของตัวชี้วัด\n  30 ก.ย. 2568 (อีก 245 วัน, 176 วันทำการ)"
    )
    assert reply.quick_replies == (Action("ใครยังไม่ส่ง", text="ใครยังไม่ส่ง"),)


def test_holidays_from_the_port_are_not_working_days() -> None:
    ports = fake_ports(labour(), holidays={date(2025, 1, 29), date(2025, 1, 30)})
    reply = handle_deadlines(Deadlines(step="3"), context(ports, None))
    assert text_of(reply).endswith("กำหนดส่ง 17–31 ม.ค. 2568 (อีก 3 วัน, 2 วันทำการ)")


@pytest.mark.parametrize(
    ("words", "due"),
    [
        ("3", STEP_3),
        ("แผน", STEP_3),
        ("1", "29 พ.ย. 2567 (เลยกำหนด 60 วัน)"),
        ("2", "ตลอดปีงบประมาณ (ประชุมชี้แจง 20 ธ.ค. 67)"),  # no due date: the plan's words
    ],
)
def test_one_step_is_answered_with_its_title_and_window(
    mol: FakePorts, words: str, due: str
) -> None:
    title, when = text_of(handle_deadlines(Deadlines(step=words), context(mol, None))).split("\n")
    assert title.startswith("ขั้นตอนที่ ") and when == f"กำหนดส่ง {due}"


def test_on_the_last_day_the_window_says_so(mol: FakePorts) -> None:
    last_day = datetime(2025, 1, 31, 9, 30, tzinfo=BANGKOK)
    reply = handle_deadlines(Deadlines(step="3"), context(mol, None, now=last_day))
    assert text_of(reply).endswith("กำหนดส่ง 17–31 ม.ค. 2568 (วันนี้วันสุดท้าย)")


def test_an_unknown_step_is_answered_with_the_steps_there_are(mol: FakePorts) -> None:
    text = text_of(handle_deadlines(Deadlines(step="9"), context(mol, None)))
    assert text.startswith("ไม่พบขั้นตอน '9' ครับ\nขั้นตอนที่มี:\n1. ส่งรายชื่อ PMQA Team\n2. ")
    assert len(text.splitlines()) == 7  # the line, the heading, five steps


@pytest.mark.parametrize(
    ("intent", "answer"),
    [
        (Deadlines(this_month=True), f"กำหนดส่งเดือนมกราคม 2568:\n• ขั้นตอนที่ 3: {STEP_3}"),
        (Deadlines(month=11), "กำหนดส่งเดือนพฤศจิกายน 2567:\n• ขั้นตอนที่ 1: 29 พ.ย. 2567 (เลย"),
        (Deadlines(month=9), "กำหนดส่งเดือนกันยายน 2568:\n• ขั้นตอนที่ 4: 15–24 ก.ย. 2568"),
        (Deadlines(month=5), "เดือนพฤษภาคม 2568 ไม่มีกำหนดส่งครับ"),
    ],
    ids=["this-month", "november-last-year", "september", "none"],
)
def test_a_month_is_read_within_the_fiscal_year(
    mol: FakePorts, intent: Deadlines, answer: str
) -> None:
    assert text_of(handle_deadlines(intent, context(mol, None))).startswith(answer)


def test_after_the_last_deadline_nothing_is_upcoming(mol: FakePorts) -> None:
    october = datetime(2025, 10, 1, 9, 30, tzinfo=BANGKOK)
    reply = handle_deadlines(Deadlines(), context(mol, None, now=october))
    assert text_of(reply) == "ไม่มีกำหนดส่งที่ยังมาไม่ถึงในปีงบประมาณนี้แล้วครับ"


def test_missing_names_the_units_that_have_not_sent_the_next_step_and_their_members(
    mol_demo: FakePorts,
) -> None:
    reply = handle_missing(Missing(), context(mol_demo, None))
    assert text_of(reply) == (
        f"ขั้นตอนที่ 3 ส่งแผนพัฒนาฯ 3 ปี และแผนปฏิบัติการ ปี 68\nกำหนดส่ง {STEP_3}\n"
        "ยังไม่ส่ง 4 จาก 6 หน่วยงาน:\n"
        "• กลุ่มพัฒนาระบบบริหาร (ต๋อย (ผู้ประสานงาน สาธิต))\n"
        "• กองการเจ้าหน้าที่ (สมหญิง (สาธิต))\n"
        "• กองนิติการ\n"
        "• ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
    )
    assert reply.quick_replies == MISSING_FOLLOW_UP


def test_a_newly_registered_member_is_named_under_their_unit(mol_demo: FakePorts) -> None:
    mol_demo.members.save(Member("Unew", labour().name, "กองนิติการ", display_name="ใหม่"))
    assert "• กองนิติการ (ใหม่)\n" in text_of(handle_missing(Missing(), context(mol_demo, None)))


def test_a_step_every_unit_sent_is_said_to_be_complete(mol_demo: FakePorts) -> None:
    text = text_of(handle_missing(Missing(step="1"), context(mol_demo, None)))
    assert text.endswith("\nส่งครบทุกหน่วยงานแล้ว ✓")


def test_missing_an_unknown_step_says_so(mol_demo: FakePorts) -> None:
    text = text_of(handle_missing(Missing(step="อวกาศ"), context(mol_demo, None)))
    assert text == "ไม่พบขั้นตอน 'อวกาศ' ครับ"


def test_for_report_indicators_missing_lists_those_without_a_result(bureau: FakePorts) -> None:
    assert text_of(handle_missing(Missing(), context(bureau, None))) == (
        "ตัวชี้วัดที่ยังไม่มีผล 3 จาก 8 ตัว:\n"
        "• 5. การนำชุดข้อมูลมาลงทะเบียนที่ระบบบัญชีข้อมูลภาครัฐ\n"
        "• 6. ระดับความพร้อมรัฐบาลดิจิทัล\n"
        "• 7. คะแนนความพร้อมรัฐบาลดิจิทัล"
    )


def test_missing_of_the_report_indicators_named_says_which_have_a_result(
    bureau: FakePorts,
) -> None:
    asked = Missing(indicator="GD Catalog", more=("e-Budgeting", "GD Catalog"))
    assert text_of(handle_missing(asked, context(bureau, None))) == (
        "• ตัวชี้วัด 5 การนำชุดข้อมูลมาลงทะเบียนที่ระบบบัญชีข้อมูลภาครัฐ: ยังไม่มีผล\n"
        "• ตัวชี้วัด 4 วัดความพึงพอใจการให้บริการ จากผู้ใช้งานระบบ e-Budgeting ระบบ BB EvMIS "
        "และระบบ BBL: มีผลแล้ว ✓"
    )


def test_when_every_report_indicator_has_a_result_missing_says_so(pathum: FakePorts) -> None:
    reply = handle_missing(Missing(), context(pathum, None))
    assert text_of(reply) == "ทุกตัวชี้วัดมีผลการดำเนินงานแล้ว ✓"


def test_an_organisation_without_units_is_not_told_everyone_sent_a_step_it_did_not() -> None:
    plan = load_plan(json.loads(read_text("plans", "mol_pmqa_2568.json")))
    ports = fake_ports(plan.organisation)  # the plan alone: no units
    text = text_of(handle_missing(Missing(step="1"), context(ports, None)))
    assert "ส่งครบทุกหน่วยงานแล้ว" not in text


def test_missing_of_alike_indicators_named_together_answers_each_of_them(
    bureau: FakePorts,
) -> None:
    # "ชุดข้อมูลกับ DG readiness ส่งผลหรือยัง": DG readiness names two alike indicators.
    asked = Missing(indicator="ชุดข้อมูล", more=("dg readiness",))
    assert text_of(handle_missing(asked, context(bureau, None))) == (
        "• ตัวชี้วัด 5 การนำชุดข้อมูลมาลงทะเบียนที่ระบบบัญชีข้อมูลภาครัฐ: ยังไม่มีผล\n"
        "• ตัวชี้วัด 6 ระดับความพร้อมรัฐบาลดิจิทัล: ยังไม่มีผล\n"
        "• ตัวชี้วัด 7 คะแนนความพร้อมรัฐบาลดิจิทัล: ยังไม่มีผล"
    )


@pytest.mark.parametrize(
    ("step", "on", "yearless", "said"),
    [
        ("3", date(2025, 1, 30), True, "ส่งวันที่ 30 ม.ค. 2568: ยังทันครับ"),
        ("3", date(2025, 1, 29), False, "ส่งวันที่ 29 ม.ค. 2568: ยังทันครับ"),
        ("3", date(2025, 1, 31), False, "ส่งวันที่ 31 ม.ค. 2568: ยังทันครับ (วันสุดท้ายพอดี)"),
        (
            "3",
            date(2025, 2, 3),
            True,
            "ส่งวันที่ 3 ก.พ. 2568: เลยกำหนดแล้ว 3 วันครับ (กำหนดส่ง 31 ม.ค. 2568)",
        ),
        ("1", date(2025, 1, 28), False, "ส่งวันนี้: เลยกำหนดแล้ว 60 วันครับ (กำหนดส่ง 29 พ.ย. 2567)"),
        ("4", date(2025, 1, 29), False, "ส่งวันที่ 29 ม.ค. 2568: ยังไม่เปิดรับครับ (เปิดรับ 15 ก.ย. 2568)"),
        # A day and month without a year is the next such day from today on, not the nearest.
        (
            "5",
            date(2024, 10, 15),
            True,
            "ส่งวันที่ 15 ต.ค. 2568: เลยกำหนดแล้ว 15 วันครับ (กำหนดส่ง 30 ก.ย. 2568)",
        ),
        # A day past, its year typed, is said to be past, and today's answer given.
        ("3", date(2024, 1, 30), False, "วันที่ 30 ม.ค. 2567 ผ่านมาแล้วครับ\nส่งวันนี้: ยังทันครับ"),
    ],
)
def test_a_day_asked_still_in_time_is_put_in_the_steps_window(
    mol: FakePorts, step: str, on: date, yearless: bool, said: str
) -> None:
    asked = Deadlines(step=step, on=on, yearless=yearless)
    reply = handle_deadlines(asked, context(mol, None))
    assert text_of(reply).endswith(f"\n{said}")


def test_no_day_asked_leaves_the_window_alone(mol: FakePorts) -> None:
    reply = handle_deadlines(Deadlines(step="3"), context(mol, None))
    assert text_of(reply).endswith(f"กำหนดส่ง {STEP_3}")
