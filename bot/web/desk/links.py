"""Signed, expiring tokens: single-use login links and chart-picture addresses.

A token is signed with ``PMQA_SECRET_KEY`` (itsdangerous) and carries its issue time; the
login's single use is kept in the database (``desk_logins``). Time comes from the services'
clock, so ``PMQA_TODAY`` and tests move it like everything else.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from itsdangerous import BadSignature, TimestampSigner, URLSafeTimedSerializer

from bot.db.desk_logins import DeskLogin, SqlDeskLogins
from bot.settings import Settings

Clock = Callable[[], datetime]
LOGIN_SALT = "pmqa-desk-login"
CHART_SALT = "pmqa-desk-chart"
LOGIN_LIFETIME = timedelta(minutes=10)
CHART_LIFETIME = timedelta(hours=24)
MAX_TOKEN = 1000  # characters: longer is not one of ours


class Tokens:
    """Sign and read payloads with the server secret, on the services' clock."""

    def __init__(self, secret: str, clock: Clock) -> None:
        class ClockedSigner(TimestampSigner):
            def get_timestamp(self) -> int:
                return int(clock().timestamp())

        self._secret = secret
        self._signer = ClockedSigner

    def dumps(self, salt: str, payload: dict[str, str]) -> str:
        """The signed token of ``payload``."""
        return str(self._serializer(salt).dumps(payload))

    def loads(self, salt: str, token: str, lifetime: timedelta) -> dict[str, Any] | None:
        """The payload of a genuine token younger than ``lifetime``; ``None`` otherwise."""
        if not token or len(token) > MAX_TOKEN:
            return None
        try:
            payload = self._serializer(salt).loads(token, max_age=lifetime.total_seconds())
        except BadSignature:  # forged, altered, signed for another use, or expired
            return None
        return payload if isinstance(payload, dict) else None

    def _serializer(self, salt: str) -> URLSafeTimedSerializer:
        return URLSafeTimedSerializer(self._secret, salt=salt, signer=self._signer)


class SignedDeskLinks:
    """The handlers' ``DeskLinks``: links on ``PMQA_PUBLIC_URL``, signed with the secret."""

    def __init__(self, settings: Settings, logins: SqlDeskLogins, clock: Clock) -> None:
        self._base = settings.public_url
        self._tokens = Tokens(settings.secret_key, clock) if settings.secret_key else None
        self._logins = logins

    def login_link(
        self,
        line_user_id: str,
        organisation: str,
        *,
        now: datetime,
        event_id: str | None = None,
        chat_id: str | None = None,
        via: str = "chat",
        base_url: str | None = None,
    ) -> str | None:
        """A single-use link for the member, recorded before it is given out."""
        base = base_url or self._base
        if self._tokens is None or not base:
            return None
        nonce = secrets.token_urlsafe(24)
        login = DeskLogin(
            nonce, line_user_id, organisation, now, now + LOGIN_LIFETIME, via, event_id, chat_id
        )
        self._logins.issue(login)
        token = self._tokens.dumps(LOGIN_SALT, {"n": nonce, "u": line_user_id})
        return f"{base}/desk/login/{token}"

    def chart_link(self, organisation: str, *, today: date) -> str | None:
        """The chart's PNG address, only when the host is public over HTTPS (LINE's rule)."""
        if self._tokens is None or not self._base.startswith("https://"):
            return None
        token = self._tokens.dumps(CHART_SALT, {"o": organisation, "d": today.isoformat()})
        return f"{self._base}/desk/chart/{token}.png"
