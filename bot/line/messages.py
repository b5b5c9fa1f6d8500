"""Replies as LINE messages: the only module that builds LINE's message JSON.

The messages are built once as plain JSON (dicts), the shape LINE's API takes, and sent as they
are: building the SDK's pydantic models from them and dumping them again cost more than the
rest of an answer. The tests check every kind against the SDK's own models instead.

Every request it produces is within LINE's limits: long texts are split at line breaks, cards
are grouped into carousels, mentions spread over messages, and a reply of more than five
messages is merged, then summarised, never silently cut.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from bot.line import flex
from bot.line.chart_flex import chart_bubble
from bot.line.limits import (
    MAX_ALT_TEXT,
    MAX_CAROUSEL_BUBBLES,
    MAX_CAROUSEL_BYTES,
    MAX_MESSAGES,
    MAX_QUICK_REPLIES,
    MAX_SUBSTITUTIONS,
    MAX_TEXT,
    cut_line,
    json_size,
    pack,
    split_text,
    truncate,
    utf16_length,
)
from handlers.replies import (
    Action,
    Card,
    CardMessage,
    ChartMessage,
    MentionMessage,
    Reply,
    TextMessage,
)

log = logging.getLogger(__name__)

_PLACEHOLDER = re.compile(r"(\{m\d+\})")
_GAP = "\n\n"  # between texts merged into one message


@dataclass(frozen=True)
class _Flex:
    """One Flex message ready to build, with the cards it shows (for a summary)."""

    alt_text: str
    contents: flex.Json
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class _Image:
    """A picture the bot serves itself (HTTPS), with the text that stands for it."""

    url: str
    alt_text: str


_Part = TextMessage | MentionMessage | _Flex | _Image


def to_json(reply: Reply) -> list[flex.Json]:
    """The ``messages`` JSON for ``reply``: at most five, each within LINE's limits."""
    parts = _within_count([part for message in reply.messages for part in _expand(message)])
    quick = _quick_reply(reply.quick_replies)
    return [_build(part, quick if i == len(parts) - 1 else None) for i, part in enumerate(parts)]


def _expand(message: TextMessage | CardMessage | MentionMessage | ChartMessage) -> list[_Part]:
    """``message`` as one or more parts, each fitting one LINE message."""
    if isinstance(message, ChartMessage):
        if message.image_url:
            return [_Image(message.image_url, message.alt_text)]
        alt = truncate(message.alt_text or message.chart.title, MAX_ALT_TEXT)
        return [_Flex(alt, chart_bubble(message.chart), ())]
    if isinstance(message, TextMessage):
        return [TextMessage(piece) for piece in split_text(message.text)]
    if isinstance(message, MentionMessage):
        return _mention_parts(message)
    return _card_parts(message)


def _card_parts(message: CardMessage) -> list[_Part]:
    """One bubble for a single card; carousels of at most 12 bubbles and 50 KB otherwise."""
    if not message.cards:
        log.warning("LINE card message %r has no cards: nothing sent", message.alt_text[:40])
        return []
    alt = message.alt_text.strip() or message.cards[0].title.strip() or "การ์ด"
    alt = truncate(alt, MAX_ALT_TEXT)
    bubbles = [flex.bubble(card) for card in message.cards]
    if len(bubbles) == 1:
        return [_Flex(alt, bubbles[0], message.cards)]
    groups: list[list[tuple[flex.Json, Card]]] = []
    for pair in zip(bubbles, message.cards, strict=True):
        if groups and _carousel_fits([b for b, _ in groups[-1]] + [pair[0]]):
            groups[-1].append(pair)
        else:
            groups.append([pair])
    return [_Flex(alt, flex.carousel([b for b, _ in g]), tuple(c for _, c in g)) for g in groups]


def _carousel_fits(bubbles: list[flex.Json]) -> bool:
    count_ok = len(bubbles) <= MAX_CAROUSEL_BUBBLES
    return count_ok and json_size(flex.carousel(bubbles)) <= MAX_CAROUSEL_BYTES


def _mention_parts(message: MentionMessage) -> list[_Part]:
    """The text cut at line breaks (or between mentions) into messages of ≤ 20 mentions each."""

    def fits(chunk: str) -> bool:
        keys = set(_known_placeholders(chunk, message.user_ids))
        return utf16_length(chunk) <= MAX_TEXT and len(keys) <= MAX_SUBSTITUTIONS

    pieces = []
    for text_line in message.text.splitlines(keepends=True):
        tokens = _PLACEHOLDER.split(text_line) if not fits(text_line) else [text_line]
        pieces += [piece for token in tokens if token for piece in cut_line(token, MAX_TEXT)]
    chunks = [c.rstrip("\r\n") for c in pack(pieces, fits)]
    return [_mention_or_text(chunk, message.user_ids) for chunk in chunks if chunk.strip()]


