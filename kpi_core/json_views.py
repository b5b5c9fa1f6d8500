"""The stable JSON shapes printed by ``pmqa import-report --json`` and ``pmqa status --json``.

Decimals are strings (``"16.00"``, ``"1462.21"``) so no digit is lost; dates are ISO
``YYYY-MM-DD``; absent values are ``null``. README.md documents both shapes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from kpi_core.models import (
    AssessmentItem,
    CriteriaGroup,
    Indicator,
    Organisation,
    Range,
    Submission,
)
from kpi_core.scoring import Score, StepStatus, TierThresholds
from kpi_core.status import Deadline, IndicatorStatus, OrganisationStatus
from kpi_core.status_milestones import MilestoneView
from kpi_core.year_end import YearStanding


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def report_view(org: Organisation) -> dict[str, Any]:
    """An imported report: the organisation and, per indicator, its criteria and typed items."""
    return {
        "organisation": {
            "name": org.name,
            "parent": org.parent,
            "weight": _dec(org.weight),
            "assessed_score": _dec(org.assessed_score),
            "summary": org.summary,
            "source": org.source,
        },
        "indicators": [indicator_view(i) for i in org.indicators],
    }


def indicator_view(indicator: Indicator) -> dict[str, Any]:
    """One indicator's identity, texts, criteria groups and items."""
    return {
        "index": indicator.position,
        "code": indicator.code,
        "title": indicator.title,
        "unit": indicator.unit,
        "method": indicator.method.value,
        "keywords": list(indicator.keywords),
        "strategic_kpi": indicator.strategic_kpi,
        "formula": indicator.formula,
        "criteria_round": indicator.criteria_round,
        "criteria_note": indicator.criteria_note,
        "baseline_label": indicator.baseline_label,
        "criteria_groups": [_group_view(g) for g in indicator.criteria_groups],
        "items": [_item_view(i) for i in indicator.items],
    }


def _group_view(group: CriteriaGroup) -> dict[str, Any]:
    return {
        "label": group.label,
        "condition": group.condition,
        "ranges": [_range_view(r) for r in group.ranges],
        "agencies": list(group.agencies),
        "exempt": group.exempt,
        "note": group.note,
        "targets": [
            {"tier": t.tier.value, "text": t.text, "value": _dec(t.value)} for t in group.targets
        ],
    }


def _range_view(r: Range) -> dict[str, Any]:
    return {
        "low": _dec(r.low),
        "high": _dec(r.high),
        "low_inclusive": r.low_inclusive,
        "high_inclusive": r.high_inclusive,
    }


def _item_view(item: AssessmentItem) -> dict[str, Any]:
    result = item.result
    if result is None:
        return {"text": item.text, "result": None}
    return {
        "text": item.text,
        "result": {
            "type": result.kind.value,
            "value": _dec(result.value),
            "unit": result.unit,
            "raw": result.raw,
        },
    }


def status_view(status: OrganisationStatus) -> dict[str, Any]:
    """An organisation's status on a day: per indicator result, tier/level, score, deadline."""
    total = status.total
    return {
        "organisation": status.organisation.name,
        "unit": status.unit,
        "today": status.today.isoformat(),
        "demo": status.demo,
        "year": _year_view(status.standing),
        "indicators": [_status_view(s) for s in status.indicators],
        "total": {
            "percent": _dec(total.percent),
            "reported": total.reported_count,
            "indicators": total.total_count,
            "share_reported_percent": _dec(total.share_reported),
        },
    }


def _score_view(score: Score | None) -> dict[str, str] | None:
    return None if score is None else {"value": str(score.value), "maximum": str(score.maximum)}


def _status_view(s: IndicatorStatus) -> dict[str, Any]:
    return {
        "code": s.indicator.code,
        "title": s.indicator.title,
        "method": s.indicator.method.value,
        "value": _dec(s.value),
        "unit": s.value_unit,
        "value_from": s.value_from or None,
        "demo": s.demo,
        "passed": None
        if s.passed is None
        else {"passed": s.passed.passed, "total": s.passed.total},
        "baseline": _dec(s.baseline),
        "group": None if s.group is None else s.group.label,
        "thresholds": _thresholds_view(s.thresholds),
        "tier": None if s.tier is None else s.tier.value,
        "score": _score_view(s.score),
        "pmqa_level": None if s.pmqa_level is None else s.pmqa_level.value,
        "units": _units_view(s.milestones),
        "next_deadline": _deadline_view(s.deadline),
        "overdue": None if s.milestones is None else _overdue_view(s.milestones),
    }


def _year_view(standing: YearStanding | None) -> dict[str, Any] | None:
    if standing is None or standing.fiscal_year is None:
        return None
    closed = standing.close.closed_at.isoformat() if standing.close else None
    return {"fiscal_year": standing.fiscal_year, "phase": standing.phase.value, "closed_at": closed}


def _overdue_view(view: MilestoneView) -> list[dict[str, Any]]:
    return [
        {
            "step": o.step.number,
            "due": _iso(o.step.window.due),
            "days_overdue": o.days_overdue,
            "missing_units": list(o.missing_units),
        }
        for o in view.overdue
    ]


def _thresholds_view(t: TierThresholds | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {
        name: None if th is None else {"value": str(th.value), "strict": th.strict}
        for name, th in (("basic", t.basic), ("standard", t.standard), ("advanced", t.advanced))
    }


def _units_view(view: MilestoneView | None) -> list[dict[str, Any]] | None:
    if view is None:
        return None
    return [
        {
            "unit": p.unit,
            "level": p.result.level,
            "score": str(p.result.score),
            "steps": [_step_view(st, p.records.get(st.number)) for st in p.result.steps],
            "deductions": [
                {"step": d.step, "reason": d.reason.value, "points": str(d.points)}
                for d in p.result.deductions
            ],
        }
        for p in view.units
    ]


def _step_view(st: StepStatus, record: Submission | None) -> dict[str, Any]:
    known = record is not None and record.plan_met is not None and record.plan_total
    return {
        "step": st.number,
        "state": st.state.value,
        "done_on": _iso(st.done_on),
        "documents": record.documents.value if record is not None else None,
        "links": list(record.links) if record is not None else [],
        "plan": {"met": record.plan_met, "total": record.plan_total} if known else None,
    }


def _deadline_view(d: Deadline | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {
        "step": d.step.number,
        "due": _iso(d.step.window.due),
        "days_left": d.days_left,
        "working_days_left": d.working_days_left,
        "opens": _iso(d.opens),
        "open": d.is_open,
        "missing_units": list(d.missing_units),
    }


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()
