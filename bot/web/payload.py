"""A signed webhook body read into LINE events, refusing what LINE would never send.

Whatever the bytes, this never raises anything but ``BadPayload`` (answered 400): invalid
UTF-8 or JSON, nesting deep enough to exhaust the parser, a body that is not an object with an
``events`` list, an event that is not an object with a string ``type``, a ``source`` that is
not an object. An event whose ids are longer than the database keeps is dropped on its own and
the rest of the batch goes on; an event type (or message type) this SDK does not know is
skipped silently, as LINE adds new ones over time, and so is a message or postback without a
source (LINE always names who wrote; the SDK's models leave it optional).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from linebot.v3.webhooks import Event

from bot.db.processed_events import MAX_EVENT_ID, MAX_KIND
from bot.web.lean_events import lean_event
from handlers.formatting import short_id

log = logging.getLogger(__name__)
MAX_ID = 100  # user, group and room ids are stored in 100-character columns
_SOURCE_IDS = ("userId", "groupId", "roomId")
_FROM_SOMEONE = ("message", "postback")  # events answered in the chat they came from


class BadPayload(ValueError):
    """The body is not a LINE webhook payload; the message names the problem (no user data)."""


@dataclass(frozen=True)
class Payload:
    """The events to handle, and how many were dropped or not understood."""

    events: tuple[Event, ...]
    dropped: int = 0
    unknown: int = 0


def read_payload(body: bytes) -> Payload:
    """The events of a signed webhook body; ``BadPayload`` for anything malformed."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadPayload(f"not JSON in UTF-8 ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise BadPayload("not an object with an events list")
    events, dropped, unknown = [], 0, 0
    for raw in data["events"]:
        _check_shape(raw)
        if _too_long(raw):
            dropped += 1
            continue
        event = _event(raw)
        if event is None:
            unknown += 1
        else:
            events.append(event)
    return Payload(tuple(events), dropped, unknown)


def _check_shape(raw: Any) -> None:
    if not isinstance(raw, dict) or not isinstance(raw.get("type"), str) or not raw["type"]:
        raise BadPayload("an event without a type")
    if "source" in raw and not isinstance(raw["source"], dict):
        raise BadPayload(f"a {raw['type'][:MAX_KIND]} event whose source is not an object")


def _too_long(raw: dict[str, Any]) -> bool:
    """Ids the database cannot keep: refused for this event only, logged shortened."""
    event_id = raw.get("webhookEventId")
    source = raw.get("source") or {}
    lengths = [len(raw["type"]) - MAX_KIND]
    if isinstance(event_id, str):
        lengths.append(len(event_id) - MAX_EVENT_ID)
    lengths += [len(v) - MAX_ID for k in _SOURCE_IDS if isinstance(v := source.get(k), str)]
    if max(lengths) <= 0:
        return False
    label = short_id(event_id) if isinstance(event_id, str) else "-"
    log.warning("event %s refused: an id or type longer than the database keeps", label)
    return True


def _event(raw: dict[str, Any]) -> Event | None:
    """The typed event; ``None`` for one this SDK does not understand (a type or field LINE
    added later, or a required field missing). Plain text messages and postbacks are read
    without the SDK's validation pass (``bot/web/lean_events.py``), into the same models."""
    try:
        if raw["type"] in _FROM_SOMEONE and raw.get("source") is None:
            raise ValueError("no source")
        return lean_event(raw) or Event.from_dict(raw)
    except ValueError:  # includes the SDK's validation errors: not ours to read
        log.info("event %s (%s) not understood: skipped", short_id(_text(raw, "webhookEventId")),
                 raw["type"][:MAX_KIND])  # fmt: skip
        return None
    except (TypeError, KeyError, AttributeError, RecursionError) as exc:
        kind = raw["type"][:MAX_KIND]
        raise BadPayload(f"a malformed {kind} event ({type(exc).__name__})") from None


def _text(raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    return value if isinstance(value, str) else None
