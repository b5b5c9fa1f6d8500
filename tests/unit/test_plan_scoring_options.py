"""A plan file sets every scoring option of its indicator, each checked when the file loads."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kpi_core.codec import from_data, to_data
from kpi_core.models import Direction, Indicator, Interpolation, ScoringMethod, Tier, TierTarget
from kpi_core.plan import PlanFormatError, load_plan

D = Decimal
ROOT = Path(__file__).resolve().parents[2]
PLANS = Path(__file__).resolve().parent / "scoring" / "plans"


def _data(name: str) -> dict[str, Any]:
    return json.loads((PLANS / name).read_text("utf-8"))


def test_a_five_level_plan_sets_its_levels_weight_and_score_below_level_one() -> None:
    indicator = load_plan(_data("five_level_disbursement.json")).indicator
    assert indicator.method is ScoringMethod.FIVE_LEVEL
    assert indicator.levels == (D(60), D(70), D(80), D(90), D(100))
    assert (indicator.below_level_one, indicator.weight) == (D("0.5"), D(3))
    assert indicator.direction is Direction.HIGHER


def test_a_tier_plan_sets_fixed_tiers_direction_and_interpolation() -> None:
    indicator = load_plan(_data("opdc_transfers.json")).indicator
    assert indicator.tiers == (
        TierTarget(Tier.BASIC, "100", D(100)),
        TierTarget(Tier.STANDARD, "90", D(90)),
        TierTarget(Tier.ADVANCED, "80", D(80)),
    )
    assert (indicator.direction, indicator.interpolation) == (
        Direction.LOWER,
        Interpolation.LINEAR,
    )
    assert indicator.weight == D(1)


def test_the_seed_003_plan_keeps_the_defaults_of_every_scoring_option() -> None:
    data = json.loads((ROOT / "data" / "plans" / "mol_pmqa_2568.json").read_text("utf-8"))
    indicator = load_plan(data).indicator
    assert indicator.method is ScoringMethod.MILESTONES
    assert (indicator.levels, indicator.tiers, indicator.below_level_one) == ((), (), D(0))
    assert (indicator.direction, indicator.interpolation) == (Direction.HIGHER, Interpolation.STEP)
    assert indicator.weight == D(1)


def test_the_scoring_options_survive_the_storage_codec() -> None:
    for name in ("five_level_disbursement.json", "opdc_transfers.json"):
        indicator = load_plan(_data(name)).indicator
        assert from_data(Indicator, json.loads(json.dumps(to_data(indicator)))) == indicator


def test_an_indicator_stored_before_below_level_one_existed_scores_zero_below_level_one() -> None:
    stored = to_data(load_plan(_data("five_level_disbursement.json")).indicator)
    del stored["below_level_one"]
    assert from_data(Indicator, stored).below_level_one == D(0)


Change = Callable[[dict[str, Any]], None]
FIVE = "five_level_disbursement.json"
TIERS = "opdc_transfers.json"


@pytest.mark.parametrize(
    ("plan", "change", "field", "words"),
    [
        (FIVE, lambda i: i.update(levels=[60, 70, 80, 90]), "indicator.levels", "5 ค่า"),
        (FIVE, lambda i: i.update(levels=[60, 70, 70, 90, 100]), "indicator.levels", "เพิ่มขึ้น"),
        (FIVE, lambda i: i.update(direction="lower"), "indicator.levels", "ลดลง"),
        (FIVE, lambda i: i.update(levels=[60, "เจ็ดสิบ", 80, 90, 100]), "indicator.levels[1]", ""),
        (FIVE, lambda i: i.update(levels=[60, "NaN", 80, 90, 100]), "indicator.levels[1]", ""),
        (FIVE, lambda i: i.update(levels="60 70 80 90 100"), "indicator.levels", "รายการ"),
        (FIVE, lambda i: i.pop("levels"), "indicator.levels", "five_level"),
        (FIVE, lambda i: i.update(direction="up"), "indicator.direction", "'higher', 'lower'"),
        (FIVE, lambda i: i.update(below_level_one="1.5"), "indicator.below_level_one", "0 ถึง 1"),
        (FIVE, lambda i: i.update(weight="-1"), "indicator.weight", "ไม่ติดลบ"),
        (FIVE, lambda i: i.update(weight="สาม"), "indicator.weight", "ตัวเลข"),
        (FIVE, lambda i: i.update(tiers={"basic": 80}), "indicator.tiers", "'opdc_tiers'"),
        (TIERS, lambda i: i.update(interpolation="smooth"), "indicator.interpolation", "'linear'"),
        (TIERS, lambda i: i["tiers"].update(basic="ร้อยละแปดสิบ"), "indicator.tiers.basic", ""),
        (TIERS, lambda i: i["tiers"].update(expert=70), "indicator.tiers", "'expert'"),
        (TIERS, lambda i: i.update(direction="higher"), "indicator.tiers", "ขั้นสูง"),
        (TIERS, lambda i: i.update(tiers={}), "indicator.tiers", "opdc_tiers"),
        (TIERS, lambda i: i.update(levels=[1, 2, 3, 4, 5]), "indicator.levels", "'five_level'"),
        (TIERS, lambda i: i.update(method="stars"), "indicator.method", "'report_only'"),
        (TIERS, lambda i: i.update(method="pass_fail"), "indicator.method", "'report_only' แทน"),
    ],
)
def test_a_wrong_scoring_option_is_refused_naming_the_field(
    plan: str, change: Change, field: str, words: str
) -> None:
    data = _data(plan)
    change(data["indicator"])
    with pytest.raises(PlanFormatError, match=rf"^{re.escape(field)}: .*{re.escape(words)}"):
        load_plan(data)


def test_a_non_numeric_tier_quotes_what_it_got() -> None:
    data = _data(TIERS)
    data["indicator"]["tiers"]["standard"] = "เก้าสิบ"
    with pytest.raises(PlanFormatError) as raised:
        load_plan(data)
    assert str(raised.value) == "indicator.tiers.standard: ต้องเป็นตัวเลข (ได้ 'เก้าสิบ')"
