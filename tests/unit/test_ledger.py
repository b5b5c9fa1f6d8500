"""The append-only ledger: corrections supersede, undos withdraw, nothing is deleted."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from kpi_core.ledger import effective_submissions, history
from kpi_core.models import Submission, SubmissionAction, SubmissionKind

SLOT = ("waste", "กองคลัง", SubmissionKind.VALUE, None, None)


def _row(row_id: int, value: str | None, **fields: object) -> Submission:
    amount = Decimal(value) if value is not None else None
    return Submission(
        "waste", SubmissionKind.VALUE, unit="กองคลัง", value=amount, id=row_id, **fields
    )


def _correct(row_id: int, value: str, target: int) -> Submission:
    return _row(row_id, value, action=SubmissionAction.CORRECT, supersedes=target)


def _undo(row_id: int, target: int) -> Submission:
    return _row(row_id, None, action=SubmissionAction.UNDO, supersedes=target)


def _value(rows: list[Submission]) -> Decimal | None:
    current = effective_submissions(rows).get(SLOT)
    return current.value if current else None


def test_a_single_submission_is_in_effect() -> None:
    assert _value([_row(1, "50")]) == Decimal(50)


def test_a_correction_replaces_what_it_corrects() -> None:
    assert _value([_row(1, "50"), _correct(2, "55", 1)]) == Decimal(55)


def test_undoing_a_correction_brings_back_what_it_corrected() -> None:
    rows = [_row(1, "50"), _correct(2, "55", 1), _undo(3, 2)]
    assert _value(rows) == Decimal(50)


def test_undoing_the_latest_submission_brings_back_the_one_before() -> None:
    rows = [_row(1, "50"), _row(2, "60"), _undo(3, 2)]
    assert _value(rows) == Decimal(50)


def test_undoing_the_only_submission_leaves_the_slot_empty() -> None:
    assert effective_submissions([_row(1, "50"), _undo(2, 1)]) == {}


def test_an_undo_of_an_undo_is_ignored() -> None:
    rows = [_row(1, "50"), _row(2, "60"), _undo(3, 2), _undo(4, 3)]
    assert _value(rows) == Decimal(50)


def test_an_undo_of_an_unknown_row_is_ignored() -> None:
    assert _value([_row(1, "50"), _undo(2, 99)]) == Decimal(50)


def test_a_correction_of_a_correction_can_be_undone_one_at_a_time() -> None:
    rows = [_row(1, "50"), _correct(2, "55", 1), _correct(3, "57", 2)]
    assert _value(rows) == Decimal(57)
    assert _value([*rows, _undo(4, 3)]) == Decimal(55)
    assert _value([*rows, _undo(4, 3), _undo(5, 2)]) == Decimal(50)


def test_rows_are_read_in_id_order_whatever_order_they_arrive_in() -> None:
    rows = [_undo(3, 2), _row(2, "60"), _row(1, "50")]
    assert _value(rows) == Decimal(50)


def test_rows_with_the_same_id_are_ordered_by_time() -> None:
    early = _row(1, "50", submitted_at=datetime(2025, 1, 1, 9))
    late = _row(1, "60", submitted_at=datetime(2025, 1, 1, 10))
    assert _value([late, early]) == Decimal(60)


def test_each_slot_keeps_its_own_submission() -> None:
    other = Submission("waste", SubmissionKind.VALUE, unit="กองแผนงาน", value=Decimal(70), id=2)
    current = effective_submissions([_row(1, "50"), other])
    assert current[SLOT].value == Decimal(50)
    assert current[other.slot()].value == Decimal(70)


def test_a_history_shows_every_row_of_the_slot_and_which_are_live() -> None:
    other_unit = Submission("waste", SubmissionKind.VALUE, unit="กองแผนงาน", id=5)
    rows = [_row(1, "50"), _row(2, "60"), _correct(3, "65", 2), _undo(4, 3), other_unit]
    entries = history(rows, SLOT)
    assert [entry.submission.id for entry in entries] == [1, 2, 3, 4]
    assert [entry.live for entry in entries] == [True, True, False, False]
    assert [entry.current for entry in entries] == [False, True, False, False]


def test_a_history_includes_undo_rows_written_without_the_slot() -> None:
    undo = Submission(
        "waste", SubmissionKind.VALUE, id=2, action=SubmissionAction.UNDO, supersedes=1
    )
    entries = history([_row(1, "50"), undo], SLOT)
    assert [(e.submission.id, e.live, e.current) for e in entries] == [
        (1, False, False),
        (2, False, False),
    ]
