"""Configuration: one frozen ``Settings`` read from the environment, nowhere else."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from handlers.gating import DEFAULT_PREFIXES

DEFAULT_LINE_API_BASE_URL = "https://api.line.me"


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
