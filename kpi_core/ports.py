"""Repository protocols the domain needs; ``bot.db`` implements them."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from kpi_core.models import Organisation, Submission


class SaveOutcome(StrEnum):
    """What saving an organisation did."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


class StorageError(ValueError):
    """A write the storage refused; the message is a Thai sentence for the user."""


class DuplicateEventError(StorageError):
    """The LINE event that caused this write was already stored (a redelivery)."""


class OrganisationStore(Protocol):
    """Organisations with their units and indicators."""

    def save(self, organisation: Organisation) -> SaveOutcome:
        """Create or update the organisation of that name; never duplicate it."""
        ...

    def get(self, name: str) -> Organisation | None:
        """The organisation called exactly ``name``."""
        ...

    def find(self, query: str) -> list[str]:
        """Names of organisations whose name or short name matches ``query``."""
        ...

    def names(self) -> list[str]:
        """Every organisation's name, in the order they were first stored."""
        ...


class SubmissionLedger(Protocol):
    """The append-only record of what members submitted."""

    def append(self, organisation: str, submission: Submission) -> Submission:
        """Store a new row and return it with its id; nothing is ever updated or deleted."""
        ...

    def list(self, organisation: str, *, indicator_code: str | None = None) -> list[Submission]:
        """Every row of the organisation (optionally one indicator), oldest first."""
        ...
