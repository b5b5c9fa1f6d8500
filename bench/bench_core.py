"""Benchmark (not a test): report import, status computation and a status read from SQLite.

Run: .venv/bin/python bench/bench_core.py   (prints one line per measurement)
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from bot.composition import build_services
from bot.demo import load_demo
from bot.settings import Settings
from handlers.common import status_of
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import Submission, SubmissionKind, Unit
from kpi_core.plan import load_plan
from kpi_core.report import parse_report
from kpi_core.status import build_status

DATA = Path(__file__).resolve().parents[1] / "data"


def measure(label: str, func: Callable[[], object], repeat: int) -> None:
    """Run ``func`` ``repeat`` times and print the median and 95th percentile in ms."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"{label:<48} median {statistics.median(times):8.3f} ms   p95 {p95:8.3f} ms   n={repeat}")


def _big_ministry(units: int) -> tuple[object, list[Submission]]:
    plan = load_plan(json.loads((DATA / "plans" / "mol_pmqa_2568.json").read_text("utf-8")))
    org = replace(plan.organisation, units=tuple(Unit(f"กอง {n}") for n in range(units)))
    rows = []
    for n in range(units):
        for step in (1, 2, 3):
            done = date(2024, 11, 20) + timedelta(days=30 * (step - 1) + n % 5)
            rows.append(
                Submission(
                    id=len(rows) + 1,
                    indicator_code="1",
                    kind=SubmissionKind.STEP,
                    unit=f"กอง {n}",
                    step=step,
                    done_on=done,
                    value=Decimal(90) if step == 2 else None,
                    dimensions=frozenset({1, 2, 3}) if step == 3 else frozenset(),
                    submitted_at=datetime(done.year, done.month, done.day, tzinfo=UTC),
                )
            )
    return org, rows


def main() -> None:
    """Print every measurement."""
    for path in sorted((DATA / "reports").glob("*.txt")):
        text = path.read_text("utf-8")
        measure(f"parse_report {path.name}", lambda t=text: parse_report(t), 50)
    org, rows = _big_ministry(50)
    measure(
        "build_status 50 units x 3 steps",
        lambda: build_status(org, rows, today=date(2025, 1, 28)),
        50,
    )
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env({"DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3"})
        services = build_services(settings, clock=lambda: datetime(2025, 1, 28, 9, tzinfo=BANGKOK))
        services.db.upgrade()
        load_demo(services.db)
        ports, today = services.ports(offline=True), services.now().date()
        measure(
            "status_of สป.รง. from SQLite (load + compute)",
            lambda: status_of(ports, "สำนักงานปลัดกระทรวงแรงงาน", None, today=today),
            100,
        )
        services.close()


if __name__ == "__main__":
    main()
