"""Display helpers every presenter shares: numbers, scores and shortened ids."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from kpi_core.models import Indicator
from kpi_core.scoring import Score


def number(value: Decimal, places: int | None = None) -> str:
    """A decimal with thousands separators; ``places`` rounds half up for display only."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{value:,}"


def plain(value: Decimal) -> Decimal:
    """The decimal without trailing zeros and without exponent notation (``418.0`` -> ``418``)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def score_text(score: Score) -> str:
    """``75.00/100`` or ``2.95/5``."""
    return f"{number(score.value, 2)}/{number(score.maximum)}"


def short_id(identifier: str | None) -> str:
    """A LINE id or token shortened for logs and screens: enough to recognise, not to misuse."""
    return f"{identifier[:8]}…" if identifier else "-"


def unknown_step(words: str, indicators: Iterable[Indicator], example: str = "") -> str:
    """The answer to a step that was not found: which one was meant, with the steps there are.

    With no step words at all the sender is asked which step, never told that the empty name
    was not found: "ส่งขั้นตอนไหนครับ" with the ``example`` of a step said done ("ส่งแล้วครับ"),
    "ขั้นตอนไหนครับ" for anything else."""
    if words.strip():
        head = f"ไม่พบขั้นตอน '{words}' ครับ"
    elif example:
        head = f"ส่งขั้นตอนไหนครับ พิมพ์เช่น '{example}'"
    else:
        head = "ขั้นตอนไหนครับ"
    steps = "\n".join(f"{s.number}. {s.name}" for i in indicators for s in i.steps)
    return head + (f"\nขั้นตอนที่มี:\n{steps}" if steps else "")
