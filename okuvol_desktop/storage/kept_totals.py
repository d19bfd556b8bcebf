"""The kept totals (day_total, month_total, person_month_total, person_year_total, and the
coordinator's waiting_line): when they may be read, checking them against the entries, and
catching up after a bulk write.

The database keeps them itself (triggers of migrations 0012 and 0015); this module recomputes
them from the entries to find a difference, rebuilds them when asked, and adds a bulk write's
rows with one GROUP BY where storage/upkeep.py set the triggers aside.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Insert,
    Select,
    Subquery,
    Table,
    cast,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import InstrumentedAttribute, Session

from okuvol_desktop.storage.orm import (
    DayTotalRow,
    EntryRow,
    MonthTotalRow,
    PersonMonthTotalRow,
    PersonYearTotalRow,
    WaitingLineRow,
)

# A column of a table, or an expression over columns, as a total's value.
SqlValue = ColumnElement[Any] | InstrumentedAttribute[Any]

# Every table the triggers keep: sums by period, and the lines of the coordinator's queue,
# whose first and last days are a min and a max rather than sums.
KEPT: tuple[type[Any], ...] = (
    DayTotalRow,
    MonthTotalRow,
    PersonMonthTotalRow,
    PersonYearTotalRow,
    WaitingLineRow,
)
# Which entries a table keeps, where not all: the queue's lines hold the waiting ones, in the
# words of the partial index ix_entry_awaiting (a literal, so that the index serves).
_ONLY: dict[str, ColumnElement[bool]] = {
    "waiting_line": EntryRow.status == literal_column("'submitted'"),
}


def readable(s: Session) -> bool:
    """Whether this session sees every entry, so that totals over all of them are its own.

    On a shared PostgreSQL ledger row security shows a coordinator only their organisations'
    entries: their totals are summed from the entries they may see.
    """
    if s.get_bind().dialect.name != "postgresql":
        return True
    # Asked once a connection: its login, and so its row security, stays what it was.
    info = s.connection().info
    if _SEES_EVERY_ENTRY not in info:
        info[_SEES_EVERY_ENTRY] = not s.scalar(select(func.row_security_active("entry")))
    return bool(info[_SEES_EVERY_ENTRY])


_SEES_EVERY_ENTRY = "okuvol_sees_every_entry"


def start_of(unit: str, column: Any, dialect: str) -> ColumnElement[Any]:
    """The first day of the month or year of a date column, as the triggers write it.
    Literals, not parameters: PostgreSQL must see the same expression in SELECT and GROUP BY."""
    if dialect == "postgresql":
        return cast(func.date_trunc(literal_column(f"'{unit}'"), column), Date)
    return func.date(column, literal_column(f"'start of {unit}'"))


def _entry_values(dialect: str) -> dict[str, SqlValue]:
    """What each column of a kept total takes from the entries, summed or grouped."""
    return {
        "work_date": EntryRow.work_date,
        "month": start_of("month", EntryRow.work_date, dialect),
        "year": start_of("year", EntryRow.work_date, dialect),
        "person_id": EntryRow.person_id,
        "organisation_id": EntryRow.organisation_id,
        "kind": EntryRow.kind,
        "category_id": func.coalesce(EntryRow.category_id, literal_column("0")),
        "status": EntryRow.status,
        "entries": func.count(),
        "minutes": func.sum(EntryRow.minutes),
        "beneficiaries": func.sum(func.coalesce(EntryRow.beneficiaries, literal_column("0"))),
        "resubmitted": func.count(EntryRow.reviewed_at),
        "first_day": func.min(EntryRow.work_date),
        "last_day": func.max(EntryRow.work_date),
    }


def _key(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns]


def _kept(table: Table) -> list[str]:
    """The columns a table keeps for each group: entries and minutes first."""
    return [c.name for c in table.columns if not c.primary_key]


def _recomputed(table: Table, dialect: str) -> Select[Any]:
    """The rows ``table`` should hold, from the entries, each column named as the table's."""
    values = _entry_values(dialect)
    grouped = [values[c] for c in _key(table)]
    stmt = select(
        *(value.label(c) for c, value in zip(_key(table), grouped, strict=True)),
        *(values[c].label(c) for c in _kept(table)),
    ).group_by(*grouped)
    return stmt.where(_ONLY[table.name]) if table.name in _ONLY else stmt


