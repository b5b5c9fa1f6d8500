"""Random test texts drawn piece by piece from weighted sources (given words, stretches of real
messages, letters of a range): where a guard or a rewritten pattern is checked against the
plain one, these reach the pattern's words in surroundings no corpus line has."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

Draw = Callable[[random.Random], str]


def drawn(rng: random.Random, most: int, sources: Sequence[tuple[float, Draw]]) -> list[str]:
    """One to ``most`` pieces, each from the first source whose bound is above a uniform draw
    in [0, 1) (bounds rising, the last 1.0): a source's share is its bound less the one before."""
    pieces = []
    for _ in range(rng.randint(1, most)):
        kind = rng.random()
        pieces.append(next(draw for bound, draw in sources if kind < bound)(rng))
    return pieces


def stretch(texts: Sequence[str], longest: int) -> Draw:
    """A source: up to ``longest`` letters cut from one of ``texts`` at a random place."""

    def draw(rng: random.Random) -> str:
        text = rng.choice(texts)
        start = rng.randint(0, len(text))
        return text[start : start + rng.randint(0, longest)]

    return draw


def glued(
    rng: random.Random,
    words: Sequence[str],
    texts: Sequence[str],
    *,
    most: int,
    word_share: float,
    longest: int,
) -> list[str]:
    """One to ``most`` pieces: a word of ``words`` (``word_share`` of the time) or a stretch of
    up to ``longest`` letters cut from one of ``texts``."""
    return drawn(
        rng, most, ((word_share, lambda r: r.choice(words)), (1.0, stretch(texts, longest)))
    )
