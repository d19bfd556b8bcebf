"""Where a ledger is kept: its location as it may be printed, and what okuvol asks of a SQLite
file, without SQLAlchemy.

Kept apart from storage.engine because the command line needs these before it knows whether
it will load SQLAlchemy at all: its settings, its crash report, and the quick read of
storage.quick_read.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# How long a writer waits for another writer on the same SQLite file before giving up: long
# enough for a GUI and a script to share one file without "database is locked".
SQLITE_BUSY_TIMEOUT_MS = 15_000


def shown_location(location: str) -> str:
    """A database location fit to print: a password in a URL becomes ***, whether it stands
    before the host or in the query (``?password=...``, as libpq also takes it), the rest as
    given."""
    # A password in a URL has its @, / and ? percent-encoded, so it ends at the next @.
    hidden = re.sub(r"(://[^:/@?]*:)[^@/?]*@", r"\1***@", location)
    return re.sub(
        r"([?&](?:ssl)?(?:password|passwd|pwd|pass)=)[^&#]*", r"\1***", hidden, flags=re.I
    )


def cannot_write(path: Path) -> bool:
    """Whether an existing file cannot be written: it is on a read-only mount, or this user
    may not write it."""
    return bool(os.statvfs(path).f_flag & os.ST_RDONLY) or not os.access(path, os.W_OK)
