"""What an entry brings beside its minutes: credits towards requirements, and files that
prove it, each kept with the SHA-256 of its bytes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, select

from okuvol_desktop.domain.errors import NotFound
from okuvol_desktop.storage.orm import EntryCreditRow, EntryEvidenceRow, EntryRow
from okuvol_desktop.storage.repositories.base import Repository


@dataclass(frozen=True, slots=True)
class Evidence:
    """A file kept with an entry; ``intact`` says whether its bytes still have the hash
    recorded when it was added (a change through psql or a damaged disk shows here)."""

    id: int
    entry_id: int
    file_name: str
    media_type: str
    sha256: str
    size: int
    added_at: datetime
    intact: bool


def sha256_of(data: bytes) -> str:
    """The hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


class EvidenceRepo(Repository):
    """The entry_credit and entry_evidence tables."""

    def set_credits(self, entry_id: int, credits: Decimal | None) -> None:
        """An entry's credits; None or 0 takes them away."""
        self._s.execute(delete(EntryCreditRow).where(EntryCreditRow.entry_id == entry_id))
        if credits:
            self._s.add(EntryCreditRow(entry_id=entry_id, credits=credits))
        self._s.flush()

    def credits(self, entry_id: int) -> Decimal | None:
        """An entry's credits, or None."""
        row = self._s.get(EntryCreditRow, entry_id)
        return None if row is None else Decimal(row.credits)

    def add(self, entry_id: int, file_name: str, media_type: str, data: bytes) -> Evidence:
        """Keep a file with an entry."""
        row = EntryEvidenceRow(
            entry_id=entry_id,
            file_name=file_name,
            media_type=media_type,
            sha256=sha256_of(data),
            data=data,
        )
        self._s.add(row)
        self._s.flush()
        return _evidence(row)

    def of_entries(self, entry_ids: list[int]) -> list[Evidence]:
        """The files of these entries, each checked against its hash, oldest first."""
        if not entry_ids:
            return []
        stmt = (
            select(EntryEvidenceRow)
            .where(EntryEvidenceRow.entry_id.in_(entry_ids))
            .order_by(EntryEvidenceRow.entry_id, EntryEvidenceRow.id)
        )
        return [_evidence(r) for r in self._s.scalars(stmt)]

    def of_person(self, person_id: int, start: date, end: date) -> list[tuple[date, Evidence]]:
        """The files of a person's entries from ``start`` to ``end``, by day, each checked."""
        stmt = (
            select(EntryRow.work_date, EntryEvidenceRow)
            .join(EntryRow, EntryRow.id == EntryEvidenceRow.entry_id)
            .where(
                EntryRow.person_id == person_id,
                EntryRow.work_date >= start,
                EntryRow.work_date <= end,
            )
            .order_by(EntryRow.work_date, EntryEvidenceRow.id)
        )
        return [(day, _evidence(row)) for day, row in self._s.execute(stmt)]

    def data(self, evidence_id: int) -> tuple[Evidence, bytes]:
        """A file and its bytes."""
        row = self._s.get(EntryEvidenceRow, evidence_id)
        if row is None:
            raise NotFound(
                "No evidence file has the id {id}; okuvol evidence list ENTRY_ID shows them.",
                id=evidence_id,
            )
        return _evidence(row), bytes(row.data)


def _evidence(row: EntryEvidenceRow) -> Evidence:
    data = bytes(row.data)
    return Evidence(
        row.id,
        row.entry_id,
        row.file_name,
        row.media_type,
        row.sha256,
        len(data),
        row.added_at,
        sha256_of(data) == row.sha256,
    )
