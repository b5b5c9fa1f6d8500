"""Benchmark (not a test): signed webhooks against gunicorn, replies to a local fake LINE server.

Run: .venv/bin/python bench/bench_webhook.py [--requests 400] [--concurrency 8]
Starts the Procfile's gunicorn command on 127.0.0.1 with a temporary SQLite database holding
the demo data, posts signed LINE webhooks (status, who is missing, deadlines, chatter the bot
ignores, help), and prints the latency percentiles of the webhook's 200 and the throughput.
Everything stays on loopback; the request count and the run time are bounded.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.composition import build_services  # noqa: E402
from bot.demo import DEMO_GROUP, load_demo  # noqa: E402
from bot.settings import Settings  # noqa: E402
from tests.fakes.fake_line import ACCESS_TOKEN, FakeLineServer  # noqa: E402
from tests.fakes.webhook_events import CHANNEL_SECRET, body, sign, text_event  # noqa: E402

MESSAGES = ("บอท สถานะ", "บอท ใครยังไม่ส่ง", "บอท เหลือกี่วัน", "วันนี้ประชุมกี่โมง", "บอท ช่วยด้วย")
USER = "Ud0000000000000000000000000000002"
MAX_SECONDS = 120


def free_port() -> int:
    """An unused loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """The Procfile's web command, bound to loopback."""
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "--preload",
        "--workers", "2",
        "--bind", f"127.0.0.1:{port}",
        "--timeout", "30",
        "bot.web.app:create_app_from_env()",
    ]  # fmt: skip
    return subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)


def wait_ready(port: int, deadline: float) -> float:
    """Seconds until /healthz answers 200."""
    start = time.perf_counter()
    while time.perf_counter() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return time.perf_counter() - start
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not become ready")


def post_one(port: int, n: int) -> float:
    """Post one signed webhook; the latency of the 200 in milliseconds."""
    raw = body(text_event(MESSAGES[n % len(MESSAGES)], group=DEMO_GROUP, user=USER))
    headers = {"X-Line-Signature": sign(raw), "Content-Type": "application/json"}
    start = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/callback", body=raw, headers=headers)
    status = conn.getresponse().status
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    if status != 200:
        raise SystemExit(f"webhook answered {status}")
    return elapsed


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FakeLineServer() as line:
        url = f"sqlite:///{tmp}/bench.sqlite3"
        services = build_services(Settings.from_env({"DATABASE_URL": url}))
        services.db.upgrade()
        load_demo(services.db)
        services.close()
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
            "LINE_API_BASE_URL": line.base_url,
            "PMQA_TODAY": "2025-01-28",
        }
        port = free_port()
        server = start_gunicorn(env, port)
        try:
            ready = wait_ready(port, time.perf_counter() + 60)
            run(port, args.requests, args.concurrency, ready, line)
        finally:
            server.terminate()
            server.wait(timeout=10)


def run(port: int, count: int, concurrency: int, ready: float, line: FakeLineServer) -> None:
    """Post ``count`` webhooks with ``concurrency`` clients and print the figures."""
    for n in range(10):
        post_one(port, n)  # warm the connections and caches
    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = sorted(pool.map(lambda n: post_one(port, n), range(count), timeout=MAX_SECONDS))
    wall = time.perf_counter() - start
    answered = sum(1 for n in range(count) if not MESSAGES[n % len(MESSAGES)].startswith("วันนี้"))
    line.wait_for(answered, timeout=30)
    print(f"gunicorn ready in {ready:.2f} s (2 workers, --preload, Thai dictionary warmed once)")
    rate = count / wall
    print(f"webhooks: {count} at concurrency {concurrency} in {wall:.2f} s -> {rate:.0f} req/s")
    print(
        f"latency of the 200: p50 {statistics.median(latencies):.1f} ms"
        f"  p90 {latencies[int(count * 0.90) - 1]:.1f} ms"
        f"  p99 {latencies[int(count * 0.99) - 1]:.1f} ms  max {latencies[-1]:.1f} ms"
    )
    replies, violations = len(line.replies()), len(line.violations)
    print(f"replies received by the fake LINE server: {replies}, violations: {violations}")


if __name__ == "__main__":
    main()
