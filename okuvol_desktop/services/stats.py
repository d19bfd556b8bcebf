"""Totals for a period: the figures behind `okuvol stats --json`, the dashboard and reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from okuvol_desktop.domain.durations import hours
from okuvol_desktop.domain.ids import OrganisationId, PersonId
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.load import DEFAULT_WEEKLY_LIMIT_MINUTES, WeekLoad, weekly_loads
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.valuation import value_of_volunteer_time
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.aggregates import Aggregates, EntryFilter, KindMinutes, PeopleCounts
from okuvol_desktop.storage.repositories import PersonRepo, RateRepo

# By default every entry but rejected ones counts (DESIGN.md, stats --json).
COUNTED_STATUSES = (EntryStatus.DRAFT, EntryStatus.SUBMITTED, EntryStatus.APPROVED)
UNCATEGORISED = "Uncategorised"


@dataclass(frozen=True, slots=True)
class StatsQuery:
    """Which entries to total: a period, optionally one person and/or organisation."""

    period: Period
    person: PersonId | None = None
    organisation: OrganisationId | None = None
    approved_only: bool = False


@dataclass(frozen=True, slots=True)
class Stats:
    """Totals of a period, all in minutes."""

    period: Period
    entries: int
    minutes: dict[WorkKind, int]
    people: PeopleCounts
    by_organisation: list[KindMinutes]
    by_category: list[KindMinutes]
    by_month: list[KindMinutes]
    volunteer_value: tuple[Decimal, str] | None

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes.values())


def _by_total(rows: list[KindMinutes]) -> list[KindMinutes]:
    """Largest first, then by name: the same order whatever the database's collation."""
    return sorted(rows, key=lambda r: (-(r.professional + r.volunteer), r.label))


class StatsService:
    """Use cases that count."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def stats(self, query: StatsQuery) -> Stats:
        """Totals per kind, organisation, category and month, with people and value."""
        with self._ctx.reading() as s:
            f = self._filter(s, query, COUNTED_STATUSES)
            aggregates = Aggregates(s)
            count, minutes = aggregates.by_kind(f)
            months = aggregates.by_month(f)
            by_month = [
                months.get(ym) or KindMinutes(f"{ym[0]:04d}-{ym[1]:02d}", 0, 0)
                for ym in query.period.months()
            ]
            rates = RateRepo(s).oldest_first()
            # Minutes of each stretch between rate changes: every day of one has one rate.
            volunteer = aggregates.minutes_by_stretch(
                EntryFilter(
                    f.date_from,
                    f.date_to,
                    f.statuses,
                    f.person_id,
                    f.organisation_id,
                    WorkKind.VOLUNTEER,
                ),
                (r.valid_from for r in rates),
            )
            return Stats(
                period=query.period,
                entries=count,
                minutes=minutes,
                people=aggregates.people(f),
                by_organisation=_by_total(aggregates.by_organisation(f)),
                by_category=_by_total([km for _, km in aggregates.by_category(f, UNCATEGORISED)]),
                by_month=by_month,
                # No value without volunteer time: not "0.00" for paid work alone.
                volunteer_value=(
                    value_of_volunteer_time(volunteer, rates) if any(volunteer.values()) else None
                ),
            )

    def week_loads(
        self,
        person_id: PersonId,
        period: Period,
        limit_minutes: int = DEFAULT_WEEKLY_LIMIT_MINUTES,
        first_weekday: int = 0,
    ) -> list[WeekLoad]:
        """A person's weeks in a period, both kinds together, with overload flagged."""
        with self._ctx.reading() as s:
            person = PersonRepo(s).get(person_id)
            f = EntryFilter(period.start, period.end, COUNTED_STATUSES, person_id=person.id)
            return weekly_loads(
                Aggregates(s).minutes_by_day(f),
                limit_minutes=limit_minutes,
                first_weekday=first_weekday,
            )

    @staticmethod
    def _filter(s: Any, query: StatsQuery, statuses: tuple[EntryStatus, ...]) -> EntryFilter:
        return EntryFilter(
            query.period.start,
            query.period.end,
            (EntryStatus.APPROVED,) if query.approved_only else statuses,
            query.person,
            query.organisation,
        )


def stats_document(stats: Stats) -> dict[str, Any]:
    """The `stats --json` shape of DESIGN.md; hours are minutes / 60 to 2 decimals."""

    def split(rows: list[KindMinutes], key: str) -> list[dict[str, Any]]:
        return [
            {key: r.label, "professional": hours(r.professional), "volunteer": hours(r.volunteer)}
            for r in rows
        ]

    value = stats.volunteer_value
    return {
        "from": stats.period.start.isoformat(),
        "to": stats.period.end.isoformat(),
        "entries": stats.entries,
        "hours": {
            "professional": hours(stats.minutes[WorkKind.PROFESSIONAL]),
            "volunteer": hours(stats.minutes[WorkKind.VOLUNTEER]),
            "total": hours(stats.total_minutes),
        },
        "people": {
            "total": stats.people.total,
            "professional_only": stats.people.professional_only,
            "volunteer_only": stats.people.volunteer_only,
            "dual_role": stats.people.dual_role,
        },
        "by_organisation": split(stats.by_organisation, "organisation"),
        "by_category": split(stats.by_category, "category"),
        "by_month": split(stats.by_month, "month"),
        "volunteer_value": (
            {"amount": float(value[0]), "currency": value[1]} if value is not None else None
        ),
    }


def year_period(
    year: int | None, date_from: date | None, date_to: date | None, today: date
) -> Period:
    """The period a command names: a year, a range, or else the current year."""
    if date_from is not None or date_to is not None:
        start = date_from or date(1900, 1, 1)
        return Period(start, date_to or today)
    return Period.year(year if year is not None else today.year)
