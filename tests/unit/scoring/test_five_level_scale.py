"""The 5-level scale: interpolated between thresholds, within 1..5."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpi_core.models import Direction
from kpi_core.scoring.five_level import five_level_score

D = Decimal
RISING = [D(60), D(70), D(80), D(90), D(100)]
FALLING = [D(50), D(40), D(30), D(20), D(10)]


@pytest.mark.parametrize(
    ("result", "score"),
    [
        ("59.99", "0"),
        ("60", "1"),
        ("65", "1.5"),
        ("70", "2"),
        ("87.5", "3.75"),
        ("99.99", "4.999"),
        ("100", "5"),
        ("150", "5"),
    ],
)
def test_a_result_scores_its_level_plus_the_way_to_the_next(result: str, score: str) -> None:
    assert five_level_score(D(result), RISING) == D(score)


@pytest.mark.parametrize(
    ("result", "score"),
    [("50.01", "0"), ("50", "1"), ("45", "1.5"), ("20", "4"), ("10", "5"), ("0", "5")],
)
def test_when_lower_is_better_the_scale_is_mirrored(result: str, score: str) -> None:
    assert five_level_score(D(result), FALLING, direction=Direction.LOWER) == D(score)


def test_the_score_below_level_one_is_configurable() -> None:
    assert five_level_score(D(10), RISING, below_level_one=D(1)) == D(1)


@pytest.mark.parametrize(
    ("thresholds", "direction"),
    [
        (RISING[:4], Direction.HIGHER),
        ([*RISING, D(110)], Direction.HIGHER),
        ([D(60), D(70), D(70), D(90), D(100)], Direction.HIGHER),
        (FALLING, Direction.HIGHER),
        (RISING, Direction.LOWER),
    ],
)
def test_thresholds_that_are_not_five_or_not_in_order_are_refused(
    thresholds: list[Decimal], direction: Direction
) -> None:
    with pytest.raises(ValueError):
        five_level_score(D(75), thresholds, direction=direction)
