"""The literal gates in front of the handlers' own patterns: never a text skipped that matches.

A pattern of a handler module wrapped in ``Guarded`` is searched only in texts holding one of
the literals ``required_literals`` reads from it; a literal some match lacks would skip that
match and change a reading. Each such pattern is checked here as the NLU's are (see
``tests/unit/nlu/test_nlu_guards.py``): over the development corpus (as typed, in lower case,
normalised, masked, and cut before each figure as a figure's checks see it) and random texts
glued from its literals and pieces of the corpus, every match holds one of the literals, and
the guard answers as its pattern.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

import pytest

import handlers
from handlers.nlu.guards import Guarded
from tests.fakes.understanding import distinct
from tests.unit.nlu.test_nlu_guards import _random_texts, _texts, assert_answers_as_its_pattern


def _handlers_guarded() -> dict[str, Guarded]:
    """Every guarded pattern a module of ``handlers`` (not of its packages) defines."""
    found: dict[str, Guarded] = {}
    seen: set[int] = set()
    for module in pkgutil.iter_modules(handlers.__path__):
        if module.ispkg:
            continue
        loaded = importlib.import_module(f"handlers.{module.name}")
        for name, value in vars(loaded).items():
            # A guard imported from another module is checked where it is defined.
            if isinstance(value, Guarded) and id(value) not in seen and _defines(loaded, name):
                seen.add(id(value))
                found[f"{module.name}.{name}"] = value
    return found


def _defines(module: object, name: str) -> bool:
    source = getattr(module, "__file__", "") or ""
    with open(source, encoding="utf-8") as file:
        return any(line.startswith(f"{name} = ") for line in file)


GUARDED = _handlers_guarded()


@cache
def _cut_before_figures() -> tuple[str, ...]:
    """Each text up to each of its figures: what a figure's checks search ("ขั้นตอนที่ 4 กับ")."""
    return tuple(
        distinct(
            text[: figure.start()] for text in _texts() for figure in re.finditer(r"\d+|NUM", text)
        )
    )


def test_the_handlers_have_guarded_patterns() -> None:
    assert len(GUARDED) >= 50
    assert "queries._LEVEL_ASKED_RE" in GUARDED
    assert "value_submissions._NOT_TO_KEEP_RE" in GUARDED


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_every_match_of_a_guarded_pattern_holds_one_of_its_literals(name: str) -> None:
    guard = GUARDED[name]
    texts = distinct(
        [*_texts(), *_cut_before_figures(), *_random_texts(guard, 3000, seed=len(name))]
    )
    matches = [m[0] for text in texts for m in guard.pattern.finditer(text)]
    assert [m for m in matches if not any(literal in m for literal in guard.literals)] == []
    assert matches  # the texts do reach the pattern


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_handlers_guard_answers_as_its_pattern(name: str) -> None:
    guard = GUARDED[name]
    for text in distinct([*_texts()[:2000], *_random_texts(guard, 500, seed=len(name))]):
        assert_answers_as_its_pattern(guard, text)
