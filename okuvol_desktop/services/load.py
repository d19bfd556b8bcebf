"""The load of two roles, read from the ledger: one week of a person, or every week of a year.

Helpers for services that already hold a session (the dashboard, the yearly summary, logging);
the limit that counts is always ``chosen_limit(person's own, the caller's fallback)``.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.load import (
    DEFAULT_WEEKLY_LIMIT_MINUTES,
    WeekLoad,
    YearLoad,
    chosen_limit,
    week_start,
    weekly_loads,
    weeks_of_year,
    year_load,
)
from okuvol_desktop.domain.model import Entry, Person
from okuvol_desktop.services.stats import COUNTED_STATUSES
from okuvol_desktop.storage.aggregates import Aggregates, EntryFilter

# What a week's load counts: every hour logged but rejected ones, drafts too, since the time
# was spent whether or not anyone has reviewed it yet.
LOAD_STATUSES = COUNTED_STATUSES


def week_load(
    s: Session,
    person: Person,
    day: date,
    *,
    first_weekday: int = 0,
    fallback_limit_minutes: int = DEFAULT_WEEKLY_LIMIT_MINUTES,
    adding: tuple[WorkKind, int] | None = None,
    replacing: Entry | None = None,
) -> WeekLoad:
    """The person's week holding ``day``, from the kept totals (a cheap read), as it would be
    with ``adding`` (kind, minutes) logged and ``replacing``, an entry being edited, gone."""
    start = week_start(day, first_weekday)
    end = start + timedelta(days=6)
    minutes = Aggregates(s).by_kind(EntryFilter(start, end, LOAD_STATUSES, person_id=person.id))[1]
    if (
        replacing is not None
        and replacing.status in LOAD_STATUSES
        and start <= replacing.date <= end
    ):
        minutes[replacing.kind] -= replacing.minutes
    if adding is not None:
        minutes[adding[0]] += adding[1]
    return WeekLoad(
        start,
        minutes[WorkKind.PROFESSIONAL],
        minutes[WorkKind.VOLUNTEER],
        chosen_limit(person.weekly_limit_minutes, fallback_limit_minutes),
    )


def year_load_of(
    s: Session,
    person: Person,
    year: int,
    today: date,
    *,
    first_weekday: int = 0,
    fallback_limit_minutes: int = DEFAULT_WEEKLY_LIMIT_MINUTES,
    statuses: tuple[EntryStatus, ...] = LOAD_STATUSES,
) -> YearLoad:
    """Every week of the person's ``year``, whole weeks (the first and last reach into the
    years around it, so that they are measured as the person lived them)."""
    weeks = weeks_of_year(year, first_weekday)
    f = EntryFilter(weeks[0], weeks[-1] + timedelta(days=6), statuses, person_id=person.id)
    limit = chosen_limit(person.weekly_limit_minutes, fallback_limit_minutes)
    loads = weekly_loads(
        Aggregates(s).minutes_by_day(f), limit_minutes=limit, first_weekday=first_weekday
    )
    return year_load(
        year,
        loads,
        limit_minutes=limit,
        budget_minutes=person.weekly_volunteer_minutes,
        today=today,
        first_weekday=first_weekday,
    )
