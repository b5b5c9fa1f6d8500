"""One group's turn in a run: what is pushed, what waits, what is held back, and the push.

The group's open reminders the plan keeps (and the later ones it merges into this push) are
split by retry key (:mod:`bot.reminders.retries`), claimed together, pushed once per key and
recorded together; a failure stays due for a later run. What the plan holds back is recorded
(``pmqa reminders log``) and told to the coordinator at their next reply.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from bot.db.database import Database
from bot.db.reminder_claims import Claim
from bot.db.reminder_records import HELD, DeliveryState, PlannedDelivery
from bot.db.reminder_snapshot import GroupData
from bot.reminders.group_run import GroupRun, group_message
from bot.reminders.month import OPEN, Month
from bot.reminders.quota_book import MONTHLY_LIMIT, QuotaBook
from bot.reminders.retries import Next, kept_key, retry_at, retry_key
from handlers.replies import Reply
from kpi_core.models import Organisation, Submission
from kpi_core.reminder_budget import Decision, Fate
from kpi_core.reminders import Reminder, identity

if TYPE_CHECKING:  # the SDK is imported where LINE is called, not by every command
    from bot.line import Delivery, LineGateway


@dataclass
class Pusher:
    """Pushes group after group within what the quota has left this run."""

    db: Database
    gateway: LineGateway
    book: QuotaBook
    claimer: str
    holidays: Collection[date]
    left: int | None  # messages reminders may still spend (None: no limit known)
    spent: dict[str, int] = field(default_factory=dict)  # group id -> messages pushed this run

    def group(self, data: GroupData, due: list[Reminder], month: Month, dry: bool) -> GroupRun:
        """Do (or, ``dry``, show) one group's turn."""
        gid = data.binding.group_id
        run = GroupRun(gid, data.organisation.name, (), "already_handled")
        steps = {r: month.step(identity(gid, r)) for r in due}
        open_ = [r for r in due if steps[r] in OPEN]
        waits = [month.existing[identity(gid, r)].retry_at for r in due if steps[r] is Next.WAIT]
        run.retry_at = min((at for at in waits if at is not None), default=None)
        fate = {r: month.plan.decisions[identity(gid, r)].fate for r in open_}
        kept = [r for r in open_ if fate[r] is Fate.KEEP] + _merged(gid, month)
        held = [r for r in open_ if fate[r] is Fate.HOLD]
        run.held = tuple(held)
        if dry:
            run.reminders, run.outcome = tuple(kept), "dry_run" if kept else run.outcome
            run.preview = self._message(data, kept, month.now) if kept else None
            return run.settle()
        self._hold(data, held, month, month.costs.get(gid, 0))
        for key, reminders in _by_key(gid, kept, month).items():
            self._push(data, key, reminders, month, run)
        return run.settle()

    def _push(
        self, data: GroupData, key: str, reminders: list[Reminder], month: Month, run: GroupRun
    ) -> None:
        gid, now = data.binding.group_id, month.now
        cost = month.costs.get(gid, 0)
        if self.left is not None and cost > self.left:
            self._hold(data, reminders, month, cost)
            run.held += tuple(reminders)
            return
        claims = [
            Claim(
                identity(gid, r),
                planned_delivery(data, r, key),
                month.existing.get(identity(gid, r)),
            )
            for r in reminders
        ]
        if self.db.reminder_claims.claim(claims, claimer=self.claimer, now=now) is None:
            return  # another sender took part of them: it pushes them
        delivery = self.gateway.push(gid, self._message(data, reminders, now), retry_key=key)
        self._record([c.identity for c in claims], delivery, month, cost)
        if delivery.delivered:
            self.spent[gid] = self.spent.get(gid, 0) + cost
        run.reminders += tuple(reminders)
        run.retry_keys.append(key)
        run.status = delivery.status
        if delivery.delivered:
            run.cost += cost
        else:
            run.outcome, run.error = "failed", delivery.error or ""

    def _record(self, ids: list[str], delivery: Delivery, month: Month, cost: int) -> None:
        now, claims = month.now, self.db.reminder_claims
        common = {"status": delivery.status, "attempts": delivery.attempts, "finished_at": now}
        if delivery.delivered:
            done = {"request_id": delivery.request_id or "", "error": "", "retry_at": None}
            claims.finish(ids, DeliveryState.SENT, cost=cost, **done, **common)
            if delivery.status is not None and delivery.status < 300:  # a 409 was counted before
                self.book.charge(cost)
                self.left = None if self.left is None else self.left - cost
            return
        tries = 1 + max((month.existing[i].tries for i in ids if i in month.existing), default=0)
        again = retry_at(tries, delivery.status, now)
        claims.finish(
            ids, DeliveryState.FAILED, error=delivery.error or "", retry_at=again, **common
        )
        if delivery.status == 429 and MONTHLY_LIMIT in delivery.error.lower():
            self.book.exhausted(now)
            self.left = 0

    def _hold(self, data: GroupData, held: list[Reminder], month: Month, cost: int) -> None:
        """Record reminders held back for the quota (told to the coordinator later)."""
        gid, now, budget = data.binding.group_id, month.now, month.plan.budget
        left = budget.available if self.left is None else self.left
        reason = f"{HELD}: ต้องใช้ {cost} ข้อความ เหลือให้ใช้ {left} (ใช้ไป {budget.used}/{budget.limit})"
        for r in held:
            key = identity(gid, r)
            if key in month.existing:
                self.db.reminder_claims.settle_failed(
                    [key], DeliveryState.SKIPPED, error=reason, finished_at=now
                )
                continue
            planned = planned_delivery(data, r, retry_key([key]))
            self.db.reminder_deliveries.record_skipped(key, reason=reason, now=now, **planned)

    def _message(self, data: GroupData, reminders: list[Reminder], now: datetime) -> Reply:
        return group_message(data, reminders, now, self.holidays, self._full)

    def _full(self, name: str) -> tuple[Organisation | None, list[Submission]]:
        return self.db.organisations.get(name), self.db.submissions.list(name)


def _merged(gid: str, month: Month) -> list[Reminder]:
    """Later reminders of the group the plan sends with this push."""
    here = Decision(Fate.MERGE, (gid, month.now))
    return [
        r for r in month.later.get(gid, ()) if month.plan.decisions.get(identity(gid, r)) == here
    ]


def _by_key(gid: str, reminders: list[Reminder], month: Month) -> dict[str, list[Reminder]]:
    """The pushes to make: reminders LINE may hold keep their key; the rest share a new one."""
    pushes: dict[str, list[Reminder]] = defaultdict(list)
    fresh = []
    for r in reminders:
        key = kept_key(month.existing.get(identity(gid, r)), month.now)
        if key:
            pushes[key].append(r)
        else:
            fresh.append(r)
    if fresh:
        renewed = any(identity(gid, r) in month.existing for r in fresh)
        ids = [identity(gid, r) for r in fresh]
        pushes[retry_key(ids, month.now.isoformat() if renewed else "")] = fresh
    return dict(pushes)


def planned_delivery(data: GroupData, r: Reminder, key: str) -> PlannedDelivery:
    """What a delivery of ``r`` in the group stores, pushed under ``key``."""
    return PlannedDelivery(
        group_id=data.binding.group_id,
        organisation=data.organisation.name,
        indicator_code=r.indicator_code,
        step=r.step,
        kind=r.kind.value,
        offset=r.offset,
        due=r.due,
        send_at=r.send_at,
        late=r.late,
        retry_key=key,
        claimer="",
    )
