"""Roles: a person's engagements with organisations."""

from __future__ import annotations

from sqlalchemy import select

from okuvol_desktop.domain.errors import NotFound
from okuvol_desktop.domain.ids import OrganisationId, PersonId, RoleId
from okuvol_desktop.domain.kinds import WorkKind
from okuvol_desktop.domain.model import Role, RoleDetails
from okuvol_desktop.storage.orm import RoleRow
from okuvol_desktop.storage.repositories.base import DirectoryRepository


def _role(row: RoleRow) -> Role:
    return Role(
        id=RoleId(row.id),
        person_id=PersonId(row.person_id),
        organisation_id=OrganisationId(row.organisation_id),
        kind=WorkKind(row.kind),
        title=row.title,
        field=row.field,
        start_date=row.start_date,
        end_date=row.end_date,
        hourly_rate=row.hourly_rate,
        currency=row.currency,
        weekly_minutes=row.weekly_minutes,
        archived=row.archived,
    )


class RoleRepo(DirectoryRepository[RoleRow, Role, RoleDetails]):
    """Roles of people at organisations."""

    _table = RoleRow

    def _thing(self, row: RoleRow) -> Role:
        return _role(row)

    def _missing(self, record_id: int) -> NotFound:
        return NotFound("There is no role with id {role_id}.", role_id=record_id)

    def add(
        self,
        person_id: int,
        organisation_id: int,
        kind: WorkKind,
        details: RoleDetails,
    ) -> Role:
        row = RoleRow(person_id=person_id, organisation_id=organisation_id, kind=kind.value)
        return self._written(row, details)

    def held(
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
