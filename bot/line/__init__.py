"""The LINE adapter: the only package that builds LINE messages and talks to LINE."""

from bot.line.gateway import Delivery, LineGateway, Outcome, Timeouts
from bot.line.messages import to_json

__all__ = ["Delivery", "LineGateway", "Outcome", "Timeouts", "to_json"]
