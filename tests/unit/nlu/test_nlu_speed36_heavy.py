"""Session 36's speed short cuts for the heaviest messages (heavy36): the remainder cut when a
read first asks for it, and patterns searched with their first letters as ``re``'s search hint.
Each reads what the plain way read, over every typed line (and random texts for the patterns)."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date

import pytest

from handlers import confirmations, step_submissions, value_submissions
from handlers.nlu import extract, slots
from handlers.nlu.extract import Extraction
from handlers.nlu.guards import Guarded
from handlers.nlu.matcher import Spans, _Compiled, _found, _outside
from handlers.nlu.patterns import ANY_SHADOW, SHADOWS_RE
from handlers.nlu.slots import Found
from handlers.registry import _UNDERSTANDER
from tests.fakes.random_texts import glued
from tests.fakes.understanding import distinct, typed_extractions

RULES = _UNDERSTANDER._compiled


def _found_plainly(compiled: _Compiled, extraction: Extraction, text: str, shadows: Spans) -> Found:
    """What ``_found`` is to give, said plainly: the masked text without every match of every
    cue group (outside the shadow words, when there are any), overlapping matches cut as one,
    a space where each stood; the whole text for a rule that keeps it."""
    remainder = extraction.masked
    if not compiled.rule.keep:
        spans = sorted(
            match.span()
            for group in compiled.groups
            for match in (
                _outside(group, remainder, shadows) if shadows else group.finditer(remainder)
            )
        )
        pieces, at = [], 0
        for start, end in spans:
            pieces.append(remainder[at : max(at, start)])
            at = max(at, end)
        remainder = " ".join([*pieces, remainder[at:]])
    return Found(extraction=extraction, remainder=remainder, original=text)


def _same(made: Found, plain: Found) -> None:
    assert made == plain  # (reads the remainder: it is cut here)
    assert hash(made) == hash(plain)
    assert repr(made) == repr(plain)
    assert vars(made) == vars(plain)
    assert type(made) is type(plain)


def test_a_remainder_cut_when_read_is_the_text_without_every_cue() -> None:
    tried = shadowed = 0
    for line, _normalised, extraction in typed_extractions():
        masked = extraction.masked
        has_number = bool(extraction.numbers)
        shadows = (
            tuple(m.span() for m in SHADOWS_RE.finditer(masked))
            if ANY_SHADOW(masked) is not None
            else ()
        )
        for position in _UNDERSTANDER._index.candidates(masked):
            compiled = RULES[position]
            firsts = compiled.matched(masked, has_number, shadows)
            if firsts is None:
                continue
            tried += 1
            shadowed += bool(shadows)
            made = _found(compiled, extraction, line, shadows, firsts)
            if not compiled.rule.keep:  # nothing cut until the remainder is read
                assert "remainder" not in vars(made)
            _same(made, _found_plainly(compiled, extraction, line, shadows))
            # Read again, the remainder kept is given back.
            assert made.remainder is vars(made)["remainder"]
    assert tried > 1000
    assert shadowed > 10


def test_a_found_given_another_remainder_before_its_own_is_read_never_cuts_its_own() -> None:
    extraction = extract.extract("ส่งผล ขยะ 52.3", today=date(2025, 1, 15))
    cuts = []
    unread = Found.__new__(Found)
    vars(unread).update(
        extraction=extraction,
        original="ส่งผล ขยะ 52.3",
        _remainder_cut=lambda: cuts.append(1) or "ขยะ NUM",
    )
    other = replace(unread, remainder="อื่น")
    assert other == Found(extraction=extraction, remainder="อื่น", original="ส่งผล ขยะ 52.3")
    assert cuts == []
    assert unread.remainder == "ขยะ NUM" and unread.remainder == "ขยะ NUM"
    assert cuts == [1]  # cut once, then kept
    with pytest.raises(AttributeError):
        _ = Found.__new__(Found).remainder  # neither a remainder nor a way to cut one


# The patterns compiled ``skipping`` (or ``lead``) for the heavy messages: the search hint passes
# over positions where no match can start; every method answers as the plain pattern did.
_SKIPPING = {
    slots: (
        "INDICATOR_RE",
        "DELIVERABLE_RE",
        "_UNIT_RE",
        "_GLUED_PARTICLE_RE",
        "_THE_OFFICE_RE",
        "_GLUED_VERB_RE",
        "_SENT_TO_RE",
        "_PASSED_RE",
        "_YEAR_BETWEEN_RE",
        "_COURTESY_RE",
        "_OWN_UNIT_RE",
        "_TOLD_BY_RE",
    ),
    step_submissions: (
        "_GLUED_PLAN_RE",
        "_CLOCK_RE",
        "_NEW_UNIT_RE",
        "_FAILED_RE",
        "_BUT_RE",
        "_NUMBERED_FORMS_RE",
        "_NEXT_MEETING_RE",
        "_ATTENDANCE_RE",
        "_UNIT_SAID_WRONG_RE",
    ),
    extract: (
        "_GLUED_DATE_RE",
        "_BARE_LAST_WEEKDAY_RE",
        "_PART_OF_DAY_RE",
        "_ITEM_BEFORE_RE",
        "_DAYS_BACK_RE",
        "_JUST_NOW_RE",
    ),
    confirmations: ("_WRONG_KIND_RE", "_UNDO_VERB_RE", "_TITLE_ALONE_RE"),
    value_submissions: ("_UPDATE_RE", "_FOR_EACH_RE"),
}


def _pairs() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    pairs = []
    for module, names in _SKIPPING.items():
        for name in names:
            found = getattr(module, name)
            pattern = found.pattern if isinstance(found, Guarded) else found
            plain = re.compile(pattern.pattern, pattern.flags)
            assert plain is not pattern, name  # compiled apart from ``re``'s own
            pairs.append((f"{module.__name__}.{name}", pattern, plain))
    # The bare year, led by a look-ahead of its first digits: the pattern as it was written.
    led = extract._BARE_YEAR_RE
    assert led.pattern.startswith("(?=[26])(?:") and led.pattern.endswith(")")
    pairs.append(("_BARE_YEAR_RE", led, re.compile(led.pattern[len("(?=[26])(?:") : -1])))
    return pairs


def _texts() -> list[str]:
    texts = distinct(
        text
        for line, normalised, extraction in typed_extractions()
        for text in (line.lower(), normalised, extraction.masked)
    )
    rng = random.Random(36)
    words = ["แทน", "ผ่าน", "ปี", "งบ", "เมื่อ", "ไป", "กอง", "ผิด", "แต่", "ฟอร์ม", "NUM", "66 = 1"]
    texts += [
        "".join(glued(rng, words, texts[:3000], most=5, word_share=0.3, longest=10))
        for _ in range(3000)
    ]
    return texts


def _read(match: re.Match[str] | None) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    return None if match is None else (match.span(), match.groups())


def test_the_patterns_searched_with_a_hint_find_what_the_plain_ones_find() -> None:
    texts = _texts()
    assert len(texts) > 5000
    for name, pattern, plain in _pairs():
        hits = 0
        for text in texts:
            spans = [m.span() for m in pattern.finditer(text)]
            assert spans == [m.span() for m in plain.finditer(text)], (name, text)
            assert pattern.sub("|", text) == plain.sub("|", text), (name, text)
            assert _read(pattern.search(text)) == _read(plain.search(text)), (name, text)
            hits += bool(spans)
        assert hits, name
