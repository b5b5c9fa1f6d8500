"""Short cuts in the cost every message pays: each cheap test answers as the work
it stands before would have, over the typed lines and random texts."""

from __future__ import annotations

import random
from collections.abc import Iterator

from handlers.nlu.normalise import _CHARACTERS, _CHARACTERS_RE
from handlers.registry import _UNDERSTANDER
from tests.fakes.random_texts import drawn
from tests.fakes.understanding import typed_extractions, typed_lines

INDEX = _UNDERSTANDER._index


def _single_keys() -> set[str]:
    """The letters the index looks up alone: keys of one letter, and pairs' halves of one."""
    keys = {key for key in INDEX._keys if len(key) == 1}
    return keys | {key for pair in INDEX._pairs for key in pair if len(key) == 1}


def _random_texts(pool: str, count: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choices(pool, k=rng.randint(0, 12)))


def _any_letters(count: int, seed: int) -> Iterator[str]:
    """Random texts of letters from anywhere in Unicode, Thai and ASCII most often."""
    rng = random.Random(seed)
    sources = (
        (0.4, lambda r: chr(r.randint(0x0E01, 0x0E5B))),
        (0.7, lambda r: chr(r.randint(0x20, 0x7E))),
        (1.0, lambda r: chr(r.randint(0x80, 0x10FFFF) & ~0x800 | 0x80)),  # no surrogate
    )
    for _ in range(count):
        yield "".join(drawn(rng, 8, sources))


def test_the_single_letters_test_finds_every_text_holding_a_single_key() -> None:
    singles = _single_keys()
    assert "?" in singles  # the index does look letters up alone
    near = "".join(chr(ord(key) + step) for key in singles for step in (-1, 0, 1))
    texts = [extraction.masked.replace(" ", "") for _, _, extraction in typed_extractions()]
    texts += [*_random_texts(near + "กขคงสวัสดี ", 3000, 1), *_any_letters(3000, 2)]
    texts += [*singles, *(f"ขยะ{key}ค่ะ" for key in singles)]
    missed = [
        text
        for text in texts
        if any(key in text for key in singles) and INDEX._may_hold_single(text) is None
    ]
    assert len(texts) > 6000
    assert missed == []


def test_a_text_the_characters_search_finds_nothing_in_is_left_by_the_table() -> None:
    # ``normalise`` replaces only where the search finds a character of the table: a text it
    # finds none in is the text ``str.translate`` makes of it with the whole table.
    table_letters = "".join(map(chr, _CHARACTERS))
    pool = table_letters + "กขคงจ่้ัี๕abcXYZ 0123456789\u200a\u2061"
    texts = [*typed_lines(), *_random_texts(pool, 3000, 3), *_any_letters(3000, 4)]
    differ = [
        text
        for text in texts
        if _CHARACTERS_RE.search(text) is None and text.translate(_CHARACTERS) != text
    ]
    assert len(texts) > 6000
    assert differ == []
    # and a text holding one of them is found
    assert all(_CHARACTERS_RE.search(f"ขยะ{letter}") is not None for letter in table_letters)
