"""Help: one example line per topic, taken from the golden conversation files, never silence."""

from __future__ import annotations

import pytest

from handlers.context import ChatKind
from handlers.help_text import DESK, GROUP_HINT, QUICK, examples, handle_help, handle_unknown
from handlers.intents import Help, Unknown
from handlers.registry import understand
from tests.fakes.chat import NOW, context
from tests.fakes.ports import FakePorts
from tests.fakes.reading import text_of


def test_help_lists_every_topic_with_two_examples_and_the_next_questions(mol: FakePorts) -> None:
    reply = handle_help(Help(), context(mol, None, using=()))
    head, *topics, hint = text_of(reply).splitlines()
    assert head == "ถาม PMQA Bot ได้แบบนี้ครับ" and hint == GROUP_HINT
    assert topics == [
        f"• {topic}: " + ", ".join(f"'{t}'" for t in texts[:2]) for topic, texts in examples()
    ]
    assert reply.quick_replies == QUICK


def test_in_a_1_1_chat_help_has_no_group_hint(mol: FakePorts) -> None:
    reply = handle_help(Help(), context(mol, None, kind=ChatKind.USER, chat_id="Uanyone"))
    assert GROUP_HINT not in text_of(reply)


@pytest.mark.parametrize("kind", [ChatKind.GROUP, ChatKind.ROOM, ChatKind.USER])
def test_what_is_not_understood_gets_a_short_help_rather_than_silence(
    mol: FakePorts, kind: ChatKind
) -> None:
    reply = handle_unknown(Unknown("อะไรนะ"), context(mol, "Uanyone", kind=kind))
    head, *rest = text_of(reply).splitlines()
    assert head == "ไม่แน่ใจว่าหมายถึงอะไร ลองพิมพ์แบบนี้ครับ"
    assert len([line for line in rest if line.startswith("• ")]) == 3
    assert (GROUP_HINT in rest) is (kind is not ChatKind.USER) and reply.quick_replies == QUICK


@pytest.mark.parametrize(
    ("typed", "topic"),
    [("กำหนดส่งงงง วันไร", "กำหนดส่ง"), ("ใครไม่ส่งงาน", "ใครยังไม่ส่ง"), ("ลงทะเบียนนน", "ลงทะเบียน")],
)
def test_the_examples_offered_are_the_closest_to_what_was_typed(
    mol: FakePorts, typed: str, topic: str
) -> None:
    reply = handle_unknown(Unknown(typed), context(mol, "Uanyone", kind=ChatKind.USER))
    offered = [line for line in text_of(reply).splitlines() if line.startswith("• ")]
    assert any(line.startswith(f"• {topic}:") for line in offered[:2]), offered


def test_a_bare_call_of_the_bot_gets_a_greeting_not_help(mol: FakePorts) -> None:
    reply = handle_unknown(Unknown(""), context(mol, "Uanyone"))
    assert len(text_of(reply).splitlines()) == 1


def test_the_help_topics_come_from_the_conversation_files_in_file_order() -> None:
    topics = [topic for topic, _ in examples()]
    assert topics[:3] == ["ดูสถานะ", "ใครยังไม่ส่ง", "กำหนดส่ง"]
    assert all(texts for _, texts in examples()) and len(set(topics)) == len(topics)


@pytest.mark.parametrize(
    "example", [text for _, texts in examples() for text in texts[:2]], ids=str
)
def test_every_example_help_shows_is_understood(example: str) -> None:
    assert not isinstance(understand(example, today=NOW.date()).intent, Unknown)


def test_in_a_1_1_chat_help_offers_the_desk_link_button(mol: FakePorts) -> None:
    reply = handle_help(Help(), context(mol, None, kind=ChatKind.USER, chat_id="Uanyone"))
    assert reply.quick_replies == (*QUICK, DESK)
    assert DESK.text == "ขอลิงก์แดชบอร์ด"
