"""The conversation entry point: locate the sender, read the message or button, dispatch."""

from __future__ import annotations

from datetime import datetime

from handlers import ask_back_state, postbacks
from handlers.context import Context, Incoming, Ports
from handlers.intents import Intent
from handlers.nlu.settle import settle
from handlers.registry import dispatch, understand
from handlers.replies import Reply, text_reply
from kpi_core.models import Member, Organisation

STALE_BUTTON = "ปุ่มนี้ใช้ไม่ได้แล้วครับ ลองพิมพ์สิ่งที่ต้องการอีกครั้ง"


def locate(incoming: Incoming, ports: Ports) -> tuple[Organisation | None, Member | None]:
    """The organisation this chat belongs to, and the sender's membership."""
    member = ports.members.get(incoming.user_id) if incoming.user_id else None
    if incoming.chat.is_shared:
        binding = ports.groups.get(incoming.chat.id)
        name = binding.organisation if binding else None
    else:
        name = member.organisation if member else None
    return (ports.organisations.get(name) if name else None), member


def respond(incoming: Incoming, ports: Ports, now: datetime) -> Reply:
    """The reply to one message or button press addressed to the bot."""
    if incoming.postback:
        intent = postbacks.decode(incoming.text)
        if intent is None:
            return text_reply(STALE_BUTTON)
    else:
        intent = ask_back_state.answered(incoming, ports, now) or _read(incoming, now)
    organisation, member = locate(incoming, ports)
    if organisation is not None and not incoming.postback:
        intent = settle(intent, organisation)
    reply = dispatch(intent, Context(incoming, ports, now, organisation, member))
    ask_back_state.remember(reply, incoming, ports, now, organisation)
    return reply


def _read(incoming: Incoming, now: datetime) -> Intent:
    read = understand(incoming.text, today=now.date(), mention_spans=incoming.mention_spans)
    return read.intent
