"""Years named by words ("ปีที่แล้ว", "ปีก่อนโน้น", "สองปีก่อน"), counted back from today's
fiscal year, from one table (data/nlu/year_words.txt)."""

from __future__ import annotations

import re

from handlers.data_files import read_text
from handlers.nlu.guards import lead
from handlers.nlu.patterns import phrase_regex

_YEAR_NOUNS = ("ปีงบประมาณ", "ปีงบ", "ปี")


def _table() -> dict[str, int]:
    """Each phrase of the table and the years back it names ("ปี" spelled every way)."""
    table: dict[str, int] = {}
    for line in read_text("nlu", "year_words.txt").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        back, _, phrases = line.partition(":")
        for phrase in phrases.split():
            for noun in _YEAR_NOUNS:
                spelled = phrase.replace("ปี", noun, 1)
                table[spelled] = int(back)
                if spelled[0].isdigit():  # "2 ปีก่อน": a digit spaced from ปี
                    table[f"{spelled[0]} {spelled[1:]}"] = int(back)
    return table


YEARS_BACK = _table()
# Every phrase of the table: a cue group of the rules ("a|b|c").
YEAR_WORDS = "|".join(YEARS_BACK)
# Any of them, longest first, not the story's "ปีก่อนหน้านั้น", nor a span's "2 ปี" in "12 ปี".
YEAR_WORDS_RE = lead(re.compile(rf"(?<![\d.,])(?<!\d )(?:{phrase_regex(YEAR_WORDS)})(?!\s?หน้านั้น)"))


# The same, after a figure too ("ปีนี้ 52.3 ปีที่แล้ว 48.2"); a count of years before it ("3 ปี
# ที่แล้ว" is three years back, "12 ปีก่อน" no year) is told apart by ``a_year_back``.
_YEAR_WORDS_AFTER_FIGURES_RE = re.compile(rf"(?:{phrase_regex(YEAR_WORDS)})(?!\s?หน้านั้น)")
_COUNT_BEFORE_RE = re.compile(r"(?<![\d.,])\d{1,3}\s?$")


def years_back_named(text: str) -> list[re.Match[str]]:
    """Every year back named by words in ``text``, a figure before it or not ("ขยะปีนี้ 52.3
    ปีที่แล้ว 48.2"), but not a count of years ("12 ปีก่อน")."""
    return [
        m
        for m in _YEAR_WORDS_AFTER_FIGURES_RE.finditer(text)
        if not _COUNT_BEFORE_RE.search(text, 0, m.start())
    ]


def years_back(text: str) -> int | None:
    """How many years before today's fiscal year the first year word of ``text`` names, or
    None when it names none."""
    # Every phrase holds "ปี" (no space may fall before a vowel): a text without it is not
    # searched (the pattern's look-behinds make each search scan the whole text).
    found = YEAR_WORDS_RE.search(text) if "ปี" in text else None
    if found is None:
        return None
    return YEARS_BACK[re.sub(r"(?<=[\u0e00-\u0e7f])\s(?=[\u0e00-\u0e7f])", "", found[0])]
