"""What `okuvol timer status` shows, read with the standard library's sqlite3 alone.

The command is typed many times a day, often from a shell prompt or a status bar, so it must
answer about as fast as a bare Python reading the file (issue 16: within 10x). Importing
SQLAlchemy and the ORM models alone costs about that much, before any query. So on a SQLite
ledger at the schema this okuvol makes, the running timers are read here, in one read
transaction, and returned as the same domain values TimerService.status() returns; the command
prints them with the same code either way.

Anything else returns None and the caller takes the full path, which says what is wrong as it
always has: a URL (PostgreSQL, or SQLite given as a URL), a file that is missing (the full
path creates the ledger), empty, read-only or damaged, another schema revision (the full path
upgrades or refuses it), a value this reader does not expect.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from okuvol_desktop.domain.ids import CategoryId, PersonId, RoleId
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import RunningTimer, TimerStatus
from okuvol_desktop.storage import schema_version
from okuvol_desktop.storage.locations import SQLITE_BUSY_TIMEOUT_MS, cannot_write

# TimerRepo.running() and the repositories' get() of the role, person and organisation, as one
# query. LEFT JOINs: a timer whose names are missing is not dropped but sends the caller to the
# full path (the foreign keys make it impossible; the full path would say NotFound).
_RUNNING = """
SELECT t.id, t.person_id, t.role_id, t.started_at, t.timezone, t.description, t.category_id,
       p.full_name, o.name, r.title, r.kind
FROM timer AS t
LEFT JOIN role AS r ON r.id = t.role_id
LEFT JOIN person AS p ON p.id = t.person_id
LEFT JOIN organisation AS o ON o.id = r.organisation_id
ORDER BY t.id
"""


# A SQLite file begins with this; bytes 18 and 19 are 2 when it is in WAL mode, as every
# ledger okuvol has opened is (storage.engine).
_SQLITE_HEADER = b"SQLite format 3\x00"
_WAL = b"\x02\x02"


def _ledger_file(location: str) -> Path | None:
    """The file a location names, when it is a plain path to a writable SQLite file in WAL
    mode (storage.engine.database_url reads a location the same way)."""
    if "://" in location:
        return None
    path = Path(location).expanduser()
    # Opening a read-only ledger is refused by the full path; this read must not answer where
    # the command would not.
    if not path.is_file() or cannot_write(path):
        return None
    with path.open("rb") as handle:
        header = handle.read(20)
    # Only WAL: a file in another mode may hold a journal of an interrupted write, which a
    # connection that may write would roll back, changing a file okuvol has not yet checked.
    if not header.startswith(_SQLITE_HEADER) or header[18:20] != _WAL:
        return None
    return path.resolve()


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _whole(value: object) -> int:
    if not isinstance(value, int):
        raise TypeError(value)
    return value


def _instant(stored: object) -> datetime:
    """A stored UTC instant (naive text, as SQLAlchemy writes it on SQLite), made aware."""
    moment = datetime.fromisoformat(_text(stored))
    if moment.tzinfo is not None:  # not what okuvol writes: the full path decides
        raise ValueError(stored)
    return moment.replace(tzinfo=UTC)


def _status(row: tuple[object, ...], now: datetime) -> TimerStatus:
    """One row of _RUNNING as TimerService.status() gives it; TypeError or ValueError for a
    value okuvol would not have written."""
    timer_id, person_id, role_id, started, zone, description, category, *names = row
    person, organisation, title, kind = names
    timer = RunningTimer(
        id=_whole(timer_id),
        person_id=PersonId(_whole(person_id)),
        role_id=RoleId(_whole(role_id)),
        started_at=_instant(started),
        timezone=_text(zone),
        description=None if description is None else _text(description),
        category_id=None if category is None else CategoryId(_whole(category)),
    )
    return TimerStatus(
        timer,
        _text(person),
        _text(organisation),
        _text(title),
        WorkKind(_text(kind)),
        now - timer.started_at,
    )


def running_timers(location: str, now: datetime) -> list[TimerStatus] | None:
    """Every running timer of the ledger at ``location``, as TimerService.status() gives them
    at the instant ``now``; None when this reader does not answer (see the module's doc)."""
    try:
        path = _ledger_file(location)
        if path is None:
            return None
        # Read-write (but never create) rather than read-only: the last connection to close
        # removes the -wal and -shm files it made, and a read-only one cannot.
        connection = sqlite3.connect(
            f"{path.as_uri()}?mode=rw",
            uri=True,
            timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
        )
        try:
            connection.execute("BEGIN")  # the revision and the timers of one state
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(schema_version.HEAD,)]:
                return None
            rows = connection.execute(_RUNNING).fetchall()
        finally:
            connection.close()
        return [_status(row, now) for row in rows]
    except (OSError, sqlite3.Error, TypeError, ValueError):
        return None
