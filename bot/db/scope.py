"""Where a repository's statements run: its own short transaction, or the unit of work's.

Repositories ask their scope for a session to ``read`` or ``write`` with. Standalone (the CLI,
the scheduler, tests) every call is a transaction of its own, committed at its end. Inside a
unit of work every call shares the unit's one transaction, which the unit commits or rolls
back as a whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker


class Scope(Protocol):
    """Sessions for a repository's reads and writes."""

    def read(self) -> AbstractContextManager[Session]:
        """A session to read with."""
        ...

    def write(self) -> AbstractContextManager[Session]:
        """A session to write with."""
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


class SharedTransaction:
    """Every call inside one session's transaction; whoever owns it commits."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """The shared session."""
        yield self.session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """The shared session; the writes are flushed, never committed, here."""
        yield self.session
        self.session.flush()
