"""The running timer of each person."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select

from okuvol_desktop.domain.ids import CategoryId, PersonId, RoleId
from okuvol_desktop.domain.model import RunningTimer
from okuvol_desktop.storage.orm import TimerRow
from okuvol_desktop.storage.repositories.base import Repository


class TimerRepo(Repository):
    """Running timers, one per person."""

    @staticmethod
    def _timer(row: TimerRow) -> RunningTimer:
        return RunningTimer(
            id=row.id,
            person_id=PersonId(row.person_id),
            role_id=RoleId(row.role_id),
            started_at=row.started_at,
            timezone=row.timezone,
            description=row.description,
            category_id=None if row.category_id is None else CategoryId(row.category_id),
        )

    def start(
        self,
        *,
        person_id: int,
        role_id: int,
        started_at: datetime,
        timezone: str,
        description: str | None,
        category_id: int | None,
    ) -> RunningTimer:
        row = TimerRow(
            person_id=person_id,
            role_id=role_id,
            started_at=started_at,
            timezone=timezone,
            description=description,
            category_id=category_id,
        )
        self._s.add(row)
        self._s.flush()
        return self._timer(row)

    def for_person(self, person_id: int) -> RunningTimer | None:
        row = self._s.scalar(select(TimerRow).where(TimerRow.person_id == person_id))
        return None if row is None else self._timer(row)

    def running(self) -> list[RunningTimer]:
        return [self._timer(r) for r in self._s.scalars(select(TimerRow).order_by(TimerRow.id))]

    def remove(self, timer_id: int) -> None:
        self._s.execute(delete(TimerRow).where(TimerRow.id == timer_id))

    def move_start(self, timer_id: int, started_at: datetime) -> RunningTimer:
        """Say the timer started at another instant."""
        row = self._s.get_one(TimerRow, timer_id)
        row.started_at = started_at
        self._s.flush()
        return self._timer(row)

    def describe(
        self, timer_id: int, description: str | None, category_id: int | None
    ) -> RunningTimer:
        """Change what the timer's entry will say."""
        row = self._s.get_one(TimerRow, timer_id)
        row.description = description
        row.category_id = category_id
        self._s.flush()
        return self._timer(row)

    def in_roles(self, role_ids: Sequence[int]) -> list[RunningTimer]:
        """The timers running in any of these roles."""
        rows = self._s.scalars(select(TimerRow).where(TimerRow.role_id.in_(list(role_ids))))
        return [self._timer(r) for r in rows]
