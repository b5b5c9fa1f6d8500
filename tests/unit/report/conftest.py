"""The three seed reports, read and parsed once for the report-import tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kpi_core.models import Organisation
from kpi_core.report import parse_report

REPORTS = Path(__file__).resolve().parents[3] / "data" / "reports"
PATHUM_THANI = "pathum_thani_2565.txt"  # seed 000
BUDGET_BUREAU = "budget_bureau_2567.txt"  # seed 002
OCSC = "ocsc_2567.txt"  # seed 004


@pytest.fixture(scope="session")
def seed_text() -> Callable[[str], str]:
    """Read a seed report by file name."""
    return lambda name: (REPORTS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pathum_thani(seed_text: Callable[[str], str]) -> Organisation:
    """Seed 000: a province, six indicators, results but no criteria groups."""
    return parse_report(seed_text(PATHUM_THANI), source=PATHUM_THANI)


@pytest.fixture(scope="session")
def budget_bureau(seed_text: Callable[[str], str]) -> Organisation:
    """Seed 002: a department, eight indicators, four of them with criteria groups."""
    return parse_report(seed_text(BUDGET_BUREAU), source=BUDGET_BUREAU)


@pytest.fixture(scope="session")
def ocsc(seed_text: Callable[[str], str]) -> Organisation:
    """Seed 004: ten indicators, the ethics block twice, the DG-readiness criteria twice."""
    return parse_report(seed_text(OCSC), source=OCSC)


@pytest.fixture(scope="session")
def seeds(
    pathum_thani: Organisation, budget_bureau: Organisation, ocsc: Organisation
) -> dict[str, Organisation]:
    """All three seeds by file name."""
    return {PATHUM_THANI: pathum_thani, BUDGET_BUREAU: budget_bureau, OCSC: ocsc}
