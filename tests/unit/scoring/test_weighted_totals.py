"""Scores, weighted totals over reported indicators, and the PMQA 4.0 level."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpi_core.scoring.totals import PmqaLevel, Score, pmqa_level, weighted_total

D = Decimal


def test_a_score_is_a_percentage_of_its_maximum() -> None:
    assert Score(D("3.5"), D(5)).percent == D(70)


def test_a_score_needs_a_positive_maximum() -> None:
    with pytest.raises(ValueError):
        Score(D(1), D(0))


def test_the_total_weighs_only_the_reported_indicators() -> None:
    total = weighted_total(
        [(D(20), Score(D(100), D(100))), (D(30), Score(D(50), D(100))), (D(50), None)]
    )
    assert total.percent == D(70)
    assert (total.reported_weight, total.total_weight) == (D(50), D(100))
    assert (total.reported_count, total.total_count) == (2, 3)
    assert total.share_reported == D(50)


def test_scores_of_different_scales_combine_as_percentages() -> None:
    total = weighted_total([(D(1), Score(D(4), D(5))), (D(1), Score(D(50), D(100)))])
    assert total.percent == D(65)


def test_an_unreported_indicator_does_not_pull_the_total_down() -> None:
    alone = weighted_total([(D(10), Score(D(90), D(100)))])
    with_gap = weighted_total([(D(10), Score(D(90), D(100))), (D(90), None)])
    assert alone.percent == with_gap.percent == D(90)


def test_nothing_reported_gives_no_percentage() -> None:
    total = weighted_total([(D(10), None), (D(5), None)])
    assert total.percent is None
    assert total.share_reported == D(0)


def test_no_indicators_at_all_give_no_share() -> None:
    total = weighted_total([])
    assert total.percent is None
    assert total.share_reported is None


def test_a_negative_weight_is_refused() -> None:
    with pytest.raises(ValueError):
        weighted_total([(D(-1), Score(D(1), D(1)))])


@pytest.mark.parametrize(
    ("score", "level"),
    [
        ("0", PmqaLevel.NOT_YET),
        ("299.99", PmqaLevel.NOT_YET),
        ("300", PmqaLevel.BASIC),
        ("399.99", PmqaLevel.BASIC),
        ("400", PmqaLevel.ADVANCE),
        ("469.99", PmqaLevel.ADVANCE),
        ("470", PmqaLevel.SIGNIFICANCE),
        ("500", PmqaLevel.SIGNIFICANCE),
    ],
)
def test_the_pmqa_level_follows_the_seed_bands(score: str, level: PmqaLevel) -> None:
    assert pmqa_level(D(score)) is level


@pytest.mark.parametrize("score", ["500.01", "-0.01"])
def test_a_pmqa_score_outside_0_to_500_is_refused(score: str) -> None:
    with pytest.raises(ValueError):
        pmqa_level(D(score))


@pytest.mark.parametrize(
    ("level", "label"),
    [
        (PmqaLevel.NOT_YET, "ยังไม่ถึงระดับพื้นฐาน"),
        (PmqaLevel.BASIC, "ระดับพื้นฐาน (Basic)"),
        (PmqaLevel.ADVANCE, "ระดับก้าวหน้า (Advance)"),
        (PmqaLevel.SIGNIFICANCE, "ระดับพัฒนาจนเกิดผล (Significance)"),
    ],
)
def test_each_pmqa_level_has_its_thai_label(level: PmqaLevel, label: str) -> None:
    assert level.label_th == label
