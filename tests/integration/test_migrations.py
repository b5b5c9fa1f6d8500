"""Alembic migrations from an empty database, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.db import migrate
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
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    command.downgrade(migrate.alembic_config(db.engine), "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    db.close()
