"""The LINE gateway: replies and pushes through the SDK with timeouts, fallback and retries.

It never raises: every send returns a ``Delivery`` saying how it went, and every failure is
logged with LINE's status and message but only the first characters of tokens and ids.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

import urllib3
from linebot.v3 import messaging as line

from bot.line.messages import to_line_messages
from bot.settings import Settings
from handlers.formatting import short_id
from handlers.replies import Reply

log = logging.getLogger(__name__)


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
class Timeouts:
    """Seconds to wait for LINE: the webhook must answer within 2 s, so replies wait little."""

    connect: float = 1.0
    read: float = 2.0
    lookup: float = 1.0  # the whole of a profile look-up


@dataclass(frozen=True)
class _Answer:
    """What one HTTP request to LINE came back with."""

    status: int | None  # None: timeout or connection failure
    request_id: str | None = None
    error: str = ""
    accepted_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def transient(self) -> bool:
        """Worth trying again with the same retry key (SDK status 0 is a TLS failure)."""
        return not self.status or self.status >= 500

    def delivery(self, outcome: Outcome, *, attempts: int) -> Delivery:
        """The ``Delivery`` this answer ends with."""
        error = self.error if outcome is Outcome.FAILED else ""
        request_id = self.accepted_id or self.request_id
        return Delivery(outcome, self.status, request_id, attempts, error)


class LineGateway:
    """Sends replies through one shared, thread-safe SDK client (urllib3 pools connections)."""

    def __init__(
        self,
        settings: Settings,
        *,
        timeouts: Timeouts = Timeouts(),
        attempts: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        configuration = line.Configuration(
            access_token=settings.line_channel_access_token, host=settings.line_api_base_url
        )
        configuration.retries = 0  # urllib3's own silent retries would hide attempts and time
        self._client = line.ApiClient(configuration)
        self._api = line.MessagingApi(self._client)
        self._timeout = (timeouts.connect, timeouts.read)
        self._lookup_timeout = timeouts.lookup
        self._attempts, self._backoff, self._sleep = attempts, backoff, sleep

    def reply(self, reply_token: str, reply: Reply, *, fallback_to: str | None) -> Delivery:
        """Reply with the token; push to ``fallback_to`` when the token is stale or LINE is slow."""
        try:
            return self._reply(reply_token, reply, fallback_to)
        except Exception:  # a bug here must never take the webhook down with it
            log.exception("LINE reply crashed (token %s)", short_id(reply_token))
            return Delivery(Outcome.FAILED, error="internal error")

    def push(self, to: str, reply: Reply, *, retry_key: str | None = None) -> Delivery:
        """Push to a user, group or room; retried with one retry key so LINE delivers it once."""
        try:
            messages = to_line_messages(reply)
            if not messages:
                return Delivery(Outcome.SKIPPED)
            return self._push(to, messages, retry_key or str(uuid.uuid4()))
        except Exception:  # as in reply: the caller gets a Delivery, never an exception
            log.exception("LINE push crashed (to %s)", short_id(to))
            return Delivery(Outcome.FAILED, error="internal error")

    def display_name(self, group_id: str | None, user_id: str) -> str | None:
        """The member's display name, or ``None`` when LINE does not know or does not answer."""
        timeout = self._lookup_timeout
        try:
            profile = (
                self._api.get_group_member_profile(group_id, user_id, _request_timeout=timeout)
                if group_id
                else self._api.get_profile(user_id, _request_timeout=timeout)
            )
            return profile.display_name
        except Exception as exc:  # a missing name only makes the answer less personal
            status = getattr(exc, "status", None)
            if status != 404:
                failure = f"status={status} error={type(exc).__name__}"
                log.warning("LINE profile look-up failed: %s user=%s", failure, short_id(user_id))
            return None

    def close(self) -> None:
        """Close the pooled connections."""
        self._client.close()
        self._client.rest_client.pool_manager.clear()

    def __enter__(self) -> LineGateway:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _reply(self, reply_token: str, reply: Reply, fallback_to: str | None) -> Delivery:
        messages = to_line_messages(reply)
        if not messages:
            return Delivery(Outcome.SKIPPED)
        request = line.ReplyMessageRequest(reply_token=reply_token, messages=messages)
        answer = self._call(self._api.reply_message_with_http_info, request)
        if answer.ok:
            return answer.delivery(Outcome.REPLIED, attempts=1)
        stale = answer.status == 400 and "reply token" in answer.error.lower()
        fallback = fallback_to if stale or answer.transient else None
        _log_failure("reply", answer, token=reply_token, to=fallback_to, final=not fallback)
        if not fallback:
            return answer.delivery(Outcome.FAILED, attempts=1)
        pushed = self._push(fallback, messages, str(uuid.uuid4()))
        return replace(pushed, attempts=pushed.attempts + 1)

    def _push(self, to: str, messages: list[line.Message], retry_key: str) -> Delivery:
        request = line.PushMessageRequest(to=to, messages=messages)
        attempt = 0
        while True:
            attempt += 1
            answer = self._call(self._api.push_message_with_http_info, request, retry_key)
            if answer.ok or answer.status == 409:  # 409: this retry key was delivered already
                return answer.delivery(Outcome.PUSHED, attempts=attempt)
            last = attempt >= self._attempts or not (answer.transient or answer.status == 429)
            _log_failure("push", answer, to=to, key=retry_key, attempt=attempt, final=last)
            if last:
                return answer.delivery(Outcome.FAILED, attempts=attempt)
            self._sleep(self._backoff * 2 ** (attempt - 1))

    def _call(self, send: Callable[..., line.ApiResponse], *args: object) -> _Answer:
        """One request; LINE's refusals and the network's failures become an ``_Answer``."""
        try:
            response = send(*args, _request_timeout=self._timeout)
        except line.ApiException as exc:
            headers = exc.headers or {}
            return _Answer(
                exc.status,
                headers.get("x-line-request-id"),
                _line_error(exc.body),
                headers.get("x-line-accepted-request-id"),
            )
        except urllib3.exceptions.HTTPError as exc:  # timeouts and refusals are not ApiExceptions
            reason = getattr(exc, "reason", None)
            cause = reason if isinstance(reason, Exception) else exc
            return _Answer(None, error=type(cause).__name__)
        return _Answer(response.status_code, (response.headers or {}).get("x-line-request-id"))


def _line_error(body: object) -> str:
    """LINE's error message and details from a response body (its own words, no user text)."""
    try:
        data = json.loads(body or "{}")
        details = [f"{d.get('property', '-')}: {d['message']}" for d in data.get("details", [])]
        return "; ".join([data["message"], *details])[:500]
    except (ValueError, TypeError, KeyError, AttributeError):  # not LINE's error shape
        return ""


def _log_failure(kind: str, answer: _Answer, *, final: bool = True, **ids: object) -> None:
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
