"""The cheaper looks of the reader's post-checks (``handlers.registry``) and of the query rules
(``handlers.queries``) change no reading: each is tested against the look it stands before,
over every typed line (the development corpus and the golden conversations)."""

from __future__ import annotations

import dataclasses
import inspect
from functools import cache

from handlers import intents, queries, registry
from handlers.intents import Help, SmallTalk, Status
from handlers.nlu.evaluation import TODAY
from handlers.nlu.matcher import CARDED_VALUES
from handlers.nlu.time_worries import report_before_time_worry
from tests.fakes.understanding import distinct, typed_lines


@cache
def _lines() -> tuple[str, ...]:
    return tuple(distinct(typed_lines()))


@cache
def _readings() -> tuple[object, ...]:
    """What the rules read of every typed line (the readings the post-checks look at)."""
    return tuple(registry._UNDERSTANDER.understand(line, today=TODAY).intent for line in _lines())


def test_a_worry_about_time_is_read_only_from_a_text_holding_its_word() -> None:
    """``_understand`` looks for "ทัน" before ``report_before_time_worry``."""
    without = [line for line in _lines() if "ทัน" not in line]
    assert len(without) > 10_000
    assert [line for line in without if report_before_time_worry(line) is not None] == []
    assert any(report_before_time_worry(line) for line in _lines() if "ทัน" in line)


def test_a_reading_equals_the_status_or_the_greeting_only_of_their_own_class() -> None:
    """The class compared before ``==`` (``_STATUS_ALONE``, ``_GREETING``) answers the same."""
    readings = _readings()
    assert len(readings) > 10_000
    for alone, kind in ((registry._STATUS_ALONE, Status), (registry._GREETING, SmallTalk)):
        assert any(reading == alone for reading in readings)
        assert [r for r in readings if (r == alone) != (r.__class__ is kind and r == alone)] == []
    # No intent is a Status or a SmallTalk by a subclass, nor has an equality of its own.
    classes = [
        c
        for _, c in inspect.getmembers(intents, inspect.isclass)
        if c.__module__ == intents.__name__
    ]
    for cls in classes:
        assert cls in (Status, SmallTalk) or not issubclass(cls, (Status, SmallTalk))
        if dataclasses.is_dataclass(cls):
            assert cls.__eq__.__qualname__ == f"{cls.__qualname__}.__eq__"  # generated


def test_a_name_word_naming_an_indicator_is_one_whatever_is_asked() -> None:
    """``_cue_typo_in_name`` looks the name up among the naming words before the question."""
    assert registry._naming_words()
    assert all(registry._names_an_indicator(word) for word in registry._naming_words())


def test_the_hoisted_classes_are_those_looked_at() -> None:
    assert (Help, *CARDED_VALUES) == registry._HELP_OR_CARDED
    assert (intents.MarkStep, intents.RegisterUnit) == registry._FAILED_ON
    # A reading of another class is no complaint about the bot.
    assert not registry._bot_failed(Help(), "ส่งแผนแล้วบอทไม่ตอบ")


def test_the_query_rules_are_loaded() -> None:
    # (Their cheaper looks are reorders of pure tests in an ``and``: the readings are the
    # corpus and golden tests'.)
    assert callable(queries._query(intents.Aspect.SUMMARY))
