"""The concepts of the ledger as frozen dataclasses (see DESIGN.md, "Concepts").

These are what services hand out; storage maps its rows to and from them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TypeVar

from okuvol_desktop.domain.ids import CategoryId, OrganisationId, PersonId, RoleId
from okuvol_desktop.domain.kinds import EntrySource, EntryStatus, WorkKind

_Part = TypeVar("_Part")


def _part_of(whole: object, part: type[_Part]) -> _Part:
    """The fields of ``whole`` that its base dataclass ``part`` declares, as a ``part``."""
    return part(**{field.name: getattr(whole, field.name) for field in fields(part)})  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonDetails:
    """What is said of a person: all but their id and whether they are archived. A service
    checks it and storage writes it whole, each field to the column of its name."""

    full_name: str
    email: str | None = None
    phone: str | None = None
    birth_date: date | None = None
    notes: str | None = None
    # The load of two roles (both None when not chosen): the combined minutes a week past
    # which the person wants a warning, and the volunteer minutes they mean to give a week.
    weekly_limit_minutes: int | None = None
    weekly_volunteer_minutes: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Person(PersonDetails):
    """Someone whose time is recorded. The name is kept exactly as typed, in any script."""

    id: PersonId
    archived: bool = False

    @property
    def details(self) -> PersonDetails:
        """What is said of the person, to change some of it."""
        return _part_of(self, PersonDetails)


@dataclass(frozen=True, slots=True, kw_only=True)
class OrganisationDetails:
    """What is said of an organisation: all but its id, whether it is archived and its
    signing key. A service checks it and storage writes it whole, field by column."""

    name: str
    type: str | None = None
    address: str | None = None
    contact: str | None = None
    signatory_name: str | None = None
    signatory_title: str | None = None
    certificate_language: str = "en"
    logo_sha256: str | None = None  # the logo picture kept in the ledger, by its hash
    verify_url: str | None = None  # where the organisation checks certificates online


@dataclass(frozen=True, slots=True, kw_only=True)
class Organisation(OrganisationDetails):
    """A hospital, school, NGO or community group; it may have paid staff and volunteers."""

    id: OrganisationId
    archived: bool = False
    key_fingerprint: str = ""  # of the key that signs its documents now

    @property
    def details(self) -> OrganisationDetails:
        """What is said of the organisation, to change some of it."""
        return _part_of(self, OrganisationDetails)


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleDetails:
    """A role's terms, which may change after it is given (its person, organisation and kind
    never do). A service checks them and storage writes them whole, field by column.

    ``end_date`` is inclusive; ``None`` means the role is still open.
    """

    title: str
    field: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    hourly_rate: Decimal | None = None
    currency: str | None = None
    weekly_minutes: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Role(RoleDetails):
    """A person's engagement with an organisation, of one kind of work, over a period."""

    id: RoleId
    person_id: PersonId
    organisation_id: OrganisationId
    kind: WorkKind
    archived: bool = False

    @property
    def details(self) -> RoleDetails:
        """The role's terms, to change some of them."""
        return _part_of(self, RoleDetails)

    def is_active_on(self, day: date) -> bool:
        """Whether ``day`` lies inside the role's period (both ends included)."""
        if self.start_date is not None and day < self.start_date:
            return False
        return self.end_date is None or day <= self.end_date

    def overlaps(self, start: date, end: date) -> bool:
        """Whether the role is active on at least one day of ``start``..``end`` (inclusive)."""
        if self.start_date is not None and self.start_date > end:
            return False
        return self.end_date is None or self.end_date >= start


@dataclass(frozen=True, slots=True)
class Category:
    """A field of service, named in English and in Bahasa Indonesia."""

    id: CategoryId
    key: str
    name_en: str
    name_id: str

    def name(self, language: str) -> str:
        """The name in ``language`` ("en" or "id"), English for anything else."""
        return self.name_id if language == "id" else self.name_en


