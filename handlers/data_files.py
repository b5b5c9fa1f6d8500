"""The one loader of the data files the code reads at run time (data/, installed as pmqa_data).

The repository's top-level ``data/`` is the source; the build maps it to the resource package
``pmqa_data``, so the same names work in a checkout, an editable install and a wheel.
"""

from __future__ import annotations

import fnmatch
import posixpath
from importlib.resources import files
from importlib.resources.abc import Traversable

PACKAGE = "pmqa_data"


def data_file(*parts: str) -> Traversable:
    """The file or folder at ``parts`` under data/ (e.g. ``"demo", "../plans/x.json"``)."""
    node = files(PACKAGE)
    for name in _normalised(parts):
        node = node.joinpath(name)
    return node


def read_text(*parts: str) -> str:
    """The UTF-8 text of the data file at ``parts``."""
    return data_file(*parts).read_text(encoding="utf-8")


def sections(*parts: str) -> dict[str, tuple[str, ...]]:
    """The lines of each ``[section]`` of a word-list data file (blank lines and ``#`` comments
    skipped), e.g. ``sections("nlu", "aside_words.txt")``."""
    found: dict[str, list[str]] = {}
    current: list[str] = []
    for raw in read_text(*parts).splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = found.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return {name: tuple(lines) for name, lines in found.items()}


def files_in(*folder: str, pattern: str = "*") -> list[Traversable]:
    """The files in a data folder whose names match ``pattern``, sorted by name."""
    found = [f for f in data_file(*folder).iterdir() if f.is_file()]
    return sorted((f for f in found if fnmatch.fnmatch(f.name, pattern)), key=lambda f: f.name)


def _normalised(parts: tuple[str, ...]) -> list[str]:
    # Names may be relative to a file's folder ("../reports/x.txt"); a zipped package cannot
    # follow "..", so the path is resolved here, and may not leave data/.
    path = posixpath.normpath(posixpath.join(*parts)) if parts else "."
    if path == ".." or path.startswith("../") or posixpath.isabs(path):
        raise ValueError(f"not a path inside data/: {'/'.join(parts)}")
    return [] if path == "." else path.split("/")
