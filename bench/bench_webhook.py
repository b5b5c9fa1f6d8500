"""Benchmark (not a test): the bot against the SDK's echo bot, same load, one run, as ratios.

Run: .venv/bin/python bench/bench_webhook.py [--runs 2] [--serial 200] [--concurrent 800]
     [--root CHECKOUT]   (another checkout's bot, e.g. the commit before a change)
For each run, each target is started with gunicorn -w 2 on loopback (the bot as the Procfile
starts it, with --preload and the demo data in a temporary SQLite database; the echo bot as the
SDK's example, bench/echo_bot.py), warmed, then sent signed webhooks of `บอท สถานะ` from the
demo group: ``--serial`` one at a time, then ``--concurrent`` from 8 clients. Replies go to a
LINE stand-in in its own process (bench/line_sink.py) that notes when each arrives, so the
end-to-end time is post → reply received at LINE, whether the reply is sent inside the
request (echo) or after it (the bot). Printed per run, and as ranges over the runs:
CPU per request of the workers (utime+stime from /proc), end-to-end p50/p99 at c=1 and c=8,
throughput at c=8 (requests / time until the last reply arrived), private memory per worker
after load (smaps_rollup Private_*), and the bot/echo ratios against the targets of issue 12.
Everything stays on loopback; request counts and run time are bounded.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import line_sink  # noqa: E402
from bot.composition import build_services  # noqa: E402
from bot.demo import DEMO_GROUP, load_demo  # noqa: E402
from bot.line.gateway import fallback_retry_key  # noqa: E402
from bot.settings import Settings  # noqa: E402
from tests.fakes.fake_line import ACCESS_TOKEN  # noqa: E402
from tests.fakes.webhook_events import CHANNEL_SECRET, body, sign, text_event  # noqa: E402

MESSAGE = "บอท สถานะ"
USER = "Ud0000000000000000000000000000002"
CONCURRENCY = 8
MAX_SECONDS = 900
TICKS = os.sysconf("SC_CLK_TCK")
# (metric, bot/echo ratio target, True when the ratio must stay at or under it)
TARGETS = {"cpu_ms": (2.5, True), "p50_c1": (3.0, True), "rps_c8": (0.4, False)}
MEMORY_TARGET_MB = 40.0


@dataclass
class Figures:
    """What one target measured in one run."""

    cpu_ms: float  # worker CPU per request
    p50_c1: float
    p99_c1: float
    p50_c8: float
    p99_c8: float
    rps_c8: float
    private_mb: list[float]  # per worker, after the load


def free_port() -> int:
    """An unused loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(app: str, cwd: Path, env: dict[str, str], port: int, preload: bool):
    """``app`` under gunicorn with two sync workers, bound to loopback."""
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        *(["--preload"] if preload else []),
        "--workers", "2",
        "--bind", f"127.0.0.1:{port}",
        "--timeout", "30",
        app,
    ]  # fmt: skip
    quiet = not os.environ.get("BENCH_VERBOSE")
    return subprocess.Popen(command, cwd=cwd, env=env, stderr=subprocess.DEVNULL if quiet else None)


def wait_ready(port: int, master: int) -> list[int]:
    """The worker pids once /healthz answers 200 and both workers exist."""
    deadline = time.monotonic() + 180  # a shared machine under load starts slowly
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            workers = _children(master)
            if conn.getresponse().status == 200 and len(workers) == 2:
                return workers
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("gunicorn did not become ready")


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU of ``pids`` so far."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICKS


def private_mb(pid: int) -> float:
    """Memory only this process holds (private clean + dirty), in MB."""
    kb = 0
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith(("Private_Clean:", "Private_Dirty:")):
            kb += int(line.split()[1])
    return kb / 1024


def post(port: int) -> tuple[str, float]:
    """Post one signed webhook; its reply token (``""`` when it was not answered 200, which
    LINE would deliver again) and when it was sent (monotonic)."""
    event = text_event(MESSAGE, group=DEMO_GROUP, user=USER)
    raw = body(event)
    headers = {"X-Line-Signature": sign(raw), "Content-Type": "application/json"}
    start = time.monotonic()
    # Longer than gunicorn's 30 s worker timeout: on a loaded machine a webhook may take
    # seconds, and the bench should see how the server ended it rather than give up first.
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=35)
    conn.request("POST", "/callback", body=raw, headers=headers)
    status = conn.getresponse().status
    conn.close()
    if status != 200:
        print(f"  webhook answered {status}: left out", flush=True)
    return (event["replyToken"] if status == 200 else ""), start


def load(port: int, sink: int, count: int, concurrency: int) -> tuple[list[float], float]:
    """End-to-end milliseconds of ``count`` posts, and seconds until the last reply arrived."""
    start = time.monotonic()
    with ThreadPoolExecutor(concurrency) as pool:
        answered = list(pool.map(lambda _: post(port), range(count), timeout=MAX_SECONDS))
    sent = [(token, at) for token, at in answered if token]
    arrivals = wait_arrivals(sink, [token for token, _ in sent])
    latencies = sorted((arrivals[token] - at) * 1000 for token, at in sent)
    return latencies, max(arrivals.values()) - start


