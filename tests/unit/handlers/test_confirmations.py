"""Confirming a restated draft: ยืนยัน stores one ledger row, ยกเลิก stores nothing, and undo
drafts an UNDO row that supersedes the sender's latest row."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from handlers.confirmations import handle_cancel, handle_confirm, handle_undo
from handlers.context import ChatKind
from handlers.intents import Cancel, Confirm, MarkStep, SubmitValue, Undo
from handlers.permissions import NO_USER_ID, NOT_MEMBER_DIRECT, NOT_REGISTERED
from handlers.ports import PendingState
from handlers.replies import Badge, Reply, TextMessage, Tone
from handlers.step_submissions import handle_mark_step
from handlers.value_submissions import handle_submit_value
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Submission, SubmissionAction, SubmissionKind
from tests.fakes.chat import NOW, Sender, context
from tests.fakes.ports import GROUP, FakePorts, stored
from tests.fakes.reading import card_messages, cards, rows, text_of, values, yes
from tests.fakes.seed import COORDINATOR, PATHUM, SOMCHAI, STRANGER

PATHUM_TH = "ปทุมธานี"
STEP_4 = Submission("1", SubmissionKind.STEP, "กองคลัง", step=4)
NOT_FOUND = "ไม่พบรายการที่รอยืนยัน (อาจยืนยันไปแล้ว หมดเวลา 15 นาที หรือเป็นของผู้อื่น)"


def draft(ports: FakePorts, value: str = "52.3", sender: Sender = PATHUM) -> Confirm:
    """``ส่งผล ขยะ <value>`` by ``sender``; the confirm button's meaning."""
    intent = SubmitValue("ขยะ", Decimal(value), value)
    return yes(handle_submit_value(intent, context(ports, sender)))


def confirm(
    ports: FakePorts,
    intent: Confirm,
    sender: Sender = PATHUM,
    *,
    event: str = "evt-confirm",
    now: datetime = NOW,
) -> Reply:
    """The reply to ``sender`` pressing ยืนยัน (LINE event ``event``)."""
    return handle_confirm(intent, context(ports, sender, event_id=event, now=now))


def test_confirming_appends_one_row_with_who_when_and_which_event(pathum: FakePorts) -> None:
    confirm(pathum, draft(pathum))
    (row,) = stored(pathum)
    assert row == Submission(
        "2", SubmissionKind.VALUE, value=Decimal("52.3"), id=row.id,
        submitted_by=PATHUM.line_user_id, submitted_by_name=PATHUM.display_name,
        submitted_at=NOW, source_event_id="evt-confirm", source_chat_id=GROUP,
    )  # fmt: skip
    assert pathum.submissions.list(PATHUM_TH) == [row]
    assert [p.state for p in pathum.pending.added] == [PendingState.CONFIRMED]


def test_the_stored_reply_restates_the_draft_and_shows_the_new_status(pathum: FakePorts) -> None:
    reply = confirm(pathum, draft(pathum))
    summary = pathum.pending.added[0].summary
    assert reply.messages[0] == TextMessage(f"บันทึกแล้ว ✓\n{summary}")
    (message,) = card_messages(reply)
    assert message.alt_text == "บันทึกแล้ว ✓ " + summary.replace("\n", " · ")
    (card,) = message.cards
    assert values(card) == {"ผลการดำเนินงาน": "52.3 ร้อยละ (ส่งเข้ามา)"}


def test_a_typed_confirmation_settles_the_senders_latest_draft(pathum: FakePorts) -> None:
    draft(pathum, "50")
    draft(pathum, "52.3")
    confirm(pathum, Confirm())
    assert [r.value for r in stored(pathum)] == [Decimal("52.3")]
    # The older draft of the same indicator was superseded when the newer one was made.
    assert [p.state for p in pathum.pending.added] == [
        PendingState.SUPERSEDED,
        PendingState.CONFIRMED,
    ]


def test_a_second_tap_on_confirm_finds_nothing_and_stores_nothing(pathum: FakePorts) -> None:
    intent = draft(pathum)
    confirm(pathum, intent, event="evt-1")
    assert text_of(confirm(pathum, intent, event="evt-2")) == NOT_FOUND
    assert len(stored(pathum)) == 1


