"""An entry's columns as the ledger stores them, in the table's order: one typed row that every
way of writing an entry (logged, edited, restored by Undo, imported, made up for a demo) fills
through the same constructor, so that a new column is one edit here and one where its value is
decided."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import NamedTuple, Protocol

from okuvol_desktop.domain.kinds import WorkKind


class PlacedRole(Protocol):
    """What an entry takes from the role it is logged in."""

    @property
    def id(self) -> int: ...

    @property
    def person_id(self) -> int: ...

    @property
    def organisation_id(self) -> int: ...

    @property
    def kind(self) -> WorkKind: ...


@dataclass(frozen=True, slots=True)
class WorkTimes:
    """When timed work began and ended: the clock times of the day it was logged on, and the
    instants they were in its zone."""

    start: time
    end: time
    start_utc: datetime
    end_utc: datetime


class EntryWork(NamedTuple):
    """What was done, for whom, when and for how long: the columns the rules check, first in
    the table."""

    role_id: int
    person_id: int
    organisation_id: int
    kind: str
    work_date: date
    start_time: time | None
    end_time: time | None
    start_utc: datetime | None
    end_utc: datetime | None
    minutes: int
    timezone: str
    category_id: int | None
    description: str | None
    location: str | None
    beneficiaries: int | None


class EntryRecord(NamedTuple):
    """Where the entry's review stands and where it came from: the columns after its work's,
    as a bulk write gives them (a single write leaves the two moments to the table)."""

    status: str
    reviewer: str | None
    reviewed_at: datetime | None
    review_note: str | None
    source: str
    source_id: str | None
    created_at: datetime
    updated_at: datetime


# The columns a bulk write gives, in this order (its id is added by the writer; version and
# updated_by keep their defaults): the work's, then the record's.
ENTRY_COLUMNS: tuple[str, ...] = (*EntryWork._fields, *EntryRecord._fields)


def entry_work(
    role: PlacedRole,
    day: date,
    *,
    minutes: int,
    timezone: str,
    times: WorkTimes | None = None,
    category_id: int | None = None,
    description: str | None = None,
    location: str | None = None,
    beneficiaries: int | None = None,
) -> EntryWork:
    """The work columns of an entry in ``role`` on ``day`` (values already checked)."""
    return EntryWork(
        role.id,
        role.person_id,
        role.organisation_id,
        role.kind.value,
        day,
        times.start if times else None,
        times.end if times else None,
        times.start_utc if times else None,
        times.end_utc if times else None,
        minutes,
        timezone,
        category_id,
        description,
        location,
        beneficiaries,
    )


@dataclass(frozen=True, slots=True)
class ReviewColumns:
    """An entry's last review as Undo puts it back: who reviewed it, when, and their note."""

    reviewer: str | None
    reviewed_at: datetime | None
    review_note: str | None


@dataclass(frozen=True, slots=True)
class Changed:
    """Who changed an entry, and when (the table keeps both with the entry)."""

    by: str
    at: datetime
