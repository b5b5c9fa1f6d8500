"""Send the deadline reminders due at a moment to every bound group, within LINE's quota.

A run reads every bound group in a few batched queries, finds what each is owed now, plans
the month across all groups (the quota belongs to the channel), then gives each group its
turn (:mod:`bot.reminders.group_push`): the most useful reminders first, each group's
reminders claimed together and pushed once under a retry key derived from exactly what the
push holds, failures left due for a later run, and what would exceed the quota held back.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.db.database import Database
from bot.db.reminder_forecasts import FORECAST
from bot.db.reminder_snapshot import GroupData
from bot.holidays_th import holidays_around
from bot.reminders.group_push import Pusher
from bot.reminders.group_run import GroupRun
from bot.reminders.month import Month, plan_the_month, save_forecast
from bot.reminders.planning import due_now, owed
from bot.reminders.quota_book import QuotaBook, QuotaReader
from bot.reminders.retries import retry_key
from handlers.formatting import short_id
from handlers.ports import GroupBinding
from kpi_core.models import Organisation
from kpi_core.reminder_budget import usefulness
from kpi_core.reminders import Reminder, ReminderKind

if TYPE_CHECKING:  # the SDK is imported where LINE is called, not by every command
    from bot.line import LineGateway

log = logging.getLogger(__name__)
FORECAST_AGE = timedelta(hours=1)  # the stored forecast is refreshed at least this often
__all__ = ["GroupRun", "ReminderSender", "retry_key"]


class ReminderSender:
    """Plans, claims, pushes and records the reminders of every bound group."""

    def __init__(
        self,
        db: Database,
        gateway: LineGateway,
        *,
        claimer: str,
        quota: QuotaReader | None = None,
    ) -> None:
        self._db = db
        self._gateway = gateway
        self._claimer = claimer
        self._book = QuotaBook(db.line_figures, quota)

    def run(self, now: datetime, *, dry_run: bool = False) -> list[GroupRun]:
        """Everything due at ``now`` for every bound group (``dry_run``: plan and show only,
        seeing the data as it was at ``now``)."""
        holidays = holidays_around(now.date())
        groups = self._db.reminder_snapshot.groups(as_of=now)
        owing = {g.binding.group_id: owed(g, now, holidays) for g in groups}
        due = {gid: o.due for gid, o in owing.items()}
        if not any(due.values()) and (dry_run or not self._forecast_is_old(now)):
            return []
        claims = self._db.reminder_claims
        month = plan_the_month(
            groups, owing, now, self._book, claims, as_of=now if dry_run else None
        )
        budget = month.plan.budget
        pusher = Pusher(
            self._db, self._gateway, self._book, self._claimer, holidays, budget.available
        )
        turns = sorted(
            (g for g in groups if due[g.binding.group_id]),
            key=lambda g: _urgency(due[g.binding.group_id]),
        )
        runs = [self._turn(pusher, g, due[g.binding.group_id], month, dry_run) for g in turns]
        if not dry_run:
            save_forecast(self._db.line_figures, month, pusher.spent)
        return runs

    def plan(self, now: datetime) -> Month:
        """Plan the month at ``now`` without pushing anything, and store its forecast."""
        holidays = holidays_around(now.date())
        groups = self._db.reminder_snapshot.groups(as_of=now)
        owing = {g.binding.group_id: owed(g, now, holidays) for g in groups}
        month = plan_the_month(groups, owing, now, self._book, self._db.reminder_claims)
        save_forecast(self._db.line_figures, month)
        return month

    def due(
        self, binding: GroupBinding, now: datetime
    ) -> tuple[Organisation | None, list[Reminder]]:
        """The organisation of the group and the step reminders due for it at ``now``."""
        found = self._db.reminder_snapshot.groups(as_of=now, group_ids={binding.group_id})
        if not found:
            return self._db.organisations.get(binding.organisation), []
        reminders = due_now(found[0], now, holidays_around(now.date()))
        return found[0].organisation, [r for r in reminders if r.kind is not ReminderKind.DIGEST]

    def _turn(
        self, pusher: Pusher, data: GroupData, due: list[Reminder], month: Month, dry: bool
    ) -> GroupRun:
        try:
            return pusher.group(data, due, month, dry)
        except Exception:  # one broken group must not stop the others' reminders
            log.exception("reminders for group %s failed", short_id(data.binding.group_id))
            run = GroupRun(data.binding.group_id, data.organisation.name, tuple(due), "failed")
            run.error = "internal error"
            return run

    def _forecast_is_old(self, now: datetime) -> bool:
        stored = self._db.line_figures.get([FORECAST]).get(FORECAST)
        return stored is None or now - stored.fetched_at > FORECAST_AGE


def _urgency(due: list[Reminder]) -> int:
    """A group whose reminders are most useful goes first."""
    return min(usefulness(r.kind, r.offset) for r in due)
