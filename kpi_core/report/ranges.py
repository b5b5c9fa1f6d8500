"""Ranges read from group conditions (``ตั้งแต่ 350 แต่น้อยกว่า 400 คะแนน``) and what they count."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from kpi_core.models import Range
from kpi_core.report.lines import UNSIGNED_NUMBER as _N
from kpi_core.thai_numbers import arabic_digits, parse_decimal

_YEAR = r"(?:ปีงบประมาณ|ปี)\s*(?:พ\.\s*ศ\.)?\s*(?P<year>\d{2,4})|พ\.\s*ศ\.\s*(?P<be>\d{4})"
_YEAR_RE = re.compile(_YEAR)
_TOTAL_RE = re.compile(rf"จาก\s*{_N}\s*\S*")  # ``จาก 7 Pillar``: the total, not a bound
# ``Pillar ระดับ 3 ขึ้นไป`` says what is counted: its number is not a bound either.
_QUALIFIER_RE = re.compile(r"(?P<noun>\S+)\s+(?P<qualifier>ระดับ\s*\d+\s*ขึ้นไป)")
_SCORE_YEAR_RE = re.compile(rf"คะแนน.*?(?:{_YEAR})")
_COUNTED_RE = re.compile(rf"{_N}\s*(?:(?:-|–|ถึง)\s*{_N}\s*)?(?P<unit>[A-Za-z]+|[ก-๛]+)")
_OPEN_END_RE = re.compile(r"(?:ขึ้นไป|ขั้นไป)$")

_Builder = Callable[..., Range]
# Tried in order, first match wins: the two-bound forms before the one-bound forms they
# contain, and ``ไม่น้อยกว่า`` (at least) before ``น้อยกว่า`` (less than).
_PATTERNS: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (
        re.compile(rf"ตั้งแต่\s*({_N})\s*(?:แต่)?\s*(?:น้อยกว่า|ต่ำกว่า)\s*({_N})"),
        lambda low, high: Range(low, high, high_inclusive=False),
    ),
    (re.compile(rf"({_N})\s*(?:-|–|ถึง)\s*({_N})"), lambda low, high: Range(low, high)),
    (re.compile(rf"ทั้ง(?:หมด)?\s*({_N})"), lambda exact: Range(exact, exact)),
    (
        re.compile(rf"(?<!ไม่)(?:ต่ำกว่า|น้อยกว่า)\s*({_N})"),
        lambda high: Range(None, high, high_inclusive=False),
    ),
    (re.compile(rf"(?:ไม่เกิน|ไม่มากกว่า|ไม่สูงกว่า)\s*({_N})"), lambda high: Range(None, high)),
    (
        re.compile(rf"(?<!ไม่)(?:มากกว่า|สูงกว่า|เกินกว่า)\s*({_N})"),
        lambda low: Range(low, None, low_inclusive=False),
    ),
    (re.compile(rf"(?:ไม่น้อยกว่า|ไม่ต่ำกว่า|ตั้งแต่)\s*({_N})"), lambda low: Range(low, None)),
    (re.compile(rf"({_N})\s*\S*?\s*(?:ขึ้นไป|ขั้นไป)"), lambda low: Range(low, None)),
)


def parse_range(condition: str) -> Range | None:
    """The interval a group condition states, or ``None`` when it states none we can read."""
    text = _without_non_bounds(condition)
    for pattern, build in _PATTERNS:
        if match := pattern.search(text):
            bounds: list[Decimal | None] = [parse_decimal(group) for group in match.groups()]
            return build(*bounds)
    return None


def basis_label(conditions: Sequence[str]) -> str:
    """What the conditions' ranges count: ``คะแนนปี 2566``, ``จำนวนชุดข้อมูล`` or ``""``."""
    text = arabic_digits(" ".join(conditions))
    if score := _SCORE_YEAR_RE.search(text):
        return f"คะแนนปี {score['year'] or score['be']}"
    qualifier = _QUALIFIER_RE.search(text)
    counted = _COUNTED_RE.search(_without_non_bounds(text))
    if counted is None:
        return ""
    unit = _OPEN_END_RE.sub("", counted["unit"]).strip()
    if not unit:
        return ""
    label = f"จำนวน{unit}" if "ก" <= unit[:1] <= "๛" else f"จำนวน {unit}"
    if qualifier and qualifier["noun"] == unit:
        label = f"{label} {qualifier['qualifier']}"
    return label


def _without_non_bounds(condition: str) -> str:
    """The condition without the numbers that are not bounds: years, totals, level qualifiers."""
    text = arabic_digits(condition)
    text = _YEAR_RE.sub(" ", text)
    text = _TOTAL_RE.sub(" ", text)
    return _QUALIFIER_RE.sub(lambda match: match["noun"], text)
