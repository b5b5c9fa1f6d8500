"""What the application needs from storage; ``bot.db`` implements these protocols."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol, TypeVar

from kpi_core.models import Member, Organisation, ReminderPolicy, Submission, Unit, YearClose

T = TypeVar("T")


class SaveOutcome(StrEnum):
    """What saving an organisation did."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


class StorageError(ValueError):
    """A write the storage refused; the message is a Thai sentence for the user."""


STEP_WITHOUT_UNIT = "ขั้นตอนต้องบันทึกให้หน่วยงานย่อย: ระบุหน่วยงานด้วยครับ"


def member_without_unit(organisation: str, units: list[str]) -> str:
    """The refusal of a member (not a coordinator) without a unit where there are units."""
    return f"สมาชิกของ {organisation} ต้องอยู่ในหน่วยงานย่อย (ที่มี: {', '.join(units)})"


class DuplicateEventError(StorageError):
    """The LINE event that caused this write was already stored (a redelivery)."""


@dataclass(frozen=True)
class UnitOrigin:
    """Who added a unit (a LINE user id, ``cli`` or ``demo``), when, and from which event."""

    by: str
    at: datetime
    event_id: str | None = None
    chat_id: str | None = None


class OrganisationStore(Protocol):
    """Organisations with their units and indicators."""

    def save(self, organisation: Organisation, *, by: str = "cli") -> SaveOutcome:
        """Create or update the organisation of that name; never duplicate it."""
        ...

    def add_unit(self, organisation: str, unit: Unit, origin: UnitOrigin) -> Unit:
        """Add a unit to the organisation; a name another unit goes by is refused."""
        ...

    def get(self, name: str) -> Organisation | None:
        """The organisation called exactly ``name``."""
        ...

    def find(self, query: str) -> list[str]:
        """Names of organisations ``query`` names (name, short name or alias; never fuzzy)."""
        ...

    def names(self) -> list[str]:
        """Every organisation's name, in the order they were first stored."""
        ...

    def close_year(self, name: str, close: YearClose) -> YearClose:
        """Record that the organisation's fiscal year is closed (refused if it already is);
        ``get`` lists it in ``year_closes`` from then on."""
        ...


class SubmissionLedger(Protocol):
    """The append-only record of what members submitted."""

    def append(self, organisation: str, submission: Submission) -> Submission:
        """Store a new row and return it with its id; nothing is ever updated or deleted."""
        ...

    def append_all(self, organisation: str, submissions: Sequence[Submission]) -> list[Submission]:
        """Store every row of one confirmation (a step of several units), or none of them."""
        ...

    def list(self, organisation: str, *, indicator_code: str | None = None) -> list[Submission]:
        """Every row of the organisation (optionally one indicator), oldest first."""
        ...


class PendingState(StrEnum):
    """Where a submission awaiting confirmation stands."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    SUPERSEDED = "superseded"  # a newer draft of the same slot replaced it


@dataclass(frozen=True)
class PendingAction:
    """A submission the bot restated and is waiting for the user to confirm or cancel."""

    token: str  # random, unguessable; carried in the postback data
    organisation: str
    line_user_id: str
    submission: Submission | None  # the draft to append on confirmation (None: not a submission)
    summary: str  # the Thai restatement shown to the user
    created_at: datetime
    expires_at: datetime
    state: PendingState = PendingState.PENDING
    chat_id: str = ""  # the chat it was drafted in: only there can it be confirmed
    slot: str = ""  # what it is about; a newer draft of the same slot supersedes it ("": never)
    registration: Member | None = None  # a coordinator's own move, stored on confirmation
    unit: Unit | None = None  # a unit the coordinator adds, stored on confirmation
    year_close: YearClose | None = None  # a coordinator's close of the fiscal year
    # One step of several units ("กก. กับ กจ. ส่งแผนแล้ว"), or their withdrawal: every row is
    # stored on confirmation, together or not at all (``submission`` is then None).
    batch: tuple[Submission, ...] = ()


@dataclass(frozen=True)
class GroupBinding:
    """A LINE group (or room) bound to one organisation."""

    group_id: str
    organisation: str
    bound_by: str  # LINE user id or ``cli``
    bound_at: datetime
    source_event_id: str | None = None  # the LINE event of the binding, if by chat
    active: bool = True  # False once the bot left the group (kept for history)


class MemberDirectory(Protocol):
    """Registered members: who belongs to which unit, and who coordinates."""

    def get(self, line_user_id: str) -> Member | None:
        """The member with this LINE user id, if registered."""
        ...

    def save(self, member: Member) -> Member:
        """Register or re-register (same user id: replaced; the change is logged)."""
        ...

    def members_of(self, organisation: str, unit: str | None = None) -> list[Member]:
        """Members of the organisation (optionally of one unit), in registration order."""
        ...


class GroupDirectory(Protocol):
    """Which organisation each LINE group belongs to."""

    def get(self, group_id: str) -> GroupBinding | None:
        """The group's active binding, if any."""
        ...

    def last(self, group_id: str) -> GroupBinding | None:
        """The group's binding even after the bot left it (``active`` tells)."""
        ...

    def bind(self, binding: GroupBinding) -> GroupBinding:
        """Bind (or re-bind, or restore) the group to an organisation."""
        ...

    def leave(self, group_id: str, *, at: datetime, event_id: str | None) -> GroupBinding | None:
        """The bot left the group: its binding turns inactive (kept); ``None`` if unbound."""
        ...

    def all(self) -> list[GroupBinding]:
        """Every actively bound group, oldest binding first."""
        ...


