"""The desk's pages: the overview, a unit, the indicators and (coordinator) the audit trail.

No URL names an organisation: every page shows the organisation of the signed-in member,
so changing an address can never reach another one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from flask import Blueprint, abort, make_response, render_template, request
from markupsafe import Markup

from bot.charts.svg import band_svg, bars_svg
from bot.composition import Services
from bot.web.desk.auth import Visitor, message, visitor
from bot.web.desk.security import csrf_token
from handlers.audit_view import AuditFilter, audit_line
from handlers.common import status_of
from handlers.desk_permissions import DeskAct
from handlers.desk_unit import unit_view
from handlers.desk_view import bands, grids, level_chart
from handlers.formatting import number
from handlers.status_view import indicator_view, org_title
from kpi_core.models import TIER_LABELS_TH, Organisation
from kpi_core.status import OrganisationStatus
from kpi_core.thai_dates import format_thai_date

AUDIT_ROWS = 500  # the page shows the newest; the workbook holds them all


def register_pages(desk: Blueprint, services: Services) -> None:
    """Add the pages to the desk blueprint."""

    def status(v: Visitor, unit: str | None = None) -> OrganisationStatus:
        ports = services.ports(offline=True)
        return status_of(ports, v.organisation, unit, today=services.now().date())

    @desk.get("/")
    def overview() -> str:
        """Units × steps, next deadlines, scores, the level chart and the PMQA band."""
        v = visitor(services, DeskAct.OVERVIEW)
        current = status(v)
        chart = level_chart(current)
        return render_template(
            "desk/overview.html",
            **_common(v, current),
            grids=grids(current),
            views=[indicator_view(s) for s in current.indicators],
            chart=Markup(bars_svg(chart)) if chart else None,
            chart_title=f"{chart.subtitle}" if chart else "",
            bands=[(b, Markup(band_svg(b))) for b in bands(current)],
            **_total(current),
        )

    @desk.get("/unit/<int:number>")
    def unit(number: int) -> str:
        """One unit: its steps and evidence, deductions and full history."""
        v = visitor(services, DeskAct.OVERVIEW)
        org = _organisation(services, v)
        if not 1 <= number <= len(org.units):
            abort(make_response(*message("ไม่พบหน่วยงานนี้ในหน่วยงานของคุณ", 404)))
        current = status(v, org.units[number - 1].name)
        rows = services.db.submissions.list(v.organisation)
        return render_template(
            "desk/unit.html", **_common(v, current), unit=unit_view(current, rows), number=number
        )

    @desk.get("/indicators")
    def indicators() -> str:
        """Each indicator with its items and results, criteria groups and tiers."""
        v = visitor(services, DeskAct.OVERVIEW)
        current = status(v)
        pairs = [(s.indicator, indicator_view(s)) for s in current.indicators]
        return render_template("desk/indicators.html", **_common(v, current), pairs=pairs)

    @desk.get("/audit")
    def audit() -> str:
        """Every write, filterable by unit, step and date; nothing here changes anything."""
        v = visitor(services, DeskAct.AUDIT)
        org = _organisation(services, v)
        wanted = _filter(org)
        entries = services.db.audit.entries(v.organisation, wanted)
        return render_template(
            "desk/audit.html",
            **_common(v, status(v)),
            lines=[audit_line(e) for e in entries[:AUDIT_ROWS]],
            total=len(entries),
            wanted=wanted,
            steps=sorted({s.number for i in org.indicators for s in i.steps}),
        )


def _organisation(services: Services, v: Visitor) -> Organisation:
    org = services.db.organisations.get(v.organisation)
    if org is None:
        abort(make_response(*message("ไม่พบหน่วยงาน", 404)))
    return org


def _common(v: Visitor, current: OrganisationStatus) -> dict[str, Any]:
    org = current.organisation
    return {
        "title": org_title(current),
        "today": format_thai_date(current.today),
        "member": v.member,
        "coordinator": v.member.is_coordinator,
        "demo": current.demo,
        "units": [u.name for u in org.units],
        "csrf": csrf_token(),
        "tier_th": TIER_LABELS_TH,
    }


def _total(current: OrganisationStatus) -> dict[str, str]:
    total = current.total
    percent = f"{number(total.percent, 2)}%" if total.percent is not None else "-"
    reported = f"จาก {total.reported_count}/{total.total_count} ตัวชี้วัดที่มีคะแนน"
    return {"total": percent, "reported": reported}


def _filter(org: Organisation) -> AuditFilter:
    unit = request.args.get("unit") or None
    step = request.args.get("step", type=int)
    return AuditFilter(
        unit=unit if unit in {u.name for u in org.units} else None,
        step=step if step and step > 0 else None,
        since=_day(request.args.get("since")),
        until=_day(request.args.get("until")),
    )


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
