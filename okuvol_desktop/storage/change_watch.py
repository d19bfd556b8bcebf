"""Noticing that the ledger changed, whoever changed it: this process, another okuvol on the
same file, or another person on a shared PostgreSQL ledger.

Each check is cheap enough for a timer in the window: no query runs over the ledger's tables.
SQLite's ``PRAGMA data_version`` (on a connection kept for it) changes when any other
connection commits; PostgreSQL delivers the NOTIFY okuvol_ledger of migration 0011 to the
connection that LISTENs, and reading it is a non-blocking look at that connection's socket.
Writes of this process are seen at once, through the engine's events (a commit after an
INSERT, UPDATE or DELETE; a commit that only read is no change).
"""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError

CHANNEL = "okuvol_ledger"


class ChangeWatch:
    """Says, each time it is asked, whether the ledger changed since it was last asked.

    Ask from one thread only (the window's); close it when the ledger closes.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._committed_here = False
        self._connection: Any = None
        self._data_version: int | None = None
        event.listen(engine, "after_cursor_execute", self._on_execute)
        event.listen(engine, "commit", self._on_commit)
        self._open()

    @staticmethod
    def _on_execute(
        conn: Any, _cursor: Any, _sql: Any, _params: Any, context: Any, _many: Any
    ) -> None:
        if context is not None and (context.isinsert or context.isupdate or context.isdelete):
            conn.info["okuvol_wrote"] = True

    def _on_commit(self, conn: Any) -> None:
        # Runs in whichever thread committed (a worker importing, say): one flag, no lock.
        if conn.info.pop("okuvol_wrote", False):
            self._committed_here = True

    def _open(self) -> None:
        try:
            connection = self._engine.raw_connection()
        except DBAPIError:  # the server is away; the next check tries again
            return
        try:
            if self._engine.dialect.name == "postgresql":
                driver = connection.driver_connection
                driver.autocommit = True  # type: ignore[union-attr]
                driver.execute(f"LISTEN {CHANNEL}")  # type: ignore[union-attr]
            else:
                self._data_version = self._read_data_version(connection)
        except Exception:
            connection.close()
            raise
        self._connection = connection

    @staticmethod
    def _read_data_version(connection: Any) -> int:
        cursor = connection.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def changed(self) -> bool:
        """Whether anything was committed to the ledger since the last call."""
        changed = self._committed_here
        self._committed_here = False
        if self._connection is None:
            self._open()
            return changed or self._connection is not None  # back after a loss: look again
        try:
            if self._engine.dialect.name == "postgresql":
                changed |= self._notified()
            else:
                version = self._read_data_version(self._connection)
                changed |= version != self._data_version
                self._data_version = version
        except Exception:  # noqa: BLE001 - a lost connection: reopen at the next check
            self._drop()
            return True
        return changed

    def _notified(self) -> bool:
        """Whether NOTIFYs arrived, read without waiting (libpq's PQconsumeInput)."""
        pgconn = self._connection.driver_connection.pgconn
        pgconn.consume_input()
        found = False
        while pgconn.notifies() is not None:
            found = True
        return found

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        with contextlib.suppress(Exception):  # it is gone either way
            connection.invalidate()

    def close(self) -> None:
        """Stop watching and give the connection back."""
        for name, listener in (
            ("after_cursor_execute", self._on_execute),
            ("commit", self._on_commit),
        ):
            if event.contains(self._engine, name, listener):
                event.remove(self._engine, name, listener)
        if self._connection is not None:
            if self._engine.dialect.name == "postgresql":
                self._drop()  # a pooled connection must not keep listening
            else:
                self._connection.close()
            self._connection = None
