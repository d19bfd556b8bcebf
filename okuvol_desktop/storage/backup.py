"""Consistent copies of a SQLite ledger while it is in use, and checked restores.

A backup goes through SQLite's online backup API, page by page under SQLite's own locks, so
a writer in another process never sees (or makes) half a copy. A restore checks the file
first (a SQLite file, intact, an okuvol ledger this version knows, with nothing in its schema
that okuvol did not make), upgrades an older one on a copy, and then, in one transaction that
holds every other writer out, keeps the ledger aside and replaces its rows by the backup's.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.storage.engine import sqlite_path
from okuvol_desktop.storage.locations import SQLITE_BUSY_TIMEOUT_MS
from okuvol_desktop.storage.orm import Base
from okuvol_desktop.storage.writer_note import RESTORE, writing

_SQLITE_HEADER = b"SQLite format 3\x00"
_LEDGER_TABLES = frozenset({"person", "organisation", "role", "entry"})


@dataclass(frozen=True, slots=True)
class BackupFacts:
    """What a checked backup file holds."""

    revision: str
    entries: int
    people: int


def live_path(engine: Engine) -> Path:
    """The file of a SQLite ledger.

    Raises:
        OkuvolError: the ledger is on a database server, which has its own tools.
    """
    path = sqlite_path(engine.url)
    if path is None:
        raise OkuvolError(
            "This ledger is on a PostgreSQL server: back it up with pg_dump "
            "(pg_dump -Fc -f okuvol.dump DBNAME) and restore with pg_restore."
        )
    return path


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database into a new file that stands alone (no -wal or -shm beside it)."""
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
        # The copy inherits the ledger's WAL mode; a backup is one self-contained file.
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()


def _integrity(target: Path) -> None:
    with sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True) as check:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise OkuvolError(
            "The copy {path} failed SQLite's integrity check: {result}.", path=target, result=result
        )


def backup(engine: Engine, out: Path) -> Path:
    """Copy the live ledger to ``out`` (whole or not at all) and check the copy."""
    path = live_path(engine)
    if out.resolve() == path.resolve():
        raise OkuvolError("The backup cannot overwrite the database itself; choose another file.")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.{os.getpid()}.part")  # beside it: the rename is atomic
    try:
        source = sqlite3.connect(path)
        try:
            _copy(source, partial)
        finally:
            source.close()
        _integrity(partial)
        partial.replace(out)
    except BaseException as exc:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlite3.OperationalError):  # a full disk, say
            raise OkuvolError(
                "Could not write the backup {file}: {reason}. Nothing was written under that name.",
                file=str(out),
                reason=str(exc),
            ) from exc
        raise
    return out


