"""The cheap tests in front of the normalising passes change no reading: wherever a test turns a
text away, the pass it stands before leaves that text as it is.

Checked over every typed line (the development corpus and the golden conversations), as typed,
in lower case and normalised, and over the very texts each pass is handed while those lines
are normalised.
"""

from __future__ import annotations

import random
import re
import sys
from functools import cache

import pytest

import handlers.nlu.normalise  # noqa: F401 (the module, read from sys.modules below)
from handlers.nlu.guards import literal_trie
from handlers.nlu.web_links import _LINK_RE, _MAY_HOLD_A_LINK_RE, cut_links
from tests.fakes.random_texts import glued
from tests.fakes.understanding import texts_handed

# ``handlers.nlu`` exports the function ``normalise`` under the module's own name.
_NORMALISE = sys.modules["handlers.nlu.normalise"]
_SPOKEN = sys.modules["handlers.nlu.spoken"]


@cache
def _handed() -> dict[str, tuple[str, ...]]:
    """Every typed line as typed, in lower case and normalised, with the texts ``written`` and
    ``_nothing_to_strip`` (``strip_particles``' test) are handed while the lines are normalised."""
    return texts_handed(_NORMALISE, ("written", "_nothing_to_strip"))


def test_the_typed_lines_are_read() -> None:
    assert len(_handed()["typed"]) > 10_000
    assert len(_handed()["written"]) > len(_handed()["typed"]) // 2


def test_a_text_the_spoken_gate_turns_away_has_no_spoken_form() -> None:
    turned_away = [t for t in _handed()["written"] if _SPOKEN._MAY_BE_SPOKEN_RE.search(t) is None]
    assert len(turned_away) > 1_000
    assert [t for t in turned_away if _SPOKEN._written(t) != t] == []


def test_the_spoken_gate_finds_what_its_trie_beside_the_untoned_mai_found() -> None:
    # ไม without its tone mark is a branch of the trie's ไ: the texts found are those the
    # trie with ``|ไม(?!่)`` beside it found.
    beside = re.compile(literal_trie(_SPOKEN._SPOKEN_CUES) + "|ไม(?!\u0e48)")
    words = [*sorted(_SPOKEN._SPOKEN_CUES), "ไม", "ไม่", "ไม้", "ไมค์", "ใม"]
    rng = random.Random(9)
    texts = [*_handed()["written"], *words]
    texts += [
        "".join(glued(rng, words, texts[:3000], most=4, word_share=0.4, longest=8))
        for _ in range(4000)
    ]
    found = [t for t in texts if beside.search(t) is not None]
    gate = _SPOKEN._MAY_BE_SPOKEN_RE
    differ = [t for t in texts if (gate.search(t) is None) != (beside.search(t) is None)]
    assert len(found) > 2000
    assert differ == []


def test_a_text_with_nothing_to_strip_keeps_its_end() -> None:
    kept = [t for t in _handed()["_nothing_to_strip"] if _NORMALISE._nothing_to_strip(t)]
    assert len(kept) > 1_000
    assert [t for t in kept if _NORMALISE._particles_stripped(t) != t] == []


@pytest.mark.parametrize(
    "text",
    ["ขยะ 52.3 ครับบ", "ส่งแล้วค่ะะ", "ส่งแล้วเจ้า", "ส่งแล้ว ", "ส่งแล้ว!", "ส่งแล้ว.", "", "นะ"],
)
def test_an_end_a_particle_may_hold_is_stripped_as_before(text: str) -> None:
    assert not _NORMALISE._nothing_to_strip(text)


def test_a_text_the_link_gate_turns_away_holds_no_link() -> None:
    turned_away = [
        t for t in _handed()["typed"] if ":" not in t and _MAY_HOLD_A_LINK_RE.search(t) is None
    ]
    assert len(turned_away) > 1_000
    assert [t for t in turned_away if _LINK_RE.search(t) is not None] == []


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("แผนอยู่ที่ WWW.example.go.th ค่ะ", "https://WWW.example.go.th"),
        ("ส่งใน drive.google.com/x/abc แล้ว", "https://drive.google.com/x/abc"),
        ("ไฟล์ Docs.Google.Com/d/1 ครับ", "https://Docs.Google.Com/d/1"),
    ],
)
def test_a_link_typed_without_its_scheme_is_still_cut(text: str, link: str) -> None:
    assert cut_links(text).valid == (link,)
