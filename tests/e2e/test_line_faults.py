"""Exactly one answer reaches the chat when LINE is slow (3 s) or rate-limits the reply (429)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from bot.composition import Services, build_services
from bot.line import LineGateway, Timeouts
from bot.line.gateway import fallback_retry_key
from bot.web.app import create_app
from tests.e2e.conftest import GROUP, KONGKLANG, NOW, Bot, line_services
from tests.fakes.fake_line import FakeLineServer, FakeResponse
from tests.fakes.tcp_proxy import TcpProxy
from tests.fakes.webhook_events import text_event

SLOW = 3.0  # seconds LINE takes to answer the reply


def _ask(bot: Bot) -> None:
    assert bot.post(text_event("บอท สถานะ", group=GROUP, user=KONGKLANG)) == 200


def test_a_reply_slower_than_the_read_timeout_reaches_the_chat_once(bot: Bot) -> None:
    bot.line.script("reply", [FakeResponse(200, delay=SLOW)])  # read timeout: 1.5 s
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


class LineOutage:
    """LINE unreachable (connections refused) until the bot has waited ``lasting`` seconds
    between its tries; the waits are counted, not slept. Then the port forwards to LINE."""

    def __init__(self, line: FakeLineServer, lasting: float) -> None:
        with socket.socket() as probe:  # a free port nothing listens on: refused
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._line, self._lasting, self.waited = line, lasting, 0.0
        self._proxy: TcpProxy | None = None

    def sleep(self, seconds: float) -> None:
        self.waited += seconds
        if self.waited >= self._lasting and self._proxy is None:
            host, port = self._line.base_url.removeprefix("http://").split(":")
            self._proxy = TcpProxy((host, int(port)), port=self.port).__enter__()

    def close(self) -> None:
        if self._proxy is not None:
            self._proxy.__exit__(None, None, None)


@pytest.fixture
def outage(demo_database_url: str, line_server: FakeLineServer) -> Iterator[Callable[..., Bot]]:
    """The bot behind a LINE outage of the given seconds."""
    made: list[tuple[Services, LineOutage]] = []

    def start(lasting: float) -> Bot:
        down = LineOutage(line_server, lasting)
        settings = replace(
            line_services(demo_database_url, line_server).settings,
            line_api_base_url=f"http://127.0.0.1:{down.port}",
        )
        gateway = LineGateway(settings, timeouts=Timeouts(connect=0.5, read=2), sleep=down.sleep)
        services = build_services(settings, clock=lambda: NOW, gateway=gateway)
        made.append((services, down))
        return Bot(create_app(settings, services).test_client(), services, line_server)

    yield start
    for services, down in made:
        services.outbox.drain(10)
        services.close()
        down.close()


def test_an_answer_whose_reply_cannot_reach_line_for_seconds_arrives_as_the_reply(
    outage: Callable[..., Bot],
) -> None:
    # Observed: LINE's stand-in starved of CPU for 8 s (bench_webhook on a loaded machine);
    # each reply failed to connect, its three pushes too, and the answer was lost although
    # the webhook had answered 200 and the reply token was good for a minute more.
    bot = outage(8.0)
    _ask(bot)
    [answer] = bot.line.delivered()
    assert answer.kind == "reply" and bot.line.pushes() == []


def test_an_answer_whose_reply_cannot_reach_line_past_its_retries_arrives_as_the_push(
    outage: Callable[..., Bot],
) -> None:
    bot = outage(11.8)  # the reply's tries wait 11.5 s in all; the second push gets through
    event = text_event("บอท สถานะ", group=GROUP, user=KONGKLANG)
    assert bot.post(event) == 200
    [answer] = bot.line.delivered()
    assert answer.kind == "push" and answer.retry_key == fallback_retry_key(event["replyToken"])
