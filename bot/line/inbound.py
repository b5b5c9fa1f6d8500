"""One LINE event, one unit of work: recorded, answered and written together, or not at all.

The event's id, every read that decides and every write commit in one transaction; only then
is the reply queued. When the database fails (down, silent, timed out, locked) everything is
rolled back and ``RetryLater`` tells the webhook to answer 5xx, so LINE delivers the event
again and the redelivery does the work once. Any other failure is a bug: it is rolled back,
logged without the user's text, answered with an apology, and the event is recorded as seen.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import datetime

from linebot.v3.webhooks import Event

from bot.db.failures import DatabaseUnavailable
from bot.db.unit_of_work import Repositories, SqlUnitOfWork
from bot.line.event_replies import chat_of, reply_to, worth_handling
from bot.outbox import Outbox
from handlers.context import Ports
from handlers.formatting import short_id
from handlers.notices import with_notices
from handlers.replies import Reply, text_reply

log = logging.getLogger(__name__)
SORRY = "ขออภัยครับ ระบบขัดข้องชั่วคราว ลองใหม่อีกครั้งในอีกสักครู่"


class RetryLater(Exception):
    """The database failed and nothing of the event was kept: LINE should deliver it again."""


class EventProcessor:
    """Handles each event once, in one unit of work committed before the reply is queued."""

    def __init__(
        self,
        units: Callable[[], SqlUnitOfWork],
        ports: Callable[[Repositories], Ports],
        outbox: Outbox,
        now: Callable[[], datetime],
        prefixes: tuple[str, ...],
    ) -> None:
        self._units = units
        self._ports = ports
        self._outbox = outbox
        self._now = now
        self._prefixes = prefixes

    def handle(self, event: Event) -> None:
        """Process one event; raises ``RetryLater`` when the database failed (nothing kept)."""
        if getattr(event, "mode", None) == "standby":
            return  # another channel is active: no reply token, nothing to do
        if not worth_handling(event, self._prefixes):
            return  # chatter: nothing to answer, nothing to write, nothing to record
        now = self._now()
        try:
            reply = self._handled(event, now)
        except RetryLater:
            raise
        except Exception as exc:
            log.error("event %s (%s) failed: %s", short_id(event.webhook_event_id), event.type,
                      describe(exc))  # fmt: skip
            reply = text_reply(SORRY)
            self._remember(event, now)
        token = getattr(event, "reply_token", None)
        if reply is not None and not reply.silent and token:
            try:
                self._outbox.send_reply(token, reply, fallback_to=chat_of(event).id or None)
            except Exception as exc:  # the write is committed; only this answer is lost
                log.error("reply to event %s not queued: %s", _id(event), type(exc).__name__)

    def _handled(self, event: Event, now: datetime) -> Reply | None:
        """The committed event's reply (``None``: a duplicate). A pooled connection found
        closed is replaced and the event tried once more (what a ping before each use would
        cost a round trip for); any other database failure is for LINE to redeliver."""
        try:
            return self._unit(event, now)
        except DatabaseUnavailable as failure:
            if not failure.stale:
                raise _retry_later(event, failure) from failure
            log.info("event %s met a closed database connection; once more", _id(event))
        try:
            return self._unit(event, now)
        except DatabaseUnavailable as failure:
            raise _retry_later(event, failure) from failure

    def _unit(self, event: Event, now: datetime) -> Reply | None:
        with self._units() as uow:
            event_id, kind = event.webhook_event_id, event.type
            if not uow.events.first_time(event_id, kind=kind, received_at=now):
                log.info("duplicate event %s ignored", _id(event))
                return None
            ports = self._ports(uow)
            user_id = getattr(event.source, "user_id", None)
            answer = reply_to(event, ports, now, self._prefixes)
            reply = with_notices(
                answer, ports, user_id, now, chat=chat_of(event), event_id=event.webhook_event_id
            )
            uow.commit()
            return reply

    def _remember(self, event: Event, now: datetime) -> None:
        """Record a failed event as seen, so a duplicate delivery is not answered twice."""
        try:
            with self._units() as uow:
                uow.events.first_time(event.webhook_event_id, kind=event.type, received_at=now)
                uow.commit()
        except Exception as exc:  # the apology still goes out
            log.warning("event %s could not be recorded: %s", _id(event), type(exc).__name__)


def describe(exc: BaseException) -> str:
    """The exception's type and where it was raised, never its message (it may hold users'
    text or ids)."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    return f"{type(exc).__name__}\n{frames}".rstrip()


def _retry_later(event: Event, failure: DatabaseUnavailable) -> RetryLater:
    log.warning("event %s (%s) not handled, LINE will redeliver: database %s%s", _id(event),
                event.type, failure.cause, " (deadline)" if failure.deadline else "")  # fmt: skip
    return RetryLater(failure.cause)


def _id(event: Event) -> str:
    return short_id(event.webhook_event_id)
