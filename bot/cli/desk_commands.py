"""Desk commands of ``pmqa``: a login link without LINE, and the export to a file."""

from __future__ import annotations

from pathlib import Path

import click

from bot.cli.support import friendly_errors, line_user_id_of, open_services, resolve_org
from bot.export.build import FORMATS, export_organisation
from handlers.desk import LOGIN_MINUTES

NO_SECRET = "ต้องตั้งค่า PMQA_SECRET_KEY (ยาวอย่างน้อย 32 ตัวอักษร) ก่อนจึงจะเปิดแดชบอร์ดได้"
NO_BASE = "ต้องตั้งค่า PMQA_PUBLIC_URL หรือใส่ --base-url (เช่น http://127.0.0.1:8000)"


@click.command("desk-link")
@click.option("--user", "user_id", required=True, help="รหัสผู้ใช้ LINE ของสมาชิก (U…)")
@click.option("--base-url", help="ที่อยู่ของเว็บ (ค่าเริ่มต้น PMQA_PUBLIC_URL)")
@click.pass_context
@friendly_errors
def desk_link(ctx: click.Context, user_id: str, base_url: str | None) -> None:
    """พิมพ์ลิงก์เข้าแดชบอร์ดแบบใช้ครั้งเดียว (เหมือนที่บอทส่งในแชท)"""
    services = open_services(ctx)
    user_id = line_user_id_of(user_id)
    member = services.db.members.get(user_id)
    if member is None:
        raise click.BadParameter(f"ผู้ใช้ {user_id[:8]}… ยังไม่ได้ลงทะเบียน (pmqa member add)")
    if not services.settings.secret_key:
        raise click.BadParameter(NO_SECRET)
    base = (base_url or services.settings.public_url).rstrip("/")
    if not base:
        raise click.BadParameter(NO_BASE)
    links = services.desk_links()
    link = links.login_link(
        user_id, member.organisation, now=services.now(), via="cli", base_url=base
    )
    click.echo(link)
    click.echo(f"(ใช้ได้ครั้งเดียว ภายใน {LOGIN_MINUTES} นาที: {member.organisation})", err=True)


@click.command("export")
@click.option("--org", "org_name", required=True, help="ชื่อหรือชื่อย่อหน่วยงาน")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="xlsx", show_default=True)
@click.option("--today", help="วันที่อ้างอิงแบบ YYYY-MM-DD (หรือ PMQA_TODAY)")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.pass_context
@friendly_errors
def export(ctx: click.Context, org_name: str, fmt: str, today: str | None, file: Path) -> None:
    """ส่งออกสถานะ ตัวชี้วัด และบันทึกการเปลี่ยนแปลง เป็น Excel (xlsx) หรือ zip ของไฟล์ CSV"""
    services = open_services(ctx, today=today)
    name = resolve_org(services, org_name)
    file.parent.mkdir(parents=True, exist_ok=True)
    export_organisation(services, name, str(file), fmt)
    click.echo(f"{name}: บันทึก {file} แล้ว ({fmt})")


COMMANDS = (desk_link, export)
