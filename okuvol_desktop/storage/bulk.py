"""Writing many entries at once with executemany, for demo data and imports."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from okuvol_desktop.domain.progress import Cancelled, Progress
from okuvol_desktop.storage.orm import EntryRow, EntrySkillRow

BATCH_SIZE = 20_000
_ENTRY = EntryRow.__table__
_ENTRY_SKILL = EntrySkillRow.__table__
# The unique (source, source_id) index stays: imports look rows up through it.
_SECONDARY_INDEXES = tuple(i for i in _ENTRY.indexes if not i.unique)
_DEFER_AT_LEAST = 20_000


_ROOMY_CACHE_KB = 64 * 1024


@contextmanager
def roomy_page_cache(s: Session) -> Iterator[None]:
    """Give SQLite a 64 MB page cache for the duration of a large write (its default is 2 MB).

    A million imported rows update the unique (source, source_id) index in random order; with
    the default cache most of those updates read a page back from the file (measured: 17.7 s
    of inserting a million rows, 12.1 s with this). The cache is given back afterwards.
    """
    if s.get_bind().dialect.name != "sqlite":
        yield
        return
    # On the driver's connection: the setting belongs to it, not to the transaction, and
    # giving it back must work even after a failed statement spoiled the session.
    driver = s.connection().connection.dbapi_connection
    assert driver is not None
    before = int(driver.execute("PRAGMA cache_size").fetchone()[0])
    driver.execute(f"PRAGMA cache_size=-{_ROOMY_CACHE_KB}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size={before}")


def advance_id_sequence(s: Session, table: Table) -> None:
    """After rows were inserted with their ids given, make PostgreSQL's id sequence continue
    after the largest (SQLite takes max(id) + 1 by itself)."""
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or s.get_bind().dialect.name != "postgresql":
        return
    s.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence(:table, :column), "
            f'(SELECT coalesce(max("{keys[0].name}"), 0) + 1 FROM "{table.name}"), false)'
        ),
        {"table": table.name, "column": keys[0].name},
    )


# Converted values kept between batches, per column; forgotten past this many, to bound memory.
_REMEMBERED = 100_000


def _insert_many(
    s: Session,
    table: Table,
    rows: list[dict[str, Any]],
    remembered: dict[str, dict[Any, Any]] | None = None,
) -> None:
    """INSERT every row through the DB-API's executemany, converting values as the columns'
    types do (dates and times to what the driver stores), a column at a time.

    ``remembered`` keeps conversions from one call to the next: a large import repeats its
    dates, clock times and instants across batches, and converting a datetime costs more than
    looking it up."""
    remembered = {} if remembered is None else remembered
    connection = s.connection()
    dialect = connection.dialect
    names = [c.name for c in table.columns if c.name in rows[0]]
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or []) if compiled.positional else names
    columns = [list(map(itemgetter(name), rows)) for name in order]
    for position, name in enumerate(order):
        convert = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            converted = remembered.setdefault(name, {})
            if len(converted) > _REMEMBERED:
                converted.clear()
            for value in set(columns[position]).difference(converted):
                converted[value] = convert(value)
            columns[position] = list(map(converted.__getitem__, columns[position]))
    if compiled.positional:
        connection.exec_driver_sql(str(compiled), list(zip(*columns, strict=True)))
    else:
        connection.exec_driver_sql(
            str(compiled),
            [dict(zip(order, values, strict=True)) for values in zip(*columns, strict=True)],
        )


class BulkEntryWriter:
    """Collects entry rows (column dicts) and inserts them a batch at a time.

    Rows get their ids here, so that skill links need no RETURNING. Before each batch the
    progress is asked whether to stop; stopping raises Cancelled, and the caller's transaction
    rolls back everything written so far.
    """

    def __init__(
        self, session: Session, progress: Progress, total: int, batch_size: int = BATCH_SIZE
    ) -> None:
        self._s = session
        self._progress = progress
        self._total = total
        self._batch_size = batch_size
        self._rows: list[dict[str, Any]] = []
        self._links: list[dict[str, int]] = []
        self._next_id: int | None = None
        self._deferred = False
        self._remembered: dict[str, dict[Any, Any]] = {}
        self.written = 0

    def defer_indexes(self, incoming: int) -> bool:
        """Drop the entry table's secondary indexes until restore_indexes(), when ``incoming``
        rows at least double the table on SQLite; returns whether it did.

        Building an index once over sorted rows is about twice as fast as updating seven
        B-trees row by row. Inside the transaction, a rollback brings the indexes back. Other
        databases keep theirs: dropping one would lock the table for every other user.
        """
        if self._s.get_bind().dialect.name != "sqlite":
            return False
        present = int(self._s.scalar(select(func.count()).select_from(EntryRow)) or 0)
        if incoming < _DEFER_AT_LEAST or incoming < present:
            return False
        connection = self._s.connection()
        for index in _SECONDARY_INDEXES:
            index.drop(connection)
        self._deferred = True
        return True

    def restore_indexes(self) -> None:
        """Build again the indexes defer_indexes() dropped."""
        if self._deferred:
            connection = self._s.connection()
            for index in _SECONDARY_INDEXES:
                index.create(connection)
            self._deferred = False

    def has_any_entry(self) -> bool:
        """Whether the ledger holds any entry yet."""
        return self._s.scalar(select(EntryRow.id).limit(1)) is not None

    def add(self, row: dict[str, Any], skill_ids: Iterable[int] = ()) -> int:
        """Queue one entry and its skills; returns the id it will have (set in ``row``)."""
        if self._next_id is None:
            self._next_id = (
                int(self._s.scalar(select(func.coalesce(func.max(EntryRow.id), 0))) or 0) + 1
            )
        entry_id = self._next_id
        self._next_id += 1
        row["id"] = entry_id
        self._rows.append(row)
        if skill_ids:
            self._links.extend({"entry_id": entry_id, "skill_id": k} for k in skill_ids)
        if len(self._rows) >= self._batch_size:
            self.flush()
        return entry_id

    def flush(self) -> None:
        """Insert what is queued, unless the user asked to stop."""
        if self._progress.cancelled():
            raise Cancelled("Cancelled; nothing was written.")
        # Straight to the driver's executemany, with the columns' own conversions applied
        # here: the ORM splits rows whose None columns differ into separate statements (10x
        # slower for demo data), and even Core's per-row parameter handling took half the
        # time of a large import.
        if self._rows:
            _insert_many(self._s, _ENTRY, self._rows, self._remembered)
            advance_id_sequence(self._s, _ENTRY)  # the ids were given here
        if self._links:
            _insert_many(self._s, _ENTRY_SKILL, self._links)
        self.written += len(self._rows)
        self._rows, self._links = [], []
        self._progress.report(self.written, self._total)
