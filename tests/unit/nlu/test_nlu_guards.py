"""The literal guard in front of seldom-matching patterns: never a text skipped that matches.

A guarded pattern is searched only in texts holding one of the literals every match must hold;
a wrong literal would skip a match and change a reading. Each guarded pattern of the NLU is
checked against its own search over the development corpus (as typed, normalised and masked),
the golden conversations' typed lines and random texts made of pieces of its literals and of
the corpus (the held-out part is never read here).
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import sys
from collections.abc import Iterator
from functools import cache

import pytest

import handlers.nlu
from handlers.nlu.asides import _GUARDED_CHATTER
from handlers.nlu.guards import (
    Guarded,
    GuardedBranches,
    first_letters,
    lead,
    literal_trie,
    required_literals,
    skipping,
)
from handlers.nlu.story import _story
from tests.fakes.random_texts import drawn, glued, stretch
from tests.fakes.understanding import distinct, typed_extractions


def _guarded(kind: type) -> dict[str, Guarded]:
    found = {}
    for module in pkgutil.iter_modules(handlers.nlu.__path__):
        loaded = importlib.import_module(f"handlers.nlu.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, kind):
                found[f"{module.name}.{name}"] = value
    return found


GUARDED = _guarded(Guarded)
GUARDED["story._story"] = _story()[2]  # built once, on first use
GUARDED.update(
    (f"asides._GUARDED_CHATTER.{name}", guard)
    for name, guard in _GUARDED_CHATTER.items()
    if isinstance(guard, Guarded)
)
BRANCHES: dict[str, GuardedBranches] = _guarded(GuardedBranches)  # type: ignore[assignment]


@cache
def _texts() -> tuple[str, ...]:
    """Every typed line as typed, in lower case, normalised and masked: read on first use (by
    the worker that runs these tests, not by every worker collecting them)."""
    texts: list[str] = []
    for line, normalised, extraction in typed_extractions():
        texts += [line, line.lower(), normalised, extraction.masked]
    return tuple(texts)


def _random_texts(guard: Guarded, count: int, seed: int) -> Iterator[str]:
    """Pieces of the pattern's literals and of corpus texts, glued and spaced at random."""
    rng = random.Random(seed)
    sources = (
        (0.4, lambda r: r.choice(guard.literals)),
        (0.8, stretch(_texts(), 12)),
        (1.0, lambda r: r.choice((" ", ":", "?", "1", "12", ".", "ๆ"))),
    )
    for _ in range(count):
        yield "".join(drawn(rng, 5, sources))


def test_the_nlu_has_guarded_patterns() -> None:
    assert len(GUARDED) >= 8


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_guard_skips_no_text_its_pattern_matches(name: str) -> None:
    guard = GUARDED[name]
    texts = distinct([*_texts(), *_random_texts(guard, 3000, seed=len(name))])
    skipped = [t for t in texts if guard.pattern.search(t) and not guard.may_match(t)]
    assert not skipped
    assert any(guard.pattern.search(t) for t in texts)  # the texts do reach the pattern


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_guard_answers_as_its_pattern(name: str) -> None:
    guard = GUARDED[name]
    for text in distinct(_texts()[:2000]):
        assert_answers_as_its_pattern(guard, text)


def assert_answers_as_its_pattern(guard: Guarded, text: str) -> None:
    """``guard`` finds, substitutes and splits in ``text`` as its pattern does, bounded too."""
    pattern = guard.pattern
    spans = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in guard.finditer(text)] == spans
    assert guard.sub("_", text) == pattern.sub("_", text)
    assert guard.split(text) == pattern.split(text)
    for bounds in ((), (2, len(text) - 1)):
        found, expected = guard.search(text, *bounds), pattern.search(text, *bounds)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        ("abc", {"abc"}),
        ("ab|cd", {"ab", "cd"}),  # one alternative or the other
        ("x?abc", {"abc"}),  # an optional piece holds nothing
        ("a[bc]de", {"de"}),  # a class breaks the run: the longer literal is chosen
        ("(?:ab)+c*", {"ab"}),
        ("(?<=zz)ab(?!q)", {"ab"}),  # what a look-around sees is no part of the match
        (r"ส่ง\s?(?:แผน|ผล)", {"ส่ง"}),  # "ผล" is shorter than "ส่ง"
        ("x(?:abc|de)y", {"abc", "de"}),
    ],
)
def test_required_literals_of_a_pattern(pattern: str, literals: set[str]) -> None:
    assert required_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize("pattern", ["a*", "ab|c?", "(?i)abc", "[ab]", r"\d+", "(?i:ab)c?", "a?"])
