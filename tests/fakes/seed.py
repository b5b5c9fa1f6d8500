"""Realistic data for handler tests, read once from data/: the seed reports, the สป.รง. plan with
the demo's units, and the demo's people and submissions (``data/demo/demo.json``)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from typing import Any

from bot.importing import named
from handlers.data_files import read_text
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Member, Organisation, Role, Submission, SubmissionKind, Unit
from kpi_core.plan import load_plan
from kpi_core.report import parse_report

_DEMO: dict[str, Any] = json.loads(read_text("demo", "demo.json"))
_PEOPLE = {
    raw["line_user_id"]: Member(
        line_user_id=raw["line_user_id"],
        organisation=raw["organisation"],
        unit=raw.get("unit"),
        display_name=raw.get("display_name", ""),
        role=Role(raw.get("role", Role.MEMBER.value)),
    )
    for raw in _DEMO["members"]
}
COORDINATOR = _PEOPLE["Ud0000000000000000000000000000001"]  # ต๋อย: สป.รง.'s coordinator
SOMCHAI = _PEOPLE["Ud0000000000000000000000000000002"]  # a member of กองคลัง, สป.รง.
SOMYING = _PEOPLE["Ud0000000000000000000000000000003"]  # a member of กองการเจ้าหน้าที่, สป.รง.
PATHUM = _PEOPLE["Ud0000000000000000000000000000004"]  # a member of ปทุมธานี (no units)
OCSC_COORDINATOR = _PEOPLE["Ud0000000000000000000000000000005"]  # coordinator of สำนักงาน ก.พ.
STRANGER = "U" + "f" * 32  # a LINE user who never registered


@cache
def report(name: str) -> Organisation:
    """The organisation of one seed report in data/reports/, named as an import names it."""
    return named(parse_report(read_text("reports", name), source=name))


def pathum_thani() -> Organisation:
    """Seed 000 (no units): pass/fail Eco Town, report-only ขยะ, ท่องเที่ยว, … and PMQA."""
    return report("pathum_thani_2565.txt")


def budget_bureau() -> Organisation:
    """Seed 002: four indicators share the keyword งบประมาณ; OPDC tiers with baselines."""
    return report("budget_bureau_2567.txt")


def ocsc() -> Organisation:
    """Seed 004: the ethics block twice (4 and 5), Master Data, DG readiness twice."""
    return report("ocsc_2567.txt")


@cache
def labour() -> Organisation:
    """Seed 003: the สป.รง. plan (one milestone indicator, five steps) with the demo's units."""
    plan = load_plan(json.loads(read_text("plans", "mol_pmqa_2568.json")))
    units = tuple(
        Unit(
            u["name"],
            u.get("short_name", ""),
            tuple(u.get("aliases", ())),
            bool(u.get("coordinator")),
        )
        for u in _DEMO["units"][plan.organisation.name]
    )
    return replace(named(plan.organisation), units=units)


def mol_units() -> tuple[str, ...]:
    """The names of สป.รง.'s units in the demo, in its order."""
    return tuple(u.name for u in labour().units)


def demo_rows(organisation: str) -> list[Submission]:
    """The demo's submissions and baselines of one organisation, without ids, in file order."""
    entries = [*_DEMO["submissions"], *({**b, "kind": "baseline"} for b in _DEMO["baselines"])]
    return [_submission(e) for e in entries if e["organisation"] == organisation]


def _submission(entry: dict[str, Any]) -> Submission:
    done_on = date.fromisoformat(entry["done_on"]) if entry.get("done_on") else None
    return Submission(
        indicator_code=entry["indicator"],
        kind=SubmissionKind(entry["kind"]),
        unit=entry.get("unit"),
        value=Decimal(entry["value"]) if entry.get("value") else None,
        step=entry.get("step"),
        done_on=done_on,
        channel=entry.get("channel", ""),
        dimensions=frozenset(entry.get("dimensions", ())),
        submitted_by="demo",
        submitted_by_name="ข้อมูลสาธิต",
        submitted_at=datetime.combine(done_on or date(2024, 10, 1), time(10), BANGKOK),
        note=entry.get("note", ""),
    )
