"""Drafts are safe to confirm: a newer draft of a slot supersedes the older one, a typed ยืนยัน
acts only on the one open draft (else asks which), every check comes before any state changes,
and a draft is confirmed only in the chat it was made in."""

from __future__ import annotations

from decimal import Decimal

import pytest

from handlers.confirmations import OTHER_CHAT, SUPERSEDED, handle_cancel, handle_confirm
from handlers.context import ChatKind
from handlers.intents import Cancel, Confirm, SubmitValue
from handlers.ports import PendingState
from handlers.value_submissions import handle_submit_value
from tests.fakes.chat import Sender, context, say
from tests.fakes.ports import FakePorts
from tests.fakes.reading import labels, meanings, text_of
from tests.fakes.seed import PATHUM, STRANGER
from tests.unit.handlers.test_confirmations import confirm, draft, stored, yes


def test_confirming_twice_after_two_drafts_stores_only_the_newer_value(pathum: FakePorts) -> None:
    # Observed: ส่งผล ขยะ 10, ส่งผล ขยะ 20, ยืนยัน (20), ยืนยัน again stored 10 over 20.
    draft(pathum, "10")
    draft(pathum, "20")
    confirm(pathum, Confirm(), event="evt-1")
    second = confirm(pathum, Confirm(), event="evt-2")
    assert [r.value for r in stored(pathum)] == [Decimal("20")]
    assert "ไม่พบรายการที่รอยืนยัน" in text_of(second)


def test_the_button_of_a_superseded_draft_says_so_and_stores_nothing(pathum: FakePorts) -> None:
    older = draft(pathum, "10")
    draft(pathum, "20")
    assert text_of(confirm(pathum, older)) == SUPERSEDED
    assert stored(pathum) == []


def test_drafts_of_different_slots_stay_open_and_a_typed_confirmation_asks_which(
    pathum: FakePorts,
) -> None:
    draft(pathum, "52.3")  # ขยะ
    yes(say(pathum, "ส่งผล ท่องเที่ยว 12", PATHUM))
    reply = confirm(pathum, Confirm())
    assert stored(pathum) == [] and "เลือกรายการที่ต้องการยืนยัน" in text_of(reply)
    assert labels(reply.quick_replies) == ["ยืนยัน 1", "ยืนยัน 2"]
    newest, oldest = meanings(reply.quick_replies)
    confirm(pathum, oldest, event="evt-choice")
    assert [r.value for r in stored(pathum)] == [Decimal("52.3")]
    assert isinstance(newest, Confirm) and newest.token == pathum.pending.added[1].token


def test_a_typed_cancel_with_two_drafts_open_asks_which_and_cancels_nothing(
    pathum: FakePorts,
) -> None:
    draft(pathum, "52.3")
    yes(say(pathum, "ส่งผล ท่องเที่ยว 12", PATHUM))
    reply = handle_cancel(Cancel(), context(pathum, PATHUM))
    assert labels(reply.quick_replies) == ["ยกเลิก 1", "ยกเลิก 2"]
    assert all(isinstance(m, Cancel) for m in meanings(reply.quick_replies))
    assert {p.state for p in pathum.pending.added} == {PendingState.PENDING}


def test_a_draft_made_in_another_chat_is_neither_typed_nor_confirmed_here(
    pathum: FakePorts,
) -> None:
    button = draft(pathum, "52.3")  # in the team group
    private = context(pathum, PATHUM, kind=ChatKind.USER)
    assert text_of(handle_confirm(button, private)) == OTHER_CHAT
    assert "ไม่พบรายการ" in text_of(handle_confirm(Confirm(), private))
    assert text_of(handle_cancel(Cancel(button.token), private)) == OTHER_CHAT
    assert stored(pathum) == [] and pathum.pending.added[0].state is PendingState.PENDING
    confirm(pathum, button)  # still open in its own chat
    assert len(stored(pathum)) == 1


@pytest.mark.parametrize("sender", [STRANGER, None], ids=["someone-else", "no-user-id"])
def test_a_refused_confirmation_leaves_the_draft_open(pathum: FakePorts, sender: Sender) -> None:
    button = draft(pathum, "52.3")
    confirm(pathum, button, sender)
    assert pathum.pending.added[0].state is PendingState.PENDING
    confirm(pathum, button)
    assert len(stored(pathum)) == 1


def test_a_member_who_lost_the_right_to_submit_leaves_the_draft_unspent(pathum: FakePorts) -> None:
    button = draft(pathum, "52.3")
    pathum.members.members.pop(PATHUM.line_user_id)  # unregistered meanwhile
    assert "ลงทะเบียน" in text_of(confirm(pathum, button))
    assert pathum.pending.added[0].state is PendingState.PENDING


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1e308", "1e308"), ("1E+400", "1E+400"), ("NaN", "NaN"), ("Infinity", "Infinity")],
)
def test_numbers_no_indicator_can_have_are_refused_in_thai_and_never_drafted(
    pathum: FakePorts, typed: str, value: str
) -> None:
    reply = say(pathum, f"ส่งผล ขยะ {typed}", PATHUM)
    assert "ตัวเลข" in text_of(reply) and pathum.pending.added == []
    intent = SubmitValue("ขยะ", Decimal(value), typed)  # as a button could carry it
    assert "ตัวเลข" in text_of(handle_submit_value(intent, context(pathum, PATHUM)))


def test_typed_text_that_looks_like_old_button_data_is_no_button(pathum: FakePorts) -> None:
    reply = say(pathum, "pick:2:submit:Infinity:", PATHUM)
    assert pathum.pending.added == [] and stored(pathum) == []
    assert "ยืนยัน" not in labels(reply.quick_replies)


def test_a_large_but_finite_value_is_still_drafted_and_questioned(pathum: FakePorts) -> None:
    reply = say(pathum, "ส่งผล ขยะ 250", PATHUM)  # a percentage over 100: questioned only
    assert "ร้อยละเกิน 100" in str(reply) and len(pathum.pending.added) == 1
