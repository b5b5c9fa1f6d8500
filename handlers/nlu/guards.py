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

import _sre  # type: ignore[import-not-found]
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds; None when nothing is known."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags))


def required_options(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Every choice ``required_literals`` chooses from: for each piece of the pattern's own
    sequence that tells something, strings one of which every match holds (none known: [])."""
    if pattern.flags & re.IGNORECASE:
        return []
    return _options(sre_parse.parse(pattern.pattern, pattern.flags))


def _sequence(items: Any) -> frozenset[str] | None:
    """What every match of a sequence of parsed pieces holds, or None."""
    options = _options(items)
    # The most telling option: its shortest literal longest, then the fewest literals.
    return max(options, key=lambda found: (min(map(len, found)), -len(found)), default=None)


def _options(items: Any) -> list[frozenset[str]]:
    """For each piece of a sequence that tells something, what every match holds there."""
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
    return options


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


def first_letters(pattern: re.Pattern[str]) -> str | None:
    """A character class (``[...]``) holding every letter a match of ``pattern`` can start
    with; None when that is not known (a match may be empty, start with any letter, with a
    negated class, or the case is ignored)."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _first(sre_parse.parse(pattern.pattern, pattern.flags))
    if found is None or found[1]:  # an empty match starts nowhere in particular
        return None
    return f"[{''.join(sorted(found[0]))}]"


def _first(items: Any) -> tuple[set[str], bool] | None:
    """The class items a match of a sequence of parsed pieces can start with, and whether it
    can be empty; None when unknown."""
    letters: set[str] = set()
    for op, value in items:
        found = _first_of(op, value)
        if found is None:
            return None
        letters |= found[0]
        if not found[1]:  # this piece takes a letter: the pieces after it start nothing
            return letters, False
    return letters, True


_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}


