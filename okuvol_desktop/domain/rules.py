"""The rules an entry must keep before it may enter the ledger (DESIGN.md, "Rules").

Each check raises ValidationError naming the field and value at fault. Anything that depends on
"today" receives the date as a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from okuvol_desktop.domain.durations import MINUTES_PER_DAY, format_hmm
from okuvol_desktop.domain.errors import OverlapError, ValidationError
from okuvol_desktop.domain.kinds import EntryStatus
from okuvol_desktop.domain.model import Role

# Which status may follow which. Editing is handled by status_after_edit, not by this table.
_TRANSITIONS: dict[EntryStatus, frozenset[EntryStatus]] = {
    EntryStatus.DRAFT: frozenset({EntryStatus.SUBMITTED}),
    EntryStatus.SUBMITTED: frozenset(
        {EntryStatus.APPROVED, EntryStatus.REJECTED, EntryStatus.DRAFT}
    ),
    EntryStatus.APPROVED: frozenset({EntryStatus.SUBMITTED}),
    EntryStatus.REJECTED: frozenset({EntryStatus.SUBMITTED}),
}


def check_minutes(minutes: int) -> None:
    """An entry lasts more than 0 minutes and at most 24 hours."""
    if minutes <= 0:
        raise ValidationError(
            "minutes", "An entry must last more than 0 minutes (got {minutes}).", minutes=minutes
        )
    if minutes > MINUTES_PER_DAY:
        raise ValidationError(
            "minutes",
            "An entry can last at most 24 hours (got {duration} hours).",
            duration=format_hmm(minutes),
        )


def check_not_future(day: date, today: date) -> None:
    """Entries dated after ``today`` are refused; a running timer is not an entry yet."""
    if day > today:
        raise ValidationError(
            "date",
            "{day} is in the future; hours can be logged up to today ({today}).",
            day=day.isoformat(),
            today=today.isoformat(),
        )


def check_in_role_period(day: date, role: Role) -> None:
    """The entry's date lies inside its role's active period."""
    if role.is_active_on(day):
        return
    start = role.start_date.isoformat() if role.start_date else "the beginning"
    end = role.end_date.isoformat() if role.end_date else "now"
    raise ValidationError(
        "date",
        "{day} is outside the role '{title}', which runs from {start} to {end}.",
        day=day.isoformat(),
        title=role.title,
        start=start,
        end=end,
    )


def check_text(field: str, value: str, label: str) -> str:
    """A required text: stripped, and refused when empty."""
    stripped = value.strip()
    if not stripped:
        raise ValidationError(field, "{label} must not be empty.", label=label)
    return stripped


@dataclass(frozen=True, slots=True)
class TimedSpan:
    """A timed entry already in the ledger, as real instants, for the overlap check."""

    entry_id: int
    date: date
    start_utc: datetime
    end_utc: datetime
    label: str  # how to name the entry in a message, e.g. "14:00-16:00 Tutor at Sekolah Alam"


def check_no_overlap(start_utc: datetime, end_utc: datetime, others: Iterable[TimedSpan]) -> None:
    """Two timed entries of one person must not overlap; touching ends are fine.

    Raises:
        OverlapError: naming the first clashing entry.
    """
    for other in sorted(others, key=lambda o: o.start_utc):
        if other.start_utc < end_utc and start_utc < other.end_utc:
            raise OverlapError(
                "This overlaps entry {entry_id} on {date} ({label}).",
                other.entry_id,
                entry_id=other.entry_id,
                date=other.date.isoformat(),
                label=other.label,
            )


def check_transition(current: EntryStatus, target: EntryStatus, entry_id: int) -> None:
    """Only the moves of the review cycle are allowed (e.g. not draft -> approved)."""
    if target not in _TRANSITIONS[current]:
        raise ValidationError(
            "status",
            "Entry {entry_id} is {current} and cannot become {target}.",
            entry_id=entry_id,
            current=current.value,
            target=target.value,
        )


def status_after_edit(status: EntryStatus) -> EntryStatus:
    """Editing an approved entry sends it back for review; other statuses stay as they are."""
    return EntryStatus.SUBMITTED if status is EntryStatus.APPROVED else status


def check_rejection_note(note: str | None) -> str:
    """A rejection tells the person why."""
    if note is None or not note.strip():
        raise ValidationError("note", "A rejection needs a note that tells the person why.")
    return note.strip()
