"""Random test texts made of given words and stretches of real messages, glued at random:
where a guard or a rewritten pattern is checked against the plain one, these reach the
pattern's words in surroundings no corpus line has."""

from __future__ import annotations

import random
from collections.abc import Sequence


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
    up to ``longest`` letters cut from one of ``texts`` at a random place."""
    pieces = []
    for _ in range(rng.randint(1, most)):
        if rng.random() < word_share:
            pieces.append(rng.choice(words))
        else:
            text = rng.choice(texts)
            start = rng.randint(0, len(text))
            pieces.append(text[start : start + rng.randint(0, longest)])
    return pieces
