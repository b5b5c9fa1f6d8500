"""The storage codec turns every domain object into JSON and back without loss."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kpi_core.codec import from_data, to_data
from kpi_core.models import Documents, Organisation, Submission, SubmissionKind
from kpi_core.report import parse_report

REPORTS = sorted((Path(__file__).resolve().parents[2] / "data" / "reports").glob("*.txt"))


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_an_imported_report_survives_a_json_round_trip(path: Path) -> None:
    org = parse_report(path.read_text("utf-8"), source=path.name)
    assert from_data(Organisation, json.loads(json.dumps(to_data(org)))) == org


def test_decimals_keep_their_written_places() -> None:
    assert to_data(Decimal("16.00")) == "16.00"
    assert from_data(Submission, to_data(_submission())).value == Decimal("16.00")


def _submission() -> Submission:
    return Submission(
        indicator_code="1",
        kind=SubmissionKind.STEP,
        value=Decimal("16.00"),
        done_on=date(2025, 1, 30),
        documents=Documents.MISSING,
        dimensions=frozenset({3, 1}),
        submitted_at=datetime(2025, 1, 30, 3, tzinfo=UTC),
    )


def test_a_submission_survives_a_json_round_trip() -> None:
    data = json.loads(json.dumps(to_data(_submission())))
    assert data["dimensions"] == [1, 3]
    assert from_data(Submission, data) == _submission()
