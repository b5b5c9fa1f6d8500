"""What the bot answers to one LINE event: the event turned into a channel-neutral message for
the conversation handlers, or into the group's greeting, welcome or farewell."""

from __future__ import annotations

from datetime import datetime

from linebot.v3.webhooks import (
    Event,
    FollowEvent,
    GroupSource,
    JoinEvent,
    LeaveEvent,
    MemberJoinedEvent,
    MessageEvent,
    PostbackEvent,
    RoomSource,
    TextMessageContent,
)

from bot.line.limits import MAX_ACTION_TEXT, MAX_TEXT, utf16_length
from handlers.context import Chat, ChatKind, Incoming, Ports
from handlers.conversation import respond
from handlers.gating import addressed_text
from handlers.greetings import greet_group, welcome_members
from handlers.membership import bot_left
from handlers.replies import SILENT, Reply, text_reply

_ANSWERED = (PostbackEvent, JoinEvent, LeaveEvent, MemberJoinedEvent, FollowEvent)
TEXT_ONLY = "ตอนนี้บอทอ่านได้เฉพาะข้อความครับ พิมพ์ 'ใช้ยังไง' เพื่อดูตัวอย่าง"
TOO_LONG = (
    "ข้อความยาวเกินไปครับ (เกิน 5,000 ตัวอักษร) บอทจึงไม่ได้อ่าน\nลองพิมพ์สั้น ๆ เช่น 'สถานะ' หรือ 'ส่งผล ขยะ 52.3'"
)


def chat_of(event: Event) -> Chat:
    """Where the event happened."""
    source = event.source
    if isinstance(source, GroupSource):
        return Chat(ChatKind.GROUP, source.group_id)
    if isinstance(source, RoomSource):
        return Chat(ChatKind.ROOM, source.room_id)
    return Chat(ChatKind.USER, getattr(source, "user_id", None) or "")


def worth_handling(event: Event, prefixes: tuple[str, ...]) -> bool:
    """Whether the event may need an answer or a write; group chatter not for the bot, other
    messages in groups and events the bot ignores need neither, nor the database."""
    if isinstance(event, MessageEvent):
        chat = chat_of(event)
        if not isinstance(event.message, TextMessageContent):
            return not chat.is_shared
        return _addressed(event.message, chat, prefixes) is not None
    return isinstance(event, _ANSWERED)


def reply_to(event: Event, ports: Ports, now: datetime, prefixes: tuple[str, ...]) -> Reply:
    """The reply to ``event`` (``SILENT`` when there is nothing to say)."""
    chat = chat_of(event)
    if isinstance(event, MessageEvent):
        return _message(event, chat, ports, now, prefixes)
    if isinstance(event, PostbackEvent):
        data = event.postback.data
        data = data if len(data) <= MAX_ACTION_TEXT else ""  # not a button of ours: stale
        incoming = Incoming(data, chat, event.source.user_id, event.webhook_event_id, True)
        return respond(incoming, ports, now)
    if isinstance(event, JoinEvent):
        left = ports.groups.last(chat.id)
        return greet_group(_bound(ports, chat), left=left.organisation if left else None)
    if isinstance(event, LeaveEvent):
        return bot_left(ports, chat, now, event.webhook_event_id)
    if isinstance(event, MemberJoinedEvent):
        return welcome_members(len(event.joined.members), _bound(ports, chat))
    if isinstance(event, FollowEvent):
        return text_reply("สวัสดีครับ ผม PMQA Bot พิมพ์ 'ใช้ยังไง' เพื่อดูสิ่งที่ถามได้")
    return SILENT


def _message(
    event: MessageEvent, chat: Chat, ports: Ports, now: datetime, prefixes: tuple[str, ...]
) -> Reply:
    if not isinstance(event.message, TextMessageContent):
        return SILENT if chat.is_shared else text_reply(TEXT_ONLY)
    addressed = _addressed(event.message, chat, prefixes)
    if addressed is None:
        return SILENT
    text, spans = addressed
    if utf16_length(text) > MAX_TEXT:  # LINE's own limit: never hand more to the tokenizer
        return text_reply(TOO_LONG)
    user_id = event.source.user_id
    incoming = Incoming(text, chat, user_id, event.webhook_event_id, mention_spans=spans)
    return respond(incoming, ports, now)


def _addressed(
    message: TextMessageContent, chat: Chat, prefixes: tuple[str, ...]
) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """The text meant for the bot and the bot's mention spans; ``None`` for chatter."""
    mentionees = message.mention.mentionees if message.mention else []
    spans = tuple((m.index, m.length) for m in mentionees if getattr(m, "is_self", False))
    text = addressed_text(
        message.text, shared=chat.is_shared, mentioned_self=bool(spans), prefixes=prefixes
    )
    return None if text is None else (text, spans)


def _bound(ports: Ports, chat: Chat) -> str | None:
    binding = ports.groups.get(chat.id)
    return binding.organisation if binding else None
