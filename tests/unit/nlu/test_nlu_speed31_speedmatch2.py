"""Session 31's speed short cuts in the matcher (speedmatch2): each reads what the plain way
read, over every typed line."""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

from handlers.nlu.asides import _ASIDE_RE
from handlers.nlu.guards import _EVERYDAY, _telling, required_options
from handlers.nlu.matcher import _found
from handlers.nlu.patterns import ANY_SHADOW
from handlers.registry import _UNDERSTANDER
from tests.fakes.understanding import distinct, typed_extractions

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
            assert made.remainder == plain.remainder, (line, compiled.rule.cues)
            assert vars(made) == vars(plain), (line, compiled.rule.cues)
    assert tried > 1000


def test_an_aside_is_found_as_the_whole_alternation_finds_it_in_every_typed_line() -> None:
    # Each alternative is guarded by literals past the everyday "ส่ง" where it holds others
    # ("ส่ง…มา…ไปรษณีย์": one of ไปรษณีย์/พัสดุ/ems): most messages then try none of them.
    texts = distinct(
        text for line, normalised, _ in typed_extractions() for text in (normalised, line.lower())
    )
    assert len(texts) > 1000
    differ = [t for t in texts if _ASIDE_RE.matches(t) != (_ASIDE_RE.pattern.search(t) is not None)]
    assert not differ
    assert any(_ASIDE_RE.matches(t) for t in texts)
    # Every match of every alternative holds one of the literals it is guarded by.
    guarded: dict[int, set[str]] = {}
    for literal, indexes in _ASIDE_RE._branches.items():
        for index in indexes:
            guarded.setdefault(index, set()).add(literal)
    for index, search in enumerate(_ASIDE_RE._searches):
        literals = guarded.get(index)
        if literals is None:  # searched in every text
            continue
        for text in texts:
            found = search(text)
            if found is not None:
                assert any(literal in found[0] for literal in literals), (index, text)


def test_an_everyday_word_guards_an_alternative_only_when_it_holds_no_other_literal() -> None:
    options = [frozenset({"ส่ง"}), frozenset({"มา"}), frozenset({"ไปรษณีย์", "พัสดุ", "ems"})]
    assert _telling(options) == frozenset({"ไปรษณีย์", "พัสดุ", "ems"})
    assert _telling([frozenset({"ส่ง"})]) == frozenset({"ส่ง"})
    assert _telling([]) is None
    assert "ส่ง" in _EVERYDAY
    pattern = re.compile(r"ส่ง\S*\s?มา\S*\s?(ทาง|โดย)?\s?(ไปรษณีย์|พัสดุ|ems)")
    assert frozenset({"ส่ง"}) in required_options(pattern)
