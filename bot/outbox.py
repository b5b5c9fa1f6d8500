"""Sends replies on worker threads so the webhook answers LINE without waiting for LINE.

The pool is bounded. A reply to LINE takes a round trip (tens to hundreds of milliseconds from
a server in Thailand, seconds when LINE is slow), so ``REPLY_THREADS`` threads carry about
``REPLY_THREADS / round trip`` replies a second per process: 32 threads at 150 ms is over 200 a
second, more than one worker answers webhooks. At most ``REPLY_CAPACITY`` replies wait or are
in flight; past that the webhook waits for a place (backpressure: the worker takes no new
request meanwhile), and after ``wait`` seconds it sends the reply itself rather than lose it.
Queue length and latencies are logged once per ``report_every`` seconds, and the backpressure
when it happens.

A reply given to an idle thread leads: the webhook waits (at most ``lead`` seconds) until that
thread has written the reply's request to LINE, and only then goes on to answer. Not for LINE's
answer: the wait ends when the bytes are handed to the connection (``request_written``, called
by the sender), so a slow LINE never holds the webhook. Without it the reply thread wakes while
the webhook finishes its answer (closing its session, writing the 200) and the two take turns
at the interpreter lock, so the reply may leave after the answer, later by that work. With
every thread busy the webhook does not wait: its reply could not start anyway.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Protocol

from handlers.replies import Reply

log = logging.getLogger(__name__)
REPLY_THREADS = 32
REPLY_CAPACITY = 256  # queued and in flight, per process
LEAD = 0.01  # seconds the webhook waits at most for an idle thread to write its reply
_sending = threading.local()  # the reply thread's "written" signal, for request_written


def request_written() -> None:
    """Called by the sender once a request is written to LINE (before its answer): the webhook
    that handed this thread the reply may go on. Does nothing on any other thread."""
    written = getattr(_sending, "written", None)
    if written is not None:
        written.set()


class ReplySender(Protocol):
    """The part of the LINE gateway the outbox needs."""

    def reply(self, reply_token: str, reply: Reply, *, fallback_to: str | None) -> object:
        """Reply with the token, pushing to ``fallback_to`` if the token no longer works."""
        ...


@dataclass
class _Figures:
    """Replies since the last report: how long they waited in the queue and took to send."""

    waits: list[float] = field(default_factory=list)
    sends: list[float] = field(default_factory=list)
    longest_queue: int = 0
    inline: int = 0  # sent by the webhook itself when the queue stayed full


class Outbox:
    """A bounded thread pool per process, created lazily so it survives gunicorn's fork."""

    def __init__(
        self,
        sender: ReplySender,
        workers: int = REPLY_THREADS,
        *,
        capacity: int = REPLY_CAPACITY,
        wait: float = 1.0,
        lead: float = LEAD,
        report_every: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sender = sender
        self._workers = workers
        self._capacity = max(capacity, workers)
        self._wait = wait
        self._lead = lead
        self._report_every = report_every
        self._clock = clock
        self._pool: ThreadPoolExecutor | None = None
        self._pid = 0
        self._pending: set[Future[object]] = set()
        self._lock = threading.Lock()
        self._room = threading.Condition(self._lock)
        self._queued = 0  # waiting or in flight
        self.blocked = 0  # webhooks waiting for a place now
        self._figures = _Figures()
        self._reported = clock()

    @property
    def queued(self) -> int:
        """Replies waiting or being sent."""
        with self._lock:
            return self._queued

    def _executor(self) -> ThreadPoolExecutor:
        # Threads do not survive fork: a pool made in the gunicorn master would be dead here.
        # Called with the lock held.
        if self._pool is None or self._pid != os.getpid():
            self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="line-send")
            self._pid = os.getpid()
            self._pending, self._queued, self.blocked = set(), 0, 0
        return self._pool

    def send_reply(self, reply_token: str, reply: Reply, *, fallback_to: str | None) -> None:
        """Queue a reply, waiting for a place when the queue is full; failures are logged by
        the gateway and never reach the webhook. A thread free to take it at once leads: this
        returns when its request is written (or after ``lead`` seconds)."""
        queued_at = self._clock()
        with self._lock:
            pool = self._executor()
            if not self._place():
                self._figures.inline += 1
                log.warning("LINE reply queue full (%d): sent by the webhook", self._queued)
                pool = None
            else:
                self._queued += 1
                self._figures.longest_queue = max(self._figures.longest_queue, self._queued)
                idle_thread = self._queued <= self._workers
        if pool is None:
            self._send(reply_token, reply, fallback_to, queued_at, queued=False)
            return
        written = threading.Event()
        future = pool.submit(self._send, reply_token, reply, fallback_to, queued_at, written)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)
        if idle_thread and self._lead > 0:
            written.wait(self._lead)

    def _place(self) -> bool:
        """Wait (lock held) until fewer than ``capacity`` replies are queued; ``False`` when
        none freed in time."""
        if self._queued < self._capacity:
            return True
        log.warning("LINE reply queue full (%d): the webhook waits", self._queued)
        self.blocked += 1
        try:
            return self._room.wait_for(lambda: self._queued < self._capacity, self._wait)
        finally:
            self.blocked -= 1

    def _send(
        self,
        reply_token: str,
        reply: Reply,
        fallback_to: str | None,
        queued_at: float,
        written: threading.Event | None = None,
        *,
        queued: bool = True,
    ) -> object:
        started = self._clock()
        _sending.written = written
        try:
            return self._sender.reply(reply_token, reply, fallback_to=fallback_to)
        except Exception:  # the gateway should not raise; if it does, log and move on
            log.exception("sending a reply failed")
            return None
        finally:
            _sending.written = None
            if written is not None:
                written.set()  # nothing was written (a skipped reply, no connection): go on
            self._done(started - queued_at, self._clock() - started, queued)

    def _done(self, waited: float, took: float, queued: bool) -> None:
        with self._lock:
            if queued:
                self._queued -= 1
                self._room.notify()
            self._figures.waits.append(waited)
            self._figures.sends.append(took)
            now = self._clock()
            if now - self._reported < self._report_every:
                return
            figures, self._figures, self._reported = self._figures, _Figures(), now
            queue_now = self._queued
        _report(figures, queue_now, self._capacity)

    def _forget(self, future: Future[object]) -> None:
        with self._lock:
            self._pending.discard(future)

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until every queued reply was sent (tests and the CLI); ``False`` on timeout."""
        with self._lock:
            pending = set(self._pending)
        done, not_done = wait(pending, timeout=timeout)
        return not not_done


def _report(figures: _Figures, queue_now: int, capacity: int) -> None:
    """One log line: how many replies, the queue, and their waits and sends in milliseconds."""
    waits, sends = sorted(figures.waits), sorted(figures.sends)
    log.info(
        "LINE replies: %d sent, queue %d now, %d at most (of %d), %d by the webhook; "
        "waited p50 %.0f max %.0f ms; sending took p50 %.0f max %.0f ms",
        len(sends),
        queue_now,
        figures.longest_queue,
        capacity,
        figures.inline,
        _ms(waits[len(waits) // 2]),
        _ms(waits[-1]),
        _ms(sends[len(sends) // 2]),
        _ms(sends[-1]),
    )


def _ms(seconds: float) -> float:
    return seconds * 1000
