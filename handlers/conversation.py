"""The conversation entry point: locate the sender, read the message or button, dispatch."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from handlers import ask_back_state, postbacks
from handlers.context import Context, Incoming, Ports
from handlers.intents import Confirm, IndicatorQuery, Intent, RegisterUnit, Unknown
from handlers.nlu.resolve import resolve_unit
from handlers.nlu.settle import settle
from handlers.nlu.slots import chat_words, split_unit
from handlers.nlu.units import units_named
from handlers.registry import dispatch, offered_back, understand
from handlers.replies import Action, Reply, TextMessage, text_reply
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
    later = ""
    if incoming.postback:
        intent = postbacks.decode(incoming.text)
        if intent is None:
            return text_reply(STALE_BUTTON)
    else:
        intent = ask_back_state.answered(incoming, ports, now)
        if intent is None:
            read = understand(incoming.text, today=now.date(), mention_spans=incoming.mention_spans)
            intent, later = read.intent, read.later
            if offered_back(read):
                if names_a_unit(intent, locate(incoming, ports)[0]):
                    return offer(read.corrected)
                # "ลงทะเบยนงานวิ่งพรุ่งนี้นะ": a typo'd registration word in chatter, no unit.
                intent, later = Unknown(text=incoming.text), ""
    organisation, member = locate(incoming, ports)
    if organisation is not None and not incoming.postback:
        intent = settle(intent, organisation)
    elif isinstance(intent, IndicatorQuery) and chat_words(intent.indicator):
        # Everyday words are settled against an organisation's data; with none, they are chat.
        intent = Unknown(text=incoming.text)
    elif isinstance(intent, RegisterUnit) and intent.loose:
        # "อยู่กองกลางค่ะ" told where no organisation is known: no unit to tell it by, chat.
        intent = Unknown(text=incoming.text)
    reply = dispatch(intent, Context(incoming, ports, now, organisation, member))
    ask_back_state.remember(reply, incoming, ports, now, organisation)
    return with_later(reply, later) if later else reply


def with_later(reply: Reply, question: str) -> Reply:
    """A write's reply, and a note that the question asked after it is answered when asked
    again once the write is settled (its answer would change with the confirmation)."""
    if len(reply.messages) >= MOST_MESSAGES:
        return reply
    pending = any(
        isinstance(postbacks.decode(a.data), Confirm) for a in reply.quick_replies if a.data
    )
    when = "ได้หลังกดยืนยันหรือยกเลิก" if pending else "ได้เลย"
    note = TextMessage(f"ส่วนคำถาม '{question}' ถามอีกครั้ง{when}ครับ")
    return replace(reply, messages=(*reply.messages, note))


MOST_MESSAGES = 5  # LINE's limit for one reply


def names_a_unit(intent: Intent, organisation: Organisation | None) -> bool:
    """Whether a command read only once a typo was corrected may be offered back: a unit's
    registration must name one of the organisation's units (without one, a unit's name);
    everyday chat after a typo'd "ลงทะเบียน" ("…งานวิ่งพรุ่งนี้นะ", "…เข้าประชุมกันยัง") is chat."""
    if not isinstance(intent, RegisterUnit):
        return True
    if not intent.unit:
        return False
    if organisation is None:
        return bool(split_unit(intent.unit)[0])
    named = units_named(intent.unit, organisation).units
    return bool(named) or len(resolve_unit(intent.unit, organisation)) == 1


def offer(corrected: str) -> Reply:
    """A command that would store at once, read only once a typo was corrected: the corrected
    text offered back as a button that types it; nothing is stored until it is tapped."""
    return text_reply(
        f"หมายถึง '{corrected}' ใช่ไหมครับ กดปุ่ม 'ใช่' เพื่อทำตามนี้ หรือพิมพ์ใหม่อีกครั้ง",
        Action("ใช่", text=corrected),
    )
