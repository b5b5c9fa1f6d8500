"""Plain-text tables for the terminal, aligned by the columns Thai text really takes."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# Thai vowel and tone marks sit above or below a letter and take no column.
_ZERO_WIDTH = {"Mn", "Me", "Cf"}


def width(text: str) -> int:
    """Terminal columns ``text`` takes."""
    return sum(unicodedata.category(ch) not in _ZERO_WIDTH for ch in text)


def table(rows: Sequence[Sequence[str]]) -> str:
    """``rows`` (the first is the header) in columns two spaces apart, no trailing spaces."""
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = (
        "  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=True))
        for row in rows
    )
    return "\n".join(line.rstrip() for line in lines)
