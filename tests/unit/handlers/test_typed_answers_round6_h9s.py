"""Typed yeses and noes with an aside (round 6) act only on the sender's own open draft: a
colleague's "ถูกแล้วค่ะ กดยืนยันเลย" or "ยกเลิกค่ะ กองผิด" neither stores nor drops it."""

from __future__ import annotations

import pytest

from handlers.intents import MarkStep
from handlers.ports import PendingState
from handlers.step_submissions import handle_mark_step
from tests.fakes.chat import context, say
from tests.fakes.ports import FakePorts
from tests.fakes.reading import text_of
from tests.fakes.seed import SOMCHAI, SOMYING
from tests.unit.handlers.test_confirmations import stored, yes


@pytest.mark.parametrize(
    "typed",
    [
        "ถูกแล้วค่ะ กดยืนยันเลย",
        "กดปุ่มไม่ได้ พิมพ์แทนนะคะ ยืนยัน",
        "ยืนยันจ้า ตัวเลขตรงกับที่กองคลังส่งมา",
        "ยกเลิกค่ะ กองผิด",
        "ไม่ถูกค่ะ ยกเลิกนะ ตัวเลขต้องเป็น 412 ไม่ใช่ 421",
    ],
)
def test_a_colleagues_typed_answer_leaves_the_draft_alone(mol: FakePorts, typed: str) -> None:
    yes(handle_mark_step(MarkStep("1"), context(mol, SOMCHAI)))
    say(mol, typed, SOMYING)
    assert stored(mol) == []
    (draft,) = mol.pending.added
    assert mol.pending.get(draft.token).state is PendingState.PENDING


def test_the_senders_typed_yes_with_an_aside_stores_the_draft(mol: FakePorts) -> None:
    yes(handle_mark_step(MarkStep("1"), context(mol, SOMCHAI)))
    reply = say(mol, "ถูกต้องครับ กดยืนยันเลย", SOMCHAI)
    assert reply.messages[0].text.startswith("บันทึกแล้ว")
    assert len(stored(mol)) == 1


def test_the_senders_typed_no_with_a_reason_drops_the_draft(mol: FakePorts) -> None:
    yes(handle_mark_step(MarkStep("1"), context(mol, SOMCHAI)))
    reply = say(mol, "ไม่เอาครับ กองผิด", SOMCHAI)
    assert text_of(reply) == "ยกเลิกแล้ว ไม่มีการบันทึกครับ"
    assert stored(mol) == []
