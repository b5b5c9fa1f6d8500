"""Thai text understanding: normalising, extracting, segmenting and matching chat messages.

The rules live in the intent table (``handlers.registry``); ``matcher`` applies them. The
``resolve_*`` functions match the words of a slot against an organisation's data.
"""

from __future__ import annotations

from handlers.nlu.dimensions import DimensionStatement, resolve_dimensions, unknown_dimensions
from handlers.nlu.normalise import normalise, utf16_to_index
from handlers.nlu.resolve import (
    indicator_index,
    resolve_indicator,
    resolve_organisation,
    resolve_step,
    resolve_unit,
)

__all__ = [
    "DimensionStatement",
    "indicator_index",
    "normalise",
    "resolve_dimensions",
    "resolve_indicator",
    "resolve_organisation",
    "resolve_step",
    "resolve_unit",
    "unknown_dimensions",
    "utf16_to_index",
]