def check_backup(candidate: Path) -> BackupFacts:
    """Read a backup file without changing it, and say what it holds.

    Raises:
        OkuvolError: it is not a file, not SQLite, damaged, of another application, or of a
            newer okuvol.
    """
    try:
        found = candidate.is_file()
    except OSError:  # a name longer than the system allows, say: no file is called so
        found = False
    if not found:
        raise OkuvolError("There is no backup file at {path}.", path=candidate)
    with candidate.open("rb") as handle:
        if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise OkuvolError(
                "{path} is not an okuvol backup: it is not a SQLite database.", path=candidate
            )
    try:
        with sqlite3.connect(f"{candidate.resolve().as_uri()}?mode=ro", uri=True) as probe:
            result = probe.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise OkuvolError("{path} is damaged: {result}.", path=candidate, result=result)
            tables = {
                r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables >= _LEDGER_TABLES or "alembic_version" not in tables:
                raise OkuvolError(
                    "{path} is a SQLite database of another application, not an okuvol backup.",
                    path=candidate,
                )
            revision = probe.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            entries = probe.execute("SELECT count(*) FROM entry").fetchone()[0]
            people = probe.execute("SELECT count(*) FROM person").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise OkuvolError("{path} is damaged: {reason}.", path=candidate, reason=str(exc)) from exc
    # Alembic loads here, not with the module: the services that import this module (for
    # BackupFacts) must not bring Alembic into every command that uses them.
    from alembic.script import ScriptDirectory

    from okuvol_desktop.storage.migrate import alembic_config

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception as exc:  # alembic raises several kinds for an unknown revision
        raise OkuvolError(
            "{path} was made by a newer version of okuvol; update okuvol to restore it.",
            path=candidate,
        ) from exc
    return BackupFacts(str(revision), int(entries), int(people))


def _signature(path: Path) -> dict[str, object]:
    """What a ledger's schema is made of, compared by meaning rather than by the text SQLite
    keeps (an upgraded ledger's tables were rebuilt with other quoting): each table's columns,
    each index's table, uniqueness and columns, and every trigger and view by name and text."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as con:
        objects = con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
        signature: dict[str, object] = {}
        for kind, name, table, sql in objects:
            if kind == "table":
                columns = con.execute(f'PRAGMA table_info("{name}")').fetchall()
                signature[f"table {name}"] = sorted(
                    (c[1], str(c[2]).upper(), c[3], c[5]) for c in columns
                )
            elif kind == "index":
                unique = next(
                    (i[2] for i in con.execute(f'PRAGMA index_list("{table}")') if i[1] == name),
                    None,
                )
                columns = [c[2] for c in con.execute(f'PRAGMA index_info("{name}")')]
                signature[f"index {name}"] = (table, unique, columns)
            else:  # a trigger or a view: okuvol's are compared word for word
                signature[f"{kind} {name}"] = " ".join(str(sql).split())
    return signature


@lru_cache(maxsize=1)
def _okuvol_signature() -> dict[str, object]:
    """The schema of a ledger okuvol makes today, from its migrations (made once a process)."""
    from okuvol_desktop.storage.database import open_database

    with tempfile.TemporaryDirectory(prefix="okuvol-schema-") as folder:
        fresh = Path(folder) / "fresh.sqlite3"
        open_database(str(fresh)).close()
        return _signature(fresh)


def check_schema(prepared: Path, name: str) -> None:
    """Refuse a ledger whose schema is not the one okuvol makes: a trigger, view, index or
    column added to a backup would live on in the restored ledger (a trigger that approves
    every new entry, say).

    Raises:
        OkuvolError: listing the first differences.
    """
    found, made = _signature(prepared), _okuvol_signature()
    differences = [
        f"{key} is not okuvol's" if key not in made else f"{key} differs from okuvol's"
        for key in sorted(found)
        if found[key] != made.get(key)
    ] + [f"{key} is missing" for key in sorted(made) if key not in found]
    if differences:
        raise OkuvolError(
            "{path} is not a ledger as okuvol makes it ({differences}); it was changed with "
            "another program and is not restored.",
            path=name,
            differences="; ".join(differences[:5]),
        )


def restore(engine: Engine, candidate: Path, facts: BackupFacts, when: datetime, user: str) -> Path:
    """Replace the live ledger's records by those of a backup that check_backup() passed
    (``facts``); returns where the old ledger was kept.

    The backup is copied (and, if older, upgraded) in a temporary folder and its schema
    checked. Then one write transaction holds every other writer out while the live ledger is
    copied aside and its tables' rows are replaced by the backup's: a write made by anyone else
    lands before (and is in the copy aside) or waits and is refused, never lost between the
    two. The live schema is kept: nothing of the backup but its rows comes in.
    """
    from okuvol_desktop.storage.database import open_database
    from okuvol_desktop.storage.migrate import head_revision

    path = live_path(engine)
    with tempfile.TemporaryDirectory(prefix="okuvol-restore-") as folder:
        prepared = Path(folder) / "restore.sqlite3"
        source = sqlite3.connect(f"{candidate.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy(source, prepared)
        finally:
            source.close()
        if facts.revision != head_revision():
            open_database(str(prepared)).close()  # upgrades the copy, never the user's file
        check_schema(prepared, candidate.name)
        aside = _free_name(path.with_name(f"{path.name}.before-restore-{when:%Y%m%dT%H%M%S}"))
        with writing(path, RESTORE, user, when):
            _replace_rows(path, prepared, aside)
    return aside


def _free_name(wanted: Path) -> Path:
    """``wanted``, or the same name with -2, -3... when a file has it (two restores within a
    second must not keep one copy over the other)."""
    candidate, number = wanted, 1
    while candidate.exists():
        number += 1
        candidate = wanted.with_name(f"{wanted.name}-{number}")
    return candidate


def _replace_rows(path: Path, prepared: Path, aside: Path) -> None:
    live = sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        live.execute("PRAGMA foreign_keys=ON")
        live.execute("ATTACH DATABASE ? AS incoming", (f"{prepared.resolve().as_uri()}?mode=ro",))
        live.execute("BEGIN IMMEDIATE")  # from here on, every other writer waits
        try:
            reader = sqlite3.connect(path)  # WAL: a reader sees the ledger as committed
            try:
                _copy(reader, aside)
            finally:
                reader.close()
            live.execute("PRAGMA defer_foreign_keys=ON")  # checked whole, at the commit
            tables = [t.name for t in Base.metadata.sorted_tables]
            for table in reversed(tables):
                live.execute(f'DELETE FROM main."{table}"')
            for table in tables:
                columns = ", ".join(
                    f'"{c[1]}"' for c in live.execute(f'PRAGMA main.table_info("{table}")')
                )
                live.execute(
                    f'INSERT INTO main."{table}" ({columns}) '
                    f'SELECT {columns} FROM incoming."{table}"'
                )
            live.execute("COMMIT")
        except BaseException:
            if live.in_transaction:
                live.execute("ROLLBACK")
            aside.unlink(missing_ok=True)
            raise
        finally:
            live.execute("DETACH DATABASE incoming")
    finally:
        live.close()
