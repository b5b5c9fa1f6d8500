"""``skeleton`` by its definition: the text with every tone mark and upper or lower vowel
(``typos._MARKS``) dropped and every other letter kept, in order. Checked for each code point
alone, over the development corpus's texts and over random texts mixing Thai letters, marks,
Latin letters, emoji and letters past the Thai block."""

from __future__ import annotations

import random

from handlers.nlu.evaluation import corpus_parts, load
from handlers.nlu.typos import _MARKS, skeleton


def _without_marks(text: str) -> str:
    return "".join(letter for letter in text if letter not in _MARKS)


def test_each_code_point_alone_is_dropped_only_when_a_mark() -> None:
    for point in range(0x110000):
        letter = chr(point)
        assert skeleton(letter) == ("" if letter in _MARKS else letter)


def test_skeleton_drops_the_marks_of_every_text_and_keeps_the_rest() -> None:
    texts = [e.text for part in corpus_parts()["dev"] for e in load(part)]
    rng = random.Random(17)
    letters = [*map(chr, range(0x0E00, 0x0E80)), *"abcXYZ 12.\n\u200b", "😀", "\u0f40", "\uffff"]
    texts += ["".join(rng.choices(letters, k=rng.randint(0, 30))) for _ in range(5000)]
    for text in texts:
        assert skeleton(text) == _without_marks(text)
    assert any(skeleton(text) != text for text in texts)