def waiting_lines_of_entries(dialect: str) -> Subquery:
    """The lines of the coordinator's queue as the entries make them, columns as
    waiting_line's: what a login that row security limits reads (it sees only its own
    entries, and no kept row is its own)."""
    table: Table = WaitingLineRow.__table__  # type: ignore[assignment]  # declared a FromClause
    return _recomputed(table, dialect).subquery()


@dataclass(frozen=True, slots=True)
class TotalDifference:
    """One group whose kept totals differ from what its entries add up to."""

    table: str
    key: tuple[Any, ...]
    kept: tuple[int | date, ...] | None  # None: no kept row
    counted: tuple[int | date, ...] | None  # None: no entries


def read_date(value: Any) -> Any:
    """A date read back through a subquery or an expression, which SQLite hands over as ISO
    text (a column of a table comes back typed)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _kept_value(value: Any) -> int | date:
    """A count or sum as an int (PostgreSQL sums to a Decimal), a day as a date."""
    day = read_date(value)
    return day if isinstance(day, date) else int(value)


def _keyed(rows: Any, width: int) -> dict[tuple[Any, ...], tuple[int | date, ...]]:
    return {(read_date(r[0]), *r[1:width]): tuple(_kept_value(v) for v in r[width:]) for r in rows}


def differences(s: Session) -> Iterator[TotalDifference]:
    """Every group whose kept row is missing, extra or other than its entries' sums."""
    dialect = s.get_bind().dialect.name
    for row_type in KEPT:
        table = row_type.__table__
        key, columns = _key(table), _kept(table)
        kept = _keyed(s.execute(select(*(table.c[c] for c in (*key, *columns)))), len(key))
        counted = _keyed(s.execute(_recomputed(table, dialect)), len(key))
        for group in sorted(kept.keys() | counted.keys(), key=lambda k: tuple(map(str, k))):
            if kept.get(group) != counted.get(group):
                yield TotalDifference(table.name, group, kept.get(group), counted.get(group))


def filling(dialect: str) -> list[Insert]:
    """The statements that fill empty kept totals from the entries, a GROUP BY each."""
    return [
        insert(t.__table__).from_select(
            [*_key(t.__table__), *_kept(t.__table__)], _recomputed(t.__table__, dialect)
        )
        for t in KEPT
    ]


def hold_writers(s: Session) -> None:
    """Make other writers of the entries wait until this transaction ends (PostgreSQL; a
    SQLite writer holds the whole file already): a rebuild that deleted the totals while
    another writer's triggers added to them would lose that writer's change."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("LOCK TABLE entry IN SHARE MODE"))


def rebuild(s: Session) -> None:
    """Replace the kept totals by what the entries add up to (in the caller's transaction)."""
    for row_type in KEPT:
        s.execute(delete(row_type.__table__))
    for statement in filling(s.get_bind().dialect.name):
        s.execute(statement)


def add_entries_from(s: Session, first_id: int) -> None:
    """Add the entries with ids from ``first_id`` on to the totals, with one GROUP BY per
    table (SQLite; for a bulk write that set the triggers aside, see storage/upkeep.py)."""
    for row_type in KEPT:
        table = row_type.__table__
        key, columns = _key(table), _kept(table)
        stmt = sqlite_insert(table).from_select(
            [*key, *columns], _recomputed(table, "sqlite").where(EntryRow.id >= first_id)
        )
        s.execute(
            stmt.on_conflict_do_update(
                index_elements=key,
                set_={name: _merged(name, table.c[name], stmt.excluded[name]) for name in columns},
            )
        )


def _merged(name: str, kept: Any, added: Any) -> ColumnElement[Any]:
    """A kept column and the same column of rows added to its group (SQLite's two-argument
    min and max are scalar functions)."""
    if name == "first_day":
        return func.min(kept, added)
    if name == "last_day":
        return func.max(kept, added)
    return kept + added  # type: ignore[no-any-return]
