"""The composition root: settings, database, clock, holidays and LINE for every entry point."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.db.database import Database
from bot.holidays_th import holidays_around
from bot.line import LineGateway
from bot.line.inbound import EventProcessor
from bot.outbox import Outbox
from bot.settings import Settings
from handlers.context import Chat, ChatKind, Ports
from handlers.ports import StorageError
from handlers.reminder_messages import failure_notice
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.status import OrganisationStatus, build_status


def system_now() -> datetime:
    """The real time in Bangkok."""
    return datetime.now(BANGKOK)


@dataclass
class Services:
    """Everything an entry point needs, built once per process."""

    settings: Settings
    db: Database
    gateway: LineGateway
    clock: Callable[[], datetime] = system_now
    outbox: Outbox = field(init=False)

    def __post_init__(self) -> None:
        self.outbox = Outbox(self.gateway)

    def now(self) -> datetime:
        """The current moment; on ``PMQA_TODAY`` that date at the clock's time of day."""
        moment = self.clock()
        if self.settings.today is None:
            return moment
        return datetime.combine(self.settings.today, moment.timetz())

    def today(self) -> date:
        """The date to compute with."""
        return self.now().date()

    def ports(self, *, offline: bool = False) -> Ports:
        """The ports the conversation handlers use (``offline``: never call LINE, for the CLI)."""
        db = self.db
        return Ports(
            organisations=db.organisations,
            submissions=db.submissions,
            members=db.members,
            groups=db.groups,
            pending=db.pending,
            reminder_policies=db.reminder_policies,
            holidays=holidays_around,
            display_name=(lambda chat, user: None) if offline else self._display_name,
        )

    def _display_name(self, chat: Chat, user_id: str) -> str | None:
        group = chat.id if chat.kind is ChatKind.GROUP else None
        return self.gateway.display_name(group, user_id)

    def event_processor(self) -> EventProcessor:
        """The webhook's event handler, wired to this process's ports and outbox."""
        return EventProcessor(
            ports=self.ports,
            first_time=lambda event_id, kind, at: self.db.events.first_time(
                event_id, kind=kind, received_at=at
            ),
            outbox=self.outbox,
            now=self.now,
            prefixes=self.settings.group_prefixes,
            notices=self._reminder_notices,
        )

    def _reminder_notices(self, user_id: str | None) -> list[str]:
        """Failed reminders a coordinator has not been told about yet (then marked told)."""
        member = self.db.members.get(user_id) if user_id else None
        if member is None or not member.is_coordinator:
            return []
        deliveries = self.db.reminder_deliveries
        failures = deliveries.unnotified_failures(member.organisation)
        if not failures:
            return []
        deliveries.mark_notified([f.id for f in failures], now=self.now())
        return [failure_notice([(f.step, f.due, f.status) for f in failures])]

    def status_of(self, organisation: str, unit: str | None = None) -> OrganisationStatus:
        """The status of one organisation (optionally one of its units) as of today."""
        org = self.db.organisations.get(organisation)
        if org is None:
            raise StorageError(f"ไม่พบหน่วยงาน {organisation}")
        if unit is not None and org.unit(unit) is None:
            known = ", ".join(u.name for u in org.units) or "ไม่มีหน่วยงานย่อย"
            raise StorageError(f"ไม่พบหน่วยงานย่อย {unit!r} ใน {org.name} (ที่มี: {known})")
        today = self.today()
        submissions = self.db.submissions.list(org.name)
        return build_status(
            org, submissions, today=today, holidays=holidays_around(today), unit=unit
        )

    def close(self) -> None:
        """Release the database and LINE connections."""
        self.gateway.close()
        self.db.close()


def build_services(
    settings: Settings,
    clock: Callable[[], datetime] = system_now,
    gateway: LineGateway | None = None,
) -> Services:
    """Build the services for ``settings``; nothing connects until first use."""
    return Services(
        settings=settings,
        db=Database.connect(settings.database_url),
        gateway=gateway or LineGateway(settings),
        clock=clock,
    )