@pytest.mark.parametrize(
    ("sender", "later"),
    [(STRANGER, timedelta(0)), (None, timedelta(0)), (PATHUM, timedelta(minutes=15))],
    ids=["someone-else", "no-user-id", "after-fifteen-minutes"],
)
def test_only_the_sender_confirms_a_draft_and_only_within_fifteen_minutes(
    pathum: FakePorts, sender: Sender, later: timedelta
) -> None:
    intent = draft(pathum)
    assert text_of(confirm(pathum, intent, sender, now=NOW + later)) == NOT_FOUND
    assert stored(pathum) == [] and pathum.pending.added[0].state is PendingState.PENDING


def test_cancelling_stores_nothing_and_settles_the_draft(pathum: FakePorts) -> None:
    token = draft(pathum).token
    reply = handle_cancel(Cancel(token), context(pathum, PATHUM))
    assert text_of(reply) == "ยกเลิกแล้ว ไม่มีการบันทึกครับ" and stored(pathum) == []
    assert [p.state for p in pathum.pending.added] == [PendingState.CANCELLED]
    assert text_of(confirm(pathum, Confirm(token))) == NOT_FOUND


def test_cancelling_with_nothing_pending_says_so(pathum: FakePorts) -> None:
    assert text_of(handle_cancel(Cancel(), context(pathum, PATHUM))) == "ไม่มีรายการที่รอยืนยันครับ"


def test_a_typed_no_after_the_entry_was_stored_says_how_to_withdraw_it(pathum: FakePorts) -> None:
    # "เดี๋ยวๆ ผิดๆ" typed just after ยืนยัน: no card is open, the entry stays stored.
    confirm(pathum, draft(pathum))
    answer = text_of(handle_cancel(Cancel(), context(pathum, PATHUM)))
    assert answer.startswith("ไม่มีรายการที่รอยืนยันครับ") and "'ยกเลิกรายการล่าสุด'" in answer
    assert len(stored(pathum)) == 1


def test_a_typed_no_with_an_entry_withdrawn_already_only_says_none_is_open(
    pathum: FakePorts,
) -> None:
    confirm(pathum, draft(pathum))
    confirm(pathum, yes(handle_undo(Undo(), context(pathum, PATHUM))), event="evt-undo")
    assert text_of(handle_cancel(Cancel(), context(pathum, PATHUM))) == "ไม่มีรายการที่รอยืนยันครับ"


def test_a_stale_button_of_cancel_gives_no_hint(pathum: FakePorts) -> None:
    token = draft(pathum).token
    confirm(pathum, Confirm(token))
    assert text_of(handle_cancel(Cancel(token), context(pathum, PATHUM))) == "ไม่มีรายการที่รอยืนยันครับ"


def test_a_member_moved_to_another_unit_cannot_confirm_the_old_units_step(mol: FakePorts) -> None:
    step = yes(handle_mark_step(MarkStep("1"), context(mol, SOMCHAI)))
    mol.members.save(replace(SOMCHAI, unit="กองกลาง"))  # the coordinator moved him meanwhile
    answer = text_of(confirm(mol, step, SOMCHAI))
    assert answer.startswith("บันทึกได้เฉพาะของ กองกลาง ครับ (กองคลัง ให้ผู้ประสานงานบันทึกแทน)")
    assert stored(mol) == []


def test_a_correction_of_a_row_undone_meanwhile_is_refused_by_the_ledger(
    pathum: FakePorts,
) -> None:
    first = draft(pathum, "50")
    confirm(pathum, first, event="evt-1")
    correction = draft(pathum, "60")  # drafted as a correction of the row just stored
    confirm(pathum, yes(handle_undo(Undo(), context(pathum, PATHUM))), event="evt-2")
    reply = confirm(pathum, correction, event="evt-3")
    assert text_of(reply) == "บันทึกไม่สำเร็จ: รายการนี้ถูกยกเลิกไปแล้ว"
    assert [r.action for r in stored(pathum)] == [SubmissionAction.SUBMIT, SubmissionAction.UNDO]


def _sent(
    pathum: FakePorts, value: str, by: str = PATHUM.line_user_id, **changes: object
) -> Submission:
    """A row already in the ledger: ``value`` for ขยะ, sent by ``by`` on 27 January."""
    at = datetime(2025, 1, 27, 10, tzinfo=BANGKOK)
    row = Submission(
        "2", SubmissionKind.VALUE, value=Decimal(value), submitted_by=by, submitted_at=at
    )
    return pathum.submissions.append(PATHUM_TH, replace(row, **changes))


