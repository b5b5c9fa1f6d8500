"""Operator commands for deadline reminders: show and change a group's policy, read the log."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import click

from bot.cli.support import BY_CLI, friendly_errors, line_group_id, open_services
from bot.cli.text_table import table
from bot.composition import Services
from bot.db.reminder_deliveries import DeliveryRecord
from handlers.formatting import short_id
from handlers.ports import GroupBinding
from handlers.reminder_settings import WEEKDAYS_TH, describe_policy
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.models import ReminderPolicy

MAX_DAYS = 60
WEEKDAYS = {
    **{name: day for day, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{name: day for day, name in enumerate(WEEKDAYS_TH)},
    "พฤหัส": 3,
}
TIME = re.compile(r"(\d{1,2})[:.](\d{2})")
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
@click.pass_context
@friendly_errors
def reminders_set(ctx: click.Context, group_id: str, **options: Any) -> None:
    """เปลี่ยนการตั้งค่าการเตือนของกลุ่ม (เปลี่ยนเฉพาะที่ระบุ)"""
    group_id = line_group_id(group_id)
    changes = _changes(**options)
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


def _changes(
    *,
    days: str | None,
    time: str | None,
    enabled: bool | None,
    quiet: str | None,
    quiet_dates: str | None,
    holidays: bool | None,
    before_open: bool | None,
    overdue: bool | None,
) -> dict[str, Any]:
    changes = {
        "enabled": enabled,
        "quiet_holidays": holidays,
        "before_open": before_open,
        "overdue": overdue,
        "days_before": None if days is None else _days(days),
        "quiet_weekdays": None if quiet is None else frozenset(map(_weekday, _items(quiet))),
        "quiet_dates": None if quiet_dates is None else frozenset(map(_date, _items(quiet_dates))),
    }
    if time is not None:
        changes["hour"], changes["minute"] = _time(time)
    return {name: value for name, value in changes.items() if value is not None}


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def _days(text: str) -> tuple[int, ...]:
    items = _items(text)
    if not all(item.isdecimal() and int(item) <= MAX_DAYS for item in items):
        raise click.BadParameter(f"จำนวนวันต้องเป็นเลข 0 ถึง {MAX_DAYS} คั่นด้วยจุลภาค (ได้ {text!r})")
    days = [int(item) for item in items]
    if len(set(days)) != len(days):
        raise click.BadParameter(f"จำนวนวันซ้ำกัน (ได้ {text!r})")
    return tuple(sorted(days, reverse=True))


def _time(text: str) -> tuple[int, int]:
    found = TIME.fullmatch(text.strip())
    if found is None:
        raise click.BadParameter(f"เวลาต้องเป็นแบบ HH:MM เช่น 09:00 (ได้ {text!r})")
    hour, minute = int(found[1]), int(found[2])
    if hour > 23:
        raise click.BadParameter(f"ชั่วโมงต้องอยู่ระหว่าง 0 ถึง 23 (ได้ {text!r})")
    if minute > 59:
        raise click.BadParameter(f"นาทีต้องอยู่ระหว่าง 0 ถึง 59 (ได้ {text!r})")
    return hour, minute


def _weekday(name: str) -> int:
    key = name.lower().removeprefix("วัน")
    day = WEEKDAYS.get(key[:3] if key.isascii() else key)
    if day is None:
        raise click.BadParameter(f"ไม่รู้จักวัน {name!r} (ใช้ mon tue wed thu fri sat sun)")
    return day


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise click.BadParameter(f"วันที่ต้องเป็นแบบ YYYY-MM-DD (ได้ {text!r})") from exc


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
        STATE_TH[record.state],
    )


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


COMMANDS = (reminders,)
