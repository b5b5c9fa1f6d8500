"""The Docker image's commands, run from the built wheel in a fresh venv (no Docker daemon
here, so the image itself is not built): the migration, the web under ``gunicorn.conf.py``
and the scheduler, until ``/readyz`` says the deployment is ready; logs as JSON lines."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from tests.integration.test_wheel import ROOT, SOURCES, Installed, installed  # noqa: F401

pytestmark = pytest.mark.wheel
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
COMPOSE = (ROOT / "compose.yaml").read_text(encoding="utf-8")


def _image_cmd() -> list[str]:
    return json.loads(re.search(r"^CMD (\[.*\])$", DOCKERFILE, re.MULTILINE)[1])  # type: ignore[index]


def _compose_commands() -> dict[str, list[str]]:
    """Each compose service's ``command:`` (written as JSON arrays, which YAML reads alike)."""
    found, service = {}, None
    for line in COMPOSE.splitlines():
        if match := re.match(r"^  ([a-z]+):$", line):
            service = match[1]
        elif (match := re.match(r"^    command: (\[.*\])$", line)) and service:
            found[service] = json.loads(match[1])
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def test_the_image_builds_the_wheel_from_what_the_wheel_test_builds_it_from() -> None:
    copied = re.findall(r"^COPY (?!--)(.+?) \S+$", DOCKERFILE, re.MULTILINE)
    names = {name for line in copied for name in line.split()} - {"gunicorn.conf.py"}
    assert names == set(SOURCES)
    assert re.search(r"^USER pmqa$", DOCKERFILE, re.MULTILINE)  # never root at run time
    assert DOCKERFILE.count("FROM python:3.11-slim") == 2


def test_one_image_serves_the_web_and_runs_the_scheduler() -> None:
    commands = _compose_commands()
    assert commands == {
        "migrate": ["pmqa", "db", "upgrade"],
        "web": _image_cmd(),
        "scheduler": ["pmqa", "scheduler"],
    }
    assert _image_cmd() == ["gunicorn", "-c", "gunicorn.conf.py"]
    procfile = (ROOT / "Procfile").read_text(encoding="utf-8")
    assert "web: gunicorn -c gunicorn.conf.py" in procfile


def test_the_images_commands_run_from_the_wheel_until_ready(installed: Installed) -> None:  # noqa: F811
    commands = _compose_commands()
    shutil.copy2(ROOT / "gunicorn.conf.py", installed.work)  # as the Dockerfile does
    installed.run(*commands["migrate"])
    port = _free_port()
    env = installed.env(PORT=str(port), WEB_CONCURRENCY="1", LOG_FORMAT="json")
    bin_ = installed.venv / "bin"
    # The scheduler wakes every second here; LINE is never called (nothing is bound).
    scheduler = [str(bin_ / "pmqa"), *commands["scheduler"][1:], "--interval", "1"]
    # The fresh venv borrows the dependencies (not their scripts): gunicorn as a module.
    web = [str(bin_ / "python"), "-m", *commands["web"]]
    started = [
        subprocess.Popen(c, cwd=installed.work, env=env, stderr=subprocess.PIPE, text=True)
        for c in (web, scheduler)
    ]
    try:
        deadline, status, body = time.monotonic() + 90, 0, {}
        while time.monotonic() < deadline:
            try:
                status, body = _get(f"http://127.0.0.1:{port}/readyz")
            except (urllib.error.URLError, ConnectionError):
                status = 0  # gunicorn not listening yet
            if status == 200:
                break
            time.sleep(0.5)
        assert status == 200, body
        assert body["migrations"] == "current" and body["scheduler"]["state"] == "ok"
        assert _get(f"http://127.0.0.1:{port}/healthz")[0] == 200
    finally:
        for process in started:
            process.terminate()
        logs = [process.communicate(timeout=30)[1] for process in started]
    app_lines = [line for line in logs[0].splitlines() if line.startswith("{")]
    assert app_lines, logs[0]
    assert all(json.loads(line)["level"] for line in app_lines)
    assert any("scheduler started" in json.loads(line)["message"] for line in
               logs[1].splitlines() if line.startswith("{"))  # fmt: skip
