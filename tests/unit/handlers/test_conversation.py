"""The conversation entry point: where a message comes from, what it means, who answers it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from handlers import postbacks
from handlers.context import ChatKind
from handlers.conversation import STALE_BUTTON, locate, respond
from handlers.intents import Aspect, IndicatorQuery
from handlers.ports import GroupBinding
from handlers.replies import CardMessage, Reply, TextMessage
from tests.fakes.chat import GROUP, NOW, UNBOUND_GROUP, incoming, press, say
from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.reading import button, cards, text_of
from tests.fakes.seed import (
    COORDINATOR,
    OCSC_COORDINATOR,
    PATHUM,
    SOMCHAI,
    STRANGER,
    budget_bureau,
    labour,
    ocsc,
)

MOL = "สำนักงานปลัดกระทรวงแรงงาน"


@pytest.fixture
def two() -> FakePorts:
    """สป.รง. (bound to ``GROUP``) and ก.พ., each with its coordinator."""
    return fake_ports(labour(), ocsc(), members=[COORDINATOR, SOMCHAI, OCSC_COORDINATOR])


def test_a_group_belongs_to_its_bound_organisation_whoever_speaks(two: FakePorts) -> None:
    org, member = locate(incoming("", OCSC_COORDINATOR), two)
    assert org is not None and org.name == MOL
    assert member is not None and member.organisation == OCSC_COORDINATOR.organisation


def test_a_1_1_chat_belongs_to_the_senders_organisation(two: FakePorts) -> None:
    org, member = locate(incoming("", OCSC_COORDINATOR, kind=ChatKind.USER), two)
    assert org is not None and org.name == OCSC_COORDINATOR.organisation
    assert member is not None and member.unit == OCSC_COORDINATOR.unit


@pytest.mark.parametrize(
    ("message", "found"),
    [
        (incoming("", COORDINATOR, chat_id=UNBOUND_GROUP), (None, COORDINATOR.line_user_id)),
        (incoming("", STRANGER, kind=ChatKind.USER), (None, None)),
        (incoming("", None), (MOL, None)),  # LINE gave no user id
    ],
    ids=["unbound-group", "unregistered-1:1", "no-user-id"],
)
def test_what_cannot_be_located_is_none(two: FakePorts, message: object, found: tuple) -> None:
    org, member = locate(message, two)  # type: ignore[arg-type]
    assert (org and org.name, member and member.line_user_id) == found


@pytest.mark.parametrize(
    "data",
    ["v1:{not json", "v0:{}", "query:score", 'v1:{"t":"Nope"}', "สถานะ"],
    ids=["broken", "old-version", "old-string-protocol", "unknown-intent", "text"],
)
def test_button_data_no_codec_wrote_is_a_stale_button(two: FakePorts, data: str) -> None:
    reply = respond(incoming(data, COORDINATOR, postback=True), two, NOW)
    assert text_of(reply) == STALE_BUTTON


def test_a_button_is_never_read_as_text_and_text_never_as_a_button(two: FakePorts) -> None:
    data = postbacks.encode(IndicatorQuery("1", Aspect.CRITERIA))
    typed = say(two, data, COORDINATOR)  # someone pastes a button's data into the chat
    assert not any(t.startswith("เกณฑ์การประเมิน") for t in _texts(typed))
    pressed = respond(incoming(data, COORDINATOR, postback=True), two, NOW)
    assert _texts(pressed)[0].startswith("เกณฑ์การประเมิน ตัวชี้วัด 1")


def _texts(reply: Reply) -> list[str]:
    return [m.text for m in reply.messages if isinstance(m, TextMessage)]


def test_a_typed_question_reaches_its_handler(two: FakePorts) -> None:
    (message,) = say(two, "สถานะ", STRANGER).messages
    assert isinstance(message, CardMessage) and message.cards[0].title == f"{MOL} (สป.รง.)"


def test_a_pressed_ask_back_button_continues_the_question() -> None:
    ports = fake_ports(budget_bureau())
    asked = say(ports, "งบประมาณได้เท่าไหร่", STRANGER)
    reply = press(ports, button(asked, "3. ระดับความสำเร…"), STRANGER)
    assert cards(reply)[0].title.startswith("3. ระดับความสำเร็จของปริมาณการโอนเปลี่ยนแปลง")


def test_a_value_typed_then_confirmed_by_button_is_stored_with_the_buttons_event(
    pathum: FakePorts,
) -> None:
    restated = say(pathum, "ส่งผล ขยะ 52.3", PATHUM, event_id="evt-1")
    press(pathum, button(restated, "ยืนยัน"), PATHUM, event_id="evt-2")
    ((organisation, row),) = pathum.submissions.stored
    assert (organisation, row.indicator_code, row.value) == ("ปทุมธานี", "2", Decimal("52.3"))
    assert (row.submitted_by, row.source_event_id) == (PATHUM.line_user_id, "evt-2")


def test_a_group_message_is_answered_for_the_groups_organisation(two: FakePorts) -> None:
    two.groups.bind(GroupBinding("Cocsc", OCSC_COORDINATOR.organisation, "cli", NOW))
    reply = respond(incoming("สถานะ", COORDINATOR, chat_id="Cocsc"), two, NOW)
    assert cards(reply)[0].title.startswith(OCSC_COORDINATOR.organisation)


def test_a_registration_read_from_a_typo_is_offered_back_before_anything_is_stored() -> None:
    ports = fake_ports(labour(), display_names={STRANGER: "สมใจ"})
    offer = say(ports, "ลงทะเบีญ กองกลาง", STRANGER)
    assert "ลงทะเบียน กองกลาง" in text_of(offer)
    assert ports.members.get(STRANGER) is None  # nothing stored yet
    tap = offer.quick_replies[0]
    assert tap.text == "ลงทะเบียน กองกลาง"
    done = say(ports, tap.text, STRANGER)  # the button types the corrected command
    assert "แล้ว ✓" in text_of(done)
    member = ports.members.get(STRANGER)
    assert member is not None and member.unit == "กองกลาง"


def test_a_reminder_setting_read_from_a_typo_changes_nothing_until_tapped(two: FakePorts) -> None:
    before = two.reminder_policies.get(GROUP)
    offer = say(two, "ตั้งเตื่อน 5 2", COORDINATOR)
    assert "ตั้งเตือน 5 2" in text_of(offer)
    assert two.reminder_policies.get(GROUP) == before
    say(two, offer.quick_replies[0].text, COORDINATOR)
    assert two.reminder_policies.get(GROUP).days_before == (5, 2)


def test_a_step_read_from_a_typo_goes_to_its_confirmation_card(two: FakePorts) -> None:
    reply = say(two, "ส่งแผนเรียบร้อบ", COORDINATOR)  # the card restates what was understood
    assert postbacks.decode(button(reply, "ยืนยัน").data) is not None


def test_a_write_then_a_question_opens_the_card_and_says_to_ask_again(two: FakePorts) -> None:
    reply = say(two, "ส่งแผนแล้วนะคะ แล้วใครยังไม่ส่งบ้างคะ", COORDINATOR)
    assert postbacks.decode(button(reply, "ยืนยัน").data) is not None
    assert _texts(reply)[-1] == "ส่วนคำถาม 'ใครยังไม่ส่งบ้างคะ' ถามอีกครั้งได้หลังกดยืนยันหรือยกเลิกครับ"


def test_a_unit_told_bare_is_asked_back_on_a_card_and_stored_when_confirmed() -> None:
    ports = fake_ports(labour(), display_names={STRANGER: "สมใจ"})
    reply = say(ports, "สวัสดีค่ะ อยู่กองกลางค่ะ", STRANGER)
    assert [c.title for c in cards(reply)] == ["ยืนยันการลงทะเบียน"]
    assert ports.members.get(STRANGER) is None  # nothing stored yet
    done = press(ports, button(reply, "ยืนยัน"), STRANGER, event_id="evt-bare")
    assert text_of(done) == "ลงทะเบียน สมใจ เป็นสมาชิกของ กองกลาง แล้ว ✓"
    member = ports.members.get(STRANGER)
    assert member is not None and (member.unit, member.source_event_id) == ("กองกลาง", "evt-bare")


@pytest.mark.parametrize("text", ["อยู่ห้องประชุมค่ะ", "อยู่ศูนย์ราชการค่ะ", "อยู่กองคลังทั้งวันค่ะ"])
def test_a_place_told_bare_is_no_registration_card(text: str) -> None:
    ports = fake_ports(labour())
    reply = say(ports, text, STRANGER)
    assert cards(reply) == [] and ports.members.get(STRANGER) is None
