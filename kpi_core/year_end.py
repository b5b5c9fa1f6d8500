"""The fiscal year of an organisation's plan: running, ended (its summary stands until the
coordinator closes it) or closed (read-only until the next year's plan is loaded)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kpi_core.fiscal_calendar import fiscal_year_bounds, to_bangkok
from kpi_core.models import Organisation, Submission, SubmissionKind, YearClose

# Kinds that carry over to the next year: the previous year's results are its baselines.
_CARRIED_OVER = frozenset({SubmissionKind.BASELINE, SubmissionKind.GROUP_BASIS})


class YearPhase(StrEnum):
    """Where an organisation's plan year stands on a given day."""

    RUNNING = "running"  # within the plan's fiscal year (or no plan year to follow)
    ENDED = "ended"  # past 30 Sep: the year's summary stands until the coordinator closes it
    CLOSED = "closed"  # closed, no next-year plan yet: the closed year's summary, read-only


@dataclass(frozen=True)
class YearStanding:
    """The phase, the plan's fiscal year, and the day a status is computed for."""

    phase: YearPhase
    fiscal_year: int | None
    as_of: date  # today; the day of the close once closed (the summary no longer moves)
    close: YearClose | None = None

    @property
    def read_only(self) -> bool:
        """Whether nothing more may be recorded for the plan's year."""
        return self.phase is YearPhase.CLOSED

    @property
    def next_year(self) -> int | None:
        """The fiscal year that comes after the plan's."""
        return None if self.fiscal_year is None else self.fiscal_year + 1


def follows_plan(organisation: Organisation) -> bool:
    """Whether the organisation follows a plan through a fiscal year (steps with deadlines)."""
    return organisation.fiscal_year is not None and any(i.steps for i in organisation.indicators)


def year_standing(organisation: Organisation, today: date) -> YearStanding:
    """The organisation's plan year on ``today``."""
    year = organisation.fiscal_year
    if not follows_plan(organisation) or year is None:
        return YearStanding(YearPhase.RUNNING, year, today)
    close = closing_of(organisation, year)
    if close is not None:
        return YearStanding(YearPhase.CLOSED, year, min(today, _day(close.closed_at)), close)
    _, last = fiscal_year_bounds(year)
    phase = YearPhase.ENDED if today > last else YearPhase.RUNNING
    return YearStanding(phase, year, today)


def closing_of(organisation: Organisation, year: int) -> YearClose | None:
    """The close of fiscal year ``year``, if the coordinator closed it."""
    return next((c for c in organisation.year_closes if c.fiscal_year == year), None)


def may_close(organisation: Organisation, today: date) -> str | None:
    """Why the plan's year cannot be closed on ``today`` (Thai); None: it can."""
    year = organisation.fiscal_year
    if not follows_plan(organisation) or year is None:
        return f"{organisation.name} ไม่มีแผนตามปีงบประมาณให้ปิดปีครับ"
    standing = year_standing(organisation, today)
    if standing.phase is YearPhase.CLOSED:
        return f"ปีงบประมาณ {year} ปิดไปแล้วครับ"
    if standing.phase is YearPhase.RUNNING:
        return f"ปีงบประมาณ {year} ยังไม่สิ้นสุด ปิดปีได้ตั้งแต่ 1 ต.ค. {year} ครับ"
    return None


def rows_of_plan_year(organisation: Organisation, rows: Iterable[Submission]) -> list[Submission]:
    """The rows that belong to the plan's year: what was recorded before an earlier year was
    closed stays with that year, except baselines, which the next year reads."""
    year = organisation.fiscal_year
    earlier = [
        c.closed_at for c in organisation.year_closes if year is None or c.fiscal_year < year
    ]
    if not earlier:
        return list(rows)
    cut = max(earlier)
    return [r for r in rows if r.kind in _CARRIED_OVER or _after(r, cut)]


def _after(row: Submission, cut: datetime) -> bool:
    return row.submitted_at is None or row.submitted_at > cut


def _day(moment: datetime) -> date:
    return to_bangkok(moment).date()
