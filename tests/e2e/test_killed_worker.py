"""A gunicorn worker killed with ``kill -9`` under load loses and doubles nothing.

The Procfile's web command serves the bot (two workers) on a SQLite file and on PostgreSQL;
confirmations are posted concurrently; one worker is killed mid-way; then LINE's redelivery
sends every event again (the same bodies, ``isRedelivery: true``). Every confirmed value must
be stored exactly once, with its own event.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bot.db.database import Database
from handlers import postbacks
from handlers.intents import Confirm
from handlers.ports import PendingAction
from kpi_core.models import Member, Submission, SubmissionKind
from tests.e2e.conftest import PATHUM_GROUP
from tests.fakes.fake_line import ACCESS_TOKEN, FakeLineServer
from tests.fakes.webhook_events import CHANNEL_SECRET, body, postback_event, redelivered, sign

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
ORG = "ปทุมธานี"
DRAFTS = 45
CLIENTS = 8


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _procfile_web() -> str:
    """The Procfile's web command, as the platform runs it."""
    text = (ROOT / "Procfile").read_text(encoding="utf-8")
    return re.search(r"^web:\s*(.+)$", text, re.MULTILINE)[1]  # type: ignore[index]


class Web:
    """The Procfile's gunicorn, started in its own session; only it and its workers are ended."""

    def __init__(self, database_url: str, line: FakeLineServer) -> None:
        self.port = _free_port()
        env = {
            **os.environ,
            "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": "2",
            "DATABASE_URL": database_url,
            "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
            "LINE_API_BASE_URL": line.base_url,
            "PMQA_TODAY": "",
        }
        self.master = subprocess.Popen(
            ["bash", "-c", f"exec {_procfile_web()}"],
            cwd=ROOT,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def workers(self) -> list[int]:
        """The master's worker processes."""
        path = Path(f"/proc/{self.master.pid}/task/{self.master.pid}/children")
        return [int(pid) for pid in path.read_text().split()] if path.exists() else []

    def wait_ready(self, workers: int = 2, timeout: float = 60) -> None:
        """Until the health check answers and ``workers`` workers run."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url("/healthz"), timeout=2) as answer:
                    if answer.status == 200 and len(self.workers()) >= workers:
                        return
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(0.2)
        raise AssertionError("gunicorn did not become ready")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def post(self, *events: dict[str, Any]) -> int | str:
        """POST the events; the status, or the name of the network failure."""
        raw = body(*events)
        request = urllib.request.Request(
            self.url("/callback"), raw, {"X-Line-Signature": sign(raw)}, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status
        except urllib.error.HTTPError as exc:
            return exc.code
        except (OSError, urllib.error.URLError) as exc:
            return type(exc).__name__

    def stop(self) -> None:
        """End the master and its workers at once (their process group is the one we made)."""
        os.killpg(self.master.pid, signal.SIGKILL)
        self.master.wait(timeout=10)


@pytest.fixture
def drafts(demo_database_url: str) -> list[tuple[str, str, Decimal]]:
    """``DRAFTS`` open drafts in ปทุมธานี's group, one per member: (user, token, value)."""
    db = Database.connect(demo_database_url)
    now = datetime.now(UTC)
    made = []
    for n in range(DRAFTS):
        user, token, value = f"U{n:032x}", f"kill-{n:04d}", Decimal(n) + Decimal("0.5")
        db.members.save(Member(user, ORG, None, f"ทดสอบ {n}", registered_at=now))
        draft = Submission("2", SubmissionKind.VALUE, value=value)
        expiry = now + timedelta(minutes=15)
        db.pending.add(PendingAction(token, ORG, user, draft, f"ผล {value}", now, expiry,
                                     chat_id=PATHUM_GROUP, slot=f"s{n}"))  # fmt: skip
        made.append((user, token, value))
    db.close()
    return made


@pytest.fixture
def web(demo_database_url: str, line_server: FakeLineServer) -> Iterator[Web]:
    server = Web(demo_database_url, line_server)
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


def test_a_worker_killed_under_load_loses_and_doubles_no_confirmed_write(
    web: Web, drafts: list[tuple[str, str, Decimal]], demo_database_url: str
) -> None:
    taps = [
        postback_event(postbacks.encode(Confirm(token)), group=PATHUM_GROUP, user=user)
        for user, token, _ in drafts
    ]
    batches = [taps[i : i + 3] for i in range(0, len(taps), 3)]  # LINE sends a few at a time
    victim = web.workers()[0]
    with ThreadPoolExecutor(CLIENTS) as pool:
        sent = [pool.submit(web.post, *batch) for batch in batches]
        while sum(f.done() for f in sent) < len(sent) // 3:
            time.sleep(0.01)
        os.kill(victim, signal.SIGKILL)  # a worker of the gunicorn this test started
        first = [f.result() for f in sent]
    web.wait_ready()
    assert victim not in web.workers()
    with ThreadPoolExecutor(CLIENTS) as pool:
        again = list(pool.map(lambda b: web.post(*(redelivered(e) for e in b)), batches))
    assert again == [200] * len(batches), again
    rows = _rows(demo_database_url)
    wanted = {tap["webhookEventId"]: value for tap, (_, _, value) in zip(taps, drafts, strict=True)}
    assert sorted(rows) == sorted(wanted.items())  # each confirmed value, exactly once
    failed = sum(status != 200 for status in first)
    tally = {"events": 2 * len(taps), "failed_by_the_kill": failed, "rows": len(rows)}
    print(json.dumps(tally))  # for the closing note (pytest -s)


def _rows(url: str) -> list[tuple[str | None, Decimal | None]]:
    db = Database.connect(url)
    found = [
        (r.source_event_id, r.value) for r in db.submissions.list(ORG) if r.indicator_code == "2"
    ]
    db.close()
    return found