def wait_arrivals(sink: int, tokens: list[str]) -> dict[str, float]:
    """When the answer to each of ``tokens`` reached LINE, as the reply or as the fallback push
    that stands in for it (waits up to 30 s for the stragglers; the pushes are counted aloud)."""
    deadline = time.monotonic() + 30
    pushed = {token: f"push:{fallback_retry_key(token)}" for token in tokens}
    while True:
        conn = http.client.HTTPConnection("127.0.0.1", sink, timeout=10)
        conn.request("GET", "/_arrivals")
        seen = json.loads(conn.getresponse().read())
        conn.close()
        arrived = {t: seen.get(t, seen.get(pushed[t])) for t in tokens}
        missing = [t for t, at in arrived.items() if at is None]
        if not missing:
            fallbacks = sum(t not in seen for t in tokens)
            if fallbacks:
                print(f"  {fallbacks} answer(s) arrived as the fallback push", flush=True)
            return arrived
        if time.monotonic() > deadline:
            raise SystemExit(f"{len(missing)} answers never arrived, as reply nor as push")
        time.sleep(0.05)


def percentile(values: list[float], share: float) -> float:
    """The value at ``share`` of the sorted ``values``."""
    return values[min(len(values) - 1, max(0, round(share * len(values)) - 1))]


def measure(app: str, cwd: Path, env: dict[str, str], preload: bool, args) -> Figures:  # noqa: ANN001
    """Start ``app``, load it, and take its figures."""
    port = free_port()
    server = start_gunicorn(app, cwd, env, port, preload)
    try:
        workers = wait_ready(port, server.pid)
        load(port, args.sink, 40, 2)  # both workers warmed: imports, connections, caches
        before = cpu_seconds(workers)
        serial, _ = load(port, args.sink, args.serial, 1)
        concurrent, wall = load(port, args.sink, args.concurrent, CONCURRENCY)
        time.sleep(0.2)  # the last replies' threads finish their bookkeeping
        cpu = cpu_seconds(workers) - before
        return Figures(
            cpu_ms=cpu * 1000 / (args.serial + args.concurrent),
            p50_c1=statistics.median(serial),
            p99_c1=percentile(serial, 0.99),
            p50_c8=statistics.median(concurrent),
            p99_c8=percentile(concurrent, 0.99),
            rps_c8=args.concurrent / wall,
            private_mb=[private_mb(pid) for pid in workers],
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def demo_database(folder: str) -> str:
    """A SQLite database with the demo data, as ``make run`` loads it."""
    url = f"sqlite:///{folder}/bench.sqlite3"
    services = build_services(Settings.from_env({"DATABASE_URL": url}))
    services.db.upgrade()
    load_demo(services.db)
    services.close()
    return url


def report(run: int, bot: Figures, echo: Figures) -> dict[str, float]:
    """Print one run's figures; the ratios."""
    print(f"\nrun {run}            bot        echo     bot/echo", flush=True)
    ratios = {}
    for name in ("cpu_ms", "p50_c1", "p99_c1", "p50_c8", "p99_c8", "rps_c8"):
        mine, floor = getattr(bot, name), getattr(echo, name)
        ratios[name] = mine / floor
        print(f"  {name:<10} {mine:>9.2f}  {floor:>9.2f}  {ratios[name]:>9.2f}")
    print(f"  private MB per worker: bot {_mb(bot.private_mb)}   echo {_mb(echo.private_mb)}")
    ratios["bot_mb"] = max(bot.private_mb)
    return ratios


def _mb(values: list[float]) -> str:
    return " / ".join(f"{v:.1f}" for v in values)


def summary(runs: list[dict[str, float]]) -> None:
    """The range of each ratio over the runs, against the targets."""
    print(f"\nover {len(runs)} run(s): ratio bot/echo (ms, req/s) min–max, target")
    for name, values in {k: [r[k] for r in runs] for k in runs[0]}.items():
        low, high = min(values), max(values)
        if name == "bot_mb":
            verdict = "ok" if high <= MEMORY_TARGET_MB else "over"
            print(f"  {'bot MB':<10} {low:6.1f}–{high:6.1f}   ≤ {MEMORY_TARGET_MB:.0f}  {verdict}")
            continue
        target = TARGETS.get(name)
        note = ""
        if target:
            limit, at_most = target
            ok = high <= limit if at_most else low >= limit
            note = f"{'≤' if at_most else '≥'} {limit}  {'ok' if ok else 'missed'}"
        print(f"  {name:<10} {low:6.2f}–{high:6.2f}   {note}")


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--serial", type=int, default=200)
    parser.add_argument("--concurrent", type=int, default=800)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose bot runs")
    args = parser.parse_args()
    args.sink = free_port()
    sink = line_sink.start(args.sink)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = {
                **os.environ,
                "DATABASE_URL": demo_database(tmp),
                "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
                "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
                "LINE_API_BASE_URL": f"http://127.0.0.1:{args.sink}",
                "PMQA_TODAY": "2025-01-28",
            }
            bot_env = {**env, "PYTHONPATH": str(args.root.resolve())}
            runs = []
            for run in range(1, args.runs + 1):
                bot = measure("bot.web.app:create_app_from_env()", args.root, bot_env, True, args)
                echo = measure("bench.echo_bot:app", ROOT, env, False, args)
                runs.append(report(run, bot, echo))
            summary(runs)
    finally:
        sink.terminate()


if __name__ == "__main__":
    main()
