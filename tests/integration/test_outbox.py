"""The reply pool against a slow LINE: bounded, with backpressure on the webhook, logged."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest

from bot.line import LineGateway, Timeouts
from bot.outbox import Outbox, request_written
from bot.settings import Settings
from handlers.replies import text_reply
from tests.fakes.fake_line import FakeLineServer

PATIENT = Timeouts(connect=5.0, read=30.0, lookup=1.0)  # LINE is slow, never too slow


@pytest.fixture
def server() -> Iterator[FakeLineServer]:
    with FakeLineServer() as fake:
        yield fake
        fake.release()


@pytest.fixture
def gateway(server: FakeLineServer) -> Iterator[LineGateway]:
    settings = Settings(
        database_url="sqlite://",
        line_api_base_url=server.base_url,
        line_channel_access_token=server.access_token,
    )
    with LineGateway(settings, timeouts=PATIENT, connections=2) as line_gateway:
        yield line_gateway


def send(outbox: Outbox, n: int) -> None:
    outbox.send_reply(f"token-{n}", text_reply(f"คำตอบที่ {n}"), fallback_to=None)


def wait_until(condition: object, timeout: float = 10.0) -> bool:
    """Poll ``condition()`` (a state, never a duration, is what the test asserts)."""
    done = threading.Event()
    for _ in range(int(timeout / 0.01)):
        if condition():  # type: ignore[operator]
            return True
        done.wait(0.01)
    return False


def full_and_a_third_webhook(
    server: FakeLineServer, gateway: LineGateway, *, wait: float
) -> tuple[Outbox, threading.Thread]:
    """Two threads, room for two, both taken by replies LINE holds; a third webhook to start."""
    outbox = Outbox(gateway, 2, capacity=2, wait=wait)
    server.hold()
    send(outbox, 0)
    send(outbox, 1)
    return outbox, threading.Thread(target=send, args=(outbox, 2))


def test_a_slow_line_holds_at_most_the_pool_in_flight_and_the_rest_queued(
    server: FakeLineServer, gateway: LineGateway
) -> None:
    outbox = Outbox(gateway, 2, capacity=4, wait=30.0)
    server.hold()
    for n in range(4):
        send(outbox, n)  # room for four: none of these waits
    assert server.wait_for(2)
    assert len(server.replies()) == 2  # two threads: two requests at LINE, two in the queue
    assert outbox.queued == 4
    server.release()
    assert outbox.drain()
    assert sorted(r.body["replyToken"] for r in server.replies()) == [
        f"token-{n}" for n in range(4)
    ]
    assert outbox.queued == 0


def test_a_full_queue_makes_the_webhook_wait_until_a_reply_has_gone(
    server: FakeLineServer, gateway: LineGateway
) -> None:
    outbox, webhook = full_and_a_third_webhook(server, gateway, wait=30.0)
    webhook.start()
    assert wait_until(lambda: outbox.blocked == 1)  # the third webhook is held back
    assert server.wait_for(2) and len(server.replies()) == 2
    server.release()
    webhook.join(timeout=10)
    assert not webhook.is_alive()
    assert outbox.drain()
    assert len(server.replies()) == 3 and server.violations == []


def test_a_queue_that_stays_full_is_bypassed_by_the_webhook_and_nothing_is_lost(
    server: FakeLineServer, gateway: LineGateway, caplog: pytest.LogCaptureFixture
) -> None:
    outbox, webhook = full_and_a_third_webhook(server, gateway, wait=0.0)
    with caplog.at_level(logging.WARNING, logger="bot.outbox"):
        webhook.start()
        assert server.wait_for(3)  # both threads busy: the webhook itself sent the third
    assert "LINE reply queue full (2): sent by the webhook" in caplog.text
    server.release()
    webhook.join(timeout=10)
    assert outbox.drain() and len(server.delivered()) == 3


def test_the_queue_and_the_latencies_are_logged(
    server: FakeLineServer, gateway: LineGateway, caplog: pytest.LogCaptureFixture
) -> None:
    outbox = Outbox(gateway, 2, capacity=4, report_every=0.0)
    with caplog.at_level(logging.INFO, logger="bot.outbox"):
        send(outbox, 0)
        assert outbox.drain()
    [line] = [r.getMessage() for r in caplog.records if r.name == "bot.outbox"]
    assert line.startswith("LINE replies: 1 sent, queue 0 now, 1 at most (of 4), 0 by the webhook;")
    assert "waited p50" in line and "sending took p50" in line


class HeldSender:
    """A sender whose LINE takes the request (``writes``) or not, and answers on ``release``."""

    def __init__(self, *, writes: bool = True) -> None:
        self.writes = writes
        self.started: list[str] = []
        self.written: list[str] = []
        self.answer = threading.Event()

    def reply(self, reply_token: str, reply: object, *, fallback_to: str | None) -> None:
        self.started.append(reply_token)
        if self.writes:
            self.written.append(reply_token)
            request_written()
        self.answer.wait(10)


def send_in_thread(outbox: Outbox, n: int) -> bool:
    """Send reply ``n`` as a webhook would; whether that webhook went on (guarded by a join)."""
    webhook = threading.Thread(target=send, args=(outbox, n))
    webhook.start()
    webhook.join(timeout=10)
    return not webhook.is_alive()


def test_an_idle_thread_writes_the_reply_before_the_webhook_goes_on() -> None:
    sender = HeldSender()
    outbox = Outbox(sender, 1, lead=30.0)
    sender.answer.set()
    send(outbox, 0)
    assert outbox.drain()  # the thread is up and idle, waiting for work
    sender.answer.clear()
    send(outbox, 1)
    assert sender.written == ["token-0", "token-1"]  # on the wire before the webhook answers
    assert outbox.queued == 1  # but LINE's answer is not waited for
    sender.answer.set()
    assert outbox.drain()


def test_with_every_thread_busy_the_webhook_does_not_wait_for_its_reply() -> None:
    sender = HeldSender()
    outbox = Outbox(sender, 1, capacity=4, lead=30.0)
    send(outbox, 0)
    assert send_in_thread(outbox, 1)
    assert sender.started == ["token-0"] and outbox.queued == 2  # the second waits its turn
    sender.answer.set()
    assert outbox.drain() and sender.written == ["token-0", "token-1"]


def test_a_reply_that_cannot_be_written_holds_the_webhook_no_longer_than_the_lead() -> None:
    sender = HeldSender(writes=False)  # e.g. LINE takes no connection
    outbox = Outbox(sender, 1, lead=0.01)
    assert send_in_thread(outbox, 0)
    assert sender.started == ["token-0"] and outbox.queued == 1
    sender.answer.set()
    assert outbox.drain()


def test_the_gateway_tells_when_its_request_is_written_while_line_holds_the_answer(
    server: FakeLineServer, gateway: LineGateway
) -> None:
    outbox = Outbox(gateway, 2, lead=30.0)
    server.hold()
    assert send_in_thread(outbox, 0)  # LINE has not answered: the write is what it waited for
    assert outbox.queued == 1
    server.release()
    assert outbox.drain() and len(server.delivered()) == 1
