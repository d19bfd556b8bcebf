"""Who does both kinds of work, and when a week is too heavy.

Dual-role people are the heart of the product: someone who holds a professional role and a
volunteer role in the same period carries both loads at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Role

DEFAULT_WEEKLY_LIMIT_MINUTES = 48 * 60
_HOURS_IN_A_WEEK = 168


def chosen_limit(own: int | None, fallback: int = DEFAULT_WEEKLY_LIMIT_MINUTES) -> int:
    """The weekly limit that counts for a person.

    One rule everywhere: the limit the person chose for themselves wins; without one, the
    ``fallback`` the caller holds (the window's Preferences, whose own default is 48 hours;
    the command line has no preferences and falls back to the 48 hours itself). A person's
    choice is about their own life, the preference is a ledger-wide habit.
    """
    return own if own is not None else fallback


# One whole sentence per field (not a field name filled into one sentence), so that each
# translates as a whole.
_OUT_OF_RANGE = {
    "weekly_limit": "The weekly limit must be between 1 and 168 hours (got {hours} hours).",
    "weekly_budget": (
        "The weekly volunteering budget must be between 1 and 168 hours (got {hours} hours)."
    ),
}


def weekly_minutes(field: str, hours: Decimal) -> int:
    """Whole minutes of a weekly limit or budget given in hours, which must lie between 1 and
    168; else a refusal naming ``field``, "weekly_limit" or "weekly_budget"."""
    if not (hours.is_finite() and 1 <= hours <= _HOURS_IN_A_WEEK):
        raise ValidationError(field, _OUT_OF_RANGE[field], hours=f"{hours:f}")
    return int((hours * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def check_budget_within_limit(limit_minutes: int | None, budget_minutes: int | None) -> None:
    """A volunteering budget cannot be above the person's own weekly limit: the limit is
    about both kinds of work together, so volunteering alone cannot need more."""
    if limit_minutes is not None and budget_minutes is not None and budget_minutes > limit_minutes:
        raise ValidationError(
            "weekly_budget",
            (
                "The weekly volunteering budget ({budget} hours) cannot be above the weekly "
                "limit ({limit} hours)."
            ),
            budget=f"{budget_minutes / 60:g}",
            limit=f"{limit_minutes / 60:g}",
        )


def is_dual_role(roles: Iterable[Role], start: date, end: date) -> bool:
    """Whether the roles include both kinds of work active somewhere in ``start``..``end``.

    The two roles need not be active on the same day; holding both within the period is enough.
    """
    kinds = {role.kind for role in roles if not role.archived and role.overlaps(start, end)}
    return kinds == {WorkKind.PROFESSIONAL, WorkKind.VOLUNTEER}


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding ``day``; ``first_weekday`` 0 is Monday, 6 Sunday."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


@dataclass(frozen=True, slots=True)
class WeekLoad:
    """The minutes of one week, split by kind, and whether they pass the limit."""

    week_start: date
    professional_minutes: int
    volunteer_minutes: int
    limit_minutes: int

    @property
    def total_minutes(self) -> int:
        """Both kinds together: overload is about the whole load, not one side of it."""
        return self.professional_minutes + self.volunteer_minutes

    @property
    def overloaded(self) -> bool:
        """More than the limit; exactly the limit is still fine."""
        return self.total_minutes > self.limit_minutes


@dataclass(frozen=True, slots=True)
class WeekChange:
    """A person's week before and after saving one entry."""

    before: WeekLoad
    after: WeekLoad

    @property
    def crosses_limit(self) -> bool:
        """Whether the entry puts the week over the limit, or further over it: an edit that
        adds nothing to a heavy week (a fixed description) is not worth a question."""
        return self.after.overloaded and self.after.total_minutes > self.before.total_minutes


def weekly_loads(
    minutes_by_day: Mapping[tuple[date, WorkKind], int],
    *,
    limit_minutes: int = DEFAULT_WEEKLY_LIMIT_MINUTES,
    first_weekday: int = 0,
) -> list[WeekLoad]:
    """Fold daily minutes per kind into weeks, oldest first."""
    weeks: dict[date, dict[WorkKind, int]] = {}
    for (day, kind), minutes in minutes_by_day.items():
        per_kind = weeks.setdefault(week_start(day, first_weekday), {})
        per_kind[kind] = per_kind.get(kind, 0) + minutes
    return [
        WeekLoad(
            start,
            per_kind.get(WorkKind.PROFESSIONAL, 0),
            per_kind.get(WorkKind.VOLUNTEER, 0),
            limit_minutes,
        )
        for start, per_kind in sorted(weeks.items())
    ]


def overloaded_weeks(loads: Iterable[WeekLoad]) -> list[WeekLoad]:
    """The weeks whose combined minutes pass their limit."""
    return [load for load in loads if load.overloaded]


def weeks_of_year(year: int, first_weekday: int = 0) -> list[date]:
    """The first days of the weeks that hold a day of ``year``: 53 (sometimes 54) weeks, the
    first starting in late December when 1 January falls mid-week."""
    first = week_start(date(year, 1, 1), first_weekday)
    last = date(year, 12, 31)
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


@dataclass(frozen=True, slots=True)
class YearLoad:
    """Every week of a person's year, for the calendar of weekly load.

    ``weeks`` holds every week of the year, empty ones too; ``budget_minutes`` is the weekly
    volunteering budget the person chose (None when not chosen); ``today`` tells weeks that
    passed without work (rest weeks) from weeks still to come.
    """

    year: int
    weeks: tuple[WeekLoad, ...]
    limit_minutes: int
    budget_minutes: int | None
    today: date

    def over_limit(self) -> list[WeekLoad]:
        """The weeks whose both kinds together passed the limit."""
        return overloaded_weeks(self.weeks)

    def past_budget(self) -> list[WeekLoad]:
        """The weeks whose volunteering alone passed the budget."""
        budget = self.budget_minutes
        if budget is None:
            return []
        return [w for w in self.weeks if w.volunteer_minutes > budget]

    def rest_weeks(self) -> list[WeekLoad]:
        """Weeks already begun with no work of either kind: time off counts too."""
        return [w for w in self.weeks if not w.total_minutes and w.week_start <= self.today]

    def is_to_come(self, week: WeekLoad) -> bool:
        """Whether the week starts after today (its emptiness says nothing yet)."""
        return week.week_start > self.today


def year_load(
    year: int,
    loads: Iterable[WeekLoad],
    *,
    limit_minutes: int,
    budget_minutes: int | None,
    today: date,
    first_weekday: int = 0,
) -> YearLoad:
    """Every week of ``year`` from the weeks that hold work (``loads``), the others empty."""
    held = {w.week_start: w for w in loads}
    weeks = tuple(
        held.get(start, WeekLoad(start, 0, 0, limit_minutes))
        for start in weeks_of_year(year, first_weekday)
    )
    return YearLoad(year, weeks, limit_minutes, budget_minutes, today)
