"""Bringing a database to the current schema when it is opened.

Alembic's configuration is built in code (no alembic.ini at run time) and runs on the caller's
connection. A SQLite file that holds data is copied aside before it is upgraded.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from sqlalchemy import Engine, inspect

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.storage.engine import shown_url, sqlite_path
from okuvol_desktop.storage.schema_version import read_sqlite_state

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    """Alembic's configuration pointing at the migrations shipped inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of okuvol knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


# Revisions that change no table's columns or rows, only indexes, constraints and triggers: a
# whole-ledger document written before them holds exactly what the tables hold after them
# (0006 an index, 0009 the entry rules a shared ledger keeps itself). 0010 adds the review
# history, which the loader rebuilds from the entries when a document has none; 0011 the
# notice a shared ledger sends when it changes; 0012 the kept totals, which the entries
# determine and no document carries; 0013 indexes and search, which follow from the entries;
# 0014 tables and columns an older document has nothing for (schemes, credits, evidence, a
# rate's method, a person's weekly limits), and drops the award tiers, which were the US
# award every ledger shipped with and is now a preset (the loader passes over that table);
# 0015 the lines of the coordinator's queue, kept from the entries as the totals are.
_SAME_TABLES_REVISIONS = frozenset({"0006", "0009", "0010", "0011", "0012", "0013", "0014", "0015"})


def same_tables_as_head(revision: str) -> bool:
    """Whether tables at ``revision`` have what they have at head (the same revision, or older
    by revisions that left the tables as they were); False for a revision okuvol does not know."""
    if not revision:
        return False
    script = ScriptDirectory.from_config(alembic_config())
    try:
        since = [r.revision for r in script.iterate_revisions("head", revision)]
    except RevisionError:  # newer than this okuvol, or not a revision at all
        return False
    return all(r in _SAME_TABLES_REVISIONS for r in since)


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _read_state(engine: Engine) -> tuple[str | None, set[str]]:
    """The revision and table names of a database, without writing to it (a SQLite file:
    see schema_version.read_sqlite_state)."""
    path = sqlite_path(engine.url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        return read_sqlite_state(path)
    with engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
    return revision, set(inspect(engine).get_table_names())


def _check_known(engine: Engine, revision: str | None, tables: set[str]) -> None:
    shown = shown_url(engine.url)
    if revision is None:
        if tables - {"alembic_version"}:
            raise OkuvolError(
                (
                    "{shown} holds tables of another application, not an okuvol ledger; "
                    "choose another database."
                ),
                shown=shown,
            )
        return
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception as exc:  # alembic raises several kinds for an unknown revision
        raise OkuvolError(
            ("{shown} was written by a newer version of okuvol; update okuvol to open it."),
            shown=shown,
        ) from exc


def _copy_aside(path: Path, revision: str) -> Path:
    """A consistent copy of the SQLite file next to it, taken with SQLite's backup API."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def upgrade_to_head(engine: Engine) -> Path | None:
    """Migrate the database to the current schema.

    Returns:
        The path of the copy kept aside, when a SQLite file with data was upgraded.

    Raises:
        OkuvolError: the database belongs to another application or a newer okuvol.
    """
    revision, tables = _read_state(engine)
    _check_known(engine, revision, tables)
    if revision == head_revision():
        return None
    backup: Path | None = None
    path = sqlite_path(engine.url)
    if revision is not None and path is not None and path.exists():
        backup = _copy_aside(path, revision)
        log.info("Copied %s to %s before upgrading it", path, backup)
    cfg = alembic_config()
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds tables that others point at; SQLite allows that only with
            # foreign keys off, and only outside a transaction. They are checked afterwards.
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise OkuvolError(
                            "Upgrading left {count} broken references; the database was not "
                            "changed.",
                            count=len(broken),
                        )
        finally:
            if sqlite:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    return backup
