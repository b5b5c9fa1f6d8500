"""Result values by chat: refused, asked back, questioned, or restated and kept pending."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from handlers.context import ChatKind
from handlers.intents import Cancel, ChooseIndicator, Confirm, SubmitValue
from handlers.permissions import NO_USER_ID, NOT_MEMBER_DIRECT, NOT_REGISTERED
from handlers.ports import PendingState
from handlers.registry import understand
from handlers.replies import Row, Tone
from handlers.value_submissions import WRONG_ONLY, handle_submit_value
from kpi_core.models import Submission, SubmissionAction, SubmissionKind
from tests.fakes.chat import NOW, Sender, context
from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.reading import card_messages, cards, meanings, rows, text_of
from tests.fakes.seed import COORDINATOR, OCSC_COORDINATOR, PATHUM, STRANGER, ocsc, pathum_thani

PATHUM_TH = "ปทุมธานี"
WASTE = "ตัวชี้วัด 2: ร้อยละของปริมาณขยะมูลฝอยชุมชนได้รับการจัดการอย่างถูกต้อง"


def submit(words: str, value: str, **slots: object) -> SubmitValue:
    """``ส่งผล <words> <value>`` as the text understanding reads it."""
    return SubmitValue(words, Decimal(value), value, **slots)  # type: ignore[arg-type]


def test_a_value_is_restated_on_a_card_with_confirm_and_cancel_buttons(pathum: FakePorts) -> None:
    reply = handle_submit_value(submit("ขยะ", "52.3"), context(pathum, PATHUM))
    (card,) = cards(reply)
    assert (card.title, card.subtitle) == ("ยืนยันการบันทึก", "กดยืนยันภายใน 15 นาที")
    assert [r.value for r in rows(card)] == [WASTE, "ผล 52.3 ร้อยละ"]
    (pending,) = pathum.pending.added
    assert meanings(card.actions) == [Confirm(pending.token), Cancel(pending.token)]
    assert reply.quick_replies == card.actions


def test_the_draft_waits_fifteen_minutes_for_the_sender(pathum: FakePorts) -> None:
    handle_submit_value(submit("ขยะ", "52.3"), context(pathum, PATHUM))
    (pending,) = pathum.pending.added
    assert (pending.organisation, pending.line_user_id) == (PATHUM_TH, PATHUM.line_user_id)
    assert pending.submission == Submission("2", SubmissionKind.VALUE, value=Decimal("52.3"))
    assert pending.summary == f"{WASTE}\nผล 52.3 ร้อยละ"
    assert (pending.created_at, pending.expires_at) == (NOW, NOW + timedelta(minutes=15))
    assert pending.state is PendingState.PENDING
    assert pathum.submissions.stored == []  # nothing is stored before the confirmation


def test_a_value_for_an_indicator_with_a_value_corrects_that_row(pathum: FakePorts) -> None:
    earlier = pathum.submissions.append(
        PATHUM_TH, Submission("2", SubmissionKind.VALUE, value=Decimal("50"))
    )
    reply = handle_submit_value(submit("ขยะ", "52.3"), context(pathum, PATHUM))
    assert rows(cards(reply)[0])[-1] == Row("", "(แก้ไขจากค่าเดิม 50)")
    draft = pathum.pending.added[0].submission
    assert (draft.action, draft.supersedes) == (SubmissionAction.CORRECT, earlier.id)


@pytest.mark.parametrize(
    ("intent", "warnings"),
    [
        (submit("ขยะ", "-5"), ["ค่าติดลบ"]),
        (submit("ขยะ", "120"), ["ร้อยละเกิน 100"]),  # the indicator counts in ร้อยละ
        (submit("ท่องเที่ยว", "120", percent=True), ["ร้อยละเกิน 100"]),  # typed with %
        (submit("ท่องเที่ยว", "120"), []),  # ล้านบาท may exceed 100
        (submit("PMQA", "600"), ["คะแนน PMQA เต็ม 500"]),
    ],
    ids=["negative", "percent-unit", "typed-percent", "millions", "pmqa"],
)
def test_implausible_values_are_questioned_on_the_card(
    pathum: FakePorts, intent: SubmitValue, warnings: list[str]
) -> None:
    reply = handle_submit_value(intent, context(pathum, PATHUM))
    questioned = [r for r in rows(cards(reply)[0]) if r.label == "โปรดตรวจสอบ"]
    assert questioned == [Row("โปรดตรวจสอบ", w, Tone.BAD) for w in warnings]
    assert all(f"โปรดตรวจสอบ: {w}" in card_messages(reply)[0].alt_text for w in warnings)
    assert len(pathum.pending.added) == 1  # questioned, still stored once confirmed


def test_a_value_without_an_indicator_is_asked_back_keeping_the_value(pathum: FakePorts) -> None:
    reply = handle_submit_value(submit("", "52.3", percent=True), context(pathum, PATHUM))
    assert text_of(reply).startswith("ตัวชี้วัดไหนครับ\n1. ")
    then = SubmitValue("", Decimal("52.3"), "52.3", percent=True)
    assert meanings(reply.quick_replies) == [ChooseIndicator(c, then) for c in "123456"]
    assert pathum.pending.added == []


def test_a_milestone_indicator_is_sent_as_steps(mol: FakePorts) -> None:
    reply = handle_submit_value(submit("PMQA", "3"), context(mol, COORDINATOR))
    assert text_of(reply) == ("ตัวชี้วัด 1 คิดระดับจากขั้นตอนที่ส่ง ไม่ต้องพิมพ์คะแนนครับ พิมพ์เช่น 'ขั้นตอนที่ 3 ส่งแล้ว'")
    assert mol.pending.added == []


def test_a_units_score_typed_for_a_milestone_indicator_says_how_to_see_its_level(
    mol: FakePorts,
) -> None:
    intent = replace(submit("1", "4"), unit="ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร")
    reply = handle_submit_value(intent, context(mol, COORDINATOR))
    assert text_of(reply).splitlines() == [
        "ตัวชี้วัด 1 คิดระดับจากขั้นตอนที่ส่ง ไม่ต้องพิมพ์คะแนนครับ พิมพ์เช่น 'ขั้นตอนที่ 3 ส่งแล้ว'",
        "ดูระดับของ ศทส. ตอนนี้: พิมพ์ 'ศทส. ได้กี่คะแนน'",
    ]
    assert mol.pending.added == []


@pytest.mark.parametrize(
    ("sender", "kind", "refusal"),
    [
        (None, ChatKind.GROUP, NO_USER_ID),
        (STRANGER, ChatKind.GROUP, NOT_REGISTERED),
        (STRANGER, ChatKind.USER, NOT_MEMBER_DIRECT),
        (OCSC_COORDINATOR, ChatKind.GROUP, f"คุณลงทะเบียนไว้กับ {OCSC_COORDINATOR.organisation}"),
    ],
    ids=["no-user-id", "unregistered", "unregistered-1:1", "another-organisation"],
)
def test_who_may_not_submit_is_told_why_and_nothing_waits(
    sender: Sender, kind: ChatKind, refusal: str
) -> None:
    ports = fake_ports(pathum_thani(), ocsc(), members=[PATHUM, OCSC_COORDINATOR])
    reply = handle_submit_value(submit("ขยะ", "52.3"), context(ports, sender, kind=kind))
    assert text_of(reply).startswith(refusal) and ports.pending.added == []


def test_a_registered_member_may_submit_from_their_1_1_chat(pathum: FakePorts) -> None:
    handle_submit_value(submit("ขยะ", "52.3"), context(pathum, PATHUM, kind=ChatKind.USER))
    assert [p.organisation for p in pathum.pending.added] == [PATHUM_TH]


@pytest.mark.parametrize("text", ["ขยะใส่ 52.7 ผิด", "ขยะ 52.7 ผิดนิดหน่อย", "ขยะ 58 ผิดไปจากเดิม"])
def test_a_figure_said_wrong_with_no_other_is_no_value(text: str, pathum: FakePorts) -> None:
    intent = understand(text, today=NOW.date()).intent
    assert isinstance(intent, SubmitValue) and intent.wrong_only
    reply = handle_submit_value(intent, context(pathum, PATHUM))
    assert text_of(reply) == WRONG_ONLY
    assert pathum.pending.added == []


def test_a_new_value_beside_the_one_said_wrong_is_read(pathum: FakePorts) -> None:
    intent = understand("ขยะใส่ 52.7 ผิด ที่ถูกคือ 57.2", today=NOW.date()).intent
    assert isinstance(intent, SubmitValue) and not intent.wrong_only
    assert intent.value == Decimal("57.2")


def test_the_value_in_effect_said_again_opens_no_card(pathum: FakePorts) -> None:
    pathum.submissions.append(PATHUM_TH, Submission("2", SubmissionKind.VALUE, value=Decimal("50")))
    reply = handle_submit_value(submit("ขยะ", "50"), context(pathum, PATHUM))
    assert "บันทึกไว้แล้ว" in text_of(reply)
    assert pathum.pending.added == []
