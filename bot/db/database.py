"""One handle on the database: engine, repositories and migrations, wired together."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db import schema_version
from bot.db.deadline import Ticket, Watchdog
from bot.db.engine import DatabaseTimeouts, make_engine, make_session_factories
from bot.db.read_model import ReadModel
from bot.db.scope import OwnTransactions
from bot.db.unit_of_work import Repositories, SqlUnitOfWork
from bot.db.writer_turns import WriterTurns
from handlers.ports import StorageError


class Database(Repositories):
    """The engine, repositories that each commit per call (the CLI, the scheduler, tests), and
    units of work whose repositories share one transaction (one per webhook event)."""

    def __init__(
        self,
        engine: Engine,
        readers: sessionmaker[Session],
        writers: sessionmaker[Session],
        timeouts: DatabaseTimeouts | None = None,
    ):
        super().__init__(**vars(Repositories.on(OwnTransactions(readers, writers))))
        self.engine = engine
        self.timeouts = timeouts or DatabaseTimeouts()
        self._writers = writers
        self._watchdog = Watchdog(self.timeouts.stuck)
        self._watchdog.attach(engine)
        self.read_model = ReadModel()  # this process's organisations, for webhook replies
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        self.turns = (
            WriterTurns(database, self.timeouts.sqlite_turn)
            if database and database != ":memory:"
            else None
        )

    @classmethod
    def connect(cls, url: str, timeouts: DatabaseTimeouts | None = None) -> Database:
        """Open the database at ``url`` (nothing is created until :meth:`upgrade`)."""
        engine = make_engine(url, timeouts)
        return cls(engine, *make_session_factories(engine), timeouts)

    def unit_of_work(self) -> SqlUnitOfWork:
        """One transaction for everything done until ``commit()``; rolled back otherwise."""
        return SqlUnitOfWork(self._writers, self._guarded, self.read_model)

    @contextmanager
    def _guarded(self) -> Iterator[Ticket]:
        """A unit of work's watch: its turn at the SQLite file (if any), then the watchdog."""
        with ExitStack() as stack:
            if self.turns is not None:
                stack.enter_context(self.turns.turn())
            yield stack.enter_context(self._watchdog.watch())

    def upgrade(self) -> None:
        """Apply every pending migration."""
        from bot.db import migrate  # Alembic, only where migrations are run or checked

        migrate.upgrade(self.engine)

    def ensure_ready(self) -> None:
        """Refuse to work on a database whose schema is missing or behind the code."""
        if not inspect(self.engine).has_table("alembic_version"):
            raise StorageError("ฐานข้อมูลยังว่างอยู่: สั่ง pmqa db upgrade ก่อน")
        if not schema_version.is_up_to_date(self.engine):
            raise StorageError("ฐานข้อมูลยังไม่เป็นรุ่นล่าสุด: สั่ง pmqa db upgrade ก่อน")

    def migrations_current(self) -> bool:
        """Whether the schema is at the code's newest migration (``False``: empty or behind)."""
        try:
            return schema_version.is_up_to_date(self.engine)
        except SQLAlchemyError:
            return False

    def ping(self) -> bool:
        """Whether the database answers a trivial query."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("select 1"))
        except SQLAlchemyError:
            return False
        return True

    def close(self) -> None:
        """Release every pooled connection (and the file the units of work take turns on) and
        end the watchdog's thread."""
        self._watchdog.stop()
        self.engine.dispose()
        if self.turns is not None:
            self.turns.close()
