"""Postponed reminders: a coordinator's "เลื่อนเตือน 1 วัน", kept with who, when and the event."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date, datetime

from sqlalchemy import select

from bot.db.organisations import touch_group, utc
from bot.db.reminder_rows import among
from bot.db.scope import Scope
from bot.db.tables import ReminderPostponementRow

# group id -> indicator code -> step -> the days postponed, oldest postponement first
Postponements = dict[str, dict[str, dict[int, tuple[date, ...]]]]


class SqlReminderPostponements:
    """Postponements in the SQL database; rows are only ever added."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def postpone(
        self,
        group_id: str,
        indicator_code: str,
        step: int,
        day: date,
        *,
        by: str,
        at: datetime,
        event_id: str | None = None,
    ) -> None:
        """Move the group's send of the step planned on ``day`` to the next day."""
        with self._scope.write() as session:
            session.add(
                ReminderPostponementRow(
                    group_id=group_id,
                    indicator_code=indicator_code,
                    step=step,
                    day=day,
                    postponed_by=by,
                    postponed_at=utc(at),
                    source_event_id=event_id,
                )
            )
            touch_group(session, group_id)  # the group's reminder days moved

    def of_group(self, group_id: str) -> dict[str, dict[int, tuple[date, ...]]]:
        """The group's postponed days by indicator and step, oldest first."""
        return self.of_groups([group_id]).get(group_id, {})

    def of_groups(self, group_ids: Collection[str]) -> Postponements:
        """The postponed days of every group among ``group_ids``, in one query."""
        found: dict[str, dict[str, dict[int, list[date]]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(list))
        )
        with self._scope.read() as session:
            rows = session.execute(
                select(
                    ReminderPostponementRow.group_id,
                    ReminderPostponementRow.indicator_code,
                    ReminderPostponementRow.step,
                    ReminderPostponementRow.day,
                )
                .where(among(session, ReminderPostponementRow.group_id, group_ids))
                .order_by(ReminderPostponementRow.id)
            )
            for group_id, code, step, day in rows:
                found[group_id][code][step].append(day)
        return {
            group: {code: _frozen(steps) for code, steps in codes.items()}
            for group, codes in found.items()
        }


def _frozen(steps: dict[int, list[date]]) -> dict[int, tuple[date, ...]]:
    return {step: tuple(days) for step, days in steps.items()}
