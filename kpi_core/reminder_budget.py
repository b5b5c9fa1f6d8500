"""A month of reminder pushes within LINE's message quota: the most useful sends first.

LINE counts a push once per member of the group it goes to, however many messages it holds,
and the quota belongs to the channel: every bound group shares it. The plan takes the sends
of every group from now to the end of the month and keeps them greedily, most useful first
(the deadline's morning and overdue notices, then 1, 2–3 days before, the day before a window
opens, the 7-day notices, the weekly digest, "ครบแล้ว" notes), nearest deadline first. A send
whose push is kept anyway rides along for free. When a push no longer fits, an early notice
rides on a push its group already gets up to three days earlier (merged); otherwise it is
held back. The margin is never planned: it stays free for answers that must be pushed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import IntEnum, StrEnum

from kpi_core.reminders_schedule import ReminderKind

MERGE_DAYS = 3
MARGIN_SHARE = 10  # percent of the quota kept free for answers that miss their reply token

Push = tuple[str, datetime]  # (group id, send time)


class Use(IntEnum):
    """How useful a send is: lower goes first when the quota is short."""

    DEADLINE = 0  # the deadline's morning, and the overdue notice
    ONE_DAY = 1
    FEW_DAYS = 2  # 2 or 3 days before
    OPENING = 3  # the working day before a window opens
    EARLY = 4  # 4 or more days before (the 7-day notices)
    DIGEST = 5
    ALL_DONE = 6


def usefulness(kind: ReminderKind, offset: int) -> Use:
    """Where a send of ``kind`` and ``offset`` stands when the quota is short."""
    if kind is ReminderKind.OVERDUE or (kind is ReminderKind.BEFORE_DUE and offset == 0):
        return Use.DEADLINE
    if kind is ReminderKind.BEFORE_DUE:
        return Use.ONE_DAY if offset == 1 else Use.FEW_DAYS if offset <= 3 else Use.EARLY
    return {
        ReminderKind.BEFORE_OPEN: Use.OPENING,
        ReminderKind.DIGEST: Use.DIGEST,
    }.get(kind, Use.ALL_DONE)


@dataclass(frozen=True)
class Candidate:
    """One send the month may hold: which push it belongs to and how useful it is."""

    identity: str
    group_id: str
    send_at: datetime  # the push it belongs to (``now`` for every send due now)
    use: Use
    due: date | None  # the deadline it is about (``None``: the digest)

    @property
    def mergeable(self) -> bool:
        """Whether it may go out with an earlier push instead (early notices only)."""
        return self.use in (Use.FEW_DAYS, Use.OPENING, Use.EARLY)


@dataclass(frozen=True)
class Budget:
    """The channel's quota this month (``None``: no limit), what is used, and the margin."""

    limit: int | None
    used: int
    margin: int = 0

    @property
    def available(self) -> int | None:
        """What reminders may still spend this month (``None``: no limit)."""
        return None if self.limit is None else max(0, self.limit - self.used - self.margin)


def margin_for(limit: int | None) -> int:
    """The part of the quota kept free for pushed answers (rounded up)."""
    return 0 if limit is None else -(-limit * MARGIN_SHARE // 100)


class Fate(StrEnum):
    """What the plan does with a send."""

    KEEP = "keep"  # its own push goes out (or one it shares at the same time)
    MERGE = "merge"  # it goes out with an earlier push of its group
    HOLD = "hold"  # held back: it does not fit the quota


@dataclass(frozen=True)
class Decision:
    """A send's fate and the push it goes out with."""

    fate: Fate
    push: Push | None = None


@dataclass(frozen=True)
class MonthPlan:
    """The decision for every send, and the pushes kept with their cost."""

    budget: Budget
    decisions: Mapping[str, Decision]
    pushes: Mapping[Push, int]

    def cost(self, group_id: str | None = None) -> int:
        """Messages the kept pushes will count (of one group, or of all)."""
        return sum(c for (g, _), c in self.pushes.items() if group_id in (None, g))

    def push_count(self, group_id: str | None = None) -> int:
        """How many pushes are kept (of one group, or of all)."""
        return sum(1 for g, _ in self.pushes if group_id in (None, g))

    def held(self, candidates: Iterable[Candidate], group_id: str | None = None) -> list[str]:
        """The identities held back (of one group, or of all)."""
        return [
            c.identity
            for c in candidates
            if group_id in (None, c.group_id) and self.decisions[c.identity].fate is Fate.HOLD
        ]


def plan_month(
    candidates: Iterable[Candidate], costs: Mapping[str, int], budget: Budget
) -> MonthPlan:
    """Keep the most useful sends that fit ``budget``; ``costs`` is each group's member count."""
    left = budget.available
    pushes: dict[Push, int] = {}
    decisions: dict[str, Decision] = {}
    for c in sorted(candidates, key=_priority):
        push = (c.group_id, c.send_at)
        cost = costs.get(c.group_id, 0)
        if push not in pushes and (left is None or cost <= left):
            pushes[push] = cost
            left = None if left is None else left - cost
        if push in pushes:
            decisions[c.identity] = Decision(Fate.KEEP, push)
            continue
        host = _host(c, pushes) if c.mergeable else None
        decisions[c.identity] = Decision(Fate.MERGE, host) if host else Decision(Fate.HOLD)
    return MonthPlan(budget, decisions, pushes)


def _priority(c: Candidate) -> tuple[int, date, datetime, str]:
    return (c.use, c.due or date.max, c.send_at, c.group_id)


def _host(c: Candidate, pushes: Mapping[Push, int]) -> Push | None:
    """The latest kept push of the group in the ``MERGE_DAYS`` days before ``c``'s own."""
    earliest = c.send_at.date() - timedelta(days=MERGE_DAYS)
    found = [
        (g, at) for g, at in pushes if g == c.group_id and earliest <= at.date() < c.send_at.date()
    ]
    return max(found, key=lambda push: push[1], default=None)
