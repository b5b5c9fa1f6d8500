"""Parsing ``pmqa reminders set`` options into the policy fields they change."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import click

from handlers.reminder_settings import WEEKDAYS_TH

MAX_DAYS = 60
WEEKDAYS = {
    **{name: day for day, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{name: day for day, name in enumerate(WEEKDAYS_TH)},
    "พฤหัส": 3,
}
TIME = re.compile(r"(\d{1,2})[:.](\d{2})")


def changes(
    *,
    days: str | None,
    time: str | None,
    enabled: bool | None,
    quiet: str | None,
    quiet_dates: str | None,
    holidays: bool | None,
    before_open: bool | None,
    overdue: bool | None,
    digest: bool | None = None,
) -> dict[str, Any]:
    """The policy fields the options change (``None``: not given)."""
    changes = {
        "enabled": enabled,
        "quiet_holidays": holidays,
        "before_open": before_open,
        "overdue": overdue,
        "weekly_digest": digest,
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
