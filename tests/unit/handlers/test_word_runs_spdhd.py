"""A few words between two cues, matched in time linear in the text.

"ส่ง\\S*\\s?(?:\\S+\\s?){0,3}?แล้ว\\s?ยัง" lets ``re`` cut one run of letters into up to four
pieces in every way there is: a long Thai message typed without spaces cost it seconds. The
same stretch written ``\\S*(?:\\s\\S+){0,3}\\s?`` has one way to match any text (a space
begins each word after the first), and holds the same texts: letters, at most four single
spaces, and a fourth space only at its end. Each pattern rewritten so is only asked whether
it matches, and a stretch holding the same texts leaves that answer as it was.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

import handlers
import handlers.nlu
from handlers import rule_questions
from handlers.deadlines import _SENT_YET_RE
from handlers.nlu import evidence, verdicts
from handlers.nlu.guards import Guarded
from handlers.nlu.instructions import _TO_THE_ASKER_OR_DONE_RE
from handlers.nlu.normalise import _SENT_BY_RE
from handlers.queries import _OVERALL_TIER_TOLD_RE, _PILLARS_COUNTED_RE
from handlers.registry import _REGISTER_FAVOUR_RE


def _texts(letters: str, longest: int) -> list[str]:
    return [
        "".join(chars)
        for size in range(longest + 1)
        for chars in itertools.product(letters, repeat=size)
    ]


_SHORT_TEXTS = _texts("a \n", 10)


@pytest.mark.parametrize("words", [1, 2, 3, 4])
@pytest.mark.parametrize("lazy", ["", "?"])
def test_the_linear_stretch_holds_the_texts_the_nested_one_did(words: int, lazy: str) -> None:
    nested = re.compile(rf"\S*\s?(?:\S+\s?){{0,{words}}}{lazy}")
    linear = re.compile(rf"\S*(?:\s\S+){{0,{words}}}{lazy}\s?")
    differ = [t for t in _SHORT_TEXTS if bool(nested.fullmatch(t)) != bool(linear.fullmatch(t))]
    assert not differ
    assert any(linear.fullmatch(t) for t in _SHORT_TEXTS if t.count(" ") == words + 1)


@pytest.mark.parametrize("words", [1, 3])
def test_the_linear_stretch_finds_a_cue_where_the_nested_one_did(words: int) -> None:
    # Between two cues (one letter each), searched: a match is found in the same texts.
    nested = re.compile(rf"P\S*\s?(?:\S+\s?){{0,{words}}}?T")
    linear = re.compile(rf"P\S*(?:\s\S+){{0,{words}}}?\s?T")
    texts = _texts("aPT ", 8)
    assert [t for t in texts if bool(nested.search(t)) != bool(linear.search(t))] == []


# Each rewritten pattern, a long message typed without a space holding its first cue, and the
# words that make it match when they close that message.
_LONG = "ภาพรวมตัวชี้วัดของสำนักงานปลัดกระทรวง" * 60
_REWRITTEN = {
    "queries._OVERALL_TIER_TOLD_RE": (_OVERALL_TIER_TOLD_RE, "ภาพรวม" + _LONG, "ได้ระดับ NUM"),
    "deadlines._SENT_YET_RE": (_SENT_YET_RE, "ส่ง" + _LONG, "แล้วหรือยัง"),
    "queries._PILLARS_COUNTED_RE": (_PILLARS_COUNTED_RE, "pillar" + _LONG, "ได้ NUM ตัว"),
    "normalise._SENT_BY_RE": (_SENT_BY_RE, "ส่ง" + _LONG, "ทางไลน์"),
    "registry._REGISTER_FAVOUR_RE": (_REGISTER_FAVOUR_RE, "ลงทะเบียน" + _LONG, "ให้ได้ไหม"),
}


@pytest.mark.parametrize("name", sorted(_REWRITTEN))
def test_a_long_message_without_spaces_is_read_through(name: str) -> None:
    pattern, text, closing = _REWRITTEN[name]
    assert pattern.search(text) is None
    assert pattern.search(f"{text}{closing}") is not None


def test_a_long_urging_without_spaces_is_read_through() -> None:
    # Matched where the urging ends: "…ส่งแผน" and what follows it.
    assert _TO_THE_ASKER_OR_DONE_RE.match(_LONG) is None
    assert _TO_THE_ASKER_OR_DONE_RE.match(f"{_LONG}ให้หน่อย") is not None


def _splits_words(items: Any) -> bool:
    """Whether a parsed pattern repeats a run of letters (``\\S+``) whose end needs no space:
    ``re`` may then cut one run into pieces in every way."""
    for op, value in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[1] > 1:
            body = list(value[2])
            if (
                len(body) == 2
                and _is_run_of(body[0], sre.CATEGORY_NOT_SPACE, least=1)
                and _is_run_of(body[1], sre.CATEGORY_SPACE, least=0)
            ):
                return True
        for child in _children(op, value):
            if _splits_words(child):
                return True
    return False


def _is_run_of(item: Any, category: Any, least: int) -> bool:
    op, value = item
    if op not in (sre.MAX_REPEAT, sre.MIN_REPEAT) or value[0] != least:
        return False
    (inner,) = value[2] if len(value[2]) == 1 else (None,)
    return inner == (sre.IN, [(sre.CATEGORY, category)])


def _children(op: Any, value: Any) -> list[Any]:
    if op is sre.SUBPATTERN:
        return [value[3]]
    if op is sre.BRANCH:
        return list(value[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [value[2]]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [value[1]]
    if op is sre.ATOMIC_GROUP:
        return [value]
    return []


def _patterns() -> dict[str, re.Pattern[str]]:
    found = {}
    for package in (handlers, handlers.nlu):
        for module in pkgutil.iter_modules(package.__path__):
            loaded = importlib.import_module(f"{package.__name__}.{module.name}")
            for name, value in vars(loaded).items():
                pattern = value.pattern if isinstance(value, Guarded) else value
                if isinstance(pattern, re.Pattern):
                    found[f"{module.name}.{name}"] = pattern
    return found


# Still cut so: their matches' spans are read (a pattern rewritten must then also keep which
# match ``re`` finds first), each is tried only after a cue and for at most three words.
_STILL_SPLITTING = {
    pattern.pattern
    for pattern in (
        evidence.DOCUMENTS_RE,
        evidence.FORM_SHORT_RE,
        evidence.INCOMPLETE_DOCUMENTS_RE,
        evidence._INCOMPLETE_RE,
        rule_questions._NOT_OF_THE_FORM,  # FORM_SHORT_RE's words among its own
        verdicts._CHECKED_THEN_TOLD_RE,
    )
}


def test_the_shape_is_recognised() -> None:
    assert _splits_words(sre_parse.parse(r"x(?:\S+\s?){0,3}?y"))
    assert not _splits_words(sre_parse.parse(r"x\S*(?:\s\S+){0,3}?\s?y"))
    assert not _splits_words(sre_parse.parse(r"^(?:\S+\s){0,3}y"))  # a space ends each run


def test_no_other_pattern_cuts_a_run_of_letters_in_pieces() -> None:
    splitting = {
        name
        for name, pattern in _patterns().items()
        if _splits_words(sre_parse.parse(pattern.pattern, pattern.flags))
        and pattern.pattern not in _STILL_SPLITTING
    }
    assert not splitting
