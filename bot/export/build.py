"""One organisation's export, as of the services' today: the tables, then the chosen writer."""

from __future__ import annotations

from typing import IO

from bot.composition import Services
from bot.export.sheets import export_tables
from handlers.common import status_of

FORMATS = ("xlsx", "csv")


def export_organisation(
    services: Services, organisation: str, target: str | IO[bytes], fmt: str = "xlsx"
) -> None:
    """Write the organisation's workbook (``xlsx``) or zip of CSV files (``csv``) to ``target``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    today = services.now().date()
    status = status_of(services.ports(offline=True), organisation, None, today=today)
    tables = export_tables(status, services.db.audit.entries(organisation))
    if fmt == "xlsx":
        from bot.export.xlsx import write_workbook

        write_workbook(tables, target)
    else:
        from bot.export.csv_zip import write_csv_zip

        write_csv_zip(tables, target)


def file_name(organisation: str, services: Services, fmt: str = "xlsx") -> str:
    """``pmqa-2025-01-28.xlsx`` (ASCII: every browser and mail client keeps it intact)."""
    extension = "xlsx" if fmt == "xlsx" else "zip"
    return f"pmqa-{services.now().date().isoformat()}.{extension}"
