"""How well ``understand`` reads the labelled corpus of ``data/understanding/*.jsonl``.

A label says what the sender means against the organisation's data, not which words the
reader should keep: an indicator is its code (or the codes an ask-back offers, or the codes
of every indicator one question asks about: ``more``), a unit its name (the list of every
unit a step is reported for), a step its number (the list of every step reported in one line:
``MarkStep.more_steps``), dimensions the set they cover. The reader's intent is settled the
same way (by the resolvers the handlers use) before the two are compared.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from handlers import intents
from handlers.data_files import data_file
from handlers.nlu.dimensions import DimensionStatement, resolve_dimensions
from handlers.nlu.resolve import resolve_indicator, resolve_step, resolve_unit
from handlers.nlu.settle import settle
from handlers.nlu.spoken_numbers import said_in_digits
from handlers.nlu.web_links import link_channel
from kpi_core.models import Indicator, Organisation
from kpi_core.thai_numbers import arabic_digits

CORPUS = "understanding"
TODAY = date(2025, 1, 15)  # the day the corpus was written for (FY2568, step 3's window)
# Intents that store something, once confirmed (and the typed confirmation itself): a
# question must never become one of these.
WRITES = frozenset({t.__name__ for t in intents.WRITES} | {"Confirm"})
QUESTIONS = frozenset(
    (
        "Status",
        "IndicatorQuery",
        "Deadlines",
        "Missing",
        "History",
        "Members",
        "RuleQuestion",
        "StepDetails",
        "Chart",
        "DeskLink",
    )
)
# Slots that only echo text (what a yes restates echoes its card); and intents labelled by
# their main slot alone (a rule question by its topic: the number, step or unit it names are
# details the labels do not carry).
# The day a deadline question asks about ("ส่ง 30 ม.ค. ยังทันไหม") is a date the labels do not carry.
_FREE = {
    "Unknown": ("text",),
    "Confirm": ("figures", "unit"),
    "SubmitValue": ("correction",),
    "IndicatorQuery": ("figure", "leveled"),  # how the aspect was told, not what is asked
    "MarkStep": ("correction",),
    "RegisterUnit": ("ask",),  # how the unit was told (asked back on a card), not which
    "Deadlines": ("on", "yearless", "days"),
}
_ONLY = {"RuleQuestion": ("topic",)}
Meaning = tuple[str, dict[str, Any]]
_REQUIRED = object()  # a field without a default: always compared


@dataclass(frozen=True)
class Example:
    """One labelled message of the corpus."""

    id: str
    organisation: str
    text: str
    intent: str
    slots: dict[str, Any]


@dataclass
class Score:
    """The outcome over one part of the corpus."""

    total: int = 0
    right: int = 0
    right_intent: int = 0
    per_intent: Counter[str] = field(default_factory=Counter)
    per_intent_right: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[tuple[Example, Meaning]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of messages whose intent and slots are both right."""
        return self.right / self.total if self.total else 0.0

    @property
    def questions_as_writes(self) -> int:
        """Questions read as something that would start a write: the worst error."""
        return self.confusion["question", "write"]


def corpus_parts() -> dict[str, list[str]]:
    """The corpus files' names by kind: ``dev`` (development) and ``heldout`` (never tuned on)."""
    files = (node.name for node in data_file(CORPUS).iterdir())
    names = sorted(name.removesuffix(".jsonl") for name in files if name.endswith(".jsonl"))
    return {kind: [name for name in names if name.startswith(kind)] for kind in ("dev", "heldout")}


def load(part: str) -> list[Example]:
    """The examples of ``data/understanding/<part>.jsonl``."""
    text = data_file(CORPUS, f"{part}.jsonl").read_text(encoding="utf-8")
    rows = (json.loads(line) for line in text.splitlines() if line.strip())
    return [Example(r["id"], r["org"], r["text"], r["intent"], r["slots"]) for r in rows]


def category(intent: str, slots: Mapping[str, Any]) -> str:
    """``question``, ``write`` or ``other`` (help, small talk, cancel, not understood)."""
    if intent == "ReminderSettings":
        return "question" if slots.get("action") == "show" else "write"
    if intent in WRITES:
        return "write"
    return "question" if intent in QUESTIONS else "other"


def evaluate(
    examples: Iterable[Example],
    organisations: Mapping[str, Organisation],
    read: Callable[[str], Any],
) -> Score:
    """Read every example with ``read`` (text -> intent) and compare with its label."""
    score = Score()
    for example in examples:
        got = meaning(read(example.text), organisations[example.organisation])
        wanted = labelled(example)
        score.total += 1
        score.per_intent[example.intent] += 1
        score.confusion[category(*wanted), category(*got)] += 1
        if got[0] == wanted[0]:
            score.right_intent += 1
        if same(got, wanted):
            score.right += 1
            score.per_intent_right[example.intent] += 1
        else:
            score.misses.append((example, got))
    return score


def labelled(example: Example) -> Meaning:
    """What ``example`` means by its label, as ``meaning`` gives a reading."""
    return example.intent, _label(example)


def same(got: Meaning, wanted: Meaning) -> bool:
    """Whether a reading says what a label does (slots that only echo text aside)."""
    return _compared(got) == _compared(wanted)


