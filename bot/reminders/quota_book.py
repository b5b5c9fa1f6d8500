"""The channel's quota this month, from LINE through the shared store of LINE figures.

The quota and the consumption are read from LINE at most once an hour, a group's member count
at most once a day (and at most a few groups per run), by whichever process needs them first;
every process reads the stored figures. Pushes we make are added to the stored consumption as
they go out, and a "monthly limit" answer sets it to the limit, so a reading never lags
behind our own use.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping
from datetime import datetime, timedelta
from typing import Protocol

from bot.db.line_figures import Figure, SqlLineFigures
from bot.line.quota_api import QuotaUnavailable
from kpi_core.fiscal_calendar import to_bangkok
from kpi_core.reminder_budget import Budget, margin_for

log = logging.getLogger(__name__)
FIGURE_AGE = timedelta(hours=1)
MEMBERS_AGE = timedelta(days=1)
MEMBER_READS_PER_RUN = 50  # a run over 1,000 new groups must not make 1,000 calls
MONTHLY_LIMIT = "monthly limit"  # in LINE's 429 message: "You have reached your monthly limit."


class QuotaReader(Protocol):
    """What the book reads from LINE (``bot.line.quota_api.LineQuotaApi``)."""

    def quota(self) -> int | None:
        """This month's limit (``None``: no limit)."""
        ...

    def consumption(self) -> int:
        """Messages counted so far this month."""
        ...

    def member_count(self, group_id: str) -> int:
        """A group's member count."""
        ...


def members_name(group_id: str) -> str:
    """The stored figure of a group's member count."""
    return f"members:{group_id}"


class QuotaBook:
    """This month's budget and the groups' sizes, read through the stored figures."""

    def __init__(self, figures: SqlLineFigures, reader: QuotaReader | None) -> None:
        self._figures = figures
        self._reader = reader

    def budget(self, now: datetime) -> Budget | None:
        """The quota, what is used and the margin; ``None`` when LINE's figures are unknown."""
        stored = self._figures.get(["quota", "consumption"])
        quota = self._fresh(stored.get("quota"), now, "quota")
        used = self._fresh(stored.get("consumption"), now, "consumption")
        if quota is None or used is None or used.value is None:
            return None
        limit = quota.value
        return Budget(limit, used.value, margin_for(limit))

    def member_counts(
        self, group_ids: Collection[str], now: datetime, fallback: Mapping[str, int]
    ) -> dict[str, int]:
        """Each group's member count: stored, refreshed when old, else ``fallback``."""
        names = {members_name(g): g for g in group_ids}
        stored = self._figures.get(names)
        counts, reads = {}, 0
        for name, group_id in names.items():
            figure = stored.get(name)
            if _old(figure, now, MEMBERS_AGE) and reads < MEMBER_READS_PER_RUN:
                reads += 1
                fresh = self._read(name, now, lambda g=group_id: self._need().member_count(g))
                figure = fresh or figure
            known = figure.value if figure is not None else None
            counts[group_id] = known if known is not None else fallback.get(group_id, 1)
        return counts

    def charge(self, cost: int) -> None:
        """Count a push we made against this month's consumption."""
        self._figures.add("consumption", cost)

    def exhausted(self, now: datetime) -> None:
        """LINE refused a push for the monthly limit: nothing is left this month."""
        quota = self._figures.get(["quota"]).get("quota")
        if quota is not None and quota.value is not None:
            self._figures.put("consumption", quota.value, now=now)

    def _fresh(self, figure: Figure | None, now: datetime, name: str) -> Figure | None:
        """The stored figure, read again when old; an old one when LINE does not answer
        (never last month's consumption)."""
        if not _old(figure, now, FIGURE_AGE):
            return figure
        fresh = self._read(
            name,
            now,
            lambda: self._need().quota() if name == "quota" else self._need().consumption(),
        )
        if fresh is not None or figure is None:
            return fresh
        return figure if name == "quota" or _same_month(figure, now) else None

    def _read(self, name: str, now: datetime, read: Callable[[], int | None]) -> Figure | None:
        try:
            return self._figures.put(name, read(), now=now)
        except QuotaUnavailable:
            return None

    def _need(self) -> QuotaReader:
        if self._reader is None:
            raise QuotaUnavailable("LINE is not configured")
        return self._reader


def _old(figure: Figure | None, now: datetime, age: timedelta) -> bool:
    """Whether a figure must be read again: missing, too old, or from another month."""
    if figure is None:
        return True
    return not _same_month(figure, now) or now - figure.fetched_at > age


def _same_month(figure: Figure, now: datetime) -> bool:
    fetched, current = to_bangkok(figure.fetched_at), to_bangkok(now)
    return (fetched.year, fetched.month) == (current.year, current.month)
