"""The handlers' own patterns compiled ``skipping``: the same matches as their plain compile.

``skipping`` only writes the letters a match can start with into ``re``'s search hint, so that
the positions where none stands are passed over in C; a wrong letter would skip a match and
change a reading. Each such pattern of a handler module (the NLU's are checked in
``tests/unit/nlu/test_nlu_guards.py``) is searched here beside ``re.compile`` of its own text
over a sample of the development corpus (as typed, in lower case, normalised and masked), the
corpus texts it matches (each also cut before each of its figures, as a figure's checks
search it) and texts glued from pieces of the corpus: every match, substitution and split is
the same, bounded searches too.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from functools import cache

import pytest

import handlers
from tests.fakes.understanding import distinct
from tests.unit.nlu.test_nlu_guards import _texts


def _handlers_skipping() -> dict[str, re.Pattern[str]]:
    """Every module-level pattern a module of ``handlers`` (not of its packages) defines that
    differs from its plain compile (one imported is checked where it is defined)."""
    found = {}
    for module in pkgutil.iter_modules(handlers.__path__):
        if module.ispkg:
            continue
        loaded = importlib.import_module(f"handlers.{module.name}")
        with open(loaded.__file__ or "", encoding="utf-8") as file:
            defined = {line.split(" = ", 1)[0] for line in file if " = " in line}
        for name, value in vars(loaded).items():
            if (
                isinstance(value, re.Pattern)
                and name in defined
                and value != re.compile(value.pattern, value.flags)
            ):
                found[f"{module.name}.{name}"] = value
    return found


SKIPPING = _handlers_skipping()


@cache
def _sampled() -> tuple[str, ...]:
    """Every 50th corpus text, and texts glued from pieces of the corpus."""
    texts = _texts()
    rng = random.Random(7)
    glued = (
        "".join(rng.choice(texts)[rng.randint(0, 9) :][:20] for _ in range(3)) for _ in range(300)
    )
    return (*texts[::50], *glued)


def _searched(plain: re.Pattern[str]) -> list[str]:
    """The sampled texts and up to 300 corpus texts ``plain`` matches, each of those also cut
    before each of its figures."""
    matching = [text for text in _texts() if plain.search(text)][:300]
    cut = (text[: m.start()] for text in matching for m in re.finditer(r"\d+|NUM", text))
    return distinct([*_sampled(), *matching, *cut])


def test_the_handlers_have_skipping_patterns() -> None:
    assert {
        "queries._STATUS_RE",
        "deadlines._WHEN_ASKED_RE",
        "value_submissions._CUT_OR_PRICE_BEFORE_RE",
        "confirmations._LOOKING_RE",
    } <= set(SKIPPING)


@pytest.mark.parametrize("name", sorted(SKIPPING))
def test_a_handlers_skipping_pattern_answers_as_its_plain_compile(name: str) -> None:
    fast = SKIPPING[name]
    plain = re.compile(fast.pattern, fast.flags)
    assert (fast.groups, fast.groupindex) == (plain.groups, plain.groupindex)
    matched = 0
    for text in _searched(plain):
        spans = [(m.span(), m.groups()) for m in plain.finditer(text)]
        matched += bool(spans)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == spans
        assert fast.sub("_", text) == plain.sub("_", text)
        assert fast.split(text) == plain.split(text)
        for bounds in ((3,), (2, len(text) - 1), (max(len(text) - 20, 0), len(text) - 2)):
            found, expected = fast.search(text, *bounds), plain.search(text, *bounds)
            assert (found and found.span()) == (expected and expected.span())
    assert matched  # the texts do reach the pattern
