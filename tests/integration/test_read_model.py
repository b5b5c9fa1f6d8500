"""The read model on each database: organisations kept per process while their data version
holds, checked inside each unit of work, shared only once committed; every write a reply can
show bumps the version (a new write path must be classified here, or this fails)."""

from __future__ import annotations

import inspect
import typing
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event

from bot.db.database import Database
from bot.db.unit_of_work import Repositories
from handlers.ports import GroupBinding, UnitOrigin
from kpi_core.models import (
    Member,
    Organisation,
    ReminderPolicy,
    Submission,
    SubmissionAction,
    SubmissionKind,
    Unit,
    YearClose,
)
from tests.integration.test_unit_of_work import AT, GROUP, ORG, OTHER, USER, VALUE

LATER = Submission("1", SubmissionKind.VALUE, value=Decimal("61"), submitted_at=AT)

# Every write whose data a reply can show, and how to make it: each must bump the version.
SHOWN = {
    "SqlOrganisationStore.save": lambda db: db.organisations.save(
        Organisation(ORG, units=(Unit("กองคลัง"), Unit("กองกลาง")))
    ),
    "SqlSubmissionLedger.append": lambda db: db.submissions.append(ORG, VALUE),
    "SqlSubmissionLedger.append_all": lambda db: db.submissions.append_all(ORG, [VALUE, VALUE]),
    "SqlMemberDirectory._save": lambda db: db.members.save(
        Member(USER, ORG, "กองคลัง", registered_at=AT)
    ),
    "SqlGroupDirectory._bind": lambda db: db.groups.bind(GroupBinding(GROUP, ORG, USER, AT)),
    "SqlGroupDirectory.leave": lambda db: db.groups.leave(GROUP, at=AT, event_id=None),
    "SqlReminderPolicies._save": lambda db: db.reminder_policies.save(
        GROUP, ReminderPolicy(hour=8), by=USER, at=AT
    ),
    "SqlReminderPostponements.postpone": lambda db: db.reminder_postponements.postpone(
        GROUP, "1", 3, date(2025, 1, 28), by=USER, at=AT
    ),
    "SqlOrganisationStore.add_unit": lambda db: db.organisations.add_unit(
        ORG, Unit("กองกลาง"), UnitOrigin(USER, AT, "e1")
    ),
    "SqlOrganisationStore.close_year": lambda db: db.organisations.close_year(
        ORG, YearClose(2568, AT, "cli")
    ),
}
# Writes of technical records or of state every reply reads fresh (never through the model).
TECHNICAL = {
    "SqlEventLog.first_time": "webhook de-duplication",
    "SqlEventLog.purge": "housekeeping of old event ids",
    "SqlPendingActions.add": "drafts are read fresh by every confirmation",
    "SqlPendingActions.purge": "housekeeping of settled drafts",
    "SqlPendingActions.settle": "drafts are read fresh by every confirmation",
    "SqlReminderDeliveries._finish": "delivery log, read fresh",
    "SqlReminderDeliveries._insert": "delivery log, read fresh",
    "SqlReminderDeliveries._take_over": "delivery log, read fresh",
    "SqlReminderDeliveries.mark_notified": "delivery log, read fresh",
    "SqlReminderClaims.claim": "delivery log, read fresh",
    "SqlReminderClaims.finish": "delivery log, read fresh",
    "SqlReminderClaims.settle_failed": "delivery log, read fresh",
    "SqlDeskLogins.issue": "single-use login links",
    "SqlDeskLogins.use": "single-use login links",
    "SqlLineFigures._put": "LINE's figures, read fresh",
    "SqlLineFigures.add": "LINE's figures, read fresh",
    "SqlSchedulerHeartbeats._beat": "the scheduler's heartbeat",
    "SqlAskBacks.ask": "conversation state, read fresh by the asker's next message",
    "SqlAskBacks.close": "conversation state, read fresh by the asker's next message",
}


@pytest.fixture
def db(database: Database) -> Database:
    """Two organisations, the first with a unit and a bound group."""
    database.organisations.save(Organisation(ORG, units=(Unit("กองคลัง"),)))
    database.organisations.save(Organisation(OTHER))
    database.groups.bind(GroupBinding(GROUP, ORG, "cli", AT))
    return database


