"""Slot filling: turn the winning rule's kind and the words left around its cues into an intent."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from handlers.intents import (
    Aspect,
    BindGroup,
    Cancel,
    Confirm,
    Deadlines,
    Help,
    History,
    IndicatorQuery,
    Intent,
    MarkStep,
    Missing,
    RegisterUnit,
    ReminderAction,
    ReminderSettings,
    Status,
    SubmitValue,
    Undo,
)
from handlers.nlu.extract import PLACEHOLDERS, Extraction, as_typed
from handlers.nlu.patterns import (
    CHANNEL_WORDS,
    CHANNELS,
    EDGE_WORDS,
    INDICATOR_WORDS,
    STATUS_WORDS,
    UNIT_PREFIXES,
    phrase_regex,
)
from handlers.nlu.reminder_slots import reminder_settings
from handlers.nlu.tokenize import pieces

_INDICATOR_RE = re.compile(phrase_regex(INDICATOR_WORDS))
_CHANNEL_RES = tuple((name, re.compile(phrase_regex(words))) for name, words in CHANNELS)
_UNIT_RE = re.compile(
    r"แทน\s*(?P<after>\S+)"
    rf"|(?<!\S)(?P<named>(?:{UNIT_PREFIXES})\S*)"
    r"|(?<!\S)(?P<short>[\u0e01-\u0e4e]{1,4}\.(?:[\u0e01-\u0e4e]{1,4}\.?)*)"
)
# "ผ่าน" is a verdict unless it says how a document went: "ส่งผ่าน Google Drive".
_PASSED_RE = re.compile(rf"(?<!ไม่)ผ่าน(?!\s?(?:ทาง|ระบบ|{phrase_regex(CHANNEL_WORDS)}))")


@dataclass(frozen=True)
class Found:
    """What a slot builder reads: the extraction and the text once the rule's cues are gone."""

    extraction: Extraction
    remainder: str
    original: str  # the message as received, for a value as typed

    @property
    def code(self) -> str:
        """The indicator code typed after ตัวชี้วัด / KPI, if any."""
        return self.extraction.indicator_code


def content(text: str, edge_words: frozenset[str] = EDGE_WORDS) -> str:
    """The words of ``text`` without placeholders and without filler words at either end."""
    words = [p for p in pieces(text) if p not in PLACEHOLDERS]

    def filler(word: str) -> bool:
        return word in edge_words or not any(c.isalnum() or c == "." for c in word)  # 🙏, " "

    while words and filler(words[0]):
        words.pop(0)
    while words and filler(words[-1]):
        words.pop()
    return " ".join("".join(words).split())


def split_unit(text: str) -> tuple[str, str]:
    """The unit named in ``text`` ("แทนกองคลัง", "กองคลัง", "ศทส.") and the text without it."""
    match = _UNIT_RE.search(text)
    if match is None:
        return "", text
    unit = match["after"] or match["named"] or match["short"]
    # "กองคลังขยะ" glues an indicator to the unit: the unit ends where the indicator starts.
    glued = _INDICATOR_RE.search(unit, 1)
    end = match.end() - (len(unit) - glued.start() if glued else 0)
    unit = unit[: glued.start()] if glued else unit
    return unit, f"{text[: match.start()]} {text[end:]}"


def _channel(text: str) -> str:
    return next((name for name, regex in _CHANNEL_RES if regex.search(text)), "")


def _verdict(text: str) -> bool | None:
    if "ไม่ผ่าน" in text:
        return False
    return True if _PASSED_RE.search(text) else None


def _status(found: Found) -> Intent:
    unit, rest = split_unit(found.remainder)
    if unit:
        return Status(unit=unit)
    words = found.code or content(rest, EDGE_WORDS | STATUS_WORDS)
    return IndicatorQuery(words) if words else Status()


def _query(aspect: Aspect) -> Callable[[Found], Intent]:
    def build(found: Found) -> Intent:
        unit, rest = split_unit(found.remainder)
        indicator = found.code or content(rest)
        # With no indicator named, "ได้กี่คะแนน" asks where the organisation (or unit) stands.
        if not indicator and (unit or aspect in (Aspect.SUMMARY, Aspect.RESULT, Aspect.SCORE)):
            return Status(unit=unit)
        return IndicatorQuery(indicator, aspect)

    return build


def _submit(found: Found) -> Intent:
    number = found.extraction.numbers[-1]  # "แก้ 52 เป็น 53": the last value is the new one
    unit, rest = split_unit(found.remainder)
    return SubmitValue(
        indicator=found.code or content(rest),
        value=number.value,
        raw_value=as_typed(number.raw, found.original),
        percent=number.percent,
        unit=unit,
    )


def _submit_hint(found: Found) -> Intent:
    indicator = found.code or content(found.remainder)
    return IndicatorQuery(indicator) if indicator else Help()


def _mark(found: Found) -> Intent:
    extraction = found.extraction
    unit, rest = split_unit(found.remainder)
    for _, regex in _CHANNEL_RES:
        rest = regex.sub(" ", rest)
    stated = extraction.dimensions
    return MarkStep(
        step=extraction.step or content(rest),
        done_on=extraction.dates[0].due if extraction.dates else None,
        passed=_verdict(extraction.text),
        value=extraction.numbers[-1].value if extraction.numbers else None,
        unit=unit,
        channel=_channel(extraction.text),
        dimensions=stated.dimensions,
        all_dimensions=stated.every,
        missing_dimensions=stated.missing,
    )


def _deadlines(found: Found) -> Intent:
    extraction = found.extraction
    return Deadlines(
        step=extraction.step or content(found.remainder),
        month=extraction.month,
        this_month=extraction.this_month,
    )


def _missing(found: Found) -> Intent:
    unit, rest = split_unit(found.remainder)
    if unit:  # "กองคลังส่งแผนหรือยัง": what one unit has not sent is its status
        return Status(unit=unit)
    words = content(rest)
    if found.code or _INDICATOR_RE.search(words):
        return Missing(step=found.extraction.step, indicator=found.code or words)
    return Missing(step=found.extraction.step or words)


BUILDERS: dict[str, Callable[[Found], Intent]] = {
    "confirm": lambda _: Confirm(),
    "cancel": lambda _: Cancel(),
    "undo": lambda _: Undo(),
    "help": lambda _: Help(),
    "bind": lambda found: BindGroup(organisation=content(found.remainder)),
    "register": lambda found: RegisterUnit(unit=content(found.remainder)),
    "history": lambda found: History(indicator=found.code or content(found.remainder)),
    "missing": _missing,
    "deadlines": _deadlines,
    "mark": _mark,
    "submit": _submit,
    "submit_hint": _submit_hint,
    "status": _status,
    "reminder": lambda found: reminder_settings(found.extraction.text),
    "reminder:show": lambda _: ReminderSettings(ReminderAction.SHOW),
    "reminder:on": lambda _: ReminderSettings(ReminderAction.ON),
    "reminder:off": lambda _: ReminderSettings(ReminderAction.OFF),
    **{f"query:{aspect.value}": _query(aspect) for aspect in Aspect},
}
