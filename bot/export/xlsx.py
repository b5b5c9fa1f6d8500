"""The export as one workbook (XlsxWriter): a sheet per table, Thai dates, numbers as numbers.

XlsxWriter is imported here only, when a workbook is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any

from bot.export.table_model import Kind, Table

# Excel's Thai locale (041E) with the Buddhist calendar (107): 28 ม.ค. 2568
THAI_DATE = "[$-107041E]d mmm yyyy"
THAI_DATETIME = "[$-107041E]d mmm yyyy hh:mm"
NUMBER = "#,##0.00"
INTEGER = "0"
HEADER = {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#E8F0FE", "border": 1}


def write_workbook(tables: Sequence[Table], target: str | IO[bytes]) -> None:
    """Write the tables as sheets of one workbook to a path or a binary file."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(target, {"in_memory": True, "strings_to_numbers": False})
    formats = {
        "header": workbook.add_format(HEADER),
        Kind.DATE: workbook.add_format({"num_format": THAI_DATE, "align": "left"}),
        Kind.DATETIME: workbook.add_format({"num_format": THAI_DATETIME, "align": "left"}),
        Kind.NUMBER: workbook.add_format({"num_format": NUMBER}),
        Kind.INTEGER: workbook.add_format({"num_format": INTEGER}),
        Kind.TEXT: workbook.add_format({"text_wrap": False}),
    }
    for table in tables:
        _sheet(workbook.add_worksheet(table.name), table, formats)
    workbook.close()


def _sheet(sheet: Any, table: Table, formats: dict[Any, Any]) -> None:
    for col, column in enumerate(table.columns):
        sheet.set_column(col, col, column.width)
        sheet.write_string(0, col, column.title, formats["header"])
    for row_number, row in enumerate(table.rows, start=1):
        for col, (column, value) in enumerate(zip(table.columns, row, strict=True)):
            _cell(sheet, row_number, col, column.kind, value, formats[column.kind])
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(table.rows), 1), len(table.columns) - 1)


def _cell(sheet: Any, row: int, col: int, kind: Kind, value: object, fmt: Any) -> None:
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)
    elif kind in (Kind.NUMBER, Kind.INTEGER) and isinstance(value, int | Decimal):
        sheet.write_number(row, col, float(value), fmt)
    elif kind in (Kind.DATE, Kind.DATETIME) and isinstance(value, date | datetime):
        sheet.write_datetime(row, col, value, fmt)
    else:
        sheet.write_string(row, col, str(value), fmt)
