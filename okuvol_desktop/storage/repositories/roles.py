"""Roles: a person's engagements with organisations."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from okuvol_desktop.domain.errors import NotFound
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Role
from okuvol_desktop.storage.orm import RoleRow
from okuvol_desktop.storage.repositories._common import Repository, apply_changes


def _role(row: RoleRow) -> Role:
    return Role(
        row.id,
        row.person_id,
        row.organisation_id,
        WorkKind(row.kind),
        row.title,
        row.field,
        row.start_date,
        row.end_date,
        row.hourly_rate,
        row.currency,
        row.weekly_minutes,
        row.archived,
    )


class RoleRepo(Repository):
    """Roles of people at organisations."""

    def add(self, **fields: Any) -> Role:
        row = RoleRow(**fields)
        self._s.add(row)
        self._s.flush()
        return _role(row)

    def row(self, role_id: int) -> RoleRow:
        row = self._s.get(RoleRow, role_id)
        if row is None:
            raise NotFound("There is no role with id {role_id}.", role_id=role_id)
        return row

    def get(self, role_id: int) -> Role:
        return _role(self.row(role_id))

    def list(
        self,
        person_id: int | None = None,
        organisation_id: int | None = None,
        include_archived: bool = False,
    ) -> list[Role]:
        stmt = select(RoleRow).order_by(RoleRow.person_id, RoleRow.organisation_id, RoleRow.id)
        if person_id is not None:
            stmt = stmt.where(RoleRow.person_id == person_id)
        if organisation_id is not None:
            stmt = stmt.where(RoleRow.organisation_id == organisation_id)
        if not include_archived:
            stmt = stmt.where(RoleRow.archived.is_(False))
        return [_role(r) for r in self._s.scalars(stmt)]

    def update(self, role_id: int, **changes: Any) -> Role:
        row = self.row(role_id)
        apply_changes(row, changes)
        self._s.flush()
        return _role(row)
