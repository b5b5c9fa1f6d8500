"""The shortcuts of the thirty-first session's speed work in the slot helpers and the
segmenter: each gives what the longer way gives (tested over every typed line and, for the
character tests, over every character)."""

from __future__ import annotations

import sys

from handlers.nlu import slots, tokenize
from tests.fakes.understanding import distinct, typed_extractions


def test_a_slot_word_letter_is_an_alphanumeric_or_a_dot() -> None:
    """``slots.content`` tests one character for ``_SOME_WORD_RE`` by ``str.isalnum`` or a dot:
    the same answer for every character there is (``re``'s ``\\w`` is ``isalnum`` or "_")."""
    pattern = slots._SOME_WORD_RE
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(pattern.match(char)) == (char.isalnum() or char == "."), hex(code)


def _typed_texts() -> list[str]:
    """Every typed line, as typed, lower-cased and in its normal form."""
    return distinct(
        text
        for line, normalised, _ in typed_extractions()
        for text in (line, line.lower(), normalised)
    )


def test_a_text_is_split_at_its_gaps_as_the_gap_pattern_splits_it() -> None:
    texts = _typed_texts()
    texts += ["", " ", "a b", " a", "a ", "a  b", "a\tb", " \t ", "ก ข  ค\t ง ", "  ", "a b c "]
    for text in texts:
        assert tokenize._split_at_gaps(text) == tokenize._GAP_RE.split(text), text


def test_a_placeholder_is_a_run_of_upper_case_ascii_letters() -> None:
    """``_Segmenter.segment`` tells a placeholder by str methods: the same answer as
    ``_PLACEHOLDER_RE.fullmatch`` for every part of every typed text, and for every string of
    up to two characters of a sample that holds every kind of letter."""

    def by_methods(part: str) -> bool:
        return part.isascii() and part.isupper() and part.isalpha()

    parts = distinct(p for text in _typed_texts() for p in tokenize.parts(text) + text.split())
    sample = [chr(c) for c in range(0x250)] + ["ก", "ะ", "่", "Ａ", "ǅ", "Ⅷ", "ß", "İ", "Σ", "٣"]
    parts += sample + [a + b for a in sample for b in sample]
    parts += ["NUM", "STEP", "MONTH", "NUMก", "Num", "NUM1", "NUM_", "NUM ", ""]
    for part in parts:
        assert by_methods(part) == bool(tokenize._PLACEHOLDER_RE.fullmatch(part)), part
