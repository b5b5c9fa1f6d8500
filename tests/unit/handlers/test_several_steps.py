"""Several steps reported in one line ("ขั้นตอนที่ 1 กับ 3 ส่งแล้ว"): one card naming every step
(for every unit named), one entry per step stored together on its yes (or none), steps left
out said on the card, undone together; a detail of one step only stores nothing and asks for
the steps one per message."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from handlers.confirmations import handle_cancel, handle_confirm, handle_undo
from handlers.intents import MarkStep, Undo
from handlers.ports import PendingAction
from handlers.replies import Reply, Row
from handlers.step_submissions import handle_mark_step
from kpi_core.ledger import effective_submissions
from kpi_core.models import Documents, SubmissionAction
from tests.fakes.chat import NOW, Sender, context
from tests.fakes.ports import FakePorts, stored
from tests.fakes.reading import cards, meanings, rows, text_of, yes
from tests.fakes.seed import COORDINATOR, SOMCHAI

ONE_AND_THREE = MarkStep("1", more_steps=("3",))  # สมชาย's own unit, กองคลัง
ONE_STEP_ONLY = "ขั้นตอนละหนึ่งข้อความ"


def report(ports: FakePorts, intent: MarkStep, sender: Sender = SOMCHAI) -> Reply:
    return handle_mark_step(intent, context(ports, sender))


def values(reply: Reply) -> list[str]:
    (card,) = cards(reply)
    return [r.value for r in rows(card)]


def confirm(ports: FakePorts, reply: Reply, sender: Sender = SOMCHAI) -> Reply:
    return handle_confirm(yes(reply), context(ports, sender, event_id="evt-steps"))


def drafted(ports: FakePorts) -> list[tuple[str | None, int | None]]:
    (pending,) = ports.pending.added
    assert isinstance(pending, PendingAction) and pending.submission is None
    return [(d.unit, d.step) for d in pending.batch]


def test_one_card_names_every_step_for_the_unit(mol: FakePorts) -> None:
    shown = values(report(mol, ONE_AND_THREE))
    assert shown[:4] == [
        "ขั้นตอน (2): 1, 3",
        "ขั้นตอนที่ 1: ส่งรายชื่อ PMQA Team",
        "ขั้นตอนที่ 3: ส่งแผนพัฒนาฯ 3 ปี และแผนปฏิบัติการ ปี 68",
        "หน่วยงาน (1): กองคลัง",
    ]
    # The plan asks step 3 through Google Drive (step 1 names no channel).
    assert "ช่องทาง ขั้นตอนที่ 3: Google Drive" in shown
    assert drafted(mol) == [("กองคลัง", 1), ("กองคลัง", 3)]


def test_its_yes_stores_one_entry_per_step_with_who_when_and_the_event(mol: FakePorts) -> None:
    reply = confirm(mol, report(mol, ONE_AND_THREE))
    assert reply.messages[0].text.startswith("บันทึกแล้ว 2 รายการ ✓")
    first, second = stored(mol)
    assert (first.step, second.step) == (1, 3)
    for row in (first, second):
        assert (row.unit, row.submitted_by, row.submitted_at) == (
            "กองคลัง",
            SOMCHAI.line_user_id,
            NOW.astimezone(row.submitted_at.tzinfo),
        )
    assert (first.source_event_id, second.source_event_id) == ("evt-steps", "evt-steps#2")
    assert (first.channel, second.channel) == ("", "google_drive")


def test_a_range_stores_every_step_in_it(mol: FakePorts) -> None:
    report(mol, MarkStep("1", more_steps=("2", "3"), passed=True))
    assert drafted(mol) == [("กองคลัง", 1), ("กองคลัง", 2), ("กองคลัง", 3)]


def test_several_units_and_several_steps_are_every_pair(mol: FakePorts) -> None:
    intent = MarkStep("1", unit="กก.", more=("กจ.",), more_steps=("3",))
    shown = values(report(mol, intent, COORDINATOR))
    assert "หน่วยงาน (2): กองกลาง, กองการเจ้าหน้าที่" in shown
    assert drafted(mol) == [
        ("กองกลาง", 1),
        ("กองกลาง", 3),
        ("กองการเจ้าหน้าที่", 1),
        ("กองการเจ้าหน้าที่", 3),
    ]


def test_a_step_already_recorded_is_said_not_stored_again(mol_demo: FakePorts) -> None:
    # The demo: กองคลัง did steps 1 to 3.
    shown = values(report(mol_demo, MarkStep("3", more_steps=("4",))))
    assert any(v.startswith("กองคลัง: บันทึกขั้นตอนที่ 3 ไว้แล้ว (ส่งเมื่อ ") for v in shown)
    assert drafted(mol_demo) == [("กองคลัง", 4)]


def test_nothing_is_drafted_when_every_step_is_recorded(mol_demo: FakePorts) -> None:
    reply = report(mol_demo, MarkStep("1", more_steps=("2",), passed=True))
    assert text_of(reply).startswith("ไม่มีขั้นตอนที่บันทึกได้ครับ\nกองคลัง: บันทึกขั้นตอนที่ 1 ไว้แล้ว")
    assert mol_demo.pending.added == []


def test_a_step_the_plan_does_not_have_is_said_and_left_out(mol: FakePorts) -> None:
    shown = values(report(mol, MarkStep("4", more_steps=("6",))))
    assert "ไม่มีขั้นตอนที่ 6 (ตัวชี้วัดนี้มีขั้นตอนที่ 1–5) จึงไม่รวมในรายการนี้" in shown
    assert drafted(mol) == [("กองคลัง", 4)]


def test_no_step_the_plan_has_is_answered_with_its_steps(mol: FakePorts) -> None:
    reply = report(mol, MarkStep("6", more_steps=("7",)))
    assert text_of(reply).startswith("ไม่พบขั้นตอน '6, 7' ครับ\nขั้นตอนที่มี:\n1. ")
    assert mol.pending.added == []


def test_a_step_that_needs_its_own_count_is_said_and_left_out(mol: FakePorts) -> None:
    shown = values(report(mol, MarkStep("4", more_steps=("5",))))
    assert any(v.startswith("ขั้นตอนที่ 5 ต้องระบุจำนวนตัวชี้วัดตามแผนที่บรรลุ") for v in shown)
    assert any("แจ้งขั้นตอนที่ 5 แยกอีกข้อความ" in v for v in shown)
    assert drafted(mol) == [("กองคลัง", 4)]


@pytest.mark.parametrize(
    ("detail", "said"),
    [
        ({"value": Decimal(90)}, "ร้อยละ 90"),
        ({"met": 7, "of": 8}, "จำนวน 7 จาก 8"),
        ({"plan_item": 3}, "ผลตัวชี้วัดตามแผนที่ 3"),
        ({"dimensions": (1, 3)}, "มิติ"),
        ({"all_dimensions": True}, "มิติ"),
        ({"missing_dimensions": (2,)}, "มิติ"),
    ],
)
def test_a_detail_of_one_step_stores_nothing_and_asks_one_step_per_message(
    mol: FakePorts, detail: dict, said: str
) -> None:
    reply = report(mol, replace(MarkStep("2", more_steps=("3",)), **detail))
    assert ONE_STEP_ONLY in text_of(reply) and said in text_of(reply)
    assert mol.pending.added == []
    assert stored(mol) == []


def test_the_date_channel_and_documents_said_go_with_every_step(mol: FakePorts) -> None:
    intent = replace(ONE_AND_THREE, channel="email", documents=Documents.MISSING)
    report(mol, intent)
    (pending,) = mol.pending.added
    assert {(d.channel, d.documents) for d in pending.batch} == {("email", Documents.MISSING)}


def test_a_member_may_not_report_another_units_steps(mol: FakePorts) -> None:
    reply = report(mol, replace(ONE_AND_THREE, unit="กองกลาง"))
    assert text_of(reply).startswith("บันทึกได้เฉพาะของ กองคลัง ครับ")
    assert mol.pending.added == []


def test_no_stores_nothing(mol: FakePorts) -> None:
    card = report(mol, ONE_AND_THREE)
    (_, no) = meanings(card.quick_replies)
    handle_cancel(no, context(mol, SOMCHAI))
    assert stored(mol) == []


def test_undo_after_it_withdraws_every_step_confirmed_together(mol: FakePorts) -> None:
    confirm(mol, report(mol, ONE_AND_THREE))
    offer = handle_undo(Undo(), context(mol, SOMCHAI))
    (card,) = cards(offer)
    assert card.title == "ยืนยันการยกเลิก"
    assert Row("", "ยกเลิกรายการล่าสุดของคุณ (28 ม.ค. 2568) ทั้ง 2 รายการที่ยืนยันพร้อมกัน") in rows(card)
    assert Row("", "ขั้นตอน (2): 1, 3") in rows(card)
    handle_confirm(yes(offer), context(mol, SOMCHAI, event_id="evt-undo"))
    undone = [r for r in stored(mol) if r.action is SubmissionAction.UNDO]
    assert [r.supersedes for r in undone] == [1, 2]
    assert effective_submissions(stored(mol)) == {}
