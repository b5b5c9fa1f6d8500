"""Every scoring rule, pure: OPDC tiers, the 5-level scale, milestones, pass/fail, totals."""

from kpi_core.scoring.five_level import five_level_score
from kpi_core.scoring.milestones import (
    Deduction,
    DeductionReason,
    MilestoneResult,
    StepState,
    StepStatus,
    attendance_percent,
    milestone_score,
    next_deadline,
    plan_count_known,
    step_deductions,
    step_passed,
)
from kpi_core.scoring.opdc import OpdcScore, opdc_score, reaches
from kpi_core.scoring.pass_fail import PassFail, pass_fail
from kpi_core.scoring.targets import (
    Threshold,
    TierThresholds,
    evaluate_target,
    resolve_thresholds,
    select_group,
)
from kpi_core.scoring.totals import (
    PMQA_MAXIMUM,
    PmqaLevel,
    Score,
    WeightedTotal,
    pmqa_level,
    pmqa_level_ranges,
    weighted_total,
)

__all__ = [
    "PMQA_MAXIMUM",
    "Deduction",
    "DeductionReason",
    "MilestoneResult",
    "OpdcScore",
    "PassFail",
    "PmqaLevel",
    "Score",
    "StepState",
    "StepStatus",
    "Threshold",
    "TierThresholds",
    "WeightedTotal",
    "evaluate_target",
    "five_level_score",
    "milestone_score",
    "next_deadline",
    "opdc_score",
    "pass_fail",
    "pmqa_level",
    "pmqa_level_ranges",
    "reaches",
    "resolve_thresholds",
    "select_group",
    "step_passed",
    "attendance_percent",
    "plan_count_known",
    "step_deductions",
    "weighted_total",
]
