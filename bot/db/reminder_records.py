"""Reminder deliveries as records: their states, what a claim stores, and rows translated back."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import TypedDict

from sqlalchemy import Select, select

from bot.db.organisations import utc
from bot.db.tables import OrganisationRow, ReminderDeliveryRow

MOMENTS = ("send_at", "claimed_at", "finished_at", "notified_at", "retry_at", "key_since")
HELD = "quota"  # how the reason of a reminder held back to stay within LINE's quota starts


class DeliveryState(StrEnum):
    """Where a reminder delivery stands."""

    CLAIMED = "claimed"  # a sender is pushing it now (or died while doing so)
    SENT = "sent"
    FAILED = "failed"  # retried at ``retry_at`` by a later run; never again when that is empty
    SKIPPED = "skipped"  # deliberately not sent; the reason is kept in ``error``


class PlannedDelivery(TypedDict):
    """What a delivery is about, as the scheduler planned it, and who is sending it."""

    group_id: str
    organisation: str
    indicator_code: str
    step: int
    kind: str
    offset: int
    due: date
    send_at: datetime
    late: bool
    retry_key: str
    claimer: str


@dataclass(frozen=True)
class DeliveryRecord:
    """One reminder delivery as stored."""

    id: int
    identity: str
    group_id: str
    organisation: str
    indicator_code: str
    step: int
    kind: str
    offset: int
    due: date
    send_at: datetime
    late: bool
    state: DeliveryState
    retry_key: str
    claimed_by: str
    claimed_at: datetime
    attempts: int  # HTTP requests of its latest push
    status: int | None
    request_id: str
    error: str
    finished_at: datetime | None
    notified_at: datetime | None
    tries: int = 0  # pushes made for it, over every run
    retry_at: datetime | None = None
    key_since: datetime | None = None  # when its retry key was first sent (LINE keeps 24 h)
    via: str = "push"  # "push", or "reply" when it rode on a free reply
    cost: int | None = None  # messages LINE counted for its push
    source_event_id: str | None = None  # the LINE event whose reply carried it


def new_row(
    identity: str, state: DeliveryState, now: datetime, planned: PlannedDelivery
) -> ReminderDeliveryRow:
    """A delivery row for ``planned`` in ``state``, claimed (or decided) at ``now``."""
    details = {k: v for k, v in planned.items() if k not in ("organisation", "claimer")}
    details["send_at"] = utc(planned["send_at"])
    return ReminderDeliveryRow(
        identity=identity,
        state=state.value,
        claimed_by=planned["claimer"],
        claimed_at=now,
        attempts=0,
        tries=0,
        via="push",
        request_id="",
        error="",
        key_since=now,
        **details,
    )


def deliveries() -> Select[tuple[ReminderDeliveryRow, str]]:
    """Delivery rows with their organisation's name."""
    return select(ReminderDeliveryRow, OrganisationRow.name).join(
        OrganisationRow, ReminderDeliveryRow.organisation_id == OrganisationRow.id
    )


def record(row: ReminderDeliveryRow, organisation: str) -> DeliveryRecord:
    """The record of a row (the organisation given by name)."""
    values = {
        f.name: getattr(row, f.name) for f in fields(DeliveryRecord) if f.name != "organisation"
    }
    for name in MOMENTS:
        values[name] = values[name] and utc(values[name])  # SQLite returns them naive
    values["state"] = DeliveryState(row.state)
    return DeliveryRecord(organisation=organisation, **values)
