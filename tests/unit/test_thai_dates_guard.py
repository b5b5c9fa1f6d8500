"""The cheap test in front of the search for dates: never a text passed over that holds one.

``find_thai_dates`` searches a text only when a digit in it is followed by a dash, a slash or,
after the gap a day may leave, the first two letters of a month's spelling. Every match of the
date pattern must hold that: checked here match by match over the development corpus's texts
and over random texts glued from days, years, separators, each month's spellings (with and
without their dots, spaced) and pieces of the corpus; and the first two letters are checked
against every spelling the month pattern reads.
"""

from __future__ import annotations

import random
import re
from datetime import date
from functools import cache

import pytest

from handlers.nlu.evaluation import corpus_parts, load
from kpi_core import thai_dates
from kpi_core.thai_dates import (
    _ALIASES,
    _DATE_RE,
    _MAY_HOLD_A_DATE_RE,
    _MONTH,
    find_thai_dates,
)
from kpi_core.thai_numbers import arabic_digits
from tests.fakes.random_texts import glued

TODAY = date(2025, 1, 20)


@cache
def _corpus() -> tuple[str, ...]:
    return tuple(arabic_digits(e.text) for part in corpus_parts()["dev"] for e in load(part))


def _spellings(alias: str) -> list[str]:
    """``alias`` as typed: whole, without its dots, with a space after each dot."""
    return [alias, alias.replace(".", ""), alias.replace(".", ". ").strip(), alias.rstrip(".")]


_PIECES = (
    *(s for alias in _ALIASES for s in _spellings(alias)),
    *("1", "9", "12", "31", "67", "2568", "2025", "๑๒", "ม", "ก", "ส่ง", "วันที่"),
    *(" ", "  ", "\u200b", "-", "–", "—", "/", ".", ":", ",", "ถึง", "ถึงวันที่", "พ.ศ.", "พศ"),
)


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        pieces = glued(rng, _PIECES, _corpus(), most=8, word_share=0.8, longest=10)
        texts.append(arabic_digits("".join(pieces)))
    return texts


def test_every_date_found_holds_what_the_cheap_test_looks_for() -> None:
    matches = [
        m[0] for text in (*_corpus(), *_random_texts(20000, 3)) for m in _DATE_RE.finditer(text)
    ]
    assert len(matches) > 2000  # the texts do hold dates, of every kind
    assert [m for m in matches if not _MAY_HOLD_A_DATE_RE.search(m)] == []


def test_every_month_spelling_starts_with_one_of_the_letters_looked_for() -> None:
    month = re.compile(_MONTH)
    starts = re.compile(_MAY_HOLD_A_DATE_RE.pattern.replace(r"\d", "", 1))
    for alias in _ALIASES:
        for spelling in _spellings(alias):
            if month.fullmatch(spelling):
                assert starts.match(spelling), spelling


def test_dates_are_found_as_the_search_without_the_test_finds_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = (*_corpus()[::3], *_random_texts(3000, 5))
    guarded = [find_thai_dates(text, today=TODAY) for text in texts]
    monkeypatch.setattr(thai_dates, "_MAY_HOLD_A_DATE_RE", re.compile(""))  # every text searched
    assert [find_thai_dates(text, today=TODAY) for text in texts] == guarded
    assert sum(map(bool, guarded)) > 100
