"""Webhook units of work on one SQLite file take turns without SQLite's sleeping waits.

SQLite lets one writer in at a time, and a unit of work takes the write lock at BEGIN. A second
writer that finds it taken is retried by SQLite's busy handler after sleeping 1, 2, 5, 10 ms and
more, although the holder is usually done within a millisecond: under concurrent webhooks the
workers spend most of their wait asleep with the lock free. Here each process's units of work
first take an advisory ``flock`` on a file beside the database (and a thread lock inside the
process, as ``flock`` does not tell one process's threads apart), polled at a fine grain, so the
next unit starts as soon as the previous one ends. The kernel drops the lock of a process that
dies. A turn not had within ``limit`` seconds is given up and the unit goes on without it:
SQLite's own lock still decides, as it always did, so the turns only ever shorten waits. A lock
file that cannot be opened or locked (a read-only directory, a file system without ``flock``)
is treated the same way, at once: the units go on under SQLite's busy timeout alone, and the
problem is logged once per process.
Every process that opens the file through ``Database`` takes turns (web workers, the CLI, the
scheduler); another program writing the file is arbitrated by SQLite alone.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

FIRST_PAUSE = 0.00005  # seconds between tries at first; doubled up to LONGEST_PAUSE
LONGEST_PAUSE = 0.0005
log = logging.getLogger(__name__)


class WriterTurns:
    """Turns of this process's units of work on the SQLite file at ``path``."""

    def __init__(
        self, path: str, limit: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._path = f"{path}-writer-turns"
        self._limit = limit
        self._clock = clock
        self._local = threading.Lock()
        self._fd = -1
        self._pid = 0
        self.given_up = 0  # turns not had in time (a measure for tests and logs)
        self._complained = False  # the lock file's failure is logged once per process

    @contextmanager
    def turn(self) -> Iterator[bool]:
        """Hold the turn within the block; ``False`` when it was not had in time."""
        deadline = self._clock() + self._limit
        if not self._local.acquire(timeout=self._limit):
            self.given_up += 1
            yield False
            return
        try:
            try:
                fd = self._file()
                had = self._flock(fd, deadline)
            except OSError as exc:  # no lock file to take turns on: SQLite's lock decides
                fd, had = -1, self._unavailable(exc)
            try:
                yield had
            finally:
                if had:
                    fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            self._local.release()

    def close(self) -> None:
        """Close this process's lock file (a later turn opens it again)."""
        with self._local:
            if self._fd >= 0 and self._pid == os.getpid():
                os.close(self._fd)
            self._fd, self._pid = -1, 0

    def _file(self) -> int:
        # A file descriptor made before a fork is shared with the parent: flock would not
        # tell the two apart. Each process opens its own. Called with the thread lock held.
        if self._pid != os.getpid():
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
            self._pid = os.getpid()
        return self._fd

    def _unavailable(self, exc: OSError) -> bool:
        """Count and (once) log a lock file that cannot be used; the turn is not had."""
        self.given_up += 1
        if not self._complained:
            self._complained = True
            log.warning(
                "SQLite writer turns unavailable (%s): units of work wait on SQLite's lock alone",
                type(exc).__name__,
            )
        return False

    def _flock(self, fd: int, deadline: float) -> bool:
        pause = FIRST_PAUSE
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if self._clock() >= deadline:
                    self.given_up += 1
                    return False
                time.sleep(pause)
                pause = min(pause * 2, LONGEST_PAUSE)
