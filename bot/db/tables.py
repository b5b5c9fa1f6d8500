"""SQLAlchemy 2.x table models; rows are translated to ``kpi_core`` objects by the repositories."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal stored as text: SQLite has no exact decimal type and floats would round."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> str | None:
        """Store the decimal's exact written form."""
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Any) -> Decimal | None:
        """Read the decimal back exactly."""
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (needed for Alembic on SQLite)."""

    metadata = MetaData(naming_convention=NAMING)


class OrganisationRow(Base):
    """An organisation; its indicators and units hang off it."""

    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    parent: Mapped[str] = mapped_column(String(300), default="")
    short_name: Mapped[str] = mapped_column(String(100), default="")
    # Other names it goes by (สนง.ก.พ., OCSC), matched exactly.
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    weight: Mapped[Decimal] = mapped_column(DecimalText)
    assessed_score: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    fiscal_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source: Mapped[str] = mapped_column(String(500), default="")
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    # Counts every change of what replies show about the organisation (its units, indicators,
    # submissions, members, bindings): a reader's cache is current while this is unchanged.
    data_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(100), default="", server_default="")


class UnitRow(Base):
    """A unit of an organisation."""

    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(100), default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    coordinator: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who added the unit (a LINE user id, ``cli`` or ``demo``), when and from which LINE event.
    added_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    added_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    source_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    source_chat_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class IndicatorRow(Base):
    """An indicator; the searchable fields are columns, the full definition is a JSON document."""

    __tablename__ = "indicators"
    __table_args__ = (UniqueConstraint("organisation_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(100), default="")
    weight: Mapped[Decimal] = mapped_column(DecimalText)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SubmissionRow(Base):
    """One append-only write; corrections and undos are new rows pointing at what they supersede."""

    __tablename__ = "submissions"
    __table_args__ = (Index("ix_submissions_org_indicator", "organisation_id", "indicator_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), nullable=True)
    indicator_code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    item: Mapped[int | None] = mapped_column(Integer, nullable=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    channel: Mapped[str] = mapped_column(String(40), default="")
    documents: Mapped[str] = mapped_column(String(20))
    dimensions: Mapped[list[int]] = mapped_column(JSON, default=list)
    plan_met: Mapped[int | None] = mapped_column(Integer, nullable=True)
    plan_total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    links: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    action: Mapped[str] = mapped_column(String(20))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), nullable=True)
    submitted_by: Mapped[str] = mapped_column(String(100))
    submitted_by_name: Mapped[str] = mapped_column(String(200), default="")
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True, unique=True)
    source_chat_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class MemberRow(Base):
    """A LINE user registered to an organisation (and usually one of its units)."""

    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    line_user_id: Mapped[str] = mapped_column(String(100), unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), nullable=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    registered_by: Mapped[str] = mapped_column(String(100), default="")


class MemberChangeRow(Base):
    """Append-only log of every registration and re-registration."""

    __tablename__ = "member_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    line_user_id: Mapped[str] = mapped_column(String(100), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), nullable=True)
    role: Mapped[str] = mapped_column(String(20))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    changed_by: Mapped[str] = mapped_column(String(100), default="")
    source_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    source_chat_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class GroupBindingColumns:
    """A binding itself, shared by the current row and its change log."""

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    bound_by: Mapped[str] = mapped_column(String(100))
    bound_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # False once the bot left the group: kept for history, no reminders, no answers for it.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class GroupBindingRow(GroupBindingColumns, Base):
    """The organisation a LINE group (or room) currently belongs to."""

    __tablename__ = "group_bindings"
    __table_args__ = (Index("ix_group_bindings_organisation_id", "organisation_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[str] = mapped_column(String(100), unique=True)


class GroupBindingChangeRow(GroupBindingColumns, Base):
    """Append-only log of every binding and re-binding of a group."""

    __tablename__ = "group_binding_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[str] = mapped_column(String(100), index=True)
    source_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class ProcessedEventRow(Base):
    """A LINE webhook event already handled; the unique key makes redeliveries detectable."""

    __tablename__ = "processed_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class PendingActionRow(Base):
    """A submission restated to the user and awaiting their confirmation or cancellation."""

    __tablename__ = "pending_actions"
    __table_args__ = (Index("ix_pending_actions_user_state", "line_user_id", "state"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(100), unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    line_user_id: Mapped[str] = mapped_column(String(100))
    chat_id: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # What the draft is about (indicator, unit, step…): a newer draft of a slot supersedes it.
    slot: Mapped[str] = mapped_column(String(300), default="", server_default="")
    kind: Mapped[str] = mapped_column(String(20), default="submission", server_default="submission")
    submission: Mapped[dict[str, Any]] = mapped_column(JSON)  # the draft (a member, by kind)
    summary: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    state: Mapped[str] = mapped_column(String(20))
    settled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ReminderPolicyColumns:
    """The policy itself, shared by the current row and its change log."""

    days_before: Mapped[list[int]] = mapped_column(JSON)
    hour: Mapped[int] = mapped_column(Integer)
    minute: Mapped[int] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(Boolean)
    before_open: Mapped[bool] = mapped_column(Boolean)
    overdue: Mapped[bool] = mapped_column(Boolean)
    quiet_weekdays: Mapped[list[int]] = mapped_column(JSON)
    quiet_holidays: Mapped[bool] = mapped_column(Boolean)
    quiet_dates: Mapped[list[str]] = mapped_column(JSON)  # ISO dates
    weekly_digest: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class ReminderPolicyRow(ReminderPolicyColumns, Base):
    """A group's current reminder policy; a group without a row uses the default policy."""

    __tablename__ = "reminder_policies"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[str] = mapped_column(String(100), unique=True)
    updated_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReminderPolicyChangeRow(ReminderPolicyColumns, Base):
    """Append-only log of every reminder policy a group was given."""

    __tablename__ = "reminder_policy_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[str] = mapped_column(String(100), index=True)
    changed_by: Mapped[str] = mapped_column(String(100))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class ReminderDeliveryRow(Base):
    """One reminder push, claimed before sending; the unique identity makes it happen once."""

    __tablename__ = "reminder_deliveries"
    __table_args__ = (Index("ix_reminder_deliveries_org_state", "organisation_id", "state"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    identity: Mapped[str] = mapped_column(String(300), unique=True)
    group_id: Mapped[str] = mapped_column(String(100), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    indicator_code: Mapped[str] = mapped_column(String(40))
    step: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    offset: Mapped[int] = mapped_column(Integer)
    due: Mapped[date] = mapped_column(Date)
    send_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    late: Mapped[bool] = mapped_column(Boolean)
    state: Mapped[str] = mapped_column(String(20))
    retry_key: Mapped[str] = mapped_column(String(100))
    claimed_by: Mapped[str] = mapped_column(String(100))
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer)
    status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    request_id: Mapped[str] = mapped_column(String(100), default="")
    error: Mapped[str] = mapped_column(Text, default="")  # the failure, or why it was skipped
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    notified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    tries: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # pushes, all runs
    retry_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    key_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    via: Mapped[str] = mapped_column(String(10), default="push", server_default="push")
    cost: Mapped[int | None] = mapped_column(Integer, nullable=True)  # messages LINE counted
    source_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class ReminderPostponementRow(Base):
    """A coordinator moved a step's next reminder of a group one day later (append-only)."""

    __tablename__ = "reminder_postponements"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[str] = mapped_column(String(100), index=True)
    indicator_code: Mapped[str] = mapped_column(String(40))
    step: Mapped[int] = mapped_column(Integer)
    day: Mapped[date] = mapped_column(Date)  # the send's day before it was moved
    postponed_by: Mapped[str] = mapped_column(String(100))
    postponed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class LineFigureRow(Base):
    """A figure read from LINE (quota, this month's use, a group's size), shared by processes."""

    __tablename__ = "line_figures"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DeskLoginRow(Base):
    """A single-use desk login link: issued to one LINE user, used at most once, then dead."""

    __tablename__ = "desk_logins"
    id: Mapped[int] = mapped_column(primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), unique=True)
    line_user_id: Mapped[str] = mapped_column(String(100), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    issued_via: Mapped[str] = mapped_column(String(20))  # "chat" or "cli"
    source_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    source_chat_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class YearCloseRow(Base):
    """An organisation's fiscal year closed by its coordinator (once per year, never undone)."""

    __tablename__ = "year_closes"
    __table_args__ = (UniqueConstraint("organisation_id", "fiscal_year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    closed_by: Mapped[str] = mapped_column(String(100))
    closed_by_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    source_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    source_chat_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class AskBackRow(Base):
    """A question the bot asked back (which indicator?): the sender's next message in the same
    chat may answer it by number or name. Closed, never deleted, once answered or passed by."""

    __tablename__ = "ask_backs"
    __table_args__ = (Index("ix_ask_backs_user_chat_state", "line_user_id", "chat_id", "state"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    line_user_id: Mapped[str] = mapped_column(String(100))
    chat_id: Mapped[str] = mapped_column(String(100))
    choices: Mapped[list[dict[str, str]]] = mapped_column(JSON)  # key, name, postback data
    asked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    state: Mapped[str] = mapped_column(String(20))  # "open", "answered" or "passed"
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    source_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    closed_by_event_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class SchedulerHeartbeatRow(Base):
    """One scheduler process (host:pid): when it started, last ran and last ran without error."""

    __tablename__ = "scheduler_heartbeats"
    id: Mapped[int] = mapped_column(primary_key=True)
    process: Mapped[str] = mapped_column(String(150), unique=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_run_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_ok_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    runs: Mapped[int] = mapped_column(Integer)
    failures: Mapped[int] = mapped_column(Integer)
