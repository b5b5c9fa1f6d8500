"""The intent table: every intent declared once, with a handler, and rules that never tie."""

from __future__ import annotations

import typing
from collections import Counter

from handlers.intents import Intent
from handlers.registry import HANDLERS, SPECS


def test_every_intent_has_exactly_one_declaration() -> None:
    declared = Counter(spec.intent for spec in SPECS)
    assert set(declared) == set(typing.get_args(Intent))
    assert [intent for intent, count in declared.items() if count > 1] == []


def test_every_declaration_has_a_handler() -> None:
    assert all(callable(HANDLERS[intent]) for intent in typing.get_args(Intent))


def test_rules_of_different_intents_never_share_a_priority() -> None:
    owners: dict[int, set[type]] = {}
    for spec in SPECS:
        for rule in spec.rules:
            owners.setdefault(rule.priority, set()).add(spec.intent)
    assert {p: names for p, names in owners.items() if len(names) > 1} == {}


def test_only_the_fallback_and_button_intents_have_no_rules() -> None:
    ruleless = {spec.intent.__name__ for spec in SPECS if not spec.rules}
    assert ruleless == {"Unknown", "ChooseIndicator"}
