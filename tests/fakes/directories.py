"""In-memory fakes of the directory ports: members, group bindings, reminder policies and the
reminder failures a coordinator is told of; each keeps a change log like its SQL table."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import count
from typing import NamedTuple

from handlers.ports import GroupBinding
from kpi_core.models import Member, ReminderPolicy
from tests.fakes.storage import Clock, FakeOrganisationStore, system_clock, utc


class FakeMemberDirectory:
    """Members by LINE user id, in first-registration order; every save is kept in ``changes``."""

    def __init__(self, organisations: FakeOrganisationStore, clock: Clock = system_clock) -> None:
        self._organisations = organisations
        self._clock = clock
        self.members: dict[str, Member] = {}
        self.changes: list[Member] = []

    def get(self, line_user_id: str) -> Member | None:
        """The member with this LINE user id, if registered."""
        return self.members.get(line_user_id)

    def save(self, member: Member) -> Member:
        """Register or re-register (same user id: replaced, keeping its place; logged)."""
        self._organisations.require_unit(member.organisation, member.unit)
        if not member.is_coordinator:
            self._organisations.require_member_unit(member.organisation, member.unit)
        saved = replace(member, registered_at=utc(member.registered_at or self._clock()))
        self.members[member.line_user_id] = saved
        self.changes.append(saved)
        return saved

    def members_of(self, organisation: str, unit: str | None = None) -> list[Member]:
        """Members of the organisation (optionally of one unit), in registration order."""
        self._organisations.require_unit(organisation, unit)
        return [
            m
            for m in self.members.values()
            if m.organisation == organisation and unit in (None, m.unit)
        ]


class FakeGroupDirectory:
    """Bindings by group id; every binding is kept in ``changes``."""

    def __init__(self, organisations: FakeOrganisationStore) -> None:
        self._organisations = organisations
        self.bindings: dict[str, GroupBinding] = {}
        self.changes: list[GroupBinding] = []

    def get(self, group_id: str) -> GroupBinding | None:
        """The group's active binding, if any."""
        found = self.bindings.get(group_id)
        return found if found is not None and found.active else None

    def last(self, group_id: str) -> GroupBinding | None:
        """The group's binding even after the bot left it (``active`` tells)."""
        return self.bindings.get(group_id)

    def bind(self, binding: GroupBinding) -> GroupBinding:
        """Bind (or re-bind, or restore) the group; unknown organisations are refused."""
        self._organisations.require(binding.organisation)
        stored = replace(binding, bound_at=utc(binding.bound_at), active=True)
        self.bindings[binding.group_id] = stored
        self.changes.append(stored)
        return stored

    def leave(self, group_id: str, *, at: datetime, event_id: str | None) -> GroupBinding | None:
        """The bot left the group: the binding turns inactive; the change is logged."""
        found = self.bindings.get(group_id)
        if found is None:
            return None
        left = replace(found, active=False)
        self.bindings[group_id] = left
        self.changes.append(replace(left, bound_at=utc(at), source_event_id=event_id))
        return left

    def all(self) -> list[GroupBinding]:
        """Every actively bound group, oldest binding first (first bound first on a tie)."""
        return sorted((b for b in self.bindings.values() if b.active), key=lambda b: b.bound_at)


class PolicyChange(NamedTuple):
    """One saved policy: which group, what, by whom, when (UTC)."""

    group_id: str
    policy: ReminderPolicy
    by: str
    at: datetime


class FakeReminderPolicies:
    """Policies by group id (the default when never set); every save is kept in ``changes``."""

    def __init__(self) -> None:
        self.policies: dict[str, ReminderPolicy] = {}
        self.changes: list[PolicyChange] = []
        self.events: list[str | None] = []  # the LINE event of each change, in order

    def get(self, group_id: str) -> ReminderPolicy:
        """The group's policy (the default when never set)."""
        return self.policies.get(group_id, ReminderPolicy())

    def save(
        self,
        group_id: str,
        policy: ReminderPolicy,
        *,
        by: str,
        at: datetime,
        event_id: str | None = None,
    ) -> None:
        """Replace the group's policy; the change is logged with who, when and the event."""
        self.policies[group_id] = policy
        self.changes.append(PolicyChange(group_id, policy, by, utc(at)))
        self.events.append(event_id)


@dataclass(frozen=True)
class FakeFailure:
    """A reminder push LINE refused (or, ``held``, held back for the quota): what
    ``FailedReminder`` and ``HeldReminder`` promise, and whom it concerns."""

    id: int
    organisation: str
    step: int
    due: date
    status: int | None
    notified_at: datetime | None = None
    held: bool = False
    kind: str = "before_due"


class FakeReminderDeliveries:
    """Failed reminder pushes; ``fail`` stands in for the scheduler that records them."""

    def __init__(self, organisations: FakeOrganisationStore) -> None:
        self._organisations = organisations
        self._ids = count(1)
        self.failures: list[FakeFailure] = []

    def fail(self, organisation: str, *, step: int, due: date, status: int | None) -> FakeFailure:
        """Test set-up: a push for ``step`` due on ``due`` that LINE refused with ``status``."""
        self._organisations.require(organisation)
        failure = FakeFailure(next(self._ids), organisation, step, due, status)
        self.failures.append(failure)
        return failure

    def hold(self, organisation: str, *, step: int, due: date, kind: str = "before_due") -> None:
        """Test set-up: a reminder for ``step`` held back to stay within the quota."""
        self._organisations.require(organisation)
        held = FakeFailure(next(self._ids), organisation, step, due, None, held=True, kind=kind)
        self.failures.append(held)

    def unnotified_failures(self, organisation: str) -> list[FakeFailure]:
        """The organisation's failures its coordinator has not been told of yet, oldest first."""
        return self._unnotified(organisation, held=False)

    def unnotified_holds(self, organisation: str) -> list[FakeFailure]:
        """The organisation's reminders held back for the quota, not told yet, oldest first."""
        return self._unnotified(organisation, held=True)

    def _unnotified(self, organisation: str, *, held: bool) -> list[FakeFailure]:
        self._organisations.require(organisation)
        return [
            f
            for f in self.failures
            if f.organisation == organisation and f.notified_at is None and f.held is held
        ]

    def mark_notified(self, ids: list[int], *, now: datetime) -> int:
        """Record that these failures were told; how many were newly marked."""
        marked = 0
        for index, failure in enumerate(self.failures):
            if failure.id in ids and failure.notified_at is None:
                self.failures[index] = replace(failure, notified_at=utc(now))
                marked += 1
        return marked
