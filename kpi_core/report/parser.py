"""Import an OPDC ``รายงานผลการประเมิน`` text: its header, then one indicator per block."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kpi_core.models import (
    AssessmentItem,
    Direction,
    Indicator,
    Organisation,
    ResultKind,
    ScoringMethod,
)
from kpi_core.report.criteria import parse_groups
from kpi_core.report.direction import direction_cases
from kpi_core.report.errors import ReportFormatError
from kpi_core.report.header import read_header
from kpi_core.report.items import parse_items
from kpi_core.report.lines import Line, section_text, split_lines
from kpi_core.report.naming import (
    DEFAULT_KEYWORDS,
    KeywordVocabulary,
    TitleSource,
    derive_titles,
    find_keywords,
)
from kpi_core.report.ranges import basis_label
from kpi_core.report.sections import BlockSections, split_sections

BLOCK_START_RE = re.compile(r"^รายละเอียดตัวชี้วัด\s*:?$")


def parse_report(
    text: str, *, source: str = "", keywords: KeywordVocabulary = DEFAULT_KEYWORDS
) -> Organisation:
    """Read an OPDC assessment report into an organisation with one indicator per block."""
    lines = split_lines(text)
    starts = [i for i, line in enumerate(lines) if BLOCK_START_RE.match(line.text.strip())]
    header = read_header(lines[: starts[0]] if starts else lines)
    if not starts:
        last = next((line for line in reversed(lines) if line.text.strip()), lines[-1])
        raise ReportFormatError(
            last.no,
            last.text,
            "ไม่พบรายละเอียดตัวชี้วัดหลังส่วนหัว",
            "expected a 'รายละเอียดตัวชี้วัด' block after the header",
        )
    ends = [*starts[1:], len(lines)]
    blocks = [
        split_sections(lines[start + 1 : end]) for start, end in zip(starts, ends, strict=True)
    ]
    return Organisation(
        name=header.name,
        parent=header.parent,
        weight=header.weight,
        assessed_score=header.assessed_score,
        summary=header.summary,
        source=source,
        indicators=_indicators(blocks, keywords),
    )


def _indicators(
    blocks: Sequence[BlockSections], vocabulary: KeywordVocabulary
) -> tuple[Indicator, ...]:
    """One indicator per block, in order; titles are derived across blocks to tell them apart."""
    items = [parse_items(block.items) for block in blocks]
    titles = derive_titles(
        [
            TitleSource(block.strategic_kpi, found, _texts(block.description), _texts(block.scope))
            for block, found in zip(blocks, items, strict=True)
        ]
    )
    return tuple(
        _indicator(position, block, found, title, vocabulary)
        for position, (block, found, title) in enumerate(
            zip(blocks, items, titles, strict=True), start=1
        )
    )


def _indicator(
    position: int,
    block: BlockSections,
    items: tuple[AssessmentItem, ...],
    title: str,
    vocabulary: KeywordVocabulary,
) -> Indicator:
    groups = parse_groups(block.criteria)
    description = section_text(_texts(block.description))
    numbered = [group.condition for group in groups if not group.agencies]
    # Without tier groups, targets may be written as cases in the text ("ต้องไม่เพิ่มขึ้น").
    cases = direction_cases(_texts([*block.description, *block.criteria]))
    return Indicator(
        code=str(position),
        title=title,
        method=_method(items, bool(groups)),
        direction=cases.direction if not groups else Direction.HIGHER,
        position=position,
        keywords=find_keywords((title, block.preface, description), vocabulary),
        description=description,
        formula=section_text(_texts(block.formula)),
        unit=next((i.result.unit for i in items if i.result and i.result.unit), ""),
        criteria_round=block.criteria_round,
        criteria_note=block.criteria_note,
        criteria_groups=groups or cases.groups,
        baseline_label=basis_label(numbered) if numbered else "",
        items=items,
        strategic_kpi=block.strategic_kpi,
        preface=block.preface,
        scope=section_text(_texts(block.scope)),
        data_collection=section_text(_texts(block.data_collection)),
        data_source=section_text(_texts(block.data_source)),
    )


def _method(items: Sequence[AssessmentItem], has_groups: bool) -> ScoringMethod:
    verdicts = (ResultKind.PASS, ResultKind.FAIL)
    if items and all(item.result and item.result.kind in verdicts for item in items):
        return ScoringMethod.PASS_FAIL
    return ScoringMethod.OPDC_TIERS if has_groups else ScoringMethod.REPORT_ONLY


def _texts(lines: Sequence[Line]) -> tuple[str, ...]:
    return tuple(line.text for line in lines)
