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


def _normalise_module():  # noqa: ANN202 -- the package's ``normalise`` is the function
    import sys

    import handlers.nlu.normalise  # noqa: F401

    return sys.modules["handlers.nlu.normalise"]


def test_an_extraction_is_built_as_its_dataclass_would_build_it() -> None:
    from dataclasses import fields
    from datetime import date

    from handlers.nlu.extract import Extraction, Number, extract

    for text in ("สถานะ", "ส่งผล ขยะ 52.3", "ตัวชี้วัด 2.1 = 85%", "ปี 68 ขยะ 1,462 ครับ"):
        found = extract(text, today=date(2025, 1, 15), links=("https://a.b",))
        assert list(vars(found)) == [f.name for f in fields(Extraction)]
        assert found == Extraction(**vars(found))
        assert hash(found) == hash(Extraction(**vars(found)))
        assert repr(found) == repr(Extraction(**vars(found)))
        for number in found.numbers:
            assert list(vars(number)) == [f.name for f in fields(Number)]
            assert number == Number(**vars(number))


def test_links_are_built_as_their_dataclass_would_build_them() -> None:
    from dataclasses import fields

    from handlers.nlu.web_links import Links, cut_links

    for text in ("สถานะ", "ส่งแล้ว https://drive.google.com/x ค่ะ", "ดู javascript:alert(1)"):
        found = cut_links(text)
        assert list(vars(found)) == [f.name for f in fields(Links)]
        assert found == Links(**vars(found))
        assert hash(found) == hash(Links(**vars(found)))


def test_characters_are_translated_a_run_at_a_time_as_all_at_once() -> None:
    from handlers.nlu import typos
    from kpi_core import thai_numbers

    normalise = _normalise_module()
    pick = random.Random(13).choice
    letters = [
        "ขยะ",
        "ที่",
        "ไ",
        "๕",
        "๐",
        "5",
        "A",
        "PMQA",
        "pmqa",
        "\u200b",
        "\ufeff",
        " ",
        "É",
        "🙏",
    ]
    for _ in range(5000):
        text = "".join(pick(letters) for _ in range(pick((0, 1, 4, 8))))
        as_translated = normalise._CHARACTERS_RE.sub(normalise._translated, text)
        assert as_translated == text.translate(normalise._CHARACTERS), text
        assert thai_numbers.arabic_digits(text) == text.translate(thai_numbers._TO_ARABIC), text
        no_marks = text.translate(dict.fromkeys(map(ord, typos._MARKS)))
        assert typos.skeleton(text) == no_marks, text
