"""Direction criteria: targets written as cases that a figure must not rise, or must fall.

Seed 002 states the budget-transfer targets in its description instead of tier groups:
"หากปีที่ผ่านมา ... ไม่เกิน 10 รายการ : ค่าเป้าหมายต้องไม่เพิ่มขึ้น" and "... มากกว่า 10 รายการ :
ค่าเป้าหมายต้องลดลงร้อยละ 10 ต่อปี". Each case becomes a criteria group without tiers, and the
cases together say which way is better.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from kpi_core.models import CriteriaGroup, Direction
from kpi_core.report.lines import squash

_CASE_RE = re.compile(
    r"^(?:\(?\d{1,2}[.)]\s*)?(?:หาก|กรณี)\s*(?P<condition>.+?)\s*:?\s*ค่าเป้าหมาย(?:ต้อง)?\s*"
    r"(?P<target>(?P<way>ไม่เพิ่มขึ้น|ไม่ลดลง|ลดลง|เพิ่มขึ้น).*?)\s*(?:หรือ)?$"
)
_FALLING = ("ไม่เพิ่มขึ้น", "ลดลง")


class DirectionCases(NamedTuple):
    """The cases found, as criteria groups, and the direction they point to."""

    groups: tuple[CriteriaGroup, ...]
    direction: Direction


def direction_cases(lines: Iterable[str]) -> DirectionCases:
    """Every distinct case in ``lines`` (a target printed twice counts once), in order."""
    groups: list[CriteriaGroup] = []
    ways: list[str] = []
    for line in lines:
        match = _CASE_RE.match(squash(line))
        if match is None:
            continue
        note = f"ค่าเป้าหมายต้อง{match['target']}"
        if any(group.note == note for group in groups):
            continue
        label = f"กรณีที่ {len(groups) + 1}"
        groups.append(CriteriaGroup(label=label, condition=match["condition"], note=note))
        ways.append(match["way"])
    falling = bool(ways) and all(way in _FALLING for way in ways)
    return DirectionCases(tuple(groups), Direction.LOWER if falling else Direction.HIGHER)
