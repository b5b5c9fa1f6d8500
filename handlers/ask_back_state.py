"""Conversation state for ask-backs: remember a "which one?" reply, read the next message as
its answer. Stored through the ``AskBacks`` port (the database), never in memory, and short-lived:
the sender's next message in the same chat answers it or passes it by.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers import postbacks
from handlers.common import unit_named
from handlers.context import Incoming, Ports
from handlers.intents import ChooseIndicator, Intent, RegisterUnit
from handlers.nlu.normalise import normalise, strip_particles
from handlers.nlu.picks import pick
from handlers.ports import AskBack, Choice
from handlers.replies import Reply
from kpi_core.models import Organisation, Unit

ASK_BACK_LIFETIME = timedelta(minutes=10)


def answered(incoming: Incoming, ports: Ports, now: datetime) -> Intent | None:
    """What the sender's typed message picks from their open ask-back in this chat, if any;
    either way the ask-back is closed: it waits for one message only."""
    if incoming.postback or not incoming.user_id:
        return None
    open_one = ports.ask_backs.open_in(incoming.user_id, incoming.chat.id, now=now)
    if open_one is None or open_one.id is None:
        return None
    choice = pick(incoming.text, open_one.choices) or _unit_typed(incoming.text, open_one, ports)
    ports.ask_backs.close(
        open_one.id, answered=choice is not None, now=now, event_id=incoming.event_id
    )
    return postbacks.decode(choice.data) if choice else None


def _unit_typed(text: str, open_one: AskBack, ports: Ports) -> Choice | None:
    """The unit a registration ask-back's answer names by its short name, an alias ("ศทส ครับ",
    "ไอทีค่ะ") or its number in the listing; nothing else typed ("สถานะ", a unit the
    organisation lacks) answers it."""
    if not all(isinstance(postbacks.decode(c.data), RegisterUnit) for c in open_one.choices):
        return None
    org = ports.organisations.get(open_one.organisation)
    words = strip_particles(normalise(text))
    if org is None or not words:
        return None
    if words.isdigit():  # the listing numbers every unit, the buttons only the first 13
        number = int(words)
        unit: Unit | str = org.units[number - 1] if 0 < number <= len(org.units) else words
    else:
        unit = unit_named(org, words)
    if not isinstance(unit, Unit):
        return None
    return Choice("", unit.name, postbacks.encode(RegisterUnit(unit=unit.name)))


def remember(
    reply: Reply, incoming: Incoming, ports: Ports, now: datetime, org: Organisation | None
) -> None:
    """Store ``reply`` as an open ask-back when its buttons are picks of one question."""
    if org is None or not incoming.user_id or not reply.quick_replies:
        return
    choices = []
    kinds = set()
    for number, action in enumerate(reply.quick_replies, start=1):
        meant = postbacks.decode(action.data) if action.data else None
        kinds.add(type(meant))
        if isinstance(meant, ChooseIndicator):
            indicator = org.indicator(meant.code)
            name = indicator.title if indicator else action.label
            choices.append(Choice(meant.code, name, action.data))
        elif isinstance(meant, RegisterUnit):  # keyed by the listing's number
            choices.append(Choice(str(number), meant.unit, action.data))
        else:
            return
    if len(kinds) != 1:  # one question's picks, never a mix
        return
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
