"""The ``pmqa`` operator command line: one group; every command is registered below."""

from __future__ import annotations

import click

from bot.cli import (
    admin,
    chat,
    data,
    desk_commands,
    onboarding,
    remind,
    reminder_admin,
    year_admin,
)


@click.group()
@click.option("--database-url", envvar="DATABASE_URL", help="ฐานข้อมูล (ค่าเริ่มต้น SQLite ใน instance/)")
@click.option("--debug", is_flag=True, help="แสดง traceback เมื่อเกิดข้อผิดพลาดที่ไม่คาดคิด")
@click.pass_context
def main(ctx: click.Context, database_url: str | None, debug: bool) -> None:
    """PMQA Bot: นำเข้ารายงาน ดูสถานะตัวชี้วัด และจัดการฐานข้อมูล"""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["database_url"] = database_url


for command in (
    *data.COMMANDS,
    *admin.COMMANDS,
    *onboarding.COMMANDS,
    *chat.COMMANDS,
    *reminder_admin.COMMANDS,
    *desk_commands.COMMANDS,
    *remind.COMMANDS,
    *year_admin.COMMANDS,
):
    main.add_command(command)
