"""In-memory fakes of the storage ports: organisations, the ledger and pending confirmations.

Each fake keeps what a test wants to read back (rows, change logs) in plain attributes and
refuses what the SQL repository refuses, with the same Thai ``StorageError``. Times come back
in UTC, as the databases return them. ``tests/integration/test_port_contracts.py`` runs the
same checks against these fakes and the SQL repositories, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from itertools import count

from handlers.ports import (
    STEP_WITHOUT_UNIT,
    AskBack,
    DuplicateEventError,
    PendingAction,
    PendingState,
    SaveOutcome,
    StorageError,
    UnitOrigin,
    member_without_unit,
)
from kpi_core.models import (
    Organisation,
    Submission,
    SubmissionAction,
    SubmissionKind,
    Unit,
    YearClose,
)
from kpi_core.org_names import labels, match_organisations, unit_clash

Clock = Callable[[], datetime]


def utc(moment: datetime) -> datetime:
    """The moment in UTC, as the databases hand it back."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def system_clock() -> datetime:
    """What the SQL repositories stamp when a write names no time."""
    return datetime.now(UTC)


class FakeOrganisationStore:
    """Organisations by name, in the order they were first saved.

    Unlike ``SqlOrganisationStore``, a re-saved organisation comes back exactly as saved: the
    database keeps units a re-import dropped (``get`` still lists them). ``known_units`` keeps
    every unit ever saved, so the other fakes refuse the same unknown units the database does.
    """

    def __init__(self, *organisations: Organisation) -> None:
        self.saved: dict[str, Organisation] = {}
        self.known_units: dict[str, set[str]] = {}
        self.unit_origins: dict[tuple[str, str], UnitOrigin] = {}
        for organisation in organisations:
            self.save(organisation)

    def save(self, organisation: Organisation, *, by: str = "cli") -> SaveOutcome:
        """Create or update the organisation of that name; never duplicate it."""
        before = self.saved.get(organisation.name)
        if before is not None:  # closing a year is no import: a re-import keeps the closes
            organisation = replace(organisation, year_closes=before.year_closes)
        if before == organisation:
            return SaveOutcome.UNCHANGED
        self.saved[organisation.name] = organisation
        units = self.known_units.setdefault(organisation.name, set())
        units.update(u.name for u in organisation.units)
        return SaveOutcome.CREATED if before is None else SaveOutcome.UPDATED

    def get(self, name: str) -> Organisation | None:
        """The organisation called exactly ``name``."""
        return self.saved.get(name)

    def add_unit(self, organisation: str, unit: Unit, origin: UnitOrigin) -> Unit:
        """Add a unit after the others, keeping its origin; a name already taken is refused."""
        org = self.require(organisation)
        clash = unit_clash(org, unit)
        if clash is not None:
            label = f"{clash.name} ({clash.short_name})" if clash.short_name else clash.name
            raise StorageError(f"{organisation} มีหน่วยงานย่อย {label} อยู่แล้ว")
        self.saved[organisation] = replace(org, units=(*org.units, unit))
        self.known_units.setdefault(organisation, set()).add(unit.name)
        self.unit_origins[(organisation, unit.name)] = origin
        return unit

    def find(self, query: str) -> list[str]:
        """The organisations ``query`` names, as the database finds them."""
        return match_organisations(query, [labels(o) for o in self.saved.values()])

    def names(self) -> list[str]:
        """Every organisation's name, in the order they were first stored."""
        return list(self.saved)

    def close_year(self, name: str, close: YearClose) -> YearClose:
        """Record the close on the organisation; refused when that year is closed already."""
        org = self.require(name)
        if any(c.fiscal_year == close.fiscal_year for c in org.year_closes):
            raise StorageError(f"ปีงบประมาณ {close.fiscal_year} ปิดไปแล้ว")
        stored = replace(close, closed_at=close.closed_at.astimezone(UTC))  # as the database
        self.saved[name] = replace(org, year_closes=(*org.year_closes, stored))
        return close

    def require(self, name: str) -> Organisation:
        """The organisation, or the database's refusal of an unknown one."""
        found = self.saved.get(name)
        if found is None:
            raise StorageError(f"ไม่พบหน่วยงาน {name}")
        return found

    def require_unit(self, organisation: str, unit: str | None) -> None:
        """Refuse, as the database does, a unit the organisation never had."""
        self.require(organisation)
        if unit is not None and unit not in self.known_units[organisation]:
            raise StorageError(f"ไม่พบหน่วยงานย่อย {unit} ใน {organisation}")

    def require_member_unit(self, organisation: str, unit: str | None) -> None:
        """Refuse, as the database does, a member without a unit where there are units."""
        self.require_unit(organisation, unit)
        units = [u.name for u in self.require(organisation).units]
        if unit is None and units:
            raise StorageError(member_without_unit(organisation, units))


