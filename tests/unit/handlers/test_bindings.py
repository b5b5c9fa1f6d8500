"""A group stays its organisation's: another organisation's coordinator cannot take it over;
when the bot leaves, the binding turns inactive (kept), and the organisation's own coordinator
restores it after the bot is added again."""

from __future__ import annotations

import pytest

from handlers.context import Chat, ChatKind
from handlers.conversation import locate
from handlers.greetings import greet_group
from handlers.intents import BindGroup
from handlers.membership import bot_left, handle_bind_group
from handlers.permissions import BOUND_ELSEWHERE, NOT_BOUND_GROUP
from tests.fakes.chat import GROUP, NOW, context, incoming, say
from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.reading import text_of
from tests.fakes.seed import COORDINATOR, OCSC_COORDINATOR, SOMCHAI, labour, ocsc

MOL, OCSC = labour().name, ocsc().name


@pytest.fixture
def shared() -> FakePorts:
    """สป.รง.'s group, with สป.รง.'s coordinator and สำนักงาน ก.พ.'s coordinator in it."""
    return fake_ports(labour(), ocsc(), members=[COORDINATOR, SOMCHAI, OCSC_COORDINATOR])


def bind(ports: FakePorts, sender: object, event: str = "evt-bind") -> str:
    """The reply to ``sender`` typing ``ผูกกลุ่ม`` in the group."""
    return text_of(handle_bind_group(BindGroup(""), context(ports, sender, event_id=event)))


def test_another_organisations_coordinator_cannot_take_the_group_over(shared: FakePorts) -> None:
    # Observed: ก.พ.'s coordinator said ผูกกลุ่ม in สป.รง.'s group and took it.
    logged = len(shared.groups.changes)
    assert bind(shared, OCSC_COORDINATOR) == BOUND_ELSEWHERE.format(org=MOL)
    assert shared.groups.get(GROUP).organisation == MOL  # type: ignore[union-attr]
    assert len(shared.groups.changes) == logged


def test_the_groups_own_coordinator_may_bind_it_again(shared: FakePorts) -> None:
    assert bind(shared, COORDINATOR).startswith(f"ผูกกลุ่มนี้กับ {MOL} แล้ว ✓")


def test_leaving_keeps_the_binding_inactive_and_stops_answers_and_reminders(
    shared: FakePorts,
) -> None:
    bot_left(shared, Chat(ChatKind.GROUP, GROUP), NOW, "evt-leave")
    assert shared.groups.get(GROUP) is None and shared.groups.all() == []
    kept = shared.groups.last(GROUP)
    assert kept is not None and (kept.organisation, kept.active) == (MOL, False)
    assert shared.groups.changes[-1].source_event_id == "evt-leave"
    assert locate(incoming("สถานะ", SOMCHAI), shared)[0] is None
    assert text_of(say(shared, "สถานะ", SOMCHAI)) == NOT_BOUND_GROUP


def test_after_the_bot_is_added_again_only_the_same_organisation_restores_it(
    shared: FakePorts,
) -> None:
    bot_left(shared, Chat(ChatKind.GROUP, GROUP), NOW, "evt-leave")
    assert MOL in text_of(greet_group(None, left=MOL))  # the join greeting names the owner
    assert bind(shared, OCSC_COORDINATOR) == BOUND_ELSEWHERE.format(org=MOL)
    assert shared.groups.get(GROUP) is None
    assert "อีกครั้ง" in bind(shared, COORDINATOR, "evt-rebind")
    restored = shared.groups.get(GROUP)
    assert restored is not None and restored.active and restored.organisation == MOL
    assert [b.group_id for b in shared.groups.all()] == [GROUP]


def test_leaving_a_one_to_one_chat_changes_nothing(shared: FakePorts) -> None:
    before = list(shared.groups.changes)
    bot_left(shared, Chat(ChatKind.USER, SOMCHAI.line_user_id), NOW, "evt-x")
    assert shared.groups.changes == before
