"""Milestone indicators across units: each unit's level, the next deadline, who is missing,
and every step past its deadline that some unit still owes (overdue until done)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from kpi_core.ledger import Slot
from kpi_core.models import Indicator, MilestoneStep, Organisation, Submission, SubmissionKind
from kpi_core.scoring import MilestoneResult, Score, milestone_score, next_deadline, step_passed


@dataclass(frozen=True)
class UnitProgress:
    """One unit's milestone result and its own next step (``unit`` None: the organisation)."""

    unit: str | None
    result: MilestoneResult
    records: Mapping[int, Submission]
    next_step: MilestoneStep | None


@dataclass(frozen=True)
class OverdueStep:
    """A step whose deadline has passed and the units (None: the organisation) still owing it."""

    step: MilestoneStep
    days_overdue: int
    missing_units: tuple[str | None, ...]


@dataclass(frozen=True)
class MilestoneView:
    """Every unit's progress, the mean score, the next step some unit still owes (its missing
    units once its window is open) and the overdue steps, earliest first."""

    units: tuple[UnitProgress, ...]
    score: Score | None
    next_step: MilestoneStep | None
    missing_units: tuple[str, ...]
    overdue: tuple[OverdueStep, ...] = ()


def step_records(
    current: Mapping[Slot, Submission], code: str, unit: str | None
) -> dict[int, Submission]:
    """The current STEP submission of each step for one unit (plan items merged into one)."""
    grouped: dict[int, list[Submission]] = {}
    for (c, who, kind, step, _), row in current.items():
        if c == code and who == unit and kind is SubmissionKind.STEP and step is not None:
            grouped.setdefault(step, []).append(row)
    return {step: merge_plan_items(rows) for step, rows in grouped.items()}


def merge_plan_items(rows: Sequence[Submission]) -> Submission:
    """One step's current rows (in ledger order) as one record. Plan indicators reported one by
    one (rows with an ``item``) count as met of reported, out of the plan's size when a count
    stated it; a count reported after the last item replaces the items."""
    items = [r for r in rows if r.item is not None]
    whole = [r for r in rows if r.item is None]
    if not items:
        return whole[-1]
    if whole and rows.index(whole[-1]) > rows.index(items[-1]):
        return whole[-1]
    sizes = [r.plan_total for r in whole if r.plan_total is not None]
    total = max([len(items), *sizes[-1:]])
    met = sum(1 for r in items if r.passed is True)
    return replace(items[-1], item=None, passed=None, plan_met=met, plan_total=total)


def milestone_view(
    org: Organisation,
    indicator: Indicator,
    current: Mapping[Slot, Submission],
    *,
    today: date,
    unit: str | None = None,
) -> MilestoneView:
    """Score every unit (or just ``unit``); an organisation without units is scored as one."""
    names: list[str | None] = [unit] if unit else [u.name for u in org.units] or [None]
    progress = []
    for name in names:
        records = step_records(current, indicator.code, name)
        result = milestone_score(indicator, records, today=today)
        progress.append(
            UnitProgress(name, result, records, next_deadline(indicator, records, today))
        )
    next_step = _earliest(p.next_step for p in progress)
    missing: tuple[str, ...] = ()
    if next_step is not None and window_open(next_step, today):
        missing = tuple(u for u in _owing(next_step, progress) if u is not None)
    return MilestoneView(
        tuple(progress),
        _mean_score(indicator, progress),
        next_step,
        missing,
        overdue_steps(indicator, progress, today),
    )


def window_open(step: MilestoneStep, today: date) -> bool:
    """Whether a step may be sent on ``today``: its window has no opening day or has opened."""
    return step.window.opens is None or step.window.opens <= today


def overdue_steps(
    indicator: Indicator, progress: Iterable[UnitProgress], today: date
) -> tuple[OverdueStep, ...]:
    """Every step due before ``today`` with the units that have not passed it, in step order."""
    progress = list(progress)
    overdue = []
    for step in sorted(indicator.steps, key=lambda s: s.number):
        due = step.window.due
        if due is None or due >= today:
            continue
        owing = _owing(step, progress)
        if owing:
            overdue.append(OverdueStep(step, (today - due).days, owing))
    return tuple(overdue)


def _owing(step: MilestoneStep, progress: Iterable[UnitProgress]) -> tuple[str | None, ...]:
    return tuple(p.unit for p in progress if not step_passed(step, p.records.get(step.number)))


def _earliest(steps: Iterable[MilestoneStep | None]) -> MilestoneStep | None:
    candidates = [s for s in steps if s is not None and s.window.due is not None]
    return min(candidates, key=lambda s: (s.window.due, s.number), default=None)


def _mean_score(indicator: Indicator, progress: list[UnitProgress]) -> Score:
    total = sum((p.result.score for p in progress), Decimal(0))
    return Score(total / len(progress), Decimal(indicator.max_level))
