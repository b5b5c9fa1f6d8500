"""An ask-back accepts the number or the name typed as the sender's next message in the chat."""

from __future__ import annotations

from datetime import timedelta

import pytest

from handlers import postbacks
from handlers.common import unit_label
from handlers.intents import RegisterUnit
from handlers.replies import Reply
from tests.fakes.chat import NOW, press, say
from tests.fakes.ports import FakePorts
from tests.fakes.reading import card_messages, texts
from tests.fakes.seed import OCSC_COORDINATOR, SOMCHAI, STRANGER, labour

MOL = labour().name


def shown(reply: Reply) -> str:
    """Everything the reply shows: its texts and its cards' summaries."""
    return "\n".join([*texts(reply), *(m.alt_text for m in card_messages(reply))])


def test_the_number_typed_after_an_ask_back_answers_it(civil_service: FakePorts) -> None:
    # ชุดข้อมูล names two different blocks (6 and 7); identical copies are answered at once.
    asked = say(civil_service, "ตัวชี้วัดชุดข้อมูล", OCSC_COORDINATOR)
    assert "หมายถึงตัวไหน" in shown(asked)
    answer = shown(say(civil_service, "6", OCSC_COORDINATOR))
    assert "ตัวชี้วัด 6" in answer
    assert "ถาม PMQA Bot ได้แบบนี้" not in answer and "ลองพิมพ์แบบนี้" not in answer


def test_the_name_typed_after_an_ask_back_answers_it(civil_service: FakePorts) -> None:
    say(civil_service, "DG Readiness", OCSC_COORDINATOR)
    answer = shown(say(civil_service, "คะแนนความพร้อมรัฐบาลดิจิทัล", OCSC_COORDINATOR))
    assert "ตัวชี้วัด 9" in answer


def test_the_ask_back_is_stored_with_who_asked_where_and_from_which_event(
    civil_service: FakePorts,
) -> None:
    say(civil_service, "ตัวชี้วัดชุดข้อมูล", OCSC_COORDINATOR, event_id="ev-ask")
    (stored,) = civil_service.ask_backs.asked
    assert stored.line_user_id == OCSC_COORDINATOR.line_user_id
    assert stored.source_event_id == "ev-ask"
    assert [c.key for c in stored.choices] == ["6", "7"]
    say(civil_service, "7", OCSC_COORDINATOR, event_id="ev-answer")
    assert civil_service.ask_backs.states[stored.id] == "answered"
    assert civil_service.ask_backs.closed_by[stored.id] == "ev-answer"


def test_another_message_passes_the_ask_back_by(civil_service: FakePorts) -> None:
    say(civil_service, "ตัวชี้วัดชุดข้อมูล", OCSC_COORDINATOR)
    say(civil_service, "สถานะ", OCSC_COORDINATOR)
    assert "ลองพิมพ์แบบนี้" in shown(say(civil_service, "6", OCSC_COORDINATOR))


def test_an_ask_back_is_the_askers_only(civil_service: FakePorts) -> None:
    say(civil_service, "ตัวชี้วัดชุดข้อมูล", OCSC_COORDINATOR)
    assert "ตัวชี้วัด 6" not in shown(say(civil_service, "6", SOMCHAI))


def test_an_ask_back_is_short_lived(civil_service: FakePorts) -> None:
    say(civil_service, "ตัวชี้วัดชุดข้อมูล", OCSC_COORDINATOR)
    later = NOW + timedelta(minutes=11)
    assert "ตัวชี้วัด 6" not in shown(say(civil_service, "6", OCSC_COORDINATOR, now=later))


# A newcomer asked which unit to register with types the unit's name (or its listing's number)
# as the next message, as often as they tap its button (issue 9: conversation state).
@pytest.mark.parametrize(
    ("typed", "unit"),
    [
        ("กองนิติการค่ะ", "กองนิติการ"),
        ("ศทส ครับ", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"),
        ("กค.", "กองคลัง"),
        ("กองกลาง", "กองกลาง"),
        ("ไอทีครับ", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"),
    ],
)
def test_the_unit_typed_after_the_registration_ask_registers_it(
    mol: FakePorts, typed: str, unit: str
) -> None:
    asked = shown(say(mol, "ขอลงทะเบียนค่ะ", STRANGER))
    assert "ลงทะเบียนกับหน่วยงานไหน" in asked
    answer = shown(say(mol, typed, STRANGER))
    assert f"เป็นสมาชิกของ {unit} แล้ว" in answer
    assert mol.members.get(STRANGER).unit == unit  # type: ignore[union-attr]


def test_the_listings_number_typed_after_the_registration_ask_registers_that_unit(
    mol: FakePorts,
) -> None:
    asked = say(mol, "ขอลงทะเบียนค่ะ", STRANGER)
    first = mol.organisations.get(MOL).units[0]  # type: ignore[union-attr]
    assert f"1. {unit_label(first)}" in shown(asked)
    say(mol, "1", STRANGER)
    assert mol.members.get(STRANGER).unit == first.name  # type: ignore[union-attr]


def test_the_registration_ask_offers_each_unit_as_a_button(mol: FakePorts) -> None:
    asked = say(mol, "ขอลงทะเบียนค่ะ", STRANGER)
    units = mol.organisations.get(MOL).units  # type: ignore[union-attr]
    offered = [postbacks.decode(a.data) for a in asked.quick_replies]
    assert offered == [RegisterUnit(unit=u.name) for u in units]
    assert all(len(a.label) <= 20 for a in asked.quick_replies)
    press(mol, asked.quick_replies[1], STRANGER)
    assert mol.members.get(STRANGER).unit == units[1].name  # type: ignore[union-attr]


@pytest.mark.parametrize("typed", ["สถานะ", "กองพัสดุค่ะ", "3 ขั้นตอน", "ยังไม่แน่ใจค่ะ ถามหัวหน้าก่อน"])
def test_anything_else_after_the_registration_ask_registers_nobody(
    mol: FakePorts, typed: str
) -> None:
    say(mol, "ขอลงทะเบียนค่ะ", STRANGER)
    say(mol, typed, STRANGER)
    assert mol.members.get(STRANGER) is None


def test_another_member_typing_a_unit_after_someones_registration_ask_registers_nobody(
    mol: FakePorts,
) -> None:
    say(mol, "ขอลงทะเบียนค่ะ", STRANGER)
    say(mol, "กองกลาง", SOMCHAI)
    assert mol.members.get(STRANGER) is None
    assert mol.members.get(SOMCHAI.line_user_id).unit == "กองคลัง"  # type: ignore[union-attr]
