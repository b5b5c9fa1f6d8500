"""Replies turned into LINE messages: shapes, and every one of LINE's limits, without a network."""

from __future__ import annotations

from typing import Any

import pytest
from linebot.v3 import messaging as line

from bot.line import flex, to_json
from bot.line.limits import (
    MAX_BUBBLE_BYTES,
    grapheme_length,
    json_size,
    split_text,
    truncate,
    utf16_length,
)
from handlers.replies import (
    Action,
    Badge,
    Card,
    CardMessage,
    MentionMessage,
    Reply,
    Row,
    Section,
    TextMessage,
    Tone,
    text_reply,
)
from tests.fakes.fake_line import line_problems

USERS = tuple(f"U{i:032x}" for i in range(45))


def card(title: str = "ตัวชี้วัดที่ 3 การลดปริมาณขยะ", rows: int = 2, **extra: Any) -> Card:
    table = tuple(Row(f"รายการที่ {i}", f"{i} ตัน", Tone.GOOD) for i in range(rows))
    return Card(title, "กองคลัง", Badge("ขั้นสูง", Tone.GOOD), (Section("ผล", table),), **extra)


def sent(reply: Reply) -> list[dict[str, Any]]:
    """The messages of ``reply``, after checking them as the SDK and the fake LINE would: the
    SDK's models parse the JSON the builder made and give exactly it back (nothing lost)."""
    messages = to_json(reply)
    body = {"replyToken": "t", "messages": messages}
    assert line.ReplyMessageRequest.from_dict(body).to_dict()["messages"] == messages
    assert line_problems(body) == []
    return messages


def test_an_emoji_counts_two_utf16_units_and_a_thai_letter_one() -> None:
    assert utf16_length("🍎") == 2
    assert utf16_length("ก") == 1


def test_a_thai_consonant_with_its_vowel_and_tone_mark_is_one_grapheme() -> None:
    assert grapheme_length("ที่") == 1
    assert grapheme_length("ดูสถานะ") == 6


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("สวัสดี", 10, "สวัสดี"),
        ("🍎🍎🍎", 4, "🍎…"),
        ("กี่ที่", 5, "กี่…"),
        ("กี่ที่", 3, "…"),
    ],
)
def test_truncation_keeps_characters_and_their_marks_whole(
    text: str, limit: int, expected: str
) -> None:
    assert truncate(text, limit) == expected


def test_a_long_text_is_split_at_line_breaks() -> None:
    lines = [f"บรรทัดที่ {i} " + "ข" * 80 for i in range(100)]
    pieces = split_text("\n".join(lines))
    assert all(utf16_length(p) <= 5000 for p in pieces)
    assert "\n".join(pieces).split("\n") == lines


def test_one_line_longer_than_the_limit_is_cut_after_a_space() -> None:
    pieces = split_text("คำ " * 3000)
    assert [utf16_length(p) <= 5000 for p in pieces] == [True, True]
    assert pieces[0].endswith(" ")


def test_a_text_reply_becomes_one_text_message() -> None:
    assert sent(text_reply("สวัสดีครับ")) == [{"type": "text", "text": "สวัสดีครับ"}]


def test_a_silent_reply_has_no_messages() -> None:
    assert to_json(Reply()) == []


def test_a_6000_character_text_is_split_into_two_messages() -> None:
    messages = sent(text_reply("\n".join(["ก" * 99] * 60)))
    assert [m["type"] for m in messages] == ["text", "text"]
    assert sum(len(m["text"]) for m in messages) == 6000 - 2  # the two newlines cut at


def test_a_card_becomes_a_flex_bubble_with_its_alt_text() -> None:
    [message] = sent(Reply((CardMessage("สรุปตัวชี้วัดขยะ", (card(),)),)))
    assert message["altText"] == "สรุปตัวชี้วัดขยะ"
    assert message["contents"]["type"] == "bubble"