def test_undo_offers_the_senders_latest_row_for_confirmation(pathum: FakePorts) -> None:
    first = _sent(pathum, "50")
    latest = _sent(pathum, "52.3", action=SubmissionAction.CORRECT, supersedes=first.id)
    _sent(pathum, "70", by=STRANGER)  # someone else's later row is not the sender's to undo
    reply = handle_undo(Undo(), context(pathum, PATHUM))
    (card,) = cards(reply)
    assert card.title == "ยืนยันการยกเลิก"
    assert [r.value for r in rows(card)] == [
        "ยกเลิกรายการล่าสุดของคุณ (27 ม.ค. 2568)",
        "ตัวชี้วัด 2: ร้อยละของปริมาณขยะมูลฝอยชุมชนได้รับการจัดการอย่างถูกต้อง",
        "ผล 52.3",
    ]
    (pending,) = pathum.pending.added
    assert pending.submission == replace(
        latest, id=None, action=SubmissionAction.UNDO, supersedes=latest.id
    )


def test_a_confirmed_undo_appends_an_undo_row_that_supersedes_it(pathum: FakePorts) -> None:
    sent = _sent(pathum, "52.3")
    reply = confirm(pathum, yes(handle_undo(Undo(), context(pathum, PATHUM))))
    undo = stored(pathum)[-1]
    assert (undo.action, undo.supersedes, undo.value) == (
        SubmissionAction.UNDO,
        sent.id,
        sent.value,
    )
    assert (undo.submitted_by, undo.submitted_at, undo.source_event_id) == (
        PATHUM.line_user_id, NOW, "evt-confirm",
    )  # fmt: skip
    summary = pathum.pending.added[-1].summary
    assert reply.messages[0] == TextMessage(f"ยกเลิกรายการแล้ว\n{summary}")
    assert cards(reply)[0].badge == Badge("มีผลแล้ว", Tone.INFO)  # the report's value again
    assert values(cards(reply)[0]) == {"ผลการดำเนินงาน": "50.17 ร้อยละ (จากรายงาน)"}


def test_undo_again_offers_the_row_before_the_one_already_undone(pathum: FakePorts) -> None:
    first = _sent(pathum, "50")
    second = _sent(pathum, "52.3", action=SubmissionAction.CORRECT, supersedes=first.id)
    _sent(pathum, "52.3", action=SubmissionAction.UNDO, supersedes=second.id)
    handle_undo(Undo(), context(pathum, PATHUM))
    assert pathum.pending.added[0].submission.supersedes == first.id


def test_undo_with_nothing_of_ones_own_says_so(pathum: FakePorts) -> None:
    _sent(pathum, "70", by=STRANGER)
    reply = handle_undo(Undo(), context(pathum, PATHUM))
    assert text_of(reply) == "ยังไม่มีรายการที่คุณส่งให้ยกเลิกครับ" and pathum.pending.added == []


@pytest.mark.parametrize(
    ("sender", "kind", "refusal"),
    [
        (None, ChatKind.GROUP, NO_USER_ID),
        (STRANGER, ChatKind.GROUP, NOT_REGISTERED),
        (STRANGER, ChatKind.USER, NOT_MEMBER_DIRECT),
    ],
    ids=["no-user-id", "unregistered", "unregistered-1:1"],
)
def test_who_may_not_undo_is_told_why(
    pathum: FakePorts, sender: Sender, kind: ChatKind, refusal: str
) -> None:
    assert text_of(handle_undo(Undo(), context(pathum, sender, kind=kind))) == refusal


def test_a_step_undo_names_the_step(mol_demo: FakePorts) -> None:
    mol_demo.submissions.load(
        "สำนักงานปลัดกระทรวงแรงงาน",
        Submission(
            "1", SubmissionKind.STEP, "กองคลัง", step=4, submitted_by=COORDINATOR.line_user_id
        ),
    )
    (card,) = cards(handle_undo(Undo(), context(mol_demo, COORDINATOR)))
    assert [r.value for r in rows(card)][-2:] == ["ขั้นตอนที่ 4", "หน่วยงาน: กองคลัง"]


def test_undo_dates_are_bangkok_days(pathum: FakePorts) -> None:
    early = datetime(2025, 1, 28, 6, 30, tzinfo=BANGKOK)
    _sent(pathum, "50", submitted_at=early)
    (card,) = cards(handle_undo(Undo(), context(pathum, PATHUM)))
    assert rows(card)[0].value == "ยกเลิกรายการล่าสุดของคุณ (28 ม.ค. 2568)"
