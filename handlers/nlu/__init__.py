"""Thai text understanding: a chat message (or postback data) in, one intent with its slots out.

Call :func:`warm_up` once per process (gunicorn: before forking) so that no message pays for
loading the dictionary; then :func:`understand` reads each message, and the ``resolve_*``
functions match the words of its slots against an organisation's data.
"""

from __future__ import annotations

import time
from datetime import date

from handlers.nlu import tokenize
from handlers.nlu.dimensions import DimensionStatement, resolve_dimensions, unknown_dimensions
from handlers.nlu.normalise import normalise, utf16_to_index
from handlers.nlu.resolve import (
    indicator_index,
    resolve_indicator,
    resolve_organisation,
    resolve_step,
    resolve_unit,
)
from handlers.nlu.understand import Understanding, understand

__all__ = [
    "DimensionStatement",
    "Understanding",
    "indicator_index",
    "normalise",
    "resolve_dimensions",
    "resolve_indicator",
    "resolve_organisation",
    "resolve_step",
    "resolve_unit",
    "understand",
    "unknown_dimensions",
    "utf16_to_index",
    "warm_up",
]


def warm_up() -> float:
    """Load the dictionary, its trie and the corpus counts, and read one message; seconds taken."""
    start = time.perf_counter()
    tokenize.warm_up()
    understand("ตัวชี้วัดขยะได้เท่าไหร่นะคะ", today=date(2025, 1, 1))
    return time.perf_counter() - start
