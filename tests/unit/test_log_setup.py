"""Logs in text or JSON (``LOG_FORMAT``): LINE ids shortened, secrets masked, in messages and
tracebacks alike."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.log_setup import configure_logging
from bot.settings import Settings, SettingsError

USER = "U" + "4" * 32
GROUP = "C" + "a" * 32
TOKEN = "channel-access-token-0123456789"
SECRET = "channel-secret-abcdef"
DESK = "d" * 40
ENV = {
    "DATABASE_URL": "postgresql://pmqa:db-password-xyz@db:5432/pmqa",
    "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
    "LINE_CHANNEL_SECRET": SECRET,
    "PMQA_SECRET_KEY": DESK,
}
LEAKS = (USER, GROUP, TOKEN, SECRET, DESK, "db-password-xyz", "Bearer abc")


@pytest.fixture
def written() -> Iterator[io.StringIO]:
    """What the root logger writes, captured after ``configure_logging`` set it up."""
    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    out = io.StringIO()
    yield out
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved:
        root.addHandler(handler)
    root.setLevel(level)


def _log_everything(out: io.StringIO, log_format: str) -> str:
    configure_logging(Settings.from_env({**ENV, "LOG_FORMAT": log_format}))
    logging.getLogger().handlers[0].stream = out  # type: ignore[attr-defined]
    log = logging.getLogger("pmqa.test")
    log.info("event from %s in %s", USER, GROUP)
    log.warning("LINE said: Authorization: Bearer abc.def with %s and %s", TOKEN, SECRET)
    try:
        raise RuntimeError(f"connect to {ENV['DATABASE_URL']} for {USER} with {DESK}")
    except RuntimeError:
        log.exception("failed")
    return out.getvalue()


def test_json_logs_are_one_object_a_line_without_ids_or_secrets(written: io.StringIO) -> None:
    text = _log_everything(written, "json")
    entries = [json.loads(line) for line in text.splitlines()]
    assert [e["level"] for e in entries] == ["INFO", "WARNING", "ERROR"]
    assert {"time", "level", "logger", "message", "process"} <= set(entries[0])
    assert entries[0]["logger"] == "pmqa.test"
    assert entries[0]["message"] == f"event from {USER[:8]}… in {GROUP[:8]}…"
    assert "RuntimeError" in entries[2]["exception"]
    assert "***" in entries[2]["exception"]
    assert not [leak for leak in LEAKS if leak in text]


def test_text_logs_are_scrubbed_the_same_way(written: io.StringIO) -> None:
    text = _log_everything(written, "text")
    assert "event from U4444444… in Caaaaaaa…" in text
    assert "Traceback" in text
    assert not [leak for leak in LEAKS if leak in text]


def test_an_unknown_log_format_is_refused_in_thai() -> None:
    with pytest.raises(SettingsError, match="LOG_FORMAT"):
        Settings.from_env({"LOG_FORMAT": "xml"})


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "soon"])
def test_a_scheduler_age_that_is_not_a_number_of_seconds_is_refused(value: str) -> None:
    with pytest.raises(SettingsError, match="PMQA_SCHEDULER_MAX_AGE"):
        Settings.from_env({"PMQA_SCHEDULER_MAX_AGE": value})


def test_the_defaults_are_text_logs_and_a_five_minute_scheduler_age() -> None:
    settings = Settings.from_env({})
    assert (settings.log_format, settings.scheduler_max_age) == ("text", 300.0)
