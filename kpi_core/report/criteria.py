"""Criteria groups of ``เกณฑ์การประเมิน``: numbered and agency groups, their tiers and ranges."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kpi_core.models import TIER_LABELS_TH, CriteriaGroup, TierTarget
from kpi_core.report.lines import UNSIGNED_NUMBER, Line, squash
from kpi_core.report.ranges import parse_range
from kpi_core.thai_numbers import arabic_digits, parse_decimal

_TIERS = {label: tier for tier, label in TIER_LABELS_TH.items()}
_TIER_RE = re.compile(rf"^เป้าหมาย(?P<tier>{'|'.join(_TIERS)})\s*:?\s*(?P<text>.*)$")
_GROUP_RE = re.compile(r"^กลุ่มที่\s*(?P<number>\d+)\s*:?\s*(?P<condition>.*)$")
_EXEMPT_RE = re.compile(r"ไม่ต้องประเมิน")
_AGENCY_RE = re.compile(
    r"^(?:สำนักงาน|สำนัก|กรม|กระทรวง|สถาบัน|องค์การ|ศูนย์|จังหวัด|กอง|สภา|คณะ|ราชบัณฑิตยสภา)"
)
_AGENCY_SPLIT_RE = re.compile(r"\s*,\s*|\s+และ\s*")
# A plain target: a number and at most one unit word (``275 คะแนน``, ``80 %``), no expression.
_PLAIN_RE = re.compile(rf"^(?P<number>{UNSIGNED_NUMBER})\s*(?:%|[^\s\d+\-–*/×()=<>%]+)?$")


@dataclass
class _Draft:
    """A group being read: numbered groups without tiers yet merge (``กลุ่มที่ 1: ... และ``)."""

    numbers: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)  # one per ``กลุ่มที่`` line
    heading: str = ""  # an agency line, for agency-specific criteria
    targets: list[TierTarget] = field(default_factory=list)
    exempt: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def awaiting_tiers(self) -> bool:
        """Whether the lines read so far are still the group's heading and condition."""
        return not self.targets and not self.exempt

    def build(self) -> CriteriaGroup:
        """The finished group."""
        conditions = [squash(condition) for condition in self.conditions]
        ranges = (parse_range(condition) for condition in conditions)
        return CriteriaGroup(
            label=_label(self.numbers) if self.numbers else self.heading,
            condition=" ".join(condition for condition in conditions if condition),
            targets=tuple(self.targets),
            ranges=tuple(r for r in ranges if r is not None),
            agencies=() if self.numbers else _agencies(self.heading),
            exempt=self.exempt,
            note=" ".join(self.notes),
        )


def parse_groups(lines: Sequence[Line]) -> tuple[CriteriaGroup, ...]:
    """Read the lines after ``เกณฑ์การประเมิน รอบ ...`` into criteria groups, in order."""
    drafts: list[_Draft] = []
    for line in lines:
        if text := squash(line.text):
            _read(drafts, text)
    return tuple(draft.build() for draft in drafts)


def _read(drafts: list[_Draft], text: str) -> None:
    """Add one non-blank criteria line to the groups read so far."""
    current = drafts[-1] if drafts else None
    numbered_open = current is not None and current.awaiting_tiers and bool(current.numbers)
    if tier := _TIER_RE.match(text):
        _current_or_new(drafts).targets.append(_target(tier["tier"], tier["text"]))
    elif group := _GROUP_RE.match(arabic_digits(text)):
        draft = current if current is not None and numbered_open else _new(drafts)
        draft.numbers.append(group["number"])
        draft.conditions.append(text[group.start("condition") :])
    elif _EXEMPT_RE.search(text):
        # Exempt agencies are named on the line before; a group with tiers is finished.
        draft = current if current is not None and current.awaiting_tiers else _new(drafts)
        draft.exempt = True
        draft.notes.append(text)
    elif current is not None and numbered_open:
        current.conditions[-1] = f"{current.conditions[-1]} {text}"  # condition goes on
    elif _AGENCY_RE.match(text):
        _new(drafts).heading = text
    else:
        _current_or_new(drafts).notes.append(text)


def _new(drafts: list[_Draft]) -> _Draft:
    drafts.append(_Draft())
    return drafts[-1]


def _current_or_new(drafts: list[_Draft]) -> _Draft:
    return drafts[-1] if drafts else _new(drafts)


def _target(label: str, text: str) -> TierTarget:
    """A tier target; its value only when the text is a plain number, never an expression."""
    plain = _PLAIN_RE.match(arabic_digits(text))
    value = parse_decimal(plain["number"]) if plain else None
    return TierTarget(tier=_TIERS[label], text=squash(text), value=value)


def _label(numbers: Sequence[str]) -> str:
    """``กลุ่มที่ 1``, ``กลุ่มที่ 1 และ 2``, ``กลุ่มที่ 1, 2 และ 3``."""
    if len(numbers) == 1:
        return f"กลุ่มที่ {numbers[0]}"
    return f"กลุ่มที่ {', '.join(numbers[:-1])} และ {numbers[-1]}"


def _agencies(heading: str) -> tuple[str, ...]:
    """The agencies a heading names: ``ก และข`` lists two."""
    return tuple(name for name in _AGENCY_SPLIT_RE.split(heading) if name)
