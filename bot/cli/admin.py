"""Operator commands for the chat bot's state: bind LINE groups, register and list members."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import click

from bot.cli.support import (
    BY_CLI,
    friendly_errors,
    line_group_id,
    line_user_id_of,
    open_services,
    organisation_of,
    resolve_org,
    unit_of,
)
from bot.cli.text_table import table
from handlers.formatting import short_id
from handlers.ports import GroupBinding, StorageError
from kpi_core.models import Member, Role

log = logging.getLogger(__name__)
ROLE_TH = {Role.MEMBER: "สมาชิก", Role.COORDINATOR: "ผู้ประสานงาน"}
HEADER = ("ชื่อ", "หน่วยงานย่อย", "บทบาท", "รหัสผู้ใช้")


@click.command("bind-group")
@click.argument("group_id")
@click.option("--org", "org_name", required=True, help="ชื่อหรือชื่อย่อหน่วยงาน")
@click.option("--force", is_flag=True, help="ย้ายกลุ่มที่เป็นของหน่วยงานอื่น (บันทึกไว้ทุกครั้ง)")
@click.pass_context
@friendly_errors
def bind_group(ctx: click.Context, group_id: str, org_name: str, force: bool) -> None:
    """ผูกกลุ่ม LINE กับหน่วยงาน (กลุ่มหนึ่งผูกได้หนึ่งหน่วยงาน ย้ายไปหน่วยงานอื่นต้องใส่ --force)"""
    group_id = line_group_id(group_id)
    services = open_services(ctx)
    name = resolve_org(services, org_name)
    before = services.db.groups.last(group_id)
    moving = before is not None and before.organisation != name
    if moving and not force:
        raise StorageError(
            f"กลุ่ม {short_id(group_id)} เป็นของ {before.organisation}: ใส่ --force เพื่อย้าย"
        )
    by = f"{BY_CLI}:force" if moving else BY_CLI
    services.db.groups.bind(GroupBinding(group_id, name, by, datetime.now(UTC)))
    if moving:
        log.warning("group %s moved to another organisation with --force", short_id(group_id))
    moved = f" (ย้ายจาก {before.organisation})" if moving and before else ""
    click.echo(f"ผูกกลุ่ม {short_id(group_id)} กับ {name} แล้ว{moved}")


@click.group("member")
def member() -> None:
    """ลงทะเบียนและดูรายชื่อสมาชิกที่ใช้บอท"""


@member.command("add")
@click.argument("line_user_id")
@click.option("--org", "org_name", required=True, help="ชื่อหรือชื่อย่อหน่วยงาน")
@click.option("--unit", "unit_name", help="หน่วยงานย่อย (ชื่อเต็ม ชื่อย่อ หรือชื่อเรียก)")
@click.option("--name", "display_name", default="", help="ชื่อที่แสดง")
@click.option("--coordinator", is_flag=True, help="ผู้ประสานงาน: ส่งผลแทนทุกหน่วยงานย่อยได้")
@click.pass_context
@friendly_errors
def member_add(
    ctx: click.Context,
    line_user_id: str,
    org_name: str,
    unit_name: str | None,
    display_name: str,
    coordinator: bool,
) -> None:
    """ลงทะเบียนผู้ใช้ LINE เป็นสมาชิกของหน่วยงาน (ลงทะเบียนซ้ำคือแก้ไข)"""
    user_id = line_user_id_of(line_user_id)
    services = open_services(ctx)
    organisation = organisation_of(services, org_name)
    name = organisation.name
    unit = unit_of(organisation, unit_name) if unit_name else None
    role = Role.COORDINATOR if coordinator else Role.MEMBER
    before = services.db.members.get(user_id)
    saved = services.db.members.save(
        Member(user_id, name, unit, display_name.strip(), role, datetime.now(UTC), BY_CLI)
    )
    verb = "แก้ไขการลงทะเบียน" if before else "ลงทะเบียน"
    click.echo(f"{verb} {_describe(saved)} แล้ว")


def _describe(m: Member) -> str:
    where = f" {m.unit}" if m.unit else ""
    who = f"{m.display_name or 'ผู้ใช้'} ({short_id(m.line_user_id)})"
    return f"{who} เป็น{ROLE_TH[m.role]}{where} ของ {m.organisation}"


@member.command("list")
@click.option("--org", "org_name", help="ชื่อหรือชื่อย่อหน่วยงาน (ค่าเริ่มต้นทุกหน่วยงาน)")
@click.pass_context
@friendly_errors
def member_list(ctx: click.Context, org_name: str | None) -> None:
    """รายชื่อสมาชิกที่ลงทะเบียนแล้ว (แสดงรหัสผู้ใช้เพียง 8 ตัวแรก)"""
    services = open_services(ctx)
    names = [resolve_org(services, org_name)] if org_name else services.db.organisations.names()
    if not names:
        raise click.BadParameter("ยังไม่มีข้อมูล: สั่ง pmqa demo หรือ pmqa import-report ก่อน")
    click.echo("\n\n".join(_member_table(n, services.db.members.members_of(n)) for n in names))


def _member_table(organisation: str, members: list[Member]) -> str:
    if not members:
        return f"{organisation}: ยังไม่มีสมาชิก"
    rows = [HEADER] + [
        (m.display_name or "-", m.unit or "-", ROLE_TH[m.role], short_id(m.line_user_id))
        for m in members
    ]
    return f"{organisation}: สมาชิก {len(members)} คน\n{table(rows)}"


COMMANDS = (bind_group, member)
