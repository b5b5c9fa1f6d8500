"""The thirty-first session's cheap tests (speednorm2) change no reading: each answers as the
test or the search it stands in front of, over every typed line (the development corpus and
the golden conversations: as typed, in lower case and normalised) and, for the particle gate
and the counted words, over the very texts they are handed while those lines are normalised.
"""

from __future__ import annotations

import re
import sys
from functools import cache

import handlers.nlu.normalise  # noqa: F401 (the module, read from sys.modules below)
from handlers.nlu import courtesy, questions, spoken_numbers
from handlers.nlu.typos import skeleton
from tests.fakes.understanding import distinct, texts_handed

# ``handlers.nlu`` exports the function ``normalise`` under the module's own name.
_NORMALISE = sys.modules["handlers.nlu.normalise"]


@cache
def _handed() -> dict[str, tuple[str, ...]]:
    """Every typed line as typed, in lower case and normalised, with the texts
    ``_nothing_to_strip`` and ``counted_in_digits`` are handed and those ``numbers_in_digits``
    hands on (what ``normalise``'s gate before ``counted_in_digits`` tests) while the lines are
    normalised."""
    found = texts_handed(
        _NORMALISE, ("_nothing_to_strip", "counted_in_digits"), returned=("numbers_in_digits",)
    )
    counted = [*found["counted_in_digits"], *found["numbers_in_digits returned"]]
    return found | {"counted_in_digits": tuple(distinct(counted))}


def test_the_typed_lines_are_read() -> None:
    assert len(_handed()["typed"]) > 10_000
    assert len(_handed()["_nothing_to_strip"]) > len(_handed()["typed"]) // 2
    assert len(_handed()["counted_in_digits"]) > len(_handed()["typed"])


def test_the_particles_by_their_last_letter_are_every_particle() -> None:
    listed = [p for ps in _NORMALISE._PARTICLES_BY_LAST.values() for p in ps]
    assert sorted(listed) == sorted(_NORMALISE._PARTICLES_SPELLED)
    assert all(p.endswith(last) for last, ps in _NORMALISE._PARTICLES_BY_LAST.items() for p in ps)


def test_nothing_to_strip_answers_as_every_particle_tested() -> None:
    def every_particle(text: str) -> bool:
        return (
            text[-1:] in _NORMALISE._NO_NOISE
            and text[-2:-1] != text[-1:]
            and not text.endswith(_NORMALISE._PARTICLES_SPELLED)
        )

    texts = [*_handed()["_nothing_to_strip"], "", "นะ", "ครับผม", "ส่งแล้วเจ้าค่ะ", "a"]
    assert [t for t in texts if _NORMALISE._nothing_to_strip(t) != every_particle(t)] == []


def test_every_counted_word_holds_a_literal_the_gate_looks_for() -> None:
    held = spoken_numbers._COUNTED_HELD
    assert all(any(word in counted for word in held) for counted in spoken_numbers._COUNTED)
    assert "form" in held  # "form " too: the English word a space off
    gate = _NORMALISE.normalise.__code__.co_consts
    assert all(word in gate for word in held)  # normalise's ``in`` chain tests each of them


def test_a_text_the_counted_gate_turns_away_holds_no_counted_number() -> None:
    held = spoken_numbers._COUNTED_HELD
    turned_away = [t for t in _handed()["counted_in_digits"] if not any(w in t for w in held)]
    assert len(turned_away) > 1_000
    assert [t for t in turned_away if spoken_numbers._COUNTED_NUMBER_RE.search(t)] == []


def test_the_marks_skeleton_drops_are_the_marks_asks_knows() -> None:
    dropped = {chr(c) for c in range(0x10000) if not skeleton(chr(c))}
    assert dropped == set(questions._MARKS)
    assert {ending[-1] for ending in questions._MISTYPED_ENDINGS} == questions._MISTYPED_LAST
    assert all(questions._MISTYPED_ENDINGS)


def test_a_text_the_ending_gate_turns_away_ends_no_mistyped_ending() -> None:
    def gate(text: str) -> bool:
        return text[-1:] in questions._MISTYPED_LAST or text[-1:] in questions._MARKS

    turned_away = [t for t in _handed()["typed"] if not gate(t)]
    assert len(turned_away) > 1_000
    wrong = [t for t in turned_away if skeleton(t[-12:]).endswith(questions._MISTYPED_ENDINGS)]
    assert wrong == []


def test_a_swapped_case_finds_every_letter_the_cased_cues_match() -> None:
    """Every character ``_CASED_CUE_RE`` can match, case ignored, to a cased letter of a cue
    changes when its case is swapped: a text that does not change holds no cased cue."""
    cued_letters = {
        c for start in courtesy._STARTS - courtesy._UNCASED for c in start if c.lower() != c.upper()
    }
    assert cued_letters
    any_cased = re.compile(f"[{re.escape(''.join(sorted(cued_letters)))}]", re.IGNORECASE)
    matched = [chr(c) for c in range(0x110000) if any_cased.fullmatch(chr(c))]
    assert len(matched) >= len(cued_letters)
    assert [c for c in matched if c.swapcase() == c] == []


def test_cued_answers_as_the_lower_and_upper_case_test() -> None:
    def both_cases(text: str) -> bool:
        return (
            courtesy._CUE_RE.search(text) is not None
            or (text.lower() != text or text != text.upper())
            and courtesy._CASED_CUE_RE.search(text) is not None
        )

    texts = [*_handed()["typed"], "İ", "ſ", "\u212a", "HELLO บอท", "ǅ", "Good morning"]
    assert [t for t in texts if courtesy.cued(t) != both_cases(t)] == []


def test_no_manners_is_the_empty_said() -> None:
    assert courtesy.core("กองคลังส่งแผนแล้ว") == courtesy.Said("")
    assert courtesy.core("กองคลังส่งแผนแล้ว") == ("", False, "")


# ``_MAY_BE_MISTYPED`` as it was written before: three alternatives, two groups.
_MISTYPED_AS_WAS = re.compile(
    "[\u0e48-\u0e4c][\u0e31\u0e34-\u0e3a]|([\u0e01-\u0e4e])\\1|([a-z])\\2\\2"
)


def test_the_mistyped_gate_finds_what_it_found_in_every_short_string() -> None:
    """Each pattern looks at three letters at most (a match, a look-behind inside it): every
    string of up to three letters from the Thai block, Latin letters and a few others (which
    behave alike: no class holds them) found the same is every text found the same."""
    alphabet = [chr(c) for c in range(0x0E00, 0x0E50)] + list("abyzAZ0 .")
    strings = [a + b for a in alphabet for b in alphabet]
    strings += [a + b + c for a in alphabet for b in alphabet for c in "aybะั่ก" + a + b]
    found = _NORMALISE._MAY_BE_MISTYPED.search
    wrong = [s for s in strings if (found(s) is None) != (_MISTYPED_AS_WAS.search(s) is None)]
    assert wrong == []


def test_the_mistyped_gate_finds_what_it_found_in_every_typed_line() -> None:
    found = _NORMALISE._MAY_BE_MISTYPED.search
    texts = _handed()["typed"]
    assert [t for t in texts if (found(t) is None) != (_MISTYPED_AS_WAS.search(t) is None)] == []
