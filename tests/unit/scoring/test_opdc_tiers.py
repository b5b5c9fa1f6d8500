"""OPDC tiers: 0 / 50 / 75 / 100, step or linear, higher or lower is better."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpi_core.models import Direction, Interpolation, Tier
from kpi_core.scoring.opdc import OpdcScore, opdc_score
from kpi_core.scoring.targets import Threshold, TierThresholds

D = Decimal
PMQA_380 = TierThresholds(Threshold(D(350)), Threshold(D(380)), Threshold(D(418)))
# Seed 002, budget transfers: a smaller number is better.
TRANSFERS = TierThresholds(Threshold(D(100)), Threshold(D(90)), Threshold(D(80)))


@pytest.mark.parametrize(
    ("result", "tier", "score"),
    [
        ("349.99", None, "0"),
        ("350", Tier.BASIC, "50"),
        ("379.99", Tier.BASIC, "50"),
        ("380", Tier.STANDARD, "75"),
        ("417.99", Tier.STANDARD, "75"),
        ("418", Tier.ADVANCED, "100"),
        ("500", Tier.ADVANCED, "100"),
    ],
)
def test_a_step_score_jumps_at_each_tier(result: str, tier: Tier | None, score: str) -> None:
    assert opdc_score(D(result), PMQA_380) == OpdcScore(tier, D(score))


@pytest.mark.parametrize(
    ("result", "score"),
    [
        ("300", "0"),
        ("350", "50"),
        ("365", "62.5"),
        ("380", "75"),
        ("399", "87.5"),
        ("418", "100"),
        ("480", "100"),
    ],
)
def test_a_linear_score_is_interpolated_between_tiers(result: str, score: str) -> None:
    scored = opdc_score(D(result), PMQA_380, interpolation=Interpolation.LINEAR)
    assert scored.score == D(score)


@pytest.mark.parametrize(
    ("result", "tier", "score"),
    [
        ("100.01", None, "0"),
        ("100", Tier.BASIC, "50"),
        ("90", Tier.STANDARD, "75"),
        ("80", Tier.ADVANCED, "100"),
        ("0", Tier.ADVANCED, "100"),
    ],
)
def test_when_lower_is_better_a_smaller_result_reaches_the_tier(
    result: str, tier: Tier | None, score: str
) -> None:
    assert opdc_score(D(result), TRANSFERS, direction=Direction.LOWER) == OpdcScore(tier, D(score))


@pytest.mark.parametrize(("result", "score"), [("105", "0"), ("95", "62.5"), ("85", "87.5")])
def test_linear_interpolation_mirrors_when_lower_is_better(result: str, score: str) -> None:
    scored = opdc_score(
        D(result), TRANSFERS, direction=Direction.LOWER, interpolation=Interpolation.LINEAR
    )
    assert scored.score == D(score)


def test_a_strict_advanced_tier_needs_more_than_the_baseline() -> None:
    group_3 = TierThresholds(Threshold(D(370)), Threshold(D(380)), Threshold(D(380), strict=True))
    assert opdc_score(D(380), group_3) == OpdcScore(Tier.STANDARD, D(75))
    assert opdc_score(D("380.01"), group_3) == OpdcScore(Tier.ADVANCED, D(100))


def test_a_linear_score_stays_at_a_tier_when_the_next_one_has_the_same_value() -> None:
    group_3 = TierThresholds(Threshold(D(370)), Threshold(D(380)), Threshold(D(380), strict=True))
    assert opdc_score(D(380), group_3, interpolation=Interpolation.LINEAR).score == D(75)


def test_a_missing_standard_tier_interpolates_from_basic_straight_to_advanced() -> None:
    thresholds = TierThresholds(Threshold(D(60)), None, Threshold(D(80)))
    assert opdc_score(D(70), thresholds) == OpdcScore(Tier.BASIC, D(50))
    assert opdc_score(D(70), thresholds, interpolation=Interpolation.LINEAR).score == D(75)


def test_a_missing_basic_tier_scores_nothing_below_standard() -> None:
    thresholds = TierThresholds(None, Threshold(D(70)), Threshold(D(80)))
    assert opdc_score(D(69), thresholds) == OpdcScore(None, D(0))
    assert opdc_score(D(70), thresholds) == OpdcScore(Tier.STANDARD, D(75))


def test_nothing_is_rounded() -> None:
    scored = opdc_score(D("389.76"), PMQA_380, interpolation=Interpolation.LINEAR)
    assert scored.score == D(75) + D(25) * (D("9.76") / D(38))
