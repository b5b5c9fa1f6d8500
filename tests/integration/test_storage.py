"""Storage on a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from bot.db.database import Database
from handlers.ports import DuplicateEventError, SaveOutcome, StorageError
from kpi_core.ledger import effective_submissions
from kpi_core.models import (
    AssessmentItem,
    CriteriaGroup,
    Documents,
    Indicator,
    ItemResult,
    Organisation,
    Range,
    ResultKind,
    ScoringMethod,
    Submission,
    SubmissionAction,
    SubmissionKind,
    Tier,
    TierTarget,
    Unit,
)

AT = datetime(2025, 1, 20, 3, 0, tzinfo=UTC)


def _organisation(**changes: object) -> Organisation:
    waste = Indicator(
        code="1",
        position=1,
        title="ร้อยละของปริมาณขยะมูลฝอยชุมชนได้รับการจัดการอย่างถูกต้อง",
        keywords=("ขยะ",),
        unit="ร้อยละ",
        items=(
            AssessmentItem(
                "ร้อยละของปริมาณขยะ",
                ItemResult(ResultKind.NUMBER, "50.17 (ร้อยละ)", Decimal("50.17"), "ร้อยละ"),
            ),
        ),
    )
    pmqa = Indicator(
        code="2",
        position=2,
        title="PMQA 4.0",
        method=ScoringMethod.OPDC_TIERS,
        criteria_groups=(
            CriteriaGroup(
                "กลุ่มที่ 1",
                "ต่ำกว่า 350 คะแนน",
                (TierTarget(Tier.BASIC, "275 คะแนน", Decimal(275)),),
                (Range(None, Decimal(350), high_inclusive=False),),
            ),
        ),
        items=(AssessmentItem("ข้อ 1", ItemResult(ResultKind.PASS, "ผ่าน")),),
    )
    org = Organisation(
        name="สำนักงานทดสอบ",
        parent="กระทรวงทดสอบ",
        units=(Unit("กองกลาง", "กก."), Unit("กองคลัง")),
        indicators=(waste, pmqa),
    )
    return replace(org, **changes)


def _submission(**changes: object) -> Submission:
    base = Submission(
        indicator_code="1",
        kind=SubmissionKind.VALUE,
        unit="กองกลาง",
        value=Decimal("52.30"),
        submitted_by="U123",
        submitted_by_name="สมชาย",
        submitted_at=AT,
        source_event_id="evt-1",
    )
    return replace(base, **changes)


def test_an_organisation_comes_back_exactly_as_it_was_saved(database: Database) -> None:
    org = _organisation()
    assert database.organisations.save(org) is SaveOutcome.CREATED
    assert database.organisations.get(org.name) == org


def test_saving_the_same_organisation_twice_changes_nothing(database: Database) -> None:
    database.organisations.save(_organisation())
    assert database.organisations.save(_organisation()) is SaveOutcome.UNCHANGED
    assert database.organisations.names() == ["สำนักงานทดสอบ"]


def test_reimporting_a_changed_report_updates_the_organisation_in_place(
    database: Database,
) -> None:
    database.organisations.save(_organisation())
    changed = _organisation(parent="กระทรวงใหม่")
    changed = replace(changed, indicators=changed.indicators[:1])
    assert database.organisations.save(changed) is SaveOutcome.UPDATED
    assert database.organisations.names() == ["สำนักงานทดสอบ"]
    assert database.organisations.get("สำนักงานทดสอบ") == changed


def test_organisations_are_found_by_part_of_their_name(database: Database) -> None:
    database.organisations.save(_organisation())
    database.organisations.save(_organisation(name="สำนักงานอื่น", short_name="สอ."))
    assert database.organisations.find("ทดสอบ") == ["สำนักงานทดสอบ"]
    assert database.organisations.find("สอ.") == ["สำนักงานอื่น"]
    assert database.organisations.find("สำนักงาน") == ["สำนักงานทดสอบ", "สำนักงานอื่น"]
    assert database.organisations.find("ไม่มี") == []


def test_a_submission_keeps_who_when_and_which_event(database: Database) -> None:
    database.organisations.save(_organisation())
    stored = database.submissions.append("สำนักงานทดสอบ", _submission())
    assert stored.id is not None
    [loaded] = database.submissions.list("สำนักงานทดสอบ")
    assert loaded == stored
    assert (loaded.submitted_by, loaded.submitted_by_name) == ("U123", "สมชาย")
    assert loaded.submitted_at == AT
    assert loaded.source_event_id == "evt-1"
    assert loaded.value == Decimal("52.30")


def test_a_step_submission_keeps_its_date_channel_documents_and_dimensions(
    database: Database,
) -> None:
    database.organisations.save(_organisation())
    step = _submission(
        kind=SubmissionKind.STEP,
        value=None,
        step=3,
        done_on=date(2025, 1, 30),
        channel="google_drive",
        documents=Documents.INCOMPLETE,
        dimensions=frozenset({1, 3}),
        plan_met=6,
        plan_total=10,
    )
    stored = database.submissions.append("สำนักงานทดสอบ", step)
    assert database.submissions.list("สำนักงานทดสอบ") == [stored]
    assert stored.dimensions == frozenset({1, 3})


def test_a_step_keeps_its_evidence_links_in_order(database: Database) -> None:
    database.organisations.save(_organisation())
    links = ("https://drive.google.com/drive/folders/1AbC", "https://example.org/a?b=C")
    step = _submission(kind=SubmissionKind.STEP, value=None, step=3, links=links)
    stored = database.submissions.append("สำนักงานทดสอบ", step)
    (loaded,) = database.submissions.list("สำนักงานทดสอบ")
    assert loaded == stored
    assert loaded.links == links


def test_a_redelivered_event_is_stored_once(database: Database) -> None:
    database.organisations.save(_organisation())
    database.submissions.append("สำนักงานทดสอบ", _submission())
    with pytest.raises(DuplicateEventError):
        database.submissions.append("สำนักงานทดสอบ", _submission())
    assert len(database.submissions.list("สำนักงานทดสอบ")) == 1


def test_a_correction_and_an_undo_are_new_rows_and_nothing_is_deleted(database: Database) -> None:
    database.organisations.save(_organisation())
    first = database.submissions.append("สำนักงานทดสอบ", _submission())
    fix = database.submissions.append(
        "สำนักงานทดสอบ",
        _submission(
            value=Decimal("53.1"),
            action=SubmissionAction.CORRECT,
            supersedes=first.id,
            source_event_id="evt-2",
        ),
    )
    database.submissions.append(
        "สำนักงานทดสอบ",
        _submission(action=SubmissionAction.UNDO, supersedes=fix.id, source_event_id="evt-3"),
    )
    rows = database.submissions.list("สำนักงานทดสอบ")
    assert [r.action for r in rows] == ["submit", "correct", "undo"]
    [current] = effective_submissions(rows).values()
    assert current.id == first.id


def test_an_undo_must_name_a_row_of_the_same_organisation(database: Database) -> None:
    database.organisations.save(_organisation())
    with pytest.raises(StorageError):
        database.submissions.append(
            "สำนักงานทดสอบ", _submission(action=SubmissionAction.UNDO, supersedes=999)
        )


def test_a_submission_for_an_unknown_unit_is_refused(database: Database) -> None:
    database.organisations.save(_organisation())
    with pytest.raises(StorageError, match="กองไม่มี"):
        database.submissions.append("สำนักงานทดสอบ", _submission(unit="กองไม่มี"))
    assert database.submissions.list("สำนักงานทดสอบ") == []


def test_submissions_can_be_listed_for_one_indicator(database: Database) -> None:
    database.organisations.save(_organisation())
    database.submissions.append("สำนักงานทดสอบ", _submission())
    database.submissions.append(
        "สำนักงานทดสอบ", _submission(indicator_code="2", source_event_id="evt-9")
    )
    codes = [
        s.indicator_code for s in database.submissions.list("สำนักงานทดสอบ", indicator_code="2")
    ]
    assert codes == ["2"]


def test_an_undo_cannot_be_undone_nor_a_row_undone_twice(database: Database) -> None:
    database.organisations.save(_organisation())
    first = database.submissions.append("สำนักงานทดสอบ", _submission())
    undo = database.submissions.append(
        "สำนักงานทดสอบ",
        _submission(action=SubmissionAction.UNDO, supersedes=first.id, source_event_id="evt-2"),
    )
    with pytest.raises(StorageError, match="ซ้ำ"):
        database.submissions.append(
            "สำนักงานทดสอบ",
            _submission(action=SubmissionAction.UNDO, supersedes=undo.id, source_event_id="e3"),
        )
    with pytest.raises(StorageError, match="ถูกยกเลิกไปแล้ว"):
        database.submissions.append(
            "สำนักงานทดสอบ",
            _submission(action=SubmissionAction.UNDO, supersedes=first.id, source_event_id="e4"),
        )
    assert len(database.submissions.list("สำนักงานทดสอบ")) == 2
