"""Display helpers every presenter shares: numbers, scores and shortened ids."""

from __future__ import annotations


def short_id(identifier: str | None) -> str:
    """A LINE id or token shortened for logs and screens: enough to recognise, not to misuse."""
    return f"{identifier[:8]}…" if identifier else "-"
