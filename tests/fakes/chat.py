"""Messages and contexts for handler tests: who speaks, in which chat, at a fixed moment."""

from __future__ import annotations

from datetime import datetime

from handlers.context import Chat, ChatKind, Context, Incoming, Ports
from handlers.conversation import locate, respond
from handlers.replies import Action, Reply
from kpi_core.models import Member
from tests.fakes.ports import GROUP, NOW
from tests.fakes.untouched import touching_only

UNBOUND_GROUP = "Cfresh"

Sender = Member | str | None  # a member, a bare LINE user id, or no id (LINE omitted it)


def user_id_of(sender: Sender) -> str | None:
    """The LINE user id of a sender."""
    return sender.line_user_id if isinstance(sender, Member) else sender


def incoming(
    text: str = "",
    sender: Sender = None,
    *,
    kind: ChatKind = ChatKind.GROUP,
    chat_id: str = "",
    event_id: str | None = None,
    postback: bool = False,
) -> Incoming:
    """A message (or button data) from ``sender``: in ``GROUP`` unless told otherwise, and in
    their 1:1 chat with the bot when ``kind`` is ``USER``."""
    user = user_id_of(sender)
    default = (user or "") if kind is ChatKind.USER else GROUP
    return Incoming(text, Chat(kind, chat_id or default), user, event_id, postback)


def context(
    ports: Ports,
    sender: Sender = None,
    *,
    kind: ChatKind = ChatKind.GROUP,
    chat_id: str = "",
    now: datetime = NOW,
    text: str = "",
    event_id: str | None = None,
    using: tuple[str, ...] | None = None,
) -> Context:
    """The context the conversation would give a handler: the chat's organisation and the
    sender's membership are looked up through the ports, as ``respond`` does. With ``using``,
    the handler may reach only those storage ports (``()``: none)."""
    message = incoming(text, sender, kind=kind, chat_id=chat_id, event_id=event_id)
    organisation, member = locate(message, ports)
    reachable = ports if using is None else touching_only(ports, *using)
    return Context(message, reachable, now, organisation, member)


def say(
    ports: Ports,
    text: str,
    sender: Sender = None,
    *,
    kind: ChatKind = ChatKind.GROUP,
    now: datetime = NOW,
    event_id: str | None = None,
) -> Reply:
    """The bot's reply to ``text`` typed by ``sender`` (the whole conversation entry point)."""
    return respond(incoming(text, sender, kind=kind, event_id=event_id), ports, now)


def press(
    ports: Ports,
    button: Action,
    sender: Sender = None,
    *,
    kind: ChatKind = ChatKind.GROUP,
    now: datetime = NOW,
    event_id: str | None = None,
) -> Reply:
    """The bot's reply when ``sender`` taps ``button`` (its postback data, or its text)."""
    if not button.data:
        return say(ports, button.text, sender, kind=kind, now=now, event_id=event_id)
    message = incoming(button.data, sender, kind=kind, event_id=event_id, postback=True)
    return respond(message, ports, now)
