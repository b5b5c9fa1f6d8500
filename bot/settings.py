"""Configuration: one frozen ``Settings`` read from the environment, nowhere else."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from handlers.gating import DEFAULT_PREFIXES

DEFAULT_LINE_API_BASE_URL = "https://api.line.me"
MIN_SECRET_LENGTH = 32  # PMQA_SECRET_KEY signs desk links and sessions: no short secrets


class SettingsError(ValueError):
    """A setting has a value the bot cannot use."""


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment; secrets are kept out of ``repr``."""

    database_url: str
    line_api_base_url: str = DEFAULT_LINE_API_BASE_URL
    line_channel_secret: str = field(default="", repr=False)
    line_channel_access_token: str = field(default="", repr=False)
    today: date | None = None  # PMQA_TODAY: a fixed clock for demos and tests
    group_prefixes: tuple[str, ...] = DEFAULT_PREFIXES  # PMQA_GROUP_PREFIXES, comma-separated
    secret_key: str = field(default="", repr=False)  # PMQA_SECRET_KEY; no desk without it
    public_url: str = ""  # PMQA_PUBLIC_URL: where browsers and LINE reach this host
    log_format: str = "text"  # LOG_FORMAT: "text" or "json" (one JSON object a line)
    scheduler_max_age: float = 300.0  # PMQA_SCHEDULER_MAX_AGE, s: /readyz wants a run this recent

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read the settings from ``env`` (default: the process environment)."""
        env = os.environ if env is None else env
        return cls(
            database_url=env.get("DATABASE_URL") or default_database_url(Path.cwd()),
            line_api_base_url=env.get("LINE_API_BASE_URL") or DEFAULT_LINE_API_BASE_URL,
            line_channel_secret=env.get("LINE_CHANNEL_SECRET", ""),
            line_channel_access_token=env.get("LINE_CHANNEL_ACCESS_TOKEN", ""),
            today=parse_today(env.get("PMQA_TODAY", "")),
            group_prefixes=_prefixes(env.get("PMQA_GROUP_PREFIXES", "")),
            secret_key=_secret(env.get("PMQA_SECRET_KEY", "")),
            public_url=_public_url(env.get("PMQA_PUBLIC_URL", "")),
            log_format=_log_format(env.get("LOG_FORMAT", "")),
            scheduler_max_age=_seconds("PMQA_SCHEDULER_MAX_AGE", env.get("PMQA_SCHEDULER_MAX_AGE")),
        )

    def with_overrides(self, **changes: object) -> Settings:
        """A copy with some settings replaced (command-line options win over the environment)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def default_database_url(base: Path) -> str:
    """The embedded default: a SQLite file in ``instance/`` under ``base``."""
    return f"sqlite:///{(base / 'instance' / 'pmqa.sqlite3').as_posix()}"


def parse_today(text: str) -> date | None:
    """Read ``PMQA_TODAY`` (ISO ``YYYY-MM-DD``); empty means the real clock."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise SettingsError(f"PMQA_TODAY ต้องเป็นวันที่แบบ YYYY-MM-DD (ได้ {text!r})") from exc


def _prefixes(text: str) -> tuple[str, ...]:
    """Group messages starting with one of these are for the bot (besides @mentions)."""
    found = tuple(p.strip() for p in text.split(",") if p.strip())
    return found or DEFAULT_PREFIXES


def _secret(text: str) -> str:
    """The desk's signing secret: absent (no desk) or long enough to resist guessing."""
    text = text.strip()
    if text and len(text) < MIN_SECRET_LENGTH:
        raise SettingsError(f"PMQA_SECRET_KEY ต้องยาวอย่างน้อย {MIN_SECRET_LENGTH} ตัวอักษร")
    return text


def _public_url(text: str) -> str:
    """The host's public base URL without a trailing slash; only http(s) is accepted."""
    text = text.strip().rstrip("/")
    if text and not text.startswith(("https://", "http://")):
        raise SettingsError(f"PMQA_PUBLIC_URL ต้องขึ้นต้นด้วย https:// (ได้ {text!r})")
    return text


def _log_format(text: str) -> str:
    """``text`` (the default) or ``json``."""
    text = text.strip().lower() or "text"
    if text not in ("text", "json"):
        raise SettingsError(f"LOG_FORMAT ต้องเป็น text หรือ json (ได้ {text!r})")
    return text


def _seconds(name: str, text: str | None) -> float:
    """A number of seconds, at least 0 (0 turns the check off); empty means the default."""
    if text is None or not text.strip():
        return Settings.scheduler_max_age
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise SettingsError(f"{name} ต้องเป็นจำนวนวินาทีตั้งแต่ 0 ขึ้นไป (ได้ {text!r})")
    return seconds
