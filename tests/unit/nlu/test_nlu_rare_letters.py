"""A search for any literal entered at a few rare letters (handlers/nlu/rare_letters.py) finds a
match in exactly the texts the trie of those literals does: checked for each gate built so,
over every typed line (the development corpus and the golden conversations) as typed, in
lower case and normalised, over the literals themselves and over random texts glued from
the literals and pieces of those lines."""

from __future__ import annotations

import random
import re
import sys
from functools import cache

import pytest

from handlers.nlu import asides, courtesy, formal, spoken_numbers
from handlers.nlu.guards import literal_trie
from handlers.nlu.normalise import normalise
from handlers.nlu.rare_letters import anchors, any_literal
from tests.fakes.random_texts import glued
from tests.fakes.understanding import typed_lines

_SPOKEN = sys.modules["handlers.nlu.spoken"]


@cache
def _lines() -> tuple[str, ...]:
    found: dict[str, None] = {}
    for line in typed_lines():
        for text in (line, line.lower(), normalise(line)):
            found[text] = None
    return tuple(found)


def _gates() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], list[str]]]:
    """Each gate, the trie of its literals as it was searched before, and its literals."""
    cues = [*_SPOKEN._SPOKEN_CUES, "ไม"]
    return {
        "aside": (
            asides._MAY_BE_ASIDE_RE,
            re.compile(literal_trie(sorted(asides._trigger_literals()))),
            sorted(asides._trigger_literals()),
        ),
        "courtesy": (
            courtesy._CUE_RE,
            re.compile(literal_trie(courtesy._UNCASED)),
            sorted(courtesy._UNCASED),
        ),
        "numbers": (
            spoken_numbers._CUES_RE,
            re.compile("|".join(map(re.escape, spoken_numbers._CUES))),
            list(spoken_numbers._CUES),
        ),
        "spoken": (
            _SPOKEN._MAY_BE_SPOKEN_RE,
            re.compile(literal_trie(_SPOKEN._SPOKEN_CUES) + "|ไม(?!\u0e48)"),
            cues,
        ),
    }


@pytest.mark.parametrize("name", ["aside", "courtesy", "numbers", "spoken"])
def test_a_gate_finds_a_match_in_the_texts_its_trie_did(name: str) -> None:
    gate, trie, literals = _gates()[name]
    rng = random.Random(36)
    lines = _lines()
    words = [*literals, "ไม่", "ไม้", "ไมค์"]
    texts = [*lines, *literals, *(f"x{word}" for word in literals)]
    texts += [
        "".join(glued(rng, words, lines[:5000], most=4, word_share=0.3, longest=8))
        for _ in range(20_000)
    ]
    found = [t for t in texts if trie.search(t) is not None]
    differ = [t for t in texts if (gate.search(t) is None) != (trie.search(t) is None)]
    assert len(found) > 1_000
    assert differ == []


def test_the_formal_gate_turns_away_no_text_a_formal_phrase_is_in() -> None:
    search, everyday, gate = formal._table()
    rng = random.Random(37)
    lines = _lines()
    phrases = list(everyday)  # each phrase without its spaces
    spaced = [f" {phrase[: len(phrase) // 2]} {phrase[len(phrase) // 2 :]}" for phrase in phrases]
    texts = [*lines, *phrases, *spaced]
    texts += [
        "".join(glued(rng, [*phrases, *spaced], lines[:5000], most=4, word_share=0.3, longest=8))
        for _ in range(20_000)
    ]
    found = [t for t in texts if search.search(t) is not None]
    missed = [t for t in found if gate.search(t) is None]
    assert len(found) > 1_000
    assert missed == []
    assert len([t for t in lines if gate.search(t) is None]) > len(lines) // 2


def test_a_literal_is_found_wherever_it_stands() -> None:
    literals = ["ขอบคุณ", "facebook page", "พ.ร.บ.", "ณ", "ให้", "จะ"]
    pattern = re.compile(any_literal(literals))
    for literal in literals:
        for text in (literal, f"ก{literal}", f"{literal} ค่ะ", f"อ {literal}อ"):
            assert pattern.search(text) is not None, text
    for text in ("", "ขอบคุ", "facebookpage", "พ.ร.บ", "พxรxบx", "ใหั", "จ ะ", "ขอบ คุ"):
        assert pattern.search(text) is None, text


def test_a_look_ahead_after_a_literal_is_kept() -> None:
    pattern = re.compile(any_literal(["ไม", "มะ"], after={"ไม": "(?!\u0e48)"}))
    assert pattern.search("ได้ไมครับ") is not None
    assert pattern.search("ไม่ส่ง") is None
    assert pattern.search("ไม่มะ") is not None


def test_every_literal_holds_an_anchor_and_no_literal_or_one_of_spaces_is_refused() -> None:
    literals = asides._trigger_literals()
    rare = anchors(literals)
    assert " " not in rare
    assert all(any(letter in literal for letter in rare) for literal in literals)
    with pytest.raises(ValueError):
        any_literal(["ก", " "])
    with pytest.raises(ValueError):  # "" would match every text, not none
        any_literal([])