def _mention_or_text(text: str, user_ids: tuple[str, ...]) -> _Part:
    """A mention message, or plain text (which can be merged) when it names nobody."""
    return (
        MentionMessage(text, user_ids) if _known_placeholders(text, user_ids) else TextMessage(text)
    )


def _known_placeholders(text: str, user_ids: tuple[str, ...]) -> list[str]:
    """The ``{mN}`` placeholders in ``text`` that name one of ``user_ids``."""
    return [p for p in _PLACEHOLDER.findall(text) if int(p[2:-1]) < len(user_ids)]


def _within_count(parts: list[_Part]) -> list[_Part]:
    """At most five parts: consecutive texts merged first, then the tail summarised as text."""
    if len(parts) <= MAX_MESSAGES:
        return parts
    merged = _merge_texts(parts)
    if len(merged) <= MAX_MESSAGES:
        return merged
    rest = merged[MAX_MESSAGES - 1 :]
    log.warning("LINE reply of %d messages: the last %d summarised as text", len(parts), len(rest))
    summary = truncate(_GAP.join(_plain(part) for part in rest), MAX_TEXT)
    return [*merged[: MAX_MESSAGES - 1], TextMessage(summary)]


def _merge_texts(parts: list[_Part]) -> list[_Part]:
    """Consecutive plain texts joined into as few messages as 5000 UTF-16 units allow."""
    merged: list[_Part] = []
    for part in parts:
        previous = merged[-1] if merged else None
        if isinstance(previous, TextMessage) and isinstance(part, TextMessage):
            joined = f"{previous.text}{_GAP}{part.text}"
            if utf16_length(joined) <= MAX_TEXT:
                merged[-1] = TextMessage(joined)
                continue
        merged.append(part)
    return merged


def _plain(part: _Part) -> str:
    """A part as plain text, for the summary message."""
    if isinstance(part, TextMessage):
        return part.text
    if isinstance(part, MentionMessage):
        return _PLACEHOLDER.sub("@สมาชิก", part.text)
    if isinstance(part, _Image):
        return part.alt_text
    if not part.cards:
        return part.alt_text
    return _GAP.join(_card_text(card) for card in part.cards)


def _card_text(card: Card) -> str:
    rows = [f"{row.label}: {row.value}" for s in card.sections for row in s.rows]
    lines = [card.title, card.subtitle, *rows, card.footer]
    return "\n".join(line_text for line_text in lines if line_text.strip())


def _build(part: _Part, quick_reply: flex.Json | None) -> flex.Json:
    """The message JSON for one part."""
    if isinstance(part, TextMessage):
        message: flex.Json = {"type": "text", "text": part.text}
    elif isinstance(part, MentionMessage):
        message = _mention(part)
    elif isinstance(part, _Image):
        message = {"type": "image", "originalContentUrl": part.url, "previewImageUrl": part.url}
    else:
        message = {"type": "flex", "altText": part.alt_text, "contents": part.contents}
    return {**message, "quickReply": quick_reply} if quick_reply else message


def _mention(part: MentionMessage) -> flex.Json:
    """textV2 with a mention substitution for each known placeholder."""
    keys = {p[1:-1] for p in _known_placeholders(part.text, part.user_ids)}
    # Braces are textV2 syntax: any other brace is shown as its full-width look-alike.
    tokens = _PLACEHOLDER.split(part.text)
    text = "".join(t if t[1:-1] in keys else _full_width_braces(t) for t in tokens)
    substitution = {key: _mentionee(part.user_ids[int(key[1:])]) for key in sorted(keys)}
    return {"type": "textV2", "text": text, "substitution": substitution}


def _mentionee(user_id: str) -> flex.Json:
    return {"type": "mention", "mentionee": {"type": "user", "userId": user_id}}


def _full_width_braces(text: str) -> str:
    return text.replace("{", "｛").replace("}", "｝")


def _quick_reply(actions: tuple[Action, ...]) -> flex.Json | None:
    """At most 13 quick-reply items (the rest logged), or ``None``."""
    usable = [a for a in map(flex.action, actions) if a]
    if len(usable) > MAX_QUICK_REPLIES:
        log.warning("LINE quick replies cut from %d to %d", len(usable), MAX_QUICK_REPLIES)
    items = [{"type": "action", "action": a} for a in usable[:MAX_QUICK_REPLIES]]
    return {"items": items} if items else None
