"""The header of a report: title, organisation, ``/ parent``, weight, score and summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from kpi_core.report.errors import ReportFormatError
from kpi_core.report.lines import Line, squash
from kpi_core.thai_numbers import parse_decimal

REPORT_TITLE = "รายงานผลการประเมิน"
_PARENT, _WEIGHT, _SCORE, _SUMMARY = "/", "น้ำหนัก", "คะแนนการประเมิน", "สรุปผลการประเมิน"
_LABELS = (_PARENT, _WEIGHT, _SCORE, _SUMMARY)
_NONE = "-"  # what the report prints for "nothing yet"

# A label's line, then its value lines: the text after the label first, if any.
_Field = list[Line]


@dataclass(frozen=True)
class Header:
    """What the header says about the organisation."""

    name: str
    parent: str = ""
    weight: Decimal = Decimal(100)
    assessed_score: Decimal | None = None
    summary: str = ""


def read_header(lines: Sequence[Line]) -> Header:
    """Read the lines before the first block; raise ``ReportFormatError`` if they are no header."""
    content = [line for line in lines if line.text.strip()]
    if not content:
        raise ReportFormatError(1, "", "ไม่มีข้อความ", f"empty text; expected '{REPORT_TITLE}'")
    first = content[0]
    if squash(first.text) != REPORT_TITLE:
        raise ReportFormatError(
            first.no, first.text, "ไม่ใช่รายงานผลการประเมิน", f"expected '{REPORT_TITLE}'"
        )
    if len(content) < 2 or _label_of(squash(content[1].text)):
        line = content[1] if len(content) > 1 else first
        raise ReportFormatError(
            line.no, line.text, "ไม่พบชื่อหน่วยงาน", "expected the organisation's name"
        )
    fields = _fields(content[2:])
    summary = _text(fields.get(_SUMMARY))
    weight = _number(fields.get(_WEIGHT), required=True)
    return Header(
        name=squash(content[1].text),
        parent=_text(fields.get(_PARENT)),
        weight=Decimal(100) if weight is None else weight,
        assessed_score=_number(fields.get(_SCORE), required=False),
        summary="" if summary == _NONE else summary,
    )


def _fields(lines: Sequence[Line]) -> dict[str, _Field]:
    """Each label with its value lines; only the summary may run over several lines."""
    fields: dict[str, _Field] = {}
    label = ""
    for line in lines:
        text = squash(line.text)
        if found := _label_of(text):
            label = found
            rest = text[len(found) :].strip(" :")
            fields[label] = [line, Line(line.no, rest)] if rest else [line]
        elif label and (label == _SUMMARY or len(fields[label]) == 1):
            fields[label].append(Line(line.no, text))
        else:
            raise ReportFormatError(
                line.no, line.text, "ข้อความที่ไม่รู้จักในส่วนหัวรายงาน", "unexpected header line"
            )
    return fields


def _number(field: _Field | None, *, required: bool) -> Decimal | None:
    """The field as a number; ``None`` when absent, or blank or ``-`` and not required."""
    text = _text(field)
    if field is None or (not required and text in ("", _NONE)):
        return None
    number = parse_decimal(text)
    if number is None:
        line = field[-1]
        label = _label_of(squash(field[0].text))
        raise ReportFormatError(line.no, line.text, "ไม่ใช่ตัวเลข", f"expected a number for '{label}'")
    return number


def _label_of(text: str) -> str:
    return next((label for label in _LABELS if text.startswith(label)), "")


def _text(field: _Field | None) -> str:
    return "\n".join(line.text for line in field[1:]) if field else ""