def _writes() -> set[str]:
    """Every repository function that opens a write."""
    found = set()
    for cls in typing.get_type_hints(Repositories).values():
        for name, function in inspect.getmembers(cls, inspect.isfunction):
            if "_scope.write()" in inspect.getsource(function):
                found.add(f"{cls.__name__}.{name}")
    return found


def test_every_write_is_either_shown_by_replies_or_technical() -> None:
    assert set(SHOWN).isdisjoint(TECHNICAL)
    assert _writes() == set(SHOWN) | set(TECHNICAL)


@pytest.mark.parametrize("write", list(SHOWN))
def test_every_write_a_reply_shows_bumps_its_organisations_data_version(
    db: Database, write: str
) -> None:
    before = db.organisations.version(ORG), db.organisations.version(OTHER)
    SHOWN[write](db)
    after = db.organisations.version(ORG), db.organisations.version(OTHER)
    assert after[0] > before[0] and after[1] == before[1]  # type: ignore[operator]


def _status_of(db: Database) -> tuple[Organisation | None, list[Submission]]:
    with db.unit_of_work() as uow:
        found = uow.organisations.get(ORG), uow.submissions.list(ORG)
        uow.commit()
    return found


def test_an_unchanged_organisation_is_read_once_per_process(db: Database) -> None:
    first = _status_of(db)
    loads = db.read_model.loads
    second = _status_of(db)
    assert db.read_model.loads == loads
    assert second[0] is first[0] and second == first


def test_a_write_by_anyone_is_seen_by_the_next_unit_of_work(db: Database) -> None:
    _status_of(db)
    other_process = Database.connect(str(db.engine.url.render_as_string(hide_password=False)))
    other_process.submissions.append(ORG, VALUE)
    other_process.close()
    org, rows = _status_of(db)
    assert [r.value for r in rows] == [Decimal("52.3")]
    assert org is not None and org.units == (Unit("กองคลัง"),)


def test_a_unit_of_work_sees_its_own_writes(db: Database) -> None:
    with db.unit_of_work() as uow:
        assert uow.submissions.list(ORG) == []
        uow.submissions.append(ORG, VALUE)
        assert [r.value for r in uow.submissions.list(ORG)] == [Decimal("52.3")]
        uow.commit()
    assert [r.value for r in _status_of(db)[1]] == [Decimal("52.3")]


def test_what_a_rolled_back_unit_read_after_its_write_is_never_shared(db: Database) -> None:
    with db.unit_of_work() as uow:
        uow.submissions.append(ORG, VALUE)  # the version moves to N+1, uncommitted
        assert len(uow.submissions.list(ORG)) == 1
    db.submissions.append(ORG, LATER)  # someone else's commit: now N+1 is this
    assert [r.value for r in _status_of(db)[1]] == [Decimal("61")]


def test_a_correction_and_an_undo_show_at_once(db: Database) -> None:
    stored = db.submissions.append(ORG, VALUE)
    _status_of(db)
    undo = Submission(
        "1", SubmissionKind.VALUE, action=SubmissionAction.UNDO, supersedes=stored.id,
        submitted_at=AT,
    )  # fmt: skip
    db.submissions.append(ORG, undo)
    assert [r.action for r in _status_of(db)[1]] == [SubmissionAction.SUBMIT, undo.action]


def test_a_memo_is_computed_once_per_data_version(db: Database) -> None:
    computed: list[int] = []

    def remember() -> int:
        with db.unit_of_work() as uow:
            value = uow.memo.remember(ORG, ("answer", 1), lambda: computed.append(1) or 42)
            uow.commit()
        return value

    assert remember() == remember() == 42
    assert len(computed) == 1
    db.members.save(Member(USER, ORG, "กองคลัง", registered_at=AT))  # bumps the version
    assert remember() == 42
    assert len(computed) == 2


def test_a_unit_of_work_asks_for_a_member_once_until_it_writes(db: Database) -> None:
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with db.unit_of_work() as uow:
        assert uow.members.get(USER) is None
        assert uow.members.get(USER) is None
        reads = [s for s in statements if "FROM members" in s]
        assert len(reads) == 1
        uow.members.save(Member(USER, ORG, "กองคลัง", registered_at=AT))
        member = uow.members.get(USER)
        assert member is not None and member.unit == "กองคลัง"
        uow.commit()


def test_the_standalone_repositories_do_not_go_through_the_read_model(db: Database) -> None:
    assert db.organisations.get(ORG) is not None
    assert db.read_model.loads == 0
