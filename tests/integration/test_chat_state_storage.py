"""The chat bot's state (members, groups, handled events, pending actions) on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from bot.db.database import Database
from bot.db.tables import GroupBindingChangeRow, MemberChangeRow
from handlers.ports import GroupBinding, PendingAction, PendingState, StorageError
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import (
    Member,
    Organisation,
    Role,
    Submission,
    SubmissionKind,
    Unit,
)
from tests.integration.conftest import at_once

ORG = "สำนักงานทดสอบ"
OTHER_ORG = "สำนักงานอื่น"
SOMCHAI = "U" + "1" * 32
SUDA = "U" + "2" * 32
GROUP = "C" + "a" * 32
AT = datetime(2025, 1, 20, 3, 0, tzinfo=UTC)


@pytest.fixture
def db(database: Database) -> Database:
    """A migrated database holding two organisations, the first with two units."""
    database.organisations.save(Organisation(ORG, units=(Unit("กองกลาง", "กก."), Unit("กองคลัง"))))
    database.organisations.save(Organisation(OTHER_ORG))
    return database


def _member(**changes: Any) -> Member:
    base = Member(SOMCHAI, ORG, "กองกลาง", "สมชาย", Role.MEMBER, AT, "cli")
    return replace(base, **changes)


def _pending(token: str = "tok-1", **changes: Any) -> PendingAction:
    draft = Submission(
        indicator_code="1",
        kind=SubmissionKind.VALUE,
        unit="กองกลาง",
        value=Decimal("52.30"),
        dimensions=frozenset({1, 3}),
        submitted_by=SOMCHAI,
        submitted_at=AT,
        source_event_id="evt-1",
    )
    base = PendingAction(token, ORG, SOMCHAI, draft, "ส่งผล 52.30", AT, AT + timedelta(minutes=10))
    return replace(base, **changes)


def _log(db: Database, *columns: Any) -> list[tuple[Any, ...]]:
    with db.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(select(*columns).order_by(columns[0]))]


def test_a_registered_member_comes_back_with_unit_role_and_a_utc_time(db: Database) -> None:
    in_bangkok = AT.astimezone(BANGKOK)
    saved = db.members.save(_member(registered_at=in_bangkok))
    loaded = db.members.get(SOMCHAI)
    assert loaded == saved == _member()
    assert loaded.registered_at.tzinfo is UTC
    assert db.members.get(SUDA) is None


def test_re_registering_replaces_the_member_and_keeps_every_change_in_the_log(
    db: Database,
) -> None:
    db.members.save(_member())
    later = _member(unit=None, role=Role.COORDINATOR, registered_at=AT + timedelta(days=1))
    db.members.save(later)
    assert db.members.get(SOMCHAI) == later
    assert db.members.members_of(ORG) == [later]
    changes = _log(db, MemberChangeRow.id, MemberChangeRow.role, MemberChangeRow.unit_id)
    assert [(role, unit is None) for _, role, unit in changes] == [
        ("member", False),
        ("coordinator", True),
    ]


def test_a_member_of_an_unknown_unit_is_refused_and_nothing_is_logged(db: Database) -> None:
    with pytest.raises(StorageError, match="ไม่พบหน่วยงานย่อย กองไม่มี"):
        db.members.save(_member(unit="กองไม่มี"))
    assert db.members.get(SOMCHAI) is None
    assert _log(db, MemberChangeRow.id) == []


def test_a_member_of_an_unknown_organisation_is_refused(db: Database) -> None:
    with pytest.raises(StorageError, match="ไม่พบหน่วยงาน กรมสมมติ"):
        db.members.save(_member(organisation="กรมสมมติ", unit=None))
    with pytest.raises(StorageError, match="กรมสมมติ"):
        db.members.members_of("กรมสมมติ")


def test_members_of_lists_registration_order_and_can_keep_to_one_unit(db: Database) -> None:
    somchai = db.members.save(_member())
    suda = db.members.save(_member(line_user_id=SUDA, unit="กองคลัง", display_name="สุดา"))
    db.members.save(_member(line_user_id="U" + "3" * 32, organisation=OTHER_ORG, unit=None))
    assert db.members.members_of(ORG) == [somchai, suda]
    assert db.members.members_of(ORG, "กองคลัง") == [suda]
    assert db.members.members_of(OTHER_ORG, None)[0].unit is None


def test_two_first_registrations_of_one_user_at_once_leave_one_member(db: Database) -> None:
    first, second = _member(), _member(unit="กองคลัง")
    at_once(lambda: db.members.save(first), lambda: db.members.save(second))
    assert db.members.get(SOMCHAI) in (first, second)
    assert len(db.members.members_of(ORG)) == 1
    assert len(_log(db, MemberChangeRow.id)) == 2


def test_a_group_is_bound_to_an_organisation_with_a_utc_time(db: Database) -> None:
    assert db.groups.get(GROUP) is None
    binding = GroupBinding(GROUP, ORG, SOMCHAI, AT.astimezone(BANGKOK))
    assert db.groups.bind(binding) == db.groups.get(GROUP) == replace(binding, bound_at=AT)
    assert db.groups.get(GROUP).bound_at.tzinfo is UTC


def test_re_binding_a_group_moves_it_and_keeps_every_binding_in_the_log(db: Database) -> None:
    db.groups.bind(GroupBinding(GROUP, ORG, SOMCHAI, AT))
    moved = db.groups.bind(GroupBinding(GROUP, OTHER_ORG, "cli", AT + timedelta(hours=1)))
    assert db.groups.get(GROUP) == moved
    log = _log(db, GroupBindingChangeRow.id, GroupBindingChangeRow.bound_by)
    assert [by for _, by in log] == [SOMCHAI, "cli"]


def test_binding_a_group_to_an_unknown_organisation_is_refused(db: Database) -> None:
    with pytest.raises(StorageError, match="กรมสมมติ"):
        db.groups.bind(GroupBinding(GROUP, "กรมสมมติ", "cli", AT))
    assert db.groups.get(GROUP) is None


def test_an_event_is_new_the_first_time_only(db: Database) -> None:
    assert db.events.first_time("evt-1", kind="message", received_at=AT) is True
    assert db.events.first_time("evt-1", kind="message", received_at=AT) is False
    assert db.events.first_time("evt-2", kind="postback", received_at=AT) is True


@pytest.mark.parametrize("round_", range(5))
def test_two_deliveries_of_one_event_at_once_are_new_exactly_once(
    db: Database, round_: int
) -> None:
    def deliver() -> bool:
        return db.events.first_time(f"evt-{round_}", kind="message", received_at=AT)

    assert sorted(at_once(deliver, deliver)) == [False, True]


def test_a_pending_action_comes_back_whole_as_the_users_latest(db: Database) -> None:
    older = db.pending.add(_pending("tok-1"))
    newer = db.pending.add(_pending("tok-2", created_at=AT + timedelta(minutes=1)))
    assert older == _pending("tok-1")
    assert db.pending.latest(SOMCHAI, now=AT + timedelta(minutes=2)) == newer
    assert newer.submission.dimensions == frozenset({1, 3})
    assert newer.created_at.tzinfo is UTC
    assert db.pending.latest(SUDA, now=AT) is None


@pytest.mark.parametrize("state", [PendingState.CONFIRMED, PendingState.CANCELLED])
def test_a_pending_action_is_settled_once_and_a_second_tap_finds_nothing(
    db: Database, state: PendingState
) -> None:
    db.pending.add(_pending())
    settled = db.pending.settle("tok-1", SOMCHAI, state, now=AT)
    assert settled == _pending(state=state)
    assert db.pending.settle("tok-1", SOMCHAI, state, now=AT) is None
    assert db.pending.settle("tok-1", SOMCHAI, PendingState.CONFIRMED, now=AT) is None
    assert db.pending.latest(SOMCHAI, now=AT) is None


def test_another_user_cannot_settle_someone_elses_action(db: Database) -> None:
    db.pending.add(_pending())
    assert db.pending.settle("tok-1", SUDA, PendingState.CONFIRMED, now=AT) is None
    assert db.pending.settle("tok-1", SOMCHAI, PendingState.CONFIRMED, now=AT) is not None


@pytest.mark.parametrize("late", [timedelta(0), timedelta(seconds=1), timedelta(days=1)])
def test_an_expired_action_can_be_neither_found_nor_settled(db: Database, late: timedelta) -> None:
    expiry = db.pending.add(_pending()).expires_at
    now = (expiry + late).astimezone(BANGKOK)
    assert db.pending.latest(SOMCHAI, now=now) is None
    assert db.pending.settle("tok-1", SOMCHAI, PendingState.CONFIRMED, now=now) is None


def test_an_unknown_token_settles_nothing(db: Database) -> None:
    assert db.pending.settle("nope", SOMCHAI, PendingState.CONFIRMED, now=AT) is None


@pytest.mark.parametrize("round_", range(5))
def test_two_taps_on_confirm_at_once_settle_the_action_exactly_once(
    db: Database, round_: int
) -> None:
    token = f"tok-{round_}"
    db.pending.add(_pending(token))

    def tap() -> PendingAction | None:
        return db.pending.settle(token, SOMCHAI, PendingState.CONFIRMED, now=AT)

    results = at_once(tap, tap)
    assert sum(r is not None for r in results) == 1


def test_settling_back_to_pending_is_a_programming_error(db: Database) -> None:
    db.pending.add(_pending())
    with pytest.raises(ValueError):
        db.pending.settle("tok-1", SOMCHAI, PendingState.PENDING, now=AT)


def test_a_pending_action_for_an_unknown_organisation_is_refused(db: Database) -> None:
    with pytest.raises(StorageError, match="กรมสมมติ"):
        db.pending.add(_pending(organisation="กรมสมมติ"))
