"""The matcher: normalise, extract, segment, pick the highest-priority rule, fill its slots."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from handlers.intents import Cancel, ChooseIndicator, Confirm, Intent, Unknown
from handlers.nlu.extract import extract
from handlers.nlu.normalise import normalise
from handlers.nlu.patterns import RULES, Rule, phrase_regex
from handlers.nlu.slots import BUILDERS, Found
from handlers.nlu.tokenize import tokens

# Postback data is machine-written and case-sensitive: read it before normalising.
_POSTBACK_RE = re.compile(
    r"(?P<answer>confirm|cancel):(?P<token>[\w-]+)|pick:(?P<code>[^:\s]+):(?P<then>\S+)"
)


@dataclass(frozen=True)
class Understanding:
    """The intent read from a message, with the normalised text and words it was read from."""

    intent: Intent
    normalised: str
    tokens: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    groups: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None


def _compile(rule: Rule) -> _Compiled:
    template = "^(?:{})$" if rule.whole else "(?:{})"
    return _Compiled(
        rule=rule,
        groups=tuple(re.compile(template.format(phrase_regex(group))) for group in rule.cues),
        unless=re.compile(phrase_regex(rule.unless)) if rule.unless else None,
    )


_COMPILED = tuple(sorted(map(_compile, RULES), key=lambda c: -c.rule.priority))


def _matches(compiled: _Compiled, text: str, has_number: bool) -> bool:
    wanted = compiled.rule.number
    if wanted is not None and wanted != has_number:
        return False
    if compiled.unless is not None and compiled.unless.search(text):
        return False
    return all(group.search(text) for group in compiled.groups)


def _postback(text: str) -> Intent | None:
    match = _POSTBACK_RE.fullmatch(text)
    if match is None:
        return None
    if match["code"]:
        return ChooseIndicator(code=match["code"], then=match["then"])
    return (Confirm if match["answer"] == "confirm" else Cancel)(token=match["token"])


def understand(
    text: str, *, today: date, mention_spans: Sequence[tuple[int, int]] = ()
) -> Understanding:
    """Read one chat message (or postback data) into an intent with its slots."""
    if (answer := _postback(text.strip())) is not None:
        return Understanding(answer, text.strip())
    normalised = normalise(text, mention_spans=mention_spans)
    extraction = extract(normalised, today=today)
    masked = extraction.masked
    has_number = bool(extraction.numbers)
    winner = next((c for c in _COMPILED if _matches(c, masked, has_number)), None)
    words = tuple(tokens(masked))
    if winner is None:
        return Understanding(Unknown(text=normalised), normalised, words)
    remainder = masked
    if not winner.rule.keep:
        for group in winner.groups:
            remainder = group.sub(" ", remainder)
    found = Found(extraction=extraction, remainder=remainder, original=text)
    return Understanding(BUILDERS[winner.rule.kind](found), normalised, words)
