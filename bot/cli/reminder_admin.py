"""Operator commands for deadline reminders: show and change a group's policy, read the log."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import click

from bot.cli import reminder_forecast, reminder_options
from bot.cli.support import BY_CLI, friendly_errors, line_group_id, open_services
from bot.cli.text_table import table
from bot.composition import Services
from bot.db.reminder_deliveries import DeliveryRecord
from bot.db.reminder_records import HELD
from handlers.formatting import short_id
from handlers.ports import GroupBinding
from handlers.reminder_settings import describe_policy, forecast_text
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import ReminderPolicy

STATE_TH = {"claimed": "กำลังส่ง", "sent": "ส่งแล้ว", "failed": "ไม่สำเร็จ", "skipped": "ข้าม"}
HEADER = ("เวลา", "กลุ่ม", "ตัวชี้วัด", "ขั้น", "ชนิด", "ครั้ง", "HTTP", "สถานะ")


@click.group("reminders")
def reminders() -> None:
    """ตั้งค่าการเตือนกำหนดส่งของกลุ่ม LINE และดูประวัติการเตือน"""


@reminders.command("show")
@click.argument("group_id")
@click.pass_context
@friendly_errors
def reminders_show(ctx: click.Context, group_id: str) -> None:
    """แสดงการตั้งค่าการเตือนของกลุ่ม"""
    services = open_services(ctx)
    binding = _bound(services, line_group_id(group_id))
    policy = services.db.reminder_policies.get(binding.group_id)
    default = " (ค่าเริ่มต้น)" if policy == ReminderPolicy() else ""
    click.echo(f"การเตือนของกลุ่ม {short_id(binding.group_id)} ({binding.organisation}){default}")
    click.echo(describe_policy(policy))
    forecast = services.db.reminder_forecasts.of_group(binding.group_id)
    if forecast is not None:  # the scheduler's latest plan of the month
        click.echo(forecast_text(forecast, services.now()))


@reminders.command("set")
@click.argument("group_id")
@click.option("--days", help="เตือนก่อนกำหนดกี่วัน คั่นด้วยจุลภาค (0 คือวันกำหนดส่ง) เช่น 7,3,1,0")
@click.option("--at", "time", help="เวลาเตือนแบบ HH:MM เช่น 09:00")
@click.option("--on/--off", "enabled", default=None, help="เปิดหรือปิดการเตือนของกลุ่ม")
@click.option("--quiet", help="วันในสัปดาห์ที่งดเตือน เช่น sat,sun (ว่างคือไม่งด)")
@click.option("--quiet-dates", help="วันที่งดเตือนแบบ YYYY-MM-DD คั่นด้วยจุลภาค (แทนที่ของเดิม)")
@click.option("--holidays/--no-holidays", default=None, help="งดเตือนในวันหยุดราชการหรือไม่")
@click.option("--before-open/--no-before-open", default=None, help="แจ้งก่อนเปิดรับงานหรือไม่")
@click.option("--overdue/--no-overdue", default=None, help="แจ้งเมื่อเลยกำหนดหรือไม่")
@click.option("--digest/--no-digest", default=None, help="ส่งสรุปรายสัปดาห์ทุกวันจันทร์หรือไม่")
@click.pass_context
@friendly_errors
def reminders_set(ctx: click.Context, group_id: str, **options: Any) -> None:
    """เปลี่ยนการตั้งค่าการเตือนของกลุ่ม (เปลี่ยนเฉพาะที่ระบุ)"""
    group_id = line_group_id(group_id)
    changes = reminder_options.changes(**options)
    if not changes:
        raise click.BadParameter("ไม่ได้ระบุสิ่งที่จะเปลี่ยน (เช่น --days 7,3,1,0 หรือ --at 09:00)")
    services = open_services(ctx)
    _bound(services, group_id)
    policy = replace(services.db.reminder_policies.get(group_id), **changes)
    services.db.reminder_policies.save(group_id, policy, by=BY_CLI, at=datetime.now(UTC))
    click.echo(f"ตั้งการเตือนของกลุ่ม {short_id(group_id)} แล้ว: {describe_policy(policy)}")


@reminders.command("log")
@click.option("--group", "group_id", help="เฉพาะกลุ่มนี้")
@click.option("--json", "as_json", is_flag=True, help="พิมพ์เป็น JSON")
@click.pass_context
@friendly_errors
def reminders_log(ctx: click.Context, group_id: str | None, as_json: bool) -> None:
    """ประวัติการส่งการเตือนล่าสุด (ใหม่สุดก่อน)"""
    group = line_group_id(group_id) if group_id else None
    records = open_services(ctx).db.reminder_deliveries.list(group_id=group)
    if as_json:
        click.echo(json.dumps([_log_view(r) for r in records], ensure_ascii=False, indent=2))
    elif not records:
        click.echo("ยังไม่มีการส่งการเตือน")
    else:
        click.echo(table([HEADER, *(_log_row(r) for r in records)]))


def _bound(services: Services, group_id: str) -> GroupBinding:
    binding = services.db.groups.get(group_id)
    if binding is None:
        raise click.BadParameter(
            f"กลุ่ม {short_id(group_id)} ยังไม่ได้ผูกกับหน่วยงาน: สั่ง pmqa bind-group ก่อน"
        )
    return binding


def _when(record: DeliveryRecord) -> datetime:
    return (record.finished_at or record.claimed_at).astimezone(BANGKOK)


def _log_row(record: DeliveryRecord) -> tuple[str, ...]:
    status = "-" if record.status is None else str(record.status)
    return (
        f"{_when(record):%Y-%m-%d %H:%M}",
        short_id(record.group_id),
        record.indicator_code,
        str(record.step),
        record.kind,
        str(record.attempts),
        status,
        _state(record),
    )


def _state(record: DeliveryRecord) -> str:
    """The state in Thai, with how it went out, why it was held, or when it is retried."""
    if record.state == "skipped" and record.error.startswith(HELD):
        return "งดส่ง (โควตา)"
    if record.state == "sent" and record.via == "reply":
        return "ส่งแล้ว (แนบคำตอบ)"
    if record.state == "failed" and record.retry_at is not None:
        return f"ไม่สำเร็จ (ลองใหม่ {record.retry_at.astimezone(BANGKOK):%H:%M})"
    return STATE_TH[record.state]


def _log_view(record: DeliveryRecord) -> dict[str, Any]:
    copied = ("organisation", "indicator_code", "step", "kind", "offset", "state", "attempts")
    return {
        "when": _when(record).isoformat(),
        "group": short_id(record.group_id),
        **{name: getattr(record, name) for name in copied},
        "due": record.due.isoformat(),
        "status": record.status,
        "error": record.error,
    }


reminders.add_command(reminder_forecast.forecast)
COMMANDS = (reminders,)
