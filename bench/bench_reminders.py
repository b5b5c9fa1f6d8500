"""Benchmark (not a test): planning the reminders of 1,000 bound groups, on SQLite and PostgreSQL.

Each group is bound to an organisation of its own holding the seed-003 plan, six units, six
members and the demo's step submissions, so on 28 January 2025 at 09:00 every group is owed
its step-3 reminder. Measured:

- ``per-group reads``: the reads the scheduler used to make group by group (policy,
  organisation, submissions, members, its deliveries): the "before" of issue 12;
- ``plan the month``: one batched snapshot, every group's due reminders and the month's plan
  across all groups within a quota (``ReminderSender.plan``), cold (a new process) and warm
  (organisations cached by data version, as in the scheduler process);
- ``dry run``: the same plus every group's message, as ``pmqa remind --dry-run`` does.

Run: .venv/bin/python bench/bench_reminders.py [--groups 1000] [--repeat 5] [--only postgresql]
PostgreSQL: PMQA_BENCH_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test);
a database of its own is created and dropped.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, event, insert, text
from sqlalchemy.engine import Engine, make_url

from bot.db.database import Database
from bot.db.tables import (
    GroupBindingRow,
    IndicatorRow,
    MemberRow,
    OrganisationRow,
    SubmissionRow,
    UnitRow,
)
from bot.line import LineGateway
from bot.reminders.sender import ReminderSender
from bot.settings import Settings
from kpi_core.codec import to_data
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.plan import load_plan

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2025, 1, 28, 9, 0, tzinfo=BANGKOK)
UNITS = 6
STEPS_DONE = {1: range(UNITS), 2: range(UNITS), 3: range(2)}  # the demo's progress
POSTGRES = os.environ.get(
    "PMQA_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def seed(engine: Engine, groups: int) -> None:
    """``groups`` organisations, each with the plan, units, members, steps and one group."""
    plan = load_plan(json.loads((DATA / "plans" / "mol_pmqa_2568.json").read_text("utf-8")))
    definition = to_data(plan.indicator)
    at = datetime(2024, 10, 1, tzinfo=UTC)
    rows: dict[type, list[dict]] = {t: [] for t in (OrganisationRow, UnitRow, IndicatorRow)}
    rows |= {MemberRow: [], SubmissionRow: [], GroupBindingRow: []}
    for n in range(1, groups + 1):
        rows[OrganisationRow].append(
            dict(id=n, name=f"กรมทดสอบ {n}", short_name=f"กท.{n}", weight=Decimal(1), parent="",
                 summary="", fiscal_year=2568, source="bench", demo=True, content_hash="",
                 data_version=1, created_at=at, updated_at=at)
        )  # fmt: skip
        rows[IndicatorRow].append(
            dict(organisation_id=n, position=1, code="1", title=plan.indicator.title,
                 method="milestones", unit="", weight=Decimal(1), keywords=[],
                 definition=definition, active=True)
        )  # fmt: skip
        rows[GroupBindingRow].append(
            dict(group_id=f"C{n:032x}", organisation_id=n, bound_by="bench", bound_at=at)
        )
        for u in range(UNITS):
            unit_id = (n - 1) * UNITS + u + 1
            rows[UnitRow].append(
                dict(id=unit_id, organisation_id=n, position=u + 1, name=f"กอง {u + 1}",
                     short_name="", aliases=[], coordinator=u == 0)
            )  # fmt: skip
            rows[MemberRow].append(
                dict(line_user_id=f"U{unit_id:032x}", organisation_id=n, unit_id=unit_id,
                     display_name="", role="member", registered_at=at, registered_by="bench")
            )  # fmt: skip
        for step, units in STEPS_DONE.items():
            for u in units:
                done = date(2024, 11, 20) + timedelta(days=30 * (step - 1))
                rows[SubmissionRow].append(
                    dict(organisation_id=n, unit_id=(n - 1) * UNITS + u + 1, indicator_code="1",
                         kind="step", value=Decimal(90) if step == 2 else None, step=step,
                         done_on=done, channel="google_drive" if step == 3 else "",
                         documents="complete", dimensions=[1, 2, 3] if step == 3 else [],
                         action="submit", submitted_by="bench", submitted_by_name="",
                         submitted_at=datetime.combine(done, datetime.min.time(), UTC),
                         note="")
                )  # fmt: skip
    with engine.begin() as connection:
        for table, values in rows.items():
            for start in range(0, len(values), 2000):
                connection.execute(insert(table), values[start : start + 2000])
        if engine.dialect.name == "postgresql":  # explicit ids: move the sequences past them
            for table in ("organisations", "units"):
                connection.execute(
                    text(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))")
                )


@contextmanager
def counted() -> Iterator[list[int]]:
    """Count the statements sent to any database inside the block."""
    count = [0]

    def one(*_: object) -> None:
        count[0] += 1

    event.listen(Engine, "before_cursor_execute", one)
    try:
        yield count
    finally:
        event.remove(Engine, "before_cursor_execute", one)


def measure(label: str, func: Callable[[], object], repeat: int) -> None:
    """Run ``func`` ``repeat`` times; print the median and worst wall time in ms, the median CPU
    time of this process (SQLite runs inside it; PostgreSQL's own work does not count) and the
    queries of one run."""
    times, cpu = [], []
    for _ in range(repeat):
        with counted() as queries:
            start, start_cpu = time.perf_counter(), time.process_time()
            func()
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
    print(
        f"  {label:<30} median {statistics.median(times):7.0f} ms"
        f" (cpu {statistics.median(cpu):6.0f})"
        f"  worst {max(times):7.0f} ms  {queries[0]:5d} queries  n={repeat}"
    )


def per_group_reads(db: Database) -> None:
    """What the scheduler used to read for each group, one group at a time."""
    for binding in db.groups.all():
        db.reminder_policies.get(binding.group_id)
        org = db.organisations.get(binding.organisation)
        assert org is not None
        db.submissions.list(org.name)
        db.members.members_of(org.name)
        db.reminder_deliveries.list(group_id=binding.group_id)


def bench(url: str, groups: int, repeat: int) -> None:
    """Seed a fresh database at ``url`` and measure."""
    db = Database.connect(url)
    db.upgrade()
    seed(db.engine, groups)
    settings = Settings(database_url=url)
    gateway = LineGateway(settings)

    def cold() -> None:
        fresh = Database.connect(url)
        ReminderSender(fresh, gateway, claimer="bench").plan(NOW)
        fresh.close()

    warm_sender = ReminderSender(db, gateway, claimer="bench")
    warm_sender.plan(NOW)
    print(f"{make_url(url).get_backend_name()}: {groups} bound groups, each owed a reminder")
    measure("per-group reads (before)", lambda: per_group_reads(db), repeat)
    measure("plan the month, cold", cold, repeat)
    measure("plan the month, warm", lambda: warm_sender.plan(NOW), repeat)
    dry = len(warm_sender.run(NOW, dry_run=True))
    measure(f"dry run ({dry} groups due)", lambda: warm_sender.run(NOW, dry_run=True), repeat)
    gateway.close()
    db.close()


@contextmanager
def postgres_database(admin: str) -> Iterator[str]:
    """A database of its own on the PostgreSQL server, dropped afterwards."""
    name = f"pmqa_bench_reminders_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        engine.dispose()


def main() -> None:
    """Parse the options and run the benchmark on each database."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    args = parser.parse_args()
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as folder:
            bench(f"sqlite:///{folder}/bench.sqlite3", args.groups, args.repeat)
    if args.only in (None, "postgresql"):
        with postgres_database(POSTGRES) as url:
            bench(url, args.groups, args.repeat)


if __name__ == "__main__":
    main()
