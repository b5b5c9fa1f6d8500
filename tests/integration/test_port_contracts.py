"""The fakes of ``tests/fakes`` keep the SQL repositories' contract: what the handlers rely on,
checked on the fakes, a SQLite file and PostgreSQL alike, so the fakes cannot drift."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial

import pytest
from sqlalchemy import select

from bot.db.database import Database
from bot.db.engine import make_session_factories
from bot.db.read_model import ReadModel, ReplyReads
from bot.db.scope import OwnTransactions
from bot.db.tables import GroupBindingChangeRow, MemberChangeRow, ReminderPolicyChangeRow
from handlers.context import Ports
from handlers.ports import (
    AskBack,
    Choice,
    DuplicateEventError,
    GroupBinding,
    PendingAction,
    PendingState,
    SaveOutcome,
    StorageError,
    UnitOrigin,
)
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import (
    Member,
    Organisation,
    ReminderPolicy,
    Role,
    Submission,
    SubmissionAction,
    SubmissionKind,
    Unit,
    YearClose,
)
from tests.fakes.ports import STORES, fake_ports

ORG = Organisation("สำนักงานทดสอบ", short_name="สทด.", units=(Unit("กองกลาง"), Unit("กองคลัง")))
OTHER = Organisation("สำนักงานทดสอบอื่น")
AT = datetime(2025, 1, 28, 9, 30, tzinfo=BANGKOK)
SOMCHAI, SUDA = "Usomchai", "Usuda"
CORRECT, UNDO = SubmissionAction.CORRECT, SubmissionAction.UNDO


@dataclass
class Backend:
    """Ports holding ``ORG`` and ``OTHER``, and what only set-up and logs reach."""

    ports: Ports
    fail: Callable[[str, int], None]  # a reminder push for (organisation, step) LINE refused
    hold: Callable[[str, int], None]  # a reminder for (organisation, step) held for the quota
    log: Callable[[str], list[str]]  # who made each change: "members", "groups" or "policies"


def _value(value: str, **changes: object) -> Submission:
    row = Submission("1", SubmissionKind.VALUE, value=Decimal(value), submitted_at=AT)
    return replace(row, **changes)


def _pending(token: str, user: str = SOMCHAI, created: datetime = AT) -> PendingAction:
    draft = _value("52.30", unit="กองกลาง", dimensions=frozenset({1, 3}))
    return PendingAction(
        token, ORG.name, user, draft, "ผล 52.30", created, created + timedelta(minutes=15)
    )


class PortContract:
    """The checks; each subclass gives its ``backend``."""

    def test_a_remembered_value_is_never_older_than_the_organisations_data(
        self, backend: Backend
    ) -> None:
        ports = backend.ports

        def rows() -> int:
            return len(ports.submissions.list(ORG.name))

        assert ports.memo.remember(ORG.name, "rows", rows) == 0
        assert ports.memo.remember(ORG.name, "rows", lambda: -1) in (0, -1)  # kept, or not
        ports.submissions.append(ORG.name, _value("52.30"))
        assert ports.memo.remember(ORG.name, "rows", rows) == 1
        assert ports.memo.remember("ไม่มีหน่วยงานนี้", "rows", lambda: 7) == 7

    def test_organisations_are_saved_once_and_found_by_name_short_name_or_part(
        self, backend: Backend
    ) -> None:
        store = backend.ports.organisations
        assert store.save(ORG) is SaveOutcome.UNCHANGED
        assert store.save(replace(OTHER, summary="ใหม่")) is SaveOutcome.UPDATED
        assert store.save(Organisation("สำนักงาน")) is SaveOutcome.CREATED
        assert store.get(ORG.name) == ORG and store.get("สำนัก") is None
        assert store.find(" สทด. ") == [ORG.name]
        assert store.find("ทดสอบ") == [ORG.name, OTHER.name]
        assert store.find("สำนักงาน") == ["สำนักงาน"]  # an exact name outranks containing it
        assert store.find("กรมสมมติ") == []
        assert store.names() == [ORG.name, OTHER.name, "สำนักงาน"]

    def test_organisations_go_by_their_aliases_exactly_never_by_a_part_of_a_short_name(
        self, backend: Backend
    ) -> None:
        store = backend.ports.organisations
        ocsc = Organisation("สำนักงานคณะกรรมการข้าราชการพลเรือน", short_name="สำนักงาน ก.พ.")
        store.save(replace(ocsc, aliases=("สนง.ก.พ.", "ก.พ.")))
        assert store.get(ocsc.name).aliases == ("สนง.ก.พ.", "ก.พ.")  # type: ignore[union-attr]
        assert store.find("สนง. ก.พ.") == store.find("กพ") == [ocsc.name]
        assert store.find("ก.พ.ร.") == []

    def test_a_unit_is_added_once_after_the_others(self, backend: Backend) -> None:
        store = backend.ports.organisations
        origin = UnitOrigin(SOMCHAI, AT, "e1", "C1")
        assert store.add_unit(ORG.name, Unit("กองนิติการ", "กนต.", ("กฎหมาย",)), origin)
        units = store.get(ORG.name).units  # type: ignore[union-attr]
        assert units[-1] == Unit("กองนิติการ", "กนต.", ("กฎหมาย",)) and len(units) == 3
        for taken in (Unit("กองนิติการ"), Unit("กองใหม่", "กนต."), Unit("กองใหม่", "", ("กฎหมาย",))):
            with pytest.raises(StorageError, match="มีหน่วยงานย่อย กองนิติการ \\(กนต.\\) อยู่แล้ว"):
                store.add_unit(ORG.name, taken, origin)
        with pytest.raises(StorageError, match="ไม่พบหน่วยงาน กรมสมมติ"):
            store.add_unit("กรมสมมติ", Unit("กองใหม่"), origin)
        backend.ports.members.save(Member("Unew", ORG.name, "กองนิติการ"))

    def test_no_step_without_its_unit_and_no_member_outside_the_units(
        self, backend: Backend
    ) -> None:
        step = Submission("1", SubmissionKind.STEP, step=1, submitted_at=AT)
        with pytest.raises(StorageError, match="ขั้นตอนต้องบันทึกให้หน่วยงานย่อย"):
            backend.ports.submissions.append(OTHER.name, step)
        with pytest.raises(StorageError, match="ต้องอยู่ในหน่วยงานย่อย \\(ที่มี: กองกลาง, กองคลัง\\)"):
            backend.ports.members.save(Member("Unew", ORG.name))
        coordinator = Member("Ucoord", ORG.name, role=Role.COORDINATOR)
        assert backend.ports.members.save(coordinator).unit is None  # acts for every unit
        assert backend.ports.members.save(Member("Uother", OTHER.name)).unit is None  # no units

    def test_a_step_of_several_units_waits_as_one_pending_action_and_comes_back_whole(
        self, backend: Backend
    ) -> None:
        step = Submission("1", SubmissionKind.STEP, "กองกลาง", step=3, done_on=date(2025, 1, 27))
        batch = (step, replace(step, unit="กองคลัง", dimensions=frozenset({1, 2})))
        draft = replace(_pending("t-batch"), submission=None, batch=batch, slot="batch:x")
        backend.ports.pending.add(draft)
        found = backend.ports.pending.get("t-batch")
        assert found is not None and (found.batch, found.submission) == (batch, None)

    def test_the_rows_of_one_confirmation_are_stored_together_or_not_at_all(
        self, backend: Backend
    ) -> None:
        ledger = backend.ports.submissions
        step = Submission("1", SubmissionKind.STEP, "กองกลาง", step=3, submitted_at=AT)
        rows = [
            replace(step, source_event_id="e9"),
            replace(step, unit="กองคลัง", source_event_id="e9#2"),
        ]
        with pytest.raises(StorageError):
            ledger.append_all(ORG.name, [rows[0], replace(rows[1], unit="กองปลอม")])
        assert ledger.list(ORG.name) == []
        stored = ledger.append_all(ORG.name, rows)
        assert [(r.unit, r.source_event_id) for r in stored] == [
            ("กองกลาง", "e9"),
            ("กองคลัง", "e9#2"),
        ]
        assert [r.id for r in ledger.list(ORG.name)] == [r.id for r in stored]
        with pytest.raises(DuplicateEventError):
            ledger.append_all(ORG.name, rows)

    def test_a_unit_to_add_waits_as_a_pending_action_and_comes_back_whole(
        self, backend: Backend
    ) -> None:
        unit = Unit("กองนิติการ", "กนต.")
        draft = replace(_pending("t-unit"), submission=None, unit=unit, slot="unit:กองนิติการ")
        backend.ports.pending.add(draft)
        found = backend.ports.pending.get("t-unit")
        assert found is not None and (found.unit, found.submission, found.registration) == (
            unit,
            None,
            None,
        )

    def test_the_ledger_numbers_rows_in_order_and_keeps_who_when_and_which_event(
        self, backend: Backend
    ) -> None:
        ledger = backend.ports.submissions
        first = ledger.append(ORG.name, _value("1", submitted_by=SOMCHAI, source_event_id="e1"))
        other = ledger.append(OTHER.name, _value("2"))
        second = ledger.append(ORG.name, _value("3", unit="กองคลัง", indicator_code="2"))
        assert first.id < other.id < second.id
        assert first == _value("1", submitted_by=SOMCHAI, source_event_id="e1", id=first.id)
        assert first.submitted_at.tzinfo is UTC
        assert ledger.list(ORG.name) == [first, second]
        assert ledger.list(ORG.name, indicator_code="2") == [second]
        untimed = ledger.append(ORG.name, _value("4", submitted_at=None))
        assert untimed.submitted_at is not None and untimed.submitted_at.tzinfo is UTC

    def test_the_ledger_refuses_unknown_places_and_a_redelivered_event(
        self, backend: Backend
    ) -> None:
        ledger = backend.ports.submissions
        ledger.append(ORG.name, _value("1", source_event_id="e1"))
        with pytest.raises(DuplicateEventError, match="รายการนี้บันทึกไว้แล้ว"):
            ledger.append(ORG.name, _value("2", source_event_id="e1"))
        with pytest.raises(StorageError, match="ไม่พบหน่วยงาน กรมสมมติ"):
            ledger.append("กรมสมมติ", _value("1"))
        with pytest.raises(StorageError, match="ไม่พบหน่วยงาน กรมสมมติ"):
            ledger.list("กรมสมมติ")
        with pytest.raises(StorageError, match=f"ไม่พบหน่วยงานย่อย กองไม่มี ใน {ORG.name}"):
            ledger.append(ORG.name, _value("1", unit="กองไม่มี"))
        assert len(ledger.list(ORG.name)) == 1

    def test_a_correction_or_undo_must_supersede_a_live_row_of_the_organisation(
        self, backend: Backend
    ) -> None:
        ledger = backend.ports.submissions
        row = ledger.append(ORG.name, _value("1"))
        elsewhere = ledger.append(OTHER.name, _value("1"))
        refusals = [
            (_value("2", action=CORRECT), "ไม่พบรายการที่ต้องการแก้ไขหรือยกเลิก"),
            (_value("2", action=CORRECT, supersedes=999), "ไม่พบรายการที่ต้องการแก้ไขหรือยกเลิก"),
            (_value("2", action=UNDO, supersedes=elsewhere.id), "ไม่พบรายการที่ต้องการแก้ไข"),
        ]
        for submission, why in refusals:
            with pytest.raises(StorageError, match=why):
                ledger.append(ORG.name, submission)
        fixed = ledger.append(ORG.name, _value("2", action=CORRECT, supersedes=row.id))
        undo = ledger.append(ORG.name, _value("1", action=UNDO, supersedes=fixed.id))
        with pytest.raises(StorageError, match="รายการยกเลิกแก้ไขหรือยกเลิกซ้ำไม่ได้"):
            ledger.append(ORG.name, _value("1", action=UNDO, supersedes=undo.id))
        with pytest.raises(StorageError, match="รายการนี้ถูกยกเลิกไปแล้ว"):
            ledger.append(ORG.name, _value("3", action=CORRECT, supersedes=fixed.id))
        assert [r.id for r in ledger.list(ORG.name)] == [row.id, fixed.id, undo.id]

    def test_a_pending_action_is_the_users_latest_until_settled_once(
        self, backend: Backend
    ) -> None:
        pending = backend.ports.pending
        older = pending.add(_pending("t1"))
        newer = pending.add(_pending("t2", created=AT + timedelta(minutes=1)))
        pending.add(_pending("t3", user=SUDA))
        assert older == _pending("t1") and older.created_at.tzinfo is UTC
        assert pending.latest(SOMCHAI, now=AT + timedelta(minutes=2)) == newer
        assert pending.settle("t2", SUDA, PendingState.CONFIRMED, now=AT) is None
        settled = pending.settle("t2", SOMCHAI, PendingState.CONFIRMED, now=AT)
        assert settled == replace(newer, state=PendingState.CONFIRMED)
        assert pending.settle("t2", SOMCHAI, PendingState.CANCELLED, now=AT) is None
        assert pending.latest(SOMCHAI, now=AT) == older
        assert pending.settle("nope", SOMCHAI, PendingState.CANCELLED, now=AT) is None
        with pytest.raises(ValueError):
            pending.settle("t1", SOMCHAI, PendingState.PENDING, now=AT)

    def test_an_expired_pending_action_is_neither_found_nor_settled(self, backend: Backend) -> None:
        pending = backend.ports.pending
        expiry = pending.add(_pending("t1")).expires_at
        assert pending.latest(SOMCHAI, now=expiry - timedelta(seconds=1)) is not None
        assert pending.latest(SOMCHAI, now=expiry) is None
        assert pending.settle("t1", SOMCHAI, PendingState.CONFIRMED, now=expiry) is None
        with pytest.raises(StorageError, match="ไม่พบหน่วยงาน กรมสมมติ"):
            pending.add(replace(_pending("t2"), organisation="กรมสมมติ"))

    def test_an_ask_back_is_open_for_its_user_and_chat_until_closed_once(
        self, backend: Backend
    ) -> None:
        asks = backend.ports.ask_backs
        stored = asks.ask(_ask_back("C1", "ev1"))
        assert stored.id is not None and stored.asked_at.tzinfo is UTC
        assert replace(stored, id=None) == _ask_back("C1", "ev1")
        assert asks.open_in(SOMCHAI, "C1", now=AT) == stored
        assert asks.open_in(SOMCHAI, "C2", now=AT) is None
        assert asks.open_in(SUDA, "C1", now=AT) is None
        assert asks.open_in(SOMCHAI, "C1", now=stored.expires_at) is None
        assert asks.close(stored.id, answered=True, now=AT, event_id="ev2") is True
        assert asks.close(stored.id, answered=False, now=AT, event_id="ev3") is False
        assert asks.open_in(SOMCHAI, "C1", now=AT) is None

    def test_a_new_ask_back_passes_the_older_one_in_its_chat_by(self, backend: Backend) -> None:
        asks = backend.ports.ask_backs
        older = asks.ask(_ask_back("C1", "ev1"))
        other_chat = asks.ask(_ask_back("C2", "ev2"))
        newer = asks.ask(_ask_back("C1", "ev3"))
        assert asks.open_in(SOMCHAI, "C1", now=AT) == newer
        assert asks.open_in(SOMCHAI, "C2", now=AT) == other_chat
        assert older.id is not None
        assert asks.close(older.id, answered=True, now=AT, event_id="ev4") is False
        with pytest.raises(StorageError, match="ไม่พบหน่วยงาน กรมสมมติ"):
            asks.ask(replace(_ask_back("C1", "ev5"), organisation="กรมสมมติ"))

    def test_a_new_draft_of_a_slot_supersedes_the_older_in_its_chat_only(
        self, backend: Backend
    ) -> None:
        pending = backend.ports.pending
        later = AT + timedelta(minutes=1)
        older = pending.add(replace(_pending("t1"), chat_id="C1", slot="s"))
        elsewhere = pending.add(replace(_pending("t2"), chat_id="C2", slot="s"))
        other_slot = pending.add(replace(_pending("t3"), chat_id="C1", slot="r"))
        newer = pending.add(replace(_pending("t4", created=later), chat_id="C1", slot="s"))
        assert pending.get("t1") == replace(older, state=PendingState.SUPERSEDED)
        assert pending.get("t2") == elsewhere and pending.get("nope") is None
        assert pending.open_in(SOMCHAI, "C1", now=later) == [newer, other_slot]
        assert pending.open_in(SOMCHAI, "C2", now=later) == [elsewhere]
        assert pending.open_in(SUDA, "C1", now=later) == []
        assert pending.settle("t1", SOMCHAI, PendingState.CONFIRMED, now=later) is None

    def test_a_registration_draft_comes_back_whole(self, backend: Backend) -> None:
        pending = backend.ports.pending
        move = Member(SOMCHAI, ORG.name, "กองคลัง", "สมชาย", Role.COORDINATOR, AT, SOMCHAI)
        draft = replace(_pending("t1"), submission=None, registration=move, slot="registration")
        assert pending.add(draft) == draft
        assert pending.get("t1") == draft
        settled = pending.settle("t1", SOMCHAI, PendingState.CONFIRMED, now=AT)
        assert settled == replace(draft, state=PendingState.CONFIRMED)

    def test_a_year_close_draft_comes_back_whole(self, backend: Backend) -> None:
        pending = backend.ports.pending
        close = YearClose(2568, AT.astimezone(UTC), SOMCHAI)
        draft = replace(_pending("t1"), submission=None, year_close=close, slot="year_close")
        assert pending.add(draft) == draft
        assert pending.get("t1") == draft

    def test_a_year_is_closed_once_with_who_when_and_which_event(self, backend: Backend) -> None:
        store = backend.ports.organisations
        close = YearClose(2568, AT.astimezone(UTC), SOMCHAI, "สมชาย", "e1", "C1")
        assert store.close_year(ORG.name, close) == close
        assert store.get(ORG.name).year_closes == (close,)
        with pytest.raises(StorageError, match="ปีงบประมาณ 2568 ปิดไปแล้ว"):
            store.close_year(ORG.name, replace(close, source_event_id="e2"))
        with pytest.raises(StorageError, match="ไม่พบหน่วยงาน กรมสมมติ"):
            store.close_year("กรมสมมติ", close)
        assert store.save(replace(ORG, summary="นำเข้าใหม่")) is SaveOutcome.UPDATED
        assert store.get(ORG.name).year_closes == (close,)  # a re-import keeps the close

    def test_a_year_closed_in_bangkok_time_comes_back_as_the_same_moment(
        self, backend: Backend
    ) -> None:
        # 18:00 in Bangkok is 11:00 UTC the same day: stored as typed, SQLite dropped the zone
        # and the close read back a day later (7 ต.ค. for 6 ต.ค.).
        evening = datetime(2025, 10, 6, 18, 0, tzinfo=BANGKOK)
        store = backend.ports.organisations
        store.close_year(ORG.name, YearClose(2568, evening, SOMCHAI))
        (close,) = store.get(ORG.name).year_closes
        assert close.closed_at == evening and close.closed_at.tzinfo is UTC

    def test_members_are_replaced_in_place_and_every_registration_is_logged(
        self, backend: Backend
    ) -> None:
        members = backend.ports.members
        somchai = members.save(Member(SOMCHAI, ORG.name, "กองกลาง", "สมชาย", registered_at=AT))
        suda = members.save(Member(SUDA, ORG.name, "กองคลัง", registered_by=SUDA))
        assert somchai.registered_at == AT and somchai.registered_at.tzinfo is UTC
        assert suda.registered_at is not None and members.get(SUDA) == suda
        moved = members.save(replace(somchai, unit=None, role=Role.COORDINATOR, registered_by="c"))
        assert members.get(SOMCHAI) == moved and members.get("Unobody") is None
        assert members.members_of(ORG.name) == [moved, suda]
        assert members.members_of(ORG.name, "กองคลัง") == [suda]
        assert backend.log("members") == ["", SUDA, "c"]

    def test_members_of_unknown_places_are_refused_and_not_logged(self, backend: Backend) -> None:
        members = backend.ports.members
        with pytest.raises(StorageError, match=f"ไม่พบหน่วยงานย่อย กองไม่มี ใน {ORG.name}"):
            members.save(Member(SOMCHAI, ORG.name, "กองไม่มี"))
        with pytest.raises(StorageError, match="ไม่พบหน่วยงาน กรมสมมติ"):
            members.save(Member(SOMCHAI, "กรมสมมติ"))
        with pytest.raises(StorageError, match="ไม่พบหน่วยงานย่อย กองไม่มี"):
            members.members_of(ORG.name, "กองไม่มี")
        assert members.get(SOMCHAI) is None and backend.log("members") == []

    def test_groups_are_bound_rebound_and_listed_oldest_binding_first(
        self, backend: Backend
    ) -> None:
        groups = backend.ports.groups
        first = groups.bind(GroupBinding("C1", ORG.name, SOMCHAI, AT + timedelta(hours=1)))
        groups.bind(GroupBinding("C2", OTHER.name, "cli", AT))
        assert first.bound_at.tzinfo is UTC and groups.get("C1") == first
        moved = groups.bind(GroupBinding("C1", OTHER.name, SUDA, AT + timedelta(hours=2)))
        assert groups.get("C1") == moved and groups.get("C3") is None
        assert [b.group_id for b in groups.all()] == ["C2", "C1"]
        with pytest.raises(StorageError, match="ไม่พบหน่วยงาน กรมสมมติ"):
            groups.bind(GroupBinding("C3", "กรมสมมติ", "cli", AT))
        assert backend.log("groups") == [SOMCHAI, "cli", SUDA]

    def test_a_group_the_bot_left_keeps_its_binding_inactive_until_bound_again(
        self, backend: Backend
    ) -> None:
        groups = backend.ports.groups
        groups.bind(GroupBinding("C1", ORG.name, SOMCHAI, AT))
        groups.bind(GroupBinding("C2", OTHER.name, "cli", AT))
        left = groups.leave("C1", at=AT + timedelta(days=1), event_id="e-leave")
        assert left is not None and (left.organisation, left.active) == (ORG.name, False)
        assert groups.get("C1") is None and groups.last("C1") == left
        assert [b.group_id for b in groups.all()] == ["C2"]
        assert groups.leave("C9", at=AT, event_id=None) is None and groups.last("C9") is None
        back = groups.bind(GroupBinding("C1", ORG.name, SUDA, AT + timedelta(days=2)))
        assert back.active and groups.get("C1") == back == groups.last("C1")
        assert backend.log("groups") == [SOMCHAI, "cli", SOMCHAI, SUDA]

    def test_a_policy_is_the_default_until_saved_and_every_save_is_logged(
        self, backend: Backend
    ) -> None:
        policies = backend.ports.reminder_policies
        assert policies.get("C1") == ReminderPolicy()
        quiet = ReminderPolicy(
            days_before=(5, 0), hour=13, quiet_dates=frozenset({date(2025, 1, 2)})
        )
        policies.save("C1", quiet, by=SOMCHAI, at=AT)
        policies.save("C1", replace(quiet, enabled=False), by=SUDA, at=AT)
        assert policies.get("C1") == replace(quiet, enabled=False)
        assert policies.get("C2") == ReminderPolicy()
        assert backend.log("policies") == [SOMCHAI, SUDA]

    def test_failed_reminders_are_told_once_each_organisation_its_own(
        self, backend: Backend
    ) -> None:
        deliveries = backend.ports.reminder_deliveries
        for organisation, step in [(ORG.name, 1), (OTHER.name, 2), (ORG.name, 3)]:
            backend.fail(organisation, step)
        failures = deliveries.unnotified_failures(ORG.name)
        assert [(f.step, f.due, f.status) for f in failures] == [
            (1, AT.date(), 429),
            (3, AT.date(), 429),
        ]
        assert deliveries.mark_notified([failures[0].id], now=AT) == 1
        assert deliveries.mark_notified([failures[0].id], now=AT) == 0
        assert [f.step for f in deliveries.unnotified_failures(ORG.name)] == [3]
        assert [f.step for f in deliveries.unnotified_failures(OTHER.name)] == [2]
        with pytest.raises(StorageError, match="ไม่พบหน่วยงาน กรมสมมติ"):
            deliveries.unnotified_failures("กรมสมมติ")

    def test_held_reminders_are_told_once_and_apart_from_failures(self, backend: Backend) -> None:
        backend.hold(ORG.name, 2)
        backend.fail(ORG.name, 1)
        backend.hold(OTHER.name, 4)
        deliveries = backend.ports.reminder_deliveries
        [held] = deliveries.unnotified_holds(ORG.name)
        assert (held.step, held.due) == (2, AT.date())
        assert [f.step for f in deliveries.unnotified_failures(ORG.name)] == [1]
        assert deliveries.mark_notified([held.id], now=AT) == 1
        assert deliveries.unnotified_holds(ORG.name) == []
        assert [h.step for h in deliveries.unnotified_holds(OTHER.name)] == [4]

    def test_postponements_come_back_per_indicator_and_step_oldest_first(
        self, backend: Backend
    ) -> None:
        store = backend.ports.reminder_postponements
        store.postpone("C1", "1", 3, date(2025, 1, 28), by=SOMCHAI, at=AT, event_id="e1")
        store.postpone("C2", "1", 4, date(2025, 9, 17), by=SUDA, at=AT)
        store.postpone("C1", "1", 3, date(2025, 1, 30), by=SOMCHAI, at=AT)
        assert store.of_group("C1") == {"1": {3: (date(2025, 1, 28), date(2025, 1, 30))}}
        assert store.of_group("C3") == {}


class TestFakes(PortContract):
    """The fakes of ``tests/fakes/ports.py``."""

    @pytest.fixture
    def backend(self) -> Backend:
        ports = fake_ports(ORG, OTHER, bindings={})
        logs = {
            "members": lambda: [m.registered_by for m in ports.members.changes],
            "groups": lambda: [b.bound_by for b in ports.groups.changes],
            "policies": lambda: [c.by for c in ports.reminder_policies.changes],
        }
        return Backend(
            ports,
            lambda org, step: ports.reminder_deliveries.fail(
                org, step=step, due=AT.date(), status=429
            ),
            lambda org, step: ports.reminder_deliveries.hold(org, step=step, due=AT.date()),
            lambda name: logs[name](),
        )


class TestSqlRepositories(PortContract):
    """The repositories of ``bot/db`` on a SQLite file and on PostgreSQL."""

    @pytest.fixture
    def backend(self, database: Database) -> Backend:
        database.organisations.save(ORG)
        database.organisations.save(OTHER)
        stores = {name: getattr(database, name) for name in STORES}
        scope = OwnTransactions(*make_session_factories(database.engine))
        memo = ReplyReads(scope, ReadModel(), staged=False)
        ports = Ports(**stores, holidays=lambda today: frozenset(), memo=memo)
        return Backend(
            ports, partial(_fail, database), partial(_hold, database), partial(_log, database)
        )


LOGS = {
    "members": (MemberChangeRow.id, MemberChangeRow.changed_by),
    "groups": (GroupBindingChangeRow.id, GroupBindingChangeRow.bound_by),
    "policies": (ReminderPolicyChangeRow.id, ReminderPolicyChangeRow.changed_by),
}


def _ask_back(chat_id: str, event_id: str) -> AskBack:
    choices = (Choice("4", "จริยธรรม ชุดที่ 1", "v1:a"), Choice("5", "จริยธรรม ชุดที่ 2", "v1:b"))
    return AskBack(
        ORG.name,
        SOMCHAI,
        chat_id,
        choices,
        AT,
        AT + timedelta(minutes=10),
        source_event_id=event_id,
    )


def _log(database: Database, name: str) -> list[str]:
    order, by = LOGS[name]
    with database.engine.connect() as connection:
        return list(connection.scalars(select(by).order_by(order)))


def _fail(database: Database, organisation: str, step: int) -> None:
    identity = f"{organisation}:{step}"
    database.reminder_deliveries.claim(
        identity, now=AT, group_id="C1", organisation=organisation, indicator_code="1",
        step=step, kind="ahead", offset=3, due=AT.date(), send_at=AT, late=False,
        retry_key=identity, claimer="scheduler",
    )  # fmt: skip
    database.reminder_deliveries.mark_failed(
        identity, status=429, error="quota", attempts=1, now=AT
    )


def _hold(database: Database, organisation: str, step: int) -> None:
    identity = f"{organisation}:held:{step}"
    database.reminder_deliveries.record_skipped(
        identity, reason="quota: ต้องใช้ 30 ข้อความ", now=AT, group_id="C1",
        organisation=organisation, indicator_code="1", step=step, kind="before_due", offset=7,
        due=AT.date(), send_at=AT, late=False, retry_key=identity, claimer="scheduler",
    )  # fmt: skip
