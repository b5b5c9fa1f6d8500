"""The ``pmqa`` operator command line: one group; every command is registered below.

A command's module is imported only when that command runs (or ``--help`` lists them all):
``pmqa ask`` has no use for the scheduler, the Excel export or the report importer, and
importing every module would cost each invocation several hundred ms.
"""

from __future__ import annotations

from importlib import import_module

import click

# Each command by name, with the module whose ``COMMANDS`` holds it (tests/integration/
# test_cli.py checks that this names every command of every module exactly once).
COMMAND_MODULES = {
    "db": "data",
    "import-report": "data",
    "import-plan": "data",
    "demo": "data",
    "status": "data",
    "bind-group": "admin",
    "member": "admin",
    "org": "onboarding",
    "unit": "onboarding",
    "ask": "chat",
    "chat": "chat",
    "reminders": "reminder_admin",
    "desk-link": "desk_commands",
    "export": "desk_commands",
    "remind": "remind",
    "scheduler": "remind",
    "baseline": "year_admin",
    "year": "year_admin",
}


class LazyGroup(click.Group):
    """A group whose commands are imported from their modules when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(cmd_name)
        if module is None:
            return None
        commands = import_module(f"{__name__}.{module}").COMMANDS
        return next(command for command in commands if command.name == cmd_name)


@click.group(cls=LazyGroup)
@click.option("--database-url", envvar="DATABASE_URL", help="ฐานข้อมูล (ค่าเริ่มต้น SQLite ใน instance/)")
@click.option("--debug", is_flag=True, help="แสดง traceback เมื่อเกิดข้อผิดพลาดที่ไม่คาดคิด")
@click.pass_context
def main(ctx: click.Context, database_url: str | None, debug: bool) -> None:
    """PMQA Bot: นำเข้ารายงาน ดูสถานะตัวชี้วัด และจัดการฐานข้อมูล"""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["database_url"] = database_url
