"""Repositories: each wraps one Session and turns rows into the domain's frozen dataclasses.

They never commit: the service that created the session owns the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, delete, func, or_, select, update
from sqlalchemy.orm import Session

from okuvol_desktop.domain.errors import Conflict, NotFound
from okuvol_desktop.domain.kinds import EntrySource, EntryStatus, WorkKind
from okuvol_desktop.domain.model import (
    Category,
    Entry,
    EntryRef,
    Goal,
    Organisation,
    Person,
    Role,
    RunningTimer,
    ValuationRate,
)
from okuvol_desktop.domain.rules import TimedSpan
from okuvol_desktop.storage.entry_values import Changed, EntryWork, ReviewColumns
from okuvol_desktop.storage.orm import (
    AccessCoordinatorRow,
    AccessVolunteerRow,
    CategoryRow,
    EntryRow,
    EntrySkillRow,
    GoalRow,
    OrganisationRow,
    PersonRow,
    PrivateKeyRow,
    RoleRow,
    SigningKeyRow,
    SkillRow,
    TimerRow,
    ValuationRateRow,
)

# A Person's fields in its order: a listing reads these as plain rows, not ORM objects,
# which cost 25,000 people two seconds in Python before (the SQL took a millisecond).
_PERSON_COLUMNS = (
    PersonRow.id,
    PersonRow.full_name,
    PersonRow.email,
    PersonRow.phone,
    PersonRow.birth_date,
    PersonRow.notes,
    PersonRow.archived,
    PersonRow.weekly_limit_minutes,
    PersonRow.weekly_volunteer_minutes,
)


def _person(row: PersonRow) -> Person:
    return Person(
        row.id,
        row.full_name,
        row.email,
        row.phone,
        row.birth_date,
        row.notes,
        row.archived,
        row.weekly_limit_minutes,
        row.weekly_volunteer_minutes,
    )


def _organisation(row: OrganisationRow) -> Organisation:
    return Organisation(
        row.id,
        row.name,
        row.type,
        row.address,
        row.contact,
        row.signatory_name,
        row.signatory_title,
        row.certificate_language,
        row.archived,
        row.logo_sha256,
        row.verify_url,
        row.key_fingerprint or "",
    )


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


def entry_from_row(row: EntryRow, skills: tuple[str, ...]) -> Entry:
    """The domain entry for a row and its skill names."""
    return Entry(
        id=row.id,
        role_id=row.role_id,
        person_id=row.person_id,
        organisation_id=row.organisation_id,
        kind=WorkKind(row.kind),
        date=row.work_date,
        minutes=row.minutes,
        timezone=row.timezone,
        status=EntryStatus(row.status),
        source=EntrySource(row.source),
        start=row.start_time,
        end=row.end_time,
        category_id=row.category_id,
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


# Databases cap the parameters of one statement (SQLite at 32,766): long id lists go in slices.
_ID_SLICE = 5000


def _slices(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _ID_SLICE):
        yield ids[start : start + _ID_SLICE]


def _apply(row: Any, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        if not hasattr(row, name):
            raise AttributeError(f"{type(row).__name__} has no column {name}")
        setattr(row, name, value)


def _review_and_change(
    row: EntryRow, review: ReviewColumns | None, changed: Changed | None
) -> None:
    if review is not None:
        row.reviewer, row.reviewed_at, row.review_note = (
            review.reviewer, review.reviewed_at, review.review_note
        )  # fmt: skip
    if changed is not None:
        row.updated_by, row.updated_at = changed.by, changed.at


# Ids are PostgreSQL integers on both databases: a larger number names nothing.
_LARGEST_ID = 2**31 - 1


def as_id(ref: str) -> int | None:
    """The id ``ref`` spells (ASCII digits, in range), or None: "2" is an id, "²" and a
    number of 25 digits are not."""
    if ref.isascii() and ref.isdigit() and len(ref) <= 10 and int(ref) <= _LARGEST_ID:
        return int(ref)
    return None


def _by_ref(session: Session, stmt: Select[Any], ref: str, missing: str, several: str) -> Any:
    """One row named by id (digits) or exact name; else NotFound (``missing``) or Conflict
    (``several``), templates of {ref}, {count} and {ids}."""
    rows = session.scalars(stmt).all()
    if not rows:
        raise NotFound(missing, ref=ref)
    if len(rows) > 1:
        raise Conflict(several, count=len(rows), ref=ref, ids=", ".join(str(r.id) for r in rows))
    return rows[0]


class PersonRepo:
    """People."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, **fields: Any) -> Person:
        row = PersonRow(**fields)
        self._s.add(row)
        self._s.flush()
        return _person(row)

    def row(self, person_id: int) -> PersonRow:
        row = self._s.get(PersonRow, person_id)
        if row is None:
            raise NotFound("There is no person with id {person_id}.", person_id=person_id)
        return row

    def get(self, person_id: int) -> Person:
        return _person(self.row(person_id))

    def resolve(self, ref: str) -> Person:
        """A person named by id or by exact full name."""
        ref = ref.strip()
        if (number := as_id(ref)) is not None:
            row = self._s.get(PersonRow, number)
            if row is not None:
                return _person(row)
        stmt = select(PersonRow).where(PersonRow.full_name == ref).order_by(PersonRow.id)
        return _person(
            _by_ref(
                self._s,
                stmt,
                ref,
                "No person is called '{ref}'.",
                "{count} people are called '{ref}'; name one by its id ({ids}).",
            )
        )

    def list(self, include_archived: bool = False) -> list[Person]:
        stmt = select(*_PERSON_COLUMNS).order_by(PersonRow.full_name, PersonRow.id)
        if not include_archived:
            stmt = stmt.where(PersonRow.archived.is_(False))
        return [Person(*row) for row in self._s.execute(stmt)]

    def update(self, person_id: int, **changes: Any) -> Person:
        row = self.row(person_id)
        _apply(row, changes)
        self._s.flush()
        return _person(row)

    def delete(self, person_id: int) -> None:
        """Delete a person with what only describes them: their roles, goals and the login
        tied to them. The caller has made sure that no entry, certificate or running timer
        refers to them."""
        for table in (GoalRow, AccessVolunteerRow, RoleRow):
            self._s.execute(delete(table).where(table.person_id == person_id))
        self._s.delete(self.row(person_id))
        self._s.flush()


