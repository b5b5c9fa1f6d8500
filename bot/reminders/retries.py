"""When a reminder is pushed (again), and under which retry key.

A failed push stays due: later runs try it again after a growing wait (5, 15, 45 minutes, …),
at most ``MAX_TRIES`` pushes in all; a refusal that would only repeat (a malformed request)
is not tried again. The retry key follows what LINE may have taken: after a timeout, a 5xx or
a sender that died mid-push, LINE may hold the push, so while it remembers the key (24 hours)
the retry carries the same key and any subset of the same reminders (a 409 then means they were
delivered). Otherwise nothing was taken, and the retry is pushed with new reminders under a
key derived from exactly what that push holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import StrEnum

from bot.db.reminder_deliveries import STALE_AFTER, DeliveryRecord, DeliveryState

MAX_TRIES = 5
FIRST_WAIT = timedelta(minutes=5)
KEY_HORIZON = timedelta(hours=23)  # LINE remembers a retry key for 24 hours
RETRY_NAMESPACE = uuid.UUID("5b0f3c0e-8a2d-4c1e-9d57-5f7d2a9e6c11")  # PMQA Bot reminders
_HOPELESS = frozenset({400, 404, 413, 415, 422})  # the same request would be refused again


class Next(StrEnum):
    """What a run does with a due reminder, given what is stored about it."""

    NEW = "new"  # never claimed: claim and push
    RETRY = "retry"  # failed, and its wait is over: claim and push again
    TAKE_OVER = "take_over"  # claimed by a sender that died: push again with its key
    WAIT = "wait"  # failed, waiting for its next try
    BUSY = "busy"  # another sender is pushing it now
    DONE = "done"  # sent, skipped, given up, or too old to push safely


def next_step(record: DeliveryRecord | None, now: datetime) -> Next:
    """What to do now with a due reminder stored as ``record``."""
    if record is None:
        return Next.NEW
    if record.state is DeliveryState.FAILED and record.retry_at is not None:
        return Next.RETRY if record.retry_at <= now else Next.WAIT
    if record.state is not DeliveryState.CLAIMED:
        return Next.DONE
    if record.claimed_at >= now - STALE_AFTER:
        return Next.BUSY
    return Next.TAKE_OVER if _key_alive(record, now) else Next.DONE


def settled(record: DeliveryRecord) -> bool:
    """Whether nothing will ever push or claim this delivery again: sent, skipped, or failed
    for good. No writer moves such a row back (claims and retries take only ``CLAIMED`` rows
    and failures with a next try), so a process may remember it without reading it again."""
    if record.state is DeliveryState.FAILED:
        return record.retry_at is None
    return record.state is not DeliveryState.CLAIMED


def retry_at(tries: int, status: int | None, now: datetime) -> datetime | None:
    """When to push again after ``tries`` failed pushes ending in ``status``; ``None``: never."""
    if tries >= MAX_TRIES or status in _HOPELESS:
        return None
    return now + FIRST_WAIT * 3 ** (tries - 1)


def kept_key(record: DeliveryRecord | None, now: datetime) -> str | None:
    """The retry key a push of this reminder must keep, if LINE may hold its last push."""
    if record is None:
        return None
    maybe_taken = record.state is DeliveryState.CLAIMED or _ambiguous(record.status)
    return record.retry_key if maybe_taken and _key_alive(record, now) else None


def retry_key(identities: Sequence[str], renewal: str = "") -> str:
    """The deterministic ``X-Line-Retry-Key`` of a push holding exactly these reminders."""
    text = "\n".join(sorted(identities)) + (f"\n#{renewal}" if renewal else "")
    return str(uuid.uuid5(RETRY_NAMESPACE, text))


def _ambiguous(status: int | None) -> bool:
    """Whether LINE may have taken a push that failed with ``status`` (timeout or 5xx)."""
    return not status or status >= 500


def _key_alive(record: DeliveryRecord, now: datetime) -> bool:
    since = record.key_since or record.send_at
    return now - since < KEY_HORIZON
