"""A message read by ``understand`` and settled against a seed organisation, compared as the
labelled corpus compares readings (``handlers.nlu.evaluation.meaning``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from handlers.nlu.evaluation import TODAY, Meaning, meaning
from handlers.registry import understand
from tests.fakes.seed import budget_bureau, labour, ocsc, pathum_thani

# The seed organisations by the letter the family tables use.
SEED_ORGS = {"L": labour, "P": pathum_thani, "B": budget_bureau, "O": ocsc}


def settled(text: str, org: str = "L") -> Meaning:
    """What ``text`` means to organisation ``org`` (a key of ``SEED_ORGS``) on the corpus day."""
    return meaning(understand(text, today=TODAY).intent, SEED_ORGS[org]())


def readings(cases: Sequence[tuple[str, str, str, dict[str, Any]]]) -> pytest.MarkDecorator:
    """A family table's rows (organisation key, text, intent, settled slots) as the parameters
    ``org, text, intent, slots`` of a test, each named by its text."""
    return pytest.mark.parametrize(
        ("org", "text", "intent", "slots"), cases, ids=[case[1] for case in cases]
    )
