"""The rule table is data: every rule can be built, matched and read on its own."""

from __future__ import annotations

import re

import pytest

from handlers.nlu.patterns import (
    DELIVERABLE_WORDS,
    INDICATOR_WORDS,
    phrase_regex,
    phrase_search_regex,
    words,
)
from handlers.registry import SPECS

RULES = [rule for spec in SPECS for rule in spec.rules]


def test_no_cue_group_holds_an_empty_phrase() -> None:
    groups = [g for rule in RULES for g in (*rule.cues, rule.unless) if g]
    assert all(all(words(g)) for g in groups)


def test_a_thai_cue_matches_across_the_spaces_people_type() -> None:
    regex = re.compile(phrase_regex("ยังไม่ส่ง|ส่งผล"))
    assert regex.fullmatch("ยัง ไม่ ส่ง") and regex.fullmatch("ส่ง ผล")


def test_an_ascii_cue_matches_only_a_whole_word() -> None:
    regex = re.compile(phrase_regex("ok|kpi"))
    assert regex.search("ok ครับ") and regex.search("kpi 3") and regex.search("=kpi")
    assert not regex.search("token") and not regex.search("kpis")


def test_the_longest_phrase_of_a_group_is_tried_first() -> None:
    assert re.match(phrase_regex("ผ่าน|ผ่านเกณฑ์"), "ผ่านเกณฑ์ไหม").group(0) == "ผ่านเกณฑ์"


@pytest.mark.parametrize(
    "group", [INDICATOR_WORDS, DELIVERABLE_WORDS, "ab|abc|b c|xyz|ส่งผล|ส่ง|ผลงาน|kpi|e service"]
)
def test_a_phrase_search_matches_as_the_plain_alternation(group: str) -> None:
    plain, led = re.compile(phrase_regex(group)), re.compile(phrase_search_regex(group))
    phrases = words(group)
    texts = [
        "ส่งรายงานผลทาง google drive แล้ว",
        "ตัว ชี้วัด ขยะ kpi3 e service",
        *(f"x {a}{b} y" for a in phrases[:12] for b in phrases[:12]),
    ]
    for text in texts:
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert led.sub("_", text) == plain.sub("_", text)
