"""Who does both kinds of work, and when a week is too heavy.

Dual-role people are the heart of the product: someone who holds a professional role and a
volunteer role in the same period carries both loads at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Role

DEFAULT_WEEKLY_LIMIT_MINUTES = 48 * 60


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
