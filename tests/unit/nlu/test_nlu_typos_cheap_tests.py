"""The corrector's shortcuts change no correction: each is checked against the straightforward
way it stands for (``str.find`` of every cue word, every span walked, every variant made,
each letter's weight looked up where it is used), over the development corpus's texts, the
cue words and typos made of them, for both correctors of the registry.
"""

from __future__ import annotations

import random
from functools import cache
from itertools import accumulate

import pytest

from handlers.nlu import typos
from handlers.nlu.evaluation import corpus_parts, load
from handlers.nlu.typos import (
    _MARKS,
    MIN_LENGTH,
    Corrector,
    _deletions,
    _dictionary,
    _pieces_before_particles,
    _spans,
    edit_distance,
    skeleton,
)
from handlers.registry import _CORRECTOR, _NAME_CORRECTOR

CORRECTORS = pytest.mark.parametrize(
    "corrector", [_CORRECTOR, _NAME_CORRECTOR], ids=["cue", "name"]
)


@cache
def _texts() -> tuple[str, ...]:
    """Every 9th development text in lower case, and each with a cue word's typo put in."""
    texts = [e.text.lower() for part in corpus_parts()["dev"] for e in load(part)][::9]
    rng = random.Random(11)
    words = sorted(_CORRECTOR._known | _NAME_CORRECTOR._known)
    typed = [_typo(rng.choice(words), rng) for _ in texts]
    halves = [(t[: len(t) // 2], t[len(t) // 2 :]) for t in texts]
    return (*texts, *(f"{head}{w}{tail}" for (head, tail), w in zip(halves, typed, strict=True)))


def _typo(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word))
    return rng.choice([word[:at] + word[at + 1 :], word[:at] + word[at] + word[at:], word])


@cache
def _spans_of(corrector: Corrector) -> tuple[str, ...]:
    """The spans of the texts a correction is looked for in, the cue words and their typos."""
    found = {
        text[start:end]
        for text in _texts()[::3]
        for start, ends in _spans(_pieces_before_particles(text), corrector.reach)
        for end in ends
    }
    rng = random.Random(5)
    words = sorted(corrector._known)
    found |= {_typo(w, rng) for w in words for _ in range(3)} | set(words)
    return tuple(sorted(found))


def _reference_typed(corrector: Corrector, text: str) -> list[tuple[int, int]]:
    return sorted(
        (text.find(w), text.find(w) + len(w)) for w in corrector._known if text.find(w) >= 0
    )


def _reference_spans(parts: list[str], longest: int, most: int = 4) -> list[tuple[int, int]]:
    """Every run of one to ``most`` neighbouring pieces holding no space, of a length from
    ``MIN_LENGTH - 1`` to ``longest``, by start then end: every pair of piece bounds tried."""
    bounds = [0, *accumulate(map(len, parts))]
    runs = [
        (i, j) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1) if j - i <= most
    ]
    return [
        (bounds[i], bounds[j])
        for i, j in runs
        if not any(piece.isspace() for piece in parts[i:j])
        and MIN_LENGTH - 1 <= bounds[j] - bounds[i] <= longest
    ]


def _reference_candidates(corrector: Corrector, span: str) -> set[str]:
    variants = _deletions(span, 1) | {skeleton(span)}
    return set().union(*(corrector._index[v] for v in variants & corrector._keys))


def _reference_distance(a: str, b: str) -> float:
    """``edit_distance`` from its definition: the cheapest way to make ``a`` into ``b`` by
    dropping or adding a letter (a mark costs 0.5, any other letter 1), putting one letter for
    another (the dearer of the two; 0.5 between a short and a long vowel) or swapping two
    neighbours (1), each letter edited once."""

    def weight(char: str) -> float:
        return 0.5 if char in _MARKS else 1.0

    @cache
    def cost(i: int, j: int) -> float:  # a[:i] into b[:j]
        if i == 0 or j == 0:
            return sum(map(weight, a[:i] + b[:j]))
        x, y = a[i - 1], b[j - 1]
        put = (
            0.0 if x == y else 0.5 if (x, y) in typos._VOWEL_LENGTHS else max(weight(x), weight(y))
        )
        ways = [cost(i - 1, j) + weight(x), cost(i, j - 1) + weight(y), cost(i - 1, j - 1) + put]
        if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
            ways.append(cost(i - 2, j - 2) + 1)
        return min(ways)

    return cost(len(a), len(b))


def _reference_correct(corrector: Corrector, text: str) -> str:
    """``Corrector.correct`` with every span tried and every candidate measured."""
    found = []
    typed = _reference_typed(corrector, text)
    for start, end in _reference_spans(_pieces_before_particles(text), corrector.reach):
        span = text[start:end]
        if span in _dictionary() or span in corrector._known:
            continue
        if any(s <= start and end <= e for s, e in typed):
            continue
        for distance, word in corrector._measured(span, _reference_candidates(corrector, span)):
            found.append((distance, -len(word), abs(len(span) - len(word)), start, end, word))
    for *_, start, end, word in sorted(found):
        corrected = f"{text[:start]}{word}{text[end:]}"
        if corrector._plausible(corrected, start, word):
            return corrected
    return text


def test_the_texts_are_many() -> None:
    assert len(_texts()) > 6_000


@CORRECTORS
def test_the_cue_words_typed_right_are_found_as_str_find_finds_them(corrector: Corrector) -> None:
    texts = _texts()
    assert sum(bool(corrector._typed(t)) for t in texts) > 100
    assert [t for t in texts if sorted(corrector._typed(t)) != _reference_typed(corrector, t)] == []


def test_the_spans_of_each_start_are_those_walked_one_by_one() -> None:
    for text in _texts():
        for longest in (_CORRECTOR.reach, _NAME_CORRECTOR.reach, 5):
            parts = _pieces_before_particles(text)
            flat = [(start, end) for start, ends in _spans(parts, longest) for end in ends]
            assert flat == list(_reference_spans(parts, longest)), text


@CORRECTORS
def test_the_variants_made_hold_every_key_among_all_variants(corrector: Corrector) -> None:
    spans = _spans_of(corrector)
    assert sum(len(s) >= 6 for s in spans) > 1_000
    keys = corrector._keys
    differ = [
        s
        for s in spans
        if corrector._variants(s) & keys != (_deletions(s, 1) | {skeleton(s)}) & keys
    ]
    assert differ == []


@CORRECTORS
def test_the_test_made_once_for_a_start_drops_no_candidate(corrector: Corrector) -> None:
    """``_opens`` of a start's first four letters stands for every span from it, and a start
    that neither opens nor holds a mark in its first three letters has no candidate."""
    spans = [s for s in _spans_of(corrector) if len(s) > 3]
    assert sum(bool(_reference_candidates(corrector, s)) for s in spans) > len(corrector._known)
    for span in spans:
        opens = corrector._opens(span[:4])
        assert opens == corrector._opens(span)
        assert corrector._candidates(span, opens) == _reference_candidates(corrector, span), span
        if not opens and _MARKS.isdisjoint(span[:3]):
            assert _reference_candidates(corrector, span) == set(), span


def test_the_edits_are_those_of_the_definition_up_to_the_limit() -> None:
    rng = random.Random(3)
    words = sorted(_CORRECTOR._known)
    pairs = [(w, _typo(_typo(w, rng), rng)) for w in words] + [
        (rng.choice(words), rng.choice(words)) for _ in range(2_000)
    ]
    pairs += [("ขยะ", "ขยา"), ("ปิด", "ปีด"), ("สถานะ", "สถาณะ"), ("stauts", "status")]
    within = 0
    for a, b in pairs:
        distance = _reference_distance(a, b)
        for limit in (1, 2):
            # Callers ask only whether it is within ``limit``: exact there, above it beyond.
            measured = edit_distance(a, b, limit)
            assert measured == distance if distance <= limit else measured > limit, (a, b, limit)
            within += distance <= limit
    assert within > 1_000  # the pairs do reach the distances that count


@CORRECTORS
def test_a_text_is_corrected_as_by_trying_every_span(corrector: Corrector) -> None:
    texts = _texts()
    corrected = [t for t in texts if corrector.correct(t) != t]
    assert len(corrected) > 100
    assert [t for t in texts if corrector.correct(t) != _reference_correct(corrector, t)] == []
