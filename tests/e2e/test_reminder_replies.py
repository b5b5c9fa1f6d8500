"""On a reminder day the reminder rides on a free reply instead of a paid push, and its card's
buttons work through the webhook."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from bot.demo import DEMO_GROUP
from bot.reminders.sender import ReminderSender
from bot.web.app import create_app
from handlers import postbacks
from handlers.intents import MarkStep, PostponeReminder
from kpi_core.fiscal_calendar import BANGKOK
from tests.e2e.conftest import COORDINATOR, KONGJ, KONGKLANG, NOW, Bot, line_services
from tests.fakes.fake_line import FakeLineServer
from tests.fakes.webhook_events import postback_event, text_event


def _bot_at(url: str, line: FakeLineServer, now: datetime) -> Iterator[Bot]:
    services = line_services(url, line, now)
    yield Bot(create_app(services.settings, services).test_client(), services, line)
    services.outbox.drain(10)
    services.close()


@pytest.fixture
def quiet_day_bot(demo_database_url: str, line_server: FakeLineServer) -> Iterator[Bot]:
    """The bot on Wednesday 29 January 2025: no reminder is planned that day."""
    yield from _bot_at(demo_database_url, line_server, datetime(2025, 1, 29, 9, 30, tzinfo=BANGKOK))


def test_the_days_reminder_rides_on_the_first_answer_in_the_group(
    bot: Bot, line_server: FakeLineServer
) -> None:
    event = text_event("บอท เหลือกี่วัน", group=DEMO_GROUP, user=KONGKLANG)
    assert bot.post(event) == 200
    [reply] = line_server.landed_replies()
    assert "อีก 3 วัน" in reply.messages[0]["text"]  # the answer first
    assert any("⏰ เตือนกำหนดส่ง" in m.get("altText", "") for m in reply.messages)
    [record] = bot.services.db.reminder_deliveries.list(group_id=DEMO_GROUP)
    assert (record.state, record.via, record.cost) == ("sent", "reply", 0)
    assert record.source_event_id == event["webhookEventId"]
    sender = ReminderSender(bot.services.db, bot.services.gateway, claimer="t")
    assert [r.outcome for r in sender.run(NOW)] == ["already_handled"]
    assert line_server.pushes() == []


def test_the_reminder_rides_once(bot: Bot, line_server: FakeLineServer) -> None:
    bot.post(text_event("บอท สถานะ", group=DEMO_GROUP, user=KONGKLANG))
    bot.post(text_event("บอท สถานะ", group=DEMO_GROUP, user=KONGJ))
    texts = [m.get("altText", "") for r in line_server.landed_replies() for m in r.messages]
    assert sum("⏰ เตือนกำหนดส่ง" in t for t in texts) == 1


def test_on_a_day_without_reminders_the_answer_comes_alone(
    quiet_day_bot: Bot, line_server: FakeLineServer
) -> None:
    quiet_day_bot.post(text_event("บอท เหลือกี่วัน", group=DEMO_GROUP, user=KONGKLANG))
    [reply] = line_server.landed_replies()
    assert not any("⏰" in m.get("altText", "") for m in reply.messages)
    assert quiet_day_bot.services.db.reminder_deliveries.list() == []


def test_a_1_to_1_chat_carries_no_group_reminder(bot: Bot, line_server: FakeLineServer) -> None:
    bot.post(text_event("สถานะ", group=None, user=KONGKLANG))
    assert bot.services.db.reminder_deliveries.list() == []


def test_pressing_sent_on_a_reminder_card_asks_to_confirm_the_pressers_step(
    bot: Bot, line_server: FakeLineServer
) -> None:
    data = postbacks.encode(MarkStep(step="3"))
    bot.post(postback_event(data, group=DEMO_GROUP, user=KONGJ))
    reply = str(line_server.replies()[0].body)
    assert "ยืนยันการบันทึก" in reply and "กองการเจ้าหน้าที่" in reply


def test_the_coordinator_postpones_through_the_card_button(
    bot: Bot, line_server: FakeLineServer
) -> None:
    data = postbacks.encode(PostponeReminder("3", "1"))
    bot.post(postback_event(data, group=DEMO_GROUP, user=COORDINATOR))
    assert "เลื่อนการเตือนขั้นตอนที่ 3 จาก 30 ม.ค. 2568" in bot.texts()
    [stored] = bot.services.db.reminder_postponements.of_group(DEMO_GROUP)["1"][3]
    assert stored.isoformat() == "2025-01-30"
