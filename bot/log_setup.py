"""Process-wide logging: plain text (the default) or one JSON object a line (``LOG_FORMAT=json``).

Whatever the format, every record passes one scrubber before it is written: whole LINE ids
(users, groups, rooms) are shortened as ``short_id`` does, ``Bearer`` tokens and the process's
own secrets (channel secret, access token, desk key, database password) are masked, in the
message and in any traceback.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from datetime import UTC, datetime

from bot.db.engine import url_password
from bot.settings import Settings
from handlers.formatting import short_id

LINE_ID = re.compile(r"(?<![0-9A-Za-z])[UCR][0-9a-f]{32}(?![0-9A-Za-z])")
BEARER = re.compile(r"(?i)(bearer\s+)[^\s'\",]+")
MASK = "***"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


class Scrubber:
    """Shortens LINE ids and masks secrets in text bound for the logs."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Short values would mask ordinary words; the secrets that matter are long.
        self._secrets = sorted({s for s in secrets if s and len(s) >= 8}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        text = BEARER.sub(lambda m: m.group(1) + MASK, text)
        return LINE_ID.sub(lambda m: short_id(m.group(0)), text)


class TextFormatter(logging.Formatter):
    """The usual one-line text, scrubbed."""

    def __init__(self, scrub: Scrubber) -> None:
        super().__init__(TEXT_FORMAT)
        self._scrub = scrub

    def format(self, record: logging.LogRecord) -> str:
        return self._scrub(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC), level, logger, message and any exception, scrubbed."""

    def __init__(self, scrub: Scrubber) -> None:
        super().__init__()
        self._scrub = scrub

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": self._scrub(record.getMessage()),
            "process": record.process,
        }
        if record.exc_info:
            entry["exception"] = self._scrub(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def secrets_of(settings: Settings) -> list[str]:
    """The values no log line may hold: LINE's secret and token, the desk key, the database
    password."""
    return [
        settings.line_channel_secret,
        settings.line_channel_access_token,
        settings.secret_key,
        url_password(settings.database_url),
    ]


def formatter_for(settings: Settings) -> logging.Formatter:
    """The formatter ``settings.log_format`` asks for, scrubbing this process's secrets."""
    scrub = Scrubber(secrets_of(settings))
    return JsonFormatter(scrub) if settings.log_format == "json" else TextFormatter(scrub)


def configure_logging(settings: Settings, level: int = logging.INFO) -> None:
    """Send every log record to stderr in the configured format (replacing earlier handlers)."""
    handler = logging.StreamHandler()
    handler.setFormatter(formatter_for(settings))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
