"""Where a repository's statements run: its own short transaction, or the unit of work's.

Repositories ask their scope for a session to ``read`` or ``write`` with. Standalone (the CLI,
the scheduler, tests) every call is a transaction of its own, committed at its end. Inside a
unit of work every call shares the unit's one transaction, which the unit commits or rolls
back as a whole; there a read asked twice (the sender's membership, the group's binding, an
organisation's data version) is answered once, until the unit writes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol, TypeVar

from sqlalchemy import Executable, Result
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")


class Scope(Protocol):
    """Sessions for a repository's reads and writes."""

    def read(self) -> AbstractContextManager[Session]:
        """A session to read with."""
        ...

    def write(self) -> AbstractContextManager[Session]:
        """A session to write with."""
        ...

    def remembered(self, key: Hashable, read: Callable[[], T]) -> T:
        """``read()``, or what it gave for ``key`` before in this transaction if nothing was
        written since."""
        ...


class OwnTransactions:
    """Every call in a transaction of its own, committed when the call ends."""

    def __init__(self, readers: sessionmaker[Session], writers: sessionmaker[Session]) -> None:
        self._readers = readers
        self._writers = writers

    def read(self) -> AbstractContextManager[Session]:
        """A read-only transaction (rolled back at the end: it changed nothing)."""
        return self._readers()

    def write(self) -> AbstractContextManager[Session]:
        """A transaction committed when the block ends, rolled back if it raises."""
        return self._writers.begin()

    def remembered(self, key: Hashable, read: Callable[[], T]) -> T:
        """``read()``: every call is a transaction of its own, nothing to share."""
        return read()


class SharedTransaction:
    """Every call inside one session's transaction; whoever owns it commits."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.writes = 0  # how many writes this transaction has made
        self._known: dict[Hashable, Any] = {}
        self._known_at = 0

    def remembered(self, key: Hashable, read: Callable[[], T]) -> T:
        """What ``read()`` gave for ``key`` earlier in this transaction, unless it wrote since."""
        if self._known_at != self.writes:
            self._known.clear()
            self._known_at = self.writes
        if key not in self._known:
            self._known[key] = read()
        return self._known[key]  # type: ignore[no-any-return]

    @contextmanager
    def read(self) -> Iterator[Session]:
        """The shared session."""
        yield self.session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """The shared session; the writes are flushed, never committed, here."""
        self.writes += 1
        try:
            yield self.session
            self.session.flush()
        finally:
            self.writes += 1  # what was read during the write may be outdated by it


def prepared(session: Session, statement: Executable, **params: Any) -> Result[Any]:
    """Run a statement built once (its values as ``bindparam``) on the session's connection.

    For the reads and the insert every event makes: building a select per call and running it
    through the ORM costs about ten times the statement (the statement's cache key, compiled
    form and SQL are reused either way). No autoflush happens here, which is safe because
    every write in a scope is flushed when its ``write()`` block ends.
    """
    return session.connection().execute(statement, params)
