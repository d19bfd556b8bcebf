"""What every repository shares: the session it works in, a row found by id or name, a record's
fields written on a row, archiving, ids read from text and asked for in slices."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Mapped, Session
from sqlalchemy.orm.attributes import set_attribute

from okuvol_desktop.domain.errors import Conflict, NotFound

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

# Databases cap the parameters of one statement (SQLite at 32,766): long id lists go in slices.
ID_SLICE = 5000


def slices(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), ID_SLICE):
        yield ids[start : start + ID_SLICE]


def write_record(row: object, record: DataclassInstance) -> None:
    """Set each field of ``record`` on the row's column of the same name.

    A record (PersonDetails, RoleDetails...) names the columns a service may write, typed;
    its field names are the columns' (tests/storage/test_records.py holds them to it).
    """
    for field in fields(record):
        setattr(row, field.name, getattr(record, field.name))


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


RowT = TypeVar("RowT")
ThingT = TypeVar("ThingT")


class TableRepository(Repository, Generic[RowT, ThingT]):
    """A repository of one table whose rows it hands out as one kind of domain object."""

    _table: ClassVar[type[Any]]

    def _thing(self, row: RowT) -> ThingT:
        """The domain object a row makes."""
        raise NotImplementedError

    def _missing(self, record_id: int) -> NotFound:
        """What is said when no row has ``record_id``, naming what was looked for."""
        raise NotImplementedError

    def row(self, record_id: int) -> RowT:
        row: RowT | None = self._s.get(self._table, record_id)
        if row is None:
            raise self._missing(record_id)
        return row

    def get(self, record_id: int) -> ThingT:
        return self._thing(self.row(record_id))


class _ArchivableRow(Protocol):
    archived: Mapped[bool]


ArchivableRowT = TypeVar("ArchivableRowT", bound=_ArchivableRow)
DetailsT = TypeVar("DetailsT", bound="DataclassInstance")


class DirectoryRepository(
    TableRepository[ArchivableRowT, ThingT], Generic[ArchivableRowT, ThingT, DetailsT]
):
    """People, organisations and roles: rows written whole from what is said of them (their
    details), archived and brought back, never losing what was logged in them."""

    def _written(self, row: ArchivableRowT, details: DetailsT) -> ThingT:
        write_record(row, details)
        self._s.add(row)
        self._s.flush()
        return self._thing(row)

    def update(self, record_id: int, details: DetailsT) -> ThingT:
        """Write all of a record's details (the service read what it keeps from the record)."""
        return self._written(self.row(record_id), details)

    def any_active(self) -> bool:
        """Whether the table holds a record not archived: one row looked at, however many."""
        table = self._table
        return bool(self._s.scalar(select(select(table.id).where(~table.archived).exists())))

    def set_archived(self, record_id: int, archived: bool) -> ThingT:
        row = self.row(record_id)
        set_attribute(row, "archived", archived)  # the ORM's own setter, for any such table
        self._s.flush()
        return self._thing(row)
