"""Status of plan indicators whose scoring options come from the plan file, worked by hand."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kpi_core.models import Organisation, Submission, SubmissionKind, Tier
from kpi_core.plan import load_plan, merge_plan
from kpi_core.scoring import Score
from kpi_core.status import IndicatorStatus, build_status

D = Decimal
PLANS = Path(__file__).resolve().parent / "scoring" / "plans"
TODAY = date(2025, 1, 28)


def _plan_data(name: str) -> dict[str, Any]:
    return json.loads((PLANS / name).read_text("utf-8"))


def _value(code: str, value: str) -> Submission:
    return Submission(
        code,
        SubmissionKind.VALUE,
        value=D(value),
        id=int(code),
        submitted_at=datetime(2025, 1, 27, 3, tzinfo=UTC),
    )


def _status(data: dict[str, Any], value: str) -> IndicatorStatus:
    plan = load_plan(data)
    org = plan.organisation
    [status] = build_status(org, [_value(plan.indicator.code, value)], today=TODAY).indicators
    return status


@pytest.mark.parametrize(
    ("value", "score"),
    [
        ("87.5", "3.75"),  # level 3 (80) and 7.5 of the 10 to level 4
        ("60", "1"),
        ("100", "5"),
        ("120", "5"),
        ("55", "0.5"),  # below level 1: the plan's below_level_one
    ],
)
def test_a_five_level_plan_indicator_scores_on_the_levels_of_its_file(value, score) -> None:
    status = _status(_plan_data("five_level_disbursement.json"), value)
    assert status.score == Score(D(score), D(5))
    assert (status.value, status.value_unit, status.tier) == (D(value), "ร้อยละ", None)


@pytest.mark.parametrize(("value", "score"), [("45", "1.5"), ("20", "4"), ("5", "5"), ("51", "0")])
def test_a_lower_is_better_five_level_indicator_mirrors_the_scale(value, score) -> None:
    data = _plan_data("five_level_disbursement.json")
    data["indicator"].update(direction="lower", levels=[50, 40, 30, 20, 10], below_level_one=0)
    assert _status(data, value).score == Score(D(score), D(5))


@pytest.mark.parametrize(
    ("value", "tier", "score"),
    [
        ("101", None, "0"),
        ("100", Tier.BASIC, "50"),
        ("95", Tier.BASIC, "62.5"),  # halfway from basic (100) to standard (90): 50 + 25 × 0.5
        ("88", Tier.STANDARD, "80"),  # a fifth of the way to advanced (80): 75 + 25 × 0.2
        ("80", Tier.ADVANCED, "100"),
        ("70", Tier.ADVANCED, "100"),
    ],
)
def test_fixed_lower_is_better_tiers_interpolate_linearly(value, tier, score) -> None:
    status = _status(_plan_data("opdc_transfers.json"), value)
    assert (status.tier, status.score) == (tier, Score(D(score), D(100)))


def test_fixed_tiers_without_interpolation_jump_at_each_tier() -> None:
    data = _plan_data("opdc_transfers.json")
    del data["indicator"]["interpolation"]
    status = _status(data, "95")
    assert (status.tier, status.score) == (Tier.BASIC, Score(D(50), D(100)))
    thresholds = status.thresholds
    assert thresholds is not None
    values = (thresholds.basic.value, thresholds.standard.value, thresholds.advanced.value)
    assert values == (D(100), D(90), D(80))


def test_the_weighted_total_counts_each_plan_indicator_by_its_weight() -> None:
    five_level = load_plan(_plan_data("five_level_disbursement.json"))
    transfers = load_plan(_plan_data("opdc_transfers.json"))
    org: Organisation = merge_plan(five_level.organisation, transfers)
    rows = [_value("2", "87.5"), _value("3", "95")]
    total = build_status(org, rows, today=TODAY).total
    # (3 × 75 % + 1 × 62.5 %) / (3 + 1): 3.75 of 5 is 75 %, 62.5 of 100 is 62.5 %.
    assert total.percent == D("71.875")
    assert (total.reported_weight, total.total_weight) == (D(4), D(4))
