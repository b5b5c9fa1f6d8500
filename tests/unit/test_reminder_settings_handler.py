"""Reminder settings in chat: who may see and change a group's policy, and how it is restated."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

from handlers.context import Chat, ChatKind, Context, Incoming, Ports
from handlers.conversation import locate, respond
from handlers.intents import ReminderAction, ReminderSettings
from handlers.reminder_settings import describe_policy, handle_reminder_settings
from handlers.render_text import render_reply
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Member, Organisation, ReminderPolicy, Role, Unit
from tests.fakes.ports import FakePorts, FakeReminderPolicies, fake_ports, touching_only

NOW = datetime(2025, 1, 28, 9, 30, tzinfo=BANGKOK)
MOL = Organisation(name="สำนักงานปลัดกระทรวงแรงงาน", short_name="สป.รง.", units=(Unit("กองคลัง"),))
OTHER = Organisation(name="สำนักงบประมาณ")
GROUP = "Cmol"
UNBOUND = "Cfresh"
COORDINATOR = Member("Ucoord", MOL.name, role=Role.COORDINATOR)
SOMCHAI = Member("Usomchai", MOL.name, unit="กองคลัง")
OUTSIDER = Member("Uother", OTHER.name, role=Role.COORDINATOR)
DEFAULT_TEXT = (
    "เตือนก่อนกำหนด 7, 3, 1 วัน และเช้าวันกำหนดส่ง เวลา 09:00 น. "
    "(งดวันเสาร์ อาทิตย์ และวันหยุดราชการ) · แจ้งก่อนเปิดรับและเมื่อเลยกำหนดด้วย"
)


@pytest.fixture
def ports() -> FakePorts:
    """สป.รง. and สำนักงบประมาณ; the team's group bound to สป.รง.; the handlers reach only the
    organisations, members, groups and reminder policies."""
    return fake_ports(
        MOL, OTHER, members=[COORDINATOR, SOMCHAI, OUTSIDER], bindings={GROUP: MOL.name}
    )


@pytest.fixture
def policies(ports: FakePorts) -> FakeReminderPolicies:
    return ports.reminder_policies


def answer(
    ports: Ports, intent: ReminderSettings, user: Member | None, chat: Chat | None = None
) -> str:
    """The handler's reply text to ``user`` in the ``mol`` group (or ``chat``)."""
    user_id = user.line_user_id if user else None
    incoming = Incoming("", chat or Chat(ChatKind.GROUP, GROUP), user_id)
    org, member = locate(incoming, ports)
    used = touching_only(ports, "organisations", "members", "groups", "reminder_policies")
    return render_reply(handle_reminder_settings(intent, Context(incoming, used, NOW, org, member)))


def set_(*days: int, hour: int | None = None, minute: int | None = None) -> ReminderSettings:
    return ReminderSettings(ReminderAction.SET, days, hour, minute)


SHOW = ReminderSettings(ReminderAction.SHOW)
ON = ReminderSettings(ReminderAction.ON)
OFF = ReminderSettings(ReminderAction.OFF)


@pytest.mark.parametrize(
    "user", [COORDINATOR, SOMCHAI, None], ids=["coordinator", "member", "anon"]
)
def test_anyone_in_a_bound_group_sees_its_policy(ports: Ports, user: Member | None) -> None:
    text = answer(ports, SHOW, user)
    assert f"การเตือนของกลุ่มนี้: {DEFAULT_TEXT}" in text
    assert "'ตั้งเตือน 7 3 1 เวลา 8:30'" in text


def test_a_direct_chat_is_told_that_reminders_belong_to_a_group(ports: Ports) -> None:
    text = answer(ports, SHOW, COORDINATOR, Chat(ChatKind.USER, COORDINATOR.line_user_id))
    assert "ใช้ในกลุ่ม LINE ของทีม" in text


def test_an_unbound_group_is_told_to_bind_it_first(
    ports: Ports, policies: FakeReminderPolicies
) -> None:
    text = answer(ports, set_(7), COORDINATOR, Chat(ChatKind.GROUP, UNBOUND))
    assert "ยังไม่ได้ผูกกับหน่วยงาน" in text and policies.changes == []


@pytest.mark.parametrize("intent", [set_(7, 3, 1), ON, OFF], ids=["set", "on", "off"])
def test_a_member_is_politely_refused_and_nothing_changes(
    ports: Ports, policies: FakeReminderPolicies, intent: ReminderSettings
) -> None:
    text = answer(ports, intent, SOMCHAI)
    assert "เปลี่ยนการตั้งเตือนได้เฉพาะผู้ประสานงานของ สำนักงานปลัดกระทรวงแรงงาน ครับ" in text
    assert DEFAULT_TEXT in text and policies.changes == []


