"""Golden conversations: every line of data/conversations/*.conv through the whole pipeline.

Each file is one conversation on a fresh database with the demo data: understanding, the
handlers, storage (SQLite and PostgreSQL) and the Thai rendering of the replies.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import pytest
from linebot.v3 import messaging as line

from bot.composition import build_services
from bot.line import to_json
from bot.settings import Settings
from handlers.context import Chat, ChatKind, Incoming
from handlers.conversation import respond
from handlers.help_text import CONVERSATIONS, examples
from handlers.render_text import render_reply
from handlers.replies import Action, CardMessage, Reply
from kpi_core.fiscal_calendar import BANGKOK
from tests.fakes.fake_line import line_problems

FILES = sorted((Path(__file__).resolve().parents[2] / "data" / CONVERSATIONS).glob("*.conv"))
GROUPS = {
    "mol": "Cd0000000000000000000000000000001",
    "pathum": "Cd0000000000000000000000000000002",
    "ocsc": "Cd0000000000000000000000000000003",
    "fresh": "C" + "e" * 32,
}
USERS = {
    "coordinator": "Ud0000000000000000000000000000001",
    "somchai": "Ud0000000000000000000000000000002",
    "somying": "Ud0000000000000000000000000000003",
    "pathum": "Ud0000000000000000000000000000004",
    "ocsc": "Ud0000000000000000000000000000005",
    "stranger": "U" + "f" * 32,
    "stranger2": "U" + "e" * 32,
}


@dataclass
class Turn:
    """One message and what its reply must and must not contain."""

    line_no: int
    text: str
    group: str
    user: str
    today: date
    expected: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)


def read_turns(path: Path) -> list[Turn]:
    """The turns of a conversation file, with the scene each one happens in."""
    scene = {"group": "mol", "user": "stranger", "today": "2025-01-28"}
    turns: list[Turn] = []
    for line_no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            scene[key] = value.strip()
        elif line.startswith(">"):
            text = line[1:].split("  #help:")[0].strip()
            turns.append(
                Turn(
                    line_no, text, scene["group"], scene["user"], date.fromisoformat(scene["today"])
                )
            )
        elif line.startswith("!<"):
            turns[-1].forbidden.append(line[2:].strip())
        elif line.startswith("<"):
            turns[-1].expected.append(line[1:].strip())
    return turns


def _incoming(turn: Turn, event_id: str, previous: Reply | None) -> Incoming:
    """The turn as the bot receives it; ``> [label]`` presses a button of the previous reply."""
    user = USERS.get(turn.user, turn.user)
    if turn.group == "direct":
        chat = Chat(ChatKind.USER, user)
    else:
        chat = Chat(ChatKind.GROUP, GROUPS.get(turn.group, turn.group))
    if not (turn.text.startswith("[") and turn.text.endswith("]")):
        return Incoming(turn.text, chat, user, event_id)
    action = _button(previous, turn.text[1:-1])
    if action.data:
        return Incoming(action.data, chat, user, event_id, postback=True)
    return Incoming(action.text, chat, user, event_id)


def _button(reply: Reply | None, label: str) -> Action:
    actions = [] if reply is None else list(reply.quick_replies)
    for message in reply.messages if reply else ():
        if isinstance(message, CardMessage):
            actions += [a for card in message.cards for a in card.actions]
    found = [a for a in actions if a.label == label]
    assert found, f"no button [{label}] in the previous reply: {[a.label for a in actions]}"
    return found[0]


@pytest.fixture
def services(demo_database_url: str) -> Iterator[object]:
    built = build_services(Settings.from_env({"DATABASE_URL": demo_database_url}))
    yield built
    built.close()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_golden_conversation(path: Path, services) -> None:  # noqa: ANN001
    ids = itertools.count(1)
    failures = []
    reply = None
    for turn in read_turns(path):
        now = datetime.combine(turn.today, time(9, 30), BANGKOK)
        incoming = _incoming(turn, f"golden:{path.stem}:{next(ids)}", reply)
        reply = respond(incoming, services.ports(offline=True), now)
        text = render_reply(reply)
        sdk_problems = _sdk_problems(reply)
        missing = [e for e in turn.expected if e not in text]
        present = [f for f in turn.forbidden if f in text]
        if missing or present or sdk_problems:
            where = f"{path.name}:{turn.line_no} > {turn.text}"
            wrong = f"missing {missing} unexpected {present} LINE {sdk_problems}"
            failures.append(f"{where}\n  {wrong}\n---\n{text}\n---")
    assert not failures, "\n".join(failures)


def _sdk_problems(reply: Reply) -> list[str]:
    """What the SDK's models, or LINE's limits, find wrong in the message JSON for ``reply``:
    every card the bot can answer with is built as plain JSON, and checked here."""
    messages = to_json(reply)
    if not messages:
        return []
    body = {"replyToken": "t", "messages": messages}
    if line.ReplyMessageRequest.from_dict(body).to_dict()["messages"] != messages:
        return ["the SDK's models read the JSON differently"]
    return line_problems(body)


def test_the_conversations_hold_at_least_eighty_lines() -> None:
    assert sum(len(read_turns(p)) for p in FILES) >= 80


def test_help_examples_come_from_the_conversation_files() -> None:
    topics = dict(examples())
    assert "ดูสถานะ" in topics and "สถานะ" in topics["ดูสถานะ"]
    assert "ส่งผล" in topics
