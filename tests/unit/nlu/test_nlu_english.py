"""English phrasing teams mix in: English words read as the Thai words the rules know
(``data/nlu/english_words.txt``), with the same question-or-write decision as Thai."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.intents import WRITES
from handlers.nlu.english import thai_words
from handlers.nlu.evaluation import TODAY
from handlers.registry import understand
from tests.fakes.understanding import settled

CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # A finished step, with its channel and when.
    ("L", "plan sent via email", "MarkStep", {"step": "3", "channel": "email"}),
    ("L", "plan uploaded to google drive", "MarkStep", {"step": "3", "channel": "google_drive"}),
    (
        "L",
        "plan submitted yesterday",
        "MarkStep",
        {"step": "3", "done_on": "2025-01-14"},
    ),
    # A value with its measure words in English.
    (
        "P",
        "tourism income 1,650 million baht",
        "SubmitValue",
        {"indicator": "3", "value": "1650", "raw_value": "1,650"},
    ),  # fmt: skip
    # A no to what is pending, in the words people add to it.
    ("L", "cancel that please", "Cancel", {}),
    ("L", "no, cancel it", "Cancel", {}),
    ("L", "yes please", "Confirm", {}),
    # Questions in English stay questions.
    ("L", "who hasn't submitted the plan?", "Missing", {"step": "3"}),
    ("L", "who has not sent the plan yet", "Missing", {"step": "3"}),
]


@pytest.mark.parametrize(("org", "text", "intent", "slots"), CASES)
def test_an_english_message_is_read_like_its_thai_words(
    org: str, text: str, intent: str, slots: dict[str, Any]
) -> None:
    assert settled(text, org) == (intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "was the plan submitted via google drive?",
        "was the plan submitted via google drive",
        "has the plan been sent yet",
        "did we submit the plan",
        "can we send the plan by email",
        "is tourism revenue 1,700 million baht",
        "plan submitted already?",
    ],
)
def test_an_english_question_never_starts_a_write(text: str) -> None:
    assert not isinstance(understand(text, today=TODAY).intent, WRITES)


def test_english_words_inside_names_and_links_are_left_alone() -> None:
    assert thai_words("ส่งผล e-budgeting 80") == "ส่งผล e-budgeting 80"
    assert thai_words("dg readiness ได้ 78.4") == "dg readiness ได้ 78.4"
    assert thai_words("planning ส่งแล้ว") == "planning ส่งแล้ว"  # whole words only
    assert thai_words("plan sent") == "แผน ส่งแล้ว"
