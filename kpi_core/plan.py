"""Load a ministry's own plan indicator (seed 003 style) from its JSON data file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from kpi_core.models import (
    DateWindow,
    DeductionRules,
    Dimension,
    Indicator,
    Meeting,
    MilestoneStep,
    Organisation,
    PlanForm,
    Unit,
)
from kpi_core.org_names import with_names, with_units
from kpi_core.plan_fields import PlanFormatError, decimal_field, scoring_options, text_field
from kpi_core.thai_dates import ThaiDateError, parse_thai_date, parse_window

PLAN_FORMAT = "pmqa-plan/1"


@dataclass(frozen=True)
class Plan:
    """A plan file: the organisation it belongs to (with its units) and its indicator; an
    organisation file has units and no indicator."""

    organisation: Organisation
    indicator: Indicator | None


def load_plan(data: Mapping[str, Any]) -> Plan:
    """Build the plan's organisation (with the units it lists) and indicator from parsed JSON."""
    if not isinstance(data, Mapping) or data.get("format") != PLAN_FORMAT:
        raise PlanFormatError(f"format: ต้องเป็น {PLAN_FORMAT!r}")
    org = _mapping(data, "organisation")
    fiscal_year = data.get("fiscal_year")
    units = _units(org)
    if "indicator" not in data and not units:
        raise PlanFormatError("indicator: ต้องมีตัวชี้วัด (หรือ organisation.units สำหรับไฟล์หน่วยงาน)")
    try:
        indicator = (
            _indicator(_mapping(data, "indicator"), fiscal_year) if "indicator" in data else None
        )
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, PlanFormatError):
            raise
        raise PlanFormatError(f"indicator: ข้อมูลไม่ครบหรือผิดรูปแบบ ({exc})") from exc
    organisation = Organisation(
        name=text_field(org, "name", "organisation.name", required=True),
        short_name=text_field(org, "short_name", "organisation.short_name"),
        aliases=_names(org, "aliases", "organisation.aliases"),
        parent=text_field(org, "parent", "organisation.parent"),
        fiscal_year=fiscal_year,
        source=text_field(data, "source", "source"),
        units=units,
        indicators=(indicator,) if indicator else (),
    )
    return Plan(organisation, indicator)


def _units(org: Mapping[str, Any]) -> tuple[Unit, ...]:
    raw = org.get("units", [])
    if not isinstance(raw, list):
        raise PlanFormatError("organisation.units: ต้องเป็นรายการ")
    units = []
    for n, entry in enumerate(raw):
        where = f"organisation.units[{n}]"
        if not isinstance(entry, Mapping):
            raise PlanFormatError(f"{where}: ต้องเป็นออบเจ็กต์ที่มี name")
        units.append(
            Unit(
                name=text_field(entry, "name", f"{where}.name", required=True),
                short_name=text_field(entry, "short_name", f"{where}.short_name"),
                aliases=_names(entry, "aliases", f"{where}.aliases"),
                coordinator=bool(entry.get("coordinator", False)),
            )
        )
    names = [u.name for u in units]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise PlanFormatError(f"organisation.units: ชื่อซ้ำ {', '.join(twice)}")
    return tuple(units)


