"""Year closes: read with their organisation, written once per fiscal year with their origin."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.tables import YearCloseRow
from handlers.ports import StorageError
from kpi_core.models import YearClose


def closes_of(session: Session, organisation_id: int) -> tuple[YearClose, ...]:
    """Every year the organisation closed, oldest first."""
    rows = session.scalars(
        select(YearCloseRow)
        .where(YearCloseRow.organisation_id == organisation_id)
        .order_by(YearCloseRow.fiscal_year)
    )
    return tuple(
        YearClose(
            r.fiscal_year,
            _utc(r.closed_at),
            r.closed_by,
            r.closed_by_name,
            r.source_event_id,
            r.source_chat_id,
        )
        for r in rows
    )


def add_close(session: Session, organisation_id: int, close: YearClose) -> YearClose:
    """Record the close; refused when that year is closed already."""
    taken = session.scalar(
        select(YearCloseRow.id).where(
            YearCloseRow.organisation_id == organisation_id,
            YearCloseRow.fiscal_year == close.fiscal_year,
        )
    )
    if taken is not None:
        raise StorageError(f"ปีงบประมาณ {close.fiscal_year} ปิดไปแล้ว")
    session.add(
        YearCloseRow(
            organisation_id=organisation_id,
            fiscal_year=close.fiscal_year,
            # SQLite keeps no zone: a moment stored in Bangkok time would read back as UTC.
            closed_at=close.closed_at.astimezone(UTC),
            closed_by=close.closed_by,
            closed_by_name=close.closed_by_name,
            source_event_id=close.source_event_id,
            source_chat_id=close.source_chat_id,
        )
    )
    return close


def _utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes that were stored as UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
