"""The scoring table: one function per scoring method, from what was measured to score fields.

Adding a scoring method is one :class:`~kpi_core.models.ScoringMethod` member, one function
``(Measured) -> Scored`` here and one entry in :data:`SCORERS`; a unit test checks every
method has its entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from types import MappingProxyType

from kpi_core.ledger import Slot
from kpi_core.models import (
    CriteriaGroup,
    Indicator,
    Organisation,
    ScoringMethod,
    Submission,
    Tier,
)
from kpi_core.scoring import (
    PassFail,
    PmqaLevel,
    Score,
    TierThresholds,
    five_level_score,
    opdc_score,
    pmqa_level,
    resolve_thresholds,
    select_group,
)
from kpi_core.status_milestones import MilestoneView, milestone_view

TIER_MAXIMUM = Decimal(100)
LEVEL_MAXIMUM = Decimal(5)


@dataclass(frozen=True)
class Measured:
    """What scoring may read of one indicator on the day asked about."""

    organisation: Organisation
    indicator: Indicator
    today: date
    value: Decimal | None = None
    passed: PassFail | None = None
    baseline: Decimal | None = None
    basis: Decimal | None = None  # selects the criteria group; the baseline unless stated
    unit: str | None = None  # None: the organisation as a whole
    current: Mapping[Slot, Submission] = field(default_factory=dict)  # read by step methods


@dataclass(frozen=True)
class Scored:
    """The status fields a scoring method fills in; ``None`` where it has nothing to say."""

    score: Score | None = None
    tier: Tier | None = None
    group: CriteriaGroup | None = None
    thresholds: TierThresholds | None = None
    pmqa_level: PmqaLevel | None = None
    milestones: MilestoneView | None = None
    value_unit: str | None = None  # replaces the indicator's unit when the method says so


Scorer = Callable[[Measured], Scored]


def score_opdc_tiers(m: Measured) -> Scored:
    """OPDC tiers: the group the basis selects, its thresholds, the tier reached, out of 100."""
    indicator, agency = m.indicator, m.organisation.name
    group = select_group(indicator.criteria_groups, basis=m.basis, agency=agency)
    thresholds = resolve_thresholds(indicator, basis=m.basis, baseline=m.baseline, agency=agency)
    found = Scored(group=group, thresholds=thresholds)
    if m.value is None or thresholds is None:
        return found
    scored = opdc_score(
        m.value, thresholds, direction=indicator.direction, interpolation=indicator.interpolation
    )
    return replace(found, tier=scored.tier, score=Score(scored.score, TIER_MAXIMUM))


def score_five_level(m: Measured) -> Scored:
    """The 5-level scale: the level reached plus the way to the next, out of 5."""
    indicator = m.indicator
    if m.value is None or not indicator.levels:
        return Scored()
    value = five_level_score(
        m.value,
        indicator.levels,
        direction=indicator.direction,
        below_level_one=indicator.below_level_one,
    )
    return Scored(score=Score(value, LEVEL_MAXIMUM))


def score_milestones(m: Measured) -> Scored:
    """Success level: every unit's steps through the milestone view, scored by their mean."""
    view = milestone_view(m.organisation, m.indicator, m.current, today=m.today, unit=m.unit)
    return Scored(score=view.score, milestones=view, value_unit="ระดับ")


def score_pass_fail(m: Measured) -> Scored:
    """Pass/fail items: passed of judged, once any item is judged."""
    return Scored(score=None if m.passed is None else m.passed.score)


def score_report_only(m: Measured) -> Scored:
    """A reported value with no targets: shown, never scored."""
    return Scored()


SCORERS: Mapping[ScoringMethod, Scorer] = MappingProxyType(
    {
        ScoringMethod.OPDC_TIERS: score_opdc_tiers,
        ScoringMethod.FIVE_LEVEL: score_five_level,
        ScoringMethod.MILESTONES: score_milestones,
        ScoringMethod.PASS_FAIL: score_pass_fail,
        ScoringMethod.REPORT_ONLY: score_report_only,
    }
)


def is_pmqa_score(indicator: Indicator) -> bool:
    """Whether the indicator is an organisation's 500-point PMQA 4.0 score (by any method)."""
    if indicator.method is ScoringMethod.MILESTONES:
        return False
    named = "PMQA" in indicator.title.upper() or any(
        k.upper().startswith("PMQA") for k in indicator.keywords
    )
    return named and indicator.unit in ("", "คะแนน")


def pmqa_level_of(indicator: Indicator, value: Decimal | None) -> PmqaLevel | None:
    """The PMQA 4.0 level of a 500-point PMQA score (389.76 -> Basic); None for other values."""
    if not is_pmqa_score(indicator) or value is None or not Decimal(0) <= value <= Decimal(500):
        return None
    return pmqa_level(value)
