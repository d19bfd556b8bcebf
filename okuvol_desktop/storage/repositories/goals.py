"""A person's yearly goals of hours."""

from __future__ import annotations

from sqlalchemy import select

from okuvol_desktop.domain.ids import PersonId
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Goal
from okuvol_desktop.storage.orm import GoalRow
from okuvol_desktop.storage.repositories.base import Repository


def _goal(row: GoalRow) -> Goal:
    return Goal(
        id=row.id,
        person_id=PersonId(row.person_id),
        year=row.year,
        kind=WorkKind(row.kind),
        target_minutes=row.target_minutes,
    )


class GoalRepo(Repository):
    """Yearly goals of hours."""

    def put(self, person_id: int, year: int, kind: WorkKind, target_minutes: int) -> Goal:
        """Create or replace the goal for this person, year and kind."""
        row = self._s.scalar(
            select(GoalRow).where(
                GoalRow.person_id == person_id, GoalRow.year == year, GoalRow.kind == kind.value
            )
        )
        if row is None:
            row = GoalRow(person_id=person_id, year=year, kind=kind.value)
            self._s.add(row)
        row.target_minutes = target_minutes
        self._s.flush()
        return _goal(row)

    def of_year(self, person_id: int, year: int) -> list[Goal]:
        stmt = select(GoalRow).where(GoalRow.person_id == person_id, GoalRow.year == year)
        return [_goal(row) for row in self._s.scalars(stmt.order_by(GoalRow.kind))]
