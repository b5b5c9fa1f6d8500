"""Where an organisation stands: per indicator its result, tier or level, score, next deadline."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kpi_core.fiscal_calendar import days_left, to_bangkok, working_days_left
from kpi_core.ledger import Slot, effective_submissions
from kpi_core.models import (
    AssessmentItem,
    CriteriaGroup,
    Indicator,
    MilestoneStep,
    Organisation,
    ResultKind,
    Submission,
    SubmissionKind,
    Tier,
)
from kpi_core.scoring import (
    PassFail,
    PmqaLevel,
    Score,
    TierThresholds,
    WeightedTotal,
    pass_fail,
    weighted_total,
)
from kpi_core.status_milestones import MilestoneView, window_open
from kpi_core.status_scoring import SCORERS, Measured, pmqa_level_of
from kpi_core.year_end import YearStanding, rows_of_plan_year, year_standing


@dataclass(frozen=True)
class Deadline:
    """The next due step of an indicator and the time left until it."""

    step: MilestoneStep
    days_left: int
    working_days_left: int
    missing_units: tuple[str, ...] = ()  # empty until the step's window opens
    is_open: bool = True

    @property
    def opens(self) -> date | None:
        """The first day the step may be sent, when the plan gives one."""
        return self.step.window.opens


@dataclass(frozen=True)
class IndicatorStatus:
    """One indicator's standing on a given day."""

    indicator: Indicator
    value: Decimal | None = None
    value_unit: str = ""
    value_from: str = ""  # "report" (the imported text) or "submission" (typed in later)
    passed: PassFail | None = None
    baseline: Decimal | None = None
    group: CriteriaGroup | None = None
    thresholds: TierThresholds | None = None
    tier: Tier | None = None
    score: Score | None = None
    pmqa_level: PmqaLevel | None = None
    milestones: MilestoneView | None = None
    deadline: Deadline | None = None
    demo: bool = False  # a row the demo made up counts here (made-up figures never look real)


@dataclass(frozen=True)
class OrganisationStatus:
    """Every indicator of an organisation (or of one unit) on a given day, and the total."""

    organisation: Organisation
    today: date
    unit: str | None
    indicators: tuple[IndicatorStatus, ...]
    total: WeightedTotal
    standing: YearStanding | None = None  # the plan year's phase (ended, closed) when it has one

    @property
    def demo(self) -> bool:
        """Whether anything shown is demo data: the organisation, or a figure the demo made."""
        return self.organisation.demo or any(i.demo for i in self.indicators)

    @property
    def demo_codes(self) -> tuple[str, ...]:
        """The indicators that show a figure the demo made up."""
        return tuple(i.indicator.code for i in self.indicators if i.demo)


def build_status(
    organisation: Organisation,
    submissions: Iterable[Submission],
    *,
    today: date,
    holidays: Collection[date] = frozenset(),
    unit: str | None = None,
) -> OrganisationStatus:
    """Compute the status as of ``today``; rows submitted after ``today`` are not yet known.
    A closed year is shown as of the day it was closed, from its own rows only."""
    standing = year_standing(organisation, today)
    today = standing.as_of
    rows = rows_of_plan_year(organisation, submissions)
    known = [s for s in rows if s.submitted_at is None or _day(s) <= today]
    current = effective_submissions(known)
    statuses = tuple(
        _indicator_status(organisation, i, current, today, holidays, unit)
        for i in organisation.indicators
    )
    total = weighted_total((s.indicator.weight, s.score) for s in statuses)
    return OrganisationStatus(organisation, today, unit, statuses, total, standing)


def _day(submission: Submission) -> date:
    assert submission.submitted_at is not None
    return to_bangkok(submission.submitted_at).date()


def _indicator_status(
    org: Organisation,
    indicator: Indicator,
    current: Mapping[Slot, Submission],
    today: date,
    holidays: Collection[date],
    unit: str | None,
) -> IndicatorStatus:
    measured, value_unit, value_from = _measure(org, indicator, current, today, unit)
    scored = SCORERS[indicator.method](measured)
    view = scored.milestones
    return IndicatorStatus(
        indicator,
        value=measured.value,
        value_unit=value_unit if scored.value_unit is None else scored.value_unit,
        value_from=value_from,
        passed=measured.passed,
        baseline=measured.baseline,
        group=scored.group,
        thresholds=scored.thresholds,
        tier=scored.tier,
        score=scored.score,
        pmqa_level=scored.pmqa_level or pmqa_level_of(indicator, measured.value),
        milestones=view,
        deadline=None if view is None else _deadline(view, today, holidays),
        demo=any(s.is_demo for k, s in current.items() if k[0] == indicator.code),
    )


def _deadline(view: MilestoneView, today: date, holidays: Collection[date]) -> Deadline | None:
    step = view.next_step
    if step is None or step.window.due is None:
        return None
    due = step.window.due
    working = working_days_left(today, due, holidays)
    return Deadline(
        step, days_left(today, due), working, view.missing_units, window_open(step, today)
    )


def _measure(
    org: Organisation,
    indicator: Indicator,
    current: Mapping[Slot, Submission],
    today: date,
    unit: str | None,
) -> tuple[Measured, str, str]:
    """What scoring reads, with the result's unit and where the result came from."""
    code = indicator.code

    def latest(kind: SubmissionKind) -> Submission | None:
        return current.get((code, unit, kind, None, None)) or current.get(
            (code, None, kind, None, None)
        )

    value, value_unit, value_from = _value(indicator, latest(SubmissionKind.VALUE))
    baseline_row, basis_row = latest(SubmissionKind.BASELINE), latest(SubmissionKind.GROUP_BASIS)
    baseline = baseline_row.value if baseline_row else None
    passed = _passed(indicator, current, unit)
    measured = Measured(
        org,
        indicator,
        today,
        value=value,
        passed=passed if passed.total else None,
        baseline=baseline,
        basis=basis_row.value if basis_row else baseline,
        unit=unit,
        current=current,
    )
    return measured, value_unit, value_from


def _value(indicator: Indicator, row: Submission | None) -> tuple[Decimal | None, str, str]:
    if row is not None and row.value is not None:
        return row.value, indicator.unit, "demo" if row.is_demo else "submission"
    for item in indicator.items:
        if item.result is not None and item.result.kind is ResultKind.NUMBER:
            return item.result.value, item.result.unit, "report"
    return None, indicator.unit, ""


def _passed(indicator: Indicator, current: Mapping[Slot, Submission], unit: str | None) -> PassFail:
    """Pass/fail of the report's items, with any later per-item submission taking precedence."""
    base = pass_fail(indicator.items)
    overrides = {
        s.item: s.passed
        for (code, who, kind, _, item), s in current.items()
        if code == indicator.code and kind is SubmissionKind.PASS_FAIL and who in (None, unit)
        if item is not None and s.passed is not None
    }
    if not overrides:
        return base
    results = [overrides.get(n, _item_passed(it)) for n, it in enumerate(indicator.items, start=1)]
    decided = [r for r in results if r is not None]
    return PassFail(passed=sum(1 for r in decided if r), total=len(decided))


def _item_passed(item: AssessmentItem) -> bool | None:
    if item.result is None or item.result.kind is ResultKind.NUMBER:
        return None
    return item.result.kind is ResultKind.PASS
