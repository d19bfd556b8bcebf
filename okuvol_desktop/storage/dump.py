"""Every table of the ledger as plain rows (JSON-ready), and back: okuvol-json's storage side.

Generic over the tables of the schema, so that a column added later is carried without
anyone remembering to add it here. Rows keep their ids: a dump loads into an empty ledger
exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from okuvol_desktop.storage.bulk import advance_id_sequence
from okuvol_desktop.storage.orm import Base, UTCDateTime

_BATCH = 5_000
# Tables in the order their foreign keys allow loading them.
TABLES: tuple[Table, ...] = tuple(Base.metadata.sorted_tables)
# The running timer belongs to a desktop session, not to the record of work.
_SKIPPED = frozenset({"timer"})
# Tables a dump carries only when asked for: the private halves of the signing keys.
PRIVATE_TABLES = frozenset({"private_key"})


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _typed(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    typed: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in row:
            continue
        value = row[column.name]
        if value is not None:
            if isinstance(column.type, UTCDateTime):
                value = datetime.fromisoformat(value)
            else:
                kind = column.type.python_type
                if kind in (date, datetime, time):
                    value = kind.fromisoformat(value)
                elif kind is Decimal:
                    value = Decimal(value)
        typed[column.name] = value
    return typed


def dumped_tables() -> list[str]:
    """Names of the tables a dump carries, in loading order."""
    return [t.name for t in TABLES if t.name not in _SKIPPED]


def dump_rows(s: Session, table_name: str) -> Iterator[dict[str, Any]]:
    """Every row of a table as JSON-ready values, by primary key, a batch at a time."""
    table = Base.metadata.tables[table_name]
    order = list(table.primary_key.columns)
    offset = 0
    while True:
        rows = s.execute(select(table).order_by(*order).limit(_BATCH).offset(offset)).mappings()
        batch = [{k: _plain(v) for k, v in row.items()} for row in rows]
        yield from batch
        if len(batch) < _BATCH:
            return
        offset += _BATCH


def is_empty(s: Session) -> bool:
    """Whether the ledger holds no people, organisations or entries (shipped rows aside)."""
    return all(
        not s.scalar(select(func.count()).select_from(Base.metadata.tables[name]))
        for name in ("person", "organisation", "entry")
    )


def clear_for_load(s: Session) -> None:
    """Empty every table, children first: the rows the schema ships (categories, award tiers,
    valuation rates) give way to the dump's own, which may have been edited."""
    for table in reversed(TABLES):
        s.execute(table.delete())


def load_rows(s: Session, table_name: str, rows: list[Mapping[str, Any]]) -> None:
    """Insert rows into a table as they were dumped (ids included); see clear_for_load."""
    table = Base.metadata.tables[table_name]
    for start in range(0, len(rows), _BATCH):
        chunk = [_typed(table, row) for row in rows[start : start + _BATCH]]
        if chunk:
            s.execute(insert(table), chunk)
    if rows:
        advance_id_sequence(s, table)
