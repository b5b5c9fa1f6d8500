"""Session 31's speed short cuts in the matcher (speedmatch2): each reads what the plain way
read, over every typed line."""

from __future__ import annotations

from re import _parser as sre_parse  # type: ignore[attr-defined]

from handlers.nlu.matcher import _found
from handlers.nlu.patterns import ANY_SHADOW
from handlers.registry import _UNDERSTANDER
from tests.fakes.understanding import typed_extractions

RULES = _UNDERSTANDER._compiled


def test_no_cue_group_matches_empty() -> None:
    # A match that ends the text is then the group's last: ``_found`` searches no further.
    for compiled in RULES:
        for group in compiled.groups:
            assert sre_parse.parse(group.pattern, group.flags).getwidth()[0] > 0, group.pattern


def test_the_slots_read_from_the_first_matches_are_those_read_from_every_match() -> None:
    # ``_found`` given each group's first match (from ``matched``) cuts what it cut searching
    # the whole text for every match of every group.
    tried = 0
    for line, _normalised, extraction in typed_extractions():
        masked = extraction.masked
        if ANY_SHADOW(masked) is not None:
            continue
        has_number = bool(extraction.numbers)
        for position in _UNDERSTANDER._index.candidates(masked):
            compiled = RULES[position]
            firsts = compiled.matched(masked, has_number)
            assert (firsts is not None) == compiled.matches(masked, has_number)
            if firsts is None:
                continue
            tried += 1
            plain = _found(compiled, extraction, line, ())
            made = _found(compiled, extraction, line, (), firsts)
            assert vars(made) == vars(plain), (line, compiled.rule.cues)
    assert tried > 1000
