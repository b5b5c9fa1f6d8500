"""The rule index: a message tries only the rules that may match it, and never misses one.

The index files each rule under letter pairs of one of its cue groups, and tries it only when
every group has a phrase whose two rarest letter pairs the text holds; a rule left out for a
text it matches would change a reading. Every rule that matches a text must be among the
text's candidates, for the development corpus, the golden conversations' typed lines, every
cue phrase typed with stray spaces and random texts made of pieces of cues (the held-out part
is never read here).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from handlers.nlu.evaluation import TODAY
from handlers.nlu.matcher import Rule, Understander
from handlers.nlu.patterns import words
from handlers.registry import _UNDERSTANDER
from tests.fakes.understanding import distinct, typed_extractions

RULES = _UNDERSTANDER._compiled


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
        for text in distinct(texts)
        for n in _matching(text, has_number)
        if n not in _UNDERSTANDER._index.candidates(text)
    ]
    assert len(texts) > 1000
    assert not missed


def test_every_rule_matching_a_typed_line_is_a_candidate() -> None:
    missed = []
    lines = tried = 0
    checked: dict[tuple[str, bool], int] = {}  # candidates by masked text: each checked once
    for line, _, extraction in typed_extractions():
        masked = extraction.masked
        key = (masked, bool(extraction.numbers))
        if key not in checked:
            candidates = list(_UNDERSTANDER._index.candidates(masked))
            matching = _matching(masked, bool(extraction.numbers))
            missed += [(line, RULES[n].rule.cues) for n in matching if n not in candidates]
            checked[key] = len(candidates)
        lines, tried = lines + 1, tried + checked[key]
    assert not missed
    assert tried / lines < 8  # of some 250 rules: most groups' phrases are not all there


def _random_texts(count: int, seed: int) -> Iterator[str]:
    """Texts made of cue phrases (whole, cut, or with spaces put in), random letters and
    spaces: texts that match some groups of a rule and miss others."""
    rng = random.Random(seed)
    phrases = sorted({p for c in RULES for group in c.rule.cues for p in words(group)})
    letters = "กขคงจชซดตทนบปพมยรลวสหอะาิีึืุูเแโใไ่้๊๋็์ำ abcdeiklmnoprst0123456789.%"
    for _ in range(count):
        pieces = []
        for _ in range(rng.randint(1, 6)):
            kind = rng.random()
            phrase = rng.choice(phrases)
            if kind < 0.35:
                pieces.append(phrase)
            elif kind < 0.55:  # a phrase cut short at either end
                start = rng.randint(0, len(phrase) // 2)
                pieces.append(phrase[start : rng.randint(start, len(phrase))])
            elif kind < 0.7:  # spaces put in anywhere
                pieces.append("".join(c + " " * (rng.random() < 0.3) for c in phrase))
            elif kind < 0.9:
                pieces.append("".join(rng.choices(letters, k=rng.randint(1, 5))))
            else:
                pieces.append(" ")
        yield "".join(pieces)


@pytest.mark.parametrize("seed", [1, 2])
def test_every_rule_matching_a_random_text_is_a_candidate(seed: int) -> None:
    missed = []
    matched = 0
    for text in _random_texts(1500, seed):
        candidates = set(_UNDERSTANDER._index.candidates(text))
        for has_number in (False, True):
            matching = _matching(text, has_number)
            matched += len(matching)
            missed += [(text, RULES[n].rule.cues) for n in matching if n not in candidates]
    assert matched > 1000  # the texts do match rules
    assert not missed


def test_a_rule_is_tried_only_when_every_group_has_a_phrase_with_its_rarest_pairs() -> None:
    rules = [Rule(("ขยะ", "ส่งผล|บันทึกผล"), 5, lambda found: "value")]
    index = Understander(rules)._index
    assert list(index.candidates("ขยะ")) == []  # filed under the first group, not the second
    assert list(index.candidates("ผลขยะ")) == []  # "ส่งผล"'s pairs are not all there
    assert list(index.candidates("ส่ง ผล ขยะ")) == [0]
    assert list(index.candidates("บันทึก ผลขยะ")) == [0]
    # Pairs found apart make a phrase present though it does not match: the rule is tried.
    assert list(index.candidates("ขยะ ส่ง ผลบ")) == [0]


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


def test_a_whole_message_rule_is_tried_only_on_one_of_its_phrases() -> None:
    rules = [
        Rule(("ไม่ใช่|no",), 9, lambda found: "whole", whole=True),
        Rule(("ไม่",), 1, lambda found: "anywhere"),
    ]
    index = Understander(rules)._index
    assert list(index.candidates("ไม่ใช่")) == [0, 1]
    assert list(index.candidates("ไม่ ใช่")) == [0, 1]  # letters spaced: still the phrase
    assert list(index.candidates("no")) == [0]
    assert list(index.candidates("ไม่ใช่ครับ")) == [1]  # more than the phrase: never whole
    assert list(index.candidates("ไม่รู้ว่าใช่ไหม")) == [1]
    assert Understander(rules).understand("ไม่ใช่", today=TODAY).intent == "whole"


def _tried_rule_by_rule(text: str) -> list[int]:
    """The candidates as the index defines them, one rule at a time: filed under a pair of the
    text (or tried on every text), and each group holding a present phrase."""
    from handlers.nlu.matcher import _letters

    index = _UNDERSTANDER._index
    held = _letters(text)
    filed = index._always | index._whole.get(text.replace(" ", ""), 0)
    for key in held & index._keys.keys():
        filed |= index._keys[key][0]
    present = sum(
        1 << bit for bit, (one, two) in enumerate(index._pairs) if one in held and two in held
    )
    return [
        n
        for n in range(len(RULES))
        if filed >> n & 1 and all(present & mask for mask in index._groups[n])
    ]


def test_the_groups_of_every_rule_are_tested_at_once_as_one_at_a_time() -> None:
    texts = [extraction.masked for _, _, extraction in typed_extractions()]
    texts += [*_random_texts(1500, 3), *_cue_texts()]
    tried = {t: _tried_rule_by_rule(t) for t in distinct(texts)}
    differ = [t for t, rules in tried.items() if list(_UNDERSTANDER._index.candidates(t)) != rules]
    assert len(texts) > 3000
    assert differ == []
    # Texts left with a rule of three groups or more: the layers past the second were and-ed.
    groups = _UNDERSTANDER._index._groups
    assert sum(any(len(groups[n]) > 2 for n in rules) for rules in tried.values()) > 100


def test_a_rule_of_many_groups_is_still_tested_on_its_last_groups() -> None:
    """The layers past the first are and-ed only while a rule left has that many groups (the
    search stops at the first no rule left reaches): a rule of three groups is still dropped
    for want of its third, beside rules of one and two groups, and kept when it has it."""
    rules = [
        Rule(("ขยะ", "ส่งผล", "เดือน"), 9, lambda found: "three"),
        Rule(("ขยะ",), 5, lambda found: "one"),
        Rule(("ขยะ", "ส่งผล"), 3, lambda found: "two"),
    ]
    index = Understander(rules)._index
    assert list(index.candidates("ขยะ")) == [1]
    assert list(index.candidates("เดือน ขยะ")) == [1]
    assert list(index.candidates("ส่งผลขยะ")) == [1, 2]
    assert list(index.candidates("ส่งผลขยะ เดือน")) == [0, 1, 2]
    assert list(index.candidates("ส่งผล เดือน")) == []


def test_the_keys_a_text_holds_are_its_letters_and_pairs_the_index_looks_up() -> None:
    from handlers.nlu.matcher import _letters

    index = _UNDERSTANDER._index
    looked_up = index._keys.keys() | {key for pair in index._pairs for key in pair}
    texts = [*_random_texts(500, 11), *_cue_texts(), "ขอบคุณ🙏🙏", "?", "ขยะ = 52", "👍 ok", ""]
    differ = [t for t in texts if index.held(t) & looked_up != _letters(t) & looked_up]
    assert differ == []


@pytest.mark.parametrize("spaced", [False, True])
def test_a_text_s_pairs_are_cut_out_as_they_are_joined_whatever_its_length(spaced: bool) -> None:
    """``_held`` cuts the letter pairs out of a text as slices up to a length and joins them
    from its letters past it: the same pairs either way, at either side of that length."""
    from handlers.nlu.matcher import _PAIR_SLICES

    index = _UNDERSTANDER._index
    rng = random.Random(5)
    most = len(_PAIR_SLICES)
    for length in [0, 1, 2, 3, 40, most - 1, most, most + 1, most + 2, 3 * most]:
        bare = "".join(rng.choice("กขคงะ่ab?🙏") for _ in range(length))
        text = " ".join(bare) if spaced else bare
        pairs = {key for key in index.held(text) if len(key) == 2}
        assert pairs == {a + b for a, b in zip(bare, bare[1:], strict=False)}, length


def test_the_reading_loop_walks_the_candidates_bits_in_order() -> None:
    # ``understand`` walks ``mask``'s bits itself, lowest first: the rules ``candidates`` gives.
    index = _UNDERSTANDER._index
    for text in ("สถานะ", "ขยะ NUM", "ใครยังไม่ส่ง", "STEP ส่งแล้ว", "ส่งผล ขยะ NUM ครับ"):
        mask = index.mask(text, index.held(text))
        assert mask
        assert [n for n in range(len(RULES)) if mask >> n & 1] == list(index.candidates(text))
