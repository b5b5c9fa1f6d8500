"""The labelled sections of one ``รายละเอียดตัวชี้วัด`` block, as lines still to be read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kpi_core.report.lines import Line, squash, unbullet

_TEXT_LABELS = {
    "คำอธิบาย": "description",
    "สูตรคำนวณ": "formula",
    "สูตรการคำนวณ": "formula",
    "ขอบเขตการประเมิน": "scope",
    "วิธีการเก็บข้อมูล": "data_collection",
    "แหล่งที่มาของข้อมูล": "data_source",
    "แหล่งข้อมูล": "data_source",
}
# The whole line is the label, optionally with ``:`` and the section's first words: a line
# that merely starts with the word (``คำอธิบายข้อมูล...``, ``3. ขอบเขตการประเมิน :``) is text.
_TEXT_LABEL_RE = re.compile(
    rf"^(?P<label>{'|'.join(sorted(_TEXT_LABELS, key=len, reverse=True))})"
    r"\s*(?::\s*(?P<rest>.*))?$"
)
_CRITERIA_RE = re.compile(r"^เกณฑ์การประเมิน(?:\s*:\s*(?P<note>.*)|\s+(?P<round>รอบ.*?)\s*:?)?$")
_TABLE_RE = re.compile(r"^ประเด็นการประเมิน\s+ผลการดำเนินงาน$")
_PREFACE_RE = re.compile(r"^เป็นตัวชี้วัด.*Strategic\s*KPI", re.IGNORECASE)
_QUOTED_RE = re.compile(r"[“\"](?P<quoted>[^”\"]+)[”\"]")


@dataclass
class BlockSections:
    """A block cut into its sections; text sections keep their raw lines for sentence splitting."""

    preface: str = ""
    strategic_kpi: str = ""
    description: list[Line] = field(default_factory=list)
    formula: list[Line] = field(default_factory=list)
    scope: list[Line] = field(default_factory=list)
    data_collection: list[Line] = field(default_factory=list)
    data_source: list[Line] = field(default_factory=list)
    criteria_note: str = ""
    criteria_round: str = ""
    criteria: list[Line] = field(default_factory=list)
    items: list[Line] = field(default_factory=list)


def split_sections(lines: Sequence[Line]) -> BlockSections:
    """Cut a block's lines (after ``รายละเอียดตัวชี้วัด``) into its labelled sections."""
    found = BlockSections()
    # Text before any label is the description: PMQA blocks start straight with bullets.
    target, labelled = found.description, False
    for line in lines:
        section = _section_for(found, line)
        if section is not None:
            target, labelled = section, True
        elif not labelled and not found.preface and _PREFACE_RE.match(unbullet(line.text)):
            found.preface = unbullet(line.text)
            quoted = _QUOTED_RE.search(found.preface)
            found.strategic_kpi = squash(quoted["quoted"]) if quoted else ""
        else:
            target.append(line)
    return found


def _section_for(found: BlockSections, line: Line) -> list[Line] | None:
    """The section a label line opens (recording any text after its colon), or ``None``."""
    text = line.text.strip()
    if _TABLE_RE.match(text):
        return found.items
    if match := _CRITERIA_RE.match(text):
        found.criteria_note = squash(match["note"] or "") or found.criteria_note
        found.criteria_round = squash(match["round"] or "") or found.criteria_round
        return found.criteria
    if match := _TEXT_LABEL_RE.match(text):
        section: list[Line] = getattr(found, _TEXT_LABELS[match["label"]])
        if match["rest"]:
            section.append(Line(line.no, match["rest"]))
        return section
    return None
