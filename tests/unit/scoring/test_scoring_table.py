"""The scoring table: one entry per scoring method, each computed here by hand."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from kpi_core.models import (
    Indicator,
    Interpolation,
    Organisation,
    ScoringMethod,
    Submission,
    SubmissionKind,
    Tier,
    TierTarget,
    Unit,
)
from kpi_core.plan import load_plan
from kpi_core.scoring import PassFail, Score
from kpi_core.status_scoring import SCORERS, Measured, Scored

D = Decimal
TODAY = date(2025, 1, 28)
ORG = Organisation("กรมตัวอย่าง")
PLAN_FILE = Path(__file__).resolve().parents[3] / "data" / "plans" / "mol_pmqa_2568.json"


def _measure(indicator: Indicator, **fields: object) -> Scored:
    return SCORERS[indicator.method](Measured(ORG, indicator, TODAY, **fields))


def test_every_scoring_method_has_an_entry_in_the_table() -> None:
    assert set(SCORERS) == set(ScoringMethod)


def test_a_five_level_result_scores_its_level_plus_the_way_to_the_next() -> None:
    levels = tuple(D(n) for n in (60, 70, 80, 90, 100))
    indicator = Indicator("2", "เบิกจ่าย", ScoringMethod.FIVE_LEVEL, levels=levels)
    assert _measure(indicator, value=D("87.5")) == Scored(score=Score(D("3.75"), D(5)))


def test_a_five_level_indicator_without_a_result_has_no_score() -> None:
    levels = tuple(D(n) for n in (60, 70, 80, 90, 100))
    indicator = Indicator("2", "เบิกจ่าย", ScoringMethod.FIVE_LEVEL, levels=levels)
    assert _measure(indicator) == Scored()


def test_fixed_tiers_interpolated_linearly_score_between_basic_and_standard() -> None:
    tiers = (
        TierTarget(Tier.BASIC, "80", D(80)),
        TierTarget(Tier.STANDARD, "90", D(90)),
        TierTarget(Tier.ADVANCED, "100", D(100)),
    )
    indicator = Indicator(
        "3", "ความพึงพอใจ", ScoringMethod.OPDC_TIERS, tiers=tiers, interpolation=Interpolation.LINEAR
    )
    scored = _measure(indicator, value=D(85))
    # Basic reached (50), halfway to standard (75): 50 + 25 × 0.5.
    assert (scored.tier, scored.score) == (Tier.BASIC, Score(D("62.5"), D(100)))
    assert scored.group is None and scored.thresholds is not None


def test_pass_fail_scores_the_passed_share_of_the_judged_items() -> None:
    indicator = Indicator("4", "ประเด็น", ScoringMethod.PASS_FAIL)
    assert _measure(indicator, passed=PassFail(2, 3)).score == Score(D(2), D(3))
    assert _measure(indicator).score is None


def test_a_report_only_indicator_is_shown_but_never_scored() -> None:
    indicator = Indicator("5", "รายงาน", ScoringMethod.REPORT_ONLY)
    assert _measure(indicator, value=D(16), baseline=D(10)) == Scored()


def test_milestones_are_scored_by_the_milestone_view_of_their_steps() -> None:
    plan = load_plan(json.loads(PLAN_FILE.read_text("utf-8")))
    org = Organisation(plan.organisation.name, units=(Unit("กองกลาง"),))
    done = Submission(
        "1",
        SubmissionKind.STEP,
        unit="กองกลาง",
        step=1,
        done_on=date(2024, 11, 20),
        submitted_at=datetime(2024, 11, 20, tzinfo=UTC),
    )
    current = {done.slot(): done}
    scored = SCORERS[ScoringMethod.MILESTONES](
        Measured(org, plan.indicator, TODAY, current=current)
    )
    assert scored.milestones is not None
    assert [(p.unit, p.result.level) for p in scored.milestones.units] == [("กองกลาง", 1)]
    assert scored.score == Score(D(1), D(5))
    assert scored.value_unit == "ระดับ"
