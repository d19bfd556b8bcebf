"""Logging, editing and deleting entries, every one through the rules of DESIGN.md."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from okuvol_desktop.domain import rules
from okuvol_desktop.domain.durations import minutes_from_hours, span_of, zone
from okuvol_desktop.domain.errors import Conflict, OkuvolError, ValidationError
from okuvol_desktop.domain.ids import CategoryId, OrganisationId, PersonId, RoleId
from okuvol_desktop.domain.kinds import EntrySource, EntryStatus, WorkKind
from okuvol_desktop.domain.load import DEFAULT_WEEKLY_LIMIT_MINUTES, WeekChange, WeekLoad
from okuvol_desktop.domain.model import Entry, EntryRef, Organisation, Person, Role
from okuvol_desktop.domain.review import Review
from okuvol_desktop.domain.text import check_name, check_optional
from okuvol_desktop.services.context import ServiceContext
from okuvol_desktop.services.files import write_file
from okuvol_desktop.services.load import week_load
from okuvol_desktop.services.roles import pick_role
from okuvol_desktop.storage.entry_values import (
    Changed,
    EntryWork,
    ReviewColumns,
    WorkTimes,
    entry_work,
)
from okuvol_desktop.storage.evidence import Evidence, EvidenceRepo
from okuvol_desktop.storage.repositories import (
    EntryRepo,
    OrganisationRepo,
    PersonRepo,
    RoleRepo,
)
from okuvol_desktop.storage.reviews import ReviewRepo


@dataclass(frozen=True, slots=True)
class EntryInput:
    """What a person tells about a span of work: a date with either hours or start and end.

    Attributes:
        hours: Duration when no start and end are given (e.g. Decimal("2.5")).
        start, end: Local wall-clock times; an end before the start crosses midnight.
        timezone: IANA zone of the times; None means the user's zone.
        category: None for none.
    """

    date: date
    hours: Decimal | None = None
    start: time | None = None
    end: time | None = None
    timezone: str | None = None
    category: CategoryId | None = None
    description: str | None = None
    location: str | None = None
    skills: tuple[str, ...] = ()
    beneficiaries: int | None = None
    # Towards requirements: None leaves an entry's credits as they are (a new one has
    # none), 0 takes them away. Evidence files are added; none is ever replaced.
    credits: Decimal | None = None
    evidence: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class LogEntry:
    """A new entry for a person at an organisation (the role is found from these)."""

    person: PersonId
    organisation: OrganisationId
    details: EntryInput
    kind: WorkKind | None = None
    role: RoleId | None = None
    draft: bool = False
    source: EntrySource = EntrySource.MANUAL
    source_id: str | None = None


def _clean_skills(skills: Sequence[str]) -> list[str]:
    cleaned = [check_name("skills", s, "A skill") for s in skills if s.strip()]
    return sorted(set(cleaned))


def _checked_work(
    s: Session, role: Role, d: EntryInput, *, now: datetime, exclude_id: int | None
) -> EntryWork:
    """The work columns of an entry for ``d`` (whose zone is set) in ``role``, once every rule
    passed; ``now`` is the time (aware) it is logged at."""
    timezone = d.timezone or "UTC"
    local_now = now.astimezone(zone(timezone))
    rules.check_not_future(d.date, local_now.date())
    rules.check_in_role_period(d.date, role)
    times: WorkTimes | None = None
    if (d.start is None) != (d.end is None):
        missing = "end" if d.end is None else "start"
        raise ValidationError(
            missing,
            ("Give both a start and an end time (the {missing} is missing), or a number of hours."),
            missing=missing,
        )
    if d.start is not None and d.end is not None:
        if d.hours is not None:
            raise ValidationError("hours", "Give either hours or a start and end time, not both.")
        rules.check_times_differ(d.start, d.end)
        span = span_of(d.date, d.start, d.end, timezone)
        minutes = span.minutes
        rules.check_minutes(minutes)
        rules.check_over(span.end_utc, now, span.end_utc.astimezone(local_now.tzinfo))
        rules.check_no_overlap(
            span.start_utc,
            span.end_utc,
            EntryRepo(s).timed_spans_between(
                role.person_id, span.start_utc, span.end_utc, exclude_id
            ),
        )
        times = WorkTimes(
            d.start.replace(second=0, microsecond=0),
            d.end.replace(second=0, microsecond=0),
            span.start_utc,
            span.end_utc,
        )
    elif d.hours is not None:
        minutes = minutes_from_hours(d.hours)
        rules.check_minutes(minutes)
        rules.check_worked_by_now(d.date, minutes, local_now)
    else:
        raise ValidationError("hours", "Give the number of hours, or a start and end time.")
    rules.check_beneficiaries(d.beneficiaries)
    return entry_work(
        role,
        d.date,
        minutes=minutes,
        timezone=timezone,
        times=times,
        category_id=d.category,
        description=check_optional(
            "description", d.description, "The description", limit=None, lines=True
        ),
        location=check_optional("location", d.location, "The place"),
        beneficiaries=d.beneficiaries,
    )


def check_open(person: Person, organisation: Organisation, role: Role | None = None) -> None:
    """Refuse hours for an archived person, organisation or role."""
    for archived, name, field in (
        (person.archived, person.full_name, "person"),
        (organisation.archived, organisation.name, "organisation"),
    ):
        if archived:
            raise ValidationError(
                field, "{name} is archived; restore it before logging hours.", name=name
            )
    if role is not None and role.archived:
        raise ValidationError("role", "The role '{title}' is archived.", title=role.title)


def _checked_new_work(s: Session, ctx: ServiceContext, cmd: LogEntry) -> EntryWork:
    """The work columns of a new entry once every rule has passed; nothing is written."""
    person = PersonRepo(s).get(cmd.person)
    organisation = OrganisationRepo(s).get(cmd.organisation)
    check_open(person, organisation)
    role = pick_role(
        s,
        person=person,
        organisation=organisation,
        kind=cmd.kind,
        role_ref=cmd.role,
        on=cmd.details.date,
    )
    check_open(person, organisation, role)
    details = replace(cmd.details, timezone=cmd.details.timezone or ctx.timezone)
    return _checked_work(s, role, details, now=ctx.clock(), exclude_id=None)


def _add_checked(
    s: Session,
    work: EntryWork,
    details: EntryInput,
    *,
    draft: bool,
    source: EntrySource = EntrySource.MANUAL,
    source_id: str | None = None,
) -> Entry:
    status = EntryStatus.DRAFT if draft else EntryStatus.SUBMITTED
    entry = EntryRepo(s).add(
        work,
        status=status.value,
        source=source.value,
        source_id=source_id,
        skills=_clean_skills(details.skills),
    )
    _keep_credits_and_evidence(s, entry.id, details)
    return entry


# Evidence is a scan or a certificate: 20 MB holds a many-page scan, and keeps a shared
# ledger's rows small enough to send.
LARGEST_EVIDENCE = 20 * 1024 * 1024


def _keep_credits_and_evidence(s: Session, entry_id: int, details: EntryInput) -> None:
    repo = EvidenceRepo(s)
    if details.credits is not None:
        repo.set_credits(entry_id, rules.check_credits(details.credits))
    for path in details.evidence:
        data = _evidence_bytes(path)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        repo.add(entry_id, path.name[:200], media_type, data)


def _evidence_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > LARGEST_EVIDENCE:
            raise ValidationError(
                "evidence",
                "{file} is {size} MB; evidence files may be up to 20 MB.",
                file=path.name,
                size=round(size / 1024 / 1024, 1),
            )
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "evidence",
            "{file} cannot be read: {reason}.",
            file=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def record_entry(s: Session, ctx: ServiceContext, cmd: LogEntry) -> Entry:
    """Add an entry inside an open transaction (shared by logging and the timer)."""
    work = _checked_new_work(s, ctx, cmd)
    return _add_checked(
        s, work, cmd.details, draft=cmd.draft, source=cmd.source, source_id=cmd.source_id
    )


def record_in_role(
    s: Session, ctx: ServiceContext, role: Role, details: EntryInput, *, draft: bool
) -> Entry:
    """Add an entry to a known role inside an open transaction (the week grid's cells)."""
    check_open(
        PersonRepo(s).get(role.person_id), OrganisationRepo(s).get(role.organisation_id), role
    )
    details = replace(details, timezone=details.timezone or ctx.timezone)
    work = _checked_work(s, role, details, now=ctx.clock(), exclude_id=None)
    return _add_checked(s, work, details, draft=draft)


class EditConflict(Conflict):
    """Someone saved the entry after the editor opened it; nothing was changed.

    Attributes:
        current: The entry as it is now, for the editor to reload.
    """

    def __init__(self, current: Entry, ref: EntryRef) -> None:
        when = current.updated_at.strftime("%Y-%m-%d %H:%M UTC") if current.updated_at else "-"
        super().__init__(
            "{who} changed {entry} at {when}, after you opened it; nothing was saved. "
            "Reload it to see their change, then edit again.",
            who=current.updated_by or "someone",
            entry=ref,
            when=when,
        )
        self.current = current


class EntryService:
    """Use cases about single entries."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def log(self, cmd: LogEntry) -> Entry:
        """Record a new entry, submitted for review unless it is kept as a draft."""
        with self._ctx.transaction() as s:
            return record_entry(s, self._ctx, cmd)

    def get(self, entry_id: int) -> Entry:
        """One entry."""
        with self._ctx.reading() as s:
            return EntryRepo(s).get(entry_id)

    def edit(
        self,
        entry_id: int,
        details: EntryInput,
        role_id: int | None = None,
        *,
        expected_version: int | None = None,
    ) -> Entry:
        """Replace what an entry says; an approved entry goes back to be reviewed again.

        Args:
            expected_version: The version the editor started from; when someone else has
                saved the entry since, the edit is refused (optimistic locking).

        Raises:
            EditConflict: the entry changed after the editor read it.
        """
        try:
            return self._edit(entry_id, details, role_id, expected_version)
        except StaleDataError as exc:  # a save between our read and our UPDATE
            with self._ctx.reading() as s:
                repo = EntryRepo(s)
                raise EditConflict(repo.get(entry_id), repo.ref(entry_id)) from exc

    def _edit(
        self, entry_id: int, details: EntryInput, role_id: int | None, expected: int | None
    ) -> Entry:
        with self._ctx.transaction() as s:
            repo = EntryRepo(s)
            current = repo.get(entry_id)
            if expected is not None and current.version != expected:
                raise EditConflict(current, repo.ref(entry_id))
            role = RoleRepo(s).get(role_id if role_id is not None else current.role_id)
            if role.person_id != current.person_id:
                raise ValidationError(
                    "role", "An entry can only move to another role of the same person."
                )
            timezone = details.timezone or current.timezone
            details = replace(details, timezone=timezone)
            work = _checked_work(s, role, details, now=self._ctx.clock(), exclude_id=entry_id)
            status = rules.status_after_edit(current.status)
            edited = repo.update(
                entry_id,
                work,
                status=status.value,
                changed=Changed(self._ctx.user, self._ctx.clock()),
                skills=_clean_skills(details.skills),
            )
            _keep_credits_and_evidence(s, entry_id, details)
            return edited

    def credits(self, entry_id: int) -> Decimal | None:
        """An entry's credits towards requirements, or None."""
        with self._ctx.reading() as s:
            EntryRepo(s).get(entry_id)  # NotFound for an entry that is not there
            return EvidenceRepo(s).credits(entry_id)

    def evidence(self, entry_id: int) -> list[Evidence]:
        """The files kept with an entry, each checked against the hash it was kept with."""
        with self._ctx.reading() as s:
            EntryRepo(s).get(entry_id)
            return EvidenceRepo(s).of_entries([entry_id])

    def add_evidence(self, entry_id: int, path: Path) -> Evidence:
        """Keep a file with an entry (a training certificate, a scan)."""
        with self._ctx.transaction() as s:
            EntryRepo(s).get(entry_id)
            _keep_credits_and_evidence(s, entry_id, EntryInput(date.min, evidence=(path,)))
            return EvidenceRepo(s).of_entries([entry_id])[-1]

    def save_evidence(self, evidence_id: int, out: Path) -> Evidence:
        """Write a kept file out, whole or not at all, never over the ledger.

        Raises:
            OkuvolError: its bytes no longer have the hash it was kept with.
        """
        with self._ctx.reading() as s:
            kept, data = EvidenceRepo(s).data(evidence_id)
        if not kept.intact:
            raise OkuvolError(
                "{file} has changed since it was kept (its SHA-256 differs); it is not saved.",
                file=kept.file_name,
            )
        write_file(out, lambda path: path.write_bytes(data), self._ctx.ledger_files())
        return kept

    def delete(self, entry_id: int) -> Entry:
        """Delete a draft, submitted or rejected entry. Approved entries are kept."""
        return self.delete_many([entry_id])[0]

    def delete_many(self, entry_ids: Sequence[int]) -> list[Entry]:
        """Delete drafts, submitted or rejected entries, all or none, and return them as they
        were. Approved entries are records (certificates count them) and are kept."""
        return self.delete_keeping_history(entry_ids)[0]

    def delete_keeping_history(self, entry_ids: Sequence[int]) -> tuple[list[Entry], list[Review]]:
        """Delete entries as delete_many does, and return them with the reviews they had
        (a rejected entry's), which restore_many puts back on an undo."""
        with self._ctx.transaction() as s:
            repo = EntryRepo(s)
            reviews = ReviewRepo(s).of_entries(list(entry_ids))
            deleted = []
            for entry_id in entry_ids:
                entry = repo.get(entry_id)
                if entry.status is EntryStatus.APPROVED:
                    raise ValidationError(
                        "status",
                        "Not deleted: {entry} is {status} and is kept as a record.",
                        entry=repo.ref(entry_id),
                        status=entry.status,
                    )
                repo.delete(entry_id)
                deleted.append(entry)
            return deleted, reviews

    def check(self, cmd: LogEntry, editing: int | None = None) -> None:
        """Run every rule on an entry as a form holds it, and write nothing.

        The entry dialog calls this as the user types, so the message of the rule that fails
        can stand beside its field before anything is saved.

        Raises:
            OkuvolError: the first rule the entry breaks.
        """
        with self._ctx.sessions() as s:  # only reads; closed without a commit
            self._checked(s, cmd, editing)

    def _checked(self, s: Session, cmd: LogEntry, editing: int | None) -> EntryWork:
        if editing is None:
            return _checked_new_work(s, self._ctx, cmd)
        current = EntryRepo(s).get(editing)
        timezone = cmd.details.timezone or current.timezone
        role = RoleRepo(s).get(current.role_id)
        return _checked_work(
            s,
            role,
            replace(cmd.details, timezone=timezone),
            now=self._ctx.clock(),
            exclude_id=editing,
        )

    def week_after(
        self,
        cmd: LogEntry,
        editing: int | None = None,
        *,
        first_weekday: int = 0,
        fallback_limit_minutes: int = DEFAULT_WEEKLY_LIMIT_MINUTES,
    ) -> WeekChange:
        """The person's week holding the entry, as it is and as it would be once the entry is
        saved (the edited entry's old minutes left out), with the limit that counts for them:
        what the entry dialog asks about before logging past the limit. A cheap read of kept
        totals.

        Raises:
            OkuvolError: the first rule the entry breaks.
        """
        with self._ctx.sessions() as s:  # only reads; closed without a commit
            work = self._checked(s, cmd, editing)
            person = PersonRepo(s).get(work.person_id)
            day, kind = work.work_date, WorkKind(work.kind)
            before = week_load(
                s,
                person,
                day,
                first_weekday=first_weekday,
                fallback_limit_minutes=fallback_limit_minutes,
            )
            after = week_load(
                s,
                person,
                day,
                first_weekday=first_weekday,
                fallback_limit_minutes=fallback_limit_minutes,
                adding=(kind, work.minutes),
                replacing=EntryRepo(s).get(editing) if editing is not None else None,
            )
            return WeekChange(before, after)

    def week_of(
        self,
        entry: Entry,
        *,
        first_weekday: int = 0,
        fallback_limit_minutes: int = DEFAULT_WEEKLY_LIMIT_MINUTES,
    ) -> WeekLoad:
        """The week of the person who logged ``entry``, holding it, with their limit."""
        with self._ctx.reading() as s:
            return week_load(
                s,
                PersonRepo(s).get(entry.person_id),
                entry.date,
                first_weekday=first_weekday,
                fallback_limit_minutes=fallback_limit_minutes,
            )

    def restore(self, entry: Entry) -> Entry:
        """Put an entry back exactly as it was (undo of an edit or a delete), status included.

        The rules of an entry still apply; only the review fields are restored as they were.
        """
        return self.restore_many([entry])[0]

    def restore_many(self, entries: Sequence[Entry], reviews: Sequence[Review] = ()) -> list[Entry]:
        """Put entries back as they were, all or none (undo of a delete, redo of a week),
        with the reviews they had when deleted."""
        with self._ctx.transaction() as s:
            restored = [self._restore(s, entry) for entry in entries]
            ReviewRepo(s).put_back(reviews)
            return restored

    def _restore(self, s: Session, entry: Entry) -> Entry:
        repo = EntryRepo(s)
        role = RoleRepo(s).get(entry.role_id)
        details = EntryInput(
            date=entry.date,
            hours=None if entry.start else Decimal(entry.minutes) / 60,
            start=entry.start,
            end=entry.end,
            timezone=entry.timezone,
            category=entry.category_id,
            description=entry.description,
            location=entry.location,
            skills=entry.skills,
            beneficiaries=entry.beneficiaries,
        )
        exists = entry.id in repo.statuses([entry.id])
        work = _checked_work(
            s,
            role,
            details,
            now=self._ctx.clock(),
            exclude_id=entry.id if exists else None,
        )
        review = ReviewColumns(entry.reviewer, entry.reviewed_at, entry.review_note)
        # Putting it back is a change too: it raises the version and says who and when.
        changed = Changed(self._ctx.user, self._ctx.clock())
        if exists:
            return repo.update(
                entry.id,
                work,
                status=entry.status.value,
                changed=changed,
                skills=list(entry.skills),
                review=review,
            )
        return repo.add(
            work,
            status=entry.status.value,
            source=entry.source.value,
            source_id=entry.source_id,
            skills=list(entry.skills),
            entry_id=entry.id,
            review=review,
            changed=changed,
        )
