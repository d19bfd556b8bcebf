"""Issued certificates: numbering, storing and finding them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update

from okuvol_desktop.domain.errors import Conflict, NotFound
from okuvol_desktop.domain.ids import OrganisationId, PersonId
from okuvol_desktop.domain.keys import Revocation
from okuvol_desktop.domain.model import CertificateRecord, IssuedCertificate
from okuvol_desktop.storage.orm import CertificateRow, OrganisationRow, PersonRow
from okuvol_desktop.storage.repositories.base import Repository, write_record


class CertificateRepo(Repository):
    """Certificates issued by organisations."""

    def next_number(self, organisation_id: int, prefix: str, year: int) -> str:
        """The next free number of an organisation in a year, e.g. RSHS-2026-0007."""
        stmt = (
            select(func.count())
            .select_from(CertificateRow)
            .where(
                CertificateRow.organisation_id == organisation_id,
                CertificateRow.number.like(f"{prefix}-{year}-%"),
            )
        )
        sequence = int(self._s.scalar(stmt) or 0) + 1
        return f"{prefix}-{year}-{sequence:04d}"

    def add(self, certificate: CertificateRecord) -> None:
        row = CertificateRow()
        write_record(row, certificate)
        self._s.add(row)
        self._s.flush()

    def _select(self) -> Any:
        return (
            select(CertificateRow, PersonRow.full_name, OrganisationRow.name)
            .join(PersonRow, PersonRow.id == CertificateRow.person_id)
            .join(OrganisationRow, OrganisationRow.id == CertificateRow.organisation_id)
        )

    @staticmethod
    def _issued(row: CertificateRow, person: str, organisation: str) -> IssuedCertificate:
        return IssuedCertificate(
            id=row.id,
            number=row.number,
            person_id=PersonId(row.person_id),
            person_name=person,
            organisation_id=OrganisationId(row.organisation_id),
            organisation_name=organisation,
            period_start=row.period_start,
            period_end=row.period_end,
            minutes=row.minutes,
            issue_date=row.issue_date,
            language=row.language,
            paper=row.paper,
            code=row.code,
            snapshot=row.snapshot,
            revoked_at=row.revoked_at,
            revoked_reason=row.revoked_reason,
            revoked_by=row.revoked_by,
        )

    def by_number(self, number: str) -> IssuedCertificate | None:
        found = self._s.execute(self._select().where(CertificateRow.number == number)).first()
        return None if found is None else self._issued(*found)

    def get(self, number: str) -> IssuedCertificate:
        issued = self.by_number(number)
        if issued is None:
            raise NotFound("No certificate has the number '{number}'.", number=number)
        return issued

    def same_facts(
        self, person_id: int, organisation_id: int, period_start: date, period_end: date
    ) -> list[IssuedCertificate]:
        """Certificates in force for the person at the organisation from ``period_start`` up
        to at most ``period_end``, newest first: those that may already certify these facts."""
        stmt = (
            self._select()
            .where(
                CertificateRow.person_id == person_id,
                CertificateRow.organisation_id == organisation_id,
                CertificateRow.period_start == period_start,
                CertificateRow.period_end <= period_end,
                CertificateRow.revoked_at.is_(None),
            )
            .order_by(CertificateRow.id.desc())
        )
        return [self._issued(*row) for row in self._s.execute(stmt)]

    def revoke(self, number: str, at: datetime, reason: str, by: str) -> IssuedCertificate:
        """Mark a certificate withdrawn.

        Raises:
            NotFound: no certificate has the number.
            Conflict: it was revoked before.
        """
        issued = self.get(number)
        if issued.revoked_at is not None:
            raise Conflict(
                "Certificate {number} was already revoked on {day}: {reason}",
                number=number,
                day=issued.revoked_at.date().isoformat(),
                reason=issued.revoked_reason or "",
            )
        self._s.execute(
            update(CertificateRow)
            .where(CertificateRow.number == number)
            .values(revoked_at=at, revoked_reason=reason, revoked_by=by)
        )
        return self.get(number)

    def revocations(self, organisation_id: int) -> list[Revocation]:
        """Every certificate number the organisation withdrew."""
        stmt = select(
            CertificateRow.number, CertificateRow.revoked_at, CertificateRow.revoked_reason
        ).where(
            CertificateRow.organisation_id == organisation_id,
            CertificateRow.revoked_at.is_not(None),
        )
        return [
            Revocation(number, at, reason or "")
            for number, at, reason in self._s.execute(stmt)
            if at is not None  # as the query asked; the type of the column allows None
        ]

    def newest_first(
        self, organisation_id: int | None = None, person_id: int | None = None
    ) -> list[IssuedCertificate]:
        stmt = self._select().order_by(CertificateRow.issue_date.desc(), CertificateRow.id.desc())
        if organisation_id is not None:
            stmt = stmt.where(CertificateRow.organisation_id == organisation_id)
        if person_id is not None:
            stmt = stmt.where(CertificateRow.person_id == person_id)
        return [self._issued(*row) for row in self._s.execute(stmt)]