def _label(example: Example) -> dict[str, Any]:
    slots = {k: v for k, v in example.slots.items() if k not in _FREE.get(example.intent, ())}
    kind = getattr(intents, example.intent, None)
    if kind is not None:  # a value the intent takes by default says nothing ("aspect": "summary")
        names = {f.name for f in fields(kind)}
        slots = {k: v for k, v in slots.items() if k not in names or v != _default(kind, k)}
    for key in ("value",):
        if key in slots:
            slots[key] = _decimal(slots[key])
    if isinstance(slots.get("indicator"), list):
        slots["indicator"] = sorted(slots["indicator"], key=_code_key)
    return slots


def meaning(intent: Any, org: Organisation) -> Meaning:
    """The intent's name and its slots settled against ``org`` (see the module's docstring)."""
    intent = settle(intent, org)  # as the conversation does before any handler
    name = type(intent).__name__
    slots = {f.name: getattr(intent, f.name) for f in fields(intent)}
    slots = {k: v for k, v in slots.items() if v != _default(type(intent), k)}
    # A correction's subject left empty was not said: it takes the card's ("ไม่ใช่ แก้เป็น 3").
    if getattr(intent, "correction", False) and slots.get(_CARD_GIVES.get(name, "")) == "":
        del slots[_CARD_GIVES[name]]
    for key in _FREE.get(name, ()):
        slots.pop(key, None)
    if name in _ONLY:
        slots = {k: v for k, v in slots.items() if k in _ONLY[name]}
    milestone = next((i for i in org.indicators if i.steps), None)
    if name == "MarkStep":
        # A correction's step is its entry's (the handler's), not the one dimensions name.
        slots = _dimensions(slots, milestone, getattr(intent, "correction", False))
        if not getattr(intent, "correction", False):  # a correction's count is its entry's
            slots = _plan_results(slots, milestone)
        if slots.get("links") and not slots.get("channel"):  # the link's, as the handler takes it
            slots["channel"] = link_channel(tuple(slots["links"]))
    more = slots.pop("more", ())
    more_steps = slots.pop("more_steps", ())
    settled: dict[str, Any] = {}
    for key, value in slots.items():
        settled[key] = _settle(key, value, org, milestone)
    if more_steps:  # several steps reported: every step, as named (a label's list of steps)
        told = (slots.get("step", ""), *more_steps)
        settled["step"] = [_settle("step", words, org, milestone) for words in told]
    if more and name in ("Status", "MarkStep"):  # every unit asked or reported, as named
        named = (slots["unit"], *more)
        settled["unit"] = [_settle("unit", words, org, milestone) for words in named]
    elif more:  # other indicators asked the same: every indicator asked is the label's list
        asked = [
            _settle("indicator", words, org, milestone) for words in (slots["indicator"], *more)
        ]
        codes = {c for a in asked for c in (a if isinstance(a, list) else [a])}
        settled["indicator"] = sorted(codes, key=_code_key) if len(codes) > 1 else codes.pop()
    return name, settled


_CARD_GIVES = {"SubmitValue": "indicator", "MarkStep": "step"}


def _dimensions(
    slots: dict[str, Any], milestone: Indicator | None, correction: bool = False
) -> dict[str, Any]:
    statement = DimensionStatement(
        tuple(slots.pop("dimensions", ())),
        tuple(slots.pop("missing_dimensions", ())),
        bool(slots.pop("all_dimensions", False)),
    )
    if statement.stated and milestone is not None:
        slots["dims"] = sorted(resolve_dimensions(statement, milestone))
        if not slots.get("step") and not correction:
            step = next((s for s in milestone.steps if s.needs_dimensions), None)
            slots["step"] = str(step.number) if step else ""
    return slots


def _plan_results(slots: dict[str, Any], milestone: Indicator | None) -> dict[str, Any]:
    """A count or one plan indicator with no step named is the plan-results step, as the
    handler reads it ("บรรลุ 7 จาก 8 ตัวชี้วัด")."""
    if slots.get("step") or milestone is None or not ({"of", "plan_item"} & slots.keys()):
        return slots
    step = next((s for s in milestone.steps if s.plan_results), None)
    return {**slots, "step": str(step.number)} if step else slots


def _settle(key: str, value: Any, org: Organisation, milestone: Indicator | None) -> Any:
    if key == "indicator":
        codes = sorted((i.code for i in resolve_indicator(value, org)), key=_code_key)
        return (codes[0] if len(codes) == 1 else codes) if codes else f"?{value}"
    if key == "unit":
        units = resolve_unit(value, org)
        return units[0].name if len(units) == 1 else f"?{value}"
    if key == "step":
        step = resolve_step(value, milestone) if milestone else None
        return str(step.number) if step else f"?{value}"
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _default(cls: type, name: str) -> Any:
    declared = next(f for f in fields(cls) if f.name == name)
    return _REQUIRED if declared.default is MISSING else declared.default


def _compared(found: Meaning) -> Meaning:
    """``found`` as two meanings are compared: the typed value by the number it echoes."""
    name, slots = found
    if "raw_value" not in slots:
        return found
    return name, {**slots, "raw_value": _typed_number(slots["raw_value"])}


def _typed_number(raw: str) -> str:
    """The number a ``raw_value`` echoes, in Arabic digits without separators or unit words
    ("๑,๔๘๐.๕ ล้านบาท" -> "1480.5", "ห้าสิบสองจุดสาม" -> "52.3"): how it was spelt is not
    what the sender meant."""
    typed = said_in_digits(arabic_digits(raw))
    return "".join(c for c in typed if c.isdigit() or c == ".").strip(".")


def _decimal(value: Any) -> str:
    return format(Decimal(str(value)).normalize(), "f")


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) for p in code.split(".") if p.isdigit())
