"""The export as a zip of CSV files, one per table: UTF-8 with a BOM (Excel reads the Thai),
ISO dates (YYYY-MM-DD, Gregorian) and plain numbers, so other programs read it too."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import IO

from bot.export.table_model import Table, Value


def write_csv_zip(tables: Sequence[Table], target: str | IO[bytes]) -> None:
    """Write each table as ``<file>.csv`` inside one zip at ``target``."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table in tables:
            archive.writestr(table.file, csv_text(table).encode("utf-8-sig"))


def csv_text(table: Table) -> str:
    """One table as CSV text: the Thai headers, then the rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(column.title for column in table.columns)
    writer.writerows([_text(value) for value in row] for row in table.rows)
    return buffer.getvalue()


def _text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)
