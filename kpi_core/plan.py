"""Load a ministry's own plan indicator (seed 003 style) from its JSON data file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from kpi_core.models import (
    DateWindow,
    DeductionRules,
    Dimension,
    Indicator,
    MilestoneStep,
    Organisation,
    ScoringMethod,
)
from kpi_core.thai_dates import ThaiDateError, parse_thai_date, parse_window

PLAN_FORMAT = "pmqa-plan/1"


class PlanFormatError(ValueError):
    """The plan file is not what :func:`load_plan` expects; the message names the field."""


@dataclass(frozen=True)
class Plan:
    """A plan file: the organisation it belongs to and its one indicator."""

    organisation: Organisation
    indicator: Indicator


def load_plan(data: Mapping[str, Any]) -> Plan:
    """Build the plan's organisation (without units) and indicator from parsed JSON."""
    if not isinstance(data, Mapping) or data.get("format") != PLAN_FORMAT:
        raise PlanFormatError(f"format: ต้องเป็น {PLAN_FORMAT!r}")
    org = _mapping(data, "organisation")
    fiscal_year = data.get("fiscal_year")
    try:
        indicator = _indicator(_mapping(data, "indicator"), fiscal_year)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, PlanFormatError):
            raise
        raise PlanFormatError(f"indicator: ข้อมูลไม่ครบหรือผิดรูปแบบ ({exc})") from exc
    organisation = Organisation(
        name=_text(org, "name", "organisation.name", required=True),
        short_name=_text(org, "short_name", "organisation.short_name"),
        parent=_text(org, "parent", "organisation.parent"),
        fiscal_year=fiscal_year,
        source=_text(data, "source", "source"),
        indicators=(indicator,),
    )
    return Plan(organisation, indicator)


def _indicator(raw: Mapping[str, Any], fiscal_year: int | None) -> Indicator:
    steps = tuple(_step(s, f"indicator.steps[{i}]") for i, s in enumerate(raw.get("steps", [])))
    if [s.number for s in steps] != list(range(1, len(steps) + 1)):
        raise PlanFormatError("indicator.steps: ขั้นตอนต้องเรียงเลข 1, 2, 3, ...")
    return Indicator(
        code=_text(raw, "code", "indicator.code", required=True),
        title=_text(raw, "title", "indicator.title", required=True),
        method=ScoringMethod(raw.get("method", ScoringMethod.MILESTONES)),
        position=1,
        keywords=tuple(raw.get("keywords", ())),
        description=_text(raw, "description", "indicator.description"),
        unit=_text(raw, "unit", "indicator.unit"),
        steps=steps,
        dimensions=tuple(_dimension(d) for d in raw.get("dimensions", ())),
        deductions=_deductions(raw.get("deductions", {})),
        max_level=int(raw.get("max_level", len(steps) or 5)),
        fiscal_year=fiscal_year,
    )


def _step(raw: Mapping[str, Any], where: str) -> MilestoneStep:
    min_percent = raw.get("min_percent")
    return MilestoneStep(
        number=int(raw["number"]),
        title=_text(raw, "title", f"{where}.title", required=True),
        window=_window(raw, where),
        round=int(raw.get("round", 1)),
        min_percent=_decimal(min_percent, f"{where}.min_percent") if min_percent else None,
        needs_documents=bool(raw.get("needs_documents", False)),
        needs_dimensions=bool(raw.get("needs_dimensions", False)),
        plan_results=bool(raw.get("plan_results", False)),
        channel=_text(raw, "channel", f"{where}.channel"),
        keywords=tuple(raw.get("keywords", ())),
        short_title=_text(raw, "short_title", f"{where}.short_title"),
    )


def _window(raw: Mapping[str, Any], where: str) -> DateWindow:
    due_text = _text(raw, "due", f"{where}.due")
    try:
        opens = parse_thai_date(raw["opens"]) if raw.get("opens") else None
        if not due_text:
            return DateWindow(text=raw.get("due_text", ""), due=None, opens=opens)
        window = parse_window(due_text)
    except ThaiDateError as exc:
        raise PlanFormatError(f"{where}: {exc}") from exc
    return DateWindow(text=window.text, due=window.due, opens=window.opens or opens)


def _dimension(raw: Mapping[str, Any]) -> Dimension:
    return Dimension(int(raw["number"]), str(raw["title"]), tuple(raw.get("categories", ())))


def _deductions(raw: Mapping[str, Any]) -> DeductionRules:
    defaults = DeductionRules()
    amounts = {
        name: _decimal(raw[name], f"indicator.deductions.{name}") if name in raw else value
        for name, value in vars(defaults).items()
    }
    return DeductionRules(**amounts)


def _mapping(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise PlanFormatError(f"{key}: ต้องมีและเป็นออบเจ็กต์")
    return value


def _text(data: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise PlanFormatError(f"{where}: ต้องเป็นข้อความ" + ("ที่ไม่ว่าง" if required else ""))
    return value.strip()


def _decimal(value: Any, where: str) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise PlanFormatError(f"{where}: ต้องเป็นตัวเลข (ได้ {value!r})") from exc


def merge_plan(existing: Organisation | None, plan: Plan) -> Organisation:
    """The organisation with the plan's indicator added, or replacing the one with its code."""
    if existing is None:
        return plan.organisation
    others = [i for i in existing.indicators if i.code != plan.indicator.code]
    at = next(
        (n for n, i in enumerate(existing.indicators) if i.code == plan.indicator.code), len(others)
    )
    indicators = [*others[:at], plan.indicator, *others[at:]]
    return replace(
        existing,
        short_name=existing.short_name or plan.organisation.short_name,
        parent=existing.parent or plan.organisation.parent,
        fiscal_year=existing.fiscal_year or plan.organisation.fiscal_year,
        indicators=tuple(replace(i, position=n) for n, i in enumerate(indicators, start=1)),
    )
