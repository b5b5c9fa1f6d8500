"""Finished steps by chat: which step, for which unit, when and how, restated with what would
cost points (dimensions: ``tests/unit/test_mark_step_dimensions.py``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from handlers.context import ChatKind
from handlers.intents import MarkStep
from handlers.permissions import NO_USER_ID, NOT_MEMBER_DIRECT, NOT_REGISTERED
from handlers.replies import Row, Tone
from handlers.step_submissions import handle_mark_step
from kpi_core.models import Member, Submission, SubmissionAction, SubmissionKind
from tests.fakes.chat import Sender, context
from tests.fakes.ports import NOW, FakePorts, fake_ports
from tests.fakes.reading import cards, rows, text_of
from tests.fakes.seed import COORDINATOR, SOMCHAI, STRANGER, labour

MOL = "สำนักงานปลัดกระทรวงแรงงาน"
EVERY_DIMENSION = {"all_dimensions": True}
HALF = "(หัก 0.5 คะแนน)"


def restated(
    ports: FakePorts, intent: MarkStep, sender: Sender = SOMCHAI, now: datetime = NOW
) -> list[Row]:
    """The rows of the confirmation card the handler answers ``intent`` with (on ``now``)."""
    (card,) = cards(handle_mark_step(intent, context(ports, sender, now=now)))
    assert card.title == "ยืนยันการบันทึก"
    return rows(card)


def warnings(
    ports: FakePorts, intent: MarkStep, sender: Sender = SOMCHAI, now: datetime = NOW
) -> list[str]:
    """What the confirmation card asks to double-check."""
    return [r.value for r in restated(ports, intent, sender, now) if r.label == "โปรดตรวจสอบ"]


def drafted(ports: FakePorts) -> Submission:
    (pending,) = ports.pending.added
    return pending.submission


def test_a_members_step_is_drafted_for_their_unit_today_through_the_plans_channel(
    mol: FakePorts,
) -> None:
    lines = restated(mol, MarkStep("3", **EVERY_DIMENSION))
    assert [r.value for r in lines[:4]] == [
        "ขั้นตอนที่ 3: ส่งแผนพัฒนาฯ 3 ปี และแผนปฏิบัติการ ปี 68",
        "หน่วยงาน: กองคลัง",
        "ส่งเมื่อ: 28 ม.ค. 2568",
        "ช่องทาง: Google Drive",
    ]
    draft = drafted(mol)
    assert (draft.kind, draft.unit, draft.step) == (SubmissionKind.STEP, "กองคลัง", 3)
    assert (draft.done_on, draft.channel) == (date(2025, 1, 28), "google_drive")
    assert (draft.action, draft.supersedes) == (SubmissionAction.SUBMIT, None)


def test_a_coordinator_names_the_unit_by_its_short_name(mol: FakePorts) -> None:
    lines = restated(mol, MarkStep("1", unit="กจ.", done_on=date(2024, 11, 28)), COORDINATOR)
    assert Row("", "หน่วยงาน: กองการเจ้าหน้าที่") in lines
    assert drafted(mol).unit == "กองการเจ้าหน้าที่"


def test_an_unknown_unit_is_answered_with_the_units_there_are(mol: FakePorts) -> None:
    reply = handle_mark_step(MarkStep("1", unit="กองอวกาศ"), context(mol, COORDINATOR))
    assert text_of(reply).startswith(
        f"ไม่พบหน่วยงานย่อย 'กองอวกาศ' ใน {MOL} (ที่มี: กลุ่มพัฒนาระบบบริหาร (กพร.), "
    )
    assert mol.pending.added == []


def test_a_member_without_a_unit_is_asked_which_unit(mol: FakePorts) -> None:
    # Registered before the organisation had units: no one can register without one now.
    mol.members.members["Unounit"] = Member("Unounit", MOL)
    reply = handle_mark_step(MarkStep("1"), context(mol, "Unounit"))
    assert text_of(reply) == "ระบุหน่วยงานด้วยครับ เช่น 'ขั้นตอนที่ 3 ส่งแล้ว กองคลัง'"


@pytest.mark.parametrize(
    ("sender", "kind", "intent", "refusal"),
    [
        (SOMCHAI, ChatKind.GROUP, MarkStep("1", unit="กองกลาง"), "บันทึกได้เฉพาะของ กองคลัง ครับ"),
        (None, ChatKind.GROUP, MarkStep("1"), NO_USER_ID),
        (STRANGER, ChatKind.GROUP, MarkStep("1", unit="กองกลาง"), NOT_REGISTERED),
        (STRANGER, ChatKind.USER, MarkStep("1"), NOT_MEMBER_DIRECT),
    ],
    ids=["another-unit", "no-user-id", "unregistered", "unregistered-1:1"],
)
def test_who_may_not_mark_a_step_is_told_why_and_nothing_waits(
    mol: FakePorts, sender: Sender, kind: ChatKind, intent: MarkStep, refusal: str
) -> None:
    reply = handle_mark_step(intent, context(mol, sender, kind=kind))
    assert text_of(reply).startswith(refusal) and mol.pending.added == []


def test_an_unknown_step_is_answered_with_the_steps_there_are(mol: FakePorts) -> None:
    text = text_of(handle_mark_step(MarkStep("9"), context(mol, SOMCHAI)))
    assert text.startswith("ไม่พบขั้นตอน '9' ครับ\nขั้นตอนที่มี:\n1. ส่งรายชื่อ PMQA Team\n")


def test_a_step_said_done_without_naming_it_is_asked_which_step(mol: FakePorts) -> None:
    # "ส่งแล้วครับ" names no step: ask which one, never "ไม่พบขั้นตอน ''"
    text = text_of(handle_mark_step(MarkStep(""), context(mol, SOMCHAI)))
    assert text.startswith("ส่งขั้นตอนไหนครับ พิมพ์เช่น 'ขั้นตอนที่ 3 ส่งแล้ว'\nขั้นตอนที่มี:\n1. ")
    assert "''" not in text and mol.pending.added == []


def test_attendance_needs_its_percentage(mol: FakePorts) -> None:
    reply = handle_mark_step(MarkStep("2"), context(mol, SOMCHAI))
    assert text_of(reply) == "ขั้นตอนที่ 2 ต้องมีร้อยละการเข้าร่วม พิมพ์เช่น 'เข้าประชุม 90%'"
    assert Row("", "ร้อยละ: 90") in restated(mol, MarkStep("2", value=Decimal(90)))


@pytest.mark.parametrize(
    ("intent", "warned"),
    [
        (MarkStep("1"), ["ช้ากว่ากำหนด 29 พ.ย. 2567 (หัก 0.05 คะแนน)"]),
        (
            MarkStep("3", channel="email", **EVERY_DIMENSION),
            ["ต้องส่งทาง Google Drive (หัก 0.5 คะแนน)"],
        ),
        (MarkStep("3", done_on=date(2025, 1, 29), **EVERY_DIMENSION), ["วันที่ส่งยังไม่ถึง"]),
        (MarkStep("2", value=Decimal(120)), ["ร้อยละเกิน 100"]),
        (MarkStep("3", done_on=date(2025, 1, 27), **EVERY_DIMENSION), []),
    ],
    ids=["late", "wrong-channel", "future-date", "over-100-percent", "on-time"],
)
def test_what_would_cost_points_is_questioned_on_the_card(
    mol: FakePorts, intent: MarkStep, warned: list[str]
) -> None:
    assert warnings(mol, intent) == warned
    assert all(r.tone is Tone.BAD for r in restated(mol, intent) if r.label == "โปรดตรวจสอบ")


@pytest.mark.parametrize(
    ("intent", "warned"),
    [
        (MarkStep("4"), ["ขั้นตอนที่ 4 ยังไม่เปิดส่ง (เปิด 15 ก.ย. 2568)"]),
        (
            MarkStep("5", met=7, of=8),
            ["ขั้นตอนที่ 5 ยังไม่ถึงเวลา: ขั้นตอนที่ 4 ยังไม่เปิด (เปิด 15 ก.ย. 2568)"],
        ),
        (MarkStep("4", done_on=date(2025, 9, 15)), ["วันที่ส่งยังไม่ถึง"]),
    ],
    ids=["own-window-closed", "earlier-step-window-closed", "window-open"],
)
def test_a_step_claimed_before_its_window_opens_is_questioned(
    mol: FakePorts, intent: MarkStep, warned: list[str]
) -> None:
    # 28 Jan 2568: step 4 opens 15 Sep, step 5 (the year-end result) can only follow it.
    assert warnings(mol, intent) == warned


def test_a_failed_step_is_restated_as_failed(mol: FakePorts) -> None:
    assert Row("", "ผล: ไม่ผ่าน") in restated(mol, MarkStep("1", passed=False))
    assert drafted(mol).passed is False


def test_marking_a_step_again_corrects_the_units_row(mol_demo: FakePorts) -> None:
    earlier = next(r for r in mol_demo.submissions.list(MOL) if (r.unit, r.step) == ("กองคลัง", 1))
    lines = restated(mol_demo, MarkStep("1", done_on=date(2024, 11, 20)))
    assert lines[-1] == Row("", "(แทนรายการเดิม ส่งเมื่อ 29 พ.ย. 2567)")
    draft = drafted(mol_demo)
    assert (draft.action, draft.supersedes) == (SubmissionAction.CORRECT, earlier.id)


def test_an_organisation_without_units_is_told_to_add_them_and_drafts_no_step() -> None:
    """Reported: the step was stored for no unit, and no unit was ever missing it."""
    ports = fake_ports(replace(labour(), units=()), members=[Member(SOMCHAI.line_user_id, MOL)])
    reply = handle_mark_step(MarkStep("1", done_on=date(2024, 11, 20)), context(ports, SOMCHAI))
    assert text_of(reply).startswith(f"{MOL} ยังไม่มีหน่วยงานย่อย จึงบันทึกขั้นตอนไม่ได้\n")
    assert ports.pending.added == []
