"""No input, however broken, gets a 500: signed garbage is a 400, an oversized body a 413, an
event with ids longer than the database keeps is refused alone, over-long text is answered
politely without being read, and a batch of 500 events is handled whole."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from bot.web.webhook import MAX_BODY
from tests.e2e.conftest import GROUP, KONGKLANG, PATHUM, PATHUM_GROUP, Bot
from tests.fakes.logs import assert_no_private_data
from tests.fakes.webhook_events import (
    DROP,
    body,
    field_paths,
    postback_event,
    sign,
    text_event,
    with_field,
)

SECRET_TEXT = "ข้อความลับของผู้ใช้"
USER = "U" + "7" * 32

GARBAGE = {
    "null": b"null",
    "a number": b"42",
    "no events": b'{"destination": "U1"}',
    "events not a list": b'{"destination": "U1", "events": {"type": "message"}}',
    "events null": b'{"destination": "U1", "events": null}',
    "an event not an object": b'{"events": ["' + SECRET_TEXT.encode() + b'"]}',
    "an event without a type": json.dumps(
        {
            "events": [
                {
                    "source": {"type": "user", "userId": USER},
                    "replyToken": "r" * 32,
                    "message": {"type": "text", "text": SECRET_TEXT},
                }
            ]
        }  # fmt: skip
    ).encode(),
    "an event type not a string": b'{"events": [{"type": 7}]}',
    "source a string": json.dumps(
        {"events": [{**text_event(SECRET_TEXT, group=None, user=USER), "source": USER}]}
    ).encode(),
    "message a string": json.dumps(
        {"events": [{**text_event(SECRET_TEXT, group=None, user=USER), "message": SECRET_TEXT}]}
    ).encode(),
    "deeply nested JSON": b'{"events": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}",
    "invalid UTF-8": b'{"events": [], "destination": "\xff\xfe"}',
    "not JSON": b"events=" + SECRET_TEXT.encode(),
    "empty": b"",
    "huge number": b'{"events": [{"type": "message", "timestamp": ' + b"9" * 5000 + b"}]}",
}


def post_raw(bot: Bot, raw: bytes) -> int:
    """POST ``raw`` with a valid signature."""
    response = bot.client.post("/callback", data=raw, headers={"X-Line-Signature": sign(raw)})
    bot.services.outbox.drain(10)
    return response.status_code


@pytest.mark.parametrize("raw", GARBAGE.values(), ids=GARBAGE.keys())
def test_signed_garbage_is_a_400_never_a_500(
    bot: Bot, raw: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert post_raw(bot, raw) == 400
    assert bot.line.requests == []
    assert_no_private_data(caplog.records, texts=[SECRET_TEXT], ids=[USER, "r" * 32])


def test_a_body_over_the_limit_is_refused_unread_with_413(bot: Bot) -> None:
    event = text_event("บอท " + "ก" * (MAX_BODY // 3), group=GROUP, user=KONGKLANG)
    raw = body(event)
    assert len(raw) > MAX_BODY
    assert post_raw(bot, raw) == 413
    assert bot.line.requests == []


def test_an_event_with_an_over_long_id_is_refused_alone_and_the_batch_goes_on(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    first = text_event("บอท สถานะ", group=PATHUM_GROUP, user=PATHUM)
    long_id = {
        **text_event("บอท สถานะ", group=PATHUM_GROUP, user=PATHUM),
        "webhookEventId": "E" * 101,
    }
    long_user = text_event("บอท สถานะ", group=PATHUM_GROUP, user="U" + "9" * 200)
    long_type = {**text_event("บอท สถานะ", group=PATHUM_GROUP, user=PATHUM), "type": "x" * 41}
    last = text_event("บอท เหลือกี่วัน", group=PATHUM_GROUP, user=PATHUM)
    assert bot.post(first, long_id, long_user, long_type, last) == 200
    assert len(bot.line.landed_replies()) == 2  # the first and the last
    assert bot.post(first, long_id, last) == 200  # LINE's redelivery: no 500 on any database
    assert len(bot.line.landed_replies()) == 2
    assert_no_private_data(caplog.records, ids=["E" * 101, "U" + "9" * 200])


def test_over_long_text_is_answered_politely_without_reading_it(bot: Bot) -> None:
    long = "ส่งผล ขยะ 52.3 " + "ก" * 6000
    assert bot.post(text_event("บอท " + long, group=PATHUM_GROUP, user=PATHUM)) == 200
    assert "ข้อความยาวเกินไป" in bot.texts()
    assert bot.post(text_event(long, group=PATHUM_GROUP, user=PATHUM)) == 200  # chatter
    assert len(bot.line.landed_replies()) == 1


def test_over_long_button_data_is_a_stale_button(bot: Bot) -> None:
    assert bot.post(postback_event("v1:" + "x" * 400, group=PATHUM_GROUP, user=PATHUM)) == 200
    assert "ปุ่มนี้ใช้ไม่ได้แล้ว" in bot.texts()


@pytest.mark.parametrize("typed", ["NaN", "Infinity", "1e308", "1E+400"])
def test_numbers_that_cannot_be_results_get_a_thai_refusal(bot: Bot, typed: str) -> None:
    assert bot.post(text_event(f"บอท ส่งผล ขยะ {typed}", group=PATHUM_GROUP, user=PATHUM)) == 200
    assert "ตัวเลข" in bot.texts() and "ยืนยัน" not in bot.texts()


def test_five_hundred_events_in_one_request_are_all_handled(bot: Bot) -> None:
    events = [
        text_event(
            "บอท เหลือกี่วัน" if n % 10 == 0 else f"คุยกันเฉย ๆ {n}", group=GROUP, user=KONGKLANG
        )  # fmt: skip
        for n in range(500)
    ]
    assert bot.post(*events) == 200
    assert len(bot.line.landed_replies()) == 50
    assert bot.post(*events) == 200  # all 500 recorded: a redelivery answers nothing again
    assert len(bot.line.landed_replies()) == 50


def test_a_reply_that_cannot_be_queued_is_logged_and_never_a_500(bot: Bot) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("cannot schedule new futures after shutdown")

    bot.services.outbox.send_reply = refuse  # type: ignore[method-assign]
    assert bot.post(text_event("บอท สถานะ", group=PATHUM_GROUP, user=PATHUM)) == 200


ODD = [None, True, -1, 10**20, 1.5, "", "x", [], {}, [1], {"x": 1}]


def _variants(raw: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """``raw`` with each field in turn dropped or given an odd value; each a new event."""
    for n, (path, value) in enumerate(
        (path, value) for path in field_paths(raw) for value in [DROP, *ODD]
    ):
        yield with_field({**raw, "webhookEventId": f"01JODD{n:020d}"}, path, value)


SIGNED_BUT_ODD = {
    "a text with a mention": lambda: text_event(
        "สถานะ", group=PATHUM_GROUP, user=PATHUM, mention_self=True
    ),
    "a postback": lambda: postback_event("v1:x", group=PATHUM_GROUP, user=PATHUM),
}


@pytest.mark.parametrize("make", SIGNED_BUT_ODD.values(), ids=SIGNED_BUT_ODD.keys())
def test_a_signed_event_with_any_field_missing_or_odd_is_a_400_or_handled_without_a_crash(
    bot: Bot, make: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    statuses = {}
    for n, event in enumerate(_variants(make())):
        statuses[n] = post_raw(bot, body(event))
    assert set(statuses.values()) <= {200, 400}
    assert 200 in statuses.values() and 400 in statuses.values()
    crashes = [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.ERROR and r.name in ("bot.line.inbound", "bot.web.webhook")
    ]
    assert crashes == []
