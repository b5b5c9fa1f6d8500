"""Alembic migrations from an empty database, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from bot.db import migrate, schema_version
from bot.db.database import Database
from bot.db.tables import Base
from handlers.ports import StorageError

pytestmark = pytest.mark.empty_database


def test_an_empty_database_is_refused_until_it_is_upgraded(database_url: str) -> None:
    db = Database.connect(database_url)
    with pytest.raises(StorageError, match="pmqa db upgrade"):
        db.ensure_ready()
    db.upgrade()
    db.ensure_ready()
    db.close()


def test_the_migrations_build_exactly_the_schema_the_models_describe(database_url: str) -> None:
    db = Database.connect(database_url)
    db.upgrade()
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    db.close()
    assert differences == []


def test_upgrading_twice_is_harmless_and_downgrading_empties_the_database(
    database_url: str,
) -> None:
    db = Database.connect(database_url)
    db.upgrade()
    db.upgrade()
    assert schema_version.current_revision(db.engine) == schema_version.head_revision()
    command.downgrade(migrate.alembic_config(db.engine), "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    db.close()


def test_the_revision_files_name_the_head_alembic_finds() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert schema_version.head_revision() == script.get_current_head()


def _alembic_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def test_the_revision_a_database_is_at_reads_as_alembic_reads_it(database_url: str) -> None:
    db = Database.connect(database_url)
    assert schema_version.current_revision(db.engine) is None  # an empty database
    assert not schema_version.is_up_to_date(db.engine)
    migrate.upgrade(db.engine, "0014")
    assert schema_version.current_revision(db.engine) == _alembic_revision(db) == "0014"
    assert not schema_version.is_up_to_date(db.engine)
    db.upgrade()
    assert schema_version.current_revision(db.engine) == _alembic_revision(db)
    assert schema_version.is_up_to_date(db.engine)
    db.close()


def test_a_migration_revising_no_newest_one_leaves_two_heads(tmp_path: Path) -> None:
    for name, revision, down in (("a", "0001", None), ("b", "0002", "0001"), ("c", "0003", "0001")):
        (tmp_path / f"{name}.py").write_text(
            f'"""{name}"""\nrevision = "{revision}"\ndown_revision = {down!r}\n'
        )
    with pytest.raises(ValueError, match="0002, 0003"):
        schema_version.newest_revision(tmp_path)
