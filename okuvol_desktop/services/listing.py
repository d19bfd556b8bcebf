"""Reading the time log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from okuvol_desktop.domain.ids import CategoryId, OrganisationId, PersonId
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import Category, EntryLine
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.listing import LogFilter, list_entries, minutes_by_kind
from okuvol_desktop.storage.repositories import CategoryRepo


@dataclass(frozen=True, slots=True)
class LogQuery:
    """Filters of the time log: whose entries, where, of which kind, status and category,
    between which dates, with which words."""

    person: PersonId | None = None
    organisation: OrganisationId | None = None
    kind: WorkKind | None = None
    status: EntryStatus | None = None
    category: CategoryId | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    sort: str = "date"  # one of storage.listing.SORT_COLUMNS
    descending: bool = True

    def filters_anything(self) -> bool:
        """Whether the query leaves any entry out (its order aside)."""
        everything = LogQuery()
        return replace(self, sort=everything.sort, descending=everything.descending) != everything


def log_filter(s: Session, query: LogQuery) -> LogFilter:
    """The query as the storage layer filters."""
    return LogFilter(
        person_id=query.person,
        organisation_id=query.organisation,
        kind=query.kind,
        status=query.status,
        category_id=query.category,
        date_from=query.date_from,
        date_to=query.date_to,
        text=query.text,
    )


@dataclass(frozen=True, slots=True)
class LogTotals:
    """How many entries a query finds and their minutes of each kind (all of them, not only
    the page fetched)."""

    entries: int = 0
    professional_minutes: int = 0
    volunteer_minutes: int = 0

    @classmethod
    def of(cls, kinds: Iterable[tuple[WorkKind, int]]) -> LogTotals:
        """The totals of entries given as (kind, minutes) pairs."""
        minutes = {kind: 0 for kind in WorkKind}
        count = 0
        for kind, spent in kinds:
            minutes[kind] += spent
            count += 1
        return cls(count, minutes[WorkKind.PROFESSIONAL], minutes[WorkKind.VOLUNTEER])


class ListingService:
    """Use cases that read entries page by page."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def page(
        self,
        query: LogQuery,
        limit: int = 100,
        offset: int = 0,
        after: EntryLine | None = None,
        *,
        backwards: bool = False,
    ) -> list[EntryLine]:
        """Entries that match, in the query's order, ``limit`` at a time: below ``after`` (a
        line already shown) if given, or above it with ``backwards`` (nearest first)."""
        with self._ctx.reading() as s:
            f = log_filter(s, query)
            return list_entries(
                s,
                f,
                limit,
                offset=offset,
                after=after,
                sort=query.sort,
                descending=query.descending != backwards,
            )

    def totals(self, query: LogQuery) -> LogTotals:
        """The number of entries that match and their minutes of each kind."""
        with self._ctx.reading() as s:
            found = minutes_by_kind(s, log_filter(s, query))
        professional = found.get(WorkKind.PROFESSIONAL, (0, 0))
        volunteer = found.get(WorkKind.VOLUNTEER, (0, 0))
        return LogTotals(professional[0] + volunteer[0], professional[1], volunteer[1])

    def categories(self) -> list[Category]:
        """Fields of service, in their shipped order."""
        with self._ctx.reading() as s:
            return CategoryRepo(s).every()
