"""The composition root: wires settings, database, clock and holidays for every entry point."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from bot.db.database import Database
from bot.holidays_th import holidays_around
from bot.settings import Settings
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.ports import StorageError
from kpi_core.status import OrganisationStatus, build_status


def system_today() -> date:
    """Today's date in Bangkok from the real clock."""
    return datetime.now(BANGKOK).date()


@dataclass
class Services:
    """Everything an entry point needs, built once."""

    settings: Settings
    db: Database
    clock: Callable[[], date] = system_today

    def today(self) -> date:
        """The date to compute with: ``PMQA_TODAY`` when set, else the clock's."""
        return self.settings.today or self.clock()

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
        """Release the database connections."""
        self.db.close()


def build_services(settings: Settings, clock: Callable[[], date] = system_today) -> Services:
    """Build the services for ``settings``; nothing connects until first use."""
    return Services(settings=settings, db=Database.connect(settings.database_url), clock=clock)
