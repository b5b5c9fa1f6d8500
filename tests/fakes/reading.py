"""Reading reply models in tests: the texts, cards, rows and buttons of a ``Reply``, and what a
button means (its postback data decoded), never the rendered Thai layout."""

from __future__ import annotations

from handlers import postbacks
from handlers.intents import Cancel, Confirm
from handlers.postbacks import ButtonIntent
from handlers.replies import Action, Card, CardMessage, Reply, Row, TextMessage


def text_of(reply: Reply) -> str:
    """The text of a reply that is exactly one text message."""
    (message,) = reply.messages
    assert isinstance(message, TextMessage), message
    return message.text


def texts(reply: Reply) -> list[str]:
    """The text of every text message, in order."""
    return [m.text for m in reply.messages if isinstance(m, TextMessage)]


def card_messages(reply: Reply) -> list[CardMessage]:
    """Every card message, in order."""
    return [m for m in reply.messages if isinstance(m, CardMessage)]


def cards(reply: Reply) -> list[Card]:
    """Every card of every card message, in order."""
    return [card for message in card_messages(reply) for card in message.cards]


def rows(card: Card, section: str | None = None) -> list[Row]:
    """The rows of a card (of the section titled ``section`` only, when given)."""
    return [r for s in card.sections if section in (None, s.title) for r in s.rows]


def values(card: Card, section: str | None = None) -> dict[str, str]:
    """A card's rows as ``{label: value}`` (the last row wins a repeated label)."""
    return {r.label: r.value for r in rows(card, section)}


def labels(actions: tuple[Action, ...]) -> list[str]:
    """The labels of buttons."""
    return [a.label for a in actions]


def meanings(actions: tuple[Action, ...]) -> list[ButtonIntent | None]:
    """What each postback button means (``None`` for data no codec version wrote)."""
    assert all(a.data for a in actions), "some buttons send text, not data"
    return [postbacks.decode(a.data) for a in actions]


def button(reply: Reply, label: str) -> Action:
    """The quick reply or card button labelled ``label``."""
    found = [a for a in (*reply.quick_replies, *(a for c in cards(reply) for a in c.actions))]
    matching = [a for a in found if a.label == label]
    assert matching, f"no button {label!r} in {labels(tuple(found))}"
    return matching[0]


def yes(reply: Reply) -> Confirm:
    """What a confirmation card's ยืนยัน button means (its second button is the ยกเลิก)."""
    confirm, cancel = meanings(reply.quick_replies)
    assert isinstance(confirm, Confirm) and isinstance(cancel, Cancel)
    return confirm
