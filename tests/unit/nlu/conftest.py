"""Realistic organisations for the NLU tests: the three seed reports and the สป.รง. plan."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kpi_core.models import Organisation, Unit
from kpi_core.plan import load_plan
from kpi_core.report import parse_report

DATA = Path(__file__).resolve().parents[3] / "data"


def _report(name: str) -> Organisation:
    return parse_report((DATA / "reports" / name).read_text(encoding="utf-8"), source=name)


@pytest.fixture(scope="session")
def pathum_thani() -> Organisation:
    """Seed 000: ขยะ, ท่องเที่ยว, ยาเสพติด, e-Service, PMQA."""
    return _report("pathum_thani_2565.txt")


@pytest.fixture(scope="session")
def budget_bureau() -> Organisation:
    """Seed 002: four indicators share the keyword งบประมาณ."""
    return _report("budget_bureau_2567.txt")


@pytest.fixture(scope="session")
def ocsc() -> Organisation:
    """Seed 004: the ethics block twice (4 and 5), Master Data, DG readiness twice."""
    return _report("ocsc_2567.txt")


@pytest.fixture(scope="session")
def labour() -> Organisation:
    """Seed 003: the สป.รง. plan indicator with the demo's units."""
    plan = load_plan(json.loads((DATA / "plans" / "mol_pmqa_2568.json").read_text("utf-8")))
    demo = json.loads((DATA / "demo" / "demo.json").read_text("utf-8"))
    units = tuple(
        Unit(u["name"], u.get("short_name", ""), tuple(u.get("aliases", ())))
        for u in demo["units"][plan.organisation.name]
    )
    return replace(plan.organisation, units=units)
