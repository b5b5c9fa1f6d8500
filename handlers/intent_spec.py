"""An intent declared once: its type, the handler that answers it, the rules that read it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from handlers.context import Context
from handlers.nlu.matcher import Rule
from handlers.replies import Reply


@dataclass(frozen=True)
class IntentSpec:
    """One row of the intent table (``handlers.registry``); rules are empty for intents that
    only buttons or the conversation's state produce."""

    intent: type
    handle: Callable[[Any, Context], Reply]
    rules: tuple[Rule, ...] = ()
