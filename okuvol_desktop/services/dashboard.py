"""The figures of the dashboard: this week, month and year, for one person or everyone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from okuvol_desktop.domain.ids import PersonId
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.load import (
    DEFAULT_WEEKLY_LIMIT_MINUTES,
    WeekLoad,
    YearLoad,
    is_dual_role,
    week_start,
)
from okuvol_desktop.domain.model import Person
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.schemes import RequirementStanding
from okuvol_desktop.reports.data import AwardLine, GoalLine, KindSplit, ValueOfTime
from okuvol_desktop.services import schemes
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.load import year_load_of
from okuvol_desktop.services.stats import COUNTED_STATUSES
from okuvol_desktop.services.summaries import APPROVED, PENDING, months_of, value_of
from okuvol_desktop.storage.aggregates import Aggregates, EntryFilter, PeopleCounts
from okuvol_desktop.storage.repositories import GoalRepo, PersonRepo, RoleRepo


@dataclass(frozen=True, slots=True)
class KindTotals:
    """Minutes of each kind in a span of days."""

    start: date
    end: date
    professional: int
    volunteer: int

    @property
    def total(self) -> int:
        return self.professional + self.volunteer


@dataclass(frozen=True, slots=True)
class DashboardData:
    """Everything the dashboard shows for one person (person_id set) or for everyone."""

    person_id: int | None
    year: int
    week: KindTotals
    month: KindTotals
    whole_year: KindTotals
    by_month: tuple[KindSplit, ...]
    people: PeopleCounts
    goals: tuple[GoalLine, ...]
    awards: tuple[AwardLine, ...]
    requirements: tuple[RequirementStanding, ...]
    value: ValueOfTime | None
    this_week: WeekLoad | None
    overloaded_weeks: tuple[WeekLoad, ...]
    dual_role: bool
    load: YearLoad | None = None  # the calendar of weekly load: one person's only


@dataclass(frozen=True, slots=True)
class _PersonFigures:
    """What the dashboard shows only for one person: goals, awards, requirements, the weeks'
    load, and whether they hold roles of both kinds."""

    goals: tuple[GoalLine, ...] = ()
    awards: tuple[AwardLine, ...] = ()
    requirements: tuple[RequirementStanding, ...] = ()
    load: YearLoad | None = None
    dual_role: bool = False

    @property
    def weeks(self) -> tuple[WeekLoad, ...]:
        return tuple(self.load.weeks) if self.load is not None else ()


class DashboardService:
    """Use case: the dashboard's figures in one transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def dashboard(
        self,
        person_id: PersonId | None,
        year: int,
        *,
        week_start_day: int = 0,
        weekly_limit_minutes: int = DEFAULT_WEEKLY_LIMIT_MINUTES,
        currency: str | None = None,
    ) -> DashboardData:
        """This week and month (of today, or of the year's end for a past year) and the year;
        the value of volunteer time in ``currency`` (the user's) where the ledger has a rate
        in it.

        ``weekly_limit_minutes`` is the window's preference; a person's own limit wins over it
        (domain.load.chosen_limit).
        """
        today = self._ctx.today()
        period = Period.year(year)
        anchor = min(today, period.end) if year <= today.year else period.start
        first_of_week = week_start(anchor, week_start_day)
        first_of_month = anchor.replace(day=1)
        with self._ctx.reading() as s:
            person = PersonRepo(s).get(person_id) if person_id is not None else None
            person_id = person.id if person else None
            aggregates = Aggregates(s)
            counted = EntryFilter(period.start, period.end, COUNTED_STATUSES, person_id=person_id)
            mine = _PersonFigures()
            if person is not None:
                mine = _person_figures(
                    s,
                    aggregates,
                    person,
                    year,
                    today=today,
                    week_start_day=week_start_day,
                    weekly_limit_minutes=weekly_limit_minutes,
                )
            # The month and the year are read from the months the chart shows (the same
            # entries and statuses): two queries fewer each time the dashboard is shown.
            by_month = months_of(s, counted)
            return DashboardData(
                person_id=person_id,
                year=year,
                week=_kind_totals(
                    aggregates, first_of_week, first_of_week + timedelta(days=6), person_id
                ),
                month=_months_total(
                    by_month[first_of_month.month - 1 : first_of_month.month],
                    first_of_month,
                    _month_end(first_of_month),
                ),
                whole_year=_months_total(by_month, period.start, period.end),
                by_month=by_month,
                people=aggregates.people(counted),
                goals=mine.goals,
                awards=mine.awards,
                requirements=mine.requirements,
                value=value_of(s, counted, currency),
                this_week=next((w for w in mine.weeks if w.week_start == first_of_week), None),
                overloaded_weeks=tuple(w for w in mine.weeks if w.overloaded),
                dual_role=mine.dual_role,
                load=mine.load,
            )


def _kind_totals(
    aggregates: Aggregates, start: date, end: date, person_id: int | None
) -> KindTotals:
    """Counted minutes of each kind from ``start`` to ``end``, of one person or everyone."""
    _, minutes = aggregates.by_kind(EntryFilter(start, end, COUNTED_STATUSES, person_id=person_id))
    return KindTotals(start, end, minutes[WorkKind.PROFESSIONAL], minutes[WorkKind.VOLUNTEER])


def _months_total(months: tuple[KindSplit, ...], start: date, end: date) -> KindTotals:
    """The minutes of each kind in these months, as the span from ``start`` to ``end``."""
    return KindTotals(
        start, end, sum(m.professional for m in months), sum(m.volunteer for m in months)
    )


def _person_figures(
    s: Session,
    aggregates: Aggregates,
    person: Person,
    year: int,
    *,
    today: date,
    week_start_day: int,
    weekly_limit_minutes: int,
) -> _PersonFigures:
    """Goals (approved and pending against each target), where the person stands in their
    schemes, the year's weekly load, and whether they hold roles of both kinds."""
    period = Period.year(year)

    def minutes_in(statuses: tuple[EntryStatus, ...]) -> dict[WorkKind, int]:
        return aggregates.by_kind(
            EntryFilter(period.start, period.end, statuses, person_id=person.id)
        )[1]

    approved, pending = minutes_in(APPROVED), minutes_in(PENDING)
    awards, requirements = schemes.standings(s, person, year, today)
    return _PersonFigures(
        goals=tuple(
            GoalLine(g.kind.value, g.target_minutes, approved[g.kind], pending[g.kind])
            for g in GoalRepo(s).of_year(person.id, year)
        ),
        awards=tuple(
            AwardLine(a.scheme, a.band, a.reached, a.next_tier, a.minutes_to_next) for a in awards
        ),
        requirements=requirements,
        load=year_load_of(
            s,
            person,
            year,
            today,
            first_weekday=week_start_day,
            fallback_limit_minutes=weekly_limit_minutes,
        ),
        dual_role=is_dual_role(
            RoleRepo(s).held(person.id, include_archived=True), period.start, period.end
        ),
    )


def _month_end(first: date) -> date:
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)
