"""Integration fixtures: the ``pmqa`` command run in-process against each database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import CliRunner, Result

from bot.cli import main

Pmqa = Callable[..., Result]


@pytest.fixture
def pmqa(database_url: str) -> Pmqa:
    """Run ``pmqa ARGS…`` with ``DATABASE_URL`` pointing at the test database."""
    runner = CliRunner()

    def run(*args: object, env: dict[str, str] | None = None) -> Result:
        environment = {"DATABASE_URL": database_url, "PMQA_TODAY": "", **(env or {})}
        return runner.invoke(main, [str(a) for a in args], env=environment)

    return run


def one_clear_line(result: Result) -> str:
    """The single ``ผิดพลาด: …`` line a failed command printed (and no traceback)."""
    assert result.exit_code != 0
    assert "Traceback" not in result.output + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ผิดพลาด: ")
    return lines[0]