def test_a_pattern_with_no_literal_every_match_holds_is_refused(pattern: str) -> None:
    assert not required_literals(re.compile(pattern))
    with pytest.raises(ValueError):
        Guarded(re.compile(pattern))


def test_a_literal_holding_a_shorter_one_is_not_tested() -> None:
    assert Guarded(re.compile("น้องบอท|พี่บอท|บอท|bot")).literals == ("bot", "บอท")


@pytest.mark.parametrize("name", sorted(BRANCHES))
def test_guarded_branches_match_where_their_alternation_does(name: str) -> None:
    guard = BRANCHES[name]
    literals = sorted(guard._branches)
    rng = random.Random(len(name))
    texts = [*_texts()]
    for _ in range(3000):  # literals and pieces of the corpus, glued and spaced at random
        pieces = glued(rng, literals, _texts(), most=5, word_share=0.5, longest=12)
        texts.append(rng.choice(("", " ")).join(pieces))
    texts = distinct(texts)
    differ = [t for t in texts if guard.matches(t) != (guard.pattern.search(t) is not None)]
    assert not differ
    assert any(guard.matches(t) for t in texts)  # the texts do reach the pattern


def test_guarded_branches_try_the_alternatives_of_a_literal_inside_a_longer_one() -> None:
    guard = GuardedBranches((r"หนังสือ\s?ด่วน", r"หนังสือเวียน", r"^เวียน"))
    assert guard.matches("หนังสือด่วน")
    assert guard.matches("มีหนังสือเวียนมา")
    assert not guard.matches("มีหนังสือ มาเวียน")


@pytest.mark.parametrize(
    "literals", [("ab",), ("ab", "abc", "b"), ("ห้อง", "ห้องประชุม", "ประชุม", "ประ"), ("a.b", "(x")]
)
def test_a_literal_trie_matches_the_longest_literal_at_a_position(
    literals: tuple[str, ...],
) -> None:
    trie = re.compile(literal_trie(literals))
    for text in ("", "xabcx", "ห้องประชุมใหญ่", "a.b(x", "ประ", "b", "axb"):
        starts = [i for i in range(len(text)) if text.startswith(literals, i)]
        assert [m.start() for m in re.finditer(f"(?=(?:{trie.pattern}))", text)] == starts
        for at in starts:
            longest = max((w for w in literals if text.startswith(w, at)), key=len)
            assert trie.match(text, at)[0] == longest


@pytest.mark.parametrize(
    ("pattern", "letters"),
    [
        ("abc", "[a]"),
        ("x?abc", "[ax]"),  # an optional piece may start the match, or what follows it
        ("(?<![a-z])ab|cd", "[ac]"),  # a look-around takes no letter
        (r"(?:ร้อยละ\s*)?[-+]?\d+", r"[\+\-\dร]"),
        (r"^\s*(?:ตัว|kpi)", r"[\skต]"),
        ("[a-c]x|(?:y)+", "[a-cy]"),
    ],
)
def test_the_first_letters_of_a_pattern(pattern: str, letters: str) -> None:
    assert first_letters(re.compile(pattern)) == letters


@pytest.mark.parametrize("pattern", ["a*", "ab|c?", "(?i)abc", ".x", "[^a]b", r"\Wa", "(a)?\\1b"])
def test_a_pattern_whose_first_letters_are_unknown_is_not_led(pattern: str) -> None:
    assert first_letters(re.compile(pattern)) is None
    with pytest.raises(ValueError):
        lead(re.compile(pattern))


# A pattern led by ``lead`` (or by hand: ``(?=\d)``), and the pattern it leads.
_LED_RE = re.compile(r"\(\?=(?P<letters>\[.*?\]|\\d)\)\(\?:(?P<pattern>.*)\)", re.DOTALL)


