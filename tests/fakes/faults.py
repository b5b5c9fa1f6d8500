"""Fault injection between the steps of an event's unit of work, on the real database.

``FaultyUnits(db, faults)`` makes units of work like ``db.unit_of_work()`` whose repositories
pass every call through to the real ones, except that the step named in ``faults.at`` fails
with the error a lost database raises (SQLAlchemy's ``OperationalError``). The steps of a
confirmation, in order:

    event      recording the webhook event id (the first statement)
    reads      the first read after it (who is asking, in which group, the draft)
    settle     settling the pending confirmation
    append     appending the submission
    commit     the commit itself, before the database keeps anything
    committed  after the commit was kept (a reply lost with the process)

A fault at ``X`` means every step before ``X`` ran and ``X`` did not (``committed``: all ran).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy.exc import OperationalError

from bot.db.database import Database
from bot.db.unit_of_work import Repositories, SqlUnitOfWork

STEPS = ("event", "reads", "settle", "append", "commit", "committed")
_WRITES = {("events", "first_time"): "event", ("pending", "settle"): "settle",
           ("submissions", "append"): "append"}  # fmt: skip
_REPOSITORIES = tuple(f.name for f in fields(Repositories))  # every one, as new ones come


@dataclass
class Faults:
    """Where a coming unit of work fails (``None``: nowhere), and what has failed so far."""

    at: str | None = None
    closed: bool = False  # fail as a pooled connection found closed (SQLAlchemy invalidates it)
    skip: int = 0  # units of work let through before the armed one
    injected: list[str] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)
    _started: int = 0

    def arm(self, step: str, *, skip: int = 0, closed: bool = False) -> None:
        """Fail at ``step`` in the unit of work after the next ``skip`` ones, once."""
        self.at, self.skip, self.closed, self._started = step, skip, closed, 0

    def reach(self, step: str) -> None:
        """A unit of work reaches ``step``: fail there if armed (once per arming)."""
        if step in self._seen:
            return
        self._seen.add(step)
        if step == self.at and self._started > self.skip:
            self.at = None
            self.injected.append(step)
            lost = ConnectionError("the database went away")
            raise OperationalError("injected", None, lost, connection_invalidated=self.closed)

    def start(self) -> None:
        """A new unit of work begins."""
        self._seen = set()
        self._started += 1


class FaultyUnits:
    """A factory of units of work that fail where ``faults`` says."""

    def __init__(self, db: Database, faults: Faults) -> None:
        self._db, self._faults = db, faults

    def __call__(self) -> _FaultyUnitOfWork:
        return _FaultyUnitOfWork(self._db.unit_of_work(), self._faults)


class _FaultyUnitOfWork:
    def __init__(self, real: SqlUnitOfWork, faults: Faults) -> None:
        self._real, self._faults = real, faults
        for name in _REPOSITORIES:
            setattr(self, name, _Repository(name, getattr(real, name), faults))

    @property
    def deadline_passed(self) -> bool:
        return self._real.deadline_passed

    def __enter__(self) -> _FaultyUnitOfWork:
        self._real.__enter__()
        self._faults.start()
        return self

    def commit(self) -> None:
        self._faults.reach("commit")
        self._real.commit()
        self._faults.reach("committed")

    def __exit__(self, *exc_info: Any) -> None:
        self._real.__exit__(*exc_info)


class _Repository:
    def __init__(self, name: str, real: Any, faults: Faults) -> None:
        self._name, self._real, self._faults = name, real, faults

    def __getattr__(self, method: str) -> Any:
        call = getattr(self._real, method)
        step = _WRITES.get((self._name, method), "reads")

        def faulty(*args: Any, **kwargs: Any) -> Any:
            self._faults.reach(step)
            return call(*args, **kwargs)

        return faulty
