"""The history of reviews: each approval or rejection, with the entry as it was reviewed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, literal, select

from okuvol_desktop.domain.ids import CategoryId, RoleId
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.review import Review, ReviewedFacts
from okuvol_desktop.storage.orm import EntryReviewRow, EntryRow
from okuvol_desktop.storage.repositories.base import Repository

# Databases cap the parameters of one statement; long id lists go in slices.
_SLICE = 10_000

_FACTS = (
    "role_id", "work_date", "start_time", "end_time", "minutes", "category_id", "description",
    "location", "beneficiaries",
)  # fmt: skip


def _review(row: EntryReviewRow) -> Review:
    return Review(
        entry_id=row.entry_id,
        status=EntryStatus(row.status),
        status_before=EntryStatus(row.status_before),
        reviewer=row.reviewer,
        reviewed_at=row.reviewed_at,
        note=row.note,
        facts=ReviewedFacts(
            role_id=RoleId(row.role_id),
            date=row.work_date,
            start=row.start_time,
            end=row.end_time,
            minutes=row.minutes,
            category_id=None if row.category_id is None else CategoryId(row.category_id),
            description=row.description,
            location=row.location,
            beneficiaries=row.beneficiaries,
        ),
    )


@dataclass(frozen=True, slots=True)
class Withdrawn:
    """A review taken back: its entry, the status the entry had before it, and the earlier
    review that stands again (None when there was none)."""

    entry_id: int
    status_before: EntryStatus
    standing: Review | None


class ReviewRepo(Repository):
    """Reviews of entries, oldest first."""

    def record(
        self,
        entry_ids: Sequence[int],
        status: EntryStatus,
        reviewer: str | None,
        reviewed_at: datetime,
        note: str | None,
    ) -> None:
        """Add a review of each entry, with its status and facts as they stand now (one
        INSERT ... SELECT per slice: approving a month of a large organisation stays one
        statement). Called before the entries change status."""
        for start in range(0, len(entry_ids), _SLICE):
            part = list(entry_ids[start : start + _SLICE])
            chosen = select(
                EntryRow.id,
                literal(status.value),
                EntryRow.status,
                literal(reviewer, EntryReviewRow.reviewer.type),
                literal(reviewed_at, EntryReviewRow.reviewed_at.type),
                literal(note, EntryReviewRow.note.type),
                *(getattr(EntryRow, name) for name in _FACTS),
            ).where(EntryRow.id.in_(part))
            self._s.execute(
                insert(EntryReviewRow).from_select(
                    ["entry_id", "status", "status_before", "reviewer", "reviewed_at", "note"]
                    + list(_FACTS),
                    chosen,
                )
            )

    def keep_last_reviews(self) -> None:
        """Give each reviewed entry its last review as its history: for entries that were
        reviewed before okuvol kept every review (a ledger document written before 0010)."""
        chosen = select(
            EntryRow.id,
            EntryRow.status,
            EntryRow.reviewer,
            EntryRow.reviewed_at,
            EntryRow.review_note,
            *(getattr(EntryRow, name) for name in _FACTS),
        ).where(
            EntryRow.status.in_([EntryStatus.APPROVED.value, EntryStatus.REJECTED.value]),
            EntryRow.reviewed_at.is_not(None),
        )
        self._s.execute(
            insert(EntryReviewRow).from_select(
                ["entry_id", "status", "reviewer", "reviewed_at", "note", *_FACTS],
                chosen.order_by(EntryRow.id),
            )
        )

    def of_entries(self, entry_ids: Sequence[int]) -> list[Review]:
        """Every review of these entries, oldest first (kept aside by a delete that may be
        undone)."""
        found: list[Review] = []
        for start in range(0, len(entry_ids), _SLICE):
            part = list(entry_ids[start : start + _SLICE])
            rows = self._s.scalars(
                select(EntryReviewRow)
                .where(EntryReviewRow.entry_id.in_(part))
                .order_by(EntryReviewRow.id)
            )
            found.extend(_review(r) for r in rows)
        return sorted(found, key=lambda r: r.reviewed_at)

    def put_back(self, reviews: Sequence[Review]) -> None:
        """Add reviews as they were (the undo of a delete brings an entry's history back)."""
        for review in reviews:
            f = review.facts
            self._s.add(
                EntryReviewRow(
                    entry_id=review.entry_id,
                    status=review.status.value,
                    status_before=review.status_before.value,
                    reviewer=review.reviewer,
                    reviewed_at=review.reviewed_at,
                    note=review.note,
                    role_id=f.role_id,
                    work_date=f.date,
                    start_time=f.start,
                    end_time=f.end,
                    minutes=f.minutes,
                    category_id=f.category_id,
                    description=f.description,
                    location=f.location,
                    beneficiaries=f.beneficiaries,
                )
            )
        self._s.flush()

    def of(self, entry_id: int) -> list[Review]:
        """Every review of an entry, oldest first."""
        rows = self._s.scalars(
            select(EntryReviewRow)
            .where(EntryReviewRow.entry_id == entry_id)
            .order_by(EntryReviewRow.id)
        )
        return [_review(r) for r in rows]

    def _newest(self, entry_ids: list[int]) -> list[Review]:
        newest = (
            select(func.max(EntryReviewRow.id))
            .where(EntryReviewRow.entry_id.in_(entry_ids))
            .group_by(EntryReviewRow.entry_id)
        )
        return [
            _review(r)
            for r in self._s.scalars(select(EntryReviewRow).where(EntryReviewRow.id.in_(newest)))
        ]

    def withdraw_last(self, entry_ids: Sequence[int]) -> list[Withdrawn]:
        """Take back the newest review of each entry (the undo of an approval or rejection):
        for each, the status it had before and the earlier review that stands again."""
        withdrawn: list[Withdrawn] = []
        for start in range(0, len(entry_ids), _SLICE):
            part = list(entry_ids[start : start + _SLICE])
            taken = self._newest(part)
            self._s.execute(
                delete(EntryReviewRow).where(
                    EntryReviewRow.entry_id.in_(part),
                    EntryReviewRow.id.in_(
                        select(func.max(EntryReviewRow.id))
                        .where(EntryReviewRow.entry_id.in_(part))
                        .group_by(EntryReviewRow.entry_id)
                    ),
                )
            )
            standing = {r.entry_id: r for r in self._newest(part)}
            withdrawn.extend(
                Withdrawn(r.entry_id, r.status_before, standing.get(r.entry_id)) for r in taken
            )
        return withdrawn