def test_a_coordinator_of_another_organisation_is_refused(
    ports: Ports, policies: FakeReminderPolicies
) -> None:
    assert "เฉพาะผู้ประสานงาน" in answer(ports, OFF, OUTSIDER) and policies.changes == []


def test_a_change_without_a_line_user_id_is_refused(
    ports: Ports, policies: FakeReminderPolicies
) -> None:
    assert "LINE ไม่ได้ส่งข้อมูลผู้ส่งมา" in answer(ports, OFF, None) and policies.changes == []


def test_the_coordinator_sets_days_and_time_and_the_reply_restates_the_policy(
    ports: Ports, policies: FakeReminderPolicies
) -> None:
    text = answer(ports, set_(7, 3, 1, 0, hour=8, minute=30), COORDINATOR)
    assert text == (
        "ตั้งเตือนแล้ว ✓ เตือนก่อนกำหนด 7, 3, 1 วัน และเช้าวันกำหนดส่ง เวลา 08:30 น. "
        "(งดวันเสาร์ อาทิตย์ และวันหยุดราชการ) · แจ้งก่อนเปิดรับและเมื่อเลยกำหนดด้วย"
    )
    saved = replace(ReminderPolicy(), days_before=(7, 3, 1, 0), hour=8, minute=30)
    assert policies.changes == [(GROUP, saved, COORDINATOR.line_user_id, NOW)]


def test_days_are_kept_largest_first_without_repeats(
    ports: Ports, policies: FakeReminderPolicies
) -> None:
    answer(ports, set_(1, 3, 7, 3), COORDINATOR)
    assert policies.get(GROUP).days_before == (7, 3, 1)


def test_setting_only_the_time_keeps_the_days(ports: Ports, policies: FakeReminderPolicies) -> None:
    answer(ports, set_(14, 2), COORDINATOR)
    answer(ports, set_(hour=10), COORDINATOR)
    policy = policies.get(GROUP)
    assert (policy.days_before, policy.hour, policy.minute) == ((14, 2), 10, 0)


def test_setting_only_the_days_keeps_the_time(ports: Ports, policies: FakeReminderPolicies) -> None:
    answer(ports, set_(hour=13, minute=15), COORDINATOR)
    text = answer(ports, set_(5, 0), COORDINATOR)
    assert "เตือนก่อนกำหนด 5 วัน และวันกำหนดส่ง เวลา 13:15 น." in text  # no "เช้า" after noon


@pytest.mark.parametrize(
    ("intent", "why"),
    [
        (set_(61), "เตือนล่วงหน้าได้ 0–60 วันครับ (61 วันไม่ได้)"),
        (set_(90, 7, 100), "(100, 90 วันไม่ได้)"),
        (set_(30, 14, 7, 5, 3, 1, 0), "ตั้งวันเตือนได้ไม่เกิน 6 ค่าครับ (พิมพ์มา 7 ค่า)"),
        (set_(7, hour=24), "เวลา 24:00 ไม่ถูกต้องครับ ตั้งได้ 00:00–23:59"),
        (set_(hour=8, minute=60), "เวลา 8:60 ไม่ถูกต้องครับ"),
    ],
    ids=["day-61", "several-out-of-range", "seven-values", "hour-24", "minute-60"],
)
def test_days_and_times_out_of_range_are_explained_and_not_saved(
    ports: Ports, policies: FakeReminderPolicies, intent: ReminderSettings, why: str
) -> None:
    assert why in answer(ports, intent, COORDINATOR)
    assert policies.changes == []


def test_six_values_including_the_deadline_day_are_accepted(
    ports: Ports, policies: FakeReminderPolicies
) -> None:
    answer(ports, set_(60, 14, 7, 3, 1, 0, hour=0, minute=0), COORDINATOR)
    assert policies.get(GROUP).days_before == (60, 14, 7, 3, 1, 0)


def test_the_coordinator_turns_reminders_off_and_on(
    ports: Ports, policies: FakeReminderPolicies
) -> None:
    off = answer(ports, OFF, COORDINATOR)
    assert off.startswith("ปิดการเตือนแล้ว ✓")
    assert f"ปิดการเตือนอยู่ (ค่าที่ตั้งไว้: {DEFAULT_TEXT})" in off
    assert "ปิดการเตือนอยู่" in answer(ports, SHOW, SOMCHAI)
    assert answer(ports, ON, COORDINATOR) == f"เปิดการเตือนแล้ว ✓ {DEFAULT_TEXT}"
    assert [policy.enabled for _, policy, _, _ in policies.changes] == [False, True]


