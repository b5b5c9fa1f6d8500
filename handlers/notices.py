"""What rides on an answer: reminder notices for the coordinator first, due reminders last.

Replies are free and pushes cost the group's member count, so an answer carries (1) to the
coordinator, the reminders LINE refused and those held back to stay within the quota, and
(2) in a group on a reminder day, the reminders due today, claimed in the event's unit of
work instead of being pushed later.
"""

from __future__ import annotations

from datetime import datetime

from handlers.context import Chat, Ports
from handlers.reminder_messages import failure_notice, held_notice
from handlers.replies import Message, Reply, TextMessage

MAX_MESSAGES = 5  # LINE's limit on one reply


def with_notices(
    reply: Reply,
    ports: Ports,
    user_id: str | None,
    now: datetime,
    *,
    chat: Chat | None = None,
    event_id: str | None = None,
) -> Reply:
    """``reply`` with the coordinator's untold reminder notices first (then marked told) and,
    in a group, the reminders due today after it."""
    if reply.silent:
        return reply
    notices = _coordinator_notices(ports, user_id, now) if user_id else []
    if notices:
        reply = Reply((*notices, *reply.messages), reply.quick_replies)
    if chat is None or not chat.is_shared:
        return reply
    room = MAX_MESSAGES - len(reply.messages)
    due = ports.due_reminders.claim_for_reply(chat.id, now=now, event_id=event_id, room=room)
    if due is None or due.silent:
        return reply
    return Reply((*reply.messages, *due.messages), reply.quick_replies)


def _coordinator_notices(ports: Ports, user_id: str, now: datetime) -> list[Message]:
    """The failures and holds the coordinator has not heard of, marked told."""
    member = ports.members.get(user_id)
    if member is None or not member.is_coordinator:
        return []
    deliveries = ports.reminder_deliveries
    failures = deliveries.unnotified_failures(member.organisation)
    held = deliveries.unnotified_holds(member.organisation)
    told = [f.id for f in failures] + [h.id for h in held]
    if told:
        deliveries.mark_notified(told, now=now)
    notices: list[Message] = []
    if failures:
        notices.append(TextMessage(failure_notice([(f.step, f.due, f.status) for f in failures])))
    if held:
        notices.append(TextMessage(held_notice([(h.step, h.due, h.kind) for h in held])))
    return notices
