"""Reminders that ride on a free reply: when someone in the group talks to the bot on a
reminder day, the day's due reminders go out with the answer instead of a paid push.

They are claimed in the event's unit of work, so they are recorded as delivered (by reply,
with the event) exactly when the answer is. Only reminders LINE cannot hold already ride
along: new ones, and ones whose push LINE refused outright; a push that timed out may have
arrived, so it stays with the scheduler and its retry key. Most messages come on days without
reminders: each group's reminder days are kept with its organisation's data version (the
read model's memo), so those cost no read beyond the version the reply makes anyway. On a
reminder day the delivery log is read until every reminder due is found settled for good
(sent, skipped, failed without a next try); those are remembered with the same version, so
the day's later answers read nothing more either.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime, time

from bot.db.reminder_claims import Claim
from bot.db.reminder_records import DeliveryRecord, DeliveryState
from bot.db.reminder_snapshot import GroupData
from bot.db.unit_of_work import Repositories
from bot.reminders.group_push import planned_delivery
from bot.reminders.group_run import group_message
from bot.reminders.planning import due_now
from bot.reminders.retries import Next, kept_key, next_step, settled
from handlers.replies import Reply
from kpi_core.fiscal_calendar import BANGKOK, to_bangkok
from kpi_core.models import Organisation, ScoringMethod, Submission
from kpi_core.reminder_digest import digest_send
from kpi_core.reminders import Reminder, identity, schedule

CLAIMER = "reply"
_RIDES = (Next.NEW, Next.RETRY, Next.WAIT)


class ReplyReminders:
    """The :class:`~handlers.reminder_ports.DueReminders` port over a unit of work."""

    def __init__(self, repos: Repositories, holidays: Callable[[date], Collection[date]]) -> None:
        self._repos = repos
        self._holidays = holidays

    def claim_for_reply(
        self, chat_id: str, *, now: datetime, event_id: str | None, room: int
    ) -> Reply | None:
        """Claim the group's reminders due today for this reply; ``None`` when none fit."""
        now = to_bangkok(now)
        if room <= 0 or now.date() not in self._reminder_days(chat_id, now.date()):
            return None
        data = self._group_data(chat_id, now)
        if data is None:
            return None
        holidays = self._holidays(now.date())
        riding = self._riding(data, now, holidays)
        if not riding:
            return None
        reply = group_message(data, [r for r, _ in riding], now, holidays, self._full)
        if len(reply.messages) > room or not self._claim(data, riding, now, event_id):
            return None
        return reply

    def _group_data(self, chat_id: str, now: datetime) -> GroupData | None:
        """The group as reminders see it, kept with its organisation's data version for the
        day (its policy, postponements, members and submissions all bump that version)."""
        binding = self._repos.groups.get(chat_id)
        if binding is None:
            return None

        def read() -> list[GroupData]:
            return self._repos.reminder_snapshot.groups(as_of=now, group_ids={chat_id})

        key = ("reminder group", chat_id, now.date())
        found = self._repos.memo.remember(binding.organisation, key, read)
        return found[0] if found else None

    def _riding(
        self, data: GroupData, now: datetime, holidays: Collection[date]
    ) -> list[tuple[Reminder, DeliveryRecord | None]]:
        """Today's reminders a reply may carry, with what is stored about each."""
        gid = data.binding.group_id
        day_end = datetime.combine(now.date(), time.max, BANGKOK)
        settled_ids = self._settled(data.organisation.name, gid, now.date())
        due = [r for r in due_now(data, now, holidays, until=day_end)
               if identity(gid, r) not in settled_ids]  # fmt: skip
        if not due:
            return []
        existing = self._repos.reminder_claims.existing([identity(gid, r) for r in due])
        settled_ids.update(i for i, record in existing.items() if settled(record))
        found = [(r, existing.get(identity(gid, r))) for r in due]
        return [
            (r, record)
            for r, record in found
            if next_step(record, now) in _RIDES and kept_key(record, now) is None
        ]

    def _settled(self, organisation: str, group_id: str, day: date) -> set[str]:
        """The group's reminders of ``day`` this process found settled for good (they never
        ride), kept with the organisation's data version: once every one due is among them,
        an answer reads no delivery at all. Only rows read before this answer claims join."""
        key = ("settled reminders", group_id, day)
        return self._repos.memo.remember(organisation, key, set)

    def _claim(
        self,
        data: GroupData,
        riding: list[tuple[Reminder, DeliveryRecord | None]],
        now: datetime,
        event_id: str | None,
    ) -> bool:
        """Claim them together and record them delivered by this reply (same transaction)."""
        gid, key = data.binding.group_id, f"{CLAIMER}:{event_id or now.isoformat()}"[:100]
        claims = [Claim(identity(gid, r), planned_delivery(data, r, key), rec) for r, rec in riding]
        if self._repos.reminder_claims.claim(claims, claimer=CLAIMER, now=now) is None:
            return False
        ids = [c.identity for c in claims]
        done = {"attempts": 0, "error": "", "retry_at": None, "finished_at": now}
        self._repos.reminder_claims.finish(
            ids, DeliveryState.SENT, via="reply", cost=0, source_event_id=event_id, **done
        )
        return True

    def _full(self, name: str) -> tuple[Organisation | None, list[Submission]]:
        return self._repos.organisations.get(name), self._repos.submissions.list(name)

    def _reminder_days(self, group_id: str, today: date) -> frozenset[date]:
        """The days the group has a planned send, kept while its organisation's data version
        holds (policies and postponements bump it too)."""
        binding = self._repos.groups.get(group_id)
        if binding is None:
            return frozenset()
        name = binding.organisation

        def plan() -> frozenset[date]:
            return self._plan_days(name, group_id, today)

        return self._repos.memo.remember(name, ("reminder days", group_id, today), plan)

    def _plan_days(self, organisation: str, group_id: str, today: date) -> frozenset[date]:
        policy = self._repos.reminder_policies.get(group_id)
        postponed = self._repos.reminder_postponements.of_group(group_id)
        org = self._repos.organisations.get(organisation)
        if org is None or not policy.enabled:
            return frozenset()
        holidays = self._holidays(today)
        days = {
            send.send_at.date()
            for indicator in org.indicators
            if indicator.method is ScoringMethod.MILESTONES
            for send in schedule(indicator, policy, holidays, postponed.get(indicator.code))
        }
        if policy.weekly_digest:
            monday = today.toordinal() - today.weekday()
            days.add(digest_send(date.fromordinal(monday), policy, holidays).send_at.date())
        return frozenset(days)
