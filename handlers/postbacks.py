"""Button data: a typed, versioned codec, the only way a postback becomes an intent.

A button's data is ``v1:`` and a compact JSON object naming the intent (``"t"``) with its
fields. Typed text never goes through here, so no message can pretend to be a button, and
nothing but this module reads or writes the format.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from handlers.intents import (
    Cancel,
    ChooseIndicator,
    Confirm,
    History,
    IndicatorQuery,
    MarkStep,
    PostponeReminder,
    RegisterUnit,
    Status,
    StepDetails,
    SubmitBaseline,
    SubmitValue,
)
from kpi_core.codec import from_data, to_data

VERSION = "v1:"
MAX_LENGTH = 300  # LINE's limit on postback data
_BUTTONS = (
    Confirm,
    Cancel,
    ChooseIndicator,
    IndicatorQuery,
    SubmitValue,
    SubmitBaseline,
    History,
    Status,
    RegisterUnit,  # the units offered to a newcomer who asked to register without naming one
)
_REMINDER_BUTTONS = (MarkStep, StepDetails, PostponeReminder)  # on reminder cards
_TYPES: dict[str, type] = {cls.__name__: cls for cls in (*_BUTTONS, *_REMINDER_BUTTONS)}
ButtonIntent = (
    Confirm
    | Cancel
    | ChooseIndicator
    | IndicatorQuery
    | SubmitValue
    | SubmitBaseline
    | History
    | Status
    | RegisterUnit
    | MarkStep
    | StepDetails
    | PostponeReminder
)


def encode(intent: ButtonIntent) -> str:
    """The data of a button that, when pressed, means ``intent``."""
    data = VERSION + json.dumps(_tagged(intent), ensure_ascii=False, separators=(",", ":"))
    if len(data) > MAX_LENGTH:
        raise ValueError(f"button data of {len(data)} characters is over LINE's {MAX_LENGTH}")
    return data


def decode(data: str) -> ButtonIntent | None:
    """The intent a button's data means; ``None`` for data this version did not write."""
    if not data.startswith(VERSION):
        return None
    try:
        return _untagged(json.loads(data[len(VERSION) :]))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _tagged(intent: Any) -> dict[str, Any]:
    fields = {
        f.name: _tagged(value) if f.name == "then" else to_data(value)
        for f in dataclasses.fields(intent)
        if (value := getattr(intent, f.name)) != f.default
    }
    return {"t": type(intent).__name__, **fields}


def _untagged(data: dict[str, Any]) -> Any:
    cls = _TYPES[data["t"]]
    if "then" not in data:
        return from_data(cls, data)
    return from_data(cls, data, then=_untagged(data["then"]))
