"""Read report and plan files from disk, naming the file in every error."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from handlers.data_files import read_text
from kpi_core.models import Organisation
from kpi_core.org_names import with_known_names
from kpi_core.plan import Plan, PlanFormatError, load_plan
from kpi_core.report import ReportFormatError, parse_report

KNOWN_NAMES = "organisations/names.json"  # under data/: short names and aliases of agencies


class ImportFailure(ValueError):
    """A file could not be read or understood; the message names the file and the problem."""


def read_report(path: Path | Traversable) -> Organisation:
    """Parse the OPDC report in ``path`` (a file, or one shipped in data/)."""
    text = _read_text(path)
    try:
        return named(parse_report(text, source=path.name))
    except ReportFormatError as exc:
        raise ImportFailure(f"{path.name}: {exc}") from exc


def read_plan(path: Path | Traversable) -> Plan:
    """Load the plan JSON file in ``path`` (a file, or one shipped in data/)."""
    try:
        plan = load_plan(json.loads(_read_text(path)))
        return replace(plan, organisation=named(plan.organisation))
    except json.JSONDecodeError as exc:
        raise ImportFailure(f"{path.name}: ไม่ใช่ไฟล์ JSON (บรรทัด {exc.lineno})") from exc
    except PlanFormatError as exc:
        raise ImportFailure(f"{path.name}: {exc}") from exc


def named(organisation: Organisation) -> Organisation:
    """The organisation with the short name and aliases data/organisations/names.json knows."""
    return with_known_names(organisation, _known_names())


@cache
def _known_names() -> dict[str, Any]:
    organisations: dict[str, Any] = json.loads(read_text(KNOWN_NAMES))["organisations"]
    return organisations


def _read_text(path: Path | Traversable) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ImportFailure(f"ไม่พบไฟล์ {path}") from exc
    except UnicodeDecodeError as exc:
        raise ImportFailure(f"{path.name}: ไม่ใช่ข้อความ UTF-8") from exc
    except OSError as exc:
        raise ImportFailure(f"อ่านไฟล์ {path} ไม่ได้: {exc.strerror}") from exc