class FakeSubmissionLedger:
    """The append-only ledger: ids increase across organisations, nothing is changed."""

    def __init__(self, organisations: FakeOrganisationStore, clock: Clock = system_clock) -> None:
        self._organisations = organisations
        self._clock = clock
        self._ids = count(1)
        self.stored: list[tuple[str, Submission]] = []  # (organisation, row), oldest first

    def append(self, organisation: str, submission: Submission) -> Submission:
        """Store a new row and return it with its id and its time in UTC."""
        self._organisations.require(organisation)
        self._check_supersedes(organisation, submission)
        self._organisations.require_unit(organisation, submission.unit)
        if (
            submission.kind is SubmissionKind.STEP
            and submission.unit is None
            and submission.action is not SubmissionAction.UNDO
        ):
            raise StorageError(STEP_WITHOUT_UNIT)
        event = submission.source_event_id
        if event and any(row.source_event_id == event for _, row in self.stored):
            raise DuplicateEventError("รายการนี้บันทึกไว้แล้ว")
        at = utc(submission.submitted_at or self._clock())
        row = replace(submission, id=next(self._ids), submitted_at=at)
        self.stored.append((organisation, row))
        return row

    def append_all(self, organisation: str, submissions: Sequence[Submission]) -> list[Submission]:
        """Store every row, or none of them when one is refused."""
        before = list(self.stored)
        try:
            return [self.append(organisation, submission) for submission in submissions]
        except StorageError:
            self.stored[:] = before
            raise

    def list(self, organisation: str, *, indicator_code: str | None = None) -> list[Submission]:
        """Every row of the organisation (optionally one indicator), oldest first."""
        self._organisations.require(organisation)
        return [
            row
            for name, row in self.stored
            if name == organisation and indicator_code in (None, row.indicator_code)
        ]

    def load(self, organisation: str, *rows: Submission) -> None:
        """Test set-up: rows already in the ledger, unchecked; their ids are kept (or given),
        their times come back in UTC."""
        for row in rows:
            at = row.submitted_at and utc(row.submitted_at)
            self.stored.append(
                (organisation, replace(row, id=row.id or next(self._ids), submitted_at=at))
            )
        top = max((row.id or 0 for _, row in self.stored), default=0)
        self._ids = count(top + 1)

    def _check_supersedes(self, organisation: str, submission: Submission) -> None:
        if submission.action is SubmissionAction.SUBMIT:
            return
        rows = {row.id: row for name, row in self.stored if name == organisation}
        target = rows.get(submission.supersedes) if submission.supersedes else None
        if target is None:
            raise StorageError("ไม่พบรายการที่ต้องการแก้ไขหรือยกเลิก")
        if target.action is SubmissionAction.UNDO:
            raise StorageError("รายการยกเลิกแก้ไขหรือยกเลิกซ้ำไม่ได้")
        undo = SubmissionAction.UNDO
        if any(r.supersedes == target.id and r.action is undo for r in rows.values()):
            raise StorageError("รายการนี้ถูกยกเลิกไปแล้ว")


