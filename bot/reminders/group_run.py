"""What one reminder run did for one group, and the message a group is pushed."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.db.reminder_snapshot import GroupData
from handlers.digest_messages import weekly_digest
from handlers.reminder_messages import reminder_reply
from handlers.replies import Reply
from kpi_core.models import Organisation, Submission
from kpi_core.reminders import Reminder, ReminderKind
from kpi_core.status import build_status

# Every indicator and every submission of an organisation, for the digest.
FullOrganisation = Callable[[str], tuple[Organisation | None, list[Submission]]]


@dataclass
class GroupRun:
    """What one run did for one group."""

    group_id: str
    organisation: str
    reminders: tuple[Reminder, ...]  # pushed (or, in a dry run, to be pushed)
    outcome: str  # "sent", "failed", "dry_run", "held", "already_handled"
    status: int | None = None
    retry_keys: list[str] = field(default_factory=list)
    error: str = ""
    preview: Reply | None = None  # the message a dry run would have pushed
    held: tuple[Reminder, ...] = ()  # held back to stay within the quota
    retry_at: datetime | None = None  # when a failed reminder of the group is tried again
    cost: int = 0  # messages LINE counted for this run's pushes

    def settle(self) -> GroupRun:
        """Set the outcome from what happened (a failure outweighs a success)."""
        if self.outcome in ("failed", "dry_run"):
            return self
        if self.retry_keys and self.outcome != "failed":
            self.outcome = "sent"
        elif self.held:
            self.outcome = "held"
        return self


def group_message(
    data: GroupData,
    reminders: Sequence[Reminder],
    now: datetime,
    holidays: Collection[date],
    full: FullOrganisation,
) -> Reply:
    """The one push of a group: its step reminders, then the weekly digest when it is due."""
    steps = [r for r in reminders if r.kind is not ReminderKind.DIGEST]
    reply = reminder_reply(data.organisation, steps, data.members, today=now.date())
    if len(steps) == len(reminders):
        return reply
    org, rows = full(data.organisation.name)
    known = [r for r in rows if r.submitted_at is None or r.submitted_at <= now]  # as of now
    status = build_status(org or data.organisation, known, today=now.date(), holidays=holidays)
    digest = weekly_digest(status)
    return Reply(reply.messages + digest.messages, digest.quick_replies)
