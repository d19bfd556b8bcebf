"""Entries: the repository, their skills, and the Entry a row makes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import delete, func, or_, select, update

from okuvol_desktop.domain.errors import NotFound
from okuvol_desktop.domain.ids import CategoryId, OrganisationId, PersonId, RoleId
from okuvol_desktop.domain.kinds import EntrySource, EntryStatus, WorkKind
from okuvol_desktop.domain.model import Entry, EntryRef
from okuvol_desktop.domain.rules import TimedSpan
from okuvol_desktop.storage.entry_values import Changed, EntryWork, ReviewColumns
from okuvol_desktop.storage.orm import EntryRow, EntrySkillRow, OrganisationRow, RoleRow, SkillRow
from okuvol_desktop.storage.repositories.base import TableRepository, slices
from okuvol_desktop.storage.repositories.categories import SkillRepo


def entry_from_row(row: EntryRow, skills: tuple[str, ...]) -> Entry:
    """The domain entry for a row and its skill names."""
    return Entry(
        id=row.id,
        role_id=RoleId(row.role_id),
        person_id=PersonId(row.person_id),
        organisation_id=OrganisationId(row.organisation_id),
        kind=WorkKind(row.kind),
        date=row.work_date,
        minutes=row.minutes,
        timezone=row.timezone,
        status=EntryStatus(row.status),
        source=EntrySource(row.source),
        start=row.start_time,
        end=row.end_time,
        category_id=None if row.category_id is None else CategoryId(row.category_id),
        description=row.description,
        location=row.location,
        skills=skills,
        beneficiaries=row.beneficiaries,
        reviewer=row.reviewer,
        reviewed_at=row.reviewed_at,
        review_note=row.review_note,
        source_id=row.source_id,
        version=row.version,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def _review_and_change(
    row: EntryRow, review: ReviewColumns | None, changed: Changed | None
) -> None:
    if review is not None:
        row.reviewer, row.reviewed_at, row.review_note = (
            review.reviewer, review.reviewed_at, review.review_note
        )  # fmt: skip
    if changed is not None:
        row.updated_by, row.updated_at = changed.by, changed.at


class EntryRepo(TableRepository[EntryRow, Entry]):
    """Entries and their skills."""

    _table = EntryRow

    def _thing(self, row: EntryRow) -> Entry:
        return entry_from_row(row, self.skills_of([row.id]).get(row.id, ()))

    def _missing(self, record_id: int) -> NotFound:
        return NotFound("There is no entry with id {entry_id}.", entry_id=record_id)

    def skills_of(self, entry_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """Skill names of each entry, sorted."""
        found: dict[int, list[str]] = {}
        for ids in slices(entry_ids):
            stmt = (
                select(EntrySkillRow.entry_id, SkillRow.name)
                .join(SkillRow, SkillRow.id == EntrySkillRow.skill_id)
                .where(EntrySkillRow.entry_id.in_(ids))
                .order_by(EntrySkillRow.entry_id, SkillRow.name)
            )
            for entry_id, name in self._s.execute(stmt):
                found.setdefault(entry_id, []).append(name)
        return {k: tuple(v) for k, v in found.items()}

    def _set_skills(self, entry_id: int, skills: Sequence[str]) -> None:
        self._s.execute(delete(EntrySkillRow).where(EntrySkillRow.entry_id == entry_id))
        for skill_id in SkillRepo(self._s).ids_for(skills).values():
            self._s.add(EntrySkillRow(entry_id=entry_id, skill_id=skill_id))

    def add(
        self,
        work: EntryWork,
        *,
        status: str,
        source: str,
        source_id: str | None = None,
        skills: Sequence[str] = (),
        entry_id: int | None = None,
        review: ReviewColumns | None = None,
        changed: Changed | None = None,
    ) -> Entry:
        """A new entry (or, with ``entry_id``, one put back as it was); its creation and
        change moments are the table's, unless ``changed`` says them."""
        row = EntryRow(**work._asdict(), status=status, source=source, source_id=source_id)
        if entry_id is not None:
            row.id = entry_id
        _review_and_change(row, review, changed)
        self._s.add(row)
        self._s.flush()
        self._set_skills(row.id, skills)
        self._s.flush()
        self._read_back(row)
        return entry_from_row(row, tuple(sorted(set(skills))))

    def _read_back(self, row: EntryRow) -> None:
        """On PostgreSQL the database records who changed an entry (and who reviewed it)
        itself: read the row back so that what is handed out is what is stored."""
        if self._s.get_bind().dialect.name == "postgresql":
            self._s.refresh(row)

    def update(
        self,
        entry_id: int,
        work: EntryWork,
        *,
        status: str,
        changed: Changed,
        skills: Sequence[str] | None = None,
        review: ReviewColumns | None = None,
    ) -> Entry:
        """Change an entry's work and status (and, from Undo, its review); ``skills`` None
        leaves them."""
        row = self.row(entry_id)
        for column, value in work._asdict().items():
            setattr(row, column, value)
        row.status = status
        _review_and_change(row, review, changed)
        if skills is not None:
            self._set_skills(entry_id, skills)
        self._s.flush()
        self._read_back(row)
        return self.get(entry_id)

    def delete(self, entry_id: int) -> None:
        self._s.delete(self.row(entry_id))
        self._s.flush()

    def statuses(self, ids: Sequence[int]) -> dict[int, EntryStatus]:
        """The status of each of the given entries that exists."""
        return {
            entry_id: EntryStatus(status)
            for part in slices(ids)
            for entry_id, status in self._s.execute(
                select(EntryRow.id, EntryRow.status).where(EntryRow.id.in_(part))
            )
        }

    def ref(self, entry_id: int) -> EntryRef:
        """How a message names the entry: its date, times, role and organisation."""
        found = self._s.execute(
            select(EntryRow, RoleRow.title, OrganisationRow.name)
            .join(RoleRow, RoleRow.id == EntryRow.role_id)
            .join(OrganisationRow, OrganisationRow.id == EntryRow.organisation_id)
            .where(EntryRow.id == entry_id)
        ).first()
        if found is None:
            raise NotFound("There is no entry with id {entry_id}.", entry_id=entry_id)
        row, title, organisation = found
        return EntryRef(row.id, row.work_date, row.start_time, row.end_time, title, organisation)

    def timed_spans_between(
        self, person_id: int, start_utc: datetime, end_utc: datetime, exclude_id: int | None
    ) -> list[TimedSpan]:
        """Timed entries of a person that overlap the given instants (for the overlap rule)."""
        stmt = (
            select(EntryRow, RoleRow.title, OrganisationRow.name)
            .join(RoleRow, RoleRow.id == EntryRow.role_id)
            .join(OrganisationRow, OrganisationRow.id == EntryRow.organisation_id)
            .where(
                EntryRow.person_id == person_id,
                EntryRow.start_utc.is_not(None),
                EntryRow.start_utc < end_utc,
                EntryRow.end_utc > start_utc,
                EntryRow.status != EntryStatus.REJECTED.value,
            )
        )
        if exclude_id is not None:
            stmt = stmt.where(EntryRow.id != exclude_id)
        spans = []
        for row, title, org in self._s.execute(stmt):
            assert row.start_utc is not None and row.end_utc is not None
            assert row.start_time is not None and row.end_time is not None
            ref = EntryRef(row.id, row.work_date, row.start_time, row.end_time, title, org)
            spans.append(TimedSpan(row.id, row.work_date, row.start_utc, row.end_utc, ref))
        return spans

    def ids_matching(
        self,
        *,
        status: EntryStatus,
        organisation_id: int | None = None,
        person_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[int]:
        stmt = select(EntryRow.id).where(EntryRow.status == status.value).order_by(EntryRow.id)
        if organisation_id is not None:
            stmt = stmt.where(EntryRow.organisation_id == organisation_id)
        if person_id is not None:
            stmt = stmt.where(EntryRow.person_id == person_id)
        if date_from is not None:
            stmt = stmt.where(EntryRow.work_date >= date_from)
        if date_to is not None:
            stmt = stmt.where(EntryRow.work_date <= date_to)
        return list(self._s.scalars(stmt))

    def of_people(self, entry_ids: Sequence[int], people: Sequence[int]) -> list[int]:
        """Which of ``entry_ids`` are the hours of one of ``people``."""
        found: list[int] = []
        for part in slices(list(entry_ids)):
            found += self._s.scalars(
                select(EntryRow.id).where(EntryRow.id.in_(part), EntryRow.person_id.in_(people))
            )
        return sorted(found)

    def ids_of_sources(self, source: EntrySource, source_ids: Sequence[str]) -> dict[str, int]:
        """The entry that holds each of ``source_ids`` (of one source), by source id."""
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(source_ids))
        for start in range(0, len(unique), 500):  # within any database's parameter limit
            chunk = unique[start : start + 500]
            rows = self._s.execute(
                select(EntryRow.source_id, EntryRow.id).where(
                    EntryRow.source == source.value, EntryRow.source_id.in_(chunk)
                )
            )
            # Only entries that have a source id were asked for.
            found.update({str(source_id): entry_id for source_id, entry_id in rows})
        return found

    def count_overlapping_since(self, first_id: int) -> int:
        """How many timed entries with ids from ``first_id`` on overlap another timed entry of
        the same person (an import keeps spans as the other program recorded them).

        One pass per person in start order: an entry overlaps another when an earlier-starting
        one has not ended by its start, or the next one starts before it ends.
        """
        entry = EntryRow.__table__
        order = (entry.c.start_utc, entry.c.id)
        people = select(entry.c.person_id).where(entry.c.id >= first_id).distinct()
        spans = (
            select(
                entry.c.id,
                entry.c.start_utc,
                entry.c.end_utc,
                func.max(entry.c.end_utc)
                .over(partition_by=entry.c.person_id, order_by=order, rows=(None, -1))
                .label("ended_before"),
                func.lead(entry.c.start_utc)
                .over(partition_by=entry.c.person_id, order_by=order)
                .label("next_start"),
            )
            .where(entry.c.person_id.in_(people), entry.c.start_utc.is_not(None))
            .subquery()
        )
        overlapping = or_(
            spans.c.ended_before > spans.c.start_utc, spans.c.next_start < spans.c.end_utc
        )
        stmt = select(func.count()).select_from(spans).where(spans.c.id >= first_id, overlapping)
        return int(self._s.scalar(stmt) or 0)

    def set_review(
        self, entry_ids: Sequence[int], status: EntryStatus, review: ReviewColumns | None
    ) -> int:
        """Set the status of many entries at once, and their review unless ``review`` is None;
        returns how many changed."""
        values: dict[str, object] = {"version": EntryRow.version + 1, "status": status.value}
        if review is not None:
            values.update(
                reviewer=review.reviewer,
                reviewed_at=review.reviewed_at,
                review_note=review.review_note,
            )
        changed = 0
        for part in slices(entry_ids):
            result = self._s.execute(
                update(EntryRow).where(EntryRow.id.in_(part)).values(values),
                execution_options={"synchronize_session": False},
            )
            changed += int(result.rowcount)  # type: ignore[attr-defined]
        return changed

    def date_range_of_role(self, role_id: int) -> tuple[date | None, date | None]:
        """The first and last dates logged in a role, or (None, None)."""
        stmt = select(func.min(EntryRow.work_date), func.max(EntryRow.work_date)).where(
            EntryRow.role_id == role_id
        )
        first, last = self._s.execute(stmt).one()
        return first, last

    def count_for(
        self,
        *,
        person_id: int | None = None,
        organisation_id: int | None = None,
        role_id: int | None = None,
    ) -> int:
        stmt = select(func.count()).select_from(EntryRow)
        if person_id is not None:
            stmt = stmt.where(EntryRow.person_id == person_id)
        if organisation_id is not None:
            stmt = stmt.where(EntryRow.organisation_id == organisation_id)
        if role_id is not None:
            stmt = stmt.where(EntryRow.role_id == role_id)
        return int(self._s.scalar(stmt) or 0)
