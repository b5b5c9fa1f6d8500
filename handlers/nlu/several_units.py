"""One finished step reported for several units in one message.

"กก. กับ กจ. ส่งแผนครบแล้ว", "ไอที กะ กองคลัง ส่งชื่อทีมแล้วจ้า", "กองกลาง กองคลัง และกนต. …ผ่าน
ขั้นตอนที่ 2": the names joined to the unit read (by กับ / และ / a comma / &, or a space between
two names shaped like units'); "ทุกกองส่งแผนครบแล้ว", "…ส่งครบทั้ง 6 หน่วยแล้ว": every unit. The
reader knows no organisation and keeps each name's words (``MarkStep.more``); settle reads them
against the organisation: a word joined that names none of its units and is not shaped like a
unit's name ("พี่ต๋อยกับกองคลัง…") is dropped, a shaped one ("กองปลอม") is kept as typed for the
handler to say it is not found.
"""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.intents import MarkStep
from handlers.nlu.slots import content, split_unit
from handlers.nlu.units import month_named, names_organisation, units_named
from kpi_core.models import Organisation

_JOIN = r"(?:กับ|และ|,|&|\+)"
# What may stand between two names of one list: spaces, and one joining word.
_GAP_RE = re.compile(rf"\s*(?:{_JOIN}\s*)?")
# A word joined before or after the list ("ไอที กับ กองคลัง", "กองคลังกับไอทีส่ง…"): an alias
# or a name the organisation's data may know (settle tells).
_BEFORE_RE = re.compile(rf"(?<!\S)(?P<other>[^\s,]+?)\s*{_JOIN}\s*$")
_AFTER_RE = re.compile(rf"\s*{_JOIN}\s*(?P<other>[^\s,]+)")
# "ขึ้นไดรฟ์ทั้งสองกอง", "ส่งทางเมลทั้งคู่": both, said again; no step's words.
_BOTH_RE = re.compile(r"ทั้ง\s?(?:สอง|2|สาม|3)\s?(?:กอง|หน่วยงาน|หน่วย)|ทั้งคู่|ทั้งสาม|ทั้งสอง")
_JOINING_WORD_RE = re.compile(rf"(?<!\S){_JOIN}(?!\S)")
# Every unit: "ทุกกองส่งแผนครบแล้ว", "รายชื่อทีมส่งครบทุกหน่วย", "ส่งครบทั้ง 6 หน่วยแล้ว".
_EVERY_RE = re.compile(r"ทุก\s?(?:หน่วยงาน|หน่วย|กอง)|ทั้ง\s?(?P<count>\d+)\s?(?:หน่วยงาน|หน่วย|กอง)")
# With an exception, a shortfall, a duty or a request it is no report of every unit.
_NOT_EVERY_RE = re.compile(
    "ยกเว้น|เว้นแต่|เกือบ|ไม่ครบ|ขาด|เหลือ|ยังไม่|ต้อง|ควร|อย่าลืม|ช่วย|กรุณา|โปรด|จะ|บาง|ถ้า|หาก"
    # An order or a request to every unit ("ทุกกองส่งให้ครบ 3 มิตินะคะ", "ผอ.สั่งให้ทุกกอง…").
    "|ให้ครบ|ฝาก|สั่ง|กำชับ"
)
_EVERY_WORDS_RE = re.compile(
    r"(?:แจ้ง)?(?:แทน)?\s?(?:ครบ\s?)?(?:ทุก\s?(?:หน่วยงาน|หน่วย|กอง)|ทั้ง\s?\d+\s?(?:หน่วยงาน|หน่วย|กอง))\S*"
)


def with_several_units(intent: MarkStep, text: str) -> MarkStep:
    """``intent`` (read from ``text``) with every unit it reports: the names joined to its unit
    in the order typed, or every unit; as it is when it names one unit or none."""
    if _every_unit(text):
        return _of_every_unit(intent, text)
    if not intent.unit:
        return intent
    names = _joined(_OF_GLUED_RE.sub(" ", text) if "ของ" in text else text, intent.unit)
    if len(names) < _SEVERAL:
        return intent
    step = intent.step
    for name in names:  # the step's words hold no unit's name
        step = step.replace(name, " ")
    step = content(_BOTH_RE.sub(" ", _JOINING_WORD_RE.sub(" ", step))) or intent.step
    return replace(intent, unit=names[0], more=names[1:], step=step)


_SEVERAL = 2
# "แผนของกองคลังและกองกลาง…": a name glued after "ของ" is a name of the list too.
_OF_GLUED_RE = re.compile(r"(?<=ของ)(?=กอง|ศูนย์|สำนัก|กลุ่ม|ฝ่าย)")


