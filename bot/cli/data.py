"""Data commands of ``pmqa``: the schema, report and plan imports, the demo, the status."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import click

from bot.cli.support import BY_CLI, friendly_errors, open_services, resolve_org
from bot.composition import Services
from bot.demo import load_demo
from bot.importing import read_plan, read_report
from handlers.common import status_of, unit_named
from handlers.status_text import render_status
from kpi_core.json_views import report_view, status_view
from kpi_core.ledger import effective_submissions
from kpi_core.models import Organisation
from kpi_core.plan import merge_plan

OUTCOME_TH = {"created": "เพิ่มใหม่", "updated": "ปรับปรุง", "unchanged": "ไม่เปลี่ยนแปลง"}


@click.group()
def db() -> None:
    """จัดการโครงสร้างฐานข้อมูล"""


@db.command("upgrade")
@click.pass_context
@friendly_errors
def db_upgrade(ctx: click.Context) -> None:
    """สร้างหรือปรับโครงสร้างฐานข้อมูลให้เป็นรุ่นล่าสุด"""
    services = open_services(ctx, ready=False)
    services.db.upgrade()
    click.echo("ฐานข้อมูลพร้อมใช้งาน (รุ่นล่าสุด)")


@click.command("import-report")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="พิมพ์ผลการอ่านรายงานเป็น JSON")
@click.option("--dry-run", is_flag=True, help="อ่านและตรวจรายงานโดยไม่บันทึก")
@click.pass_context
@friendly_errors
def import_report(
    ctx: click.Context, files: tuple[Path, ...], as_json: bool, dry_run: bool
) -> None:
    """นำเข้ารายงานผลการประเมิน (ก.พ.ร.) จากไฟล์ข้อความ"""
    organisations = [read_report(path) for path in files]  # all or nothing
    outcomes: list[str | None] = [None] * len(organisations)
    if not dry_run:
        services = open_services(ctx)
        outcomes = [services.db.organisations.save(o, by=BY_CLI).value for o in organisations]
    if as_json:
        views = [
            {**report_view(o), "outcome": r} for o, r in zip(organisations, outcomes, strict=True)
        ]
        click.echo(json.dumps({"reports": views}, ensure_ascii=False, indent=2))
        return
    for org, outcome in zip(organisations, outcomes, strict=True):
        status = OUTCOME_TH.get(outcome or "", "ตรวจแล้ว ไม่บันทึก")
        click.echo(f"{org.name}: {len(org.indicators)} ตัวชี้วัด ({status})")
        left = _demo_rows(services, org.name) if outcome else 0
        if left:
            click.echo(f"  มีข้อมูลสาธิตค้างอยู่ {left} รายการ: แสดงเป็น 'ข้อมูลสาธิต' จนกว่าจะส่งค่าจริงแทน")


@click.command("import-plan")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--org", "org_name", help="หน่วยงานที่จะรับตัวชี้วัด (ค่าเริ่มต้นตามไฟล์)")
@click.pass_context
@friendly_errors
def import_plan(ctx: click.Context, file: Path, org_name: str | None) -> None:
    """นำเข้าหน่วยงาน หน่วยงานย่อย และตัวชี้วัดตามแผน (ไฟล์ JSON แบบ data/plans/)"""
    plan = read_plan(file)
    services = open_services(ctx)
    store = services.db.organisations
    if org_name:  # the file's units and indicator go to ORG instead of the file's organisation
        target = resolve_org(services, org_name)
        source = plan.organisation  # its units and plan year; its names stay its own
        plan = replace(
            plan,
            organisation=Organisation(target, units=source.units, fiscal_year=source.fiscal_year),
        )
    name = plan.organisation.name
    before = store.get(name)
    outcome = OUTCOME_TH[store.save(merge_plan(before, plan), by=BY_CLI)]
    if plan.indicator is not None:
        click.echo(f"{name}: ตัวชี้วัด {plan.indicator.code} {plan.indicator.title} ({outcome})")
    if plan.organisation.units or plan.indicator is None:
        had = {u.name for u in before.units} if before else set()
        new = sum(u.name not in had for u in plan.organisation.units)
        units = len(plan.organisation.units)
        click.echo(f"{name}: หน่วยงานย่อยในไฟล์ {units} หน่วย (เพิ่มใหม่ {new}) ({outcome})")


@click.command("demo")
@click.pass_context
@friendly_errors
def demo(ctx: click.Context) -> None:
    """โหลดข้อมูลสาธิต (รายงานตัวอย่าง 3 ฉบับ แผน สป.รง. และผลการส่งงานสมมติ)"""
    services = open_services(ctx, ready=False)
    services.db.upgrade()
    summary = load_demo(services.db)
    click.echo(summary.notice)
    for name, outcome in summary.organisations.items():
        click.echo(f"- {name} ({OUTCOME_TH[outcome]})")
    for name in summary.skipped:
        click.echo(f"- ข้าม {name}: มีข้อมูลจริงอยู่แล้ว (ไม่ใส่ข้อมูลสาธิตปน)")
    click.echo(
        f"ผลการส่งงานสาธิต: เพิ่ม {summary.submissions_added} รายการ"
        f", มีอยู่แล้ว {summary.submissions_present} รายการ"
    )


@click.command("status")
@click.option("--org", "org_name", help="ชื่อหรือชื่อย่อหน่วยงาน")
@click.option("--unit", "unit_name", help="หน่วยงานย่อย (กอง/สำนัก/ศูนย์)")
@click.option("--today", help="วันที่อ้างอิงแบบ YYYY-MM-DD (หรือ PMQA_TODAY)")
@click.option("--json", "as_json", is_flag=True, help="พิมพ์เป็น JSON")
@click.pass_context
@friendly_errors
def status(
    ctx: click.Context,
    org_name: str | None,
    unit_name: str | None,
    today: str | None,
    as_json: bool,
) -> None:
    """สรุปสถานะตัวชี้วัด: ผล ระดับ/เกณฑ์ คะแนน และกำหนดส่งถัดไป"""
    services = open_services(ctx, today=today)
    names = [resolve_org(services, org_name)] if org_name else services.db.organisations.names()
    if not names:
        raise click.BadParameter("ยังไม่มีข้อมูล: สั่ง pmqa demo หรือ pmqa import-report ก่อน")
    if unit_name and not org_name:  # the organisations that have such a unit
        names = [n for n in names if _has_unit(services, n, unit_name)]
        if not names:
            raise click.BadParameter(f"ไม่พบหน่วยงานย่อย {unit_name!r} ในหน่วยงานใด (ระบุ --org)")
    ports, today = services.ports(offline=True), services.now().date()
    statuses = [status_of(ports, name, unit_name, today=today) for name in names]
    if as_json:
        click.echo(json.dumps([status_view(s) for s in statuses], ensure_ascii=False, indent=2))
        return
    click.echo("\n\n".join(render_status(s) for s in statuses))


def _demo_rows(services: Services, organisation: str) -> int:
    """How many figures the demo made up still stand for the organisation."""
    rows = effective_submissions(services.db.submissions.list(organisation))
    return sum(row.is_demo for row in rows.values())


def _has_unit(services: Services, organisation: str, unit_name: str) -> bool:
    found = services.db.organisations.get(organisation)
    return found is not None and not isinstance(unit_named(found, unit_name), str)


COMMANDS = (db, import_report, import_plan, demo, status)
