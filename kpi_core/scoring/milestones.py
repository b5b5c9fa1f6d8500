"""Success level (ระดับความสำเร็จ): consecutive steps passed, minus the seed-003 deductions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from kpi_core.models import DeductionRules, Documents, Indicator, MilestoneStep, Submission

_ZERO = Decimal(0)
_CHANNEL_LABELS = {"googledrive": "Google Drive", "googleform": "Google Form"}


class StepState(StrEnum):
    """Where one step of one unit stands on a given day."""

    DONE = "done"
    LATE = "late"  # done, after the due date
    FAILED = "failed"  # recorded, but below min_percent or marked not passed
    OVERDUE = "overdue"
    OPEN = "open"
    UPCOMING = "upcoming"
    NO_DEADLINE = "no_deadline"


class DeductionReason(StrEnum):
    """Why points were taken off a step."""

    LATE = "late"
    INCOMPLETE = "incomplete"
    MISSING_DOCUMENTS = "missing_documents"
    WRONG_CHANNEL = "wrong_channel"
    MISSING_DIMENSION = "missing_dimension"
    UNMET_PLAN_INDICATORS = "unmet_plan_indicators"


@dataclass(frozen=True)
class Deduction:
    """Points taken off for one reason at one step, with the Thai line the bot shows."""

    step: int
    reason: DeductionReason
    points: Decimal
    text_th: str
    label_th: str = ""  # the reason without its points: "ไม่ได้ส่งเอกสารประกอบการประเมิน"


@dataclass(frozen=True)
class StepStatus:
    """One step's state for one unit, with its window and the day it was done."""

    number: int
    state: StepState
    due: date | None
    opens: date | None
    done_on: date | None
    dimensions_unknown: bool = False  # a plan was sent without saying which dimensions it covers


@dataclass(frozen=True)
class MilestoneResult:
    """The level reached, the score after deductions, and every step's status."""

    level: int
    score: Decimal
    deductions: tuple[Deduction, ...]
    steps: tuple[StepStatus, ...]


def step_passed(step: MilestoneStep, record: Submission | None) -> bool:
    """Whether a step counts: recorded, not marked failed, at least ``min_percent``, and for a
    plan-results step a count of the plan's indicators (none reported: not done)."""
    if record is None or record.passed is False:
        return False
    if record.passed is True:
        return True
    if step.plan_results and not plan_count_known(record):
        return False
    if step.min_percent is None:
        return True
    return record.value is not None and record.value >= step.min_percent


def plan_count_known(record: Submission) -> bool:
    """Whether a record says how many of how many plan indicators met their targets."""
    met, total = record.plan_met, record.plan_total
    return met is not None and total is not None and 0 <= met <= total and total > 0


def _is_late(step: MilestoneStep, record: Submission) -> bool:
    due = step.window.due
    return due is not None and record.done_on is not None and record.done_on > due


def _channel_key(channel: str) -> str:
    """``Google Drive``, ``google_drive`` and ``google-drive`` are one channel."""
    return "".join(c for c in channel.casefold() if c.isalnum())


@dataclass(frozen=True)
class _Case:
    """One counted step and its record, with what the deduction checks need to judge them."""

    step: MilestoneStep
    record: Submission
    dimensions: frozenset[int]  # every dimension number of the indicator
    rules: DeductionRules

    def deduct(self, reason: DeductionReason, points: Decimal, text: str) -> Deduction:
        shown = format(points.normalize(), "f")
        return Deduction(self.step.number, reason, points, f"{text} −{shown}", text)


def _late_or_incomplete(case: _Case) -> Deduction | None:
    late = _is_late(case.step, case.record)
    if not late and case.record.documents is not Documents.INCOMPLETE:
        return None
    reason = DeductionReason.LATE if late else DeductionReason.INCOMPLETE
    return case.deduct(reason, case.rules.late_or_incomplete, "ส่งช้า/ไม่ครบ")


def _missing_documents(case: _Case) -> Deduction | None:
    if not case.step.needs_documents or case.record.documents is not Documents.MISSING:
        return None
    points = case.rules.missing_documents
    return case.deduct(DeductionReason.MISSING_DOCUMENTS, points, "ไม่ได้ส่งเอกสารประกอบการประเมิน")


def _wrong_channel(case: _Case) -> Deduction | None:
    required, used = _channel_key(case.step.channel), _channel_key(case.record.channel)
    if not required or not used or used == required:
        return None
    label = _CHANNEL_LABELS.get(required, case.step.channel)
    return case.deduct(
        DeductionReason.WRONG_CHANNEL, case.rules.wrong_channel, f"ไม่ได้ส่งผ่าน {label}"
    )


