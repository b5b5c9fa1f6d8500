"""Lines of a report: numbered as in an editor, whitespace squashed, section text joined."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

# ``thai_numbers.NUMBER_PATTERN`` without its sign: in ``0-2`` the dash is a range, not a minus.
UNSIGNED_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
# Invisible characters that PDF and Word exports scatter through Thai text.
_INVISIBLE = str.maketrans("", "", "\ufeff\u200b")
_SPACES_RE = re.compile(r"\s+")
# A bullet symbol, or a dash before a space: a dash before a digit is a minus sign.
_BULLET_RE = re.compile(r"^(?:[•▪●◦·]|[-–](?=\s))\s*")


class Line(NamedTuple):
    """One line of the report, as written, with its 1-based number."""

    no: int
    text: str


def split_lines(text: str) -> list[Line]:
    """Number the lines of ``text``, accepting a BOM and Windows or old Mac line endings."""
    clean = text.translate(_INVISIBLE)
    return [Line(no, raw) for no, raw in enumerate(_LINE_BREAK_RE.split(clean), start=1)]


def squash(text: str) -> str:
    """``text`` stripped, with every run of whitespace (no-break spaces too) made one space."""
    return _SPACES_RE.sub(" ", text).strip()


def unbullet(text: str) -> str:
    """``text`` squashed and without its leading bullet (``•``, ``-``)."""
    return _BULLET_RE.sub("", squash(text))


def section_text(lines: Iterable[str]) -> str:
    """Join a section's lines: spacing squashed, bullets made ``• ``, blank lines end paragraphs."""
    paragraphs: list[list[str]] = [[]]
    for raw in lines:
        line = squash(raw)
        if not line:
            paragraphs.append([])
        elif bullet := _BULLET_RE.match(line):
            paragraphs[-1].append(f"• {line[bullet.end() :]}")
        else:
            paragraphs[-1].append(line)
    return "\n\n".join("\n".join(p) for p in paragraphs if p)
