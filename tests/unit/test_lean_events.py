"""The lean reading of text messages and postbacks gives exactly the SDK's models, and leaves
every other shape -- and every field out of place -- to the SDK."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from linebot.v3.webhooks import Event

from bot.web.lean_events import lean_event
from tests.fakes.webhook_events import (
    DROP,
    field_paths,
    join_event,
    member_joined_event,
    postback_event,
    sticker_event,
    text_event,
    with_field,
)

GROUP = "C" + "1" * 32
USER = "U" + "2" * 32


def _room_text() -> dict[str, Any]:
    event = text_event("สถานะ", group=None, user=USER)
    event["source"] = {"type": "room", "roomId": "R" + "3" * 32, "userId": USER}
    return event


def _everything() -> dict[str, Any]:
    """A text message with every optional field LINE may send."""
    event = text_event("สถานะ", group=GROUP, user=USER, mention_self=True)
    event["message"]["mention"]["mentionees"].append({"type": "all", "index": 0, "length": 4})
    event["message"]["mention"]["mentionees"].append(
        {"type": "user", "index": 5, "length": 3, "userId": USER}
    )
    event["message"].update(quotedMessageId="123", markAsReadToken="read-token")
    event.update(mode="standby", deliveryContext={"isRedelivery": True})
    return event


def _without_reply_token() -> dict[str, Any]:
    event = postback_event("v1:x", group=GROUP, user=None)
    del event["replyToken"]
    return event


PLAIN = {
    "text in a group": lambda: text_event("บอท สถานะ", group=GROUP, user=USER),
    "text to the bot": lambda: text_event("สถานะ", group=None, user=USER),
    "text with a mention": lambda: text_event("สถานะ", group=GROUP, user=USER, mention_self=True),
    "text in a room": _room_text,
    "text with every optional field": _everything,
    "postback in a group": lambda: postback_event("v1:abc", group=GROUP, user=USER),
    "postback without a user or token": _without_reply_token,
}


def _shape(model: Any) -> Any:
    """The model's classes and values, all the way down."""
    if isinstance(model, list):
        return [_shape(m) for m in model]
    if hasattr(model, "__fields__"):
        return (type(model), {k: _shape(getattr(model, k)) for k in model.__fields__})
    return model


@pytest.mark.parametrize("make", PLAIN.values(), ids=PLAIN.keys())
def test_a_plain_event_reads_as_the_sdk_reads_it(make: Any) -> None:
    raw = make()
    lean = lean_event(copy.deepcopy(raw))
    assert lean is not None
    assert _shape(lean) == _shape(Event.from_dict(raw))
    assert lean.to_dict() == Event.from_dict(raw).to_dict()


def _with_emoji() -> dict[str, Any]:
    event = text_event("สถานะ (smile)", group=GROUP, user=USER)
    event["message"]["emojis"] = [{"index": 7, "length": 7, "productId": "p", "emojiId": "e"}]
    return event


def _date_picked() -> dict[str, Any]:
    event = postback_event("v1:date", group=GROUP, user=USER)
    event["postback"]["params"] = {"date": "2025-01-31"}
    return event


LEFT_TO_THE_SDK = {
    "sticker": lambda: sticker_event(group=GROUP, user=USER),
    "join": lambda: join_event(GROUP),
    "member joined": lambda: member_joined_event(GROUP, [USER]),
    "emoji": _with_emoji,
    "date picker": _date_picked,
}


@pytest.mark.parametrize("make", LEFT_TO_THE_SDK.values(), ids=LEFT_TO_THE_SDK.keys())
def test_other_events_are_left_to_the_sdk(make: Any) -> None:
    assert lean_event(make()) is None


ODD_VALUES = [None, True, 1, 1.5, "x", [], {}, [1], {"x": 1}]


def _sdk(raw: dict[str, Any]) -> Event | None:
    try:
        return Event.from_dict(copy.deepcopy(raw))
    except Exception:  # what payload.py turns into "skipped" or a 400
        return None


@pytest.mark.parametrize("make", PLAIN.values(), ids=PLAIN.keys())
def test_a_field_missing_or_of_another_type_is_read_by_the_sdk_or_read_alike(make: Any) -> None:
    raw = make()
    tried = 0
    for path in field_paths(raw):
        for value in [DROP, *ODD_VALUES]:
            changed = with_field(raw, path, value)
            lean = lean_event(copy.deepcopy(changed))
            if lean is None:
                continue  # the SDK decides, as before
            tried += 1
            sdk = _sdk(changed)
            assert sdk is not None, (path, value)  # never accepted what the SDK refuses
            assert _shape(lean) == _shape(sdk), (path, value)
    assert tried > 0  # some changes (an optional field dropped) stay plain
