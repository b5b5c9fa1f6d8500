"""OPDC tier scoring: below basic 0, basic 50, standard 75, advanced 100 (step or linear)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kpi_core.models import TIER_SCORES, Direction, Interpolation, Tier
from kpi_core.scoring.targets import Threshold, TierThresholds

_ZERO = Decimal(0)


@dataclass(frozen=True)
class OpdcScore:
    """The highest tier a result reaches (``None`` below every tier) and its score out of 100."""

    tier: Tier | None
    score: Decimal


def reaches(result: Decimal, threshold: Threshold, direction: Direction = Direction.HIGHER) -> bool:
    """Whether ``result`` meets ``threshold``, going beyond it when the threshold is strict."""
    if direction is Direction.LOWER:
        return result < threshold.value if threshold.strict else result <= threshold.value
    return result > threshold.value if threshold.strict else result >= threshold.value


def _present(thresholds: TierThresholds) -> list[tuple[Tier, Threshold]]:
    """The tiers that have a threshold, lowest first; a missing tier is simply not a step."""
    found = {
        Tier.BASIC: thresholds.basic,
        Tier.STANDARD: thresholds.standard,
        Tier.ADVANCED: thresholds.advanced,
    }
    return [(tier, threshold) for tier, threshold in found.items() if threshold is not None]


def opdc_score(
    result: Decimal,
    thresholds: TierThresholds,
    *,
    direction: Direction = Direction.HIGHER,
    interpolation: Interpolation = Interpolation.STEP,
) -> OpdcScore:
    """Score a result against the three tiers; ``linear`` interpolates between reached tiers."""
    tiers = _present(thresholds)
    reached = [i for i, (_, threshold) in enumerate(tiers) if reaches(result, threshold, direction)]
    if not reached:
        return OpdcScore(None, _ZERO)
    index = reached[-1]
    tier, threshold = tiers[index]
    score = TIER_SCORES[tier]
    if interpolation is Interpolation.LINEAR and index + 1 < len(tiers):
        upper_tier, upper = tiers[index + 1]
        span = upper.value - threshold.value
        # ``(r − low)/(high − low)`` reads the same whichever way is better, so LOWER mirrors.
        fraction = (result - threshold.value) / span if span else _ZERO
        fraction = min(max(fraction, _ZERO), Decimal(1))
        score += (TIER_SCORES[upper_tier] - score) * fraction
    return OpdcScore(tier, score)
