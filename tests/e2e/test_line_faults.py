"""Exactly one answer reaches the chat when LINE is slow (3 s) or rate-limits the reply (429)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.composition import build_services
from bot.line import LineGateway, Timeouts
from bot.web.app import create_app
from tests.e2e.conftest import GROUP, KONGKLANG, NOW, Bot, line_services
from tests.fakes.fake_line import FakeLineServer, FakeResponse
from tests.fakes.webhook_events import text_event

SLOW = 3.0  # seconds LINE takes to answer the reply


@pytest.fixture
def patient_bot(demo_database_url: str, line_server: FakeLineServer) -> Iterator[Bot]:
    """The bot as deployed: replies wait for LINE longer than LINE's slowness."""
    settings = line_services(demo_database_url, line_server).settings
    gateway = LineGateway(settings, timeouts=Timeouts(connect=0.5, read=SLOW + 2))
    services = build_services(settings, clock=lambda: NOW, gateway=gateway)
    yield Bot(create_app(settings, services).test_client(), services, line_server)
    services.outbox.drain(10)
    services.close()


def _ask(bot: Bot) -> None:
    assert bot.post(text_event("บอท สถานะ", group=GROUP, user=KONGKLANG)) == 200


def test_a_reply_slower_than_the_read_timeout_reaches_the_chat_once(bot: Bot) -> None:
    bot.line.script("reply", [FakeResponse(200, delay=SLOW)])  # read timeout: 0.5 s
    _ask(bot)
    assert len(bot.line.delivered()) == 1 and bot.line.pushes() == []


def test_a_slow_reply_is_waited_for_off_the_request_path_and_reaches_the_chat_once(
    patient_bot: Bot,
) -> None:
    patient_bot.line.script("reply", [FakeResponse(200, delay=SLOW)])
    _ask(patient_bot)
    assert len(patient_bot.line.delivered()) == 1 and len(patient_bot.line.requests) == 1


@pytest.mark.parametrize("refusals", [1, 3], ids=["once", "throughout"])
def test_a_reply_rate_limited_with_429_reaches_the_chat_once(bot: Bot, refusals: int) -> None:
    bot.line.script("reply", [FakeResponse(429)] * refusals)
    _ask(bot)
    [answer] = bot.line.delivered()
    assert answer.kind == ("reply" if refusals == 1 else "push")
