"""The month's reminder forecast, as the scheduler last stored it with LINE's figures."""

from __future__ import annotations

from datetime import datetime

from bot.db.line_figures import SqlLineFigures
from bot.db.scope import Scope
from handlers.reminder_ports import Forecast

FORECAST = "forecast"  # the figure's name (``bot.reminders.month`` writes it)


class SqlReminderForecasts:
    """Reads the stored forecast for the chat and the CLI."""

    def __init__(self, scope: Scope) -> None:
        self._figures = SqlLineFigures(scope)

    def of_group(self, group_id: str) -> Forecast | None:
        """The forecast, with the group's share; ``None`` when none was made yet."""
        figure = self._figures.get([FORECAST]).get(FORECAST)
        if figure is None or not figure.detail:
            return None
        data = figure.detail
        pushes, cost, held = data.get("groups", {}).get(group_id, (0, 0, 0))
        return Forecast(
            computed_at=datetime.fromisoformat(data["computed_at"]),
            known=bool(data["known"]),
            limit=data["limit"],
            used=data["used"],
            margin=data["margin"],
            cost=data["cost"],
            held=data["held"],
            group_pushes=pushes,
            group_cost=cost,
            group_held=held,
        )