def test_every_text_in_a_bubble_wraps_for_thai() -> None:
    texts = _components(flex.bubble(card(footer="ข้อมูล ณ 28 ม.ค. 2568")), "text")
    assert texts and all(t["wrap"] is True for t in texts)


@pytest.mark.parametrize(
    ("tone", "colour"),
    [
        (Tone.GOOD, "#1DB446"),
        (Tone.WARN, "#F5A623"),
        (Tone.BAD, "#E5484D"),
        (Tone.INFO, "#2F80ED"),
        (Tone.NEUTRAL, "#8C8C8C"),
    ],
)
def test_a_badge_is_coloured_by_its_tone(tone: Tone, colour: str) -> None:
    bubble = flex.bubble(Card("ตัวชี้วัด", badge=Badge("ระดับ 3", tone)))
    assert colour in [box.get("backgroundColor") for box in _components(bubble, "box")]


def test_a_value_is_coloured_by_its_tone() -> None:
    bubble = flex.bubble(Card("ตัวชี้วัด", sections=(Section("", (Row("ผล", "ล่าช้า", Tone.BAD),)),)))
    [value] = [t for t in _components(bubble, "text") if t["text"] == "ล่าช้า"]
    assert value["color"] == "#E5484D"


def test_actions_become_postback_and_message_buttons() -> None:
    actions = (Action("ยืนยัน", data="confirm:abc", display_text="ยืนยัน"), Action("สถานะ", "สถานะ"))
    buttons = _components(flex.bubble(card(actions=actions)), "button")
    assert [b["action"] for b in buttons] == [
        {"type": "postback", "label": "ยืนยัน", "data": "confirm:abc", "displayText": "ยืนยัน"},
        {"type": "message", "label": "สถานะ", "text": "สถานะ"},
    ]


def test_every_bubble_survives_the_sdk_round_trip_unchanged() -> None:
    bubble = flex.bubble(card(footer="หมายเหตุ", actions=(Action("ดู", "ดู"),)))
    assert line.FlexContainer.from_dict(bubble).to_dict() == bubble


def test_an_oversized_card_drops_rows_from_the_end_and_says_how_many() -> None:
    bubble = flex.bubble(card(rows=400))
    texts = [t["text"] for t in _components(bubble, "text")]
    assert json_size(bubble) <= MAX_BUBBLE_BYTES
    kept = sum(t.startswith("รายการที่") for t in texts)
    assert texts[-1] == f"…และอีก {400 - kept} รายการ"
    assert "รายการที่ 0" in texts


def test_thirteen_cards_become_two_carousels() -> None:
    cards = tuple(card(f"การ์ด {i}") for i in range(13))
    messages = sent(Reply((CardMessage("สรุป", cards),)))
    assert [len(m["contents"]["contents"]) for m in messages] == [12, 1]
    assert [m["contents"]["type"] for m in messages] == ["carousel", "carousel"]


def test_a_carousel_stays_under_fifty_kilobytes() -> None:
    cards = tuple(card(f"การ์ด {i}", rows=60) for i in range(6))
    messages = sent(Reply((CardMessage("สรุป", cards),)))
    assert len(messages) > 1
    assert all(json_size(m["contents"]) <= 50_000 for m in messages)


def test_a_long_alt_text_is_cut_to_1500_units() -> None:
    [message] = sent(Reply((CardMessage("ก" * 2000, (card(),)),)))
    assert utf16_length(message["altText"]) == 1500
    assert message["altText"].endswith("…")


def test_more_than_five_texts_are_merged_into_five_messages_at_most() -> None:
    texts = [f"ข้อความที่ {i}" for i in range(8)]
    messages = sent(Reply(tuple(map(TextMessage, texts))))
    assert len(messages) == 1
    assert messages[0]["text"] == "\n\n".join(texts)


