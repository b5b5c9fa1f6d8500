"""Button data: a typed, versioned codec that typed text can never imitate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from handlers import postbacks
from handlers.intents import (
    Aspect,
    Cancel,
    ChooseIndicator,
    Confirm,
    History,
    IndicatorQuery,
    MarkStep,
    PostponeReminder,
    Status,
    StepDetails,
    SubmitBaseline,
    SubmitValue,
)
from handlers.registry import understand

BUTTONS = [
    Confirm("abc123"),
    Confirm("AbC-123_x"),
    Cancel("abc123"),
    ChooseIndicator("3", IndicatorQuery("", Aspect.RESULT)),
    ChooseIndicator("2.1", SubmitValue("", Decimal("52.3"), "๕๒.๓", percent=True, unit="กองคลัง")),
    ChooseIndicator("10", History("")),
    ChooseIndicator("8", SubmitBaseline("", Decimal(380), "380", year=2566)),
    MarkStep(step="3"),
    MarkStep(step="3", unit="ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"),
    StepDetails("5", "1"),
    PostponeReminder("3", "1"),
    Status(detail=True),
    Status(unit="ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", detail=True),
]


@pytest.mark.parametrize("intent", BUTTONS, ids=repr)
def test_a_button_means_exactly_the_intent_it_was_made_for(intent: object) -> None:
    assert postbacks.decode(postbacks.encode(intent)) == intent


@pytest.mark.parametrize("intent", BUTTONS, ids=repr)
def test_button_data_fits_lines_limit(intent: object) -> None:
    assert len(postbacks.encode(intent)) <= 300


@pytest.mark.parametrize(
    "data",
    [
        "confirm:abc123",
        "pick:2:submit:Infinity:",
        "v0:{}",
        "v1:",
        "v1:not json",
        'v1:{"t":"Unknown"}',
        'v1:{"t":"ChooseIndicator","code":"4"}',
        'v1:{"t":"ChooseIndicator","code":"4","then":{"t":"Confirm","token":"x"}',
        "v1:[]",
    ],
)
def test_data_this_version_did_not_write_means_nothing(data: str) -> None:
    assert postbacks.decode(data) is None


@pytest.mark.parametrize(
    "text",
    ["confirm:abc123", "pick:2:submit:Infinity:", postbacks.encode(Confirm("abc123"))],
)
def test_typed_text_that_looks_like_a_button_is_never_a_button(text: str) -> None:
    intent = understand(text, today=date(2025, 1, 28)).intent
    assert not isinstance(intent, Confirm | Cancel | ChooseIndicator)


def test_data_too_long_for_line_is_refused_when_the_button_is_made() -> None:
    with pytest.raises(ValueError, match="300"):
        postbacks.encode(Confirm("x" * 300))
