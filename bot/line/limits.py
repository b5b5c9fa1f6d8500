"""LINE's message limits, and the measuring and cutting helpers that keep replies inside them.

LINE counts text in UTF-16 code units, but action labels in grapheme clusters (a Thai
consonant with its vowel and tone marks is one); JSON sizes are measured on the bytes the SDK
sends (``json.dumps`` with ASCII escapes: 6 bytes per Thai character), the largest reading.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable

MAX_MESSAGES = 5
MAX_TEXT = 5000  # UTF-16 units, text and textV2
MAX_ALT_TEXT = 1500
MAX_BUBBLE_BYTES = 30_000  # "30 KB", read as the smaller 30,000
MAX_CAROUSEL_BYTES = 50_000
MAX_CAROUSEL_BUBBLES = 12
MAX_QUICK_REPLIES = 13
MAX_LABEL = 20  # grapheme clusters: quick-reply items (buttons allow more; we keep one rule)
MAX_ACTION_TEXT = 300  # postback data, displayText, message-action text
MAX_SUBSTITUTIONS = 20  # textV2 mentions per message
ELLIPSIS = "…"

_MARKS = {"Mn", "Me", "Mc"}
_SPACE = re.compile(r"\s")


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, as LINE counts text."""
    return len(text.encode("utf-16-le")) // 2


def grapheme_length(text: str) -> int:
    """Grapheme clusters, estimated high: only combining marks and ZWJ join the character before."""
    count = 0
    for index, ch in enumerate(text):
        joins = index > 0 and (unicodedata.category(ch) in _MARKS or ch == "\u200d")
        count += 0 if joins and text[index - 1] not in "\r\n" else 1
    return count


def json_size(value: object) -> int:
    """Bytes of ``value`` serialised the way the SDK sends it."""
    return len(json.dumps(value).encode("utf-8"))


def truncate(text: str, limit: int, measure: Callable[[str], int] = utf16_length) -> str:
    """``text`` cut to ``limit`` (by ``measure``) with "…", never inside a character or cluster."""
    if measure(text) <= limit:
        return text
    kept = _longest_prefix(text, lambda prefix: measure(prefix + ELLIPSIS) <= limit)
    while kept and unicodedata.category(text[len(kept)]) in _MARKS:
        kept = kept[:-1]  # a Thai consonant without the marks that followed it reads wrong
    return kept + ELLIPSIS


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """``text`` in pieces of at most ``limit`` UTF-16 units, cut at line breaks when possible."""
    pieces = [p for line in text.splitlines(keepends=True) for p in cut_line(line, limit)]
    chunks = pack(pieces, lambda chunk: utf16_length(chunk) <= limit)
    return [chunk.rstrip("\r\n") for chunk in chunks if chunk.strip()]


def pack(pieces: list[str], fits: Callable[[str], bool]) -> list[str]:
    """Join consecutive ``pieces`` greedily into as few chunks as ``fits`` allows."""
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        if current and not fits(current + piece):
            chunks.append(current)
            current = piece
        else:
            current += piece
    if current:
        chunks.append(current)
    return chunks


def cut_line(line: str, limit: int) -> list[str]:
    """``line`` in pieces of at most ``limit`` UTF-16 units, cut after a space when possible."""
    pieces = []
    while utf16_length(line) > limit:
        head = _longest_prefix(line, lambda prefix: utf16_length(prefix) <= limit)
        spaces = [m.end() for m in _SPACE.finditer(head) if m.end() > len(head) // 2]
        cut = spaces[-1] if spaces else _cluster_start(line, len(head))
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line]


def _cluster_start(text: str, index: int) -> int:
    """``index`` moved back so that a cut there keeps a character with its marks (at least 1)."""
    while index > 1 and unicodedata.category(text[index]) in _MARKS:
        index -= 1
    return max(index, 1)


def _longest_prefix(text: str, fits: Callable[[str], bool]) -> str:
    """The longest prefix of ``text`` that ``fits``."""
    return text[: largest(len(text), lambda length: fits(text[:length]))]


def largest(upper: int, fits: Callable[[int], bool]) -> int:
    """The largest n in 0..``upper`` with ``fits(n)``, for a test that only fails as n grows."""
    low, high = 0, upper
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low
