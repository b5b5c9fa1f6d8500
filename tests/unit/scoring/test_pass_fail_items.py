"""Pass/fail items: passed of judged, numeric items left out."""

from __future__ import annotations

from decimal import Decimal

from kpi_core.models import AssessmentItem, ItemResult, ResultKind
from kpi_core.scoring.pass_fail import PassFail, pass_fail
from kpi_core.scoring.totals import Score


def _item(kind: ResultKind | None) -> AssessmentItem:
    return AssessmentItem("ประเด็น", ItemResult(kind, str(kind)) if kind else None)


def test_only_items_judged_pass_or_fail_are_counted() -> None:
    items = [
        _item(ResultKind.PASS),
        _item(ResultKind.FAIL),
        _item(ResultKind.PASS),
        _item(ResultKind.NUMBER),
        _item(None),
    ]
    assert pass_fail(items) == PassFail(passed=2, total=3)


def test_the_share_passed_is_a_decimal_percentage() -> None:
    result = PassFail(passed=1, total=4)
    assert result.percent == Decimal(25)
    assert result.score == Score(Decimal(1), Decimal(4))


def test_with_nothing_judged_there_is_no_percentage_and_no_score() -> None:
    result = pass_fail([_item(ResultKind.NUMBER)])
    assert result == PassFail(0, 0)
    assert result.percent is None
    assert result.score is None
