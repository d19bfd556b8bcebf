"""Organisations: the repository and the Organisation a row makes."""

from __future__ import annotations

from sqlalchemy import delete, select

from okuvol_desktop.domain.errors import Conflict, NotFound
from okuvol_desktop.domain.ids import OrganisationId
from okuvol_desktop.domain.model import Organisation, OrganisationDetails
from okuvol_desktop.storage.orm import (
    AccessCoordinatorRow,
    OrganisationRow,
    PrivateKeyRow,
    RoleRow,
    SigningKeyRow,
)
from okuvol_desktop.storage.repositories.base import DirectoryRepository, as_id, by_ref


def _organisation(row: OrganisationRow) -> Organisation:
    return Organisation(
        id=OrganisationId(row.id),
        name=row.name,
        type=row.type,
        address=row.address,
        contact=row.contact,
        signatory_name=row.signatory_name,
        signatory_title=row.signatory_title,
        certificate_language=row.certificate_language,
        archived=row.archived,
        logo_sha256=row.logo_sha256,
        verify_url=row.verify_url,
        key_fingerprint=row.key_fingerprint or "",
    )


class OrganisationRepo(DirectoryRepository[OrganisationRow, Organisation, OrganisationDetails]):
    """Organisations; names are unique."""

    _table = OrganisationRow

    def _thing(self, row: OrganisationRow) -> Organisation:
        return _organisation(row)

    def _missing(self, record_id: int) -> NotFound:
        return NotFound(
            "There is no organisation with id {organisation_id}.", organisation_id=record_id
        )

    def _check_free(self, name: str, except_id: int | None = None) -> None:
        stmt = select(OrganisationRow.id).where(OrganisationRow.name == name)
        found = self._s.scalar(stmt)
        if found is not None and found != except_id:
            raise Conflict(
                "An organisation called '{name}' already exists (id {found}).",
                name=name,
                found=found,
            )

    def add(self, details: OrganisationDetails) -> Organisation:
        """A new organisation; the caller gives it a signing key (KeyRepo.add_current)."""
        self._check_free(details.name)
        return self._written(OrganisationRow(), details)

    def find(self, name: str) -> Organisation | None:
        row = self._s.scalar(select(OrganisationRow).where(OrganisationRow.name == name))
        return None if row is None else _organisation(row)

    def resolve(self, ref: str) -> Organisation:
        """An organisation named by id or by exact name."""
        ref = ref.strip()
        if (number := as_id(ref)) is not None:
            row = self._s.get(OrganisationRow, number)
            if row is not None:
                return _organisation(row)
        stmt = select(OrganisationRow).where(OrganisationRow.name == ref)
        return _organisation(
            by_ref(
                self._s,
                stmt,
                ref,
                "No organisation is called '{ref}'.",
                "{count} organisations are called '{ref}'; name one by its id ({ids}).",
            )
        )

    def by_name(self, include_archived: bool = False) -> list[Organisation]:
        stmt = select(OrganisationRow).order_by(OrganisationRow.name)
        if not include_archived:
            stmt = stmt.where(OrganisationRow.archived.is_(False))
        return [_organisation(r) for r in self._s.scalars(stmt)]

    def update(self, record_id: int, details: OrganisationDetails) -> Organisation:
        if details.name != self.row(record_id).name:
            self._check_free(details.name, except_id=record_id)
        return super().update(record_id, details)

    def delete(self, organisation_id: int) -> None:
        # Its keys go with it (ON DELETE CASCADE does it in PostgreSQL; SQLite's ORM path
        # deletes them here so that the unit of work orders the deletes itself).
        # Its roles (the caller made sure none holds an entry or a running timer) and its
        # coordinators' grants go too.
        for table in (PrivateKeyRow, SigningKeyRow, AccessCoordinatorRow, RoleRow):
            self._s.execute(delete(table).where(table.organisation_id == organisation_id))
        self._s.delete(self.row(organisation_id))
        self._s.flush()
