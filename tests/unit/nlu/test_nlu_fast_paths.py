"""Fast paths of the reader answer as the plain code they stand for."""

from __future__ import annotations

import random

import pytest

from handlers.nlu import slots
from handlers.nlu.patterns import EDGE_WORDS


@pytest.mark.parametrize(
    "words", [EDGE_WORDS | slots.FILLERS, frozenset({"ของ", "ไหน", "a"}), frozenset({"", "ขยะ"})]
)
def test_edge_words_are_found_at_a_part_s_edges_as_by_the_whole_tuple(
    words: frozenset[str],
) -> None:
    edges, every = slots._Edges(words), tuple(words)
    pick = random.Random(3).choice
    pieces = [*sorted(words)[:60], "ขยะ", "กอง", "a", "ๆ", "🙏", ".", "NUM"]
    for _ in range(3000):
        part = "".join(pick(pieces) for _ in range(pick((1, 2, 3)))) or "x"
        assert edges.start(part) == part.startswith(every), part
        assert edges.end(part) == part.endswith(every), part