def _joined(text: str, unit: str) -> tuple[str, ...]:
    """The names of the list ``unit`` stands in, in the order typed (``unit`` among them)."""
    at = text.find(unit)
    if at < 0 or not _may_be_joined(text[:at], text[at + len(unit) :]):
        return ()
    spans = _shaped_spans(text)
    at = next((i for i, span in enumerate(spans) if span[2] == unit), None)
    if at is None:  # "…กองกลางส่งแล้ว": the name read, with the words glued after it
        at = next((i for i, span in enumerate(spans) if span[2].startswith(unit)), None)
    if at is None:
        return ()
    first = last = at
    while first > 0 and _GAP_RE.fullmatch(text[spans[first - 1][1] : spans[first][0]]):
        first -= 1
    while last + 1 < len(spans) and _GAP_RE.fullmatch(text[spans[last][1] : spans[last + 1][0]]):
        last += 1
    names = [name for _, _, name in spans[first : last + 1]]
    before = _BEFORE_RE.search(text[: spans[first][0]])
    after = _AFTER_RE.match(text[spans[last][1] :])
    if before is not None:
        names.insert(0, before["other"])
    if after is not None:
        names.append(after["other"])
    return tuple(names)


def _may_be_joined(before: str, after: str) -> bool:
    """A cheap look beside the unit read, before every name is looked for: a joining word next
    to it, or a name shaped like a unit's a space away."""
    if _JOIN_AFTER_RE.match(after) or _JOIN_BEFORE_RE.search(before):
        return True
    if after[:1].isspace():
        name, _ = split_unit(after[:_NEAR])
        if name and after.lstrip().startswith(name):
            return True
    words = before.split()
    if before[-1:].isspace() and words:
        name, _ = split_unit(words[-1])
        return bool(name) and words[-1].endswith(name)
    return False


_JOIN_AFTER_RE = re.compile(rf"\s*{_JOIN}")
_JOIN_BEFORE_RE = re.compile(rf"{_JOIN}\s*$")
_NEAR = 60  # letters after the unit where the next name of a list would start


def _shaped_spans(text: str) -> list[tuple[int, int, str]]:
    """Where the names shaped like units' stand in ``text``, in order."""
    spans: list[tuple[int, int, str]] = []
    at = 0
    while True:
        name, _ = split_unit(text[at:])
        start = text.find(name, at) if name else -1
        if start < 0:
            return spans
        spans.append((start, start + len(name), name))
        at = start + len(name)


def _every_unit(text: str) -> bool:
    return "ครบ" in text and _EVERY_RE.search(text) is not None and not _NOT_EVERY_RE.search(text)


def _of_every_unit(intent: MarkStep, text: str) -> MarkStep:
    """Every unit: no one unit named, and the count of units ("ทั้ง 6 หน่วย") is no value."""
    counts = {int(m["count"]) for m in _EVERY_RE.finditer(text) if m["count"]}
    value = None if intent.value is not None and intent.value in counts else intent.value
    step = content(_EVERY_WORDS_RE.sub(" ", intent.step)) or intent.step
    others = content(_EVERY_WORDS_RE.sub(" ", intent.others))
    unit = "" if _EVERY_RE.search(intent.unit) else intent.unit
    return replace(
        intent, unit=unit, more=(), all_units=True, value=value, step=step, others=others
    )


def settle_several_units(intent: MarkStep, org: Organisation) -> MarkStep:
    """The units of a step reported for several (or every) unit, read against ``org``: each
    as the unit's own name where it names one of its units, as typed where it is shaped like a
    unit's name and names none (the handler says it is not found); other words are dropped."""
    if intent.all_units:
        names = [unit.name for unit in org.units]
        first, rest = (names[0], tuple(names[1:])) if names else ("", ())
        return replace(intent, unit=first, more=rest, all_units=False)
    names: list[str] = []
    for words in (intent.unit, *intent.more):
        named = units_named(words, org)
        if named.units and named.count == len(named.units):
            found = [unit.name for unit in named.units]
        elif _shaped_as_a_unit(words, org):
            found = [words]
        else:
            found = []
        names += [name for name in found if name not in names]
    if not names:
        return replace(intent, unit="", more=())
    return replace(intent, unit=names[0], more=tuple(names[1:]))


def _shaped_as_a_unit(words: str, org: Organisation) -> bool:
    named, _ = split_unit(words)
    return bool(named) and not names_organisation(named, org) and month_named(named) is None
