"""An ask-back accepts the number or the name typed as the sender's next message in the chat."""

from __future__ import annotations

from datetime import timedelta

from handlers.replies import Reply
from tests.fakes.chat import NOW, say
from tests.fakes.ports import FakePorts
from tests.fakes.reading import card_messages, texts
from tests.fakes.seed import OCSC_COORDINATOR, SOMCHAI


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
