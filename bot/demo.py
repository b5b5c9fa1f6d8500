"""Load the sample data (three OPDC reports, the seed-003 plan, a demo ministry) into a database."""

from __future__ import annotations

import hashlib
import json
import posixpath
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from bot.db.database import Database
from bot.importing import read_plan, read_report
from handlers.data_files import data_file, read_text
from handlers.ports import DuplicateEventError, GroupBinding, SaveOutcome
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import (
    DEMO_AUTHOR,
    Member,
    Organisation,
    Role,
    Submission,
    SubmissionKind,
    Unit,
)
from kpi_core.plan import merge_plan

DEMO_FILE = "demo/demo.json"  # under data/; it names its reports and plans relative to itself
DEMO_USER = DEMO_AUTHOR
DEMO_USER_NAME = "ข้อมูลสาธิต"
DEMO_GROUP = "Cd0000000000000000000000000000001"  # bound to สป.รง. by the demo
DEMO_COORDINATOR = "Ud0000000000000000000000000000001"
_DEMO_AT = datetime(2024, 10, 1, 9, 0, tzinfo=BANGKOK)


@dataclass
class DemoSummary:
    """What loading the demo did."""

    organisations: dict[str, SaveOutcome] = field(default_factory=dict)
    submissions_added: int = 0
    submissions_present: int = 0
    notice: str = ""
    skipped: list[str] = field(default_factory=list)  # real organisations the demo left alone


def load_demo(db: Database, name: str = DEMO_FILE) -> DemoSummary:
    """Load every report, plan, unit and sample submission the demo file names (idempotent)."""
    spec, folder = json.loads(read_text(name)), posixpath.dirname(name)
    summary = DemoSummary(notice=spec.get("notice", ""))
    # An organisation already holding real data is left alone: the demo never mixes into it.
    real = {n for n in db.organisations.names() if not _is_demo(db, n)}
    for file in spec.get("reports", ()):
        org = replace(read_report(data_file(folder, file)), demo=True)
        _save(db, org, real, summary)
    for file in spec.get("plans", ()):
        plan = read_plan(data_file(folder, file))
        merged = merge_plan(db.organisations.get(plan.organisation.name), plan)
        units = tuple(_unit(u) for u in spec.get("units", {}).get(merged.name, ()))
        _save(db, replace(merged, units=units or merged.units, demo=True), real, summary)
    for member in (_member(raw) for raw in spec.get("members", ())):
        if member.organisation not in real and db.members.get(member.line_user_id) != member:
            db.members.save(member)
    for raw in spec.get("groups", ()):
        binding = GroupBinding(raw["group_id"], raw["organisation"], DEMO_USER, _DEMO_AT)
        if binding.organisation not in real and db.groups.get(binding.group_id) != binding:
            db.groups.bind(binding)
    for entry in [*spec.get("submissions", ()), *_baselines(spec)]:
        if entry["organisation"] in real:
            continue
        try:
            db.submissions.append(entry["organisation"], _submission(entry))
            summary.submissions_added += 1
        except DuplicateEventError:
            summary.submissions_present += 1
    return summary


def _is_demo(db: Database, name: str) -> bool:
    found = db.organisations.get(name)
    return found is not None and found.demo


def _save(db: Database, org: Organisation, real: set[str], summary: DemoSummary) -> None:
    if org.name in real:
        summary.skipped.append(org.name)
    else:
        summary.organisations[org.name] = db.organisations.save(org, by=DEMO_USER)


def _unit(raw: dict[str, Any]) -> Unit:
    return Unit(
        name=raw["name"],
        short_name=raw.get("short_name", ""),
        aliases=tuple(raw.get("aliases", ())),
        coordinator=bool(raw.get("coordinator", False)),
    )


def _member(raw: dict[str, Any]) -> Member:
    return Member(
        line_user_id=raw["line_user_id"],
        organisation=raw["organisation"],
        unit=raw.get("unit"),
        display_name=raw.get("display_name", ""),
        role=Role(raw.get("role", Role.MEMBER.value)),
        registered_at=_DEMO_AT,
        registered_by=DEMO_USER,
    )


def _baselines(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**b, "kind": SubmissionKind.BASELINE.value} for b in spec.get("baselines", ())]


def _submission(entry: dict[str, Any]) -> Submission:
    # A stable event id per entry makes re-running the demo add nothing twice.
    digest = hashlib.sha256(json.dumps(entry, sort_keys=True).encode("utf-8")).hexdigest()[:24]
    done_on = date.fromisoformat(entry["done_on"]) if entry.get("done_on") else None
    at = datetime.combine(done_on or date(2024, 10, 1), time(10, 0), BANGKOK)
    return Submission(
        indicator_code=entry["indicator"],
        kind=SubmissionKind(entry["kind"]),
        unit=entry.get("unit"),
        value=Decimal(entry["value"]) if entry.get("value") else None,
        step=entry.get("step"),
        done_on=done_on,
        channel=entry.get("channel", ""),
        dimensions=frozenset(entry.get("dimensions", ())),
        submitted_by=DEMO_USER,
        submitted_by_name=DEMO_USER_NAME,
        submitted_at=at,
        source_event_id=f"demo:{digest}",
        note=entry.get("note", ""),
    )
