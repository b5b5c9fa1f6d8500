"""``pmqa reminders forecast``: the month's reminder plan of every group against LINE's quota."""

from __future__ import annotations

import json

import click

from bot.cli.remind import moment_of
from bot.cli.support import friendly_errors, open_services
from bot.cli.text_table import table
from bot.line.quota_api import LineQuotaApi
from bot.reminders.month import forecast as forecast_of
from bot.reminders.scheduler import claimer_name
from bot.reminders.sender import ReminderSender
from handlers.formatting import short_id

HEADER = ("กลุ่ม", "หน่วยงาน", "ครั้ง", "ข้อความ", "งดส่ง")


@click.command("forecast")
@click.option("--now", "now_text", help="เวลาที่ถือเป็นตอนนี้ (ISO เช่น 2025-09-01T08:00, เวลาไทย)")
@click.option("--json", "as_json", is_flag=True, help="พิมพ์เป็น JSON")
@click.pass_context
@friendly_errors
def forecast(ctx: click.Context, now_text: str | None, as_json: bool) -> None:
    """แผนการเตือนที่เหลือของเดือนนี้ทุกกลุ่ม เทียบกับโควตาข้อความ LINE (คำนวณใหม่และบันทึก)"""
    services = open_services(ctx)
    now = moment_of(now_text) or services.now()
    quota = LineQuotaApi(services.settings)
    try:
        sender = ReminderSender(services.db, services.gateway, claimer=claimer_name(), quota=quota)
        data = forecast_of(sender.plan(now))
    finally:
        quota.close()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(_summary(data))
    names = {b.group_id: b.organisation for b in services.db.groups.all()}
    rows = [
        (short_id(group), names.get(group, "-"), str(pushes), f"{cost:,}", str(held))
        for group, (pushes, cost, held) in data["groups"].items()
    ]
    if rows:
        click.echo(table([HEADER, *rows]))


def _summary(data: dict) -> str:
    if not data["known"]:
        head = "ไม่ทราบโควตาและยอดใช้ของเดือนนี้ (อ่านจาก LINE ไม่ได้) จึงไม่งดส่งการเตือนใด"
    elif data["limit"] is None:
        head = f"เดือนนี้ใช้ไป {data['used']:,} ข้อความ (ไม่จำกัดโควตา)"
    else:
        head = (
            f"เดือนนี้ใช้ไป {data['used']:,}/{data['limit']:,} ข้อความ"
            f" (สำรอง {data['margin']:,} ไว้สำหรับคำตอบที่ต้องส่งแบบ push)"
        )
    plan = f"แผนเตือนที่เหลือ {data['pushes']} ครั้ง ~{data['cost']:,} ข้อความ"
    held = f"; งดส่ง {data['held']} ครั้งเพื่อไม่ให้เกินโควตา" if data["held"] else ""
    return f"{head}\n{plan}{held}"
