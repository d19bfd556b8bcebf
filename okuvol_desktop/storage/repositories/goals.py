"""A person's yearly goals of hours."""

from __future__ import annotations

from sqlalchemy import select

from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Goal
from okuvol_desktop.storage.orm import GoalRow
from okuvol_desktop.storage.repositories._common import Repository


class GoalRepo(Repository):
    """Yearly goals of hours."""

    def set(self, person_id: int, year: int, kind: WorkKind, target_minutes: int) -> Goal:
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
        return Goal(row.id, row.person_id, row.year, WorkKind(row.kind), row.target_minutes)

    def list(self, person_id: int, year: int) -> list[Goal]:
        stmt = select(GoalRow).where(GoalRow.person_id == person_id, GoalRow.year == year)
        return [
            Goal(r.id, r.person_id, r.year, WorkKind(r.kind), r.target_minutes)
            for r in self._s.scalars(stmt.order_by(GoalRow.kind))
        ]
