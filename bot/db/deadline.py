"""A watchdog that cuts a database connection stuck on a silent network.

Server-side timeouts cannot help when the network between the bot and PostgreSQL goes silent
(packets dropped, a proxy that stopped forwarding): the statement never arrives, and the
client would wait for TCP to give up, minutes later. The watchdog (one thread per process,
started after gunicorn's fork) notes when each statement, commit or rollback starts; one still
waiting after ``limit`` seconds (longer than the server's own statement timeout, so the server
cannot be the one still working) gets its socket shut down. The blocked call then fails at once
with a disconnect error, SQLAlchemy discards the connection, and the unit of work that held it
learns it was cut (so it is not tried again at once, which would wait again).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Ticket:
    """One watched unit of work: whether a connection it held was cut."""

    cut: bool = False


_IDLE_CHECK = 5.0  # seconds an idle thread waits before checking its watchdog is still there
_TICKET: ContextVar[Ticket | None] = ContextVar("pmqa_watchdog_ticket", default=None)


class Watchdog:
    """Cuts connections whose statement has waited longer than ``limit`` seconds."""

    def __init__(self, limit: float, interval: float = 0.05) -> None:
        self._limit, self._interval = limit, interval
        self._busy: dict[int, tuple[Any, float]] = {}  # id(dbapi connection) -> (it, since)
        self._owners: dict[int, Ticket] = {}
        self._lock = threading.Lock()
        self._pid = 0
        self._wake = threading.Event()  # set when a statement starts, or to stop the thread
        self._generation = 0  # the running thread's; a stop or a new thread moves it on
        self.rounds = 0  # the thread's looks at the watched connections (tests read it)
        # A lock held by another thread at fork would stay held in the child: fresh ones there.
        os.register_at_fork(after_in_child=partial(_after_fork, weakref.ref(self)))

    def attach(self, engine: Engine) -> None:
        """Follow every statement, commit and rollback on ``engine``'s connections."""
        event.listen(engine, "checkout", self._checked_out)
        event.listen(engine, "checkin", lambda dbapi, _record: self._done(dbapi, forget=True))
        event.listen(engine, "before_cursor_execute", self._cursor_starts)
        event.listen(engine, "after_cursor_execute", self._cursor_ends)
        event.listen(engine, "begin", lambda conn: self._done(_dbapi(conn)))
        for name in ("commit", "rollback"):
            event.listen(engine, name, lambda conn: self._starts(_dbapi(conn)))

    @contextmanager
    def watch(self) -> Iterator[Ticket]:
        """Within the block, a cut of a connection checked out here marks the ticket."""
        self._start()
        ticket = Ticket()
        token = _TICKET.set(ticket)
        try:
            yield ticket
        finally:
            _TICKET.reset(token)

    def _start(self) -> None:
        # Threads do not survive fork: one made in the gunicorn master would be dead here.
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid = os.getpid()
            self._generation += 1
            generation = self._generation
        # The thread holds the watchdog weakly: one whose database is gone (tests, tools and
        # the CLI open many in one process) ends with it instead of polling forever.
        watched = weakref.ref(self)
        follow = threading.Thread(
            target=_follow, args=(watched, generation), name="db-watchdog", daemon=True
        )
        follow.start()

    def stop(self) -> None:
        """End the thread (the database is closed); a later unit of work starts it again."""
        with self._lock:
            self._generation += 1
            self._pid = 0
            self._wake.set()  # under the lock: a look already under way cannot clear it

    def _look(self) -> float | None:
        """Cut what is stuck; the seconds to sleep before looking again (``None``: nothing is
        watched, sleep until a statement starts)."""
        self.rounds += 1
        late = time.monotonic() - self._limit
        with self._lock:
            stuck = [(key, dbapi) for key, (dbapi, since) in self._busy.items() if since < late]
            for key, _ in stuck:
                del self._busy[key]
                if key in self._owners:
                    self._owners[key].cut = True
            if not self._busy:
                self._wake.clear()  # under the lock: a statement starting now sets it again
            idle = not self._busy
        for _, dbapi in stuck:
            _cut(dbapi)
        return None if idle else self._interval

    def _checked_out(self, dbapi: Any, _record: Any, _proxy: Any) -> None:
        self._start()
        ticket = _TICKET.get()
        with self._lock:
            if ticket is not None:
                self._owners[id(dbapi)] = ticket
            else:
                self._owners.pop(id(dbapi), None)

    def _cursor_starts(self, _conn: Any, cursor: Any, *_args: Any) -> None:
        self._starts(cursor.connection)

    def _cursor_ends(self, _conn: Any, cursor: Any, *_args: Any) -> None:
        self._done(cursor.connection)

    def _starts(self, dbapi: Any) -> None:
        if dbapi is None:
            return
        with self._lock:
            if not self._busy and not self._wake.is_set():
                self._wake.set()
            self._busy[id(dbapi)] = (dbapi, time.monotonic())

    def _done(self, dbapi: Any, *, forget: bool = False) -> None:
        if dbapi is None:
            return
        with self._lock:
            self._busy.pop(id(dbapi), None)
            if forget:
                self._owners.pop(id(dbapi), None)


def _after_fork(watched: weakref.ref[Watchdog]) -> None:
    watchdog = watched()
    if watchdog is not None:
        watchdog._lock, watchdog._wake, watchdog._pid = threading.Lock(), threading.Event(), 0


def _follow(watched: weakref.ref[Watchdog], generation: int) -> None:
    """The watchdog thread: look every interval while statements run, sleep while none does,
    end when the watchdog is stopped or gone."""
    while (watchdog := watched()) is not None and watchdog._generation == generation:
        wake, pause = watchdog._wake, watchdog._look()
        del watchdog  # held only while looking
        if pause is None:
            wake.wait(_IDLE_CHECK)
        else:
            time.sleep(pause)


def _dbapi(connection: Any) -> Any:
    """The DBAPI connection under ``connection``, never reconnecting an invalidated one."""
    if connection.invalidated or connection.closed:
        return None
    return connection.connection.dbapi_connection


def _cut(dbapi: Any) -> None:
    """Shut the connection's socket down so whoever waits on it fails now."""
    pgconn = getattr(dbapi, "pgconn", None)
    if pgconn is None:  # SQLite: no network; its busy timeout bounds every wait
        return
    try:
        with socket.socket(fileno=os.dup(pgconn.socket)) as sock:
            sock.shutdown(socket.SHUT_RDWR)
        log.warning("a database connection waited past its deadline and was cut")
    except Exception:  # already closed (the driver or the OS says so): nothing to cut
        pass
