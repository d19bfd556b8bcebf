"""Engines and session factories. Nothing here runs at import time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.storage.locations import SQLITE_BUSY_TIMEOUT_MS, shown_location
from okuvol_desktop.storage.text_guard import guard_text

# The databases okuvol keeps a ledger in, by the names a URL may give them, and the driver it
# ships for each ("postgres://" is libpq's and Heroku's spelling; psycopg 3 is the driver).
_DRIVERS = {
    "sqlite": "sqlite+pysqlite",
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
}


def shown_url(url: URL) -> str:
    """A URL fit to print, its password hidden wherever it stands."""
    return shown_location(url.render_as_string(hide_password=True))


def database_url(value: str) -> URL:
    """A SQLAlchemy URL from what the user gave: a URL, or a plain path to a SQLite file.

    Raises:
        OkuvolError: a URL that does not parse, or names a database okuvol does not use.
    """
    if "://" in value:
        try:
            url = make_url(value)
        except (ArgumentError, ValueError) as exc:  # ValueError: a port such as [::1
            raise OkuvolError(
                "'{value}' is not a database URL or a file path.", value=shown_location(value)
            ) from exc
        scheme = url.drivername.partition("+")[0]
        if scheme not in _DRIVERS:
            raise OkuvolError(
                "okuvol keeps its ledger in SQLite or PostgreSQL; '{scheme}' is neither. Give a "
                "postgresql:// URL or the path of a file.",
                scheme=scheme,
            )
        try:
            url.port  # noqa: B018 - SQLAlchemy parses the port only when asked
        except ValueError as exc:
            raise OkuvolError(
                "'{value}' is not a database URL or a file path.", value=shown_location(value)
            ) from exc
        return url.set(drivername=_DRIVERS[scheme])
    path = Path(value).expanduser()
    try:
        is_folder = path.is_dir()
    except OSError as exc:  # a name longer than the system allows, say
        raise OkuvolError(
            "'{value}' cannot be a database file on this computer ({reason}).",
            value=shown_location(value),
            reason=exc.strerror or exc,
        ) from exc
    if is_folder:
        raise OkuvolError("{path} is a folder; give the path of a database file.", path=path)
    return URL.create("sqlite+pysqlite", database=str(path.resolve()))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite starts transactions only before INSERT/UPDATE/DELETE, so DDL (a migration)
    # would commit statement by statement. Turn that off and BEGIN ourselves (_on_sqlite_begin),
    # the recipe of SQLAlchemy's SQLite documentation: every transaction is then whole.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # WAL lets the GUI read while a script writes; it is a property of the file, kept once set.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# A connection with this execution option is about to write: see _on_sqlite_begin.
WRITES = "okuvol_writes"


def _on_sqlite_begin(connection: Any) -> None:
    # A transaction that will write takes SQLite's write lock at BEGIN (IMMEDIATE). Begun
    # DEFERRED, it would read first and then fail at once with "database is locked" when
    # another process wrote in between: the busy timeout cannot wait that conflict out.
    writes = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def make_engine(url: URL | str) -> Engine:
    """An engine for ``url``; SQLite connections get foreign keys, WAL and a busy timeout."""
    url = database_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None and not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OkuvolError(
                    "Cannot make the folder {folder} for the ledger: {reason}.",
                    folder=str(path.parent),
                    reason=exc.strerror or str(exc),
                ) from exc
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep their objects readable after commit (services return them as DTOs)
    and refuse text the ledger must not keep (storage.text_guard)."""
    return guard_text(sessionmaker(engine, expire_on_commit=False))
