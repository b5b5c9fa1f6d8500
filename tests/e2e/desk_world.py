"""The desk in tests: the app with a secret and a public address, a clock tests can move, and a
browser-like client (HTTPS, so the Secure session cookie is kept)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from bot.composition import Services, build_services
from bot.line import LineGateway
from bot.settings import Settings
from bot.web.app import create_app
from tests.e2e.conftest import FAST, NOW
from tests.fakes.fake_line import ACCESS_TOKEN, FakeLineServer
from tests.fakes.webhook_events import CHANNEL_SECRET

SECRET = "desk-secret-for-tests-" + "0" * 20
BASE = "https://desk.test"
COORDINATOR = "Ud0000000000000000000000000000001"
SOMCHAI = "Ud0000000000000000000000000000002"  # กองคลัง of สป.รง.
PATHUM = "Ud0000000000000000000000000000004"  # ปทุมธานี
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Clock:
    """A fixed moment that a test moves forward."""

    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now

    def forward(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Desk:
    """The running app, its services and clock, and one browser's client."""

    services: Services
    client: FlaskClient
    clock: Clock
    app: object = field(repr=False)

    def link(self, user: str = COORDINATOR) -> str:
        """A fresh login link for a demo member, as the chat would give it (path only)."""
        member = self.services.db.members.get(user)
        assert member is not None
        link = self.services.desk_links().login_link(user, member.organisation, now=self.clock())
        assert link is not None and link.startswith(BASE)
        return link.removeprefix(BASE)

    def get(self, path: str) -> TestResponse:
        return self.client.get(path, base_url=BASE)

    def post(self, path: str, **data: str) -> TestResponse:
        return self.client.post(path, data=data, base_url=BASE)

    def sign_in(self, user: str = COORDINATOR) -> TestResponse:
        """Open a link and press its button: the overview's response."""
        response = self.post(self.link(user))
        assert response.status_code == 303, response.get_data(as_text=True)
        return self.get("/desk/")

    def csrf(self) -> str:
        found = _CSRF.search(self.get("/desk/").get_data(as_text=True))
        assert found is not None
        return found.group(1)

    def browser(self) -> FlaskClient:
        """Another browser (no cookies) on the same app."""
        return self.app.test_client()  # type: ignore[attr-defined]


def desk_services(url: str, line: FakeLineServer, clock: Clock, **env: str) -> Services:
    """Services with the desk set up (override with ``env``) and LINE on the fake server."""
    settings = Settings.from_env(
        {
            "DATABASE_URL": url,
            "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
            "LINE_API_BASE_URL": line.base_url,
            "PMQA_SECRET_KEY": SECRET,
            "PMQA_PUBLIC_URL": BASE,
            **env,
        }
    )
    gateway = LineGateway(settings, timeouts=FAST, sleep=lambda seconds: None)
    return build_services(settings, clock=clock, gateway=gateway)


@contextmanager
def open_desk(url: str, line: FakeLineServer, **env: str) -> Iterator[Desk]:
    """The desk's app on the database at ``url`` (test modules make it their fixture)."""
    clock = Clock()
    services = desk_services(url, line, clock, **env)
    app = create_app(services.settings, services)
    try:
        yield Desk(services, app.test_client(), clock, app)
    finally:
        services.outbox.drain(10)
        services.close()
