"""Database failures worth trying again, told apart from bugs, without SQLAlchemy for callers."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

# The database failed, not the work: down, silent, timed out, locked, out of connections.
_TRANSIENT = (OperationalError, InterfaceError, PoolTimeoutError)


class DatabaseUnavailable(Exception):
    """The database failed during a unit of work, which was rolled back (a failed commit may
    have been kept whole). ``stale``: the connection was found closed (trying again on a new
    one is worth it); ``deadline``: it was cut after the unit's deadline (trying again now
    would wait again)."""

    def __init__(self, cause: str, *, stale: bool = False, deadline: bool = False) -> None:
        super().__init__(cause)
        self.cause, self.stale, self.deadline = cause, stale, deadline


def unavailable(exc: BaseException, *, deadline: bool) -> DatabaseUnavailable | None:
    """``exc`` as a ``DatabaseUnavailable`` when it is the database's failure, else ``None``."""
    if not isinstance(exc, _TRANSIENT):
        return None
    stale = isinstance(exc, DBAPIError) and exc.connection_invalidated and not deadline
    return DatabaseUnavailable(type(exc).__name__, stale=stale, deadline=deadline)
