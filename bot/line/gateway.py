"""The LINE gateway: replies and pushes through the SDK with timeouts, fallback and retries.

It never raises: every send returns a ``Delivery`` saying how it went, and every failure is
logged with LINE's status and message but only the first characters of tokens and ids.

One answer, once. Replies are sent off the webhook's request path (the webhook waits at most
until an idle thread has written the request, never for LINE's answer), so they wait for LINE
up to a long read timeout (a reply token lives about a minute). A reply whose
answer never came (a read timeout: LINE may have taken it) is sent again with the same token:
LINE refuses a used token, and that refusal right after an unanswered attempt means the first
one landed, so nothing is pushed. A 429 is backed off and the reply tried again while the token
is fresh, then pushed. A reply that never connected is tried again, backing off, for
``reach_for`` seconds of waits (a starved or briefly unreachable LINE refused every connection
for a few seconds, and the reply and its three pushes all failed within 6 s while the token had
a minute left). The fallback push happens only when the reply is known not to have landed (a
stale token at once, a 5xx, no connection) and carries a retry key derived from the reply token
(``fallback_retry_key``), so LINE delivers it once however often it is retried.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from linebot.v3 import messaging as line

from bot.line.answers import Answer, Delivery, Outcome, call, log_failure
from bot.line.json_api import Json, JsonApi
from bot.line.messages import to_json
from bot.settings import Settings
from handlers.formatting import short_id
from handlers.replies import Reply

log = logging.getLogger(__name__)
__all__ = ["Delivery", "LineGateway", "Outcome", "Timeouts", "fallback_retry_key"]
LONGEST_PAUSE = 4.0  # seconds between two tries of a reply that could not connect
_FALLBACK_KEYS = uuid.UUID("6f1c1a53-8f0e-4f7e-9a43-5c2b1d6e7a10")  # uuid5 namespace


def fallback_retry_key(reply_token: str) -> str:
    """The retry key of the push that stands in for the reply with ``reply_token``."""
    return str(uuid.uuid5(_FALLBACK_KEYS, reply_token))


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for LINE. Replies and pushes are sent off the webhook's request path,
    so they may wait long; a profile look-up happens while an event is handled, so it may not."""

    connect: float = 1.0
    read: float = 10.0
    lookup: float = 1.0  # the whole of a profile look-up


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
        connections: int = 32,
        reach_for: float = 10.0,
    ) -> None:
        configuration = line.Configuration(
            access_token=settings.line_channel_access_token, host=settings.line_api_base_url
        )
        configuration.retries = 0  # urllib3's own silent retries would hide attempts and time
        # One kept-alive connection per sending thread: the SDK's default (5 per core) would
        # make the outbox's other threads open, and then drop, a connection per reply.
        configuration.connection_pool_maxsize = connections
        self._client = line.ApiClient(configuration)
        self._api = line.MessagingApi(self._client)
        self._json = JsonApi(self._client, self._api)
        self._timeout = (timeouts.connect, timeouts.read)
        self._lookup_timeout = timeouts.lookup
        self._attempts, self._backoff, self._sleep = attempts, backoff, sleep
        self._reach_for = reach_for  # seconds of waits for a reply that cannot connect

    def reply(self, reply_token: str, reply: Reply, *, fallback_to: str | None) -> Delivery:
        """Reply with the token; push to ``fallback_to`` only when the reply surely failed."""
        try:
            return self._reply(reply_token, reply, fallback_to)
        except Exception:  # a bug here must never take the webhook down with it
            log.exception("LINE reply crashed (token %s)", short_id(reply_token))
            return Delivery(Outcome.FAILED, error="internal error")

    def push(self, to: str, reply: Reply, *, retry_key: str | None = None) -> Delivery:
        """Push to a user, group or room; retried with one retry key so LINE delivers it once."""
        try:
            messages = to_json(reply)
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
        messages = to_json(reply)
        if not messages:
            return Delivery(Outcome.SKIPPED)
        unanswered = False  # an earlier attempt was sent and never answered: it may have landed
        attempt = reached = 0
        waited = 0.0  # seconds paused between attempts that never reached LINE
        while True:
            attempt += 1
            answer = call(self._json.reply, self._timeout, reply_token, messages)
            if answer.ok or (answer.stale_token and unanswered):
                if not answer.ok:
                    log.info(
                        "LINE reply %s: landed on the attempt that timed out", short_id(reply_token)
                    )
                return answer.delivery(Outcome.REPLIED, attempts=attempt)
            reached += answer.reached
            pause = self._pause_before_reply(answer, reached, attempt - reached, waited)
            if pause is None:
                break
            log_failure("reply", answer, final=False, token=reply_token, attempt=attempt)
            unanswered = unanswered or answer.unknown
            if pause:
                self._sleep(pause)
                waited += pause * (not answer.reached)
        failed = (answer, attempt, unanswered)
        return self._after_failed_reply(reply_token, messages, failed, fallback_to)

    def _pause_before_reply(
        self, answer: Answer, reached: int, missed: int, waited: float
    ) -> float | None:
        """Seconds to wait before the reply is sent again; ``None``: not again. A reply that
        never reached LINE (no connection) is tried again, backing off, until ``reach_for``
        seconds were waited: its token is still fresh, and a reply, unlike the fallback push,
        costs no quota. One that reached LINE is tried ``attempts`` times in all."""
        if not answer.reached:
            pause = min(self._backoff * 2 ** (missed - 1), LONGEST_PAUSE)
            # with no pause the waits never add up: then `attempts` tries, as for a reached LINE
            if waited >= self._reach_for or (pause <= 0 and missed >= self._attempts):
                return None
            return pause
        if reached >= self._attempts or not (answer.unknown or answer.status == 429):
            return None
        return self._backoff * 2 ** (reached - 1) if answer.status == 429 else 0.0

    def _after_failed_reply(
        self,
        token: str,
        messages: list[Json],
        failed: tuple[Answer, int, bool],
        to: str | None,
    ) -> Delivery:
        """Push the answer only when the reply surely did not land."""
        answer, attempts, unanswered = failed
        landed_maybe = unanswered or answer.unknown
        failed = answer.stale_token or answer.transient or answer.status == 429
        fallback = to if failed and not landed_maybe else None
        log_failure("reply", answer, token=token, to=to, final=not fallback)
        if not fallback:
            return answer.delivery(Outcome.FAILED, attempts=attempts)
        pushed = self._push(fallback, messages, fallback_retry_key(token))
        return replace(pushed, attempts=pushed.attempts + attempts)

    def _push(self, to: str, messages: list[Json], retry_key: str) -> Delivery:
        attempt = 0
        while True:
            attempt += 1
            answer = call(self._json.push, self._timeout, to, messages, retry_key)
            if answer.ok or answer.status == 409:  # 409: this retry key was delivered already
                return answer.delivery(Outcome.PUSHED, attempts=attempt)
            last = attempt >= self._attempts or not (answer.transient or answer.status == 429)
            log_failure("push", answer, to=to, key=retry_key, attempt=attempt, final=last)
            if last:
                return answer.delivery(Outcome.FAILED, attempts=attempt)
            self._sleep(self._backoff * 2 ** (attempt - 1))
