"""The real LINE SDK talking HTTP to the fake LINE server, through the gateway."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest

from bot.line import LineGateway, Outcome, Timeouts
from bot.line.gateway import fallback_retry_key
from bot.settings import Settings
from handlers.replies import (
    Action,
    Card,
    CardMessage,
    MentionMessage,
    Reply,
    TextMessage,
    text_reply,
)
from tests.fakes.fake_line import FakeLineServer, FakeResponse

TOKEN = "r3plyT0ken" + "x" * 22
USER = "U" + "0123456789abcdef" * 2
GROUP = "C" + "fedcba9876543210" * 2
RETRY_KEY = "123e4567-e89b-12d3-a456-426614174000"
QUICK = Timeouts(connect=0.5, read=0.5, lookup=0.5)


@pytest.fixture
def server() -> Iterator[FakeLineServer]:
    with FakeLineServer() as fake:
        yield fake
    assert fake.violations == []


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def gateway(server: FakeLineServer, sleeps: list[float]) -> Iterator[LineGateway]:
    settings = Settings(
        database_url="sqlite://",
        line_api_base_url=server.base_url,
        line_channel_access_token=server.access_token,
    )
    with LineGateway(settings, timeouts=QUICK, sleep=sleeps.append) as line_gateway:
        yield line_gateway


def test_a_text_reply_arrives_and_validates(gateway: LineGateway, server: FakeLineServer) -> None:
    delivery = gateway.reply(TOKEN, text_reply("สวัสดีครับ"), fallback_to=None)
    assert (delivery.outcome, delivery.status, delivery.attempts) == (Outcome.REPLIED, 200, 1)
    assert delivery.request_id
    [request] = server.replies()
    assert request.body == {
        "replyToken": TOKEN,
        "messages": [{"type": "text", "text": "สวัสดีครับ"}],
    }
    # The SDK's client made the request: its User-Agent, JSON, and the channel's token.
    assert request.headers["user-agent"].startswith("line-bot-sdk-python/")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == f"Bearer {server.access_token}"


def test_a_card_reply_arrives_with_its_alt_text(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    card = Card("ตัวชี้วัดขยะ", actions=(Action("ยืนยัน", data="confirm:abc"),))
    gateway.reply(TOKEN, Reply((CardMessage("สรุปตัวชี้วัดขยะ", (card,)),)), fallback_to=None)
    [message] = server.replies()[0].messages
    assert (message["type"], message["altText"]) == ("flex", "สรุปตัวชี้วัดขยะ")


def test_too_many_messages_arrive_merged_into_five(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    cards = tuple(CardMessage(f"การ์ด {i}", (Card(f"การ์ด {i}"),)) for i in range(3))
    texts = tuple(TextMessage(f"ข้อความ {i}") for i in range(6))
    delivery = gateway.reply(TOKEN, Reply(texts + cards), fallback_to=None)
    assert delivery.outcome is Outcome.REPLIED
    assert len(server.replies()[0].messages) == 4


def test_a_6000_character_text_arrives_as_two_messages(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    gateway.reply(TOKEN, text_reply("\n".join(["ข" * 99] * 60)), fallback_to=None)
    assert [len(text) for text in server.texts()] == [4999, 999]


def test_fourteen_quick_replies_arrive_as_thirteen_with_short_labels(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    quick = [Action(f"ตัวชี้วัดที่ {i} ผลการดำเนินงาน", f"ตัวชี้วัด {i}") for i in range(14)]
    gateway.reply(TOKEN, text_reply("เลือกตัวชี้วัด", *quick), fallback_to=None)
    items = server.replies()[0].messages[-1]["quickReply"]["items"]
    assert len(items) == 13
    assert all(item["action"]["label"].endswith("…") for item in items)


def test_thirteen_cards_arrive_as_two_carousels(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    cards = tuple(Card(f"ตัวชี้วัดที่ {i}") for i in range(13))
    gateway.reply(TOKEN, Reply((CardMessage("สรุป", cards),)), fallback_to=None)
    carousels = [m["contents"] for m in server.replies()[0].messages]
    assert [(c["type"], len(c["contents"])) for c in carousels] == [
        ("carousel", 12),
        ("carousel", 1),
    ]


def test_mentions_arrive_as_text_v2(gateway: LineGateway, server: FakeLineServer) -> None:
    reply = Reply((MentionMessage("{m0} ยังไม่ส่งผลตัวชี้วัดขยะ", (USER,)),))
    assert gateway.push(GROUP, reply).outcome is Outcome.PUSHED
    [message] = server.pushes()[0].messages
    assert message["substitution"]["m0"]["mentionee"]["userId"] == USER


def test_an_expired_reply_token_falls_back_to_a_push_to_the_chat(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    server.expire_reply_token(TOKEN)
    delivery = gateway.reply(TOKEN, text_reply("ผลตัวชี้วัดขยะ"), fallback_to=GROUP)
    assert (delivery.outcome, delivery.attempts) == (Outcome.PUSHED, 2)
    [push] = server.pushes()
    assert (push.body["to"], push.messages) == (GROUP, server.replies()[0].messages)
    assert push.retry_key == fallback_retry_key(TOKEN)
    assert push.headers["authorization"] == f"Bearer {server.access_token}"
    assert push.headers["content-type"] == "application/json"
    assert push.headers["user-agent"].startswith("line-bot-sdk-python")


def test_an_expired_reply_token_without_a_chat_to_push_to_fails(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    server.expire_reply_token(TOKEN)
    delivery = gateway.reply(TOKEN, text_reply("ผล"), fallback_to=None)
    assert (delivery.outcome, delivery.status, delivery.error) == (
        Outcome.FAILED,
        400,
        "Invalid reply token",
    )
    assert server.pushes() == []


def test_a_reply_answered_500_falls_back_to_a_push(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    server.script("reply", [FakeResponse(500)])
    delivery = gateway.reply(TOKEN, text_reply("ผล"), fallback_to=USER)
    assert (delivery.outcome, delivery.attempts) == (Outcome.PUSHED, 2)
    [reply], [push] = server.replies(), server.pushes()
    assert push.retry_key == fallback_retry_key(TOKEN) and "x-line-retry-key" not in reply.headers
    for sent in (reply, push):
        assert sent.headers["authorization"] == f"Bearer {server.access_token}"
        assert sent.headers["content-type"] == "application/json"


def test_a_reply_slower_than_the_read_timeout_reaches_the_chat_once(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    # Observed: the slow reply landed and the fallback push too (two answers). Now the reply
    # is tried again with its token, which LINE refuses as used: the first one landed.
    server.script("reply", [FakeResponse(200, delay=5.0)])
    delivery = gateway.reply(TOKEN, text_reply("ผล"), fallback_to=USER)
    assert (delivery.outcome, delivery.attempts) == (Outcome.REPLIED, 2)
    assert server.pushes() == [] and len(server.delivered()) == 1


def test_a_reply_lost_before_line_took_it_is_sent_again_and_lands_once(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    server.script("reply", [FakeResponse(503, delay=1.0), FakeResponse(200)])
    delivery = gateway.reply(TOKEN, text_reply("ผล"), fallback_to=USER)
    assert delivery.outcome is Outcome.REPLIED and len(server.delivered()) == 1


def test_a_reply_never_answered_at_all_is_not_pushed_as_it_may_have_landed(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    server.script("reply", [FakeResponse(503, delay=1.0)] * 3)
    delivery = gateway.reply(TOKEN, text_reply("ผล"), fallback_to=USER)
    assert (delivery.outcome, delivery.attempts) == (Outcome.FAILED, 3)
    assert server.pushes() == []


def test_a_reply_answered_429_is_backed_off_and_sent_again(
    gateway: LineGateway, server: FakeLineServer, sleeps: list[float]
) -> None:
    server.script("reply", [FakeResponse(429)])
    delivery = gateway.reply(TOKEN, text_reply("ผล"), fallback_to=USER)
    assert (delivery.outcome, delivery.attempts, sleeps) == (Outcome.REPLIED, 2, [0.5])
    assert server.pushes() == [] and len(server.delivered()) == 1


def test_a_reply_refused_429_throughout_is_pushed_later_with_a_retry_key(
    gateway: LineGateway, server: FakeLineServer, sleeps: list[float]
) -> None:
    # Observed: a 429 on the reply dropped the answer.
    server.script("reply", [FakeResponse(429)] * 3)
    server.script("push", [FakeResponse(429)])
    delivery = gateway.reply(TOKEN, text_reply("ผล"), fallback_to=GROUP)
    assert (delivery.outcome, delivery.attempts) == (Outcome.PUSHED, 5)
    assert sleeps == [0.5, 1.0, 0.5]  # two reply back-offs, then one for the push
    keys = {push.retry_key for push in server.pushes()}
    assert len(keys) == 1 and len(server.delivered()) == 1


def test_the_fallback_push_of_one_reply_token_always_carries_the_same_retry_key(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    server.expire_reply_token(TOKEN)
    gateway.reply(TOKEN, text_reply("ผล"), fallback_to=GROUP)
    again = gateway.reply(TOKEN, text_reply("ผล"), fallback_to=GROUP)  # sent twice by mistake
    assert again.status == 409 and len(server.delivered()) == 1


def test_a_push_answered_500_then_200_is_delivered_once_with_one_retry_key(
    gateway: LineGateway, server: FakeLineServer, sleeps: list[float]
) -> None:
    server.script("push", [FakeResponse(500), FakeResponse(200)])
    delivery = gateway.push(USER, text_reply("เตือน"), retry_key=RETRY_KEY)
    assert (delivery.outcome, delivery.attempts) == (Outcome.PUSHED, 2)
    assert [push.retry_key for push in server.pushes()] == [RETRY_KEY, RETRY_KEY]
    assert sleeps == [0.5]


def test_a_push_with_a_retry_key_already_accepted_counts_as_delivered(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    first = gateway.push(USER, text_reply("เตือน"), retry_key=RETRY_KEY)
    again = gateway.push(USER, text_reply("เตือน"), retry_key=RETRY_KEY)
    assert (again.outcome, again.status) == (Outcome.PUSHED, 409)
    assert again.request_id == first.request_id


def test_a_scripted_409_reports_the_accepted_request_id(
    gateway: LineGateway, server: FakeLineServer
) -> None:
    accepted = {"x-line-accepted-request-id": "accepted-1"}
    server.script("push", [FakeResponse(409, {"message": "already accepted"}, headers=accepted)])
    delivery = gateway.push(USER, text_reply("เตือน"))
    assert (delivery.outcome, delivery.request_id) == (Outcome.PUSHED, "accepted-1")


def test_a_429_storm_ends_as_failed_after_three_backed_off_attempts(
    gateway: LineGateway, server: FakeLineServer, sleeps: list[float]
) -> None:
    server.script("push", [FakeResponse(429)] * 10)
    delivery = gateway.push(USER, text_reply("เตือน"))
    assert (delivery.outcome, delivery.status, delivery.attempts) == (Outcome.FAILED, 429, 3)
    assert sleeps == [0.5, 1.0]


def test_a_push_refused_with_400_is_not_retried(
    gateway: LineGateway, server: FakeLineServer, sleeps: list[float]
) -> None:
    server.script("push", [FakeResponse(400, {"message": "The property, 'to', is invalid"})])
    delivery = gateway.push("not-an-id", text_reply("เตือน"))
    assert (delivery.outcome, delivery.attempts, sleeps) == (Outcome.FAILED, 1, [])
    assert delivery.error == "The property, 'to', is invalid"


def test_a_stopped_server_gives_a_failed_delivery_without_raising(
    gateway: LineGateway, server: FakeLineServer, sleeps: list[float]
) -> None:
    server.stop()
    delivery = gateway.reply(TOKEN, text_reply("ผล"), fallback_to=USER)
    assert (delivery.outcome, delivery.status, delivery.attempts) == (Outcome.FAILED, None, 9)
    assert delivery.error == "NewConnectionError"
    # the reply, never sent, is tried again for 10 s of waits; then the push, three times
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 4.0, 0.5, 1.0]


def test_without_back_off_an_unreachable_line_ends_the_reply_after_its_attempts(
    server: FakeLineServer, sleeps: list[float]
) -> None:
    settings = Settings(
        database_url="sqlite://",
        line_api_base_url=server.base_url,
        line_channel_access_token=server.access_token,
    )
    server.stop()
    with LineGateway(settings, timeouts=QUICK, backoff=0, sleep=sleeps.append) as gateway:
        delivery = gateway.reply(TOKEN, text_reply("ผล"), fallback_to=None)
    assert delivery.outcome is Outcome.FAILED and delivery.attempts == 3


def test_a_silent_reply_sends_nothing(gateway: LineGateway, server: FakeLineServer) -> None:
    assert gateway.reply(TOKEN, Reply(), fallback_to=USER).outcome is Outcome.SKIPPED
    assert server.requests == []


def test_replies_from_many_threads_share_one_client(server: FakeLineServer) -> None:
    # Timeouts a loaded machine cannot miss: this is about sharing the client, not about time.
    settings = Settings(
        database_url="sqlite://",
        line_api_base_url=server.base_url,
        line_channel_access_token=server.access_token,
    )
    gateway = LineGateway(settings, timeouts=Timeouts(connect=10, read=10, lookup=10))
    outcomes: list[Outcome] = []

    def reply(n: int) -> None:
        outcomes.append(
            gateway.reply(f"{TOKEN}{n}", text_reply(f"ผล {n}"), fallback_to=None).outcome
        )

    threads = [threading.Thread(target=reply, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert server.wait_for(10)
    assert outcomes == [Outcome.REPLIED] * 10
    gateway.close()


@pytest.mark.parametrize(
    ("group_id", "user_id", "expected"),
    [(GROUP, USER, "สมชาย ใจดี"), (None, USER, "สมศรี"), (GROUP, "U" + "9" * 32, None)],
)
def test_display_name_is_looked_up_in_the_group_or_the_friends(
    gateway: LineGateway,
    server: FakeLineServer,
    group_id: str | None,
    user_id: str,
    expected: str | None,
) -> None:
    server.add_profile(USER, "สมชาย ใจดี", group_id=GROUP)
    server.add_profile(USER, "สมศรี")
    assert gateway.display_name(group_id, user_id) == expected


def test_logs_never_show_the_access_token_nor_whole_ids(
    gateway: LineGateway, server: FakeLineServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.expire_reply_token(TOKEN)
    server.script("push", [FakeResponse(500), FakeResponse(429), FakeResponse(429)])
    gateway.reply(TOKEN, text_reply("ข้อความส่วนตัว"), fallback_to=USER)
    server.stop()
    gateway.display_name(GROUP, USER)
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot."))
    assert "LINE push failed: status=429" in ours
    assert server.access_token not in caplog.text
    assert all(secret not in ours for secret in (TOKEN, USER, GROUP, "ข้อความส่วนตัว"))
