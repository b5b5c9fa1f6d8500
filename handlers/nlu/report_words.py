"""The report vocabulary of ``data/nlu/report_words.txt``: short forms and title measure words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from handlers.data_files import read_text

_MEASURE = "measure:"


@dataclass(frozen=True)
class ReportWords:
    """Short forms with their long forms, and the measure words a title may start with."""

    short_forms: tuple[tuple[re.Pattern[str], str], ...]
    measures: tuple[str, ...]
    # The short forms as written in the file, with their long forms ("PB", "Participatory …").
    pairs: tuple[tuple[str, str], ...] = ()

    def long_forms(self, text: str) -> str:
        """``text`` with every short form written out ("อปท." -> "องค์กรปกครองส่วนท้องถิ่น")."""
        for pattern, long in self.short_forms:
            text = pattern.sub(long, text)
        return text

    def expansions(self, text: str) -> list[str]:
        """The long form of every short form in ``text``, on its own."""
        return [long for pattern, long in self.short_forms if pattern.search(text)]

    def without_measure(self, title: str) -> str:
        """``title`` without a leading measure word, or ``""`` when it starts with none."""
        for word in self.measures:
            if title.startswith(word) and len(title) > len(word):
                return title[len(word) :].lstrip()
        return ""


def _short_form(short: str, long: str) -> re.Pattern[str]:
    """A short form as typed: its final dot optional; an ASCII one as a whole word, and not
    inside an English phrase ("DG" is รัฐบาลดิจิทัล, "DG Readiness" stays a name); one cut
    from the front of its long form not where the long form is written whole ("ยาเสพ")."""
    stem = re.escape(short.rstrip("."))
    dot = r"\.?" if short.endswith(".") else ""
    if short.isascii():
        return re.compile(rf"(?<![a-z0-9])(?<![a-z0-9] ){stem}{dot}(?! ?[a-z0-9])", re.IGNORECASE)
    if dot and len(stem) <= _SHORTEST:
        # Two letters are in many words ("ยส" of "ลูกชายสอบ"): set apart, or with their dot.
        return re.compile(f"{stem}\\.|(?<![\u0e01-\u0e4e]){stem}(?![\u0e01-\u0e4e])")
    if long.startswith(short) and long != short:
        return re.compile(f"{stem}(?!{re.escape(long[len(short) :])})")
    return re.compile(f"{stem}{dot}")


_SHORTEST = 2


@cache
def report_words() -> ReportWords:
    """The vocabulary, read once."""
    shorts: list[tuple[re.Pattern[str], str]] = []
    pairs: list[tuple[str, str]] = []
    measures: list[str] = []
    for raw in read_text("nlu", "report_words.txt").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(_MEASURE):
            measures.append(line[len(_MEASURE) :].strip())
        else:
            short, long = (part.strip() for part in line.split("=", 1))
            shorts.append((_short_form(short, long), long))
            pairs.append((short, long))
    return ReportWords(tuple(shorts), tuple(measures), tuple(pairs))
