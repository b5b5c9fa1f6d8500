"""Figures read from LINE and kept in the database, so every process shares one reading.

The quota, this month's consumption and each group's member count change slowly and each
costs an HTTP call; the scheduler, the CLI and the web workers read them here and refresh a
figure only when it is older than they accept. Pushes made meanwhile are added to the
consumption as they happen, so the figure never lags behind our own use.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.db.organisations import utc
from bot.db.scope import Scope
from bot.db.tables import LineFigureRow


@dataclass(frozen=True)
class Figure:
    """A figure as stored: its value (``None``: none, e.g. no quota), detail and age."""

    name: str
    value: int | None
    fetched_at: datetime
    detail: dict[str, Any] | None = None


class SqlLineFigures:
    """LINE's figures by name (``quota``, ``consumption``, ``members:<group id>``, …)."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def get(self, names: Collection[str]) -> dict[str, Figure]:
        """The stored figures among ``names``."""
        with self._scope.read() as session:
            rows = session.scalars(select(LineFigureRow).where(LineFigureRow.name.in_(list(names))))
            return {row.name: _figure(row) for row in rows}

    def put(
        self,
        name: str,
        value: int | None,
        *,
        now: datetime,
        detail: dict[str, Any] | None = None,
    ) -> Figure:
        """Store a fresh reading of ``name``."""
        try:
            return self._put(name, value, utc(now), detail)
        except IntegrityError:  # another process stored its first reading meanwhile
            return self._put(name, value, utc(now), detail)

    def add(self, name: str, amount: int) -> bool:
        """Add ``amount`` to a stored figure (our own pushes); ``False`` when there is none."""
        with self._scope.write() as session:
            moved = session.execute(
                update(LineFigureRow)
                .where(LineFigureRow.name == name, LineFigureRow.value.is_not(None))
                .values(value=LineFigureRow.value + amount)
                .execution_options(synchronize_session=False)
            )
            return moved.rowcount == 1

    def _put(
        self, name: str, value: int | None, now: datetime, detail: dict[str, Any] | None
    ) -> Figure:
        with self._scope.write() as session, session.begin_nested():
            row = session.scalar(select(LineFigureRow).where(LineFigureRow.name == name))
            row = row or LineFigureRow(name=name)
            row.value, row.detail, row.fetched_at = value, detail, now
            session.add(row)
            session.flush()
            return _figure(row)


def _figure(row: LineFigureRow) -> Figure:
    return Figure(row.name, row.value, utc(row.fetched_at), row.detail)
