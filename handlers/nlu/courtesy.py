"""Courtesy around a message: a greeting opening it, thanks closing it.

"สวัสดีค่ะ สถานะ", "ตัวชี้วัดที่ 3 ขอบคุณค่ะ", "กองคลังส่งแผนแล้วบ่ ขอบคุณค่ะ": the greeting and
the thanks are manners; what is said stands between them (``core``). The registry reads those
words on their own and keeps their reading when it says something (data/nlu/courtesy_words.txt).
"""

from __future__ import annotations

import re

from handlers.data_files import sections

_WORDS = sections("nlu", "courtesy_words.txt")


def _alternation(name: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_WORDS[name], key=len, reverse=True))


_AROUND = rf"(?:\s*(?:{_alternation('around')}))*"
_OPENING_RE = re.compile(rf"^(?:{_alternation('greetings')}){_AROUND}\s+", re.IGNORECASE)
_CLOSING_RE = re.compile(rf"\s(?:{_alternation('thanks')}){_AROUND}\s*$", re.IGNORECASE)
# The letters a greeting or thanks starts with: most messages hold none, and skip both searches.
_CUE_RE = re.compile(r"สวัส|หวัด|อรุณ|ฮัล|ขอบ|hel|hi|good|morn|than|thx|tks", re.IGNORECASE)


def core(text: str) -> str:
    """``text`` without the greeting opening it and the thanks closing it, or "" when it has
    neither or nothing is left."""
    if _CUE_RE.search(text) is None:
        return ""
    said = text.strip()
    opening = _OPENING_RE.match(said)
    if opening is not None:
        said = said[opening.end() :]
    closing = _CLOSING_RE.search(said)
    if closing is not None:
        said = said[: closing.start()]
    said = said.strip()
    return said if said != text.strip() else ""
