"""Sends replies on worker threads so the webhook answers LINE before any LINE call is made."""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Protocol

from handlers.replies import Reply

log = logging.getLogger(__name__)


class ReplySender(Protocol):
    """The part of the LINE gateway the outbox needs."""

    def reply(self, reply_token: str, reply: Reply, *, fallback_to: str | None) -> object:
        """Reply with the token, pushing to ``fallback_to`` if the token no longer works."""
        ...


class Outbox:
    """A small thread pool per process, created lazily so it survives gunicorn's fork."""

    def __init__(self, sender: ReplySender, workers: int = 4) -> None:
        self._sender = sender
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None
        self._pid = 0
        self._pending: set[Future[object]] = set()
        self._lock = threading.Lock()

    def _executor(self) -> ThreadPoolExecutor:
        # Threads do not survive fork: a pool made in the gunicorn master would be dead here.
        with self._lock:
            if self._pool is None or self._pid != os.getpid():
                self._pool = ThreadPoolExecutor(self._workers, thread_name_prefix="line-send")
                self._pid = os.getpid()
                self._pending = set()
            return self._pool

    def send_reply(self, reply_token: str, reply: Reply, *, fallback_to: str | None) -> None:
        """Queue a reply; failures are logged by the gateway and never reach the webhook."""
        future = self._executor().submit(self._send, reply_token, reply, fallback_to)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)

    def _send(self, reply_token: str, reply: Reply, fallback_to: str | None) -> object:
        try:
            return self._sender.reply(reply_token, reply, fallback_to=fallback_to)
        except Exception:  # the gateway should not raise; if it does, log and move on
            log.exception("sending a reply failed")
            return None

    def _forget(self, future: Future[object]) -> None:
        with self._lock:
            self._pending.discard(future)

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until every queued reply was sent (tests and the CLI); ``False`` on timeout."""
        with self._lock:
            pending = set(self._pending)
        done, not_done = wait(pending, timeout=timeout)
        return not not_done
