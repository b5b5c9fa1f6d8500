"""The 5-level scale: thresholds t1..t5, score L + (r − t_L)/(t_{L+1} − t_L) within 1..5."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from kpi_core.models import Direction

LEVELS = 5


def improving(values: Sequence[Decimal], direction: Direction, *, strict: bool = True) -> bool:
    """Whether each value is better than the one before it (or as good, when not ``strict``)."""
    pairs = zip(values, values[1:], strict=False)
    if direction is Direction.LOWER:
        return all(a > b or (not strict and a == b) for a, b in pairs)
    return all(a < b or (not strict and a == b) for a, b in pairs)


def _validate(thresholds: Sequence[Decimal], direction: Direction) -> None:
    """Refuse anything but five thresholds strictly improving in the indicator's direction."""
    if len(thresholds) != LEVELS:
        raise ValueError(f"a 5-level scale needs 5 thresholds, got {len(thresholds)}")
    if not improving(thresholds, direction):
        word = "decreasing" if direction is Direction.LOWER else "increasing"
        raise ValueError(f"5-level thresholds must be strictly {word}: {list(thresholds)}")


def five_level_score(
    result: Decimal,
    thresholds: Sequence[Decimal],
    *,
    direction: Direction = Direction.HIGHER,
    below_level_one: Decimal = Decimal(0),
) -> Decimal:
    """Score ``result`` on the 5-level scale; ``below_level_one`` when it misses t1."""
    _validate(thresholds, direction)

    def reached(threshold: Decimal) -> bool:
        return result <= threshold if direction is Direction.LOWER else result >= threshold

    levels = [number for number, t in enumerate(thresholds, start=1) if reached(t)]
    if not levels:
        return below_level_one
    level = levels[-1]
    if level == LEVELS:
        return Decimal(LEVELS)
    low, high = thresholds[level - 1], thresholds[level]
    # The ratio is positive both ways: numerator and denominator flip sign together.
    return Decimal(level) + (result - low) / (high - low)
