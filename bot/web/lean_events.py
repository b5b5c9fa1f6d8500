"""The two events nearly every webhook carries, read without the SDK's validation pass.

A text message and a button's postback are most of what LINE posts, and the SDK's pydantic
parse of one costs more than the rest of reading the webhook. Here an event in exactly the
shape LINE documents -- every field the SDK's model declares checked for its strict type, and
nothing the models would reject -- becomes the same SDK model objects, built with
``construct``; anything else (another event or message type, an emoji, a date picker's
params, a field missing or of another type) returns ``None`` and goes to ``Event.from_dict``,
which decides as it always did. ``tests/unit/test_lean_events.py`` checks both readings agree
for every shape this module accepts.
"""

from __future__ import annotations

from typing import Any

from linebot.v3.webhooks import (
    AllMentionee,
    DeliveryContext,
    Event,
    EventMode,
    GroupSource,
    Mention,
    MessageEvent,
    PostbackContent,
    PostbackEvent,
    RoomSource,
    TextMessageContent,
    UserMentionee,
    UserSource,
)

Raw = dict[str, Any]
_MODES = {mode.value: mode for mode in EventMode}
_MAX_MENTIONS = 20  # the SDK's conlist bound on mentionees


def lean_event(raw: Raw) -> Event | None:
    """``raw`` as the SDK's model when it is a plain text message or postback, else ``None``."""
    kind = raw.get("type")
    if kind == "message":
        message = _text_message(raw.get("message"))
        if message is None:
            return None
        return _event(MessageEvent, raw, message=message)
    if kind == "postback":
        postback = _postback(raw.get("postback"))
        if postback is None:
            return None
        return _event(PostbackEvent, raw, postback=postback)
    return None


def _event(model: type[Event], raw: Raw, **content: Any) -> Event | None:
    """The envelope every event shares; ``None`` when any part is not in its plain shape."""
    if not _only(raw, {"type", "source", "timestamp", "mode", "webhookEventId",
                       "deliveryContext", "replyToken", *_ALIASES[model]}):  # fmt: skip
        return None
    source = _source(raw.get("source"))
    context = raw.get("deliveryContext")
    mode = _MODES.get(raw.get("mode")) if isinstance(raw.get("mode"), str) else None
    if (
        source is None
        or mode is None
        or not _int(raw.get("timestamp"))
        or not isinstance(raw.get("webhookEventId"), str)
        or not isinstance(context, dict)
        or not _only(context, {"isRedelivery"})
        or type(context.get("isRedelivery")) is not bool
        or not _optional_str(raw.get("replyToken"))
    ):
        return None
    return model.construct(
        type=raw["type"],
        source=source,
        timestamp=raw["timestamp"],
        mode=mode,
        webhook_event_id=raw["webhookEventId"],
        delivery_context=DeliveryContext.construct(is_redelivery=context["isRedelivery"]),
        reply_token=raw.get("replyToken"),
        **content,
    )


_ALIASES: dict[type[Event], set[str]] = {MessageEvent: {"message"}, PostbackEvent: {"postback"}}


def _source(raw: Any) -> UserSource | GroupSource | RoomSource | None:
    if not isinstance(raw, dict) or not _optional_str(raw.get("userId")):
        return None
    kind, user = raw.get("type"), raw.get("userId")
    if kind == "user" and _only(raw, {"type", "userId"}):
        return UserSource.construct(type=kind, user_id=user)
    group, room = raw.get("groupId"), raw.get("roomId")
    if kind == "group" and _only(raw, {"type", "groupId", "userId"}) and isinstance(group, str):
        return GroupSource.construct(type=kind, group_id=group, user_id=user)
    if kind == "room" and _only(raw, {"type", "roomId", "userId"}) and isinstance(room, str):
        return RoomSource.construct(type=kind, room_id=room, user_id=user)
    return None


def _text_message(raw: Any) -> TextMessageContent | None:
    fields = {"type", "id", "text", "mention", "quoteToken", "quotedMessageId", "markAsReadToken"}
    if not isinstance(raw, dict) or raw.get("type") != "text" or not _only(raw, fields):
        return None  # another message type, or emojis: the SDK reads those
    if not all(isinstance(raw.get(key), str) for key in ("id", "text", "quoteToken")):
        return None
    if not (
        _optional_str(raw.get("quotedMessageId")) and _optional_str(raw.get("markAsReadToken"))
    ):
        return None
    mention = None
    if raw.get("mention") is not None:
        mention = _mention(raw["mention"])
        if mention is None:
            return None
    return TextMessageContent.construct(
        type="text",
        id=raw["id"],
        text=raw["text"],
        emojis=None,
        mention=mention,
        quote_token=raw["quoteToken"],
        quoted_message_id=raw.get("quotedMessageId"),
        mark_as_read_token=raw.get("markAsReadToken"),
    )


def _mention(raw: Any) -> Mention | None:
    if not isinstance(raw, dict) or not _only(raw, {"mentionees"}):
        return None
    found = raw.get("mentionees")
    if not isinstance(found, list) or not 1 <= len(found) <= _MAX_MENTIONS:
        return None
    mentionees = [_mentionee(m) for m in found]
    if any(m is None for m in mentionees):
        return None
    return Mention.construct(mentionees=mentionees)


def _mentionee(raw: Any) -> UserMentionee | AllMentionee | None:
    if not isinstance(raw, dict) or not (_int(raw.get("index")) and _int(raw.get("length"))):
        return None
    place = {"index": raw["index"], "length": raw["length"]}
    if raw.get("type") == "all" and _only(raw, {"type", "index", "length"}):
        return AllMentionee.construct(type="all", **place)
    if raw.get("type") != "user" or not _only(raw, {"type", "index", "length", "userId", "isSelf"}):
        return None
    is_self = raw.get("isSelf")
    if not _optional_str(raw.get("userId")) or not (is_self is None or type(is_self) is bool):
        return None
    return UserMentionee.construct(type="user", user_id=raw.get("userId"), is_self=is_self, **place)


def _postback(raw: Any) -> PostbackContent | None:
    if (
        not isinstance(raw, dict)
        or not _only(raw, {"data"})
        or not isinstance(raw.get("data"), str)
    ):
        return None  # a date picker's params, or not a postback: the SDK reads those
    return PostbackContent.construct(data=raw["data"], params=None)


def _only(raw: Raw, allowed: set[str]) -> bool:
    """Whether ``raw`` has no key outside ``allowed`` (the keys the model reads)."""
    return raw.keys() <= allowed


def _int(value: Any) -> bool:
    return type(value) is int  # StrictInt: no bool, no float


def _optional_str(value: Any) -> bool:
    return value is None or isinstance(value, str)
