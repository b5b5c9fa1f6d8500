"""The layering of STYLE.md, kept by walking every module's imports."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(package: str) -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(str(path.relative_to(ROOT)), a.name.split(".")[0]) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.append((str(path.relative_to(ROOT)), node.module.split(".")[0]))
    return found


def test_kpi_core_imports_nothing_but_the_standard_library_and_itself() -> None:
    allowed = set(sys.stdlib_module_names) | {"kpi_core", "__future__"}
    offenders = [(f, m) for f, m in _imports("kpi_core") if m not in allowed]
    assert offenders == []


@pytest.mark.parametrize("forbidden", ["flask", "sqlalchemy", "linebot", "pythainlp", "bot"])
def test_kpi_core_never_imports_io_or_outer_layers(forbidden: str) -> None:
    assert [f for f, m in _imports("kpi_core") if m == forbidden] == []


@pytest.mark.parametrize("forbidden", ["flask", "sqlalchemy", "bot", "linebot", "click"])
def test_handlers_never_import_the_adapters(forbidden: str) -> None:
    assert [f for f, m in _imports("handlers") if m == forbidden] == []


def test_only_the_database_package_imports_sqlalchemy() -> None:
    users = {
        f
        for pkg in ("bot", "handlers", "kpi_core")
        for f, m in _imports(pkg)
        if m in ("sqlalchemy", "alembic")
    }
    outside = sorted(f for f in users if not f.startswith("bot/db/"))
    assert outside == []


def test_at_most_one_module_imports_pythainlp() -> None:
    users = {
        f for pkg in ("bot", "handlers", "kpi_core") for f, m in _imports(pkg) if m == "pythainlp"
    }
    assert len(users) <= 1


def test_no_two_modules_share_a_name_across_the_layers() -> None:
    seen: dict[str, list[str]] = {}
    for package in ("bot", "handlers", "kpi_core"):
        for path in (ROOT / package).rglob("*.py"):
            if path.name != "__init__.py":
                seen.setdefault(path.name, []).append(str(path.relative_to(ROOT)))
    assert {name: paths for name, paths in seen.items() if len(paths) > 1} == {}


def _module_names_bound_twice(path: Path) -> list[str]:
    """Top-level names a module binds more than once (an assignment, a function or a class):
    the later silently replaces the earlier for every use, as a second `_WHICH_STEP_RE` in
    handlers/queries.py once turned "ผ่านขั้นไหนแล้ว" (which tier) into a unit's status."""
    seen: dict[str, int] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


@pytest.mark.parametrize("package", ["bot", "handlers", "kpi_core"])
def test_no_module_binds_a_top_level_name_twice(package: str) -> None:
    twice = {
        str(path.relative_to(ROOT)): names
        for path in sorted((ROOT / package).rglob("*.py"))
        if (names := _module_names_bound_twice(path))
    }
    assert twice == {}
