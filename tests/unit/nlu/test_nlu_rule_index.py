"""The rule index: a message tries only the rules that may match it, and never misses one.

The index files each rule under letter pairs of one of its cue groups; a rule left out for a
text it matches would change a reading. Every rule that matches a text must be among the
text's candidates, for the development corpus, the golden conversations' typed lines and
every cue phrase typed with stray spaces (the held-out part is never read here).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from handlers.data_files import files_in
from handlers.nlu.evaluation import TODAY, corpus_parts, load
from handlers.nlu.extract import extract
from handlers.nlu.matcher import Rule, Understander
from handlers.nlu.normalise import normalise
from handlers.nlu.patterns import words
from handlers.registry import _UNDERSTANDER

RULES = _UNDERSTANDER._compiled


def _typed_lines() -> Iterator[str]:
    for part in corpus_parts()["dev"]:
        yield from (example.text for example in load(part))
    for node in files_in("conversations", pattern="*.conv"):
        lines = node.read_text(encoding="utf-8").splitlines()
        yield from (re.sub(r"\s+#help:\S+$", "", line[2:]) for line in lines if line[:2] == "> ")


def _spaced(phrase: str) -> Iterator[str]:
    yield phrase
    yield " ".join(phrase)  # a space between every two letters: most are not allowed, some are
    yield f"ก {phrase} ข"


def _cue_texts() -> Iterator[str]:
    for compiled in RULES:
        for group in compiled.rule.cues:
            for phrase in words(group):
                yield from _spaced(phrase)
        yield " ".join(words(group)[0] for group in compiled.rule.cues)


def _matching(text: str, has_number: bool) -> list[int]:
    return [n for n, compiled in enumerate(RULES) if compiled.matches(text, has_number)]


@pytest.mark.parametrize("has_number", [False, True])
def test_every_rule_matching_a_cue_text_is_a_candidate(has_number: bool) -> None:
    texts = list(_cue_texts())
    missed = [
        (text, n)
        for text in texts
        for n in _matching(text, has_number)
        if n not in _UNDERSTANDER._index.candidates(text)
    ]
    assert len(texts) > 1000
    assert not missed


def test_every_rule_matching_a_typed_line_is_a_candidate() -> None:
    missed = []
    for line in _typed_lines():
        extraction = extract(normalise(line), today=TODAY)
        masked = extraction.masked
        candidates = list(_UNDERSTANDER._index.candidates(masked))
        matching = _matching(masked, bool(extraction.numbers))
        missed += [(line, RULES[n].rule.cues) for n in matching if n not in candidates]
    assert not missed


@pytest.mark.parametrize("text", ["สถานะ", "ขยะ NUM", "ใครยังไม่ส่ง", "STEP ส่งแล้ว"])
def test_a_message_tries_far_fewer_rules_than_there_are(text: str) -> None:
    assert _matching(text, False) or _matching(text, True)
    assert len(list(_UNDERSTANDER._index.candidates(text))) < len(RULES) / 4


def test_the_rules_tried_keep_their_priority_order_and_a_tie_its_declared_order() -> None:
    def read(name: str):  # noqa: ANN202
        return lambda found: name

    rules = [
        Rule(("ก",), 1, read("low")),
        Rule(("ขยะ",), 5, read("first")),
        Rule(("ะ",), 5, read("second")),
        Rule(("ยะ|ข",), 9, lambda found: None),  # declines: the next rule reads
    ]
    understander = Understander(rules)
    assert understander.understand("ขยะ ก", today=TODAY).intent == "first"
    assert understander.understand("ยะ ก", today=TODAY).intent == "second"
    assert understander.understand("ก", today=TODAY).intent == "low"


def test_a_rule_whose_groups_hold_a_phrase_without_letters_is_tried_on_every_text() -> None:
    rules = [
        Rule(("ข", " "), 5, lambda found: "other group"),
        Rule(("ก| ",), 3, lambda found: "a space"),
        Rule((), 1, lambda found: "no cue"),
    ]
    assert Understander(rules).understand("ข ค", today=TODAY).intent == "other group"
    assert Understander(rules[1:]).understand("ค ง", today=TODAY).intent == "a space"
    assert Understander(rules[2:]).understand("ค", today=TODAY).intent == "no cue"
