"""The LINE adapter: the only package that builds LINE messages and talks to LINE.

Its names are imported on first use: the SDK takes about a second to import, and the commands
that never talk to LINE (``pmqa ask``) should not pay for it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.line.gateway import Delivery, LineGateway, Outcome, Timeouts
    from bot.line.messages import to_json

_WHERE = {
    "Delivery": "bot.line.gateway",
    "LineGateway": "bot.line.gateway",
    "Outcome": "bot.line.gateway",
    "Timeouts": "bot.line.gateway",
    "to_json": "bot.line.messages",
}
__all__ = ["Delivery", "LineGateway", "Outcome", "Timeouts", "to_json"]


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module 'bot.line' has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)
