"""Operator commands for the chat bot's state: bind LINE groups, register and list members."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

import click

from bot.cli_support import friendly_errors, open_services, resolve_org
from handlers.ports import GroupBinding
from kpi_core.models import Member, Organisation, Role

BY_CLI = "cli"  # who made a change, when an operator made it from the command line
USER_ID = re.compile(r"U[0-9a-f]{32}")
GROUP_ID = re.compile(r"[CR][0-9a-f]{32}")  # a group (C…) or a multi-person chat room (R…)
ROLE_TH = {Role.MEMBER: "สมาชิก", Role.COORDINATOR: "ผู้ประสานงาน"}
HEADER = ("ชื่อ", "หน่วยงานย่อย", "บทบาท", "รหัสผู้ใช้")
ZERO_WIDTH = {"Mn", "Me", "Cf"}  # Thai vowel and tone marks sit above or below a letter


def register_admin_commands(group: click.Group) -> None:
    """Add ``bind-group`` and ``member`` to the ``pmqa`` command group."""
    group.add_command(bind_group)
    group.add_command(member)


def short_id(line_id: str) -> str:
    """The first eight characters of a LINE id: enough to recognise, too few to misuse."""
    return f"{line_id[:8]}…"


def _line_id(value: str, pattern: re.Pattern[str], rule: str) -> str:
    value = value.strip()
    if not pattern.fullmatch(value):
        raise click.BadParameter(f"{rule} (ได้ {short_id(value)})")
    return value


@click.command("bind-group")
@click.argument("group_id")
@click.option("--org", "org_name", required=True, help="ชื่อหรือชื่อย่อหน่วยงาน")
@click.pass_context
@friendly_errors
def bind_group(ctx: click.Context, group_id: str, org_name: str) -> None:
    """ผูกกลุ่ม LINE กับหน่วยงาน (กลุ่มหนึ่งผูกได้หนึ่งหน่วยงาน ผูกใหม่คือย้าย)"""
    group_id = _line_id(group_id, GROUP_ID, "รหัสกลุ่ม LINE ต้องเป็น C หรือ R ตามด้วยเลขฐานสิบหก 32 ตัว")
    services = open_services(ctx)
    name = resolve_org(services, org_name)
    before = services.db.groups.get(group_id)
    services.db.groups.bind(GroupBinding(group_id, name, BY_CLI, datetime.now(UTC)))
    moved = f" (ย้ายจาก {before.organisation})" if before and before.organisation != name else ""
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
    user_id = _line_id(line_user_id, USER_ID, "รหัสผู้ใช้ LINE ต้องเป็น U ตามด้วยเลขฐานสิบหก 32 ตัว")
    services = open_services(ctx)
    name = resolve_org(services, org_name)
    unit = _unit(services.db.organisations.get(name), unit_name) if unit_name else None
    role = Role.COORDINATOR if coordinator else Role.MEMBER
    before = services.db.members.get(user_id)
    saved = services.db.members.save(
        Member(user_id, name, unit, display_name.strip(), role, datetime.now(UTC), BY_CLI)
    )
    verb = "แก้ไขการลงทะเบียน" if before else "ลงทะเบียน"
    click.echo(f"{verb} {_describe(saved)} แล้ว")


def _unit(organisation: Organisation | None, query: str) -> str:
    unit = organisation.unit(query.strip()) if organisation else None
    if unit is None:
        known = ", ".join(u.name for u in organisation.units) if organisation else ""
        raise click.BadParameter(f"ไม่พบหน่วยงานย่อย {query!r} (ที่มี: {known or 'ไม่มี'})")
    return unit.name


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
    widths = [max(_width(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = [
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True))
        for row in rows
    ]
    return "\n".join([f"{organisation}: สมาชิก {len(members)} คน", *(x.rstrip() for x in lines)])


def _width(text: str) -> int:
    return sum(unicodedata.category(ch) not in ZERO_WIDTH for ch in text)
