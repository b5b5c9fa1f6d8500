"""LINE webhook payloads as LINE sends them (every field the SDK needs), signed like LINE."""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import itertools
import json
from collections.abc import Iterator
from typing import Any

CHANNEL_SECRET = "test-channel-secret"
_ids = itertools.count(1)


def _envelope(kind: str, source: dict[str, Any], **fields: Any) -> dict[str, Any]:
    n = next(_ids)
    event = {
        "type": kind,
        "mode": "active",
        "timestamp": 1738040400000 + n,
        "source": source,
        "webhookEventId": f"01JEVENT{n:018d}",
        "deliveryContext": {"isRedelivery": False},
    }
    if kind not in ("leave", "unfollow", "memberLeft"):
        event["replyToken"] = f"reply-token-{n:06d}"
    event.update(fields)
    return event


def source(group: str | None, user: str | None) -> dict[str, Any]:
    """A group source (user id may be absent) or a 1:1 user source."""
    if group is None:
        return {"type": "user", "userId": user}
    found: dict[str, Any] = {"type": "group", "groupId": group}
    if user is not None:
        found["userId"] = user
    return found


def text_event(
    text: str, *, group: str | None, user: str | None, mention_self: bool = False
) -> dict[str, Any]:
    """A text message; ``mention_self`` prefixes ``@PMQA Bot `` and marks it as the bot."""
    message: dict[str, Any] = {"id": str(next(_ids)), "type": "text", "quoteToken": "q-token"}
    if mention_self:
        tag = "@PMQA Bot"
        message["mention"] = {
            "mentionees": [{"index": 0, "length": len(tag), "type": "user", "isSelf": True}]
        }
        text = f"{tag} {text}"
    message["text"] = text
    return _envelope("message", source(group, user), message=message)


def postback_event(data: str, *, group: str | None, user: str | None) -> dict[str, Any]:
    """A postback tap."""
    return _envelope("postback", source(group, user), postback={"data": data})


def join_event(group: str) -> dict[str, Any]:
    """The bot was added to a group."""
    return _envelope("join", {"type": "group", "groupId": group})


def leave_event(group: str) -> dict[str, Any]:
    """The bot was removed from a group (no reply token)."""
    return _envelope("leave", {"type": "group", "groupId": group})


def member_joined_event(group: str, users: list[str]) -> dict[str, Any]:
    """People joined the group."""
    members = [{"type": "user", "userId": u} for u in users]
    return _envelope(
        "memberJoined", {"type": "group", "groupId": group}, joined={"members": members}
    )


def sticker_event(*, group: str | None, user: str) -> dict[str, Any]:
    """A sticker message (not text)."""
    message = {
        "id": str(next(_ids)),
        "type": "sticker",
        "packageId": "1",
        "stickerId": "1",
        "stickerResourceType": "STATIC",
        "quoteToken": "q",
    }
    return _envelope("message", source(group, user), message=message)


def unknown_event(group: str) -> dict[str, Any]:
    """An event type this SDK version does not know."""
    return _envelope("somethingNew", {"type": "group", "groupId": group}, something={"x": 1})


def redelivered(event: dict[str, Any]) -> dict[str, Any]:
    """The same event again, as LINE redelivers it."""
    return {**event, "deliveryContext": {"isRedelivery": True}}


def body(*events: dict[str, Any]) -> bytes:
    """The raw request body LINE would POST."""
    payload = {"destination": "Ubot0000000000000000000000000000", "events": list(events)}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def sign(raw: bytes, secret: str = CHANNEL_SECRET) -> str:
    """The ``X-Line-Signature`` of ``raw``."""
    return base64.b64encode(hmac.new(secret.encode(), raw, hashlib.sha256).digest()).decode()


DROP = object()  # a variant value: the field is removed


def field_paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key and list position in ``node`` (a raw event), depth first."""
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in items:
        yield (*path, key)
        if isinstance(value, dict | list):
            yield from field_paths(value, (*path, key))


def with_field(raw: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """A deep copy of ``raw`` with the field at ``path`` set to ``value`` (or dropped: DROP)."""
    changed = copy.deepcopy(raw)
    node = changed
    for key in path[:-1]:
        node = node[key]
    if value is DROP:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return changed
