"""A cheap test in front of a regular expression that seldom matches: the literal strings one of
which every match must hold, read once from the pattern itself, so that a text holding none of
them is not searched at all.

Python's ``re`` tries every alternative of a big alternation at every position of a text; a
few ``in`` tests (C-level substring searches) cost a fraction of that. The literals come from
``re``'s own parser (``re._parser``, the module behind ``re.compile``), so the pattern stays
the one source: a new alternative brings its own literal, or the guard refuses the pattern.

What a match must hold, for each piece of a parsed pattern (``required_literals``):

- a run of literal characters: that run;
- a group, or a repeat of at least once: what its contents must hold;
- an alternation: what any one alternative must hold (each must hold something);
- a sequence: what the piece with the longest shortest literal must hold;
- anything else (a class, a dot, a look-around, an anchor, an optional piece): nothing known.

A case-insensitive pattern (or group) is never guarded. Guarded patterns are checked in the
tests against their unguarded search over the corpus and random texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds; None when nothing is known."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags))


def _sequence(items: Any) -> frozenset[str] | None:
    """What every match of a sequence of parsed pieces holds, or None."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:  # a run of literals ends: the whole run is in every match
            options.append(frozenset({"".join(run)}))
            run = []
        found = _piece(op, value)
        if found is not None:
            options.append(found)
    if run:
        options.append(frozenset({"".join(run)}))
    # The most telling option: its shortest literal longest, then the fewest literals.
    return max(options, key=lambda found: (min(map(len, found)), -len(found)), default=None)


def _piece(op: Any, value: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, contents = value
        return None if add_flags & re.IGNORECASE else _sequence(contents)
    if op is sre.BRANCH:
        alternatives = [_sequence(contents) for contents in value[1]]
        if any(found is None for found in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    if op in _REPEATS:
        least, _most, contents = value
        return _sequence(contents) if least >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(value)
    return None  # a class, a dot, a look-around, an anchor, a back-reference...


class Guarded:
    """A compiled pattern searched only in texts that hold one of its required literals; the
    methods answer as the pattern's own would."""

    __slots__ = ("literals", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        found = required_literals(pattern)
        if not found or "" in found:
            raise ValueError(f"no literal every match holds: {pattern.pattern[:60]!r}")
        self.pattern = pattern
        # A literal holding a shorter one tells nothing more: the shorter is tested alone.
        self.literals = tuple(
            sorted(
                (literal for literal in found if not any(o in literal for o in found - {literal})),
                key=lambda literal: (len(literal), literal),
            )
        )

    def may_match(self, text: str) -> bool:
        """False when ``text`` holds none of the literals: the pattern cannot match it."""
        for literal in self.literals:  # noqa: SIM110 (a plain loop: no generator per call)
            if literal in text:
                return True
        return False

    def search(self, text: str, *where: int) -> re.Match[str] | None:
        return self.pattern.search(text, *where) if self.may_match(text) else None

    def finditer(self, text: str, *where: int) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, *where) if self.may_match(text) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self.may_match(text) else text

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.pattern.split(text, maxsplit) if self.may_match(text) else [text]
