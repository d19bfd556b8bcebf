"""Opening a ledger: engine, schema upgrade and session factory in one step."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.storage import schema_version
from okuvol_desktop.storage.engine import (
    database_url,
    make_engine,
    make_session_factory,
    shown_url,
    sqlite_path,
)
from okuvol_desktop.storage.locations import cannot_write


@dataclass(frozen=True, slots=True)
class Database:
    """An open ledger: the engine, the factory for one session per operation, and the copy
    that was kept aside if opening it upgraded the schema."""

    engine: Engine
    sessions: sessionmaker[Session]
    backup_before_upgrade: Path | None = None

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def _check_writable(path: Path | None) -> None:
    """Refuse, before touching it, a ledger file that cannot be written (SQLite would fail at
    its first write with a vaguer message)."""
    if path is None or not path.exists():
        return
    if cannot_write(path):
        raise OkuvolError(
            "{path} is read-only: okuvol keeps its records in the file and must be able to "
            "write it. Copy it to a folder you can write to.",
            path=str(path),
        )


def _at_head(engine: Engine) -> bool:
    """Whether the database says it is at the schema this okuvol makes, asked without Alembic;
    False when it is at another revision or cannot say, and storage.migrate then looks closer.

    Raises:
        OkuvolError: a SQLite file that is not a database, or is damaged.
    """
    if engine.dialect.name == "sqlite":
        path = sqlite_path(engine.url)
        if path is None or not path.exists() or path.stat().st_size == 0:
            return False  # a new ledger, made by the migrations
        revision, _tables = schema_version.read_sqlite_state(path)
        return revision == schema_version.HEAD
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except ProgrammingError:  # no revision table: an empty database, or another's
        return False
    return [tuple(row) for row in rows] == [(schema_version.HEAD,)]


def open_database(location: str) -> Database:
    """Open (creating if needed) the ledger at ``location`` and bring it to the current schema.

    Raises:
        OkuvolError: the location is not a database okuvol can use, in words naming it.
    """
    url = database_url(location)
    shown = shown_url(url)
    _check_writable(sqlite_path(url))
    engine = make_engine(url)
    try:
        backup = None
        if not _at_head(engine):
            # Alembic and the migration scripts load only now: a ledger at the current
            # schema, opened by every command, never needs them.
            from okuvol_desktop.storage.migrate import upgrade_to_head

            backup = upgrade_to_head(engine)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        reason = str(exc.orig) if exc.orig is not None else str(exc)
        reason = " ".join(reason.split()).rstrip(".")  # drivers write several lines
        raise OkuvolError(
            "Cannot open the database {shown}: {reason}.", shown=shown, reason=reason
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, make_session_factory(engine), backup)
