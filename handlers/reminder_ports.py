"""What reminders need from the adapters beyond storage: postponements, the quota forecast,
and reminders that ride on a free reply instead of a push; ``bot`` implements them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from handlers.replies import Reply


class ReminderPostponements(Protocol):
    """A coordinator's "เลื่อนเตือน 1 วัน", per group, indicator and step."""

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
        """Move the group's send of the step planned on ``day`` to the next day (logged)."""
        ...

    def of_group(self, group_id: str) -> dict[str, dict[int, tuple[date, ...]]]:
        """The group's postponed days by indicator and step, oldest first."""
        ...


@dataclass(frozen=True)
class Forecast:
    """The month's quota forecast as the scheduler last planned it (all groups, and one)."""

    computed_at: datetime
    known: bool  # whether LINE's quota and consumption were known
    limit: int | None  # the channel's monthly quota (None: no limit)
    used: int  # messages counted so far this month
    margin: int  # kept free for answers that must be pushed
    cost: int  # what the plan will still spend this month, all groups
    held: int  # sends held back this month, all groups
    group_pushes: int  # pushes planned for the group asked about
    group_cost: int
    group_held: int


class ReminderForecasts(Protocol):
    """The latest forecast of the month's reminders."""

    def of_group(self, group_id: str) -> Forecast | None:
        """The forecast, with the group's share; ``None`` when none was made yet."""
        ...


class NoForecasts:
    """No forecast is known (no scheduler has planned the month with LINE's figures)."""

    def of_group(self, group_id: str) -> Forecast | None:
        """Nothing known."""
        return None


class DueReminders(Protocol):
    """Reminders due today that a free reply to the group can carry instead of a push."""

    def claim_for_reply(
        self, chat_id: str, *, now: datetime, event_id: str | None, room: int
    ) -> Reply | None:
        """Claim the group's reminders due today for this reply and return their messages
        (at most ``room``); ``None`` when there are none or they do not fit."""
        ...


class NoDueReminders:
    """No reminders ride on replies (the CLI, and chats that are not LINE groups)."""

    def claim_for_reply(
        self, chat_id: str, *, now: datetime, event_id: str | None, room: int
    ) -> Reply | None:
        """Nothing to carry."""
        return None
