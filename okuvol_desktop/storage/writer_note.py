"""A note beside a SQLite ledger saying who holds its write lock for long, and since when.

SQLite lets one writer at a time; another waits (the busy timeout) and is then refused with
"database is locked", which says nothing to a volunteer. A long writer (a restore, a large
import, demo data) leaves this note while it holds the lock, so that whoever is refused can be
told who is writing and since when ("the ledger is being restored"). The note goes when the
writer is done; a writer killed meanwhile leaves it behind, which is why a note is only
believed while its process still runs.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

RESTORE = "restore"
IMPORT = "import"
DEMO = "demo"


@dataclass(frozen=True, slots=True)
class WriterNote:
    """Who holds the write lock: what they do, who they are, since when."""

    what: str
    user: str
    since: datetime
    pid: int


def _note_path(ledger: Path) -> Path:
    return ledger.with_name(ledger.name + ".writer")


@contextmanager
def writing(ledger: Path | None, what: str, user: str, now: datetime) -> Iterator[None]:
    """Leave a note beside ``ledger`` (a SQLite file; None does nothing) while the block runs."""
    if ledger is None:
        yield
        return
    note = _note_path(ledger)
    facts = {"what": what, "user": user, "since": now.isoformat(), "pid": os.getpid()}
    with suppress(OSError):  # a note is a courtesy to others: no note is no reason to stop
        note.write_text(json.dumps(facts), encoding="utf-8")
    try:
        yield
    finally:
        note.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it runs
        return True
    return True


def current_writer(ledger: Path) -> WriterNote | None:
    """The note of a writer still at work on ``ledger``, if there is one."""
    try:
        raw = json.loads(_note_path(ledger).read_text(encoding="utf-8"))
        note = WriterNote(
            str(raw["what"]),
            str(raw["user"]),
            datetime.fromisoformat(raw["since"]),
            int(raw["pid"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return note if _running(note.pid) else None
