"""When the weekly digest goes out: Monday at the policy's time, or the next day that is not quiet.

The digest is off unless the policy turns it on. A week's digest has one identity (the Monday
of its week), is due from its send time, and is stale once its day is over: a scheduler that
was down all Monday does not summarise a week that has moved on.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time, timedelta

from kpi_core.fiscal_calendar import BANGKOK, to_bangkok
from kpi_core.models import ReminderPolicy
from kpi_core.reminders_schedule import PlannedSend, ReminderKind, quiet_day

_ONE_DAY = timedelta(days=1)
_WEEK = timedelta(days=7)


def digest_send(monday: date, policy: ReminderPolicy, holidays: Collection[date]) -> PlannedSend:
    """The digest of the week starting ``monday``: its send moves past quiet days that week."""
    quiet = quiet_day(policy, holidays)
    day = monday
    while quiet(day) and day < monday + _WEEK - _ONE_DAY:
        day += _ONE_DAY
    at = datetime.combine(day, time(policy.hour, policy.minute, tzinfo=BANGKOK))
    return PlannedSend("", 0, ReminderKind.DIGEST, 0, monday, None, at)


def digest_due(
    policy: ReminderPolicy, holidays: Collection[date], now: datetime
) -> PlannedSend | None:
    """This week's digest when it is due at ``now`` and its day is not over."""
    if not (policy.enabled and policy.weekly_digest):
        return None
    now = to_bangkok(now)
    monday = now.date() - timedelta(days=now.weekday())
    send = digest_send(monday, policy, holidays)
    return send if send.send_at <= now and send.send_at.date() == now.date() else None


def digest_sends(
    policy: ReminderPolicy, holidays: Collection[date], start: datetime, end: datetime
) -> list[PlannedSend]:
    """Every digest planned from ``start`` to ``end`` (both moments included)."""
    if not (policy.enabled and policy.weekly_digest):
        return []
    start, end = to_bangkok(start), to_bangkok(end)
    monday = start.date() - timedelta(days=start.weekday())
    found = []
    while monday <= end.date():
        send = digest_send(monday, policy, holidays)
        if start <= send.send_at <= end:
            found.append(send)
        monday += _WEEK
    return found
