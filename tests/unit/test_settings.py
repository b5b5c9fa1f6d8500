"""Settings come from the environment, once, and keep secrets out of their repr."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.settings import DEFAULT_LINE_API_BASE_URL, Settings, SettingsError


def test_the_embedded_default_is_a_sqlite_file_in_the_instance_folder() -> None:
    settings = Settings.from_env({})
    assert (
        settings.database_url
        == f"sqlite:///{(Path.cwd() / 'instance' / 'pmqa.sqlite3').as_posix()}"
    )
    assert settings.line_api_base_url == DEFAULT_LINE_API_BASE_URL
    assert settings.today is None


def test_every_setting_is_read_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "DATABASE_URL": "postgresql://u@h/db",
            "LINE_API_BASE_URL": "http://127.0.0.1:9999",
            "LINE_CHANNEL_SECRET": "s3cret",
            "LINE_CHANNEL_ACCESS_TOKEN": "t0ken",
            "PMQA_TODAY": "2025-01-28",
        }
    )
    assert settings.database_url == "postgresql://u@h/db"
    assert settings.line_api_base_url == "http://127.0.0.1:9999"
    assert settings.today == date(2025, 1, 28)
    assert "s3cret" not in repr(settings) and "t0ken" not in repr(settings)


def test_a_malformed_today_is_refused_in_thai() -> None:
    with pytest.raises(SettingsError, match="PMQA_TODAY"):
        Settings.from_env({"PMQA_TODAY": "28/1/2568"})


def test_command_line_overrides_replace_only_what_is_given() -> None:
    settings = Settings.from_env({"DATABASE_URL": "sqlite:///a.db"})
    assert settings.with_overrides(database_url=None).database_url == "sqlite:///a.db"
    assert settings.with_overrides(database_url="sqlite:///b.db").database_url == "sqlite:///b.db"


def test_the_desk_secret_and_public_address_are_read_and_the_secret_kept_out_of_repr() -> None:
    secret = "s" * 32
    settings = Settings.from_env({"PMQA_SECRET_KEY": secret, "PMQA_PUBLIC_URL": "https://b.test/"})
    assert (settings.secret_key, settings.public_url) == (secret, "https://b.test")
    assert secret not in repr(settings)


@pytest.mark.parametrize(
    ("name", "value"), [("PMQA_SECRET_KEY", "short"), ("PMQA_PUBLIC_URL", "ftp://b.test")]
)
def test_a_short_secret_or_an_address_that_is_not_http_is_refused(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})
