"""Round 30, a review of d3d7f4c/e70a871: the registration card's flow (tests written failing by
the reviewer, then fixed).

1. A loose card left open, then "ลงทะเบียน กองกลาง" typed (stored at once): tapping the old card's
   ยืนยัน stores the registration a second time and answers "ย้าย สมใจ ไปที่ กองกลาง แล้ว ✓", a move
   that never happened. The direct registration should settle the card (nothing stored, told so).
2. A coordinator already in a unit telling another unit bare ("อยู่กองกลางค่ะ", where a file is)
   gets a "ยืนยันการย้ายหน่วยงาน" card; a member saying the same only gets a text. A unit told
   bare by someone registered is no move.
3. The card's unit corrected in words ("ไม่ใช่ค่ะ กองคลัง", "ผิดค่ะ กองคลังค่ะ") is answered about a
   step ("ไม่พบรายการขั้นตอนล่าสุดของคุณที่จะแก้ครับ"), the card left open. Fixed: the card is asked
   anew for the unit told (the old one superseded).
4. (Before the change too, by another reader, but against its design) "แก้สังกัดของน้องใหม่เป็น
   กองคลังค่ะ", a senior asking a newcomer's unit fixed, registers the sender in กองคลัง at once.
"""

from __future__ import annotations

import pytest

from tests.fakes.chat import press, say
from tests.fakes.ports import fake_ports
from tests.fakes.reading import button, cards, rows, text_of
from tests.fakes.seed import COORDINATOR, SOMCHAI, STRANGER, labour


def test_a_loose_card_confirmed_after_registering_directly_stores_nothing_more() -> None:
    ports = fake_ports(labour(), display_names={STRANGER: "สมใจ"})
    card = say(ports, "อยู่กองกลางค่ะ", STRANGER)
    assert [c.title for c in cards(card)] == ["ยืนยันการลงทะเบียน"]
    say(ports, "ลงทะเบียน กองกลาง", STRANGER)
    member = ports.members.get(STRANGER)
    assert member is not None and member.unit == "กองกลาง"
    changes = len(ports.members.changes)
    answer = text_of(press(ports, button(card, "ยืนยัน"), STRANGER, event_id="evt-late"))
    assert "ย้าย" not in answer
    assert len(ports.members.changes) == changes


def test_a_coordinator_telling_another_unit_bare_gets_no_move_card() -> None:
    ports = fake_ports(labour(), members=[COORDINATOR, SOMCHAI])
    reply = say(ports, "อยู่กองกลางค่ะ", COORDINATOR)
    assert [c.title for c in cards(reply)] == []
    member = ports.members.get(COORDINATOR.line_user_id)
    assert member is not None and member.unit == COORDINATOR.unit


@pytest.mark.parametrize("correction", ["ไม่ใช่ค่ะ กองคลัง", "ผิดค่ะ กองคลังค่ะ"])
def test_the_cards_unit_corrected_in_words_asks_the_card_anew(correction: str) -> None:
    ports = fake_ports(labour(), display_names={STRANGER: "สมใจ"})
    first = say(ports, "อยู่กองกลางค่ะ", STRANGER)
    reply = say(ports, correction, STRANGER)
    (card,) = cards(reply)
    assert card.title == "ยืนยันการลงทะเบียน"
    assert [row.value for row in rows(card)] == ["ชื่อ: สมใจ", "หน่วยงาน: กองคลัง"]
    assert ports.members.get(STRANGER) is None
    assert "ใหม่กว่ามาแทนแล้ว" in text_of(press(ports, button(first, "ยืนยัน"), STRANGER))
    press(ports, button(reply, "ยืนยัน"), STRANGER)
    member = ports.members.get(STRANGER)
    assert member is not None and member.unit == "กองคลัง"


def test_a_seniors_request_to_fix_a_newcomers_unit_registers_nobody_at_once() -> None:
    ports = fake_ports(labour(), members=[COORDINATOR, SOMCHAI])
    say(ports, "แก้สังกัดของน้องใหม่เป็นกองคลังค่ะ", STRANGER)
    assert ports.members.get(STRANGER) is None
