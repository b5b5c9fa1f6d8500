"""The intent table: every intent once, with its handler and the rules that read it.

``understand`` reads a chat message with every rule of the table; ``dispatch`` answers an
intent with its handler. A test checks the table against the ``Intent`` union both ways.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from handlers import (
    baselines,
    confirmations,
    deadlines,
    desk,
    help_text,
    membership,
    queries,
    reminder_actions,
    reminder_settings,
    rule_questions,
    small_talk,
    step_submissions,
    team,
    unit_admin,
    value_submissions,
    year_close,
)
from handlers.context import Context
from handlers.intent_spec import IntentSpec
from handlers.intents import ChooseIndicator, Intent
from handlers.nlu import tokenize
from handlers.nlu.matcher import Understander, Understanding
from handlers.replies import Reply


def handle_choose_indicator(intent: ChooseIndicator, ctx: Context) -> Reply:
    """Continue the question or submission that was waiting for an indicator choice."""
    return dispatch(replace(intent.then, indicator=intent.code), ctx)


SPECS: tuple[IntentSpec, ...] = (
    *confirmations.SPECS,
    *help_text.SPECS,
    *membership.SPECS,
    *unit_admin.SPECS,
    *reminder_settings.SPECS,
    *desk.SPECS,
    *reminder_actions.SPECS,
    *deadlines.SPECS,
    *queries.SPECS,
    *rule_questions.SPECS,
    *step_submissions.SPECS,
    *baselines.SPECS,
    *value_submissions.SPECS,
    *year_close.SPECS,
    *small_talk.SPECS,
    *team.SPECS,
    IntentSpec(ChooseIndicator, handle_choose_indicator),  # a button of an ask-back
)
HANDLERS = {spec.intent: spec.handle for spec in SPECS}
_UNDERSTANDER = Understander(rule for spec in SPECS for rule in spec.rules)


def understand(
    text: str, *, today: date, mention_spans: Sequence[tuple[int, int]] = ()
) -> Understanding:
    """Read one chat message into an intent with its slots."""
    return _UNDERSTANDER.understand(text, today=today, mention_spans=mention_spans)


def dispatch(intent: Intent, ctx: Context) -> Reply:
    """The handler's answer to ``intent``."""
    return HANDLERS[type(intent)](intent, ctx)


def warm_up() -> float:
    """Load the dictionary and its trie and read one message; the seconds it took."""
    start = time.perf_counter()
    tokenize.warm_up()
    understand("ตัวชี้วัดขยะได้เท่าไหร่นะคะ", today=date(2025, 1, 1))
    return time.perf_counter() - start
