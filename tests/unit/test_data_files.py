"""The one loader of data/: names relative to a file, folders, and every shipped file."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.data_files import data_file, files_in, read_text, sections

DATA = Path(__file__).resolve().parents[2] / "data"
SHIPPED = sorted(
    p.relative_to(DATA).as_posix()
    for p in DATA.rglob("*")
    if p.is_file() and p.suffix not in (".py", ".pyc")
)


@pytest.mark.parametrize("name", SHIPPED)
def test_every_file_under_data_reads_through_the_loader(name: str) -> None:
    assert read_text(*name.split("/")) == (DATA / name).read_text(encoding="utf-8")


def test_a_name_relative_to_a_file_folder_climbs_to_a_sibling_folder() -> None:
    text = read_text("demo", "../plans/mol_pmqa_2568.json")
    assert text == (DATA / "plans" / "mol_pmqa_2568.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["../pyproject.toml", "demo/../../setup.py", "/etc/passwd"])
def test_a_name_that_leaves_data_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="not a path inside data/"):
        data_file(name)


def test_a_folder_lists_its_matching_files_sorted_by_name() -> None:
    names = [f.name for f in files_in("conversations", pattern="*.conv")]
    assert names == sorted(p.name for p in (DATA / "conversations").glob("*.conv"))
    assert files_in("conversations", pattern="*.json") == []


def test_a_missing_data_file_raises_file_not_found() -> None:
    with pytest.raises(FileNotFoundError):
        read_text("plans", "no_such_plan.json")


def test_only_the_data_loader_knows_where_the_data_files_live() -> None:
    code = [p for pkg in ("bot", "handlers", "kpi_core") for p in (DATA.parent / pkg).rglob("*.py")]
    offenders = [
        p.relative_to(DATA.parent).as_posix()
        for p in code
        if any(s in p.read_text(encoding="utf-8") for s in ("parents[", "pmqa_data"))
    ]
    assert offenders == ["handlers/data_files.py"]


def test_a_word_list_reads_as_its_sections_in_order_without_comments_or_blanks() -> None:
    text = read_text("nlu", "context_words.txt")
    found = sections("nlu", "context_words.txt")
    headers = [line.strip()[1:-1] for line in text.splitlines() if line.strip().startswith("[")]
    assert list(found) == headers  # every [section], in the file's order
    for lines in found.values():
        assert lines and all(line and not line.startswith(("#", "[")) for line in lines)
    first = text.split("[asked by]", 1)[1].split("[", 1)[0]
    kept = [line.strip() for line in first.splitlines() if line.strip()]
    assert found["asked by"] == tuple(line for line in kept if not line.startswith("#"))
