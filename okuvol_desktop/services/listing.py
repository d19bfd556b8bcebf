"""Reading the time log."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import Category, EntryLine
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.listing import LogFilter, list_entries
from okuvol_desktop.storage.repositories import CategoryRepo, OrganisationRepo, PersonRepo


@dataclass(frozen=True, slots=True)
class LogQuery:
    """Filters of the time log as a user names them (people and organisations by id or name)."""

    person: str | None = None
    organisation: str | None = None
    kind: WorkKind | None = None
    status: EntryStatus | None = None
    category: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    sort: str = "date"  # a key of storage.listing.SORT_COLUMNS
    descending: bool = True

    def filters_anything(self) -> bool:
        """Whether the query leaves any entry out (its order aside)."""
        everything = LogQuery()
        return replace(self, sort=everything.sort, descending=everything.descending) != everything


def log_filter(s: Session, query: LogQuery) -> LogFilter:
    """The query's names resolved to ids, as the storage layer filters."""
    return LogFilter(
        person_id=PersonRepo(s).resolve(query.person).id if query.person else None,
        organisation_id=(
            OrganisationRepo(s).resolve(query.organisation).id if query.organisation else None
        ),
        kind=query.kind,
        status=query.status,
        category_id=CategoryRepo(s).resolve(query.category).id if query.category else None,
        date_from=query.date_from,
        date_to=query.date_to,
        text=query.text,
    )


class ListingService:
    """Use cases that read entries page by page."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def page(
        self,
        query: LogQuery,
        limit: int = 100,
        offset: int = 0,
        after: tuple[date, int] | None = None,
    ) -> list[EntryLine]:
        """Entries that match, newest first, ``limit`` at a time (below ``after`` if given)."""
        with self._ctx.reading() as s:
            f = log_filter(s, query)
            return list_entries(
                s,
                f,
                limit,
                offset=offset,
                after=after,
                sort=query.sort,
                descending=query.descending,
            )

    def categories(self) -> list[Category]:
        """Fields of service, in their shipped order."""
        with self._ctx.reading() as s:
            return CategoryRepo(s).list()
