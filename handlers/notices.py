"""What the sender must hear before the answer: reminders LINE refused, told to the coordinator."""

from __future__ import annotations

from datetime import datetime

from handlers.context import Ports
from handlers.reminder_messages import failure_notice
from handlers.replies import Reply, TextMessage


def with_notices(reply: Reply, ports: Ports, user_id: str | None, now: datetime) -> Reply:
    """``reply`` with the coordinator's untold reminder failures first (then marked told)."""
    if reply.silent or user_id is None:
        return reply
    member = ports.members.get(user_id)
    if member is None or not member.is_coordinator:
        return reply
    failures = ports.reminder_deliveries.unnotified_failures(member.organisation)
    if not failures:
        return reply
    ports.reminder_deliveries.mark_notified([f.id for f in failures], now=now)
    notice = TextMessage(failure_notice([(f.step, f.due, f.status) for f in failures]))
    return Reply((notice, *reply.messages), reply.quick_replies)
