"""A step reported for several units at once: one card naming every unit, one entry per unit
stored together on its yes (or none), units left out said on the card, undone together."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from handlers.confirmations import handle_cancel, handle_confirm, handle_undo
from handlers.intents import Confirm, MarkStep, Undo
from handlers.permissions import NOT_REGISTERED
from handlers.ports import PendingAction
from handlers.replies import Reply, Row
from handlers.step_submissions import handle_mark_step
from kpi_core.ledger import effective_submissions
from kpi_core.models import Submission, SubmissionAction, SubmissionKind
from tests.fakes.chat import NOW, Sender, context
from tests.fakes.ports import FakePorts, stored
from tests.fakes.reading import cards, meanings, rows, text_of, yes
from tests.fakes.seed import COORDINATOR, SOMCHAI, STRANGER

MOL = "สำนักงานปลัดกระทรวงแรงงาน"
PLAN_OF_TWO = MarkStep("3", unit="กก.", more=("กจ.",), channel="google_drive", all_dimensions=True)


def report(ports: FakePorts, intent: MarkStep, sender: Sender = COORDINATOR) -> Reply:
    return handle_mark_step(intent, context(ports, sender))


def values(reply: Reply) -> list[str]:
    (card,) = cards(reply)
    return [r.value for r in rows(card)]


def confirm(ports: FakePorts, reply: Reply, sender: Sender = COORDINATOR) -> Reply:
    return handle_confirm(yes(reply), context(ports, sender, event_id="evt-batch"))


def test_one_card_names_every_unit_and_the_steps_details(mol: FakePorts) -> None:
    shown = values(report(mol, PLAN_OF_TWO))
    assert shown[:4] == [
        "ขั้นตอนที่ 3: ส่งแผนพัฒนาฯ 3 ปี และแผนปฏิบัติการ ปี 68",
        "หน่วยงาน (2): กองกลาง, กองการเจ้าหน้าที่",
        "ส่งเมื่อ: 28 ม.ค. 2568",
        "ช่องทาง: Google Drive",
    ]
    (pending,) = mol.pending.added
    assert pending.submission is None
    assert [(d.unit, d.step, d.kind) for d in pending.batch] == [
        ("กองกลาง", 3, SubmissionKind.STEP),
        ("กองการเจ้าหน้าที่", 3, SubmissionKind.STEP),
    ]


def test_its_yes_stores_one_entry_per_unit_with_who_when_and_the_event(mol: FakePorts) -> None:
    reply = confirm(mol, report(mol, PLAN_OF_TWO))
    assert reply.messages[0].text.startswith("บันทึกแล้ว 2 หน่วยงาน ✓")
    first, second = stored(mol)
    assert (first.unit, second.unit) == ("กองกลาง", "กองการเจ้าหน้าที่")
    for row in (first, second):
        assert (row.submitted_by, row.submitted_at, row.channel) == (
            COORDINATOR.line_user_id,
            NOW.astimezone(row.submitted_at.tzinfo),
            "google_drive",
        )
    assert (first.source_event_id, second.source_event_id) == ("evt-batch", "evt-batch#2")


def test_a_name_that_is_no_unit_is_said_and_left_out(mol: FakePorts) -> None:
    shown = values(report(mol, replace(PLAN_OF_TWO, more=("กองปลอม",))))
    assert "หน่วยงาน (1): กองกลาง" in shown
    assert "ไม่พบหน่วยงานย่อย 'กองปลอม' จึงไม่รวมในรายการนี้" in shown


def test_a_member_reports_only_their_own_unit_and_the_card_says_so(mol: FakePorts) -> None:
    intent = MarkStep("1", unit="กองคลัง", more=("กองกลาง",))
    shown = values(report(mol, intent, SOMCHAI))
    assert "หน่วยงาน (1): กองคลัง" in shown
    assert any(v.startswith("กองกลาง: บันทึกได้เฉพาะของ กองคลัง ครับ") for v in shown)
    (pending,) = mol.pending.added
    assert [d.unit for d in pending.batch] == ["กองคลัง"]


def test_a_unit_whose_step_is_recorded_is_said_not_stored_again(mol_demo: FakePorts) -> None:
    # The demo: กองกลาง and กองคลัง did step 3 already.
    intent = MarkStep("3", unit="กองกลาง", more=("กนต.",), all_dimensions=True)
    shown = values(report(mol_demo, intent))
    assert "หน่วยงาน (1): กองนิติการ" in shown
    assert any(v.startswith("กองกลาง: บันทึกขั้นตอนที่ 3 ไว้แล้ว (ส่งเมื่อ ") for v in shown)


def test_nothing_is_drafted_when_no_unit_may_be_stored(mol: FakePorts) -> None:
    reply = report(mol, MarkStep("1", unit="กองกลาง", more=("กจ.",)), SOMCHAI)
    assert text_of(reply).startswith("ไม่มีหน่วยงานที่บันทึกได้ครับ\nกองกลาง: บันทึกได้เฉพาะของ")
    assert mol.pending.added == []
    assert text_of(report(mol, PLAN_OF_TWO, STRANGER)).startswith(NOT_REGISTERED)


def test_no_unit_is_stored_when_one_row_is_refused(mol: FakePorts) -> None:
    good = Submission("1", SubmissionKind.STEP, "กองกลาง", step=1)
    gone = replace(good, unit="กองที่ถูกลบ")
    mol.pending.add(
        PendingAction("tok", MOL, COORDINATOR.line_user_id, None, "สองหน่วย", NOW,
                      NOW + timedelta(minutes=15), batch=(good, gone))
    )  # fmt: skip
    reply = handle_confirm(Confirm("tok"), context(mol, COORDINATOR, event_id="evt-x"))
    assert text_of(reply).startswith("บันทึกไม่สำเร็จ (ไม่ได้บันทึกหน่วยงานใดเลย)")
    assert stored(mol) == []


def test_no_stores_nothing(mol: FakePorts) -> None:
    card = report(mol, PLAN_OF_TWO)
    (_, no) = meanings(card.quick_replies)
    handle_cancel(no, context(mol, COORDINATOR))
    assert stored(mol) == []


def test_undo_after_it_withdraws_every_unit_confirmed_together(mol: FakePorts) -> None:
    confirm(mol, report(mol, PLAN_OF_TWO))
    offer = handle_undo(Undo(), context(mol, COORDINATOR))
    (card,) = cards(offer)
    assert card.title == "ยืนยันการยกเลิก"
    assert Row("", "หน่วยงาน (2): กองกลาง, กองการเจ้าหน้าที่") in rows(card)
    handle_confirm(yes(offer), context(mol, COORDINATOR, event_id="evt-undo"))
    undone = [r for r in stored(mol) if r.action is SubmissionAction.UNDO]
    assert [r.supersedes for r in undone] == [1, 2]
    assert effective_submissions(stored(mol)) == {}


def test_undo_of_a_single_entry_after_a_batch_withdraws_that_entry_alone(mol: FakePorts) -> None:
    confirm(mol, report(mol, PLAN_OF_TWO))
    single = report(mol, MarkStep("1", unit="กนต."))
    handle_confirm(yes(single), context(mol, COORDINATOR, event_id="evt-single"))
    offer = handle_undo(Undo(), context(mol, COORDINATOR))
    assert Row("", "หน่วยงาน: กองนิติการ") in rows(cards(offer)[0])