class OrganisationRepo:
    """Organisations; names are unique."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def _check_free(self, name: str, except_id: int | None = None) -> None:
        stmt = select(OrganisationRow.id).where(OrganisationRow.name == name)
        found = self._s.scalar(stmt)
        if found is not None and found != except_id:
            raise Conflict(
                "An organisation called '{name}' already exists (id {found}).",
                name=name,
                found=found,
            )

    def add(self, **fields: Any) -> Organisation:
        """A new organisation; the caller gives it a signing key (KeyRepo.add_current)."""
        self._check_free(fields["name"])
        row = OrganisationRow(**fields)
        self._s.add(row)
        self._s.flush()
        return _organisation(row)

    def row(self, organisation_id: int) -> OrganisationRow:
        row = self._s.get(OrganisationRow, organisation_id)
        if row is None:
            raise NotFound(
                "There is no organisation with id {organisation_id}.",
                organisation_id=organisation_id,
            )
        return row

    def get(self, organisation_id: int) -> Organisation:
        return _organisation(self.row(organisation_id))

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
            _by_ref(
                self._s,
                stmt,
                ref,
                "No organisation is called '{ref}'.",
                "{count} organisations are called '{ref}'; name one by its id ({ids}).",
            )
        )

    def list(self, include_archived: bool = False) -> list[Organisation]:
        stmt = select(OrganisationRow).order_by(OrganisationRow.name)
        if not include_archived:
            stmt = stmt.where(OrganisationRow.archived.is_(False))
        return [_organisation(r) for r in self._s.scalars(stmt)]

    def update(self, organisation_id: int, **changes: Any) -> Organisation:
        row = self.row(organisation_id)
        if "name" in changes:
            self._check_free(changes["name"], except_id=organisation_id)
        _apply(row, changes)
        self._s.flush()
        return _organisation(row)

    def delete(self, organisation_id: int) -> None:
        # Its keys go with it (ON DELETE CASCADE does it in PostgreSQL; SQLite's ORM path
        # deletes them here so that the unit of work orders the deletes itself).
        # Its roles (the caller made sure none holds an entry or a running timer) and its
        # coordinators' grants go too.
        for table in (PrivateKeyRow, SigningKeyRow, AccessCoordinatorRow, RoleRow):
            self._s.execute(delete(table).where(table.organisation_id == organisation_id))
        self._s.delete(self.row(organisation_id))
        self._s.flush()


class RoleRepo:
    """Roles of people at organisations."""

    def __init__(self, session: Session) -> None:
        self._s = session

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
        _apply(row, changes)
        self._s.flush()
        return _role(row)


class CategoryRepo:
    """Fields of service."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> list[Category]:
        rows = self._s.scalars(select(CategoryRow).order_by(CategoryRow.id))
        return [Category(r.id, r.key, r.name_en, r.name_id) for r in rows]

    def resolve(self, ref: str) -> Category:
        """A category by id, key, or its English or Indonesian name (any letter case)."""
        wanted = ref.strip().casefold()
        for category in self.list():
            names = {
                str(category.id),
                category.key,
                category.name_en.casefold(),
                category.name_id.casefold(),
            }
            if wanted in names:
                return category
        known = ", ".join(c.name_en for c in self.list())
        raise NotFound(
            "No category is called '{ref}'. Known categories: {known}.", ref=ref, known=known
        )


