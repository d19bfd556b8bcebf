"""The history of an entry's reviews, and what changed in it since the last one.

A coordinator who rejected hours ("the date is wrong") and sees them come back wants to know
what the person changed, not to read the whole entry again.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time

from okuvol_desktop.domain.ids import CategoryId, OrganisationId, PersonId, RoleId
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.model import Entry


@dataclass(frozen=True, slots=True)
class ReviewedFacts:
    """What a reviewer looked at: the entry's facts as they stood."""

    role_id: RoleId
    date: date
    start: time | None
    end: time | None
    minutes: int
    category_id: CategoryId | None
    description: str | None
    location: str | None
    beneficiaries: int | None


@dataclass(frozen=True, slots=True)
class Review:
    """One approval or rejection of an entry."""

    entry_id: int
    status: EntryStatus
    status_before: EntryStatus  # what the entry was when reviewed (undo puts it back)
    reviewer: str | None
    reviewed_at: datetime
    note: str | None
    facts: ReviewedFacts


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One fact of an entry, before its last review and now (``field`` names a ReviewedFacts
    field)."""

    field: str
    before: object
    after: object


def facts_of(entry: Entry) -> ReviewedFacts:
    """The facts of an entry as a reviewer sees them."""
    return ReviewedFacts(
        role_id=entry.role_id,
        date=entry.date,
        start=entry.start,
        end=entry.end,
        minutes=entry.minutes,
        category_id=entry.category_id,
        description=entry.description,
        location=entry.location,
        beneficiaries=entry.beneficiaries,
    )


def changes_since(review: Review, entry: Entry) -> list[FieldChange]:
    """What differs in ``entry`` from the facts ``review`` looked at, in the order of the
    fields (the role, the date and times, the hours first)."""
    now = facts_of(entry)
    return [
        FieldChange(f.name, getattr(review.facts, f.name), getattr(now, f.name))
        for f in fields(ReviewedFacts)
        if getattr(review.facts, f.name) != getattr(now, f.name)
    ]


@dataclass(frozen=True, slots=True)
class AwaitingReview:
    """What one person's hours at one organisation wait for a reviewer with: a line of the
    coordinator's queue."""

    organisation_id: OrganisationId
    organisation_name: str
    person_id: PersonId
    person_name: str
    entries: int
    minutes: int
    first_date: date  # the oldest entry waiting: how long the person has waited
    last_date: date
    resubmitted: int  # entries that came back after a review (fixed after a rejection)


@dataclass(frozen=True, slots=True)
class ReviewQueue:
    """The coordinator's queue: its first lines, and what all of it holds."""

    lines: tuple[AwaitingReview, ...]
    entries: int
    minutes: int
    people: int
    groups: int  # lines in all, of which ``lines`` are the first