def _led() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Every pattern of the code made by ``lead``, with the pattern it leads."""
    found = {}
    for name, module in sorted(sys.modules.items()):
        if not name.startswith(("handlers", "kpi_core")) or module is None:
            continue
        for variable, value in vars(module).items():
            pattern = value.pattern if isinstance(value, Guarded) else value
            parts = _LED_RE.fullmatch(pattern.pattern) if isinstance(pattern, re.Pattern) else None
            if parts is not None:
                original = re.compile(parts["pattern"], pattern.flags)
                letters = parts["letters"].removeprefix("[").removesuffix("]")
                if first_letters(original) in (f"[{letters}]", None):
                    found[f"{name}.{variable}"] = (pattern, original)
    return found


LED = _led()


def test_the_code_has_led_patterns() -> None:
    assert len(LED) >= 20
    assert "kpi_core.thai_dates._DATE_RE" in LED  # led by hand: ``(?=\d)``


@pytest.mark.parametrize("name", sorted(LED))
def test_a_led_pattern_matches_as_the_pattern_it_leads(name: str) -> None:
    led, original = LED[name]
    rng = random.Random(len(name))
    texts = [*_texts(), *(rng.choice(_texts())[rng.randint(0, 9) :] for _ in range(500))]
    for text in distinct(texts):
        expected = [(m.span(), m.groups()) for m in original.finditer(text)]
        assert [(m.span(), m.groups()) for m in led.finditer(text)] == expected
        assert led.sub("_", text) == original.sub("_", text)
        found, wanted = led.match(text), original.match(text)
        assert (found and found.span()) == (wanted and wanted.span())


def _skipping_patterns() -> dict[str, re.Pattern[str]]:
    """Every module-level pattern of the NLU compiled ``skipping`` (it differs from its plain
    compile), and the rule cues'."""
    from handlers.registry import _UNDERSTANDER  # noqa: PLC0415 (the rules, once)

    found = {}
    for module in pkgutil.iter_modules(handlers.nlu.__path__):
        loaded = importlib.import_module(f"handlers.nlu.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, re.Pattern) and value != re.compile(value.pattern, value.flags):
                found[f"{module.name}.{name}"] = value
    for position, compiled in enumerate(_UNDERSTANDER._compiled[:40]):
        for number, group in enumerate(compiled.groups):
            found[f"rule {position}.{number}"] = group
    return found


SKIPPING = _skipping_patterns()


def test_the_nlu_has_skipping_patterns() -> None:
    assert len([name for name in SKIPPING if not name.startswith("rule")]) >= 5


@pytest.mark.parametrize("name", sorted(SKIPPING))
def test_a_skipping_pattern_answers_as_its_plain_compile(name: str) -> None:
    fast = SKIPPING[name]
    plain = re.compile(fast.pattern, fast.flags)
    assert (fast.groups, fast.groupindex) == (plain.groups, plain.groupindex)
    rng = random.Random(len(name))
    glued = ["".join(rng.choice(_texts())[:20] for _ in range(3)) for _ in range(300)]
    for text in distinct([*_texts()[:1500], *glued]):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert fast.sub("_", text) == plain.sub("_", text)
        assert fast.split(text) == plain.split(text)
        found, expected = fast.search(text, 3), plain.search(text, 3)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?=[กข])(?:กา|ขอ(?<=ข)อ*|ก(?P<name>ไก่))",  # led by a look-ahead, a named group
        r"(?<![ก-ฮ])(?:\d+|ขยะ)",  # led by a look-behind
        r"[๐-๙]+",  # a class repeated
        r"(?:^|\s)ขอ|ยัง$",
    ],
)
def test_skipping_keeps_every_match(pattern: str) -> None:
    plain = re.compile(pattern)
    fast = skipping(plain)
    assert fast is not plain and fast.pattern == plain.pattern
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("กขาอไก่ยะ ๑๒12ยังคอ") for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.groupdict() for m in fast.finditer(text)] == [
            m.groupdict() for m in plain.finditer(text)
        ]


@pytest.mark.parametrize(
    "pattern",
    [r"x?a?", r"abc", r"[ab]c", r"(?i)(?=[ab])(?:ab|bc)", r"a|\W"],
)
def test_skipping_leaves_what_it_cannot_or_need_not_speed(pattern: str) -> None:
    plain = re.compile(pattern)  # may match empty, a literal prefix, a class first, case
    assert skipping(plain) is plain


def test_skipping_falls_back_to_the_pattern_when_re_internals_differ(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another Python whose private ``re`` compiler is not what ``skipping`` leans on: the
    pattern is kept as it is (slower, never wrong), not a crash at import."""
    import handlers.nlu.guards as guards

    def changed(*_: object) -> object:
        raise TypeError("_code() takes 3 positional arguments")

    # Compiled before, and checked after, the patch: ``guards.sre_compile`` is ``re``'s own
    # compiler, so while it is patched no new pattern compiles (pytest's report of a failure
    # compiles some). Compiled under the patch, the test passed only where an earlier test
    # in the same worker had left this pattern in ``re``'s cache.
    plain = re.compile(r"(?<![ก-ฮ])(?:\d+|ขยะ)")
    with monkeypatch.context() as patched:
        patched.setattr(guards.sre_compile, "_code", changed)
        kept = skipping(plain)
    assert kept is plain
