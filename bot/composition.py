"""The composition root: settings, database, clock, holidays and LINE, wired for every entry point.

It creates objects and connects them; what they do lives in ``handlers`` and the adapters.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from bot.db.database import Database
from bot.db.unit_of_work import Repositories
from bot.holidays_th import holidays_around
from bot.outbox import REPLY_THREADS, Outbox
from bot.settings import Settings
from bot.web.desk.links import SignedDeskLinks
from handlers.context import Chat, ChatKind, Ports
from handlers.reminder_ports import DueReminders, NoDueReminders
from kpi_core.fiscal_calendar import BANGKOK

if TYPE_CHECKING:
    from bot.line.gateway import LineGateway
    from bot.line.inbound import EventProcessor

Clock = Callable[[], datetime]


def system_now() -> datetime:
    """The real time in Bangkok."""
    return datetime.now(BANGKOK)


def on_day(day: date, clock: Clock) -> Clock:
    """``clock`` moved to ``day`` (``PMQA_TODAY``), keeping its time of day."""
    return lambda: datetime.combine(day, clock().timetz())


@dataclass
class Services:
    """Everything an entry point needs, built once per process."""

    settings: Settings
    db: Database
    gateway: LineGateway
    clock: Clock = system_now
    outbox: Outbox = field(init=False)

    def __post_init__(self) -> None:
        self.outbox = Outbox(self.gateway, REPLY_THREADS)

    def now(self) -> datetime:
        """The current moment, aware, in Bangkok."""
        return self.clock()

    def ports(self, repos: Repositories | None = None, *, offline: bool = False) -> Ports:
        """The handlers' ports over ``repos`` (default: each call its own transaction);
        ``offline`` never calls LINE (the CLI)."""
        repos = repos or self.db
        return Ports(
            organisations=repos.organisations,
            submissions=repos.submissions,
            members=repos.members,
            groups=repos.groups,
            pending=repos.pending,
            reminder_policies=repos.reminder_policies,
            reminder_deliveries=repos.reminder_deliveries,
            reminder_postponements=repos.reminder_postponements,
            reminder_forecasts=repos.reminder_forecasts,
            ask_backs=repos.ask_backs,
            holidays=holidays_around,
            display_name=(lambda chat, user: None) if offline else self._display_name,
            desk=self.desk_links(repos),
            # Only a LINE reply can carry a due reminder; the CLI must not claim one.
            due_reminders=NoDueReminders() if offline else self._reply_reminders(repos),
            memo=repos.memo,
        )

    def _reply_reminders(self, repos: Repositories) -> DueReminders:
        # Imported here: the reminder sender (and urllib3 behind it) is for the web process,
        # which imports it before its workers fork (bot/web/app.py); the CLI never needs it.
        from bot.reminders.reply_reminders import ReplyReminders

        return ReplyReminders(repos, holidays_around)

    def desk_links(self, repos: Repositories | None = None) -> SignedDeskLinks:
        """Login links and chart addresses, recorded through ``repos`` (default: the database)."""
        return SignedDeskLinks(self.settings, (repos or self.db).desk_logins, self.now)

    def _display_name(self, chat: Chat, user_id: str) -> str | None:
        group = chat.id if chat.kind is ChatKind.GROUP else None
        return self.gateway.display_name(group, user_id)

    def event_processor(self) -> EventProcessor:
        """The webhook's event handler, wired to this process's database, clock and outbox."""
        from bot.line.inbound import EventProcessor  # the SDK's webhook models: web only

        return EventProcessor(
            units=self.db.unit_of_work,
            ports=self.ports,
            outbox=self.outbox,
            now=self.now,
            prefixes=self.settings.group_prefixes,
        )

    def close(self) -> None:
        """Release the database and LINE connections."""
        self.gateway.close()
        self.db.close()


class LazyGateway:
    """The LINE gateway, made (and the SDK imported) on first use, so that the commands that
    never talk to LINE start without it."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._made: LineGateway | None = None
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        with self._lock:
            if self._made is None:
                from bot.line.gateway import LineGateway

                self._made = LineGateway(self._settings, connections=REPLY_THREADS)
        return getattr(self._made, name)

    def close(self) -> None:
        """Close the gateway's connections, if it was ever made."""
        if self._made is not None:
            self._made.close()


def build_services(
    settings: Settings, clock: Clock = system_now, gateway: LineGateway | None = None
) -> Services:
    """Build the services for ``settings``; nothing connects until first use."""
    return Services(
        settings=settings,
        db=Database.connect(settings.database_url),
        gateway=gateway or LazyGateway(settings),  # type: ignore[arg-type]
        clock=on_day(settings.today, clock) if settings.today else clock,
    )
