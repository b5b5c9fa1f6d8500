"""Channel-neutral reply models: handlers return these; only the LINE gateway turns them into
Text / Flex / quick-reply messages, and ``handlers.render_text`` into plain Thai text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Tone(StrEnum):
    """The colour a badge or value is shown in."""

    NEUTRAL = "neutral"
    GOOD = "good"  # done, passed, advanced tier
    WARN = "warn"  # late, deductions, due soon
    BAD = "bad"  # missing, overdue, failed
    INFO = "info"


@dataclass(frozen=True)
class Action:
    """A button or quick-reply item: sends ``text`` as the user, or posts back ``data``."""

    label: str  # ≤ 20 characters for LINE quick replies (the gateway truncates safely)
    text: str = ""  # message action: what the user "types" when tapping
    data: str = ""  # postback action: opaque data for the bot (``confirm:<token>``)
    display_text: str = ""  # what the chat shows for a postback tap


@dataclass(frozen=True)
class Badge:
    """A short label in a card's header (``ขั้นสูง``, ``ระดับ 3``)."""

    text: str
    tone: Tone = Tone.NEUTRAL


@dataclass(frozen=True)
class Row:
    """A label and a value on one line of a card."""

    label: str
    value: str
    tone: Tone = Tone.NEUTRAL


@dataclass(frozen=True)
class Section:
    """A titled group of rows in a card (title may be empty)."""

    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Card:
    """One card: a Flex bubble in LINE."""

    title: str
    subtitle: str = ""
    badge: Badge | None = None
    sections: tuple[Section, ...] = ()
    footer: str = ""
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class CardMessage:
    """One or more cards (a carousel when more than one) with the lock-screen text."""

    alt_text: str
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class TextMessage:
    """Plain text."""

    text: str


@dataclass(frozen=True)
class MentionMessage:
    """Text that @mentions members: ``{m0}``, ``{m1}`` … in ``text`` are replaced by mentions."""

    text: str
    user_ids: tuple[str, ...]


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: ``กองคลัง`` at 2.5 of 5, shown as ``ระดับ 3 · 2.50``."""

    label: str
    value: Decimal
    text: str
    tone: Tone = Tone.INFO


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars against one scale (levels 0–5, or percent 0–100)."""

    title: str
    subtitle: str
    bars: tuple[Bar, ...]
    maximum: Decimal
    footer: str = ""


@dataclass(frozen=True)
class ChartMessage:
    """A chart: the PNG at ``image_url`` when the host can serve one, else drawn as a card."""

    alt_text: str
    chart: BarChart
    image_url: str = ""  # HTTPS, signed and expiring; "" draws the bars with boxes


Message = TextMessage | CardMessage | MentionMessage | ChartMessage


@dataclass(frozen=True)
class Reply:
    """What the bot answers; quick replies attach to the last message."""

    messages: tuple[Message, ...] = ()
    quick_replies: tuple[Action, ...] = ()

    @property
    def silent(self) -> bool:
        """Whether there is nothing to send (e.g. chatter in a group)."""
        return not self.messages


SILENT = Reply()


def text_reply(text: str, *quick_replies: Action) -> Reply:
    """A reply with one text message."""
    return Reply((TextMessage(text),), tuple(quick_replies))
