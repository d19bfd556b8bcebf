"""Issued certificates: numbering, storing and finding them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import NotFound
from okuvol_desktop.domain.model import IssuedCertificate
from okuvol_desktop.storage.orm import CertificateRow, OrganisationRow, PersonRow


class CertificateRepo:
    """Certificates issued by organisations."""

    def __init__(self, session: Session) -> None:
        self._s = session

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

    def add(self, **fields: Any) -> None:
        self._s.add(CertificateRow(**fields))
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
            row.id,
            row.number,
            row.person_id,
            person,
            row.organisation_id,
            organisation,
            row.period_start,
            row.period_end,
            row.minutes,
            row.issue_date,
            row.language,
            row.paper,
            row.code,
            row.snapshot,
        )

    def by_number(self, number: str) -> IssuedCertificate | None:
        found = self._s.execute(self._select().where(CertificateRow.number == number)).first()
        return None if found is None else self._issued(*found)

    def get(self, number: str) -> IssuedCertificate:
        issued = self.by_number(number)
        if issued is None:
            raise NotFound("No certificate has the number '{number}'.", number=number)
        return issued

    def list(
        self, organisation_id: int | None = None, person_id: int | None = None
    ) -> list[IssuedCertificate]:
        stmt = self._select().order_by(CertificateRow.issue_date.desc(), CertificateRow.id.desc())
        if organisation_id is not None:
            stmt = stmt.where(CertificateRow.organisation_id == organisation_id)
        if person_id is not None:
            stmt = stmt.where(CertificateRow.person_id == person_id)
        return [self._issued(*row) for row in self._s.execute(stmt)]
