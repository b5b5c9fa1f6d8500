"""Integration fixtures: the ``pmqa`` command run in-process against each database."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest
from click.testing import CliRunner, Result

from bot.cli import main
from bot.db.database import Database

Pmqa = Callable[..., Result]
T = TypeVar("T")


@pytest.fixture
def pmqa(database_url: str) -> Pmqa:
    """Run ``pmqa ARGS…`` with ``DATABASE_URL`` pointing at the test database."""
    runner = CliRunner()

    def run(*args: object, env: dict[str, str] | None = None, input: str | None = None) -> Result:
        environment = {"DATABASE_URL": database_url, "PMQA_TODAY": "", **(env or {})}
        return runner.invoke(main, [str(a) for a in args], env=environment, input=input)

    return run


@pytest.fixture
def upgraded(database_url: str, pmqa: Pmqa) -> Iterator[Database]:
    """The test database, upgraded through ``pmqa db upgrade``, and a connection to it."""
    assert pmqa("db", "upgrade").exit_code == 0
    database = Database.connect(database_url)
    yield database
    database.close()


def one_clear_line(result: Result) -> str:
    """The single ``ผิดพลาด: …`` line a failed command printed (and no traceback)."""
    assert result.exit_code != 0
    assert "Traceback" not in result.output + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ผิดพลาด: ")
    return lines[0]


def at_once(*calls: Callable[[], T]) -> list[T]:
    """Run the calls in threads released together by a barrier; their results in call order."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        results[index] = calls[index]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