@dataclass(frozen=True, slots=True)
class Entry:
    """One span of time worked in one role.

    ``person_id``, ``organisation_id`` and ``kind`` repeat the role's, so that totals can be
    grouped without a join; a role never changes person, organisation or kind.
    ``start``/``end`` are local wall-clock times in ``timezone``; an ``end`` earlier than
    ``start`` means the entry crosses midnight.
    """

    id: int
    role_id: RoleId
    person_id: PersonId
    organisation_id: OrganisationId
    kind: WorkKind
    date: date
    minutes: int
    timezone: str
    status: EntryStatus
    source: EntrySource = EntrySource.MANUAL
    start: time | None = None
    end: time | None = None
    category_id: CategoryId | None = None
    description: str | None = None
    location: str | None = None
    skills: tuple[str, ...] = ()
    beneficiaries: int | None = None
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    review_note: str | None = None
    source_id: str | None = None
    version: int = 1
    updated_by: str | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Goal:
    """A yearly target of hours of one kind for one person."""

    id: int
    person_id: PersonId
    year: int
    kind: WorkKind
    target_minutes: int


@dataclass(frozen=True, slots=True)
class ValuationRate:
    """What one volunteer hour is worth, from ``valid_from`` until a later rate replaces it."""

    id: int
    amount: Decimal
    currency: str
    valid_from: date
    source: str | None = None
    method: str | None = None  # "replacement" or "opportunity" cost (see RatePreset)


@dataclass(frozen=True, slots=True)
class RunningTimer:
    """A timer that has been started and not yet stopped; it lives in the database."""

    id: int
    person_id: PersonId
    role_id: RoleId
    started_at: datetime  # aware, UTC
    timezone: str
    description: str | None = None
    category_id: CategoryId | None = None


@dataclass(frozen=True, slots=True)
class TimerStatus:
    """A running timer with the names a person recognises and how long it has run."""

    timer: RunningTimer
    person_name: str
    organisation_name: str
    role_title: str
    kind: WorkKind
    elapsed: timedelta


@dataclass(frozen=True, slots=True)
class EntryLine:
    """An entry with the names a reader needs next to it: one line of the time log."""

    entry: Entry
    person_name: str
    organisation_name: str
    role_title: str
    category: Category | None


@dataclass(frozen=True, slots=True)
class EntryRef:
    """How a message names an entry. The command line prints it with its id, which its
    commands take (``entry 7 on 2026-03-02 (09:00-10:00 Tutor at RS Harapan)``); the window
    writes it as its time log shows the entry (date, times, role)."""

    id: int
    date: date
    start: time | None
    end: time | None
    role: str
    organisation: str = ""

    @classmethod
    def of(cls, entry: Entry, role: str, organisation: str = "") -> EntryRef:
        """The reference to ``entry``, whose role and organisation have these names."""
        return cls(entry.id, entry.date, entry.start, entry.end, role, organisation)

    def __str__(self) -> str:
        what = " ".join(
            part
            for part in (
                f"{self.start:%H:%M}-{self.end:%H:%M}" if self.start and self.end else "",
                self.role,
                f"at {self.organisation}" if self.organisation else "",
            )
            if part
        )
        return f"entry {self.id} on {self.date.isoformat()}" + (f" ({what})" if what else "")


@dataclass(frozen=True, slots=True, kw_only=True)
class CertificateRecord:
    """What a certificate records as it is issued: the facts it certifies and the document's
    data. Storage writes it whole, each field to the column of its name."""

    number: str
    person_id: PersonId
    organisation_id: OrganisationId
    period_start: date
    period_end: date
    minutes: int
    issue_date: date
    language: str
    paper: str
    code: str
    snapshot: str  # everything the document printed, as JSON, so that a reprint is identical


@dataclass(frozen=True, slots=True, kw_only=True)
class IssuedCertificate(CertificateRecord):
    """The record kept of a certificate, with the names it was issued to and by, and whether
    it was withdrawn."""

    id: int
    person_name: str
    organisation_name: str
    revoked_at: datetime | None = None
    revoked_reason: str | None = None
    revoked_by: str | None = None
