"""Greetings: the bot joining a group (bound or not), and members joining it."""

from __future__ import annotations

import pytest

from handlers.gating import addressed_text
from handlers.greetings import JOIN_BOUND, JOIN_UNBOUND, greet_group, welcome_members
from handlers.intents import Help
from handlers.registry import understand
from handlers.replies import Action
from tests.fakes.chat import NOW
from tests.fakes.reading import text_of

HOW_TO = Action("วิธีใช้", text="บอท ใช้ยังไง")


def test_in_a_bound_group_the_bot_greets_the_organisations_team() -> None:
    reply = greet_group("สำนักงานปลัดกระทรวงแรงงาน")
    assert text_of(reply) == JOIN_BOUND.format(org="สำนักงานปลัดกระทรวงแรงงาน")
    assert text_of(reply).startswith("สวัสดีครับ ผม PMQA Bot ของ สำนักงานปลัดกระทรวงแรงงาน\n")
    assert reply.quick_replies == (HOW_TO,)


def test_in_an_unbound_group_the_bot_says_how_to_bind_it() -> None:
    reply = greet_group(None)
    assert text_of(reply) == JOIN_UNBOUND and "'บอท ผูกกลุ่ม <ชื่อหน่วยงาน>'" in JOIN_UNBOUND
    assert reply.quick_replies == (HOW_TO,)


def test_the_greetings_button_is_addressed_to_the_bot_and_asks_for_help() -> None:
    text = addressed_text(HOW_TO.text, shared=True, mentioned_self=False)
    assert text == "ใช้ยังไง"
    assert understand(text, today=NOW.date()).intent == Help()


@pytest.mark.parametrize(
    ("count", "organisation", "text"),
    [
        (1, "สป.รง.", "ยินดีต้อนรับสมาชิกใหม่ 1 ท่านสู่ทีม สป.รง.ครับ"),
        (3, "สป.รง.", "ยินดีต้อนรับสมาชิกใหม่สู่ทีม สป.รง.ครับ"),
        (2, None, "ยินดีต้อนรับสมาชิกใหม่สู่กลุ่มครับ"),
    ],
    ids=["one", "several", "unbound"],
)
def test_new_members_are_welcomed_and_told_to_register(
    count: int, organisation: str | None, text: str
) -> None:
    reply = welcome_members(count, organisation)
    assert text_of(reply) == f"{text} พิมพ์ 'บอท ลงทะเบียน <ชื่อกอง>' เพื่อเริ่มใช้งาน"
    assert reply.quick_replies == ()
