"""A reply as plain Thai text: what ``pmqa ask`` and ``pmqa chat`` print, and golden tests read."""

from __future__ import annotations

from handlers.formatting import short_id
from handlers.replies import (
    Card,
    CardMessage,
    ChartMessage,
    MentionMessage,
    Message,
    Reply,
    TextMessage,
)

BAR_WIDTH = 10  # characters of a text bar at the chart's maximum


def render_reply(reply: Reply) -> str:
    """Every message of the reply, then the quick-reply choices."""
    parts = [render_message(m) for m in reply.messages]
    if reply.quick_replies:
        parts.append("ตัวเลือก: " + " | ".join(f"[{a.label}]" for a in reply.quick_replies))
    return "\n\n".join(parts)


def render_message(message: Message) -> str:
    """One message as text."""
    if isinstance(message, TextMessage):
        return message.text
    if isinstance(message, MentionMessage):
        text = message.text
        for n, user in enumerate(message.user_ids):
            text = text.replace(f"{{m{n}}}", f"@{short_id(user)}")
        return text
    if isinstance(message, ChartMessage):
        return render_chart(message)
    return _cards(message)


def render_chart(message: ChartMessage) -> str:
    """A chart as text bars, with the picture's address when there is one."""
    chart = message.chart
    lines = [f"【{chart.title}】", chart.subtitle]
    for bar in chart.bars:
        share = bar.value / chart.maximum if chart.maximum else 0
        filled = max(0, min(BAR_WIDTH, round(BAR_WIDTH * share)))
        lines.append(f"  {bar.label}: {'█' * filled}{'░' * (BAR_WIDTH - filled)} {bar.text}")
    if chart.footer:
        lines.append(chart.footer)
    if message.image_url:
        lines.append(f"ภาพ: {message.image_url}")
    return "\n".join(line for line in lines if line)


def _cards(message: CardMessage) -> str:
    return "\n\n".join(render_card(card) for card in message.cards)


def render_card(card: Card) -> str:
    """A card as an indented block: title, badge, sections of rows, footer, buttons."""
    head = f"【{card.title}】" + (f" [{card.badge.text}]" if card.badge else "")
    lines = [head]
    if card.subtitle:
        lines.append(card.subtitle)
    for section in card.sections:
        if section.title:
            lines.append(f"— {section.title} —")
        lines += [
            f"  {row.label}: {row.value}" if row.label else f"  {row.value}" for row in section.rows
        ]
    if card.footer:
        lines.append(card.footer)
    if card.actions:
        lines.append("ปุ่ม: " + " | ".join(f"[{a.label}]" for a in card.actions))
    return "\n".join(lines)
