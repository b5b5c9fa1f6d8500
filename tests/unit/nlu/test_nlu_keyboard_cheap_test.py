"""The cheap test in front of the keyboard reading's segmenting changes no reading: a run whose
keys' Thai no dictionary word starts is one whose words are not all dictionary words.

Checked over every run of keys of every typed line (the development corpus and the golden
conversations) and over random runs of the keys.
"""

from __future__ import annotations

import random
from functools import cache

from handlers.nlu import keyboard
from handlers.nlu.tokenize import in_dictionary, opens_with_a_word, tokens
from tests.fakes.understanding import distinct, typed_lines


@cache
def _runs() -> tuple[str, ...]:
    """Every run of keys of the typed lines, then random runs of the keys (some of them Thai
    words typed on the English layout, some of them such a word with a key more)."""
    typed = [run[0] for line in typed_lines() for run in keyboard._RUN_RE.finditer(line)]
    keys = keyboard._LATIN
    rng = random.Random(9)
    made = ["".join(rng.choice(keys) for _ in range(rng.randint(1, 14))) for _ in range(20_000)]
    meant = ["l5kot", "pnopyo", "desoflj'", "=yh'"]
    slipped = [word + rng.choice(keys) for word in meant for _ in range(50)]
    return tuple(distinct([*typed, *made, *meant, *slipped]))


def _reference_opens_with_a_word(text: str) -> bool:
    return any(in_dictionary(text[:n]) for n in range(1, len(text) + 1))


def test_the_runs_are_many() -> None:
    assert len(_runs()) > 15_000
    assert sum(keyboard._meant(run) is not None for run in _runs()) >= 4


def test_a_word_opens_a_text_as_the_dictionary_tells() -> None:
    thai = [run.translate(keyboard._KEYS) for run in _runs()]
    assert sum(map(opens_with_a_word, thai)) > 1_000
    assert [t for t in thai if opens_with_a_word(t) != _reference_opens_with_a_word(t)] == []


def test_a_run_the_gate_turns_away_is_no_thai_of_dictionary_words() -> None:
    thai = [run.translate(keyboard._KEYS) for run in _runs()]
    turned_away = [t for t in thai if not opens_with_a_word(t)]
    assert len(turned_away) > 1_000
    assert [t for t in turned_away if all(map(in_dictionary, tokens(t)))] == []


def test_the_keys_hold_no_gap() -> None:
    """The keys' Thai is one part for the segmenter: its first word starts it."""
    assert not any(c.isspace() for c in "".join(_runs()).translate(keyboard._KEYS))


def test_a_run_typed_on_the_english_layout_is_read_as_before() -> None:
    assert keyboard._meant("pnopyo") == "ยืนยัน"
    assert keyboard._meant("l5kot") == "สถานะ"
    assert keyboard._meant("confirm:3f9a2c") is None
    assert keyboard.typed_thai("desoflj'แผนวันไหน") == "กำหนดส่งแผนวันไหน"
