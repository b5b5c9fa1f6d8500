"""Coordinator commands across fiscal years: previous-year baselines and closing a year."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

import click

from bot.cli.support import BY_CLI, friendly_errors, open_services, resolve_org
from bot.composition import Services
from handlers.common import status_of
from handlers.formatting import number
from handlers.nlu.value_checks import value_problem
from handlers.year_close import year_summary_lines
from kpi_core.ledger import effective_submissions
from kpi_core.models import (
    ScoringMethod,
    Submission,
    SubmissionAction,
    SubmissionKind,
    YearClose,
)
from kpi_core.year_end import may_close


@click.group("baseline")
def baseline() -> None:
    """ค่าฐาน (ผลของปีก่อน) ที่ใช้เลือกกลุ่มเป้าหมายและคำนวณเกณฑ์"""


@baseline.command("set")
@click.argument("value")
@click.option("--org", "org_name", required=True, help="ชื่อหรือชื่อย่อหน่วยงาน")
@click.option("--indicator", "code", required=True, help="รหัสตัวชี้วัด เช่น 8")
@click.option("--year", type=int, required=True, help="ปี พ.ศ. ของผลนั้น เช่น 2566")
@click.option("--today", help="วันที่อ้างอิงแบบ YYYY-MM-DD (หรือ PMQA_TODAY)")
@click.pass_context
@friendly_errors
def baseline_set(
    ctx: click.Context, value: str, org_name: str, code: str, year: int, today: str | None
) -> None:
    """บันทึกค่าฐานของตัวชี้วัด (เช่น คะแนน PMQA ปี 2566) — ไม่ใช่ผลของปีนี้"""
    amount = _decimal(value)
    services = open_services(ctx, today=today)
    name = resolve_org(services, org_name)
    org = services.db.organisations.get(name)
    assert org is not None
    indicator = org.indicator(code)
    if indicator is None:
        known = ", ".join(i.code for i in org.indicators)
        raise click.BadParameter(f"ไม่พบตัวชี้วัด {code} ใน {name} (ที่มี: {known})")
    if indicator.method is ScoringMethod.MILESTONES:
        raise click.BadParameter(f"ตัวชี้วัด {code} ส่งเป็นขั้นตอน ไม่มีค่าฐานจากปีก่อน")
    if org.fiscal_year is not None and year >= org.fiscal_year:
        raise click.BadParameter(
            f"ปี {year} ไม่ใช่ปีก่อนปีงบประมาณ {org.fiscal_year}: ผลของปีนี้ให้ส่งเป็นผลการดำเนินงาน"
        )
    row = Submission(
        indicator_code=code,
        kind=SubmissionKind.BASELINE,
        value=amount,
        note=f"ค่าฐาน: ผลปี {year}",
        submitted_by=BY_CLI,
        submitted_at=services.now(),
    )
    services.db.submissions.append(name, _superseding(services, name, row))
    click.echo(f"บันทึกค่าฐาน ตัวชี้วัด {code} ของ {name}: ผลปี {year} = {number(amount)} แล้ว")


def _decimal(text: str) -> Decimal:
    try:
        amount = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise click.BadParameter(f"'{text}' ไม่ใช่ตัวเลข") from None
    problem = value_problem(amount)
    if problem:
        raise click.BadParameter(problem)
    return amount


def _superseding(services: Services, name: str, row: Submission) -> Submission:
    """A new baseline corrects the one in effect (nothing is overwritten)."""
    rows = services.db.submissions.list(name, indicator_code=row.indicator_code)
    current = effective_submissions(rows).get(row.slot())
    if current is None:
        return row
    return replace(row, action=SubmissionAction.CORRECT, supersedes=current.id)


@click.group("year")
def year() -> None:
    """ปีงบประมาณของแผน: สรุปสิ้นปีและการปิดปี"""


@year.command("close")
@click.option("--org", "org_name", required=True, help="ชื่อหรือชื่อย่อหน่วยงาน")
@click.option("--today", help="วันที่อ้างอิงแบบ YYYY-MM-DD (หรือ PMQA_TODAY)")
@click.option("--yes", is_flag=True, help="ไม่ต้องถามยืนยัน")
@click.pass_context
@friendly_errors
def year_close(ctx: click.Context, org_name: str, today: str | None, yes: bool) -> None:
    """ปิดปีงบประมาณของแผน (หลัง 30 ก.ย.): ข้อมูลปีนั้นอ่านได้อย่างเดียวจนกว่าจะนำเข้าแผนปีถัดไป"""
    services = open_services(ctx, today=today)
    name = resolve_org(services, org_name)
    org = services.db.organisations.get(name)
    assert org is not None
    now = services.now()
    problem = may_close(org, now.date())
    if problem:
        raise click.BadParameter(problem)
    ports = services.ports(offline=True)
    summary = year_summary_lines(status_of(ports, name, None, today=now.date()))
    fiscal = org.fiscal_year
    assert fiscal is not None
    click.echo("\n".join([f"ปิดปีงบประมาณ {fiscal} ของ {name}", *summary]))
    if not yes and not click.confirm("ยืนยันการปิดปี", default=False):
        click.echo("ยกเลิกแล้ว ยังไม่ได้ปิดปี")
        return
    services.db.organisations.close_year(name, YearClose(fiscal, now, BY_CLI))
    click.echo(f"ปิดปีงบประมาณ {fiscal} แล้ว: นำเข้าแผนปีงบประมาณ {fiscal + 1} ด้วย pmqa import-plan")


COMMANDS = (baseline, year)
