"""Short cuts in the cost every message pays: each cheap test answers as the work
it stands before would have, over the typed lines and random texts."""

from __future__ import annotations

import random
from collections.abc import Iterator

from handlers.nlu.matcher import _SHADOW_PAIRS
from handlers.nlu.normalise import _CHARACTERS, _CHARACTERS_RE
from handlers.nlu.patterns import ANY_SHADOW, SHADOW_WORDS
from handlers.registry import _UNDERSTANDER
from tests.fakes.random_texts import drawn, glued
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


def test_a_text_whose_pairs_hold_no_rare_pair_of_a_shadow_word_holds_no_shadow_word() -> None:
    # ``understand`` searches a masked text for a shadow word only when its letter pairs (the
    # rule index's) hold one word's rarest pair: the search would find nothing in the others.
    masked = [extraction.masked for _, _, extraction in typed_extractions()]
    rng = random.Random(5)
    texts = [*masked, *SHADOW_WORDS, *(" ".join(word) for word in SHADOW_WORDS)]
    texts += [
        "".join(glued(rng, SHADOW_WORDS, masked, most=4, word_share=0.3, longest=12))
        for _ in range(4000)
    ]
    found = [text for text in texts if ANY_SHADOW(text) is not None]
    differ = [text for text in found if INDEX.held(text).isdisjoint(_SHADOW_PAIRS)]
    assert len(texts) > 8000
    assert len(found) > 1000  # the texts do hold shadow words
    assert differ == []
