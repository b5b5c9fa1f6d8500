"""The intent table: every intent once, with its handler and the rules that read it.

``understand`` reads a chat message with every rule of the table; ``dispatch`` answers an
intent with its handler. A test checks the table against the ``Intent`` union both ways.
"""

from __future__ import annotations

import time
import unicodedata
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
from handlers.intents import (
    Cancel,
    Chart,
    ChooseIndicator,
    Deadlines,
    Help,
    History,
    IndicatorQuery,
    Intent,
    Members,
    Missing,
    RuleQuestion,
    SmallTalk,
    Status,
    StepDetails,
    Unknown,
)
from handlers.nlu import tokenize
from handlers.nlu.matcher import Understander, Understanding
from handlers.nlu.normalise import strip_mentions
from handlers.nlu.patterns import words
from handlers.nlu.typos import Corrector
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
# The cue words a typo is corrected to (placeholders such as STEP are no words).
_CORRECTOR = Corrector(
    phrase.lower()
    for spec in SPECS
    for rule in spec.rules
    for group in rule.cues
    for phrase in words(group)
    if not phrase.isupper()
)
# What a corrected message may become: intents that only read (never a write or a setting),
# and a no to a pending write (it saves nothing).
AFTER_CORRECTION = (
    Cancel,
    Status,
    IndicatorQuery,
    Deadlines,
    Missing,
    History,
    Members,
    RuleQuestion,
    StepDetails,
    Chart,
    Help,
    SmallTalk,
)


def understand(
    text: str, *, today: date, mention_spans: Sequence[tuple[int, int]] = ()
) -> Understanding:
    """Read one chat message into an intent with its slots; a message no rule reads is read
    again with a typo of a cue word corrected ("สถานนะ"), when that makes it a question."""
    found = _UNDERSTANDER.understand(text, today=today, mention_spans=mention_spans)
    if not isinstance(found.intent, Unknown) or not found.normalised:
        return found
    typed = strip_mentions(text, mention_spans) if mention_spans else text
    typed = unicodedata.normalize("NFC", typed).lower().strip()
    corrected = _CORRECTOR.correct(typed)
    if corrected == typed:
        return found
    second = _UNDERSTANDER.understand(corrected, today=today)
    return second if isinstance(second.intent, AFTER_CORRECTION) else found


def dispatch(intent: Intent, ctx: Context) -> Reply:
    """The handler's answer to ``intent``."""
    return HANDLERS[type(intent)](intent, ctx)


def warm_up() -> float:
    """Load the dictionary and its trie and read one message; the seconds it took."""
    start = time.perf_counter()
    tokenize.warm_up()
    understand("ตัวชี้วัดขยะได้เท่าไหร่นะคะ", today=date(2025, 1, 1))
    _CORRECTOR.correct("สถานนะ")  # the dictionary of real words, never corrected
    return time.perf_counter() - start
