"""Scores out of a maximum, weighted totals over reported indicators, and the PMQA 4.0 level."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Score:
    """A score and the most it could be (50 of 100, 3.95 of 5)."""

    value: Decimal
    maximum: Decimal

    def __post_init__(self) -> None:
        if self.maximum <= 0:
            raise ValueError(f"a score's maximum must be positive, got {self.maximum}")

    @property
    def percent(self) -> Decimal:
        """The score as a percentage of its maximum."""
        return self.value * _HUNDRED / self.maximum


@dataclass(frozen=True)
class WeightedTotal:
    """A weighted percentage over the reported indicators, and how much was reported."""

    percent: Decimal | None
    reported_weight: Decimal
    total_weight: Decimal
    reported_count: int
    total_count: int

    @property
    def share_reported(self) -> Decimal | None:
        """The percentage of the total weight that has a score; ``None`` with no weight at all."""
        if not self.total_weight:
            return None
        return self.reported_weight * _HUNDRED / self.total_weight


def weighted_total(entries: Iterable[tuple[Decimal, Score | None]]) -> WeightedTotal:
    """Σ(weight × percent) / Σ weight over scored entries: an unreported one never counts as 0."""
    entries = tuple(entries)
    if any(weight < 0 for weight, _ in entries):
        raise ValueError("weights must not be negative")
    reported = [(weight, score) for weight, score in entries if score is not None]
    reported_weight = sum((weight for weight, _ in reported), _ZERO)
    weighted = sum((weight * score.percent for weight, score in reported), _ZERO)
    return WeightedTotal(
        percent=weighted / reported_weight if reported_weight else None,
        reported_weight=reported_weight,
        total_weight=sum((weight for weight, _ in entries), _ZERO),
        reported_count=len(reported),
        total_count=len(entries),
    )


class PmqaLevel(StrEnum):
    """The PMQA 4.0 level a 500-point score reaches (seed 003)."""

    NOT_YET = "not_yet"
    BASIC = "basic"
    ADVANCE = "advance"
    SIGNIFICANCE = "significance"

    @property
    def label_th(self) -> str:
        """The level's Thai name as the seed writes it."""
        return _PMQA_LABELS_TH[self]


_PMQA_LABELS_TH = {
    PmqaLevel.NOT_YET: "ยังไม่ถึงระดับพื้นฐาน",
    PmqaLevel.BASIC: "ระดับพื้นฐาน (Basic)",
    PmqaLevel.ADVANCE: "ระดับก้าวหน้า (Advance)",
    PmqaLevel.SIGNIFICANCE: "ระดับพัฒนาจนเกิดผล (Significance)",
}
# The seed writes 300–399 and 400–469; read as [300, 400) and [400, 470) so 399.5 is Basic.
_PMQA_FLOORS = (
    (Decimal(470), PmqaLevel.SIGNIFICANCE),
    (Decimal(400), PmqaLevel.ADVANCE),
    (Decimal(300), PmqaLevel.BASIC),
)
PMQA_MAXIMUM = Decimal(500)


def pmqa_level_ranges() -> tuple[tuple[PmqaLevel, Decimal, Decimal], ...]:
    """Each PMQA 4.0 level with its lowest score and the score the next level starts at
    (the maximum, 500, for the top level), lowest level first."""
    floors = sorted(_PMQA_FLOORS)
    tops = [floor for floor, _ in floors[1:]] + [PMQA_MAXIMUM]
    return tuple((level, floor, top) for (floor, level), top in zip(floors, tops, strict=True))


def pmqa_level(score: Decimal) -> PmqaLevel:
    """The PMQA 4.0 level of a score out of 500; outside 0..500 is a ValueError."""
    if score < 0 or score > PMQA_MAXIMUM:
        raise ValueError(f"a PMQA 4.0 score lies within 0..500, got {score}")
    return next((level for floor, level in _PMQA_FLOORS if score >= floor), PmqaLevel.NOT_YET)
