"""The short cuts taken for speed in building what a message is read into: each makes what the
plain way makes (the same instances, the same claims, the same answers)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from handlers.intents import (
    _STORING,
    Intent,
    ReminderAction,
    ReminderSettings,
    Status,
    SubmitValue,
    Unknown,
    stores,
)
from handlers.nlu import extract as extract_module
from handlers.nlu.extract import Extraction, Number, Span, extract
from handlers.nlu.frozen import built, built_from
from handlers.nlu.matcher import Understanding
from handlers.nlu.slots import Found
from tests.fakes.understanding import distinct, typed_extractions


def _same(made: object, plain: object) -> None:
    assert made == plain
    assert hash(made) == hash(plain)
    assert repr(made) == repr(plain)
    assert vars(made) == vars(plain)
    assert type(made) is type(plain)


def test_built_makes_what_the_constructor_makes_and_keeps_no_dict_of_the_caller() -> None:
    fields = {"intent": Status(), "normalised": "สถานะ", "corrected": "", "later": ""}
    made = built(Understanding, **fields)
    _same(made, Understanding(**fields))
    fields["normalised"] = "changed"  # the keyword arguments' dict is a new one
    assert made.normalised == "สถานะ"
    number = {"value": Decimal("52.3"), "raw": "52.3", "start": 4, "end": 8, "percent": False}
    _same(built_from(Number, dict(number)), Number(**number))
    _same(built_from(Unknown, {"text": "x"}), Unknown(text="x"))


def test_every_extraction_read_is_the_one_its_constructor_makes() -> None:
    extractions = [extraction for _, _, extraction in typed_extractions()]
    extractions.append(extract("ส่งผล ขยะ 52.3", today=date(2025, 1, 15), links=("https://a.b",)))
    extractions.append(extract("ขยะ inf", today=date(2025, 1, 15), refused=("ftp://a.b",)))
    assert len(extractions) > 1000
    for extraction in extractions:
        _same(extraction, Extraction(**vars(extraction)))


def test_found_is_built_as_its_init_builds_it() -> None:
    extraction = extract("ส่งผล ขยะ 52.3", today=date(2025, 1, 15))
    made = built_from(Found, {"extraction": extraction, "remainder": "ขยะ", "original": "x"})
    _same(made, Found(extraction=extraction, remainder="ขยะ", original="x"))


def _stores_plainly(intent: object) -> bool:
    if isinstance(intent, ReminderSettings):
        return intent.action is not ReminderAction.SHOW
    return isinstance(intent, _STORING)


def test_stores_answers_by_kind_as_isinstance_does() -> None:
    kinds = Intent.__args__
    assert len(kinds) > 20
    # Only the type is asked of the others: no fields needed.
    intents: list[object] = [object.__new__(kind) for kind in kinds if kind is not ReminderSettings]
    intents += [ReminderSettings(action=action) for action in ReminderAction]

    class Submitted(SubmitValue):  # a kind the table does not list: asked as before
        pass

    intents += [object.__new__(Submitted), "ส่งผล", None, 5]
    for intent in intents:
        assert stores(intent) is _stores_plainly(intent), intent


def _claim_plainly(
    pattern: re.Pattern[str], text: str, taken: list[Span], mark: str
) -> list[re.Match[str]]:
    """``_claim`` as first written: every match tested, then the ones kept taken at once."""
    found = [
        m
        for m in pattern.finditer(text)
        if not any(m.end() > s and m.start() < e for s, e, _ in taken)
    ]
    taken.extend((*m.span(), mark) for m in found)
    return found


@pytest.mark.parametrize(
    "name", ["_NUMBER_RE", "_DAYS_TOLD_RE", "_KPI_RE", "_STEP_RE", "_NAMED_RE", "_MONTH_RE"]
)
def test_a_claim_taken_match_by_match_takes_what_one_taken_after_takes(name: str) -> None:
    pattern = getattr(extract_module, name)
    texts = distinct(normalised for _, normalised, _ in typed_extractions())
    for text in [*texts, "a", "aaa", ""]:
        for before in ([], [(0, 2, "DATE")]):
            taken, plain = list(before), list(before)
            found = extract_module._claim(pattern, text, taken, "X")
            assert [m.span() for m in found] == [
                m.span() for m in _claim_plainly(pattern, text, plain, "X")
            ]
            assert taken == plain


def test_a_text_without_n_nor_infinity_holds_no_word_of_a_non_finite_number() -> None:
    words = extract_module._MAY_BE_NON_FINITE.pattern.split("|")
    assert words and all("n" in word or word == "∞" for word in words)
    assert all(extract_module._NON_FINITE_RE.search(word) for word in words)


def test_the_month_gate_then_its_pattern_finds_what_the_guarded_pattern_finds() -> None:
    guarded = extract_module._MONTH_RE
    for text in distinct(normalised for _, normalised, _ in typed_extractions()):
        if not guarded.may_match(text):
            assert list(guarded.finditer(text)) == []
            assert guarded.pattern.search(text) is None
