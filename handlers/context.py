"""What a handler knows about a message: who sent it, where, when, and the ports it may use."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from handlers.ports import (
    AskBacks,
    DeskLinks,
    GroupDirectory,
    MemberDirectory,
    Memo,
    NoAskBacks,
    NoDesk,
    NoMemo,
    OrganisationStore,
    PendingActions,
    ReminderDeliveries,
    ReminderPolicies,
    SubmissionLedger,
)
from handlers.reminder_ports import (
    DueReminders,
    NoDueReminders,
    NoForecasts,
    ReminderForecasts,
    ReminderPostponements,
)
from kpi_core.models import Member, Organisation


class ChatKind(StrEnum):
    """LINE's ``source.type``."""

    USER = "user"  # a 1:1 chat with the bot
    GROUP = "group"
    ROOM = "room"


@dataclass(frozen=True)
class Chat:
    """Where a message came from: a 1:1 chat (id = user id), a group or a room."""

    kind: ChatKind
    id: str

    @property
    def is_shared(self) -> bool:
        """Whether several people read the chat (group or room)."""
        return self.kind is not ChatKind.USER


@dataclass(frozen=True)
class Incoming:
    """One message or postback addressed to the bot, already stripped of the bot's mention."""

    text: str
    chat: Chat
    user_id: str | None  # LINE may omit it in groups: the bot then answers read-only
    event_id: str | None = None
    postback: bool = False
    mention_spans: tuple[tuple[int, int], ...] = ()  # the bot's own mentions (UTF-16 offsets)


@dataclass
class Ports:
    """Storage and platform services the handlers use; the composition root builds it."""

    organisations: OrganisationStore
    submissions: SubmissionLedger
    members: MemberDirectory
    groups: GroupDirectory
    pending: PendingActions
    reminder_policies: ReminderPolicies
    reminder_deliveries: ReminderDeliveries
    reminder_postponements: ReminderPostponements
    holidays: Callable[[date], Collection[date]]
    display_name: Callable[[Chat, str], str | None] = field(default=lambda chat, user: None)
    desk: DeskLinks = field(default_factory=NoDesk)
    reminder_forecasts: ReminderForecasts = field(default_factory=NoForecasts)  # LINE's quota
    due_reminders: DueReminders = field(default_factory=NoDueReminders)  # ride on free replies
    ask_backs: AskBacks = field(default_factory=NoAskBacks)  # "which one?" and its answer
    memo: Memo = field(default_factory=NoMemo)  # computed views, kept per data version


@dataclass
class Context:
    """A message with everything resolved about it: organisation, member, clock."""

    incoming: Incoming
    ports: Ports
    now: datetime  # aware, Asia/Bangkok
    organisation: Organisation | None
    member: Member | None

    @property
    def today(self) -> date:
        """Today's date in Bangkok."""
        return self.now.date()

    @property
    def user_id(self) -> str | None:
        """The sender's LINE user id, when LINE gave it."""
        return self.incoming.user_id