def test_asking_for_what_is_already_set_saves_nothing(
    ports: Ports, policies: FakeReminderPolicies
) -> None:
    assert "เป็นแบบนี้อยู่แล้ว" in answer(ports, ON, COORDINATOR)
    assert "เป็นแบบนี้อยู่แล้ว" in answer(ports, set_(7, 3, 1, 0, hour=9), COORDINATOR)
    assert policies.changes == []


def test_a_chat_message_reaches_the_handler_through_the_dispatch_table(
    ports: Ports, policies: FakeReminderPolicies
) -> None:
    incoming = Incoming("ตั้งเตือน 7 3 1 เวลา 8:30", Chat(ChatKind.GROUP, GROUP), "Ucoord")
    assert render_reply(respond(incoming, ports, NOW)).startswith("ตั้งเตือนแล้ว ✓")
    assert policies.get(GROUP).days_before == (7, 3, 1)


QUIET = " (งดวันเสาร์ อาทิตย์ และวันหยุดราชการ)"
EXTRAS = " · แจ้งก่อนเปิดรับและเมื่อเลยกำหนดด้วย"


@pytest.mark.parametrize(
    ("changes", "text"),
    [
        ({}, DEFAULT_TEXT),
        ({"days_before": (0,), "hour": 7}, f"เตือนเช้าวันกำหนดส่ง เวลา 07:00 น.{QUIET}{EXTRAS}"),
        ({"days_before": (0,), "hour": 14}, f"เตือนวันกำหนดส่ง เวลา 14:00 น.{QUIET}{EXTRAS}"),
        ({"days_before": ()}, f"ไม่เตือนก่อนกำหนด เวลา 09:00 น.{QUIET}{EXTRAS}"),
        (
            {"quiet_weekdays": frozenset(), "quiet_holidays": False, "before_open": False},
            "เตือนก่อนกำหนด 7, 3, 1 วัน และเช้าวันกำหนดส่ง เวลา 09:00 น. · แจ้งเมื่อเลยกำหนดด้วย",
        ),
        (
            {"quiet_weekdays": frozenset({6}), "quiet_dates": frozenset({date(2025, 1, 2)})},
            "เตือนก่อนกำหนด 7, 3, 1 วัน และเช้าวันกำหนดส่ง เวลา 09:00 น. "
            f"(งดวันอาทิตย์, วันหยุดราชการ และวันที่ 2 ม.ค. 2568){EXTRAS}",
        ),
        (
            {"days_before": (5,), "overdue": False, "before_open": False},
            f"เตือนก่อนกำหนด 5 วัน เวลา 09:00 น.{QUIET}",
        ),
        ({"enabled": False}, f"ปิดการเตือนอยู่ (ค่าที่ตั้งไว้: {DEFAULT_TEXT})"),
    ],
    ids=[
        "default",
        "deadline-morning-only",
        "deadline-afternoon",
        "no-days",
        "no-quiet-days",
        "quiet-dates",
        "no-extras",
        "off",
    ],
)
def test_a_policy_is_described_in_one_thai_line(changes: dict[str, Any], text: str) -> None:
    assert describe_policy(replace(ReminderPolicy(), **changes)) == text


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("ปิดสรุปรายสัปดาห์ได้ไหม รกกลุ่ม", "ปิดสรุปรายสัปดาห์"),
        ("เตือนก่อน 5 วันกับ 1 วันได้ไหมครับ", "เตือนก่อน 5 วันกับ 1 วัน"),
        ("ปิดเตือนได้มั้ยคะ มันเด้งเยอะ", "ปิดเตือน"),
        ("ช่วยตั้งเตือน 3 1 ให้หน่อยได้ไหม", "ช่วยตั้งเตือน 3 1"),
    ],
)
def test_a_setting_asked_as_a_favour_is_offered_back_and_nothing_changes(
    ports: Ports, policies: FakeReminderPolicies, text: str, command: str
) -> None:
    """A question ("…ได้ไหม") never changes a setting by itself: the plain command is offered
    back as a button that types it."""
    incoming = Incoming(text, Chat(ChatKind.GROUP, GROUP), "Ucoord")
    reply = respond(incoming, ports, NOW)
    assert render_reply(reply).startswith(f"หมายถึง '{command}' ใช่ไหมครับ")
    assert [a.text for a in reply.quick_replies] == [command]
    assert policies.changes == []
