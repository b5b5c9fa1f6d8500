"""Fakes of every port the handlers use, gathered in ``FakePorts``, and the builder of a world.

``fake_ports(org, members=[...])`` gives ports holding those organisations and members, with
the team group ``GROUP`` bound to the first organisation. To extend a fake, subclass it (or add
a method) in ``tests/fakes/storage.py`` or ``directories.py`` and add the behaviour to the
contract test, ``tests/integration/test_port_contracts.py``, so the SQL side is checked too.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from handlers.context import Chat, Ports
from handlers.ports import GroupBinding
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Member, Organisation, Submission
from tests.fakes.directories import (
    FakeFailure,
    FakeGroupDirectory,
    FakeMemberDirectory,
    FakeReminderDeliveries,
    FakeReminderPolicies,
    PolicyChange,
)
from tests.fakes.reminder_fakes import (
    FakeDueReminders,
    FakeReminderForecasts,
    FakeReminderPostponements,
)
from tests.fakes.storage import (
    FakeAskBacks,
    FakeOrganisationStore,
    FakePendingActions,
    FakeSubmissionLedger,
)
from tests.fakes.untouched import STORES, Untouched, touching_only

NOW = datetime(2025, 1, 28, 9, 30, tzinfo=BANGKOK)  # a Tuesday; step 3 of the plan is due on 31st
GROUP = "Cteam"  # the team's group, bound by ``fake_ports`` unless told otherwise

__all__ = [
    "FakeFailure",
    "FakeGroupDirectory",
    "FakeMemberDirectory",
    "FakeOrganisationStore",
    "FakePendingActions",
    "FakePorts",
    "FakeReminderDeliveries",
    "FakeReminderPolicies",
    "FakeSubmissionLedger",
    "GROUP",
    "NOW",
    "PolicyChange",
    "STORES",
    "Untouched",
    "fake_ports",
    "touching_only",
]


@dataclass
class FakePorts(Ports):
    """The handlers' ports, each one a fake (typed so, for tests to read their logs)."""

    organisations: FakeOrganisationStore
    submissions: FakeSubmissionLedger
    members: FakeMemberDirectory
    groups: FakeGroupDirectory
    pending: FakePendingActions
    reminder_policies: FakeReminderPolicies
    reminder_deliveries: FakeReminderDeliveries
    reminder_postponements: FakeReminderPostponements
    reminder_forecasts: FakeReminderForecasts = field(default_factory=FakeReminderForecasts)
    due_reminders: FakeDueReminders = field(default_factory=FakeDueReminders)
    ask_backs: FakeAskBacks = field(default_factory=lambda: FakeAskBacks(FakeOrganisationStore()))


def fake_ports(
    *organisations: Organisation,
    members: Iterable[Member] = (),
    bindings: Mapping[str, str] | None = None,
    holidays: Collection[date] = frozenset(),
    display_names: Mapping[str, str] | None = None,
    now: datetime = NOW,
) -> FakePorts:
    """Fakes holding the organisations and members; ``bindings`` maps group ids to organisation
    names (default: ``GROUP`` to the first organisation). Untimed writes are stamped ``now``."""
    store = FakeOrganisationStore(*organisations)
    ports = FakePorts(
        organisations=store,
        submissions=FakeSubmissionLedger(store, clock=lambda: now),
        members=FakeMemberDirectory(store, clock=lambda: now),
        groups=FakeGroupDirectory(store),
        pending=FakePendingActions(store),
        reminder_policies=FakeReminderPolicies(),
        reminder_deliveries=FakeReminderDeliveries(store),
        reminder_postponements=FakeReminderPostponements(),
        holidays=lambda today: frozenset(holidays),
        display_name=_names(display_names or {}),
        reminder_forecasts=FakeReminderForecasts(),
        due_reminders=FakeDueReminders(),
        ask_backs=FakeAskBacks(store),
    )
    for member in members:
        ports.members.save(member)
    if bindings is None:
        bindings = {GROUP: organisations[0].name} if organisations else {}
    for group_id, organisation in bindings.items():
        ports.groups.bind(GroupBinding(group_id, organisation, "cli", now))
    return ports


def _names(names: Mapping[str, str]) -> Any:
    def display_name(chat: Chat, user_id: str) -> str | None:
        return names.get(user_id)

    return display_name


def stored(ports: FakePorts) -> list[Submission]:
    """Every row the fake ledger holds, in the order appended."""
    return [row for _, row in ports.submissions.stored]
