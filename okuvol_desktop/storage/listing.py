"""The time log: entries filtered and ordered by the database, one page at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, or_, select, table, tuple_
from sqlalchemy.orm import Session

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import Category, EntryLine
from okuvol_desktop.storage.aggregates import Aggregates, EntryFilter
from okuvol_desktop.storage.orm import CategoryRow, EntryRow, OrganisationRow, PersonRow, RoleRow
from okuvol_desktop.storage.repositories import EntryRepo, entry_from_row


@dataclass(frozen=True, slots=True)
class LogFilter:
    """What the time log shows; None means "any"."""

    person_id: int | None = None
    organisation_id: int | None = None
    kind: WorkKind | None = None
    status: EntryStatus | None = None
    category_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None

    def where(self, dialect: str) -> list[ColumnElement[bool]]:
        """The filter as SQL conditions for the database ``dialect`` names."""
        conditions: list[ColumnElement[bool]] = []
        pairs = (
            (self.person_id, EntryRow.person_id),
            (self.organisation_id, EntryRow.organisation_id),
            (self.category_id, EntryRow.category_id),
        )
        conditions.extend(column == value for value, column in pairs if value is not None)
        if self.kind is not None:
            conditions.append(EntryRow.kind == self.kind.value)
        if self.status is not None:
            conditions.append(EntryRow.status == self.status.value)
        if self.date_from is not None:
            conditions.append(EntryRow.work_date >= self.date_from)
        if self.date_to is not None:
            conditions.append(EntryRow.work_date <= self.date_to)
        if self.text:
            conditions.append(_search(self.text, dialect))
        return conditions


# The trigram index finds any three letters or more; fewer are looked for in every entry.
_SEARCHED_BY_INDEX_FROM = 3


def _search(words: str, dialect: str) -> ColumnElement[bool]:
    """Entries whose description or place holds ``words`` (any letter case).

    On SQLite through the trigram full-text index of migration 0013 (the words as one
    phrase, so that they match as typed); on PostgreSQL ILIKE, which its trigram indexes
    serve.
    """
    if dialect == "sqlite" and len(words) >= _SEARCHED_BY_INDEX_FROM:
        phrase = '"' + words.replace('"', '""') + '"'
        found: Select[Any] = (
            select(literal_column("rowid"))
            .select_from(table("entry_search"))
            .where(literal_column("entry_search").op("MATCH")(phrase))
        )
        return EntryRow.id.in_(found)
    pattern = f"%{words}%"
    return or_(EntryRow.description.ilike(pattern), EntryRow.location.ilike(pattern))


@dataclass(frozen=True, slots=True)
class _Order:
    """How the time log is sorted by one column, so that every page is found through an
    index from the last line shown (keyset), however deep: the column's terms then the entry
    id; the NULLs of a column that has them (no category, no times, no description) first in
    ascending order and last in descending, so that one order is the other reversed."""

    terms: tuple[Any, ...]
    values: Callable[[EntryLine], tuple[Any, ...]]
    empty: ColumnElement[bool] | None = None  # the entries whose terms are NULL
    # A name in another table: a range on it makes SQLite walk that table's name index and
    # each one's entries by id, instead of sorting every entry.
    named: bool = False
    # The filter that leaves one value of the column when set (the kind order of volunteer
    # work): a page after a line then holds only that value's further entries, and a range
    # beyond it would make PostgreSQL walk every entry by id to find none.
    fixed_by: Callable[[LogFilter], bool] = lambda f: False


ORDERS: dict[str, _Order] = {
    "date": _Order((EntryRow.work_date,), lambda line: (line.entry.date,)),
    "time": _Order(
        (EntryRow.start_time,), lambda line: (line.entry.start,), EntryRow.start_time.is_(None)
    ),
    "minutes": _Order((EntryRow.minutes,), lambda line: (line.entry.minutes,)),
    "person": _Order(
        (PersonRow.full_name, PersonRow.id),
        lambda line: (line.person_name, line.entry.person_id),
        named=True,
        fixed_by=lambda f: f.person_id is not None,
    ),
    "organisation": _Order(
        (OrganisationRow.name, OrganisationRow.id),
        lambda line: (line.organisation_name, line.entry.organisation_id),
        named=True,
        fixed_by=lambda f: f.organisation_id is not None,
    ),
    "kind": _Order(
        (EntryRow.kind,),
        lambda line: (line.entry.kind.value,),
        fixed_by=lambda f: f.kind is not None,
    ),
    "role": _Order(
        (RoleRow.title, RoleRow.id),
        lambda line: (line.role_title, line.entry.role_id),
        named=True,
    ),
    "category": _Order(
        (CategoryRow.name_en, CategoryRow.id),
        lambda line: (line.category.name_en, line.category.id) if line.category else (None, None),
        EntryRow.category_id.is_(None),
        named=True,
        fixed_by=lambda f: f.category_id is not None,
    ),
    "status": _Order(
        (EntryRow.status,),
        lambda line: (line.entry.status.value,),
        fixed_by=lambda f: f.status is not None,
    ),
    "description": _Order(
        (EntryRow.description,),
        lambda line: (line.entry.description,),
        EntryRow.description.is_(None),
    ),
}
SORT_COLUMNS = tuple(ORDERS)


def _levels(
    terms: tuple[Any, ...], values: tuple[Any, ...], entry_id: int, descending: bool
) -> list[list[ColumnElement[bool]]]:
    """The rows after (values..., entry_id) in the order: see _beyond."""
    return _beyond((*terms, EntryRow.id), (*values, entry_id), descending)


def _beyond(
    columns: tuple[Any, ...], wanted: tuple[Any, ...], descending: bool
) -> list[list[ColumnElement[bool]]]:
    """The rows after ``wanted`` in the order of ``columns``, as the parts that follow each
    other: the same values and a further last one, then the same values but the last two and
    a further one of those, ... then a further first value. Each part is one range of an
    index, which the database seeks to; one condition with ORs would make it read every row
    in between."""
    levels = []
    for depth in range(len(columns) - 1, -1, -1):
        same = [c == v for c, v in zip(columns[:depth], wanted[:depth], strict=True)]
        column, value = columns[depth], wanted[depth]
        levels.append([*same, column < value if descending else column > value])
    return levels


def _lines_of(s: Session, rows: list[Any]) -> list[EntryLine]:
    skills = EntryRepo(s).skills_of([row[0].id for row in rows])
    return [
        EntryLine(
            entry_from_row(row, skills.get(row.id, ())),
            person,
            org,
            title,
            None
            if category is None
            else Category(category.id, category.key, category.name_en, category.name_id),
        )
        for row, person, org, title, category in rows
    ]


# Each entry with the names it is shown with: the time log's lines as the database gives them.
_Lines = Select[EntryRow, str, str, str, CategoryRow]


def _base(s: Session, f: LogFilter, *, categorised: bool = False) -> _Lines:
    """The lines the filter lets through; only those with a category when ``categorised``
    (an inner join, which lets the database walk the categories' names first)."""
    return (
        select(EntryRow, PersonRow.full_name, OrganisationRow.name, RoleRow.title, CategoryRow)
        .join(PersonRow, PersonRow.id == EntryRow.person_id)
        .join(OrganisationRow, OrganisationRow.id == EntryRow.organisation_id)
        .join(RoleRow, RoleRow.id == EntryRow.role_id)
        .join(CategoryRow, CategoryRow.id == EntryRow.category_id, isouter=not categorised)
        .where(*f.where(s.get_bind().dialect.name))
    )


def list_entries(
    s: Session,
    f: LogFilter,
    limit: int,
    *,
    offset: int = 0,
    after: EntryLine | None = None,
    sort: str = "date",
    descending: bool = True,
) -> list[EntryLine]:
    """A page of the time log, newest first unless ``sort`` names another column.

    ``after`` is the last line already shown: the next page continues below it through an
    index on the sort column, so page 5,000 costs what page 1 costs, in every order (a large
    ``offset`` would read every row before it). ``offset`` is for a command line that asks
    for one.
    """
    order = ORDERS[sort]
    if offset:
        return _page_at_offset(s, f, order, limit, offset=offset, descending=descending)
    rows: list[Any] = []
    for stmt in _parts(s, f, order, after, descending):
        rows += s.execute(stmt.limit(limit - len(rows))).all()
        if len(rows) >= limit:
            break
    # The skills of the whole page at once: a page that spans two ranges asks once, not twice.
    return _lines_of(s, rows)


def _parts(
    s: Session, f: LogFilter, order: _Order, after: EntryLine | None, descending: bool
) -> Iterator[_Lines]:
    """Queries whose rows, one after the other, are the lines after ``after`` in the order.

    The entries without a value (NULL) come first going up and last going down, by id.
    """
    walk = _Walk(s, f, order, descending)
    if after is not None and order.empty is not None and order.values(after)[0] is None:
        yield walk.empty_rows(after.entry.id)
        if walk.empty_first:
            yield from walk.from_start()
        return
    if after is None:
        if walk.empty_first:
            yield walk.empty_rows()
        yield from walk.from_start()
    else:
        yield from walk.valued_after(after, pinned=order.fixed_by(f))
    if order.empty is not None and not walk.empty_first:
        yield walk.empty_rows()


class _Walk:
    """The queries of one order over the lines a filter lets through."""

    def __init__(self, s: Session, f: LogFilter, order: _Order, descending: bool) -> None:
        self._s, self._f, self._order, self._descending = s, f, order, descending
        self._by_value = [c.desc() if descending else c.asc() for c in (*order.terms, EntryRow.id)]
        self.empty_first = order.empty is not None and not descending
        categorised = order.named and order.empty is not None
        self._valued = _base(s, f, categorised=categorised)
        if order.empty is not None and not categorised:  # the inner join leaves the NULLs out
            self._valued = self._valued.where(~order.empty)

    def empty_rows(self, after_entry: int | None = None) -> _Lines:
        """The lines without a value, by id, from the first or after ``after_entry``."""
        assert self._order.empty is not None
        return self._by_id(_base(self._s, self._f).where(self._order.empty), after_entry)

    def _by_id(self, lines: _Lines, after_entry: int | None) -> _Lines:
        """``lines`` by entry id, from the first or after ``after_entry``."""
        if after_entry is not None:
            last = EntryRow.id
            lines = lines.where(last < after_entry if self._descending else last > after_entry)
        return lines.order_by(EntryRow.id.desc() if self._descending else EntryRow.id.asc())

    def _valued_where(self, *conditions: ColumnElement[bool]) -> _Lines:
        return self._valued.where(*conditions).order_by(*self._by_value)

    def from_start(self) -> Iterator[_Lines]:
        """The lines with a value from the first one."""
        if self._order.named:
            yield from self._from_name()
        else:
            yield self._valued.order_by(*self._by_value)

    def _from_name(self, beyond: tuple[Any, ...] | None = None) -> Iterator[_Lines]:
        """The lines of a named order from the first name of its table, or the first after
        ``beyond``: one row of a small table, found before the entries. It goes on from there
        as from a line, its own entries first, which every database reads through its
        indexes; sorting every entry by a joined name is what a planner may otherwise
        choose, and a range over the names after one (the next role's and all after) cost
        PostgreSQL twice the plan and the rows of that one name's."""
        terms = self._order.terms
        names = select(*terms).order_by(*self._by_value[:-1]).limit(1)
        if beyond is not None:
            names = names.where(
                tuple_(*terms) < tuple_(*beyond)
                if self._descending
                else tuple_(*terms) > tuple_(*beyond)
            )
        first = self._s.execute(names).first()
        if first is None:
            return
        yield self._of_name(first[-1])
        for level in _beyond(terms, tuple(first), self._descending):  # the names after it
            yield self._valued_where(*level)

    def _of_name(self, name_id: int, after_entry: int | None = None) -> _Lines:
        """The entries of the one name (person, role...) whose row is ``name_id``, by id
        from the first or after ``after_entry``: one range of the entries' index on that
        name, whatever the ids are, and found by the name's id, not its words, so that a
        name changed between two pages still ends its own entries."""
        return self._by_id(self._valued.where(self._order.terms[-1] == name_id), after_entry)

    def valued_after(self, after: EntryLine, *, pinned: bool) -> Iterator[_Lines]:
        """The lines with a value after ``after``; when the filter ``pinned`` the order's
        value (the status order of the submitted entries), only those of its value."""
        values, descending = self._order.values(after), self._descending
        if self._order.named:  # the rest of this name's entries, then from the next name
            yield self._of_name(values[-1], after.entry.id)
            if not pinned:
                yield from self._from_name(values)
            return
        levels = _levels(self._order.terms, values, after.entry.id, descending)
        if pinned:
            yield self._valued_where(*levels[0])
        elif self._s.get_bind().dialect.name == "postgresql":
            # One range of the (column, id) index: PostgreSQL seeks a row comparison by both
            # columns, where SQLite seeks by the first only and reads every entry of its
            # value (255 ms for one kind at ten million), so SQLite gets the levels.
            beyond = tuple_(*self._order.terms, EntryRow.id)
            start = tuple_(*values, after.entry.id)
            yield self._valued_where(beyond < start if descending else beyond > start)
        else:
            for level in levels:
                yield self._valued_where(*level)


def _page_at_offset(
    s: Session, f: LogFilter, order: _Order, limit: int, *, offset: int, descending: bool
) -> list[EntryLine]:
    columns = (*order.terms, EntryRow.id)
    ordering = [c.desc().nulls_last() if descending else c.asc().nulls_first() for c in columns]
    stmt = _base(s, f).order_by(*ordering).limit(limit).offset(offset)
    return _lines_of(s, list(s.execute(stmt).all()))


def count_entries(s: Session, f: LogFilter) -> int:
    """How many entries the filter lets through."""
    return int(
        s.scalar(
            select(func.count()).select_from(EntryRow).where(*f.where(s.get_bind().dialect.name))
        )
        or 0
    )


def minutes_by_kind(s: Session, f: LogFilter) -> dict[WorkKind, tuple[int, int]]:
    """How many entries the filter lets through, and their minutes, for each kind of work.

    Without a person or words to search for, the kept totals hold the answer (a few rows a
    month, however many entries); otherwise the entries that the person's index or the
    search finds are counted.
    """
    if f.person_id is None and not f.text:
        totals = Aggregates(s).entries_and_minutes_by_kind(
            EntryFilter(
                f.date_from or _EARLIEST,
                f.date_to or _LATEST,
                (f.status,) if f.status is not None else tuple(EntryStatus),
                organisation_id=f.organisation_id,
                kind=f.kind,
                category_id=f.category_id,
            )
        )
        return {kind: found for kind, found in totals.items() if found[0]}
    stmt = (
        select(EntryRow.kind, func.count(), func.coalesce(func.sum(EntryRow.minutes), 0))
        .where(*f.where(s.get_bind().dialect.name))
        .group_by(EntryRow.kind)
    )
    return {WorkKind(kind): (int(count), int(minutes)) for kind, count, minutes in s.execute(stmt)}


# "Any date": bounds no ledger reaches, which still leave room to count a day past them.
_EARLIEST, _LATEST = date(1, 1, 1), date(9999, 12, 30)
