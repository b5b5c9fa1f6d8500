"""LINE webhook events -> the conversation handlers -> replies sent after the webhook answers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from linebot.v3.webhooks import (
    Event,
    FollowEvent,
    GroupSource,
    JoinEvent,
    MemberJoinedEvent,
    MessageEvent,
    PostbackEvent,
    RoomSource,
    TextMessageContent,
)

from bot.db.unit_of_work import Repositories, SqlUnitOfWork
from bot.outbox import Outbox
from handlers.context import Chat, ChatKind, Incoming, Ports
from handlers.conversation import respond
from handlers.formatting import short_id
from handlers.gating import addressed_text
from handlers.greetings import greet_group, welcome_members
from handlers.notices import with_notices
from handlers.replies import SILENT, Reply, text_reply

log = logging.getLogger(__name__)
SORRY = "ขออภัยครับ ระบบขัดข้องชั่วคราว ลองใหม่อีกครั้งในอีกสักครู่"
TEXT_ONLY = "ตอนนี้บอทอ่านได้เฉพาะข้อความครับ พิมพ์ 'ใช้ยังไง' เพื่อดูตัวอย่าง"


def chat_of(event: Event) -> Chat:
    """Where the event happened."""
    source = event.source
    if isinstance(source, GroupSource):
        return Chat(ChatKind.GROUP, source.group_id)
    if isinstance(source, RoomSource):
        return Chat(ChatKind.ROOM, source.room_id)
    return Chat(ChatKind.USER, getattr(source, "user_id", None) or "")


class EventProcessor:
    """Handles each event once: de-duplication, the answer and every write in one unit of work,
    committed before the reply is queued."""

    def __init__(
        self,
        units: Callable[[], SqlUnitOfWork],
        ports: Callable[[Repositories], Ports],
        outbox: Outbox,
        now: Callable[[], datetime],
        prefixes: tuple[str, ...],
    ) -> None:
        self._units = units
        self._ports = ports
        self._outbox = outbox
        self._now = now
        self._prefixes = prefixes

    def handle(self, event: Event) -> None:
        """Process one event; never raises (a failure is logged and answered with an apology)."""
        if getattr(event, "mode", None) == "standby":
            return  # another channel is active: no reply token, nothing to do
        event_id = event.webhook_event_id
        now = self._now()
        try:
            with self._units() as uow:
                if not uow.events.first_time(event_id, kind=event.type, received_at=now):
                    log.info("duplicate event %s ignored", short_id(event_id))
                    return
                ports = self._ports(uow)
                user_id = getattr(event.source, "user_id", None)
                reply = with_notices(self._reply(event, ports, now), ports, user_id, now)
                uow.commit()
        except Exception:
            log.exception("event %s (%s) failed", short_id(event_id), event.type)
            reply = text_reply(SORRY)
        token = getattr(event, "reply_token", None)
        if not reply.silent and token:
            self._outbox.send_reply(token, reply, fallback_to=chat_of(event).id or None)

    def _reply(self, event: Event, ports: Ports, now: datetime) -> Reply:
        chat = chat_of(event)
        if isinstance(event, MessageEvent):
            return self._message(event, chat, ports, now)
        if isinstance(event, PostbackEvent):
            incoming = Incoming(
                event.postback.data, chat, event.source.user_id, event.webhook_event_id, True
            )
            return respond(incoming, ports, now)
        if isinstance(event, JoinEvent):
            return greet_group(_bound(ports, chat))
        if isinstance(event, MemberJoinedEvent):
            return welcome_members(len(event.joined.members), _bound(ports, chat))
        if isinstance(event, FollowEvent):
            return text_reply("สวัสดีครับ ผม PMQA Bot พิมพ์ 'ใช้ยังไง' เพื่อดูสิ่งที่ถามได้")
        return SILENT

    def _message(self, event: MessageEvent, chat: Chat, ports: Ports, now: datetime) -> Reply:
        if not isinstance(event.message, TextMessageContent):
            return SILENT if chat.is_shared else text_reply(TEXT_ONLY)
        message = event.message
        mentionees = message.mention.mentionees if message.mention else []
        spans = tuple((m.index, m.length) for m in mentionees if getattr(m, "is_self", False))
        text = addressed_text(
            message.text, shared=chat.is_shared, mentioned_self=bool(spans), prefixes=self._prefixes
        )
        if text is None:
            return SILENT
        incoming = Incoming(
            text, chat, event.source.user_id, event.webhook_event_id, mention_spans=spans
        )
        return respond(incoming, ports, now)


def _bound(ports: Ports, chat: Chat) -> str | None:
    binding = ports.groups.get(chat.id)
    return binding.organisation if binding else None
