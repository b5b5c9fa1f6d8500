"""Benchmark (not a test): PostgreSQL round trips per webhook event, with and without a ping.

Run: .venv/bin/python bench/bench_round_trips.py [--events 50]
Makes a temporary database on the local PostgreSQL (PMQA_TEST_POSTGRES_URL), loads the demo,
and posts signed webhooks through the Flask app to a local fake LINE server, the database
reached through a counting TCP proxy. Prints the client-to-server sends per event (about one
per round trip) and the time per event, for the pool as configured (recycled, no ping) and
with SQLAlchemy's pre-ping on every checkout. Drops the database at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.db.database import Database  # noqa: E402
from bot.db.engine import DatabaseTimeouts, make_session_factories, postgres_connect_args  # noqa: E402
from bot.demo import load_demo  # noqa: E402
from bot.web.app import create_app  # noqa: E402
from tests.e2e.conftest import KONGKLANG, line_services  # noqa: E402
from tests.fakes.fake_line import FakeLineServer  # noqa: E402
from tests.fakes.tcp_proxy import TcpProxy  # noqa: E402
from tests.fakes.webhook_events import body, sign, text_event  # noqa: E402

ADMIN = os.environ.get(
    "PMQA_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
GROUP = "Cd0000000000000000000000000000001"


def measure(url: str, events: int, *, ping: bool) -> tuple[float, float]:
    """(sends per event, milliseconds per event) for ``events`` questions in the group."""
    parsed = make_url(url)
    with (
        TcpProxy((parsed.host or "127.0.0.1", parsed.port or 5432)) as proxy,
        FakeLineServer() as line,
    ):
        through = parsed.set(host="127.0.0.1", port=proxy.port).render_as_string(
            hide_password=False
        )
        services = line_services(through, line)
        if ping:
            settings = postgres_connect_args(parsed, DatabaseTimeouts())
            engine = create_engine(
                make_url(through), pool_pre_ping=True, pool_recycle=300, connect_args=settings
            )
            services.db = Database(engine, *make_session_factories(engine))
        client = create_app(services.settings, services).test_client()
        post = _poster(client, services)
        post("บอท สถานะ")  # warm: the dictionary, the pool
        before, started = proxy.sends, time.perf_counter()
        for _ in range(events):
            post("บอท เหลือกี่วัน")
        took = time.perf_counter() - started
        sends = proxy.sends - before
        services.close()
    return sends / events, took * 1000 / events


def _poster(client, services):  # type: ignore[no-untyped-def]
    def post(words: str) -> None:
        raw = body(text_event(words, group=GROUP, user=KONGKLANG))
        assert (
            client.post("/callback", data=raw, headers={"X-Line-Signature": sign(raw)}).status_code
            == 200
        )
        services.outbox.drain(10)

    return post


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50)
    args = parser.parse_args()
    name = f"pmqa_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(ADMIN).set(database=name).render_as_string(hide_password=False)
    try:
        db = Database.connect(url)
        db.upgrade()
        load_demo(db)
        db.close()
        for ping in (False, True):
            sends, ms = measure(url, args.events, ping=ping)
            label = "pre-ping on every checkout" if ping else "recycled pool, no ping"
            print(f"{label:28s} {sends:5.1f} sends/event  {ms:6.1f} ms/event")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
