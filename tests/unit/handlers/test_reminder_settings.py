"""Reminder settings as reply models and policy changes (the Thai wording of every policy and
refusal: ``tests/unit/test_reminder_settings_handler.py``)."""

from __future__ import annotations

import pytest

from handlers.context import ChatKind
from handlers.intents import ReminderAction, ReminderSettings
from handlers.permissions import NOT_BOUND_GROUP, SETTINGS_IN_GROUP
from handlers.ports import GroupBinding
from handlers.reminder_settings import describe_policy, handle_reminder_settings
from handlers.replies import Reply, TextMessage
from kpi_core.models import ReminderPolicy
from tests.fakes.chat import GROUP, NOW, UNBOUND_GROUP, Sender, context
from tests.fakes.ports import FakePorts, PolicyChange
from tests.fakes.seed import COORDINATOR, SOMCHAI

USING = ("organisations", "members", "groups", "reminder_policies")
OFF = ReminderSettings(ReminderAction.OFF)


def settings(ports: FakePorts, intent: ReminderSettings, sender: Sender, **where: object) -> Reply:
    return handle_reminder_settings(intent, context(ports, sender, using=USING, **where))


def test_a_coordinators_change_is_one_text_and_one_logged_change(mol: FakePorts) -> None:
    reply = settings(mol, ReminderSettings(ReminderAction.SET, (5, 1), 8, 0), COORDINATOR)
    saved = ReminderPolicy(days_before=(5, 1), hour=8)
    assert reply == Reply((TextMessage(f"ตั้งเตือนแล้ว ✓ {describe_policy(saved)}"),))
    assert mol.reminder_policies.changes == [
        PolicyChange(GROUP, saved, COORDINATOR.line_user_id, NOW)
    ]


def test_a_room_bound_to_the_organisation_has_its_own_policy(mol: FakePorts) -> None:
    mol.groups.bind(GroupBinding("Rroom", COORDINATOR.organisation, "cli", NOW))
    settings(mol, OFF, COORDINATOR, kind=ChatKind.ROOM, chat_id="Rroom")
    assert mol.reminder_policies.get("Rroom").enabled is False
    assert mol.reminder_policies.get(GROUP).enabled is True


@pytest.mark.parametrize(
    ("where", "refusal"),
    [({"kind": ChatKind.USER}, SETTINGS_IN_GROUP), ({"chat_id": UNBOUND_GROUP}, NOT_BOUND_GROUP)],
    ids=["1:1-chat", "unbound-group"],
)
def test_settings_belong_to_a_bound_group(
    mol: FakePorts, where: dict[str, object], refusal: str
) -> None:
    assert settings(mol, OFF, COORDINATOR, **where) == Reply((TextMessage(refusal),))
    assert mol.reminder_policies.changes == []


def test_a_member_is_shown_the_policy_with_the_refusal(mol: FakePorts) -> None:
    (message,) = settings(mol, OFF, SOMCHAI).messages
    assert message.text.endswith(f"\nการเตือนของกลุ่มนี้: {describe_policy(ReminderPolicy())}")
    assert mol.reminder_policies.changes == []