def test_when_merging_is_not_enough_the_rest_is_summarised_not_dropped() -> None:
    cards = [CardMessage(f"การ์ด {i}", (card(f"การ์ด {i}"),)) for i in range(7)]
    messages = sent(Reply(tuple(cards)))
    assert [m["type"] for m in messages] == ["flex"] * 4 + ["text"]
    assert all(f"การ์ด {i}" in messages[4]["text"] for i in (4, 5, 6))


def test_fourteen_quick_replies_are_cut_to_thirteen_on_the_last_message_only() -> None:
    quick = tuple(Action(f"ตัวชี้วัดที่ {i} การลดปริมาณขยะ", f"ตัวชี้วัด {i}") for i in range(14))
    messages = sent(Reply((TextMessage("เลือก"), CardMessage("สรุป", (card(),))), quick))
    assert "quickReply" not in messages[0]
    items = messages[-1]["quickReply"]["items"]
    assert len(items) == 13
    assert all(grapheme_length(i["action"]["label"]) <= 20 for i in items)
    assert items[0]["action"]["text"] == "ตัวชี้วัด 0"


def test_an_action_with_postback_data_over_300_characters_is_left_out() -> None:
    quick = (Action("ยืนยัน", data="x" * 301), Action("ยกเลิก", data="cancel:1"))
    [message] = sent(text_reply("ยืนยันไหม", *quick))
    assert [i["action"]["label"] for i in message["quickReply"]["items"]] == ["ยกเลิก"]


def test_mentions_become_text_v2_substitutions() -> None:
    [message] = sent(Reply((MentionMessage("{m0} และ {m1} ยังไม่ส่งผล", USERS[:2]),)))
    assert message["type"] == "textV2"
    assert message["substitution"]["m1"] == {
        "type": "mention",
        "mentionee": {"type": "user", "userId": USERS[1]},
    }


def test_forty_five_mentions_are_spread_over_three_messages() -> None:
    text = "ยังไม่ส่ง:\n" + " ".join(f"{{m{i}}}" for i in range(45))
    messages = sent(Reply((MentionMessage(text, USERS),)))
    assert [len(m["substitution"]) for m in messages] == [20, 20, 5]
    assert {u for m in messages for u in _mentioned(m)} == set(USERS)


def test_braces_that_are_not_mentions_are_shown_full_width() -> None:
    [message] = sent(Reply((MentionMessage("{m0} ส่ง {ผล} ด้วย {m7}", USERS[:1]),)))
    assert message["text"] == "{m0} ส่ง ｛ผล｝ ด้วย ｛m7｝"


HOSTILE = {
    "emoji text": Reply((TextMessage("🍎" * 7000),)),
    "many mentions and texts": Reply(
        (MentionMessage(" ".join(f"{{m{i}}}" for i in range(45)) * 3, USERS),)
        + tuple(TextMessage("ข" * 4000) for _ in range(6))
    ),
    "forty cards": Reply((CardMessage("", tuple(card(f"การ์ด {i}", rows=80) for i in range(40))),)),
    "empty card": Reply((CardMessage("ว่าง", (Card(""),)),)),
    "emoji labels": text_reply("เลือก", *(Action("👨‍👩‍👧" * 30, "x") for _ in range(20))),
}


@pytest.mark.parametrize("reply", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_replies_still_make_requests_line_accepts(reply: Reply) -> None:
    assert 1 <= len(sent(reply)) <= 5


def _components(node: Any, kind: str) -> list[dict[str, Any]]:
    """Every Flex component of ``kind`` below ``node``, in document order."""
    if isinstance(node, list):
        return [c for item in node for c in _components(item, kind)]
    if not isinstance(node, dict):
        return []
    own = [node] if node.get("type") == kind else []
    return own + [c for value in node.values() for c in _components(value, kind)]


def _mentioned(message: dict[str, Any]) -> list[str]:
    return [s["mentionee"]["userId"] for s in message["substitution"].values()]
