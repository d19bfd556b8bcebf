"""Opening a ledger: engine, schema upgrade and session factory in one step."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.storage.engine import (
    database_url,
    make_engine,
    make_session_factory,
    shown_url,
    sqlite_path,
)
from okuvol_desktop.storage.migrate import upgrade_to_head


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
    read_only_mount = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    if read_only_mount or not os.access(path, os.W_OK):
        raise OkuvolError(
            "{path} is read-only: okuvol keeps its records in the file and must be able to "
            "write it. Copy it to a folder you can write to.",
            path=str(path),
        )


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
