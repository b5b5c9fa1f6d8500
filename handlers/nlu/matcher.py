"""The matcher: normalise, extract, pick the highest-priority rule, let it read its slots.

Rules are data declared next to the handler of their intent (see ``handlers.registry``); this
module only compiles and applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from handlers.intents import WRITES, Intent, Unknown
from handlers.nlu.extract import Extraction, extract
from handlers.nlu.normalise import normalise, strip_mentions
from handlers.nlu.patterns import phrase_regex
from handlers.nlu.questions import asks
from handlers.nlu.slots import Found
from handlers.nlu.web_links import cut_links


@dataclass(frozen=True)
class Rule:
    """One way of asking for an intent, and how to read the intent's slots from the message.

    A cue group is ``"a|b|c"``: any of its phrases. A rule matches when every one of its groups
    has a phrase in the normalised, masked message (Thai phrases match across stray spaces,
    ASCII ones as whole words); the highest priority wins, the first declared on a tie.
    Upper-case cues are placeholders of :mod:`handlers.nlu.extract` (``STEP``: a typed step;
    ``DIM``: a statement of the plan's dimensions; ``LINK``: the message holds a link).
    """

    cues: tuple[str, ...]  # every group must match
    priority: int
    # The slots, from the words around the cues; None: not this rule's message after all.
    read: Callable[[Found], Intent | None]
    unless: str = ""  # a group of phrases that veto the rule
    whole: bool = False  # a cue must be the whole message
    number: bool | None = None  # True: needs a typed value; False: must have none
    keep: bool = False  # the cue words also name the slot ("เข้าประชุม" -> step "ประชุม")


@dataclass(frozen=True)
class Understanding:
    """The intent read from a message, with the normalised text it was read from."""

    intent: Intent
    normalised: str


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    groups: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None

    def matches(self, text: str, has_number: bool) -> bool:
        wanted = self.rule.number
        if wanted is not None and wanted != has_number:
            return False
        # The cues first: most rules fail on their first group, before the veto is searched.
        if not all(group.search(text) for group in self.groups):
            return False
        return self.unless is None or not self.unless.search(text)


def _compile(rule: Rule) -> _Compiled:
    template = "^(?:{})$" if rule.whole else "(?:{})"
    return _Compiled(
        rule=rule,
        groups=tuple(re.compile(template.format(phrase_regex(group))) for group in rule.cues),
        unless=re.compile(phrase_regex(rule.unless)) if rule.unless else None,
    )


class Understander:
    """Reads chat messages with a fixed set of rules (compiled once)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._compiled = tuple(sorted(map(_compile, rules), key=lambda c: -c.rule.priority))

    def understand(
        self, text: str, *, today: date, mention_spans: Sequence[tuple[int, int]] = ()
    ) -> Understanding:
        """Read one chat message into an intent with its slots (never postback data)."""
        # Links are cut from the text as typed: normalising would lower-case their ids.
        links = cut_links(strip_mentions(text, mention_spans) if mention_spans else text)
        normalised = normalise(links.text)
        extraction = extract(normalised, today=today, links=links.valid, refused=links.refused)
        masked = extraction.masked
        has_number = bool(extraction.numbers)
        question = asks(normalised, links.text)  # a link's "?" asks nothing
        for compiled in self._compiled:
            if not compiled.matches(masked, has_number):
                continue
            intent = compiled.rule.read(_found(compiled, extraction, text))
            # A question holding the words of a submission is read by the next rule instead.
            if intent is None or (question and isinstance(intent, WRITES)):
                continue
            return Understanding(intent, normalised)
        return Understanding(Unknown(text=normalised), normalised)


def _found(compiled: _Compiled, extraction: Extraction, text: str) -> Found:
    remainder = extraction.masked
    if not compiled.rule.keep:
        for group in compiled.groups:
            remainder = group.sub(" ", remainder)
    return Found(extraction=extraction, remainder=remainder, original=text)
