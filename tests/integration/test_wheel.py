"""The built wheel works outside the repository: data ships inside it, `pmqa` runs from a venv.

The wheel is built from a copy of the sources (a stale build/ of the checkout cannot leak in)
with the build backend already installed here (no network). The fresh venv reaches the test
environment's dependencies through a .pth line: that adds the folder to sys.path without running
its .pth files, so the checkout's editable install stays out, and installs in well under a second.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "bot", "handlers", "kpi_core", "data")
NOT_INHERITED = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "DATABASE_URL")
DEMO_ORGANISATIONS = (
    "ปทุมธานี",
    "สำนักงบประมาณ",
    "สำนักงานคณะกรรมการข้าราชการพลเรือน",
    "สำนักงานปลัดกระทรวงแรงงาน",
)
WHERE_FROM = """
import json, sys
from importlib.resources import files
import bot, handlers.data_files, kpi_core, pmqa_data
modules = [bot, handlers.data_files, kpi_core, pmqa_data]
print(json.dumps({
    "files": [m.__file__ for m in modules] + [str(files("pmqa_data"))],
    "path": sys.path,
    "finders": [repr(f) for f in sys.meta_path],
}))
"""

pytestmark = pytest.mark.wheel


@dataclass(frozen=True)
class Installed:
    """A wheel installed in a fresh venv, and an empty working folder outside the repository."""

    wheel: Path
    venv: Path
    work: Path

    def env(self, **env: str) -> dict[str, str]:
        """The environment its programs run in: none of ours, a SQLite file in ``work``."""
        inherited = {
            k: v
            for k, v in os.environ.items()
            if k not in NOT_INHERITED and not k.startswith(("PMQA_", "LINE_"))
        }
        database = {"DATABASE_URL": f"sqlite:///{self.work / 'pmqa.sqlite3'}"}
        return {**inherited, **database, **env}

    def run(self, program: str, *args: str, **env: str) -> str:
        """Run a program of the venv in the working folder; its output (it must succeed)."""
        command = [str(self.venv / "bin" / program), *args]
        return _call(*command, cwd=self.work, env=self.env(**env))


def _call(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _require_build_backend() -> None:
    missing = [m for m in ("setuptools", "wheel") if importlib.util.find_spec(m) is None]
    if missing and os.environ.get("CI"):
        pytest.fail(f"build backend missing: {missing}")
    if missing:
        pytest.skip(f"build backend missing ({', '.join(missing)}): run make install")


def _build_wheel(tmp: Path) -> Path:
    (tmp / "src").mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(ROOT / name, tmp / "src" / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, tmp / "src" / name)
    pip = (sys.executable, "-m", "pip", "--no-input", "wheel", "--no-deps", "--no-index")
    _call(*pip, "--no-build-isolation", "--wheel-dir", "dist", "./src", cwd=tmp)
    return next((tmp / "dist").glob("pmqa_bot-*.whl"))


def _install_in_fresh_venv(wheel: Path, venv: Path) -> None:
    _call(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv.parent)
    python = venv / "bin" / "python"
    site = _call(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=venv)
    deps = sorted({sysconfig.get_path("purelib"), sysconfig.get_path("platlib")})
    (Path(site.strip()) / "test_environment_deps.pth").write_text("\n".join(deps) + "\n")
    pip = (sys.executable, "-m", "pip", "--no-input", "--python", python)
    _call(*pip, "install", "--no-deps", "--no-index", wheel, cwd=venv.parent)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the wheel, make a venv outside the repository and install the wheel into it."""
    _require_build_backend()
    tmp = tmp_path_factory.mktemp("wheel")
    assert not tmp.is_relative_to(ROOT)
    wheel = _build_wheel(tmp)
    _install_in_fresh_venv(wheel, tmp / "venv")
    (tmp / "work").mkdir()
    return Installed(wheel=wheel, venv=tmp / "venv", work=tmp / "work")


def test_the_wheel_ships_every_file_under_data(installed: Installed) -> None:
    shipped = set(zipfile.ZipFile(installed.wheel).namelist())
    data = ROOT / "data"
    names = [p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file()]
    names = [n for n in names if "__pycache__" not in n]
    missing = [n for n in names if f"pmqa_data/{n}" not in shipped]
    assert names and missing == []


def test_the_installed_code_and_data_come_from_the_venv_not_the_repository(
    installed: Installed,
) -> None:
    found = json.loads(installed.run("python", "-c", WHERE_FROM))
    assert all(Path(f).is_relative_to(installed.venv) for f in found["files"])
    assert ROOT not in [Path(entry or installed.work).resolve() for entry in found["path"]]
    assert not any("__editable__" in finder for finder in found["finders"])


def test_pmqa_demo_then_ask_run_from_the_installed_wheel(installed: Installed) -> None:
    loaded = installed.run("pmqa", "demo")
    assert "ข้อมูลสาธิต (DEMO)" in loaded
    assert all(f"- {name} (เพิ่มใหม่)" in loaded for name in DEMO_ORGANISATIONS)
    answer = installed.run("pmqa", "ask", "สถานะ", PMQA_TODAY="2025-01-28")
    assert "สำนักงานปลัดกระทรวงแรงงาน" in answer


def test_the_wheel_ships_the_desks_templates_styles_and_font(installed: Installed) -> None:
    shipped = set(zipfile.ZipFile(installed.wheel).namelist())
    desk = ROOT / "bot" / "web" / "desk"
    files = [p for folder in ("templates", "static") for p in (desk / folder).rglob("*")]
    names = [p.relative_to(ROOT).as_posix() for p in files if p.is_file()]
    assert "bot/web/desk/static/fonts/Sarabun-Regular.ttf" in names
    assert [n for n in names if n not in shipped] == []


def test_pmqa_export_runs_from_the_installed_wheel(installed: Installed) -> None:
    installed.run("pmqa", "demo")
    said = installed.run("pmqa", "export", "--org", "สป.รง.", "out.xlsx", PMQA_TODAY="2025-01-28")
    assert "out.xlsx" in said and (installed.work / "out.xlsx").stat().st_size > 0
