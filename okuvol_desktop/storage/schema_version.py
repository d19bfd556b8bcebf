"""The schema revision this okuvol makes, and the revision a SQLite ledger is at, read without
Alembic.

Opening a ledger compares the two. Alembic (and every migration script it loads to find its
head) is imported only when they differ: that import costs a command of the command line more
than the command itself. tests/storage/test_migrations.py holds HEAD to Alembic's real head, so
a new migration that forgets to move it fails the suite.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from okuvol_desktop.domain.errors import OkuvolError

# The newest migration in storage/migrations/versions.
HEAD = "0015"


def read_sqlite_state(path: Path) -> tuple[str | None, set[str]]:
    """The revision (None when there is none) and table names of a SQLite file, read without
    writing to it.

    The file is read through a separate read-only connection: the engine's own connections
    switch the file to WAL, which would already change a file that is not ours.

    Raises:
        OkuvolError: the file is not a SQLite database, or is damaged.
    """
    # Reading a WAL file makes SQLite create -wal and -shm beside it; a file it then finds
    # damaged must be left as it was found, without them.
    sidecars = [path.with_name(path.name + end) for end in ("-wal", "-shm")]
    present = {p for p in sidecars if p.exists()}
    probe = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = {
            row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = probe.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, tables
    except sqlite3.DatabaseError as exc:
        probe.close()
        for sidecar in sidecars:
            if sidecar not in present:
                sidecar.unlink(missing_ok=True)
        raise OkuvolError("Cannot open the database {path}: {exc}.", path=path, exc=exc) from exc
    finally:
        probe.close()
