"""The seed-003 plan indicator as a data file, loaded into the domain model."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kpi_core.codec import from_data, to_data
from kpi_core.models import Indicator, Organisation, ScoringMethod, Unit
from kpi_core.plan import PlanFormatError, load_plan, merge_plan

PLAN_FILE = Path(__file__).resolve().parents[2] / "data" / "plans" / "mol_pmqa_2568.json"


@pytest.fixture(scope="module")
def plan_data() -> dict:
    return json.loads(PLAN_FILE.read_text(encoding="utf-8"))


def test_the_plan_belongs_to_the_office_of_the_permanent_secretary_of_labour(plan_data) -> None:
    plan = load_plan(plan_data)
    assert plan.organisation.name == "สำนักงานปลัดกระทรวงแรงงาน"
    assert plan.organisation.short_name == "สป.รง."
    assert plan.indicator.method is ScoringMethod.MILESTONES
    assert plan.indicator.fiscal_year == 2568


@pytest.mark.parametrize(
    ("step", "opens", "due", "round_"),
    [
        (1, None, date(2024, 11, 29), 1),
        (2, date(2024, 12, 20), None, 1),
        (3, date(2025, 1, 17), date(2025, 1, 31), 1),
        (4, date(2025, 9, 15), date(2025, 9, 24), 2),
        (5, None, date(2025, 9, 30), 2),
    ],
)
def test_each_step_has_the_window_and_round_of_the_briefing(plan_data, step, opens, due, round_):
    milestone = load_plan(plan_data).indicator.step(step)
    assert milestone is not None
    assert (milestone.window.opens, milestone.window.due, milestone.round) == (opens, due, round_)


def test_the_steps_carry_the_rules_that_cost_points(plan_data) -> None:
    indicator = load_plan(plan_data).indicator
    assert indicator.step(2).min_percent == Decimal(85)
    assert [s.number for s in indicator.steps if s.needs_documents] == [3, 4]
    assert [s.number for s in indicator.steps if s.channel == "google_drive"] == [3, 4]
    assert indicator.step(3).needs_dimensions
    assert indicator.step(5).plan_results


def test_the_three_dimensions_and_the_deductions_are_those_of_seed_003(plan_data) -> None:
    indicator = load_plan(plan_data).indicator
    assert [(d.number, d.categories) for d in indicator.dimensions] == [
        (1, (1, 2, 4, 6)),
        (2, (3, 5, 6)),
        (3, (1, 2, 4, 5, 6)),
    ]
    rules = indicator.deductions
    assert rules is not None
    assert (rules.missing_documents, rules.wrong_channel, rules.late_or_incomplete) == (
        Decimal("0.5"),
        Decimal("0.5"),
        Decimal("0.05"),
    )
    assert (rules.missing_dimension, rules.unmet_plan_indicator, rules.plan_target_percent) == (
        Decimal("0.5"),
        Decimal("0.5"),
        Decimal(85),
    )


def test_the_plan_indicator_survives_the_storage_codec_unchanged(plan_data) -> None:
    indicator = load_plan(plan_data).indicator
    assert from_data(Indicator, json.loads(json.dumps(to_data(indicator)))) == indicator


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), "format"),
        (lambda d: d["indicator"].update(title=""), "indicator.title"),
        (lambda d: d["indicator"]["steps"][0].update(due="31 ก.พ. 68"), "steps[0]"),
        (lambda d: d["indicator"]["steps"].pop(1), "เรียงเลข"),
        (lambda d: d["indicator"]["deductions"].update(wrong_channel="ครึ่ง"), "wrong_channel"),
        (lambda d: d.pop("organisation"), "organisation"),
    ],
)
def test_a_broken_plan_file_is_refused_with_the_field_named(plan_data, change, message) -> None:
    broken = json.loads(json.dumps(plan_data))
    change(broken)
    with pytest.raises(PlanFormatError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_plan(broken)


def test_merging_a_plan_keeps_the_units_and_other_indicators(plan_data) -> None:
    plan = load_plan(plan_data)
    other = Indicator(code="9", title="อื่น", position=1)
    existing = Organisation(
        name=plan.organisation.name, units=(Unit("กองกลาง"),), indicators=(other,)
    )
    merged = merge_plan(existing, plan)
    assert merged.units == (Unit("กองกลาง"),)
    assert [(i.code, i.position) for i in merged.indicators] == [("9", 1), ("1", 2)]
    again = merge_plan(merged, plan)
    assert [(i.code, i.position) for i in again.indicators] == [("9", 1), ("1", 2)]


def test_merging_a_plan_into_nothing_gives_the_plans_own_organisation(plan_data) -> None:
    plan = load_plan(plan_data)
    assert merge_plan(None, plan) == plan.organisation