@dataclass(frozen=True)
class Choice:
    """One answer an ask-back offers: typed as its key ("4") or its name, or its button."""

    key: str  # the number the listing shows
    name: str  # the name the listing shows
    data: str  # the button's postback data: what picking it means


@dataclass(frozen=True)
class AskBack:
    """A question the bot asked back; the sender's next message in the chat may answer it."""

    organisation: str
    line_user_id: str
    chat_id: str
    choices: tuple[Choice, ...]
    asked_at: datetime
    expires_at: datetime
    source_event_id: str | None = None  # the LINE event whose reply asked
    id: int | None = None


class AskBacks(Protocol):
    """Open ask-backs: short-lived, one per user and chat, closed by the next message."""

    def ask(self, ask_back: AskBack) -> AskBack:
        """Store a new ask-back; the user's earlier open ones in the chat are passed by."""
        ...

    def open_in(self, line_user_id: str, chat_id: str, *, now: datetime) -> AskBack | None:
        """The user's open, unexpired ask-back in this chat."""
        ...

    def close(
        self, ask_back_id: int, *, answered: bool, now: datetime, event_id: str | None
    ) -> bool:
        """Close an open ask-back once (answered, or passed by); False if it was not open."""
        ...


class PendingActions(Protocol):
    """Submissions awaiting confirmation."""

    def add(self, pending: PendingAction) -> PendingAction:
        """Store a new pending action; the same user's live drafts of its slot in its chat
        are superseded."""
        ...

    def get(self, token: str) -> PendingAction | None:
        """The pending action with this token, whatever its state."""
        ...

    def open_in(self, line_user_id: str, chat_id: str, *, now: datetime) -> list[PendingAction]:
        """The user's live pending actions drafted in this chat, newest first."""
        ...

    def settle(
        self, token: str, line_user_id: str, state: PendingState, *, now: datetime
    ) -> PendingAction | None:
        """Atomically move a live pending action of this user to ``state``; ``None`` when it
        does not exist, belongs to someone else, expired or was settled already."""
        ...

    def latest(self, line_user_id: str, *, now: datetime) -> PendingAction | None:
        """The user's newest live pending action."""
        ...


class ReminderPolicies(Protocol):
    """Each group's reminder policy; a group without one uses ``ReminderPolicy()``."""

    def get(self, group_id: str) -> ReminderPolicy:
        """The group's policy (the default when never set)."""
        ...

    def save(
        self,
        group_id: str,
        policy: ReminderPolicy,
        *,
        by: str,
        at: datetime,
        event_id: str | None = None,
    ) -> None:
        """Replace the group's policy; every change is logged with who, when and the event."""
        ...


class FailedReminder(Protocol):
    """A reminder LINE refused, as far as the coordinator needs to hear of it."""

    id: int
    step: int
    due: date
    status: int | None


class HeldReminder(Protocol):
    """A reminder held back to stay within LINE's quota."""

    id: int
    step: int
    due: date
    kind: str


class ReminderDeliveries(Protocol):
    """The record of reminder pushes, as far as the conversation needs it."""

    def unnotified_failures(self, organisation: str) -> list[FailedReminder]:
        """The organisation's failed reminders its coordinator has not been told of yet."""
        ...

    def unnotified_holds(self, organisation: str) -> list[HeldReminder]:
        """The organisation's reminders held back for the quota, not told yet."""
        ...

    def mark_notified(self, ids: list[int], *, now: datetime) -> int:
        """Record that these failures were told; how many were newly marked."""
        ...


class DeskLinks(Protocol):
    """Links into the desk and to chart pictures, signed by the server and expiring."""

    def login_link(
        self,
        line_user_id: str,
        organisation: str,
        *,
        now: datetime,
        event_id: str | None = None,
        chat_id: str | None = None,
    ) -> str | None:
        """A single-use login link for this member; ``None`` when the desk is not set up."""
        ...

    def chart_link(self, organisation: str, *, today: date) -> str | None:
        """An HTTPS address of the organisation's chart as a PNG; ``None`` without one."""
        ...


class NoDesk:
    """The desk when none is set up: no links (the chat says so, charts are drawn as cards)."""

    def login_link(
        self,
        line_user_id: str,
        organisation: str,
        *,
        now: datetime,
        event_id: str | None = None,
        chat_id: str | None = None,
    ) -> str | None:
        """No link."""
        return None

    def chart_link(self, organisation: str, *, today: date) -> str | None:
        """No picture."""
        return None


class NoAskBacks:
    """Where no ask-back is kept (a one-off reading): every ask-back needs its buttons."""

    def ask(self, ask_back: AskBack) -> AskBack:
        """Keep nothing."""
        return ask_back

    def open_in(self, line_user_id: str, chat_id: str, *, now: datetime) -> AskBack | None:
        """Nothing is open."""
        return None

    def close(
        self, ask_back_id: int, *, answered: bool, now: datetime, event_id: str | None
    ) -> bool:
        """Nothing to close."""
        return False


class Memo(Protocol):
    """Values computed from an organisation's data, kept while that data is unchanged (its
    data version): a status asked again is not computed again. For replies only."""

    def remember(self, organisation: str, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, or what it gave for ``key`` while the organisation is unchanged;
        ``key`` holds everything else the value depends on (the day, the unit)."""
        ...


class NoMemo:
    """No memory: every value is computed when asked (the CLI, the fakes)."""

    def remember(self, organisation: str, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``."""
        return compute()
