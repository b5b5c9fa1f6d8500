"""The month's forecast in ดูการตั้งเตือน, the weekly digest switch, and what rides on answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from handlers.context import Chat, ChatKind
from handlers.notices import with_notices
from handlers.reminder_ports import Forecast
from handlers.replies import Action, Reply, TextMessage, text_reply
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import ReminderPolicy
from tests.fakes.chat import NOW, say
from tests.fakes.ports import GROUP, FakePorts
from tests.fakes.reading import text_of
from tests.fakes.seed import COORDINATOR, SOMCHAI

ANSWER = text_reply("คำตอบ", Action("สถานะ", text="สถานะ"))
MOL = "สำนักงานปลัดกระทรวงแรงงาน"
FORECAST = Forecast(
    computed_at=datetime(2025, 1, 28, 9, 0, tzinfo=BANGKOK),
    known=True,
    limit=300,
    used=180,
    margin=30,
    cost=90,
    held=2,
    group_pushes=3,
    group_cost=90,
    group_held=1,
)
REMINDER = Reply((TextMessage("⏰ เตือนกำหนดส่ง"),))


def test_the_settings_show_the_months_use_and_what_the_plan_still_spends(mol: FakePorts) -> None:
    mol.reminder_forecasts.forecast = FORECAST
    text = text_of(say(mol, "ดูการตั้งเตือน", SOMCHAI))
    assert "เดือนนี้ใช้ไป 180/300 ข้อความ; แผนเตือนที่เหลือ ~90 (กลุ่มนี้ 3 ครั้ง ~90 ข้อความ)" in text
    assert "งดส่ง 2 ครั้งเพื่อไม่ให้เกินโควตา (กลุ่มนี้ 1)" in text


@pytest.mark.parametrize(
    ("forecast", "expected"),
    [
        (None, "ยังไม่ได้คำนวณ"),
        (replace(FORECAST, computed_at=datetime(2024, 12, 31, tzinfo=BANGKOK)), "ยังไม่ได้คำนวณ"),
        (replace(FORECAST, known=False), "อ่านจาก LINE ไม่ได้"),
        (replace(FORECAST, limit=None, held=0), "ใช้ไป 180/ไม่จำกัด ข้อความ"),
    ],
    ids=["none", "last-month", "unknown", "no-limit"],
)
def test_the_forecast_says_what_is_not_known(mol: FakePorts, forecast, expected: str) -> None:  # noqa: ANN001
    mol.reminder_forecasts.forecast = forecast
    assert expected in text_of(say(mol, "ดูการตั้งเตือน", SOMCHAI))


def test_the_coordinator_turns_the_weekly_digest_on_and_off(mol: FakePorts) -> None:
    on = text_of(say(mol, "บอท เปิดสรุปรายสัปดาห์", COORDINATOR, event_id="e1"))
    assert on.startswith("เปิดสรุปรายสัปดาห์แล้ว ✓")
    assert "สรุปรายสัปดาห์ทุกวันจันทร์" in on
    assert mol.reminder_policies.get(GROUP).weekly_digest
    off = text_of(say(mol, "บอท ปิดสรุปรายสัปดาห์", COORDINATOR, event_id="e2"))
    assert off.startswith("ปิดสรุปรายสัปดาห์แล้ว ✓")
    assert mol.reminder_policies.get(GROUP) == ReminderPolicy()
    assert mol.reminder_policies.events == ["e1", "e2"]


def test_a_member_cannot_turn_the_digest_on(mol: FakePorts) -> None:
    assert "เฉพาะผู้ประสานงาน" in text_of(say(mol, "บอท เปิดสรุปรายสัปดาห์", SOMCHAI))
    assert mol.reminder_policies.changes == []


def test_the_coordinator_hears_of_reminders_held_back_for_the_quota(mol: FakePorts) -> None:
    mol.reminder_deliveries.hold(MOL, step=4, due=date(2025, 9, 24))
    mol.reminder_deliveries.hold(MOL, step=0, due=date(2025, 9, 22), kind="digest")
    reply = with_notices(ANSWER, mol, COORDINATOR.line_user_id, NOW)
    notice = reply.messages[0]
    assert isinstance(notice, TextMessage)
    assert notice.text.startswith("ℹ️ งดส่งการแจ้งเตือน 2 รายการ เพื่อไม่ให้เกินโควตาข้อความ LINE")
    assert "• ขั้นตอนที่ 4 (กำหนด 24 ก.ย. 2568)" in notice.text
    assert "• สรุปประจำสัปดาห์ (กำหนด 22 ก.ย. 2568)" in notice.text
    assert with_notices(ANSWER, mol, COORDINATOR.line_user_id, NOW) is ANSWER


def test_in_the_group_a_due_reminder_rides_on_the_answer(mol: FakePorts) -> None:
    mol.due_reminders.due[GROUP] = REMINDER
    group = Chat(ChatKind.GROUP, GROUP)
    reply = with_notices(ANSWER, mol, SOMCHAI.line_user_id, NOW, chat=group, event_id="e7")
    assert reply.messages == (*ANSWER.messages, *REMINDER.messages)
    assert reply.quick_replies == ANSWER.quick_replies
    assert mol.due_reminders.taken == [(GROUP, "e7")]
    again = with_notices(ANSWER, mol, SOMCHAI.line_user_id, NOW, chat=group, event_id="e8")
    assert again is ANSWER


@pytest.mark.parametrize(
    ("reply", "chat"),
    [
        (Reply(), Chat(ChatKind.GROUP, GROUP)),  # a silent reply carries nothing
        (ANSWER, Chat(ChatKind.USER, SOMCHAI.line_user_id)),  # a 1:1 chat is not the group
        (Reply(tuple(TextMessage(str(n)) for n in range(5))), Chat(ChatKind.GROUP, GROUP)),
    ],
    ids=["silent", "direct", "full"],
)
def test_a_reminder_rides_only_on_a_group_answer_with_room(
    mol: FakePorts, reply: Reply, chat: Chat
) -> None:
    mol.due_reminders.due[GROUP] = REMINDER
    assert with_notices(reply, mol, SOMCHAI.line_user_id, NOW, chat=chat) is reply
    assert mol.due_reminders.taken == []
