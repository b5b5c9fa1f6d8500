"""The read model: each organisation as replies read it, kept per process while its data
version holds.

Everything a reply shows about an organisation -- its units, indicators and submissions, and
what is computed from them (its status for a day) -- changes only through writes that bump
``organisations.data_version`` in the same transaction (``organisations.touch``;
``tests/integration/test_read_model.py`` fails for a write path that does not). So an event
reads one small row, the version, inside its own transaction, and takes the rest from memory
when the version is the one it holds; otherwise it reads the organisation with plain queries.

Because that version check runs inside the event's transaction (DECISIONS.md: a decision that
leads to a write is re-read there), what a handler gets is what a fresh read in the same
transaction would give. What a unit of work reads is kept for other events only once it has
committed: data it read after its own uncommitted writes never reaches them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot.db import year_closes
from bot.db.organisations import assemble
from bot.db.reminder_rows import indicators_of, submissions_of, units_of
from bot.db.scope import Scope, prepared
from bot.db.tables import OrganisationRow
from kpi_core.models import Organisation, Submission

T = TypeVar("T")
CAPACITY = 512  # organisations kept per process (a few MB at most)
_MISSING = object()
DERIVED = 64  # computed values kept per organisation version (units × days asked)


@dataclass
class OrganisationData:
    """One organisation at one data version, and what replies computed from it."""

    id: int
    version: int
    organisation: Organisation
    submissions: tuple[Submission, ...]  # every row, oldest first
    derived: dict[Hashable, Any] = field(default_factory=dict)


class ReadModel:
    """The per-process store of :class:`OrganisationData` by name (shared by threads)."""

    def __init__(self, capacity: int = CAPACITY) -> None:
        self._entries: dict[str, OrganisationData] = {}
        self._capacity = capacity
        self._lock = threading.Lock()
        self.loads = 0  # organisations read from the database (a measure for tests)

    def current(self, name: str, org_id: int, version: int) -> OrganisationData | None:
        """The kept data of ``name`` if it is at ``version``."""
        entry = self._entries.get(name)
        if entry is None or entry.id != org_id or entry.version != version:
            return None
        return entry

    def keep(self, entries: Iterable[OrganisationData]) -> None:
        """Keep committed data (a newer version replaces an older one, never the reverse)."""
        with self._lock:
            for entry in entries:
                name = entry.organisation.name
                old = self._entries.pop(name, None)
                if old is not None and old.id == entry.id and old.version > entry.version:
                    entry = old
                self._entries[name] = entry  # the newest last: the oldest go first
            while len(self._entries) > self._capacity:
                self._entries.pop(next(iter(self._entries)))


class ReplyReads:
    """One scope's reads through the read model; also the handlers' ``Memo`` port.

    ``staged``: the scope is a unit of work, whose reads join the model only on
    :meth:`publish` (after its commit); otherwise every read is committed data, kept at once.
    """

    def __init__(self, scope: Scope, model: ReadModel, *, staged: bool) -> None:
        self._scope = scope
        self._model = model
        self._staged: dict[str, OrganisationData] | None = {} if staged else None

    def data(self, name: str) -> OrganisationData | None:
        """The organisation called ``name`` as of now (``None``: no such organisation)."""
        with self._scope.read() as session:
            found = self._scope.remembered(("data_version", name), lambda: _version(session, name))
            if found is None:
                return None
            org_id, version = found
            staged = self._staged.get(name) if self._staged is not None else None
            if staged is not None and (staged.id, staged.version) == found:
                return staged
            entry = self._model.current(name, org_id, version)
            if entry is None:
                entry = _load(session, org_id, version)
                self._model.loads += 1
                if self._staged is None:
                    self._model.keep([entry])
                else:
                    self._staged[name] = entry
            return entry

    def version(self, name: str) -> int | None:
        """The organisation's data version (``None``: no such organisation)."""
        with self._scope.read() as session:
            found = self._scope.remembered(("data_version", name), lambda: _version(session, name))
            return None if found is None else found[1]

    def remember(self, organisation: str, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, kept with the organisation's current version under ``key``."""
        entry = self.data(organisation)
        if entry is None:
            return compute()
        found = entry.derived.get(key, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[no-any-return]
        value = compute()
        if len(entry.derived) >= DERIVED:
            entry.derived.clear()
        entry.derived[key] = value  # another reply thread may clear the memo at any moment
        return value

    def publish(self) -> None:
        """The unit of work committed: what it read is now everyone's to reuse."""
        if self._staged:
            self._model.keep(self._staged.values())
            self._staged.clear()


_VERSION = select(OrganisationRow.id, OrganisationRow.data_version).where(
    OrganisationRow.name == bindparam("name")
)


def _version(session: Session, name: str) -> tuple[int, int] | None:
    found = prepared(session, _VERSION, name=name).first()
    return None if found is None else (found[0], found[1])


def _load(session: Session, org_id: int, version: int) -> OrganisationData:
    """The organisation ``org_id`` read whole with plain queries, labelled ``version`` (read
    before it, so the data is never older than the label)."""
    table = OrganisationRow.__table__
    row = session.execute(select(table).where(table.c.id == org_id)).one()
    organisation = replace(
        assemble(row, (), ()),  # type: ignore[arg-type]
        units=units_of(session, [org_id])[org_id],
        indicators=indicators_of(session, [org_id])[org_id],
        year_closes=year_closes.closes_of(session, org_id),
    )
    submissions = submissions_of(session, [org_id]).get(org_id, ())
    return OrganisationData(org_id, version, organisation, submissions)
