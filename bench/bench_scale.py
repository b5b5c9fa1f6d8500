"""Benchmark (not a test): the bot at scale -- reminders for 1,000 groups, the status of a
50-unit organisation, and a cold ``pmqa ask``.

1. ``reminders``: 1,000 bound groups (each an organisation with the seed-003 plan, six units,
   six members and the demo's steps; see ``bench_reminders.seed``), every one owed a reminder
   on 28 January 2025: ``ReminderSender.plan`` in a new process's database (cold) and again in
   the same one (warm), on SQLite and PostgreSQL.
2. ``status``: an organisation of 50 units, each with steps 1-3 done, bound to a group; signed
   ``สถานะ`` webhooks through the Flask app (the real SDK, the fake LINE server of the tests,
   SQLite): CPU and wall time per request and the SQL statements of one request.
3. ``pmqa ask``: ``pmqa ask สถานะ`` in a fresh interpreter on the demo database, wall time.

Run: .venv/bin/python bench/bench_scale.py [--groups 1000] [--repeat 3] [--skip postgresql]
``--root DIR`` runs it against another checkout (e.g. a worktree of an older commit) with this
venv: that checkout's ``bot`` is imported instead. PostgreSQL: PMQA_BENCH_POSTGRES_URL (default
postgresql+psycopg://postgres@127.0.0.1:5432/test); a database of its own is made and dropped.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _root() -> Path:
    if "--root" in sys.argv:
        return Path(sys.argv[sys.argv.index("--root") + 1]).resolve()
    return HERE.parent


ROOT = _root()
sys.path[:0] = [str(ROOT), str(HERE)]

from sqlalchemy import create_engine, event  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

NOW_TEXT = "2025-01-28"


def stats(label: str, values: list[float], unit: str = "ms", extra: str = "") -> None:
    """One line: median, min and max of ``values``."""
    print(
        f"  {label:<34} median {statistics.median(values):8.1f} {unit}"
        f"  range {min(values):8.1f}-{max(values):8.1f}  n={len(values)}{extra}"
    )


def timed(func: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one call."""
    start, start_cpu = time.perf_counter(), time.process_time()
    func()
    return (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000


def reminders(url: str, groups: int, repeat: int) -> None:
    """Plan the month for ``groups`` groups, cold and warm."""
    import bench_reminders

    from bot.db.database import Database
    from bot.line import LineGateway
    from bot.reminders.sender import ReminderSender
    from bot.settings import Settings

    db = Database.connect(url)
    db.upgrade()
    seeding = create_engine(url)  # no watchdog: a busy machine may take seconds to seed
    bench_reminders.seed(seeding, groups)
    seeding.dispose()
    gateway = LineGateway(Settings(database_url=url))
    cold_wall, cold_cpu, warm_wall, warm_cpu = [], [], [], []
    queries = [0]

    def count(*_: object) -> None:
        queries[0] += 1

    for _ in range(repeat):
        fresh = Database.connect(url)
        sender = ReminderSender(fresh, gateway, claimer="bench")
        event.listen(Engine, "before_cursor_execute", count)
        queries[0] = 0
        wall, cpu = timed(lambda s=sender: s.plan(bench_reminders.NOW))
        event.remove(Engine, "before_cursor_execute", count)
        cold_wall.append(wall)
        cold_cpu.append(cpu)
        wall, cpu = timed(lambda s=sender: s.plan(bench_reminders.NOW))
        warm_wall.append(wall)
        warm_cpu.append(cpu)
        fresh.close()
    kind = db.engine.dialect.name
    print(f"reminders, {groups} groups each owed one, {kind}")
    stats("plan the month, cold: wall", cold_wall, extra=f"  {queries[0]} queries")
    stats("plan the month, cold: cpu", cold_cpu)
    stats("plan the month, warm: wall", warm_wall)
    stats("plan the month, warm: cpu", warm_cpu)
    gateway.close()
    db.close()


def fifty_units(db: object) -> tuple[str, str, str]:
    """Store bench_core's organisation of 50 units with steps 1-3 done, bound to a group with
    a registered member; its name, the group and the member."""
    import bench_core

    from bot.db.database import Database
    from handlers.ports import GroupBinding
    from kpi_core.models import Member

    assert isinstance(db, Database)
    org, rows = bench_core._big_ministry(50)
    org = replace(org, name="กรมห้าสิบกอง", short_name="กห.")  # type: ignore[type-var]
    db.organisations.save(org)
    at = datetime(2024, 10, 1, tzinfo=UTC)
    group, user = "C" + "5" * 32, "U" + "5" * 32
    db.groups.bind(GroupBinding(group, org.name, "cli", at))
    db.members.save(Member(user, org.name, org.units[0].name, registered_at=at))
    for row in rows:
        db.submissions.append(org.name, replace(row, id=None))
    return org.name, group, user


def status(requests: int) -> None:
    """``สถานะ`` of a 50-unit organisation through the webhook, on SQLite."""
    from bot.db.database import Database
    from bot.web.app import create_app
    from tests.e2e.conftest import line_services
    from tests.fakes.fake_line import FakeLineServer
    from tests.fakes.webhook_events import body, sign, text_event

    with tempfile.TemporaryDirectory() as folder, FakeLineServer() as line:
        url = f"sqlite:///{folder}/bench.sqlite3"
        db = Database.connect(url)
        db.upgrade()
        _, group, user = fifty_units(db)
        db.close()
        services = line_services(url, line, datetime(2025, 1, 29, 10, 0, tzinfo=UTC))
        client = create_app(services.settings, services).test_client()
        statements = [0]

        def count(*_: object) -> None:
            statements[0] += 1

        def post() -> None:
            raw = body(text_event("สถานะ", group=group, user=user, mention_self=True))
            answer = client.post(
                "/callback",
                data=raw,
                headers={"X-Line-Signature": sign(raw)},
                content_type="application/json",
            )
            assert answer.status_code == 200, answer.status_code
            services.outbox.drain(10)

        for _ in range(5):
            post()  # warm-up: the dictionary, the first connection, caches
        event.listen(services.db.engine, "before_cursor_execute", count)
        post()
        event.remove(services.db.engine, "before_cursor_execute", count)
        walls, cpus = [], []
        for _ in range(requests):
            wall, cpu = timed(post)
            walls.append(wall)
            cpus.append(cpu)
        print("status of a 50-unit organisation (webhook → reply sent to fake LINE), SQLite")
        stats("per request: wall", walls, extra=f"  {statements[0]} statements")
        stats("per request: cpu", cpus)
        services.close()


def ask(repeat: int) -> None:
    """``pmqa ask สถานะ`` in a new interpreter each time, on the demo database."""
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{folder}/demo.sqlite3")
        env["PYTHONPATH"] = str(ROOT)
        pmqa = [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]
        for args in (["db", "upgrade"], ["demo"]):
            subprocess.run([*pmqa, *args], env=env, check=True, capture_output=True, cwd=folder)
        walls = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(
                [*pmqa, "ask", "--today", NOW_TEXT, "สถานะ"],
                env=env,
                check=True,
                capture_output=True,
                cwd=folder,
            )
            walls.append((time.perf_counter() - start) * 1000)
        print("cold `pmqa ask สถานะ` (new interpreter, demo database on SQLite)")
        stats("wall", walls)


def main() -> None:
    """Parse the options and run every part."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--skip", action="append", default=[],
                        choices=("sqlite", "postgresql", "status", "ask"))  # fmt: skip
    parser.add_argument("--root", help="the checkout whose code to measure (default: this one)")
    args = parser.parse_args()
    import bot

    print(f"code from {Path(bot.__file__).parent.parent}")
    if "sqlite" not in args.skip:
        with tempfile.TemporaryDirectory() as folder:
            reminders(f"sqlite:///{folder}/bench.sqlite3", args.groups, args.repeat)
    if "postgresql" not in args.skip:
        import bench_reminders

        with bench_reminders.postgres_database(bench_reminders.POSTGRES) as url:
            reminders(url, args.groups, args.repeat)
    if "status" not in args.skip:
        status(args.requests)
    if "ask" not in args.skip:
        ask(args.repeat)


if __name__ == "__main__":
    main()
