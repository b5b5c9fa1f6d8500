"""Send the deadline reminders due at a moment: claim each in the database, push once per group.

Exactly once: every reminder has a stable identity (group, indicator, step, kind, offset, due
date) that is claimed in the database before anything is sent; the push carries a retry key
derived from the identities (uuid5), so a re-run, a second scheduler or a crash-and-retry of
the same reminders reaches LINE with the same key and LINE delivers it once (409 = sent).
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.db.database import Database
from bot.db.reminder_deliveries import DeliveryRecord
from bot.holidays_th import holidays_around
from bot.line import Delivery, LineGateway
from handlers.formatting import short_id
from handlers.ports import GroupBinding
from handlers.reminder_messages import reminder_reply
from handlers.replies import Reply
from kpi_core.ledger import effective_submissions
from kpi_core.models import Member, Organisation, ScoringMethod
from kpi_core.reminders import Reminder, reminders_due

log = logging.getLogger(__name__)
RETRY_NAMESPACE = uuid.UUID("5b0f3c0e-8a2d-4c1e-9d57-5f7d2a9e6c11")  # PMQA Bot reminders


def retry_key(identities: Sequence[str]) -> str:
    """The deterministic ``X-Line-Retry-Key`` for a set of reminder identities."""
    return str(uuid.uuid5(RETRY_NAMESPACE, "\n".join(sorted(identities))))


@dataclass
class GroupRun:
    """What one run did for one group."""

    group_id: str
    organisation: str
    reminders: tuple[Reminder, ...]
    outcome: str  # "sent", "failed", "dry_run", "already_handled"
    status: int | None = None
    retry_keys: list[str] = field(default_factory=list)
    error: str = ""
    preview: Reply | None = None  # the message a dry run would have pushed


class ReminderSender:
    """Plans, claims, pushes and records the reminders of every bound group."""

    def __init__(self, db: Database, gateway: LineGateway, *, claimer: str) -> None:
        self._db = db
        self._gateway = gateway
        self._claimer = claimer

    def run(self, now: datetime, *, dry_run: bool = False) -> list[GroupRun]:
        """Everything due at ``now`` for every bound group (``dry_run``: plan only)."""
        runs = []
        for binding in self._db.groups.all():
            try:
                run = self._group(binding, now, dry_run)
            except Exception:  # one broken group must not stop the others' reminders
                log.exception("reminders for group %s failed", short_id(binding.group_id))
                continue
            if run is not None:
                runs.append(run)
        return runs

    def due(
        self, binding: GroupBinding, now: datetime
    ) -> tuple[Organisation | None, list[Reminder]]:
        """The organisation of the group and the reminders due for it at ``now``."""
        policy = self._db.reminder_policies.get(binding.group_id)
        org = self._db.organisations.get(binding.organisation)
        if org is None or not policy.enabled:
            return org, []
        current = effective_submissions(self._db.submissions.list(org.name))
        holidays = holidays_around(now.date())
        found = [
            reminder
            for indicator in org.indicators
            if indicator.method is ScoringMethod.MILESTONES
            for reminder in reminders_due(
                org, indicator, current, policy, now=now, holidays=holidays
            )
        ]
        return org, found

    def _group(self, binding: GroupBinding, now: datetime, dry_run: bool) -> GroupRun | None:
        org, due = self.due(binding, now)
        if org is None or not due:
            return None
        if dry_run:
            done = {
                r.identity for r in self._db.reminder_deliveries.list(group_id=binding.group_id)
            }
            due = [r for r in due if r.identity(binding.group_id) not in done]
            if not due:
                return GroupRun(binding.group_id, org.name, (), "already_handled")
            preview = reminder_reply(org, due, self._members(org))
            return GroupRun(binding.group_id, org.name, tuple(due), "dry_run", preview=preview)
        claimed = self._claim(binding, org, due, now)
        if not claimed:
            return GroupRun(binding.group_id, org.name, tuple(due), "already_handled")
        return self._push(binding, org, claimed, now)

    def _claim(
        self, binding: GroupBinding, org: Organisation, due: list[Reminder], now: datetime
    ) -> list[tuple[Reminder, DeliveryRecord]]:
        key = retry_key([r.identity(binding.group_id) for r in due])
        claimed = []
        for r in due:
            record = self._db.reminder_deliveries.claim(
                r.identity(binding.group_id),
                group_id=binding.group_id,
                organisation=org.name,
                indicator_code=r.indicator_code,
                step=r.step,
                kind=r.kind.value,
                offset=r.offset,
                due=r.due,
                send_at=r.send_at,
                late=r.late,
                retry_key=key,
                claimer=self._claimer,
                now=now,
            )
            if record is not None:
                claimed.append((r, record))
        return claimed

    def _push(
        self,
        binding: GroupBinding,
        org: Organisation,
        claimed: list[tuple[Reminder, DeliveryRecord]],
        now: datetime,
    ) -> GroupRun:
        # A claim taken over from a crashed run keeps that run's retry key: same key, same push.
        by_key: dict[str, list[Reminder]] = defaultdict(list)
        for reminder, record in claimed:
            by_key[record.retry_key].append(reminder)
        members = self._members(org)
        run = GroupRun(binding.group_id, org.name, tuple(r for r, _ in claimed), "sent")
        for key, reminders in by_key.items():
            delivery = self._gateway.push(
                binding.group_id, reminder_reply(org, reminders, members), retry_key=key
            )
            self._record(binding, reminders, delivery, now)
            run.retry_keys.append(key)
            run.status = delivery.status
            if not delivery.delivered:
                run.outcome, run.error = "failed", delivery.error or ""
        return run

    def _record(
        self, binding: GroupBinding, reminders: list[Reminder], delivery: Delivery, now: datetime
    ) -> None:
        deliveries = self._db.reminder_deliveries
        for reminder in reminders:
            identity = reminder.identity(binding.group_id)
            if delivery.delivered:
                deliveries.mark_sent(
                    identity,
                    status=delivery.status,
                    request_id=delivery.request_id,
                    attempts=delivery.attempts,
                    now=now,
                )
            else:
                deliveries.mark_failed(
                    identity,
                    status=delivery.status,
                    error=delivery.error or "",
                    attempts=delivery.attempts,
                    now=now,
                )

    def _members(self, org: Organisation) -> dict[str, list[Member]]:
        found: dict[str, list[Member]] = defaultdict(list)
        for member in self._db.members.members_of(org.name):
            if member.unit:
                found[member.unit].append(member)
        return found
