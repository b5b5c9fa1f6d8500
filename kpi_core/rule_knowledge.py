"""What a plan's rules say, as facts read from the loaded plan (never hand-written answers).

Each function answers one kind of rule question over an :class:`Indicator` loaded from
``data/plans``: which steps a round or a level needs, what each deduction costs and where it
applies, which channel a step takes, what a form is, and why a unit has its score (from the
result the scoring already computed).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kpi_core.models import DeductionRules, Indicator, MilestoneStep, PlanForm
from kpi_core.scoring.milestones import Deduction, MilestoneResult, StepState


class DeductionKind(StrEnum):
    """The plan's deduction rules, each charged per step, per dimension or per indicator."""

    MISSING_DOCUMENTS = "missing_documents"
    WRONG_CHANNEL = "wrong_channel"
    LATE_OR_INCOMPLETE = "late_or_incomplete"
    MISSING_DIMENSION = "missing_dimension"
    UNMET_PLAN_INDICATOR = "unmet_plan_indicator"


@dataclass(frozen=True)
class DeductionRule:
    """One deduction rule: its points, what it is charged per, and the steps it applies to."""

    kind: DeductionKind
    points: Decimal
    per: str  # "step", "dimension" or "indicator"
    steps: tuple[int, ...]


@dataclass(frozen=True)
class ChannelFact:
    """How a step is sent, and whether a named channel is the one the plan requires."""

    step: MilestoneStep
    required: str  # "" when the plan names no channel for the step
    allowed: bool | None  # None: no channel named, or none required
    penalty: Decimal


@dataclass(frozen=True)
class ScoreReason:
    """Why a unit has its score: the level its steps earned, minus each deduction."""

    level: int
    score: Decimal
    passed_steps: tuple[int, ...]
    deductions: tuple[Deduction, ...]
    blocking_step: MilestoneStep | None  # the first step not passed, which caps the level


@dataclass(frozen=True)
class PercentRule:
    """A percentage a step must reach, and the points each shortfall costs (if it costs any)."""

    step: MilestoneStep
    percent: Decimal
    points_per_indicator: Decimal | None = None


def percent_rules(indicator: Indicator) -> tuple[PercentRule, ...]:
    """The plan's percentage rules: a step's minimum (attendance), the share of met targets."""
    rules = indicator.deductions or DeductionRules()
    found = []
    for step in indicator.steps:
        if step.min_percent is not None:
            found.append(PercentRule(step, step.min_percent))
        if step.plan_results:
            found.append(PercentRule(step, rules.plan_target_percent, rules.unmet_plan_indicator))
    return tuple(found)


def deduction_rules(indicator: Indicator) -> tuple[DeductionRule, ...]:
    """Every deduction that can apply to ``indicator``, with the steps it applies to."""
    rules = indicator.deductions or DeductionRules()
    steps = indicator.steps

    def where(flag: str) -> tuple[int, ...]:
        return tuple(s.number for s in steps if getattr(s, flag))

    found = (
        DeductionRule(
            DeductionKind.MISSING_DOCUMENTS, rules.missing_documents, "step",
            where("needs_documents"),
        ),
        DeductionRule(DeductionKind.WRONG_CHANNEL, rules.wrong_channel, "step", where("channel")),
        DeductionRule(
            DeductionKind.LATE_OR_INCOMPLETE, rules.late_or_incomplete, "step",
            tuple(s.number for s in steps if s.window.due is not None),
        ),
        DeductionRule(
            DeductionKind.MISSING_DIMENSION, rules.missing_dimension, "dimension",
            where("needs_dimensions"),
        ),
        DeductionRule(
            DeductionKind.UNMET_PLAN_INDICATOR, rules.unmet_plan_indicator, "indicator",
            where("plan_results"),
        ),
    )  # fmt: skip
    return tuple(rule for rule in found if rule.steps and rule.points)


def steps_of_round(indicator: Indicator, round_number: int) -> tuple[MilestoneStep, ...]:
    """The steps assessed in one round (``รอบที่ 1``), in order."""
    return tuple(s for s in indicator.steps if s.round == round_number)


def rounds(indicator: Indicator) -> tuple[int, ...]:
    """The indicator's round numbers, in order."""
    return tuple(sorted({s.round for s in indicator.steps}))


def steps_for_level(indicator: Indicator, level: int) -> tuple[MilestoneStep, ...]:
    """The steps a level needs: every step from 1 up to ``level``, each passed in turn."""
    wanted = max(0, min(level, indicator.max_level))
    return tuple(sorted(indicator.steps, key=lambda s: s.number)[:wanted])


def channel_fact(step: MilestoneStep, indicator: Indicator, channel: str = "") -> ChannelFact:
    """How ``step`` is sent, and whether ``channel`` (when named) is allowed."""
    rules = indicator.deductions or DeductionRules()
    allowed = None
    if channel and step.channel:
        allowed = _key(channel) == _key(step.channel)
    return ChannelFact(step, step.channel, allowed, rules.wrong_channel)


def form(indicator: Indicator, number: int) -> PlanForm | None:
    """The plan's form with this number, if any."""
    return next((f for f in indicator.forms if f.number == number), None)


def steps_with_form(indicator: Indicator, number: int) -> tuple[MilestoneStep, ...]:
    """The steps that send form ``number``."""
    return tuple(s for s in indicator.steps if number in s.forms)


def score_reason(indicator: Indicator, result: MilestoneResult) -> ScoreReason:
    """Why a unit's result is what it is: steps passed, deductions, and what caps the level."""
    passed = tuple(s.number for s in result.steps[: result.level])
    blocking = None
    if result.level < len(indicator.steps):
        blocking = sorted(indicator.steps, key=lambda s: s.number)[result.level]
    return ScoreReason(result.level, result.score, passed, result.deductions, blocking)


def step_is_failed(result: MilestoneResult, number: int) -> bool:
    """Whether the unit recorded step ``number`` but it did not pass (below its minimum)."""
    return any(s.number == number and s.state is StepState.FAILED for s in result.steps)


def _key(channel: str) -> str:
    return "".join(c for c in channel.casefold() if c.isalnum())
