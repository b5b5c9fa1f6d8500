"""Which deadline reminders a group is owed now, and which units each one names.

Sends are planned by :func:`~kpi_core.reminders_schedule.schedule`. At ``now``, a planned send
is returned only when its ``send_at`` is at or before ``now`` and it is not stale:

1. Superseded: a later send of the same step is also due. Only the latest due send of each
   step is returned, so a scheduler that was down from the "7 days before" until after the
   "3 days before" sends the "3 days before" only (``late`` when more than ``grace`` behind).
2. A ``BEFORE_DUE`` or ``BEFORE_OPEN`` is stale once the deadline's day is over
   (``now.date() > due``): "1 day left" must not arrive after the deadline.
3. An ``OVERDUE`` is stale once more than ``overdue_stale_after`` has passed since its send
   time: an outage of a week does not end in a week-old notice.

When the returned send finds every unit has passed the step, an ``ALL_DONE`` (offset 0) takes
its place; its identity does not depend on the send that triggered it, so a sender that claims
identities says "ครบแล้ว" once per step.

``days_left`` is the planned figure (from the send's own day); a message counts the days from
the day it actually goes out (:meth:`Reminder.days_left_on`), so a late one is never stale.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from kpi_core.fiscal_calendar import days_left, to_bangkok
from kpi_core.ledger import Slot
from kpi_core.models import (
    Indicator,
    MilestoneStep,
    Organisation,
    ReminderPolicy,
    Submission,
    SubmissionKind,
)
from kpi_core.reminders_schedule import PlannedSend, Postponed, ReminderKind, schedule
from kpi_core.scoring import step_passed
from kpi_core.status_milestones import merge_plan_items

__all__ = [
    "PlannedSend",
    "Postponed",
    "Reminder",
    "ReminderKind",
    "identity",
    "missing_units",
    "reminder_for",
    "reminders_due",
    "schedule",
]

_EARLY = frozenset({ReminderKind.BEFORE_DUE, ReminderKind.BEFORE_OPEN})


@dataclass(frozen=True)
class Reminder(PlannedSend):
    """A planned send that is due, with the units it names and how late it is."""

    missing_units: tuple[str, ...]  # units that have not passed the step
    days_left: int  # from the send day to the deadline; negative when overdue
    late: bool  # going out more than the grace period after ``send_at``

    def identity(self, group_id: str) -> str:
        """A stable key for this reminder in this group: the sender claims it once."""
        return identity(group_id, self)

    def days_left_on(self, today: date) -> int:
        """Days from ``today`` (the day it goes out) to the deadline; negative when overdue."""
        return days_left(today, self.due)


def identity(group_id: str, send: PlannedSend) -> str:
    """The stable key of a planned send in a group (the same for its due reminder)."""
    return f"{group_id}|{send.indicator_code}|{send.step}|{send.kind}|{send.offset}|{send.due}"


def reminders_due(
    org: Organisation,
    indicator: Indicator,
    current: Mapping[Slot, Submission],
    policy: ReminderPolicy,
    *,
    now: datetime,
    holidays: Collection[date],
    grace: timedelta = timedelta(hours=1),
    overdue_stale_after: timedelta = timedelta(days=3),
    postponed: Postponed | None = None,
    until: datetime | None = None,
    sends: Sequence[PlannedSend] | None = None,
) -> list[Reminder]:
    """The reminders owed at ``now``: the latest due send of each step, unless it is stale.

    ``until`` (later than ``now``) also counts the sends planned up to then as due: a reply
    today can carry a reminder planned for later today. ``sends`` is the indicator's
    :func:`schedule` when the caller has it already.
    """
    if not policy.enabled:
        return []
    now = to_bangkok(now)
    last = max(now, to_bangkok(until)) if until else now
    steps = {step.number: step for step in indicator.steps}
    latest: dict[int, PlannedSend] = {}
    planned = schedule(indicator, policy, holidays, postponed) if sends is None else sends
    for send in planned:
        if send.send_at <= last:
            latest[send.step] = send  # sends come in time order: a later one supersedes
    return sorted(
        (
            reminder_for(send, missing_units(org, indicator, current, steps[send.step]), now, grace)
            for send in latest.values()
            if not _stale(send, now, overdue_stale_after)
        ),
        key=lambda reminder: (reminder.send_at, reminder.step),
    )


def _stale(send: PlannedSend, now: datetime, overdue_stale_after: timedelta) -> bool:
    if send.kind in _EARLY:
        return now.date() > send.due
    return now - send.send_at > overdue_stale_after


def missing_units(
    org: Organisation,
    indicator: Indicator,
    current: Mapping[Slot, Submission],
    step: MilestoneStep,
) -> tuple[str, ...]:
    """Units (in the organisation's order) that have not passed ``step``; no units: the org."""
    names: list[str | None] = [unit.name for unit in org.units] or [None]
    # One pass over the ledger for every unit (as step_records reads it, unit by unit).
    grouped: dict[str | None, list[Submission]] = {}
    for (code, who, kind, number, _), row in current.items():
        if code == indicator.code and kind is SubmissionKind.STEP and number == step.number:
            grouped.setdefault(who, []).append(row)
    records = {who: merge_plan_items(rows) for who, rows in grouped.items()}
    return tuple(
        org.name if name is None else name
        for name in names
        if not step_passed(step, records.get(name))
    )


def reminder_for(
    send: PlannedSend,
    missing: tuple[str, ...],
    now: datetime,
    grace: timedelta = timedelta(hours=1),
) -> Reminder:
    """The reminder ``send`` makes at ``now`` ("ครบแล้ว" when no unit of its step is missing)."""
    if not missing and send.kind is not ReminderKind.DIGEST:
        send = replace(send, kind=ReminderKind.ALL_DONE, offset=0)
    return Reminder(
        **vars(send),
        missing_units=missing,
        days_left=days_left(send.send_at.date(), send.due),
        late=now - send.send_at > grace,
    )
