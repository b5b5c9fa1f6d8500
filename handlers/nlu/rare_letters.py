"""A search for any of many literal words that ``re`` enters only at a few rare letters.

A trie of literals ("ขอบคุณ|สวัสดี|…", hundreds of words) is searched by ``re`` from every
position whose letter starts a literal: nearly every consonant of a Thai text. At each such
position ``re`` tests the first letter of every alternative of the trie's top (its branch
goes on to the next alternative when one fails), so a gate that only asks whether a text
holds a literal pays for the trie's width at almost every letter of the text.

Here each literal is looked for from one letter of it, an *anchor*: the anchors are a few
letters, rare in the teams' messages, that between them every literal holds (a greedy cover,
then each anchor left out that the others make needless). At an anchor the letters after it
are matched, then a look-behind checks the whole literal ending there. A literal stands in a
text exactly where this matches (its letters are compared one by one either way), so the
search finds a match in the same texts; but ``re`` enters only the positions of the anchors
(its search hint, the class of the first letters of the alternatives), and tests only as many
alternatives there as there are anchors. The match is not the literal (it starts at the
anchor): only whether there is one tells.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from handlers.data_files import read_text
from handlers.nlu.patterns import pieces_trie


def _letter_weights() -> dict[str, float]:
    """How common each letter is in the teams' messages, as far as data/nlu/letter_pairs.txt
    tells: the shares of the commonest pairs holding it (a letter of no listed pair: 0). Only
    the speed of a search depends on these weights, never what it finds."""
    weights: dict[str, float] = {}
    for line in read_text("nlu", "letter_pairs.txt").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pair, share = line.split()
        for letter in pair:
            weights[letter] = weights.get(letter, 0.0) + float(share)
    return weights


_WEIGHTS = _letter_weights()


def _weight(letter: str) -> float:
    return _WEIGHTS.get(letter, 0.0)


def rarest_letters_first(words: Iterable[str]) -> list[str]:
    """``words`` by their rarest letter, rarest first (then the longest first)."""
    return sorted(words, key=lambda word: (min(map(_weight, word)), -len(word), word))


def anchors(literals: Iterable[str]) -> frozenset[str]:
    """Letters (never a space) one of which every literal holds, rare ones: picked greedily
    by the literals each covers per weight, then the commonest first left out where the
    others still cover every literal."""
    words = sorted(set(literals))
    if not words:
        raise ValueError("no literal: no pattern matches exactly no text")
    if any(not word.strip() for word in words):
        raise ValueError("a literal of spaces only has no letter to be found from")
    chosen: list[str] = []
    uncovered = set(words)
    while uncovered:
        letters = {letter for word in uncovered for letter in word if letter != " "}
        best = max(
            sorted(letters),
            key=lambda letter: sum(letter in word for word in uncovered) / (_weight(letter) + 1e-9),
        )
        chosen.append(best)
        uncovered = {word for word in uncovered if best not in word}
    for letter in sorted(chosen, key=lambda letter: (-_weight(letter), letter)):
        others = [other for other in chosen if other != letter]
        if all(any(other in word for other in others) for word in words):
            chosen = others
    return frozenset(chosen)


def any_literal(literals: Iterable[str], after: Mapping[str, str] | None = None) -> str:
    """A pattern with a match in a text exactly when the text holds one of ``literals``
    (followed by what the pattern ``after[literal]`` looks ahead for, when given: a
    look-ahead, which takes no letter). Matched as they are: no case ignored."""
    after = after or {}
    words = sorted(set(literals))
    rare = anchors(words)
    sequences = []
    for word in words:
        # The word's rarest anchor (the first of those as rare), the letters after it, then
        # the whole word behind: the letters before the anchor are compared only once the
        # rest has matched (seldom).
        at = min(
            (at for at, letter in enumerate(word) if letter in rare),
            key=lambda at: (_weight(word[at]), at),
        )
        pieces = [*map(re.escape, word[at:])]
        if at:
            pieces.append(f"(?<={re.escape(word)})")
        if word in after:
            pieces.append(after[word])
        sequences.append(pieces)
    return pieces_trie(sequences)
