"""What every service needs: a way to open a session, the time, and the user's time zone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from okuvol_desktop.domain.durations import zone
from okuvol_desktop.domain.errors import OkuvolError
from okuvol_desktop.storage.engine import WRITES, sqlite_path
from okuvol_desktop.storage.locations import SQLITE_BUSY_TIMEOUT_MS
from okuvol_desktop.storage.writer_note import RESTORE, current_writer

Clock = Callable[[], datetime]
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


class ConnectionLost(OkuvolError):
    """The database server could not be reached in the middle of a use case."""


class NotAllowed(OkuvolError):
    """The database refused the change: the connected role may not make it."""


class LedgerBusy(OkuvolError):
    """Another program held the ledger's write lock for longer than a writer waits."""


def _busy(ledger: Path | None) -> LedgerBusy:
    writer = current_writer(ledger) if ledger is not None else None
    if writer is None:
        return LedgerBusy(
            "Another program has been writing to the ledger for more than {seconds} seconds; "
            "nothing was written. Try again in a moment.",
            seconds=SQLITE_BUSY_TIMEOUT_MS // 1000,
        )
    since = f"{writer.since:%H:%M}"
    if writer.what == RESTORE:
        return LedgerBusy(
            "The ledger is being restored from a backup (by {user}, since {since}); nothing "
            "was written. Try again when the restore is done.",
            user=writer.user,
            since=since,
        )
    return LedgerBusy(
        "The ledger is busy with a long {what} (by {user}, since {since}); nothing was "
        "written. Try again when it is done.",
        what=writer.what,
        user=writer.user,
        since=since,
    )


_INSUFFICIENT_PRIVILEGE = "42501"  # SQLSTATE of PostgreSQL's permission and policy refusals
# Two writers that crossed: a deadlock, or a serializable transaction that lost.
_RACES = frozenset({"40P01", "40001"})
# A value too long for its column, or a number out of its range.
_REFUSED_VALUES = frozenset({"22001", "22003"})
# The rules the shared ledger keeps itself (migration 0009): a check, an exclusion.
_BROKEN_RULES = frozenset({"23514"})
_EXCLUDED = "23P01"  # the one exclusion constraint: two timed entries of a person overlap


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0].rstrip(".") if str(exc.orig).strip() else "-"


@contextmanager
def _database_failures_explained(ledger: Path | None = None) -> Iterator[None]:
    # A lost connection and a refusal by the database, a busy or a full one, each become an
    # error that says what happened in a user's words.
    # The transaction was rolled back with the connection; the pool checks connections
    # before handing them out (pool_pre_ping), so trying again reconnects.
    try:
        yield
    except DBAPIError as exc:
        words = str(exc.orig).lower()
        if "database is locked" in words:
            raise _busy(ledger) from exc
        if "database or disk is full" in words:
            raise OkuvolError(
                "The disk that holds the ledger is full; nothing was written. Free some "
                "space, then try again."
            ) from exc
        state = getattr(exc.orig, "sqlstate", None)
        if state in _RACES:
            raise OkuvolError(
                "Someone else changed the same records at the same moment; nothing was "
                "changed. Try again."
            ) from exc
        if state in _REFUSED_VALUES:
            raise OkuvolError(
                "The shared ledger refused a value as longer or larger than it keeps: "
                "{reason}. Nothing was changed.",
                reason=_first_line(exc),
            ) from exc
        if state == _EXCLUDED:
            raise OkuvolError(
                "This overlaps another entry of the same person, saved at the same moment "
                "from elsewhere; nothing was changed. Reload and look again."
            ) from exc
        if state in _BROKEN_RULES:
            raise OkuvolError(
                "The shared ledger refused this, as its rules say: {reason}. Nothing was changed.",
                reason=_first_line(exc).removeprefix("okuvol: "),
            ) from exc
        if state == _INSUFFICIENT_PRIVILEGE:
            raise NotAllowed(
                "The database does not allow this to your account: {reason}. Nothing was "
                "changed; a coordinator of the organisation can do it.",
                reason=" ".join(str(exc.orig).split()).rstrip("."),
            ) from exc
        if not exc.connection_invalidated:
            raise
        raise ConnectionLost(
            "The connection to the database was lost; nothing was changed. "
            "Check the network or the server, then try again."
        ) from exc


def system_clock() -> datetime:
    """The current instant, aware, in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ServiceContext:
    """Dependencies shared by the services, passed in from the composition root."""

    sessions: sessionmaker[Session]
    clock: Clock = system_clock
    timezone: str = "UTC"
    user: str = "okuvol"  # who is making changes, recorded on the entries they change

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work that writes: commit when the block ends, roll back if it raises.

        On SQLite it holds the write lock from the start, so that writers in other processes
        queue (within the busy timeout) instead of failing.

        Raises:
            ConnectionLost: the database server went away; nothing was written.
        """
        with _database_failures_explained(self.ledger_file()), self.sessions.begin() as session:
            session.connection(execution_options={WRITES: True})
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read of one consistent state of the ledger; it never blocks a writer.

        On PostgreSQL the transaction is REPEATABLE READ: under the default READ COMMITTED
        each statement would see the writers that committed since the one before, so the
        kept totals and the entries they are checked against, or a queue's lines and its
        sums, could come from two states of a ledger others write to. A transaction that
        only reads is never refused for it.
        """
        with _database_failures_explained(self.ledger_file()), self.sessions.begin() as session:
            if session.get_bind().dialect.name == "postgresql":
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            yield session

    def ledger_file(self) -> Path | None:
        """The file of a SQLite ledger; None for a ledger on a server."""
        bind = self.sessions.kw.get("bind")
        url = getattr(bind, "url", None)
        path = sqlite_path(url) if url is not None else None
        return None if path is None else path.resolve()

    def ledger_files(self) -> frozenset[Path]:
        """The files of a SQLite ledger (the database and its -wal, -shm and -journal), which
        no document may be written over; none for a ledger on a server."""
        base = self.ledger_file()
        if base is None:
            return frozenset()
        return frozenset(
            {base, *(base.with_name(base.name + suffix) for suffix in _SQLITE_COMPANIONS)}
        )

    def today(self, timezone: str | None = None) -> date:
        """Today's date where the user (or the given zone) is."""
        return self.clock().astimezone(zone(timezone or self.timezone)).date()

    def day_of(self, instant: datetime) -> date:
        """The date an instant fell on where the user is (what a message about it names)."""
        return instant.astimezone(zone(self.timezone)).date()
