"""What each group is owed now, and what it will be owed later this month, as reminders.

Everything is computed from a :class:`~bot.db.reminder_snapshot.GroupData` (read in batches for
all groups), so planning a thousand groups costs no query per group; a group's submissions
are read into effect once and each indicator's year of sends is scheduled once (and shared
by groups with the same plan and policy). A send later this month is counted as if every
unit still missing its step stays missing (the worst case a budget must cover); a step every
unit has passed will send one "ครบแล้ว" note at most.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from bot.db.reminder_snapshot import GroupData
from kpi_core.fiscal_calendar import BANGKOK, to_bangkok
from kpi_core.ledger import Slot, effective_submissions
from kpi_core.models import Indicator, Organisation, ReminderPolicy, Submission
from kpi_core.reminder_budget import Candidate, usefulness
from kpi_core.reminder_digest import digest_due, digest_sends
from kpi_core.reminders import (
    PlannedSend,
    Reminder,
    ReminderKind,
    identity,
    missing_units,
    reminder_for,
    reminders_due,
    schedule,
)


@dataclass(frozen=True)
class Owed:
    """A group's reminders due now (its digest last), and those planned later this month."""

    due: list[Reminder]
    later: list[Reminder]


def owed(
    data: GroupData,
    now: datetime,
    holidays: Collection[date],
    *,
    until: datetime | None = None,
    month: bool = True,
) -> Owed:
    """What the group is owed at ``now`` (up to ``until``) and, with ``month``, later."""
    org, policy = data.organisation, data.policy
    current = _in_effect(data.submissions)
    due: list[Reminder] = []
    later: list[Reminder] = []
    for indicator in org.indicators:
        postponed = data.postponed.get(indicator.code, {})
        sends = _schedule(indicator, policy, frozenset(holidays), _frozen(postponed))
        due += reminders_due(
            org, indicator, current, policy, now=now, holidays=holidays,
            postponed=postponed, until=until, sends=sends,
        )  # fmt: skip
        if month:
            later += _later(org, indicator, current, sends, now)
    digest = digest_due(policy, holidays, max(now, until or now))
    if digest is not None:
        due.append(reminder_for(digest, (), now))
    if month:
        start, end = now + timedelta(microseconds=1), month_end(now)
        later += [reminder_for(s, (), now) for s in digest_sends(policy, holidays, start, end)]
    return Owed(due, later)


def due_now(
    data: GroupData, now: datetime, holidays: Collection[date], *, until: datetime | None = None
) -> list[Reminder]:
    """The group's reminders due at ``now`` (up to ``until``), its weekly digest last."""
    return owed(data, now, holidays, until=until, month=False).due


def _later(
    org: Organisation,
    indicator: Indicator,
    current: Mapping[Slot, Submission],
    sends: Sequence[PlannedSend],
    now: datetime,
) -> list[Reminder]:
    """The indicator's sends after ``now`` until the month ends, as they would read now."""
    end = month_end(now)
    steps = {step.number: step for step in indicator.steps}
    missing: dict[int, tuple[str, ...]] = {}
    found = []
    for send in sends:
        if not now < send.send_at <= end:
            continue
        if send.step not in missing:
            missing[send.step] = missing_units(org, indicator, current, steps[send.step])
        elif not missing[send.step]:
            continue  # one "ครบแล้ว" note at most
        found.append(reminder_for(send, missing[send.step], now))
    return found


_IN_EFFECT: dict[int, tuple[tuple[Submission, ...], dict[Slot, Submission]]] = {}


def _in_effect(rows: tuple[Submission, ...]) -> Mapping[Slot, Submission]:
    """The submissions in effect; kept per tuple of rows, which the snapshot reuses from run to
    run while an organisation's data version is unchanged."""
    found = _IN_EFFECT.get(id(rows))
    if found is not None and found[0] is rows:
        return found[1]
    if len(_IN_EFFECT) > 8192:
        _IN_EFFECT.clear()
    current = effective_submissions(rows)
    _IN_EFFECT[id(rows)] = (rows, current)
    return current


@lru_cache(maxsize=512)
def _schedule(
    indicator: Indicator,
    policy: ReminderPolicy,
    holidays: frozenset[date],
    postponed: tuple[tuple[int, tuple[date, ...]], ...],
) -> tuple[PlannedSend, ...]:
    """An indicator's year of sends, shared by every group with the same plan and policy."""
    return tuple(schedule(indicator, policy, holidays, dict(postponed)))


def _frozen(postponed: Mapping[int, tuple[date, ...]]) -> tuple[tuple[int, tuple[date, ...]], ...]:
    return tuple(sorted((step, tuple(days)) for step, days in postponed.items()))


def month_end(now: datetime) -> datetime:
    """The last moment of ``now``'s month in Bangkok."""
    moment = to_bangkok(now)
    year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
    return datetime(year, month, 1, tzinfo=BANGKOK) - timedelta(microseconds=1)


def candidates(
    group_id: str, now: datetime, due: Iterable[Reminder], later: Iterable[Reminder]
) -> list[Candidate]:
    """The group's sends as the budget sees them: every due one in one push at ``now``."""
    return [
        _candidate(group_id, now if at_once else r.send_at, r)
        for at_once, reminders in ((True, due), (False, later))
        for r in reminders
    ]


def _candidate(group_id: str, push_at: datetime, r: PlannedSend) -> Candidate:
    due = None if r.kind is ReminderKind.DIGEST else r.due
    return Candidate(identity(group_id, r), group_id, push_at, usefulness(r.kind, r.offset), due)
