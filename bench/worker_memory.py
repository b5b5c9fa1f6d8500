"""Benchmark (not a test): where a forked web worker's private memory comes from, step by step.

Run: .venv/bin/python bench/worker_memory.py [--warm N]
The app is built as gunicorn's preloading master builds it (``create_app_from_env`` on a
temporary SQLite database with the demo), then the process forks like gunicorn does; the child
takes one step at a time (a database ping, an event's reply read in a unit of work that is
rolled back, the reply's LINE JSON, whole signed ``บอท สถานะ`` webhooks) and prints the
private memory (smaps_rollup Private_*) each step added. A page the master made becomes the
worker's own the first time the worker writes to it: a reference count, a quickened code
object, a cache filled, a module imported. ``--warm N`` first sends N whole webhooks in the
master (what a warm-up request before the fork would save; not something production does).
Replies go to a LINE stand-in (bench/line_sink.py) on loopback.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import line_sink  # noqa: E402
from bench.bench_webhook import MESSAGE, USER, demo_database, free_port, private_mb  # noqa: E402
from bot.demo import DEMO_GROUP  # noqa: E402
from tests.fakes.fake_line import ACCESS_TOKEN  # noqa: E402
from tests.fakes.webhook_events import CHANNEL_SECRET, body, sign, text_event  # noqa: E402


def main() -> None:
    """Build the app, fork, and print what each step of the child made private."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--warm", type=int, default=0, help="whole webhooks sent before the fork")
    args = parser.parse_args()
    sink_port = free_port()
    sink = line_sink.start(sink_port)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ.update(
                DATABASE_URL=demo_database(tmp),
                LINE_CHANNEL_SECRET=CHANNEL_SECRET,
                LINE_CHANNEL_ACCESS_TOKEN=ACCESS_TOKEN,
                LINE_API_BASE_URL=f"http://127.0.0.1:{sink_port}",
                PMQA_TODAY="2025-01-28",
                PMQA_SCHEDULER_MAX_AGE="0",
            )
            measure(args.warm)
    finally:
        sink.terminate()


def measure(warm: int) -> None:
    """Fork after building (and maybe warming) the app; the child reports each step."""
    from linebot.v3.webhook import WebhookParser

    from bot.line import messages
    from bot.line.event_replies import reply_to
    from bot.web.app import create_app_from_env

    app = create_app_from_env()
    client = app.test_client()
    services = app.extensions["pmqa"]
    parser = WebhookParser(CHANNEL_SECRET)
    made: dict[str, object] = {}

    def raw() -> bytes:
        return body(text_event(MESSAGE, group=DEMO_GROUP, user=USER))

    def webhook() -> None:
        data = raw()
        headers = {"X-Line-Signature": sign(data)}
        answered = client.post(
            "/callback", data=data, headers=headers, content_type="application/json"
        )
        assert answered.status_code == 200, answered.status_code
        services.outbox.drain(10)

    def answer() -> None:  # the reply read inside a unit of work, which is rolled back
        data = raw()
        event = parser.parse(data.decode(), sign(data))[0]
        with services.db.unit_of_work() as uow:
            prefixes = services.settings.group_prefixes
            made["reply"] = reply_to(event, services.ports(uow), services.now(), prefixes)

    steps = (
        ("healthz (database ping)", lambda: client.get("/healthz")),
        ("reply read (rolled back)", answer),
        ("its LINE JSON", lambda: json.dumps(messages.to_json(made["reply"]))),
        ("1st webhook", webhook),
        ("2nd webhook", webhook),
        ("18 more webhooks", lambda: [webhook() for _ in range(18)]),
    )
    for _ in range(warm):
        webhook()
    if warm:
        services.db.close()  # no connection crosses the fork
        gc.collect()
        gc.freeze()
    child = os.fork()
    if child:
        os.waitpid(child, 0)
        return
    try:
        mine = os.getpid()
        print(
            f"worker after the fork (master warmed with {warm} webhooks): {private_mb(mine):.1f} MB"
        )
        for name, step in steps:
            before = private_mb(mine)
            step()
            time.sleep(0.2)
            print(f"  {name:<26} +{private_mb(mine) - before:5.1f} MB", flush=True)
        print(f"worker in the end: {private_mb(mine):.1f} MB private")
    finally:
        os._exit(0)


if __name__ == "__main__":
    main()
