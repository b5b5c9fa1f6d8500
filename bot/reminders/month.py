"""The month's plan across every bound group of the channel, and the forecast it gives.

Every group shares one quota, so one plan covers them all: what each group is owed now and
later this month, minus what was already delivered, costed at each group's member count and
kept within the budget (``kpi_core.reminder_budget``). The forecast (used, quota, what the
plan will still spend, what it holds back) is stored with LINE's figures, for the chat's
``ดูการตั้งเตือน`` and ``pmqa reminders show``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.db.line_figures import SqlLineFigures
from bot.db.reminder_claims import SqlReminderClaims
from bot.db.reminder_forecasts import FORECAST
from bot.db.reminder_records import DeliveryRecord
from bot.db.reminder_snapshot import GroupData
from bot.reminders.planning import Owed, candidates
from bot.reminders.quota_book import QuotaBook
from bot.reminders.retries import Next, next_step
from kpi_core.reminder_budget import Budget, Candidate, Fate, MonthPlan, plan_month
from kpi_core.reminders import Reminder

OPEN = (Next.NEW, Next.RETRY, Next.TAKE_OVER)


@dataclass(frozen=True)
class Month:
    """The plan of the month at ``now``, with what it was made from."""

    now: datetime
    plan: MonthPlan
    candidates: tuple[Candidate, ...]
    existing: Mapping[str, DeliveryRecord]
    later: Mapping[str, list[Reminder]]
    costs: Mapping[str, int]
    known: bool  # whether LINE's quota and consumption were known

    def step(self, identity: str) -> Next:
        """What a run does with the reminder of ``identity``."""
        return next_step(self.existing.get(identity), self.now)


def plan_the_month(
    groups: Collection[GroupData],
    owed: Mapping[str, Owed],
    now: datetime,
    book: QuotaBook,
    claims: SqlReminderClaims,
    *,
    as_of: datetime | None = None,
) -> Month:
    """Plan every group's sends from ``now`` to the month's end within the channel's quota."""
    later = {gid: o.later for gid, o in owed.items()}
    found = [c for gid, o in owed.items() for c in candidates(gid, now, o.due, o.later)]
    existing = claims.existing([c.identity for c in found], as_of=as_of)
    open_ = tuple(c for c in found if next_step(existing.get(c.identity), now) in OPEN)
    registered = {
        g.binding.group_id: max(1, sum(len(m) for m in g.members.values())) for g in groups
    }
    costs = book.member_counts({c.group_id for c in open_}, now, registered)
    budget = book.budget(now)
    plan = plan_month(open_, costs, budget or Budget(None, 0))
    return Month(now, plan, open_, existing, later, costs, budget is not None)


def forecast(month: Month, spent: Mapping[str, int] | None = None) -> dict[str, Any]:
    """The month's forecast as stored: totals, and per group its pushes, cost and holds;
    ``spent`` (messages pushed per group by the run that planned it) counts as used."""
    plan, budget, spent = month.plan, month.plan.budget, spent or {}
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # pushes, cost, held
    for (group_id, at), cost in plan.pushes.items():
        if at == month.now and spent.get(group_id):
            continue  # pushed already by this run
        groups[group_id][0] += 1
        groups[group_id][1] += cost
    for c in month.candidates:
        groups[c.group_id][2] += plan.decisions[c.identity].fate is Fate.HOLD
    return {
        "computed_at": month.now.isoformat(),
        "known": month.known,
        "limit": budget.limit,
        "used": budget.used + sum(spent.values()),
        "margin": budget.margin,
        "cost": sum(cost for _, cost, _ in groups.values()),
        "pushes": sum(pushes for pushes, _, _ in groups.values()),
        "held": sum(held for _, _, held in groups.values()),
        "groups": dict(sorted(groups.items())),
    }


def save_forecast(
    figures: SqlLineFigures, month: Month, spent: Mapping[str, int] | None = None
) -> None:
    """Store the month's forecast for every process to show."""
    detail = forecast(month, spent)
    figures.put(FORECAST, detail["cost"], now=month.now, detail=detail)
