"""Pass/fail items (ผ่าน / ไม่ผ่าน): how many of the judged items passed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kpi_core.models import AssessmentItem, ResultKind
from kpi_core.scoring.totals import Score


@dataclass(frozen=True)
class PassFail:
    """``passed`` of ``total`` judged items; numeric items are not part of either."""

    passed: int
    total: int

    @property
    def percent(self) -> Decimal | None:
        """The share of judged items that passed, in percent; ``None`` when none was judged."""
        return Decimal(self.passed) * 100 / self.total if self.total else None

    @property
    def score(self) -> Score | None:
        """The count as a score out of the total, ready for a weighted total."""
        return Score(Decimal(self.passed), Decimal(self.total)) if self.total else None


def pass_fail(items: Iterable[AssessmentItem]) -> PassFail:
    """Count the items whose result is ``ผ่าน`` among those judged ``ผ่าน`` or ``ไม่ผ่าน``."""
    kinds = [item.result.kind for item in items if item.result is not None]
    judged = [kind for kind in kinds if kind in (ResultKind.PASS, ResultKind.FAIL)]
    return PassFail(passed=judged.count(ResultKind.PASS), total=len(judged))
