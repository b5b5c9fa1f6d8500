"""Cards as Flex JSON: one clean bubble per card, within LINE's 30 KB, and its actions."""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.line.limits import (
    MAX_ACTION_TEXT,
    MAX_BUBBLE_BYTES,
    MAX_LABEL,
    grapheme_length,
    json_size,
    largest,
    truncate,
    utf16_length,
)
from handlers.replies import Action, Badge, Card, Row, Section, Tone

log = logging.getLogger(__name__)

Json = dict[str, object]

GREY = "#8C8C8C"
TONE_COLOURS = {
    Tone.GOOD: "#1DB446",
    Tone.WARN: "#F5A623",
    Tone.BAD: "#E5484D",
    Tone.INFO: "#2F80ED",
    Tone.NEUTRAL: GREY,
}
_SHORT = 300  # UTF-16 units kept of each header and footer text when even no rows fit


def bubble(card: Card) -> Json:
    """The bubble for ``card``; rows are dropped from the end (and counted) until it fits."""
    rendered = _bubble(card)
    if _fits(rendered):
        return rendered
    total = sum(len(section.rows) for section in card.sections)
    if total:
        keep = largest(total - 1, lambda n: _fits(_bubble(_first_rows(card, n))))
        trimmed = _bubble(_first_rows(card, keep))
        if _fits(trimmed):
            log.warning("LINE card %r cut to %d of %d rows to fit", card.title[:40], keep, total)
            return trimmed
    log.warning("LINE card %r shortened: even its header is over 30 KB", card.title[:40])
    short = _shortened(card)
    return _bubble(_first_rows(short, 0) if total else short)


def carousel(bubbles: list[Json]) -> Json:
    """A carousel of ready bubbles."""
    return {"type": "carousel", "contents": bubbles}


def action(item: Action) -> Json | None:
    """The LINE action for ``item``; ``None`` (logged) when its payload cannot be sent intact."""
    label = truncate(item.label or item.display_text or item.text, MAX_LABEL, grapheme_length)
    payload = item.data or item.text or item.label or item.display_text
    if not label.strip() or utf16_length(payload) > MAX_ACTION_TEXT:
        log.warning("LINE action %r dropped: empty label or payload over 300", label)
        return None
    if item.data:
        shown = truncate(item.display_text, MAX_ACTION_TEXT)
        extra = {"displayText": shown} if shown else {}
        return {"type": "postback", "label": label, "data": item.data, **extra}
    return {"type": "message", "label": label, "text": payload}


def _bubble(card: Card) -> Json:
    parts = {
        "header": _header(card),
        "body": _box("vertical", [_section(s) for s in card.sections], spacing="lg"),
        "footer": _footer(card),
    }
    return {"type": "bubble", **{name: box for name, box in parts.items() if box}}


def _header(card: Card) -> Json | None:
    title = _text(card.title, weight="bold", size="lg", flex=1)
    badge = _badge(card.badge)
    top = _box("horizontal", [title, badge], spacing="md", alignItems="center") if badge else title
    return _box("vertical", [top, _text(card.subtitle, size="sm", color=GREY)], spacing="sm")


def _badge(badge: Badge | None) -> Json | None:
    if badge is None or not badge.text.strip():
        return None
    label = _text(badge.text, size="xs", weight="bold", color="#FFFFFF", align="center")
    style = {"backgroundColor": TONE_COLOURS[badge.tone], "cornerRadius": "md"}
    padding = {"paddingStart": "md", "paddingEnd": "md", "paddingTop": "xs", "paddingBottom": "xs"}
    return _box("vertical", [label], flex=0, **style, **padding)


def _section(section: Section) -> Json | None:
    title = _text(section.title, size="sm", weight="bold")
    return _box("vertical", [title, *(_row(row) for row in section.rows)], spacing="sm")


def _row(row: Row) -> Json | None:
    tone = {} if row.tone is Tone.NEUTRAL else {"color": TONE_COLOURS[row.tone]}
    label = _text(row.label, size="sm", color=GREY, flex=2)
    value = _text(row.value, size="sm", align="end", flex=3, **tone)
    if label and value:
        return _box("horizontal", [label, value], spacing="md")
    return label or value


def _footer(card: Card) -> Json | None:
    note = _text(card.footer, size="xs", color=GREY)
    actions = [a for a in map(action, card.actions) if a]
    return _box("vertical", [note, *map(_button, actions, range(len(actions)))], spacing="sm")


def _button(line_action: Json, position: int) -> Json:
    style = "primary" if position == 0 else "secondary"  # the first action is the expected one
    return {"type": "button", "action": line_action, "style": style, "height": "sm"}


def _text(text: str, **style: object) -> Json | None:
    """A wrapping text component; ``None`` for empty text, which LINE rejects."""
    return {"type": "text", "text": text, "wrap": True, **style} if text.strip() else None


def _box(layout: str, contents: list[Json | None], **style: object) -> Json | None:
    """A box of the non-empty ``contents``; ``None`` when nothing is left (LINE rejects those)."""
    kept = [c for c in contents if c]
    return {"type": "box", "layout": layout, "contents": kept, **style} if kept else None


def _fits(bubble_json: Json) -> bool:
    return json_size(bubble_json) <= MAX_BUBBLE_BYTES


def _first_rows(card: Card, keep: int) -> Card:
    """``card`` with only its first ``keep`` rows and a row counting the ones left out."""
    sections: list[Section] = []
    left = keep
    for section in card.sections:
        if left == 0:
            break
        sections.append(replace(section, rows=section.rows[:left]))
        left -= len(sections[-1].rows)
    more = Row(f"…และอีก {sum(len(s.rows) for s in card.sections) - keep} รายการ", "")
    tail = sections.pop() if sections else Section("", ())
    return replace(card, sections=(*sections, replace(tail, rows=(*tail.rows, more))))


def _shortened(card: Card) -> Card:
    """``card`` with its header, footer and actions cut to a size that always fits."""
    badge = card.badge and replace(card.badge, text=truncate(card.badge.text, MAX_LABEL))
    return replace(
        card,
        title=truncate(card.title, _SHORT),
        subtitle=truncate(card.subtitle, _SHORT),
        badge=badge,
        footer=truncate(card.footer, _SHORT),
        actions=card.actions[:4],
    )
