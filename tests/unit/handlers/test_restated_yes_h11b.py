"""A typed yes that restates the card's figure or unit ("ถูกแล้วค่ะ 52.3 บันทึกเลย", "ใช่ครับ
กองคลัง ถูกแล้ว") stores the draft only if the draft holds what was restated; otherwise
nothing is stored and the draft stays open. A yes or a no with its reason settles the draft."""

from __future__ import annotations

from decimal import Decimal

import pytest

from handlers.intents import MarkStep
from handlers.ports import PendingState
from handlers.step_submissions import handle_mark_step
from tests.fakes.chat import context, say
from tests.fakes.ports import FakePorts
from tests.fakes.reading import text_of
from tests.fakes.seed import PATHUM, SOMCHAI
from tests.unit.handlers.test_confirmations import draft, stored, yes


@pytest.mark.parametrize(
    "typed",
    ["ถูกแล้วค่ะ 52.3 บันทึกเลยค่ะ", "ยืนยันครับ 52.30 ถูกต้อง", "ยืนยันครับ ตรวจทานแล้วถูกต้องทุกรายการ"],
)
def test_a_yes_restating_the_cards_figure_stores_it_once(pathum: FakePorts, typed: str) -> None:
    draft(pathum, "52.3")
    reply = say(pathum, typed, PATHUM)
    assert reply.messages[0].text.startswith("บันทึกแล้ว")
    assert [row.value for row in stored(pathum)] == [Decimal("52.3")]


def test_a_yes_restating_another_figure_stores_nothing_and_keeps_the_draft(
    pathum: FakePorts,
) -> None:
    draft(pathum, "52.3")
    reply = say(pathum, "ถูกแล้วค่ะ 61.2 บันทึกเลยค่ะ", PATHUM)
    assert "ตัวเลขที่พิมพ์ (61.2) ไม่ตรงกับรายการที่รอยืนยัน (52.3)" in text_of(reply)
    assert stored(pathum) == []
    (pending,) = pathum.pending.added
    assert pathum.pending.get(pending.token).state is PendingState.PENDING
    say(pathum, "ยืนยันค่ะ", PATHUM)  # the card as shown is still there to confirm
    assert len(stored(pathum)) == 1


def test_a_yes_restating_the_cards_unit_stores_it(mol: FakePorts) -> None:
    yes(handle_mark_step(MarkStep("1"), context(mol, SOMCHAI)))
    reply = say(mol, "ใช่ครับ กองคลัง ถูกแล้ว", SOMCHAI)
    assert reply.messages[0].text.startswith("บันทึกแล้ว")
    assert len(stored(mol)) == 1


def test_a_yes_restating_another_unit_stores_nothing(mol: FakePorts) -> None:
    yes(handle_mark_step(MarkStep("1"), context(mol, SOMCHAI)))
    reply = say(mol, "ใช่ครับ กองกลาง ถูกต้องแล้ว", SOMCHAI)
    assert "หน่วยงานที่พิมพ์ (กองกลาง) ไม่ตรงกับรายการที่รอยืนยัน (กองคลัง)" in text_of(reply)
    assert stored(mol) == []


@pytest.mark.parametrize(
    "typed",
    [
        "ไม่ต้องบันทึกครับ ข้อมูลยังไม่เป็นทางการ",
        "ยกเลิกก่อนครับ ทสจ.ยังไม่ยืนยันตัวเลข",
        "ยังไม่ต้องบันทึกนะคะ รอท่านเลขาฯ อนุมัติก่อน",
    ],
)
def test_a_no_with_its_reason_drops_the_draft(pathum: FakePorts, typed: str) -> None:
    draft(pathum, "52.3")
    reply = say(pathum, typed, PATHUM)
    assert text_of(reply) == "ยกเลิกแล้ว ไม่มีการบันทึกครับ"
    assert stored(pathum) == []