class SkillRepo:
    """Skill tags, created on first use."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def ids_for(self, names: Iterable[str]) -> dict[str, int]:
        """Ids of the named skills, creating the ones not yet known."""
        wanted = list(dict.fromkeys(names))
        if not wanted:
            return {}
        rows = self._s.execute(select(SkillRow.name, SkillRow.id).where(SkillRow.name.in_(wanted)))
        ids: dict[str, int] = {name: skill_id for name, skill_id in rows}
        for name in wanted:
            if name not in ids:
                row = SkillRow(name=name)
                self._s.add(row)
                self._s.flush()
                ids[name] = row.id
        return ids


class EntryRepo:
    """Entries and their skills."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def skills_of(self, entry_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """Skill names of each entry, sorted."""
        found: dict[int, list[str]] = {}
        for ids in _slices(entry_ids):
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

    def row(self, entry_id: int) -> EntryRow:
        row = self._s.get(EntryRow, entry_id)
        if row is None:
            raise NotFound("There is no entry with id {entry_id}.", entry_id=entry_id)
        return row

    def get(self, entry_id: int) -> Entry:
        return entry_from_row(self.row(entry_id), self.skills_of([entry_id]).get(entry_id, ()))

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
        _apply(row, work._asdict())
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
            for part in _slices(ids)
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
        for part in _slices(list(entry_ids)):
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

    def set_review(self, entry_ids: Sequence[int], **changes: Any) -> int:
        """Set status and review fields on many entries at once; returns how many changed."""
        changed = 0
        for part in _slices(entry_ids):
            result = self._s.execute(
                update(EntryRow)
                .where(EntryRow.id.in_(part))
                .values(version=EntryRow.version + 1, **changes),
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


class GoalRepo:
    """Yearly goals of hours."""

    def __init__(self, session: Session) -> None:
        self._s = session

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


class RateRepo:
    """Valuation rates of a volunteer hour."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> list[ValuationRate]:
        stmt = select(ValuationRateRow).order_by(ValuationRateRow.valid_from, ValuationRateRow.id)
        return [
            ValuationRate(r.id, r.amount, r.currency, r.valid_from, r.source, r.method)
            for r in self._s.scalars(stmt)
        ]

    def add(self, **fields: Any) -> ValuationRate:
        row = ValuationRateRow(**fields)
        self._s.add(row)
        self._s.flush()
        return ValuationRate(
            row.id, row.amount, row.currency, row.valid_from, row.source, row.method
        )


class TimerRepo:
    """Running timers, one per person."""

    def __init__(self, session: Session) -> None:
        self._s = session

    @staticmethod
    def _timer(row: TimerRow) -> RunningTimer:
        return RunningTimer(
            row.id,
            row.person_id,
            row.role_id,
            row.started_at,
            row.timezone,
            row.description,
            row.category_id,
        )

    def start(self, **fields: Any) -> RunningTimer:
        row = TimerRow(**fields)
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
