"""A minimal LINE API for benchmarks, in its own process: notes when each reply arrives.

It answers replies and pushes at once with LINE's usual 200 and records the arrival moment
(``time.monotonic``, shared by all processes on Linux) by reply token, and a push by its retry
key (``push:<key>``: the bot's fallback push for a reply carries a key derived from the reply
token, ``bot.line.gateway.fallback_retry_key``); it does not validate (tests/fakes/fake_line.py
does), so both bots under test pay the same small, fixed cost.
``GET /_arrivals`` returns ``{token or push:key: seconds}``; ``DELETE /_arrivals`` forgets them
(a bench that has read a batch's arrivals clears them, so the next reads stay small).
"""

from __future__ import annotations

import json
import multiprocessing
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_OK = json.dumps({"sentMessages": [{"id": "1"}]}).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as api.line.me
    arrivals: dict[str, float] = {}

    def do_POST(self) -> None:  # noqa: N802
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        now = time.monotonic()
        key = self.headers.get("X-Line-Retry-Key") or f"none-{now}"
        token = json.loads(raw or b"{}").get("replyToken") or f"push:{key}"
        self.arrivals[token] = now
        self._answer(_OK)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(json.dumps(self.arrivals).encode())

    def do_DELETE(self) -> None:  # noqa: N802
        self.arrivals.clear()
        self._answer(b"{}")

    def _answer(self, payload: bytes) -> None:
        # One write, as a real server answers: headers and body written apart would leave the
        # body waiting for the client's delayed ACK (Nagle), 40 ms on a kept-alive connection.
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-line-request-id: bench\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n"
        )
        self.wfile.write(head.encode() + payload)

    def log_message(self, *args: object) -> None:
        """Quiet."""


def _serve(port: int) -> None:
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer(("127.0.0.1", port), _Handler).serve_forever()


def start(port: int) -> multiprocessing.Process:
    """The sink serving on ``port`` in a child process (terminate it when done)."""
    process = multiprocessing.Process(target=_serve, args=(port,), daemon=True)
    process.start()
    return process
