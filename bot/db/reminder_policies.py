"""Reminder policies: when each group is reminded of deadlines, with a log of every change."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.db.organisations import touch_group, utc
from bot.db.reminder_rows import among
from bot.db.scope import Scope
from bot.db.tables import ReminderPolicyChangeRow, ReminderPolicyRow
from kpi_core.models import ReminderPolicy


class SqlReminderPolicies:
    """Policies in the SQL database: one row per group, every saved policy appended to a log."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def get(self, group_id: str) -> ReminderPolicy:
        """The group's policy (the default when never set)."""
        with self._scope.read() as session:
            row = session.scalar(
                select(ReminderPolicyRow).where(ReminderPolicyRow.group_id == group_id)
            )
            return ReminderPolicy() if row is None else policy_of(row)

    def of_groups(self, group_ids: Collection[str]) -> dict[str, ReminderPolicy]:
        """The policies set for any of ``group_ids`` (the others use the default), one query."""
        with self._scope.read() as session:
            rows = session.scalars(
                select(ReminderPolicyRow).where(
                    among(session, ReminderPolicyRow.group_id, group_ids)
                )
            )
            return {row.group_id: policy_of(row) for row in rows}

    def save(
        self,
        group_id: str,
        policy: ReminderPolicy,
        *,
        by: str,
        at: datetime,
        event_id: str | None = None,
    ) -> None:
        """Replace the group's policy; every change is logged with who, when and the event."""
        try:
            self._save(group_id, policy, by, utc(at), event_id)
        except IntegrityError:
            # The group's first policy committed meanwhile: now it is a replacement.
            self._save(group_id, policy, by, utc(at), event_id)

    def _save(
        self, group_id: str, policy: ReminderPolicy, by: str, at: datetime, event_id: str | None
    ) -> None:
        with self._scope.write() as session, session.begin_nested():
            row = session.scalar(
                select(ReminderPolicyRow).where(ReminderPolicyRow.group_id == group_id)
            ) or ReminderPolicyRow(group_id=group_id)
            for name, value in _columns(policy).items():
                setattr(row, name, value)
            row.updated_by, row.updated_at = by, at
            change = ReminderPolicyChangeRow(
                group_id=group_id,
                changed_by=by,
                changed_at=at,
                source_event_id=event_id,
                **_columns(policy),
            )
            session.add_all([row, change])
            touch_group(session, group_id)  # replies show the policy and the days it plans


def _columns(policy: ReminderPolicy) -> dict[str, Any]:
    # Sets are stored sorted, so equal policies are stored alike.
    return {
        "days_before": list(policy.days_before),
        "hour": policy.hour,
        "minute": policy.minute,
        "enabled": policy.enabled,
        "before_open": policy.before_open,
        "overdue": policy.overdue,
        "quiet_weekdays": sorted(policy.quiet_weekdays),
        "quiet_holidays": policy.quiet_holidays,
        "quiet_dates": sorted(d.isoformat() for d in policy.quiet_dates),
        "weekly_digest": policy.weekly_digest,
    }


def policy_of(row: ReminderPolicyRow) -> ReminderPolicy:
    """The policy a stored row holds."""
    return ReminderPolicy(
        days_before=tuple(row.days_before),
        hour=row.hour,
        minute=row.minute,
        enabled=row.enabled,
        before_open=row.before_open,
        overdue=row.overdue,
        quiet_weekdays=frozenset(row.quiet_weekdays),
        quiet_holidays=row.quiet_holidays,
        quiet_dates=frozenset(date.fromisoformat(d) for d in row.quiet_dates),
        weekly_digest=bool(row.weekly_digest),
    )
