"""PostgreSQL stops answering (the network goes silent, nothing refuses): the webhook still
answers, 503, within 5 seconds, keeps nothing, and LINE's redelivery after the network is
back stores each confirmed write exactly once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy.engine import make_url

from bot.composition import Services
from bot.demo import load_demo
from bot.web.app import create_app
from tests.databases import ResettableDatabase
from tests.e2e.conftest import PATHUM, PATHUM_GROUP, Bot, line_services
from tests.e2e.test_webhook import _buttons
from tests.fakes.fake_line import FakeLineServer
from tests.fakes.tcp_proxy import TcpProxy
from tests.fakes.webhook_events import postback_event, redelivered, text_event

pytestmark = pytest.mark.slow
ANSWER_WITHIN = 5.0  # seconds: the bound on a request when the database is silent


@pytest.fixture
def proxy(postgres_url: str) -> Iterator[TcpProxy]:
    url = make_url(postgres_url)
    with TcpProxy((url.host or "127.0.0.1", url.port or 5432)) as tcp:
        yield tcp


@pytest.fixture
def frozen_bot(
    postgres_url: str,
    postgres_worker_database: ResettableDatabase,
    proxy: TcpProxy,
    line_server: FakeLineServer,
) -> Iterator[Bot]:
    """The demo on PostgreSQL, reached through ``proxy``."""
    postgres_worker_database.restore("demo", load_demo)
    through = make_url(postgres_url).set(host="127.0.0.1", port=proxy.port)
    services = line_services(through.render_as_string(hide_password=False), line_server)
    app = create_app(services.settings, services)
    yield Bot(app.test_client(), services, line_server)
    services.outbox.drain(10)
    services.close()


def post_within(bot: Bot, event: dict, seconds: float) -> int | None:
    """The status of posting ``event``; ``None`` when no answer came within ``seconds``."""
    answered: list[int] = []
    thread = threading.Thread(target=lambda: answered.append(bot.post(event)), daemon=True)
    thread.start()
    thread.join(seconds)
    return answered[0] if answered else None


def _stored(services: Services) -> list[Decimal | None]:
    return [r.value for r in services.db.submissions.list("ปทุมธานี")]


def test_a_silent_database_gets_503_within_5_seconds_and_redelivery_stores_once(
    frozen_bot: Bot, proxy: TcpProxy
) -> None:
    assert frozen_bot.post(text_event("บอท ส่งผล ขยะ 52.3", group=PATHUM_GROUP, user=PATHUM)) == 200
    tap = postback_event(_buttons(frozen_bot)["ยืนยัน"], group=PATHUM_GROUP, user=PATHUM)
    question = text_event("บอท สถานะ", group=PATHUM_GROUP, user=PATHUM)
    proxy.go_silent()
    assert post_within(frozen_bot, tap, ANSWER_WITHIN) == 503  # the pooled connection is cut
    assert post_within(frozen_bot, question, ANSWER_WITHIN) == 503  # a new one cannot connect
    proxy.recover()
    assert frozen_bot.post(redelivered(tap)) == 200
    assert frozen_bot.post(redelivered(question)) == 200
    assert frozen_bot.post(redelivered(tap)) == 200
    assert _stored(frozen_bot.services) == [Decimal("52.3")]
    assert sum("บันทึกแล้ว" in t for t in frozen_bot.line.texts()) == 2  # text + card, once
