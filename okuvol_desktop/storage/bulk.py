"""Writing many entries at once with executemany, for demo data and imports."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from okuvol_desktop.domain.progress import Cancelled, Progress
from okuvol_desktop.storage import kept_totals, upkeep
from okuvol_desktop.storage.entry_values import ENTRY_COLUMNS, EntryRecord, EntryWork
from okuvol_desktop.storage.orm import EntryRow, EntrySkillRow

BATCH_SIZE = 20_000
# Declarative classes declare __table__ as a FromClause; theirs are Tables.
_ENTRY = cast(Table, EntryRow.__table__)
_ENTRY_SKILL = cast(Table, EntrySkillRow.__table__)
# The unique (source, source_id) index stays: imports pass over known rows through it.
_SECONDARY_INDEXES = tuple(i for i in _ENTRY.indexes if not i.unique)
_DEFER_AT_LEAST = 20_000
# Rows written that make PostgreSQL's statistics of the ledger worth gathering at once.
_ANALYZE_FROM = 10_000
# The tables a bulk write of entries grows.
_KEPT_TABLES = tuple(t.__tablename__ for t in kept_totals.KEPT)
_GROWN_TABLES = ("entry", *_KEPT_TABLES)


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
    names: Sequence[str],
    columns: Sequence[Sequence[Any]],
    *,
    remembered: dict[str, dict[Any, Any]] | None = None,
    suffix: str = "",
) -> None:
    """INSERT rows given as ``columns`` (one list of values per name in ``names``) through the
    DB-API's executemany, converting values as the columns' types do (dates and times to what
    the driver stores). ``suffix`` ends the statement (an ON CONFLICT clause).

    ``remembered`` keeps conversions from one call to the next: a large import repeats its
    dates, clock times and instants across batches, and converting a datetime costs more than
    looking it up."""
    remembered = {} if remembered is None else remembered
    connection = s.connection()
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    order = list(compiled.positiontup or []) if compiled.positional else list(names)
    by_name = dict(zip(names, columns, strict=True))
    ordered = []
    for name in order:
        values = by_name[name]
        convert = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            converted = remembered.setdefault(name, {})
            if len(converted) > _REMEMBERED:
                converted.clear()
            distinct = set(values)
            for value in distinct.difference(converted):
                converted[value] = convert(value)
            if len(distinct) == 1:  # a stamp or an empty column: the same value throughout
                values = [converted[distinct.pop()]] * len(values)
            else:
                values = list(map(converted.__getitem__, values))
        ordered.append(values)
    if dialect.name == "postgresql":
        _insert_rows(connection, table, order, list(zip(*ordered, strict=True)), suffix)
        return
    statement = str(compiled) + suffix
    if compiled.positional:
        connection.exec_driver_sql(statement, list(zip(*ordered, strict=True)))
    else:
        connection.exec_driver_sql(
            statement,
            [dict(zip(order, values, strict=True)) for values in zip(*ordered, strict=True)],
        )


# Rows in one INSERT on PostgreSQL: a statement holds at most 65,535 parameters.
_ROWS_A_STATEMENT = 1_000


def _insert_rows(
    connection: Any, table: Table, names: list[str], rows: list[tuple[Any, ...]], suffix: str
) -> None:
    """PostgreSQL: a thousand rows in each INSERT ... VALUES, so that the statement triggers
    of the kept totals total a thousand rows at once (executemany sends one statement a row,
    which doubled the time of a bulk write)."""
    quote = connection.dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in names)
    row = "(" + ", ".join(["%s"] * len(names)) + ")"
    for start in range(0, len(rows), _ROWS_A_STATEMENT):
        part = rows[start : start + _ROWS_A_STATEMENT]
        statement = (
            f"INSERT INTO {quote(table.name)} ({columns}) VALUES "
            + ", ".join([row] * len(part))
            + suffix
        )
        connection.exec_driver_sql(statement, tuple(value for values in part for value in values))


class BulkEntryWriter:
    """Collects entry rows and inserts them a batch at a time.

    A row is a sequence of values in the order of ENTRY_COLUMNS (tuples, not dicts: building a
    dict per row and taking it apart again cost seconds in an import of a million). Rows get
    their ids here, as many as each batch needs (no gaps left in the ids people see), so that
    skill links need no RETURNING. Before each batch the progress is
    asked whether to stop; stopping raises Cancelled, and the caller's transaction rolls back
    everything written so far.

    With ``pass_over_known_sources`` a row whose (source, source_id) the ledger holds already,
    or that an earlier row of the same writing holds, is passed over by the database's unique
    index (ON CONFLICT DO NOTHING) instead of failing; take_passed_over() hands them back.
    """

    def __init__(
        self,
        session: Session,
        progress: Progress,
        total: int,
        *,
        batch_size: int = BATCH_SIZE,
        pass_over_known_sources: bool = False,
    ) -> None:
        self._s = session
        self._progress = progress
        self._total = total
        self._columns = ("id", *ENTRY_COLUMNS)
        self._batch_size = batch_size
        self._suffix = (
            " ON CONFLICT (source, source_id) DO NOTHING" if pass_over_known_sources else ""
        )
        self._rows: list[Sequence[Any]] = []
        self._links: list[tuple[int, int]] = []  # (the row's place in the batch, skill id)
        self._last_given: int | None = None
        self._from_sequence = session.get_bind().dialect.name == "postgresql"
        self.first_id: int | None = None  # the smallest id this writer gave, once it gave one
        self._deferred = False
        self._aside = upkeep.SetAside()
        self.grew = False  # by enough rows for PostgreSQL to plan it anew (see settle)
        self._remembered: dict[str, dict[Any, Any]] = {}
        self._passed_over: list[Sequence[Any]] = []
        self.written = 0

    def defer_upkeep(self, incoming: int) -> bool:
        """Set aside what the database keeps up row by row until restore_upkeep(): on SQLite
        the triggers of the kept totals and the search index (always), and the entry table's
        secondary indexes when ``incoming`` rows at least double the table; returns whether
        indexes were dropped.

        Building an index once over sorted rows is about twice as fast as updating each
        B-tree row by row, and one GROUP BY over the new rows adds them to the totals faster
        than a trigger per row. Inside the transaction, a rollback brings all back. Other
        databases keep theirs: dropping one would lock the table for every other user.
        """
        self._aside = upkeep.set_aside(self._s)
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

    def restore_upkeep(self) -> None:
        """Build again the indexes defer_upkeep() dropped, and add the rows written to the
        kept totals and the search index."""
        if self._deferred:
            connection = self._s.connection()
            for index in _SECONDARY_INDEXES:
                index.create(connection)
            self._deferred = False
        upkeep.put_back(self._s, self._aside, self.first_id)
        self._aside = upkeep.SetAside()
        if self._from_sequence and self.written >= _ANALYZE_FROM:
            # PostgreSQL plans from statistics its autovacuum gathers later: until then a
            # ledger that just grew by a large import is planned as the small one it was
            # (pages read with a sort of every entry instead of an index).
            for table in _GROWN_TABLES:
                self._s.execute(text(f"ANALYZE {table}"))
            self.grew = True

    def settle(self, sessions: sessionmaker[Session]) -> None:
        """After the bulk write has committed: on PostgreSQL, compact the kept totals and
        VACUUM the tables that grew.

        The totals were updated once per batch of rows, each time as new versions of the
        same rows: 200,000 entries left the 1,460 rows of month_total over 514 pages, read
        whole by every month's figures. VACUUM FULL rewrites them compact (15 pages); they
        are small, so the rewrite's lock is brief. A table fresh from a large write has no
        visibility map yet, so every index-only scan (the review queue's days, the time
        log's pages) also reads the rows until autovacuum comes by minutes later: plain
        VACUUM makes it. Neither can run inside the writing transaction. Not the tables'
        owner (a coordinator importing), PostgreSQL skips them with a warning and autovacuum
        does it later.
        """
        if not self.grew or self._s.get_bind().dialect.name != "postgresql":
            return
        with sessions() as s:
            connection = s.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
            connection.exec_driver_sql(f"VACUUM FULL {', '.join(_KEPT_TABLES)}")
            connection.exec_driver_sql(f"VACUUM {', '.join(_GROWN_TABLES)}")

    def has_any_entry(self) -> bool:
        """Whether the ledger holds any entry yet."""
        return self._s.scalar(select(EntryRow.id).limit(1)) is not None

    def _reserve(self, count: int) -> list[int]:
        """Ids for the ``count`` rows of a batch, in order. PostgreSQL hands them out from the
        id sequence, so that other users logging entries meanwhile never get the same one (and
        no one needs the right to move the sequence); SQLite, whose writer holds the file's
        lock, counts on from the largest."""
        if self._from_sequence:
            ids = sorted(
                self._s.scalars(
                    text("SELECT nextval(pg_get_serial_sequence('entry', 'id')) "
                         "FROM generate_series(1, :n)"),
                    {"n": count},
                )
            )  # fmt: skip
        else:
            start = (
                self._last_given + 1
                if self._last_given is not None
                else int(self._s.scalar(select(func.coalesce(func.max(EntryRow.id), 0))) or 0) + 1
            )
            ids = list(range(start, start + count))
        self._last_given = ids[-1]
        if self.first_id is None:
            self.first_id = ids[0]
        return ids

    def add(self, work: EntryWork, record: EntryRecord, skill_ids: Collection[int] = ()) -> None:
        """Queue one entry and its skills."""
        if skill_ids:
            place = len(self._rows)
            self._links.extend((place, k) for k in skill_ids)
        self._rows.append(work + record)  # one plain tuple, in the order of ENTRY_COLUMNS
        if len(self._rows) >= self._batch_size:
            self.flush()

    def take_passed_over(self) -> list[Sequence[Any]]:
        """The rows the database passed over since the last call (pass_over_known_sources)."""
        passed, self._passed_over = self._passed_over, []
        return passed

    def flush(self) -> None:
        """Insert what is queued, unless the user asked to stop.

        Straight to the driver's executemany, with the columns' own conversions applied here:
        the ORM splits rows whose None columns differ into separate statements (10x slower
        for demo data), and even Core's per-row parameter handling took half the time of a
        large import.
        """
        if self._progress.cancelled():
            raise Cancelled("Cancelled; nothing was written.")
        rows, places, passed = self._rows, self._links, []
        self._rows, self._links = [], []
        ids = self._reserve(len(rows)) if rows else []
        links = [(ids[place], skill) for place, skill in places]
        if rows:
            columns = [ids, *zip(*rows, strict=True)]
            _insert_many(
                self._s,
                _ENTRY,
                self._columns,
                columns,
                remembered=self._remembered,
                suffix=self._suffix,
            )
            if not self._from_sequence:
                advance_id_sequence(self._s, _ENTRY)  # the ids were given here
            if self._suffix:
                kept = self._kept_ids(ids)
                if kept is not None:
                    passed = [
                        row for entry_id, row in zip(ids, rows, strict=True) if entry_id not in kept
                    ]
                    links = [link for link in links if link[0] in kept]
        if links:
            _insert_many(
                self._s,
                _ENTRY_SKILL,
                ("entry_id", "skill_id"),
                list(zip(*links, strict=True)),
            )
        self.written += len(rows) - len(passed)
        self._passed_over.extend(passed)
        self._progress.report(self.written, self._total)

    def _kept_ids(self, ids: list[int]) -> set[int] | None:
        """Which of ``ids`` were written, or None when all of them were."""
        if self._from_sequence:  # other users' ids may lie between these: ask for these
            kept: set[int] = set()
            for start in range(0, len(ids), 1_000):
                part = ids[start : start + 1_000]
                kept.update(self._s.scalars(select(EntryRow.id).where(EntryRow.id.in_(part))))
            return None if len(kept) == len(ids) else kept
        between = EntryRow.id.between(ids[0], ids[-1])  # one writer: the ids follow each other
        if self._s.scalar(select(func.count()).where(between)) == len(ids):
            return None
        return set(self._s.scalars(select(EntryRow.id).where(between)))
