"""The time log: entries filtered and ordered by the database, one page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import Category, EntryLine
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

    def where(self) -> list[ColumnElement[bool]]:
        """The filter as SQL conditions."""
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
            pattern = f"%{self.text}%"
            conditions.append(
                or_(EntryRow.description.ilike(pattern), EntryRow.location.ilike(pattern))
            )
        return conditions


def _beyond(after: tuple[date, int] | None, descending: bool) -> list[ColumnElement[bool]]:
    """Rows after (date, id) in the date order: below it newest first, above it oldest first."""
    if after is None:
        return []
    day, entry_id = after
    if descending:
        return [
            or_(EntryRow.work_date < day, and_(EntryRow.work_date == day, EntryRow.id < entry_id))
        ]
    return [or_(EntryRow.work_date > day, and_(EntryRow.work_date == day, EntryRow.id > entry_id))]


SORT_COLUMNS: dict[str, Any] = {
    "date": EntryRow.work_date,
    "time": EntryRow.start_time,
    "minutes": EntryRow.minutes,
    "person": PersonRow.full_name,
    "organisation": OrganisationRow.name,
    "kind": EntryRow.kind,
    "role": RoleRow.title,
    "category": CategoryRow.name_en,
    "status": EntryRow.status,
    "description": EntryRow.description,
}


def list_entries(
    s: Session,
    f: LogFilter,
    limit: int,
    *,
    offset: int = 0,
    after: tuple[date, int] | None = None,
    sort: str = "date",
    descending: bool = True,
) -> list[EntryLine]:
    """A page of the time log, newest first unless ``sort`` names another column.

    ``after`` is the (date, id) of the last line already shown, for the default order: the next
    page starts below it through the index, so page 5,000 costs what page 1 costs, unlike a
    large ``offset``. Other orders page with ``offset``.
    """
    column = SORT_COLUMNS[sort]
    direction = (
        (column.desc(), EntryRow.id.desc()) if descending else (column.asc(), EntryRow.id.asc())
    )
    stmt = (
        select(EntryRow, PersonRow.full_name, OrganisationRow.name, RoleRow.title, CategoryRow)
        .join(PersonRow, PersonRow.id == EntryRow.person_id)
        .join(OrganisationRow, OrganisationRow.id == EntryRow.organisation_id)
        .join(RoleRow, RoleRow.id == EntryRow.role_id)
        .join(CategoryRow, CategoryRow.id == EntryRow.category_id, isouter=True)
        .where(*f.where(), *_beyond(after, descending))
        .order_by(*direction)
        .limit(limit)
        .offset(offset)
    )
    rows = s.execute(stmt).all()
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


def count_entries(s: Session, f: LogFilter) -> int:
    """How many entries the filter lets through."""
    return int(s.scalar(select(func.count()).select_from(EntryRow).where(*f.where())) or 0)


def minutes_by_kind(s: Session, f: LogFilter) -> dict[WorkKind, tuple[int, int]]:
    """How many entries the filter lets through, and their minutes, for each kind of work."""
    stmt = (
        select(EntryRow.kind, func.count(), func.coalesce(func.sum(EntryRow.minutes), 0))
        .where(*f.where())
        .group_by(EntryRow.kind)
    )
    return {WorkKind(kind): (int(count), int(minutes)) for kind, count, minutes in s.execute(stmt)}
