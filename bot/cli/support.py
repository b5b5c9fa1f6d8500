"""Helpers shared by the ``pmqa`` commands: friendly errors, services, organisation lookup."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any

import click

from bot.composition import Services, build_services
from bot.db import DatabaseError
from bot.importing import ImportFailure
from bot.settings import Settings, SettingsError, parse_today
from handlers.common import unit_named
from handlers.formatting import short_id
from handlers.ports import StorageError
from kpi_core.models import Organisation

BY_CLI = "cli"  # who made a change, when an operator made it from the command line
_USER_ID = re.compile(r"U[0-9a-f]{32}")
_GROUP_ID = re.compile(r"[CR][0-9a-f]{32}")  # a group (C…) or a multi-person chat room (R…)
EXPECTED_ERRORS = (ImportFailure, StorageError, SettingsError, click.BadParameter)


def _fail(message: str) -> None:
    click.echo(f"ผิดพลาด: {message}", err=True)
    sys.exit(1)


def friendly_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn every failure into one clear line on stderr and a non-zero exit."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except EXPECTED_ERRORS as exc:
            _fail(str(exc))
        except DatabaseError as exc:
            _fail(f"ติดต่อฐานข้อมูลไม่ได้ ({exc.__class__.__name__}): ตรวจ DATABASE_URL")
        except Exception as exc:
            if click.get_current_context().find_root().obj.get("debug"):
                raise
            _fail(f"ข้อผิดพลาดที่ไม่คาดคิด {exc.__class__.__name__}: {exc} (ใส่ --debug เพื่อดูรายละเอียด)")

    return wrapper


def open_services(ctx: click.Context, *, ready: bool = True, today: str | None = None) -> Services:
    """The services for this invocation, closed with it; ``ready`` refuses an outdated schema."""
    settings = Settings.from_env().with_overrides(
        database_url=ctx.find_root().obj.get("database_url"),
        today=_today(today),
    )
    services = build_services(settings)
    ctx.call_on_close(services.close)
    if ready:
        services.db.ensure_ready()
    return services


def _today(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return parse_today(text)
    except SettingsError as exc:
        raise click.BadParameter(f"--today ต้องเป็นวันที่แบบ YYYY-MM-DD (ได้ {text!r})") from exc


def resolve_org(services: Services, query: str) -> str:
    """The one organisation ``query`` names (name, short name or alias); refused otherwise."""
    names = services.db.organisations.find(query)
    if not names:
        known = (
            ", ".join(services.db.organisations.names()) or "ยังไม่มี (สั่ง pmqa demo หรือ import-report)"
        )
        raise click.BadParameter(f"ไม่พบหน่วยงาน {query!r} (ที่มี: {known})")
    if len(names) > 1:
        raise click.BadParameter(f"{query!r} ตรงกับหลายหน่วยงาน: {', '.join(names)}")
    return names[0]


def organisation_of(services: Services, query: str) -> Organisation:
    """The one organisation ``query`` names, with its units and indicators."""
    organisation = services.db.organisations.get(resolve_org(services, query))
    assert organisation is not None
    return organisation


def unit_of(organisation: Organisation, query: str) -> str:
    """The name of the one unit ``query`` names (name, short name or alias); refused with the
    organisation's units otherwise (the same resolver as the chat)."""
    found = unit_named(organisation, query.strip())
    if isinstance(found, str):
        raise click.BadParameter(found)
    return found.name


def line_group_id(value: str) -> str:
    """A LINE group (C…) or room (R…) id as typed, checked; refused in Thai otherwise."""
    return _line_id(value, _GROUP_ID, "รหัสกลุ่ม LINE ต้องเป็น C หรือ R ตามด้วยเลขฐานสิบหก 32 ตัว")


def line_user_id_of(value: str) -> str:
    """A LINE user id (U…) as typed, checked; refused in Thai otherwise."""
    return _line_id(value, _USER_ID, "รหัสผู้ใช้ LINE ต้องเป็น U ตามด้วยเลขฐานสิบหก 32 ตัว")


def _line_id(value: str, pattern: re.Pattern[str], rule: str) -> str:
    value = value.strip()
    if not pattern.fullmatch(value):
        raise click.BadParameter(f"{rule} (ได้ {short_id(value)})")
    return value
