"""Append-only submissions: which rows are in effect after corrections and undos."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kpi_core.models import Submission, SubmissionAction, SubmissionKind

Slot = tuple[str, str | None, SubmissionKind, int | None, int | None]


@dataclass(frozen=True)
class LedgerEntry:
    """A row of a slot's history: ``live`` if its content is in effect, ``current`` if it wins.

    An undo row carries no content, so it is never live.
    """

    submission: Submission
    live: bool
    current: bool


def _ordered(submissions: Iterable[Submission]) -> list[Submission]:
    """Rows in the order they were written: by id, then by time; rows without id come last."""

    def key(row: Submission) -> tuple[object, ...]:
        return (row.id is None, row.id or 0, row.submitted_at is None, row.submitted_at or 0)

    return sorted(submissions, key=key)


def _live_positions(rows: list[Submission]) -> set[int]:
    """Positions (in ``rows``) of the rows in effect."""
    by_id: dict[int, Submission] = {}
    withdrawn: set[int] = set()
    corrected_by: dict[int, list[int]] = {}
    for row in rows:
        target = by_id.get(row.supersedes) if row.supersedes is not None else None
        # An undo of an undo is ignored, not raised: reading rows already stored must not fail.
        # Whoever writes the ledger should refuse such a request before storing it.
        if row.action is SubmissionAction.UNDO and target is not None:
            if target.action is not SubmissionAction.UNDO:
                withdrawn.add(target.id)
        elif row.action is SubmissionAction.CORRECT and target is not None:
            corrected_by.setdefault(target.id, []).append(row.id)
        if row.id is not None:
            by_id[row.id] = row

    def live(row: Submission) -> bool:
        if row.action is SubmissionAction.UNDO or row.id in withdrawn:
            return False
        return all(c in withdrawn for c in corrected_by.get(row.id, ()))

    return {index for index, row in enumerate(rows) if live(row)}


def effective_submissions(submissions: Iterable[Submission]) -> dict[Slot, Submission]:
    """The submission in effect for each slot: the latest live row after corrections and undos."""
    rows = _ordered(submissions)
    live = _live_positions(rows)
    return {row.slot(): row for index, row in enumerate(rows) if index in live}


def history(submissions: Iterable[Submission], slot: Slot) -> list[LedgerEntry]:
    """Every row of a slot in order (and the undos of them), each flagged live or not."""
    rows = _ordered(submissions)
    live = _live_positions(rows)
    ids = {row.id for row in rows if row.slot() == slot and row.id is not None}
    chosen = [
        (index, row)
        for index, row in enumerate(rows)
        if row.slot() == slot or (row.action is SubmissionAction.UNDO and row.supersedes in ids)
    ]
    winner = max(
        (index for index, row in chosen if index in live and row.slot() == slot), default=None
    )
    return [LedgerEntry(row, index in live, index == winner) for index, row in chosen]
