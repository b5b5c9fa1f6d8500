"""When a message in a shared chat is meant for the bot (mentioned, or starting with a prefix)."""

from __future__ import annotations

import unicodedata

DEFAULT_PREFIXES = ("น้องบอท", "บอท", "bot", "/")


def addressed_text(
    text: str,
    *,
    shared: bool,
    mentioned_self: bool,
    prefixes: tuple[str, ...] = DEFAULT_PREFIXES,
) -> str | None:
    """The text to understand, or ``None`` when group chatter is not for the bot."""
    if not shared or mentioned_self:
        return text
    return without_prefix(text, prefixes)


def without_prefix(text: str, prefixes: tuple[str, ...] = DEFAULT_PREFIXES) -> str | None:
    """``text`` after the prefix it starts with (the longest that fits), or ``None``."""
    stripped = unicodedata.normalize("NFC", text).lstrip()
    for prefix in sorted(prefixes, key=len, reverse=True):
        if stripped.lower().startswith(prefix.lower()):
            return stripped[len(prefix) :].lstrip(" ,:")
    return None
