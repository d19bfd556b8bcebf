"""Consistent copies of a SQLite ledger while it is in use, and checked restores.

Both go through SQLite's online backup API, page by page under SQLite's own locks, so a
writer in another process never sees (or makes) half a copy. A restore checks the file
first (a SQLite file, intact, an okuvol ledger this version knows), upgrades an older one on
a copy, keeps the database it replaces aside, and only then copies it in.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.storage.engine import sqlite_path
from okuvol_desktop.storage.migrate import alembic_config, head_revision

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
    if not candidate.is_file():
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
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception as exc:  # alembic raises several kinds for an unknown revision
        raise OkuvolError(
            "{path} was made by a newer version of okuvol; update okuvol to restore it.",
            path=candidate,
        ) from exc
    return BackupFacts(str(revision), int(entries), int(people))


def restore(engine: Engine, candidate: Path, facts: BackupFacts, when: datetime) -> Path:
    """Replace the live ledger by a backup that check_backup() passed (``facts``); returns
    where the old ledger was kept.

    The backup is copied and, if older, upgraded in a temporary folder; the live ledger is
    copied aside; then the backup's pages replace the live ones in one step of the backup API.
    """
    from okuvol_desktop.storage.database import open_database

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
        aside = path.with_name(f"{path.name}.before-restore-{when:%Y%m%dT%H%M%S}")
        live = sqlite3.connect(path)
        try:
            _copy(live, aside)
            incoming = sqlite3.connect(prepared)
            try:
                incoming.backup(live)
            finally:
                incoming.close()
        finally:
            live.close()
    return aside