def _missing_dimension(case: _Case) -> Deduction | None:
    stated = case.record.dimensions
    missing = len(case.dimensions - stated) if case.step.needs_dimensions and stated else 0
    if not missing:
        return None
    points = case.rules.missing_dimension * missing
    return case.deduct(DeductionReason.MISSING_DIMENSION, points, f"แผนขาดมิติ {missing} มิติ")


def _unmet_plan_indicators(case: _Case) -> Deduction | None:
    met, total, rules = case.record.plan_met, case.record.plan_total, case.rules
    if not case.step.plan_results or met is None or not total:
        return None  # counted only when known: an explicit pass without a count costs nothing
    if Decimal(met) * 100 / total >= rules.plan_target_percent:
        return None
    points = rules.unmet_plan_indicator * (total - met)
    target = format(rules.plan_target_percent.normalize(), "f")
    text = f"บรรลุค่าเป้าหมาย {met}/{total} ตัวชี้วัด (ต่ำกว่าร้อยละ {target})"
    return case.deduct(DeductionReason.UNMET_PLAN_INDICATORS, points, text)


_CHECKS: tuple[Callable[[_Case], Deduction | None], ...] = (
    _late_or_incomplete,
    _missing_documents,
    _wrong_channel,
    _missing_dimension,
    _unmet_plan_indicators,
)


def step_deductions(indicator: Indicator, record: Submission) -> tuple[Deduction, ...]:
    """What one step's record would lose once the step counts (a confirmation states it)."""
    step = indicator.step(record.step) if record.step is not None else None
    if step is None:
        return ()
    dimensions = frozenset(d.number for d in indicator.dimensions)
    case = _Case(step, record, dimensions, indicator.deductions or DeductionRules())
    return tuple(d for check in _CHECKS if (d := check(case)))


def attendance_percent(attended: int, held: int) -> Decimal:
    """Meetings attended as a percentage, rounded down to 0.01 (never passes by rounding)."""
    return (Decimal(attended) * 100 / Decimal(held)).quantize(Decimal("0.01"), ROUND_DOWN)


def _state(step: MilestoneStep, record: Submission | None, today: date) -> StepState:
    if record is not None:
        if not step_passed(step, record):
            return StepState.FAILED
        return StepState.LATE if _is_late(step, record) else StepState.DONE
    window = step.window
    if window.due is None:
        return StepState.NO_DEADLINE
    if today > window.due:
        return StepState.OVERDUE
    if window.opens is not None and today < window.opens:
        return StepState.UPCOMING
    return StepState.OPEN


def _status(step: MilestoneStep, record: Submission | None, today: date) -> StepStatus:
    unknown = record is not None and step.needs_dimensions and not record.dimensions
    done_on = record.done_on if record is not None else None
    state = _state(step, record, today)
    return StepStatus(step.number, state, step.window.due, step.window.opens, done_on, unknown)


def milestone_score(
    indicator: Indicator, records: Mapping[int, Submission], *, today: date
) -> MilestoneResult:
    """Score one unit: consecutive steps passed from step 1, minus deductions, never below 0."""
    steps = sorted(indicator.steps, key=lambda step: step.number)
    level = 0
    while level < min(len(steps), indicator.max_level):
        if not step_passed(steps[level], records.get(steps[level].number)):
            break
        level += 1
    rules = indicator.deductions or DeductionRules()
    dimensions = frozenset(d.number for d in indicator.dimensions)
    # Only steps that earned their level can lose points: a step that earned none costs its level.
    cases = [_Case(s, records[s.number], dimensions, rules) for s in steps[:level]]
    deductions = tuple(d for case in cases for check in _CHECKS if (d := check(case)))
    score = max(_ZERO, Decimal(level) - sum((d.points for d in deductions), _ZERO))
    statuses = tuple(_status(step, records.get(step.number), today) for step in steps)
    return MilestoneResult(level, score, deductions, statuses)


def next_deadline(
    indicator: Indicator, records: Mapping[int, Submission], today: date
) -> MilestoneStep | None:
    """The first step not yet done whose due date is today or later."""
    for step in sorted(indicator.steps, key=lambda s: s.number):
        if step_passed(step, records.get(step.number)):
            continue
        if step.window.due is not None and step.window.due >= today:
            return step
    return None
