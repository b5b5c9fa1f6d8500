"""A step's reader splits the unit off a text, and reads a text's words, once when the text it
would read again is the same: ``split_unit`` and ``content`` keep no state, so the same text
always reads the same way (checked over the development corpus's masked texts, each read
again after others, in another order)."""

from __future__ import annotations

import random

from handlers.nlu.slots import content, split_unit
from tests.unit.nlu.test_nlu_guards import _texts


def test_split_unit_and_content_read_the_same_text_the_same_way_whatever_came_before() -> None:
    texts = list(_texts()[::20])
    first = [(split_unit(text), content(text)) for text in texts]
    order = list(range(len(texts)))
    random.Random(3).shuffle(order)
    assert [(split_unit(texts[i]), content(texts[i])) for i in order] == [first[i] for i in order]
    assert sum(bool(unit) for (unit, _), _ in first) > 100
