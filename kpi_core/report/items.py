"""Rows of the ``ประเด็นการประเมิน ผลการดำเนินงาน`` table: each item's text and result."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kpi_core.models import AssessmentItem, ItemResult, ResultKind
from kpi_core.report.lines import UNSIGNED_NUMBER, Line, squash
from kpi_core.thai_numbers import arabic_digits, parse_decimal

_FAIL = "ไม่ผ่าน"
# Only the last word is a verdict: ``ผ่านระบบ internet`` inside a row is text. ``ไม่ผ่าน`` is
# tried first because it ends with ``ผ่าน``.
_VERDICT_RE = re.compile(r"(?:^|\s)(?P<raw>ไม่ผ่าน|ผ่าน)$")
_NUMBER_RE = re.compile(
    rf"(?:^|\s)(?P<raw>(?P<number>{UNSIGNED_NUMBER})\s*\((?P<unit>[^()\d]+)\))$"
)


def read_result(row: str) -> tuple[str, ItemResult | None]:
    """Split a table row into its item text and trailing result (``None`` when it has none)."""
    text = squash(row)
    if verdict := _VERDICT_RE.search(text):
        kind = ResultKind.FAIL if verdict["raw"] == _FAIL else ResultKind.PASS
        return text[: verdict.start("raw")].strip(), ItemResult(kind, verdict["raw"])
    # Thai digits map one to one onto ASCII ones, so match offsets hold in the row as written.
    if number := _NUMBER_RE.search(arabic_digits(text)):
        result = ItemResult(
            kind=ResultKind.NUMBER,
            raw=text[number.start("raw") :],
            value=parse_decimal(number["number"]),
            unit=squash(number["unit"]),
        )
        return text[: number.start("raw")].strip(), result
    return text, None


def parse_items(rows: Sequence[Line]) -> tuple[AssessmentItem, ...]:
    """Read the table rows; a row without a result is the start of an item wrapped onto the next.

    Text left without any result at the end of the table is kept as an item whose result is
    ``None``, so that nothing the report says is dropped.
    """
    items: list[AssessmentItem] = []
    pending: list[str] = []
    for row in rows:
        if text := squash(row.text):
            pending.append(text)
            item_text, result = read_result(" ".join(pending))
            if result is not None:
                items.append(AssessmentItem(item_text, result))
                pending = []
    if pending:
        items.append(AssessmentItem(" ".join(pending)))
    return tuple(items)
