"""Whether a database's schema is at the code's newest migration, without loading Alembic.

Alembic (with Mako and Pygments behind it) takes a fifth of a second to import: too much for
every ``pmqa`` command and for each web worker's first ``/readyz``. Checking needs only the
newest revision, read from the migration files' ``revision`` and ``down_revision`` lines, and
the row Alembic keeps in ``alembic_version`` (``tests/integration/test_migrations.py`` checks
both against Alembic's own answers).
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, inspect, text

VERSIONS = Path(__file__).with_name("migrations") / "versions"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+)$", re.MULTILINE)


def newest_revision(folder: Path) -> str:
    """The one revision of the migrations in ``folder`` that no other migration revises."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in folder.glob("*.py"):
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions.add(ast.literal_eval(found["revision"]))
        down = ast.literal_eval(found.get("down_revision", "None"))
        revised.update((down,) if isinstance(down, str) else down or ())
    heads = sorted(revisions - revised)
    if len(heads) != 1:
        raise ValueError(f"the migrations should have one newest revision, not: {', '.join(heads)}")
    return heads[0]


@cache
def head_revision() -> str:
    """The code's newest revision (read once: the files do not change under a process)."""
    return newest_revision(VERSIONS)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or ``None`` for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        versions = list(rows)
    if len(versions) > 1:
        raise ValueError(f"the database is at several revisions: {', '.join(versions)}")
    return versions[0] if versions else None


def is_up_to_date(engine: Engine) -> bool:
    """Whether the database schema is at the newest migration."""
    return current_revision(engine) == head_revision()
