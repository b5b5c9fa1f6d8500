"""Searches that replaced a pattern compiled for each message find what the pattern found."""

from __future__ import annotations

import random
import re

import pytest

from handlers.nlu.extract import as_typed
from handlers.queries import _CALLED_GAP, _follows
from kpi_core.thai_numbers import THAI_DIGITS


def _as_typed_by_pattern(raw: str, original: str) -> str:
    parts = []
    for char in raw:
        if "0" <= char <= "9":
            parts.append(f"[{char}{THAI_DIGITS[int(char)]}]")
        else:
            parts.append(r"\s*" if char.isspace() else re.escape(char))
    found = re.search("".join(parts), original, re.IGNORECASE)
    return found.group(0) if found else raw


@pytest.mark.parametrize(
    ("raw", "original", "typed"),
    [
        ("52.3", "ส่งผล ขยะ ๕๒.๓ ครับ", "๕๒.๓"),
        ("1,462", "อัปเดต e-Service 1,462", "1,462"),
        ("kpi", "KPI 3 ได้เท่าไหร่", "KPI"),
        ("11.4%", "ลดลง 11.4% ค่ะ", "11.4%"),
        ("52.3", "ขยะ 52.3 🙏", "52.3"),  # an emoji: the pattern itself
        ("1 462", "e-service 1462", "1462"),  # a space typed or not: the pattern itself
        ("53", "ขยะ 52.3", "53"),  # not typed: given back as read
    ],
)
def test_a_value_is_given_as_typed(raw: str, original: str, typed: str) -> None:
    assert as_typed(raw, original) == typed == _as_typed_by_pattern(raw, original)


def test_the_plain_search_finds_what_the_pattern_finds_on_random_texts() -> None:
    pick = random.Random(7).choice
    letters = ["ขยะ", " ", "๕", "5", "2", ".", ",", "%", "K", "k", "p", "I", "i", "ตัว", "\n"]
    for _ in range(5000):
        original = "".join(pick(letters) for _ in range(8))
        raw = "".join(pick(["5", "2", ".", "k", "i", "ขยะ", "%"]) for _ in range(2))
        assert as_typed(raw, original) == _as_typed_by_pattern(raw, original), (raw, original)


def test_words_after_the_word_indicator_are_found_as_the_pattern_found_them() -> None:
    pick = random.Random(11).choice
    letters = ["ตัวชี้วัด", "kpi", "ขยะ", " ", "\n", "ของ", "เรื่อง", "ตัว", "ชี้วัด", "a"]
    for _ in range(5000):
        text = "".join(pick(letters) for _ in range(6))
        head = "".join(pick(letters[2:]) for _ in range(2))[:8]
        for word in ("ตัวชี้วัด", "kpi"):
            pattern = rf"{word}.{{0,{_CALLED_GAP}}}{re.escape(head)}"
            assert _follows(text, word, head) == bool(re.search(pattern, text)), (text, head)
