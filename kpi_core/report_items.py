"""The assessment items of report indicators, and blocks a report prints more than once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kpi_core.models import AssessmentItem, Indicator, ResultKind


def same_block(a: Indicator, b: Indicator) -> bool:
    """Whether two indicators are one block printed twice: everything equal but the place."""
    return replace(a, code="", position=0) == replace(b, code="", position=0)


def copies(indicators: Sequence[Indicator], indicator: Indicator) -> tuple[Indicator, ...]:
    """Every indicator that is the same block as ``indicator`` (itself included), in order."""
    return tuple(other for other in indicators if same_block(other, indicator))


def failed_first(items: Sequence[AssessmentItem]) -> tuple[AssessmentItem, ...]:
    """The items with the failed ones first, each group in the report's order."""
    failed = [i for i in items if i.result is not None and i.result.kind is ResultKind.FAIL]
    return (*failed, *(i for i in items if i not in failed))


def failed_items(indicator: Indicator) -> tuple[AssessmentItem, ...]:
    """The items of ``indicator`` judged ไม่ผ่าน."""
    return tuple(
        i for i in indicator.items if i.result is not None and i.result.kind is ResultKind.FAIL
    )


def lists_items(indicator: Indicator) -> bool:
    """Whether an answer should list the items: all but a single figure that repeats the
    title, which the card already shows."""
    items = indicator.items
    if len(items) != 1:
        return bool(items)
    only = items[0]
    figure = only.result is not None and only.result.kind is ResultKind.NUMBER
    return not figure or only.text != indicator.title