def _first_of(op: Any, value: Any) -> tuple[set[str], bool] | None:
    if op is sre.LITERAL:
        return {re.escape(chr(value))}, False
    if op is sre.IN:
        letters = set()
        for kind, item in value:
            if kind is sre.LITERAL:
                letters.add(re.escape(chr(item)))
            elif kind is sre.RANGE:
                letters.add(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
            elif kind is sre.CATEGORY and item in _CATEGORIES:
                letters.add(_CATEGORIES[item])
            else:  # a negated class, another category
                return None
        return letters, False
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, contents = value
        return None if add_flags & re.IGNORECASE else _first(contents)
    if op is sre.ATOMIC_GROUP:
        return _first(value)
    if op is sre.BRANCH:
        letters, empty = set(), False
        for contents in value[1]:
            found = _first(contents)
            if found is None:
                return None
            letters |= found[0]
            empty = empty or found[1]
        return letters, empty
    if op in _REPEATS:
        least, _most, contents = value
        found = _first(contents)
        return None if found is None else (found[0], found[1] or least == 0)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # takes no letter
    return None  # any letter, a back-reference...


def lead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` led by a look-ahead of the letters its matches start with: the same
    matches, but ``re`` turns down a position at its first letter instead of trying every
    alternative and look-behind there (a pattern opening with look-behinds or optional pieces
    is tried whole at every position). Refuses a pattern whose first letters are unknown.
    Compiled ``skipping`` those letters: no position without one is tried at all."""
    letters = first_letters(pattern)
    if letters is None:
        raise ValueError(f"no first letters known: {pattern.pattern[:60]!r}")
    return skipping(re.compile(f"(?={letters})(?:{pattern.pattern})", pattern.flags))


def skipping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled again with the letters its matches start with in ``re``'s own
    search hint: the same pattern (its text, flags, groups and matches), but ``search``,
    ``finditer``, ``sub`` and ``split`` pass over the positions where none of those letters
    stands in one C loop, where ``re`` left to itself enters the pattern at every position
    when it opens with a look-around, an optional piece or an alternation of groups. A
    pattern whose first letters are unknown (see ``first_letters``), that may match empty or
    that ``re`` already skips for is returned as it is, and so is every pattern where the
    ``re`` internals this leans on are not what they were in CPython 3.11–3.13 (the pattern
    then only runs slower)."""
    letters = first_letters(pattern)
    if letters is None:
        return pattern
    try:
        return _with_search_hint(pattern, letters)
    except (AttributeError, TypeError, ValueError, IndexError, RuntimeError):
        return pattern


def _with_search_hint(pattern: re.Pattern[str], letters: str) -> re.Pattern[str]:
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    flags = parsed.state.flags
    code = sre_compile._code(parsed, flags)
    # The info block ``re`` writes first: INFO, its length, its mask, the least and the most
    # letters a match takes, then a literal prefix or a class the mask says it holds.
    if code[0] is not sre.INFO or code[2] & (sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET):
        return pattern
    if code[3] == 0:  # an empty match: re tries every position anyway
        return pattern
    ((op, value),) = sre_parse.parse(letters, flags)  # one letter parses as a literal
    items = value if op is sre.IN else [(op, value)]
    charset, _cased = sre_compile._optimize_charset(items)
    info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, code[3], code[4]]
    sre_compile._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(  # type: ignore[no-any-return]
        pattern.pattern,
        flags,
        info + code[1 + code[1] :],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


_FEW_LITERALS = 4  # up to this many, a loop of ``in`` tests is the quicker look


def literal_trie(literals: Iterable[str]) -> str:
    """A pattern matching any of ``literals``, shared beginnings written once ("ห้อง(?:ประชุม)?"):
    ``re`` tries one letter at each step instead of every literal at every position. At a
    position it matches the longest literal starting there (a shorter one is its prefix)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


class Guarded:
    """A compiled pattern searched only in texts that hold one of its required literals; the
    methods answer as the pattern's own would."""

    __slots__ = ("_any", "literals", "pattern")

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

        # Many literals are looked for in one C-level pass rather than one ``in`` each.
        self._any = (
            re.compile(literal_trie(self.literals)).search
            if len(self.literals) > _FEW_LITERALS
            else None
        )

    def may_match(self, text: str) -> bool:
        """False when ``text`` holds none of the literals: the pattern cannot match it."""
        if self._any is not None:
            return self._any(text) is not None
        for literal in self.literals:  # noqa: SIM110 (a plain loop: no generator per call)
            if literal in text:
                return True
        return False

    def search(self, text: str, *where: int) -> re.Match[str] | None:
        # ``may_match`` written out: the most called of these, most often with no literal.
        if self._any is not None:
            if self._any(text) is None:
                return None
        else:
            for literal in self.literals:
                if literal in text:
                    break
            else:
                return None
        return self.pattern.search(text, *where)

    def finditer(self, text: str, *where: int) -> Iterator[re.Match[str]]:
        # ``may_match`` written out, as in ``search``: called for most messages.
        if self._any is not None:
            if self._any(text) is None:
                return iter(())
        else:
            for literal in self.literals:
                if literal in text:
                    break
            else:
                return iter(())
        return self.pattern.finditer(text, *where)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self.may_match(text) else text

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.pattern.split(text, maxsplit) if self.may_match(text) else [text]


# Words nearly every message to the bot holds ("ส่งผล", "ยังไม่ส่ง"): an alternative guarded by
# one of them is searched in most messages, where another of its literals is seldom typed.
_EVERYDAY = frozenset({"ส่ง"})


def _telling(options: list[frozenset[str]]) -> frozenset[str] | None:
    """``required_literals``'s choice among ``options``, past those holding an everyday word."""
    return max(
        options,
        key=lambda found: (found.isdisjoint(_EVERYDAY), min(map(len, found)), -len(found)),
        default=None,
    )


class GuardedBranches:
    """A big alternation asked only whether it matches: each alternative compiled on its own
    and searched only in texts that hold one of its own required literals (an alternative
    with none is always searched). A text holding a common word ("ส่ง") no longer runs every
    alternative at every position, only those whose literal it holds.

    The literals a text holds are found in one C-level pass: at each position, the longest
    literal starting there; every other literal starting there is a prefix of it, so each
    literal stands for the alternatives of all its prefixes too."""

    __slots__ = ("_always", "_any", "_branches", "_present", "_searches", "pattern")

    def __init__(self, branches: Sequence[str], flags: int = 0) -> None:
        self.pattern = re.compile("|".join(branches), flags)  # the alternation, as searched before
        compiled = [re.compile(branch, flags) for branch in branches]
        self._searches = tuple(branch.search for branch in compiled)
        holders: dict[str, set[int]] = {}
        always = []
        for index, branch in enumerate(compiled):
            found = _telling(required_options(branch))
            if not found or "" in found:
                always.append(branch.search)
                continue
            for literal in found:
                holders.setdefault(literal, set()).add(index)
        self._always = tuple(always)
        self._branches = {
            literal: tuple(
                sorted(
                    i for other, held in holders.items() if literal.startswith(other) for i in held
                )
            )
            for literal in holders
        }
        trie = literal_trie(holders)
        self._present = re.compile(f"(?=({trie}))")
        # The first literal, found by a plain search: most texts hold none, and a search
        # turns a position down at its first letter where the look-ahead above is entered
        # at every position. Where it finds one, no literal starts before it.
        self._any = re.compile(trie).search

    def matches(self, text: str) -> bool:
        """Whether ``self.pattern`` has a match in ``text``."""
        for search in self._always:
            if search(text) is not None:
                return True
        first = self._any(text)
        if first is None:
            return False
        present = self._present.findall(text, first.start())
        searches, tried = self._searches, set()
        for literal in present:
            for index in self._branches[literal]:
                if index not in tried:
                    tried.add(index)
                    if searches[index](text) is not None:
                        return True
        return False
