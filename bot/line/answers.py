"""What one request to LINE came back with, and the log line a failed one leaves.

A request that timed out after it was sent may have been taken by LINE (``reached``); one that
never connected was not. The reply policy in ``bot/line/gateway.py`` reads these facts.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import urllib3
from linebot.v3 import messaging as line

from handlers.formatting import short_id

log = logging.getLogger("bot.line.gateway")
_NEVER_SENT = (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError)


class Outcome(StrEnum):
    """How a send ended."""

    REPLIED = "replied"
    PUSHED = "pushed"
    FAILED = "failed"
    SKIPPED = "skipped"  # a silent reply: nothing was sent


@dataclass(frozen=True)
class Delivery:
    """The result of one reply or push."""

    outcome: Outcome
    status: int | None = None  # LINE's last HTTP status; None when it never answered
    request_id: str | None = None  # x-line-request-id, or the accepted request's on a 409
    attempts: int = 0  # HTTP requests made, the reply and its fallback pushes together
    error: str = ""  # LINE's error message or the network failure

    @property
    def delivered(self) -> bool:
        """Whether LINE took the messages."""
        return self.outcome in (Outcome.REPLIED, Outcome.PUSHED)


@dataclass(frozen=True)
class Answer:
    """What one HTTP request to LINE came back with."""

    status: int | None  # None: timeout or connection failure
    request_id: str | None = None
    error: str = ""
    accepted_id: str | None = None
    reached: bool = True  # False: it never left (no connection), so LINE cannot have taken it

    @property
    def ok(self) -> bool:
        """LINE took it."""
        return self.status is not None and 200 <= self.status < 300

    @property
    def transient(self) -> bool:
        """Worth trying again with the same retry key (SDK status 0 is a TLS failure)."""
        return not self.status or self.status >= 500

    @property
    def unknown(self) -> bool:
        """Sent but never answered: LINE may have taken it."""
        return self.status is None and self.reached

    @property
    def stale_token(self) -> bool:
        """LINE refused the reply token: expired, or used already."""
        return self.status == 400 and "reply token" in self.error.lower()

    def delivery(self, outcome: Outcome, *, attempts: int) -> Delivery:
        """The ``Delivery`` this answer ends with."""
        error = self.error if outcome is Outcome.FAILED else ""
        request_id = self.accepted_id or self.request_id
        return Delivery(outcome, self.status, request_id, attempts, error)


def call(send: Callable[..., line.ApiResponse], timeout: object, *args: object) -> Answer:
    """One request; LINE's refusals and the network's failures become an ``Answer``."""
    try:
        response = send(*args, _request_timeout=timeout)
    except line.ApiException as exc:
        headers = exc.headers or {}
        return Answer(
            exc.status,
            headers.get("x-line-request-id"),
            line_error(exc.body),
            headers.get("x-line-accepted-request-id"),
        )
    except urllib3.exceptions.HTTPError as exc:  # timeouts and refusals are not ApiExceptions
        reason = getattr(exc, "reason", None)
        cause = reason if isinstance(reason, Exception) else exc
        return Answer(None, error=type(cause).__name__, reached=not isinstance(cause, _NEVER_SENT))
    return Answer(response.status_code, (response.headers or {}).get("x-line-request-id"))


def line_error(body: object) -> str:
    """LINE's error message and details from a response body (its own words, no user text)."""
    try:
        data = json.loads(body or "{}")
        details = [f"{d.get('property', '-')}: {d['message']}" for d in data.get("details", [])]
        return "; ".join([data["message"], *details])[:500]
    except (ValueError, TypeError, KeyError, AttributeError):  # not LINE's error shape
        return ""


def log_failure(kind: str, answer: Answer, *, final: bool = True, **ids: object) -> None:
    """One log line per failed request; ids and tokens shortened, message bodies never logged."""
    named = " ".join(f"{k}={v if isinstance(v, int) else short_id(v)}" for k, v in ids.items())
    log.log(
        logging.ERROR if final else logging.WARNING,
        "LINE %s failed: status=%s error=%s request_id=%s %s",
        kind,
        answer.status,
        answer.error or "-",
        answer.request_id or "-",
        named,
    )
