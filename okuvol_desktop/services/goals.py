"""Yearly goals of hours and how far a person has come."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from okuvol_desktop.domain.durations import minutes_from_hours
from okuvol_desktop.domain.errors import ValidationError
from okuvol_desktop.domain.ids import PersonId
from okuvol_desktop.domain.kinds import EntryStatus, WorkKind
from okuvol_desktop.domain.model import Goal
from okuvol_desktop.domain.period import Period
from okuvol_desktop.domain.rules import HOURS_IN_A_YEAR
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.storage.aggregates import Aggregates, EntryFilter
from okuvol_desktop.storage.repositories import GoalRepo, PersonRepo


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """A goal with the approved minutes reached and the minutes still waiting for review."""

    goal: Goal
    approved_minutes: int
    pending_minutes: int

    @property
    def fraction(self) -> float:
        """Approved share of the target, 0.0 to 1.0 and beyond when the goal is passed."""
        return self.approved_minutes / self.goal.target_minutes


class GoalService:
    """Use cases about goals."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def put(self, person_id: PersonId, year: int, kind: WorkKind, hours: Decimal) -> Goal:
        """Set (or replace) a person's target of hours of one kind for a year."""
        Period.year(year)  # refuses a year okuvol does not count in
        target = minutes_from_hours(hours)
        if target <= 0:
            raise ValidationError(
                "hours", "A goal needs more than 0 hours (got {hours}).", hours=hours
            )
        if hours > HOURS_IN_A_YEAR:
            raise ValidationError(
                "hours",
                "A goal of {hours} hours is more than a year holds ({most} hours).",
                hours=hours,
                most=HOURS_IN_A_YEAR,
            )
        with self._ctx.transaction() as s:
            person = PersonRepo(s).get(person_id)
            return GoalRepo(s).put(person.id, year, kind, target)

    def progress(self, person_id: PersonId, year: int) -> list[GoalProgress]:
        """Each of the person's goals for the year with approved and pending minutes."""
        with self._ctx.reading() as s:
            person = PersonRepo(s).get(person_id)
            goals = GoalRepo(s).of_year(person.id, year)
            if not goals:
                return []
            aggregates = Aggregates(s)

            def minutes(status: EntryStatus) -> dict[WorkKind, int]:
                f = EntryFilter(
                    date(year, 1, 1), date(year, 12, 31), (status,), person_id=person.id
                )
                return aggregates.by_kind(f)[1]

            approved, pending = minutes(EntryStatus.APPROVED), minutes(EntryStatus.SUBMITTED)
            return [GoalProgress(g, approved[g.kind], pending[g.kind]) for g in goals]
