"""Alembic environment: runs migrations on the engine handed over by ``bot.db.migrate``."""

from __future__ import annotations

from alembic import context

from bot.db.engine import make_engine
from bot.db.tables import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Run the migrations inside one transaction on the configured engine."""
    engine = config.attributes.get("engine") or make_engine(
        config.get_main_option("sqlalchemy.url")
    )
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # The web's statement timeout does not suit a migration; waiting for a lock
                # is bounded so a deploy never queues every request behind it for long.
                connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
                connection.exec_driver_sql("SET LOCAL lock_timeout = '10s'")
            context.run_migrations()
        connection.commit()


run_migrations_online()
