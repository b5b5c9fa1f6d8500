"""End-to-end fixtures: the Flask app with the real SDK talking HTTP to a fake LINE server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from flask.testing import FlaskClient

from bot.composition import Services, build_services
from bot.line import LineGateway, Timeouts
from bot.settings import Settings
from bot.web.app import create_app
from kpi_core.fiscal_calendar import BANGKOK
from tests.fakes.fake_line import ACCESS_TOKEN, FakeLineServer
from tests.fakes.webhook_events import CHANNEL_SECRET, body, sign

NOW = datetime(2025, 1, 28, 9, 30, tzinfo=BANGKOK)  # three days before the plan deadline
GROUP = "Cd0000000000000000000000000000001"  # the demo group of สป.รง.
PATHUM_GROUP = "Cd0000000000000000000000000000002"
COORDINATOR = "Ud0000000000000000000000000000001"
KONGKLANG = "Ud0000000000000000000000000000002"  # สมชาย, กองคลัง
KONGJ = "Ud0000000000000000000000000000003"  # สมหญิง, กองการเจ้าหน้าที่
PATHUM = "Ud0000000000000000000000000000004"
STRANGER = "Uf0000000000000000000000000000009"
# A fake LINE scripted to be slow (3 s) must not slow the suite, and an unscripted answer must not
# time out on a loaded CI host (a reply tried again then still lands once: count landed replies).
FAST = Timeouts(connect=0.5, read=1.5, lookup=0.5)
# Longer than a loaded host takes to answer, and than a scripted slow LINE (3 s): for tests of
# what LINE answered. An expired token is refused at once, but under load a 1.5 s read may time
# out first, and an unanswered reply is, rightly, never pushed again (it may have landed).
PATIENT = Timeouts(connect=0.5, read=5.0, lookup=0.5)


@dataclass
class Bot:
    """The running bot: post signed webhooks, then read what reached the fake LINE server."""

    client: FlaskClient
    services: Services
    line: FakeLineServer

    def post(self, *events: dict[str, Any], signature: str | None = None) -> int:
        raw = body(*events)
        headers = {"X-Line-Signature": signature if signature is not None else sign(raw)}
        response = self.client.post(
            "/callback", data=raw, headers=headers, content_type="application/json"
        )
        self.services.outbox.drain(10)
        return response.status_code

    def texts(self) -> str:
        """Every text and altText sent so far, joined (for substring checks)."""
        return "\n".join(self.line.texts())


@pytest.fixture
def line_server() -> Iterator[FakeLineServer]:
    with FakeLineServer() as server:
        yield server


def line_services(database_url: str, line: FakeLineServer, now: datetime = NOW) -> Services:
    """Services whose LINE is the fake server, with a fixed clock and no real back-off waits."""
    settings = Settings.from_env(
        {
            "DATABASE_URL": database_url,
            "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
            "LINE_API_BASE_URL": line.base_url,
        }
    )
    gateway = LineGateway(settings, timeouts=FAST, sleep=lambda seconds: None)
    return build_services(settings, clock=lambda: now, gateway=gateway)


@pytest.fixture
def demo_services_at(
    demo_database_url: str, line_server: FakeLineServer
) -> Iterator[Callable[[datetime], Services]]:
    """Make the demo's services with LINE faked, frozen at a moment; all closed afterwards."""
    made: list[Services] = []

    def make(now: datetime) -> Services:
        made.append(line_services(demo_database_url, line_server, now))
        return made[-1]

    yield make
    for services in made:
        services.close()


@pytest.fixture
def bot(demo_database_url: str, line_server: FakeLineServer) -> Iterator[Bot]:
    services = line_services(demo_database_url, line_server)
    app = create_app(services.settings, services)
    yield Bot(app.test_client(), services, line_server)
    services.outbox.drain(10)
    services.close()


@pytest.fixture
def patient_bot(demo_database_url: str, line_server: FakeLineServer) -> Iterator[Bot]:
    """The bot as deployed: replies wait for LINE longer than LINE's slowness."""
    settings = line_services(demo_database_url, line_server).settings
    gateway = LineGateway(settings, timeouts=PATIENT)
    services = build_services(settings, clock=lambda: NOW, gateway=gateway)
    yield Bot(create_app(settings, services).test_client(), services, line_server)
    services.outbox.drain(10)
    services.close()
