"""``pmqa remind`` (one run, for cron and for trying) and ``pmqa scheduler`` (the process)."""

from __future__ import annotations

import json
import socket
import sys
from datetime import datetime
from typing import Any

import click

from bot.cli.support import friendly_errors, open_services
from bot.log_setup import configure_logging
from bot.reminders.scheduler import heartbeat, run_forever, run_once
from bot.reminders.sender import GroupRun
from handlers.formatting import short_id
from handlers.render_text import render_reply
from kpi_core.fiscal_calendar import BANGKOK
from kpi_core.reminders import Reminder, ReminderKind
from kpi_core.thai_dates import format_thai_date

OUTCOME_TH = {
    "sent": "ส่งแล้ว",
    "failed": "ส่งไม่สำเร็จ (จะลองส่งใหม่ในรอบถัดไป)",
    "dry_run": "จะส่ง (ทดลอง ไม่ได้ส่งจริง)",
    "held": "งดส่ง เพื่อไม่ให้เกินโควตาข้อความ LINE",
    "already_handled": "ส่งไปแล้ว/มีผู้ส่งอยู่",
}
KIND_TH = {
    "before_open": "ก่อนเปิดรับ",
    "before_due": "ก่อนกำหนด",
    "overdue": "เลยกำหนด",
    "all_done": "ครบแล้ว",
    "digest": "สรุปประจำสัปดาห์",
}


def moment_of(text: str | None) -> datetime | None:
    """The moment ``--now`` names (Bangkok when no zone is given); ``None`` when not given."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise click.BadParameter(
            f"--now ต้องเป็นเวลาแบบ ISO เช่น 2025-01-28T09:00 (ได้ {text!r})"
        ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=BANGKOK)


def _reminder_line(r: Reminder) -> str:
    if r.kind is ReminderKind.DIGEST:
        return f"{KIND_TH[r.kind.value]} สัปดาห์ของ {format_thai_date(r.due)}"
    when = f"{r.offset} วัน" if r.kind.value == "before_due" and r.offset else ""
    kind = KIND_TH[r.kind.value] + (f" {when}" if when else "")
    late = " (ล่าช้า)" if r.late else ""
    missing = f" ยังไม่ส่ง: {', '.join(r.missing_units)}" if r.missing_units else ""
    return f"ขั้นตอนที่ {r.step} {kind}{late} · ภายใน {format_thai_date(r.due)}{missing}"


def _line(run: GroupRun) -> list[str]:
    lines = [f"กลุ่ม {short_id(run.group_id)} ({run.organisation}): {OUTCOME_TH[run.outcome]}"]
    lines += [f"  {_reminder_line(r)}" for r in run.reminders]
    lines += [f"  งดส่ง: {_reminder_line(r)}" for r in run.held]
    if run.retry_at is not None:
        lines.append(f"  รอส่งใหม่ {run.retry_at.astimezone(BANGKOK):%Y-%m-%d %H:%M}")
    if run.error:
        lines.append(f"  ข้อผิดพลาด: {run.error}")
    if run.preview is not None:
        lines.append("  ข้อความที่จะส่ง:")
        lines += [f"    {line}" for line in render_reply(run.preview).splitlines()]
    return lines


def _view(run: GroupRun) -> dict[str, Any]:
    return {
        "group": run.group_id,
        "organisation": run.organisation,
        "outcome": run.outcome,
        "status": run.status,
        "retry_keys": run.retry_keys,
        "cost": run.cost,
        "retry_at": run.retry_at and run.retry_at.isoformat(),
        "reminders": [_reminder_view(r) for r in run.reminders],
        "held": [_reminder_view(r) for r in run.held],
    }


def _reminder_view(r: Reminder) -> dict[str, Any]:
    return {
        "indicator": r.indicator_code,
        "step": r.step,
        "kind": r.kind.value,
        "offset": r.offset,
        "due": r.due.isoformat(),
        "send_at": r.send_at.isoformat(),
        "late": r.late,
        "days_left": r.days_left,
        "missing_units": list(r.missing_units),
    }


@click.command("remind")
@click.option("--now", "now_text", help="เวลาที่ถือเป็นตอนนี้ (ISO เช่น 2025-01-28T09:00, เวลาไทย)")
@click.option("--dry-run", is_flag=True, help="แสดงสิ่งที่จะส่ง โดยไม่ส่งและไม่บันทึก")
@click.option("--json", "as_json", is_flag=True, help="พิมพ์เป็น JSON")
@click.pass_context
@friendly_errors
def remind(ctx: click.Context, now_text: str | None, dry_run: bool, as_json: bool) -> None:
    """ส่งการแจ้งเตือนกำหนดส่งที่ถึงเวลาแล้ว (ครั้งเดียว สำหรับ cron หรือทดลอง)"""
    services = open_services(ctx)
    moment = moment_of(now_text)
    if moment is not None:  # --now wins over PMQA_TODAY
        services.clock = lambda: moment
    runs = run_once(services, dry_run=dry_run)
    if not dry_run:  # cron runs count as the scheduler's (one row per host, not per process)
        heartbeat(services, f"cron:{socket.gethostname()}", ok=True)
    if as_json:
        click.echo(json.dumps([_view(r) for r in runs], ensure_ascii=False, indent=2))
    elif not runs:
        click.echo("ไม่มีการแจ้งเตือนที่ถึงเวลา")
    for run in [] if as_json else runs:
        click.echo("\n".join(_line(run)))
    failed = sum(run.outcome == "failed" for run in runs)
    if failed:  # cron and the operator must notice: the reminders stay due for the next run
        click.echo(f"ผิดพลาด: ส่งไม่สำเร็จ {failed} กลุ่ม จะลองส่งใหม่ในรอบถัดไป", err=True)
        sys.exit(1)


@click.command("scheduler")
@click.option("--interval", default=60.0, show_default=True, help="ตื่นทุกกี่วินาที")
@click.pass_context
@friendly_errors
def scheduler(ctx: click.Context, interval: float) -> None:
    """กระบวนการส่งแจ้งเตือน (รันแยกหนึ่งตัวตาม Procfile ห้ามรันในเว็บ)"""
    services = open_services(ctx)
    configure_logging(services.settings)
    run_forever(services, interval=interval)


COMMANDS = (remind, scheduler)