class FakePendingActions:
    """Pending confirmations by token; settling one is single-use, per user, before expiry.

    A repeated token raises ``ValueError`` here (the database raises its IntegrityError).
    """

    def __init__(self, organisations: FakeOrganisationStore) -> None:
        self._organisations = organisations
        self.actions: dict[str, PendingAction] = {}  # by token, oldest first
        self.settled_at: dict[str, datetime] = {}

    @property
    def added(self) -> list[PendingAction]:
        """Every pending action ever added, in its current state, oldest first."""
        return list(self.actions.values())

    def add(self, pending: PendingAction) -> PendingAction:
        """Store a new pending action, superseding the user's live drafts of its slot in its
        chat; unknown organisations are refused."""
        self._organisations.require(pending.organisation)
        if pending.token in self.actions:
            raise ValueError(f"token {pending.token!r} is already used")
        if pending.slot:
            for older in list(self.actions.values()):
                same = (older.line_user_id, older.chat_id, older.slot)
                mine = (pending.line_user_id, pending.chat_id, pending.slot)
                if same == mine and older.state is PendingState.PENDING:
                    self.actions[older.token] = replace(older, state=PendingState.SUPERSEDED)
        stored = replace(
            pending, created_at=utc(pending.created_at), expires_at=utc(pending.expires_at)
        )
        self.actions[pending.token] = stored
        return stored

    def get(self, token: str) -> PendingAction | None:
        """The pending action with this token, whatever its state."""
        return self.actions.get(token)

    def open_in(self, line_user_id: str, chat_id: str, *, now: datetime) -> list[PendingAction]:
        """The user's live pending actions drafted in this chat, newest first."""
        live = [
            a
            for a in self.actions.values()
            if self._live(a, line_user_id, now) and a.chat_id == chat_id
        ]
        return sorted(reversed(live), key=lambda a: a.created_at, reverse=True)

    def settle(
        self, token: str, line_user_id: str, state: PendingState, *, now: datetime
    ) -> PendingAction | None:
        """Move a live pending action of this user to ``state``; ``None`` when it does not
        exist, belongs to someone else, expired or was settled already."""
        if state is PendingState.PENDING:
            raise ValueError("a pending action is settled as confirmed or cancelled")
        found = self.actions.get(token)
        if found is None or not self._live(found, line_user_id, now):
            return None
        settled = replace(found, state=state)
        self.actions[token] = settled
        self.settled_at[token] = utc(now)
        return settled

    def latest(self, line_user_id: str, *, now: datetime) -> PendingAction | None:
        """The user's newest live pending action (the later added when created together)."""
        live = [a for a in self.actions.values() if self._live(a, line_user_id, now)]
        return max(reversed(live), key=lambda a: a.created_at, default=None)

    @staticmethod
    def _live(action: PendingAction, line_user_id: str, now: datetime) -> bool:
        return (
            action.line_user_id == line_user_id
            and action.state is PendingState.PENDING
            and action.expires_at > utc(now)
        )


class FakeAskBacks:
    """Ask-backs in a list: one open per user and chat, closed once by the next message."""

    def __init__(self, organisations: FakeOrganisationStore) -> None:
        self._organisations = organisations
        self.asked: list[AskBack] = []
        self.states: dict[int, str] = {}  # "open", "answered" or "passed", by id
        self.closed_by: dict[int, str | None] = {}

    def ask(self, ask_back: AskBack) -> AskBack:
        """Store a new ask-back; the user's earlier open ones in the chat are passed by."""
        self._organisations.require(ask_back.organisation)
        for older in self.asked:
            mine = (older.line_user_id, older.chat_id) == (ask_back.line_user_id, ask_back.chat_id)
            if mine and self.states[older.id or 0] == "open":
                self.states[older.id or 0] = "passed"
        stored = replace(
            ask_back,
            id=len(self.asked) + 1,
            asked_at=utc(ask_back.asked_at),
            expires_at=utc(ask_back.expires_at),
        )
        self.asked.append(stored)
        self.states[stored.id or 0] = "open"
        return stored

    def open_in(self, line_user_id: str, chat_id: str, *, now: datetime) -> AskBack | None:
        """The user's open, unexpired ask-back in this chat."""
        return next(
            (
                a
                for a in reversed(self.asked)
                if (a.line_user_id, a.chat_id) == (line_user_id, chat_id)
                and self.states[a.id or 0] == "open"
                and a.expires_at > utc(now)
            ),
            None,
        )

    def close(
        self, ask_back_id: int, *, answered: bool, now: datetime, event_id: str | None
    ) -> bool:
        """Close an open ask-back once (answered, or passed by); False if it was not open."""
        if self.states.get(ask_back_id) != "open":
            return False
        self.states[ask_back_id] = "answered" if answered else "passed"
        self.closed_by[ask_back_id] = event_id
        return True