def _names(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PlanFormatError(f"{where}: ต้องเป็นรายการข้อความ")
    return tuple(v.strip() for v in value if v.strip())


def _indicator(raw: Mapping[str, Any], fiscal_year: int | None) -> Indicator:
    steps = tuple(_step(s, f"indicator.steps[{i}]") for i, s in enumerate(raw.get("steps", [])))
    if [s.number for s in steps] != list(range(1, len(steps) + 1)):
        raise PlanFormatError("indicator.steps: ขั้นตอนต้องเรียงเลข 1, 2, 3, ...")
    return Indicator(
        code=text_field(raw, "code", "indicator.code", required=True),
        title=text_field(raw, "title", "indicator.title", required=True),
        position=1,
        keywords=tuple(raw.get("keywords", ())),
        description=text_field(raw, "description", "indicator.description"),
        unit=text_field(raw, "unit", "indicator.unit"),
        steps=steps,
        dimensions=tuple(_dimension(d) for d in raw.get("dimensions", ())),
        deductions=_deductions(raw.get("deductions", {})),
        max_level=int(raw.get("max_level", len(steps) or 5)),
        forms=tuple(PlanForm(int(f["number"]), str(f["title"])) for f in raw.get("forms", ())),
        forms_url=text_field(raw, "forms_url", "indicator.forms_url"),
        meetings=tuple(
            _meeting(m, f"indicator.meetings[{i}]") for i, m in enumerate(raw.get("meetings", ()))
        ),
        fiscal_year=fiscal_year,
        **scoring_options(raw),
    )


def _step(raw: Mapping[str, Any], where: str) -> MilestoneStep:
    min_percent = raw.get("min_percent")
    return MilestoneStep(
        number=int(raw["number"]),
        title=text_field(raw, "title", f"{where}.title", required=True),
        window=_window(raw, where),
        round=int(raw.get("round", 1)),
        min_percent=decimal_field(min_percent, f"{where}.min_percent") if min_percent else None,
        needs_documents=bool(raw.get("needs_documents", False)),
        needs_dimensions=bool(raw.get("needs_dimensions", False)),
        plan_results=bool(raw.get("plan_results", False)),
        channel=text_field(raw, "channel", f"{where}.channel"),
        keywords=tuple(raw.get("keywords", ())),
        short_title=text_field(raw, "short_title", f"{where}.short_title"),
        channel_note=text_field(raw, "channel_note", f"{where}.channel_note"),
        forms=tuple(int(n) for n in raw.get("forms", ())),
    )


def _window(raw: Mapping[str, Any], where: str) -> DateWindow:
    due_text = text_field(raw, "due", f"{where}.due")
    try:
        opens = parse_thai_date(raw["opens"]) if raw.get("opens") else None
        if not due_text:
            return DateWindow(text=raw.get("due_text", ""), due=None, opens=opens)
        window = parse_window(due_text)
    except ThaiDateError as exc:
        raise PlanFormatError(f"{where}: {exc}") from exc
    return DateWindow(text=window.text, due=window.due, opens=window.opens or opens)


def _meeting(raw: Mapping[str, Any], where: str) -> Meeting:
    try:
        on = parse_thai_date(raw["date"]) if raw.get("date") else None
    except ThaiDateError as exc:
        raise PlanFormatError(f"{where}.date: {exc}") from exc
    return Meeting(
        title=text_field(raw, "title", f"{where}.title", required=True),
        on=on,
        time=text_field(raw, "time", f"{where}.time"),
        place=text_field(raw, "place", f"{where}.place"),
        by=text_field(raw, "by", f"{where}.by"),
    )


def _dimension(raw: Mapping[str, Any]) -> Dimension:
    return Dimension(int(raw["number"]), str(raw["title"]), tuple(raw.get("categories", ())))


def _deductions(raw: Mapping[str, Any]) -> DeductionRules:
    defaults = DeductionRules()
    amounts = {
        name: decimal_field(raw[name], f"indicator.deductions.{name}") if name in raw else value
        for name, value in vars(defaults).items()
    }
    return DeductionRules(**amounts)


def _mapping(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise PlanFormatError(f"{key}: ต้องมีและเป็นออบเจ็กต์")
    return value


def merge_plan(existing: Organisation | None, plan: Plan) -> Organisation:
    """The organisation with the plan's units and names added, and its indicator added or
    replacing the one with its code; units already there are kept (never removed)."""
    if existing is None:
        return plan.organisation
    org = plan.organisation
    existing = replace(
        with_units(with_names(existing, org.short_name, org.aliases), org.units),
        parent=existing.parent or org.parent,
        # A newer year's plan starts that year (after the coordinator closed the last one).
        fiscal_year=max((y for y in (existing.fiscal_year, org.fiscal_year) if y), default=None),
    )
    if plan.indicator is None:
        return existing
    others = [i for i in existing.indicators if i.code != plan.indicator.code]
    at = next(
        (n for n, i in enumerate(existing.indicators) if i.code == plan.indicator.code), len(others)
    )
    indicators = [*others[:at], plan.indicator, *others[at:]]
    return replace(
        existing,
        indicators=tuple(replace(i, position=n) for n, i in enumerate(indicators, start=1)),
    )
