"""The kept totals (day_total, person_month_total): when they may be read, and checking them.

The database keeps them itself (triggers of migration 0012); this module recomputes them from
the entries to find a difference, and rebuilds them when asked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Date, Select, cast, delete, func, insert, literal_column, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from okuvol_desktop.storage.orm import DayTotalRow, EntryRow, PersonMonthTotalRow

_DAY_KEY = ("work_date", "organisation_id", "kind", "category_id", "status")
_MONTH_KEY = ("month", "person_id", "organisation_id", "kind", "status")


def readable(s: Session) -> bool:
    """Whether this session sees every entry, so that totals over all of them are its own.

    On a shared PostgreSQL ledger row security shows a coordinator only their organisations'
    entries: their totals are summed from the entries they may see.
    """
    if s.get_bind().dialect.name != "postgresql":
        return True
    return not s.scalar(select(func.row_security_active("entry")))


def month_of(column: Any, dialect: str) -> Any:
    """The first day of the month of a date column, as the triggers write it."""
    if dialect == "postgresql":
        return cast(func.date_trunc(literal_column("'month'"), column), Date)
    return func.date(column, literal_column("'start of month'"))


# Literals, not parameters: PostgreSQL must see the same expression in SELECT and GROUP BY.
_CATEGORY = func.coalesce(EntryRow.category_id, literal_column("0"))


def _day_recomputed() -> Select[Any]:
    return select(
        EntryRow.work_date,
        EntryRow.organisation_id,
        EntryRow.kind,
        _CATEGORY,
        EntryRow.status,
        func.count(),
        func.sum(EntryRow.minutes),
        func.sum(func.coalesce(EntryRow.beneficiaries, literal_column("0"))),
    ).group_by(
        EntryRow.work_date, EntryRow.organisation_id, EntryRow.kind, _CATEGORY, EntryRow.status
    )


def _month_recomputed(dialect: str) -> Select[Any]:
    month = month_of(EntryRow.work_date, dialect)
    return select(
        month,
        EntryRow.person_id,
        EntryRow.organisation_id,
        EntryRow.kind,
        EntryRow.status,
        func.count(),
        func.sum(EntryRow.minutes),
    ).group_by(month, EntryRow.person_id, EntryRow.organisation_id, EntryRow.kind, EntryRow.status)


@dataclass(frozen=True, slots=True)
class TotalDifference:
    """One group whose kept totals differ from what its entries add up to."""

    table: str
    key: tuple[Any, ...]
    kept: tuple[int, ...] | None  # None: no kept row
    counted: tuple[int, ...] | None  # None: no entries


def _as_date(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _keyed(rows: Any, width: int) -> dict[tuple[Any, ...], tuple[int, ...]]:
    return {(_as_date(r[0]), *r[1:width]): tuple(int(v) for v in r[width:]) for r in rows}


def differences(s: Session) -> Iterator[TotalDifference]:
    """Every group whose kept row is missing, extra or other than its entries' sums."""
    dialect = s.get_bind().dialect.name
    pairs = (
        (DayTotalRow, _DAY_KEY, _day_recomputed(), ("entries", "minutes", "beneficiaries")),
        (PersonMonthTotalRow, _MONTH_KEY, _month_recomputed(dialect), ("entries", "minutes")),
    )
    for row_type, key, recomputed, sums in pairs:
        table = row_type.__table__
        kept_rows = s.execute(select(*(table.c[c] for c in (*key, *sums))))
        kept = _keyed(kept_rows, len(key))
        counted = _keyed(s.execute(recomputed), len(key))
        for group in sorted(kept.keys() | counted.keys(), key=lambda k: tuple(map(str, k))):
            if kept.get(group) != counted.get(group):
                yield TotalDifference(table.name, group, kept.get(group), counted.get(group))


def rebuild(s: Session) -> None:
    """Replace the kept totals by what the entries add up to (in the caller's transaction)."""
    dialect = s.get_bind().dialect.name
    s.execute(delete(DayTotalRow))
    s.execute(delete(PersonMonthTotalRow))
    day = DayTotalRow.__table__
    month = PersonMonthTotalRow.__table__
    s.execute(
        insert(day).from_select(
            [*_DAY_KEY, "entries", "minutes", "beneficiaries"], _day_recomputed()
        )
    )
    s.execute(
        insert(month).from_select([*_MONTH_KEY, "entries", "minutes"], _month_recomputed(dialect))
    )


def _sqlite_triggers(s: Session) -> list[tuple[str, str]]:
    rows = s.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entry' "
            "AND name LIKE 'kept_totals_%' ORDER BY name"
        )
    )
    return [(name, sql) for name, sql in rows]


def set_aside(s: Session) -> list[tuple[str, str]]:
    """Drop SQLite's row triggers for a bulk write (in the caller's transaction, so that a
    rollback brings them back); returns what put_back() needs. PostgreSQL's statement
    triggers stay: they total each statement at once."""
    if s.get_bind().dialect.name != "sqlite":
        return []
    triggers = _sqlite_triggers(s)
    for name, _sql in triggers:
        s.execute(text(f"DROP TRIGGER {name}"))
    return triggers


def put_back(s: Session, triggers: list[tuple[str, str]], first_id: int | None) -> None:
    """Add the entries written since set_aside() (ids from ``first_id`` on: one writer holds
    a SQLite file, so they are all its own) to the totals, and create the triggers again."""
    if not triggers:
        return
    if first_id is not None:
        _add_entries_from(s, first_id)
    for _name, sql in triggers:
        s.execute(text(sql))


def _add_entries_from(s: Session, first_id: int) -> None:
    """One GROUP BY over the new entries, added to the totals they join."""
    day, month = DayTotalRow.__table__, PersonMonthTotalRow.__table__
    for table, key, sums, recomputed in (
        (day, _DAY_KEY, ("entries", "minutes", "beneficiaries"), _day_recomputed()),
        (month, _MONTH_KEY, ("entries", "minutes"), _month_recomputed("sqlite")),
    ):
        stmt = sqlite_insert(table).from_select(
            [*key, *sums], recomputed.where(EntryRow.id >= first_id)
        )
        s.execute(
            stmt.on_conflict_do_update(
                index_elements=list(key),
                set_={name: table.c[name] + stmt.excluded[name] for name in sums},
            )
        )
