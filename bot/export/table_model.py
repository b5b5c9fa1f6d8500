"""The export's tables: typed columns and rows, written alike as xlsx sheets or CSV files."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

Value = str | int | Decimal | date | datetime | None


class Kind(StrEnum):
    """How a column's values are written: numbers stay numbers and dates stay dates."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True)
class Column:
    """A column: its Thai header, its kind and its width in characters."""

    title: str
    kind: Kind = Kind.TEXT
    width: int = 14


@dataclass
class Table:
    """One sheet (or one CSV file): a Thai name, an ASCII file name, columns and rows."""

    name: str  # the sheet's name, ≤ 31 characters
    file: str  # the CSV file's name inside the zip
    columns: tuple[Column, ...]
    rows: list[tuple[Value, ...]] = field(default_factory=list)

    def add(self, *values: Value) -> None:
        """Append a row; it must have a value (or ``None``) for every column."""
        if len(values) != len(self.columns):
            raise ValueError(f"{self.name}: {len(values)} values for {len(self.columns)} columns")
        self.rows.append(values)
