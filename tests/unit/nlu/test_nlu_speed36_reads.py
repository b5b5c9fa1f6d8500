"""The cheaper ways of the reader's post-checks (``handlers.registry``) read the same as the ways
they replace: each is tested against the old way, over every typed line (the development corpus
and the golden conversations) and over made-up slot words."""

from __future__ import annotations

import random
import unicodedata
from functools import cache

from handlers import registry
from handlers.nlu import tokenize
from handlers.nlu.evaluation import TODAY
from tests.fakes.understanding import distinct, typed_lines


@cache
def _lines() -> tuple[str, ...]:
    return tuple(distinct(typed_lines()))


def _corrected_before(typed: str, slot_words: str) -> str:
    """The whole text's name correction as ``_typo_in_name`` made it before: every window
    around a slot word corrected in turn until one held a typo (or a word was not found), and
    then the whole text corrected (reusing a window that was the whole text)."""
    corrections: dict[str, str] = {}
    reach = registry._NAME_CORRECTOR.reach
    may_hold = False
    for word in slot_words.split():
        at = typed.find(word)
        if at < 0:
            may_hold = True
            break
        window = typed[max(at - reach, 0) : at + len(word) + reach]
        if window not in corrections:
            corrections[window] = registry._NAME_CORRECTOR.correct(window)
        if corrections[window] != window:
            may_hold = True
            break
    if not may_hold:
        return typed
    return corrections[typed] if typed in corrections else registry._NAME_CORRECTOR.correct(typed)


def _slot_words(intent: object) -> str:
    """The name slots' words ``_typo_in_name`` looks at, lower-cased."""
    named = [getattr(intent, slot, "") for slot in registry._NAME_SLOTS]
    return " ".join(w for w in named if isinstance(w, str) and w).lower()


def test_a_name_typo_is_corrected_as_before_for_every_slot_read() -> None:
    """``_name_typo_corrected`` (a window that is the whole text, or a word not found, decides
    at once) corrects as the windows tested one by one did, for the slot words the rules read
    of every typed line that holds one not typed right."""
    checked = changed = 0
    for line in _lines():
        with tokenize.one_message():
            intent = registry._UNDERSTANDER.understand(line, today=TODAY).intent
            words = _slot_words(intent)
            if not words or all(registry._typed_right(w) for w in words.split()):
                continue
            typed = unicodedata.normalize("NFC", line).strip().lower()
            new = registry._name_typo_corrected(typed, words)
            assert new == _corrected_before(typed, words), line
            checked += 1
            changed += new != typed
    assert checked > 1_000
    assert changed > 10


def test_a_name_typo_is_corrected_as_before_for_any_slot_words() -> None:
    """The same for made-up slot words: pieces of the text near its start, middle and end (so
    that windows are whole or not), mistyped names, and words the text does not hold."""
    rng = random.Random(36)
    lines = _lines()[::5]
    names = sorted(registry._NAME_WORDS)
    checked = whole = 0
    for line in lines:
        typed = unicodedata.normalize("NFC", line).strip().lower()
        pieces = [p for p in tokenize.pieces(typed) if not p.isspace()]
        if not pieces:
            continue
        picked = rng.sample(pieces, min(len(pieces), rng.randint(1, 3)))
        if rng.random() < 0.2:
            picked.append(rng.choice(names)[:-1] + "ก")  # a name mistyped, rarely held
        if rng.random() < 0.1:
            picked.append("xyz")  # a word the text does not hold
        words = " ".join(picked)
        with tokenize.one_message():
            new = registry._name_typo_corrected(typed, words)
            assert new == _corrected_before(typed, words), (line, words)
        checked += 1
        whole += registry._slot_windows(typed, words) is None
    assert checked > 1_000
    assert 0 < whole < checked
