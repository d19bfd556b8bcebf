"""What every repository shares: ids read from text, a row found by id or name, changes set
on a row, ids asked for in slices."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import Conflict, NotFound

# Databases cap the parameters of one statement (SQLite at 32,766): long id lists go in slices.
ID_SLICE = 5000


def slices(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), ID_SLICE):
        yield ids[start : start + ID_SLICE]


def apply_changes(row: Any, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        if not hasattr(row, name):
            raise AttributeError(f"{type(row).__name__} has no column {name}")
        setattr(row, name, value)


# Ids are PostgreSQL integers on both databases: a larger number names nothing.
LARGEST_ID = 2**31 - 1


def as_id(ref: str) -> int | None:
    """The id ``ref`` spells (ASCII digits, in range), or None: "2" is an id, "²" and a
    number of 25 digits are not."""
    if ref.isascii() and ref.isdigit() and len(ref) <= 10 and int(ref) <= LARGEST_ID:
        return int(ref)
    return None


def by_ref(session: Session, stmt: Select[Any], ref: str, missing: str, several: str) -> Any:
    """One row named by id (digits) or exact name; else NotFound (``missing``) or Conflict
    (``several``), templates of {ref}, {count} and {ids}."""
    rows = session.scalars(stmt).all()
    if not rows:
        raise NotFound(missing, ref=ref)
    if len(rows) > 1:
        raise Conflict(several, count=len(rows), ref=ref, ids=", ".join(str(r.id) for r in rows))
    return rows[0]


class Repository:
    """Wraps the session of one use case; a repository never commits (its service owns the
    transaction)."""

    def __init__(self, session: Session) -> None:
        self._s = session
