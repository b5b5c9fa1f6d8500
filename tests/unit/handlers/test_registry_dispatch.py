"""The dispatch of an ask-back's pick (``ChooseIndicator``): the waiting question or submission
continues with the indicator picked, exactly as if the user had named it."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from handlers.intents import Aspect, ChooseIndicator, History, IndicatorQuery, SubmitValue
from handlers.registry import dispatch
from tests.fakes.chat import context
from tests.fakes.ports import FakePorts
from tests.fakes.reading import cards, meanings
from tests.fakes.seed import PATHUM


@pytest.mark.parametrize(
    "then",
    [IndicatorQuery("", Aspect.CRITERIA), IndicatorQuery("", Aspect.FORMULA), History()],
    ids=["criteria", "formula", "history"],
)
def test_a_pick_answers_as_the_question_naming_the_indicator(
    pathum: FakePorts, then: IndicatorQuery | History
) -> None:
    picked = dispatch(ChooseIndicator("2", then), context(pathum, PATHUM))
    named = dispatch(replace(then, indicator="2"), context(pathum, PATHUM))
    assert picked == named


def test_a_pick_continues_a_submission_with_its_value(pathum: FakePorts) -> None:
    then = SubmitValue("", Decimal("52.3"), "52.3")
    dispatch(ChooseIndicator("4", then), context(pathum, PATHUM))
    (pending,) = pathum.pending.added
    assert (pending.submission.indicator_code, pending.submission.value) == ("4", Decimal("52.3"))


def test_every_button_of_an_ask_back_answers_its_own_indicator(bureau: FakePorts) -> None:
    asked = dispatch(IndicatorQuery("งบประมาณ", Aspect.SCORE), context(bureau, None))
    for pick in meanings(asked.quick_replies):
        assert isinstance(pick, ChooseIndicator)
        (card,) = cards(dispatch(pick, context(bureau, None)))
        assert card.title.startswith(f"{pick.code}. ")
