"""Conversation state for ask-backs: remember a "which one?" reply, read the next message as
its answer. Stored through the ``AskBacks`` port (the database), never in memory, and short-lived:
the sender's next message in the same chat answers it or passes it by.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers import postbacks
from handlers.context import Incoming, Ports
from handlers.intents import ChooseIndicator, Intent
from handlers.nlu.picks import pick
from handlers.ports import AskBack, Choice
from handlers.replies import Reply
from kpi_core.models import Organisation

ASK_BACK_LIFETIME = timedelta(minutes=10)


def answered(incoming: Incoming, ports: Ports, now: datetime) -> Intent | None:
    """What the sender's typed message picks from their open ask-back in this chat, if any;
    either way the ask-back is closed: it waits for one message only."""
    if incoming.postback or not incoming.user_id:
        return None
    open_one = ports.ask_backs.open_in(incoming.user_id, incoming.chat.id, now=now)
    if open_one is None or open_one.id is None:
        return None
    choice = pick(incoming.text, open_one.choices)
    ports.ask_backs.close(
        open_one.id, answered=choice is not None, now=now, event_id=incoming.event_id
    )
    return postbacks.decode(choice.data) if choice else None


def remember(
    reply: Reply, incoming: Incoming, ports: Ports, now: datetime, org: Organisation | None
) -> None:
    """Store ``reply`` as an open ask-back when its buttons are picks of one question."""
    if org is None or not incoming.user_id or not reply.quick_replies:
        return
    choices = []
    for action in reply.quick_replies:
        meant = postbacks.decode(action.data) if action.data else None
        if not isinstance(meant, ChooseIndicator):
            return
        indicator = org.indicator(meant.code)
        choices.append(
            Choice(meant.code, indicator.title if indicator else action.label, action.data)
        )
    ports.ask_backs.ask(
        AskBack(
            organisation=org.name,
            line_user_id=incoming.user_id,
            chat_id=incoming.chat.id,
            choices=tuple(choices),
            asked_at=now,
            expires_at=now + ASK_BACK_LIFETIME,
            source_event_id=incoming.event_id,
        )
    )
