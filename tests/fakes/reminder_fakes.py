"""Fakes of the reminder ports beyond storage: postponements, the forecast, riding reminders."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from handlers.reminder_ports import Forecast
from handlers.replies import Reply
from tests.fakes.storage import utc


@dataclass(frozen=True)
class Postponement:
    """One "เลื่อนเตือน 1 วัน" as stored, with who, when and the event."""

    group_id: str
    indicator_code: str
    step: int
    day: date
    by: str
    at: datetime
    event_id: str | None


class FakeReminderPostponements:
    """Postponements in a list, oldest first."""

    def __init__(self) -> None:
        self.stored: list[Postponement] = []

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
        self.stored.append(Postponement(group_id, indicator_code, step, day, by, utc(at), event_id))

    def of_group(self, group_id: str) -> dict[str, dict[int, tuple[date, ...]]]:
        """The group's postponed days by indicator and step, oldest first."""
        found: dict[str, dict[int, list[date]]] = defaultdict(lambda: defaultdict(list))
        for p in self.stored:
            if p.group_id == group_id:
                found[p.indicator_code][p.step].append(p.day)
        return {
            code: {s: tuple(days) for s, days in steps.items()} for code, steps in found.items()
        }


class FakeReminderForecasts:
    """A forecast a test sets (``None`` until then), the same for every group."""

    def __init__(self) -> None:
        self.forecast: Forecast | None = None

    def of_group(self, group_id: str) -> Forecast | None:
        """The forecast set by the test."""
        return self.forecast


class FakeDueReminders:
    """Reminders a test makes due for a group; a reply takes them once."""

    def __init__(self) -> None:
        self.due: dict[str, Reply] = {}
        self.taken: list[tuple[str, str | None]] = []  # (group, event) of each claim

    def claim_for_reply(
        self, chat_id: str, *, now: datetime, event_id: str | None, room: int
    ) -> Reply | None:
        """The group's due reminders, once, when they fit in ``room`` messages."""
        reply = self.due.get(chat_id)
        if reply is None or len(reply.messages) > room:
            return None
        del self.due[chat_id]
        self.taken.append((chat_id, event_id))
        return reply
