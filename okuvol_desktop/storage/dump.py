"""Every table of the ledger as plain rows (JSON-ready), and back: okuvol-json's storage side.

Generic over the tables of the schema, so that a column added later is carried without
anyone remembering to add it here. Rows keep their ids: a dump loads into an empty ledger
exactly as it was.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Column, Table, func, insert, select
from sqlalchemy.orm import Session

from okuvol_desktop.storage.bulk import advance_id_sequence
from okuvol_desktop.storage.orm import Base, UTCDateTime

_BATCH = 5_000
# Tables in the order their foreign keys allow loading them.
TABLES: tuple[Table, ...] = tuple(Base.metadata.sorted_tables)
# The running timer belongs to a desktop session, not to the record of work; the kept totals
# follow from the entries (the database keeps them as entries are loaded).
_SKIPPED = frozenset(
    {
        "timer",
        "day_total",
        "month_total",
        "person_month_total",
        "person_year_total",
        "waiting_line",
    }
)
# Tables a dump carries only when asked for: the private halves of the signing keys.
PRIVATE_TABLES = frozenset({"private_key"})

T = TypeVar("T")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):  # a logo, an evidence file: JSON holds text
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Decimal):
        return str(value)
    return value


# The largest value an integer column holds on both databases (PostgreSQL's integer).
_LARGEST_INT = 2**31 - 1


def _whole(column: Column[Any], value: Any) -> int:
    number = _of(column, value, int)
    if isinstance(number, bool) or abs(number) > _LARGEST_INT:
        raise ValueError(f"{column.name} holds {number!r:.40}, not a whole number it keeps")
    return number


def _amount(column: Column[Any], value: Any) -> Decimal:
    number = Decimal(_of(column, value, str))
    if not number.is_finite() or number.copy_abs() >= Decimal(10) ** 10:
        raise ValueError(f"{column.name} holds {number!s:.40}, more than the ledger keeps")
    return number


def _text(column: Column[Any], value: Any) -> str:
    text = _of(column, value, str)
    length = getattr(column.type, "length", None)
    if length is not None and len(text) > length:
        raise ValueError(f"{column.name} is longer than {length} characters")
    return text


def _bytes(column: Column[Any], value: Any) -> bytes:
    return base64.b64decode(_of(column, value, str), validate=True)  # binascii.Error: ValueError


_CONVERTERS: dict[type, Any] = {
    bytes: _bytes,
    int: _whole,
    Decimal: _amount,
    str: _text,
    bool: lambda column, value: _of(column, value, bool),
    date: lambda column, value: date.fromisoformat(_of(column, value, str)),
    time: lambda column, value: time.fromisoformat(_of(column, value, str)),
    datetime: lambda column, value: datetime.fromisoformat(_of(column, value, str)),
}


def _typed_value(column: Column[Any], value: Any) -> Any:
    """``value`` as ``column`` keeps it, or ValueError naming what is wrong: a document is
    read as data, so that a forged or damaged one is refused, never half loaded."""
    kind = datetime if isinstance(column.type, UTCDateTime) else column.type.python_type
    convert = _CONVERTERS.get(kind)
    return value if convert is None else convert(column, value)


def _of(column: Column[Any], value: Any, kind: type[T]) -> T:
    if not isinstance(value, kind):
        raise ValueError(f"{column.name} holds {value!r:.40}, not {kind.__name__}")
    return value


def _typed(table: Table, row: Any) -> dict[str, Any]:
    if not isinstance(row, Mapping):
        raise ValueError(f"a row is {type(row).__name__}, not an object")
    unknown = set(row) - set(table.columns.keys())
    if unknown:
        raise ValueError(f"unknown column {sorted(map(str, unknown))[0]!r:.40}")
    return {
        column.name: None if row[column.name] is None else _typed_value(column, row[column.name])
        for column in table.columns
        if column.name in row
    }


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


def load_rows(s: Session, table_name: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows into a table as they were dumped (ids included); see clear_for_load."""
    table = Base.metadata.tables[table_name]
    if not isinstance(rows, list):
        raise ValueError(f"the table is {type(rows).__name__}, not a list of rows")
    for start in range(0, len(rows), _BATCH):
        chunk = [_typed(table, row) for row in rows[start : start + _BATCH]]
        if chunk:
            s.execute(insert(table), chunk)
    if rows:
        advance_id_sequence(s, table)
