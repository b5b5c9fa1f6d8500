"""Tier expressions and criteria groups, checked against the texts of seeds 002 and 004."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpi_core.models import CriteriaGroup, Indicator, Range, Tier, TierTarget
from kpi_core.scoring.targets import (
    Threshold,
    TierThresholds,
    evaluate_target,
    resolve_thresholds,
    select_group,
)

D = Decimal


def _targets(basic: str, standard: str, advanced: str) -> tuple[TierTarget, ...]:
    return (
        TierTarget(Tier.BASIC, basic),
        TierTarget(Tier.STANDARD, standard),
        TierTarget(Tier.ADVANCED, advanced),
    )


PMQA_GROUPS = (
    CriteriaGroup(
        "กลุ่มที่ 1",
        "ต่ำกว่า 350 คะแนน",
        _targets("275 คะแนน", "คะแนนปี 2566", "350 คะแนน"),
        (Range(high=D(350), high_inclusive=False),),
    ),
    CriteriaGroup(
        "กลุ่มที่ 2",
        "ตั้งแต่ 350 แต่น้อยกว่า 400 คะแนน",
        _targets("350 คะแนน", "คะแนนปี 2566", "คะแนนปี 2566 + 10 %"),
        (Range(D(350), D(400), high_inclusive=False),),
    ),
    CriteriaGroup(
        "กลุ่มที่ 3",
        "ตั้งแต่ 400 - 450 คะแนน",
        _targets("400 คะแนน", "คะแนนปี 2566", "คะแนนปี 2566 + 2 %"),
        (Range(D(400), D(450)),),
    ),
    CriteriaGroup(
        "กลุ่มที่ 4",
        "มากกว่า 450 คะแนน",
        _targets("445 คะแนน", "(คะแนนปี 2566 + 445)/2", "คะแนนปี 2566"),
        (Range(low=D(450), low_inclusive=False),),
    ),
    CriteriaGroup(
        "สำนักงานคณะกรรมการส่งเสริมการลงทุน และกรมพัฒนาฝีมือแรงงาน",
        agencies=("สำนักงานคณะกรรมการส่งเสริมการลงทุน", "กรมพัฒนาฝีมือแรงงาน"),
        exempt=True,
    ),
)
PMQA = Indicator("pmqa", "PMQA 4.0", criteria_groups=PMQA_GROUPS)


@pytest.mark.parametrize(
    ("text", "baseline", "expected"),
    [
        ("275 คะแนน", None, Threshold(D(275))),
        ("350 คะแนน", D(380), Threshold(D(350))),
        ("คะแนนปี 2566", D(380), Threshold(D(380))),
        ("คะแนนปี 66", D("389.76"), Threshold(D("389.76"))),
        ("คะแนนปี 66 – 10 คะแนน", D(380), Threshold(D(370))),
        ("คะแนนปี 66 - 10 คะแนน", D(380), Threshold(D(370))),
        ("คะแนนปี 66 − 10 คะแนน", D(380), Threshold(D(370))),
        ("คะแนนปี 66 + 5 คะแนน", D(380), Threshold(D(385))),
        ("คะแนนปี 2566 + 10 %", D(380), Threshold(D(418))),
        ("คะแนนปี 2566 + 2 %", D(420), Threshold(D("428.4"))),
        ("(คะแนนปี 2566 + 445)/2", D(460), Threshold(D("452.5"))),
        ("สูงกว่าคะแนนปี 66", D(380), Threshold(D(380), strict=True)),
        ("คะแนนปี ๒๕๖๖ + ๑๐ %", D(380), Threshold(D(418))),
        ("๓๕๐ คะแนน", None, Threshold(D(350))),
        ("คะแนนปี 2566 × 2", D(100), Threshold(D(200))),
        ("1,000 คะแนน", None, Threshold(D(1000))),
        ("ร้อยละ 80", None, Threshold(D(80))),
        ("80 %", None, Threshold(D(80))),
        ("ไม่น้อยกว่าร้อยละ 85", None, Threshold(D(85))),
    ],
)
def test_a_tier_text_evaluates_to_its_threshold(
    text: str, baseline: Decimal | None, expected: Threshold
) -> None:
    assert evaluate_target(text, baseline) == expected


@pytest.mark.parametrize(
    "text",
    [
        "มีจำนวน Pillar ระดับ 3 ขึ้นไป อย่างน้อย 2 Pillar",
        "ชุดข้อมูลที่มีคุณภาพ จำนวน X-2 ชุดข้อมูล",
        "1) มีการจัดทำแผน ร้อยละ 100 2) มีการรายงานผล",
        "",
        "คะแนนปี 66 +",
        "(คะแนนปี 66 + 5",
        "350 / 0",
    ],
)
def test_prose_and_broken_expressions_give_no_threshold(text: str) -> None:
    assert evaluate_target(text, D(380)) is None


@pytest.mark.parametrize("text", ["คะแนนปี 2566", "คะแนนปี 66 + 5 คะแนน", "สูงกว่าคะแนนปี 66"])
def test_a_text_that_needs_the_baseline_gives_nothing_without_it(text: str) -> None:
    assert evaluate_target(text, None) is None


@pytest.mark.parametrize(
    ("basis", "label"),
    [
        ("0", "กลุ่มที่ 1"),
        ("349.99", "กลุ่มที่ 1"),
        ("350", "กลุ่มที่ 2"),
        ("399.99", "กลุ่มที่ 2"),
        ("400", "กลุ่มที่ 3"),
        ("450", "กลุ่มที่ 3"),
        ("450.01", "กลุ่มที่ 4"),
        ("500", "กลุ่มที่ 4"),
    ],
)
def test_the_pmqa_group_follows_the_seed_boundaries(basis: str, label: str) -> None:
    group = select_group(PMQA_GROUPS, basis=D(basis))
    assert group is not None
    assert group.label == label


@pytest.mark.parametrize(
    "agency",
    ["กรมพัฒนาฝีมือแรงงาน", "กรมพัฒนาฝีมือแรงงาน กระทรวงแรงงาน", "สำนักงานคณะกรรมการ ส่งเสริมการลงทุน"],
)
def test_an_agency_named_by_a_group_gets_that_group_whatever_its_score(agency: str) -> None:
    group = select_group(PMQA_GROUPS, basis=D(380), agency=agency)
    assert group is not None
    assert group.exempt


def test_another_agency_falls_back_to_the_score_ranges() -> None:
    group = select_group(PMQA_GROUPS, basis=D(380), agency="สำนักงานปลัดกระทรวงแรงงาน")
    assert group is not None
    assert group.label == "กลุ่มที่ 2"


def test_no_group_is_chosen_without_a_basis() -> None:
    assert select_group(PMQA_GROUPS, basis=None) is None


def test_a_lone_group_without_a_condition_applies_to_everyone() -> None:
    only = CriteriaGroup("เกณฑ์", targets=_targets("60", "70", "80"))
    assert select_group((only,), basis=None) == only


def _values(thresholds: TierThresholds | None) -> tuple[Decimal | None, ...]:
    assert thresholds is not None
    tiers = (thresholds.basic, thresholds.standard, thresholds.advanced)
    return tuple(t.value if t is not None else None for t in tiers)


@pytest.mark.parametrize(
    ("baseline", "expected"),
    [
        ("300", ("275", "300", "350")),
        ("380", ("350", "380", "418")),
        ("420", ("400", "420", "428.4")),
        ("460", ("445", "452.5", "460")),
    ],
)
def test_the_pmqa_thresholds_resolve_from_the_previous_year_score(
    baseline: str, expected: tuple[str, str, str]
) -> None:
    thresholds = resolve_thresholds(PMQA, baseline=D(baseline))
    assert _values(thresholds) == tuple(D(value) for value in expected)


def test_an_exempt_agency_has_no_thresholds() -> None:
    assert resolve_thresholds(PMQA, baseline=D(380), agency="กรมพัฒนาฝีมือแรงงาน") is None


def test_the_pmqa_thresholds_are_unknown_until_the_baseline_is() -> None:
    assert resolve_thresholds(PMQA) is None


def test_a_separate_basis_selects_the_group_and_the_baseline_fills_the_texts() -> None:
    thresholds = resolve_thresholds(PMQA, basis=D(300), baseline=D(320))
    assert _values(thresholds) == (D(275), D(320), D(350))


def test_fixed_tiers_use_their_value_or_their_text() -> None:
    indicator = Indicator(
        "waste",
        "ขยะ",
        tiers=(
            TierTarget(Tier.BASIC, "ร้อยละ 60", D(60)),
            TierTarget(Tier.STANDARD, "ร้อยละ 70"),
            TierTarget(Tier.ADVANCED, "มากกว่าร้อยละ 80"),
        ),
    )
    thresholds = resolve_thresholds(indicator)
    assert thresholds == TierThresholds(
        Threshold(D(60)), Threshold(D(70)), Threshold(D(80), strict=True)
    )


def test_prose_tiers_resolve_to_nothing() -> None:
    group = CriteriaGroup(
        "กลุ่มที่ 1", targets=_targets("มีจำนวน Pillar ระดับ 3 ขึ้นไป อย่างน้อย 2 Pillar", "-", "-")
    )
    indicator = Indicator("dg", "Digital Government", criteria_groups=(group,))
    assert resolve_thresholds(indicator, baseline=D(1)) is None


def test_a_group_with_one_prose_tier_keeps_the_numeric_ones() -> None:
    group = CriteriaGroup("กลุ่มที่ 1", targets=_targets("มีแผน", "ร้อยละ 70", "ร้อยละ 80"))
    indicator = Indicator("x", "x", criteria_groups=(group,))
    assert _values(resolve_thresholds(indicator)) == (None, D(70), D(80))
