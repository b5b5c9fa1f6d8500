"""The cheap tests in front of the unit pattern's look-behinds: the pattern finds the same
units as the pattern without them (over every typed line and random texts of its letters)."""

from __future__ import annotations

import random
import re

from handlers.nlu import slots
from tests.fakes.understanding import distinct, typed_extractions


def _plain_unit_pattern() -> re.Pattern[str]:
    """The unit pattern as it reads without the tests ahead: no look-ahead before a name, and
    แทน not preceded by ตอบ or ทด said before it."""
    pattern = slots._UNIT_RE.pattern.pattern
    for ahead in (slots._THAI_AHEAD, slots._PREFIX_AHEAD, slots._SHORT_AHEAD, slots._LATIN_AHEAD):
        assert ahead in pattern
        pattern = pattern.replace(ahead, "")
    behind = "แทน(?<!ตอบแทน)(?<!ทดแทน)"
    assert pattern.startswith(behind)
    return re.compile("(?<!ตอบ)(?<!ทด)แทน" + pattern.removeprefix(behind))


def _units(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


def _texts() -> list[str]:
    typed = [t for line, normal, _ in typed_extractions() for t in (line, line.lower(), normal)]
    letters = "กองสำนักศูนย์ลุ่มฝาแทนตอบทดล้วก็ส่วนับและหรือว่าของจ.สนง.ฯปทุม abcdivison,\t1ๆ"
    rng = random.Random(9)
    typed += ["".join(rng.choices(letters, k=rng.randint(0, 24))) for _ in range(30_000)]
    typed += ["ค่าตอบแทนกองคลัง", "ทดแทน กค.", "แทนกองคลัง", "กับกค.และสป.รง", "ของศทส.", "ว่าจ.ปทุมฯ"]
    return distinct(typed)


def test_the_unit_pattern_finds_what_it_finds_without_its_cheap_tests() -> None:
    plain, fast = _plain_unit_pattern(), slots._UNIT_RE.pattern
    assert plain.pattern != fast.pattern
    for text in _texts():
        assert _units(fast, text) == _units(plain, text), text


def test_the_cheap_tests_leave_the_unit_guard_its_literals() -> None:
    assert slots._UNIT_RE.literals == slots.Guarded(_plain_unit_pattern()).literals
